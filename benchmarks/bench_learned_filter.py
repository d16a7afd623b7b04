"""Leave-one-story-out test of a learned event filter over structural features (issue 14, round 20).

Usage::

    .venv/bin/python benchmarks/bench_learned_filter.py benchmarks/corpora/<story> [more stories]
        [--pair STORY STORY] [--model logistic boosting forest filter20] [--thresholds 0.3 0.35 0.4] [--cache DIR]
        [--json OUT]

The question: can a model learned from the gold timelines tell the extractor's events that belong on an analyst's
timeline from those that do not, well enough to drop the unlikely ones (precision up, recall kept)? Round 9
(``bench_event_model.py``, ``docs/event_model.md``) tried a logistic score on 48 features over twelve stories and
found it ranked events no better than ``confidence``. This bench asks again on every development story, with the
features of ``event_features.py`` plus the *structure* the extractor records (``event_structure.py``; needs
scikit-learn, a ``dev`` dependency): the rule that dated and titled the event (read from its ``note``), the
``folder`` anchor, a ``START``/``END`` modifier, the lane, the page (length, dated or not, its events, the
paragraph of the first quote and whether it is the lede) and the folder (pages, share stating the event, days from
the page's and the folder's median publication day, date rank). No word of any text or title is a feature.

Each event is labelled 1 when it matches a gold event by the benchmark's own rule (``bench_events.matches``). For
each story, a model fitted on the other stories scores its events; the tables give per story and pooled events
kept, precision, recall (compatible date) and events per gold event found with no filter and with the events
scored below each threshold dropped (a dropped matched event costs recall only when no other kept event matches its
gold event), and the within-story and pooled ROC AUC of the score and of ``confidence``. ``--pair`` also scores
two stories with a model fitted on the stories given minus both (the honest transfer check for a pair never tuned
on). The models are :data:`MODELS`; ``filter20`` is the small forest on ``event_structure.FILTER_FEATURES`` that
round 20 proposed as the extractor's event filter (at 0.35). The output ends with a hand rule of the same reach
(:func:`hand_rule`) and ``confidence`` alone.

Result (round 20, 34 development stories, 1483 events, 1086 matched): leave one story out, ``filter20`` at 0.35
keeps 1429 events, precision 73.2 → 75.3%, recall 84.9 → 84.2%, events per found 1.42 → 1.38 (pooled AUC 0.72,
``confidence`` 0.66); boeing_737max_2019 + puerto_rico_maria_2017 scored by a model fitted on the other 32:
98 → 95 events, precision 56.1 → 57.9%, recall 71.8% unchanged. The hand rule keeps 1406 events, 76.0% / 83.7% /
1.37. **Not adopted.** Every event the learned filter drops (54, in 26 stories) is one the present perfect dated by
its page's publication day (157 such events in 31 stories, 64 of them matched), and the equivalent hand rule (such
an event past the middle of its page) loses real news on news-report pages, failing the project's bar (a rule lowers
no story's figure): in these tables the learned filter lowers recall on 7 stories (japan_earthquake_2011 94.4 →
88.9%), the hand rule on 10 (japan_earthquake_2011 94.4 → 87.0%); the round-20 review of the rule gave
japan_earthquake_2011 recall 94% → 85%, recall down on 7 stories. The bench is kept so that the question can be
asked again as the corpora grow. It takes about a minute on the 34 stories (``--cache`` keeps
the extractor's frames for a re-run).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_events as be  # noqa: E402
from bench_event_model import roc_auc  # noqa: E402
from event_features import FEATURES as BASE_FEATURES, event_features  # noqa: E402
from event_structure import (FILTER_FEATURES, STRUCTURE_FEATURES, Page, filter_features, labels,  # noqa: E402
                             past_middle_perfect, structure_features, unfiltered_frame)

#: every feature of the models fitted on all features, in order
FEATURES: tuple[str, ...] = BASE_FEATURES + STRUCTURE_FEATURES
#: the settings of the forest round 20 proposed as the event filter (scikit-learn ``RandomForestClassifier``)
FILTER_FOREST = {"n_estimators": 30, "max_depth": 5, "min_samples_leaf": 10, "max_features": 0.3, "random_state": 0,
                 "n_jobs": 1}
#: the prefix of the :data:`FILTER_FEATURES` columns in the table (some share a name with :data:`FEATURES`)
PREFIX = "f_"


def story_table(folder: Path, cache: Path | None = None) -> tuple[pd.DataFrame, dict[str, list[str]], int]:
    """Features and labels of a story's events, the gold events each matches, and the number of gold events.

    The table has the columns of :data:`FEATURES`, those of ``FILTER_FEATURES`` prefixed :data:`PREFIX`, and
    ``y`` (1 when the event matches a gold event); one row per event, indexed by ``event_id``.
    """
    gold = be.read_gold(folder)
    frame, meta = unfiltered_frame(folder, cache)
    pages = {m["id"]: m for m in meta}
    feats = event_features(frame, {k: p["published"] for k, p in pages.items()},
                           {k: len(p["text"]) for k, p in pages.items()})
    feats = feats.join(structure_features(frame, pages))[list(FEATURES)]
    small = filter_features(frame, {k: Page(p["published"], len(p["text"])) for k, p in pages.items()})
    feats = feats.join(small.add_prefix(PREFIX))
    matched = labels(frame, gold)
    feats["y"] = [int(bool(matched[e])) for e in feats.index]
    return feats, matched, len(gold)


#: the models compared: name -> its features (None: all of :data:`FEATURES`) and description
MODELS = {
    "logistic": "logistic regression (standardised, L2, C = 0.1), all features",
    "boosting": "gradient boosting (150 trees of depth 2, rate 0.05, subsample 0.8), all features",
    "forest": "random forest (60 trees of depth 6, leaves of 10+ events, 30% of the features a split), all features",
    "filter20": "the filter proposed in round 20: random forest (30 trees of depth 5, leaves of 10+ events, 30% of "
                "the features a split) on the 12 FILTER_FEATURES",
}


def make_model(kind: str):
    """A fresh, unfitted scikit-learn model of :data:`MODELS` (fixed seeds)."""
    if kind == "logistic":
        return make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=2000))
    if kind == "boosting":
        return GradientBoostingClassifier(n_estimators=150, max_depth=2, learning_rate=0.05, subsample=0.8,
                                          random_state=0)
    if kind == "forest":
        return RandomForestClassifier(n_estimators=60, max_depth=6, min_samples_leaf=10, max_features=0.3,
                                      random_state=0, n_jobs=1)
    return RandomForestClassifier(**FILTER_FOREST)


def columns(kind: str) -> list[str]:
    """The feature columns of a model of :data:`MODELS` (``filter20``'s are prefixed :data:`PREFIX` in the table)."""
    return [PREFIX + f for f in FILTER_FEATURES] if kind == "filter20" else list(FEATURES)


def loso(table: pd.DataFrame, kind: str, *, train_out: set[str] | None = None,
         only: list[str] | None = None) -> pd.Series:
    """Each story's (or each of ``only``'s) events scored by a model fitted on the other stories, never on
    ``train_out``."""
    scores = pd.Series(np.nan, index=table.index)
    x = table[columns(kind)].to_numpy(float)
    y = table["y"].to_numpy()
    for story in only or table["story"].unique():
        test = (table["story"] == story).to_numpy()
        train = ~test & ~table["story"].isin(train_out or set()).to_numpy()
        model = make_model(kind).fit(x[train], y[train])
        scores[test] = model.predict_proba(x[test])[:, 1]
    return scores


def _figures(sub: pd.DataFrame, keep: np.ndarray, matched: dict[str, list[str]]) -> tuple[int, int, int]:
    found = {g for k, e in zip(keep, sub["event_id"]) if k for g in matched[e]}
    return int(keep.sum()), int(sub["y"].to_numpy()[keep].sum()), len(found)


def _cell(n: int, tp: int, found: int, gold: int) -> str:
    pf = f"{n / found:.2f}" if found else "–"
    return f"{n}: {tp / n if n else 0:.1%} / {found / gold if gold else 0:.1%} / {pf}"


def report(table: pd.DataFrame, matched: dict, gold: dict, thresholds: list[float], column: str) -> list[str]:
    """Markdown table: per story and pooled, events kept: precision / recall / per found, for each threshold."""
    cuts = [("none", None)] + [(f"{column} ≥ {t:g}", t) for t in thresholds]
    lines = ["| story | AUC score | AUC confidence | " + " | ".join(n for n, _ in cuts) + " |",
             "|---|---|---|" + "---|" * len(cuts)]
    totals = np.zeros((len(cuts), 4), dtype=int)
    for story, sub in table.groupby("story", sort=False):
        cells = []
        for i, (_, t) in enumerate(cuts):
            keep = np.ones(len(sub), bool) if t is None else sub[column].to_numpy() >= t
            n, tp, found = _figures(sub, keep, matched[story])
            totals[i] += (n, tp, found, gold[story])
            cells.append(_cell(n, tp, found, gold[story]))
        lines.append(f"| {story} | {roc_auc(sub['y'], sub[column]):.2f} | {roc_auc(sub['y'], sub['confidence']):.2f} | "
                     + " | ".join(cells) + " |")
    lines.append(f"| all | {roc_auc(table['y'], table[column]):.2f} | {roc_auc(table['y'], table['confidence']):.2f} | "
                 + " | ".join(_cell(*row) for row in totals) + " |")
    return lines


def weights(table: pd.DataFrame, kind: str) -> list[tuple[str, float]]:
    """Features by weight in a model fitted on all of ``table``: standardised coefficients or impurity importance."""
    model = make_model(kind).fit(table[columns(kind)].to_numpy(float), table["y"].to_numpy())
    w = model[-1].coef_[0] if kind == "logistic" else model.feature_importances_
    return sorted(zip(columns(kind), map(float, w)), key=lambda p: -abs(p[1]))


def hand_rule(table: pd.DataFrame) -> pd.Series:
    """1.0 for an event the hand rule keeps, 0.0 for one it drops (``event_structure.past_middle_perfect``)."""
    return 1.0 - past_middle_perfect(table, PREFIX).astype(float)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (articles/, sources.csv, gold_events.csv)")
    ap.add_argument("--pair", nargs="*", default=[],
                    help="stories (names or folders) also scored by a model fitted without them all")
    ap.add_argument("--model", nargs="+", choices=list(MODELS), default=list(MODELS))
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.3, 0.35, 0.4, 0.45, 0.5])
    ap.add_argument("--cache", type=Path, help="folder for the extractor's frames (re-used when present)")
    ap.add_argument("--json", type=Path, help="write the per-event scores as JSON")
    args = ap.parse_args(argv)
    args.pair = [Path(p).name for p in args.pair or []]  # a story's name or its folder
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    parts, matched, gold = [], {}, {}
    for folder in args.stories:
        feats, matched[folder.name], gold[folder.name] = story_table(folder, args.cache)
        parts.append(feats.rename_axis("event_id").reset_index().assign(story=folder.name))
    table = pd.concat(parts, ignore_index=True)
    kinds = args.model
    print(f"{len(table)} events, {int(table['y'].sum())} matched, {len(FEATURES)} features "
          f"({len(FILTER_FEATURES)} in filter20)\n")
    print("cells: events kept: precision / recall (compatible date) / events per gold event found")
    for kind in kinds:
        table[kind] = loso(table, kind)
        print(f"\n### {kind}: {MODELS[kind]}; leave one story out\n")
        print("\n".join(report(table, matched, gold, args.thresholds, kind)))
        if args.pair:
            pair = table[table["story"].isin(args.pair)].copy()
            pair[kind] = loso(table, kind, train_out=set(args.pair), only=args.pair).loc[pair.index]
            print(f"\n### {kind}, {' + '.join(args.pair)} scored by a model fitted on the other stories only\n")
            print("\n".join(report(pair, matched, gold, args.thresholds, kind)))
        print("\nweights (model fitted on all stories), largest first:")
        for name, w in weights(table, kind)[:20]:
            print(f"  {name:22} {w:+.3f}")
    print("\n### a hand rule for comparison: drop an event dated by its publication day because a present perfect "
          "reports it, when its first quote lies past the middle of its page\n")
    table["rule"] = hand_rule(table)
    print("\n".join(report(table, matched, gold, [0.5], "rule")))
    print("\n### confidence alone\n")
    print("\n".join(report(table, matched, gold, [0.3, 0.4, 0.5, 0.6], "confidence")))
    if args.json:
        cols = ["story", "event_id", "y", "confidence"] + kinds
        args.json.write_text(json.dumps(table[cols].to_dict("records"), indent=0) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
