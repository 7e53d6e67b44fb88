"""Helpers for the packaging tests: run a program the way a user would, check a PNG.

The tests marked ``packaging`` build things (the wheel, the standalone bundle) and take minutes;
``pytest -m "not packaging"`` leaves them out, ``pytest -m packaging tests/packaging`` runs only them.
"""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
VERSION = PYPROJECT["project"]["version"]
sys.path.insert(0, str(ROOT / "packaging"))
from app_icons import APP_ID as APP_ID  # noqa: E402  (re-exported for the packaging tests; needs the path above)

MIME_TYPE = "application/x-journey-studio+json"


def outside_env(home: Path, path_first: Path | None = None) -> dict[str, str]:
    """The environment of a user's shell: no virtual environment, no PYTHONPATH, no source tree."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONSAFEPATH"}
        and not key.startswith(("PYTEST_", "PIP_REQUIRE_VIRTUALENV"))
    }
    venv_bin = str(Path(sys.prefix) / "bin")
    path = [p for p in env.get("PATH", "").split(os.pathsep) if p and p != venv_bin]
    if path_first is not None:
        path.insert(0, str(path_first))
    env.update(
        PATH=os.pathsep.join(path),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    # pip keeps its cache in the real home, so a fresh virtual environment installs from it.
    env.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    return env


def run(command: list, *, timeout: float, **kwargs) -> subprocess.CompletedProcess:
    """Run ``command``; on a non-zero exit, fail with the end of its output."""
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, timeout=timeout, **kwargs)
    if result.returncode != 0:
        pytest.fail(
            f"{' '.join(map(str, command))}: exit {result.returncode}\n"
            f"--- stdout ---\n{result.stdout[-3000:]}\n--- stderr ---\n{result.stderr[-5000:]}"
        )
    return result


def check_map_png(path: Path) -> tuple[int, int]:
    """A PNG of a whole map: big, opaque where the page is, and not one flat colour."""
    from PIL import Image

    assert path.is_file(), f"{path}: not written"
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
    with Image.open(path) as image:
        image.load()
        assert image.width >= 800 and image.height >= 600, image.size
        colours = image.convert("RGB").resize((200, 200)).getcolors(maxcolors=200 * 200)
        assert colours is not None and len(colours) > 50, "the export looks blank"
        return image.size


def same_pixels(a: Path, b: Path) -> bool:
    from PIL import Image, ImageChops

    with Image.open(a) as first, Image.open(b) as second:
        if first.size != second.size:
            return False
        return ImageChops.difference(first.convert("RGBA"), second.convert("RGBA")).getbbox() is None


def reference_export(source: Path, output: Path, cwd: Path) -> Path:
    """The same export by the development install, to compare pixels with."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run([sys.executable, "-m", "journey_studio", "export", source, "-o", output], timeout=300, cwd=cwd, env=env)
    return output


def same_export(fmt: str, produced: Path, reference: Path) -> bool:
    """Whether two exports of one map in one format hold the same thing."""
    if fmt == "png":
        return same_pixels(produced, reference)
    if fmt == "pdf":
        from pypdf import PdfReader

        ours, theirs = PdfReader(produced), PdfReader(reference)
        return len(ours.pages) == len(theirs.pages) and all(
            a.extract_text() == b.extract_text() for a, b in zip(ours.pages, theirs.pages, strict=True)
        )
    if fmt == "pptx":  # a zip with dates inside: compare the slides' text
        from pptx import Presentation

        def texts(path: Path) -> list[list[str]]:
            return [[shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
                    for slide in Presentation(str(path)).slides]

        return texts(produced) == texts(reference)
    return produced.read_bytes() == reference.read_bytes()  # svg, mmd, csv: the same text


def check_exports(command: list, source: str, formats: tuple[str, ...], *, cwd: Path, env: dict,
                  reference_dir: Path) -> None:
    """``command export source -o map.<fmt>`` for each format, each the same as the development
    install's export (same fonts, icons, templates and libraries)."""
    reference_dir.mkdir(exist_ok=True)
    for fmt in formats:
        output = cwd / f"map.{fmt}"
        result = run([*command, "export", source, "-o", output.name], timeout=300, cwd=cwd, env=env)
        assert "Traceback" not in result.stderr, result.stderr
        assert output.is_file() and output.stat().st_size > 0, f"{output}: not written"
        if fmt == "png":
            check_map_png(output)
        reference = reference_export(cwd / source, reference_dir / output.name, cwd=reference_dir)
        assert same_export(fmt, output, reference), f"the {fmt.upper()} export differs from the development install's"
