"""Exports, chosen by the output file's extension."""

from collections.abc import Callable
from pathlib import Path

from ..model import JourneyMap, Workspace
from .options import ExportError, ExportOptions

Exporter = Callable[[Workspace, JourneyMap, Path, ExportOptions], None]


def exporters() -> dict[str, Exporter]:
    """Suffix → exporter; imported lazily so the CLI starts fast and Qt loads only when needed."""
    from .png import export_png

    return {".png": export_png}


def export_map(workspace: Workspace, journey_map: JourneyMap, path: Path, options: ExportOptions) -> None:
    suffix = path.suffix.lower()
    table = exporters()
    if suffix not in table:
        known = ", ".join(sorted(table))
        raise ExportError(f"{path}: unsupported format {suffix or '(no extension)'!r} (supported: {known})")
    table[suffix](workspace, journey_map, path, options)


__all__ = ["ExportError", "ExportOptions", "export_map", "exporters"]
