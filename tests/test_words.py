"""The map's words come from one catalogue (journey_studio.words), complete in both languages, typeset in
French, and no module keeps a French/English dictionary of its own any more."""

import ast
import re
import textwrap
from pathlib import Path

import pytest

from journey_studio import words
from journey_studio.analysis.compare import diff_maps
from journey_studio.analysis.compare_words import difference_lines
from journey_studio.analysis.future_state import future_title
from journey_studio.export.report.words import labelled
from journey_studio.interchange.mermaid import import_mermaid
from journey_studio.model import Channel, EvidenceSource, JourneyType, LaneKind, MapState
from journey_studio.templates import load_template
from tests.french import card_and_map_problems, french_typography_problems

PACKAGE = Path(words.__file__).resolve().parent
LANGUAGE_NAMES = {"i18n.py", "template_gallery.py"}
"""Modules whose {"en": "English", "fr": "Français"} names languages in themselves: not map words."""


def test_every_entry_has_both_languages_and_the_same_placeholders():
    for name, french, english in words.entries():
        assert french.strip() and english.strip(), name
        assert set(re.findall(r"\{\w*\}", french)) == set(re.findall(r"\{\w*\}", english)), name


def test_every_member_of_the_vocabularies_is_named():
    for enum, table in ((Channel, words.CHANNELS), (JourneyType, words.JOURNEY_TYPES),
                        (EvidenceSource, words.EVIDENCE_SOURCES), (LaneKind, words.LANE_KINDS)):
        assert set(table) == set(enum), enum.__name__
    for state in MapState:
        assert words.state_label(state, "fr") and words.state_label(state, "en")


def test_the_french_words_are_typeset_and_say_fiche_and_parcours():
    problems = []
    for name, french, english in words.entries():
        problems += [f"{name}: {french!r}: {p}" for p in french_typography_problems(french)]
        problems += [f"{name}: {french!r}: {p}" for p in card_and_map_problems(english, french)]
    assert not problems, "\n".join(problems)


def test_colons_and_quotes_are_typeset_the_same_everywhere():
    assert labelled("goals", "fr") == "Objectifs\u00a0:" and labelled("goals", "en-GB") == "Goals:"
    assert words.label_value("canal", "Magasin", "fr-CA") == "canal\u00a0: Magasin"
    assert words.quote("Achat", "fr") == "«\u00a0Achat\u00a0»" and words.quote("Buy", "en") == "“Buy”"
    assert words.format_count(12000, "fr") == "12\u202f000" and words.format_percent(0.45, "fr") == "45\u202f%"


def test_the_comparison_picture_and_the_report_agree_on_the_french_colon():
    current = load_template("running-shoes", "fr").maps[0]
    future = current.model_copy(deep=True)
    future.cards[0].channel = Channel.STORE if current.cards[0].channel is not Channel.STORE else Channel.WEB
    lines = [text for _, text in difference_lines(diff_maps(current, future), current, future, "fr")]
    changed = [text for text in lines if text.startswith("canal")]
    assert changed and all(text.startswith("canal\u00a0: ") for text in changed), lines
    assert labelled("goals", "fr").endswith("\u00a0:")


def test_words_follow_the_maps_language_not_the_interfaces():
    assert future_title("Achat", "fr") == "Achat (état futur)" and future_title("Buy", "en") == "Buy (future state)"
    assert len(future_title("x" * 500, "fr")) == 500
    imported = import_mermaid("journey\n  section Découvrir\n    Chercher: 3: Léa\n", "fr").workspace
    assert [lane.title for lane in imported.maps[0].lanes] == ["Actions", "Émotions"]
    assert imported.personas[0].role == "Acteur d'un diagramme Mermaid"


@pytest.mark.parametrize("language, expected", [("fr", "Nouvelle étape"), ("en", "New stage")])
def test_new_items_are_named_in_the_maps_language(language, expected):
    from journey_studio.document import Document
    from journey_studio.editor import MapEditor

    editor = MapEditor(Document(load_template("blank", language)))
    stage = editor.map.stage(editor.add_stage())
    assert stage.name == expected
    lane = editor.map.lane(editor.add_lane())
    assert lane.title == words.word("new_lane", language)


def language_dictionaries(package: Path) -> list[str]:
    """``{"fr": …, "en": …}`` dictionaries outside the catalogue: each is a second home for map words."""
    found = []
    for path in sorted(package.rglob("*.py")):
        if path.name in LANGUAGE_NAMES or path == package / "words.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Dict):
                keys = {key.value for key in node.keys if isinstance(key, ast.Constant)}
                if {"fr", "en"} <= keys:
                    found.append(f"{path.relative_to(package.parent)}:{node.lineno}")
    return found


def test_no_module_keeps_its_own_french_english_dictionary(tmp_path):
    assert language_dictionaries(PACKAGE) == []
    package = tmp_path / "pkg"  # the check must be able to fail
    package.mkdir()
    (package / "labels.py").write_text(textwrap.dedent('''
        _WORDS = {"fr": {"goals": "Objectifs"}, "en": {"goals": "Goals"}}
    '''))
    assert language_dictionaries(package) == ["pkg/labels.py:2"]


def _texts(value) -> list[str]:
    if isinstance(value, dict):
        return [text for key, item in value.items() if key != "image_base64" for text in _texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    return [value] if isinstance(value, str) else []


@pytest.mark.parametrize("path", sorted((PACKAGE.parent / "resources" / "templates").glob("*.fr.journey.json")),
                         ids=lambda path: path.name)
def test_the_french_templates_are_typeset_like_the_catalogue(path):
    """The maps a user starts from: « Engagement et fidélisation\u00a0: … », « Encore du poulet\u00a0? »."""
    import json

    problems = [f"{text!r}: {problem}" for text in _texts(json.loads(path.read_text("utf-8")))
                for problem in french_typography_problems(text)]
    assert not problems, "\n".join(problems[:20])
