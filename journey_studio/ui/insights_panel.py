"""Insights: where the strategist should look first, computed from the map (``analysis.insights``).

The messages are in the map's language, like everything the map says; the panel around
them speaks the interface's. Clicking an insight shows what it is about on the canvas.
"""

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..analysis.insights import Insight, InsightKind, Severity, compute_insights
from ..editor import MapEditor


def tr(text: str) -> str:
    return QCoreApplication.translate("InsightsPanel", text)


SEVERITY_COLOURS = {Severity.HIGH: "#C62828", Severity.MEDIUM: "#B26A00", Severity.LOW: "#57606A"}
"""Dots beside each insight; the severity is also said in words (tooltip, accessible text)."""
ROLE_INSIGHT = Qt.ItemDataRole.UserRole
FILTERS = {Severity.LOW: "All insights", Severity.MEDIUM: "High and medium", Severity.HIGH: "High only"}
"""The lowest severity shown → the filter's name (translated where it is shown)."""


class _RoomyRows(QStyledItemDelegate):
    """Wrapped rows with air above and below. The list's own spacing would narrow the text
    after its height was measured, cutting the last line of a long insight."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index) + QSize(0, self.PADDING)


def severity_names() -> dict[Severity, str]:
    return {Severity.HIGH: tr("High"), Severity.MEDIUM: tr("Medium"), Severity.LOW: tr("Information")}


def kind_names() -> dict[InsightKind, str]:
    return {
        InsightKind.MOMENT_OF_TRUTH: tr("Moment of truth"),
        InsightKind.NEGATIVE_STREAK: tr("Negative streak"),
        InsightKind.BIGGEST_FUNNEL_DROP: tr("Biggest funnel drop"),
        InsightKind.PAIN_WITHOUT_OPPORTUNITY: tr("Pain point without an opportunity"),
        InsightKind.STAGE_WITHOUT_TOUCHPOINTS: tr("Stage without touchpoints"),
        InsightKind.OPPORTUNITY_WITHOUT_OWNER: tr("Opportunity without an owner"),
        InsightKind.CHANNELS_PER_STAGE: tr("Channels of a stage"),
    }


def _dot(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class InsightsPanel(QWidget):
    """A dock-able panel; the window connects ``document.changed`` to :meth:`refresh`.

    ``cardsActivated`` carries the cards an insight is about when the user clicks it;
    an insight about stages only (a stage without touchpoints) sends ``stagesActivated``.
    """

    cardsActivated = Signal(list)
    stagesActivated = Signal(list)

    def __init__(self, editor: MapEditor, parent: QWidget | None = None, refresh: bool = True):
        """``refresh=False`` leaves the first build to the caller (a panel that starts hidden)."""
        super().__init__(parent)
        self.setObjectName("insights-panel")
        self.editor = editor
        self._insights: list[Insight] = []

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("insights-summary")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)

        self.filter_box = QComboBox(self)
        self.filter_box.setAccessibleName(tr("Insights shown"))
        for severity, label in FILTERS.items():
            self.filter_box.addItem(tr(label), severity.value)
        self.filter_box.currentIndexChanged.connect(lambda _index: self._fill())
        filter_label = QLabel(tr("Show"), self)
        filter_label.setBuddy(self.filter_box)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(filter_label)
        row.addWidget(self.filter_box, 1)

        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Insights"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setIconSize(QSize(12, 12))
        self.list.setItemDelegate(_RoomyRows(self.list))
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)

        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary_label)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        if refresh:
            self.refresh()

    # -- what the window calls ---------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the insights of the current map again."""
        workspace = self.editor.workspace
        journey_map = self.editor.document.current_map
        self._insights = (compute_insights(journey_map, workspace.metadata.language, workspace.personas)
                          if journey_map is not None else [])
        self._fill()

    def set_editor(self, editor: MapEditor, refresh: bool = True) -> None:
        """Follow another document; ``refresh=False`` leaves the rebuild to the caller (a hidden panel)."""
        self.editor = editor
        if refresh:
            self.refresh()

    def insights(self) -> list[Insight]:
        """Every insight of the map, shown or filtered out."""
        return list(self._insights)

    def shown_insights(self) -> list[Insight]:
        return [self.list.item(row).data(ROLE_INSIGHT) for row in range(self.list.count())]

    def activate_row(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            self.list.setCurrentItem(item)
            self._activate(item)

    # -- internals ---------------------------------------------------------------------------

    def _fill(self) -> None:
        lowest = Severity(self.filter_box.currentData())
        shown = [insight for insight in self._insights if insight.severity.rank <= lowest.rank]
        names, kinds = severity_names(), kind_names()
        current = self.list.currentRow()
        self.list.clear()
        for insight in shown:
            item = QListWidgetItem(_dot(SEVERITY_COLOURS[insight.severity]), insight.message, self.list)
            item.setData(ROLE_INSIGHT, insight)
            label = f"{names[insight.severity]} · {kinds[insight.kind]}"
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, label)
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)
        counts = {severity: sum(i.severity is severity for i in self._insights) for severity in Severity}
        if self.editor.document.current_map is None:
            self.summary_label.setText(tr("No map"))
        elif not self._insights:
            self.summary_label.setText(tr("No insights"))
        else:
            self.summary_label.setText(tr("{high} high, {medium} medium, {low} for information").format(
                high=counts[Severity.HIGH], medium=counts[Severity.MEDIUM], low=counts[Severity.LOW]))
        self.list.setVisible(bool(shown))
        self.empty_label.setVisible(not shown)
        self.empty_label.setText(
            tr("Nothing stands out at this level. Add emotions, stage figures, pain points and opportunities: "
               "the insights follow the map.") if self._insights or self.editor.document.current_map else "")

    def _activate(self, item: QListWidgetItem) -> None:
        insight: Insight = item.data(ROLE_INSIGHT)
        if insight.card_ids:
            self.cardsActivated.emit(list(insight.card_ids))
        elif insight.stage_ids:
            self.stagesActivated.emit(list(insight.stage_ids))
