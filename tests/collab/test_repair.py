"""The host repairs what concurrent edits broke, outside everyone's undo; every peer ends valid and equal."""

from journey_studio.collab.repair import RepairNote
from journey_studio.collab.schema import read_workspace, root_of
from journey_studio.model import check_workspace

from .peers import assert_converged, make_peers


def _offline(peer) -> None:
    peer.online = False


def test_a_card_moved_by_two_people_lands_whole_in_one_cell(qapp, small_workspace) -> None:
    host, alice, bob = make_peers(small_workspace, 3)
    m = small_workspace.maps[0]
    card = m.cards[0].id
    _offline(alice)
    _offline(bob)
    alice.editor.move_cards([card], m.stages[1].id, m.lanes[0].id)
    bob.editor.move_cards([card], m.stages[2].id, m.lanes[1].id)
    alice.reconnect()
    bob.reconnect()
    assert_converged(host, alice, bob)
    moved = host.workspace.maps[0].card(card)
    assert (moved.stage_id, moved.lane_id) in {(m.stages[1].id, m.lanes[0].id), (m.stages[2].id, m.lanes[1].id)}


def test_two_people_moving_one_stage_leave_it_once_in_the_order(qapp, small_workspace) -> None:
    host, alice, bob = make_peers(small_workspace, 3)
    stage = small_workspace.maps[0].stages[0].id
    _offline(alice)
    _offline(bob)
    alice.editor.move_stage(stage, 2)
    bob.editor.move_stage(stage, 3)
    alice.reconnect()
    bob.reconnect()
    assert_converged(host, alice, bob)
    order = [s.id for s in host.workspace.maps[0].stages]
    assert order.count(stage) == 1 and len(order) == len(small_workspace.maps[0].stages)


def test_a_card_added_to_a_deleted_stage_keeps_the_stage(qapp, small_workspace) -> None:
    host, carol, dan = make_peers(small_workspace, 3)
    carol.binding.author = "Carol"
    m = small_workspace.maps[0]
    stage = m.stages[1]
    notes: list[RepairNote] = []
    host.binding.repaired.connect(notes.extend)
    _offline(carol)
    card = carol.editor.add_card(stage.id, m.lanes[0].id, "Idée de Carol")
    dan.editor.remove_stage(stage.id)
    assert host.workspace.maps[0].stage(stage.id) is None
    carol.reconnect()
    assert_converged(host, carol, dan)
    kept = host.workspace.maps[0]
    assert kept.stage(stage.id) == stage  # back as it was
    assert [c.id for c in kept.cards if c.stage_id == stage.id] == [card]  # the others stay deleted
    assert [str(n) for n in notes] == [f"stage kept: “{stage.name}” (Carol added “Idée de Carol” to it)"]
    # The repair is nobody's to undo: Dan's undo brings back his deletion's victims, the stage stays once.
    dan.document.undo_stack.undo()
    assert_converged(host, carol, dan)
    assert [s.id for s in host.workspace.maps[0].stages].count(stage.id) == 1


def test_scores_are_clamped_when_the_scale_narrows_at_the_same_time(qapp, small_workspace) -> None:
    host, alice, bob = make_peers(small_workspace, 3)
    m = small_workspace.maps[0]
    point = m.emotion_points[0].id
    for p in m.emotion_points:  # make room: every score inside -1…1 first
        host.editor.set_emotion_point(p.id, {"score": 0})
    for c in m.cards:
        if c.emotion is not None:
            host.editor.set_card(c.id, {"emotion": 0})
    _offline(alice)
    _offline(bob)
    alice.editor.set_map({"emotion_scale": {"minimum": -1, "maximum": 1}})
    bob.editor.set_emotion_point(point, {"score": -2})
    alice.reconnect()
    bob.reconnect()
    assert_converged(host, alice, bob)
    assert host.workspace.maps[0].emotion_points[0].score == -1


def test_crossed_scale_bounds_are_widened(qapp, small_workspace) -> None:
    host, alice, bob = make_peers(small_workspace, 3)
    for p in small_workspace.maps[0].emotion_points:
        host.editor.set_emotion_point(p.id, {"score": 0})
    for c in small_workspace.maps[0].cards:
        if c.emotion is not None:
            host.editor.set_card(c.id, {"emotion": 0})
    _offline(alice)
    _offline(bob)
    alice.editor.set_map({"emotion_scale": {"minimum": -2, "maximum": 0}})
    bob.editor.set_map({"emotion_scale": {"minimum": 0, "maximum": 2}})
    alice.reconnect()
    bob.reconnect()
    assert_converged(host, alice, bob)
    scale = host.workspace.maps[0].emotion_scale
    assert scale.minimum < scale.maximum


def test_an_arrow_to_a_card_deleted_meanwhile_goes(qapp, small_workspace) -> None:
    host, alice, bob = make_peers(small_workspace, 3)
    first, second = (c.id for c in small_workspace.maps[0].cards[5:7])
    _offline(alice)
    alice.editor.add_connector(first, second)
    bob.editor.remove_cards([second])
    alice.reconnect()
    assert_converged(host, alice, bob)
    assert all(second not in (c.from_card, c.to_card) for c in host.workspace.maps[0].connectors)


def test_two_people_typing_past_the_title_limit_are_cut_to_it(qapp, small_workspace) -> None:
    host, alice, bob = make_peers(small_workspace, 3)
    card = small_workspace.maps[0].cards[0].id
    _offline(alice)
    _offline(bob)
    alice.editor.set_card(card, {"title": "A" * 300})
    bob.editor.set_card(card, {"title": "B" * 300})
    alice.reconnect()
    bob.reconnect()
    assert_converged(host, alice, bob)
    assert len(host.workspace.maps[0].card(card).title) == 500


def test_without_the_host_nothing_repairs_the_document(qapp, small_workspace) -> None:
    """The repair is the host's: proves the tests above depend on it (the checker can fail).

    The other peers only show the stage back meanwhile; the shared document stays as merged.
    """
    host, carol, dan = make_peers(small_workspace, 3)
    host.binding.host = False
    stage = small_workspace.maps[0].stages[1].id
    _offline(carol)
    carol.editor.add_card(stage, small_workspace.maps[0].lanes[0].id, "x")
    dan.editor.remove_stage(stage)
    carol.reconnect()
    assert host.workspace.maps[0].stage(stage) is not None  # shown back in the view
    assert stage not in root_of(host.binding.doc)["maps"][small_workspace.maps[0].id]["stages"]
    assert check_workspace(read_workspace(host.binding.doc)) != []  # the card points nowhere there


def test_lists_beyond_their_limit_are_cut_by_the_host(qapp, small_workspace) -> None:
    """200 lanes at most: two people adding 97 each while apart (8 + 194) end with 200, the same everywhere."""
    host, alice, bob = make_peers(small_workspace, 3)
    notes: list[RepairNote] = []
    host.binding.repaired.connect(notes.extend)
    _offline(alice)
    _offline(bob)
    for peer in (alice, bob):
        for index in range(97):
            peer.editor.add_lane(title=f"{peer.name} {index}")
    alice.reconnect()
    bob.reconnect()
    assert_converged(host, alice, bob)
    assert len(small_workspace.maps[0].lanes) == 8
    assert len(host.workspace.maps[0].lanes) == 200
    assert notes and {n.kind for n in notes} == {"items_cut"}  # as the updates arrived, one by one
