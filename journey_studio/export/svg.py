"""SVG export: the map (or a stage, or the selection, or the persona sheets) as real vectors, text as text.

Drawn from the same :class:`MapLayout` as the screen and the PDF; needs no Qt.
"""

from collections.abc import Iterator
from typing import IO

from ..layout import compute_layout
from ..layout.type_scale import themed_metrics
from ..layout.views import hide_marks
from ..model import JourneyMap, Workspace
from ..painter.map_painter import MapPainter
from .collector import long_lived_frozen
from .options import ExportOptions, Progress, Scope, no_progress
from .report.persona_sheet import persona_sheets_svg
from .scope import content_rect
from .sizing import frame_for
from .vector.svg_surface import SvgSurface


def svg_bytes(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
) -> bytes:
    return b"".join(svg_pieces(workspace, journey_map, options, progress))


def svg_pieces(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
    spool: IO[bytes] | None = None,
) -> Iterator[bytes]:
    """The file's bytes in order, in pieces; with a ``spool`` (a temporary file), the drawing goes there as it
    is made and the pieces read it back: a large map's file is never whole in memory."""
    theme = options.load_theme()
    if options.scope is Scope.PERSONAS:
        return iter((persona_sheets_svg(workspace, journey_map, options, theme),))
    progress(0.0, "laying out")
    language = workspace.metadata.language
    metrics = themed_metrics(theme.type_scale)
    # The model outlives the layout, and both the drawing: the collector is told to skip them (a large map's
    # layout and drawing make so many short-lived objects that walking the long-lived ones took a tenth of the time).
    with long_lived_frozen():
        layout = hide_marks(compute_layout(journey_map, workspace.personas, language, metrics), options.marks,
                            journey_map, language, metrics)
    frame = frame_for(content_rect(layout, journey_map, options), options, raster=False)
    surface = SvgSurface(spool)
    progress(0.3, "drawing")
    with long_lived_frozen():
        if frame.content is None:
            MapPainter(layout, theme, metrics).paint(surface, visible=frame.view)
        else:  # a stage on a slide: its neighbours stay off the picture
            with surface.clipped(frame.content):
                MapPainter(layout, theme, metrics).paint(surface, visible=frame.content)
    progress(0.9, "writing")
    return surface.document_chunks(frame.view, frame.width, frame.height, journey_map.title,
                                   options.background_colour(theme))
