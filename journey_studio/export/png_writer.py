"""PNG encoding tuned for maps: fast deflate, no row filter, physical DPI recorded, written as the rows come.

Qt's and Pillow's encoders run libpng's adaptive row filters, which cost three
times more than the compression itself on a 40-megapixel map and gain nothing
on its large flat areas. Deflate is ISA-L's (``isal``), four to five times faster
than zlib level 1 for a file a few per cent larger; zlib level 1 where ISA-L is missing.

:class:`PngStream` takes the picture a band of rows at a time, as the exporter
draws it, and compresses each band on a worker thread while the next one is
drawn (both deflates let go of Python's lock while they work). Each band's
compressed bytes go to the output at once as IDAT chunks (a PNG may hold any
number of them), so neither the picture nor its file is ever held whole here;
:data:`MAX_PENDING` bounds what waits for the compressor. The last band has
nothing to overlap with: it is compressed at once, so a picture drawn in one
band (any small map) starts no thread.
"""

import io
import struct
import zlib
from collections.abc import Callable, Iterable
from enum import Enum
from typing import IO, TYPE_CHECKING, Protocol

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPainter

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

SIGNATURE = b"\x89PNG\r\n\x1a\n"
COMPRESSION_LEVEL = 2
"""ISA-L's level 2 (zlib's level 1 when ISA-L is missing): measured on a band of the 10,000-card map, 885 MB/s
for 12.9 % of the rows' size, where zlib level 1 does 198 MB/s for 12.5 %."""
ROWS_PER_CHUNK = 256
MAX_PENDING = 1
"""Bands waiting for the compressor at most (besides the one being converted): bounds the memory held by a slow
disk or CPU to about two converted bands."""
_OPAQUE_SOURCES = (QImage.Format.Format_RGB32,)
"""What an opaque picture is drawn in: Qt writes its rows into the PNG's buffer (:meth:`PngStream._opaque_rows`)."""
MAX_PIECE_PIXELS = 32_000_000
"""A band up to this size is converted in one piece; a larger picture (a clipboard's) in chunks of rows."""


class _Compressor(Protocol):
    def compress(self, data: bytes | bytearray, /) -> bytes: ...

    def flush(self, mode: int = ..., /) -> bytes: ...


def _compressor(raw: bool = False) -> _Compressor:
    """A zlib stream's compressor; ``raw``: bare deflate, for a picture compressed in two parts (:class:`Part`)."""
    bits = -15 if raw else 15
    try:
        from isal import isal_zlib
    except ImportError:  # pragma: no cover - isal is a dependency; a source install without its wheel still works
        return zlib.compressobj(1, zlib.DEFLATED, bits)
    return isal_zlib.compressobj(COMPRESSION_LEVEL, isal_zlib.DEFLATED, bits)  # type: ignore[no-any-return]


def _adler32(data: bytes | bytearray | memoryview, value: int) -> int:
    try:
        from isal import isal_zlib
    except ImportError:  # pragma: no cover
        return zlib.adler32(data, value)
    return isal_zlib.adler32(data, value)  # type: ignore[no-any-return]


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two pieces of data, from each one's and the second's length (zlib's adler32_combine)."""
    base = 65521
    rem = second_length % base
    sum1 = first & 0xFFFF
    sum2 = (rem * sum1) % base
    sum1 += (second & 0xFFFF) + base - 1
    sum2 += ((first >> 16) & 0xFFFF) + ((second >> 16) & 0xFFFF) + base - rem
    sum1 -= base if sum1 >= base else 0
    sum1 -= base if sum1 >= base else 0
    sum2 -= base << 1 if sum2 >= base << 1 else 0
    sum2 -= base if sum2 >= base else 0
    return sum1 | (sum2 << 16)


class Part(Enum):
    """Which rows a stream compresses: all of them, or the top or bottom of a picture drawn by two processes.

    The top part is a zlib stream left open at a byte boundary (a sync flush); the bottom part, compressed by
    another process, is bare deflate that ends the stream; the file is the one, then the other, then the
    Adler-32 of all the rows, combined from both parts' (:meth:`PngStream.join`).
    """

    WHOLE = "whole"
    TOP = "top"
    BOTTOM = "bottom"


ZLIB_HEADER = b"\x78\x01"


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


class PngStream:
    """A PNG written band by band, top to bottom, into ``sink`` (in memory when None).

    :meth:`finish` returns the file's bytes when they were kept in memory (b"" for a sink of the caller's).
    """

    def __init__(self, width: int, height: int, alpha: bool, dpi: float, sink: IO[bytes] | None = None,
                 part: Part = Part.WHOLE, rows: tuple[int, int] | None = None):
        """``part`` and ``rows`` (first, end): the top or bottom of a picture drawn by two processes (:class:`Part`)."""
        self.width, self.height, self.alpha, self.dpi = width, height, alpha, dpi
        self._format = QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888
        self._row_bytes = width * (4 if alpha else 3)
        self._part = part
        self._compressor = _compressor(raw=part is not Part.WHOLE)
        self._adler, self._length = 1, 0
        """Of the rows given so far, for a part of a picture (a whole one's compressor keeps its own)."""
        self._memory = io.BytesIO() if sink is None else None
        self._sink: IO[bytes] = self._memory if sink is None else sink
        self._pending: list[Future[bytes]] = []
        self._executor: ThreadPoolExecutor | None = None
        """Started for the first band that is not the last."""
        self._next_row, self._end_row = rows or (0, height)
        self._buffer: bytearray | None = None
        if part is Part.BOTTOM:
            return  # bare deflate, which the top part's process writes into its file
        dots_per_metre = round(dpi / 0.0254)
        self._sink.write(SIGNATURE)
        self._sink.write(_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)))
        self._sink.write(_chunk(b"pHYs", struct.pack(">IIB", dots_per_metre, dots_per_metre, 1)))
        if part is Part.TOP:
            self._write(ZLIB_HEADER)

    def add(self, image: QImage, top: int, rows: int, image_top: int = 0) -> None:
        """Rows ``top`` … ``top + rows - 1`` of the picture, which are now final.

        ``image`` holds the picture from its row ``image_top`` down: the whole picture (0), or one band (``top``).
        The rows are copied before this returns: the caller may draw over ``image`` at once.
        """
        if top != self._next_row:
            raise ValueError(f"rows must come in order: expected row {self._next_row}, got {top}")
        last = top + rows >= self._end_row
        whole_band = (top == image_top and rows == image.height() and image.width() == self.width
                      and rows * self.width <= MAX_PIECE_PIXELS)
        # A band is converted in one piece (one copy: it is about to be drawn over); a whole picture a chunk at a
        # time, so that no second picture-sized image is made.
        step = rows if whole_band else ROWS_PER_CHUNK
        for start in range(top, top + rows, step):
            count = min(step, top + rows - start)
            if not self.alpha and image.format() in _OPAQUE_SOURCES:
                # Straight into the rows' buffer, beside their filter bytes: no converted copy, no row copying.
                self._drain(0)  # the buffer is the compressor's until then
                self._queue(last, self._compress_rows, self._opaque_rows(image, start - image_top, count))
                continue
            source = image if whole_band else image.copy(0, start - image_top, self.width, count)
            rows_image = source.convertToFormat(self._format)
            self._queue(last, self._compress, rows_image, count)
        self._next_row = top + rows

    def _queue(self, last: bool, compress: Callable[..., bytes], *arguments: object) -> None:
        """Compress on the worker thread while the next band is drawn; the last band here, after what is queued."""
        if last:  # nothing left to draw while it compresses
            self._drain(0)
            self._write(compress(*arguments))
            return
        self._drain(MAX_PENDING - 1)
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor  # only pictures of several bands need it

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="png")
        self._pending.append(self._executor.submit(compress, *arguments))

    def _opaque_rows(self, image: QImage, first: int, count: int) -> memoryview:
        """``count`` rows of ``image`` from its row ``first``, as a PNG's raw rows: a filter byte, then R, G, B.

        Qt writes them itself into the one buffer kept for the picture (an RGB888 image over it whose every line
        starts a byte after a filter byte): three times faster than converting the band into a new image, and the
        rows are not copied again. The same bytes as :meth:`QImage.convertToFormat`, an opaque pixel being copied.
        """
        line = self._row_bytes + 1
        size = line * count
        if self._buffer is None or len(self._buffer) <= size:
            # A byte more than the rows: the image over it, a byte in, has ``line`` bytes to each of its lines.
            self._buffer = bytearray(line * max(count, min(ROWS_PER_CHUNK, self.height)) + 1)
        view = memoryview(self._buffer)
        target = QImage(view[1:size + 1], self.width, count, line, QImage.Format.Format_RGB888)
        painter = QPainter(target)
        try:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.drawImage(QPoint(0, 0), image, QRect(0, first, self.width, count))
        finally:
            painter.end()
        del target
        return view[:size]

    def _compress_rows(self, rows: memoryview) -> bytes:
        if self._part is not Part.WHOLE:
            self._adler, self._length = _adler32(rows, self._adler), self._length + len(rows)
        return self._compressor.compress(rows)

    def finish(self) -> bytes:
        """End the file: its bytes when kept in memory, b"" when written to the caller's sink.

        The bottom part of a picture ends its deflate stream here (its sink then holds it, bare); its Adler-32
        and length are :attr:`checksum`.
        """
        if self._part is Part.TOP:
            raise ValueError("the top part of a picture is ended by join()")
        self._end_part()
        if self._part is Part.BOTTOM:
            self._sink.write(self._compressor.flush())
            return b""
        self._write(self._compressor.flush())
        return self._end_file()

    @property
    def checksum(self) -> tuple[int, int]:
        """The Adler-32 of the part's rows (each after its filter byte) and their length in bytes."""
        return self._adler, self._length

    def join(self, bottom: Iterable[bytes], bottom_checksum: tuple[int, int]) -> bytes:
        """End the top part's file with the bottom part's deflate (``bottom``, in pieces) and its checksum."""
        if self._part is not Part.TOP:
            raise ValueError("only the top part of a picture is joined")
        self._end_part()
        self._write(self._compressor.flush(zlib.Z_SYNC_FLUSH))
        for piece in bottom:
            self._write(piece)
        self._write(struct.pack(">I", adler32_combine(self._adler, bottom_checksum[0], bottom_checksum[1])))
        return self._end_file()

    def _end_part(self) -> None:
        if self._next_row != self._end_row:
            raise ValueError(f"the picture has {self._end_row} rows; {self._next_row} were given")
        try:
            self._drain(0)
        finally:
            self._stop_executor()

    def _end_file(self) -> bytes:
        self._sink.write(_chunk(b"IEND", b""))
        if self._memory is None:
            return b""
        data = self._memory.getvalue()  # the buffer itself, not a copy, when nothing else holds it
        self._memory = None
        return data

    def abandon(self) -> None:
        """Stop without writing (a cancelled or failed export)."""
        for future in self._pending:
            future.cancel()
        self._stop_executor()
        self._pending = []
        self._memory = None

    def _drain(self, keep: int) -> None:
        """Write out what the compressor has done until at most ``keep`` bands wait for it, in order."""
        while len(self._pending) > keep:
            self._write(self._pending.pop(0).result())

    def _write(self, compressed: bytes) -> None:
        if compressed:
            self._sink.write(compressed if self._part is Part.BOTTOM else _chunk(b"IDAT", compressed))

    def _stop_executor(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    def _compress(self, rows_image: QImage, count: int) -> bytes:
        """The rows, each preceded by filter type 0 ("none") as the PNG format wants, deflated on.

        The rows are laid out in one buffer kept for the whole picture (only one band is compressed at a time):
        a fresh one for each chunk cost the system a page fault every 4 KB.
        """
        row_bytes, stride = self._row_bytes, rows_image.bytesPerLine()
        bits = memoryview(rows_image.constBits())
        if self._buffer is None:
            self._buffer = bytearray((row_bytes + 1) * min(ROWS_PER_CHUNK, self.height))
        data = self._buffer  # its filter bytes are zero and stay so: only the rows are written over
        out = []
        for first in range(0, count, ROWS_PER_CHUNK):
            chunk_rows = min(ROWS_PER_CHUNK, count - first)
            for i in range(chunk_rows):
                start, source = i * (row_bytes + 1) + 1, (first + i) * stride
                data[start:start + row_bytes] = bits[source:source + row_bytes]
            size = (row_bytes + 1) * chunk_rows
            rows = data if size == len(data) else memoryview(data)[:size]
            if self._part is not Part.WHOLE:
                self._adler, self._length = _adler32(rows, self._adler), self._length + size
            out.append(self._compressor.compress(rows))
        return b"".join(out)


def encode_png(image: QImage, dpi: float) -> bytes:
    """The image as PNG bytes: RGB when opaque, RGBA (straight alpha) when it has transparency."""
    stream = PngStream(image.width(), image.height(), image.hasAlphaChannel(), dpi)
    try:
        stream.add(image, 0, image.height())
    except BaseException:
        stream.abandon()
        raise
    return stream.finish()
