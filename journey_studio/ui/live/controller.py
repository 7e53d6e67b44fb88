"""Live workshops in one window: the File menu's Share Live… and Join…, and everything shown while live.

The window creates one :class:`LiveController`; it adds its own actions, chip, toolbar and
panel, and follows the window's document, so the window itself only says where it goes.
"""

import getpass
import zlib
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from ... import recovery
from ...canvas.inline_editor import InlineEditor
from ...canvas.item_kind import MapItemKind
from ...collab.client import NetworkClient, Status
from ...collab.hosting import HostedRoom, host_document, lan_address
from ...collab.link import RoomLink
from ...collab.schema import is_empty, read_workspace
from ...collab.session import LiveSession, Person
from ...collab.update_log import UpdateLog
from ...document import Document
from ...presentation.window import PresentationWindow
from .. import dialogs
from .dialogs import COLOURS, JoinDialog, ShareDialog
from .panel import LivePanel
from .presence import AvatarBar, SelectionOverlay, StatusChip


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveController", text)


def _stop_threads(client: NetworkClient, hosted: HostedRoom | None) -> None:
    """Plain Python only: called when the window (and every Qt object of the session) is already gone."""
    client.stop()
    if hosted is not None:
        hosted.thread.stop()
        if hosted.announcer is not None:
            hosted.announcer.close(wait=False)


class LiveController(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.bind_host: str | None = None
        """The address a shared room listens on; None: this machine's LAN address."""
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        self.data_dir = Path(location) / "live"
        self.hosted: HostedRoom | None = None
        self.session: LiveSession | None = None
        self.share_dialog: ShareDialog | None = None
        self._bound: Document | None = None
        self._people: set[int] = set()
        self._presentation_pending = False

        self.share_action = QAction(tr("Share &Live…"), window)
        self.share_action.setToolTip(tr("Let colleagues on your network edit this map with you"))
        self.share_action.triggered.connect(self.share)
        self.join_action = QAction(tr("&Join Live Session…"), window)
        self.join_action.setToolTip(tr("Edit a map a colleague shares, with them"))
        self.join_action.triggered.connect(lambda: self.join())
        file_menu = window.menuBar().actions()[0].menu()
        before = window.window_actions.import_file
        file_menu.insertActions(before, [self.share_action, self.join_action])
        file_menu.insertSeparator(before)

        self.chip = StatusChip(window)
        self.chip.clicked.connect(self._show_panel)
        window.statusBar().addPermanentWidget(self.chip)
        self.chip.hide()
        self.avatars = AvatarBar(window)
        self.toolbar = window.addToolBar(tr("Live"))
        self.toolbar.setObjectName("liveToolbar")
        self.toolbar.addWidget(self.avatars)
        self.toolbar.hide()
        self.panel = LivePanel(window)
        self.dock = QDockWidget(tr("Live"), window)
        self.dock.setObjectName("liveDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.overlay = SelectionOverlay(window.scene)
        window.scene.selectionChanged.connect(self._selection_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # -- who I am ----------------------------------------------------------------------------------

    @staticmethod
    def _me() -> tuple[str, str]:
        settings = QSettings()
        name = str(settings.value("live/name", "") or "") or getpass.getuser().capitalize()
        # A colour of one's own from the start: two people who never chose should not look the same.
        colour = str(settings.value("live/colour", "") or "") or COLOURS[zlib.crc32(name.encode()) % len(COLOURS)]
        return name, colour

    # -- sharing and joining -----------------------------------------------------------------------

    def share(self) -> None:
        """Host a room for the open map (or show its links again)."""
        if self.hosted is not None:
            self.show_share_dialog()
            return
        if self.session is not None:
            dialogs.show_error(self.window, tr("Share Live"), tr("Leave the live session you joined first."))
            return
        document: Document = self.window.document
        name, colour = self._me()
        try:
            self.hosted = host_document(document, name=name, colour=colour,
                                        bind_host=self.bind_host or lan_address(), data_dir=self.data_dir, parent=self)
        except (OSError, ValueError) as error:
            dialogs.show_error(self.window, tr("Cannot share this map"), str(error))
            return
        self.hosted.keeper.failed.connect(
            lambda text: self.panel.add_event(tr("Could not save: {problem}").format(problem=text)))
        self._follow(self.hosted.session, document)
        self.panel.add_event(tr("Sharing started"))
        self.show_share_dialog()

    def show_share_dialog(self) -> ShareDialog | None:
        if self.hosted is None:
            return None
        self.share_dialog = ShareDialog(self.hosted.link("edit"), self.hosted.link("view"), self.window,
                                        announcer=self.hosted.announcer)
        self.share_dialog.stopRequested.connect(self.stop)
        self.share_dialog.show()
        return self.share_dialog

    def join(self, link: RoomLink | None = None) -> JoinDialog | None:
        """Ask for a link, name and colour, then connect; the map opens in this window once it arrives."""
        if self.session is not None:
            dialogs.show_error(self.window, tr("Join a Live Session"), tr("Stop the current live session first."))
            return None
        name, colour = self._me()
        dialog = JoinDialog(name, colour, self.window)
        if link is not None:
            dialog.link_field.setText(str(link))
        dialog.accepted.connect(lambda: self._connect(dialog))
        dialog.open()
        return dialog

    def _connect(self, dialog: JoinDialog) -> None:
        assert dialog.link is not None
        settings = QSettings()
        settings.setValue("live/name", dialog.name)
        settings.setValue("live/colour", dialog.colour)
        # Offline edits are kept on disk until we leave while connected: an app closed offline merges them next time.
        log = UpdateLog.for_room(recovery.default_folder(), dialog.link)
        session = LiveSession(dialog.link, dialog.name, dialog.colour, update_log=log, parent=self)
        if dialog.publish.isChecked() and self.window.document.current_map is not None:
            session.publish_if_empty(self.window.document.workspace)
        session.synced.connect(self._open_joined)
        self._follow(session, None)
        session.start()

    def _open_joined(self) -> None:
        session = self.session
        if session is None:
            return
        if is_empty(session.doc):
            self.stop()
            dialogs.show_error(self.window, tr("Join a Live Session"), tr("This room holds no map yet."))
            return
        document = Document.unsaved(read_workspace(session.doc))
        if not self.window.files.maybe_save():
            self.stop()
            return
        self.window.open_document(document)
        session.bind(document)
        self._watch(document)
        self.panel.add_event(tr("Joined the room"))
        self._refresh_people()

    def stop(self) -> None:
        """Leave (or stop hosting): the map stays open here, as a normal document."""
        if self.share_dialog is not None:
            self.share_dialog.close()
            self.share_dialog = None
        hosted, session = self.hosted, self.session
        self.hosted = self.session = None
        if self._bound is not None:
            self._bound.changed.disconnect(self._refresh_overlay)
            self._bound.destroyed.disconnect(self._document_gone)
            self._bound = None
        if hosted is not None:
            hosted.stop()
        elif session is not None:
            if session.binding is not None:
                session.binding.detach()
            session.stop()
        self.window.inspector.set_attribution(None)
        self.overlay.clear()
        self.chip.hide()
        self.toolbar.hide()
        self.panel.add_event(tr("Live session ended"))

    # -- following the session ---------------------------------------------------------------------

    def _follow(self, session: LiveSession, document: Document | None) -> None:
        self.session = session
        # A window closed while live takes its session with it: stop the threads, not just the objects.
        self.window.destroyed.connect(partial(_stop_threads, session.client, self.hosted))
        self._people = set()
        session.statusChanged.connect(self._show_status)
        session.presenceChanged.connect(self._refresh_people)
        session.activityChanged.connect(lambda: self.panel.show_repairs(session.activity()))
        if document is not None:
            self._watch(document)
        self.chip.show()
        self.toolbar.show()
        self._show_status(session.status, session.status_message)
        self._refresh_people()

    def _watch(self, document: Document) -> None:
        self._bound = document
        document.changed.connect(self._refresh_overlay)
        document.destroyed.connect(self._document_gone)
        if self.session is not None and self.session.binding is not None:
            self.session.binding.remoteChanged.connect(self._follow_in_presentation)
        self.window.inspector.set_attribution(self._changed_by)

    _COLLECTIONS = {MapItemKind.CARD: "cards", MapItemKind.STAGE: "stages", MapItemKind.LANE: "lanes",
                    MapItemKind.EMOTION: "emotion_points", MapItemKind.CONNECTOR: "connectors"}

    def _changed_by(self, kind: MapItemKind, item_id: str) -> str:
        """For the inspector: who last changed the item it shows (nobody for the map's own fields)."""
        session = self.session
        journey_map = self.window.document.current_map
        collection = self._COLLECTIONS.get(kind)
        if session is None or session.binding is None or journey_map is None or collection is None:
            return ""
        return session.binding.last_changed_by(journey_map.id, collection, item_id)

    def _follow_in_presentation(self, _result: object) -> None:
        """The projector shows colleagues' edits as they happen (once per burst of them)."""
        if not self._presentation_pending:
            self._presentation_pending = True
            QTimer.singleShot(0, self._redraw_presentation)

    def _redraw_presentation(self) -> None:
        self._presentation_pending = False
        presentation = self.window.findChild(PresentationWindow)
        if presentation is not None and presentation.isVisible():
            presentation.follow_changes()

    def _document_gone(self) -> None:
        self._bound = None
        if self.session is not None:
            self.stop()

    def _show_status(self, status: str, message: str) -> None:
        if self.session is None:
            return
        self.chip.show_state(status, len(self.session.people()), self.session.can_edit, message)
        if status == Status.REFUSED:
            self.panel.add_event(message)

    def _me_person(self) -> Person | None:
        if self.session is None:
            return None
        name, colour = self.session.local_user()
        return Person(self.session.doc.client_id, name, colour)

    def _refresh_people(self) -> None:
        session = self.session
        if session is None:
            return
        people = session.people()
        ids = {p.client_id for p in people}
        for person in people:
            if person.client_id not in self._people:
                self.panel.add_event(tr("{name} joined").format(name=person.name))
        self._people = ids
        self.avatars.show_people(self._me_person(), people)
        self.panel.show_people(self._me_person(), people)
        self._show_status(session.status, session.status_message)
        self._refresh_overlay()

    def _refresh_overlay(self) -> None:
        if self.session is None:
            return
        scene = self.window.scene

        def rect(card_id: str):
            item = scene.card_item(card_id)
            return item.sceneBoundingRect() if item is not None else None

        self.overlay.show(self.session.people(), rect)
        self._show_last_changed()

    def _selection_changed(self) -> None:
        if self.session is None:
            return
        self.session.set_presence(selection=self.window.scene.selected_card_ids())
        self._show_last_changed()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Typing in a card's title (F2, a double-click, a new card): colleagues see my name on it."""
        if self.session is None:
            return
        editing = ""
        if isinstance(new, InlineEditor) and new.window() is self.window:
            selected = self.window.scene.selected_card_ids()
            editing = selected[0] if len(selected) == 1 else ""
        self.session.set_presence(editing=editing)

    def _show_last_changed(self) -> None:
        session = self.session
        selected = self.window.scene.selected_card_ids()
        journey_map = self.window.document.current_map
        if session is None or session.binding is None or len(selected) != 1 or journey_map is None:
            self.panel.show_last_changed("", "")
            return
        card = journey_map.card(selected[0])
        by = session.binding.last_changed_by(journey_map.id, "cards", selected[0])
        self.panel.show_last_changed(card.title if card else "", by)

    def _show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()
