"""Structural join signals over pairs of events (benchmarks/bench_join_signals.py), on invented events."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_join_signals as js  # noqa: E402


def _ev(eid: str, date: str, **kw) -> js.EventInfo:
    return js.EventInfo(eid, date, **kw)


def test_relations_of_gold_events():
    assert js.relation({"g1"}, {"g1", "g2"}) == "one gold"
    assert js.relation({"g1"}, {"g2"}) == "two gold"
    assert js.relation({"g1"}, set()) == "one matched"
    assert js.relation(set(), set()) == "none matched"


def test_a_month_and_its_day_nest_and_two_days_do_not():
    month, day, other = _ev("a", "2021-05"), _ev("b", "2021-05-04"), _ev("c", "2021-05-05")
    assert js.nested(month, day) and js.nested(day, month)
    assert not js.nested(day, other)
    assert not js.nested(day, _ev("d", "2021-05-04"))


def test_next_day_on_other_pages_with_one_action():
    """A ferry sinking told on the 9th by one page and on the 10th by another (a stamp a day late)."""
    a = _ev("a", "2022-07-09", pages={"p1"}, actions={"sink"})
    b = _ev("b", "2022-07-10", pages={"p2"}, actions={"sink"})
    c = _ev("c", "2022-07-11", pages={"p3"}, actions={"sink"})
    accepts = js.SIGNALS["next day, other pages, same action"]
    assert accepts(a, b, [a, b, c])
    assert not accepts(a, c, [a, b, c])
    assert not accepts(a, _ev("d", "2022-07-10", pages={"p1"}, actions={"sink"}), [a])


def test_same_page_same_day():
    a = _ev("a", "2020-02-03", pages={"p1"})
    b = _ev("b", "2020-02-03", pages={"p1", "p2"})
    c = _ev("c", "2020-02-03", pages={"p3"})
    accepts = js.SIGNALS["same page, same day"]
    assert accepts(a, b, [a, b, c])
    assert not accepts(a, c, [a, b, c])


def test_a_gathering_the_clause_is_placed_at():
    assert js.gathering_words("The mayor spoke at today's budget hearing in the council chamber.") == {"hearing"}
    assert js.gathering_words("She released a statement ahead of the June 3 harbour summit.") == {"summit"}
    assert js.gathering_words("The board will hear the appeal next week.") == set()


def test_actions_meet_as_identity_reads_stems():
    a = _ev("a", "2020-01-02", actions={"evacu"})
    b = _ev("b", "2020-01-02", actions={"evacuat"})
    c = _ev("c", "2020-01-02", actions={"close"})
    assert js.shared_action(a, b)
    assert not js.shared_action(a, c)


def test_a_coarse_event_joins_only_the_one_day_of_its_period():
    """A month-level report of a ferry sinking beside the day of the sinking; a second day of that month sharing the
    action leaves the month without one host."""
    month = _ev("m", "2022-07", actions={"sink"})
    day = _ev("d", "2022-07-09", actions={"sink"})
    other = _ev("o", "2022-07-20", actions={"strike"})
    accepts = js.SIGNALS["coarse beside its one day, same action"]
    assert accepts(month, day, [month, day, other])
    assert accepts(day, month, [month, day, other])
    second = _ev("s", "2022-07-21", actions={"sink"})
    assert not accepts(month, day, [month, day, other, second])


def test_tally_counts_each_signal_and_relation():
    a = _ev("a", "2019-08-14", pages={"p"}, gold={"g1"}, subjects=[frozenset({"lee"})])
    b = _ev("b", "2019-08-14", pages={"p"}, gold={"g1"}, subjects=[frozenset({"lee"})])
    c = _ev("c", "2019-08-14", pages={"q"}, gold={"g2"})
    counts, pairs = js.tally([a, b, c])
    assert counts[("same page, same day", "one gold")] == 1
    assert counts[("same day, same named subject", "one gold")] == 1
    assert counts[("same page, same day", "two gold")] == 0
    assert ("same page, same day", "one gold", a, b) in pairs
