"""A named view applied to a map: the one pure step every output takes before it draws.

``apply_view`` turns a map and a :class:`~journey_studio.model.MapView` into what to draw: the map
cut to the view's stages and lanes (comments and funnel figures taken out when the view hides them),
the theme it asks for, and the :class:`Marks` the layout keeps. ``hide_marks`` then takes the hidden
badges off a computed layout, legend included. PNG, SVG, PDF, PowerPoint and the slide sets all go
through these two functions, so a "Client deck" looks the same in every file.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import BUILTIN_VIEWS, EvidenceSource, JourneyMap, MapView, Persona, StageMetrics
from .legend import MarkerKind, layout_legend, legend_items
from .map_layout import MapLayout, compute_layout
from .metrics import DEFAULT_METRICS, LayoutMetrics


@dataclass(frozen=True)
class Marks:
    """Which marks a layout keeps on its cards (and in its legend)."""

    evidence_badges: bool = True
    assumption_marks: bool = True

    def shows(self, source: EvidenceSource) -> bool:
        if not self.evidence_badges:
            return False
        return self.assumption_marks or source is not EvidenceSource.ASSUMPTION


ALL_MARKS = Marks()


@dataclass(frozen=True)
class ViewedMap:
    journey_map: JourneyMap
    theme: str | None
    marks: Marks
    view_name: str | None = None


class UnknownView(ValueError):
    """No view of that name; the message lists the ones there are."""


def view_names(journey_map: JourneyMap) -> list[str]:
    """The map's own views, then the built-in ones it does not override, in the order a picker lists them."""
    own = [view.name for view in journey_map.views]
    folded = {name.casefold() for name in own}
    return own + [view.name for view in BUILTIN_VIEWS if view.name.casefold() not in folded]


def find_view(journey_map: JourneyMap, name: str) -> MapView:
    """The view called ``name`` (any case): the map's own first, then the built-in ones."""
    folded = name.strip().casefold()
    for view in (*journey_map.views, *BUILTIN_VIEWS):
        if view.name.casefold() == folded:
            return view
    raise UnknownView(f"{journey_map.title!r} has no view {name!r}; its views: {', '.join(view_names(journey_map))}")


def apply_view(journey_map: JourneyMap, view: MapView | None) -> ViewedMap:
    """What to draw of ``journey_map`` for ``view`` (all of it, as it is, when ``view`` is None). Pure."""
    if view is None:
        return ViewedMap(journey_map, None, ALL_MARKS)
    stages = journey_map.stages
    if view.stage_ids is not None:
        wanted = set(view.stage_ids)
        stages = [stage for stage in stages if stage.id in wanted]
    lanes = journey_map.lanes
    if view.lane_ids is not None:
        wanted = set(view.lane_ids)
        lanes = [lane.model_copy(update={"visible": lane.id in wanted}) for lane in lanes]
    stage_ids = {stage.id for stage in stages}
    cards = [card for card in journey_map.cards if card.stage_id in stage_ids]
    if not view.comments:
        cards = [card.model_copy(update={"comments": []}) if card.comments else card for card in cards]
    if not view.metrics:
        stages = [stage.model_copy(update={"metrics": StageMetrics()}) for stage in stages]
    card_ids = {card.id for card in cards}
    points = [point for point in journey_map.emotion_points
              if point.stage_id in stage_ids and (point.card_id is None or point.card_id in card_ids)]
    connectors = [c for c in journey_map.connectors if c.from_card in card_ids and c.to_card in card_ids]
    # model_copy skips validation: every part comes from a valid map, only fewer of them.
    shown = journey_map.model_copy(update={
        "stages": stages, "lanes": lanes, "cards": cards, "emotion_points": points, "connectors": connectors,
    })
    return ViewedMap(shown, view.theme, Marks(view.evidence_badges, view.assumption_marks), view.name)


def hide_marks(
    layout: MapLayout, marks: Marks, journey_map: JourneyMap, language: str, metrics: LayoutMetrics = DEFAULT_METRICS,
) -> MapLayout:
    """``layout`` without the badges ``marks`` hide, and a legend that no longer names them. Pure."""
    if marks == ALL_MARKS:
        return layout
    cards = tuple(box if box.evidence is None or marks.shows(box.evidence) else replace(box, evidence=None)
                  for box in layout.cards)
    legend = layout.legend
    if legend is not None:
        items = [(kind, value) for kind, value in legend_items(journey_map, [c.persona_name for c in layout.curves])
                 if kind is not MarkerKind.EVIDENCE or marks.shows(EvidenceSource(value))]
        legend = layout_legend(items, legend.rect.x, legend.rect.y, layout.header.rect.width, language, metrics)
    bottom = (legend.rect.bottom if legend is not None else layout.grid_rect.bottom) + metrics.margin
    bounds = replace(layout.bounds, height=bottom - layout.bounds.y)
    return replace(layout, cards=cards, card_index={box.card_id: box for box in cards}, legend=legend, bounds=bounds)


def layout_for_view(
    viewed: ViewedMap, personas: Sequence[Persona] = (), language: str = "fr", metrics: LayoutMetrics = DEFAULT_METRICS,
) -> MapLayout:
    """The layout of a viewed map, its hidden marks taken off: what every output draws."""
    layout = compute_layout(viewed.journey_map, personas, language, metrics)
    return hide_marks(layout, viewed.marks, viewed.journey_map, language, metrics)
