"""Stretches of time computed from the events: range presets, the close look, default titles.

Nothing here knows any corpus: every range comes from the events' dates.

* :func:`busiest_stretch` — the stretch of time where the events are densest
  (at least three of them and a tenth), found on the middle day of each
  event's period (so a year-precision event counts in the middle of its year,
  not on 1 January). It is widened to whole days, months or years depending on its
  length (up to a month: days; up to two years: months; else years) and on
  the whole time span (a fiftieth of it: months for a few decades of events,
  days for a few years).
* :func:`latest_stretch` — the stretch from the last quarter of the events to
  the end of the data, widened the same way.
* :func:`range_presets` — the buttons of the interactive timeline
  (:func:`timeline.plot.timeline`): "All", the busiest stretch and
  "Since …" the latest one, each labelled with its dates; a stretch that
  covers every event, or repeats another, is left out.
* :func:`default_title` — "<name>, <first date> – <last date>" for a page
  with no title given; :func:`corpus_name` makes the name from a folder.

Stretches are written as date values of :mod:`timeline.periods` (``2023``,
``2023-05``, ``2023-05-20``), so they can be given to
:func:`timeline.filters.between`.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from dataclasses import dataclass
from pathlib import Path
import numpy as np
import pandas as pd

from .events import EventSchema as E
from .periods import PeriodError, parse_period, precision_of

__all__ = [
    "Stretch",
    "busiest_stretch",
    "close_look",
    "corpus_name",
    "date_span_label",
    "default_title",
    "event_spans",
    "latest_stretch",
    "range_presets",
]

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_DAY_LIMIT = 31  # stretches up to this many days are given in days
_MONTH_LIMIT = 2 * 366  # ... up to this many in months, longer ones in years
_FINEST = 50  # a stretch is given no finer than a fiftieth of the whole time span allows
_UNITS = ("day", "month", "year")


def _label_unit(precision: str | None) -> str:
    """The label unit of a precision: day, month, or year (anything coarser)."""
    if precision in ("day", "week"):
        return "day"
    return "month" if precision in ("month", "season", "quarter", "half") else "year"


@dataclass(frozen=True)
class Stretch:
    """A stretch of time that holds events.

    Attributes
    ----------
    start, end : str
        First and last period of the stretch as date values (``2023-05``);
        the stretch runs from the start of ``start`` to the end of ``end``.
    events : int
        Events whose middle day falls in the stretch.
    label : str
        The dates in words ("Nov 2023 – Jan 2024").
    """

    start: str
    end: str
    events: int
    label: str


def event_spans(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event with a readable date: its first day, day after, and middle day.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame (``event_id``, ``date`` and optionally ``end_date``).

    Returns
    -------
    pandas.DataFrame
        Columns ``event_id``, ``start``, ``end`` (exclusive) and ``middle``
        (``datetime.date``), sorted by middle day. Events whose date cannot be
        read are left out.
    """
    rows = []
    if len(events):
        firsts = events.drop_duplicates(E.event_id)
        ends = firsts[E.end_date] if E.end_date in firsts.columns else pd.Series("", index=firsts.index)
        known: dict[tuple, tuple | None] = {}
        for eid, date, end_date in zip(firsts[E.event_id], firsts[E.date], ends):
            key = (date, end_date)
            if key not in known:
                known[key] = _span(str(date), end_date if isinstance(end_date, str) else "")
            if known[key] is not None:
                rows.append((eid, *known[key]))
    frame = pd.DataFrame(rows, columns=["event_id", "start", "end", "middle"])
    return frame.sort_values(["middle", "event_id"], kind="mergesort").reset_index(drop=True)


def _span(date: str, end_date: str) -> tuple[dt.date, dt.date, dt.date] | None:
    try:
        p = parse_period(date)
        stop = parse_period(end_date).end if end_date else p.end
    except PeriodError:
        return None
    return p.start, stop, p.start + (stop - p.start) / 2


def _unit(days: int) -> str:
    return "day" if days <= _DAY_LIMIT else "month" if days <= _MONTH_LIMIT else "year"


def _value(day: dt.date, unit: str) -> str:
    if unit == "day":
        return day.isoformat()
    return f"{day.year:04d}-{day.month:02d}" if unit == "month" else f"{day.year:04d}"


def _words(day: dt.date, unit: str, *, year: bool = True) -> str:
    tail = f" {day.year}" if year else ""
    if unit == "day":
        return f"{day.day} {_MONTHS[day.month - 1]}{tail}"
    if unit == "month":
        return f"{_MONTHS[day.month - 1]}{tail}"
    return str(day.year)


def date_span_label(first: dt.date, last: dt.date, unit: str | None = None) -> str:
    """Two days as a short readable span ("3 – 17 Jan 2023", "Nov 2023 – Jan 2024", "1990 – 2024").

    Parameters
    ----------
    first, last : datetime.date
        First and last day (inclusive).
    unit : {"day", "month", "year"}, optional
        Precision of the label; default from the length of the span.

    Returns
    -------
    str
    """
    unit = unit or _unit((last - first).days)
    if _value(first, unit) == _value(last, unit):
        return _words(first, unit)
    same_year = unit != "year" and first.year == last.year
    same_month = unit == "day" and same_year and first.month == last.month
    if same_month:
        return f"{first.day} – {_words(last, unit)}"
    return f"{_words(first, unit, year=not same_year)} – {_words(last, unit)}"


def _stretch(spans: pd.DataFrame, first: dt.date, last: dt.date) -> Stretch:
    whole = (max(spans["end"]) - min(spans["start"])).days
    unit = max(_unit((last - first).days), _unit(whole // _FINEST), key=_UNITS.index)
    start, end = _value(first, unit), _value(last, unit)
    lo, hi = parse_period(start).start, parse_period(end).end
    inside = int(((spans["middle"] >= lo) & (spans["middle"] < hi)).sum())
    return Stretch(start, end, inside, date_span_label(first, last, unit))


def _share(n: int, share: float, min_events: int) -> int | None:
    k = max(min_events, math.ceil(share * n))
    return k if k < n else None


def _counts(k: int, n: int) -> list[int]:
    """Event counts to try, from ``k`` to ``n - 1``: every count at first, then about 5% apart."""
    counts, j = [], float(k)
    while int(j) < n:
        counts.append(int(j))
        j = max(j + 1, j * 1.05)
    return counts


def busiest_stretch(events: pd.DataFrame, *, min_share: float = 0.1, min_events: int = 3) -> Stretch | None:
    """The stretch of time where the events are densest.

    For each number of events ``j`` (from ``min_events`` and ``min_share``
    of the events to all but one), the shortest stretch holding ``j`` events
    (by their middle days) has a density ``j / (days + s)``, where ``s`` is a
    fiftieth of the whole time span (so three events on one day do not beat
    a busy month in a history of decades). The densest wins; ties go to fewer
    events, then to the earlier stretch.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    min_share : float, default 0.1
        The stretch holds at least this share of the events ...
    min_events : int, default 3
        ... and at least this many.

    Returns
    -------
    Stretch or None
        None when there are too few events for a stretch smaller than all
        of them.
    """
    return _busiest(event_spans(events), min_share, min_events)


def _busiest(spans: pd.DataFrame, min_share: float = 0.1, min_events: int = 3) -> Stretch | None:
    n = len(spans)
    k = _share(n, min_share, min_events)
    if k is None:
        return None
    mids = np.array([d.toordinal() for d in spans["middle"]])
    smooth = max(1.0, (max(spans["end"]) - min(spans["start"])).days / _FINEST)
    best = (-1.0, 0, 0)
    for j in _counts(k, n):
        widths = mids[j - 1 :] - mids[: n - j + 1]
        i = int(np.argmin(widths))
        density = j / (widths[i] + smooth)
        if density > best[0]:
            best = (density, i, j)
    _d, i, j = best
    return _stretch(spans, spans["middle"].iloc[i], spans["middle"].iloc[i + j - 1])


def latest_stretch(events: pd.DataFrame, *, share: float = 0.25, min_events: int = 3) -> Stretch | None:
    """The stretch from the last ``share`` of the events to the end of the data.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    share : float, default 0.25
        Share of the events (by middle day) the stretch holds ...
    min_events : int, default 3
        ... and at least this many.

    Returns
    -------
    Stretch or None
        None when there are too few events.
    """
    return _latest(event_spans(events), share, min_events)


def _latest(spans: pd.DataFrame, share: float = 0.25, min_events: int = 3) -> Stretch | None:
    k = _share(len(spans), share, min_events)
    if k is None:
        return None
    last = max(spans["end"]) - dt.timedelta(days=1)
    return _stretch(spans, spans["middle"].iloc[len(spans) - k], last)


def close_look(events: pd.DataFrame, start: str | None = None, end: str | None = None) -> Stretch:
    """The stretch to look at closely: the one given, else the busiest, else all the events.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    start, end : str, optional
        Date values chosen by the user; each missing bound comes from
        :func:`busiest_stretch` (or from the first and last event).

    Returns
    -------
    Stretch
        Its ``label`` names the dates.
    """
    spans = event_spans(events)
    fallback = _busiest(spans)
    if fallback is None and len(spans):
        fallback = _stretch(spans, min(spans["start"]), max(spans["end"]) - dt.timedelta(days=1))
    lo = start or (fallback.start if fallback else None)
    hi = end or (fallback.end if fallback else None)
    if lo is None or hi is None:
        return Stretch(lo or "", hi or "", 0, "no dated events")
    first, last = parse_period(lo).start, parse_period(hi).end - dt.timedelta(days=1)
    unit = max(_label_unit(precision_of(lo)), _label_unit(precision_of(hi)), key=_UNITS.index)
    inside = int(((spans["middle"] >= first) & (spans["middle"] <= last)).sum()) if len(spans) else 0
    return Stretch(lo, hi, inside, date_span_label(first, last, unit))


def range_presets(events: pd.DataFrame) -> list[tuple[str, str | None, str | None]]:
    """Range preset buttons computed from the events: all, the busiest and the latest stretch.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.

    Returns
    -------
    list of (label, start, end)
        ``("All", None, None)`` first; then the busiest stretch
        (:func:`busiest_stretch`) and ``"Since …"`` the latest one
        (:func:`latest_stretch`, open end), each when it holds fewer events
        than all; the latest is left out when it lies inside the busiest.
    """
    presets: list[tuple[str, str | None, str | None]] = [("All", None, None)]
    spans = event_spans(events)
    busiest, latest = _busiest(spans), _latest(spans)
    if busiest is not None and busiest.events < len(spans):
        presets.append((busiest.label, busiest.start, busiest.end))
    else:
        busiest = None
    if latest is not None and latest.events < len(spans) and not (busiest and _inside(latest, busiest)):
        unit = precision_of(latest.start) or "year"
        presets.append((f"Since {_words(parse_period(latest.start).start, unit)}", latest.start, None))
    return presets


def _inside(a: Stretch, b: Stretch) -> bool:
    """Whether stretch ``a`` lies inside stretch ``b``."""
    return (parse_period(b.start).start <= parse_period(a.start).start
            and parse_period(a.end).end <= parse_period(b.end).end)


def corpus_name(folder: str | os.PathLike[str]) -> str:
    """A readable name for a corpus from its folder ("my_articles" -> "My articles").

    Parameters
    ----------
    folder : path-like

    Returns
    -------
    str
    """
    name = Path(folder).resolve().name.replace("_", " ").replace("-", " ").strip()
    return name[:1].upper() + name[1:] if name else "Articles"


def default_title(events: pd.DataFrame, name: str | None = None) -> str:
    """A title made from the data: "<name>, <first> – <last>".

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    name : str, optional
        The corpus name (e.g. :func:`corpus_name` of its folder); default
        the number of events.

    Returns
    -------
    str
        E.g. "Harbour, Mar 2019 – Jan 2023", "12 events, 1990 – 2024";
        without readable dates just the name.
    """
    count, first, stop = _date_bounds(events)
    head = name or f"{count} event{'s' * (count != 1)}"
    if not count:
        return head
    return f"{head}, {date_span_label(first, stop - dt.timedelta(days=1))}"


def _date_bounds(events: pd.DataFrame) -> tuple[int, dt.date | None, dt.date | None]:
    """How many events have a readable date, the first day and the day after the last (what :func:`event_spans`
    gives, with each distinct date read once and no per-event rows)."""
    if not len(events):
        return 0, None, None
    firsts = events.drop_duplicates(E.event_id)
    ends = firsts[E.end_date] if E.end_date in firsts.columns else pd.Series("", index=firsts.index)
    keys = pd.DataFrame({"date": firsts[E.date].astype(str), "end": ends.where(ends.map(type) == str, "")})
    sizes = keys.groupby(["date", "end"], sort=False).size()
    count, first, stop = 0, None, None
    for (date, end_date), size in sizes.items():
        span = _span(date, end_date)
        if span is not None:
            count += int(size)
            first = span[0] if first is None else min(first, span[0])
            stop = span[1] if stop is None else max(stop, span[1])
    return count, first, stop

