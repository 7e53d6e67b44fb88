"""SVG and PDF exports are drawn by the Qt-free painter: the command-line export never loads Qt's widgets."""

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "templates" / "running-shoes.en.journey.json"

_SCRIPT = """
import sys
from journey_studio.app.cli import main
code = main(["export", sys.argv[1], "-o", sys.argv[2]])
code = code or main(["export", sys.argv[1], "-o", sys.argv[3]])
loaded = sorted(name for name in sys.modules if name.startswith("PySide6"))
print("LOADED:" + ",".join(loaded))
sys.exit(code)
"""


def _export_and_list_modules(tmp_path: Path, extra: str = "") -> tuple[list[str], Path, Path]:
    pdf, svg = tmp_path / "map.pdf", tmp_path / "map.svg"
    result = subprocess.run(
        [sys.executable, "-c", extra + _SCRIPT, str(TEMPLATE), str(pdf), str(svg)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("LOADED:"))
    return [name for name in line[len("LOADED:"):].split(",") if name], pdf, svg


def test_pdf_and_svg_exports_never_load_qt_widgets(tmp_path):
    loaded, pdf, svg = _export_and_list_modules(tmp_path)
    assert "PySide6.QtWidgets" not in loaded
    assert "PySide6.QtGui" not in loaded
    assert len(PdfReader(pdf).pages) >= 2
    assert "Running" in svg.read_text(encoding="utf-8") or "running" in svg.read_text(encoding="utf-8").lower()


def test_the_check_sees_qt_widgets_when_something_loads_them(tmp_path):
    """The probe itself can fail: a process that imports QtWidgets is reported as such."""
    loaded, _, _ = _export_and_list_modules(tmp_path, extra="import PySide6.QtWidgets\n")
    assert "PySide6.QtWidgets" in loaded
