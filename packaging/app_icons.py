"""Render the application icon (icons/app/journey-studio.svg) for every platform.

Run by ``packaging/build.py`` before PyInstaller (it needs PySide6 and Pillow, both already in the
project's virtual environment), or on its own:

    .venv/bin/python packaging/app_icons.py OUT_DIR

writes into OUT_DIR:

- ``hicolor/<N>x<N>/apps/<APP_ID>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512, and
  ``hicolor/scalable/apps/<APP_ID>.svg`` (the SVG itself): the freedesktop icon theme layout;
- ``journey-studio.ico`` (Windows: 16 to 256 px in one file);
- ``journey-studio.icns`` (macOS: 16 to 1024 px in one file).

Each size is drawn from the vector with Qt's ``QSvgRenderer``, never scaled down from a larger
bitmap, so the 16 px icon is as sharp as the SVG allows.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "icons" / "app" / "journey-studio.svg"
APP_ID = "org.journeystudio.JourneyStudio"
"""The reverse-DNS id shared by the .desktop file, the icons, the MIME and AppStream files."""
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def _qt_application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def render_png(svg: Path, size: int, output: Path) -> Path:
    """Draw ``svg`` into a transparent ``size`` × ``size`` PNG."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _qt_application()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output), "PNG"):
        raise SystemExit(f"{output}: could not be written")
    return output


def render_all(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Every icon file the three platforms need; returns them by role."""
    from PIL import Image

    out_dir = Path(out_dir)
    made: dict[str, Path] = {}
    pngs: dict[int, Path] = {}
    for size in sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES)):
        if size in HICOLOR_SIZES:
            path = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        else:
            path = out_dir / "png" / f"{size}.png"
        pngs[size] = render_png(svg, size, path)
        made[f"png{size}"] = path
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    made["svg"] = scalable

    # Windows: Pillow writes every size given in append_images as its own entry (PNG-compressed).
    ico = out_dir / "journey-studio.ico"
    images = [Image.open(pngs[s]).convert("RGBA") for s in ICO_SIZES]
    images[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    made["ico"] = ico

    # macOS: Pillow's pure-Python ICNS writer; each size comes from its own rendering.
    icns = out_dir / "journey-studio.icns"
    images = [Image.open(pngs[s]).convert("RGBA") for s in ICNS_SIZES]
    images[-1].save(icns, format="ICNS", append_images=images[:-1])
    made["icns"] = icns
    return made


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/app_icons.py OUT_DIR")
    for role, path in render_all(Path(sys.argv[1])).items():
        print(f"{role:<7} {path}")
