"""The Node y-websocket server (2.1.0) works as a room server for Journey Studio peers.

Runs when ``JOURNEY_STUDIO_Y_WEBSOCKET`` names its ``y-websocket`` command (or ``build/y-websocket``
holds it: ``npm install --prefix build/y-websocket y-websocket@2.1.0``); skipped otherwise.
"""

import os
import signal
import socket
import subprocess
from pathlib import Path

import pytest

from journey_studio.collab.link import RoomLink
from journey_studio.collab.schema import read_workspace
from journey_studio.collab.session import LiveSession
from journey_studio.document import Document
from journey_studio.editor import MapEditor
from journey_studio.io import workspace_to_bytes

from .live import LivePeer, join

ROOT = Path(__file__).resolve().parents[2]
COMMAND = os.environ.get("JOURNEY_STUDIO_Y_WEBSOCKET") or str(ROOT / "build/y-websocket/node_modules/.bin/y-websocket")

pytestmark = pytest.mark.skipif(not Path(COMMAND).exists(), reason="the Node y-websocket server is not installed")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_peers_share_a_map_through_the_node_server(qtbot, small_workspace) -> None:
    port = _free_port()
    server = subprocess.Popen([COMMAND], env={**os.environ, "HOST": "127.0.0.1", "PORT": str(port)},
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True, text=True)
    try:
        assert "running" in server.stdout.readline()
        link = RoomLink("127.0.0.1", port, "node-room-test", "any-token-the-node-server-ignores")
        first = LiveSession(link, "Alice", "#E45756")
        first.publish_if_empty(small_workspace)
        first.start()
        qtbot.waitUntil(lambda: first.is_synced, timeout=8000)
        second = join(qtbot, link, "Bob")
        assert second.document.workspace.maps  # the map Alice put in the room
        alice = LivePeer(first, Document(read_workspace(first.doc)))
        first.bind(alice.document)
        card = small_workspace.maps[0].cards[0].id
        MapEditor(second.document).set_card(card, {"title": "Par Node ☕ é"})
        qtbot.waitUntil(lambda: alice.workspace.maps[0].card(card).title == "Par Node ☕ é", timeout=8000)
        assert workspace_to_bytes(alice.workspace) == workspace_to_bytes(second.workspace)
        qtbot.waitUntil(lambda: [p.name for p in first.people()] == ["Bob"], timeout=8000)
        first.stop()
        second.stop()
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
        server.stdout.close()
