"""'This weekend' told in the past on a weekday is the weekend just past (round 34, dating34;
dates.resolve.relunit._weekend_told_as_past). Invented sentences only."""

import datetime as dt

import pytest

from timeline.dates.tagger import find_dates

TUE = dt.date(2022, 6, 14)  # a Tuesday; its ISO week is 2022-W24, the weekend before it 2022-W23-WE


def _value(text, said=TUE, which=0):
    return find_dates(text, relative_to=said)[which].value


@pytest.mark.parametrize("text", [
    "Starting this weekend, the crews cleared the blocked roads.",                   # relief work
    "Two climbers who died in this weekend's avalanche were from Oslo.",             # a noun's day, told in the past
    "The museum's roof collapsed this weekend under the weight of the snow.",        # culture
])
def test_this_weekend_told_in_the_past_on_a_weekday_is_the_weekend_just_past(text):
    assert _value(text) == "2022-W23-WE"


@pytest.mark.parametrize("text", [
    "The minister will visit the flooded valley this weekend.",                      # future
    "Two new ferries are making their first crossings this weekend.",               # present progressive
    "The ferry service resumes this weekend.",                                       # present
])
def test_this_weekend_not_told_in_the_past_is_the_coming_one(text):
    assert _value(text) == "2022-W24-WE"


def test_this_weekend_said_on_the_weekend_is_the_one_under_way():
    sunday = dt.date(2022, 6, 19)
    assert _value("The crews cleared the blocked roads this weekend.", sunday) == "2022-W24-WE"


def test_last_and_next_weekend_are_unchanged():
    assert _value("The crews cleared the roads last weekend.") == "2022-W23-WE"
    assert _value("The crews will clear the roads next weekend.") == "2022-W25-WE"
