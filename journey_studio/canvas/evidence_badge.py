"""A small round badge that says where a card's claim comes from; a dashed "?" for an unchecked assumption."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from ..model import EvidenceSource
from .painting import qcolor
from .qt_fonts import qfont
from ..layout.text import FontFace, TextStyle

from ..layout.picture import EVIDENCE_LETTERS as LETTERS
_STYLE = TextStyle(FontFace.BOLD, 10, 12)


def draw_evidence_badge(painter: QPainter, centre: QPointF, source: EvidenceSource, backed: str, assumed: str) -> None:
    radius = 7.5
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if source is EvidenceSource.ASSUMPTION:
        painter.setPen(QPen(qcolor(assumed), 1.4, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ink = qcolor(assumed)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(backed))
        ink = qcolor("#FFFFFF")
    painter.drawEllipse(centre, radius, radius)
    painter.setFont(qfont(_STYLE))
    painter.setPen(ink)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, LETTERS[source])
    painter.restore()
