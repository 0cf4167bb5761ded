"""Recognition patterns and normalisation lexicons for the temporal tagger.

Pure data: word lexicons, unit and calendar tables, and the ordered pattern
table that ``time.py`` compiles. Each pattern names the normaliser that
turns its match into a TIMEX3 value, so adding a rule never touches code.

Pattern strings use ``<NAME>`` placeholders that expand to the alternations
in ``MACROS``; a group named ``t`` (when present) is the span reported, so a
pattern may require context (a preposition, a following word) without
swallowing it.
"""

from __future__ import annotations

import re

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "VAGUE_QUANTITIES",
    "UNITS",
    "SEASONS",
    "PARTS_OF_DAY",
    "CLOCK_WORDS",
    "UTC_ZONES",
    "DAY_WORDS",
    "REF_WORDS",
    "SET_WORDS",
    "HOLIDAYS",
    "QUARTER_ORDINALS",
    "HALF_ORDINALS",
    "FUTURE_CUES",
    "FINITE_PAST_CUES",
    "TRIGGER_EXTRA",
    "PAST_CUES",
    "MACROS",
    "PATTERNS",
]

# Month names and the abbreviations newswire uses; short forms need the dot
# where the bare word is a common name or verb ("Mar", "Jun", "Jan").
MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11,
    "December": 12,
    "Jan.": 1, "Feb.": 2, "Feb": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7,
    "Aug.": 8, "Aug": 8, "Sept.": 9, "Sept": 9, "Sep.": 9, "Oct.": 10, "Oct": 10,
    "Nov.": 11, "Nov": 11, "Dec.": 12, "Dec": 12,
}

# ISO weekday numbers (Monday = 1), as TIMEX3 SET values use them.
WEEKDAYS: dict[str, int] = {
    "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5,
    "Saturday": 6, "Sunday": 7,
}

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}

# Quantities that name a number without fixing it; the value is None for "X".
VAGUE_QUANTITIES: dict[str, int | None] = {
    "a": 1, "an": 1, "one": 1, "a single": 1,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a pair of": 2,
    "a few": None, "few": None, "several": None, "some": None, "many": None,
    "a number of": None, "numerous": None, "a dozen": 12,
}

# unit word -> (ISO letter, time part?, multiplier); "X" code for vague counts
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "seconds": ("S", True, 1),
    "minute": ("M", True, 1), "minutes": ("M", True, 1),
    "hour": ("H", True, 1), "hours": ("H", True, 1),
    "day": ("D", False, 1), "days": ("D", False, 1),
    "night": ("D", False, 1), "nights": ("D", False, 1),
    "week": ("W", False, 1), "weeks": ("W", False, 1),
    "fortnight": ("D", False, 14), "fortnights": ("D", False, 14),
    "month": ("M", False, 1), "months": ("M", False, 1),
    "quarter": ("Q", False, 1), "quarters": ("Q", False, 1),
    "year": ("Y", False, 1), "years": ("Y", False, 1),
    "decade": ("Y", False, 10), "decades": ("Y", False, 10),
    "century": ("Y", False, 100), "centuries": ("C", False, 1),
    "millennium": ("Y", False, 1000), "millennia": ("L", False, 1),
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF",
    "midafternoon": "AF", "mid afternoon": "AF", "evening": "EV",
    "night": "NI", "overnight": "NI", "daytime": "DT",
}

# zones whose clock times are UTC, marked "Z" in TIMEX3 values
UTC_ZONES: frozenset[str] = frozenset({"gmt", "utc", "z"})

# clock words -> hour:minute
CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

# day words -> offset in days from the anchor
DAY_WORDS: dict[str, int] = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}

# phrase -> reference value; longest phrase wins in the alternation
REF_WORDS: dict[str, str] = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "these days": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "at this time": "PRESENT_REF",
    "at this point": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF",
    "the past": "PAST_REF", "formerly": "PAST_REF",
    "recent years": "PAST_REF", "past years": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the longer term": "FUTURE_REF", "the medium term": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "a later date": "FUTURE_REF",
    "coming months": "FUTURE_REF", "the coming months": "FUTURE_REF",
    "coming quarters": "FUTURE_REF", "future quarters": "FUTURE_REF",
}

# frequency words -> SET value
SET_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "biweekly": "P2W", "fortnightly": "P2W", "monthly": "P1M",
    "yearly": "P1Y", "annually": "P1Y",
    "biannually": "P6M", "semiannually": "P6M",
}

# holiday -> ("fixed", month, day) | ("nth", month, iso weekday, n) | ("easter", offset)
HOLIDAYS: dict[str, tuple] = {
    "new year's day": ("fixed", 1, 1), "new year's eve": ("fixed", 12, 31),
    "christmas": ("fixed", 12, 25), "christmas day": ("fixed", 12, 25),
    "christmas eve": ("fixed", 12, 24), "boxing day": ("fixed", 12, 26),
    "independence day": ("fixed", 7, 4), "halloween": ("fixed", 10, 31),
    "valentine's day": ("fixed", 2, 14), "veterans day": ("fixed", 11, 11),
    "may day": ("fixed", 5, 1), "bastille day": ("fixed", 7, 14),
    "thanksgiving": ("nth", 11, 4, 4), "thanksgiving day": ("nth", 11, 4, 4),
    "labor day": ("nth", 9, 1, 1), "memorial day": ("nth", 5, 1, -1),
    "martin luther king day": ("nth", 1, 1, 3),
    "election day": ("election",),
    "easter": ("easter", 0), "easter sunday": ("easter", 0),
    "good friday": ("easter", -2), "easter monday": ("easter", 1),
}

QUARTER_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
HALF_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "last": 2, "latter": 2}

# words before an expression, in its sentence, that put the clause in the
# future or past (for the cheap tense heuristic when no parser is at hand)
FUTURE_CUES: tuple[str, ...] = (
    "will", "would", "'ll", "shall", "to be", "scheduled", "set to",
    "plans to", "plan to", "planned", "planning", "is due", "are due", "due to",
    "expected to", "is expected", "are expected", "is set to", "are set to", "going to", "intends to",
    "intend to", "is to", "are to", "aims to", "hopes to", "upcoming",
    "as soon as", "as early as", "slated", "postponed until", "will be",
    "expects to", "expect to", "plans", "intends", "wants to", "seeks to",
    "promised to", "vowed to", "agreed to", "threatened to", "pledged to",
)
PAST_CUES: tuple[str, ...] = (
    "said", "says", "told", "announced", "reported", "was", "were", "had",
    "did", "has", "have", "last", "ago", "earlier", "began", "came", "went",
    "met", "held", "made", "took", "gave", "left", "led", "fled", "found",
    "read", "sent", "shot", "hit", "got", "saw", "won", "lost", "fell", "rose",
)
# words, beyond the lexicons above, that some pattern needs to fire
TRIGGER_EXTRA: tuple[str, ...] = (
    "ago", "period", "half", "time", "while", "ahead", "earlier", "later", "previously",
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
    "nineties", "tonight", "year", "qtr", "nineteen", "thousand", "someday",
)
# past forms that cannot be participles: they override an earlier future cue
FINITE_PAST_CUES: frozenset[str] = frozenset(
    {"said", "says", "told", "was", "were", "had", "did", "announced", "reported"}
)
# how many words back the tense heuristic looks
TENSE_WINDOW = 12


def _alt(words, *, cased: bool = False) -> str:
    """One regex alternation, longest first so a longer phrase wins."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return f"(?-i:{body})" if cased else f"(?:{body})"


_NUMWORD = _alt(NUMBER_WORDS)
_ONES = _alt([w for w, n in NUMBER_WORDS.items() if 0 < n < 10])
_TEENS = _alt([w for w, n in NUMBER_WORDS.items() if 10 <= n < 20])
_TENS = _alt([w for w, n in NUMBER_WORDS.items() if n in range(20, 100, 10)])
_ORDWORD = _alt(ORDINAL_WORDS)

MACROS: dict[str, str] = {
    "MONTH": _alt(MONTHS, cased=True),
    "WEEKDAY": _alt(WEEKDAYS, cased=True),
    "SEASON": _alt(SEASONS),
    "POD": _alt(PARTS_OF_DAY),
    "CLOCKWORD": _alt(CLOCK_WORDS),
    "UNIT": _alt(UNITS),
    # holidays are proper names: capitalised, any apostrophe, any spacing
    "HOLIDAY": "(?-i:" + "|".join(
        re.escape(" ".join(w[:1].upper() + w[1:] for w in h.split()))
        .replace("'", "['’]").replace(r"\ ", r"\s+")
        for h in sorted(HOLIDAYS, key=len, reverse=True)
    ) + ")",
    # calendar day: 1..31 with optional suffix, or an ordinal word up to 31st
    "DAYNUM": (
        r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
        r"|(?:twenty|thirty)[\s-]" + _ORDWORD + "|" + _ORDWORD + ")"
    ),
    "YEAR4": r"(?<![\d$£€.,])(?:1[0-9]\d\d|20\d\d)(?![\d,.]\d|\s*(?:%|percent))",
    "SPELLEDYEAR": (
        r"(?:nineteen[\s-]+(?:hundred(?:\s+and)?[\s-]+)?(?:" + _TENS + r"(?:[\s-]+" + _ONES
        + r")?|" + _TEENS + "|" + _ONES + r")|two[\s-]+thousand(?:(?:\s+and)?[\s-]+(?:"
        + _TENS + r"(?:[\s-]+" + _ONES + r")?|" + _TEENS + "|" + _ONES + r"))?)"
    ),
    "NUM": (
        # a year-like numeral ("1998 quarter") is never a count
        r"(?:a\s+(?=hundred|thousand|dozen))?(?:(?!(?:1[5-9]|20)\d\d(?!\d))\d+(?:\.\d+)?(?:\s+1/2|\s*½)?|"
        + _NUMWORD + r"(?:(?:[\s-]+|\s+and\s+)" + _NUMWORD
        + r")*(?:\s+and\s+(?:a|one)[\s-]+half)?)"
    ),
    "VAGUE": _alt(VAGUE_QUANTITIES),
    "ORD": r"(?:\d+(?:st|nd|rd|th)|" + _ORDWORD + ")",
    "QORD": _alt(QUARTER_ORDINALS),
    "SETWORD": _alt(SET_WORDS),
    "REF": _alt(REF_WORDS),
    # hedges TimeBank keeps inside a duration's span
    "DURMOD": (
        r"(?:nearly|almost|about|around|approximately|roughly|some|at\s+least|at\s+most"
        r"|more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|up\s+to|over|under"
        r"|just\s+over|just\s+under|well\s+over|barely|only|a\s+full|the\s+full)"
    ),
    # the first word of a hyphenated compound ("year-end", "summer-long") is no
    # expression of its own; a dash set off by spaces (" - ") is punctuation
    "NOCOMPOUND": r"(?!-\w)",
    # the day a clock time names after it: "15:00 GMT Saturday", "noon on Friday"
    "CLOCKDAY": r"(?:,?\s+(?:on\s+)?(?P<dw><WEEKDAY>|yesterday|today|tomorrow)\b)?",
    # a zone after a clock time; GMT and UTC give the TIMEX3 "Z"
    "ZONE": r"(?P<tz>[ECMP][SD]T|GMT|UTC|Z(?=\W)|local\s+time|local)",
    "EDGE": r"(?:early|earlier|late|later|mid-|mid|around|the\s+(?:beginning|start|end|middle|rest)\s+of)",
}

# (name, pattern, TIMEX3 type, normaliser name). Order breaks ties between
# candidates of equal length: earlier rows win.
PATTERNS: list[tuple[str, str, str, str]] = [
    # --- absolute calendar dates
    ("weekday_month_day",
     r"(?:(?P<rel>last|next|this\s+coming|this)\s+)?(?:(?P<wd><WEEKDAY>),?\s+)?(?:(?P<edge><EDGE>)(?:(?<=-)|\s+))?(?P<month><MONTH>)\s+(?P<day><DAYNUM>)"
     r"(?:(?:,\s*|\s+)(?:of\s+)?(?P<year><YEAR4>|<SPELLEDYEAR>))?\b",
     "DATE", "month_day"),
    ("day_month",
     r"(?:(?P<wd><WEEKDAY>),?\s+)?(?:the\s+)?(?P<day><DAYNUM>)\s+(?:of\s+)?(?P<month><MONTH>)"
     r"(?:,?\s+(?P<year><YEAR4>))?\b",
     "DATE", "month_day"),
    # the second day of "April 24 and 25"
    ("second_day",
     r"(?P<month><MONTH>)\s+<DAYNUM>\s*(?:and|or|to|through|-|–)\s*(?P<t>(?P<day>(?:[12]\d|3[01]|0?[1-9])"
     r"(?:st|nd|rd|th)?))(?!\d)(?:,?\s+(?P<year><YEAR4>))?",
     "DATE", "second_day"),
    # the first day of "9 to 11 March", which shares the second's month
    ("first_day_of_range",
     r"(?P<t>(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?))\s*(?:and|or|to|through|-|–)\s*"
     r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month><MONTH>)(?:,?\s+(?P<year><YEAR4>))?\b",
     "DATE", "month_day"),
    ("iso_date", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b",
     "DATE", "iso_date"),
    ("numeric_date", r"\b(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<year>(?:19|20)?\d\d)\b",
     "DATE", "iso_date"),
    ("month_year",
     r"(?:(?P<edge><EDGE>)(?:(?<=-)|\s+))?(?P<month><MONTH>)(?:\s+of)?,?\s+(?P<year><YEAR4>|<SPELLEDYEAR>)\b",
     "DATE", "month_year"),
    ("month_rel_year",
     r"(?:(?P<edge><EDGE>)(?:(?<=-)|\s+))?(?P<month><MONTH>)\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b",
     "DATE", "month_rel_year"),
    ("rel_month",
     r"(?:(?P<edge><EDGE>)(?:(?<=-)|\s+))?(?P<rel>last|this\s+past|this\s+coming|this|next|past|coming)\s+"
     r"(?P<month><MONTH>)(?!\w)",
     "DATE", "rel_month"),
    # a month on its own; "May" and "March" only where a date is meant
    ("month_alone",
     r"(?:(?P<edge><EDGE>)(?:(?<=-)|\s+))?(?P<month>(?-i:January|February|April|June|July|August|September"
     r"|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.))(?!\s*\d)\b",
     "DATE", "month_alone"),
    ("month_alone_ambiguous",
     r"(?:(?:\b(?:in|since|until|till|by|from|through|during|before|after|of|last|early|late|the)\s+)"
     r"|(?:mid-?))(?P<t>(?P<month>(?-i:May|March)))\b(?!\s+(?:be|have|not|also|well)\b)",
     "DATE", "month_alone"),
    ("year",
     r"(?:(?P<edge><EDGE>)(?:(?<=-)|\s+))?(?:(?P<fiscal>fiscal(?:\s+year)?|calendar|the\s+year|model\s+year)\s+)?"
     r"(?P<year><YEAR4>)(?:\s+(?P<orlater>or\s+later|and\s+beyond))?\b"
     r"(?!\s+(?:percent|people|shares|troops|soldiers|points|miles|yards|feet|meters|tons|votes)\b)",
     "DATE", "year"),
    ("spelled_year",
     r"(?:(?:the\s+)?year\s+)?(?P<year><SPELLEDYEAR>)\b", "DATE", "year"),
    ("post_year", r"\b(?:post|pre)-(?P<year><YEAR4>)\b", "DATE", "year"),
    ("decade",
     r"(?:the\s+)?(?:(?P<edge>early|late|mid-?|the\s+(?:end|beginning|middle)\s+of\s+the)\s*)?"
     r"(?P<dec>1[0-9]\d0|20\d0)['’]?s\b",
     "DATE", "decade"),
    ("decade_short",
     r"(?:the\s+)?(?:(?P<edge>early|late|mid-?)\s*)?['’](?P<dec2>\d0)s\b", "DATE", "decade"),
    ("decade_word",
     r"\bthe\s+(?:(?P<edge>early|late|mid-?)\s*)?(?P<decword>twenties|thirties|forties|fifties"
     r"|sixties|seventies|eighties|nineties)\b",
     "DATE", "decade"),
    ("century",
     r"(?:the\s+)?(?P<ord><ORD>)[\s-]+century\b(?!\s+(?:old|ago))", "DATE", "century"),
    # --- anchored on the publication date
    ("day_word",
     r"(?:(?P<edge>early|earlier|late|later)\s+)?(?P<dw>the\s+day\s+before\s+yesterday"
     r"|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow)(?:['’]s)?\b",
     "DATE", "day_word"),
    ("tonight", r"\b(?:(?P<edge>early|late|later)\s+)?tonight\b", "TIME", "tonight"),
    ("weekday",
     r"(?:(?P<rel>last|next|this\s+past|this\s+coming|this|the\s+previous|the\s+following"
     r"|the\s+next|coming|past|early|earlier|late|later|mid-?)\s+)?"
     r"(?P<wd><WEEKDAY>)(?:['’]s)?(?:\s+(?P<pod>morning|afternoon|evening|night))?\b(?!\s*,?\s*<MONTH>)",
     "DATE", "weekday"),
    ("pod_day",
     r"(?:(?P<edge>early|late|later|mid-|mid\s)\s*)?(?P<pod><POD>)[\s,]+(?:on\s+)?(?P<dw><WEEKDAY>"
     r"|yesterday|today|tomorrow)\b",
     "TIME", "pod_day"),
    ("day_pod",
     r"(?:(?P<edge>early|late|later)\s+)?(?P<dw>yesterday|tomorrow|this|last|that|the)\s+"
     r"(?P<pod>morning|afternoon|evening|night)\b(?<!the\snight)",
     "TIME", "day_pod"),
    # a part of the day with no day named: "by mid-afternoon", "in the early evening"
    ("edge_pod",
     r"(?P<edge>mid-?|early|late)\s*(?P<pod>morning|afternoon|evening)\b(?!-|\s+(?:of|on)\b)",
     "TIME", "part_of_day"),
    ("holiday",
     r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?P<hol><HOLIDAY>)\b"
     r"(?:,?\s+(?P<year><YEAR4>))?(?:\s+(?P<week>week(?:end)?))?",
     "DATE", "holiday"),
    ("rel_unit",
     r"(?:(?P<edge><EDGE>|sometime)(?:(?<=-)|\s+)(?:in\s+)?)?(?P<rel>last|next|this|the\s+past|the\s+last|the\s+previous"
     r"|the\s+coming|the\s+current|the\s+following|the\s+same|the\s+latest|the\s+next"
     r"|that|this\s+past|this\s+coming|the\s+prior|the\s+preceding|the\s+upcoming)\s+"
     r"(?P<fiscal>fiscal\s+|calendar\s+)?(?P<unit>week|weekend|month|year|decade|century|<SEASON>)\b"
     r"<NOCOMPOUND>(?:\s+or\s+so\b)?",
     "DATE", "rel_unit"),
    ("the_unit",
     r"(?:(?P<edge><EDGE>|sometime)(?:(?<=-)|\s+)(?:in\s+)?)?(?P<rel>the|this|its)\s+(?P<fiscal>full\s+|fiscal\s+|calendar\s+)?"
     r"(?P<unit>year|week|month|weekend|<SEASON>)\b<NOCOMPOUND>"
     r"(?:\s+(?:of\s+)?(?P<year><YEAR4>))?",
     "DATE", "the_unit"),
    ("season_year",
     r"(?:the\s+)?(?:(?P<edge>early|late|mid-?)\s*)?(?P<unit><SEASON>)\s+(?:of\s+)?(?P<year><YEAR4>|<SPELLEDYEAR>)\b",
     "DATE", "the_unit"),
    ("season_alone", r"(?:(?P<edge>early|late|mid-)\s*)?(?P<unit>(?-i:summer|winter|spring|autumn))\b<NOCOMPOUND>",
     "DATE", "the_unit"),
    ("edge_year_word",
     r"(?P<t>\b(?:year|year's)[\s-]end)\b", "DATE", "year_end"),
    ("ago",
     r"(?:(?P<mod><DURMOD>)\s+)?(?P<num><NUM>|<VAGUE>)\s+(?P<unit><UNIT>)\s+"
     r"(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence)\b(?!\s+than\b)",
     "DATE", "ago"),
    ("vague_ago", r"(?P<unit>years|months|weeks|days|decades)\s+(?P<dir>ago|earlier|later)\b",
     "DATE", "vague_ago"),
    ("year_ago_adj",
     r"(?:(?P<det>the|a|its)\s+)?(?:comparable\s+|corresponding\s+|same\s+)?year[- ](?P<dir>ago|earlier)"
     r"(?:\s+(?P<what>(?:(?:<QORD>)[- ](?:fiscal[- ])?)?quarter|period|nine\s+months|six\s+months"
     r"|half|quarter's))?\b",
     "DATE", "year_ago_adj"),
    ("period_last_year",
     r"\bthe\s+(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:a\s+year\s+ago|last\s+year"
     r"|of\s+last\s+year|in\s+\d{4})\b",
     "DATE", "year_ago_adj"),
    # a day named through an earlier date in the text
    ("anaphoric_day",
     r"(?:(?P<edge>earlier|later|early|late)\s+)?"
     r"(?P<rel>that|that\s+same|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+prior"
     r"|the\s+preceding)\s+(?P<unit>day|morning|afternoon|evening|night)\b",
     "DATE", "anaphoric_day"),
    # the day the story is at: "later in the day", "the day after the vote"
    ("story_day",
     r"\b(?:(?:later|earlier|late|early)\s+in|during|throughout|(?:at\s+)?the\s+(?:end|start|beginning|rest"
     r"|course)\s+of)\s+(?P<t>the\s+day)\b",
     "DATE", "story_day"),
    ("day_around",
     r"(?P<t>the\s+day)\s+(?P<dir>before|after)\s+(?=(?:the|his|her|its|their|a|an)\s)",
     "DATE", "story_day"),
    # "the day before", "the year before": one unit back or on from the date the story is at
    ("unit_around",
     r"(?P<t>the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after))"
     r"(?=\s*[,.;:)]|\s*$|\s+(?:and|but|when|while|as|had|was|were)\b)",
     "DATE", "unit_around"),
    # "that Friday" after a preposition or opening a sentence: the Friday of the week the story is at
    ("that_weekday",
     r"\b(?:on|by|until|till|from|since|before|after|through)\s+(?P<t>(?P<rel>that)\s+(?P<wd><WEEKDAY>))\b",
     "DATE", "weekday"),
    ("that_weekday_opening", r"(?-i:(?P<rel>That))\s+(?P<wd><WEEKDAY>)\b", "DATE", "weekday"),
    # the day before or after a named day: "the day before last Tuesday", "the day after Christmas"
    ("day_around_weekday",
     r"(?:the\s+)?day\s+(?P<dir>before|after)\s+(?:(?P<rel>last|next|this\s+past|this\s+coming|this)\s+)?"
     r"(?P<wd><WEEKDAY>)\b(?!\s*,?\s*<MONTH>)",
     "DATE", "day_around"),
    ("day_around_date",
     r"(?:the\s+)?day\s+(?P<dir>before|after)\s+(?:<WEEKDAY>,?\s+)?(?P<month><MONTH>)\s+(?P<day><DAYNUM>)"
     r"(?:,?\s+(?P<year><YEAR4>))?\b",
     "DATE", "day_around"),
    ("day_around_holiday",
     r"(?:the\s+)?day\s+(?P<dir>before|after)\s+(?:(?P<rel>last|next|this)\s+)?(?P<hol><HOLIDAY>)\b"
     r"(?:,?\s+(?P<year><YEAR4>))?",
     "DATE", "day_around"),
    ("week_of",
     r"(?:the\s+)?week\s+of\s+(?P<month><MONTH>)\s+(?P<day><DAYNUM>)(?:,?\s+(?P<year><YEAR4>))?\b",
     "DATE", "week_of"),
    # --- quarters and halves
    ("quarter",
     r"(?:(?P<det>the|its|this|last|next|that|a|their)\s+)?"
     r"(?:(?P<qyear><YEAR4>)['’]?s?\s+|(?P<qrel>this|last|next)\s+year['’]s\s+)?"
     r"(?:(?:fiscal|calendar|flat|weak|strong|disappointing|record)[\s-]+)*"
     r"(?P<qord><QORD>)[- ](?:fiscal[- ])?(?:quarter|qtr\.?)(?!s)"
     r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year><YEAR4>|this\s+year|last\s+year|next\s+year))?\b",
     "DATE", "quarter"),
    ("ref_quarter",
     r"(?:(?P<det>the|this|that|its|last|next|a)\s+)(?:(?P<qyear><YEAR4>)\s+)?(?:(?P<rel>latest|current|recent|most\s+recent"
     r"|previous|past|preceding|prior|same|just-ended|just\s+ended|final|coming|next|year's)\s+)?"
     r"(?:fiscal\s+)?(?P<unit>quarter|period)\b<NOCOMPOUND>(?!s)",
     "DATE", "ref_quarter"),
    ("half",
     r"(?:the\s+)?(?P<hord>first|second|last|latter)\s+half(?:\s+of\s+(?P<year><YEAR4>|the\s+year"
     r"|this\s+year|last\s+year|next\s+year))?\b",
     "DATE", "half"),
    ("nth_quarters",
     r"(?:(?P<mod><DURMOD>)\s+)?(?:the\s+)?first\s+(?:two|three)\s+quarters(?:\s+of\s+(?P<year><YEAR4>))?\b",
     "DATE", "half"),
    # --- the Nth day (of a conflict, a strike, a visit ...)
    ("ordinal_day",
     r"(?:the\s+)?(?P<ord><ORD>)\s+(?:straight\s+|consecutive\s+|full\s+)?day\b"
     r"(?!\s+of\s+<MONTH>|-)",
     "DATE", "ordinal_day"),
    ("ordinal_day_of_month",
     r"(?:the\s+)?(?P<day><ORD>)\s+day\s+of\s+(?P<month><MONTH>)(?:,?\s+(?P<year><YEAR4>))?\b",
     "DATE", "month_day"),
    # --- clock times
    ("clock",
     r"(?:(?P<mod>around|about|approximately|shortly\s+after|shortly\s+before|just\s+after"
     r"|just\s+before|at\s+about|at\s+around)\s+)?"
     r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[ap]m\b|o['’]clock)"
     r"(?:\s+<ZONE>)?"
     r"(?:,?\s+(?:on\s+)?(?:(?P<dw><WEEKDAY>|yesterday|today|tomorrow)\b)?"
     r"(?:(?(dw),?\s+|)(?P<month><MONTH>)\s+(?P<day><DAYNUM>)\b)?)?",
     "TIME", "clock"),
    ("clock_24", r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![:.]\d)(?:\s*<ZONE>)?\b(?!\s*[ap]\.?m)<CLOCKDAY>",
     "TIME", "clock"),
    # military and wire-service time: "1559 GMT", "0900 local time", "2300 hours"
    ("clock_hhmm", r"\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+(?:<ZONE>|hours|hrs)\b<CLOCKDAY>",
     "TIME", "clock"),
    ("clock_pod",
     r"(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s+in\s+the\s+(?P<pod>morning|afternoon|evening)\b",
     "TIME", "clock"),
    ("clock_word",
     r"(?:(?P<mod>around|about|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)?"
     r"(?<!high\s)(?P<cw><CLOCKWORD>)(?:\s+<ZONE>)?<CLOCKDAY>",
     "TIME", "clock"),
    # --- reference words
    ("ref", r"(?<![\w-])(?P<ref><REF>)\b(?!-)", "DATE", "ref"),
    # "will one day", "could someday": an unnamed time ahead, not a day's length
    ("modal_one_day", r"\b(?:will|would|could|might|may|can|shall|should)\s+(?P<t>(?:one|some)\s+day|someday)\b"
     r"(?!\s+(?:of|after|before|later|earlier|ago|in|at|and|or)\b)",
     "DATE", "future_ref"),
    # --- durations
    ("duration",
     r"(?:(?P<mod>(?!over\s+the\b)<DURMOD>)\s+)?(?:(?P<det>the|those|these|each\s+of\s+the)\s+)?"
     r"(?:(?P<rel>first|last|past|next|previous|coming|following|latest|final|remaining|initial"
     r"|additional|further|same|year-earlier|year-ago|other)\s+)?"
     r"(?:(?P<num0><NUM>)\s+or\s+|(?P<lo><NUM>)\s+to\s+)?(?P<num><NUM>|<VAGUE>)(?:\s+(?:more|additional|full|straight|consecutive|trading|business"
     r"|working|calendar|long|short))?(?:\s+|-)(?P<unit><UNIT>)\b"
     r"(?!-old|\s+old\b|-olds)(?:\s+(?P<orso>or\s+so|or\s+more))?(?<!a\ssecond)(?<!a\squarter)",
     "DURATION", "duration"),
    ("duration_adj", r"(?P<unit>day|week|month|year|decade|hour)s?-long\b", "DURATION", "duration_adj"),
    ("duration_half",
     r"(?:(?P<mod><DURMOD>)\s+)?(?P<half>a|an|one)\s+(?P<unit><UNIT>)\s+and\s+a\s+half\b",
     "DURATION", "duration_half"),
    ("half_unit", r"\b(?:a\s+)?half\s+(?:an?\s+)?(?P<unit>hour|day|year|century|decade)\b",
     "DURATION", "half_unit"),
    ("vague_duration",
     r"(?:(?P<det>the|recent|coming|the\s+coming|the\s+past|the\s+last|the\s+next"
     r"|the\s+early|the\s+first)\s+)?(?P<unit>years|months|weeks|days|hours|minutes|decades"
     r"|centuries|quarters)\b(?!\s+(?:old|ago)\b)(?!-)(?:\s+ahead\b)?",
     "DURATION", "vague_duration"),
    ("some_time", r"\b(?P<what>some\s+time|a\s+while|a\s+long\s+time|a\s+short\s+time)\b",
     "DURATION", "some_time"),
    # --- sets
    ("set_word", r"\b(?P<sw><SETWORD>)\b", "SET", "set_word"),
    ("set_every",
     r"\b(?P<every>every|each|per)\s+(?:(?P<num><NUM>|other)\s+)?(?P<unit>day|night|week|month"
     r"|quarter|year|hour|minute|decade|<WEEKDAY>|<MONTH>|<SEASON>|morning|evening|weekend)\b",
     "SET", "set_every"),
    ("set_weekdays", r"(?-i:(?P<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))"
     r"(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?\b",
     "SET", "set_weekdays"),
    ("set_weekday_pods", r"(?P<wd><WEEKDAY>)\s+(?P<pod>mornings|afternoons|evenings|nights)\b",
     "SET", "set_weekdays"),
    ("set_times", r"\b(?:once|twice|three\s+times|\w+\s+times)\s+(?P<t>(?:a|an|per|each)\s+(?P<unit>day"
     r"|week|month|year|hour|minute))\b",
     "SET", "set_every"),
]
