"""Titles of clauses whose subject carries a relative clause set off by commas ('…, who faces a ban, …'), and cuts of
a long title before a place phrase after a name ('… Research | in Northern Chile')."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), i, i + len(date))
    return make_title(sentence, clause, i, i + len(date))


@pytest.mark.parametrize("sentence, date, expected", [
    # sport: the relative clause's present ('faces') was the title, then the name in it ('Spain ended')
    ("The striker, who faces a ban in Spain, broke his silence Monday, accusing the league of bias.", "Monday",
     "Striker breaks silence"),
    ("The striker, who faces a ban in Spain, ended his silence Monday, accusing the league of bias.", "Monday",
     "Striker ends silence"),
    # labour, with the date fronted: the relative clause's future was the title
    ("Last week, the two unions, which will continue to represent the nurses, signed the new contract.",
     "Last week", "Two unions sign new contract"),
    # science
    ("On Monday, the institute, which employs 300 scientists, will open a new laboratory in Basel.", "On Monday",
     "Institute to open new laboratory in Basel"),
])
def test_a_relative_aside_before_the_verb_is_not_the_event(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # the relative clause holds the date: it is the event
    ("Officials said Tuesday the driver, who died Monday, was 42.", "Monday", "Driver dies"),
    ("The striker, who scored twice on Monday, was named player of the week.", "Monday", "Striker scores twice"),
    # a relative clause in the object, after the verb
    ("The club signed the striker, who joined from Leeds, on Monday.", "Monday", "Club signs striker"),
    # already read right
    ("The 45-year-old, who leads the club, resigned on Monday.", "Monday", "45-year-old resigns"),
])
def test_a_relative_aside_near_misses(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # science, fisheries: a title too long is cut before the place after a name ('… Research | in Northern Chile')
    ("The new telescope was opened on Monday by the Institute of Space Research in Northern Chile after ten years "
     "of work.", "Monday", "New telescope opened by Institute of Space Research"),
    ("The deal was approved on Friday by the Council of Fisheries Ministers in the European Union after long talks.",
     "Friday", "Deal approved by Council of Fisheries Ministers"),
    # near-misses: 'for' and 'of' inside a name are still never cut
    ("On Friday, Russia signed up to the Partnership for Peace program in Brussels after months of talks with the "
     "alliance.", "On Friday", "Russia signs up to Partnership for Peace program in Brussels"),
    ("The loan was approved on Friday by the Bank of England Monetary Policy Committee after a long meeting.",
     "Friday", "Loan approved by Bank of England Monetary Policy Committee"),
])
def test_a_long_title_is_cut_before_a_place_after_a_name(sentence, date, expected):
    assert _title(sentence, date) == expected
