"""A stage slide as a QGraphicsScene: static header, band and navigator drawn as background; cards and curves as items.

Cards are the editor's CardItem, scaled (see ``slides.SlideMetrics.card_scale``); the curve is the
editor's EmotionCurveItem with projector-sized faces and labels.
"""

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsScene

from ..canvas.items import CardItem, EmotionCurveItem
from ..canvas.painting import draw_text_block, qcolor, qpoint, qrect
from ..canvas.qt_fonts import register_fonts
from ..theme import Theme, readable_text_on
from .slides import DEFAULT_SLIDE, SlideMetrics, StageSlide


class SlideScene(QGraphicsScene):
    def __init__(self, slide: StageSlide, theme: Theme, metrics: SlideMetrics = DEFAULT_SLIDE, parent=None):
        super().__init__(parent)
        register_fonts()
        self.slide = slide
        self._theme = theme
        self.setSceneRect(qrect(slide.bounds))
        self.cards: dict[str, CardItem] = {}
        for card in slide.cards:
            item = CardItem(card.box, theme, slide.colour, cached=True)
            item.setScale(card.scale)
            item.setFlag(CardItem.GraphicsItemFlag.ItemIsSelectable, False)
            self.addItem(item)
            self.cards[card.box.card_id] = item
        self.curves = []
        for curve in slide.curves:
            item = EmotionCurveItem(curve, slide.emotion_area, slide.zero_y, theme, metrics.emotion_radius,
                                    len(slide.curves) == 1)
            for point in item.point_items():
                point.setFlag(point.GraphicsItemFlag.ItemIsSelectable, False)
            self.addItem(item)
            self.curves.append(item)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        slide, theme = self.slide, self._theme
        painter.fillRect(rect, qcolor(theme.background))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(qrect(slide.colour_bar), qcolor(slide.colour))

        # "2 / 5" on the stage's colour, then the stage's name and goal, its figures at the right.
        chip = QPainterPath()
        chip.addRoundedRect(qrect(slide.number_rect), 8, 8)
        painter.fillPath(chip, qcolor(slide.colour))
        draw_text_block(painter, slide.number, readable_text_on(slide.colour, theme))
        draw_text_block(painter, slide.name, theme.header_text)
        draw_text_block(painter, slide.goal, theme.muted_text)
        if slide.metric_value is not None:
            draw_text_block(painter, slide.metric_value, theme.metric_text)
        if slide.metric_caption is not None:
            draw_text_block(painter, slide.metric_caption, theme.muted_text)

        if slide.emotion_area is not None:
            area = qrect(slide.emotion_area)
            band = QPainterPath()
            band.addRoundedRect(area, 12, 12)
            painter.fillPath(band, qcolor(theme.lane_band[1]))
            if slide.zero_y is not None:
                painter.setPen(QPen(qcolor(theme.zero_line), theme.line(2.0), Qt.PenStyle.DashLine))
                painter.drawLine(QLineF(area.left() + 12, slide.zero_y, area.right() - 12, slide.zero_y))
            for start, end in slide.context_lines:
                pen = QPen(qcolor(theme.curve_colour(0)), theme.line(3.5), Qt.PenStyle.DotLine)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                path = QPainterPath(qpoint(start))
                half = (end.x - start.x) / 2
                path.cubicTo(start.x + half, start.y, end.x - half, end.y, end.x, end.y)
                painter.drawPath(path)

        for section in slide.sections:
            draw_text_block(painter, section.title, theme.header_text)
            underline = qrect(section.title.rect)
            painter.fillRect(QRectF(underline.left(), underline.bottom() + 2, 64, 4), qcolor(slide.colour))

        for chip in slide.navigator:
            shape = QPainterPath()
            shape.addRoundedRect(qrect(chip.rect), 10, 10)
            if chip.current:
                painter.fillPath(shape, qcolor(chip.colour))
                draw_text_block(painter, chip.label, readable_text_on(chip.colour, theme))
            else:
                # The other stages, dimmed: the band colour with the theme's muted text.
                painter.fillPath(shape, qcolor(theme.lane_band[1]))
                stripe = QColor(qcolor(chip.colour))
                painter.fillRect(QRectF(chip.rect.x + 10, chip.rect.bottom - 6, chip.rect.width - 20, 3), stripe)
                draw_text_block(painter, chip.label, theme.muted_text)

    def card_at(self, point) -> str | None:
        item = next((i for i in self.items(point) if isinstance(i, CardItem)), None)
        return item.card_id if item is not None else None
