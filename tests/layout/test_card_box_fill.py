"""A card's box is made with its id and rect, its other fields filled from its face when first read (each through
its slot's own setter): every field must hold the card's own value, each in its place."""

import dataclasses

import pytest

from journey_studio.layout import cell_memo, map_layout
from journey_studio.layout.blocks import TextBlock
from journey_studio.layout.geometry import Rect
from journey_studio.layout.map_layout import CardBox, compute_layout
from journey_studio.model import Card, Channel, EvidenceSource, JourneyMap, Lane, LaneKind, Stage


def _map() -> JourneyMap:
    card = Card(
        id="c1", stage_id="s1", lane_id="l1", title="Un titre assez long pour deux lignes de texte", body="Le corps",
        channel=Channel.PHONE, online=False, owner="Zoé", colour="#123456", critical=True, emotion=40,
    )
    card = card.model_copy(update={"evidence": card.evidence.model_copy(update={"source": EvidenceSource.SURVEY})})
    return JourneyMap(
        id="m", title="Carte", stages=[Stage(id="s1", name="Étape")],
        lanes=[
            Lane(id="l0", title="Haut", kind=LaneKind.ACTIONS, height=333),
            Lane(id="l1", title="Fiches", kind=LaneKind.TOUCHPOINTS),
        ],
        cards=[card],
    )


def _box() -> CardBox:
    cell_memo.clear()  # a box kept from an earlier layout of the map is filled already
    return compute_layout(_map()).cards[0]


def _fields_hold(box: CardBox) -> bool:
    """Every lazily filled field read from the box equals what the card and the box's own rect say."""
    title, body, label = box.title, box.body, box.channel_label
    return (
        isinstance(title, TextBlock) and title.full_text.startswith("Un titre") and body.full_text == "Le corps"
        and label.full_text.endswith("Zoé")
        and box.rect.y < title.rect.y < body.rect.y < box.footer_rect.y < box.rect.bottom
        and title.rect.x == body.rect.x == box.footer_rect.x
        and box.channel is Channel.PHONE and box.online is False and box.online_label != ""
        and box.critical is True and box.colour == "#123456" and box.evidence is EvidenceSource.SURVEY
        and box.mood is not None and box.mood > 0
    )


def test_each_filled_field_holds_the_cards_value() -> None:
    box = _box()
    assert box.rect.y > 333  # its cell sits under the tall first lane: the fill adds the cell's top
    assert _fields_hold(box)
    assert isinstance(box.footer_rect, Rect) and box.footer_rect.bottom <= box.rect.bottom
    assert dataclasses.replace(box) == box


def test_the_field_check_catches_swapped_setters(monkeypatch: pytest.MonkeyPatch) -> None:
    set_colour, set_evidence = map_layout._SET_COLOUR, map_layout._SET_EVIDENCE
    monkeypatch.setattr(map_layout, "_SET_COLOUR", set_evidence)  # the colour written into evidence, and back
    monkeypatch.setattr(map_layout, "_SET_EVIDENCE", set_colour)
    assert not _fields_hold(_box())
