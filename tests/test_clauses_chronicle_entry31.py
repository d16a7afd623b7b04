"""Round 31 (issue 14, misses on fresh folders): a chronicle entry's date, set off by a dash or a colon at the start
of its sentence, heads each clause of the entry (*March 3, 2003 - The fleet sailed; the port closed.*). Invented
texts only."""

from __future__ import annotations

import pytest

from timeline.clauses import COORDINATED, coordinated_clauses


def _spans(text: str, *surfaces: str) -> list[tuple[int, int]]:
    return [(text.index(s), text.index(s) + len(s)) for s in surfaces]


@pytest.mark.parametrize("text, date, clause", [
    ("March 3, 2003 - The fleet sailed from the harbour; the port authority closed the inner basin.", "March 3, 2003",
     "the port authority closed the inner basin"),
    ("May 9, 2011 – Rebels shelled the airport; the governor ordered the evacuation of the old town.", "May 9, 2011",
     "the governor ordered the evacuation of the old town"),
    ("June 2, 2019: The council voted the budget, and the mayor signed the decree.", "June 2, 2019",
     "the mayor signed the decree"),
])
def test_a_chronicle_entry_s_date_dates_each_clause(text, date, clause):
    subs = coordinated_clauses(text, 0, len(text), _spans(text, date))
    assert [text[s.body : s.end] for s in subs] == [clause]
    assert [s.same_time for s in subs] == [True] and subs[0].link == COORDINATED


@pytest.mark.parametrize("text, dates", [
    # the date closes the first clause: it dates that clause only
    ("The fleet sailed from the harbour on March 3, 2003; the port authority closed the inner basin.",
     ("March 3, 2003",)),
    # the second clause holds a date of its own
    ("March 3, 2003 - The fleet sailed from the harbour; the port authority closed the basin on March 9.",
     ("March 3, 2003", "March 9")),
    # a clock time after the date is no entry's dash
    ("March 3, 2003 - 18:46 The fleet sailed from the harbour; the port authority closed the inner basin.",
     ("March 3, 2003",)),
])
def test_near_misses_keep_their_own_dates(text, dates):
    """No clause after the first is dated by the first date (it may be left in the quote, or cut on its own date)."""
    subs = coordinated_clauses(text, 0, len(text), _spans(text, *dates))
    assert not any(s.same_time for s in subs)
