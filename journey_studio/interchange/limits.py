"""What one import may hold, so that a file under the size limit cannot make an import run for minutes
or build more than a map can keep. Each refusal names the line (or row) and the limit.
"""

from ..model.journey_map import MAX_ITEMS

MAX_STAGES = 500
MAX_LANES = 200
MAX_MAPS = 200
MAX_PERSONAS = 50
"""A map names at most 50 personas (``JourneyMap.persona_ids``): a Mermaid journey's actors become them."""
MAX_NAME = 500
"""Stage, lane, persona and card names (the model's short texts)."""
MAX_CARDS_PER_MAP = MAX_ITEMS
MAX_POINTS_PER_MAP = MAX_ITEMS
MAX_IMPORTED_CARDS = 50_000
"""Cards one import may create in all (each costs about 0.2 ms to make and check: 10 s at most); more than a
workshop's wall holds, and a map file holding many more would pass the 64 MB a map may weigh."""
MAX_PROBLEMS = 1_000
"""Left-out rows listed one by one; beyond, they are counted (a million bad rows need no million lines)."""
MAX_SHOWN = 60
"""Characters of a name or value quoted in a message."""


class ImportLimitExceeded(ValueError):
    """The file holds more than an import may take; the message says where and which limit."""


def shown(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` quoted for a message: cut to ``limit`` characters, control characters (NUL…) escaped."""
    cut = text[:limit] + ("…" if len(text) > limit else "")
    return repr(cut)
