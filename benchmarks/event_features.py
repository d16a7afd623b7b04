"""Features of an extracted event for a learned "is this a timeline event?" score (``bench_event_model.py``).

The extractor (:func:`timeline.extract.extract`) emits candidate rows, one per
quote, grouped into events by ``event_id``. :func:`event_features` describes
each event by general, story-independent traits of its rows: how its date was
found and how precise it is, how many quotes and articles state it, the tense,
modality and person of its quotes, how the date expression sits in its quote,
where its first quote sits in its article, the shape of its title, how its date
lies against the publication days and against the other events' dates. No word
of any story is a feature.

The score was evaluated leave-one-story-out and not adopted (docs/event_model.md):
it ranks events no better than the extractor's own ``confidence``.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from timeline.lexicon import all_lemmas

__all__ = ["FEATURES", "event_features", "mention_context", "quote_features"]

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|us|[Mm]y|me)\b")  # not 'US' 
_MODAL = re.compile(r"\b(?:could|may|might|would|should|must|can)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|'ll|going to|expected to|plans? to|is to|are to|due to|set to|scheduled)\b",
                     re.I)
_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|t)\b", re.I)
_PAST_ED = re.compile(r"\b[a-z]{3,}ed\b")
_NEGATION = re.compile(r"\b(?:not|no|never|n't|nor)\b|n't\b", re.I)
_REPORTING = re.compile(r"\b(?:said|says|say|told|tells|according to|stated|added)\b", re.I)
_NUMBER = re.compile(r"\d")
_MONEY = re.compile(r"[$€£¥]|\b(?:million|billion|trillion|dollars?|euros?|pounds?)\b", re.I)
_PERCENT = re.compile(r"%|\bper ?cent\b", re.I)
_QUOTE_MARK = re.compile(r"[\"“”]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_PREPOSITIONS = frozenset("on in at during by before after from until till through throughout around about "
                          "within early late earlier later of".split())
_SINCE = frozenset("since until till through by from".split())
_DETERMINERS = frozenset("the a an its their his her our this that these those each".split())
_YEAR_WORDS = frozenset("model fiscal year season".split())

#: the features, in the model's order
FEATURES: tuple[str, ...] = (
    "prec_day", "prec_week", "prec_month", "prec_year", "prec_other",
    "anchor_absolute", "anchor_publication", "anchor_mention", "anchor_undated",
    "scheduled", "hypothetical", "dated_before", "modified", "year_only_text", "confidence",
    "log_rows", "log_articles", "copy",
    "quote_words", "quote_marks", "first_person", "modal", "future", "perfect", "past_ed", "negation", "reporting",
    "numbers", "money", "percent", "caption", "question", "position",
    "title_words", "title_verb", "title_digits",
    "date_distance", "date_crowd", "date_articles", "confidence_rel",
    "pub_gap", "before_pub", "after_pub", "before_story", "rel_position",
    "date_prep", "date_since", "date_premod",
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def quote_features(quote: str) -> dict[str, float]:
    """Tense, modality, person and shape cues of one quote (each 0 or 1, and its length in words, log-scaled).

    Parameters
    ----------
    quote : str
        The sentence or clause an event was read from.

    Returns
    -------
    dict
        ``quote_words`` (log of 1 + words) and 0/1 flags ``quote_marks``, ``first_person``, ``modal``,
        ``future``, ``perfect``, ``past_ed``, ``negation``, ``reporting``, ``numbers``, ``money``,
        ``percent``, ``caption`` (no closing punctuation) and ``question``.
    """
    text = quote.strip()
    flags = {
        "quote_marks": _QUOTE_MARK, "first_person": _FIRST_PERSON, "modal": _MODAL, "future": _FUTURE,
        "perfect": _PERFECT, "past_ed": _PAST_ED, "negation": _NEGATION, "reporting": _REPORTING,
        "numbers": _NUMBER, "money": _MONEY, "percent": _PERCENT,
    }
    out = {name: float(bool(p.search(text))) for name, p in flags.items()}
    out["quote_words"] = math.log1p(len(_words(text)))
    out["caption"] = float(not text.rstrip("\"'”’)").endswith((".", "!", "?", ":", ";")))
    out["question"] = float(text.rstrip("\"'”’)").endswith("?"))
    return out


def mention_context(quote: str, date_text: str) -> dict[str, float]:
    """How the date expression sits in its quote: after a preposition, as a period boundary, or as a modifier.

    Parameters
    ----------
    quote : str
        The quote of an event row.
    date_text : str
        The date expression the row was dated by (empty when dated by publication).

    Returns
    -------
    dict
        0/1 flags ``date_prep`` (a preposition just before it: 'on', 'in', 'by', ...), ``date_since``
        (a period boundary: 'since', 'until', 'through', ...) and ``date_premod`` (a modifier of a noun: after
        a determiner or 'model', 'fiscal' ... and before a word, as in 'the 2014 models').
    """
    out = {"date_prep": 0.0, "date_since": 0.0, "date_premod": 0.0}
    at = quote.find(date_text) if date_text else -1
    if at < 0:
        return out
    before = [w.lower() for w in _words(quote[:at])[-1:]]
    after = _words(quote[at + len(date_text):][:40])
    word = before[0] if before else ""
    out["date_prep"] = float(word in _PREPOSITIONS or word in _SINCE)
    out["date_since"] = float(word in _SINCE)
    glued = quote[at + len(date_text): at + len(date_text) + 1] in (" ", "-")
    out["date_premod"] = float((word in _DETERMINERS or word in _YEAR_WORDS) and bool(after) and glued
                               and after[0].lower() not in _PREPOSITIONS)
    return out


@functools.cache
def _is_verb(word: str) -> bool:
    lem = all_lemmas(word.lower())
    return "VERB" in lem or "AUX" in lem


def _title_features(title: str) -> dict[str, float]:
    words = _words(title)
    return {
        "title_words": math.log1p(len(words)),
        "title_verb": float(any(_is_verb(w) for w in words[1:])),
        "title_digits": float(bool(_NUMBER.search(title))),
    }


def _date_features(group: pd.DataFrame) -> dict[str, float]:
    prec = str(group["precision"].iloc[0]) if "precision" in group else ""
    anchors = group["anchor"].astype(str) if "anchor" in group else pd.Series([""] * len(group))
    notes = " ".join(group["note"].astype(str)) if "note" in group else ""
    tags = " ".join(group["tags"].astype(str)) if "tags" in group else ""
    mods = group["mention_mod"].astype(str) if "mention_mod" in group else pd.Series([""])
    texts = group["date_text"].astype(str) if "date_text" in group else pd.Series([""])
    out = {
        "prec_day": float(prec in ("day", "time")), "prec_week": float(prec == "week"),
        "prec_month": float(prec == "month"), "prec_year": float(prec == "year"),
        "prec_other": float(prec not in ("day", "time", "week", "month", "year")),
    }
    for name in ("absolute", "publication", "mention", "undated"):
        out[f"anchor_{name}"] = float((anchors == name).mean())
    out["scheduled"] = float("scheduled" in tags)
    out["hypothetical"] = float("hypothetical" in notes)
    out["dated_before"] = float("sentence before" in notes or "going on" in notes)
    out["modified"] = float((mods != "").any())
    out["year_only_text"] = float(texts.str.fullmatch(r"\d{4}").all())
    conf = pd.to_numeric(group["confidence"], errors="coerce") if "confidence" in group else pd.Series([0.5])
    out["confidence"] = float(conf.max()) if conf.notna().any() else 0.5
    return out


def _event_row(group: pd.DataFrame) -> dict[str, float]:
    """The features of one event (its rows of the candidates frame) but the story-relative ones."""
    out = _date_features(group)
    out["log_rows"] = math.log(len(group))
    out["log_articles"] = math.log(group["source"].nunique()) if "source" in group else 0.0
    out["copy"] = float(group["note"].astype(str).str.contains("copy of").any()) if "note" in group else 0.0
    quotes = [quote_features(str(q)) for q in group["quote"]]
    for name in quotes[0]:
        out[name] = float(np.mean([q[name] for q in quotes]))
    starts = pd.to_numeric(group["quote_start"], errors="coerce") if "quote_start" in group else pd.Series([0])
    out["position"] = math.log1p(max(0.0, float(starts.min()))) if starts.notna().any() else 0.0
    out.update(_title_features(str(group["title"].iloc[0])))
    texts = group["date_text"].astype(str) if "date_text" in group else [""] * len(group)
    where = [mention_context(str(q), t) for q, t in zip(group["quote"], texts)]
    for name in where[0]:
        out[name] = float(np.mean([w[name] for w in where]))
    return out


def _days(a, b) -> float:
    return (pd.Timestamp(a) - pd.Timestamp(b)) / pd.Timedelta(days=1)


def _publication_features(group: pd.DataFrame, published: Mapping[str, object], first: object,
                          lengths: Mapping[str, int]) -> dict[str, float]:
    """How the event's period lies against its articles' publication days and the story's first one."""
    start, end = group["start"].iloc[0], group["end"].iloc[0]
    pubs = [published.get(str(a)) for a in group["source"]]
    pubs = [p for p in pubs if p is not None and not pd.isna(p)]
    out = {"pub_gap": 0.0, "before_pub": 0.0, "after_pub": 0.0, "before_story": 0.0, "rel_position": 0.0}
    if pubs and not pd.isna(start):
        pub = min(pubs)
        out["before_pub"] = float(_days(end, pub) < -30)
        out["after_pub"] = float(_days(start, pub) > 1)
        gap = 0.0 if _days(start, pub) <= 0 < _days(end, pub) else min(abs(_days(start, pub)), abs(_days(end, pub)))
        out["pub_gap"] = math.log1p(gap)
    if first is not None and not pd.isna(first) and not pd.isna(end):
        out["before_story"] = float(_days(end, first) < -30)
    rel = [q / lengths[str(a)] for a, q in zip(group["source"], group["quote_start"]) if lengths.get(str(a))]
    out["rel_position"] = float(min(rel)) if rel else 0.0
    return out


def event_features(frame: pd.DataFrame, published: Mapping[str, object] | None = None,
                   lengths: Mapping[str, int] | None = None) -> pd.DataFrame:
    """One row of :data:`FEATURES` per event of an extractor frame.

    Parameters
    ----------
    frame : pandas.DataFrame
        The candidates of :func:`timeline.extract.extract` (``event_id``, ``title``, ``quote``, ``source``,
        ``quote_start``, ``precision``, ``start``, ``anchor``, ``note``, ``tags``, ``confidence``, ...).
    published : mapping, optional
        Publication day of each article id (``source``); without it the publication features are 0.
    lengths : mapping, optional
        Length in characters of each article's text; without it ``rel_position`` is 0.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``event_id`` in order of first appearance, columns :data:`FEATURES` (floats).
    """
    if frame.empty:
        return pd.DataFrame(columns=list(FEATURES), dtype=float)
    groups = frame.groupby("event_id", sort=False)
    published = published or {}
    known = [p for p in published.values() if p is not None and not pd.isna(p)]
    first = min(known) if known else None
    rows = {eid: {**_event_row(g), **_publication_features(g, published, first, lengths or {})} for eid, g in groups}
    out = pd.DataFrame.from_dict(rows, orient="index")
    starts = pd.to_datetime(groups["start"].first()) if "start" in frame else pd.Series(pd.NaT, index=out.index)
    middle = starts.dropna().median() if starts.notna().any() else pd.NaT
    days = (starts - middle).abs().dt.days if not pd.isna(middle) else pd.Series(0, index=out.index)
    out["date_distance"] = np.log1p(days.fillna(0).astype(float)).reindex(out.index).to_numpy()
    dates = groups["date"].first()
    out["date_crowd"] = np.log(dates.map(dates.value_counts()).astype(float)).reindex(out.index).to_numpy()
    per_date = frame.groupby("date")["source"].nunique()
    out["date_articles"] = (dates.map(per_date).astype(float) / max(1, frame["source"].nunique())).to_numpy()
    out["confidence_rel"] = out["confidence"] - out["confidence"].median()
    return out[list(FEATURES)].astype(float)
