"""Linux: a smaller ICU data library for the bundle (31 MB → about 9 MB), holding only what Qt asks ICU for.

PySide6's wheels ship ICU for QtCore, whose data library (``libicudata.so.<N>``) is one 31 MB
array, the symbol ``icudt<N>_dat``, in ICU's "common data" package format. QtCore calls ICU for
four things only (its undefined ICU symbols say so: ``nm -D --undefined-only libQt6Core.so.6``):

- collation (``ucol_*``: QCollator, the sorting of file dialogs and sorted lists): **kept whole**,
  every language's rules, Chinese, Japanese and Korean included;
- case mapping with a locale (``u_strToUpper``/``u_strToLower``: Turkish dotted i…): its tables
  are compiled into libicuuc, no data item needed;
- time zones (``ucal_*``: canonical ids, display names): the zone rules and the names in English
  and French (the languages Journey Studio speaks; other languages get "UTC+1");
- character set converters (``ucnv_*``: QStringDecoder for legacy encodings): left out, Journey
  Studio reads and writes UTF-8 only (Qt's own UTF-8/16/32 and Latin-1 do not use ICU).

What goes: converter tables (5 MB), line-break dictionaries and rules (3.4 MB, Qt breaks lines
itself), transliterators, and the names of languages, regions, currencies and units in every
language (10 MB of CLDR data Qt takes from its own tables). ``icupkg`` (Debian package
``icu-devtools``; the 72 tools read 73's data) removes the items, a three-line assembly file
``.incbin``s the result under the same symbol and a C compiler links it as ``libicudata.so.<N>``.
Without ``icupkg`` or ``cc`` the build keeps the full library and says so.
``tests/packaging/test_bundle.py`` compares sorting, case mapping and zone names through Qt with
the full and the trimmed library.
"""

import re
import shutil
import subprocess
from pathlib import Path

DROPPED_FOLDERS = ("brkitr/", "translit/", "lang/", "region/", "curr/", "unit/", "rbnf/")
ZONE_NAMES_KEPT = re.compile(r"^zone/(root|res_index|pool|tzdbNames|en|fr|en_\w+|fr_\w+)\.res$")
LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")


def keep_item(name: str) -> bool:
    """Whether the data item ``name`` (as icupkg lists it: "coll/fr.res", "ibm-943_P15A-2003.cnv"…) stays."""
    if name.endswith(".cnv") or name.startswith(DROPPED_FOLDERS):
        return False
    if name.startswith("zone/"):
        return ZONE_NAMES_KEPT.match(name) is not None
    return True


def _data_symbol(library: Path, major: str) -> tuple[int, int]:
    """File offset and size of ``icudt<N>_dat`` in ``library``: read from its symbol and section tables."""
    symbol = f"icudt{major}_dat"
    listing = subprocess.run(["nm", "-D", "-S", str(library)], capture_output=True, text=True, check=True).stdout
    found = [line.split() for line in listing.splitlines() if line.endswith(" " + symbol)]
    if len(found) != 1:
        raise RuntimeError(f"{library}: no {symbol} symbol")
    address, size = int(found[0][0], 16), int(found[0][1], 16)
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return address - section_address + section_offset, size
    raise RuntimeError(f"{library}: no .rodata section")


def trimmed_library(library: Path, work: Path) -> Path | None:
    """A trimmed copy of ``library`` in ``work``, or None (with the reason printed) when the tools are missing."""
    match = LIBRARY.match(library.name)
    if match is None:
        return None
    tools = {tool: shutil.which(tool) for tool in ("icupkg", "cc", "nm", "readelf")}
    missing = [tool for tool, path in tools.items() if path is None]
    if missing:
        print(
            f"icu_data: {', '.join(missing)} not found (Debian: apt install icu-devtools build-essential); "
            f"the bundle keeps the full ICU data ({library.stat().st_size / 1e6:.0f} MB)"
        )
        return None
    major = match.group(1)
    work.mkdir(parents=True, exist_ok=True)
    offset, size = _data_symbol(library, major)
    (work / "full").mkdir(exist_ok=True)
    full = work / "full" / f"icudt{major}l.dat"  # icupkg takes the package name from the file name
    with library.open("rb") as handle:
        handle.seek(offset)
        full.write_bytes(handle.read(size))
    names = subprocess.run(
        [tools["icupkg"], "-l", str(full)], capture_output=True, text=True, check=True
    ).stdout.split()
    removed = [name for name in names if not keep_item(name)]
    (work / "removed.txt").write_text("\n".join(removed) + "\n", encoding="utf-8")
    trimmed = work / f"icudt{major}l.dat"
    trimmed.unlink(missing_ok=True)
    subprocess.run(
        [tools["icupkg"], "-r", str(work / "removed.txt"), str(full), str(trimmed)], check=True, capture_output=True
    )
    assembly = work / "icudata.S"
    assembly.write_text(
        "    .section .rodata\n"
        f"    .globl icudt{major}_dat\n"
        f"    .type icudt{major}_dat, @object\n"
        "    .balign 16\n"
        f"icudt{major}_dat:\n"
        f'    .incbin "{trimmed}"\n'
        f"    .size icudt{major}_dat, . - icudt{major}_dat\n"
        '    .section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    output = work / library.name
    subprocess.run(
        [
            tools["cc"],
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-Wl,-z,noexecstack",
            "-o",
            str(output),
            str(assembly),
        ],
        check=True,
        capture_output=True,
    )
    full.unlink()
    print(
        f"icu_data: {library.name} {library.stat().st_size / 1e6:.1f} MB -> {output.stat().st_size / 1e6:.1f} MB "
        f"({len(removed)} of {len(names)} data items left out)"
    )
    return output
