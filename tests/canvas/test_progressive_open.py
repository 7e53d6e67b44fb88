"""A window opening on a large map draws its first columns first, and the whole map follows between frames."""

from bench.synthetic_map import build_workspace
from journey_studio.canvas.items import CardItem
from journey_studio.canvas.scene import MapScene
from journey_studio.canvas.scene import _first_height as first_height
from journey_studio.document import Document
from journey_studio.layout import cell_memo
from journey_studio.ui.main_window import MainWindow


def test_the_first_frame_builds_the_first_columns_then_the_whole_map_follows(qtbot):
    workspace = build_workspace(stages=40, cards=4000)
    journey_map = workspace.maps[0]
    window = MainWindow(Document(workspace))
    window.resize(1920, 1080)
    window.show()
    scene = window.scene
    built = {item.card_id: item.box for item in scene.items() if isinstance(item, CardItem)}
    first = set(built)

    # Before the first frame: the first stages' cards down to the first screens' height only, and the scene says the
    # map is not complete.
    assert not scene.complete
    shown_stages = {box.stage_id for box in built.values()}
    assert 0 < len(first) <= len(journey_map.cards) // 2
    assert shown_stages == {s.id for s in journey_map.stages[: len(shown_stages)]}
    preview = scene.map_layout
    high = {b.card_id for b in preview.cards if b.rect.y < first_height()}
    assert first == high
    assert len(high) < len(preview.cards)  # the 4,000-card map's first columns reach further down

    # Once the first frame is drawn, the next slice builds the rest of the first columns.
    window.view.viewport().repaint()
    def first_columns_built() -> bool:
        return sum(isinstance(i, CardItem) for i in scene.items()) >= len(preview.cards)

    qtbot.waitUntil(first_columns_built, timeout=10_000)
    built = {item.card_id for item in scene.items() if isinstance(item, CardItem)}
    assert {b.card_id for b in preview.cards} <= built

    with qtbot.waitSignal(scene.completed, timeout=120_000):
        pass
    assert scene.complete
    assert set(scene.card_items()) == {c.id for c in journey_map.cards}
    cell_memo.clear()
    fresh = MapScene()
    fresh.show_map(journey_map, workspace.personas, workspace.metadata.language)
    assert scene.map_layout == fresh.map_layout
    window.close()


def test_an_edit_before_the_rest_arrives_shows_the_whole_map_at_once(qtbot):
    workspace = build_workspace(stages=40, cards=4000)
    window = MainWindow(Document(workspace))
    window.show()
    assert not window.scene.complete
    window.editor.set_card("c3999", {"title": "Tout au bout"})  # a card the first frame does not show
    assert window.scene.complete
    assert window.scene.card_item("c3999").box.title.full_text == "Tout au bout"
    window.document.undo_stack.setClean()
    window.close()


def test_asking_for_a_card_the_first_frame_does_not_show_completes_the_map(qtbot):
    workspace = build_workspace(stages=40, cards=4000)
    window = MainWindow(Document(workspace))
    window.show()
    assert not window.scene.complete
    window.scene.select_cards(["c3999"])  # as Find or a colleague's selection would
    assert window.scene.complete
    assert [item.card_id for item in window.scene.selectedItems()] == ["c3999"]
    window.close()
