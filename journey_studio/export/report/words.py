"""Words the report prints, in the map's own language (like ``layout.labels`` does for the map)."""

from ...model import EvidenceSource

_WORDS = {
    "fr": {
        "goals": "Objectifs", "motivations": "Motivations", "frustrations": "Frustrations",
        "behaviours": "Comportements", "channels": "Canaux préférés", "sources": "Construit à partir de",
        "age": "{age} ans", "more": "+ {count} de plus", "personas": "Personas", "persona": "Persona",
        "scenario": "Scénario", "context": "Contexte", "company_goals": "Objectifs de l'entreprise",
        "market": "Marché", "expectations": "Attentes des clients", "map": "Carte du parcours",
        "stage_table": "Étape par étape", "stage": "Étape", "touchpoints": "Points de contact",
        "pain_points": "Irritants", "opportunities": "Opportunités", "evidence": "Sources",
        "none": "—", "continued": "(suite)",
        "part": "Carte, partie {index} sur {count} (ligne {row}, colonne {column})",
        "overview": "Vue d'ensemble : la carte est imprimée sur {count} pages ; les numéros renvoient aux pages.",
        "author": "Auteur : {author}", "verified": "vérifié le {date}", "cover": "Couverture",
        "map_title": "Carte", "verified_never": "jamais vérifié",
        "no_personas": "Aucun persona n'est associé à cette carte.",
        "insights": "Enseignements", "no_insights": "Rien à signaler : aucun point bas, aucun irritant sans opportunité.",
        "severity_high": "Priorité haute", "severity_medium": "À surveiller", "severity_low": "Pour information",
        "comments": "Commentaires", "anonymous": "Anonyme", "resolved": "résolu",
    },
    "en": {
        "goals": "Goals", "motivations": "Motivations", "frustrations": "Frustrations",
        "behaviours": "Behaviours", "channels": "Preferred channels", "sources": "Built from",
        "age": "{age} years old", "more": "+ {count} more", "personas": "Personas", "persona": "Persona",
        "scenario": "Scenario", "context": "Business context", "company_goals": "Company goals",
        "market": "Market", "expectations": "Customer expectations", "map": "Journey map",
        "stage_table": "Stage by stage", "stage": "Stage", "touchpoints": "Touchpoints",
        "pain_points": "Pain points", "opportunities": "Opportunities", "evidence": "Evidence",
        "none": "—", "continued": "(continued)", "part": "Map, part {index} of {count} (row {row}, column {column})",
        "overview": "Overview: the map is printed on {count} pages; the numbers refer to those pages.",
        "author": "Author: {author}", "verified": "verified {date}", "cover": "Cover",
        "map_title": "Map", "verified_never": "never verified", "no_personas": "No persona is linked to this map.",
        "insights": "Insights", "no_insights": "Nothing to report: no low point, no pain point without an opportunity.",
        "severity_high": "High priority", "severity_medium": "Worth a look", "severity_low": "For information",
        "comments": "Comments", "anonymous": "Anonymous", "resolved": "resolved",
    },
}

_SOURCES = {
    "fr": {
        EvidenceSource.INTERVIEW: "Entretiens", EvidenceSource.FOCUS_GROUP: "Groupe de discussion",
        EvidenceSource.SURVEY: "Enquête", EvidenceSource.WEB_ANALYTICS: "Analytique web",
        EvidenceSource.CRM: "CRM", EvidenceSource.SUPPORT_TICKETS: "Tickets du support",
        EvidenceSource.WORKSHOP: "Atelier", EvidenceSource.ASSUMPTION: "Hypothèse",
    },
    "en": {
        EvidenceSource.INTERVIEW: "Interviews", EvidenceSource.FOCUS_GROUP: "Focus group",
        EvidenceSource.SURVEY: "Survey", EvidenceSource.WEB_ANALYTICS: "Web analytics",
        EvidenceSource.CRM: "CRM", EvidenceSource.SUPPORT_TICKETS: "Support tickets",
        EvidenceSource.WORKSHOP: "Workshop", EvidenceSource.ASSUMPTION: "Assumption",
    },
}


def _lang(language: str) -> str:
    return "fr" if language.lower().startswith("fr") else "en"


def word(key: str, language: str, **values: object) -> str:
    text = _WORDS[_lang(language)][key]
    return text.format(**values) if values else text


def source_label(source: EvidenceSource, language: str) -> str:
    return _SOURCES[_lang(language)][source]


def labelled(key: str, language: str) -> str:
    """The word followed by a colon, French style (« Objectifs : ») or English (“Goals:”)."""
    return word(key, language) + ("\u00a0:" if _lang(language) == "fr" else ":")
