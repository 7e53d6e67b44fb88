"""Every edit is one undo entry; undo restores the file byte for byte, redo the edited state."""

import random

import pytest

from journey_studio.document import Document
from journey_studio.editor import InvalidEdit, MapEditor
from journey_studio.io import workspace_to_bytes
from journey_studio.model import ConnectorKind, LaneKind
from journey_studio.templates import load_template


@pytest.fixture
def editor(qapp) -> MapEditor:
    return MapEditor(Document(load_template("running-shoes", "fr")))


def snapshot(editor: MapEditor) -> bytes:
    return workspace_to_bytes(editor.workspace)


def undo_all_and_check(editor: MapEditor, original: bytes) -> None:
    edited = snapshot(editor)
    stack = editor.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert snapshot(editor) == original
    while stack.canRedo():
        stack.redo()
    assert snapshot(editor) == edited


def test_add_edit_move_and_delete_cards_undo_exactly(editor):
    original = snapshot(editor)
    m = editor.map
    stage, lane = m.stages[1].id, m.lanes[0].id
    card = editor.add_card(stage, lane, "Comparer les prix ✨")
    assert m.card(card).stage_id == stage and editor.cell_cards(stage, lane)[-1].id == card
    editor.set_card(card, {"body": "Sur trois sites", "critical": True})
    editor.move_cards([card], m.stages[2].id, m.lanes[1].id, 0)
    assert editor.cell_cards(m.stages[2].id, m.lanes[1].id)[0].id == card
    editor.remove_cards([card])
    assert m.card(card) is None
    assert editor.document.undo_stack.count() == 4
    undo_all_and_check(editor, original)


def test_moving_within_a_cell_reorders(editor):
    m = editor.map
    stage, lane = m.stages[0].id, m.lanes[0].id
    before = [c.id for c in editor.cell_cards(stage, lane)]
    assert len(before) >= 2
    editor.move_cards([before[-1]], stage, lane, 0)
    assert [c.id for c in editor.cell_cards(stage, lane)] == [before[-1], *before[:-1]]
    editor.document.undo_stack.undo()
    assert [c.id for c in editor.cell_cards(stage, lane)] == before


def test_deleting_a_card_removes_its_arrows_and_undo_puts_everything_back_in_place(editor):
    original = snapshot(editor)
    m = editor.map
    connector = m.connectors[0]
    editor.remove_cards([connector.from_card])
    assert all(connector.from_card not in (c.from_card, c.to_card) for c in m.connectors)
    editor.document.undo_stack.undo()
    assert snapshot(editor) == original


def test_deleting_a_stage_takes_its_cards_and_points(editor):
    original = snapshot(editor)
    m = editor.map
    stage = m.stages[1].id
    editor.remove_stage(stage)
    assert m.stage(stage) is None
    assert not [c for c in m.cards if c.stage_id == stage]
    assert not [p for p in m.emotion_points if p.stage_id == stage]
    assert editor.document.undo_stack.count() == 1
    undo_all_and_check(editor, original)


def test_stage_and_lane_structure_edits(editor):
    original = snapshot(editor)
    m = editor.map
    new_stage = editor.add_stage(1, "Comparaison")
    assert m.stages[1].id == new_stage
    editor.set_stage(new_stage, {"colour": "#123456", "width": 320.0, "icon": "compare"})
    editor.set_stage_metrics(new_stage, {"entered": 1000, "completed": 400})
    editor.move_stage(new_stage, 3)
    assert m.stages[-1].id == new_stage
    lane = editor.add_lane(LaneKind.NEEDS, "Besoins", 2)
    editor.set_lane(lane, {"visible": False, "height": 200.0})
    editor.move_lane(lane, 0)
    editor.remove_lane(m.lanes[1].id)
    undo_all_and_check(editor, original)


def test_emotion_connector_map_and_persona_edits(editor):
    original = snapshot(editor)
    m = editor.map
    point = m.emotion_points[0]
    editor.set_emotion_point(point.id, {"score": -2.0})
    new_point = editor.add_emotion_point(m.stages[2].id, 1, "Contente")
    editor.remove_emotion_points([new_point])
    cards = m.cards
    arrow = editor.add_connector(cards[0].id, cards[5].id, ConnectorKind.SKIP, "raccourci")
    editor.set_connector(arrow, {"kind": ConnectorKind.BACK})
    editor.set_map({"title": "Nouveau titre", "scenario": "Un autre scénario"})
    persona = editor.add_persona("Marc")
    assert persona in m.persona_ids
    editor.set_persona(persona, {"quote": "Je cours le dimanche", "goals": ["10 km"]})
    editor.set_business_context({"market": "Running loisir"})
    editor.remove_persona(m.persona_ids[0])
    undo_all_and_check(editor, original)


def test_invalid_values_are_refused_and_change_nothing(editor):
    original = snapshot(editor)
    m = editor.map
    with pytest.raises(InvalidEdit, match="between -2 and 2"):
        editor.set_emotion_point(m.emotion_points[0].id, {"score": 7})
    with pytest.raises(InvalidEdit, match="colour"):
        editor.set_stage(m.stages[0].id, {"colour": "red"})
    with pytest.raises(InvalidEdit, match="width"):
        editor.set_stage(m.stages[0].id, {"width": 5})
    with pytest.raises(InvalidEdit):
        editor.add_connector(m.cards[0].id, m.cards[0].id)
    with pytest.raises(InvalidEdit):
        editor.set_map({"persona_ids": ["nobody"]})
    assert snapshot(editor) == original
    assert editor.document.undo_stack.count() == 0


def test_a_typing_burst_is_one_undo_entry(editor):
    card = editor.map.cards[0]
    title = card.title
    for length in range(1, 8):
        editor.set_card(card.id, {"title": "Bonjour"[:length]}, merge_key="typing")
    assert editor.document.undo_stack.count() == 1
    editor.document.undo_stack.undo()
    assert editor.map.card(card.id).title == title


def test_duplicate_and_paste_give_fresh_ids(editor):
    m = editor.map
    first = m.cards[0]
    (copy_id,) = editor.duplicate_cards([first.id])
    duplicate = m.card(copy_id)
    assert copy_id != first.id and duplicate.title == first.title
    assert (duplicate.stage_id, duplicate.lane_id) == (first.stage_id, first.lane_id)
    pasted = editor.paste_cards([first], m.stages[2].id, m.lanes[2].id)
    assert m.card(pasted[0]).stage_id == m.stages[2].id


def test_thousands_of_random_edits_undo_and_redo_to_the_recorded_states(editor):
    """A replay oracle: the model after any undo/redo equals the snapshot recorded at that stack index."""
    rng = random.Random(20261123)
    stack = editor.document.undo_stack
    snapshots = [snapshot(editor)]
    m = editor.map

    def random_edit() -> None:
        cards, stages, lanes = m.cards, m.stages, m.lanes
        choice = rng.randrange(10)
        if choice == 0 or not cards:
            editor.add_card(rng.choice(stages).id, rng.choice(lanes).id, f"Carte {rng.randrange(1000)} é")
        elif choice == 1:
            editor.remove_cards([rng.choice(cards).id])
        elif choice in (2, 3):
            editor.move_cards([rng.choice(cards).id], rng.choice(stages).id, rng.choice(lanes).id, rng.randrange(4))
        elif choice == 4:
            editor.set_card(rng.choice(cards).id, {"title": f"T{rng.randrange(99)}", "critical": rng.random() < 0.5})
        elif choice == 5 and len(stages) < 8:
            editor.add_stage(rng.randrange(len(stages) + 1), f"É{rng.randrange(9)}")
        elif choice == 6 and len(stages) > 2:
            editor.remove_stage(rng.choice(stages).id)
        elif choice == 7:
            editor.move_stage(rng.choice(stages).id, rng.randrange(len(stages)))
        elif choice == 8 and len(cards) > 1:
            a, b = rng.sample(cards, 2)
            editor.add_connector(a.id, b.id, rng.choice(list(ConnectorKind)))
        elif m.emotion_points:
            editor.set_emotion_point(rng.choice(m.emotion_points).id, {"score": float(rng.randint(-2, 2))})

    for _ in range(2500):
        action = rng.random()
        if action < 0.2 and stack.canUndo():
            stack.undo()
            assert snapshot(editor) == snapshots[stack.index()]
        elif action < 0.3 and stack.canRedo():
            stack.redo()
            assert snapshot(editor) == snapshots[stack.index()]
        else:
            before, count = stack.index(), stack.count()
            random_edit()
            if stack.index() != before or stack.count() != count:
                assert stack.index() == before + 1, "one edit, one undo entry"
                del snapshots[before + 1:]
                snapshots.append(snapshot(editor))
                assert len(snapshots) == stack.count() + 1
            else:
                assert snapshot(editor) == snapshots[stack.index()], "an edit that pushed nothing changed nothing"
    while stack.canUndo():
        stack.undo()
    assert snapshot(editor) == snapshots[0]


def test_card_emotions_and_scale_changes_respect_the_scores_on_the_map(editor):
    m = editor.map
    with pytest.raises(InvalidEdit, match="between -2 and 2"):
        editor.set_card(m.cards[0].id, {"emotion": 5})
    with pytest.raises(InvalidEdit, match="outside 0…2"):
        editor.set_map({"emotion_scale": {"minimum": 0, "maximum": 2}})
    editor.set_map({"emotion_scale": {"minimum": -3, "maximum": 3}})
    assert (m.emotion_scale.minimum, m.emotion_scale.maximum) == (-3, 3)
