"""A period up to now ('for the past year', 'during the past week') dates no event, whatever the tense (round 16)."""

from __future__ import annotations

import pytest

from timeline.clauses import SUMMARY, analyse


def _clause(sentence: str, date: str):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when="past")


@pytest.mark.parametrize("sentence, date", [
    # courts: 'for' and a simple past
    ("For the past year, the defendant and his brother lived with relatives in Ohio.", "the past year"),
    # sport: a participle's period in a future clause
    ("The job of replaying a pile of matches postponed or called off during the past week will take a month.",
     "the past week"),
    # science: the past few days, a present perfect
    ("For the past few days, the probe has sent back hundreds of images.", "the past few days"),
])
def test_a_period_up_to_now_is_a_summary(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "state" and c.reason == SUMMARY


@pytest.mark.parametrize("sentence, date", [
    ("Last week, the court dismissed the appeal.", "Last week"),  # a calendar week: an event
    ("For last year's final, the club sold every seat.", "last year"),  # a calendar year named
    ("The board met on Monday for the past year's review.", "Monday"),  # the date is the meeting's
])
def test_a_period_near_miss_is_no_summary(sentence, date):
    assert _clause(sentence, date).reason != SUMMARY


def test_within_the_past_week_an_act_stays_an_event():
    """'in the past week': a time something happened within, not a span it lasted through."""
    assert _clause("The club signed two strikers in the past week.", "the past week").reason != SUMMARY
