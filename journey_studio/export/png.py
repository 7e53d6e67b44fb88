"""PNG export: re-rendered at the requested resolution (never upscaled), DPI recorded, written atomically."""

from pathlib import Path

from ..io.atomic import atomic_write
from ..model import JourneyMap, Workspace
from ..theme import load_theme
from .options import ExportError, ExportOptions
from .png_writer import encode_png
from .render import SCREEN_DPI, ExportTooLarge, build_scene, render_image

MIN_DPI, MAX_DPI = 24.0, 1200.0


def export_png(workspace: Workspace, journey_map: JourneyMap, path: Path, options: ExportOptions) -> None:
    dpi = options.dpi
    if options.width is not None:
        if options.width < 16:
            raise ExportError(f"a width of {options.width} pixels is too small (at least 16)")
        natural = build_scene(workspace, journey_map).sceneRect().width()
        dpi = SCREEN_DPI * options.width / natural
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ExportError(f"{dpi:g} dpi is out of range ({MIN_DPI:g} to {MAX_DPI:g})")
    try:
        theme = load_theme(options.theme)
    except KeyError as error:
        raise ExportError(str(error.args[0])) from None
    try:
        image = render_image(workspace, journey_map, dpi, theme, options.transparent, width=options.width)
    except ExportTooLarge as error:
        raise ExportError(str(error)) from None
    try:
        atomic_write(path, encode_png(image, dpi))
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
