"""Slide figures for the 1,000-card map (30 stages × 8 lanes): the deck of native shapes and the slide PNG set.

Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_slides.py``. Target from issue 13: each
under 3 s. Three runs each; the median is compared with the target, the first (cold) run shown beside it.

Measured 29 Nov 2026 (one run each): 415 slides at 18 px; PNG set 21.4 s (~52 ms a slide), deck 44.3 s (~107 ms a
slide, python-pptx's object model). Both miss the target: it needs fewer slides for a dense map (cards side by
side in a stage's rows) and a deck writer that emits slide XML directly.
"""

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic_map import build_workspace
from journey_studio.app.qt_app import application
from journey_studio.export import ExportOptions, export_bytes
from journey_studio.export.slides import slide_pngs, slide_set

TARGET_MS = 3000
RUNS = 3


def main() -> int:
    application(headless=True)
    workspace = build_workspace(stages=30, cards=1000)
    journey_map = workspace.maps[0]
    slides = len(slide_set(workspace, journey_map, ExportOptions()).deck.slides)
    print(f"1,000-card map, {len(journey_map.stages)} stages × {len(journey_map.lanes)} lanes: {slides} slides; "
          f"median of {RUNS} runs (first run in brackets)")
    cases = [
        ("PowerPoint deck, native shapes", lambda: export_bytes(workspace, journey_map, ".pptx", ExportOptions())),
        ("slide PNG set (1920 × 1080)", lambda: slide_pngs(workspace, journey_map, ExportOptions())),
    ]
    failed = False
    for name, run in cases:
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            run()
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        verdict = "ok" if median < TARGET_MS else "SLOW"
        failed |= median >= TARGET_MS
        print(f"  {name:<34} {median:7.0f} ms ({times[0]:.0f})  target < {TARGET_MS} ms  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
