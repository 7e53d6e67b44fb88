"""Cards on the system clipboard as JSON, so they paste between two maps or two windows."""

import json

from pydantic import ValidationError
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ..model import Card

MIME_TYPE = "application/x-journey-studio-cards+json"
MAX_CLIPBOARD_BYTES = 8 * 1024 * 1024


def copy_cards(cards: list[Card]) -> None:
    data = QMimeData()
    payload = {"format": "journey-studio-cards", "version": 1, "cards": [c.model_dump(mode="json") for c in cards]}
    data.setData(MIME_TYPE, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    data.setText("\n".join(card.title for card in cards))
    QGuiApplication.clipboard().setMimeData(data)


def pasted_cards() -> list[Card]:
    """Cards on the clipboard; empty when there are none or they are not valid cards."""
    data = QGuiApplication.clipboard().mimeData()
    if data is None or not data.hasFormat(MIME_TYPE):
        return []
    raw = bytes(data.data(MIME_TYPE))
    if len(raw) > MAX_CLIPBOARD_BYTES:
        return []
    try:
        payload = json.loads(raw.decode("utf-8"))
        return [Card.model_validate(item) for item in payload.get("cards", [])]
    except (ValueError, AttributeError, TypeError, ValidationError):
        return []


def has_cards() -> bool:
    data = QGuiApplication.clipboard().mimeData()
    return data is not None and data.hasFormat(MIME_TYPE)
