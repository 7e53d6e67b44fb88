"""Copy as image: what lands on the clipboard, read back as a pasting program would."""

import io
import xml.etree.ElementTree as ET

import pytest
from PIL import Image
from PySide6.QtGui import QGuiApplication

from journey_studio.export import ExportError
from journey_studio.export.clipboard import MAX_CLIPBOARD_PIXELS, copy_map_image


def clipboard_png() -> Image.Image:
    data = bytes(QGuiApplication.clipboard().mimeData().data("image/png"))
    return Image.open(io.BytesIO(data))


def test_the_map_as_png_svg_and_image(app, shoes):
    copy_map_image(shoes, shoes.maps[0])
    mime = QGuiApplication.clipboard().mimeData()
    assert {"image/png", "image/svg+xml"} <= set(mime.formats())
    assert mime.hasImage()
    with clipboard_png() as image:
        assert round(image.info["dpi"][0]) == 192, "twice the screen's sharpness"
    root = ET.fromstring(bytes(mime.data("image/svg+xml")))
    assert root.tag.endswith("svg")


def test_the_selection_is_smaller_than_the_map(app, shoes):
    journey_map = shoes.maps[0]
    copy_map_image(shoes, journey_map)
    with clipboard_png() as image:
        whole = image.size
    copy_map_image(shoes, journey_map, [journey_map.cards[0].id])
    with clipboard_png() as image:
        assert image.size[0] < whole[0] / 2 and image.size[1] < whole[1] / 4
    svg = ET.fromstring(bytes(QGuiApplication.clipboard().mimeData().data("image/svg+xml")))
    assert float(svg.get("viewBox").split()[2]) < 400


def test_a_huge_map_is_copied_within_the_pixel_budget(app, big_workspace):
    copy_map_image(big_workspace, big_workspace.maps[0])
    with clipboard_png() as image:
        assert image.size[0] * image.size[1] <= MAX_CLIPBOARD_PIXELS * 1.01


def test_an_unknown_card_is_refused(app, shoes):
    with pytest.raises(ExportError, match="no card 'card-ghost'"):
        copy_map_image(shoes, shoes.maps[0], ["card-ghost"])
