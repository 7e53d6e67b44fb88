"""A rect keeps its right and bottom edges as fields made once (renderers read them hundreds of thousands of times):
it must still behave as the four-field frozen dataclass it was, its edges always its own x + width and y + height."""

import dataclasses
import pickle
import random

import pytest

from journey_studio.layout import geometry
from journey_studio.layout.geometry import Point, Rect


def _rects(count: int) -> list[Rect]:
    rng = random.Random(17)
    values = [0.0, 1.0, 0.1, 0.2, 0.3, -2.5, 1e-7]
    return [
        Rect(*(rng.choice(values) if rng.random() < 0.3 else rng.uniform(-50, 50) for _ in range(4)))
        for _ in range(count)
    ]


def _edges_hold(rect: Rect) -> bool:
    return rect.right == rect.x + rect.width and rect.bottom == rect.y + rect.height


def test_edges_are_the_sums_the_properties_made() -> None:
    rects = _rects(2000)
    assert all(map(_edges_hold, rects))
    assert all(_edges_hold(dataclasses.replace(rect, x=rect.y, height=rect.width)) for rect in rects[:200])
    assert all(_edges_hold(pickle.loads(pickle.dumps(rect))) for rect in rects[:200])
    assert Rect(1, 2, 3, 4).center == Point(2.5, 4.0)


def test_intersects_and_contains_read_as_before() -> None:
    def intersects(a: Rect, b: Rect) -> bool:
        return a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height

    def contains(a: Rect, b: Rect) -> bool:
        eps = 1e-6
        return (b.x >= a.x - eps and b.y >= a.y - eps and b.x + b.width <= a.x + a.width + eps
                and b.y + b.height <= a.y + a.height + eps)

    rects = _rects(300)
    pairs = [(a, b) for a in rects[:60] for b in rects]
    assert [a.intersects(b) for a, b in pairs] == [intersects(a, b) for a, b in pairs]
    assert [a.contains(b) for a, b in pairs] == [contains(a, b) for a, b in pairs]
    assert any(a.intersects(b) for a, b in pairs) and not all(a.intersects(b) for a, b in pairs)


def test_it_is_still_the_four_field_frozen_dataclass() -> None:
    rect = Rect(1.5, 2, 3, 4)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rect.x = 0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        rect.right = 0  # type: ignore[misc]
    assert rect == Rect(1.5, 2.0, 3.0, 4.0) == pickle.loads(pickle.dumps(rect)) == dataclasses.replace(rect)
    assert rect != Rect(1.5, 2, 3, 5) and rect != (1.5, 2, 3, 4)
    assert hash(rect) == hash((1.5, 2, 3, 4))  # the generated hash of its four values: sets keep their order
    assert repr(rect) == "Rect(x=1.5, y=2, width=3, height=4)"
    assert [field.name for field in dataclasses.fields(rect) if field.init] == ["x", "y", "width", "height"]


def test_the_edge_check_catches_an_edge_set_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(geometry, "_SET_BOTTOM", geometry._SET_RIGHT)  # bottom's sum written into right
    assert not all(map(_edges_hold, _rects(50)))
