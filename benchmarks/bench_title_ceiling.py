"""How much of the gold titles' words the titles hold, against how much their quotes hold (issue 14, title words).

Usage::

    .venv/bin/python benchmarks/bench_title_ceiling.py benchmarks/corpora/<story> [more stories] [--under 0.34]

For every found gold event, the event ``bench_events.score`` scores its title by (as ``bench_title_gaps.py`` takes
it) gives two shares of the gold title's content words: the title's, and that of all the event's quotes (the most
any title cut from those quotes could hold). Prints the pooled means and, of the titles under ``--under``, how many
have quotes holding half the gold words or more: titles that chose the wrong part of their sentence or cut it,
rather than gold titles paraphrasing what no quote says.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_title_gaps import titled, words  # noqa: E402


def title_and_quotes(want: set[str], best) -> tuple[float, float]:
    """(title share, quotes share) of the gold title's content words ``want`` in event ``best``: its title's, and
    that of all its quotes (at least the title's)."""
    quoted = set().union(*(words(q) for qs in best.quotes.values() for q in qs))
    title = len(want & words(best.title)) / len(want)
    return title, max(title, len(want & quoted) / len(want))


def shares(folder: Path) -> list[tuple[float, float]]:
    """(title share, quotes share) of the gold title's content words for each found gold event of a story."""
    return [title_and_quotes(want, best) for _, want, best in titled(folder)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="+", type=Path)
    ap.add_argument("--under", type=float, default=0.34, help="title share below which a title counts as low")
    args = ap.parse_args()
    rows = [row for folder in args.stories for row in shares(folder)]
    if not rows:
        print("no found gold events")
        return 0
    low = [q for t, q in rows if t < args.under]
    print(f"found {len(rows)}: titles hold {100 * sum(t for t, _ in rows) / len(rows):.1f}% of gold-title words, "
          f"their quotes {100 * sum(q for _, q in rows) / len(rows):.1f}%; {len(low)} titles under "
          f"{args.under:.0%}, {sum(q >= 0.5 for q in low)} of them with quotes holding half the gold words or more")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
