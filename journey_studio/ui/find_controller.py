"""Find (Ctrl+F): matching cards are selected together, then stepped through one by one."""

from PySide6.QtCore import QObject, QRectF

from ..canvas.editable_scene import EditableMapScene
from ..canvas.view import MapView
from ..document import Document
from ..search import find_cards
from .find_bar import FindBar


class FindController(QObject):
    def __init__(self, bar: FindBar, scene: EditableMapScene, view: MapView, document: Document,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.bar, self.scene, self.view, self.document = bar, scene, view, document
        self.matches: list[str] = []
        self.current = -1
        bar.searchChanged.connect(self.search)
        bar.nextRequested.connect(lambda: self.step(1))
        bar.previousRequested.connect(lambda: self.step(-1))

    def set_document(self, document: Document) -> None:
        self.document = document
        self.matches, self.current = [], -1
        if self.bar.isVisible():
            self.search(self.bar.text())

    def search(self, text: str) -> None:
        journey_map = self.document.current_map
        self.matches = find_cards(journey_map, text) if journey_map is not None and text.strip() else []
        self.current = -1
        self.scene.select_cards(self.matches)
        self.bar.set_matches(0, len(self.matches))

    def step(self, direction: int) -> None:
        if not self.matches:
            return
        self.current = (self.current + direction) % len(self.matches)
        card_id = self.matches[self.current]
        self.scene.select_cards([card_id])
        box = self.scene.map_layout.card(card_id) if self.scene.map_layout else None
        if box is not None:
            self.view.ensureVisible(QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height), 80, 80)
        self.bar.set_matches(self.current + 1, len(self.matches))
