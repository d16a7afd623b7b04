"""*have* + an occasion noun as the act of a clause (*the two ministers had talks*, *will have a statement*): the
verb is *have*, not an auxiliary, the act is the noun, and the title says it as a headline does (*hold talks*)."""

from __future__ import annotations

import pytest

from timeline.clauses import OCCASION_NOUNS, OCCASION_VERBS, analyse
from timeline.titles import title_for


def _clause(sentence: str, date: str, when: str = "past"):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when=when)


@pytest.mark.parametrize("sentence, date, action, form", [
    ("The two ministers had talks on fishing quotas on Friday.", "Friday", "talk", "past"),
    ("The mayor will have a private meeting with flood victims on Monday.", "Monday", "meeting", "future"),
    ("On Tuesday I had a teleconference with the harbour pilots.", "On Tuesday", "teleconference", "past"),
    ("Last night the envoy had a lengthy call with the rebel commander.", "Last night", "call", "past"),
    ("The chancellor had lunch with the bankers on Thursday.", "Thursday", "lunch", "past"),
    ("The premier will have a statement this afternoon.", "this afternoon", "statement", "future"),
    ("The assembly had its first vote on the budget on Tuesday.", "Tuesday", "vote", "past"),
    ("The two sides had another round of talks on Tuesday.", "Tuesday", "talk", "past"),
    ("The two ministers did not have talks on Friday.", "Friday", "talk", "past"),
    ("The council has had two sessions on the budget since Monday.", "Monday", "session", "perfect"),
])
def test_have_an_occasion_is_the_act(sentence, date, action, form):
    c = _clause(sentence, date, "future" if form == "future" else "past")
    assert c.verb_lemma == "have"
    assert c.action == action
    assert c.verb_form == form
    assert "have" not in c.actions  # the occasion is the act: two occasions of one day are two acts
    # (a present perfect since a day is a period up to now, no act of that day, as with any verb)
    assert c.kind in ({"state"} if "since" in sentence else {"event", "scheduled"})


@pytest.mark.parametrize("sentence, date, lemma", [
    ("The ferry company had been in talks with the union since March.", "March", "be"),  # a perfect of 'be'
    ("The ferry company had to cancel crossings on Monday.", "Monday", "cancel"),  # 'have to'
    ("The union had said on Monday that the strike would go ahead.", "Monday", "go"),  # a perfect
    ("The mayor has called the families of the victims on Monday.", "Monday", "call"),  # a participle, no noun
    ("The minister has received two briefings on the flood on Monday.", "Monday", "receive"),
])
def test_have_as_an_auxiliary_stays_one(sentence, date, lemma):
    c = _clause(sentence, date)
    assert c.verb_lemma == lemma


@pytest.mark.parametrize("sentence, date", [
    ("The island has a population of 4,000, according to the 2011 census.", "2011"),  # owning or being
    ("The ferry company had a profit of $5 million in 2019.", "2019"),
    ("The union had no talks with the company on Monday.", "Monday"),  # none held
    ("The clinic has a speech therapist on Mondays since 2019.", "2019"),  # the noun modifies another
    ("We have your statement of May 4 on file.", "May 4"),  # a text held
    ("The two captains had another round of golf on Tuesday.", "Tuesday"),  # a part of no occasion
])
def test_have_without_an_occasion_is_no_act(sentence, date):
    c = _clause(sentence, date)
    assert c.verb_lemma != "have"


@pytest.mark.parametrize("sentence, date, title", [
    ("The two ministers had talks on fishing quotas on Friday.", "Friday", "Two ministers hold talks on fishing quotas"),
    ("The mayor will have a private meeting with flood victims on Monday.", "Monday",
     "Mayor to hold private meeting with flood victims"),
    ("The premier will have a statement this afternoon.", "this afternoon", "Premier to make statement"),
    ("The chancellor had lunch with the bankers on Thursday.", "Thursday", "Chancellor has lunch with bankers"),
    ("The two sides had another round of talks on Tuesday.", "Tuesday", "Two sides hold another round of talks"),
])
def test_title_says_the_occasion_as_headlines_do(sentence, date, title):
    assert title_for(sentence, date)[0] == title


def test_every_headline_verb_names_an_occasion():
    assert set(OCCASION_VERBS) <= OCCASION_NOUNS
    assert set(OCCASION_VERBS.values()) <= {"hold", "make", "give"}
