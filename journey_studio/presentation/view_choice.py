"""Which named view a presentation shows, remembered per map, and the menu the presenter picks it from (V).

A view (``model.MapView``: "Client deck" and the map's own) chooses the lanes, stages, theme and badges
every slide shows. The choice is the presenter's, not the map's: it is kept in the settings under the
map's id, so the next F5 on that map starts with it, and the file does not change.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ..layout.views import view_names
from ..model import JourneyMap

WHOLE_MAP = ""
"""The choice of no view: the whole map as it is."""
VIEW_KEY = "presentation/view/{map_id}"


def tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


def remembered_view(journey_map: JourneyMap) -> str:
    """The view last presented of ``journey_map``, if the map still has it; else the whole map."""
    value = QSettings().value(VIEW_KEY.format(map_id=journey_map.id), WHOLE_MAP)
    if not isinstance(value, str) or not value:
        return WHOLE_MAP
    folded = {name.casefold(): name for name in view_names(journey_map)}
    return folded.get(value.casefold(), WHOLE_MAP)


def remember_view(journey_map: JourneyMap, name: str) -> None:
    QSettings().setValue(VIEW_KEY.format(map_id=journey_map.id), name)


def view_menu(parent: QWidget, journey_map: JourneyMap, current: str, choose: Callable[[str], None]) -> QMenu:
    """The views menu (V): "Whole map" and each of the map's views, ``current`` checked; a choice calls ``choose``."""
    menu = QMenu(tr("Presentation View"), parent)
    menu.setObjectName("presentationViewMenu")
    _fill(menu, journey_map, current, choose)
    return menu


def present_view_menu(
    parent: QWidget, current_map: Callable[[], JourneyMap | None], start: Callable[[str], None]
) -> QMenu:
    """The editor's View ▸ Present View: the shown map's views, filled as it opens; one starts presenting with it."""
    menu = QMenu(tr("Present &View"), parent)
    menu.setObjectName("presentViewMenu")
    menu.setToolTip(tr("Present the map full screen as one of its views: its lanes, stages, theme and badges"))

    def fill() -> None:
        journey_map = current_map()
        menu.clear()
        if journey_map is None:
            menu.addAction(tr("Whole map")).setEnabled(False)
            return
        _fill(menu, journey_map, remembered_view(journey_map), start)

    menu.aboutToShow.connect(fill)
    return menu


def _fill(menu: QMenu, journey_map: JourneyMap, current: str, choose: Callable[[str], None]) -> None:
    group = QActionGroup(menu)
    for name, label in [(WHOLE_MAP, tr("Whole map")), *((name, name) for name in view_names(journey_map))]:
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(name.casefold() == current.casefold())
        action.setData(name)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, n=name: choose(n))
