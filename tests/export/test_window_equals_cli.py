"""Screen and files agree: a map edited in the window as a user does exports the same pictures as the command line.

The window opens at its fit zoom (not 100 %), a card title is edited in place (double-click, type, Enter), the
canvas theme and the zoom change; then PNG, SVG and PDF exported from the window equal those the command line
makes of the saved file, and the window's own drawing of the map equals the PNG.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from journey_studio.document import Document
from journey_studio.export import ExportOptions
from journey_studio.export.sizing import frame_for
from journey_studio.i18n import set_language
from journey_studio.templates import new_from_template
from journey_studio.ui import dialogs
from journey_studio.ui.export_dialog import ExportDialog
from journey_studio.ui.main_window import MainWindow
from tests.typing import type_text

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "templates" / "running-shoes.en.journey.json"
NEW_TITLE = "Trail shoes tried in the shop"


@pytest.fixture
def window(app, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: dialogs.SaveChoice.DISCARD)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: None)
    path = tmp_path / "shoes.journey.json"
    shutil.copy(TEMPLATE, path)
    window = MainWindow(Document(new_from_template("blank", "en")))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_file(path)
    return window


def _edit_a_title_in_place(qtbot, window) -> None:
    """Double-click the first card's title where the map shows it, type a new title, press Enter."""
    box = window.scene.map_layout.cards[0]
    title = box.title.rect
    view = window.view
    view.centerOn(title.center.x, title.center.y)
    point = view.mapFromScene(title.x + 20, title.y + title.height / 2)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    inline = window.controller.inline_editor()
    assert inline is not None, "double-clicking a card's title edits it in place"
    qtbot.keyClick(inline, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(inline, NEW_TITLE)
    qtbot.keyClick(inline, Qt.Key.Key_Return)
    assert window.document.current_map.card(box.card_id).title == NEW_TITLE


def _export_from_window(window, monkeypatch, out: Path) -> list[str]:
    """File ▸ Export: pick the format, type the path, press Export (the dialog's own button).

    Returns the command-line options that ask for the same picture (the dialog's resolution).
    """
    chosen: list[ExportOptions] = []

    def run(dialog: ExportDialog) -> int:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(out.suffix))
        dialog.path_edit.setText(str(out))
        chosen.append(dialog.options())
        dialog.export_button.click()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", run)
    assert window.files.export_dialog()
    assert out.is_file()
    options = chosen[0]
    size = ["--width", str(options.width)] if options.width else ["--dpi", f"{options.dpi:g}"]
    return size + (["--page", options.page.value] if options.page else [])


def _export_from_cli(source: Path, out: Path, extra: list[str] = ()) -> None:
    result = subprocess.run([sys.executable, "-m", "journey_studio", "export", str(source), "-o", str(out), *extra],
                            capture_output=True, text=True, timeout=120, cwd=ROOT,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr


def _pdf_pages(path: Path) -> list[tuple[str, tuple[float, float], bytes]]:
    """Each page's text, size and drawing (its content stream): what a reader shows."""
    pages = []
    for page in PdfReader(path).pages:
        box = page.mediabox
        pages.append((page.extract_text(), (float(box.width), float(box.height)), page.get_contents().get_data()))
    return pages


def _scene_picture(window, frame) -> Image.Image:
    """The window's scene drawn as the PNG frames it (same area, same pixels per unit)."""
    image = QImage(frame.width, frame.height, QImage.Format.Format_RGB32)
    image.fill(QColor(window.scene.theme.background))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view = frame.view
    window.scene.render(painter, QRectF(0, 0, frame.width, frame.height), QRectF(view.x, view.y, view.width,
                                                                                  view.height))
    painter.end()
    path = Path(window.document.path).with_name("scene.png")
    image.save(str(path))
    return Image.open(path).convert("RGB")


def _differing_share(a: Image.Image, b: Image.Image) -> float:
    assert a.size == b.size
    difference = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
    return difference.point(lambda v: 255 if v > 40 else 0).histogram()[255] / (a.size[0] * a.size[1])


def test_window_and_command_line_exports_are_identical_after_editing_at_fit_zoom(qtbot, window, monkeypatch,
                                                                                 tmp_path):
    assert abs(window.view.zoom() - 1.0) > 0.05, "the map opens at its fit zoom, not 100 %"
    _edit_a_title_in_place(qtbot, window)
    window.set_canvas_theme("dark")
    set_language("fr")  # View ▸ Language ▸ Français, and back: the interface changes, never the files
    try:
        qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    finally:
        set_language(None)
    window.set_canvas_theme("light")
    assert window.files.save()
    saved = Path(window.document.path)

    for suffix in (".png", ".svg", ".pdf"):
        same_size = _export_from_window(window, monkeypatch, tmp_path / f"window{suffix}")
        _export_from_cli(saved, tmp_path / f"cli{suffix}", same_size)

    with Image.open(tmp_path / "window.png") as from_window, Image.open(tmp_path / "cli.png") as from_cli:
        assert from_window.size == from_cli.size
        assert ImageChops.difference(from_window.convert("RGB"), from_cli.convert("RGB")).getbbox() is None, \
            "the window's PNG has the same pixels as the command line's"
    assert (tmp_path / "window.svg").read_bytes() == (tmp_path / "cli.svg").read_bytes()
    window_pdf, cli_pdf = _pdf_pages(tmp_path / "window.pdf"), _pdf_pages(tmp_path / "cli.pdf")
    assert [p[:2] for p in window_pdf] == [p[:2] for p in cli_pdf]
    assert [p[2] for p in window_pdf] == [p[2] for p in cli_pdf], "same drawing on every page"
    assert NEW_TITLE in window_pdf[1][0] or NEW_TITLE in "".join(p[0] for p in window_pdf)

    # What the window shows is what the file holds: the scene drawn at the PNG's scale gives its pixels.
    window.scene.clearSelection()
    layout = window.scene.map_layout
    frame = frame_for(layout.bounds, ExportOptions())
    _export_from_cli(saved, tmp_path / "cli-96.png", ["--dpi", "96"])
    with Image.open(tmp_path / "cli-96.png") as from_cli:
        assert _differing_share(_scene_picture(window, frame), from_cli) < 0.002


def test_a_font_changed_by_one_user_would_show_in_the_comparison(qtbot, window, monkeypatch, tmp_path):
    """The comparison can fail: shrink the font the cards are drawn with and the window's PNG differs."""
    from journey_studio.canvas import qt_fonts

    style = window.scene.map_layout.cards[0].title.style
    original = qt_fonts.qfont

    def shrunk(text_style):
        font = original(text_style)
        if text_style == style:
            font.setPixelSize(max(1, round(text_style.size * 0.7)))
        return font

    assert window.files.save()
    monkeypatch.setattr("journey_studio.canvas.qt_surface.qfont", shrunk)
    same_size = _export_from_window(window, monkeypatch, tmp_path / "window.png")
    _export_from_cli(Path(window.document.path), tmp_path / "cli.png", same_size)
    with Image.open(tmp_path / "window.png") as from_window, Image.open(tmp_path / "cli.png") as from_cli:
        assert ImageChops.difference(from_window.convert("RGB"), from_cli.convert("RGB")).getbbox() is not None


def test_the_fonts_handed_out_are_the_callers_own(app):
    """An editor that zooms its copy of a font changes nothing drawn afterwards."""
    from journey_studio.canvas.qt_fonts import qfont
    from journey_studio.layout import DEFAULT_METRICS

    style = DEFAULT_METRICS.card_title
    font = qfont(style)
    font.setPixelSize(5)
    assert qfont(style).pixelSize() == round(style.size)
