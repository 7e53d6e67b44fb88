"""The headless raster renderer: the painter draws the map's layout into an image, band by band.

The same :class:`MapPainter` draws the SVG and the PDF, and (item by item) the
canvas: PNG, clipboard and deck pictures cannot drift from them. A file always
gets full detail, whatever its size; :func:`legibility_warning` says when its
text will be too small to read. Bands let a long render report progress and
stop when the user cancels; each band is clipped to its own rows, so the seams
cannot show.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from ..canvas.qt_fonts import register_fonts
from ..canvas.qt_surface import QtSurface
from ..layout import DEFAULT_METRICS, LayoutMetrics, MapLayout, Rect, compute_layout
from ..layout.picture import LOW_DETAIL_SCALE, MIN_LEGIBLE_PIXELS
from ..layout.type_scale import themed_metrics
from ..layout.views import ALL_MARKS, Marks, hide_marks
from ..model import JourneyMap, Workspace
from ..painter.locator import paint_locator
from ..painter.map_painter import MapPainter
from ..theme import Theme, load_theme
from .options import Background, Progress, no_progress
from .sizing import SCREEN_DPI, Frame

BAND_PIXELS = 4_000_000
"""Rows are drawn in bands of about this many pixels, with a progress report after each. Cards across a band
edge are drawn twice, but the PNG encoder compresses each band while the next is drawn: on the 1,000-card map
at 96 dpi (43 Mpx) 4 Mpx bands export in 1.0 s where 16 Mpx bands took 1.4 s (bench/bench_export.py)."""

STREAMED_BAND_BYTES = 32_000_000
"""The band a streamed PNG is drawn in (:func:`render_bands`), in bytes: the memory it costs, whatever the map's size.
Cards across a band edge are drawn twice, so a taller band draws less: the 10,000-card map at 96 dpi (28,248 px
wide) draws 18,744 cards in 4 Mpx bands, 14,385 in 8 Mpx (32 MB) ones, 12,872 in 12 Mpx ones; but the drawing
got no faster past 8 Mpx (CPU 16.5 s in 16 MB bands, 14.2 s in 32 MB, 16.8 s in 48 MB, on a loaded machine)."""

__all__ = [
    "SCREEN_DPI", "MapPicture", "build_picture", "build_scene", "legibility_warning", "render_bands", "render_frame",
]


@dataclass(frozen=True)
class MapPicture:
    """What a raster export draws: the map's layout in a theme."""

    map_layout: MapLayout
    theme: Theme
    metrics: LayoutMetrics = DEFAULT_METRICS


def build_picture(
    workspace: Workspace, journey_map: JourneyMap, theme: Theme | None = None,
    metrics: LayoutMetrics | None = None, marks: Marks = ALL_MARKS,
) -> MapPicture:
    """The map laid out in ``theme``'s type size (``metrics`` overrides it) with the ``marks`` it keeps."""
    theme = theme or load_theme("light")
    metrics = metrics or themed_metrics(theme.type_scale)
    language = workspace.metadata.language
    layout = hide_marks(compute_layout(journey_map, workspace.personas, language, metrics), marks, journey_map,
                        language, metrics)
    return MapPicture(layout, theme, metrics)


build_scene = build_picture
"""The earlier name, kept for the export dialog's preview, the template gallery and the deck."""


def smallest_text(layout: MapLayout) -> float:
    """The size (layout units) of the smallest text the map shows on its cards, headers and curve."""
    sizes = [block.style.size for box in layout.cards for block in (box.title, box.body, box.channel_label)
             if not block.is_empty]
    sizes += [point.label.style.size for curve in layout.curves for point in curve.points if not point.label.is_empty]
    sizes += [column.name.style.size for column in layout.stages]
    return min(sizes, default=0.0)


def legibility_warning(layout: MapLayout, frame: Frame) -> str | None:
    """A sentence when the smallest text falls under :data:`MIN_LEGIBLE_PIXELS`, with the size that fixes it."""
    smallest = smallest_text(layout)
    if not smallest or smallest * frame.scale >= MIN_LEGIBLE_PIXELS:
        return None
    needed_width = round(frame.view.width * MIN_LEGIBLE_PIXELS / smallest)
    return (f"text will be {smallest * frame.scale:.1f} px high, too small to read; export at least "
            f"{needed_width} pixels wide (or {SCREEN_DPI * MIN_LEGIBLE_PIXELS / smallest:.0f} dpi) to read it")


def render_frame(
    picture: MapPicture, frame: Frame, background: Background = Background.THEME, progress: Progress = no_progress,
    on_band: Callable[[QImage, int, int], None] | None = None, preview: bool = False, locator: bool = False,
) -> QImage:
    """``frame.view`` of the map drawn into a ``frame.width`` × ``frame.height`` image, DPI recorded.

    ``preview`` (a picture shown on screen, never written to a file) draws cards as the canvas does at
    that zoom: as blocks below :data:`LOW_DETAIL_SCALE`, where their text could not be read anyway.
    ``locator`` (a file's whole-map overview, whose every word is shown legibly elsewhere) draws cards as
    their shapes without text below :data:`~..painter.locator.LOCATOR_SCALE`: never grey bars in a file.

    The picture is drawn in bands from the top; ``on_band(image, top, rows)`` is called as soon as
    a band's rows are final, so an encoder can work on them while the next band is drawn.
    Raises MemoryError when the image cannot be allocated.
    """
    image, fill = _blank_image(picture, frame.width, frame.height, background, "image")
    image.fill(fill)
    dots_per_metre = round(frame.dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)

    painter_of_map = MapPainter(picture.map_layout, picture.theme, picture.metrics)
    view, scale = frame.view, frame.scale
    shown = frame.content or view  # a stage on a slide: its neighbours stay off the picture
    rows = max(1, BAND_PIXELS // frame.width)
    painter = QPainter(image)
    try:
        painter.setRenderHints(_RENDER_HINTS)
        painter.scale(scale, scale)
        painter.translate(-view.x, -view.y)
        surface = QtSurface(painter)
        for top in range(0, frame.height, rows):
            band = min(rows, frame.height - top)
            progress(top / frame.height, "drawing")
            rows_shown = Rect(view.x, view.y + top / scale, view.width, band / scale)
            area = _intersection(rows_shown, shown)
            if area is not None:
                painter.save()
                painter.setClipRect(QRectF(area.x, area.y, area.width, area.height))
                if locator:
                    paint_locator(surface, painter_of_map, scale, None)
                else:
                    painter_of_map.paint(surface, visible=area, blocks=preview and scale < LOW_DETAIL_SCALE)
                painter.restore()
            if on_band is not None:
                on_band(image, top, band)
    finally:
        painter.end()
    progress(1.0, "drawing")
    return image


def _intersection(a: Rect, b: Rect) -> Rect | None:
    x0, y0 = max(a.x, b.x), max(a.y, b.y)
    x1, y1 = min(a.right, b.right), min(a.bottom, b.bottom)
    return Rect(x0, y0, x1 - x0, y1 - y0) if x1 > x0 and y1 > y0 else None


def render_bands(
    picture: MapPicture, frame: Frame, on_band: Callable[[QImage, int, int], None],
    background: Background = Background.THEME, progress: Progress = no_progress, bands: range | None = None,
) -> None:
    """The same picture as :func:`render_frame`, drawn one band at a time into a band-sized image.

    ``on_band(band_image, top, rows)`` gets each band as soon as it is drawn (its row 0 is the picture's row
    ``top``); the image is reused for the next band, so memory stays that of one band however large the map.
    ``bands`` (indexes of bands of :func:`band_rows` rows) draws only those: two processes share a picture.
    """
    rows = band_rows(frame)
    image, fill = _blank_image(picture, frame.width, rows, background, "band of the image")
    painter_of_map = MapPainter(picture.map_layout, picture.theme, picture.metrics)
    view, scale = frame.view, frame.scale
    shown = frame.content or view
    for top in (range(0, frame.height, rows) if bands is None else
                range(bands.start * rows, min(bands.stop * rows, frame.height), rows)):
        band = min(rows, frame.height - top)
        progress(top / frame.height, "drawing")
        image.fill(fill)
        rows_shown = Rect(view.x, view.y + top / scale, view.width, band / scale)
        area = _intersection(rows_shown, shown)
        if area is not None:
            painter = QPainter(image)
            try:
                painter.setRenderHints(_RENDER_HINTS)
                painter.translate(0, -top)
                painter.scale(scale, scale)
                painter.translate(-view.x, -view.y)
                painter.setClipRect(QRectF(area.x, area.y, area.width, area.height))
                painter_of_map.paint(QtSurface(painter, exclusive=True), visible=area, blocks=False)
            finally:
                painter.end()
        on_band(image, top, band)
    if bands is None or bands.stop * rows >= frame.height:
        progress(1.0, "drawing")


BAND_COST_IN_CARDS = 30.0
"""What filling, converting and compressing one band costs, in cards drawn (about 20 ms a 28,248 × 283 band, a card
about 0.6 ms): a band of empty background is not free."""


def band_costs(picture: MapPicture, frame: Frame) -> list[float]:
    """Each band's estimated drawing cost (:func:`render_bands`' bands), in cards drawn: the cards meeting its rows
    (with their shadow) and its own :data:`BAND_COST_IN_CARDS`. Cards are not spread evenly: lane gaps, headers."""
    rows = band_rows(frame)
    count = -(-frame.height // rows)
    view, scale = frame.view, frame.scale
    starts = [0] * (count + 1)
    for box in picture.map_layout.cards:
        first = max(0, int((box.rect.y - 4 - view.y) * scale) // rows)
        last = min(count - 1, int((box.rect.bottom + 6 - view.y) * scale) // rows)
        if first <= last:  # the card meets bands first … last: a difference array
            starts[first] += 1
            starts[last + 1] -= 1
    costs, running = [], 0
    for band in range(count):
        running += starts[band]
        costs.append(running + BAND_COST_IN_CARDS)
    return costs


def band_rows(frame: Frame) -> int:
    """How many rows of ``frame`` one band of :func:`render_bands` holds: :data:`STREAMED_BAND_BYTES` of them."""
    return max(1, min(STREAMED_BAND_BYTES // (4 * frame.width), frame.height))


_RENDER_HINTS = (
    QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing | QPainter.RenderHint.SmoothPixmapTransform
)


def _blank_image(
    picture: MapPicture, width: int, height: int, background: Background, what: str,
) -> tuple[QImage, QColor]:
    """An image for :func:`render_frame` or :func:`render_bands` to draw into, and the colour that fills it.

    Raises RuntimeError without a QGuiApplication (Qt would crash drawing text) and MemoryError when
    the image cannot be allocated.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("drawing a picture needs a QGuiApplication (app.qt_app.application(headless=True))")
    register_fonts()
    # Opaque exports need no alpha channel: a quarter less memory to fill and to encode.
    transparent = background is Background.TRANSPARENT
    image_format = QImage.Format.Format_ARGB32_Premultiplied if transparent else QImage.Format.Format_RGB32
    image = QImage(width, height, image_format)
    if image.isNull():
        raise MemoryError(f"there is not enough memory for a {width} × {height} {what}")
    fill = {
        Background.THEME: QColor(picture.theme.background),
        Background.WHITE: QColor("#FFFFFF"),
        Background.TRANSPARENT: QColor(0, 0, 0, 0),
    }[background]
    return image, fill
