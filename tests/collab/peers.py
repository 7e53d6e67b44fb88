"""Peers of a live session in one process, linked directly (no network) or through a buffer (offline)."""

from dataclasses import dataclass, field

from journey_studio.collab.binding import LiveBinding
from journey_studio.collab.repair import repair
from journey_studio.collab.schema import live_doc, read_workspace, seed_update
from journey_studio.document import Document
from journey_studio.editor import MapEditor
from journey_studio.io import workspace_to_bytes
from journey_studio.model import Workspace, check_workspace


@dataclass
class Peer:
    name: str
    document: Document
    editor: MapEditor
    binding: LiveBinding
    online: bool = True
    outbox: list[bytes] = field(default_factory=list)
    peers: list["Peer"] = field(default_factory=list)

    def send(self, update: bytes) -> None:
        self.outbox.append(update)
        if self.online:
            self.flush()

    def flush(self) -> None:
        while self.outbox:
            update = self.outbox.pop(0)
            for other in self.peers:
                if other.online:
                    other.binding.apply_remote(update)
                else:
                    other.inbox.append(update)

    def reconnect(self) -> None:
        self.online = True
        self.flush()
        for update in self.inbox:
            self.binding.apply_remote(update)
        self.inbox.clear()
        for other in self.peers:  # what everyone has: as a sync step would bring it
            self.binding.apply_remote(other.binding.doc.get_update())

    inbox: list[bytes] = field(default_factory=list)

    @property
    def workspace(self) -> Workspace:
        return self.document.workspace

    def saved(self) -> bytes:
        return workspace_to_bytes(self.workspace)


def make_peers(workspace: Workspace, count: int = 2) -> list[Peer]:
    """``count`` peers on one map; the first is the host (it repairs)."""
    seed = seed_update(workspace)
    peers = []
    for index in range(count):
        doc = live_doc(seed)
        document = Document(read_workspace(doc))
        binding = LiveBinding(document, doc, host=index == 0, repair=repair)
        peer = Peer(f"peer{index}", document, MapEditor(document), binding)
        binding.localUpdate.connect(peer.send)
        peers.append(peer)
    for peer in peers:
        peer.peers = [other for other in peers if other is not peer]
    return peers


def assert_converged(*peers: Peer) -> None:
    """Same bytes as saved everywhere, the Y documents agree with the workspaces, and it validates."""
    first = peers[0].saved()
    for peer in peers:
        assert peer.saved() == first, f"{peer.name} differs from {peers[0].name}"
        assert workspace_to_bytes(read_workspace(peer.binding.doc)) == first, f"{peer.name}: doc and workspace differ"
    assert check_workspace(peers[0].workspace) == []
