"""An export never replaces its own input, nor any journey map file.

``export victim.journey.json -o link.png`` with ``link.png`` a symbolic link to the map, or a map
named ``self.csv`` exported as CSV onto itself, would replace the map with a picture or a table.
The output is compared with the inputs as the file system sees them (links followed, same file
under two names), and whatever the inputs, a file that holds a journey map is never an export's target.
"""

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from .limits import tr
from .options import ExportError

SNIFF_BYTES = 4096
_MAP_MARK = b'"schema_version"'


class OutputIsInput(ExportError):
    """The output names (or links to) a file the export reads, or another journey map."""


def check_output(output: Path, inputs: Iterable[Path] = ()) -> None:
    """OutputIsInput when writing ``output`` would replace one of ``inputs`` or a journey map file."""
    target = Path(os.path.realpath(output))
    for source in inputs:
        if target == Path(os.path.realpath(source)) or _same_file(output, source):
            raise OutputIsInput(
                f"{output}: is the file being exported ({source}); exporting onto it would replace the map. "
                "Choose another output name"
            )
    if holds_a_journey_map(target):
        raise OutputIsInput(
            tr("{path}: is a journey map file; an export never replaces a map. Choose another output name", path=output)
        )


def holds_a_journey_map(path: Path) -> bool:
    """Whether ``path`` is a regular file whose start reads like a ``.journey.json`` map (any name)."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        head = os.read(fd, SNIFF_BYTES)
    except OSError:
        return False
    finally:
        os.close(fd)
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return text.startswith(b"{") and _MAP_MARK in text


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
