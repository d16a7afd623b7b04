"""Below its lede, an undated present perfect that a source reports, or that a word of contrast opens, is no event of
the page's day (round 36, perfect36: ``lede._reported_below_lede``, ``lede._CONTRAST_OPENING``)."""

from __future__ import annotations

import pytest

from timeline.extract import sentences
from timeline.lede import undated_events

#: two story sentences of an invented report: its lede and the sentence after it
TOP = ("The harbour board of Eastport voted late on Monday to close the old timber pier to all traffic. "
       "The vote followed a long debate about the cost of repairs and the future of the waterfront district. ")


def _perfects(text: str) -> list[str]:
    sents = [(s.start, s.end) for s in sentences(text)]
    return [text[u.start : u.end] for u in undated_events(text, sents, [], lede=False) if u.rule == "perfect"]


@pytest.mark.parametrize("sentence", [
    "Mayor Ann Roe said the Tarrow crews have cleared the coastal road.",
    "The Eastport dockers' union says 40 of its members have been arrested.",
    "In a short statement, Governor Pell said the Norvia victims have received a measure of justice.",
    "Harbour master Jon Vale added that the Eastport Guard has fully mobilized its boats.",
    "Local officials told reporters the Tarrow relief convoy has reached the coast.",
    "Local media report the Eastport harbour chief has stepped down.",
    "The WHO says the Norvia outbreak has been brought under control.",  # an acronym, not 'who'
])
def test_a_perfect_a_source_reports_below_the_lede_is_no_event(sentence):
    assert _perfects(TOP + sentence) == []


@pytest.mark.parametrize("sentence", [
    "However, Eastport critics have dismissed the plan as too costly.",
    "But the Tarrow shipyard has warned of lost orders.",
    "Yet the Eastport council has only offered a small grant to the fishermen.",
    "Nevertheless, the Norvia ferry line has cancelled its evening crossings.",
])
def test_a_perfect_opened_by_a_word_of_contrast_below_the_lede_is_no_event(sentence):
    assert _perfects(TOP + sentence) == []


@pytest.mark.parametrize("sentence", [
    "Mayor Ann Roe said the Tarrow crews have cleared the coastal road.",  # the lede: the report's news
    "However, Eastport critics have dismissed the plan as too costly.",
])
def test_the_lede_keeps_its_perfect(sentence):
    assert _perfects(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    # the source tells its own act: an announcement, the day's news
    "The Eastport dockers' union, which has backed the strike, says it has filed a complaint with the board.",
    "Mayor Ann Roe said she has ordered an inquiry into the collapse.",
    # the perfect before its attribution: the report's own statement of the news
    "The Tarrow crews have cleared the coastal road, Mayor Ann Roe said.",
    # a noun of saying, not a verb: the subject of the perfect
    "The latest report of the Eastport board has been sent to the ministry.",
    # the saying has a clause of its own: the perfect is the sentence's act
    "The Eastport harbour official who warned of the danger has resigned from the board.",
    "The Eastport harbour chief, who told reporters the pier was unsafe, has resigned from the board.",
    "In states like Norvia and Tarrow, the Eastport firm has opened new offices.",  # a noun, not 'states that'
    # no source, no contrast: a named doer's act
    "The Eastport Harbour Guard has reopened the port to fishing boats.",
    "Butte County has opened a shelter for the families.",
    "Still water has flooded the Eastport dock.",
])
def test_near_misses_keep_their_perfect(sentence):
    assert _perfects(TOP + sentence) == [sentence]
