"""Core figures for a 1,000-card map (30 stages × 8 lanes): load, scene build, viewport render, pan, save, PNG.

Run with ``make bench`` (offscreen). Targets from the core issue:
load + scene build < 300 ms, one 1920×1080 viewport render < 16 ms, PNG export < 1.5 s.
"""

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from bench.synthetic_map import build_workspace
from journey_studio.app.qt_app import application
from journey_studio.canvas.scene import MapScene
from journey_studio.canvas.view import MapView
from journey_studio.export import ExportOptions, export_map
from journey_studio.io import read_workspace, write_workspace
from journey_studio.layout import compute_layout
from journey_studio.layout.text import wrap_text

TARGETS_MS = {"load + scene build": 300, "viewport render (100 %)": 16, "PNG export (96 dpi)": 1500}


def measure(name: str, action: Callable[[], object], runs: int, results: dict[str, float]) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    results[name] = statistics.median(times)


def render_viewport(view: MapView, image: QImage) -> None:
    painter = QPainter(image)
    view.render(painter, QRectF(image.rect()), view.viewport().rect())
    painter.end()


def main() -> int:
    application(headless=True)
    workspace = build_workspace(stages=30, cards=1000)
    folder = Path(tempfile.mkdtemp(prefix="journey-bench-"))
    path = folder / "big.journey.json"
    write_workspace(workspace, path)
    results: dict[str, float] = {}

    def cold_open() -> MapScene:
        wrap_text.cache_clear()  # as on a first open: nothing measured yet
        loaded = read_workspace(path)
        scene = MapScene()
        scene.show_map(loaded.maps[0], loaded.personas, loaded.metadata.language)
        return scene

    measure("load (read + validate)", lambda: read_workspace(path), 5, results)
    measure(
        "layout (cold text cache)",
        lambda: (wrap_text.cache_clear(), compute_layout(workspace.maps[0], workspace.personas)),
        5,
        results,
    )
    measure("load + scene build", cold_open, 5, results)
    scene = cold_open()
    measure("relayout after one edit", lambda: scene.show_map(workspace.maps[0], workspace.personas), 5, results)

    view = MapView(scene)
    view.resize(1920, 1080)
    view.show()
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    view.set_zoom(1.0)
    view.centerOn(scene.sceneRect().center())
    render_viewport(view, image)
    measure("viewport render (100 %)", lambda: render_viewport(view, image), 20, results)

    def pan_step() -> None:
        bar = view.horizontalScrollBar()
        bar.setValue((bar.value() + 120) % max(bar.maximum(), 1))
        render_viewport(view, image)

    measure("pan step + render (100 %)", pan_step, 20, results)
    view.fit_map()
    render_viewport(view, image)
    measure("viewport render (whole map)", lambda: render_viewport(view, image), 10, results)

    measure("save", lambda: write_workspace(workspace, path), 5, results)
    png = folder / "big.png"
    measure(
        "PNG export (96 dpi)", lambda: export_map(workspace, workspace.maps[0], png, ExportOptions(dpi=96)), 3, results
    )

    print(f"1,000-card map, {len(workspace.maps[0].stages)} stages × {len(workspace.maps[0].lanes)} lanes; "
          f"file {path.stat().st_size / 1024:.0f} KiB; median of several runs")
    failed = False
    for name, ms in results.items():
        target = TARGETS_MS.get(name)
        verdict = ""
        if target is not None:
            ok = ms < target
            failed |= not ok
            verdict = f"  (target < {target} ms: {'ok' if ok else 'MISSED'})"
        print(f"  {name:<30} {ms:8.1f} ms{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
