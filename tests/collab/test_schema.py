"""The workspace ⇄ Y document mapping: file → doc → file gives the same bytes; seeding merges."""

from pathlib import Path

import pytest

from journey_studio.collab.schema import PLACE, ROOT, live_doc, read_workspace, root_of, seed_update
from journey_studio.io import load_workspace, workspace_to_bytes

TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "resources" / "templates").glob("*.journey.json"))


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_file_to_doc_to_file_is_byte_identical(path: Path) -> None:
    workspace = load_workspace(path).workspace
    doc = live_doc(seed_update(workspace))
    assert workspace_to_bytes(read_workspace(doc)) == path.read_bytes()


def test_the_big_map_survives_the_round_trip(big_workspace) -> None:
    doc = live_doc(seed_update(big_workspace))
    assert workspace_to_bytes(read_workspace(doc)) == workspace_to_bytes(big_workspace)


def test_there_are_16_templates() -> None:
    assert len(TEMPLATES) == 16


def test_a_changed_doc_reads_back_changed(small_workspace) -> None:
    """The round trip is not vacuous: what is written into the doc is what comes back."""
    doc = live_doc(seed_update(small_workspace))
    cards = root_of(doc)["maps"][small_workspace.maps[0].id]["cards"]
    first = small_workspace.maps[0].cards[0]
    with doc.transaction():
        cards[first.id]["title"].insert(0, "Été ")
        cards[first.id][PLACE] = [first.stage_id, first.lane_id, 7]
    back = read_workspace(doc)
    assert back.maps[0].cards[0].title == "Été " + first.title
    assert back.maps[0].cards[0].order == 7
    assert workspace_to_bytes(back) != workspace_to_bytes(small_workspace)


def test_two_peers_seeding_the_same_file_merge_without_duplicates(small_workspace) -> None:
    """Seeded by client 0, both copies share one history: merging them doubles nothing."""
    first, second = live_doc(seed_update(small_workspace)), live_doc(seed_update(small_workspace))
    assert first.client_id != second.client_id
    card = small_workspace.maps[0].cards[0]
    with first.transaction():
        title = root_of(first)["maps"][small_workspace.maps[0].id]["cards"][card.id]["title"]
        title += " (A)"
    with second.transaction():
        map_title = root_of(second)["maps"][small_workspace.maps[0].id]["title"]
        map_title += " (B)"
    first.apply_update(second.get_update(first.get_state()))
    second.apply_update(first.get_update(second.get_state()))
    merged = read_workspace(first)
    assert workspace_to_bytes(merged) == workspace_to_bytes(read_workspace(second))
    assert len(merged.maps[0].cards) == len(small_workspace.maps[0].cards)
    assert merged.maps[0].cards[0].title == card.title + " (A)"
    assert merged.maps[0].title.endswith(" (B)")
    assert str(root_of(first)["metadata"]["title"]) == small_workspace.metadata.title
    assert ROOT == "workspace"


def test_a_field_left_out_of_a_dump_is_written_as_its_default(small_workspace) -> None:
    """Models may leave a field at its default out of their dump (pydantic exclude_if): that is a value too."""
    from journey_studio.collab.writer import write_object
    from journey_studio.model import Card

    card = small_workspace.maps[0].cards[0].model_copy(update={"tags": ["vu"]})
    doc = live_doc(seed_update(small_workspace))
    entry = root_of(doc)["maps"][small_workspace.maps[0].id]["cards"][card.id]
    with doc.transaction():
        write_object(entry, Card, card.model_dump(mode="json"))
    assert entry["tags"] == ["vu"]
    dump = card.model_dump(mode="json")
    del dump["tags"]
    with doc.transaction():
        write_object(entry, Card, dump)
    assert entry["tags"] == []
