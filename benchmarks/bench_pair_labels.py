"""The identity scorer's verdicts on the pairs it compares, against the gold events each mention states.

Usage::

    .venv/bin/python benchmarks/bench_pair_labels.py benchmarks/corpora/<story> [more stories] [--show]

Each story is extracted as ``bench_events.py`` prepares it (publication days from ``sources.csv``). For the largest
set of candidates :func:`timeline.identity.prepare` sees (the folder's merge), every mention is labelled with the gold
events its quote matches on its own (the matching rule of ``bench_events.py``, one quote, no title), and every pair
the blocking compares is judged (:func:`timeline.identity.explain_pair`). A pair is ``same`` when the two mentions
share a gold event, ``diff`` when both match gold events but none in common, ``unknown`` otherwise (one of them
matches no gold event on its own). The counts per verdict and label show what a change of the scorer or of the
blocking does before any grouping: links between different gold events (``link/diff``) are the merge errors it
risks, pairs of one gold event left unlinked (``none/same``) the splits. ``--show`` lists the ``link/diff`` pairs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_events import Emitted, copy_story, matches, read_gold  # noqa: E402

VERDICTS = ("link", "conflict", "none")
LABELS = ("same", "diff", "unknown")


def largest_prepared(folder: Path):
    """The :class:`timeline.identity.Prepared` of the most candidates prepared while extracting a story folder."""
    import timeline.identity as identity
    from timeline.articles import load_articles
    from timeline.extract import extract

    seen = []
    original = identity.prepare

    def keep(*args, **kwargs):
        prep = original(*args, **kwargs)
        seen.append((prep, list(prep.pairs)))
        return prep

    identity.prepare = keep
    try:
        with tempfile.TemporaryDirectory() as tmp:
            copy_story(folder, Path(tmp))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                extract(load_articles(Path(tmp)))
    finally:
        identity.prepare = original
    return max(seen, key=lambda s: len(s[0].records)) if seen else (None, [])


def mention_labels(records, gold) -> list[frozenset[str]]:
    """The gold ids each candidate record's quote matches on its own."""
    from timeline.events import EventSchema as E

    out = []
    for r in records:
        one = Emitted("mention", r[E.date], "", {r[E.source]: [r[E.quote]]})
        out.append(frozenset(g.id for g in gold if matches(one, g)))
    return out


def label(a: frozenset[str], b: frozenset[str]) -> str:
    """``same``, ``diff`` or ``unknown`` for two mentions' gold ids (see the module docstring)."""
    if a & b:
        return "same"
    return "diff" if a and b else "unknown"


def story_counts(folder: Path, show: bool = False) -> Counter:
    """Counts of (verdict, label) over the compared pairs of one story; ``show`` prints its ``link/diff`` pairs."""
    from timeline.events import EventSchema as E
    from timeline.identity import explain_pair

    prep, pairs = largest_prepared(folder)
    counts: Counter = Counter()
    if prep is None:
        return counts
    labels = mention_labels(prep.records, read_gold(folder))
    for i, j in pairs:
        verdict, score, _cause = explain_pair(prep, i, j)
        kind = label(labels[i], labels[j])
        counts[(verdict, kind)] += 1
        if show and verdict == "link" and kind == "diff":
            print(f"  {folder.name} {score:.2f} {prep.records[i][E.quote][:90]!r} || "
                  f"{prep.records[j][E.quote][:90]!r}")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (articles/, sources.csv, gold_events.csv)")
    ap.add_argument("--show", action="store_true", help="list the links between mentions of different gold events")
    args = ap.parse_args(argv)
    total: Counter = Counter()
    for folder in args.stories:
        total.update(story_counts(folder, args.show))
    print("| verdict | " + " | ".join(LABELS) + " |")
    print("|---|" + "---|" * len(LABELS))
    for verdict in VERDICTS:
        print(f"| {verdict} | " + " | ".join(str(total[(verdict, kind)]) for kind in LABELS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
