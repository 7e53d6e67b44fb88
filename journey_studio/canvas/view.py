"""The map view: zoom (Ctrl+wheel, keys, fit) and pan (middle drag, Space+drag, scroll bars)."""

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from .scene import MapScene

MIN_ZOOM = 0.05
MAX_ZOOM = 8.0
ZOOM_STEP = 1.25


class MapView(QGraphicsView):
    zoomChanged = Signal(float)

    def __init__(self, scene: MapScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        if scene.parent() is None:
            scene.setParent(self)  # otherwise Python may collect the scene while the view shows it
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Journey map"))
        self._pan_origin: QPoint | None = None

    # -- zoom ------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if current > 0 and abs(factor - current) > 1e-9:
            self.scale(factor / current, factor / current)
            self.resetCachedContent()
            self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit_map(self) -> None:
        """Zoom so the whole map fits the window (Ctrl+0)."""
        self.fit_rect(self.sceneRect())

    def show_map_start(self) -> None:
        """How a map opens: its width fills the window (at most 100 %), scrolled to the title.

        Fitting a tall map whole would shrink its text below reading size.
        """
        rect: QRectF = self.sceneRect()
        if rect.isEmpty():
            return
        viewport = self.viewport().rect().adjusted(8, 8, -8, -8)
        fit_width = viewport.width() / rect.width()
        fit_all = min(fit_width, viewport.height() / rect.height())
        self.set_zoom(min(1.0, max(fit_width, fit_all, 0.5)))
        self.zoomChanged.emit(self.zoom())
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def fit_rect(self, rect: QRectF, max_zoom: float = MAX_ZOOM) -> None:
        """Zoom and scroll so ``rect`` (scene coordinates) fills the window."""
        if rect.isEmpty():
            return
        viewport = self.viewport().rect().adjusted(8, 8, -8, -8)
        factor = min(viewport.width() / rect.width(), viewport.height() / rect.height(), max_zoom)
        self.set_zoom(factor)
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # -- pan -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            # Items must not take the press, or Qt only hand-scrolls over empty space.
            self.setInteractive(False)
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setInteractive(True)
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_origin = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_origin is not None:
            position = event.position().toPoint()
            delta = position - self._pan_origin
            self._pan_origin = position
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_origin is not None:
            self._pan_origin = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
