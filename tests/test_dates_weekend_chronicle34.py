"""Two readings of a date the text leaves half open (round 34, dating34): "this weekend" told in the past on a
weekday (dates.resolve.relunit), and a chronicle that goes on in the year of its opening full date when that year is
next to the publication's (dates.anchor.sentence_year). Invented sentences only."""

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
    "Two new stadiums are hosting their first matches this weekend.",                # present progressive
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


DEC = dt.date(2022, 12, 6)


@pytest.mark.parametrize("text, value", [
    ("On March 3, 2021, the dam failed above the town. On March 4, I came and met the families.", "2021-03-04"),
    ("In May 2021, the festival lost its sponsor. In July, the organisers cancelled it.", "2021-07"),
])
def test_a_chronicle_goes_on_in_the_year_of_its_opening_date(text, value):
    assert _value(text, DEC, which=1) == value


@pytest.mark.parametrize("text, value", [
    # a month before the opening one: the next year's, left to the nearest occurrence as before
    ("On October 3, 2021, the dam failed above the town. On March 4, the inquiry opened.", "2022-03-04"),
    # the second sentence does not open on its date: not a chronicle
    ("On March 3, 2021, the dam failed above the town. The families met the engineers on March 4.", "2022-03-04"),
    # the second sentence looks ahead
    ("On March 3, 2021, the dam failed above the town. On March 4, the families will meet the engineers.",
     "2023-03-04"),
])
def test_near_misses_of_the_chronicle_keep_the_nearest_occurrence(text, value):
    assert _value(text, DEC, which=1) == value


def test_a_chronicle_in_another_paragraph_is_not_carried():
    text = "On March 3, 2021, the dam failed above the town.\n\nOn March 4, the families met the engineers."
    assert _value(text, DEC, which=1) == "2022-03-04"
