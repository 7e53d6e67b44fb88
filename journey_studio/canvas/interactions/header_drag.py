"""Reorder and resize stages (column headers) and lanes (row headers) by dragging."""

from PySide6.QtCore import QPointF

from .base import Interaction
from .feedback import indicator_line, remove, set_line

EDGE = 7.0
"""How close to a header's far edge a press starts a resize instead of a move."""
MIN_STAGE_WIDTH, MAX_STAGE_WIDTH = 120.0, 2000.0
MIN_LANE_HEIGHT, MAX_LANE_HEIGHT = 40.0, 2000.0


class StageResize(Interaction):
    def __init__(self, scene, origin: QPointF, stage_id: str):
        super().__init__(scene, origin)
        self.stage_id = stage_id
        column = next(s for s in scene.map_layout.stages if s.stage_id == stage_id)
        self._left, self._width = column.rect.x, column.rect.width
        self._line = None
        self.width = self._width

    def start(self) -> None:
        self._line = indicator_line(self.scene, self.scene.theme.selection, 3)

    def update(self, pos: QPointF) -> None:
        self.width = max(MIN_STAGE_WIDTH, min(MAX_STAGE_WIDTH, pos.x() - self._left))
        grid = self.scene.map_layout.grid_rect
        x = self._left + self.width
        set_line(self._line, QPointF(x, grid.y), QPointF(x, grid.bottom))

    def finish(self, pos: QPointF) -> None:
        started = self.started
        self.cleanup()
        if started and abs(self.width - self._width) >= 1:
            self.scene.stageResizeRequested.emit(self.stage_id, round(self.width))

    def cleanup(self) -> None:
        remove(self.scene, self._line)
        self._line = None


class StageMove(Interaction):
    def __init__(self, scene, origin: QPointF, stage_id: str):
        super().__init__(scene, origin)
        self.stage_id = stage_id
        self._line = None
        self.index: int | None = None

    def start(self) -> None:
        self._line = indicator_line(self.scene, self.scene.theme.selection, 5)

    def update(self, pos: QPointF) -> None:
        stages = self.scene.map_layout.stages
        others = [s for s in stages if s.stage_id != self.stage_id]
        self.index = sum(1 for s in others if s.rect.center.x < pos.x())
        x = others[self.index].rect.x if self.index < len(others) else others[-1].rect.right if others else 0
        grid = self.scene.map_layout.grid_rect
        set_line(self._line, QPointF(x, grid.y), QPointF(x, grid.bottom))

    def finish(self, pos: QPointF) -> None:
        started = self.started
        self.cleanup()
        if started and self.index is not None:
            self.scene.stageMoveRequested.emit(self.stage_id, self.index)

    def cleanup(self) -> None:
        remove(self.scene, self._line)
        self._line = None


class LaneResize(Interaction):
    def __init__(self, scene, origin: QPointF, lane_id: str):
        super().__init__(scene, origin)
        self.lane_id = lane_id
        row = next(r for r in scene.map_layout.lanes if r.lane_id == lane_id)
        self._top, self._height = row.rect.y, row.rect.height
        self._line = None
        self.height = self._height

    def start(self) -> None:
        self._line = indicator_line(self.scene, self.scene.theme.selection, 3)

    def update(self, pos: QPointF) -> None:
        self.height = max(MIN_LANE_HEIGHT, min(MAX_LANE_HEIGHT, pos.y() - self._top))
        grid = self.scene.map_layout.grid_rect
        y = self._top + self.height
        set_line(self._line, QPointF(grid.x, y), QPointF(grid.right, y))

    def finish(self, pos: QPointF) -> None:
        started = self.started
        self.cleanup()
        if started and abs(self.height - self._height) >= 1:
            self.scene.laneResizeRequested.emit(self.lane_id, round(self.height))

    def cleanup(self) -> None:
        remove(self.scene, self._line)
        self._line = None


class LaneMove(Interaction):
    def __init__(self, scene, origin: QPointF, lane_id: str):
        super().__init__(scene, origin)
        self.lane_id = lane_id
        self._line = None
        self.index: int | None = None

    def start(self) -> None:
        self._line = indicator_line(self.scene, self.scene.theme.selection, 5)

    def update(self, pos: QPointF) -> None:
        lanes = self.scene.map_layout.lanes
        others = [r for r in lanes if r.lane_id != self.lane_id]
        self.index = sum(1 for r in others if r.rect.center.y < pos.y())
        y = others[self.index].rect.y if self.index < len(others) else others[-1].rect.bottom if others else 0
        grid = self.scene.map_layout.grid_rect
        set_line(self._line, QPointF(grid.x, y), QPointF(grid.right, y))

    def finish(self, pos: QPointF) -> None:
        started = self.started
        self.cleanup()
        if started and self.index is not None:
            self.scene.laneMoveRequested.emit(self.lane_id, self._model_index(self.index))

    def _model_index(self, visible_index: int) -> int:
        """Index among all lanes (hidden ones included) for a drop among the visible ones."""
        visible = [r.lane_id for r in self.scene.map_layout.lanes if r.lane_id != self.lane_id]
        order = self.scene.lane_order
        others = [lane_id for lane_id in order if lane_id != self.lane_id]
        if visible_index >= len(visible):
            return len(others)
        return others.index(visible[visible_index])

    def cleanup(self) -> None:
        remove(self.scene, self._line)
        self._line = None
