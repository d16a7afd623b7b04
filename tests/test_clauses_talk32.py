"""Round 32 of issue 14 (clutter on fresh folders, talk32): a text's talk about itself is no event — a witness's
disclaimer of whose views the words give, a plan for the order of the speech, a request to callers after a fronted
phrase. Invented sentences of several domains, with near misses that
must stay events."""

from __future__ import annotations

import pytest

from timeline.clauses import NON_EVENT_KINDS, READER_NOTICE, TEXT_ABOUT_ITSELF, analyse


def _clause(text: str, date: str):
    i = text.index(date)
    return analyse(text, 0, len(text), i, i + len(date), when="past")


@pytest.mark.parametrize("text, date", [
    # a witness's disclaimer (museum board, fisheries agency, school district)
    ("In my testimony today, I am representing the Harbor Museum, and the views that I express are my own.", "today"),
    ("In my prepared remarks this morning, we are speaking on behalf of the fisheries agency alone.", "this morning"),
    ("The views I express today do not necessarily reflect the views of the school board.", "today"),
])
def test_a_text_talking_about_itself_is_no_event(text, date):
    c = _clause(text, date)
    assert c.kind == "framing" and c.reason == TEXT_ABOUT_ITSELF


@pytest.mark.parametrize("text, date", [
    ("I would like to begin my remarks this afternoon by outlining the review of the orchard program.",
     "this afternoon"),  # farming
    ("We want to start this morning by summarizing what the survey crews found.", "this morning"),  # geology
])
def test_a_plan_for_the_order_of_the_speech_is_no_event(text, date):
    assert _clause(text, date).kind in NON_EVENT_KINDS


def test_a_request_to_callers_after_a_fronted_phrase_is_a_notice():
    text = "During the questions on today's briefing, please press star two to join the line."  # a utility's call
    c = _clause(text, "today")
    assert c.kind == "framing" and c.reason == READER_NOTICE


@pytest.mark.parametrize("text, date", [
    # a performative and a witness's act stay events
    ("In my remarks today, I am announcing a new review of the orchard program.", "today"),
    ("The director testified before the council today on the failures of the dam.", "today"),
    # a page's pointer to a text dates the occasion of that text, which happened (a statement, a session, a letter)
    ("Here is the opening of the coach's statement today on the league's new schedule.", "today"),
    ("Here is the letter the mayor sent to the council on Monday:", "Monday"),
    # a fronted phrase with no request, a parenthetical 'please note', views as a subject
    ("During the storm on Monday, the levee broke near the mill.", "Monday"),
    ("In 2009, please note, the harbor rules changed.", "2009"),
    ("The views of the board changed on Monday after the vote on the levy.", "Monday"),
    # a speaker who begins an act, not the speech
    ("We began the evacuation this morning by moving the patients of the east wing.", "this morning"),
])
def test_near_misses_stay_events(text, date):
    assert _clause(text, date).kind not in NON_EVENT_KINDS
