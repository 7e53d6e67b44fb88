"""A headless command run as the program ends its process once its output is flushed, skipping Python's teardown.

Tearing down Python, PySide6 and Qt took a third of a small PNG export's whole command
(``bench/bench_startup.py``). What the command printed and wrote must still be complete; called with
arguments (as tests and scripts call ``main``), it returns as before.
"""

import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "templates" / "running-shoes.en.journey.json"

_SCRIPT = """
import atexit, sys
atexit.register(lambda: print("PYTHON TEARDOWN RAN", flush=True))
from journey_studio.app.cli import main
as_program = sys.argv.pop(1) == "program"
sys.argv = ["journey-studio", "export", sys.argv[1], "-o", sys.argv[2]]
code = main() if as_program else main(sys.argv[1:])
print("MAIN RETURNED", code, flush=True)
sys.exit(code)
"""


def _run(tmp_path: Path, how: str) -> tuple[subprocess.CompletedProcess, Path]:
    png = tmp_path / f"{how}.png"
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, how, str(TEMPLATE), str(png)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    return result, png


def _complete_png(png: Path) -> tuple[int, int]:
    with Image.open(png) as image:
        image.load()  # every row decodes: the file is whole
        return image.size


def test_the_program_ends_at_once_with_its_output_complete(tmp_path: Path) -> None:
    result, png = _run(tmp_path, "program")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{png}: exported 'Buying a first pair of running shoes'\n"  # flushed, then the end
    assert "PYTHON TEARDOWN RAN" not in result.stdout and "MAIN RETURNED" not in result.stdout
    width, height = _complete_png(png)
    assert width > 1000 and height > 500


def test_called_with_arguments_main_returns_as_before(tmp_path: Path) -> None:
    """The check can fail: the same command through ``main(argv)`` returns, and Python's teardown runs."""
    result, png = _run(tmp_path, "call")
    assert result.returncode == 0, result.stderr
    assert "MAIN RETURNED 0" in result.stdout and "PYTHON TEARDOWN RAN" in result.stdout
    _complete_png(png)


def test_a_failing_command_still_says_why_and_exits_non_zero(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "journey_studio", "export", str(tmp_path / "missing.journey.json"),
         "-o", str(tmp_path / "out.png")],
        capture_output=True, text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1
    assert "missing.journey.json" in result.stderr and "No such file" in result.stderr
