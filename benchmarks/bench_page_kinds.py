"""Misses and unmatched events by kind of page (news, release, and the documents a folder holds beside news).

Usage::

    .venv/bin/python benchmarks/bench_page_kinds.py benchmarks/corpora/<story> [...] [--save OUT.json] [--load IN.json]
        [--pages] [--list KIND]

Each page of a story is given a kind from its text alone (:func:`page_kind`: a transcript's speaker turns, a floor
record's forms of address, a hearing record's cover, a resolution's *Whereas* clauses, a proclamation's heading, a
court filing's caption, a notice's docket, a letter's salutation, a release's end marks; else news). Events are those
of :func:`bench_events.run_timeline` on the story prepared as ``bench_events`` prepares it (publication days given),
scored by ``bench_events.score``. Per kind:

* ``pages``; ``gold``: gold rows listing a page of the kind (a row listing pages of two kinds counts ½ to each);
* ``missed``: of those, rows no event matches (same shares);
* ``events``: events quoting a page of the kind (an event quoting pages of two kinds counts ½ to each);
* ``unmatched``: of those, events matching no gold row; ``precision`` = 1 − unmatched / events.

``--save`` keeps the events and gold so that ``--load`` tabulates again without running the extractor; ``--list KIND``
prints the missed gold rows and unmatched events of one kind (:func:`listing`), to read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_events import Emitted, copy_story, read_gold, run_timeline, score  # noqa: E402

#: kinds in the order they are tried: the first whose test holds names the page
KINDS = ("transcript", "floor record", "hearing record", "resolution", "proclamation", "court filing", "notice",
         "letter", "release", "news")

_SPEAKER = re.compile(r"^(?:Q|A|QUESTION|ANSWER|[A-Z][A-Z.'\- ]{2,40}|(?:Mr|Ms|Mrs|Dr|Gen|Adm|Sen|Rep|Secretary|"
                      r"General|Senator|Chairman|Chairwoman)\.? [A-Z][\w.'\- ]{1,30})\s*:\s", re.M)
_FLOOR = re.compile(r"Congressional Record|\bMr\. (?:Speaker|President)\b|\bMadam (?:Speaker|President)\b|"
                    r"\bI yield\b|\bSPEAKER pro tempore\b|\bPRESIDING OFFICER\b|\bI ask unanimous consent\b")
_HEARING = re.compile(r"\bHEARING\s+BEFORE\b|\bSerial No\.|\bTestimony of\b|\bhearing before the\b", re.I)
_BRIEFING = re.compile(r"\btranscript\b|\bbriefing\b|\bremarks\b|\binterview\b", re.I)
_RESOLUTION = re.compile(r"^\s*(?:Whereas|WHEREAS|Resolved|RESOLVED)\b", re.M)
_PROCLAMATION = re.compile(r"\bA Proclamation\b|\bBy the President of the United States\b|\bPresidential Documents\b|"
                           r"\bWITNESS WHEREOF\b|\bNOW, THEREFORE\b", re.I)
_COURT = re.compile(r"\bDISTRICT COURT\b|\bPlaintiffs?\b|\bDefendants?\b|\bCivil Action No\b|\bCase No\.", re.I)
_NOTICE = re.compile(r"\bPUBLIC NOTICE\b|\bFederal Register\b|\bDocket No\b|\bACTION:\s|\bcomments? (?:are )?due\b|"
                     r"\bDA \d\d-\d+", re.I)
_LETTER = re.compile(r"^\s*Dear [A-Z][^\n]{0,60}[,:]\s*$", re.M)
_RELEASE = re.compile(r"^\s*(?:#\s*#\s*#|-\s*30\s*-|###)\s*$|FOR IMMEDIATE RELEASE|\bPress Release\b|"
                      r"^\s*(?:Media )?Contacts?:", re.M | re.I)


def page_kind(text: str) -> str:
    """The kind of a page, read from its text (see the module docstring)."""
    head = text[:4000]
    turns = len(_SPEAKER.findall(text))
    if turns >= 6 or (turns and _BRIEFING.search(head[:1500])):
        return "transcript"
    if len(_FLOOR.findall(text)) >= 2:
        return "floor record"
    if _HEARING.search(head):
        return "hearing record"
    if len(_RESOLUTION.findall(text)) >= 2:
        return "resolution"
    if _PROCLAMATION.search(head):
        return "proclamation"
    if len(_COURT.findall(head)) >= 2:
        return "court filing"
    if _NOTICE.search(head):
        return "notice"
    if _LETTER.search(head):
        return "letter"
    if _RELEASE.search(text):
        return "release"
    return "news"


def story_pages(folder: Path) -> dict[str, str]:
    """The kind of each page of a story folder, by article id."""
    import csv

    with open(folder / "sources.csv", newline="", encoding="utf-8") as fh:
        return {r["id"]: page_kind((folder / r["file"]).read_text(encoding="utf-8", errors="replace"))
                for r in csv.DictReader(fh)}


def run(folders: list[Path]) -> dict:
    """Events, gold and page kinds of each story."""
    out = {}
    for folder in folders:
        with tempfile.TemporaryDirectory() as tmp:
            copy_story(folder, Path(tmp))
            events, _ = run_timeline(Path(tmp))
        gold = read_gold(folder)
        out[folder.name] = {
            "kinds": story_pages(folder),
            "events": [[e.id, e.date, e.title, e.quotes] for e in events],
            "gold": [[g.id, g.date, g.end_date, g.title, sorted(g.articles), g.evidence, g.dated_by] for g in gold],
        }
        print(f"{folder.name}: {len(events)} events", file=sys.stderr)
    return out


def tabulate(data: dict, *, pages: bool = False) -> dict[str, dict[str, float]]:
    """The figures by kind of the module docstring (``pages``: also print each page's own figures)."""
    from bench_events import Gold

    table: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for story, d in data.items():
        kinds = d["kinds"]
        for k in kinds.values():
            table[k]["pages"] += 1
        events = [Emitted(i, date, title, quotes) for i, date, title, quotes in d["events"]]
        gold = [Gold(i, date, end, title, set(arts), ev, by) for i, date, end, title, arts, ev, by in d["gold"]]
        s = score(events, gold, titles=False)
        per_page: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for g in gold:
            arts = [a for a in g.articles if a in kinds]
            for a in arts:
                share = 1 / len(arts)
                table[kinds[a]]["gold"] += share
                per_page[a]["gold"] += share
                if not s["_by_gold"][g.id]:
                    table[kinds[a]]["missed"] += share
                    per_page[a]["missed"] += share
        unmatched = set(s["_unmatched"])
        for e in events:
            arts = [a for a in e.quotes if a in kinds]
            for a in arts:
                share = 1 / len(arts)
                table[kinds[a]]["events"] += share
                per_page[a]["events"] += share
                if e.id in unmatched:
                    table[kinds[a]]["unmatched"] += share
                    per_page[a]["unmatched"] += share
        if pages:
            for a in sorted(kinds):
                f = per_page[a]
                print(f"  {story:28} {a:10} {kinds[a]:15} gold {f['gold']:5.1f} missed {f['missed']:5.1f} "
                      f"events {f['events']:5.1f} unmatched {f['unmatched']:5.1f}")
    return table


def listing(data: dict, kind: str) -> list[str]:
    """One line per gold row missed and per event unmatched that lists a page of ``kind`` (``MISS`` with the gold
    row's evidence, ``UNMATCHED`` with the event's first quote), story by story: the cases to read by kind."""
    from bench_events import Gold

    lines = []
    for story, d in data.items():
        kinds = d["kinds"]
        events = [Emitted(i, date, title, quotes) for i, date, title, quotes in d["events"]]
        gold = [Gold(i, date, end, title, set(arts), ev, by) for i, date, end, title, arts, ev, by in d["gold"]]
        s = score(events, gold, titles=False)
        for g in gold:
            if not s["_by_gold"][g.id] and any(kinds.get(a) == kind for a in g.articles):
                evidence = " ".join(str(g.evidence).split())
                lines.append(f"MISS {story} {g.date} {sorted(g.articles)} {g.title} | {evidence}")
        unmatched = set(s["_unmatched"])
        for e in events:
            if e.id in unmatched and any(kinds.get(a) == kind for a in e.quotes):
                first = next((q for qs in e.quotes.values() for q in qs), "")
                lines.append(f"UNMATCHED {story} {e.date} {sorted(e.quotes)} {e.title} | {' '.join(first.split())}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="*", type=Path)
    ap.add_argument("--save", type=Path)
    ap.add_argument("--load", type=Path)
    ap.add_argument("--pages", action="store_true", help="print each page's figures")
    ap.add_argument("--list", metavar="KIND", help="print the missed gold rows and unmatched events of a kind")
    args = ap.parse_args(argv)
    data = json.loads(args.load.read_text(encoding="utf-8")) if args.load else run(args.stories)
    if args.save:
        args.save.write_text(json.dumps(data), encoding="utf-8")
    if args.list:
        print("\n".join(listing(data, args.list)))
    table = tabulate(data, pages=args.pages)
    print("| kind | pages | gold | missed | recall | events | unmatched | precision |")
    print("|---|---|---|---|---|---|---|---|")
    for k in KINDS:
        f = table.get(k)
        if not f:
            continue
        rec = 1 - f["missed"] / f["gold"] if f["gold"] else 0.0
        prec = 1 - f["unmatched"] / f["events"] if f["events"] else 0.0
        print(f"| {k} | {f['pages']:.0f} | {f['gold']:.1f} | {f['missed']:.1f} | {rec:.0%} | {f['events']:.1f} | "
              f"{f['unmatched']:.1f} | {prec:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
