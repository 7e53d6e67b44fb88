"""The map's layout for one PDF export, computed once: the page count checked before drawing, and the drawing.

``export_bytes`` checks the export's bounds (how many pages the map takes) and then draws the report,
one right after the other; both need the map's layout, which for a large map is the costliest step
after the drawing. The bound check keeps the layout it computed; the report takes it, once, if it is
for the very same map, personas and language objects (per thread: the window exports on a worker).
"""

import threading

from ...layout import DEFAULT_METRICS, LayoutMetrics, MapLayout, compute_layout
from ...model import JourneyMap, Workspace

_kept = threading.local()


def _key(workspace: Workspace, journey_map: JourneyMap, metrics: LayoutMetrics) -> tuple[int, int, str, int]:
    return id(journey_map), id(workspace.personas), workspace.metadata.language, id(metrics)


def layout_for_check(
    workspace: Workspace, journey_map: JourneyMap, metrics: LayoutMetrics = DEFAULT_METRICS,
) -> MapLayout:
    """The map's layout, kept for the report drawn next."""
    layout = compute_layout(journey_map, workspace.personas, workspace.metadata.language, metrics)
    # The objects are held with the layout, so their ids cannot be reused while it is kept.
    _kept.entry = (_key(workspace, journey_map, metrics), journey_map, workspace.personas, metrics, layout)
    return layout


def layout_for_report(
    workspace: Workspace, journey_map: JourneyMap, metrics: LayoutMetrics = DEFAULT_METRICS,
) -> MapLayout:
    """The layout the check just computed for these objects (handed over once), else a fresh one."""
    entry = getattr(_kept, "entry", None)
    _kept.entry = None
    if entry is not None and entry[0] == _key(workspace, journey_map, metrics):
        return entry[-1]
    return compute_layout(journey_map, workspace.personas, workspace.metadata.language, metrics)
