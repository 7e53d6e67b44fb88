"""Before and after: the panel showing a map beside its counterpart (today and the future state).

Both emotion curves overlaid stage by stage (laid out by ``layout.comparison_chart``, drawn by
``painter.comparison_chart``, the same drawing as ``export.comparison_png``), then the list of
differences, in the interface's language; the chart speaks the map's (it is content).
"""

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyleOptionGraphicsItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..analysis.compare import CardChange, MapDiff, diff_maps, stage_moods
from ..analysis.compare_words import value_text
from ..canvas.qt_surface import QtSurface, qcolor, qrect
from ..editor import InvalidEdit, MapEditor
from ..layout.comparison_chart import MIN_CHART_WIDTH, ComparisonChart, chart_geometry
from ..model import Card, Channel, JourneyMap, MapState
from ..painter.comparison_chart import paint_comparison_chart
from ..theme import Theme, load_theme
from .inspector.choices import channel_names


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareView", text)


def field_names() -> dict[str, str]:
    return {
        "title": tr("Title"), "body": tr("Text"), "stage": tr("Stage"), "lane": tr("Lane"), "channel": tr("Channel"),
        "online": tr("Online"), "owner": tr("Owner"), "emotion": tr("Emotion"), "critical": tr("Moment of truth"),
        "tags": tr("Tags"), "colour": tr("Colour"),
    }


class ComparisonChartItem(QGraphicsItem):
    """The whole chart as one item, drawn by the painter."""

    def __init__(self, chart: ComparisonChart, theme: Theme):
        super().__init__()
        self._chart = chart
        self._theme = theme
        self._bounds = qrect(chart.bounds)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_comparison_chart(QtSurface(painter), self._chart, self._theme)


# -- the panel -------------------------------------------------------------------------------


class _ChartView(QGraphicsView):
    """Tells when its width changes: the chart is laid out again at the new width."""

    widthChanged = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.widthChanged.emit()


class CompareView(QWidget):
    """The current map beside its counterpart (today and the future state), whichever is shown.

    The window connects ``document.changed`` and ``currentMapChanged`` to :meth:`refresh`.
    ``differenceActivated(map_id, card_ids)`` carries the cards of a clicked difference and the
    map they are on; ``futureStateCreated(map_id)`` follows "Create Future State".
    """

    differenceActivated = Signal(str, list)
    futureStateCreated = Signal(str)

    def __init__(self, editor: MapEditor, parent: QWidget | None = None, refresh: bool = True):
        """``refresh=False`` leaves the first build to the caller (a panel that starts hidden)."""
        super().__init__(parent)
        self.setObjectName("compare-view")
        self.editor = editor
        self.theme = load_theme("light")
        self._pair: tuple[JourneyMap, JourneyMap] | None = None
        self._diff: MapDiff | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("compare-heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.scene = QGraphicsScene(self)
        self.chart_view = _ChartView(self.scene, self)
        self.chart_view.widthChanged.connect(self._draw_chart)
        self.chart_view.setAccessibleName(tr("Emotion curves, today and in the future"))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_view.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.chart_view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Differences"))
        self.tree.setHeaderHidden(True)
        self.tree.itemClicked.connect(lambda item, _column: self._activate(item))
        self.tree.itemActivated.connect(lambda item, _column: self._activate(item))

        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.create_button = QPushButton(tr("Create Future State"), self)
        self.create_button.setToolTip(tr("Copy this map as its future state, to redraw what should change"))
        self.create_button.clicked.connect(self.create_future_state)
        create_row = QHBoxLayout()
        create_row.setContentsMargins(0, 0, 0, 0)
        create_row.addWidget(self.create_button)
        create_row.addStretch(1)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.chart_view)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(create_row)
        layout.addWidget(self.error_label)
        if refresh:
            self.refresh()

    # -- what the window calls ---------------------------------------------------------------

    def refresh(self) -> None:
        self._pair = self._maps()
        self.tree.clear()
        compared = self._pair is not None
        for widget in (self.chart_view, self.summary_label, self.tree):
            widget.setVisible(compared)
        self.empty_label.setVisible(not compared)
        journey_map = self.editor.document.current_map
        self.create_button.setVisible(not compared and journey_map is not None
                                      and journey_map.state is MapState.CURRENT)
        if self._pair is None:
            self._diff = None
            self.scene.clear()
            self.heading.setText(journey_map.title if journey_map else tr("No map"))
            self.empty_label.setText(tr("This map has no counterpart to compare with. Create its future state "
                                        "to redraw the journey as it should become, then compare the two.")
                                     if journey_map is not None else "")
            return
        current, future = self._pair
        self._diff = diff = diff_maps(current, future)
        self._draw_chart()
        self.heading.setText(tr("Today: {current}\nFuture: {future}").format(current=current.title,
                                                                             future=future.title))
        self.summary_label.setText(tr("{added} added, {removed} removed, {changed} changed, {same} unchanged").format(
            added=len(diff.added), removed=len(diff.removed), changed=len(diff.changed), same=len(diff.unchanged)))
        self._fill_tree(diff, current, future)

    def set_editor(self, editor: MapEditor, refresh: bool = True) -> None:
        """Follow another document; ``refresh=False`` leaves the rebuild to the caller (a hidden panel)."""
        self.editor = editor
        self.error_label.hide()
        if refresh:
            self.refresh()

    def diff(self) -> MapDiff | None:
        return self._diff

    def compared_maps(self) -> tuple[JourneyMap, JourneyMap] | None:
        """(today's map, the future one), or None when the current map has no counterpart."""
        return self._pair

    def create_future_state(self) -> str | None:
        journey_map = self.editor.document.current_map
        if journey_map is None:
            return None
        try:
            map_id = self.editor.create_future_state(journey_map.id)
        except InvalidEdit as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return None
        self.error_label.hide()
        self.refresh()
        self.futureStateCreated.emit(map_id)
        return map_id

    # -- internals ---------------------------------------------------------------------------

    def _maps(self) -> tuple[JourneyMap, JourneyMap] | None:
        journey_map = self.editor.document.current_map
        if journey_map is None or journey_map.counterpart_id is None:
            return None
        other = next((m for m in self.editor.workspace.maps if m.id == journey_map.counterpart_id), None)
        if other is None:
            return None
        return (other, journey_map) if journey_map.state is MapState.FUTURE else (journey_map, other)

    def _draw_chart(self) -> None:
        """Lay the chart out at the view's width: text keeps its size, the columns share the room."""
        self.scene.clear()
        if self._pair is None or self._diff is None:
            return
        width = max(float(self.chart_view.viewport().width()), MIN_CHART_WIDTH)
        moods = stage_moods(self._diff, *self._pair)
        chart = chart_geometry(moods, self.editor.workspace.metadata.language, width)
        self.scene.addItem(ComparisonChartItem(chart, self.theme))
        self.scene.setSceneRect(QRectF(0, 0, chart.bounds.width, chart.bounds.height))
        self.scene.setBackgroundBrush(qcolor(self.theme.background))
        self.chart_view.setFixedHeight(round(chart.bounds.height) + 2)

    def _fill_tree(self, diff: MapDiff, current: JourneyMap, future: JourneyMap) -> None:
        names = field_names()
        channels = channel_names()
        bold = QFont(self.tree.font())
        bold.setBold(True)

        def group(title: str, count: int) -> QTreeWidgetItem:
            item = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
            item.setFont(0, bold)
            item.setExpanded(True)
            return item

        def card_row(parent: QTreeWidgetItem, card: Card, journey_map: JourneyMap) -> QTreeWidgetItem:
            stage = journey_map.stage(card.stage_id)
            item = QTreeWidgetItem(parent, [f"{card.title} · {stage.name if stage else ''}"])
            item.setData(0, Qt.ItemDataRole.UserRole, (journey_map.id, [card.id]))
            item.setToolTip(0, card.body or card.title)
            return item

        if diff.added:
            parent = group(tr("Added"), len(diff.added))
            for card in diff.added:
                card_row(parent, card, future)
        if diff.removed:
            parent = group(tr("Removed"), len(diff.removed))
            for card in diff.removed:
                card_row(parent, card, current)
        if diff.changed:
            parent = group(tr("Changed"), len(diff.changed))
            for change in diff.changed:
                self._change_row(parent, change, future, names, channels)
        if not diff.added and not diff.removed and not diff.changed:
            QTreeWidgetItem(self.tree, [tr("No difference: the future state is still a copy of today's map.")])
        self.tree.expandAll()

    def _change_row(self, parent: QTreeWidgetItem, change: CardChange, future: JourneyMap,
                    names: dict[str, str], channels: dict[Channel, str]) -> None:
        stage = future.stage(change.after.stage_id)
        item = QTreeWidgetItem(parent, [f"{change.after.title} · {stage.name if stage else ''}"])
        item.setData(0, Qt.ItemDataRole.UserRole, (future.id, [change.after.id]))
        for field in change.fields:
            text = value_text(field, tr("yes"), tr("no"), "—", lambda c: channels.get(c, c.value))
            child = QTreeWidgetItem(item, [tr("{field}: {change}").format(field=names[field.name], change=text)])
            child.setData(0, Qt.ItemDataRole.UserRole, (future.id, [change.after.id]))
            child.setToolTip(0, child.text(0))

    def _activate(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data:
            self.differenceActivated.emit(data[0], list(data[1]))
