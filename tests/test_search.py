"""Finding cards: case, accents and typographic variants do not matter; results come in reading order."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from journey_studio.model import Card, Evidence, JourneyMap, Lane, Stage
from journey_studio.search import find_cards, fold


def _map(*cards: Card) -> JourneyMap:
    return JourneyMap(
        id="map-1",
        title="Carte",
        stages=[Stage(id="s1", name="Un"), Stage(id="s2", name="Deux")],
        lanes=[Lane(id="l1", kind="actions", title="Actions"), Lane(id="l2", kind="needs", title="Besoins")],
        cards=list(cards),
    )


def _card(card_id: str, stage: str = "s1", lane: str = "l1", order: int = 0, **fields) -> Card:
    fields.setdefault("title", card_id)
    return Card(id=card_id, stage_id=stage, lane_id=lane, order=order, **fields)


def test_accents_and_case_are_ignored_both_ways():
    journey_map = _map(_card("a", title="Première Étape"), _card("b", title="etape suivante", order=1))
    assert find_cards(journey_map, "etape") == ["a", "b"]
    assert find_cards(journey_map, "ÉTAPE") == ["a", "b"]
    assert find_cards(journey_map, "premiere") == ["a"]


@pytest.mark.parametrize("field", ["title", "body", "owner"])
def test_every_text_field_is_searched(field):
    journey_map = _map(_card("a", **{field: "Équipe logistique"}) if field != "title"
                       else _card("a", title="Équipe logistique"))
    assert find_cards(journey_map, "equipe") == ["a"]


def test_tags_and_evidence_reference_are_searched():
    journey_map = _map(
        _card("a", tags=["irritant", "délai"]),
        _card("b", order=1, evidence=Evidence(reference="Enquête NPS – juin")),
    )
    assert find_cards(journey_map, "delai") == ["a"]
    assert find_cards(journey_map, "enquete nps") == ["b"]


def test_every_word_must_match_somewhere_in_the_card():
    journey_map = _map(
        _card("a", title="Paiement", body="par carte bancaire"), _card("b", title="Carte cadeau", order=1)
    )
    assert find_cards(journey_map, "carte paiement") == ["a"]
    assert find_cards(journey_map, "carte") == ["a", "b"]


def test_typographic_apostrophes_ligatures_and_spaces_match_plain_typing():
    journey_map = _map(
        _card("a", title="File d’attente « trop longue »"),
        _card("b", title="Œuvre\u00a0d’art", order=1),
    )
    assert find_cards(journey_map, "d'attente") == ["a"]
    assert find_cards(journey_map, "oeuvre d'art") == ["b"]


def test_emoji_can_be_searched():
    journey_map = _map(_card("a", title="Livraison 📦"), _card("b", title="Retour", order=1))
    assert find_cards(journey_map, "📦") == ["a"]


def test_results_follow_the_map_not_the_list():
    journey_map = _map(
        _card("late", stage="s2", lane="l1", title="x"),
        _card("needs", stage="s1", lane="l2", title="x"),
        _card("second", stage="s1", lane="l1", order=1, title="x"),
        _card("first", stage="s1", lane="l1", order=0, title="x"),
    )
    assert find_cards(journey_map, "x") == ["first", "second", "needs", "late"]


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_blank_text_finds_nothing(text):
    assert find_cards(_map(_card("a")), text) == []


def test_no_match_is_an_empty_list():
    assert find_cards(_map(_card("a", title="Achat")), "livraison") == []


def test_fold_is_what_matching_compares():
    assert fold("  Ærø  ÉTÉ\u202f") == "aero ete"


def test_search_loads_no_qt():
    code = (
        "import journey_studio.search, sys; "
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
        "assert not qt, qt"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


# -- the find bar ------------------------------------------------------------------------------

@pytest.fixture
def bar(qtbot):
    from journey_studio.ui.find_bar import FindBar

    bar = FindBar()
    qtbot.addWidget(bar)
    bar.resize(480, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    bar.activateWindow()
    bar.open()
    qtbot.waitUntil(bar.edit.hasFocus)
    return bar


def test_typing_reports_the_search_and_the_count_follows(qtbot, bar):
    seen = []
    bar.searchChanged.connect(seen.append)
    qtbot.keyClicks(bar.edit, "etape")
    assert seen[-1] == "etape"
    bar.set_matches(0, 3)
    assert bar.count_label.text() == "3 found"
    bar.set_matches(2, 3)
    assert bar.count_label.text() == "2 / 3"
    bar.set_matches(0, 0)
    assert bar.count_label.text() == "No match"
    assert not bar.next_button.isEnabled()


def test_enter_and_shift_enter_walk_the_matches(qtbot, bar):
    qtbot.keyClicks(bar.edit, "achat")
    bar.set_matches(1, 2)
    with qtbot.waitSignal(bar.nextRequested):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(bar.previousRequested):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(bar.nextRequested):
        qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(bar.previousRequested):
        qtbot.mouseClick(bar.previous_button, Qt.MouseButton.LeftButton)


def test_escape_and_the_close_button_close_the_bar(qtbot, bar):
    with qtbot.waitSignal(bar.closed):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    bar.open()
    with qtbot.waitSignal(bar.closed):
        qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()


def test_reopening_selects_the_previous_search(qtbot, bar):
    qtbot.keyClicks(bar.edit, "prix")
    bar.close_bar()
    bar.open()
    assert bar.edit.selectedText() == "prix"


def test_buttons_have_tooltips_and_the_field_a_name(bar):
    assert bar.edit.accessibleName()
    for button in (bar.previous_button, bar.next_button, bar.close_button):
        assert button.toolTip() and button.accessibleName()
