"""Kill saving processes at random moments; report what the file held each time.

Run by test_kill_during_save.py in a fresh process (no threads, so fork is safe):

    python tests/robustness/kill_worker.py FOLDER RUNS SEED [in-place]

Each run forks a child that saves the *other* version of a large map over the file (with
backups) and SIGKILLs it after a random delay spread over the whole save, the longest delay
adapting to how long saves take right now. After each kill the file and every backup must be,
byte for byte, one of the two complete versions. Prints one JSON line: counts of old/new
outcomes, any bad file, and the timings used.

``in-place`` saves the way the promise forbids (the file opened for writing and filled bit by
bit), for the test that proves the check catches a save that is not atomic.
"""

import contextlib
import json
import os
import random
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.synthetic_map import build_workspace  # noqa: E402
from journey_studio.io import list_backups, workspace_to_bytes  # noqa: E402
from journey_studio.io import save_workspace as atomic_save  # noqa: E402
from journey_studio.io.files import _serialise  # noqa: E402


def _save_in_place(workspace, path: Path, backups: int = 0) -> None:
    """Not atomic: truncates the map, then writes it in pieces (flushed to disk, so a kill shows)."""
    data = workspace_to_bytes(workspace)
    with open(path, "wb") as handle:
        for start in range(0, len(data), 64 * 1024):
            handle.write(data[start:start + 64 * 1024])
            handle.flush()
            os.fsync(handle.fileno())


def main(folder: Path, runs: int, seed: int, in_place: bool = False) -> dict:
    save_workspace = _save_in_place if in_place else atomic_save
    rng = random.Random(seed)
    versions = [build_workspace(stages=30, cards=1500, seed=1), build_workspace(stages=30, cards=1200, seed=2)]
    data = [workspace_to_bytes(v) for v in versions]
    path = folder / "big.journey.json"
    save_workspace(versions[0], path, backups=3)
    current = 0
    # Where the time goes: preparing (serialise, parse back) touches no file; the rest writes.
    started = time.perf_counter()
    if in_place:
        workspace_to_bytes(versions[1])
    else:
        _serialise(versions[1], path)
    prepare = time.perf_counter() - started
    whole = max(_timed_child_save(save_workspace, v, path) for v in (versions[1], versions[0]))
    result = {"runs": runs, "old": 0, "new": 0, "bad": [], "prepare_s": prepare, "save_s": whole}
    # The latest delay follows the outcomes, so the kills keep landing on both sides of the
    # rename even when the disk's fsync slows down or speeds up during the runs: it grows a
    # little after each "old" and shrinks more after each "new", settling near one new in three.
    latest = whole * 1.1
    for run in range(runs):
        target = 1 - current
        child = os.fork()
        if child == 0:  # the saving process
            try:
                save_workspace(versions[target], path, backups=3)
            finally:
                os._exit(0)
        # Most kills land in the writing part, some in preparing, some after it finished.
        time.sleep(rng.uniform(prepare * 0.5, max(latest, prepare)))
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        held = path.read_bytes()
        if held == data[target]:
            result["new"] += 1
            current = target
            latest *= 0.96
        elif held == data[current]:
            result["old"] += 1
            latest *= 1.02
        else:
            result["bad"].append(f"run {run}: the map holds {len(held)} bytes of neither version")
        for backup in list_backups(path):
            if backup.read_bytes() not in data:
                result["bad"].append(f"run {run}: {backup.name} holds neither version")
    result["latest_delay_s"] = latest
    result["temporary_files_left"] = len([p for p in folder.iterdir() if p.name.endswith(".tmp")])
    return result


def _timed_child_save(save_workspace, workspace, path: Path) -> float:
    """How long a forked child takes to save (longer than in the parent: copy-on-write page faults)."""
    started = time.perf_counter()
    child = os.fork()
    if child == 0:
        try:
            save_workspace(workspace, path, backups=3)
        finally:
            os._exit(0)
    os.waitpid(child, 0)
    return time.perf_counter() - started


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:] == ["in-place"])))
