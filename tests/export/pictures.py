"""Reference pictures of every template × theme (and the stress maps), and the comparison they are checked with.

``python -m tests.export.pictures`` (``make references``) redraws them into tests/export/references/ and
writes the gallery page docs/gallery/README.md; review the pictures, then commit them.

The comparison works on 8 × 8 pixel blocks: two renderers (or two machines) differ along antialiased edges,
a few pixels per block, while a missing evidence badge, a missing arrow or a label moved by a few pixels
changes whole blocks. :data:`BLOCK_TOLERANCE` sits between the two, as measured in test_references.py.
"""

import sys
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parents[2]
REFERENCES = ROOT / "tests" / "export" / "references"
GALLERY = ROOT / "docs" / "gallery" / "README.md"
TEMPLATES = ROOT / "resources" / "templates"
STRESS = ROOT / "tests" / "fixtures" / "stress"
THEMES = ("light", "dark", "projector")
WIDTH = 800
"""Small pictures keep the repository small; a badge is still ten pixels across."""
BLOCK = 8
BLOCK_TOLERANCE = 14.0
"""Largest mean difference (0…255, the largest of the three channels) an 8 × 8 block may show."""


@dataclass(frozen=True)
class Picture:
    name: str
    source: Path
    theme: str

    @property
    def path(self) -> Path:
        return REFERENCES / f"{self.name}.{self.theme}.png"


def needs_system_fonts(source: Path) -> bool:
    """Whether the map has text no bundled font draws (Hebrew, say): Qt then borrows the machine's fonts, so its
    picture changes when fonts are installed, and only its size can be held to the reference."""
    import json

    from journey_studio.export.vector.svg_glyphs import glyph_run
    from journey_studio.layout import DEFAULT_METRICS

    def strings(value: object):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    data = json.loads(source.read_text(encoding="utf-8"))
    return any(not glyph_run(text, DEFAULT_METRICS.card_body).complete for text in strings(data.get("maps", [])))


def template_sources() -> list[Path]:
    return sorted(TEMPLATES.glob("*.en.journey.json"))


def stress_sources() -> list[Path]:
    return sorted(STRESS.glob("*.journey.json"))


def pictures() -> list[Picture]:
    """Every template (English) in every theme, in French in the light theme, and each stress map (light)."""
    result = [Picture(path.name.removesuffix(".en.journey.json"), path, theme)
              for path in template_sources() for theme in THEMES]
    result += [Picture(path.name.removesuffix(".journey.json"), path, "light")
               for path in sorted(TEMPLATES.glob("*.fr.journey.json"))]
    result += [Picture("stress-" + path.name.removesuffix(".journey.json"), path, "light")
               for path in stress_sources()]
    return result


def render(picture: Picture, width: int = WIDTH) -> Image.Image:
    """The PNG export of ``picture``'s map (its first), as the command line makes it."""
    from journey_studio.export import ExportOptions, export_bytes
    from journey_studio.io import read_workspace

    workspace = read_workspace(picture.source)
    data = export_bytes(workspace, workspace.maps[0], ".png", ExportOptions(width=width, theme=picture.theme))
    return Image.open(BytesIO(data)).convert("RGB")


def block_differences(a: Image.Image, b: Image.Image) -> Image.Image:
    """Mean difference of each 8 × 8 block (largest channel), as a small greyscale image."""
    if a.size != b.size:
        raise ValueError(f"the pictures differ in size: {a.size} and {b.size}")
    red, green, blue = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).split()
    largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    width, height = -(-a.size[0] // BLOCK), -(-a.size[1] // BLOCK)
    return largest.resize((width, height), Image.Resampling.BOX)


def worst_block(a: Image.Image, b: Image.Image) -> float:
    """The largest block difference between ``a`` and ``b``: above :data:`BLOCK_TOLERANCE`, they differ."""
    return float(block_differences(a, b).getextrema()[1])


def same_picture(a: Image.Image, b: Image.Image, tolerance: float = BLOCK_TOLERANCE) -> bool:
    return a.size == b.size and worst_block(a, b) <= tolerance


def write_gallery() -> None:
    lines = ["# Gallery", "",
             "Every template in the light, dark and projector themes (and in French in the light theme), and the "
             "stress maps, as exported to PNG "
             "(800 px wide). These are the reference pictures the tests compare every export with "
             "(`tests/export/references/`); `make references` redraws them for review.", "",
             "Slides (16:9 PNG sets, one-slide summaries and PowerPoint decks drawn by LibreOffice) are in the "
             "[slides gallery](slides.md).", ""]
    for picture in pictures():
        title = f"{picture.name} — {picture.theme}"
        relative = Path("..", "..", picture.path.relative_to(ROOT))
        lines += [f"## {title}", "", f"![{title}]({relative.as_posix()})", ""]
    GALLERY.parent.mkdir(parents=True, exist_ok=True)
    GALLERY.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from journey_studio.app.qt_app import application

    application(headless=True)
    REFERENCES.mkdir(parents=True, exist_ok=True)
    for picture in pictures():
        image = render(picture)
        image.save(picture.path, optimize=True)
        print(f"{picture.path.relative_to(ROOT)}  {image.size[0]} × {image.size[1]}")
    write_gallery()
    print(f"{GALLERY.relative_to(ROOT)} written: review the pictures, then commit them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
