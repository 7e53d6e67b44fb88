"""The layout a user sees: cards in their cells, never overlapping, text that fits or says it was cut."""

import pytest

from journey_studio.io import read_workspace
from journey_studio.layout import compute_layout
from journey_studio.layout.connectors import sample_path
from journey_studio.layout.text import ELLIPSIS, text_width
from journey_studio.model import (
    Card,
    Connector,
    ConnectorKind,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    Stage,
    Workspace,
)
from tests.layout.card_placement import card_placement_problems


def _assert_cards_in_cells_without_overlap(journey_map, layout):
    assert card_placement_problems(journey_map, layout) == []


def _assert_text_fits(box):
    for block in (box.title, box.body, box.channel_label):
        for line in block.lines:
            assert text_width(line, block.style) <= block.rect.width + 0.01, f"{line!r} is wider than its card"


def test_big_map_cards_sit_in_their_cells_without_overlap(big_workspace):
    journey_map = big_workspace.maps[0]
    layout = compute_layout(journey_map, big_workspace.personas)
    assert len(layout.cards) == 1000
    _assert_cards_in_cells_without_overlap(journey_map, layout)
    for box in layout.cards:
        _assert_text_fits(box)


def test_sample_map_layout_is_sound(sample_path):
    workspace = read_workspace(sample_path)
    journey_map = workspace.maps[0]
    layout = compute_layout(journey_map, workspace.personas, workspace.metadata.language)
    _assert_cards_in_cells_without_overlap(journey_map, layout)
    for box in layout.cards:
        _assert_text_fits(box)
    assert [s.name.full_text for s in layout.stages] == ["Réflexion", "Évaluation", "Achat"]


def _one_cell_map(*cards: Card, lane_height: float = 60) -> JourneyMap:
    return JourneyMap(
        id="m", title="Carte",
        stages=[Stage(id="s1", name="Réflexion"), Stage(id="s2", name="Achat")],
        lanes=[Lane(id="l1", kind=LaneKind.TOUCHPOINTS, title="Points de contact", height=lane_height),
               Lane(id="l2", kind=LaneKind.EMOTIONS, title="Émotions")],
        cards=list(cards),
    )


def test_long_text_is_elided_and_kept_whole_in_the_tooltip():
    body = "Le client compare les avis, les prix et les délais de livraison " * 10
    title = "Un titre beaucoup trop long pour tenir sur deux lignes d'une carte étroite de parcours"
    journey_map = _one_cell_map(Card(id="c1", stage_id="s1", lane_id="l1", title=title, body=body))
    box = compute_layout(journey_map).cards[0]
    assert box.elided
    assert box.body.lines[-1].endswith(ELLIPSIS)
    assert len(box.title.lines) == 2 and len(box.body.lines) == 3
    assert title in box.tooltip and body in box.tooltip
    _assert_text_fits(box)


def test_short_text_is_not_elided():
    journey_map = _one_cell_map(Card(id="c1", stage_id="s1", lane_id="l1", title="Essai", body="En magasin"))
    box = compute_layout(journey_map).cards[0]
    assert not box.elided
    assert box.title.lines == ("Essai",) and box.body.lines == ("En magasin",)


@pytest.mark.parametrize(
    "text",
    [
        "Café ☕ et crème brûlée 😊👍🏽",
        "ランニングシューズを比較する長い文章です" * 3,
        "https://exemple.fr/" + "x" * 120,
    ],
)
def test_accents_emoji_cjk_and_unbreakable_words_fit(text):
    journey_map = _one_cell_map(Card(id="c1", stage_id="s1", lane_id="l1", title=text, body=text))
    box = compute_layout(journey_map).cards[0]
    _assert_text_fits(box)
    assert box.title.lines[0]


def test_a_lane_grows_to_fit_its_fullest_cell():
    cards = [Card(id=f"c{i}", stage_id="s1", lane_id="l1", order=i, title=f"Carte {i}") for i in range(5)]
    layout = compute_layout(_one_cell_map(*cards, lane_height=60))
    row = layout.lanes[0]
    assert row.rect.height > 60
    assert all(row.rect.contains(box.rect) for box in layout.cards)
    ys = [box.rect.y for box in sorted(layout.cards, key=lambda b: b.card_id)]
    assert ys == sorted(ys), "cards stack in their order"


def test_order_inside_a_cell_follows_the_order_field():
    cards = [
        Card(id="late", stage_id="s1", lane_id="l1", order=2, title="Deuxième"),
        Card(id="early", stage_id="s1", lane_id="l1", order=1, title="Première"),
    ]
    layout = compute_layout(_one_cell_map(*cards))
    assert layout.card("early").rect.y < layout.card("late").rect.y


def test_hidden_lanes_and_their_cards_are_not_drawn():
    journey_map = _one_cell_map(Card(id="c1", stage_id="s1", lane_id="l1", title="Caché"))
    journey_map.lanes[0].visible = False
    layout = compute_layout(journey_map)
    assert [row.lane_id for row in layout.lanes] == ["l2"]
    assert layout.cards == ()


def test_emotion_curve_goes_up_for_happier_points_and_marks_the_lowest():
    journey_map = _one_cell_map(Card(id="c1", stage_id="s2", lane_id="l1", title="Achat"))
    journey_map.emotion_points = [
        EmotionPoint(id="e1", stage_id="s1", score=1, label="Curieux"),
        EmotionPoint(id="e2", stage_id="s1", score=-2, label="Perdu"),
        EmotionPoint(id="e3", stage_id="s2", card_id="c1", score=2, label="Ravi"),
    ]
    layout = compute_layout(journey_map)
    (curve,) = layout.curves
    points = {p.point_id: p for p in curve.points}
    assert points["e3"].center.y < points["e1"].center.y < points["e2"].center.y
    assert [p.point_id for p in curve.points if p.critical] == ["e2"]
    assert points["e3"].center.x == pytest.approx(layout.card("c1").rect.center.x)
    assert layout.emotion_lane.y < points["e2"].center.y < layout.emotion_lane.bottom
    assert len(curve.segments) == 2
    assert points["e1"].mood == pytest.approx(0.5) and points["e2"].mood == pytest.approx(-1)


def test_one_curve_per_persona():
    journey_map = _one_cell_map()
    journey_map.emotion_points = [
        EmotionPoint(id="a1", stage_id="s1", score=1, persona_id="p1"),
        EmotionPoint(id="a2", stage_id="s2", score=0, persona_id="p1"),
        EmotionPoint(id="b1", stage_id="s1", score=-1, persona_id="p2"),
    ]
    layout = compute_layout(journey_map)
    assert {c.persona_id for c in layout.curves} == {"p1", "p2"}
    assert len({c.colour_index for c in layout.curves}) == 2


def test_connectors_go_forward_and_loop_back_above():
    journey_map = _one_cell_map(
        Card(id="a", stage_id="s1", lane_id="l1", title="Recherche"),
        Card(id="b", stage_id="s2", lane_id="l1", title="Essai"),
    )
    journey_map.connectors = [
        Connector(id="x1", from_card="a", to_card="b"),
        Connector(id="x2", from_card="b", to_card="a", kind=ConnectorKind.BACK, label="retour"),
    ]
    layout = compute_layout(journey_map)
    forward, back = layout.connectors
    a, b = layout.card("a").rect, layout.card("b").rect
    assert forward.segments[0].start.x == pytest.approx(a.right) and forward.tip.x == pytest.approx(b.x)
    assert b.x - a.right >= 30, "an arrow between neighbouring cards is long enough to see past its head"
    assert back.label.lines == ("retour",)
    lane = layout.lanes[0].rect
    path = sample_path(back.segments)
    apex_y = min(p.y for p in path)
    assert lane.y < apex_y < min(a.y, b.y), "the loop runs in its lane's band, above the cards, below the headers"
    assert back.label.rect.y >= lane.y - 1 and back.label.rect.bottom <= min(a.y, b.y)
    assert back.plate is not None and back.plate.width <= text_width("retour", back.label.style) + 12, \
        "the label's plate is as wide as its text"
    for p in path:  # the loop leaves b sideways and never runs under either card
        assert not (a.x + 1 < p.x < a.right - 1 and a.y + 1 < p.y < a.bottom - 1)
        assert not (b.x + 1 < p.x < b.right - 1 and b.y + 1 < p.y < b.bottom - 1)


def test_metrics_lane_shows_each_stage_figures():
    journey_map = _one_cell_map()
    journey_map.lanes.append(Lane(id="l3", kind=LaneKind.METRICS, title="Indicateurs"))
    journey_map.stages[0].metrics.entered = 1200
    journey_map.stages[0].metrics.completed = 840
    layout = compute_layout(journey_map, language="fr")
    (cell,) = layout.metric_cells
    assert cell.value.lines == ("1\u202f200 → 840",)
    assert cell.caption.lines == ("70\u202f% terminent",)


def test_header_names_personas_and_state():
    workspace = Workspace.model_validate({
        "personas": [{"id": "p1", "name": "Camille"}],
        "maps": [{"id": "m", "title": "Chaussures", "persona_ids": ["p1"], "state": "future"}],
    })
    layout = compute_layout(workspace.maps[0], workspace.personas, "fr")
    assert "Camille" in layout.header.subtitle.full_text
    assert "État futur" in layout.header.subtitle.full_text


def test_unchanged_cards_keep_their_box_after_an_edit(small_workspace):
    """The canvas repaints only cards whose box changed; the layout must reuse the others."""
    journey_map = small_workspace.maps[0]
    before = compute_layout(journey_map)
    edited = journey_map.cards[-1]
    journey_map.cards[-1] = edited.model_copy(update={"title": edited.title + " (modifiée)"})
    after = compute_layout(journey_map)
    same_cell = {c.id for c in journey_map.cards if (c.stage_id, c.lane_id) == (edited.stage_id, edited.lane_id)}
    for box in after.cards:
        if box.card_id == edited.id:
            assert box is not before.card(box.card_id)
            assert box.title.full_text.endswith("(modifiée)")
        elif box.card_id not in same_cell:
            assert box is before.card(box.card_id)
