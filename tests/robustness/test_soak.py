"""A short soak (bench/soak.py runs the long one): random edits, undos and saves through MapEditor.

Every save must equal the model, undo-then-redo must come back to the same map, and Python
memory must stay flat once the (capped) undo history is full.
"""

import pytest

from bench.soak import run
from journey_studio.document import Document
from journey_studio.editor import MapEditor
from journey_studio.io import SaveFailed, read_workspace
from journey_studio.templates import load_template

FLAT = 300_000
"""Bytes of traced growth tolerated after warm-up (a few hundred edits' worth of caches and free lists)."""


def test_a_short_soak_keeps_files_equal_to_the_model_and_memory_flat(tmp_path, qapp):
    result = run(operations=5_000, seed=11, save_every=200, undo_limit=100, warm_up=0.4, folder=tmp_path)
    assert result.problems == []
    assert result.operations == 5_000 and result.saves >= 25 and result.undos > 500 and result.round_trips > 20
    assert len(result.memory) > 10
    assert result.growth < FLAT, [f"{step}: {size / 1e3:.0f} kB" for step, size in result.memory]


def test_duplicating_a_card_with_a_comment_keeps_the_map_savable(tmp_path, qapp):
    document = Document(load_template("running-shoes", "fr"))
    editor = MapEditor(document)
    card = editor.map.cards[0]
    editor.add_comment(card.id, "À revoir avec l'équipe magasin")
    editor.duplicate_cards([card.id])
    path = tmp_path / "map.journey.json"
    try:
        document.save(path)
    except SaveFailed as error:
        pytest.fail(str(error))
    assert read_workspace(path) == document.workspace
