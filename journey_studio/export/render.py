"""The headless raster renderer: a fresh offscreen scene, drawn into an image, band by band.

Bands let a long render report progress and stop when the user cancels; each
band maps the same scene rectangle to the same pixels, so the seams cannot show.
"""

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from ..canvas.scene import MapScene
from ..layout import DEFAULT_METRICS, LayoutMetrics
from ..model import JourneyMap, Workspace
from ..theme import Theme, load_theme
from .options import Background, Progress, no_progress
from .sizing import SCREEN_DPI, Frame

BAND_PIXELS = 4_000_000
"""Rows are drawn in bands of about this many pixels, with a progress report after each. Cards across a band
edge are drawn twice, but the PNG encoder compresses each band while the next is drawn: on the 1,000-card map
at 96 dpi (43 Mpx) 4 Mpx bands export in 1.0 s where 16 Mpx bands took 1.4 s (bench/bench_export.py)."""

__all__ = ["SCREEN_DPI", "build_scene", "render_frame"]


def build_scene(
    workspace: Workspace, journey_map: JourneyMap, theme: Theme | None = None,
    metrics: LayoutMetrics = DEFAULT_METRICS,
) -> MapScene:
    scene = MapScene(theme or load_theme("light"), metrics, item_cache=False)
    scene.show_map(journey_map, workspace.personas, workspace.metadata.language)
    return scene


def render_frame(
    scene: MapScene, frame: Frame, background: Background = Background.THEME, progress: Progress = no_progress,
    on_band: Callable[[QImage, int, int], None] | None = None,
) -> QImage:
    """``frame.view`` of the scene drawn into a ``frame.width`` × ``frame.height`` image, DPI recorded.

    The picture is drawn in bands from the top; ``on_band(image, top, rows)`` is called as soon as
    a band's rows are final, so an encoder can work on them while the next band is drawn.
    Raises MemoryError when the image cannot be allocated.
    """
    transparent = background is Background.TRANSPARENT
    # Opaque exports need no alpha channel: a quarter less memory to fill and to encode.
    image_format = QImage.Format.Format_ARGB32_Premultiplied if transparent else QImage.Format.Format_RGB32
    image = QImage(frame.width, frame.height, image_format)
    if image.isNull():
        raise MemoryError(f"there is not enough memory for a {frame.width} × {frame.height} image")
    fill = {
        Background.THEME: QColor(scene.theme.background),
        Background.WHITE: QColor("#FFFFFF"),
        Background.TRANSPARENT: QColor(0, 0, 0, 0),
    }[background]
    image.fill(fill)
    dots_per_metre = round(frame.dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    scene.set_transparent_background(background is not Background.THEME)

    view, scale = frame.view, frame.scale
    rows = max(1, BAND_PIXELS // frame.width)
    painter = QPainter(image)
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        if frame.content is not None:  # a stage on a slide: its neighbours stay off the picture
            c = frame.content
            painter.setClipRect(QRectF((c.x - view.x) * scale, (c.y - view.y) * scale, c.width * scale,
                                       c.height * scale))
        for top in range(0, frame.height, rows):
            band = min(rows, frame.height - top)
            progress(top / frame.height, "drawing")
            source = QRectF(view.x, view.y + top / scale, view.width, band / scale)
            scene.render(painter, QRectF(0, top, frame.width, band), source, Qt.AspectRatioMode.IgnoreAspectRatio)
            if on_band is not None:
                on_band(image, top, band)
    finally:
        painter.end()
    progress(1.0, "drawing")
    return image
