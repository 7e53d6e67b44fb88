"""An export's named view, resolved once before any format draws: the map it shows and the options it takes."""

from dataclasses import replace

from ..layout.views import UnknownView, apply_view, find_view
from ..model import JourneyMap
from .options import ExportError, ExportOptions


def viewed_export(journey_map: JourneyMap, options: ExportOptions) -> tuple[JourneyMap, ExportOptions]:
    """``journey_map`` cut to ``options.view``, and the options with the view's theme and marks.

    Without a view both come back unchanged. An unknown name is an ExportError listing the map's views.
    """
    if options.view is None:
        return journey_map, options
    try:
        view = find_view(journey_map, options.view)
    except UnknownView as error:
        raise ExportError(str(error)) from None
    viewed = apply_view(journey_map, view)
    return viewed.journey_map, replace(options, theme=viewed.theme or options.theme, marks=viewed.marks)
