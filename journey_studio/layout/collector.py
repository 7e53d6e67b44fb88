"""The cyclic garbage collector held off while a layout is built.

A 10,000-card map's layout leaves some 80,000 objects (boxes, blocks, rects, faces) and makes no reference cycle:
reference counting frees whatever it drops. Yet every 700 new objects start a collection, and twice during such a
layout one walks the whole heap (the model's 10,000 cards included), about a third of its time. While a layout is
built the collector waits; it resumes as it was when the last layout under way ends, and its next passes take the
layout's objects along with everything else.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from threading import Lock

_LOCK = Lock()
_under_way = 0
_resume = False
"""Whether the collector was running when the first layout under way began (the last one to end resumes it)."""


@contextmanager
def paused() -> Iterator[None]:
    """Hold the collector off for the block (nested, and on several threads at once), then restore it as it was."""
    global _under_way, _resume
    with _LOCK:
        if not _under_way:
            _resume = gc.isenabled()
            gc.disable()
        _under_way += 1
    try:
        yield
    finally:
        with _LOCK:
            _under_way -= 1
            if not _under_way and _resume:
                gc.enable()
