"""A third person's contracted *'s* before a verb's *-ing* form is *is* (round 36, opened36)."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse


def _clause(sentence: str, date: str):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date))


@pytest.mark.parametrize("sentence, date, lemma", [
    ("He’s flying out to the coastal towns, starting with Eastport tomorrow.", "tomorrow", "fly"),
    ("She's meeting the harbour board on Monday.", "Monday", "meet"),
    ("It’s opening two more shelters on Friday.", "Friday", "open"),
])
def test_a_pronoun_s_before_an_ing_verb_is_a_progressive(sentence, date, lemma):
    info = _clause(sentence, date)
    assert info.kind == "event" and info.verb_form == "progressive" and info.verb_lemma == lemma


@pytest.mark.parametrize("sentence, date", [
    ("The mayor's meeting with the donors on Monday was cancelled.", "Monday"),  # a possessive, not 'is'
    ("He's gone to the coast on Monday.", "Monday"),  # 's before a participle: not read here ('has' or 'is')
    ("It's something the board will discuss on Monday.", "Monday"),  # no -ing verb after it
])
def test_other_s_forms_are_not_read_as_is_before_ing(sentence, date):
    assert _clause(sentence, date).verb_form != "progressive"
