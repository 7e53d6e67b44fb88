"""Where the PDF overview's tile numbers go; the overview's picture itself is ``painter.locator``."""

from ...layout import Rect


def badge_rects(
    tiles: list[tuple[str, Rect]], title: Rect, label_height: float, width_of: dict[str, float],
) -> list[tuple[str, Rect]]:
    """Where each tile's number goes on the overview: centred on its tile, moved below the map's title when it
    would cover it. ``tiles`` are (number, outline on the page); ``title`` is the title's box on the page."""
    placed = []
    for label, box in tiles:
        width = width_of[label] + 10
        badge = Rect(box.center.x - width / 2, box.center.y - label_height / 2, width, label_height)
        if badge.intersects(title):
            badge = Rect(badge.x, title.bottom + 4, width, label_height)
        placed.append((label, badge))
    return placed


def scaled(rect: Rect, source: Rect, target: Rect) -> Rect:
    """``rect`` in ``source`` coordinates, where it lands when ``source`` is shown in ``target``."""
    k = target.width / source.width
    return Rect(target.x + (rect.x - source.x) * k, target.y + (rect.y - source.y) * k, rect.width * k,
                rect.height * k)

