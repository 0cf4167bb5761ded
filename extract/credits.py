"""Bylines, photo credits, contributor lines and datelines: document metadata.

They name journalists, agencies and cities that report the news without
taking part in it, so their spans are kept out of the actor graph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import pattern_list

__all__ = ["Credit", "find_credits", "CREDIT_PATTERNS"]


@dataclass(frozen=True, slots=True)
class Credit:
    kind: str  # "photo", "contributors", "byline", "dateline", "transcript" or "signature"
    start: int
    end: int
    text: str


# photo agencies, news agencies that sign a dateline, transcript furniture (lexicons/patterns.tsv)
_AGENCY = pattern_list("photo_agency")
_WIRE = pattern_list("wire")
_FURNITURE = pattern_list("furniture")
# a dateline's date ("KABUL, March 14 (Reuters) -") and the calendar words a byline never starts with
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = rf"(?:,\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
_CALENDAR = rf"(?:{_MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Tomorrow|Tonight|Then|Now)"

# (kind, pattern): each pattern's group "span" (or the whole match) is the credit.
CREDIT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "(Hijrat Ali/Anadolu via Getty Images)", "(AP Photo/Rahmat Gul)", "(Photo: Jane Doe)"
    ("photo", re.compile(
        rf"\((?:[^()\n]{{0,80}}(?:/|\bvia\s+)[^()\n]{{0,60}}{_AGENCY}[^()\n]{{0,40}}"
        rf"|{_AGENCY}\s*(?:Photo)?\s*/[^()\n]{{1,60}}"
        rf"|(?:Photo|Image|Credit)s?\s*(?::|by)[^()\n]{{1,80}})\)",
        re.IGNORECASE)),
    # a credit line of its own or ending a caption: "Photo: AP / Jane Doe", "... the border. Photograph: Jane Doe/AFP"
    ("photo", re.compile(
        r"(?m)(?:^|(?<=[.!?”\"]\s))[ \t]*(?:Photo(?:graph)?|Picture|Image)s?(?:\s+credit)?\s*(?::|\bby\b)"
        r"[ \t]*[A-Z][^\n]{0,100}$")),
    # "ABC News' Habibullah Khan and Aleen Agha contributed to this report."
    ("contributors", re.compile(
        r"(?m)^[^\n]{0,200}?\b(?:contributed|contributing)\s+(?:to\s+)?(?:this\s+|the\s+)?"
        r"(?:report(?:ing)?|story|article)\b[^\n]*$")),
    # "Reporting by Jane Doe; Editing by John Roe"
    ("contributors", re.compile(
        r"(?m)^\s*\(?(?:Reporting|Writing|Editing|Additional reporting)\s+by\b[^\n]*$")),
    # "By Jane Doe" alone on a line, with an affiliation after a comma or a bar in capitalised words:
    # "By Jane Doe, Reuters", "By Jane Doe and Tom Roe | BBC News, Nairobi" (not "By Friday, the army ...")
    ("byline", re.compile(
        rf"(?m)^\s*By\s+(?!{_CALENDAR}\b)[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&)){{0,6}}"
        r"(?:\s*[,|]\s*[A-Z][\w.'’&-]*(?:[ ,]+(?:[A-Z][\w.'’&-]*|of|and))*)?\s*$")),
    # "(LONDON) --", "KABUL, Afghanistan (AP) —", "WASHINGTON (Reuters) -"
    ("dateline", re.compile(
        rf"(?m)^\s*(?P<span>\(?[A-Z][A-Z .'’-]{{1,30}}\)?(?:,\s*[A-Z][A-Za-z .]{{1,30}})?{_DATE}?"
        rf"(?:\s*\({_WIRE}\))?\s*(?:--|—|–|-)\s)")),
    # a wire dateline after a headline on the same line: "... talks collapse KABUL (AP) - "
    ("dateline", re.compile(
        rf"(?P<span>(?<![\w(])[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
        rf"{_DATE}?\s*\({_WIRE}\)\s*(?:--|—|–|-)\s)")),
    # "SOUNDBITE (English) ", "UPSOUND: ", "SLUG: " and the like
    ("transcript", re.compile(rf"\b{_FURNITURE}\b(?:\s*\([^()\n]{{1,30}}\))?:?")),
    # a signature line closing the text: "-- Ana Ruiz", "— Ana Ruiz, Nairobi"
    ("signature", re.compile(r"(?m)^\s*(?:--|—|–)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}(?:,[^\n]{0,40})?\s*$")),
)


def find_credits(text: str) -> list[Credit]:
    """Every credit span in a document's body, in text order.

    >>> [(c.kind, c.text) for c in find_credits("Crowds gather (Jane Roe/AFP via Getty Images)")]
    [('photo', '(Jane Roe/AFP via Getty Images)')]
    >>> [(c.kind, c.text) for c in find_credits("(LONDON) -- Tensions remain high.")]
    [('dateline', '(LONDON) -- ')]
    >>> [c.kind for c in find_credits("Tensions rose.\\n\\nNBC's Ann Lee contributed to this report.")]
    ['contributors']
    """
    found: list[Credit] = []
    for kind, pattern in CREDIT_PATTERNS:
        for match in pattern.finditer(text):
            group = "span" if "span" in pattern.groupindex else 0
            start, end = match.span(group)
            found.append(Credit(kind, start, end, text[start:end]))
    found.sort(key=lambda c: (c.start, -c.end))
    kept: list[Credit] = []
    for credit in found:
        if kept and credit.start < kept[-1].end:
            continue
        kept.append(credit)
    return kept


def dateline_place(credit: Credit) -> str:
    """The place a dateline names.

    >>> dateline_place(Credit("dateline", 0, 12, "(LONDON) -- "))
    'LONDON'
    >>> dateline_place(Credit("dateline", 0, 31, "GOMA, Congo, March 9 (Reuters) - "))
    'GOMA, Congo'
    """
    place = re.split(r"\s*(?:\(|--|—|–| - )", credit.text.strip().lstrip("("), maxsplit=1)[0]
    return re.sub(rf"{_DATE}$", "", place.strip(" ),")).strip(" ,")
