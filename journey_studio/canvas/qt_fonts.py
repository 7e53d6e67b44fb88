"""The bundled fonts, registered with Qt once, so screen, PNG and SVG use the glyphs the layout measured.

Only QtGui: a headless export registers them under a bare QGuiApplication, with no widgets loaded.
"""

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from ..layout.text import FONT_FAMILY, FontFace, TextStyle, fallback_font_paths, font_path


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Add the bundled faces to Qt's font database; returns the family name Qt knows them by."""
    family = FONT_FAMILY
    for face in FontFace:
        font_id = QFontDatabase.addApplicationFont(font_path(face))
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families:
                family = families[0]
    # Emoji, symbols and CJK fall back to the bundled script fonts, on screen and in exports alike.
    register_script_fonts()
    return family


@lru_cache(maxsize=1)
def register_script_fonts() -> list[str]:
    """Make Qt draw emoji, symbols and CJK with the bundled fonts the layout measured them with.

    Noto Sans falls back to Noto Emoji, then the symbol subset, then the CJK font, before any
    system font; the emoji font is also Qt's emoji family (ZWJ sequences, skin tones, flags).
    Returns the fallback family names, in order. Call once, after the QGuiApplication exists.
    """
    families = []
    for family, path in fallback_font_paths():
        font_id = QFontDatabase.addApplicationFont(path)
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families.append(loaded[0] if loaded else family)
    if families:
        QFontDatabase.setApplicationEmojiFontFamilies([families[0]])
        QFont.insertSubstitutions(FONT_FAMILY, families)
    return families


def qfont(style: TextStyle) -> QFont:
    """The font for ``style``, the caller's own copy: changing it (an editor zooming its text) changes nothing else.

    Qt fonts are shared implicitly, so the copy costs nothing until it is changed.
    """
    return QFont(_cached_font(style))


@lru_cache(maxsize=64)
def _cached_font(style: TextStyle) -> QFont:
    """Built once per style and never handed out: only copies leave this module."""
    font = QFont(register_fonts())
    font.setPixelSize(round(style.size))
    font.setBold(style.face is FontFace.BOLD)
    font.setItalic(style.face is FontFace.ITALIC)
    # Unhinted outlines advance like the TTF metrics the layout wrapped with.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    return font
