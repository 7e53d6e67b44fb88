"""The before/after comparison as a PNG: the title, both emotion curves, and the differences in words.

Laid out by ``layout.comparison_chart``, worded by ``analysis.compare_words`` in the map's language,
drawn by the painter that also draws the compare panel's chart; written atomically.
"""

from pathlib import Path

from PySide6.QtGui import QImage, QPainter

from ..analysis.compare import diff_maps, stage_moods
from ..analysis.compare_words import difference_lines
from ..canvas.qt_fonts import register_fonts
from ..canvas.qt_surface import QtSurface
from ..io.atomic import atomic_write
from ..layout.comparison_chart import comparison_page
from ..model import JourneyMap, Workspace
from ..painter.comparison_chart import paint_comparison_page
from ..theme import Theme, load_theme
from .png_writer import encode_png

SCREEN_DPI = 96.0


def comparison_png_bytes(
    workspace: Workspace, current: JourneyMap, future: JourneyMap, width: int = 1200, theme: Theme | None = None
) -> bytes:
    """The comparison ``width`` pixels wide (the page is laid out at the chart's width and scaled)."""
    theme = theme or load_theme("light")
    language = workspace.metadata.language
    diff = diff_maps(current, future)
    lines = difference_lines(diff, current, future, language)
    title = f"{current.title}  →  {future.title}"
    page = comparison_page(title, stage_moods(diff, current, future), lines, language)
    scale = width / page.bounds.width
    register_fonts()
    image = QImage(width, round(page.bounds.height * scale), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        paint_comparison_page(QtSurface(painter), page, theme)
    finally:
        painter.end()
    return encode_png(image, SCREEN_DPI * scale)


def export_comparison_png(
    workspace: Workspace,
    current: JourneyMap,
    future: JourneyMap,
    path: Path | str,
    width: int = 1200,
    theme: Theme | None = None,
) -> None:
    """Write :func:`comparison_png_bytes` to ``path`` atomically."""
    atomic_write(Path(path), comparison_png_bytes(workspace, current, future, width, theme))
