"""File ▸ Join… lists the sessions announced on the LAN; a click fills the link. Real multicast on the loopback."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QPushButton

from journey_studio.collab.discovery import Announce, Announcer, SessionBrowser
from journey_studio.collab.link import RoomLink
from journey_studio.document import Document
from journey_studio.templates import new_from_template
from journey_studio.ui import dialogs
from journey_studio.ui.live.dialogs import JoinDialog
from journey_studio.ui.main_window import MainWindow
from tests.collab.test_discovery import _multicast_works  # noqa: F401 (skips the module where multicast fails)
from tests.typing import type_text
from tests.ui.driving import click, menu_action

LOOPBACK = "127.0.0.1"
WAIT = 10000
EDIT = RoomLink(LOOPBACK, 4712, "JoinRoomTest1", "E" * 24, "edit", "cd" * 32)
VIEW = RoomLink(LOOPBACK, 4712, "JoinRoomTest1", "V" * 24, "view", "cd" * 32)


@pytest.fixture
def announcer():
    made = Announcer(EDIT, VIEW, "Parcours d’achat", "Zoé")
    yield made
    made.close()


def _dialog(qtbot) -> JoinDialog:
    dialog = JoinDialog("Carol", "#E45756", None, browser=SessionBrowser([LOOPBACK]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _click_row(qtbot, sessions: QListWidget, row: int) -> None:
    rect = sessions.visualItemRect(sessions.item(row))
    qtbot.mouseClick(sessions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _join_button(dialog: JoinDialog) -> QPushButton:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "Join"
    return button


def test_a_session_announced_with_its_view_link_is_listed_and_a_click_fills_the_link(qtbot, announcer):
    announcer.set_mode(Announce.VIEW)
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.sessions.count() == 1, timeout=WAIT)
    assert dialog.sessions.item(0).text() == "Parcours d’achat — hosted by Zoé · view only"
    assert dialog.link_field.text() == ""
    _click_row(qtbot, dialog.sessions, 0)
    assert dialog.link_field.text() == str(VIEW)
    click(qtbot, _join_button(dialog))
    assert dialog.result() == JoinDialog.DialogCode.Accepted and dialog.link == VIEW
    assert dialog.browser is None  # closing the dialog stopped listening


def test_a_session_listed_without_its_token_asks_for_it(qtbot, announcer):
    announcer.set_mode(Announce.LISTED)
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.sessions.count() == 1, timeout=WAIT)
    assert dialog.sessions.item(0).text().endswith("· link needed")
    _click_row(qtbot, dialog.sessions, 0)
    assert dialog.link_field.text().endswith("&token=") and EDIT.token not in dialog.link_field.text()
    assert "without its token" in dialog.sessions_note.text()
    click(qtbot, _join_button(dialog))
    assert dialog.isVisible() and "no valid token" in dialog.problem.text()
    dialog.link_field.setFocus()
    dialog.link_field.end(False)
    type_text(dialog.link_field, EDIT.token)
    click(qtbot, _join_button(dialog))
    assert dialog.result() == JoinDialog.DialogCode.Accepted and dialog.link == EDIT


def test_a_withdrawn_session_leaves_the_list(qtbot, announcer):
    announcer.set_mode(Announce.EDIT)
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.sessions.count() == 1, timeout=WAIT)
    assert dialog.sessions.item(0).text().endswith("· anyone can edit")
    announcer.set_mode(Announce.OFF)
    qtbot.waitUntil(lambda: dialog.sessions.count() == 0, timeout=WAIT)
    assert "None found yet" in dialog.sessions_note.text()
    dialog.reject()


@pytest.fixture
def _no_modal_dialogs(monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: dialogs.SaveChoice.DISCARD)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append(message))
    return shown


def _window(qtbot, tmp_path, name: str) -> MainWindow:
    window = MainWindow(Document(new_from_template("running-shoes", "fr")))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.live.bind_host = LOOPBACK
    window.live.data_dir = tmp_path / name
    return window


def test_a_workshop_host_lists_the_edit_link_and_a_colleague_joins_by_picking_it(qtbot, tmp_path, _no_modal_dialogs):
    """The whole path: Share Live…, "anyone here can edit" chosen, the colleague's Join… lists it, a click, Join."""
    host = _window(qtbot, tmp_path, "host")
    title = host.document.current_map.title
    menu_action(host.menuBar().actions()[0].menu(), "Share Live…").trigger()
    share = host.live.share_dialog
    assert share is not None and share.announce_field.currentData() == Announce.LISTED.value
    share.announce_field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(share.announce_field, Qt.Key.Key_Down)
    qtbot.keyClick(share.announce_field, Qt.Key.Key_Down)
    assert share.announce_field.currentData() == Announce.EDIT.value
    assert host.live.hosted.announcer.mode is Announce.EDIT

    guest = _window(qtbot, tmp_path, "guest")
    menu_action(guest.menuBar().actions()[0].menu(), "Join Live Session…").trigger()
    join = guest.findChild(JoinDialog)
    qtbot.waitUntil(lambda: join.isVisible() and any(
        join.sessions.item(i).text().startswith(title) and join.sessions.item(i).text().endswith("anyone can edit")
        for i in range(join.sessions.count())), timeout=WAIT)
    row = next(i for i in range(join.sessions.count()) if join.sessions.item(i).text().startswith(title))
    _click_row(qtbot, join.sessions, row)
    assert join.link_field.text() == str(host.live.hosted.link("edit"))
    click(qtbot, _join_button(join))
    qtbot.waitUntil(lambda: guest.live.session is not None and guest.live.session.binding is not None, timeout=WAIT)
    assert guest.document.current_map.title == title

    # Stop Sharing withdraws the room from everyone's list.
    watcher = SessionBrowser([LOOPBACK])
    try:
        room = host.live.hosted.room
        qtbot.waitUntil(lambda: any(s.room == room for s in watcher.sessions()), timeout=WAIT)
        guest.live.stop()
        host.live.share()  # the dialog again, for its Stop button
        click(qtbot, host.live.share_dialog.stop_button)
        assert host.live.hosted is None
        qtbot.waitUntil(lambda: not any(s.room == room for s in watcher.sessions()), timeout=WAIT)
    finally:
        watcher.close()


def test_a_network_that_refuses_multicast_leaves_pasting_a_link(qtbot, monkeypatch):
    import journey_studio.ui.live.dialogs as live_dialogs

    def refuse(*_args, **_kwargs):
        raise OSError(19, "No such device")

    monkeypatch.setattr(live_dialogs, "SessionBrowser", refuse)
    dialog = JoinDialog("Carol", "#E45756")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sessions_note.text() == "Cannot look for sessions on this network: No such device"
    dialog.link_field.setFocus()
    type_text(dialog.link_field, str(EDIT))
    click(qtbot, _join_button(dialog))
    assert dialog.link == EDIT


def test_a_join_dialog_destroyed_while_open_stops_listening(qtbot):
    browser = SessionBrowser([LOOPBACK])
    dialog = JoinDialog("Carol", "#E45756", None, browser=browser)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.deleteLater()  # as when its window closes under it: it never finishes
    qtbot.waitUntil(lambda: browser.closed, timeout=WAIT)
