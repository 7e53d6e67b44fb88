"""How big a picture is in pixels, and what part of the map fills it: from DPI, pixel width or page shape."""

from dataclasses import dataclass

from ..layout import Rect
from .options import PAGE_INCHES, ExportError, ExportOptions, PageSize

SCREEN_DPI = 96.0
"""Layout units are pixels at 100 % zoom on a 96 dpi screen."""
MIN_DPI, MAX_DPI = 24.0, 1200.0
MIN_WIDTH = 16
MAX_PIXELS = 500_000_000
"""A picture larger than this is refused: it bounds the time an export takes, no longer its memory (a PNG is
drawn and written band by band, a band of ``render.STREAMED_BAND_BYTES``). The 10,000-card map at 96 dpi is
384 Mpx (28,248 × 13,587): 15 s of CPU; the 20,000 cards a map may hold fit up to about 105 dpi; a sheet
of 2 Gpx would take over a minute. A3 at 600 dpi is 70 Mpx; the 1,000-card map at 96 dpi 43 Mpx."""
MAX_SIDE = 100_000
"""Pixels along either side at most: the one row a band must hold stays small (400 KB), however thin the picture."""


@dataclass(frozen=True)
class Frame:
    view: Rect
    """The layout rectangle shown: the content, grown to the page's shape when there is a page."""
    width: int
    height: int
    dpi: float
    """Recorded in the file, so a 300 dpi export prints at its intended size."""
    content: Rect | None = None
    """What was asked for, when the page shape shows more around it: nothing outside it is drawn."""

    @property
    def scale(self) -> float:
        """Pixels per layout unit."""
        return self.width / self.view.width


def frame_for(content: Rect, options: ExportOptions, raster: bool = True) -> Frame:
    """The picture ``options`` ask for around ``content``; ExportError when it is out of range.

    ``raster`` False (SVG) skips the memory limit: a vector file's pixel size is only nominal.
    """
    if options.width is not None and options.width < MIN_WIDTH:
        raise ExportError(f"a width of {options.width} pixels is too small (at least {MIN_WIDTH})")
    if options.width is None and not MIN_DPI <= options.dpi <= MAX_DPI:
        raise ExportError(f"{options.dpi:g} dpi is out of range ({MIN_DPI:g} to {MAX_DPI:g})")
    page = PAGE_INCHES.get(options.page) if options.page not in (None, PageSize.FIT) else None
    if page is None:
        view = content
        scale = options.width / content.width if options.width else options.dpi / SCREEN_DPI
        width = options.width or max(1, round(content.width * scale))
        height = max(1, round(content.height * scale))
        dpi = SCREEN_DPI * scale
    else:
        page_w, page_h = page
        view = _grown_to(content, page_w / page_h)
        width = options.width or max(1, round(page_w * options.dpi))
        height = max(1, round(width * page_h / page_w))
        dpi = width / page_w
    if raster and (width * height > MAX_PIXELS or max(width, height) > MAX_SIDE):
        raise ExportError(_too_many_pixels(width, height, dpi, options))
    return Frame(view, width, height, dpi, content if view != content else None)


def _too_many_pixels(width: int, height: int, dpi: float, options: ExportOptions) -> str:
    """Why the picture is refused, and the largest width and resolution that fit (both within their ranges)."""
    budget = min((MAX_PIXELS / (width * height)) ** 0.5, MAX_SIDE / max(width, height))
    widest = int(width * budget)
    finest = min(MAX_DPI, int(dpi * budget))
    limit = f"the limit is {MAX_PIXELS // 1_000_000} million pixels, {MAX_SIDE:,} a side"
    if widest < MIN_WIDTH or finest < MIN_DPI:
        return (f"the image would be {width} × {height} pixels even at the smallest size ({limit}); "
                "export SVG or PDF instead")
    return (f"the image would be {width} × {height} pixels; make it smaller "
            f"(at most {widest} pixels wide, or {finest:g} dpi; {limit})")


def _grown_to(rect: Rect, aspect: float) -> Rect:
    """``rect`` widened or heightened about its centre to the ``aspect`` (width / height)."""
    if rect.width / rect.height < aspect:
        width = rect.height * aspect
        return Rect(rect.center.x - width / 2, rect.y, width, rect.height)
    height = rect.width / aspect
    return Rect(rect.x, rect.center.y - height / 2, rect.width, height)
