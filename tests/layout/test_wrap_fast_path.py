"""The wrapping's quick paths (no grapheme segmentation for text that cannot join, words measured from the face's
table, elision by running sums) give exactly what the full loops give, on text in every script a map may hold."""

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import reduce
from itertools import accumulate
from operator import add

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_studio.layout import text
from journey_studio.layout.metrics import DEFAULT_METRICS

PIECES = [
    "client", "recherche", "livraison", "e-mail", "https://exemple.fr/un/très/long/chemin", "Motivated",
    "é", "e\u0301", "ç", "Ça", "œuvre", "naïve", "n\u0303",  # precomposed and combining accents
    "中文", "東京都", "カタカナ", "ー", "、", "。", "「引用」", "（注）",  # CJK, kana, kinsoku marks
    "한국어", "각",  # Hangul
    "😊", "☕", "🏃\u200d♀\ufe0f", "👩\u200d👩\u200d👧", "👍🏽",  # emoji, ZWJ sequences, skin tones
    "🇫🇷", "🇯🇵🇩🇪", "\u2764\ufe0f",  # flags, variation selector
    "مرحبا", "السلام", "لا", "١٢٣", "שלום",  # Arabic (shaped), Arabic-Indic digits, Hebrew
    "«", "»", "?", "!", ":", ";", "…", "\u00a0", "\u202f", "70\u00a0%",  # French punctuation and no-break spaces
    " ?", " !", " : ", " ; ", "« ", " »",  # French marks a space binds to their word
    "नमस्ते", "ภาษาไทย",  # Indic and Thai: always segmented
    " ", " ", " ", "  ", "\t", "\u3000", "\n", "\r\n", "\r",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
STYLES = [DEFAULT_METRICS.card_title, DEFAULT_METRICS.card_body, DEFAULT_METRICS.scenario,
          DEFAULT_METRICS.point_label, DEFAULT_METRICS.stage_name]


def _clear() -> None:
    text.wrap_text.cache_clear()
    text._em_width.cache_clear()
    text._SIZED.clear()
    text._WORD_CHARACTERS.clear()


@contextmanager
def _full_loops() -> Iterator[None]:
    """Every text taken through the original loops: segmented, measured word by word and prefix by prefix."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text, "may_join", lambda _text: True)
        patch.setattr(text, "is_plain_paragraph", lambda _text: False)
        patch.setattr(text, "_plain_advances", lambda _text, _face: None)
        patch.setattr(text, "_wrap_words", lambda *_args: None)
        _clear()
        yield
    _clear()


def _typeset(sample: str, width: float, lines: int) -> list[object]:
    results: list[object] = []
    for style in STYLES:
        results.append(text.wrap_text(sample, style, width, lines))
        results.append(text.elide(sample, style, width, force=True))
        results.append(text.elide(sample, style, width))
        results.append(text.graphemes(sample))
    return results


def _mismatches(samples: list[tuple[str, float, int]]) -> list[str]:
    _clear()
    quick = [_typeset(*sample) for sample in samples]
    with _full_loops():
        full = [_typeset(*sample) for sample in samples]
    return [sample[0] for sample, a, b in zip(samples, quick, full, strict=True) if a != b]


@settings(max_examples=150, deadline=None)
@given(sample=TEXTS, width=st.floats(min_value=8, max_value=320), lines=st.integers(min_value=1, max_value=4))
def test_the_quick_paths_typeset_exactly_as_the_full_loops(sample: str, width: float, lines: int) -> None:
    assert _mismatches([(sample, width, lines)]) == []


@settings(max_examples=150, deadline=None)
@given(sample=TEXTS, cut=st.integers(min_value=1, max_value=200), extra=st.floats(min_value=0, max_value=8),
       style=st.sampled_from(STYLES), lines=st.integers(min_value=1, max_value=6))
def test_the_quick_paths_break_where_the_full_loops_break(
    sample: str, cut: int, extra: float, style: text.TextStyle, lines: int
) -> None:
    """Widths just past one of the text's own prefixes: each line break falls at a word, a mark or a cluster."""
    width = max(text.text_width(sample[:cut], style) + extra, 8.0)
    _clear()
    quick = [text.wrap_text(sample, style, width, lines), text.elide(sample, style, width, force=True)]
    with _full_loops():
        full = [text.wrap_text(sample, style, width, lines), text.elide(sample, style, width, force=True)]
    assert quick == full


FIXED_SAMPLES = [
    ("Photo refuse\u0301e : recommence", 60.0, 2),
    ("😀 Motivated 🏃\u200d♀\ufe0f 👩\u200d👩\u200d👧 🇫🇷🇯🇵", 40.0, 3),
    ("Le client compare les avis et les prix des magasins avant de venir", 90.0, 2),
    ("مرحبا بالعالم السلام عليكم", 50.0, 2),
    ("東京都の「引用」、カタカナ。", 45.0, 2),
    ("Vraiment ? Oui ! « Bien » : fini ; merci", 52.0, 4),
]


def _broken_split(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "_MAY_JOIN", re.compile("(?!)"))  # claims nothing ever joins: splits é, 🏃‍♀️, 🇫🇷


def _broken_measure(monkeypatch: pytest.MonkeyPatch) -> None:
    original = text._plain_advances

    def e_without_width(sample: str, face: text.FontFace) -> Callable[[str], float] | None:
        advance = original(sample, face)
        if advance is None:
            return None
        return lambda char: 0.0 if char == "e" else advance(char)  # as if "e" were a combining mark

    monkeypatch.setattr(text, "_plain_advances", e_without_width)


def _broken_plain_check(monkeypatch: pytest.MonkeyPatch) -> None:
    # forgets the French marks a space binds: "?" or "»" may then start a line
    monkeypatch.setattr(text, "_NOT_PLAIN", re.compile(f"{text._WIDE.pattern}|{text._MAY_JOIN.pattern}"))


def _broken_word_check(monkeypatch: pytest.MonkeyPatch) -> None:
    # the word memo learns every paragraph as plain: "?" or "»" alone, a ZWJ emoji or Arabic measured letter by letter
    def every_paragraph_plain(sized: text._SizedWords, paragraph: str, words: list[str]) -> bool:
        advance = text._table_advances(paragraph, sized.face)
        sized.widths.update((word, reduce(add, map(advance, word), 0.0) * sized.size) for word in words)
        return True

    monkeypatch.setattr(text._SizedWords, "learn", every_paragraph_plain)


def _broken_word_width(monkeypatch: pytest.MonkeyPatch) -> None:
    original = text._SizedWords.learn

    def without_last_letter(sized: text._SizedWords, paragraph: str, words: list[str]) -> bool:
        if not original(sized, paragraph, words):
            return False
        advance = text._table_advances(paragraph, sized.face)
        sized.widths.update((word, reduce(add, map(advance, word[:-1] or word), 0.0) * sized.size) for word in words)
        return True

    monkeypatch.setattr(text._SizedWords, "learn", without_last_letter)


def _broken_character_check(monkeypatch: pytest.MonkeyPatch) -> None:
    # every character taken for one a plain paragraph may hold: "?" and "»" alone, a tab, Arabic letters
    def all_plain(characters: set[str]) -> bool:
        text._WORD_CHARACTERS.update(characters)
        return True

    monkeypatch.setattr(text, "_word_characters", all_plain)


def _broken_elision_sums(monkeypatch: pytest.MonkeyPatch) -> None:
    # the running sums start one character late: the cut falls a letter too far
    monkeypatch.setattr(text, "accumulate", lambda advances: accumulate(advances, initial=0.0))


@pytest.mark.parametrize("breakage", [_broken_split, _broken_measure, _broken_plain_check, _broken_word_check,
                                      _broken_word_width, _broken_character_check, _broken_elision_sums])
def test_the_comparison_catches_a_broken_quick_path(
    monkeypatch: pytest.MonkeyPatch, breakage: Callable[[pytest.MonkeyPatch], None]
) -> None:
    assert _mismatches(FIXED_SAMPLES) == []
    with monkeypatch.context() as patch:
        breakage(patch)
        assert _mismatches(FIXED_SAMPLES) != []
    _clear()


def test_the_written_out_joiners_are_those_the_segmentation_knows() -> None:
    """The quick check's character class equals what the ``regex`` module's own cluster properties say."""
    joiner = regex.compile(text.JOINER_CLASS)
    plain = re.compile(f"[{text.PLAIN_SCRIPTS}]")
    quick = re.compile(f"[{text.JOINERS_IN_PLAIN_SCRIPTS}]")
    expected, written = [], []
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        if plain.match(char) is None:
            continue
        if joiner.match(char) is not None:
            expected.append(code)
        if quick.match(char) is not None:
            written.append(code)
    assert written == expected


@settings(max_examples=300, deadline=None)
@given(sample=st.text(max_size=12) | TEXTS)
def test_text_that_cannot_join_is_one_cluster_per_character(sample: str) -> None:
    if not text.may_join(sample):
        assert text.graphemes_segmented(sample) == list(sample)


def test_a_word_memo_that_starts_afresh_often_wraps_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """The memo of word widths is bounded: started afresh every few words, it still gives the full loops' lines."""
    monkeypatch.setattr(text._SizedWords, "LIMIT", 3)
    samples = [*FIXED_SAMPLES, ("le client compare les avis puis les prix et revient le lendemain", 70.0, 3),
               ("avis prix avis prix avis prix magasin livraison", 40.0, 2),
               ("trois quatre cinq six sept huit neuf dix onze douze", 60.0, 4)]
    assert _mismatches(samples) == []
    for sample, width, lines in samples:
        text.wrap_text(sample, DEFAULT_METRICS.card_body, width, lines)
    longest = max(len(set(sample.split())) for sample, _, _ in samples)
    assert 0 < len(text._SIZED[DEFAULT_METRICS.card_body.face, DEFAULT_METRICS.card_body.size].widths) <= longest
    _clear()
