"""The evidence review panel, driven as a user would: what it lists, marking checks, and what it shows on the canvas."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from journey_studio.analysis.review import ItemKind, ReviewReason, evidence_coverage, review_by_stage, review_items
from journey_studio.document import Document
from journey_studio.editor import MapEditor
from journey_studio.model import EvidenceSource
from journey_studio.templates import load_template
from journey_studio.ui.review_panel import ROLE_ITEM, ReviewPanel

TODAY = date(2026, 11, 23)


@pytest.fixture
def panel(qtbot, document, editor):
    panel = ReviewPanel(editor)
    panel.today = lambda: TODAY
    panel.age_box.setValue(90)
    panel.refresh()
    document.changed.connect(panel.refresh)
    panel.resize(380, 800)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def rows(panel: ReviewPanel) -> list[QTreeWidgetItem]:
    tree = panel.tree
    found = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        found.append(top)
        found.extend(top.child(j) for j in range(top.childCount()))
    return found


def row_of(panel: ReviewPanel, item_id: str) -> QTreeWidgetItem:
    for row in rows(panel):
        data = row.data(0, ROLE_ITEM)
        if (data[1] if isinstance(data, tuple) else data.item_id) == item_id:
            return row
    raise LookupError(item_id)


def click(qtbot, panel: ReviewPanel, row: QTreeWidgetItem, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    panel.tree.scrollToItem(row)
    centre = panel.tree.visualItemRect(row).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, modifier, centre)


def test_items_to_review_are_listed_by_stage(panel, document):
    groups = review_by_stage(document.current_map, TODAY, 90)
    tops = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    assert [top.text(0) for top in tops] == [f"{g.stage_name} ({len(g.items)})" for g in groups]
    assert [e.item_id for e in panel.listed_items()] == [e.item_id for e in review_items(document.current_map, TODAY)]
    assumed = row_of(panel, "card-irritant-attente-vendeur")
    assert assumed.text(1) == "Assumption"
    stale = row_of(panel, "card-demander-amis")  # interviews of 18 March 2026
    assert stale.text(1) == f"{(TODAY - date(2026, 3, 18)).days} days ago"
    assert row_of(panel, "emo-jargon").text(0) == "Emotion: Perdue"
    coverage = evidence_coverage(document.current_map, TODAY, 90)
    assert f"{round(coverage.share * 100)} %" in panel.coverage_label.text()
    assert f"{coverage.backed} of {coverage.total} cards" in panel.coverage_label.text()


def test_marking_a_selection_verified_is_one_undo_entry(qtbot, panel, document):
    first, second = row_of(panel, "card-demander-amis"), row_of(panel, "card-renseigner-magasin")
    click(qtbot, panel, first)
    click(qtbot, panel, second, Qt.KeyboardModifier.ControlModifier)
    assert {e.item_id for e in panel.selected_items()} == {"card-demander-amis", "card-renseigner-magasin"}
    assert panel.verify_button.isEnabled()
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    m = document.current_map
    for card_id in ("card-demander-amis", "card-renseigner-magasin"):
        assert m.card(card_id).evidence.last_verified == TODAY
        assert m.card(card_id).evidence.source is EvidenceSource.INTERVIEW
        assert card_id not in {e.item_id for e in panel.listed_items()}
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert {"card-demander-amis", "card-renseigner-magasin"} <= {e.item_id for e in panel.listed_items()}


def test_an_assumption_needs_the_source_that_confirms_it(qtbot, panel, document):
    click(qtbot, panel, row_of(panel, "card-irritant-attente-vendeur"))
    assert not panel.verify_button.isEnabled()
    assert "assumptions" in panel.hint_label.text()
    panel.source_box.setCurrentIndex(panel.source_box.findData(EvidenceSource.SURVEY.value))
    assert panel.verify_button.isEnabled()
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    evidence = document.current_map.card("card-irritant-attente-vendeur").evidence
    assert (evidence.source, evidence.last_verified) == (EvidenceSource.SURVEY, TODAY)
    assert "card-irritant-attente-vendeur" not in {e.item_id for e in panel.listed_items()}


def test_a_stage_row_stands_for_its_items_and_points_are_marked_too(qtbot, panel, document):
    top = panel.tree.topLevelItem(0)
    click(qtbot, panel, top)
    stage_id = top.data(0, ROLE_ITEM)[1]
    expected = [e for e in review_items(document.current_map, TODAY) if e.stage_id == stage_id]
    assert sorted(e.item_id for e in panel.selected_items()) == sorted(e.item_id for e in expected)
    assert all(e.reason is not ReviewReason.ASSUMPTION for e in expected)
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    points = [e.item_id for e in expected if e.kind is ItemKind.EMOTION_POINT]
    assert points and all(p.evidence.last_verified == TODAY for p in document.current_map.emotion_points
                          if p.id in points)
    assert document.undo_stack.count() == 1
    assert stage_id not in {panel.tree.topLevelItem(i).data(0, ROLE_ITEM)[1]
                            for i in range(panel.tree.topLevelItemCount())}


def test_clicking_a_row_shows_its_cards(qtbot, panel):
    with qtbot.waitSignal(panel.cardsActivated) as signal:
        click(qtbot, panel, row_of(panel, "card-irritant-attente-vendeur"))
    assert signal.args == [["card-irritant-attente-vendeur"]]
    with qtbot.assertNotEmitted(panel.cardsActivated):  # an emotion point that sits on no card
        click(qtbot, panel, row_of(panel, "emo-jargon"))


def test_the_allowed_age_changes_what_is_listed(panel, document):
    panel.age_box.setValue(10_000)
    assert {e.reason for e in panel.listed_items()} == {ReviewReason.ASSUMPTION}
    panel.age_box.setValue(30)
    assert len(panel.listed_items()) == len(review_items(document.current_map, TODAY, 30))


def test_an_empty_map_has_nothing_to_review(qtbot):
    blank = ReviewPanel(MapEditor(Document(load_template("blank", "en"))))
    qtbot.addWidget(blank)
    blank.show()
    assert blank.empty_label.isVisible() and not blank.tree.isVisible()
    assert blank.coverage_label.text() == "This map has no cards yet."
    assert not blank.verify_button.isEnabled()
