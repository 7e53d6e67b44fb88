"""The scene shows what the layout says, and follows changes without rebuilding everything."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from journey_studio.canvas.items import CardItem
from journey_studio.canvas.scene import MapScene
from journey_studio.model import Card


def _render(scene: MapScene, rect: QRectF, size=(400, 300)) -> QImage:
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.black)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, *size), rect)
    painter.end()
    return image


def test_scene_has_one_item_per_card_stage_lane_and_curve(qtbot, small_workspace):
    scene = MapScene()
    journey_map = small_workspace.maps[0]
    scene.show_map(journey_map, small_workspace.personas)
    assert set(scene.card_items()) == {c.id for c in journey_map.cards}
    assert set(scene.stage_items()) == {s.id for s in journey_map.stages}
    assert set(scene.lane_items()) == {lane.id for lane in journey_map.lanes}
    (curve,) = scene.curve_items().values()
    assert len(curve.point_items()) == len(journey_map.emotion_points)
    for card_id, item in scene.card_items().items():
        box = scene.map_layout.card(card_id)
        assert item.sceneBoundingRect().contains(QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height))


def test_cards_are_drawn_where_the_layout_puts_them(qtbot, small_workspace):
    scene = MapScene()
    scene.show_map(small_workspace.maps[0], small_workspace.personas)
    box = scene.map_layout.cards[0]
    inside = _render(scene, QRectF(box.rect.x + 20, box.rect.y + 4, 40, 30), (40, 30))
    colours = {inside.pixel(x, y) for x in range(40) for y in range(30)}
    assert len(colours) > 3, "text and card are drawn there"
    assert scene.items(QPointF(box.rect.center.x, box.rect.center.y))[0].__class__ is CardItem


def test_showing_a_changed_map_reuses_items_and_moves_them(qtbot, small_workspace):
    scene = MapScene()
    journey_map = small_workspace.maps[0]
    scene.show_map(journey_map, small_workspace.personas)
    first = journey_map.cards[0]
    item = scene.card_item(first.id)
    journey_map.cards[0] = first.model_copy(update={"stage_id": journey_map.stages[-1].id})
    journey_map.cards.append(
        Card(id="new", stage_id=journey_map.stages[0].id, lane_id=journey_map.lanes[0].id, title="Nouvelle")
    )
    removed = journey_map.cards.pop(1)
    scene.show_map(journey_map, small_workspace.personas)
    assert scene.card_item(first.id) is item, "the item is kept"
    assert item.pos().x() == scene.map_layout.card(first.id).rect.x
    assert scene.card_item("new") is not None
    assert scene.card_item(removed.id) is None
    assert sum(isinstance(i, CardItem) for i in scene.items()) == len(journey_map.cards)


def test_clearing_the_scene(qtbot, small_workspace):
    scene = MapScene()
    scene.show_map(small_workspace.maps[0])
    scene.show_map(None)
    assert scene.items() == []


def test_cards_draw_through_the_painter_in_full_near_and_as_blocks_far(qtbot, small_workspace, monkeypatch):
    """The screen keeps its far-zoom blocks (drawn by the painter too); near, the card is the painter's full card."""
    from journey_studio.canvas.items import card_item

    calls = {"full": 0, "blocks": 0}
    full, blocks = card_item.paint_card, card_item.paint_card_low_detail

    def counting(kind, function):
        def count(*args, **kwargs):
            calls[kind] += 1
            return function(*args, **kwargs)
        return count

    monkeypatch.setattr(card_item, "paint_card", counting("full", full))
    monkeypatch.setattr(card_item, "paint_card_low_detail", counting("blocks", blocks))
    scene = MapScene()
    scene.show_map(small_workspace.maps[0], small_workspace.personas)
    bounds = scene.map_layout.bounds
    whole = QRectF(bounds.x, bounds.y, bounds.width, bounds.height)
    _render(scene, whole, (round(bounds.width), round(bounds.height)))
    assert calls == {"full": len(scene.card_items()), "blocks": 0}
    _render(scene, whole, (round(bounds.width * 0.2), round(bounds.height * 0.2)))
    assert calls["blocks"] == len(scene.card_items())
