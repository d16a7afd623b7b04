"""How much an event's title could gain from choosing another of its quotes (issue 14, title words).

Usage::

    .venv/bin/python benchmarks/bench_title_choice.py benchmarks/corpora/<story> [more stories] [--raw] [--show N]

Each event takes the title of one member mention (:func:`timeline.identity.group`: the most direct, most typical,
most informative among those giving its date). This benchmark records every member of every event while a story is
extracted (by wrapping :func:`timeline.identity.group`) and scores, as ``bench_events.py`` does (mean share of the
gold title's content words in the title of the best matching event), the titles the events would have under:

* ``current``: the title the extractor gives;
* ``oracle``: for each found gold event, the best title among the members of its matching events (dated as the
  gold first): an upper bound for any choice of quote;
* ``consensus``: the current choice with, for events of at least ``--min-members`` members, the ranking raised by
  ``--weight`` times the sum over the title's words of the share of the event's other quotes holding the word
  (what several articles agree on is the event);
* ``extended``: the current title followed by the quote's next words, the best cut within 60 characters (an upper
  bound for taking back more of the clause after the title).

It also counts the scored events with one member (no choice to make). Matching is left as the extractor's titles
give it, so only the title figure moves.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_events import Emitted, Gold, copy_story, emitted, matches, read_gold  # noqa: E402

MAX_TITLE = 60


@dataclass
class Member:
    """One mention of an event: its own title and quote, and the parts of the extractor's ranking."""

    title: str
    quote: str
    date: str
    rank: tuple
    chosen: bool


def capture(folder: Path, raw: bool) -> tuple[list[Emitted], list[Gold], dict[str, list[Member]]]:
    """The emitted events of a story, its gold rows and each event's members (by event id)."""
    import timeline.identity as identity
    from timeline.articles import load_articles
    from timeline.events import EventSchema as E
    from timeline.extract import extract
    from timeline.titles import informativeness, stub_title

    groups: dict[tuple, list[Member]] = {}
    original = identity.group

    def recording(prep, links, conflicts=(), *, roots=None):
        roots = identity.join(prep, links, conflicts) if roots is None else roots
        frame = original(prep, [], roots=roots)
        members: dict[int, list[int]] = {}
        for i, r in enumerate(roots):
            members.setdefault(r, []).append(i)
        titles = dict(zip(frame[E.event_id], frame[E.title]))
        where = {_key(row): row[E.event_id] for row in frame.to_dict("records")}
        for group in members.values():
            recs = [prep.records[i] for i in group]
            keys = [_key(r) for r in recs]
            event = next((where[k] for k in keys if k in where), None)
            if event is None:
                continue
            listed = [Member(r[E.title], r[E.quote], r[E.date], (not stub_title(r[E.title]), prep.features[i].direct
                                                      + informativeness(r[E.title])), r[E.title] == titles[event])
                      for i, r in zip(group, recs)]
            for k in keys:
                groups[k] = listed
        return frame

    identity.group = recording
    try:
        with tempfile.TemporaryDirectory() as tmp:
            copy_story(folder, Path(tmp), raw=raw)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                frame = extract(load_articles(Path(tmp)))
    finally:
        identity.group = original
    by_event: dict[str, list[Member]] = {}
    for row in frame.to_dict("records"):
        listed = groups.get(_key(row))
        if listed:
            seen = by_event.setdefault(row[E.event_id], [])
            seen.extend(m for m in listed if all(m is not s for s in seen))
    return emitted(frame), read_gold(folder), by_event


def _terms(text: str) -> set[str]:
    """Content words as ``bench_events.py`` scores titles (no bare numbers)."""
    from timeline.clauses import content_terms

    return {t for t in content_terms(text) if not t.isdigit()}


def _key(row) -> tuple:
    """A mention's key in the records and in the frame: its article, quote and date value (one sentence may give
    two events two dates)."""
    return row["source"], row["quote_start"], row["quote_end"], row.get("mention_value")


def share(want: set[str], title: str) -> float:
    """The share of the gold title's content words ``title`` holds."""
    return len(want & _terms(title)) / len(want)


def consensus(weight: float, least: int) -> Callable[[list[Member], str, str], str]:
    """The choice that adds ``weight`` times the words the other quotes share to the extractor's ranking (its
    directness and informativeness, among the members not titled by a stub that give the event's date; the chosen
    member wins ties, so that weight 0 keeps every title)."""
    def choose(members: list[Member], title: str, date: str) -> str:
        if len(members) < least or not any(m.chosen for m in members):
            return title
        quotes = [_terms(m.quote) for m in members]

        def agreed(k: int) -> float:
            others = [q for j, q in enumerate(quotes) if j != k]
            return sum(sum(1 for q in others if t in q) / len(others) for t in _terms(members[k].title))

        fit = [k for k, m in enumerate(members) if m.chosen or m.rank[0] and m.date == date]
        best = max(fit, key=lambda k: (members[k].rank[1] + weight * agreed(k), members[k].chosen))
        return members[best].title if members[best].rank[1] + weight * agreed(best) > max(
            members[k].rank[1] + weight * agreed(k) for k in fit if members[k].chosen) else title
    return choose


def extended(want: set[str], title: str, quote: str) -> float:
    """The best share of the title followed by the quote's next words within :data:`MAX_TITLE` characters."""
    words = title.split()
    found = list(re.finditer(r"\b" + re.escape(words[-1]) + r"\b", quote)) if words else []
    best = share(want, title)
    if len(found) != 1:
        return best
    rest = quote[found[0].end():].split()
    for k in range(1, len(rest) + 1):
        longer = " ".join([title, *rest[:k]])
        if len(longer) > MAX_TITLE:
            break
        best = max(best, share(want, longer))
    return best


def figures(stories: list[tuple[str, list[Emitted], list[Gold], dict[str, list[Member]]]],
            choose: Callable[[list[Member], str, str], str]) -> tuple[float, dict[str, float], int]:
    """Pooled and per-story title words with the titles ``choose`` gives, and the number of titles it changes."""
    per: dict[str, list[float]] = {}
    changed = 0
    for name, events, gold, members in stories:
        titles = {e.id: choose(members.get(e.id, []), e.title, e.date) for e in events}
        changed += sum(1 for e in events if titles[e.id] != e.title)
        for g in gold:
            want = _terms(g.title)
            hits = [e for e in events if matches(e, g)]
            if want and hits:
                best = max(hits, key=lambda e: (e.date == g.date, len(want & _terms(titles[e.id]))))
                per.setdefault(name, []).append(share(want, titles[best.id]))
    pooled = [s for v in per.values() for s in v]
    return sum(pooled) / len(pooled), {k: sum(v) / len(v) for k, v in per.items()}, changed


def bounds(stories) -> tuple[float, float, int, int]:
    """The oracle over members, the extended-title bound, scored events and those with one member."""
    oracle, longer, single, n = [], [], 0, 0
    for _name, events, gold, members in stories:
        for g in gold:
            want = _terms(g.title)
            hits = [e for e in events if matches(e, g)]
            if not want or not hits:
                continue
            dated = [e for e in hits if e.date == g.date] or hits
            oracle.append(max(share(want, m.title) for e in dated for m in members.get(e.id, [])
                              or [Member(e.title, "", e.date, (), True)]))
            best = max(dated, key=lambda e: len(want & _terms(e.title)))
            own = next((m.quote for m in members.get(best.id, []) if m.chosen), "")
            longer.append(extended(want, best.title, own))
            single += len(members.get(best.id, [])) <= 1
            n += 1
    return sum(oracle) / n, sum(longer) / n, n, single


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path)
    ap.add_argument("--raw", action="store_true", help="texts only (as bench_events.py --raw)")
    ap.add_argument("--weight", type=float, nargs="+", default=[1.0],
                    help="weights of the shared words (consensus; examples shown for the first)")
    ap.add_argument("--min-members", type=int, default=3, help="least members for the consensus choice")
    ap.add_argument("--show", type=int, default=0, help="print this many titles the consensus choice changes")
    args = ap.parse_args(argv)
    stories = [(f.name, *capture(f, args.raw)) for f in args.stories]
    now, now_per, _ = figures(stories, lambda members, title, date: title)
    oracle, longer, n, single = bounds(stories)
    print(f"scored events {n}, with one member {single}")
    print(f"title words: current {100 * now:.2f}%, oracle over members {100 * oracle:.2f}%, "
          f"extended within {MAX_TITLE} characters {100 * longer:.2f}%")
    for weight in args.weight:
        agreed, agreed_per, changed = figures(stories, consensus(weight, args.min_members))
        print(f"consensus (weight {weight}, at least {args.min_members} members): {100 * agreed:.2f}%, "
              f"{changed} titles changed")
        for name in now_per:
            if abs(agreed_per[name] - now_per[name]) > 1e-9:
                print(f"  {name}: {100 * now_per[name]:.1f} -> {100 * agreed_per[name]:.1f}")
    choose = consensus(args.weight[0], args.min_members)
    shown = [(name, e.title, choose(members.get(e.id, []), e.title, e.date))
             for name, events, _gold, members in stories for e in events]
    for name, before, after in [c for c in shown if c[1] != c[2]][: args.show]:
        print(f"  {name}: {before!r} -> {after!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
