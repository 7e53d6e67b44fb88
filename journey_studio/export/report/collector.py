"""The garbage collector told that the map and its layout outlive the drawing of a report.

Drawing a 10,000-card report makes millions of short-lived objects, and each full collection they set off
walked the whole model and layout again, though those live throughout: a sixth of the export's time.
Frozen (:func:`gc.freeze`), they are skipped; unfrozen at the end, they are collected as usual afterwards.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived_frozen() -> Iterator[None]:
    """Everything alive now is left out of collections in the ``with`` block (new objects are collected as ever).

    Where objects are frozen already (a window's scene keeps a large map's frozen for as long as it is shown),
    the collector is left as it is: unfreezing at the end would undo that.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        yield
    finally:
        if gc.get_freeze_count() <= frozen:  # nobody froze more meanwhile (another thread's scene); fewer: freed
            gc.unfreeze()
