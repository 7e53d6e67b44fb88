"""The editor's methods for the strategist's work: future state, comments, evidence checks.

Each is one undo entry; undo restores the file byte for byte and redo the edited state.
"""

from datetime import date

import pytest

from journey_studio.analysis.compare import diff_maps
from journey_studio.document import Document
from journey_studio.editor import InvalidEdit, MapEditor
from journey_studio.io import workspace_to_bytes
from journey_studio.model import EvidenceSource, MapState, check_workspace
from journey_studio.templates import load_template


@pytest.fixture
def editor(qapp) -> MapEditor:
    return MapEditor(Document(load_template("running-shoes", "fr")))


def one_undo_entry(editor: MapEditor, before: bytes) -> None:
    stack = editor.document.undo_stack
    after = workspace_to_bytes(editor.workspace)
    assert stack.count() == 1
    stack.undo()
    assert workspace_to_bytes(editor.workspace) == before
    stack.redo()
    assert workspace_to_bytes(editor.workspace) == after


def test_create_future_state(editor):
    before = workspace_to_bytes(editor.workspace)
    source = editor.map
    future_id = editor.create_future_state(source.id)
    maps = editor.workspace.maps
    assert [m.id for m in maps] == [source.id, future_id]
    future = maps[1]
    assert future.state is MapState.FUTURE and future.title == f"{source.title} (état futur)"
    assert future.counterpart_id == source.id and maps[0].counterpart_id == future_id
    assert check_workspace(editor.workspace) == []  # every id fresh, every reference inside the copy
    old_ids = {x.id for x in (*source.stages, *source.lanes, *source.cards, *source.emotion_points, *source.connectors)}
    new_ids = {x.id for x in (*future.stages, *future.lanes, *future.cards, *future.emotion_points, *future.connectors)}
    assert not old_ids & new_ids and len(new_ids) == len(old_ids)
    assert diff_maps(maps[0], future).is_empty
    assert editor.document.undo_stack.undoText() == "Create future state"
    one_undo_entry(editor, before)


def test_a_card_duplicated_in_the_future_state_counts_as_added(editor):
    """The copy is new in the plan; the card it was duplicated from still pairs with today's."""
    source = editor.map
    future_id = editor.create_future_state(source.id)
    editor.document.set_current_map(future_id)
    original = editor.map.cards[0]
    copy_id = editor.duplicate_cards([original.id])[0]
    diff = diff_maps(source, editor.map)
    assert [card.id for card in diff.added] == [copy_id]
    assert not diff.removed and not diff.changed
    assert editor.map.card(copy_id).origin_id is None and original.origin_id == source.cards[0].id


def test_a_future_state_is_made_once_and_not_from_a_future_map(editor):
    future_id = editor.create_future_state(editor.map.id)
    with pytest.raises(InvalidEdit, match="already has a future state"):
        editor.create_future_state(editor.map.id)
    with pytest.raises(InvalidEdit, match="already shows a future state"):
        editor.create_future_state(future_id)
    with pytest.raises(InvalidEdit):
        editor.create_future_state("no-such-map")


def test_comments_are_one_undo_entry_each(editor):
    card = editor.map.cards[0]
    before = workspace_to_bytes(editor.workspace)
    comment_id = editor.add_comment(card.id, "  Source ? 🤔 ", "Théo", on=date(2026, 11, 2))
    [comment] = editor.map.card(card.id).comments
    assert (comment.id, comment.author, comment.date, comment.text, comment.resolved) == (
        comment_id, "Théo", date(2026, 11, 2), "Source ? 🤔", False)
    one_undo_entry(editor, before)
    stack = editor.document.undo_stack

    editor.set_comment(card.id, comment_id, {"resolved": True})
    assert stack.undoText() == "Resolve comment" and editor.map.card(card.id).comments[0].resolved
    editor.set_comment(card.id, comment_id, {"text": "Vérifié avec le CRM"})
    assert editor.map.card(card.id).comments[0].text == "Vérifié avec le CRM"
    second = editor.add_comment(card.id, "Et en magasin ?")
    assert editor.map.card(card.id).comments[1].date == date.today()
    editor.remove_comment(card.id, comment_id)
    assert [c.id for c in editor.map.card(card.id).comments] == [second]
    assert stack.count() == 5
    stack.undo()
    assert [c.id for c in editor.map.card(card.id).comments] == [comment_id, second]  # back in its place


def test_bad_comments_are_refused(editor):
    card_id = editor.map.cards[0].id
    with pytest.raises(InvalidEdit):
        editor.add_comment(card_id, "   ", "Théo")
    with pytest.raises(InvalidEdit):
        editor.add_comment("no-such-card", "Texte")
    comment_id = editor.add_comment(card_id, "Texte")
    for changes in ({"id": "x"}, {"text": ""}, {"date": "pas une date"}):
        with pytest.raises(InvalidEdit):
            editor.set_comment(card_id, comment_id, changes)
    with pytest.raises(InvalidEdit):
        editor.set_comment(card_id, "no-such-comment", {"resolved": True})
    editor.remove_comment(card_id, "no-such-comment")  # nothing to do
    assert editor.document.undo_stack.count() == 1


def test_mark_verified_is_one_undo_entry_for_the_selection(editor):
    m = editor.map
    interview = [c.id for c in m.cards if c.evidence.source is EvidenceSource.INTERVIEW][:2]
    point = m.emotion_points[0].id
    before = workspace_to_bytes(editor.workspace)
    editor.mark_verified(interview, date(2026, 11, 23), point_ids=[point])
    assert all(m.card(cid).evidence.last_verified == date(2026, 11, 23) for cid in interview)
    assert all(m.card(cid).evidence.source is EvidenceSource.INTERVIEW for cid in interview)
    assert m.emotion_points[0].evidence.last_verified == date(2026, 11, 23)
    assert editor.document.undo_stack.undoText() == "Mark 3 items verified"
    one_undo_entry(editor, before)


def test_an_assumption_is_verified_only_with_its_source(editor):
    m = editor.map
    assumed = next(c.id for c in m.cards if c.evidence.source is EvidenceSource.ASSUMPTION)
    with pytest.raises(InvalidEdit, match="which source"):
        editor.mark_verified([assumed], date(2026, 11, 23))
    assert editor.document.undo_stack.count() == 0
    editor.mark_verified([assumed], date(2026, 11, 23), source=EvidenceSource.SURVEY)
    assert m.card(assumed).evidence.source is EvidenceSource.SURVEY
    assert m.card(assumed).evidence.last_verified == date(2026, 11, 23)
    editor.mark_verified([assumed], date(2026, 11, 23), source=EvidenceSource.SURVEY)  # nothing changes
    assert editor.document.undo_stack.count() == 1
