"""A finished PDF page's stream is deflated on a thread while the next pages are drawn: the same file, no thread left.

reportlab deflates every page stream when the document is written, one after the other; zlib lets go of Python's
lock while it works, so a second core can do it as the pages end. The file must be the very same.
"""

import gc
import re
import threading
from collections import Counter

import pytest

from bench.synthetic_map import build_workspace
from journey_studio.export import ExportOptions, export_bytes
from journey_studio.export.vector import pdf_surface
from journey_studio.layout.text import FontFace, TextStyle
from journey_studio.model import Workspace

DATE = re.compile(rb"D:\d{14}[+-]\d\d'\d\d'")


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return build_workspace(stages=20, cards=400)


def pdf(workspace: Workspace) -> bytes:
    """The map's PDF report, its creation date left out (the one thing two exports may differ in)."""
    return DATE.sub(b"D:date", export_bytes(workspace, workspace.maps[0], ".pdf", ExportOptions()))


def deflating_threads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Bytes deflated by each thread (by name) while the test runs."""
    deflated: Counter[str] = Counter()
    compress = pdf_surface.zlib.compress

    class CountingZlib:
        @staticmethod
        def compress(data: bytes, level: int = -1) -> bytes:
            deflated[threading.current_thread().name.split("_")[0]] += len(data)
            return compress(data, level)

    monkeypatch.setattr(pdf_surface, "zlib", CountingZlib)
    return deflated


def test_pages_deflated_ahead_give_the_same_file_and_leave_no_thread(workspace, monkeypatch):
    monkeypatch.setattr(pdf_surface.os, "cpu_count", lambda: 2)
    deflated = deflating_threads(monkeypatch)
    ahead = pdf(workspace)
    assert deflated["pdf-deflate"] > 2 * deflated["MainThread"], "most of the pages were deflated on the thread"
    assert pdf_surface._ahead == {}
    assert not [t for t in threading.enumerate() if t.name.startswith("pdf-deflate")]

    monkeypatch.setattr(pdf_surface, "AHEAD_MIN_BYTES", 10**12)  # none ahead: all deflated as reportlab writes
    deflated.clear()
    inline = pdf(workspace)
    assert deflated["pdf-deflate"] == 0
    assert ahead == inline


def test_the_comparison_sees_a_stream_deflated_otherwise(workspace, monkeypatch):
    """The check can fail: pages deflated ahead at another level make another file."""
    monkeypatch.setattr(pdf_surface.os, "cpu_count", lambda: 2)
    usual = pdf(workspace)
    submit = pdf_surface.ThreadPoolExecutor.submit
    monkeypatch.setattr(pdf_surface.ThreadPoolExecutor, "submit",
                        lambda self, fn, data, level: submit(self, fn, data, 9))
    assert pdf(workspace) != usual


def test_one_core_deflates_as_reportlab_writes(workspace, monkeypatch):
    monkeypatch.setattr(pdf_surface.os, "cpu_count", lambda: 1)
    deflated = deflating_threads(monkeypatch)
    pdf(workspace)
    assert deflated["pdf-deflate"] == 0 and deflated["MainThread"] > 0


def test_a_surface_dropped_unfinished_forgets_its_streams(monkeypatch):
    """A failed export drops its surface before writing it: what was deflated ahead for it goes too."""
    monkeypatch.setattr(pdf_surface.os, "cpu_count", lambda: 2)
    surface = pdf_surface.PdfSurface()
    surface.begin_page(800, 600)
    style = TextStyle(FontFace.REGULAR, 12, 16)
    for n in range(2000):
        surface.draw_text(10, 20 + n % 500, f"line {n}", style, "#202020")
    surface.begin_page(800, 600)  # ends the first page: its stream is long enough to be deflated ahead
    assert len(pdf_surface._ahead) == 1
    del surface
    gc.collect()
    assert pdf_surface._ahead == {}
