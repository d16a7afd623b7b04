"""Why near-alike events stay apart: split gold events and look-alike event pairs, with the verdict of their closest
mentions.

Usage::

    .venv/bin/python benchmarks/bench_near_pairs.py benchmarks/corpora/<story> [more] [--json OUT] [--raw]

Each story is run as ``bench_events.py`` runs it; the records ``timeline.extract`` hands to ``identity.merge`` are
caught with the merge's own arguments (the folder's alias table) and prepared again (``identity.prepare``: same
order, features and blocked pairs). Two kinds of event pairs are listed:

``split``
    two events matching one gold event (``bench_events.matches``);
``near``
    two events on the same or nested dates whose titles share at least half their content words (Jaccard), or one
    of whose quotes has at least 70% of its content words (four or more) in a quote of the other.

For each pair, the pair of mentions (one of each event) nearest to a join is explained (:func:`explain`): linked but
kept apart by the groups (dates, a cannot-link between members, disagreement), a cannot-link and which rule of
``identity.link_score`` gave it, a score under the threshold (by how much, with ``identity.link_parts``), withheld,
or never compared by the blocking; the causes are ``identity.explain_pair``'s. Each pair is also labelled against
the gold: both events match a common gold event, different gold events, one or neither matched. A diagnostic: it
changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_events as be  # noqa: E402
import bench_split_kinds as sk  # noqa: E402

from timeline import identity as idn  # noqa: E402
from timeline.periods import parse_period  # noqa: E402


def parts(prep, i: int, j: int) -> dict:
    """The parts of the link score of a pair (``identity.link_parts``) and the score it needs to link."""
    ri, rj = prep.records[i], prep.records[j]
    undated = idn.UNDATED_ANCHOR in (ri.get("anchor"), rj.get("anchor"))
    out = idn.link_parts(prep.features[i], prep.features[j], prep.idf, undated=undated)
    return out | {"overlap": round(out["overlap"], 3), "need": idn.pair_threshold(prep, i, j)}


RANK = {"linked, kept apart": 0, "below threshold": 1, "withheld": 2, "cannot-link": 3, "never compared": 4}


def explain(prep, i: int, j: int, compared: bool) -> dict:
    """The verdict on one mention pair and its cause (``identity.explain_pair``)."""
    verdict, score, cause = idn.explain_pair(prep, i, j)
    out = {"i": i, "j": j, "score": score}
    if verdict == "link":
        out["verdict"] = "linked, kept apart" if compared else "never compared"
        out["cause"] = "would link" if not compared else "groups"
    elif verdict == "conflict":
        out["verdict"] = "cannot-link" if compared else "never compared"
        out["cause"] = cause if compared else "would cannot-link: " + cause
    elif score is None:
        out["verdict"] = "withheld" if compared else "never compared"
        out["cause"] = cause
    else:
        out["verdict"] = "below threshold" if compared else "never compared"
        c = parts(prep, i, j)
        out["cause"] = f"short by {c['need'] - score:.2f}"
        out["parts"] = c
    if out["verdict"] == "below threshold":
        out["short"] = out["parts"]["need"] - score
    return out


def _best(cands: list[dict]) -> dict:
    def key(c):
        return (RANK[c["verdict"]], c.get("short", 9), -(c["score"] or -9) if c["score"] is not None else 9)
    return min(cands, key=key)


def _feat(f) -> dict:
    return {k: sorted(getattr(f, k)) for k in ("subject", "actors", "agent", "actions", "objects")} | {
        "passive": f.passive}


def story(folder: Path, raw: bool = False) -> dict:
    """The split and near pairs of one story, explained."""
    gold, frame, prep, event_of = sk.prepared_story(folder, raw=raw, merge_args=True)
    compared = set(prep.pairs)
    links, conflicts = idn.score_pairs(prep, prep.pairs)
    apart = {frozenset(p) for p in conflicts}
    members = sk.members_of(prep, event_of)
    events = be.emitted(frame)
    byid = {e.id: e for e in events}
    scored = be.score(events, gold, titles=False)
    golds_of: dict[str, set[str]] = {e.id: set() for e in events}
    for gid, ids in scored["_by_gold"].items():
        for e in ids:
            golds_of[e].add(gid)
    gtitle = {g.id: g.title for g in gold}
    pairs: dict[tuple[str, str], set[str]] = {}
    for gid, ids in scored["_by_gold"].items():
        for a, b in combinations(sorted(ids), 2):
            pairs.setdefault((a, b), set()).add("split")
    terms = {e.id: be._terms(e.title) for e in events}
    qterms = {e.id: [be._terms(q) for qs in e.quotes.values() for q in qs] for e in events}
    spans = {e.id: parse_period(e.date) for e in events}
    for a, b in combinations(sorted(byid), 2):
        pa, pb = spans[a], spans[b]
        if not (pa.contains(pb) or pb.contains(pa)):
            continue
        ta, tb = terms[a], terms[b]
        jac = len(ta & tb) / len(ta | tb) if ta | tb else 0.0
        cont = max((len(x & y) / min(len(x), len(y)) for x in qterms[a] for y in qterms[b]
                    if min(len(x), len(y)) >= 4), default=0.0)
        if jac >= 0.5 or cont >= 0.7:
            pairs.setdefault((a, b), set()).add("near")
    out = []
    for (a, b), kinds in sorted(pairs.items()):
        cands = []
        for i in members.get(a, []):
            for j in members.get(b, []):
                p = (min(i, j), max(i, j))
                cands.append(explain(prep, *p, p in compared))
        if not cands:
            continue
        best = _best(cands)
        if best["verdict"] == "linked, kept apart":
            ma, mb = set(members[a]), set(members[b])
            fa_ = min((prep.periods[k] for k in ma), key=lambda p: (p.end - p.start))
            fb_ = min((prep.periods[k] for k in mb), key=lambda p: (p.end - p.start))
            if any(frozenset((k, m)) in apart for k in ma for m in mb):
                best["cause"] = "groups: a cannot-link between members"
            elif idn.finer_period(fa_, fb_) is None:
                best["cause"] = "groups: dates exclude"
            else:
                best["cause"] = "groups: disagree or later step"
        ga, gb = golds_of[a], golds_of[b]
        label = "same gold" if ga & gb else "different gold" if ga and gb else "one matched" if ga or gb \
            else "none matched"
        i, j = best["i"], best["j"]
        out.append({"a": a, "b": b, "kinds": sorted(kinds), "label": label,
                    "gold": sorted(gtitle[g] for g in ga | gb),
                    "date_a": byid[a].date, "date_b": byid[b].date,
                    "title_a": byid[a].title, "title_b": byid[b].title,
                    "verdict": best["verdict"], "cause": best["cause"], "score": best["score"],
                    "parts": best.get("parts"),
                    "qa": prep.records[i]["quote"], "qb": prep.records[j]["quote"],
                    "src_a": prep.records[i]["source"], "src_b": prep.records[j]["source"],
                    "dt_a": prep.records[i].get("date_text"), "dt_b": prep.records[j].get("date_text"),
                    "anchor_a": prep.records[i].get("anchor"), "anchor_b": prep.records[j].get("anchor"),
                    "fa": _feat(prep.features[i]), "fb": _feat(prep.features[j]),
                    "sizes": [len(members[a]), len(members[b])]})
    return {"pairs": out, "events": len(events)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--raw", action="store_true")
    args = ap.parse_args(argv)
    allp = {}
    for folder in args.stories:
        allp[folder.name] = story(folder, args.raw)
        print(folder.name, len(allp[folder.name]["pairs"]), file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(allp, indent=1, default=str))
    causes = Counter()
    for s in allp.values():
        for p in s["pairs"]:
            c = p["cause"] if not p["cause"].startswith("short") else "below threshold"
            causes[(p["verdict"], c, p["label"])] += 1
    for k, v in sorted(causes.items(), key=lambda x: -x[1]):
        print(v, *k, sep=" | ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
