"""Build the two derived fallback fonts in ``resources/fonts`` from Debian's font packages.

* ``JourneyStudioCJK-Regular.ttf`` — Droid Sans Fallback (``fonts-droid-fallback``, Apache 2.0):
  Chinese, Japanese and all 11,172 Korean Hangul syllables, renamed. Many Linux machines already
  have *DroidSansFallbackFull.ttf* under the same family name, and that variant has no Hangul; Qt
  cannot choose between two families of one name, so the bundled copy gets its own name and is
  always the one the layout measured. Glyphs unchanged.
* ``JourneyStudioSymbols-Regular.ttf`` — the arrows, check marks, stars, shapes and dingbats
  (U+2190–2BFF) of DejaVu Sans (``fonts-dejavu-core``, Bitstream Vera licence + public domain),
  subset to 150 KB instead of 760 KB and renamed so it never stands in for the system's full
  DejaVu Sans.

Run by a developer when a source font changes, not at build time (fontTools is a tool-time need):

    apt-get download fonts-droid-fallback && dpkg -x fonts-droid-fallback_*.deb droid
    python -m pip install fonttools
    python tools/make_fonts.py --droid droid/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf
"""

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
SYMBOL_RANGES = [(0x2190, 0x23FF), (0x2460, 0x27BF), (0x27F0, 0x27FF), (0x2900, 0x297F), (0x2B00, 0x2BFF)]


def rename(font: TTFont, family: str, postscript: str, origin: str) -> None:
    """Give ``font`` its own family name; the original name is kept in the unique-id record."""
    names = font["name"]
    version = names.getDebugName(5) or ""
    for record in list(names.names):
        if record.nameID in (1, 4, 16, 21):
            record.string = family
        elif record.nameID in (2, 17, 22):
            record.string = "Regular"
        elif record.nameID == 3:
            record.string = f"{postscript}; derived from {origin}"
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 5:
            record.string = f"{version}; derived from {origin} by Journey Studio"


def make_cjk(source: Path) -> Path:
    font = TTFont(str(source))
    rename(font, "Journey Studio CJK", "JourneyStudioCJK-Regular", "Droid Sans Fallback (glyphs unchanged)")
    target = FONTS / "JourneyStudioCJK-Regular.ttf"
    font.save(str(target))
    return target


def make_symbols(source: Path) -> Path:
    font = TTFont(str(source))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[code for low, high in SYMBOL_RANGES for code in range(low, high + 1)])
    subsetter.subset(font)
    rename(font, "Journey Studio Symbols", "JourneyStudioSymbols-Regular", "DejaVu Sans (symbol subset)")
    target = FONTS / "JourneyStudioSymbols-Regular.ttf"
    font.save(str(target))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--droid", type=Path, default=Path("/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf")
    )
    parser.add_argument("--dejavu", type=Path, default=Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    args = parser.parse_args()
    for target in (make_cjk(args.droid), make_symbols(args.dejavu)):
        print(f"wrote {target} ({target.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
