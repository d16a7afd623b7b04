"""Candidate patterns: one regular expression per kind of temporal expression, with its priority.

Data only: the rules that read a match into a value are in :mod:`timeline.dates.resolve`. ``PATTERNS`` lists
(kind, regex, priority); the order matters for candidates of equal span. ``GATES`` are cheap substring tests: a
pattern runs only on texts holding one of its keys."""
from __future__ import annotations

import re

from . import lexicon as L


_MON = rf"(?:(?:{L.MONTH_FULL})|(?:{L.MONTH_ABBR})\.)"           # bare month: abbreviations need a period
MON_D = rf"(?:(?:{L.MONTH_FULL})|(?:{L.MONTH_ABBR})\.?)"        # month followed by digits
WD = rf"(?:{L.WEEKDAY_RE})"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
ONES = "|".join(L.ONES)
TEENS = "|".join(L.TEENS)
TENS = "|".join(L.TENS)
_NUMW = (rf"(?:(?:{TENS})(?:[- ](?:{ONES}))?|{TEENS}|{ONES}|a couple of|couple of|a few|a dozen|dozens of|"
         rf"several|a number of|many|few|hundreds of|a hundred|one hundred|a single|an|a)")
_NUM1 = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:[\s-]1/2|½)?|(?i:{_NUMW}))(?:(?i:-and-a-half| and a half))?"
# "two to three weeks", "12 to 18 months", "two or three days": one TIMEX3 (value from the first number, as TimeBank)
_NUM = rf"(?:{_NUM1})(?:(?P<range>\s*(?:-|–|(?i:to|or))\s*(?:\d+(?:\.\d+)?|(?i:{TENS}|{TEENS}|{ONES}))(?=[\s-]))?)"
# left boundary; a double hyphen is a typed dash ("WASHINGTON--This evening, …"), not a hyphenated word
_B = r"(?:(?<![\w$€£#@/.-])|(?<=[^\s\d-]--))"
_E = r"(?![\w])"              # right boundary
_TIME_AP = r"(?i:a\.m\.?|p\.m\.?|am|pm)"
_TZ = (r"(?:,?\s+(?:[ECMP][SD]T|GMT|UTC|[A-Z]{2,3}T|local time|(?:New York|Washington|London) time|"
       r"(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+[Tt]ime))?")

# a full date glued to the label before it in scraped tables ("Construction beganJuly 4, 1817")
_BJ = rf"(?:{_B}|(?<=[a-z])(?=[A-Z]))"
_MDY_BODY = (
    rf"(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON_D})\s+(?:(?i:the)\s+(?=\d{{1,2}}(?:st|nd|rd|th)\b))?(?P<day>{DAY})"
    rf"(?![\d])(?!,\d)(?!\.\d)"
    rf"(?:,?\s+(?P<year>{YEAR})(?![\d%]))?"
    rf"(?:(?:,?[^\S\n]+|\s+at\s+|[^\S\n]+[–-][^\S\n]+|,\s*~)(?P<hh>[012]?\d):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?:\s*(?P<ap>{_TIME_AP}))?)?"
    rf"(?![\w])")
_RX_MDY = re.compile(rf"{_BJ}{_MDY_BODY}")
#: a month-first day read where a range puts it, after a hyphen: the second day of 'June 30-July 2'
RX_MDY_AT = re.compile(_MDY_BODY)
_DMY_BODY = (rf"(?:(?P<wd>{WD}),?\s+)?(?:(?i:the)\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MON_D})"
             rf"(?:,?\s+(?P<year>{YEAR})(?![\d%]))?"
             rf"(?:,?\s+(?P<hh>[012]?\d):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?)?(?![\w])")
RX_DMY = re.compile(rf"{_B}{_DMY_BODY}")
#: the second day of a day-first range, read where the range's pattern put it (after a hyphen too: '22-24 June')
RX_DMY_AT = re.compile(_DMY_BODY)
_RX_DAYRANGE_DMY = re.compile(
    rf"(?:{_B}|(?<=[a-z]))(?P<d1>{DAY})\s*(?:[-–]|\s(?i:to|and|through|until|till)\s)\s*(?P<second>(?P<d2>{DAY})\s+(?:of\s+)?"
    rf"(?P<mon>{MON_D})(?:,?\s+(?P<year>{YEAR})(?![\d%]))?)(?![\w])")
# a full date in capitals, as datelines and hearing covers print it: "SEPTEMBER 5, 2007", "THURSDAY, MAY 25, 2006",
# "14 OCTOBER 2010" (with its year only: "MAY 5" in a headline may be a verb and a number)
_MON_CAPS = rf"(?:{L.MONTH_CAPS}|(?:{L.MONTH_ABBR_CAPS})\.)"
_WD_CAPS = rf"(?:{L.WEEKDAY_CAPS}|{L.WEEKDAY_RE})"
_RX_MDY_CAPS = re.compile(rf"{_BJ}(?:(?P<wd>{_WD_CAPS}),?\s+)?(?P<mon>{_MON_CAPS})\s+(?P<day>{DAY})(?![\d])"
                          rf",?\s+(?P<year>{YEAR})(?![\w%]|[.,]\d)")
_RX_DMY_CAPS = re.compile(rf"{_B}(?:(?P<wd>{_WD_CAPS}),?\s+)?(?P<day>{DAY})\s+(?P<mon>{_MON_CAPS}),?\s+"
                          rf"(?P<year>{YEAR})(?![\w%]|[.,]\d)")
# a day as an ordinal word, as broadcast transcripts write it: "February thirteenth", "April twenty-ninth, 2009",
# "the twenty-first of March" (read like "February 13"; the resolver checks the words around the first form)
_DAYW = rf"(?P<day>(?i:{L.DAY_ORDINAL_RE}))(?![\w-])"
_RX_MDY_WORD = re.compile(
    rf"{_B}(?:(?P<wd>{WD}),?\s+)?(?P<mon>{_MON})\s+{_DAYW}(?:,?\s+(?P<year>{YEAR})(?![\w%]))?")
_RX_DMY_WORD = re.compile(
    rf"{_B}(?:(?P<wd>{WD}),?\s+)?(?i:the)\s+{_DAYW}\s+of\s+(?P<mon>{_MON})(?:,?\s+(?P<year>{YEAR})(?![\w%]))?"
    rf"(?![\w-])")
# a received-stamp of a scanned letter, its day split in two by OCR, alone on its line: "APR 2 6 2009",
# "RECEIVED MAY 1 4 2010" (the date is the core)
_OCR_MON = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC"
_RX_OCR_STAMP = re.compile(
    rf"(?m)^[^\S\n]*(?:[A-Z]+[^\S\n]+)?(?P<core>(?P<mon>{_OCR_MON})\.?[^\S\n]+(?P<d1>[0-3])[^\S\n](?P<d2>\d)"
    rf"[^\S\n]*,?[^\S\n]+(?P<year>{YEAR}))[^\S\n]*$")
_RX_MY = re.compile(rf"{_B}(?:(?P<lmod>(?i:early|late|mid))(?:-|\s+)|(?P<lmid>(?i:mid)-))?(?P<mon>{MON_D})(?:\s+of)?,?\s+(?P<year>{YEAR}|['’]\d\d)(?![\w%]|[.,]\d)")
RX_MONTH = re.compile(
    rf"{_B}(?:(?P<rel>(?i:last|next|this|this past|this coming|coming|past|early|late|mid|earlier|later|"
    rf"the\s+following|the\s+next|the\s+previous|that)"
    rf"(?:\s+|-))|(?P<mid>(?i:mid)-))?(?P<mon>{_MON})"
    rf"(?:\s+(?P<yrel>(?i:last|this|next)\s+year))?(?![\w-])"
    # "this September 11", "last June 5": the day is the expression, not the month with its "this"
    rf"(?(rel)(?!\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|\w))|)")
# ISO dates, and the same order with slashes as web pages stamp them ("Published: 2009/07/14")
_RX_ISO = re.compile(
    r"(?<![\w./-])(?P<y>1[6-9]\d\d|20\d\d)(?P<sep>[-/])(?P<mo>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?)?(?![\w/-])")
# numeric dates: "4/9/2022", "13/05/22" (slashes), "13.05.2022" (dots, four-digit year); which number is the month
# is decided by ``find_dates(dayfirst=...)`` and a number above 12
_RX_NUMERIC = re.compile(
    r"(?<![\w./-])(?P<a>[0-3]?\d)(?:(?P<sl>/)(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\w/])|"
    r"\.(?P<b2>[0-3]?\d)\.(?P<y2>1[6-9]\d\d|20\d\d)(?![\w]|\.\d))")
# without a year only after a word that introduces a date: "effective 4/9", "on 4/9", "as of 9.4.", "Tue. 4/9"
_RX_NUMERIC_MD = re.compile(
    r"(?<![\w./$€£-])(?P<a>[0-3]?\d)(?:(?P<sl>/)(?P<b>[0-3]?\d)(?![\w/%]|[.,]\d)|\.(?P<b2>[01]?\d)\.(?![\w.]|\d))")
_RX_YEAR = re.compile(
    rf"(?<![\w$€£#.,/:+-])(?:(?P<pre>(?i:fiscal(?:\s+year)?|FY|the\s+year|calendar|model\s+year|c\.|ca\.|circa)\s*)|"
    rf"(?P<mid>(?i:mid)-?))?(?P<year>{YEAR})(?![\w%]|[.,]\d|-\d|\s*(?:%|(?i:percent|per cent)))"
    rf"(?P<orlater>\s+(?i:or\s+(?:later|earlier|before|after)))?")
# a year of three digits after a preposition, in a narrative only ("in 476", "about 494" of a story told in BC)
_RX_SHORTYEAR = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Aa]round|[Aa]bout|[Aa]fter|[Bb]efore|c\.|ca\.|circa)\s+"
    r"(?P<core>[1-9]\d{2})(?![\w%]|[.,]\d|\s*(?:%|(?i:percent|per cent)))")
# "2009-2010", "1957-58": each year is its own mention (TimeML); the second may be written with two digits
_RX_YEARRANGE = re.compile(
    rf"(?<![\w$€£#.,/:+-])(?P<y1>{YEAR})(?P<sep>[-–/])(?P<y2>{YEAR}|\d\d)(?![\w%]|[.,]\d|-\d)")
# "January-June", "the March-May period": each month is its own mention, like a range of years
_RX_MONTHRANGE = re.compile(
    rf"{_B}(?P<m1>{L.MONTH_FULL})\s?[-–]\s?(?P<m2>{L.MONTH_FULL})"
    rf"(?:,?\s+(?P<year>{YEAR})(?![\w%]|[.,]\d))?(?![\w-])")
# a year in words, as spoken in broadcast transcripts: "nineteen ninety-four", "two thousand and one"
# ("two thousand twenty-two"; "twenty ten", "twenty twenty-one" only after a word that introduces a year)
WORDYEAR = (rf"(?i:nineteen(?:[- ]hundred(?: and)?)?[- ](?:(?:{TENS})(?:[- ](?:{ONES}))?|"
            rf"{TEENS}|(?:oh[- ])?(?:{ONES}))|two[- ]thousand(?:(?: and)?[- ](?:(?:{TENS})(?:[- ](?:{ONES}))?|"
            rf"{TEENS}|{ONES}))?|twenty[- ](?:(?:{TENS})(?:[- ](?:{ONES}))?|{TEENS}))")
_RX_WORDYEAR = re.compile(rf"{_B}(?:(?i:the\s+year\s+))?(?P<w>{WORDYEAR})(?![\w-])")
_RX_DECADE = re.compile(
    rf"{_B}(?P<the>(?i:the)\s+)?(?P<mod>(?i:early|mid|late)(?:-|\s+))?"
    rf"(?:(?P<full>1[0-9]\d0|20[0-9]0)['’]?s|['’](?P<short>\d0)['’]?s|(?P<word>(?i:twenties|thirties|forties|"
    rf"fifties|sixties|seventies|eighties|nineties))|"
    # "the 60's and 70's": bare tens, after "the" or coordinated with such a decade
    rf"(?:(?<=[Tt]he )|(?<=0['’]s and )|(?<=0['’]s or ))(?P<bare>[2-9]0)['’]s)(?![\w])")
# the era of a year: "480 BC", "B.C. 471", "206 BCE", "AD 23", "220 CE"
ERA = r"(?:B\.\s?C\.(?:\s?E\.)?|BCE|BC|A\.\s?D\.|AD|C\.\s?E\.|CE)"
_CENT_ORD = ("twenty[- ]first|twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|"
             "twelfth|eleventh|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|first")
_RX_CENTURY = re.compile(
    rf"{_B}(?P<the>(?i:the)\s+)?(?P<mod>(?i:early|mid|late)(?:-|\s+))?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|"
    rf"(?i:{_CENT_ORD}))[\s-]+(?i:century)(?![\w])(?:\s+(?P<era>{ERA})(?![\w]))?")
_CIRCA = r"(?:(?P<circa>(?i:c\.|ca\.|circa))\s*)?"
# a year with its era, the era before it or after it ("c. 45 BC", "B.C. 471", "594/3 BC")
_RX_ERAYEAR = re.compile(
    rf"{_B}{_CIRCA}(?:(?:(?:(?P<day>{DAY})\s+)?(?P<mon>{MON_D}),?\s+)?(?P<year>[1-9]\d{{0,3}})(?:/\d{{1,2}})?\s*(?P<era>{ERA})|"
    rf"(?P<era2>A\.\s?D\.|AD|B\.\s?C\.)\s*(?P<year2>[1-9]\d{{0,3}}))(?![\w])")
# a range of years whose era is written after the second ("454–404 BC", "c. 495 – 429 BC", "from 375 BC to 371 BC",
# "206 BCE – 9 CE"): each year is its own mention (TimeML)
_RX_ERARANGE = re.compile(
    rf"{_B}{_CIRCA}(?P<y1>[1-9]\d{{0,3}})(?:/\d{{1,2}})?(?:\s*(?P<e1>{ERA}))?\s*(?:[-–—]|\s(?i:to|until|till)\s)\s*"
    rf"(?P<second>(?:(?i:c\.|ca\.)\s*)?(?P<y2>[1-9]\d{{0,3}})(?:/\d{{1,2}})?\s*(?P<era>{ERA}))(?![\w])")
_RX_SEASON = re.compile(
    rf"{_B}(?P<rel>(?:(?i:this|last|next|the|this past|this coming|coming|past|early|late|mid|the early|"
    rf"the late|that|the following|the previous|the preceding)(?:\s+|-))+)?(?P<s>(?i:spring|summer|fall|autumn|winter))"
    rf"(?:\s+(?:(?i:of)\s+)?(?P<year>{YEAR})(?:[-–/](?:{YEAR}|\d\d)(?![\w%]))?(?![\w%]))?(?![\w-])")
_RX_QUARTER = re.compile(
    rf"{_B}(?P<det>(?:(?i:the|this|last|next|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|"
    rf"the\s+year-earlier|the\s+year-ago|year-earlier|year-ago|the\s+latest|the\s+current|the\s+same|"
    rf"the\s+comparable|the\s+corresponding|the\s+fiscal|fiscal|"
    rf"the\s+(?P<yr1>{YEAR})|(?P<yr2>{YEAR}))\s+)*)"
    rf"(?:(?i:fiscal)[\s-]+)?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|"
    # "the last half of 1989": the second half, when a year follows (not "the last half century")
    rf"(?:last|latter)(?=\s+half\s+of\s+(?:{YEAR}|(?:this|last|next|the)\s+(?:fiscal\s+)?year)\b)))"
    rf"[\s-]+(?:(?i:fiscal)[\s-]+)?"
    rf"(?P<unit>(?i:quarter|half))(?![\w])"
    rf"(?:\s+(?i:of)\s+(?:(?:(?i:fiscal)\s+)?(?P<year>{YEAR})(?![\w])|"
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
_RX_YEARPERIOD = re.compile(rf"{_B}(?i:the)\s+(?P<year>{YEAR})\s+(?P<u>(?i:quarter|period))(?![\w-])")
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


RX_HOLIDAY = re.compile(
    "(?P<h>" + "|".join(_holiday_rx(h) for h in sorted(list(L.HOLIDAYS_FIXED) + list(L.HOLIDAYS_NTH)
                                                      + list(L.HOLIDAYS_EASTER), key=len, reverse=True))
    + r")(?![\w'’-])(?:(?:,?\s+|\s+of\s+)(?P<hy>1[89]\d\d|20\d\d)(?![\w]))?")
_RX_WEEKDAY = re.compile(
    rf"{_B}(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|coming|early|late|earlier|later|"
    rf"the\s+previous|the\s+following)\s+))?(?P<wd>{WD})(?P<pl>s)?"
    rf"(?:\s+(?P<tod>(?i:morning|afternoon|evening|night|noon|midnight))(?P<todpl>s)?)?(?![\w-])")
_RX_TIME = re.compile(
    rf"{_B}(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>{_TIME_AP}|o['’]clock)(?![\w])(?P<tz>{_TZ})"
    rf"(?:\s*,?\s+(?:(?P<md>(?P<mon>{MON_D})\s+(?P<dd>{DAY})(?!\d))|(?P<day>(?i:today|yesterday|tomorrow)|{WD})))?"
    rf"(?:\s+(?P<part>(?i:this\s+(?:morning|afternoon|evening)|tonight)))?")
# a bare hour with its part of the day: "until 11 this morning", "at 9 last night" (after a preposition only)
_RX_HOURPART = re.compile(
    r"(?<![\w:.])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s+(?:(?P<ap>(?i:[ap]\.m\.|[ap]m))\s+)?"
    r"(?P<part>(?i:this\s+(?:morning|afternoon|evening)|tonight|last\s+night|"
    r"(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)))(?![\w-])")
# a clock time of four digits (0000-2359) is told by its zone after it ("1800 UTC", "0600Z", "1430 EDT", "2100 hours
# local time"), by "hours" after "at" ("at 0600 hours"), or by another such time it is coordinated with ("between 1200
# and 1800 UTC"); without these, four digits are a year or a count
CLOCK4 = r"(?:[01]\d|2[0-3])[0-5]\d"
CLOCK_ZONE = r"(?:\s*(?:hours|hrs|h))?\s*(?:UTC|GMT|Z|Zulu|[ECMP][SD]T|(?i:local\s+time))(?![\w])"
CLOCK_COORD = rf"(?:\s*(?:,|(?i:and|or|to|until|till|through)|[-–])\s*{CLOCK4})+{CLOCK_ZONE}"
_RX_MILTIME = re.compile(
    rf"(?<![\w$€£#.,/:+-])(?P<hm>{CLOCK4})(?:(?P<tz>{CLOCK_ZONE})|(?=(?P<coord>{CLOCK_COORD}))|"
    rf"(?<=\b[Aa]t \d{{4}})\s+(?:hours|hrs)(?![\w]))")
# a day and month whose "year" is such a clock time: "3 March 0600 UTC", "March 3, 1500 GMT",
# "14 October 0600 and 1800 UTC" (the day's year comes from the context, as for "3 March"); a number that
# may be a year of a stamped date ("August 1, 2022 UTC": 1900-2099) is a clock time only beside another one
_CLOCK_AFTER_DAY = (rf",?\s+(?:(?i:at)\s+)?(?:(?=(?:[01][0-8]|2[1-3])[0-5]\d{CLOCK_ZONE})|(?=\d{{4}}{CLOCK_COORD}))"
                    rf"(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?:{CLOCK_ZONE}|(?={CLOCK_COORD}))")
_RX_DMY_CLOCK = re.compile(rf"{_B}(?:(?P<wd>{WD}),?\s+)?(?P<day>{DAY})\s+(?P<mon>{MON_D}){_CLOCK_AFTER_DAY}")
_RX_MDY_CLOCK = re.compile(rf"{_B}(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON_D})\s+(?P<day>{DAY}){_CLOCK_AFTER_DAY}")
_RX_TIME24 = re.compile(
    rf"(?:(?<=\bat )(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\w:.]|\.\d)(?P<tz>{_TZ})|"
    rf"(?<![\w.:/$-])(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?::(?P<s2>[0-5]\d))?\s+(?P<tz2>GMT|UTC|(?i:local\s+time))(?![\w]))"
    rf"(?:\s*,?\s+(?P<day>(?i:today|yesterday|tomorrow)|{WD})(?![\w]))?")
_RX_NOON = re.compile(
    rf"{_B}(?:(?P<day1>(?i:today|yesterday|tomorrow)|{WD})\s+)?(?P<w>(?i:noon|midnight|midday|mid[- ]?afternoon|"
    rf"mid[- ]?morning)){_TZ}(?:\s+(?P<day>(?i:today|yesterday|tomorrow|tonight|last\s+night)|{WD}))?(?![\w-])")
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
    rf"(?<=\b[Bb]etween )(?P<n1>\d+(?:\.\d+)?|(?i:{TENS}|{TEENS}|{ONES}))\s+(?i:and)\s+"
    rf"(?P<n2>\d+(?:\.\d+)?|(?i:{TENS}|{TEENS}|{ONES}))\s+(?P<unit>(?i:{L.UNIT_RE}))(?![\w-])")
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
    r"|(?<![\w-])(?P<core9>[Tt]he\s+first\s+(?P<unit9>hours|hour))(?![\w-])"
    r"|(?<![\w-])(?P<core10>(?:[Hh]ours|[Mm]inutes|[Mm]oments)\s+(?:later|earlier))(?![\w-])")
_RX_SET = re.compile(
    rf"{_B}(?i:(?:every|each|per)\s+(?:other\s+|single\s+)?(?P<u>day|week|month|year|quarter|morning|afternoon|"
    rf"evening|night|weekend|summer|winter|spring|autumn|hour|minute|decade)|(?:every|each)\s+(?P<wd>(?-i:{WD}))|"
    rf"(?:every|each)\s+(?P<mon>(?-i:{L.MONTH_FULL}))|"
    rf"(?P<adv>annually|yearly|daily|weekly|monthly|quarterly|hourly|nightly|biweekly|semiannually|"
    rf"semi-annually|bimonthly|per\s+annum|a\s+year\s+apart))(?![\w-])")


_RX_BARE_TOD = re.compile(
    r"(?:(?<=\b[Ii]n )|(?<=\buntil )|(?<=\btill )|(?<=\bby )|(?<=\bduring )|(?<=\bfrom )|(?<=\bsince )|"
    r"(?<=\bthrough ))(?P<lat>(?i:early|late|mid))[- ](?P<u>morning|afternoon|evening)(?![\w-])")


# candidate patterns: (kind, regex, priority (lower wins ties)); the order matters for equal spans
PATTERNS: list[tuple[str, re.Pattern, int]] = [
    ("iso", _RX_ISO, 0),
    ("numeric", _RX_NUMERIC, 0),
    ("numeric_md", _RX_NUMERIC_MD, 0),
    ("dmyclock", _RX_DMY_CLOCK, 0),
    ("mdyclock", _RX_MDY_CLOCK, 0),
    ("mdy", _RX_MDY, 1),
    ("mdycaps", _RX_MDY_CAPS, 1),
    ("dmycaps", _RX_DMY_CAPS, 1),
    ("dmy", RX_DMY, 1),
    ("dayrange", _RX_DAYRANGE_DMY, 1),
    ("mdyword", _RX_MDY_WORD, 1),
    ("ocrstamp", _RX_OCR_STAMP, 1),
    ("dmyword", _RX_DMY_WORD, 1),
    ("my", _RX_MY, 2),
    ("quarter", _RX_QUARTER, 2),
    ("decade", _RX_DECADE, 2),
    ("century", _RX_CENTURY, 2),
    ("time", _RX_TIME, 2),
    ("time24", _RX_TIME24, 2),
    ("noon", _RX_NOON, 2),
    ("miltime", _RX_MILTIME, 2),
    ("hourpart", _RX_HOURPART, 2),
    ("dayref", _RX_DAYREF, 3),
    ("baretod", _RX_BARE_TOD, 3),
    ("ordday", _RX_ORDDAY, 3),
    ("holiday", RX_HOLIDAY, 3),
    ("season", _RX_SEASON, 3),
    ("set", _RX_SET, 3),
    ("duration", _RX_DURATION, 4),
    ("between", _RX_BETWEEN, 4),
    ("rel", _RX_REL, 4),
    ("yearend", _RX_YEAREND, 4),
    ("yearperiod", _RX_YEARPERIOD, 1),
    ("yearrange", _RX_YEARRANGE, 1),
    ("erarange", _RX_ERARANGE, 1),
    ("erayear", _RX_ERAYEAR, 1),
    ("monthrange", _RX_MONTHRANGE, 1),
    ("then", _RX_THEN, 7),
    ("weekday", _RX_WEEKDAY, 5),
    ("month", RX_MONTH, 5),
    ("deictic", _RX_DEICTIC, 5),
    ("year", _RX_YEAR, 6),
    ("shortyear", _RX_SHORTYEAR, 6),
    ("wordyear", _RX_WORDYEAR, 6),
    ("bareunit", _RX_BAREUNIT, 7),
]
# patterns run only on texts read as narratives
NARRATIVE_KINDS = {"shortyear"}
# an era as a word of its own ("BC", not "CEO"): the gate of the patterns of years with their era
_RX_ERA_WORD = re.compile(r"\b(?:BCE?|AD|CE)\b|\b[BAC]\.\s?[CDE]\.")
# a time zone after four digits, or "hours": the gate of the patterns of four-digit clock times
_RX_CLOCK_GATE = re.compile(r"\d\s*(?:Z|Zulu|[ECMP][SD]T)\b|GMT|UTC|(?i:local\s+time|\bhours\b|\bhrs\b)")
# a month's name in capitals: the gate of the patterns of full dates in capitals
_RX_MONTH_CAPS_GATE = re.compile(rf"\b(?:{L.MONTH_CAPS}|{L.MONTH_ABBR_CAPS})\b")
# cheap tests: a pattern is only run on texts containing one of its keys (or matching its gate pattern)
GATES: dict[str, tuple[str, ...] | re.Pattern] = {
    "holiday": ("Christmas", "Year", "Thanksgiving", "Easter", " Day", "Halloween", "Fourth", "Good Friday"),
    "miltime": _RX_CLOCK_GATE,
    "dmyclock": _RX_CLOCK_GATE,
    "mdycaps": _RX_MONTH_CAPS_GATE,
    "dmycaps": _RX_MONTH_CAPS_GATE,
    "mdyclock": _RX_CLOCK_GATE,
    "century": ("entury", "ENTURY"),
    "decade": ("0s", "0's", "0’s", "ties", "TIES"),
    "baretod": ("morning", "afternoon", "evening"),
    "erayear": _RX_ERA_WORD,
    "erarange": _RX_ERA_WORD,
    "ocrstamp": re.compile(rf"\b(?:{_OCR_MON})\b"),
    "hourpart": ("this morning", "this afternoon", "this evening", "tonight", "last night", "yesterday ",
                 "tomorrow "),
}
