"""A month name as the adjective of a generic noun phrase names no date: "a crisp October morning", "on a
warm June day", "hazy August evenings". Near-misses: "that September morning" with a year in context, "the
September 11 attacks", "a September meeting", "in September".

Invented sentences from weather, sport, science and business.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

DCT = dt.date(2011, 5, 3)


@pytest.mark.parametrize("sentence", [
    "The marathon started on a crisp October morning.",
    "It was a warm June day when the rover landed.",
    "On one cold January morning the pipes at the plant froze.",
    "Hikers love the crisp October evenings in the hills.",
    "The comet crossed a clear August sky.",
])
def test_generic_month_is_no_date(sentence):
    assert find_dates(sentence, relative_to=DCT) == []


@pytest.mark.parametrize("sentence, surface, value", [
    ("In 2001 the league expanded. That September morning the first game was played.", "That September", "2001-09"),
    ("Markets fell after the September 11 attacks.", "September 11", "2001-09-11"),
    ("The board will approve the merger at a September meeting.", "September", "2011-09"),
    ("The rain began in September and flooded the fields.", "September", "2010-09"),
])
def test_month_near_misses_keep_their_date(sentence, surface, value):
    assert (surface, value) in [(m.text, m.value) for m in find_dates(sentence, relative_to=DCT)]
