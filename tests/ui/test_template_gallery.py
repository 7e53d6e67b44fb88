"""File ▸ New: the template gallery lists every template in both languages, with thumbnails, and opens
the one chosen; "Save as template" writes a user template the gallery then shows."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from journey_studio.document import Document
from journey_studio.model import check_workspace
from journey_studio.templates import LANGUAGES, list_templates, load_template
from journey_studio.ui.template_gallery import ROLE_KEY, SaveTemplateDialog, TemplateGallery, template_preview
from journey_studio.user_templates import (
    TemplateNameError,
    check_template_name,
    new_from_any_template,
    save_as_template,
    template_name,
    user_templates,
    user_templates_folder,
)
from tests.typing import type_text

NEW_TEMPLATES = {
    "lead-generation",
    "onboarding",
    "engagement-and-loyalty",
    "support-and-complaint",
    "service-blueprint",
}


@pytest.fixture
def user_folder(tmp_path: Path) -> Path:
    return tmp_path / "my-templates"


@pytest.fixture
def gallery(qtbot, user_folder):
    gallery = TemplateGallery(language="fr", user_folder=user_folder)
    qtbot.addWidget(gallery)
    gallery.show()
    qtbot.waitExposed(gallery)
    return gallery


def listed(gallery: TemplateGallery) -> list[tuple[str, str]]:
    return [gallery.list.item(row).data(ROLE_KEY) for row in range(gallery.list.count())]


def click_item(qtbot, gallery: TemplateGallery, name: str, double: bool = False) -> None:
    row = [key[0] for key in listed(gallery)].index(name)
    item = gallery.list.item(row)
    gallery.list.scrollToItem(item)
    centre = gallery.list.visualItemRect(item).center()
    qtbot.mouseClick(gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:  # QTest sends the double click alone: the press above makes it land on the item
        qtbot.mouseDClick(gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_is_listed_in_both_languages(gallery, language):
    gallery.set_language(language)
    assert listed(gallery) == [(info.name, language) for info in list_templates(language)]
    assert {name for name, _ in listed(gallery)} >= NEW_TEMPLATES
    titles = [gallery.list.item(row).text() for row in range(gallery.list.count())]
    assert titles == [info.title for info in list_templates(language)]


def test_thumbnails_are_drawn_from_each_template_once_per_session(qtbot, gallery):
    qtbot.waitUntil(lambda: gallery.thumbnails_pending() == 0, timeout=30_000)
    for row in range(gallery.list.count()):
        pixmap = gallery.list.item(row).icon().pixmap(gallery.list.iconSize())
        assert not pixmap.isNull()
        image = pixmap.toImage()
        colours = {
            image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
        }
        assert len(colours) > 5, "a drawn map, not a placeholder"
    info = list_templates("fr")[0]
    assert template_preview(info) is template_preview(info)


def test_the_description_is_the_first_maps_scenario(qtbot, gallery):
    click_item(qtbot, gallery, "onboarding")
    journey_map = load_template("onboarding", "fr").maps[0]
    assert gallery.description_label.text() == journey_map.scenario
    assert gallery.title_label.text() == load_template("onboarding", "fr").metadata.title
    assert " → ".join(stage.name for stage in journey_map.stages) in gallery.facts_label.text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_chosen_template_opens(qtbot, gallery, user_folder, language):
    gallery.set_language(language)
    click_item(qtbot, gallery, "service-blueprint")
    qtbot.mouseClick(gallery.create_button, Qt.MouseButton.LeftButton)
    assert gallery.result() == QDialog.DialogCode.Accepted and not gallery.isVisible()
    assert gallery.chosen() == ("service-blueprint", language)
    workspace = new_from_any_template(*gallery.chosen(), folder=user_folder)
    assert workspace.metadata.language == language and workspace.metadata.created is not None
    assert check_workspace(workspace) == []
    document = Document(workspace)
    assert document.current_map.title == load_template("service-blueprint", language).maps[0].title


def test_double_click_chooses_and_cancel_chooses_nothing(qtbot, gallery, user_folder):
    click_item(qtbot, gallery, "support-and-complaint", double=True)
    assert gallery.result() == QDialog.DialogCode.Accepted
    assert gallery.chosen() == ("support-and-complaint", "fr")
    other = TemplateGallery(language="en", user_folder=user_folder)
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClick(other, Qt.Key.Key_Escape)
    assert other.result() == QDialog.DialogCode.Rejected and other.chosen() is None


def test_the_users_templates_are_listed_too_and_open(qtbot, user_folder):
    workspace = load_template("purchase", "en")
    workspace.maps[0].title = "Our B2B journey"
    workspace.metadata.title = "Our B2B journey"
    path = save_as_template(workspace, "our-b2b-journey", "en", user_folder)
    assert path == user_folder / "our-b2b-journey.en.journey.json"
    for language in ("en", "fr"):  # only in English: the French list shows the English file
        gallery = TemplateGallery(language=language, user_folder=user_folder)
        qtbot.addWidget(gallery)
        gallery.show()
        assert listed(gallery)[-1] == ("our-b2b-journey", "en")
        item = gallery.list.item(gallery.list.count() - 1)
        assert "Our B2B journey" in item.text() and item.text() != "Our B2B journey"  # marked as the user's
        assert gallery.select("our-b2b-journey") and gallery.is_user_template()
        gallery.accept()
        opened = new_from_any_template(*gallery.chosen(), folder=user_folder)
        assert opened.maps[0].title == "Our B2B journey" and opened.metadata.created is not None


def test_save_as_template_dialog(qtbot, user_folder):
    workspace = load_template("running-shoes", "fr")
    dialog = SaveTemplateDialog(workspace, folder=user_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.name_edit.text() == template_name(workspace.metadata.title)
    assert dialog.language_box.currentData() == "fr"

    def save_as(name: str) -> None:
        dialog.name_edit.selectAll()
        dialog.name_edit.del_()
        type_text(dialog.name_edit, name)
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    save_as("running-shoes")
    assert dialog.isVisible() and "comes with Journey Studio" in dialog.error_text()
    save_as("Atelier de mars !")
    assert dialog.isVisible() and "lower-case" in dialog.error_text()
    assert not user_folder.exists() or not any(user_folder.iterdir())
    save_as("atelier-de-mars")
    assert not dialog.isVisible() and dialog.saved_path == user_folder / "atelier-de-mars.fr.journey.json"
    saved = load_template("atelier-de-mars", "fr", folder=user_folder)
    assert saved.metadata.created is None and saved.maps[0].title == workspace.maps[0].title
    assert [info.name for info in user_templates(folder=user_folder)] == ["atelier-de-mars"]


def test_names_and_folder():
    assert template_name("Parcours d'achat — été 2026") == "parcours-d-achat-ete-2026"
    assert template_name("!!!") == "template"
    for name, language, reason in (
        ("Bad Name", "fr", "invalid"),
        ("blank", "fr", "bundled"),
        ("ok", "fra", "language"),
    ):
        with pytest.raises(TemplateNameError) as caught:
            check_template_name(name, language)
        assert caught.value.reason == reason
    assert user_templates_folder().name == "templates"
    assert user_templates(folder=Path("/nonexistent/folder")) == []
