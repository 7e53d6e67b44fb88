"""Per-user undo: Ctrl+Z undoes your own last change, never a colleague's, never over a later value."""

from journey_studio.io import workspace_to_bytes

from .peers import assert_converged, make_peers


def test_undo_undoes_only_my_own_change(qapp, small_workspace) -> None:
    alice, bob = make_peers(small_workspace)
    first, second = (c.id for c in small_workspace.maps[0].cards[:2])
    alice.editor.set_card(first, {"title": "Alice"})
    bob.editor.set_card(second, {"title": "Bob"})
    alice.document.undo_stack.undo()
    assert_converged(alice, bob)
    assert bob.workspace.maps[0].card(first).title == small_workspace.maps[0].card(first).title
    assert bob.workspace.maps[0].card(second).title == "Bob"
    alice.document.undo_stack.redo()
    assert_converged(alice, bob)
    assert bob.workspace.maps[0].card(first).title == "Alice"


def test_undo_does_not_overwrite_a_value_a_colleague_set_later(qapp, small_workspace) -> None:
    alice, bob = make_peers(small_workspace)
    card = small_workspace.maps[0].cards[0].id
    stage, lane = small_workspace.maps[0].stages[2].id, small_workspace.maps[0].lanes[1].id
    alice.editor.set_card(card, {"critical": True})
    bob.editor.set_card(card, {"critical": False})
    alice.editor.move_cards([card], stage, lane)
    bob.editor.move_cards([card], small_workspace.maps[0].stages[3].id, lane)
    alice.document.undo_stack.undo()
    alice.document.undo_stack.undo()
    assert_converged(alice, bob)
    moved = alice.workspace.maps[0].card(card)
    assert (moved.critical, moved.stage_id) == (False, small_workspace.maps[0].stages[3].id)


def test_a_typing_burst_is_one_undo_entry(qapp, small_workspace) -> None:
    alice, bob = make_peers(small_workspace)
    card = small_workspace.maps[0].cards[0].id
    before = small_workspace.maps[0].card(card).title
    for text in ("C", "Ca", "Caf", "Café"):
        alice.editor.set_card(card, {"title": text}, merge_key=f"title-{card}")
    assert alice.document.undo_stack.count() == 1
    alice.document.undo_stack.undo()
    assert_converged(alice, bob)
    assert bob.workspace.maps[0].card(card).title == before


def test_undoing_a_delete_brings_back_the_card_and_its_arrows(qapp, small_workspace) -> None:
    alice, bob = make_peers(small_workspace)
    connector = small_workspace.maps[0].connectors[0]
    alice.editor.remove_cards([connector.from_card])
    assert bob.workspace.maps[0].card(connector.from_card) is None
    alice.document.undo_stack.undo()
    assert_converged(alice, bob)
    assert bob.workspace.maps[0].card(connector.from_card) is not None
    assert connector in bob.workspace.maps[0].connectors
    assert bob.saved() == workspace_to_bytes(small_workspace)  # in place, as it was
