"""A feeling stated at the time of speaking is no event (round 28)."""

from __future__ import annotations

import pytest

from timeline.clauses import FEELING_STATED, analyse


def _clause(sentence: str, date: str = "", when: str = "past"):
    i = sentence.index(date) if date else 0
    return analyse(sentence, 0, len(sentence), i, i + len(date), when=when)


@pytest.mark.parametrize("sentence, date", [
    ("A close-knit fishing village has been shaken, and two sailors have died.", ""),
    ("The growers have been devastated;", ""),
    ("The harbour master says the loss of the trawler has touched a chord with the whole coast.", ""),
    ("A string of ledger frauds have shaken the confidence of small savers.", ""),
    ("Tonight my heart aches for the valley.", "Tonight"),
    ("The orchard towns are saddened this morning.", "this morning"),
])
def test_a_feeling_stated_is_a_state(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "state" and c.reason == FEELING_STATED


@pytest.mark.parametrize("sentence, date", [
    # a happening that shakes, an agent, a past, a day named, another verb
    ("The coast has been shaken by a strong aftershock.", ""),
    ("The earthquake has shaken buildings across the valley.", ""),
    ("The blast shook the orchard towns on Friday.", "Friday"),
    ("The growers were devastated on May 3 when the frost came.", "May 3"),
    ("The harbour board has closed the ferry pier.", ""),
])
def test_happenings_and_other_acts_stay(sentence, date):
    assert _clause(sentence, date).reason != FEELING_STATED


def test_a_speakers_grief_today_is_framing():
    sentence = "To the growers of the valley, I deeply grieve with you today."
    assert _clause(sentence, "today").kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("Today we honor the ferry crews who served the island.", "Today"),
    ("Each of the keepers we honor today showed great patience.", "today"),
])
def test_a_tribute_in_the_plain_present_today_is_framing(sentence, date):
    assert _clause(sentence, date).kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("It is their patience that we honor today.", "today"),  # a cleft: what the occasion is
    ("Today we recognize that the vote was close.", "Today"),  # a concession
    ("Today the harbour board honored the ferry crews.", "Today"),  # the narrator's act
])
def test_clefts_concessions_and_told_tributes_stay(sentence, date):
    assert _clause(sentence, date).kind != "framing"


@pytest.mark.parametrize("sentence", [
    "The survey probe has touched down on the comet.",  # a particle: another verb
    "The tainted cheese has sickened forty diners.",  # harm to the body
])
def test_particles_and_harm_stay_events(sentence):
    assert _clause(sentence).reason != FEELING_STATED
