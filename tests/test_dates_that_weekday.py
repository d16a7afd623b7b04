""""that Tuesday" refers back to a day the text gave: that day when it is such a weekday, else no day (not the
Tuesday of the publication week). Near-misses: "said that Tuesday ..." (a clause opens), a weekday without "that".

Invented sentences from weather, sport, courts and business.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

DCT = dt.date(2011, 5, 3)  # a Tuesday


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, relative_to=DCT)]


@pytest.mark.parametrize("text, surface, value", [
    # weather, sport: the day just given
    ("The storm hit on Tuesday, Aug. 29, 2017. That Tuesday the levee broke.", "That Tuesday", "2017-08-29"),
    ("The derby was played on Sunday, March 6, 2011. Fans still remember that Sunday.", "that Sunday",
     "2011-03-06"),
    # courts, business: no such day given before, so no day
    ("Many jurors never forgot that Friday, a lawyer wrote.", "that Friday", "XXXX-WXX-5"),
    ("The founders still remember that Monday when the shares collapsed.", "that Monday", "XXXX-WXX-1"),
])
def test_that_weekday_refers_back(text, surface, value):
    assert (surface, value) in _pairs(text)


@pytest.mark.parametrize("text", [
    "Officials said that Friday was the deadline for bids.",  # "that" opens the clause: the weekday alone
    "The court will rule on Friday.",
])
def test_that_weekday_near_misses(text):
    pairs = _pairs(text)
    assert [t for t, v in pairs] == ["Friday"]
    assert pairs[0][1].startswith("2011-")
