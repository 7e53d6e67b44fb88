"""The layers hold: the model, file I/O and layout know nothing of Qt.

They are what the command line, the exports and the tests use without a screen, and what a
future web or batch tool could reuse.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "journey_studio"
QT_FREE = ("model", "io", "layout")
QT_MODULES = ("PySide6", "shiboken6")
QT_SIDE = ("canvas", "ui", "app", "export", "document", "editor", "commands")
"""Parts of journey_studio that use Qt: importing them would bring Qt in through the back door."""


def _modules(package: str) -> list[Path]:
    return sorted((PACKAGE / package).rglob("*.py"))


def _imported_names(path: Path) -> list[tuple[int, str]]:
    """Every module the file at ``path`` imports, with its line."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = parts[:-1]  # for __init__.py too: "from . import x" is relative to its own package
    return _imports(path.read_text(encoding="utf-8"), package)


def _imports(source: str, package: list[str]) -> list[tuple[int, str]]:
    """Imported module names in ``source``, relative imports resolved against ``package``."""
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            names.append((node.lineno, module))
            names.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and getattr(node.func, "attr", getattr(node.func, "id", None))
            in {"import_module", "__import__"}
        ):
            names.append((node.lineno, str(node.args[0].value)))
    return names


def _is_under(name: str, root: str) -> bool:
    return name == root or name.startswith(root + ".")


@pytest.mark.parametrize("package", QT_FREE)
def test_qt_free_packages_do_not_import_qt(package):
    modules = _modules(package)
    assert modules, f"journey_studio/{package} has no modules"
    offending = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in modules
        for line, name in _imported_names(path)
        if any(_is_under(name, qt) for qt in QT_MODULES)
        or any(_is_under(name, f"journey_studio.{side}") for side in QT_SIDE)
    ]
    assert not offending, "\n".join(offending)


def test_the_import_walker_sees_every_way_of_importing():
    """The check above must be able to fail: feed it the imports it looks for."""
    source = (
        "import PySide6.QtGui\n"
        "from shiboken6 import isValid\n"
        "from ..canvas import scene\n"
        "from .. import ui\n"
        "from . import enums\n"
        "import importlib\n"
        "def later():\n"
        "    importlib.import_module('PySide6.QtCore')\n"
    )
    names = [name for _, name in _imports(source, ["journey_studio", "model"])]
    assert "PySide6.QtGui" in names
    assert "shiboken6" in names
    assert "journey_studio.canvas" in names
    assert "journey_studio.ui" in names
    assert "journey_studio.model.enums" in names
    assert "PySide6.QtCore" in names


def test_importing_the_model_and_io_loads_no_qt():
    code = (
        "import journey_studio.model, journey_studio.io, sys; "
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
        "assert not qt, qt"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
