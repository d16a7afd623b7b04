"""Leave-one-story-out test of a learned pairwise "same real event?" score against identity's hand link score.

Usage::

    .venv/bin/python benchmarks/bench_identity_model.py benchmarks/corpora/<story> [more stories] [--c 0.1]
        [--thresholds 0.5 0.7 0.9] [--json OUT]

For each story (prepared as ``bench_events.py`` does), the candidate records that ``timeline.extract`` hands to
``timeline.identity.merge`` are caught, prepared by ``identity.prepare`` and every blocked pair ``identity`` scores is
judged by ``identity.judge_pair`` (the same verdict and score as ``identity.score_pairs``). Each mention is matched
on its own (its date, its quote, no title) to the gold events by the benchmark's rule (``bench_events.matches``); a
pair is labelled 1 when both mentions match a common gold event, 0 when both match gold events but none in common,
and is left out when either matches none. Pairs are described by :data:`FEATURES` (no word of any story); an
L2-regularised logistic regression (``bench_event_model.logistic_fit``) is fitted on the other stories and scores the
held-out story's pairs. The table gives, per story and pooled, the pairwise AUC and average precision of the hand
score and of the learned score. ``--thresholds`` then simulates the grouping of each held-out story: the hand links
(``identity.join`` over the hand links and cannot-links, as ``merge`` does) against links of learned probability at
or above each threshold under the same cannot-links and the same union; each set of groups is scored by
``bench_events.score`` (groups as events dated by their finest member date, untitled).

The result is in docs/identity_model.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import re
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_events as be  # noqa: E402
from bench_event_model import fit_and_score, roc_auc  # noqa: E402

#: Pair features, in the order of the model's coefficients.
FEATURES: tuple[str, ...] = (
    "hand", "hand_none", "hand_link", "hand_conflict", "dup",
    "same_value", "nested", "log_days_apart", "log_len_min", "log_len_max",
    "same_article", "log_offset_gap", "both_undated", "one_undated",
    "actors_shared", "actors_only_one", "actors_disjoint", "subject_same", "subject_differ",
    "action_same", "action_verb", "actions_differ", "objects_shared", "terms_wjaccard", "terms_woverlap",
    "quote_cosine", "passive_differ", "counts_both", "ordinals_differ", "happening_differ",
    "direct_min", "direct_max", "confidence_min",
)
_TOKEN = re.compile(r"[a-z][a-z'-]+")


def average_precision(y: np.ndarray, score: np.ndarray) -> float:
    """Average precision of ``score`` ranking the positives of ``y`` first (ties broken against the positives)."""
    y, score = np.asarray(y), np.asarray(score, dtype=float)
    if not y.sum():
        return float("nan")
    order = np.lexsort((y, -score))  # by score, a tie puts the negatives first
    hits = np.cumsum(y[order])
    precision = hits / np.arange(1, len(y) + 1)
    return float((precision * y[order]).sum() / y.sum())


@contextlib.contextmanager
def catching_records(store: list, *, with_kwargs: bool = False):
    """Within the block, the records ``timeline.extract`` hands to ``identity.merge`` are appended to ``store`` (with
    ``with_kwargs``, as ``(records, keyword arguments)``: the merge's threshold and the folder's alias table)."""
    import timeline.extract as tx

    original = tx.merge

    def spy(records, **kwargs):
        records = list(records)
        store.append((records, kwargs) if with_kwargs else records)
        return original(records, **kwargs)

    tx.merge = spy
    try:
        yield store
    finally:
        tx.merge = original


def story_records(folder: Path) -> tuple[list[dict], list[be.Gold]]:
    """The candidate records of a story as ``identity.merge`` receives them, and its gold events."""
    from timeline.articles import load_articles
    from timeline.extract import extract

    gold = be.read_gold(folder)
    caught: list = []
    with tempfile.TemporaryDirectory() as tmp:
        be.copy_story(folder, Path(tmp))
        with warnings.catch_warnings(), catching_records(caught):
            warnings.simplefilter("ignore")
            extract(load_articles(Path(tmp)))
    return [r for batch in caught for r in batch], gold


def mention_gold(records: list[dict], gold: list[be.Gold]) -> list[frozenset[str]]:
    """The gold events each mention matches on its own (its date and quote, no title)."""
    out = []
    for k, r in enumerate(records):
        ev = be.Emitted(str(k), r["date"], "", {r["source"]: [r["quote"]]})
        out.append(frozenset(g.id for g in gold if be.matches(ev, g)))
    return out


def quote_vectors(records: list[dict]) -> list[dict[str, float]]:
    """Unit tf-idf vectors of the quotes (idf over the story's quotes)."""
    bags = [Counter(_TOKEN.findall(r["quote"].lower())) for r in records]
    df = Counter(t for b in bags for t in b)
    n = len(bags)
    vecs = []
    for b in bags:
        v = {t: c * (math.log((1 + n) / (1 + df[t])) + 1.0) for t, c in b.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({t: x / norm for t, x in v.items()})
    return vecs


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def _wsum(terms, idf) -> float:
    return sum(idf.get(t, 1.0) for t in terms)


def pair_features(prep, i: int, j: int, verdict: str, score: float | None, vecs: list) -> list[float]:
    """The :data:`FEATURES` of one judged pair of a ``Prepared`` (see the module docstring)."""
    ri, rj = prep.records[i], prep.records[j]
    fa, fb = prep.features[i], prep.features[j]
    pa, pb = prep.periods[i], prep.periods[j]
    idf = prep.idf
    la, lb = (pa.end - pa.start).days, (pb.end - pb.start).days
    undated = [r.get("anchor") == "undated" for r in (ri, rj)]
    shared_terms = fa.terms & fb.terms
    union = _wsum(fa.terms | fb.terms, idf)
    actions = bool(fa.actions and fb.actions)
    return [
        -1.0 if verdict == "conflict" else (score if score is not None else 0.0),
        float(score is None), float(verdict == "link"), float(verdict == "conflict"), float(score == 2.0),
        float(pa.value == pb.value), float(pa.value != pb.value),
        math.log1p(abs((pa.start - pb.start).days)), math.log1p(min(la, lb)), math.log1p(max(la, lb)),
        float(ri["source"] == rj["source"]),
        math.log1p(abs(ri["quote_start"] - rj["quote_start"])) if ri["source"] == rj["source"] else 0.0,
        float(all(undated)), float(any(undated) and not all(undated)),
        float(len(fa.actors & fb.actors)), float(bool(fa.actors) != bool(fb.actors)),
        float(bool(fa.actors and fb.actors and not fa.actors & fb.actors)),
        float(bool(fa.subject & fb.subject)), float(bool(fa.subject and fb.subject and not fa.subject & fb.subject)),
        float(bool(fa.actions & fb.actions)), float(bool(fa.actions & fb.verbs or fb.actions & fa.verbs)),
        float(actions and not fa.actions & fb.actions),
        float(len(fa.objects & fb.objects)),
        _wsum(shared_terms, idf) / union if union else 0.0,
        _wsum(shared_terms, idf) / (min(_wsum(fa.terms, idf), _wsum(fb.terms, idf)) or 1.0),
        _cosine(vecs[i], vecs[j]), float(fa.passive != fb.passive), float(bool(fa.counts and fb.counts)),
        float(bool(fa.ordinals and fb.ordinals and fa.ordinals != fb.ordinals)),
        float(bool(fa.happening and fb.happening and not fa.happening & fb.happening)),
        min(fa.direct, fb.direct), max(fa.direct, fb.direct),
        min(float(ri.get("confidence") or 0), float(rj.get("confidence") or 0)),
    ]


def story_pairs(folder: Path) -> dict:
    """A story's prepared candidates, gold events, mention labels and the table of all its judged pairs.

    Returns
    -------
    dict
        ``prep``, ``gold``, ``labels`` (gold ids per mention), ``links`` and ``conflicts`` (as
        ``identity.score_pairs`` gives them) and ``table`` (one row per judged pair: ``i``, ``j``, :data:`FEATURES`
        and ``y``: 1, 0, or -1 when a side matches no gold event).
    """
    from timeline.identity import judge_pair, prepare

    records, gold = story_records(folder)
    prep = prepare(records)
    labels = mention_gold(prep.records, gold)
    vecs = quote_vectors(prep.records)
    rows, links, conflicts = [], [], []
    for i, j in prep.pairs:
        verdict, score = judge_pair(prep, i, j)
        if verdict == "link":
            links.append((score, i, j))
        elif verdict == "conflict":
            conflicts.append((i, j))
        y = -1 if not (labels[i] and labels[j]) else int(bool(labels[i] & labels[j]))
        rows.append([i, j] + pair_features(prep, i, j, verdict, score, vecs) + [y])
    table = pd.DataFrame(rows, columns=["i", "j", *FEATURES, "y"])
    return {"prep": prep, "gold": gold, "labels": labels, "links": links, "conflicts": conflicts, "table": table}


def leave_one_story_out(tables: dict[str, pd.DataFrame], c: float = 0.1) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Learned probability of every pair of each story (fitted on the labelled pairs of the other stories).

    Parameters
    ----------
    tables : dict
        Story name to its pair table (:func:`story_pairs`).
    c : float, default 0.1
        Inverse penalty of ``logistic_fit``.

    Returns
    -------
    tuple
        Scores by story (aligned on its table, all pairs) and the standardised coefficients of each fold.
    """
    feats = list(FEATURES)
    labelled = {s: t[t["y"] >= 0] for s, t in tables.items()}
    scores, coefs = {}, []
    for story, table in tables.items():
        train = pd.concat([labelled[s] for s in tables if s != story], ignore_index=True)
        scores[story], coef = fit_and_score(train[feats].to_numpy(dtype=float), train["y"].to_numpy(dtype=float),
                                            table[feats].to_numpy(dtype=float), c, clip=40.0)
        coefs.append(coef)
    return scores, np.array(coefs)


def ranking_rows(tables: dict[str, pd.DataFrame], scores: dict[str, np.ndarray]) -> list[str]:
    """The markdown table of pairwise AUC and average precision, hand score against learned, per story and pooled."""
    lines = ["| story | pairs (same / different) | AUC hand | AUC learned | AP hand | AP learned |",
             "|---|---|---|---|---|---|"]
    ys, hands, learned = [], [], []
    for story, table in tables.items():
        keep = (table["y"] >= 0).to_numpy()
        y, h, s = table["y"].to_numpy()[keep], table["hand"].to_numpy()[keep], scores[story][keep]
        ys.append(y)
        hands.append(h)
        learned.append(s)
        lines.append(f"| {story} | {len(y)} ({int(y.sum())} / {int(len(y) - y.sum())}) | {roc_auc(y, h):.3f} | "
                     f"{roc_auc(y, s):.3f} | {average_precision(y, h):.3f} | {average_precision(y, s):.3f} |")
    y, h, s = np.concatenate(ys), np.concatenate(hands), np.concatenate(learned)
    lines.append(f"| pooled | {len(y)} ({int(y.sum())} / {int(len(y) - y.sum())}) | {roc_auc(y, h):.3f} | "
                 f"{roc_auc(y, s):.3f} | {average_precision(y, h):.3f} | {average_precision(y, s):.3f} |")
    return lines


def grouped_events(prep, roots: list[int]) -> list[be.Emitted]:
    """The groups of ``roots`` as untitled events dated by their finest member date."""
    groups: dict[int, list[int]] = {}
    for k, root in enumerate(roots):
        groups.setdefault(root, []).append(k)
    events = []
    for root, members in sorted(groups.items()):
        finest = min(members, key=lambda k: (prep.periods[k].end - prep.periods[k].start, prep.periods[k].value))
        ev = be.Emitted(str(root), prep.periods[finest].value, "")
        for k in members:
            ev.quotes.setdefault(prep.records[k]["source"], []).append(prep.records[k]["quote"])
        events.append(ev)
    return events


def simulate(story: dict, probability: np.ndarray, threshold: float, *, add: bool = False) -> tuple[dict, dict]:
    """Scores (``bench_events.score``) of the hand grouping and of the learned links at ``threshold``; with ``add``,
    the hand links plus the learned links the hand score did not make (only joins more)."""
    from timeline.identity import join

    prep, table = story["prep"], story["table"]
    hand = be.score(grouped_events(prep, join(prep, list(story["links"]), story["conflicts"])), story["gold"],
                    titles=False)
    keep = (probability >= threshold) & (table["hand_conflict"].to_numpy() == 0)
    links = [(round(float(p), 6), int(i), int(j))
             for p, i, j in zip(probability[keep], table["i"].to_numpy()[keep], table["j"].to_numpy()[keep])]
    if add:
        links = list(story["links"]) + [x for x, v in zip(links, table["hand_link"].to_numpy()[keep]) if not v]
    learned = be.score(grouped_events(prep, join(prep, links, story["conflicts"])), story["gold"], titles=False)
    return hand, learned


def coverage_row(name: str, story: dict) -> tuple[str, np.ndarray]:
    """How many same-gold mention pairs with nested dates a better pair score could join at all.

    Counts, over the mentions that match a gold event, the pairs that share a gold event and whose dates nest (one
    period holds the other); of them, those the hand grouping leaves in two groups (the pairs behind a split); and of
    those, the pairs ``identity`` never scores (not blocked together), which no pair score can join, and the pairs it
    scores as a cannot-link (which the simulation keeps).
    """
    from timeline.identity import join

    prep, labels = story["prep"], story["labels"]
    roots = join(prep, list(story["links"]), story["conflicts"])
    scored = set(zip(story["table"]["i"], story["table"]["j"]))
    labelled = [k for k, g in enumerate(labels) if g]
    cannot = {(min(i, j), max(i, j)) for i, j in story["conflicts"]}
    same = apart = unscored = conflict = 0
    for a, i in enumerate(labelled):
        for j in labelled[a + 1:]:
            pi, pj = prep.periods[i], prep.periods[j]
            if not labels[i] & labels[j] or not (pi.contains(pj) or pj.contains(pi)):
                continue
            same += 1
            if roots[i] != roots[j]:
                apart += 1
                unscored += (min(i, j), max(i, j)) not in scored
                conflict += (min(i, j), max(i, j)) in cannot
    row = np.array([same, apart, unscored, conflict])
    return f"| {name} | {same} | {apart} | {unscored} | {conflict} |", row


def hand_at(story: dict, threshold: float) -> dict:
    """Score (``bench_events.score``) of the hand grouping with the link threshold moved to ``threshold`` (0.15 more
    for nested dates, as in ``identity.score_pairs``): the hand score's own trade-off of splits against merges."""
    from timeline.identity import join, score_pairs

    prep = story["prep"]
    kept = prep.threshold
    prep.threshold = threshold
    try:
        links, conflicts = score_pairs(prep, zip(story["table"]["i"].tolist(), story["table"]["j"].tolist()))
    finally:
        prep.threshold = kept
    return be.score(grouped_events(prep, join(prep, links, conflicts)), story["gold"], titles=False)


def hand_rows(stories: dict[str, dict], thresholds: list[float]) -> list[str]:
    """The pooled row of the hand grouping at each link threshold (see :func:`hand_at`)."""
    lines = ["| hand threshold | pooled |", "|---|---|"]
    for t in thresholds:
        total = np.zeros(5)
        for story in stories.values():
            total += _totals(hand_at(story, t))
        lines.append(f"| {t:g} | {_pooled(total)} |")
    return lines


def _figures(s: dict) -> str:
    return (f"{s['events']} ev, R {s['recall']:.0%}, P {s['precision']:.0%}, {s['per_found']:.2f}/found, "
            f"split {s['split']:.0%}, {s['merge_err']} merges")


def simulation_rows(stories: dict[str, dict], scores: dict[str, np.ndarray], thresholds: list[float],
                    add: bool = False) -> list[str]:
    """The markdown table of the simulated grouping, hand links against learned links at each threshold (with
    ``add``: the hand links plus the learned ones, see :func:`simulate`)."""
    label = "hand + learned" if add else "learned"
    lines = ["| story | hand | " + " | ".join(f"{label} ≥ {t:g}" for t in thresholds) + " |",
             "|---|---|" + "---|" * len(thresholds)]
    total = np.zeros((1 + len(thresholds), 5))
    for name, story in stories.items():
        cells = []
        for k, t in enumerate(thresholds):
            hand, learned = simulate(story, scores[name], t, add=add)
            if k == 0:
                cells.append(_figures(hand))
                total[0] += _totals(hand)
            cells.append(_figures(learned))
            total[k + 1] += _totals(learned)
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("| all | " + " | ".join(_pooled(row) for row in total) + " |")
    return lines


def _totals(s: dict) -> list[float]:
    return [s["events"], s["found"], s["gold"], round(s["split"] * s["found"]), s["merge_err"]]


def _pooled(row: np.ndarray) -> str:
    events, found, gold, split, merges = row
    return (f"{events:.0f} ev, R {found / gold:.0%}, {events / found:.2f}/found, split {split / found:.0%}, "
            f"{merges:.0f} merges")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (articles/, sources.csv, gold_events.csv)")
    ap.add_argument("--c", type=float, default=0.1, help="inverse penalty of the logistic regression")
    ap.add_argument("--thresholds", type=float, nargs="*", default=[0.5, 0.7, 0.9])
    ap.add_argument("--hand-thresholds", type=float, nargs="*", default=[0.35, 0.45, 0.55, 0.65],
                    help="link thresholds of the hand score to simulate (its own split/merge trade-off)")
    ap.add_argument("--json", type=Path, help="write the fold coefficients as JSON")
    args = ap.parse_args(argv)
    stories = {folder.name: story_pairs(folder) for folder in args.stories}
    tables = {name: s["table"] for name, s in stories.items()}
    scores, coefs = leave_one_story_out(tables, args.c)
    print("\n".join(ranking_rows(tables, scores)))
    order = np.argsort(-np.abs(coefs.mean(0)))
    print("\nmean standardised coefficient over the folds (min, max), largest first:")
    for i in order[:15]:
        print(f"  {FEATURES[i]:18} {coefs[:, i].mean():+.2f} ({coefs[:, i].min():+.2f}, {coefs[:, i].max():+.2f})")
    print("\nsame-gold pairs of nested dates: all, in two hand groups, of these never scored, a cannot-link\n")
    print("| story | same-gold pairs | in two groups | never scored | cannot-link |\n|---|---|---|---|---|")
    total = np.zeros(4, dtype=int)
    for name, story in stories.items():
        line, row = coverage_row(name, story)
        total += row
        print(line)
    print(f"| all | {total[0]} | {total[1]} | {total[2]} | {total[3]} |")
    if args.thresholds:
        print("\nsimulated grouping (identity.join, hand cannot-links kept), cells: events, recall, precision, "
              "events per gold found, split, merge errors\n")
        print("\n".join(simulation_rows(stories, scores, args.thresholds)))
        print("\nthe hand links plus the learned links the hand score did not make\n")
        print("\n".join(simulation_rows(stories, scores, args.thresholds, add=True)))
    if args.hand_thresholds:
        print("\nthe hand score at other link thresholds (same simulation)\n")
        print("\n".join(hand_rows(stories, args.hand_thresholds)))
    if args.json:
        args.json.write_text(json.dumps({"features": list(FEATURES), "coefficients": coefs.round(4).tolist()},
                                        indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
