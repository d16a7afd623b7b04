"""Kinds of the merge errors of ``bench_events.py``: why an emitted event matches two or more gold events.

Usage::

    .venv/bin/python benchmarks/bench_merge_kinds.py benchmarks/corpora/<story> [more stories] [--show]

Each story is run as ``bench_events.py`` runs it (same extraction, same matching rule, ``bench_events.matches``).
Every emitted event that matches two or more gold events (a ``merge_err`` of ``bench_events``) is put in the first
kind that fits it:

``joined mentions``
    two of its quotes each match some gold event on their own and share none: the grouping
    (``timeline.identity``) put mentions of two events together (``merge_mentions`` of ``bench_events``, its ``*``).
``one quote``
    one of its quotes matches two of those gold events on its own: one sentence names both (a reaction that
    names the act it answers, two acts in one sentence, a sentence sharing most words of a sibling event's title).
    Keeping mentions apart cannot remove it.
``several quotes``
    no quote matches two on its own, but the words of its quotes together do (the matching rule pools the quotes
    of an event): mentions of one event that together hold most words of a neighbouring gold title.
``title``
    only with the event's title does it match two.

The table gives the counts per story and kind, and in its last column the merge errors that are the **only mark of
two** gold events: two or more of the gold events the event matches are matched by no other emitted event, so an
analyst reading the timeline finds one mark where there are two events. In the others, each gold event but one has
a mark of its own as well (a senator's statement naming the resignation it answers, while the resignation's own
report is another event): the timeline loses no event by them. ``--show`` lists each event with its kind, its quotes
and the gold events each quote matches (``only mark of two`` after the kind). Nothing is scored differently from
``bench_events.py``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_events as be  # noqa: E402

#: the kinds, in the order they are tried (the first that fits an event is its kind)
KINDS: tuple[str, ...] = ("joined mentions", "one quote", "several quotes", "title")


def quote_matches(ev: be.Emitted, gold: list[be.Gold]) -> list[tuple[str, str, frozenset[str]]]:
    """Each quote of ``ev`` with the ids of the gold events it matches on its own (its article, the event's date,
    no title)."""
    out = []
    for article, quotes in ev.quotes.items():
        for q in quotes:
            one = be.Emitted(ev.id, ev.date, "", {article: [q]})
            out.append((article, q, frozenset(g.id for g in gold if be.matches(one, g))))
    return out


def merge_kind(ev: be.Emitted, hit: list[be.Gold]) -> str:
    """The kind (:data:`KINDS`) of an event ``ev`` that matches the gold events ``hit`` (two or more).

    Parameters
    ----------
    ev : bench_events.Emitted
    hit : list of bench_events.Gold
        The gold events ``ev`` matches.

    Returns
    -------
    str
        One of :data:`KINDS`.
    """
    sets = [s for _a, _q, s in quote_matches(ev, hit)]
    if any(a and b and not a & b for a, b in combinations(sets, 2)):
        return "joined mentions"
    if any(len(s) >= 2 for s in sets):
        return "one quote"
    untitled = be.Emitted(ev.id, ev.date, "", ev.quotes)
    if sum(be.matches(untitled, g) for g in hit) >= 2:
        return "several quotes"
    return "title"


def only_mark(ev: be.Emitted, hit: list[be.Gold], events: list[be.Emitted]) -> list[str]:
    """The ids of the gold events of ``hit`` that no event of ``events`` but ``ev`` matches.

    Parameters
    ----------
    ev : bench_events.Emitted
        An event matching the gold events ``hit``.
    hit : list of bench_events.Gold
    events : list of bench_events.Emitted
        All emitted events of the story (``ev`` among them).

    Returns
    -------
    list of str
        Two or more ids: ``ev`` is the only mark of two gold events (a merge error that hides an event).
    """
    return [g.id for g in hit if not any(e.id != ev.id and be.matches(e, g) for e in events)]


def story_merges(folder: Path) -> list[tuple[be.Emitted, list[be.Gold], str, bool]]:
    """The merge errors of one story: each event matching two or more gold events, those gold events, its kind and
    whether it is the only mark of two of them (:func:`only_mark`)."""
    gold = be.read_gold(folder)
    with tempfile.TemporaryDirectory() as tmp:
        be.copy_story(folder, Path(tmp))
        events, _seconds = be.run_timeline(Path(tmp))
    out = []
    for ev in events:
        hit = [g for g in gold if be.matches(ev, g)]
        if len(hit) >= 2:
            out.append((ev, hit, merge_kind(ev, hit), len(only_mark(ev, hit, events)) >= 2))
    return out


def _show(merges: list[tuple[be.Emitted, list[be.Gold], str, bool]]) -> None:
    for ev, hit, kind, alone in merges:
        print(f"  [{kind}{', only mark of two' if alone else ''}] {ev.date} {ev.title!r}: "
              + " | ".join(g.title for g in hit))
        titles = {g.id: g.title for g in hit}
        for article, q, ids in quote_matches(ev, hit):
            print(f"      {article}: {q[:160]!r} -> {[titles[i][:40] for i in sorted(ids)]}")


def main(argv: list[str] | None = None) -> int:
    """Print the table of merge-error kinds per story (and each event with ``--show``)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (articles/, sources.csv, gold_events.csv)")
    ap.add_argument("--show", action="store_true", help="list each merge error with its kind and quotes")
    args = ap.parse_args(argv)
    print("| story | merge errors | " + " | ".join(KINDS) + " | only mark of two |")
    print("|---|---|" + "---|" * (len(KINDS) + 1))
    totals = dict.fromkeys(KINDS, 0)
    alone_total = 0
    for folder in args.stories:
        merges = story_merges(folder)
        counts = {k: sum(1 for _e, _h, kind, _a in merges if kind == k) for k in KINDS}
        alone = sum(1 for *_x, a in merges if a)
        for k in KINDS:
            totals[k] += counts[k]
        alone_total += alone
        print(f"| {folder.name} | {len(merges)} | " + " | ".join(str(counts[k]) for k in KINDS) + f" | {alone} |")
        if args.show:
            _show(merges)
    print(f"| all | {sum(totals.values())} | " + " | ".join(str(totals[k]) for k in KINDS) + f" | {alone_total} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
