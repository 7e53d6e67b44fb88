"""Type sizes and page geometry of the PDF report and persona sheets, in layout units (1/96 in)."""

from dataclasses import dataclass

from ...layout import Rect
from ...layout.text import FontFace, TextStyle
from ..options import PAGE_INCHES, PageSize

PX_PER_INCH = 96.0

TITLE = TextStyle(FontFace.BOLD, 30, 38)
HEADING = TextStyle(FontFace.BOLD, 19, 26)
SUBHEADING = TextStyle(FontFace.BOLD, 14, 20)
BODY = TextStyle(FontFace.REGULAR, 13, 19)
QUOTE = TextStyle(FontFace.ITALIC, 15, 21)
SMALL = TextStyle(FontFace.REGULAR, 10.5, 14)
SMALL_BOLD = TextStyle(FontFace.BOLD, 10.5, 14)
SMALL_ITALIC = TextStyle(FontFace.ITALIC, 10.5, 14)


@dataclass(frozen=True)
class PageGeometry:
    width: float
    height: float
    margin: float = 48.0
    turnable: bool = True
    """Whether a map taller than wide may be printed on this sheet turned to portrait (paper, not a slide)."""

    @property
    def content(self) -> Rect:
        return Rect(self.margin, self.margin, self.width - 2 * self.margin, self.height - 2 * self.margin)


def page_geometry(size: PageSize) -> PageGeometry:
    """A landscape page of a standard size (FIT has no size of its own: A4 is used for text pages)."""
    inches = PAGE_INCHES.get(size, PAGE_INCHES[PageSize.A4])
    return PageGeometry(inches[0] * PX_PER_INCH, inches[1] * PX_PER_INCH, turnable=size is not PageSize.SLIDE)
