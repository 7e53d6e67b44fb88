"""Each PDF page of a large map draws only what it shows: faces and curve pieces are culled per page.

Bounds the work, not the time (bench/bench_export.py has the figures): with 300 emotion points over about
twenty tile pages, the faces drawn stay near one per point per page that shows it, not 300 per page.
"""

import pytest

from bench.bench_export import emotional_workspace
from journey_studio.export import ExportOptions, export_bytes
from journey_studio.painter import map_painter


@pytest.fixture(scope="module")
def emotional():
    return emotional_workspace(stages=30, cards=300)


def _count_drawing(monkeypatch) -> dict[str, int]:
    counts = {"faces": 0, "pieces": 0, "pages": 0}
    face, line, paint = map_painter.paint_emotion_point, map_painter.paint_curve_line, map_painter.MapPainter.paint

    def counting_face(*args, **kwargs):
        counts["faces"] += 1
        return face(*args, **kwargs)

    def counting_line(surface, curve, *args, **kwargs):
        counts["pieces"] += len(curve.segments)
        return line(surface, curve, *args, **kwargs)

    def counting_paint(self, *args, **kwargs):
        counts["pages"] += 1
        return paint(self, *args, **kwargs)

    monkeypatch.setattr(map_painter, "paint_emotion_point", counting_face)
    monkeypatch.setattr(map_painter, "paint_curve_line", counting_line)
    monkeypatch.setattr(map_painter.MapPainter, "paint", counting_paint)
    return counts


def test_each_page_draws_only_its_faces_and_its_stretch_of_the_curve(emotional, monkeypatch):
    counts = _count_drawing(monkeypatch)
    export_bytes(emotional, emotional.maps[0], ".pdf", ExportOptions())
    points = len(emotional.maps[0].emotion_points)
    assert counts["pages"] > 10, "the map is tiled over many pages"
    # The overview page shows every face once; tiles share a few along their overlapping edges.
    assert counts["faces"] <= 2.5 * points
    assert counts["pieces"] <= 2.5 * points


def test_the_count_sees_a_page_that_draws_everything(emotional, monkeypatch):
    """The bound can fail: without culling, every page draws all the faces."""
    counts = _count_drawing(monkeypatch)
    monkeypatch.setattr(map_painter, "point_bounds", lambda point, radius: emotional_everywhere())
    export_bytes(emotional, emotional.maps[0], ".pdf", ExportOptions())
    assert counts["faces"] > 2.5 * len(emotional.maps[0].emotion_points)


def emotional_everywhere():
    from journey_studio.layout import Rect

    return Rect(-1e9, -1e9, 2e9, 2e9)
