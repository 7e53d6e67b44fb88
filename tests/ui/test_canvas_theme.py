"""View ▸ Canvas Theme: the map is redrawn in the chosen theme, the choice is remembered, the file is untouched."""

import pytest
from PySide6.QtCore import QRectF, QSettings
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QMenu

from journey_studio.document import Document
from journey_studio.templates import new_from_template
from journey_studio.theme import load_theme
from journey_studio.ui.main_window import MainWindow
from journey_studio.ui.theme_menu import SETTING_CANVAS_THEME, canvas_theme_name


@pytest.fixture
def window(sample_window):
    yield sample_window
    QSettings().remove(SETTING_CANVAS_THEME)


@pytest.fixture(autouse=True)
def _light_to_begin_with():
    QSettings().remove(SETTING_CANVAS_THEME)


def corner_colour(window: MainWindow) -> QColor:
    """The colour of the map's page, just inside its top-left corner, as the scene draws it."""
    rect = window.scene.sceneRect()
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    window.scene.render(painter, QRectF(0, 0, 40, 40), QRectF(rect.x() + 2, rect.y() + 2, 40, 40))
    painter.end()
    return image.pixelColor(20, 20)


def theme_action(window: MainWindow, name: str):
    menu = window.findChild(QMenu, "canvasThemeMenu")
    return next(action for action in menu.actions() if action.objectName() == f"theme-{name}")


def test_choosing_dark_redraws_the_map_and_is_remembered(window):
    assert corner_colour(window).name().upper() == load_theme("light").background.upper()
    card_id = window.document.current_map.cards[0].id
    window.scene.select_cards([card_id])
    before = window.document.workspace.model_copy(deep=True)
    theme_action(window, "dark").trigger()
    assert corner_colour(window).name().upper() == load_theme("dark").background.upper()
    assert window.scene.theme.name == "dark"
    assert window.scene.selected_card_ids() == [card_id], "the selection survives the redraw"
    assert len(window.scene.card_items()) == len(window.document.current_map.cards)
    assert window.document.workspace == before and not window.isWindowModified()
    assert canvas_theme_name() == "dark"
    again = MainWindow(Document(new_from_template("blank", "en")))
    assert again.scene.theme.name == "dark", "a new window opens in the last theme"
    again.deleteLater()


def test_an_unknown_saved_theme_falls_back_to_light(window):
    QSettings().setValue(SETTING_CANVAS_THEME, "néon")
    assert canvas_theme_name() == "light"
