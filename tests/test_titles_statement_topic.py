"""A release's 'X issued the following statement on Y' is titled 'X issues statement on Y'; when that cuts at least
three more words of Y than the headline form 'X on Y' does, the title is 'X on Y' (with the shorter forms of the
speaker's name and of Y that other titles use: surname, no hyphened modifier)."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import MAX_TITLE, make_title


def _lead_title(sentence: str) -> str:
    clause = analyse(sentence, 0, len(sentence), 0, 0)
    return make_title(sentence, clause, 0, 0)


@pytest.mark.parametrize("sentence, expected", [
    # farm policy: 'regarding' a long package
    ("U.S. Senator Ann Lee (R-TX) released the following statement regarding the $81 billion farm aid "
     "supplemental package:", "Ann Lee on $81 billion farm aid supplemental package"),
    # sport: a decision with its infinitive
    ("Senator Ann Lee released the following statement on the league's decision to move the final to a stadium "
     "in Qatar.", "Lee on league's decision to move final to stadium in Qatar"),
    # disasters: an anniversary, its hyphened modifier left out to fit
    ("Today, Rep. Jo Ray (D-MI) issued the following statements on this week's ten-year anniversary of the Leeds "
     "bridge collapse:", "Jo Ray on this week's anniversary of Leeds bridge collapse"),
])
def test_a_long_statement_topic_is_kept_in_headline_form(sentence, expected):
    title = _lead_title(sentence)
    assert title == expected
    assert len(title) <= MAX_TITLE


@pytest.mark.parametrize("sentence, expected", [
    # near miss: the topic fits whole, the statement stays
    ("Senator Ann Lee released the following statement on the ruling.", "Senator Lee issues statement on ruling"),
    # near miss: a statement on nothing named
    ("Senator Ann Lee released the following statement today.", "Senator Lee releases statement"),
])
def test_a_statement_whose_topic_fits_stays_a_statement(sentence, expected):
    assert _lead_title(sentence) == expected


def _dated_title(sentence: str, date: str) -> str:
    start = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), start, start + len(date))
    return make_title(sentence, clause, start, start + len(date))


@pytest.mark.parametrize("sentence, date, expected", [
    # trade: a statement calling for something is the call
    ("Senator Jane Roe issued the following statement on Tuesday calling for a temporary ban on imports from "
     "Tarnland.", "Tuesday", "Senator Roe calls for temporary ban on imports from Tarnland"),
    # a port: urging, the date before the statement
    ("On May 3, Congressman Bo Lee released a statement urging the harbor board to resign over the spill.", "May 3",
     "Congressman Lee urges harbor board to resign over spill"),
    # travel: 'saying' is what was said, in the headline present
    ("The port authority released a statement Wednesday saying ferry schedules would be back to normal by Friday.",
     "Wednesday", "Port authority says ferry schedules will be back to normal"),
])
def test_a_statement_stating_a_speech_act_is_titled_with_the_act(sentence, date, expected):
    assert _dated_title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # 'regarding', 'following' are no speech act: the statement keeps its topic
    ("Governor Ann Poe issued the following statement today regarding the closure of the mill:", "today",
     "Governor Poe issues statement on closure of mill"),
    # words between the statement and the '-ing' form that are not its date: no act of the statement
    ("The club released a statement after fans calling for a boycott gathered outside.", "",
     None),
])
def test_a_statement_without_a_speech_act_keeps_its_title(sentence, date, expected):
    if expected is None:
        clause = analyse(sentence, 0, len(sentence), 0, 0)
        assert "calls for boycott" not in make_title(sentence, clause, 0, 0)
    else:
        assert _dated_title(sentence, date) == expected
