""""X of YEAR" is one expression: a holiday, month or season, then "of" and a year ("Christmas of 2009", "in March of
2009", "the summer of 2008", "Easter of 1999"); and "the week / weekend of <day>" is one expression.

Invented sentences from sport, courts, business, weather and science, with near-misses.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

DCT = dt.date(2011, 5, 3)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, relative_to=DCT)]


@pytest.mark.parametrize("sentence, surface, value", [
    # courts, sport, business, weather: the holiday in the year named, one mention, no bare year beside it
    ("The defendant was arrested on Christmas of 2009 at the border.", "Christmas of 2009", "2009-12-25"),
    ("The club last won the derby on Easter of 1999.", "Easter of 1999", "1999-04-04"),
    ("The retailer's sales slumped over Thanksgiving of 2008.", "Thanksgiving of 2008", "2008-11-27"),
    ("Snow fell on Christmas Day of 2002 in the valley.", "Christmas Day of 2002", "2002-12-25"),
    ("The plant reopened on New Year's Day of 2004.", "New Year's Day of 2004", "2004-01-01"),
    # a relative year after "of"
    ("The team lost its captain on Christmas of last year.", "Christmas of last year", "2010-12-25"),
    # the other "X of YEAR" forms keep working
    ("The telescope was launched in March of 2009.", "March of 2009", "2009-03"),
    ("The drought lasted through the summer of 2008.", "the summer of 2008", "2008-SU"),
])
def test_holiday_month_season_of_year_is_one_mention(sentence, surface, value):
    pairs = _pairs(sentence)
    assert (surface, value) in pairs
    assert len(pairs) == 1  # no separate bare year, no holiday put in the year of publication


@pytest.mark.parametrize("sentence, value", [
    # near-misses: a holiday without a year, or with a year that belongs to something else
    ("The defendant was arrested on Christmas Day.", "2010-12-25"),
    ("The striker scored on Easter, and the 1999 title followed.", "2011-04-24"),
])
def test_holiday_without_of_year_keeps_its_reading(sentence, value):
    assert [v for t, v in _pairs(sentence) if t.startswith(("Christmas", "Easter"))] == [value]


@pytest.mark.parametrize("sentence, surface, value", [
    # sport, weather: the weekend of the day named, one expression
    ("The tournament was held the weekend of June 5, 2009, in the rain.", "the weekend of June 5, 2009",
     "2009-W23-WE"),
    ("Flooding closed roads over the weekend of Aug. 14, 2010.", "the weekend of Aug. 14, 2010", "2010-W32-WE"),
    # the week of a day, as before
    ("The trial was set for the week of March 7, 2011.", "the week of March 7, 2011", "2011-W10"),
])
def test_week_or_weekend_of_a_day(sentence, surface, value):
    assert (surface, value) in _pairs(sentence)


def test_weekend_of_no_day_is_the_weekend_alone():
    # near-miss: "the weekend of the storm" names no day; the weekend is read as before
    assert [t for t, v in _pairs("Crews worked through the weekend of the storm.")] == ["the weekend"]
