"""Round 17 non-events: a periodical's issue line, and a total many doers reached one by one (a bare plural subject's
present perfect with a hedged amount)."""

from __future__ import annotations

import pytest

from timeline.clauses import ISSUE_LINE, MANY_DOERS_TOTAL, analyse
from timeline.lede import undated_events


def _clause(sentence: str, date: str, when: str = "past"):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when=when)


def _at_verb(sentence: str, verb: str):
    """The analysis the publication-day path makes: the clause read at its verb, no date of its own."""
    i = sentence.index(verb)
    return analyse(sentence, 0, len(sentence), i, i)


# --------------------------------------------------------------------------- a periodical's issue line

@pytest.mark.parametrize("sentence, date, when", [
    # science: a weekly report's issue line cut after 'Vol.' by the sentence split
    ("March 4, 2011 / Vol.", "March 4, 2011", "past"),
    # sport: a weekly programme's date line with its full issue label
    ("April 2, 2018 / Vol. 3 / No. 14 / printed weekly", "April 2, 2018", "past"),
    # legislature: a record's issue line run into its headings; the heading's fiscal year is no event either
    ("[Gazette Record Volume 12, Number 3 (Monday, May 4, 2020)] [Assembly] [Pages A101-A109] FARM SUPPORT "
     "ACT, 2021 [...]", "2021", "future"),
])
def test_an_issue_line_is_a_stamp(sentence, date, when):
    c = _clause(sentence, date, when)
    assert c.kind == "stamp" and c.reason == ISSUE_LINE


@pytest.mark.parametrize("sentence, date", [
    # sport: a sentence citing a volume before its date
    ("The study, published in Vol. 12, No. 3 on May 4, found that players tire faster.", "May 4"),
    # business: no issue label
    ("March 4, 2011 / Board approves the merger", "March 4, 2011"),
    # weather: a volume of rain, not an issue
    ("The volume of rain on March 4 flooded 40 homes.", "March 4"),
])
def test_an_issue_line_near_miss_is_no_stamp(sentence, date):
    assert _clause(sentence, date).reason != ISSUE_LINE


# --------------------------------------------------------------------------- many doers' running total

@pytest.mark.parametrize("sentence, verb", [
    # business: firms lending one by one
    ("Local banks have lent over $3 million to the flooded shops.", "have"),
    # science / an acronym plural: alumni bodies funding a laboratory
    ("Regional NGOs have raised more than $2 million for the new laboratory.", "have"),
    # weather: rescue crews
    ("Volunteer rescue crews have pulled more than 400 people from the water.", "have"),
    # sport: fans donating
    ("Supporters have donated nearly $40,000 to the injured player's family.", "have"),
])
def test_a_bare_plural_total_is_a_running_total(sentence, verb):
    c = _at_verb(sentence, verb)
    assert c.kind == "state" and c.reason == MANY_DOERS_TOTAL


@pytest.mark.parametrize("sentence, verb", [
    ("The company has lent over $3 million to the flooded shops.", "has"),  # one actor
    ("Acme and Bolt have lent over $3 million to the flooded shops.", "have"),  # named actors
    ("More than 9,000 residents have been moved to shelters.", "have"),  # a counted subject: one operation
    ("Rescue teams have arrived in the capital.", "have"),  # no amount
    ("Officials have confirmed more than 40 deaths.", "have"),  # a report of a count
    ("Investors lent over $3 million on Monday.", "lent"),  # a simple past
])
def test_a_bare_plural_near_miss_is_no_running_total(sentence, verb):
    assert _at_verb(sentence, verb).reason != MANY_DOERS_TOTAL


def test_the_publication_day_path_skips_a_running_total_of_many_doers():
    text = ("Court officials said the hearing ended. Law firms have pledged over $2 million in free counsel. "
            "The chief judge has resigned.")
    one, two = text.index("Law firms"), text.index("The chief")
    sentences = [(0, one - 1), (one, two - 1), (two, len(text))]
    found = [text[u.start : u.end] for u in undated_events(text, sentences, [], lede=False)]
    assert not any(s.startswith("Law firms") for s in found)
    assert any(s.startswith("The chief judge") for s in found)
