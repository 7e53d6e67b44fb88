"""Words the map itself shows (channel names, metric captions), in the map's own language.

These belong to the content, not to the interface: a French map exported from an English
interface still says « Magasin ». The words themselves live in the one catalogue,
:mod:`journey_studio.words`; this module keeps the layout's names for them and the figures'
wording. Interface strings go through Qt's tr().
"""

from ..model import StageMetrics
from ..words import channel_label, format_count, format_percent, journey_type_label, source_label, state_label, word

__all__ = ["channel_label", "format_count", "format_percent", "journey_type_label", "metric_texts", "source_label",
           "state_label", "word"]


def metric_texts(metrics: StageMetrics, language: str) -> tuple[str, str] | None:
    """A stage's funnel figures as the map and its slides show them: the value ("12 000 → 5 400",
    "800 entrent" or "45 %") and its caption ("45 % terminent", or empty); None without figures."""
    rate = metrics.rate()
    if metrics.entered is not None and metrics.completed is not None:
        value = f"{format_count(metrics.entered, language)} → {format_count(metrics.completed, language)}"
    elif metrics.entered is not None:
        value = f"{format_count(metrics.entered, language)} {word('entered', language)}"
    elif rate is not None:
        value = format_percent(rate, language)
    else:
        return None
    caption = f"{format_percent(rate, language)} {word('completed', language)}" if rate is not None else ""
    return value, caption


def persona_mark(name: str, emoji: str) -> str:
    """What a persona's disc shows without a photo: their avatar emoji (its first whole symbol), else initials."""
    from .text import graphemes

    symbols = graphemes(emoji.strip())
    if symbols:
        return symbols[0]
    return "".join(part[0] for part in name.split()[:2]).upper() or "?"
