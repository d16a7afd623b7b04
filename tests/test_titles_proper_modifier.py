"""When a title does not fit, a common-noun actor may leave out the proper adjective it opens with ('Turkish riot
police' → 'Riot police') so that what was done stays whole; an actor that fits keeps it, and a name is never cut
so. A clock time with its preposition and zone is left out of a title ('to hut (around 9 p.m. GMT)')."""

from __future__ import annotations

import pytest

from timeline.titles import title_for


@pytest.mark.parametrize("sentence, date, expected", [
    # protests, policing
    ("Turkish riot police on Tuesday removed the protesters from Istanbul's Gezi Park.", "on Tuesday",
     "Riot police remove protesters from Istanbul's Gezi Park"),
    # science
    ("Danish marine biologists on Monday returned two rescued whales to the open sea.", "on Monday",
     "Marine biologists return two rescued whales to open sea"),
    # health inspections
    ("Spanish health inspectors on Friday allowed the restaurants to reopen their kitchens.", "on Friday",
     "Health inspectors allow restaurants to reopen kitchens"),
])
def test_a_proper_modifier_gives_way_to_what_was_done(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # near miss: the whole title fits, the modifier stays
    ("Norwegian rescuers on Monday reached the stranded hikers with a helicopter.", "on Monday",
     "Norwegian rescuers reach stranded hikers with helicopter"),
    # near miss: a firm's name is no common noun phrase
    ("Acme Motors on Monday recalled 40,000 trucks with faulty brakes sold across the whole of the northern region.",
     "on Monday", "Acme Motors recalls 40,000 trucks with faulty brakes"),
])
def test_an_actor_that_fits_or_a_name_keeps_its_words(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # mountain rescue
    ("The rescue team carried the last climber to the hut around 9 p.m. GMT on Wednesday.", "on Wednesday",
     "Rescue team carries last climber to hut"),
    # sport
    ("On Friday, the striker scored the winning goal at 9:45 p.m. in extra time.", "On Friday",
     "Striker scores winning goal in extra time"),
])
def test_a_clock_time_is_left_out(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


def test_a_number_that_is_no_clock_time_stays():
    # near miss: a count, not a time
    assert title_for("On Monday, the club sold 9 players to rivals.", "On Monday")[0] == "Club sells 9 players to rivals"
