"""The business context of the workspace: the three decision factors every map is read against.

Edited in a dialog rather than live because the three answers belong together: OK applies
them as one undo entry, Cancel leaves the workspace as it was.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..editor import InvalidEdit, MapEditor
from ..model.base import MAX_TEXT
from .inspector.widgets import ErrorLabel, plain_text, plain_text_edit


def tr(text: str) -> str:
    return QCoreApplication.translate("BusinessContextDialog", text)


MAX_LINE = 500
"""``ShortText``: the longest goal or expectation the model accepts."""
MAX_LINES = 200
"""``text_list()``: the most goals or expectations the model accepts."""


QWIDGETSIZE_MAX = (1 << 24) - 1


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in plain_text(edit).splitlines() if line.strip()]


class BusinessContextDialog(QDialog):
    """Company goals and customer expectations (one per line) and the market; OK applies all three at once."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(tr("Business context"))
        context = editor.workspace.business_context
        layout = QVBoxLayout(self)
        intro = QLabel(tr("What the company wants, the market it plays in, and what customers expect: "
                          "the three factors every journey is judged against."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.goals = self._field(layout, tr("Company &goals"), tr("One goal per line"), 5)
        self.goals.setPlainText("\n".join(context.company_goals))
        self.market = self._field(layout, tr("&Market"), tr("Competitors, trends, constraints"), 6)
        self.market.setPlainText(context.market)
        self.expectations = self._field(layout, tr("Customer &expectations"), tr("One expectation per line"), 5)
        self.expectations.setPlainText("\n".join(context.customer_expectations))
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(tr("Apply the changes (one undo step)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(tr("Close without changing anything"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._initial = self.changes()
        self.resize(560, self.minimumSizeHint().height() + 40)
        self.goals.setFocus(Qt.FocusReason.OtherFocusReason)

    def _field(self, layout: QVBoxLayout, label_text: str, placeholder: str, lines: int) -> QPlainTextEdit:
        label = QLabel(label_text, self)
        edit = plain_text_edit(self, lines)
        edit.setMinimumHeight(edit.minimumHeight())
        edit.setMaximumHeight(QWIDGETSIZE_MAX)  # in a dialog, the boxes grow with the window
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(label_text.replace("&", ""))
        label.setBuddy(edit)
        layout.addWidget(label)
        layout.addWidget(edit)
        return edit

    def changes(self) -> dict[str, object]:
        """The three fields as the model holds them."""
        return {
            "company_goals": _lines(self.goals),
            "market": plain_text(self.market),
            "customer_expectations": _lines(self.expectations),
        }

    def _problem(self, changes: dict[str, object]) -> str | None:
        """A message naming the line at fault, clearer than the model's own."""
        for field, name in (("company_goals", tr("company goals")), ("customer_expectations", tr("expectations"))):
            for number, line in enumerate(changes[field], start=1):
                if len(line) > MAX_LINE:
                    return tr("Line {number} of the {name} has {length} characters; keep each under {limit}.").format(
                        number=number, name=name, length=len(line), limit=MAX_LINE)
            if len(changes[field]) > MAX_LINES:
                return tr("The {name} hold {count} lines; keep at most {limit}.").format(
                    name=name, count=len(changes[field]), limit=MAX_LINES)
        if len(changes["market"]) > MAX_TEXT:
            return tr("The market description is too long ({length} characters; at most {limit}).").format(
                length=len(changes["market"]), limit=MAX_TEXT)
        return None

    def accept(self) -> None:
        """Apply what changed as one undo entry and close; stay open with the reason when it is refused."""
        changes = self.changes()
        problem = self._problem(changes)
        if problem:
            self.error.show_message(problem)
            return
        edited = {field: value for field, value in changes.items() if value != self._initial[field]}
        try:
            if edited:
                self.editor.set_business_context(edited)
        except InvalidEdit as error:
            self.error.show_message(str(error))
            return
        super().accept()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""
