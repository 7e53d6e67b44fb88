"""Which rectangle of the map an export shows: all of it, one stage's column, or around the selected cards."""

from ..layout import MapLayout, Rect
from ..model import JourneyMap, Stage
from .options import ExportError, ExportOptions, Scope

SELECTION_PADDING = 16.0
STAGE_PADDING = 8.0


def find_stage(journey_map: JourneyMap, key: str | None) -> Stage:
    """The stage whose id or name (any case) is ``key``; an ExportError naming the stages otherwise."""
    if key:
        for stage in journey_map.stages:
            if stage.id == key:
                return stage
        folded = key.strip().casefold()
        for stage in journey_map.stages:
            if stage.name.strip().casefold() == folded:
                return stage
    names = ", ".join(repr(s.name) for s in journey_map.stages) or "none"
    wanted = f"no stage {key!r}" if key else "no stage was chosen"
    raise ExportError(f"{wanted} in {journey_map.title!r}; its stages: {names}")


def content_rect(layout: MapLayout, journey_map: JourneyMap, options: ExportOptions) -> Rect:
    """The part of ``layout`` the options ask for, in layout units."""
    if options.scope is Scope.STAGE:
        stage = find_stage(journey_map, options.stage)
        column = next(c for c in layout.stages if c.stage_id == stage.id)
        # Above and below only: sideways it would show slivers of the neighbouring stages.
        padded = _pad(column.rect, STAGE_PADDING, layout.bounds)
        return Rect(column.rect.x, padded.y, column.rect.width, padded.height)
    if options.scope is Scope.SELECTION:
        return selection_rect(layout, options.card_ids)
    return layout.bounds


def selection_rect(layout: MapLayout, card_ids: tuple[str, ...] | list[str]) -> Rect:
    if not card_ids:
        raise ExportError("nothing is selected: select one or more cards first")
    boxes = [layout.card(card_id) for card_id in card_ids]
    missing = [card_id for card_id, box in zip(card_ids, boxes, strict=True) if box is None]
    if missing:
        raise ExportError(f"the map has no card {missing[0]!r} (it may be in a hidden lane)")
    x0 = min(box.rect.x for box in boxes)
    y0 = min(box.rect.y for box in boxes)
    x1 = max(box.rect.right for box in boxes)
    y1 = max(box.rect.bottom for box in boxes)
    return _pad(Rect(x0, y0, x1 - x0, y1 - y0), SELECTION_PADDING, layout.bounds)


def _pad(rect: Rect, padding: float, limit: Rect) -> Rect:
    x0, y0 = max(rect.x - padding, limit.x), max(rect.y - padding, limit.y)
    x1, y1 = min(rect.right + padding, limit.right), min(rect.bottom + padding, limit.bottom)
    return Rect(x0, y0, x1 - x0, y1 - y0)
