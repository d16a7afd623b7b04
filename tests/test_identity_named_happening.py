"""A happening named by its date (*the explosion of June 2, 2020*) joins the mention whose clause holds that noun on
the same day (*the plant closed in the wake of the explosion*), even when the noun is not among that mention's rarest
words (issue 14, round 15: split events of one day)."""

from __future__ import annotations

import datetime as dt

import pytest

#: the day the invented articles are published (the fixture's default is another day)
PUBLISHED = dt.date(2022, 5, 9)


@pytest.mark.parametrize("named, holder", [
    # weather: a flood in a valley
    ("Certainly the flood of October 9, 2021 comes to mind in terms of the damage done to the valley.",
     "On October 9, 2021, the council met in the wake of the severe flood at the Dorne valley, "
     "the Pentwick farms and the Orlan bridge."),
    # sport: a riot at a cup final
    ("Certainly the riot of March 4, 2019 comes to mind in terms of the damage done to the stadium.",
     "On March 4, 2019, the league met in the wake of the violent riot at the Corbel Park stadium, "
     "the Wexley ground and the Marrin arena."),
])
def test_a_happening_named_by_its_date_joins_the_clause_holding_it(named, holder, event_ids):
    a, b = event_ids([named, holder], published=PUBLISHED)
    assert a == b


def test_two_clauses_that_merely_hold_the_noun_of_a_happening_stay_apart(event_ids):
    # weather and business: two things done on one day after a flood, neither naming the flood alone
    a, b = event_ids(["On October 9, 2021, the council met in the wake of the severe flood at the Dorne valley, "
                      "the Pentwick farms and the Orlan bridge.",
                      "On October 9, 2021, Halvard Foods sold its bakery unit to Brightline, citing the cost of "
                      "the severe flood."], published=PUBLISHED)
    assert a != b
