"""Durations ("three years", "a day-long") and sets ("every month", "weekly", "Mondays")."""

from __future__ import annotations

import re

from ...lexicon import metonymy_verbs
from .. import rules as R
from ..state import Drop, TagState, TimexMatch, expand_macros
from ..values import duration_value, parse_number
from ..verbs import cue_words
from .calendar_dates import month_num
from .periods import a_game_period
from .registry import group_text, normaliser


@normaliser("duration")
def duration(g: dict, m: TimexMatch, doc: TagState):
    if _fraction(m, doc):
        raise Drop
    if doc.unit_in_a_name(m):
        raise Drop
    if _A_FORMAT.search(doc.text, max(0, m.start - 4), m.end) and _FORMAT_AFTER.match(doc.text, m.end):
        raise Drop  # "the one-day series", "a Twenty20 squad": a game's format, no length of time
    if _batsmans_hundred(m, doc):
        raise Drop
    num = group_text(g, "num")
    n = parse_number(num)
    if n is None and num and num.lower() not in R.VAGUE_QUANTITIES:
        n = parse_number(re.split(r"[\s-]+", num)[-1])  # no one number ("twenty thirty years"): the last
    if n is not None and n == 0:
        raise Drop
    if num in ("a", "an", "per") and _DISTANCE_BEFORE.search(doc.text, max(0, m.start - 20), m.start):
        raise Drop  # "450 kilometres an hour": a speed, no time
    if num in ("a", "an", "per") and not (g.get("mod") or g.get("det") or g.get("rel")) \
            and _RATE.search(doc.text, max(0, m.start - 40), m.start) \
            and not _DAY_OF_MONTH_BEFORE.search(doc.text, max(0, m.start - 16), m.start) \
            and not _SPENT_BEFORE.search(doc.text, max(0, m.start - 12), m.start) \
            and not _PREPOSITION_BEFORE.search(doc.text, max(0, m.start - 12), m.start) \
            and not _OFFSET_AFTER.match(doc.text, m.end):
        # "$2 million a year", "four flights a week": a rate, so a set of times
        return "SET", duration_value(1, group_text(g, "unit"))
    return duration_value(n, group_text(g, "unit"))


# "three quarters of the vote", not "three quarters of the year" nor "of 2005"
_FRACTION_OF = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:fiscal\s+|calendar\s+)?(?:year|this|last|next)\b|\d{4}\b)",
                          re.IGNORECASE)


# "criticised in some quarters", "from all quarters": groups of people, not periods
_QUARTERS_OF_OPINION = re.compile(r"\b(?:in|from)\s+(?:some|many|certain|all|other|several|various)\s+quarters$",
                                  re.IGNORECASE)


# a verb of change and "by": what follows is how much ("output grew by a quarter")
_CHANGED_BY = re.compile(r"\b(?:increas|ris|rose|grow|grew|fall|fell|drop|declin|cut|reduc|rais|lower|expand"
                         r"|shrink|shrank|boost|jump|climb|slump|plung|soar|gain|los)\w*\s+by\s+$", re.IGNORECASE)


# what a batsman does to a hundred runs: "poised for a century", "scored double-centuries"
_SCORED = re.compile(r"\b(?:scor\w*|make|makes|making|made|hit|hits|hitting|struck|reach\w*|poised\s+for"
                     r"|sacrific\w*|miss\w*|notch\w*|compil\w*|smash\w*|brought\s+up|bring\w*\s+up"
                     r"|complet\w*|maiden|unbeaten|double|triple)[\s-]+$", re.IGNORECASE)


def _batsmans_hundred(m: TimexMatch, doc: TagState) -> bool:
    """Whether a century is a batsman's hundred runs ("was poised for a century", "four
    batsmen scored double-centuries"), not a hundred years."""
    return (re.search(r"centur(?:y|ies)$", doc.text[m.start:m.end], re.IGNORECASE) is not None
            and _SCORED.search(doc.text, max(0, m.start - 24), m.start) is not None
            and not re.match(r"\s+of\b", doc.text[m.end:m.end + 4]))  # "made a century of progress": years


def _fraction(m: TimexMatch, doc: TagState) -> bool:
    """Whether a count of quarters is a fraction ("three-quarters", "a three-quarter
    majority", "two-and-three-quarter percent", "three quarters of the vote") or no
    count of time at all ("in some quarters")."""
    text = doc.text[m.start:m.end]
    if not re.search(r"quarters?$", text, re.I):
        return False
    if _QUARTERS_OF_OPINION.search(doc.text, max(0, m.start - 8), m.end):
        return True
    if _POINTS_AFTER.match(doc.text, m.end):
        return True  # "by another one quarter percentage point": a share of a rate
    if re.fullmatch(r"(?:.*\s)?(?:a|one|three)[\s-]+quarters?", text, re.I | re.S) and \
            _CHANGED_BY.search(doc.text, max(0, m.start - 30), m.start):
        return True  # "will rise by at least one quarter": a share of the amount
    if re.search(r"-quarters$|\b(?:one|three)-quarter$", text, re.I):
        return True
    # a quarter or three of a thing; "several quarters of losses" are periods
    return (re.fullmatch(r"(?:.*\s)?(?:one|three)\s+quarters?", text, re.I | re.S) is not None
            and _FRACTION_OF.match(doc.text, m.end) is not None)


_POINTS_AFTER = re.compile(r"[\s-]+(?:of\s+an?\s+)?(?:percentage|per\s*cent|percent|points?\b|%)", re.IGNORECASE)
_DISTANCE_BEFORE = re.compile(r"\b(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|knots?|feet|yards|inches)\s+$",
                              re.IGNORECASE)
# "at age 91 a week after the attack": a span between two times, not a rate
_OFFSET_AFTER = re.compile(r"\s+(?:after|before|later|earlier|ago|from|since)\b", re.IGNORECASE)
_RATE = re.compile(r"(?:\d[\d,.]*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|once|times"
                   r"|hundred|thousand|million|billion|dozen))(?:\s+[a-z.()]+){0,3}\s+$", re.IGNORECASE)
# the day of a date just before ("declared May 1 a day of mourning"): no figure a rate counts
_DAY_OF_MONTH_BEFORE = re.compile(expand_macros(r"\b(?-i:<MONTH>)\s+\d{1,2}(?:st|nd|rd|th)?\s+$"))
# "one-day" before what a cricket format names: the format
_A_FORMAT = re.compile(r"\bone-day$", re.IGNORECASE)
_FORMAT_AFTER = re.compile(r"\s+(?:internationals?|series|squad|side|team|format|cricket|specialists?|matches|match"
                           r"|games?|record|recall|outfit|caps?|captain|captaincy|tournament|cup|final|leg|game|ODIs?"
                           r"|matchwinners?|centur(?:y|ies)|hundreds?|totals?|defeats?|wins?|debut|career|players?"
                           r"|batsm[ae]n|bowlers?|wickets?|runs?|innings)\b",
                           re.IGNORECASE)
# "2,000 pilgrims spent a week praying": the time spent, not a rate
_SPENT_BEFORE = re.compile(r"\b(?:spen[dt]s?|spending|took|takes?|taking|lasted|lasts?|lasting|waited|waits?"
                           r"|stayed|stays?|needed|needs?)\s+$", re.IGNORECASE)
# "156 for five after a day shortened by rain": a day the text is about, not a rate
_PREPOSITION_BEFORE = re.compile(r"\b(?:after|before|for|in|within|on|of|over|during|than|to|by)\s+$",
                                 re.IGNORECASE)


@normaliser("duration_adj")
def duration_adj(g: dict, m: TimexMatch, doc: TagState):
    text = doc.text[m.start:m.end].lower()
    unit = group_text(g, "unit")
    return duration_value(None if text.startswith(unit + "s") else 1, unit)


@normaliser("duration_old")
def duration_old(g: dict, m: TimexMatch, doc: TagState):
    """"The 8-month-old truce" has lasted eight months; "a years-old slump", some years;
    "a decade-old dispute", one decade."""
    num, unit = group_text(g, "num"), group_text(g, "unit")
    n = parse_number(num) if num else (None if unit.endswith("s") else 1)
    return duration_value(n, unit)


@normaliser("past_unit")
def past_unit(g: dict, m: TimexMatch, doc: TagState):
    return duration_value(1, group_text(g, "unit") or group_text(g, "hour"))


@normaliser("duration_half")
def duration_half(g: dict, m: TimexMatch, doc: TagState):
    return duration_value(1.5, group_text(g, "unit"))


@normaliser("half_unit")
def half_unit(g: dict, m: TimexMatch, doc: TagState):
    if g.get("quarter"):
        return duration_value(0.25, group_text(g, "qunit"))
    return duration_value(0.5, group_text(g, "unit"))


_QUARTER_ORDINAL_BEFORE = re.compile(r"\b(?:" + "|".join(R.QUARTER_ORDINALS) + r")\s+$", re.IGNORECASE)


# "15 minutes ahead of schedule": the count belongs to the unit, which is no vague one
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:" + "|".join(R.NUMBER_WORDS) + r"))[\s-]+$", re.IGNORECASE)


_WORD_HYPHEN_BEFORE = re.compile(r"[A-Za-z]-$")


@normaliser("vague_duration")
def vague_duration(g: dict, m: TimexMatch, doc: TagState):
    if doc.unit_in_a_name(m):
        raise Drop  # "the Days Inn"
    if not g.get("det") and _COUNT_BEFORE.search(doc.text, max(0, m.start - 16), m.start):
        raise Drop
    if _batsmans_hundred(m, doc):
        raise Drop
    if _WORD_HYPHEN_BEFORE.search(doc.text, max(0, m.start - 8), m.start):
        raise Drop  # "after-hours trading", "out-of-hours care": a kind of thing, no length of time
    unit = group_text(g, "unit")
    if unit == "quarters" and not g.get("det") and not _QUARTER_ORDINAL_BEFORE.search(
            doc.text, max(0, m.start - 12), m.start):
        raise Drop  # "living quarters", "such quarters": rooms, not periods
    return duration_value(None, unit)


@normaliser("some_time")
def some_time(g: dict, m: TimexMatch, doc: TagState):
    return "PXX"


# "the daily said", "the state-run weekly reported": a newspaper, the noun the word also is
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_IRREGULAR_REPORTS = frozenset({"said", "told", "wrote", "thought", "knew", "found", "showed", "shown"})


def _paper_reports(doc: TagState, end: int) -> bool:
    """Whether the word after a "daily" or "weekly" is a verb of reporting in the past, or
    its participle ("the Izvestia daily warned", "the daily quoting sources"), or "says":
    the word is then the newspaper that does it. A form in -s may be a plural ("daily
    calls", "a daily report")."""
    m = _NEXT_WORD.match(doc.text, end)
    if m is None:
        return False
    word, verbs = m.group(1), cue_words("report") | metonymy_verbs()
    if word in _IRREGULAR_REPORTS or word == "says":
        return True
    if word.endswith("ed"):
        stems = (word[:-1], word[:-2], word[:-3] + "y")  # "noted", "warned", "denied"
    elif word.endswith("ing"):
        stems = (word[:-3], word[:-3] + "e")  # "reporting", "quoting"
    else:
        return False
    return any(stem in verbs for stem in stems)
# "Britain's biggest-selling daily,", "quoted by the business daily.": a noun ending its phrase
_PAPER_ENDS = re.compile(r"\s*[,.;:)]")
# "informs Russia of the latest developments daily.": an adverb after its plural object
_PLURAL_BEFORE = re.compile(r"[a-z]{2}[^s's]s\s+$")
_PAPER_BEFORE = re.compile(r"(?:\b(?i:the|a|an)|\w's)\s+(?:[\w-]+\s+){0,4}$|\b[A-Z]\w+\s+$")
_ARTICLE = re.compile(r"\b(?:the|a|an)\b|'s\b", re.IGNORECASE)
# an auxiliary between the article and the word: a clause whose verb the word qualifies
# ("the paper is published daily."), not a newspaper's name ("the Moscow daily.")
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must)\b",
                        re.IGNORECASE)


def _paper_before(doc: TagState, start: int) -> bool:
    """Whether the words before a "daily" or "weekly" make it a newspaper: an article or a
    possessive a few words before ("the Moscow-based daily", "Russia's business daily"), or a
    capitalised name right before it ("Izvestia daily"), with no auxiliary in between."""
    before = _PAPER_BEFORE.search(doc.text, max(0, start - 40), start)
    if before is None:
        return False
    last_article = list(_ARTICLE.finditer(before.group(0)))
    return not _AUXILIARY.search(before.group(0)[last_article[-1].end() if last_article else 0:])


# "bi-monthly", "semi-annual": the word is the end of another period's name
_HALVED = re.compile(r"\b(?:bi|semi)-$", re.IGNORECASE)


@normaliser("set_word")
def set_word(g: dict, m: TimexMatch, doc: TagState):
    word = m.groups["sw"]
    if word[:1].isupper() and doc.sentence_bounds(m.start)[0] < m.start and not word.isupper():
        raise Drop  # a newspaper's name: the "Kookmin Daily", "Business Weekly"
    if _HALVED.search(doc.text, max(0, m.start - 5), m.start):
        raise Drop  # "the bi-monthly magazine": not once a month
    if word.lower() in ("daily", "weekly", "monthly") and (
            (_paper_reports(doc, m.end) and _paper_before(doc, m.start))
            or (_PAPER_ENDS.match(doc.text, m.end) and _paper_before(doc, m.start)
                and not _PLURAL_BEFORE.search(doc.text, max(0, m.start - 30), m.start))):
        raise Drop
    return R.SET_WORDS[group_text(g, "sw")]


@normaliser("set_every")
def set_every(g: dict, m: TimexMatch, doc: TagState):
    if _DISTANCE_BEFORE.search(doc.text, max(0, m.start - 20), m.start):
        raise Drop  # "160 kilometers per hour": a speed
    if (g.get("unit") or "").lower() == "quarter" and a_game_period(m, doc):
        raise Drop  # "widened the gap in every quarter" of a game
    unit = (g.get("unit") or "").strip()
    num = group_text(g, "num")
    n = 2 if num == "other" else (parse_number(num) if num else 1) or 1
    if unit.capitalize() in R.WEEKDAYS:
        return f"XXXX-WXX-{R.WEEKDAYS[unit.capitalize()]}"
    if unit in R.MONTHS or unit.capitalize() in R.MONTHS:
        return f"XXXX-{month_num(unit):02d}"
    low = unit.lower()
    if low in R.SEASONS:
        return f"XXXX-{R.SEASONS[low]}"
    if low in ("morning", "evening"):
        return f"XXXX-XX-XXT{R.PARTS_OF_DAY[low]}"
    if low == "weekend":
        return "XXXX-WXX-WE"
    return duration_value(n, low)


@normaliser("set_weekdays")
def set_weekdays(g: dict, m: TimexMatch, doc: TagState):
    value = f"XXXX-WXX-{R.WEEKDAYS[g['wd'].rstrip('s').capitalize()]}"
    pod = group_text(g, "pod")
    return value + ("T" + R.PARTS_OF_DAY[pod[:-1]] if pod else "")

