"""Round 33 of issue 14 (purpose33): a purpose infinitive that opens a sentence, set off by a comma, is what the act
is for; the act is the main clause's verb after the comma (*To speed the relief, the agency flew …*). Invented
sentences, with near misses the rule must not touch (an adverbial *To date*, *To be sure*, *To the north*, an
infinitive subject, a date inside the purpose)."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import make_title


def _clause(text: str, date: str):
    i = text.index(date)
    return analyse(text, 0, len(text), i, i + len(date), when="past"), i, i + len(date)


@pytest.mark.parametrize("text, date, lemma, title", [
    ("To stop such frauds, the senator on Monday called for a new audit law.", "Monday", "call",
     "Senator calls for new audit law"),  # politics
    ("To speed the relief, the agency on Tuesday flew 40 tons of rice to the island.", "Tuesday", "fly",
     "Agency flies 40 tons of rice to island"),  # a disaster
    ("On Monday, to calm markets, the bank lowered its rate.", "Monday", "lower", "Bank lowers rate"),  # after a date
    ("To help the victims, volunteers gathered on Sunday.", "Sunday", "gather", "Volunteers gather"),
])
def test_the_act_is_the_verb_after_the_purpose(text, date, lemma, title):
    c, ds, de = _clause(text, date)
    assert c.verb_lemma == lemma and c.kind == "event"
    assert make_title(text, c, ds, de) == title


def test_a_planned_act_after_a_purpose_stays_planned():
    c, _, _ = _clause("To help the victims, volunteers will gather on Sunday.", "Sunday")
    assert c.verb_lemma == "gather" and c.verb_form == "future"


@pytest.mark.parametrize("text, date, lemma", [
    ("To date, the fund has paid out $3 million since March.", "March", "date"),  # an adverbial of time
    ("To be sure, the mayor won the vote on Tuesday.", "Tuesday", "win"),  # a stance phrase
    ("To the north, rebels seized the town on Sunday.", "Sunday", "seize"),  # a place, no verb
    ("To leave now would be a mistake, the coach said Monday.", "Monday", "leave"),  # an infinitive subject
    ("To meet the May 1 deadline, the firm hired 200 workers.", "May 1", "meet"),  # the date is the goal's
    ("The firm laid off 200 workers on Monday to save money.", "Monday", "lay"),  # a purpose after the act
])
def test_near_misses_are_untouched(text, date, lemma):
    c, _, _ = _clause(text, date)
    assert c.verb_lemma == lemma



@pytest.mark.parametrize("text, date, lemma", [
    # a 'to' inside the clause before its first comma opens no purpose adjunct: this rule leaves the reading as it was
    ("By taking this step today to fund the new pier, the council has started the work.", "today", "fund"),
    ("The agency will hold a call on June 11, to give an update, officials said.", "June 11", "hold"),
    ("About 40 medics are in the town on Monday to help the injured, the army said.", "Monday", "help"),
])
def test_a_to_inside_the_clause_is_no_opening_purpose(text, date, lemma):
    assert _clause(text, date)[0].verb_lemma == lemma



def test_a_clause_cut_out_of_a_sentence_opens_no_purpose():
    """The clause after a bracket starts mid-sentence ('on June 11, to provide …'): no sentence opening."""
    text = "NASA will host a call at 9 a.m. PDT (noon EDT) on June 11, to provide an update on the landing, aides said."
    i = text.index("June 11")
    assert analyse(text, 0, len(text), i, i + 7, when="future").verb_lemma == "provide"
