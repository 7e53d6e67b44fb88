"""The link a host gives to colleagues: where the room is, which room, the token, and the certificate to trust.

``journey://192.168.1.20:8765/Qx3…?token=…&access=edit&tls=<sha256 of the certificate>``; without
``tls`` the room is reached over plain ``ws://`` (a Node y-websocket server on a trusted LAN).
No Qt here.
"""

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

SCHEME = "journey"
_ROOM = re.compile(r"^[A-Za-z0-9_-]{6,64}$")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,128}$")
_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")


class BadLink(ValueError):
    """The text is not a Journey Studio room link; ``str()`` says what is wrong, for the user."""


@dataclass(frozen=True)
class RoomLink:
    host: str
    port: int
    room: str
    token: str
    access: str = "edit"
    """"edit" or "view": what the token allows (the server decides; this only says it)."""
    fingerprint: str = ""
    """SHA-256 of the server's certificate, hex; empty for plain ws://."""

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = f"token={quote(self.token)}&access={self.access}"
        if self.fingerprint:
            query += f"&tls={self.fingerprint}"
        return f"{SCHEME}://{host}:{self.port}/{self.room}?{query}"

    @property
    def websocket_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        scheme = "wss" if self.fingerprint else "ws"
        return f"{scheme}://{host}:{self.port}/{self.room}?token={quote(self.token)}"


def parse_link(text: str) -> RoomLink:
    """A link pasted by a user (spaces around it are fine); BadLink says what is wrong."""
    text = text.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise BadLink("this is not a link") from None
    if parts.scheme not in (SCHEME, "ws", "wss"):
        raise BadLink(f"a room link starts with {SCHEME}://")
    if not parts.hostname:
        raise BadLink("the link names no computer")
    if port is None:
        raise BadLink("the link names no port")
    room = parts.path.strip("/")
    if not _ROOM.fullmatch(room):
        raise BadLink("the link names no room")
    query = parse_qs(parts.query)
    token = (query.get("token") or [""])[0]
    if not _TOKEN.fullmatch(token):
        raise BadLink("the link has no valid token")
    access = (query.get("access") or ["edit"])[0]
    if access not in ("edit", "view"):
        raise BadLink("the link's access must be edit or view")
    fingerprint = (query.get("tls") or [""])[0].lower()
    if fingerprint and not _FINGERPRINT.fullmatch(fingerprint):
        raise BadLink("the link's certificate fingerprint is not valid")
    if parts.scheme == "wss" and not fingerprint:
        raise BadLink("a wss:// link needs the certificate fingerprint (tls=…)")
    return RoomLink(parts.hostname, port, room, token, access, fingerprint)


def is_lan_address(host: str) -> bool:
    """Loopback or a private (LAN) address: the only places a room is offered by default."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host == "localhost"
    return address.is_loopback or address.is_private or address.is_link_local
