"""Theme colours as plain numbers, for renderers that are not Qt (SVG text, reportlab).

Themes write ``#RRGGBB`` or Qt's ``#AARRGGBB`` (alpha first); SVG and PDF want the
colour and its opacity apart.
"""

from dataclasses import dataclass
from functools import lru_cache

from ..theme import Theme
from ..theme import mood_colour as theme_mood_colour


@dataclass(frozen=True, slots=True)
class Colour:
    red: int
    green: int
    blue: int
    alpha: float = 1.0

    @property
    def hex(self) -> str:
        """``#rrggbb``, without the alpha."""
        return f"#{self.red:02x}{self.green:02x}{self.blue:02x}"

    def with_alpha(self, alpha: float) -> "Colour":
        return Colour(self.red, self.green, self.blue, alpha)


@lru_cache(maxsize=1024)
def colour(value: str) -> Colour:
    """Parse a theme colour; raises ValueError for anything else."""
    text = value.strip().lstrip("#")
    if len(text) not in (6, 8) or any(ch not in "0123456789abcdefABCDEF" for ch in text):
        raise ValueError(f"not a colour: {value!r}")
    alpha = int(text[:2], 16) / 255 if len(text) == 8 else 1.0
    rgb = text[-6:]
    return Colour(int(rgb[0:2], 16), int(rgb[2:4], 16), int(rgb[4:6], 16), alpha)


def translucent(value: str, alpha: float) -> str:
    """``value`` with opacity ``alpha`` (0…1), as a theme colour string."""
    c = colour(value)
    return f"#{round(alpha * 255):02x}{c.hex[1:]}"


def mood_colour(mood: float, theme: Theme) -> Colour:
    """The face's fill for ``mood`` (−1 … +1): the theme's five emotion colours (``theme.mood_colour``)."""
    return colour(theme_mood_colour(mood, theme))
