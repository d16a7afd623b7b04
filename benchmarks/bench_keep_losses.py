"""Why a gold event whose sentence writes its date is lost: the step that refuses the mention, or the join.

Usage::

    .venv/bin/python benchmarks/bench_keep_losses.py benchmarks/corpora/<story> [more stories] [--raw]

For each gold event of class ``gold date in sentence`` (:mod:`bench_date_misses`: dated by an expression, not
found at its exact date, its evidence sentence has a mention giving the gold's date), the mentions of that
sentence giving the date are traced through :func:`timeline.extract.extract` (its private steps are wrapped in this
process by attribute, as a tracer must; nothing is changed) and the gold gets one reason:

``refused: <step>``
    :func:`timeline.extract._mention_records` made no record of any such mention (the step that said no: a
    recurrence, a dateline, a caption, a noun's date beside its own, a clause kind of
    :data:`timeline.clauses.NON_EVENT_KINDS` with its reason, a mention across sentences);
``quote misses``
    a record was made at the date, but its quote and title do not match the gold (the quote cut to another clause);
``dropped: <step>``
    a matching record was made, then left out before the merge (restated speech, folded into another date);
``joined into <date>``
    a matching record reached the merge, and its event took another date;
``other``
    none of these (a record at the date matches and its event keeps the date: the gold's other articles).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import warnings
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_date_misses as bdm  # noqa: E402
import bench_events as be  # noqa: E402

import timeline.extract as X  # noqa: E402
from timeline.events import EventSchema as E  # noqa: E402

_TRACE: dict = {}
_NOW: list = []
_STAGES: dict = defaultdict(list)


def _wrap_predicate(name: str) -> None:
    fn = getattr(X, name)

    def wrapped(*a, **k):
        out = fn(*a, **k)
        if out and _NOW:
            _TRACE.setdefault(_NOW[-1], {}).setdefault("refused", name)
        return out
    setattr(X, name, wrapped)


def _install() -> None:
    for name in ("_recurring", "_dateline_only", "_year_caption", "_noun_date_beside_own"):
        _wrap_predicate(name)
    analyse, mention_records = X.analyse, X._mention_records

    def traced_analyse(*a, **k):
        info = analyse(*a, **k)
        if _NOW:
            _TRACE.setdefault(_NOW[-1], {}).setdefault("info", (info.kind, info.reason))
        return info

    def traced_records(ctx, m):
        key = (ctx.article.id, m.start)
        _NOW.append(key)
        try:
            out = mention_records(ctx, m)
        finally:
            _NOW.pop()
        _TRACE.setdefault(key, {})["records"] = out
        return out
    X.analyse, X._mention_records = traced_analyse, traced_records
    for name in ("_without_restated_speech", "_fold_same_quote"):
        fn = getattr(X, name)

        def staged(*a, _fn=fn, _name=name, **k):
            out = _fn(*a, **k)
            _STAGES[_name].append(out)
            return out
        setattr(X, name, staged)
    merge = X.merge_candidates

    def captured(records, **k):
        _STAGES["merged_in"].append(list(records))
        return merge(records, **k)
    X.merge_candidates = captured


def _matches_quote(gold, article_id: str, quote: str, title: str) -> bool:
    one = be.Emitted("x", gold.date, title, {article_id: [quote]})
    return be.matches(one, gold)


def _reason(gold, art, own, frame) -> str:
    dated = [m for m in own if gold.date in bdm.mention_dates([m])]
    traces = [_TRACE.get((art.id, m.start), {}) for m in dated]
    made = [r for t in traces for r in t.get("records", [])]
    if not made:
        why = []
        for m, t in zip(dated, traces):
            if "records" not in t:
                why.append("not traced (an end of period, or not read)")
            elif "refused" in t:
                why.append(t["refused"])
            elif "info" in t:
                why.append(f"kind {t['info'][0]}: {t['info'][1]}")
            else:
                why.append("no record (no date / across sentences)")
        return "refused: " + " | ".join(dict.fromkeys(why))
    good = [r for r in made if r[E.date] == gold.date and _matches_quote(gold, art.id, r[E.quote], r[E.title])]
    if not good:
        at = [r for r in made if r[E.date] == gold.date]
        return "quote misses" if at else "record at other date: " + ",".join(sorted({r[E.date] for r in made}))
    merged_in = [r for batch in _STAGES["merged_in"] for r in batch]
    keys = {(r[E.source], r[E.quote_start], r[E.date]) for r in merged_in}
    kept = [r for r in good if (r[E.source], r[E.quote_start], r[E.date]) in keys]
    if not kept:
        return "dropped before merge"
    rows = frame[(frame[E.source] == art.id) & frame[E.quote_start].isin([r[E.quote_start] for r in kept])]
    dates = sorted(set(rows[E.date]))
    if gold.date not in dates:
        return "joined into " + ",".join(dates) if dates else "row dropped by merge"
    return "other"


def main(argv: list[str] | None = None) -> int:
    """Print each lost gold event with its reason, then the counts by reason."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path)
    ap.add_argument("--raw", action="store_true")
    args = ap.parse_args(argv)
    _install()
    counts: Counter = Counter()
    for folder in args.stories:
        _TRACE.clear()
        _STAGES.clear()
        gold = be.read_gold(folder)
        from timeline.articles import load_articles
        with tempfile.TemporaryDirectory() as tmp:
            be.copy_story(folder, Path(tmp), raw=args.raw)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                articles = load_articles(Path(tmp))
                frame = X.extract(articles)
        events = be.emitted(frame)
        arts, cache = {a.id: a for a in articles}, {}
        for g in gold:
            hit = [e for e in events if be.matches(e, g)]
            if g.dated_by != "expression" or any(e.date == g.date for e in hit):
                continue
            kind, text, own = bdm.classify(g, arts, cache)
            if kind != "gold date in sentence":
                continue
            art, k = bdm.locate(g, arts)
            reason = _reason(g, art, own, frame)
            counts["joined into another date" if reason.startswith("joined") else reason.split(" (")[0]] += 1
            print(f"{folder.name} {g.id} {g.date} [{reason}] ({'found at ' + hit[0].date if hit else 'missed'})"
                  f"\n    {text[:300]!r}\n    {[(m.text, m.value) for m in own]}", flush=True)
    print()
    for reason, n in counts.most_common():
        print(f"{n:4d}  {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
