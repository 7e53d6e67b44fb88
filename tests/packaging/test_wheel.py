"""The wheel on its own: built from the source, installed in a fresh virtual environment, run from
a folder that is not the source tree.

Slow (a minute or more: the fresh environment installs PySide6 and the other dependencies, from
pip's cache when it has them), hence the ``packaging`` marker; `make test` runs it.
"""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.packaging.support import ROOT, VERSION, check_exports, outside_env, run

pytestmark = pytest.mark.packaging

# Not part of what a wheel is built from (or big, or written by builds and tests).
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", ".pytest_cache",
    ".ruff_cache", ".mypy_cache",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`pip wheel` of a copy of the work tree (so builds never write into the shared tree)."""
    source = tmp_path_factory.mktemp("source") / "journey-studio"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    out = tmp_path_factory.mktemp("wheelhouse")
    env = outside_env(tmp_path_factory.mktemp("home"))
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, source],
        timeout=600, env=env)
    wheels = list(out.glob("journey_studio-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment (no system site-packages) with the wheel and its dependencies."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    env = outside_env(tmp_path_factory.mktemp("home"))
    run([sys.executable, "-m", "venv", venv], timeout=300, env=env)
    run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel], timeout=1500, env=env)
    return venv


def _wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_the_wheel_holds_every_module_and_resource(wheel: Path):
    names = _wheel_names(wheel)
    expected = set()
    for path in (ROOT / "journey_studio").rglob("*.py"):
        if "__pycache__" not in path.parts:
            expected.add(path.relative_to(ROOT).as_posix())
    for folder, package in (("resources", "journey_studio/resources"), ("icons", "journey_studio/icons")):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                expected.add(f"{package}/{path.relative_to(ROOT / folder).as_posix()}")
    for path in (ROOT / "journey_studio" / "schema").glob("*.json"):
        expected.add(path.relative_to(ROOT).as_posix())
    missing = sorted(expected - names)
    assert not missing, (
        f"{len(missing)} source files are not in the wheel (a package missing from "
        f"[tool.setuptools] packages in pyproject.toml?): {missing}"
    )
    # The things the issue names, so an empty source folder cannot make this pass.
    for required in (
        "journey_studio/resources/fonts/NotoSans-Regular.ttf",
        "journey_studio/resources/templates/running-shoes.fr.journey.json",
        "journey_studio/icons/app/journey-studio.svg",
        "journey_studio/schema/journey.schema.json",
    ):
        assert required in names


def test_the_wheel_declares_the_command_and_version(wheel: Path):
    with zipfile.ZipFile(wheel) as archive:
        dist_info = next(n.split("/")[0] for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(f"{dist_info}/METADATA").decode()
        entry_points = archive.read(f"{dist_info}/entry_points.txt").decode()
    assert f"\nVersion: {VERSION}\n" in metadata
    assert "journey-studio = journey_studio.app.cli:main" in entry_points


def test_the_installed_command_works_outside_the_source_tree(installed: Path, tmp_path: Path):
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()
    env = outside_env(home, path_first=installed / "bin")
    command = installed / "bin" / "journey-studio"

    where = run([installed / "bin" / "python", "-c", "import journey_studio; print(journey_studio.__file__)"],
                timeout=120, cwd=work, env=env).stdout.strip()
    assert Path(where).is_relative_to(installed), f"journey_studio imported from {where}, not the venv"

    version = run([command, "--version"], timeout=120, cwd=work, env=env)
    assert version.stdout.strip() == f"journey-studio {VERSION}"

    templates = run([command, "templates"], timeout=120, cwd=work, env=env).stdout
    assert "running-shoes" in templates and "blank" in templates

    run([command, "new", "--template", "running-shoes", "-o", "map.journey.json"], timeout=120, cwd=work, env=env)
    run([command, "validate", "map.journey.json"], timeout=120, cwd=work, env=env)
    # The same PNG, SVG and PDF as the development install: the wheel brought the fonts and icons.
    check_exports([command], "map.journey.json", ("png", "svg", "pdf"), cwd=work, env=env,
                  reference_dir=tmp_path / "reference")


def test_every_module_imports_from_the_installed_wheel(installed: Path, tmp_path: Path):
    """The editor's modules too (nothing above opens a window): a subpackage left out of the
    wheel shows up here as the ModuleNotFoundError a user would get."""
    script = (
        "import importlib, pkgutil, journey_studio\n"
        "names = [m.name for m in pkgutil.walk_packages(journey_studio.__path__, 'journey_studio.')]\n"
        "names = [n for n in names if n != 'journey_studio.__main__']\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "from journey_studio.app.editor_windows import run_editor\n"
        "from journey_studio.app.qt_app import app_icon, application\n"
        "application(headless=True)\n"
        "icon = app_icon()\n"
        "assert icon is not None and not icon.isNull(), 'no application icon'\n"
        "print(len(names))\n"
    )
    env = outside_env(tmp_path, path_first=installed / "bin")
    result = subprocess.run([installed / "bin" / "python", "-c", script], capture_output=True, text=True,
                            timeout=300, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert int(result.stdout.strip()) > 40
