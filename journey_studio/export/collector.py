"""The garbage collector told that the map and its layout outlive the drawing of an export (PDF report, SVG).

Drawing a 10,000-card report makes millions of short-lived objects, and each full collection they set off
walked the whole model and layout again, though those live throughout: a sixth of the export's time.
Frozen (:func:`gc.freeze`), they are skipped; unfrozen at the end, they are collected as usual afterwards.
The youngest objects are looked at every :data:`YOUNG_THRESHOLD` allocations rather than every 700 meanwhile:
the drawing's objects are freed by their counts, and cycles among them are rare.
"""

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 1_000_000
"""Allocations between two collections of the youngest generation while a report is drawn (CPython's: 700;
a command's: 100,000). The count is of objects made less those freed: what a report keeps (the layout's lazily
filled cards, each page's operators, the texts shown) is alive to the end, and each collection of it at 100,000
found nothing to free (four of them, 0.2 s of the 10,000-card map's export). Cycles of garbage wait at most
this many objects for the collection after the export."""


class _Collector:
    """What the outermost of the exports under way changed, to put back when the last one ends (the window
    exports on worker threads, so two may overlap)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.thresholds: tuple[int, int, int] = gc.get_threshold()
        self.frozen: int | None = None
        """How many objects were frozen here; None when objects were frozen already (a window's scene keeps a
        large map's frozen as long as it is shown, a command what its start-up made): what is alive now is then
        frozen as well and left so, since only all can be unfrozen (the scene itself freezes everything alive
        each time it lays a large map out)."""

    def enter(self) -> None:
        with self.lock:
            if self.depth == 0:
                self.thresholds = gc.get_threshold()
                gc.set_threshold(max(YOUNG_THRESHOLD, self.thresholds[0]), *self.thresholds[1:])
                already = gc.get_freeze_count()
                gc.freeze()
                self.frozen = None if already else gc.get_freeze_count()
            self.depth += 1

    def leave(self) -> None:
        with self.lock:
            self.depth -= 1
            if self.depth == 0:
                gc.set_threshold(*self.thresholds)
                # Fewer frozen than here: some were freed. More: someone else froze theirs meanwhile; keep them so.
                if self.frozen is not None and gc.get_freeze_count() <= self.frozen:
                    gc.unfreeze()


_collector = _Collector()


@contextmanager
def long_lived_frozen() -> Iterator[None]:
    """Everything alive now is left out of collections in the ``with`` block (new objects are collected as ever),
    and the youngest generation is collected less often; afterwards the thresholds are as they were found, and so
    is the freeze when nothing was frozen before (else what was alive stays frozen: see ``_Collector.frozen``)."""
    _collector.enter()
    try:
        yield
    finally:
        _collector.leave()
