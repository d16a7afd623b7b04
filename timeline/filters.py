"""Filters on the events frame, for notebooks: frame → filter → figure.

Each helper takes an events frame (one row per quote, see
:class:`timeline.events.EventSchema`) and returns a new frame with the same
columns, the same ``attrs`` and the same row order; the input is never
modified. They compose::

    from timeline import filters as F
    from timeline.plot import timeline

    recent = F.between(events, "2021-11", "2022-02")
    talks = F.search(recent, "talks")
    timeline(talks, articles=articles)

**Whole events or single rows.** An event quoted by several articles is
several rows. Filters on event-level properties (:func:`between` on the
dates, :func:`in_lanes`, :func:`search`) keep or drop *whole events*: when one
quote of an event matches, every quote of that event is kept, so the hover
of the figure still lists all the evidence. :func:`from_sources` is the
exception: it keeps only the rows quoted from the given articles, because
its purpose is to show what those articles say (an event quoted by two
articles keeps only the quote of the selected one).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Sequence

import pandas as pd

from .events import EventSchema as E
from .periods import parse_period

__all__ = ["between", "in_lanes", "from_sources", "search", "select", "SEARCH_COLUMNS"]

#: Columns :func:`search` looks in by default.
SEARCH_COLUMNS: tuple[str, ...] = (E.title, E.quote, E.note, E.actors, E.tags)

DateLike = str | dt.date | dt.datetime | pd.Timestamp | None


def _bound(value: DateLike, *, upper: bool) -> pd.Timestamp | None:
    """A period value (``"2021-12"``) or a date as a timestamp bound.

    A period value used as the upper bound means the end of that period
    (``"2022-02"`` includes all of February).
    """
    if value is None:
        return None
    if isinstance(value, str):
        try:
            p = parse_period(value)
        except ValueError:
            return pd.Timestamp(value)
        return pd.Timestamp(p.end if upper else p.start)
    return pd.Timestamp(value)


def _keep_events(events: pd.DataFrame, row_mask: pd.Series) -> pd.DataFrame:
    ids = set(events.loc[row_mask.to_numpy(), E.event_id])
    out = events[events[E.event_id].isin(ids)].copy()
    out.attrs = dict(events.attrs)
    return out


def between(
    events: pd.DataFrame,
    start: DateLike = None,
    end: DateLike = None,
    *,
    how: str = "overlaps",
) -> pd.DataFrame:
    """Events whose period lies in a time window.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    start, end : str, date or Timestamp, optional
        Window bounds. A string may be a period value (``"1994"``,
        ``"2021-12"``, ``"2022-W02"``): ``start`` then means the first day of
        that period and ``end`` the day after its last day, so
        ``between(events, "2021-12", "2022-02")`` spans December 2021 to
        February 2022 inclusive. Other values are exclusive upper bounds.
        ``None`` leaves the side open.
    how : {"overlaps", "within"}
        ``"overlaps"`` (default) keeps an event whose period shares at least
        one day with the window (a year-precision 2022 event is kept for a
        January 2022 window); ``"within"`` keeps only events wholly inside.

    Returns
    -------
    pandas.DataFrame
        Whole events (all their quote rows) in the window.

    Examples
    --------
    >>> between(events, "2021-12", "2022-01")  # doctest: +SKIP
    """
    lo = _bound(start, upper=False)
    hi = _bound(end, upper=True)
    s, e = events[E.start], events[E.end]
    mask = pd.Series(True, index=events.index)
    if how == "overlaps":
        if lo is not None:
            mask &= e > lo
        if hi is not None:
            mask &= s < hi
    elif how == "within":
        if lo is not None:
            mask &= s >= lo
        if hi is not None:
            mask &= e <= hi
    else:
        raise ValueError(f"how must be 'overlaps' or 'within', not {how!r}")
    return _keep_events(events, mask)


def _as_list(values: str | Iterable[str]) -> list[str]:
    return [values] if isinstance(values, str) else list(values)


def in_lanes(events: pd.DataFrame, lanes: str | Iterable[str], *, lane: str = E.lane) -> pd.DataFrame:
    """Events in the given lanes.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    lanes : str or iterable of str
        Lane name(s) to keep. Unknown names raise, to catch typos.
    lane : str
        Column holding the lane.

    Returns
    -------
    pandas.DataFrame
        Whole events in those lanes.

    Raises
    ------
    KeyError
        When a lane name does not occur in the frame (and the frame is not empty).
    """
    wanted = _as_list(lanes)
    known = set(events[lane])
    unknown = [x for x in wanted if x not in known]
    if unknown and len(events):
        raise KeyError(f"unknown lane(s) {unknown!r}; lanes are {sorted(known)!r}")
    return _keep_events(events, events[lane].isin(wanted))


def from_sources(events: pd.DataFrame, sources: str | Iterable[str]) -> pd.DataFrame:
    """Only the quotes taken from the given articles.

    Unlike the other filters this keeps single rows, not whole events: an
    event quoted by articles A and B filtered on A keeps only A's quote(s).

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    sources : str or iterable of str
        Article id(s) (the ``source`` column).

    Returns
    -------
    pandas.DataFrame
        The rows whose ``source`` is one of ``sources``.
    """
    wanted = _as_list(sources)
    out = events[events[E.source].isin(wanted)].copy()
    out.attrs = dict(events.attrs)
    return out


def search(
    events: pd.DataFrame,
    text: str,
    *,
    columns: Sequence[str] = SEARCH_COLUMNS,
    case: bool = False,
    regex: bool = False,
) -> pd.DataFrame:
    """Events mentioning a text in any of the given columns.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    text : str
        Text to look for (a plain substring unless ``regex=True``).
    columns : sequence of str
        Columns to search; default title, quote, note, actors and tags.
    case : bool
        Case-sensitive when True (default: case-insensitive).
    regex : bool
        Treat ``text`` as a regular expression.

    Returns
    -------
    pandas.DataFrame
        Whole events (all their quote rows) where at least one row matches.
    """
    flags = 0 if case else re.IGNORECASE
    pattern = re.compile(text if regex else re.escape(text), flags)
    mask = pd.Series(False, index=events.index)
    for column in columns:
        mask |= events[column].astype(str).map(lambda v: bool(pattern.search(v)))
    return _keep_events(events, mask)


def select(
    events: pd.DataFrame,
    *,
    text: str | None = None,
    lanes: str | Iterable[str] | None = None,
    sources: str | Iterable[str] | None = None,
    start: DateLike = None,
    end: DateLike = None,
    how: str = "overlaps",
) -> pd.DataFrame:
    """All the filters at once, as the page's search box and lane/source filters combine them.

    Each given criterion narrows the frame (they combine with *and*); a
    criterion left ``None`` (or an empty text or list) keeps everything.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    text : str, optional
        Searched with :func:`search` (case-insensitive substring).
    lanes : str or iterable of str, optional
        Lanes to keep (:func:`in_lanes`).
    sources : str or iterable of str, optional
        Article ids whose quotes to keep (:func:`from_sources`).
    start, end : date-like, optional
        Time window (:func:`between`).
    how : {"overlaps", "within"}
        How the window applies (see :func:`between`).

    Returns
    -------
    pandas.DataFrame
        The matching rows, in the input's order, with its ``attrs``.
    """
    out = events
    if lanes is not None and _as_list(lanes):
        out = in_lanes(out, lanes)  # first: an unknown lane name is a typo, whatever the other criteria
    if start is not None or end is not None:
        out = between(out, start, end, how=how)
    if sources is not None and _as_list(sources):
        out = from_sources(out, sources)
    if text:
        out = search(out, text)
    if out is events:
        out = events.copy()
        out.attrs = dict(events.attrs)
    return out
