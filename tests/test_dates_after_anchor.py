""""N days after X" in a past sentence counts from X's day; when the sentence it is counted from gives a day that
makes the result fall after the publication date, that sentence is about something else (a later day that names
the same place or firm): the amount alone is kept, as when no anchor is found.

Invented sentences from weather, science, sport and business, with near-misses.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

TUE = dt.date(2011, 5, 10)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, relative_to=TUE)]


@pytest.mark.parametrize("sentence, surface, value", [
    # weather: Monday's flooding is not the storm's day
    ("Flooding swept Riverton on Monday. Only eight days after a storm battered Riverton, the levee failed.",
     "eight days", "P8D"),
    # science: Monday's news about the probe is not its launch
    ("Orbis sent its first images on Monday. Only nine days after a rocket carried Orbis, its antenna failed.",
     "nine days", "P9D"),
    # sport: Monday's crowd is not the fire's day
    ("Fans packed Maple Park on Monday. Only nine days after a fire gutted Maple Park, the stadium reopened.",
     "nine days", "P9D"),
])
def test_past_offset_after_publication_keeps_the_amount(sentence, surface, value):
    pairs = _pairs(sentence)
    assert (surface, value) in pairs
    assert not [v for t, v in pairs if v > TUE.isoformat() and v[:1].isdigit()]


@pytest.mark.parametrize("sentence, surface, value", [
    # near-misses: the day counted from is X's own and the result is before publication (weather, business)
    ("The storm battered Riverton on May 1. Eight days after the storm battered Riverton, the levee failed.",
     "Eight days after", "2011-05-09"),
    ("Acme filed for bankruptcy on April 20. Ten days after Acme filed for bankruptcy, its chief quit.",
     "Ten days after", "2011-04-30"),
])
def test_past_offset_before_publication_is_counted(sentence, surface, value):
    assert (surface, value) in _pairs(sentence)
