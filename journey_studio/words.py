"""Every word Journey Studio writes into a map or an export, in the map's own language: one catalogue.

Map content is not interface: a French map exported from an English interface still says
« Magasin », so these words follow the map's language (``metadata.language``), never Qt's
translator (interface strings go through ``tr()`` and ``resources/translations``). They used to
live in seven dictionaries (the map's labels, the PDF report, the comparison picture, the Mermaid
import, future-state titles, insights, a header's persona line) that disagreed: a colon after a
no-break space in one and a plain space in another, « Entretiens » here and « Entretien » there.

French typography, as everywhere in the product: a no-break space (U+00A0) before ``:`` ``;``
``!`` ``?`` and inside « », a narrow no-break space (U+202F) between thousands and before ``%``.
Use :func:`labelled`, :func:`label_value` and :func:`quote` rather than writing a colon or quotes.
Vocabulary: a card is a « fiche », a map a « parcours » (« carte du parcours » for the document).
"""

from collections.abc import Iterator

from .model import Channel, EvidenceSource, JourneyType, LaneKind, MapState

FRENCH, ENGLISH = "fr", "en"
NBSP = "\u00a0"
"""Before : ; ! ? and inside « » in French."""
NNBSP = "\u202f"
"""Between thousands (1 200) and before % in French."""

Pair = tuple[str, str]
"""(French, English)."""

WORDS: dict[str, Pair] = {
    # -- on the map -------------------------------------------------------------------------
    "online": ("en ligne", "online"),
    "offline": ("hors ligne", "offline"),
    "completed": ("terminent", "complete"),
    "completion": ("taux d'achèvement", "completion rate"),
    "entered": ("entrent", "enter"),
    "current": ("État actuel", "Current state"),
    "future": ("État futur", "Future state"),
    "persona": ("Persona", "Persona"),
    "personas": ("Personas", "Personas"),
    "legend": ("Légende", "Legend"),
    "critical": ("Moment de vérité", "Moment of truth"),
    "next": ("Étape suivante", "Next step"),
    "back": ("Retour en arrière", "Goes back"),
    "skip": ("Saut d'étape", "Skips ahead"),
    "line_of_interaction": ("Ligne d'interaction", "Line of interaction"),
    "line_of_visibility": ("Ligne de visibilité", "Line of visibility"),
    "line_of_internal_interaction": ("Ligne d'interaction interne", "Line of internal interaction"),
    # -- what a new item is called ----------------------------------------------------------
    "new_card": ("Nouvelle fiche", "New card"),
    "new_stage": ("Nouvelle étape", "New stage"),
    "new_lane": ("Nouveau couloir", "New lane"),
    "new_map": ("Nouveau parcours", "New journey"),
    "first_stage": ("Étape 1", "Stage 1"),
    "new_persona": ("Nouveau persona", "New persona"),
    "future_title": ("{title} (état futur)", "{title} (future state)"),
    # -- where a slide sits in the map ------------------------------------------------------
    "locator_stage": ("Étape {a} sur {n}", "Stage {a} of {n}"),
    "locator_stages": ("Étapes {a}–{b} sur {n}", "Stages {a}–{b} of {n}"),
    "locator_lane": ("couloir {a} sur {n}", "lane {a} of {n}"),
    "locator_lanes": ("couloirs {a}–{b} sur {n}", "lanes {a}–{b} of {n}"),
    "locator_slide": ("diapositive {i}/{t}", "slide {i}/{t}"),
    # -- the PDF report and the deck --------------------------------------------------------
    "goals": ("Objectifs", "Goals"),
    "motivations": ("Motivations", "Motivations"),
    "frustrations": ("Frustrations", "Frustrations"),
    "behaviours": ("Comportements", "Behaviours"),
    "channels": ("Canaux préférés", "Preferred channels"),
    "sources": ("Construit à partir de", "Built from"),
    "age": ("{age} ans", "{age} years old"),
    "more": ("+ {count} de plus", "+ {count} more"),
    "scenario": ("Scénario", "Scenario"),
    "context": ("Contexte", "Business context"),
    "company_goals": ("Objectifs de l'entreprise", "Company goals"),
    "market": ("Marché", "Market"),
    "expectations": ("Attentes des clients", "Customer expectations"),
    "map": ("Carte du parcours", "Journey map"),
    "map_title": ("Carte du parcours", "Journey map"),
    "stage_table": ("Étape par étape", "Stage by stage"),
    "stage": ("Étape", "Stage"),
    "touchpoints": ("Points de contact", "Touchpoints"),
    "pain_points": ("Irritants", "Pain points"),
    "opportunities": ("Opportunités", "Opportunities"),
    "evidence": ("Preuves", "Evidence"),
    "none": ("—", "—"),
    "continued": ("(suite)", "(continued)"),
    "part": ("Carte du parcours, partie {index} sur {count} (ligne {row}, colonne {column})",
             "Journey map, part {index} of {count} (row {row}, column {column})"),
    "overview": (f"Vue d'ensemble{NBSP}: la carte du parcours est imprimée sur {{count}} pages{NBSP}; "
                 "les numéros renvoient aux pages.",
                 "Overview: the map is printed on {count} pages; the numbers refer to those pages."),
    "author": (f"Auteur{NBSP}: {{author}}", "Author: {author}"),
    "verified": ("vérifié le {date}", "verified {date}"),
    "verified_never": ("jamais vérifié", "never verified"),
    "cover": ("Couverture", "Cover"),
    "no_personas": ("Aucun persona n'est associé à ce parcours.", "No persona is linked to this map."),
    "insights": ("Enseignements", "Insights"),
    "no_insights": (f"Rien à signaler{NBSP}: aucun point bas, aucun irritant sans opportunité.",
                    "Nothing to report: no low point, no pain point without an opportunity."),
    "severity_high": ("Priorité haute", "High priority"),
    "severity_medium": ("À surveiller", "Worth a look"),
    "severity_low": ("Pour information", "For information"),
    "comments": ("Commentaires", "Comments"),
    "anonymous": ("Anonyme", "Anonymous"),
    "resolved": ("résolu", "resolved"),
    # -- the before/after comparison picture ------------------------------------------------
    "compare_added": ("Ajoutées", "Added"),
    "compare_removed": ("Retirées", "Removed"),
    "compare_changed": ("Modifiées", "Changed"),
    "compare_same": ("Aucune différence entre les deux parcours.", "No difference between the two maps."),
    "field_title": ("titre", "title"),
    "field_body": ("texte", "text"),
    "field_stage": ("étape", "stage"),
    "field_lane": ("couloir", "lane"),
    "field_channel": ("canal", "channel"),
    "field_online": ("en ligne", "online"),
    "field_owner": ("responsable", "owner"),
    "field_emotion": ("émotion", "emotion"),
    "field_critical": ("moment de vérité", "moment of truth"),
    "field_tags": ("étiquettes", "tags"),
    "field_colour": ("couleur", "colour"),
    "yes": ("oui", "yes"),
    "no": ("non", "no"),
    # -- a map made from a Mermaid journey --------------------------------------------------
    "mermaid_untitled": ("Parcours importé", "Imported journey"),
    "mermaid_no_section": ("Sans section", "No section"),
    "mermaid_persona_role": ("Acteur d'un diagramme Mermaid", "Actor in a Mermaid diagram"),
    # -- insights (the panel, the report, the command line) ---------------------------------
    "insight_point": ("un point", "a point"),
    "insight_curve": ("la courbe", "the curve"),
    "insight_persona_curve": ("la courbe de {name}", "{name}'s curve"),
    "insight_moment_of_truth": (
        f"Moment de vérité{NBSP}: {{point}} ({{stage}}) est le point le plus bas de {{curve}}, à {{score}}.",
        "Moment of truth: {point} ({stage}) is the lowest point of {curve}, at {score}."),
    "insight_span_one_stage": ("de {first} à {last} ({stage})", "from {first} to {last} ({stage})"),
    "insight_span": ("de {first} ({first_stage}) à {last} ({last_stage})",
                     "from {first} ({first_stage}) to {last} ({last_stage})"),
    "insight_negative_streak": (
        f"Série négative{NBSP}: {{count}} points d'affilée sous la neutralité sur {{curve}}, {{span}}.",
        "Negative streak: {count} points in a row below neutral on {curve}, {span}."),
    "insight_no_touchpoint": (
        f"Aucun point de contact à l'étape {{stage}}{NBSP}: où le client vous y rencontre-t-il{NBSP}?",
        "No touchpoint in the {stage} stage: where does the customer meet you there?"),
    "insight_channel": ("canal", "channel"),
    "insight_channels": ("canaux", "channels"),
    "insight_channel_mix": (
        f"{{stage}}{NBSP}: {{count}} {{noun}} ({{online}} en ligne, {{offline}} hors ligne) — {{names}}.",
        "{stage}: {count} {noun} ({online} online, {offline} offline) — {names}."),
    "insight_pain_point": ("irritant", "pain point"),
    "insight_pain_points": ("irritants", "pain points"),
    "insight_pains_without_opportunity": (
        f"{{count}} {{noun}} sans opportunité à l'étape {{stage}}{NBSP}: {{listed}}.",
        "{count} {noun} with no opportunity in the {stage} stage: {listed}."),
    "insight_no_owner": (
        f"L'opportunité {{title}} ({{stage}}) n'a pas de responsable{NBSP}: qui la porte{NBSP}?",
        "The opportunity {title} ({stage}) has no owner: who will take it on?"),
    "insight_biggest_drop": (
        f"Plus forte perte du tunnel{NBSP}: {{percent}} des clients entrés en {{before}} "
        "n'atteignent pas {after}{figures}.",
        "Biggest funnel drop: {percent} of the customers who enter {before} do not reach {after}{figures}."),
}

CHANNELS: dict[Channel, Pair] = {
    Channel.WEB: ("Site web", "Website"), Channel.MOBILE_APP: ("Appli mobile", "Mobile app"),
    Channel.EMAIL: ("E-mail", "E-mail"), Channel.SOCIAL: ("Réseaux sociaux", "Social media"),
    Channel.SEARCH: ("Recherche", "Search"), Channel.ADS: ("Publicité", "Ads"),
    Channel.STORE: ("Magasin", "Store"), Channel.PHONE: ("Téléphone", "Phone"), Channel.CHAT: ("Chat", "Chat"),
    Channel.WORD_OF_MOUTH: ("Bouche-à-oreille", "Word of mouth"), Channel.EVENT: ("Événement", "Event"),
    Channel.PRINT: ("Imprimé", "Print"), Channel.OTHER: ("Autre", "Other"),
}

JOURNEY_TYPES: dict[JourneyType, Pair] = {
    JourneyType.PURCHASE: ("Parcours d'achat", "Purchase journey"),
    JourneyType.LEAD_GENERATION: ("Génération de leads", "Lead generation"),
    JourneyType.ONBOARDING: ("Intégration", "Onboarding"), JourneyType.ENGAGEMENT: ("Engagement", "Engagement"),
    JourneyType.LOYALTY: ("Fidélisation", "Loyalty"), JourneyType.SUPPORT: ("Support", "Support"),
    JourneyType.CUSTOM: ("Parcours", "Journey"),
}

EVIDENCE_SOURCES: dict[EvidenceSource, Pair] = {
    EvidenceSource.INTERVIEW: ("Entretien", "Interview"),
    EvidenceSource.FOCUS_GROUP: ("Groupe de discussion", "Focus group"),
    EvidenceSource.SURVEY: ("Enquête", "Survey"),
    EvidenceSource.WEB_ANALYTICS: ("Analytique web", "Web analytics"),
    EvidenceSource.CRM: ("CRM", "CRM"),
    EvidenceSource.SUPPORT_TICKETS: ("Tickets de support", "Support tickets"),
    EvidenceSource.WORKSHOP: ("Atelier", "Workshop"),
    EvidenceSource.ASSUMPTION: ("Hypothèse non vérifiée", "Unchecked assumption"),
}
"""One name per source, for the legend, the report's evidence column and everything else."""

LANE_KINDS: dict[LaneKind, Pair] = {
    LaneKind.ACTIONS: ("Actions", "Actions"), LaneKind.TOUCHPOINTS: ("Points de contact", "Touchpoints"),
    LaneKind.THOUGHTS: ("Pensées", "Thoughts"), LaneKind.EMOTIONS: ("Émotions", "Emotions"),
    LaneKind.PAIN_POINTS: ("Irritants", "Pain points"), LaneKind.NEEDS: ("Besoins", "Needs"),
    LaneKind.OPPORTUNITIES: ("Opportunités", "Opportunities"), LaneKind.BACKSTAGE: ("Coulisses", "Backstage"),
    LaneKind.METRICS: ("Indicateurs", "Metrics"), LaneKind.TEXT: ("Texte", "Text"),
    LaneKind.IMAGES: ("Images", "Images"),
}
"""A lane's title when the map names it after its kind (a new lane, an imported one)."""


def language_of(language: str) -> str:
    """"fr" for any French ("fr", "fr-CA"), else "en": the two languages maps are written in."""
    return FRENCH if language.lower().startswith(FRENCH) else ENGLISH


def _pick(pair: Pair, language: str) -> str:
    return pair[0] if language_of(language) == FRENCH else pair[1]


def office_language(language: str) -> str:
    """The language tag an office suite checks a map's text against: a French deck is spell-checked in French."""
    return _pick(("fr-FR", "en-GB"), language)


def word(key: str, language: str, **values: object) -> str:
    """The word ``key`` in ``language``, with ``{placeholders}`` filled from ``values``."""
    text = _pick(WORDS[key], language)
    return text.format(**values) if values else text


def channel_label(channel: Channel, language: str) -> str:
    return _pick(CHANNELS[channel], language)


def journey_type_label(journey_type: JourneyType, language: str) -> str:
    return _pick(JOURNEY_TYPES[journey_type], language)


def state_label(state: MapState, language: str) -> str:
    return word(state.value, language)


def source_label(source: EvidenceSource, language: str) -> str:
    return _pick(EVIDENCE_SOURCES[source], language)


def lane_kind_label(kind: LaneKind, language: str) -> str:
    return _pick(LANE_KINDS[kind], language)


# -- typography ---------------------------------------------------------------------------------


def labelled(text: str, language: str) -> str:
    """``text`` followed by a colon: « Objectifs\u00a0: » in French, “Goals:” in English."""
    return f"{text}{NBSP}:" if language_of(language) == FRENCH else f"{text}:"


def label_value(label: str, value: str, language: str) -> str:
    """« canal\u00a0: Magasin », “channel: Store”."""
    return f"{labelled(label, language)} {value}"


def quote(text: str, language: str) -> str:
    """« texte » with no-break spaces in French, “text” in English."""
    return f"«{NBSP}{text}{NBSP}»" if language_of(language) == FRENCH else f"“{text}”"


def format_count(value: int, language: str) -> str:
    """1 200 in French (narrow no-break space), 1,200 in English."""
    text = f"{value:,}"
    return text.replace(",", NNBSP) if language_of(language) == FRENCH else text


def format_percent(rate: float, language: str) -> str:
    value = f"{rate * 100:.0f}"
    return f"{value}{NNBSP}%" if language_of(language) == FRENCH else f"{value}%"


def format_score(score: float, language: str) -> str:
    """An emotion score with a true minus sign, and a decimal comma in French."""
    text = f"{score:g}".replace("-", "\u2212")
    return text.replace(".", ",") if language_of(language) == FRENCH else text


def entries() -> Iterator[tuple[str, str, str]]:
    """(name, French, English) of every entry of the catalogue, for checks."""
    for key, (french, english) in WORDS.items():
        yield key, french, english
    for table in (CHANNELS, JOURNEY_TYPES, EVIDENCE_SOURCES, LANE_KINDS):
        for member, (french, english) in table.items():
            yield f"{type(member).__name__}.{member.name}", french, english
