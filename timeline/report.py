"""Tables for analysts: event summaries, source coverage, framings, publication lag.

Pure pandas (no plotting): the notebooks show these frames directly or hand
them to :mod:`timeline.plot`.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pandas as pd

from .articles import Article
from .articles import articles_by_id as _by_id
from .dates import DateMention
from .events import DATETIME_DTYPE, to_datetime64
from .events import EventSchema as E
from .periods import period_label

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*\s+")

__all__ = [
    "ANNOTATIONS_FILE",
    "annotations_for",
    "article_table",
    "coverage",
    "event_summary",
    "framings",
    "frequent_names",
    "highlight_mentions",
    "publication_lag",
    "quote_in_context",
    "quotes_in_context",
]


#: The hand annotation of a corpus's time expressions, looked for next to its articles.
ANNOTATIONS_FILE = "timex.csv"

_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w’'-]*)*")
_CALENDAR = {
    *"January February March April May June July August September October November December".split(),
    *"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split(),
    *"Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}
_COMMON = {
    "the", "and", "for", "that", "this", "with", "from", "which", "were", "have", "has", "had", "was", "will",
    "would", "been", "their", "there", "they", "into", "after", "before", "about", "over", "since", "when",
    "than", "then", "also", "said", "says", "its", "his", "her", "not", "but", "are", "one", "two", "who",
    "what", "last", "week", "year", "years", "month", "months", "day", "days", "first", "new", "more", "all",
}


def _names(text: str) -> set[str]:
    """Capitalised words and runs of them, except at a sentence start and calendar words."""
    found = set()
    for m in _NAME.finditer(text):
        before = text[: m.start()].rstrip()
        words = m.group(0).replace("’s", "").replace("'s", "").split()
        if not before or before[-1] in ".!?:\"“‘(":
            words = words[1:]  # a sentence starts here: its first word says nothing
        words = [w for w in words if w not in _CALENDAR]
        name = " ".join(words).strip()
        if len(name) > 1 and name.lower() not in _COMMON and not name.lower().startswith(("the ", "of ")):
            found.add(name)
    return found


def frequent_names(events: pd.DataFrame, n: int = 5) -> pd.Series:
    """The names (people, places, organisations) quoted in the most events.

    A name is a capitalised word or a run of them inside a sentence (the
    first word of a sentence, month and weekday names do not count), in an
    event's quotes or its ``actors`` cell. When no event names anything, the
    most frequent longer words of the quotes stand in, so there is always a
    term to search for.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    n : int, default 5
        How many.

    Returns
    -------
    pandas.Series
        Number of events per name, most frequent first (ties alphabetical);
        empty only for an empty frame.
    """
    names: Counter[str] = Counter()
    words: Counter[str] = Counter()
    if not len(events):
        return pd.Series({}, name="events", dtype=int)
    for _eid, g in events.groupby(E.event_id, sort=False):
        text = " ".join(g[E.quote].astype(str))
        found = set().union(*(_names(q) for q in g[E.quote].astype(str)))
        if E.actors in g.columns:
            found |= {a.strip() for cell in g[E.actors].dropna().astype(str) for a in cell.split(";") if a.strip()}
        names.update(found)
        words.update({w.lower() for w in re.findall(r"[^\W\d_]{4,}", text)} - _COMMON)
    counts = names or words
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return pd.Series(dict(ranked), name="events", dtype=int)


def annotations_for(folder: str | os.PathLike[str], path: str | os.PathLike[str] | None = None) -> Path | None:
    """The annotation file to score a corpus against, if it has one.

    Parameters
    ----------
    folder : path-like
        The folder of the articles.
    path : path-like, optional
        A file chosen by the user (used when it exists).

    Returns
    -------
    pathlib.Path or None
        ``path`` if given and present, else :data:`ANNOTATIONS_FILE` inside
        ``folder`` if present, else None (nothing to score against).
    """
    candidate = Path(path) if path is not None else Path(folder) / ANNOTATIONS_FILE
    return candidate if candidate.is_file() else None


def article_table(articles: Sequence[Article]) -> pd.DataFrame:
    """One row per article: id, title, outlet, published, how the date is known, body words.

    Parameters
    ----------
    articles : sequence of Article

    Returns
    -------
    pandas.DataFrame
    """
    return pd.DataFrame(
        [
            {
                "id": a.id,
                "title": a.title,
                "outlet": a.outlet,
                "published": a.published.isoformat() if a.published else "",
                "published_source": a.published_source or "",
                "body_words": a.word_count(),
            }
            for a in articles
        ]
    )


def event_summary(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event: date, readable date, precision, title, lane, quotes, sources.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.

    Returns
    -------
    pandas.DataFrame
        Sorted by start date, indexed by ``event_id``.
    """
    if events.empty:
        return pd.DataFrame(columns=["date", "when", "precision", "title", "lane", "quotes", "sources"])
    grouped = events.groupby(E.event_id, sort=False)
    out = grouped.agg(
        date=(E.date, "first"),
        precision=(E.precision, "first"),
        title=(E.title, "first"),
        lane=(E.lane, "first"),
        quotes=(E.quote, "size"),
        sources=(E.source, "nunique"),
        start=(E.start, "first"),
    )
    out.insert(1, "when", out["date"].map(period_label))
    return out.sort_values(["start", "date"], kind="mergesort").drop(columns="start")


def coverage(events: pd.DataFrame, articles: Mapping[str, Article] | Sequence[Article] | None = None) -> pd.DataFrame:
    """Which article quotes which event: a count matrix (events × articles).

    Parameters
    ----------
    events : pandas.DataFrame
    articles : mapping or sequence of Article, optional
        When given, every article gets a column (also those quoting nothing),
        in id order.

    Returns
    -------
    pandas.DataFrame
        Rows: readable date (``period_label``: "1990s", "22 June 1994") and
        title, in date order; columns: article ids; values: quotes.
    """
    counts = pd.crosstab(events[E.event_id], events[E.source])
    columns = sorted(_by_id(articles)) if articles is not None else sorted(counts.columns)
    summary = event_summary(events)
    counts = counts.reindex(index=summary.index, columns=columns, fill_value=0)
    counts.index = [f"{summary.at[i, 'when']} · {summary.at[i, 'title']}" for i in counts.index]
    counts.index.name = "event"
    counts.columns.name = "article"
    return counts


def framings(events: pd.DataFrame, event_id: str, articles: Mapping[str, Article] | Sequence[Article]) -> pd.DataFrame:
    """How each article words the same event: its quotes side by side.

    Parameters
    ----------
    events : pandas.DataFrame
    event_id : str
    articles : mapping or sequence of Article

    Returns
    -------
    pandas.DataFrame
        One row per quote: article, outlet, published, date as written, quote.

    Raises
    ------
    KeyError
        When no row has that ``event_id``.
    """
    rows = events[events[E.event_id] == event_id]
    if rows.empty:
        raise KeyError(f"no event {event_id!r}")
    by_id = _by_id(articles)
    return pd.DataFrame(
        [
            {
                "article": by_id[r.source].title if r.source in by_id else r.source,
                "outlet": by_id[r.source].outlet if r.source in by_id else "",
                "published": by_id[r.source].published.isoformat() if r.source in by_id and by_id[r.source].published else "",
                "date_text": r.date_text,
                "quote": r.quote,
            }
            for r in rows.itertuples()
        ]
    )


def publication_lag(events: pd.DataFrame, articles: Mapping[str, Article] | Sequence[Article]) -> pd.DataFrame:
    """Publication date against event date, one row per quote.

    Parameters
    ----------
    events : pandas.DataFrame
    articles : mapping or sequence of Article

    Returns
    -------
    pandas.DataFrame
        ``event_id, title, lane, source, published, event_start, lag_days``
        (days from the start of the event's period to publication); quotes of
        articles with no known publication date are left out. ``published``
        and ``event_start`` are ``datetime64[s]``, as the events' ``start``.
    """
    by_id = _by_id(articles)
    rows = []
    for r in events.itertuples():
        art = by_id.get(r.source)
        if art is None or art.published is None:
            continue
        published = pd.Timestamp(art.published)
        rows.append(
            {
                "event_id": r.event_id,
                "title": r.title,
                "lane": r.lane,
                "source": r.source,
                "published": published,
                "event_start": r.start,
                "lag_days": int((published - r.start).days),
            }
        )
    out = pd.DataFrame(rows, columns=["event_id", "title", "lane", "source", "published", "event_start", "lag_days"])
    for column in ("published", "event_start"):  # seconds, as the events' start: any day of years 1–9999
        out[column] = pd.Series(to_datetime64(out[column]), index=out.index, dtype=DATETIME_DTYPE)
    return out


def highlight_mentions(text: str, mentions: Iterable[DateMention], *, start: int = 0, end: int | None = None) -> str:
    """HTML of ``text[start:end]`` with each time expression marked and its value shown.

    Parameters
    ----------
    text : str
        Raw article text.
    mentions : iterable of DateMention
        Mentions with offsets into ``text``.
    start, end : int, optional
        The part of the text to show.

    Returns
    -------
    str
        HTML: ``<mark title="VALUE">expression</mark><sub>VALUE</sub>``, all
        text escaped, line breaks kept.
    """
    end = len(text) if end is None else end
    parts: list[str] = []
    pos = start
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < pos or m.end > end:
            continue
        parts.append(html.escape(text[pos : m.start]))
        label = m.value + (f" {m.mod}" if m.mod else "")
        parts.append(
            f'<mark title="{html.escape(m.type + " " + label)}">{html.escape(m.text)}</mark>'
            f'<sub style="color:#555">{html.escape(label)}</sub>'
        )
        pos = m.end
    parts.append(html.escape(text[pos:end]))
    return '<div style="white-space:pre-wrap;line-height:1.6">' + "".join(parts) + "</div>"


def _paragraph(text: str, start: int, end: int, context: int) -> tuple[int, int]:
    """The paragraph around ``text[start:end]``: from the blank line before to the blank line after.

    When that is longer than ``context`` characters on a side, single line
    breaks count as paragraph breaks. A paragraph longer than ``context`` characters on a side is cut at the
    sentence end nearest to ``context`` characters from the quote (or at
    ``context`` characters when there is none).
    """
    before = [m.end() for m in _BLANK_LINE.finditer(text, 0, start)]
    lo = before[-1] if before else 0
    after = _BLANK_LINE.search(text, end)
    hi = after.start() if after else len(text)
    if start - lo > context or hi - end > context:  # no blank lines nearby: a line is a paragraph
        lo = max(lo, text.rfind("\n", 0, start) + 1)
        line_end = text.find("\n", end)
        hi = min(hi, line_end if line_end >= 0 else len(text))
    if start - lo > context:
        cuts = [m.end() for m in _SENTENCE_END.finditer(text, start - context, start)]
        lo = cuts[0] if cuts else start - context
    if hi - end > context:
        cuts = [m.start() + 1 for m in _SENTENCE_END.finditer(text, end, end + context)]
        hi = cuts[-1] if cuts else end + context
    return lo, hi


def quote_in_context(article: Article, start: int, end: int, *, context: int = 700) -> str:
    """HTML of a quote inside its paragraph, the quote highlighted, all text escaped.

    Parameters
    ----------
    article : Article
        The quoted article.
    start, end : int
        The quote's offsets in ``article.text`` (``quote_start, quote_end``).
    context : int, default 700
        At most about this many characters of the paragraph on each side
        (cut at a sentence end; a cut is shown as "…").

    Returns
    -------
    str
        A ``<figure>``: a caption naming the article (title, outlet,
        publication date, character offsets) and the paragraph with the quote
        in ``<mark>``; line breaks kept, long words wrapped.

    Raises
    ------
    ValueError
        When the offsets are not a span of the article's text.
    """
    if not 0 <= start < end <= len(article.text):
        raise ValueError(f"{article.id}: offsets {start}-{end} are not a span of its {len(article.text)} characters")
    lo, hi = _paragraph(article.text, start, end, context)
    text = article.text
    caption = " · ".join(
        html.escape(str(v)) for v in (article.title or article.id, article.outlet,
                                      article.published.isoformat() if article.published else "") if v
    )
    body = (
        ("…" if lo > 0 and text[lo - 1] not in "\n" else "")
        + html.escape(text[lo:start]).lstrip()
        + '<mark style="background:#ffe08a;padding:0 1px">' + html.escape(text[start:end]) + "</mark>"
        + html.escape(text[end:hi]).rstrip()
        + ("…" if hi < len(text) and text[hi] not in "\n" else "")
    )
    return (
        '<figure style="margin:0.6em 0;max-width:60em">'
        f'<figcaption style="font-size:0.9em;color:#555">{caption} · characters {start}–{end}</figcaption>'
        '<blockquote style="margin:0.3em 0 0 0;padding-left:0.8em;border-left:3px solid #ccc;'
        f'white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.5">{body}</blockquote></figure>'
    )


def quotes_in_context(
    events: pd.DataFrame, event_id: str, articles: Mapping[str, Article] | Sequence[Article], *, context: int = 700
) -> str:
    """Every quote of one event in its article's paragraph (see :func:`quote_in_context`).

    Parameters
    ----------
    events : pandas.DataFrame
    event_id : str
    articles : mapping or sequence of Article
    context : int, default 700

    Returns
    -------
    str
        HTML: the event's title and date, then one block per quote, with the
        date as that article wrote it.

    Raises
    ------
    KeyError
        When no row has that ``event_id`` or a quote's article is missing.
    """
    rows = events[events[E.event_id] == event_id]
    if rows.empty:
        raise KeyError(f"no event {event_id!r}")
    by_id = _by_id(articles)
    first = rows.iloc[0]
    parts = [f"<h4>{html.escape(str(first[E.title]))} · {html.escape(period_label(first[E.date]))}</h4>"]
    for r in rows.itertuples():
        if r.source not in by_id:
            raise KeyError(f"event {event_id!r} quotes article {r.source!r}, which is not among the articles")
        written = f"date as written: “{html.escape(r.date_text)}”" if r.date_text else "no date in the quote"
        parts.append(f'<div style="font-size:0.9em;color:#555">{written}</div>')
        parts.append(quote_in_context(by_id[r.source], int(r.quote_start), int(r.quote_end), context=context))
    return "<div>" + "".join(parts) + "</div>"
