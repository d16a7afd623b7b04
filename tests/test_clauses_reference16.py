"""The date a comparison is made against is no event (round 16)."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse


def _clause(sentence: str, date: str):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when="past")


@pytest.mark.parametrize("sentence, date", [
    # weather: a record since a year, an initialism's points inside
    ("It was the first such storm to reach the U.K. coast since 1987.", "1987"),
    # sport
    ("The club posted its biggest U.S. tour crowd since 2012.", "2012"),
    # science: a comparative with words between it and 'than'
    ("The river ran in a wider, more even channel than the week before, the agency said.", "the week before"),
    # business: the pronoun and its verb after 'than'
    ("Sales were higher than they were on Monday, traders said.", "Monday"),
])
def test_the_date_a_comparison_is_made_against_is_a_reference(sentence, date):
    assert _clause(sentence, date).kind == "reference"


@pytest.mark.parametrize("sentence, date", [
    ("The U.S. team has trained in Denver since 2019.", "2019"),  # no record: a period since a start
    ("The court ruled no later than Friday, the lawyers said.", "Friday"),  # a deadline
    ("The river grew wider on Monday than anyone expected.", "Monday"),  # the date of the happening itself
])
def test_a_comparison_near_miss_is_no_reference(sentence, date):
    assert _clause(sentence, date).kind != "reference"
