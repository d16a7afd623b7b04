"""Numbers in a year's slot that are no year, and years the context misread: a four-digit clock time after a day and
month ('3 March 0600 UTC'), a full date printed in capitals ('SEPTEMBER 5, 2007' is a day, not the year 2007), a
date whose year is shared across a short aside ('May 2 (left) and May 9, 2001'), and 'N days after X' set after a
date (it tells that date again, it is not counted from another sentence naming X)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

PUBLISHED = dt.date(2019, 11, 20)


def _values(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.value) for m in find_dates(text, relative_to=published)]


# ---------------------------------------------------------------- four-digit clock times in a year's slot

@pytest.mark.parametrize("text, span, value", [
    ("The ferry's engine failed at 3 March 0600 UTC off the cape.", "3 March 0600 UTC", "2019-03-03T06:00"),
    ("The warning was lifted on March 3, 1500 GMT, the agency said.", "March 3, 1500 GMT", "2019-03-03T15:00"),
    ("Rain totals were revised for 14 October 1200Z in the table.", "14 October 1200Z", "2019-10-14T12:00"),
])
def test_a_clock_time_with_its_zone_after_a_day_is_no_year(text, span, value):
    assert (span, "TIME", value) in _values(text)
    assert not any(v.startswith(("06", "15", "12")) for _, _, v in _values(text))


def test_a_clock_time_coordinated_with_a_zoned_one_after_a_day_is_no_year():
    got = _values("Gusts were revised at 14 October 0600 and 1800 UTC in the report.")
    assert got == [("14 October 0600", "TIME", "2019-10-14T06:00"), ("1800 UTC", "TIME", "2019-10-14T18:00")]


def test_coordinated_clock_times_share_the_day_after_the_last():
    got = _values("The ward was closed between 0900 and 1700 UTC on Monday.")
    assert ("0900", "TIME", "2019-11-18T09:00") in got
    assert ("1700 UTC", "TIME", "2019-11-18T17:00") in got


@pytest.mark.parametrize("text, span, value", [
    ("At 2100 hours local time the ferry left the harbour.", "2100 hours local time", "2019-11-20T21:00"),
    ("The convoy moved out at 0430 hours on Monday.", "0430 hours", "2019-11-18T04:30"),
])
def test_military_hours_are_clock_times(text, span, value):
    assert (span, "TIME", value) in _values(text)


@pytest.mark.parametrize("text, span, value", [
    ("The mill burned on 3 March 1800 and was rebuilt.", "3 March 1800", "1800-03-03"),  # no zone: a year
    ("The archive is current as of June 4, 2019 UTC, the site says.", "June 4, 2019", "2019-06-04"),  # a stamp
    ("The storm struck on 3 March 1900 UTC, the old log says.", "3 March 1900", "1900-03-03"),  # year-like: a year
])
def test_a_year_beside_a_zone_or_alone_stays_a_year(text, span, value):
    assert (span, "DATE", value) in _values(text)


@pytest.mark.parametrize("text", [
    "The army sent 1800 troops to the valley on 3 March.",
    "Volunteers logged 2100 hours of service at the shelter.",
])
def test_counts_are_neither_years_nor_clock_times(text):
    assert not [v for _, typ, v in _values(text) if typ in ("DATE", "TIME") and v[:4] in ("1800", "2100")]
    assert not [t for t, typ, _ in _values(text) if typ == "TIME"]


def test_coordinated_years_stay_years():
    got = _values("The club won the cup in 2000 and 2001, then sold its ground.")
    assert ("2000", "DATE", "2000") in got and ("2001", "DATE", "2001") in got


# ---------------------------------------------------------------- full dates in capitals

@pytest.mark.parametrize("text, span, value", [
    ("RIVERTON – SEPTEMBER 5, 2007 – The council approved the budget.", "SEPTEMBER 5, 2007", "2007-09-05"),
    ("HEARING HELD THURSDAY, MAY 24, 2018", "THURSDAY, MAY 24, 2018", "2018-05-24"),
    ("Filed on 14 OCTOBER 2010 with the clerk.", "14 OCTOBER 2010", "2010-10-14"),
    ("THE FLOOD OF AUG. 3, 2016, AND ITS COST", "AUG. 3, 2016", "2016-08-03"),
])
def test_a_full_date_in_capitals_is_a_day(text, span, value):
    assert (span, "DATE", value) in _values(text)


@pytest.mark.parametrize("text", [
    "ACME MAY 5 PERCENT OF ITS STAFF GO",  # a verb and a number, no year
    "THE BOARD MAY VETO THE PLAN IN 2009",
])
def test_a_month_in_capitals_without_a_full_date_is_no_day(text):
    assert not [v for _, _, v in _values(text) if len(v) == 10]


# ---------------------------------------------------------------- the year of coordinated dates across an aside

def test_an_aside_in_parentheses_does_not_keep_a_date_from_the_year_after_it():
    got = _values("Photos of the dam on May 2 (left) and May 9, 2001 (right) show the breach.", dt.date(2003, 6, 1))
    assert ("May 2", "DATE", "2001-05-02") in got


def test_an_aside_with_a_number_does_not_join_dates():
    got = _values("The fund paid on May 2 (first of 3) and May 9, 2001, its report says.", dt.date(2003, 6, 1))
    assert ("May 2", "DATE", "2003-05-02") in got


# ---------------------------------------------------------------- 'N days after X' set after a date

def test_an_amount_after_x_set_after_a_date_is_no_other_date():
    text = ("River Tam Flood Report, June 2005\n\n"
            "Aerial photo of the valley on May 9, 2001, two days after the flood of the River Tam (bottom).")
    got = _values(text, dt.date(2005, 7, 1))
    assert ("two days", "DURATION", "P2D") in got
    assert [t for t, _, v in got if v.startswith("2005-06")] == ["June 2005"]  # the report's own date only


def test_an_amount_after_x_in_its_own_clause_is_still_counted_from_x():
    text = "The River Tam flooded on May 7, 2001. Two days after the flood of the River Tam, the valley was cleared."
    got = _values(text, dt.date(2005, 7, 1))
    assert ("Two days after", "DATE", "2001-05-09") in got
