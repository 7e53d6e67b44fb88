"""The new marks reach the picture: the painter draws the legend, the emotion scale and the blueprint lines,
the PDF carries their words, and the background has no stage tints over the lane bands nor hard shadow bars."""

from contextlib import contextmanager
from pathlib import Path

from journey_studio.export import ExportOptions, export_map
from journey_studio.io import read_workspace
from journey_studio.layout import Rect, compute_layout
from journey_studio.painter.map_painter import MapPainter
from journey_studio.theme import load_theme
from tests.export.readers import pdf_text

ROOT = Path(__file__).resolve().parents[2]


def _template(name: str):
    workspace = read_workspace(ROOT / "resources" / "templates" / f"{name}.journey.json")
    return workspace, workspace.maps[0]


class RecordingSurface:
    """A Surface that remembers what it was asked to draw."""

    def __init__(self) -> None:
        self.rects: list[tuple[Rect, str]] = []
        self.paths: list[tuple[object, str | None, object]] = []
        self.texts: list[str] = []

    def fill_rect(self, rect, fill) -> None:
        self.rects.append((rect, fill))

    def draw_path(self, path, fill=None, stroke=None) -> None:
        self.paths.append((path, fill, stroke))

    def draw_text(self, x, baseline, text, style, colour) -> None:
        self.texts.append(text)

    def draw_icon(self, folder, name, rect, colour) -> bool:
        return True

    def draw_image(self, rect, data, mime) -> None:
        pass

    @contextmanager
    def clipped(self, rect):
        yield

    @contextmanager
    def group(self, kind, ident=""):
        yield


def _painted(name: str, theme: str = "light") -> tuple[RecordingSurface, object]:
    workspace, journey_map = _template(name)
    layout = compute_layout(journey_map, workspace.personas, workspace.metadata.language)
    surface = RecordingSurface()
    MapPainter(layout, load_theme(theme)).paint(surface, background=load_theme(theme).background)
    return surface, layout


def test_the_painter_draws_legend_scale_and_blueprint_lines():
    surface, layout = _painted("service-blueprint.en")
    for words in ("Legend", "Interview", "Moment of truth", "Line of interaction", "Line of visibility",
                  "Line of internal interaction", "+2", "\u22122"):
        assert words in surface.texts, words


def test_no_stage_tint_over_the_lane_bands_and_no_grey_shadow_bars():
    """Tints crossed with bands made a checkerboard; a 2.5 px rectangle under each card read as a hard bar."""
    for theme in ("light", "dark", "projector"):
        surface, layout = _painted("running-shoes.en", theme)
        stage_colours = {column.colour.lower()[-6:] for column in layout.stages}
        tints = [fill for _, fill in surface.rects if fill.lower()[-6:] in stage_colours]
        assert tints == [], f"{theme}: stage tints painted over lanes"
        shadow = load_theme(theme).card_shadow
        bars = [rect for rect, fill in surface.rects if fill == shadow]
        assert bars == [], f"{theme}: shadow drawn as a bar"
        assert any(fill == shadow for _, fill, _ in surface.paths), f"{theme}: cards lost their shadow"


def test_the_pdf_says_what_the_marks_mean(tmp_path):
    workspace, journey_map = _template("service-blueprint.fr")
    path = tmp_path / "plan.pdf"
    export_map(workspace, journey_map, path, ExportOptions())
    text = pdf_text(path)
    for words in ("Légende", "Entretien", "Moment de vérité", "Ligne de visibilité", "Ligne d'interaction"):
        assert words in text, words


def test_the_pdf_never_splits_an_emoji_sequence(tmp_path):
    workspace = read_workspace(ROOT / "tests" / "fixtures" / "stress" / "emoji.journey.json")
    path = tmp_path / "emoji.pdf"
    export_map(workspace, workspace.maps[0], path, ExportOptions())
    text = pdf_text(path)
    assert "Sam 🏃" in text and "\u2640" not in text, "no lone ♀ from a split runner"
    assert "FR Paris" in text and "\U0001F1EB" not in text, "a flag is its two letters, not two boxed ones"
