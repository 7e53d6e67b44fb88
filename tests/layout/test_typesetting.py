"""Typesetting: lines break where the language allows, and nothing a reader sees as one character is split."""

import pytest

from journey_studio.layout.blocks import Align, text_block
from journey_studio.layout.text import (
    ELLIPSIS,
    NO_LINE_START,
    FontFace,
    TextStyle,
    base_direction,
    elide,
    graphemes,
    text_width,
    wrap_text,
)

STYLE = TextStyle(FontFace.REGULAR, 12, 16)
WIDTHS = range(40, 400, 7)


def _lines(text: str, width: float) -> tuple[str, ...]:
    return wrap_text(text, STYLE, width, 50).lines


@pytest.mark.parametrize("text", [
    "Pourquoi ma photo est refusée ? Personne ne répond ! Vraiment : jamais ; nulle part » fin",
    "« Ça a l'air simple » dit-il : « Enfin, je peux payer ! »",
])
def test_french_closing_marks_never_start_a_line(text):
    for width in WIDTHS:
        for line in _lines(text, width)[1:]:
            assert line[0] not in "»?!:;", f"{line!r} at {width} px"
            assert not line.endswith("«"), f"{line!r} at {width} px"


def test_a_french_question_mark_stays_with_its_word_across_the_break():
    lines = _lines("Pourquoi ma photo est refusée ?", text_width("Pourquoi ma photo est refusée", STYLE) + 1)
    assert lines == ("Pourquoi ma photo est", "refusée ?")


JAPANESE = "日本語のテキストは、スペースなしで折り返されます。「とても」長い文章です（本当に）。"
CHINESE = "这是一段很长的中文文本，没有空格，应该在字符之间换行。「引号」也一样。"


@pytest.mark.parametrize("text", [JAPANESE, CHINESE])
def test_chinese_and_japanese_break_between_characters_never_before_closing_marks(text):
    for width in WIDTHS:
        lines = _lines(text, width)
        assert "".join(lines) == text, "nothing lost, nothing added"
        for line in lines:
            assert text_width(line, STYLE) <= width + 0.01 or len(graphemes(line)) == 1
        for line in lines[1:]:
            assert line[0] not in NO_LINE_START, f"{line!r} at {width} px"
        for line in lines[:-1]:
            assert line[-1] not in "（「『【〔〈《", f"{line!r} at {width} px"
    # Without spaces it still fills its lines: a narrow block gets several lines, each nearly full.
    lines = _lines(text, 100)
    assert len(lines) >= 4 and all(text_width(line, STYLE) > 60 for line in lines[:-1])


def test_arabic_and_hebrew_align_right_by_their_first_strong_character():
    assert base_direction("يرى إعلانا على وسائل التواصل") == "rtl"
    assert base_direction("«שלום» world") == "rtl"
    assert base_direction("2024 — Hello مرحبا") == "ltr"
    block = text_block("يقارن الأسعار", STYLE, 0, 0, 200, 2)
    assert block.align is Align.RIGHT
    assert text_block("Compares prices", STYLE, 0, 0, 200, 2).align is Align.LEFT
    assert text_block("يقارن الأسعار", STYLE, 0, 0, 200, 2, Align.CENTER).align is Align.CENTER


ZWJ_RUNNER = "🏃\u200d♀\ufe0f"
FAMILY = "👨\u200d👩\u200d👧\u200d👦"
SEQUENCES = [ZWJ_RUNNER, FAMILY, "👩🏽\u200d💻", "🇫🇷", "🇯🇵", "e\u0301"]


def test_emoji_sequences_and_flags_are_never_split():
    text = "".join(SEQUENCES * 6) + " " + " ".join(SEQUENCES * 3)
    for width in range(20, 200, 5):
        for line in _lines(text, width):
            clusters = graphemes(line)
            # Every cluster on a line is a whole sequence: no lone ZWJ half, no single regional indicator.
            for cluster in clusters:
                if "\u200d" in cluster or "\U0001F1E6" <= cluster[0] <= "\U0001F1FF":
                    assert cluster in SEQUENCES, f"split sequence {cluster!r} at {width} px"
    for width in range(20, 120, 3):
        cut = elide("".join(SEQUENCES * 4), STYLE, width, force=True)
        for cluster in graphemes(cut.removesuffix(ELLIPSIS)):
            assert cluster in SEQUENCES


def test_emoji_are_measured_as_one_glyph_so_motivated_is_not_cut():
    title = "😀 Motivated 💪"
    wrapped = wrap_text(title, STYLE, text_width(title, STYLE) + 1, 1)
    assert wrapped.lines == (title,) and not wrapped.elided
    assert text_width(ZWJ_RUNNER, STYLE) == pytest.approx(text_width("🏃", STYLE))
    assert text_width("🇫🇷", STYLE) == pytest.approx(text_width("🇯🇵", STYLE))


def test_elision_cuts_between_words_when_a_boundary_is_near():
    text = "Furieux : personne n'est venu au rendez-vous"
    for width in range(80, 240, 6):
        cut = elide(text, STYLE, width)
        if cut == text:
            continue
        kept = cut.removesuffix(ELLIPSIS).rstrip()
        assert text.startswith(kept)
        following = text[len(kept) : len(kept) + 1]
        assert following in (" ", "\u00a0"), f"{cut!r} cut mid-word at {width} px"
        assert text_width(cut, STYLE) <= width


def test_without_emoji_shaping_a_sequence_draws_as_one_symbol_and_a_flag_as_its_letters():
    """The PDF cannot shape emoji: 🏃‍♀️ came out as 🏃 ♀, and flags as two boxed letters, wider than measured."""
    from journey_studio.layout.text import unshaped

    assert unshaped(f"{ZWJ_RUNNER} Sam") == "🏃 Sam"
    assert unshaped("🇫🇷 Paris") == "FR Paris"
    assert unshaped(FAMILY) == "👨" and unshaped("👩🏽\u200d💻") == "👩"
    assert unshaped("été e\u0301 日本") == "été e\u0301 日本"
    for text in SEQUENCES + [" ".join(SEQUENCES), "Emoji everywhere 🏃\u200d♀\ufe0f🇫🇷👩🏽\u200d💻"]:
        assert text_width(unshaped(text), STYLE) <= text_width(text, STYLE) + 0.5, text


def test_a_persona_without_a_photo_shows_their_emoji_whole_else_initials():
    """The cover and the persona sheet drew initials even when the persona had an avatar emoji."""
    from journey_studio.layout.labels import persona_mark

    assert persona_mark("Sam Lee", ZWJ_RUNNER) == ZWJ_RUNNER
    assert persona_mark("Sam Lee", "👩🏽\u200d💻🎉") == "👩🏽\u200d💻"
    assert persona_mark("Sam Lee", " ") == "SL" and persona_mark("", "") == "?"
