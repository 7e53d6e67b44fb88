"""Input widgets the forms need and Qt lacks: an optional number, a colour swatch, a "not verified" date.

They know nothing of the model; :mod:`.fields` binds them to it.
"""

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


ERROR_COLOUR = "#C62828"
"""Readable on light and dark backgrounds."""


class ErrorLabel(QLabel):
    """The red line under a field saying why its value was refused; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR))
        self.setPalette(palette)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class _IgnoreUnfocusedWheel(QObject):
    """Scrolling the inspector over a combo box or a number must scroll, not change the value."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


_WHEEL_GUARD: _IgnoreUnfocusedWheel | None = None


def guard_wheel(widget: QWidget) -> None:
    """Let the wheel change ``widget`` only once it has focus (clicked or tabbed into)."""
    global _WHEEL_GUARD
    if _WHEEL_GUARD is None:
        _WHEEL_GUARD = _IgnoreUnfocusedWheel()
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_WHEEL_GUARD)


Options = list[tuple[object, str, QIcon | None]]
"""(value, name, icon) of each choice."""


class OptionsFollowLanguage:
    """Choices named with ``tr()``: :meth:`follow_options` names them again after a switch of language."""

    _option_source: Callable[[], Options] | None = None

    def set_options(self, options: Options) -> None:
        raise NotImplementedError

    def follow_options(self, options: Callable[[], Options]) -> None:
        """Fill from ``options()`` now, and again after each switch of language."""
        self._option_source = options
        self.set_options(options())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._option_source is not None:
            self.set_options(self._option_source())
        super().changeEvent(event)  # type: ignore[misc]


class Combo(OptionsFollowLanguage, QComboBox):
    """A combo box whose items carry Python values (None included) and that ignores a passing wheel."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._values: list[object] = []
        self._options: list[tuple[object, str, str]] = []
        guard_wheel(self)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)

    def set_options(self, options: list[tuple[object, str, QIcon | None]]) -> None:
        """Replace the items, only when they differ (rebuilding would close an open popup)."""
        key = [(value, text, icon.cacheKey() if icon is not None else "") for value, text, icon in options]
        if key == self._options:
            return
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        self._values = []
        for value, text, icon in options:
            if icon is not None:
                self.addItem(icon, text)
            else:
                self.addItem(text)
            self._values.append(value)
        self._options = key
        self.set_value(current)
        self.blockSignals(False)

    def value(self) -> object:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: object) -> None:
        for index, candidate in enumerate(self._values):
            if candidate == value and type(candidate) is type(value):
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(-1)

    def set_item_text(self, value: object, text: str) -> None:
        for index, candidate in enumerate(self._values):
            if candidate == value and self.itemText(index) != text:
                self.setItemText(index, text)


def plain_text_edit(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (as in every other field) and that is not taller than needed."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def plain_text(edit: QPlainTextEdit) -> str:
    """The text as typed: ``toPlainText()`` would turn no-break spaces (French « », 5 km) into plain ones."""
    raw = edit.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")


# -- numbers --------------------------------------------------------------------------------

_NUMBER_CHARS = re.compile(r"^[+\-−]?[0-9\s\u00a0\u202f.,']*$")


def locale_number(value: float, decimals: int) -> str:
    """``value`` as the user's locale writes it, without trailing zeros."""
    locale = QLocale()
    if decimals == 0 or float(value).is_integer():
        return locale.toString(int(round(value)))
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def parse_number(text: str) -> float | None:
    """What the user typed, in their locale; a point also works as decimal mark where the locale uses a comma.

    Returns None for blank text; raises ValueError when it is not a number.
    """
    locale = QLocale()
    cleaned = text.strip().replace("−", "-")
    if not cleaned:
        return None
    group = locale.groupSeparator()
    for char in {group, " ", "\u00a0", "\u202f", "'"}:
        if char and char != locale.decimalPoint():
            cleaned = cleaned.replace(char, "")
    cleaned = cleaned.replace(locale.decimalPoint(), ".").replace(",", ".")
    return float(cleaned)


class NumberBox(QAbstractSpinBox):
    """A spin box that may be empty and lets the user type a value beyond its arrows' range.

    The arrows stay within ``minimum``…``maximum``; a typed value outside it is kept so the form
    can say why it is refused instead of silently clamping it.
    """

    stepped = Signal()
    """The user changed the value with the arrows, the keyboard arrows or the wheel."""

    def __init__(self, parent: QWidget | None = None, *, minimum: float = 0, maximum: float = 100,
                 step: float = 1, decimals: int = 0):
        super().__init__(parent)
        self.minimum, self.maximum, self.step, self.decimals = minimum, maximum, step, decimals
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setKeyboardTracking(True)
        guard_wheel(self)

    def set_range(self, minimum: float, maximum: float) -> None:
        self.minimum, self.maximum = minimum, maximum
        self.update()

    def text_value(self) -> float | None:
        """The typed number, None when blank; ValueError when the text is not a number."""
        return parse_number(self.lineEdit().text())

    def set_number(self, value: float | None) -> None:
        self.lineEdit().setText("" if value is None else locale_number(value, self.decimals))

    def validate(self, text: str, pos: int) -> object:
        if not _NUMBER_CHARS.match(text):
            return QValidator.State.Invalid, text, pos
        try:
            parse_number(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return text

    def _current(self) -> float | None:
        try:
            return self.text_value()
        except ValueError:
            return None

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        value = self._current()
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if value is None or value < self.maximum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if value is None or value > self.minimum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def stepBy(self, steps: int) -> None:
        value = self._current()
        if value is None:  # from blank (or garbage), the first step lands on 0, or the nearest bound
            value = min(max(0.0, self.minimum), self.maximum)
        else:
            value = min(max(value + steps * self.step, self.minimum), self.maximum)
        self.set_number(value)
        self.lineEdit().selectAll()
        self.stepped.emit()


# -- colours ---------------------------------------------------------------------------------

def ask_colour(initial: QColor, parent: QWidget, title: str) -> QColor | None:
    """The colour the user picks in Qt's dialog, or None when they cancel. Tests replace this."""
    colour = QColorDialog.getColor(initial, parent, title)
    return colour if colour.isValid() else None


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ColourPicker(QWidget):
    """A swatch button that opens the colour dialog, and optionally a reset to the inherited colour."""

    picked = Signal()
    """The user chose a colour or reset it."""

    def __init__(self, parent: QWidget | None = None, *, reset_text: str = "", reset_tip: str = "",
                 dialog_title: str = ""):
        super().__init__(parent)
        self._colour: str | None = None
        self._inherited = "#4C78A8"
        self._dialog_title = dialog_title or tr("Choose a colour")
        self.button = QToolButton(self)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setToolTip(tr("Choose a colour…"))
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.button.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 1)
        self.reset_button: QToolButton | None = None
        if reset_text:
            self.reset_button = QToolButton(self)
            self.reset_button.setText(reset_text)
            self.reset_button.setToolTip(reset_tip)
            self.reset_button.setAccessibleName(reset_tip or reset_text)
            self.reset_button.clicked.connect(self._reset)
            layout.addWidget(self.reset_button)
        self.setFocusProxy(self.button)
        self._show()

    def colour(self) -> str | None:
        """The chosen ``#RRGGBB``, or None for "inherited"."""
        return self._colour

    def set_colour(self, colour: str | None, inherited: str | None = None) -> None:
        self._colour = colour.upper() if colour else None
        if inherited:
            self._inherited = inherited
        self._show()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.button.setAccessibleName(name)

    def _show(self) -> None:
        shown = self._colour or self._inherited
        self.button.setIcon(swatch(shown))
        self.button.setText(self._colour if self._colour else tr("Stage colour") if self.reset_button else shown)
        if self.reset_button is not None:
            self.reset_button.setEnabled(self._colour is not None)

    def _choose(self) -> None:
        chosen = ask_colour(QColor(self._colour or self._inherited), self, self._dialog_title)
        if chosen is not None:
            self._colour = chosen.name(QColor.NameFormat.HexRgb).upper()
            self._show()
            self.picked.emit()

    def _reset(self) -> None:
        self._colour = None
        self._show()
        self.picked.emit()


# -- dates -----------------------------------------------------------------------------------

NOT_VERIFIED = QDate(1752, 9, 14)
"""Qt's earliest date stands for "nobody checked"; the box shows "Not verified" there."""


class _DateBox(QDateEdit):
    """Stepping up from "Not verified" starts at today, not in 1752."""

    def stepBy(self, steps: int) -> None:
        if self.date() == NOT_VERIFIED:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)


def date_format() -> str:
    """The locale's short date with a four-digit year; ISO 8601 where the locale has no usable one (C)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class VerifiedDateEdit(QWidget):
    """When someone last checked the evidence: a date, or "Not verified"; with Today and Clear buttons."""

    edited = Signal()
    """The user picked Today or cleared the date (typed dates end with ``editingFinished``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.date_edit = _DateBox(self)
        self.date_edit.setMinimumDate(NOT_VERIFIED)
        self.date_edit.setSpecialValueText(tr("Not verified"))
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setDate(NOT_VERIFIED)
        guard_wheel(self.date_edit)
        self.today_button = QToolButton(self)
        self.today_button.setText(tr("Today"))
        self.today_button.setToolTip(tr("Verified today"))
        self.today_button.clicked.connect(lambda: self._set_and_emit(QDate.currentDate()))
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(tr("Not verified: clear the date"))
        self.clear_button.setAccessibleName(tr("Clear the verification date"))
        self.clear_button.clicked.connect(lambda: self._set_and_emit(NOT_VERIFIED))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.today_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.date_edit)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(name)

    def python_date(self):
        """The date as ``datetime.date``, or None when not verified."""
        qdate = self.date_edit.date()
        return None if qdate == NOT_VERIFIED else qdate.toPython()

    def set_python_date(self, value) -> None:
        self.date_edit.setDate(NOT_VERIFIED if value is None else QDate(value.year, value.month, value.day))
        self.clear_button.setEnabled(value is not None)

    def _set_and_emit(self, qdate: QDate) -> None:
        self.date_edit.setDate(qdate)
        self.clear_button.setEnabled(qdate != NOT_VERIFIED)
        self.edited.emit()


# -- checkable lists -------------------------------------------------------------------------

class CheckList(OptionsFollowLanguage, QListWidget):
    """A short list of checkable options (personas of a map, preferred channels)."""

    toggled = Signal()
    """The user checked or unchecked an item."""

    def __init__(self, parent: QWidget | None = None, visible_rows: int = 5):
        super().__init__(parent)
        self._values: list[object] = []
        self._loading = False
        self._rows = visible_rows
        self.setUniformItemSizes(True)
        self.itemChanged.connect(self._item_changed)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = max(1, min(self._rows, self.count() or 1))
        row = (
            max(self.sizeHintForRow(0), self.fontMetrics().height() + 6)
            if self.count()
            else self.fontMetrics().height() + 6
        )
        self.setFixedHeight(row * rows + 2 * self.frameWidth() + 4)

    def set_options(self, options: list[tuple[object, str, QIcon | None]]) -> None:
        current = [(self._values[i], self.item(i).text()) for i in range(self.count())]
        if current == [(value, text) for value, text, _ in options]:
            return
        checked = set(self.checked_values())
        self._loading = True
        self.clear()
        self._values = []
        for value, text, icon in options:
            item = QListWidgetItem(text, self)
            if icon is not None:
                item.setIcon(icon)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
            self._values.append(value)
        self._loading = False
        self._fit_height()

    def checked_values(self) -> list[object]:
        return [value for index, value in enumerate(self._values)
                if self.item(index).checkState() == Qt.CheckState.Checked]

    def set_checked_values(self, values: list[object]) -> None:
        wanted = set(values)
        self._loading = True
        for index, value in enumerate(self._values):
            state = Qt.CheckState.Checked if value in wanted else Qt.CheckState.Unchecked
            if self.item(index).checkState() != state:
                self.item(index).setCheckState(state)
        self._loading = False

    def set_checked(self, value: object, checked: bool) -> None:
        """Check or uncheck one option as the user would (emits :attr:`toggled`)."""
        index = self._values.index(value)
        self.item(index).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.toggled.emit()

