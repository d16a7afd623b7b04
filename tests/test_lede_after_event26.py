"""A sentence that counts its time from an event it names is no undated report of the page's day (round 26)."""

from __future__ import annotations

import pytest

from timeline.extract import sentences
from timeline.lede import times_from_event, undated_events


def _undated(text: str, *, lede: bool = False) -> list[str]:
    sents = [(s.start, s.end) for s in sentences(text)]
    return [text[u.start : u.end] for u in undated_events(text, sents, [], lede=lede)]


@pytest.mark.parametrize("sentence", [
    "About a month since the vote, the new council has approved its first budget.",
    "It's been ten days since the quake struck, and the aid agencies have reached every village.",
])
def test_a_perfect_of_a_span_since_a_named_event_is_not_dated_by_the_page(sentence):
    assert _undated(sentence) == []


def test_a_lede_timed_from_a_named_event_is_not_dated_by_the_page():
    text = ("NORTHVILLE -- One week after the storm hit the coast, the Northville Harbour Authority reopened the "
            "port to cargo ships.\n\nThe port handles most of the region's grain.\n")
    assert _undated(text, lede=True) == []


@pytest.mark.parametrize("sentence", [
    # near misses: the count is inside the clause, or names no event, or the time is the sentence's own
    "The river crews have cleared the main roads two weeks after the flood.",
    "The new council has approved its first budget, a month after the vote.",
    "The dock union has signed a new contract after two weeks of talks.",
    # a perfect that long after the event is the day's news: how fast it came
    "Two weeks after the flood, the river crews have cleared the main roads of the valley.",
    "Three months into the strike, the dock union has signed a new contract.",
])
def test_a_perfect_with_its_count_later_in_the_sentence_is_still_taken(sentence):
    assert _undated(sentence) == [sentence]


def test_the_lede_of_the_day_stays():
    text = ("NORTHVILLE -- The Northville Harbour Authority reopened the port to cargo ships on the river.\n\n"
            "The port handles most of the region's grain.\n")
    assert _undated(text, lede=True) == [text.split("\n")[0]]


@pytest.mark.parametrize("sentence, expected", [
    ("Two weeks after the flood, the crews had cleared the roads.", "after"),
    ("RIVERTON, Ohio -- Six months after the fire, the mill has reopened.", "after"),
    ("Nearly 10 years since the crash, the families have won their case.", "since"),
    ("It has been a week since the vote.", "since"),
    ("The crews had cleared the roads two weeks after the flood.", ""),
    ("Two new pumps have arrived at the station.", ""),
])
def test_times_from_event(sentence, expected):
    assert times_from_event(sentence, (0, len(sentence))) == expected
