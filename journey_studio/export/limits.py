"""Bounds on the work an export may take, checked before any drawing starts.

Every input is bounded in size already (the model's limits); these bound the work, so that no
map the model accepts keeps an export running for minutes or eating gigabytes:

- pixels: a picture is at most :data:`~.sizing.MAX_PIXELS` (checked by :func:`~.sizing.frame_for`);
- pages: the PDF's map is tiled over at most :data:`MAX_PDF_MAP_PAGES` pages; a deck, a slide PNG set
  and a slide PDF have at most :data:`~.slides.MAX_SLIDES` slides, counted on the composition before
  anything is drawn (``slides.slide_set``): slides, not stages, are what cost;
- routing: a picture draws at most :data:`MAX_ARROWS_PER_BAND` arrows through one lane's band, and
  :data:`MAX_ARROW_WORK` band arrows in all, fewer at higher resolutions (each is stacked one level
  above the other and crosses the whole band, so the work grows with their number and their length).

What is beyond is refused with :class:`ExportTooLarge`, whose message names the map, the format,
what was asked and the limit, for a script's stderr and the Export dialog alike. Figures for the
worst case each bound lets through are in ``bench/bench_hostile.py``.
"""

from ..io.errors import ErrorText
from ..layout.connectors import arc_gutter_lanes
from ..model import JourneyMap, Workspace
from .options import ExportError, ExportOptions, PageSize, Scope

MAX_PDF_MAP_PAGES = 600
"""Pages the map may be tiled over in the PDF report (the readable scale on A4): a wall of paper already. The
10,000-card map (100 stages × 8 lanes, the stress case every export must take) needs 425 since each tile
repeats the stage names and lane titles it shows; a tiled page costs a few milliseconds."""
MAX_ARROWS_PER_BAND = 80
"""Arrows running through one lane's band in a picture (PNG, PowerPoint). The band grows a level per
arrow and each arrow crosses all of it: 200 in one band took 3 s to draw, 500 took 95 s."""
MAX_ARROW_WORK = 250
"""Band arrows in one picture, weighed by its scale (pixels per layout unit): each costs about 18 ms to
draw at 96 dpi, three times that at 300 dpi; 1,000 took 17 s. Straight arrows to the next column are short
and do not count."""
RASTER_SUFFIXES = frozenset({".png", ".pptx"})


def tr(text: str, **values: object) -> ErrorText:
    """Why an export failed, translated where it is shown (the export dialog); English on the command line."""
    return ErrorText("ExportFailed", text, values)


class ExportFailed(ExportError):
    """A map could not be exported; the message names the map and the format.

    ``problem`` may be an :class:`ErrorText`: ``str()`` is then the English and the export dialog translates it.
    """

    def __init__(self, journey_map: JourneyMap, format_label: str, problem: str | ErrorText):
        self.map_title = journey_map.title
        self.format_label = format_label
        self.problem = problem
        super().__init__(f"the {format_label} of “{journey_map.title}” could not be made: {problem}")


class ExportTooLarge(ExportFailed):
    """The export would take more pages, pixels or routing work than a bound allows."""


def check_export_bounds(
    workspace: Workspace, journey_map: JourneyMap, suffix: str, format_label: str, options: ExportOptions,
) -> None:
    """ExportTooLarge when ``journey_map`` exported as ``suffix`` with ``options`` would exceed a bound."""
    if suffix in RASTER_SUFFIXES and options.scope is not Scope.PERSONAS:
        _check_arrows(workspace, journey_map, suffix, format_label, options)
    if suffix == ".pdf" and options.scope in (Scope.MAP, Scope.STAGE, Scope.SELECTION):
        pages = pdf_map_pages(workspace, journey_map, options)
        if pages > MAX_PDF_MAP_PAGES:
            raise ExportTooLarge(
                journey_map, format_label,
                tr("its map would be tiled over {pages} pages (the limit is {limit}); "
                   "choose --page fit for one large page, a larger paper size, or export one stage",
                   pages=f"{pages:,}", limit=MAX_PDF_MAP_PAGES),
            )


def _check_arrows(workspace: Workspace, journey_map: JourneyMap, suffix: str, format_label: str,
                  options: ExportOptions) -> None:
    lanes = {lane.id: lane.title for lane in journey_map.lanes}
    banded = arc_gutter_lanes(journey_map)
    for lane_id, arrows in banded.items():
        if len(arrows) > MAX_ARROWS_PER_BAND:
            raise ExportTooLarge(
                journey_map, format_label,
                tr("{arrows} arrows run through the lane “{lane}”, and a picture draws at most {limit} per lane; "
                   "remove some arrows, or export SVG or PDF",
                   arrows=len(arrows), lane=lanes.get(lane_id, lane_id), limit=MAX_ARROWS_PER_BAND),
            )
    total = sum(len(arrows) for arrows in banded.values())
    if total <= MAX_ARROW_WORK // 4:  # too few to matter at any size: no layout needed to know
        return
    scale = _picture_scale(workspace, journey_map, suffix, options)
    if total * max(scale, 0.5) > MAX_ARROW_WORK:
        most = int(MAX_ARROW_WORK / max(scale, 0.5))
        raise ExportTooLarge(
            journey_map, format_label,
            tr("{arrows} arrows loop through its lanes' bands, and a picture this size draws at most {limit} of them "
               "(each crosses its whole band); remove some arrows, lower the resolution, or export SVG or PDF",
               arrows=total, limit=most),
        )


def _picture_scale(workspace: Workspace, journey_map: JourneyMap, suffix: str, options: ExportOptions) -> float:
    """Pixels per layout unit the picture will have (a deck's pictures are drawn at about 200 dpi)."""
    if suffix == ".pptx":
        return 200 / 96
    if options.width is None:
        return options.dpi / 96
    from ..layout import compute_layout
    from .scope import content_rect

    layout = compute_layout(journey_map, workspace.personas, workspace.metadata.language)
    return options.width / max(1.0, content_rect(layout, journey_map, options).width)


def pdf_map_pages(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> int:
    """How many pages the PDF report gives the map (1 on a page of its own size: ``--page fit``).

    The layout computed here is handed to the report drawn next (``report/shared_layout.py``).
    """
    size = options.page or PageSize.A4
    if size is PageSize.FIT:
        return 1
    from .collector import long_lived_frozen
    from .report.map_pages import map_area, map_page
    from .report.shared_layout import layout_for_check
    from .report.styles import page_geometry
    from .report.tiling import pages_needed
    from .scope import content_rect

    with long_lived_frozen():  # the map is not walked by each full collection the layout's objects set off
        layout = layout_for_check(workspace, journey_map, options)
        region = content_rect(layout, journey_map, options)
        return pages_needed(layout, region, map_area(map_page(page_geometry(size), region, layout)))
