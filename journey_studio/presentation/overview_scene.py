"""One slide of the map's 16:9 composition as a QGraphicsScene: the presentation's overview.

The composition (``layout.slide_deck``) cuts the map into slides a room can read, and the one painter
(``painter.slide``) draws each as the PNG set and the slide PDF do; this scene only places the slide's
parts on the QPainter, so the overview on the projector is the same picture as the exported slide.
"""


from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsScene

from ..canvas.qt_fonts import register_fonts
from ..canvas.qt_surface import QtSurface
from ..layout import LayoutMetrics, MapLayout
from ..layout.slide_deck import Slide, SlideDeck
from ..painter.map_painter import MapPainter
from ..painter.slide import paint_slide
from ..theme import Theme


class OverviewScene(QGraphicsScene):
    """``slide`` of ``deck``, cut from ``layout`` (or the slide's own stage group's layout, with its own metrics),
    in ``theme``; ``metrics`` are the ones ``layout`` was computed with."""

    def __init__(
        self,
        deck: SlideDeck,
        slide: Slide,
        layout: MapLayout,
        theme: Theme,
        metrics: LayoutMetrics,
        parent=None,
    ):
        super().__init__(parent)
        register_fonts()
        self.deck = deck
        self.slide = slide
        self.layout = slide.layout or layout
        self._theme = theme
        self._painter = MapPainter(self.layout, theme, slide.metrics or metrics)
        self.setSceneRect(QRectF(0, 0, deck.width, deck.height))

    def stage_column(self, stage_id: str) -> QRectF | None:
        """Where the stage's column (header and cells) shows on this slide, in slide pixels; None if not on it."""
        column = next((c for c in self.layout.stages if c.stage_id == stage_id), None)
        if column is None or stage_id not in self.slide.stage_ids:
            return None
        shown = QRectF()
        for part in self.slide.parts:
            if part.kind == "lanes":
                continue
            k = part.target.width / part.source.width
            left = part.target.x + (column.rect.x - part.source.x) * k
            shown = shown.united(QRectF(left, part.target.y, column.rect.width * k, part.target.height))
        return shown

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        surface = QtSurface(painter)
        paint_slide(surface, self.deck, self.slide, self._painter, self._theme, surface.place, self._theme.background)
