"""Stage slides are readable on a projector: no text under 24 px at 1920 × 1080, none spilling out of its box."""

import ast
from dataclasses import replace
from pathlib import Path

import pytest

from journey_studio.layout import compute_layout
from journey_studio.layout.text import text_width
from journey_studio.presentation.slides import DEFAULT_SLIDE, layout_stage_slides
from journey_studio.presentation.steps import Deck, Step, build_steps
from journey_studio.templates import list_templates, new_from_template
from tests.factories import make_card, make_point, make_workspace

EPS = 0.5


def _slides(workspace, metrics=DEFAULT_SLIDE):
    journey_map = workspace.maps[0]
    layout = compute_layout(journey_map, workspace.personas, workspace.metadata.language)
    return [
        layout_stage_slides(journey_map, layout, index, workspace.personas, workspace.metadata.language, metrics)
        for index in range(len(journey_map.stages))
    ]


def _templates():
    return [(info.name, info.language) for info in list_templates()]


def _stress_workspace():
    """Long words, emoji, CJK, a critical card with a long owner: what a real workshop types."""
    body = (
        "Le client 👟 compare « trois modèles » 中文测试 sans comprendre le jargon technique anticonstitutionnellement "
        * 3
    )
    cards = [
        make_card(f"c{i}", title=f"Étape {i} 😀 très longue à lire depuis le fond de la salle de réunion",
                  body=body, channel="store", owner="Équipe du magasin de Lyon Part-Dieu", critical=i % 3 == 0,
                  lane_id=("lane-1", "lane-2")[i % 2])
        for i in range(14)
    ]
    points = [make_point(f"p{i}", score=(-2, 1, 2, -1)[i], label="Très déçue par l'attente 😞") for i in range(4)]
    return make_workspace(cards=cards, emotion_points=points)


def _check_readable(slide, metrics=DEFAULT_SLIDE):
    problems = []
    for block, scale, box in slide.text_blocks():
        if block.is_empty:
            continue
        if block.style.size * scale < metrics.min_text - EPS:
            problems.append(f"{block.full_text!r} at {block.style.size * scale:.1f} px")
        for line in block.lines:
            if text_width(line, block.style) > block.rect.width + EPS:
                problems.append(f"line {line!r} wider than its block")
        # Card text is in card units from the card's corner, like the card's own box: compare those.
        if not box.contains(block.rect):
            problems.append(f"{block.full_text!r} leaves its box {box}")
    cards = [card.rect for card in slide.cards]
    for card in cards:
        if not slide.bounds.contains(card) or card.bottom > slide.navigator[0].rect.y:
            problems.append(f"card {card} leaves the content area")
    for i, a in enumerate(cards):
        problems.extend(f"cards overlap: {a} {b}" for b in cards[i + 1:] if a.intersects(b))
    return problems


@pytest.mark.parametrize("name, language", _templates())
def test_template_slides_are_readable(name, language):
    workspace = new_from_template(name, language)
    for pages in _slides(workspace):
        for slide in pages:
            assert not _check_readable(slide), _check_readable(slide)


def test_a_crowded_stage_with_emoji_and_cjk_stays_readable():
    pages = _slides(_stress_workspace())[0]
    assert len(pages) >= 2
    for slide in pages:
        assert not _check_readable(slide), _check_readable(slide)


def test_the_readability_check_can_fail():
    slide = _slides(new_from_template("running-shoes", "en"))[0][0]
    assert any("px" in problem for problem in _check_readable(slide, replace(DEFAULT_SLIDE, min_text=40)))


def test_every_card_of_a_stage_is_on_exactly_one_page():
    workspace = new_from_template("running-shoes", "fr")
    journey_map = workspace.maps[0]
    for index, pages in enumerate(_slides(workspace)):
        shown = [card.box.card_id for slide in pages for card in slide.cards]
        expected = [c.id for c in journey_map.cards
                    if c.stage_id == journey_map.stages[index].id and journey_map.lane(c.lane_id).visible]
        assert sorted(shown) == sorted(expected)
        assert len(shown) == len(set(shown))


def test_the_first_page_shows_the_stage_emotions_and_where_the_curve_comes_from():
    workspace = new_from_template("running-shoes", "fr")
    journey_map = workspace.maps[0]
    second = _slides(workspace)[1]
    first_page = second[0]
    labels = [p.label.full_text for curve in first_page.curves for p in curve.points]
    expected = [p.label for p in journey_map.emotion_points if p.stage_id == journey_map.stages[1].id]
    assert sorted(labels) == sorted(expected)
    assert len(first_page.context_lines) == 2  # in from the first stage, out to the third
    assert all(not page.curves for page in second[1:])


def test_the_strip_highlights_the_current_stage_and_stays_readable_with_many_stages(big_workspace):
    pages = _slides(big_workspace)
    slide = pages[17][0]
    current = [chip for chip in slide.navigator if chip.current]
    assert [chip.stage_index for chip in current] == [17]
    assert all(chip.label.style.size >= 24 for chip in slide.navigator)
    assert not _check_readable(slide)


def test_slides_follow_the_screen_shape():
    workspace = new_from_template("purchase", "en")
    square = DEFAULT_SLIDE.for_aspect(4 / 3)
    assert square.width == 1440
    for pages in _slides(workspace, square):
        for slide in pages:
            assert slide.bounds.width == 1440
            assert not _check_readable(slide, square)


def test_steps_go_through_the_overview_slides_then_the_stages():
    steps = build_steps([2, 1, 1], overview_slides=2)
    assert [(s.stage_index, s.page) for s in steps] == [(None, 0), (None, 1), (0, 0), (0, 1), (1, 0), (2, 0)]
    assert build_steps([1])[0] == build_steps([1], overview_slides=0)[0]  # an empty map still has its overview
    deck = Deck(steps)
    assert not deck.previous()
    assert deck.go_to_stage(2) and deck.current.stage_index == 1
    assert not deck.go_to_stage(9) and deck.current.stage_index == 1
    assert deck.last() and deck.current == (Step(2, 0, 1)) and not deck.next()
    assert deck.first() and deck.index == 0 and deck.current.is_overview


def test_the_slide_layout_knows_no_qt():
    source = Path(__file__).resolve().parents[2] / "journey_studio" / "presentation" / "slides.py"
    tree = ast.parse(source.read_text("utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [name for name in imported if "PySide6" in name or "canvas" in name or name.split(".")[-1] == "ui"]
