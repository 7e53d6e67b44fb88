"""Tiny real and hostile images for avatar tests, built by hand so each byte is deliberate."""

import base64
import io
import struct
import zlib

from PIL import Image

from journey_studio.model import Avatar


def png_bytes(width: int = 4, height: int = 3) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes(width: int = 4, height: int = 3, progressive: bool = False) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (40, 200, 40)).save(buffer, "JPEG", progressive=progressive)
    return buffer.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_declaring(width: int, height: int) -> bytes:
    """A well-formed PNG whose header claims ``width`` × ``height``: a decompression bomb when large."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64, 9)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels) + _chunk(b"IEND", b"")


def jpeg_declaring(width: int, height: int) -> bytes:
    """A JPEG start whose frame header claims ``width`` × ``height``."""
    real = jpeg_bytes()
    index = real.index(b"\xff\xc0")
    sof = bytearray(real[index:index + 11])
    sof[5:9] = struct.pack(">HH", height, width)
    return real[:index] + bytes(sof) + real[index + 11:]


def avatar(data: bytes, mime: str = "image/png") -> Avatar:
    return Avatar(image_base64=base64.b64encode(data).decode("ascii"), image_mime=mime)
