"""Which part of the matching rule makes each merge error of ``bench_events.py``: the gold rows' own text or a sibling
title's words.

Usage::

    .venv/bin/python benchmarks/bench_merge_routes.py benchmarks/corpora/<story> [more stories] [--show]

Each story is run as ``bench_merge_kinds.py`` runs it. ``bench_events.matches`` accepts an event for a gold row by
one of three **routes**, tried in this order (:data:`ROUTES`):

``evidence text``
    a quote holds the gold row's evidence sentence, or is a part of it (more than 20 characters);
``evidence words``
    a quote holds 60% of the evidence's content words (three or more);
``title words``
    the quotes (and the event's title) hold half the content words of the gold title (two or more).

For a merge error of kind *one quote* (``bench_merge_kinds.merge_kind``: one sentence matches two gold rows on its
own), the table gives the route by which that sentence reaches its **second** gold row (the weaker of its two
strongest routes). ``evidence text`` means that both gold rows cite that very sentence (or the same part of it):
no event the tool could make from that sentence, nor any clause of it longer than 20 characters, matches one of the
two rows and not the other, so no grouping, splitting or quote cut can remove the error. ``title words`` means the
sentence holds half the words of a sibling row's short title (*AIG misses 1st quarterly preferred stock dividend* and
the gold title *AIG misses fourth consecutive Treasury dividend*). The other kinds (joined mentions, several quotes,
title) are counted as they are. ``--show`` lists each one-quote error with its sentence and the route to each row.
Nothing is scored differently from ``bench_events.py``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_events as be  # noqa: E402
import bench_merge_kinds as bmk  # noqa: E402

from timeline.clauses import content_terms  # noqa: E402

#: the routes of ``bench_events.matches``, strongest first
ROUTES: tuple[str, ...] = ("evidence text", "evidence words", "title words")

#: the columns of the table: the kinds other than *one quote*, then one quote by the route to its second row
COLUMNS: tuple[str, ...] = ("joined mentions",) + tuple(f"one quote, {r}" for r in ROUTES) + (
    "several quotes", "title")


def terms(text: str) -> set[str]:
    """The content words ``bench_events.matches`` compares (numbers aside)."""
    return {t for t in content_terms(text) if not t.isdigit()}


def route(quote: str, gold: be.Gold) -> str:
    """The strongest route (:data:`ROUTES`) by which one quote alone matches a gold row; ``""`` when none does
    (dates and articles aside: the caller checks them).

    Parameters
    ----------
    quote : str
    gold : bench_events.Gold

    Returns
    -------
    str
    """
    evidence = gold.evidence.strip()
    if evidence and (evidence in quote or (len(quote) > 20 and quote in evidence)):
        return ROUTES[0]
    said = terms(evidence)
    if len(said) >= 3 and len(said & terms(quote)) >= 0.6 * len(said):
        return ROUTES[1]
    want = terms(gold.title)
    if len(want & terms(quote)) >= max(2, (len(want) + 1) // 2):
        return ROUTES[2]
    return ""


def second_route(ev: be.Emitted, hit: list[be.Gold]) -> str:
    """The route by which the quote of ``ev`` that matches two or more of ``hit`` on its own reaches its second row:
    the weaker of its two strongest routes, the strongest such over the event's quotes; ``""`` when no quote matches
    two rows.

    Parameters
    ----------
    ev : bench_events.Emitted
    hit : list of bench_events.Gold
        The gold rows ``ev`` matches.

    Returns
    -------
    str
    """
    best = ""
    for article, quotes in ev.quotes.items():
        for q in quotes:
            one = be.Emitted(ev.id, ev.date, "", {article: [q]})
            routes = sorted((route(q, g) for g in hit if be.matches(one, g)), key=ROUTES.index)
            if len(routes) >= 2 and (not best or ROUTES.index(routes[1]) < ROUTES.index(best)):
                best = routes[1]
    return best


def column(ev: be.Emitted, hit: list[be.Gold], kind: str) -> str:
    """The column (:data:`COLUMNS`) of a merge error of kind ``kind`` (``bench_merge_kinds.KINDS``)."""
    if kind != "one quote":
        return kind
    return f"one quote, {second_route(ev, hit) or ROUTES[-1]}"


def main(argv: list[str] | None = None) -> int:
    """Print the table of merge errors per story by kind and route (and each one-quote error with ``--show``)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (articles/, sources.csv, gold_events.csv)")
    ap.add_argument("--show", action="store_true", help="list each one-quote error with its routes")
    args = ap.parse_args(argv)
    print("| story | merge errors | " + " | ".join(COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    totals: Counter = Counter()
    for folder in args.stories:
        merges = bmk.story_merges(folder)
        counts = Counter(column(ev, hit, kind) for ev, hit, kind, _alone in merges)
        totals.update(counts)
        print(f"| {folder.name} | {len(merges)} | " + " | ".join(str(counts[c]) for c in COLUMNS) + " |")
        if args.show:
            for ev, hit, kind, _alone in merges:
                if kind == "one quote":
                    print(f"  [{column(ev, hit, kind)}] {ev.date} {ev.title!r}: " + " | ".join(g.title for g in hit))
    print(f"| all | {sum(totals.values())} | " + " | ".join(str(totals[c]) for c in COLUMNS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
