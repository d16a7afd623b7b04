"""Misdated copies: unmatched events that match a gold event once the date is not checked, and why their date is off.

Usage::

    .venv/bin/python benchmarks/bench_misdated.py benchmarks/corpora/<story> [more stories] [--raw] [--show]

Each story is extracted as ``bench_events.py`` prepares it (publication days from ``sources.csv``; ``--raw``: the
texts only). An emitted event that matches no gold event is a *misdated copy* when it matches one with its date
replaced by the gold date (the matching rule of ``bench_events.py`` otherwise unchanged); it has a *sibling* when the
folder also emits a right-dated event matching that gold row. Each copy is put in one class by how its first
record got its date (the record's ``anchor`` and written date):

* ``second date of a sentence`` — a quote of the copy is also a quote of its sibling: the sentence's other date
  gave a second record (*since 2007*, a page stamp, a noun's date);
* ``undated report on its page day`` — no date written (``anchor`` ``undated``): a perfect or present report dated
  by its page; ``(page 1-3 days late)`` when the gold day is one to three days before it (a republished page);
* ``today / yesterday from the page day`` — the page's stamp is a day late (a republisher's);
* ``weekday from the page day`` — a weekday read from the page's day, the copy after or before the gold day;
* ``other relative phrase`` — *last week*, *two months ago*, *this weekend* from the page's day;
* ``year-less date, page's or folder's year`` — *April 6*, *September 11th* given a year not the event's;
* ``coarse mention`` — a year or month written in the sentence (a background date);
* ``relative to another mention`` / ``another day written in full``.

The counts show what a rule on dating or identity can reach: a copy with a sibling could join it (identity), one
without only gets its date right by dating.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_events import Emitted, _span, copy_story, emitted, matches, read_gold  # noqa: E402

_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_PAGE_DAY_WORDS = re.compile(r"\b(?:today|tonight|yesterday)\b", re.I)


def story_frame(folder: Path, raw: bool):
    """The extractor's candidates frame of a story, prepared as ``bench_events.py`` does."""
    from timeline.articles import load_articles
    from timeline.extract import extract

    with tempfile.TemporaryDirectory() as tmp:
        copy_story(folder, Path(tmp), raw=raw)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return extract(load_articles(Path(tmp)))


def reason(record, copy: Emitted, siblings: list[Emitted], gold_span) -> str:
    """The class of one misdated copy (see the module docstring), from its first record."""
    quotes = {(a, q) for a, qs in copy.quotes.items() for q in qs}
    if quotes & {(a, q) for s in siblings for a, qs in s.quotes.items() for q in qs}:
        return "second date of a sentence"
    written, anchor = str(record.date_text or ""), record.anchor
    start = _span(copy.date)[0]
    if anchor == "undated":
        late = 0 < (start - gold_span[1]).days + 1 <= 3
        return "undated report on its page day" + (" (page 1-3 days late)" if late else "")
    if anchor == "publication" and _WEEKDAY.search(written):
        return "weekday from the page day (" + ("after" if start > gold_span[1] else "before") + " the gold day)"
    if anchor == "publication" and _PAGE_DAY_WORDS.search(written):
        return "today / yesterday from the page day"
    if anchor == "publication" and not re.search(r"\d", written) and not re.search(r"[A-Z][a-z]+ \d", written):
        return "other relative phrase" if re.search(r"\b(?:last|this|next|ago|earlier|same|week|month|year)\b",
                                                     written, re.I) else "year-less date, page's or folder's year"
    if anchor in ("publication", "folder"):
        return "year-less date, page's or folder's year"
    if len(str(record.mention_value)) <= 7:
        return "coarse mention"
    return "relative to another mention" if anchor == "mention" else "another day written in full"


def story_copies(folder: Path, raw: bool) -> tuple[int, list[tuple[str, bool, Emitted, str]]]:
    """The unmatched count of a story and its misdated copies as (class, has sibling, event, gold date)."""
    frame, gold = story_frame(folder, raw), read_gold(folder)
    events = emitted(frame)
    found = {e.id: [g for g in gold if matches(e, g)] for e in events}
    by_gold: dict[str, list[Emitted]] = {}
    for e in events:
        for g in found[e.id]:
            by_gold.setdefault(g.id, []).append(e)
    out, unmatched = [], 0
    for e in events:
        if found[e.id]:
            continue
        unmatched += 1
        hit = [g for g in gold if matches(Emitted(e.id, g.date, e.title, e.quotes), g)]
        if not hit:
            continue
        siblings = [s for g in hit for s in by_gold.get(g.id, [])]
        record = next(frame[frame.event_id == e.id].itertuples())
        kind = reason(record, e, siblings, _span(hit[0].date, hit[0].end_date))
        out.append((kind, bool(siblings), e, hit[0].date))
    return unmatched, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (articles/, sources.csv, gold_events.csv)")
    ap.add_argument("--raw", action="store_true", help="copy the texts only (no articles.csv)")
    ap.add_argument("--show", action="store_true", help="list every misdated copy")
    args = ap.parse_args(argv)
    kinds: Counter = Counter()
    unmatched = 0
    for folder in args.stories:
        n, copies = story_copies(folder, args.raw)
        unmatched += n
        for kind, sibling, e, gold_date in copies:
            kinds[(kind, sibling)] += 1
            if args.show:
                print(f"  {folder.name} {e.date} {e.title!r} (gold {gold_date}): {kind}"
                      + (" [sibling]" if sibling else ""))
    total = sum(kinds.values())
    with_sibling = sum(v for (_, s), v in kinds.items() if s)
    print(f"unmatched events {unmatched}; misdated copies {total} ({100 * total / max(unmatched, 1):.1f}%), "
          f"with a right-dated sibling {with_sibling}")
    print("| class | with sibling | without |\n|---|---|---|")
    for kind in sorted({k for k, _ in kinds}, key=lambda k: -(kinds[(k, True)] + kinds[(k, False)])):
        print(f"| {kind} | {kinds[(kind, True)]} | {kinds[(kind, False)]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
