"""An undated present perfect down a report that names no one tells how things stand (round 34, clutter34:
``lede._how_things_stand``, :data:`timeline.lede.NEWS_SENTENCES`)."""

from __future__ import annotations

import pytest

from timeline.extract import sentences
from timeline.lede import NEWS_SENTENCES, undated_events

#: four story sentences of an invented report: the news at its top
TOP = ("The harbour board of Eastport voted late on Monday to close the old timber pier to all traffic. "
       "The vote followed a long debate about the cost of repairs and the future of the waterfront district. "
       "Members of the board spoke for more than three hours before the vote was taken in the evening. "
       "The pier was built in the twenties and served the fishing fleet for most of the last century. ")


def _perfects(text: str) -> list[str]:
    sents = [(s.start, s.end) for s in sentences(text)]
    return [text[u.start : u.end] for u in undated_events(text, sents, [], lede=False) if u.rule == "perfect"]


@pytest.mark.parametrize("sentence", [
    "Along the quay, market stalls have reopened one by one.",
    "Across the valley, the drought has taken a heavy toll on orchards.",
    "Six of the patients have gone home to their families.",
    "The organisers have scrambled to fix late faults in the lighting.",
    "Across the region, small traders have lost their savings.",
])
def test_a_perfect_naming_no_one_down_the_report_is_no_event(sentence):
    assert _perfects(TOP + sentence) == []


@pytest.mark.parametrize("sentence", [
    "The Harbour Guard has reopened the channel to barge traffic.",  # a named doer
    "EPRA has sent two rescue teams to the coast.",  # an acronym
    "In Westhaven, forty workers have fallen ill.",  # a named place
    "The mayor has ordered two hundred homes evacuated.",  # an office holder (as a source: test_lede_reported)
    "He has declared a state of emergency in the county.",  # a pronoun for a doer named before
    "The ferry crews have now resumed the crossings.",  # done just now
])
def test_a_perfect_naming_a_doer_place_or_source_stays_an_event(sentence):
    assert _perfects(TOP + sentence) == [sentence]


def test_the_top_of_the_report_keeps_its_perfects():
    sentence = "Market stalls have reopened along the quay."
    assert _perfects(TOP.split(". ")[0] + ". " + sentence) == [sentence]
    assert NEWS_SENTENCES == 4


def test_a_sentence_opening_with_a_name_the_text_writes_inside_sentences_names_someone():
    top = TOP + "Shares of Tarrow fell after the vote. "
    assert _perfects(top + "Tarrow has recalled its ferries.") == ["Tarrow has recalled its ferries."]
