"""Bad input from the network never corrupts the room: wrong tokens, view-only writes, garbage, huge messages."""

import asyncio
import ssl

import pytest
from pycrdt import create_update_message
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from journey_studio.collab.client import Status
from journey_studio.collab.link import BadLink, RoomLink, parse_link
from journey_studio.collab.schema import live_doc, read_workspace, root_of
from journey_studio.collab.server import Keyring, RoomServer
from journey_studio.collab.session import LiveSession
from journey_studio.collab.tls import CertificateMismatch, pinned_context
from journey_studio.editor import InvalidEdit
from journey_studio.io import workspace_to_bytes

from .live import LOOPBACK, host, join, start_server

ROOM = "room-under-test"


@pytest.fixture
def server(tmp_path):
    thread = start_server(tmp_path)
    yield thread
    thread.stop()


@pytest.fixture
def owner(qtbot, server, small_workspace):
    peer = host(qtbot, server, small_workspace, ROOM)
    yield peer
    peer.stop()


def _room_bytes(server) -> bytes:
    return workspace_to_bytes(read_workspace(server.server.room_doc(ROOM)))


def _raw(link: RoomLink, messages: list[bytes], token: str | None = None) -> str:
    """Send ``messages`` over a raw websocket; how the server ended the connection."""
    async def run() -> str:
        context = pinned_context(link.host, link.port, link.fingerprint)
        url = link.websocket_url if token is None else link.websocket_url.split("?")[0] + f"?token={token}"
        try:
            async with connect(url, ssl=context, max_size=None) as ws:
                for message in messages:
                    await ws.send(message)
                while True:
                    await asyncio.wait_for(ws.recv(), 3)
        except ConnectionClosed as closed:
            return f"closed {closed.rcvd.code if closed.rcvd else '?'}"
        except InvalidStatus as refused:
            return f"refused {refused.response.status_code}"
        except TimeoutError:
            return "still open"
    return asyncio.run(run())


def test_a_wrong_token_is_refused(qtbot, server, owner) -> None:
    link = server.server.link(ROOM)
    assert _raw(link, [], token="x" * 24) == "refused 403"
    wrong = RoomLink(link.host, link.port, ROOM, "y" * 24, "edit", link.fingerprint)
    session = LiveSession(wrong, "Mallory", "#000000")
    session.start()
    qtbot.waitUntil(lambda: session.status is Status.REFUSED, timeout=5000)
    assert "token" in session.status_message
    session.stop()


def test_a_view_only_peer_cannot_change_the_room(qtbot, server, owner, small_workspace) -> None:
    viewer = join(qtbot, server.server.link(ROOM, "view"), "Viewer")
    first, second = (c.id for c in small_workspace.maps[0].cards[:2])
    with pytest.raises(InvalidEdit, match="view"):
        viewer.editor.set_card(first, {"title": "Vandalisme"})  # the app refuses first…
    owner.editor.set_card(second, {"title": "Changement légitime"})
    qtbot.waitUntil(lambda: viewer.workspace.maps[0].card(second).title == "Changement légitime", timeout=5000)
    # …and the server is what enforces it: a hand-made, well-formed update over a view-only connection is dropped.
    forged_doc = live_doc(server.server.room_doc(ROOM).get_update())
    title = root_of(forged_doc)["maps"][small_workspace.maps[0].id]["cards"][first]["title"]
    with forged_doc.transaction():
        title += " forgé"
    update = forged_doc.get_update(server.server.room_doc(ROOM).get_state())
    assert _raw(server.server.link(ROOM, "view"), [create_update_message(update)]) == "still open"
    room = read_workspace(server.server.room_doc(ROOM))
    assert room.maps[0].card(first).title == small_workspace.maps[0].card(first).title
    assert room.maps[0].card(second).title == "Changement légitime"
    # The same update over an edit connection does land: the check above can fail.
    assert _raw(server.server.link(ROOM, "edit"), [create_update_message(update)]) == "still open"
    assert read_workspace(server.server.room_doc(ROOM)).maps[0].card(first).title.endswith(" forgé")
    viewer.stop()


def test_garbage_closes_that_peer_and_leaves_the_room_as_it_was(qtbot, server, owner) -> None:
    before = _room_bytes(server)
    # A sync update message whose update is garbage.
    assert _raw(server.server.link(ROOM), [bytes([0, 2, 5, 1, 2, 3, 4, 5])]) == "closed 1008"
    assert _room_bytes(server) == before
    owner.editor.set_map({"title": "Toujours là"})
    qtbot.waitUntil(lambda: read_workspace(server.server.room_doc(ROOM)).maps[0].title == "Toujours là", timeout=5000)


def test_a_huge_message_closes_that_peer(qtbot, tmp_path, small_workspace) -> None:
    from journey_studio.collab.server import ServerThread
    from journey_studio.collab.tls import load_or_create_identity

    thread = ServerThread(RoomServer(Keyring.in_folder(tmp_path), host=LOOPBACK, tls=load_or_create_identity(tmp_path),
                                     max_message=64 * 1024))
    thread.start()
    try:
        peer = host(qtbot, thread, small_workspace, ROOM)
        before = workspace_to_bytes(read_workspace(thread.server.room_doc(ROOM)))
        assert _raw(thread.server.link(ROOM), [bytes([0, 2]) + b"\x00" * (65 * 1024)]) == "closed 1009"
        assert workspace_to_bytes(read_workspace(thread.server.room_doc(ROOM))) == before
        peer.stop()
    finally:
        thread.stop()


def test_a_certificate_other_than_the_links_is_refused(server, owner) -> None:
    link = server.server.link(ROOM)
    with pytest.raises(CertificateMismatch):
        pinned_context(link.host, link.port, "0" * 64)
    context = pinned_context(link.host, link.port, link.fingerprint)
    assert context.verify_mode == ssl.CERT_REQUIRED


def test_rooms_are_offered_on_the_lan_only(tmp_path) -> None:
    with pytest.raises(ValueError, match="LAN"):
        RoomServer(Keyring.in_folder(tmp_path), host="8.8.8.8")
    RoomServer(Keyring.in_folder(tmp_path), host="192.168.1.20")


def test_room_names_and_tokens_are_random_and_bound_to_the_room(tmp_path) -> None:
    keyring, other = Keyring.in_folder(tmp_path / "a"), Keyring.in_folder(tmp_path / "b")
    rooms = {Keyring.new_room() for _ in range(50)}
    assert len(rooms) == 50 and all(len(room) >= 16 for room in rooms)
    room = rooms.pop()
    assert keyring.access_of(room, keyring.token(room, "edit")) == "edit"
    assert keyring.access_of(room, keyring.token(room, "view")) == "view"
    assert keyring.access_of(rooms.pop(), keyring.token(room, "edit")) is None
    assert other.access_of(room, keyring.token(room, "edit")) is None


def test_links_round_trip_and_bad_ones_say_why() -> None:
    link = RoomLink("192.168.1.20", 8765, "Qx3_abcdefgh", "t" * 24, "view", "a" * 64)
    assert parse_link(f"  {link}\n") == link
    for text, why in (("hello", "journey://"), ("journey://h:1/room?token=" + "t" * 24, "room"),
                      ("journey://h/room-name?token=" + "t" * 24, "port"),
                      ("journey://h:1/room-name?token=short", "token"),
                      ("journey://h:1/room-name?token=" + "t" * 24 + "&tls=zz", "fingerprint")):
        with pytest.raises(BadLink, match=why):
            parse_link(text)
