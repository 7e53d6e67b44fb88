"""Child processes for the real-process tests: each in its own process group, all killed when the test ends."""

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class Children:
    """Child processes in their own process groups, all killed when the test ends, pass or fail."""

    def __init__(self) -> None:
        self.processes: list[subprocess.Popen] = []

    def start(self, *args: str, stdout=subprocess.DEVNULL) -> subprocess.Popen:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        process = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, stdout=stdout,
                                   stderr=subprocess.PIPE, start_new_session=True, text=True)
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen) -> None:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()

    def kill_all(self) -> None:
        for process in self.processes:
            with contextlib.suppress(ProcessLookupError, subprocess.TimeoutExpired):
                self.kill(process)
