"""The find bar over the map: type to search cards, Enter / Shift+Enter to walk the matches, Esc to close.

It only reports what the user asks for; the window runs ``search.find_cards`` and selects the
match, then tells the bar the count with :meth:`FindBar.set_matches`.
"""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ..translatable import TranslatableText


def tr(text: str) -> str:
    return QCoreApplication.translate("FindBar", text)


class _SearchEdit(QLineEdit):
    """Enter goes forward, Shift+Enter back, Esc closes; the keys people expect from any find bar."""

    forward = Signal()
    backward = Signal()
    escape = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            (self.backward if shift else self.forward).emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    searchChanged = Signal(str)
    """The search text changed (each keystroke); an empty string means "no search"."""
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()
    """The bar was closed (Esc or its close button); the window should clear the highlight."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = _SearchEdit(self)
        self.edit.setPlaceholderText(tr("Find cards…"))
        self.edit.setAccessibleName(tr("Find cards"))
        self.edit.setToolTip(tr("Searches titles, texts, owners, tags and evidence; accents and case do not matter"))
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(tr("Matches"))
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("888 / 888") + 8)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.previous_button = self._button("↑", tr("Previous match (Shift+Enter)"), self.previousRequested)
        self.next_button = self._button("↓", tr("Next match (Enter)"), self.nextRequested)
        self.close_button = self._button("✕", tr("Close the find bar (Esc)"), None)
        self.close_button.clicked.connect(self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        self.edit.setMinimumWidth(160)
        self.edit.setMaximumWidth(420)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addStretch(0)
        layout.addWidget(self.close_button)

        self.edit.textChanged.connect(self._text_changed)
        self.edit.forward.connect(self.nextRequested)
        self.edit.backward.connect(self.previousRequested)
        self.edit.escape.connect(self.close_bar)
        for keys, signal in ((QKeySequence.StandardKey.FindNext, self.nextRequested),
                             (QKeySequence.StandardKey.FindPrevious, self.previousRequested)):
            shortcut = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(signal)
        self.set_matches(0, 0)

    def _button(self, text: str, tip: str, signal: Signal | None) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        if signal is not None:
            button.clicked.connect(signal)
        return button

    # -- what the window calls --------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def open(self) -> None:
        """Show the bar with the search text selected, ready to type over (Ctrl+F)."""
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_matches(self, current: int, total: int) -> None:
        """Show "current / total" (``current`` counts from 1; 0 when none is selected yet)."""
        has_text = bool(self.edit.text().strip())
        if not has_text:
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText(tr("No match"))
        elif current <= 0:
            self.count_label.setText(str(TranslatableText("FindBar", "%n found", total)))
        else:
            self.count_label.setText(tr("{current} / {total}").format(current=current, total=total))
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)

    def _text_changed(self, text: str) -> None:
        self.searchChanged.emit(text)
