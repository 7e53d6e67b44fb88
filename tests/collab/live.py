"""A real room server on 127.0.0.1 (on a thread) and peers joining it from this process's GUI thread."""

from dataclasses import dataclass
from pathlib import Path

from journey_studio.collab.link import RoomLink
from journey_studio.collab.schema import live_doc, read_workspace, seed_update
from journey_studio.collab.server import Keyring, RoomServer, ServerThread
from journey_studio.collab.session import LiveSession
from journey_studio.collab.tls import load_or_create_identity
from journey_studio.document import Document
from journey_studio.editor import MapEditor
from journey_studio.io import workspace_to_bytes
from journey_studio.model import Workspace, check_workspace

LOOPBACK = "127.0.0.1"


def start_server(data: Path, *, port: int = 0, tls: bool = True) -> ServerThread:
    identity = load_or_create_identity(data / "tls") if tls else None
    thread = ServerThread(RoomServer(Keyring.in_folder(data), host=LOOPBACK, port=port, data_dir=data / "store",
                                     tls=identity))
    thread.start()
    return thread


@dataclass
class LivePeer:
    session: LiveSession
    document: Document | None = None
    editor: MapEditor | None = None

    @property
    def workspace(self) -> Workspace:
        assert self.document is not None
        return self.document.workspace

    def saved(self) -> bytes:
        return workspace_to_bytes(self.workspace)

    def stop(self) -> None:
        self.session.stop()


def host(qtbot, server: ServerThread, workspace: Workspace, room: str = "room-under-test") -> LivePeer:
    """The peer that shares ``workspace``: seeds the room, repairs."""
    seed = seed_update(workspace)
    server.server.seed(room, seed)
    doc = live_doc(seed)
    session = LiveSession(server.server.link(room), "Host", "#4C78A8", doc=doc, host=True)
    document = Document(read_workspace(doc))
    session.bind(document)
    session.start()
    qtbot.waitUntil(lambda: session.is_synced, timeout=5000)
    return LivePeer(session, document, MapEditor(document))


def join(qtbot, link: RoomLink, name: str, colour: str = "#E45756") -> LivePeer:
    session = LiveSession(link, name, colour)
    session.start()
    qtbot.waitUntil(lambda: session.is_synced, timeout=5000)
    document = Document(read_workspace(session.doc))
    session.bind(document)
    return LivePeer(session, document, MapEditor(document))


def converged(*peers: LivePeer) -> bool:
    """Every peer shows the same map, and every peer's shared document holds it too (repairs arrived)."""
    first = peers[0].saved()
    return all(peer.saved() == first and workspace_to_bytes(read_workspace(peer.session.doc)) == first
               for peer in peers)


def assert_valid_and_same(*peers: LivePeer) -> None:
    first = peers[0].saved()
    for peer in peers:
        assert peer.saved() == first
        assert workspace_to_bytes(read_workspace(peer.session.doc)) == first
    assert check_workspace(peers[0].workspace) == []
