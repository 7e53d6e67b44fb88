"""The emotion face as vectors: the one face the screen, the slides and every file draw."""

from ..layout import Point
from ..theme import Theme
from .colour import mood_colour
from .path import VectorPath, ellipse
from .surface import Stroke, Surface


def draw_face(surface: Surface, centre: Point, radius: float, mood: float, theme: Theme) -> None:
    """A round face, red and frowning at mood −1, amber and flat at 0, green and smiling at +1."""
    cx, cy, r = centre.x, centre.y, radius
    surface.draw_path(ellipse(cx, cy, r, r), fill=mood_colour(mood, theme).hex,
                      stroke=Stroke(theme.face_ink, max(r * 0.09, 1.0)))
    eye = r * 0.13
    for dx in (-0.35, 0.35):
        surface.draw_path(ellipse(cx + dx * r, cy - 0.25 * r, eye, eye), fill=theme.face_ink)
    half = r * 0.45
    y = cy + r * 0.32 - mood * r * 0.1
    mouth = VectorPath().move_to(cx - half, y).quad_to(cx, y + mood * r * 0.5, cx + half, y)
    surface.draw_path(mouth, stroke=Stroke(theme.face_ink, max(r * 0.12, 1.0), cap="round"))
