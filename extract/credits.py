"""Bylines, photo credits, contributor lines and datelines: document metadata.

They name journalists, agencies and cities that report the news without
taking part in it, so their spans are kept out of the actor graph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Credit", "find_credits", "CREDIT_PATTERNS"]


@dataclass(frozen=True, slots=True)
class Credit:
    kind: str  # "photo", "contributors", "byline", "dateline", "transcript" or "signature"
    start: int
    end: int
    text: str


_AGENCY = (
    r"(?:Getty\s+Images|AP(?:\s+Photo)?|AFP|Reuters|Anadolu(?:\s+Agency)?|EPA(?:-EFE)?|Xinhua|"
    r"Bloomberg|Shutterstock|NurPhoto|SOPA\s+Images|Sipa|Alamy|Images)"
)

# news agencies that sign a dateline: "KABUL (AP) -", "BEIRUT, Lebanon (Reuters) -"
_WIRE = (
    r"(?:AP|AFP|Reuters|UPI|ABC\s+News|Xinhua|IANS|PTI|dpa|DPA|Anadolu|EFE|ANSA|Kyodo|Yonhap|Interfax|"
    r"TASS|ITAR-TASS|Bernama|KUNA|WAM|SPA|IRNA|APP|AA|CNN|BBC|Al\s+Jazeera)"
)
# transcript and wire-service furniture: "SOUNDBITE (English)", "UPSOUND", "SHOTLIST", "SLUG:"
_FURNITURE = r"(?:SOUNDBITES?|UPSOUND|NATSOUND|NATS|SHOTLIST|STORYLINE|VOICEOVER|SLUG|TRANSCRIPT|Transcript)"

# (kind, pattern): each pattern's group "span" (or the whole match) is the credit.
CREDIT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "(Hijrat Ali/Anadolu via Getty Images)", "(AP Photo/Rahmat Gul)", "(Photo: Jane Doe)"
    ("photo", re.compile(
        rf"\((?:[^()\n]{{0,80}}(?:/|\bvia\s+)[^()\n]{{0,60}}{_AGENCY}[^()\n]{{0,40}}"
        rf"|{_AGENCY}\s*(?:Photo)?\s*/[^()\n]{{1,60}}"
        rf"|(?:Photo|Image|Credit)s?\s*(?::|by)[^()\n]{{1,80}})\)",
        re.IGNORECASE)),
    # "ABC News' Habibullah Khan and Aleen Agha contributed to this report."
    ("contributors", re.compile(
        r"(?m)^[^\n]{0,200}?\b(?:contributed|contributing)\s+(?:to\s+)?(?:this\s+|the\s+)?"
        r"(?:report(?:ing)?|story|article)\b[^\n]*$")),
    # "Reporting by Jane Doe; Editing by John Roe"
    ("contributors", re.compile(
        r"(?m)^\s*\(?(?:Reporting|Writing|Editing|Additional reporting)\s+by\b[^\n]*$")),
    # "By Jane Doe" alone on a line
    ("byline", re.compile(r"(?m)^\s*By\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&)){0,6}\s*$")),
    # "(LONDON) --", "KABUL, Afghanistan (AP) —", "WASHINGTON (Reuters) -"
    ("dateline", re.compile(
        r"(?m)^\s*(?P<span>\(?[A-Z][A-Z .'’-]{1,30}\)?(?:,\s*[A-Z][A-Za-z .]{1,30})?"
        r"(?:\s*\((?:AP|AFP|Reuters|UPI|ABC News)\))?\s*(?:--|—|–|-)\s)")),
    # a wire dateline after a headline on the same line: "... talks collapse KABUL (AP) - "
    ("dateline", re.compile(
        rf"(?P<span>(?<![\w(])[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
        rf"\s*\({_WIRE}\)\s*(?:--|—|–|-)\s)")),
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
    """
    place = re.split(r"\s*(?:\(|--|—|–| - )", credit.text.strip().lstrip("("), maxsplit=1)[0]
    return place.strip(" ),")
