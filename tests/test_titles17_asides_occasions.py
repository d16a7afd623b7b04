"""Titles of clauses cut short by an aside before their verb (a bracketed acronym after a name, a dashed aside), and
of clauses opened by a phrase whose date names an occasion ('In a June 3 letter, …', 'At a May 2 news conference,
…'): the subject's act is the title, not the name alone nor the occasion alone."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import MAX_TITLE, make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), i, i + len(date))
    return make_title(sentence, clause, i, i + len(date))


@pytest.mark.parametrize("sentence, date, expected", [
    # weather: the name's acronym in brackets ended the clause ('The National Weather Service'); the article's
    # acronym then names the agency, as elsewhere
    ("On May 1, the National Weather Service (NWS) issued an updated flood forecast for the valley.", "May 1",
     "NWS issues updated flood forecast for valley"),
    # an aside of lower-case words in brackets ('The river')
    ("On May 1, the river (swollen by a week of rain) flooded the lower town.", "May 1", "River floods lower town"),
    # business and courts: a dashed aside after the subject, the time of day before the date ('Central bank',
    # 'At noon')
    ("At 9 a.m. on May 12, the central bank—the lender that cut rates in April—raised its main rate.", "May 12",
     "Central bank raises main rate"),
    ("At noon on June 2, the jury—out since the trial ended in May—returned its verdict.", "June 2",
     "Jury returns verdict"),
])
def test_an_aside_before_the_verb_does_not_end_the_clause(sentence, date, expected):
    title = _title(sentence, date)
    assert title == expected and len(title) <= MAX_TITLE


@pytest.mark.parametrize("sentence, date, expected", [
    # near misses: the clause has its verb before the bracket; the sentence ends after the bracket
    ("The agency issued a flood warning on May 1 (NWS).", "May 1", "Agency issues flood warning"),
    ("On May 1, the agency issued a flood warning (the second this year).", "May 1", "Agency issues flood warning"),
    ("Business: on Tuesday, the central bank (ECB).", "Tuesday", "Central bank"),
])
def test_a_clause_with_its_verb_or_none_after_the_aside_keeps_its_title(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # sport
    ("At a June 3 news conference, the coach announced his retirement from the national team.", "June 3",
     "Coach announces retirement from national team"),
    # courts
    ("In a March 12 ruling, the appeals court overturned the conviction of the former mayor.", "March 12",
     "Appeals court overturns conviction of former mayor in ruling"),
    # science
    ("During a May 5 briefing, the researchers presented the first results of the trial.", "May 5",
     "Researchers present first results of trial during briefing"),
])
def test_an_occasion_the_date_names_in_a_fronted_phrase_gives_way_to_the_act(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # near misses: the occasion is the subject; a relative clause, not the subject, follows the comma
    ("The June 3 news conference drew hundreds of reporters.", "June 3", "News conference draws hundreds of reporters"),
    ("In the March 12 ruling, which ran to 80 pages, the court overturned the conviction.", "March 12",
     "Ruling runs to 80 pages"),
    # the verb is what a speaker said, not what was done on the day: the occasion stays ('Team struggles in …')
    ("In a Jan. 5 interview, the coach admitted the team had struggled.", "Jan. 5", "Jan. 5 interview"),
    ("In a June 3 post, the mayor confirmed the parade was cancelled.", "June 3", "June 3 post"),
])
def test_an_occasion_that_is_the_subject_keeps_its_title(sentence, date, expected):
    assert _title(sentence, date) == expected
