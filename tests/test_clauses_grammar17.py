"""Clause grammar (round 17): which verb is the clause's when relative clauses, participle phrases, place names with
commas and typeset compounds sit between the subject and its verb; invented sentences from several domains, each
with a near miss."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse


def _clause(sentence: str, date: str, when: str = "past"):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when=when)


def _verb(sentence: str, date: str) -> str:
    c = _clause(sentence, date)
    return sentence[c.verb[0] : c.verb[1]]


def _subject(sentence: str, date: str) -> str:
    c = _clause(sentence, date)
    return sentence[c.subject[0] : c.subject[1]]


@pytest.mark.parametrize("sentence, date, verb", [
    # a bracket after a relative clause of the subject is no clause boundary: the verb after it is the clause's
    ("On March 3, a 40-year-old climber who lived in Aspen, CO (pop. 7,000), reached the summit at noon.",
     "March 3", "reached"),
    ("On June 9, a trader who worked in Leeds (a city of 500,000) admitted the fraud in court.", "June 9",
     "admitted"),
    # a compound typeset with an en dash is no clause boundary
    ("Several virus–infected samples shipped to Lyon were destroyed at the laboratory on Tuesday.", "Tuesday",
     "were destroyed"),
    ("Two salt–damaged turbines assembled in Kiel were replaced on Friday.", "Friday", "were replaced"),
    # a reduced relative clause whose phrase holds a place name with commas, or two names joined by 'and'
    ("Crates destined for Lyon, France, were seized at the border on May 2.", "May 2", "were seized"),
    ("Ballots mailed to Austin and Dallas were counted on Monday.", "Monday", "were counted"),
    # a participle set off by commas after a name with a number, or after an adverb
    ("Flight 22, bound for Oslo, Norway, landed safely on Sunday.", "Sunday", "landed"),
    ("The striker, now loaned to a club in Porto, scored twice on Saturday.", "Saturday", "scored"),
    # a reduced relative clause of the object of a relative clause's verb: the reporting verb is the clause's
    ("Lee, a nurse at a clinic that treated the first patient diagnosed with measles, told reporters on Friday that "
     "she is grateful.", "Friday", "told"),
    # a relative clause set off by commas that the date is not in
    ("The chief executive, who had run the bank for a decade, resigned on Tuesday.", "Tuesday", "resigned"),
    ("The probe, which was carrying two cameras, landed on the comet on Wednesday.", "Wednesday", "landed"),
])
def test_main_verb(sentence: str, date: str, verb: str) -> None:
    assert _verb(sentence, date) == verb


@pytest.mark.parametrize("sentence, date, verb", [
    # near misses: a participle after a noun that the verb group follows with no comma stays the clause's
    ("Officials reported on Monday that the storm killed ten people.", "Monday", "killed"),
    # an em dash without spaces is a break, a range of names is no compound
    ("Prices climbed all week—and on Friday the index fell.", "Friday", "fell"),
    # a participle after a verb that takes a clause is that clause's verb
    ("The coroner said the driver crashed into the barrier on Sunday.", "Sunday", "crashed"),
    # a comma after a day is no place name: the participle's phrase ends there
    ("One of the patients released from the ward Thursday, a retired teacher, was greeted by neighbours.",
     "Thursday", "released"),
])
def test_main_verb_near_miss(sentence: str, date: str, verb: str) -> None:
    assert _verb(sentence, date) == verb


@pytest.mark.parametrize("sentence, date, subject", [
    ("Flight 22, bound for Oslo, Norway, landed safely on Sunday.", "Sunday", "Flight 22"),
    ("On March 3, a 40-year-old climber who lived in Aspen, CO (pop. 7,000), reached the summit at noon.",
     "March 3", "40-year-old climber"),
    ("The chief executive, who had run the bank for a decade, resigned on Tuesday.", "Tuesday", "chief executive"),
])
def test_subject_before_aside(sentence: str, date: str, subject: str) -> None:
    assert _subject(sentence, date) == subject


def test_no_subject_inside_prepositional_phrase() -> None:
    """A noun after a preposition before a relative aside is no subject: 'the search for a jet, which …,'."""
    sentence = "The hunt for a missing yacht, which left port in May, has widened on Monday."
    assert _subject(sentence, "Monday") == ""


def test_plural_noun_before_adverb_and_auxiliary() -> None:
    """'crews also are investigating': a plural noun, then its verb group after an adverb."""
    sentence = "Repair crews also are inspecting a bridge damaged in the flood on Monday."
    assert _verb(sentence, "Monday") == "are inspecting"
    sentence = "Auditors also were reviewing the accounts on Friday."
    assert _verb(sentence, "Friday") == "were reviewing"


@pytest.mark.parametrize("sentence, date, verb", [
    # a past participle after a linking verb is a predicate adjective; 'who' + a base form is a relative's present
    ("Fans who remain loyal to the club should know on Monday that the stadium is safe.", "on Monday", "should know"),
    ("On Friday, voters who stayed committed to the party could hardly believe the result.", "On Friday",
     "could hardly believe"),
    # a past form before a bare noun right after a verb is an attributive adjective
    ("On June 5, the newspaper reported classified documents relating to the defence budget.", "June 5",
     "reported"),
    ("On Tuesday, the bank announced revised figures for the quarter.", "On Tuesday", "announced"),
])
def test_adjective_after_verb(sentence: str, date: str, verb: str) -> None:
    assert _verb(sentence, date) == verb


@pytest.mark.parametrize("sentence, date, verb", [
    # near misses: a past form after a relative clause's reporting verb is its verb; after an object it is the verb
    ("It was the virus which doctors said killed ten people on Monday.", "on Monday", "killed"),
    ("The court on Monday ordered the company to pay damages.", "on Monday", "ordered"),
])
def test_adjective_after_verb_near_miss(sentence: str, date: str, verb: str) -> None:
    assert verb in _verb(sentence, date)


@pytest.mark.parametrize("sentence, date, verb", [
    # a dashed aside between the subject after the date and its verb: the verb after the aside is the clause's
    ("At noon on May 3, a storm—the worst in years—struck the coast near Lyon.", "May 3", "struck"),
    ("Early on Sunday, in the final round, the leader—a rookie from Perth—carded a 64 at the course.", "Sunday",
     "carded"),
])
def test_dashed_aside_after_subject(sentence: str, date: str, verb: str) -> None:
    assert _verb(sentence, date) == verb


def test_dashed_aside_near_miss() -> None:
    """Near miss: a clause with its verb before the dash ends there; the aside is a clause of its own."""
    sentence = "On May 3 the board approved the merger—a deal that analysts expected to fail."
    c = _clause(sentence, "May 3")
    assert sentence[c.verb[0] : c.verb[1]] == "approved"
    assert c.end <= sentence.index("—")
