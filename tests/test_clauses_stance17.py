"""Round 17: a present perfect of 'make' with what it makes plain ('has made it clear that …', 'has made no secret
of …') is a stance up to now, not an act of one day."""

from __future__ import annotations

import pytest

from timeline.clauses import STANCE_MADE_PLAIN, analyse


def _at(sentence: str, word: str, date: str = ""):
    i = sentence.index(date or word)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when="past")


@pytest.mark.parametrize("sentence, word", [
    ("The coach has made it abundantly clear that he means to stay at the club.", "has"),  # sport
    ("Tenants have made it plain that only a rent freeze will satisfy them.", "have"),  # business / housing
    ("The space agency has made no secret of its wish to fly the probe again.", "has"),  # science
])
def test_a_stance_made_plain_is_no_event(sentence, word):
    c = _at(sentence, word)
    assert c.kind == "state" and c.reason == STANCE_MADE_PLAIN


@pytest.mark.parametrize("sentence, word, date", [
    ("The judge made it clear on Monday that the trial would go ahead.", "made", "on Monday"),  # a dated past (courts)
    ("The club has made a bid for the striker.", "has", ""),  # another object: an act
    ("We back the tenants, who have made it clear that they want a freeze.", "have", ""),  # a relative clause
    ("The bidder has made known its offer for the club.", "has", ""),  # 'made known': the offer is told
])
def test_a_stance_near_miss_is_left_alone(sentence, word, date):
    assert _at(sentence, word, date).reason != STANCE_MADE_PLAIN
