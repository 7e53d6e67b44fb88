"""Items Yjs brings back incomplete, positions that tie, a stage shown for a card that left: read alike everywhere.

Peers in one process, updates passed by hand (``peers``), so each sequence is exact.
"""

import pytest
from pycrdt import Map

from journey_studio.collab.schema import ROOT, build_doc, read_workspace
from journey_studio.collab.writer import assign_positions
from journey_studio.io import workspace_to_bytes

from .peers import assert_converged, make_peers


def _doc_lacks(peer, collection: str, item_id: str, key: str) -> bool:
    entry = peer.binding.root["maps"][peer.workspace.maps[0].id][collection].get(item_id)
    return entry is not None and key not in entry


@pytest.mark.parametrize("undoer", [0, 1], ids=["the host undoes", "a colleague undoes"])
def test_an_emotion_point_restored_without_its_score_is_shown_and_written_whole(qapp, small_workspace, undoer) -> None:
    peers = make_peers(small_workspace)  # peers[0] repairs
    deleting, scoring = peers[undoer], peers[1 - undoer]
    point = small_workspace.maps[0].emotion_points[0]
    scale = small_workspace.maps[0].emotion_scale
    scoring.online = False
    deleting.editor.remove_emotion_points([point.id])
    scoring.editor.set_emotion_point(point.id, {"score": scale.maximum})  # into the point the other deleted
    scoring.reconnect()
    seen = []
    deleting.binding.remoteChanged.connect(seen.append)

    deleting.document.undo_stack.undo()  # Yjs brings the point back without the score the colleague overwrote

    assert seen, "the undo reached the workspace"
    back = [p for p in deleting.workspace.maps[0].emotion_points if p.id == point.id]
    assert len(back) == 1 and back[0].score in (point.score, scale.maximum)
    assert not _doc_lacks(deleting, "emotion_points", point.id, "score")  # the host wrote what it shows
    assert_converged(*peers)


def test_a_card_restored_without_its_cell_lands_in_a_cell_someone_chose(qapp, small_workspace) -> None:
    host, colleague = make_peers(small_workspace)
    m = small_workspace.maps[0]
    card = m.cards[0]
    colleague.online = False
    host.editor.remove_cards([card.id])
    colleague.editor.move_cards([card.id], m.stages[2].id, m.lanes[1].id)
    colleague.reconnect()

    host.document.undo_stack.undo()

    back = host.workspace.maps[0].card(card.id)
    assert back is not None and back.title == card.title
    assert (back.stage_id, back.lane_id) in {(card.stage_id, card.lane_id), (m.stages[2].id, m.lanes[1].id)}
    assert not _doc_lacks(host, "cards", card.id, "place")
    assert_converged(host, colleague)


def test_a_late_joiner_reads_a_room_holding_an_incomplete_card_and_point(small_workspace) -> None:
    doc = build_doc(small_workspace)
    m = small_workspace.maps[0]
    entry = doc.get(ROOT, type=Map)["maps"][m.id]
    with doc.transaction():
        del entry["cards"][m.cards[4].id]["place"]
        del entry["emotion_points"][m.emotion_points[0].id]["score"]

    read = read_workspace(doc)

    card = read.maps[0].card(m.cards[4].id)
    assert (card.stage_id, card.lane_id) == (m.stages[0].id, m.lanes[0].id)  # the fixed rule: first stage and lane
    point = next(p for p in read.maps[0].emotion_points if p.id == m.emotion_points[0].id)
    assert m.emotion_scale.minimum <= point.score <= m.emotion_scale.maximum
    assert read_workspace(doc) == read  # every reader reads it the same


def test_positions_that_tie_still_read_in_the_order_written() -> None:
    # Stages sharing one position (two people inserted at the front, then undid and redid), a new one added
    # between two of them: no number fits between equal ones.
    known = {"stage-a": -2.0, "stage-c": -2.0, "stage-z": -1.0}
    order = ["stage-a", "stage-new", "stage-c", "stage-z"]
    positions = {**known, **assign_positions(order, known)}
    assert sorted(order, key=lambda i: (positions[i], i)) == order


def test_a_stage_shown_only_for_a_card_that_left_it_goes_when_the_card_goes(qapp, small_workspace) -> None:
    host, alice, bob = make_peers(small_workspace, 3)
    host.online = False  # nobody repairs the room meanwhile
    m = small_workspace.maps[0]
    stage = m.stages[1]
    alice.online = False
    bob.editor.remove_stage(stage.id)
    card = alice.editor.add_card(stage.id, m.lanes[0].id, "Idée d'Alice")
    alice.reconnect()
    assert bob.workspace.maps[0].stage(stage.id) is not None  # shown back for Alice's card until the host repairs

    alice.document.undo_stack.undo()  # the card goes: nothing keeps the stage any more

    assert bob.workspace.maps[0].card(card) is None
    assert bob.workspace.maps[0].stage(stage.id) is None
    assert bob.saved() == workspace_to_bytes(read_workspace(bob.binding.doc))
    host.reconnect()
    assert_converged(host, alice, bob)
