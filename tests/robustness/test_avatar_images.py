"""Avatar images are checked on load by their headers alone: PNG or JPEG, at most 4096 px a side."""

import base64

import pytest

from journey_studio.io import InvalidFormat, InvalidImage, images, read_workspace, workspace_to_bytes
from journey_studio.io.images import ImageProblem, check_avatar, read_header
from journey_studio.model import Avatar
from tests.factories import make_persona, make_workspace
from tests.robustness.image_samples import avatar, jpeg_bytes, jpeg_declaring, png_bytes, png_declaring


def test_real_png_and_jpeg_headers_are_read():
    header = read_header(png_bytes(17, 9))
    assert (header.kind, header.width, header.height) == ("png", 17, 9)
    jpeg = read_header(jpeg_bytes(33, 20))
    assert (jpeg.kind, jpeg.width, jpeg.height) == ("jpeg", 33, 20)
    progressive = read_header(jpeg_bytes(40, 41, progressive=True))
    assert (progressive.width, progressive.height) == (40, 41)


@pytest.mark.parametrize(
    "data",
    [b"", b"GIF89a\x01\x00\x01\x00", b"<svg xmlns='http://www.w3.org/2000/svg'/>", b"BM" + b"\x00" * 60,
     b"%PDF-1.7", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"],
    ids=["empty", "gif", "svg", "bmp", "pdf", "png-signature-only", "jpeg-start-only"],
)
def test_anything_else_is_refused(data):
    with pytest.raises(ImageProblem):
        read_header(data)


def test_a_cut_png_is_refused():
    data = png_bytes(20, 20)
    for cut in (20, 40, len(data) - 5):
        with pytest.raises(ImageProblem):
            read_header(data[:cut])


def test_a_png_header_that_lies_about_its_checksum_is_refused():
    data = bytearray(png_bytes())
    data[19] ^= 0x40  # inside the width
    with pytest.raises(ImageProblem, match="checksum"):
        read_header(bytes(data))


def test_a_bomb_declares_its_size_and_is_refused_without_decoding(monkeypatch):
    """The work is bounded by never decoding: count the decodes instead of timing them."""
    decoded = []
    real_decode = images.decode_problem
    monkeypatch.setattr(
        images, "decode_problem", lambda data, header: decoded.append(header) or real_decode(data, header)
    )
    check_avatar(avatar(png_declaring(4096, 4096)))
    assert len(decoded) == 1, "an image of an accepted size is decoded in full (the count can fail)"
    problem = check_avatar(avatar(png_declaring(60000, 60000)))
    assert problem is not None and "60000 × 60000" in problem and "4096" in problem
    assert "4097 × 10" in check_avatar(avatar(jpeg_declaring(4097, 10), "image/jpeg"))
    assert len(decoded) == 1, "the oversized images were refused from their headers alone"


@pytest.mark.parametrize(
    ("avatar_", "words"),
    [
        (Avatar(image_base64="not base64 at all!", image_mime="image/png"), "base64"),
        (Avatar(image_base64=base64.b64encode(b"hello").decode(), image_mime="image/png"), "not a PNG or JPEG"),
        (avatar(png_bytes(), "image/jpeg"), "declared as image/jpeg"),
        (avatar(jpeg_bytes(), ""), "declared as no type"),
    ],
    ids=["base64", "text", "wrong-type", "no-type"],
)
def test_avatar_problems_say_what_is_wrong(avatar_, words):
    assert words in check_avatar(avatar_)


def test_no_image_or_an_emoji_is_fine():
    assert check_avatar(Avatar()) is None
    assert check_avatar(Avatar(emoji="🏃")) is None
    assert check_avatar(avatar(jpeg_bytes(), "image/jpeg")) is None


def _with_avatar(tmp_path, avatar_: Avatar):
    personas = [make_persona(name="Léa"), make_persona("persona-2", name="Marc", avatar=avatar_)]
    workspace = make_workspace(personas=personas)
    path = tmp_path / "avatars.journey.json"
    path.write_bytes(workspace_to_bytes(workspace))
    return path, workspace


def test_a_good_avatar_opens(tmp_path):
    path, workspace = _with_avatar(tmp_path, avatar(png_bytes(64, 64)))
    assert read_workspace(path) == workspace


@pytest.mark.parametrize(
    "avatar_",
    [
        avatar(png_declaring(10000, 10)),
        avatar(b"GIF89a" + b"\x00" * 30),
        Avatar(image_base64="@@@@", image_mime="image/png"),
    ],
    ids=["bomb", "gif", "base64"],
)
def test_a_bad_avatar_is_a_typed_error_naming_the_persona(tmp_path, avatar_):
    path, _ = _with_avatar(tmp_path, avatar_)
    with pytest.raises(InvalidImage) as info:
        read_workspace(path)
    assert isinstance(info.value, InvalidFormat)
    assert info.value.persona_id == "persona-2"
    message = str(info.value)
    assert str(path) in message and "'Marc'" in message and "personas[1]" in message
