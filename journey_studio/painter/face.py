"""The emotion face as vectors: the one face the screen, the slides and every file draw."""

from functools import lru_cache

from ..layout import Point
from ..theme import Theme
from .colour import mood_colour
from .path import VectorPath, ellipse, placed
from .surface import Stroke, Surface


def draw_face(surface: Surface, centre: Point, radius: float, mood: float, theme: Theme) -> None:
    """A round face, red and frowning at mood −1, amber and flat at 0, green and smiling at +1."""
    cx, cy, r = centre.x, centre.y, radius
    head, left_eye, right_eye, mouth = _face_shapes(r, mood)
    ink = theme.face_ink
    outline, smile = _face_strokes(ink, r)
    surface.draw_path(placed(head, cx, cy), fill=mood_colour(mood, theme).hex, stroke=outline)
    surface.draw_path(placed(left_eye, cx, cy), fill=ink)
    surface.draw_path(placed(right_eye, cx, cy), fill=ink)
    surface.draw_path(placed(mouth, cx, cy), stroke=smile)


@lru_cache(maxsize=4096)
def _face_shapes(r: float, mood: float) -> tuple[VectorPath, VectorPath, VectorPath, VectorPath]:
    """Head, eyes and mouth about the face's centre, made once per size and mood (faces repeat on a map)."""
    eye = r * 0.13
    eyes = [ellipse(dx * r, -0.25 * r, eye, eye) for dx in (-0.35, 0.35)]
    half = r * 0.45
    y = r * 0.32 - mood * r * 0.1
    mouth = VectorPath().move_to(-half, y).quad_to(0.0, y + mood * r * 0.5, half, y)
    return ellipse(0.0, 0.0, r, r), eyes[0], eyes[1], mouth


@lru_cache(maxsize=256)
def _face_strokes(ink: str, r: float) -> tuple[Stroke, Stroke]:
    return Stroke(ink, max(r * 0.09, 1.0)), Stroke(ink, max(r * 0.12, 1.0), cap="round")
