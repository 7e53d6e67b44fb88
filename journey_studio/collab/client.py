"""The network side of a peer: a websocket to the room on a thread of its own, passing only bytes.

The thread owns no document: it connects (checking the pinned certificate first), hands every
message it receives to the GUI thread as ``bytes`` through a Qt signal, sends the bytes the GUI
thread gives it, and reconnects with a growing pause when the connection drops. The GUI thread
owns the Y document and speaks the protocol (``session``).
"""

import asyncio
import contextlib
import sys
import threading
from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from .link import RoomLink
from .server import MAX_MESSAGE
from .tls import CertificateMismatch, pinned_context

RETRY_PAUSES = (0.2, 0.5, 1.0, 2.0, 4.0)
"""Seconds between reconnection attempts; the last one repeats."""


SWITCH_INTERVAL = 0.0005
"""Seconds a thread waiting for the GIL waits at most (Python's default is 5 ms)."""


def quick_thread_switches() -> None:
    """Let a thread waiting for the interpreter in within half a millisecond instead of five.

    A message arriving on the network thread while the GUI thread runs Python waited up to the
    default 5 ms for its turn; one edit reaching a colleague took 1 to 2 ms less (median, bench) with
    this. Process-wide, so only ever lowered.
    """
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))


class Status(StrEnum):
    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    STOPPED = "stopped"
    REFUSED = "refused"
    """The server refused the token, or the certificate is not the link's: retrying will not help."""


class NetworkClient(QObject):
    """One connection to one room, kept up until :meth:`stop`."""

    received = Signal(bytes)
    """A message from the room (emitted on the network thread; delivered queued to the GUI thread)."""
    connected = Signal()
    """A (re)connection opened: the GUI thread starts the sync over it."""
    statusChanged = Signal(str, str)
    """(Status, a message for the user)."""

    def __init__(self, link: RoomLink, parent: QObject | None = None):
        super().__init__(parent)
        self.link = link
        self._loop = asyncio.new_event_loop()
        self._outbox: asyncio.Queue[bytes] | None = None
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._thread = threading.Thread(target=self._main, name="journey-live-client", daemon=True)
        self._offline = threading.Event()
        self._offline.set()

    def start(self) -> None:
        quick_thread_switches()
        self._thread.start()

    def send(self, message: bytes) -> None:
        """Queue ``message`` for the room (any thread); dropped while disconnected, as the next sync resends state."""
        if self._outbox is not None and not self._stopping:
            self._loop.call_soon_threadsafe(self._put, bytes(message))

    def _put(self, message: bytes) -> None:
        if self._outbox is not None:
            self._outbox.put_nowait(message)

    def stop(self, timeout: float = 3.0) -> None:
        """Send what is queued (a goodbye), then close; waits for the thread at most ``timeout`` seconds."""
        self._stopping = True
        if self._task is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                self._loop.call_soon_threadsafe(self._finish)
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _finish(self) -> None:
        self._loop.create_task(self._drain_then_cancel())

    async def _drain_then_cancel(self) -> None:
        for _ in range(50):  # half a second at most
            if self._outbox is None or self._outbox.empty():
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.02)  # the last message leaves the socket
        if self._task is not None:
            self._task.cancel()

    def go_offline(self, offline: bool) -> None:
        """Drop the connection and stay away (True) or come back (False): a peer that leaves the LAN for a while."""
        if offline:
            self._offline.clear()
            self._loop.call_soon_threadsafe(self._drop)
        else:
            self._offline.set()

    def _drop(self) -> None:
        if self._connection is not None:
            self._loop.create_task(self._connection.close())

    _connection = None

    def _emit(self, name: str, *args: object) -> None:
        """Emit from the network thread; once the window that owned this client is gone, wind down instead."""
        try:
            getattr(self, name).emit(*args)
        except RuntimeError:  # the C++ object was deleted (its window closed)
            self._stopping = True

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._task = self._loop.create_task(self._run())
        try:
            self._loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        finally:
            self._emit("statusChanged", Status.STOPPED, "")
            self._loop.close()

    async def _run(self) -> None:
        attempt = 0
        while not self._stopping:
            while not self._offline.is_set() and not self._stopping:
                await asyncio.sleep(0.05)
            status = Status.CONNECTING if attempt == 0 else Status.RECONNECTING
            self._emit("statusChanged", status, "")
            try:
                await self._session()
                attempt = 1
                self._emit("statusChanged", Status.RECONNECTING, "")
            except (CertificateMismatch, InvalidStatus) as error:
                message = ("the room's certificate is not the one in the link" if isinstance(error, CertificateMismatch)
                           else "the room refused this link (wrong room or token)")
                self._emit("statusChanged", Status.REFUSED, message)
                attempt += 1
            except (OSError, ConnectionClosed, TimeoutError) as error:
                self._emit("statusChanged", Status.RECONNECTING, str(error) or type(error).__name__)
                attempt += 1
            if self._stopping:
                break
            await asyncio.sleep(RETRY_PAUSES[min(attempt, len(RETRY_PAUSES)) - 1])

    async def _session(self) -> None:
        link = self.link
        ssl_context = None
        if link.fingerprint:
            ssl_context = await asyncio.to_thread(pinned_context, link.host, link.port, link.fingerprint)
        async with connect(link.websocket_url, ssl=ssl_context, max_size=MAX_MESSAGE, compression=None,
                           open_timeout=5, ping_interval=5, ping_timeout=10) as connection:
            self._connection = connection
            self._outbox = asyncio.Queue()
            self._emit("statusChanged", Status.LIVE, "")
            self._emit("connected")
            sender = asyncio.create_task(self._send_all(connection))
            try:
                async for message in connection:
                    if isinstance(message, bytes):
                        self._emit("received", message)
            finally:
                sender.cancel()
                self._outbox = None
                self._connection = None

    async def _send_all(self, connection) -> None:
        assert self._outbox is not None
        outbox = self._outbox
        while True:
            message = await outbox.get()
            await connection.send(message)
