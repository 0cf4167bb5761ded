"""The word tables of the temporal tagger and the macros its patterns use.

Pure data: word lexicons, unit and calendar tables, and ``MACROS``, the
alternations a ``<NAME>`` placeholder in a pattern of ``patterns`` expands to.
"""

from __future__ import annotations

import re

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "CALENDAR_NAMES",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "VAGUE_QUANTITIES",
    "UNITS",
    "SEASONS",
    "PARTS_OF_DAY",
    "CLOCK_WORDS",
    "UTC_ZONES",
    "ZONE_NAMES",
    "DAY_WORDS",
    "REF_WORDS",
    "SET_WORDS",
    "HOLIDAYS",
    "HIJRI_HOLIDAYS",
    "joins_a_range",
    "HOLIDAY_THINGS",
    "QUARTER_ORDINALS",
    "LASTING_STATES",
    "HALF_ORDINALS",
    "FUTURE_CUES",
    "FINITE_PAST_CUES",
    "TRIGGER_EXTRA",
    "PAST_CUES",
    "MODALS",
    "VERB_MARKERS",
    "MACROS",
]

# Month names and the abbreviations newswire uses. A bare short form that is also a
# common name or word ("Jan", "Mar") names a month only before a day or a year ("Jan 5",
# "Mar 2007"): alone, only the dotted form is a month (see ``month_alone``).
MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11,
    "December": 12,
    "Jan.": 1, "Jan": 1, "Feb.": 2, "Feb": 2, "Mar.": 3, "Mar": 3, "Apr.": 4, "Apr": 4, "Jun.": 6, "Jun": 6,
    "Jul.": 7, "Jul": 7, "Aug.": 8, "Aug": 8, "Sept.": 9, "Sept": 9, "Sep.": 9, "Sep": 9, "Oct.": 10, "Oct": 10,
    "Nov.": 11, "Nov": 11, "Dec.": 12, "Dec": 12,
}

# ISO weekday numbers (Monday = 1), as TIMEX3 SET values use them.
WEEKDAYS: dict[str, int] = {
    "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5,
    "Saturday": 6, "Sunday": 7,
}

# a regex alternation of the weekday and month names as written ("Monday", "Sept."), case as given
CALENDAR_NAMES = "|".join([*WEEKDAYS, *MONTHS]).replace(".", r"\.")

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
    "a": 1, "an": 1, "one": 1, "a single": 1, "another": 1,
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
    "fortnight": ("W", False, 2), "fortnights": ("W", False, 2),
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

# the abbreviations of other zones a clock time is given in, written in capitals:
# North America's, Europe's, Asia's, the Gulf's, Africa's and Oceania's
ZONE_NAMES: tuple[str, ...] = (
    "EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT", "AKST", "AKDT", "HST",
    "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK",
    "IST", "PKT", "AFT", "JST", "KST", "HKT", "SGT", "ICT", "WIB", "PHT", "IRST", "AST", "GST",
    "SAST", "WAT", "EAT", "CAT", "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT",
)

# states of affairs whose age a compound in -old gives ("the 8-month-old truce", "a years-old
# slump"): a length of time; a person's or an institution's age ("a 6-year-old boy", "the
# 50-year-old alliance") is none
LASTING_STATES: tuple[str, ...] = (
    "truce", "ceasefire", "cease-fire", "conflict", "war", "insurgency", "rebellion", "uprising", "revolt",
    "slump", "recession", "downturn", "boom", "rally", "dispute", "row", "feud", "crisis", "standoff",
    "stand-off", "stalemate", "deadlock", "impasse", "siege", "strike", "boycott", "blockade", "occupation",
    "embargo", "moratorium", "ban", "campaign", "offensive", "protest", "protests", "talks", "negotiations",
    "freeze", "drought", "famine", "epidemic", "shutdown", "lockout", "curfew",
)

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
    # a time gone by that no count measures: a point, not a length
    "a while ago": "PAST_REF", "a little while ago": "PAST_REF", "a short while ago": "PAST_REF",
    "some time ago": "PAST_REF", "a long time ago": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the immediate future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
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
    "new year's day": ("fixed", 1, 1), "new year's eve": ("fixed", 12, 31), "new year": ("fixed", 1, 1),
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
    # the Persian new year, kept on the equinox's usual day
    "nowruz": ("fixed", 3, 21), "navroz": ("fixed", 3, 21), "norooz": ("fixed", 3, 21),
}

# feasts of the Islamic calendar -> the (month, day)s they fall on; Ramadan by its first day
HIJRI_HOLIDAYS: dict[str, tuple[tuple[int, int], ...]] = {
    "fitr": ((10, 1),), "adha": ((12, 10),), "azha": ((12, 10),), "eid": ((10, 1), (12, 10)),
    "ramadan": ((9, 1),), "ramazan": ((9, 1),), "ramzan": ((9, 1),), "ashura": ((1, 10),),
    "mawlid": ((3, 12),), "islamic new year": ((1, 1),),
}

# what joins the two ends of a stated range: "from March 9 to March 11", "March 9-11",
# "between Monday and Wednesday"
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
# a span told by its opening and its close: "opens Thursday and runs through Sunday",
# "starts on May 3, lasting until May 9"
_SPAN_RUNS_ON = re.compile(r"\s*(?:,\s*|\s+and\s+)(?:(?:will|would|is\s+to|to)\s+)?"
                           r"(?:runs?|running|ran|continues?|continuing|continued|lasts?|lasting|lasted"
                           r"|ends?|ending|ended|closes?|closing|closed|concludes?|concluding|concluded)"
                           r"\s+(?:(?:through|thru|until|till|to|on)\s+)?", re.IGNORECASE)


def joins_a_range(text: str, first_start: int, first_end: int, second_start: int) -> bool:
    """Whether the words between two expressions join them as the ends of one range; "and"
    only after "from" or "between" ("made Friday and Thursday" lists two days).

    >>> text = "from March 9 to March 11; Friday and Thursday; Friday and runs through Monday"
    >>> joins_a_range(text, 5, 12, 16), joins_a_range(text, 26, 32, 37), joins_a_range(text, 47, 53, 71)
    (True, False, True)
    """
    if _SPAN_RUNS_ON.fullmatch(text, first_end, second_start):
        return True
    join = _RANGE_JOIN.fullmatch(text, first_end, second_start)
    return join is not None and (join.group(0).strip().lower() != "and"
                                 or _RANGE_OPEN.search(text, max(0, first_start - 12), first_start) is not None)

# things a holiday's name may qualify without naming a time: "Christmas trees", "Easter eggs"
HOLIDAY_THINGS = (
    "tree", "trees", "card", "cards", "carol", "carols", "song", "songs", "music", "decoration",
    "decorations", "lights", "ornament", "ornaments", "gift", "gifts", "present", "presents",
    "creche", "creches", "crib", "cribs", "stocking", "stockings", "pudding", "cake", "cakes",
    "egg", "eggs", "costume", "costumes", "candy", "candies", "wreath", "wreaths",
    "spirit", "story", "stories", "greetings", "island", "bunny", "commodities", "goods", "products",
    "items", "toys", "exports", "market", "markets", "fair", "fairs", "bazaar", "bazaars",
)

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
    "ago", "period", "half", "time", "while", "ahead", "earlier", "later", "previously", "overnight",
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
    "nineties", "tonight", "year", "qtr", "nineteen", "thousand", "someday",
)
# past forms that cannot be participles: they override an earlier future cue
FINITE_PAST_CUES: frozenset[str] = frozenset(
    {"said", "says", "told", "was", "were", "had", "did", "announced", "reported"}
)
# how many words back the tense heuristic looks
TENSE_WINDOW = 12
# the modals that put a verb after them ahead ("will one day", "one day may")
MODALS: tuple[str, ...] = ("will", "would", "could", "might", "may", "can", "shall", "should")
# the words after which a bare word is a verb's infinitive or finite form ("will last",
# "to spring a surprise", "did not fall")
VERB_MARKERS: tuple[str, ...] = (*MODALS, "must", "to", "do", "does", "did", "not", "'ll", "n't")


def _alt(words, *, cased: bool = False) -> str:
    """One regex alternation, longest first so a longer phrase wins."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return f"(?-i:{body})" if cased else f"(?:{body})"


_NUMWORD = _alt(NUMBER_WORDS)
_ONES = _alt([w for w, n in NUMBER_WORDS.items() if 0 < n < 10])
_TEENS = _alt([w for w, n in NUMBER_WORDS.items() if 10 <= n < 20])
_TENS = _alt([w for w, n in NUMBER_WORDS.items() if n in range(20, 100, 10)])
_ORDWORD = _alt(ORDINAL_WORDS)
# a number word below twenty is followed only by a multiplier ("two hundred", "three dozen"):
# in "the other one two weeks later" the "one" is a pronoun and the count is "two"
_NOT_AFTER_SMALL = "".join(
    rf"(?<!\b{w}\s)(?<!\b{w}-)" for w, n in NUMBER_WORDS.items() if n < 20 and w != "dozen")
_NUMLINK = rf"(?:hundred|thousand|dozen|{_NOT_AFTER_SMALL}{_NUMWORD})"

MACROS: dict[str, str] = {
    "MONTH": _alt(MONTHS, cased=True),
    "WEEKDAY": _alt(WEEKDAYS, cased=True),
    # the year after a report's shorthand period: "Q4 2025", "Q4 of 2025", "Q1 FY26", "Q3'25",
    # "4Q25", "2H25"
    "CODEYEAR": (r"(?:\s+of)?\s+(?:(?-i:FY)\s?)?(?P<year>(?:19|20)\d\d)"
                 r"|(?:\s*['’]|\s+(?-i:FY)\s?|(?<=[QH]))(?P<yy>\d\d)"),
    # a weekday's abbreviation, only where a date follows it: "Fri March 22", "Tues., March 26"
    "WDABBR": r"(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?",
    "SEASON": _alt(SEASONS),
    "POD": _alt(PARTS_OF_DAY),
    "CLOCKWORD": _alt(CLOCK_WORDS),
    "UNIT": _alt(UNITS),
    "LASTING": _alt(LASTING_STATES),
    # holidays are proper names: capitalised, any apostrophe, any spacing
    "HOLIDAYTHING": _alt(HOLIDAY_THINGS),
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
    # not an amount ("1300 billion dinars") nor the end of a range of decimals ("1.1692-1769"),
    # nor a number that names a thing ("resolution 1737", "Flight 1549", "Section 1031", "Route 1020")
    # or a measure ("the 1000-km pipe"), or a street's block ("the 1200 block of Main Street")
    "YEAR4": r"(?<![\d$£€.,])(?<!\.\d\d-)(?<!\.\d\d\d\d-)"
             r"(?<!resolution\s)(?<!flight\s)(?<!room\s)(?<!number\s)(?<!no\.\s)(?<!section\s)(?<!article\s)"
             r"(?<!chapter\s)(?<!paragraph\s)(?<!highway\s)(?<!route\s)(?<!interstate\s)(?<!suite\s)(?<!exit\s)"
             r"(?<!platform\s)(?<!gate\s)(?:1[0-9]\d\d|20\d\d)"
             r"(?![\d,.]\d|\s*(?:%|percent|(?:b|m|tr)illion\b|bn\b|mn\b|GMT\b|UTC\b|hours\b|hrs\b|block\b)"
             r"|-(?:km|kilomet|mile|met(?:re|er)|ton|strong|member|seat|page|megawatt|mw|[A-Z]\b)|\s+km\b)",
    "SPELLEDYEAR": (
        r"(?:nineteen[\s-]+(?:hundred(?:\s+and)?[\s-]+)?(?:" + _TENS + r"(?:[\s-]+" + _ONES
        + r")?|" + _TEENS + "|" + _ONES + r")|two[\s-]+thousand(?:(?:\s+and)?[\s-]+(?:"
        + _TENS + r"(?:[\s-]+" + _ONES + r")?|" + _TEENS + "|" + _ONES + r"))?)"
    ),
    "NUM": (
        # a year-like numeral ("1998 quarter") is never a count
        # "1,400", never its tail "400"; "three-and-a-half", "three and half"
        r"(?:a\s+(?=hundred|thousand|dozen))?(?:(?<![\d,])(?:\d{1,3}(?:,\d{3})+(?!\d)"
        r"|(?!(?:1[5-9]|20)\d\d(?!\d))\d+(?:\.\d+)?)(?:\s+1/2|\s*½)?|"
        + _NUMWORD + r"(?:(?:[\s-]+|\s+and\s+)" + _NUMLINK
        + r")*(?:[\s-]+and[\s-]+(?:(?:a|one)[\s-]+)?half)?)"
    ),
    "VAGUE": _alt(VAGUE_QUANTITIES),
    "ORD": r"(?:\d+(?:st|nd|rd|th)|" + _ORDWORD + ")",
    # what counts a run of days without a break: "the third straight day", "the fourth successive day"
    "RUNNING": r"(?:straight|consecutive|successive|full)",
    "QORD": _alt(QUARTER_ORDINALS),
    "SETWORD": _alt(SET_WORDS),
    "REF": _alt(REF_WORDS),
    # hedges TimeBank keeps inside a duration's span: the approximations and bounds of
    # TIMEX3's ``mod``; a focus word ("only six months", "barely a month") stays out
    "DURMOD": (
        r"(?:nearly|almost|about|around|approximately|roughly|some|at\s+least|at\s+most"
        r"|more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|up\s+to|over|under"
        r"|just\s+over|just\s+under|well\s+over|a\s+full|the\s+full)"
    ),
    # the first word of a hyphenated compound ("year-end", "summer-long") is no
    # expression of its own; a dash set off by spaces (" - ") is punctuation
    "NOCOMPOUND": r"(?!-\w)",
    # the day a clock time names after it: "15:00 GMT Saturday", "noon on Friday", "midnight
    # June 30", "10 a.m. Friday, March 3, 2026", "7am on Thursday 5 March" (``dday``, ``dmonth``)
    "CLOCKDAY": (
        r"(?:,?\s+(?:on\s+)?(?=(?:<WEEKDAY>|yesterday|today|tonight|tomorrow|<MONTH>\s+<DAYNUM>"
        r"|<DAYNUM>\s+<MONTH>)\b)"
        r"(?:(?P<dw><WEEKDAY>|yesterday|today|tonight|tomorrow)\b)?"
        r"(?:(?(dw),?\s+|)(?:(?P<month><MONTH>)\s+(?P<day><DAYNUM>)|(?P<dday><DAYNUM>)\s+(?P<dmonth><MONTH>))\b"
        r"(?:,?\s+(?P<year><YEAR4>)\b)?)?)?"
    ),
    # a zone after a clock time; GMT and UTC give the TIMEX3 "Z"
    # ("GMT+3" is no UTC time)
    "ZONE": r"(?P<tz>(?:GMT|UTC)(?![+-−]\d)|<ZONENAME>|(?:GMT|UTC)[+-−]\d{1,2}(?::?\d\d)?|Z(?=\W)|local\s+time|local)",
    # a zone's abbreviation in capitals ("ET", "CEST"), not a word of its letters ("at 3 pt")
    "ZONENAME": r"(?-i:" + "|".join(sorted(ZONE_NAMES, key=len, reverse=True)) + r")(?!\w)",
    # "last" as a modifier ("the last 12 months"), not the verb after a modal or "to"
    # ("the strike will last 12 days", "is expected to last weeks")
    "LASTMOD": "".join(rf"(?<!\b{re.escape(w)}\s)" for w in VERB_MARKERS) + "last",
    "MODAL": _alt(MODALS),
    # what follows the minutes of a game clock, not a time of day
    "NOGAMECLOCK": r"(?!\s+(?:left|remaining|to\s+play|to\s+go|before\s+the\s+(?:end|break|half|interval)))",
    # the edge of a period before its name ("early", "the end of"), or a week of it ("the last
    # week of March"): the span takes it, the value stays the period's
    "EDGE": r"(?:early|earlier|late|later|mid-|mid|end-|start-|around|the\s+(?:beginning|start|end|middle|rest)\s+of"
            r"|the\s+(?:first|second|third|fourth|last|final)\s+(?:week|fortnight)\s+of)",
}
