"""The map as 16:9 slides: one PNG a slide, or a PDF of slide pages, drawn from one composition.

``layout.slide_deck`` decides what each slide shows; ``painter.slide`` draws it; this module only
places the parts on a QPainter (PNG) or a PDF page. The export's view, theme and marks apply as in
every other format (``export.view_options``), and the projector theme raises the floor to 24 px.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..layout import DEFAULT_METRICS, LayoutMetrics, MapLayout, Rect, compute_layout
from ..layout.slide_deck import (
    MIN_PROJECTOR_TEXT,
    MIN_SLIDE_TEXT,
    Slide,
    SlideDeck,
    compose_reflowed,
    compose_summary,
    slide_heading,
    slide_text_sizes,
    summary_metrics,
)
from ..layout.views import Marks, apply_view, hide_marks
from ..model import JourneyMap, LaneKind, MapView, Workspace
from ..painter.map_painter import MapPainter
from ..painter.slide import paint_slide
from ..painter.surface import draw_text_block
from ..theme import Theme
from .options import ExportError, ExportOptions, Progress, Scope, no_progress
from .scope import find_stage
from .view_options import viewed_export

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

MAX_SLIDES = 600
"""Most slides one export makes (the 1,000-card map makes 60): a hostile 20,000-card map would keep an export
busy for minutes. Refused before drawing, by name."""
PDF_SLIDE = Rect(0, 0, 1280, 720)
"""A slide page in PDF layout units (1 unit = 0.75 pt): 13.333 × 7.5 in, PowerPoint's widescreen."""


@dataclass(frozen=True)
class SlideSet:
    layout: MapLayout
    deck: SlideDeck
    theme: Theme
    options: ExportOptions
    metrics: LayoutMetrics = DEFAULT_METRICS

    @property
    def painter(self) -> MapPainter:
        return MapPainter(self.layout, self.theme, self.metrics)

    def painter_for(self, slide: Slide) -> MapPainter:
        """The painter of the layout ``slide`` is cut from (its stage group's own, or the map's)."""
        return MapPainter(slide.layout or self.layout, self.theme, slide.metrics or self.metrics)


def min_text_for(theme: Theme) -> float:
    """The legibility floor of a slide in ``theme``: a projector washes out small text."""
    return MIN_PROJECTOR_TEXT if theme.name == "projector" else MIN_SLIDE_TEXT


def slide_set(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> SlideSet:
    """The map's slides for ``options`` (its view, theme and marks applied; one stage's when the scope says so)."""
    journey_map, options = viewed_export(journey_map, options)
    if options.scope is Scope.STAGE:
        stage = find_stage(journey_map, options.stage)
        journey_map = apply_view(journey_map, MapView(name=stage.name or "stage", stage_ids=[stage.id])).journey_map
    theme = options.load_theme()
    language = workspace.metadata.language
    layout, deck = compose_reflowed(journey_map, workspace.personas, language, journey_map.title, options.marks,
                                    min_text_for(theme))
    if len(deck.slides) > MAX_SLIDES:
        raise ExportError(f"{journey_map.title!r} would make {len(deck.slides)} slides (at most {MAX_SLIDES}); "
                          "export a view with fewer stages or lanes, or the --summary")
    return SlideSet(layout, deck, theme, options)


def summary_set(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, lanes: Sequence[str] = (),
) -> SlideSet:
    """The one-slide summary: stage headers, the emotion curve and a few lanes, card titles only.

    ``lanes`` are lane ids or titles (any case); without them, the first two lanes that hold cards.
    An ExportError when the map cannot fit one slide with its text at 18 px.
    """
    journey_map, options = viewed_export(journey_map, options)
    theme = options.load_theme()
    language = workspace.metadata.language
    wanted = {key.strip().casefold() for key in lanes}
    picked = [lane.id for lane in journey_map.lanes if lane.visible and lane.kind is not LaneKind.EMOTIONS
              and (lane.id.casefold() in wanted or lane.title.strip().casefold() in wanted)]
    found = {key for lane in journey_map.lanes for key in (lane.id.casefold(), lane.title.strip().casefold())}
    missing = [key.strip() for key in lanes if key.strip().casefold() not in found]
    if missing:
        names = ", ".join(repr(lane.title) for lane in journey_map.lanes)
        raise ExportError(f"{journey_map.title!r} has no lane {missing[0]!r}; its lanes: {names}")
    if not lanes:
        used = {card.lane_id for card in journey_map.cards}
        picked = [lane.id for lane in journey_map.lanes
                  if lane.visible and lane.kind is not LaneKind.EMOTIONS and lane.id in used][:2]
    kept = set(picked) | {lane.id for lane in journey_map.lanes if lane.visible and lane.kind is LaneKind.EMOTIONS}
    summary = journey_map.model_copy(update={
        "lanes": [lane.model_copy(update={"visible": lane.id in kept, "height": 40.0}) for lane in journey_map.lanes],
        "cards": [card.model_copy(update={"body": "", "channel": None, "online": None, "owner": "", "emotion": None})
                  for card in journey_map.cards if card.lane_id in kept],
        "connectors": [],
    })
    metrics = summary_metrics()
    layout = hide_marks(compute_layout(summary, workspace.personas, language, metrics), Marks(False, False),
                        summary, language, metrics)
    deck = compose_summary(layout, journey_map.title, language)
    floor = min_text_for(theme)
    smallest = min((min(slide_text_sizes(layout, slide)) for slide in deck.slides), default=floor)
    if smallest < floor - 1e-6:
        raise ExportError(f"{journey_map.title!r} has too many stages for one legible slide (its text would be "
                          f"{smallest:.0f} px, under {floor:.0f} px): export --slides, or a view with fewer stages")
    return SlideSet(layout, deck, theme, options, metrics)


def slide_pngs(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
    summary: bool = False, lanes: Sequence[str] = (),
) -> list[bytes]:
    """One PNG a slide, 1920 × 1080 (or ``options.width`` wide), in order; the one-slide summary if asked."""
    slides = (summary_set(workspace, journey_map, options, lanes) if summary
              else slide_set(workspace, journey_map, options))
    return render_pngs(slides, options, progress)


def render_pngs(slides: SlideSet, options: ExportOptions, progress: Progress = no_progress) -> list[bytes]:
    """Each slide drawn into one reused image and encoded (:func:`slide_png`) on a worker thread while the next
    one is drawn, the compressor letting go of Python's lock: on two cores a 60-slide set costs little
    more than its drawing."""
    from concurrent.futures import Future, ThreadPoolExecutor

    from PySide6.QtGui import QColor, QImage, QPainter

    from ..canvas.qt_fonts import register_fonts
    from ..canvas.qt_surface import QtSurface
    from .png_writer import encode_png

    register_fonts()
    deck = slides.deck
    width = options.width or round(deck.width)
    height = round(width * deck.height / deck.width)
    k = width / deck.width
    background = slides.options.background_colour(slides.theme)
    image = QImage(width, height, QImage.Format.Format_RGB32 if background else
                   QImage.Format.Format_ARGB32_Premultiplied)
    pending: list[Future[bytes]] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="slide-png") as encoder:
        for index, slide in enumerate(deck.slides):
            progress(index / max(1, len(deck.slides)), f"slide {index + 1}")
            image.fill(QColor(background) if background else QColor(0, 0, 0, 0))
            painter = QPainter(image)
            try:
                painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                                       | QPainter.RenderHint.SmoothPixmapTransform)
                painter.scale(k, k)
                surface = QtSurface(painter)
                paint_slide(surface, deck, slide, slides.painter_for(slide), slides.theme, surface.place)
            finally:
                painter.end()
            # A copy (the image is drawn again); an opaque slide takes the short way to PNG.
            pending.append(encoder.submit(slide_png if background else encode_png, image.copy(), 96.0 * k))
        pictures = [future.result() for future in pending]
    progress(1.0, "slides")
    return pictures


def slide_png(image: "QImage", dpi: float) -> bytes:
    """An opaque slide as PNG bytes (RGB, no row filter, its DPI recorded), in one piece, deflated by
    :func:`deflate_fast`.

    ``png_writer.PngStream`` takes a picture band by band on threads of its own, for maps too large to hold
    twice; a slide is 6 MB, and that machinery cost a third of its encoding (33 ms a slide against 24 ms).
    """
    import struct
    import zlib

    from PySide6.QtGui import QImage

    rows = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = rows.width(), rows.height()
    row_bytes, stride = width * 3, rows.bytesPerLine()
    bits = memoryview(rows.constBits())
    data = bytearray((row_bytes + 1) * height)  # each row after its filter byte, 0: none
    for i in range(height):
        start = i * (row_bytes + 1) + 1
        data[start:start + row_bytes] = bits[i * stride:i * stride + row_bytes]

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    dots = round(dpi / 0.0254)
    return b"".join((b"\x89PNG\r\n\x1a\n", chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
                     chunk(b"pHYs", struct.pack(">IIB", dots, dots, 1)), chunk(b"IDAT", deflate_fast(data)),
                     chunk(b"IEND", b"")))


def deflate_fast(data: bytes | bytearray) -> bytes:
    """``data`` as a zlib stream, the fastest way at hand: ISA-L's level 2 (``isal``) deflates a slide in 3 ms
    against zlib level 1's 16 ms, for a file about a tenth larger (294 KB against 269 KB on the 1,000-card map);
    zlib level 1 where ISA-L is missing. Either stream is plain deflate: every PNG reader opens it."""
    try:
        from isal import isal_zlib
    except ImportError:  # pragma: no cover - isal is a dependency; a source install without its wheel still works
        import zlib

        return zlib.compress(data, 1)
    return isal_zlib.compress(data, 2)


def slide_pdf_bytes(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
) -> bytes:
    """A PDF with one 16:9 page a slide, vectors and text as text."""
    return slide_pdf(workspace, journey_map, options, progress)[0]


def slide_pdf(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
    summary: bool = False, lanes: Sequence[str] = (),
) -> tuple[bytes, int]:
    """The slide PDF (or the one-slide summary) and how many slides it holds."""
    from .vector.pdf_surface import PdfSurface

    slides = (summary_set(workspace, journey_map, options, lanes) if summary
              else slide_set(workspace, journey_map, options))
    deck = slides.deck
    surface = PdfSurface(journey_map.title, workspace.metadata.author, journey_map.scenario)
    background = slides.options.background_colour(slides.theme)
    page = Rect(0, 0, deck.width, deck.height)
    for index, slide in enumerate(deck.slides):
        progress(index / max(1, len(deck.slides)), f"slide {index + 1}")
        surface.begin_page(PDF_SLIDE.width, PDF_SLIDE.height)
        surface.bookmark(slide.locator.full_text)
        with surface.view(page, PDF_SLIDE):
            paint_slide(surface, deck, slide, slides.painter_for(slide), slides.theme, surface.view, background)
    if not deck.slides:  # a map with nothing to show still makes a valid file: one page with its title
        surface.begin_page(PDF_SLIDE.width, PDF_SLIDE.height)
        with surface.view(page, PDF_SLIDE):
            if background is not None:
                surface.fill_rect(page, background)
            draw_text_block(surface, slide_heading(journey_map.title, deck.width), slides.theme.header_text)
    progress(1.0, "writing")
    return surface.finish(), len(deck.slides)
