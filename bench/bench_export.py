"""Export figures for the 1,000-card map (30 stages × 8 lanes): every format, from the model to the bytes written.

Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_export.py``. Targets from the export
issue: PNG 4K (3840 px wide) < 1.5 s, PDF report < 2 s, SVG < 1 s. Each export runs several times; the median
is compared with its target, and the first (cold: fonts and caches loading) run is shown beside it.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic_map import build_workspace
from journey_studio.app.qt_app import application
from journey_studio.export import ExportOptions, export_map
from journey_studio.model import EmotionPoint, Workspace

TARGETS_MS = {"PNG 4K (3840 px wide)": 1500, "PDF report": 2000, "SVG": 1000, "PDF, 1,200 emotion points": 2000}
RUNS = 5


def emotional_workspace(stages: int = 30, cards: int = 1200) -> Workspace:
    """30 stages × 40 cards, each card with its emotion point: 1,200 faces over the PDF's many map pages.

    Each page must draw only the faces it shows (it drew all 1,200 on every page: 6.5 s).
    """
    workspace = build_workspace(stages=stages, cards=cards)
    journey_map = workspace.maps[0]
    scores = (-2, -1, 0, 1, 2)
    points = [EmotionPoint(id=f"f{k}", stage_id=card.stage_id, card_id=card.id, score=scores[k % 5],
                           label=f"Ressenti {k}") for k, card in enumerate(journey_map.cards)]
    return workspace.model_copy(update={"maps": [journey_map.model_copy(update={"emotion_points": points})]})


def main() -> int:
    application(headless=True)
    workspace = build_workspace(stages=30, cards=1000)
    journey_map = workspace.maps[0]
    folder = Path(tempfile.mkdtemp(prefix="journey-export-bench-"))
    cases = [
        ("PNG 4K (3840 px wide)", "map-4k.png", ExportOptions(width=3840)),
        ("PNG 96 dpi", "map.png", ExportOptions(dpi=96)),
        ("SVG", "map.svg", ExportOptions()),
        ("PDF report", "report.pdf", ExportOptions()),
        ("PDF, 1,200 emotion points", "emotions.pdf", ExportOptions()),
        ("PowerPoint deck", "deck.pptx", ExportOptions()),
        ("Mermaid", "map.mmd", ExportOptions()),
        ("CSV", "cards.csv", ExportOptions()),
    ]
    print(f"1,000-card map, {len(journey_map.stages)} stages × {len(journey_map.lanes)} lanes; "
          f"median of {RUNS} runs (first run in brackets)")
    failed = False
    emotional = emotional_workspace()
    for name, file_name, options in cases:
        source = emotional if "emotion points" in name else workspace
        path = folder / file_name
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            export_map(source, source.maps[0], path, options)
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        verdict = ""
        target = TARGETS_MS.get(name)
        if target is not None:
            ok = median < target
            failed |= not ok
            verdict = f"  (target < {target} ms: {'ok' if ok else 'MISSED'})"
        size = path.stat().st_size / 1024
        print(f"  {name:<24} {median:8.0f} ms  [{times[0]:6.0f}]  {size:8.0f} KiB{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
