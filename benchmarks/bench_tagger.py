"""Benchmark ``timeline.dates.find_dates`` against ``dateparser.search_dates`` on TimeML corpora.

Scoring follows TempEval-3 task A: a predicted timex matches a gold one if the spans overlap (relaxed) or are
identical (strict), one-to-one; value accuracy = matched (relaxed) pairs with identical value / matched pairs;
value F1 = relaxed F1 x value accuracy; type accuracy likewise.  Speed is wall time of tagging only, best of
``--repeat`` runs, in seconds per 1,000 whitespace tokens of the TEXT.

"Right year" = among relaxed matches whose gold value names a year (``1944-08-11``, ``1944-SP``, ``BC0480``; not a
decade ``194``, a century ``19`` or ``XXXX-08-11``), the share whose predicted value names the same year.

Usage::

    python benchmarks/bench_tagger.py [CORPUS_DIR] [--corpus TimeBank|AQUAINT|both|histories|all] [--limit N] [--errors]
    python benchmarks/bench_tagger.py --dir PATH [--dir PATH ...]   # any other folders of .tml files

``--corpus histories`` scores the hand-annotated historical narratives shipped in ``benchmarks/corpora/histories``
(no document creation time: our tagger gets ``relative_to=None``, dateparser a fixed ``RELATIVE_BASE`` of
1900-01-01 so that it never fills a missing year with today's); ``all`` = TimeBank, AQUAINT and histories.
``--dir`` scores extra development sets that are not shipped with the project, e.g. the TempEval-3 platinum test
documents (see docs/benchmarks.md); with ``--dir`` alone, the other corpora are skipped.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import time
from typing import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)

from timeml import TimeMLDoc, iter_corpus  # noqa: E402

Pred = tuple[int, int, str, str]  # start, end, type, value
HISTORIES = os.path.join(HERE, "corpora", "histories")
CORPUS_SETS = {"TimeBank": ["TimeBank"], "AQUAINT": ["AQUAINT"], "both": ["TimeBank", "AQUAINT"],
               "histories": ["histories"], "all": ["TimeBank", "AQUAINT", "histories"]}
# dateparser fills what a text leaves out from RELATIVE_BASE, or from the clock without one; a document without a
# creation time gets this fixed, obviously wrong base instead of today.
NO_DCT_BASE = dt.datetime(1900, 1, 1)
_YEAR = re.compile(r"^(?:BC)?\d{4}(?=$|-)")
_LEADING_PREP = re.compile(r"^(?:(?:in|on|at|since|by|until|till|during|from|to|for|of|about|around|before|after|"
                           r"through|within|between|over)\s+)+", re.I)


def tag_ours(doc: TimeMLDoc) -> list[Pred]:
    from timeline.dates import find_dates
    return [(m.start, m.end, m.type, m.value) for m in find_dates(doc.text, relative_to=doc.dct)]


def tag_dateparser(doc: TimeMLDoc) -> list[Pred]:
    from dateparser.search import search_dates
    base = dt.datetime.combine(doc.dct, dt.time()) if doc.dct else NO_DCT_BASE
    res = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out: list[Pred] = []
    pos = 0
    for sub, when in res:
        i = doc.text.find(sub, pos)
        if i < 0:
            continue
        pos = i + len(sub)
        m = _LEADING_PREP.match(sub)
        s = i + (m.end() if m else 0)
        if s >= pos:
            s = i
        out.append((s, pos, "DATE", when.date().isoformat()))
    return out


def year_of(value: str) -> str | None:
    """The year a TIMEX3 value names (``"1944"``, ``"BC0480"``, ``"0023"``), or None (decade, century, duration ...)."""
    m = _YEAR.match(value or "")
    return m.group(0) if m else None


def match(gold: list[tuple[int, int]], pred: list[tuple[int, int]], strict: bool) -> list[tuple[int, int]]:
    """One-to-one matching (greedy by overlap size) -> list of (gold index, pred index)."""
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            if strict:
                if gs == ps and ge == pe:
                    pairs.append((ge - gs, gi, pi))
            elif ps < ge and gs < pe:
                pairs.append((min(ge, pe) - max(gs, ps), gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    ug, up, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi in ug or pi in up:
            continue
        ug.add(gi)
        up.add(pi)
        out.append((gi, pi))
    return out


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(docs: list[TimeMLDoc], preds: list[list[Pred]], errors: bool, out=sys.stdout) -> dict:
    tot = dict(gold=0, pred=0, rel=0, strict=0, val=0, typ=0, yr_gold=0, yr_ok=0)
    for doc, pr in zip(docs, preds):
        gold = [(t.start, t.end) for t in doc.timexes]
        ps = [(p[0], p[1]) for p in pr]
        rel = match(gold, ps, False)
        st = match(gold, ps, True)
        tot["gold"] += len(gold)
        tot["pred"] += len(ps)
        tot["rel"] += len(rel)
        tot["strict"] += len(st)
        for gi, pi in rel:
            g = doc.timexes[gi]
            tot["val"] += g.value == pr[pi][3]
            tot["typ"] += g.type == pr[pi][2]
            gy = year_of(g.value)
            if gy is not None:
                tot["yr_gold"] += 1
                tot["yr_ok"] += gy == year_of(pr[pi][3])
        if errors:
            mg = {gi for gi, _ in rel}
            mp = {pi for _, pi in rel}
            sg = {gi for gi, _ in st}

            def ctx(s: int, e: int) -> str:
                return (doc.text[max(0, s - 40):s] + "[[" + doc.text[s:e] + "]]" + doc.text[e:e + 30]).replace(
                    "\n", " ")
            for gi, g in enumerate(doc.timexes):
                if gi not in mg:
                    print(f"FN\t{doc.docid}\t{doc.dct}\t{g.type}\t{g.value}\t{ctx(g.start, g.end)}", file=out)
            for pi, p in enumerate(pr):
                if pi not in mp:
                    print(f"FP\t{doc.docid}\t{doc.dct}\t{p[2]}\t{p[3]}\t{ctx(p[0], p[1])}", file=out)
            for gi, pi in rel:
                g, p = doc.timexes[gi], pr[pi]
                if g.value != p[3] or g.type != p[2]:
                    print(f"VAL\t{doc.docid}\t{doc.dct}\tgold {g.type} {g.value} {g.text!r}\tpred {p[2]} {p[3]} "
                          f"{doc.text[p[0]:p[1]]!r}\t{ctx(g.start, g.end)}", file=out)
                elif gi not in sg:
                    print(f"SPAN\t{doc.docid}\tgold {g.text!r}\tpred {doc.text[p[0]:p[1]]!r}", file=out)
    p, r, f = prf(tot["rel"], tot["pred"], tot["gold"])
    _, _, sf = prf(tot["strict"], tot["pred"], tot["gold"])
    vacc = tot["val"] / tot["rel"] if tot["rel"] else 0.0
    tacc = tot["typ"] / tot["rel"] if tot["rel"] else 0.0
    ryear = tot["yr_ok"] / tot["yr_gold"] if tot["yr_gold"] else 0.0
    return dict(P=p, R=r, F=f, strictF=sf, vacc=vacc, vF=f * vacc, tacc=tacc, ryear=ryear, **tot)


def timed(fn: Callable[[TimeMLDoc], list[Pred]], docs: list[TimeMLDoc], repeat: int) -> tuple[list, float]:
    best = float("inf")
    preds: list = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        preds = [fn(d) for d in docs]
        best = min(best, time.perf_counter() - t0)
    return preds, best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus_dir", nargs="?", default=os.path.join(ROOT, "..", "shared", "corpora", "tbaq-cleaned"))
    ap.add_argument("--corpus", choices=list(CORPUS_SETS), default="both")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents of each corpus")
    ap.add_argument("--errors", action="store_true", help="dump FN/FP/value errors of our tagger to stderr")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-dateparser", action="store_true", help="skip the dateparser baseline (development)")
    ap.add_argument("--dir", action="append", default=[], help="an extra folder of .tml files to score")
    a = ap.parse_args(argv)
    corpora = list(CORPUS_SETS[a.corpus])
    if a.dir and not any(x.startswith("--corpus") for x in (argv if argv is not None else sys.argv[1:])):
        corpora = []
    paths = {name: HISTORIES if name == "histories" else os.path.join(a.corpus_dir, name) for name in corpora}
    for d in a.dir:
        name = os.path.basename(os.path.normpath(d))
        corpora.append(name)
        paths[name] = d
    rows = []
    import dateparser.search  # noqa: F401  (import outside the timed region)
    import timeline.dates  # noqa: F401
    for name in corpora:
        docs = list(iter_corpus(paths[name]))[: a.limit]
        words = sum(len(d.text.split()) for d in docs)
        ours, t_ours = timed(tag_ours, docs, a.repeat)
        rows.append((name, "timeline.dates", evaluate(docs, ours, a.errors, sys.stderr), t_ours / words * 1000))
        if not a.no_dateparser:
            dp, t_dp = timed(tag_dateparser, docs, 1 if a.repeat == 1 else a.repeat)
            rows.append((name, "dateparser.search_dates", evaluate(docs, dp, False), t_dp / words * 1000))
        print(f"# {name}: {len(docs)} docs, {sum(len(d.timexes) for d in docs)} gold TIMEX3, {words} words",
              file=sys.stderr)
    for name, tagger, m, _ in rows:
        print(f"# {name} {tagger}: right year {m['yr_ok']} / {m['yr_gold']} matches whose gold value has a year",
              file=sys.stderr)
    print("| corpus | tagger | P | R | F1 (relaxed) | F1 (strict) | value acc | value F1 | right year | type acc "
          "| s / 1000 words | speed-up |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, tagger, m, spk in rows:
        base = [s for n, t, _, s in rows if n == name and t.startswith("dateparser")]
        ratio = f"{base[0] / spk:.1f}x" if base and tagger == "timeline.dates" else ("1.0x" if base else "-")
        print(f"| {name} | {tagger} | {100 * m['P']:.2f} | {100 * m['R']:.2f} | {100 * m['F']:.2f} | "
              f"{100 * m['strictF']:.2f} | {100 * m['vacc']:.2f} | {100 * m['vF']:.2f} | {100 * m['ryear']:.2f} | "
              f"{100 * m['tacc']:.2f} | "
              f"{spk:.4f} | {ratio} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
