"""Where the before/after comparison puts things: both emotion curves over one column per stage.

Scores arrive as moods (−1 … +1, from ``analysis.compare.stage_moods``), so two maps on different
scales share one axis. The chart speaks the map's language (it is content). No Qt: the painter
draws it (``painter.comparison_chart``) in the compare panel and in its PNG (``export.comparison_png``).
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .blocks import Align, TextBlock, text_block
from .curves import score_to_y, smooth_segments
from .geometry import CubicSegment, Point, Rect
from .labels import word
from .metrics import DEFAULT_METRICS, LayoutMetrics
from .text import text_width

CHART_WIDTH = 720.0
MIN_CHART_WIDTH = 320.0
AREA_HEIGHT = 150.0
MARGIN = 12.0
LEGEND_HEIGHT = 26.0
LEGEND_SAMPLE = 26.0
"""Room left of a legend label for a short stretch of its curve."""
NAME_LINES = 2
POINT_RADIUS = 8.0
INDENT = 18.0
"""How far each level of the list of differences is indented."""


@dataclass(frozen=True)
class StageMoods:
    """One compared stage: its name and each map's scores there, as moods, in drawing order."""

    name: str
    current: tuple[float, ...]
    future: tuple[float, ...]


@dataclass(frozen=True)
class ChartCurve:
    label: TextBlock
    """The legend entry."""
    points: tuple[Point, ...]
    moods: tuple[float, ...]
    segments: tuple[CubicSegment, ...]
    future: bool


@dataclass(frozen=True)
class ComparisonChart:
    bounds: Rect
    area: Rect
    """Where the curves run; the scale's best at the top, its worst at the bottom."""
    zero_y: float
    columns: tuple[Rect, ...]
    stage_names: tuple[TextBlock, ...]
    curves: tuple[ChartCurve, ChartCurve]
    """Today's curve first, then the future one (drawn on top)."""


@dataclass(frozen=True)
class ComparisonPage:
    """The exported picture: a title, the chart below it, then the differences as indented lines."""

    bounds: Rect
    title: TextBlock
    chart: ComparisonChart
    lines: tuple[TextBlock, ...]


def chart_geometry(
    stages: Sequence[StageMoods],
    language: str,
    width: float = CHART_WIDTH,
    m: LayoutMetrics = DEFAULT_METRICS,
    top: float = 0.0,
) -> ComparisonChart:
    """Where everything of the comparison chart sits, ``top`` down: one column per compared stage.

    A stage's points spread across its column in drawing order, as on the map.
    """
    column_width = (width - 2 * MARGIN) / max(len(stages), 1)
    area = Rect(MARGIN, top + MARGIN + LEGEND_HEIGHT, width - 2 * MARGIN, AREA_HEIGHT)
    curve_metrics = replace(m, emotion_point_radius=POINT_RADIUS)
    zero_y = score_to_y(0.0, area, -1.0, 1.0, curve_metrics)
    columns = [Rect(MARGIN + index * column_width, area.y, column_width, area.height) for index in range(len(stages))]
    names = [
        text_block(stage.name, m.stage_goal, rect.x + 4, area.bottom + 6, column_width - 8, NAME_LINES, Align.CENTER)
        for rect, stage in zip(columns, stages, strict=True)
    ]
    curves = []
    legend_x = MARGIN + LEGEND_SAMPLE
    for future in (False, True):
        points, moods = [], []
        for rect, stage in zip(columns, stages, strict=True):
            stage_moods = stage.future if future else stage.current
            for k, value in enumerate(stage_moods):
                moods.append(value)
                x = rect.x + rect.width * (k + 1) / (len(stage_moods) + 1)
                points.append(Point(x, score_to_y(value, area, -1.0, 1.0, curve_metrics)))
        state = word("future" if future else "current", language)
        label_width = text_width(state, m.point_label) + 4
        label = text_block(state, m.point_label, legend_x, top + MARGIN + 4, label_width, 1, slack=1.0)
        legend_x += label_width + 44
        curves.append(ChartCurve(label, tuple(points), tuple(moods), smooth_segments(points), future))
    bottom = area.bottom + 6 + NAME_LINES * m.stage_goal.line_height + MARGIN
    return ComparisonChart(
        Rect(0, top, width, bottom - top), area, zero_y, tuple(columns), tuple(names), (curves[0], curves[1])
    )


def comparison_page(
    title: str,
    stages: Sequence[StageMoods],
    lines: Sequence[tuple[int, str]],
    language: str,
    width: float = CHART_WIDTH,
    m: LayoutMetrics = DEFAULT_METRICS,
) -> ComparisonPage:
    """The title, the chart and ``lines`` ((indent, text), as ``analysis.compare_words`` words them) stacked."""
    text_room = width - 2 * MARGIN
    title_block = text_block(title, m.stage_name, MARGIN, MARGIN, text_room, 2)
    chart = chart_geometry(stages, language, width, m, top=title_block.rect.bottom)
    blocks, y = [], chart.bounds.bottom
    for indent, line in lines:
        style = m.card_title if indent == 0 else m.card_body
        top = y + (6 if indent == 0 else 0)
        block = text_block(line, style, MARGIN + indent * INDENT, top, text_room - indent * INDENT, 3)
        blocks.append(block)
        y = block.rect.bottom
    return ComparisonPage(Rect(0, 0, width, y + MARGIN), title_block, chart, tuple(blocks))
