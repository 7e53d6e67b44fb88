"""The presentation's overview is the map's 16:9 slide composition, and a named view decides every slide.

Driven as a presenter drives it: real key presses on the full-screen window (offscreen, 1920 × 1080), the
view menu opened with V and worked with the arrow keys and Enter. What each slide shows is read from the
composition and the layouts the window draws; the screen itself is grabbed and looked at.
"""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from journey_studio.layout.slide_deck import MIN_PROJECTOR_TEXT, MIN_SLIDE_TEXT, compose_reflowed, slide_text_sizes
from journey_studio.layout.views import ALL_MARKS
from journey_studio.model import EvidenceSource, MapView
from journey_studio.presentation import PresentationWindow
from journey_studio.presentation.overview_scene import OverviewScene
from journey_studio.presentation.slide_scene import SlideScene
from journey_studio.presentation.view_choice import WHOLE_MAP
from journey_studio.templates import new_from_template

HIDDEN_LANE = "lane-pensees"
"""The running-shoes map's "Pensées" lane, which the view "Sans pensées" leaves out."""


@pytest.fixture
def workspace():
    workspace = new_from_template("running-shoes", "fr")
    journey_map = workspace.maps[0]
    kept = [lane.id for lane in journey_map.lanes if lane.id != HIDDEN_LANE]
    views = [MapView(name="Sans pensées", lane_ids=kept), MapView(name="Clair", theme="light")]
    workspace.maps[0] = journey_map.model_copy(update={"views": views})
    return workspace


@pytest.fixture(autouse=True)
def forget_views() -> Iterator[None]:
    QSettings().remove("presentation/view")
    yield
    QSettings().remove("presentation/view")


@pytest.fixture
def show(qtbot, workspace):
    def make(view=None, journey_map=None):
        window = PresentationWindow(workspace, journey_map or workspace.maps[0], animate=False, view=view)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def _overview_steps(qtbot, window) -> list[OverviewScene]:
    """Home, then Right until the first stage slide: every overview scene shown on the way."""
    qtbot.keyClick(window, Qt.Key.Key_Home)
    shown = []
    while isinstance(window.view.scene(), OverviewScene):
        shown.append(window.view.scene())
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert isinstance(window.view.scene(), SlideScene) and window.stage_index == 0
    return shown


def _signature(slide) -> tuple:
    return slide.locator.full_text, slide.stage_ids, slide.lane_ids, slide.card_ids


def test_the_overview_steps_through_the_slide_composition_then_the_stages(qtbot, show, workspace, tmp_path):
    window = show(view=WHOLE_MAP)
    journey_map = workspace.maps[0]
    full, deck = compose_reflowed(
        journey_map, workspace.personas, "fr", journey_map.title, ALL_MARKS, MIN_PROJECTOR_TEXT
    )
    shown = _overview_steps(qtbot, window)
    assert [_signature(scene.slide) for scene in shown] == [_signature(slide) for slide in deck.slides]
    assert len(shown) > 1 and shown[0].slide.locator.full_text.startswith("Étape 1 sur 3")
    for scene in shown:  # legible from the back of the room: nothing under 24 px at 1920 × 1080
        assert min(slide_text_sizes(full, scene.slide)) >= MIN_PROJECTOR_TEXT - 1e-6
    # Every card of the map is on exactly one overview slide.
    on_slides = [card for scene in shown for card in scene.slide.card_ids]
    assert sorted(on_slides) == sorted(card.id for card in journey_map.cards)
    # The check is not blind: the 18 px composition (what the light theme gets) cuts the map otherwise.
    _, light = compose_reflowed(journey_map, workspace.personas, "fr", journey_map.title, ALL_MARKS, MIN_SLIDE_TEXT)
    assert [_signature(slide) for slide in light.slides] != [_signature(scene.slide) for scene in shown]

    qtbot.keyClick(window, Qt.Key.Key_Home)
    picture = window.grab().toImage()
    picture.save(str(tmp_path / "overview-1.png"))
    assert (picture.width(), picture.height()) == (1920, 1080)
    # The slide fills the screen: the page's white from edge to edge (no letterbox), the map's bands on it.
    assert picture.pixelColor(3, 540).name() == picture.pixelColor(1916, 540).name() == "#ffffff"
    small = picture.scaled(192, 108)
    inked = sum(small.pixelColor(x, y).name() != "#ffffff" for x in range(192) for y in range(108))
    assert inked / (192 * 108) > 0.25, "the map fills the slide, not a quarter of it"


def test_the_presenters_keys_still_work_across_overview_and_stages(qtbot, show):
    window = show(view=WHOLE_MAP)
    overview = window.deck.index_of_stage(0)
    assert overview >= 2
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_Down)
    assert window.deck.index == 2 and window.stage_index is None
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.deck.index == 1
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.stage_index == len(window.shown_map.stages) - 1
    assert isinstance(window.view.scene(), SlideScene)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.deck.index == len(window.deck.steps) - 2
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.deck.index == 0 and isinstance(window.view.scene(), OverviewScene)
    qtbot.keyClick(window, Qt.Key.Key_2)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stage_index == 1
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # Shift+F5 stays where it is
    assert window.stage_index == 1
    with qtbot.waitSignal(window.finished, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def _choose_view(qtbot, window, label: str) -> None:
    """V, then the arrow keys to ``label`` in the menu, then Enter: as a presenter picks a view."""
    qtbot.keyClick(window, Qt.Key.Key_V)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.objectName() == "presentationViewMenu"
    labels = [action.text() for action in menu.actions()]
    assert label in labels, labels
    for _ in range(len(labels) + 1):
        if menu.activeAction() is not None and menu.activeAction().text() == label:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction().text() == label
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())


def lane_titles_on_screen(window) -> set[str]:
    """The lane titles every slide of the presentation draws: the overview's repeated titles and the stage
    slides' lane sections."""
    titles = set()
    for index in range(len(window.overview_deck.slides)):
        scene = window._overview_scene(index)
        for part in scene.slide.parts:
            if part.kind == "lanes":
                titles |= {row.title.full_text for row in scene.layout.lanes if row.title_rect.intersects(part.source)}
    for stage in range(len(window.shown_map.stages)):
        titles |= {section.title.full_text for slide in window.stage_slides(stage) for section in slide.sections}
    return titles


def assumption_badges_on_screen(window) -> int:
    count = 0
    for index in range(len(window.overview_deck.slides)):
        scene = window._overview_scene(index)
        count += sum(
            box.evidence is EvidenceSource.ASSUMPTION
            for box in scene.layout.cards
            if box.card_id in scene.slide.card_ids
        )
    for stage in range(len(window.shown_map.stages)):
        count += sum(
            card.box.evidence is EvidenceSource.ASSUMPTION
            for slide in window.stage_slides(stage)
            for card in slide.cards
        )
    return count


def test_picking_a_view_with_v_hides_its_lanes_on_every_slide(qtbot, show):
    window = show(view=WHOLE_MAP)
    assert "Pensées" in lane_titles_on_screen(window)  # the check sees the lane while it is shown
    _choose_view(qtbot, window, "Sans pensées")
    assert window.view_name == "Sans pensées"
    assert "Pensées" not in lane_titles_on_screen(window)
    assert {"Actions", "Points de contact"} <= lane_titles_on_screen(window)
    assert all(HIDDEN_LANE not in scene.slide.lane_ids for scene in _overview_steps(qtbot, window))
    assert isinstance(window.view.scene(), OverviewScene) or window.stage_index == 0
    _choose_view(qtbot, window, "Whole map")
    assert window.view_name == WHOLE_MAP and "Pensées" in lane_titles_on_screen(window)


def test_the_client_deck_hides_the_assumption_badge_on_every_slide(qtbot, show):
    window = show(view=WHOLE_MAP)
    assert assumption_badges_on_screen(window) >= 4  # the map's four "?" cards, seen by the check
    _choose_view(qtbot, window, "Client deck")
    assert window.view_name == "Client deck"
    assert assumption_badges_on_screen(window) == 0
    backed = sum(
        card.box.evidence is not None
        for stage in range(len(window.shown_map.stages))
        for slide in window.stage_slides(stage)
        for card in slide.cards
    )
    assert backed > 10, "the other evidence badges stay"


def test_a_views_theme_applies_to_every_slide(qtbot, show):
    window = show(view=WHOLE_MAP)
    assert window.theme.name == "projector"
    projector_floor = min(min(slide_text_sizes(window.map_layout, s)) for s in window.overview_deck.slides)
    _choose_view(qtbot, window, "Clair")
    assert window.theme.name == "light"
    assert isinstance(window.view.scene(), OverviewScene)
    assert window.grab().toImage().pixelColor(3, 540).name() == "#f6f7f9"  # the light theme's page
    light_floor = min(min(slide_text_sizes(window.map_layout, s)) for s in window.overview_deck.slides)
    assert light_floor >= MIN_SLIDE_TEXT - 1e-6
    assert projector_floor >= 1.25 * MIN_SLIDE_TEXT - 1e-6, "the projector's slides: type a quarter larger"
    qtbot.keyClick(window, Qt.Key.Key_1)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert isinstance(window.view.scene(), SlideScene) and window.view.scene()._theme.name == "light"


def test_the_chosen_view_is_remembered_per_map(qtbot, show, workspace):
    first = show()
    assert first.view_name == WHOLE_MAP
    _choose_view(qtbot, first, "Sans pensées")
    first.close()
    again = show()
    assert again.view_name == "Sans pensées" and "Pensées" not in lane_titles_on_screen(again)
    other_map = workspace.maps[0].model_copy(update={"id": "map-autre"})
    assert show(journey_map=other_map).view_name == WHOLE_MAP
    gone = workspace.maps[0].model_copy(update={"views": []})  # the view was deleted since: the whole map
    assert show(journey_map=gone).view_name == WHOLE_MAP


def test_esc_closes_the_view_menu_not_the_presentation(qtbot, show):
    window = show(view=WHOLE_MAP)
    qtbot.keyClick(window, Qt.Key.Key_V)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert window.isVisible() and window.view_name == WHOLE_MAP


def test_the_editor_starts_a_presentation_in_a_chosen_view(qtbot, workspace):
    """View ▸ Present View ▸ "Sans pensées", picked with the keys: the presentation opens in that view."""
    from journey_studio.document import Document
    from journey_studio.ui.main_window import MainWindow

    editor = MainWindow(Document(workspace))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    menu = editor.findChild(QMenu, "presentViewMenu")
    bar_menus = [action.menu() for action in editor.menuBar().actions() if action.menu() is not None]
    assert any(menu.menuAction() in bar_menu.actions() for bar_menu in bar_menus), "in the menu bar's View menu"
    menu.popup(editor.mapToGlobal(editor.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    labels = [action.text() for action in menu.actions()]
    assert labels == ["Whole map", "Sans pensées", "Clair", "Client deck"]
    assert [action.isChecked() for action in menu.actions()] == [True, False, False, False]
    for _ in range(2):
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction().text() == "Sans pensées"
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    presentation = editor._presentation
    assert presentation is not None and presentation.view_name == "Sans pensées"
    qtbot.waitExposed(presentation)
    assert "Pensées" not in lane_titles_on_screen(presentation)
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert editor._presentation is None
    menu.popup(editor.mapToGlobal(editor.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert [action.isChecked() for action in menu.actions()] == [False, True, False, False]  # remembered
    menu.close()


def test_the_view_menu_speaks_french(qtbot, show, english):
    from journey_studio import i18n

    i18n.install_translators(english, "fr")
    window = show(view=WHOLE_MAP)
    qtbot.keyClick(window, Qt.Key.Key_V)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert [action.text() for action in menu.actions()][:2] == ["Tout le parcours", "Sans pensées"]
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert "Choisir une vue" in window.findChild(QLabel, "presentationHelp").text()
