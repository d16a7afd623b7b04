"""Classes of the gold events not found at their exact date, by the date expression of the evidence sentence.

Usage::

    .venv/bin/python benchmarks/bench_date_misses.py benchmarks/corpora/<story> [more stories] [--show]

Each story is run as ``bench_events.py`` runs it. For every gold event dated by an expression (``dated_by`` =
``expression``) that no event matches at its exact date, the gold's evidence is found in its articles, and the
date mentions the tagger gives in the evidence's sentence (and in the two sentences before it) are compared with the
gold's date. Each such gold event gets one class:

``gold date in sentence``
    the sentence's mentions give the gold's date: the tagger dated it, extraction or identity lost it;
``no date in sentence, gold date before``
    the sentence writes no date and one of the two sentences before gives a date compatible with the gold's;
``no date in sentence``
    no date in the sentence nor compatible in the two before;
``compatible date in sentence``
    a mention is compatible with the gold's date but none is exactly it (a week, a month, a weekend);
``undated page``
    the page has no publication date and none of the sentence's mentions is compatible;
``distance only``
    the sentence's only date expressions are amounts of time (*five days after the fire*, *hours later*);
``other date in sentence``
    the sentence's dates are other days (a page stamped a day late, a weekday read the wrong way, another event's
    date);
``evidence not found``
    the evidence is not in the sentences of the gold's articles.

``--show`` lists each gold event with its sentence, the mentions and the candidates quoting it. Compare
``bench_date_kinds.py``, which classes date misses by the emitted event nearest to the gold's date.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_events as be  # noqa: E402

from timeline.extract import article_mentions  # noqa: E402
from timeline.periods import parse_period  # noqa: E402

CLASSES = ("gold date in sentence", "no date in sentence, gold date before", "no date in sentence",
           "compatible date in sentence", "undated page", "distance only", "other date in sentence",
           "evidence not found")


def _compatible(a: str, b: str) -> bool:
    pa, pb = parse_period(a), parse_period(b)
    return pa.start <= pb.start and pb.end <= pa.end or pb.start <= pa.start and pa.end <= pb.end


def mention_dates(mentions) -> list[str]:
    """The date values (no time) of the fully specified DATE and TIME mentions that a period parses."""
    out = []
    for m in mentions:
        try:
            if m.type in ("DATE", "TIME") and not m.underspecified:
                value = m.value.split("T")[0]
                parse_period(value)
                out.append(value)
        except Exception:  # a value no period parses ('PRESENT_REF'): no date
            continue
    return out


def locate(gold: be.Gold, arts: dict) -> tuple[object, int] | None:
    """The first of the gold's articles whose text holds its evidence (spaces loosened) and where; None if none."""
    words = gold.evidence.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    for aid in sorted(gold.articles):
        art = arts.get(aid)
        m = pattern.search(art.text) if art is not None else None
        if m:
            return art, m.start()
    return None


def classify(gold: be.Gold, arts: dict, cache: dict) -> tuple[str, str, list]:
    """The class (:data:`CLASSES`) of one gold event, its sentence and the sentence's mentions."""
    found = locate(gold, arts)
    if found is None:
        return "evidence not found", "", []
    art, k = found
    if art.id not in cache:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cache[art.id] = article_mentions(art)
    mentions, sents, _ = cache[art.id]
    i = next((j for j, s in enumerate(sents) if s.start <= k < s.end), None)
    if i is None:
        return "evidence not found", "", []
    sent = sents[i]
    own = [m for m in mentions if sent.start <= m.start < sent.end]
    before = [m for m in mentions if sents[max(0, i - 2)].start <= m.start < sent.start]
    dates = mention_dates(own)
    text = art.text[sent.start : sent.end]
    if gold.date in dates:
        return "gold date in sentence", text, own
    if not own:
        near = any(_compatible(d, gold.date) for d in mention_dates(before))
        return ("no date in sentence, gold date before" if near else "no date in sentence"), text, own
    if any(_compatible(d, gold.date) for d in dates):
        return "compatible date in sentence", text, own
    if art.published is None:
        return "undated page", text, own
    if not dates:
        return "distance only", text, own
    return "other date in sentence", text, own


def main(argv: list[str] | None = None) -> int:
    """Print the table of classes per story (and each gold event with ``--show``)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path)
    ap.add_argument("--show", action="store_true", help="list each gold event with its sentence and mentions")
    args = ap.parse_args(argv)
    print("| story | not exact | found | " + " | ".join(CLASSES) + " |")
    print("|---|---|---|" + "---|" * len(CLASSES))
    totals: Counter = Counter()
    n_all = n_found = 0
    for folder in args.stories:
        gold = be.read_gold(folder)
        frame, articles = be.story_frame(folder)
        events = be.emitted(frame)
        arts, cache, counts, shown = {a.id: a for a in articles}, {}, Counter(), []
        found_here = 0
        for g in gold:
            hit = [e for e in events if be.matches(e, g)]
            if g.dated_by != "expression" or any(e.date == g.date for e in hit):
                continue
            kind, text, own = classify(g, arts, cache)
            counts[kind] += 1
            found_here += bool(hit)
            shown.append(f"  [{kind}] gold {g.date} {g.title!r} ({'found at ' + hit[0].date if hit else 'missed'}): "
                         f"{text[:160]!r} {[(m.text, m.value) for m in own]}")
        totals.update(counts)
        n_all += sum(counts.values())
        n_found += found_here
        print(f"| {folder.name} | {sum(counts.values())} | {found_here} | "
              + " | ".join(str(counts[c]) for c in CLASSES) + " |")
        if args.show:
            print("\n".join(shown))
    print(f"| all | {n_all} | {n_found} | " + " | ".join(str(totals[c]) for c in CLASSES) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
