"""A 16:9 PowerPoint deck a presenter can edit: a title slide, the whole map, then the map's slides.

The map's slides are the same 16:9 composition as the PNG set and the slide PDF
(``layout.slide_deck``), built of native shapes: stage headers, lane titles and
cards are PowerPoint shapes holding real text, the emotion curve is a freeform
with its faces as circles, so a presenter changes a word on a slide without going
back to the app. Only the whole-map overview is a picture (a poster cannot be a
slide). Text is set in Arial: Windows and macOS have it, LibreOffice draws it
with the metric-compatible Liberation Sans, and it is narrower than the Noto Sans
the layout measures with, so every line the layout wrapped still fits. Each
slide's notes carry its stages' goals, funnel figures, insights and cards.
"""

import io
from collections.abc import Sequence

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls
from pptx.util import Emu, Inches, Pt

from ..analysis.insights import compute_insights
from ..layout import Align, CardBox, MapLayout, Rect, StageColumn, TextBlock
from ..layout.labels import journey_type_label, metric_texts, state_label
from ..layout.picture import EVIDENCE_LETTERS
from ..layout.slide_deck import Slide, SlideDeck, SlidePart
from ..model import Card, JourneyMap, Stage, Workspace
from ..painter.colour import colour
from ..painter.connector import connector_ink
from ..theme import Theme, mood_colour, readable_text_on
from .office_text import core_property, office_line, office_text
from .options import ExportOptions, Progress, no_progress
from .png_writer import encode_png
from .render import build_scene, render_frame
from .report.persona_sheet import map_personas
from .report.words import labelled
from .sizing import Frame
from .slides import slide_set

SLIDE_W, SLIDE_H = Inches(40 / 3), Inches(7.5)
MARGIN = Inches(0.5)
PICTURE_DPI = 200.0
FONT = "Arial"
"""On Windows and macOS; LibreOffice substitutes Liberation Sans, drawn to Arial's metrics."""
EMU_PER_INCH = 914400
PT_PER_SLIDE_PX = 960 / 1920
"""A 1920-pixel slide is 13.333 in = 960 pt wide."""


def pptx_bytes(
    workspace: Workspace, journey_map: JourneyMap, options: ExportOptions, progress: Progress = no_progress,
) -> bytes:
    theme = options.load_theme()
    language = workspace.metadata.language
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_W, SLIDE_H
    deck.core_properties.title = core_property(journey_map.title)
    deck.core_properties.author = core_property(workspace.metadata.author) or "Journey Studio"
    blank = deck.slide_layouts[6]
    slides = slide_set(workspace, journey_map, options)  # first: a map that makes too many slides is refused now

    progress(0.0, "title slide")
    _title_slide(deck.slides.add_slide(blank), workspace, journey_map, theme, language)
    scene = build_scene(workspace, journey_map, theme, marks=options.marks)
    layout = scene.map_layout

    slide = deck.slides.add_slide(blank)
    _text(slide, MARGIN, Inches(0.3), SLIDE_W - 2 * MARGIN, Inches(0.6), journey_map.title, 24, theme, bold=True)
    region = layout.bounds
    box_w, box_h = SLIDE_W - 2 * MARGIN, SLIDE_H - Inches(1.1) - MARGIN
    k = min(box_w / region.width, box_h / region.height)
    w, h = int(region.width * k), int(region.height * k)
    pixels = max(16, min(_pixels(w), 8000))
    frame = Frame(region, pixels, max(1, round(pixels * region.height / region.width)), PICTURE_DPI)
    data = encode_png(render_frame(scene, frame, options.background), PICTURE_DPI)
    slide.shapes.add_picture(io.BytesIO(data), (SLIDE_W - w) // 2, Inches(1.0), w, h)

    insights = compute_insights(journey_map, language, workspace.personas)
    background = options.background_colour(theme)
    for index, map_slide in enumerate(slides.deck.slides):
        progress(0.1 + 0.85 * index / max(1, len(slides.deck.slides)), f"slide {index + 1}")
        slide = deck.slides.add_slide(blank)
        if background is not None:
            slide.background.fill.solid()
            slide.background.fill.fore_color.rgb = _rgb(background)
        NativeSlide(slide, map_slide.layout or slides.layout, slides.deck, theme).draw(map_slide)
        shown = [stage for stage in journey_map.stages if stage.id in map_slide.stage_ids]
        cards = [card for card in journey_map.cards if card.id in map_slide.card_ids]
        slide.notes_slide.notes_text_frame.text = office_text(_notes(shown, cards, insights, language))
    out = io.BytesIO()
    deck.save(out)
    progress(1.0, "writing")
    return out.getvalue()


class NativeSlide:
    """One composed slide as PowerPoint shapes: slide pixels (1920 × 1080) mapped to EMU."""

    def __init__(self, slide, layout: MapLayout, deck: SlideDeck, theme: Theme) -> None:
        self.slide, self.layout, self.theme = slide, layout, theme
        self.emu = SLIDE_W / deck.width
        self.part: SlidePart | None = None

    # -- coordinates -----------------------------------------------------------------------

    def at(self, x: float, y: float) -> tuple[float, float]:
        """Layout (x, y) in the current part → slide pixels."""
        part = self.part
        if part is None:
            return x, y
        k = part.target.width / part.source.width
        return part.target.x + (x - part.source.x) * k, part.target.y + (y - part.source.y) * k

    def box(self, rect: Rect) -> tuple[Emu, Emu, Emu, Emu]:
        x0, y0 = self.at(rect.x, rect.y)
        x1, y1 = self.at(rect.right, rect.bottom)
        return (Emu(round(x0 * self.emu)), Emu(round(y0 * self.emu)),
                Emu(max(1, round((x1 - x0) * self.emu))), Emu(max(1, round((y1 - y0) * self.emu))))

    def points(self, size: float) -> Pt:
        """A layout text size in the current part → points on the slide."""
        k = 1.0 if self.part is None else self.part.target.width / self.part.source.width
        return Pt(round(size * k * PT_PER_SLIDE_PX * 2) / 2)

    # -- drawing ---------------------------------------------------------------------------

    def draw(self, map_slide: Slide) -> None:
        theme = self.theme
        self.part = None
        self.text(map_slide.title, theme.header_text)
        self.text(map_slide.locator, theme.muted_text)
        for part in map_slide.parts:
            self.part = part
            if part.kind == "stages":
                for column in self.layout.stages:
                    if column.stage_id in map_slide.stage_ids:
                        self.stage_header(column)
            elif part.kind == "lanes":
                row = next(row for row in self.layout.lanes if row.rect.y == part.source.y)
                self.rect(part.source, theme.lane_title_background)
                self.text(row.title, theme.lane_title_text)
                for line in self.layout.blueprint_lines:  # a blueprint line's name sits in the title cell above it
                    if line.lane_id == row.lane_id and _inside(line.label.rect, part.source):
                        self.text(line.label, theme.lane_title_text)
            else:
                self.cells(part, map_slide)
        self.part = None

    def cells(self, part: SlidePart, map_slide: Slide) -> None:
        theme, area = self.theme, part.source
        for row in self.layout.lanes:
            top, bottom = max(row.rect.y, area.y), min(row.rect.bottom, area.bottom)
            if bottom - top > 0.5:
                self.rect(Rect(area.x, top, area.width, bottom - top), theme.lane_band[row.index % 2],
                          line=theme.grid_line)
        for cell in self.layout.metric_cells:
            if cell.stage_id in map_slide.stage_ids and _inside(cell.rect, area):
                self.text(cell.value, theme.metric_text)
                self.text(cell.caption, theme.muted_text)
        for line in self.layout.blueprint_lines:
            if area.y <= line.y <= area.bottom:
                dash = None if line.kind == "line_of_visibility" else MSO_LINE_DASH_STYLE.DASH
                self.line([(max(line.x, area.x), line.y), (min(line.right, area.right), line.y)],
                          theme.blueprint_line, 2.0, dash, "blueprint line")
        for connector in self.layout.connectors:
            if connector.from_card in map_slide.card_ids and connector.to_card in map_slide.card_ids:
                points = [_bezier(segment, step / 8) for segment in connector.segments for step in range(8)]
                points.append((connector.segments[-1].end.x, connector.segments[-1].end.y))
                dash = None if connector.kind.value == "next" else MSO_LINE_DASH_STYLE.DASH
                shape = self.line(points, connector_ink(connector, theme), 1.8, dash, "arrow")
                if shape is not None:
                    shape.line._get_or_add_ln().append(parse_xml(f'<a:tailEnd {nsdecls("a")} type="triangle"/>'))
                    self.text(connector.label, connector_ink(connector, theme))
        for box in self.layout.cards:
            if box.card_id in map_slide.card_ids:
                self.card(box)
        self.curves(area)

    def stage_header(self, column: StageColumn) -> None:
        shape = self.rect(column.header_rect.adjusted(2, 0, -2, 0), column.colour,
                          shape=MSO_SHAPE.ROUND_2_SAME_RECTANGLE)
        shape.adjustments[0] = 0.12
        ink = readable_text_on(column.colour, self.theme)
        self.text(column.name, ink)
        self.text(column.goal, ink)

    def card(self, box: CardBox) -> None:
        theme = self.theme
        border = theme.critical if box.critical else theme.card_border
        shape = self.rect(box.rect, theme.card_background, line=border, shape=MSO_SHAPE.ROUNDED_RECTANGLE,
                          line_width=2.0 if box.critical else 1.0)
        shape.adjustments[0] = min(0.5, 8.0 / max(1.0, min(box.rect.width, box.rect.height)))
        shape.name = f"card {box.card_id}"
        self.rect(Rect(box.rect.x, box.rect.y + 4, 5, box.rect.height - 8), box.colour or self._stage_colour(box))
        self.text(box.title, theme.card_title, bold=True)
        self.text(box.body, theme.card_body)
        footer = box.channel_label.full_text if not box.channel_label.is_empty else ""
        marks = [box.online_label] if box.online_label else []
        if box.evidence is not None:
            marks.append(f"[{EVIDENCE_LETTERS[box.evidence]}]")
        if footer:
            self.text(box.channel_label, theme.card_footer)
        if marks:
            right = TextBlock(Rect(box.footer_rect.x, box.channel_label.rect.y, box.footer_rect.width,
                                   box.channel_label.rect.height or box.footer_rect.height),
                              box.channel_label.style, (" ".join(marks),), False, " ".join(marks), Align.RIGHT)
            self.text(right, theme.online if box.online else theme.card_footer)
        if box.critical:
            flag = self.rect(Rect(box.rect.right - 26, box.rect.y, 18, 22), theme.critical)
            flag.name = "moment of truth"
            flag.text_frame.text = "!"
            flag.text_frame.margin_left = flag.text_frame.margin_right = 0
            flag.text_frame.paragraphs[0].alignment = PP_ALIGN.CENTER
            _style(flag.text_frame.paragraphs[0].runs[0].font, self.points(14).pt, "#FFFFFF", bold=True)

    def curves(self, area: Rect) -> None:
        theme = self.theme
        for curve in self.layout.curves:
            points = []
            for segment in curve.segments:
                for step in range(8):
                    t = step / 8
                    points.append(_bezier(segment, t))
            if curve.segments:
                points.append((curve.segments[-1].end.x, curve.segments[-1].end.y))
            points = [(x, y) for x, y in points if area.x - 1 <= x <= area.right + 1]
            if len(points) >= 2 and area.y <= min(y for _, y in points) and max(y for _, y in points) <= area.bottom:
                start = self.at(*points[0])
                builder = self.slide.shapes.build_freeform(round(start[0] * self.emu), round(start[1] * self.emu))
                builder.add_line_segments([tuple(round(v * self.emu) for v in self.at(x, y)) for x, y in points[1:]],
                                          close=False)
                line = builder.convert_to_shape()
                line.name = "emotion curve"
                line.fill.background()
                line.line.color.rgb = _rgb(theme.curve_colour(curve.colour_index))
                line.line.width = Pt(2.5)
            for point in curve.points:
                if not _inside(Rect(point.center.x - 13, point.center.y - 13, 26, 26), area):
                    continue
                face = self.rect(Rect(point.center.x - 13, point.center.y - 13, 26, 26),
                                 mood_colour(point.mood, theme), line=theme.face_ink, shape=MSO_SHAPE.OVAL)
                face.name = "emotion point"
                self.text(point.label, theme.critical if point.critical else theme.header_text)

    # -- shapes ----------------------------------------------------------------------------

    def line(self, points, ink: str, width: float, dash, name: str):
        """An open freeform through ``points`` (layout units of the current part); None for fewer than two."""
        if len(points) < 2:
            return None
        placed = [self.at(x, y) for x, y in points]
        builder = self.slide.shapes.build_freeform(round(placed[0][0] * self.emu), round(placed[0][1] * self.emu))
        builder.add_line_segments([(round(x * self.emu), round(y * self.emu)) for x, y in placed[1:]], close=False)
        shape = builder.convert_to_shape()
        shape.name = name
        shape.fill.background()
        shape.line.color.rgb = _rgb(ink)
        shape.line.width = Pt(width)
        if dash is not None:
            shape.line.dash_style = dash
        return shape

    def rect(self, rect: Rect, fill: str, line: str | None = None, shape=MSO_SHAPE.RECTANGLE, line_width: float = 1.0):
        made = self.slide.shapes.add_shape(shape, *self.box(rect))
        made.fill.solid()
        made.fill.fore_color.rgb = _rgb(fill)
        if line is None:
            made.line.fill.background()
        else:
            made.line.color.rgb = _rgb(line)
            made.line.width = Pt(line_width)
        made.shadow.inherit = False
        return made

    def text(self, block: TextBlock, ink: str, bold: bool | None = None):
        """A text box where the layout put ``block``, its lines as the layout wrapped them."""
        if block.is_empty:
            return None
        left, top, width, height = self.box(block.rect)
        shape = self.slide.shapes.add_textbox(left, top, Emu(width + Emu(Inches(0.05))), height)
        frame = shape.text_frame
        frame.word_wrap = True  # the layout's breaks hold (Arial is narrower); an edit rewraps
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.TOP
        paragraph = frame.paragraphs[0]
        paragraph.alignment = {Align.LEFT: PP_ALIGN.LEFT, Align.CENTER: PP_ALIGN.CENTER,
                               Align.RIGHT: PP_ALIGN.RIGHT}[block.align]
        paragraph.line_spacing = self.points(block.style.line_height)
        # The layout's line breaks, kept as soft breaks (<a:br/>): one paragraph a presenter edits as one text.
        paragraph.text = "\v".join(office_line(line) for line in block.lines)
        face = block.style.face.name
        for run in paragraph.runs:
            _style(run.font, self.points(block.style.size).pt, ink, bold if bold is not None else "BOLD" in face,
                   "ITALIC" in face)
        return shape

    def _stage_colour(self, box: CardBox) -> str:
        return next((c.colour for c in self.layout.stages if c.stage_id == box.stage_id), "#888888")


def _inside(rect: Rect, area: Rect) -> bool:
    return area.x - 0.5 <= rect.x and rect.right <= area.right + 0.5 and area.y - 0.5 <= rect.y \
        and rect.bottom <= area.bottom + 0.5


def _bezier(segment, t: float) -> tuple[float, float]:
    u = 1 - t
    a, b, c, d = segment.start, segment.c1, segment.c2, segment.end
    x = u ** 3 * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t ** 3 * d.x
    y = u ** 3 * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t ** 3 * d.y
    return x, y


def _pixels(emu: float) -> int:
    """How many picture pixels span ``emu`` on the slide, at :data:`PICTURE_DPI`."""
    return max(1, round(emu / EMU_PER_INCH * PICTURE_DPI))


def _rgb(value: str) -> RGBColor:
    c = colour(value)
    return RGBColor(c.red, c.green, c.blue)


def _text(slide, left: int, top: int, width: int, height: int, text: str, size: float, theme: Theme,
          bold: bool = False, italic: bool = False, ink: str | None = None):
    box = slide.shapes.add_textbox(Emu(left), Emu(top), Emu(width), Emu(height))
    frame = box.text_frame
    frame.word_wrap = True
    run = frame.paragraphs[0].add_run()
    run.text = office_text(text)
    _style(run.font, size, ink or theme.header_text, bold, italic)
    return frame


def _style(font, size: float, ink: str, bold: bool = False, italic: bool = False) -> None:
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = _rgb(ink)


def _title_slide(slide, workspace: Workspace, journey_map: JourneyMap, theme: Theme, language: str) -> None:
    personas = ", ".join(p.name for p in map_personas(workspace, journey_map))
    kind = f"{journey_type_label(journey_map.journey_type, language)} · {state_label(journey_map.state, language)}"
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, MARGIN, Inches(2.2), Inches(1.2), Inches(0.12))
    bar.fill.solid()
    bar.fill.fore_color.rgb = _rgb(theme.selection)
    bar.line.fill.background()
    _text(slide, MARGIN, Inches(2.5), SLIDE_W - 2 * MARGIN, Inches(1.4), journey_map.title, 40, theme, bold=True)
    subtitle = f"{kind} · {labelled('personas', language)} {personas}" if personas else kind
    _text(slide, MARGIN, Inches(3.95), SLIDE_W - 2 * MARGIN, Inches(0.6), subtitle, 18, theme, ink=theme.muted_text)
    if journey_map.scenario.strip():
        _text(slide, MARGIN, Inches(4.6), SLIDE_W - 2 * MARGIN, Inches(2.0), journey_map.scenario, 16, theme,
              italic=True, ink=theme.card_body)


def _notes(stages: Sequence[Stage], cards: Sequence[Card], insights, language: str) -> str:
    """What the presenter says: each stage's goal and funnel figures, the insights on it, then the cards."""
    lines = []
    for stage in stages:
        lines.append(stage.name + (f" — {stage.customer_goal}" if stage.customer_goal else ""))
        figures = metric_texts(stage.metrics, language)
        if figures is not None:
            lines.append("  " + " · ".join(text for text in figures if text))
        lines += [f"  • {insight.message}" for insight in insights if stage.id in insight.stage_ids]
    if lines:
        lines.append("")
    for card in cards:
        lines.append(card.title + (f" — {card.body}" if card.body.strip() else ""))
    return "\n".join(lines)
