"""File errors keep their words translatable without Qt: English by ``str()``, any language by ``render``."""

from pathlib import Path

from journey_studio.io import InvalidJson, SaveFailed, read_workspace
from journey_studio.io.errors import ErrorText, JourneyFileError, tr

FRENCH = {
    "{path}: {problem}": "{path}\u00a0: {problem}",
    "is not valid JSON: {reason} (line {line}, column {column})": "n'est pas du JSON valide\u00a0: {reason} "
    "(ligne {line}, colonne {column})",
}


def french(text: ErrorText) -> str:
    return FRENCH.get(text.source, text.source) if text.context else text.source


def test_a_broken_file_reads_english_by_str_and_french_when_rendered(tmp_path: Path) -> None:
    path = tmp_path / "broken.journey.json"
    path.write_text('{"maps": [', encoding="utf-8")
    try:
        read_workspace(path)
    except InvalidJson as error:
        assert str(error).startswith(f"{path}: is not valid JSON: ")  # the command line's English, as before
        assert error.problem.startswith("is not valid JSON: ")
        assert error.text().render(french).startswith(f"{path}\u00a0: n'est pas du JSON valide\u00a0: ")
    else:
        raise AssertionError("a broken file was read")


def test_a_translation_that_lost_a_placeholder_falls_back_to_english() -> None:
    text = tr("the folder {folder} does not exist", folder="/x")
    assert text.render(lambda t: "le dossier {dossier} n'existe pas") == "the folder /x does not exist"


def test_a_plain_string_problem_is_shown_as_it_is_in_every_language() -> None:
    error = SaveFailed("map.journey.json", "a caller's own words", ["detail one"])
    assert str(error) == "map.journey.json: a caller's own words\n  - detail one"
    marked = error.text().render(lambda t: f"[{t.source}]" if t.context else t.source)
    assert marked == "[map.journey.json: a caller's own words]\n  - detail one"  # only the head is a catalogue text
    assert isinstance(error, JourneyFileError) and error.problem == "a caller's own words"
