"""The worst case each of issue 14's bounds lets through, measured once each: time and the process's peak memory.

Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_hostile.py [CASE…]`` (all cases by
default; they take a minute or two together). Each case is the largest input its bound accepts, built to make
that bound's work as large as it can be; the line under it shows the same input one step past the bound being
refused, and how quickly. Figures go in docs/data-safety.md; tests never assert times (they bound the work).
"""

import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journey_studio.app.qt_app import application
from journey_studio.export import ExportError, ExportOptions, export_bytes
from journey_studio.export.limits import (
    MAX_ARROW_WORK,
    MAX_ARROWS_PER_BAND,
    MAX_PDF_MAP_PAGES,
    pdf_map_pages,
)
from journey_studio.interchange import ImportFailed, import_file
from journey_studio.interchange.limits import MAX_IMPORTED_CARDS
from journey_studio.model.journey_map import MAX_CONNECTORS, MAX_ITEMS
from tests.robustness.hostile_maps import arrows_map, grid_map, many_cards_map


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(name: str, run: Callable[[], object]) -> None:
    start = time.perf_counter()
    try:
        outcome = run()
        said = f"{len(outcome) / 1e6:.1f} MB" if isinstance(outcome, bytes) else str(outcome)[:60]
    except (ExportError, ImportFailed) as refused:
        said = "refused: " + str(refused).split(": ", 1)[-1][:90]
    print(f"{name:<58} {time.perf_counter() - start:7.2f} s   peak {peak_mb():6.0f} MB   {said}", flush=True)


def arrows() -> None:
    lanes = -(-MAX_ARROW_WORK // MAX_ARROWS_PER_BAND)  # bands as full as allowed, up to the picture's arrow work
    worst = arrows_map(cards=10 * lanes, arrows=MAX_ARROW_WORK, lanes=lanes)
    measure(f"PNG, {MAX_ARROW_WORK} band arrows at 96 dpi, {MAX_ARROWS_PER_BAND} per band",
            lambda: export_bytes(worst, worst.maps[0], ".png", ExportOptions()))
    measure(f"PNG, the same at 300 dpi (refused: at most {int(MAX_ARROW_WORK * 96 / 300)})",
            lambda: export_bytes(worst, worst.maps[0], ".png", ExportOptions(dpi=300)))
    half = arrows_map(cards=10 * lanes, arrows=int(MAX_ARROW_WORK * 96 / 200) - 1, lanes=lanes)
    measure(f"PowerPoint, {len(half.maps[0].connectors)} band arrows (its pictures are at 200 dpi)",
            lambda: export_bytes(half, half.maps[0], ".pptx", ExportOptions()))
    past = arrows_map(35, MAX_ARROWS_PER_BAND + 1)
    measure(f"PNG, {MAX_ARROWS_PER_BAND + 1} arrows in one band (refused)",
            lambda: export_bytes(past, past.maps[0], ".png", ExportOptions()))
    everything = arrows_map(35, 4_000 if MAX_CONNECTORS >= 4_000 else MAX_CONNECTORS)
    measure(f"PNG, 35 cards and {len(everything.maps[0].connectors)} arrows (refused)",
            lambda: export_bytes(everything, everything.maps[0], ".png", ExportOptions()))


def pdf_pages() -> None:
    stages, lanes = 4, 8
    while pdf_map_pages(*_first(grid_map(stages + 4, lanes)), ExportOptions()) <= MAX_PDF_MAP_PAGES:
        stages += 4
    worst = grid_map(stages, lanes)
    pages = pdf_map_pages(*_first(worst), ExportOptions())
    measure(f"PDF, {stages} stages × {lanes} lanes at the largest sizes ({pages} map pages)",
            lambda: export_bytes(worst, worst.maps[0], ".pdf", ExportOptions()))
    past = grid_map(500, 200)
    measure("PDF, 500 stages × 200 lanes (refused)", lambda: export_bytes(past, past.maps[0], ".pdf", ExportOptions()))


def _first(workspace):
    return workspace, workspace.maps[0]


def pixels() -> None:
    crowd = many_cards_map(MAX_ITEMS)
    measure(f"PNG, {MAX_ITEMS:,} cards at 105 dpi (about 490 Mpx)",
            lambda: export_bytes(crowd, crowd.maps[0], ".png", ExportOptions(dpi=105)))
    measure(f"PNG, {MAX_ITEMS:,} cards at 110 dpi (refused)",
            lambda: export_bytes(crowd, crowd.maps[0], ".png", ExportOptions(dpi=110)))


def deck() -> None:
    worst = many_cards_map(2_000, stages=60)
    measure("PowerPoint, 60 stages, 2,000 cards",
            lambda: export_bytes(worst, worst.maps[0], ".pptx", ExportOptions()))


def imports() -> None:
    folder = Path(tempfile.mkdtemp(prefix="journey-hostile-bench-"))
    cases = {
        f"Mermaid, {MAX_ITEMS:,} tasks": "journey\n  section S\n" + "    T: 3: A\n" * MAX_ITEMS,
        "Mermaid, 200,000 tasks (refused)": "journey\n  section S\n" + "    T: 3\n" * 200_000,
        "Mermaid, a 60,000-digit score": "journey\n  section S\n    T: " + "9" * 60_000 + "x\n",
        "Mermaid, 1 MB of %%{": "journey\n" + "%%{" * 350_000,
    }
    for index, (name, text) in enumerate(cases.items()):
        path = folder / f"case{index}.mmd"
        path.write_text(text, encoding="utf-8")
        measure(name, lambda path=path: import_file(path).summary)
    rows = "map,stage,lane,title\n" + "".join(f"M{r // 20_000},S{r % 30},L{r % 8},Card {r}\n"
                                               for r in range(MAX_IMPORTED_CARDS))
    path = folder / "worst.csv"
    path.write_text(rows, encoding="utf-8")
    measure(f"CSV, {MAX_IMPORTED_CARDS:,} rows in 3 maps", lambda: import_file(path).summary)
    path = folder / "past.csv"
    path.write_text("map,stage,lane,title\n" + "".join(f"M{m},S{r % 30},L{r % 8},Card {r}\n"
                                                        for m in range(10) for r in range(20_000)), encoding="utf-8")
    measure("CSV, 10 maps × 20,000 rows, 4 MB (refused)", lambda: import_file(path).summary)


CASES = {"arrows": arrows, "pdf": pdf_pages, "pixels": pixels, "deck": deck, "imports": imports}


def main(names: list[str]) -> int:
    application(headless=True)
    for name in names or list(CASES):
        CASES[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
