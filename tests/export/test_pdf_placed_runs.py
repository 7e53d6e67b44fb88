"""Text whose characters are all placed in a font subset already (a title with an emoji, once both were seen) is
cut into runs by one search, not by font_runs: the PDF must be the very same, in every face.

The 10,000-card map has some 14,000 such texts; they took six times a plain text's time.
"""

import io
import re
from collections import Counter

import pytest
from pypdf import PdfReader

from journey_studio.export.vector import pdf_surface
from journey_studio.layout.text import FontFace, TextStyle

DATE = re.compile(rb"D:\d{14}[+-]\d\d'\d\d'")
SAMPLES = ("Café ☕ ok 😊", "中文 text ☕☕", "مرحبا بك ☕", "pouce 👍🏽", "drapeau 🇫🇷", "flèche → − ✓", "👩‍💻 dev",
           "mêlé é☕中😊x", "☕", "😊😊 fin", "des mots", "ÿ Ω ∑ ≈ ☕ ß", "a\u00a0b ☕", "\u0301 ☕ 𝄞")
PLACED = pdf_surface.PdfSurface._placed_runs_ops


def drawn(monkeypatch: pytest.MonkeyPatch, quick: bool = True) -> tuple[bytes, Counter[str]]:
    """A page of every sample in every face, each drawn with new numbers twice (seen, then placed)."""
    taken: Counter[str] = Counter()
    placed = PLACED

    def counting(self, text, style):  # type: ignore[no-untyped-def]
        ops = placed(self, text, style) if quick else ""
        taken["quick" if ops else "full"] += 1
        return ops

    monkeypatch.setattr(pdf_surface.PdfSurface, "_placed_runs_ops", counting)
    surface = pdf_surface.PdfSurface()
    surface.begin_page(900, 1400)
    y = 20.0
    for round_ in range(2):
        for face in FontFace:
            style = TextStyle(face, 12, 16)
            for n, sample in enumerate(SAMPLES):
                surface.draw_text(10, y, f"{sample} {round_}{n}", style, "#202020")
                y += 4
    return DATE.sub(b"D:date", surface.finish()), taken


def test_text_of_placed_characters_is_shown_as_font_runs_shows_it(monkeypatch):
    quick, taken = drawn(monkeypatch)
    assert taken["quick"] >= 30, "the samples with placed characters took the quick way the second time"
    full, _ = drawn(monkeypatch, quick=False)
    assert quick == full
    text = PdfReader(io.BytesIO(quick)).pages[0].extract_text()
    assert "☕" in text and "😊" in text and "Café" in text


def test_the_comparison_sees_a_quick_way_that_leaves_emoji_out(monkeypatch):
    full, _ = drawn(monkeypatch, quick=False)
    monkeypatch.setattr(pdf_surface, "fallback_for", lambda code, face: None)
    quick, taken = drawn(monkeypatch)
    assert taken["quick"] > 0 and quick != full
