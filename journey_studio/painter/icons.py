"""The bundled line icons (``icons/channels``, ``icons/stages``) read into vector paths.

SVG can copy them and PDF can draw them, both as vectors in any colour: the
icons are one-colour line drawings on a 24 × 24 grid (see ``icons/README.md``),
so a shape only needs to know whether it is filled, stroked, or both.
"""

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..layout import Rect
from .path import VectorPath, ellipse, polyline, rounded_rect

ICON_GRID = 24.0
SVG_NS = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class IconShape:
    path: VectorPath
    filled: bool
    stroked: bool
    stroke_width: float
    """On the 24-unit grid."""


@dataclass(frozen=True)
class Icon:
    shapes: tuple[IconShape, ...]


@lru_cache(maxsize=64)
def load_icon(folder: str, name: str) -> Icon | None:
    """``icons/<folder>/<name>.svg`` as paths, or None when there is no such icon (or it cannot be read)."""
    if not re.fullmatch(r"[a-z0-9_-]+", folder) or not re.fullmatch(r"[a-z0-9_-]+", name):
        return None
    resource = files("journey_studio.icons") / folder / f"{name}.svg"
    if not resource.is_file():
        return None
    try:
        root = ET.fromstring(resource.read_bytes())
    except ET.ParseError:
        return None
    shapes: list[IconShape] = []
    try:
        _walk(root, {"fill": "black", "stroke": "none", "stroke-width": "1"}, shapes)
    except ValueError:
        return None
    return Icon(tuple(shapes)) if shapes else None


def _walk(element: ET.Element, inherited: dict[str, str], shapes: list[IconShape]) -> None:
    style = {**inherited, **{k: v for k, v in element.attrib.items() if k in ("fill", "stroke", "stroke-width")}}
    path = _shape_path(element.tag.removeprefix(SVG_NS), element.attrib)
    if path is not None:
        shapes.append(IconShape(path, style["fill"] != "none", style["stroke"] != "none", float(style["stroke-width"])))
    for child in element:
        _walk(child, style, shapes)


def _number(attrib: dict[str, str], key: str) -> float:
    return float(attrib.get(key, "0") or 0)


def _shape_path(tag: str, a: dict[str, str]) -> VectorPath | None:
    if tag == "path":
        return parse_path_data(a.get("d", ""))
    if tag == "circle":
        r = _number(a, "r")
        return ellipse(_number(a, "cx"), _number(a, "cy"), r, r)
    if tag == "ellipse":
        return ellipse(_number(a, "cx"), _number(a, "cy"), _number(a, "rx"), _number(a, "ry"))
    if tag == "rect":
        rect = Rect(_number(a, "x"), _number(a, "y"), _number(a, "width"), _number(a, "height"))
        return rounded_rect(rect, _number(a, "rx") or _number(a, "ry"))
    if tag == "line":
        return polyline(((_number(a, "x1"), _number(a, "y1")), (_number(a, "x2"), _number(a, "y2"))))
    if tag in ("polygon", "polyline"):
        values = [float(v) for v in _NUMBER.findall(a.get("points", ""))]
        pairs = zip(values[0::2], values[1::2], strict=False)  # an odd last number is dropped
        return polyline(pairs, closed=tag == "polygon")
    return None


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"([MmLlHhVvCcSsQqTtAaZz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


def parse_path_data(data: str) -> VectorPath:
    """SVG path data (every command, relative or absolute, arcs included) as moves, lines and cubics."""
    tokens = [(m.group(1), m.group(2)) for m in _TOKEN.finditer(data)]
    path = VectorPath()
    i, command = 0, ""
    x = y = 0.0
    last_control: tuple[float, float] | None = None
    last_quad: tuple[float, float] | None = None
    while i < len(tokens):
        if tokens[i][0]:
            command = tokens[i][0]
            i += 1
        upper = command.upper()
        count = _ARGS.get(upper)
        if count is None:
            break
        if count == 0:
            path.close()
            x, y = path.current
            last_control = last_quad = None
            continue
        numbers = []
        while len(numbers) < count and i < len(tokens) and tokens[i][1]:
            numbers.append(float(tokens[i][1]))
            i += 1
        if len(numbers) < count:
            break
        relative = command.islower()
        ox, oy = (x, y) if relative else (0.0, 0.0)
        control, quad = None, None
        if upper == "M":
            x, y = ox + numbers[0], oy + numbers[1]
            path.move_to(x, y)
            command = "l" if relative else "L"  # further pairs are lines
        elif upper == "L":
            x, y = ox + numbers[0], oy + numbers[1]
            path.line_to(x, y)
        elif upper == "H":
            x = ox + numbers[0]
            path.line_to(x, y)
        elif upper == "V":
            y = oy + numbers[0]
            path.line_to(x, y)
        elif upper in ("C", "S"):
            if upper == "C":
                x1, y1 = ox + numbers[0], oy + numbers[1]
                rest = numbers[2:]
            else:
                x1, y1 = (2 * x - last_control[0], 2 * y - last_control[1]) if last_control else (x, y)
                rest = numbers
            x2, y2 = ox + rest[0], oy + rest[1]
            x, y = ox + rest[2], oy + rest[3]
            path.cubic_to(x1, y1, x2, y2, x, y)
            control = (x2, y2)
        elif upper in ("Q", "T"):
            if upper == "Q":
                cx, cy = ox + numbers[0], oy + numbers[1]
                x, y = ox + numbers[2], oy + numbers[3]
            else:
                cx, cy = (2 * x - last_quad[0], 2 * y - last_quad[1]) if last_quad else (x, y)
                x, y = ox + numbers[0], oy + numbers[1]
            path.quad_to(cx, cy, x, y)
            quad = (cx, cy)
        else:  # A
            rx, ry, rotation, large, sweep = numbers[:5]
            end_x, end_y = ox + numbers[5], oy + numbers[6]
            _arc(path, x, y, rx, ry, rotation, bool(large), bool(sweep), end_x, end_y)
            x, y = end_x, end_y
        last_control, last_quad = control, quad
    return path


def _arc(
    path: VectorPath, x0: float, y0: float, rx: float, ry: float, rotation: float,
    large: bool, sweep: bool, x: float, y: float,
) -> None:
    """An elliptical arc as cubic pieces (SVG 1.1, appendix F.6: endpoint to centre parameters)."""
    if (x0, y0) == (x, y):
        return
    rx, ry = abs(rx), abs(ry)
    if rx == 0 or ry == 0:
        path.line_to(x, y)
        return
    phi = math.radians(rotation)
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    dx, dy = (x0 - x) / 2, (y0 - y) / 2
    x1p = cos_phi * dx + sin_phi * dy
    y1p = -sin_phi * dx + cos_phi * dy
    scale = (x1p / rx) ** 2 + (y1p / ry) ** 2
    if scale > 1:
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    numerator = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    denominator = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    factor = math.sqrt(max(0.0, numerator / denominator)) if denominator else 0.0
    if large == sweep:
        factor = -factor
    cxp, cyp = factor * rx * y1p / ry, -factor * ry * x1p / rx
    cx = cos_phi * cxp - sin_phi * cyp + (x0 + x) / 2
    cy = sin_phi * cxp + cos_phi * cyp + (y0 + y) / 2

    def angle(ux: float, uy: float, vx: float, vy: float) -> float:
        return math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)

    start = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry)
    delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry)
    if not sweep and delta > 0:
        delta -= 2 * math.pi
    elif sweep and delta < 0:
        delta += 2 * math.pi
    pieces = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / pieces
    k = 4 / 3 * math.tan(step / 4)

    def point(t: float) -> tuple[float, float]:
        px, py = rx * math.cos(t), ry * math.sin(t)
        return cos_phi * px - sin_phi * py + cx, sin_phi * px + cos_phi * py + cy

    def derivative(t: float) -> tuple[float, float]:
        px, py = -rx * math.sin(t), ry * math.cos(t)
        return cos_phi * px - sin_phi * py, sin_phi * px + cos_phi * py

    t = start
    for _ in range(pieces):
        (ax, ay), (bx, by) = point(t), point(t + step)
        (dax, day), (dbx, dby) = derivative(t), derivative(t + step)
        path.cubic_to(ax + k * dax, ay + k * day, bx - k * dbx, by - k * dby, bx, by)
        t += step
