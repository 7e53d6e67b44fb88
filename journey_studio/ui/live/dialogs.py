"""File ▸ Share Live… (the links to give colleagues, Stop) and File ▸ Join… (paste a link, a name, a colour)."""

import segno
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...collab.link import SCHEME, BadLink, RoomLink, parse_link

COLOURS = ("#E45756", "#4C78A8", "#54A24B", "#F58518", "#B279A2", "#72B7B2", "#9D755D", "#EECA3B")


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveDialogs", text)


QR_MODULE = 4
"""Pixels per QR module: a 2 cm square on a laptop screen, readable by a phone held near it."""
QR_QUIET = 4
"""Modules of white around the code, as the standard asks."""


def qr_pixmap(text: str, module: int = QR_MODULE) -> QPixmap:
    """``text`` as a QR code (error correction M), drawn square by square."""
    matrix = segno.make(text, error="m", micro=False).matrix
    size = (len(matrix) + 2 * QR_QUIET) * module
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            if dark:
                painter.drawRect((column + QR_QUIET) * module, (row + QR_QUIET) * module, module, module)
    painter.end()
    return pixmap


def colour_names() -> dict[str, str]:
    return dict(zip(COLOURS, (tr("Red"), tr("Blue"), tr("Green"), tr("Orange"), tr("Purple"), tr("Teal"),
                              tr("Brown"), tr("Yellow")), strict=True))


class _LinkRow(QWidget):
    def __init__(self, link: RoomLink, parent: QWidget):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(str(link), self)
        self.field.setReadOnly(True)
        self.field.setCursorPosition(0)
        self.copy = QPushButton(tr("Copy"), self)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.field.text()))
        row.addWidget(self.field, 1)
        row.addWidget(self.copy)


class ShareDialog(QDialog):
    """The room this window hosts: where it is, and the links for editors and for viewers."""

    stopRequested = Signal()

    def __init__(self, edit: RoomLink, view: RoomLink, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Share Live"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Colleagues on your network open File ▸ Join Live Session… and paste a link. The map "
                          "is saved here, in your file, as they edit."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(tr("Computer:"), QLabel(f"{edit.host}:{edit.port}", self))
        form.addRow(tr("Room:"), QLabel(edit.room, self))
        self.edit_row = _LinkRow(edit, self)
        self.view_row = _LinkRow(view, self)
        form.addRow(tr("To edit:"), self.edit_row)
        form.addRow(tr("To view only:"), self.view_row)
        security = (tr("Encrypted; the link names the certificate to trust (…{fingerprint}).").format(
            fingerprint=edit.fingerprint[-12:]) if edit.fingerprint else tr("Not encrypted: use on a trusted network"))
        security_label = QLabel(security, self)
        security_label.setWordWrap(True)
        form.addRow(tr("Security:"), security_label)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        self.qr = QLabel(self)
        self.qr.setPixmap(qr_pixmap(str(edit)))
        self.qr.setToolTip(tr("The link to edit, as a QR code"))
        self.qr.setAccessibleName(tr("The link to edit, as a QR code"))
        columns.addWidget(self.qr)
        layout.addLayout(columns)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.stop_button = buttons.addButton(tr("Stop Sharing"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.stop_button.clicked.connect(self._stop)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _stop(self) -> None:
        self.stopRequested.emit()
        self.accept()


class JoinDialog(QDialog):
    """A link pasted from the host, and how colleagues will see you."""

    def __init__(self, name: str, colour: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Join a Live Session"))
        self.setMinimumWidth(560)
        self.link: RoomLink | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.link_field = QLineEdit(self)
        self.link_field.setPlaceholderText(f"{SCHEME}://…")  # a URL scheme: the same in every language
        self.link_field.setAccessibleName(tr("Link"))
        self.name_field = QLineEdit(name, self)
        self.name_field.setMaxLength(40)
        self.colour_field = QComboBox(self)
        for value, label in colour_names().items():
            self.colour_field.addItem(label, value)
        index = self.colour_field.findData(colour)
        self.colour_field.setCurrentIndex(max(index, 0))
        form.addRow(tr("Link:"), self.link_field)
        form.addRow(tr("Your name:"), self.name_field)
        form.addRow(tr("Your colour:"), self.colour_field)
        layout.addLayout(form)
        self.publish = QCheckBox(tr("If the room is empty, put my open map in it"), self)
        self.publish.setChecked(True)
        layout.addWidget(self.publish)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Join"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def name(self) -> str:
        return " ".join(self.name_field.text().split()) or tr("Guest")

    @property
    def colour(self) -> str:
        return str(self.colour_field.currentData())

    def accept(self) -> None:
        try:
            self.link = parse_link(self.link_field.text())
        except BadLink as error:
            self.problem.setText(tr("This link cannot be used: {reason}.").format(reason=_reason(str(error))))
            self.link_field.setFocus()
            return
        super().accept()


def _reason(english: str) -> str:
    """BadLink's reasons, translated."""
    return {
        "this is not a link": tr("this is not a link"),
        "a room link starts with journey://": tr("a room link starts with journey://"),
        "the link names no computer": tr("the link names no computer"),
        "the link names no port": tr("the link names no port"),
        "the link names no room": tr("the link names no room"),
        "the link has no valid token": tr("the link has no valid token"),
        "the link's access must be edit or view": tr("the link's access must be edit or view"),
        "the link's certificate fingerprint is not valid": tr("the link's certificate fingerprint is not valid"),
        "a wss:// link needs the certificate fingerprint (tls=…)":
            tr("a wss:// link needs the certificate fingerprint (tls=…)"),
    }.get(english, english)
