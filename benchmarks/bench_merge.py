"""Merge at scale: compared pairs, time and driver peak RSS at 1k / 10k / 100k synthetic articles.

The merge by year partition (:class:`timeline.merge_partitions.PartitionedMerge`,
what :func:`timeline.engine.merge_partitioned` and a big ``run_extraction`` run)
is fed synthetic CANDIDATE records directly (the tagger is not run: extracting
100,000 articles takes hours on 2 cores; ``bench_scale.py`` measures extraction).
The records are generated as a stream and each year's frame is released once
counted, so the driver holds what the merge itself holds.
The records imitate a news archive: ``articles / 4`` distinct stories, each
told by about four articles (paraphrased: the actor, the action and the object
are kept, the wording and the date's precision vary) over 2000–2024; every
actor is a distinct made-up name, the actions and objects are drawn from
vocabularies of 120 verbs and 200 nouns, and each article also mentions two
other stories in passing (background sentences: one to a month, one to a year).
So a bigger archive holds more stories and more actors, as real archives do,
not one template repeated.

Each size runs in a fresh Python process, so that the peak RSS
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``) is that size's alone. Baselines
of the same run: the pairs per article of the smallest size, the driver RSS at
10,000 articles, the pairs a merge blocked by date alone would compare (counted
from the dates, not compared), and, with ``--in-memory``, the whole-archive
merge (:func:`timeline.engine.merge_blocked`) of the same records.

Usage::

    python benchmarks/bench_merge.py [--sizes 1000 10000 100000] [--in-memory 10000] [--json OUT]
    python benchmarks/bench_merge.py --cross-year 2000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from typing import Iterator

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_ONSET = "b c d f g h j k l m n p r s t v w z br cr dr fr gr kr pr tr st sl pl bl cl gl ch sh th".split()
_VOWEL = "a e i o u ai ea ou io ei".split()
_CODA = "n r l s t m x k nd rt lt st ns rn".split()
_VERBS = """acquired sued fined appointed dismissed launched cancelled approved rejected banned acquitted convicted
raided closed opened merged sold bought hired fired indicted arrested released elected nominated impeached audited
recalled suspended resumed delayed expanded relocated bankrupted restructured listed delisted downgraded upgraded
sanctioned pardoned invaded annexed evacuated rebuilt demolished patented licensed blocked unblocked regulated
deregulated nationalised privatised subsidised taxed investigated charged sentenced extradited deported honoured
awarded stripped dissolved founded renamed rebranded leaked hacked breached settled appealed overturned ratified
vetoed signed amended repealed enacted proposed withdrew announced unveiled halted paused boycotted picketed
occupied liberated captured bombed shelled flooded rescued quarantined vaccinated tested certified grounded
recalled refunded compensated outbid underbid relisted split spun reorganised downsized expanded offshored""".split()
_NOUNS = """refinery pipeline airline bank mine factory railway port harbour stadium museum hospital university
school reactor satellite telescope bridge tunnel highway canal dam reservoir warehouse shipyard fleet network
platform exchange currency tariff budget pension subsidy contract licence patent merger takeover stake bond loan
deficit treaty accord ceasefire embargo sanction referendum election coalition cabinet minister governor mayor
senator judge prosecutor regulator auditor union strike protest rally march boycott lawsuit verdict appeal ruling
inquiry probe scandal leak breach outage recall vaccine trial drug clinic virus outbreak flood drought wildfire
earthquake storm cyclone harvest crop cattle fishery forest park reserve border checkpoint garrison base army navy
militia rebel convoy embassy consulate delegation summit conference festival tournament league club franchise
studio album film series novel award prize gallery archive library newspaper broadcaster channel website app
platform chip battery vehicle truck tanker cargo freight terminal depot plant turbine grid cable tower antenna
laboratory startup fund trust foundation charity church mosque temple cathedral palace fortress monument statue
square market mall hotel casino resort island valley river lake coast province district village suburb""".split()
_FILLER = """officials said the move was expected to weigh on markets according to people familiar with the matter
analysts said while critics called it a setback for the region after weeks of talks despite objections from
lawmakers in a statement released to reporters the spokesperson added that further steps would follow""".split()


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_ONSET) + rng.choice(_VOWEL) for _ in range(rng.randint(1, 2))).capitalize() + \
        rng.choice(_CODA)


def _date(rng: random.Random, y: int) -> tuple[int, int, int]:
    return y, rng.randint(1, 12), rng.randint(1, 28)


def _phrase(d: tuple[int, int, int], precision: str) -> tuple[str, str]:
    y, m, day = d
    if precision == "day":
        return f"on {MONTHS[m - 1]} {day}, {y}", f"{y:04d}-{m:02d}-{day:02d}"
    if precision == "month":
        return f"in {MONTHS[m - 1]} {y}", f"{y:04d}-{m:02d}"
    return f"in {y}", f"{y:04d}"


def iter_synth_records(articles: int, *, seed: int = 1) -> Iterator[dict]:
    """Candidate records of a synthetic archive of ``articles`` articles (about 5 per article), one by one: only
    the stories (a few tuples each) are held, not the records."""
    rng = random.Random(seed)
    stories = []
    for _ in range(max(1, articles // 4)):
        actor, other = f"{_name(rng)} {rng.choice(['Corp', 'Group', 'Holdings', 'Party', 'Council'])}", _name(rng)
        stories.append((actor, other, rng.choice(_VERBS), rng.choice(_NOUNS), _date(rng, rng.randint(2000, 2024))))
    for a in range(articles):
        src = f"a{a:06d}"
        own = stories[a % len(stories)]
        mentions = [(own, "day"), (own, rng.choice(["day", "month"])), (own, "day"),
                    (rng.choice(stories), "month"), (rng.choice(stories), "year")]
        pos = 0
        for k, ((actor, other, verb, noun, d), precision) in enumerate(mentions):
            date_text, value = _phrase(d, precision)
            filler = " ".join(rng.sample(_FILLER, rng.randint(3, 8)))
            shapes = [f"{actor} {verb} the {noun} of {other} {date_text}, {filler}.",
                      f"{date_text[0].upper()}{date_text[1:]}, {actor} {verb} the {other} {noun}, {filler}.",
                      f"The {noun} was {verb} by {actor} {date_text}, {filler}."]
            quote = shapes[(a + k) % 3]
            yield {
                "event_id": "", "date": value, "end_date": "", "date_text": date_text,
                "title": f"{actor} {verb} {noun}", "lane": "Other", "source": src, "quote": quote,
                "quote_start": pos, "quote_end": pos + len(quote), "actors": actor, "tags": "", "note": "",
                "confidence": 0.8, "mention_value": value, "mention_mod": "", "anchor": "absolute",
            }
            pos += len(quote) + 1


def synth_records(articles: int, *, seed: int = 1) -> list[dict]:
    """:func:`iter_synth_records` as a list."""
    return list(iter_synth_records(articles, seed=seed))


class _DateCounts:
    """Counts of date values, to count the pairs a blocking by date alone would compare (the baseline)."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def add(self, value: str) -> None:
        self.counts[value] = self.counts.get(value, 0) + 1

    def compatible_pairs(self) -> int:
        """Pairs of records whose dates are equal or nested (day in month in year): what a merge that blocks
        by the date only compares."""
        c = self.counts
        total = sum(n * (n - 1) // 2 for n in c.values())
        for value, n in c.items():
            parts = value.split("-")
            for k in range(1, len(parts)):  # 2022-03-04 is inside 2022-03 and 2022; 2022-03 inside 2022
                total += n * c.get("-".join(parts[:k]), 0)
        return total


def _rss_mb() -> int:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def measure(articles: int) -> dict:
    """Merge one size by year partition (:func:`timeline.engine.merge_partitioned`'s path), the records
    generated as a stream and every year's frame released once counted; figures as a dict."""
    from timeline.merge_partitions import PartitionedMerge

    dates = _DateCounts()
    events = rows = 0
    t = time.perf_counter()
    with PartitionedMerge() as pm:
        batch: list[dict] = []
        for rec in iter_synth_records(articles):
            dates.add(rec["date"])
            batch.append(rec)
            if len(batch) >= 10_000:
                pm.add(batch)
                batch = []
        pm.add(batch)
        t_add = time.perf_counter()
        for frame in pm.frames():
            events += frame["event_id"].nunique()
            rows += len(frame)
        seconds = time.perf_counter() - t
        pairs, largest, candidates = pm.pairs_compared, pm.largest, pm.candidates
    return {"articles": articles, "mode": "by year", "candidates": candidates, "rows": rows, "pairs": pairs,
            "pairs_per_article": round(pairs / articles, 2), "date_pairs": dates.compatible_pairs(),
            "events": events, "largest_partition": largest, "spill_s": round(t_add - t, 1),
            "merge_s": round(seconds, 1), "peak_rss_mb": _rss_mb()}


def measure_in_memory(articles: int) -> dict:
    """The whole-archive merge (:func:`timeline.engine.merge_blocked` with one process), for comparison."""
    from timeline import identity

    records = synth_records(articles)
    t = time.perf_counter()
    prep = identity.prepare(records)  # what merge_blocked(records, workers=1) does, step by step
    pairs = len(prep.pairs)
    links, conflicts = identity.score_pairs(prep, prep.pairs)
    prep.pairs = identity.Pairs()
    roots = identity.join(prep, links, sorted(conflicts))
    del links, conflicts
    frame = identity.group(prep, [], roots=roots)
    seconds = time.perf_counter() - t
    return {"articles": articles, "mode": "in memory", "candidates": len(records), "rows": len(frame),
            "pairs": pairs, "pairs_per_article": round(pairs / articles, 2), "date_pairs": None,
            "events": int(frame["event_id"].nunique()), "largest_partition": len(records), "spill_s": 0.0,
            "merge_s": round(seconds, 1), "peak_rss_mb": _rss_mb()}


def compare_cross_year(articles: int, *, share: float = 0.05, seed: int = 3) -> dict:
    """The synthetic records with ``share`` of them redated across a year boundary (weeks over the new year, a
    winter, a year's last day, decades): the merge by year against the whole-archive merge."""
    from timeline.engine import merge_blocked, merge_partitioned

    rng = random.Random(seed)
    cross = ["2010-W52", "2015-WI", "201", "200", "2019-12-31", "2011-W52"]
    records = [{**r, "date": rng.choice(cross)} if rng.random() < share else r for r in iter_synth_records(articles)]
    t = time.perf_counter()
    one = merge_blocked(records)
    t_one = time.perf_counter() - t
    t = time.perf_counter()
    parts = merge_partitioned(records)
    t_parts = time.perf_counter() - t

    def events(frame):
        ids = frame.set_index(["source", "quote_start", "date_text"])["event_id"]
        return {frozenset(g.index) for _, g in ids.groupby(ids)}

    same = len(events(one) & events(parts))
    return {"articles": articles, "records": len(records), "rows": [len(one), len(parts)],
            "events": [int(one["event_id"].nunique()), int(parts["event_id"].nunique())], "identical_events": same,
            "one_date_per_event": bool(parts.groupby("event_id")["date"].nunique().max() == 1),
            "seconds": [round(t_one, 1), round(t_parts, 1)]}


def _run(flag: str, n: int) -> dict:
    out = subprocess.run([sys.executable, __file__, flag, str(n)], check=True, capture_output=True, text=True).stdout
    row = json.loads(out.strip().splitlines()[-1])
    print(json.dumps(row), file=sys.stderr, flush=True)
    return row


def _table(rows: list[dict]) -> None:
    base = rows[0]
    rss_base = next((r for r in rows if r["articles"] == 10000 and r["mode"] == "by year"), base)
    print(f"| articles | merge | candidates | compared pairs | pairs / article | × {base['articles']:,} | "
          f"date-compatible pairs (blocking by date only) | events | largest partition | merge s | "
          f"of which spill s | driver peak RSS MB | × {rss_base['articles']:,} |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        date_pairs = f"{r['date_pairs']:,}" if r["date_pairs"] is not None else "–"
        print(f"| {r['articles']:,} | {r['mode']} | {r['candidates']:,} | {r['pairs']:,} | {r['pairs_per_article']} | "
              f"{r['pairs_per_article'] / base['pairs_per_article']:.2f} | {date_pairs} | {r['events']:,} | "
              f"{r['largest_partition']:,} | {r['merge_s']} | {r['spill_s']} | {r['peak_rss_mb']} | "
              f"{r['peak_rss_mb'] / rss_base['peak_rss_mb']:.2f} |")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--in-memory", type=int, nargs="*", default=[],
                    help="also merge these sizes in memory, as one (merge_blocked), for comparison")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size in this process
    ap.add_argument("--one-in-memory", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--json", help="also write the rows to this JSON file")
    ap.add_argument("--table", help="print the table of the rows of such a JSON file (no run)")
    ap.add_argument("--cross-year", type=int, metavar="ARTICLES",
                    help="only compare the merge by year with the whole-archive merge on this many articles, 5%% of "
                         "the mentions redated across a year boundary")
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    if args.one_in_memory:
        print(json.dumps(measure_in_memory(args.one_in_memory)))
        return
    if args.cross_year:
        print(json.dumps(compare_cross_year(args.cross_year)))
        return
    if args.table:
        with open(args.table, encoding="utf-8") as fh:
            _table(json.load(fh))
        return
    rows = [_run("--one", n) for n in args.sizes]  # a fresh process per size: its peak RSS is its own
    rows += [_run("--one-in-memory", n) for n in args.in_memory]
    _table(rows)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, indent=1)


if __name__ == "__main__":
    main()
