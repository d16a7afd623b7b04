"""Would a structural signal join events of one real event? Pairs of emitted events by signal and gold relation.

Usage::

    .venv/bin/python benchmarks/bench_join_signals.py benchmarks/corpora/<story> [more stories] [--show SIGNAL]

Each story is run as ``bench_events.py`` runs it (same extraction, same matching rule). The candidate records that
``timeline.extract`` hands to ``timeline.identity.merge`` are caught (as ``bench_identity_model.py`` does) and
prepared again by ``identity.prepare``, so that each emitted event is described by its mentions: their pages, their
dates, quote spans and identity features (named subjects, main actions, the happening a dated noun phrase names).

For every pair of events of a story, each signal of :data:`SIGNALS` says whether it would join the two (a page-,
date- or actor-level signal, no word of any story), and :func:`relation` says what the benchmark makes of the pair:
``one gold`` (both match a common gold event: a join fixes a split), ``two gold`` (both match gold events, none in
common: a join is a merge error), ``one matched`` (one matches a gold event, the other none: a join removes an
unmatched event, which may be clutter or a real event the gold leaves out), ``none matched``. The table counts the
pairs per signal over the stories given; a signal worth a join rule has many ``one gold`` pairs and few ``two
gold``. ``--show SIGNAL`` lists that signal's pairs (story, relation, the two events' dates and titles).

The coarse signals join a month-, week- or year-level event to a day only when that day is the *only* day event of
its period the signal accepts, as a join rule would have to.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_events as be  # noqa: E402

#: the gold relations of a pair of events (:func:`relation`), the one a join fixes first
RELATIONS: tuple[str, ...] = ("one gold", "two gold", "one matched", "none matched")

#: nouns of a gathering a clause may place itself at (*at today's hearing*, *ahead of the June 3 summit*)
GATHERINGS: frozenset[str] = frozenset({
    "hearing", "conference", "briefing", "meeting", "summit", "session", "convention", "rally", "ceremony", "forum",
})
_AT_GATHERING = re.compile(
    r"\b(?:at|during|ahead\s+of|before)\s+(?:the|a|an|its|his|her|their|\w+[’']s)\s+(?:[\w&’'.-]+\s+){0,10}?(%s)s?\b"
    % "|".join(sorted(GATHERINGS)), re.I)


@dataclass
class EventInfo:
    """What the signals see of one emitted event: its date, pages, quote spans and its mentions' features."""

    id: str
    date: str
    pages: set[str] = field(default_factory=set)
    spans: set[tuple[str, int]] = field(default_factory=set)
    subjects: list[frozenset[str]] = field(default_factory=list)
    actions: set[str] = field(default_factory=set)
    gatherings: set[str] = field(default_factory=set)
    gold: set[str] = field(default_factory=set)


def _period(info: EventInfo):
    from timeline.periods import parse_period

    return parse_period(info.date)


def is_day(info: EventInfo) -> bool:
    """Whether the event is dated to a calendar day (``YYYY-MM-DD``)."""
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", info.date))


def nested(a: EventInfo, b: EventInfo) -> bool:
    """Whether the two events' dates differ and one contains the other (a month and a day of it)."""
    pa, pb = _period(a), _period(b)
    return pa.value != pb.value and (pa.contains(pb) or pb.contains(pa))


def same_day(a: EventInfo, b: EventInfo) -> bool:
    """Whether both events are dated to the same calendar day."""
    return is_day(a) and a.date == b.date


def next_day(a: EventInfo, b: EventInfo) -> bool:
    """Whether both events are dated to calendar days one day apart (two sources' days for one act, a republished
    page stamped a day late)."""
    import datetime as dt

    return is_day(a) and is_day(b) and abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days) == 1


def same_subject(a: EventInfo, b: EventInfo) -> bool:
    """Whether a named subject of one event's mentions shares a name key with one of the other's."""
    return any(x & y for x in a.subjects for y in b.subjects)


def stems_meet(x: str, y: str) -> bool:
    """Whether two action stems are one action as ``identity`` reads stems: equal, one a prefix of the other (four
    letters or more), or the same first five letters."""
    n = min(len(x), len(y))
    return x == y or n >= 4 and (x.startswith(y) or y.startswith(x)) or n >= 5 and x[:5] == y[:5]


def shared_action(a: EventInfo, b: EventInfo) -> bool:
    """Whether the two events' main actions (or the happenings their dated noun phrases name) meet."""
    return any(stems_meet(x, y) for x in a.actions for y in b.actions)


def gathering_words(quote: str) -> set[str]:
    """The gathering nouns (:data:`GATHERINGS`) a quote places its clause at: *at today's hearing*, *ahead of the
    June 3 summit*, *during a press conference*."""
    return {m.group(1).lower() for m in _AT_GATHERING.finditer(quote)}


def _coarse_beside(a: EventInfo, b: EventInfo, events: list[EventInfo], accept: Callable) -> bool:
    """Whether the coarser of ``a`` and ``b`` contains the other's day and that day is the only day event of its
    period that ``accept`` (a predicate on the coarse event and a day event) lets it join."""
    coarse, day = (a, b) if is_day(b) and not is_day(a) else (b, a) if is_day(a) and not is_day(b) else (None, None)
    if coarse is None or not _period(coarse).contains(_period(day)) or not accept(coarse, day):
        return False
    hosts = [e for e in events if e is not coarse and is_day(e) and _period(coarse).contains(_period(e))
             and accept(coarse, e)]
    return hosts == [day]


#: the signals: name -> predicate on two events and all events of the story
SIGNALS: dict[str, Callable[[EventInfo, EventInfo, list[EventInfo]], bool]] = {
    "same page, same day": lambda a, b, _: bool(a.pages & b.pages) and same_day(a, b),
    "same page, nested dates": lambda a, b, _: bool(a.pages & b.pages) and nested(a, b),
    "one sentence, nested dates": lambda a, b, _: bool(a.spans & b.spans) and nested(a, b),
    "same day, same named subject": lambda a, b, _: same_day(a, b) and same_subject(a, b),
    "same day, same subject and action": lambda a, b, _: same_day(a, b) and same_subject(a, b)
    and shared_action(a, b),
    "same day, other pages, same action": lambda a, b, _: same_day(a, b) and not a.pages & b.pages
    and shared_action(a, b),
    "same day, one gathering": lambda a, b, _: same_day(a, b) and bool(a.gatherings & b.gatherings),
    "next day, other pages, same action": lambda a, b, _: next_day(a, b) and not a.pages & b.pages
    and shared_action(a, b),
    "coarse beside its one day": lambda a, b, evs: _coarse_beside(a, b, evs, lambda c, d: True),
    "coarse beside its one day, same action": lambda a, b, evs: _coarse_beside(a, b, evs, shared_action),
    "coarse beside its one day, same page": lambda a, b, evs: _coarse_beside(
        a, b, evs, lambda c, d: bool(c.pages & d.pages)),
}


def relation(a: set[str], b: set[str]) -> str:
    """The :data:`RELATIONS` entry of two events matching the gold events ``a`` and ``b``."""
    if a & b:
        return "one gold"
    if a and b:
        return "two gold"
    return "one matched" if a or b else "none matched"


def story_events(folder: Path) -> list[EventInfo]:
    """The emitted events of a story, each described by its mentions (:class:`EventInfo`) and its gold events."""
    import bench_split_kinds as bsk

    gold, frame, prep, event_of = bsk.prepared_story(folder)
    emitted = be.emitted(frame)
    infos = {e.id: EventInfo(e.id, e.date) for e in emitted}
    for g_id, ids in be.score(emitted, gold, titles=False)["_by_gold"].items():
        for eid in ids:
            infos[eid].gold.add(g_id)
    for rec, feat in zip(prep.records, prep.features):
        info = infos.get(event_of.get((rec["source"], rec["quote_start"], rec.get("date_text"))))
        if info is None:
            continue
        info.pages.add(rec["source"])
        info.spans.add((rec["source"], rec["quote_start"]))
        if feat.subject:
            info.subjects.append(feat.subject)
        info.actions |= feat.happening or feat.actions
        info.gatherings |= gathering_words(rec["quote"])
    return list(infos.values())


def tally(events: list[EventInfo]) -> tuple[Counter, list[tuple[str, str, EventInfo, EventInfo]]]:
    """Counts of (signal, relation) over all pairs of ``events``, and the pairs each signal accepts."""
    counts: Counter = Counter()
    pairs = []
    for a, b in combinations(events, 2):
        rel = relation(a.gold, b.gold)
        for name, accepts in SIGNALS.items():
            if accepts(a, b, events):
                counts[(name, rel)] += 1
                pairs.append((name, rel, a, b))
    return counts, pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (benchmarks/corpora/<story>)")
    ap.add_argument("--show", default="", help="list the pairs of this signal")
    args = ap.parse_args(argv)
    total: Counter = Counter()
    shown = []
    for folder in args.stories:
        counts, pairs = tally(story_events(folder))
        total += counts
        shown += [(folder.name, *p) for p in pairs if p[0] == args.show]
    print("| signal | " + " | ".join(RELATIONS) + " |")
    print("|---" * (len(RELATIONS) + 1) + "|")
    for name in SIGNALS:
        print(f"| {name} | " + " | ".join(str(total[(name, r)]) for r in RELATIONS) + " |")
    for story, _name, rel, a, b in shown:
        print(f"{story} | {rel}: {a.date} {a.id} {sorted(a.gold)} | {b.date} {b.id} {sorted(b.gold)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
