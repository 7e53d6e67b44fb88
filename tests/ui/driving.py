"""Driving widgets as a user does: click into a field, replace its text, click a button, bring a panel up."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QWidget

from journey_studio.ui.inspector.widgets import NumberBox
from tests.typing import type_text


def input_of(widget: QWidget) -> QWidget:
    return widget.lineEdit() if isinstance(widget, NumberBox) else widget


def click_into(qtbot, widget: QWidget) -> QWidget:
    """Give ``widget`` the focus as a user would: a click into text, a Tab-like focus for a combo (a click opens it)."""
    target = input_of(widget)
    if isinstance(target, QComboBox):
        target.setFocus(Qt.FocusReason.TabFocusReason)
    else:
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(8, target.height() // 2))
    qtbot.waitUntil(target.hasFocus)
    return target


def replace_text(qtbot, widget: QWidget, text: str, finish: Qt.Key | None = Qt.Key.Key_Return) -> None:
    """Click into ``widget``, select everything, type ``text``, then press ``finish`` (Enter, Tab or nothing)."""
    target = click_into(qtbot, widget)
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(target, text)
    else:
        qtbot.keyClick(target, Qt.Key.Key_Delete)
    if finish is not None:
        qtbot.keyClick(target, finish)


def click(qtbot, button: QAbstractButton) -> None:
    """Click a button in its middle, a check box on its box."""
    x = 8 if isinstance(button, QCheckBox) else button.width() // 2
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(x, button.height() // 2))


def show_active(qtbot, widget: QWidget, width: int = 360, height: int = 900) -> QWidget:
    """A panel on its own, shown and active, so clicks and keys reach it as on a desktop."""
    widget.resize(width, height)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget
