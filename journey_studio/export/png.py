"""PNG export: the map, a stage or the selection drawn by the painter at the asked size (never upscaled), DPI recorded.

Persona sheets are not a map layout: their SVG is drawn by Qt's SVG renderer instead.
"""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from ..layout import Rect
from ..model import JourneyMap, Workspace
from .options import Background, ExportError, ExportOptions, Progress, Scope, no_progress
from .png_writer import PngStream, encode_png
from .render import build_picture, legibility_warning, render_bands, render_frame
from .scope import content_rect
from .sizing import Frame, frame_for


def map_image(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
) -> tuple[QImage, Frame]:
    """The picture ``options`` ask for, as an image, with the frame it fills."""
    theme = options.load_theme()
    if options.scope is Scope.PERSONAS:
        return _persona_image(workspace, journey_map, options)
    picture = build_picture(workspace, journey_map, theme, marks=options.marks)
    frame = frame_for(content_rect(picture.map_layout, journey_map, options), options)
    try:
        return render_frame(picture, frame, options.background, progress), frame
    except MemoryError as error:
        raise ExportError(f"{error}; lower the DPI or the width") from None


def png_legibility_warning(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> str | None:
    """Why the PNG's text will be too small to read, and the size that fixes it; None when it reads fine.

    The picture is always drawn in full (never the screen's far-zoom blocks): this says so instead.
    """
    if options.scope is Scope.PERSONAS:
        return None
    picture = build_picture(workspace, journey_map, options.load_theme())
    return legibility_warning(picture.map_layout, frame_for(content_rect(picture.map_layout, journey_map, options),
                                                            options))


def png_bytes(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
) -> bytes:
    """The PNG file: each band of the picture is drawn alone and compressed while the next one is drawn."""
    if options.scope is Scope.PERSONAS:
        image, frame = _persona_image(workspace, journey_map, options)
        return encode_png(image, frame.dpi)
    picture = build_picture(workspace, journey_map, options.load_theme(), marks=options.marks)
    frame = frame_for(content_rect(picture.map_layout, journey_map, options), options)
    stream = PngStream(frame.width, frame.height, options.background is Background.TRANSPARENT, frame.dpi)
    try:
        # Band by band into a band-sized image: memory stays bounded however large the map.
        render_bands(picture, frame, lambda band, top, rows: stream.add(band, top, rows, image_top=top),
                     options.background, progress)
    except MemoryError as error:
        stream.abandon()
        raise ExportError(f"{error}; lower the DPI or the width") from None
    except BaseException:
        stream.abandon()
        raise
    progress(1.0, "encoding")
    return stream.finish()


def _persona_image(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> tuple[QImage, Frame]:
    from PySide6.QtSvg import QSvgRenderer

    from .svg import svg_bytes  # the SVG writer and its font tables: only persona sheets need them here

    renderer = QSvgRenderer(svg_bytes(workspace, journey_map, options))
    view = renderer.viewBoxF()
    content = Rect(view.x(), view.y(), view.width(), view.height())
    frame = frame_for(content, ExportOptions(dpi=options.dpi, width=options.width))
    background = options.background_colour(options.load_theme())
    image = QImage(frame.width, frame.height,
                   QImage.Format.Format_RGB32 if background else QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(background) if background else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        renderer.render(painter, QRectF(0, 0, frame.width, frame.height))
    finally:
        painter.end()
    return image, frame
