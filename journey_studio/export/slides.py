"""The map as 16:9 slides: one PNG a slide, or a PDF of slide pages, drawn from one composition.

``layout.slide_deck`` decides what each slide shows; ``painter.slide`` draws it; this module only
places the parts on a QPainter (PNG) or a PDF page. The export's view, theme and marks apply as in
every other format (``export.view_options``), and the projector theme raises the floor to 24 px.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..layout import MapLayout, Rect, compute_layout
from ..layout.slide_deck import MIN_PROJECTOR_TEXT, MIN_SLIDE_TEXT, SlideDeck, compose_slides
from ..layout.views import hide_marks
from ..model import JourneyMap, Workspace
from ..painter.map_painter import MapPainter
from ..painter.slide import paint_slide
from ..theme import Theme
from .options import ExportOptions, Progress, no_progress
from .view_options import viewed_export

PDF_SLIDE = Rect(0, 0, 1280, 720)
"""A slide page in PDF layout units (1 unit = 0.75 pt): 13.333 × 7.5 in, PowerPoint's widescreen."""


@dataclass(frozen=True)
class SlideSet:
    layout: MapLayout
    deck: SlideDeck
    theme: Theme
    options: ExportOptions

    @property
    def painter(self) -> MapPainter:
        return MapPainter(self.layout, self.theme)


def min_text_for(theme: Theme) -> float:
    """The legibility floor of a slide in ``theme``: a projector washes out small text."""
    return MIN_PROJECTOR_TEXT if theme.name == "projector" else MIN_SLIDE_TEXT


def slide_set(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> SlideSet:
    """The map's slides for ``options`` (its view, theme and marks applied)."""
    journey_map, options = viewed_export(journey_map, options)
    theme = options.load_theme()
    language = workspace.metadata.language
    layout = hide_marks(compute_layout(journey_map, workspace.personas, language), options.marks, journey_map,
                        language)
    deck = compose_slides(layout, journey_map.title, language, min_text_for(theme))
    return SlideSet(layout, deck, theme, options)


def slide_pngs(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
) -> list[bytes]:
    """One PNG a slide, 1920 × 1080 (or ``options.width`` wide), in order."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from ..canvas.qt_fonts import register_fonts
    from ..canvas.qt_surface import QtSurface
    from .png_writer import encode_png

    register_fonts()
    slides = slide_set(workspace, journey_map, options)
    deck = slides.deck
    width = options.width or round(deck.width)
    height = round(width * deck.height / deck.width)
    k = width / deck.width
    background = slides.options.background_colour(slides.theme)
    painter_of_map = slides.painter
    pictures = []
    for index, slide in enumerate(deck.slides):
        progress(index / max(1, len(deck.slides)), f"slide {index + 1}")
        image = QImage(width, height, QImage.Format.Format_RGB32 if background else
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(background) if background else QColor(0, 0, 0, 0))
        painter = QPainter(image)
        try:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                                   | QPainter.RenderHint.SmoothPixmapTransform)
            painter.scale(k, k)

            @contextmanager
            def place(source: Rect, target: Rect, painter: QPainter = painter) -> Iterator[None]:
                painter.save()
                painter.translate(target.x, target.y)
                painter.scale(target.width / source.width, target.height / source.height)
                painter.translate(-source.x, -source.y)
                try:
                    yield
                finally:
                    painter.restore()

            paint_slide(QtSurface(painter), deck, slide, painter_of_map, slides.theme, place)
        finally:
            painter.end()
        pictures.append(encode_png(image, 96.0 * k))
    progress(1.0, "slides")
    return pictures


def slide_pdf_bytes(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
) -> bytes:
    """A PDF with one 16:9 page a slide, vectors and text as text."""
    return slide_pdf(workspace, journey_map, options, progress)[0]


def slide_pdf(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
) -> tuple[bytes, int]:
    """The slide PDF and how many slides it holds."""
    from .vector.pdf_surface import PdfSurface

    slides = slide_set(workspace, journey_map, options)
    deck = slides.deck
    surface = PdfSurface(journey_map.title, workspace.metadata.author, journey_map.scenario)
    background = slides.options.background_colour(slides.theme)
    painter_of_map = slides.painter
    page = Rect(0, 0, deck.width, deck.height)
    for index, slide in enumerate(deck.slides):
        progress(index / max(1, len(deck.slides)), f"slide {index + 1}")
        surface.begin_page(PDF_SLIDE.width, PDF_SLIDE.height)
        surface.bookmark(slide.locator.full_text)
        with surface.view(page, PDF_SLIDE):
            paint_slide(surface, deck, slide, painter_of_map, slides.theme, surface.view, background)
    if not deck.slides:  # an empty map still makes a valid file: one page with its title
        surface.begin_page(PDF_SLIDE.width, PDF_SLIDE.height)
    progress(1.0, "writing")
    return surface.finish(), len(deck.slides)
