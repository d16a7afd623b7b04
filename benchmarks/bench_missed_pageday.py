"""Where the missed gold events lie against their page's publication day, and what an undated sentence would bring.

Usage::

    .venv/bin/python benchmarks/bench_missed_pageday.py benchmarks/corpora/<story> [more] [--json OUT] [--sentences]

For each gold event the extractor misses (the matching rule of ``bench_events.py``), the sentence of its articles
that states it (the one holding its evidence, else the one sharing most of its words) is classified by

* ``relation``: the gold date against the page's publication day — ``pubday`` (the gold day is the publication
  day), ``pub-1`` (the day before: a morning paper's news), ``period`` (a gold week or month holding the
  publication day), ``before`` / ``after``, or ``no-pub`` (the page's day is unknown);
* ``dated``: whether the sentence holds a date expression of the tagger's;
* ``rank``: its place among the page's story sentences (eight words or more ending with a stop, as
  ``timeline.lede`` reads a lede: 0 is the lede), -1 for a shorter line.

The table counts the misses by relation and date, then the undated ``pubday`` misses by rank. With
``--sentences`` the JSON also lists every undated sentence no event quotes, with what a candidate of it dated by
the publication day would match (a missed gold event, a found one, or none), its rank and its main clause's verb
form: a rule about undated sentences can be priced there (gold events gained against unmatched events added)
before it is written. Round 29 (``docs/events.md``) reports the figures.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_events import Emitted, Gold, emitted, matches, read_gold, score, story_frame  # noqa: E402

from timeline.clauses import analyse, content_terms  # noqa: E402
from timeline.extract import article_mentions  # noqa: E402
from timeline.lede import lede_clause_start  # noqa: E402
from timeline.periods import parse_period  # noqa: E402

#: a story sentence, as :mod:`timeline.lede` reads one: eight words or more, ending with a stop
STORY_WORDS = 8


def relation(gold: Gold, published: dt.date | None) -> str:
    """The gold date against the page's publication day (see the module docstring)."""
    if published is None:
        return "no-pub"
    start = parse_period(gold.date).start
    end = parse_period(gold.end_date or gold.date).end
    day = (end - start).days <= 2  # a day (or a day and the next: a gold end_date)
    if start <= published < end:
        return "pubday" if day else "period"
    if day and start <= published - dt.timedelta(days=1) < end:
        return "pub-1"
    return "before" if end <= published else "after"


def story_ranks(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Each sentence's place among the story sentences (-1 for a shorter line)."""
    out, told = [], 0
    for s, e in spans:
        story = len(text[s:e].split()) >= STORY_WORDS and re.search(r"[.!]\W*$", text[s:e]) is not None
        out.append(told if story else -1)
        told += story
    return out


def _terms(text: str) -> set[str]:
    return {t for t in content_terms(text) if not t.isdigit()}


def _stating(gold: Gold, text: str, spans: list[tuple[int, int]]) -> tuple[float, int]:
    """The sentence of a page that states a gold event: its evidence, else the most of its words (share, index)."""
    want = _terms(gold.evidence) or _terms(gold.title)
    head = gold.evidence.strip()[:60]
    best = (-1.0, -1)
    for k, (s, e) in enumerate(spans):
        share = 1.0 if head and head in text[s:e] else len(want & _terms(text[s:e])) / max(1, len(want))
        best = max(best, (share, -k))
    return best[0], -best[1]


def _verb_form(text: str, s: int, e: int) -> str:
    """The verb form of a sentence's main clause (after a dateline and an opening clause)."""
    start = lede_clause_start(text, (s, e))
    start = s if start is None else start
    return analyse(text, start, e, start, start).verb_form


class _Page:
    """One article's sentences, date mentions and story ranks."""

    def __init__(self, article):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            mentions, sents, _ = article_mentions(article)
        self.article, self.text = article, article.text
        self.spans = [(x.start, x.end) for x in sents]
        self.ranks = story_ranks(self.text, self.spans)
        self.dates = [[self.text[m.start : m.end] for m in mentions if s <= m.start < e] for s, e in self.spans]


def _missed_rows(story: str, gold: list[Gold], found: set[str], pages: dict[str, _Page]) -> list[dict]:
    rows = []
    for g in gold:
        if g.id in found:
            continue
        best = max(((_stating(g, p.text, p.spans), a) for a, p in pages.items() if a in g.articles), default=None)
        if best is None or best[0][0] < 0:  # no page of the gold's, or its pages have no sentence
            rows.append({"story": story, "gold": g.id, "date": g.date, "title": g.title, "relation": "no-page"})
            continue
        (share, k), art = best
        p = pages[art]
        rows.append({"story": story, "gold": g.id, "date": g.date, "title": g.title, "article": art,
                     "relation": relation(g, p.article.published), "dated": p.dates[k], "rank": p.ranks[k],
                     "share": round(share, 2), "sentence": p.text[slice(*p.spans[k])][:300]})
    return rows


def _sentence_rows(story: str, gold: list[Gold], found: set[str], pages: dict[str, _Page], frame) -> list[dict]:
    rows = []
    for art, p in pages.items():
        if p.article.published is None:
            continue
        quoted = frame[frame.source == art][["quote_start", "quote_end"]].values.tolist()
        for k, (s, e) in enumerate(p.spans):
            if p.dates[k] or p.ranks[k] < 0 or any(a < e and b > s for a, b in quoted):
                continue
            ev = Emitted("x", p.article.published.isoformat(), "", {art: [p.text[s:e]]})
            hit = [g.id for g in gold if matches(ev, g)]
            rows.append({"story": story, "article": art, "rank": p.ranks[k], "form": _verb_form(p.text, s, e),
                         "new": [h for h in hit if h not in found], "old": [h for h in hit if h in found],
                         "sentence": p.text[s:e][:300]})
    return rows


def story_rows(folder: Path, *, sentences: bool = False) -> tuple[list[dict], list[dict]]:
    """The missed gold events of a story (and, with ``sentences``, its unquoted undated sentences), classified."""
    gold = read_gold(folder)
    frame, articles = story_frame(folder)
    s = score(emitted(frame), gold, titles=False)
    found = {g for g, evs in s["_by_gold"].items() if evs}
    pages = {a.id: _Page(a) for a in articles}
    missed = _missed_rows(folder.name, gold, found, pages)
    return missed, _sentence_rows(folder.name, gold, found, pages, frame) if sentences else []


def table(missed: list[dict], sentences: list[dict]) -> str:
    """The counts of the module docstring, as text."""
    by = collections.Counter((r["relation"], bool(r.get("dated"))) for r in missed)
    lines = [f"missed gold events: {len(missed)}"]
    lines += [f"  {rel:8} {'dated' if dated else 'undated':8} {n}" for (rel, dated), n in by.most_common()]
    ranks = collections.Counter(min(r["rank"], 5) for r in missed if r["relation"] == "pubday" and not r["dated"])
    lines.append("undated pubday misses by story-sentence rank (5 = 5 or more): "
                 + ", ".join(f"{k}: {v}" for k, v in sorted(ranks.items())))
    if sentences:
        new = {(r["story"], g) for r in sentences for g in r["new"]}
        lines.append(f"unquoted undated sentences: {len(sentences)}; would find {len(new)} missed gold events, "
                     f"{sum(1 for r in sentences if r['old'] and not r['new'])} match found ones, "
                     f"{sum(1 for r in sentences if not r['new'] and not r['old'])} match none")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path)
    ap.add_argument("--json", type=Path, help="write the rows as JSON")
    ap.add_argument("--sentences", action="store_true", help="also price the unquoted undated sentences")
    args = ap.parse_args(argv)
    missed, sentences = [], []
    for folder in args.stories:
        m, s = story_rows(folder, sentences=args.sentences)
        missed += m
        sentences += s
    print(table(missed, sentences))
    if args.json:
        args.json.write_text(json.dumps({"missed": missed, "sentences": sentences}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
