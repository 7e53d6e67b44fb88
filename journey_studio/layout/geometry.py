"""Plain geometry values shared by every renderer (canvas, PNG, SVG, PDF)."""

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle; its ``right`` and ``bottom`` edges are kept as fields, computed once when it is made.

    Renderers read edges hundreds of thousands of times per export of a large map (a PDF of 10,000 cards reads
    ``right`` about 736,000 times): a slot read instead of a property call and an addition. The edges are not
    compared, hashed or shown (they follow from the four values), so equality, hashing, ``repr`` and
    ``dataclasses.replace`` are the four-field dataclass's."""

    x: float
    y: float
    width: float
    height: float
    right: float = field(init=False, repr=False, compare=False)
    bottom: float = field(init=False, repr=False, compare=False)

    def __init__(self, x: float, y: float, width: float, height: float) -> None:
        # Still frozen (assigning raises): set through the slots' own descriptors, cheaper than the generated
        # object.__setattr__ calls (a large map makes hundreds of thousands of rects).
        _SET_X(self, x)
        _SET_Y(self, y)
        _SET_WIDTH(self, width)
        _SET_HEIGHT(self, height)
        _SET_RIGHT(self, x + width)
        _SET_BOTTOM(self, y + height)

    @property
    def center(self) -> Point:
        return Point(self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, other: "Rect") -> bool:
        eps = 1e-6
        return (
            other.x >= self.x - eps
            and other.y >= self.y - eps
            and other.right <= self.right + eps
            and other.bottom <= self.bottom + eps
        )

    def intersects(self, other: "Rect") -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def adjusted(self, dx1: float, dy1: float, dx2: float, dy2: float) -> "Rect":
        return Rect(self.x + dx1, self.y + dy1, self.width - dx1 + dx2, self.height - dy1 + dy2)


_SET_X, _SET_Y, _SET_WIDTH, _SET_HEIGHT, _SET_RIGHT, _SET_BOTTOM = (
    getattr(Rect, name).__set__ for name in ("x", "y", "width", "height", "right", "bottom")
)


@dataclass(frozen=True, slots=True)
class CubicSegment:
    """One Bézier piece of a curve: start, two control points, end."""

    start: Point
    c1: Point
    c2: Point
    end: Point
