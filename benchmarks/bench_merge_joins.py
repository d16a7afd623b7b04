"""Why ``timeline.identity`` joined the mentions of two gold events: the link behind each *joined mentions* merge error.

Usage::

    .venv/bin/python benchmarks/bench_merge_joins.py benchmarks/corpora/<story> [more stories] [--show]

Each story is run as ``bench_merge_kinds.py`` runs it (``bench_split_kinds.prepared_story``). For every merge error
of kind *joined mentions* (``bench_merge_kinds.merge_kind``: two of the event's quotes each match a gold event on
their own and share none) the script looks at the pairs of the event's mentions that match different gold events and
takes the strongest one :func:`timeline.identity.judge_pair` links. The error is put in the first **class**
(:data:`CLASSES`) that fits that link:

``chain``
    no pair of mentions of two different gold events is linked: other mentions carry the join;
``coarse date``
    one of the two is dated to a period longer than a day (a week, a month, a year, a look-back) and the other to a
    day: a coarse mention joins one of its period's days;
``same figure``
    both report a figure of one kind and share it (``Features.counts``: a toll, a count of cases);
``side verb``
    their actions meet only through a verb-like word of one clause that is not its main action (``Features.verbs``:
    *the capture … sends a message* | *captured*; *the coalition land forces* | *arrived*);
``same main action``
    their main actions meet (one verb or its synonym): one doer's two acts told with one verb, or one act at two
    places or of two parties;
``words``
    no action meets: shared words, a shared actor or object carry the link.

The table gives the count per class and story; ``--show`` lists each error with the linked pair, its score and the
link's parts (shared actor, shared object). Nothing is scored differently from ``bench_events.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_events as be  # noqa: E402
import bench_merge_kinds as bmk  # noqa: E402
import bench_split_kinds as bsk  # noqa: E402

from timeline.identity import actions_meet, judge_pair, link_parts  # noqa: E402

#: the classes of a joined-mentions merge error, in the order they are asked
CLASSES: tuple[str, ...] = ("chain", "coarse date", "same figure", "side verb", "same main action", "words")


def meets(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of action stems meet as ``timeline.identity`` compares actions
    (:func:`timeline.identity.actions_meet`)."""
    return actions_meet(a, b)


def link_class(prep, i: int, j: int) -> str:
    """The class (:data:`CLASSES`, not ``chain``) of the link between mentions ``i`` and ``j`` of ``prep``."""
    fa, fb = prep.features[i], prep.features[j]
    pa, pb = prep.periods[i], prep.periods[j]
    days = sorted(((pa.end - pa.start).days, (pb.end - pb.start).days))
    if days[0] <= 1 < days[1]:
        return "coarse date"
    if fa.counts and fb.counts and fa.counts & fb.counts:
        return "same figure"
    if meets(fa.actions, fb.actions):
        return "same main action"
    if meets(fa.actions, fb.verbs) or meets(fa.verbs, fb.actions):
        return "side verb"
    return "words"


def story_joins(folder: Path) -> list[tuple[be.Emitted, list[be.Gold], str, tuple | None]]:
    """The joined-mentions merge errors of one story: (event, gold events, class, strongest link or ``None``), the
    link as ``(score, i, j, record i, record j, parts)``."""
    gold, frame, prep, event_of = bsk.prepared_story(folder, merge_args=True)
    members = bsk.members_of(prep, event_of)
    out = []
    for ev in be.emitted(frame):
        hit = [g for g in gold if be.matches(ev, g)]
        if len(hit) < 2 or bmk.merge_kind(ev, hit) != "joined mentions":
            continue
        idx = members.get(ev.id, [])
        golds = {}
        for k in idx:
            r = prep.records[k]
            one = be.Emitted(ev.id, ev.date, "", {r["source"]: [r["quote"]]})
            golds[k] = {g.id for g in hit if be.matches(one, g)}
        best = None
        for n, i in enumerate(idx):
            for j in idx[n + 1:]:
                if not golds[i] or not golds[j] or golds[i] & golds[j]:
                    continue
                verdict, score = judge_pair(prep, i, j)
                if verdict == "link" and (best is None or score > best[0]):
                    best = (score, i, j, prep.records[i], prep.records[j],
                            link_parts(prep.features[i], prep.features[j], prep.idf))
        out.append((ev, hit, "chain" if best is None else link_class(prep, best[1], best[2]), best))
    return out


def _show(joins) -> None:
    for ev, hit, cls, best in joins:
        print(f"  [{cls}] {ev.date} {ev.title!r}: " + " | ".join(g.title for g in hit))
        if best is not None:
            score, _i, _j, ri, rj, parts = best
            print(f"      score {score:.2f} actor {parts['actor']} object {parts['object']}")
            for r in (ri, rj):
                print(f"      {r['source']} [{r.get('date_text')}] {r['quote'][:150]!r}")


def main(argv: list[str] | None = None) -> int:
    """Print the table of joined-mentions classes per story (and each error with ``--show``)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (articles/, sources.csv, gold_events.csv)")
    ap.add_argument("--show", action="store_true", help="list each error with its strongest link")
    args = ap.parse_args(argv)
    print("| story | joined mentions | " + " | ".join(CLASSES) + " |")
    print("|---|---|" + "---|" * len(CLASSES))
    totals = dict.fromkeys(CLASSES, 0)
    for folder in args.stories:
        joins = story_joins(folder)
        counts = {c: sum(1 for _e, _h, cls, _b in joins if cls == c) for c in CLASSES}
        for c in CLASSES:
            totals[c] += counts[c]
        if joins:
            print(f"| {folder.name} | {len(joins)} | " + " | ".join(str(counts[c]) for c in CLASSES) + " |")
            if args.show:
                _show(joins)
    print(f"| all | {sum(totals.values())} | " + " | ".join(str(totals[c]) for c in CLASSES) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
