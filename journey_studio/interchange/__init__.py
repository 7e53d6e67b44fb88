"""Other tools' formats in and out: Mermaid journey diagrams and CSV tables of cards. No Qt here.

Importers never stop at the first bad line or row: they take what they can and
say, for each thing they left out or changed, where it is and why.
"""

from dataclasses import dataclass, field
from pathlib import Path

from ..model import Workspace

MAX_IMPORT_BYTES = 32 * 1024 * 1024
"""Larger files are refused before parsing: no journey comes near it, and it bounds memory."""


class ImportFailed(Exception):
    """Nothing could be imported; the message names the file and says why."""


@dataclass
class ImportResult:
    workspace: Workspace
    problems: list[str] = field(default_factory=list)
    """Lines or rows that were left out, each with its place and the reason."""
    notices: list[str] = field(default_factory=list)
    """Things taken but changed on the way (a score clamped to the scale, a text shortened)."""
    summary: str = ""


def read_text(path: Path) -> tuple[str, list[str]]:
    """The file's text (UTF-8, with or without BOM; else Windows-1252, as older Excel saves) and notices."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImportFailed(f"{path}: is not a file")
        if size > MAX_IMPORT_BYTES:
            raise ImportFailed(f"{path}: is too large to import ({size / 1e6:.0f} MB; the limit is "
                               f"{MAX_IMPORT_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as error:
        raise ImportFailed(f"{path}: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), ["the file is not UTF-8; it was read as Windows-1252"]


def import_file(
    path: Path, language: str = "en", into: Workspace | None = None, map_key: str | None = None,
) -> ImportResult:
    """Import ``path`` by its extension (.mmd / .mermaid, .csv); ``into`` adds a CSV's cards to that workspace."""
    suffix = path.suffix.lower()
    if suffix in (".mmd", ".mermaid"):
        if into is not None:
            raise ImportFailed(f"{path}: a Mermaid journey becomes a new map; --into is for CSV cards")
        from .mermaid import MermaidSyntaxError, import_mermaid

        text, notices = read_text(path)
        try:
            result = import_mermaid(text, language)
        except MermaidSyntaxError as error:
            raise ImportFailed(f"{path}: {error}") from None
    elif suffix == ".csv":
        from .csv_cards import CsvFormatError, import_cards_csv

        text, notices = read_text(path)
        try:
            result = import_cards_csv(text, language, into=into, map_key=map_key, default_map=path.stem)
        except CsvFormatError as error:
            raise ImportFailed(f"{path}: {error}") from None
    else:
        raise ImportFailed(f"{path}: cannot import {suffix or 'a file without extension'!r} "
                           "(Mermaid .mmd or CSV .csv)")
    result.notices[:0] = notices
    return result


__all__ = ["ImportFailed", "ImportResult", "import_file", "read_text"]
