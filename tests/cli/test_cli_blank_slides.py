"""A blank map exported as PNG slides: no file, a message that says why, and exit code 1 (a script that asked
for slides and got none must know), while the slide PDF of the same map is still a valid one-page file."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from journey_studio.app.cli import main

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.mark.parametrize("name", ["blank.en", "blank.fr"])
def test_blank_map_as_png_slides_writes_nothing_and_says_why(name: str, tmp_path: Path, capsys, qapp) -> None:
    out = tmp_path / "deck"
    out.mkdir()
    code = main(["export", str(TEMPLATES / f"{name}.journey.json"), "-o", f"{out}/", "--format", "png", "--slides"])
    captured = capsys.readouterr()
    assert code == 1
    assert list(out.iterdir()) == []
    assert "has no cards to show: nothing to put on slides" in captured.err
    assert str(out) in captured.err, "the message names where nothing was written"
    assert "0 slide(s)" not in captured.out


def test_a_map_with_cards_still_exits_0_and_a_blank_slide_pdf_is_one_page(tmp_path: Path, capsys, qapp) -> None:
    out = tmp_path / "deck"
    out.mkdir()
    assert main(["export", str(TEMPLATES / "running-shoes.en.journey.json"), "-o", f"{out}/", "--format", "png",
                 "--slides", "--width", "480"]) == 0
    assert len(list(out.iterdir())) > 1
    assert "nothing to put on slides" not in capsys.readouterr().err
    pdf = tmp_path / "blank.pdf"
    assert main(["export", str(TEMPLATES / "blank.en.journey.json"), "-o", str(pdf), "--slides"]) == 0
    assert len(PdfReader(pdf).pages) == 1
