"""The room server: pycrdt-websocket rooms behind a websockets listener, with our checks around them.

- rooms have random names; a token per room and access level is derived from the server's
  secret (HMAC), so links stay valid across restarts without a list of rooms to keep;
- a wrong token is refused before the websocket opens (HTTP 403);
- messages are capped in size (the connection closes, the room is untouched);
- view-only peers are filtered on the server: their document updates never reach the room;
- a message the room cannot read closes that peer's connection and leaves the room as it was;
- each room's updates go to a SQLite store (pycrdt-store), so a restarted server has everything;
- TLS with the host's self-signed certificate (see ``tls``).

Runs on an asyncio loop of its own: in the app on a thread (:class:`ServerThread`), headless in
``journey-studio serve``. No Qt here.
"""

import asyncio
import base64
import contextlib
import hashlib
import hmac
import logging
import os
import secrets
import sys
import threading
from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from pycrdt import Channel, YMessageType, YSyncMessageType
from pycrdt.store import SQLiteYStore, YDocNotFound
from pycrdt.websocket import WebsocketServer, YRoom
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from .link import RoomLink, is_lan_address
from .schema import is_empty
from .tls import TlsIdentity

MAX_MESSAGE = 32 * 1024 * 1024
"""Largest message accepted: the 1,000-card map is 0.5 MB as one update; a file may hold 64 MB of JSON."""
STORE_FILE = "rooms.sqlite"
SECRET_FILE = "server-secret"
log = logging.getLogger(__name__)


class _QuietProbes(logging.Filter):
    """A client checking the certificate closes before any HTTP: not an error worth a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != "opening handshake failed"


_listener_log = logging.getLogger(__name__ + ".listener")
_listener_log.addFilter(_QuietProbes())


class Keyring:
    """Room names and their tokens: ``edit`` and ``view`` tokens are HMACs of the room under a secret."""

    def __init__(self, secret: bytes):
        self._secret = secret

    @classmethod
    def in_folder(cls, folder: Path) -> "Keyring":
        """The secret kept in ``folder`` (made on first use, readable by the owner only)."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / SECRET_FILE
        if not path.exists():
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(secrets.token_bytes(32))
        return cls(path.read_bytes())

    @staticmethod
    def new_room() -> str:
        return secrets.token_urlsafe(12)

    def token(self, room: str, access: str) -> str:
        digest = hmac.new(self._secret, f"{access}:{room}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:18]).decode().rstrip("=")

    def access_of(self, room: str, token: str) -> str | None:
        """"edit", "view", or None for a wrong token (compared in constant time)."""
        for access in ("edit", "view"):
            if hmac.compare_digest(self.token(room, access), token):
                return access
        return None


class RoomChannel(Channel):
    """One peer's websocket as pycrdt-websocket sees it, with view-only filtering on the way in."""

    def __init__(self, connection: ServerConnection, room: str, access: str):
        self._connection = connection
        self._room = room
        self.access = access

    @property
    def path(self) -> str:
        return self._room

    async def send(self, message: bytes) -> None:
        with contextlib.suppress(ConnectionClosed):
            await self._connection.send(message)

    async def recv(self) -> bytes:
        while True:
            message = await self._connection.recv()
            if isinstance(message, str) or not message:
                continue  # the protocol is binary; text frames are noise
            if self._allowed(message):
                return bytes(message)
            log.info("dropped a message a %s peer may not send", self.access)

    def _allowed(self, message: bytes) -> bool:
        kind = message[0]
        if kind == YMessageType.AWARENESS:
            return True
        if kind != YMessageType.SYNC or len(message) < 2:
            return False
        if self.access == "view":
            return message[1] == YSyncMessageType.SYNC_STEP1  # asking for the map, never changing it
        return True

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except ConnectionClosed:
            raise StopAsyncIteration() from None

    async def reject(self, reason: str) -> None:
        await self._connection.close(code=1008, reason=reason[:120])


class RoomServer:
    """Rooms on one port; ``run()`` serves until cancelled."""

    def __init__(self, keyring: Keyring, *, host: str = "127.0.0.1", port: int = 0, data_dir: Path | None = None,
                 tls: TlsIdentity | None = None, max_message: int = MAX_MESSAGE, allow_public: bool = False):
        if not allow_public and not is_lan_address(host):
            raise ValueError(f"{host} is not a LAN or loopback address: rooms are offered on the LAN only")
        self.keyring = keyring
        self.host = host
        self.port = port
        self.data_dir = data_dir
        self.tls = tls
        self.max_message = max_message
        self._rooms = WebsocketServer(rooms_ready=True, auto_clean_rooms=False, exception_handler=_log_exception)
        self._seeds: dict[str, bytes] = {}
        self._lock = asyncio.Lock()
        self._access: dict[int, tuple[str, str]] = {}

    def link(self, room: str, access: str = "edit", host: str | None = None) -> RoomLink:
        return RoomLink(host or self.host, self.port, room, self.keyring.token(room, access), access,
                        self.tls.fingerprint if self.tls else "")

    def seed(self, room: str, update: bytes) -> None:
        """What ``room`` holds when it opens empty (the host's map). Call before anyone joins."""
        self._seeds[room] = update

    def room_doc(self, room: str) -> Any:
        """The server's copy of a room's document (None before anyone opened it)."""
        yroom = self._rooms.rooms.get(room)
        return yroom.ydoc if yroom is not None else None

    async def run(self, started: Callable[[int], None] | None = None) -> None:
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.0005))  # the store's thread must not hold up relaying
        ssl_context = self.tls.server_context() if self.tls else None
        async with self._rooms, serve(self._serve, self.host, self.port, ssl=ssl_context, max_size=self.max_message,
                                      process_request=self._check, compression=None, server_header=None,
                                      logger=_listener_log) as listener:
            self.port = listener.sockets[0].getsockname()[1] if self.port == 0 else self.port
            if started is not None:
                started(self.port)
            await asyncio.Future()

    def _check(self, connection: ServerConnection, request: Request) -> Response | None:
        parts = urlsplit(request.path)
        room = parts.path.strip("/")
        token = (parse_qs(parts.query).get("token") or [""])[0]
        access = self.keyring.access_of(room, token) if room else None
        if access is None:
            log.warning("refused a peer with a wrong token for room %r", room[:20])
            return connection.respond(HTTPStatus.FORBIDDEN, "wrong room or token\n")
        self._access[id(connection)] = (room, access)
        return None

    async def _serve(self, connection: ServerConnection) -> None:
        room, access = self._access.pop(id(connection))
        channel = RoomChannel(connection, room, access)
        yroom = await self._open(room)
        yroom.on_message_error = self._bad_message
        await self._rooms.serve(channel)

    async def _open(self, name: str) -> YRoom:
        async with self._lock:
            existing = self._rooms.rooms.get(name)
            if existing is not None:
                return existing
            store = self._store(name)
            room = YRoom(ready=True, ystore=store, exception_handler=_log_exception, log=log)
            if store is not None:
                await self._rooms._task_group.start(store.start)  # type: ignore[union-attr]
                with contextlib.suppress(YDocNotFound):
                    await store.apply_updates(room.ydoc)
            seed = self._seeds.get(name)
            if seed is not None:
                if store is not None and is_empty(room.ydoc):
                    await store.write(seed)
                room.ydoc.apply_update(seed)  # seeded by client 0: a second time changes nothing
            self._rooms.rooms[name] = room
            await self._rooms.start_room(room)
            return room

    def _store(self, name: str) -> SQLiteYStore | None:
        if self.data_dir is None:
            return None
        self.data_dir.mkdir(parents=True, exist_ok=True)
        store_class = type("RoomStore", (SQLiteYStore,), {"db_path": str(self.data_dir / STORE_FILE)})
        return store_class(path=name, log=log)

    async def _bad_message(self, error: Exception, message: bytes, channel: Channel) -> bool:
        log.warning("closed a peer that sent a message the room cannot read (%s)", type(error).__name__)
        if isinstance(channel, RoomChannel):
            await channel.reject("malformed update")
        return True


def _log_exception(exception: Exception, logger: logging.Logger) -> bool:
    logger.error("room server: %s", exception, exc_info=exception)
    return True


class ServerThread:
    """A RoomServer on a daemon thread with its own event loop: the app hosts its room this way."""

    def __init__(self, server: RoomServer):
        self.server = server
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._task: asyncio.Task[None] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, name="journey-room-server", daemon=True)

    def start(self, timeout: float = 10.0) -> int:
        """Start serving; the port. Raises what kept the server from starting (port taken…)."""
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("the room server did not start")
        if self._error is not None:
            raise self._error
        return self.server.port

    def stop(self, timeout: float = 5.0) -> None:
        if self._task is not None and self._loop.is_running():
            self._loop.call_soon_threadsafe(self._task.cancel)
        self._thread.join(timeout)

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._task = self._loop.create_task(self.server.run(started=lambda _port: self._ready.set()))
        try:
            self._loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        except BaseException as error:
            self._error = error
            self._ready.set()
        finally:
            self._loop.close()
