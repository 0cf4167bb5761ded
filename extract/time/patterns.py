"""The ordered pattern table of the temporal tagger, which ``tagger`` compiles.

Pure data. Each row names the normaliser that turns its match into a TIMEX3
value (``normalisers``), so adding a rule never touches code. Pattern strings
use ``<NAME>`` placeholders that expand to the alternations in
``rules.MACROS``; a group named ``t`` (when present) is the span reported, so a
pattern may require context (a preposition, a following word) without
swallowing it.
"""

from __future__ import annotations

__all__ = ["PATTERNS"]

# (name, pattern, TIMEX3 type, normaliser name). Order breaks ties between
# candidates of equal length: earlier rows win.
PATTERNS: list[tuple[str, str, str, str]] = [
    # --- absolute calendar dates
    ("weekday_month_day",
     r"(?:(?P<rel>last|next|this\s+coming|this)\s+)?(?:(?P<wd><WEEKDAY>|<WDABBR>),?\s+)?(?:(?P<edge><EDGE>)(?:(?<=-)|\s+))?(?P<month><MONTH>)"
     r"(?:\s+the\s+(?=\d\d?(?:st|nd|rd|th)\b)|\s+|(?<=\.)(?=\d))(?P<day><DAYNUM>)"
     r"(?:(?:,\s*|\s+)(?:of\s+)?(?P<year><YEAR4>|<SPELLEDYEAR>)|\s+(?P<yrel>last|this|next|that)\s+year)?\b",
     "DATE", "month_day"),
    # "the fourth Thursday in November": one day of the month
    ("nth_weekday",
     r"(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd><WEEKDAY>)\s+"
     r"(?:in|of)\s+(?P<month><MONTH>)(?:,?\s+(?P<year><YEAR4>))?\b",
     "DATE", "nth_weekday"),
    ("day_month",
     r"(?:(?P<wd><WEEKDAY>|<WDABBR>),?\s+)?(?:the\s+)?(?P<day><DAYNUM>)\s+(?:of\s+)?(?P<month><MONTH>)"
     r"(?:,?\s+(?P<year><YEAR4>)|\s+(?P<yrel>last|this|next|that)\s+year)?\b",
     "DATE", "month_day"),
    # the second day of "April 24 and 25"
    ("second_day",
     r"(?P<month><MONTH>)\s+<DAYNUM>\s*(?:and|or|to|through|-|–)\s*(?P<t>(?P<day>(?:[12]\d|3[01]|0?[1-9])"
     r"(?:st|nd|rd|th)?)(?!\d|[.,]\d)(?:,?\s+(?P<year><YEAR4>))?)",
     "DATE", "second_day"),
    # the first day of "9 to 11 March", which shares the second's month
    ("first_day_of_range",
     r"(?P<t>(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?))\s*(?:and|or|to|through|-|–)\s*"
     r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month><MONTH>)(?:,?\s+(?P<year><YEAR4>))?\b",
     "DATE", "month_day"),
    # "on the 23rd", "by the 5th", "the 3rd of next month": a day of the month the text is at,
    # after a preposition and before a clause's edge, not "on the 5th floor"
    ("day_of_month",
     r"\b(?:on|by|until|till|since|from|before|after|to|through)\s+(?P<t>the\s+"
     r"(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?:\s+of\s+(?P<rel>this|next|last)\s+month)?)"
     r"(?!\s+(?:to|and|or|through)\s+(?:the\s+)?\d\d?(?:st|nd|rd|th)\s+(?!of\b)[a-z])"  # "the 11th to 13th century"
     r"(?=\s*[,.;:!?)\"”]|\s*$|\s+(?:and|or|to|through|at|in|when|but|with|as|after|before|for|the|a|an|while"
     r"|until|till)\b)",
     "DATE", "day_of_month"),
    ("iso_date", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b",
     "DATE", "iso_date"),
    # "02/27/2026" or "27/02/2026": the order the text writes its dates in decides
    ("numeric_date", r"\b(?P<a>0?[1-9]|[12]\d|3[01])/(?P<b>0?[1-9]|[12]\d|3[01])/(?P<year>(?:19|20)?\d\d)\b(?!/)",
     "DATE", "numeric_date"),
    # "27.02.2026": the day first, with the year in full
    ("dotted_date", r"\b(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<year>(?:19|20)\d\d)\b(?!\.\d)",
     "DATE", "iso_date"),
    ("month_year",
     r"(?:(?P<edge><EDGE>)(?:(?<=-)|\s+))?(?P<month><MONTH>)(?:\s+of)?,?\s+(?P<year><YEAR4>|<SPELLEDYEAR>)\b",
     "DATE", "month_year"),
    ("month_rel_year",
     r"(?:(?P<edge><EDGE>)(?:(?<=-)|\s+))?(?P<month><MONTH>)\s+(?:of\s+)?(?P<rel>last|this|next|that)\s+year\b",
     "DATE", "month_rel_year"),
    ("rel_month",
     r"(?:(?P<edge><EDGE>)(?:(?<=-)|\s+))?(?P<rel>last|this\s+past|this\s+coming|this|next|past|coming)\s+"
     r"(?P<month><MONTH>)(?!\w)",
     "DATE", "rel_month"),
    # a month on its own; "May" and "March" only where a date is meant
    ("month_alone",
     r"(?:(?P<edge><EDGE>)(?:(?<=-)|\s+))?(?P<month>(?-i:January|February|April|June|July|August|September"
     r"|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.))(?!\s*\d)(?:(?<=\.)|\b)",
     "DATE", "month_alone"),
    # "the month of March": the month, not the month the story is in
    ("month_of", r"(?:the\s+)?month\s+of\s+(?P<month><MONTH>)(?:,?\s+(?P<year><YEAR4>))?\b(?!\s*\d)",
     "DATE", "month_of"),
    ("month_alone_ambiguous",
     r"(?:(?:\b(?:in|since|until|till|by|from|through|during|before|after|of|last|early|late|the|its|their"
     r"|a)\s+)"  # "a March election": the capital makes it the month, not a protest march
     r"|(?:mid-?)|<MONTH>\s+(?:and|or|to|through)\s+|<MONTH>-)"  # "in April and May", "January-March"
     r"(?P<t>(?P<month>(?-i:May|March)))\b(?!\s+(?:be|have|not|also|well)\b)",
     "DATE", "month_alone"),
    # "late April or early May": the edge belongs to the month's span
    ("edge_month_ambiguous",
     r"(?P<edge>early|late|mid-|mid|(?<!-)<EDGE>\s)\s*(?P<month>(?-i:May|March))\b(?!\s+(?:be|have|not|also|well)\b)",
     "DATE", "month_alone"),
    ("year",
     r"(?:(?P<edge><EDGE>)(?:(?<=-)|\s+))?(?:(?P<fiscal>fiscal(?:\s+year)?|calendar|the\s+year|model\s+year)\s+)?"
     r"(?P<year><YEAR4>)(?:\s+(?P<orlater>or\s+later|and\s+beyond))?\b"
     r"(?!\s+(?:percent|people|shares|troops|soldiers|points|miles|yards|feet|meters|tons|votes"
     r"|injured|wounded|dead|killed|missing|civilians|policemen|refugees|prisoners)\b)",
     "DATE", "year"),
    # "in 332 B.C.", "1345 BC": a year before the common era
    ("bc_year", r"(?<![\d.,])(?P<year>[1-9]\d{0,3})\s*(?:B\.\s?C\.(?:\s?E\.)?|BCE?\b)", "DATE", "bc_year"),
    # "until the year 325": a year before the four-digit ones
    ("numbered_year", r"the\s+year\s+(?P<year>[1-9]\d{0,2})\b(?![\d,.]\d|\s*(?:%|percent))",
     "DATE", "numbered_year"),
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
    # not a batsman's hundred: "his first century", "a 12th Test century"
    ("century",
     r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bmy\s)(?<!'s\s)(?<!’s\s)(?:the\s+)?(?P<ord><ORD>)[\s-]+"
     r"(?:Test\s+|one-day\s+|ODI\s+)?century\b(?<!Test\scentury)(?<!one-day\scentury)(?<!ODI\scentury)"
     r"(?!\s+(?:old|ago))", "DATE", "century"),
    # --- anchored on the publication date
    # "a better tomorrow": with an article and a hope's adjective, the time to come, not the next day
    ("tomorrow_noun", r"\b(?:an?|the)\s+(?:better|brighter|bright|new|good|safer|different|prosperous|peaceful"
     r"|happier|greener)\s+(?P<t>tomorrow)\b", "DATE", "future_ref"),
    ("day_word",
     r"(?:(?P<edge>early|earlier|late|later)\s+)?(?P<dw>the\s+day\s+before\s+yesterday"
     r"|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow)(?:['’]s)?\b",
     "DATE", "day_word"),
    ("tonight", r"\b(?:(?P<edge>early|late|later)\s+)?tonight\b", "TIME", "tonight"),
    # "killed overnight", "overnight Sunday": the night before the day the story is at; not
    # a market's "overnight rates", "an overnight stop" nor "overnight trains", a kind of train
    ("overnight",
     r"(?<!\ban\s)(?<!\ba\s)\bovernight\b(?:\s+(?P<dw><WEEKDAY>)\b)?"
     r"(?!\s+(?:interest\s+)?(?:rates?|lending|loans?|deposits?|borrowing|call|money|repo|index|stay|stop"
     r"|trains?|flights?|bus|buses|ferry|ferries|sleeper|bags?)\b)",
     "TIME", "overnight"),
    # "on a Monday", "falls on a Friday this year": some such weekday, not one the story is at;
    # "a Monday deadline" is one
    ("any_weekday",
     r"\b(?:a|an)\s+(?P<t>(?P<wd><WEEKDAY>))\b"
     r"(?=\s*[,.;:!?)]|\s*$|\s+(?:in|at|on|and|or|when|while|this|last|next|that|of|before|after|every)\b)",
     "DATE", "any_weekday"),
    ("weekday",
     r"(?:(?P<rel>last|next|this\s+past|this\s+coming|this|the\s+previous|the\s+following"
     r"|the\s+next|coming|past|early|earlier|late|later|mid-?)\s+)?"
     # "Friday morning", "Wednesday midnight": that day's part or clock word
     r"(?P<wd><WEEKDAY>)(?:['’]s)?(?:\s+(?:(?P<pod>morning|afternoon|evening|night)|(?P<cw><CLOCKWORD>)))?\b"
     r"(?!\s*,?\s*<MONTH>)",
     "DATE", "weekday"),
    ("pod_day",
     r"(?:(?P<edge>early|late|later|mid-|mid\s)\s*)?(?P<pod><POD>)[\s,]+(?:on\s+)?(?P<dw><WEEKDAY>"
     r"|yesterday|today|tomorrow)\b",
     "TIME", "pod_day"),
    ("day_pod",
     r"(?:(?P<edge>early|late|later)\s+)?(?P<dw>yesterday|tomorrow|this|last|that|the)\s+"
     r"(?P<pod>morning|afternoon|evening|night)\b(?<!the\snight)"
     r"(?!\s+of\s+(?:<WEEKDAY>|<MONTH>|the\s+\d|\d))",  # "the morning of 25 February": that date's
     "TIME", "day_pod"),
    # a part of the day with no day named: "by mid-afternoon", "in the early evening"
    ("edge_pod",
     r"(?P<edge>mid-?|early|late)\s*(?P<pod>morning|afternoon|evening)\b(?!-|\s+(?:of|on)\b)",
     "TIME", "part_of_day"),
    # not a greeting ("Merry Christmas"), the word itself, what the holiday's name
    # qualifies ("Christmas trees", "Easter eggs"), nor a new year of another calendar
    ("holiday",
     r"(?<!merry\s)(?<!happy\s)(?<!word\s)(?<!Chinese\s)(?<!Lunar\s)(?<!lunar\s)(?<!Jewish\s)(?<!Persian\s)"
     r"(?<!Iranian\s)(?<!Islamic\s)(?<!Tibetan\s)(?<!Orthodox\s)(?<!Vietnamese\s)"
     r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?"
     r"(?P<hol><HOLIDAY>)\b(?!\s+(?:<HOLIDAYTHING>)\b)"
     # "at New Year's 2006", "Nowruz last year"
     r"(?:(?:['’]s)?,?\s+(?P<year><YEAR4>)|\s+(?P<yrel>last|next)\s+year)?(?:\s+(?P<week>week(?:end)?))?"
     r"(?:(?=\s+in\s+(?P<inyear><YEAR4>)\b))?",  # "on Christmas Eve in 2000": that year's, the year its own
     "DATE", "holiday"),
    # the Islamic calendar's feasts and fasting month: "Eid al-Fitr", "Eid-ul-Azha", "Ramadan 2025"
    ("hijri_holiday",
     r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?"
     r"(?-i:Eid(?:[\s-]+(?:al|ul|el|Al|Ul)[\s-]*|\s+)(?P<feast>Fitr|Adha|Azha)|(?P<hol>Eid|Ramadan|Ramazan|Ramzan|Ashura"
     r"|Mawlid|Islamic\s+New\s+Year))\b(?![\s-]+(?:al|ul|el|Al|Ul)\b)"
     r"(?:,?\s+(?P<year><YEAR4>)|\s+(?P<yrel>last|next)\s+year)?",
     "DATE", "hijri_holiday"),
    ("rel_unit",
     r"(?:(?P<edge><EDGE>|sometime)(?:(?<=-)|\s+)(?:in\s+)?)?(?P<rel>last|next|this|the\s+past|the\s+last|the\s+previous"
     r"|the\s+coming|the\s+current|the\s+following|the\s+same|the\s+latest|the\s+next"
     r"|that|this\s+past|this\s+coming|the\s+prior|the\s+preceding|the\s+upcoming)\s+"
     r"(?P<fiscal>fiscal\s+|calendar\s+)?(?P<unit>week|weekend|month|year|decade|century|<SEASON>)\b"
     r"<NOCOMPOUND>(?:\s+or\s+so\b)?",
     "DATE", "rel_unit"),
    ("the_unit",
     r"(?:(?P<edge><EDGE>|sometime)(?:(?<=-)|\s+)(?:in\s+)?)?(?P<rel>the|this|its)\s+(?P<fiscal>full\s+|fiscal\s+|calendar\s+)?"
     # "the end of the decade": the decade or century at hand, with an edge only ("over the
     # decade" is a length)
     r"(?P<unit>year|week|month|weekend|<SEASON>|(?(edge)(?:decade|century)|(?!)))\b<NOCOMPOUND>"
     r"(?:\s+(?:of\s+)?(?P<year><YEAR4>))?",
     "DATE", "the_unit"),
    # "a weekend attack", "a weekend election": the weekend that thing fell or falls on
    ("weekend_noun", r"\ba\s+(?P<t>(?P<unit>weekend))(?=\s+(?!(?:of|in|at|on|and|or|away|off|to|for|with)\b)[a-z]{3,})",
     "DATE", "the_unit"),
    ("season_year",
     r"(?:the\s+)?(?:(?P<edge>early|late|mid-?)\s*)?(?P<unit><SEASON>)\s+(?:of\s+)?(?P<year><YEAR4>|<SPELLEDYEAR>)\b",
     "DATE", "the_unit"),
    # "the 2008 summer Olympics"
    ("year_season", r"(?P<year><YEAR4>)\s+(?P<unit>(?-i:spring|summer|autumn|fall|winter))\b<NOCOMPOUND>",
     "DATE", "the_unit"),  # not "the 1968 Winter Games", a name the year stays out of
    ("season_alone", r"(?:(?P<edge>early|late|mid-)\s*)?(?P<unit>(?-i:summer|winter|spring|autumn))\b<NOCOMPOUND>",
     "DATE", "the_unit"),
    ("edge_year_word",
     r"(?P<t>\b(?:year|year's)[\s-]end)\b", "DATE", "year_end"),
    ("ago",
     r"(?:(?P<mod><DURMOD>)\s+)?(?:(?P<half>half|(?:a\s+)?quarter\s+of)[\s-]+)?(?P<num><NUM>|<VAGUE>)[\s-]+"
     r"(?:(?P<quarter>quarter)[\s-]+(?=century))?(?P<unit><UNIT>)(?:\s+"
     r"(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence)\b(?!\s+than\b)"
     r"|(?<=[a-z])(?P<time>['’]s?\s+time)\b)",  # "in five years' time", "in a week's time": from now
     "DATE", "ago"),
    ("vague_ago", r"(?P<unit>years|months|weeks|days|decades|centuries)\s+(?P<dir>ago|earlier|later)\b(?!\s+than\b)",
     "DATE", "vague_ago"),
    ("year_ago_adj",
     r"(?:(?P<det>the|a|its)\s+)?(?:comparable\s+|corresponding\s+|same\s+)?year[- ](?P<dir>ago|earlier)(?!\s+than\b)"
     r"(?:\s+(?P<what>(?:(?:<QORD>)[- ](?:fiscal[- ])?)?quarter|period|nine\s+months|six\s+months"
     r"|half|quarter's))?\b",
     "DATE", "year_ago_adj"),
    # "the same period a year earlier", "the quarter a year ago": the story's period a year back
    ("period_last_year",
     r"\bthe\s+(?:(?:same|corresponding|comparable|equivalent)\s+(?P<what>period|quarter)\s+(?:a\s+year\s+"
     r"(?:ago|earlier|before)|last\s+year|of\s+last\s+year|in\s+\d{4})"
     r"|(?P<bare>quarter)\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year))\b",
     "DATE", "year_ago_adj"),
    # "the same month last year": the month the story is at, a year back
    ("unit_last_year",
     r"\bthe\s+(?:same|corresponding|comparable|equivalent)\s+(?P<unit>month|week)\s+"
     r"(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year|(?:of|in)\s+the\s+previous\s+year)\b",
     "DATE", "unit_last_year"),
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
    # "the week before last", "the year after next": two units from now
    ("unit_beyond",
     r"the\s+(?P<unit>week|weekend|month|year)\s+(?P<dir>before\s+last|after\s+next)\b"
     r"(?!\s+(?:<WEEKDAY>|<MONTH>|<SEASON>|week|weekend|month|year|night))",
     "DATE", "unit_beyond"),
    # "the day before", "the year before", "the night before": one unit back or on from the
    # date the story is at
    ("unit_around",
     r"(?P<t>the\s+(?P<unit>day|week|month|year|night|morning|evening|afternoon)\s+(?P<dir>before|after))"
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
     # a bare "last quarter" is the one before the current (``ref_quarter``), not the fourth
     r"(?(det)|(?(qyear)|(?(qrel)|(?!last\b))))"
     r"(?P<qord><QORD>)[- ](?:fiscal[- ])?(?:quarter|qtr\.?)(?!s)"
     r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year><YEAR4>|this\s+year|last\s+year|next\s+year))?\b"
     r"(?:(?=\s+in\s+(?P<inyear><YEAR4>)\b))?",  # "since the final quarter in 2005": that year's
     "DATE", "quarter"),
    # a report's shorthand: "Q4 2025", "4Q25", "Q1 FY26", "Q3'25"; a bare "Q2" only after a
    # determiner or a preposition ("in Q2", "the Q3 results")
    ("quarter_code",
     r"(?-i:Q(?P<qnum>[1-4])|(?P<qnum2>[1-4])Q)(?:<CODEYEAR>)?\b",
     "DATE", "quarter"),
    ("half_code",
     r"(?-i:H(?P<hnum>[12])|(?P<hnum2>[12])H)(?:<CODEYEAR>)\b",
     "DATE", "half"),
    # "FY2025", "FY 2026", "FY26": a fiscal year, named by its number
    ("fiscal_code", r"(?-i:FY)\s?(?:(?P<year>(?:19|20)\d\d)|['’]?(?P<yy>\d\d))(?!\d)", "DATE", "year"),
    # "the September quarter", "the July-September quarter": the quarter that month ends or lies in
    ("month_quarter",
     r"(?:(?P<det>the|its|this|last|that)\s+)(?:<MONTH>(?:-to-|\s*[-–]\s*|\s+to\s+))?(?P<month><MONTH>)"
     r"(?:\s+(?P<year><YEAR4>))?\s+quarter\b(?!s)",
     "DATE", "month_quarter"),
    ("ref_quarter",
     r"(?:(?P<det>the|this|that|its|last|next)\s+)(?:(?P<qyear><YEAR4>)\s+)?(?:(?P<rel>latest|current|recent|most\s+recent"
     r"|previous|past|preceding|prior|same|just-ended|just\s+ended|final|coming|next|year's)\s+)?"
     r"(?:fiscal\s+)?(?P<unit>quarter|period)\b<NOCOMPOUND>(?!s)(?:\s+(?:of|in)\s+(?P<ofyear><YEAR4>)\b)?",
     "DATE", "ref_quarter"),
    ("half",
     r"(?:the\s+)?(?P<hord>first|second|last|latter)\s+half(?:\s+of\s+(?P<year><YEAR4>|the\s+year"
     r"|this\s+year|last\s+year|next\s+year|the\s+(?:new|coming|next|current)\s+year))?\b",
     "DATE", "half"),
    ("nth_quarters",
     r"(?:(?P<mod><DURMOD>)\s+)?(?:the\s+)?first\s+(?:two\s+quarters(?:\s+of\s+(?P<year><YEAR4>))?"
     r"|(?P<three>three)\s+quarters)\b",
     "DATE", "half"),
    # --- the Nth day (of a conflict, a strike, a visit ...)
    ("ordinal_day",
     r"(?:the\s+)?(?P<ord><ORD>)\s+(?:<RUNNING>\s+)?day\b"
     r"(?!\s+of\s+<MONTH>|-)",
     "DATE", "ordinal_day"),
    ("ordinal_day_of_month",
     r"(?:the\s+)?(?P<day><ORD>)\s+day\s+of\s+(?P<month><MONTH>)(?:,?\s+(?P<year><YEAR4>))?\b",
     "DATE", "month_day"),
    # --- clock times
    ("clock",
     r"(?:(?P<mod>around|about|approximately|shortly\s+after|shortly\s+before|just\s+after"
     r"|just\s+before)\s+)?"
     r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[ap]m\b|o['’]clock)"
     r"(?:\s+<ZONE>)?<CLOCKDAY>",
     "TIME", "clock"),
    # "16:31" (or "GMT 3:45") but not a race time written "1: 16:31" or "won in 2:27", a result
    # ("silver with 2:36") nor a game clock ("with 1:14 left")
    ("clock_24", r"(?:(?P<tz0>GMT|UTC)\s+)?(?<![\d:.])(?<!\d:\s)(?<!\bwith\s)(?<!\bin\s)"
     # seconds only before a zone ("14:05:00 GMT"), not a race's "2:06:20"; left out of the value
     r"(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?::[0-5]\d(?=\s*(?-i:GMT|UTC|Z\b|[A-Z]{2,4}\b))|(?![:.]\d))"
     # a dot between hours and minutes ("10.12 GMT") only before a zone: else it reads as a price
     r"(?:(?<=:\d\d)|(?=\s*(?:(?-i:GMT|UTC)\b|<ZONENAME>)))"
     r"<NOGAMECLOCK>"
     r"(?:\s*<ZONE>)?\b(?!\s*[ap]\.?m)<CLOCKDAY>",
     "TIME", "clock"),
    # military and wire-service time: "1559 GMT", "0900 local time", "2300 hours"
    ("clock_hhmm", r"\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s+|(?=GMT|UTC))(?:<ZONE>|hours|hrs)\b<CLOCKDAY>",
     "TIME", "clock"),
    # "in the early hours of Sunday": that day's small hours, a time, not a count of hours
    ("early_hours",
     r"(?:the\s+(?:early|small|wee)|(?<=\bat\s)wee)\s+hours(?:\s+(?:of|on)\s+(?:(?P<dw><WEEKDAY>)(?:\s+morning)?|the\s+morning"
     r"|(?P<dword>yesterday|today)(?:\s+morning)?|(?P<this>this)\s+morning))?\b",
     "TIME", "early_hours"),
    # the French wire style: "06h30 GMT", "at 18h00"
    ("clock_h", r"\b(?P<h>[01]?\d|2[0-3])h(?P<mi>[0-5]\d)\b(?:\s*<ZONE>)?<CLOCKDAY>", "TIME", "clock"),
    ("clock_pod",
     r"(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?(?:\s+o['’]clock)?\s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening)"
     r"|at\s+(?P<night>night))\b",
     "TIME", "clock"),
    ("clock_word",
     r"(?:(?P<mod>around|about|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)?"
     r"(?<!high\s)(?P<cw><CLOCKWORD>)(?:\s+<ZONE>)?<CLOCKDAY>",
     "TIME", "clock"),
    # --- reference words
    ("ref", r"(?<![\w-])(?P<ref><REF>)\b(?!-)", "DATE", "ref"),
    # "will one day", "could someday": an unnamed time ahead, not a day's length
    ("modal_one_day", r"\b<MODAL>\s+(?P<t>(?:one|some)\s+day|someday)\b"
     r"(?!\s+(?:of|after|before|later|earlier|ago|in|at|and|or)\b)",
     "DATE", "future_ref"),
    # "we will in future check", "in future, ...": from now on; not "in future participation",
    # where "future" qualifies a noun
    ("in_future", r"\b<MODAL>\s+(?P<t>in\s+future)\b", "DATE", "future_ref"),
    ("in_future_clause",
     r"\b(?P<t>in\s+future)(?=\s*[,.;:!?)\"”]|\s+(?:we|they|he|she|it|I|you|there|all|any|this|these|those)\b)",
     "DATE", "future_ref"),
    # "hopes one day to visit", "dreamed of one day becoming": a wish's unnamed time ahead
    ("wish_one_day", r"\b(?:hopes?|hoped|hoping|wants?|wanted|dreams?|dreamed|dreamt|wish(?:es|ed)?)"
     r"\s+(?:of\s+)?(?P<t>one\s+day|someday)\s+(?=to\s|\w+ing\b)",
     "DATE", "future_ref"),
    # "expects him to be captain one day.": closing a clause whose verb looks ahead; not a
    # length the verb before it takes ("to stay one day.")
    ("one_day_last", r"\b(?:to|<MODAL>)\s+(?:[\w'-]+\s+){1,6}?(?<!\bstay\s)(?<!\bspend\s)(?<!\blast\s)"
     r"(?<!\bwait\s)(?<!\btake\s)(?<!\bremain\s)(?<!\bonly\s)(?<!\bjust\s)(?<!\bfor\s)(?<!\bin\s)"
     r"(?P<t>one\s+day|someday)(?=\s*[.,;!?\"”])",
     "DATE", "future_ref"),
    # "the Church one day may operate freely": the modal after it
    ("one_day_modal", r"\b(?P<t>(?:one|some)\s+day|someday)\s+<MODAL>\b",
     "DATE", "future_ref"),
    # "One day the debris could form planets": opening its sentence, with a modal in its clause
    ("one_day_first", r"(?<![\w,;:]\s)(?<![\w,;:])(?P<t>(?-i:One|Some)\s+day|(?-i:Someday))"
     r"(?!\s+(?:of|after|before|later|earlier|ago|in|at|and|or)\b),?\s+(?:[\w'-]+\s+){0,5}?<MODAL>\b",
     "DATE", "future_ref"),
    # --- durations
    ("duration",
     r"(?:(?P<mod>(?!over\s+the\b)<DURMOD>)\s+)?(?:(?P<det>the|those|these|each\s+of\s+the|another)\s+)?"
     r"(?:(?P<rel>first|<LASTMOD>|past|next|previous|coming|following|latest|final|remaining|initial"
     r"|additional|further|same|year-earlier|year-ago|other)\s+)?"
     r"(?:(?P<num0><NUM>)\s+or\s+|(?P<lo><NUM>)\s+to\s+)?(?P<num><NUM>|<VAGUE>)(?:\s+(?:more|additional|extra|further|full|straight|consecutive|successive"
     r"|trading|business|working|calendar|long|short))?(?:\s+|-\s?)(?P<unit><UNIT>)\b"
     r"(?!-old|\s+old\b|-olds|-(?:on|over)-|-end)(?:\s+(?P<orso>or\s+so|or\s+more))?(?<!a\ssecond)(?<!a\squarter)",
     "DURATION", "duration"),
    ("duration_adj", r"(?P<unit>day|week|month|year|decade|hour)s?-long\b", "DURATION", "duration_adj"),
    # the age of a state of affairs: "the 8-month-old truce", "a years-old slump"
    ("duration_old", r"(?:(?P<num><NUM>)[\s-]+)?(?P<unit><UNIT>)-old(?=\s+(?:[\w-]+\s+){0,2}<LASTING>\b)",
     "DURATION", "duration_old"),
    # "during the past day", "in the last hour", "within the next fortnight": the length up to
    # now or from now ("the previous day", "the next day" are days)
    ("past_unit", r"the\s+(?:past\s+(?P<unit>day|hour|fortnight)|(?:last|next|coming)\s+(?P<hour>hour|fortnight))"
     r"\b(?!\s+of\b|-)",
     "DURATION", "past_unit"),
    ("duration_half",
     r"(?:(?P<mod><DURMOD>)\s+)?(?P<half>a|an|one)\s+(?P<unit><UNIT>)\s+and\s+a\s+half\b",
     "DURATION", "duration_half"),
    # not a batsman's fifty: "his second half century", "an unbeaten half-century"; "a quarter century" is 25 years
    ("half_unit", r"\b(?<!unbeaten\s)(?<!first\s)(?<!second\s)(?<!third\s)(?:a\s+)?(?:half(?:\s+(?:an?\s+)?|-an?-)"
     r"(?P<unit>hour|day|year|century|decade)|(?P<quarter>quarter)[\s-]+(?:of\s+a\s+)?(?P<qunit>century))\b",
     "DURATION", "half_unit"),
    ("vague_duration",
     r"(?:(?P<det>the|recent|coming|the\s+coming|the\s+past|the\s+last|the\s+next"
     r"|the\s+early|the\s+first)\s+)?(?<!\d\s)(?P<unit>years|months|weeks|days|hours|minutes|decades"
     r"|centuries|quarters)\b(?<!Test\scenturies)(?<!unbeaten\scenturies)(?<!light\syears)(?!\s+(?:old|ago)\b)"
     r"(?!-)(?:\s+ahead\b)?",
     "DURATION", "vague_duration"),
    ("some_time", r"\b(?P<what>some\s+time|a\s+while|a\s+long\s+time|a\s+short\s+time)\b",
     "DURATION", "some_time"),
    # --- sets
    ("set_word", r"\b(?P<sw><SETWORD>)\b", "SET", "set_word"),
    ("set_every",
     r"\b(?P<every>every|each|per)\s+(?:(?P<num><NUM>|other)\s+)?(?P<unit>day|night|week|month"
     r"|quarter|year|hour|minute|decade|<WEEKDAY>|<MONTH>|<SEASON>|morning|evening|weekend)\b",
     "SET", "set_every"),
    # "growing by the day", "paid by the hour": each one in turn, not the day the story is at
    ("set_by_the",
     r"\bby\s+the\s+(?P<unit>day|week|month|year|hour|minute)\b(?!['’]|-|\s+(?:of|before|after|end|\d))",
     "SET", "set_every"),
    # "once every eight years", "every two weeks"
    ("set_every_n",
     r"\bevery\s+(?P<num><NUM>)\s+(?P<unit>days|nights|weeks|months|quarters|years|hours|minutes|decades)\b",
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
