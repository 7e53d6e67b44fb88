"""Outlines as a list of move / line / cubic / close steps: the one path shape SVG and PDF both take."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..layout import CubicSegment, Point, Rect

KAPPA = 0.5522847498
"""Control-point distance of a quarter circle drawn as one cubic Bézier, per unit radius."""


@dataclass(frozen=True, slots=True)
class Move:
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Line:
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Cubic:
    x1: float
    y1: float
    x2: float
    y2: float
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Close:
    pass


Step = Move | Line | Cubic | Close


class VectorPath:
    """An outline, or (:func:`placed`) a shared shape moved by an offset: its steps are then made only if a
    backend asks for them, and the SVG and Qt backends draw the shape they know once, moved."""

    __slots__ = ("_steps", "_current", "_start", "shape", "offset")

    def __init__(self, steps: list[Step] | None = None) -> None:
        self._steps: list[Step] | None = [] if steps is None else list(steps)
        self._current = self._start = (0.0, 0.0)
        self.shape: VectorPath | None = None
        """The shape this path is a copy of, moved by :attr:`offset`; None for a path of its own."""
        self.offset: tuple[float, float] = (0.0, 0.0)

    @property
    def steps(self) -> list[Step]:
        steps = self._steps
        if steps is None:
            assert self.shape is not None
            steps = self._steps = _moved(self.shape.steps, *self.offset)
        return steps

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def __bool__(self) -> bool:
        return bool(self.shape) if self._steps is None else bool(self._steps)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VectorPath) and self.steps == other.steps

    __hash__ = None  # type: ignore[assignment]

    def _own(self) -> list[Step]:
        """The steps, to add to: the path is no longer a copy of a shared shape."""
        steps = self.steps
        self.shape = None
        return steps

    @property
    def current(self) -> tuple[float, float]:
        return self._current

    def move_to(self, x: float, y: float) -> "VectorPath":
        self._own().append(Move(x, y))
        self._current = self._start = (x, y)
        return self

    def line_to(self, x: float, y: float) -> "VectorPath":
        self._own().append(Line(x, y))
        self._current = (x, y)
        return self

    def cubic_to(self, x1: float, y1: float, x2: float, y2: float, x: float, y: float) -> "VectorPath":
        self._own().append(Cubic(x1, y1, x2, y2, x, y))
        self._current = (x, y)
        return self

    def quad_to(self, cx: float, cy: float, x: float, y: float) -> "VectorPath":
        """A quadratic Bézier, raised to the cubic both formats draw."""
        x0, y0 = self._current
        return self.cubic_to(
            x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0), x + 2 / 3 * (cx - x), y + 2 / 3 * (cy - y), x, y
        )

    def close(self) -> "VectorPath":
        self._own().append(Close())
        self._current = self._start
        return self

    def extend(self, other: "VectorPath") -> "VectorPath":
        self._own().extend(other.steps)
        self._current, self._start = other._current, other._start
        return self

    def transformed(self, scale: float, dx: float, dy: float) -> "VectorPath":
        """The path scaled about the origin, then moved by (dx, dy)."""
        out = VectorPath()
        for step in self.steps:
            if isinstance(step, Move):
                out.move_to(step.x * scale + dx, step.y * scale + dy)
            elif isinstance(step, Line):
                out.line_to(step.x * scale + dx, step.y * scale + dy)
            elif isinstance(step, Cubic):
                out.cubic_to(
                    step.x1 * scale + dx, step.y1 * scale + dy, step.x2 * scale + dx, step.y2 * scale + dy,
                    step.x * scale + dx, step.y * scale + dy,
                )
            else:
                out.close()
        return out


_CLOSE = Close()


def _moved(steps: list[Step], dx: float, dy: float) -> list[Step]:
    """``steps`` moved by (dx, dy): a shared shape spelled out where it is drawn (PDF and PowerPoint ask)."""
    out: list[Step] = []
    add = out.append
    for step in steps:
        kind = type(step)
        if kind is Cubic:
            add(Cubic(step.x1 + dx, step.y1 + dy, step.x2 + dx, step.y2 + dy,  # type: ignore[union-attr]
                      step.x + dx, step.y + dy))  # type: ignore[union-attr]
        elif kind is Line:
            add(Line(step.x + dx, step.y + dy))  # type: ignore[union-attr]
        elif kind is Move:
            add(Move(step.x + dx, step.y + dy))  # type: ignore[union-attr]
        else:
            add(_CLOSE)
    return out


def placed(shape: VectorPath, dx: float, dy: float) -> VectorPath:
    """``shape`` moved by (dx, dy), the shape kept: a card's outline, made once per size, drawn at every card.

    ``shape`` must not change afterwards (the shape builders below cache theirs)."""
    path = VectorPath.__new__(VectorPath)
    path._steps = None
    path.shape, path.offset = shape, (dx, dy)
    path._current = (shape._current[0] + dx, shape._current[1] + dy)
    path._start = (shape._start[0] + dx, shape._start[1] + dy)
    return path


def polyline(points: Iterable[tuple[float, float]], closed: bool = False) -> VectorPath:
    path = VectorPath()
    for i, (x, y) in enumerate(points):
        if i == 0:
            path.move_to(x, y)
        else:
            path.line_to(x, y)
    return path.close() if closed and path else path


def rect_path(rect: Rect) -> VectorPath:
    return polyline(((rect.x, rect.y), (rect.right, rect.y), (rect.right, rect.bottom), (rect.x, rect.bottom)), True)


def rounded_rect(rect: Rect, radius: float, top_only: bool = False) -> VectorPath:
    """A rectangle with round corners (only the top two when ``top_only``, like a stage header)."""
    r = max(0.0, min(radius, rect.width / 2, rect.height / 2))
    if r == 0:
        return rect_path(rect)
    k = r * KAPPA
    x0, y0, x1, y1 = rect.x, rect.y, rect.right, rect.bottom
    path = VectorPath().move_to(x0 + r, y0).line_to(x1 - r, y0)
    path.cubic_to(x1 - r + k, y0, x1, y0 + r - k, x1, y0 + r)
    if top_only:
        path.line_to(x1, y1).line_to(x0, y1)
    else:
        path.line_to(x1, y1 - r).cubic_to(x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1)
        path.line_to(x0 + r, y1).cubic_to(x0 + r - k, y1, x0, y1 - r + k, x0, y1 - r)
    path.line_to(x0, y0 + r).cubic_to(x0, y0 + r - k, x0 + r - k, y0, x0 + r, y0)
    return path.close()


def ellipse(cx: float, cy: float, rx: float, ry: float) -> VectorPath:
    kx, ky = rx * KAPPA, ry * KAPPA
    path = VectorPath().move_to(cx + rx, cy)
    path.cubic_to(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry)
    path.cubic_to(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy)
    path.cubic_to(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry)
    path.cubic_to(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy)
    return path.close()


@lru_cache(maxsize=4096)
def rounded_rect_shape(width: float, height: float, radius: float) -> VectorPath:
    """A rounded rectangle at the origin, made once per size (shared: never change it)."""
    return rounded_rect(Rect(0.0, 0.0, width, height), radius)


def placed_rounded_rect(rect: Rect, radius: float) -> VectorPath:
    """:func:`rounded_rect`, as the shared shape of its size moved to ``rect``."""
    return placed(rounded_rect_shape(rect.width, rect.height, radius), rect.x, rect.y)


@lru_cache(maxsize=1024)
def circle_shape(radius: float) -> VectorPath:
    """A circle about the origin, made once per radius (shared: never change it)."""
    return ellipse(0.0, 0.0, radius, radius)


def placed_circle(cx: float, cy: float, radius: float) -> VectorPath:
    """:func:`ellipse` with equal radii, as the shared circle of that radius moved to (cx, cy)."""
    return placed(circle_shape(radius), cx, cy)


def curve_path(segments: Iterable[CubicSegment]) -> VectorPath:
    """The emotion curve or a connector: joined Bézier pieces."""
    path = VectorPath()
    for segment in segments:
        if not path:
            path.move_to(segment.start.x, segment.start.y)
        path.cubic_to(segment.c1.x, segment.c1.y, segment.c2.x, segment.c2.y, segment.end.x, segment.end.y)
    return path


def point_list(path: VectorPath) -> list[Point]:
    """Every end point of the path, for bounds and tests."""
    return [Point(step.x, step.y) for step in path if not isinstance(step, Close)]
