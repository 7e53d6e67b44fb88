"""How long refusing bad input takes: the figures the robustness tests used to assert on the clock.

The tests bound the work instead (a 100 MB file is refused with nothing read, an oversized avatar
without decoding it, every damaged file with a typed error); these are the times, for a person to
read. Targets: a damaged file < 2 s (the slowest of 400), the 100 MB file < 1 s, an avatar bomb
< 0.1 s, every hostile file of the corpus < 10 s. Run with ``make bench``.
"""

import contextlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journey_studio.io import JourneyFileError, parse_workspace, read_workspace
from journey_studio.io.images import check_avatar
from tests.robustness.hostile_corpus import GOOD, corpus
from tests.robustness.image_samples import avatar, png_declaring

TARGETS_MS = {"damaged file (slowest)": 2000, "100 MB file refused": 1000, "avatar bomb refused": 100,
              "hostile corpus file (slowest)": 10000}
DAMAGES = 400


def timed(action) -> float:
    start = time.perf_counter()
    with contextlib.suppress(JourneyFileError):
        action()
    return (time.perf_counter() - start) * 1000


def damaged(data: bytes, rng: random.Random) -> bytes:
    """A flipped byte, a cut, or an inserted troublemaker, as the property tests damage files."""
    at = rng.randrange(len(data))
    kind = rng.randrange(3)
    if kind == 0:
        return data[:at] + bytes([rng.randrange(256)]) + data[at + 1:]
    if kind == 1:
        return data[:at]
    return data[:at] + rng.choice([b"{", b"]", b",", b'"', b"\\", b"NaN", b"\xff", b"\x00", b"1e999"]) + data[at:]


def main() -> None:
    rng = random.Random(18)
    results: dict[str, float] = {}
    times = [timed(lambda: parse_workspace(damaged(GOOD, rng), "damaged.journey.json")) for _ in range(DAMAGES)]
    results["damaged file (slowest)"] = max(times)
    results["damaged file (median)"] = statistics.median(times)
    with tempfile.TemporaryDirectory() as folder:
        huge = Path(folder) / "huge.journey.json"
        with open(huge, "wb") as handle:
            handle.write(GOOD[:100])
            handle.truncate(100 * 1024 * 1024)
        results["100 MB file refused"] = timed(lambda: read_workspace(huge))
        slowest = 0.0
        for case in corpus():
            path = Path(folder) / f"{case.name}.journey.json"
            path.write_bytes(case.data)
            slowest = max(slowest, timed(lambda p=path: read_workspace(p)))
        results["hostile corpus file (slowest)"] = slowest
    bomb = avatar(png_declaring(60000, 60000))
    results["avatar bomb refused"] = timed(lambda: check_avatar(bomb))
    for name, ms in results.items():
        target = TARGETS_MS.get(name)
        verdict = "" if target is None else (" ok" if ms < target else f" OVER {target} ms")
        print(f"{name:32} {ms:9.2f} ms{verdict}")


if __name__ == "__main__":
    main()
