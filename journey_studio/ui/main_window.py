"""The main window: wires a Document to the map scene and view, the panels and the menus; files go through
``self.files`` (ui/document_controller.py)."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, QTimer, SignalInstance
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsSceneContextMenuEvent,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..canvas.editable_scene import EditableMapScene
from ..canvas.item_kind import MapItemKind, Target
from ..canvas.view import MapView
from ..document import Document
from ..editor import MapEditor
from ..i18n import language_menu
from ..presentation import (
    PresentationWindow,
    animations_action,
    animations_enabled,
    current_stage_index,
    present_view_menu,
    presentation_actions,
    screen_menu,
)
from ..templates import list_templates
from ..theme import load_theme
from ..user_templates import new_from_any_template
from .actions import action_icon, create_actions
from .autosave import Autosaver
from .business_context_dialog import BusinessContextDialog
from .comments_panel import CommentsPanel
from .compare_view import CompareView
from .context_menus import build_menu
from .deferred_refresh import DeferredRefresh
from .document_controller import DocumentController
from .find_bar import FindBar
from .find_controller import FindController
from .getting_started import GettingStartedDialog
from .insights_panel import InsightsPanel
from .inspector.inspector import Inspector
from .live.controller import LiveController
from .map_controller import MapController
from .map_picker import MapPicker
from .menus import add_dock, build_menus, build_toolbar
from .personas_panel import PersonasPanel
from .review_panel import ReviewPanel
from .shortcuts_dialog import ShortcutsDialog
from .template_gallery import TemplateGallery, ask_save_as_template
from .theme_menu import canvas_theme_name, theme_menu
from .undo_actions import UndoActions

APP_NAME = "Journey Studio"


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.resize(1400, 900)
        self._document = document
        self.scene = EditableMapScene(load_theme(canvas_theme_name()), parent=self)
        self.view = MapView(self.scene, self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.find_bar)
        column.addWidget(self.view)
        self.setCentralWidget(centre)
        self.editor = MapEditor(document)
        self.controller = MapController(self.editor, self.scene, self.view, self)
        self.inspector = Inspector(self.editor, self)
        self.personas_panel = PersonasPanel(self.editor, self)
        self.review_panel = ReviewPanel(self.editor, self, refresh=False)
        self.insights_panel = InsightsPanel(self.editor, self, refresh=False)
        self.comments_panel = CommentsPanel(self.editor, self, refresh=False)
        self.compare_view = CompareView(self.editor, self, refresh=False)
        # The personas panel edits what it shows, so it follows each change at once; the panels that
        # analyse the whole map catch up when edits pause, and only while they can be seen.
        self._analysis_refreshes = {
            panel: DeferredRefresh(panel, panel.refresh)
            for panel in (self.review_panel, self.insights_panel, self.comments_panel, self.compare_view)
        }
        self.finder = FindController(self.find_bar, self.scene, self.view, document, self)
        self.undo_group = QUndoGroup(self)
        self.window_actions = create_actions(self)
        self.present = presentation_actions(self)
        self._presentation: PresentationWindow | None = None
        self._undo_actions = UndoActions(self.undo_group, self)
        self.undo_action = self._undo_actions.undo
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self._undo_actions.redo
        # Both, everywhere (the README promises them): StandardKey.Redo alone is only Ctrl+Y on some platforms.
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.setIcon(action_icon("undo"))
        self.redo_action.setIcon(action_icon("redo"))
        self.present.from_beginning.setIcon(action_icon("present"))
        self._set_toolbar_texts()
        self._map_picker = MapPicker(self)
        self._zoom_label = QLabel(self)
        self._recent_menu = QMenu(tr("Open &Recent"), self)
        self.files = DocumentController(self)  # open, save, import, export
        self.autosaver: Autosaver | None = None
        self._hint_shown = ""
        self._build_menus()
        self._connect()
        self.live = LiveController(self)  # File ▸ Share Live… and Join…, and what shows while live
        self._attach(document)

    # -- set-up ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.window_actions
        menus = build_menus(self.menuBar(), [
            (tr("&File"), [a.new_gallery, a.open, self._recent_menu, None, a.save, a.save_as, a.save_template,
                           None, a.import_file, a.export, None, a.close, a.quit]),
            (tr("&Edit"), [self.undo_action, self.redo_action, None, a.cut, a.copy, a.copy_image, a.paste,
                           a.duplicate, a.delete, a.select_all, None, a.rename, a.find]),
            (tr("&Map"), [a.add_card, a.add_stage, a.add_lane, a.add_emotion_point, a.connect_mode, None, a.new_map,
                          a.delete_map, None, a.business_context]),
            (tr("&View"), [a.zoom_in, a.zoom_out, a.fit_map, a.actual_size, a.zoom_selection, None,
                           self.present.from_beginning, self.present.from_current_stage,
                           present_view_menu(self, lambda: self._document.current_map,
                                             lambda view: self.start_presentation(None, view)), screen_menu(self),
                           animations_action(self), None, theme_menu(self, self.set_canvas_theme), language_menu(self),
                           None]),
            (tr("&Help"), [a.getting_started, a.shortcuts, None, a.about]),
        ])
        new_menu = QMenu(tr("&New from Template"), self)
        for info in list_templates():
            action = new_menu.addAction(f"{info.title} ({info.language.upper()})")
            action.setToolTip(tr("A new map from the template “{name}”").format(name=info.title))
            action.triggered.connect(lambda _=False, i=info: self.files.new_from_template(i.name, i.language))
        menus[0].insertMenu(a.open, new_menu)
        self._recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self._recent_menu))
        self._panels_menu = menus[3].addMenu(tr("&Panels"))

        self.addToolBar(toolbar := build_toolbar(self, tr("Main"), "mainToolbar", [
            a.open, a.save, a.export, None, self.undo_action, self.redo_action, None,
            a.add_card, a.add_stage, a.add_lane, a.connect_mode, None, a.zoom_out, a.fit_map, a.zoom_in, None,
            self.present.from_beginning, None, QLabel(tr("Map:"), self), self._map_picker,
        ]))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.setIconSize(QSize(22, 22))
        for zoom in (a.zoom_out, a.fit_map, a.zoom_in):  # icons everyone knows: room for the map picker's title
            toolbar.widgetForAction(zoom).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.statusBar().addPermanentWidget(self._zoom_label)

        inspector_dock = add_dock(self, tr("Inspector"), "inspectorDock", self.inspector, self._panels_menu)
        personas_dock = add_dock(self, tr("Personas"), "personasDock", self.personas_panel, self._panels_menu)
        self.tabifyDockWidget(inspector_dock, personas_dock)
        review_dock = add_dock(self, tr("Evidence Review"), "reviewDock", self.review_panel, self._panels_menu)
        insights_dock = add_dock(self, tr("Insights"), "insightsDock", self.insights_panel, self._panels_menu)
        comments_dock = add_dock(self, tr("Comments"), "commentsDock", self.comments_panel, self._panels_menu)
        compare_dock = add_dock(self, tr("Before and After"), "compareDock", self.compare_view, self._panels_menu)
        for dock in (review_dock, insights_dock, comments_dock, compare_dock):
            self.tabifyDockWidget(inspector_dock, dock)
            dock.hide()
        history = add_dock(self, tr("History"), "historyDock", QUndoView(self.undo_group, self), self._panels_menu)
        history.hide()
        inspector_dock.raise_()  # the inspector is the tab a user sees first

    def _connect(self) -> None:
        a = self.window_actions
        a.open.triggered.connect(lambda: self.files.open_dialog())
        a.save.triggered.connect(lambda: self.files.save())
        a.save_as.triggered.connect(lambda: self.files.save_as())
        a.import_file.triggered.connect(lambda: self.files.import_dialog())
        a.export.triggered.connect(lambda: self.files.export_dialog())
        a.copy_image.triggered.connect(lambda: self.files.copy_as_image())
        a.close.triggered.connect(self.close)
        a.quit.triggered.connect(QApplication.closeAllWindows)
        a.zoom_in.triggered.connect(self.view.zoom_in)
        a.zoom_out.triggered.connect(self.view.zoom_out)
        a.fit_map.triggered.connect(self.view.fit_map)
        a.actual_size.triggered.connect(self.view.zoom_actual_size)
        a.about.triggered.connect(self._about)
        a.shortcuts.triggered.connect(lambda: ShortcutsDialog(self.menuBar(), self).exec())
        a.getting_started.triggered.connect(lambda: GettingStartedDialog(self).exec())
        self.view.zoomChanged.connect(self._show_zoom)
        self._map_picker.currentIndexChanged.connect(self._pick_map)
        c = self.controller
        a.cut.triggered.connect(c.cut_selection)
        a.copy.triggered.connect(c.copy_selection)
        a.paste.triggered.connect(c.paste)
        a.duplicate.triggered.connect(c.duplicate_selection)
        a.delete.triggered.connect(c.delete_selection)
        a.select_all.triggered.connect(lambda: self.scene.select_cards(self.scene.card_items()))
        a.rename.triggered.connect(c.edit_selected_text)
        a.add_card.triggered.connect(c.add_card)
        a.add_stage.triggered.connect(lambda: c.add_stage())
        a.add_lane.triggered.connect(lambda: c.add_lane())
        a.connect_mode.setCheckable(True)
        a.connect_mode.toggled.connect(lambda on: setattr(self.scene, "connect_mode", on))
        self.scene.connectModeChanged.connect(self._show_connect_mode)
        # Esc leaves connect mode wherever the focus is (the toolbar button leaves it in a panel, say).
        self._leave_connect_mode = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._leave_connect_mode.setEnabled(False)
        self._leave_connect_mode.activated.connect(
            lambda: self.scene.cancel_interaction() or setattr(self.scene, "connect_mode", False))
        self.scene.hintChanged.connect(self._show_hint)
        a.add_emotion_point.triggered.connect(lambda: c.add_emotion_point())
        a.zoom_selection.triggered.connect(self.zoom_to_selection)
        c.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        c.selectionDescribed.connect(self.inspector.show_selection)
        c.mapRequested.connect(self.show_map)
        for panel in (self.review_panel, self.insights_panel, self.comments_panel):
            panel.cardsActivated.connect(self._select_and_show_cards)
        self.insights_panel.stagesActivated.connect(self._show_stages)
        self.compare_view.differenceActivated.connect(self._show_difference)
        self.compare_view.futureStateCreated.connect(self.show_map)
        c.selectionDescribed.connect(
            lambda kind, item_id: self.comments_panel.show_card(item_id) if kind == MapItemKind.CARD else None)
        a.new_gallery.triggered.connect(self.new_from_gallery)
        a.save_template.triggered.connect(lambda: ask_save_as_template(self._document.workspace, self))
        a.find.triggered.connect(self.find_bar.open)
        a.business_context.triggered.connect(self.edit_business_context)
        a.new_map.triggered.connect(self.add_map)
        self.present.from_beginning.triggered.connect(lambda: self.start_presentation(None))
        self.present.from_current_stage.triggered.connect(
            lambda: self.start_presentation(current_stage_index(self.scene, self.view)))
        a.delete_map.triggered.connect(self.delete_map)
        self.find_bar.closed.connect(self.view.setFocus)
        self.scene.contextMenuRequested.connect(self._context_menu)
        self.scene.selectionChanged.connect(self._update_edit_actions)
        self._update_edit_actions()

    # -- the document ----------------------------------------------------------------------

    @property
    def document(self) -> Document:
        return self._document

    def open_document(self, document: Document) -> None:
        """Show ``document`` in this window instead of the current one (asked about beforehand)."""
        self._attach(document)

    def _followed(self, document: Document) -> list[tuple[SignalInstance, Callable[..., None]]]:
        """The document's signals the window itself follows (what the panels follow goes with the document)."""
        return [(document.changed, self._refresh_scene), (document.currentMapChanged, self._refresh_scene),
                (document.modifiedChanged, self._update_title), (document.pathChanged, self._update_title)]

    def _attach(self, document: Document) -> None:
        old = self._document
        if self.autosaver is not None:
            self.autosaver.finish()  # the old document was saved, unchanged, or its changes discarded
        if old is not document:
            for signal, slot in self._followed(old):
                signal.disconnect(slot)
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        self._document = document
        document.setParent(self)
        self.editor = MapEditor(document)
        self.controller.set_editor(self.editor)
        self.inspector.set_editor(self.editor)
        self.finder.set_document(document)
        document.changed.connect(self.inspector.refresh)
        self.personas_panel.set_editor(self.editor)
        document.changed.connect(self.personas_panel.refresh)
        document.currentMapChanged.connect(self.personas_panel.refresh)
        for panel, deferred in self._analysis_refreshes.items():
            panel.set_editor(self.editor, refresh=False)
            deferred.request()  # rebuilt now if seen, else when first shown
            document.changed.connect(deferred.request)
            document.currentMapChanged.connect(deferred.request)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        for signal, slot in self._followed(document):
            signal.connect(slot)
        self._fill_map_picker()
        self._refresh_scene()
        self.inspector.show_map()
        self._update_title()
        self.autosaver = Autosaver(document, parent=self)
        self.autosaver.failed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        QTimer.singleShot(0, self.view.show_map_start)

    def _set_toolbar_texts(self) -> None:
        """Short, fixed toolbar labels: Undo/Redo keep their width while the menu says what they undo."""
        self.undo_action.setIconText(tr("Undo"))
        self.redo_action.setIconText(tr("Redo"))
        self.present.from_beginning.setIconText(tr("Present"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_toolbar_texts()
        super().changeEvent(event)

    def _show_connect_mode(self, on: bool) -> None:
        """The toolbar button, the cursor and the status bar say whether the next drag draws an arrow."""
        self.window_actions.connect_mode.setChecked(on)
        self._leave_connect_mode.setEnabled(on)
        if on:
            self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
            self.statusBar().showMessage(tr("Drag from one card to another to draw an arrow; Esc leaves"))
        else:
            self.view.viewport().unsetCursor()
            self.statusBar().clearMessage()

    def _show_hint(self, text: str) -> None:
        """The canvas's hint under the pointer, repeated in the status bar (and taken away with it)."""
        if text:
            self.statusBar().showMessage(text)
        elif self._hint_shown and self.statusBar().currentMessage() == self._hint_shown:
            self.statusBar().clearMessage()
        self._hint_shown = text

    def _update_edit_actions(self) -> None:
        has_cards = bool(self.scene.selected_card_ids())
        a = self.window_actions
        a.copy_image.setText(tr("Copy Selection as &Image") if has_cards else tr("Copy Map as &Image"))
        for action in (a.cut, a.copy, a.duplicate, a.rename, a.zoom_selection):
            action.setEnabled(has_cards)
        a.delete.setEnabled(bool(self.scene.selectedItems()))

    def _context_menu(self, kind: MapItemKind, target: Target, event: QGraphicsSceneContextMenuEvent) -> None:
        menu = build_menu(self.controller, kind, target, self)
        if not menu.isEmpty():
            menu.exec(event.screenPos())

    def add_map(self) -> str | None:
        map_id = self.controller.apply(self.editor.add_map)  # named in the map's language
        if map_id:
            self.show_map(map_id)
        return map_id

    def delete_map(self) -> None:
        current = self._document.current_map
        if current is not None:
            self.controller.apply(self.editor.remove_map, current.id)

    def show_map(self, map_id: str) -> None:
        """Show another map of the workspace (the picker, a card's link to its sub-journey)."""
        if self._document.workspace.find_map(map_id) is None:
            return
        self._document.set_current_map(map_id)
        QTimer.singleShot(0, self.view.show_map_start)

    def new_from_gallery(self) -> bool:
        """File ▸ New: pick a template (with thumbnails) and start a map from it."""
        gallery = TemplateGallery(self)
        if gallery.exec() != TemplateGallery.DialogCode.Accepted or gallery.chosen() is None:
            return False
        if not self.files.maybe_save():
            return False
        self._attach(Document(new_from_any_template(*gallery.chosen())))
        return True

    def _select_and_show_cards(self, card_ids: list) -> None:
        self.scene.select_cards(card_ids)
        self.zoom_to_selection()

    def _show_stages(self, stage_ids: list) -> None:
        layout = self.scene.map_layout
        columns = [c for c in layout.stages if c.stage_id in stage_ids] if layout else []
        if columns:
            rect = QRectF()
            for column in columns:
                rect = rect.united(QRectF(column.rect.x, column.rect.y, column.rect.width, column.rect.height))
            self.view.fit_rect(rect, max_zoom=1.0)

    def _show_difference(self, map_id: str, card_ids: list) -> None:
        self.show_map(map_id)
        self._select_and_show_cards(card_ids)

    def start_presentation(self, stage: int | None, view: str | None = None) -> None:
        """F5 from the beginning (None), Shift+F5 from a stage: full screen, projector theme; ``view`` a named view
        (None: the one last presented of this map)."""
        current = self._document.current_map
        if current is None:
            return
        self._presentation = PresentationWindow(self._document.workspace, current, start_stage_index=stage,
                                                animate=animations_enabled(), parent=self, view=view)
        self._presentation.finished.connect(lambda: setattr(self, "_presentation", None))
        self._presentation.start()

    def edit_business_context(self) -> bool:
        """Company goals, market, customer expectations: one undo entry when OK changes something."""
        return BusinessContextDialog(self.editor, self).exec() == BusinessContextDialog.DialogCode.Accepted

    def set_canvas_theme(self, name: str) -> None:
        """Draw the map in the theme ``name`` (light, dark, projector); the file does not change."""
        self.scene.set_theme(load_theme(name))
        self.view.resetCachedContent()

    def zoom_to_selection(self) -> None:
        items = [item for item in self.scene.selectedItems()]
        if not items:
            return
        rect = QRectF()
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        self.view.fit_rect(rect.adjusted(-60, -60, 60, 60), max_zoom=2.0)

    def _refresh_scene(self, *_args: object) -> None:
        document = self._document
        if document.current_map is None and document.workspace.maps:
            # The shown map was deleted (or its creation undone): show the first one.
            document.set_current_map(document.workspace.maps[0].id)
            return
        self._fill_map_picker()
        self.scene.show_map(document.current_map, document.workspace.personas, document.workspace.metadata.language)

    def _fill_map_picker(self) -> None:
        self._map_picker.show_maps(self._document.workspace.maps, self._document.current_map)

    def _pick_map(self, index: int) -> None:
        map_id = self._map_picker.itemData(index)
        if map_id:
            self.show_map(map_id)

    def _update_title(self, *_args: object) -> None:
        # Plain spaces: a title bar never wraps, and window managers draw a French no-break space
        # (« course\u00a0: parcours ») as a second space.
        name = " ".join((self._document.display_name or tr("Untitled")).split())
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self._document.is_modified)
        path = self._document.path
        self.setWindowFilePath(str(path) if path else "")

    def _show_zoom(self, zoom: float) -> None:
        self._zoom_label.setText(f"{zoom * 100:.0f} %")



    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr("About Journey Studio"),
            tr("<b>Journey Studio</b> {version}<br>An editor for customer journey maps.").format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.maybe_save():
            if self.autosaver is not None:
                self.autosaver.finish()  # closed on purpose: its recovery copy is not needed
            event.accept()
        else:
            event.ignore()
