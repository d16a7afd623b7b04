"""What simple filters on the emitted events would do to the gold-timeline figures (issue 14).

Runs the extractor once per story folder (as ``bench_events.py`` does) and scores, with the same matcher, the events
left after dropping those a filter names: a confidence below a threshold, an event reported by one article only, an
event with one quote only, or both of the first two. It answers whether the extractor's own figures can tell the
events an analyst keeps from the clutter (round 11: they cannot; see ``docs/benchmarks.md``, *Round 11*).

Usage::

    .venv/bin/python benchmarks/bench_event_filters.py benchmarks/corpora/<story> [...]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_events as bench  # noqa: E402

#: a filter: (event, its highest confidence) -> True to drop it
Filter = Callable[[bench.Emitted, float], bool]


def story_events(folder: Path) -> tuple[list[bench.Emitted], dict[str, float], list[bench.Gold]]:
    """The extractor's events of one story folder, each event's highest confidence, and the gold timeline."""
    from timeline.articles import load_articles
    from timeline.extract import extract

    with tempfile.TemporaryDirectory() as tmp:
        bench.copy_story(folder, Path(tmp))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            frame = extract(load_articles(Path(tmp)))
    confidence = frame.groupby("event_id")["confidence"].max().astype(float).to_dict()
    return bench.emitted(frame), confidence, bench.read_gold(folder)


def filters() -> dict[str, Filter]:
    """The filters tried, by name (``none`` keeps every event)."""
    out: dict[str, Filter] = {"none": lambda ev, conf: False,
                              "one article": lambda ev, conf: len(ev.quotes) == 1,
                              "one quote": lambda ev, conf: sum(map(len, ev.quotes.values())) == 1}
    for c in (0.3, 0.4, 0.5, 0.6, 0.7):
        out[f"confidence < {c}"] = lambda ev, conf, c=c: conf < c
        out[f"one article and confidence < {c}"] = lambda ev, conf, c=c: len(ev.quotes) == 1 and conf < c
    return out


def pooled_row(name: str, stories: list[tuple[list[bench.Emitted], dict[str, float], list[bench.Gold]]],
               drop: Filter) -> str:
    """One table row: events kept, recall, precision and events per found over all stories pooled."""
    kept_n = found = gold_n = matched = 0
    for events, confidence, gold in stories:
        kept = [ev for ev in events if not drop(ev, confidence[ev.id])]
        s = bench.score(kept, gold, titles=False)
        kept_n += s["events"]
        found += s["found"]
        gold_n += s["gold"]
        matched += s["events"] - len(s["_unmatched"])
    recall = found / gold_n if gold_n else 0.0
    precision = matched / kept_n if kept_n else 0.0
    per_found = kept_n / found if found else float("inf")
    return f"| {name} | {kept_n} | {recall:.0%} | {precision:.0%} | {per_found:.2f} |"


def main(argv: list[str] | None = None) -> int:
    """Print the table for the story folders given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="story folders (benchmarks/corpora/<story>)")
    args = parser.parse_args(argv)
    stories = [story_events(folder) for folder in args.folders]
    print("| filter (events dropped) | events | recall (compatible) | precision | events per found |")
    print("|---|---|---|---|---|")
    for name, drop in filters().items():
        print(pooled_row(name, stories, drop))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
