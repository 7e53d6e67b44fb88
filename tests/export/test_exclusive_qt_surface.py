"""A PNG band's QtSurface sets a pen, brush or font only when it changes (the painter is its alone): same pixels."""

from PIL import Image, ImageChops
from PySide6.QtGui import QColor, QImage, QPainter

from journey_studio.canvas.qt_surface import QtSurface
from journey_studio.export import ExportOptions
from journey_studio.export import render as render_module
from journey_studio.export.render import build_picture, render_bands
from journey_studio.export.scope import content_rect
from journey_studio.export.sizing import frame_for
from journey_studio.layout import Rect
from journey_studio.layout.text import FontFace, TextStyle
from journey_studio.painter.path import rounded_rect
from journey_studio.painter.surface import Stroke


def _pil(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombytes("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB",
                           rgb.bytesPerLine())


def _drawn(exclusive: bool) -> QImage:
    """Pens, brushes and fonts changed inside a clip and a placed block, and the same ones used after them."""
    image = QImage(200, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    surface = QtSurface(painter, exclusive=exclusive)
    red, blue = Stroke("#FF0000", 3.0), Stroke("#0000FF", 3.0)
    small, large = TextStyle(FontFace.REGULAR, 12.0, 16.0), TextStyle(FontFace.BOLD, 20.0, 26.0)
    surface.draw_path(rounded_rect(Rect(5, 5, 40, 30), 4), fill="#00FF00", stroke=red)
    surface.draw_text(5, 60, "Ab", small, "#000000")
    with surface.clipped(Rect(50, 0, 60, 120)):
        surface.draw_path(rounded_rect(Rect(55, 5, 40, 30), 4), fill="#FFFF00", stroke=blue)
        surface.draw_text(55, 60, "Ab", large, "#FF00FF")
    surface.draw_path(rounded_rect(Rect(120, 5, 40, 30), 4), fill="#FFFF00", stroke=blue)  # as in the clip
    surface.draw_text(120, 60, "Ab", large, "#FF00FF")
    with surface.place(Rect(0, 0, 10, 10), Rect(0, 80, 20, 20)):
        surface.draw_path(rounded_rect(Rect(1, 1, 8, 8), 2), fill="#00FFFF", stroke=red)
    surface.draw_path(rounded_rect(Rect(30, 80, 30, 30), 4), fill="#00FFFF", stroke=red)
    surface.draw_icon("channels", "email", Rect(70, 80, 24, 24), "#123456")
    surface.draw_path(rounded_rect(Rect(100, 80, 30, 30), 4), fill="#00FFFF", stroke=red)
    painter.end()
    return image


def test_an_exclusive_surface_draws_what_a_shared_one_draws(app):
    """State changed in a clipped or placed block is put back by the painter's restore: the surface forgets what
    it set there (fails if it did not: the blue pen and large font would be taken as still set after the clip)."""
    assert ImageChops.difference(_pil(_drawn(True)), _pil(_drawn(False))).getbbox() is None


def test_a_png_band_sets_its_state_less_often_and_draws_the_same_pixels(app, shoes, monkeypatch):
    """The map drawn band by band on an exclusive surface (the export's) and on a shared one: the same pixels, far
    fewer setFont and setPen calls."""
    options = ExportOptions(dpi=96)
    picture = build_picture(shoes, shoes.maps[0], options.load_theme())
    frame = frame_for(content_rect(picture.map_layout, shoes.maps[0], options), options)
    counts: dict[bool, int] = {}

    def drawn(exclusive: bool) -> Image.Image:
        calls = [0]

        class Counting(QPainter):
            def setFont(self, font) -> None:
                calls[0] += 1
                super().setFont(font)

            def setPen(self, pen) -> None:
                calls[0] += 1
                super().setPen(pen)

        monkeypatch.setattr(render_module, "QPainter", Counting)
        monkeypatch.setattr(render_module, "QtSurface",
                            lambda painter, exclusive=False, _wanted=exclusive: QtSurface(painter, exclusive=_wanted))
        rows: list[Image.Image] = []
        render_bands(picture, frame, lambda band, top, count: rows.append(_pil(band.copy(0, 0, band.width(), count))))
        counts[exclusive] = calls[0]
        whole = Image.new("RGB", (frame.width, frame.height))
        top = 0
        for part in rows:
            whole.paste(part, (0, top))
            top += part.height
        return whole

    assert ImageChops.difference(drawn(True), drawn(False)).getbbox() is None
    assert counts[True] < counts[False] * 0.8, counts
