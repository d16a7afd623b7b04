"""dates.anchor.told_occurrence: 'last' / 'next' / 'this' before a recurring day (a holiday, a month and day)."""

import datetime as dt

import pytest

from timeline.dates.anchor import told_occurrence
from timeline.dates.tagger import find_dates

SAID = dt.date(2022, 3, 9)
DAYS = [dt.date(2021, 12, 25), dt.date(2022, 12, 25), dt.date(2023, 12, 25)]


@pytest.mark.parametrize("rel, expected", [
    ("last", dt.date(2021, 12, 25)), ("This  Past", dt.date(2021, 12, 25)),
    ("next", dt.date(2022, 12, 25)), ("this\ncoming", dt.date(2022, 12, 25)),
    ("this", None),  # the caller's own reading (this year's)
])
def test_the_word_picks_the_occurrence_before_or_after(rel, expected):
    assert told_occurrence(SAID, DAYS, rel) == expected


def test_no_occurrence_on_that_side_gives_none():
    assert told_occurrence(SAID, DAYS[1:], "last") is None


@pytest.mark.parametrize("text, value", [
    ("The choir sang this past Christmas in the village.", "2021-12-25"),   # culture
    ("The choir sang this\npast Christmas in the village.", "2021-12-25"),  # a hard-wrapped line
    ("The league plays its final this coming Easter.", "2022-04-17"),       # sport
    ("The market opens this Christmas.", "2022-12-25"),                     # near miss: this year's
])
def test_a_holiday_after_the_word(text, value):
    assert [m.value for m in find_dates(text, relative_to=SAID)] == [value]
