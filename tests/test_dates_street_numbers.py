"""A street address's number is no year: 'at 1600 Pennsylvania Avenue' names a place, 'in 1600' a time."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

PUBLISHED = dt.date(2019, 3, 1)


@pytest.mark.parametrize("text", [
    "The recovery center is open in the old bus depot at 1875 W. 9th Ave. in Riverton.",  # relief
    "Fans gathered outside the club's offices at 1450 North Main Street before the match.",  # sport
    "The laboratory moved to 1875 Science Park Road, the university said.",  # science
    "Protesters marched to the courthouse at 1200 Market St. on the first day of the trial.",  # courts
])
def test_a_number_before_a_street_name_and_kind_is_no_year(text):
    assert [m.text for m in find_dates(text, relative_to=PUBLISHED) if m.text.isdigit()] == []


@pytest.mark.parametrize("text, year", [
    ("The stadium, built in 1926, stands on Main Street.", "1926"),  # a year, the street later
    ("The shop opened at Main Street in 1998, residents said.", "1998"),  # the street before the year
    ("Since 1980 the museum has stood on Elm Street.", "1980"),
])
def test_a_year_near_a_street_stays_a_year(text, year):
    assert year in [m.value for m in find_dates(text, relative_to=PUBLISHED)]
