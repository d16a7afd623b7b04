"""The subject a clause's main verb is read with: a plural present verb, an adverb or a pronoun does not run into
it (sentences invented: sport, science, courts, business, weather)."""
from __future__ import annotations

import pytest

from timeline.clauses import analyse


def _roles(sentence: str, date: str) -> tuple[str, str, str]:
    ds = sentence.index(date)
    c = analyse(sentence, 0, len(sentence), ds, ds + len(date), when="past")
    return sentence[c.subject[0]:c.subject[1]], sentence[c.verb[0]:c.verb[1]], c.verb_lemma


@pytest.mark.parametrize("sentence, date, subject, verb", [
    # a plural noun before the base form of a verb followed by 'that', an article or 'to': a present verb
    ("Club officials fear that the storm damaged the stadium on Monday.", "on Monday", "", "damaged"),
    ("Lab technicians prepare to launch the probe on Monday.", "on Monday", "Lab technicians", "to launch"),
    ("Rescue workers continue to clear the road on Monday.", "on Monday", "Rescue workers", "continue"),
    ("Defense lawyers note the delay the judge ordered on Monday.", "on Monday", "", "ordered"),
])
def test_a_plural_present_verb_is_no_part_of_the_subject(sentence, date, subject, verb):
    got_subject, got_verb, _ = _roles(sentence, date)
    assert got_verb == verb
    if subject:
        assert got_subject == subject
    assert not set(got_subject.split()) & {"fear", "prepare", "continue", "note"}


@pytest.mark.parametrize("sentence, date, subject, verb", [
    # near misses: a plural noun before a noun (compounds), a plural that is a verb too, a preposition after
    ("The jobs report showed strong hiring on Monday.", "on Monday", "jobs report", "showed"),
    ("The ticket price rises came into force on Monday.", "on Monday", "ticket price rises", "came"),
    ("The sales tax rise took effect on Monday.", "on Monday", "sales tax rise", "took"),
    ("Forecasters watch on Monday as the storm nears the coast.", "on Monday", "storm", "nears"),
])
def test_a_plural_noun_before_a_noun_stays_a_compound(sentence, date, subject, verb):
    got_subject, got_verb, _ = _roles(sentence, date)
    assert (got_subject, got_verb) == (subject, verb)


@pytest.mark.parametrize("sentence, date, subject", [
    ("The laboratory publicly released the data on Monday.", "on Monday", "laboratory"),
    ("The defendant nearly collapsed in court on Monday.", "on Monday", "defendant"),
    ("The striker only joined the club on Monday.", "on Monday", "striker"),
    ("This morning we opened the new wing of the museum on Monday.", "on Monday", "we"),
    # near misses: a noun ending in -ly, an adjective that is an adverb too
    ("The Roe family sued the stadium owners on Monday.", "on Monday", "Roe family"),
    ("The early leaders faltered on Monday.", "on Monday", "early leaders"),
])
def test_an_adverb_or_a_time_before_a_pronoun_is_no_part_of_the_subject(sentence, date, subject):
    assert _roles(sentence, date)[0] == subject
