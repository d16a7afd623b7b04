"""The kinds of split gold events (benchmarks/bench_split_kinds.py), on invented dates and verdicts."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_split_kinds as sk  # noqa: E402


def test_a_month_beside_its_day_is_coarse_and_day():
    """A month-level event and a day inside it (a report of 'in May' and one of 'May 4')."""
    assert sk.date_kind(["2021-05", "2021-05-04"]) == "coarse and day"
    assert sk.date_kind(["2019-W12", "2019-03-20", "2019-03-20"]) == "coarse and day"
    assert sk.date_kind(["2020", "2020-11-03"]) == "coarse and day"


def test_two_days_that_do_not_nest_are_two_days():
    """Two sources' days for one act (a raid after midnight), or a week outside the day."""
    assert sk.date_kind(["2021-05-04", "2021-05-05"]) == "two days"
    assert sk.date_kind(["2019-W11", "2019-03-20"]) == "two days"


def test_events_of_one_date_are_one_date():
    assert sk.date_kind(["2021-05-04", "2021-05-04"]) == "one date"
    assert sk.date_kind(["2018-11", "2018-11"]) == "one date"


def test_a_nested_pair_wins_over_a_pair_of_two_days():
    """Three events: a month, and two days of it that do not nest with each other."""
    assert sk.date_kind(["2021-05", "2021-05-04", "2021-05-05"]) == "coarse and day"


def test_pair_verdicts_follow_judge_pair():
    assert sk.pair_verdict("link", 0.8, True) == "linked, kept apart"
    assert sk.pair_verdict("none", 0.3, True) == "below threshold"
    assert sk.pair_verdict("none", None, True) == "withheld"
    assert sk.pair_verdict("conflict", -1.0, True) == "cannot-link"
    assert sk.pair_verdict("link", 0.9, False) == "never compared"


def test_the_best_verdict_is_the_nearest_to_a_join():
    assert sk.best_verdict(["cannot-link", "below threshold", "never compared"]) == "below threshold"
    assert sk.best_verdict(["never compared", "linked, kept apart"]) == "linked, kept apart"
    assert sk.best_verdict(["cannot-link", "never compared"]) == "cannot-link"
    assert sk.best_verdict([]) == "never compared"
