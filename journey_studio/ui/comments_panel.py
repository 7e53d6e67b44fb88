"""Workshop comments on the map's cards: read them all, add, resolve and delete.

Comments are how a team reviews a map together (who said what, when, and whether it was
dealt with). Every change goes through the MapEditor as one undo entry.
"""

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..editor import InvalidEdit, MapEditor
from ..model import Card, Comment
from .inspector.widgets import ErrorLabel, plain_text, plain_text_edit


def tr(text: str) -> str:
    return QCoreApplication.translate("CommentsPanel", text)


AUTHOR_KEY = "comments/author"
ROLE_REF = Qt.ItemDataRole.UserRole
"""(card id, comment id or None) of a row."""


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: a tree view only wraps text in the height it is given."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(self._tree.viewport().width() - self._tree.indentation() * (depth + 1) - 12, 80)
        bounds = view_option.fontMetrics.boundingRect(QRect(0, 0, width, 1_000_000),
                                                      int(Qt.TextFlag.TextWordWrap), view_option.text)
        return QSize(width, bounds.height() + 8)


class _CommentTree(QTreeWidget):
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()  # wrapped rows change height with the width


class CommentsPanel(QWidget):
    """A dock-able panel; the window connects ``document.changed`` to :meth:`refresh` and may call
    :meth:`show_card` when the canvas selection changes, so a new comment goes to that card.

    ``cardsActivated`` carries the card of the row the user clicks.
    """

    cardsActivated = Signal(list)

    def __init__(self, editor: MapEditor, parent: QWidget | None = None, refresh: bool = True):
        """``refresh=False`` leaves the first build to the caller (a panel that starts hidden)."""
        super().__init__(parent)
        self.setObjectName("comments-panel")
        self.editor = editor

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("comments-summary")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.show_resolved = QCheckBox(tr("Show resolved"), self)
        self.show_resolved.setToolTip(tr("Also list the comments that were dealt with"))
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.show_resolved)

        self.tree = _CommentTree(self)
        self.tree.setAccessibleName(tr("Comments"))
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemClicked.connect(lambda item, _column: self._activate(item))
        self.tree.itemActivated.connect(lambda item, _column: self._activate(item))

        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.resolve_button = QPushButton(tr("Resolve"), self)
        self.resolve_button.setToolTip(tr("Mark the selected comment as dealt with, or open it again"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button = QPushButton(tr("Delete"), self)
        self.delete_button.setToolTip(tr("Delete the selected comment (undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        self.card_box = QComboBox(self)
        self.card_box.setAccessibleName(tr("Card to comment on"))
        self.card_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.card_box.setMinimumContentsLength(12)
        self.text_edit = plain_text_edit(self, 3)
        self.text_edit.setAccessibleName(tr("New comment"))
        self.text_edit.setPlaceholderText(tr("Write a comment…"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.textChanged.connect(self._update_buttons)
        self.author_edit = QLineEdit(self)
        self.author_edit.setAccessibleName(tr("Author"))
        self.author_edit.setPlaceholderText(tr("Your name"))
        author = QSettings().value(AUTHOR_KEY, "")
        self.author_edit.setText(author if isinstance(author, str) else "")
        self.add_button = QPushButton(tr("Add Comment"), self)
        self.add_button.clicked.connect(self.add_comment)
        self.error_label = ErrorLabel(self)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Card"), self.card_box)
        form.addRow(tr("Author"), self.author_edit)
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.text_edit)
        layout.addLayout(add_row)
        layout.addWidget(self.error_label)
        if refresh:
            self.refresh()

    # -- what the window calls ---------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the map; the selected comment and the card being commented stay put."""
        current = self.tree.currentItem().data(0, ROLE_REF) if self.tree.currentItem() else None
        journey_map = self.editor.document.current_map
        cards = self._cards_in_order()
        self._fill_card_box(cards)
        self.tree.blockSignals(True)
        self.tree.clear()
        show_resolved = self.show_resolved.isChecked()
        open_count = listed = 0
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for card in cards:
            comments = [c for c in card.comments if show_resolved or not c.resolved]
            open_count += sum(not c.resolved for c in card.comments)
            if not comments:
                continue
            stage = journey_map.stage(card.stage_id) if journey_map else None
            card_item = QTreeWidgetItem(self.tree, [self._card_text(card, stage.name if stage else "")])
            card_item.setData(0, ROLE_REF, (card.id, None))
            font = QFont(card_item.font(0))
            font.setBold(True)
            card_item.setFont(0, font)
            for comment in comments:
                child = QTreeWidgetItem(card_item, [self._comment_text(comment)])
                child.setData(0, ROLE_REF, (card.id, comment.id))
                child.setToolTip(0, comment.text)
                if comment.resolved:
                    child.setForeground(0, muted)
                listed += 1
            card_item.setExpanded(True)
        self.tree.blockSignals(False)
        if current is not None:
            self._select(current)
        total = sum(len(card.comments) for card in cards)
        if journey_map is None:
            self.summary_label.setText(tr("No map"))
        else:
            self.summary_label.setText(tr("Open comments: {open} of {total}").format(open=open_count, total=total))
        self.tree.setVisible(listed > 0)
        self.empty_label.setVisible(listed == 0)
        self.empty_label.setText(
            tr("No open comments. Pick a card below and write one: comments collect workshop feedback "
               "until someone deals with it.") if journey_map is not None else "")
        self._update_buttons()

    def set_editor(self, editor: MapEditor, refresh: bool = True) -> None:
        """Follow another document; ``refresh=False`` leaves the rebuild to the caller (a hidden panel)."""
        self.editor = editor
        self.tree.clear()
        self.text_edit.clear()
        self.error_label.show_message("")
        if refresh:
            self.refresh()

    def show_card(self, card_id: str) -> None:
        """Comment on ``card_id`` next (the window calls this when the canvas selects a card)."""
        index = self.card_box.findData(card_id)
        if index >= 0:
            self.card_box.setCurrentIndex(index)

    def current_card_id(self) -> str | None:
        data = self.card_box.currentData()
        return data if isinstance(data, str) else None

    def selected_comment(self) -> tuple[str, str] | None:
        """(card id, comment id) of the selected comment row, or None."""
        item = self.tree.currentItem()
        ref = item.data(0, ROLE_REF) if item is not None else None
        return (ref[0], ref[1]) if ref is not None and ref[1] is not None else None

    def select_comment(self, card_id: str, comment_id: str) -> bool:
        return self._select((card_id, comment_id))

    def add_comment(self) -> str | None:
        """Add what is typed to the chosen card (one undo entry); the new comment's id, or None."""
        card_id = self.current_card_id()
        text = plain_text(self.text_edit).strip()
        if card_id is None or not text:
            return None
        author = self.author_edit.text().strip()
        try:
            comment_id = self.editor.add_comment(card_id, text, author)
        except InvalidEdit as error:
            self.error_label.show_message(str(error))
            return None
        QSettings().setValue(AUTHOR_KEY, author)
        self.error_label.show_message("")
        self.text_edit.clear()
        self.refresh()
        self.select_comment(card_id, comment_id)
        return comment_id

    def toggle_resolved(self) -> None:
        selected = self.selected_comment()
        comment = self._comment(*selected) if selected else None
        if selected is None or comment is None:
            return
        try:
            self.editor.set_comment(selected[0], selected[1], {"resolved": not comment.resolved})
        except InvalidEdit as error:
            self.error_label.show_message(str(error))
            return
        self.refresh()
        self.select_comment(*selected)

    def delete_selected(self) -> None:
        selected = self.selected_comment()
        if selected is None:
            return
        item = self.tree.currentItem()
        parent = item.parent() if item is not None else None
        row = parent.indexOfChild(item) if parent is not None else 0
        self.editor.remove_comment(*selected)
        self.refresh()
        # The neighbour takes the deleted comment's place, so several can be deleted in a row.
        siblings = [c for c in (self._card(selected[0]).comments if self._card(selected[0]) else [])
                    if self.show_resolved.isChecked() or not c.resolved]
        if siblings:
            self.select_comment(selected[0], siblings[min(row, len(siblings) - 1)].id)

    # -- internals ---------------------------------------------------------------------------

    def _cards_in_order(self) -> list[Card]:
        """Cards in reading order: stage by stage, lane by lane, top to bottom."""
        journey_map = self.editor.document.current_map
        if journey_map is None:
            return []
        stages = {stage.id: i for i, stage in enumerate(journey_map.stages)}
        lanes = {lane.id: i for i, lane in enumerate(journey_map.lanes)}
        return sorted(journey_map.cards, key=lambda c: (stages.get(c.stage_id, len(stages)),
                                                        lanes.get(c.lane_id, len(lanes)), c.order))

    def _card(self, card_id: str) -> Card | None:
        journey_map = self.editor.document.current_map
        return journey_map.card(card_id) if journey_map is not None else None

    def _comment(self, card_id: str, comment_id: str) -> Comment | None:
        card = self._card(card_id)
        return next((c for c in card.comments if c.id == comment_id), None) if card else None

    def _fill_card_box(self, cards: list[Card]) -> None:
        journey_map = self.editor.document.current_map
        current = self.current_card_id()
        entries = [(card.id, self._card_text(card, journey_map.stage(card.stage_id).name
                                             if journey_map and journey_map.stage(card.stage_id) else "", counts=False))
                   for card in cards]
        existing = [(self.card_box.itemData(i), self.card_box.itemText(i)) for i in range(self.card_box.count())]
        if entries == existing:
            return
        self.card_box.blockSignals(True)
        self.card_box.clear()
        for card_id, text in entries:
            self.card_box.addItem(text, card_id)
        index = self.card_box.findData(current) if current else -1
        self.card_box.setCurrentIndex(index if index >= 0 else (0 if entries else -1))
        self.card_box.blockSignals(False)

    def _card_text(self, card: Card, stage_name: str, counts: bool = True) -> str:
        title = card.title or tr("(untitled card)")
        text = f"{stage_name} · {title}" if stage_name else title
        if counts:
            open_count = sum(not c.resolved for c in card.comments)
            text += " " + tr("({open} open)").format(open=open_count) if open_count else ""
        return text

    @staticmethod
    def _comment_text(comment: Comment) -> str:
        author = comment.author or tr("Someone")
        when = comment.date.isoformat() if comment.date else ""
        heading = f"{author} · {when}" if when else author
        if comment.resolved:
            heading += " · " + tr("resolved")
        return f"{heading}\n{comment.text}"

    def _select(self, ref: tuple[str, str | None]) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for item in [top, *(top.child(j) for j in range(top.childCount()))]:
                data = item.data(0, ROLE_REF)
                if data is not None and tuple(data) == tuple(ref):
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is not None:
            self.show_card(item.data(0, ROLE_REF)[0])
        self._update_buttons()

    def _activate(self, item: QTreeWidgetItem) -> None:
        self.cardsActivated.emit([item.data(0, ROLE_REF)[0]])

    def _update_buttons(self) -> None:
        selected = self.selected_comment()
        comment = self._comment(*selected) if selected else None
        self.resolve_button.setEnabled(comment is not None)
        self.delete_button.setEnabled(comment is not None)
        self.resolve_button.setText(tr("Reopen") if comment is not None and comment.resolved else tr("Resolve"))
        self.add_button.setEnabled(self.current_card_id() is not None and bool(plain_text(self.text_edit).strip()))
