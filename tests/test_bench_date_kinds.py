"""The kinds of date misses (benchmarks/bench_date_kinds.py), on invented events of several domains."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_date_kinds as dk  # noqa: E402
import bench_events as b  # noqa: E402

PUBLISHED = {"a1": dt.date(2019, 5, 14), "w1": dt.date(2021, 9, 3), "u1": None}
# a takeover fight (a week-level gold), a storm (a day-level gold), a court case told on an undated page
BID = b.Gold("bid", "2019-W19", "", "Harlow offers $9 billion for Corbel", {"a1"}, "Harlow offered $9 billion")
LANDFALL = b.Gold("landfall", "2021-09-02", "", "Storm Vera makes landfall near Port Ellis", {"w1"},
                  "Vera made landfall near Port Ellis")
VERDICT = b.Gold("verdict", "2020-06-24", "", "Jury convicts Dale Roe of fraud", {"u1"}, "the jury convicted Dale Roe")


def _misses(*events: b.Emitted) -> dict[str, dk.DateMiss]:
    return {m.gold.id: m for m in dk.date_misses(list(events), [BID, LANDFALL, VERDICT], PUBLISHED)}


def test_exact_dates_are_no_date_misses():
    """Near miss: every gold event found at its own date gives nothing."""
    got = _misses(b.Emitted("e1", "2019-W19", "Harlow bid", {"a1": ["Harlow offered $9 billion on Monday."]}),
                  b.Emitted("e2", "2021-09-02", "Vera", {"w1": ["Vera made landfall near Port Ellis Thursday."]}),
                  b.Emitted("e3", "2020-06-24", "Verdict", {"u1": ["On June 24 the jury convicted Dale Roe."]}))
    assert got == {}


def test_a_day_inside_a_coarser_gold_is_the_gold_s_reading():
    """A business gold dated by its week, the event by its day: found, 'gold coarser'."""
    got = _misses(b.Emitted("e1", "2019-05-06", "Harlow bid", {"a1": ["Harlow offered $9 billion on Monday."]}))
    assert got["bid"].found and got["bid"].kind == "gold coarser"


def test_a_week_holding_the_gold_day_on_a_dated_page_is_coarser_and_on_an_undated_page_undated():
    """Weather: 'last week' holds the landfall day; courts: a year-less page gives the year only."""
    got = _misses(b.Emitted("e1", "2021-W35", "Vera", {"w1": ["Vera made landfall near Port Ellis last week."]}),
                  b.Emitted("e2", "2020", "Verdict", {"u1": ["Today the jury convicted Dale Roe."]}))
    assert got["landfall"].kind == "coarser" and got["verdict"].kind == "undated page"


def test_missed_by_one_day_or_at_the_publication_day_or_elsewhere():
    """Not found: one day off (a storm told the next morning), the page's own day, any other day."""
    got = _misses(b.Emitted("e1", "2021-09-03", "Vera", {"w1": ["Vera made landfall near Port Ellis overnight."]}))
    assert not got["landfall"].found and got["landfall"].kind == "next or previous day"
    got = _misses(b.Emitted("e1", "2019-05-14", "Harlow bid", {"a1": ["Harlow offered $9 billion, the firm said."]}))
    assert got["bid"].kind == "publication day"
    got = _misses(b.Emitted("e1", "2021-08-20", "Vera", {"w1": ["Vera made landfall near Port Ellis."]}))
    assert got["landfall"].kind == "other day"


def test_the_nearest_of_several_events_is_kept():
    """Two events match only at the gold's date: the one nearest to it gives the kind."""
    got = _misses(b.Emitted("e1", "2021-08-01", "Vera", {"w1": ["Vera made landfall near Port Ellis."]}),
                  b.Emitted("e2", "2021-09-01", "Vera", {"w1": ["Vera made landfall near Port Ellis at night."]}))
    assert got["landfall"].event.id == "e2" and got["landfall"].kind == "next or previous day"
