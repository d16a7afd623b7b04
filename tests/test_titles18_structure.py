"""Round 18 titles: what a clause's grammar or a page's furniture hides from the title.

A past verb before ``in <date> that …`` is the verb's time, not a noun phrase ending in a participle; *claim* with a
noun object is an act (*claimed the lives of*, *claimed the title*); a footnote's number that opens a note is no
count; an irregular participle opens a participle phrase too (*built in 1886*); the object of a relative clause
whose pronoun is its object is the title's object (*the report, which the agency released on Monday*); a date in
the dateline that opens a release names the page, so the clause after it titles the event.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.clauses import analyse
from timeline.extract import extract_article
from timeline.titles import MAX_TITLE, make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), i, i + len(date))
    return make_title(sentence, clause, i, i + len(date))


@pytest.mark.parametrize("sentence, date, expected", [
    # business
    ("The bank announced in May 2017 that a fraud had exposed the data of its clients.", "May 2017",
     "Fraud exposes data of its clients"),
    # sport
    ("The league announced in March that it had fined the club for late payment of wages.", "March",
     "League fines club for late payment of wages"),
])
def test_a_verb_before_in_date_that_is_no_noun_phrase(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # near misses: a participle after a noun with no content clause after the date stays a noun phrase
    ("The league said it would review the fine announced in May 2017.", "May 2017", "Fine announced"),
    ("Putin's Munich Speech in 2007 shocked the West.", "2007", "Putin's Munich Speech shocks West"),
])
def test_a_participle_after_a_noun_keeps_its_noun_phrase(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # weather
    ("The storm claimed the lives of 12 people on Monday.", "Monday", "Storm claims lives of 12 people"),
    # sport
    ("The team claimed the title on Monday.", "Monday", "Team claims title"),
    # business
    ("The company claimed a record profit on Monday.", "Monday", "Company claims record profit"),
])
def test_claim_with_a_noun_object_is_an_act(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # near misses: a claim with a content clause stays a claim
    ("The ministry claimed on Monday that the figures were wrong.", "Monday", "Ministry claims figures were wrong"),
    ("The ministry claimed on Monday the figures were wrong.", "Monday", "Ministry claims figures were wrong"),
])
def test_claim_with_a_content_clause_stays_a_claim(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # courts: a note of a ruling
    ("12 The jury returned its verdict on Friday.", "Friday", "Jury returns verdict"),
    # business: a note of a filing
    ("2 The board approved the merger on May 3, according to the filing.", "May 3", "Board approves merger"),
    # science: a note of a report
    ("1 The new survey, which we published today, shows how the samples were mislabeled.", "today",
     "New survey published"),
])
def test_a_footnote_number_is_no_part_of_the_title(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_count_that_opens_a_clause_stays():
    # near miss: a number before a noun is a count, not a footnote's number
    assert _title("3 people died in the crash on Monday.", "Monday") == "3 people die in crash"


@pytest.mark.parametrize("sentence, date, expected", [
    # history of a place
    ("The old mill, built in 1886, was destroyed by the fire.", "1886", "Old mill built"),
    # diplomacy
    ("The summit, held in 2015 in Paris, ended without a deal.", "2015", "Summit held"),
    # sport: a regular participle, with its agent
    ("The club, founded by students in 1899, won the cup.", "1899", "Students found club"),
])
def test_an_irregular_participle_opens_a_dated_participle_phrase(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_an_irregular_past_after_an_apposition_is_the_main_verb():
    # near miss: 'told' after a name in apposition is the main verb, not a participle phrase the date is in (a
    # programme's name read as a day)
    sentence = ("On Friday, the goalkeeper's brother, Marco, told the Today programme that he believed the club, under "
                "certain conditions, would be willing to sell him.")
    assert _title(sentence, "Today") != "Marco told"
    assert _title(sentence, "Today").startswith("Marco tells")


@pytest.mark.parametrize("sentence, date, expected", [
    # science
    ("The new report, which the agency released on Monday, details how the samples were mislabeled.", "Monday",
     "Agency releases new report"),
    # sport
    ("The coach, who the club hired in May, was fired.", "May", "Club hires coach"),
    # business: a name as antecedent
    ("Acme, which Hale bought in 2019, closed two plants.", "2019", "Hale buys Acme"),
    # politics
    ("Lee, who the voters elected in 2019, resigned.", "2019", "Voters elect Lee"),
    # a first-person subject: the object and the participle
    ("The new stadium, which we opened on Monday, holds 40,000 fans.", "Monday", "New stadium opened"),
])
def test_the_antecedent_of_an_object_relative_is_the_object(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # near misses: the pronoun is the subject ('which was released'; 'that hit Japan')
    ("The new report, which was released on Monday, details how the samples were mislabeled.", "Monday",
     "New report released"),
    ("The flood that hit the town on Friday washed away two bridges.", "Friday", "Flood hits town"),
])
def test_a_subject_relative_keeps_its_title(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_an_undated_lede_with_a_subject_relative_keeps_its_antecedent_actor():
    sentence = ("The death toll from the flood and the landslides that hit the valley on Friday has risen to more "
                "than forty, with many people still missing.")
    clause = analyse(sentence, 0, len(sentence), 0, 0)
    title = make_title(sentence, clause, 0, 0)
    assert title.startswith("Death toll from flood") and len(title) <= MAX_TITLE


def _titles(text: str, published: dt.date) -> list[tuple[str, str]]:
    article = Article(id="t", path=Path("t.txt"), text=text, title="", published=published,
                      regions=find_regions(text))
    return [(r["date"], r["title"]) for r in extract_article(article)]


@pytest.mark.parametrize("text, published, expected", [
    # sport: the dateline's date and the clause's 'today' are one day
    ("(Geneva, May 3, 2019) – The football federation today suspended the club's coach for six matches over the "
     "fight.\n", dt.date(2019, 5, 3), ("2019-05-03", "Federation suspends club's coach for six matches over fight")),
    # science
    ("(Houston, June 4, 2021) – The space agency today launched a weather satellite from its coastal pad.\n",
     dt.date(2021, 6, 4), ("2021-06-04", "Space agency launches weather satellite from its coastal pad")),
])
def test_the_clause_after_a_dateline_titles_its_date(text, published, expected):
    assert _titles(text, published) == [expected]


def test_a_lede_with_its_own_date_after_a_plain_dateline_is_titled_by_its_clause():
    # near miss: a dateline without brackets and the lede's own day, as before
    text = "Houston, June 4, 2021 – The space agency today launched a weather satellite from its coastal pad.\n"
    assert _titles(text, dt.date(2021, 6, 4)) == [("2021-06-04",
                                                   "Space agency launches weather satellite from its coastal pad")]
