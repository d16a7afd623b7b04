"""Word lists used by :mod:`timeline.dates` (pure data, no logic beyond dicts)."""
from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_FULL = ("January|February|March|April|May|June|July|August|September|October|November|December")
MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"

WEEKDAYS: dict[str, int] = {  # ISO weekday numbers
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}
WEEKDAY_RE = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# the same names in capitals, as datelines and hearing covers print a full date ("THURSDAY, MAY 25, 2006",
# "WASHINGTON, DC – SEPTEMBER 5, 2007 –"); read only with a day number beside them ("MAY" alone is a verb in a headline)
MONTH_CAPS = MONTH_FULL.upper()
MONTH_ABBR_CAPS = MONTH_ABBR.upper()
WEEKDAY_CAPS = WEEKDAY_RE.upper()

UNITS: dict[str, str] = {  # unit word -> TimeML duration unit letter(s)
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "FN", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "centurie": "CE", "min": "MIN",
}
UNIT_RE = ("seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|"
           "decades?|century|centuries|mins?")

ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
NUMBER_WORDS: dict[str, int] = {**ONES, **TEENS, **TENS, "a": 1, "an": 1, "a single": 1,
                                "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12,
                                "dozen": 12, "a hundred": 100, "one hundred": 100, "hundred": 100,
                                "a thousand": 1000}
VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "a number of", "numerous", "dozens of",
                 "hundreds of", "thousands of", "a couple of", "the", "countless"}

ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                            "3rd": 3, "4th": 4, "last": 4, "final": 4}

# the days of a month as ordinal words, as broadcast transcripts write them ("February thirteenth", "the twenty-first
# of March"); the compounds "twenty-first" ... "thirty-first" are built from the units
_DAY_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
              "ninth": 9}
DAY_ORDINALS: dict[str, int] = {
    **_DAY_UNITS, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    **{f"twenty {w}": 20 + n for w, n in _DAY_UNITS.items()}, "thirty first": 31,
}
DAY_ORDINAL_RE = ("(?:twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[- ]first|"
                  "twentieth|thirtieth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
                  "seventeenth|eighteenth|nineteenth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)")

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA",
                           "winter": "WI"}

DECADE_WORDS: dict[str, int] = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
                                "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

TIMES_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                                "tonight": "NI", "overnight": "NI", "midday": "12:00", "noon": "12:00",
                                "midnight": "24:00", "dawn": "MO", "dusk": "EV"}

# Modifier words before an expression -> TimeML mod
PREFIX_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "circa": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS",
    "early": "START", "the beginning of": "START", "the start of": "START", "the early part of": "START",
    "the dawn of": "START", "the outset of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "the mid-": "MID",
    "late": "END", "the end of": "END", "the close of": "END", "the latter part of": "END",
    "the late": "END", "the early": "START",
    "no later than": "ON_OR_BEFORE", "no earlier than": "ON_OR_AFTER",
}

# Words that make a following bare 4-digit number a year
YEAR_CUES = {
    "in", "since", "by", "until", "till", "from", "to", "through", "during", "of", "before", "after",
    "the", "early", "late", "mid", "mid-", "fiscal", "year", "and", "or", "between", "post", "pre",
    "summer", "spring", "winter", "autumn", "fall", "for", "around", "circa", "about", "throughout",
    "its", "their", "his", "her", "this", "that", "as", "than", "at", "on", "end", "beginning", "an",
    "within", "into", "season", "election", "elections", "class", "vintage", "model", "started",
    "began", "ending", "until", "mid-", "fy", "cy", "year's", "began", "begun", "ended",
} | {m for m in MONTHS}

# tense cue words
FUTURE_CUES = ("will", "'ll", "’ll", "shall", "going to", "is to", "are to", "was to", "were to",
               "plans to", "plan to", "planned", "scheduled", "expected", "expects", "would", "next",
               "upcoming", "due to", "set to", "is due", "are due", "intends", "hopes", "aims",
               "to be held", "to begin", "to start", "to meet", "to visit", "to resume")

# Anaphoric day references ("the next day", "that night"): word -> offset in days from the reference day
DAY_REF_SHIFT: dict[str, int] = {
    "that": 0, "that same": 0, "the same": 0, "this same": 0,
    "the next": 1, "the following": 1, "the previous": -1, "the prior": -1, "the preceding": -1,
}

# Holidays with a fixed month-day (value = the nearest occurrence to the publication date)
HOLIDAYS_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new years day": (1, 1), "new years eve": (12, 31),
    "independence day": (7, 4), "the fourth of july": (7, 4), "july fourth": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11), "veterans' day": (11, 11),
    "boxing day": (12, 26), "bastille day": (7, 14), "may day": (5, 1),
}
# US holidays on the n-th weekday of a month: name -> (month, ISO weekday, n; -1 = last)
HOLIDAYS_NTH: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "martin luther king day": (1, 1, 3), "presidents' day": (2, 1, 3),
    "presidents day": (2, 1, 3), "columbus day": (10, 1, 2), "mother's day": (5, 7, 2),
    "father's day": (6, 7, 3),
    # US Election Day: the Tuesday after the first Monday of November (handled as that Monday + 1)
    "election day": (11, 1, 1),
}
HOLIDAYS_EASTER: dict[str, int] = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1}
