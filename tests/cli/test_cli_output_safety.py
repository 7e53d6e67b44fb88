"""An export never replaces its input: not through a symbolic link, not a map named like its output."""

import os
import shutil
from pathlib import Path

import pytest
from test_cli import assert_clean_failure, run  # tests/cli is on sys.path

from journey_studio.app.cli import main
from journey_studio.io import read_workspace

SHOES = Path(__file__).resolve().parents[2] / "resources" / "templates" / "running-shoes.fr.journey.json"


@pytest.fixture
def victim(tmp_path) -> Path:
    path = tmp_path / "victim.journey.json"
    shutil.copyfile(SHOES, path)
    return path


def test_an_export_onto_a_link_to_its_input_is_refused(victim, tmp_path):
    link = tmp_path / "link.png"
    link.symlink_to(victim)
    before = victim.read_bytes()
    result = run("export", str(victim), "-o", str(link))
    assert_clean_failure(result, str(link), "is the file being exported", "Choose another output name")
    assert victim.read_bytes() == before and link.is_symlink()


@pytest.mark.parametrize("suffix", ["csv", "mmd", "svg", "pdf"])
def test_a_map_named_like_its_output_is_not_exported_onto_itself(tmp_path, capsys, suffix):
    path = tmp_path / f"self.{suffix}"
    shutil.copyfile(SHOES, path)
    before = path.read_bytes()
    assert main(["export", str(path), "-o", str(path)]) != 0
    assert "is the file being exported" in capsys.readouterr().err
    assert path.read_bytes() == before
    read_workspace(path)


def test_exporting_into_a_folder_never_replaces_an_input(tmp_path, capsys):
    """``other.journey.json`` goes to ``out/other.csv``, which links to the other input: nothing is written."""
    path = tmp_path / "self.journey.json"
    shutil.copyfile(SHOES, path)
    other = tmp_path / "other.journey.json"
    shutil.copyfile(SHOES, other)
    out = tmp_path / "out"
    out.mkdir()
    (out / "other.csv").symlink_to(path)
    before = path.read_bytes()
    assert main(["export", str(path), str(other), "-o", f"{out}/", "--format", "csv"]) != 0
    assert "is the file being exported" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert not (out / "self.csv").exists(), "a refused command writes nothing at all"


def test_the_same_file_under_another_name_is_refused(victim, tmp_path, capsys):
    hard = tmp_path / "hard.svg"
    os.link(victim, hard)
    before = victim.read_bytes()
    assert main(["export", str(victim), "-o", str(hard)]) != 0
    assert "is the file being exported" in capsys.readouterr().err
    assert victim.read_bytes() == before


def test_no_export_replaces_another_journey_map(victim, tmp_path, capsys):
    """Not an input, but a map all the same (say, a colleague's map saved as plan.csv)."""
    other = tmp_path / "plan.csv"
    shutil.copyfile(SHOES, other)
    before = other.read_bytes()
    assert main(["export", str(victim), "-o", str(other)]) != 0
    assert "is a journey map file" in capsys.readouterr().err
    assert other.read_bytes() == before


def test_an_ordinary_earlier_export_is_still_replaced(victim, tmp_path, capsys):
    """The check must not refuse what it should allow: an old export is replaced, as before."""
    out = tmp_path / "carte.csv"
    out.write_bytes(b"map,stage\r\nold,old\r\n")
    assert main(["export", str(victim), "-o", str(out)]) == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"\xef\xbb\xbfmap,stage,lane,title")


def test_an_import_never_writes_its_map_over_the_file_it_reads(tmp_path, capsys):
    source = tmp_path / "journey.mmd"
    source.write_text("journey\n  section S\n    Task: 3\n", encoding="utf-8")
    link = tmp_path / "out.journey.json"
    link.symlink_to(source)
    before = source.read_bytes()
    assert main(["import", str(source), "-o", str(link), "--force"]) != 0
    assert "is the file being imported" in capsys.readouterr().err
    assert source.read_bytes() == before and link.is_symlink()
