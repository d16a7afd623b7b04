"""Fast, deterministic, pure-Python temporal tagger for English news.

:func:`find_dates` finds temporal expressions (TimeML TIMEX3: DATE, TIME, DURATION, SET) with compiled regular
expressions and small lexicons in a single pass per pattern family, then normalises each to a TimeML value
(``1994-06-22``, ``2022-W02``, ``199``, ``P2Y``, ``PRESENT_REF`` ...) relative to the publication date, to another
date given earlier in the text, or not at all (underspecified values such as ``XXXX-12``) when there is no
publication date.  It never looks at the real clock.

Spans follow TimeML conventions: leading prepositions are left out; determiners and modifiers ("the", "last",
"early", "about", "the mid-") are included; a possessive "'s" and an event after "before"/"after" are not ("Saturday"
in "Saturday's vote", "the day" in "the day before the vote").  Anaphoric expressions ("the next day", "that night",
"a day earlier", "until then") are resolved against the last date mentioned before them.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as _dt
import re
from typing import Callable, Iterator, Sequence

from . import _lexicon as L

__all__ = ["DateMention", "find_dates", "precision_of"]


# --------------------------------------------------------------------------------------------------------------
# public data type
# --------------------------------------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class DateMention:
    """One temporal expression found in a text.

    Attributes
    ----------
    start, end : int
        Character offsets into the text; ``text[start:end] == self.text``.
    text : str
        The expression as written.
    type : str
        TimeML type: ``"DATE"``, ``"TIME"``, ``"DURATION"`` or ``"SET"``.
    value : str
        TimeML TIMEX3 value (``1994-06-22``, ``2022-W02``, ``199``, ``P2Y``, ``PRESENT_REF``, ``XXXX-12`` ...).
    mod : str or None
        TimeML mod (``START``, ``MID``, ``END``, ``APPROX``, ``LESS_THAN``, ``MORE_THAN``, ...).
    precision : str or None
        ``"century"``, ``"decade"``, ``"year"``, ``"quarter"``, ``"season"``, ``"month"``, ``"week"``, ``"day"``,
        ``"time"``, or None for durations and ``*_REF`` values.
    anchor : str
        ``"absolute"`` (the text alone fixes the value; also durations), ``"publication"`` (resolved against the
        publication date), ``"mention"`` (resolved against another date in the text) or ``"none"``
        (relative expression left unresolved).
    underspecified : bool
        True when the value still contains ``X`` placeholders for parts that could not be resolved.
    note : str
        A warning about the value, "" when there is none: a weekday ("on Monday") read as a day before the text's
        own newest full date in that week, when that date is after the publication date (the text was updated),
        so that the day may be the one after it.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    precision: str | None = None
    anchor: str = "absolute"
    underspecified: bool = False
    note: str = ""

    def to_dict(self) -> dict:
        """Return the mention as a JSON-serialisable dict.

        Returns
        -------
        dict
            Field name to value.
        """
        return dataclasses.asdict(self)


# --------------------------------------------------------------------------------------------------------------
# precision
# --------------------------------------------------------------------------------------------------------------
_PREC_RES = [
    (re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}T"), "time"),
    (re.compile(r"^[\dX]{4}-W[\dX]{2}-[\dX](?:T|$)"), "day"),
    (re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}$"), "day"),
    (re.compile(r"^[\dX]{4}-W[\dX]{2}(?:-WE)?$"), "week"),
    (re.compile(r"^[\dX]{4}-[\dX]{2}$"), "month"),
    (re.compile(r"^[\dX]{4}-(?:SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^[\dX]{4}-[QH][\dX]$"), "quarter"),
    (re.compile(r"^[\dX]{4}$"), "year"),
    (re.compile(r"^[\dX]{3}$"), "decade"),
    (re.compile(r"^[\dX]{2}$"), "century"),
]


def precision_of(value: str) -> str | None:
    """Return the granularity of a TimeML date/time value.

    Parameters
    ----------
    value : str
        A TIMEX3 value such as ``1994``, ``1994-06``, ``2022-W02``, ``199``, ``1998-SU``, ``1998-01-08T15:30``.

    Returns
    -------
    str or None
        One of ``century``, ``decade``, ``year``, ``quarter`` (also halves), ``season``, ``month``, ``week``,
        ``day``, ``time``; None for durations (``P...``), ``*_REF`` values and anything unrecognised.
    """
    if not value or value[0] == "P" or value.endswith("_REF"):
        return None
    for rx, name in _PREC_RES:
        if rx.match(value):
            return name
    return None


# --------------------------------------------------------------------------------------------------------------
# regular expressions
# --------------------------------------------------------------------------------------------------------------
_MON = rf"(?:(?:{L.MONTH_FULL})|(?:{L.MONTH_ABBR})\.)"           # bare month: abbreviations need a period
_MON_D = rf"(?:(?:{L.MONTH_FULL})|(?:{L.MONTH_ABBR})\.?)"        # month followed by digits
_WD = rf"(?:{L.WEEKDAY_RE})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_ONES = "|".join(L.ONES)
_TEENS = "|".join(L.TEENS)
_TENS = "|".join(L.TENS)
_NUMW = (rf"(?:(?:{_TENS})(?:[- ](?:{_ONES}))?|{_TEENS}|{_ONES}|a couple of|couple of|a few|a dozen|dozens of|"
         rf"several|a number of|many|few|hundreds of|a hundred|one hundred|a single|an|a)")
_NUM1 = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:[\s-]1/2|½)?|(?i:{_NUMW}))(?:(?i:-and-a-half| and a half))?"
# "two to three weeks", "12 to 18 months", "two or three days": one TIMEX3 (value from the first number, as TimeBank)
_NUM = rf"(?:{_NUM1})(?:(?P<range>\s*(?:-|–|(?i:to|or))\s*(?:\d+(?:\.\d+)?|(?i:{_TENS}|{_TEENS}|{_ONES}))(?=[\s-]))?)"
_B = r"(?<![\w$€£#@/.-])"     # left boundary
_E = r"(?![\w])"              # right boundary
_TIME_AP = r"(?i:a\.m\.?|p\.m\.?|am|pm)"
_TZ = (r"(?:,?\s+(?:[ECMP][SD]T|GMT|UTC|[A-Z]{2,3}T|local time|(?:New York|Washington|London) time|"
       r"(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+[Tt]ime))?")

_RX_MDY = re.compile(
    rf"{_B}(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON_D})\s+(?P<day>{_DAY})(?![\d])(?!,\d)(?!\.\d)"
    rf"(?:,?\s+(?P<year>{_YEAR})(?![\d%]))?"
    rf"(?:(?:,?\s+|\s+at\s+)(?P<hh>[012]?\d):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?:\s*(?P<ap>{_TIME_AP}))?)?"
    rf"(?![\w])")
_RX_DMY = re.compile(
    rf"{_B}(?:(?P<wd>{_WD}),?\s+)?(?:(?i:the)\s+)?(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON_D}),?"
    rf"(?:\s+(?P<year>{_YEAR})(?![\d%]))?"
    rf"(?:,?\s+(?P<hh>[012]?\d):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?)?(?![\w])")
_RX_MY = re.compile(rf"{_B}(?P<mon>{_MON_D})(?:\s+of)?,?\s+(?P<year>{_YEAR}|['’]\d\d)(?![\w%]|[.,]\d)")
_RX_MONTH = re.compile(
    rf"{_B}(?:(?P<rel>(?i:last|next|this|this past|this coming|coming|past|early|late|mid|earlier|later|"
    rf"the\s+following|the\s+next|the\s+previous|that)"
    rf"(?:\s+|-))|(?P<mid>(?i:mid)-))?(?P<mon>{_MON})"
    rf"(?:\s+(?P<yrel>(?i:last|this|next)\s+year))?(?![\w-])")
_RX_ISO = re.compile(
    r"(?<![\w.-])(?P<y>1[6-9]\d\d|20\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?)?(?![\w-])")
# numeric dates: "4/9/2022", "13/05/22" (slashes), "13.05.2022" (dots, four-digit year); which number is the month
# is decided by ``find_dates(dayfirst=...)`` and a number above 12
_RX_NUMERIC = re.compile(
    r"(?<![\w./-])(?P<a>[0-3]?\d)(?:(?P<sl>/)(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\w/])|"
    r"\.(?P<b2>[0-3]?\d)\.(?P<y2>1[6-9]\d\d|20\d\d)(?![\w]|\.\d))")
# without a year only after a word that introduces a date: "effective 4/9", "on 4/9", "as of 9.4.", "Tue. 4/9"
_RX_NUMERIC_MD = re.compile(
    r"(?<![\w./$€£-])(?P<a>[0-3]?\d)(?:(?P<sl>/)(?P<b>[0-3]?\d)(?![\w/%]|[.,]\d)|\.(?P<b2>[01]?\d)\.(?![\w.]|\d))")
_RX_NUMERIC_CUE = re.compile(
    r"(?P<cue>\b(?i:on|effective|as\s+of|dated|until|till|through|thru|since|by|from|before|after|starting|"
    rf"beginning|ending)|\b{_WD}|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+$")
_RX_YEAR = re.compile(
    rf"(?<![\w$€£#.,/:+-])(?:(?P<pre>(?i:fiscal(?:\s+year)?|FY|the\s+year|calendar|model\s+year)\s*)|"
    rf"(?P<mid>(?i:mid)-?))?(?P<year>{_YEAR})(?![\w%]|[.,]\d|-\d|\s*(?:%|(?i:percent|per cent)))"
    rf"(?P<orlater>\s+(?i:or\s+(?:later|earlier|before|after)))?")
# "2009-2010", "1957-58": each year is its own mention (TimeML); the second may be written with two digits
_RX_YEARRANGE = re.compile(
    rf"(?<![\w$€£#.,/:+-])(?P<y1>{_YEAR})(?P<sep>[-–/])(?P<y2>{_YEAR}|\d\d)(?![\w%]|[.,]\d|-\d)")
# "January-June", "the March-May period": each month is its own mention, like a range of years
_RX_MONTHRANGE = re.compile(
    rf"{_B}(?P<m1>{L.MONTH_FULL})\s?[-–]\s?(?P<m2>{L.MONTH_FULL})"
    rf"(?:,?\s+(?P<year>{_YEAR})(?![\w%]|[.,]\d))?(?![\w-])")
_RX_WORDYEAR = re.compile(
    rf"{_B}(?:(?i:the\s+year\s+))?(?P<w>(?i:nineteen(?:[- ]hundred(?: and)?)?[- ](?:(?:{_TENS})(?:[- ](?:{_ONES}))?|"
    rf"{_TEENS}|(?:oh[- ])?(?:{_ONES}))|two[- ]thousand(?:(?: and)?[- ](?:{_TEENS}|{_ONES}))?))(?![\w-])")
_RX_DECADE = re.compile(
    rf"{_B}(?P<the>(?i:the)\s+)?(?P<mod>(?i:early|mid|late)(?:-|\s+))?"
    rf"(?:(?P<full>1[0-9]\d0|20[0-9]0)['’]?s|['’](?P<short>\d0)['’]?s|(?P<word>(?i:twenties|thirties|forties|"
    rf"fifties|sixties|seventies|eighties|nineties))|"
    # "the 60's and 70's": bare tens, after "the" or coordinated with such a decade
    rf"(?:(?<=[Tt]he )|(?<=0['’]s and )|(?<=0['’]s or ))(?P<bare>[2-9]0)['’]s)(?![\w])")
_RX_CENTURY = re.compile(
    rf"{_B}(?P<the>(?i:the)\s+)?(?P<mod>(?i:early|mid|late)(?:-|\s+))?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|"
    rf"(?i:twenty[- ]first|twentieth|nineteenth|eighteenth|seventeenth|sixteenth))[\s-]+(?i:century)(?![\w])")
_RX_SEASON = re.compile(
    rf"{_B}(?P<rel>(?:(?i:this|last|next|the|this past|this coming|coming|past|early|late|mid|the early|"
    rf"the late|that|the following|the previous|the preceding)(?:\s+|-))+)?(?P<s>(?i:spring|summer|fall|autumn|winter))"
    rf"(?:\s+(?:(?i:of)\s+)?(?P<year>{_YEAR})(?![\w%]))?(?![\w-])")
_RX_QUARTER = re.compile(
    rf"{_B}(?P<det>(?:(?i:the|this|last|next|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|"
    rf"the\s+year-earlier|the\s+year-ago|year-earlier|year-ago|the\s+latest|the\s+current|the\s+same|"
    rf"the\s+comparable|the\s+corresponding|the\s+fiscal|fiscal|"
    rf"the\s+(?P<yr1>{_YEAR})|(?P<yr2>{_YEAR}))\s+)*)"
    rf"(?:(?i:fiscal)[\s-]+)?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?:(?i:fiscal)[\s-]+)?"
    rf"(?P<unit>(?i:quarter|half))(?![\w])"
    rf"(?:\s+(?i:of)\s+(?:(?:(?i:fiscal)\s+)?(?P<year>{_YEAR})(?![\w])|"
    rf"(?P<yrel>(?i:this|last|next|the)\s+(?:fiscal\s+)?year)))?")
_RX_REL = re.compile(
    rf"{_B}(?P<pre>(?i:the\s+(?:end|beginning|start|middle|close|rest|remainder)\s+of\s+))?"
    rf"(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|coming|past|the\s+past|the\s+previous|"
    rf"the\s+following|the\s+next|the\s+coming|the\s+current|the\s+latest|the\s+most\s+recent|the\s+same|"
    rf"the\s+prior|the\s+last|previous|prior|that|earlier\s+that|later\s+that|earlier\s+this|later\s+this|"
    rf"early\s+this|late\s+this|early\s+next|"
    rf"late\s+next|early\s+last|late\s+last|earlier\s+in\s+the|later\s+in\s+the|early\s+in\s+the|"
    rf"late\s+in\s+the|the|current|this\s+fiscal|last\s+fiscal|next\s+fiscal|the\s+fiscal|the\s+current\s+fiscal|"
    rf"the\s+year-earlier|the\s+year-ago|the\s+prior-year|the\s+year-before|the\s+preceding|the\s+comparable|"
    rf"the\s+corresponding|the\s+full|a\s+full))\s+"
    rf"(?P<unit>(?i:week|(?:(?:holiday|long|three-day|four-day)\s+)?weekend|month|year|quarter|decade|century|"
    rf"period))(?![\w-])"
    rf"(?P<ago>\s+(?i:(?:of\s+|in\s+)?(?:a\s+year\s+(?:ago|earlier)|last\s+year)|earlier))?")
_RX_THEN = re.compile(r"(?:(?<=\b[Uu]ntil )|(?<=\bby )|(?<=\b[Bb]efore ))then(?![\w-])")
_RX_YEARPERIOD = re.compile(rf"{_B}(?i:the)\s+(?P<year>{_YEAR})\s+(?P<u>(?i:quarter|period))(?![\w-])")
_RX_YEAREND = re.compile(rf"{_B}(?i:(?P<w>year|month|quarter)[- ]end|(?P<w2>year)['’]s\s+end|"
                         rf"the\s+end\s+of\s+(?P<w3>year|month)|"
                         rf"(?P<ya>year-earlier|year-ago))(?![\w-])")
_RX_DEICTIC = re.compile(
    rf"{_B}(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
    rf"(?:(?:early|late|earlier|later)\s+)?(?:today|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|"
    rf"(?:early|late|earlier|later)\s+(?:today|yesterday|tomorrow|tonight|last\s+night)|"
    rf"(?:(?:early|late|earlier|later)\s+)?this\s+(?:morning|afternoon|evening)|last\s+night|tonight|overnight|"
    rf"(?:the\s+)?(?:coming|recent)\s+(?:days|weeks|months|quarters|years|decades)|"
    rf"future\s+(?:days|weeks|months|quarters|years|decades)|past\s+(?:quarters|years|decades)|"
    rf"(?:the\s+)?weeks\s+ahead|the\s+days\s+ahead|the\s+months\s+ahead|the\s+years\s+ahead|"
    rf"the\s+(?:next|coming|past|last)\s+(?:few|several|couple\s+of)\s+(?:days|weeks|months|years|decades)|"
    rf"the\s+weekend|this\s+weekend|last\s+weekend|next\s+weekend|the\s+short\s+term|the\s+long\s+term|"
    rf"the\s+near\s+term|the\s+time\s+being|so\s+far|more\s+recently|most\s+recently|"
    rf"then[\s-]current|recent\s+(?:years|days)|"
    rf"today|yesterday|tomorrow|right\s+now|just\s+now|now|currently|current|recently|recent|lately|"
    rf"nowadays|these\s+days|at\s+present|the\s+present|presently|soon(?!\s+(?:after|before|as|afterwards?))|"
    rf"the\s+near\s+future|the\s+future|the\s+distant\s+past|the\s+past))(?![\w-])")
# literal-first patterns (no leading look-behind, so the regex engine can skip ahead to the first letter); their
# resolvers check the left boundary
_RX_DAYREF = re.compile(
    r"(?P<w>[Tt]h(?:at\s+same|is\s+same|e\s+same|e\s+next|e\s+following|e\s+previous|e\s+prior|e\s+preceding|"
    r"at|e))\s+(?P<u>day|morning|afternoon|evening|night)(?![\w-])"
    r"(?:(?P<ba>\s+(?:before|after))(?=\s*(?:[,.;:!?)\n]|$))"
    r"|(?=\s+(?P<dev>before|after)\s+(?!yesterday|tomorrow)[\w$]))?")


# "the second day of an offensive", "the 99th day": a day counted within some event
_RX_ORDDAY = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?day(?![\w-])(?!\s+of\s+the\s+(?:month|year|week))")


def _holiday_rx(name: str) -> str:
    words = []
    for w in name.split():
        if w == "the":
            words.append("[Tt]he")
        elif w == "of":
            words.append("of")
        else:
            words.append(re.escape(w[0].upper() + w[1:]).replace("'", "['’]?"))
    return r"\s+".join(words)


_RX_HOLIDAY = re.compile(
    "(?P<h>" + "|".join(_holiday_rx(h) for h in sorted(list(L.HOLIDAYS_FIXED) + list(L.HOLIDAYS_NTH)
                                                      + list(L.HOLIDAYS_EASTER), key=len, reverse=True))
    + r")(?![\w'’-])(?:,?\s+(?P<hy>1[89]\d\d|20\d\d)(?![\w]))?")
_RX_WEEKDAY = re.compile(
    rf"{_B}(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|coming|early|late|earlier|later|"
    rf"the\s+previous|the\s+following)\s+))?(?P<wd>{_WD})(?P<pl>s)?"
    rf"(?:\s+(?P<tod>(?i:morning|afternoon|evening|night|noon|midnight))(?P<todpl>s)?)?(?![\w-])")
_RX_TIME = re.compile(
    rf"{_B}(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>{_TIME_AP}|o['’]clock)(?![\w])(?P<tz>{_TZ})"
    rf"(?:\s*,?\s+(?:(?P<md>(?P<mon>{_MON_D})\s+(?P<dd>{_DAY})(?!\d))|(?P<day>(?i:today|yesterday|tomorrow)|{_WD})))?"
    rf"(?:\s+(?P<part>(?i:this\s+(?:morning|afternoon|evening)|tonight)))?")
# a bare hour with its part of the day: "until 11 this morning", "at 9 last night" (after a preposition only)
_RX_HOURPART = re.compile(
    r"(?<![\w:.])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s+(?:(?P<ap>(?i:[ap]\.m\.|[ap]m))\s+)?"
    r"(?P<part>(?i:this\s+(?:morning|afternoon|evening)|tonight|last\s+night|"
    r"(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)))(?![\w-])")
_RX_MILTIME = re.compile(r"(?P<hm>[012]\d[0-5]\d)(?:\s+(?:hours|hrs))?\s+(?P<tz>GMT|UTC)(?![\w])")
_RX_TIME24 = re.compile(
    rf"(?:(?<=\bat )(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\w:.]|\.\d)(?P<tz>{_TZ})|"
    rf"(?<![\w.:/$-])(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)\s+(?P<tz2>GMT|UTC|(?i:local\s+time))(?![\w]))"
    rf"(?:\s*,?\s+(?P<day>(?i:today|yesterday|tomorrow)|{_WD})(?![\w]))?")
_RX_NOON = re.compile(
    rf"{_B}(?:(?P<day1>(?i:today|yesterday|tomorrow)|{_WD})\s+)?(?P<w>(?i:noon|midnight|midday|mid[- ]?afternoon|"
    rf"mid[- ]?morning)){_TZ}(?:\s+(?P<day>(?i:today|yesterday|tomorrow|tonight|last\s+night)|{_WD}))?(?![\w-])")
_RX_DURATION = re.compile(
    rf"{_B}(?P<pre>(?i:the\s+past|the\s+last|the\s+next|the\s+first|the\s+final|the\s+coming|the\s+previous|"
    rf"the\s+following|the\s+latest|the\s+remaining|another|an\s+additional|a\s+further|the|"
    rf"its\s+first|their\s+first|the\s+entire|the\s+whole|all)\s+)?"
    rf"(?P<num>{_NUM})(?P<hy>[\s-]+)(?:(?P<more>(?i:more|additional|straight|consecutive|full|long|"
    rf"successive|further|trading|business|working|calendar))\s+)?(?P<unit>(?i:{L.UNIT_RE}))"
    rf"(?P<adj>-(?i:long|old|olds))?(?![\w])(?P<half>(?i:\s+and\s+a\s+half))?(?P<orso>(?i:\s+or\s+so)(?!\s+ago))?"
    rf"(?P<ago>\s+(?i:or\s+so\s+)?(?i:ago|earlier|later|before|after|from\s+now|hence|previously|prior|"
    rf"afterwards?|thereafter))?(?![\w-])")
# "between 12 and 18 months": two durations, the first written as a bare number
_RX_BETWEEN = re.compile(
    rf"(?<=\b[Bb]etween )(?P<n1>\d+(?:\.\d+)?|(?i:{_TENS}|{_TEENS}|{_ONES}))\s+(?i:and)\s+"
    rf"(?P<n2>\d+(?:\.\d+)?|(?i:{_TENS}|{_TEENS}|{_ONES}))\s+(?P<unit>(?i:{L.UNIT_RE}))(?![\w-])")
_RX_BAREUNIT = re.compile(
    r"\b(?:[Ff]or|over|took|take|takes|[Ww]ithin|lasted|lasting|in|spent|spend|spends|spending)\s+"
    r"(?P<core>(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries))(?![\w-])"
    r"|\b[Oo]ver\s+(?P<core2>the\s+(?P<unit2>years|months|weeks|decades|centuries))(?![\w-])"
    r"|\b[Ff]or\s+(?P<core3>some\s+time|a\s+while|a\s+long\s+time|quite\s+some\s+time)(?![\w-])"
    r"|\b[Aa]t\s+(?P<core4>the\s+time)(?![\w-])(?!\s+(?:of|when|that|he|she|it|they|we)\b)"
    r"|(?P<core5>[Yy]ears|[Mm]onths|[Ww]eeks|[Dd]ecades)(?=\s+of\s)"
    r"|(?P<core6>(?:[Yy]ears|[Mm]onths|[Ww]eeks|[Dd]ays|[Dd]ecades|[Hh]ours)\s+ago)(?![\w-])"
    r"|(?P<core7>[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears)(?=\s+(?:before|after)\s)"
    r"|(?<![\w-])(?P<core8>minutes|hours|days|weeks|months|years)(?=\s+apart\b)"
    r"|(?<![\w-])(?P<core9>[Tt]he\s+first\s+(?P<unit9>hours|hour))(?![\w-])")
_BARE_CORES = ("core", "core2", "core3", "core4", "core5", "core6", "core7", "core8", "core9")
# words before "days before ..." that make "days" part of a larger noun phrase, not a bare duration
_BARE_REL_BLOCK = {"the", "those", "these", "few", "many", "several", "some", "two", "three", "four", "five", "of",
                   "for", "over", "within", "in", "and", "or", "other", "final", "last", "first", "early", "late",
                   "more", "ten", "six", "seven", "eight", "nine", "twenty", "thirty", "dozen", "hundred", "all",
                   "what", "no", "our", "their", "his", "her", "its", "my", "your"}
# words before "years of ..." that leave "years" a bare duration ("after years of talks", "months of fighting")
_BARE_OF_PREV = {"", "after", "follows", "follow", "following", "followed", "despite", "ending", "end", "ended", "ends",
                 "spent", "spend", "spending", "endured", "took", "take", "takes", "taking", "and", "with", "through",
                 "of", "by", "from", "amid", "before", "over", "during", "required", "require", "requires", "need",
                 "needed", "lasted", "last", "lasting", "within", "for", "in", "but", "then"}
_RX_SET = re.compile(
    rf"{_B}(?i:(?:every|each|per)\s+(?:other\s+|single\s+)?(?P<u>day|week|month|year|quarter|morning|afternoon|"
    rf"evening|night|weekend|summer|winter|spring|autumn|hour|minute|decade)|(?:every|each)\s+(?P<wd>(?-i:{_WD}))|"
    rf"(?:every|each)\s+(?P<mon>(?-i:{L.MONTH_FULL}))|"
    rf"(?P<adv>annually|yearly|daily|weekly|monthly|quarterly|hourly|nightly|biweekly|semiannually|"
    rf"semi-annually|bimonthly|per\s+annum|a\s+year\s+apart))(?![\w-])")

_RX_LEFTMOD = re.compile(
    r"(?:^|(?<=[\s(\"“‘'—–-]))(?P<m>(?i:about|around|approximately|roughly|nearly|almost|some|more\s+than|"
    r"less\s+than|fewer\s+than|at\s+least|up\s+to|no\s+more\s+than|at\s+most|no\s+later\s+than|"
    r"no\s+earlier\s+than|the\s+(?:end|beginning|start|middle|close|latter\s+part|early\s+part|first\s+half|"
    r"second\s+half|dawn|outset)\s+of|early|late|mid))(?P<sep>\s+|-)$")
# sentence breaks: not after a title or month abbreviation ("Mr. Smith", "Aug. 7"), nor before a lower-case word or a
# digit ("5 p.m. on Friday", "Aug. 7")
_SENT_ABBR = "Mr Mrs Ms Dr St Gen Sen Rep Gov Lt Col Sgt Capt Rev No Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec".split()
_RX_SENT = re.compile(r"(?:[.!?](?<!" + r")(?<!".join(rf"\b{a}\." for a in _SENT_ABBR) + r")"
                      r"[\"”’')\]]*\s+(?=[^\sa-z0-9(])"
                      r"(?!(?:Eastern|Central|Mountain|Pacific|[ECMP][SD]T|GMT|UTC)\b)"
                      r"|\n\s*(?=\S))")
# "U.S. President Bill Clinton", "the U.N. Security Council": an initialism before a name or a title does not
# end the sentence; one before a word that usually opens a sentence does ("... to the U.S. The talks ...")
_RX_INITIALISM_END = re.compile(r"(?:^|[^\w.])(?:[A-Z]\.){2,}$")
_SENTENCE_OPENERS = {"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But", "And",
                     "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "After", "Before",
                     "When", "While", "If", "As", "Since", "For", "By", "Meanwhile", "However", "Also", "Some", "Many",
                     "Officials", "Police", "Asked", "Still", "Yet", "So", "Now", "Then", "Last", "Earlier", "Later"}


def _initialism_inside(text: str, m: re.Match) -> bool:
    """A sentence-break match that follows an initialism ("U.S.") and precedes a word that is no sentence opener."""
    if text[m.start()] != "." or not _RX_INITIALISM_END.search(text, max(0, m.start() - 12), m.start() + 1):
        return False
    nxt = _RX_NEXT_WORD.match(text, m.end())
    return bool(nxt) and nxt.group(1) not in _SENTENCE_OPENERS


_RX_FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|going\s+to|(?:is|are|was|were|be)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to|"
    r"plans?\s+to|planned|scheduled|expect(?:s|ed)?|would|next|upcoming|tomorrow|hope[sd]?\s+to|aims?\s+to|"
    r"intends?\s+to|later\s+this|set\s+(?:to|for)|payable|due\s+to\s+(?!the\b|a\b)|to\s+be\s+held|"
    r"(?:is|are)\s+to|"
    # scheduled present ("his successor takes over on Monday", "the summit opens Friday")
    r"(?:begins|starts|opens|closes|ends|meets|arrives|leaves|departs|returns|resumes|resume|expires|convenes|"
    r"(?<![\d,]\s)(?<!electoral\s)(?<!popular\s)votes|(?<!['’]s\s)(?<!\bthe\s)vote|meet|holds|hosts|faces|facing|"
    r"visits|travels|flies|heads|plays|gathers?|awaits?|ahead\s+of|sets|"
    r"due\s+(?:out|back|in|on|for|by)|(?:is|are)\s+(?:on|slated|at|due|closed|shut)|go(?:es)?\s+to\s+the\s+polls|"
    r"(?<!was\s)(?<!were\s)prepar(?:e|es|ing)\s+for|preparations\s+for|rescheduled|counting\s+on|"
    r"on\s+(?:course|track|schedule)\s+to|poised\s+to|planning\s+to|must\s+(?!have\b)|adjourns?|"
    r"\b(?:when|once|until|after|before)\s+(?:he|she|it|they|we|you|I|the\s+[a-z]+)\s+(?:is|are)\s+[a-z]+ed\b|"
    r"as\s+(?:early|soon)\s+as|could\s+(?!not\b|have\b|n['’]t)|might\s+(?!have\b)|(?-i:may)\s+(?!have\b)|"
    r"new\s+deadline|deadline\s+is|(?:moved|pushed|put)\s+(?:up\s+|back\s+|forward\s+|off\s+)?(?:to|until)\b|"
    r"(?:postponed|delayed|extended)\s+(?:\w+\s+){0,3}?(?:to|until)\b|"
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:end|begin|start)(?!\s+(?:of|to)\b)|"
    r"\b(?:a|the|its|their|his|her)\s+(?:pledge|promise|vow|plan|bid|decision|agreement)\s+to\s+"
    r"(?!(?:the|a|an|his|her|its|their)\b)|"
    r"takes\s+over|takes\s+effect|kicks\s+off|goes\s+into\s+effect))\b|['’]ll\b", re.I)
_RX_PAST = re.compile(
    r"\b(?:was|were|had|did|ago|last|yesterday|took|began|met|came|went|made|gave|held|saw|brought|bought|sold|"
    r"paid|left|won|lost|fell|rose|got|built|led|ran|sent|spent|struck|stood|found|kept|became|wrote|"
    r"said|told|spoke|heard|felt|meant|sought|fought|caught|drew|flew|grew|knew|threw|broke|chose|fled|"
    r"been|fallen|risen|gone|seen|taken|given|grown|shown|begun|hit|died|fed|led|shed|fled|"
    r"earlier|(?!(?:exceed|proceed|succeed|need|feed|speed|seed|indeed|breed|heed|deed|greed|hundred|kindred|"
    r"sacred|naked|wicked|rugged|embed|shred)\b)[a-z]{3,}ed)\b", re.I)
# verbs whose past is their base form ("the court set", "Musk cut"): past after a singular subject (its present
# would take -s), when an object or particle follows ("set a hearing", "hit back"), not a noun ("a rate cut was")
_RX_PAST_BARE = re.compile(r"\b(?P<v>set|cut|put|hit|let|shut|quit|cast|bid|split|spread|cost|shed|upset)"
                           r"\s+(?=(?:the|a|an|its|his|her|their|our|up|down|off|out|back|aside|\d|\$)\b)")
_RX_BARE_SUBJECT = re.compile(
    r"(?:\b(?:it|he|she)|\b(?i:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]*[a-rt-z]|"
    r"(?<![\w’'-])(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|It|He|She|They|We|I|You)\b)[A-Z][a-z]*[a-rt-z])"
    r"(?<!\bwill)(?<!\bwould)(?<!\bshall)(?<!\bshould)(?<!\bcan)(?<!\bcould)(?<!\bmay)(?<!\bmight)(?<!\bmust)"
    r"(?<!\bto)(?<!\bnot)(?<!\bdid)(?<!\bdoes)(?<!\bdo)(?<!\bnever)"
    rf"(?:\s+(?:on\s+)?{_WD}(?:\s+(?:morning|afternoon|evening|night))?)?\s+$")


def _bare_pasts(text: str, s: int, e: int) -> Iterator[re.Match]:
    """Base-form pasts in ``text[s:e]`` with a singular subject before them ("the court (on Monday) set")."""
    for m in _RX_PAST_BARE.finditer(text, s, e):
        if _RX_BARE_SUBJECT.search(text, max(s, m.start() - 60), m.start()):
            yield m


_RX_ARTICLE_GAP = re.compile(r"\s+(?:an?|the)\s+")
_RX_THAT = re.compile(r"\bthat\b", re.I)
_RX_SUBORDINATE = re.compile(r"\b(?:before|after|when|until|because|while|although)\b|,\s*(?:where|which|who)\b",
                             re.I)
# clause boundaries inside a sentence: ", and", ", but", ";", ", while" ...
_RX_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|although|though|as|so)\b|;|\s[—–]\s|\s--\s", re.I)
_RX_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:[a-z]{3,}ed|[a-z]+en|fled|left|lost|won|held|made|spent|"
                              r"sold|bought|built|paid|sent|kept|met|fought|grown|gone|risen|fallen|spread|hit|"
                              r"cut|put|set|shut|quit|run|come|become|begun|done|seen|died|struck|reached)\b", re.I)
_RX_RELATIVE = re.compile(r",\s+(?:who|which|whose|where)\b", re.I)


def _last_relative(text: str, s: int, e: int) -> re.Match | None:
    """The last ", who / which / whose / where" opening a relative clause in ``text[s:e]``."""
    m = None
    for m in _RX_RELATIVE.finditer(text, s, e):
        pass
    return m


_RX_BE_BEFORE = re.compile(r"\b(?:be|been|being|stay|stays|remain|remains|get|gets)\s+$", re.I)
_RX_BE_PRESENT_BEFORE = re.compile(r"\b(?:be|been|being|is|are)\s+$", re.I)  # "will be / is sentenced on"
_RX_BE_BEFORE_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were|has|have)\s+(?:\w+ly\s+)?$", re.I)
_RX_TO_VERB = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|\d)\b)[a-z]+\b")
# verbs that put something on hold until a later day ("extended the offer until Friday" still looks ahead), and past
# cues that tell nothing of what went on until the day (auxiliaries, "last", "ago" ...)
_HOLD_VERBS = {"extended", "postponed", "delayed", "adjourned", "suspended", "deferred", "closed", "shut", "halted",
               "froze", "banned", "barred", "set", "scheduled", "rescheduled", "moved", "pushed", "recessed",
               "agreed", "decided", "planned", "said", "told", "announced", "expected", "asked", "ordered", "gave",
               "granted", "allowed", "kept", "left", "imposed", "declared", "vowed", "pledged", "promised", "warned",
               "threatened"}
_NO_ACTIVITY_PAST = _HOLD_VERBS | {"was", "were", "had", "did", "last", "ago", "earlier", "yesterday"}
_FUTURE_PREPS = {"by", "until", "till", "through", "thru", "effective"}
_PAST_PREPS = {"since"}
# a past speech verb right before the date (not "will be announced on Monday")
_RX_SPEECH_BEFORE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bto )\b(?:said|announced|told\s+[A-Z]?\w+|reported|stated|added|declared|confirmed|"
    r"denied|warned|insisted|disclosed|revealed|indicated)\s+(?:on\s+)?$", re.I)
# a trailing attribution closing a sentence: ", officials said.", ", the ministry said in a statement."
_RX_ATTRIBUTION = re.compile(
    r",\s+(?:[\w.’'-]+\s+){0,5}(?:said|says|told\s+[\w.’'-]+|reported|announced|added)"
    r"(?:\s+(?!that\b)[\w.’'-]+){0,4}(?:\s*[.!?]?[\"”’']*\s*$|(?=,\s+(?:and|but)\b))")
_RX_PROPER = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:for|of|the|and|de|on)\s+)*[A-Z][\w’'-]*)*")
# "after <subject> <finite verb>": the event is a clause, not a noun phrase
_RX_CLAUSE_AFTER = re.compile(
    r"\s*(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|he|she|they|it|we|I)\s+"
    r"(?P<verb>[a-z]{2,}ed|was|were|had|took|made|won|lost|said|began|left|went|came|fell|rose|became|got|held|met|"
    r"broke|gave|sent|set|struck|ran|saw|told|wrote|fought|paid|sold|bought|built|led|brought|put|cut|shut|quit|"
    r"declared|signed)\b")
_STOP_AFTER = {"there", "their", "which", "where", "while", "would", "could", "should", "about", "after", "before",
               "other", "these", "those", "being", "first", "number", "between", "against", "during", "under",
               "within", "without", "through", "among", "since", "until", "because", "still", "again", "every",
               "never", "always", "later", "earlier", "early", "years", "months", "weeks", "times", "several",
               "three", "seven", "eight", "people"}
_RX_CUE_WORD = re.compile(r"([\w’'-]+)[\s\"“(]*$")
_RX_NEXT_WORD = re.compile(r"\s*([\w’'-]+)")

_COUNT_NOUNS = {"troops", "people", "soldiers", "men", "women", "children", "units", "jobs", "members",
                "cases", "votes", "shares", "dollars", "tons", "barrels", "residents", "workers", "employees",
                "copies", "cars", "miles", "feet", "meters", "acres", "pages", "points", "deaths", "others",
                "students", "officers", "delegates", "seats", "times", "rounds"}
_NUMERIC_PREV = {"than", "some", "nearly", "almost", "over", "only", "just", "approximately", "roughly", "total",
                 "totaling", "totalling", "of", "to", "and", "number", "no.", "No.", "flight", "route", "room", "page"}
_RX_THAT_ANAPHOR = re.compile(
    r"\s+(?i:that|this)(?=\s*[,.;:!?)]|\s+(?:he|she|they|it|we|I|the|a|an|his|her|their|its)\b)")
_RX_FRACTION_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))(?:(?i:a|one)\s+)?(?P<f>(?i:half|quarter))(?:\s+(?i:of))?\s+$")
_THAT_VERBS = {"said", "says", "say", "announced", "reported", "noted", "added", "believe", "believes", "believed",
               "expect", "expects", "expected", "hope", "hopes", "hoped", "think", "thinks", "thought", "warned",
               "argued", "claimed", "insisted", "predicted", "showed", "shows", "suggested", "suggests", "so", "now",
               "and", "but", "such"}
_COMMODITIES = {"gold", "silver", "copper", "platinum", "crude", "oil", "wheat", "corn", "soybeans", "soybean",
                "cotton", "coffee", "cocoa", "sugar", "cattle", "hogs", "heating", "gasoline", "natural", "lumber",
                "oats", "palladium", "aluminum", "nickel", "zinc", "orange", "bonds", "notes", "treasuries"}
# a sentence about a game: its quarters and halves are periods of play
_RX_SPORTS = re.compile(r"\b(?:scored|scoring|touchdowns?|field\s+goals?|free\s+throws?|rebounds|assists|"
                        r"quarterback|halftime|half-time|overtime|inning|innings|goals?\s+(?:in|from)|"
                        r"(?:led|trailed)\s+by\s+\d+|the\s+(?:game|match)\b)", re.I)
# words around a four-digit number that make it a label, not a year
_LABEL_PREV = {"section", "sections", "model", "article", "resolution", "chapter", "title", "rule", "form", "flight",
               "route", "highway", "interstate", "room", "suite", "no.", "number", "page", "box", "exit", "gate",
               "pier", "platform", "channel", "version", "office", "russell", "code", "bill", "h.r.", "s.", "item",
               "unit", "apartment", "lot", "line", "bus", "train", "vol.", "volume", "issue", "catalog", "windows"}
_LABEL_NEXT = {"block", "index", "copier", "model", "series", "km", "kilometers", "kilometres", "meters", "metres",
               "feet", "ft", "yards", "pounds", "kg", "kilograms", "calories", "degrees", "rpm", "cc", "horsepower"}
_VAGUE = {"several", "a few", "few", "many", "some", "a number of", "dozens of", "hundreds of"}
_UNIT_PREC = {"S": "time", "MIN": "time", "H": "time", "D": "day", "W": "week", "WE": "week", "FN": "week",
              "M": "month", "Q": "quarter", "Y": "year", "DE": "decade", "CE": "century"}
_PREC_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 4, "year": 5, "decade": 6,
              "century": 7}


# --------------------------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------------------------
def _num_value(s: str) -> float | None:
    """Number from digits or English number words; None for vague quantities (several, a few...)."""
    s = s.lower().strip()
    half = 0.0
    if s.endswith("1/2") or s.endswith("½"):
        s, half = s.rstrip("½").removesuffix("1/2").rstrip(" -"), 0.5
        if not s:
            return 0.5
    for suf in ("-and-a-half", " and a half"):
        if s.endswith(suf):
            s, half = s[: -len(suf)], 0.5
    if s in _VAGUE:
        return None
    if s in L.NUMBER_WORDS:
        return L.NUMBER_WORDS[s] + half
    try:
        return float(s.replace(",", "")) + half
    except ValueError:
        pass
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and parts[0] in L.TENS and parts[1] in L.ONES:
        return L.TENS[parts[0]] + L.ONES[parts[1]] + half
    return None


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _duration_value(n: float | None, unit: str) -> str:
    """TimeML duration value for *n* units (None -> X)."""
    if unit == "WE":
        unit = "D"
        n = None if n is None else n * 2
    if unit == "FN":
        unit = "W"
        n = None if n is None else n * 2
    if unit in ("DE", "CE") and n is not None:
        # TimeBank writes decades and centuries in years ("two decades" P20Y)
        n, unit = n * (10 if unit == "DE" else 100), "Y"
    if n is not None and n != int(n):
        # fractional: integer part plus the fraction in the next smaller unit ("2 1/2 years" P2Y6M,
        # "a minute and a half" PT1M30S), or the smaller unit alone where that is not exact
        conv = {"Y": (12, "M"), "M": (4, "W"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S"),
                "Q": (3, "M")}
        if unit in conv:
            f, small = conv[unit]
            whole, frac = int(n), (n - int(n)) * f
            if frac == int(frac):
                parts = ([(whole, unit)] if whole else []) + [(frac, small)]
                date_part = "".join(f"{_fmt_num(k)}{u}" for k, u in parts if u not in ("H", "MIN", "S"))
                time_part = "".join(f"{_fmt_num(k)}{'M' if u == 'MIN' else u}" for k, u in parts
                                    if u in ("H", "MIN", "S"))
                return "P" + date_part + (f"T{time_part}" if time_part else "")
            unit, n = small, n * f
    num = "X" if n is None else _fmt_num(n)
    if unit in ("S", "H", "MIN"):
        return f"PT{num}{'M' if unit == 'MIN' else unit}"
    return f"P{num}{unit}"


def _unit_code(word: str) -> str:
    w = word.lower()
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s") and w[:-1] in L.UNITS:
        w = w[:-1]
    return L.UNITS.get(w, "X")


def _iso_week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _prev_word(text: str, pos: int) -> str:
    m = _RX_CUE_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = _RX_NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


@dataclasses.dataclass
class _Cand:
    start: int
    end: int
    prio: int
    kind: str
    m: re.Match
    extra: dict = dataclasses.field(default_factory=dict)


class _Ctx:
    """Per-document state used while resolving candidates left to right."""

    def __init__(self, text: str, dct: _dt.date | None, dayfirst: bool | None = None):
        self.text = text
        self.dct = dct
        self.dayfirst = dayfirst                        # numeric dates: day first (True), month first, or by style
        self.last: tuple[int, str, str] | None = None   # (start, value, precision) of last resolved date
        self.history: list[tuple[int, str, str]] = []
        self.last_end = -1                              # end offset of that date
        self.quarter: tuple[int, int] | None = None     # last quarter (year, q) talked about
        self.quarter_pos = -10_000
        self._sent: list[int] | None = None
        self.pending: list[tuple[_Cand, _Res]] = []     # extra mentions a resolver splits off (year ranges)
        self.last_era: tuple[int, str, str] | None = None  # last decade or century given ("the 1980s")
        self.chron_last: tuple[int, _dt.date] | None = None  # (line start, date) of the last dated-list entry
        self.weekdays: list[int] = []                   # indices in the output of weekdays read from the DCT alone
        self.calendar: list[int] = []                   # ... and of calendar dates ("Oct. 27", "10/27/2022")

    def sentence(self, pos: int) -> tuple[int, int]:
        if self._sent is None:
            self._sent = [0] + [m.end() for m in _RX_SENT.finditer(self.text) if not _initialism_inside(self.text, m)]
        i = bisect.bisect_right(self._sent, pos) - 1
        s = self._sent[i]
        e = self._sent[i + 1] if i + 1 < len(self._sent) else len(self.text)
        return s, e

    def tense(self, start: int, end: int, *, preps: bool = True) -> str | None:
        """'future', 'past' or None from the nearest tense cue in the mention's sentence (and, with ``preps``,
        from a preposition right before it: "by Friday" looks ahead, "since May" back)."""
        pw = _prev_word(self.text, start)
        if preps and pw in _PAST_PREPS:
            return "past"
        if preps and pw == "for" and self.text.startswith(("'s", "’s"), end) \
                and not _past_verb_before(self.text, start):
            return "future"  # "arrived in Miami on Monday for Sunday's Super Bowl"
        if _RX_SPEECH_BEFORE.search(self.text, max(0, start - 40), start):
            return "past"  # "China said on Monday it would cut tariffs": the day is the saying's, not the cutting's
        if preps and pw in _FUTURE_PREPS:
            # "by Friday" looks ahead, unless the clause is in the past perfect ("by October 300,000 had fled") or
            # tells what went on ("the talks ran through Thursday night", "by Wednesday they dominated the news")
            s, e = self.sentence(start)
            if _RX_PAST_PERFECT.search(self.text, s, e) and not _RX_FUTURE.search(self.text, s, e):
                return "past"
            cs = self._clause(start, end)[2]
            comma = self.text.find(",", end, e)
            if pw != "effective" and not _RX_FUTURE.search(self.text, cs, comma if comma >= 0 else e) \
                    and self._went_on(pw, start, end, cs, e):
                return "past"
            return "future"
        s, e, cs, ce = self._clause(start, end)
        att = _RX_ATTRIBUTION.search(self.text, end, e)
        if att is not None and att.start() == end and _RX_OPENER.fullmatch(self.text, s, start):
            att = None  # "On Oct. 17, the company reported earnings.": the sentence itself, no attribution
        if att is not None:
            # "… faces an election in September, officials said.": the attribution's tense is the reporting's
            ce, e = min(ce, att.start()), att.start()
        return self._cue(start, end, cs, ce) or (self._cue(start, end, s, e) if (cs, ce) != (s, e) else None)

    def _clause(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(sentence start, sentence end, clause start, clause end) around a mention: the clause holding it
        ("X arrived Friday night, and more are expected"), or the relative clause it sits in (", who faces a vote on
        Thursday," and "… center, which operated through the holiday weekend, will close Friday")."""
        s, e = self.sentence(start)
        cs = max((m.end() for m in _RX_CLAUSE.finditer(self.text, s, start)), default=s)
        m = _RX_CLAUSE.search(self.text, end, e)
        ce = m.start() if m else e
        rel = _last_relative(self.text, cs, start)
        if rel is not None and "," not in self.text[rel.end():start]:
            cs = rel.end()
            comma = self.text.find(",", end, ce)
            ce = comma if comma >= 0 else ce
        return s, e, cs, ce

    def _went_on(self, pw: str, start: int, end: int, cs: int, e: int) -> bool:
        """An active past verb that tells what went on up to the date: right before "through/until" ("battled the
        blaze through Wednesday night") or right after a clause-opening "by" ("by Wednesday they dominated")."""
        before = None
        if pw != "by":  # "X-ed by" is mostly a passive's agent: "wants the case heard by September"
            for before in _RX_PAST.finditer(self.text, cs, start):
                pass
        after = _RX_PAST.search(self.text, end, min(e, end + 40)) if pw == "by" else None
        for v in (before, after):
            if v is None:
                continue
            w = v.group()
            gap = self.text[v.end():start] if v is before else self.text[end:v.start()]
            if w[0].islower() and w not in _NO_ACTIVITY_PAST and not _RX_TO_VERB.search(gap) and "," not in gap \
                    and not _RX_BE_BEFORE_PASSIVE.search(self.text, max(0, v.start() - 12), v.start()):
                return True
        return False

    def _cue(self, start: int, end: int, s: int, e: int) -> str | None:
        best: tuple[int, str] | None = None
        for rx, name in ((_RX_FUTURE, "future"), (_RX_PAST, "past"), (_RX_PAST_BARE, "past")):
            for m in (_bare_pasts(self.text, s, e) if rx is _RX_PAST_BARE else rx.finditer(self.text, s, e)):
                ms, me = m.span("v") if rx is _RX_PAST_BARE else m.span()
                if ms < end and me > start or rx is _RX_PAST_BARE and _RX_ARTICLE_GAP.fullmatch(self.text, me, start):
                    continue  # the date inside the verb's object ("set an Oct. 17 hearing") is not dated by it
                if name == "past" and _RX_BE_BEFORE.search(self.text, max(0, ms - 7), ms):
                    continue
                if ms >= end and _RX_THAT.search(self.text, end, ms):
                    continue  # "said Monday that talks would resume": the cue belongs to the reported clause
                if ms >= end and _RX_SUBORDINATE.search(self.text, end, ms):
                    continue  # "died Saturday night, hours before his last strip was to appear": another clause's
                dist = start - me if me <= start else ms - end
                if best is None or dist < best[0]:
                    best = (dist, name)
        return best[1] if best else None


# --------------------------------------------------------------------------------------------------------------
# resolution helpers (return tuples: type, value, mod, anchor)
# --------------------------------------------------------------------------------------------------------------
_Res = tuple  # (type, value, mod, anchor)


def _month_year(ctx: _Ctx, month: int, rel: str | None, pos: int, end: int) -> tuple[str, str]:
    """Year for a bare month name; returns (value, anchor)."""
    dct = ctx.dct
    if dct is None:
        return f"XXXX-{month:02d}", "none"
    y = dct.year
    if rel in ("last", "past", "this past"):
        y = dct.year if month < dct.month else dct.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = dct.year if month > dct.month else dct.year + 1
    elif rel == "this":
        y = dct.year
    else:
        t = ctx.tense(pos, end)
        here = dct.year * 12 + dct.month
        ahead = _future_verb_before(ctx.text, pos)
        best = None
        for cy in (dct.year - 1, dct.year, dct.year + 1):
            dist = cy * 12 + month - here
            if ahead and dist < 0:
                continue  # "the mandate will expire in December"
            score = abs(dist) + (0.5 if dist > 0 else 0.0)
            if (t == "past" and dist > 0) or (t == "future" and dist < 0):
                score *= _TENSE_PENALTY
            if best is None or score < best[0]:
                best = (score, cy)
        y = best[1]
    return f"{y:04d}-{month:02d}", "publication"


# A date that contradicts the sentence's tense is chosen only if it is this many times nearer to the publication
# date than the nearest date that agrees with it: tense cues are noisy ("said it had purchased shares through
# Sept. 29"), so a nearby occurrence still wins over a far one that fits the cue; but "married in June" in an April
# article is last June (10 months back beats 2 ahead), and "were last seen on April 12" in January is last April.
_TENSE_PENALTY = 5.0


# a past that looks ahead to the date: "was supposed to close on", "agreed to extend the deadline to", "a trial
# beginning", "moved the meeting to", "set a trial for"; the date may lie on either side of the publication date
_RX_FUTURE_IN_PAST = re.compile(
    r"\b(?:(?:was|were)\s+(?:supposed|due|set|scheduled|slated|expected|poised|going|about|meant)\s+to|"
    r"had\s+been\s+(?:scheduled|set|planned|expected|slated|due)|"
    r"(?:agreed|decided|voted|promised|pledged|vowed|planned|ordered|intended|offered|proposed|threatened|chose|"
    r"opted)\s+to\s+[a-z]+\b|"
    r"(?:beginning|starting)\s+(?:on\s+)?$|(?:set|scheduled|fixed)\s+(?:[\w’'-]+\s+){1,4}?for\s+$|"
    r"(?:moved|pushed|postponed|delayed|extended|rescheduled)\s+(?:[\w’'-]+\s+){1,4}?(?:to|until|till)\s+$)", re.I)


def _monthday_year(ctx: _Ctx, month: int, day: int, pos: int, end: int) -> int | None:
    """Year of a month-day without year: the nearest occurrence to the publication date, biased by tense."""
    d = _nearest_day(ctx, lambda y: _safe_date(y, month, day), pos, end)
    return None if d is None else d.year


def _nearest_day(ctx: _Ctx, day_in: Callable[[int], _dt.date | None], pos: int, end: int) -> _dt.date | None:
    """The occurrence (last, this or next year's) nearest the publication date, biased by the tense around
    ``pos``; a verb right before the date rules out the other side ("the plane crashed on Feb. 20", "will run
    until Dec. 31")."""
    dct = ctx.dct
    t = ctx.tense(pos, end)
    strong = _past_verb_before(ctx.text, pos)
    ahead = _future_verb_before(ctx.text, pos)
    if (t == "past" or strong) and _RX_FUTURE_IN_PAST.search(ctx.text, max(ctx._clause(pos, end)[2], pos - 80), pos):
        t, strong = None, False  # "was supposed to close on Oct. 17" in July: after the past, not before it
    best = None
    for cy in (dct.year - 1, dct.year, dct.year + 1):
        d = day_in(cy)
        if d is None:
            continue
        dist = (d - dct).days
        if (strong and dist > 1) or (ahead and dist < 0):  # a day after: a publication date given a day early
            continue
        score = float(abs(dist))
        if (t == "past" and dist > 0) or (t == "future" and dist < 0):
            score *= _TENSE_PENALTY
        if best is None or score < best[0]:
            best = (score, d)
    return None if best is None else best[1]


_RX_ENDING_BEFORE = re.compile(r"\b(?:ending|expiring)\s+$", re.I)  # "with the fiscal year ending Thursday"


def _weekday_date(ctx: _Ctx, wd: int, rel: str | None, pos: int, end: int) -> _dt.date | None:
    dct = ctx.dct
    if dct is None:
        return None
    delta = (wd - dct.isoweekday()) % 7
    if rel in ("last", "the previous", "this past", "past"):
        back = (7 - delta) if delta else 7
        if back == 1 and rel == "last":
            back = 8  # "last Thursday" said on a Friday is not yesterday (that would be "yesterday")
        return dct - _dt.timedelta(days=back)
    if rel in ("next", "the following", "this coming", "coming"):
        ahead = delta or 7
        if ahead == 1 and rel == "next":
            ahead = 8  # "next Thursday" said on a Wednesday is not tomorrow
        return dct + _dt.timedelta(days=ahead)
    if delta == 0:
        return dct
    t = "future" if _RX_ENDING_BEFORE.search(ctx.text, max(0, pos - 12), pos) else ctx.tense(pos, end)
    if rel == "this":
        # same ISO week
        return dct + _dt.timedelta(days=wd - dct.isoweekday())
    if t == "future":
        return dct + _dt.timedelta(days=delta)
    return dct - _dt.timedelta(days=7 - delta)


def _year_for_monthday(ctx: _Ctx, month: int, day: int, wd: int | None) -> tuple[int | None, str]:
    dct = ctx.dct
    if dct is None:
        return None, "none"
    best = None
    for y in (dct.year, dct.year - 1, dct.year + 1):
        d = _safe_date(y, month, day)
        if d is None:
            continue
        if wd is not None and d.isoweekday() != wd:
            continue
        dist = abs((d - dct).days)
        if best is None or dist < best[0]:
            best = (dist, y)
    if best is None:
        if wd is not None:
            return _year_for_monthday(ctx, month, day, None)
        return None, "none"
    return best[1], "publication"


def _shift(value: str, prec: str, n: float, unit: str) -> tuple[str, str] | None:
    """Shift a date value by n units (negative = back); result precision = coarser of the two."""
    uprec = _UNIT_PREC.get(unit, "year")
    target = prec if _PREC_RANK.get(prec, 9) >= _PREC_RANK.get(uprec, 9) else uprec
    half = re.fullmatch(r"(\d{4})-H([12])", value)
    if half and target == "quarter" and unit in ("M", "Q", "Y"):
        months = int(round(n * {"M": 1, "Q": 3, "Y": 12}[unit]))
        yy, mm = _add_months(int(half.group(1)), 6 * int(half.group(2)) - 5, months)
        return f"{yy:04d}-H{1 if mm <= 6 else 2}", "quarter"
    era = re.fullmatch(r"(\d{2,3})", value)
    if era:
        # a decade ("197") or century ("19") moves by its own unit: "the 1970s ... a decade later" is the 1980s
        size = 10 if len(value) == 3 else 100
        months = int(round(n * {"Y": 12, "DE": 120, "CE": 1200}.get(unit, 0)))
        if not months:
            return None
        y = int(value) * size + months // 12
        if not 0 <= y <= 9999:
            return None
        return (f"{y:04d}"[:3], "decade") if size == 10 else (f"{y:04d}"[:2], "century")
    m = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d)|-Q(\d))?", value)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else 1
    d = int(m.group(3)) if m.group(3) else 1
    base = _dt.date(y, mo, d)
    if m.group(4):
        base = _dt.date.fromisocalendar(y, int(m.group(4)), 1)
    if m.group(5):
        base = _dt.date(y, 3 * int(m.group(5)) - 2, 1)
        if target == "quarter" or (unit == "Y" and prec == "quarter"):
            months = {"Y": 12, "Q": 3, "M": 1}.get(unit)
            if months is None:
                return None
            yy, mm = _add_months(base.year, base.month, int(round(n * months)))
            return f"{yy:04d}-Q{(mm - 1) // 3 + 1}", "quarter"
    if unit in ("Y", "DE", "CE"):
        months = int(round(n * {"Y": 12, "DE": 120, "CE": 1200}[unit]))
        yy, mm = _add_months(base.year, base.month, months)
        nd = _safe_date(yy, mm, min(base.day, 28 if mm == 2 else 30)) or _dt.date(yy, mm, 1)
    elif unit in ("M", "Q"):
        months = int(round(n * (3 if unit == "Q" else 1)))
        yy, mm = _add_months(base.year, base.month, months)
        nd = _safe_date(yy, mm, base.day) or _dt.date(yy, mm, 28)
    elif unit in ("W", "D", "WE", "FN"):
        days = n * {"W": 7, "D": 1, "WE": 7, "FN": 14}[unit]
        nd = base + _dt.timedelta(days=int(round(days)))
    else:
        return None
    if target == "day":
        return nd.isoformat(), "day"
    if target == "week":
        return _iso_week(nd), "week"
    if target == "month":
        return f"{nd.year:04d}-{nd.month:02d}", "month"
    if target == "quarter":
        return f"{nd.year:04d}-Q{(nd.month - 1) // 3 + 1}", "quarter"
    if target == "decade":
        return f"{nd.year:04d}"[:3], "decade"
    if target == "century":
        return f"{nd.year:04d}"[:2], "century"
    return f"{nd.year:04d}", "year"


def _dct_value(dct: _dt.date, prec: str) -> str:
    if prec == "day":
        return dct.isoformat()
    if prec == "week":
        return _iso_week(dct)
    if prec == "month":
        return f"{dct.year:04d}-{dct.month:02d}"
    if prec == "quarter":
        return f"{dct.year:04d}-Q{(dct.month - 1) // 3 + 1}"
    return f"{dct.year:04d}"


_UNDERSPEC = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX",
              "decade": "XXX", "century": "XX", "season": "XXXX-XX"}


# --------------------------------------------------------------------------------------------------------------
# resolvers: one per candidate kind; each returns (type, value, mod, anchor) or None to drop
# --------------------------------------------------------------------------------------------------------------
_RX_RECENTLY = re.compile(r"\b(?:most\s+recently|latest|last\s+time)\b", re.I)
_RX_OPENER = re.compile(r"[\s\"“(]*(?:(?:In|By|Until|From|During|Since|On|Later|Then|And|But|That|Early|Late)"
                        r"(?:\s+(?:in|on))?\s+)?")


def _sentence_year(ctx: _Ctx, c: _Cand, month: int) -> int | None:
    """The year of a date given earlier in the same sentence when it is far from the publication year.

    "In 1980, a bomb destroyed the hotel on New Year's Eve": a day or month without a year belongs to the year the
    sentence is talking about, not to the one nearest the publication date. A month within three months of the
    publication date keeps the publication year ("a program approved in 1987 ... purchased shares through Sept. 29").
    """
    if ctx.last is None or ctx.dct is None or not ctx.last[1][:4].isdigit() or ctx.last[0] >= c.start:
        return None
    y = int(ctx.last[1][:4])
    fine = ctx.last[2] in ("month", "week", "day")
    s = ctx.sentence(c.start)[0]
    if fine and ctx.last[0] >= s and y == ctx.dct.year - 1 and ctx.last[1][5:7].isdigit() \
            and month >= int(ctx.last[1][5:7]):
        return y  # "The crisis began in July 1997, and by December the baht had halved"
    if abs(y - ctx.dct.year) <= 1:
        return None
    if y < ctx.dct.year and ctx.tense(c.start, c.end) == "future":
        return None  # "the first rise since March 1997, and another might come as soon as Aug. 24"
    if ctx.last[0] < s:
        # only within the sentence: carried into the next ones, the year wrongly captured news dates on TimeBank
        # ("... in 1988. The U.N. condemned the invasion on Aug. 2"); except from a sentence opening on the year
        # to the next one, in the same paragraph, opening on the month: a chronicle ("In 1994, the genocide began.
        # In July, the rebels took Kigali.")
        ps = ctx.sentence(s - 1)[0]
        chronicle = ps <= ctx.last[0] and "\n" not in ctx.text[ctx.last[0]:c.start] \
            and _RX_OPENER.fullmatch(ctx.text, ps, ctx.last[0]) and _RX_OPENER.fullmatch(ctx.text, s, c.start)
        return y if chronicle else None
    framed = _RX_OPENER.fullmatch(ctx.text, s, ctx.last[0]) is not None  # "That year, ...", "In 1995, ..."
    if not fine and not framed and min(abs(ctx.dct.month - month + k) for k in (-12, 0, 12)) <= 3:
        return None
    if _RX_RECENTLY.search(ctx.text, ctx.last[0], c.start):
        return None  # "cut rates seven times since May 1996, most recently on June 10"
    rel = _last_relative(ctx.text, s, ctx.last[0])
    if rel is not None and "," not in ctx.text[rel.end():ctx.last[0]] and "," in ctx.text[ctx.last[0]:c.start]:
        return None  # "Starr, who was appointed in August 1994, said ... since January": the year stays in its clause
    return y


# A dated list or chronicle: a line opening on a month-day followed by a colon or a dash ("Oct 17: Acme raises
# its bid", "- Oct. 3 -- Beta walks away"). Its entries are past events whatever the tense of their headline-style
# verbs, unless a heading over the list ("Schedule", "Upcoming", "What's next") or the entry itself
# ("will", "is scheduled to") looks ahead.
_CHRON_BULLET = r"[ \t]*(?:[-*•·–—>]+[ \t]*)?"
_RX_CHRON_BEFORE = re.compile(rf"{_CHRON_BULLET}$")
_RX_CHRON_AFTER = re.compile(r"[ \t]*(?::(?!\d)|[-–—]{1,2}[ \t])")
_RX_CHRON_LINE = re.compile(
    rf"{_CHRON_BULLET}(?:{_WD},?\s+)?(?:{_MON_D}\s+{_DAY}|{_DAY}\s+{_MON_D})(?:,?\s+{_YEAR})?"
    rf"[ \t]*(?::(?!\d)|[-–—]{{1,2}}[ \t])")
_RX_CHRON_FUTURE_HEAD = re.compile(
    r"\b(?:schedules?|scheduled|upcoming|calendar|coming\s+up|what['’]s\s+(?:next|ahead|coming)|ahead|agenda|"
    r"timetable|to\s+watch|next\s+steps|look(?:ing)?\s+ahead|to\s+come|key\s+dates\s+ahead)\b", re.I)
_RX_CHRON_FUTURE_ENTRY = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:(?:scheduled|set|due|expected|slated)\s+)?to|to\s+be\s+held)\b", re.I)
_RX_CHRON_SPEECH = re.compile(r"\b(?:says|said|announces|announced|tells|told|reports|reported|confirms|warns|"
                              r"argues|claims|predicts|expects|hopes)\b", re.I)


def _chronicle_entry(ctx: _Ctx, c: _Cand) -> int | None:
    """The start of the line when the month-day opens a dated-list line ("Oct 17: ..."), else None."""
    ls = ctx.text.rfind("\n", 0, c.start) + 1
    if not _RX_CHRON_BEFORE.fullmatch(ctx.text, ls, c.start) or not _RX_CHRON_AFTER.match(ctx.text, c.end):
        return None
    return ls


def _chronicle_context(ctx: _Ctx, ls: int) -> tuple[int, bool]:
    """(start of the list, whether a heading over it looks ahead): the list runs back over blank lines and other
    dated-list lines; the first other line above it is its heading."""
    text, pos = ctx.text, ls
    for _ in range(60):
        if pos == 0:
            return 0, False
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1]
        if line.strip() and not _RX_CHRON_LINE.match(line):
            head = len(line) <= 100 and _RX_CHRON_FUTURE_HEAD.search(line) is not None
            return pos, head
        pos = prev
    return pos, False


def _chronicle_year(ctx: _Ctx, c: _Cand, ls: int, month: int, day: int, wd: int | None) -> int | None:
    """Year of a dated-list entry: the occurrence nearest the list's previous entry among those not after the
    publication date (the latest such occurrence for the first entry); the next one from the publication date on
    when the list's heading or the entry itself looks ahead."""
    dct = ctx.dct
    block, ahead = _chronicle_context(ctx, ls)
    le = ctx.text.find("\n", c.end)
    entry = ctx.text[c.end:le if le >= 0 else len(ctx.text)]
    said = _RX_CHRON_SPEECH.search(entry)
    ahead = ahead or _RX_CHRON_FUTURE_ENTRY.search(entry, 0, said.start() if said else len(entry)) is not None
    prev = ctx.chron_last[1] if ctx.chron_last is not None and ctx.chron_last[0] >= block else None
    base = prev.year if prev is not None else dct.year
    years = range(min(base, dct.year) - 1, max(base, dct.year) + 2)
    days = [d for d in (_safe_date(y, month, day) for y in years)
            if d is not None and (wd is None or d.isoweekday() == wd)]
    if not days:
        return None
    if ahead:
        later = [d for d in days if d >= dct]
        return min(later).year if later else None
    past = [d for d in days if d <= dct]
    if not past:
        return None
    if prev is not None:
        return min(past, key=lambda d: (abs((d - prev).days), -d.toordinal())).year
    return max(past).year


_SEPT_11 = _dt.date(2001, 9, 11)
_RX_ATTACKS_AFTER = re.compile(r",?\s+(?:(?:terrorist|terror|al[- ]Qaeda)\s+)?(?:attacks?|hijackings)\b", re.I)


def _r_mdy(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    month = L.MONTHS[g["mon"].rstrip(".").lower()]
    day = int(re.match(r"\d+", g["day"]).group())
    wd = L.WEEKDAYS[g["wd"].lower()] if g.get("wd") else None
    if g.get("year"):
        y, anchor = int(g["year"]), "absolute"
    elif (month, day) == (9, 11) and ctx.dct is not None and ctx.dct > _SEPT_11 \
            and _RX_ATTACKS_AFTER.match(ctx.text, c.end):
        y, anchor = 2001, "absolute"  # "since the Sept. 11 attacks" names one day, whatever the year of writing
    elif wd is None and ctx.dct is not None and (yr := _RX_DAY_YEAR_REL.match(ctx.text, c.end)):
        # "on May 11 and 13 last year": the year named right after the days
        y, anchor = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[yr.group("r").lower()], "publication"
        if yr.group().split()[0].lower() == yr.group("r").lower():
            c.end = yr.end()  # "June 7 last year" is one expression, as "January this year" (TimeBank)
    elif ctx.dct is not None and (ls := _chronicle_entry(ctx, c)) is not None \
            and (cy := _chronicle_year(ctx, c, ls, month, day, wd)) is not None:
        y, anchor = cy, "publication"  # "Oct 17: Acme raises its bid" in a list published Oct. 28
    elif wd is None and (sy := _sentence_year(ctx, c, month)) is not None:
        y, anchor = sy, "mention"
    else:
        if wd is None and ctx.dct is not None:
            y, anchor = _monthday_year(ctx, month, day, c.start, c.end), "publication"
            if y is None:
                return None
        else:
            y, anchor = _year_for_monthday(ctx, month, day, wd)
    if y is None:
        val = f"XXXX-{month:02d}-{day:02d}"
    else:
        if _safe_date(y, month, day) is None:
            return None
        val = f"{y:04d}-{month:02d}-{day:02d}"
        if ctx.dct is not None and (ls := _chronicle_entry(ctx, c)) is not None:
            ctx.chron_last = (ls, _dt.date(y, month, day))  # the next entry of the list counts from this one
    if g.get("hh"):
        h = int(g["hh"])
        ap = (g.get("ap") or "").lower()
        if ap.startswith("p") and h < 12:
            h += 12
        if ap.startswith("a") and h == 12:
            h = 0
        val += f"T{h:02d}:{g['mm']}" + (f":{g['ss']}" if g.get("ss") else "")
        return ("TIME", val, None, anchor)
    rng = _RX_DAYRANGE.match(ctx.text, c.end) or _RX_DAYAND.match(ctx.text, c.end)
    if rng and not g.get("year"):
        # "August 20-22, 1998": the second day is its own mention, in the same month (TimeML marks each end)
        d2 = int(rng.group("d2"))
        y2 = int(rng.group("y2")) if rng.group("y2") else y
        if day < d2 and y2 is not None and _safe_date(y2, month, d2) is not None:
            if rng.group("y2"):
                y, anchor, val = y2, "absolute", f"{y2:04d}-{month:02d}-{day:02d}"
            second = _Cand(rng.start("d2"), rng.end(), c.prio, "dayrange2", c.m)
            ctx.pending.append((second, ("DATE", f"{y2:04d}-{month:02d}-{d2:02d}", None, anchor)))
    return ("DATE", val, None, anchor)


# "May 11 and 13", "April 6 to 14": a second day of the same month, when nothing after it makes it a count
_RX_DAYAND = re.compile(r"\s+(?:and|to|through|or|until)\s+(?P<d2>[0-3]?\d)(?P<y2>)(?![\w%:]|[.,]\d)"
                        r"(?=\s*(?:[,.;:)]|$)|\s+(?:(?:last|next|this)\s+year|in|at)\b)", re.I)
# "May 11 and 13 last year": the year named right after the days
_RX_DAY_YEAR_REL = re.compile(r"(?:\s+(?:and|to|through|or|until)\s+[0-3]?\d)?\s+(?P<r>last|next|this)\s+year\b",
                              re.I)
_RX_DAYRANGE = re.compile(rf"\s*[-–]\s*(?P<d2>[0-3]?\d)(?:,\s+(?P<y2>{_YEAR}))?(?![\w%]|[-–.,]\d)")


def _r_my(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    month = L.MONTHS[g["mon"].rstrip(".").lower()]
    ys = g["year"]
    if ys[0] in "'’":
        yy = int(ys[1:])
        y = (1900 if yy > 30 else 2000) + yy
    else:
        y = int(ys)
    return ("DATE", f"{y:04d}-{month:02d}", None, "absolute")


_MONTH_CUES = {"in", "on", "since", "until", "till", "by", "from", "through", "during", "of", "before", "after",
               "last", "next", "this", "early", "late", "mid", "each", "every", "to", "between", "and", "or",
               "throughout", "that", "until", "around", "about", "back", "as", "for", "into", "end", "beginning",
               "middle", "start", "mid-", "late-", "early-", "earlier", "later", "past"}


_RX_OF_THAT_YEAR = re.compile(r"\s+(?i:of\s+that\s+year)(?![\w-])")


def _r_month(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    name = g["mon"].rstrip(".")
    month = L.MONTHS[name.lower()]
    rel = (g.get("rel") or "").strip().lower().rstrip("-") or None
    if g.get("mid"):
        rel = "mid"
    mod = None
    if rel in ("early", "earlier"):
        mod, rel = "START", None
    elif rel in ("late", "later"):
        mod, rel = "END", None
    elif rel == "mid":
        mod, rel = "MID", None
    if not g.get("rel") and not g.get("mid") and not g.get("yrel"):
        pw = _prev_word(ctx.text, c.start)
        nxt = _next_word(ctx.text, c.m.end("mon"))
        cue = pw in _MONTH_CUES or nxt.lower() in _COMMODITIES
        if name in ("May", "March") and not cue and not (
                pw == "the" and re.fullmatch(r"[a-z]{3,}", nxt) and nxt not in ("on", "of", "to", "for", "and")):
            return None  # "may", "march" as verbs; but "the March peak" is the month
        if not cue and nxt[:1].isupper():
            return None
        if not cue and pw and pw[:1].isupper() is False and c.start > 0 and ctx.text[c.start - 1] not in " \n\t(“\"":
            return None
    yrel = (g.get("yrel") or "").lower().split()
    if yrel and ctx.dct is not None:
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[yrel[0]]
        return ("DATE", f"{y:04d}-{month:02d}", mod, "publication")
    if ctx.dct is not None and rel is None and (
            _next_word(ctx.text, c.end).lower() in _COMMODITIES
            or re.match(r"\s+(?:delivery|contracts?|futures)\b", ctx.text[c.end:c.end + 12], re.I)):
        # a futures contract month ("December gold", "gold for December delivery"): the next such month
        y = ctx.dct.year if month >= ctx.dct.month else ctx.dct.year + 1
        return ("DATE", f"{y:04d}-{month:02d}", mod, "publication")
    if rel is None and ctx.last is not None and ctx.last[1][:4].isdigit() and ctx.last[0] < c.start \
            and (of := _RX_OF_THAT_YEAR.match(ctx.text, c.end)):
        c.end = of.end()  # "in June of that year": one mention, in the year just given
        return ("DATE", f"{ctx.last[1][:4]}-{month:02d}", mod, "mention")
    if rel in ("the following", "the next", "the previous", "that"):
        rel = re.sub(r"\s+", " ", rel)
        no_anchor = ctx.last is None or not ctx.last[1][:4].isdigit()
        if rel == "that" and (no_anchor or _prev_word(ctx.text, c.start) in _THAT_VERBS):
            # "he said that May was cold", or nothing to refer back to: the month alone, as if "that" were not there
            c.start = c.m.start("mon")
            return _r_month(ctx, _Cand(c.start, c.end, c.prio, c.kind, _RX_MONTH.match(ctx.text, c.start)))
        if no_anchor:
            return None
        ly = int(ctx.last[1][:4])
        lm = int(ctx.last[1][5:7]) if ctx.last[1][5:7].isdigit() else None
        if rel == "that":  # "that November": in the year the text is talking about
            y = ly
        elif rel == "the previous":
            y = ly if lm is not None and month < lm else ly - 1
        else:  # "the following April": the first April after the date just given
            y = ly if lm is not None and month > lm else ly + 1
        return ("DATE", f"{y:04d}-{month:02d}", mod, "mention")
    if rel is None and (sy := _sentence_year(ctx, c, month)) is not None:
        return ("DATE", f"{sy:04d}-{month:02d}", mod, "mention")
    val, anchor = _month_year(ctx, month, rel, c.start, c.end)
    return ("DATE", val, mod, anchor)


def _r_iso(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    if _safe_date(int(g["y"]), int(g["mo"]), int(g["d"])) is None:
        return None
    val = f"{g['y']}-{g['mo']}-{g['d']}"
    if g.get("hh"):
        val += f"T{g['hh']}:{g['mm']}" + (f":{g['ss']}" if g.get("ss") else "")
        return ("TIME", val, None, "absolute")
    return ("DATE", val, None, "absolute")


def _numeric_month_day(a: int, b: int, dots: bool, dayfirst: bool | None) -> tuple[int, int] | None:
    """(month, day) of two numbers written "a/b" or "a.b.": a number above 12 is the day; else ``dayfirst``
    decides, and with None slashes are month-first (US) and dots day-first (European)."""
    if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
        return None
    if a > 12 or b > 12:
        return (b, a) if a > 12 else (a, b)
    first_is_day = dots if dayfirst is None else dayfirst
    return (b, a) if first_is_day else (a, b)


def _r_numeric(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    dots = g["sl"] is None
    ys = g["y2"] if dots else g["y"]
    if dots and _prev_word(ctx.text, c.start) in _LABEL_PREV:
        return None  # "version 1.2.2022", "section 3.4.1999"
    md = _numeric_month_day(int(g["a"]), int(g["b2"] if dots else g["b"]), dots, ctx.dayfirst)
    if md is None:
        return None
    y = int(ys)
    if len(ys) == 2:
        y += 1900 if y > 30 else 2000
    if _safe_date(y, *md) is None:
        return None
    return ("DATE", f"{y:04d}-{md[0]:02d}-{md[1]:02d}", None, "absolute")


_FRACTION_DENOMINATORS = {2, 3, 4, 8, 16}


def _r_numeric_md(ctx: _Ctx, c: _Cand) -> _Res | None:
    """A month-day in numbers after a word that introduces a date ("effective 4/9", "on 9.4."); not a fraction
    ("cut by 1/3", "on 3/4 of the votes"), "24/7" or "9/11", nor a decimal at the end of a sentence ("by 9.4.")."""
    g = c.m.groupdict()
    cue_m = _RX_NUMERIC_CUE.search(ctx.text, max(0, c.start - 16), c.start)
    if cue_m is None:
        return None
    dots = g["sl"] is None
    a, b = int(g["a"]), int(g["b2"] if dots else g["b"])
    cue = re.sub(r"\s+", " ", cue_m.group("cue").lower())
    if (not dots and (a, b) in ((24, 7), (9, 11))) or _next_word(ctx.text, c.end).lower() == "of":
        return None
    if cue in ("by", "from", "before", "after") and (dots or (a < b and b in _FRACTION_DENOMINATORS)):
        return None
    res = _numeric_md_value(ctx, c, a, b, dots)
    nxt = _RX_NUMERIC_NEXT.match(ctx.text, c.end) if res is not None else None
    if nxt and (nxt.group("sl") is None) == dots:  # "from 4/9 to 4/16": the second date of the range
        second = _Cand(nxt.start("core"), nxt.end(), c.prio, "numeric_md2", nxt)
        res2 = _numeric_md_value(ctx, second, int(nxt.group("a")), int(nxt.group("b") or nxt.group("b2")), dots)
        if res2 is not None:
            ctx.pending.append((second, res2))
    return res


_RX_NUMERIC_NEXT = re.compile(r"\s*(?:[-–]|(?i:to|through|thru|until|till|and|or))\s*"
                              r"(?P<core>(?P<a>[0-3]?\d)(?:(?P<sl>/)(?P<b>[0-3]?\d)(?![\w/%]|[.,]\d)|"
                              r"\.(?P<b2>[01]?\d)\.(?![\w.]|\d)))")


def _numeric_md_value(ctx: _Ctx, c: _Cand, a: int, b: int, dots: bool) -> _Res | None:
    md = _numeric_month_day(a, b, dots, ctx.dayfirst)
    if md is None:
        return None
    if ctx.dct is None:
        return ("DATE", f"XXXX-{md[0]:02d}-{md[1]:02d}", None, "none")
    y = _monthday_year(ctx, md[0], md[1], c.start, c.end)
    if y is None:
        return None
    return ("DATE", f"{y:04d}-{md[0]:02d}-{md[1]:02d}", None, "publication")


# a capitalised word right before a year, in mid-sentence; and a street address after a number
_RX_NAME_BEFORE_YEAR = re.compile(r"[\w,;:)”\"'’-] +[A-Z][\w&-]* $")
_NAME_YEAR_NEXT = {"in", "on", "at", "for", "with", "is", "was", "will", "has", "had", "and", "or", "to", "from", "by",
                   "which", "that"}
_NAME_YEAR_OK = set(L.MONTHS) | {"spring", "summer", "fall", "autumn", "winter", "christmas", "easter", "fiscal",
                                 "year", "calendar", "in", "since", "by", "of", "until", "from", "to", "through",
                                 "during", "before", "after", "early", "late", "mid", "end", "and", "or", "the"}
_RX_ADDRESS_AFTER = re.compile(r" +(?:[A-Z][a-z]+ +){1,2}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|"
                               r"Drive|Lane|Place|Square|Way)\b")


def _r_year(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    y = int(g["year"])
    mod = None
    if g.get("mid"):
        mod = "MID"
    if g.get("orlater"):
        w = g["orlater"].split()[-1].lower()
        mod = {"later": "ON_OR_AFTER", "after": "ON_OR_AFTER", "earlier": "ON_OR_BEFORE",
               "before": "ON_OR_BEFORE"}[w]
    if not g.get("pre") and not g.get("mid"):
        text = ctx.text
        pw = _prev_word(text, c.start)
        e = c.m.end("year")
        nxt = text[e:e + 1]
        nw = _next_word(text, e).lower()
        cue = pw in L.YEAR_CUES or pw.endswith("'s") or pw.endswith("’s")
        punct_after = nxt == "" or nxt in ".,;:)!?\"'’”\n" or text[e:e + 2] in (" (", " -", " –", " —")
        before = text[c.start - 1:c.start] if c.start else ""
        if nw in _COUNT_NOUNS or (nw in _LABEL_NEXT and _next_word(text, e) != "Series") or pw in _LABEL_PREV:
            return None  # "Section 1983", "Model 1800", "the 1900 block of Amsterdam Avenue", "the Russell 2000 index"
        if _RX_NAME_BEFORE_YEAR.search(text, max(0, c.start - 40), c.start) and \
                _prev_word(text, c.start) not in _NAME_YEAR_OK and (punct_after or nw in _NAME_YEAR_NEXT):
            # a name: "Windows 2000 in February", "Orion 1980, making ..." (but "That 1978 resolution" opens a
            # sentence, and "the Munich 2007 speech" uses the year as an adjective)
            return None
        if _RX_ADDRESS_AFTER.match(text, e):
            return None  # "1600 Pennsylvania Avenue"
        if not (cue or punct_after or before in "(“\"" or c.start == 0):
            if not (1900 <= y <= 2035) or re.match(r"[\d,.]", pw[-1:] or "x") or pw in _NUMERIC_PREV:
                return None
        if not cue and not (1900 <= y <= 2099):
            return None
        if y < 1600 and pw not in ("in", "since", "of", "from", "until", "by", "year"):
            return None
    return ("DATE", f"{y:04d}", mod, "absolute")


_RX_RANGE_QUARTER = re.compile(r"\s+(?i:quarter|period)(?![\w-])")
_RX_THE_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))(?i:the)\s+$")


def _r_monthrange(ctx: _Ctx, c: _Cand) -> _Res | None:
    """'January-June': the first month here; the second (with any year after it) is queued as its own mention."""
    g = c.m.groupdict()
    m1, m2 = L.MONTHS[g["m1"].lower()], L.MONTHS[g["m2"].lower()]
    if m1 == m2:
        return None
    if g.get("year"):
        y2, anchor = int(g["year"]), "absolute"
        v2 = f"{y2:04d}-{m2:02d}"
    elif (sy := _sentence_year(ctx, c, m2)) is not None:
        y2, anchor, v2 = sy, "mention", f"{sy:04d}-{m2:02d}"
    else:
        v2, anchor = _month_year(ctx, m2, None, c.start, c.end)
        y2 = int(v2[:4]) if v2[:4].isdigit() else None
    if y2 is None:
        v1 = f"XXXX-{m1:02d}"
    else:
        v1 = f"{y2 - (1 if m1 > m2 else 0):04d}-{m1:02d}"
    q = _RX_RANGE_QUARTER.match(ctx.text, c.end)
    if q and (m2 - m1) == 2 and m1 % 3 == 1 and y2 is not None:
        # "the April-June quarter", "the January-March period": one quarter
        _grab_left(ctx, c, _RX_THE_BEFORE, 8)
        c.end = q.end()
        return ("DATE", f"{y2:04d}-Q{(m1 - 1) // 3 + 1}", None, anchor)
    second = _Cand(c.m.start("m2"), c.m.end(), c.prio, "monthrange2", c.m)
    c.end = c.m.end("m1")
    ctx.pending.append((second, ("DATE", v2, None, anchor)))
    return ("DATE", v1, None, anchor)


def _r_yearrange(ctx: _Ctx, c: _Cand) -> _Res | None:
    """'2009-2010', '1957-58': the first year here; the second is queued as its own candidate."""
    g = c.m.groupdict()
    y1 = int(g["y1"])
    y2txt = g["y2"]
    y2 = int(y2txt) if len(y2txt) == 4 else (y1 // 100) * 100 + int(y2txt)
    if len(y2txt) == 2 and y2 <= y1:
        y2 += 100
    if not (y1 < y2 <= y1 + 30) or not (1800 <= y1 <= 2099):  # "part 1234-56" is not a range of years
        return None
    if g["sep"] == "/" and len(y2txt) == 4:
        return None
    second = _Cand(c.m.start("y2"), c.m.end("y2"), c.prio, "yearrange2", c.m)
    c.end = c.m.end("y1")
    ctx.pending.append((second, ("DATE", f"{y2:04d}", None, "absolute")))
    return ("DATE", f"{y1:04d}", None, "absolute")


def _word_number(s: str) -> int | None:
    s = s.lower().replace("-", " ").replace(" and ", " ")
    parts = s.split()
    total = 0
    for p in parts:
        if p in L.ONES:
            total += L.ONES[p]
        elif p in L.TEENS:
            total += L.TEENS[p]
        elif p in L.TENS:
            total += L.TENS[p]
        elif p == "oh":
            continue
        else:
            return None
    return total


def _r_wordyear(ctx: _Ctx, c: _Cand) -> _Res | None:
    w = c.m.group("w").lower().replace("-", " ")
    if w.startswith("nineteen"):
        rest = w[len("nineteen"):].replace("hundred", "").replace(" and ", " ").strip()
        n = _word_number(rest)
        if n is None:
            return None
        return ("DATE", f"{1900 + n:04d}", None, "absolute")
    rest = w[len("two thousand"):].strip()
    n = _word_number(rest) if rest else 0
    if n is None:
        return None
    if not rest and "year" not in c.m.group(0).lower():
        return None
    return ("DATE", f"{2000 + n:04d}", None, "absolute")


_RX_TEMPERATURE = re.compile(r"\b(?:degrees?|temperatures?|highs?|lows?|fahrenheit|celsius|thermometers?|"
                             r"scores?|ages?|aged|percent)\b|°", re.I)


def _r_decade(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    if g.get("full"):
        # "the late 1800s" is the century (18); "the 2000s" is the decade it names
        val = g["full"][:2] if g["full"].startswith("1") and g["full"].endswith("00") else g["full"][:3]
    elif g.get("short"):
        d = int(g["short"][0])
        val = ("20" if d <= 2 else "19") + str(d)
    elif g.get("bare"):
        s, e = ctx.sentence(c.start)
        if _RX_TEMPERATURE.search(ctx.text, s, e) or _prev_word(ctx.text, c.start).lower() in ("his", "her", "their"):
            return None  # "highs in the 60's", "in their 60's"
        val = "19" + g["bare"][0]
    else:
        if not g.get("the"):
            return None
        val = "19" + str(L.DECADE_WORDS[g["word"].lower()] )
    mod = None
    if g.get("mod"):
        mod = {"early": "START", "mid": "MID", "late": "END"}[g["mod"].strip(" -").lower()]
    return ("DATE", val, mod, "absolute")


_CENT_WORDS = {"twenty first": 21, "twentieth": 20, "nineteenth": 19, "eighteenth": 18, "seventeenth": 17,
               "sixteenth": 16}


def _r_century(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    n = g["n"].lower().replace("-", " ")
    num = _CENT_WORDS.get(n) or int(re.match(r"\d+", n).group())
    mod = None
    if g.get("mod"):
        mod = {"early": "START", "mid": "MID", "late": "END"}[g["mod"].strip(" -").lower()]
    return ("DATE", f"{num - 1:02d}", mod, "absolute")


_RX_SEASON_NAME_AFTER = re.compile(r"\s+(?:Games|Olympics?|Olympiad|Festival|Palace|Classic|Meetings?|Session|"
                                   r"Universiade|Davos|Fair|Collection|Solstice|Offensive)\b")


def _r_season(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    s = L.SEASONS[g["s"].lower()]
    rels = (g.get("rel") or "").lower().replace("-", " ").split()
    mod = None
    if "early" in rels:
        mod = "START"
    elif "late" in rels:
        mod = "END"
    elif "mid" in rels:
        mod = "MID"
    if g.get("year"):
        return ("DATE", f"{g['year']}-{s}", mod, "absolute")
    if s == "FA" and re.match(r"\s+of\s+(?!(?:19|20)\d\d\b)", ctx.text[c.end:c.end + 12]):
        return None  # "the fall of the Berlin Wall": a collapse, not the autumn
    if _next_word(ctx.text, c.end).lower() in ("training", "break", "cleaning", "semester", "term", "collection",
                                                  "rolls", "game", "games", "solstice", "equinox"):
        return None  # "spring training", "winter break": compounds
    if g["s"][0].isupper() and (_RX_SEASON_NAME_AFTER.match(ctx.text, c.end)
                                or re.match(r"['’]s\s+[A-Z]", ctx.text[c.end:c.end + 4])):
        return None  # "the next Winter Games", "Summer Olympics", "The Winter's Tale": names
    if not rels or rels == ["the"] and s in ("FA", "SP"):
        pw = _prev_word(ctx.text, c.start)
        if not rels and (s in ("FA", "SP") and pw not in ("since", "until", "till")
                         or pw not in ("in", "during", "this", "since", "until", "till", "by", "over")):
            return None  # "spring" and "fall" alone are mostly verbs or springs: only "since spring"
        if rels == ["the"] and pw not in ("in", "during", "since", "until", "by", "over", "through") and not (
                pw == "of" and _prev_word(ctx.text, c.start - 3).lower() in ("much", "most", "all", "part", "rest")):
            return None  # "much of the fall" is the season
    if ctx.dct is None:
        return ("DATE", f"XXXX-{s}", mod, "none")
    y = ctx.dct.year
    season_month = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[s]
    if "last" in rels or "past" in rels:
        y = y if season_month < ctx.dct.month - 2 else y - 1
    elif "next" in rels or "coming" in rels:
        y = y if season_month > ctx.dct.month else y + 1
    elif "that" in rels:
        if ctx.last:
            return ("DATE", f"{ctx.last[1][:4]}-{s}", mod, "mention")
    elif ("following" in rels or "previous" in rels or "preceding" in rels) and ctx.last \
            and ctx.last[1][:4].isdigit():
        # "the following winter": the first one after the date just given (a winter runs into the next year)
        ly = int(ctx.last[1][:4])
        lm = int(ctx.last[1][5:7]) if ctx.last[1][5:7].isdigit() else None
        sm = 12 if s == "WI" else season_month
        if "following" in rels:
            y = ly if lm is not None and sm > lm else ly + 1
        else:
            y = ly if lm is not None and sm < lm else ly - 1
        return ("DATE", f"{y:04d}-{s}", mod, "mention")
    elif "this" not in rels:
        # "sluggish since the fall" in February is last fall; "in the spring" said in December is the next one
        t = ctx.tense(c.start, c.end)
        if t == "past" and season_month > ctx.dct.month and s != "WI":
            y -= 1
        elif t == "future" and season_month + 2 <= ctx.dct.month:
            y += 1  # "postponed until the fall" said in December is next fall
    return ("DATE", f"{y:04d}-{s}", mod, "publication")


def _quarter_default(dct: _dt.date) -> tuple[int, int]:
    q = (dct.month - 1) // 3 + 1
    return (dct.year, q - 1) if q > 1 else (dct.year - 1, 4)


def _r_quarter(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    det = (g.get("det") or "").lower()
    unit = g["unit"].lower()
    q = L.ORDINALS[g["ord"].lower()]
    if unit == "half" and q > 2:
        return None
    if not (g.get("year") or g.get("yr1") or g.get("yr2") or g.get("yrel")):
        s0, e0 = ctx.sentence(c.start)
        if _RX_SPORTS.search(ctx.text, s0, e0):
            return None  # a period of a game: "scored 14 points in the fourth quarter"
    if det.strip() == "the" and c.m.group(0)[c.m.end("ord") - c.start:c.m.start("unit") - c.start] == "-":
        c.start = c.m.start("ord")  # "the third-quarter results": the adjective alone
    letter = "Q" if unit == "quarter" else "H"
    yr = g.get("year") or g.get("yr1") or g.get("yr2")
    anchor = "absolute"
    if yr:
        y = int(yr)
    elif ctx.dct is None:
        return ("DATE", f"XXXX-{letter}{q}", None, "none")
    else:
        anchor = "publication"
        y = ctx.dct.year
        yrel = (g.get("yrel") or "").lower()
        if "last year" in det or "year-earlier" in det or "year-ago" in det or yrel.startswith("last"):
            y -= 1
        elif "next year" in det or yrel.startswith("next"):
            y += 1
        elif "this year" in det or yrel.startswith(("this", "the")):
            pass
        else:
            cur = (ctx.dct.month - 1) // 3 + 1 if letter == "Q" else (ctx.dct.month - 1) // 6 + 1
            just_ended = ctx.dct.month <= 3 and q == (4 if letter == "Q" else 2)
            t = ctx.tense(c.start, c.end)
            if q > cur and (just_ended or t != "future"):
                y -= 1  # in January, "will report fourth-quarter results" is about the quarter just ended
            elif q < cur and t == "future" and (letter == "H" or cur - q >= 2):
                y += 1  # in November, "expects earnings to rebound in the first quarter" is next year's
    if letter == "Q":
        ctx.quarter = (y, q)
        ctx.quarter_pos = c.end
    return ("DATE", f"{y:04d}-{letter}{q}", None, anchor)


_YEAR_BEFORE_RELS = ("the year-earlier", "the year-ago", "the prior-year", "the year-before", "the comparable",
                     "the corresponding")
_REL_SHIFT = {"the last": -1, "last": -1, "past": -1, "this past": -1, "the past": -1, "the previous": -1,
              "previous": -1, "prior": -1, "the prior": -1, "the preceding": -1, "next": 1, "the next": 1,
              "the following": 1, "coming": 1, "the coming": 1, "this coming": 1}


def _r_rel(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = g["unit"].lower().split()[-1]  # "the holiday weekend" is a weekend
    pre = re.sub(r"\s+", " ", (g.get("pre") or "").lower())
    if g["unit"][0].isupper() and g["rel"][0].isupper() and _next_word(ctx.text, c.end)[:1].isupper() or \
            g["unit"][0].isupper() and c.start > 0 and ctx.text[c.start - 1] in "\"“'‘":
        return None  # a title: ABC's "This Week With David Brinkley"
    if g["unit"][0].isupper() and rel == "the" and \
            re.search(r"[A-Z][\w’'-]* of $", ctx.text[max(0, c.start - 30):c.start]):
        return None  # an award or a slogan: "Man of the Year", "Trial of the Century"
    mod = None
    if pre.startswith("the end") or pre.startswith("the close"):
        mod = "END"
    elif pre.startswith("the beginning") or pre.startswith("the start"):
        mod = "START"
    elif pre.startswith("the middle"):
        mod = "MID"
    elif pre.startswith("the rest") or pre.startswith("the remainder"):
        mod = "END"
    if rel.startswith("earlier") or rel.startswith("early"):
        mod = mod or "START"
    elif rel.startswith("later") or rel.startswith("late"):
        mod = mod or "END"
    if rel.endswith(" that"):
        rel = "that"  # "later that year": the year just talked about, towards its end
    dct = ctx.dct
    ago = (g.get("ago") or "").strip().lower()
    # "the year", "the week": DATE unless after "for" (then a duration)
    if rel in ("the previous", "the prior", "the preceding") and unit == "quarter" and not ago:
        # "profit rose from the previous quarter": the quarter before the one just named (or the last one ended)
        y, q = ctx.quarter if ctx.quarter else _quarter_default(dct) if dct else (None, None)
        if y is None:
            return ("DATE", "XXXX-QX", mod, "none")
        t = y * 4 + q - 2
        return ("DATE", f"{t // 4:04d}-Q{t % 4 + 1}", mod, "mention" if ctx.quarter else "publication")
    if rel in ("the", "the full", "a full", "the fiscal", "current", "the current", "the current fiscal",
               "this fiscal", "the latest", "the most recent", "the same", "that", "last fiscal", "next fiscal",
               *_YEAR_BEFORE_RELS):
        pw = _prev_word(ctx.text, c.start)
        if unit == "period" and rel == "the same" and not ago and (
                yr := re.match(r"\s+(?:of|in)\s+(\d{4})(?![\w%]|[.,]\d)", ctx.text[c.end:c.end + 12])):
            c.end += yr.end()  # "the same period of 1997": one mention, in that year
            return ("DATE", yr.group(1), None, "absolute")
        if unit == "period" and rel in ("the latest", "the most recent", "the current", "the same") and not ago:
            if ctx.quarter:
                y, q = ctx.quarter
                return ("DATE", f"{y:04d}-Q{q}", None, "mention")
            if dct is None:
                return ("DATE", "XXXX-QX", None, "none")
            y, q = _quarter_default(dct)
            return ("DATE", f"{y:04d}-Q{q}", None, "publication")
        if unit == "period":
            if rel in _YEAR_BEFORE_RELS or ago:
                if ctx.quarter:
                    y, q = ctx.quarter
                    return ("DATE", f"{y - 1:04d}-Q{q}", None, "mention")
                # "exports rose in the first seven months of this year over the same period of last year": the
                # last period talked about (a day, such as the "today" of the saying, is no period)
                last = next((h for h in reversed(ctx.history) if h[2] in ("month", "quarter", "year")), None)
                if last is not None and last[0] >= c.start - 300 and ctx.dct is not None \
                        and last[1][:4] == f"{ctx.dct.year:04d}":
                    r = _shift(last[1], last[2], -12, "M")  # keeps a month a month: June -> June
                    if r is not None:
                        return ("DATE", r[0], None, "mention")
                if dct:
                    return ("DATE", f"{dct.year - 1:04d}", None, "publication")
            return None
        if rel == "a full" or (rel in ("the", "the fiscal") and unit in ("year", "week", "month") and not pre
                               and (rel == "the" and pw in ("for", "over", "throughout")
                                    or _RX_PERIOD_ENDED.match(ctx.text, c.end))):
            # "for the year", "in the year ended Sept. 30", "the week to Friday": a stretch of time (TimeBank)
            code = {"year": "Y", "week": "W", "month": "M", "quarter": "Q", "decade": "DE", "century": "CE",
                    "weekend": "WE"}[unit]
            return ("DURATION", _duration_value(1, code), mod, "absolute")
        if unit == "quarter":
            if rel in _YEAR_BEFORE_RELS or ago:
                if ctx.quarter:
                    y, q = ctx.quarter
                    return ("DATE", f"{y - 1:04d}-Q{q}", None, "mention")
                if dct is None:
                    return ("DATE", "XXXX-QX", None, "none")
                y, q = _quarter_default(dct)
                return ("DATE", f"{y - 1:04d}-Q{q}", None, "publication")
            if rel in ("current", "the current"):
                if dct is None:
                    return ("DATE", "XXXX-QX", mod, "none")
                return ("DATE", _dct_value(dct, "quarter"), mod, "publication")
            if ctx.quarter and rel not in ("the latest", "the most recent"):
                y, q = ctx.quarter
                return ("DATE", f"{y:04d}-Q{q}", mod, "mention")
            if dct is None:
                return ("DATE", "XXXX-QX", mod, "none")
            y, q = _quarter_default(dct)
            ctx.quarter, ctx.quarter_pos = (y, q), c.end  # "Revenue in the quarter ... the same period last year"
            return ("DATE", f"{y:04d}-Q{q}", mod, "publication")
        if rel in ("that", "the same"):
            if ctx.last and unit in ("year", "month", "week", "day"):
                prec = {"year": "year", "month": "month", "week": "week"}[unit]
                lv, lp = ctx.last[1], ctx.last[2]
                back = -12 if ago and unit in ("month", "year") else 0  # "the same month last year"
                if _PREC_RANK.get(lp, 9) <= _PREC_RANK[prec]:
                    r = _shift(lv, lp, back, "M" if back else {"year": "Y", "month": "M", "week": "W"}[unit])
                    if r is not None:
                        return ("DATE", r[0] if not back else r[0][:4 if unit == "year" else 7], mod, "mention")
            return None
        if unit in ("decade", "century"):
            era = ctx.last_era
            if rel == "the" and era is not None and era[2] == unit and era[0] >= c.start - 300:
                return ("DATE", era[1], mod, "mention")  # "in the 1980s ... by the end of the decade"
            if rel.endswith("fiscal") or (rel == "the" and not (pre and dct)):
                return None
            if rel == "the":
                k = 3 if unit == "decade" else 2
                if ctx.last is not None and ctx.last[1][:4].isdigit() and ctx.last[0] >= c.start - 400 \
                        and ctx.last[1][:k] != f"{dct.year:04d}"[:k] and ctx.tense(c.start, c.end) != "future":
                    # "In 1994 ... By the end of the decade, 20,000 had been killed": the one the story is in
                    return ("DATE", ctx.last[1][:k], mod, "mention")
                # "by the end of the century", no century named: the present one
                return ("DATE", f"{dct.year:04d}"[:k], mod, "publication")
        if unit == "weekend":
            if rel != "the":
                return None
            if " " in g["unit"].strip() and ctx.last is not None and ctx.last[2] == "day" \
                    and ctx.last[0] >= c.start - 400 and _RX_HOLIDAY.match(ctx.text, ctx.last[0]):
                # "New Year's Eve ... through the holiday weekend": the weekend of the holiday just named
                d = _dt.date.fromisoformat(ctx.last[1])
                return ("DATE", _iso_week(d + _dt.timedelta(days=max(0, 6 - d.isoweekday()))) + "-WE", mod, "mention")
            if dct is None:
                return ("DATE", "XXXX-WXX-WE", mod, "none")
            t = ctx.tense(c.start, c.end)
            wk = dct if dct.isoweekday() >= 6 else dct + _dt.timedelta(days=6 - dct.isoweekday()) \
                if t == "future" else dct - _dt.timedelta(days=(dct.isoweekday() + 1) % 7 or 7)
            return ("DATE", _iso_week(wk) + "-WE", mod, "publication")
        if rel == "the" and unit == "week" and not pre and (wo := _RX_WEEK_OF.match(ctx.text, c.end)):
            # "the week of Oct. 5": one expression, the ISO week holding that day
            month, dd = L.MONTHS[wo.group("mon").rstrip(".").lower()], int(wo.group("dd"))
            y = int(wo.group("year")) if wo.group("year") else \
                _monthday_year(ctx, month, dd, c.start, wo.end()) if dct is not None else None
            day = _safe_date(y, month, dd) if y is not None else None
            if day is not None:
                c.end = wo.end()
                return ("DATE", _iso_week(day), mod, "absolute" if wo.group("year") else "publication")
        if rel == "the" and unit == "month" and not pre and _prev_word(ctx.text, c.start) != "of":
            return None
        if rel == "the" and unit == "week" and not pre and ctx.last is not None and ctx.last[2] == "week" \
                and ctx.last[0] >= c.start - 300:
            return ("DATE", ctx.last[1], mod, "mention")
        if pre and unit in ("month", "year") and ctx.last is not None and ctx.last[1][:4].isdigit() \
                and dct is not None and _PREC_RANK.get(ctx.last[2], 9) <= _PREC_RANK[unit]:
            # "The strike began on May 1, 1998. By the end of the month ...": the month the story is in, when
            # that is not the publication's (same sentence; or the one before, for a day or month just given)
            lv, lp = ctx.last[1], ctx.last[2]
            own = lv[:4] if unit == "year" else lv[:7]
            here = _dct_value(dct, unit)
            s0 = ctx.sentence(c.start)[0]
            near = ctx.last[0] >= s0 or (lp in ("day", "month") and ctx.last[0] >= ctx.sentence(max(0, s0 - 1))[0])
            t = ctx.tense(c.start, c.end, preps=False)
            if own != here and near and (own[:4] != here[:4] and t != "future" or t == "past"):
                return ("DATE", own, mod, "mention")
        # "the week" otherwise: the week being reported on (TimeBank tags it as a date, 4 of 4)
        if dct is None:
            return ("DATE", _UNDERSPEC.get(unit, "XXXX"), mod, "none")
        prec = {"year": "year", "month": "month", "week": "week", "decade": "decade", "century": "century"}[unit]
        if prec in ("decade", "century"):
            return ("DATE", f"{dct.year:04d}"[:3 if prec == "decade" else 2], mod, "publication")
        return ("DATE", _dct_value(dct, prec), mod, "publication")
    if unit == "period":
        return None
    if unit == "decade" and rel in ("the next", "the following", "the coming"):
        return ("DURATION", "P10Y", mod, "absolute")  # "over the next decade": a stretch of ten years (TE3)
    # the following year / the next month: relative to the last date given in the text
    # (an anchor coarser than the unit does not count: "rose in January. The previous week, ..." is the week before
    # the publication date's)
    if rel == "the next" and unit in ("year", "month", "week") and ctx.last is not None \
            and ctx.last[0] >= c.start - 400 and dct is not None and ctx.last[1][:4] != f"{dct.year:04d}" \
            and ctx.tense(c.start, c.end, preps=False) != "future":
        rel = "the following"  # "In November 1941, ... Early the next year, the museums split the series"
    if rel in ("the following", "the previous", "the prior", "the preceding") and ctx.last is not None \
            and unit in ("year", "month", "week") and _PREC_RANK.get(ctx.last[2], 9) <= _PREC_RANK[unit]:
        code = {"year": "Y", "month": "M", "week": "W"}[unit]
        r = _shift(ctx.last[1], ctx.last[2], 1 if rel == "the following" else -1, code)
        if r is not None:
            return ("DATE", r[0], mod, "mention")
    # last/this/next + unit
    base_rel = rel.replace("earlier ", "").replace("later ", "").replace("early ", "").replace("late ", "")
    base_rel = base_rel.replace("in the", "this")
    base_rel = base_rel.replace(" fiscal", "")
    k = _REL_SHIFT.get(base_rel, 0)
    if unit == "weekend":
        if dct is None:
            return ("DATE", "XXXX-WXX-WE", mod, "none")
        sat = dct + _dt.timedelta(days=6 - dct.isoweekday()) + _dt.timedelta(weeks=k)
        return ("DATE", _iso_week(sat) + "-WE", mod, "publication")
    if unit == "quarter":
        if dct is None:
            return ("DATE", "XXXX-QX", mod, "none")
        y, q = dct.year, (dct.month - 1) // 3 + 1
        t = y * 4 + q - 1 + k
        ctx.quarter = (t // 4, t % 4 + 1)
        return ("DATE", f"{t // 4:04d}-Q{t % 4 + 1}", mod, "publication")
    code = {"year": "Y", "month": "M", "week": "W", "decade": "DE", "century": "CE"}[unit]
    prec = {"year": "year", "month": "month", "week": "week", "decade": "decade", "century": "century"}[unit]
    if dct is None:
        return ("DATE", _UNDERSPEC[prec], mod, "none")
    if prec == "decade":
        return ("DATE", str(dct.year // 10 + k), mod, "publication")
    if prec == "century":
        return ("DATE", f"{dct.year // 100 + k:02d}", mod, "publication")
    val, _ = _shift(_dct_value(dct, "day"), "day", k, code)
    val = _shift(val, "day", 0, code)[0]
    return ("DATE", val, mod, "publication")


def _r_then(ctx: _Ctx, c: _Cand) -> _Res | None:
    """'until then', 'since then': the date given just before (within ~3 sentences), else nothing."""
    if ctx.last is None or ctx.last[0] < c.start - 400:
        return None
    return ("DATE", ctx.last[1], None, "mention")


def _r_yearperiod(ctx: _Ctx, c: _Cand) -> _Res | None:
    """'the 1988 quarter', 'the 1989 period': the quarter being reported on, in that year."""
    y = int(c.m.group("year"))
    if ctx.quarter is not None and c.start - ctx.quarter_pos < 1500:
        return ("DATE", f"{y:04d}-Q{ctx.quarter[1]}", None, "mention")
    if c.m.group("u").lower() == "quarter":
        return ("DATE", f"{y:04d}-QX", None, "none")
    return ("DATE", f"{y:04d}", None, "absolute")


def _r_yearend(ctx: _Ctx, c: _Cand) -> _Res | None:
    w = (c.m.group("w") or c.m.group("w2") or c.m.group("w3") or "").lower()
    dct = ctx.dct
    if c.m.group("ya"):
        if ctx.quarter:
            y, q = ctx.quarter
            return ("DATE", f"{y - 1:04d}-Q{q}", None, "mention")
        if dct is None:
            return ("DATE", "XXXX", None, "none")
        return ("DATE", f"{dct.year - 1:04d}", None, "publication")
    if dct is None:
        if c.m.group("w3"):
            return ("DATE", _UNDERSPEC[w], "END", "none")
        return ("DATE", {"year": "XXXX-12-31", "month": "XXXX-XX-XX", "quarter": "XXXX-QX"}[w], None, "none")
    if c.m.group("w3"):
        # "the end of year" reads like "the end of the year": the period with mod END
        return ("DATE", _dct_value(dct, w), "END", "publication")
    if w == "year":
        y = dct.year
        if dct.month <= 2 and ctx.tense(c.start, c.end) == "past":
            y -= 1
        return ("DATE", f"{y:04d}-12-31", None, "publication")
    if w == "month":
        return ("DATE", f"{dct.year:04d}-{dct.month:02d}", "END", "publication")
    return ("DATE", _dct_value(dct, "quarter"), "END", "publication")


_REF_WORDS = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
              "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
              "these days": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
              "presently": "PRESENT_REF", "the time being": "PRESENT_REF", "so far": "PRESENT_REF",
              "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
              "the distant past": "PAST_REF",
              "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
              "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "the near term": "FUTURE_REF"}


def _r_deictic(ctx: _Ctx, c: _Cand) -> _Res | None:
    raw = c.m.group("w")
    if raw in ("Tonight", "Today", "Now") and _RX_CAP_BEFORE.search(ctx.text, max(0, c.start - 20), c.start) \
            and ctx.sentence(c.start)[0] < c.start - 1 - len(_prev_word(ctx.text, c.start)):
        return None  # a title: "World News Tonight", "Good Morning America Today"
    w = re.sub(r"\s+", " ", raw.lower())
    dct = ctx.dct
    if w == "then current" or w == "then-current":
        return ("DATE", "PAST_REF", None, "publication" if dct else "none")
    if w in ("recent years", "recent days"):
        # TimeBank: "in recent years" is a vague past reference (4 of 5), "recent weeks/months" durations
        return ("DATE", "PAST_REF", None, "publication" if dct else "none")
    if w in _REF_WORDS:
        if w == "so far":
            return None
        if w == "the past" and re.match(r"\s+(?:\d+|(?:" + _ONES + "|" + _TEENS + "|" + _TENS + r"))\b",
                                         ctx.text[c.end:c.end + 12], re.I):
            return None  # "in the past six sessions": a count of something else
        if w == "current":
            nw = _next_word(ctx.text, c.end).lower()
            if nw in ("account", "accounts", "events", "affairs", "prices", "dollars", "members", "levels",
                      "level", "version", "form", "system", "situation"):
                return None
        return ("DATE", _REF_WORDS[w], None, "publication" if dct else "none")
    parts = w.split()
    if parts[-1] in ("quarters", "years", "decades", "months", "weeks", "days") and (
            parts[0] == "future" or (parts[0] == "coming" and parts[-1] == "quarters")):
        return ("DATE", "FUTURE_REF", None, "publication" if dct else "none")  # TimeBank: "future/coming quarters"
    if parts[0] == "past":
        return ("DATE", "PAST_REF", None, "publication" if dct else "none")  # "sell programs in past years"
    if parts[-1] in ("days", "weeks", "months", "quarters", "years", "decades"):
        code = {"days": "D", "weeks": "W", "months": "M", "quarters": "Q", "years": "Y", "decades": "DE"}[parts[-1]]
        return ("DURATION", _duration_value(None, code), None, "absolute")
    if w in ("weeks ahead", "the weeks ahead", "the days ahead", "the months ahead", "the years ahead"):
        # "in the weeks ahead": an unspecified stretch (TimeBank: DURATION PXW)
        code = {"days": "D", "weeks": "W", "months": "M", "years": "Y"}[w.split()[-2]]
        return ("DURATION", _duration_value(None, code), None, "absolute")
    if "weekend" in w:
        return None  # handled by _r_rel
    mod = None
    tod = None
    day = 0
    if parts[0] in ("early", "earlier"):
        mod = "START"
        parts = parts[1:]
    elif parts[0] in ("late", "later"):
        mod = "END"
        parts = parts[1:]
    w = " ".join(parts)
    if w == "the day before yesterday":
        day = -2
    elif w == "the day after tomorrow":
        day = 2
    elif parts[0] == "yesterday":
        day = -1
    elif parts[0] == "tomorrow":
        day = 1
    elif parts[0] in ("today", "this"):
        day = 0
    elif w == "last night":
        day, tod = -1, "NI"
    elif w == "overnight" and _prev_word(ctx.text, c.start) in ("almost", "nearly", "virtually", "practically",
                                                                 "seemingly", "literally"):
        return None  # "the wall went up almost overnight": very quickly
    elif w == "overnight" and _next_word(ctx.text, c.end).lower() in ("rate", "rates", "lending", "loan", "loans",
                                                                       "call", "funds", "repo", "deposit", "deposits",
                                                                       "index", "interbank", "borrowing"):
        return None  # "the overnight call rate" names a loan's term, not a night
    elif w == "tonight":
        day, tod = 0, "NI"
    elif w == "overnight":
        # "the index fell overnight", "the recorder was flown overnight": the night before, in a past sentence
        day, tod = (-1 if ctx.tense(c.start, c.end, preps=False) == "past" else 0), "NI"
    if len(parts) > 1 and parts[-1] in ("morning", "afternoon", "evening", "night"):
        tod = L.TIMES_OF_DAY[parts[-1]]
    if dct is None:
        base = "XXXX-XX-XX"
        if tod:
            return ("TIME", f"{base}T{tod}", mod, "none")
        return ("DATE", base, mod, "none")
    d = dct + _dt.timedelta(days=day)
    if tod:
        return ("TIME", f"{d.isoformat()}T{tod}", mod, "publication")
    return ("DATE", d.isoformat(), mod, "publication")


_RX_CAP_BEFORE = re.compile(r"[A-Z][a-z]+ $")
_RX_WEEKDAY_WEEK = re.compile(r"\s+(?:of\s+)?(?P<r>(?i:last|this|next))\s+week(?![\w-])")


_NAMED_DAYS_BEFORE = {"bloody", "black", "remembrance", "super", "palm", "ash", "holy", "maundy", "cyber", "easter",
                      "good", "trinity", "whit", "low", "fat", "shrove", "mothering"}
_NAMED_DAYS_AFTER = {"times", "telegraph", "express", "mirror", "herald", "post", "independent", "observer",
                     "tribune", "mail", "people", "sport", "night", "morning", "edition", "magazine", "review",
                     "agreement", "accord", "accords", "massacre", "bombing", "march", "school"}


def _r_weekday(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    if not g.get("rel") and not g.get("pl"):
        nw = _next_word(ctx.text, c.end)
        if (nw[:1].isupper() and nw.lower() in _NAMED_DAYS_AFTER) or (
                _prev_word(ctx.text, c.start) in _NAMED_DAYS_BEFORE
                and _RX_CAP_BEFORE.search(ctx.text, max(0, c.start - 20), c.start)):
            return None  # a name: "The Sunday Times", "Bloody Sunday", "Black Friday"
    wd = L.WEEKDAYS[g["wd"].lower()]
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").strip().lower()) or None
    if g.get("pl") or g.get("todpl"):
        tod = g.get("tod")
        return ("SET", f"XXXX-WXX-{wd}" + (f"T{L.TIMES_OF_DAY[tod.lower()]}" if tod else ""), None, "absolute")
    mod = None
    if rel in ("early", "earlier"):
        mod, rel = "START", None
    elif rel in ("late", "later"):
        mod, rel = "END", None
    elif rel == "on":
        rel = None
    d = _weekday_date(ctx, wd, rel, c.start, c.end)
    wk = _RX_WEEKDAY_WEEK.match(ctx.text, c.end) if rel is None and not g.get("tod") else None
    if wk and ctx.dct is not None:  # "Wednesday last week", "Monday of next week": that day of that week
        shift = {"last": -1, "this": 0, "next": 1}[wk.group("r").lower()]
        d = ctx.dct + _dt.timedelta(days=wd - ctx.dct.isoweekday() + 7 * shift)
        c.end = wk.end()
    elif rel is None and d is not None:
        c.extra["bare_weekday"] = True  # read from the publication date and the tense alone (see _flag_weekdays)
    tod = g.get("tod")
    suffix = ""
    if tod:
        t = L.TIMES_OF_DAY[tod.lower()]
        suffix = f"T{t}"
    if d is None:
        val = f"XXXX-WXX-{wd}" + suffix
        return ("TIME" if tod else "DATE", val, mod, "none")
    return ("TIME" if tod else "DATE", d.isoformat() + suffix, mod, "publication")


def _day_for(ctx: _Ctx, word: str | None, c: _Cand) -> tuple[str, str]:
    if not word:
        if ctx.dct is None:
            return "XXXX-XX-XX", "none"
        return ctx.dct.isoformat(), "publication"
    w = word.lower()
    if w in L.WEEKDAYS:
        d = _weekday_date(ctx, L.WEEKDAYS[w], None, c.start, c.end)
        return (d.isoformat(), "publication") if d else (f"XXXX-WXX-{L.WEEKDAYS[w]}", "none")
    if ctx.dct is None:
        return "XXXX-XX-XX", "none"
    d = ctx.dct + _dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[w])
    return d.isoformat(), "publication"


def _r_time(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    raw = int(g.get("h") or g["h2"])
    ap = (g.get("ap") or "").lower()
    if ap and raw > 12:
        return None  # "13 p.m."
    h = raw + 12 if ap.startswith("p") and raw < 12 else 0 if ap.startswith("a") and raw == 12 else raw
    part = (g.get("part") or "").lower()
    if part and not part.endswith("morning") and h < 12:
        h += 12  # "3 o'clock this afternoon"
    mi = g.get("m") or g.get("m2") or "00"
    if g.get("md"):
        month = L.MONTHS[g["mon"].rstrip(".").lower()]
        dd = int(re.match(r"\d+", g["dd"]).group())
        if ctx.dct is None:
            day, anchor = f"XXXX-{month:02d}-{dd:02d}", "none"
        else:
            y = _monthday_year(ctx, month, dd, c.start, c.end)
            if y is None:
                return None
            day, anchor = f"{y:04d}-{month:02d}-{dd:02d}", "publication"
    elif g.get("day"):
        day, anchor = _day_for(ctx, g.get("day"), c)
    else:
        day, anchor = _time_context_day(ctx, c)
    return ("TIME", f"{day}T{h:02d}:{mi}", None, anchor)


_RX_TIME_DAY_AFTER = re.compile(
    rf"[)\]]?\s*(?:\([^()\n]{{0,30}}\)\s*)?,?\s*(?:(?i:on)\s+)?(?P<day>(?i:today|yesterday|tomorrow)|{_WD})(?![\w])")
_RX_TIME_MONTHDAY_AFTER = re.compile(
    rf"[)\]]?\s*(?:\([^()\n]{{0,30}}\)\s*)?,?\s*(?:(?i:on)\s+)?(?P<mon>{_MON_D})\s+(?P<dd>[0-3]?\d)(?![\d])"
    rf"(?:,?\s+(?P<year>{_YEAR})(?![\d%]))?")
_RX_WEEK_OF = re.compile(rf"\s+(?i:of)\s+(?P<mon>{_MON_D})\s+(?P<dd>[0-3]?\d)(?![\d])"
                         rf"(?:,?\s+(?P<year>{_YEAR})(?![\d%]))?")
_RX_TIME_DAY_BEFORE = re.compile(rf"(?P<day>(?i:today|yesterday|tomorrow)|{_WD}),?\s+(?:(?i:at|about|around)\s+)?$")


def _time_context_day(ctx: _Ctx, c: _Cand) -> tuple[str, str]:
    """Day of a clock time given without one: a day word right after ("10 a.m. (0700 GMT) Friday") or before
    ("Friday at 10 a.m."), else the last day mentioned shortly before (same paragraph, ~400 characters), else the
    publication date."""
    m = _RX_TIME_DAY_AFTER.match(ctx.text, c.end)
    if m is None or m.group("day").lower() not in ("today", "yesterday", "tomorrow"):
        # "at 10:18 p.m. on Sept. 2"; "at 1:12 a.m. on Sunday, Nov. 14" (the date after the weekday decides)
        md = _RX_TIME_MONTHDAY_AFTER.match(ctx.text, m.end() if m is not None else c.end)
        if md is not None:  # "at 10:18 p.m. on Sept. 2", "at 8:19 p.m. on July 17, 1996"
            month = L.MONTHS[md.group("mon").rstrip(".").lower()]
            dd = int(md.group("dd"))
            if md.group("year"):
                y: int | None = int(md.group("year"))
            elif ctx.dct is None:
                return f"XXXX-{month:02d}-{dd:02d}", "none"
            else:
                y = _monthday_year(ctx, month, dd, c.start, md.end())
            if y is not None and _safe_date(y, month, dd) is not None:
                return f"{y:04d}-{month:02d}-{dd:02d}", "absolute" if md.group("year") else "publication"
        if m is None:
            m = _RX_TIME_DAY_BEFORE.search(ctx.text, max(0, c.start - 25), c.start)
    if m is not None:
        return _day_for(ctx, m.group("day"), c)
    past: list[bool] = []  # the clock time's own tense, looked up once if needed

    def is_past() -> bool:
        if not past:
            past.append(ctx.tense(c.start, c.end, preps=False) == "past")
        return past[0]

    dct = ctx.dct.isoformat() if ctx.dct is not None else None
    for pos, val, prec in reversed(ctx.history):
        if pos < c.start - 400:
            break
        if "\n" in ctx.text[pos:c.start]:
            # across a paragraph only for a past event and a day before the publication ("died late Thursday.
            # ... Sinatra died at 10:50 p.m."), never for the news of the day
            if not is_past():
                break
            if not (prec == "day" and dct is not None and val < dct):
                continue
        if prec == "day":
            if dct is not None and val > dct and is_past():
                continue  # "agreed last night on a budget for the year that begins July 1 ... announced at 11"
            return val, "mention"  # the day talked about (a year named in between does not change it)
    return _day_for(ctx, None, c)


_DAYREF_SAYING = {"said", "says", "say", "told", "tell", "reported", "announced", "believe", "believes", "believed",
                  "think", "thinks", "thought", "know", "knew", "knows", "so", "such", "noted", "added", "claimed",
                  "hope", "hoped", "fear", "feared", "fears", "warned", "insisted", "argued", "and", "but", "than"}


def _ref_day(ctx: _Ctx, c: _Cand, window: int = 2500) -> tuple[str, str] | None:
    """The day talked about before *c*: the last day-precision date in the text (within *window* characters)."""
    if ctx.last is not None and ctx.last[2] == "day" and ctx.last[0] >= c.start - window:
        return ctx.last[1], "mention"
    return None


_RX_DAYREF_PRE = re.compile(r"(?:^|(?<=[^\w-]))(?P<lat>(?i:earlier|later|early|late))\s+$")
_RX_THE_DAY_PRE = re.compile(r"(?:\b(?P<inn>(?i:earlier|later|early|late)\s+in)|"
                             r"\b(?P<of>(?i:end|close|rest|remainder|start|beginning|middle|course))\s+of)\s+$")
_RX_THE_TOD_PRE = re.compile(r"\b(?i:in|during)\s+$")
_RX_THE_NIGHT_PRE = re.compile(r"\b(?i:through|throughout|during)\s+$")  # "worked through the night"


def _r_dayref(ctx: _Ctx, c: _Cand) -> _Res | None:
    """'the next day', 'that night', 'the same day', 'the day before': relative to the last day mentioned."""
    text = ctx.text
    if c.start and (text[c.start - 1].isalnum() or text[c.start - 1] in "_-"):
        return None
    g = c.m.groupdict()
    w = re.sub(r"\s+", " ", g["w"].lower())
    u = g["u"]
    if w == "the":
        if g.get("ba"):
            k = -1 if "before" in g["ba"] else 1
        elif g.get("dev"):
            if u != "day" or text[max(0, c.start - 3):c.start] == "to ":
                return None  # "five months to the day after the shooting": an idiom
            # "the day before the vote": the TIMEX3 is "the day"; an apposition (", the day before ...") repeats
            # the date just given, otherwise the day next to the last day mentioned
            c.end = c.m.end("u")
            ref = _ref_day(ctx, c, 600)
            if ref is None:
                # "The day before Roth was pulled over": a day, but no date in the text to count from
                return ("DATE", "XXXX-XX-XX", None, "none")
            if re.fullmatch(r"\s*,\s*", text[ctx.last_end:c.start]):
                return ("DATE", ref[0], None, "mention")
            d = _dt.date.fromisoformat(ref[0]) + _dt.timedelta(days=-1 if g["dev"] == "before" else 1)
            return ("DATE", d.isoformat(), None, "mention")
        else:
            # "later in the day", "the end of the day", "in the morning": the day talked about just before
            # (within ~2 sentences), else the publication date; "later in" is left out of the span (TimeBank)
            lo = max(0, c.start - 24)
            if u == "day":
                if not _RX_THE_DAY_PRE.search(text, lo, c.start):
                    return None
            elif not (_RX_THE_NIGHT_PRE if u == "night" else _RX_THE_TOD_PRE).search(text, lo, c.start):
                return None
            c.end = c.m.end("u")
            base = None
            if ctx.last is not None and ctx.last[2] == "day" and ctx.last[0] >= c.start - 300:
                base, anchor = ctx.last[1], "mention"
            elif ctx.dct is not None:
                base, anchor = ctx.dct.isoformat(), "publication"
                if u == "night" and ctx.tense(c.start, c.end, preps=False) == "past":
                    base = (ctx.dct - _dt.timedelta(days=1)).isoformat()  # "had worked through the night"
            if u != "day":
                tod = L.TIMES_OF_DAY[u]
                if base is None:
                    return ("TIME", f"XXXX-XX-XXT{tod}", None, "none")
                return ("TIME", f"{base}T{tod}", None, anchor)
            if base is None:
                return ("DATE", "XXXX-XX-XX", None, "none")
            return ("DATE", base, None, anchor)
        w = "the day"
    else:
        c.end = c.m.end("u")
        k = L.DAY_REF_SHIFT[w]
    mod = None
    pre = _RX_DAYREF_PRE.search(text, max(0, c.start - 10), c.start)
    if pre:
        mod = "START" if pre.group("lat").lower().startswith("earl") else "END"
    elif (w.startswith("that") or w.startswith("this")) and _prev_word(text, c.start) in _DAYREF_SAYING:
        return None  # "said that day-care ...", "so that night flights ..."
    ref = _ref_day(ctx, c)
    if ref is None:
        if k == 0 and w not in ("the same", "that same", "this same"):
            return None  # "that day" with no day given before: nothing to resolve it against
        if ctx.dct is None:
            base, anchor = None, "none"
        else:
            base, anchor = ctx.dct.isoformat(), "publication"
    else:
        base, anchor = ref
    if pre:
        c.start = pre.start("lat")
    val = "XXXX-XX-XX" if base is None else (_dt.date.fromisoformat(base) + _dt.timedelta(days=k)).isoformat()
    if u != "day":
        return ("TIME", f"{val}T{L.TIMES_OF_DAY[u]}", mod, anchor)
    return ("DATE", val, mod, anchor)


def _r_ordday(ctx: _Ctx, c: _Cand) -> _Res | None:
    """'It is the eighth day of ...' is the publication date; otherwise an unspecified day."""
    before = ctx.text[max(0, c.start - 12):c.start].lower()
    if ctx.dct is not None and re.search(r"(?:\bis|['’]s)\s+$", before):
        return ("DATE", ctx.dct.isoformat(), None, "publication")
    # "made little progress Saturday on the third day of talks": the day named in the same sentence
    s, e = ctx.sentence(c.start)
    if ctx.last is not None and ctx.last[2] == "day" and ctx.last[0] >= s:
        return ("DATE", ctx.last[1], None, "mention")
    wd = _RX_ORDDAY_WD_AFTER.match(ctx.text, c.end)
    if wd is not None and ctx.dct is not None:
        d = _weekday_date(ctx, L.WEEKDAYS[wd.group(1).lower()], None, wd.start(1), wd.end(1))
        if d is not None:
            return ("DATE", d.isoformat(), None, "publication")
    return ("DATE", "XXXX-XX-XX", None, "none")


_RX_ORDDAY_WD_AFTER = re.compile(rf"(?:\s+of\s+[a-z]+)?,?\s+(?:(?i:on)\s+)?({_WD})(?![\w'’])")


_HOURPART_PREPS = {"at", "until", "till", "by", "before", "after", "around", "about", "since"}


def _r_hourpart(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    if _prev_word(ctx.text, c.start) not in _HOURPART_PREPS:
        return None  # only after a preposition: "scored 11 this morning" is a count
    part = re.sub(r"\s+", " ", g["part"].lower())
    h = int(g["h"])
    ap = (g.get("ap") or "").lower()[:1]
    if ap:
        h = h % 12 + (12 if ap == "p" else 0)  # "7:50 p.m. last night"
    elif not part.endswith("morning") and h < 12 and not (part.endswith("night") and h < 5):
        h += 12  # "at 9 last night", "until 3 this afternoon"; "at 2 last night" stays 02:00
    if h == 12 and part.endswith("morning") and not ap:
        h = 0
    if ctx.dct is None:
        day, anchor = "XXXX-XX-XX", "none"
    else:
        shift = -1 if part.startswith(("yesterday", "last")) else 1 if part.startswith("tomorrow") else 0
        if part == "last night" and h < 5:
            shift = 0  # "at 2 last night": the small hours of today
        day, anchor = (ctx.dct + _dt.timedelta(days=shift)).isoformat(), "publication"
    return ("TIME", f"{day}T{h:02d}:{g.get('m') or '00'}", None, anchor)


def _r_miltime(ctx: _Ctx, c: _Cand) -> _Res | None:
    """'0730 GMT', '1500 hours GMT' (TIME)."""
    if c.start and (ctx.text[c.start - 1].isalnum() or ctx.text[c.start - 1] in "$.,:/-"):
        return None
    hm = c.m.group("hm")
    h, mi = int(hm[:2]), hm[2:]
    if h > 23:
        return None
    day, anchor = _time_context_day(ctx, c)
    return ("TIME", f"{day}T{h:02d}:{mi}", None, anchor)


def _easter(y: int) -> _dt.date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return _dt.date(y, month, day + 1)


_RX_PAST_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ed|came|began|broke|fell|rose|took|went|met|won|lost|left|struck|fled|ran|held|saw|died|"
    r"was|were)(?:\s+(?:out|up|down|off|in|on|at|during|over))*\s+$", re.I)


_RX_FUTURE_VERB_BEFORE = re.compile(
    r"\b(?:will|shall|['’]ll|(?:is|are)\s+to)\s+(?:not\s+)?(?:be\s+)?[a-z]+(?:\s+(?:out|up|off|down|back))?"
    r"\s+(?:on|in|until|till|by|through|before)\s+$|"
    # scheduled present: "the mandate expires in December", "the law takes effect on Jan. 1"
    r"\b(?:expires|convenes|reconvenes|resumes|(?:takes|goes\s+into)\s+effect|"
    r"(?:is|are)\s+due)\s+(?:(?:on|in|by)\s+)?$", re.I)


def _future_verb_before(text: str, start: int) -> bool:
    """A future verb right before a date ("will run until Dec. 31", "will be launched on Jan. 1")."""
    return bool(_RX_FUTURE_VERB_BEFORE.search(text, max(0, start - 40), start))


def _past_verb_before(text: str, start: int) -> bool:
    """A past-tense verb right before a date ("came on", "broke out on", "died in"): a strong past cue."""
    m = _RX_PAST_VERB_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and not _RX_BE_PRESENT_BEFORE.search(text, max(0, m.start() - 7), m.start())


def _grab_left(ctx: _Ctx, c: _Cand, rx: re.Pattern, width: int) -> re.Match | None:
    """If ``rx`` (anchored with ``$``) matches the ``width`` characters before the mention, move its start there."""
    lo = max(0, c.start - width)
    m = rx.search(ctx.text[lo:c.start])
    if m:
        c.start = lo + m.start()
    return m


_RX_EACH_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))(?i:each|every)\s+$")
_RX_HOLIDAY_REL_BEFORE = re.compile(
    r"(?:^|(?<=[^\w-]))(?<!(?i:the) )(?P<r>(?i:last|next|this\s+past|this\s+coming|this))\s+$")
_RX_EVERY_BEFORE = re.compile(r"(?:^|(?<=\W))(?i:every|each)\s+(?:(?i:other)\s+)?$")
_RX_TIMES_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))(?i:once|twice|thrice|(?:\d+|[a-z]+)\s+times)\s+$")


def _holiday_date(name: str, y: int) -> _dt.date | None:
    if name in L.HOLIDAYS_FIXED:
        mo, d = L.HOLIDAYS_FIXED[name]
        return _dt.date(y, mo, d)
    if name in L.HOLIDAYS_NTH:
        mo, wd, n = L.HOLIDAYS_NTH[name]
        if n > 0:
            first = _dt.date(y, mo, 1)
            day = first + _dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
            return day + _dt.timedelta(days=1) if name == "election day" else day
        last = _dt.date(y + (mo == 12), mo % 12 + 1, 1) - _dt.timedelta(days=1)
        return last - _dt.timedelta(days=(last.isoweekday() - wd) % 7)
    if name in L.HOLIDAYS_EASTER:
        return _easter(y) + _dt.timedelta(days=L.HOLIDAYS_EASTER[name])
    return None


# capitalised nouns after a holiday that make it a name ("May Day Stadium"); lower-case ones ("the Christmas tree",
# "the Good Friday agreement") in _HOLIDAY_NOUNS
_HOLIDAY_NAME_NEXT = {"Stadium", "Square", "Street", "Avenue", "Road", "Park", "Hall", "Bridge", "Island", "Islands",
                      "Parade", "Massacre", "Festival", "Bowl", "Classic", "Tournament", "Storm", "Flood", "Movement",
                      "Revolution"}
_HOLIDAY_NOUNS = {"tree", "trees", "card", "cards", "gift", "gifts", "carol", "carols", "decorations", "lights",
                  "island", "islands", "present", "presents", "story", "music", "movie", "album", "spirit",
                  "agreement", "accord", "accords", "offensive", "uprising"}


def _r_holiday(ctx: _Ctx, c: _Cand) -> _Res | None:
    """Named holidays (DATE): the occurrence nearest the publication date, biased by tense; "the Labor Day
    weekend" is the weekend next to the holiday."""
    res = _r_holiday_day(ctx, c)
    wk = _RX_WEEKEND_AFTER.match(ctx.text, c.end)
    if res is None or wk is None or res[0] != "DATE" or not _RX_DAYVALUE.fullmatch(res[1]) or "X" in res[1]:
        return res
    d = _dt.date.fromisoformat(res[1])
    # the Saturday of the weekend next to the holiday: before a Monday to Wednesday, after a Thursday to Saturday
    wd = d.isoweekday()
    sat = d - _dt.timedelta(days=1) if wd == 7 else d - _dt.timedelta(days=wd + 1) if wd <= 3 else \
        d + _dt.timedelta(days=6 - wd)
    c.end = wk.end()
    _grab_left(ctx, c, _RX_THE_BEFORE, 8)
    return ("DATE", _iso_week(sat) + "-WE", None, res[3])


_RX_WEEKEND_AFTER = re.compile(r"\s+(?:holiday\s+)?weekend\b")


def _r_holiday_day(ctx: _Ctx, c: _Cand) -> _Res | None:
    h = c.m.group("h")
    nw = _next_word(ctx.text, c.end)
    if nw in _HOLIDAY_NAME_NEXT or nw.lower() in _HOLIDAY_NOUNS:
        return None  # a name: "May Day Stadium", "the Good Friday agreement", "the Tet offensive"
    if c.start and (ctx.text[c.start - 1].isalnum() or ctx.text[c.start - 1] in "'’-"):
        return None
    name = re.sub(r"\s+", " ", h.lower().replace("’", "'"))
    if name not in L.HOLIDAYS_FIXED and name not in L.HOLIDAYS_NTH and name not in L.HOLIDAYS_EASTER:
        name = name.replace("s day", "'s day").replace("s eve", "'s eve").replace("'s'", "'")
        for cand in (name, name.replace("'", "")):
            if cand in L.HOLIDAYS_FIXED or cand in L.HOLIDAYS_NTH or cand in L.HOLIDAYS_EASTER:
                name = cand
                break
        else:
            return None
    if c.m.group("hy"):
        return ("DATE", _holiday_date(name, int(c.m.group("hy"))).isoformat(), None, "absolute")
    if _grab_left(ctx, c, _RX_EACH_BEFORE, 8):  # "Each Christmas, the family gathers": a SET
        fixed = L.HOLIDAYS_FIXED.get(name)
        return ("SET", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX", None, "absolute")
    follow = re.match(r"\s+(?:of\s+)?(?P<r>the\s+following|the\s+next|the\s+previous|the\s+prior|that)\s+year\b",
                      ctx.text[c.end:c.end + 24], re.I)
    if follow and ctx.last is not None and ctx.last[1][:4].isdigit():
        # "married on Valentine's Day the following year": the year after the one the text last gave
        c.end += follow.end()
        r = re.sub(r"\s+", " ", follow.group("r").lower())
        y = int(ctx.last[1][:4]) + {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1,
                                    "that": 0}[r]
        return ("DATE", _holiday_date(name, y).isoformat(), None, "mention")
    yrel = re.match(r"\s+(?P<r>last|next|this)\s+year\b", ctx.text[c.end:c.end + 16], re.I)
    if ctx.dct is not None and yrel:  # "Christmas Day last year"
        c.end += yrel.end()
        y = ctx.dct.year + {"last": -1, "next": 1, "this": 0}[yrel.group("r").lower()]
        return ("DATE", _holiday_date(name, y).isoformat(), None, "publication")
    # "last Christmas", "next Easter": the occurrence before / after (not "the last New Year's Eve of the century")
    rel = _grab_left(ctx, c, _RX_HOLIDAY_REL_BEFORE, 16) if ctx.dct is not None else None
    if rel:
        r = rel.group("r").lower()
        dates = [_holiday_date(name, y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        if r in ("last", "this past"):
            d = max(x for x in dates if x < ctx.dct)
        elif r in ("next", "this coming"):
            d = min(x for x in dates if x > ctx.dct)
        else:
            d = dates[1]
        return ("DATE", d.isoformat(), None, "publication")
    if ctx.dct is None:
        if name in L.HOLIDAYS_FIXED:
            mo, dd = L.HOLIDAYS_FIXED[name]
            return ("DATE", f"XXXX-{mo:02d}-{dd:02d}", None, "none")
        return ("DATE", "XXXX-XX-XX", None, "none")
    if (sy := _sentence_year(ctx, c, _holiday_date(name, ctx.dct.year).month)) is not None:
        return ("DATE", _holiday_date(name, sy).isoformat(), None, "mention")
    d = _nearest_day(ctx, lambda y: _holiday_date(name, y), c.start, c.end)  # "The attack came on Christmas Day"
    return None if d is None else ("DATE", d.isoformat(), None, "publication")


def _r_noon(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    w = g["w"].lower().replace("-", "").replace(" ", "")
    t = {"noon": "12:00", "midday": "12:00", "midnight": "24:00", "midafternoon": "AF", "midmorning": "MO"}[w]
    w_day = g.get("day") or g.get("day1")
    if w_day and w_day.lower().split()[0] in ("tonight", "last"):
        # "midnight tonight" ends today; "midnight last night" ended yesterday
        w_day = "today" if w_day.lower() == "tonight" else "yesterday"
    day, anchor = _day_for(ctx, w_day, c) if w_day else _time_context_day(ctx, c)  # "Tuesday at noon"
    return ("TIME", f"{day}T{t}", None, anchor)


_RX_OWN_DATE = re.compile(rf"\b(?:{L.MONTH_FULL}|(?:19|20)\d\d)\b")


def _event_anchor(ctx: _Ctx, c: _Cand) -> tuple[str, str] | None:
    """For 'N years after the signing of X': find an earlier date mention in a sentence mentioning X."""
    text = ctx.text
    tail_end = min(len(text), c.end + 120)
    m = re.search(r"[.;:!?\n]", text[c.end:tail_end])
    phrase = text[c.end: c.end + m.start()] if m else text[c.end:tail_end]
    keys = [k for k in _RX_PROPER.findall(phrase) if len(k) > 2]
    if not keys or _RX_OWN_DATE.search(phrase):
        return None  # no name to look for, or the event's date is given right there ("... cleared it in September")
    # a clause ("a month after Qantas suspended services") names its event by its verb and object as well as its
    # subject: an earlier sentence about the same subject alone is a different event
    clause = _RX_CLAUSE_AFTER.match(phrase)
    stems = []
    if clause:
        rest = phrase[clause.start("verb"):]
        stems = [_stem(w) for w in re.findall(r"\b[a-z]{5,}\b", rest) if w not in _STOP_AFTER]
        if not stems:
            return None
    # with a long clause, one shared word ("southern") is chance: ask for two
    best, best_score = None, (0 if len(stems) <= 2 else 1)
    here = ctx.sentence(c.start)[0]
    for start, value, prec in reversed(ctx.history):
        s, e = ctx.sentence(start)
        if s == here:
            continue  # "reunited today, 45 years after the end of World War II": today is not the war's date
        sent = text[s:e]
        if not any(k in sent for k in keys):
            continue
        if not stems:
            return value, prec
        low = sent.lower()
        score = sum(st in low for st in stems)
        if score > best_score:  # the sentence sharing most of the clause's words; the latest one on a tie
            best, best_score = (value, prec), score
    return best


def _stem(word: str) -> str:
    for suf in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            return word[: -len(suf)]
    return word


_DAY_COMPOUNDS = {"trader", "traders", "trading", "care", "job", "jobs", "school", "schools", "camp", "pass",
                  "passes", "laborer", "laborers", "trip", "trips", "shift", "room", "student", "students", "lily"}


def _r_duration(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    unit = _unit_code(g["unit"])
    if unit == "X":
        return None
    numtxt = g["num"]
    if g.get("range"):
        numtxt = numtxt[: c.m.start("range") - c.m.start("num")]
    n = _num_value(numtxt)
    low = numtxt.lower()
    if g.get("adj") and g["adj"].lower().startswith("-old"):
        return None
    if _next_word(ctx.text, c.m.end("unit")).lower() == "old" and not g.get("ago"):
        return None
    if g["unit"][:1].isupper() and numtxt[:1].isdigit() and c.start > 0 and not g.get("ago") \
            and ctx.text[max(0, c.start - 2):c.start].strip() not in ("", ".", "\"", "“"):
        return None  # a title: CBS's "60 Minutes", "48 Hours"
    if g["unit"][:1].isupper() and not g.get("ago"):
        nw = _next_word(ctx.text, c.m.end("adj") if g.get("adj") else c.m.end("unit"))
        if nw[:1].isupper() and nw.lower() not in _TITLE_CASE_SIGNALS:
            return None  # part of a name: "the Ninth Five-Year Plan", "the Six-Day War", "Hundred Years War"
    if unit == "Q" and g["hy"].startswith("-") and g["unit"].lower().endswith("s"):
        return None
    if unit == "S" and low in ("a", "an"):
        return None
    if unit == "D" and _next_word(ctx.text, c.m.end("unit")).lower() in _DAY_COMPOUNDS:
        return None  # "a day trader", "a day job": a compound noun
    if low in ("a", "an") and not g["hy"].startswith("-"):
        frac = _RX_FRACTION_BEFORE.search(ctx.text, max(0, c.start - 20), c.start)
        if frac:  # "half a century" P50Y, "a quarter of a century" P25Y
            n = 0.5 if frac.group("f").lower() == "half" else 0.25
            c.start = frac.start()
    if unit == "Q" and (re.match(r"[\s-]+(?:of\s+an?\s+|percentage\s+)?(?:point|percent|share|cent|mile|inch|hour|"
                                 r"century)", ctx.text[c.m.end("unit"):c.m.end("unit") + 30], re.I)
                        or g["unit"].lower() == "quarter" and re.match(
                            r"\s+of\s+(?!an?\s|the\s+(?:fiscal\s+)?year|this\s|last\s|next\s|fiscal\s|\d)",
                            ctx.text[c.m.end("unit"):c.m.end("unit") + 30], re.I)):
        return None  # "a quarter point", "a quarter of its value" (a fraction, not three months)
    if low in ("a", "an") and g["hy"].startswith("-"):
        return None
    pre = re.sub(r"\s+", " ", (g.get("pre") or "").strip().lower())
    if pre == "the" and g["hy"] == "-":
        c.start = c.m.start("num")
        pre = ""
    if low in ("a", "an") and g.get("adj") and not pre:
        c.start = c.m.start("unit")  # "a month-long strike": the article is not part of "month-long"
    ago = re.sub(r"\s+", " ", (g.get("ago") or "").strip().lower()).replace("or so ", "")
    if g.get("half"):
        n = None if n is None else n + 0.5
    if n is None and low == "the":
        return None
    # numbers that are not quantities of time: "$27 a day", "1,000 years"? keep; "50 a share" n/a
    pw = _prev_word(ctx.text, c.start)
    if low in ("a", "an") and not pre and not ago:
        before = ctx.text[max(0, c.start - 30):c.start].lower()
        if pw in ("once", "twice", "times", "thrice"):
            # "twice a year", "three times a week": the frequency belongs to the SET's extent (TimeML freq)
            _grab_left(ctx, c, _RX_TIMES_BEFORE, 30)
            return ("SET", _duration_value(1, unit), None, "absolute")
        if _RX_RATE_BEFORE.search(before):
            # a rate ("$2 million a year", "700 seats a week"): TimeBank leaves these untagged (1 of 6)
            return None
        if pw in ("miles", "kilometers", "kilometres", "km", "mph", "feet"):
            return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", numtxt):
        before = ctx.text[max(0, c.start - 1):c.start]
        if before in "$€£":
            return None
    if pre in ("the", "its first", "their first", "all", "the entire", "the whole") and n is None:
        return None
    if not pre and not ago and n is not None:
        if _grab_left(ctx, c, _RX_EVERY_BEFORE, 12):
            # "every four years": a SET (TimeML), the quantifier inside the span
            return ("SET", _duration_value(n, unit), None, "absolute")
    nxt = ctx.text[c.m.end():c.m.end() + 20].lower()
    per = None if ago or pre else re.match(
        r"\s+(?:a|an|per|each)\s+(day|week|month|year)\b(?!\s+(?:ago|earlier|later|before|after|from|hence|or))",
        ctx.text[c.m.end():c.m.end() + 40].lower())
    if per and n is not None and _PREC_RANK.get(_UNIT_PREC.get(unit, "year"), 9) < _PREC_RANK[per.group(1)]:
        c.end = c.m.end() + per.end()  # "three days a week", "24 hours a day": how often, one SET (TimeML)
        return ("SET", _SET_UNITS[per.group(1)], None, "absolute")
    if ago in ("earlier", "later") and re.match(r"\s+than\b", nxt):
        # a comparison ("started a month earlier than usual"): the amount is a duration, the signal word is not
        c.end = c.m.end("half") if g.get("half") else c.m.end("adj") if g.get("adj") else c.m.end("unit")
        return ("DURATION", _duration_value(n, unit), None, "absolute")
    if not ago and re.match(r"\s+(?:and|or)\s+(?:older|younger|over|up|above|under)\b", nxt):
        return None  # an age bracket: "children ages 6 months and older"
    if ago:
        if ago in ("afterward", "afterwards", "thereafter"):
            ago = "later"
        that = _RX_THAT_ANAPHOR.match(ctx.text, c.m.end()) if ago in ("after", "before") else None
        if that:
            # "Sixteen months after that, a jury found him liable": anchored like "later"
            ago = "later" if ago == "after" else "earlier"
            c.end = that.end()
        direction = -1 if ago in ("ago", "earlier", "before", "previously", "prior") else 1
        if (n is None or unit in ("S", "MIN", "H")) and ago in ("after", "before", "later", "earlier"):
            c.end = c.m.end("half") if g.get("half") else c.m.end("adj") if g.get("adj") else c.m.end("unit")
            return ("DURATION", _duration_value(n, unit), None, "absolute")
        if n is None:
            return ("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", None,
                    "publication" if ctx.dct else "none")
        if ago in ("ago",):
            sent_s, _ = ctx.sentence(c.start)
            if ctx.quarter and unit == "Y" and n == 1 and (
                    "quarter" in ctx.text[sent_s:c.end].lower() or c.start - ctx.quarter_pos < 300):
                y, q = ctx.quarter
                return ("DATE", f"{y - 1:04d}-Q{q}", None, "mention")
            if ctx.dct is None:
                return ("DATE", _UNDERSPEC.get(_UNIT_PREC.get(unit, "year"), "XXXX"), None, "none")
            today = _RX_TODAY_AFTER.match(ctx.text, c.end) if unit in ("Y", "DE", "CE") else None
            if today and float(n).is_integer():
                # "Fifty years ago today": an anniversary, to the day (or the week)
                years = int(n) * {"Y": 1, "DE": 10, "CE": 100}[unit]
                d = _safe_date(ctx.dct.year - years, ctx.dct.month, ctx.dct.day) or \
                    _dt.date(ctx.dct.year - years, ctx.dct.month, ctx.dct.day - 1)
                c.end = today.end()
                return ("DATE", _iso_week(d) if "week" in today.group().lower() else d.isoformat(), None,
                        "publication")
            r = _shift(ctx.dct.isoformat(), "year" if unit in ("Y", "DE", "CE") else "day", -n, unit)
            if r is None:
                return None
            return ("DATE", r[0], None, "publication")
        # earlier / later / before / after: anchored on an event or earlier date in the text
        anchor = None
        kind = "mention"
        if ago in ("after", "before"):
            ev = None if pre == "the" else _event_anchor(ctx, c)  # "over the 12 months before the March peak"
            if ev is None:
                # plain duration ("twenty years after the war"): drop the signal word
                c.end = c.m.end("half") if g.get("half") else c.m.end("adj") if g.get("adj") else c.m.end("unit")
                return ("DURATION", _duration_value(n, unit), None, "absolute")
            anchor = ev
        else:
            sent_s, _ = ctx.sentence(c.start)
            txt = ctx.text[sent_s:c.end].lower()
            if direction < 0 and ctx.quarter and unit == "Y" and n == 1 and (
                    "quarter" in txt or c.start - ctx.quarter_pos < 300):
                y, q = ctx.quarter
                return ("DATE", f"{y - 1:04d}-Q{q}", None, "mention")
            if direction < 0 and unit == "Y" and ctx.last is not None and ctx.last[2] == "month" \
                    and ctx.last[0] >= sent_s and float(n).is_integer():
                # "Exports fell in January from a year earlier": the same month a year before, as for quarters
                r = _shift(ctx.last[1], "month", direction * 12 * n, "M")
                if r is not None:
                    return ("DATE", r[0], None, "mention")
            era = ctx.last_era
            if era is not None and unit in ("DE", "CE") and (ctx.last is None or era[0] > ctx.last[0]) and (
                    direction > 0 or era[0] >= ctx.sentence(c.start)[0] - 400):
                anchor = (era[1], era[2])  # "the late 1970s ... a decade later": the decade just named
            elif ctx.last is not None and (direction > 0 or ctx.last[0] >= ctx.sentence(c.start)[0] - 400):
                anchor = (ctx.last[1], ctx.last[2])
            elif ctx.dct is not None:
                anchor = (ctx.dct.isoformat(), "year" if unit in ("Y", "DE", "CE") else "day")
                kind = "publication"
        if anchor is None:
            return ("DATE", _UNDERSPEC.get(_UNIT_PREC.get(unit, "year"), "XXXX"), None, "none")
        r = _shift(anchor[0], anchor[1], direction * n, unit)
        if r is None:
            return None
        return ("DATE", r[0], None, kind)
    # "a couple of years" is approximate (TimeBank: APPROX)
    return ("DURATION", _duration_value(n, unit), "APPROX" if "couple" in low else None, "absolute")


_RX_TODAY_AFTER = re.compile(r"\s+(?i:today|this\s+week)\b(?!['’])")
_RX_PERIOD_ENDED = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to)\s+(?=[A-Z0-9]|(?:last|this|next)\b)")
_TITLE_CASE_SIGNALS = {"after", "before", "later", "earlier", "ago", "of", "on", "in", "and", "or", "since", "from",
                       "to", "at", "the", "a", "an"}


def _r_between(ctx: _Ctx, c: _Cand) -> _Res | None:
    unit = _unit_code(c.m.group("unit"))
    n1, n2 = _num_value(c.m.group("n1")), _num_value(c.m.group("n2"))
    if unit == "X" or n1 is None or n2 is None or _next_word(ctx.text, c.end).lower() == "old":
        return None  # "between 10 and 20 years old" is an age
    second = _Cand(c.m.start("n2"), c.m.end("unit"), c.prio, "between2", c.m)
    c.end = c.m.end("n1")
    ctx.pending.append((second, ("DURATION", _duration_value(n2, unit), None, "absolute")))
    return ("DURATION", _duration_value(n1, unit), None, "absolute")


def _r_bareunit(ctx: _Ctx, c: _Cand) -> _Res | None:
    if c.start and (c.m.group("core5") or c.m.group("core6")) and ctx.text[c.start - 1].isalnum():
        return None
    if c.m.group("core7"):
        if c.start and (ctx.text[c.start - 1].isalnum() or ctx.text[c.start - 1] in "-'’"):
            return None
        pw = _prev_word(ctx.text, c.start)
        if pw in _BARE_REL_BLOCK or pw[:1].isdigit() or pw in L.ONES or pw in L.TENS:
            return None
        return ("DURATION", _duration_value(None, _unit_code(c.m.group("core7"))), None, "absolute")
    if c.m.group("core9"):
        # "in the first hours after the quake" (TimeBank: PTXH)
        n9 = 1 if c.m.group("unit9") == "hour" else None  # "the first hour of trading" PT1H
        return ("DURATION", _duration_value(n9, _unit_code(c.m.group("unit9"))), None, "absolute")
    if c.m.group("core8"):
        # "bombs exploded minutes apart"
        return ("DURATION", _duration_value(None, _unit_code(c.m.group("core8"))), None, "absolute")
    if c.m.group("core6"):
        # "months ago", "years ago": a vague past reference
        return ("DATE", "PAST_REF", None, "publication" if ctx.dct else "none")
    if c.m.group("core5"):
        if c.start and ctx.text[c.start - 1] in "-'’":
            return None
        pw = _prev_word(ctx.text, c.start)
        if pw not in _BARE_OF_PREV and not (c.start == 0 or ctx.text[c.start - 2:c.start - 1] in ".!?\"“(\n"):
            return None
        return ("DURATION", _duration_value(None, _unit_code(c.m.group("core5"))), None, "absolute")
    if c.m.group("core4"):
        return ("DATE", "PAST_REF", None, "publication" if ctx.dct else "none")
    if c.m.group("core3"):
        return ("DURATION", "PXX", None, "absolute")
    u = c.m.group("unit") or c.m.group("unit2")
    return ("DURATION", _duration_value(None, _unit_code(u)), None, "absolute")


_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M", "hour": "PT1H",
              "minute": "PT1M", "decade": "P10Y", "weekend": "XXXX-WXX-WE", "summer": "XXXX-SU",
              "winter": "XXXX-WI", "spring": "XXXX-SP", "autumn": "XXXX-FA", "morning": "XXXX-XX-XXTMO",
              "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI"}
_SET_ADVS = {"annually": "P1Y", "yearly": "P1Y", "daily": "P1D", "weekly": "P1W", "monthly": "P1M",
             "quarterly": "P3M", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W",
             "semiannually": "P6M", "semi-annually": "P6M", "bimonthly": "P2M", "per annum": "P1Y",
             "a year apart": None}


_RATE_ADVS = {"annually", "yearly", "quarterly", "monthly", "weekly", "daily", "per annum", "semiannually",
              "semi-annually"}
_RX_RATE_BEFORE = re.compile(r"(?:\d|million|billion|trillion|percent|%|cents?|dollars?|pounds?)\s*"
                             r"(?:[a-z]+\s+){0,2}$", re.I)

_SET_FOLLOW_OK = {"to", "in", "at", "for", "and", "since", "through", "from", "until", "on", "by", "over", "or",
                  "during", "between", "with", "after", "before", "until", "when", "but", "the", "a", "as"}


def _r_set(ctx: _Ctx, c: _Cand) -> _Res | None:
    g = c.m.groupdict()
    if g.get("u"):
        v = _SET_UNITS[g["u"].lower()]
        if re.search(r"(?i:other)\s", c.m.group(0)) and re.fullmatch(r"P1[DWMY]", v):
            v = f"P2{v[-1]}"  # "every other week": every two weeks
        return ("SET", v, None, "absolute")
    if g.get("wd"):
        return ("SET", f"XXXX-WXX-{L.WEEKDAYS[g['wd'].lower()]}", None, "absolute")
    if g.get("mon"):
        return ("SET", f"XXXX-{L.MONTHS[g['mon'].lower()]:02d}", None, "absolute")
    adv = re.sub(r"\s+", " ", g["adv"].lower())
    nw = _next_word(ctx.text, c.end)
    if nw[:1].isalpha() and nw.lower() not in _SET_FOLLOW_OK:
        return None
    if adv in _RATE_ADVS and _RX_RATE_BEFORE.search(ctx.text, max(0, c.start - 30), c.start):
        return None  # "rise 8.5% annually", "10,000 units annually": a rate, not a set of times
    v = _SET_ADVS.get(adv)
    if v is None:
        return None
    _grab_left(ctx, c, _RX_TIMES_BEFORE, 16)  # "twice weekly": the frequency belongs to the extent, as in "twice a year"
    return ("SET", v, None, "absolute")


_RX_BARE_TOD = re.compile(
    r"(?:(?<=\b[Ii]n )|(?<=\buntil )|(?<=\btill )|(?<=\bby )|(?<=\bduring )|(?<=\bfrom )|(?<=\bsince )|"
    r"(?<=\bthrough ))(?P<lat>(?i:early|late|mid))[- ](?P<u>morning|afternoon|evening)(?![\w-])")


def _r_bare_tod(ctx: _Ctx, c: _Cand) -> _Res | None:
    """'until late afternoon', 'in early evening': that part of the day just talked about (or of the publication
    date), with its modifier."""
    mod = {"early": "START", "late": "END", "mid": "MID"}[c.m.group("lat").lower()]
    tod = L.TIMES_OF_DAY[c.m.group("u")]
    if ctx.last is not None and ctx.last[2] == "day" and ctx.last[0] >= c.start - 400:
        return ("TIME", f"{ctx.last[1]}T{tod}", mod, "mention")
    if ctx.dct is None:
        return ("TIME", f"XXXX-XX-XXT{tod}", mod, "none")
    return ("TIME", f"{ctx.dct.isoformat()}T{tod}", mod, "publication")


# pattern table: (kind, regex, resolver, priority (lower wins ties))
_PATTERNS: list[tuple[str, re.Pattern, Callable[[_Ctx, _Cand], _Res | None], int]] = [
    ("iso", _RX_ISO, _r_iso, 0),
    ("numeric", _RX_NUMERIC, _r_numeric, 0),
    ("numeric_md", _RX_NUMERIC_MD, _r_numeric_md, 0),
    ("mdy", _RX_MDY, _r_mdy, 1),
    ("dmy", _RX_DMY, _r_mdy, 1),
    ("my", _RX_MY, _r_my, 2),
    ("quarter", _RX_QUARTER, _r_quarter, 2),
    ("decade", _RX_DECADE, _r_decade, 2),
    ("century", _RX_CENTURY, _r_century, 2),
    ("time", _RX_TIME, _r_time, 2),
    ("time24", _RX_TIME24, _r_time, 2),
    ("noon", _RX_NOON, _r_noon, 2),
    ("miltime", _RX_MILTIME, _r_miltime, 2),
    ("hourpart", _RX_HOURPART, _r_hourpart, 2),
    ("dayref", _RX_DAYREF, _r_dayref, 3),
    ("baretod", _RX_BARE_TOD, _r_bare_tod, 3),
    ("ordday", _RX_ORDDAY, _r_ordday, 3),
    ("holiday", _RX_HOLIDAY, _r_holiday, 3),
    ("season", _RX_SEASON, _r_season, 3),
    ("set", _RX_SET, _r_set, 3),
    ("duration", _RX_DURATION, _r_duration, 4),
    ("between", _RX_BETWEEN, _r_between, 4),
    ("rel", _RX_REL, _r_rel, 4),
    ("yearend", _RX_YEAREND, _r_yearend, 4),
    ("yearperiod", _RX_YEARPERIOD, _r_yearperiod, 1),
    ("yearrange", _RX_YEARRANGE, _r_yearrange, 1),
    ("monthrange", _RX_MONTHRANGE, _r_monthrange, 1),
    ("then", _RX_THEN, _r_then, 7),
    ("weekday", _RX_WEEKDAY, _r_weekday, 5),
    ("month", _RX_MONTH, _r_month, 5),
    ("deictic", _RX_DEICTIC, _r_deictic, 5),
    ("year", _RX_YEAR, _r_year, 6),
    ("wordyear", _RX_WORDYEAR, _r_wordyear, 6),
    ("bareunit", _RX_BAREUNIT, _r_bareunit, 7),
]

_RESOLVERS = {k: r for k, _rx, r, _p in _PATTERNS}
# cheap substring tests: a pattern is only run on texts containing one of its keys
_GATES: dict[str, tuple[str, ...]] = {
    "holiday": ("Christmas", "Year", "Thanksgiving", "Easter", " Day", "Halloween", "Fourth", "Good Friday"),
    "miltime": ("GMT", "UTC"),
    "hourpart": ("this morning", "this afternoon", "this evening", "tonight", "last night", "yesterday ",
                 "tomorrow "),
}
_LEFT_MODS_DATE = {"early": "START", "late": "END", "mid": "MID"}


def _left_extend(text: str, c: _Cand, typ: str, value: str, mod: str | None) -> tuple[int, str | None, str]:
    """Extend a mention leftwards over a TimeML modifier ('about', 'the end of', 'early' ...)."""
    lo = max(0, c.start - 40)
    m = _RX_LEFTMOD.search(text, lo, c.start)
    if not m or m.end() != c.start:
        return c.start, mod, value
    word = re.sub(r"\s+", " ", m.group("m").lower())
    if m.group("sep") == "-" and word not in ("mid",):
        return c.start, mod, value
    if word in ("early", "late", "mid") or word.startswith("the "):
        if typ != "DATE" or value.endswith("_REF") or mod in ("START", "MID", "END"):
            return c.start, mod, value
        if word.endswith("first half of") or word.endswith("second half of"):
            if re.fullmatch(r"\d{4}|XXXX", value):
                return m.start(), mod, f"{value}-H{1 if 'first' in word else 2}"
            return m.start(), "START" if "first" in word else "END", value
        new = L.PREFIX_MODS.get(word) or _LEFT_MODS_DATE.get(word)
        return m.start(), new, value
    if word == "some" and typ != "DURATION":
        return c.start, mod, value
    if typ != "DURATION" and word in ("more than", "less than", "fewer than", "at least", "up to", "no more than",
                                      "at most"):
        return c.start, mod, value  # a comparison of amounts: "20,000 more than last year"
    if value.endswith("_REF") or typ == "SET":
        return c.start, mod, value
    if word == "about" and typ == "DATE" and re.match(r"(?i:this|next|last|the)\b", text[c.start:c.start + 5]):
        return c.start, mod, value  # "it's not about this year's earnings": a preposition
    if mod is not None:
        return c.start, mod, value
    return m.start(), L.PREFIX_MODS.get(word, mod), value


_RX_DAYVALUE = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)")
_RX_TOD_OF = re.compile(r"(?:^|(?<=[\s(\"“]))(?i:the\s+)(?P<tod>(?i:morning|afternoon|evening|night))\s+(?i:of)\s+$")
_TOD_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


_RX_OR_TAIL = re.compile(r"\s+(?i:or)\s+(?i:(so|more|longer|less|fewer|shorter|later|earlier))(?![\w-])"
                         r"(?!\s+(?i:than|ago)\b)")
_RX_OR_SO = re.compile(r"\s(?i:or\s+so)\b")
_OR_TAIL_MODS = {"DURATION": {"so": "APPROX", "more": "EQUAL_OR_MORE", "longer": "EQUAL_OR_MORE",
                              "less": "EQUAL_OR_LESS", "fewer": "EQUAL_OR_LESS", "shorter": "EQUAL_OR_LESS"},
                 "DATE": {"so": "APPROX", "later": "ON_OR_AFTER", "earlier": "ON_OR_BEFORE"}}


_CALENDAR_KINDS = {"mdy", "dmy", "iso", "numeric", "numeric_md", "dayrange2", "numeric_md2"}


def _flag_weekdays(ctx: _Ctx, out: list[DateMention]) -> None:
    """Note a weekday read as a day before the newest calendar date the text gives, in the same week.

    Only a full date after the publication date, not in a forward-looking clause, is such a newest date: the text
    was updated after the date it is filed under. "UPDATE Oct. 28, 2022 ... On Thursday, Musk closed the deal",
    published (by its metadata) Tuesday Oct. 25, reads Thursday as Oct. 20, likely the wrong side of Oct. 28.
    A date up to the publication date (a dateline, an earlier event) is no sign: past weekdays come before it.
    """
    days = [_dt.date.fromisoformat(out[i].value[:10]) for i in ctx.calendar
            if out[i].anchor == "absolute" and out[i].value[:10] > ctx.dct.isoformat()
            and ctx.tense(out[i].start, out[i].end) != "future"]
    newest = max(days, default=None)
    if newest is None:
        return
    for i in ctx.weekdays:
        m = out[i]
        d = _dt.date.fromisoformat(m.value[:10])
        if d < newest <= d + _dt.timedelta(days=6):
            out[i] = dataclasses.replace(m, note=f"weekday read as {d.isoformat()}, before {newest.isoformat()} "
                                                 f"given in the text: the day may be the one after it")


def _emit(ctx: _Ctx, c: _Cand, res: _Res, out: list[DateMention], skips: list[tuple[int, int]]) -> None:
    """Append the mention for resolved candidate ``c`` and update the context's last date."""
    text = ctx.text
    prev_end = out[-1].end if out else 0
    typ, value, mod, anchor = res
    start, mod, value = _left_extend(text, c, typ, value, mod)
    if typ == "DATE" and start == c.start and _RX_DAYVALUE.fullmatch(value):
        tod = _RX_TOD_OF.search(text, max(0, start - 30), start)
        if tod and tod.start() >= prev_end:  # "the evening of April 12": a part of that day
            start, typ = tod.start(), "TIME"
            value = f"{value}T{_TOD_CODES[tod.group('tod').lower()]}"
    if start < prev_end or (skips and any(a < c.end and start < b for a, b in skips)):
        start = c.start
    end = c.end
    if typ in ("DURATION", "DATE") and not value.endswith("_REF") and mod is None:
        orx = _RX_OR_TAIL.match(text, end)
        if orx and orx.group(1).lower() in _OR_TAIL_MODS[typ]:
            # "a week or more", "the next year or so", "1994 or later": the hedge is part of the expression
            end, mod = orx.end(), _OR_TAIL_MODS[typ][orx.group(1).lower()]
        elif _RX_OR_SO.search(text, start, end):
            mod = "APPROX"
    if start < prev_end or (skips and any(a < end and start < b for a, b in skips)):
        return  # a resolver widened the span ("every two weeks") into a skipped region or the previous mention
    prec = precision_of(value) if typ in ("DATE", "TIME") else None
    under = "X" in value and typ in ("DATE", "TIME") and anchor == "none"
    if typ == "SET":
        prec = None
    if anchor == "none" and "X" not in value and typ in ("DATE", "TIME") and not value.endswith("_REF"):
        anchor = "absolute"
    out.append(DateMention(start, end, text[start:end], typ, value, mod, prec, anchor, under))
    if c.extra.get("bare_weekday"):
        ctx.weekdays.append(len(out) - 1)
    elif c.kind in _CALENDAR_KINDS and prec == "day":
        ctx.calendar.append(len(out) - 1)
    if typ in ("DATE", "TIME") and prec in ("day", "week", "month", "quarter", "year", "time", "season") \
            and value[:4].isdigit():
        p = "day" if prec == "time" else ("year" if prec == "season" else prec)
        v = value[:10] if prec == "time" else (value[:4] if prec == "season" else value)
        if p == "day" and ctx.last is not None and ctx.last[2] == "day" and ctx.last[1] != v \
                and ctx.last[0] >= ctx.sentence(start)[0] and _RX_SPEECH_BEFORE.search(text, max(0, start - 40), start):
            # "... killed 13 people on Tuesday, authorities said Wednesday": the saying's day does not replace the
            # event's as the day later sentences count from ("until late afternoon", "that night")
            return
        ctx.last = (start, v, p)
        ctx.last_end = end
        ctx.history.append(ctx.last)
    elif typ == "DATE" and prec in ("decade", "century") and value.isdigit():
        ctx.last_era = (start, value, prec)


def find_dates(text: str, *, relative_to: _dt.date | None = None,
               skip: Sequence[tuple[int, int]] = (), dayfirst: bool | None = None) -> list[DateMention]:
    """Find and normalise temporal expressions in English text.

    Parameters
    ----------
    text : str
        The text to tag.
    relative_to : datetime.date or None, keyword-only
        Publication date used to resolve relative expressions ("last week", "on Monday"). With None, relative
        expressions keep underspecified values (``XXXX-WXX``) and ``anchor="none"``; the real clock is never used.
    skip : sequence of (int, int), keyword-only
        Character ranges ``[start, end)`` (boilerplate) in which nothing is reported; a mention overlapping a
        range is dropped.
    dayfirst : bool or None, keyword-only
        How to read numeric dates whose two numbers could both be the month ("4/9/2022", "09.04.2022", "effective
        4/9"): True = day first (9 April), False = month first (4 September), None (default) = month first with
        slashes (US), day first with dots (European). A number above 12 is the day whatever the setting.

    Returns
    -------
    list of DateMention
        Mentions sorted by start offset, non-overlapping, each with ``text[m.start:m.end] == m.text``.
    """
    if not text:
        return []
    if isinstance(relative_to, _dt.datetime):
        relative_to = relative_to.date()
    cands: list[_Cand] = []
    for kind, rx, _res, prio in _PATTERNS:
        gate = _GATES.get(kind)
        if gate is not None and not any(k in text for k in gate):
            continue
        for m in rx.finditer(text):
            if "core" in rx.groupindex:
                s, e = next((m.span(k) for k in _BARE_CORES if m.group(k)), m.span())
            else:
                s, e = m.span()
            if e <= s:
                continue
            cands.append(_Cand(s, e, prio, kind, m))
    if not cands:
        return []
    skips = sorted((int(a), int(b)) for a, b in skip if b > a)
    # choose non-overlapping: longest first, then priority, then leftmost
    cands.sort(key=lambda c: (-(c.end - c.start), c.prio, c.start))
    taken: list[tuple[int, int]] = []
    chosen: list[_Cand] = []
    starts: list[int] = []
    for c in cands:
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        if skips and any(a < c.end and c.start < b for a, b in skips):
            continue
        taken.insert(i, (c.start, c.end))
        starts.insert(i, c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    ctx = _Ctx(text, relative_to, dayfirst)
    out: list[DateMention] = []
    prev_end = 0
    rejected: set[int] = set()
    queue = chosen
    qi = 0
    while qi < len(queue):
        c = queue[qi]
        qi += 1
        if c.start < prev_end:
            continue  # covered by a mention a resolver split off or widened ("Aug. 20-22, 1999")
        try:
            res = _RESOLVERS[c.kind](ctx, c)
        except (ValueError, OverflowError, KeyError, AttributeError, TypeError):
            res = None
        if res is None:
            # rejected in context: let shorter candidates inside its span compete again
            rejected.add(id(c))
            nxt_start = queue[qi].start if qi < len(queue) else len(text) + 1
            alts = [a for a in cands if id(a) not in rejected and a is not c and a.start >= c.start
                    and a.end <= c.end and a.end <= nxt_start and a.start >= prev_end]
            picked: list[_Cand] = []
            for a in alts:  # cands are already sorted longest-first
                if all(a.end <= p.start or a.start >= p.end for p in picked):
                    picked.append(a)
            if picked:
                picked.sort(key=lambda a: a.start)
                queue[qi:qi] = picked
            continue
        _emit(ctx, c, res, out, skips)
        while ctx.pending:
            c2, res2 = ctx.pending.pop(0)
            _emit(ctx, c2, res2, out, skips)
        prev_end = out[-1].end if out else 0
    if ctx.weekdays and ctx.calendar and relative_to is not None:
        _flag_weekdays(ctx, out)
    return _join_durations(text, _share_years(text, out))


_RX_DUR_PARTS = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_DUR_CODES = ("Y", "M", "W", "D", "H", "M", "S")
_RX_DUR_JOIN = re.compile(r"(?:\s*,)?\s+(?:and\s+)?")


def _join_durations(text: str, out: list[DateMention]) -> list[DateMention]:
    """One duration from adjacent parts in falling units: "2 hours 52 minutes" PT2H52M, "three years and eight
    months" P3Y8M (TimeML tags the whole amount, as TimeBank's "a minute and a half")."""
    res: list[DateMention] = []
    for m in out:
        prev = res[-1] if res else None
        if prev is not None and prev.type == m.type == "DURATION" and prev.mod is None and m.mod is None \
                and _RX_DUR_JOIN.fullmatch(text, prev.end, m.start):
            a, b = _RX_DUR_PARTS.fullmatch(prev.value), _RX_DUR_PARTS.fullmatch(m.value)
            if a and b and a.group() != "P" and b.group() != "P":
                ia = [i for i in range(7) if a.group(i + 1)]
                ib = [i for i in range(7) if b.group(i + 1)]
                if ia and ib and max(ia) < min(ib) and 2 not in ia + ib:  # weeks do not mix with other units
                    parts = [a.group(i + 1) or b.group(i + 1) for i in range(7)]
                    date = "".join(f"{n}{u}" for n, u in zip(parts[:4], _DUR_CODES[:4]) if n)
                    clock = "".join(f"{n}{u}" for n, u in zip(parts[4:], _DUR_CODES[4:]) if n)
                    value = "P" + date + (f"T{clock}" if clock else "")
                    res[-1] = DateMention(prev.start, m.end, text[prev.start:m.end], "DURATION", value, None, None,
                                          prev.anchor, False)
                    continue
        res.append(m)
    return res


_RX_COORD = re.compile(r"\s*,?\s*(?:and|or|to|through|until|till|[-–])\s+(?:(?:early|late|mid-?)\s*)?$", re.I)
_RX_SHAREABLE = re.compile(r"(?:XXXX|\d{4})-(?:\d\d|SP|SU|FA|WI)(?:-\d\d)?")


def _share_years(text: str, out: list[DateMention]) -> list[DateMention]:
    """A month, season or day coordinated with a later one that gives its year takes that year.

    "the spring and summer of 1995", "June and July 1995", "March 3 and April 5, 1995": without this the first one
    would be read near the publication date. In a range ("November to February 1996") the first may fall in the
    year before.
    """
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.anchor not in ("publication", "none") or b.anchor != "absolute" or a.type != "DATE" \
                or b.type != "DATE" or not _RX_SHAREABLE.fullmatch(a.value) or not _RX_SHAREABLE.fullmatch(b.value):
            continue
        if not _RX_COORD.fullmatch(text[a.end:b.start]):
            continue
        y = int(b.value[:4])
        ma, mb = _season_or_month(a.value), _season_or_month(b.value)
        if ma > mb and not re.search(r"\band\b|\bor\b", text[a.end:b.start]):
            y -= 1  # "November to February 1996"
        value = f"{y:04d}{a.value[4:]}"
        out[i] = dataclasses.replace(a, value=value, anchor="mention", underspecified=False)
    return out


def _season_or_month(value: str) -> int:
    part = value[5:7]
    return int(part) if part.isdigit() else {"WI": 1, "SP": 4, "SU": 7, "FA": 10}[part]
