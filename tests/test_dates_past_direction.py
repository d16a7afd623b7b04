"""Dates the grammar of a past sentence puts behind the publication date (dates.tense, dates.anchor, the season and
month-day readings): a purpose infinitive after the date, a past progressive after an opening "By <date>,",
"in the wake of", an ordinal day after "the", "fall" the verb, "this winter"."""

import datetime as dt

import pytest

from timeline.dates.tagger import find_dates

WED = dt.date(2019, 11, 13)  # a Wednesday in November


def _values(text, said=WED):
    return [(m.text, m.value) for m in find_dates(text, relative_to=said)]


@pytest.mark.parametrize("text, value", [
    ("The robot was lowered on Monday night to begin a long dive.", "2019-11-11TNI"),    # engineering
    ("The choir was flown in on Sunday to start its tour.", "2019-11-10"),               # culture
    ("The ferry leaves on Friday to start the winter timetable.", "2019-11-15"),         # still ahead: no past
])
def test_a_purpose_infinitive_after_the_day_does_not_date_it(text, value):
    assert _values(text)[0][1] == value


@pytest.mark.parametrize("text, said, value", [
    ("By mid-December, the clinics were seeing hundreds of cases a week.", dt.date(2020, 1, 20), "2019-12"),  # health
    ("By March, the growers were losing half their crop.", WED, "2019-03"),                                 # farming
])
def test_an_opening_by_with_a_past_progressive_looks_back(text, said, value):
    assert _values(text, said)[0][1] == value


def test_a_future_after_an_opening_by_still_looks_ahead():
    assert _values("By March, the growers will be losing half their crop.")[0][1] == "2020-03"


def test_in_the_wake_of_a_day_looks_back():
    # said in October: the nearest 2 December would be ahead, but what came in its wake has happened
    assert _values("In the wake of December the 2nd, the league rewrote its rules.",
                   dt.date(2019, 10, 1))[0][1] == "2018-12-02"


@pytest.mark.parametrize("text, value", [
    ("The fair opened on June the 3rd with a parade.", "2019-06-03"),
    ("The fair opened on June 3 with a parade.", "2019-06-03"),
])
def test_an_ordinal_day_after_the(text, value):
    assert _values(text)[0] == (text.split("on ")[1].split(" with")[0], value)


def test_june_the_three_companies_is_no_day():
    assert _values("In June the 3 companies merged.")[0][1] == "2019-06"


@pytest.mark.parametrize("text", [
    "Shops that fall into this band pay less tax.",
    "Orders that fall short of the target are refunded.",
    "Pupils who fall behind get extra lessons.",
])
def test_fall_the_verb_is_no_season(text):
    assert _values(text) == []


def test_fall_the_season_is_kept():
    assert _values("The bakery opened this fall in the old mill.")[0][1] == "2019-FA"


@pytest.mark.parametrize("said, value", [
    (dt.date(2019, 11, 13), "2020-WI"),   # in November: the coming winter (its January's year)
    (dt.date(2019, 7, 2), "2020-WI"),
    (dt.date(2020, 2, 3), "2020-WI"),     # in February: the current one
    (dt.date(2020, 4, 3), "2020-WI"),     # in April: the one just gone
])
def test_this_winter(said, value):
    assert _values("The ski lifts close early this winter.", said)[0][1] == value


@pytest.mark.parametrize("text, value", [
    ("The council acted to keep the library funded and raise the fee cap through March.", "2020-03"),  # ahead
    ("Crews kept the pool heated through March.", "2019-03"),                    # a finite past: what went on
])
def test_an_ed_word_after_keep_and_its_object_is_no_past(text, value):
    assert _values(text)[0][1] == value
