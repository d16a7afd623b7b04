"""A verb told as still going on at its date is a situation, not an event (round 26)."""

from __future__ import annotations

import pytest

from timeline.clauses import STILL_GOING, analyse


def _clause(sentence: str, date: str, when: str = "past"):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when=when)


@pytest.mark.parametrize("sentence, date", [
    ("Rescue crews were still struggling on Tuesday afternoon to reach the upper valley.", "Tuesday afternoon"),
    ("On Monday, 40,000 homes in the county still lacked running water.", "Monday"),
    ("Ten years after the spill, in 2031, the marsh birds are still poorly protected.", "2031"),
    ("The rail operators were still having trouble with their ticket machines on Friday.", "Friday"),
])
def test_a_verb_still_going_on_is_a_state(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "state" and c.reason == STILL_GOING


@pytest.mark.parametrize("sentence, date", [
    # a concessive 'still' before an act; 'still' in another clause; the saying is what the date dates
    ("Despite the protests, the council still approved the harbour plan on Monday.", "Monday"),
    ("Three hikers died and two are still missing after the avalanche struck on Friday.", "Friday"),
    ("The mayor, in an interview on Sunday, said the town is still waiting for the grant.", "Sunday"),
    ("The agency was quoted Monday saying 300 homes are lost and that 40 still are missing.", "Monday"),
    ("Farmers, who at that time were still reeling from the May 2 floods, were hit again.", "May 2"),
    ("The rescue crews reached the upper valley on Tuesday afternoon.", "Tuesday afternoon"),
    # the date ends a phrase naming a past happening: it is that happening's day, not the waiting's
    ("The families are still waiting for news after the ferry fire on Sunday.", "Sunday"),
    ("Residents were still without power since the ice storm of January 4.", "January 4"),
])
def test_an_act_or_another_clause_s_still_stays_an_event(sentence, date):
    assert _clause(sentence, date).reason != STILL_GOING
