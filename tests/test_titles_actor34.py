"""The actor side of titles (round 34): the office a headline keeps with a name across a party label, an apposition
or a time word before the verb ('Senator Roe urges …'), two persons named each with an office who act together
('Roe and Lee call …'), and surnames that open with 'Mc'. Invented sentences only, with near misses."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import MAX_TITLE, make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), i, i + len(date), when="past")
    return make_title(sentence, clause, i, i + len(date))


@pytest.mark.parametrize("sentence, date, expected", [
    ("U.S. Senator Ann Brandvold (D-Ore.) today praised the regional ferry industry for its new safety drills.",
     "today", "Senator Brandvold praises regional ferry industry"),
    ("Governor Ted Alvarez on Monday signed an emergency order suspending the fuel tax.", "Monday",
     "Governor Alvarez signs emergency order suspending fuel tax"),
    ("Rep. Ann Roe (D-Ore.), the panel's chairwoman, today wrote to the agency asking for a review.", "today",
     "Rep. Roe writes to agency asking for review"),
    ("House Majority Leader Kevin McCarthy on Monday called on the director to resign.", "Monday",
     "House Majority Leader McCarthy calls on director to resign"),
])
def test_the_office_before_a_name_is_kept_across_what_stands_before_the_verb(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Ann Roe (D-Ore.) today praised the regional ferry industry for its new safety drills.", "today",
     "Ann Roe praises regional ferry industry"),  # no office written: none added
    ("Former Mayor Ann Tolliver said Thursday that the levee would hold.", "Thursday",
     "Ann Tolliver says levee will hold"),  # an office held no more
])
def test_no_office_when_none_is_held(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Senator Ann Roe (D-Ore.) and Senator Tom Lee (R-Tex.) today called for a temporary ban on the imports.",
     "today", "Ann Roe and Tom Lee call for temporary ban on imports"),
    ("Congresswoman Ann Roe (D-Ore.) and Congressman Tom Lee (R-Tex.) today introduced the SAFE Harbor Act.",
     "today", "Ann Roe and Tom Lee introduce SAFE Harbor Act"),
    ("Secretary of Trade Ann Roe and General Tom Lee briefed reporters on Monday at the Pentagon.", "Monday",
     "Ann Roe and Tom Lee brief reporters at Pentagon"),
    ("Health Minister Ann Roe and Trade Minister Tom Lee on Monday signed the accord.", "Monday",
     "Ann Roe and Tom Lee sign accord"),
])
def test_two_persons_named_with_offices_act_together(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Acme Corp. and Senator Tom Lee on Monday announced a new plant.", "Monday",
     "Tom Lee announces new plant"),  # a firm is no partner of the person
    ("The President and Homeland Security Secretary Ann Tolliver have received multiple briefings on the storm on "
     "Monday.", "on Monday", "Ann Tolliver receives multiple briefings on storm"),  # no 'The President and'
    ("Rep. Annabelle M. Tolliverson (D-NY) and Rep. Bartholomew G. Thompson (D-MS) today visited the Government "
     "Accountability Office.", "today", "Thompson visits Government Accountability Office"),  # the pair leaves no
    # room for what was done: the second person, whose verb it is
])
def test_near_misses_of_two_persons(sentence, date, expected):
    title = _title(sentence, date)
    assert title == expected and len(title) <= MAX_TITLE


def test_a_list_of_three_is_not_cut_to_its_last_two():
    title = _title("Senator Ann Roe, Rep. Jim Poe and Senator Tom Lee today called for a temporary ban on the "
                   "imports.", "today")
    assert "Jim Poe and Tom Lee" not in title and "Poe and Lee" not in title
