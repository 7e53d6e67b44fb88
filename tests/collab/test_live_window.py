"""Live workshops in real windows: Share Live…, Join…, the chip, avatars, colleagues' selections, undo, the file."""

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from journey_studio.document import Document
from journey_studio.io import read_workspace, write_workspace
from journey_studio.presentation.window import PresentationWindow
from journey_studio.templates import new_from_template
from journey_studio.ui import dialogs
from journey_studio.ui.live.dialogs import JoinDialog
from journey_studio.ui.main_window import MainWindow
from tests.typing import type_text
from tests.ui.driving import click, menu_action, on_map

WAIT = 8000


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: dialogs.SaveChoice.DISCARD)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append(message))
    return shown


def _window(qtbot, tmp_path, path=None) -> MainWindow:
    window = MainWindow(Document(new_from_template("blank", "fr")))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if path is not None:
        assert window.files.open_file(path)
    window.live.bind_host = "127.0.0.1"  # loopback only in tests
    window.live.data_dir = tmp_path / "live"
    return window


def _click_card(qtbot, window, card_id: str) -> None:
    centre = window.scene.card_item(card_id).sceneBoundingRect().center()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=on_map(window, centre.x(), centre.y()))


@pytest.fixture
def pair(qtbot, tmp_path, sample_path):
    """The host's window on a copy of the sample map, sharing it; a colleague's window, joined."""
    path = tmp_path / "atelier.journey.json"
    shutil.copy(sample_path, path)
    host = _window(qtbot, tmp_path, path)
    file_menu = host.menuBar().actions()[0].menu()
    menu_action(file_menu, "Share Live…").trigger()
    dialog = host.live.share_dialog
    assert dialog is not None and dialog.isVisible()
    click(qtbot, dialog.edit_row.copy)
    link = QGuiApplication.clipboard().text()
    assert link.startswith("journey://127.0.0.1:") and "access=edit" in link

    guest = _window(qtbot, tmp_path)
    menu_action(guest.menuBar().actions()[0].menu(), "Join Live Session…").trigger()
    join = guest.findChild(JoinDialog)
    qtbot.waitUntil(join.isVisible)
    join.link_field.setFocus()
    type_text(join.link_field, link)
    join.name_field.selectAll()
    type_text(join.name_field, "Carol")
    qtbot.keyClick(join.link_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: guest.live.session is not None and guest.live.session.binding is not None, timeout=WAIT)
    yield host, guest, path
    guest.live.stop()
    host.live.stop()


def test_a_colleague_joins_and_sees_the_hosts_map(qtbot, pair, sample_path) -> None:
    host, guest, _path = pair
    assert guest.document.workspace == read_workspace(sample_path)
    assert guest.document.current_map.title in guest.windowTitle() or guest.document.path is None
    qtbot.waitUntil(lambda: host.live.chip.text().startswith("Live · 2"), timeout=WAIT)
    qtbot.waitUntil(lambda: len(host.live.avatars.badges) == 2, timeout=WAIT)
    assert {b.text() for b in host.live.avatars.badges} >= {"C"}


def test_edits_travel_and_ctrl_z_undoes_only_my_own(qtbot, pair) -> None:
    host, guest, _path = pair
    cards = host.document.current_map.cards
    mine, theirs = cards[0].id, cards[1].id
    host.editor.set_card(mine, {"title": "Hôte ☕"})
    qtbot.waitUntil(lambda: guest.document.current_map.card(mine).title == "Hôte ☕", timeout=WAIT)
    guest.editor.set_card(theirs, {"title": "Invitée 😊"})
    qtbot.waitUntil(lambda: host.document.current_map.card(theirs).title == "Invitée 😊", timeout=WAIT)
    assert host.scene.card_item(theirs) is not None  # the canvas follows the room
    guest.activateWindow()
    qtbot.waitUntil(guest.isActiveWindow)
    qtbot.keyClick(guest.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: host.document.current_map.card(theirs).title != "Invitée 😊", timeout=WAIT)
    assert host.document.current_map.card(mine).title == "Hôte ☕"
    assert guest.document.current_map.card(mine).title == "Hôte ☕"


def test_a_colleagues_selection_is_outlined_in_their_colour(qtbot, pair) -> None:
    host, guest, _path = pair
    card = guest.document.current_map.cards[2].id
    _click_card(qtbot, guest, card)
    assert guest.scene.selected_card_ids() == [card]
    qtbot.waitUntil(lambda: len(host.live.overlay.items) >= 1, timeout=WAIT)
    outline = host.live.overlay.items[0]
    assert outline.pen().color().name().lower() == host.live.session.people()[0].colour.lower()
    assert outline.sceneBoundingRect().contains(host.scene.card_item(card).sceneBoundingRect())
    guest.scene.clearSelection()
    qtbot.waitUntil(lambda: host.live.overlay.items == [], timeout=WAIT)


def test_the_host_writes_the_file_when_edits_pause(qtbot, pair) -> None:
    host, guest, path = pair
    host.live.hosted.keeper._timer.setInterval(50)
    card = guest.document.current_map.cards[0].id
    guest.editor.set_card(card, {"title": "Écrit par l'hôte"})
    qtbot.waitUntil(lambda: read_workspace(path).maps[0].card(card).title == "Écrit par l'hôte", timeout=WAIT)
    assert (path.parent / ".journey-backups").exists()


def test_last_changed_by_names_the_colleague(qtbot, pair) -> None:
    host, guest, _path = pair
    card = host.document.current_map.cards[4].id
    guest.editor.set_card(card, {"title": "Par Carol"})
    qtbot.waitUntil(lambda: host.document.current_map.card(card).title == "Par Carol", timeout=WAIT)
    _click_card(qtbot, host, card)
    assert "Carol" in host.live.panel.last_changed.text()


def test_a_repair_is_named_in_everyones_activity_list(qtbot, pair) -> None:
    host, guest, _path = pair
    m = host.document.current_map
    stage = m.stages[1]
    guest.live.session.client.go_offline(True)
    qtbot.waitUntil(lambda: guest.live.session.status != "live", timeout=WAIT)
    assert "merge" in guest.live.chip.text()  # Offline: your changes will merge
    guest.editor.add_card(stage.id, m.lanes[0].id, "Idée de Carol")
    host.editor.remove_stage(stage.id)
    guest.live.session.client.go_offline(False)

    def named(window) -> bool:
        texts = [window.live.panel.activity.item(i).text() for i in range(window.live.panel.activity.count())]
        return any("Stage kept" in text and "Carol" in text and stage.name in text for text in texts)

    qtbot.waitUntil(lambda: named(host) and named(guest), timeout=WAIT)
    assert host.document.current_map.stage(stage.id) is not None


def test_a_bad_link_says_why_and_the_dialog_stays(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    dialog = window.live.join()
    qtbot.waitUntil(dialog.isVisible)
    dialog.link_field.setFocus()
    type_text(dialog.link_field, "https://example.org/room")
    qtbot.keyClick(dialog.link_field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "journey://" in dialog.problem.text()
    assert window.live.session is None
    dialog.reject()


def test_stop_sharing_leaves_the_map_open_as_a_normal_document(qtbot, pair) -> None:
    host, guest, _path = pair
    click(qtbot, host.live.show_share_dialog().stop_button)
    assert host.live.session is None and not host.live.chip.isVisible()
    host.editor.set_card(host.document.current_map.cards[0].id, {"title": "Seul"})
    assert host.document.undo_stack.count() == 1


def test_a_file_changed_on_disk_is_merged_into_the_room_item_by_item(qtbot, pair) -> None:
    host, guest, path = pair
    host.live.hosted.keeper._timer.setInterval(50)
    cards = host.document.current_map.cards
    outside, live_card = cards[0].id, cards[1].id
    # Another program (a sync folder, a colleague's editor) changes the file and adds a card.
    changed = read_workspace(path)
    changed.maps[0].card(outside).title = "Changé hors de l'atelier"
    extra = changed.maps[0].cards[2].model_copy(update={"id": "card-from-disk", "title": "Ajoutée sur le disque"})
    changed.maps[0].cards.append(extra)
    write_workspace(changed, path)
    # Meanwhile a colleague edits another card live; the host's next save finds the file changed.
    guest.editor.set_card(live_card, {"title": "Modifiée en direct"})

    def merged(workspace) -> bool:
        m = workspace.maps[0]
        return (m.card(outside).title == "Changé hors de l'atelier" and m.card("card-from-disk") is not None
                and m.card(live_card).title == "Modifiée en direct")

    qtbot.waitUntil(lambda: merged(guest.document.workspace) and merged(read_workspace(path)), timeout=WAIT)
    assert merged(host.document.workspace)


def test_the_presentation_follows_the_room(qtbot, pair) -> None:
    host, guest, _path = pair
    host.start_presentation(None)
    presentation = host.findChild(PresentationWindow)
    qtbot.waitUntil(presentation.isVisible)
    card = guest.document.current_map.cards[3].id
    guest.editor.set_card(card, {"title": "Vu au projecteur"})
    qtbot.waitUntil(lambda: presentation.map_layout.card(card).title.full_text == "Vu au projecteur", timeout=WAIT)
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)


def test_colleagues_see_who_is_typing_in_a_title(qtbot, pair) -> None:
    host, guest, _path = pair
    card = guest.document.current_map.cards[5].id
    guest.activateWindow()
    qtbot.waitUntil(guest.isActiveWindow)
    _click_card(qtbot, guest, card)
    qtbot.keyClick(guest.view, Qt.Key.Key_F2)  # rename the selected card
    qtbot.waitUntil(lambda: guest.controller.inline_editor() is not None)

    def labels() -> list[str]:
        return [tag.text() for tag in host.live.overlay.tags]

    qtbot.waitUntil(lambda: "Carol ✎" in labels(), timeout=WAIT)
    qtbot.keyClick(guest.controller.inline_editor(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: labels() == ["Carol"], timeout=WAIT)


def test_the_share_dialog_shows_the_edit_link_as_a_qr_code(qtbot, pair) -> None:
    import segno

    from journey_studio.ui.live.dialogs import QR_MODULE, QR_QUIET

    host, _guest, _path = pair
    dialog = host.live.show_share_dialog()
    image = dialog.qr.pixmap().toImage()
    matrix = segno.make(dialog.edit_row.field.text(), error="m", micro=False).matrix
    assert image.width() == (len(matrix) + 2 * QR_QUIET) * QR_MODULE
    for row in range(len(matrix)):
        for column in range(len(matrix)):
            x, y = ((column + QR_QUIET) * QR_MODULE + 1, (row + QR_QUIET) * QR_MODULE + 1)
            assert (image.pixelColor(x, y).value() < 128) == bool(matrix[row][column]), (row, column)
    assert image.pixelColor(1, 1).value() > 128  # the quiet zone is white
    dialog.close()


def test_closing_a_window_while_live_stops_its_network_thread(qtbot, tmp_path, sample_path) -> None:
    path = tmp_path / "atelier.journey.json"
    shutil.copy(sample_path, path)
    host = _window(qtbot, tmp_path, path)
    host.live.share()
    link = host.live.hosted.link("edit")
    guest = MainWindow(Document(new_from_template("blank", "fr")))
    guest.show()
    guest.live.join(link).accept()
    qtbot.waitUntil(lambda: guest.live.session is not None and guest.live.session.binding is not None, timeout=WAIT)
    thread = guest.live.session.client._thread
    assert thread.is_alive()
    guest.close()
    guest.deleteLater()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=WAIT)
    host.live.stop()


def test_unsaved_changes_made_before_sharing_stay_unsaved_then_are_written(qtbot, tmp_path, sample_path,
                                                                          monkeypatch) -> None:
    from journey_studio.collab import keeper

    monkeypatch.setattr(keeper, "PAUSE_MS", 50)
    path = tmp_path / "atelier.journey.json"
    shutil.copy(sample_path, path)
    host = _window(qtbot, tmp_path, path)
    card = host.document.current_map.cards[0].id
    host.editor.set_card(card, {"title": "Avant le partage"})
    assert host.document.is_modified
    host.live.share()
    assert host.document.is_modified  # going live does not call it saved
    qtbot.waitUntil(lambda: read_workspace(path).maps[0].card(card).title == "Avant le partage", timeout=WAIT)
    host.live.stop()


def test_a_colleague_who_leaves_is_gone_from_the_avatars_at_once(qtbot, pair) -> None:
    host, guest, _path = pair
    qtbot.waitUntil(lambda: len(host.live.avatars.badges) == 2, timeout=WAIT)
    guest.live.stop()
    qtbot.waitUntil(lambda: len(host.live.avatars.badges) == 1, timeout=5000)  # the goodbye, not a 30 s timeout
