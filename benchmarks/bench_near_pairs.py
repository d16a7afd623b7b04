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
``identity.link_score`` gave it, a score under the threshold (by how much), withheld, or never compared by the
blocking. Each pair is also labelled against the gold: both events match a common gold event, different gold
events, one or neither matched. A diagnostic: :func:`cannot_rule` mirrors the order of the cannot-links in
``identity.link_score`` (through the module's private helpers) to name the one that fired; it changes nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import warnings
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_events as be  # noqa: E402

from timeline import identity as idn  # noqa: E402
from timeline.periods import parse_period  # noqa: E402


@contextlib.contextmanager
def catching_merge(store: list):
    """Within the block, the records and keyword arguments ``timeline.extract`` hands to ``identity.merge``."""
    import timeline.extract as tx

    original = tx.merge

    def spy(records, **kwargs):
        records = list(records)
        store.append((records, kwargs))
        return original(records, **kwargs)

    tx.merge = spy
    try:
        yield store
    finally:
        tx.merge = original


def cannot_rule(fa, fb, idf, undated: bool) -> str:
    """Which rule of ``identity.link_score`` makes a cannot-link of two mentions (same order as there)."""
    actor = idn._same_actor(fa.actors, fb.actors) if fa.actors and fb.actors else False
    both_act = bool(fa.actions and fb.actions)
    held = bool(fa.held & fb.held)
    action = held or both_act and (idn._same_action(fa.actions, fb.actions) or not undated and (
        idn._same_action(fa.actions, fb.verbs) or idn._same_action(fa.verbs, fb.actions)))
    if fa.happening and fb.happening and not idn._same_action(fa.happening, fb.happening):
        action = False
    obj = held or bool(fa.objects & fb.objects)
    mutual = bool(fa.subject & fb.objects or fb.subject & fa.objects or action and idn._done_to(fa, fb)) and (
        not action or bool(fa.actions & idn._RECIPROCAL and fb.actions & idn._RECIPROCAL) or fa.passive != fb.passive)
    if actor and idn._doer_shared(fa, fb) and both_act and not action and not obj and not mutual \
            and not (fa.terms & fb.terms - fa.actors - fb.actors):
        return "same actor, other action, nothing shared"
    if fa.subject and fb.subject and not idn._same_subject(fa.subject, fb.subject) and not mutual:
        return "two named subjects"
    if not mutual and (idn._named_elsewhere(fa, fb) or idn._named_elsewhere(fb, fa)):
        return "role vs name named apart"
    if fa.ordinals and fb.ordinals and not fa.ordinals & fb.ordinals:
        return "ordinals"
    if idn._answers(fa, fb) or idn._answers(fb, fa):
        return "reaction vs answered"
    same_count = idn._same_count(fa.counts, fb.counts)
    if same_count is not None:
        return "counts differ"
    if both_act and not action and fa.subject and fb.subject and not mutual and not fa.held | fb.held \
            and fa.actions & idn._DISTINCT and fb.actions & idn._DISTINCT:
        return "one subject, two distinct actions"
    return "other"


def withheld_rule(prep, i: int, j: int) -> str:
    """Why ``identity.judge_pair`` gives no score."""
    ri, rj = prep.records[i], prep.records[j]
    pi, pj = prep.periods[i], prep.periods[j]
    fit = idn._dates_fit(ri, rj, pi, pj)
    if fit is None:
        return "dates exclude"
    undated = idn.UNDATED_ANCHOR in (ri.get("anchor"), rj.get("anchor"))
    fa, fb = prep.features[i], prep.features[j]
    if fit == idn._RETOLD:
        return "retold, not one happening"
    if undated and fa.actions and fb.actions:
        return "undated, main actions differ"
    if ri["source"] == rj["source"] and ri["quote_start"] == rj["quote_start"]:
        return "one sentence, two dates"
    return "withheld, other"


def components(prep, i: int, j: int) -> dict:
    """The parts of the link score of a pair."""
    fa, fb, idf = prep.features[i], prep.features[j], prep.idf
    actor = idn._same_actor(fa.actors, fb.actors) if fa.actors and fb.actors else False
    both_act = bool(fa.actions and fb.actions)
    action = both_act and (idn._same_action(fa.actions, fb.actions) or idn._same_action(fa.actions, fb.verbs)
                           or idn._same_action(fa.verbs, fb.actions))
    return {"overlap": round(idn._weighted_overlap(fa.terms, fb.terms, idf), 3), "actor": actor, "action": action,
            "object": bool(fa.objects & fb.objects), "need": prep.threshold + (
                0 if prep.periods[i].value == prep.periods[j].value else 0.15)}


RANK = {"linked, kept apart": 0, "below threshold": 1, "withheld": 2, "cannot-link": 3, "never compared": 4}


def explain(prep, i: int, j: int, compared: bool) -> dict:
    """The verdict on one mention pair and its cause."""
    verdict, score = idn.judge_pair(prep, i, j)
    ri, rj = prep.records[i], prep.records[j]
    undated = idn.UNDATED_ANCHOR in (ri.get("anchor"), rj.get("anchor"))
    out = {"i": i, "j": j, "score": score}
    if verdict == "link":
        out["verdict"] = "linked, kept apart" if compared else "never compared"
        out["cause"] = "would link" if not compared else "groups"
    elif verdict == "conflict":
        out["verdict"] = "cannot-link" if compared else "never compared"
        if ri["source"] == rj["source"] and idn._clauses_of_one_sentence(ri, rj):
            out["cause"] = "two clauses of one sentence"
        elif score is None:
            out["cause"] = "one sentence, undated and dated"
        else:
            out["cause"] = cannot_rule(prep.features[i], prep.features[j], prep.idf, undated)
        if not compared:
            out["cause"] = "would cannot-link: " + out["cause"]
    elif score is None:
        out["verdict"] = "withheld" if compared else "never compared"
        out["cause"] = withheld_rule(prep, i, j)
    else:
        out["verdict"] = "below threshold" if compared else "never compared"
        c = components(prep, i, j)
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
    from timeline.articles import load_articles
    from timeline.extract import extract

    gold = be.read_gold(folder)
    caught: list = []
    with tempfile.TemporaryDirectory() as tmp:
        be.copy_story(folder, Path(tmp), raw=raw)
        with warnings.catch_warnings(), catching_merge(caught):
            warnings.simplefilter("ignore")
            frame = extract(load_articles(Path(tmp)))
    records = [r for batch, _ in caught for r in batch]
    kwargs = caught[0][1] if caught else {}
    prep = idn.prepare(records, threshold=kwargs.get("threshold", idn.DEFAULT_THRESHOLD),
                       aliases=kwargs.get("aliases"))
    compared = set(prep.pairs)
    links, conflicts = idn.score_pairs(prep, prep.pairs)
    cannot = idn._cannot_links(conflicts)
    event_of = {(row.source, row.quote_start, row.date_text): row.event_id for row in frame.itertuples()}
    members: dict[str, list[int]] = {}
    for k, r in enumerate(prep.records):
        eid = event_of.get((r["source"], r["quote_start"], r.get("date_text")))
        if eid is not None:
            members.setdefault(eid, []).append(k)
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
            if any(cannot.get(k, set()) & mb for k in ma):
                best["cause"] = "groups: a cannot-link between members"
            elif idn._finer(fa_, fb_) is None:
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
