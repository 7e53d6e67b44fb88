"""A touchpoint card: title, short text, channel icon, online/offline mark, critical flag."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import CardBox
from ...theme import Theme
from ..evidence_badge import draw_evidence_badge
from ..painting import draw_icon, draw_text_block, qcolor, qrect
from ..qt_fonts import qfont

from ...layout.picture import LOW_DETAIL_SCALE as LOW_DETAIL


class CardItem(QGraphicsItem):
    def __init__(self, box: CardBox, theme: Theme, stage_colour: str, cached: bool = True):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(False)
        self.setZValue(1)
        self._theme = theme
        self._stage_colour = stage_colour
        self._box = box
        self._bounds = QRectF()
        self._stripe = QPainterPath()
        # Panning and repainting reuse a pixmap per card, redrawn only when the zoom changes.
        if cached:
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_box(box)

    @property
    def card_id(self) -> str:
        return self._box.card_id

    @property
    def box(self) -> CardBox:
        return self._box

    def set_box(self, box: CardBox, stage_colour: str | None = None) -> None:
        """Follow a new layout: move, resize and redraw only if something changed."""
        recoloured = stage_colour is not None and stage_colour != self._stage_colour
        if recoloured:
            self._stage_colour = stage_colour
        old = self._box
        self._box = box
        bounds = QRectF(0, 0, box.rect.width, box.rect.height).adjusted(-4, -4, 5, 6)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
            self._stripe = _accent_stripe(box.rect.height)
        if old is box and not recoloured and self.pos().x() == box.rect.x and self.pos().y() == box.rect.y:
            return  # unchanged (the layout reuses boxes): keep the cached pixmap
        self.setPos(box.rect.x, box.rect.y)
        self.setToolTip(box.tooltip)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, self._box.rect.width, self._box.rect.height), 8, 8)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box, theme = self._box, self._theme
        rect = QRectF(0, 0, box.rect.width, box.rect.height)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        accent = qcolor(box.colour or self._stage_colour)
        if lod < LOW_DETAIL:
            painter.fillRect(rect, qcolor(theme.card_background))
            painter.fillRect(QRectF(0, 0, 4, rect.height()), accent)
            # Grey bars where the text is: the card reads as written, not empty.
            ink = qcolor(theme.card_border)
            pad = box.title.rect.x - box.rect.x
            for block in (box.title, box.body):
                for index, line in enumerate(block.lines):
                    width = min(block.rect.width, block.rect.width * (0.35 + 0.065 * len(line) / 4))
                    y = block.rect.y - box.rect.y + index * block.style.line_height + block.style.line_height * 0.3
                    painter.fillRect(QRectF(pad, y, width, block.style.line_height * 0.45), ink)
            if self.isSelected():
                painter.setPen(QPen(qcolor(theme.selection), 3 / max(lod, 0.05)))
                painter.drawRect(rect)
            return

        # A shadow strip, not a second antialiased rounded rect: rounded rects dominate paint time.
        painter.fillRect(QRectF(6, rect.height(), rect.width() - 12, 2.5), qcolor(theme.card_shadow))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(qcolor(theme.card_background))
        border = qcolor(theme.critical) if box.critical else qcolor(theme.card_border)
        painter.setPen(QPen(border, 2.0 if box.critical else 1.0))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.fillPath(self._stripe, accent)

        painter.save()
        painter.translate(-box.rect.x, -box.rect.y)
        draw_text_block(painter, box.title, theme.card_title)
        draw_text_block(painter, box.body, theme.card_body)
        footer = qrect(box.footer_rect)
        if box.channel is not None:
            icon_rect = QRectF(footer.x(), footer.center().y() - 8, 16, 16)
            draw_icon(painter, icon_rect, "channels", box.channel.value, theme.card_footer)
        draw_text_block(painter, box.channel_label, theme.card_footer)
        right = footer.right()
        if box.online_label:
            right = self._paint_online_mark(painter, footer, box.online, box.online_label)
        draw_evidence_badge(painter, QPointF(right - 20, footer.center().y()), box.evidence,
                            theme.evidence_backed, theme.evidence_assumed)
        painter.restore()

        if box.critical:
            self._paint_critical_flag(painter, rect)
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(qcolor(theme.selection), 2.5))
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 10, 10)

    def _paint_online_mark(self, painter: QPainter, footer: QRectF, online: bool | None, label: str) -> float:
        """Draw "● online" at the footer's right; returns where it starts."""
        theme = self._theme
        style = self._box.channel_label.style
        font = qfont(style)
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(label)
        colour = qcolor(theme.online if online else theme.offline)
        x = footer.right() - width
        baseline = self._box.channel_label.baseline(0)
        painter.setPen(colour)
        painter.drawText(QPointF(x, baseline), label)
        dot = QPointF(x - 8, footer.center().y())
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(colour if online else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(dot, 3.5, 3.5)
        return dot.x() - 4

    def _paint_critical_flag(self, painter: QPainter, rect: QRectF) -> None:
        """A red corner badge with "!": a moment of truth is seen from across the room."""
        theme = self._theme
        size = 20.0
        badge = QPainterPath()
        badge.moveTo(rect.right() - size - 8, 0)
        badge.lineTo(rect.right() - 8, 0)
        badge.lineTo(rect.right() - 8, size + 6)
        badge.lineTo(rect.right() - 8 - size / 2, size)
        badge.lineTo(rect.right() - size - 8, size + 6)
        badge.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(theme.critical))
        painter.drawPath(badge)
        painter.setPen(QPen(qcolor("#FFFFFF"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        cx = rect.right() - 8 - size / 2
        painter.drawLine(QPointF(cx, 4), QPointF(cx, 11.5))
        painter.drawPoint(QPointF(cx, 16))


def _accent_stripe(height: float) -> QPainterPath:
    """The coloured left edge of a card, following its rounded corners."""
    stripe = QPainterPath()
    stripe.addRoundedRect(QRectF(0, 0, 10, height), 8, 8)
    cut = QPainterPath()
    cut.addRect(QRectF(5, 0, 10, height))
    return stripe.subtracted(cut)
