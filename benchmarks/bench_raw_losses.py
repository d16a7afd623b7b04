"""Gold events found with publication dates given but lost with the texts only (``--raw``), by what the loader
made of their pages' dates.

Each story is extracted twice, as :mod:`bench_events` prepares it: with ``articles.csv`` (publication dates from
``sources.csv``) and with the texts only. A gold event found in the first run and not in the second is *lost only in
--raw*; each is classed by the publication dates the loader found for the articles the gold event lists:
``undated`` (none of them dated), ``misdated`` (dated, none on its known day), ``right`` (all on their known day) or
``mixed``. An event of the texts-only run that would match the lost gold event at its gold date is listed as
``raw:`` with its own date (a right event on a wrong day).

Run::

    .venv/bin/python benchmarks/bench_raw_losses.py benchmarks/corpora/<story> [...] [-v]

Prints one Markdown row per story and the pooled counts; ``-v`` lists every lost gold event with its pages.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_events import Emitted, copy_story, emitted, matches, read_gold, score  # noqa: E402


def run_articles(folder: Path, *, raw: bool) -> tuple[list[Emitted], dict]:
    """The events of a story folder (prepared as :mod:`bench_events` does, ``raw`` or with ``articles.csv``) and its
    loaded articles by id."""
    from timeline.articles import load_articles
    from timeline.extract import extract

    with tempfile.TemporaryDirectory() as tmp:
        copy_story(folder, Path(tmp), raw=raw)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            articles = load_articles(Path(tmp))
            frame = extract(articles)
    return emitted(frame), {a.id: a for a in articles}


def run(folder: Path, *, raw: bool) -> tuple[list[Emitted], dict[str, str]]:
    """The events of a story folder and the publication day the loader gave each article ("" for none)."""
    events, articles = run_articles(folder, raw=raw)
    return events, {i: a.published.isoformat() if a.published else "" for i, a in articles.items()}


def known_days(folder: Path) -> dict[str, str]:
    """The known publication day of each article of a story (``published``, else a day-precise
    ``published_known``; "" when neither is a day)."""
    out = {}
    with open(folder / "sources.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            day = r.get("published") or ""
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
                day = r.get("published_known") or ""
            out[r["id"]] = day if re.fullmatch(r"\d{4}-\d\d-\d\d", day) else ""
    return out


def page_class(pages: list[str], got: dict[str, str], known: dict[str, str]) -> str:
    """``undated``, ``misdated``, ``right`` or ``mixed``: the loader's days for a lost gold event's articles."""
    states = {"undated" if not got.get(a) else "right" if got[a] == known.get(a) else "misdated" for a in pages}
    return states.pop() if len(states) == 1 else "mixed"


def story_losses(folder: Path, *, verbose: bool = False) -> Counter:
    """The lost gold events of one story counted by :func:`page_class` (``-v``: each listed)."""
    gold = read_gold(folder)
    known = known_days(folder)
    given, _ = run(folder, raw=False)
    raw, got = run(folder, raw=True)
    found_given = score(given, gold, titles=False)["_by_gold"]
    found_raw = score(raw, gold, titles=False)["_by_gold"]
    counts: Counter = Counter()
    for g in gold:
        if not found_given[g.id] or found_raw[g.id]:
            continue
        pages = sorted(g.articles)
        kind = page_class(pages, got, known)
        counts[kind] += 1
        if verbose:
            shown = ", ".join(f"{a} {got.get(a) or '-'} (known {known.get(a) or '-'})" for a in pages)
            print(f"  {folder.name} {g.date:10} {kind:8} {g.title[:70]!r}: {shown}")
            for e in raw:
                if matches(Emitted(e.id, g.date, e.title, e.quotes), g):
                    print(f"      raw: {e.date} {e.title[:70]!r}")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (articles/, sources.csv, gold_events.csv)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every lost gold event")
    args = ap.parse_args(argv)
    kinds = ("undated", "misdated", "right", "mixed")
    print("| story | lost only in --raw | " + " | ".join(kinds) + " |")
    print("|---|---|" + "---|" * len(kinds))
    total: Counter = Counter()
    for folder in args.stories:
        counts = story_losses(folder, verbose=args.verbose)
        total += counts
        print(f"| {folder.name} | {sum(counts.values())} | " + " | ".join(str(counts[k]) for k in kinds) + " |")
    print(f"| all | {sum(total.values())} | " + " | ".join(str(total[k]) for k in kinds) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
