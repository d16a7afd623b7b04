"""The title-choice benchmark's scoring parts (benchmarks/bench_title_choice.py), on invented titles."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_title_choice as tc  # noqa: E402


def _m(title: str, quote: str, chosen: bool = False, direct: float = 4.0, date: str = "2021-05-04") -> tc.Member:
    return tc.Member(title, quote, date, (True, direct), chosen)


def test_share_counts_gold_title_words():
    want = tc._terms("Harbor council approves ferry budget")
    assert tc.share(want, "Council approves budget") == 3 / 5
    assert tc.share(want, "Mayor speaks") == 0.0


def test_weight_zero_keeps_the_chosen_title():
    members = [_m("Council approves ferry budget", "The council approved the ferry budget on May 4.", True),
               _m("Budget passes", "The ferry budget passed on May 4, the council said.", direct=3.9),
               _m("Mayor hails budget", "The mayor hailed the ferry budget the council approved.", direct=3.0)]
    assert tc.consensus(0.0, 3)(members, "Council approves ferry budget", "2021-05-04") == \
        "Council approves ferry budget"


def test_shared_words_can_move_the_choice_and_small_events_stay():
    members = [_m("Mayor speaks at ceremony", "The mayor spoke at a ceremony on May 4.", True, direct=4.1),
               _m("Council approves ferry budget", "The council approved the ferry budget on May 4.", direct=4.0),
               _m("Ferry budget approved", "The ferry budget was approved by the council on May 4.", direct=3.5)]
    choose = tc.consensus(1.0, 3)
    assert choose(members, "Mayor speaks at ceremony", "2021-05-04") == "Council approves ferry budget"
    assert choose(members[:2], "Mayor speaks at ceremony", "2021-05-04") == "Mayor speaks at ceremony"
    other_day = [members[0], _m("Council approves ferry budget", "x", date="2021-05-05"), members[2]]
    assert choose(other_day, "Mayor speaks at ceremony", "2021-05-04") != "Council approves ferry budget"


def test_extended_takes_the_next_words_within_the_limit():
    want = tc._terms("Council approves ferry budget for harbor")
    quote = "The council approved the ferry budget for the harbor on Tuesday after a long debate."
    assert tc.extended(want, "Council approves ferry budget", quote) == 1.0
    long_title = "Council approves ferry budget after hours of debate in the hall"
    assert tc.extended(want, long_title, quote) == tc.share(want, long_title)
