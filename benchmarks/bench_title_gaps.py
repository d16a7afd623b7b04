"""Matched events whose title holds little of the gold title (issue 14, title words), to classify why.

Usage::

    .venv/bin/python benchmarks/bench_title_gaps.py benchmarks/corpora/<story> [more stories] [--under 0.34]

Extracts each story as ``bench_events.py`` does and, for every found gold event, takes the event that
``bench_events.score`` scores its title by (the best matching event, dated as the gold first) and prints, for those
whose title holds less than ``--under`` of the gold title's content words: the share, the gold title, the event's
title and the start of its first quote. The printed list is what round 31 classified (speaker or office as actor,
act in a complement clause, heading, paraphrase, cut object).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_events import emitted, read_gold, score, story_frame  # noqa: E402

from timeline.clauses import content_terms  # noqa: E402


def words(text: str) -> set[str]:
    """Content words of ``text`` as ``bench_events`` scores titles (numbers left out)."""
    return {t for t in content_terms(text) if not t.isdigit()}


def titled(folder: Path) -> list[tuple[object, set[str], object]]:
    """(gold event, its title's content words, the matched event whose title ``bench_events.score`` scores) for each
    found gold event of a story with a title of content words: the same date first, then the most shared words."""
    frame, _ = story_frame(folder)
    events, gold = emitted(frame), read_gold(folder)
    byid, found = {e.id: e for e in events}, score(events, gold)["_by_gold"]
    out = []
    for g in gold:
        want = words(g.title)
        if found[g.id] and want:
            best = max((byid[i] for i in found[g.id]), key=lambda e: (e.date == g.date, len(want & words(e.title))))
            out.append((g, want, best))
    return out


def gaps(folder: Path, under: float) -> list[tuple[float, str, str, str]]:
    """(share, gold title, event title, first quote) of the found gold events of a story scored under ``under``."""
    out = []
    for g, want, best in titled(folder):
        share = len(want & words(best.title)) / len(want)
        if share < under:
            out.append((share, g.title, best.title, next(iter(best.quotes.values()))[0]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="+", type=Path)
    ap.add_argument("--under", type=float, default=0.34, help="share of gold-title words below which to list")
    args = ap.parse_args()
    n = 0
    for folder in args.stories:
        for share, gold, title, quote in gaps(folder, args.under):
            n += 1
            print(f"{share:.2f} [{folder.name}] gold: {gold}\n     title: {title}\n     quote: {quote[:200]!r}")
    print(f"{n} titles under {args.under:.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
