"""Before and after: both maps' emotion curves overlaid stage by stage, and the list of differences.

The chart's geometry is computed once by :func:`chart_geometry` from the comparison
(``analysis.compare``) with the layout's own functions (score → y, smooth segments, wrapped
text), and drawn by one scene item, on screen and in the PNG from :func:`export_comparison_png`.
The chart speaks the map's language (it is content); the panel around it, the interface's.
"""

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
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

from ..analysis.compare import CardChange, FieldChange, MapDiff, diff_maps
from ..analysis.curves import mood
from ..canvas.painting import cubic_path, draw_face, draw_text_block, qcolor
from ..canvas.qt_fonts import register_fonts
from ..editor import InvalidEdit, MapEditor
from ..io.atomic import atomic_write
from ..layout import DEFAULT_METRICS, Align, CubicSegment, LayoutMetrics, Point, Rect, TextBlock
from ..layout.blocks import text_block
from ..layout.curves import score_to_y, smooth_segments
from ..layout.labels import channel_label, word
from ..layout.text import text_width
from ..model import Card, Channel, JourneyMap, MapState, Workspace
from ..theme import Theme, load_theme
from .inspector.choices import channel_names


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareView", text)


# -- geometry (no Qt) ------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartCurve:
    label: TextBlock
    """The legend entry."""
    points: tuple[Point, ...]
    moods: tuple[float, ...]
    segments: tuple[CubicSegment, ...]
    future: bool


@dataclass(frozen=True)
class ComparisonChart:
    bounds: Rect
    area: Rect
    """Where the curves run; the scale's best at the top, its worst at the bottom."""
    zero_y: float
    columns: tuple[Rect, ...]
    stage_names: tuple[TextBlock, ...]
    curves: tuple[ChartCurve, ChartCurve]
    """Today's curve first, then the future one (drawn on top)."""


CHART_WIDTH = 720.0
MIN_CHART_WIDTH = 320.0
AREA_HEIGHT = 150.0
MARGIN = 12.0
LEGEND_HEIGHT = 26.0
NAME_LINES = 2
POINT_RADIUS = 8.0


def chart_geometry(diff: MapDiff, current: JourneyMap, future: JourneyMap, language: str,
                   width: float = CHART_WIDTH, m: LayoutMetrics = DEFAULT_METRICS) -> ComparisonChart:
    """Where everything of the comparison chart sits: one column per compared stage.

    Scores become moods (−1 … +1) so two maps on different scales still share an axis.
    A stage's points spread across its column in drawing order, as on the map.
    """
    columns_count = max(len(diff.stages), 1)
    column_width = (width - 2 * MARGIN) / columns_count
    area = Rect(MARGIN, MARGIN + LEGEND_HEIGHT, width - 2 * MARGIN, AREA_HEIGHT)
    curve_metrics = _with_radius(m, POINT_RADIUS)
    zero_y = score_to_y(0.0, area, -1.0, 1.0, curve_metrics)
    columns, names = [], []
    for index, row in enumerate(diff.stages):
        rect = Rect(MARGIN + index * column_width, area.y, column_width, area.height)
        columns.append(rect)
        names.append(text_block(row.name, m.stage_goal, rect.x + 4, area.bottom + 6, column_width - 8, NAME_LINES,
                                Align.CENTER))
    curves = []
    legend_x = MARGIN + 26
    for future_side, journey_map in ((False, current), (True, future)):
        points, moods = [], []
        for rect, row in zip(columns, diff.stages):
            scores = row.future if future_side else row.current
            for k, score in enumerate(scores):
                value = mood(journey_map, score)
                moods.append(value)
                points.append(Point(rect.x + rect.width * (k + 1) / (len(scores) + 1),
                                    score_to_y(value, area, -1.0, 1.0, curve_metrics)))
        state = word("future" if future_side else "current", language)
        label_width = text_width(state, m.point_label) + 4
        label = text_block(state, m.point_label, legend_x, MARGIN + 4, label_width, 1, slack=1.0)
        legend_x += label_width + 44
        curves.append(ChartCurve(label, tuple(points), tuple(moods), smooth_segments(points), future_side))
    bottom = area.bottom + 6 + NAME_LINES * m.stage_goal.line_height + MARGIN
    return ComparisonChart(Rect(0, 0, width, bottom), area, zero_y, tuple(columns), tuple(names),
                           (curves[0], curves[1]))


def _with_radius(m: LayoutMetrics, radius: float) -> LayoutMetrics:
    return replace(m, emotion_point_radius=radius)


# -- drawing ---------------------------------------------------------------------------------


class ComparisonChartItem(QGraphicsItem):
    """The whole chart as one item: zones, stage columns, both curves, faces on the future one."""

    def __init__(self, chart: ComparisonChart, theme: Theme):
        super().__init__()
        self._chart = chart
        self._theme = theme
        b = chart.bounds
        self._bounds = QRectF(b.x, b.y, b.width, b.height)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_chart(painter, self._chart, self._theme)


def curve_colours(theme: Theme) -> tuple[str, str]:
    """Today in the muted text colour, the future in the first curve colour."""
    return theme.muted_text, theme.curve[0]


def paint_chart(painter: QPainter, chart: ComparisonChart, theme: Theme) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    area = chart.area
    top = QRectF(area.x, area.y, area.width, chart.zero_y - area.y)
    bottom = QRectF(area.x, chart.zero_y, area.width, area.bottom - chart.zero_y)
    painter.fillRect(top, qcolor(theme.positive_zone))
    painter.fillRect(bottom, qcolor(theme.negative_zone))
    painter.setPen(QPen(qcolor(theme.grid_line), 1))
    for rect in chart.columns[1:]:
        painter.drawLine(QPointF(rect.x, area.y), QPointF(rect.x, area.bottom))
    zero = QPen(qcolor(theme.zero_line), 1, Qt.PenStyle.DashLine)
    painter.setPen(zero)
    painter.drawLine(QPointF(area.x, chart.zero_y), QPointF(area.right, chart.zero_y))
    for name in chart.stage_names:
        draw_text_block(painter, name, theme.header_text)
    colours = curve_colours(theme)
    for curve in chart.curves:
        colour = colours[1] if curve.future else colours[0]
        pen = QPen(qcolor(colour), 3 if curve.future else 2, Qt.PenStyle.SolidLine if curve.future
                   else Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawPath(cubic_path(curve.segments))
        for point, value in zip(curve.points, curve.moods):
            if curve.future:
                draw_face(painter, QPointF(point.x, point.y), POINT_RADIUS, value, theme)
            else:
                painter.setPen(QPen(qcolor(colour), 2))
                painter.setBrush(qcolor(theme.background))
                painter.drawEllipse(QPointF(point.x, point.y), 4, 4)
        sample_y = curve.label.rect.y + curve.label.rect.height / 2
        painter.setPen(pen)
        painter.drawLine(QPointF(curve.label.rect.x - 26, sample_y), QPointF(curve.label.rect.x - 6, sample_y))
        draw_text_block(painter, curve.label, theme.header_text)


def chart_scene(chart: ComparisonChart, theme: Theme) -> QGraphicsScene:
    register_fonts()
    scene = QGraphicsScene()
    scene.setBackgroundBrush(qcolor(theme.background))
    scene.addItem(ComparisonChartItem(chart, theme))
    scene.setSceneRect(QRectF(chart.bounds.x, chart.bounds.y, chart.bounds.width, chart.bounds.height))
    return scene


# -- the differences, in words ---------------------------------------------------------------

_EXPORT_WORDS = {
    "fr": {"added": "Ajoutées", "removed": "Retirées", "changed": "Modifiées", "title": "titre", "body": "texte",
           "stage": "étape", "lane": "couloir", "channel": "canal", "online": "en ligne", "owner": "responsable",
           "emotion": "émotion", "critical": "moment de vérité", "tags": "étiquettes", "colour": "couleur",
           "yes": "oui", "no": "non", "none": "—", "same": "Aucune différence entre les deux cartes."},
    "en": {"added": "Added", "removed": "Removed", "changed": "Changed", "title": "title", "body": "text",
           "stage": "stage", "lane": "lane", "channel": "channel", "online": "online", "owner": "owner",
           "emotion": "emotion", "critical": "moment of truth", "tags": "tags", "colour": "colour",
           "yes": "yes", "no": "no", "none": "—", "same": "No difference between the two maps."},
}
"""Words of the exported picture, in the map's language (the panel uses the interface's)."""


def field_names() -> dict[str, str]:
    return {
        "title": tr("Title"), "body": tr("Text"), "stage": tr("Stage"), "lane": tr("Lane"), "channel": tr("Channel"),
        "online": tr("Online"), "owner": tr("Owner"), "emotion": tr("Emotion"), "critical": tr("Moment of truth"),
        "tags": tr("Tags"), "colour": tr("Colour"),
    }


def _value_text(change: FieldChange, yes: str, no: str, none: str, channel_name) -> str:
    def one(value: object) -> str:
        if value is None or value == "" or value == []:
            return none
        if isinstance(value, bool):
            return yes if value else no
        if change.name == "channel":
            return channel_name(Channel(value))
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, float):
            return f"{value:g}"
        return str(value)

    return f"{one(change.before)} → {one(change.after)}"


def difference_lines(diff: MapDiff, current: JourneyMap, future: JourneyMap, language: str) -> list[tuple[int, str]]:
    """(indent, text) lines describing ``diff`` in ``language``: what the exported picture lists."""
    w = _EXPORT_WORDS["fr" if language.lower().startswith("fr") else "en"]
    lines: list[tuple[int, str]] = []

    def stage_of(journey_map: JourneyMap, card: Card) -> str:
        stage = journey_map.stage(card.stage_id)
        return stage.name if stage else ""

    for key, cards, journey_map in (("added", diff.added, future), ("removed", diff.removed, current)):
        if cards:
            lines.append((0, f"{w[key]} ({len(cards)})"))
            lines.extend((1, f"{card.title} · {stage_of(journey_map, card)}") for card in cards)
    if diff.changed:
        lines.append((0, f"{w['changed']} ({len(diff.changed)})"))
        for change in diff.changed:
            lines.append((1, f"{change.after.title} · {stage_of(future, change.after)}"))
            for field in change.fields:
                text = _value_text(field, w["yes"], w["no"], w["none"], lambda c: channel_label(c, language))
                lines.append((2, f"{w[field.name]} : {text}" if w is _EXPORT_WORDS["fr"] else f"{w[field.name]}: {text}"))
    if not lines:
        lines.append((0, w["same"]))
    return lines


def export_comparison_png(workspace: Workspace, current: JourneyMap, future: JourneyMap, path: Path | str,
                          width: int = 1200, theme: Theme | None = None) -> None:
    """Write the comparison (chart, then the differences) as a PNG ``width`` pixels wide, atomically."""
    theme = theme or load_theme("light")
    language = workspace.metadata.language
    diff = diff_maps(current, future)
    chart = chart_geometry(diff, current, future, language)
    m = DEFAULT_METRICS
    scale = width / chart.bounds.width
    text_width = chart.bounds.width - 2 * MARGIN
    title = text_block(f"{current.title}  →  {future.title}", m.stage_name, MARGIN, MARGIN, text_width, 2)
    offset = title.rect.bottom
    blocks, y = [], offset + chart.bounds.bottom
    for indent, line in difference_lines(diff, current, future, language):
        style = m.card_title if indent == 0 else m.card_body
        block = text_block(line, style, MARGIN + indent * 18, y + (6 if indent == 0 else 0), text_width - indent * 18, 3)
        blocks.append(block)
        y = block.rect.bottom
    height = y + MARGIN
    image = QImage(width, round(height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        draw_text_block(painter, title, theme.header_text)
        painter.save()
        painter.translate(0, offset)
        paint_chart(painter, chart, theme)
        painter.restore()
        for block in blocks:
            draw_text_block(painter, block, theme.header_text)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    atomic_write(Path(path), bytes(data.data()))


# -- the panel -------------------------------------------------------------------------------


class _ChartView(QGraphicsView):
    """Tells when its width changes: the chart is laid out again at the new width."""

    widthChanged = Signal()

    def resizeEvent(self, event) -> None:
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

    def export_png(self, path: Path | str, width: int = 1200) -> bool:
        if self._pair is None:
            return False
        export_comparison_png(self.editor.workspace, *self._pair, path, width, self.theme)
        return True

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
        chart = chart_geometry(self._diff, *self._pair, self.editor.workspace.metadata.language, width)
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
            text = _value_text(field, tr("yes"), tr("no"), "—", lambda c: channels.get(c, c.value))
            child = QTreeWidgetItem(item, [tr("{field}: {change}").format(field=names[field.name], change=text)])
            child.setData(0, Qt.ItemDataRole.UserRole, (future.id, [change.after.id]))
            child.setToolTip(0, child.text(0))

    def _activate(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data:
            self.differenceActivated.emit(data[0], list(data[1]))
