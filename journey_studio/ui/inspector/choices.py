"""The interface names of the model's vocabularies, and their icons, for combo boxes and lists.

These are interface strings (translated with Qt); the words printed on the map itself come
from ``layout.labels`` in the map's own language.
"""

from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ...model import (
    Channel,
    ConnectorKind,
    EvidenceSource,
    JourneyType,
    LaneKind,
    MapState,
    PurchasePattern,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def channel_names() -> dict[Channel, str]:
    return {
        Channel.WEB: tr("Website"), Channel.MOBILE_APP: tr("Mobile app"), Channel.EMAIL: tr("E-mail"),
        Channel.SOCIAL: tr("Social media"), Channel.SEARCH: tr("Search engine"), Channel.ADS: tr("Advertising"),
        Channel.STORE: tr("Store"), Channel.PHONE: tr("Phone"), Channel.CHAT: tr("Chat"),
        Channel.WORD_OF_MOUTH: tr("Word of mouth"), Channel.EVENT: tr("Event"), Channel.PRINT: tr("Print"),
        Channel.OTHER: tr("Other"),
    }


def evidence_names() -> dict[EvidenceSource, str]:
    return {
        EvidenceSource.INTERVIEW: tr("Interviews"), EvidenceSource.FOCUS_GROUP: tr("Focus group"),
        EvidenceSource.SURVEY: tr("Survey"), EvidenceSource.WEB_ANALYTICS: tr("Web analytics"),
        EvidenceSource.CRM: tr("CRM data"), EvidenceSource.SUPPORT_TICKETS: tr("Support tickets"),
        EvidenceSource.WORKSHOP: tr("Workshop"), EvidenceSource.ASSUMPTION: tr("Assumption (not checked)"),
    }


def lane_kind_names() -> dict[LaneKind, str]:
    return {
        LaneKind.ACTIONS: tr("Actions"), LaneKind.TOUCHPOINTS: tr("Touchpoints"), LaneKind.THOUGHTS: tr("Thoughts"),
        LaneKind.EMOTIONS: tr("Emotions"), LaneKind.PAIN_POINTS: tr("Pain points"), LaneKind.NEEDS: tr("Needs"),
        LaneKind.OPPORTUNITIES: tr("Opportunities"), LaneKind.BACKSTAGE: tr("Backstage"),
        LaneKind.METRICS: tr("Metrics"), LaneKind.TEXT: tr("Text"), LaneKind.IMAGES: tr("Images"),
    }


def journey_type_names() -> dict[JourneyType, str]:
    return {
        JourneyType.PURCHASE: tr("Purchase"), JourneyType.LEAD_GENERATION: tr("Lead generation"),
        JourneyType.ONBOARDING: tr("Onboarding"), JourneyType.ENGAGEMENT: tr("Engagement"),
        JourneyType.LOYALTY: tr("Loyalty"), JourneyType.SUPPORT: tr("Support"), JourneyType.CUSTOM: tr("Custom"),
    }


def purchase_pattern_names() -> dict[PurchasePattern, str]:
    return {
        PurchasePattern.DEFAULT: tr("Not specified"), PurchasePattern.IMPULSE: tr("Impulse"),
        PurchasePattern.PLANNED: tr("Planned"), PurchasePattern.REACTIVE: tr("Reactive"),
    }


def map_state_names() -> dict[MapState, str]:
    return {MapState.CURRENT: tr("Current state (as is)"), MapState.FUTURE: tr("Future state (to be)")}


def connector_kind_names() -> dict[ConnectorKind, str]:
    return {ConnectorKind.NEXT: tr("Next step"), ConnectorKind.BACK: tr("Goes back"),
            ConnectorKind.SKIP: tr("Skips ahead")}


def stage_icon_label(name: str) -> str:
    known = {
        "cart": tr("Cart"), "chat": tr("Conversation"), "compare": tr("Compare"), "flag": tr("Flag"),
        "heart": tr("Heart"), "lightbulb": tr("Light bulb"), "megaphone": tr("Megaphone"),
        "package": tr("Parcel"), "refresh": tr("Repeat"), "search": tr("Search"), "star": tr("Star"),
        "user": tr("Person"),
    }
    return known.get(name, name.replace("_", " ").replace("-", " ").capitalize())


def stage_icon_names() -> list[str]:
    """The icons a stage can show: every ``icons/stages/*.svg``, by file name."""
    folder = files("journey_studio.icons") / "stages"
    return sorted(entry.name.removesuffix(".svg") for entry in folder.iterdir() if entry.name.endswith(".svg"))


@cache
def icon(folder: str, name: str) -> QIcon | None:
    """``icons/<folder>/<name>.svg`` as a QIcon, or None when there is no such file."""
    resource = files("journey_studio.icons") / folder / f"{name}.svg"
    if not resource.is_file():
        return None
    renderer = QSvgRenderer(QByteArray(resource.read_bytes()))
    if not renderer.isValid():
        return None
    result = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result
