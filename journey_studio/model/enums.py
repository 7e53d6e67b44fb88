"""Closed vocabularies of the journey-mapping method, stored as plain strings in files."""

from enum import StrEnum


class JourneyType(StrEnum):
    PURCHASE = "purchase"
    LEAD_GENERATION = "lead_generation"
    ONBOARDING = "onboarding"
    ENGAGEMENT = "engagement"
    LOYALTY = "loyalty"
    SUPPORT = "support"
    CUSTOM = "custom"


class PurchasePattern(StrEnum):
    DEFAULT = "default"
    IMPULSE = "impulse"
    PLANNED = "planned"
    REACTIVE = "reactive"


class MapState(StrEnum):
    """A map shows either how things are today or how they should become."""

    CURRENT = "current"
    FUTURE = "future"


class LaneKind(StrEnum):
    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    NEEDS = "needs"
    OPPORTUNITIES = "opportunities"
    BACKSTAGE = "backstage"
    METRICS = "metrics"
    TEXT = "text"
    IMAGES = "images"


class Channel(StrEnum):
    WEB = "web"
    MOBILE_APP = "mobile_app"
    EMAIL = "email"
    SOCIAL = "social"
    SEARCH = "search"
    ADS = "ads"
    STORE = "store"
    PHONE = "phone"
    CHAT = "chat"
    WORD_OF_MOUTH = "word_of_mouth"
    EVENT = "event"
    PRINT = "print"
    OTHER = "other"


OFFLINE_CHANNELS = frozenset(
    {Channel.STORE, Channel.PHONE, Channel.WORD_OF_MOUTH, Channel.EVENT, Channel.PRINT}
)
"""Channels that are offline unless a card says otherwise."""


class EvidenceSource(StrEnum):
    """Where what a card claims comes from; ASSUMPTION means nobody checked yet."""

    INTERVIEW = "interview"
    FOCUS_GROUP = "focus_group"
    SURVEY = "survey"
    WEB_ANALYTICS = "web_analytics"
    CRM = "crm"
    SUPPORT_TICKETS = "support_tickets"
    WORKSHOP = "workshop"
    ASSUMPTION = "assumption"


class ConnectorKind(StrEnum):
    """Journeys are not linear: customers go on, go back or skip ahead."""

    NEXT = "next"
    BACK = "back"
    SKIP = "skip"
