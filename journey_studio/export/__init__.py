"""Exports, chosen by the output file's extension; each format turns a map into bytes, written atomically."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..io.atomic import atomic_write
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


def _png(*args) -> bytes:
    from .png import png_bytes

    return png_bytes(*args)


def _svg(*args) -> bytes:
    from .svg import svg_bytes

    return svg_bytes(*args)


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
    ".png": Format(".png", QT_TRANSLATE_NOOP("ExportFormats", "PNG image"), _png, _ALL, transparent=True, sized=True),
    ".svg": Format(".svg", QT_TRANSLATE_NOOP("ExportFormats", "SVG vector image"), _svg, _ALL, transparent=True,
                   sized=True),
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
    try:
        if options.scope not in fmt.scopes:
            raise ExportError(tr("{format} exports the whole map only, not the {scope}", format=fmt.label,
                                 scope=options.scope.value))
        if options.background is Background.TRANSPARENT and not fmt.transparent:
            raise ExportError(tr("a transparent background is for PNG and SVG only, not {format}", format=fmt.label))
        journey_map, options = viewed_export(journey_map, options)
        check_export_bounds(workspace, journey_map, fmt.suffix, fmt.label, options)
        return fmt.render(workspace, journey_map, options, progress)
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

    Nothing is written when the export fails or is cancelled.
    """
    fmt = format_for(path)
    check_output(Path(path))
    data = export_bytes(workspace, journey_map, fmt.suffix, options or ExportOptions(), progress)
    check_output(Path(path))  # again: the export may have taken a while
    try:
        atomic_write(Path(path), data)
    except OSError as error:
        reason = os_reason(error, Path(path))
        raise ExportFailed(journey_map, fmt.label,
                           tr("cannot write {path}: {reason}", path=path, reason=reason)) from None


__all__ = [
    "FORMATS", "Background", "ExportCancelled", "ExportError", "ExportFailed", "ExportOptions",
    "ExportTooLarge", "Format", "OutputIsInput", "PageSize", "Progress", "Scope", "export_bytes", "export_map",
    "format_for", "no_progress",
]
