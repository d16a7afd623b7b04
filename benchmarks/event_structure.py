"""Structural features of an extracted event, for ``bench_learned_filter.py`` (round 20, issue 14).

Two sets of features, neither using a word of any text or title (``event_features.py`` has the cues of the
quotes and titles):

* :data:`FILTER_FEATURES`, computed by :func:`filter_features`: the twelve traits of the event filter round 20
  proposed (and did not ship) — ``confidence`` and ``confidence_rel`` (less the folder's median), ``perfect``
  (share of its quotes in the present perfect) and ``rule_perfect`` (dated by its page's publication day because
  a present perfect reports it, read from the note), ``rel_position`` and ``position`` of its first quote on its
  page, ``date_articles`` and ``date_crowd`` (pages and events sharing its date), ``date_rank``,
  ``date_distance`` and ``median_days`` (its date against the folder's events and publication days), ``actors``;
* :data:`STRUCTURE_FEATURES`, computed by :func:`structure_features`: the extractor's rule read from the note
  (:data:`NOTE_RULES`), the ``folder`` anchor, a ``START``/``END`` modifier, the lane, the page (length, dated
  or not, its number of events, the paragraph of the first quote and whether it is the lede, the quote's rank
  among the page's events) and the folder (pages, the share stating the event, days from its page's and the
  folder's median publication day, its date rank).

:func:`unfiltered_frame` runs the extractor on a story folder (as ``bench_events.py`` prepares it) and
:func:`labels` lists the gold events each event matches (``bench_events.matches``).
"""

from __future__ import annotations

import datetime as dt
import math
import pickle
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_events as be  # noqa: E402
from timeline.events import EventSchema as E  # noqa: E402

__all__ = ["FILTER_FEATURES", "LANES", "NOTE_RULES", "PERFECT_NOTE", "STRUCTURE_FEATURES", "Page",
           "filter_features", "labels", "paragraph_of", "past_middle_perfect", "signed_log", "structure_features",
           "unfiltered_frame"]

#: the features of the filter proposed in round 20, in its model's order
FILTER_FEATURES: tuple[str, ...] = (
    "confidence", "confidence_rel", "perfect", "rule_perfect", "rel_position", "position", "date_articles",
    "median_days", "date_rank", "date_crowd", "date_distance", "actors",
)
#: the note of an event dated by its publication day because a present perfect reports it (timeline.lede)
PERFECT_NOTE = "present perfect"

#: note phrases of the extractor's rules (its own wording, no corpus text) -> feature name
NOTE_RULES: dict[str, str] = {
    "dated by publication": "rule_publication",
    "present perfect": "rule_perfect",
    "lede in the past": "rule_lede",
    "the present": "rule_present",
    "dated by the sentence before": "rule_sentence_before",
    "a second event of the sentence": "rule_second_event",
    "back-reference": "rule_back_reference",
    "year from the folder": "rule_folder_year",
    "estimated from the folder": "rule_estimated_year",
    "year only": "rule_year_only",
    "same date as": "rule_same_date",
    "titled by the article": "rule_title_article",
    "titled by the sentence": "rule_title_sentence",
    "headline": "rule_title_headline",
    "date line": "rule_dateline",
    "no mention states the event": "rule_no_statement",
    "until": "rule_until",
}
#: the lanes given a feature each
LANES = ("Other", "Statements")

#: the columns of :func:`structure_features`, in order
STRUCTURE_FEATURES: tuple[str, ...] = tuple(dict.fromkeys(NOTE_RULES.values())) + (
    "anchor_folder", "mod_start", "mod_end", "lane_other", "lane_statements", "actors",
    "page_len", "page_dated", "page_events", "paragraph", "in_lede", "page_rank",
    "folder_pages", "article_share", "pub_days", "median_days", "date_rank",
)

_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|t)\b", re.I)
_BLANK_LINE = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Page:
    """What :func:`filter_features` needs of an article: its publication day and its length.

    Attributes
    ----------
    published : datetime.date or None
    length : int
        Characters of its text.
    """

    published: dt.date | None
    length: int


def signed_log(days: float) -> float:
    """``log(1 + |days|)`` with the sign of ``days``."""
    return math.copysign(math.log1p(abs(days)), days)


def _median_day(days: list) -> pd.Timestamp | None:
    """The median of the publication days given (None when there is none)."""
    days = [d for d in days if d is not None]
    return pd.Timestamp(pd.Series(pd.to_datetime(days)).median()) if days else None


def _event_traits(group: pd.DataFrame, pages: Mapping[str, Page]) -> dict[str, float]:
    """The filter features of one event that need only its own rows and pages."""
    conf = pd.to_numeric(group["confidence"], errors="coerce")
    starts = pd.to_numeric(group[E.quote_start], errors="coerce").fillna(0).clip(lower=0)
    shares = [s / pages[str(a)].length for a, s in zip(group[E.source], starts)
              if str(a) in pages and pages[str(a)].length]
    return {
        "confidence": float(conf.max()) if conf.notna().any() else 0.5,
        "perfect": float(np.mean([bool(_PERFECT.search(str(q))) for q in group[E.quote]])),
        "rule_perfect": float(group[E.note].astype(str).str.contains(PERFECT_NOTE, regex=False).any()),
        "rel_position": float(min(shares)) if shares else 0.0,
        "position": math.log1p(float(starts.min())),
        "actors": float(any(str(a).strip() for a in group[E.actors])),
    }


def filter_features(frame: pd.DataFrame, pages: Mapping[str, Page]) -> pd.DataFrame:
    """One row of :data:`FILTER_FEATURES` per event of an extracted frame.

    Parameters
    ----------
    frame : pandas.DataFrame
        Candidates of :func:`timeline.extract.extract` (one row per quote, grouped by ``event_id``).
    pages : mapping
        Article id (``source``) -> :class:`Page`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``event_id`` in order of first appearance, the columns of :data:`FILTER_FEATURES` (floats).
    """
    if frame.empty:
        return pd.DataFrame(columns=list(FILTER_FEATURES), dtype=float)
    groups = frame.groupby(E.event_id, sort=False)
    out = pd.DataFrame.from_dict({eid: _event_traits(g, pages) for eid, g in groups}, orient="index")
    out["confidence_rel"] = out["confidence"] - out["confidence"].median()
    dates = groups[E.date].first().astype(str)
    per_date = frame.groupby(frame[E.date].astype(str))[E.source].nunique()
    out["date_articles"] = (dates.map(per_date) / max(1, frame[E.source].nunique())).to_numpy(float)
    out["date_crowd"] = np.log(dates.map(dates.value_counts()).to_numpy(float))
    starts = pd.to_datetime(groups[E.start].first())
    out["date_rank"] = starts.rank(pct=True).fillna(0.5).to_numpy(float)
    middle = starts.dropna().median() if starts.notna().any() else pd.NaT
    gap = (starts - middle).abs().dt.days if not pd.isna(middle) else pd.Series(0, index=starts.index)
    out["date_distance"] = np.log1p(gap.fillna(0).astype(float)).to_numpy()
    pub = _median_day([p.published for p in pages.values()])
    out["median_days"] = [0.0 if pub is None or pd.isna(s) else signed_log((s - pub).days) for s in starts]
    return out[list(FILTER_FEATURES)].astype(float)


def past_middle_perfect(feats: pd.DataFrame, prefix: str = "") -> pd.Series:
    """The events the round-20 hand rule drops: dated by the page's publication day because a present perfect
    reports it (``rule_perfect``), the first quote past the middle of its page (``rel_position`` above 0.5).

    Parameters
    ----------
    feats : pandas.DataFrame
        Rows of :func:`filter_features`, its columns possibly prefixed.
    prefix : str, default ""
        The prefix of those columns in ``feats``.

    Returns
    -------
    pandas.Series of bool
    """
    return (feats[prefix + "rule_perfect"] == 1) & (feats[prefix + "rel_position"] > 0.5)


def paragraph_of(text: str, body: list[tuple[int, int]], at: int) -> tuple[int, bool]:
    """The paragraph holding offset ``at``: its index within its body span (blank lines part paragraphs), and
    whether it is the span's first (the lede).

    Parameters
    ----------
    text : str
        The page's text.
    body : list of (int, int)
        The page's body spans (``Article.body``); an offset outside them counts paragraphs from the text's start
        and is never the lede.
    at : int
        An offset of ``text``.

    Returns
    -------
    (int, bool)
    """
    for start, end in body:
        if start <= at < end or (start <= at and end >= len(text)):
            k = len(_BLANK_LINE.findall(text[start:at]))
            return k, k == 0
    return len(_BLANK_LINE.findall(text[:at])), False


def _event_structure(eid: str, g: pd.DataFrame, pages: Mapping[str, dict], folder: dict) -> dict[str, float]:
    """The :data:`STRUCTURE_FEATURES` of one event (its rows ``g``), given the folder-wide figures."""
    notes = " ".join(g[E.note].astype(str))
    out = {name: 0.0 for name in NOTE_RULES.values()}
    for phrase, name in NOTE_RULES.items():
        if phrase in notes:
            out[name] = 1.0
    out["anchor_folder"] = float((g["anchor"].astype(str) == "folder").mean())
    mods = g["mention_mod"].astype(str)
    out["mod_start"] = float((mods == "START").any())
    out["mod_end"] = float((mods == "END").any())
    lane = str(g[E.lane].iloc[0])
    out["lane_other"] = float(lane == LANES[0])
    out["lane_statements"] = float(lane == LANES[1])
    out["actors"] = float(any(str(a).strip() for a in g[E.actors]))
    first = g.sort_values(E.quote_start).iloc[0]
    page = pages.get(str(first[E.source]), {"published": None, "text": "", "body": []})
    out["page_len"] = math.log1p(len(page["text"]))
    out["page_dated"] = float(page["published"] is not None)
    out["page_events"] = math.log(float(folder["per_page"].get(first[E.source], 1)))
    para, lede = paragraph_of(page["text"], page["body"], int(first[E.quote_start]))
    out["paragraph"] = math.log1p(para)
    out["in_lede"] = float(lede)
    out["page_rank"] = math.log1p(folder["rank"].get((first[E.source], eid), 0))
    out["folder_pages"] = math.log(max(1, len(pages)))
    out["article_share"] = g[E.source].nunique() / max(1, len(pages))
    start, pub, median_pub = pd.Timestamp(g[E.start].iloc[0]), page["published"], folder["median_pub"]
    out["pub_days"] = signed_log((start - pd.Timestamp(pub)).days) if pub is not None and not pd.isna(start) else 0.0
    out["median_days"] = (signed_log((start - median_pub).days)
                          if median_pub is not None and not pd.isna(start) else 0.0)
    rank = folder["date_rank"].get(eid, np.nan)
    out["date_rank"] = 0.5 if pd.isna(rank) else float(rank)
    return out


def structure_features(frame: pd.DataFrame, pages: Mapping[str, dict]) -> pd.DataFrame:
    """The :data:`STRUCTURE_FEATURES` of each event of an extracted frame.

    Parameters
    ----------
    frame : pandas.DataFrame
        The extractor's candidates frame (with its ``anchor``, ``mention_mod`` and ``confidence`` columns).
    pages : mapping
        Article id -> ``{"published", "text", "body"}``.

    Returns
    -------
    pandas.DataFrame
        One row per event (indexed by ``event_id``, in order of first appearance), the columns of
        :data:`STRUCTURE_FEATURES`.
    """
    if frame.empty:
        return pd.DataFrame(columns=list(STRUCTURE_FEATURES), dtype=float)
    order = frame.sort_values([E.source, E.quote_start]).drop_duplicates([E.source, E.event_id])
    folder = {
        "median_pub": _median_day([p["published"] for p in pages.values()]),
        "per_page": frame.groupby(E.source)[E.event_id].nunique(),
        "rank": {(s, e): i for s, g in order.groupby(E.source) for i, e in enumerate(g[E.event_id])},
        "date_rank": pd.to_datetime(frame.drop_duplicates(E.event_id).set_index(E.event_id)[E.start]).rank(pct=True),
    }
    rows = {eid: _event_structure(eid, g, pages, folder) for eid, g in frame.groupby(E.event_id, sort=False)}
    return pd.DataFrame.from_dict(rows, orient="index")[list(STRUCTURE_FEATURES)]


def unfiltered_frame(folder: Path, cache: Path | None = None) -> tuple[pd.DataFrame, list[dict]]:
    """The extractor's frame of a story (its articles prepared as ``bench_events.py`` prepares them), and its
    pages (``id``, ``published``, ``text``, ``body``); cached as a pickle under ``cache`` when given.

    Parameters
    ----------
    folder : pathlib.Path
        A story folder (``articles/``, ``sources.csv``).
    cache : pathlib.Path, optional
        A folder holding ``<story>.pkl``, read when present and written otherwise.

    Returns
    -------
    (pandas.DataFrame, list of dict)
    """
    path = cache / f"{folder.name}.pkl" if cache else None
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    frame, arts = be.story_frame(folder)
    meta = [{"id": a.id, "published": a.published, "text": a.text, "body": list(a.body)} for a in arts]
    if path:
        path.write_bytes(pickle.dumps((frame, meta)))
    return frame, meta


def labels(frame: pd.DataFrame, gold: list[be.Gold]) -> dict[str, list[str]]:
    """The gold events each event of ``frame`` matches (``bench_events.matches``), by event id."""
    out = {}
    for eid, g in frame.groupby(E.event_id, sort=False):
        ev = be.Emitted(eid, g[E.date].iloc[0], g[E.title].iloc[0])
        for row in g.itertuples():
            ev.quotes.setdefault(row.source, []).append(row.quote)
        out[eid] = [gd.id for gd in gold if be.matches(ev, gd)]
    return out
