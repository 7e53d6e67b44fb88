"""Help ▸ Getting Started: the first hour with a journey map, step by step, in the window's language."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..i18n import current_language
from ..templates import list_templates


def tr(text: str) -> str:
    return QCoreApplication.translate("GettingStarted", text)


def _blank_template_title() -> str:
    """The gallery's name for the empty template, in the interface's language."""
    language = current_language()
    titles = {info.language: info.title for info in list_templates() if info.name == "blank"}
    return titles.get(language) or titles.get("en") or "blank"


def getting_started_html() -> str:
    steps = [
        tr("<b>Start from a template</b>: File ▸ New… shows them all; “{blank}” starts with empty stages "
           "and lanes.").format(blank=_blank_template_title()),
        tr("<b>Name the stages</b> of the journey: double-click a stage header and type. Map ▸ Add Stage "
           "(Ctrl+Alt+S) adds one; drag a header to reorder it."),
        tr("<b>Add cards</b>: double-click an empty cell, type the title, press Enter (Esc cancels). "
           "Drag cards between cells, or move the selected ones with the arrow keys."),
        tr("<b>Draw the emotion curve</b>: double-click the emotion lane, or right-click it, or Map ▸ Add "
           "Emotion Point; drag a face up or down to change the score."),
        tr("<b>Connect cards</b> with arrows: Alt+drag from one card to another, or Map ▸ Connect Cards "
           "(Ctrl+K) for one arrow."),
        tr("<b>Describe who travels</b>: the Personas panel (View ▸ Panels) holds their goals, frustrations "
           "and channels; the Inspector edits whatever is selected."),
        tr("<b>Share it</b>: File ▸ Export… (Ctrl+E) writes PNG, SVG, a PDF report or a PowerPoint deck; "
           "Present (F5) shows the map full screen, one stage at a time."),
    ]
    items = "".join(f"<li style='margin-bottom: 8px'>{step}</li>" for step in steps)
    return (f"<h2>{tr('Getting started with Journey Studio')}</h2><ol>{items}</ol>"
            f"<p>{tr('Every change can be undone (Ctrl+Z). Help ▸ Keyboard Shortcuts lists every key.')}</p>")


class GettingStartedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Getting Started"))
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(getting_started_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(620, 560)
