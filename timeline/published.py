"""Find an article's publication date in what a scraped page prints.

Scraped pages print their publication date in many shapes: a header line
(``date 2022-04-04 US Markets``, ``13:05 JST, August 30, 2022``,
``Monday, April 4, 2022``, ``13.05.2022`` under the headline), a stamp
(``Published …``, ``UPDATE (Aug. 30, 2022 11:07 UTC)``, ``Created at …``), or
an agency dateline opening the story (``WASHINGTON, Oct. 3 (AP) —``). A date in
the story itself ("On April 4, 2022, the board …") is an event, not the
publication date.

The rules here look at the *shape* of a line, not at any site's wording: a
**date line** is a short line (or a ``|``/``•``-separated segment of one, or a
column between runs of spaces) that is mostly one date with a year, plus at
most a few other words (time, zone, weekday, a label such as "Published" or
"News Release:", a section name, page furniture such as "Print this page").
Plain date lines count only in the page header (before the first long
paragraph, within the first 15 lines that are not site chrome, or among the
six lines right above the first paragraph); labelled ones ("Published",
"Updated", "Last modified") count anywhere. A header line naming the text's
occasion ("Testimony of … on <date>") and, on a page with no date line, the
first date of a header run into one long line date the page too. Month names in other languages are normalised
with :mod:`dateparser`; numeric dates follow ``dayfirst`` (dotted ``13.05.2022``
is day-first and slashed ``4/9/2022`` month-first unless told otherwise, and an
unambiguous numeric date on the page decides for the page).

:func:`find_published` weighs the evidence (labelled "Published" line, date in
the page's web address, plain header date line, agency dateline, update stamp)
and says what it used; it never falls back on today's date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator, Literal

from .dates.resources.lexicon import WEEKDAY_RE, WEEKDAYS
from .textio import reading_text

__all__ = [
    "DateLine",
    "Published",
    "above_story",
    "agency_dateline",
    "headline_date",
    "filing_stamp_line",
    "date_from_url",
    "impossible_url_date",
    "safe_date",
    "dates_with_year",
    "find_date_lines",
    "find_published",
    "flattened_date",
    "header_end",
    "is_date_line",
    "later_in_story",
    "glued_date_line",
    "leading_date",
    "leading_stamp",
    "line_pieces",
    "markup_date_lines",
    "occasion_date",
    "parse_date",
    "record_breaks",
    "record_line",
    "printed_dates",
    "stamped_date",
    "writing_day",
]

DateKind = Literal["published", "updated", "plain", "dateline", "archived"]

#: Non-blank, non-chrome lines at the top of a page that may hold its header.
HEADER_LINES = 15
#: A line with at least this many words that ends a sentence is the first paragraph of the story.
PARAGRAPH_WORDS = 25
#: Longest line (characters) that can be a date line.
DATE_LINE_CHARS = 120

_EN_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
    "friday", "fri", "saturday", "sat", "sunday", "sun",
}
# Words that may stand beside the date on a date line without making it a sentence.
_LABEL_WORDS = {
    "published", "publish", "posted", "created", "updated", "update", "modified", "last", "first", "date",
    "dated", "on", "at", "edited", "revised", "am", "pm", "a", "p", "m", "utc", "gmt", "time", "de", "of",
    # a periodical's issue line ('[Gazette Volume 12, Number 3 (Monday, May 4, 2020)]', 'Vol. 7, No. 2, May 2020')
    "volume", "vol", "number", "no", "issue",
    # a release's label ('Release Date: May 4, 2022', 'Issued: …')
    "release", "released", "issued",
    # a situation report's hour ('May 4, 2022, as of 6 p.m. local time')
    "as",
    # an archive's or a crawler's stamp beside the page's own ('Published: … · Archived: …', 'Retrieved …')
    "archived", "retrieved", "accessed", "crawled", "captured", "fetched", "scraped", "downloaded",
}
#: page furniture printed on the date's line, not words of a sentence ('News Release: May 4, 2022 Print this page')
_FURNITURE = re.compile(
    r"\b(?:print(?:er[- ]friendly)?(?: this)?(?: page| article| story)?|e-?mail(?: this)?(?: page| article| story)?|"
    r"share(?: this)?(?: page| article| story)?|bookmark|favou?rites?|text size|font size|pdf)\b",
    re.I,
)
#: the label of a 'Label: date' line, up to three capitalised words and a colon right before the date ('News
#: Release: May 4, 2022', 'Statement: …')
_COLON_LABEL = re.compile(r"(?:^|(?<=\s))(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*\s*:\s*$")
_PUBLISHED_LABEL = re.compile(r"\b(published|posted|created|publication date|first appeared|release date|"
                              r"date of release|date released|released|date issued|issue date|issued|"
                              r"(?:news|press|media)\s+release)\b", re.I)
#: an archive's, a crawler's or a database record's stamp ('Archived: …', 'Retrieved …', '"created_at": …'): when a
#: copy was made, never the page's publication
_ARCHIVE_LABEL = re.compile(r"\b(?:archived|retrieved|accessed|crawled|captured|fetched|scraped|downloaded|"
                            r"verdate)\b|[a-z]_at\b", re.I)
# ('VerDate': a typesetting system's version stamp a government printer's PDF prints on every page, with its run's
# date after it: the day a page was set, never the day the document was issued)
_UPDATED_LABEL = re.compile(r"\b(updated?|modified|edited|revised|corrected)\b", re.I)
#: a label saying the date is when something on the page runs out ('EXPIRES: May 4, 2022', 'Offer ends: …',
#: 'Deadline: …', 'Valid through: …'): a coupon's, an offer's or a call's closing day, which lies after the page was
#: written and is never its publication (read as the ``archived`` kind: a date the page prints but is not dated by)
_EXPIRY_LABEL = re.compile(r"\b(?:expir\w*|valid\s+(?:until|through|thru|till)|offer\s+ends|ends\s+on|deadline|"
                           r"closing\s+date|due\s+date|best\s+before|use\s+by)\b", re.I)

_WORD = r"[^\W\d_]{3,}\.?"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>\d{4})"
#: letters of scripts written without spaces between words (Chinese, Japanese, Korean): a date may touch them
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef"
_LEFT = r"(?<![\w/.:-])"
_RIGHT = (r"(?:(?![^\W" + _CJK + r"]|/|[.:-]\d)"  # a CJK word may follow a date with no space ('2021-05-11来源')
          r"|(?=\d{1,2}:\d{2}))")  # "April 4, 20225:52 PM": a time glued to the year
#: a month's name and a day, with no space after the abbreviation's stop ('Jan.28') or a comma after the month
#: ('March, 5, 2010'), and the year after a comma with no space only when it is of this era ('October 14,2008'): the
#: printed forms of a month-first date
_MONTH_DAY = r"(?P<m>" + _WORD + r")(?:,?\s+|(?<=\.)(?=\d))" + _DAY
_YEAR_AFTER = r"(?:,?\s+|,(?=[12]\d{3}))" + _YEAR
#: the place of a dateline ('WASHINGTON', 'Miami, Fla.')
_PLACE = r"(?P<place>[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ ]{1,30})?)"
# Date expressions with a year, as printed (the order matters: the first match at a place wins).
_DATE_FORMS = [
    ("iso", re.compile(_LEFT + _YEAR + r"-(?P<mn>\d{1,2})-" + _DAY.replace("(?:st|nd|rd|th)?", "")
                       + r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?" + _RIGHT)),
    ("ymd", re.compile(_LEFT + _YEAR + r"(?P<sep>[./])(?P<mn>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _RIGHT)),
    ("numeric", re.compile(_LEFT + r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})" + _RIGHT)),
    # a C-library time stamp, as mail headers and mirrored pages print it ('Sun Mar 3 07:59:46 PST 2019')
    ("ctime", re.compile(_LEFT + r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<m>[A-Z][a-z]{2})\s+(?P<d>\d{1,2})\s+"
                         r"\d{1,2}:\d{2}(?::\d{2})?\s+(?:[A-Z]{2,5}\s+)?" + _YEAR + _RIGHT)),
    ("mdy", re.compile(_LEFT + _MONTH_DAY + r"\.?" + _YEAR_AFTER + _RIGHT)),  # ('October 14,2008', 'Jan.28,2016')
    # a month's full name glued to the word before it, as a flattened byline runs into its date ('By Ann RoeMay 2,
    # 2018')
    ("glued", re.compile(r"(?<=[a-z])(?P<m>January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\s+" + _DAY + r",?\s+" + _YEAR + _RIGHT)),
    ("dmy", re.compile(_LEFT + _DAY + r"\.?\s+(?:de\s+|of\s+)?(?P<m>" + _WORD + r"),?\s+(?:de\s+)?" + _YEAR
                       + r"(?:\s*г\.)?" + _RIGHT)),
    # a year cut to two figures after an apostrophe, as a blog's stamp prints it ('14 Apr '19', 'Apr 14, '19')
    ("apostrophe", re.compile(_LEFT + r"(?:" + _DAY + r"\s+(?P<m>" + _WORD + r")|(?P<m2>" + _WORD + r")\s+"
                              + _DAY.replace("?P<d>", "?P<d2>") + r",?)\s+['’](?P<y2>\d{2})" + _RIGHT)),
]
_FORM = dict(_DATE_FORMS)
# "WASHINGTON, Oct. 3 (AP) —", "April 4 (Reuters) -", "NEW YORK, April 4, 2022 /PRNewswire/ --"
_AGENCY_DATELINE = re.compile(
    r"^\s*(?:" + _PLACE + r",\s+)?"
    r"(?P<date>(?P<m>" + _WORD + r")\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?)\s*"
    r"(?:\((?P<agency>[A-Z][\w&.’' -]{0,30})\)|/(?P<wire>[A-Z][\w&.’' -]{0,30})/)\s*(?:[-–—]{1,2}|:)\s*"
)
#: a release's dateline: a place and the full date, in brackets or after a comma, and a dash ('WASHINGTON, April 4,
#: 2022 –', 'Washington (April 4, 2022) -'); a date without its year is no such dateline
#: The place may stand in brackets with the date ('(Washington, D.C., May 4, 2022) –'), before it with no comma after
#: an abbreviation ('Washington, D.C. May 4, 2022 –'), before a dash ('ATLANTA, GA -- May 4, 2022 --'), or before an
#: agency's name in the date's brackets ('KABUL, Afghanistan (Army News Service, May 4, 2022) --').
#: characters of story a dateline with a dash between its place and date opens ('ATLANTA -- May 4, 2022 -- The …')
_DASHED_PLACE_TEXT = 40
#: The dash after the date may have been lost to a question mark by a wrong encoding ('WASHINGTON, May 4, 2022 ? The
#: …'), and a wire's name may stand in brackets between dashes before the date, a stop after it
#: ('Springfield–(WIRE)–May 4, 2022.  The …').
_PLACE_DATELINE = re.compile(
    r"^\s*\(?" + _PLACE + r"(?:,\s+|\s*\(\s*(?:[A-Z][\w.&'’-]*\s+){0,5}?(?:[A-Z][\w.&'’-]*,\s*)?|(?<=\.)\s+|"
    r"\s+[-–—]{1,2}\s+|(?P<wired>\s*[-–—]{1,2}\([A-Z][\w&.’' -]{0,30}\)[-–—]{1,2}\s*))"
    r"(?P<date>" + _MONTH_DAY + _YEAR_AFTER + r")"
    r"\s*\)?\s*(?:[-–—]{1,3}|:|\?(?=\s+[A-Z])|(?(wired)\.(?=\s+[A-Z])|(?!)))\s+"
)
#: what parts a headline from the date closing its line (:func:`headline_date`)
#: a label that may stand between a headline's dash and the date closing it ('Flood Relief Activities - Update 5/4/22')
HEADLINE_DATE_LABELS = ("Update ", "Updated ", "UPDATE ", "Posted ", "Published ", "As of ", "as of ")
_HEADLINE_DATE_CUT = re.compile(r"\S(?:(\s+[-–—|]\s+(?:" + "|".join(HEADLINE_DATE_LABELS) + r")?)|,\s+)$")
#: a republisher's note on the text below it ('The following statement was first issued by the agency on May 2,
#: 2019; we print it unchanged.'): the date the text was first published
_REPUBLISHED_NOTE = re.compile(
    r"\s*(?:The|This)\s+following\s+[\w ,’'-]{1,60}?\s+(?:was|were)\s+(?:originally\s+|first\s+)?"
    r"(?:published|issued|released|posted)\s+(?:by|in|on)\b[^\n]{0,160}?\bon\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\b"
)
#: the same dateline with the agency and the date inside its brackets ('PORT-LOUIS, Mauritius (Navy News, May 2,
#: 2011) --'): the text of its line up to the date
_DATELINE_BRACKET = re.compile(
    r"^\W*[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?"
    r"\s*\(\s*(?:[A-Z][\w.&'’-]*\s*){1,6},\s*$"
)
#: what parts a line's segments: a bar or a dot between spaces, or a run of three spaces at least (the columns of a
#: flattened page's table: 'Source: Daily English    2021-05-11    Favorite')
_SEGMENT_SPLIT = re.compile(r"\s+[|•·]\s+|(?<=\S)[ \t\u3000]{3,}(?=\S)")
# The labels a text is stamped with its date by, in one place (:func:`leading_stamp` reads them opening a line in
# any case, :func:`glued_date_line` after a headline, :func:`stamped_date` right before a date inside a sentence;
# ``timeline.clauses._STAMP`` and ``timeline.lede._DATELINE`` read other things, said beside them):
#: a label a page prints before its date, capitalised as a label is ('… Published May 9, 2022 By …'), not a
#: sentence's verb ('was published on')
_PAGE_LABEL = r"(?:Published|Posted|Updated|Last\s+[Uu]pdated|First\s+published|PUBLISHED|POSTED|UPDATED)"
#: a release's header label ('For Immediate Release May 9, 2022'), capitalised as a label is, not a sentence's
#: 'slated for immediate release on Monday'
_RELEASE_LABEL = r"(?:For\s+Immediate\s+Release|FOR\s+IMMEDIATE\s+RELEASE)"
#: a stamp's label opening a line, in any case ('date 2022-04-04', 'Published: …', 'For Release …')
_STAMP_LABEL = re.compile(
    r"\s*\(?(?:date[d]?|" + _PAGE_LABEL + r"|posted|created|update|last modified|modified"
    r"|for (?:immediate )?release)"
    r"(?:\s+(?:on|at))?\s*:?\s*",
    re.I,
)
#: a label right before the date it stamps, at the end of the text before the date ('… late frost Published March
#: 3, 2021 By …', 'Released: …')
_LABEL_BEFORE_DATE = re.compile(r"(?:\b" + _PAGE_LABEL + r"(?:\s+on)?|\bReleased\s*:)\s*:?\s*$")
#: a release's header label, where a line's text before a date holds it
_RELEASE_LINE = re.compile(r"\b" + _RELEASE_LABEL + r"\b")
_STAMP_TAIL = re.compile(r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}\b)?)?\)?")
_RULE = re.compile(r"(?<![-=_~*])[-=_~*]{4,}(?![-=_~*])")
_RULE_HINT = re.compile(r"[-=_~*]{4}")  # what every _RULE match contains (a cheaper scan)
#: a weekday before a date opening a piece ('Sunday, May 2, 2021 A bridge …')
_LEAD_WEEKDAY = re.compile(rf"\s*(?:{WEEKDAY_RE}),?\s+")
#: a capitalised stamp label in the middle of a header line, after a headline (``Mill closes after fire Published
#: May 9, 2022 By Lee Park …``): a flattened page's date line
_INNER_STAMP = re.compile(r"(?<=[\w’'\"”)])\s+(?=" + _PAGE_LABEL + r"\b)")
#: most words of a headline before a stamp label inside its line
_HEADLINE_WORDS = 25
#: fewest words after a date opening a piece for it to be a date line glued to the lede
_LEDE_WORDS = 6
_LEAD_TAIL = re.compile(r"(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}\b)?)?(?=\s*$|\s+[A-Z])")
_URL_DATES = [
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[/_-](?P<mn>\d{1,2})[/_-](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<mn>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
]
_SENTENCE_END = re.compile(r"[.!?…”\"’)]\s*$")


@dataclass(frozen=True)
class DateLine:
    """A printed date that may say when the page was published or updated.

    Attributes
    ----------
    date : datetime.date
        The date it prints.
    start, end : int
        Offsets of the printed text (the line or segment, stripped) in the raw text.
    line : int
        1-based line number.
    kind : {"published", "updated", "plain", "dateline", "archived"}
        ``published``/``updated``: a labelled stamp; ``plain``: a date line in
        the page header; ``dateline``: an agency dateline opening the story;
        ``archived``: an archive's, a crawler's or a record's stamp, or a day
        something on the page expires (``EXPIRES: …``; never used).
    text : str
        The printed text, ``raw[start:end]``.
    how : str
        How the date was read when that needs saying (year taken from another
        date, day-first), else "".
    in_header : bool
        Whether it is printed in the page header (see :func:`header_end`).
    """

    date: dt.date
    start: int
    end: int
    line: int
    kind: DateKind
    text: str
    how: str = ""
    in_header: bool = True

    def describe(self) -> str:
        """``'Monday, April 4, 2022' at line 3`` (plus how it was read)."""
        how = f" ({self.how})" if self.how else ""
        text = self.text if len(self.text) <= 80 else self.text[:77] + "..."
        return f"{text!r} at line {self.line}{how}"


@dataclass(frozen=True)
class Published:
    """What the text (and the page's address) say about the publication date.

    Attributes
    ----------
    date : datetime.date or None
        The publication date; None when nothing says it (never today's date).
    source : {"printed", "url"} or None
        Where it comes from.
    printed : DateLine or None
        The printed date used (also set when the address agrees with it).
    note : str
        What was used, e.g. ``printed: 'Monday, April 4, 2022' at line 3``.
    updated : DateLine or None
        A printed date later than ``date`` showing the text was updated after it.
    dayfirst : bool or None
        The order used for numeric dates (None when the page has none).
    evidence : tuple of DateLine
        Every candidate found, in text order.
    """

    date: dt.date | None
    source: Literal["printed", "url"] | None = None
    printed: DateLine | None = None
    note: str = ""
    updated: DateLine | None = None
    dayfirst: bool | None = None
    evidence: tuple[DateLine, ...] = field(default=(), repr=False)


# --------------------------------------------------------------------------- single dates


def _month_number(word: str) -> int | None:
    return _EN_MONTHS.get(word.lower().rstrip("."))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date ``year``-``month``-``day``, or None when the calendar has no such day (*February 30*, *February 29*
    of a common year, a month 13).

    Examples
    --------
    >>> safe_date(2023, 2, 29) is None
    True
    """
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@functools.lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """Month names and abbreviations in every language dateparser knows (read once, about a second)."""
    from dateparser.languages.loader import LocaleDataLoader

    locales = LocaleDataLoader().get_locales(
        languages=None, locales=None, region=None, use_given_order=False, allow_conflicting_locales=True
    )
    months = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")
    return frozenset(w.lower().rstrip(".") for loc in locales for m in months for w in loc.info.get(m, []))


def _is_month_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in _EN_MONTHS or (low not in _LABEL_WORDS and low not in _WEEKDAYS and low in _month_words())


@functools.lru_cache(maxsize=4096)
def _dateparser_date(text: str, *, dayfirst: bool | None) -> dt.date | None:
    """Normalise a date with a month name in any language (dateparser; no clock involved)."""
    import dateparser

    settings = {
        "DATE_ORDER": "DMY" if dayfirst else "MDY",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RELATIVE_BASE": dt.datetime(2000, 1, 1),
        "PARSERS": ["absolute-time"],
    }
    try:
        parsed = dateparser.parse(text, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; it is only a normaliser here
        return None
    return parsed.date() if parsed is not None else None


def _numeric_date(a: int, b: int, year: int, *, dotted: bool, dayfirst: bool | None) -> tuple[dt.date | None, str]:
    first_is_day = dotted if dayfirst is None else dayfirst
    d, m = (a, b) if first_is_day else (b, a)
    date = safe_date(year, m, d)
    if date is not None:
        if a == b or a > 12 or b > 12:
            return date, ""
        return date, "day-first" if first_is_day else "month-first"
    other = safe_date(year, a, b) if first_is_day else safe_date(year, b, a)
    return other, ""


def _date_of(m: re.Match[str], form: str, *, dayfirst: bool | None) -> tuple[dt.date | None, str]:
    """The date a form matched, and how it was read ("" when unambiguous)."""
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else 0
    if form in ("iso", "ymd"):
        return safe_date(year, int(g["mn"]), int(g["d"])), ""
    if form == "apostrophe":
        short = int(g["y2"])
        month = _month_number(g["m"] or g["m2"])
        day = int(g["d"] or g["d2"])
        return (safe_date(2000 + short if short < 70 else 1900 + short, month, day) if month else None), ""
    if form == "numeric":
        if len(g["y"]) == 2:
            year = 2000 + year if year < 70 else 1900 + year
        return _numeric_date(int(g["a"]), int(g["b"]), year, dotted=g["sep"] == ".", dayfirst=dayfirst)
    month = _month_number(g["m"])
    if month is not None:
        return safe_date(year, month, int(g["d"])), ""
    if not _is_month_word(g["m"]):
        return None, ""
    return _dateparser_date(m.group(0), dayfirst=form == "dmy"), ""


def _date_matches(text: str, *, dayfirst: bool | None, english_only: bool = False):
    """``(match, date, how)`` for each date with a year in ``text`` (non-overlapping, in order), as a new list:
    :func:`dates_with_year` of the text."""
    return list(dates_with_year(text, dayfirst, english_only))


@functools.lru_cache(maxsize=2048)
def dates_with_year(text: str, dayfirst: bool | None,
                    english_only: bool = False) -> tuple[tuple[re.Match[str], dt.date, str], ...]:
    """Each date with a year printed in ``text``, non-overlapping, in order: cached by text, as the reading of a
    page's header asks for the dates of the same lines many times over (its date lines, its headline, its lede).

    Parameters
    ----------
    text : str
    dayfirst : bool or None
        Order of numeric dates (None: dotted day-first, slashed month-first).
    english_only : bool, default False
        Month names in English only (a form that matched another language's month is left out).

    Returns
    -------
    tuple of (re.Match, datetime.date, str)
        The match, the date and how an ambiguous numeric date was read (``""`` when unambiguous).
    """
    starts: list[int] = []  # sorted starts of the spans taken so far (they never overlap)
    ends: list[int] = []
    found = []
    for form, pattern in _DATE_FORMS:
        for m in pattern.finditer(text):
            i = bisect.bisect_left(starts, m.end())  # spans starting before this match ends
            if i and ends[i - 1] > m.start():
                continue
            if english_only and form in ("mdy", "dmy") and _month_number(m.group("m")) is None:
                continue
            date, how = _date_of(m, form, dayfirst=dayfirst)
            if date is not None:
                starts.insert(i, m.start())
                ends.insert(i, m.end())
                found.append((m, date, how))
    return tuple(sorted(found, key=lambda t: t[0].start()))


def printed_dates(text: str, *, dayfirst: bool | None = None) -> list[tuple[int, int, dt.date]]:
    """``(start, end, date)`` of every date with a day, month and year printed in ``text``.

    Parameters
    ----------
    text : str
    dayfirst : bool, optional
        Order of numeric dates (None: dotted day-first, slashed month-first).

    Returns
    -------
    list of (int, int, datetime.date)
        In text order.

    Examples
    --------
    >>> printed_dates("Hearings in Lyon, March 16, 2021, and on 17 March 2021")
    [(18, 32, datetime.date(2021, 3, 16)), (41, 54, datetime.date(2021, 3, 17))]
    """
    return [(m.start(), m.end(), date) for m, date, _ in _date_matches(text, dayfirst=dayfirst)]


def parse_date(text: str, *, dayfirst: bool | None = None) -> dt.date | None:
    """The date printed in ``text`` when ``text`` is one date with a year (plus time, zone or weekday).

    Parameters
    ----------
    text : str
        For example ``"Monday, April 4, 2022"``, ``"13.05.2022"``, ``"4 Feb, 2022 15:36"``.
    dayfirst : bool, optional
        Order of numeric dates; None reads dotted dates day-first and the
        others month-first.

    Returns
    -------
    datetime.date or None

    Examples
    --------
    >>> parse_date("13:05 JST, August 30, 2022")
    datetime.date(2022, 8, 30)
    >>> parse_date("4/9/2022"), parse_date("4/9/2022", dayfirst=True)
    (datetime.date(2022, 4, 9), datetime.date(2022, 9, 4))
    """
    found = _date_matches(text, dayfirst=dayfirst)
    return found[0][1] if found else None


# --------------------------------------------------------------------------- date lines


def _rest_words(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """Words of ``text`` outside ``spans`` that are not times, zones, weekdays or date labels."""
    rest = text
    for s, e in sorted(spans, reverse=True):
        rest = rest[:s] + " " + rest[e:]
    words = re.findall(r"[^\W_]+(?:['’.][^\W_]+)*", rest)
    out = []
    for w in words:
        low = w.lower().rstrip(".")
        if any(c.isdigit() for c in w) or low in _LABEL_WORDS or low in _WEEKDAYS:
            continue
        if w.isupper() and 2 <= len(w) <= 5:  # a time zone (JST, EDT) or a short code
            continue
        if low in ("ago", "min", "mins", "minutes", "hours", "hour", "days", "months", "read", "a.m", "p.m"):
            continue
        out.append(w)
    return out


#: a short note in brackets closing a stamp after its date ('Update for May 4, 2022 (final web update)', '(revised)'):
#: it tells of the stamp, so its words do not make the line a sentence
_STAMP_NOTE = re.compile(r"\s*\((?:[^\W\d_][\w’'-]*\s*){1,4}\)\s*$")


def _line_kind(before: str) -> DateKind:
    if _ARCHIVE_LABEL.search(before) or _EXPIRY_LABEL.search(before):
        return "archived"
    if _PUBLISHED_LABEL.search(before):
        return "published"
    if _UPDATED_LABEL.search(before):
        return "updated"
    return "plain"


def _date_line(
    text: str, *, dayfirst: bool | None, any_language: bool = True
) -> list[tuple[dt.date, DateKind, str, int, int]]:
    """``(date, kind, how, start, end)`` of each date when ``text`` (a stripped line or segment) is mostly dates.

    A line holding several dates ("Published April 4, 2022 Updated April 5, 2022")
    gives one entry per date, each labelled by the words just before it.
    """
    if not text or len(text) > DATE_LINE_CHARS:
        return []
    found = _date_matches(text, dayfirst=dayfirst, english_only=not any_language)
    if not found:
        return []
    spans = [(m.start(), m.end()) for m, _, _ in found] + [(f.start(), f.end()) for f in _FURNITURE.finditer(text)]
    label = _COLON_LABEL.search(text, 0, found[0][0].start())
    if label is not None:
        spans.append((label.start(), label.end()))
    note = _STAMP_NOTE.search(text, found[-1][0].end())
    if note is not None:
        spans.append((note.start(), note.end()))
    rest = _rest_words(text, spans)
    limit = 8 if rest and rest[0].lower() == "by" else 3
    lowercase = sum(w.islower() for w in rest)
    if len(rest) > limit or lowercase >= 2 or (rest and lowercase and text.rstrip()[-1:] in ".!?"):
        return []  # a sentence that mentions a date, not a date line
    out = []
    prev = 0
    for m, date, how in found:
        out.append((date, _line_kind(text[prev : m.start()]), how, m.start(), m.end()))
        prev = m.end()
    if len(out) > 1 and len({d for d, *_ in out}) > 1 and all(k == "plain" for _, k, *_ in out):
        return []  # two unlabelled dates: a range or a list, not a stamp
    return out


def is_date_line(line: str, *, dayfirst: bool | None = None, any_language: bool = True) -> bool:
    """Whether a line (or one of its ``|``-separated segments) is a date line.

    Parameters
    ----------
    line : str
    dayfirst : bool, optional
    any_language : bool, default True
        Also month names in other languages (through dateparser, slower);
        False: English month names and numeric dates only.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_date_line("date 2022-04-04 US Markets"), is_date_line("On April 4, 2022, the board met again.")
    (True, False)
    """
    segments = _SEGMENT_SPLIT.split(line.strip())
    return any(_date_line(s.strip(), dayfirst=dayfirst, any_language=any_language) for s in segments)


def agency_dateline(line: str) -> re.Match[str] | None:
    """The agency dateline opening ``line`` (``April 4 (Reuters) -``), or None.

    The match spans the dateline and the dash after it; group ``date`` is the
    printed date (its year may be missing). A release's dateline without an agency holds the full date, its year
    too (``WASHINGTON, April 4, 2022 –``, ``Washington (April 4, 2022) –``).
    """
    m = _AGENCY_DATELINE.match(line) or _PLACE_DATELINE.match(line)
    if m is None:
        return None
    if not _is_month_word(m.group("m")):
        return None
    if m.group("place") and re.search(r"[-–—]", line[m.end("place"):m.start("date")]) and \
            len(line) - m.end() < _DASHED_PLACE_TEXT:
        return None  # 'SHOW NAME — May 4, 2022: Short Title': a headline with its date, no story after a dateline
    return m


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def _is_paragraph(line: str) -> bool:
    return len(line.split()) >= PARAGRAPH_WORDS and bool(_SENTENCE_END.search(line))


def header_end(lines: list[str], *, chrome: frozenset[str] = frozenset(), standfirst: bool = False) -> int:
    """Index of the first line after the page header.

    The header ends at the first long paragraph (``PARAGRAPH_WORDS`` words ending
    a sentence; that line is included) or after ``HEADER_LINES`` non-blank lines
    that are not site chrome. With ``standfirst``, a long paragraph followed by a
    short line (a byline, a date) is the summary under the headline and the
    header goes on to the first paragraph that another paragraph follows.
    """
    counted = 0
    rest = [(i, ln.strip()) for i, ln in enumerate(lines) if ln.strip() and ln.strip() not in chrome]
    for k, (i, s) in enumerate(rest):
        if _is_paragraph(s):
            nxt = rest[k + 1][1] if k + 1 < len(rest) else ""
            if not standfirst or not nxt or _is_paragraph(nxt):
                return i + 1
        counted += 1
        if counted >= HEADER_LINES:
            return i + 1
    return len(lines)


#: non-blank lines just above the story's first paragraph that hold its date line when a long header (a menu, a
#: list of press contacts) pushes it past :data:`HEADER_LINES`
ABOVE_STORY = 6


def above_story(lines: list[str], *, chrome: frozenset[str] = frozenset()) -> range:
    """Indexes of the lines just above the story's first paragraph (:data:`ABOVE_STORY` non-blank ones at most) and
    of that paragraph (a dateline opens it).

    A page's date line stands right above its headline and story even when menus or press contacts fill the top
    of the page: after :data:`HEADER_LINES` short lines, those lines are still the header. The first paragraph is
    the first line of :data:`PARAGRAPH_WORDS` words ending a sentence or leading to a list with a colon; empty when
    the page has none.

    Examples
    --------
    >>> lines = ["Menu"] * 20 + ["May 4, 2022", "Mill shuts", " ".join(["word"] * 30) + "."]
    >>> above_story(lines)
    range(16, 23)
    """
    rest = [(i, ln.strip()) for i, ln in enumerate(lines) if ln.strip() and ln.strip() not in chrome]
    for k, (i, s) in enumerate(rest):
        if _is_paragraph(s) or len(s.split()) >= PARAGRAPH_WORDS and s.endswith(":"):  # one leading to a list
            return range(rest[max(0, k - ABOVE_STORY)][0], i + 1)
    return range(0)


def _infer_dayfirst(text: str) -> bool | None:
    """Day-first or month-first as an unambiguous numeric date of the text shows (None: no sign or both)."""
    signs = set()
    for m in _DATE_FORMS[2][1].finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b:
            signs.add(True)
        elif b > 12 >= a:
            signs.add(False)
    return signs.pop() if len(signs) == 1 else None


#: written dates a folder must print, and the share of them one order must hold, for that order to read its numeric
#: dates ('12.06.11' on a page of a folder that writes 'December 6, 2011')
FOLDER_ORDER_DATES = 10
FOLDER_ORDER_SHARE = 0.9


def folder_dayfirst(texts: Iterable[str]) -> bool | None:
    """The order of numeric dates a folder's pages show: day-first (True), month-first (False) or None.

    The unambiguous numeric dates of the folder (``13.05.2022``, ``5/13/2022``) decide when they all show one order;
    with none, the written dates do: a folder writing at least :data:`FOLDER_ORDER_DATES` dates with their month's
    name, :data:`FOLDER_ORDER_SHARE` of them in one order (*May 13, 2022* month-first, *13 May 2022* day-first),
    writes its numeric dates in that order too. A page's own unambiguous numeric date still decides for that page,
    and a given order (``--dayfirst``, ``articles.csv``) for all.

    Examples
    --------
    >>> folder_dayfirst(["Posted 5/13/2022", "On 4.5.2022 the mill shut."])
    False
    >>> folder_dayfirst(["On May 13, 2022, the mill shut. " * 10])
    False
    >>> folder_dayfirst(["On 13 May 2022 the mill shut. " * 10])
    True
    >>> folder_dayfirst(["On 13 May 2022 the mill shut, and on May 14, 2022 it opened. " * 10]) is None
    True
    """
    signs: Counter[bool] = Counter()
    written: Counter[bool] = Counter()
    for text in texts:
        sign = _infer_dayfirst(text)
        if sign is not None:
            signs[sign] += 1
        for first in (False, True):
            pattern = _FORM["dmy" if first else "mdy"]
            written[first] += sum(_month_number(m.group("m")) is not None for m in pattern.finditer(text))
    if len(signs) == 1:
        return next(iter(signs))
    if signs:
        return None
    total = sum(written.values())
    if total < FOLDER_ORDER_DATES:
        return None
    order, n = written.most_common(1)[0]
    return order if n >= FOLDER_ORDER_SHARE * total else None


def _dateline_year(month: int, day: int, printed: list[dt.date]) -> tuple[dt.date | None, dt.date | None]:
    """A year for a month-day dateline: the one closest to another printed date."""
    best: tuple[int, dt.date, dt.date] | None = None
    for p in printed:
        for year in (p.year - 1, p.year, p.year + 1):
            cand = safe_date(year, month, day)
            if cand is not None and (best is None or abs((cand - p).days) < best[0]):
                best = (abs((cand - p).days), cand, p)
    if best is None or best[0] > 366:
        return None, None
    return best[1], best[2]


def _agency_candidate(
    text: str, start: int, raw: str, n: int, all_dates: Callable[[], list[dt.date]], *, in_header: bool = True
) -> DateLine | None:
    """The agency or place dateline opening ``raw`` as a date line; below the header only one printing its year."""
    m = agency_dateline(raw)
    if m is None or not (in_header or m.group("y")):
        return None
    month = _month_number(m.group("m"))
    if month is None:
        probe = _dateparser_date(f"{m.group('d')} {m.group('m')} 2000", dayfirst=True)
        month = probe.month if probe else None
    if month is None:
        return None
    day = int(m.group("d"))
    how = ""
    if m.group("y"):
        date = safe_date(int(m.group("y")), month, day)
    else:
        date, other = _dateline_year(month, day, all_dates())
        how = f"year from the printed date {other.isoformat()}" if other else ""
    if date is None:
        return None
    s, e = start + (m.start("place") if m.group("place") else m.start("date")), start + m.end()
    while e > s and text[e - 1].isspace():
        e -= 1
    return DateLine(date, s, e, n, "dateline", text[s:e], how, in_header)


def _segment_lines(
    text: str, offset: int, seg: str, n: int, in_header: bool, *, dayfirst: bool | None
) -> list[DateLine]:
    """The date lines of one segment starting at ``offset`` (plain ones only in the header)."""
    stripped = seg.strip()
    lead = offset + len(seg) - len(seg.lstrip())
    found = _date_line(stripped, dayfirst=dayfirst, any_language=in_header)
    out = []
    prev = 0
    for date, kind, how, ds, de in found:
        if len(found) == 1:
            s, e = lead, lead + len(stripped)
        else:
            s = lead + prev + len(stripped[prev:ds]) - len(stripped[prev:ds].lstrip(" ,;|"))
            e = lead + de
        prev = de
        if kind != "plain" or in_header:
            out.append(DateLine(date, s, e, n, kind, text[s:e], how, in_header))
    return out


def find_date_lines(
    text: str, *, dayfirst: bool | None = None, chrome: frozenset[str] = frozenset()
) -> list[DateLine]:
    """Every printed date that may be the publication or update date, in text order.

    Parameters
    ----------
    text : str
        Raw article text.
    dayfirst : bool, optional
        Order of numeric dates (None: dotted day-first, slashed month-first).
    chrome : frozenset of str, optional
        Stripped lines known to be site chrome (not counted in the header).

    Returns
    -------
    list of DateLine
        Plain date lines and agency datelines of the header, and labelled
        ("Published", "Updated") date lines anywhere.
    """
    lines = _lines(text)
    end = header_end([ln for _, ln in lines], chrome=chrome, standfirst=True)
    above = above_story([ln for _, ln in lines], chrome=chrome)
    cache: list[list[dt.date]] = []

    def all_dates() -> list[dt.date]:  # read only when a dateline lacks its year
        if not cache:
            cache.append([d for _, d, _ in _date_matches(text, dayfirst=dayfirst, english_only=True)])
        return cache[0]

    out: list[DateLine] = []
    for n, (start, raw) in enumerate(lines, start=1):
        if not raw.strip():
            continue
        for k, (ps, pe) in enumerate(line_pieces(raw)):
            out.extend(
                _piece_lines(text, start + ps, raw[ps:pe], n, n <= end or n - 1 in above, after_rule=k > 0,
                             all_dates=all_dates, dayfirst=dayfirst)
            )
    out = [_labelled_above(text, ln) for ln in out]
    taken = {ln.start for ln in out}
    dashed = [d for d in _dashed_openings(text, lines, end, dayfirst=dayfirst) if d.start not in taken]
    dashed += [d for d in _wrapped_lines(text, lines, end) if d.start not in taken]
    out = sorted(out + dashed, key=lambda ln: ln.start)
    if "<meta" in text or '"' in text:
        marked = [ln for ln in markup_date_lines(text, dayfirst=dayfirst) if ln.start not in taken]
        out = sorted(out + marked, key=lambda ln: ln.start)
    if not any(ln.in_header and ln.kind in ("plain", "dateline", "published") for ln in out):
        out = sorted(out + _flattened_lines(text, lines, dayfirst=dayfirst), key=lambda ln: ln.start)
    return out


#: names of the fields where a page's markup gives its publication day: an HTML meta tag's ``property``, ``name``
#: or ``itemprop`` (``<meta name="pubdate" content="…">``) or a JSON-LD key
#: (``"datePublished": "…"``); compared in lower case
MARKUP_DATE_FIELDS = frozenset({
    "article:published_time", "og:published_time", "article:published", "datepublished", "date", "pubdate",
    "publishdate", "publish_date", "publish-date", "publication_date", "dc.date", "dc.date.issued", "dc.date.created",
    "dcterms.date", "dcterms.issued", "dcterms.created", "citation_publication_date", "citation_date",
    "sailthru.date", "parsely-pub-date",
})
_META_TAG = re.compile(r"<meta\b[^<>]{0,400}>", re.I)
_META_ATTR = re.compile(r"""\b(property|name|itemprop|content)\s*=\s*(["'])(.{1,200}?)\2""", re.I)
_JSON_FIELD = re.compile(r'"(?P<name>[A-Za-z][\w:.-]{2,30})"\s*:\s*"(?P<value>[^"\n]{6,40})"')


def markup_date_lines(text: str, *, dayfirst: bool | None = None) -> list[DateLine]:
    """The publication days a page's markup names in its fields (see :data:`MARKUP_DATE_FIELDS`).

    A page saved as its HTML source keeps its head's meta tags, and a page's structured data its JSON-LD: the field
    naming the publication day (``article:published_time``, ``datePublished``, ``dcterms.issued`` …) gives it, in
    whatever form the site writes it (``2022-05-04T09:30:00Z``, ``Wed, 05/04/2022 - 09:30``). Each is a
    "published" date line of the header.

    Examples
    --------
    >>> html = '<head><meta name="dcterms.issued" content="Wed, 05/04/2022 - 09:30" /></head>'
    >>> [(ln.date, ln.kind, ln.text) for ln in markup_date_lines(html)]
    [(datetime.date(2022, 5, 4), 'published', 'Wed, 05/04/2022 - 09:30')]
    """
    fields: list[tuple[int, int]] = []
    for tag in _META_TAG.finditer(text):
        attrs = {a.group(1).lower(): (tag.start() + a.start(3), tag.start() + a.end(3), a.group(3))
                 for a in _META_ATTR.finditer(tag.group(0))}
        name = next((attrs[k][2] for k in ("property", "name", "itemprop") if k in attrs), "")
        if name.lower() in MARKUP_DATE_FIELDS and "content" in attrs:
            fields.append(attrs["content"][:2])
    for m in _JSON_FIELD.finditer(text):  # (only a key naming publication: a record's bare "date" may be its store's)
        if m.group("name").lower() in MARKUP_DATE_FIELDS and "publi" in m.group("name").lower():
            fields.append((m.start("value"), m.end("value")))
    out = []
    for s, e in sorted(fields):
        found = _date_matches(text[s:e], dayfirst=dayfirst, english_only=True)
        if found:
            out.append(DateLine(found[0][1], s, e, text.count("\n", 0, s) + 1, "published", text[s:e],
                                "a markup field", True))
    return out


#: a line that is only a stamp's label, the date on the line below it ('Release date:', 'For Immediate Release',
#: 'Posted:'): up to four capitalised or lower-case label words and an optional colon
_LABEL_ONLY_LINE = re.compile(r"\s*(?:[A-Za-z][\w’'-]*\s+){0,3}[A-Za-z][\w’'-]*\s*:?\s*")


def _label_kind(line: str) -> DateKind:
    """The kind a label-only line gives the date line below it ("plain" when the line is no label)."""
    if not _LABEL_ONLY_LINE.fullmatch(line):
        return "plain"
    return "published" if _RELEASE_LINE.search(line) else _line_kind(line)


def _labelled_above(text: str, ln: DateLine) -> DateLine:
    """A plain date line standing alone below a line that is only its label, labelled by it.

    A page may print a stamp's label on its own line and the date under it (``Release date:`` then ``May 4,
    2022``; ``For Immediate Release`` then ``May 4, 2022``): the date line is as labelled as ``Release date: May
    4, 2022`` on one line.
    """
    start = text.rfind("\n", 0, ln.start) + 1
    if ln.kind != "plain" or text[start : ln.start].strip():
        return ln
    above = text[:start].rstrip().rsplit("\n", 1)[-1]
    kind = _label_kind(above)
    return ln if kind == "plain" else replace(ln, kind=kind, how=(ln.how + "; " if ln.how else "") + "labelled above")


def _flattened_lines(text: str, lines: list[tuple[int, str]], *, dayfirst: bool | None) -> list[DateLine]:
    """The date of a header run into one of the first :data:`FLATTENED_LINES` non-blank lines (see
    :func:`flattened_date`), for a page whose header has no date line of its own."""
    for n, (start, raw) in [(n, ln) for n, ln in enumerate(lines, start=1) if ln[1].strip()][:FLATTENED_LINES]:
        flat = flattened_date(raw, dayfirst=dayfirst)
        if flat is not None:
            s, e = start + flat[0], start + flat[1]
            return [DateLine(flat[2], s, e, n, "plain", text[s:e], "in a flattened header", True)]
    return []


#: the first part of a date that a narrow column (a PDF's, a letterhead's) wrapped onto two lines: the month, with
#: its day and a comma or not ('May', 'May 4,'), alone on its line, its weekday before it or not ('Friday, May 4,') ...
_WRAPPED_HEAD = re.compile(rf"\s*(?:(?P<w>(?:{WEEKDAY_RE})),?\s+)?(?P<m>[^\W\d_]{{3,9}}\.?)"
                           r"(?:\s+(?P<d>\d{1,2}),?)?\s*", re.I)
#: ... and the rest alone on the next line: the year, with the day before it when the first line lacked it
#: ('2022', '4, 2022')
_WRAPPED_TAIL = re.compile(r"\s*(?:(?P<d>\d{1,2}),?\s+)?(?P<y>\d{4})\s*")


def _wrapped_lines(text: str, lines: list[tuple[int, str]], end: int) -> list[DateLine]:
    """A header date wrapped onto two lines by a narrow column (``May 4,`` over ``2022``, ``May`` over
    ``4, 2022``): the two lines hold only the date's parts, month and day on the first, the year last.

    Neither line alone is a date, so no other rule reads it; a month over a year ('May' over '2022') is no day, and
    a line holding more than the date's part (a headline, a sentence) joins nothing.
    """
    out = []
    for n in range(min(end, len(lines) - 1)):
        (s, first), (t, second) = lines[n], lines[n + 1]
        head, tail = _WRAPPED_HEAD.fullmatch(first), _WRAPPED_TAIL.fullmatch(second)
        if head is None or tail is None or (head.group("d") is None) == (tail.group("d") is None):
            continue
        month = _month_number(head.group("m"))
        date = safe_date(int(tail.group("y")), month, int(head.group("d") or tail.group("d"))) if month else None
        if date is not None and _weekday_agrees(head.group("w"), date):
            a, b = s + head.start("w" if head.group("w") else "m"), t + tail.end("y")
            out.append(DateLine(date, a, b, n + 1, "plain", text[a:b], "wrapped onto two lines", True))
    return out


def _weekday_agrees(weekday: str | None, date: dt.date) -> bool:
    """Whether a printed weekday (None: none printed) is the weekday of ``date``: a day printed with another
    weekday is no date line of that day."""
    return weekday is None or WEEKDAYS[weekday.lower()] == date.isoweekday()


#: a dash and a capitalised word after a date opening a line ('May 4, 2022 – The board …')
_DASH_TAIL = re.compile(r"\s*[-–—]{1,2}\s+(?=[A-Z“\"‘'])")


def _dashed_openings(
    text: str, lines: list[tuple[int, str]], end: int, *, dayfirst: bool | None
) -> list[DateLine]:
    """The story's dateline printed with no place ('May 4, 2022 – The board met …') in a header that has no other
    date line: one line of the header opens with a full date and a dash, and no other line of the text does (a
    chronology's entries open with dates and dashes too)."""
    found = []
    for n, (start, raw) in enumerate(lines, start=1):
        lead = len(raw) - len(raw.lstrip())
        if not raw[lead:lead + 1].isalnum():
            continue
        dates = _date_matches(raw[lead: lead + 40], dayfirst=dayfirst, english_only=True)
        if dates and dates[0][0].start() == 0 and _DASH_TAIL.match(raw, lead + dates[0][0].end()):
            found.append((n, start + lead, start + lead + dates[0][0].end(), dates[0][1]))
            if len(found) > 1:
                return []
    if not found or found[0][0] > end:
        return []
    n, s, e, date = found[0]
    return [DateLine(date, s, e, n, "dateline", text[s:e], "", True)]


def _piece_lines(
    text: str,
    offset: int,
    piece: str,
    n: int,
    in_header: bool,
    *,
    after_rule: bool,
    all_dates: Callable[[], list[dt.date]],
    dayfirst: bool | None,
) -> list[DateLine]:
    """The date lines of one piece of a line (see :func:`line_pieces`) starting at ``offset``."""
    note = _REPUBLISHED_NOTE.match(piece)
    if note is not None:  # a republisher's note on the text below: its date is the text's, labelled
        found = _date_matches(note.group("date"), dayfirst=dayfirst, english_only=True)
        if found:
            s, e = offset + note.start("date"), offset + note.end("date")
            return [DateLine(found[0][1], s, e, n, "published", text[s:e], "republished text", in_header)]
    if in_header:
        cand = _agency_candidate(text, offset, piece, n, all_dates)
        if cand is not None:
            return [cand]
        lead = leading_date(piece, dayfirst=dayfirst) if after_rule and len(piece) > DATE_LINE_CHARS else None
        if lead is not None:
            s, e = offset + lead[0], offset + lead[1]
            return [DateLine(lead[2], s, e, n, "plain", text[s:e], "", True)]
        stamp = glued_date_line(piece, dayfirst=dayfirst) if not is_date_line(piece, dayfirst=dayfirst) else None
        if stamp is not None:
            s, e = offset + stamp[0], offset + stamp[1]
            return [DateLine(stamp[2], s, e, n, stamp[3], text[s:e], "", True)]
        tail = headline_date(piece, dayfirst=dayfirst)
        if tail is not None:
            s, e = offset + tail[0], offset + tail[1]
            return [DateLine(tail[2], s, e, n, "plain", text[s:e], "after the headline", True)]
        told = occasion_date(piece, dayfirst=dayfirst)
        if told is not None:
            s, e = offset + told[0], offset + told[1]
            return [DateLine(told[2], s, e, n, "plain", text[s:e], "the occasion's day", True)]
        inner = headline_iso_date(piece) if not is_date_line(piece, dayfirst=dayfirst) else None
        if inner is not None:
            s, e = offset + inner[0], offset + inner[1]
            return [DateLine(inner[2], s, e, n, "plain", text[s:e], "inside the headline", True)]
    else:
        # a story's dateline below a header cut short (an archive notice read as the first paragraph)
        cand = _agency_candidate(text, offset, piece, n, all_dates, in_header=False)
        if cand is not None:
            return [cand]
    if len(piece) > 3 * DATE_LINE_CHARS:
        return []
    out = []
    pos = 0
    cell = ""
    for seg in _SEGMENT_SPLIT.split(piece):
        seg_start = piece.index(seg, pos)
        pos = seg_start + len(seg)
        out.extend(_cell_labelled(_segment_lines(text, offset + seg_start, seg, n, in_header, dayfirst=dayfirst), cell))
        cell = seg
    return out


def _cell_labelled(lines: list[DateLine], cell: str) -> list[DateLine]:
    """Plain date lines of a table's value cell, labelled by the label cell before it on the row.

    A page's field table prints each label and its value in cells of one row (``Date Posted: | May 4, 2022
    09:30 |``, ``Released: | 05/04/2022``): a cell that is only a label closing on a colon labels the date in the
    next cell as ``Date Posted: May 4, 2022`` would on one line.
    """
    if not cell.rstrip().endswith(":"):
        return lines
    kind = _label_kind(cell)
    if kind == "plain":
        return lines
    return [replace(ln, kind=kind, how=(ln.how + "; " if ln.how else "") + "labelled by its row")
            if ln.kind == "plain" else ln for ln in lines]


def line_pieces(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the parts of a line between horizontal rules (``-----``, ``=====``).

    A page whose text lost its line breaks keeps its rules: a heading is
    followed by one, and what follows a rule starts a new part.

    Examples
    --------
    >>> line = "Intro. Big merger set ------------ March 11, 2021 Story."
    >>> [line[s:e] for s, e in line_pieces(line)]
    ['Intro. Big merger set ', ' March 11, 2021 Story.']
    """
    if _RULE_HINT.search(line) is None:  # most lines: no four rule characters in a row, so no rule
        return [(0, len(line))]
    pieces, pos = [], 0
    for m in _RULE.finditer(line):
        if line[pos : m.start()].strip():
            pieces.append((pos, m.start()))
        pos = m.end()
    if line[pos:].strip() or not pieces:
        pieces.append((pos, len(line)))
    return pieces


def leading_stamp(line: str, *, dayfirst: bool | None = None) -> tuple[int, int, dt.date, DateKind] | None:
    """``(start, end, date, kind)`` of a labelled date opening a line, whatever follows it.

    Scrapers and pages put a stamp in front of the first line: ``date 2022-04-04
    US Markets``, ``Published: April 4, 2022 Acme board adopts …``. The stamp is
    the label, the date and a time or zone after it.

    Examples
    --------
    >>> line = " date 2021-03-02 Acme Corp. agrees to buy Brightline for $4 billion."
    >>> s, e, date, kind = leading_stamp(line)
    >>> line[s:e], date, kind
    ('date 2021-03-02', datetime.date(2021, 3, 2), 'plain')
    """
    m = _STAMP_LABEL.match(line)
    if m is None:
        return None
    window = re.sub(r"(?<=\d{4})(?=[A-Z]{2})", " ", line[m.end() : m.end() + 60], count=1)  # 'May 4, 2018LEAGUE'
    found = _date_matches(window, dayfirst=dayfirst)  # (a PDF's lost line break glued the year to a capitalised word)
    if not found or found[0][0].start() != 0:
        return None
    end = m.end() + found[0][0].end()
    tail = _STAMP_TAIL.match(line, end)
    end = tail.end() if tail else end
    start = len(line) - len(line.lstrip())
    label = line[start : m.end()]
    return start, end, found[0][1], _line_kind(label)


def headline_date(piece: str, *, dayfirst: bool | None = None) -> tuple[int, int, dt.date] | None:
    """``(start, end, date)`` of a full date closing a headline line after a dash or a comma, or None.

    A site prints its stamp after the headline on the headline's line (``Probe lands on comet - 2014-11-12``,
    ``Briefing on the new vaccine, 10-07-2014``): the date ends the line, and three words at least, with no
    sentence's full stop, stand before it. After a comma only a date in figures counts: a date in words closing a
    line after a comma ends a photo caption (``… arrives home in Lyon, 14 Oct. 2010``), no stamp.

    Examples
    --------
    >>> line = "Probe lands on comet - 2014-11-12"
    >>> s, e, date = headline_date(line)
    >>> line[s:e], date
    ('2014-11-12', datetime.date(2014, 11, 12))
    >>> headline_date("The board met on Monday, and the vote is set for May 4, 2020.") is None
    True
    """
    found = _date_matches(piece, dayfirst=dayfirst, english_only=True)
    if not found:
        return None
    m, date, _how = found[-1]
    head = piece[: m.start()]
    if len(found) > 1 and found[-2][0].end() == len(head.rstrip(" -–—|")):
        return None  # the end of a range ('Incident Period: May 1, 2022 - May 9, 2022'), no stamp
    cut = _HEADLINE_DATE_CUT.search(head)
    if piece[m.end() :].strip() and not _TIME_AFTER.fullmatch(piece, m.end()):
        return None  # the date does not close the line (only a stamp's time may follow it)
    if cut is None:
        return None  # no dash, bar or comma right before the date
    if cut.group(1) is None and not re.fullmatch(r"[\d./-]+", m.group(0)):
        return None  # after a comma, a date in words closes a photo caption ('…, Lyon, 14 Oct. 2010')
    words = head.split()
    if len(words) < 3 or re.search(r"[a-z]{2}[.!?]\s", head):
        return None
    return m.start(), m.end(), date


#: a time closing a stamp after its date, after a dash, a comma or 'at' ('… - Wed, 05/04/2022 - 9:15am', '… May 4,
#: 2022, 21:40 UTC'): a feed reader's or an aggregator's item stamp
_TIME_AFTER = re.compile(r"\s*(?:[-–—,]|at)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?\s*")

#: characters of markup or of a JSON record
_MARKUP = re.compile(r"[<>{}\"=]")


def headline_iso_date(piece: str) -> tuple[int, int, dt.date] | None:
    """``(start, end, date)`` of the one date in ISO figures printed inside a header line, or None.

    A programme or a series prints its issue's day inside its title line (``WORLD REPORT 2014-11-12 Probe lands
    on comet``): a date in ``yyyy-mm-dd`` figures is a stamp wherever it stands, as no sentence writes one. The line
    is of a headline's length, holds no other date and no sentence's full stop before the date.

    Examples
    --------
    >>> line = "WORLD REPORT 2014-11-12 Probe lands on comet"
    >>> s, e, date = headline_iso_date(line)
    >>> line[s:e], date
    ('2014-11-12', datetime.date(2014, 11, 12))
    >>> headline_iso_date("The probe landed. Its log of 2014-11-12 shows more") is None
    True
    """
    if len(piece) > 2 * DATE_LINE_CHARS or len(piece.split()) > _HEADLINE_WORDS or _MARKUP.search(piece):
        return None  # (a record's field in markup or JSON: '<dateIssued>2022-01-01</dateIssued>')
    found = _date_matches(piece, dayfirst=None)
    if len(found) != 1 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", found[0][0].group(0)):
        return None
    m = found[0][0]
    if re.search(r"[a-z]{2}[.!?]\s", piece[: m.start()]):
        return None
    return m.start(), m.end(), found[0][1]


#: a speaker's name in the possessive before the occasion's word ('President Ann Roe’s speech at …'): the line
#: still names the occasion, told as whose it is
_OCCASION_SPEAKER = r"(?-i:(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*['’]s\s+)?"
#: words opening a header line that names the occasion a text was given on ('Remarks of … at … on May 4, 2022',
#: 'delivered 4 May 2022, City Hall'): the line's date is the text's day
_OCCASION = re.compile(
    r"\W*" + _OCCASION_SPEAKER + r"(?:(?:prepared|written|opening|closing|joint|oral)\s+)?"
    r"(?:testimony|statement|remarks|address|speech|"
    r"briefing|press\s+conference|interview|sermon|lecture|delivered|given|presented)\b",
    re.I,
)
#: what may follow an occasion's date on its line: the place ('…, May 4, 2022, City Hall, Springfield')
#: then a colon when the line introduces the text below it ('…, May 4, 2022:' above a transcript), and a link to
#: the same text as a file that a page lists after its title ('[open pdf - 129KB]', '(PDF, 80 KB)')
_OCCASION_PLACE = re.compile(
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*){0,4}[.:]?"
    r"(?:\s*[\[(](?i:(?:open\s+)?(?:pdf|doc|docx|rtf))\b[^\])\n]{0,30}[\])])?\s*$"
)


def occasion_date(piece: str, *, dayfirst: bool | None = None) -> tuple[int, int, dt.date] | None:
    """``(start, end, date)`` of the date closing a header line that names the text's occasion, or None.

    A speech, a testimony or a statement is headed by a line naming it and its day (``Testimony of Ann Roe to the
    Budget Committee on May 4, 2022``, ``delivered 4 May 2022, City Hall``): the date closes the line, or only
    the place follows it, and no sentence ends before it.

    Examples
    --------
    >>> line = "Testimony of Ann Roe to the Budget Committee on May 4, 2022"
    >>> s, e, date = occasion_date(line)
    >>> line[s:e], date
    ('May 4, 2022', datetime.date(2022, 5, 4))
    >>> occasion_date("Remarks on the May 4, 2022 flood and what comes next for the town") is None
    True
    """
    if len(piece) > 2 * DATE_LINE_CHARS or not _OCCASION.match(piece):
        return None
    found = _date_matches(piece, dayfirst=dayfirst, english_only=True)
    if not found:
        return None
    m, date, _how = found[-1]
    if not _OCCASION_PLACE.fullmatch(piece, m.end()) or re.search(r"[a-z]{2}[.!?]\s", piece[: m.start()]):
        return None
    return m.start(), m.end(), date


#: non-blank lines at the top of a page whose text lost its line breaks that may hold its header run into one line
FLATTENED_LINES = 3
#: characters at the start of such a line where its date may stand
FLATTENED_HEAD = 400
#: a word that makes the date after it part of a sentence ('on', 'since', 'the'): any lowercase word
_SENTENCE_WORD_BEFORE = re.compile(r"(?:^|\s)[a-z][\w’'-]*,?\s*$")
#: a weekday and its comma right before a date, in any case ('THURSDAY, MAY 5, 2022', 'Thu, 5 May 2022'): part of
#: the date, not a caption's place before it
_WEEKDAY_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?,\s*$", re.I)
#: characters before a date where an archive's or a typesetter's label makes it that copy's stamp
_ARCHIVE_REACH = 25


def flattened_date(piece: str, *, dayfirst: bool | None = None) -> tuple[int, int, dt.date] | None:
    """``(start, end, date)`` of the date of a header run into one long line with the story, or None.

    A PDF or a page that lost its line breaks runs its masthead, headline, date and first paragraph together
    (``Weekly Report / Vol. 3 … May 4, 2022 / No. 18 …``, ``… Agency News May 4, 2022 Mill Shuts …``). The first
    full date in the first :data:`FLATTENED_HEAD` characters of a line longer than a date line counts when no
    lowercase word or comma stands right before it (a sentence's 'on May 4, 2022', a caption's 'Lyon, May 4,
    2022') and a capitalised word, a figure or a separator follows it after a space. The date's own weekday and
    its comma may stand before it (``SPRINGFIELD, WEDNESDAY, MAY 4, 2022 No. 18``); an archive's or a
    typesetter's label right before it (``VerDate``, ``Retrieved``) makes it that copy's stamp, no date.

    Examples
    --------
    >>> line = "City Gazette Staff Report May 4, 2022 Mill Shuts Its Doors " + "and more words follow here " * 6
    >>> s, e, date = flattened_date(line)
    >>> line[s:e], date
    ('May 4, 2022', datetime.date(2022, 5, 4))
    >>> flattened_date("The mill shut on May 4, 2022 after " + "and more words follow here " * 6) is None
    True
    """
    if len(piece) <= DATE_LINE_CHARS:
        return None
    found = _date_matches(piece[:FLATTENED_HEAD], dayfirst=dayfirst, english_only=True)
    if not found:
        return None
    m, date, _how = found[0]
    head = piece[: m.start()]
    if _ARCHIVE_LABEL.search(head[-_ARCHIVE_REACH:]):
        return None  # a copy's or a typesetter's stamp ('VerDate May 4 2022 …', 'Retrieved May 4, 2022'), no issue day
    weekday = _WEEKDAY_BEFORE.search(head)  # the date's own weekday ('WASHINGTON, THURSDAY, MAY 5, 2022 No. 4')
    comma = weekday is None and head.rstrip().endswith(",")
    if _SENTENCE_WORD_BEFORE.search(head, 0, weekday.start() if weekday else len(head)) or comma \
            or not re.match(r"\s+[A-Z\d/|(]", piece[m.end():]):
        return None  # a sentence's date, or a photo caption's closing its place ('…, Lyon, May 4, 2022')
    return m.start(), m.end(), date


def leading_date(piece: str, *, dayfirst: bool | None = None) -> tuple[int, int, dt.date] | None:
    """``(start, end, date)`` when ``piece`` opens with a date standing alone (after its weekday, if any).

    The date (plus a time and zone) must be followed by the end of the piece or
    by a capitalised word: "March 11, 2011 Original URL: …" and "Sunday, March 11, 2011 A storm …" open with a
    date, "March 11, 2011, was a Friday" and "March 11, 2011 was …" do not.
    """
    weekday = _LEAD_WEEKDAY.match(piece)
    lead = weekday.end() if weekday else len(piece) - len(piece.lstrip())
    found = _date_matches(piece[: lead + 60], dayfirst=dayfirst)
    if not found or found[0][0].start() != lead:
        return None
    m = _LEAD_TAIL.match(piece, found[0][0].end())
    if m is None:
        return None
    return len(piece) - len(piece.lstrip()), m.end(), found[0][1]


def glued_date_line(piece: str, *, dayfirst: bool | None = None) -> tuple[int, int, dt.date, DateKind] | None:
    """``(start, end, date, kind)`` of the page's date line run into the text of a header piece, or None.

    A page flattened to one line runs its headline, date line, byline and lede together, without a sentence
    break: a date line opening the piece (``Published April 4, 2022 Acme …``, ``For Immediate Release April 4,
    2022 …``, ``Sunday, April 3, 2022 A fire broke out yesterday …``: a full date and a capitalised word, and a
    lede after it) or a capitalised stamp label after the headline (``Acme buys rival Published April 4, 2022 By
    Ann Roe …``: ``start`` > 0, the headline before it). A date the lede's sentence opens with (``On April 4,
    2022, the board …``, ``April 4, 2022 was …``) is none; a short line that is only a date is a date line of
    its own (:func:`is_date_line`), not one glued to a text.

    Examples
    --------
    >>> line = "Sunday, May 2, 2021 A bridge collapsed yesterday in the north of the region."
    >>> s, e, date, kind = glued_date_line(line)
    >>> line[s:e], date
    ('Sunday, May 2, 2021', datetime.date(2021, 5, 2))
    >>> glued_date_line("On May 2, 2021, a bridge collapsed in the north of the region.") is None
    True
    """
    if is_date_line(piece, dayfirst=dayfirst, any_language=False):
        return None
    stamp = leading_stamp(piece, dayfirst=dayfirst)
    if stamp is not None:
        return stamp
    lead = leading_date(piece, dayfirst=dayfirst)
    if lead is not None and len(piece[lead[1] :].split()) >= _LEDE_WORDS:
        return lead[0], lead[1], lead[2], "plain"
    inner = _INNER_STAMP.search(piece, 0, 400)
    if inner is None or len(piece[: inner.start()].split()) > _HEADLINE_WORDS or re.search(
        r"[.!?]\s", piece[: inner.start()]
    ):
        return None
    stamp = leading_stamp(piece[inner.end() :], dayfirst=dayfirst)
    if stamp is None or not piece[inner.end() + stamp[1] :].strip():
        return None
    return inner.end() + stamp[0], inner.end() + stamp[1], stamp[2], stamp[3]


def stamped_date(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` of ``text`` is the one a label or a dateline stamps the text with.

    A label right before it inside its line (``… late frost Published March 3, 2021 By …``), a release's header
    label before it with no sentence of the release between (``For Immediate Release June 2, 2022 … 4:15 P.M.
    EDT``), or the brackets of a dateline that hold the agency and the date (``PORT-LOUIS, Mauritius (Navy News,
    May 2, 2011) -- …``): the day the text was put out, glued to its first sentence, not the day of what that
    sentence tells. The labels are those :func:`leading_stamp` and :func:`glued_date_line` read.

    Examples
    --------
    >>> text = "Growers brace for frost Published March 3, 2021 By Ann Roe Growers covered seedlings on Tuesday."
    >>> stamped_date(text, 34, 47), stamped_date("The study was published on March 3, 2021.", 27, 40)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    head = text[max(line_start, start - 200) : start]
    if _LABEL_BEFORE_DATE.search(head):
        return True
    label = list(_RELEASE_LINE.finditer(head))
    if label and not re.search(r"[a-z]{2}[.!?]\s", head[label[-1].end() :]):  # not a sentence of the release after it
        return True
    return bool(_DATELINE_BRACKET.match(text[line_start:start]) and re.match(r"[\s,\d]*\)", text[end : end + 12]))


# --------------------------------------------------------------------------- urls


def date_from_url(url: str) -> dt.date | None:
    """The date a web address holds in its path (``/2022/07/08/``, ``/20220415/``, ``2022-07-08``).

    Parameters
    ----------
    url : str

    Returns
    -------
    datetime.date or None

    Examples
    --------
    >>> date_from_url("https://example.com/news/2022/07/08/deal-ends/")
    datetime.date(2022, 7, 8)
    """
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I)
    path = path.split("?", 1)[0].split("#", 1)[0]
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            date = safe_date(int(m.group("y")), int(m.group("mn")), int(m.group("d")))
            if date is not None:
                return date
    return None


def impossible_url_date(url: str) -> str:
    """A date a web address's path writes that the calendar lacks (``/2021/02/30/``), when it holds no real one.

    :func:`date_from_url` passes it over; the loader names it rather than read the page as if its address held no
    date. Only a month of 1-12 and a day of 1-31 count (an eight-digit number that is no date shape is an id).

    Parameters
    ----------
    url : str

    Returns
    -------
    str
        The date as written in the path, or "".

    Examples
    --------
    >>> impossible_url_date("https://example.com/news/2021/02/30/deal-ends/")
    '2021/02/30'
    >>> impossible_url_date("https://example.com/news/2021/02/28/deal-ends/")
    ''
    """
    if date_from_url(url) is not None:
        return ""
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I)
    path = path.split("?", 1)[0].split("#", 1)[0]
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            if 1 <= int(m.group("mn")) <= 12 and 1 <= int(m.group("d")) <= 31:
                return m.group(0)
    return ""


# --------------------------------------------------------------------------- a court filing's own day

#: the stamp a court's electronic filing system prints atop every page of a filed document: the case, the docket
#: number, the day it was filed and the page ('Case 1:19-cv-00123-ABC Document 45 Filed 05/04/22 Page 1 of 9')
_FILING_STAMP = re.compile(
    r"Case\s+[\w:.-]+\s+(?:Document|Doc\.?|Dkt\.?)\s*#?\s*\d+(?:-\d+)?\s+Filed:?\s+"
    r"(?P<date>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))\b.{0,40}?\bPage:?\s*\d+\s+of\s+\d+"
)


def filing_stamp_line(text: str) -> DateLine | None:
    """The day a court filing was filed, from the stamp atop its pages, if any.

    A court's electronic filing system stamps each page of a filed document with its case, docket number, filing
    day and page (``Case 1:19-cv-00123-ABC Document 45 Filed 05/04/22 Page 1 of 9``); the document is the court's
    text of that day. The whole stamp must stand on one line: a sentence that says a motion was "filed 05/04/22"
    names no page and does not count. Its figures are month first, as the US courts print them.

    Examples
    --------
    >>> filing_stamp_line("Case 1:19-cv-00123-ABC Document 45 Filed 05/04/22 Page 1 of 9\\nORDER\\n").date
    datetime.date(2022, 5, 4)
    >>> filing_stamp_line("The motion was filed 05/04/22 by the plaintiffs.") is None
    True
    """
    for n, (start, raw) in enumerate(_lines(text), start=1):
        m = _FILING_STAMP.search(raw) if "Filed" in raw else None
        if m is None:
            continue
        month, day, year = (int(x) for x in m.group("date").split("/"))
        date = safe_date(year if year > 99 else 2000 + year, month, day)
        if date is not None:
            a, b = start + m.start(), start + m.end()
            return DateLine(date, a, b, n, "published", text[a:b], "a court filing's stamp", False)
    return None


# --------------------------------------------------------------------------- a legislative record's own day

_CHAMBER = r"(?:House\s+of\s+Representatives|House|Senate|Extensions\s+of\s+Remarks|Daily\s+Digest)"
_PAGE_MARK = r"(?:\s*\[\[?Pages?:?\s*[A-Z]?\d+(?:\s*-\s*[A-Z]?\d+)?\]?\])?"
#: a legislature's record printing its own day on a line of its own: the closing or section line
#: '(Senate - March 2, 2019)', the issue line '[Congressional Record Volume 166, Number 80 (Tuesday, May 5, 2020)]'
#: (other bracketed labels may follow it on the same line) and '[Congressional Record: October 9, 2015 (Senate)]'
_RECORD_LINES = (
    re.compile(r"\(" + _CHAMBER + r"\s*[-–—]+\s*(?P<date>[^()\n]{6,40})\)" + _PAGE_MARK + r"$"),
    # the title line of a speech in the Record, closing on its chamber and day ('TITLE -- (Senate - March 2, 2019)')
    re.compile(r"[^()\n]{3,300}?\s--\s*\(" + _CHAMBER + r"\s*[-–—]+\s*(?P<date>[^()\n]{6,40})\)" + _PAGE_MARK + r"$"),
    re.compile(r"\[Congressional\s+Record(?:\s+Volume\s+\d+,\s+Number\s+\d+)?\s*\((?P<date>[^()\n]{6,40})\)\]"),
    re.compile(r"\[Congressional\s+Record:\s*(?P<date>[^()\n]{6,40}?)\s*\(" + _CHAMBER + r"\)\]" + _PAGE_MARK + r"$"),
)


def record_line(text: str, *, dayfirst: bool | None = None) -> DateLine | None:
    """The first line where a legislative record prints its own day, if any.

    A page of the (Congressional) Record opens or closes with its chamber and day
    ("(House of Representatives - June 8, 2021)") or an issue line; the remarks
    below it were made that day, whatever later stamp a republisher prints.
    The line must hold only that label (a page mark such as "[Page H1450]" may
    follow), or be a speech's title line closing on it after a double dash
    ("FLOOD RELIEF -- (Senate - March 2, 2019)"): a sentence citing "(Senate -
    March 2)" or another day's Record does not count.

    Parameters
    ----------
    text : str
        Raw article text.
    dayfirst : bool, optional
        Order of numeric dates.

    Returns
    -------
    DateLine or None
        A "published" date line (``how`` says it is the record's own day).

    Examples
    --------
    >>> record_line("Remarks\\n(Senate - March 2, 2019)\\n").date
    datetime.date(2019, 3, 2)
    >>> record_line("FLOOD RELIEF -- (Senate - March 2, 2019)\\n").date
    datetime.date(2019, 3, 2)
    >>> record_line("He cited the debate (Senate - March 2, 2019) at length.") is None
    True
    """
    for n, (start, raw) in enumerate(_lines(text), start=1):
        stripped = raw.strip()
        if len(stripped) < 12 or (stripped[0] not in "([" and " -- (" not in stripped and "--(" not in stripped):
            continue
        for form in _RECORD_LINES:
            m = form.match(stripped)
            found = _date_matches(m.group("date"), dayfirst=dayfirst, english_only=True) if m else []
            if found and _is_whole_date(m.group("date"), found[0][0]):
                s = start + len(raw) - len(raw.lstrip())
                e = s + m.end()
                return DateLine(found[0][1], s, e, n, "published", text[s:e], "the record's own day", True)
    return None


def _is_whole_date(label: str, m: re.Match[str]) -> bool:
    """Whether a record line's date label is only that date (a weekday before it allowed)."""
    before = label[: m.start()]
    lead = _LEAD_WEEKDAY.match(before)
    return not before[lead.end() if lead else 0 :].strip() and not label[m.end() :].strip()


# --------------------------------------------------------------------------- weighing the evidence


def _first(lines: list[DateLine], kind: DateKind, *, header: bool | None = None) -> DateLine | None:
    return next((ln for ln in lines if ln.kind == kind and header in (None, ln.in_header)), None)


def _later(lines: list[DateLine], date: dt.date, used: DateLine | None) -> DateLine | None:
    """The latest header date or update stamp after ``date`` (the text was updated), if any."""
    later = [
        ln for ln in lines
        if ln is not used and ln.date > date and ln.kind not in ("dateline", "archived")
        and (ln.in_header or ln.kind == "updated")
    ]
    return max(later, key=lambda ln: (ln.date, ln.start)) if later else None


#: most days a reposting page's own date line may lie after the date line of the text it reposts
REPOST_DAYS = 3


def _reposted(text: str, lines: list[DateLine], chosen: DateLine) -> DateLine:
    """The date line of the text a page reposts, when the page's header date line ``chosen`` stands above it.

    A blog or an aggregator that copies a release prints its own date line above the copied text's date line or
    dateline, which is one to :data:`REPOST_DAYS` days earlier: the text was published on that earlier day. A
    header with more than these two dates is a list of items, not a repost, and a plain date line below a paragraph
    of the page dates another item of it (the copied text's dateline opens a paragraph itself).
    """
    header = [ln for ln in lines if ln.in_header and ln.kind in ("plain", "dateline", "published")]
    if chosen.kind != "plain" or len({ln.date for ln in header}) != 2:
        return chosen
    below = [ln for ln in header if ln.start > chosen.start and ln.date != chosen.date]
    if not below or not 1 <= (chosen.date - below[0].date).days <= REPOST_DAYS:
        return chosen
    between = text[chosen.end : below[0].start].splitlines()
    if below[0].kind == "plain" and any(_is_paragraph(line.strip()) for line in between):
        return chosen  # a date line under a paragraph of the page: another item of it, or a comment's stamp
    return below[0]


#: the dateline opening a story's first paragraph: an optional label ('Press Release,'), a place in capitals with
#: its region ('RIVERTON, Ore.,'), then the month and day, the year optional, before a dash or the story itself
#: ('RIVERTON, Ore., Oct. 15 U.S. Senator …'); or the bare date opening the paragraph before a dash ('May 4 2022 —')
_STORY_DATELINE = re.compile(
    r"\s*(?:(?:Press\s+Release|News\s+Release|For\s+Immediate\s+Release)\s*[,:-]\s*)?"
    r"(?:(?P<place>[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][\w.'’ ]{1,20}?)?),\s*)?"
    r"(?P<m>" + _WORD + r")\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?"
    r"(?(place)\s*(?:[-–—]{1,2}\s*|(?=\s[A-Z]))|\s*[-–—]{1,2}\s*)")


#: the first sentence of a paragraph (a stop, then a capital or a quote)
_FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s+[A-Z“\"]|\s*$)")
#: a clause telling its news as of the time of writing: a present perfect or a present progressive ('has been
#: ordered to deploy', 'is issuing a notice')
_TOLD_NOW = re.compile(r"\b(?:has|have)\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ld|nt|ught)\b|\b(?:is|are)\s+(?:now\s+)?"
                       r"[a-z]+ing\b")
#: a past form beside a lede's present: a past act, told later ('issued', 'announced')
_PAST_FORM = re.compile(r"\b[a-z]{2,}ed\b")
#: a month and day in a sentence ('Jan. 13', 'November 2, 2015')
_LEDE_DAY = re.compile(r"\b(?P<m>[A-Z][a-z]{2,8}\.?)\s+" + _DAY + r"\b(?:,\s+" + _YEAR + r")?(?![\d:])")
#: the first paragraphs of a story (a long headline may read as the first) where its dateline may open one
_DATELINE_PARAGRAPHS = 2


def writing_day(text: str, published: dt.date, *, chrome: frozenset[str] = frozenset()) -> dt.date | None:
    """The day the story a page carries was written, when it was posted later: one of its first paragraphs opens
    with a dateline one to :data:`REPOST_DAYS` days before ``published`` (*RIVERTON, Ore., Oct. 15 – The
    senator today called …* on a page of October 16; *May 4 2022 — The agencies have …* on a page of May 5), or
    opens with a lede that tells its news in the present perfect or progressive as of the day before
    ``published`` (*The ferry has been ordered to sail May 4.*, *On May 4, the port is sending …*; no past form
    beside it: *In a notice issued May 4, the port said …* was written later). The story's *today* and *last
    week* count from that day. None otherwise.

    Examples
    --------
    >>> story = "RIVERTON, Ore., Oct. 15 – The senator today called for a review. " + "More words here. " * 8
    >>> writing_day("Blog\\n\\n" + story, dt.date(2014, 10, 16))
    datetime.date(2014, 10, 15)
    >>> writing_day("Blog\\n\\n" + story, dt.date(2014, 10, 15)) is None
    True
    """
    lines = text.splitlines()
    story = above_story(lines, chrome=chrome)
    paragraphs = [ln for ln in lines[story.start:] if _is_paragraph(ln.strip())][:_DATELINE_PARAGRAPHS]
    m = next((x for x in map(_STORY_DATELINE.match, paragraphs) if x), None)
    month = _month_number(m.group("m")) if m else None
    if month is not None:
        return _days_before(published, month, int(m.group("d")), m.group("y"), REPOST_DAYS)
    for line in paragraphs:  # a lede telling its news as of a day, the day before the posting
        lede = _FIRST_SENTENCE.match(line.strip())
        told = _TOLD_NOW.search(lede.group()) if lede else None
        if told and _PAST_FORM.search(lede.group()[: told.start()] + " " + lede.group()[told.end() :]):
            continue  # 'the port announced on May 3 that it is sending a ferry': a past act's day, told later
        dated = [d for d in _LEDE_DAY.finditer(lede.group()) if _month_number(d.group("m"))] if told else []
        if len(dated) == 1:
            d = dated[0]
            return _days_before(published, _month_number(d.group("m")) or 0, int(d.group("d")), d.group("y"), 1)
    return None


def _days_before(published: dt.date, month: int, day: int, year: str | None, most: int) -> dt.date | None:
    """The date of ``month`` and ``day`` (in ``year``, or the year that fits) one to ``most`` days before
    ``published``, or None."""
    for y in [int(year)] if year else [published.year, published.year - 1]:
        date = safe_date(y, month, day)
        if date is not None and 1 <= (published - date).days <= most:
            return date
    return None


#: a store's bare stamp opening a line ('date 2022-05-04'): the day the page was stored or listed
_STORE_STAMP = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\b")


def _own_after_stamp(text: str, chosen: DateLine) -> DateLine:
    """The page's own full date printed right after a store's bare stamp (``date 2022-05-06``) that ``chosen`` is.

    A store or an aggregator opens the copied page with the day it stored or listed it; the page's own date follows
    it at once, on the same line or opening the next one (``date 2022-05-06 4 May 2022``, ``date 2022-05-06`` then
    ``Wednesday, 4 May 2022 [Wire] The board …``). That printed date is the page's.
    """
    if chosen.kind != "plain" or not _STORE_STAMP.match(chosen.text):
        return chosen
    eol = text.find("\n", chosen.end)
    eol = len(text) if eol < 0 else eol
    below = re.match(r"\n[ \t]*(?:\n[ \t]*)?", text[eol:])
    for at in (chosen.end + len(text[chosen.end : eol]) - len(text[chosen.end : eol].lstrip()),
               eol + (below.end() if below else 0)):
        window = text[at : at + 60]
        weekday = _LEAD_WEEKDAY.match(window)
        found = _date_matches(window, dayfirst=None, english_only=True)
        if found and found[0][0].start() == (weekday.end() if weekday else 0) and found[0][1] != chosen.date:
            s, e = at, at + found[0][0].end()
            line = text.count("\n", 0, s) + 1
            return DateLine(found[0][1], s, e, line, "plain", text[s:e], "the page's own date after a store's stamp",
                            True)
    return chosen


#: a year or a half-year printed as a full date in figures by a record's field, in markup or JSON
#: ('<volumeDate>2022-01-01</volumeDate>', a second volume's '"volume_date": "2022-07-01"'): the first day of a month
_PADDED_YEAR = re.compile(r"(?:>\s*|\":\s*\")\d{4}-\d{2}-01(?:\s*<|\")")


def _padded_year(lines: list[DateLine], chosen: DateLine) -> DateLine:
    """The next header date line later in the same year, when ``chosen`` is a record's field holding the first of a
    month in figures.

    A record's metadata gives the year or half-year of a volume as its first day (``2022-01-01``,
    ``2022-07-01``); a later date line of the header in that year is the page's own day.
    """
    if chosen.kind != "plain" or not _PADDED_YEAR.search(chosen.text):
        return chosen
    later = [ln for ln in lines if ln.in_header and ln.start > chosen.start and ln.kind in ("plain", "dateline")
             and ln.date.year == chosen.date.year and ln.date > chosen.date]
    return later[0] if later else chosen


def _nearest_stamp(lines: list[DateLine]) -> DateLine | None:
    """The header's "Published" stamp; of stamps printing different dates, the last (the one nearest the story).

    A listing page prints each item's release date above the item, and the page's own text then follows with its
    own stamp: the stamp nearest the story is the text's.
    """
    stamps = [ln for ln in lines if ln.kind == "published" and ln.in_header]
    if len({ln.date for ln in stamps}) > 1:
        return stamps[-1]
    return stamps[0] if stamps else None


def _choose(text: str, lines: list[DateLine], from_url: dt.date | None) -> DateLine | None:
    """The printed date to use, or None when the url (or nothing) decides."""
    chosen = _nearest_stamp(lines)
    if chosen is None and from_url is not None:
        return next((ln for ln in lines if ln.date == from_url), None)
    plain = _first(lines, "plain")
    return (
        chosen
        or (_own_after_stamp(text, _reposted(text, lines, _padded_year(lines, plain))) if plain is not None else None)
        or _first(lines, "dateline", header=True)
        or _first(lines, "published")
        or _first(lines, "dateline", header=False)
        or _first(lines, "updated", header=True)
        or _first(lines, "updated")
    )


#: words of text that must follow a page's only date line for it to head that text (not a comment's or footer's stamp)
LONE_LINE_WORDS_AFTER = PARAGRAPH_WORDS


def _page_date_lines(text: str, *, dayfirst: bool | None) -> Iterator[tuple[DateLine, int, int]]:
    """Each date a short line of ``text`` prints (archive stamps left out), with its span in the stripped line."""
    for n, (start, raw) in enumerate(_lines(text), start=1):
        stripped = raw.strip()
        if not stripped or len(stripped) > DATE_LINE_CHARS:
            continue
        lead = start + len(raw) - len(raw.lstrip())
        for date, kind, how, s, e in _date_line(stripped, dayfirst=dayfirst, any_language=False):
            if kind != "archived":
                yield DateLine(date, lead, lead + len(stripped), n, kind, stripped, how, False), s, e


def lone_date_line(text: str, *, dayfirst: bool | None = None) -> DateLine | None:
    """The date line of a page whose header prints none, standing above the story: every date line of the page
    prints that one date and no paragraph of the story comes before it.

    A page saved with its site's menus, a record's fields or a memo's signature block above the text prints its
    date line below what the header reader takes for the header. When every line of the page that is a date line
    (a date alone, with its weekday, time or a ``Date:`` label) prints the same date, no paragraph stands above the
    first of them (below a paragraph a date line is part of the story) and at least :data:`LONE_LINE_WORDS_AFTER`
    words follow it (a footer's stamp closes the page), that date is the page's. Two different dates are a list or
    a chronology, and give nothing.

    Examples
    --------
    >>> text = "Menu\\nHome\\nSearch\\n\\nMay 4, 2022, 9 a.m.\\n\\n" + "The river rose overnight and crews worked on. " * 4
    >>> lone_date_line(text).date
    datetime.date(2022, 5, 4)
    >>> lone_date_line("Menu\\n\\nMay 4, 2022\\n\\nThe river rose.\\n\\nMay 6, 2022\\n\\nCrews left.") is None
    True
    """
    found = [line for line, _s, _e in _page_date_lines(text, dayfirst=dayfirst)]
    if not found or len({ln.date for ln in found}) > 1:
        return None
    first = found[0]
    if any(_is_paragraph(line.strip()) for line in text[: first.start].splitlines()):
        return None
    if len(text[first.end :].split()) < LONE_LINE_WORDS_AFTER:
        return None
    return replace(first, how=(first.how + "; " if first.how else "") + "the page's only date line")


#: a line opening the readers' comments under a story ('Comments', 'This forum has been closed.')
_COMMENTS = re.compile(r"\b(?:comments?|forum)\b", re.I)


def _read_as_folder(line: DateLine) -> DateLine:
    """``line`` with its numeric date's order (``how``) said to be the folder's."""
    if line.how.startswith(("day-first", "month-first")):
        return replace(line, how=line.how.replace("-first", "-first as the folder writes its dates", 1))
    return line


def footer_date_line(text: str, *, dayfirst: bool | None = None) -> DateLine | None:
    """The bare date line of a page's footer: a page printing its one date below its story, in the block that closes
    it (an office's name, a release number, press contacts, a signature's ``Date`` label).

    A release saved without its header prints its day only in the block under the story (*Office of the Secretary*
    / *May 4, 2022* / *Release Number*), a signed determination above its signature. Such a line dates the page when
    it is the date alone (a weekday and a time may stand beside it; a labelled field such as *Accident Date:* names
    another day), it touches a line of its block (one standing alone between blank lines heads what follows), no
    paragraph of the page follows it, every date line of the page prints that one day and a paragraph stands above it
    (the story it closes).

    Examples
    --------
    >>> story = "The board approved the plan and the mayor thanked the crews who had worked on it. " * 2
    >>> footer_date_line("Mill shuts\\n\\n" + story + "\\n\\nPress Office\\nMay 4, 2022\\nMedia Contact: Jo Roe\\n").date
    datetime.date(2022, 5, 4)
    >>> footer_date_line("Mill shuts\\n\\n" + story + "\\n\\nAccident Date: May 4, 2022\\n") is None
    True
    """
    found: list[DateLine] = []
    for line, s, e in _page_date_lines(text, dayfirst=dayfirst):
        found.append(line)
        if line.kind != "plain" or _rest_words(line.text, [(s, e)]) or ":" in line.text[:s]:
            return None  # not a bare date: a labelled field or a dated sentence
    if len(found) != 1:
        return None
    line = found[0]
    if any(_is_paragraph(ln.strip()) for ln in text[line.end :].splitlines()):
        return None
    above = text[: line.start].splitlines()
    last = max((k for k, ln in enumerate(above) if _is_paragraph(ln.strip())), default=None)
    if last is None or any(_COMMENTS.search(ln) for ln in above[last + 1 :]):
        return None  # (no story above it; a reader's comment's stamp, after the page was published)
    below = text[line.end :].splitlines()[1:2]
    if not (above and above[-1].strip()) and not (below and below[0].strip()):
        return None  # a date line standing alone between blank lines heads what follows (an entry, an update)
    return replace(line, how=(line.how + "; " if line.how else "") + "the page's only date line, in its footer")


def find_published(
    text: str, *, dayfirst: bool | None = None, url: str = "", chrome: frozenset[str] = frozenset(),
    folder_order: bool | None = None,
) -> Published:
    """Decide the publication date from the printed dates and the page's address.

    Order of preference: a header date line labelled "Published"/"Posted"/
    "Created"; the date in ``url``; a plain date line in the header (yielding to
    the date line of the text a page reposts, one to three days earlier, and a
    record's padded year yielding to the page's day); an agency dateline (its
    year printed, or taken from the printed date nearest to it); a "Published"
    line further down; an "Updated"/"UPDATE" stamp. An archive's, a crawler's
    or a record's stamp ("Archived", "Retrieved", ``created_at``) is never used.
    A printed date that agrees with the address is reported as printed. Line
    breaks a JSON record escapes or HTML markup writes count as line breaks.

    Parameters
    ----------
    text : str
        Raw article text (read as :func:`timeline.textio.reading_text` reads it: line ends and a JSON record's
        escapes read, at the same offsets).
    dayfirst : bool, optional
        Order of numeric dates; None decides from an unambiguous numeric date
        of the text, else by ``folder_order``, else reads dotted dates day-first and slashed month-first.
    url : str, optional
        The page's address.
    chrome : frozenset of str, optional
        Stripped lines that are site chrome.
    folder_order : bool, optional
        The order of numeric dates the page's folder shows (:func:`folder_dayfirst`), for a page that shows none.

    Returns
    -------
    Published

    Examples
    --------
    >>> find_published("Acme wins\\nMonday, April 4, 2022\\n\\nThe story.").note
    "printed: 'Monday, April 4, 2022' at line 2"
    """
    text = record_breaks(reading_text(text, dates=True))  # (line ends, code and HTML read; offsets stay)
    if dayfirst is None:
        dayfirst = _infer_dayfirst(text)
    by_folder = dayfirst is None and folder_order is not None
    if by_folder:
        dayfirst = folder_order
    lines = find_date_lines(text, dayfirst=dayfirst, chrome=chrome)
    if by_folder:
        lines = [_read_as_folder(ln) for ln in lines]
    from_url = date_from_url(url) if url else None
    chosen = _choose(text, lines, from_url)
    if chosen is None and from_url is None:
        lone = lone_date_line(text, dayfirst=dayfirst) or footer_date_line(text, dayfirst=dayfirst)
        lone = lone or filing_stamp_line(text)
        lone = _read_as_folder(lone) if lone and by_folder else lone
        chosen, lines = (lone, sorted([*lines, lone], key=lambda ln: ln.start)) if lone else (None, lines)
    record = record_line(text, dayfirst=dayfirst)
    if record is not None:
        return _record_published(record, chosen, lines, from_url, dayfirst)
    if chosen is None and from_url is not None:
        upd = _later(lines, from_url, None)
        note = f"url: {url}" + (f"; updated {upd.date.isoformat()}: {upd.describe()}" if upd else "")
        return Published(from_url, "url", None, note, upd, dayfirst, tuple(lines))
    if chosen is None:
        return Published(None, dayfirst=dayfirst, evidence=tuple(lines))
    late, chosen = _after_story(text, lines, chosen)
    if chosen is None:
        note = f"doubtful: the only stamp {late.describe()} is years after every year the story prints"
        return Published(None, note=note, dayfirst=dayfirst, evidence=tuple(lines))
    updated = _later(lines, chosen.date, chosen)
    note = _printed_note(chosen, late, from_url, updated)
    return Published(chosen.date, "printed", chosen, note, updated, dayfirst, tuple(lines))


#: a line break escaped in a JSON string ('\\r\\n', '\\n')
_ESCAPED_BREAK = re.compile(r"(?:\\r)?\\n")
#: a line break left as HTML markup in a page's text ('<br />', '</p>')
_MARKUP_BREAK = re.compile(r"<br\s*/?>|</p>", re.I)


def record_breaks(text: str) -> str:
    r"""A text with the line breaks a JSON record escapes or HTML markup writes made real, every offset kept.

    A page saved as a JSON record (``{"title": …, "text": "Headline\r\nPublished: …"}``) holds its lines in
    one string, their breaks escaped; a page saved with its markup writes them ``<br />``. Each becomes spaces and
    a real break of the same length, so that the page's date lines are lines again. A text with neither is
    returned unchanged.

    Examples
    --------
    >>> record_breaks('{"text": "Mill shuts\\nPublished: 2021-05-04"}')
    '{"text": "Mill shuts \nPublished: 2021-05-04"}'
    >>> record_breaks("Press office<br />May 4, 2021<br />Mill shuts")
    'Press office     \nMay 4, 2021     \nMill shuts'
    """
    def blank(m: re.Match[str]) -> str:
        return " " * (len(m.group()) - 1) + "\n"

    if text.lstrip().startswith("{"):
        text = _ESCAPED_BREAK.sub(blank, text)
    return _MARKUP_BREAK.sub(blank, text) if "<" in text else text


def _record_published(
    record: DateLine, chosen: DateLine | None, lines: list[DateLine], from_url: dt.date | None, dayfirst: bool | None
) -> Published:
    """The publication date of a legislative record's page: the day its own chamber-and-date line prints.

    The remarks were made that day: another date line (``chosen``, the one the page would otherwise give: a
    republisher's later stamp, an inserted document's earlier date) is only named in the note, and only an
    "Updated" stamp after that day counts as an update.
    """
    note = f"printed: {record.describe()}"
    if chosen is None or chosen.date == record.date:  # (a repost's own stamp the header gives up: still named)
        chosen = next((ln for ln in lines if ln.start < record.start and ln.date > record.date
                       and ln.kind != "updated"), chosen)
    if chosen is not None and chosen.date > record.date:
        note += f"; not {chosen.describe()} (a later copy's stamp)"
    elif chosen is not None and chosen.date < record.date:
        note += f"; not {chosen.describe()} (an earlier day the page names)"
    if from_url is not None:
        note += "; the url agrees" if from_url == record.date else f"; the url says {from_url.isoformat()}"
    stamps = [ln for ln in lines if ln.kind == "updated"]
    updated = _later(stamps, record.date, None)
    if updated is not None:
        note += f"; updated {updated.date.isoformat()}: {updated.describe()}"
    evidence = sorted([ln for ln in lines if ln.start != record.start] + [record], key=lambda ln: ln.start)
    return Published(record.date, "printed", record, note, updated, dayfirst, tuple(evidence))


def _printed_note(chosen: DateLine, late: DateLine | None, from_url: dt.date | None, updated: DateLine | None) -> str:
    """The note of a publication date read from the printed date line ``chosen``: what it prints, and whether a stamp
    years after the story's years (``late``: ``chosen`` itself, or another line) casts doubt, it is only an update
    stamp, the address agrees (``from_url``) and a later update is printed (``updated``)."""
    note = f"printed: {chosen.describe()}"
    if late is chosen:
        note += "; doubtful: years after every year the story prints"
    elif late is not None:
        note += f"; {late.describe()} is years after every year the story prints (a print or copy stamp)"
    if chosen.kind == "updated":
        note += "; only an update stamp is printed"
    if from_url is not None:
        note += "; the url agrees" if from_url == chosen.date else f"; the url says {from_url.isoformat()}"
    if updated is not None:
        note += f"; updated {updated.date.isoformat()}: {updated.describe()}"
    return note


_YEAR = re.compile(r"(?<![\d/.-])(?:19[5-9]\d|20\d\d)(?![\d/-])")
#: years a page stamp may lie after the latest year its story prints before it reads as a later print or copy
STAMP_YEARS_AFTER = 2


def _after_story(text: str, lines: list[DateLine], chosen: DateLine) -> tuple[DateLine | None, DateLine | None]:
    """The stamp that is years after the story, and the date line to use instead.

    When ``chosen`` (not a "Published" stamp) is at least :data:`STAMP_YEARS_AFTER` years after every year the
    rest of the text and its other date lines print (a PDF's print date, an archive's "Updated" stamp over an old
    release), it yields to the first other date line that is not; with none, an update stamp gives no date (None)
    and a plain date line stays (a story may recall only old years), flagged in the note.

    Returns
    -------
    tuple of (DateLine or None, DateLine or None)
        ``(late, use)``: ``(None, chosen)`` when nothing casts doubt on ``chosen``.
    """
    rest = text
    for ln in lines:
        rest = rest[: ln.start] + " " * (ln.end - ln.start) + rest[ln.end :]
    years = [int(m.group()) for m in _YEAR.finditer(rest)]
    years += [ln.date.year for ln in lines if ln is not chosen and ln.kind in ("plain", "dateline")]

    def late(ln: DateLine) -> bool:
        return bool(years) and ln.date.year >= max(years) + STAMP_YEARS_AFTER

    if chosen.kind == "published" or not late(chosen):
        return None, chosen
    other = next((ln for ln in lines if ln.kind != "dateline" and not late(ln)), None)
    if other is not None:
        return chosen, other
    return chosen, (None if chosen.kind == "updated" else chosen)


# --------------------------------------------------------------------------- updates told by the story

_FUTURE_CUE = re.compile(
    r"\b(will|would|shall|scheduled|expected|due|set to|plans?|planned|planning|could|may|might|next|"
    r"upcoming|deadline|until|by|before)\b",
    re.I,
)
# A past verb next to the date (not "said": attribution goes with future news too).
_PAST_CUE = re.compile(r"\b(was|were|had|did|took|made|rose|fell|won|lost|became|began|met|held|\w{3,}ed)\b", re.I)
_NEAR_WORDS = 6
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def later_in_story(text: str, date: dt.date, spans: Iterable[tuple[int, int]]) -> DateLine | None:
    """The first date after ``date`` that the story tells as past (the text was updated after ``date``).

    Only full dates with an English month name or in ISO form count, with a
    past verb within six words of them ("closed on April 9, 2022") and no
    future or deadline cue in the sentence ("will", "scheduled", "by", …), so
    a date announced for later is not taken.

    Parameters
    ----------
    text : str
        Raw article text.
    date : datetime.date
        The publication date.
    spans : iterable of (int, int)
        The story's ``(start, end)`` spans (boilerplate excluded).

    Returns
    -------
    DateLine or None
        ``kind="plain"``, ``in_header=False``; its text is the sentence.
    """
    for s, e in spans:
        chunk = text[s:e]
        pos = 0
        for sent in _SENTENCE_SPLIT.split(chunk):
            off = chunk.index(sent, pos)
            pos = off + len(sent)
            sent = sent.rstrip()
            if _FUTURE_CUE.search(sent):
                continue
            for m, found, _ in _date_matches(sent, dayfirst=None, english_only=True):
                near = sent[: m.start()].split()[-_NEAR_WORDS:] + sent[m.end() :].split()[:_NEAR_WORDS]
                if found > date and _PAST_CUE.search(" ".join(near)):
                    start = s + off
                    line = text.count("\n", 0, start) + 1
                    return DateLine(found, start, start + len(sent), line, "plain", sent, "told in the story", False)
    return None
