"""Subject-verb agreement of headline titles with a capitalised group of people (round 33): a body's members
written as a plural after a capitalised modifier (*Harbour Democrats*, *Assembly Republicans*, *Norland Senators*,
*Eastvalian Canadians*) take a plural verb; a name that ends like a plural (*United States*, *United Nations*,
*Cole Motors*, *Harlow Brothers*, *Red Cross*) keeps a singular one."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), i, i + len(date), when="past")
    return make_title(sentence, clause, i, i + len(date))


@pytest.mark.parametrize("sentence, date, verb", [
    ("Assembly Democrats introduced a harbour levy bill on Tuesday.", "on Tuesday", "introduce"),
    ("Assembly Republicans voted against the harbour levy on Thursday.", "on Thursday", "vote"),
    ("Norland Senators toured the flooded valley on Monday.", "on Monday", "tour"),
    ("Visiting Europeans protested outside the port authority on Friday.", "on Friday", "protest"),
])
def test_capitalised_members_take_a_plural_verb(sentence: str, date: str, verb: str) -> None:
    assert f" {verb} " in f" {_title(sentence, date)} "


@pytest.mark.parametrize("sentence, date, verb", [
    ("Cole Motors recalled 40,000 vans on Monday.", "on Monday", "recalls"),
    ("Harlow Brothers filed for bankruptcy protection on Monday.", "on Monday", "files"),
    ("The United Nations pledged $5 million for the flood victims on Tuesday.", "on Tuesday", "pledges"),
    ("The United States closed its consulate in Eastport on Friday.", "on Friday", "closes"),
    ("Lee Evans resigned from the harbour board on Friday.", "on Friday", "resigns"),
])
def test_names_that_end_like_plurals_keep_a_singular_verb(sentence: str, date: str, verb: str) -> None:
    """Near misses: a company, a country or a body named with a plural word, and a surname ending in -s."""
    assert f" {verb} " in f" {_title(sentence, date)} "
