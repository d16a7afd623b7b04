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
