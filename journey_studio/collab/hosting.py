"""File ▸ Share Live…: the app hosts a room for its open map, on a thread, and joins it itself.

The server binds one address: the machine's LAN address (or the one given), never every
interface. The host's peer seeds the room from the workspace (client id 0, so the room's
history is the file's), repairs what collides, and keeps the file written.
"""

import socket
from dataclasses import dataclass

from PySide6.QtCore import QObject

from ..document import Document
from .discovery import Announce, Announcer
from .keeper import FileKeeper
from .link import RoomLink, is_lan_address
from .schema import live_doc, seed_update
from .server import Keyring, RoomServer, ServerThread
from .session import LiveSession
from .tls import load_or_create_identity

LOOPBACK = "127.0.0.1"


def lan_address() -> str:
    """This machine's address on its LAN, or loopback when it has none.

    Asks the system which interface would carry a packet to a private address (a UDP socket's
    connect sends nothing).
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.254", 9))
            address = probe.getsockname()[0]
        except OSError:
            return LOOPBACK
    return address if is_lan_address(address) else LOOPBACK


def _title(document: Document) -> str:
    """What the room is called in colleagues' Join dialog: the open map's title, else the file's name."""
    journey_map = document.current_map
    return (journey_map.title if journey_map is not None else "") or document.display_name


@dataclass
class HostedRoom:
    thread: ServerThread
    session: LiveSession
    room: str
    keeper: FileKeeper
    announcer: Announcer | None = None
    """The room as announced on the LAN (discovery.py); by default without its tokens."""

    def link(self, access: str) -> RoomLink:
        return self.thread.server.link(self.room, access)

    def stop(self) -> None:
        if self.announcer is not None:
            self.announcer.close(wait=False)  # the goodbye goes out on the announcer's thread
        self.keeper.stop()
        if self.session.binding is not None:
            self.session.binding.detach()
        self.session.stop()
        self.thread.stop()


def host_document(document: Document, *, name: str, colour: str, bind_host: str, data_dir,
                  parent: QObject | None = None) -> HostedRoom:
    """Start a room holding ``document``'s workspace and edit ``document`` through it.

    Raises OSError (address or port unavailable) or ValueError (not a LAN address) before
    anything changed.
    """
    keyring = Keyring.in_folder(data_dir)
    server = RoomServer(keyring, host=bind_host, port=0, tls=load_or_create_identity(data_dir / "tls"))
    room = Keyring.new_room()
    seed = seed_update(document.workspace)
    server.seed(room, seed)
    thread = ServerThread(server)
    thread.start()
    session = LiveSession(server.link(room), name, colour, doc=live_doc(seed), host=True, parent=parent)
    binding = session.bind(document)
    session.start()
    keeper = FileKeeper(document, binding, parent=session)  # writes once the map has a file (Save As)
    announcer = Announcer(server.link(room, "edit"), server.link(room, "view"), _title(document), name)
    announcer.set_mode(Announce.LISTED)
    return HostedRoom(thread, session, room, keeper, announcer)
