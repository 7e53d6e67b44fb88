"""``journey-studio export`` and ``import`` run as a separate process, as scripts and CI run them."""

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pypdf import PdfReader
from test_cli import assert_clean_failure, run  # tests/cli is on sys.path, as pytest imports test_cli from it

from journey_studio.io import read_workspace

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
SHOES = TEMPLATES / "running-shoes.fr.journey.json"


def test_every_format_from_one_file(tmp_path):
    for suffix in ("svg", "pdf", "pptx", "mmd", "csv"):
        out = tmp_path / f"carte.{suffix}"
        result = run("export", str(SHOES), "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"{out}: exported")
    assert ET.parse(tmp_path / "carte.svg").getroot().tag.endswith("svg")
    assert len(PdfReader(tmp_path / "carte.pdf").pages) > 4
    from journey_studio.export import ExportOptions
    from journey_studio.export.slides import slide_set
    from journey_studio.io import read_workspace

    workspace = read_workspace(SHOES)
    composed = slide_set(workspace, workspace.maps[0], ExportOptions()).deck.slides
    assert len(Presentation(str(tmp_path / "carte.pptx")).slides) == 2 + len(composed)  # title, map, its slides
    assert (tmp_path / "carte.mmd").read_text(encoding="utf-8").splitlines()[1] == "journey"
    assert (tmp_path / "carte.csv").read_bytes().startswith(b"\xef\xbb\xbfmap,stage,lane,title")


def test_one_stage_as_a_slide_sized_png_on_white(tmp_path):
    out = tmp_path / "achat.png"
    result = run("export", str(SHOES), "-o", str(out), "--stage", "Achat", "--page", "slide", "--width", "1920",
                 "--background", "white")
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.size == (1920, 1080)
        assert image.getpixel((3, 3)) == (255, 255, 255)


def test_transparent_svg_and_persona_sheets(tmp_path):
    svg = tmp_path / "carte.svg"
    assert run("export", str(SHOES), "-o", str(svg), "--transparent").returncode == 0
    root = ET.parse(svg).getroot()
    assert not [e for e in root if e.tag.endswith("rect") and e.get("width") == root.get("viewBox").split()[2]]
    pdf = tmp_path / "personas.pdf"
    assert run("export", str(SHOES), "-o", str(pdf), "--personas", "--page", "letter").returncode == 0
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1 and round(float(reader.pages[0].mediabox.width)) == 792


def test_several_files_into_a_folder(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    english = TEMPLATES / "running-shoes.en.journey.json"
    result = run("export", str(SHOES), str(english), "-o", f"{folder}/", "--format", "mmd")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["running-shoes.en.mmd", "running-shoes.fr.mmd"]


def test_several_files_need_a_folder_and_a_format(tmp_path):
    english = TEMPLATES / "running-shoes.en.journey.json"
    assert_clean_failure(run("export", str(SHOES), str(english), "-o", str(tmp_path / "x.png")), "is not a folder")
    assert_clean_failure(run("export", str(SHOES), str(english), "-o", str(tmp_path)), "needs --format")
    twin = tmp_path / "twin"
    twin.mkdir()
    shutil.copy(SHOES, twin / SHOES.name)
    assert_clean_failure(run("export", str(SHOES), str(twin / SHOES.name), "-o", str(tmp_path), "--format", "csv"),
                         "would overwrite")


def test_a_missing_folder_is_named_as_missing(tmp_path):
    """``-o DIR/`` for a folder that is not there says so (it once said the format was unsupported, or that
    the folder was not a folder), and creates nothing."""
    missing = tmp_path / "deck"
    result = run("export", str(SHOES), "-o", f"{missing}/", "--format", "png", "--slides")
    assert_clean_failure(result, "the folder does not exist")
    assert not missing.exists()


def test_one_bad_file_among_several_is_named_and_the_others_are_exported(tmp_path):
    broken = tmp_path / "broken.journey.json"
    broken.write_text("{", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = run("export", str(broken), str(SHOES), "-o", str(out), "--format", "svg")
    assert_clean_failure(result, "broken.journey.json", "not valid JSON")
    assert (out / "running-shoes.fr.svg").exists() and not (out / "broken.svg").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["--stage", "Nulle part"], "no stage 'Nulle part'"),
        (["--theme", "neon"], "unknown theme 'neon'"),
        (["--transparent"], "transparent background is for PNG and SVG only"),
    ],
)
def test_export_errors_name_the_output(tmp_path, args, message):
    out = tmp_path / "carte.pdf" if "--transparent" in args else tmp_path / "carte.png"
    assert_clean_failure(run("export", str(SHOES), "-o", str(out), *args), str(out), message)
    assert not out.exists()


def test_import_mermaid_and_csv(tmp_path):
    source = tmp_path / "day.mmd"
    source.write_text("journey\n  title My day\n  section Morning\n    Coffee: 5: Me\n    Late: 9: Me\n",
                      encoding="utf-8")
    out = tmp_path / "day.journey.json"
    result = run("import", str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "clamped to 5" in result.stderr and str(source) in result.stderr
    workspace = read_workspace(out)
    assert [c.title for c in workspace.maps[0].cards] == ["Coffee", "Late"]
    assert run("validate", str(out)).returncode == 0

    cards = tmp_path / "cards.csv"
    assert run("export", str(SHOES), "-o", str(cards)).returncode == 0
    again = tmp_path / "again.journey.json"
    result = run("import", str(cards), "-o", str(again), "--language", "fr")
    assert result.returncode == 0, result.stderr
    assert len(read_workspace(again).maps[0].cards) == len(read_workspace(SHOES).maps[0].cards)


def test_import_into_an_existing_map_reports_rows_it_left_out(tmp_path):
    cards = tmp_path / "cards.csv"
    cards.write_text("stage,title\nAchat,Nouvelle carte\nNulle part,Perdue\n", encoding="utf-8")
    out = tmp_path / "merged.journey.json"
    result = run("import", str(cards), "--into", str(SHOES), "-o", str(out))
    assert result.returncode == 1, "something was left out"
    assert f"{cards}: row 3: unknown stage 'Nulle part'" in result.stderr
    assert "Traceback" not in result.stderr
    merged = read_workspace(out)
    assert "Nouvelle carte" in [c.title for c in merged.maps[0].cards]


@pytest.mark.parametrize(
    "content, name, message",
    [
        ("flowchart LR\n", "bad.mmd", "a Mermaid journey starts with 'journey'"),
        ("journey\n  section A\n    Tea\n", "bad.mmd", "line 3: the task 'Tea' has no score"),
        ("a,b\n1,2\n", "bad.csv", "missing column(s) stage, title"),
        ("stage,title\n", "cards.xlsx", "cannot import '.xlsx'"),
    ],
)
def test_import_errors_are_one_clear_line(tmp_path, content, name, message):
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    out = tmp_path / "out.journey.json"
    assert_clean_failure(run("import", str(source), "-o", str(out)), str(source), message)
    assert not out.exists()


def test_import_refuses_to_overwrite_and_wants_a_journey_file(tmp_path):
    source = tmp_path / "day.mmd"
    source.write_text("journey\n  section A\n    Tea: 3\n", encoding="utf-8")
    existing = tmp_path / "day.journey.json"
    existing.write_text(json.dumps({}), encoding="utf-8")
    assert_clean_failure(run("import", str(source), "-o", str(existing)), "already exists")
    assert run("import", str(source), "-o", str(existing), "--force").returncode == 0
    assert_clean_failure(run("import", str(source), "-o", str(tmp_path / "day.json")), "must be a .journey.json")
    assert_clean_failure(run("import", str(tmp_path / "none.mmd"), "-o", str(tmp_path / "x.journey.json")),
                         "none.mmd")
