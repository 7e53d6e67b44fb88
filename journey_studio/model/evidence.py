"""Evidence: where an item's claim comes from and when somebody last checked it."""

from datetime import date

from .base import Model, ShortText
from .enums import EvidenceSource


class Evidence(Model):
    source: EvidenceSource = EvidenceSource.ASSUMPTION
    reference: ShortText = ""
    """A study, dashboard or ticket query a colleague can find again."""
    last_verified: date | None = None
