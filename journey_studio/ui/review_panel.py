"""Evidence review: the cards and emotion points that are only assumed or not checked lately.

A map is a living document: this panel lists, stage by stage, what needs checking again
(see ``analysis.review`` for the definitions) and records a check in one undo entry.
An assumption is only marked verified with the source that confirms it.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..analysis.review import (
    DEFAULT_MAX_AGE_DAYS,
    ItemKind,
    ReviewItem,
    ReviewReason,
    evidence_coverage,
    review_by_stage,
)
from ..editor import InvalidEdit, MapEditor
from ..model import EvidenceSource
from ..translatable import TranslatableText
from .inspector.choices import evidence_names
from .inspector.widgets import ErrorLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPanel", text)


SETTINGS_KEY = "review/maxAgeDays"
ROLE_ITEM = Qt.ItemDataRole.UserRole
KEEP_SOURCE = ""


class ReviewPanel(QWidget):
    """A dock-able panel; the window connects ``document.changed`` to :meth:`refresh`.

    ``cardsActivated`` carries the cards of the rows the user clicks (an emotion point brings
    the card it sits on), for the canvas to select.
    """

    cardsActivated = Signal(list)

    def __init__(self, editor: MapEditor, parent: QWidget | None = None, refresh: bool = True):
        """``refresh=False`` leaves the first build to the caller (a panel that starts hidden)."""
        super().__init__(parent)
        self.setObjectName("review-panel")
        self.editor = editor
        self.today: Callable[[], date] = date.today
        """The review date; tests set a fixed one."""

        self.coverage_label = QLabel(self)
        self.coverage_label.setObjectName("review-coverage")
        self.coverage_label.setWordWrap(True)
        font = self.coverage_label.font()
        font.setBold(True)
        self.coverage_label.setFont(font)

        self.age_box = QSpinBox(self)
        self.age_box.setRange(1, 3650)
        self.age_box.setSuffix(tr(" days"))
        self.age_box.setAccessibleName(tr("Maximum age of evidence"))
        self.age_box.setToolTip(tr("Evidence checked longer ago than this needs checking again"))
        saved = QSettings().value(SETTINGS_KEY, DEFAULT_MAX_AGE_DAYS)
        self.age_box.setValue(int(saved) if str(saved).isdigit() else DEFAULT_MAX_AGE_DAYS)
        self.age_box.valueChanged.connect(self._age_changed)
        age_label = QLabel(tr("Check again after"), self)
        age_label.setBuddy(self.age_box)
        age_row = QHBoxLayout()
        age_row.setContentsMargins(0, 0, 0, 0)
        age_row.addWidget(age_label)
        age_row.addWidget(self.age_box)
        age_row.addStretch(1)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Evidence to review"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Item"), tr("Why")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemClicked.connect(lambda _item, _column: self._activate())
        self.tree.itemActivated.connect(lambda _item, _column: self._activate())

        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.source_box = QComboBox(self)
        self.source_box.setAccessibleName(tr("Confirmed by"))
        self.source_box.setToolTip(tr("The research that confirms the selected items; an assumption needs one"))
        self._name_sources()
        self.source_box.currentIndexChanged.connect(lambda _index: self._update_buttons())
        source_label = QLabel(tr("Confirmed by"), self)
        source_label.setBuddy(self.source_box)
        source_row = QHBoxLayout()
        source_row.setContentsMargins(0, 0, 0, 0)
        source_row.addWidget(source_label)
        source_row.addWidget(self.source_box, 1)

        self.verify_button = QPushButton(tr("Mark Verified Today"), self)
        self.verify_button.setToolTip(tr("Record that the selected items were checked today (one undo step)"))
        self.verify_button.clicked.connect(self.mark_selection_verified)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.error_label = ErrorLabel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.coverage_label)
        layout.addLayout(age_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(source_row)
        layout.addWidget(self.verify_button)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        if refresh:
            self.refresh()

    def _name_sources(self) -> None:
        """The sources that can confirm an item, named in the interface's language (again after a switch)."""
        chosen = self.source_box.currentIndex()
        self.source_box.blockSignals(True)
        self.source_box.clear()
        self.source_box.addItem(tr("Same source as before"), KEEP_SOURCE)
        for source, name in evidence_names().items():
            if source is not EvidenceSource.ASSUMPTION:
                self.source_box.addItem(name, source.value)
        self.source_box.setCurrentIndex(max(chosen, 0))
        self.source_box.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_sources()
        super().changeEvent(event)

    # -- what the window calls ---------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the map; the selection stays on the items still listed."""
        selected = {self._key(item) for item in self.tree.selectedItems()}
        collapsed = {self._key(self.tree.topLevelItem(i)) for i in range(self.tree.topLevelItemCount())
                    if not self.tree.topLevelItem(i).isExpanded()}
        self.tree.blockSignals(True)
        # Fitting the column to its contents after every row added or expanded costs O(rows²): fit it once.
        header = self.tree.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.clear()
        journey_map = self.editor.document.current_map
        today, max_age = self.today(), self.age_box.value()
        groups = review_by_stage(journey_map, today, max_age) if journey_map is not None else []
        for group in groups:
            stage_item = QTreeWidgetItem(self.tree, [f"{group.stage_name} ({len(group.items)})", ""])
            stage_item.setData(0, ROLE_ITEM, ("stage", group.stage_id))
            stage_item.setFirstColumnSpanned(True)
            font = QFont(stage_item.font(0))
            font.setBold(True)
            stage_item.setFont(0, font)
            for entry in group.items:
                child = QTreeWidgetItem(stage_item, [self._title(entry), self._why(entry, max_age)])
                child.setData(0, ROLE_ITEM, entry)
                child.setToolTip(0, self._tooltip(entry))
                child.setToolTip(1, self._tooltip(entry))
            stage_item.setExpanded(self._key(stage_item) not in collapsed)
        for item in self._all_items():
            if self._key(item) in selected:
                item.setSelected(True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.blockSignals(False)
        self._show_summary(bool(groups))
        self._update_buttons()

    def set_editor(self, editor: MapEditor, refresh: bool = True) -> None:
        """Follow another document; ``refresh=False`` leaves the rebuild to the caller (a hidden panel)."""
        self.editor = editor
        self.tree.clear()
        self.error_label.show_message("")
        if refresh:
            self.refresh()

    def selected_items(self) -> list[ReviewItem]:
        """The review items selected, a stage row standing for all of its items."""
        found: dict[tuple[str, str], ReviewItem] = {}
        for item in self.tree.selectedItems():
            data = item.data(0, ROLE_ITEM)
            entries = [item.child(i).data(0, ROLE_ITEM) for i in range(item.childCount())] if isinstance(
                data, tuple) else [data]
            for entry in entries:
                found[(entry.kind.value, entry.item_id)] = entry
        return list(found.values())

    def listed_items(self) -> list[ReviewItem]:
        return [
            item.data(0, ROLE_ITEM) for item in self._all_items() if isinstance(item.data(0, ROLE_ITEM), ReviewItem)
        ]

    def mark_selection_verified(self) -> bool:
        """Mark the selected items verified today, with the chosen source if any: one undo entry."""
        entries = self.selected_items()
        if not entries:
            return False
        value = self.source_box.currentData()
        source = EvidenceSource(value) if value else None
        try:
            self.editor.mark_verified(
                [e.item_id for e in entries if e.kind is ItemKind.CARD], self.today(),
                point_ids=[e.item_id for e in entries if e.kind is ItemKind.EMOTION_POINT], source=source,
            )
        except InvalidEdit as error:
            self.error_label.show_message(str(error))
            return False
        self.error_label.show_message("")
        self.refresh()
        return True

    # -- internals ---------------------------------------------------------------------------

    def _all_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            items.append(top)
            items.extend(top.child(j) for j in range(top.childCount()))
        return items

    @staticmethod
    def _key(item: QTreeWidgetItem) -> tuple[str, str]:
        data = item.data(0, ROLE_ITEM)
        return data if isinstance(data, tuple) else (data.kind.value, data.item_id)

    @staticmethod
    def _title(entry: ReviewItem) -> str:
        if entry.kind is ItemKind.EMOTION_POINT:
            return tr("Emotion: {label}").format(label=entry.title or tr("(no label)"))
        return entry.title or tr("(untitled card)")

    @staticmethod
    def _why(entry: ReviewItem, max_age: int) -> str:
        if entry.reason is ReviewReason.ASSUMPTION:
            return tr("Assumption")
        if entry.reason is ReviewReason.NEVER_VERIFIED:
            return tr("Never checked")
        return tr("{days} days ago").format(days=entry.age_days)

    @staticmethod
    def _tooltip(entry: ReviewItem) -> str:
        source = evidence_names().get(entry.source, entry.source.value)
        if entry.last_verified is None:
            return tr("{source}, never checked").format(source=source)
        return tr("{source}, last checked on {date}").format(source=source, date=entry.last_verified.isoformat())

    def _show_summary(self, has_items: bool) -> None:
        journey_map = self.editor.document.current_map
        max_age = self.age_box.value()
        if journey_map is None:
            self.coverage_label.setText(tr("No map"))
        else:
            coverage = evidence_coverage(journey_map, self.today(), max_age)
            if coverage.share is None:
                self.coverage_label.setText(tr("This map has no cards yet."))
            else:
                self.coverage_label.setText(
                    tr("Evidence coverage: {percent} % — {backed} of {total} cards rest on data checked "
                       "in the last {days} days.").format(percent=round(coverage.share * 100), backed=coverage.backed,
                                                          total=coverage.total, days=max_age))
        self.tree.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        self.empty_label.setText(tr("Nothing to review: every card and emotion rests on data checked recently.")
                                 if journey_map is not None else "")

    def _update_buttons(self) -> None:
        entries = self.selected_items()
        keeps_source = not self.source_box.currentData()
        assumptions = sum(e.reason is ReviewReason.ASSUMPTION for e in entries)
        self.verify_button.setEnabled(bool(entries) and not (assumptions and keeps_source))
        if assumptions and keeps_source:
            self.hint_label.setText(tr("The selection holds assumptions: choose the source that confirms them."))
        elif entries:
            self.hint_label.setText(str(TranslatableText("ReviewPanel", "%n selected", len(entries))))
        else:
            self.hint_label.setText(tr("Select what you checked, then mark it verified."))

    def _age_changed(self, days: int) -> None:
        QSettings().setValue(SETTINGS_KEY, days)
        self.refresh()

    def _activate(self) -> None:
        card_ids = list(dict.fromkeys(e.card_id for e in self.selected_items() if e.card_id is not None))
        if card_ids:
            self.cardsActivated.emit(card_ids)
