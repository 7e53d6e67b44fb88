"""The interface speaks English or French, switches live, and draws every script the maps may hold."""

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPointF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QMenu

from journey_studio import i18n
from journey_studio.canvas.qt_fonts import qfont, register_fonts, register_script_fonts
from journey_studio.document import Document
from journey_studio.layout.text import FallbackFont, FontFace, TextStyle, fallback_font_paths, text_width, wrap_text
from journey_studio.templates import new_from_template

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def test_english_and_french_are_offered_in_their_own_names():
    assert i18n.available_languages() == [("en", "English"), ("fr", "Français")]


def test_french_translators_cover_our_strings_and_qt_dialogs(english):
    assert i18n.install_translators(english, "fr") == "fr"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert QCoreApplication.translate("Actions", "&Open…") == "&Ouvrir…"
    # Qt's own standard buttons come from qtbase_fr.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert QLocale().language() is QLocale.Language.French
    i18n.install_translators(english, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_system_language_is_the_default_and_a_choice_is_remembered(english):
    assert i18n.saved_language() is None
    assert i18n.install_translators(english) == i18n.system_language()
    i18n.set_language("fr")
    assert i18n.saved_language() == "fr"
    assert i18n.current_language() == "fr"
    assert i18n.install_translators(english) == "fr"
    i18n.set_language(None)
    assert i18n.saved_language() is None
    assert i18n.current_language() == i18n.system_language()


def test_regional_codes_are_accepted_and_unknown_ones_refused(english):
    i18n.set_language("fr_CA")
    assert i18n.saved_language() == "fr"
    with pytest.raises(ValueError, match="known: en, fr"):
        i18n.set_language("tlh")


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_the_language_changes_the_menus(english, qtbot):
    from journey_studio.ui.main_window import MainWindow

    window = MainWindow(Document(new_from_template("blank", "en")))
    qtbot.addWidget(window)
    assert _menu_titles(window)[:2] == ["&File", "&Edit"]
    assert window.window_actions.open.toolTip().startswith("Open a journey map (")

    i18n.set_language("fr")
    assert _menu_titles(window)[:5] == ["&Fichier", "&Édition", "&Parcours", "&Affichage", "Ai&de"]
    assert window.window_actions.open.text() == "&Ouvrir…"
    assert window.window_actions.open.toolTip().startswith("Ouvrir une carte de parcours (")
    file_menu = window.menuBar().actions()[0].menu()
    assert "Fichiers &récents" in [action.text() for action in file_menu.actions()]

    i18n.set_language("en")
    assert _menu_titles(window)[:2] == ["&File", "&Edit"]
    assert window.window_actions.open.text() == "&Open…"


def test_a_window_opened_after_the_switch_is_french_throughout(english, qtbot):
    from journey_studio.ui.main_window import MainWindow

    i18n.set_language("fr")
    window = MainWindow(Document(new_from_template("blank", "fr")))
    qtbot.addWidget(window)
    assert _menu_titles(window)[0] == "&Fichier"


def test_filled_in_texts_follow_the_switch(english):
    i18n.install_translators(english, "fr")
    shown = QCoreApplication.translate("MainWindow", "Saved {path}").format(path="/tmp/a.journey.json")
    i18n.install_translators(english, "en")
    assert i18n.retranslate_text(shown, "fr") == "Saved /tmp/a.journey.json"
    assert i18n.retranslate_text("A map title nobody translates", "fr") == "A map title nobody translates"


def test_the_language_menu_checks_the_choice_and_switches(english, qtbot):
    menu = i18n.language_menu(None)
    qtbot.addWidget(menu)
    assert isinstance(menu, QMenu)
    labels = [action.text() for action in menu.actions()]
    assert labels == ["System Language", "English", "Français"]
    assert menu.actions()[0].isChecked()
    menu.actions()[2].trigger()
    assert i18n.saved_language() == "fr"
    assert QCoreApplication.translate("MainWindow", "&View") == "&Affichage"


# -- fonts for every script ----------------------------------------------------------------


SAMPLES = [
    "Café crème à 70 € — « déjà » ✓",
    "👟 Chaussures 👨‍👩‍👧 👍🏽 🇫🇷",
    "中文 日本語 ひらがな カタカナ 한국어",
    "1 200 → 840 ★ ▶ ♥ ⚠️",
    "Ωμέγα Жизнь",
]


@pytest.mark.parametrize("face", list(FontFace))
def test_the_layout_measures_what_qt_draws(qapp, face):
    """Wrapping is computed from the TTFs; Qt must draw the same advances, fallback glyphs included."""
    register_fonts()
    register_script_fonts()
    style = TextStyle(face, 24, 30)
    metrics = QFontMetricsF(qfont(style))
    for sample in SAMPLES:
        assert metrics.horizontalAdvance(sample) == pytest.approx(text_width(sample, style), abs=1.5), sample


def _glyph(font, char: str) -> bytes:
    image = QImage(48, 48, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPointF(4, 36), char)
    painter.end()
    return bytes(image.constBits())


def test_no_tofu_for_accents_emoji_symbols_cjk_and_arabic(qapp):
    register_fonts()
    register_script_fonts()
    font = qfont(TextStyle(FontFace.BOLD, 28, 36))
    tofu = _glyph(font, "\U000F0001")  # private use: no font has it, Qt draws its missing-glyph box
    blank = _glyph(font, " ")
    for char in "éŒ😀👟✓→★中あカ한Жبع":
        drawn = _glyph(font, char)
        assert drawn != tofu and drawn != blank, f"{char!r} (U+{ord(char):04X}) is not drawn"


def test_cjk_wraps_without_spaces(qapp):
    style = TextStyle(FontFace.REGULAR, 24, 30)
    wrapped = wrap_text("顧客体験を改善するための最初の一歩を踏み出す", style, 200, 3)
    assert len(wrapped.lines) >= 2
    assert all(text_width(line, style) <= 200 for line in wrapped.lines)


def test_bundled_fonts_have_licences_and_stay_small():
    for face in FontFace:
        assert (FONTS / face.value).is_file()
    licences = {
        FallbackFont.EMOJI: "NotoEmoji-OFL.txt",
        FallbackFont.SYMBOLS: "JourneyStudioSymbols-LICENSE.txt",
        FallbackFont.CJK: "JourneyStudioCJK-LICENSE-Apache-2.0.txt",
        FallbackFont.ARABIC: "NotoSansArabic-OFL.txt",
    }
    for font, licence in licences.items():
        assert (FONTS / font.value).is_file()
        assert (FONTS / licence).stat().st_size > 1000
        assert font.value in (FONTS / "README.md").read_text("utf-8")
    assert [family for family, _ in fallback_font_paths()] == [
        "Noto Emoji",
        "Journey Studio Symbols",
        "Journey Studio CJK",
        "Noto Sans Arabic",
    ]
    total = sum(path.stat().st_size for path in FONTS.glob("*.ttf"))
    assert total < 7 * 1024 * 1024, f"bundled fonts weigh {total / 1e6:.1f} MB"


def test_english_plurals_need_no_catalogue():
    """English is the source language: "card(s)" and "person(people)" are worded for the count."""
    from journey_studio.translatable import TranslatableText, english_numerus

    assert english_numerus("Delete %n card(s)", 1) == "Delete %n card"
    assert english_numerus("Delete %n card(s)", 0) == "Delete %n cards"
    assert english_numerus("Live · %n person(people)", 2) == "Live · %n people"
    assert english_numerus("The selection (%n card(s))", 1) == "The selection (%n card)"  # a bracket stays
    assert str(TranslatableText("Nowhere", "Copied %n card(s)", 3)) == "Copied 3 cards"


def test_a_text_shown_by_two_contexts_follows_the_widgets_own(english):
    """"&View" is the main window's menu (« &Affichage ») and an export dialog field (« &Vue »)."""
    assert i18n.install_translators(english, "fr") == "fr"
    assert i18n.retranslate_text("&View", "en", ("QMenuBar", "MainWindow")) == "&Affichage"
    assert i18n.retranslate_text("&View", "en", ("QLabel", "ExportDialog")) == "&Vue"
