"""The editor's operations through the shared document, and colleagues' changes patched back."""

from journey_studio.model import LaneKind

from .peers import assert_converged, make_peers


def test_every_kind_of_edit_reaches_the_other_peer(qapp, small_workspace) -> None:
    alice, bob = make_peers(small_workspace)
    m = alice.workspace.maps[0]
    stage, lane = m.stages[0].id, m.lanes[0].id
    card = alice.editor.add_card(stage, lane, "Café ☕")
    alice.editor.set_card(card, {"body": "Réponse en 2 min 😊", "emotion": 1.0})
    alice.editor.set_card_evidence(card, {"reference": "NPS 2026"})
    alice.editor.add_comment(card, "À vérifier")
    new_stage = bob.editor.add_stage(1, "Découverte")
    bob.editor.move_cards([card], new_stage, lane)
    bob.editor.move_stage(new_stage, 3)
    new_lane = bob.editor.add_lane(LaneKind.NEEDS, "Besoins")
    bob.editor.set_map({"title": "Parcours partagé"})
    alice.editor.set_business_context({"market": "Sport"})
    other = alice.editor.add_card(stage, lane, "Autre")
    alice.editor.add_connector(card, other)
    bob.editor.remove_lane(new_lane)
    bob.editor.remove_cards([other])
    alice.editor.add_map("Deuxième")
    assert_converged(alice, bob)
    moved = bob.workspace.maps[0].card(card)
    assert (moved.stage_id, moved.title, moved.comments[0].text) == (new_stage, "Café ☕", "À vérifier")
    assert [s.id for s in bob.workspace.maps[0].stages].index(new_stage) == 3
    assert all(other not in (c.from_card, c.to_card) for c in bob.workspace.maps[0].connectors)
    assert len(bob.workspace.maps) == 2


def test_a_remote_edit_tells_the_document(qapp, qtbot, small_workspace) -> None:
    alice, bob = make_peers(small_workspace)
    card = small_workspace.maps[0].cards[0].id
    with qtbot.waitSignal(bob.document.changed, timeout=1000):
        alice.editor.set_card(card, {"title": "Nouveau titre"})
    assert bob.workspace.maps[0].card(card).title == "Nouveau titre"
