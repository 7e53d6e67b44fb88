"""File ▸ Share Live… (the links to give colleagues, what the LAN hears, Stop) and File ▸ Join… (a link pasted or
a session found on the LAN, a name, a colour)."""

from functools import partial

import segno
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...collab.discovery import Announce, Announcer, FoundSession, SessionBrowser
from ...collab.link import SCHEME, BadLink, RoomLink, parse_link

COLOURS = ("#E45756", "#4C78A8", "#54A24B", "#F58518", "#B279A2", "#72B7B2", "#9D755D", "#EECA3B")


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveDialogs", text)


QR_MODULE = 4
"""Pixels per QR module: a 2 cm square on a laptop screen, readable by a phone held near it."""
QR_QUIET = 4
"""Modules of white around the code, as the standard asks."""
DISCOVERY_POLL_MS = 250
"""How often the Join dialog reads what its browser heard on the LAN (the browser runs on its own thread)."""


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

    def __init__(self, edit: RoomLink, view: RoomLink, parent: QWidget | None = None,
                 announcer: Announcer | None = None):
        super().__init__(parent)
        self.announcer = announcer
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
        self.announce_field = QComboBox(self)
        for mode, label in announce_labels().items():
            self.announce_field.addItem(label, mode.value)
        self.announce_field.setToolTip(tr("What every computer on this network can see in its Join dialog"))
        self.announce_note = QLabel(self)
        self.announce_note.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        self.qr = QLabel(self)
        self.qr.setPixmap(qr_pixmap(str(edit)))
        self.qr.setToolTip(tr("The link to edit, as a QR code"))
        self.qr.setAccessibleName(tr("The link to edit, as a QR code"))
        columns.addWidget(self.qr)
        layout.addLayout(columns)
        if announcer is not None:
            network = QFormLayout()
            network.addRow(tr("On this network:"), self.announce_field)
            network.addRow("", self.announce_note)
            layout.addLayout(network)
            self.announce_field.setCurrentIndex(self.announce_field.findData(announcer.mode.value))
            self.announce_field.currentIndexChanged.connect(self._announce)
            self._explain_announcement()
        else:
            self.announce_field.hide()
            self.announce_note.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.stop_button = buttons.addButton(tr("Stop Sharing"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.stop_button.clicked.connect(self._stop)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _stop(self) -> None:
        self.stopRequested.emit()
        self.accept()

    def _announce(self) -> None:
        if self.announcer is not None:
            self.announcer.set_mode(Announce(self.announce_field.currentData()))
        self._explain_announcement()

    def _explain_announcement(self) -> None:
        self.announce_note.setText(announce_notes()[Announce(self.announce_field.currentData())])


def announce_labels() -> dict[Announce, str]:
    return {
        Announce.OFF: tr("Not announced"),
        Announce.LISTED: tr("Listed, link needed"),
        Announce.VIEW: tr("Listed, anyone can view"),
        Announce.EDIT: tr("Listed, anyone can edit"),
    }


def announce_notes() -> dict[Announce, str]:
    """What each choice means for whoever is on the same network."""
    return {
        Announce.OFF: tr("Only the people you give a link to know this session exists."),
        Announce.LISTED: tr("Computers on this network see the map's title and your name in File ▸ Join Live Session…; "
                            "joining still needs the link."),
        Announce.VIEW: tr("Anyone on this network can watch from File ▸ Join Live Session…, without the link."),
        Announce.EDIT: tr("Anyone on this network can edit from File ▸ Join Live Session…, without the link: "
                          "choose it only where everyone on the network is invited."),
    }


class JoinDialog(QDialog):
    """A link pasted from the host or a session found on the LAN, and how colleagues will see you.

    The dialog listens for announced sessions while it is open (``browser``: by default on every
    interface) and stops listening when it closes.
    """

    def __init__(self, name: str, colour: str, parent: QWidget | None = None, browser: SessionBrowser | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Join a Live Session"))
        self.setMinimumWidth(560)
        self.link: RoomLink | None = None
        layout = QVBoxLayout(self)
        self.sessions_label = QLabel(tr("Sessions on this network:"), self)
        self.sessions = QListWidget(self)
        self.sessions.setAccessibleName(tr("Sessions on this network"))
        self.sessions.setMaximumHeight(120)
        self.sessions.setWordWrap(True)  # a long map title wraps rather than hiding what picking it gives
        self.sessions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sessions.itemClicked.connect(self._pick)
        self.sessions.itemActivated.connect(self._pick)
        self.sessions_note = QLabel(self)
        self.sessions_note.setWordWrap(True)
        layout.addWidget(self.sessions_label)
        layout.addWidget(self.sessions)
        layout.addWidget(self.sessions_note)
        self._found: list[FoundSession] = []
        self.browser = browser
        if self.browser is None:
            try:
                self.browser = SessionBrowser()
            except OSError as error:
                self.sessions_note.setText(tr("Cannot look for sessions on this network: {problem}").format(
                    problem=error.strerror or error))
        self._poll = QTimer(self)
        self._poll.setInterval(DISCOVERY_POLL_MS)
        self._poll.timeout.connect(self._refresh_sessions)
        if self.browser is not None:
            self._poll.start()
            self._refresh_sessions()
            # A dialog destroyed open (its window closed) never finishes: stop listening then too.
            self.destroyed.connect(partial(SessionBrowser.close, self.browser))
        self.finished.connect(self._stop_browsing)
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

    def _refresh_sessions(self) -> None:
        if self.browser is None:
            return
        found = self.browser.sessions()
        if found == self._found:
            return
        self._found = found
        current = self.sessions.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole).key if current is not None else None
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for session in found:
            item = QListWidgetItem(session_label(session), self.sessions)
            item.setData(Qt.ItemDataRole.UserRole, session)
            item.setToolTip(f"{session.host}:{session.port}")
            if session.key == chosen:
                self.sessions.setCurrentItem(item)
        self.sessions.blockSignals(False)
        if not found:
            self.sessions_note.setText(tr("None found yet. You can paste the link the host gives you."))
        elif self.sessions_note.text() == tr("None found yet. You can paste the link the host gives you."):
            self.sessions_note.setText("")

    def _pick(self, item: QListWidgetItem) -> None:
        """A session found on the LAN fills the link: whole when the host announced it, else all but the token."""
        session: FoundSession = item.data(Qt.ItemDataRole.UserRole)
        self.problem.setText("")
        if session.link is not None:
            self.link_field.setText(str(session.link))
            self.sessions_note.setText("")
        else:
            self.link_field.setText(session.link_without_token)
            self.link_field.setFocus()
            self.link_field.end(False)
            self.sessions_note.setText(tr("This session is announced without its token: paste the host's link "
                                          "(on the projector, or in its QR code), or type the token at the end."))

    def _stop_browsing(self) -> None:
        self._poll.stop()
        if self.browser is not None:
            self.browser.close()
            self.browser = None

    def accept(self) -> None:
        try:
            self.link = parse_link(self.link_field.text())
        except BadLink as error:
            self.problem.setText(tr("This link cannot be used: {reason}.").format(reason=_reason(str(error))))
            self.link_field.setFocus()
            return
        super().accept()


def session_label(session: FoundSession) -> str:
    """One line of the Join dialog's list: the map, who hosts it, and what picking it gives."""
    access = {"edit": tr("anyone can edit"), "view": tr("view only")}.get(session.access, tr("link needed"))
    title = session.title or tr("Untitled map")
    if session.host_name:
        return tr("{map} — hosted by {name} · {access}").format(map=title, name=session.host_name, access=access)
    return f"{title} · {access}"


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
