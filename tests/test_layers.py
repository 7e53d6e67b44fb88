"""The layers hold: import-linter checks the contracts written in pyproject.toml.

Every part of journey_studio imports only the parts below it (app → ui → presentation/export →
editor/collab → canvas/document → commands/analysis/… → painter → layout/io → model). The model,
file I/O, layout, painter, analysis, interchange and theme know nothing of Qt, nor do the live room
server and the Y document mapping (collab): they are what the command line, the exports, the
headless `journey-studio serve` and the tests use without a screen.
"""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
LAYERS = "Layers: each part of journey_studio imports only the parts below it"
NO_QT = "No Qt in the model, files, layout, painter, analysis, interchange and theme"
LIVE_NO_QT = "No Qt in the live room server and the Y document mapping"
QT_FREE = ("model", "io", "layout", "painter", "analysis", "interchange", "theme", "words")


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """Run lint-imports on the journey_studio found in ``project``, with ``project``'s pyproject.toml."""
    env = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", str(project / "pyproject.toml")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_import_contracts_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{LAYERS} KEPT" in result.stdout
    assert f"{NO_QT} KEPT" in result.stdout
    assert f"{LIVE_NO_QT} KEPT" in result.stdout


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory) -> Path:
    """A copy of the package and its contracts, for the checks below to break on purpose."""
    project = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "journey_studio", project / "journey_studio", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", project)
    return project


@pytest.mark.parametrize(
    ("module", "source", "broken", "named"),
    [
        # The model reaches up into the window.
        ("model/uses_the_window.py", "from ..ui import main_window\n", LAYERS, "journey_studio.ui.main_window"),
        # The layout imports Qt, directly...
        ("layout/draws_with_qt.py", "from PySide6.QtGui import QPainter\n", NO_QT, "PySide6"),
        # ...or through a Qt-side package, which also breaks the layers.
        ("analysis/uses_the_scene.py", "from ..canvas import scene\n", NO_QT, "journey_studio.canvas.scene"),
        ("analysis/uses_the_scene.py", "from ..canvas import scene\n", LAYERS, "journey_studio.canvas.scene"),
        # The painter is below the canvas and the exporters: it must not borrow from them.
        ("painter/borrows.py", "from ..canvas import scene\n", LAYERS, "journey_studio.canvas.scene"),
        # A new top-level module must be given its place in the layers.
        ("unplaced.py", "X = 1\n", LAYERS, "journey_studio.unplaced"),
        # The headless room server reaching the window's live session (Qt) through an import of its own.
        ("collab/server.py", "from . import session\n", LIVE_NO_QT, "journey_studio.collab.session"),
    ],
)
def test_a_bad_import_breaks_the_contracts(package_copy, module, source, broken, named):
    """The contracts above must be able to fail: one bad import in a copy of the package (a new module, or
    a line added to an existing one)."""
    path = package_copy / "journey_studio" / module
    original = path.read_text(encoding="utf-8") if path.exists() else None
    path.write_text((original or "") + source, encoding="utf-8")
    try:
        result = lint_imports(package_copy)
    finally:
        if original is None:
            path.unlink()
        else:
            path.write_text(original, encoding="utf-8")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{broken} BROKEN" in result.stdout, result.stdout
    assert named in result.stdout, result.stdout


def _qt_modules_loaded_by(modules: list[str]) -> list[str]:
    """The Qt modules a fresh interpreter holds after importing ``modules``."""
    code = (
        f"import sys; import {', '.join(modules)}; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return ast.literal_eval(result.stdout)


def test_importing_the_qt_free_parts_loads_no_qt():
    """What the contracts say about the source, checked on the running interpreter."""
    assert _qt_modules_loaded_by([f"journey_studio.{name}" for name in QT_FREE]) == []


def test_the_runtime_check_sees_qt():
    assert "PySide6.QtWidgets" in _qt_modules_loaded_by(["journey_studio.model", "journey_studio.canvas.scene"])
