"""Shared shapes (a card's outline made once per size, drawn moved) draw exactly what plain paths drew.

The SVG writes each shape once in its ``<defs>`` and ``<use>``s it at every card; Qt draws its cached
QPainterPath translated. Both are drawn here beside the same map drawn with every path spelled out in full, and
compared pixel by pixel: in Qt's SVG reader, in librsvg, and on Qt's own surface. A shape moved one unit too far
(a wrong transform) is caught.
"""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from contextlib import AbstractContextManager
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from journey_studio.export import ExportOptions
from journey_studio.export.vector import svg_surface
from journey_studio.export.vector.svg_surface import SvgSurface
from journey_studio.io import read_workspace
from journey_studio.layout import Rect
from journey_studio.layout.text import TextStyle
from journey_studio.painter.path import VectorPath, placed
from journey_studio.painter.surface import Stroke

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "templates" / "service-blueprint.en.journey.json"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"
NOISE = 8
"""Largest difference a pixel may show (of 255): shapes and offsets are each rounded to 0.01 unit in the SVG,
which moves an antialiased edge by a few levels at most (4 measured on every template)."""

Mangle = Callable[[VectorPath], VectorPath]


def spelled_out(path: VectorPath) -> VectorPath:
    """The path with its steps written in full: what the painter drew before shapes were shared."""
    return VectorPath(path.steps)


def one_unit_off(path: VectorPath) -> VectorPath:
    """A deliberately wrong transform: a shared shape drawn one unit right of where it belongs."""
    return placed(path.shape, path.offset[0] + 1.0, path.offset[1]) if path.shape is not None else path


def _svg(mangle: Mangle | None) -> bytes:
    from journey_studio.export.svg import svg_bytes

    workspace = read_workspace(TEMPLATE)
    with pytest.MonkeyPatch.context() as monkeypatch:
        if mangle is not None:
            draw = SvgSurface.draw_path

            def draw_path(self: SvgSurface, path: VectorPath, fill: str | None = None,
                          stroke: Stroke | None = None) -> None:
                draw(self, mangle(path), fill, stroke)

            monkeypatch.setattr(SvgSurface, "draw_path", draw_path)
        return svg_bytes(workspace, workspace.maps[0], ExportOptions())


def _qt_svg_picture(data: bytes) -> Image.Image:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(data))
    size = renderer.defaultSize()
    image = QImage(size.width(), size.height(), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return _pil(image)


def _pil(image: object) -> Image.Image:
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[attr-defined]
    return Image.open(BytesIO(bytes(buffer.data()))).convert("RGBA")


def _librsvg_picture(data: bytes, folder: Path) -> Image.Image:
    source, target = folder / "map.svg", folder / "map.png"
    source.write_bytes(data)
    subprocess.run(["rsvg-convert", str(source), "-o", str(target)], check=True, timeout=120)
    return Image.open(target).convert("RGBA")


def _worst_pixel(a: Image.Image, b: Image.Image) -> int:
    assert a.size == b.size
    return max(high for _, high in ImageChops.difference(a, b).getextrema())


@pytest.fixture(scope="module")
def svgs() -> dict[str, bytes]:
    return {name: _svg(mangle) for name, mangle in (("shared", None), ("plain", spelled_out), ("wrong", one_unit_off))}


def test_the_svg_draws_card_outlines_once_and_uses_them(svgs):
    root = ET.fromstring(svgs["shared"])
    defined = {element.get("id") for element in root.iter(f"{SVG}path") if (element.get("id") or "").startswith("s")}
    cards = [group for group in root.iter(f"{SVG}g") if group.get("class") == "card"]
    assert len(cards) > 20
    for card in cards:
        used = [use.get(XLINK)[1:] for use in card.findall(f"{SVG}use") if use.get(XLINK)[1:] in defined]
        assert len(used) >= 3, "a card's shadow, outline and accent stripe are shared shapes"
    assert len(defined) < len(cards), "cards of one size share their shapes"
    plain = ET.fromstring(svgs["plain"])
    assert not [e for e in plain.iter(f"{SVG}path") if (e.get("id") or "").startswith("s")], "the plain SVG shares none"


def test_qt_reads_the_shared_shapes_as_the_plain_paths(app, svgs):
    shared, plain = _qt_svg_picture(svgs["shared"]), _qt_svg_picture(svgs["plain"])
    assert _worst_pixel(shared, plain) <= NOISE
    assert _worst_pixel(_qt_svg_picture(svgs["wrong"]), plain) > 10 * NOISE, "a wrong transform must show"


def test_librsvg_reads_the_shared_shapes_as_the_plain_paths(svgs, tmp_path):
    if shutil.which("rsvg-convert") is None:
        pytest.skip("rsvg-convert is not installed")
    plain = _librsvg_picture(svgs["plain"], tmp_path)
    assert _worst_pixel(_librsvg_picture(svgs["shared"], tmp_path), plain) <= NOISE
    assert _worst_pixel(_librsvg_picture(svgs["wrong"], tmp_path), plain) > 10 * NOISE, "a wrong transform must show"


class _Mangled:
    """A Qt surface whose paths pass through ``mangle`` first."""

    def __init__(self, surface: object, mangle: Mangle) -> None:
        self._surface, self._mangle = surface, mangle

    def draw_path(self, path: VectorPath, fill: str | None = None, stroke: Stroke | None = None) -> None:
        self._surface.draw_path(self._mangle(path), fill, stroke)  # type: ignore[attr-defined]

    def fill_rect(self, rect: Rect, fill: str) -> None:
        self._surface.fill_rect(rect, fill)  # type: ignore[attr-defined]

    def draw_text(self, x: float, baseline: float, text: str, style: TextStyle, colour: str) -> None:
        self._surface.draw_text(x, baseline, text, style, colour)  # type: ignore[attr-defined]

    def draw_icon(self, folder: str, name: str, rect: Rect, colour: str) -> bool:
        return bool(self._surface.draw_icon(folder, name, rect, colour))  # type: ignore[attr-defined]

    def draw_image(self, rect: Rect, data: bytes, mime: str) -> None:
        self._surface.draw_image(rect, data, mime)  # type: ignore[attr-defined]

    def clipped(self, rect: Rect) -> AbstractContextManager[None]:
        return self._surface.clipped(rect)  # type: ignore[attr-defined,no-any-return]

    def group(self, kind: str, ident: str = "") -> AbstractContextManager[None]:
        return self._surface.group(kind, ident)  # type: ignore[attr-defined,no-any-return]


def _qt_picture(mangle: Mangle | None) -> Image.Image:
    from PySide6.QtGui import QImage, QPainter

    from journey_studio.canvas.qt_surface import QtSurface
    from journey_studio.layout import compute_layout
    from journey_studio.painter.map_painter import MapPainter

    workspace = read_workspace(TEMPLATE)
    options = ExportOptions()
    theme = options.load_theme()
    layout = compute_layout(workspace.maps[0], workspace.personas, workspace.metadata.language)
    bounds = layout.bounds
    image = QImage(int(bounds.width) + 1, int(bounds.height) + 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-bounds.x + 0.3, -bounds.y + 0.3)  # off the pixel grid: a translated shape must still agree
    surface = QtSurface(painter)
    MapPainter(layout, theme).paint(surface if mangle is None else _Mangled(surface, mangle))  # type: ignore[arg-type]
    painter.end()
    return _pil(image)


def test_qt_draws_the_shared_shapes_as_the_plain_paths(app):
    plain = _qt_picture(spelled_out)
    assert _worst_pixel(_qt_picture(None), plain) <= 2
    assert _worst_pixel(_qt_picture(one_unit_off), plain) > 10 * NOISE, "a wrong transform must show"


def test_a_placed_path_spells_out_as_its_shape_moved() -> None:
    shape = VectorPath().move_to(0, 0).line_to(10, 0).cubic_to(10, 5, 5, 10, 0, 10).close()
    path = placed(shape, 3.5, -2.0)
    assert path.shape is shape and path  # nothing spelled out yet
    assert path == VectorPath().move_to(3.5, -2).line_to(13.5, -2).cubic_to(13.5, 3, 8.5, 8, 3.5, 8).close()
    path.line_to(1, 1)  # a path added to is its own from then on; the shared shape is untouched
    assert path.shape is None and len(path.steps) == 5 and len(shape.steps) == 4


def test_svg_writes_a_shape_once_however_often_it_is_used() -> None:
    shape = VectorPath().move_to(0, 0).line_to(10, 0).line_to(0, 10).close()
    surface = SvgSurface()
    for k in range(50):
        surface.draw_path(placed(shape, k * 12.0, 0.0), fill="#112233")
    document = surface.document(Rect(0, 0, 600, 20), 600, 20, "t", None).decode()
    assert document.count("<path ") == 1 and document.count("<use ") == 50
    assert svg_surface.path_data(shape) in document
