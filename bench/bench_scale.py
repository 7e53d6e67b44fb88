"""Scale figures: the issue's table at 1,000 and 10,000 cards (30 and 100 stages × 8 lanes).

Rows: opening a window on the map, one edit (a card's title) until the scene is updated, the drop
after a drag, one mouse move of a drag, and the PNG, PDF and SVG exports as whole commands
(``journey-studio export``, a fresh process each, with its peak memory from ``wait4``'s rusage).

Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_scale.py [--cards 1000 10000]
[--part window|export|all]``. Targets at 10,000 cards from the scale issue are checked.

"Open" is the first frame: from 2,000 cards the window lays out and draws the map's first columns first and
the rest between frames ("the whole map laid out" says when it arrived; the other rows wait for it).

Window rows, median of 3, the code before the incremental layout and after it run in turns on the shared
2-core machine (load average 5.7-7.0, 2026-11-29; the quietest "after" run in brackets):

    10,000 cards: open 9,804 -> 1,247 ms (627; the whole map 5.6 s, 3.6 s), one edit 230 -> 31 ms (27),
                  drop 431 -> 47 ms (34), one mouse move 17.8 -> 16.5 ms (7.6: unchanged, the load)
    1,000 cards:  open 1,750 -> 1,220 ms (694), one edit 49.5 -> 14.6 ms, drop 86.5 -> 23.2 ms

Opening, then: the first frame builds only the cards of its first columns down to twice a screen's height at 50 %,
and the slices wait for it to be drawn (one ran before the first paint): median of 3 in turns at load 7.1-7.3
(the rest of the code the same), 10,000 cards, 698 -> 579 ms CPU, 2,128 -> 1,754 ms wall (the < 1 s target
needs a quieter machine or a cheaper layout and card painting).

A drop that makes a lane taller ("drop that grows a lane", ``lane_growth_row``; the "drop after a drag" row keeps
its lanes). Holding each lane's cards under one group item (the lanes below moving with one call each) took the
items touched from 8,596 to 130 but not the drop's CPU (the layout placing the 8,500 cards below again,
``map_layout._place_cells``, is most of it), and Qt walks a group's every child on each repaint: a drag's mouse
move at 10,000 cards went from 5.4 to 9-10 ms. It was reverted. Quiet machine, 29 Nov: 625-654 ms at 10,000 cards,
128 ms at 1,000. Then the cells below keep their cards placed relative to the cell (``map_layout._card_face``) and
are only set at the lane's new height (``_at``, the one maker of a box, so a fresh layout gives the same bits; a
box's texts are made from its face when first read), the emotion curves are laid out in a lane at the page's top
and set at its height, and the scene moves the cards whose box kept its face in one C pass, each card's bounding
rect kept in C++ (a pen-less rect item: Qt asks it on every move). CPU from the release until the scene is updated,
median of 3, old and new code in turns (29 Nov 15:16-15:18, load average 5.6-6.1): 612 -> 163 ms at 10,000 cards
(the layout 408 -> 61 ms, the scene 115 -> 45 ms). Qt's item index is not the cost: 8,600 ``setPos`` take 9-15 ms
with the BSP tree and 3-4 ms more at its next query; switching to no index around the moves costs 21-28 ms in all.
A cold ``compute_layout`` at 10,000 cards, the same runs: 1,326 -> 746 ms CPU, and 1,327 -> 1,032 ms with every
box's texts read afterwards (as an export's painter reads them). The window's other rows in turns (one run each,
twice): one edit 41-43 -> 54-58 ms wall but 30 -> 27 ms CPU (median of 10 edits, in turns), a mouse move 13-14 ->
12-19 ms: the load's noise, not a change.

"Layout from scratch (CPU)" (``cold_layout_row``): ``compute_layout`` once in a fresh process, as every export and
the window's opening pay it. Median of 3, before and after the quick text paths (``layout/text.py``: no grapheme
segmentation for text that cannot join, plain paragraphs wrapped in one pass from the face's table) and the
emotion labels' crowding check, in turns at load 4.5-6.8: 10,000 cards 2,030 -> 1,390 ms (median of 6);
1,000 cards 193 -> 152 ms; the 1,200-emotion-point map of ``bench_export`` 319 -> 236 ms. A quarter of what
remains at 10,000 cards is the garbage collector scanning the growing heap; the rest is wrapping 20,000 texts
and building the cards' boxes, in Python.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic_map import build_workspace  # noqa: E402
from journey_studio.io import write_workspace  # noqa: E402

STAGES = {1000: 30, 10000: 100}
TARGETS_10K = {
    "open a window on it": ("ms", 1000),
    "one edit, scene updated": ("ms", 50),
    "drop after a drag": ("ms", 50),
    "drag, one mouse move": ("ms", 8),
    "PNG export, whole command": ("s", 6),
    "PDF export, whole command": ("s", 6),
    "SVG export, whole command": ("s", 3),
}
PNG_MEMORY_TARGET_MB = 500


def window_rows(cards: int) -> dict[str, float]:
    """In-process figures (ms) for a 1920×1080 window on the map at 100 %."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    from journey_studio.app.qt_app import application
    from journey_studio.document import Document
    from journey_studio.ui.main_window import MainWindow

    app = application(headless=True)
    document = Document(build_workspace(stages=STAGES.get(cards, 30), cards=cards))
    t = time.perf_counter()
    window = MainWindow(document)
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    window.view.viewport().repaint()  # the first frame drawn
    opened = (time.perf_counter() - t) * 1000
    view, scene = window.view, window.scene
    while not scene.complete:  # a large map's first frame shows its first columns; the rest follows when idle
        app.processEvents()
        time.sleep(0.001)
    whole = (time.perf_counter() - t) * 1000

    view.set_zoom(1.0)
    box = scene.map_layout.cards[len(scene.map_layout.cards) // 2]
    view.centerOn(QPointF(box.rect.center.x, box.rect.center.y))
    app.processEvents()
    viewport = view.viewport()
    start = view.mapFromScene(QPointF(box.rect.center.x, box.rect.center.y))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    moves = []
    target = start
    for step in range(1, 61):
        target = start + type(start)(step * 3, step * 2)
        t = time.perf_counter()
        QTest.mouseMove(viewport, target)
        viewport.repaint()  # the frame the user sees after each move
        moves.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    app.processEvents()
    drop = (time.perf_counter() - t) * 1000

    edits = []
    card_ids = [c.id for c in window.document.current_map.cards[:10]]
    for i, card_id in enumerate(card_ids):
        t = time.perf_counter()
        window.editor.set_card(card_id, {"title": f"Titre modifié {i}"})
        app.processEvents()
        edits.append((time.perf_counter() - t) * 1000)
    window.hide()  # closing would ask about the unsaved edits
    return {
        "open a window on it": opened,
        "  the whole map laid out": whole,
        "one edit, scene updated": statistics.median(edits),
        "drop after a drag": drop,
        "drag, one mouse move": statistics.median(moves),
    }


def lane_growth_row(cards: int) -> dict[str, float]:
    """A drop that makes the top lane taller: a card of the sixth lane dragged with the mouse to the bottom of the top
    lane's tallest cell, so every lane below moves down and the scene moves each of their cards. Wall and CPU ms from
    the release until the scene is updated."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    from journey_studio.app.qt_app import application
    from journey_studio.document import Document
    from journey_studio.ui.main_window import MainWindow

    app = application(headless=True)
    window = MainWindow(Document(build_workspace(stages=STAGES.get(cards, 30), cards=cards)))
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    view, scene = window.view, window.scene
    scene.complete_now()
    view.set_zoom(1.0)
    layout = scene.map_layout
    top = layout.lanes[0]
    tallest = max((b for b in layout.cards if b.lane_id == top.lane_id), key=lambda b: b.rect.bottom)
    box = next(b for b in layout.cards if b.lane_id == layout.lanes[5].lane_id and b.stage_id == tallest.stage_id)
    view.centerOn(QPointF(box.rect.center.x, (box.rect.center.y + tallest.rect.bottom) / 2))
    app.processEvents()
    viewport = view.viewport()
    start = view.mapFromScene(QPointF(box.rect.center.x, box.rect.center.y))
    end = view.mapFromScene(QPointF(tallest.rect.center.x, tallest.rect.bottom - 2))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(viewport, start + (end - start) * step / 10)
    in_scene: list[float] = []  # the scene's share: following the new layout, without computing it
    apply_layout = scene.apply_layout

    def timed_apply(new_layout) -> None:
        started = time.process_time()
        apply_layout(new_layout)
        in_scene.append((time.process_time() - started) * 1000)

    scene.apply_layout = timed_apply
    wall, cpu = time.perf_counter(), time.process_time()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    app.processEvents()
    wall, cpu = (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000
    grew = scene.map_layout.lanes[1].rect.y > layout.lanes[1].rect.y
    print(f"  drop growing a lane: the lanes below moved {'yes' if grew else 'NO'}, "
          f"{scene.items_updated} items touched, {cpu:.0f} ms CPU of which the scene's "
          f"{sum(in_scene):.0f} ms", flush=True)
    window.hide()
    return {"drop that grows a lane": wall}


LAYOUT_SCRIPT = """
import sys, time
sys.path.insert(0, sys.argv[1])
from bench.synthetic_map import build_workspace
from journey_studio.layout.map_layout import compute_layout
workspace = build_workspace(stages=int(sys.argv[2]), cards=int(sys.argv[3]))
started = time.process_time()
compute_layout(workspace.maps[0], workspace.personas)
print((time.process_time() - started) * 1000)
"""


def cold_layout_row(cards: int, runs: int = 3) -> dict[str, float]:
    """``compute_layout`` from scratch, CPU ms in a fresh process (median of ``runs``): every export and the
    window's opening pay it before drawing anything.

    The text path made cheaper (29 Nov, 15:00-15:40 UTC; ``layout/text.py``, ``blocks.py``, ``font_tables.py``):
    plain paragraphs wrapped from a memo of word widths per face and size (a paragraph is checked and learnt at
    its first unknown word), their first ``max_lines + 1`` lines only, elision by one C pass, text blocks set
    through their slots, font tables converted per glyph. The same layout (every block equal on this map and
    the stress fixtures). Old and new text modules in turns on the same tree, median of 3, CPU of the call,
    on the shared machine: 10,000 cards 947 -> 567 ms (load 5.6), 1,138 -> 654 ms (load 5.0), 1,249 -> 805 ms
    (load 8.9, before the last two changes); 1,000 cards 154 -> 106 ms (load 8.9), 122 -> 98 ms. What
    is left at 10,000 cards: the cyclic garbage collector's full passes over the model and the growing layout
    (about a third: 755 -> 565 ms with ``gc.freeze()`` before the call), 20,000 text blocks' wrapping and
    dataclasses, and placing the cards. Text whose words are all new (20,000 paragraphs of unique words) costs no
    more than before (680 -> 570 ms). ``unshaped``, called by the PNG painter for every line drawn, returns text
    it would not change at once: every card line of this map 330 -> 17 ms.

    Cut again (29 Nov, 15:45-16:20 UTC; ``layout/geometry.py``, ``blocks.py``, ``map_layout.py``, ``collector.py``):
    a ``Rect`` keeps ``right`` and ``bottom`` as slot fields made once (a read 140 -> 19 ns, ``intersects`` about
    half); a card's title and body wrapped at the origin past ``wrap_text``'s cache, rects of one size shared
    (objects a 10,000-card layout leaves 131,600 -> 79,500); a box's lazy fields set through their slots' setters,
    its blocks moved without an ``__init__`` frame; the cyclic collector held off while a layout is built
    (collections during the layout and the reading of every box 332/30/2 -> 91/9/1). The same layouts (125: every
    fixture and template in both languages and the projector's metrics, and this map, compared bit for bit, types
    included), the same SVG bytes, the same PDF but its dates. Old and new in turns, medians of 3, CPU, load 4-5:
    this row (``compute_layout`` alone, fresh process) 808 -> 626 ms; the layout plus reading every box's fields
    (what an export pays) 928 -> 855 ms, the collector's deferred passes landing in the reading (809 -> 497 ms,
    then 119 -> 359 ms); with 150,000 more objects made after it, as an export goes on, 1.66 -> 1.07 s. Under the
    headless command's collector settings (start-up frozen, young threshold 100,000) 615 -> 588 ms, within the
    noise, and the whole commands' CPU barely moves (SVG 2.74 and 3.13 -> 2.65 and 2.65 s, PDF 5.41 and 5.90 ->
    5.36 and 5.98 s). What is left: 20,000 paragraphs wrapped word by word in Python (about half of the layout;
    a C pass over the word widths was slower than the loop), and the 70,000 blocks and rects made as the boxes are
    read (a frozen slotted dataclass costs about 1 us to make; a plain slotted class a fifth of that)."""
    times = []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", LAYOUT_SCRIPT, str(ROOT), str(STAGES.get(cards, 30)), str(cards)],
            capture_output=True, text=True, check=True,
        ).stdout
        times.append(float(output.strip().splitlines()[-1]))
    return {"layout from scratch (CPU)": statistics.median(times)}


def run_command(args: list[str]) -> tuple[float, float] | str:
    """(seconds, peak resident MB) of one child process, from its own rusage; its message if it failed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - t
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        return process.stderr.read().decode(errors="replace").strip()
    return seconds, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def svg_row(command: list[str], target: Path, runs: int = 3) -> tuple[float, float] | str:
    """The SVG export as a whole command: median of ``runs`` (seconds, peak MB), and the file's size.

    Median of 3, the old and new writer side by side (29 Nov, load average 5–7 on the 2 cores, so wall times
    are 2–3 times an idle machine's): 10,000 cards 41.1 → 25.6 s wall, 17.1 → 10.2 s CPU, 841 → 284 MB peak,
    a 72 → 36 MB file; 1,000 cards 7.0 → 5.0 s wall, 2.5 → 1.9 s CPU, 143 → 114 MB, 7.2 → 3.6 MB. What is
    left is mostly the layout (about 2 s CPU) and the painter's own path building, not the SVG writer.

    Then shared shapes (a card's outlines, stripe, badges and faces made once per size, ``<use>``d from the
    ``<defs>``), a faster number formatter, lines drawn word by word without a glyph run, fallback fonts read
    only when needed. Whole command, median of 3, old and new painter side by side (29 Nov 13:30 UTC, load
    average 5–7; CPU is user + sys from ``/usr/bin/time``): 10,000 cards 20.0 → 8.0 s wall, 10.7 → 4.7 s CPU,
    273 → 196 MB peak, a 36.0 → 27.5 MB file; 1,000 cards (13:25) 5.8 → 3.8 s wall, 1.9 → 1.2 s CPU,
    108 → 71 MB. In process, the painter alone 1.0 → 0.3 s and painter + writer 6.3 → 2.5 s CPU (cold). The
    3 s target is not met: start-up, reading the file and the layout take most of what is left.

    Then (29 Nov 14:45–15:40 UTC) the export streams and the writer does less per element, the same bytes (the
    10,000-card file and 34 template, stress and persona SVGs compared byte for byte): the drawing goes to an
    unnamed temporary file beside the output and the file is written from it in pieces, so peak memory at 10,000
    cards fell 197 → 152 MB; a line's element pieces are built once per style and colour, coordinates are
    remembered, a plain line's words looked up by their text; the painter reckons a block's baselines once a
    block; the collector skips the model and the layout while the command lays out and draws; fonts open
    without reading their glyph names. The load average was 5–7 throughout: whole commands, old and new in
    turns, user + sys, medians of 3 were 5.1 → 4.4 s and 4.7 → 4.7 s in two rounds (3.6 s before the load
    rose), and with the font and collector changes (15:41, load 4–6) 4.9 → 3.8 s and 4.5 → 4.2 s; the writer's
    replayed drawing calls (the 10,000-card map's first fifth, under callgrind) took 16 % fewer instructions,
    before the font and collector changes. The quiet wall time is to measure.

    Quiet machine at 15:43 (load about 2): 3.49–3.80 s wall, 148 MB. Then (15:45–16:05 UTC) the painter's and the
    writer's work per card and per line cut, the same bytes (the 10,000-card file and 107 template, stress,
    dark-theme, stage and persona SVGs; for the painter also 170 SVG, PDF, PNG and PowerPoint exports of the
    templates and stress maps and 81 in the projector theme, compared byte for byte): a plain line's
    ``textLength`` is added up by the writer from the layout's own advance of each character (``text_width``'s
    cache was missed by every line of a large map), a card's shadow, outline and stripe, its strokes and its
    footer marks' places are reckoned once per card size, theme and footer type, ids are quoted without
    ``quoteattr``, and ``xml.sax.saxutils`` (which imported ``urllib.request``, ``http``, ``email`` and ``ssl``) is
    no longer imported. Whole command, old and new in turns, user + sys, medians of 3: 3.16 → 2.52 s (load 3–4),
    4.02 → 3.04 s (load 3.5–4.5) and, with every change, 4.17 → 2.82 s (16:11, load 4.4); peak 150–156 →
    140–142 MB. In process (the map laid out and its cards
    filled first), painter and writer 2.0 → 1.1 s CPU; the painter alone, on a surface that draws nothing,
    0.35–0.5 → 0.2 s. Left: start-up imports (about 0.4 s), reading the file (0.35 s), the layout (0.45 s and its
    cards filled lazily while drawing), the writer's strings, and two collections of the youngest generation
    when the collector's blocks end (about 0.1 s: the young count is left near a million objects). The quiet
    wall time is the lead's to take.
    """
    results = []
    for _ in range(runs):
        result = run_command([*command, "-o", str(target)])
        if isinstance(result, str):
            return result
        results.append(result)
    print(f"  SVG file {target.stat().st_size / 1e6:.1f} MB; runs: "
          + ", ".join(f"{seconds:.2f} s / {mb:.0f} MB" for seconds, mb in results), flush=True)
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def export_rows(cards: int, folder: Path) -> dict[str, tuple[float, float] | str]:
    workspace = build_workspace(stages=STAGES.get(cards, 30), cards=cards)
    source = folder / f"map-{cards}.journey.json"
    write_workspace(workspace, source)
    command = [sys.executable, "-m", "journey_studio", "export", str(source)]
    rows = {}
    for fmt in ("png", "pdf"):
        rows[f"{fmt.upper()} export, whole command"] = run_command([*command, "-o", str(folder / f"map-{cards}.{fmt}")])
    rows["SVG export, whole command"] = svg_row(command, folder / f"map-{cards}.svg")
    # A map past the PNG pixel bound (100 Mpx) is refused at 96 dpi: measure it at the widest size allowed too.
    if cards >= 10000:
        wide = folder / f"map-{cards}-wide.png"
        rows["PNG at 14,000 px wide"] = run_command([*command, "-o", str(wide), "--width", "14000"])
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--part", choices=("window", "export", "all"), default="all")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="journey-scale-bench-"))
    failed = False
    for cards in options.cards:
        print(f"{cards:,}-card map, {STAGES.get(cards, 30)} stages × 8 lanes")
        rows: dict[str, tuple[float, str]] = {}
        if options.part in ("window", "all"):
            rows.update({name: (ms, "ms") for name, ms in window_rows(cards).items()})
            rows.update({name: (ms, "ms") for name, ms in lane_growth_row(cards).items()})
            rows.update({name: (ms, "ms") for name, ms in cold_layout_row(cards).items()})
        if options.part in ("export", "all"):
            for name, result in export_rows(cards, folder).items():
                if isinstance(result, str):
                    failed = True
                    print(f"  {name:<28} REFUSED: {result}")
                    continue
                seconds, mb = result
                rows[name] = (seconds, f"s, peak {mb:5.0f} MB")
                if cards >= 10000 and name.startswith("PNG") and mb >= PNG_MEMORY_TARGET_MB:
                    failed = True
                    print(f"  PNG peak memory {mb:.0f} MB (target < {PNG_MEMORY_TARGET_MB} MB: MISSED)")
        for name, (value, unit) in rows.items():
            verdict = ""
            if cards >= 10000 and name in TARGETS_10K:
                target_unit, target = TARGETS_10K[name]
                ok = value < target
                failed |= not ok
                verdict = f"  (target < {target} {target_unit}: {'ok' if ok else 'MISSED'})"
            shown = f"{value:8.1f} {unit}" if unit == "ms" else f"{value:8.2f} {unit}"
            print(f"  {name:<28} {shown}{verdict}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
