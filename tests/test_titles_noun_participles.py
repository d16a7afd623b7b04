"""A participle that only describes a noun (in an appositive set off by commas, or after an object) is not the
event's verb: the title takes the verb the sentence states."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), i, i + len(date), when="past")
    return make_title(sentence, clause, i, i + len(date))


@pytest.mark.parametrize("sentence, date, expected", [
    # business: the appositive's participle ('based') is no act of the company
    ("The Acme Corp., a maker of industrial pumps based in Ohio, filed for bankruptcy on Monday.", "Monday",
     "Acme Corp. files for bankruptcy"),
    # science / shipping: the name closes one comma phrase and opens the appositive
    ("Today, the research vessel Polar Dawn, an icebreaker operated by the national science agency, left port for "
     "the Antarctic.", "Today", "Polar Dawn leaves port for Antarctic"),
    # sport: the verb after the appositive is read as an adjective ('scored') by the analysis
    ("On Friday, Lena Ortiz, a striker signed from a Spanish club, scored twice against the league leaders.",
     "Friday", "Lena Ortiz scores twice against league leaders"),
])
def test_an_appositive_participle_is_not_the_verb(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Yesterday, the league announced a series of measures related to player safety in stadiums.", "Yesterday",
     "League announces series of measures related to player safety"),
    ("On Tuesday, the court issued a set of rules related to the filing of appeals.", "Tuesday",
     "Court issues set of rules related to filing of appeals"),
])
def test_a_participle_after_an_object_with_of_is_not_the_verb(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # the appositive holds no verb of the clause: unchanged
    ("The trawler Sea Dawn, a fishing vessel owned by a Norwegian company, sank on Tuesday off the coast.", "Tuesday",
     "Sea Dawn sinks off coast"),
    # a comma after the date, not after a noun: no appositive
    ("On Monday, a court in Ohio ruled that the merger could proceed.", "Monday",
     "Court in Ohio rules that merger could proceed"),
    # the appositive holds the date: its act is the dated one
    ("Lena Ortiz, a striker signed on Monday from a Spanish club, is expected to play at the weekend.", "Monday",
     "Striker signs from Spanish club"),
    # 'to' before a verb is an infinitive, not a participle's preposition
    ("Fourteen of the players said on Monday they wanted to retire.", "Monday", "Fourteen of players want to retire"),
    # a saying verb before a bare clause: the noun is the clause's subject
    ("On Monday, officials said the limit needed to rise.", "Monday", "Limit needs to rise"),
])
def test_near_misses_keep_their_titles(sentence, date, expected):
    assert _title(sentence, date) == expected
