"""Why found gold events are split: the dates of their events and what the grouping made of their mentions.

Usage::

    .venv/bin/python benchmarks/bench_split_kinds.py benchmarks/corpora/<story> [more stories] [--show]

Each story is run as ``bench_events.py`` runs it (same extraction, same matching rule, ``bench_events.matches``); the
candidate records that ``timeline.extract`` hands to ``timeline.identity.merge`` are caught (as
``bench_identity_model.py`` does) and prepared again by ``identity.prepare`` (same order, features and blocked pairs).
A gold event is *split* when two or more emitted events match it (``split`` of ``bench_events``). For each split gold
event:

``dates`` (:func:`date_kind`)
    ``coarse and day`` when one event's date contains another's (a month, week or year event beside the day it may
    describe); ``two days`` when two events have dates that do not nest; else ``one date``.
``one article``
    every mention of its events comes from one article (two sentences of one text: a statement and a detail, two
    clauses).
``verdict`` (:func:`best_verdict`)
    over every pair of mentions of two of its events, the verdict nearest to a join, in the order of :data:`VERDICTS`:
    ``linked, kept apart`` (``identity.judge_pair`` links them, and the groups' dates, cannot-links or disagreement
    kept the groups apart), ``below threshold`` (scored under the link threshold), ``withheld`` (no score: an
    undated report whose main action differs, dates that exclude each other), ``cannot-link``, ``never compared``
    (no shared block key: the verdict ``judge_pair`` would give is not asked).

The table counts them per story; ``--show`` lists each split gold event with its events, their mentions (article,
date, date text, quote) and the verdict. Nothing is scored differently from ``bench_events.py``: the kinds are
mechanical and only sort the split events for reading (a mention that is really another event sharing the gold
title's words looks like any other split here).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import warnings
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_events as be  # noqa: E402

#: the date kinds of a split gold event (:func:`date_kind`)
DATE_KINDS: tuple[str, ...] = ("coarse and day", "two days", "one date")
#: the verdicts on the mention pairs of a split gold event's events, nearest to a join first (:func:`best_verdict`)
VERDICTS: tuple[str, ...] = ("linked, kept apart", "below threshold", "withheld", "cannot-link", "never compared")


def date_kind(dates: list[str]) -> str:
    """The :data:`DATE_KINDS` of a split gold event whose events have ``dates`` (ISO / TimeML values).

    Parameters
    ----------
    dates : list of str

    Returns
    -------
    str
        ``coarse and day`` when some date strictly contains another, ``two days`` when two dates do not nest, else
        ``one date``.
    """
    from timeline.periods import parse_period

    periods = [parse_period(d) for d in dates]
    nested = other = False
    for a, b in combinations(periods, 2):
        if a.value == b.value:
            continue
        if a.contains(b) or b.contains(a):
            nested = True
        else:
            other = True
    return "coarse and day" if nested else "two days" if other else "one date"


def pair_verdict(verdict: str, score: float | None, compared: bool) -> str:
    """The :data:`VERDICTS` entry of one mention pair, from ``identity.judge_pair``'s ``(verdict, score)`` and whether
    the blocking compared the pair."""
    if not compared:
        return "never compared"
    if verdict == "link":
        return "linked, kept apart"
    if verdict == "conflict":
        return "cannot-link"
    return "withheld" if score is None else "below threshold"


def best_verdict(verdicts: list[str]) -> str:
    """The verdict nearest to a join (the first of :data:`VERDICTS` among ``verdicts``; ``never compared`` when
    there is none)."""
    return min(verdicts, key=VERDICTS.index, default="never compared")


def prepared_story(folder: Path, *, raw: bool = False, merge_args: bool = False):
    """Run the extractor on a story (prepared as ``bench_events.py`` does) and catch the mentions identity saw.

    Parameters
    ----------
    folder : Path
        A story folder of ``benchmarks/corpora``.
    raw : bool, optional
        Copy the texts alone (``bench_events.py --raw``).
    merge_args : bool, optional
        Prepare the mentions with the merge's own threshold and the folder's alias table, as the extractor did
        (by default :func:`timeline.identity.prepare`'s defaults).

    Returns
    -------
    tuple
        The gold events, the events frame, the prepared mentions (:func:`timeline.identity.prepare` of the caught
        records) and the event id of each mention, keyed by (source, quote start, date text).
    """
    import bench_identity_model as bim

    from timeline.articles import load_articles
    from timeline.extract import extract
    from timeline.identity import DEFAULT_THRESHOLD, prepare

    gold = be.read_gold(folder)
    caught: list = []
    with tempfile.TemporaryDirectory() as tmp:
        be.copy_story(folder, Path(tmp), raw=raw)
        with warnings.catch_warnings(), bim.catching_records(caught, with_kwargs=True):
            warnings.simplefilter("ignore")
            frame = extract(load_articles(Path(tmp)))
    records = [r for batch, _ in caught for r in batch]
    kwargs = caught[0][1] if caught and merge_args else {}
    prep = prepare(records, threshold=kwargs.get("threshold", DEFAULT_THRESHOLD), aliases=kwargs.get("aliases"))
    event_of = {(row.source, row.quote_start, row.date_text): row.event_id for row in frame.itertuples()}
    return gold, frame, prep, event_of


def members_of(prep, event_of: dict) -> dict[str, list[int]]:
    """The indices of the prepared mentions of each event id (``event_of`` as :func:`prepared_story` gives it)."""
    members: dict[str, list[int]] = {}
    for k, r in enumerate(prep.records):
        eid = event_of.get((r["source"], r["quote_start"], r.get("date_text")))
        if eid is not None:
            members.setdefault(eid, []).append(k)
    return members


def story_splits(folder: Path) -> list[dict]:
    """The split gold events of a story: per gold event its id, date, title, events (id, date, mention indices),
    :func:`date_kind`, whether its mentions are of one article, the :func:`best_verdict` and the prepared mentions."""
    from timeline.identity import judge_pair

    gold, frame, prep, event_of = prepared_story(folder)
    compared = set(prep.pairs)
    members = members_of(prep, event_of)
    events = be.emitted(frame)
    byid = {e.id: e for e in events}
    scored = be.score(events, gold, titles=False)
    out = []
    for g in gold:
        ids = scored["_by_gold"][g.id]
        if len(ids) < 2:
            continue
        verdicts = []
        for a, b in combinations(ids, 2):
            for i in members.get(a, []):
                for j in members.get(b, []):
                    p = (min(i, j), max(i, j))
                    verdicts.append(pair_verdict(*judge_pair(prep, *p), p in compared))
        mentions = [k for e in ids for k in members.get(e, [])]
        out.append({"gold": g, "events": [(e, byid[e].date, members.get(e, [])) for e in ids],
                    "dates": date_kind([byid[e].date for e in ids]),
                    "one_article": len({prep.records[k]["source"] for k in mentions}) <= 1,
                    "verdict": best_verdict(verdicts), "records": prep.records})
    return out


def _show(name: str, splits: list[dict]) -> None:
    for s in splits:
        g = s["gold"]
        print(f"\n{name} | {g.id} {g.date} {g.title!r}: {s['dates']}, {s['verdict']}"
              + (", one article" if s["one_article"] else ""))
        for eid, date, ks in s["events"]:
            print(f"  {date:10} {eid}")
            for k in ks:
                r = s["records"][k]
                print(f"     {r['source']} {r['date']} {str(r.get('date_text') or '')!r}: {r['quote'][:160]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (benchmarks/corpora/<story>)")
    ap.add_argument("--show", action="store_true", help="list each split gold event, its events and mentions")
    args = ap.parse_args(argv)
    cols = ("split", *DATE_KINDS, "one article", *VERDICTS)
    print("| story | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    total = dict.fromkeys(cols, 0)
    shown: list[tuple[str, list[dict]]] = []
    for folder in args.stories:
        splits = story_splits(folder)
        row = dict.fromkeys(cols, 0)
        row["split"] = len(splits)
        for s in splits:
            row[s["dates"]] += 1
            row["one article"] += s["one_article"]
            row[s["verdict"]] += 1
        for c in cols:
            total[c] += row[c]
        print(f"| {folder.name} | " + " | ".join(str(row[c]) for c in cols) + " |")
        shown.append((folder.name, splits))
    print("| all | " + " | ".join(str(total[c]) for c in cols) + " |")
    if args.show:
        for name, splits in shown:
            _show(name, splits)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
