"""Right-click menus for every thing on the map."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMenu, QWidget

from ..canvas.item_kind import Cell, EmotionSpot, MapItemKind, Target
from .inspector.choices import connector_kind_names, lane_kind_names, stage_icon_label, stage_icon_names
from .map_controller import MapController


def tr(text: str) -> str:
    return QCoreApplication.translate("ContextMenus", text)


def build_menu(controller: MapController, kind: MapItemKind, target: Target, parent: QWidget) -> QMenu:
    """The menu for what the scene's ``contextMenuRequested(kind, target, event)`` names."""
    menu = QMenu(parent)
    editor = controller.editor
    m = editor.document.current_map
    do = controller.apply
    if m is None:
        return menu
    item_id = target if isinstance(target, str) else ""
    if kind == MapItemKind.CARD:
        menu.addAction(tr("Rename"), controller.edit_selected_text)
        menu.addAction(tr("Duplicate"), controller.duplicate_selection)
        card = m.card(item_id)
        if card is not None:
            critical = menu.addAction(tr("Moment of truth"))
            critical.setCheckable(True)
            critical.setChecked(card.critical)
            critical.toggled.connect(lambda on: do(editor.set_card, item_id, {"critical": on}))
        connect = tr("Connect to another card (Alt+drag)")
        menu.addAction(connect, lambda: setattr(controller.scene, "connect_mode", True))
        others = [other for other in editor.workspace.maps if other.id != m.id]
        if card is not None and card.linked_map_id:
            menu.addAction(tr("Open linked journey"), lambda: controller.mapRequested.emit(card.linked_map_id))
        if others and card is not None:
            links = menu.addMenu(tr("Link to a sub-journey"))
            links.addAction(tr("None"), lambda: do(editor.set_card, item_id, {"linked_map_id": None}))
            for other in others:
                link = {"linked_map_id": other.id}
                action = links.addAction(other.title, lambda change=link: do(editor.set_card, item_id, change))
                action.setCheckable(True)
                action.setChecked(card.linked_map_id == other.id)
        menu.addSeparator()
        menu.addAction(tr("Copy"), controller.copy_selection)
        menu.addAction(tr("Cut"), controller.cut_selection)
        menu.addAction(tr("Delete"), controller.delete_selection)
    elif kind == MapItemKind.STAGE:
        index = next(i for i, s in enumerate(m.stages) if s.id == item_id)
        menu.addAction(tr("Rename"), lambda: controller.edit_text(MapItemKind.STAGE, item_id))
        menu.addAction(tr("Insert stage before"), lambda: controller.add_stage(index))
        menu.addAction(tr("Insert stage after"), lambda: controller.add_stage(index + 1))
        menu.addAction(tr("Colour…"), lambda: _pick_stage_colour(controller, item_id, parent))
        icons = menu.addMenu(tr("Icon"))
        icons.addAction(tr("None"), lambda: do(editor.set_stage, item_id, {"icon": ""}))
        for name in stage_icon_names():
            icons.addAction(stage_icon_label(name), lambda n=name: do(editor.set_stage, item_id, {"icon": n}))
        menu.addSeparator()
        menu.addAction(tr("Delete stage and its cards"), lambda: do(editor.remove_stage, item_id))
    elif kind == MapItemKind.LANE:
        index = next(i for i, lane in enumerate(m.lanes) if lane.id == item_id)
        menu.addAction(tr("Rename"), lambda: controller.edit_text(MapItemKind.LANE, item_id))
        kinds = menu.addMenu(tr("Kind"))
        for lane_kind, name in lane_kind_names().items():
            action = kinds.addAction(name, lambda k=lane_kind: do(editor.set_lane, item_id, {"kind": k}))
            action.setCheckable(True)
            action.setChecked(m.lane(item_id).kind is lane_kind)
        menu.addAction(tr("Hide lane"), lambda: do(editor.set_lane, item_id, {"visible": False}))
        menu.addAction(tr("Insert lane above"), lambda: controller.add_lane(index))
        menu.addAction(tr("Insert lane below"), lambda: controller.add_lane(index + 1))
        menu.addSeparator()
        menu.addAction(tr("Delete lane and its cards"), lambda: do(editor.remove_lane, item_id))
    elif kind == MapItemKind.EMOTION:
        menu.addAction(tr("Edit label"), lambda: controller.edit_text(MapItemKind.EMOTION, item_id))
        menu.addAction(tr("Delete point"), lambda: do(editor.remove_emotion_points, [item_id]))
    elif kind == MapItemKind.CONNECTOR:
        kinds = menu.addMenu(tr("Kind"))
        connector = next((c for c in m.connectors if c.id == item_id), None)
        for connector_kind, name in connector_kind_names().items():
            action = kinds.addAction(name, lambda k=connector_kind: do(editor.set_connector, item_id, {"kind": k}))
            action.setCheckable(True)
            action.setChecked(connector is not None and connector.kind is connector_kind)
        menu.addAction(tr("Label…"), lambda: _ask_connector_label(controller, item_id, parent))
        menu.addAction(tr("Delete arrow"), lambda: do(editor.remove_connectors, [item_id]))
    elif kind == MapItemKind.CELL and isinstance(target, Cell):
        menu.addAction(tr("Add card here"), lambda: controller.add_card_in_cell(target.stage_id, target.lane_id))
        menu.addAction(tr("Paste"), controller.paste)
    elif kind == MapItemKind.EMOTION_LANE and isinstance(target, EmotionSpot):
        add_point = tr("Add emotion point here")
        menu.addAction(add_point, lambda: controller.add_emotion_point_at(target.stage_id, target.score))
    hidden = [lane for lane in m.lanes if not lane.visible]
    if kind in (MapItemKind.MAP, MapItemKind.CELL, MapItemKind.LANE, MapItemKind.EMOTION_LANE):
        menu.addSeparator()
        menu.addAction(tr("Add stage"), lambda: controller.add_stage())
        menu.addAction(tr("Add lane"), lambda: controller.add_lane())
        if hidden:
            show = menu.addMenu(tr("Show hidden lane"))
            for lane in hidden:
                show.addAction(lane.title, lambda lid=lane.id: do(editor.set_lane, lid, {"visible": True}))
    return menu


def _pick_stage_colour(controller: MapController, stage_id: str, parent: QWidget) -> None:
    stage = controller.editor.map.stage(stage_id)
    colour = QColorDialog.getColor(QColor(stage.colour), parent, tr("Stage colour"))
    if colour.isValid():
        controller.apply(controller.editor.set_stage, stage_id, {"colour": colour.name().upper()})


def _ask_connector_label(controller: MapController, connector_id: str, parent: QWidget) -> None:
    connector = next(c for c in controller.editor.map.connectors if c.id == connector_id)
    text, ok = QInputDialog.getText(parent, tr("Arrow label"), tr("Label:"), text=connector.label)
    if ok:
        controller.apply(controller.editor.set_connector, connector_id, {"label": text})
