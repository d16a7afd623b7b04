"""Round 32 of issue 14 (clutter on fresh folders, alt32): a date given as one of alternatives in a clause that
tells no past fixes no day — a wish, an uncertain plan or a list of examples. Invented sentences of several domains,
with near misses that must stay events."""

from __future__ import annotations

import pytest

from timeline.clauses import ALTERNATIVE_DATES, analyse


def _clause(text: str, date: str, nth: int = 0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(date, i + 1)
    return analyse(text, 0, len(text), i, i + len(date), when="")


@pytest.mark.parametrize("text, date", [
    ("The city wants to host the Winter Games in 2030 or 2034.", "2030"),  # sport
    ("The city wants to host the Winter Games in 2030 or 2034.", "2034"),
    ("Growers say the new orchard could open Friday or Saturday, weather permitting.", "Friday"),  # farming
    ("Whether in 1998, 2004 or last year, these floods remind us how weak the levees are.", "2004"),  # floods
    ("The museum hopes to reopen the east wing on May 3 or May 10.", "May 3"),  # culture
])
def test_a_date_among_alternatives_is_no_event(text, date):
    c = _clause(text, date)
    assert c.kind == "reference" and c.reason == ALTERNATIVE_DATES


@pytest.mark.parametrize("text, date", [
    # a past event with an uncertain hour keeps its date
    ("The storm made landfall late Monday or early Tuesday near the harbor.", "Monday"),
    ("The governor has sent troops to the coast ahead of the storm's arrival Friday or Saturday.", "Friday"),
    # one date, and 'or' joining other words
    ("The city will host the Winter Games in 2030, officials or not.", "2030"),
    ("The museum will reopen the east wing on May 3 or sooner if the repairs go well.", "May 3"),
])
def test_near_misses_keep_their_date(text, date):
    c = _clause(text, date)
    assert c.reason != ALTERNATIVE_DATES
