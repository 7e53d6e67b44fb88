"""The map's title block, stage headers, lane titles and metric cells on a :class:`Surface`."""

from ..layout import HeaderLayout, LaneRow, MetricCell, StageColumn
from ..layout.picture import STAGE_HEADER_RADIUS
from ..theme import Theme, readable_text_on
from .path import rounded_rect
from .surface import Surface, draw_text_block


def paint_map_header(surface: Surface, header: HeaderLayout, theme: Theme) -> None:
    draw_text_block(surface, header.title, theme.header_text)
    draw_text_block(surface, header.subtitle, theme.muted_text)
    draw_text_block(surface, header.scenario, theme.muted_text)


def paint_stage_header(surface: Surface, column: StageColumn, theme: Theme) -> None:
    """The stage's coloured tab: rounded top corners, its icon, name and goal in a readable ink."""
    rect = column.header_rect.adjusted(2, 0, -2, 0)
    surface.draw_path(rounded_rect(rect, STAGE_HEADER_RADIUS, top_only=True), fill=column.colour)
    ink = readable_text_on(column.colour, theme)
    if column.icon_rect is not None:
        surface.draw_icon("stages", column.icon, column.icon_rect, ink)
    draw_text_block(surface, column.name, ink)
    draw_text_block(surface, column.goal, ink)


def paint_lane_title(surface: Surface, row: LaneRow, theme: Theme) -> None:
    draw_text_block(surface, row.title, theme.lane_title_text)


def paint_metric_cell(surface: Surface, cell: MetricCell, theme: Theme) -> None:
    draw_text_block(surface, cell.value, theme.metric_text)
    draw_text_block(surface, cell.caption, theme.muted_text)
