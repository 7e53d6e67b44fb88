"""The insights panel: the map's insights in its language, a severity filter, and clicks that show what they
are about."""

from itertools import pairwise

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDockWidget, QStyle, QStyleOptionViewItem

from journey_studio.analysis.insights import InsightKind, Severity, compute_insights
from journey_studio.document import Document
from journey_studio.editor import MapEditor
from journey_studio.model import LaneKind
from journey_studio.templates import load_template
from journey_studio.ui.insights_panel import InsightsPanel


def make_panel(qtbot, template: str, language: str = "fr"):
    document = Document(load_template(template, language))
    editor = MapEditor(document)
    panel = InsightsPanel(editor)
    document.changed.connect(panel.refresh)
    panel.resize(360, 700)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, document, editor


def click_row(qtbot, panel: InsightsPanel, row: int) -> None:
    item = panel.list.item(row)
    panel.list.scrollToItem(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())


def row_of(panel: InsightsPanel, kind: InsightKind) -> int:
    return next(row for row, insight in enumerate(panel.shown_insights()) if insight.kind is kind)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_maps_insights_in_its_language(qtbot, language):
    panel, document, _ = make_panel(qtbot, "onboarding", language)
    workspace = document.workspace
    expected = compute_insights(document.current_map, language, workspace.personas)
    assert panel.shown_insights() == expected
    assert [panel.list.item(row).text() for row in range(panel.list.count())] == [i.message for i in expected]
    assert panel.list.item(0).text().startswith("Moment de vérité" if language == "fr" else "Moment of truth")
    high = sum(i.severity is Severity.HIGH for i in expected)
    assert panel.summary_label.text().startswith(f"{high} high")
    assert panel.list.item(0).toolTip() == "High · Moment of truth"


def test_the_filter_hides_the_less_severe(qtbot):
    panel, _, _ = make_panel(qtbot, "onboarding")
    everything = panel.insights()
    panel.filter_box.setCurrentIndex(panel.filter_box.findData(Severity.HIGH.value))
    assert panel.shown_insights() == [i for i in everything if i.severity is Severity.HIGH]
    panel.filter_box.setCurrentIndex(panel.filter_box.findData(Severity.MEDIUM.value))
    assert {i.severity for i in panel.shown_insights()} == {Severity.HIGH, Severity.MEDIUM}
    assert panel.insights() == everything


def test_clicking_an_insight_shows_its_cards(qtbot):
    panel, _, _ = make_panel(qtbot, "onboarding")
    row = row_of(panel, InsightKind.PAIN_WITHOUT_OPPORTUNITY)
    with qtbot.waitSignal(panel.cardsActivated) as signal:
        click_row(qtbot, panel, row)
    assert signal.args == [["card-irr-plafonds"]]


def test_an_insight_about_stages_only_shows_the_stages(qtbot):
    panel, document, editor = make_panel(qtbot, "onboarding")
    touchpoints = next(lane for lane in document.current_map.lanes if lane.kind is LaneKind.TOUCHPOINTS)
    last = document.current_map.stages[-1].id
    editor.remove_cards(
        [c.id for c in document.current_map.cards if c.stage_id == last and c.lane_id == touchpoints.id]
    )
    row = row_of(panel, InsightKind.STAGE_WITHOUT_TOUCHPOINTS)
    with qtbot.waitSignal(panel.stagesActivated) as signal, qtbot.assertNotEmitted(panel.cardsActivated):
        click_row(qtbot, panel, row)
    assert signal.args == [[last]]


def test_insights_follow_edits(qtbot):
    panel, document, editor = make_panel(qtbot, "onboarding")
    kinds = lambda: [i.kind for i in panel.insights()]  # noqa: E731
    assert InsightKind.PAIN_WITHOUT_OPPORTUNITY in kinds()
    opportunities = next(lane for lane in document.current_map.lanes if lane.kind is LaneKind.OPPORTUNITIES)
    editor.add_card(document.current_map.stages[-1].id, opportunities.id, "Plafonds ajustables", owner="Risques")
    assert InsightKind.PAIN_WITHOUT_OPPORTUNITY not in kinds()
    document.undo_stack.undo()
    assert InsightKind.PAIN_WITHOUT_OPPORTUNITY in kinds()


def test_a_blank_map_has_no_insights(qtbot):
    panel, _, _ = make_panel(qtbot, "blank", "en")
    assert panel.insights() == [] and panel.summary_label.text() == "No insights"
    assert panel.empty_label.isVisible() and not panel.list.isVisible()



def test_every_insight_is_shown_whole(sample_window, qtbot):
    """In the window's dock, as a user first opens it: each row is as tall as its wrapped text and
    the rows follow each other evenly (Qt's own list spacing once cut the last line of a long one)."""
    dock = sample_window.findChild(QDockWidget, "insightsDock")
    dock.show()
    dock.raise_()
    view = sample_window.insights_panel.list
    qtbot.waitUntil(lambda: view.count() >= 3)
    qtbot.wait(50)
    style, metrics = view.style(), view.fontMetrics()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    rects = []
    for row in range(view.count()):
        index = view.model().index(row, 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        view.itemDelegate().initStyleOption(option, index)
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        needed = metrics.boundingRect(QRect(0, 0, text.width() - 2 * margin, 10_000), Qt.TextFlag.TextWordWrap,
                                      option.text)
        assert needed.height() <= text.height(), f"row {row}: {option.text!r}"
        rects.append(QRect(option.rect))
    gaps = {lower.top() - upper.bottom() for upper, lower in pairwise(rects)}
    assert len(gaps) == 1, f"rows drawn where the list did not lay them out: gaps {sorted(gaps)}"
