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


# -- the map view ------------------------------------------------------------------------------


def on_map(window, x: float, y: float) -> QPoint:
    """The viewport point showing scene point (x, y), scrolled into view first, as a user scrolls to it."""
    from PySide6.QtCore import QPointF

    view = window.view
    point = view.mapFromScene(QPointF(x, y))
    if not view.viewport().rect().adjusted(20, 20, -20, -20).contains(point):
        view.centerOn(QPointF(x, y))
        point = view.mapFromScene(QPointF(x, y))
    return point


def drag_on_map(qtbot, window, start: tuple[float, float], end: tuple[float, float],
                modifier=Qt.KeyboardModifier.NoModifier, steps: int = 5) -> None:
    """Press at ``start``, move in a few steps, release at ``end`` (scene coordinates)."""
    from PySide6.QtCore import QPointF

    viewport = window.view.viewport()
    a = on_map(window, *start)
    b = window.view.mapFromScene(QPointF(*end))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, a)
    for step in range(1, steps + 1):
        qtbot.mouseMove(viewport, a + (b - a) * step / steps)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, b)


def when_modal(callback, kind: type = QWidget, timeout_ms: int = 5000) -> dict:
    """Run ``callback(widget)`` on the next visible modal dialog or popup menu of type ``kind`` (for code that
    calls exec()). If none comes in time, every modal window is closed, so a test fails instead of hanging."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_ms / 1000
    outcome: dict = {}

    def blocking(widget: QWidget | None) -> bool:
        return (widget is not None and isinstance(widget, kind) and widget.isVisible()
                and (widget.isModal() or widget is QApplication.activePopupWidget()))

    def poll() -> None:
        candidates = [QApplication.activePopupWidget(), QApplication.activeModalWidget(),
                      *QApplication.topLevelWidgets()]
        widget = next((w for w in candidates if blocking(w)), None)
        if widget is not None:
            try:
                outcome["result"] = callback(widget)
            except BaseException as error:  # reported by checked(), never lost in the event loop
                outcome["error"] = error
                widget.close()
            return
        if time.monotonic() < deadline:
            QTimer.singleShot(20, poll)
            return
        outcome["error"] = TimeoutError(f"no {kind.__name__} opened")
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window.isModal():
                window.close()

    QTimer.singleShot(0, poll)
    return outcome


def checked(outcome: dict):
    """The callback's result, or its failure raised in the test."""
    if "error" in outcome:
        raise outcome["error"]
    assert "result" in outcome, "the dialog never opened"
    return outcome["result"]


def menu_action(menu, text: str):
    """The action of ``menu`` whose text, without its & mnemonic, is ``text``."""
    for action in menu.actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no “{text}” in {[a.text() for a in menu.actions()]}")


def right_click(qtbot, widget: QWidget, pos: QPoint) -> None:
    """A right click and the context-menu event the window system sends with it (QTest sends only the click)."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    qtbot.mouseClick(widget, Qt.MouseButton.RightButton, pos=pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
