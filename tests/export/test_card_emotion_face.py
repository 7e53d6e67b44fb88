"""A card's own emotion (``Card.emotion``) is drawn: a small face in its footer, in PNG and SVG alike."""

from io import BytesIO

from PIL import Image

from journey_studio.export import ExportOptions, export_bytes
from journey_studio.layout import compute_layout
from journey_studio.layout.picture import card_face_centre
from journey_studio.painter.colour import colour
from journey_studio.theme import load_theme
from tests.factories import make_card, make_workspace


def _pixel_at_face(workspace) -> tuple[int, int, int]:
    layout = compute_layout(workspace.maps[0], workspace.personas, "en")
    box = layout.card("card-1")
    assert box is not None
    centre = card_face_centre(box)
    data = export_bytes(workspace, workspace.maps[0], ".png", ExportOptions(dpi=192))
    image = Image.open(BytesIO(data)).convert("RGB")
    # The face's forehead, above its eyes, at twice the size: its fill colour.
    x, y = centre.x - layout.bounds.x - 2, centre.y - layout.bounds.y - 4.5
    return image.getpixel((round(2 * x), round(2 * y)))


def _near(a: tuple[int, int, int], b: str) -> bool:
    c = colour(b)
    return max(abs(a[0] - c.red), abs(a[1] - c.green), abs(a[2] - c.blue)) < 40


def test_a_card_with_an_emotion_shows_its_face_coloured_by_mood(app):
    theme = load_theme("light")
    unhappy = make_workspace(cards=[make_card("card-1", title="Waiting", emotion=-2)])
    happy = make_workspace(cards=[make_card("card-1", title="Waiting", emotion=2)])
    plain = make_workspace(cards=[make_card("card-1", title="Waiting")])
    assert _near(_pixel_at_face(unhappy), theme.face_negative)
    assert _near(_pixel_at_face(happy), theme.face_positive)
    assert _near(_pixel_at_face(plain), theme.card_background), "no emotion, no face"


def test_the_svg_draws_the_same_face(app):
    unhappy = make_workspace(cards=[make_card("card-1", title="Waiting", emotion=-2)])
    plain = make_workspace(cards=[make_card("card-1", title="Waiting")])
    theme = load_theme("light")
    face = colour(theme.face_negative).hex
    with_face = export_bytes(unhappy, unhappy.maps[0], ".svg", ExportOptions()).decode()
    without = export_bytes(plain, plain.maps[0], ".svg", ExportOptions()).decode()
    assert with_face.count(f'fill="{face}"') == without.count(f'fill="{face}"') + 1
