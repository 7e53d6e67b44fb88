"""The before/after chart on a :class:`Surface`: zones, stage columns, today's and the future curve.

One drawing for the compare panel (through ``canvas.qt_surface``) and its PNG (``export.comparison_png``).
"""

from ..layout import Rect
from ..layout.comparison_chart import LEGEND_SAMPLE, POINT_RADIUS, ComparisonChart, ComparisonPage
from ..theme import Theme
from .face import draw_face
from .path import curve_path, ellipse, polyline
from .surface import Stroke, Surface, draw_text_block

TODAY_DOT = 4.0


def curve_colours(theme: Theme) -> tuple[str, str]:
    """Today in the muted text colour, the future in the first curve colour."""
    return theme.muted_text, theme.curve[0]


def paint_comparison_chart(surface: Surface, chart: ComparisonChart, theme: Theme) -> None:
    """Faces on the future curve, plain dots on today's (dashed) one."""
    area, zero_y = chart.area, chart.zero_y
    surface.fill_rect(Rect(area.x, area.y, area.width, zero_y - area.y), theme.positive_zone)
    surface.fill_rect(Rect(area.x, zero_y, area.width, area.bottom - zero_y), theme.negative_zone)
    grid = Stroke(theme.grid_line, 1.0)
    for rect in chart.columns[1:]:
        surface.draw_path(polyline([(rect.x, area.y), (rect.x, area.bottom)]), stroke=grid)
    zero = Stroke(theme.zero_line, 1.0, dash=(4.0, 2.0))
    surface.draw_path(polyline([(area.x, zero_y), (area.right, zero_y)]), stroke=zero)
    for name in chart.stage_names:
        draw_text_block(surface, name, theme.header_text)
    today_colour, future_colour = curve_colours(theme)
    for curve in chart.curves:
        if curve.future:
            stroke = Stroke(future_colour, 3.0, cap="round")
        else:
            stroke = Stroke(today_colour, 2.0, dash=(8.0, 4.0), cap="round")
        surface.draw_path(curve_path(curve.segments), stroke=stroke)
        for point, value in zip(curve.points, curve.moods, strict=True):
            if curve.future:
                draw_face(surface, point, POINT_RADIUS, value, theme)
            else:
                dot = ellipse(point.x, point.y, TODAY_DOT, TODAY_DOT)
                surface.draw_path(dot, fill=theme.background, stroke=Stroke(today_colour, 2.0))
        label = curve.label
        sample_y = label.rect.y + label.rect.height / 2
        sample = polyline([(label.rect.x - LEGEND_SAMPLE, sample_y), (label.rect.x - 6, sample_y)])
        surface.draw_path(sample, stroke=stroke)
        draw_text_block(surface, label, theme.header_text)


def paint_comparison_page(surface: Surface, page: ComparisonPage, theme: Theme) -> None:
    """The exported picture: title, chart, then the list of differences, on the theme's background."""
    surface.fill_rect(page.bounds, theme.background)
    draw_text_block(surface, page.title, theme.header_text)
    paint_comparison_chart(surface, page.chart, theme)
    for block in page.lines:
        draw_text_block(surface, block, theme.header_text)
