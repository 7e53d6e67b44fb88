"""The standalone Linux bundle (PyInstaller, one folder): built by `make package` when it is
missing or older than its sources, then run the way a user would, with no Python around it.

Slow (the first build takes about a minute on two cores, PyInstaller's cache makes later ones
faster), hence the ``packaging`` marker; `make test` runs it.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.support import (
    APP_ID,
    MIME_TYPE,
    ROOT,
    VERSION,
    check_exports,
    outside_env,
    run,
)

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle built here is the Linux one"),
]

BUNDLE = ROOT / "dist" / "journey-studio"
SIZE_LIMIT_MB = 150
"""The target (issue 16 keeps it): live workshops' TLS (cryptography, OpenSSL) and pycrdt took the
bundle to ~172 MB; until Qt's ICU data (31 MB) or another part is trimmed, the size is held at
SIZE_CEILING_MB so it cannot grow unnoticed, and the target is an expected failure."""
SIZE_CEILING_MB = 175
# Qt libraries of modules Journey Studio does not use: none may be in the bundle.
UNWANTED_QT = ("Qml", "Quick", "WebEngine", "Pdf", "Multimedia", "3D", "Network", "Positioning", "Designer",
               "Charts", "Sql", "Test", "OpenGL", "PrintSupport", "VirtualKeyboard")
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
EXPORT_FORMATS = ("png", "svg", "pdf", "pptx", "mmd", "csv")


@pytest.fixture(scope="module")
def bundle() -> Path:
    """`make package`: builds the bundle if it is missing or out of date, else does nothing."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAKEFLAGS", "MFLAGS", "MAKELEVEL"))}
    run([make, "package"], cwd=ROOT, env=env, timeout=1800)
    executable = BUNDLE / "journey-studio"
    assert executable.is_file() and os.access(executable, os.X_OK)
    return BUNDLE


def test_the_bundle_exports_a_template_without_python(bundle: Path, tmp_path: Path):
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    env = outside_env(home)
    env["PATH"] = "/usr/bin:/bin"  # no virtual environment, no pyenv: the bundle brings its own Python
    command = bundle / "journey-studio"

    version = run([command, "--version"], timeout=120, cwd=work, env=env)
    assert version.stdout.strip() == f"journey-studio {VERSION}"

    run([command, "new", "--template", "running-shoes", "-o", "map.journey.json"], timeout=120, cwd=work, env=env)
    # PNG first (what the issue asks), then every other format the command writes: PyInstaller
    # leaves out data files that libraries open by path (python-pptx's templates did).
    check_exports([command], "map.journey.json", EXPORT_FORMATS, cwd=work, env=env,
                  reference_dir=tmp_path / "reference")


def test_a_bad_file_fails_cleanly(bundle: Path, tmp_path: Path):
    bad = tmp_path / "bad.journey.json"
    bad.write_text("{ not json", encoding="utf-8")
    result = subprocess.run([bundle / "journey-studio", "export", bad, "-o", tmp_path / "x.png"],
                            capture_output=True, text=True, timeout=120, env=outside_env(tmp_path))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and str(bad) in result.stderr


def test_the_bundle_leaves_unused_qt_out_and_stays_small(bundle: Path):
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    qt_libraries = [p.name for p in files if p.name.startswith("libQt6")]
    unwanted = [name for name in qt_libraries if any(f"libQt6{module}" in name for module in UNWANTED_QT)]
    assert not unwanted, f"Qt modules the app does not use are in the bundle: {unwanted}"
    assert {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6Svg.so.6"} <= set(qt_libraries)
    qt_plugins = bundle / "_internal" / "PySide6" / "Qt" / "plugins"
    plugins = {p.relative_to(qt_plugins).as_posix() for p in files if p.is_relative_to(qt_plugins)}
    for needed in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                   "iconengines/libqsvgicon.so", "imageformats/libqsvg.so", "imageformats/libqjpeg.so"):
        assert needed in plugins, f"{needed} is missing"
    assert not any(name.startswith(("libgtk", "libgdk-")) for name in (p.name for p in files))
    assert _size_mb(files) < SIZE_CEILING_MB, f"the bundle is {_size_mb(files):.1f} MB (ceiling {SIZE_CEILING_MB} MB)"


@pytest.mark.xfail(strict=True, reason="TLS and pycrdt for live workshops: ~172 MB until ICU's data is trimmed")
def test_the_bundle_stays_under_its_target_size(bundle: Path):
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    assert _size_mb(files) < SIZE_LIMIT_MB, f"the bundle is {_size_mb(files):.1f} MB (limit {SIZE_LIMIT_MB} MB)"


def _size_mb(files: list[Path]) -> float:
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    print(f"bundle size: {size_mb:.1f} MB")
    return size_mb


def test_the_bundle_carries_the_desktop_integration(bundle: Path):
    share = bundle / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in HICOLOR_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    # The window icon and the package data, read with importlib.resources inside the bundle.
    data = bundle / "_internal" / "journey_studio"
    assert (data / "icons" / "app" / "journey-studio.svg").is_file()
    assert (data / "resources" / "fonts" / "NotoSans-Regular.ttf").is_file()
    assert (data / "schema" / "journey.schema.json").is_file()
    assert os.access(bundle / "install.sh", os.X_OK)
    archives = list((bundle.parent).glob(f"journey-studio-{VERSION}-linux-*.tar.gz"))
    assert len(archives) == 1


def test_install_sh_installs_and_uninstalls(bundle: Path, tmp_path: Path):
    prefix, home = tmp_path / "prefix", tmp_path / "home"
    home.mkdir()
    env = outside_env(home)
    run(["sh", bundle / "install.sh", prefix], timeout=300, env=env, cwd=tmp_path)

    installed = prefix / "bin" / "journey-studio"
    assert run([installed, "--version"], timeout=120, env=env).stdout.strip() == f"journey-studio {VERSION}"
    desktop = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text("utf-8")
    assert f"Exec={prefix}/lib/journey-studio/journey-studio %f" in desktop
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("update-mime-database"):
        # The file type is registered: Qt (like every toolkit) names *.journey.json after it.
        script = ("from PySide6.QtCore import QMimeDatabase\n"
                  "print(QMimeDatabase().mimeTypeForFile('a.journey.json', "
                  "QMimeDatabase.MatchMode.MatchExtension).name())\n")
        mime_env = {**os.environ, "XDG_DATA_DIRS": f"{prefix / 'share'}:/usr/share",
                    "XDG_DATA_HOME": str(home / "none")}
        found = run([sys.executable, "-c", script], timeout=120, env=mime_env).stdout.strip()
        assert found == MIME_TYPE

    run(["sh", bundle / "install.sh", "--uninstall", prefix], timeout=300, env=env, cwd=tmp_path)
    assert not installed.exists() and not (prefix / "lib" / "journey-studio").exists()
    assert not (prefix / "share" / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((prefix / "share" / "icons").rglob(f"{APP_ID}.*"))
