"""Drag an emotion point up or down: the score snaps to the scale and the face follows."""

from PySide6.QtCore import QPointF

from ...layout.curves import score_to_y, y_to_score
from ..items import EmotionPointItem
from .base import Interaction


class EmotionPointDrag(Interaction):
    def __init__(self, scene, origin: QPointF, item: EmotionPointItem):
        super().__init__(scene, origin)
        self.item = item
        self.score = item.point.score

    def update(self, pos: QPointF) -> None:
        layout = self.scene.map_layout
        area = layout.emotion_lane
        if area is None:
            return
        low, high = layout.emotion_range
        metrics = self.scene.metrics
        self.score = float(round(y_to_score(pos.y(), area, low, high, metrics)))
        y = score_to_y(self.score, area, low, high, metrics)
        self.item.preview(self.score, 2 * (self.score - low) / (high - low) - 1, y)

    def finish(self, pos: QPointF) -> None:
        changed = self.started and self.score != self.item.point.score
        self.cleanup()
        if changed:
            self.scene.emotionScoreRequested.emit(self.item.point_id, self.score)

    def cleanup(self) -> None:
        self.item.end_preview()
