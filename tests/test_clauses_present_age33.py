"""Round 33 of issue 14 (clutter on fresh folders, clutter33): *today's* before a noun of the present age or
condition (*today's world*, *today's global economy*) means *nowadays*, not the day of an event. Invented sentences
of several domains, with near misses that must keep their day."""

from __future__ import annotations

import pytest

from timeline.clauses import PRESENT_AGE, analyse


def _clause(text: str, date: str):
    i = text.index(date)
    return analyse(text, 0, len(text), i, i + len(date), when="")


@pytest.mark.parametrize("text", [
    "Ports and warehouses matter more than ever in today's economy.",  # trade
    "The bishop urged believers to keep their faith in today's world, with all its noise.",  # religion
    "Farmers must compete in today’s global marketplace with fewer hands.",  # farming
    "Coaches say today's young people are harder to keep on the team.",  # sport
    "The museum wants its collection to speak to today's society and its questions.",  # culture
    "Nurses in today's fast-paced workplace face longer shifts than ever.",  # health
])
def test_today_as_nowadays_is_no_event(text):
    c = _clause(text, "today")
    assert c.kind == "reference" and c.reason == PRESENT_AGE


@pytest.mark.parametrize("text", [
    # a noun of an act or a meeting keeps the day
    "At today's hearing, the chief executive apologised to the families.",
    "Today's announcement follows a week of talks with the union.",
    "The minister issued a statement on today’s global malware attack.",
    # a compound naming an event
    "Critics praised the film after today's world premiere in Cannes.",
    # a name in capitals: a newspaper, an event
    "The senator cited a report in today's New York Times that found more complaints.",
    "Fans gathered for today's World Cup draw in the capital.",
    # the day itself, no possessive
    "The court ruled today that the world body must pay the costs.",
])
def test_near_misses_keep_their_day(text):
    c = _clause(text, "today" if "today" in text else "Today")
    assert c.reason != PRESENT_AGE
