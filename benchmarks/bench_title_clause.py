"""Where the gold-title words a title misses sit: in the clause the title was made from, or elsewhere in its quote
(issue 14, title words; round 33).

Usage::

    .venv/bin/python benchmarks/bench_title_clause.py benchmarks/corpora/<story> [more stories] [--under 0.34]

Extracts each story as ``bench_events.py`` does, recording the clause each title is made from
(:func:`timeline.titles.make_title`'s clause), and for every found gold event (the event ``bench_events.score``
scores its title by, as ``bench_title_gaps.py`` takes it) compares three shares of the gold title's content words:
the title's, its clause's and its quotes' (every quote of the event). Of the titles under ``--under`` whose quotes
hold half the gold words or more, it counts those whose own clause holds half or more (the words were in the clause:
the title compressed or cut them, or paraphrase), those whose clause does not (the title took the wrong clause),
and those whose clause was not recorded (a heading's or a page's title); and where the missed words sit against the
title's words in the quote: after them, before them, among them.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import timeline.extract as extract_module  # noqa: E402
from bench_title_ceiling import title_and_quotes  # noqa: E402
from bench_title_gaps import titled, words  # noqa: E402

_CLAUSES: dict[str, str] = {}


def _recording(make_title):
    """``make_title`` that also records, by title, the text of the clause it was made from."""
    def made(text, clause, date_start, date_end):
        title = make_title(text, clause, date_start, date_end)
        _CLAUSES.setdefault(title, text[clause.start : clause.end])
        return title
    return made


def _where(quote: str, title: str, missed: set[str]) -> str:
    """Where the missed gold words sit in ``quote`` against the title's words: ``after``, ``before``, ``inside``
    (between its first and last word), ``mixed`` or ``apart`` (no title word in the quote)."""
    placed = [(m.start(), t) for m in re.finditer(r"\S+", quote) for t in words(m.group(0))]
    own = words(title)
    at = [p for p, t in placed if t in own]
    gold = [p for p, t in placed if t in missed]
    if not at:
        return "apart"
    counts = {"before": sum(p < min(at) for p in gold), "after": sum(p > max(at) for p in gold)}
    counts["inside"] = len(gold) - counts["before"] - counts["after"]
    top = max(counts.values())
    return next(k for k, v in counts.items() if v == top) if list(counts.values()).count(top) == 1 else "mixed"


def rows(folder: Path) -> list[dict]:
    """For each found gold event of a story: the title's, its clause's and its quotes' shares of the gold words."""
    _CLAUSES.clear()
    out = []
    for _, want, best in titled(folder):
        clause = _CLAUSES.get(best.title, "")
        share, quoted = title_and_quotes(want, best)
        fullest = max((q for qs in best.quotes.values() for q in qs), key=lambda q: len(want & words(q)))
        out.append({"title": share, "clause": max(share, len(want & words(clause)) / len(want)) if clause else None,
                    "quotes": quoted, "where": _where(fullest, best.title, want - words(best.title))})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="+", type=Path)
    ap.add_argument("--under", type=float, default=0.34, help="title share below which a title counts as low")
    args = ap.parse_args()
    extract_module.make_title = _recording(extract_module.make_title)
    found = [r for folder in args.stories for r in rows(folder)]
    if not found:
        print("no found gold events")
        return 0
    clauses = [r["clause"] if r["clause"] is not None else r["title"] for r in found]
    print(f"found {len(found)}: titles hold {100 * sum(r['title'] for r in found) / len(found):.1f}% of gold-title "
          f"words, their clauses {100 * sum(clauses) / len(found):.1f}%, their quotes "
          f"{100 * sum(r['quotes'] for r in found) / len(found):.1f}%")
    low = [r for r in found if r["title"] < args.under and r["quotes"] >= 0.5]
    kinds = collections.Counter("no clause recorded" if r["clause"] is None else "clause holds half or more"
                                if r["clause"] >= 0.5 else "clause holds less" for r in low)
    print(f"{len(low)} titles under {args.under:.0%} with quotes holding half the gold words or more: "
          + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print("missed words against the title's: " + ", ".join(
        f"{k} {v}" for k, v in collections.Counter(r["where"] for r in low).most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
