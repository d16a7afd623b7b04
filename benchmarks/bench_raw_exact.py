"""Gold events dated exactly with publication dates given but only compatibly (or missed) with the texts only.

Each story is extracted twice, as :mod:`bench_events` prepares it: with ``articles.csv`` and with ``--raw``. For every
gold event exact in the first run and not exact in the second, one line: the gold date and title, ``compatible`` or
``missed`` in the raw run, the dates of the raw run's matching events, and for each article the gold event lists the
loader's publication day under ``--raw`` (with its source) against the known day.

Run::

    .venv/bin/python benchmarks/bench_raw_exact.py benchmarks/corpora/<story> [...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_events import matches, read_gold  # noqa: E402
from bench_raw_losses import known_days, run_articles  # noqa: E402


def status(events, g) -> tuple[str, list[str]]:
    """``exact``, ``compatible`` or ``missed`` and the dates of the matching events."""
    hit = [e.date for e in events if matches(e, g)]
    return ("exact" if g.date in hit else "compatible" if hit else "missed"), sorted(set(hit))


def story(folder: Path) -> Counter:
    """Print the lost exact dates of one story; count them by raw status and page state."""
    gold = read_gold(folder)
    known = known_days(folder)
    given, _ = run_articles(folder, raw=False)
    raw, arts = run_articles(folder, raw=True)
    out: Counter = Counter()
    for g in gold:
        s1, _ = status(given, g)
        s2, dates = status(raw, g)
        if s1 != "exact" or s2 == "exact":
            continue
        pages = []
        states = set()
        for a in sorted(g.articles):
            art = arts.get(a)
            got = art.published.isoformat() if art and art.published else ""
            state = "undated" if not got else "right" if got == known.get(a) else "wrong"
            states.add(state)
            pages.append(f"{a}={got or '-'}/{art.published_source if art else '?'} known {known.get(a) or '-'}")
        page = states.pop() if len(states) == 1 else "mixed"
        out[(s2, page)] += 1
        print(f"{folder.name}\t{g.date}\t{s2}\t{page}\t{dates}\t{g.title[:60]}\t{'; '.join(pages)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path)
    args = ap.parse_args(argv)
    total: Counter = Counter()
    for folder in args.stories:
        total += story(folder)
        sys.stdout.flush()
    for k, n in sorted(total.items(), key=lambda kv: -kv[1]):
        print(f"# {k[0]} {k[1]}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
