"""PNG export: the map, a stage or the selection drawn by the painter at the asked size (never upscaled), DPI recorded.

Persona sheets are not a map layout: their SVG is drawn by Qt's SVG renderer instead.
"""

import contextlib
import gc
import os
import signal
import struct
import sys
import tempfile
import threading
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, NoReturn

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from ..layout import Rect
from ..model import JourneyMap, Workspace
from .options import Background, ExportError, ExportOptions, Progress, Scope, no_progress
from .png_writer import Part, PngStream
from .render import (
    MapPicture,
    band_costs,
    band_rows,
    build_picture,
    legibility_warning,
    render_bands,
    render_frame,
)
from .scope import content_rect
from .sizing import Frame, frame_for

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer


def map_image(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
) -> tuple[QImage, Frame]:
    """The picture ``options`` ask for, as an image, with the frame it fills."""
    theme = options.load_theme()
    if options.scope is Scope.PERSONAS:
        return _persona_image(workspace, journey_map, options)
    picture = build_picture(workspace, journey_map, theme, marks=options.marks)
    frame = frame_for(content_rect(picture.map_layout, journey_map, options), options)
    try:
        return render_frame(picture, frame, options.background, progress), frame
    except MemoryError as error:
        raise ExportError(f"{error}; lower the DPI or the width") from None


SPOOL_READ = 1 << 20
"""Bytes read back from the spool at a time when the file is written out."""
_drawn = threading.local()
"""The legibility of the PNG this thread drew last, for the warning asked right after it (the command line's):
the map's layout, the costliest step before the drawing, is then not computed a second time."""


def _drawn_key(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> tuple[object, ...]:
    return id(journey_map), id(workspace.personas), workspace.metadata.language, options


def png_legibility_warning(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> str | None:
    """Why the PNG's text will be too small to read, and the size that fixes it; None when it reads fine.

    The picture is always drawn in full (never the screen's far-zoom blocks): this says so instead.
    Right after :func:`png_bytes` drew these very objects, its finding is used (handed over once).
    """
    if options.scope is Scope.PERSONAS:
        return None
    kept = getattr(_drawn, "entry", None)
    _drawn.entry = None
    if kept is not None and kept[0] == _drawn_key(workspace, journey_map, options):
        return kept[-1]
    picture = build_picture(workspace, journey_map, options.load_theme())
    return legibility_warning(picture.map_layout, frame_for(content_rect(picture.map_layout, journey_map, options),
                                                            options))


def png_bytes(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
) -> bytes:
    """The PNG file in memory: each band of the picture is drawn alone and compressed while the next one is drawn."""
    return _draw_png(workspace, journey_map, options, progress, None)


def png_pieces(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress, spool: IO[bytes],
) -> Iterator[bytes]:
    """The PNG file written into ``spool`` as its bands are drawn, then read back from it a megabyte at a time.

    Neither the picture nor its file is ever whole in memory, however large the map (``export_map`` streams).
    """
    _draw_png(workspace, journey_map, options, progress, spool)
    spool.seek(0)
    return iter(lambda: spool.read(SPOOL_READ), b"")


def _draw_png(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress,
    sink: IO[bytes] | None,
) -> bytes:
    """The PNG drawn band by band into ``sink`` (its bytes returned when None)."""
    if options.scope is Scope.PERSONAS:
        return _persona_png(workspace, journey_map, options, sink)
    picture = build_picture(workspace, journey_map, options.load_theme(), marks=options.marks)
    frame = frame_for(content_rect(picture.map_layout, journey_map, options), options)
    _drawn.entry = None
    alpha = options.background is Background.TRANSPARENT
    bands = -(-frame.height // band_rows(frame))
    if options.second_process and bands >= MIN_BANDS_TO_SHARE and _may_fork():
        data = _draw_in_two(picture, frame, options.background, progress, sink, bands)
    else:
        stream = PngStream(frame.width, frame.height, alpha, frame.dpi, sink)
        try:
            # Band by band into a band-sized image: memory stays bounded however large the map.
            render_bands(picture, frame, lambda band, top, rows: stream.add(band, top, rows, image_top=top),
                         options.background, progress)
        except MemoryError as error:
            stream.abandon()
            raise ExportError(f"{error}; lower the DPI or the width") from None
        except BaseException:
            stream.abandon()
            raise
        progress(1.0, "encoding")
        data = stream.finish()
    # The objects are held with the finding, so their ids cannot be reused while it is kept.
    _drawn.entry = (_drawn_key(workspace, journey_map, options), journey_map, workspace.personas,
                    legibility_warning(picture.map_layout, frame))
    return data


MIN_BANDS_TO_SHARE = 4
"""A picture of this many bands or more is drawn by two processes (:func:`_draw_in_two`) where it may fork."""


def _may_fork() -> bool:
    """Whether this process may fork a second drawing process: Linux, two cores or more, and no other thread.

    QPainter holds Python's lock while it draws, so a second thread cannot draw; a forked process can. Forking
    is safe only while this process runs one thread, counted by the system (no lock can be held by a thread the
    child will not have). Only a caller that asks is considered (``ExportOptions.second_process``: the command
    line); a window never asks, whatever its thread count (offscreen, it may run one).
    """
    return (sys.platform == "linux" and hasattr(os, "fork") and (os.cpu_count() or 1) >= 2
            and threading.active_count() == 1 and len(os.listdir("/proc/self/task")) == 1)


CHILD_COST = 1.05
"""The second process's cost of a band against this one's: it copies the pages it touches (the layout's objects,
their reference counts). On the 10,000-card map under load, the child drew its 7,205 cards with 4-10 % more CPU than
this process its 7,110 in two runs, 20 % less in a third: a small allowance, not a measured constant."""
JOIN_COST_IN_CARDS = 150.0
"""What this process does after both have drawn, in cards drawn (about 0.6 ms each): reading the child's deflate
back and writing it after its own."""


def split_band(costs: list[float]) -> int:
    """The first band the second process draws: the one that best evens out both processes' estimated work, this
    one's with the joining; at least one band each."""
    total = sum(costs)
    best, best_time, top = 1, float("inf"), 0.0
    for split in range(1, len(costs)):
        top += costs[split - 1]
        longest = max(top + JOIN_COST_IN_CARDS, (total - top) * CHILD_COST)
        if longest < best_time:
            best, best_time = split, longest
    return best


def _draw_in_two(
    picture: MapPicture, frame: Frame, background: Background, progress: Progress, sink: IO[bytes] | None,
    bands: int,
) -> bytes:
    """The PNG drawn by this process (the top bands) and a forked child (the bottom ones), at once.

    The child compresses its rows into a bare deflate stream in a temporary file; this process writes its own,
    then the child's, then the checksum of all (:meth:`PngStream.join`): the very file one process writes but for
    how the deflate stream is cut. The child ends without Python's or Qt's teardown; a failure on either side
    ends both and raises here.
    """
    split = split_band(band_costs(picture, frame))
    rows = band_rows(frame)
    alpha = background is Background.TRANSPARENT
    with tempfile.TemporaryFile() as bottom_file:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child: coverage does not follow it
            os.close(read_end)
            _draw_bottom(picture, frame, background, bottom_file, write_end, range(split, bands),
                         (split * rows, frame.height))
        os.close(write_end)
        stream = PngStream(frame.width, frame.height, alpha, frame.dpi, sink, Part.TOP, (0, split * rows))
        try:
            render_bands(picture, frame, lambda band, top, count: stream.add(band, top, count, image_top=top),
                         background, progress, range(0, split))
            progress(0.5, "drawing")
            with os.fdopen(read_end, "rb") as said:
                read_end = -1
                answer = said.read()
            _, status = os.waitpid(pid, 0)
            pid = 0
            if status != 0 or len(answer) != 12:
                why = answer[12:].decode(errors="replace") or f"status {status}"
                raise ExportError(f"the second drawing process failed: {why}")
            checksum = struct.unpack(">IQ", answer)
            progress(1.0, "encoding")
            bottom_file.seek(0)
            return stream.join(iter(lambda: bottom_file.read(SPOOL_READ), b""), checksum)
        except BaseException:
            stream.abandon()
            raise
        finally:
            if pid:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            if read_end >= 0:
                os.close(read_end)


def _draw_bottom(
    picture: MapPicture, frame: Frame, background: Background, out: IO[bytes], answer: int, bands: range,
    rows: tuple[int, int],
) -> NoReturn:  # pragma: no cover - runs in the forked child
    """The child's part: its bands into ``out``, then its checksum (or why it failed) to the ``answer`` pipe."""
    code = 1
    try:
        gc.disable()  # a short life: collecting would only copy the parent's pages
        stream = PngStream(frame.width, frame.height, background is Background.TRANSPARENT, frame.dpi, out,
                           Part.BOTTOM, rows)
        render_bands(picture, frame, lambda band, top, count: stream.add(band, top, count, image_top=top),
                     background, bands=bands)
        stream.finish()
        out.flush()
        os.write(answer, struct.pack(">IQ", *stream.checksum))
        code = 0
    except BaseException as error:  # anything, told to the parent, which raises it
        with contextlib.suppress(OSError):
            os.write(answer, b"x" * 12 + f"{type(error).__name__}: {error}".encode()[:500])
    finally:
        os._exit(code)


def _persona_image(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> tuple[QImage, Frame]:
    """The persona sheets as one image (the clipboard's; a file is drawn in bands by :func:`_persona_png`)."""
    renderer, frame, background = _persona_renderer(workspace, journey_map, options)
    image, fill = _persona_canvas(frame.width, frame.height, background)
    _paint_persona_rows(renderer, frame, image, fill, 0)
    return image, frame


def _persona_png(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, sink: IO[bytes] | None,
) -> bytes:
    """The persona sheets' PNG, drawn band by band as the map is: however wide it is asked, one band in memory."""
    renderer, frame, background = _persona_renderer(workspace, journey_map, options)
    rows = band_rows(frame)
    image, fill = _persona_canvas(frame.width, rows, background)
    stream = PngStream(frame.width, frame.height, image.hasAlphaChannel(), frame.dpi, sink)
    try:
        for top in range(0, frame.height, rows):
            _paint_persona_rows(renderer, frame, image, fill, top)
            stream.add(image, top, min(rows, frame.height - top), image_top=top)
    except BaseException:
        stream.abandon()
        raise
    return stream.finish()


def _persona_renderer(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions) -> tuple[
        "QSvgRenderer", Frame, str | None]:
    from PySide6.QtSvg import QSvgRenderer

    from .svg import svg_bytes  # the SVG writer and its font tables: only persona sheets need them here

    renderer = QSvgRenderer(svg_bytes(workspace, journey_map, options))
    view = renderer.viewBoxF()
    content = Rect(view.x(), view.y(), view.width(), view.height())
    frame = frame_for(content, ExportOptions(dpi=options.dpi, width=options.width))
    return renderer, frame, options.background_colour(options.load_theme())


def _persona_canvas(width: int, height: int, background: str | None) -> tuple[QImage, QColor]:
    """An image to draw the sheets in, and the colour its every band starts from."""
    image = QImage(width, height,
                   QImage.Format.Format_RGB32 if background else QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(f"there is not enough memory for a {width} × {height} image; lower the DPI or the width")
    return image, QColor(background) if background else QColor(0, 0, 0, 0)


def _paint_persona_rows(renderer: "QSvgRenderer", frame: Frame, image: QImage, fill: QColor, top: int) -> None:
    """The sheets' rows from ``top`` down, as many as ``image`` holds, over ``fill``."""
    image.fill(fill)
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.translate(0, -top)
        renderer.render(painter, QRectF(0, 0, frame.width, frame.height))
    finally:
        painter.end()
