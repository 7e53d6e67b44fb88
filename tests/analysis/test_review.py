"""Evidence review: what needs checking again, stage by stage, and the share of cards backed by data."""

from datetime import date

import pytest

from journey_studio.analysis.review import (
    Coverage,
    ItemKind,
    ReviewReason,
    coverage_by_stage,
    evidence_coverage,
    review_by_stage,
    review_items,
    review_reason,
)
from journey_studio.model import Card, EmotionPoint, Evidence, JourneyMap, Lane, Stage

TODAY = date(2026, 11, 23)


def evidence(source: str = "interview", verified: date | None = None) -> Evidence:
    return Evidence(source=source, last_verified=verified)


def a_map() -> JourneyMap:
    stages = [Stage(id="s1", name="Découverte"), Stage(id="s2", name="Achat"), Stage(id="s3", name="Usage")]
    lane = Lane(id="l", kind="actions", title="Actions")

    def card(card_id: str, stage: str, ev: Evidence) -> Card:
        return Card(id=card_id, stage_id=stage, lane_id="l", title=f"Carte {card_id}", evidence=ev)

    return JourneyMap(
        id="m", title="Carte", stages=stages, lanes=[lane],
        cards=[
            card("fresh", "s1", evidence("web_analytics", date(2026, 10, 1))),      # 53 days: backed
            card("limit", "s1", evidence("survey", date(2026, 8, 25))),            # exactly 90 days: backed
            card("stale", "s2", evidence("interview", date(2026, 8, 24))),         # 91 days
            card("assumed", "s2", evidence("assumption")),
            card("dated-assumption", "s3", evidence("assumption", date(2026, 11, 1))),
            card("undated", "s3", evidence("crm")),
            card("future-date", "s3", evidence("workshop", date(2027, 1, 1))),    # counts as fresh
        ],
        emotion_points=[
            EmotionPoint(id="p-ok", stage_id="s1", score=1, label="Ravie", evidence=evidence("survey", TODAY)),
            EmotionPoint(id="p-guess", stage_id="s2", score=-1, label="Agacée", card_id="assumed"),
            EmotionPoint(id="p-free", stage_id="s1", score=0, label="Curieuse"),
        ],
    )


def test_reasons():
    assert review_reason(evidence("assumption", TODAY), TODAY) is ReviewReason.ASSUMPTION
    assert review_reason(evidence("crm"), TODAY) is ReviewReason.NEVER_VERIFIED
    assert review_reason(evidence("crm", date(2026, 8, 24)), TODAY) is ReviewReason.STALE
    assert review_reason(evidence("crm", date(2026, 8, 25)), TODAY) is None
    assert review_reason(evidence("crm", date(2026, 8, 25)), TODAY, max_age_days=30) is ReviewReason.STALE


def test_items_to_review_in_stage_order_cards_first():
    items = review_items(a_map(), TODAY)
    assert [(i.kind, i.item_id, i.reason) for i in items] == [
        (ItemKind.EMOTION_POINT, "p-free", ReviewReason.ASSUMPTION),
        (ItemKind.CARD, "stale", ReviewReason.STALE),
        (ItemKind.CARD, "assumed", ReviewReason.ASSUMPTION),
        (ItemKind.EMOTION_POINT, "p-guess", ReviewReason.ASSUMPTION),
        (ItemKind.CARD, "dated-assumption", ReviewReason.ASSUMPTION),
        (ItemKind.CARD, "undated", ReviewReason.NEVER_VERIFIED),
    ]
    stale = items[1]
    assert stale.age_days == 91 and stale.title == "Carte stale" and stale.card_id == "stale"
    assert items[0].card_id is None and items[3].card_id == "assumed"  # a point shows the card it sits on
    assert items[5].age_days is None


def test_grouped_by_stage():
    groups = review_by_stage(a_map(), TODAY)
    assert [(g.stage_id, g.stage_name, [i.item_id for i in g.items]) for g in groups] == [
        ("s1", "Découverte", ["p-free"]),
        ("s2", "Achat", ["stale", "assumed", "p-guess"]),
        ("s3", "Usage", ["dated-assumption", "undated"]),
    ]
    assert review_by_stage(a_map(), TODAY, max_age_days=10_000)[1].items[0].item_id == "assumed"


def test_coverage_counts_cards_backed_by_recent_data():
    coverage = evidence_coverage(a_map(), TODAY)
    assert coverage == Coverage(backed=3, total=7)
    assert coverage.share == pytest.approx(3 / 7)
    assert evidence_coverage(a_map(), TODAY, max_age_days=30).backed == 1  # only the future date stays fresh
    assert coverage_by_stage(a_map(), TODAY) == {
        "s1": Coverage(2, 2), "s2": Coverage(0, 2), "s3": Coverage(1, 3),
    }


def test_a_map_without_cards_has_no_coverage():
    empty = JourneyMap(id="m", title="Vide", stages=[Stage(id="s", name="S")])
    assert evidence_coverage(empty, TODAY).share is None
    assert coverage_by_stage(empty, TODAY) == {"s": Coverage(0, 0)}
    assert review_by_stage(empty, TODAY) == []
