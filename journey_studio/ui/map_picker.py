"""The toolbar's map picker: every map of the workspace, as wide as its titles up to a limit, a longer title
elided with "…" and whole in the tooltip."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from ..model import JourneyMap

MAX_WIDTH = 280
"""Pixels: beyond this the toolbar would push its last buttons out of a 1400 px window in French."""


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MapPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(12)
        self.setMaximumWidth(MAX_WIDTH)
        self.setAccessibleName(tr("Map"))
        self._describe(None)

    def show_maps(self, maps: Sequence[JourneyMap], current: JourneyMap | None) -> None:
        """List ``maps`` with ``current`` chosen, without emitting a change; enabled whenever there is a map."""
        self.blockSignals(True)
        self.clear()
        for journey_map in maps:
            self.addItem(journey_map.title, journey_map.id)
            self.setItemData(self.count() - 1, journey_map.title, Qt.ItemDataRole.ToolTipRole)
        if current is not None:
            self.setCurrentIndex(self.findData(current.id))
        self.setEnabled(self.count() > 0)
        self.blockSignals(False)
        self._describe(current)

    def _describe(self, current: JourneyMap | None) -> None:
        self.setToolTip(tr("The map of this workspace shown on the canvas") + (
            f"\n{current.title}" if current is not None else ""))

    def shown_text(self) -> str:
        """The current title as drawn: elided when it is wider than the box."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, field.width() - 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
