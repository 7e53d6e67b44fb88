"""Edit a title in place, over the map: Enter commits, Esc cancels (a new card goes away), a click elsewhere
commits."""

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

from ..layout.text import TextStyle
from .qt_fonts import qfont


class InlineEditor(QLineEdit):
    finished = Signal()

    def __init__(self, view: QGraphicsView, scene_rect: QRectF, text: str, style: TextStyle,
                 on_commit: Callable[[str], None], on_cancel: Callable[[], None] | None = None):
        super().__init__(view.viewport())
        self._on_commit = on_commit
        self._on_cancel = on_cancel
        self._done = False
        zoom = view.transform().m11()
        font = qfont(style)
        font.setPixelSize(max(9, round(style.size * zoom)))
        self.setFont(font)
        self.setAccessibleName(self.tr("Edit text"))
        geometry = view.mapFromScene(scene_rect).boundingRect()
        geometry.setHeight(max(geometry.height(), round(style.line_height * zoom) + 8))
        self.setGeometry(geometry)
        self.setText(text)
        self.selectAll()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            return  # another window or a menu came up (the one that started this edit, say): keep typing after
        self.commit()

    def commit(self) -> None:
        if self._done:
            return
        self._done = True
        text = self.text()
        self.hide()
        self.finished.emit()
        self.deleteLater()
        self._on_commit(text)

    def cancel(self) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        self.finished.emit()
        self.deleteLater()
        if self._on_cancel is not None:
            self._on_cancel()
