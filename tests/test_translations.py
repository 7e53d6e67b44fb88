"""Every interface string has a French translation, and the shipped catalogue is the one the sources need.

The sources are extracted again here with ``tools/update_translations.py``, so a string added
anywhere under ``journey_studio/`` without a translation fails this test with its file; the fix
is ``python tools/update_translations.py``, translating what it lists, then running it again.
"""

import re
import textwrap
from pathlib import Path

import pytest

from tests.french import card_and_map_problems, french_typography_problems, tool

ROOT = Path(__file__).resolve().parent.parent
FIX = (
    "run `python tools/update_translations.py`, translate in resources/translations/journey_studio_fr.ts, run it again"
)




@pytest.fixture(scope="module")
def extraction():
    return tool.extract()


@pytest.fixture(scope="module")
def french(extraction):
    return tool.merge(extraction, tool.read_ts(tool.ts_path("fr")))


def test_every_interface_string_has_a_french_translation(french):
    todo = tool.missing(french)
    listing = "\n".join(f"  [{m.key.context}] {m.key.source!r} in {', '.join(m.files)}" for m in todo)
    assert not todo, f"{len(todo)} interface strings without French ({FIX}):\n{listing}"


def test_every_interface_string_is_extractable(extraction):
    """A literal shown without tr(), or tr() of a value the extractor cannot see, never gets translated."""
    listing = "\n".join(f"  {problem}" for problem in extraction.problems)
    assert not extraction.problems, f"strings the translation tools cannot see:\n{listing}"


def test_the_catalogue_covers_the_whole_package(extraction):
    assert len(extraction.messages) > 300
    contexts = {key.context for key in extraction.messages}
    assert {"MainWindow", "Actions", "Presentation", "LanguageMenu"} <= contexts


def test_translations_keep_placeholders_accelerators_and_ellipses(french):
    problems = []
    for message in french.values():
        if message.status != "finished":
            continue
        source, text = message.key.source, message.translation
        if set(re.findall(r"\{[^{}]*\}", source)) != set(re.findall(r"\{[^{}]*\}", text)):
            problems.append(f"placeholders differ: {source!r} → {text!r}")
        if _accelerators(source) != _accelerators(text):
            problems.append(f"accelerator: {source!r} → {text!r}")
        if source.endswith("…") != text.endswith("…"):
            problems.append(f"ellipsis: {source!r} → {text!r}")
        if source[:1].isspace() != text[:1].isspace() or source[-1:].isspace() != text[-1:].isspace():
            problems.append(f"surrounding spaces: {source!r} → {text!r}")
    assert not problems, "\n".join(problems)


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&|amp;)\w", text.replace("&&", "")))


def test_menu_accelerators_are_unique_in_french(french):
    """Alt+letter must reach one menu of the French menu bar."""
    bar = ["&File", "&Edit", "&Map", "&View", "&Help"]
    letters = [_accelerator_letter(french[tool.Key("MainWindow", title)].translation) for title in bar]
    assert len(set(letters)) == len(letters), letters


def _accelerator_letter(text: str) -> str:
    match = re.search(r"&(\w)", text)
    assert match, text
    return match.group(1).casefold()


def test_the_compiled_catalogue_matches_its_source(tmp_path):
    """The .qm in the repository is what lrelease makes of the .ts: nobody forgot to compile."""
    built = tmp_path / "fr.qm"
    tool.compile_qm(tool.ts_path("fr"), built)
    assert built.read_bytes() == tool.qm_path("fr").read_bytes(), FIX


def test_updating_twice_changes_nothing(tmp_path, extraction):
    ts = tmp_path / "fr.ts"
    first = tool.render_ts(tool.merge(extraction, tool.read_ts(tool.ts_path("fr"))), "fr")
    ts.write_text(first, "utf-8")
    second = tool.render_ts(tool.merge(extraction, tool.read_ts(ts)), "fr")
    assert second == first


def test_the_extractor_sees_every_way_of_translating(tmp_path):
    """The checks above must be able to fail: feed the extractor each form it must understand."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "helpers.py").write_text(textwrap.dedent('''
        from PySide6.QtCore import QCoreApplication

        def tr(text):
            return QCoreApplication.translate("Helpers", text)
    '''))
    (package / "sub" / "panel.py").write_text(textwrap.dedent('''
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QLabel, QWidget
        from ..helpers import tr as translate

        KINDS = {1: "First kind", 2: "Second kind"}

        def tr(text):
            return QCoreApplication.translate("Panel", text)

        class Panel(QWidget):
            def build(self, value):
                self.setWindowTitle(tr("Panel title"))
                QLabel(translate("Borrowed helper"))
                QLabel(self.tr("Own class"))
                QCoreApplication.translate("Explicit", "With a comment", "menu")
                for key, name in KINDS.items():
                    tr(name)
                QLabel("Forgotten label")
                self.setToolTip(f"Forgotten {value} tip")
                tr(value)
                QLabel("—")
    '''))
    found = tool.extract(package)
    keys = {(key.context, key.source, key.comment) for key in found.messages}
    assert keys == {
        ("Panel", "Panel title", ""),
        ("Helpers", "Borrowed helper", ""),
        ("Panel", "Own class", ""),
        ("Explicit", "With a comment", "menu"),
        ("Panel", "First kind", ""),
        ("Panel", "Second kind", ""),
    }
    problems = "\n".join(str(problem) for problem in found.problems)
    assert "Forgotten label" in problems
    assert "Forgotten {value} tip" not in problems and "'Forgotten  tip'" in problems
    assert "tr(value)" in problems
    assert "'—'" not in problems
    assert len(found.problems) == 3


def test_a_missing_translation_is_reported(extraction):
    existing = tool.read_ts(tool.ts_path("fr"))
    before = {message.key for message in tool.missing(tool.merge(extraction, existing))}
    dropped = tool.Key("MainWindow", "&File")
    # The same text is translated nowhere else, so nothing can stand in for it.
    existing = {key: message for key, message in existing.items() if key.source != "&File"}
    after = {message.key for message in tool.missing(tool.merge(extraction, existing))}
    assert after - before == {dropped}


def test_the_extractor_sees_undo_texts_refusals_and_plurals(tmp_path):
    """Texts handed to undo commands and refusals are translated when shown; a plain literal is caught."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "editing.py").write_text(textwrap.dedent('''
        from .commands import Macro, SetFields
        from .translatable import TranslatableText

        def tr(text, count=None, **values):
            return TranslatableText("Editing", text, count, values)

        class InvalidEdit(ValueError):
            pass

        class Editor:
            def edit(self, workspace, target, cards, stack):
                stack.push(SetFields(workspace, target, {}, tr("Edit card")))
                stack.push(Macro(tr("Move %n card(s)", len(cards))))
                stack.push(SetFields(workspace, target, {}, ""))
                TranslatableText("Direct", "Paste %n card(s)", len(cards))
                self._set_fields("cards", "c1", {}, tr("Edit stage"))
                raise InvalidEdit(tr("the score must be between {minimum} and {maximum}", minimum=-2, maximum=2))

            def forgotten(self, workspace, target, cards, stack, score):
                stack.push(Macro("Edit card"))
                stack.push(SetFields(workspace, target, {}, f"Delete {len(cards)} cards"))
                stack.beginMacro("Delete")
                self._set_fields("cards", "c1", {}, "Edit stage")
                raise InvalidEdit(f"the score {score} is too high")
    '''))
    found = tool.extract(package)
    keys = {(key.context, key.source, key.numerus) for key in found.messages}
    assert keys == {
        ("Editing", "Edit card", False),
        ("Editing", "Move %n card(s)", True),
        ("Direct", "Paste %n card(s)", True),
        ("Editing", "Edit stage", False),
        ("Editing", "the score must be between {minimum} and {maximum}", False),
    }
    problems = "\n".join(str(problem) for problem in found.problems)
    for forgotten in ("'Edit card'", "'Delete  cards'", "'Delete'", "'Edit stage'", "'the score  is too high'"):
        assert f"{forgotten} untranslated" in problems, forgotten
    assert len(found.problems) == 5, problems


def test_plural_messages_need_every_numerus_form(tmp_path, extraction):
    plural = tool.Key("Editing", "Move %n card(s)", numerus=True)
    messages = {plural: tool.Message(plural, ["pkg/editing.py"])}
    assert tool.missing(messages) == [messages[plural]]
    tool.import_json(messages, {"Editing": {"Move %n card(s)": ["Déplacer %n fiche"]}})
    assert tool.missing(messages) == [messages[plural]], "one form of two is not a translation"
    tool.import_json(messages, {"Editing": {"Move %n card(s)": ["Déplacer %n fiche", "Déplacer %n fiches"]}})
    assert tool.missing(messages) == []
    ts = tmp_path / "fr.ts"
    ts.write_text(tool.render_ts(messages, "fr"), "utf-8")
    assert tool.read_ts(ts)[plural].forms == ["Déplacer %n fiche", "Déplacer %n fiches"]
    qm = tmp_path / "fr.qm"
    tool.compile_qm(ts, qm)
    assert qm.stat().st_size > 0
    shipped = [m for m in tool.merge(extraction, tool.read_ts(tool.ts_path("fr"))).values() if m.key.numerus]
    assert len(shipped) >= 10 and all(len(m.forms) == 2 for m in shipped if m.status == "finished")


# -- French vocabulary and typography ----------------------------------------------------------


def test_french_typography_is_consistent_and_card_is_fiche(french):
    """What ``--check`` reports besides missing strings: typography, and « carte » for a card or a map."""
    problems = tool.french_problems(french)
    assert not problems, "\n".join(problems)


def test_card_and_map_have_distinct_french_words(french):
    menus = {source: french[tool.Key("MainWindow", source)].translation for source in ("&Map", "&Edit")}
    assert menus["&Map"] == "&Parcours"
    assert french[tool.Key("Actions", "Add &Card")].translation == "Ajouter une &fiche"


def test_the_french_checks_catch_what_they_are_for():
    assert french_typography_problems("Objectifs : courir") and french_typography_problems("«\u00a0Magasin »")
    assert french_typography_problems("Le “magasin”") and french_typography_problems("45 %")
    assert french_typography_problems("l’étape")
    assert not french_typography_problems(
        "Objectifs\u00a0: «\u00a0courir\u00a0», 45\u202f% ; ".replace(" ;", "\u00a0;")
    )
    assert not french_typography_problems("Cartes de parcours (*.json);;Tous les fichiers (*) à 10:30")
    assert card_and_map_problems("&Map", "&Carte")
    assert card_and_map_problems("Add &Card", "Ajouter une &carte")
    assert card_and_map_problems("Delete This Map", "Supprimer cette fiche")
    assert not card_and_map_problems("Open a journey map", "Ouvrir une carte de parcours")
    assert not card_and_map_problems("Add &Card", "Ajouter une &fiche")
    assert not card_and_map_problems("The persona sheets", "Les fiches persona")
    wrong = tool.Key("MainWindow", "&Map")
    messages = {wrong: tool.Message(wrong, ["pkg/window.py"], "&Carte", "finished")}
    assert tool.french_problems(messages) == [
        "[MainWindow] '&Map' → '&Carte': « carte » alone: a card is « fiche », a map « parcours »"]
