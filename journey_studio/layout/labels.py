"""Words the map itself shows (channel names, metric captions), in the map's own language.

These belong to the content, not to the interface: a French map exported from an
English interface still says « Magasin ». Interface strings go through Qt's tr().
"""

from ..model import Channel, JourneyType, MapState, StageMetrics

_CHANNELS = {
    "fr": {
        Channel.WEB: "Site web", Channel.MOBILE_APP: "Appli mobile", Channel.EMAIL: "E-mail",
        Channel.SOCIAL: "Réseaux sociaux", Channel.SEARCH: "Recherche", Channel.ADS: "Publicité",
        Channel.STORE: "Magasin", Channel.PHONE: "Téléphone", Channel.CHAT: "Chat",
        Channel.WORD_OF_MOUTH: "Bouche-à-oreille", Channel.EVENT: "Événement",
        Channel.PRINT: "Imprimé", Channel.OTHER: "Autre",
    },
    "en": {
        Channel.WEB: "Website", Channel.MOBILE_APP: "Mobile app", Channel.EMAIL: "E-mail",
        Channel.SOCIAL: "Social media", Channel.SEARCH: "Search", Channel.ADS: "Ads",
        Channel.STORE: "Store", Channel.PHONE: "Phone", Channel.CHAT: "Chat",
        Channel.WORD_OF_MOUTH: "Word of mouth", Channel.EVENT: "Event",
        Channel.PRINT: "Print", Channel.OTHER: "Other",
    },
}

_WORDS = {
    "fr": {
        "online": "en ligne", "offline": "hors ligne", "completed": "terminent",
        "completion": "taux d'achèvement", "entered": "entrent", "current": "État actuel",
        "future": "État futur", "persona": "Persona", "personas": "Personas",
        "legend": "Légende", "interview": "Entretien", "focus_group": "Groupe de discussion",
        "survey": "Enquête", "web_analytics": "Analytique web", "crm": "CRM",
        "support_tickets": "Tickets de support", "workshop": "Atelier", "assumption": "Hypothèse non vérifiée",
        "critical": "Moment de vérité", "next": "Étape suivante", "back": "Retour en arrière",
        "skip": "Saut d'étape", "line_of_interaction": "Ligne d'interaction",
        "line_of_visibility": "Ligne de visibilité", "line_of_internal_interaction": "Ligne d'interaction interne",
    },
    "en": {
        "online": "online", "offline": "offline", "completed": "complete",
        "completion": "completion rate", "entered": "enter", "current": "Current state",
        "future": "Future state", "persona": "Persona", "personas": "Personas",
        "legend": "Legend", "interview": "Interview", "focus_group": "Focus group",
        "survey": "Survey", "web_analytics": "Web analytics", "crm": "CRM",
        "support_tickets": "Support tickets", "workshop": "Workshop", "assumption": "Unchecked assumption",
        "critical": "Moment of truth", "next": "Next step", "back": "Goes back",
        "skip": "Skips ahead", "line_of_interaction": "Line of interaction",
        "line_of_visibility": "Line of visibility", "line_of_internal_interaction": "Line of internal interaction",
    },
}

_JOURNEY_TYPES = {
    "fr": {
        JourneyType.PURCHASE: "Parcours d'achat", JourneyType.LEAD_GENERATION: "Génération de leads",
        JourneyType.ONBOARDING: "Intégration", JourneyType.ENGAGEMENT: "Engagement",
        JourneyType.LOYALTY: "Fidélisation", JourneyType.SUPPORT: "Support",
        JourneyType.CUSTOM: "Parcours",
    },
    "en": {
        JourneyType.PURCHASE: "Purchase journey", JourneyType.LEAD_GENERATION: "Lead generation",
        JourneyType.ONBOARDING: "Onboarding", JourneyType.ENGAGEMENT: "Engagement",
        JourneyType.LOYALTY: "Loyalty", JourneyType.SUPPORT: "Support",
        JourneyType.CUSTOM: "Journey",
    },
}


def _lang(language: str) -> str:
    return "fr" if language.lower().startswith("fr") else "en"


def channel_label(channel: Channel, language: str) -> str:
    return _CHANNELS[_lang(language)][channel]


def word(key: str, language: str) -> str:
    return _WORDS[_lang(language)][key]


def journey_type_label(journey_type: JourneyType, language: str) -> str:
    return _JOURNEY_TYPES[_lang(language)][journey_type]


def state_label(state: MapState, language: str) -> str:
    return word(state.value, language)


def format_count(value: int, language: str) -> str:
    """1 200 in French (narrow no-break space), 1,200 in English."""
    text = f"{value:,}"
    return text.replace(",", "\u202f") if _lang(language) == "fr" else text


def format_percent(rate: float, language: str) -> str:
    value = f"{rate * 100:.0f}"
    return f"{value}\u202f%" if _lang(language) == "fr" else f"{value}%"


def metric_texts(metrics: StageMetrics, language: str) -> tuple[str, str] | None:
    """A stage's funnel figures as the map and its slides show them: the value ("12 000 → 5 400",
    "800 entrent" or "45 %") and its caption ("45 % terminent", or empty); None without figures."""
    rate = metrics.rate()
    if metrics.entered is not None and metrics.completed is not None:
        value = f"{format_count(metrics.entered, language)} → {format_count(metrics.completed, language)}"
    elif metrics.entered is not None:
        value = f"{format_count(metrics.entered, language)} {word('entered', language)}"
    elif rate is not None:
        value = format_percent(rate, language)
    else:
        return None
    caption = f"{format_percent(rate, language)} {word('completed', language)}" if rate is not None else ""
    return value, caption
