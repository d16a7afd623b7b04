"""A statement issued in response to news is titled with the news when the statement and the news do not fit one
title: reports that a clause happened (a name's acronym in brackets no longer ends the clause), or a named actor's
act told as a gerund ('in response to Governor Lee signing …')."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), i, i + len(date), when="past")
    return make_title(sentence, clause, i, i + len(date))


@pytest.mark.parametrize("sentence, expected", [
    # business: the acronym in brackets after the firm's name
    ("Senator Jane Roe today released the following statement in response to reports that Acme Motors (AM) will "
     "propose a $2.1 billion settlement in federal court next week.", "Acme Motors to propose $2.1 billion settlement"),
    # sport: a named official's act as a gerund
    ("The players' union today issued the following statement in response to Commissioner Dana Whitfield suspending "
     "the team's captain for the rest of the season:", "Dana Whitfield suspends team's captain for rest of season"),
    # weather / government
    ("Mayor Tom Baird today issued the following statement in response to Governor Ann Lee declaring a state of "
     "emergency over the flooding in the county:", "Ann Lee declares state of emergency over flooding in county"),
])
def test_a_statement_on_news_is_titled_with_the_news(sentence, expected):
    assert _title(sentence, "today") == expected


@pytest.mark.parametrize("sentence, expected", [
    # the statement and the act with its object fit one title: the statement's own title
    ("Senator Jane Roe issued a statement today on Acme paying bonuses to executives.",
     "Roe issues statement on Acme paying bonuses to executives"),
    # the gerund's subject is no name
    ("Senator Jane Roe today issued the following statement on the league closing its season early:",
     "Senator Roe issues statement on league closing season early"),
    # a noun, no act
    ("Senator Jane Roe today issued the following statement in response to the court ruling on the merger:",
     "Senator Roe issues statement on court ruling on merger"),
])
def test_near_misses_keep_the_statement(sentence, expected):
    assert _title(sentence, "today") == expected
