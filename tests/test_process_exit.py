"""Processes that did their work must also exit cleanly: crashes that wait for the exit.

PySide6 6.12.0 with Python 3.11 decrements None's reference count in some setters; after
a thousand or so calls the process aborts, often only at exit (shared/PLATFORM.md). And
under the offscreen platform, data left on the clipboard is deleted after Python has shut
down, which crashed the process (exit 139) unless the application releases it first.
"""

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem
from journey_studio.canvas.scene import MapScene
from journey_studio.templates import load_template
app = QApplication([])
item = QGraphicsRectItem(0, 0, 10, 10)
for i in range(20000):
    item.setBrush(QBrush(QColor(i % 255, 0, 0)))
    item.setPen(QPen(QColor(0, i % 255, 0)))
    item.setToolTip(None if i % 2 else "x")
workspace = load_template("running-shoes", "fr")
for _ in range(20):
    scene = MapScene()
    scene.show_map(workspace.maps[0], workspace.personas)
print("done")
"""


def run_to_the_end(script: str) -> None:
    """Run ``script`` in a fresh offscreen process: it must print "done" and then exit with 0."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    assert result.stdout.strip() == "done"


def test_many_setter_calls_then_a_clean_exit():
    run_to_the_end(SCRIPT)


COPY_SCRIPT = """
from journey_studio.app.qt_app import application
from journey_studio.export.clipboard import copy_map_image
from journey_studio.templates import load_template
from journey_studio.ui.card_clipboard import copy_cards
app = application(headless=True)
workspace = load_template("running-shoes", "fr")
copy_cards(workspace.maps[0].cards[:2])
copy_map_image(workspace, workspace.maps[0])
print("done")
"""


def test_copying_to_the_offscreen_clipboard_then_a_clean_exit():
    run_to_the_end(COPY_SCRIPT)
