"""Score event extraction against hand-written gold timelines (issue 14), with dateparser as a date-only peer.

Usage::

    .venv/bin/python benchmarks/bench_events.py benchmarks/corpora/<story> [more stories] [--show] [--json OUT]

A story folder holds ``articles/*.txt``, ``sources.csv`` (``id,file,...,published,...,published_known``) and
``gold_events.csv`` (``gold_id,date,end_date,title,articles,evidence,kind``). The corpus is never written to:
the articles are copied to a temporary folder with an ``articles.csv`` giving each article's publication date
from ``sources.csv`` (``published``, else a day-precise ``published_known``), so the figures measure event
extraction, not publication-date detection. With ``--raw`` only the texts are copied, as a new user brings a folder:
publication dates, headlines and the folder's year are then the extractor's own (the dateparser peer keeps the
publication dates of ``sources.csv``).

Matching rule (one rule for the extractor and for dateparser): an emitted event *matches* a gold event when

1. their dates are compatible: one period contains the other (a gold ``end_date`` widens the gold period);
2. one of the emitted event's quotes comes from an article the gold event lists; and
3. in those articles, one of its quotes states the gold evidence (one contains the other, or the quote holds 60%
   of the evidence's content words, for evidence of 3+ content words), or its quotes and title hold at least
   half of the gold title's content words (two at least).

Figures (per story and over all stories):

* ``events``: events emitted; ``gold``: gold events;
* ``recall`` (compatible date) and ``recall_exact`` (an emitted event with the gold date value matches); when the
  gold has a ``dated_by`` column, also the recall of the gold events dated by an expression in the text (the others
  are dated only by the publication date);
* ``precision``: share of emitted events matching a gold event (gold timelines list the story's events, so an
  unmatched event is clutter or a date the analyst did not keep);
* ``per_found``: events emitted per gold event found (clutter; target ≤ 1.3);
* ``split``: share of found gold events matched by two or more emitted events;
* ``merge_err``: emitted events matching two or more gold events (and per 50 emitted events) — the target figure;
* ``merge_mentions``: of those, events that *group mentions of different gold events*: two of its quotes, each
  matching some gold event on its own (same rule, without the event's title), match no gold event in common. An
  event whose single quote matches two gold rows (one sentence naming two events, or a shared word such as a place)
  counts in ``merge_err`` but not here, so the difference shows how many merge errors are the matching rule's
  overlap rather than mentions of different events put together;
* ``title``: mean share of the gold title's content words found in the title of the best matching event.

dateparser (``search_dates`` per sentence, ``RELATIVE_BASE`` = the publication date) emits one date-only
candidate per date it finds, at day precision, quoted by its sentence; its titles are not scored.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import shutil
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.clauses import content_terms  # noqa: E402
from timeline.periods import parse_period  # noqa: E402


@dataclass
class Emitted:
    """One emitted event: its date, title and quotes by article."""

    id: str
    date: str
    title: str
    quotes: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Gold:
    """One gold event."""

    id: str
    date: str
    end_date: str
    title: str
    articles: set[str]
    evidence: str
    dated_by: str = ""


def _span(date: str, end_date: str = "") -> tuple[dt.date, dt.date]:
    p = parse_period(date)
    return p.start, parse_period(end_date).end if end_date else p.end


def _compatible(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _terms(text: str) -> set[str]:
    return {t for t in content_terms(text) if not t.isdigit()}


def read_gold(folder: Path) -> list[Gold]:
    """Gold events of a story folder."""
    with open(folder / "gold_events.csv", newline="", encoding="utf-8") as fh:
        return [
            Gold(r["gold_id"], r["date"], r.get("end_date", "") or "", r["title"],
                 {a.strip() for a in r["articles"].split(";") if a.strip()}, r.get("evidence", "") or "",
                 r.get("dated_by", "") or "")
            for r in csv.DictReader(fh)
        ]


def copy_story(folder: Path, dest: Path, *, raw: bool = False) -> dict[str, dt.date | None]:
    """Copy a story's articles to ``dest`` with an ``articles.csv`` of publication dates (``raw``: the texts only);
    return the publication dates by id."""
    published: dict[str, dt.date | None] = {}
    rows = []
    with open(folder / "sources.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            name = Path(r["file"]).name
            shutil.copyfile(folder / r["file"], dest / name)
            day = r.get("published") or ""
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
                day = r.get("published_known") or ""
            day = day if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else ""
            published[r["id"]] = dt.date.fromisoformat(day) if day else None
            rows.append({"id": r["id"], "file": name, "title": r.get("title", ""), "published": day})
    if raw:
        return published
    with open(dest / "articles.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "file", "title", "published"])
        w.writeheader()
        w.writerows(rows)
    return published


def run_timeline(folder: Path) -> tuple[list[Emitted], float]:
    """Events of the extractor (``timeline.extract.extract``) on a prepared folder."""
    from timeline.articles import load_articles
    from timeline.extract import extract

    t0 = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = extract(load_articles(folder))
    seconds = time.perf_counter() - t0
    for message in failures(caught):
        print(f"bench_events: {message}", file=sys.stderr)
    return emitted(frame), seconds


def failures(caught: list[warnings.WarningMessage]) -> list[str]:
    """The messages of the extraction failures among warnings: a step of the extractor that raised (its events are
    skipped, the run goes on), which a figure would otherwise show only as lower recall."""
    from timeline.extract import ExtractionWarning

    return [str(w.message) for w in caught
            if issubclass(w.category, ExtractionWarning) and "extraction failed" in str(w.message)]


def story_frame(folder: Path):
    """The extractor's candidates frame of a story folder and its loaded articles: the story copied to a temporary
    folder as :func:`copy_story` prepares it (publication days from ``sources.csv``), warnings silenced."""
    from timeline.articles import load_articles
    from timeline.extract import extract

    with tempfile.TemporaryDirectory() as tmp:
        copy_story(folder, Path(tmp))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            articles = load_articles(Path(tmp))
            return extract(articles), articles


def emitted(frame) -> list[Emitted]:
    """The events of an extracted candidates frame, each with its quotes by article."""
    events: dict[str, Emitted] = {}
    for row in frame.itertuples():
        ev = events.setdefault(row.event_id, Emitted(row.event_id, row.date, row.title))
        ev.quotes.setdefault(row.source, []).append(row.quote)
    return list(events.values())


def run_dateparser(folder: Path, published: dict[str, dt.date | None]) -> tuple[list[Emitted], float]:
    """One date-only candidate per date ``dateparser.search_dates`` finds in each sentence."""
    from dateparser.search import search_dates

    from timeline.articles import load_articles
    from timeline.extract import sentences

    out: list[Emitted] = []
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = load_articles(folder)
    for art in articles:
        pub = published.get(art.id)
        settings = {"RELATIVE_BASE": dt.datetime.combine(pub, dt.time())} if pub else {}
        for bs, be in art.body:
            for s in sentences(art.text, bs, be):
                sent = art.text[s.start : s.end]
                try:
                    found = search_dates(sent, languages=["en"], settings=settings) or []
                except Exception:  # dateparser raises on some inputs; count as nothing found
                    found = []
                for k, (_text, when) in enumerate(found):
                    out.append(Emitted(f"{art.id}:{s.start}:{k}", when.date().isoformat(), "", {art.id: [sent]}))
    return out, time.perf_counter() - t0


def matches(ev: Emitted, gold: Gold) -> bool:
    """The matching rule of the module docstring."""
    if not _compatible(_span(ev.date), _span(gold.date, gold.end_date)):
        return False
    shared = [a for a in ev.quotes if a in gold.articles]
    if not shared:
        return False
    quotes = [q for a in shared for q in ev.quotes[a]]
    evidence = gold.evidence.strip()
    if evidence and any(evidence in q or (len(q) > 20 and q in evidence) for q in quotes):
        return True
    ev_terms = _terms(evidence)
    if len(ev_terms) >= 3 and any(len(ev_terms & _terms(q)) >= 0.6 * len(ev_terms) for q in quotes):
        return True
    want = _terms(gold.title)
    words = _terms(" ".join(quotes) + " " + ev.title)
    return len(want & words) >= max(2, (len(want) + 1) // 2)


def groups_different(ev: Emitted, gold: list[Gold]) -> bool:
    """Whether two quotes of ``ev`` each match a gold event on their own but share none (see ``merge_mentions``)."""
    sets = []
    for article, quotes in ev.quotes.items():
        for q in quotes:
            one = Emitted(ev.id, ev.date, "", {article: [q]})
            hit = frozenset(g.id for g in gold if matches(one, g))
            if hit:
                sets.append(hit)
    return any(not (a & b) for i, a in enumerate(sets) for b in sets[i + 1:])


def score(events: list[Emitted], gold: list[Gold], *, titles: bool = True) -> dict:
    """The figures of the module docstring for one set of emitted events."""
    by_gold: dict[str, list[Emitted]] = {g.id: [] for g in gold}
    per_event: dict[str, int] = {}
    for ev in events:
        n = 0
        for g in gold:
            if matches(ev, g):
                by_gold[g.id].append(ev)
                n += 1
        per_event[ev.id] = n
    found = [g for g in gold if by_gold[g.id]]
    exact = [g for g in found if any(e.date == g.date for e in by_gold[g.id])]
    matched_events = sum(1 for n in per_event.values() if n)
    merge_err = sum(1 for n in per_event.values() if n >= 2)
    mention_merges = [ev.id for ev in events if per_event[ev.id] >= 2 and groups_different(ev, gold)]
    out = {
        "events": len(events),
        "gold": len(gold),
        "found": len(found),
        "recall": len(found) / len(gold) if gold else 0.0,
        "recall_exact": len(exact) / len(gold) if gold else 0.0,
        "precision": matched_events / len(events) if events else 0.0,
        "per_found": len(events) / len(found) if found else float("inf"),
        "split": sum(1 for g in found if len(by_gold[g.id]) >= 2) / len(found) if found else 0.0,
        "merge_err": merge_err,
        "merge_err_per_50": 50 * merge_err / len(events) if events else 0.0,
        "merge_mentions": len(mention_merges),
    }
    by_expr = [g for g in gold if g.dated_by == "expression"]
    if by_expr:
        out["recall_expression"] = sum(1 for g in by_expr if by_gold[g.id]) / len(by_expr)
        out["gold_expression"] = len(by_expr)
    if titles:
        shares = []
        for g in found:
            want = _terms(g.title)
            if not want:
                continue
            best = max(by_gold[g.id], key=lambda e: (e.date == g.date, len(want & _terms(e.title))))
            shares.append(len(want & _terms(best.title)) / len(want))
        out["title"] = sum(shares) / len(shares) if shares else 0.0
    out["_by_gold"] = {k: [e.id for e in v] for k, v in by_gold.items()}
    out["_unmatched"] = [e.id for e in events if not per_event[e.id]]
    out["_mention_merges"] = mention_merges
    return out


def _row(name: str, tool: str, s: dict, seconds: float) -> str:
    title = f"{s['title']:.0%}" if "title" in s else "–"
    expr = f"{s['recall_expression']:.0%} of {s['gold_expression']}" if "recall_expression" in s else "–"
    return (f"| {name} | {tool} | {s['gold']} | {s['events']} | {s['recall']:.0%} | {s['recall_exact']:.0%} | {expr} | "
            f"{s['precision']:.0%} | {s['per_found']:.2f} | {s['split']:.0%} | {s['merge_err']} "
            f"({s['merge_err_per_50']:.1f}/50) | {s['merge_mentions']} | {title} | {seconds:.1f} |")


def _show(events: list[Emitted], gold: list[Gold], s: dict) -> None:
    byid = {e.id: e for e in events}
    print("\nmissed gold events:")
    for g in gold:
        if not s["_by_gold"][g.id]:
            print(f"  {g.date:10} {g.title}")
    print("\nsplit gold events:")
    for g in gold:
        if len(s["_by_gold"][g.id]) >= 2:
            print(f"  {g.date:10} {g.title}: " + " | ".join(f"{byid[i].date} {byid[i].title}" for i in s["_by_gold"][g.id]))
    print("\nmatched (gold title -> event title):")
    for g in gold:
        for i in s["_by_gold"][g.id][:1]:
            print(f"  {g.title!r:70} -> {byid[i].title!r}")
    print("\nmerge errors (gold events matched; * = groups mentions of different gold events):")
    for e in events:
        hit = [g for g in gold if matches(e, g)]
        if len(hit) >= 2:
            star = "*" if e.id in s["_mention_merges"] else " "
            print(f" {star}{e.date:10} {e.title!r}: " + " | ".join(g.title for g in hit))
    print("\nunmatched events:")
    for i in s["_unmatched"]:
        e = byid[i]
        q = next(iter(e.quotes.values()))[0]
        print(f"  {e.date:10} {e.title!r:62} {q[:110]!r}")


def pooled(story: str, events: list[Emitted], gold: list[Gold]) -> tuple[list[Emitted], list[Gold]]:
    """One story's events and gold with event, gold *and article* ids prefixed by the story's name.

    The "all" row scores the stories' events against their pooled gold; article ids such as ``voa02`` recur across
    stories, so without the prefix an event of one story could match another story's gold row.
    """
    p = story + "/"
    ev = [Emitted(p + e.id, e.date, e.title, {p + a: q for a, q in e.quotes.items()}) for e in events]
    gd = [Gold(p + g.id, g.date, g.end_date, g.title, {p + a for a in g.articles}, g.evidence, g.dated_by)
          for g in gold]
    return ev, gd


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (articles/, sources.csv, gold_events.csv)")
    ap.add_argument("--show", action="store_true", help="list misses, splits, titles and unmatched events")
    ap.add_argument("--no-dateparser", action="store_true", help="skip the dateparser peer")
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    ap.add_argument("--raw", action="store_true",
                    help="copy the texts only (no articles.csv): publication dates and headlines as detected")
    args = ap.parse_args(argv)
    print("| story | tool | gold | events | recall (compatible) | recall (exact) | recall (dated in text) | precision "
          "| events per found | split | merge errors | of which mentions of different events | title words "
          "| seconds |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    results = {}
    totals: dict[str, tuple[list, list, float]] = {}
    for folder in args.stories:
        gold = read_gold(folder)
        with tempfile.TemporaryDirectory() as tmp:
            published = copy_story(folder, Path(tmp), raw=args.raw)
            runs = {"timeline": run_timeline(Path(tmp))}
            if not args.no_dateparser:
                runs["dateparser"] = run_dateparser(Path(tmp), published)
        for tool, (events, seconds) in runs.items():
            s = score(events, gold, titles=tool == "timeline")
            print(_row(folder.name, tool, s, seconds))
            results[f"{folder.name}/{tool}"] = {k: v for k, v in s.items() if not k.startswith("_")}
            ev, gd, sec = totals.get(tool, ([], [], 0.0))
            pev, pgd = pooled(folder.name, events, gold)
            totals[tool] = (ev + pev, gd + pgd, sec + seconds)
            if args.show and tool == "timeline":
                _show(events, gold, s)
    if len(args.stories) > 1:
        for tool, (events, gold, seconds) in totals.items():
            s = score(events, gold, titles=tool == "timeline")
            print(_row("all", tool, s, seconds))
            results[f"all/{tool}"] = {k: v for k, v in s.items() if not k.startswith("_")}
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
