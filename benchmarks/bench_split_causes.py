"""Why each split gold event stayed split: the nearest mention pair between two of its events, and its cause.

Usage::

    .venv/bin/python benchmarks/bench_split_causes.py benchmarks/corpora/<story> [more stories]

For each gold event that two or more emitted events match (``split`` of ``bench_events.py``), every mention pair
across two of its events is judged by ``timeline.identity.explain_pair``; the pair nearest to a link (a link first,
then the highest score) is printed with its verdict, score, threshold (``identity.pair_threshold``), cause (one of
``identity.PAIR_CAUSES`` or a cannot-link rule), whether blocking compared it, and both mentions' subject, action
and object words and quote. The last lines count the causes. Mentions are caught and prepared as
``bench_split_kinds.py`` does (same extraction, same matching rule); nothing is scored differently, the causes only
sort the splits for reading (round 33, dupes33: on the 66 development stories, 81 of 222 splits were scored below the
threshold, 44 below zero — two actions that differ — 27 linked but kept apart by their groups, 26 undated reports
whose main actions differ, about 40 cannot-links).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_events as be  # noqa: E402
import bench_split_kinds as bsk  # noqa: E402


def nearest_pair(prep, members: dict[str, list[int]], ids: list[str]):
    """The mention pair across two of the events ``ids`` nearest to a link, with its verdict, score and cause.

    Parameters
    ----------
    prep : timeline.identity.Prepared
    members : dict
        Mention indices of each event id (``bench_split_kinds.members_of``).
    ids : list of str
        The event ids of one split gold event.

    Returns
    -------
    tuple or None
        ``((i, j), verdict, score, cause, compared)``, ``None`` when no event has a caught mention.
    """
    from timeline.identity import explain_pair

    compared = set(prep.pairs)
    best = None
    for a, b in combinations(ids, 2):
        for i in members.get(a, []):
            for j in members.get(b, []):
                p = (min(i, j), max(i, j))
                verdict, score, cause = explain_pair(prep, *p)
                key = (verdict == "link", score if score is not None else -9.0)
                if best is None or key > best[0]:
                    best = (key, (p, verdict, score, cause, p in compared))
    return best[1] if best else None


def _line(prep, k: int) -> str:
    f, r = prep.features[k], prep.records[k]
    return (f"    {r['source']} {prep.periods[k].value} subject={sorted(f.subject)} actions={sorted(f.actions)} "
            f"objects={sorted(f.objects)[:4]} | {r['quote'][:150]!r}")


def story_causes(folder: Path) -> list[str]:
    """The causes of the split gold events of one story, printed as they are found."""
    from timeline.identity import pair_threshold

    gold, frame, prep, event_of = bsk.prepared_story(folder)
    members = bsk.members_of(prep, event_of)
    scored = be.score(be.emitted(frame), gold, titles=False)
    causes = []
    for g in gold:
        ids = scored["_by_gold"][g.id]
        found = nearest_pair(prep, members, ids) if len(ids) >= 2 else None
        if found is None:
            continue
        (i, j), verdict, score, cause, compared = found
        shown = "–" if score is None else f"{score:.2f}"
        print(f"{folder.name} | {g.id} | {verdict} {shown} (threshold {pair_threshold(prep, i, j):.2f}) {cause}"
              f"{'' if compared else ', never compared'}")
        print(_line(prep, i))
        print(_line(prep, j))
        causes.append(cause)
    return causes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (benchmarks/corpora/<story>)")
    args = ap.parse_args(argv)
    counts = Counter(c for folder in args.stories for c in story_causes(folder))
    print()
    for cause, n in counts.most_common():
        print(f"{n:4d}  {cause}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
