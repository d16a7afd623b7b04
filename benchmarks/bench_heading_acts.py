"""Headings that name an act (round 31): how many pages open with a heading *Remarks … After/Following/Upon <act>*
(:func:`timeline.headings.heading_act`) and which gold events of the page's day (or the day before) list that page.

Usage::

    .venv/bin/python benchmarks/bench_heading_acts.py benchmarks/corpora/<story> [more stories]

For each story, every page whose first :data:`timeline.published.HEADER_LINES` non-blank lines hold such a heading
is printed with the act's title (:func:`timeline.headings.heading_title`), the page's publication day
(``sources.csv``: ``published``, else ``published_known``) and the gold events that list the page and are dated that
day or the day before — the events the heading may state. Headings with *On* or *At* (*Statement on the Signing
of …*, *Remarks at a Dinner*) are counted apart: the rule does not read them. The last line pools the counts.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.headings import heading_act, heading_title  # noqa: E402
from timeline.published import HEADER_LINES  # noqa: E402

#: a heading of a spoken record with a link word (the wider net, to count what the rule leaves out)
_ANY_LINK = re.compile(r"\b(?i:remarks|statement|briefing|press\s+conference|comments)\b.*?\s"
                       r"(?P<link>After|Following|Upon|AFTER|FOLLOWING|UPON|(?i:on|at))\s+[A-Za-z]")


def _published(row: dict) -> dt.date | None:
    """A page's publication day from its ``sources.csv`` row, or None."""
    for key in ("published", "published_known"):
        value = (row.get(key) or "")[:10]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
    return None


def story_headings(story: Path) -> tuple[list[str], dict[str, int]]:
    """The report lines of one story and its counts (``rule``: headings the rule reads; ``gold``: gold events
    they may state; ``other``: headings with another link word)."""
    sources = {r["id"]: r for r in csv.DictReader(open(story / "sources.csv", encoding="utf-8"))}
    gold = list(csv.DictReader(open(story / "gold_events.csv", encoding="utf-8")))
    out, counts = [], {"rule": 0, "gold": 0, "other": 0}
    for aid, row in sorted(sources.items()):
        path = story / row["file"]
        if not path.exists():
            continue
        lines = [ln for ln in path.read_text(encoding="utf-8", errors="replace").split("\n") if ln.strip()]
        for line in lines[:HEADER_LINES]:
            act = heading_act(line)
            if act is None:
                wide = _ANY_LINK.search(line) if len(line) <= 200 else None
                counts["other"] += bool(wide and wide.group("link").lower() in {"on", "at"})
                continue
            day = _published(row)
            stated = [g for g in gold if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"][:10])
                      and aid in g["articles"].split(";") and 0 <= (day - dt.date.fromisoformat(g["date"][:10])).days <= 1]
            counts["rule"] += 1
            counts["gold"] += len(stated)
            out.append(f"{story.name}/{aid} {day}: {line.strip()[:100]!r} -> {heading_title(act)!r}")
            out += [f"    gold {g['date']} {g['gold_id']}: {g['title']}" for g in stated]
            break
    return out, counts


def main(argv: list[str] | None = None) -> None:
    """Print each story's headings and the pooled counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stories", nargs="+", type=Path)
    args = parser.parse_args(argv)
    pooled = {"rule": 0, "gold": 0, "other": 0}
    for story in args.stories:
        lines, counts = story_headings(story)
        print("\n".join(lines)) if lines else None
        pooled = {k: pooled[k] + counts[k] for k in pooled}
    print(f"headings read: {pooled['rule']}; gold events of the page listed on its day or the day before (stated or not): {pooled['gold']}; "
          f"header lines with On/At (not read): {pooled['other']}")


if __name__ == "__main__":
    main()
