"""The data of the page for big timelines: every event once, as compact columns.

Up to :data:`BIG_EVENTS` events the HTML page (:func:`timeline.export.write_html`)
draws a Plotly figure built in Python and lists every event's sources up front.
Above that, building and drawing one mark, one label and one card per event
does not scale (at 10,000 events such a page was 22 MB and took 12 s to first
plot; at 100,000 it never drew). The big page instead carries the events once,
as the columns :func:`page_columns` returns (day numbers, lane indexes, titles,
quotes and their citations in flat arrays), and its script draws from them:
the number of events per lane and time bin while the visible range holds many
events, individual marks once zoomed in, and a sources list of the events in
the visible range only, a page at a time.

This module does not import Plotly: the columns are plain lists, built with
vectorised pandas / NumPy steps and one pass per event.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

import numpy as np
import pandas as pd

from .events import EventSchema as E
from .periods import PeriodError, period_label

__all__ = ["BIG_EVENTS", "MARKS_MAX", "PUBLISHED_HOW", "date_label", "page_columns", "safe_url"]

#: Above this many events the page is drawn from columns by its own script (see the module docstring).
BIG_EVENTS = 1000
#: The big page draws individual marks when the visible range holds at most this many events.
MARKS_MAX = 500

#: How an article's publication date is known, as the page says it.
PUBLISHED_HOW = {
    "printed": "date printed in the article",
    "inferred": "date inferred from the article's content",
    "given": "date supplied in the article metadata",
    "url": "date in the article's web address",
}


def safe_url(url: object) -> str:
    """The URL if it is an absolute ``http``/``https`` address without spaces or controls, else "".

    Only such addresses become links (a ``javascript:`` or ``data:`` URL from
    the data must never be clickable).

    Parameters
    ----------
    url : object

    Returns
    -------
    str
    """
    text = "" if url is None else str(url).strip()
    if not re.fullmatch(r"https?://[^\s\x00-\x1f\x7f]+", text, flags=re.IGNORECASE):
        return ""
    return text


def date_label(date: str, end_date: str = "") -> str:
    """The readable date of an event ("22 June 1994", "March 2001 – 2003").

    Parameters
    ----------
    date : str
        The event's date value.
    end_date : str, optional
        Its end date value, if any.

    Returns
    -------
    str
        A value that is not a valid period is shown as written.
    """

    def one(value: str) -> str:
        try:
            return period_label(value)
        except (PeriodError, TypeError, ValueError):
            return value

    return one(date) + (" – " + one(end_date) if end_date else "")


def _days(values: pd.Series) -> np.ndarray:
    """Whole days since 1970-01-01 of a datetime column (of any unit: a cast to ns would wrap days before 1677)."""
    return values.to_numpy().astype("datetime64[D]").astype(np.int64)


def _article_rows(used: Sequence[str], articles: Mapping[str, Any]) -> list[list[str]]:
    rows = []
    for src in used:
        art = articles.get(src)
        if art is None:
            rows.append([src, "", "", "", "", ""])
            continue
        published = art.published.isoformat() if art.published is not None else ""
        how = PUBLISHED_HOW.get(art.published_source or "", "publication date") if published else ""
        rows.append([src, art.title or "", art.outlet or "", published, how, safe_url(getattr(art, "url", ""))])
    return rows


def page_columns(
    events: pd.DataFrame,
    articles: Mapping[str, Any] | None = None,
    *,
    lane_order: Sequence[str] | None = None,
) -> dict[str, Any]:
    """The events as the big page's columns, in date order.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame (one row per quote; ``start`` and ``end`` derived).
        An event's date, title and lane are those of its first row.
    articles : mapping of str to Article, optional
        The source articles by id (titles, outlets, publication dates, URLs).
    lane_order : sequence of str, optional
        Lanes first in this order, then by first appearance in date order.

    Returns
    -------
    dict
        ``ids``, ``d0``, ``d1`` (first day and the day after the event, as
        days since 1970-01-01), ``lane`` (index into ``lanes``), ``title``,
        ``when`` (index into ``whens``: ``[label, value]`` pairs), ``nq``
        (quotes per event); per quote, events in order: ``quote``, ``written``
        (the date as written), ``src`` (index into ``articles``: ``[id,
        title, outlet, published, how, url]``), ``qs`` and ``qe`` (character
        offsets in the article). Events are sorted by the middle of their
        period, then id; quotes keep their order within an event.
    """
    articles = articles or {}
    if len(events) == 0:
        return {"ids": [], "d0": [], "d1": [], "lane": [], "title": [], "when": [], "nq": [], "quote": [],
                "written": [], "src": [], "qs": [], "qe": [], "lanes": [], "whens": [], "articles": []}
    codes, uniques = pd.factorize(events[E.event_id].astype(str), sort=False)
    first = events.drop_duplicates(E.event_id)  # one row per event, in the order of ``uniques``
    d0, d1 = _days(first[E.start]), _days(first[E.end])
    ids = np.asarray(uniques, dtype=object)
    order = np.lexsort((ids, d0 + d1))  # by the middle of the period, then id
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    rows = np.argsort(rank[codes], kind="stable")  # quote rows grouped by event, events in date order

    lanes_first = first[E.lane].astype(str).to_numpy()[order]
    lanes = list(dict.fromkeys(list(lane_order or []) + list(dict.fromkeys(lanes_first))))
    lane_index = {name: i for i, name in enumerate(lanes)}
    end_dates = first[E.end_date].fillna("").astype(str).to_numpy()[order]
    dates = first[E.date].astype(str).to_numpy()[order]
    whens: dict[tuple[str, str], int] = {}
    when = [whens.setdefault((d, e), len(whens)) for d, e in zip(dates, end_dates)]

    sources = events[E.source].astype(str).to_numpy()[rows]
    used = sorted(set(sources))
    src_index = {s: i for i, s in enumerate(used)}
    written = events[E.date_text].fillna("").astype(str).to_numpy()[rows] if E.date_text in events else None
    return {
        "ids": ids[order].tolist(),
        "d0": d0[order].tolist(),
        "d1": d1[order].tolist(),
        "lane": [lane_index[name] for name in lanes_first],
        "title": first[E.title].astype(str).to_numpy()[order].tolist(),
        "when": when,
        "nq": np.bincount(rank[codes], minlength=len(order)).tolist(),
        "quote": events[E.quote].astype(str).to_numpy()[rows].tolist(),
        "written": written.tolist() if written is not None else [""] * len(rows),
        "src": [src_index[s] for s in sources],
        "qs": events[E.quote_start].to_numpy()[rows].astype(np.int64).tolist(),
        "qe": events[E.quote_end].to_numpy()[rows].astype(np.int64).tolist(),
        "lanes": lanes,
        "whens": [[date_label(d, e), d + ("/" + e if e else "")] for d, e in whens],
        "articles": _article_rows(used, articles),
    }
