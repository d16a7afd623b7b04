"""Dates counted from an event the sentence names: *Five days after the harbour fire, the mayor resigned.*

News dates a follow-up by its distance from the story's main event, which it names instead of dating, trusting the
reader to know when that was: *One week after the two explosions at the plant, the owner was charged*, *A year after
the flood, the town held a memorial*. The sentence itself writes no date (the tagger reads a duration, or counts from
whatever date it told last), so the event it opens with would be lost. The named event is dated by the folder: the
other candidates that quote its words (*fire*, *harbour*) on one day. The sentence's event lies the distance away.

Only a distance that opens its sentence and is closed by a comma counts (*Two weeks after the vote, …*): one inside
the clause often counts from an event that is itself the sentence's news (*the plant closed two days after the
fire*), already dated by the sentence, and a heading (*Six Months After the Storm*) tells no event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
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
    :data:`MIN_WITNESSES` (and :data:`MIN_SHARE` of the best day's number) day-dated candidates quoting its noun and the names before it (:func:`_key_words`; without names, another of its words) give,
    not after ``latest``; None when the phrase has no such two words or too few candidates date it. The earliest,
    as a named event is told again on the days after it (*the day after the fire*, *the fire's victims*), seldom
    before.

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
    keys, words = _key_words(what), set(event_words(what))
    if keys is None or len(words) < 2:
        return None  # 'the attack', 'the vote': which one, the folder cannot tell
    key, names = keys
    days: Counter = Counter()
    for r in records:
        value = str(r.get("date") or "")
        if precision_of(value) != "day":
            continue
        quote = set(event_words(str(r.get("quote") or "")))
        if key in quote and (names <= quote if names else len(words & quote) >= 2):
            day = dt.date.fromisoformat(value)
            if latest is None or day <= latest:
                days[day] += 1
    if not days:
        return None
    best = max(days.values())
    witnessed = [d for d, n in days.items() if n >= max(MIN_WITNESSES, MIN_SHARE * best)]
    return min(witnessed) if witnessed else None


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
