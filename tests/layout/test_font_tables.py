"""The layout's own TrueType reader gives exactly the advances, ascent and descent ReportLab gives.

The layout used to measure with ReportLab's ``TTFontFile``; the quick reader replaced it for start-up
time (``bench/bench_startup.py``), so every line the layout wraps must stay where it was.
"""

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from journey_studio.layout import font_tables
from journey_studio.layout.font_tables import read_font_metrics
from journey_studio.layout.text import FallbackFont, FontFace, font_path

FACES = [*FontFace, *FallbackFont]


def _reportlab_metrics(path: str) -> tuple[dict[int, float], float, float]:
    font = TTFontFile(path)
    return (
        {code: width / 1000.0 for code, width in font.charWidths.items()},
        font.ascent / 1000.0,
        font.descent / 1000.0,
    )


@pytest.mark.parametrize("face", FACES, ids=lambda face: face.name)
def test_every_bundled_font_reads_as_reportlab_reads_it(face: FontFace | FallbackFont) -> None:
    path = font_path(face)
    widths, ascent, descent = _reportlab_metrics(path)
    metrics = read_font_metrics(path)
    assert metrics.widths == widths  # every character, every advance, bit for bit
    assert (metrics.ascent, metrics.descent) == (ascent, descent)


def test_the_comparison_sees_a_wrong_cmap_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader that skipped glyph 0 (as a careful reader might) would differ: the test above can fail."""
    original = font_tables._format_4

    def skipping_glyph_zero(font: font_tables._Font, start: int) -> dict[int, int]:
        return {code: glyph for code, glyph in original(font, start).items() if glyph}

    monkeypatch.setattr(font_tables, "_format_4", skipping_glyph_zero)
    path = font_path(FontFace.REGULAR)
    assert read_font_metrics(path).widths != _reportlab_metrics(path)[0]


def test_an_unread_cmap_format_is_left_to_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(font_tables, "_character_glyphs", lambda font: None)
    path = font_path(FontFace.BOLD)
    widths, ascent, descent = _reportlab_metrics(path)
    metrics = read_font_metrics(path)
    assert (metrics.widths, metrics.ascent, metrics.descent) == (widths, ascent, descent)
