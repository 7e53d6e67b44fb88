"""Issue 14, "what validates must export" and "bounded work": maps the model accepts export to every
format without a traceback, and what would take minutes is refused before any drawing, with a message
naming the map, the format and the limit. Each export is opened with a real reader.
"""

import io
import json
import re

import pytest
from pptx import Presentation
from pypdf import PdfReader

from bench.synthetic_map import build_workspace
from journey_studio.export import ExportError, ExportOptions, export_bytes
from journey_studio.export.limits import MAX_PDF_MAP_PAGES, pdf_map_pages
from journey_studio.io import InvalidFormat, InvalidImage, parse_workspace, workspace_to_bytes
from journey_studio.layout import Rect
from tests.factories import make_card, make_persona, make_workspace
from tests.robustness.hostile_maps import arrows_map, grid_map, many_cards_map
from tests.robustness.image_samples import UNDECODABLE, avatar


@pytest.fixture
def app(qapp):
    from journey_studio.canvas.qt_fonts import register_fonts

    register_fonts()
    return qapp


def _pptx(workspace) -> Presentation:
    return Presentation(io.BytesIO(export_bytes(workspace, workspace.maps[0], ".pptx", ExportOptions())))


# -- PowerPoint: text a map accepts, a deck holds ---------------------------------------------


def test_a_title_longer_than_255_characters_exports_to_powerpoint(app):
    workspace = make_workspace(cards=[make_card()])
    workspace.maps[0].title = "T" * 256
    workspace.metadata.author = "A" * 500
    deck = _pptx(workspace)
    assert len(deck.core_properties.title) <= 255 and deck.core_properties.title.startswith("TTT")
    assert len(deck.core_properties.author) <= 255
    assert "T" * 256 in deck.slides[0].shapes[1].text_frame.text, "the slide keeps the whole title"


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b[31m", "\ufffe", "\uffff", "\x0b\x0c"])
def test_characters_xml_cannot_carry_are_left_out_of_the_deck(app, bad):
    workspace = make_workspace(cards=[make_card(title=f"Card{bad}title", body=f"Body{bad}")])
    journey_map = workspace.maps[0]
    journey_map.title = f"Map{bad}title"
    journey_map.scenario = f"Scenario{bad}"
    journey_map.stages[0].name = f"Stage{bad}"
    workspace.metadata.author = f"Author{bad}"
    workspace.personas[0].name = f"Léa{bad}"
    deck = _pptx(workspace)
    texts = [shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame]
    notes = [slide.notes_slide.notes_text_frame.text for slide in list(deck.slides)[2:]]
    everything = "\n".join(texts + notes + [deck.core_properties.title, deck.core_properties.author])
    kept = "".join(char for char in bad if char.isprintable() and char not in "\ufffe\uffff")
    for expected in ("Map", "Card", "Body", "Stage", "Scenario", "Author", "Léa"):
        assert expected in everything
    assert f"Map{kept}title" in everything or f"Map {kept}title" in everything
    for char in bad:
        if not char.isprintable() or char in "\ufffe\uffff":
            assert char not in everything, repr(char)


def test_the_sanitiser_keeps_what_xml_allows():
    from journey_studio.export.office_text import core_property, office_line, office_text

    kept = "Tab\there, line\nbreak, é, 😀, « », \u2028"
    assert office_text(kept) == kept
    assert office_text("a\x00b\x1fc\ufffed\uffffe") == "abcde"
    assert office_line("one\ntwo\tthree") == "one two three"
    assert len(core_property("x" * 1000)) == 255 and core_property("x" * 1000).endswith("…")


# -- avatars: decoded in full, under limits, at load; the PDF never crashes ----------------------


@pytest.mark.parametrize("name", sorted(UNDECODABLE))
def test_an_avatar_that_does_not_decode_is_refused_at_load(name):
    build, mime = UNDECODABLE[name]
    workspace = make_workspace(personas=[make_persona(name="Zoé", avatar=avatar(build(), mime))])
    with pytest.raises(InvalidImage) as refused:
        parse_workspace(workspace_to_bytes(workspace), "zoe.journey.json")
    assert "Zoé" in str(refused.value) and "zoe.journey.json" in str(refused.value)
    assert refused.value.persona_id == workspace.personas[0].id


@pytest.mark.parametrize("name", sorted(UNDECODABLE))
def test_the_pdf_of_a_map_built_with_such_an_avatar_still_exports(app, name):
    """A workspace built in memory never went through the load's check: its PDF draws initials instead."""
    build, mime = UNDECODABLE[name]
    workspace = make_workspace(personas=[make_persona(name="Zoé Martin", avatar=avatar(build(), mime))])
    data = export_bytes(workspace, workspace.maps[0], ".pdf", ExportOptions())
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Zoé Martin" in text


# -- stage icons: names from the bundled set, never paths --------------------------------------


@pytest.mark.parametrize("icon", ["/usr/share/icons/hicolor/scalable/apps/x", "../../../../etc/passwd",
                                  "../stages/cart", "cart/../../x", "C:\\Windows\\x", "unknown-icon"])
def test_a_stage_icon_outside_the_bundled_set_is_refused_at_load(icon):
    document = json.loads(workspace_to_bytes(make_workspace()))
    document["maps"][0]["stages"][0]["icon"] = icon
    with pytest.raises(InvalidFormat) as refused:
        parse_workspace(json.dumps(document).encode(), "icons.journey.json")
    assert "stages.0.icon" in str(refused.value) and "not one of Journey Studio's stage icons" in str(refused.value)
    document["maps"][0]["stages"][0]["icon"] = "cart"
    assert parse_workspace(json.dumps(document).encode()).maps[0].stages[0].icon == "cart"


def test_the_model_knows_exactly_the_bundled_stage_icons():
    from importlib.resources import files

    from journey_studio.model.journey_map import STAGE_ICONS

    bundled = {entry.name.removesuffix(".svg") for entry in (files("journey_studio.icons") / "stages").iterdir()
               if entry.name.endswith(".svg")}
    assert bundled == STAGE_ICONS


# -- bounded work: refused before drawing, with a message ------------------------------------


@pytest.fixture
def no_drawing(monkeypatch):
    """Fails the test if a raster export starts drawing: the bound must act before the work."""
    from journey_studio.export import png, pptx_deck, render

    def forbidden(*args, **kwargs):
        raise AssertionError("drawing started")

    for module in (render, png, pptx_deck):
        monkeypatch.setattr(module, "render_frame", forbidden)


def test_4000_arrows_are_refused_by_the_model():
    document = workspace_to_bytes(arrows_map(35, 1000)).replace(b'"connectors": [', b'"connectors": [' + b",".join(
        b'{"id": "x%d", "from_card": "c1", "to_card": "c0", "kind": "back"}' % k for k in range(3000)) + b",", 1)
    with pytest.raises(InvalidFormat) as refused:
        parse_workspace(document, "arrows.journey.json")
    assert "connectors" in str(refused.value) and "1000" in str(refused.value)


@pytest.mark.parametrize("suffix, label", [(".png", "PNG image"), (".pptx", "PowerPoint deck")])
def test_too_many_arrows_in_one_lane_are_refused_before_drawing_a_picture(app, no_drawing, suffix, label):
    workspace = arrows_map(35, 200)
    with pytest.raises(ExportError) as refused:
        export_bytes(workspace, workspace.maps[0], suffix, ExportOptions())
    message = str(refused.value)
    assert "“Arrows”" in message and label in message and "200 arrows" in message and "at most 80" in message


@pytest.mark.parametrize("options", [ExportOptions(dpi=150), ExportOptions(width=9000)])
def test_many_band_arrows_are_refused_at_a_high_resolution_before_drawing(app, no_drawing, options):
    """200 arrows, 50 per band: fine at 96 dpi, but each is longer in pixels the finer the picture."""
    workspace = arrows_map(40, 200, lanes=4)
    with pytest.raises(ExportError, match=r"200 arrows loop through its lanes' bands.*draws at most \d+"):
        export_bytes(workspace, workspace.maps[0], ".png", options)


def test_copy_as_image_has_the_same_bound(app, no_drawing):
    from journey_studio.export.clipboard import map_mime_data

    workspace = arrows_map(35, 200)
    with pytest.raises(ExportError, match="“Arrows”.*200 arrows"):
        map_mime_data(workspace, workspace.maps[0])


def test_the_same_arrows_export_as_vectors(app):
    workspace = arrows_map(35, 200)
    svg = export_bytes(workspace, workspace.maps[0], ".svg", ExportOptions())
    assert svg.count(b"<path") >= 200


def test_a_pdf_of_hundreds_of_thousands_of_pages_is_refused(monkeypatch):
    from journey_studio.export.report import map_pages

    def forbidden(*args, **kwargs):
        raise AssertionError("pages were drawn")

    monkeypatch.setattr(map_pages, "add_map_pages", forbidden)
    workspace = grid_map(500, 200)
    with pytest.raises(ExportError) as refused:
        export_bytes(workspace, workspace.maps[0], ".pdf", ExportOptions())
    message = str(refused.value)
    pages = int(re.search(r"tiled over ([\d,]+) pages", message).group(1).replace(",", ""))
    assert pages > 100_000 and f"the limit is {MAX_PDF_MAP_PAGES}" in message and "PDF report" in message
    assert "“Grid”" in message


def test_the_10000_card_stress_map_stays_within_the_pdf_page_bound():
    """The bound refuses hostile grids, never the stress case the product promises to export (100 stages × 8
    lanes, 10,000 cards: 425 pages once tiles repeat their stage names and lane titles, over the old 400)."""
    workspace = build_workspace(stages=100, cards=10_000)
    assert pdf_map_pages(workspace, workspace.maps[0], ExportOptions()) <= MAX_PDF_MAP_PAGES


def test_a_deck_of_more_slides_than_the_bound_is_refused_before_drawing(app, no_drawing, monkeypatch):
    from journey_studio.export import pptx_deck, slides

    def forbidden(*args, **kwargs):
        raise AssertionError("drawing started")

    monkeypatch.setattr(pptx_deck, "paint_slide", forbidden)
    crowd = many_cards_map(2_000, stages=10)
    count = len(slides.slide_set(crowd, crowd.maps[0], ExportOptions()).deck.slides)
    monkeypatch.setattr(slides, "MAX_SLIDES", count - 1)
    with pytest.raises(ExportError, match=rf"“Crowd”.*would make {count} slides \(at most {count - 1}\)"):
        export_bytes(crowd, crowd.maps[0], ".pptx", ExportOptions())


def test_a_deck_counts_slides_not_stages(app):
    """61 stages of one card each make a few slides: what the old bound of 60 stages refused."""
    from journey_studio.model import Card

    workspace = grid_map(61, 1)
    journey_map = workspace.maps[0]
    cards = [Card(id=f"c{i}", stage_id=stage.id, lane_id="l0", title=f"Step {i}")
             for i, stage in enumerate(journey_map.stages)]
    journey_map = journey_map.model_copy(update={
        "stages": [stage.model_copy(update={"width": 280.0}) for stage in journey_map.stages],
        "lanes": [lane.model_copy(update={"height": 120.0}) for lane in journey_map.lanes], "cards": cards})
    deck = Presentation(io.BytesIO(export_bytes(workspace, journey_map, ".pptx", ExportOptions())))
    assert 2 < len(deck.slides) <= 2 + 61


def test_a_picture_over_the_pixel_cap_is_refused_and_the_hint_stays_in_range():
    from journey_studio.export.sizing import MAX_DPI, MAX_PIXELS, frame_for

    crowd = Rect(0, 0, 28248, 14578)  # the 20,000-card map: 412 Mpx at 96 dpi, 644 Mpx at 120 dpi
    frame_for(crowd, ExportOptions(dpi=96))  # drawn in bands: memory is a band's, the bound is on time
    with pytest.raises(ExportError) as refused:
        frame_for(crowd, ExportOptions(dpi=120))
    assert MAX_PIXELS <= 500_000_000
    assert "make it smaller" in str(refused.value)
    small, thin = Rect(0, 0, 400, 300), Rect(0, 0, 4000, 20)
    for content, options in ((small, ExportOptions(width=60_000)), (small, ExportOptions(width=30_000)),
                             (small, ExportOptions(dpi=1200, width=30_000)),
                             (thin, ExportOptions(width=200_000))):  # 200 Mpx, but 200,000 pixels a row
        with pytest.raises(ExportError) as refused:
            frame_for(content, options)
        hint = float(re.search(r"or ([\d.]+) dpi", str(refused.value)).group(1))
        assert hint <= MAX_DPI, str(refused.value)
        widest = int(re.search(r"at most (\d+) pixels wide", str(refused.value)).group(1))
        frame_for(content, ExportOptions(width=widest))  # the hint itself is accepted


def test_an_unexpected_failure_is_a_typed_error_naming_the_map_and_the_format(app, monkeypatch):
    from journey_studio.export import FORMATS, ExportFailed, pptx_deck

    def broken(*args, **kwargs):
        raise KeyError("something deep inside")

    monkeypatch.setattr(pptx_deck, "pptx_bytes", broken)
    workspace = make_workspace(cards=[make_card()])
    with pytest.raises(ExportFailed) as failed:
        export_bytes(workspace, workspace.maps[0], ".pptx", ExportOptions())
    assert workspace.maps[0].title in str(failed.value) and FORMATS[".pptx"].label in str(failed.value)
    assert failed.value.format_label == FORMATS[".pptx"].label
