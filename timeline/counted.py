"""Dates counted from an event the sentence names: *Five days after the harbour fire, the mayor resigned.*

News dates a follow-up by its distance from the story's main event, which it names instead of dating, trusting the
reader to know when that was: *One week after the two explosions at the plant, the owner was charged*, *A year after
the flood, the town held a memorial*. The sentence itself writes no date (the tagger reads a duration, or counts from
whatever date it told last), so the event it opens with would be lost. The named event is dated by the folder: the
other candidates that quote its words (*fire*, *harbour*) on one day. The sentence's event lies the distance away.

Only a distance that opens its sentence and is closed by a comma counts (*Two weeks after the vote, …*): one inside
the clause often counts from an event that is itself the sentence's news (*the plant closed two days after the
fire*), already dated by the sentence, and a heading (*Six Months After the Storm*) tells no event.

The two halves run apart: each page's reading finds its openings and makes their candidates without a date
(:class:`CountedCandidate`, :func:`timeline.extract.read_page`), and once every page is read the folder dates them
(:class:`FolderCounting`). :func:`timeline.extract.extract` and the streaming engine
(:func:`timeline.engine.run_extraction`), which keeps no text after its page's reading, both take this one path.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from .dates.normalise import word_number
from .periods import PeriodError, parse_period, precision_of

#: a distance opening a sentence, counted from a named event, closed by a comma (*Five days after the fire, …*)
COUNTED_OPENING = re.compile(
    r"(?:[A-Z][\w.]*(?:[ ,]+[A-Z][\w.]*){0,3}\s*(?:--|[–—])\s*)?"  # a dateline: 'SPRINGFIELD, Ill. -- '
    r"(?:(?:Just|Only|Some|About|Nearly|Almost|Barely)\s+)?"
    r"(?P<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2})\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<way>after|before)\s+(?P<what>[^,;:!?]{3,160}?),\s+(?=[a-zA-Z])")

#: the words of a named event that say nothing of which one it is
_FILLER = frozenset({"the", "a", "an", "that", "which", "who", "this", "these", "those", "its", "their", "his", "her",
                     "of", "in", "at", "on", "near", "by", "to", "for", "from", "with", "and", "or", "was", "were",
                     "is", "are", "had", "has", "have", "been", "be", "it", "they", "first", "initial", "deadly",
                     "massive", "devastating", "tragic", "terrible", "two", "three", "four", "one", "shortly", "after",
                     "before", "last", "same", "all"})

#: the least number of other candidates that must date the named event on one day for the count to be made
MIN_WITNESSES = 2

#: the least share of the best-witnessed day's candidates the named event's day needs: a named event is told again
#: on the days after it more often than on its own (the follow-ups name it), so its day is the earliest well
#: witnessed one; a day only a few candidates give, far below the best, is another event sharing its words (an
#: earlier attack recalled beside it)
MIN_SHARE = 0.25

#: day-dated candidates :class:`FolderCounting` keeps as witnesses of the named events (a bigger archive keeps the
#: first ones, as :func:`timeline.engine.run_extraction` keeps the first ones as evidence for its undated pages)
MAX_WITNESSES = 200_000


@dataclass(frozen=True)
class Counted:
    """A sentence opened by a distance from a named event: the sentence, the amount and unit, ``after`` or
    ``before``, the words naming the event and where the clause after the opening starts."""

    start: int
    end: int
    amount: int
    unit: str
    way: str
    what: str
    clause_start: int


def counted_openings(text: str, sentences: Iterable[tuple[int, int]]) -> list[Counted]:
    """The sentences opened by a distance from a named event (:data:`COUNTED_OPENING`).

    Parameters
    ----------
    text : str
    sentences : iterable of (int, int)
        Sentence offsets.

    Returns
    -------
    list of Counted
    """
    out = []
    for s, e in sentences:
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        m = COUNTED_OPENING.match(text, s + lead, e)
        if m is None:
            continue
        amount = 1 if m["n"].lower() in ("a", "an") else int(m["n"]) if m["n"].isdigit() else word_number(m["n"])
        if amount is None:
            continue
        out.append(Counted(s, e, amount, m["unit"], m["way"], m["what"], m.end()))
    return out


def event_words(what: str) -> list[str]:
    """The words that tell which event a phrase names (*the Tarrow attack* → ``["tarrow", "attack"]``), in
    order, in lower case, without a plural *s*."""
    out = []
    for w in re.findall(r"[A-Za-z][\w'’-]+", what):
        w = w.lower().removesuffix("'s").removesuffix("’s")
        w = w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w
        if w not in _FILLER and w not in out:
            out.append(w)
    return out


def _key_words(what: str) -> tuple[str, set[str]] | None:
    """The noun of a phrase naming an event, its first common word (*the Tarrow attack* → ``attack``, *the two
    explosions* → ``explosion``), and the names before it that tell which one (``{"tarrow"}``); None without a
    common word."""
    names: set[str] = set()
    for w in re.findall(r"[A-Za-z][\w'’-]+", what):
        words = event_words(w)
        if w[0].islower() and words:
            return words[0], names
        names.update(words)
    return None


def named_event_day(what: str, records: Iterable[Mapping], *, latest: dt.date | None = None) -> dt.date | None:
    """The day the folder's candidates date the event a phrase names: the earliest day that at least
    :data:`MIN_WITNESSES` (and :data:`MIN_SHARE` of the best day's number) day-dated candidates quoting its noun and
    the names before it (:func:`_key_words`; without names, another of its words) give, not after ``latest``; None
    when the phrase has no such two words or too few candidates date it. The earliest, as a named event is told again
    on the days after it (*the day after the fire*, *the fire's victims*), seldom before.

    Parameters
    ----------
    what : str
        The phrase naming the event (*the harbour fire*).
    records : iterable of mapping
        Candidate records with ``date`` and ``quote``.
    latest : datetime.date, optional
        The last day the named event may lie on.

    Returns
    -------
    datetime.date or None
    """
    return _witnessed_day(what, _witnessed(records), latest)


def _witnessed(records: Iterable[Mapping]) -> list[tuple[dt.date, frozenset[str]]]:
    """The day and the event words (:func:`event_words`) of each day-dated record's quote."""
    out = []
    for r in records:
        value = str(r.get("date") or "")
        if precision_of(value) == "day":
            out.append((dt.date.fromisoformat(value), frozenset(event_words(str(r.get("quote") or "")))))
    return out


def _witnessed_day(what: str, witnessed: Iterable[tuple[dt.date, frozenset[str]]],
                   latest: dt.date | None) -> dt.date | None:
    """:func:`named_event_day` over the days and words of the witnesses (:func:`_witnessed`)."""
    keys, words = _key_words(what), set(event_words(what))
    if keys is None or len(words) < 2:
        return None  # 'the attack', 'the vote': which one, the folder cannot tell
    key, names = keys
    days: Counter = Counter()
    for day, quote in witnessed:
        if key in quote and (names <= quote if names else len(words & quote) >= 2):
            if latest is None or day <= latest:
                days[day] += 1
    if not days:
        return None
    best = max(days.values())
    witnessed_days = [d for d, n in days.items() if n >= max(MIN_WITNESSES, MIN_SHARE * best)]
    return min(witnessed_days) if witnessed_days else None


def counted_date(day: dt.date, found: Counted) -> str | None:
    """The date ``found``'s distance from ``day`` reaches: a day for days and weeks, the month for months and years
    (*six months after* is a rounded distance). None when the calendar has no such day."""
    sign = 1 if found.way == "after" else -1
    if found.unit in ("day", "week"):
        return (day + dt.timedelta(days=sign * found.amount * (7 if found.unit == "week" else 1))).isoformat()
    months = sign * found.amount * (12 if found.unit == "year" else 1)
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    value = f"{year:04d}-{month + 1:02d}"
    try:
        parse_period(value)
    except PeriodError:
        return None
    return value


@dataclass(frozen=True)
class CountedCandidate:
    """A candidate of a sentence opened by a distance from a named event, as its page's reading leaves it: the
    record without its date (its ``event_id`` the dash and title slug that follow the date; :meth:`FolderCounting.
    records` fills ``date``, ``mention_value``, the ``event_id``'s date and the named day at the end of ``note``),
    the opening, and the last day the named event may lie on (the page's publication day, None when unknown)."""

    record: dict
    found: Counted
    latest: dt.date | None = None


@dataclass
class FolderCounting:
    """The folder-level half of the rule: the day-dated candidates of the folder's pages, gathered as the pages are
    read, date the named events of the waiting :class:`CountedCandidate` once all are read.

    Only small data is kept: each witness's date and quote (up to :data:`MAX_WITNESSES`), and the waiting
    candidates. The result does not depend on the order the pages come in while the folder holds fewer witnesses.
    """

    witnesses: list[dict] = field(default_factory=list)
    waiting: list[CountedCandidate] = field(default_factory=list)

    def add(self, records: Iterable[Mapping], waiting: Iterable[CountedCandidate] = ()) -> None:
        """Take one page's candidate records (as witnesses) and its waiting counted candidates.

        Parameters
        ----------
        records : iterable of mapping
            Candidate records with ``date`` and ``quote``.
        waiting : iterable of CountedCandidate
        """
        self.waiting += waiting
        for r in records:
            if len(self.witnesses) >= MAX_WITNESSES:
                break
            value = str(r.get("date") or "")
            if precision_of(value) == "day":
                self.witnesses.append({"date": value, "quote": str(r.get("quote") or "")})

    def records(self) -> list[dict]:
        """The waiting candidates dated the distance from the day the witnesses give their named event
        (:func:`named_event_day`, :func:`counted_date`); those whose event the folder does not date are left out.

        Returns
        -------
        list of dict
            Candidate records, in the order the candidates were added.
        """
        out: list[dict] = []
        witnessed = _witnessed(self.witnesses) if self.waiting else []
        for c in self.waiting:
            day = _witnessed_day(c.found.what, witnessed, c.latest)
            date = counted_date(day, c.found) if day is not None else None
            if date is None:
                continue
            rec = dict(c.record)
            rec.update({"date": date, "mention_value": date, "event_id": f"{date.lower()}{rec.get('event_id', '')}",
                        "note": f"{rec.get('note', '')} ({day.isoformat()})"})
            out.append(rec)
        return out
