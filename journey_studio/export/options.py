"""What the user asked an export to produce, whatever the format."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportOptions:
    dpi: float = 96.0
    width: int | None = None
    """Pixel width; overrides ``dpi`` when given."""
    theme: str = "light"
    transparent: bool = False


class ExportError(Exception):
    """An export could not be made; the message says why, for a user."""
