"""The slides gallery: every template (English and French) as a 16:9 slide set, a one-slide summary and a
PowerPoint deck drawn by LibreOffice, and the 1,000-card map's first slides.

``python -m tests.export.slide_pictures [WORK_DIR]`` exports everything into WORK_DIR (every slide, every
deck and its LibreOffice PDF and pages, to look at), then writes a selection, small, into docs/gallery/slides/
and the page docs/gallery/slides.md. Needs ``libreoffice`` and ``pdftoppm`` (poppler-utils) on the PATH.
"""

import subprocess
import sys
from io import BytesIO
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "resources" / "templates"
GALLERY = ROOT / "docs" / "gallery"
PICTURES = GALLERY / "slides"
PAGE = GALLERY / "slides.md"
WIDTH = 960
"""Half of 1920: a card's 18 px text is still 9 px, readable when the picture is opened."""
DECK_PAGE = 3
"""The deck's first map slide: after the title slide and the whole map's picture."""


def templates() -> list[Path]:
    return sorted(path for path in TEMPLATES.glob("*.journey.json") if not path.name.startswith("blank"))


def name_of(path: Path) -> str:
    return path.name.removesuffix(".journey.json")


def export_all(work: Path) -> dict[str, dict[str, object]]:
    """Every template's slide PNGs, summary and deck into ``work``; what was made, by template."""
    from journey_studio.export import ExportOptions, export_bytes
    from journey_studio.export.slides import slide_pngs
    from journey_studio.io import read_workspace

    made: dict[str, dict[str, object]] = {}
    sources = [(name_of(path), path) for path in templates()]
    for name, path in sources:
        workspace = read_workspace(path)
        journey_map = workspace.maps[0]
        folder = work / name
        folder.mkdir(parents=True, exist_ok=True)
        slides = slide_pngs(workspace, journey_map, ExportOptions())
        for number, data in enumerate(slides, start=1):
            (folder / f"slide-{number:02d}.png").write_bytes(data)
        (folder / "summary.png").write_bytes(slide_pngs(workspace, journey_map, ExportOptions(), summary=True)[0])
        (folder / f"{name}.pptx").write_bytes(export_bytes(workspace, journey_map, ".pptx", ExportOptions()))
        made[name] = {"slides": len(slides), "title": journey_map.title}
        print(f"{name}: {len(slides)} slides, a summary and a deck")
    from bench.synthetic_map import build_workspace

    big = build_workspace(stages=30, cards=1000)
    folder = work / "thousand-cards"
    folder.mkdir(parents=True, exist_ok=True)
    slides = slide_pngs(big, big.maps[0], ExportOptions())
    for number, data in enumerate(slides[:2], start=1):
        (folder / f"slide-{number:02d}.png").write_bytes(data)
    made["thousand-cards"] = {"slides": len(slides), "title": big.maps[0].title}
    return made


def draw_decks(work: Path) -> None:
    """Each deck through LibreOffice into a PDF, then its pages as PNGs at 50 dpi (667 × 375)."""
    decks = sorted(work.glob("*/*.pptx"))
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(work / "pdf"),
                    *map(str, decks)], check=True, capture_output=True, timeout=600)
    for deck in decks:
        pdf = work / "pdf" / f"{deck.stem}.pdf"
        subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(deck.parent / "deck")], check=True,
                       timeout=120)


def small(source: Path, target: Path, width: int = WIDTH) -> None:
    with Image.open(source) as image:
        picture = image.convert("RGB")
        if picture.width > width:
            picture = picture.resize((width, round(picture.height * width / picture.width)), Image.Resampling.LANCZOS)
        # 256 colours, no dithering: flat fills and antialiased text keep their look at a third of the bytes.
        picture = picture.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        buffer = BytesIO()
        picture.save(buffer, "PNG", optimize=True)
        target.write_bytes(buffer.getvalue())


def deck_page(folder: Path, number: int) -> Path:
    pages = sorted(folder.glob("deck-*.png"))
    return pages[min(number, len(pages)) - 1]


def write_gallery(work: Path, made: dict[str, dict[str, object]]) -> None:
    PICTURES.mkdir(parents=True, exist_ok=True)
    for old in PICTURES.glob("*.png"):
        old.unlink()
    lines = ["# Slides gallery", "",
             "Every template as `journey-studio export MAP -o DIR/ --format png --slides` draws its first slide, as "
             "`--summary` draws its one-slide summary (1920 × 1080, shown at 960 × 540), and its PowerPoint deck's "
             "first map slide as LibreOffice draws it (`libreoffice --headless --convert-to pdf`, then `pdftoppm -r "
             "50`): native shapes in Arial, which LibreOffice draws with Liberation Sans. English templates show all "
             "three, French ones their deck slide. Redrawn by `python -m tests.export.slide_pictures`.", ""]
    for name, facts in made.items():
        folder = work / name
        lines += [f"## {name}: “{facts['title']}”, {facts['slides']} slides", ""]
        if name == "thousand-cards":
            lines += ["The 1,000-card benchmark map (30 stages × 8 lanes): each stage's cards side by side in its "
                      "lanes' rows, two slides a stage, body text at 18 px.", ""]
            for number in (1, 2):
                target = PICTURES / f"{name}.slide-{number}.png"
                small(folder / f"slide-{number:02d}.png", target)
                lines += [f"![{name}, slide {number}](slides/{target.name})", ""]
            continue
        english = name.endswith(".en")
        if english:
            for kind, file, label in (("first slide", "slide-01.png", "slide-1"),
                                      ("one-slide summary", "summary.png", "summary")):
                target = PICTURES / f"{name}.{label}.png"
                small(folder / file, target)
                lines += [f"![{name}, {kind}](slides/{target.name})", ""]
        target = PICTURES / f"{name}.deck-libreoffice.png"
        small(deck_page(folder, DECK_PAGE), target)
        lines += [f"![{name}, a deck slide drawn by LibreOffice](slides/{target.name})", ""]
    PAGE.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from journey_studio.app.qt_app import application

    application(headless=True)
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="slides-gallery-"))
    made = export_all(work)
    draw_decks(work)
    write_gallery(work, made)
    size = sum(path.stat().st_size for path in PICTURES.glob("*.png"))
    print(f"{PAGE.relative_to(ROOT)} written ({size / 1e6:.1f} MB of pictures); everything made is in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
