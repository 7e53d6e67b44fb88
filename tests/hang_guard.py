"""A guard against hangs, not slowness: the block raises in the test after a generous number of seconds.

Tests bound their work (input sizes, item counts); this only turns an endless loop into a failure
instead of a stuck run. POSIX only (SIGALRM), like the tests that use it.
"""

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def hang_guard(seconds: float) -> Iterator[None]:
    def hung(*_: object) -> None:
        raise TimeoutError(f"still running after {seconds} s: a hang, not a slow machine")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
