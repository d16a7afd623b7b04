"""One lexicon of occasion nouns (:mod:`timeline.occasion_words`) for its three readers: *have* with an occasion is
the clause's act (clauses), a briefer's programme names an occasion for object (lede), a fronted phrase or a
document phrase names the occasion or the text an act was told in (titles)."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.extract import sentences
from timeline.lede import undated_events
from timeline.occasion_words import (OCCASION_FORMS, OCCASION_VERBS, OCCASIONS, TELLING_FORMS, TELLING_TEXTS)

TURN = "MS. VALE: Good morning, everybody, and welcome aboard.\n\n"


def _schedule(text: str) -> list[str]:
    sents = [(s.start, s.end) for s in sentences(text)]
    return [u.title for u in undated_events(text, sents, [], lede=False) if u.rule == "schedule"]


def test_the_lexicon_is_one_table_with_its_views():
    assert set(OCCASION_VERBS) <= OCCASIONS and set(OCCASION_VERBS.values()) == {"hold", "make", "give"}
    assert not OCCASIONS & TELLING_TEXTS  # a text an act is told in is no occasion that is had
    assert {"meetings", "remarks", "speeches", "lunches", "addresses", "talks"} <= OCCASION_FORMS
    assert OCCASION_FORMS <= TELLING_FORMS and {"letter", "letters", "e-mails", "testimony"} <= TELLING_FORMS


@pytest.mark.parametrize("sentence, title", [
    ("Later the Governor will hold talks with the growers.", "Governor to hold talks with growers"),
    ("The Minister will receive a briefing on the dam.", "Minister to receive briefing on dam"),
])
def test_a_programme_with_any_occasion_for_object_is_scheduled(sentence, title):
    assert _schedule(TURN + sentence) == [title]


@pytest.mark.parametrize("sentence", [
    # near misses: no occasion for object; a text is received, not attended
    "The Governor will have the answers by noon.",
    "The Governor will receive the report from the engineers.",
])
def test_a_programme_without_an_occasion_is_not_scheduled(sentence):
    assert _schedule(TURN + sentence) == []


@pytest.mark.parametrize("sentence, date, action", [
    ("The delegates had a tour of the plant on Monday.", "Monday", "tour"),
    ("The two ministers had talks on fishing quotas on Friday.", "Friday", "talk"),
])
def test_have_with_an_occasion_is_the_act(sentence, date, action):
    i = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), i, i + len(date))
    assert clause.verb_lemma == "have" and clause.action == action


def test_have_with_a_text_is_no_occasion():
    sentence = "The clerk had a memo on Monday."
    i = sentence.index("Monday")
    assert analyse(sentence, 0, len(sentence), i, i + 6).verb_lemma != "have"
