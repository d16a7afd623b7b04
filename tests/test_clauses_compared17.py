"""Round 17: a date closing a comparison's noun phrase ('compared to 500 homes counted on May 8', 'unlike the parcel
sent to her in October') is the compared thing's, not the clause's event."""

from __future__ import annotations

import pytest

from timeline.clauses import COMPARED_THING, analyse


def _clause(text: str, date: str, start: int = 0):
    i = text.index(date, start)
    end = text.find(".", i) + 1 or len(text)
    return analyse(text, start, end, i, i + len(date), when="past")


@pytest.mark.parametrize("sentence, date", [
    # weather: a count compared with an earlier count and its participle
    ("On Friday the agency counted nearly 9,000 flooded homes, compared to about 5,000 homes reported on May 8.",
     "May 8"),
    # courts: 'unlike' an earlier filing, the clause's event undated
    ("Unlike the motion filed by the defence in October, this one names the judge.", "October"),
    # sport: a value compared with an earlier value
    ("The team scored 40 points, compared with 32 on Friday.", "Friday"),
    # business: 'up from' an earlier figure and its participle
    ("Sales rose to 900 units, up from 400 units sold in March.", "March"),
])
def test_a_compared_things_date_is_a_reference(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "reference" and c.reason == COMPARED_THING


def test_inside_a_longer_text_the_comparison_still_opens_after_the_previous_sentence():
    """The phrase's opening word follows a space the sentence does not hold (the search starts at the sentence)."""
    text = "The parcel reached the lab on Monday. Unlike the parcel sent to her in October, this one tested negative."
    c = _clause(text, "October", start=text.index("Unlike"))
    assert c.reason == COMPARED_THING


@pytest.mark.parametrize("sentence, date", [
    ("Unlike the club, which signed him in May, the league waited.", "May"),  # across a comma: a clause of its own
    ("Sales were flat compared with what they were in March.", "March"),  # a clause inside the comparison
    ("The probe compared the samples on Monday.", "Monday"),  # 'compared' as the clause's own verb (science)
    ("The storm, unlike any other, hit the coast on Sunday.", "Sunday"),  # the comparison closes before the verb
    ("The climbers came down from the summit on Tuesday.", "Tuesday"),  # a motion 'down from', no comparison
    ("The storm moved up from the Gulf on Monday.", "Monday"),  # weather: a motion 'up from'
])
def test_a_comparison_near_miss_keeps_its_event(sentence, date):
    assert _clause(sentence, date).reason != COMPARED_THING
