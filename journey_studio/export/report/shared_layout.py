"""The map's layout for one PDF export, computed once: the page count checked before drawing, and the drawing.

``export_bytes`` checks the export's bounds (how many pages the map takes) and then draws the report,
one right after the other; both need the map's layout, which for a large map is the costliest step
after the drawing. The bound check keeps the layout it computed; the report takes it, once, if it is
for the very same map, personas, language and options (per thread: the window exports on a worker).
"""

import threading

from ...layout import MapLayout, compute_layout
from ...layout.type_scale import themed_metrics
from ...layout.views import hide_marks
from ...model import JourneyMap, Workspace
from ..options import ExportOptions

_kept = threading.local()


def _key(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> tuple[int, int, str, int]:
    return id(journey_map), id(workspace.personas), workspace.metadata.language, id(options)


def report_layout(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> MapLayout:
    """What the report draws: the map laid out in its theme's type size, the marks the options hide taken off."""
    language = workspace.metadata.language
    metrics = themed_metrics(options.load_theme().type_scale)
    layout = compute_layout(journey_map, workspace.personas, language, metrics)
    return hide_marks(layout, options.marks, journey_map, language, metrics)


def layout_for_check(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> MapLayout:
    """:func:`report_layout`, kept for the report drawn next."""
    layout = report_layout(workspace, journey_map, options)
    # The objects are held with the layout, so their ids cannot be reused while it is kept.
    _kept.entry = (_key(workspace, journey_map, options), journey_map, workspace.personas, options, layout)
    return layout


def layout_for_report(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> MapLayout:
    """The layout the check just computed for these objects (handed over once), else a fresh one."""
    entry = getattr(_kept, "entry", None)
    _kept.entry = None
    if entry is not None and entry[0] == _key(workspace, journey_map, options):
        return entry[-1]
    return report_layout(workspace, journey_map, options)
