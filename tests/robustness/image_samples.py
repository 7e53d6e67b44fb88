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


# -- images whose header is fine but whose pixels are not (issue 14: they crashed the PDF) -------------------


def noisy_jpeg(side: int = 64) -> bytes:
    """A real JPEG with enough scan data that cutting it loses pixels, not just the end marker."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), bytes((i * 7919) % 251 for i in range(side * side * 3))).save(
        buffer, "JPEG", quality=95)
    return buffer.getvalue()


def jpeg_with_two_frame_headers(width: int = 65000, height: int = 65000) -> bytes:
    """A 64 × 64 JPEG with a second frame header: a header check reads the first, a decoder the second."""
    real = noisy_jpeg()
    index = real.index(b"\xff\xc0")
    length = struct.unpack(">H", real[index + 2:index + 4])[0]
    first = real[index:index + 2 + length]
    second = bytearray(first)
    second[5:9] = struct.pack(">HH", height, width)
    end = index + 2 + length
    return real[:end] + bytes(second) + real[end:]


def truncated_jpeg() -> bytes:
    real = noisy_jpeg()
    return real[: len(real) // 2]


def _png(header: bytes, *chunks: tuple[bytes, bytes]) -> bytes:
    body = b"".join(_chunk(kind, data) for kind, data in chunks)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + body + _chunk(b"IEND", b"")


def png_with_bit_depth(depth: int = 7) -> bytes:
    """An RGB PNG whose header declares a bit depth the format does not have."""
    header = struct.pack(">IIBBBBB", 4, 4, depth, 2, 0, 0, 0)
    return _png(header, (b"IDAT", zlib.compress(b"\x00" + b"\x80" * 12) * 4))


def png_without_palette() -> bytes:
    """An indexed-colour PNG with no PLTE chunk: its pixels point into a palette that is not there."""
    header = struct.pack(">IIBBBBB", 4, 4, 8, 3, 0, 0, 0)
    return _png(header, (b"IDAT", zlib.compress((b"\x00" + b"\x01" * 4) * 4)))


def png_with_corrupt_pixels() -> bytes:
    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return _png(header, (b"IDAT", b"this is not zlib data at all" * 4))


def png_with_text_bomb(megabytes: int = 50) -> bytes:
    """A 4 × 4 PNG carrying a zTXt chunk that inflates to ``megabytes`` MB."""
    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    text = b"Comment\x00\x00" + zlib.compress(b"\x00" * (megabytes * 1024 * 1024), 9)
    pixels = zlib.compress((b"\x00" + b"\x80" * 12) * 4)
    return _png(header, (b"zTXt", text), (b"IDAT", pixels))


UNDECODABLE = {
    "jpeg-two-frame-headers": (jpeg_with_two_frame_headers, "image/jpeg"),
    "jpeg-truncated": (truncated_jpeg, "image/jpeg"),
    "png-bad-bit-depth": (png_with_bit_depth, "image/png"),
    "png-missing-palette": (png_without_palette, "image/png"),
    "png-corrupt-pixels": (png_with_corrupt_pixels, "image/png"),
    "png-ztxt-bomb": (png_with_text_bomb, "image/png"),
}
"""Images whose header passes a header check but whose pixels cannot be decoded safely."""
