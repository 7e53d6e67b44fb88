"""Live rooms announced on the LAN (mDNS/DNS-SD, through python-zeroconf), and found by File ▸ Join….

What the LAN hears is the host's choice (:class:`Announce`): by default where the room is and
what it holds (map title, host's name, certificate fingerprint) but **no token**, so a joiner still
needs the host's link (on the projector, as a QR code, in a chat); or, for a workshop room where
everyone on the network is invited, the view-only or the edit link in full. Announcements stay
on the LAN (link-local multicast to 224.0.0.251, which routers never forward) and are made on the
interface the room server listens on.

Everything heard from the network is checked as the link parser checks a pasted link; a session
that points outside the LAN is ignored. No Qt here: the announcer and the browser run on their own
threads and the window polls :meth:`SessionBrowser.sessions`.
"""

import atexit
import contextlib
import ipaddress
import socket
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from enum import StrEnum

import ifaddr
from zeroconf import InterfaceChoice, IPVersion, ServiceBrowser, ServiceInfo, ServiceListener, Zeroconf

from .link import BadLink, RoomLink, is_lan_address, parse_link

SERVICE_TYPE = "_journey-studio._tcp.local."
"""The DNS-SD service type (the name part is at most 15 characters, as RFC 6763 asks)."""
TXT_VERSION = "1"
TTL_SECONDS = 120
"""How long a listener keeps a session it heard of with no news: a host that vanished without a
goodbye (a crash, a cable pulled) drops out of lists within two minutes."""
RESOLVE_TIMEOUT_MS = 1500
MAX_TITLE = 120
MAX_NAME = 40
MAX_SESSIONS = 64
"""A busy or hostile LAN cannot grow a joiner's list without bound."""
CLOSE_TIMEOUT_S = 3.0


class Announce(StrEnum):
    """What this host tells the whole LAN about its room."""

    OFF = "off"
    """Not announced: only people given the link can join."""
    LISTED = "listed"
    """Where and what, without a token: joiners see it, and still need the host's link."""
    VIEW = "view"
    """With the view-only token: anyone on the network can watch (a projector, a remote team)."""
    EDIT = "edit"
    """With the edit token: anyone on the network can edit (a workshop room where all are invited)."""


@dataclass(frozen=True)
class FoundSession:
    """A room heard on the LAN. ``token`` and ``access`` are empty when the host keeps its links private."""

    key: str
    """The DNS-SD instance name: one per announcement."""
    host: str
    port: int
    room: str
    title: str
    host_name: str
    fingerprint: str = ""
    access: str = ""
    token: str = ""

    @property
    def link(self) -> RoomLink | None:
        """The complete link, when the host announced a token; None otherwise."""
        if not self.token:
            return None
        return RoomLink(self.host, self.port, self.room, self.token, self.access or "edit", self.fingerprint)

    @property
    def link_without_token(self) -> str:
        """The link with an empty ``token=`` at its end, for the joiner to complete from the host's link."""
        shell = str(RoomLink(self.host, self.port, self.room, "x" * 16, "edit", self.fingerprint))
        before, _, after = shell.partition("token=" + "x" * 16)
        return before + after.lstrip("&") + "&token="


def _clean(text: str, limit: int) -> str:
    """One line of printable text, at most ``limit`` characters (what a stranger on the LAN sends us)."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())[:limit]


def announcement_properties(
    edit: RoomLink, view: RoomLink, title: str, host_name: str, mode: Announce
) -> dict[str, str]:
    """The TXT record: never a token unless ``mode`` asks for one."""
    properties = {
        "v": TXT_VERSION,
        "room": edit.room,
        "map": _clean(title, MAX_TITLE),
        "by": _clean(host_name, MAX_NAME),
    }
    if edit.fingerprint:
        properties["tls"] = edit.fingerprint
    if mode is Announce.VIEW:
        properties.update(access="view", token=view.token)
    elif mode is Announce.EDIT:
        properties.update(access="edit", token=edit.token)
    return properties


def session_from_info(info: ServiceInfo) -> FoundSession | None:
    """A session heard on the network, checked like a pasted link; None for anything not usable."""
    try:
        properties = {key.decode("utf-8"): (value or b"").decode("utf-8") for key, value in info.properties.items()}
    except UnicodeDecodeError:
        return None
    if properties.get("v") != TXT_VERSION or info.port is None:
        return None
    addresses = [a for a in info.parsed_addresses(IPVersion.V4Only) if is_lan_address(a)]
    if not addresses:
        return None
    token = properties.get("token", "")
    access = properties.get("access", "") if token else ""
    probe = RoomLink(
        addresses[0],
        info.port,
        properties.get("room", ""),
        token or "x" * 16,
        access or "edit",
        properties.get("tls", ""),
    )
    try:
        checked = parse_link(str(probe))
    except BadLink:
        return None
    return FoundSession(
        info.name,
        checked.host,
        checked.port,
        checked.room,
        _clean(properties.get("map", ""), MAX_TITLE),
        _clean(properties.get("by", ""), MAX_NAME),
        checked.fingerprint,
        access,
        token,
    )


def _interfaces_for(host: str) -> tuple[list[str] | InterfaceChoice, list[bytes]]:
    """Where to announce a server listening on ``host``, and the addresses to give."""
    address = ipaddress.ip_address(socket.gethostbyname(host) if host == "localhost" else host)
    if address.is_unspecified:
        everywhere = [ip.ip for adapter in ifaddr.get_adapters() for ip in adapter.ips if isinstance(ip.ip, str)]
        return InterfaceChoice.All, [ipaddress.ip_address(a).packed for a in everywhere if is_lan_address(a)]
    return [str(address)], [address.packed]


class Announcer:
    """Announces one room while it is shared; :meth:`close` (Stop, quit) says goodbye to the LAN.

    Every network operation runs in order on one worker thread: registering probes the network
    for about a second, which the window must not wait for.
    """

    def __init__(self, edit: RoomLink, view: RoomLink, title: str, host_name: str):
        self.edit, self.view = edit, view
        self.title, self.host_name = title, host_name
        self.mode = Announce.OFF
        self.problem = ""
        """Why announcing failed (no multicast on this network…), for the user; empty when fine."""
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journey-announce")
        self._zeroconf: Zeroconf | None = None
        self._info: ServiceInfo | None = None
        self._closed = False
        self._last: Future[None] | None = None
        atexit.register(self.close)

    def set_mode(self, mode: Announce) -> Future[None]:
        self.mode = mode
        return self._submit(self._apply)

    def set_title(self, title: str) -> Future[None]:
        self.title = title
        return self._submit(self._apply)

    def wait(self, timeout: float = CLOSE_TIMEOUT_S) -> None:
        """Block until every change asked so far reached the network (tests, quitting)."""
        if self._last is not None:
            self._last.result(timeout)

    def close(self, wait: bool = True) -> None:
        """Withdraw the announcement (a goodbye packet, so lists drop it at once) and free the sockets."""
        if self._closed:
            return
        self._closed = True
        atexit.unregister(self.close)
        try:
            self._last = self._worker.submit(self._shut)
        except RuntimeError:  # quitting: Python already stopped the worker threads, so say goodbye from here
            with contextlib.suppress(Exception):
                self._shut()
            return
        self._worker.shutdown(wait=False)
        if wait:
            # Quitting: whatever went wrong, the TTL withdraws the announcement within two minutes.
            with contextlib.suppress(Exception):
                self._last.result(CLOSE_TIMEOUT_S)

    def _submit(self, work: Callable[[], None]) -> Future[None]:
        if self._closed:
            done: Future[None] = Future()
            done.set_result(None)
            return done
        self._last = self._worker.submit(work)
        return self._last

    def _apply(self) -> None:
        try:
            if self.mode is Announce.OFF:
                self._withdraw()
                return
            properties = announcement_properties(self.edit, self.view, self.title, self.host_name, self.mode)
            if self._zeroconf is None:
                interfaces, _ = _interfaces_for(self.edit.host)
                self._zeroconf = Zeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only)
            if self._info is None:
                self._info = self._service_info(properties)
                self._zeroconf.register_service(self._info, allow_name_change=True)
            else:
                self._info = self._service_info(properties, name=self._info.name)
                self._zeroconf.update_service(self._info)
            self.problem = ""
        except (OSError, ValueError) as error:  # no multicast route, a name clash we could not solve…
            self.problem = str(error) or type(error).__name__

    def _service_info(self, properties: dict[str, str], name: str | None = None) -> ServiceInfo:
        _, addresses = _interfaces_for(self.edit.host)
        instance = name or f"Journey Studio {self.edit.room}.{SERVICE_TYPE}"
        return ServiceInfo(
            SERVICE_TYPE,
            instance,
            port=self.edit.port,
            properties=properties,
            server=f"journey-{self.edit.room.lower().replace('_', '-')}.local.",
            addresses=addresses,
            host_ttl=TTL_SECONDS,
            other_ttl=TTL_SECONDS,
        )

    def _withdraw(self) -> None:
        if self._zeroconf is not None and self._info is not None:
            self._zeroconf.unregister_service(self._info)
        self._info = None

    def _shut(self) -> None:
        try:
            self._withdraw()
        finally:
            if self._zeroconf is not None:
                self._zeroconf.close()
                self._zeroconf = None


class SessionBrowser(ServiceListener):
    """Listens for announced rooms; :meth:`sessions` is what has been heard so far (any thread)."""

    def __init__(self, interfaces: list[str] | InterfaceChoice = InterfaceChoice.All):
        self._lock = threading.Lock()
        self._found: dict[str, FoundSession] = {}
        self._closed = False
        self._zeroconf = Zeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only)
        try:
            self._browser = ServiceBrowser(self._zeroconf, SERVICE_TYPE, listener=self)
        except BaseException:
            self._zeroconf.close()
            raise

    def sessions(self) -> list[FoundSession]:
        """Sessions heard, by map title then host's name."""
        with self._lock:
            found = list(self._found.values())
        return sorted(found, key=lambda s: (s.title.casefold(), s.host_name.casefold(), s.key))

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Stop listening (a second call does nothing)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._browser.cancel()
        self._zeroconf.close()

    # ServiceListener: called on the browser's own thread, where waiting for an answer is allowed.

    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self._resolve(zc, type_, name)

    def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self._resolve(zc, type_, name)

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        with self._lock:
            self._found.pop(name, None)

    def _resolve(self, zc: Zeroconf, type_: str, name: str) -> None:
        info = zc.get_service_info(type_, name, timeout=RESOLVE_TIMEOUT_MS)
        session = session_from_info(info) if info is not None else None
        with self._lock:
            if session is None:
                self._found.pop(name, None)
            elif name in self._found or len(self._found) < MAX_SESSIONS:
                self._found[name] = replace(session, key=name)
