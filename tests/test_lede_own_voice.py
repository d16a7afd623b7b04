"""A present perfect on a page in its author's own voice is no news of the page's day (round 31, issue 14)."""

from __future__ import annotations

import pytest

from timeline.extract import sentences
from timeline.lede import in_own_voice, undated_events

#: an invented address in its speaker's own words
ADDRESS = ("My fellow citizens, tonight I speak to you about our harbour. We have worked for a year on our plan, and "
           "I am proud of our crews. ")
#: an invented news story in a reporter's words, quoting a speaker's first person
REPORT = ("The harbour board met on the quay at noon to hear the engineers. “We are proud of our crews and we have "
          "worked hard,” the chairwoman said. The board will meet again in the spring. ")


def _undated(text: str) -> list[str]:
    sents = [(s.start, s.end) for s in sentences(text)]
    return [text[u.start : u.end].strip() for u in undated_events(text, sents, [], lede=False)]


def test_first_person_outside_quotation_marks_is_the_authors_voice():
    assert in_own_voice(ADDRESS)
    assert not in_own_voice(REPORT)  # the first person is inside quotation marks: the reporter quotes it
    assert not in_own_voice("The U.S. Navy sent two ships to the strait on Tuesday, officials said in a statement.")


@pytest.mark.parametrize("sentence", [
    "The old regime has deceived the island for the last time.",
    "The ferry company has built a business on cheap fares.",
    "The money for the new pier has run out.",
])
def test_a_third_party_perfect_in_the_speakers_voice_is_no_news_of_the_day(sentence):
    assert _undated(ADDRESS + sentence) == []


@pytest.mark.parametrize("sentence", [
    "The injured pilot has now been transferred to the county hospital.",  # done just now
    "The deputy harbourmaster has just been promoted to captain.",
])
def test_a_perfect_marked_just_done_stays_news_in_any_voice(sentence):
    assert _undated(ADDRESS + sentence) == [sentence]


def test_the_same_perfect_in_a_reporters_story_stays_news():
    sentence = "The harbour board has closed the north quay to traffic."
    assert _undated(REPORT + sentence) == [sentence]


def test_the_opening_sentence_of_a_voiced_page_stays_its_news():
    text = "The harbour office has issued the following statement on the closure of the quay. " + ADDRESS
    assert _undated(text)[:1] == ["The harbour office has issued the following statement on the closure of the quay."]
