"""The PDF report: cover, map, insights, persona sheets, the stage-by-stage table and comments, in one vector file.

What goes in follows the export's scope: the whole map makes the full report; a
stage makes its part of the map and its table row; the selection makes its part
of the map; personas make their sheets.
"""

from ...layout.type_scale import themed_metrics
from ...model import JourneyMap, Workspace
from ..collector import long_lived_frozen
from ..options import ExportError, ExportOptions, PageSize, Progress, Scope, no_progress
from ..scope import content_rect, find_stage
from ..vector.pdf_surface import PdfSurface
from .comments_section import draw_comments
from .cover import draw_cover
from .flow import PageFlow, start_page
from .insights_section import draw_insights
from .map_pages import add_map_pages
from .persona_sheet import draw_persona_sheet, map_personas
from .shared_layout import layout_for_report
from .stage_table import draw_stage_table, table_heading
from .styles import HEADING, page_geometry
from .words import word


def pdf_bytes(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
) -> bytes:
    # The map and its layout (computed by the page count just before) live throughout the drawing: frozen,
    # they are not walked again by each full collection the drawing's short-lived objects set off.
    with long_lived_frozen():
        return _report_bytes(workspace, journey_map, options, progress)


def _report_bytes(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress) -> bytes:
    theme = options.load_theme()
    language = workspace.metadata.language
    background = options.background_colour(theme)
    size = options.page or PageSize.A4
    text_page = page_geometry(PageSize.A4 if size is PageSize.FIT else size)
    personas = map_personas(workspace, journey_map)
    surface = PdfSurface(journey_map.title, workspace.metadata.author, journey_map.scenario)
    scope = options.scope

    progress(0.0, "laying out")
    metrics = themed_metrics(theme.type_scale)
    layout = layout_for_report(workspace, journey_map, options)
    if scope is Scope.MAP:
        start_page(surface, text_page, background)
        surface.bookmark(word("cover", language))
        draw_cover(surface, workspace, journey_map, personas, text_page, theme)
    if scope is not Scope.PERSONAS:
        progress(0.1, "drawing the map")
        region = content_rect(layout, journey_map, options)
        add_map_pages(surface, layout, theme, region, None if size is PageSize.FIT else text_page, background,
                      language, bookmark=word("map", language), metrics=metrics)
    if scope is Scope.MAP:
        progress(0.55, "insights")
        draw_insights(PageFlow(surface, text_page, background), journey_map, personas, theme, language)
    if scope in (Scope.MAP, Scope.PERSONAS):
        if scope is Scope.PERSONAS and not personas:
            raise ExportError(f"{journey_map.title!r} has no personas to export")
        progress(0.6, "persona sheets")
        for index, persona in enumerate(personas):
            start_page(surface, text_page, background)
            surface.bookmark(persona.name)
            draw_persona_sheet(surface, persona, text_page, 0.0, theme, language, index)
    if scope in (Scope.MAP, Scope.STAGE):
        progress(0.7, "stage table")
        stages = [find_stage(journey_map, options.stage)] if scope is Scope.STAGE else list(journey_map.stages)
        flow = PageFlow(surface, text_page, background)
        flow.new_page()
        surface.bookmark(word("stage_table", language))
        title = word("stage_table", language)
        surface.draw_text(flow.content.x, flow.y + HEADING.size, title, HEADING, theme.header_text)
        flow.y += HEADING.line_height + 12
        flow.repeat(table_heading(theme, language))
        draw_stage_table(flow, journey_map, stages, theme, language,
                         lambda fraction: progress(0.7 + 0.2 * fraction, "stage table"))
        if scope is Scope.MAP:
            draw_comments(flow, journey_map, theme, language)  # on the table's last page when there is room
    progress(0.95, "writing")
    return surface.finish()
