"""The personas panel, driven as a user would: add, delete, type into every field, pick an avatar image."""

import base64
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QCheckBox

from journey_studio.model import Channel
from journey_studio.ui import personas_panel
from journey_studio.ui.inspector.widgets import plain_text
from journey_studio.ui.personas_panel import PersonasPanel
from tests.typing import type_text
from tests.ui.driving import click, replace_text, show_active


@pytest.fixture
def panel(qtbot, document, editor):
    panel = PersonasPanel(editor)
    document.changed.connect(panel.refresh)
    return show_active(qtbot, panel)


def julie(document):
    return document.workspace.personas[0]


def listed(panel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


# -- the list ----------------------------------------------------------------------------------

def test_the_list_shows_every_persona_and_the_first_is_selected(panel, document):
    assert listed(panel) == [f"{p.avatar.emoji} {p.name}" for p in document.workspace.personas]
    assert panel.selected_id() == julie(document).id
    assert panel.form.name.widget.text() == julie(document).name


def test_add_selects_the_new_persona_ready_to_be_named(qtbot, panel, document, stack):
    click(qtbot, panel.add_button)
    assert len(document.workspace.personas) == 2
    new = document.workspace.personas[1]
    assert panel.selected_id() == new.id
    assert new.id in document.current_map.persona_ids
    name = panel.form.name.widget
    assert name.hasFocus() and name.selectedText() == name.text()
    type_text(name, "Sébastien 🚴")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert document.workspace.personas[1].name == "Sébastien 🚴"
    assert listed(panel)[1] == "Sébastien 🚴"
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert len(document.workspace.personas) == 1
    assert listed(panel) == [f"{julie(document).avatar.emoji} {julie(document).name}"]
    assert panel.selected_id() == julie(document).id


def test_delete_asks_nothing_and_undo_puts_everything_back(qtbot, panel, document, stack):
    before = document.workspace.model_copy(deep=True)
    persona_id = julie(document).id
    assert any(p.persona_id == persona_id for p in document.current_map.emotion_points)
    click(qtbot, panel.delete_button)
    assert document.workspace.personas == []
    assert persona_id not in document.current_map.persona_ids
    assert not any(p.persona_id == persona_id for p in document.current_map.emotion_points)
    assert panel.list.count() == 0
    assert panel.empty_label.isVisible() and not panel.scroll.isVisible()
    assert not panel.delete_button.isEnabled()
    assert stack.count() == 1
    stack.undo()
    assert document.workspace == before
    assert panel.selected_id() == persona_id
    assert panel.scroll.isVisible()


def test_deleting_the_second_selects_its_neighbour(qtbot, panel, document, editor):
    second = editor.add_persona("Marc")
    panel.select(second)
    click(qtbot, panel.delete_button)
    assert panel.selected_id() == julie(document).id


# -- the form ----------------------------------------------------------------------------------

def test_every_text_field(qtbot, panel, document, stack):
    before = julie(document).model_copy(deep=True)
    form = panel.form
    replace_text(qtbot, form.name.widget, "Julie Lefèvre")
    replace_text(qtbot, form.role.widget, "Cheffe de projet « débutante »")
    replace_text(qtbot, form.quote.widget, "Je cours… enfin j’essaie 😅", finish=Qt.Key.Key_Tab)
    for field, lines in (("goals", ["Courir 10 km", "Ne pas se blesser"]), ("motivations", ["Santé"]),
                         ("frustrations", ["Jargon 🤯"]), ("behaviours", ["Compare en ligne"]),
                         ("data_sources", ["Entretiens (mars)", "Enquête magasin"])):
        box = form.lists[field].widget
        replace_text(qtbot, box, lines[0], finish=None)
        for line in lines[1:]:
            qtbot.keyClick(box, Qt.Key.Key_Return)
            type_text(box, line)
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        assert getattr(julie(document), field) == lines
    persona = julie(document)
    assert (persona.name, persona.role, persona.quote) == (
        "Julie Lefèvre", "Cheffe de projet « débutante »", "Je cours… enfin j’essaie 😅")
    assert stack.count() == 8
    assert listed(panel)[0].endswith("Julie Lefèvre")
    while stack.canUndo():
        stack.undo()
    assert julie(document) == before
    assert plain_text(form.lists["goals"].widget) == "\n".join(before.goals)


def test_age_and_a_refused_age(qtbot, panel, document, stack):
    form = panel.form
    replace_text(qtbot, form.age.widget, "200")
    assert "between 0 and 150" in panel.error_text()
    assert julie(document).age == 34
    replace_text(qtbot, form.age.widget, "35")
    assert julie(document).age == 35
    assert panel.error_text() == ""
    replace_text(qtbot, form.age.widget, "")
    assert julie(document).age is None
    assert stack.count() == 2


def test_emoji_avatar(qtbot, panel, document, stack):
    replace_text(qtbot, panel.form.emoji_edit, "🧗🏽‍♀️")
    assert julie(document).avatar.emoji == "🧗🏽‍♀️"
    assert listed(panel)[0] == "🧗🏽‍♀️ Julie"
    assert panel.form.preview.text() == "🧗🏽‍♀️"
    replace_text(qtbot, panel.form.emoji_edit, "x" * 17)
    assert "at most" in panel.error_text()
    assert julie(document).avatar.emoji == "🧗🏽‍♀️"
    assert stack.count() == 1


def test_preferred_channels_and_shown_on_this_map(qtbot, panel, document, stack):
    form = panel.form
    before = list(julie(document).preferred_channels)
    form.channels.widget.set_checked(Channel.EMAIL, True)
    assert julie(document).preferred_channels == [*before, Channel.EMAIL], "the persona's own order stays"
    form.channels.widget.set_checked(before[0], False)
    assert julie(document).preferred_channels == [*before[1:], Channel.EMAIL]
    click(qtbot, form.on_map.widget)
    assert julie(document).id not in document.current_map.persona_ids
    assert stack.count() == 3
    stack.undo()
    assert form.on_map.widget.isChecked()
    stack.undo()
    stack.undo()
    assert julie(document).preferred_channels == before
    assert form.channels.widget.checked_values() == [c for c in Channel if c in before]


def test_refresh_keeps_what_is_being_typed(qtbot, panel, document, editor):
    role = panel.form.role.widget
    replace_text(qtbot, role, "En train d’écr", finish=None)
    editor.set_persona(julie(document).id, {"age": 40})
    assert role.text() == "En train d’écr"
    assert role.hasFocus()
    assert panel.form.age.widget.lineEdit().text() == "40"


# -- avatar images -----------------------------------------------------------------------------

def write_image(path, width, height, fmt):
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#F58518"))
    assert image.save(str(path), fmt)
    return path


def choose(monkeypatch, qtbot, panel, path) -> None:
    monkeypatch.setattr(personas_panel, "ask_image_path", lambda parent: path)
    click(qtbot, panel.form.choose_button)


def decoded(avatar) -> QImage:
    image = QImage()
    assert image.loadFromData(base64.b64decode(avatar.image_base64))
    return image


def test_a_png_becomes_a_256_px_embedded_avatar(qtbot, panel, document, stack, monkeypatch, tmp_path):
    choose(monkeypatch, qtbot, panel, write_image(tmp_path / "portrait.png", 1000, 500, "PNG"))
    avatar = julie(document).avatar
    assert avatar.image_mime == "image/png"
    image = decoded(avatar)
    assert (image.width(), image.height()) == (256, 128)
    assert not panel.form.preview.pixmap().isNull()
    assert not panel.list.item(0).icon().isNull()
    assert panel.error_text() == ""
    assert stack.count() == 1
    click(qtbot, panel.form.remove_button)
    assert julie(document).avatar.image_base64 == ""
    stack.undo()
    stack.undo()
    assert julie(document).avatar.emoji and not julie(document).avatar.image_base64


def test_a_jpeg_stays_a_jpeg_and_small_images_are_not_enlarged(qtbot, panel, document, monkeypatch, tmp_path):
    choose(monkeypatch, qtbot, panel, write_image(tmp_path / "photo.jpg", 100, 120, "JPEG"))
    avatar = julie(document).avatar
    assert avatar.image_mime == "image/jpeg"
    assert decoded(avatar).size().toTuple() == (100, 120)


def test_the_content_decides_not_the_name(qtbot, panel, document, monkeypatch, tmp_path):
    disguised = write_image(tmp_path / "picture.png", 64, 64, "JPEG")
    choose(monkeypatch, qtbot, panel, disguised)
    assert julie(document).avatar.image_mime == "image/jpeg"


@pytest.mark.parametrize("make, message", [
    (lambda d: d.joinpath("big.png").write_bytes(os.urandom(2 * 1024 * 1024 + 1)) and d / "big.png", "at most 2 MB"),
    (lambda d: write_image(d / "wide.png", 5000, 8, "PNG"), "at most 4096 × 4096"),
    (lambda d: d.joinpath("notes.png").write_text("pas une image") and d / "notes.png", "not a PNG or JPEG"),
    (lambda d: write_image(d / "anim.png", 32, 32, "BMP"), "not a PNG or JPEG"),
    (lambda d: d / "gone.png", "cannot be opened"),
])
def test_unusable_files_are_refused_with_a_message(qtbot, panel, document, stack, monkeypatch, tmp_path, make,
                                                   message):
    before = julie(document).avatar.model_copy()
    choose(monkeypatch, qtbot, panel, make(tmp_path))
    assert message in panel.error_text()
    assert panel.form.image_error.isVisible()
    assert julie(document).avatar == before
    assert stack.count() == 0


def test_a_broken_png_is_refused(qtbot, panel, document, stack, monkeypatch, tmp_path):
    good = write_image(tmp_path / "ok.png", 300, 300, "PNG").read_bytes()
    broken = tmp_path / "broken.png"
    broken.write_bytes(good[: len(good) // 3])
    choose(monkeypatch, qtbot, panel, broken)
    assert "could not be read" in panel.error_text()
    assert stack.count() == 0


def test_cancelling_the_file_dialog_changes_nothing(qtbot, panel, stack, monkeypatch):
    choose(monkeypatch, qtbot, panel, None)
    assert stack.count() == 0
    assert panel.error_text() == ""


# -- accessibility -----------------------------------------------------------------------------

def test_inputs_have_names_and_buttons_tooltips(panel):
    for binding in panel.form.bindings:
        assert binding.focus_widget().accessibleName()
    for button in panel.findChildren(QAbstractButton):
        if not isinstance(button, QCheckBox):
            assert button.toolTip(), button.text()
    assert panel.list.accessibleName()
