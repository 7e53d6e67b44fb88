"""A small export's whole command beside Mermaid's own CLI on the same seven-task journey.

``journey-studio import`` turns the Mermaid journey into a map, then both programs render it to PNG in
turns, each a fresh process (median of RUNS). Mermaid's CLI is taken from build/mermaid (see .ci/run) or
``JOURNEY_STUDIO_MMDC``; without it only our figure is shown. Target from the scale issue: ours at most
0.15 × mmdc's time.
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
TARGET_RATIO = 0.15
SEVEN_TASKS = """journey
    title Buying running shoes
    section Discover
      Search online: 3: Camille
      Read reviews: 4: Camille
    section Choose
      Visit the shop: 4: Camille
      Try shoes on: 5: Camille
      Ask for advice: 3: Camille
    section Buy
      Pay at the till: 2: Camille
      Receive the newsletter: 3: Camille
"""
PUPPETEER = {"executablePath": "/usr/bin/chromium", "args": [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]}


def seconds(args: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="journey-startup-bench-"))
    mmd = folder / "seven.mmd"
    mmd.write_text(SEVEN_TASKS, encoding="utf-8")
    journey = folder / "seven.journey.json"
    ours = [sys.executable, "-m", "journey_studio"]
    subprocess.run([*ours, "import", str(mmd), "-o", str(journey)], check=True, stdout=subprocess.DEVNULL)
    mmdc = os.environ.get("JOURNEY_STUDIO_MMDC") or str(ROOT / "build/mermaid/node_modules/.bin/mmdc")
    has_mmdc = Path(mmdc).is_file() and shutil.which("chromium") is not None
    config = folder / "puppeteer.json"
    config.write_text(json.dumps(PUPPETEER), encoding="utf-8")
    our_times, their_times = [], []
    for _ in range(RUNS):  # in turns, so both see the same load
        our_times.append(seconds([*ours, "export", str(journey), "-o", str(folder / "ours.png")]))
        if has_mmdc:
            their_times.append(seconds([mmdc, "-q", "-p", str(config), "-i", str(mmd), "-o", str(folder / "m.png")]))
    our = statistics.median(our_times)
    print(f"seven-task journey to PNG, whole command, median of {RUNS}")
    print(f"  journey-studio export   {our:6.2f} s")
    if not has_mmdc:
        print("  Mermaid CLI not installed (see .ci/run): no comparison")
        return 0
    their = statistics.median(their_times)
    ratio = our / their
    print(f"  mmdc (Mermaid CLI)      {their:6.2f} s")
    verdict = "ok" if ratio <= TARGET_RATIO else "MISSED"
    print(f"  ratio                   {ratio:6.2f}  (target ≤ {TARGET_RATIO}: {verdict})")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
