"""A 16:9 PowerPoint deck a presenter can edit: a title slide, the whole map, then the map's slides.

The map's slides are the same 16:9 composition as the PNG set and the slide PDF (``layout.slide_deck``),
drawn by the same painter onto :class:`~.pptx_surface.PptxSurface`: stage headers with their icons, lane
titles, cards with their channel, badges and flags, the emotion curve with its faces, labels and scale,
all native shapes holding real text, grouped by card and stage. A presenter changes a word on a slide
without going back to the app. Only the whole-map overview is a picture (a poster cannot be a slide).
Text is set in Arial (see :data:`~.pptx_surface.FONT`). Each slide's notes carry its stages' goals,
funnel figures, insights and cards.

Speed: a slide's shapes are written as XML text and parsed once (python-pptx's object model cost about
0.1 s a slide); every slide reuses the one blank layout.
"""

import io
import zipfile
from collections.abc import Iterator, Sequence
from copy import deepcopy
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.parts.slide import NotesSlidePart
from pptx.util import Emu, Inches, Pt

from ..analysis.insights import compute_insights
from ..layout import MapLayout, TextBlock
from ..layout.labels import journey_type_label, metric_texts, state_label
from ..layout.slide_deck import Slide
from ..model import Card, JourneyMap, Stage, Workspace
from ..painter.colour import colour
from ..painter.slide import paint_slide
from ..theme import Theme
from ..words import office_language
from .office_text import core_property, office_text
from .options import ExportOptions, Progress, no_progress
from .png_writer import encode_png
from .pptx_surface import FONT, PptxSurface
from .render import build_scene, render_frame
from .report.persona_sheet import map_personas
from .report.words import labelled
from .sizing import Frame
from .slides import slide_set

__all__ = ["FONT", "pptx_bytes", "slide_blocks"]

SLIDE_W, SLIDE_H = Inches(40 / 3), Inches(7.5)
MARGIN = Inches(0.5)
PICTURE_DPI = 200.0
EMU_PER_INCH = 914400


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
    # A map too large for its words to be read on one slide is drawn as a locator: its cards as their shapes
    # and colours, no text (and no grey bars standing for it). Text under 4 px tells a room nothing and took
    # two seconds of a 1,000-card deck; every word is on the slides that follow.
    data = encode_png(render_frame(scene, frame, options.background, locator=True), PICTURE_DPI)
    slide.shapes.add_picture(io.BytesIO(data), (SLIDE_W - w) // 2, Inches(1.0), w, h)

    insights = compute_insights(journey_map, language, workspace.personas)
    background = options.background_colour(theme)
    stages = {stage.id: stage for stage in journey_map.stages}
    cards = {card.id: card for card in journey_map.cards}
    shapes: dict[str, bytes] = {}
    speaker_notes = SpeakerNotes()
    for index, map_slide in enumerate(slides.deck.slides):
        progress(0.1 + 0.8 * index / max(1, len(slides.deck.slides)), f"slide {index + 1}")
        slide = deck.slides.add_slide(blank)
        if background is not None:
            slide.background.fill.solid()
            slide.background.fill.fore_color.rgb = _rgb(background)
        surface = PptxSurface(slide_blocks(map_slide, map_slide.layout or slides.layout), office_language(language))
        paint_slide(surface, slides.deck, map_slide, slides.painter_for(map_slide), theme, surface.placed)
        shapes[slide.part.partname.lstrip("/")] = surface.shapes_xml().encode()
        notes = _notes([stages[i] for i in map_slide.stage_ids if i in stages],
                       [cards[i] for i in map_slide.card_ids if i in cards], insights, language)
        speaker_notes.add(slide, office_text(notes))
    out = io.BytesIO()
    deck.save(out)
    progress(0.95, "writing")
    data = _with_shapes(out.getvalue(), shapes)
    progress(1.0, "writing")
    return data


class SpeakerNotes:
    """Notes pages for the slides: the first made by python-pptx, the others copied from it.

    python-pptx builds each notes page from the notes master placeholder by placeholder and looks through
    every part of the package for a free name: about 10 ms a page. A copy of the first page's bare XML,
    related the same way, is the same page.
    """

    def __init__(self) -> None:
        self._bare: Any = None
        self._count = 0

    def add(self, slide: Any, text: str) -> None:
        if self._bare is None:
            page = slide.notes_slide
            self._bare = deepcopy(page.part._element)
            self._master = page.part.part_related_by(RT.NOTES_MASTER)
            self._count = int(page.part.partname.rsplit("notesSlide", 1)[1].removesuffix(".xml"))
        else:
            self._count += 1
            slide_part = slide.part
            part = NotesSlidePart(PackURI(f"/ppt/notesSlides/notesSlide{self._count}.xml"), CT.PML_NOTES_SLIDE,
                                  slide_part.package, deepcopy(self._bare))
            part.relate_to(self._master, RT.NOTES_MASTER)
            part.relate_to(slide_part, RT.SLIDE)
            slide_part.relate_to(part, RT.NOTES_SLIDE)
            page = part.notes_slide
        page.notes_text_frame.text = text


def _with_shapes(package: bytes, shapes: dict[str, bytes]) -> bytes:
    """The saved ``package`` with each slide part's shapes written into its (empty) shape tree: the text goes in
    as it is, with no object model to build and serialise again."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED,
                                                                         compresslevel=3) as target:
        for item in source.infolist():
            data = source.read(item)
            added = shapes.get(item.filename)
            if added is not None:
                data = data.replace(b"</p:spTree>", added + b"</p:spTree>", 1)
            target.writestr(item.filename, data)
    return out.getvalue()


def slide_blocks(slide: Slide, layout: MapLayout) -> Iterator[TextBlock]:
    """Every text block the painter draws on ``slide``: each becomes one text box."""
    yield slide.title
    yield slide.locator
    for box in layout.cards:
        yield from (box.title, box.body, box.channel_label)
    for column in layout.stages:
        yield from (column.name, column.goal)
    for row in layout.lanes:
        yield row.title
    for cell in layout.metric_cells:
        yield from (cell.value, cell.caption)
    for curve in layout.curves:
        for point in curve.points:
            yield point.label
    for connector in layout.connectors:
        yield connector.label
    for tick in layout.emotion_ticks:
        yield tick.label
    for line in layout.blueprint_lines:
        yield line.label


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
