"""Round 31 (issue 14, misses on fresh folders): a wire dateline's day dates its paragraph's relative days, and a
tally's noun *vote* (*by a vote of 5 to 2*) is no scheduled present. Invented texts only."""

from __future__ import annotations

import datetime as dt

from timeline.dates import find_dates


def _value(text: str, surface: str, dct: dt.date) -> str:
    return next(m for m in find_dates(text, relative_to=dct) if m.text == surface).value


# --- a dateline with its place before the date: the paragraph's 'today' is the dateline's day ---

def test_a_wire_dateline_of_the_day_before_dates_today():
    text = ("Harbour Service news, index page\n"
            "05/11/2021 : Minister Tours the New Quay\n"
            "HARBORTOWN, May 11, 2021 - The transport minister toured the new quay today and met the dock crews.\n")
    assert _value(text, "today", dt.date(2021, 5, 12)) == "2021-05-11"


def test_a_dateline_with_a_region_after_the_place():
    text = "PORT ELLEN, Islay, May 11, 2021 - The ferry operator cancelled two crossings today because of the gale.\n"
    assert _value(text, "today", dt.date(2021, 5, 12)) == "2021-05-11"


def test_each_entry_of_a_list_counts_from_its_own_dateline():
    text = ("HARBORTOWN, May 12, 2021 - The port authority opened the second berth today.\n"
            "HARBORTOWN, May 11, 2021 - The transport minister toured the new quay today.\n")
    days = [m.value for m in find_dates(text, relative_to=dt.date(2021, 5, 12)) if m.text == "today"]
    assert days == ["2021-05-12", "2021-05-11"]


def test_near_miss_a_dateline_of_the_publication_day_changes_nothing():
    text = "HARBORTOWN, May 12, 2021 - The transport minister toured the new quay today.\n"
    assert _value(text, "today", dt.date(2021, 5, 12)) == "2021-05-12"


def test_near_miss_a_place_not_in_capitals_is_no_dateline():
    """'In Harbortown, May 11, 2021 - …' or a title-case place: a sentence's own words, not a wire dateline."""
    text = "Harbortown, May 11, 2021 - The transport minister toured the new quay today.\n"
    assert _value(text, "today", dt.date(2021, 5, 12)) == "2021-05-12"


def test_near_miss_a_dateline_after_the_publication_day_is_a_stamp():
    text = "HARBORTOWN, May 14, 2021 - The transport minister toured the new quay today.\n"
    assert _value(text, "today", dt.date(2021, 5, 12)) == "2021-05-12"


# --- 'a vote' is the tally of a vote taken, not a vote to come ---

THURSDAY = dt.date(2021, 5, 13)


def test_a_weekday_before_by_a_vote_of_is_past():
    assert _value("The assembly approved the harbour budget Sunday by a vote of 40 to 31.", "Sunday",
                  THURSDAY) == "2021-05-09"


def test_a_weekday_before_a_tally_in_figures_is_past():
    assert _value("The council passed the plan Monday in a 5 to 2 vote.", "Monday", THURSDAY) == "2021-05-10"


def test_near_miss_a_vote_that_will_be_held_is_future():
    assert _value("The council will hold a vote Monday on the harbour plan.", "Monday", THURSDAY) == "2021-05-17"


def test_near_miss_a_scheduled_present_votes_is_future():
    assert _value("The assembly votes Monday on the harbour budget.", "Monday", THURSDAY) == "2021-05-17"


def test_near_miss_a_vote_to_come_still_looks_ahead():
    """'a vote on Feb. 2' names a vote to come (the cue stays); only a tally (*by a vote of*, *a 5-2 vote*) is past."""
    assert _value("The ruling cleared the way for a vote on Monday.", "Monday", THURSDAY) == "2021-05-17"
