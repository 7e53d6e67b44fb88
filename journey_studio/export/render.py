"""The headless renderer every raster and vector export shares: a fresh offscreen scene, drawn to a device."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintDevice

from ..canvas.scene import MapScene
from ..layout import DEFAULT_METRICS, LayoutMetrics
from ..model import JourneyMap, Workspace
from ..theme import Theme, load_theme

SCREEN_DPI = 96.0
"""Layout units are pixels at 100 % zoom on a 96 dpi screen."""
MAX_PIXELS = 400_000_000
"""An export larger than this (20 000 × 20 000) is refused rather than exhausting memory."""


class ExportTooLarge(ValueError):
    pass


def build_scene(
    workspace: Workspace, journey_map: JourneyMap, theme: Theme | None = None,
    metrics: LayoutMetrics = DEFAULT_METRICS,
) -> MapScene:
    scene = MapScene(theme or load_theme("light"), metrics, item_cache=False)
    scene.show_map(journey_map, workspace.personas, workspace.metadata.language)
    return scene


def paint_scene(scene: MapScene, device: QPaintDevice, target: QRectF) -> None:
    painter = QPainter(device)
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        scene.render(painter, target, scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.end()


def render_image(
    workspace: Workspace,
    journey_map: JourneyMap,
    dpi: float = SCREEN_DPI,
    theme: Theme | None = None,
    transparent: bool = False,
    width: int | None = None,
) -> QImage:
    """The map re-rendered (never upscaled) at ``dpi`` (or exactly ``width`` pixels wide), DPI recorded."""
    scene = build_scene(workspace, journey_map, theme)
    scale = dpi / SCREEN_DPI
    rect = scene.sceneRect()
    height = max(1, round(rect.height() * scale))
    width = width if width is not None else max(1, round(rect.width() * scale))
    if width * height > MAX_PIXELS:
        raise ExportTooLarge(
            f"the image would be {width} × {height} pixels; lower the DPI (at most "
            f"{int(dpi * (MAX_PIXELS / (width * height)) ** 0.5)} dpi for this map)"
        )
    # Opaque exports need no alpha channel: a quarter less memory to fill and to encode.
    image_format = QImage.Format.Format_ARGB32_Premultiplied if transparent else QImage.Format.Format_RGB32
    image = QImage(width, height, image_format)
    if image.isNull():
        raise ExportTooLarge(f"there is not enough memory for a {width} × {height} image; lower the DPI")
    image.fill(QColor(0, 0, 0, 0) if transparent else QColor(scene.theme.background))
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    if transparent:
        scene.set_transparent_background(True)
    paint_scene(scene, image, QRectF(0, 0, width, height))
    return image
