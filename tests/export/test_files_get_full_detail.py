"""A file always gets the full picture: never the screen's far-zoom blocks; when text is too small, it says so."""

import subprocess
import sys
from pathlib import Path

from journey_studio.export import ExportOptions, export_bytes
from journey_studio.io import read_workspace
from journey_studio.painter import card as card_painter

ROOT = Path(__file__).resolve().parents[2]
WIDE = ROOT / "tests" / "fixtures" / "stress" / "twenty-five-stages.journey.json"


def test_a_small_png_of_a_wide_map_draws_every_card_in_full(app, monkeypatch):
    workspace = read_workspace(WIDE)
    drawn = {"full": 0}

    def low_detail(*args, **kwargs):
        raise AssertionError("the screen's low-detail card reached a file")

    full = card_painter.paint_card

    def counting(*args, **kwargs):
        drawn["full"] += 1
        return full(*args, **kwargs)

    monkeypatch.setattr(card_painter, "paint_card_low_detail", low_detail)
    monkeypatch.setattr("journey_studio.painter.map_painter.paint_card", counting)
    export_bytes(workspace, workspace.maps[0], ".png", ExportOptions(width=1920))
    assert drawn["full"] >= len(workspace.maps[0].cards)


def test_the_command_line_says_when_text_is_too_small_to_read(tmp_path):
    def export(*size: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "journey_studio", "export", str(WIDE), "-o",
                               str(tmp_path / "wide.png"), *size], capture_output=True, text=True, timeout=120,
                              cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})

    small = export("--width", "1920")
    assert small.returncode == 0 and (tmp_path / "wide.png").is_file()
    assert "too small to read" in small.stderr and "pixels wide" in small.stderr
    readable = export("--dpi", "96")
    assert readable.returncode == 0 and "too small" not in readable.stderr


def test_only_a_preview_on_screen_draws_far_cards_as_blocks(app, monkeypatch):
    """The export dialog's preview (a picture on screen) may draw the canvas's far blocks; the file never does."""
    from journey_studio.export.render import build_picture, render_frame
    from journey_studio.export.sizing import Frame

    workspace = read_workspace(WIDE)
    picture = build_picture(workspace, workspace.maps[0])
    bounds = picture.map_layout.bounds
    frame = Frame(bounds, 480, max(1, round(480 * bounds.height / bounds.width)), 20)
    blocks = {"count": 0}
    low_detail = card_painter.paint_card_low_detail

    def counting(*args, **kwargs):
        blocks["count"] += 1
        return low_detail(*args, **kwargs)

    monkeypatch.setattr("journey_studio.painter.map_painter.paint_card_low_detail", counting)
    render_frame(picture, frame)
    assert blocks["count"] == 0
    render_frame(picture, frame, preview=True)
    assert blocks["count"] >= len(workspace.maps[0].cards)
