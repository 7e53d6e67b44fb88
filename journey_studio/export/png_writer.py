"""PNG encoding tuned for maps: zlib level 1, no row filter, physical DPI recorded.

Qt's and Pillow's encoders run libpng's adaptive row filters, which cost three
times more than the compression itself on a 40-megapixel map and gain nothing
on its large flat areas. The container is four chunks around one zlib stream.

:class:`PngStream` takes the picture a band of rows at a time, as the exporter
draws it, and compresses each band on a worker thread while the next one is
drawn (zlib lets go of Python's lock while it works), so a large export costs
little more than its drawing. The last band has nothing to overlap with: it is
compressed at once, so a picture drawn in one band (any small map) starts no thread.
"""

import struct
import zlib
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

SIGNATURE = b"\x89PNG\r\n\x1a\n"
COMPRESSION_LEVEL = 1
ROWS_PER_CHUNK = 256
MAX_PENDING = 3
"""Bands waiting for the compressor at most: bounds the memory held by a slow disk or CPU."""


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


class PngStream:
    """A PNG written band by band, top to bottom; :meth:`finish` returns the file's bytes."""

    def __init__(self, width: int, height: int, alpha: bool, dpi: float):
        self.width, self.height, self.alpha, self.dpi = width, height, alpha, dpi
        self._format = QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888
        self._row_bytes = width * (4 if alpha else 3)
        self._compressor = zlib.compressobj(COMPRESSION_LEVEL)
        self._compressed: list[bytes] = []
        self._pending: list[Future[bytes]] = []
        self._executor: ThreadPoolExecutor | None = None
        """Started for the first band that is not the last."""
        self._next_row = 0

    def add(self, image: QImage, top: int, rows: int, image_top: int = 0) -> None:
        """Rows ``top`` … ``top + rows - 1`` of the picture, which are now final.

        ``image`` holds the picture from its row ``image_top`` down: the whole picture (0), or one band (``top``).
        """
        if top != self._next_row:
            raise ValueError(f"rows must come in order: expected row {self._next_row}, got {top}")
        last = top + rows >= self.height
        for start in range(top, top + rows, ROWS_PER_CHUNK):
            count = min(ROWS_PER_CHUNK, top + rows - start)
            # A converted copy of just these rows: the painter may go on drawing the rest of ``image``.
            band = image.copy(0, start - image_top, self.width, count).convertToFormat(self._format)
            data = self._rows_with_filter_bytes(band, count)
            if last:  # nothing left to draw while it compresses: here, after what is queued
                for future in self._pending:
                    self._collect(future)
                self._pending = []
                self._compressed.append(self._compressor.compress(data))
                continue
            while len(self._pending) >= MAX_PENDING:
                self._collect(self._pending.pop(0))
            if self._executor is None:
                from concurrent.futures import ThreadPoolExecutor  # only pictures of several bands need it

                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="png")
            self._pending.append(self._executor.submit(self._compressor.compress, data))
        self._next_row = top + rows

    def finish(self) -> bytes:
        if self._next_row != self.height:
            raise ValueError(f"the picture has {self.height} rows; {self._next_row} were given")
        try:
            for future in self._pending:
                self._collect(future)
            self._pending = []
        finally:
            self._stop_executor()
        self._compressed.append(self._compressor.flush())
        dots_per_metre = round(self.dpi / 0.0254)
        colour_type = 6 if self.alpha else 2
        return b"".join((
            SIGNATURE,
            _chunk(b"IHDR", struct.pack(">IIBBBBB", self.width, self.height, 8, colour_type, 0, 0, 0)),
            _chunk(b"pHYs", struct.pack(">IIB", dots_per_metre, dots_per_metre, 1)),
            _chunk(b"IDAT", b"".join(self._compressed)),
            _chunk(b"IEND", b""),
        ))

    def abandon(self) -> None:
        """Stop without writing (a cancelled or failed export)."""
        for future in self._pending:
            future.cancel()
        self._stop_executor()

    def _stop_executor(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    def _collect(self, future: "Future[bytes]") -> None:
        self._compressed.append(future.result())

    def _rows_with_filter_bytes(self, band: QImage, count: int) -> bytearray:
        """Each row preceded by filter type 0 ("none"), as the PNG format wants."""
        row_bytes, stride = self._row_bytes, band.bytesPerLine()
        bits = memoryview(band.constBits())
        data = bytearray((row_bytes + 1) * count)
        for i in range(count):
            start = i * (row_bytes + 1) + 1
            data[start:start + row_bytes] = bits[i * stride:i * stride + row_bytes]
        return data


def encode_png(image: QImage, dpi: float) -> bytes:
    """The image as PNG bytes: RGB when opaque, RGBA (straight alpha) when it has transparency."""
    stream = PngStream(image.width(), image.height(), image.hasAlphaChannel(), dpi)
    try:
        stream.add(image, 0, image.height())
    except BaseException:
        stream.abandon()
        raise
    return stream.finish()
