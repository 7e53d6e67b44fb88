"""The files that make the application a desktop citizen: icons, .desktop entry, AppStream metainfo,
shared-mime-info. Quick (no build): these run with every `make test`, marker or not."""

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from tests.packaging.support import APP_ID, MIME_TYPE, ROOT, VERSION

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from app_icons import render_all

    return render_all(tmp_path_factory.mktemp("icons"))


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_hicolor_png_sizes_are_drawn_from_the_svg(rendered: dict[str, Path], size: int):
    path = rendered[f"png{size}"]
    assert path.as_posix().endswith(f"hicolor/{size}x{size}/apps/{APP_ID}.png")
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size == (size, size)
        rgba = image.convert("RGBA")
        # A rounded square: transparent corners, the opaque blue body in the middle of an edge.
        assert rgba.getpixel((0, 0))[3] == 0
        assert rgba.getpixel((size - 1, size - 1))[3] == 0
        red, green, blue, alpha = rgba.getpixel((size // 2, max(1, size // 24)))
        assert alpha == 255 and blue > 150 and red < 100, (red, green, blue, alpha)
        # The yellow emotion points show at every size.
        data = rgba.tobytes()
        pixels = (data[i : i + 4] for i in range(0, len(data), 4))
        assert any(r > 200 and g > 150 and b < 120 and a == 255 for r, g, b, a in pixels)


def test_scalable_icon_is_the_svg_itself(rendered: dict[str, Path]):
    assert rendered["svg"].read_bytes() == (ROOT / "icons" / "app" / "journey-studio.svg").read_bytes()


def test_windows_and_macos_icon_files(rendered: dict[str, Path]):
    with Image.open(rendered["ico"]) as ico:
        assert ico.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(rendered["icns"]) as icns:
        assert icns.format == "ICNS" and icns.size == (1024, 1024)


def test_desktop_entry():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Journey Studio"
    assert entry["Exec"].split()[0] == "journey-studio" and entry["Exec"].split()[-1] in ("%f", "%F")
    assert entry["Icon"] == APP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["StartupWMClass"] == "Journey Studio"  # Qt's X11 WM_CLASS is the application name
    assert entry["Categories"].endswith(";")


def test_desktop_entry_passes_desktop_file_validate():
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate not installed (Debian package desktop-file-utils)")
    result = subprocess.run(["desktop-file-validate", DESKTOP], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout + result.stderr


def test_mime_type_definition():
    root = ET.parse(MIME_XML).getroot()
    mime = root.find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.journey.json"]
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"


def test_mime_database_knows_journey_files(tmp_path: Path):
    """update-mime-database compiles the XML, and Qt (like every toolkit) then names the type."""
    if shutil.which("update-mime-database") is None:
        pytest.skip("update-mime-database not installed (Debian package shared-mime-info)")
    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copyfile(MIME_XML, share / "mime" / "packages" / f"{APP_ID}.xml")
    subprocess.run(["update-mime-database", share / "mime"], check=True, capture_output=True)
    script = (
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for name in ('map.journey.json', 'plain.json'):\n"
        "    print(db.mimeTypeForFile(name, QMimeDatabase.MatchMode.MatchExtension).name())\n"
    )
    env = {**os.environ, "XDG_DATA_DIRS": f"{share}:/usr/share", "XDG_DATA_HOME": str(tmp_path / "none")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [MIME_TYPE, "application/json"]


def test_appstream_metainfo():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("icon").text == APP_ID
    provides = root.find("provides")
    assert provides.findtext("binary") == "journey-studio"
    assert provides.findtext("mediatype") == MIME_TYPE
    newest = root.find("releases/release")
    assert newest.get("version") == VERSION, "add a <release> for the version in pyproject.toml"


def test_appstream_metainfo_validates():
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli not installed (Debian package appstream)")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", METAINFO], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
