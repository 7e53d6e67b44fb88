"""Who is here: the status chip, everyone's avatar, and colleagues' selections outlined on the canvas."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from ...collab.client import Status
from ...collab.session import Person
from ...translatable import TranslatableText

OVERLAY_Z = 10_000
AVATAR = 26


def tr(text: str) -> str:
    return QCoreApplication.translate("LivePresence", text)


def status_text(status: str, people: int, can_edit: bool, message: str = "") -> str:
    """What the chip says: Live · 3 people / Reconnecting… / Offline: your changes will merge."""
    if status == Status.LIVE:
        text = str(TranslatableText("LivePresence", "Live · %n person(people)", people + 1))
    elif status == Status.CONNECTING:
        text = tr("Connecting…")
    elif status == Status.RECONNECTING:
        text = tr("Offline: your changes will merge") if can_edit else tr("Reconnecting…")
    elif status == Status.REFUSED:
        text = tr("Refused: {reason}").format(reason=message or tr("the room said no"))
    else:
        text = tr("Not live")
    return text if can_edit or status == Status.REFUSED else text + " · " + tr("view only")


def initials(name: str) -> str:
    words = [w for w in name.split() if w]
    return ("".join(w[0] for w in words[:2]) or "?").upper()


class StatusChip(QToolButton):
    """In the status bar; a click shows the Live panel."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setObjectName("liveStatusChip")
        self.show_state(Status.STOPPED, 0, True)

    def show_state(self, status: str, people: int, can_edit: bool, message: str = "") -> None:
        self.setText(status_text(status, people, can_edit, message))
        colour = {Status.LIVE: "#2E7D32", Status.REFUSED: "#B00020"}.get(Status(status), "#8D6E00")
        self.setStyleSheet(f"QToolButton {{ color: white; background: {colour}; border-radius: 9px; "
                           "padding: 2px 10px; }")


class AvatarBar(QWidget):
    """A round badge with initials per person, in their colour; the tooltip names them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(4, 0, 4, 0)
        self._row.setSpacing(3)
        self.badges: list[QLabel] = []

    def show_people(self, me: Person | None, people: Sequence[Person]) -> None:
        for badge in self.badges:
            badge.deleteLater()
        self.badges = []
        for person in ([me] if me else []) + list(people):
            badge = QLabel(initials(person.name), self)
            badge.setFixedSize(AVATAR, AVATAR)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setStyleSheet(f"background: {person.colour}; color: white; border-radius: {AVATAR // 2}px; "
                                "font-weight: bold;")
            tip = person.name if person is not me else tr("{name} (you)").format(name=person.name)
            if person.editing:
                tip += " — " + tr("typing")
            badge.setToolTip(tip)
            badge.setAccessibleName(tip)
            self._row.addWidget(badge)
            self.badges.append(badge)


class SelectionOverlay:
    """Colleagues' selected cards outlined in their colour, with their name above."""

    def __init__(self, scene: QGraphicsScene):
        self._scene = scene
        self.items: list[QGraphicsItem] = []
        self.tags: list[QGraphicsSimpleTextItem] = []
        """The name tags' texts (children of items)."""

    def show(self, people: Sequence[Person], card_rect) -> None:
        """``card_rect(card_id)`` gives a card's scene rectangle, or None when it is not on the canvas."""
        self.clear()
        font = QFont()
        font.setPointSizeF(9)
        font.setBold(True)
        for person in people:
            colour = QColor(person.colour)
            labelled = False
            shown = list(person.selection) + ([person.editing] if person.editing and person.editing not in
                                               person.selection else [])
            for card_id in shown:
                rect: QRectF | None = card_rect(card_id)
                if rect is None:
                    continue
                outline = QGraphicsRectItem(rect.adjusted(-4, -4, 4, 4))
                pen = QPen(colour, 3)
                pen.setCosmetic(True)
                outline.setPen(pen)
                outline.setBrush(QBrush(Qt.BrushStyle.NoBrush))
                outline.setZValue(OVERLAY_Z)
                outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                outline.setData(0, person.client_id)
                self._add(outline)
                if not labelled:
                    self._name_tag(person.name + (" ✎" if person.editing == card_id else ""), colour, font, rect)
                    labelled = True

    def _name_tag(self, text: str, colour: QColor, font: QFont, card: QRectF) -> None:
        """White on the person's colour, on the outline's top edge: readable over any card."""
        label = QGraphicsSimpleTextItem(text)
        label.setFont(font)
        label.setBrush(QColor("white"))
        bounds = label.boundingRect()
        tag = QGraphicsRectItem(0, 0, bounds.width() + 8, bounds.height() + 2)
        tag.setBrush(colour)
        tag.setPen(QPen(Qt.PenStyle.NoPen))
        tag.setPos(card.left() - 4, card.top() - 4 - bounds.height() - 2)
        tag.setZValue(OVERLAY_Z + 1)
        tag.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        label.setParentItem(tag)
        label.setPos(4, 1)
        self._add(tag)
        self.tags.append(label)

    def _add(self, item: QGraphicsItem) -> None:
        self._scene.addItem(item)
        self.items.append(item)

    def clear(self) -> None:
        for item in self.items:
            if item.scene() is self._scene:
                self._scene.removeItem(item)
        self.items = []
        self.tags = []
