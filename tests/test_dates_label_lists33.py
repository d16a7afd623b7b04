"""Round 33 of issue 14 (faults33): the numbers of a labelled list are labels, not years. A plural label noun is
followed by the numbers it labels ('resolutions 1970 and 1973', 'Articles 5 and 6', 'Flights 11 and 175'), and so is
a singular one whose list goes on ('Resolution 1970 and 1973'); every number of the list is a label. Invented
sentences, with near misses whose years must stay years."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

PUBLISHED = dt.date(2019, 11, 20)


def _values(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, relative_to=PUBLISHED)]


@pytest.mark.parametrize("text", [
    "The assembly acted under resolutions 1970 and 1973 of the council.",  # diplomacy
    "The league cited Sections 1983, 1985 and 1988 of its rulebook.",  # sport
    "Regulators pointed to Rules 2004 or 2006 in their letter.",  # finance
    "The airline said Flights 1990 and 1994 would be merged.",  # transport
    "The committee read Articles 1960, 1961, and 1962 of the charter aloud.",  # law
    "The board adopted Resolution 2010 and 2011 in one vote.",  # a singular label whose list goes on
])
def test_the_numbers_of_a_labelled_list_are_no_years(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, years", [
    # years after a preposition or a plain noun stay years
    ("The rules changed in 2004, 2006 and 2008, the league said.", ["2004", "2006", "2008"]),
    ("She wrote articles in 1990 and 1994 about the dam.", ["1990", "1994"]),
    ("The elections of 1990 and 1994 were close.", ["1990", "1994"]),
    # a label, then a year of another phrase
    ("Flights 11 and 175 were both cancelled in 2001 and 2002.", ["2001", "2002"]),
    ("Resolution 1441, passed in 2002, was cited again.", ["2002"]),
])
def test_near_misses_keep_their_years(text, years):
    assert [v for _, v in _values(text)] == years
