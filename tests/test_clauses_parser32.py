"""Clause-reader faults that spoiled titles (round 32), on invented sentences (sport, health, labour, weather,
courts): an opening adjective's plural noun read as a verb, *have* after a modal left unread, a coded name's en dash
read as a clause break (sentences invented)."""
from __future__ import annotations

import pytest

from timeline.clauses import analyse, content_terms, tokens


def _roles(sentence: str, date: str) -> tuple[str, str, str, str]:
    ds = sentence.index(date)
    c = analyse(sentence, 0, len(sentence), ds, ds + len(date), when="past")
    return (sentence[c.subject[0]:c.subject[1]], sentence[c.verb[0]:c.verb[1]], c.verb_lemma,
            sentence[c.object[0]:c.object[1]])


# (a) a plural noun after an adjective opening the clause and before a place is no verb
@pytest.mark.parametrize("sentence, date, verb", [
    ("Military sources in the capital, including two officers, said on Tuesday that the bridge had been seized.",
     "on Tuesday", "had been seized"),
    ("Local officials near the dam said on Friday that the river had burst its banks.", "on Friday", "had burst"),
])
def test_an_opening_adjectives_plural_noun_is_no_verb(sentence, date, verb):
    subject, got_verb, _, _ = _roles(sentence, date)
    assert got_verb == verb
    assert "sources" not in got_verb


@pytest.mark.parametrize("sentence, date, verb", [
    # near misses: a verb a preposition other than one of place follows, a name before the '-s' word
    ("Congress votes on the budget on Tuesday.", "on Tuesday", "votes"),
    ("Prime Minister Brown calls in the army on Tuesday.", "on Tuesday", "calls"),
])
def test_a_present_verb_after_a_name_stays(sentence, date, verb):
    assert _roles(sentence, date)[1] == verb


# (b) have after a modal, before a noun phrase, is the main verb
def test_modal_have_before_a_noun_phrase_is_the_verb():
    s = "The health minister announced on Monday that the region will have a second field hospital by the summer."
    subject, verb, lemma, obj = _roles(s, "on Monday")
    assert (subject, verb, lemma) == ("region", "will have", "have")
    assert obj.startswith("a second field hospital")


@pytest.mark.parametrize("sentence, date, verb", [
    # near misses: have to, a perfect after a modal, an occasion noun (read as before)
    ("The club will have to pay the fine by March 3, the league said.", "by March 3", "will have to pay"),
    ("The court will have ruled by March 3 on the appeal.", "by March 3", "will have ruled"),
])
def test_modal_have_in_other_groups_stays(sentence, date, verb):
    assert _roles(sentence, date)[1] == verb


# (c) an en dash after a capital or a digit joins a coded name
def test_a_coded_names_en_dash_joins_the_name():
    s = "The Pan American Health Agency on June 2 declared KRV–2 a regional emergency."
    subject, verb, _, obj = _roles(s, "June 2")
    assert (subject, verb) == ("Pan American Health Agency", "declared")
    assert obj.startswith("KRV–2")
    assert [t.word for t in tokens("the Q7R2–like strain")] == ["the", "Q7R2–like", "strain"]


@pytest.mark.parametrize("text, words", [
    # near misses: a range of numbers or months, a dash after a lower-case word
    ("from 1990–95", ["from", "1990", "–", "95"]),
    ("in May–June", ["in", "May", "–", "June"]),
    ("cases rose–and fell", ["cases", "rose", "–", "and", "fell"]),
])
def test_other_en_dashes_stay_apart(text, words):
    assert [t.word for t in tokens(text)] == words


def test_a_coded_names_en_dash_is_its_hyphen_in_content_terms():
    assert content_terms("the KRV–19 outbreak") == content_terms("the KRV-19 outbreak")
