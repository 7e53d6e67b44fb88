"""SIGKILL a saving process at random moments, 200 times: the map is always the old or the new version.

The saving happens in forked children of a fresh worker process (tests/robustness/kill_worker.py),
with a map of 1,500 cards so each save lasts long enough to be hit mid-way; delays are spread
over the measured length of a save, so kills land while serialising, while writing the
temporary file or the backup, around the rename, and after the end.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

WORKER = Path(__file__).resolve().parent / "kill_worker.py"
RUNS = 200


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_a_killed_save_leaves_the_old_or_the_new_file_never_a_mix(tmp_path):
    completed = subprocess.run(
        [sys.executable, str(WORKER), str(tmp_path), str(RUNS), "20260704"],
        capture_output=True, text=True, timeout=300,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["bad"] == []
    assert result["old"] + result["new"] == RUNS
    # Both outcomes must occur, or the kills never landed inside a save and the test proves nothing.
    assert result["old"] >= RUNS // 10 and result["new"] >= RUNS // 10, result


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_the_kill_check_catches_a_save_that_is_not_atomic(tmp_path):
    """The same kills on a save that writes over the map in place: the check above must see the mixes."""
    completed = subprocess.run(
        [sys.executable, str(WORKER), str(tmp_path), "60", "20260704", "in-place"],
        capture_output=True, text=True, timeout=300,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["bad"], result
