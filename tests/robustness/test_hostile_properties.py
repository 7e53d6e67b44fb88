"""Property-based, issue 14: whatever validates exports to every format, and whatever a Mermaid or CSV
file holds imports, each ending in a file or a typed error with a message: never a traceback, never a
hang. Hang guards stop a runaway case; they are not measurements (see bench/bench_hostile.py).
"""

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pypdf import PdfReader

from journey_studio.export import ExportError, ExportOptions, export_bytes
from journey_studio.interchange import ImportFailed, import_file
from tests.hang_guard import hang_guard
from tests.robustness.strategies import workspaces

COMMON = settings(database=None, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                         HealthCheck.function_scoped_fixture])


def _opens(suffix: str, data: bytes) -> None:
    """Each format read back by a real reader."""
    if suffix == ".pdf":
        assert len(PdfReader(io.BytesIO(data)).pages) >= 1
    elif suffix == ".pptx":
        assert len(Presentation(io.BytesIO(data)).slides) >= 2
    elif suffix == ".png":
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            image.load()
    elif suffix == ".svg":
        import xml.etree.ElementTree as ET

        ET.fromstring(data)
    else:
        data.decode("utf-8")


@pytest.fixture
def app(qapp):
    from journey_studio.canvas.qt_fonts import register_fonts

    register_fonts()
    return qapp


@settings(COMMON, max_examples=6)
@given(workspaces(max_maps=1, max_cards=6))
def test_every_valid_map_exports_to_every_format(app, workspace):
    if not workspace.maps:
        return
    journey_map = workspace.maps[0]
    for suffix in (".png", ".svg", ".pdf", ".pptx", ".mmd", ".csv"):
        with hang_guard(60):
            try:
                data = export_bytes(workspace, journey_map, suffix, ExportOptions(dpi=48))
            except ExportError as error:  # a bound, said in words: allowed, a traceback is not
                assert journey_map.title in str(error) or "stage" in str(error), str(error)
                continue
        _opens(suffix, data)


MERMAID_PIECES = st.sampled_from([
    "journey", "title ", "section ", "accTitle: ", "accDescr: ", "accDescr {", "}", ":", ";", "#", "%%", "%%{",
    "}%%", "---", "\n", " ", "\t", "Task", "5", "0x", "ff", "1e", "9" * 50, ".", ",", "Actor", "é", "\x00", "\ufffe",
])
CSV_PIECES = st.sampled_from([
    "map", "stage", "lane", "title", "emotion", "channel", "online", "tags", "last verified", ",", ";", "\t",
    '"', "\n", "\r\n", "=", " ", "S", "T", "Actions", "3", "-2", "1,5", "2026-02-30", "yes", "\x00", "é", "'=",
])


@settings(COMMON, max_examples=120)
@given(st.lists(MERMAID_PIECES, max_size=80))
def test_any_mermaid_text_imports_or_is_refused_in_words(tmp_path_factory, pieces):
    path = tmp_path_factory.mktemp("mmd") / "j.mmd"
    path.write_text("".join(pieces), encoding="utf-8")
    with hang_guard(20):
        try:
            result = import_file(path)
        except ImportFailed as refused:
            assert str(refused).startswith(str(path)) and "\x00" not in str(refused)
            return
    assert result.workspace.maps


@settings(COMMON, max_examples=120)
@given(st.lists(CSV_PIECES, max_size=120))
def test_any_csv_text_imports_or_is_refused_in_words(tmp_path_factory, pieces):
    path = tmp_path_factory.mktemp("csv") / "c.csv"
    path.write_text("stage,title\n" + "".join(pieces), encoding="utf-8")
    with hang_guard(20):
        try:
            result = import_file(path)
        except ImportFailed as refused:
            assert str(refused).startswith(str(path)) and "\x00" not in str(refused)
            return
    assert all("\x00" not in problem for problem in result.problems)
