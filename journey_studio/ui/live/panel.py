"""The Live panel: who is here, who last changed the selection, and what the host repaired."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...collab.session import Person


def tr(text: str) -> str:
    return QCoreApplication.translate("LivePanel", text)


def repair_text(entry: dict[str, Any]) -> str:
    """One repair the host made, in the interface's language."""
    subject, detail = str(entry.get("subject", "")), str(entry.get("detail", ""))
    by = str(entry.get("by") or "") or tr("someone")
    texts = {
        "stage_kept": tr("Stage kept: “{subject}” ({by} added {detail} to it while it was deleted)"),
        "lane_kept": tr("Lane kept: “{subject}” ({by} added {detail} to it while it was deleted)"),
        "arrow_removed": tr("Arrow removed: its card “{subject}” was deleted"),
        "link_cleared": tr("Link cleared on “{subject}”: what it pointed to was deleted"),
        "scale_widened": tr("Emotion scale of “{subject}” set to {detail}: both bounds were changed at once"),
        "score_clamped": tr("Score of “{subject}” brought into the scale ({detail})"),
        "text_cut": tr("Text of “{subject}” cut to its limit"),
        "items_cut": tr("{detail} beyond the limit removed from “{subject}”"),
    }
    text = texts.get(str(entry.get("kind")), "{subject}")
    return text.format(subject=subject, detail=detail, by=by)


class LivePanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("People"), self))
        self.people = QListWidget(self)
        self.people.setMaximumHeight(120)
        layout.addWidget(self.people)
        self.last_changed = QLabel(self)
        self.last_changed.setWordWrap(True)
        layout.addWidget(self.last_changed)
        layout.addWidget(QLabel(tr("Activity"), self))
        self.activity = QListWidget(self)
        self.activity.setWordWrap(True)
        layout.addWidget(self.activity, 1)
        self._repairs_shown = 0

    def show_people(self, me: Person | None, people: Sequence[Person]) -> None:
        self.people.clear()
        for person in ([me] if me else []) + list(people):
            text = person.name if person is not me else tr("{name} (you)").format(name=person.name)
            item = QListWidgetItem("● " + text)
            item.setForeground(QColor(person.colour))
            self.people.addItem(item)

    def show_last_changed(self, title: str, by: str) -> None:
        self.last_changed.setText(tr("“{title}” last changed by {name}").format(title=title, name=by) if by else "")

    def add_event(self, text: str) -> None:
        self.activity.insertItem(0, text)

    def show_repairs(self, entries: Sequence[dict[str, Any]]) -> None:
        """Add the repairs not shown yet (the room's list only grows, apart from its oldest falling off)."""
        fresh = list(entries)[self._repairs_shown:] if len(entries) >= self._repairs_shown else list(entries)
        for entry in fresh:
            at = str(entry.get("at", ""))
            self.add_event((at + " " if at else "") + repair_text(entry))
        self._repairs_shown = len(entries)
