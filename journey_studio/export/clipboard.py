"""Copy as image: the map, or the selected cards, on the clipboard as PNG and SVG at once.

Slide and drawing programs take the SVG (vectors, editable text); chat and mail
take the PNG. The picture is sharp (twice the screen's resolution) unless that
would make a very large map too heavy for a clipboard.
"""

from collections.abc import Iterable

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ..layout import compute_layout
from ..layout.type_scale import themed_metrics
from ..model import JourneyMap, Workspace
from .limits import check_export_bounds
from .options import ExportOptions, Scope
from .png import map_image
from .png_writer import encode_png
from .scope import content_rect
from .sizing import SCREEN_DPI
from .svg import svg_bytes

CLIPBOARD_DPI = 2 * SCREEN_DPI
MAX_CLIPBOARD_PIXELS = 24_000_000


def clipboard_options(workspace: Workspace, journey_map: JourneyMap, card_ids: Iterable[str] | None = None,
                      theme: str = "light") -> ExportOptions:
    """What goes on the clipboard: the selection if any, else the map; as sharp as the pixel budget allows."""
    ids = tuple(card_ids or ())
    options = ExportOptions(theme=theme, scope=Scope.SELECTION if ids else Scope.MAP, card_ids=ids)
    metrics = themed_metrics(options.load_theme().type_scale)  # the projector's larger type makes a taller map
    area = content_rect(compute_layout(journey_map, workspace.personas, workspace.metadata.language, metrics),
                        journey_map, options)
    budget = (MAX_CLIPBOARD_PIXELS / (area.width * area.height)) ** 0.5 * SCREEN_DPI
    return ExportOptions(dpi=max(24.0, min(CLIPBOARD_DPI, budget)), theme=theme, scope=options.scope, card_ids=ids)


def map_mime_data(workspace: Workspace, journey_map: JourneyMap, card_ids: Iterable[str] | None = None,
                  theme: str = "light") -> QMimeData:
    """The clipboard contents: ``image/png``, ``image/svg+xml`` and Qt's own image data."""
    options = clipboard_options(workspace, journey_map, card_ids, theme)
    check_export_bounds(workspace, journey_map, ".png", "image on the clipboard", options)  # the arrows' work
    image, frame = map_image(workspace, journey_map, options)
    mime = QMimeData()
    mime.setData("image/png", encode_png(image, frame.dpi))
    mime.setData("image/svg+xml", svg_bytes(workspace, journey_map, options))
    mime.setImageData(image)
    return mime


def copy_map_image(workspace: Workspace, journey_map: JourneyMap, card_ids: Iterable[str] | None = None,
                   theme: str = "light") -> None:
    """Put the map (or the cards ``card_ids`` and what lies between them) on the system clipboard.

    Raises ExportError when a card id is not on the map.
    """
    QGuiApplication.clipboard().setMimeData(map_mime_data(workspace, journey_map, card_ids, theme))
