"""The events that rest only on an undated present perfect dated by their page's day, matched and unmatched.

Usage::

    .venv/bin/python benchmarks/bench_undated_perfects.py benchmarks/corpora/<story> [more] [--json OUT]

An event *rests on an undated perfect* when every row of it is dated by its page's publication day because its
sentence is a main-clause present perfect with no date (``anchor`` ``undated``, a ``note`` naming the present
perfect; :mod:`timeline.lede`). Each such event is listed with whether it matches a gold event (the matching rule of
``bench_events.py``), whether it would match one with its date not checked (a misdated copy), and where its first
quote stands on its page: its story-sentence rank (``bench_missed_pageday.story_ranks``), its line (paragraph)
among the page's non-empty lines, the page's story sentences, and the perfect's words (auxiliary to participle).
The table counts matched and unmatched by rank; the JSON lists every event, for reading and for pricing a cue
before it is written (round 36, docs/events.md).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_events import Emitted, emitted, matches, read_gold, score, story_frame  # noqa: E402
from bench_missed_pageday import story_ranks  # noqa: E402

from timeline.extract import article_mentions  # noqa: E402

#: the words of a present perfect: auxiliary, adverbs, *been*, participle
_PERFECT = re.compile(r"\b(?:has|have|[’']ve)\s+(?:(?:\w+ly|also|already|just|now|long|never|ever|still|not)\s+)*"
                      r"(?:been\s+)?(?:\w+ly\s+)?[a-z][a-z-]+\b", re.I)


def rests_on_perfect(rows) -> bool:
    """Whether every row of an event is dated by its page because of an undated present perfect."""
    return all(r.anchor == "undated" and "present perfect" in r.note for r in rows.itertuples())


def _dated_as(ev: Emitted, date: str) -> Emitted:
    return Emitted(ev.id, date, ev.title, ev.quotes)


def story_rows(folder: Path) -> list[dict]:
    """The events of a story that rest on an undated perfect, described (see the module docstring)."""
    gold = read_gold(folder)
    frame, articles = story_frame(folder)
    events = emitted(frame)
    s = score(events, gold, titles=False)
    hit = collections.defaultdict(list)
    for g, ids in s["_by_gold"].items():
        for i in ids:
            hit[i].append(g)
    titles = {g.id: g.title for g in gold}
    pages = {a.id: a for a in articles}
    out = []
    for ev in events:
        rows = frame[frame.event_id == ev.id]
        if not rests_on_perfect(rows):
            continue
        r = rows.iloc[0]
        art = pages[r.source]
        text = art.text
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _m, sents, _ = article_mentions(art)
        spans = [(x.start, x.end) for x in sents]
        ranks = story_ranks(text, spans)
        k = next((i for i, (a, b) in enumerate(spans) if a <= r.quote_start < b), -1)
        lines = [m.start() for m in re.finditer(r"(?m)^\s*\S", text)]
        line = sum(1 for x in lines if x <= r.quote_start) - 1
        body_lines = [x for x in lines if spans and x >= spans[0][0]]
        para = sum(1 for x in body_lines if x <= r.quote_start) - 1
        sent = text[spans[k][0] : spans[k][1]] if k >= 0 else r.quote
        verb = _PERFECT.search(sent)
        loose = [g.id for g in gold if matches(_dated_as(ev, g.date), g)]
        out.append({
            "story": folder.name, "event": ev.id, "date": ev.date, "title": ev.title,
            "matched": [f"{g}: {titles[g]}" for g in hit[ev.id]], "undated_match": loose,
            "sole": [g for g in hit[ev.id] if s["_by_gold"][g] == [ev.id]],
            "article": r.source, "rows": len(rows), "articles": len(ev.quotes),
            "rank": ranks[k] if k >= 0 else -2, "sentence_index": k, "line": line, "paragraph": para,
            "story_sentences": sum(1 for x in ranks if x >= 0), "perfect": verb.group() if verb else "",
            "sentence": sent[:400], "note": r.note,
        })
    return out


def table(rows: list[dict]) -> str:
    """Matched and unmatched counts, overall and by story-sentence rank."""
    m = sum(1 for r in rows if r["matched"])
    sole = sum(len(r["sole"]) for r in rows)
    lines = [f"events resting on an undated perfect: {len(rows)}, matched {m} (gold found by them alone {sole}), "
             f"unmatched {len(rows) - m}"]
    by = collections.Counter((min(max(r["rank"], -1), 6), bool(r["matched"])) for r in rows)
    for k in sorted({k for k, _ in by}):
        lines.append(f"  rank {k}: matched {by[(k, True)]}, unmatched {by[(k, False)]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path)
    ap.add_argument("--json", type=Path, help="write the rows as JSON")
    args = ap.parse_args(argv)
    rows = [r for folder in args.stories for r in story_rows(folder)]
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
