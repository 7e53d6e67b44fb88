"""Exports, chosen by the output file's extension; each format turns a map into bytes, written atomically."""

import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

from ..io.atomic import MissingFolder, atomic_write, resolve_target
from ..io.errors import ErrorText, os_reason
from ..model import JourneyMap, Workspace
from .limits import ExportFailed, ExportTooLarge, check_export_bounds, tr
from .options import (
    Background,
    ExportCancelled,
    ExportError,
    ExportOptions,
    PageSize,
    Progress,
    Scope,
    no_progress,
)
from .output_guard import OutputIsInput, check_output
from .view_options import viewed_export

Renderer = Callable[[Workspace, JourneyMap, ExportOptions, Progress], bytes]
Streamer = Callable[[Workspace, JourneyMap, ExportOptions, Progress, IO[bytes]], Iterable[bytes]]
"""Draws into the spool (a temporary file) as it goes; returns the file's pieces, which may read the spool back."""
_T = TypeVar("_T")


def _problem(error: ExportError) -> str | ErrorText:
    """An ExportError's words, kept translatable when it was raised with an ErrorText."""
    return error.args[0] if error.args and isinstance(error.args[0], ErrorText) else str(error)


@dataclass(frozen=True)
class Format:
    suffix: str
    label: str
    render: Renderer
    scopes: frozenset[Scope]
    transparent: bool
    """Whether the format can leave the background clear."""
    sized: bool
    """Whether DPI, pixel width and page shape mean anything to it."""
    stream: Streamer | None = None
    """How :func:`export_map` writes the file as it is made, for a format whose files grow with the map: memory
    stays bounded (:func:`export_bytes` still uses ``render``)."""


def _png(*args) -> bytes:
    from .png import png_bytes

    return png_bytes(*args)


def _png_stream(*args) -> Iterable[bytes]:
    from .png import png_pieces

    return png_pieces(*args)


def _svg(*args) -> bytes:
    from .svg import svg_bytes

    return svg_bytes(*args)


def _svg_stream(*args) -> Iterable[bytes]:
    from .svg import svg_pieces

    return svg_pieces(*args)


def _pdf(*args) -> bytes:
    from .report.builder import pdf_bytes

    return pdf_bytes(*args)


def _pptx(*args) -> bytes:
    from .pptx_deck import pptx_bytes

    return pptx_bytes(*args)


def _mermaid(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress) -> bytes:
    from ..interchange.mermaid import mermaid_text

    return mermaid_text(workspace, journey_map).encode("utf-8")


def _csv(workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress) -> bytes:
    from ..interchange.csv_cards import cards_csv

    return cards_csv(workspace, [journey_map])


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name the translation tools look for
    """Marks a format's name for the interface's catalogue; the export dialog translates it when shown."""
    return text


FORMAT_CONTEXT = "ExportFormats"
"""The translation context of the formats' names (``QCoreApplication.translate(FORMAT_CONTEXT, fmt.label)``)."""
_ALL = frozenset(Scope)
_MAP_ONLY = frozenset({Scope.MAP})
FORMATS: dict[str, Format] = {
    ".png": Format(".png", QT_TRANSLATE_NOOP("ExportFormats", "PNG image"), _png, _ALL, transparent=True, sized=True,
                   stream=_png_stream),
    ".svg": Format(".svg", QT_TRANSLATE_NOOP("ExportFormats", "SVG vector image"), _svg, _ALL, transparent=True,
                   sized=True, stream=_svg_stream),
    ".pdf": Format(".pdf", QT_TRANSLATE_NOOP("ExportFormats", "PDF report"), _pdf, _ALL, transparent=False,
                   sized=False),
    ".pptx": Format(".pptx", QT_TRANSLATE_NOOP("ExportFormats", "PowerPoint deck"), _pptx, _MAP_ONLY,
                    transparent=False, sized=False),
    ".mmd": Format(".mmd", QT_TRANSLATE_NOOP("ExportFormats", "Mermaid journey diagram"), _mermaid, _MAP_ONLY,
                   transparent=False, sized=False),
    ".csv": Format(".csv", QT_TRANSLATE_NOOP("ExportFormats", "CSV cards table"), _csv, _MAP_ONLY,
                   transparent=False, sized=False),
}
"""Suffix → format; renderers import their modules on first use: the CLI starts fast, Qt loads only for PNG."""


def format_for(path: Path | str) -> Format:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise ExportError(f"{path}: unsupported format {suffix or '(no extension)'!r} (supported: {known})")
    return FORMATS[suffix]


def export_bytes(
    workspace: Workspace, journey_map: JourneyMap, suffix: str, options: ExportOptions,
    progress: Progress = no_progress,
) -> bytes:
    """The file a format makes of ``journey_map``, in memory (for the clipboard and previews)."""
    fmt = format_for(f"export{suffix}")
    return _exported(workspace, journey_map, fmt, options,
                     lambda viewed, viewed_options: fmt.render(workspace, viewed, viewed_options, progress))


def _exported(
    workspace: Workspace, journey_map: JourneyMap, fmt: Format, options: ExportOptions,
    make: Callable[[JourneyMap, ExportOptions], _T],
) -> _T:
    """What ``make`` makes of the map as the options show it, once the format has agreed to them; whatever goes
    wrong is an ExportFailed naming the map and the format."""
    try:
        if options.scope not in fmt.scopes:
            raise ExportError(tr("{format} exports the whole map only, not the {scope}", format=fmt.label,
                                 scope=options.scope.value))
        if options.background is Background.TRANSPARENT and not fmt.transparent:
            raise ExportError(tr("a transparent background is for PNG and SVG only, not {format}", format=fmt.label))
        journey_map, options = viewed_export(journey_map, options)
        check_export_bounds(workspace, journey_map, fmt.suffix, fmt.label, options)
        return make(journey_map, options)
    except (ExportCancelled, ExportFailed):
        raise
    except ExportError as error:  # typed, with the map and the format named, for the dialog and the command line
        raise ExportFailed(journey_map, fmt.label, _problem(error)) from None
    except MemoryError:
        raise ExportFailed(journey_map, fmt.label,
                           tr("there is not enough memory; lower the DPI or the width")) from None
    except Exception as error:  # a map that validates must export: never let a traceback reach the user
        raise ExportFailed(journey_map, fmt.label, f"{type(error).__name__}: {error}") from error


def export_map(
    workspace: Workspace, journey_map: JourneyMap, path: Path, options: ExportOptions | None = None,
    progress: Progress = no_progress,
) -> None:
    """Write ``journey_map`` to ``path`` in the format its extension names; ExportError says why not.

    Nothing is written when the export fails or is cancelled. A format that streams (:attr:`Format.stream`)
    draws into an unnamed temporary file beside ``path``, gone whatever happens, and its file is then written
    in pieces: the file is never whole in memory.
    """
    fmt = format_for(path)
    check_output(Path(path))
    options = options or ExportOptions()
    stream = fmt.stream
    if stream is None:
        data = export_bytes(workspace, journey_map, fmt.suffix, options, progress)
        check_output(Path(path))  # again: the export may have taken a while
        _write(journey_map, fmt, Path(path), data)
        return
    with _spool(journey_map, fmt, Path(path)) as spool:
        pieces = _exported(workspace, journey_map, fmt, options,
                           lambda viewed, viewed_options: stream(workspace, viewed, viewed_options, progress, spool))
        check_output(Path(path))
        _write(journey_map, fmt, Path(path), pieces)


@contextmanager
def _spool(journey_map: JourneyMap, fmt: Format, path: Path) -> Iterator[IO[bytes]]:
    """An unnamed temporary file in the output's folder (not the system's, often memory), removed on closing."""
    try:
        folder = resolve_target(path).parent
        if not folder.is_dir():
            raise MissingFolder(folder)
        spool = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 - closed below, once the file is written
    except OSError as error:
        raise _cannot_write(journey_map, fmt, path, error) from None
    with spool:
        yield spool


def _write(journey_map: JourneyMap, fmt: Format, path: Path, data: bytes | Iterable[bytes]) -> None:
    try:
        atomic_write(path, data)
    except OSError as error:
        raise _cannot_write(journey_map, fmt, path, error) from None


def _cannot_write(journey_map: JourneyMap, fmt: Format, path: Path, error: OSError) -> ExportFailed:
    reason = os_reason(error, path)
    return ExportFailed(journey_map, fmt.label, tr("cannot write {path}: {reason}", path=path, reason=reason))


__all__ = [
    "FORMATS", "Background", "ExportCancelled", "ExportError", "ExportFailed", "ExportOptions",
    "ExportTooLarge", "Format", "OutputIsInput", "PageSize", "Progress", "Scope", "export_bytes", "export_map",
    "format_for", "no_progress",
]
