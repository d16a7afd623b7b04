"""Round 33 of issue 14 (faults33): small known faults of the clause reader, each checked on invented sentences with
near misses it must not touch.

* a modal perfect (*should have known*, *would have paid*, *must have a permit*) is a judgement, an inference or
  a counterfactual: no event that happened (not when a saying is the act, nor *will have*, *may have*).
* the dates of alternatives are written with the tagger's month and weekday names.
"""

from __future__ import annotations

import pytest

from timeline.clauses import ALTERNATIVE_DATES, MODAL_PERFECT, analyse


def _clause(text: str, date: str):
    i = text.index(date)
    return analyse(text, 0, len(text), i, i + len(date), when="")


@pytest.mark.parametrize("text, date", [
    ("Today, every voter should have a clear picture of what the levy pays for.", "Today"),  # local politics
    ("On Monday the referee should have stopped the bout after the second knockdown.", "Monday"),  # sport
    ("Under the rejected plan, the mill would have paid $2 million in fines for 2019.", "2019"),  # industry
    ("With a working pump, the crew could have drained the cellar on Tuesday.", "Tuesday"),  # a counterfactual
    ("By noon on Friday the hikers must have reached the upper hut.", "Friday"),  # an inference
])
def test_a_modal_perfect_is_no_event(text, date):
    c = _clause(text, date)
    assert c.kind == "state" and c.reason == MODAL_PERFECT


@pytest.mark.parametrize("text, date", [
    # a saying is the act: its content's modal perfect is what was said
    ("The coach said Monday the referee should have stopped the bout.", "Monday"),
    ("The referee should have stopped the bout, the coach said Monday.", "Monday"),
    # a future 'will have', a likely past 'may have'
    ("The clinic will have 40 more beds by May.", "May"),
    ("The ferry may have sunk on Monday, the coast guard said.", "Monday"),
    # a modal perfect in a relative clause leaves the main act dated
    ("The senator introduced a bill last year that would have funded the dam.", "last year"),
    # a plain modal with no 'have'
    ("On Monday, the council should vote on the levy.", "Monday"),
])
def test_near_misses_are_no_modal_perfect(text, date):
    c = _clause(text, date)
    assert c.reason != MODAL_PERFECT


@pytest.mark.parametrize("text, date", [
    ("The museum hopes to reopen the east wing on May 3 or May 10.", "May 3"),
    ("The museum hopes to reopen the east wing on Sept. 3 or Oct. 10.", "Oct. 10"),
    ("The club wants to play the final on Saturday or Sunday.", "Sunday"),
])
def test_alternatives_read_with_the_tagger_names(text, date):
    assert _clause(text, date).reason == ALTERNATIVE_DATES


@pytest.mark.parametrize("text, date", [
    ("The chef will cook for Janet 5 nights or more from Friday.", "Friday"),  # a name that begins like a month
    ("The club wants to host the Mayor 5 or Saturday.", "Saturday"),
])
def test_a_word_that_begins_like_a_month_is_no_alternative_date(text, date):
    assert _clause(text, date).reason != ALTERNATIVE_DATES
