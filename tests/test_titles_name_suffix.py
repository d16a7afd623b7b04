"""A degree after a name's comma (', M.D.', ', Ph.D.'), and a suffix (', Jr.', ', Sr.', ', III') before an aside set off
by commas, is no name of its own: the actor is the name before it ('Dan Poe, Jr. (NJ-06), chair of …, demanded' →
'Dan Poe demands …'; 'Ann Roe, M.D. (TN-04) issued …' → not 'M.D. issues …'); a suffix with no aside after it stays
with the name (tests/test_titles.py: 'Robert Downey, Jr. sues studio')."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import make_title, title_for


@pytest.mark.parametrize("sentence, date, expected", [
    # congress: a suffix, a district code and an appositive before the verb
    ("Today at a hearing, Congressman Dan Poe, Jr. (NJ-06), Ranking Member of the House Energy Committee, "
     "demanded answers from the carmaker.", "Today", "Congressman Poe demands answers from carmaker"),
    # sport: a suffix and an appositive
    ("On Monday, Carl Ray, Sr., the club's founder, opened the new stadium.", "On Monday",
     "Carl Ray opens new stadium"),
    # medicine: a degree after the name
    ("On Friday, Ann Lee, Ph.D. (D-CA), presented the vaccine trial results to the panel.", "On Friday",
     "Ann Lee presents vaccine trial results to panel"),
])
def test_a_name_suffix_leaves_the_name_as_actor(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


def test_a_release_lead_with_a_degree_names_the_speaker():
    sentence = "Congressman Dan Poe, M.D. (TN-04) issued the following statement calling for new flood barriers."
    clause = analyse(sentence, 0, len(sentence), 0, 0)
    # the statement's speech act titles it (titles._statement_act), with the speaker named past the degree
    assert make_title(sentence, clause, 0, 0) == "Congressman Poe calls for new flood barriers"


@pytest.mark.parametrize("sentence, date, expected", [
    # near miss: a list of names, no suffix
    ("On Monday, Poe, Lee and Ray signed the letter to the league.", "On Monday", "Poe, Lee and Ray sign letter to league"),
    # near miss: a numeral of a name without a comma stays
    ("On Monday, King Charles III opened the new bridge.", "On Monday", "Charles III opens new bridge"),
])
def test_no_suffix_no_change(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected
