"""Kinds of the date misses of ``bench_events.py``: why a gold event is not found at its exact date.

Usage::

    .venv/bin/python benchmarks/bench_date_kinds.py benchmarks/corpora/<story> [more stories] [--show]

Each story is run as ``bench_events.py`` runs it (same extraction, same matching rule, ``bench_events.matches``).
A gold event is a *date miss* when no emitted event matches it at its exact date but one does at a compatible date
(the gap between ``recall`` and ``recall_exact``), or when none matches it at all but one would at the gold's date
(an event found and dated wrong: it lowers recall and precision both). Each date miss is put in the first kind that
fits it, from the emitted event nearest to the gold's date:

``gold coarser``
    found; the gold's period holds the event's date (a gold week, month or year, the event a day in it): the
    analyst's reading, nothing to date better.
``undated page``
    the event's quotes in the gold's articles all come from pages without a publication date (``today``, a
    weekday or a year-less day cannot be placed): found at a coarser date, or not found.
``coarser``
    found; the event's date holds the gold's (a week said ``a week ago``, a month, a year) on a dated page.
``next or previous day``
    not found; the event is dated one day from the gold's: midnight, an address ``tonight`` posted the next
    morning, a page stamped the day after the text it carries.
``publication day``
    not found; the event is dated by the publication day of one of its pages while the gold is another day: a
    date the quote states was not used, or the quote names an earlier event beside the day's act.
``other day``
    not found; any other date.

The table gives the counts per story and kind; ``--show`` lists each date miss with the event's date and quote.
Nothing is scored differently from ``bench_events.py``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_events as be  # noqa: E402

from timeline.periods import parse_period  # noqa: E402

#: the kinds, in the order they are tried (the first that fits a date miss is its kind)
KINDS: tuple[str, ...] = ("gold coarser", "undated page", "coarser", "next or previous day", "publication day",
                          "other day")


@dataclasses.dataclass
class DateMiss:
    """One gold event not found at its exact date: the nearest event that matches it (at a compatible date, or
    only at the gold's date), whether it was found at all, and the kind."""

    gold: be.Gold
    event: be.Emitted
    found: bool
    kind: str


def _span(date: str, end_date: str = "") -> tuple[dt.date, dt.date]:
    """First day and day after of a date (to the end of ``end_date`` when given)."""
    p = parse_period(date)
    return p.start, parse_period(end_date).end if end_date else p.end


def _undated(ev: be.Emitted, gold: be.Gold, published: dict[str, dt.date | None]) -> bool:
    """Whether all quotes of ``ev`` in the gold's articles come from pages without a publication date."""
    shared = [a for a in ev.quotes if a in gold.articles]
    return bool(shared) and all(published.get(a) is None for a in shared)


def date_kind(ev: be.Emitted, gold: be.Gold, found: bool, published: dict[str, dt.date | None]) -> str:
    """The kind (:data:`KINDS`) of a date miss.

    Parameters
    ----------
    ev : bench_events.Emitted
        The event nearest to the gold's date that matches it (at its own date when ``found``, else only when
        given the gold's date).
    gold : bench_events.Gold
    found : bool
        Whether ``ev`` matches ``gold`` at its own date.
    published : dict
        Publication day of each article id (None for a page without one).

    Returns
    -------
    str
        One of :data:`KINDS`.
    """
    g0, g1 = _span(gold.date, gold.end_date)
    e0, e1 = _span(ev.date)
    if found and g0 <= e0 and e1 <= g1:
        return "gold coarser"
    if _undated(ev, gold, published):
        return "undated page"
    if found:
        return "coarser"
    if e1 - e0 == dt.timedelta(days=1) and g1 - g0 == dt.timedelta(days=1) and abs((e0 - g0).days) == 1:
        return "next or previous day"
    if any(published.get(a) == e0 and e1 - e0 == dt.timedelta(days=1) for a in ev.quotes if a in gold.articles):
        return "publication day"
    return "other day"


def _distance(ev: be.Emitted, gold: be.Gold) -> int:
    return abs((_span(ev.date)[0] - _span(gold.date)[0]).days)


def date_misses(events: list[be.Emitted], gold: list[be.Gold], published: dict[str, dt.date | None]) -> list[DateMiss]:
    """The date misses of one story's events against its gold, each with its kind, in gold order."""
    out = []
    for g in gold:
        hit = [e for e in events if be.matches(e, g)]
        if any(e.date == g.date for e in hit):
            continue
        found = bool(hit)
        if not found:
            hit = [e for e in events if be.matches(dataclasses.replace(e, date=g.date), g)]
        if hit:
            ev = min(hit, key=lambda e: _distance(e, g))
            out.append(DateMiss(g, ev, found, date_kind(ev, g, found, published)))
    return out


def story_date_misses(folder: Path, raw: bool = False) -> list[DateMiss]:
    """The date misses of one story folder (extracted as ``bench_events.py`` does; ``raw``: its texts only, as
    ``bench_events.py --raw``)."""
    gold = be.read_gold(folder)
    with tempfile.TemporaryDirectory() as tmp:
        published = be.copy_story(folder, Path(tmp), raw=raw)
        events, _seconds = be.run_timeline(Path(tmp))
    return date_misses(events, gold, published)


def _show(misses: list[DateMiss]) -> None:
    for m in misses:
        quote = next((q for a, qs in m.event.quotes.items() if a in m.gold.articles for q in qs), "")
        state = "found" if m.found else "missed"
        print(f"  [{m.kind}] gold {m.gold.date} {m.gold.title!r} ({state} at {m.event.date}): {quote[:150]!r}")


def main(argv: list[str] | None = None) -> int:
    """Print the table of date-miss kinds per story (and each date miss with ``--show``)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (articles/, sources.csv, gold_events.csv)")
    ap.add_argument("--show", action="store_true", help="list each date miss with its kind and quote")
    ap.add_argument("--raw", action="store_true", help="the texts only, as bench_events.py --raw")
    args = ap.parse_args(argv)
    print("| story | date misses | found | " + " | ".join(KINDS) + " |")
    print("|---|---|---|" + "---|" * len(KINDS))
    totals = dict.fromkeys(KINDS, 0)
    n_found = 0
    for folder in args.stories:
        misses = story_date_misses(folder, raw=args.raw)
        counts = {k: sum(1 for m in misses if m.kind == k) for k in KINDS}
        for k in KINDS:
            totals[k] += counts[k]
        found = sum(m.found for m in misses)
        n_found += found
        print(f"| {folder.name} | {len(misses)} | {found} | " + " | ".join(str(counts[k]) for k in KINDS) + " |")
        if args.show:
            _show(misses)
    print(f"| all | {sum(totals.values())} | {n_found} | " + " | ".join(str(totals[k]) for k in KINDS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
