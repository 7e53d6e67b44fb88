"""The map as a QGraphicsScene: items follow a MapLayout; static bands are drawn as background.

The scene knows nothing of files or undo: it is given a map to show and shows it.
"""

import gc
import time
from collections.abc import Iterator, Sequence
from itertools import compress, repeat
from operator import attrgetter, is_, is_not, itemgetter, not_

from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import QGraphicsScene

from ..layout import DEFAULT_METRICS, CardBox, LayoutMetrics, MapLayout, Rect, compute_layout
from ..layout.map_layout import first_columns, typeset_in_steps
from ..layout.type_scale import themed_metrics
from ..model import JourneyMap, Persona
from ..painter.map_painter import MapPainter
from ..theme import Theme, load_theme
from .items import (
    CardItem,
    ConnectorItem,
    EmotionCurveItem,
    LaneHeaderItem,
    MapHeaderItem,
    MetricItem,
    StageHeaderItem,
    move_cards,
)
from .qt_fonts import register_fonts
from .qt_surface import QtSurface, qcolor, qrect

_NOTHING = object()
_FACE = attrgetter("face")
_KEY, _BOX = itemgetter(0), itemgetter(1)


class _NewCard:
    """What a card not shown yet had: a face no box has."""

    face = object()


_NEW_CARD = _NewCard()
_MANY_ITEMS = 2000
_PROGRESSIVE_CARDS = 2000
"""From this many cards, a window's first frame shows the map's first columns before the rest is laid out."""
_FIRST_WIDTH = 3400.0
"""Scene pixels from the left that the first frame lays out at least: a 1920-pixel window with its panels opens
at 50 % and shows about 3,000 (``view.show_map_start``); a wider screen gets more (``_first_width``)."""
_FIRST_HEIGHT = 4320.0
"""Scene pixels from the top whose cards the first frame builds: twice what a 1080-pixel screen shows at 50 %; the
first columns' cards further down follow in the first slice after it (``_first_height``)."""
_FIRST_FRAME_MS = 50
"""The rest starts once the first frame is on screen."""
_STEP_SECONDS = 0.04
_FIRST_FRAME_WAIT = 1.0
"""The rest waits for the first frame to be drawn, this long at most (a window opened but not yet shown)."""


class MapScene(QGraphicsScene):
    completed = Signal()
    """A map shown progressively is now laid out whole."""
    progressive = False
    """The editor's window sets it: a large map's first showing draws its first columns first (``show_map``)."""

    def __init__(
        self, theme: Theme | None = None, metrics: LayoutMetrics = DEFAULT_METRICS, parent=None,
        item_cache: bool = True,
    ):
        """``item_cache`` keeps a pixmap per card for fast panning; one-off exports draw faster without it."""
        super().__init__(parent)
        self._item_cache = item_cache
        register_fonts()
        self._theme = theme or load_theme("light")
        self._base_metrics = metrics
        self._metrics = themed_metrics(self._theme.type_scale, metrics)
        """The theme's type size is the layout's: the projector lays the map out in larger type."""
        self._shown_map: tuple[JourneyMap, Sequence[Persona], str] | None = None
        self._layout: MapLayout | None = None
        self._header: MapHeaderItem | None = None
        self._cards: dict[str, CardItem] = {}
        self._stages: dict[str, StageHeaderItem] = {}
        self._lanes: dict[str, LaneHeaderItem] = {}
        self._curves: dict[str | None, EmotionCurveItem] = {}
        self._connectors: dict[str, ConnectorItem] = {}
        self._metric_items: dict[str, MetricItem] = {}
        self._shown: dict[int, dict] = {}
        """What each item group was last given, so an unchanged value leaves its item alone."""
        self._stage_colours: dict[str, str] = {}
        self.items_updated = 0
        """How many items the last layout created, changed or removed (the rest were left as they were)."""
        self._transparent = False
        self._map_id = ""
        self._finishing: Iterator[None] | None = None
        self._finish_timer = QTimer(self)
        self._finish_timer.setSingleShot(True)
        self._finish_timer.timeout.connect(lambda: self._step(_STEP_SECONDS))
        self._underlay: tuple[object, ...] | None = None
        """What the background drew last: the scene repaints as a whole only when it changes."""
        self._lane_order: list[str] = []
        self._drawn = False
        """A view drew the scene since the map's first frame was built."""
        self._finish_after = 0.0
        self._first_frame_bottom: float | None = None
        """While a large map's first frame is built: its cards further down are left for the next slice."""
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    @property
    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, theme: Theme) -> None:
        """Draw the shown map in another theme: every item is rebuilt with the new colours, the selection kept."""
        if theme == self._theme:
            return
        selected = set(self.selected_card_ids())
        self._theme = theme
        metrics = themed_metrics(theme.type_scale, self._base_metrics)
        layout = self._layout
        self._clear_items()
        if metrics != self._metrics and self._shown_map is not None:
            self._metrics = metrics
            self.show_map(*self._shown_map)
        elif layout is not None:
            self._metrics = metrics
            self.apply_layout(layout)
        for card_id in selected:
            if card_id in self._cards:
                self._cards[card_id].setSelected(True)
        self.update()

    @property
    def map_layout(self) -> MapLayout | None:
        return self._layout

    @property
    def metrics(self) -> LayoutMetrics:
        return self._metrics

    @property
    def lane_order(self) -> list[str]:
        """Every lane id of the shown map in model order, hidden ones included."""
        return list(self._lane_order)

    def card_items(self) -> dict[str, CardItem]:
        """Every card's item (a map still being shown progressively is completed first)."""
        self.complete_now()
        return dict(self._cards)

    def card_item(self, card_id: str) -> CardItem | None:
        item = self._cards.get(card_id)
        if item is None and self._finishing is not None:
            self.complete_now()  # a card further right than the first frame: the whole map, now
            item = self._cards.get(card_id)
        return item

    def stage_items(self) -> dict[str, StageHeaderItem]:
        return dict(self._stages)

    def lane_items(self) -> dict[str, LaneHeaderItem]:
        return dict(self._lanes)

    def curve_items(self) -> dict[str | None, EmotionCurveItem]:
        return dict(self._curves)

    def connector_items(self) -> dict[str, ConnectorItem]:
        return dict(self._connectors)

    def show_map(self, journey_map: JourneyMap | None, personas: Sequence[Persona] = (), language: str = "fr") -> None:
        """Show ``journey_map`` (None clears the scene), reusing the items of what is still there."""
        self._finishing = None  # a newer map (or the same, edited) replaces what was being finished
        self._finish_timer.stop()
        if journey_map is None:
            self._clear_items()
            self._layout = None
            self._shown_map = None
            self.setSceneRect(QRectF())
            self.update()
            return
        self._lane_order = [lane.id for lane in journey_map.lanes]
        self._shown_map = (journey_map, personas, language)
        first = self._layout is None or self._map_id != journey_map.id
        self._map_id = journey_map.id
        if first and self.progressive and len(journey_map.cards) >= _PROGRESSIVE_CARDS:
            preview = first_columns(journey_map, _first_width(), self._metrics)
            if preview is not None:
                # The first frame shows the map's first columns; the rest is typeset between frames, then the whole
                # map replaces them (their lanes may grow to hold the cards further right).
                self._first_frame_bottom = _first_height()
                try:
                    self.apply_layout(compute_layout(preview, personas, language, self._metrics))
                finally:
                    self._first_frame_bottom = None
                self._finishing = self._finish(journey_map, personas, language)
                self._drawn = False
                self._finish_after = time.perf_counter() + _FIRST_FRAME_WAIT
                self._finish_timer.start(_FIRST_FRAME_MS)
                return
        self.apply_layout(compute_layout(journey_map, personas, language, self._metrics))
        if self.items_updated >= _MANY_ITEMS:
            # A large map just built: its model, layout and items live as long as it is shown. Frozen, they are
            # no longer walked by each full garbage collection (on 10,000 cards one took longer than an edit).
            gc.freeze()

    @property
    def complete(self) -> bool:
        """False while a large map's first frame shows only its first columns."""
        return self._finishing is None

    def complete_now(self) -> None:
        """Lay out the rest of a map being shown progressively at once (before reading the whole layout)."""
        while self._finishing is not None:
            self._step(budget=None)

    def _finish(self, journey_map: JourneyMap, personas: Sequence[Persona], language: str) -> Iterator[None]:
        if self._layout is not None:
            self.apply_layout(self._layout)  # the first columns' cards below the first frame
            yield
        yield from typeset_in_steps(journey_map, self._metrics)
        self.apply_layout(compute_layout(journey_map, personas, language, self._metrics))
        if self.items_updated >= _MANY_ITEMS:
            gc.freeze()

    def _step(self, budget: float | None = None) -> None:
        """One slice of the rest of the map (about a frame's worth of typesetting), then the next when idle."""
        finishing = self._finishing
        if finishing is None:
            return
        if budget is not None and not self._drawn and time.perf_counter() < self._finish_after:
            self._finish_timer.start(_FIRST_FRAME_MS)  # the first frame first: it is not on screen yet
            return
        deadline = None if budget is None else time.perf_counter() + budget
        try:
            while deadline is None or time.perf_counter() < deadline:
                next(finishing)
        except StopIteration:
            if self._finishing is finishing:
                self._finishing = None
                self.completed.emit()
            return
        self._finish_timer.start(0)

    def apply_layout(self, layout: MapLayout) -> None:
        """Follow ``layout``: only the items whose geometry or content changed are touched.

        The items repaint themselves; the whole scene is repainted only when what its background draws (bands,
        grid, scale, blueprint lines, legend) moved.
        """
        self._layout = layout
        self.items_updated = 0
        bounds = qrect(layout.bounds)
        if bounds != self.sceneRect():
            self.setSceneRect(bounds)
        underlay = _underlay(layout)
        repaint = underlay != self._underlay
        self._underlay = underlay
        if self._header is None:
            self._header = MapHeaderItem(layout.header, self._theme)
            self.addItem(self._header)
        else:
            self._header.set_header(layout.header)

        stage_colour = {column.stage_id: column.colour for column in layout.stages}
        recoloured = stage_colour != self._stage_colours
        self._stage_colours = stage_colour
        if recoloured:
            self._shown.pop(id(self._cards), None)  # every card takes its stage's new colour
        self._sync(self._stages, {c.stage_id: c for c in layout.stages},
                   lambda c: StageHeaderItem(c, self._theme), StageHeaderItem.set_column)
        self._sync(self._lanes, {r.lane_id: r for r in layout.lanes},
                   lambda r: LaneHeaderItem(r, self._theme), LaneHeaderItem.set_row)
        wanted = layout.card_index
        bottom = self._first_frame_bottom
        if bottom is not None:
            wanted = {card_id: box for card_id, box in wanted.items() if box.rect.y < bottom}
        others = self._move_cards(wanted)
        self._sync(self._cards, wanted, self._new_card, self._follow_card, others)
        self._sync(self._connectors, {p.connector_id: p for p in layout.connectors},
                   lambda p: ConnectorItem(p, self._theme), ConnectorItem.set_path)

        radius = self._metrics.emotion_point_radius
        shade = len(layout.curves) == 1
        area, zero_y = layout.emotion_lane, layout.zero_y
        curves = {curve.persona_id: (curve, area, zero_y) for curve in layout.curves}
        self._sync(
            self._curves, curves,
            lambda value: EmotionCurveItem(value[0], area, zero_y, self._theme, radius, shade),
            lambda item, value: item.set_curve(*value),
        )
        self._sync(self._metric_items, {cell.stage_id: cell for cell in layout.metric_cells},
                   lambda cell: MetricItem(cell, self._theme), None)
        if repaint:
            self.update()

    def _new_card(self, box: CardBox) -> CardItem:
        return CardItem(box, self._theme, self._stage_colours.get(box.stage_id, "#888888"), self._item_cache)

    def _move_cards(self, wanted: dict[str, CardBox]) -> list[str]:
        """The cards whose new box shows what their last showed (the layout gave both the same ``face``: their lane
        moved) are only moved, in one pass; the other cards whose box changed are returned, for ``_sync``."""
        shown = self._shown.setdefault(id(self._cards), {})
        keys = list(wanted)
        # In C (``map``): thousands of cards move when a lane grows at the top of a large map.
        changed = list(compress(keys, map(is_not, map(shown.get, keys), wanted.values())))
        boxes = list(map(wanted.__getitem__, changed))
        same = list(map(is_, map(_FACE, map(shown.get, changed, repeat(_NEW_CARD))), map(_FACE, boxes)))
        moved = list(compress(zip(changed, boxes, strict=True), same))
        if moved:
            move_cards(list(map(self._cards.__getitem__, map(_KEY, moved))), list(map(_BOX, moved)))
            shown.update(moved)
            self.items_updated += len(moved)
        return list(compress(changed, map(not_, same)))

    def _follow_card(self, item: CardItem, box: CardBox) -> None:
        item.set_box(box, self._stage_colours.get(box.stage_id))

    def _sync(self, items: dict, wanted: dict, create, update, changed: list | None = None) -> None:
        """Add, update or remove items so they show ``wanted``; an item whose value is unchanged is skipped.

        ``update`` None: a changed value replaces its item. ``changed``: the keys whose value is not the one shown,
        when the caller found them already.
        """
        shown = self._shown.setdefault(id(items), {})
        for key in items.keys() - wanted.keys():
            self.removeItem(items.pop(key))
            shown.pop(key, None)
            self.items_updated += 1
        # The layout hands back the very same value for what did not change: those are skipped in C, and only the
        # few others are compared (a value rebuilt equal leaves its item alone too).
        if changed is None:
            keys = list(wanted)
            changed = list(compress(keys, map(is_not, map(shown.get, keys), wanted.values())))
        for key in changed:
            value = wanted[key]
            old = shown.get(key, _NOTHING)
            if old is not _NOTHING and old == value:
                continue
            shown[key] = value
            self.items_updated += 1
            item = items.get(key)
            if item is not None and update is None:
                self.removeItem(items.pop(key))
                item = None
            if item is None:
                item = create(value)
                items[key] = item
                self.addItem(item)
            else:
                update(item, value)

    def _clear_items(self) -> None:
        for group in (self._cards, self._stages, self._lanes, self._curves, self._connectors, self._metric_items):
            for item in group.values():
                self.removeItem(item)
            group.clear()
        self._shown.clear()
        self._underlay = None
        self._stage_colours = {}
        if self._header is not None:
            self.removeItem(self._header)
            self._header = None

    def card_at(self, pos: QPointF) -> CardItem | None:
        return next((item for item in self.items(pos) if isinstance(item, CardItem)), None)

    def selected_card_ids(self) -> list[str]:
        return [item.card_id for item in self.selectedItems() if isinstance(item, CardItem)]

    # -- static background: bands, title column, grid, zero line (drawn by the painter) ----

    def set_transparent_background(self, transparent: bool) -> None:
        """Leave the page background unpainted (for PNG and SVG exports over slides)."""
        self._transparent = transparent
        self.update()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        self._drawn = True
        theme = self._theme
        if not self._transparent:
            painter.fillRect(rect, qcolor(theme.background))
        if self._layout is not None:
            area = Rect(rect.x(), rect.y(), rect.width(), rect.height())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            MapPainter(self._layout, theme, self._metrics).paint_underlay(QtSurface(painter), area)


def _first_width() -> float:
    """How far right a window's first frame can see: a window opens at 50 % at least (``view.show_map_start``),
    so twice the screen's width, and never less than a 1920-pixel screen's."""
    screen = QGuiApplication.primaryScreen()
    return max(_FIRST_WIDTH, 2.0 * screen.availableGeometry().width() if screen is not None else 0.0)


def _first_height() -> float:
    """How far down a window's first frame can see: twice a screen's height at 50 %, never less than a 1080-pixel
    screen's."""
    screen = QGuiApplication.primaryScreen()
    return max(_FIRST_HEIGHT, 4.0 * screen.availableGeometry().height() if screen is not None else 0.0)


def _underlay(layout: MapLayout) -> tuple[object, ...]:
    """Everything of ``layout`` the scene's background draws (``MapPainter.paint_underlay``)."""
    return (
        layout.bounds, layout.grid_rect, layout.lanes, tuple(column.rect for column in layout.stages),
        layout.emotion_lane, layout.zero_y, layout.emotion_ticks, layout.blueprint_lines, layout.legend,
    )
