""""this September 11", "last June 5", "next May 2": a deictic word before a month and day makes one expression
with the day, the last such day before the publication date, the first after it, or the one of its year (the
month with its "this" used to win and drop the day).

Invented sentences from sport, courts and business, with near-misses.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

DCT = dt.date(2011, 5, 3)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, relative_to=DCT)]


@pytest.mark.parametrize("sentence, surface, value", [
    ("The memorial match will be played this September 11 in the capital.", "this September 11", "2011-09-11"),
    ("The judge sentenced him last June 5 in Paris.", "last June 5", "2010-06-05"),
    ("The shareholders meet next May 2 to vote on the bid.", "next May 2", "2012-05-02"),
    ("The club won the cup this past April 30.", "this past April 30", "2011-04-30"),
    # "last" skips the publication's own month, as "last March ninth" and "last March" do; "this past" does not
    ("The firm reported a loss last May 1.", "last May 1", "2010-05-01"),
    ("The firm reported a loss this past May 1.", "this past May 1", "2011-05-01"),
])
def test_deictic_month_day_is_one_day(sentence, surface, value):
    assert (surface, value) in _pairs(sentence)


@pytest.mark.parametrize("sentence, surface, value", [
    # near-misses: no day after the month, a count after a comma, a day with its year
    ("The verdict is expected this March.", "this March", "2011-03"),
    ("Sales rose last June, 5 stores opened.", "last June", "2010-06"),
    ("Markets closed last September 11, 2001 for days.", "September 11, 2001", "2001-09-11"),
])
def test_deictic_month_near_misses(sentence, surface, value):
    assert (surface, value) in _pairs(sentence)
