"""The projector theme is made for the back of a room: larger type (decided by the layout), thicker lines,
no pale tint a projector washes out, and a lane-title column that is not a black slab.

Sizes are measured from the layouts the exports and the canvas really draw, lines from what the one painter
asks every output to stroke, colours from the theme files and from an exported PNG read back with Pillow.
Each check is also fed a deliberate violation, to prove it can fail.
"""

from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from journey_studio.export import ExportOptions, export_bytes
from journey_studio.export.render import build_picture
from journey_studio.io import read_workspace
from journey_studio.layout import MapLayout
from journey_studio.layout.geometry_check import all_blocks
from journey_studio.painter.map_painter import MapPainter
from journey_studio.theme import Theme, contrast, load_theme, washed_out_fills
from tests.layout.test_marks_drawn import RecordingSurface

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = sorted((ROOT / "resources" / "templates").glob("*.en.journey.json"))
TYPE_FACTOR = 1.25
"""Issue 13: a projector theme scales type up at least this much."""
LINE_FACTOR = 1.5
EXPORT_WIDTH = 1920


def _template(path: Path):
    workspace = read_workspace(path)
    return workspace, workspace.maps[0]


def type_shortfalls(light: MapLayout, projector: MapLayout, fit_width: float | None = None) -> list[str]:
    """Every text of ``projector`` less than :data:`TYPE_FACTOR` times its size in ``light``; with ``fit_width``,
    measured in the pixels of an export that fits both maps to that width (a wider map is drawn smaller)."""
    sizes = {name: block.style.size for name, block in all_blocks(light) if not block.is_empty}
    k_light = fit_width / light.bounds.width if fit_width else 1.0
    k_projector = fit_width / projector.bounds.width if fit_width else 1.0
    failures = []
    for name, block in all_blocks(projector):
        if block.is_empty or name not in sizes:
            continue
        ratio = block.style.size * k_projector / (sizes[name] * k_light)
        if ratio < TYPE_FACTOR - 1e-9:
            failures.append(f"{name}: {ratio:.3f}×")
    return failures


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name.split(".")[0])
def test_projector_type_is_a_quarter_larger_in_exports(path: Path):
    """Laid out as the PNG, SVG and PDF exports lay it out, and again as drawn 1920 px wide."""
    workspace, journey_map = _template(path)
    light = build_picture(workspace, journey_map, load_theme("light")).map_layout
    projector = build_picture(workspace, journey_map, load_theme("projector")).map_layout
    compared = sum(1 for _, block in all_blocks(projector) if not block.is_empty)
    assert compared >= 3
    assert type_shortfalls(light, projector) == []
    assert type_shortfalls(light, projector, fit_width=EXPORT_WIDTH) == []
    # Larger type in columns as wide: the map grows taller, not (much) wider.
    assert projector.bounds.height > light.bounds.height
    assert projector.stages[0].rect.width == light.stages[0].rect.width


def test_the_type_check_fails_on_a_timid_projector():
    workspace, journey_map = _template(ROOT / "resources/templates/running-shoes.en.journey.json")
    light = build_picture(workspace, journey_map, load_theme("light")).map_layout
    timid = replace(load_theme("projector"), type_scale=1.1)
    failures = type_shortfalls(light, build_picture(workspace, journey_map, timid).map_layout)
    assert failures and all("1.100×" in failure for failure in failures)
    assert type_shortfalls(light, light)  # the same size is no larger


def test_the_canvas_lays_the_map_out_in_the_projector_type(qtbot):
    """Choosing the projector theme on the canvas re-lays the map; back to light restores it exactly."""
    from journey_studio.canvas.scene import MapScene

    workspace, journey_map = _template(ROOT / "resources/templates/service-blueprint.en.journey.json")
    scene = MapScene(load_theme("light"), item_cache=False)
    scene.show_map(journey_map, workspace.personas, workspace.metadata.language)
    light = scene.map_layout
    scene.set_theme(load_theme("projector"))
    assert type_shortfalls(light, scene.map_layout) == []
    assert scene.metrics.card_title.size >= TYPE_FACTOR * light.cards[0].title.style.size
    card = next(iter(scene.card_items().values()))
    assert card.box == scene.map_layout.card(card.card_id), "the items show the projector's layout"
    scene.set_theme(load_theme("light"))
    assert scene.map_layout == light


def _stroke_widths(theme: Theme, path: Path) -> dict[str, float]:
    """The widest line the painter strokes in each of the map's line colours, by what it draws."""
    workspace, journey_map = _template(path)
    picture = build_picture(workspace, journey_map, theme)
    surface = RecordingSurface()
    MapPainter(picture.map_layout, theme, picture.metrics).paint(surface, background=theme.background)
    roles = {
        "grid": theme.grid_line,
        "card border": theme.card_border,
        "emotion curve": theme.curve_colour(0),
        "arrow": theme.connector_next,
        "zero line": theme.zero_line,
        "blueprint line": theme.blueprint_line,
    }
    widths: dict[str, float] = {}
    for role, colour in roles.items():
        found = [stroke.width for _, _, stroke in surface.paths if stroke is not None and stroke.colour == colour]
        if found:
            widths[role] = max(found)
    return widths


def line_shortfalls(light: dict[str, float], projector: dict[str, float]) -> list[str]:
    missing = sorted(set(light) - set(projector))
    thin = [
        f"{role}: {projector[role]:.2f} against {width:.2f}"
        for role, width in light.items()
        if role in projector and projector[role] < LINE_FACTOR * width - 1e-9
    ]
    return [f"{role} not drawn" for role in missing] + thin


@pytest.mark.parametrize("name", ["service-blueprint", "running-shoes"])
def test_projector_lines_and_curve_are_thicker(name: str):
    path = ROOT / "resources" / "templates" / f"{name}.en.journey.json"
    light = _stroke_widths(load_theme("light"), path)
    assert {"grid", "card border", "emotion curve", "arrow"} <= set(light)
    assert line_shortfalls(light, _stroke_widths(load_theme("projector"), path)) == []


def test_the_line_check_fails_on_hairlines():
    path = ROOT / "resources/templates/service-blueprint.en.journey.json"
    light = _stroke_widths(load_theme("light"), path)
    hairlines = _stroke_widths(replace(load_theme("projector"), line_scale=1.0), path)
    failures = line_shortfalls(light, hairlines)
    assert any(failure.startswith("emotion curve") for failure in failures)
    assert any(failure.startswith("grid") for failure in failures)


def test_no_pale_tint_on_the_projector():
    """Every fill either is the white page itself or stands 1.35:1 off it (light greys vanish on a projector)."""
    projector = load_theme("projector")
    assert washed_out_fills(projector) == []
    assert washed_out_fills(load_theme("light")), "the light theme's pale bands are what a projector washes out"


def test_the_tint_check_fails_on_the_old_projector_band_and_zones():
    old = replace(load_theme("projector"), lane_band=("#FFFFFF", "#EDEDED"), positive_zone="#264C9BEA")
    failures = washed_out_fills(old)
    assert any(failure.startswith("lane_band[1] #EDEDED") for failure in failures)
    assert any(failure.startswith("positive_zone over lane_band[0]") for failure in failures)


def lane_column_problems(theme: Theme) -> list[str]:
    """The lane-title column must read as a column (off the page), not as a heavy slab, with strong text."""
    ground, column = theme.background, theme.lane_title_background
    problems = []
    if contrast(column, ground) > 3.0:
        problems.append(f"a heavy slab: {column} is {contrast(column, ground):.1f}:1 against the page")
    if contrast(column, ground) < 1.35:
        problems.append(f"washed out: {column} is {contrast(column, ground):.2f}:1 against the page")
    if contrast(theme.lane_title_text, column) < 7.0:
        problems.append(f"weak titles: {contrast(theme.lane_title_text, column):.1f}:1")
    return problems


def test_the_lane_title_column_is_not_a_black_slab():
    assert lane_column_problems(load_theme("projector")) == []
    old = replace(load_theme("projector"), lane_title_background="#1A1A1A", lane_title_text="#FFFFFF")
    assert lane_column_problems(old) and lane_column_problems(old)[0].startswith("a heavy slab")


def test_the_exported_png_shows_the_column_and_bands_as_the_theme_says(qtbot):
    """Read back with Pillow: the lane-title column is the theme's mid grey, never near-black or near-white."""
    workspace, journey_map = _template(ROOT / "resources/templates/running-shoes.en.journey.json")
    projector = load_theme("projector")
    data = export_bytes(workspace, journey_map, ".png", ExportOptions(width=EXPORT_WIDTH, theme="projector"))
    image = Image.open(BytesIO(data)).convert("RGB")
    layout = build_picture(workspace, journey_map, projector).map_layout
    k = image.width / layout.bounds.width
    row = layout.lanes[-1].title_rect
    x, y = round((row.x + 4) * k), round((row.bottom - 4) * k)
    pixel = "#{:02X}{:02X}{:02X}".format(*image.getpixel((x, y)))
    assert pixel == projector.lane_title_background
    assert 1.35 <= contrast(pixel, "#FFFFFF") <= 3.0


def test_the_editor_window_lays_the_map_out_in_projector_type_and_keeps_it_through_edits(qtbot, monkeypatch):
    """View ▸ Theme ▸ Projector in the editor: larger type at once, and still after an edit re-lays the map."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMenu

    from journey_studio.document import Document
    from journey_studio.templates import new_from_template
    from journey_studio.ui import dialogs
    from journey_studio.ui.main_window import MainWindow
    from journey_studio.ui.theme_menu import SETTING_CANVAS_THEME

    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: dialogs.SaveChoice.DISCARD)

    QSettings().remove(SETTING_CANVAS_THEME)
    window = MainWindow(Document(new_from_template("running-shoes", "en")))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        light = window.scene.map_layout
        menu = window.findChild(QMenu, "canvasThemeMenu")
        next(action for action in menu.actions() if action.objectName() == "theme-projector").trigger()
        assert window.scene.theme.name == "projector"
        assert type_shortfalls(light, window.scene.map_layout) == []
        card = window.document.current_map.cards[0].id
        window.editor.set_card(card, {"title": "Compares three pairs"})
        qtbot.waitUntil(lambda: window.scene.map_layout.card(card).title.full_text == "Compares three pairs")
        assert window.scene.map_layout.card(card).title.style.size >= TYPE_FACTOR * light.card(card).title.style.size
    finally:
        QSettings().remove(SETTING_CANVAS_THEME)


def test_footer_marks_grow_with_the_projector_type_and_stay_in_the_footer():
    """The evidence letter and the card's face are type too: 1.35× on the projector, side by side in the footer."""
    from journey_studio.layout.picture import (
        EVIDENCE_BADGE_STYLE,
        card_face_centre,
        card_face_radius,
        evidence_badge_centre,
        evidence_badge_radius,
        evidence_badge_style,
    )

    workspace, journey_map = _template(ROOT / "resources/templates/running-shoes.en.journey.json")
    felt = [card.model_copy(update={"emotion": -1.0}) if index % 2 else card
            for index, card in enumerate(journey_map.cards)]  # half the cards with a face of their own
    journey_map = journey_map.model_copy(update={"cards": felt})
    for theme, factor in (("light", 1.0), ("projector", TYPE_FACTOR)):
        layout = build_picture(workspace, journey_map, load_theme(theme)).map_layout
        badged = [box for box in layout.cards if box.evidence is not None]
        assert badged and sum(box.mood is not None for box in badged) >= 5
        for box in badged:
            assert evidence_badge_style(box).size >= factor * EVIDENCE_BADGE_STYLE.size - 1e-9
            centre, radius = evidence_badge_centre(box), evidence_badge_radius(box)
            footer = box.footer_rect
            assert footer.y - 1 <= centre.y - radius and centre.y + radius <= footer.bottom + 1, (theme, box.card_id)
            assert centre.x + radius <= box.rect.right
            if box.mood is not None:
                face = card_face_centre(box)
                assert face.x + card_face_radius(box) < centre.x - radius, "the face clears the badge"
