"""The house rules, checked by tools: ruff over the whole tree, mypy over the Qt-free core.

Both read their settings from pyproject.toml ([tool.ruff], [tool.mypy]). Each check is also fed a
deliberate violation, so a configuration that silently checks nothing cannot pass.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHECKED = ["journey_studio", "tests", "tools", "bench", "packaging"]


def run(tool: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [str(BIN / tool), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_ruff_finds_nothing():
    result = run("ruff", "check", "--no-cache", *CHECKED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_a_deliberate_violation(tmp_path):
    """The selected rules are active: bugbear, simplify, pyupgrade, import order, unused imports."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "bad.py").write_text(
        "import sys\n"
        "import os\n"
        "from typing import List\n\n\n"
        "def pairs(a: List[int], b: list[int]) -> list[tuple[int, int]]:\n"
        "    return list(zip(a, b))\n\n\n"
        "def is_nan(x: float) -> bool:\n"
        "    if x != x:\n"
        "        return True\n"
        "    else:\n"
        "        return False\n",
        encoding="utf-8",
    )
    result = run("ruff", "check", "--no-cache", "--output-format", "concise", "bad.py", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    for code in ("I001", "F401", "UP006", "B905", "SIM103"):
        assert code in result.stdout, f"{code} not reported:\n{result.stdout}"


def test_mypy_finds_nothing_in_the_qt_free_core():
    result = run("mypy", "--cache-dir", str(ROOT / ".mypy_cache"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


def test_mypy_finds_a_deliberate_violation(tmp_path):
    """The configured packages are the ones checked, strictly: an untyped function and a wrong type."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "journey_studio", project / "journey_studio", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", project)
    (project / "journey_studio" / "layout" / "careless.py").write_text(
        "def half(value):\n    return value / 2\n\n\nWIDTH: int = 'wide'\n", encoding="utf-8"
    )
    cache = tmp_path / "cache"
    if (ROOT / ".mypy_cache").is_dir():  # a warm start: only the new module is checked from scratch
        shutil.copytree(ROOT / ".mypy_cache", cache)
    result = run("mypy", "--cache-dir", str(cache), cwd=project)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "journey_studio/layout/careless.py:1: error" in result.stdout, result.stdout
    assert "[no-untyped-def]" in result.stdout
    assert "journey_studio/layout/careless.py:5: error" in result.stdout
    assert "[assignment]" in result.stdout
