"""What an emotion score means on a map's scale: neutral, mood, moment of truth. One rule for every reader.

The curve on the canvas and in files (``layout.curves``), the stage slides (``presentation.slides``) and the
insights (``analysis``) all read scores through these functions, so a face, a red ring and an insight can
never disagree about the same point.
"""

from collections.abc import Iterable

from .journey_map import EmotionScale


def neutral_score(scale: EmotionScale) -> float:
    """The score that means "neither good nor bad": 0 when the scale spans it, else its middle."""
    low, high = float(scale.minimum), float(scale.maximum)
    return 0.0 if low < 0 < high else (low + high) / 2


def mood(scale: EmotionScale, score: float) -> float:
    """``score`` mapped to −1 (the scale's worst) … +1 (its best), whatever the scale: what a face shows."""
    low, high = float(scale.minimum), float(scale.maximum)
    return 2 * (score - low) / (high - low) - 1


def moment_of_truth_score(scores: Iterable[float], scale: EmotionScale) -> float | None:
    """The score of a curve's moments of truth: its lowest, when that dips below neutral; else None.

    Every point at that score is a moment of truth (drawn with a red ring, listed by the insights).
    """
    lowest = min(scores, default=None)
    if lowest is None or lowest >= neutral_score(scale):
        return None
    return lowest
