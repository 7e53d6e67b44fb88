"""The two drawing processes of a large PNG share its bands by their estimated cost, not by their number."""

from journey_studio.export import ExportOptions
from journey_studio.export import render as render_module
from journey_studio.export.png import JOIN_COST_IN_CARDS, split_band
from journey_studio.export.render import BAND_COST_IN_CARDS, band_costs, band_rows, build_picture
from journey_studio.export.scope import content_rect
from journey_studio.export.sizing import frame_for


def test_the_split_follows_the_cost_not_the_count():
    heavy_top = [1000.0, 10.0, 10.0, 10.0, 10.0, 10.0]
    heavy_bottom = list(reversed(heavy_top))
    assert split_band(heavy_top) == 1  # this process draws the heavy band alone, the child the five light ones
    assert split_band(heavy_bottom) == 5
    even = [100.0] * 8
    assert split_band(even) == 3  # 300 + the joining (150) against 500 x 1.05: 400 + 150 would be longer
    assert split_band([JOIN_COST_IN_CARDS * 10, 1.0]) == 1  # each process draws one band at least


def test_a_band_costs_the_cards_meeting_its_rows(app, shoes, monkeypatch):
    monkeypatch.setattr(render_module, "STREAMED_BAND_BYTES", 1_200_000)  # many bands on a small map
    options = ExportOptions(dpi=96)
    picture = build_picture(shoes, shoes.maps[0], options.load_theme())
    frame = frame_for(content_rect(picture.map_layout, shoes.maps[0], options), options)
    costs = band_costs(picture, frame)
    rows = band_rows(frame)
    assert len(costs) == -(-frame.height // rows) > 3
    cards = [cost - BAND_COST_IN_CARDS for cost in costs]
    for band, count in enumerate(cards):
        top, bottom = band * rows, (band + 1) * rows
        meeting = [box for box in picture.map_layout.cards
                   if (box.rect.y - 4 - frame.view.y) * frame.scale < bottom
                   and (box.rect.bottom + 6 - frame.view.y) * frame.scale >= top]
        assert count == len(meeting), band
    assert max(cards) > min(cards)  # not spread evenly: the header's band has none
