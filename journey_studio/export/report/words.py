"""Words the report prints, in the map's own language: from the one catalogue, :mod:`journey_studio.words`."""

from ...words import labelled as _labelled
from ...words import source_label, word

__all__ = ["labelled", "source_label", "word"]


def labelled(key: str, language: str) -> str:
    """The word ``key`` followed by a colon, French style (« Objectifs\u00a0: ») or English (“Goals:”)."""
    return _labelled(word(key, language), language)
