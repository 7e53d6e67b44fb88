"""The French checks every catalogue must pass: typography, and distinct words for a card and a map.

Used on the interface's catalogue (``tests/test_translations.py``) and on the map's words
(``tests/test_words.py``).
"""

import re

NO_BREAK = "\u00a0\u202f"
_PLACEHOLDERS = re.compile(r"\{[^{}]*\}")
_MARKUP = re.compile(r"<[^<>]*>")


def french_typography_problems(text: str) -> list[str]:
    """A no-break space before : ; ! ? and inside « », no English quotes, no plain space before %."""
    text = _MARKUP.sub("", _PLACEHOLDERS.sub("X", text)).replace(";;", "")  # ";;" separates file filters
    problems = []
    for match in re.finditer(r"[:;!?]", text):
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if match.group() == ":" and (before.isdigit() and after.isdigit() or after == "/"):
            continue  # 10:30, https://
        if before and before not in NO_BREAK and not (match.group() in "!?" and before in "!?"):
            problems.append(f"{match.group()!r} needs a no-break space before it")
    if re.search(f"«(?![{NO_BREAK}])", text) or re.search(f"(?<![{NO_BREAK}])»", text):
        problems.append("« » need no-break spaces inside")
    if re.search("[“”]", text):
        problems.append("English quotes “ ” in French")
    if re.search(r"[\dX] %", text):
        problems.append("a plain space before %")
    return problems


def card_and_map_problems(source: str, french: str) -> list[str]:
    """« fiche » is a card (or a « fiche persona »), « parcours » a map; « carte » only in « carte(s) de/du
    parcours », the document."""
    source, french = source.replace("&", ""), french.replace("&", "")
    problems = []
    if re.search(r"\bcartes?\b(?! d[eu] parcours| des parcours)", french, re.IGNORECASE):
        problems.append("« carte » alone: a card is « fiche », a map « parcours »")
    if re.search(r"\bcards?\b", source, re.IGNORECASE) and not re.search(r"\bfiches?\b", french, re.IGNORECASE):
        problems.append("a card is « fiche »")
    other_sheets = re.sub(r"\bfiches? personas?\b", "", french, flags=re.IGNORECASE)  # a persona sheet
    if re.search(r"\bfiches?\b", other_sheets, re.IGNORECASE) and not re.search(r"\bcards?\b", source, re.IGNORECASE):
        problems.append("« fiche » for something that is not a card")
    return problems
