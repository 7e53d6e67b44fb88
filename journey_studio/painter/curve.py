"""The emotion curve on a :class:`Surface`: shaded zones, the line, and a face (with its label) at every point."""

from ..layout import CurvePoint, EmotionCurve, Rect
from ..layout.picture import CRITICAL_RING_GAP, CURVE_WIDTH
from ..theme import Theme
from .face import draw_face
from .path import curve_path, ellipse
from .surface import Stroke, Surface, draw_text_block


def paint_curve_line(
    surface: Surface, curve: EmotionCurve, theme: Theme, area: Rect | None, zero_y: float | None, shade: bool,
) -> None:
    """The line, and (for a single curve) the area between it and the zero line, green above and red below."""
    if shade and len(curve.points) >= 2 and area is not None and zero_y is not None:
        fill = curve_path(curve.shade).close()  # eases down to the zero line at both ends: no hard edge
        above = Rect(area.x, area.y, area.width, zero_y - area.y)
        below = Rect(area.x, zero_y, area.width, area.bottom - zero_y)
        for clip, zone in ((above, theme.positive_zone), (below, theme.negative_zone)):
            if clip.height > 0:
                with surface.clipped(clip):
                    surface.draw_path(fill, fill=zone)
    if curve.segments:
        surface.draw_path(curve_path(curve.segments),
                          stroke=Stroke(theme.curve_colour(curve.colour_index), theme.line(CURVE_WIDTH), cap="round"))


def paint_emotion_point(
    surface: Surface, point: CurvePoint, radius: float, theme: Theme, mood: float | None = None,
) -> None:
    """A face at the point (``mood`` overrides the point's while it is dragged), a red ring if critical, its label."""
    c = point.center
    if point.critical:
        ring = radius + CRITICAL_RING_GAP
        surface.draw_path(ellipse(c.x, c.y, ring, ring), stroke=Stroke(theme.critical, theme.line(3.0)))
    draw_face(surface, c, radius, point.mood if mood is None else mood, theme)
    draw_text_block(surface, point.label, theme.critical if point.critical else theme.header_text)


def point_bounds(point: CurvePoint, radius: float) -> Rect:
    """What the point draws on: its face, ring and label."""
    r = radius + CRITICAL_RING_GAP + 2
    face = Rect(point.center.x - r, point.center.y - r, 2 * r, 2 * r)
    label = point.label.rect
    if point.label.is_empty:
        return face
    x0, y0 = min(face.x, label.x), min(face.y, label.y)
    return Rect(x0, y0, max(face.right, label.right) - x0, max(face.bottom, label.bottom) - y0)
