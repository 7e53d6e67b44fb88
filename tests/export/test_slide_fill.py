"""Fuller slides: a stage group cut into several slides shares its lanes fairly between them (no lane left alone
on a slide when it could join its neighbour's), and the stages are grouped so the map takes the fewest slides."""

from pathlib import Path

import pytest

from journey_studio.export import ExportOptions
from journey_studio.export.slides import slide_set
from journey_studio.layout import slide_deck
from journey_studio.layout.slide_deck import BOTTOM_MARGIN, SlideDeck
from tests.export.test_slide_composition import TEMPLATE_FILES, cut_cards, illegible_slides

THEMES = [("light", 18.0), ("projector", 24.0)]


def unfair_slides(deck: SlideDeck) -> list[str]:
    """Neighbouring slides of one stage group (the same stages, cut from the same layout, one ending where the
    next begins, between lanes) where one lane moved across would make the fuller of the two less full while
    both still fit: the cut leaves one of them emptier than it need be (a lone lane after three, say)."""
    problems = []
    for before, after in zip(deck.slides, deck.slides[1:], strict=False):
        layout = before.layout
        if layout is None or after.layout is not layout or before.stage_ids != after.stage_ids:
            continue
        a, b = before.cells.source, after.cells.source
        if abs(a.bottom - b.y) > 0.5:
            continue
        rows = [row for row in layout.lanes if row.rect.y < b.bottom - 0.5 and row.rect.bottom > a.y + 0.5]
        edges = {round(row.rect.y) for row in rows} | {round(rows[-1].rect.bottom)} if rows else set()
        if not {round(a.y), round(a.bottom), round(b.bottom)} <= edges:
            continue  # a lane taller than a slide, cut between its cards
        room = (deck.height - BOTTOM_MARGIN - before.cells.target.y) / before.scale
        upper = [row for row in rows if row.rect.bottom <= a.bottom + 0.5]
        lower = [row for row in rows if row.rect.y >= b.y - 0.5]
        fuller = max(a.height, b.height)
        if len(upper) > 1:  # the upper slide's last lane moved down
            moved = upper[-1].rect
            down = (moved.y - a.y, b.bottom - moved.y)
            if max(down) <= room + 0.5 and max(down) < fuller - 0.5:
                problems.append(f"{before.locator.full_text}: its last lane would even it with the next")
        if len(lower) > 1:  # the lower slide's first lane moved up
            moved = lower[0].rect
            up = (moved.bottom - a.y, b.bottom - moved.bottom)
            if max(up) <= room + 0.5 and max(up) < fuller - 0.5:
                problems.append(f"{after.locator.full_text}: its first lane would even it with the one before")
    return problems


def greedy_composition(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today's composition as it was: slides filled top-down, stages in the even groups only."""
    monkeypatch.setattr(slide_deck, "_balanced", lambda *args: None)

    def even_groups(full, body_width, even, group, every_run):
        chosen = []
        for first, last in even:
            together = list(group(first, last))
            if first < last and len(together) > 1:
                alone = [slide for index in range(first, last + 1) for slide in group(index, index)]
                together = alone if len(alone) < len(together) else together
            chosen += together
        return chosen

    monkeypatch.setattr(slide_deck, "_fewest_slides", even_groups)


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name.removesuffix(".journey.json"))
@pytest.mark.parametrize("theme, floor", THEMES)
def test_every_template_shares_its_lanes_fairly_between_a_group_s_slides(path: Path, theme: str, floor: float) -> None:
    from journey_studio.io import read_workspace

    workspace = read_workspace(path)
    slides = slide_set(workspace, workspace.maps[0], ExportOptions(theme=theme))
    assert unfair_slides(slides.deck) == []
    assert illegible_slides(slides.layout, slides.deck, floor) == []
    assert cut_cards(slides.layout, slides.deck) == []


def test_the_fairness_check_fails_on_the_old_top_down_composition(monkeypatch: pytest.MonkeyPatch) -> None:
    from journey_studio.io import read_workspace

    greedy_composition(monkeypatch)
    unfair = []
    for path in TEMPLATE_FILES:
        workspace = read_workspace(path)
        for theme, _ in THEMES:
            unfair += unfair_slides(slide_set(workspace, workspace.maps[0], ExportOptions(theme=theme)).deck)
    assert unfair, "filling slides top-down leaves some lane alone that could have joined its neighbour"


def _slide_counts() -> dict[tuple[str, str], int]:
    """How many slides each template's slide set has, per theme."""
    from journey_studio.io import read_workspace

    counts = {}
    for path in TEMPLATE_FILES:
        workspace = read_workspace(path)
        for theme, _ in THEMES:
            counts[path.name, theme] = len(slide_set(workspace, workspace.maps[0], ExportOptions(theme=theme))
                                           .deck.slides)
    return counts


def test_stages_are_grouped_into_the_fewest_slides(monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _slide_counts()
    greedy_composition(monkeypatch)
    before = _slide_counts()
    assert [key for key in counts if counts[key] > before[key]] == []
    assert sum(counts.values()) < sum(before.values())
