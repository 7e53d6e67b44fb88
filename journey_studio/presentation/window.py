"""The presentation: full screen on the chosen screen, the projector theme, stepped like PowerPoint and Keynote.

Steps are the map's 16:9 overview slides (the slide composition every slide export shares: "stages 1–3
of 7", …), then each stage as a readable slide (``slides.py``). A named view ("Client deck", the map's
own) chooses the lanes, stages, theme and badges of every slide; V picks it, and it is remembered per map.
Keys: Right, Down, Space, PageDown, N, Enter next; Left, Up, PageUp, P, Backspace previous; Home, End;
a number then Enter jumps to that stage; B or . black screen, W or , white screen; Esc leaves.
A click steps on (on a card: spotlights it), a right click steps back, the wheel steps too; presenter
remotes send PageUp, PageDown, B, F5 and Esc, so they just work. L toggles the laser pointer, F1 the help.
"""


from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QPoint,
    QPointF,
    QPropertyAnimation,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsOpacityEffect,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QMenu,
    QWidget,
)

from ..canvas.painting import qcolor
from ..canvas.qt_fonts import register_script_fonts
from ..canvas.scene import MapScene
from ..layout import DEFAULT_METRICS, MapLayout
from ..layout.slide_deck import MIN_PROJECTOR_TEXT, MIN_SLIDE_TEXT, SlideDeck, compose_reflowed
from ..layout.views import UnknownView, ViewedMap, apply_view, find_view
from ..model import JourneyMap, Workspace
from ..theme import Theme, load_theme
from .overlays import dim_other_stages, fit_help, help_html, laser_cursor, overlay_style, spotlight
from .overview_scene import OverviewScene
from .settings import presentation_screen
from .slide_scene import SlideScene
from .slides import DEFAULT_SLIDE, SlideMetrics, StageSlide, layout_stage_slides
from .steps import Deck, Step, build_steps
from .view_choice import WHOLE_MAP, remember_view, remembered_view, view_menu

THEME = "projector"
ZOOM_MS = 380
FADE_MS = 260
POINTER_IDLE_MS = 2500


def tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_N,
             Qt.Key.Key_Return, Qt.Key.Key_Enter}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_P, Qt.Key.Key_Backspace}
BLACK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}
WHITE_KEYS = {Qt.Key.Key_W, Qt.Key.Key_Comma}
VIEW_KEY = Qt.Key.Key_V


class _View(QGraphicsView):
    """Shows one step, letterboxed in black; hands clicks and wheel turns to the window."""

    clicked = Signal(QPointF, Qt.MouseButton)
    wheeled = Signal(int)
    pointerMoved = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setInteractive(False)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setMouseTracking(True)
        self._wheel = 0
        self._shown = QRectF()

    def show_rect(self, rect: QRectF) -> None:
        """Fit ``rect`` (scene coordinates) to the screen, and keep it fitted when the view is resized."""
        self._shown = QRectF(rect)
        self._fit()

    def _fit(self) -> None:
        """Edge to edge: ``fitInView`` keeps a 2-pixel margin, a black frame round a slide made for the screen."""
        viewport = self.viewport().rect()
        if self._shown.isEmpty() or viewport.isEmpty():
            return
        scale = min(viewport.width() / self._shown.width(), viewport.height() / self._shown.height())
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(self._shown.center())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """Black around the step (letterbox), the scene's own background on it."""
        painter.fillRect(rect, QColor("#000000"))
        scene = self.scene()
        if scene is not None:
            scene.drawBackground(painter, rect.intersected(scene.sceneRect()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.mapToScene(event.position().toPoint()), event.button())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.pointerMoved.emit()
        super().mouseMoveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= 120:
            step = 1 if self._wheel < 0 else -1
            self._wheel += 120 * step
            self.wheeled.emit(step)
        event.accept()


class PresentationWindow(QWidget):
    """Presents ``journey_map`` full screen; ``start()`` shows it, Esc (or ``close()``) ends it.

    ``start_stage_index``: None starts from the beginning (the overview, F5); a stage index starts
    at that stage (Shift+F5). ``screen``: None picks the presentation screen from the settings.
    ``view``: the named view to present ("" the whole map); None takes the one last presented of this map.
    """

    finished = Signal()
    stepChanged = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        journey_map: JourneyMap,
        start_stage_index: int | None = None,
        screen=None,
        animate: bool = True,
        parent: QWidget | None = None,
        view: str | None = None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._workspace = workspace
        self._map = journey_map
        self._screen = screen
        self.animate = animate
        register_script_fonts()  # maps hold emoji and CJK: draw them, not boxes
        self.theme: Theme = load_theme(THEME)
        self.view_name = WHOLE_MAP
        self._viewed = apply_view(journey_map, None)
        self._resolve_view(remembered_view(journey_map) if view is None else view)
        if view is not None:  # picked as the presentation starts: the next one starts with it too
            remember_view(journey_map, self.view_name)
        self._language = workspace.metadata.language
        self._digits = ""
        self._blank = ""
        self._spotlit: str | None = None
        self._spotlight: QGraphicsItem | None = None
        self._dim: QGraphicsItem | None = None
        self._laser = True
        self._animations: list = []

        self.view = _View(self)
        self.view.clicked.connect(self._clicked)
        self.view.wheeled.connect(lambda step: self._move(self.deck.next if step > 0 else self.deck.previous))
        self.view.pointerMoved.connect(self._pointer_moved)
        self.map_layout: MapLayout
        self.overview_deck: SlideDeck
        self._overviews: dict[int, OverviewScene] = {}
        self._compose()
        self._view_menu: QMenu | None = None
        self._slides: dict[int, list[StageSlide]] = {}
        self._scenes: dict[tuple[int, int], SlideScene] = {}
        size = self._target_screen().size()
        self.slide_metrics: SlideMetrics = DEFAULT_SLIDE
        self.deck = Deck([Step(None)])
        self._lay_out(size.width() / size.height() if size.height() else 16 / 9)
        if start_stage_index is not None and start_stage_index < len(journey_map.stages):
            # The editor counts the map's stages; a view may show fewer: start at the same stage if it shows it.
            stage_id = journey_map.stages[start_stage_index].id
            shown = [stage.id for stage in self.shown_map.stages]
            index = self.deck.index_of_stage(shown.index(stage_id)) if stage_id in shown else None
            if index is not None:
                self.deck.go(index)

        self._blank_cover = QWidget(self)
        self._blank_cover.setAutoFillBackground(True)
        self._blank_cover.hide()
        self._fade = QLabel(self)
        self._fade.setScaledContents(True)
        self._fade.hide()
        self._number = self._overlay_label("presentationNumber")
        self._help = self._overlay_label("presentationHelp")
        self._help.setTextFormat(Qt.TextFormat.RichText)
        self._pointer_timer = QTimer(self)
        self._pointer_timer.setSingleShot(True)
        self._pointer_timer.setInterval(POINTER_IDLE_MS)
        self._pointer_timer.timeout.connect(lambda: self.view.viewport().setCursor(Qt.CursorShape.BlankCursor))
        self._retranslate()
        self._show_step(animated=False)

    # -- public state ----------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.deck.current

    @property
    def stage_index(self) -> int | None:
        """The stage shown, or None on the overview."""
        return self.deck.current.stage_index

    @property
    def blank(self) -> str:
        """"black", "white" or "" (showing the step)."""
        return self._blank

    @property
    def spotlit_card(self) -> str | None:
        return self._spotlit

    @property
    def typed_number(self) -> str:
        return self._digits

    @property
    def shown_map(self) -> JourneyMap:
        """The map as the view shows it: its lanes, stages, comments and figures."""
        return self._viewed.journey_map

    @property
    def viewed(self) -> ViewedMap:
        return self._viewed

    def current_slide(self) -> StageSlide | None:
        step = self.deck.current
        return None if step.is_overview else self.stage_slides(step.stage_index)[step.page]

    def stage_slides(self, stage_index: int) -> list[StageSlide]:
        if stage_index not in self._slides:
            self._slides[stage_index] = layout_stage_slides(
                self.shown_map, self.map_layout, stage_index, self._workspace.personas, self._language,
                self.slide_metrics, self._viewed.marks,
            )
        return self._slides[stage_index]

    def _resolve_view(self, name: str) -> None:
        """Present the view called ``name`` ("" the whole map; a view the map no longer has: the whole map too)."""
        try:
            chosen = find_view(self._map, name) if name else None
        except UnknownView:
            chosen = None
        self.view_name = chosen.name if chosen is not None else WHOLE_MAP
        self._viewed = apply_view(self._map, chosen)
        try:
            self.theme = load_theme(self._viewed.theme or THEME)
        except KeyError:  # a view naming a theme this version does not ship
            self.theme = load_theme(THEME)

    def _compose(self) -> None:
        """The overview: the shown map cut into 16:9 slides, as the slide exports cut it (the same floor too)."""
        shown = self.shown_map
        floor = MIN_PROJECTOR_TEXT if self.theme.name == THEME else MIN_SLIDE_TEXT
        self.map_layout, self.overview_deck = compose_reflowed(
            shown, self._workspace.personas, self._language, shown.title, self._viewed.marks, floor)
        self._overviews.clear()

    def _lay_out(self, aspect: float) -> None:
        """Stage slides shaped like the screen; the deck keeps the stage (or overview slide) it was at."""
        step = self.deck.current
        self.slide_metrics = DEFAULT_SLIDE.for_aspect(aspect)
        self._slides.clear()
        self._scenes.clear()
        pages = [len(self.stage_slides(i)) for i in range(len(self.shown_map.stages))]
        self.deck = Deck(build_steps(pages, len(self.overview_deck.slides)))
        if step.stage_index is not None:
            index = self.deck.index_of_stage(step.stage_index)
            self.deck.go(index if index is not None else 0)
        else:
            self.deck.go(min(step.page, len(self.overview_deck.slides) - 1))

    def set_view(self, name: str) -> None:
        """Present the view ``name`` ("" the whole map) from its first slide, and remember it for this map."""
        self._finish_animations()
        self._resolve_view(name)
        remember_view(self._map, self.view_name)
        self._compose()
        self.deck = Deck([Step(None)])
        size = self.size() if self.height() > 0 else self._target_screen().size()
        self._lay_out(size.width() / size.height() if size.height() else 16 / 9)
        self._show_step(animated=False)

    def show_view_menu(self) -> QMenu:
        """The views to present (V), in the middle of the screen; arrows and Enter choose, Esc closes."""
        if self._view_menu is not None:
            self._view_menu.close()
            self._view_menu.deleteLater()
        self._view_menu = view_menu(self, self._map, self.view_name, self.set_view)
        hint = self._view_menu.sizeHint()
        centre = self.mapToGlobal(self.rect().center())
        self._view_menu.popup(QPoint(centre.x() - hint.width() // 2, centre.y() - hint.height() // 2))
        return self._view_menu

    def start(self) -> None:
        """Full screen on the presentation screen, at the first step (or the stage asked for)."""
        screen = self._target_screen()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()
        self._pointer_moved()
        QTimer.singleShot(0, lambda: self._show_step(animated=False))

    def follow_changes(self) -> None:
        """The map changed while shown (a live workshop's edits): redraw it, staying on the same step."""
        self._finish_animations()
        self._resolve_view(self.view_name)
        self._compose()
        size = self.size() if self.height() > 0 else self._target_screen().size()
        self._lay_out(size.width() / size.height() if size.height() else 16 / 9)
        self._show_step(animated=False)

    def _target_screen(self):
        return self._screen or presentation_screen(self.parentWidget())

    # -- keys, clicks, wheel ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape:
            self._escape()
        elif key in (Qt.Key.Key_F1, Qt.Key.Key_H, Qt.Key.Key_Question):
            self._help.setVisible(not self._help.isVisible())
            self._place_overlays()
        elif self._blank and (key in NEXT_KEYS or key in PREVIOUS_KEYS or key in BLACK_KEYS or key in WHITE_KEYS):
            # Like PowerPoint: the first key after a blank screen brings the step back.
            self.set_blank("")
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not shift:
            self._digits = (self._digits + chr(key))[-4:]
            self._show_number()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._digits:
            number, self._digits = int(self._digits), ""
            self._show_number()
            self._move(lambda: self.deck.go_to_stage(number))
        elif key == Qt.Key.Key_Backspace and self._digits:
            self._digits = self._digits[:-1]
            self._show_number()
        elif key == Qt.Key.Key_F5:
            self._move(self.deck.first if not shift else (lambda: False))
        elif key in NEXT_KEYS:
            self._move(self.deck.next)
        elif key in PREVIOUS_KEYS:
            self._move(self.deck.previous)
        elif key == Qt.Key.Key_Home:
            self._move(self.deck.first)
        elif key == Qt.Key.Key_End:
            self._move(self.deck.last)
        elif key in BLACK_KEYS:
            self.set_blank("black")
        elif key in WHITE_KEYS:
            self.set_blank("white")
        elif key == Qt.Key.Key_L:
            self._laser = not self._laser
            self._pointer_moved()
        elif key == VIEW_KEY:
            self.show_view_menu()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _escape(self) -> None:
        if self._help.isVisible():
            self._help.hide()
        elif self._digits:
            self._digits = ""
            self._show_number()
        elif self._spotlit is not None:
            self.set_spotlight(None)
        else:
            self.close()

    def _clicked(self, point: QPointF, button: Qt.MouseButton) -> None:
        if self._blank:
            self.set_blank("")
            return
        if button == Qt.MouseButton.RightButton:
            self._move(self.deck.previous)
            return
        if button != Qt.MouseButton.LeftButton:
            return
        scene = self.view.scene()
        card = scene.card_at(point) if isinstance(scene, SlideScene) else None
        if card is not None and card != self._spotlit:
            self.set_spotlight(card)
        elif self._spotlit is not None:
            self.set_spotlight(None)
        else:
            self._move(self.deck.next)

    def _move(self, move) -> None:
        self._finish_animations()
        before = self.deck.current
        if move():
            self._show_step(animated=self.animate, previous=before)

    # -- what is shown ---------------------------------------------------------------------

    def set_blank(self, mode: str) -> None:
        """"black" or "white" covers the screen (B, W); "" shows the step again."""
        self._blank = "" if mode == self._blank else mode
        if self._blank:
            palette = self._blank_cover.palette()
            palette.setColor(
                self._blank_cover.backgroundRole(), QColor("#000000" if self._blank == "black" else "#FFFFFF")
            )
            self._blank_cover.setPalette(palette)
            self._blank_cover.setGeometry(self.rect())
            self._blank_cover.show()
            self._blank_cover.raise_()
        else:
            self._blank_cover.hide()

    def set_spotlight(self, card_id: str | None) -> None:
        """Darken everything but one card of the slide (a click on it), or nothing."""
        scene = self.view.scene()
        if self._spotlight is not None and self._spotlight.scene() is not None:
            self._spotlight.scene().removeItem(self._spotlight)
        self._spotlight, self._spotlit = None, None
        if card_id is None or not isinstance(scene, SlideScene) or card_id not in scene.cards:
            return
        card = scene.cards[card_id]
        self._spotlight = spotlight(scene.sceneRect(), card.sceneBoundingRect().adjusted(4, 4, -5, -6),
                                    qcolor(self.theme.selection))
        scene.addItem(self._spotlight)
        self._spotlit = card_id

    def _scene_for(self, step: Step) -> QGraphicsScene:
        if step.is_overview:
            return self._overview_scene(step.page)
        key = (step.stage_index, step.page)
        if key not in self._scenes:
            slide = self.stage_slides(step.stage_index)[step.page]
            self._scenes[key] = SlideScene(slide, self.theme, self.slide_metrics, parent=self)
        return self._scenes[key]

    def _overview_scene(self, index: int) -> QGraphicsScene:
        """Overview slide ``index``; an empty map's overview is a blank slide in the theme."""
        if not self.overview_deck.slides:
            blank = QGraphicsScene(0, 0, self.overview_deck.width, self.overview_deck.height, self)
            blank.setBackgroundBrush(qcolor(self.theme.background))
            return blank
        if index not in self._overviews:
            self._overviews[index] = OverviewScene(self.overview_deck, self.overview_deck.slides[index],
                                                   self.map_layout, self.theme, DEFAULT_METRICS, parent=self)
        return self._overviews[index]

    def _show_step(self, animated: bool, previous: Step | None = None) -> None:
        step = self.deck.current
        self.set_spotlight(None)
        self._undim()
        target = self._scene_for(step)
        if animated and previous is not None and previous.is_overview and not step.is_overview and step.page == 0:
            self._zoom_into_stage(self._scene_for(previous), step.stage_index, target)
        elif animated and previous is not None:
            self._crossfade(target)
        else:
            self._set_scene(target)
        self._announce()
        self.stepChanged.emit(self.deck.index)

    def _set_scene(self, scene: QGraphicsScene) -> None:
        self.view.setScene(scene)
        self.view.show_rect(scene.sceneRect())

    def _undim(self) -> None:
        if self._dim is not None and self._dim.scene() is not None:
            self._dim.scene().removeItem(self._dim)
        self._dim = None

    def _zoom_into_stage(self, overview: QGraphicsScene, stage_index: int, target: QGraphicsScene) -> None:
        """The overview slide with the other stages dimmed glides onto the stage's column, then the slide fades in.

        A stage the overview slide does not show fades in directly."""
        stage_id = self.shown_map.stages[stage_index].id if stage_index < len(self.shown_map.stages) else ""
        column = overview.stage_column(stage_id) if isinstance(overview, OverviewScene) else None
        if column is None:
            self._crossfade(target)
            return
        self._set_scene(overview)
        self._dim = dim_other_stages(overview.sceneRect().adjusted(-2000, -2000, 2000, 2000), column,
                                     qcolor(self.theme.background))
        overview.addItem(self._dim)
        start = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        end = column.adjusted(-column.width() * 0.6, -24, column.width() * 0.6, 24)
        zoom = QVariantAnimation(self)
        zoom.setStartValue(start)
        zoom.setEndValue(end)
        zoom.setDuration(ZOOM_MS)
        zoom.setEasingCurve(QEasingCurve.Type.InOutCubic)
        zoom.valueChanged.connect(lambda rect: self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio))

        def arrive() -> None:
            self._forget(zoom)
            self._crossfade(target)
            self._undim()

        zoom.finished.connect(arrive)
        self._run(zoom)

    def _crossfade(self, target: QGraphicsScene) -> None:
        self._fade.setPixmap(self.view.viewport().grab())
        self._fade.setGeometry(self.view.geometry())
        effect = QGraphicsOpacityEffect(self._fade)
        effect.setOpacity(1.0)
        self._fade.setGraphicsEffect(effect)
        self._fade.show()
        self._fade.raise_()
        self._set_scene(target)
        fade = QPropertyAnimation(effect, b"opacity", self)
        fade.setStartValue(1.0)
        fade.setEndValue(0.0)
        fade.setDuration(FADE_MS)
        fade.setEasingCurve(QEasingCurve.Type.OutQuad)

        def done() -> None:
            self._forget(fade)
            self._fade.hide()

        fade.finished.connect(done)
        self._run(fade)
        self._raise_overlays()

    def _run(self, animation) -> None:
        self._animations.append(animation)
        animation.start()

    def _forget(self, animation) -> None:
        if animation in self._animations:
            self._animations.remove(animation)

    def _finish_animations(self) -> None:
        """A key pressed mid-transition lands the transition first."""
        while self._animations:
            animation = self._animations[0]
            animation.setCurrentTime(animation.duration())
            animation.stop()
            if animation in self._animations:  # stop() does not emit finished
                self._animations.remove(animation)
                animation.finished.emit()
        self._fade.hide()
        self._set_scene(self._scene_for(self.deck.current))

    @property
    def transitioning(self) -> bool:
        return bool(self._animations)

    # -- overlays, pointer, accessibility --------------------------------------------------

    def _overlay_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(overlay_style(28))
        label.hide()
        return label

    def _show_number(self) -> None:
        if self._digits:
            self._number.setText(tr("Go to stage {number}").format(number=self._digits) + " ⏎")
            self._number.adjustSize()
            self._number.show()
        else:
            self._number.hide()
        self._place_overlays()

    def _place_overlays(self) -> None:
        margin = 32
        self._number.move(self.width() - self._number.width() - margin, self.height() - self._number.height() - margin)
        if self._help.isVisible():
            fit_help(self._help, QSize(self.width() - 2 * margin, self.height() - 2 * margin))
            self._help.move((self.width() - self._help.width()) // 2, (self.height() - self._help.height()) // 2)
        self._raise_overlays()

    def _raise_overlays(self) -> None:
        for widget in (self._number, self._help):
            if widget.isVisible():
                widget.raise_()
        if self._blank:
            self._blank_cover.raise_()

    def _pointer_moved(self) -> None:
        self.view.viewport().setCursor(laser_cursor() if self._laser else Qt.CursorShape.ArrowCursor)
        self._pointer_timer.start()

    def _announce(self) -> None:
        """Screen readers hear which step this is."""
        step = self.deck.current
        if step.is_overview:
            name = tr("Overview of the journey “{title}”").format(title=self._map.title)
            slides = self.overview_deck.slides
            description = slides[step.page].locator.full_text if step.page < len(slides) else ""
        else:
            stage = self.shown_map.stages[step.stage_index]
            name = tr("Stage {number} of {count}: {name}").format(
                number=step.stage_index + 1, count=len(self.shown_map.stages), name=stage.name)
            if step.page_count > 1:
                name += " " + tr("(page {page} of {pages})").format(page=step.page + 1, pages=step.page_count)
            description = stage.customer_goal
        self.view.setAccessibleName(name)
        self.view.setAccessibleDescription(description)
        self.setWindowTitle(name)

    def _retranslate(self) -> None:
        self.setAccessibleName(tr("Presentation"))
        self.setAccessibleDescription(tr("Press F1 for the keys"))
        self._help.setText(help_html(tr("Keys while presenting"), [
            (tr("Next"), tr("Right, Down, Space, Page Down, N, Enter or a click")),
            (tr("Previous"), tr("Left, Up, Page Up, P, Backspace or a right click")),
            (tr("First, last"), tr("Home, End")),
            (tr("Go to a stage"), tr("its number, then Enter")),
            (tr("Black screen, white screen"), tr("B or . , W or ,")),
            (tr("Laser pointer"), "L"),
            (tr("Choose a view"), "V"),
            (tr("Spotlight a card"), tr("click it")),
            (tr("This help"), tr("F1 shows or hides it")),
            (tr("Leave"), tr("Esc")),
        ]))
        self._show_number()
        self._announce() if hasattr(self, "deck") else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.setGeometry(self.rect())
        if (
            self.height() > 0
            and abs(self.width() / self.height() - self.slide_metrics.width / self.slide_metrics.height) > 0.01
        ):
            self._finish_animations()
            self._lay_out(self.width() / self.height())
            self._show_step(animated=False)
        if self._blank:
            self._blank_cover.setGeometry(self.rect())
        self._place_overlays()
        if not self.transitioning and self.view.scene() is not None:
            self._set_scene(self.view.scene())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._finish_animations()
        self._pointer_timer.stop()
        super().closeEvent(event)
        self.finished.emit()


def current_stage_index(scene: MapScene, view: QGraphicsView) -> int:
    """The stage Shift+F5 starts from: the selected card's, else the one in the middle of the view, else the first."""
    layout = scene.map_layout
    if layout is None or not layout.stages:
        return 0
    index = {column.stage_id: column.index for column in layout.stages}
    for item in scene.selectedItems():
        card_id = getattr(item, "card_id", None)
        box = layout.card(card_id) if card_id else None
        if box is not None and box.stage_id in index:
            return index[box.stage_id]
    centre = view.mapToScene(view.viewport().rect().center())
    column = layout.stage_at(centre.x())
    return column.index if column is not None else 0
