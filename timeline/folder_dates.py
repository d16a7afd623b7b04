"""Pages that print no publication date, dated as far as the folder's evidence goes.

A page without a publication date (no date line, none in ``articles.csv``) cannot resolve *March 13*, *Tuesday,
Sept. 7*, *today* or *last year*: the tagger leaves them underspecified and extraction reports them as left out.
An analyst reading the folder would date many of them: the other articles state the same days with their year, a
weekday printed with the day admits only a few years, and what the page tells as *five years ago* the folder often
dates. :func:`timeline.extract.extract` runs this stage on the whole folder; each undated page gets a
:class:`PageDating` (``Article.dating``):

* the evidence, from the pages with a publication date, read first (:func:`folder_evidence`): :func:`folder_days` lists every day
  the folder states with its year (:func:`stated_days`: full dates printed in story text, publication dates, the
  year-less days of dated articles in the year nearest their publication, :func:`near_days`, less
  the month-days used as names of a happening, :func:`day_as_name`); :func:`folder_window`
  the years it speaks of; :func:`dated_quotes` the dated pages' candidates;
* year-less days (:func:`page_dating`): :func:`weekday_years` gives the years of the window in which a day has
  the printed weekday; :func:`year_for_day` the year of one year-less day: the one year at least
  :data:`WITNESSES` articles state it with (the printed weekday, if any, agreeing), else the one year of the
  window the weekday admits, else, with no weekday, the window's year when the folder speaks of one year only;
  else, on a page that prints a full date of its own (or has a day so dated), the year that puts the day nearest
  the page's newest such day, as a dated article's year-less days are read from its publication; on a page that
  states no dated day of its own, the one year of the folder's stated days around the day, on both sides of it
  (:func:`season_year`: the season the folder tells), unless the page tells of a later time;
* the year of writing (:func:`publication_year`): what the page tells as *N years ago* or *last year*
  (:func:`years_back`), or its lede as done *today*, matched with the dated candidates of other pages by shared
  content words; failing that, for a page with a day only its writing resolves (*today*, *on Sunday*) and no full
  date of its own, the one year every day of the folder lies in (:data:`WITNESSES` articles at least state days:
  :func:`window_year`), or, in a folder of several years, its main year (:func:`main_year`: the year at least
  :data:`MAIN_SHARE` of the articles stating days state one in) unless the page looks back from another time
  (:func:`main_year_of`: it prints that year or a later one on its own, tells something as years ago, or opens on
  a year-less day the folder states in no year);
* :func:`date_undated_pages`: the undated pages with their dating, read after the dated ones: their year-less
  days given their year (:func:`with_folder_years`), and, when the year of writing is known, what is dated by the
  writing keeps only the year (:func:`year_bound_mentions`, :func:`year_records`);
* :func:`newest_day_weekdays`: read in the story's time, a bare weekday of the weekday of the page's newest printed
  full date is that date (not the first such weekday after the last day the text gave before it).
* :func:`news_week_weekdays`: read in the story's time, a bare weekday carried more than :data:`NEWS_WEEK_DRIFT`
  days past the page's newest printed full date is a day of that date's week (looking back unless told ahead).
* :func:`week_days`: a bare weekday whose sentence tells what a dated page reports on a day of that weekday (the
  same named doer doing the same thing, :func:`reported_day`) is that day, and the page's other bare weekdays are
  the days of their weekday nearest it: a news page tells the days of one week (:func:`week_day_mentions`).

Evidence that conflicts dates nothing: the expression stays unresolved and is reported, as before. Pages with a
publication date are left as they are, and an undated page keeps ``published = None``. What is inferred is
marked: a day's anchor is ``folder`` (confidence below a date the page prints itself), notes say from what, and
the page's newest stated day is reported as a lower bound of its writing time (``PageDating.written_after``),
never as its date.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace

from .articles import Article
from .clauses import TITLE_ABBREVIATIONS, content_terms
from .dates import DateMention, find_dates, tense_at
from .dates.normalise import word_number
from .dates.resources.lexicon import WEEKDAY_RE, WEEKDAYS
from .identity import DEFAULT_THRESHOLD, Features, features, link_score, same_doing
from .lexicon import all_lemmas, verb_forms
from .published import above_story, printed_dates, safe_date

__all__ = ["FOLDER_ANCHOR", "SHARED_TERMS", "WITNESSES", "DayYear", "FolderEvidence", "FolderIdf", "PageDating", "date_undated_pages",
           "dated_by_folder", "dated_quotes", "day_as_name", "folder_days", "headline_day", "folder_evidence", "folder_window", "near_days", "page_dating",
           "main_year", "main_year_of", "newest_day_weekdays", "news_week_weekdays", "one_year", "own_day_mentions", "page_mentions", "publication_year", "unanchored_from_background", "named_year", "stated_days", "weekday_years", "window_year", "with_folder_years",
           "year_bound_mentions", "year_for_day", "year_records", "years_back", "yearless_days", "WEEK_DAYS",
           "reported_day", "week_day_mentions", "week_days"]

#: the anchor of a mention whose year the folder gave
FOLDER_ANCHOR = "folder"

_WEEKDAYS = {name[:3]: number - 1 for name, number in WEEKDAYS.items()}  # Python's numbers, Monday 0
_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?", re.I)
_YEARLESS = re.compile(r"XXXX-(\d\d)-(\d\d)")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: a month name and a day with no year after it ('Aug. 5', 'March 19th'), or a day and a month ('5 August')
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_DAY = re.compile(rf"\b(?:{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                        rf"{_MONTH.replace('(jan', '(?P<m2>jan')})\b(?!,?\s*(?:\d|of\s+\d))", re.I)
#: a month-day used as the name of a happening, right after an article or a possessive (with at most one
#: describing word between) and right before a noun: *the September 11 attacks*, *Haiti's January 12 earthquake*,
#: *a disputed June 12 election*, *the July 4 holiday*. A name, once coined, is used in any later year, so it tells
#: nothing of the year its page is written in (a day used as a date, *on Jan. 12*, *since Jan. 12*, does)
_NAME_LEAD = re.compile(r"(?:\b(?i:the|a|an)|\w['’]s)\s+(?:(?P<between>[a-z][a-z-]*)\s+)?$")
_NAME_NOUN = re.compile(r"\s+(?:(?P<word>[a-z][a-z-]*)\b)")
#: how far back the lead of a name is looked for
_NAME_LEAD_SPAN = 40
#: articles that must state a day with its year for the folder to give it (one is enough when the printed
#: weekday agrees): one page may be about another year
WITNESSES = 2
#: a year-less day in a dated article counts as stated in the year that puts it nearest its publication date,
#: when that is at most this many days away
_NEAR_DAYS = 183


@dataclass(frozen=True)
class DayYear:
    """The year the folder gives one year-less day of a page.

    Attributes
    ----------
    start, end : int
        The expression's offsets in the page's text.
    text : str
        The expression (*March 13*, *Tuesday, Sept. 7*).
    month, day : int
        The day it names.
    year : int
        The year given to it.
    basis : str
        What gave it: ``"folder"`` (stated with this year elsewhere in the folder; the weekday, if printed,
        agrees), ``"weekday"`` (the one year of the folder's window in which the day has that weekday) or
        ``"window"`` (no weekday, and every day the folder states is in that year) or ``"page"`` (the year that
        puts it nearest the page's own newest day: :func:`_near_own`) or ``"season"`` (the one year of the folder's
        stated days around it: :func:`season_year`).
    note : str
        The evidence in words, for the candidate's note.
    """

    start: int
    end: int
    text: str
    month: int
    day: int
    year: int
    basis: str
    note: str

    @property
    def value(self) -> str:
        """The ISO date it is given (``2011-03-13``)."""
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class PageDating:
    """What the folder's evidence tells of a page that prints no publication date.

    Attributes
    ----------
    days : tuple of DayYear
        Its year-less days given a year.
    refused : tuple of str
        Year-less days left undated because the evidence conflicts, with why.
    written_after : datetime.date or None
        The newest day the page states (its own full dates and its days given a year): a lower bound of its
        writing time when that day is told as past (a deadline may lie after it), reported, never used as its
        publication date.
    year : int or None
        The year it was written in, when the folder dates what it tells as *N years ago* or *last year*
        (:func:`publication_year`); None otherwise.
    year_note : str
        The evidence of ``year``, or why none was given ("" when the page tells nothing as years ago).
    mentions : tuple of DateMention or None
        The page's :func:`page_mentions` the dating was read from, for extraction to read the page without tagging
        it again when it reads it the same way (no publication date, the default tagger; not compared).
    folder_years : frozenset of int
        The years the folder states days in (:func:`folder_days`), for :func:`year_bound_mentions` (not compared).
    weekdays : tuple of DayYear
        Its bare weekdays set on a day of the week a dated page of the folder reports (:func:`week_days`; basis
        ``"reported"`` or ``"week"``).
    """

    days: tuple[DayYear, ...] = ()
    refused: tuple[str, ...] = ()
    written_after: dt.date | None = None
    year: int | None = None
    year_note: str = ""
    mentions: tuple[DateMention, ...] | None = field(default=None, compare=False, repr=False)
    folder_years: frozenset[int] = field(default=frozenset(), compare=False, repr=False)
    weekdays: tuple[DayYear, ...] = ()

    def year_at(self, start: int, end: int) -> DayYear | None:
        """The :class:`DayYear` of the expression at ``text[start:end]``, if one was given a year."""
        return next((d for d in self.days if d.start == start and d.end == end), None)


def stated_days(article: Article) -> list[dt.date]:
    """The days an article states with their year: full dates printed in its story text
    (:func:`timeline.published.printed_dates`) and, for an article with a publication date, that date and its
    year-less days (:func:`near_days`)."""
    text = article.reading
    found = [d for s, e in article.body for _a, _b, d in printed_dates(text[s:e], dayfirst=article.dayfirst)]
    if article.published is not None:
        found += [article.published, *near_days(article)]
    return found


def folder_days(stated: Mapping[str, Iterable[dt.date]]) -> dict[tuple[int, int], dict[int, set[str]]]:
    """Every day the folder states with its year, by ``(month, day)``: year → ids of the articles stating it.

    Parameters
    ----------
    stated : mapping of str to iterable of datetime.date
        Each article's :func:`stated_days`, by id.

    Returns
    -------
    dict
    """
    days: dict[tuple[int, int], dict[int, set[str]]] = {}
    for art_id, found in stated.items():
        for d in found:
            days.setdefault((d.month, d.day), {}).setdefault(d.year, set()).add(art_id)
    return days


def near_days(article: Article) -> list[dt.date]:
    """The year-less days of a dated article's story ('Aug. 5'), each in the year that puts it nearest the
    publication date (at most :data:`_NEAR_DAYS` away), as the article's reader takes them."""
    pub, out = article.published, []
    if pub is None:
        return out
    text = article.reading
    for s, e in article.body:
        for m in _MONTH_DAY.finditer(text, s, e):
            name = m.group(1) or m.group("m2")
            if not name[0].isupper():
                continue  # 'they may 5 …': a month is written with a capital
            if day_as_name(text, m.start(), m.end()):
                continue  # 'the September 11 attacks': a name, used in any year
            best = _nearest(_MONTHS.index(name.lower()[:3]) + 1, int(m.group(2) or m.group(3)), pub)
            if best is not None:
                out.append(best)
    return out


def day_as_name(text: str, start: int, end: int) -> bool:
    """Whether the month-day at ``text[start:end]`` is used as the name of a happening (:data:`_NAME_LEAD`): led
    by an article or a possessive, with at most one describing word between, and followed by a noun."""
    lead = _NAME_LEAD.search(text, max(0, start - _NAME_LEAD_SPAN), start)
    noun = _NAME_NOUN.match(text, end)
    if lead is None or noun is None:
        return False
    between = lead.group("between")
    if between is not None and not _describing(between):
        return False
    return "NOUN" in all_lemmas(noun.group("word")) or "ADJ" in all_lemmas(noun.group("word"))


def _describing(word: str) -> bool:
    """Whether ``word`` can describe a happening before its name ('massive', 'devastating', 'disputed')."""
    lemmas = all_lemmas(word)
    return "ADJ" in lemmas or word.endswith(("ed", "ing"))


def _nearest(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The day ``month``/``day`` in the year (of ``ref``'s, the one before or after) that puts it nearest ``ref``,
    at most :data:`_NEAR_DAYS` away; None when no such year has it (*February 29*) or it is farther."""
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if abs((d - ref).days) <= _NEAR_DAYS and (best is None or abs((d - ref).days) < abs((best - ref).days)):
            best = d
    return best


def folder_window(days: Mapping[tuple[int, int], Mapping[int, set[str]]]) -> tuple[int, int] | None:
    """The first and last year the folder states a day in (None for a folder that states none)."""
    years = [y for by_year in days.values() for y in by_year]
    return (min(years), max(years)) if years else None


def weekday_years(month: int, day: int, weekday: int, window: tuple[int, int]) -> list[int]:
    """The years of ``window`` (first, last, inclusive) in which ``month``/``day`` falls on ``weekday`` (0 Monday)."""
    out = []
    for year in range(window[0], window[1] + 1):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                out.append(year)
        except ValueError:  # 29 February of a common year
            continue
    return out


def year_for_day(month: int, day: int, weekday: int | None, days: Mapping[tuple[int, int], Mapping[int, set[str]]],
                 window: tuple[int, int] | None) -> tuple[int | None, str, str]:
    """The year of a year-less day of an undated page, from the folder's evidence.

    Parameters
    ----------
    month, day : int
    weekday : int or None
        The weekday printed with the day (0 Monday), if any.
    days : mapping
        :func:`folder_days` of the folder.
    window : (int, int) or None
        :func:`folder_window`.

    Returns
    -------
    year : int or None
        None when the evidence is missing or conflicts.
    basis : str
        ``"folder"``, ``"weekday"``, ``"window"`` (every day the folder states is in that one year; no weekday
        printed) or "" (no year).
    note : str
        The evidence, or why no year was given.
    """
    stated = sorted(days.get((month, day), {}))
    fits = weekday_years(month, day, weekday, window) if weekday is not None and window else None
    if fits is not None and stated:
        stated = [y for y in stated if y in fits] or stated
        if not set(stated) & set(fits):
            return None, "", f"the folder states it in {', '.join(map(str, stated))}, a year its weekday rules out"
    if len(stated) == 1:
        ids = sorted(days[(month, day)][stated[0]])
        if len(ids) >= WITNESSES or (fits is not None and stated[0] in fits):
            shown = ", ".join(ids[:3])
            return stated[0], "folder", f"year from the folder: the day is stated with {stated[0]} ({shown})"
        return None, "", f"only {ids[0]} states it ({stated[0]})"
    if len(stated) > 1:
        return None, "", f"the folder states it in {', '.join(map(str, stated))}"
    if fits is not None and len(fits) == 1:
        return fits[0], "weekday", (f"year from the weekday: the one year of the folder's {window[0]}–{window[1]} "
                                    f"in which it falls on that weekday")
    if fits:
        return None, "", f"its weekday fits {', '.join(map(str, fits))}"
    if fits is None and (year := one_year(window)) is not None:
        if safe_date(year, month, day) is None:  # February 30; February 29 in a common year
            return None, "", f"{year}, the one year of the folder, has no such day"
        return year, "window", f"year from the folder: every day it states is in {year}"
    return None, "", "the folder states no year for it"


def one_year(window: tuple[int, int] | None, witnesses: int | None = None) -> int | None:
    """The one year every day the folder states lies in: that of a :func:`folder_window` of one year (the rule of
    :func:`year_for_day` and :func:`window_year`).

    Parameters
    ----------
    window : (int, int) or None
        :func:`folder_window`.
    witnesses : int, optional
        How many articles state a day of the folder; when given, fewer than :data:`WITNESSES` give no year (too
        little evidence).

    Returns
    -------
    int or None
        None for a window of more than one year, for none, or for too few witnesses.
    """
    if window is None or window[0] != window[1] or witnesses is not None and witnesses < WITNESSES:
        return None
    return window[0]


def yearless_days(mentions: Sequence[DateMention]) -> list[tuple[int, int, str, int, int, int | None]]:
    """The year-less days of a page's story, ``(start, end, text, month, day, weekday or None)``, among its
    :func:`page_mentions`."""
    out = []
    for m in mentions:
        hit = _YEARLESS.fullmatch(m.value) if m.type == "DATE" else None
        if hit is None:
            continue
        wd = _WEEKDAY.search(m.text)
        out.append((m.start, m.end, m.text, int(hit.group(1)), int(hit.group(2)),
                    _WEEKDAYS[wd.group(1).lower()] if wd else None))
    return out


def page_mentions(article: Article) -> list[DateMention]:
    """The tagger's mentions of a page's story read without a publication date."""
    return find_dates(article.reading, relative_to=None, skip=article.boilerplate, dayfirst=article.dayfirst)


#: an expression that counts from the time of writing: *last August*, *next Monday*, *this month*, *the past
#: week*, *three weeks ago*, *yesterday* (not one that counts from a date the text gave: *the next day*, *a year
#: later*, *that month*)
_FROM_WRITING = re.compile(r"^(?:last|next|this|coming|past)\b|\bago$|^(?:yesterday|today|tonight|tomorrow)\b", re.I)


def unanchored_from_background(mentions: Sequence[DateMention], folder_years: Set[int]) -> list[DateMention]:
    """A page's mentions read without a publication date, less the time of writing read from a background year.

    Without a publication date the tagger counts an expression of the writing's time (*last August*, *next
    Monday*: :data:`_FROM_WRITING`) from the last date the text gave (anchor ``mention``). When that date and the
    expression's reading both lie in years before the newest year the page itself names (a date the text alone
    fixes, not past the folder's newest year: a deadline), it was read from a background year (a history, a
    comparison, *since May 1998*), not from the page's time: the expression is left as the tagger reads its words
    alone (unresolved), so that the folder's year of writing dates it or nothing does. A page naming no later year
    (one about a past year) keeps its reading.

    Parameters
    ----------
    mentions : sequence of DateMention
        :func:`page_mentions`.
    folder_years : set of int
        The years the folder states days in (:attr:`FolderEvidence.years`); none: nothing is changed.

    Returns
    -------
    list of DateMention
    """
    if not folder_years:
        return list(mentions)
    named = _dated_years(mentions, anchors=("absolute",))
    newest = max((y for _at, y in named if y <= max(folder_years)), default=None)
    if newest is None:
        return list(mentions)
    given = _dated_years(mentions, anchors=("absolute", "mention"))
    return [_unresolved(m) if _counts_from_writing(m) and max(int(m.value[:4]), _year_before(given, m)) < newest else m
            for m in mentions]


def named_year(page: str, mentions: Sequence[DateMention],
               days: Mapping[tuple[int, int], Mapping[int, set[str]]]) -> tuple[int | None, str]:
    """The year of writing of a page whose writing's time the tagger read from a background year
    (:func:`unanchored_from_background`): the newest year the page names (a date the text alone fixes), when
    another article of the folder states a day in that year or a later one (a year only the page reaches, a
    picture's caption of another story, is not its time).

    Parameters
    ----------
    page : str
        The page's id.
    mentions : sequence of DateMention
        Its mentions read without a publication date.
    days : mapping
        :func:`folder_days`.

    Returns
    -------
    year : int or None
    note : str
        The evidence ("" when no year is given).
    """
    others = [y for by in days.values() for y, ids in by.items() if ids - {page}]
    named = [y for _at, y in _dated_years(mentions, anchors=("absolute",))]
    if not others or not named or max(named) > max(others):
        return None, ""
    year = max(named)
    return year, (f"publication year {year} estimated from the page: the newest year it names (its times of "
                  f"writing were read from earlier years)")


def _dated_years(mentions: Sequence[DateMention], anchors: Sequence[str]) -> list[tuple[int, int]]:
    """Where and in which year a page gives a date of one of ``anchors`` (``absolute``: the text alone fixes it),
    in text order."""
    return sorted((m.start, int(m.value[:4])) for m in mentions
                  if m.type == "DATE" and m.anchor in anchors and re.match(r"\d{4}(?:-|$)", m.value))


def _year_before(given: Sequence[tuple[int, int]], m: DateMention) -> int:
    """The year of the last date the text gave before ``m`` (the date the tagger counts it from), else its own."""
    return next((y for start, y in reversed(given) if start < m.start), int(m.value[:4]))


def _counts_from_writing(m: DateMention) -> bool:
    """Whether ``m`` counts from the writing (:data:`_FROM_WRITING`) but the tagger read it from a date the text
    gave (anchor ``mention``) to a year."""
    return (m.anchor == "mention" and m.type == "DATE" and re.match(r"\d{4}", m.value) is not None
            and _FROM_WRITING.search(" ".join(m.text.split())) is not None)


def _unresolved(m: DateMention) -> DateMention:
    """``m`` as the tagger reads its words alone, without a date to count from (``XXXX-08`` for *last August*)."""
    alone = find_dates(" ".join(m.text.split()), relative_to=None)
    value = alone[0].value if len(alone) == 1 and alone[0].value.startswith("XXXX") else "XXXX" + m.value[4:]
    return replace(m, value=value, anchor="none", underspecified=True,
                   note="counts from the writing; not read from a background year the page names before its own")


@dataclass(frozen=True)
class FolderEvidence:
    """What the folder's articles with a publication date tell, for dating its undated pages.

    Attributes
    ----------
    days : mapping
        :func:`folder_days`.
    window : (int, int) or None
        :func:`folder_window`.
    dated : tuple of (int, frozenset of str, str)
        Year, content words and source of the dated pages' candidates (:func:`publication_year`).
    witnesses : int
        How many articles state a day of the folder (:func:`one_year`).
    common : frozenset of str
        The content words of the folder's set phrases (:func:`publication_year`).
    main : int or None
        The folder's main year (:func:`main_year`), None when no year holds most of its days.
    records : tuple of mapping
        The dated pages' candidate records with a day-precise date (``date``, ``quote``), for :func:`reported_day`
        (not compared).
    """

    days: Mapping[tuple[int, int], Mapping[int, set[str]]]
    window: tuple[int, int] | None
    dated: tuple[tuple[int, frozenset[str], str], ...]
    witnesses: int
    common: frozenset[str]
    main: int | None = None
    records: tuple[Mapping, ...] = field(default=(), compare=False, repr=False)

    @functools.cached_property
    def years(self) -> frozenset[int]:
        """The years the folder states days in (:attr:`PageDating.folder_years`)."""
        return frozenset(y for by in self.days.values() for y in by)

    @functools.cached_property
    def report_days(self) -> tuple[dt.date, ...]:
        """The day of each of :attr:`records` (cheap: no record is analysed)."""
        return tuple(dt.date.fromisoformat(str(r["date"])[:10]) for r in self.records)

    @functools.cached_property
    def _read_features(self) -> dict[int, Features]:
        return {}  # the features of the records read so far, by position (:meth:`record_features`)

    def record_features(self, i: int) -> Features:
        """:func:`timeline.identity.features` of the quote alone of record ``i`` of :attr:`records`, read the first
        time it is asked for: most folders never compare a record (:func:`reported_day`)."""
        read = self._read_features
        if i not in read:
            read[i] = features({"quote": str(self.records[i]["quote"])})
        return read[i]

    @functools.cached_property
    def reports(self) -> tuple[tuple[dt.date, Features], ...]:
        """Each day-precise dated record's day and :func:`timeline.identity.features` (of its quote alone)."""
        return tuple((day, self.record_features(i)) for i, day in enumerate(self.report_days))

    @functools.cached_property
    def _weekday_positions(self) -> dict[int, tuple[int, ...]]:
        by: dict[int, list[int]] = {}
        for i, day in enumerate(self.report_days):
            by.setdefault(day.weekday(), []).append(i)
        return {w: tuple(rows) for w, rows in by.items()}

    def weekday_reports(self, weekday: int) -> tuple[tuple[dt.date, Features, Mapping], ...]:
        """The records whose day falls on ``weekday`` (0 = Monday), in order, each with its day and
        :meth:`record_features`: :func:`reported_day` compares a weekday's sentence with these alone, and only the
        records of the weekdays asked for are analysed."""
        return tuple((self.report_days[i], self.record_features(i), self.records[i])
                     for i in self._weekday_positions.get(weekday, ()))

    @functools.cached_property
    def idf(self) -> dict[str, float]:
        """Inverse document frequency of the terms of :attr:`reports`, as the merge weighs shared words."""
        df: dict[str, int] = {}
        for _day, f in self.reports:
            for t in f.terms:
                df[t] = df.get(t, 0) + 1
        n = max(1, len(self.reports))
        return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}

    @functools.cached_property
    def idf_on_demand(self) -> FolderIdf:
        """:attr:`idf` computed only when a weight is first looked up (:class:`FolderIdf`)."""
        return FolderIdf(self)


class FolderIdf(Mapping):
    """A folder's :attr:`FolderEvidence.idf`, computed the first time a weight is looked up.

    :func:`timeline.identity.link_score` weighs shared words only when the two mentions pass its other tests; the
    weights need every record of the folder analysed, which most comparisons never need.

    Parameters
    ----------
    evidence : FolderEvidence
    """

    def __init__(self, evidence: FolderEvidence) -> None:
        self._evidence = evidence

    def __getitem__(self, term: str) -> float:
        return self._evidence.idf[term]

    def __iter__(self):
        return iter(self._evidence.idf)

    def __len__(self) -> int:
        return len(self._evidence.idf)

    def get(self, term: str, default: float | None = None) -> float | None:
        """The weight of ``term``, ``default`` when no record holds it."""
        return self._evidence.idf.get(term, default)


def folder_evidence(stated: Mapping[str, Iterable[dt.date]], records: Iterable[Mapping],
                    undated: Iterable[str]) -> FolderEvidence:
    """The :class:`FolderEvidence` of a folder read once.

    Parameters
    ----------
    stated : mapping of str to iterable of datetime.date
        Each article's :func:`stated_days`, by id.
    records : iterable of mapping
        The candidate records of the pages with a publication date (``source``, ``date``, ``quote``).
    undated : iterable of str
        Ids of the articles without a publication date (their records tell no year).

    Returns
    -------
    FolderEvidence
    """
    records = list(records)
    undated = set(undated)
    days = folder_days(stated)
    dated = tuple(dated_quotes(records, undated))
    reports = tuple({"date": str(r.get("date", ""))[:10], "quote": str(r.get("quote", ""))} for r in records
                    if r.get("source") not in undated and _DAY_VALUE.fullmatch(str(r.get("date", ""))))
    return FolderEvidence(days, folder_window(days), dated, _witnesses(days), frozenset(_common_terms(dated)),
                          main_year(days), reports)


def page_dating(article: Article, evidence: FolderEvidence) -> PageDating | None:
    """The :class:`PageDating` of a page without a publication date (None for a page with one, or one the
    folder tells nothing of)."""
    if article.published is not None:
        return None
    given, refused, left = [], [], []
    tagged = page_mentions(article)
    mentions = unanchored_from_background(tagged, evidence.years)
    for start, end, text, month, day, weekday in yearless_days(mentions):
        year, basis, note = year_for_day(month, day, weekday, evidence.days, evidence.window)
        if year is None:
            left.append((start, end, text, month, day, weekday, note))
        else:
            given.append(DayYear(start, end, text, month, day, year, basis, note))
    read = article.reading
    stated = [d for s, e in article.body for _a, _b, d in printed_dates(read[s:e], dayfirst=article.dayfirst)]
    stated += [dt.date.fromisoformat(g.value) for g in given]
    if not stated:  # a page of no dated day of its own: a day amid the folder's season of one year takes that year
        seasons = _season_days(article, left, evidence)
        given += seasons
        stated += [dt.date.fromisoformat(g.value) for g in seasons]
        left = [x for x in left if not any(g.start == x[0] for g in seasons)]
    for start, end, text, month, day, weekday, note in left:  # the page's own days tell the year of the others
        near = _near_own(month, day, weekday, max(stated)) if stated else None
        if near is None:
            refused.append(f"{text!r}: {note}")
        else:
            given.append(DayYear(start, end, text, month, day, near.year, "page",
                                 f"year from the page: the one that puts it nearest its own day {max(stated)}"))
    dating = PageDating(tuple(given), tuple(refused), max(stated) if stated else None, mentions=tuple(mentions))
    year, note = publication_year(replace(article, dating=dating), evidence.dated, common=evidence.common)
    if year is None and not note and any(_needs_writing(m) for m in mentions):
        year, note = window_year(dating, evidence.window, evidence.witnesses)
        if year is None and one_year(evidence.window) is None:
            year, note = main_year_of(article, dating, evidence.main)
    if year is None and not note and mentions != tagged:
        year, note = named_year(article.id, mentions, evidence.days)
    dating = replace(dating, year=year, year_note=note, folder_years=evidence.years,
                     weekdays=week_days(article.reading, mentions, evidence))
    if dating.days or dating.refused or dating.year_note or dating.weekdays:
        return dating
    if mentions != tagged:  # nothing told but its reading: the page read so, its other dates as without one
        return PageDating(mentions=tuple(mentions), folder_years=evidence.years)
    return None


#: how far from a year-less day the folder's stated days count for its year (:func:`season_year`)
SEASON_DAYS = 21
#: how many different days the folder must state around a year-less day to give it their year (:func:`season_year`)
SEASON_WITNESS_DAYS = 2


def season_year(month: int, day: int, weekday: int | None,
                days: Mapping[tuple[int, int], Mapping[int, set[str]]]) -> int | None:
    """The year of a year-less day the folder states in no year, from the days it states around it.

    A folder gathered on one season's news states its days with their year: a page that tells a day of those weeks
    without a year (*traveled on April 24th*) tells it in that year. The folder's stated days within
    :data:`SEASON_DAYS` of the day must lie in one year, be :data:`SEASON_WITNESS_DAYS` different days at least and
    be stated by :data:`WITNESSES` articles at least (one remembered day, *the attacks of September 11*, is no season);
    the weekday printed with the day, if any, must fit that year.

    Parameters
    ----------
    month, day : int
    weekday : int or None
        The weekday printed with the day (0 Monday), if any.
    days : mapping
        :func:`folder_days` of the folder.

    Returns
    -------
    int or None
        None when the folder states no day so near, or states such days in several years, or too few.
    """
    by_year: dict[int, tuple[set[tuple[int, int]], set[str]]] = {}
    for (m, d), years in days.items():
        for year, ids in years.items():
            try:
                gap = abs((dt.date(year, month, day) - dt.date(year, m, d)).days)
            except ValueError:  # 29 February of a common year
                continue
            if gap <= SEASON_DAYS:
                told, who = by_year.setdefault(year, (set(), set()))
                told.add((m, d))
                who.update(ids)
    if len(by_year) != 1:
        return None
    ((year, (told, who)),) = by_year.items()
    if len(told) < SEASON_WITNESS_DAYS or len(who) < WITNESSES:
        return None
    if not (min(told) < (month, day) < max(told)):
        return None  # the folder's days around it all lie before it, or all after: not its season
    if weekday is not None and dt.date(year, month, day).weekday() != weekday:
        return None
    return year


def _season_days(article: Article, left: Sequence[tuple], evidence: FolderEvidence) -> list[DayYear]:
    """The year-less days ``left`` of a page that states no dated day of its own, given the year of their season
    (:func:`season_year`) unless the page tells of a later time (:func:`_later_than`)."""
    out, later = [], None
    for start, end, text, month, day, weekday, _note in left:
        year = season_year(month, day, weekday, evidence.days)
        if year is None:
            continue
        later = _later_than(article) if later is None else later  # read once, for the page's first season day
        if not later(year):
            out.append(DayYear(start, end, text, month, day, year, "season",
                               f"year from the folder: the days it states within {SEASON_DAYS} days around it are "
                               f"in {year}"))
    return out


def _later_than(article: Article) -> Callable[[int], bool]:
    """Whether a page tells of a time after a given year: it prints a later year on its own (not part of a full
    date: *the 2012 attack*, told from a later year; the year itself is the season's own), or tells something as
    years ago (:func:`years_back`). The page is read once; the test is then by year."""
    text = article.reading
    full = [(s + a, s + b) for s, e in article.body for a, b, _d in printed_dates(text[s:e],
                                                                                  dayfirst=article.dayfirst)]
    bare = [int(m.group(1)) for m in _BARE_YEAR.finditer(text) if not any(a <= m.start() < b for a, b in full)]
    back = any(years_back(m.group(0)) is not None and not _HEDGED.search(text[max(s, m.start() - 20):m.start()])
               for s, e in article.body for m in _YEARS_BACK.finditer(text, s, e))
    latest = max(bare, default=None)
    return lambda year: back or latest is not None and latest > year


def _near_own(month: int, day: int, weekday: int | None, own: dt.date) -> dt.date | None:
    """A year-less day of an undated page in the year that puts it nearest the page's own newest day (``own``: a
    full date it prints, or a day the folder gave its year), at most :data:`_NEAR_DAYS` away, as :func:`near_days`
    reads a dated article's year-less days from its publication: a page tells the days around its own (*On April
    21, 2019 the court ruled … The hearing had opened on April 15*). None when no year is so near, or the weekday
    printed with the day rules that year out."""
    best = _nearest(month, day, own)
    return None if best is None or weekday is not None and best.weekday() != weekday else best


def _needs_writing(m: DateMention) -> bool:
    """Whether a mention read without a publication date names a day or week only the writing resolves: *today*,
    *on Sunday*, *three weeks ago*, *this morning* (not a time of any day, *overnight*, *in the evening*, nor a
    recurrence, *every Monday*)."""
    if m.type == "DATE":
        return m.value.startswith("XXXX")
    return m.type == "TIME" and _WRITING_DAY.search(m.text) is not None


def _witnesses(days: Mapping[tuple[int, int], Mapping[int, set[str]]]) -> int:
    """How many articles state a day of the folder (:func:`folder_days`)."""
    return len({i for by_year in days.values() for ids in by_year.values() for i in ids})


def window_year(dating: PageDating, window: tuple[int, int] | None,
                witnesses: int | None = None) -> tuple[int | None, str]:
    """The year of writing of a page that tells nothing as years ago but has days only its writing resolves
    (*today*, *on Sunday*), in a folder whose stated days all lie in one year: that year (a folder of one year's news
    was written that year, as its year-less days are: :func:`year_for_day`).

    Parameters
    ----------
    dating : PageDating
        The page's dating so far; a page that states a day of its own (``written_after``) gets no year: it reads its
        relative dates from that day.
    window : (int, int) or None
        :func:`folder_window`.
    witnesses : int, optional
        How many articles state a day of the folder: fewer than :data:`WITNESSES` give no year (:func:`one_year`).

    Returns
    -------
    year : int or None
    note : str
        The evidence ("" when no year is given).
    """
    year = one_year(window, witnesses)
    if year is None or dating.written_after is not None:
        return None, ""
    return year, f"publication year {year} estimated from the folder: every day it states is in {year}"


#: the share of the articles stating a day of the folder that must state one in its main year (:func:`main_year`)
MAIN_SHARE = 0.75
#: a year printed on its own ('in 2015', 'since 2009'), not as part of a full date
_BARE_YEAR = re.compile(r"(?<![\w,./-])(1[89]\d\d|20\d\d)(?![\w/-])")


def main_year(days: Mapping[tuple[int, int], Mapping[int, set[str]]]) -> int | None:
    """The folder's main year: the year in which at least :data:`MAIN_SHARE` of the articles stating a day of the
    folder (and :data:`WITNESSES` at least) state one: a folder gathered on one year's news that holds a few later
    follow-ups or earlier background. None when no year holds so many (a story told over several years).

    Parameters
    ----------
    days : mapping
        :func:`folder_days`.

    Returns
    -------
    int or None
    """
    by_year: dict[int, set[str]] = {}
    for by in days.values():
        for year, ids in by.items():
            by_year.setdefault(year, set()).update(ids)
    everyone = set().union(*by_year.values()) if by_year else set()
    best = max(by_year, key=lambda y: (len(by_year[y]), -y), default=None)
    if best is None or len(by_year[best]) < max(WITNESSES, MAIN_SHARE * len(everyone)):
        return None
    return best


def main_year_of(article: Article, dating: PageDating, main: int | None) -> tuple[int | None, str]:
    """The year of writing of a page with days only its writing resolves (*today*, *on Sunday*), that states no day
    of its own, in a folder with a main year (:func:`main_year`): that year, unless the page itself points elsewhere
    (:func:`_looks_elsewhere`).

    Parameters
    ----------
    article : Article
    dating : PageDating
        The page's dating so far (with its ``mentions``); a page with ``written_after`` gets no year.
    main : int or None

    Returns
    -------
    year : int or None
    note : str
        The evidence ("" when no year is given).
    """
    if main is None or dating.written_after is not None or _looks_elsewhere(article, dating, main):
        return None, ""
    return main, f"publication year {main} estimated from the folder: most of its days are in {main}"


def _looks_elsewhere(article: Article, dating: PageDating, main: int) -> bool:
    """Whether a page tells of its own time apart from the folder's main year: it prints a year on its own (*in
    2010*, a headline's *Sales Slump in 2012*, not part of a full date) that is the main year or later (a page naming that year
    looks back on it); it tells something as years ago (*last year*, *two years ago*) that the folder does not date;
    or its first date, in the first half of its story (:func:`_opening_end`), is a year-less day the folder states in no
    year (its news day is none of the folder's)."""
    text = article.reading
    full = [(s + a, s + b) for s, e in article.body for a, b, _d in printed_dates(text[s:e],
                                                                                  dayfirst=article.dayfirst)]
    for m in _BARE_YEAR.finditer(text):
        if int(m.group(1)) >= main and not any(a <= m.start() < b for a, b in full):
            return True
    for s, e in article.body:
        for m in _YEARS_BACK.finditer(text, s, e):
            if years_back(m.group(0)) is not None and not _HEDGED.search(text[max(s, m.start() - 20):m.start()]):
                return True
    dates = sorted((m for m in dating.mentions or () if m.type == "DATE"), key=lambda m: m.start)
    first = dates[0] if dates else None
    return (first is not None and _YEARLESS.fullmatch(first.value) is not None
            and dating.year_at(first.start, first.end) is None and first.start < _opening_end(article))


#: the share of a page's story, from its start, that is its opening (:func:`_opening_end`)
_OPENING_SHARE = 0.5


def _opening_end(article: Article) -> int:
    """Where the opening of a page's story ends: after the first :data:`_OPENING_SHARE` of its story text (a date
    there is its news day; one at its close is a day ahead, *recessed the hearing until May 9*)."""
    if not article.body:
        return 0
    start, end = article.body[0][0], article.body[-1][1]
    return start + int(_OPENING_SHARE * (end - start))


def date_undated_pages(articles: Sequence[Article], records: Iterable[Mapping], *,
                       on_error: Callable[[Article, Exception], None] | None = None) -> list[Article]:
    """The pages without a publication date, each carrying its :class:`PageDating` (``dating``; None when the
    folder tells nothing of it), to be read with it (:func:`timeline.extract.extract`).

    Parameters
    ----------
    articles : sequence of Article
        The folder; pages with a publication date give evidence and are not returned.
    records : iterable of mapping
        The candidate records of the pages with a publication date (``source``, ``date``, ``quote``).
    on_error : callable, optional
        Called with a page and the exception its text raised (its days give no evidence; it is returned as it
        came, undated): one page must not stop the run. Without it the exception is raised.

    Returns
    -------
    list of Article
        The undated pages, in order.
    """
    undated = [a for a in articles if a.published is None]
    if not undated:
        return []

    def guarded(fn, art, default):
        if on_error is None:
            return fn(art)
        try:
            return fn(art)
        except Exception as exc:  # noqa: BLE001 - reported through on_error
            on_error(art, exc)
            return default

    days = {a.id: guarded(stated_days, a, []) for a in articles}
    evidence = folder_evidence(days, records, [a.id for a in undated])
    return [guarded(lambda art: dated_by_folder(art, evidence), art, art) for art in undated]


def dated_by_folder(article: Article, evidence: FolderEvidence) -> Article:
    """A page without a publication date as the folder dates it: published on the day its header prints without a
    year (:func:`headline_day`, ``published_source="inferred"``, the note says why), or else carrying its
    :func:`page_dating` (``dating``; None when the folder tells nothing of it)."""
    day = headline_day(article, evidence)
    if day is None:
        return replace(article, dating=page_dating(article, evidence))
    return replace(article, published=day[0], published_source="inferred", note=day[1], dating=None)


#: words before a headline's day that make it the day of what the headline tells, not the page's (:func:`headline_day`)
_DAY_OF_AN_EVENT = frozenset("for on until till by before after since through to from at in of next last this "
                             "starting beginning ending due".split())
#: the most words a header line closing on its own day may have (:func:`headline_day`)
HEAD_DAY_WORDS = 12
#: a header line closing on a year-less day, its weekday before it or not (*Update Sunday November 4*, *Snapshot,
#: Nov. 21*, *Monday, February 22*)
_HEAD_DAY = re.compile(rf"(?:\b(?P<wd>{WEEKDAY_RE}),?\s+)?\b(?P<mon>jan|feb|mar|apr|may|jun|"
                       r"jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?[\s.:]*$", re.I)


def _main_year_for_day(month: int, day: int, weekday: int | None, evidence: FolderEvidence) -> tuple[int | None, str]:
    """The folder's main year (:func:`main_year`) for a page's own year-less header day, unless the folder states
    that day in another year or its printed weekday rules the main year out."""
    main = evidence.main
    if main is None or set(evidence.days.get((month, day), {})) - {main}:
        return None, ""
    try:
        if weekday is not None and dt.date(main, month, day).weekday() != weekday:
            return None, ""
    except ValueError:
        return None, ""
    return main, f"year from the folder: its main year {main}"


def headline_day(article: Article, evidence: FolderEvidence) -> tuple[dt.date, str] | None:
    """The publication day of a page without one that its header prints without a year, given its year by the
    folder.

    A page that reports one day's news often heads itself with that day alone: a headline closing on it (*Storm
    Update Sunday November 4*, *Daily Snapshot, Nov. 21*) or a line that is the day (*Monday, February 22*) right
    above the story. That day is the page's own, and the folder gives its year as it gives any year-less day of an
    undated page (:func:`year_for_day`: stated with that year elsewhere, or the one year its printed weekday fits).

    Parameters
    ----------
    article : Article
        A page without a publication date.
    evidence : FolderEvidence
        :func:`folder_evidence` of its folder.

    Returns
    -------
    (datetime.date, str) or None
        The day and the note saying where it comes from; None when no short header line above the story closes on
        a year-less day, or the folder gives it no year.
    """
    lines = article.reading.splitlines()
    for i in above_story(lines):
        line = lines[i].strip()
        hit = _HEAD_DAY.search(line)
        if hit is None or len(line.split()) > HEAD_DAY_WORDS or printed_dates(line):
            continue
        if line[: hit.start()].split()[-1:] and line[: hit.start()].split()[-1].lower() in _DAY_OF_AN_EVENT:
            return None  # a day the headline's event is set for, not the page's ('Hearing for October 8')
        weekday = _WEEKDAYS[hit.group("wd")[:3].lower()] if hit.group("wd") else None
        month, day = _MONTHS.index(hit.group("mon")[:3].lower()) + 1, int(hit.group("day"))
        year, _basis, note = year_for_day(month, day, weekday, evidence.days, evidence.window)
        if year is None:
            year, note = _main_year_for_day(month, day, weekday, evidence)
        if year is None:
            return None
        try:
            return dt.date(year, month, day), f"published: the day its header prints ({hit.group(0).strip()!r}); {note}"
        except ValueError:
            return None
    return None


def with_folder_years(mentions: Sequence[DateMention], dating: PageDating | None) -> list[DateMention]:
    """The tagger's mentions of a page, its year-less days given the year of ``dating`` (anchor ``folder``).

    Parameters
    ----------
    mentions : sequence of DateMention
        The page's mentions (:func:`timeline.dates.find_dates`, no publication date).
    dating : PageDating or None

    Returns
    -------
    list of DateMention
        The same mentions; one ``dating`` gives a year becomes day-precise, with the evidence as its note.
    """
    if dating is None or not dating.days:
        return list(mentions)
    out = []
    for m in mentions:
        given = dating.year_at(m.start, m.end) if m.underspecified else None
        if given is not None:
            m = replace(m, value=given.value, precision="day", anchor=FOLDER_ANCHOR, underspecified=False,
                        note="; ".join(n for n in (m.note, given.note) if n))
        out.append(m)
    return out


#: what a page tells as some years before its writing ('last year', 'five years ago', 'a decade ago'); halves and
#: 'nearly', 'more than' make no year ('two and a half years ago' is not one year)
_YEARS_BACK = re.compile(r"(?<![\w-])(?:(last|a|one|[a-z]+(?:-[a-z]+)?|\d{1,2})\s+(years?|decades?)\s+ago"
                         r"|(last)\s+year)\b", re.I)
_HEDGED = re.compile(r"\b(?:and\s+a\s+half|nearly|almost|about|more\s+than|over|some)\s+$", re.I)
#: 'a year ago' right before a 'this week' ('a year ago this week', 'ten years ago today'): the week years back
_YEARS_BACK_BEFORE = re.compile(r"(?<![\w-])((?:last|a|one|[a-z]+(?:-[a-z]+)?|\d{1,2})\s+(?:years?|decades?)\s+ago)"
                                r"[\s,]*$", re.I)
_THIS_PERIOD = frozenset({"this week", "this month", "today", "this day", "this weekend"})
#: content words a sentence and a dated quote of another article must share to tell the same happening
SHARED_TERMS = 3
#: a stop that ends no sentence: after an initial or a title's abbreviation (*U.S. Senators*, *D.C.*, *Ann J.
#: Roe*, *Sen. Roe*), or with no space after it (*2.5*, *(D-Ore.)*)
_INNER_STOP = (r"(?<![A-Za-z])(?i:[a-z]|" + "|".join(sorted(TITLE_ABBREVIATIONS, key=len, reverse=True)) + r")\."
               r"|[.!?](?![\s\"\u201d\u2019]|$)")
_SENTENCE = re.compile(rf"(?:{_INNER_STOP}|[^.!?\n])+(?:[.!?]+|$)")
#: a page's own news day: what it tells as happening 'today' happened in the year it was written
_WRITING_DAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)
#: the lede ends with the first sentence of at least this many words (a shorter one is a line before it)
_LEDE_AFTER = 8


def years_back(phrase: str) -> int | None:
    """How many years before the writing ``phrase`` places what it tells: 'last year' 1, 'five years ago' 5,
    'a decade ago' 10 (None for what is no whole number of years)."""
    m = _YEARS_BACK.fullmatch(phrase.strip())
    if m is None:
        return None
    if m.group(3):
        return 1
    count = m.group(1).lower()
    n = 1 if count in ("a", "one", "last") else int(count) if count.isdigit() else word_number(count)
    if not n:
        return None
    return n * (10 if m.group(2).lower().startswith("decade") else 1)


def dated_quotes(records: Iterable[Mapping], undated: set[str]) -> list[tuple[int, frozenset[str], str]]:
    """``(year, content words, source)`` of the candidate records of pages with a publication date (not in
    ``undated``) whose date lies in one year."""
    out = []
    for r in records:
        value = str(r.get("date", ""))
        if r.get("source") in undated or not re.match(r"\d{4}(?:-|$)", value):
            continue
        out.append((int(value[:4]), frozenset(_terms(str(r.get("quote", "")))), str(r.get("source"))))
    return out


def _terms(text: str) -> set[str]:
    return {t for t in content_terms(text) if not t.isdigit()}


#: a word the quotes of at least this share of the folder's dated pages hold is a set phrase of the folder's
#: releases ('issued the following statement'), no sign of one happening
_COMMON_SHARE = 1 / 3


def _common_terms(dated: Sequence[tuple[int, frozenset[str], str]]) -> set[str]:
    """The content words the quotes of at least :data:`_COMMON_SHARE` of the dated pages (three at least) hold."""
    pages: dict[str, set[str]] = {}
    for _year, terms, source in dated:
        pages.setdefault(source, set()).update(terms)
    counts: dict[str, int] = {}
    for terms in pages.values():
        for t in terms:
            counts[t] = counts.get(t, 0) + 1
    least = max(3, _COMMON_SHARE * len(pages))
    return {t for t, n in counts.items() if n >= least}


def _folder_year(words: set[str], dated: Sequence[tuple[int, frozenset[str], str]]
                 ) -> tuple[int, list[str], int] | None:
    """The year the dated candidates of other pages (``dated``) sharing at least :data:`SHARED_TERMS` of ``words``
    give: given by most of those pages (at least :data:`WITNESSES`, and twice as many as any other year), with the
    pages; None when too few pages tell it or the folder is split (one page may tell another happening). Only the
    closest tellings vote: a quote sharing fewer than half the words the closest one shares tells something else
    (a long sentence shares three words with many). The third item is how many words the closest telling shares."""
    shared = [(year, len(words & terms), source) for year, terms, source in dated]
    top = max((n for _y, n, _s in shared), default=0)
    least = max(SHARED_TERMS, (top + 1) // 2)
    votes: dict[int, set[str]] = {}
    for year, n, source in shared:
        if n >= least:
            votes.setdefault(year, set()).add(source)
    ranked = sorted(votes, key=lambda y: -len(votes[y]))
    if not ranked or len(votes[ranked[0]]) < WITNESSES or (
            len(ranked) > 1 and len(votes[ranked[0]]) < 2 * len(votes[ranked[1]])):
        return None
    return ranked[0], sorted(votes[ranked[0]]), top


def _closest_year(implied: Mapping[int, Sequence[tuple[str, int]]]) -> int | None:
    """The year of writing the sentences of a page imply (year → (evidence, words shared with the closest telling)):
    the one year, or, when they disagree, the year told with at least twice the shared words of any other (a
    sentence of many words matched closely outweighs one matched by three common words); None otherwise."""
    best = {year: max(n for _w, n in told) for year, told in implied.items()}
    ranked = sorted(best, key=lambda y: -best[y])
    if len(ranked) == 1 or best[ranked[0]] >= 2 * best[ranked[1]]:
        return ranked[0]
    return None


def publication_year(article: Article, dated: Sequence[tuple[int, frozenset[str], str]], *,
                     common: Set[str] | None = None) -> tuple[int | None, str]:
    """The year a page without a publication date was written in, from what it tells as years ago.

    Each sentence telling something as *N years ago* or *last year* is compared with the dated candidates of the
    other pages (``dated``: year, content words, source): those sharing at least :data:`SHARED_TERMS` content
    words tell the same happening; the year given by most of those pages (at least :data:`WITNESSES`, and twice
    as many as any other year), plus N, is the year of writing. The lede (the first sentence of eight words or more,
    and any shorter line before it) telling its news as done *today* counts as told zero years ago: the page was
    written in the year the folder dates that happening; the words of the folder's set phrases (held by the quotes of
    a third of its dated pages: *issued the following statement*, :func:`_common_terms`) do not count for it.
    Sentences are cut at full stops, not after initials (*U.S.*, *D.C.*). When the sentences give different years,
    the one told with at least twice the shared words of any other wins (:func:`_closest_year`), else none is given.

    Parameters
    ----------
    article : Article
    dated : sequence of (int, frozenset of str, str)
    common : set of str, optional
        The folder's set phrases' words (:func:`_common_terms` of ``dated``, read once per folder:
        :attr:`FolderEvidence.common`); computed from ``dated`` when needed if not given.

    Returns
    -------
    year : int or None
    note : str
        The evidence, or why no year was given ("" when the page tells nothing as years ago).
    """
    implied: dict[int, list[tuple[str, int]]] = {}
    lede, text = True, article.reading
    for bs, be in article.body:
        for sent in _SENTENCE.finditer(text, bs, be):
            told = [(m.group(0), years_back(m.group(0))) for m in _YEARS_BACK.finditer(sent.group(0))
                    if not _HEDGED.search(sent.group(0)[: m.start()])]
            if lede and not told and (day := _WRITING_DAY.search(sent.group(0))) is not None:
                told = [(day.group(0), 0)]  # the lede's news ('today'), dated by the pages that tell it too
            lede = lede and len(sent.group(0).split()) < _LEDE_AFTER
            for phrase, n in told:
                if n == 0 and common is None:
                    common = _common_terms(dated)
                words = _terms(sent.group(0)) - (common if n == 0 else set())  # not a release's set phrases
                voted = _folder_year(words, dated) if n is not None else None
                if voted is not None:
                    implied.setdefault(voted[0] + n, []).append(
                        (f"{phrase!r} tells what {', '.join(voted[1][:3])} date in {voted[0]}", voted[2]))
    if not implied:
        return None, ""
    year = _closest_year(implied)
    if year is None:
        return None, f"no publication year: the folder's dates give {', '.join(map(str, sorted(implied)))}"
    why = [w for w, _n in implied[year]]
    if article.dating is not None and article.dating.written_after and article.dating.written_after.year > year:
        return None, f"no publication year: {year} is before the page's own {article.dating.written_after}"
    return year, f"publication year {year} estimated from the folder: {'; '.join(why[:2])}"


#: how far into its year a page is taken to be written, at least, and how far from its end (:func:`year_bound_mentions`)
_WEEK = dt.timedelta(days=7)


def year_bound_mentions(text: str, tagger, year: int, *, folder_years: Set[int] = frozenset(),
                        **kwargs) -> list[DateMention]:
    """A page's mentions when only the year it was written in is known (:func:`publication_year`).

    The text is read twice, as if published a week into ``year`` and a week before its end (a page is taken to be
    written neither in the first nor in the last week of its year). A mention resolved against the publication
    date keeps the year both readings give it ('today' → the year, 'last year' → the year before, 'on Tuesday' →
    the year), at year precision unless it is coarser already; one whose readings fall in different years ('last
    month', 'in March') stays unresolved, and is reported as such, unless it is a calendar day (*June 3*, *until
    May 9*: the readings differ in the year only) and only one of the two years is one the folder states days in
    (``folder_years``): the day in that year (anchor :data:`FOLDER_ANCHOR`). A day read from an earlier mention of
    the page (*June 3 and again June 17*) is treated so too when the readings differ. Other mentions are those
    of the first reading.

    Parameters
    ----------
    text : str
    tagger : callable
        :func:`timeline.dates.find_dates` or one with its signature (``relative_to`` and ``kwargs`` are passed).
    year : int
    folder_years : set of int, optional
        The years the folder states days in (:attr:`PageDating.folder_years`).
    **kwargs
        Passed to ``tagger`` (``skip``, ``dayfirst``, ``mode``).

    Returns
    -------
    list of DateMention
    """
    first = tagger(text, relative_to=dt.date(year, 1, 1) + _WEEK, **kwargs)
    last = {(m.start, m.end): m for m in tagger(text, relative_to=dt.date(year, 12, 31) - _WEEK, **kwargs)}
    out = []
    for m in first:
        n = _years_back_of(text, m) if m.anchor == "publication" and m.type == "DATE" else None
        if n is not None:  # 'a year ago this week', 'a decade ago today': that day or week, years back
            m = replace(m, value=f"{year - n:04d}", precision="year", mod=None, anchor="publication",
                        note=f"{n} year(s) before the year of writing")
        elif m.type == "DATE" and m.value[:4].isdigit() and m.anchor in ("publication", "mention"):
            other = last.get((m.start, m.end))
            if m.anchor == "mention" and other is not None and other.value == m.value:
                out.append(m)  # read from a full date the page prints: the same in both readings
                continue
            same = other is not None and other.value[:4] == m.value[:4]
            coarse = m.precision in ("year", "decade", "century")
            if same and m.anchor == "publication" and not coarse:
                m = replace(m, value=m.value[:4], precision="year", mod=None,
                            note="; ".join(n for n in (m.note, "year only: the page's day of writing is unknown") if n))
            elif not same:
                m = _folder_day(m, other, folder_years)
        out.append(m)
    return out


def _folder_day(m: DateMention, other: DateMention | None, folder_years: Set[int]) -> DateMention:
    """A mention the two readings of :func:`year_bound_mentions` place in different years: the calendar day in the
    one of the two years the folder states days in (anchor :data:`FOLDER_ANCHOR`), else unresolved."""
    if other is not None and len(m.value) == len(other.value) == 10 and m.value[4:] == other.value[4:]:
        fits = [v for v in (m.value, other.value) if int(v[:4]) in folder_years]
        if len(fits) == 1:
            return replace(m, value=fits[0], precision="day", mod=None, anchor=FOLDER_ANCHOR, underspecified=False,
                           note="; ".join(n for n in (m.note, f"year from the folder: it states days in {fits[0][:4]}, "
                                                      f"none in the other year the writing allows") if n))
    return replace(m, value="XXXX", precision="year", anchor="none", underspecified=True)


#: a page is taken to be written within this many days after the newest day it states (:func:`own_day_mentions`)
_WRITTEN_WITHIN = dt.timedelta(days=31)


def own_day_mentions(text: str, tagger, mentions: Sequence[DateMention], newest: dt.date,
                     **kwargs) -> list[DateMention]:
    """The mentions of an undated page that states a full day of its own (``newest``, :attr:`PageDating.written_after`)
    with what only its writing resolves (*was sent off on Wednesday*, *five days ago*, *over the weekend*) given the
    year of writing when the page read as of ``newest`` and as of a month later places it in one year (year
    precision), in a sentence that tells a past (:func:`_tells_a_past`): in the present, *today* is the writer's
    own time (*the boats in the harbour today*) and a weekday a schedule (*lines are open until noon on Tuesday*).

    Parameters
    ----------
    text : str
        The page's text.
    tagger : callable
        :func:`timeline.dates.find_dates` or one with its signature.
    mentions : sequence of DateMention
        The page read without a publication date.
    newest : datetime.date
        The newest full day the page states.
    **kwargs
        Passed to ``tagger``.

    Returns
    -------
    list of DateMention
    """
    if (dt.date.max - newest) < _WRITTEN_WITHIN:  # a page stating the calendar's last month: no month after it
        return list(mentions)
    early = {(m.start, m.end): m for m in tagger(text, relative_to=newest, **kwargs)}
    late = {(m.start, m.end): m for m in tagger(text, relative_to=newest + _WRITTEN_WITHIN, **kwargs)}
    out = []
    for m in mentions:
        a, b = early.get((m.start, m.end)), late.get((m.start, m.end))
        if (m.underspecified and _needs_writing(m) and _YEARLESS.fullmatch(m.value) is None and a is not None
                and b is not None and a.anchor == b.anchor == "publication" and a.value[:4] == b.value[:4]
                and a.value[:4].isdigit() and _tells_a_past(_sentence_at(text, m.start))):
            m = replace(m, value=a.value[:4], precision="year", mod=None, anchor=FOLDER_ANCHOR, underspecified=False,
                        note=f"year of writing: the page states {newest} and is taken to be written within a month")
        out.append(m)
    return out


#: a weekday alone as the tagger reads it (*Thursday*, *on Thursday*, *late Thursday night*): no *last*, *next*, no date
_BARE_WEEKDAY = re.compile(rf"(?:(?:on|early|late|earlier|later)\s+)?({WEEKDAY_RE})"
                           r"(?:\s+(?:morning|afternoon|evening|night))?", re.I)
#: a day-precise value with what follows it (a time of day: ``2011-05-02TNI``)
_DAY_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)(T.*)?")


def newest_day_weekdays(mentions: Sequence[DateMention]) -> list[DateMention]:
    """The mentions of a page read without a publication date, a bare weekday that names the weekday of the
    newest full date the page prints (*Thursday* on a page that prints *January 19, 2012*, a Thursday) set on that
    date.

    Without a publication date the tagger reads a weekday in the story's time: the first such weekday from the
    last day the text gave before it (anchor ``mention``), right in a history told in order, often a week late in
    news, whose weekdays look back from the day of writing. A page's newest printed full date is its news day or
    close before it, and a page names a weekday of its news week once: the weekday of that date is that date.
    Weekdays the page left unresolved (anchor ``none``: no day of the story's time before them) and days written
    with their date stay as they are; the weekday's time of day is kept.

    Parameters
    ----------
    mentions : sequence of DateMention
        The page's mentions (:func:`timeline.dates.find_dates` with no publication date).

    Returns
    -------
    list of DateMention
        The same mentions, those moved with the newest date in their note.
    """
    newest = _newest_printed_day(mentions)
    if newest is None:
        return list(mentions)
    out = []
    for m in mentions:
        bare = _BARE_WEEKDAY.fullmatch(m.text.strip())
        value = _DAY_VALUE.fullmatch(m.value)
        if (bare and value and m.anchor == "mention" and value.group(1) != newest.isoformat()
                and _WEEKDAYS[bare.group(1).lower()[:3]] == newest.weekday()):
            m = replace(m, value=newest.isoformat() + (value.group(2) or ""),
                        note="; ".join(n for n in (m.note, f"the weekday of the page's newest printed date {newest}")
                                       if n))
        out.append(m)
    return out


def _newest_printed_day(mentions: Sequence[DateMention]) -> dt.date | None:
    """The newest full day the page prints (an absolute mention of day or time precision), or None."""
    days = [m.value[:10] for m in mentions if m.anchor == "absolute" and m.precision in ("day", "time")
            and _DAY_VALUE.fullmatch(m.value)]
    return dt.date.fromisoformat(max(days)) if days else None


#: what joins a weekday to the date before it in a list ("report by Friday, March 8, or Monday"): read with it
_COORDINATED = re.compile(r"\s*,?\s*(?:(?:and|or|to|through|until|then)\s+|[-–]\s*)?(?:on\s+)?", re.I)
#: how many days past a page's newest printed full date a weekday read in the story's time may be before it is
#: read in that date's week instead (:func:`news_week_weekdays`)
NEWS_WEEK_DRIFT = 5


def news_week_weekdays(mentions: Sequence[DateMention], text: str) -> list[DateMention]:
    """The mentions of a page read without a publication date, a bare weekday read in the story's time more than
    :data:`NEWS_WEEK_DRIFT` days after the page's newest printed full date set in the week of that date.

    Without a publication date the tagger reads a weekday as the first such weekday after the last day the text gave
    before it, and the next bare weekday after that one: a news page's "said Tuesday", "on Wednesday", "late Friday"
    run on a week at a time past every date the page prints. A news page tells its news week, and its newest
    printed date (a dateline, a caption) is in it, the day of writing or a day before: a weekday told in the past or
    present is the last such weekday up to the day after that date, one told ahead (:func:`timeline.dates.tense_at`)
    the first from that date on. Weekdays within the drift (the forward reading is then as likely), those read from
    a date after it by more than a season (a history's later chapter) and days written with their date stay as
    they are, and so does a weekday listed right after another date ("report by Friday, March 8, or Monday"); the
    time of day is kept.

    Parameters
    ----------
    mentions : sequence of DateMention
        The page's mentions (:func:`timeline.dates.find_dates` with no publication date), in text order.
    text : str
        The text they were read from.

    Returns
    -------
    list of DateMention
        The same mentions, those moved with the newest date in their note.
    """
    newest = _newest_printed_day(mentions)
    if newest is None:
        return list(mentions)
    return [m if i and _COORDINATED.fullmatch(text, mentions[i - 1].end, m.start) else _in_news_week(m, newest, text)
            for i, m in enumerate(mentions)]


def _in_news_week(m: DateMention, newest: dt.date, text: str) -> DateMention:
    """``m`` moved into the week of ``newest`` when it is a bare weekday carried too far past it
    (:func:`news_week_weekdays`)."""
    bare = _BARE_WEEKDAY.fullmatch(m.text.strip())
    value = _DAY_VALUE.fullmatch(m.value)
    if not (bare and value and m.anchor == "mention"):
        return m
    read = dt.date.fromisoformat(value.group(1))
    if not dt.timedelta(days=NEWS_WEEK_DRIFT) < read - newest <= dt.timedelta(days=120):
        return m
    wd = _WEEKDAYS[bare.group(1).lower()[:3]]
    if tense_at(text, m.start, m.end) == "future":
        day = newest + dt.timedelta(days=(wd - newest.weekday()) % 7)
    else:
        after = newest + dt.timedelta(days=1)
        day = after - dt.timedelta(days=(after.weekday() - wd) % 7)
    return replace(m, value=day.isoformat() + (value.group(2) or ""),
                   note="; ".join(n for n in (m.note, f"a weekday of the week of the page's newest printed date "
                                                         f"{newest}") if n))


#: the most days apart the days of one page's week may be (:func:`week_days`): a news page tells its week
WEEK_DAYS = 6


def _weekday_of(m: DateMention) -> int | None:
    """The weekday a bare weekday mention names (*Tuesday*, *early Friday morning*), None for any other mention."""
    bare = _BARE_WEEKDAY.fullmatch(m.text.strip()) if m.type in ("DATE", "TIME") else None
    return _WEEKDAYS[bare.group(1).lower()[:3]] if bare else None


def reported_day(sentence: str, date_text: str, weekday: int, evidence: FolderEvidence) -> dt.date | None:
    """The day a dated page of the folder reports what ``sentence`` tells on a weekday (``date_text``).

    The sentence's doer and main action (:func:`timeline.identity.features`) must meet those of a day-precise
    record of a page with a publication date (:func:`timeline.identity.same_doing`), the two must link as the merge
    links a mention dated only by its page (:func:`timeline.identity.link_score` with ``undated=True``, at least
    :data:`timeline.identity.DEFAULT_THRESHOLD`), and that record's day must fall on ``weekday``.

    Returns
    -------
    datetime.date or None
        The one day the records so found give; None when none is found or they give several days.
    """
    mine = features({"quote": sentence, "date_text": date_text})
    if not (mine.actors and mine.actions):
        return None
    found = set()
    for day, theirs, rec in evidence.weekday_reports(weekday):
        if not same_doing(mine, theirs):
            continue
        score = link_score(mine, theirs, evidence.idf_on_demand, quotes=(sentence, str(rec["quote"])), undated=True)
        if score is not None and score >= DEFAULT_THRESHOLD:
            found.add(day)
    return found.pop() if len(found) == 1 else None


def _nearest_weekday(day: dt.date, weekday: int) -> dt.date | None:
    """The day of ``weekday`` nearest ``day`` (at most three days from it); None when the calendar ends before it
    (a week at 31 December 9999 has no Sunday after it)."""
    last = dt.date.max.toordinal()
    return next((dt.date.fromordinal(n) for k in (0, -1, 1, -2, 2, -3, 3)
                 if 1 <= (n := day.toordinal() + k) <= last and dt.date.fromordinal(n).weekday() == weekday), None)


def week_days(text: str, mentions: Sequence[DateMention], evidence: FolderEvidence) -> tuple[DayYear, ...]:
    """The bare weekdays of a page without a publication date, set on the days of the week the folder reports.

    A news page tells the days of one week by their weekdays (*the House voted Tuesday*, *the Senate followed
    Thursday*), and the folder's dated pages often report one of those acts with its day. A bare weekday whose
    sentence a dated page reports on a day of that weekday (:func:`reported_day`) is that day (basis
    ``"reported"``); the page's other bare weekdays are the days of their weekday nearest the newest such day, at
    most three days from it (basis ``"week"``). Nothing when no weekday is so reported or the reported days lie
    more than :data:`WEEK_DAYS` apart (the page tells more than one week).

    Parameters
    ----------
    text : str
        The page's text as read (``Article.reading``).
    mentions : sequence of DateMention
        Its mentions read without a publication date (:func:`page_mentions`).
    evidence : FolderEvidence

    Returns
    -------
    tuple of DayYear
    """
    bare = [(m, w) for m in mentions if (w := _weekday_of(m)) is not None]
    if not bare or not evidence.records:
        return ()
    reported = {}
    for m, w in bare:
        day = reported_day(_sentence_at(text, m.start), m.text, w, evidence)
        if day is not None:
            reported[(m.start, m.end)] = day
    if not reported or (max(reported.values()) - min(reported.values())).days > WEEK_DAYS:
        return ()
    newest = max(reported.values())
    out = []
    for m, w in bare:
        day = reported.get((m.start, m.end))
        if day is not None:
            note = f"day from the folder: a dated page reports the same act on {day}"
            basis = "reported"
        else:
            day = _nearest_weekday(newest, w)
            if day is None:  # past the calendar's end: the weekday stays open
                continue
            note = (f"day from the folder: the {m.text.strip()} nearest {newest}, a day of the page's week that a "
                    "dated page reports")
            basis = "week"
        out.append(DayYear(m.start, m.end, m.text, day.month, day.day, day.year, basis, note))
    return tuple(out)


def week_day_mentions(mentions: Sequence[DateMention], dating: PageDating | None) -> list[DateMention]:
    """The mentions of a page, its bare weekdays set on the days :func:`week_days` gave (anchor ``folder``, the
    time of day kept, the evidence in the note)."""
    if dating is None or not dating.weekdays:
        return list(mentions)
    given = {(d.start, d.end): d for d in dating.weekdays}
    out = []
    for m in mentions:
        d = given.get((m.start, m.end))
        if d is not None and _weekday_of(m) is not None:
            time = re.search(r"T[^-]*$", m.value)
            m = replace(m, value=d.value + (time.group(0) if time else ""), anchor=FOLDER_ANCHOR, underspecified=False,
                        note="; ".join(n for n in (m.note, d.note) if n))
        out.append(m)
    return out


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` holding offset ``at`` (cut at full stops, not after initials)."""
    start = max(text.rfind("\n", 0, at) + 1, 0)
    for sent in _SENTENCE.finditer(text, start):
        if sent.end() > at:
            return sent.group(0)
    return ""


#: past tenses that attribute words (*…,” added the chairman*), no past of what the sentence tells
_ATTRIBUTIONS = frozenset({"said", "added", "noted", "explained", "stated", "wrote", "continued", "told", "asked"})


def _tells_a_past(sentence: str) -> bool:
    """Whether a sentence holds a simple past (*was sent off*, *claimed*, *were told*): a word that is the past tense
    of a verb, not one attributing words (:data:`_ATTRIBUTIONS`) nor one after an article (*a fixed number*)."""
    words = re.findall(r"[A-Za-z]+", sentence)
    for k, w in enumerate(words):
        low = w.lower()
        if low in _ATTRIBUTIONS or k and words[k - 1].lower() in ("a", "an", "the"):
            continue
        for upos in ("VERB", "AUX"):
            for lemma in all_lemmas(low).get(upos, ()):
                if low in verb_forms(lemma.lower()).get("VBD", ()):
                    return True
    return False


def _years_back_of(text: str, m: DateMention) -> int | None:
    """Years back of a day or week told as some years ago ('a decade ago this week', or 'this week' right after
    'a year ago'); None for any other mention."""
    head = _YEARS_BACK.match(m.text)
    if head and m.text[head.end():].strip(" ,").lower() in _THIS_PERIOD:
        return years_back(head.group(0))
    back = _YEARS_BACK_BEFORE.search(text, max(0, m.start - 40), m.start)
    return years_back(back.group(1)) if back and m.text.lower() in _THIS_PERIOD else None


def year_records(records: list[dict], dating: PageDating | None, *, anchors: Iterable[str]) -> list[dict]:
    """Records of a page whose year of writing is estimated: those dated by its writing (``anchors``) keep only
    the year, with the estimate in their note and a lower confidence."""
    if dating is None or dating.year is None:
        return records
    anchors = set(anchors)
    for r in records:
        value = str(r.get("date", ""))
        if r.get("anchor") not in anchors:
            continue
        if len(value) > 4 and value.startswith(f"{dating.year:04d}"):
            r["event_id"] = f"{dating.year:04d}{str(r.get('event_id', ''))[len(value):]}"
            r["date"] = f"{dating.year:04d}"
            r["mention_value"] = r["date"]
        # the page was read as of the year's last day (timeline.extract.extract_article): that day is no date of it
        note = str(r.get("note", "")).replace(f"{dating.year:04d}-12-31", f"{dating.year:04d} (year of writing)")
        r["note"] = "; ".join(n for n in (note, dating.year_note) if n)
        r["confidence"] = round(0.8 * float(r.get("confidence", 0.5)), 3)
    return records
