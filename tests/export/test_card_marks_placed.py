"""The card painter reckons a footer's marks once per footer type (``painter.card``): each mark must still sit
exactly where ``layout.picture`` places it, for every card of the templates, in the light and projector themes
(the projector's footer marks are larger), with and without online marks, badges and faces."""

from contextlib import nullcontext
from pathlib import Path

import pytest

from journey_studio.io import read_workspace
from journey_studio.layout import compute_layout
from journey_studio.layout.picture import (
    CARD_RADIUS,
    EVIDENCE_LETTERS,
    SHADOW_DEPTH,
    card_face_centre,
    evidence_badge_centre,
    evidence_badge_style,
    online_mark_x,
)
from journey_studio.layout.text import text_width
from journey_studio.layout.type_scale import themed_metrics
from journey_studio.painter import card as card_painter
from journey_studio.painter.path import placed_rounded_rect
from journey_studio.theme import load_theme

TEMPLATES = sorted((Path(__file__).parents[2] / "resources" / "templates").glob("*.en.journey.json"))


class Recorder:
    """A surface that keeps what it was asked to draw, in order."""

    def __init__(self) -> None:
        self.paths: list[tuple[object, tuple[float, float], str | None, object]] = []
        self.texts: list[tuple[float, float, str]] = []

    def draw_path(self, path, fill=None, stroke=None) -> None:
        self.paths.append((path.shape, path.offset, fill, stroke))

    def draw_text(self, x, baseline, text, style, colour) -> None:
        self.texts.append((x, baseline, text))

    def draw_icon(self, folder, name, rect, colour) -> bool:
        return True

    def fill_rect(self, rect, fill) -> None: ...

    def group(self, kind, ident=""):
        return nullcontext()


def _cards(theme_name: str):
    theme = load_theme(theme_name)
    metrics = themed_metrics(theme.type_scale)
    for path in TEMPLATES:
        workspace = read_workspace(path)
        journey_map = workspace.maps[0]
        # Every other card given an emotion (the templates' cards have none): faces beside badges and online marks.
        cards = [card.model_copy(update={"emotion": index % 5 - 2}) if index % 2 else card
                 for index, card in enumerate(journey_map.cards)]
        journey_map = journey_map.model_copy(update={"cards": cards})
        yield theme, compute_layout(journey_map, workspace.personas, workspace.metadata.language, metrics).cards


@pytest.mark.parametrize("theme_name", ["light", "projector"])
def test_every_mark_sits_where_the_layout_places_it(theme_name: str) -> None:
    seen = {"online": 0, "badge": 0, "face": 0, "critical": 0}
    for theme, boxes in _cards(theme_name):
        for box in boxes:
            surface = Recorder()
            card_painter.paint_card(surface, box, theme, "#123456")
            rect = box.rect
            offsets = [offset for _, offset, _, _ in surface.paths]
            shapes = [shape for shape, _, _, _ in surface.paths]
            shadow = placed_rounded_rect(rect.adjusted(0, SHADOW_DEPTH * 0.6, 0, SHADOW_DEPTH * 0.6), CARD_RADIUS)
            outline = placed_rounded_rect(rect.adjusted(0.5, 0.5, -0.5, -0.5), CARD_RADIUS)
            assert (shapes[0], offsets[0]) == (shadow.shape, shadow.offset)
            assert (shapes[1], offsets[1]) == (outline.shape, outline.offset)
            assert offsets[2] == (rect.x, rect.y)
            footer_y = box.footer_rect.center.y
            if box.online_label:
                seen["online"] += 1
                x = online_mark_x(box)
                assert (x, box.channel_label.baseline(0), box.online_label) in surface.texts
                assert (x - 8, footer_y) in offsets
            badge = evidence_badge_centre(box)
            if box.evidence is not None:
                seen["badge"] += 1
                assert (badge.x, badge.y) in offsets
                letter_x = [x for x, _, text in surface.texts if len(text) == 1 and abs(x - badge.x) < 8]
                style = evidence_badge_style(box)
                letter = EVIDENCE_LETTERS[box.evidence]
                assert badge.x - text_width(letter, style) / 2 in letter_x
            if box.mood is not None:
                seen["face"] += 1
                face = card_face_centre(box)
                assert (face.x, face.y) in offsets
            seen["critical"] += box.critical
    assert all(seen.values()), seen  # every kind of mark was met
