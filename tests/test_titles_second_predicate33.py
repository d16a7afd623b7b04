"""Two acts of one doer in one sentence (round 33): a headline gives both when they fit, and is never cut right
after the second verb.

All sentences are invented.
"""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    return make_title(sentence, analyse(sentence, 0, len(sentence), i, i + len(date)), i, i + len(date))


@pytest.mark.parametrize("sentence, date, expected", [
    ("On Monday, the minister toured the port and met the crew.", "Monday", "Minister tours port and meets crew"),
    ("The minister toured the port on Monday and met the crew.", "Monday", "Minister tours port and meets crew"),
    ("On Monday, the storm toppled trees and knocked out power for thousands of people in Arden.", "Monday",
     "Storm topples trees and knocks out power"),
    ("On Monday, the senator spoke to the governor and repeated my call for aid.", "Monday",
     "Senator speaks to governor and repeats call for aid"),
    ("On Monday, the envoy met the prime minister and announced $20 million in aid.", "Monday",
     "Envoy meets prime minister and announces $20 million in aid"),
])
def test_second_predicate_of_the_same_doer_is_kept(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # near misses: a comment, a perfect, a preposition or an adverb or adjective after the second verb, a clause
    # with its own subject
    ("On Monday, the minister toured the port and said the crew had done well.", "Monday", "Minister tours port"),
    ("On Monday, the minister toured the port and has met the crew.", "Monday", "Minister tours port"),
    ("On Monday, the deputy director toured damage in Arden and met with state and local officials.", "Monday",
     "Deputy director tours damage in Arden"),
    ("On Monday, the coach wished the team good luck and made sure they knew the country was watching.", "Monday",
     "Coach wishes team good luck"),
    ("On Monday, the president abandoned talks and decided not to press for a vote.", "Monday",
     "President abandons talks"),
    ("On Monday, the minister visited the port and the shipyard.", "Monday", "Minister visits port and shipyard"),
])
def test_no_second_act_when_none_is_stated(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_second_predicate_that_does_not_fit_is_left_out_whole():
    title = _title("On Monday, the housing secretary visited public housing developments in the eastern districts "
                   "and toured the ruined beach front.", "Monday")
    assert not title.endswith(("and", "and tours")) and len(title) <= 60
