"""Titles of a directive verb keep what was asked, not only whom it was asked of (round 33, addressee33)."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import MAX_TITLE, make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), i, i + len(date), when="past")
    return make_title(sentence, clause, i, i + len(date))


@pytest.mark.parametrize("sentence, date, expected", [
    # the addressee's modifiers go before the act does
    ("On Monday the Foreign Office of the Kingdom advised British citizens living abroad to leave the coastal "
     "provinces of Norland.", "Monday", "Foreign Office advises citizens to leave coastal provinces"),
    # a title cut inside the addressee ('urges local bus') keeps the act with the addressee's head
    ("On Monday the regional transport minister, Mr. Poe, urged local bus and rail operators to cut fares for "
     "pensioners and students.", "Monday", "Regional transport minister urges operators to cut fares"),
    # the act ends where another clause opens ('so an early election …')
    ("On Monday Prime Minister Ashworth asked the King to dissolve Parliament so an early election could be held.",
     "Monday", "Ashworth asks King to dissolve Parliament"),
    # too long whole: the act without its plain adjectives ('unnecessary foreign')
    ("On Monday the Norland health ministry advised Ruritanian citizens to avoid unnecessary foreign travel until "
     "April.", "Monday", "Health ministry advises Ruritanian citizens to avoid travel"),
])
def test_directive_keeps_act(sentence, date, expected):
    title = _title(sentence, date)
    assert title == expected and len(title) <= MAX_TITLE


@pytest.mark.parametrize("sentence, date, expected", [
    # an object with an infinitive of purpose is no addressee: the title is as before
    ("On June 2, the firm hired outside lawyers from three separate Marlow law firms to review the accounting "
     "records.", "June 2", "Firm hires outside lawyers"),
    ("On June 2, the town council ordered twelve new electric buses from a Swedish manufacturer to replace the "
     "diesel fleet.", "June 2", "Town council orders twelve new electric buses"),
    # the act already in the title: nothing to add
    ("On March 9 the Foreign Office advised British citizens to avoid all travel to the coastal provinces.",
     "March 9", "Foreign Office advises British citizens to avoid all travel"),
])
def test_near_misses_unchanged(sentence, date, expected):
    assert _title(sentence, date) == expected
