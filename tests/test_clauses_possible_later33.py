"""Round 33 of issue 14 (clutter on fresh folders, clutter33): a possibility (*could*, *may*, *might*) dated after
the publication is a forecast — news writes a planned act with *will* or *is to* — so no event is put on its day.
Invented sentences of several domains, with near misses that must keep their kind."""

from __future__ import annotations

import pytest

from timeline.clauses import POSSIBLE_LATER, analyse


def _clause(text: str, date: str, when: str):
    i = text.index(date)
    return analyse(text, 0, len(text), i, i + len(date), when=when)


@pytest.mark.parametrize("text, date", [
    ("Divers say the cave rescue might happen in November at the earliest.", "November"),  # a rescue
    ("The board named three candidates, any of whom may take over next month.", "next month"),  # a company
    ("Negotiators might reach a deal on the budget next week.", "next week"),  # a legislature
    ("The storm could strengthen into a hurricane by Thursday.", "Thursday"),  # weather
])
def test_a_possibility_on_a_day_to_come_is_no_event(text, date):
    c = _clause(text, date, "future")
    assert c.kind == "question" and c.reason == POSSIBLE_LATER


@pytest.mark.parametrize("text, date, when", [
    # a clause after the date that fixes the day: a deadline
    ("The city could run out of cash on June 30, when its credit line expires.", "June 30", "future"),
    # a plan, not a possibility
    ("The court will rule on the appeal on Friday.", "Friday", "future"),
    ("The club is to unveil its new coach on Monday.", "Monday", "future"),
    # a possibility about a past day stays a hypothetical
    ("The plane may have strayed off course on March 8.", "March 8", "past"),
    # a reported estimate keeps the saying
    ("Police said on Sunday that the death toll could exceed 5,000.", "Sunday", "past"),
])
def test_near_misses_keep_their_kind(text, date, when):
    assert _clause(text, date, when).reason != POSSIBLE_LATER
