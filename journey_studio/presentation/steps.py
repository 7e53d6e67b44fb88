"""The order of a presentation: the map's 16:9 overview slides, then each stage (a page at a time).

The overview is the map's slide composition (``layout.slide_deck``: "stages 1–3 of 7", …), the same
slides as the PNG set, the slide PDF and the deck; then the presenter walks through every stage.

Qt-free, so the key handling can be tested as plain state: the window only maps keys to these moves.
"""

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Step:
    stage_index: int | None
    """None for a slide of the map's overview."""
    page: int = 0
    """The page of the stage, or which overview slide."""
    page_count: int = 1

    @property
    def is_overview(self) -> bool:
        return self.stage_index is None


def build_steps(page_counts: Sequence[int], overview_slides: int = 1) -> list[Step]:
    """The overview's slides (at least one), then every page of every stage (``page_counts[i]`` for stage i)."""
    overview = max(overview_slides, 1)
    steps = [Step(None, slide, overview) for slide in range(overview)]
    for stage, pages in enumerate(page_counts):
        steps.extend(Step(stage, page, max(pages, 1)) for page in range(max(pages, 1)))
    return steps


class Deck:
    """Where the presentation is, and the moves a presenter makes; each move says whether it moved."""

    def __init__(self, steps: Sequence[Step], index: int = 0):
        if not steps:
            raise ValueError("a presentation needs at least one step")
        self.steps = list(steps)
        self.index = min(max(index, 0), len(self.steps) - 1)

    @property
    def current(self) -> Step:
        return self.steps[self.index]

    @property
    def stage_count(self) -> int:
        return len({s.stage_index for s in self.steps if s.stage_index is not None})

    def go(self, index: int) -> bool:
        index = min(max(index, 0), len(self.steps) - 1)
        moved = index != self.index
        self.index = index
        return moved

    def next(self) -> bool:
        return self.go(self.index + 1)

    def previous(self) -> bool:
        return self.go(self.index - 1)

    def first(self) -> bool:
        return self.go(0)

    def last(self) -> bool:
        return self.go(len(self.steps) - 1)

    def index_of_stage(self, stage_index: int) -> int | None:
        """The first page of stage ``stage_index`` (0-based), or None if there is no such stage."""
        return next((i for i, s in enumerate(self.steps) if s.stage_index == stage_index and s.page == 0), None)

    def go_to_stage(self, number: int) -> bool:
        """Jump to stage ``number`` as the audience counts (1 is the first stage); out of range does nothing."""
        index = self.index_of_stage(number - 1)
        return self.go(index) if index is not None else False
