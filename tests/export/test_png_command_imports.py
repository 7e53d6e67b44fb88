"""A small PNG export's whole command loads only what drawing a map needs: Qt's GUI module, no widgets.

Start-up is most of a small export's time (``bench/bench_startup.py``), and what a process imports is
most of its start-up. The command is run as a user runs it, in a fresh process, and its modules are
listed when it is done: the work is bounded by what is loaded, never by a stopwatch.
"""

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "templates" / "running-shoes.en.journey.json"
PLAIN_LATIN = ROOT / "resources" / "templates" / "purchase.en.journey.json"

NOT_FOR_A_MAP_PNG = (
    "PySide6.QtWidgets",  # the editor's widgets: a bare QGuiApplication draws the picture
    "PySide6.QtSvg",  # only persona sheets go through Qt's SVG renderer
    "reportlab",  # the PDF report's library; the layout reads font advances itself
    "pypdf",
    "pptx",
    "journey_studio.i18n",  # the interface's translators and live switching
    "journey_studio.ui",
    "journey_studio.editor",
    "journey_studio.export.svg",
    "journey_studio.export.report",
    "journey_studio.interchange",
    "journey_studio.templates",
    "importlib.metadata",  # the version is read when asked, and pydantic looks for no plugins
    "uharfbuzz",  # shapes Arabic text only: a Latin map never needs it
)

_SCRIPT = """
import sys
from journey_studio.app.cli import main
code = main(["export", sys.argv[1], "-o", sys.argv[2]])
print("LOADED:" + ",".join(sorted(sys.modules)))
sys.exit(code)
"""


def _export_png(tmp_path: Path, before: str = "", source: Path = TEMPLATE) -> tuple[set[str], Path]:
    png = tmp_path / "map.png"
    result = subprocess.run(
        [sys.executable, "-c", before + _SCRIPT, str(source), str(png)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("LOADED:"))
    return set(line[len("LOADED:") :].split(",")), png


def _unwanted(loaded: set[str]) -> list[str]:
    return sorted(
        name for name in loaded if any(name == top or name.startswith(top + ".") for top in NOT_FOR_A_MAP_PNG)
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], Path]:
    return _export_png(tmp_path_factory.mktemp("png-command"))


def test_a_map_png_loads_no_widgets_nor_what_other_exports_need(exported: tuple[set[str], Path]) -> None:
    loaded, _ = exported
    assert "PySide6.QtGui" in loaded  # it did draw with Qt
    assert _unwanted(loaded) == []


def test_the_png_is_the_whole_map(exported: tuple[set[str], Path]) -> None:
    _, png = exported
    with Image.open(png) as image:
        assert image.format == "PNG"
        width, height = image.size
        assert width > 1000 and height > 500
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 50  # cards, text and the curve, not a blank page


def test_the_probe_sees_a_module_the_png_should_not_load(tmp_path: Path) -> None:
    """The check can fail: a process that has imported the widgets and the PDF library is reported."""
    loaded, _ = _export_png(tmp_path, before="import PySide6.QtWidgets, reportlab.pdfgen.canvas, importlib.metadata\n")
    assert {"PySide6.QtWidgets", "reportlab.pdfgen.canvas", "importlib.metadata"} <= set(_unwanted(loaded))


def test_plain_text_is_drawn_without_the_unicode_segmentation_library(tmp_path: Path) -> None:
    """``regex`` splits text whose characters may join (marks, ZWJ emoji, flags) into grapheme clusters; a map of
    plain Latin text never needs it. The running-shoes map, whose persona is a ZWJ emoji (🏃‍♀️), does."""
    plain, png = _export_png(tmp_path, source=PLAIN_LATIN)
    assert "regex" not in plain
    with Image.open(png) as image:
        assert image.width > 1000
    with_emoji, _ = _export_png(tmp_path)
    assert "regex" in with_emoji
