"""Pages filled top to bottom: a new page starts, painted and headed, when the next block does not fit."""

from collections.abc import Callable

from ...layout import Rect
from ...layout.text import text_width
from ...theme import luminance
from ..vector.pdf_surface import PdfSurface
from .styles import SMALL, PageGeometry


class PageFlow:
    def __init__(
        self, surface: PdfSurface, page: PageGeometry, background: str | None,
        heading: Callable[["PageFlow"], None] | None = None,
    ) -> None:
        """``heading`` draws what every page of this flow repeats (a table's column titles)."""
        self.surface = surface
        self.page = page
        self._background = background
        self._heading = heading
        self.y = page.content.y
        self.pages = 0

    @property
    def content(self) -> Rect:
        return self.page.content

    @property
    def room(self) -> float:
        return self.page.content.bottom - self.y

    @property
    def fresh_room(self) -> float:
        """The room on an empty page, below the repeated heading."""
        return self.page.content.height - self._heading_height

    _heading_height = 0.0

    def repeat(self, heading: Callable[["PageFlow"], None]) -> None:
        """Draw ``heading`` here, and at the top of every page this flow starts from now on."""
        self._heading = heading
        top = self.y
        heading(self)
        self._heading_height = self.y - top

    def new_page(self) -> None:
        start_page(self.surface, self.page, self._background)
        self.pages += 1
        self.y = self.page.content.y
        if self._heading is not None:
            top = self.y
            self._heading(self)
            self._heading_height = self.y - top

    def start_section(self, height: float, gap: float = 24.0) -> None:
        """Begin a section here, after what the flow already holds, when its heading and first block
        (``height``) fit below a ``gap``; else on a new page. No table heading repeats from now on."""
        self._heading = None
        self._heading_height = 0.0
        if self.pages and self.y > self.page.content.y and gap + height <= self.room:
            self.y += gap
        else:
            self.new_page()

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` fits below the current position."""
        if self.pages == 0 or height > self.room:
            self.new_page()


def start_page(surface: PdfSurface, page: PageGeometry, background: str | None, numbered: bool = True) -> None:
    """A new page, painted, and numbered in its bottom margin (“– 2 –”) from the second page on; a page the
    map's own size (``numbered`` False) is a poster, not a sheet of the report, and is left as drawn."""
    surface.begin_page(page.width, page.height)
    if background is not None:
        surface.fill_rect(Rect(0, 0, page.width, page.height), background)
    number = surface.page_count
    if numbered and number > 1:
        folio = f"– {number} –"
        ink = "#C9D1D9" if background is not None and luminance(background) < 0.4 else "#57606A"
        baseline = page.height - page.margin / 2 + SMALL.size / 2
        surface.draw_text((page.width - text_width(folio, SMALL)) / 2, baseline, folio, SMALL, ink)
