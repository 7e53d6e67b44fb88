"""Bindings: one input widget ↔ one value of the object a form shows.

A binding loads the model value into its widget, and commits what the user entered through
the MapEditor (one undo entry per commit, or per typing burst thanks to a merge key). It
never overwrites what the user is still typing: a widget with uncommitted input keeps it,
unless that very value changed underneath (an undo, an edit on the canvas).

A refused value stays in the widget, with the reason in a red line under it.
"""

import itertools
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from ...editor import InvalidEdit
from .widgets import CheckList, ColourPicker, Combo, ErrorLabel, NumberBox, VerifiedDateEdit, plain_text


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


TYPING_PAUSE_MS = 400
"""After this pause in typing, the text so far is applied (the map follows); the burst stays one undo entry."""

_bursts = itertools.count(1)

Reader = Callable[[], Any]
"""Returns the current model value; raises LookupError when the object is gone."""
Writer = Callable[[Any, str | None], None]
"""Applies a value (with a merge key for typing bursts); raises InvalidEdit to refuse it."""
Check = Callable[[Any], str | None]
"""Returns why a value is refused, or None; runs before the writer, for messages the editor cannot give."""


def same_value(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, (int, float)) or isinstance(b, float) and isinstance(a, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


class Binding(QObject):
    """Loads one value into one widget and commits the user's changes. Subclasses adapt a widget kind."""

    def __init__(self, widget: QWidget, read: Reader, write: Writer, check: Check | None = None,
                 live: bool = False):
        super().__init__(widget)
        self.widget = widget
        self.error = ErrorLabel()
        self._read = read
        self._write = write
        self._check = check
        self._pending = False
        self._shown: Any = None
        self._loading = False
        self._merge_key: str | None = None
        self._timer: QTimer | None = None
        if live:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(TYPING_PAUSE_MS)
            self._timer.timeout.connect(lambda: self.commit(end_burst=False))

    # -- what each widget kind provides ------------------------------------------------------

    def widget_value(self) -> Any:
        """The value the widget holds; raises InvalidEdit when it is not even a value (``12a``)."""
        raise NotImplementedError

    def set_widget_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.widget

    # -- loading -----------------------------------------------------------------------------

    def refresh(self, force: bool = False) -> None:
        """Show the model value, unless the user's uncommitted input for that same value is in the widget."""
        try:
            value = self._read()
        except LookupError:
            return
        if self._pending and not force and same_value(value, self._shown):
            return
        self._shown = value
        self._pending = False
        self._stop_timer()
        self.show_error("")
        try:
            current = self.widget_value()
        except InvalidEdit:
            current = object()
        if not same_value(current, value):
            self._loading = True
            try:
                self.set_widget_value(value)
            finally:
                self._loading = False

    def reset(self) -> None:
        """Forget input and burst: the form now shows another object."""
        self._pending = False
        self._merge_key = None
        self._stop_timer()
        self.refresh(force=True)

    # -- committing --------------------------------------------------------------------------

    def user_changed(self) -> None:
        """The user changed the widget; a live text field applies it after a pause in typing."""
        if self._loading:
            return
        self._pending = True
        if self._timer is not None:
            self._timer.start()

    def commit(self, end_burst: bool = True) -> bool:
        """Apply the user's input; False (and a message under the field) when it is refused."""
        self._stop_timer()
        try:
            if not self._pending:
                return True
            try:
                value = self.widget_value()
                problem = self._check(value) if self._check is not None else None
                if problem:
                    raise InvalidEdit(problem)
                if self._merge_key is None:
                    self._merge_key = f"inspector-{next(_bursts)}"
                self._pending = False
                self._write(value, self._merge_key)
            except InvalidEdit as error:
                self._pending = True
                self.show_error(str(error))
                return False
            except LookupError:  # the object was deleted meanwhile: nothing left to edit
                self._pending = False
                return True
            self.show_error("")
            self.refresh(force=True)
            return True
        finally:
            if end_burst:
                self._merge_key = None

    def has_pending_input(self) -> bool:
        return self._pending

    def show_error(self, message: str) -> None:
        self.error.show_message(message)
        self.focus_widget().setAccessibleDescription(message)

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()


class _FocusOut(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class LineBinding(Binding):
    """A one-line text; ``parse``/``format`` turn it into other values (tags, a list…)."""

    def __init__(self, widget: QLineEdit, read: Reader, write: Writer, check: Check | None = None, *,
                 live: bool = True, parse: Callable[[str], Any] = str, format: Callable[[Any], str] = str):
        super().__init__(widget, read, write, check, live=live)
        self._parse = parse
        self._format = format
        widget.textEdited.connect(self.user_changed)
        widget.editingFinished.connect(self.commit)

    def widget_value(self) -> Any:
        return self._parse(self.widget.text())

    def set_widget_value(self, value: Any) -> None:
        edit: QLineEdit = self.widget
        cursor = edit.cursorPosition()
        edit.setText(self._format(value))
        # The start of a long text says more than its end; the one typing keeps their place.
        edit.setCursorPosition(min(cursor, len(edit.text())) if edit.hasFocus() else 0)


class PlainTextBinding(Binding):
    """A multi-line text, or one item per line (``lines=True``); applied while typing, finished on focus-out."""

    def __init__(self, widget: QPlainTextEdit, read: Reader, write: Writer, check: Check | None = None, *,
                 lines: bool = False, live: bool = True):
        super().__init__(widget, read, write, check, live=live)
        self._lines = lines
        widget.textChanged.connect(self.user_changed)
        _FocusOut(widget, self.commit)

    def widget_value(self) -> Any:
        text = plain_text(self.widget)
        if self._lines:
            return [line.strip() for line in text.splitlines() if line.strip()]
        return text

    def set_widget_value(self, value: Any) -> None:
        edit: QPlainTextEdit = self.widget
        text = "\n".join(value) if self._lines else value
        position = edit.textCursor().position()
        edit.setPlainText(text)
        if edit.hasFocus():
            cursor = edit.textCursor()
            cursor.setPosition(min(position, len(text)))
            edit.setTextCursor(cursor)


class ComboBinding(Binding):
    """A choice among values; applied as soon as the user picks one."""

    def __init__(self, widget: Combo, read: Reader, write: Writer, check: Check | None = None):
        super().__init__(widget, read, write, check)
        widget.activated.connect(self._picked)

    def _picked(self, _index: int) -> None:
        self.user_changed()
        self.commit()

    def widget_value(self) -> Any:
        return self.widget.value()

    def set_widget_value(self, value: Any) -> None:
        self.widget.set_value(value)


class CheckBinding(Binding):
    """A yes/no value; applied on click."""

    def __init__(self, widget: QCheckBox, read: Reader, write: Writer, check: Check | None = None):
        super().__init__(widget, read, write, check)
        widget.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        self.user_changed()
        self.commit()

    def widget_value(self) -> Any:
        return self.widget.isChecked()

    def set_widget_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class NumberBinding(Binding):
    """A number, possibly optional; typed values apply on Enter or focus-out, arrow steps at once."""

    def __init__(self, widget: NumberBox, read: Reader, write: Writer, check: Check | None = None, *,
                 optional: bool = False, integer: bool = False, scale: float = 1.0):
        super().__init__(widget, read, write, check)
        self._optional = optional
        self._integer = integer
        self._scale = scale
        """Shown value = model value × scale (a rate of 0.45 shown as 45 %)."""
        widget.lineEdit().textEdited.connect(self.user_changed)
        widget.editingFinished.connect(self.commit)
        widget.stepped.connect(self._stepped)

    def _stepped(self) -> None:
        self.user_changed()
        self.commit(end_burst=False)

    def widget_value(self) -> Any:
        try:
            shown = self.widget.text_value()
        except ValueError:
            raise InvalidEdit(tr("“{text}” is not a number.").format(text=self.widget.lineEdit().text())) from None
        if shown is None:
            if self._optional:
                return None
            raise InvalidEdit(tr("Enter a number."))
        if self._integer:
            if not float(shown).is_integer():
                raise InvalidEdit(tr("Enter a whole number."))
            return int(shown)
        return shown / self._scale if self._scale != 1.0 else shown

    def set_widget_value(self, value: Any) -> None:
        self.widget.set_number(None if value is None else value * self._scale)


class ColourBinding(Binding):
    """A colour chosen in the dialog (or reset to the inherited one); applied at once."""

    def __init__(self, widget: ColourPicker, read: Reader, write: Writer, inherited: Callable[[], str] | None = None):
        super().__init__(widget, read, write)
        self._inherited = inherited
        widget.picked.connect(self._picked)

    def _picked(self) -> None:
        self.user_changed()
        self.commit()

    def refresh(self, force: bool = False) -> None:
        if self._inherited is not None:
            try:
                inherited = self._inherited()
            except LookupError:
                return
            self.widget.set_colour(self.widget.colour(), inherited)
        super().refresh(force)

    def widget_value(self) -> Any:
        return self.widget.colour()

    def set_widget_value(self, value: Any) -> None:
        self.widget.set_colour(value)

    def focus_widget(self) -> QWidget:
        return self.widget.button


class DateBinding(Binding):
    """An optional date; typed dates apply on Enter or focus-out, Today and Clear at once."""

    def __init__(self, widget: VerifiedDateEdit, read: Reader, write: Writer):
        super().__init__(widget, read, write)
        widget.date_edit.dateChanged.connect(self.user_changed)
        widget.date_edit.editingFinished.connect(self.commit)
        widget.edited.connect(self._edited)

    def _edited(self) -> None:
        self.user_changed()
        self.commit()

    def widget_value(self) -> Any:
        return self.widget.python_date()

    def set_widget_value(self, value: Any) -> None:
        self.widget.set_python_date(value)

    def focus_widget(self) -> QWidget:
        return self.widget.date_edit


class CheckListBinding(Binding):
    """Which options are checked (as a list in the options' order); applied on each toggle."""

    def __init__(self, widget: CheckList, read: Reader, write: Writer, check: Check | None = None):
        super().__init__(widget, read, write, check)
        widget.toggled.connect(self._toggled)

    def _toggled(self) -> None:
        self.user_changed()
        self.commit()

    def widget_value(self) -> Any:
        return self.widget.checked_values()

    def set_widget_value(self, value: Any) -> None:
        self.widget.set_checked_values(list(value))


def comma_list(text: str) -> list[str]:
    """``"a, b,,c "`` → ``["a", "b", "c"]``: tags typed on one line."""
    return [part.strip() for part in text.split(",") if part.strip()]


def join_commas(values: list[str]) -> str:
    return ", ".join(values)
