"""A real editor process is SIGKILLed while editing; the next start gets the work back.

``python -m journey_studio FILE`` runs offscreen with a 0.3 s autosave interval
(JOURNEY_STUDIO_AUTOSAVE_SECONDS) and its own data and settings folders, edits the map every
50 ms (through tests/robustness/app_probe.py), and is killed once it has autosaved. The copy
must then hold every edit made more than one interval before the kill, and never touch FILE.
"""

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from journey_studio.io import read_workspace, write_workspace
from journey_studio.recovery import ENV_AUTOSAVE_SECONDS, RecoveryStore
from journey_studio.ui import recovery_dialog
from journey_studio.ui.recovery_dialog import RecoveryChoice, offer_recovery
from tests.factories import sample_workspace

PROBE = Path(__file__).resolve().parent / "app_probe.py"
INTERVAL = 0.3
GRACE = 1.5
"""Seconds of scheduling slack on a loaded machine, on top of the interval."""


def environment(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        ENV_AUTOSAVE_SECONDS: str(INTERVAL),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }


def reader(stream, lines: "queue.Queue[str | None]") -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders and SIGKILL: Linux")
def test_after_a_crash_the_next_start_restores_all_but_the_last_interval(tmp_path, monkeypatch, qapp):
    path = tmp_path / "carte.journey.json"
    write_workspace(sample_workspace(), path)
    original = path.read_bytes()
    process = subprocess.Popen(
        [sys.executable, str(PROBE), "edit", str(path)], env=environment(tmp_path),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=reader, args=(process.stdout, lines), daemon=True).start()
    edits: dict[int, float] = {}
    folder = None
    autosaves = 0
    deadline = time.monotonic() + 120
    try:
        while (autosaves < 3 or not edits or time.monotonic() - min(edits.values()) < 3 * (INTERVAL + GRACE)) \
                and time.monotonic() < deadline:
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                continue
            if line is None:
                break
            kind, _, rest = line.partition(" ")
            if kind == "FOLDER":
                folder = Path(rest)
            elif kind == "EDIT":
                number, stamp = rest.split()
                edits[int(number)] = float(stamp)
            elif kind == "AUTOSAVED":
                autosaves += 1
        assert autosaves >= 3, f"the editor never autosaved: {process.stderr.read() if process.poll() else ''}"
        time.sleep(0.2)
        killed_at = time.monotonic()
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(30)
    while (line := lines.get(timeout=10)) is not None:
        kind, _, rest = line.partition(" ")
        if kind == "EDIT":
            number, stamp = rest.split()
            edits[int(number)] = float(stamp)
    process.stdout.close()
    process.stderr.close()

    assert path.read_bytes() == original, "autosave never writes the user's file"
    assert folder is not None and folder.is_relative_to(tmp_path / "data")
    store = RecoveryStore(folder)
    [slot] = store.claim_orphans()
    recovered = slot.load()
    kept = int(recovered.maps[0].title.removeprefix("Édition "))
    must_have = [n for n, stamp in edits.items() if stamp <= killed_at - INTERVAL - GRACE]
    assert must_have and kept >= max(must_have), (kept, max(must_have))
    lost_seconds = killed_at - edits[kept]
    assert lost_seconds <= INTERVAL + GRACE, lost_seconds
    assert slot.info().original_path == path.resolve()
    slot.release()

    # The next start: offer, restore, save.
    monkeypatch.setattr(recovery_dialog, "ask_recovery", lambda *args: RecoveryChoice.RESTORE)
    [document] = offer_recovery(store)
    assert document.path == path.resolve() and document.is_modified
    assert document.workspace.maps[0].title == f"Édition {kept}"
    document.save()
    assert read_workspace(path).maps[0].title == f"Édition {kept}"
    document.recovery_slot.discard()
    assert [p for p in folder.iterdir() if p.name.endswith(".journey.json")] == []
    document.deleteLater()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders and SIGKILL: Linux")
def test_a_real_restart_offers_the_copy(tmp_path):
    """The real program, killed while editing, offers the copy at its next start and opens it modified."""
    path = tmp_path / "carte.journey.json"
    write_workspace(sample_workspace(), path)
    env = environment(tmp_path)
    process = subprocess.Popen([sys.executable, str(PROBE), "edit", str(path)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8")
    try:
        for line in process.stdout:
            if line.startswith("AUTOSAVED"):
                break
        time.sleep(0.5)
    finally:
        process.kill()
        process.wait(30)
        process.stdout.close()
    restart = subprocess.run([sys.executable, str(PROBE), "restart"], env=env, capture_output=True,
                             text=True, encoding="utf-8", timeout=120)
    offered = [line for line in restart.stdout.splitlines() if line.startswith("OFFERED")]
    windows = [line for line in restart.stdout.splitlines() if line.startswith("WINDOW")]
    assert offered and offered[0].startswith("OFFERED Édition"), restart.stdout + restart.stderr[-2000:]
    assert any(str(path.resolve()) in line and " True " in line for line in windows), restart.stdout
