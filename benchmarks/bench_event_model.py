"""Leave-one-story-out test of a learned "is this a timeline event?" score for the extractor's events.

Usage::

    .venv/bin/python benchmarks/bench_event_model.py benchmarks/corpora/<story> [more stories] [--c 0.1]
        [--thresholds 0.5 0.6 0.7 0.8] [--confidence 0.45] [--json OUT]

For each story (prepared as ``bench_events.py`` does: a temporary copy with an ``articles.csv``), the extractor's
events are described by the story-independent features of ``event_features.py`` and labelled 1 when they match a
gold event by the benchmark's own rule (``bench_events.matches``), else 0. Then, for each story in turn, an
L2-regularised logistic regression (numpy, Newton's method; the objective of scikit-learn's
``LogisticRegression(C=c)``) is fitted on the *other* stories and applied to it. The table gives, per story and over
all stories, the events kept and their precision, recall (compatible date) and events per gold event found with no
filter, with the events whose score is below each threshold dropped, and with the events whose ``confidence`` is
below ``--confidence`` dropped (the extractor's own score as the baseline), and the ranking quality (area under the
ROC curve within the story) of the learned score and of ``confidence``.

The result that decided the extractor keeps its ``confidence`` and has no learned filter is in docs/event_model.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_events as be  # noqa: E402
from event_features import FEATURES, event_features  # noqa: E402


def logistic_fit(x: np.ndarray, y: np.ndarray, c: float = 0.1, iterations: int = 100) -> tuple[np.ndarray, float]:
    """Coefficients and intercept minimising ``0.5 |w|^2 + c * sum(log loss)`` (intercept not penalised).

    Parameters
    ----------
    x : numpy.ndarray
        Features, one row per example (standardised by the caller).
    y : numpy.ndarray
        Labels 0 or 1.
    c : float, default 0.1
        Inverse strength of the penalty (scikit-learn's ``C``).
    iterations : int, default 100
        Most Newton steps; stops earlier when the step is below 1e-10.

    Returns
    -------
    tuple
        ``(coef, intercept)``.
    """
    n, k = x.shape
    a = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(k + 1)
    penalty = np.eye(k + 1) / c
    penalty[k, k] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        grad = a.T @ (p - y) + penalty @ w
        hess = (a * (p * (1 - p))[:, None]).T @ a + penalty + 1e-12 * np.eye(k + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w[:k], float(w[k])


def roc_auc(y: np.ndarray, score: np.ndarray) -> float:
    """Area under the ROC curve (ties count one half); NaN when ``y`` has a single class."""
    y, score = np.asarray(y), np.asarray(score, dtype=float)
    pos, neg = score[y == 1], score[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def story_events(folder: Path) -> tuple[pd.DataFrame, dict[str, list[str]], int]:
    """The features and labels of a story's events, the gold events each matches, and the number of gold events."""
    gold = be.read_gold(folder)
    frame, articles = be.story_frame(folder)
    feats = event_features(frame, {a.id: a.published for a in articles}, {a.id: len(a.text) for a in articles})
    matched = {}
    for eid, g in frame.groupby("event_id", sort=False):
        ev = be.Emitted(eid, g["date"].iloc[0], g["title"].iloc[0])
        for row in g.itertuples():
            ev.quotes.setdefault(row.source, []).append(row.quote)
        matched[eid] = [gd.id for gd in gold if be.matches(ev, gd)]
    feats["y"] = [int(bool(matched[e])) for e in feats.index]
    return feats, matched, len(gold)


def leave_one_story_out(table: pd.DataFrame, c: float = 0.1) -> tuple[pd.Series, np.ndarray]:
    """Score each story's events by a model fitted on the other stories; also the coefficients of each fold.

    Parameters
    ----------
    table : pandas.DataFrame
        Columns ``story``, :data:`FEATURES` and ``y``.
    c : float, default 0.1
        See :func:`logistic_fit`.

    Returns
    -------
    tuple
        The scores (aligned on ``table``) and the coefficients of the folds (one row per story, standardised
        features).
    """
    scores = pd.Series(np.nan, index=table.index)
    coefs = []
    x_all = table[list(FEATURES)].to_numpy(dtype=float)
    for story in table["story"].unique():
        test = (table["story"] == story).to_numpy()
        scores[test], coef = fit_and_score(x_all[~test], table["y"].to_numpy()[~test], x_all[test], c)
        coefs.append(coef)
    return scores, np.array(coefs)


def fit_and_score(x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray, c: float = 0.1, *,
                  clip: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Fit :func:`logistic_fit` on standardised training features and give the test rows' probabilities (the
    linear scores bounded to ``±clip`` first, when given, against overflow).

    Returns
    -------
    tuple
        The probabilities of ``x_test`` and the coefficients (on the standardised features).
    """
    mean, scale = x_train.mean(0), x_train.std(0)
    scale[scale == 0] = 1.0
    coef, intercept = logistic_fit((x_train - mean) / scale, y_train, c)
    z = (x_test - mean) / scale @ coef + intercept
    if clip is not None:
        z = np.clip(z, -clip, clip)
    return 1.0 / (1.0 + np.exp(-z)), coef


def figures(keep: np.ndarray, y: np.ndarray, matched: list[list[str]], gold: int) -> tuple[int, int, int]:
    """Events kept, of them matched, and gold events found by the kept events."""
    found = {g for k, m in zip(keep, matched) if k for g in m}
    return int(keep.sum()), int(y[keep].sum()), len(found)


def _cell(n: int, tp: int, found: int, gold: int) -> str:
    pf = f"{n / found:.2f}" if found else "–"
    return f"{n}: {tp / n if n else 0:.0%} / {found / gold if gold else 0:.0%} / {pf}"


def report(table: pd.DataFrame, matched: dict, gold: dict, thresholds: list[float], confidence: float) -> list[str]:
    """The markdown table of the module docstring (one row per story and one for all)."""
    cuts = [("none", None)] + [(f"score ≥ {t:g}", t) for t in thresholds] + [(f"confidence ≥ {confidence:g}", -1.0)]
    lines = ["| story | AUC score | AUC confidence | " + " | ".join(n for n, _ in cuts) + " |",
             "|---|---|---|" + "---|" * len(cuts)]
    totals = np.zeros((len(cuts), 4), dtype=int)
    for story, sub in table.groupby("story", sort=False):
        y = sub["y"].to_numpy()
        m = [matched[story][e] for e in sub["event_id"]]
        cells = []
        for i, (_, t) in enumerate(cuts):
            keep = np.ones(len(sub), bool) if t is None else (
                sub["confidence"].to_numpy() >= confidence if t < 0 else sub["score"].to_numpy() >= t)
            n, tp, found = figures(keep, y, m, gold[story])
            totals[i] += (n, tp, found, gold[story])
            cells.append(_cell(n, tp, found, gold[story]))
        lines.append(f"| {story} | {roc_auc(y, sub['score']):.2f} | {roc_auc(y, sub['confidence']):.2f} | "
                     + " | ".join(cells) + " |")
    lines.append("| all | – | – | " + " | ".join(_cell(*row) for row in totals) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (articles/, sources.csv, gold_events.csv)")
    ap.add_argument("--c", type=float, default=0.1, help="inverse penalty of the logistic regression")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8])
    ap.add_argument("--confidence", type=float, default=0.45, help="baseline: drop events of lower confidence")
    ap.add_argument("--json", type=Path, help="write the fold coefficients and the per-event scores as JSON")
    args = ap.parse_args(argv)
    parts, matched, gold = [], {}, {}
    for folder in args.stories:
        feats, matched[folder.name], gold[folder.name] = story_events(folder)
        parts.append(feats.rename_axis("event_id").reset_index().assign(story=folder.name))
    table = pd.concat(parts, ignore_index=True)
    table["score"], coefs = leave_one_story_out(table, args.c)
    print("cells: events kept: precision / recall (compatible date) / events per gold event found\n")
    print("\n".join(report(table, matched, gold, args.thresholds, args.confidence)))
    order = np.argsort(-np.abs(coefs.mean(0)))
    print("\nmean standardised coefficient over the folds (min, max), largest first:")
    for i in order[:15]:
        print(f"  {FEATURES[i]:18} {coefs[:, i].mean():+.2f} ({coefs[:, i].min():+.2f}, {coefs[:, i].max():+.2f})")
    if args.json:
        args.json.write_text(json.dumps({
            "features": list(FEATURES), "coefficients": coefs.round(4).tolist(),
            "events": table[["story", "event_id", "y", "score", "confidence"]].to_dict("records")}, indent=1) + "\n",
            encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
