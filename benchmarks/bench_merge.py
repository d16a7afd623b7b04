"""Merge at scale: compared pairs, time and driver peak RSS at 1k / 10k / 100k synthetic articles.

The merge (:mod:`timeline.identity`, as run by :func:`timeline.engine.merge_blocked`)
is fed synthetic CANDIDATE records directly (the tagger is not run: extracting
100,000 articles takes hours on 2 cores; ``bench_scale.py`` measures extraction).
The records imitate a news archive: ``articles / 4`` distinct stories, each
told by about four articles (paraphrased: the actor, the action and the object
are kept, the wording and the date's precision vary) over 2000–2024; every
actor is a distinct made-up name, the actions and objects are drawn from
vocabularies of 120 verbs and 200 nouns, and each article also mentions two
other stories in passing (background sentences: one to a month, one to a year).
So a bigger archive holds more stories and more actors, as real archives do,
not one template repeated.

Each size runs in a fresh Python process, so that the peak RSS
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``) is that size's alone; the
baseline of the ratios is the smallest size of the same run.

Usage::

    python benchmarks/bench_merge.py [--sizes 1000 10000 100000] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time

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


def synth_records(articles: int, *, seed: int = 1) -> list[dict]:
    """Candidate records of a synthetic archive of ``articles`` articles (about 5 per article)."""
    rng = random.Random(seed)
    stories = []
    for _ in range(max(1, articles // 4)):
        actor, other = f"{_name(rng)} {rng.choice(['Corp', 'Group', 'Holdings', 'Party', 'Council'])}", _name(rng)
        stories.append((actor, other, rng.choice(_VERBS), rng.choice(_NOUNS), _date(rng, rng.randint(2000, 2024))))
    out: list[dict] = []
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
            out.append({
                "event_id": "", "date": value, "end_date": "", "date_text": date_text,
                "title": f"{actor} {verb} {noun}", "lane": "Other", "source": src, "quote": quote,
                "quote_start": pos, "quote_end": pos + len(quote), "actors": actor, "tags": "", "note": "",
                "confidence": 0.8, "mention_value": value, "mention_mod": "", "anchor": "absolute",
            })
            pos += len(quote) + 1
    return out


def measure(articles: int) -> dict:
    """Merge the synthetic records of one size in this process; figures as a dict."""
    import resource

    from timeline import identity

    t = time.perf_counter()
    records = synth_records(articles)
    gen = time.perf_counter() - t
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    prep = identity.prepare(records)  # what merge_blocked(records, workers=1) does, step by step
    t_prep = time.perf_counter()
    pairs = len(prep.pairs)
    links, conflicts = identity.score_pairs(prep, prep.pairs)
    t_score = time.perf_counter()
    n_links = len(links)
    prep.pairs = identity.Pairs()
    roots = identity.join(prep, links, sorted(conflicts))
    del links, conflicts
    frame = identity.group(prep, [], roots=roots)
    t_group = time.perf_counter()
    seconds = t_group - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"articles": articles, "candidates": len(records), "pairs": pairs,
            "pairs_per_article": round(pairs / articles, 2), "events": int(frame["event_id"].nunique()),
            "prepare_s": round(t_prep - t, 1), "score_s": round(t_score - t_prep, 1),
            "group_s": round(t_group - t_score, 1), "merge_s": round(seconds, 1), "generate_s": round(gen, 1),
            "rss_after_generate_mb": round(base_rss / 1024), "peak_rss_mb": round(peak / 1024),
            "links": n_links}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size in this process
    ap.add_argument("--json", help="also write the rows to this JSON file")
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    rows = []
    for n in args.sizes:  # a fresh process per size: its peak RSS is that size's alone
        out = subprocess.run([sys.executable, __file__, "--one", str(n)],
                             check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    base = rows[0]
    print("| articles | candidates | compared pairs | pairs / article | × baseline | events | merge s |"
          " s / 1000 candidates | driver peak RSS MB | × baseline |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['articles']:,} | {r['candidates']:,} | {r['pairs']:,} | {r['pairs_per_article']} | "
              f"{r['pairs_per_article'] / base['pairs_per_article']:.2f} | {r['events']:,} | {r['merge_s']} | "
              f"{1000 * r['merge_s'] / r['candidates']:.3f} | {r['peak_rss_mb']} | "
              f"{r['peak_rss_mb'] / base['peak_rss_mb']:.2f} |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, indent=1)


if __name__ == "__main__":
    main()
