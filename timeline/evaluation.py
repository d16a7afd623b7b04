"""Score time-expression mentions against hand annotations (TempEval-3 rules).

A predicted mention matches a gold one when their spans overlap (relaxed) or
are identical (strict), one-to-one, in text order. Value accuracy is the share
of relaxed matches whose TimeML values are identical; value F1 is relaxed F1 ×
value accuracy. ``data/seed_timex.csv`` holds the project's own annotation of
the seed articles' bodies (columns ``source, start, end, text, type, value,
mod``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, Sequence

import pandas as pd

from .articles import Article
from .dates import DateMention, find_dates

__all__ = ["Scores", "match_spans", "mentions_frame", "read_annotations", "score", "tag_articles"]

ANNOTATION_COLUMNS = ("source", "start", "end", "text", "type", "value", "mod")


@dataclass(frozen=True)
class Scores:
    """TempEval-3 style scores (percentages).

    Attributes
    ----------
    gold, predicted : int
        Numbers of gold and predicted mentions.
    relaxed_p, relaxed_r, relaxed_f1, strict_p, strict_r, strict_f1 : float
    value_accuracy, value_f1, type_accuracy : float
    """

    gold: int
    predicted: int
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    strict_p: float
    strict_r: float
    strict_f1: float
    value_accuracy: float
    value_f1: float
    type_accuracy: float

    def as_series(self) -> pd.Series:
        """The scores as a labelled series (for display)."""
        return pd.Series(self.__dict__)


def _f1(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def match_spans(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]], *, strict: bool = False
) -> list[tuple[int, int]]:
    """Match spans one-to-one in text order.

    Parameters
    ----------
    gold, predicted : sequence of (start, end)
        Spans of one document.
    strict : bool
        Identical spans only (else any overlap).

    Returns
    -------
    list of (int, int)
        Index pairs ``(gold_index, predicted_index)``.
    """
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    order = sorted(range(len(predicted)), key=lambda j: predicted[j])
    for i, (gs, ge) in sorted(enumerate(gold), key=lambda t: t[1]):
        for j in order:
            if j in used:
                continue
            ps, pe = predicted[j]
            ok = (ps, pe) == (gs, ge) if strict else ps < ge and gs < pe
            if ok:
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def read_annotations(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read a time-expression annotation CSV (``source, start, end, text, type, value, mod``).

    Parameters
    ----------
    path : path-like

    Returns
    -------
    pandas.DataFrame
    """
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in ANNOTATION_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: missing columns {missing}")
    return df.astype({"start": int, "end": int})


def mentions_frame(mentions: Iterable[DateMention], *, source: str) -> pd.DataFrame:
    """Mentions of one article as a frame with the annotation columns (+ precision, anchor)."""
    rows = [
        {"source": source, "start": m.start, "end": m.end, "text": m.text, "type": m.type, "value": m.value,
         "mod": m.mod or "", "precision": m.precision or "", "anchor": m.anchor}
        for m in mentions
    ]
    return pd.DataFrame(rows, columns=[*ANNOTATION_COLUMNS, "precision", "anchor"])


def tag_articles(articles: Iterable[Article]) -> pd.DataFrame:
    """Run :func:`timeline.dates.find_dates` over the bodies of articles.

    Parameters
    ----------
    articles : iterable of Article

    Returns
    -------
    pandas.DataFrame
        One row per mention (see :func:`mentions_frame`).
    """
    frames = [
        mentions_frame(find_dates(a.text, relative_to=a.published, skip=a.boilerplate), source=a.id) for a in articles
    ]
    return pd.concat(frames, ignore_index=True) if frames else mentions_frame([], source="")


def score(gold: pd.DataFrame, predicted: pd.DataFrame) -> tuple[Scores, pd.DataFrame]:
    """Score predicted mentions against gold annotations, per source, pooled.

    Parameters
    ----------
    gold, predicted : pandas.DataFrame
        Frames with the annotation columns (``source, start, end, text, type, value, mod``).

    Returns
    -------
    (Scores, pandas.DataFrame)
        The pooled scores and a comparison frame, one row per gold or predicted
        mention: ``source, start, end, gold_text, gold_value, text, value,
        outcome`` where outcome is ``correct``, ``wrong value``, ``missed``
        or ``spurious``.
    """
    rows = []
    n_relaxed = n_strict = n_value = n_type = 0
    for source in sorted(set(gold["source"]) | set(predicted["source"])):
        g = gold[gold["source"] == source].reset_index(drop=True)
        p = predicted[predicted["source"] == source].reset_index(drop=True)
        gspans = list(zip(g["start"], g["end"]))
        pspans = list(zip(p["start"], p["end"]))
        relaxed = match_spans(gspans, pspans)
        n_relaxed += len(relaxed)
        n_strict += len(match_spans(gspans, pspans, strict=True))
        matched_g = {i for i, _ in relaxed}
        matched_p = {j for _, j in relaxed}
        for i, j in relaxed:
            same = g.at[i, "value"] == p.at[j, "value"]
            n_value += same
            n_type += g.at[i, "type"] == p.at[j, "type"]
            rows.append((source, g.at[i, "start"], g.at[i, "end"], g.at[i, "text"], g.at[i, "value"], p.at[j, "text"],
                         p.at[j, "value"], "correct" if same else "wrong value"))
        for i in range(len(g)):
            if i not in matched_g:
                rows.append((source, g.at[i, "start"], g.at[i, "end"], g.at[i, "text"], g.at[i, "value"], "", "", "missed"))
        for j in range(len(p)):
            if j not in matched_p:
                rows.append((source, p.at[j, "start"], p.at[j, "end"], "", "", p.at[j, "text"], p.at[j, "value"], "spurious"))
    rp, rr, rf = _f1(n_relaxed, len(predicted), len(gold))
    sp, sr, sf = _f1(n_strict, len(predicted), len(gold))
    vacc = 100 * n_value / n_relaxed if n_relaxed else 0.0
    tacc = 100 * n_type / n_relaxed if n_relaxed else 0.0
    scores = Scores(len(gold), len(predicted), rp, rr, rf, sp, sr, sf, vacc, rf * vacc / 100, tacc)
    table = pd.DataFrame(rows, columns=["source", "start", "end", "gold_text", "gold_value", "text", "value", "outcome"])
    return scores, table.sort_values(["source", "start", "outcome"], kind="mergesort").reset_index(drop=True)
