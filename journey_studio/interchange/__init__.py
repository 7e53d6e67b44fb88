"""Other tools' formats in and out: Mermaid journey diagrams and CSV tables of cards. No Qt here.

Importers never stop at the first bad line or row: they take what they can and
say, for each thing they left out or changed, where it is and why.
"""

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ..io.bounded_read import read_at_most
from ..model import Workspace
from .limits import ImportLimitExceeded

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
    """The file's text and notices: UTF-8 (with or without BOM), UTF-16 or UTF-32 with their BOM (Excel's
    "Unicode text"), else Windows-1252 as older Excel saves. Only a regular file under the size limit is read."""
    data = _read_bytes(path)
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), []
            except UnicodeDecodeError as error:
                raise ImportFailed(f"{path}: is not valid {codec.upper()} text (bad bytes at position "
                                   f"{error.start + len(bom)})") from None
    if data[:4096].count(b"\x00") > len(data[:4096]) // 8:  # ASCII in UTF-16 is valid UTF-8, NULs and all
        raise ImportFailed(f"{path}: looks like UTF-16 text without a byte-order mark; save it as UTF-8 "
                           "(or as Unicode text with its byte-order mark)")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors="replace"), ["the file is not UTF-8; it was read as Windows-1252"]


def _read_bytes(path: Path) -> bytes:
    """Non-blocking, checked on the opened file: a named pipe is refused instead of waited on."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise ImportFailed(f"{path}: is not a file") from None
    except OSError as error:
        raise ImportFailed(f"{path}: {error.strerror or error}") from None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise ImportFailed(f"{path}: is not a file")
        if status.st_size > MAX_IMPORT_BYTES:
            raise ImportFailed(f"{path}: is too large to import ({status.st_size / 1e6:.0f} MB; the limit is "
                               f"{MAX_IMPORT_BYTES // (1024 * 1024)} MB)")
        data = read_at_most(fd, MAX_IMPORT_BYTES)
        if len(data) > MAX_IMPORT_BYTES:
            raise ImportFailed(f"{path}: grew past the import limit while it was read")
        return data
    except OSError as error:
        raise ImportFailed(f"{path}: {error.strerror or error}") from None
    finally:
        os.close(fd)


def import_file(
    path: Path, language: str = "en", into: Workspace | None = None, map_key: str | None = None,
) -> ImportResult:
    """Import ``path`` by its extension (.mmd / .mermaid, .csv); ``into`` adds a CSV's cards to that workspace.

    Every failure is an ImportFailed whose message names the file (and the line or limit): never a traceback.
    """
    return _importing(path, lambda: _import_file(path, language, into, map_key))


def _import_file(
    path: Path, language: str, into: Workspace | None, map_key: str | None,
) -> ImportResult:
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


def _importing(path: Path, run):
    """``run()``, with every way an import can fail turned into an ImportFailed naming the file."""
    try:
        return run()
    except ImportFailed:
        raise
    except ImportLimitExceeded as error:
        raise ImportFailed(f"{path}: {error}") from None
    except ValidationError as error:  # a limit the importers did not foresee: still a message, not a traceback
        detail = error.errors()[0]
        where = ".".join(str(part) for part in detail["loc"])
        raise ImportFailed(f"{path}: the imported map would not be valid ({where}: {detail['msg']})") from None
    except (OverflowError, RecursionError, MemoryError) as error:
        raise ImportFailed(f"{path}: holds more than an import can take ({type(error).__name__})") from None


__all__ = ["ImportFailed", "ImportResult", "import_file", "read_text"]
