"""Short written answers to the notebooks' questions, computed from the data.

Each function takes the frames and results a notebook has computed and
returns Markdown (for ``IPython.display.Markdown``): counts, dates, names and
quotes are read from the data, never written for one corpus. Every text taken
from the data is escaped (:func:`md`), so a title holding ``*``, ``_`` or
markup is shown verbatim.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from .articles import Article
from .articles import articles_by_id as _by_id
from .events import EventSchema as E
from .report import event_summary, publication_lag

__all__ = ["md", "explore_answer", "extract_answer", "sources_answer", "export_answer", "curate_answer"]

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$])")


def md(value: Any) -> str:
    """Text from the data, safe inside Markdown: markup characters escaped, line breaks as spaces."""
    text = str(value).strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _n(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def _listing(counts: pd.Series, limit: int = 4) -> str:
    items = [f"{md(k)} ({v})" for k, v in counts.head(limit).items()]
    rest = len(counts) - limit
    return ", ".join(items) + (f" and {_n(rest, 'other')}" if rest > 0 else "")


def _when(label: str) -> str:
    """A readable date inside a sentence: "the 1990s", "the 21st century", else as it is."""
    text = md(label)
    return "the " + text if label[:1].isdigit() and (label.endswith("0s") or "century" in label) else text


def _best(summary: pd.DataFrame) -> pd.Series | None:
    if summary.empty:
        return None
    return summary.sort_values(["sources", "quotes"], ascending=False, kind="mergesort").iloc[0]


def explore_answer(events: pd.DataFrame, *, close: Any = None, close_events: pd.DataFrame | None = None,
                   names: pd.Series | None = None) -> str:
    """The answer of notebook 01: what happened, when, in which lanes, and who says so.

    Parameters
    ----------
    events : pandas.DataFrame
        The events frame.
    close : Stretch, optional
        The stretch looked at closely (its ``label``).
    close_events : pandas.DataFrame, optional
        The events of that stretch.
    names : pandas.Series, optional
        Names quoted in most events (:func:`timeline.report.frequent_names`).

    Returns
    -------
    str
        Markdown.
    """
    summary = event_summary(events)
    if summary.empty:
        return "**Answer.** The events file holds no events: there is nothing to explore."
    lanes = summary["lane"].value_counts()
    precise = summary["precision"].value_counts()
    middle = summary.iloc[(len(summary) - 1) // 2]
    text = [
        f"**Answer.** The articles report {_n(len(summary), 'dated event')} ({_n(len(events), 'quote')} from "
        f"{_n(events[E.source].nunique(), 'article')}), from {_when(summary['when'].iloc[0])} to "
        f"{_when(summary['when'].iloc[-1])}; half of them are dated {_when(middle['when'])} or later.",
        f"By lane: {_listing(lanes)}. By precision: {_listing(precise, 9)}.",
    ]
    best = _best(summary)
    text.append(f"The best attested event is “{md(best['title'])}” ({md(best['when'])}), with "
                f"{_n(int(best['quotes']), 'quote')} from {_n(int(best['sources']), 'article')}.")
    if close is not None and close_events is not None:
        inner = event_summary(close_events)
        top = _best(inner)
        line = f"The busiest stretch, {md(close.label)}, holds {_n(len(inner), 'event')}"
        if top is not None:
            quote = close_events[close_events[E.event_id] == top.name][E.quote].iloc[0]
            line += f"; its best attested is “{md(top['title'])}” ({md(top['when'])}): “{md(quote)}”"
        text.append(line if line.endswith((".”", "!”", "?”")) else line + ".")
    if names is not None and len(names):
        text.append(f"Names quoted in most events: {_listing(names, 5)}.")
    return "\n\n".join(text)


def extract_answer(tagged: pd.DataFrame, result: Any, *, scores: Any = None, annotation: str | None = None) -> str:
    """The answer of notebook 02: what the tagger finds and how the candidates compare.

    Parameters
    ----------
    tagged : pandas.DataFrame
        Mentions (:func:`timeline.evaluation.tag_articles`: ``source, type, value``).
    result : Review
        :func:`timeline.extract.review` (``found``, ``missed``, ``new``).
    scores : Scores, optional
        :func:`timeline.evaluation.score` against a hand annotation.
    annotation : str, optional
        The annotation's name.

    Returns
    -------
    str
        Markdown.
    """
    types = tagged["type"].value_counts() if len(tagged) else pd.Series(dtype=int)
    text = [f"**Answer.** The tagger finds {_n(len(tagged), 'time expression')} in "
            f"{_n(tagged['source'].nunique() if len(tagged) else 0, 'article')}"
            + (f" ({_listing(types)})" if len(types) else "") + "."]
    if len(tagged):
        values = tagged["value"].astype(str).value_counts()
        text[0] += f" The value resolved most often is {md(values.index[0])} ({_n(int(values.iloc[0]), 'time')})."
    found, missed, new = len(result.found), len(result.missed), len(result.new)
    if found + missed:
        exact = int((result.found["date_match"] == "exact").sum()) if found else 0
        text.append(f"Of {_n(found + missed, 'curated event')}, the extractor finds {found} "
                    f"({found / (found + missed):.0%}; {exact} with the exact date) and misses {missed}; "
                    f"it proposes {_n(new, 'candidate')} that match no curated event.")
    else:
        text.append(f"No curated events to compare with: all {_n(new, 'candidate')} are new, to be reviewed.")
    if scores is not None:
        text.append(f"Against {md(annotation or 'the annotation')} ({_n(scores.gold, 'expression')}): relaxed F1 "
                    f"{scores.relaxed_f1:.1f}, strict F1 {scores.strict_f1:.1f}, value accuracy "
                    f"{scores.value_accuracy:.1f} %.")
    else:
        text.append("The corpus has no hand annotation of its time expressions, so accuracy is not measured here.")
    return "\n\n".join(text)


def sources_answer(events: pd.DataFrame, articles: Mapping[str, Article] | Sequence[Article]) -> str:
    """The answer of notebook 03: who reports what, how the wordings differ, how far back each article reaches.

    Parameters
    ----------
    events : pandas.DataFrame
    articles : mapping or sequence of Article

    Returns
    -------
    str
        Markdown.
    """
    summary = event_summary(events)
    if summary.empty:
        return "**Answer.** No events: no article reports anything."
    by_id = _by_id(articles)
    title = {k: md(a.title or k) for k, a in by_id.items()}
    per_article = events.groupby(E.source)[E.event_id].nunique().sort_values(ascending=False, kind="mergesort")
    shared = int((summary["sources"] > 1).sum())
    top = per_article.index[0]
    text = [f"**Answer.** {shared} of {_n(len(summary), 'event')} are quoted by more than one article; "
            f"“{title.get(top, md(top))}” quotes the most ({_n(int(per_article.iloc[0]), 'event')})."]
    best = _best(summary)
    rows = events[events[E.event_id] == best.name]
    written = sorted({t for t in rows[E.date_text].astype(str) if t})
    line = (f"The most widely quoted event, “{md(best['title'])}” ({md(best['when'])}), is worded in "
            f"{_n(len(rows), 'quote')} from {_n(int(best['sources']), 'article')}")
    line += f", its date written as {', '.join('“' + md(w) + '”' for w in written)}." if written else "."
    text.append(line)
    lag = publication_lag(events, articles)
    if len(lag):
        reach = lag.groupby("source")["lag_days"].agg(["median", "max"]).sort_values("max", kind="mergesort")
        newsy, far = reach.index[0], reach.index[-1]
        text.append(f"“{title.get(far, md(far))}” reaches furthest back ({reach.at[far, 'max'] / 365.25:.0f} years "
                    f"before its publication); “{title.get(newsy, md(newsy))}” stays closest to its date (at most "
                    f"{_n(int(reach.at[newsy, 'max']), 'day')} back).")
    return "\n\n".join(text)


def _png_size(path: Path) -> tuple[int, int] | None:
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def export_answer(files: Mapping[str, Path], events: pd.DataFrame) -> str:
    """The answer of notebook 04: the files written, with what they hold and their sizes.

    Parameters
    ----------
    files : mapping of str to path
        What each file is for (``"page"``) to the file written.
    events : pandas.DataFrame
        The events exported.

    Returns
    -------
    str
        Markdown: one bullet per file.
    """
    n_events, n_quotes = events[E.event_id].nunique(), len(events)
    lines = [f"**Answer.** {_n(len(files), 'file')} to hand on, each holding the {_n(n_events, 'event')} and "
             f"{_n(n_quotes, 'quote')}:", ""]
    for what, path in files.items():
        path = Path(path)
        size = path.stat().st_size
        extra = ""
        dims = _png_size(path) if path.suffix == ".png" else None
        if dims:
            extra = f", {dims[0]}×{dims[1]} px"
        lines.append(f"- {md(what)}: `{path.name}` ({size / 1024:,.0f} KiB{extra})")
    return "\n".join(lines)


def curate_answer(result: Any, curated: pd.DataFrame, *, default: str = "keep") -> str:
    """The answer of notebook 05: what the decisions changed and what the curated timeline holds.

    Parameters
    ----------
    result : Curation
        :func:`timeline.curate.apply_decisions` (its ``counts`` and ``warnings``).
    curated : pandas.DataFrame
        The curated events.
    default : {"keep", "drop"}
        What happened to events no decision names.

    Returns
    -------
    str
        Markdown.
    """
    c = {k: int(result.counts.get(k, 0)) for k in ("candidates", "events", "dropped", "merged", "retitled",
                                                     "redated", "moved", "quotes_dropped", "undecided")}
    text = [f"**Answer.** Of {_n(c['candidates'], 'candidate event')}, {c['events']} make the curated timeline: "
            f"{c['dropped']} dropped, {c['merged']} merged into others, {c['retitled']} retitled, {c['redated']} "
            f"redated, {c['moved']} moved to another lane and {_n(c['quotes_dropped'], 'quote')} dropped; "
            f"{_n(c['undecided'], 'event')} had no decision and {'was' if c['undecided'] == 1 else 'were'} "
            f"{'dropped' if default == 'drop' else 'kept'}."]
    if result.warnings:
        text.append(f"{_n(len(result.warnings), 'decision')} could not be applied as written (see the warnings).")
    summary = event_summary(curated)
    best = _best(summary)
    if best is not None:
        text.append(f"The curated events run from {_when(summary['when'].iloc[0])} to {_when(summary['when'].iloc[-1])}; "
                    f"the best attested is “{md(best['title'])}” ({md(best['when'])}), quoted "
                    f"{_n(int(best['quotes']), 'time')} in {_n(int(best['sources']), 'article')}.")
    return "\n\n".join(text)
