"""While live, the inspector names who last changed the item it shows, as the Live panel does."""

from PySide6.QtWidgets import QLabel

from .test_live_window import WAIT, _click_card, _no_modal_dialogs, pair  # noqa: F401 (fixtures)


def test_the_inspector_names_the_colleague_who_last_changed_the_card(qtbot, pair) -> None:  # noqa: F811
    host, guest, _path = pair
    card = host.document.current_map.cards[4].id
    label = host.inspector.findChild(QLabel, "lastChangedBy")
    guest.editor.set_card(card, {"title": "Par Carol"})
    qtbot.waitUntil(lambda: host.document.current_map.card(card).title == "Par Carol", timeout=WAIT)

    _click_card(qtbot, host, card)

    assert host.inspector.current_id() == card
    assert label.isVisible() and "Carol" in label.text()
    other = host.document.current_map.cards[5].id
    _click_card(qtbot, host, other)  # nobody changed this one since the room opened
    assert not label.isVisible()
    _click_card(qtbot, host, card)
    host.live.stop()
    assert not label.isVisible()  # not live any more: nobody to name
