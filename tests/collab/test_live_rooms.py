"""The concurrent cases of COLLAB.md through a real room server on 127.0.0.1 (TLS, SQLite store)."""

import pytest

from journey_studio.collab.link import parse_link
from journey_studio.collab.schema import read_workspace
from journey_studio.io import workspace_to_bytes

from .live import assert_valid_and_same, converged, host, join, start_server

WAIT = 8000


@pytest.fixture
def server(tmp_path):
    thread = start_server(tmp_path)
    yield thread
    thread.stop()


@pytest.fixture
def trio(qtbot, server, small_workspace):
    peers = [host(qtbot, server, small_workspace)]
    link = server.server.link("room-under-test")
    peers.append(join(qtbot, parse_link(str(link)), "Alice"))
    peers.append(join(qtbot, link, "Bob", "#54A24B"))
    yield peers
    for peer in peers:
        peer.stop()


def _apart(*peers) -> None:
    for peer in peers:
        peer.session.client.go_offline(True)


def _back(qtbot, *peers) -> None:
    for peer in peers:
        peer.session.client.go_offline(False)


def test_joining_gives_the_hosts_map_byte_for_byte(trio, small_workspace) -> None:
    for peer in trio:
        assert peer.saved() == workspace_to_bytes(small_workspace)


def test_both_move_the_same_card(qtbot, trio, small_workspace) -> None:
    owner, alice, bob = trio
    m = small_workspace.maps[0]
    card = m.cards[0].id
    _apart(alice, bob)
    qtbot.waitUntil(lambda: alice.session.status != "live" and bob.session.status != "live", timeout=WAIT)
    alice.editor.move_cards([card], m.stages[1].id, m.lanes[0].id)
    bob.editor.move_cards([card], m.stages[2].id, m.lanes[1].id)
    _back(qtbot, alice, bob)
    qtbot.waitUntil(lambda: converged(owner, alice, bob) and owner.workspace.maps[0].card(card).stage_id
                    != m.cards[0].stage_id, timeout=WAIT)
    moved = owner.workspace.maps[0].card(card)
    assert (moved.stage_id, moved.lane_id) in {(m.stages[1].id, m.lanes[0].id), (m.stages[2].id, m.lanes[1].id)}
    assert_valid_and_same(owner, alice, bob)


def test_stage_deleted_while_a_card_is_added_to_it(qtbot, trio, small_workspace) -> None:
    owner, alice, bob = trio
    stage = small_workspace.maps[0].stages[1]
    _apart(alice)
    qtbot.waitUntil(lambda: alice.session.status != "live", timeout=WAIT)
    card = alice.editor.add_card(stage.id, small_workspace.maps[0].lanes[0].id, "Idée d'Alice")
    bob.editor.remove_stage(stage.id)
    qtbot.waitUntil(lambda: owner.workspace.maps[0].stage(stage.id) is None, timeout=WAIT)
    notes = []
    owner.session.repaired.connect(notes.extend)
    _back(qtbot, alice)
    qtbot.waitUntil(lambda: converged(owner, alice, bob) and bob.workspace.maps[0].card(card) is not None,
                    timeout=WAIT)
    assert bob.workspace.maps[0].stage(stage.id) == stage
    assert [n.kind for n in notes] == ["stage_kept"] and notes[0].by == "Alice"
    assert_valid_and_same(owner, alice, bob)


def test_both_type_in_one_title(qtbot, trio, small_workspace) -> None:
    owner, alice, bob = trio
    card = small_workspace.maps[0].cards[0]
    _apart(alice, bob)
    qtbot.waitUntil(lambda: alice.session.status != "live" and bob.session.status != "live", timeout=WAIT)
    alice.editor.set_card(card.id, {"title": "☕ " + card.title})
    bob.editor.set_card(card.id, {"title": card.title + " — vérifié 😊"})
    _back(qtbot, alice, bob)
    expected = "☕ " + card.title + " — vérifié 😊"
    qtbot.waitUntil(lambda: converged(owner, alice, bob) and owner.workspace.maps[0].card(card.id).title == expected,
                    timeout=WAIT)
    assert_valid_and_same(owner, alice, bob)


def test_scale_narrowed_while_someone_sets_a_score_outside_it(qtbot, trio, small_workspace) -> None:
    owner, alice, bob = trio
    m = small_workspace.maps[0]
    for point in m.emotion_points:
        owner.editor.set_emotion_point(point.id, {"score": 0})
    for card in m.cards:
        if card.emotion is not None:
            owner.editor.set_card(card.id, {"emotion": 0})
    qtbot.waitUntil(lambda: converged(owner, alice, bob), timeout=WAIT)
    _apart(alice, bob)
    qtbot.waitUntil(lambda: alice.session.status != "live" and bob.session.status != "live", timeout=WAIT)
    alice.editor.set_map({"emotion_scale": {"minimum": -1, "maximum": 1}})
    bob.editor.set_emotion_point(m.emotion_points[0].id, {"score": 2})
    _back(qtbot, alice, bob)
    qtbot.waitUntil(lambda: converged(owner, alice, bob)
                    and owner.workspace.maps[0].emotion_scale.maximum == 1
                    and owner.workspace.maps[0].emotion_points[0].score == 1, timeout=WAIT)
    assert_valid_and_same(owner, alice, bob)


def test_both_reorder_the_same_stage(qtbot, trio, small_workspace) -> None:
    owner, alice, bob = trio
    stage = small_workspace.maps[0].stages[0].id
    _apart(alice, bob)
    qtbot.waitUntil(lambda: alice.session.status != "live" and bob.session.status != "live", timeout=WAIT)
    alice.editor.move_stage(stage, 2)
    bob.editor.move_stage(stage, 3)
    _back(qtbot, alice, bob)
    qtbot.waitUntil(lambda: converged(owner, alice, bob)
                    and [s.id for s in owner.workspace.maps[0].stages].index(stage) in (2, 3), timeout=WAIT)
    order = [s.id for s in owner.workspace.maps[0].stages]
    assert sorted(order) == sorted(s.id for s in small_workspace.maps[0].stages)
    assert_valid_and_same(owner, alice, bob)


def test_two_comments_at_once_are_both_kept(qtbot, trio, small_workspace) -> None:
    owner, alice, bob = trio
    card = small_workspace.maps[0].cards[3].id
    _apart(alice, bob)
    qtbot.waitUntil(lambda: alice.session.status != "live" and bob.session.status != "live", timeout=WAIT)
    alice.editor.add_comment(card, "Vu en entretien", author="Alice")
    bob.editor.add_comment(card, "Pas d'accord", author="Bob")
    _back(qtbot, alice, bob)
    qtbot.waitUntil(lambda: converged(owner, alice, bob) and len(owner.workspace.maps[0].card(card).comments)
                    == len(small_workspace.maps[0].card(card).comments) + 2, timeout=WAIT)
    assert_valid_and_same(owner, alice, bob)


def test_a_restarted_server_restores_the_room_from_its_store(qtbot, tmp_path, small_workspace) -> None:
    server = start_server(tmp_path)
    owner = host(qtbot, server, small_workspace)
    card = small_workspace.maps[0].cards[0].id
    owner.editor.set_card(card, {"title": "Gardé par le serveur"})
    port = server.server.port
    qtbot.waitUntil(lambda: server.server.room_doc("room-under-test") is not None and read_workspace(
        server.server.room_doc("room-under-test")).maps[0].card(card).title == "Gardé par le serveur", timeout=WAIT)
    owner.stop()
    server.stop()
    restarted = start_server(tmp_path, port=port)
    try:
        late = join(qtbot, restarted.server.link("room-under-test"), "Late")
        assert late.saved() == owner.saved()
        late.stop()
    finally:
        restarted.stop()
