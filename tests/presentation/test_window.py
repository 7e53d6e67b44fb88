"""Presenting as a person does: keys, clicks and the wheel step through the map; screenshots at 1920 × 1080."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from journey_studio.canvas.scene import MapScene
from journey_studio.presentation import PresentationWindow, current_stage_index
from journey_studio.presentation.overview_scene import OverviewScene
from journey_studio.presentation.settings import choose_screen_name
from journey_studio.presentation.slide_scene import SlideScene
from journey_studio.templates import new_from_template


@pytest.fixture
def workspace():
    return new_from_template("running-shoes", "fr")


@pytest.fixture
def show(qtbot, workspace):
    def make(start=None, animate=False):
        window = PresentationWindow(workspace, workspace.maps[0], start_stage_index=start, animate=animate)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        return window
    return make


def _where(window) -> tuple[int | None, int]:
    """(stage index or None for the overview, page or overview slide) as the screen shows it."""
    scene = window.view.scene()
    if isinstance(scene, OverviewScene):
        return None, scene.slide.number - 1
    assert isinstance(scene, SlideScene)
    return scene.slide.stage_index, scene.slide.page


def _press(qtbot, window, *keys, modifier=Qt.KeyboardModifier.NoModifier):
    for key in keys:
        qtbot.keyClick(window, key, modifier)


def test_keys_step_through_overview_stages_and_back(qtbot, show):
    window = show()
    pages = [window.deck.steps.count(s) for s in window.deck.steps]
    seen = [_where(window)]
    keys = [Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_N, Qt.Key.Key_Down, Qt.Key.Key_Return]
    for index in range(len(window.deck.steps) + 1):  # one key more than there are steps: the last one stays
        _press(qtbot, window, keys[index % len(keys)])
        seen.append(_where(window))
    expected = [(s.stage_index, s.page) for s in window.deck.steps]
    assert seen == expected + [expected[-1], expected[-1]]
    assert expected[0] == (None, 0) and expected[-1][0] == len(window.shown_map.stages) - 1  # ends on the last stage
    for key in [Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_P, Qt.Key.Key_Backspace]:
        before = window.deck.index
        _press(qtbot, window, key)
        assert window.deck.index == before - 1
    assert pages


def test_home_end_and_a_typed_number(qtbot, show):
    window = show()
    _press(qtbot, window, Qt.Key.Key_End)
    assert window.deck.index == len(window.deck.steps) - 1
    _press(qtbot, window, Qt.Key.Key_Home)
    assert _where(window) == (None, 0)
    _press(qtbot, window, Qt.Key.Key_3)
    assert window.typed_number == "3"
    _press(qtbot, window, Qt.Key.Key_Enter)
    assert _where(window) == (2, 0)
    _press(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_Return)
    assert _where(window) == (1, 0)
    _press(qtbot, window, Qt.Key.Key_9, Qt.Key.Key_Return)  # no stage 9: stay
    assert _where(window) == (1, 0)


def test_shift_f5_starts_at_the_current_stage_and_f5_restarts(qtbot, show):
    window = show(start=1)
    assert _where(window) == (1, 0)
    _press(qtbot, window, Qt.Key.Key_F5)
    assert _where(window) == (None, 0)


def test_black_and_white_screens_like_powerpoint(qtbot, show):
    window = show()
    _press(qtbot, window, Qt.Key.Key_B)
    assert window.blank == "black"
    image = window.grab().toImage()
    assert image.pixelColor(960, 540).name() == "#000000"
    _press(qtbot, window, Qt.Key.Key_Right)  # the first key brings the step back, without moving
    assert window.blank == "" and window.deck.index == 0
    _press(qtbot, window, Qt.Key.Key_W)
    assert window.blank == "white"
    assert window.grab().toImage().pixelColor(960, 540).name() == "#ffffff"
    _press(qtbot, window, Qt.Key.Key_W)
    assert window.blank == ""
    _press(qtbot, window, Qt.Key.Key_Period)
    assert window.blank == "black"


def test_clicks_and_the_wheel_step_and_a_card_click_spotlights(qtbot, show):
    window = show()
    viewport = window.view.viewport()
    first_stage = window.deck.index_of_stage(0)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert _where(window) == (None, 1)
    _press(qtbot, window, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert _where(window) == (0, 0)
    slide = window.current_slide()
    card = slide.cards[0]
    centre = window.view.mapFromScene(QPointF(card.rect.x + card.rect.width / 2, card.rect.y + card.rect.height / 2))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert window.spotlit_card == card.box.card_id and window.deck.index == first_stage
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert window.spotlit_card is None and window.deck.index == first_stage
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=QPoint(20, 20))
    assert window.deck.index == first_stage - 1
    for _ in range(2):
        window.view.wheeled.emit(1)
    assert window.deck.index == first_stage + 1
    window.view.wheeled.emit(-1)
    assert window.deck.index == first_stage


def test_esc_clears_the_spotlight_then_leaves(qtbot, show):
    window = show(start=0)
    window.set_spotlight(window.current_slide().cards[0].box.card_id)
    with qtbot.waitSignal(window.finished, timeout=1000):
        _press(qtbot, window, Qt.Key.Key_Escape)
        assert window.isVisible() and window.spotlit_card is None
        _press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_animated_transitions_land_on_the_right_step(qtbot, show):
    window = show(animate=True)
    _press(qtbot, window, Qt.Key.Key_Right)  # overview slide 1 → 2: a fade
    assert window.transitioning
    qtbot.waitUntil(lambda: not window.transitioning, timeout=3000)
    assert _where(window) == (None, 1)
    last_overview = window.deck.index_of_stage(0) - 1
    for _ in range(last_overview - 1):
        _press(qtbot, window, Qt.Key.Key_Right)  # a key mid-fade lands the fade first
    qtbot.waitUntil(lambda: not window.transitioning, timeout=3000)
    assert window.deck.index == last_overview
    _press(qtbot, window, Qt.Key.Key_Right)  # the last overview slide → stage 1
    assert window.transitioning
    qtbot.waitUntil(lambda: not window.transitioning, timeout=3000)
    assert _where(window) == (0, 0)
    _press(qtbot, window, Qt.Key.Key_Right)
    _press(qtbot, window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: not window.transitioning, timeout=3000)
    assert window.deck.index == last_overview + 3
    assert _where(window) == (window.deck.current.stage_index, window.deck.current.page)
    _press(qtbot, window, Qt.Key.Key_Home)  # the first overview slide shows stage 1: its column is zoomed onto
    qtbot.waitUntil(lambda: not window.transitioning, timeout=3000)
    assert window.view.scene().stage_column(window.shown_map.stages[0].id) is not None
    _press(qtbot, window, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert window.transitioning and isinstance(window.view.scene(), OverviewScene)  # gliding over the overview
    qtbot.waitUntil(lambda: not window.transitioning, timeout=3000)
    assert _where(window) == (0, 0)


def test_screens_of_the_overview_and_a_stage(qtbot, show, tmp_path):
    """Written to tmp_path for a person to look at; checked for the projector theme and a filled screen."""
    window = show()
    overview = window.grab().toImage()
    overview.save(str(tmp_path / "presentation-overview.png"))
    assert overview.pixelColor(5, 540).name() == window.theme.background.lower()  # 16:9 on 16:9: no letterbox
    assert _non_background_share(overview) > 0.08
    _press(qtbot, window, Qt.Key.Key_1, Qt.Key.Key_Return)
    stage = window.grab().toImage()
    stage.save(str(tmp_path / "presentation-stage-1.png"))
    assert (overview.width(), overview.height()) == (1920, 1080)
    assert stage.pixelColor(960, 1000).name() != "#000000"  # the slide fills the screen: no letterbox
    assert stage.pixelColor(5, 5).name() == window.current_slide().colour.lower()  # the stage's colour bar
    assert _non_background_share(stage) > 0.08


def _non_background_share(image: QImage) -> float:
    small = image.scaled(192, 108)
    counted = sum(small.pixelColor(x, y).name() != "#ffffff" for x in range(192) for y in range(108))
    return counted / (192 * 108)


def test_accessible_names_say_where_the_presentation_is(qtbot, show):
    window = show()
    assert "Acheter sa première paire" in window.view.accessibleName()
    assert window.view.accessibleDescription() == window.overview_deck.slides[0].locator.full_text  # « Étape 1 sur 3 »…
    _press(qtbot, window, Qt.Key.Key_3, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert window.view.accessibleName().startswith("Stage 1 of 3: Réflexion")
    assert window.view.accessibleDescription()
    _press(qtbot, window, Qt.Key.Key_F1)
    assert window.findChild(type(window._help), "presentationHelp").isVisible()


def test_the_presentation_screen_is_the_second_one_unless_chosen():
    assert choose_screen_name(["A", "B"], primary="A", editor="A", saved="") == "B"
    assert choose_screen_name(["A", "B"], primary="A", editor="B", saved="") == "A"
    assert choose_screen_name(["A"], primary="A", editor="A", saved="") == "A"
    assert choose_screen_name(["A", "B", "C"], primary="A", editor="A", saved="C") == "C"
    assert choose_screen_name(["A", "B"], primary="A", editor="A", saved="gone") == "B"


def test_shift_f5_starts_from_the_stage_in_view(qtbot, workspace):
    scene = MapScene()
    scene.show_map(workspace.maps[0], workspace.personas, "fr")
    from journey_studio.canvas.view import MapView

    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.set_zoom(2.0)
    column = scene.map_layout.stages[1].rect
    view.centerOn(column.x + column.width / 2, column.y + 300)
    assert current_stage_index(scene, view) == 1
    card = next(
        item for item in scene.card_items().values() if item.box.stage_id == scene.map_layout.stages[2].stage_id
    )
    card.setSelected(True)
    assert current_stage_index(scene, view) == 2


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768), (800, 600)])
def test_f1_shows_every_key_readable_and_on_the_screen(qtbot, show, size):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QLabel

    window = show()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    _press(qtbot, window, Qt.Key.Key_Right, Qt.Key.Key_F1)
    help_label = window.findChild(QLabel, "presentationHelp")
    assert help_label.isVisible()
    assert QRect(0, 0, *size).contains(help_label.geometry()), (help_label.geometry(), size)
    text = help_label.text()
    for keys in ("Page Down", "Backspace", "Home, End", "Esc", "F1", "L"):
        assert keys in text
    assert help_label.font().pixelSize() >= (20 if size[0] >= 1024 else 14), "readable from the back of the room"
    picture = help_label.grab().toImage()
    light = sum(picture.pixelColor(x, y).lightness() > 200
                for x in range(0, picture.width(), 3) for y in range(0, picture.height(), 3))
    assert light > 200, "text is drawn on the panel, not an empty plate"
    dark = sum(picture.pixelColor(x, y).lightness() < 60
               for x in range(0, picture.width(), 3) for y in range(0, picture.height(), 3))
    assert dark > light, "light text on a dark plate"
    _press(qtbot, window, Qt.Key.Key_F1)
    assert not help_label.isVisible()
