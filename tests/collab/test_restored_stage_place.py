"""A stage deleted while a colleague added a card to it comes back where it was, not at the end of the map."""

import pytest

from .peers import assert_converged, make_peers


@pytest.mark.parametrize("deleter", [0, 1], ids=["the host deletes", "a colleague deletes"])
def test_a_stage_kept_for_a_card_returns_to_its_place(qapp, small_workspace, deleter) -> None:
    peers = make_peers(small_workspace, 3)  # peers[0] repairs
    adding = peers[2]
    m = small_workspace.maps[0]
    stage = m.stages[1]
    adding.online = False
    peers[deleter].editor.remove_stage(stage.id)
    adding.editor.add_card(stage.id, m.lanes[0].id, "Idée de Carol")
    adding.reconnect()

    for peer in peers:
        assert [s.id for s in peer.workspace.maps[0].stages] == [s.id for s in m.stages]
    assert_converged(*peers)
