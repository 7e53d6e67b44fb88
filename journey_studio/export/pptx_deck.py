"""A 16:9 PowerPoint deck: a title slide, the whole map, then one slide per stage.

Pictures come from the same renderer as PNG exports (one scene for the whole
deck); titles are real PowerPoint text, so a presenter can edit them. A stage's
column is much taller than a slide is high, so its slide shows the column cut
between lanes into pieces set side by side in one picture, as large as the slide
allows. Each stage slide carries the stage's cards, in full, in its speaker notes.
"""

import io
from collections.abc import Sequence

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu, Inches, Pt
from PySide6.QtGui import QColor, QImage, QPainter

from ..canvas.scene import MapScene
from ..layout import MapLayout, Rect, StageColumn
from ..layout.labels import format_count, format_percent, journey_type_label, state_label
from ..layout.labels import word as map_word
from ..model import Card, JourneyMap, Stage, Workspace
from ..painter.colour import colour
from ..theme import Theme
from .office_text import core_property, office_text
from .options import ExportOptions, Progress, no_progress
from .png_writer import encode_png
from .render import build_scene, render_frame
from .report.persona_sheet import map_personas
from .report.words import labelled
from .sizing import Frame

SLIDE_W, SLIDE_H = Inches(40 / 3), Inches(7.5)
MARGIN = Inches(0.5)
PICTURE_DPI = 200.0
FONT = "Noto Sans"
MAX_PIECES = 6
EMU_PER_INCH = 914400
PIECE_GAP = Inches(0.12)


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

    progress(0.0, "title slide")
    _title_slide(deck.slides.add_slide(blank), workspace, journey_map, theme, language)
    scene = build_scene(workspace, journey_map, theme)
    layout = scene.map_layout

    def picture(region: Rect, box_w: int, box_h: int) -> tuple[bytes, int, int]:
        """``region`` of the map as PNG bytes sized for a box of ``box_w`` × ``box_h`` EMU, and its size there."""
        k = min(box_w / region.width, box_h / region.height)
        width_emu, height_emu = int(region.width * k), int(region.height * k)
        pixels = max(16, min(_pixels(width_emu), 8000))
        frame = Frame(region, pixels, max(1, round(pixels * region.height / region.width)), PICTURE_DPI)
        image = render_frame(scene, frame, options.background)
        return encode_png(image, PICTURE_DPI), width_emu, height_emu

    slide = deck.slides.add_slide(blank)
    _text(slide, MARGIN, Inches(0.3), SLIDE_W - 2 * MARGIN, Inches(0.6), journey_map.title, 24, theme, bold=True)
    data, w, h = picture(layout.bounds, SLIDE_W - 2 * MARGIN, SLIDE_H - Inches(1.1) - MARGIN)
    slide.shapes.add_picture(io.BytesIO(data), (SLIDE_W - w) // 2, Inches(1.0), w, h)

    top = Inches(1.55)
    area_w, area_h = SLIDE_W - 2 * MARGIN, SLIDE_H - top - Inches(0.35)
    for index, (stage, column) in enumerate(zip(journey_map.stages, layout.stages, strict=True)):
        progress(0.1 + 0.85 * index / max(1, len(journey_map.stages)), f"stage {index + 1}")
        cards = sorted((c for c in journey_map.cards if c.stage_id == stage.id), key=lambda c: c.order)
        slide = deck.slides.add_slide(blank)
        _stage_title(slide, stage, theme, language)
        pieces = stage_pieces(layout, column, area_w / area_h)
        k = min((area_w - PIECE_GAP * (len(pieces) - 1)) / (len(pieces) * column.rect.width),
                area_h / max(piece.height for piece in pieces))
        data, w, h = side_by_side_picture(scene, pieces, k, options)
        slide.shapes.add_picture(io.BytesIO(data), MARGIN + (area_w - w) // 2, top, w, h)
        slide.notes_slide.notes_text_frame.text = office_text(_notes(cards))
    out = io.BytesIO()
    deck.save(out)
    progress(1.0, "writing")
    return out.getvalue()


def side_by_side_picture(scene: MapScene, pieces: Sequence[Rect], k: float,
                         options: ExportOptions) -> tuple[bytes, int, int]:
    """The ``pieces`` of a stage drawn at ``k`` EMU per layout unit, set side by side in one PNG
    with transparent gaps: one picture a presenter moves or resizes at once, and a deck that
    writes fast (python-pptx looks through every picture already in the deck for each new one).
    Returns the PNG and its size on the slide in EMU."""
    gap = _pixels(PIECE_GAP)
    images = []
    for piece in pieces:
        width = _pixels(piece.width * k)
        images.append(render_frame(scene, Frame(piece, width, _pixels(piece.height * k), PICTURE_DPI),
                                   options.background))
    sheet = QImage(sum(image.width() for image in images) + gap * (len(images) - 1),
                   max(image.height() for image in images), QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(QColor(0, 0, 0, 0))
    painter = QPainter(sheet)
    try:
        x = 0
        for image in images:
            painter.drawImage(x, 0, image)
            x += image.width() + gap
    finally:
        painter.end()
    width_emu = round(sheet.width() / PICTURE_DPI * EMU_PER_INCH)
    height_emu = round(sheet.height() / PICTURE_DPI * EMU_PER_INCH)
    return encode_png(sheet, PICTURE_DPI), width_emu, height_emu


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


def _stage_title(slide, stage: Stage, theme: Theme, language: str) -> None:
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, SLIDE_W, Inches(0.14))
    band.fill.solid()
    band.fill.fore_color.rgb = _rgb(stage.colour)
    band.line.fill.background()
    _text(slide, MARGIN, Inches(0.35), SLIDE_W - 2 * MARGIN, Inches(0.7), stage.name, 28, theme, bold=True)
    facts = [stage.customer_goal] if stage.customer_goal else []
    metrics, rate = stage.metrics, stage.metrics.rate()
    if metrics.entered is not None and metrics.completed is not None:
        facts.append(f"{format_count(metrics.entered, language)} → {format_count(metrics.completed, language)}")
    if rate is not None:
        facts.append(f"{format_percent(rate, language)} {map_word('completed', language)}")
    if facts:
        _text(slide, MARGIN, Inches(0.95), SLIDE_W - 2 * MARGIN, Inches(0.5), " · ".join(facts), 16, theme,
              ink=theme.muted_text)


def stage_pieces(layout: MapLayout, column: StageColumn, aspect: float) -> list[Rect]:
    """The column (header included) cut between lanes into the pieces that, side by side, fill a box of
    ``aspect`` (width / height) at the largest scale."""
    rows = [row.rect for row in layout.lanes]
    if not rows:
        return [column.rect]
    best: tuple[float, list[Rect]] | None = None
    for count in range(1, min(MAX_PIECES, len(rows)) + 1):
        pieces = [Rect(column.rect.x, top, column.rect.width, bottom - top)
                  for top, bottom in _balanced(column.rect.y, rows, count)]
        scale = min(aspect / (count * column.rect.width), 1.0 / max(p.height for p in pieces))
        if best is None or scale > best[0] * 1.0001:
            best = (scale, pieces)
    return best[1]


def _balanced(top: float, rows: list[Rect], count: int) -> list[tuple[float, float]]:
    """``count`` runs of consecutive rows, the first starting at ``top``, of about equal height."""
    target = (rows[-1].bottom - top) / count
    runs, start, index = [], top, 0
    for run in range(count):
        left = count - run - 1
        end = index + 1
        while end < len(rows) - left and rows[end].bottom - start <= target * 1.08:
            end += 1
        if run == count - 1:
            end = len(rows)
        runs.append((start, rows[end - 1].bottom))
        start, index = rows[end - 1].bottom, end
    return runs


def _notes(cards: Sequence[Card]) -> str:
    lines = []
    for card in cards:
        lines.append(card.title + (f" — {card.body}" if card.body.strip() else ""))
    return "\n".join(lines)
