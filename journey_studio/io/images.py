"""Checks on embedded avatar images: their headers in pure Python, then a full decode under limits.

A map file is untrusted: an "image" may be anything, or a few kilobytes that declare
60,000 × 60,000 pixels and make an image decoder allocate gigabytes. The header that says
what the image is and how large it would be is read first, in pure Python, so a bomb is
refused before any decoder sees it. A header can lie, though (a JPEG with two frame headers,
cut-off pixel data, a bit depth PNG does not have, a text chunk that inflates to gigabytes):
so an image whose header passes is then decoded in full by Pillow, with the size it claims
enforced, and only an image that decodes is kept. A file is refused on load, with the persona
named, before any renderer (the PDF's, the screen's) sees it.
"""

import base64
import binascii
import hashlib
import io
import struct
import warnings
import zlib
from dataclasses import dataclass
from functools import lru_cache

from ..model import Avatar

MAX_IMAGE_SIDE = 4096
"""Widest or tallest avatar accepted, in pixels (what the personas panel accepts too)."""

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
MIME_OF_KIND = {"png": "image/png", "jpeg": "image/jpeg"}

# Start-of-frame markers carry the dimensions; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
_JPEG_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_JPEG_STANDALONE = frozenset(range(0xD0, 0xD8)) | {0x01}


class ImageProblem(ValueError):
    """The bytes are not an image we accept; ``str()`` says why in words a user can act on."""


@dataclass(frozen=True)
class ImageHeader:
    kind: str
    """"png" or "jpeg"."""
    width: int
    height: int


def read_header(data: bytes) -> ImageHeader:
    """The kind and declared size of a PNG or JPEG image; raises ImageProblem for anything else."""
    if data.startswith(PNG_SIGNATURE):
        return _png_header(data)
    if data.startswith(JPEG_SIGNATURE):
        return _jpeg_header(data)
    raise ImageProblem("is not a PNG or JPEG image")


def check_avatar(avatar: Avatar) -> str | None:
    """Why this avatar's image cannot be shown, or None when it has none or it is fine."""
    if not avatar.image_base64:
        return None
    try:
        data = base64.b64decode(avatar.image_base64, validate=True)
    except (binascii.Error, ValueError):
        return "its avatar image is not valid base64 data"
    try:
        header = read_header(data)
    except ImageProblem as problem:
        return f"its avatar image {problem}"
    if header.width > MAX_IMAGE_SIDE or header.height > MAX_IMAGE_SIDE:
        return (
            f"its avatar image is {header.width} × {header.height} pixels; "
            f"at most {MAX_IMAGE_SIDE} × {MAX_IMAGE_SIDE} is accepted"
        )
    expected = MIME_OF_KIND[header.kind]
    if avatar.image_mime != expected:
        declared = avatar.image_mime or "no type"
        return f"its avatar image is a {header.kind.upper()} image but is declared as {declared}"
    undecodable = decode_problem(data, header)
    return f"its avatar image {undecodable}" if undecodable else None


def decode_problem(data: bytes, header: ImageHeader) -> str | None:
    """Why ``data`` (whose header is ``header``) does not decode in full, or None when it does."""
    return _decode_problem(hashlib.sha256(data).digest(), data, header)


@lru_cache(maxsize=64)
def _decode_problem(digest: bytes, data: bytes, header: ImageHeader) -> str | None:
    # Cached by content: a map with one avatar used by many personas, opened again, decodes it once.
    from PIL import Image  # Pillow comes with python-pptx; imported only for maps that hold a picture

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a DecompressionBombWarning, a broken chunk: refused, not shown
            with Image.open(io.BytesIO(data), formats=["PNG" if header.kind == "png" else "JPEG"]) as image:
                if image.size != (header.width, header.height):
                    return (f"says it is {header.width} × {header.height} pixels in one place and "
                            f"{image.size[0]} × {image.size[1]} in another (a damaged or forged image)")
                image.load()
                image.convert("RGBA")  # what a renderer does with it: a palette that is not there fails here
    except Exception as error:  # Pillow raises a dozen kinds (OSError, SyntaxError, ValueError, zlib.error…)
        reason = str(error).split("\n")[0][:120] or type(error).__name__
        return f"cannot be decoded ({reason})"
    return None


def _png_header(data: bytes) -> ImageHeader:
    # The first chunk must be IHDR: length 13, then width and height as big-endian 32-bit numbers.
    if len(data) < 33:
        raise ImageProblem("is a truncated PNG image")
    length, chunk_type = struct.unpack(">I4s", data[8:16])
    if chunk_type != b"IHDR" or length != 13:
        raise ImageProblem("is a damaged PNG image (no header chunk)")
    body = data[16:29]
    (crc,) = struct.unpack(">I", data[29:33])
    if zlib.crc32(b"IHDR" + body) != crc:
        raise ImageProblem("is a damaged PNG image (its header does not match its checksum)")
    width, height = struct.unpack(">II", body[:8])
    if width == 0 or height == 0:
        raise ImageProblem("is a PNG image with no pixels")
    _check_png_chunks(data)
    return ImageHeader("png", width, height)


def _check_png_chunks(data: bytes) -> None:
    """Every chunk fits in the data and the image ends with IEND: a cut image is refused, not half-drawn."""
    offset = 8
    seen_data = seen_palette = False
    indexed = len(data) > 25 and data[25] == 3  # colour type 3: the pixels are indices into a PLTE chunk
    while offset + 12 <= len(data):
        length, chunk_type = struct.unpack(">I4s", data[offset:offset + 8])
        end = offset + 12 + length
        if end > len(data):
            break
        if chunk_type == b"PLTE":
            seen_palette = True
        if chunk_type == b"IDAT":
            if indexed and not seen_palette:
                raise ImageProblem("is an indexed-colour PNG image without its palette")
            seen_data = True
        if chunk_type == b"IEND":
            if not seen_data:
                raise ImageProblem("is a PNG image without pixel data")
            return
        offset = end
    raise ImageProblem("is a truncated PNG image")


def _jpeg_header(data: bytes) -> ImageHeader:
    """Walk the marker segments up to the first start-of-frame, which holds the dimensions."""
    offset = 2
    size = len(data)
    while offset < size:
        if data[offset] != 0xFF:
            raise ImageProblem("is a damaged JPEG image")
        while offset < size and data[offset] == 0xFF:  # fill bytes
            offset += 1
        if offset >= size:
            break
        marker = data[offset]
        offset += 1
        if marker in _JPEG_STANDALONE:
            continue
        if marker in (0xD9, 0xDA):  # end of image, or compressed data before any frame header
            raise ImageProblem("is a JPEG image without a frame header")
        if offset + 2 > size:
            break
        (length,) = struct.unpack(">H", data[offset:offset + 2])
        if length < 2 or offset + length > size:
            break
        if marker in _JPEG_SOF:
            if length < 7:
                raise ImageProblem("is a damaged JPEG image")
            height, width = struct.unpack(">HH", data[offset + 3:offset + 7])
            if width == 0 or height == 0:
                raise ImageProblem("is a JPEG image that does not say its size")
            return ImageHeader("jpeg", width, height)
        offset += length
    raise ImageProblem("is a truncated JPEG image")
