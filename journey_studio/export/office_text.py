"""Text made safe for Office Open XML files (PowerPoint): what a map accepts, a deck can hold.

A map's texts may hold anything JSON can: control characters, the noncharacters U+FFFE and
U+FFFF, even lone surrogates. XML 1.0 forbids them, and lxml (under python-pptx) raises
"All strings must be XML compatible" rather than write them; the document properties
(title, author) are also limited to 255 characters. These functions return the text a deck
can hold, keeping everything that is allowed.
"""

import re

CORE_PROPERTY_LIMIT = 255
"""Longest title or author python-pptx (and the OPC core-properties part) accepts."""

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot carry: C0 controls but tab, line feed and carriage return; surrogates;
U+FFFE and U+FFFF."""
_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]+")


def office_text(text: str) -> str:
    """``text`` without the characters XML cannot carry (line breaks and tabs are kept)."""
    return _NOT_XML.sub("", text)


def office_line(text: str) -> str:
    """One line of text: line breaks and tabs become spaces, then as :func:`office_text`."""
    return office_text(_BREAKS.sub(" ", text))


def core_property(text: str) -> str:
    """A document property (title, author): one line of at most 255 characters, cut with "…"."""
    line = office_line(text).strip()
    if len(line) <= CORE_PROPERTY_LIMIT:
        return line
    return line[: CORE_PROPERTY_LIMIT - 1].rstrip() + "…"
