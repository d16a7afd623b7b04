"""Round 17: a present perfect of harm suffered whose subject is a count of people ('Six hikers have died', 'Nearly
300 residents have been affected') is a toll up to the writing, not an event of one day."""

from __future__ import annotations

import pytest

from timeline.clauses import TOLL_SO_FAR, analyse
from timeline.lede import undated_events


def _at(sentence: str, word: str, date: str = ""):
    i = sentence.index(date or word)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when="past")


@pytest.mark.parametrize("sentence, word", [
    ("Six diners have died after eating at the county fair.", "have"),  # health
    ("Two players have been hurt in training.", "have"),  # sport
    ("Nearly 300 residents have been affected by the outbreak.", "have"),  # science / health
    ("40 pupils have tested positive for the virus.", "have"),  # schools
])
def test_a_count_of_people_harmed_is_a_toll(sentence, word):
    c = _at(sentence, word)
    assert c.kind == "state" and c.reason == TOLL_SO_FAR


@pytest.mark.parametrize("sentence, word, date", [
    ("The striker has been hurt in training.", "has", ""),  # no count: one happening
    ("More than 9,000 residents have been moved to shelters.", "have", ""),  # not a harm suffered
    ("Five people died at the fair on Monday.", "died", "on Monday"),  # a dated past
    ("The storm has killed five people.", "has", ""),  # the count is the object, the subject a happening
])
def test_a_toll_near_miss_is_left_alone(sentence, word, date):
    assert _at(sentence, word, date).reason != TOLL_SO_FAR


def test_the_publication_day_path_skips_a_toll():
    text = "The fair closed its kitchens. Six diners have died after eating there. The owner has resigned."
    one, two = text.index("Six"), text.index("The owner")
    sentences = [(0, one - 1), (one, two - 1), (two, len(text))]
    found = [text[u.start : u.end] for u in undated_events(text, sentences, [], lede=False)]
    assert not any(s.startswith("Six diners") for s in found)
    assert any(s.startswith("The owner") for s in found)
