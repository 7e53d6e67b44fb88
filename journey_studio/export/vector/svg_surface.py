"""A :class:`Surface` that writes SVG 1.1 text: real vectors, user text escaped.

Text is drawn with the bundled fonts' outlines (:mod:`.svg_glyphs`), so the file
looks the same whatever fonts the reader has installed; each line is also kept
as invisible text (with ``textLength``, the width the layout measured) over its
outlines, to be found, selected and copied.
"""

import base64
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import IO

from ...layout import Rect
from ...layout.text import FontFace, TextStyle, text_width
from ...painter.colour import colour
from ...painter.icons import load_icon
from ...painter.path import Close, Cubic, Line, Move, VectorPath
from ...painter.surface import Stroke
from .svg_glyphs import EM, GlyphLibrary, is_plain, plain_width

FONT_FAMILY = "'Noto Sans', 'Open Sans', 'Segoe UI', Arial, sans-serif"
_CHUNK = 4096
"""Elements encoded together: few enough to keep the pending text small, enough to make encoding cheap."""
_SPOOL_READ = 1024 * 1024
"""Bytes read back from the spool at a time."""
_LINES_KEPT = 16384
"""Lines of text kept built, per style and colour: labels repeat, a large map's other lines are each its own."""
_NUMBERS_KEPT = 65536
"""Coordinates kept written."""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold: a card may contain them, the file must not."""


_NOT_PLAIN = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""What :func:`xml_text` changes: most text has none of it, and is written as it is."""


def _escape(text: str) -> str:
    """``xml.sax.saxutils.escape``: that module imports ``urllib.request`` (with ``http``, ``email`` and ``ssl``),
    a sixtieth of a second of every SVG command's start for three replacements."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def _quoteattr(text: str) -> str:
    """``xml.sax.saxutils.quoteattr``, for the same reason as :func:`_escape`."""
    text = _escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))


def xml_text(text: str) -> str:
    """``text`` safe as XML character data: markup escaped, forbidden characters dropped."""
    if _NOT_PLAIN.search(text) is None:
        return text
    return _escape(_NOT_XML.sub("", text))


_NOT_PLAIN_ATTRIBUTE = re.compile("[&<>\"'\x00-\x1f\ud800-\udfff\ufffe\uffff]")
"""What :func:`_quoteattr` or :data:`_NOT_XML` may change in an attribute value (a quote, markup, a control or a
character XML cannot hold): a card's id has none of it."""


def xml_attribute(text: str) -> str:
    """``text`` as a quoted XML attribute value."""
    if _NOT_PLAIN_ATTRIBUTE.search(text) is None:
        return f'"{text}"'
    return _quoteattr(_NOT_XML.sub("", text))


def _n(value: float) -> str:
    """A coordinate, short: two decimals at most, no trailing zeros (``f"{value:.2f}"`` trimmed: twice as fast as
    rounding, and the same digits, both rounding the exact binary value)."""
    text = f"{value:.2f}"
    if text[-1] == "0":
        text = text[:-3] if text[-2] == "0" else text[:-1]
    return "0" if text == "-0" else text


_TRAILING_ZEROS = re.compile(r"\.?0+(?=[ MLCZ]|$)")
_NEGATIVE_ZERO = re.compile(r"(?<![\d.])-0(?![\d.])")


def path_data(path: VectorPath) -> str:
    """The path as SVG path data, each number as :func:`_n` writes it (formatted in one go: a map has 50,000)."""
    parts = []
    for step in path:
        if type(step) is Cubic:
            parts.append(f"C{step.x1:.2f} {step.y1:.2f} {step.x2:.2f} {step.y2:.2f} {step.x:.2f} {step.y:.2f}")
        elif type(step) is Line:
            parts.append(f"L{step.x:.2f} {step.y:.2f}")
        elif type(step) is Move:
            parts.append(f"M{step.x:.2f} {step.y:.2f}")
        elif type(step) is Close:
            parts.append("Z")
    data = _TRAILING_ZEROS.sub("", "".join(parts))
    return _NEGATIVE_ZERO.sub("0", data) if "-0" in data else data


def _paint(fill: str | None, stroke: Stroke | None) -> str:
    attrs = []
    if fill is None:
        attrs.append('fill="none"')
    else:
        c = colour(fill)
        attrs.append(f'fill="{c.hex}"')
        if c.alpha < 1:
            attrs.append(f'fill-opacity="{c.alpha:.3f}"')
    if stroke is not None:
        c = colour(stroke.colour)
        attrs.append(f'stroke="{c.hex}" stroke-width="{_n(stroke.width)}"')
        if c.alpha < 1:
            attrs.append(f'stroke-opacity="{c.alpha:.3f}"')
        if stroke.dash:
            attrs.append(f'stroke-dasharray="{" ".join(_n(d) for d in stroke.dash)}"')
        if stroke.cap != "butt":
            attrs.append(f'stroke-linecap="{stroke.cap}"')
    return " ".join(attrs)


def _font(style: TextStyle) -> str:
    attrs = f'font-size="{_n(style.size)}"'
    if style.face is FontFace.BOLD:
        attrs += ' font-weight="bold"'
    elif style.face is FontFace.ITALIC:
        attrs += ' font-style="italic"'
    return attrs


def _fill(colour_: str, emboldened: bool) -> str:
    """The paint attributes of a line's outlines; ``emboldened``: also the colour its synthetic bold strokes take."""
    c = colour(colour_)
    opacity = f' fill-opacity="{c.alpha:.3f}"' if c.alpha < 1 else ""
    if emboldened:  # the stroke synthetic bold glyphs widen (svg_glyphs.SYNTHETIC); zero wide for the others
        opacity += f' stroke="{c.hex}" stroke-width="0"' + (f' stroke-opacity="{c.alpha:.3f}"' if c.alpha < 1 else "")
    return f'fill="{c.hex}"{opacity}'


class SvgSurface:
    """Collects drawing as SVG elements; :meth:`document` wraps them into a file, :meth:`write_document` streams it.

    ``spool``: a binary file the drawing goes to as it is made (a large map's body never sits in memory whole);
    without one, the body is kept as UTF-8 chunks.
    """

    def __init__(self, spool: IO[bytes] | None = None) -> None:
        self._body: list[bytes] = []
        """The drawing so far, as UTF-8 chunks of many elements (a str of a whole map would take four
        bytes a character as soon as it held one emoji); empty when it goes to the spool."""
        self._spool = spool
        self._pending: list[str] = []
        self._lines: dict[tuple[int, str], dict[str, tuple[str, str, str]]] = {}
        """By the style's identity and the colour, each line of text's element pieces by its text: a label repeated
        on many cards is built once (:meth:`_line`)."""
        self._line_count = 0
        self._styles: list[TextStyle] = []
        """The styles :attr:`_lines` is keyed by, kept alive so their identities stay theirs."""
        self._numbers: dict[float, str] = {}
        """Coordinates already written (:func:`_n`): the same x and y come back on card after card."""
        self._fills: dict[tuple[str, bool], str] = {}
        self._paints: dict[tuple[str | None, Stroke | None], str] = {}
        self._shapes: dict[int, tuple[VectorPath, str]] = {}
        """Shared shapes written into the definitions, by identity (the shape is kept, so its id stays its own)."""
        self._defs: list[str] = []
        self._icons: dict[tuple[str, str, str], str | None] = {}
        self._glyphs = GlyphLibrary()
        self._clips = 0
        self._group_openers: dict[str, str] = {}
        self._fonts: dict[int, tuple[str, str]] = {}
        """By the style's identity, its font attributes and the scale its outlines are drawn at."""

    # -- Surface ---------------------------------------------------------------------------

    def fill_rect(self, rect: Rect, fill: str) -> None:
        self._write(
            f'<rect x="{_n(rect.x)}" y="{_n(rect.y)}" width="{_n(rect.width)}" height="{_n(rect.height)}" '
            f"{_paint(fill, None)}/>"
        )

    def draw_path(self, path: VectorPath, fill: str | None = None, stroke: Stroke | None = None) -> None:
        paint = self._paints.get((fill, stroke))
        if paint is None:
            paint = self._paints[(fill, stroke)] = _paint(fill, stroke)
        shape = path.shape
        if shape is None:
            if path:
                self._write(f'<path d="{path_data(path)}" {paint}/>')
            return
        # A shared shape (a card's outline, a face): its path data is written once, in the definitions, and
        # used here moved; the paint on the <use> is inherited by the definition, which sets none.
        found = self._shapes.get(id(shape))
        if found is None:
            if not shape:
                return
            ident = f"s{len(self._shapes)}"
            found = self._shapes[id(shape)] = (shape, f'<use xlink:href="#{ident}" x="')
            self._defs.append(f'<path id="{ident}" d="{path_data(shape)}"/>')
        dx, dy = path.offset
        numbers = self._numbers
        pending = self._pending
        pending.append(f'{found[1]}{numbers.get(dx) or self._number(dx)}" y="{numbers.get(dy) or self._number(dy)}" '
                       f"{paint}/>")
        if len(pending) >= _CHUNK:
            self._flush()

    def draw_text(self, x: float, baseline: float, text: str, style: TextStyle, colour_: str) -> None:
        if not text:
            return
        lines = self._lines.get((id(style), colour_))
        if lines is None:
            self._styles.append(style)
            lines = self._lines[(id(style), colour_)] = {}
        line = lines.get(text)
        if line is None:
            if len(lines) >= _LINES_KEPT:
                lines.clear()
            line = lines[text] = self._line(text, style, colour_)
        numbers = self._numbers
        at_x = numbers.get(x) or self._number(x)
        at_y = numbers.get(baseline) or self._number(baseline)
        head, middle, tail = line
        pending = self._pending
        if middle:
            pending.append(f'{head}{at_x} {at_y}{middle}{at_x}" y="{at_y}{tail}')
        else:
            pending.append(f'{head}{at_x}" y="{at_y}{tail}')
        if len(pending) >= _CHUNK:
            self._flush()

    def _line(self, text: str, style: TextStyle, colour_: str) -> tuple[str, str, str]:
        """A line of text wherever it is, as the pieces its elements are made of around its x and y: the outlines'
        group (none if a character has no bundled glyph: the reader's fonts then draw the visible ``<text>``), and
        its ``<text>`` element, kept invisible over the outlines to be found and copied. With ``middle`` empty,
        the x and y are written once: ``head x" y="y tail``; else ``head x y middle x" y="y tail``."""
        styled = self._fonts.get(id(style))  # the style is kept in _styles by draw_text
        if styled is None:
            styled = self._fonts[id(style)] = (_font(style), f") scale({style.size / EM:.5f})\">")
        font, scale = styled
        if text.isascii() or is_plain(text):
            width = plain_width(text, style)
            drawn = self._glyphs.plain_line(text, style.face)
        else:
            width = text_width(text, style)
            drawn = self._glyphs.text_line(text, style)
        searchable = (f'{font} textLength="{_n(width)}" lengthAdjust="spacingAndGlyphs">'
                      f"{xml_text(text)}</text>")
        if drawn is None:  # a script no bundled font has: the reader's fonts draw it
            return '<text x="', "", f'" font-family="{FONT_FAMILY}" {self._fill(colour_, False)} {searchable}'
        uses, emboldened = drawn
        if not uses:
            return '<text x="', "", f'" fill-opacity="0" {searchable}'
        return (f'<g {self._fill(colour_, emboldened)} transform="translate(', f'{scale}{uses}</g>\n<text x="',
                f'" fill-opacity="0" {searchable}')

    def _fill(self, colour_: str, emboldened: bool) -> str:
        fill = self._fills.get((colour_, emboldened))
        if fill is None:
            fill = self._fills[(colour_, emboldened)] = _fill(colour_, emboldened)
        return fill

    def _number(self, value: float) -> str:
        """:func:`_n` of ``value``, kept for the next time it comes (a bounded number of them)."""
        numbers = self._numbers
        if len(numbers) >= _NUMBERS_KEPT:
            numbers.clear()
        text = numbers[value] = _n(value)
        return text

    def draw_icon(self, folder: str, name: str, rect: Rect, colour_: str) -> bool:
        ident = self._icon_id(folder, name, colour_)
        if ident is None:
            return False
        numbers = self._numbers
        at_x, at_y = numbers.get(rect.x) or self._number(rect.x), numbers.get(rect.y) or self._number(rect.y)
        self._write(f'<use xlink:href="#{ident}" transform="translate({at_x} {at_y}) scale({rect.width / 24.0:.4f})"/>')
        return True

    def draw_image(self, rect: Rect, data: bytes, mime: str) -> None:
        encoded = base64.b64encode(data).decode("ascii")
        self._write(
            f'<image x="{_n(rect.x)}" y="{_n(rect.y)}" width="{_n(rect.width)}" height="{_n(rect.height)}" '
            f'preserveAspectRatio="xMidYMid slice" xlink:href="data:{mime};base64,{encoded}"/>'
        )

    @contextmanager
    def clipped(self, rect: Rect) -> Iterator[None]:
        self._clips += 1
        ident = f"clip{self._clips}"
        self._defs.append(
            f'<clipPath id="{ident}"><rect x="{_n(rect.x)}" y="{_n(rect.y)}" '
            f'width="{_n(rect.width)}" height="{_n(rect.height)}"/></clipPath>'
        )
        self._write(f'<g clip-path="url(#{ident})">')
        try:
            yield
        finally:
            self._write("</g>")

    def group(self, kind: str, ident: str = "") -> AbstractContextManager[None]:
        opener = self._group_openers.get(kind)
        if opener is None:
            opener = self._group_openers[kind] = f"<g class={xml_attribute(kind)}"
        return _Group(self, f"{opener} data-id={xml_attribute(ident)}>" if ident else opener + ">")

    def _write(self, element: str) -> None:
        pending = self._pending
        pending.append(element)
        if len(pending) >= _CHUNK:
            self._flush()

    def _flush(self) -> None:
        pending = self._pending
        if pending:
            pending.append("")  # the last element's line end, with no second copy of the chunk to add it
            chunk = "\n".join(pending).encode("utf-8")
            pending.clear()
            if self._spool is None:
                self._body.append(chunk)
            else:
                self._spool.write(chunk)

    # -- beyond the protocol ---------------------------------------------------------------

    @contextmanager
    def translated(self, dx: float, dy: float) -> Iterator[None]:
        """Draw the ``with`` block moved by (dx, dy): pages stacked in one picture."""
        self._write(f'<g transform="translate({_n(dx)} {_n(dy)})">')
        try:
            yield
        finally:
            self._write("</g>")

    def document(self, view: Rect, width: float, height: float, title: str, background: str | None) -> bytes:
        """The whole file: ``view`` (layout units) shown at ``width`` × ``height`` pixels."""
        return b"".join(self.document_chunks(view, width, height, title, background))

    def document_chunks(
        self, view: Rect, width: float, height: float, title: str, background: str | None,
    ) -> Iterator[bytes]:
        """:meth:`document` in pieces, the drawing read back from the spool a chunk at a time: the bytes of a
        file as large as the map, never all in memory. The definitions come first (readers resolve a ``<use>``
        best when what it names is already read), so the drawing waits in the spool until they are known."""
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
            f'width="{_n(width)}" height="{_n(height)}" '
            f'viewBox="{_n(view.x)} {_n(view.y)} {_n(view.width)} {_n(view.height)}" xml:space="preserve" '
            f'font-family="{FONT_FAMILY}">\n'
            f"<title>{xml_text(title)}</title>\n"
        )
        all_defs = self._glyphs.defs() + self._defs
        defs = "<defs>\n" + "\n".join(all_defs) + "\n</defs>\n" if all_defs else ""
        back = ""
        if background is not None:
            back = (
                f'<rect x="{_n(view.x)}" y="{_n(view.y)}" width="{_n(view.width)}" height="{_n(view.height)}" '
                f"{_paint(background, None)}/>\n"
            )
        self._flush()
        return self._chunks((head + defs + back).encode("utf-8"))

    def _chunks(self, start: bytes) -> Iterator[bytes]:
        yield start
        spool = self._spool
        if spool is None:
            yield from self._body
        else:
            spool.flush()
            spool.seek(0)
            while chunk := spool.read(_SPOOL_READ):
                yield chunk
        yield b"</svg>\n"

    def _icon_id(self, folder: str, name: str, colour_: str) -> str | None:
        key = (folder, name, colour_)
        if key in self._icons:
            return self._icons[key]
        icon = load_icon(folder, name)
        if icon is None:
            self._icons[key] = None
            return None
        ident = f"icon-{folder}-{name}-{len(self._icons)}"
        shapes = []
        for shape in icon.shapes:
            stroke = Stroke(colour_, shape.stroke_width, cap="round") if shape.stroked else None
            shapes.append(
                f'<path d="{path_data(shape.path)}" {_paint(colour_ if shape.filled else None, stroke)} '
                'stroke-linejoin="round"/>'
            )
        self._defs.append(f'<g id="{ident}">' + "".join(shapes) + "</g>")
        self._icons[key] = ident
        return ident


class _Group:
    """The ``with`` block of :meth:`SvgSurface.group`: a class, not a generator, as a map opens ten thousand."""

    __slots__ = ("_surface", "_opener")

    def __init__(self, surface: SvgSurface, opener: str) -> None:
        self._surface = surface
        self._opener = opener

    def __enter__(self) -> None:
        self._surface._write(self._opener)

    def __exit__(self, *exc_info: object) -> None:
        self._surface._write("</g>")
