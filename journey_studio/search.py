"""Find cards by what they say. Qt-free, so the find bar, the command line and tests share it.

Matching ignores case, accents and typographic variants (« l’attente » matches "l'attente",
"oeuvre" matches « œuvre »): people type what their keyboard makes easy, not what the
workshop notes contain.
"""

import unicodedata

from .model import Card, JourneyMap

_FOLDS = str.maketrans({
    "œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "«": '"', "»": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
})


def fold(text: str) -> str:
    """``text`` reduced to what matters for matching: no case, no accents, plain punctuation and spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.translate(_FOLDS).split())


def _card_text(card: Card) -> str:
    parts = [card.title, card.body, card.owner, *card.tags, card.evidence.reference]
    return fold("\n".join(parts))


def find_cards(journey_map: JourneyMap, text: str) -> list[str]:
    """Ids of the cards that contain every word of ``text``, in reading order (stage, lane, position).

    Searches titles, bodies, owners, tags and evidence references. Blank text finds nothing.
    """
    words = fold(text).split()
    if not words:
        return []
    stage_index = {stage.id: i for i, stage in enumerate(journey_map.stages)}
    lane_index = {lane.id: i for i, lane in enumerate(journey_map.lanes)}
    found = []
    for position, card in enumerate(journey_map.cards):
        haystack = _card_text(card)
        if all(word in haystack for word in words):
            key = (stage_index.get(card.stage_id, len(stage_index)),
                   lane_index.get(card.lane_id, len(lane_index)), card.order, position)
            found.append((key, card.id))
    return [card_id for _, card_id in sorted(found)]
