"""Names in titles: an office written with 'of' before a person's name gives the name ('Secretary of Education
Jane Roe' → 'Jane Roe', also when first name or surname is a dictionary word and after 'Acting'); a list of names
after the verb stays whole ('visited Leeds, York and Hull'), cut after one of its names when too long, never
after a region written after a place ('…, England')."""

from __future__ import annotations

import pytest

from timeline.titles import MAX_TITLE, title_for


def _title(sentence: str, date: str) -> str:
    return title_for(sentence, date)[0]


@pytest.mark.parametrize("sentence, date, expected", [
    # schools: an office with 'of', the surname a dictionary word
    ("On Monday, Secretary of Education Jane Roe visited the flooded school.", "On Monday",
     "Jane Roe visits flooded school"),
    # a ministry: an acting office holder
    ("Today, Acting Minister of Health Ann Duke opened the new clinic in the capital.", "Today",
     "Ann Duke opens new clinic in capital"),
    # sport: a federation's office, the name too long to keep with it
    ("On Friday, Acting President of the National Rowing Federation Ana Ferreira opened the regatta in the harbour.",
     "On Friday", "Ana Ferreira opens regatta in harbour"),
])
def test_office_with_of_before_a_name_gives_the_name(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a body, no person: nothing to take
    ("On Monday, the Bank of England raised its main rate.", "On Monday", "Bank of England raises its main rate"),
])
def test_a_body_named_with_of_stays_whole(sentence, date, expected):
    assert _title(sentence, date).startswith(expected.split(" raises")[0])


@pytest.mark.parametrize("sentence, date, expected", [
    # sport: a tour's cities
    ("On Monday, the champions visited Leeds, York and Hull to meet young fans.", "On Monday",
     "Champions visit Leeds, York and Hull to meet young fans"),
    # government: a minister's trip, the region after the list left out
    ("On Tuesday, the minister traveled to Lyon, Dijon and Nice, France to meet mayors.", "On Tuesday",
     "Minister travels to Lyon, Dijon and Nice"),
    # weather: a warning for listed counties
    ("On Sunday, forecasters issued flood warnings for Kent, Essex and Surrey.", "On Sunday",
     "Forecasters issue flood warnings for Kent, Essex and Surrey"),
])
def test_a_list_of_names_stays_whole(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_list_too_long_is_cut_after_one_of_its_names():
    title = _title("Regulators declared a state of emergency in Louisiana, Alabama and Mississippi on Saturday.",
                   "on Saturday")
    assert title == "Regulators declare state of emergency in Louisiana, Alabama"
    assert len(title) <= MAX_TITLE


@pytest.mark.parametrize("sentence, date, expected", [
    # near miss: a name and its apposition is no list
    ("On Monday, the coach met Smith, the club's owner.", "On Monday", "Coach meets Smith"),
    # near miss: names a verb follows are the subjects of a clause of their own
    ("On Monday, the court heard Smith, and Jones said nothing.", "On Monday", "Court hears Smith"),
    # near miss: the last name goes on with 'of' and a name ('Bank of England officials'): no list of names
    ("On Monday, the coach met Smith, Jones and Bank of England officials.", "On Monday", "Coach meets Smith"),
])
def test_near_misses_are_no_lists(sentence, date, expected):
    assert _title(sentence, date) == expected
