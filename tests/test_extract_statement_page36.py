"""A release that is one statement printed as its speaker's words: the statement issued on the page's day
(round 36, opened36: ``extract._statement_page_records``, ``titles.statement_label_title``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import extract_article
from timeline.titles import statement_label_title

DAY = dt.date(2027, 5, 3)


@pytest.mark.parametrize("headline, expected", [
    ("Statement by Secretary of Harbors Ann Roe on the Flood", "Ann Roe issues statement on flood"),
    ("Statement from Mayor Ann Roe Regarding the Verdict", "Ann Roe issues statement regarding verdict"),
    ("Governor Poe’s Statement on the Bridge Closure", "Poe issues statement on bridge closure"),
])
def test_a_statement_label_names_its_speaker_and_subject(headline, expected):
    assert statement_label_title(headline, "The bridge was closed.") == expected


@pytest.mark.parametrize("headline", [
    "Statement on the Flood",  # no speaker
    "Roe Issues Statement on the Flood",  # a headline with a verb of its own: a news headline
    "Agency Publishes Statement on Dam Safety",
    "Flood Waters Recede in Eastport",  # no statement
])
def test_other_headlines_give_no_statement_title(headline):
    assert statement_label_title(headline, "") == ""


def _records(text: str, published=DAY) -> list[dict]:
    art = Article(id="s", path=Path("s.txt"), text=text, title=text.strip().split("\n")[0], published=published,
                  regions=find_regions(text))
    return extract_article(art)


QUOTED = """Statement by Secretary of Harbors Ann Roe on the Flood

“Our hearts go out to the families of Eastport who lost their homes to the rising water in the harbor district.
The department will stand with the town for as long as it takes to rebuild its piers and its roads.”
"""


def test_a_quoted_statement_page_is_the_statement_of_its_day():
    recs = _records(QUOTED)
    assert [(r[E.date], r[E.title]) for r in recs] == [("2027-05-03", "Ann Roe issues statement on flood")]
    assert recs[0][E.quote].startswith("“Our hearts go out")


def test_a_statement_page_without_a_publication_day_gets_none():
    assert _records(QUOTED, published=None) == []


def test_a_statement_page_in_the_narrators_words_gets_none():
    text = QUOTED.replace("“Our hearts go out to", "The department's thoughts went out to").replace("roads.”", "roads.")
    assert not any("issues statement" in r[E.title] for r in _records(text))


def test_a_headline_with_its_own_verb_gets_none():
    text = QUOTED.replace("Statement by Secretary of Harbors Ann Roe on the Flood", "Roe Issues Statement on the Flood")
    assert not any("issues statement" in r[E.title] for r in _records(text))


def test_a_statement_page_with_a_record_of_its_day_keeps_that_record():
    text = QUOTED.replace("rebuild its piers and its roads.”", "rebuild its piers and its roads,” Roe said today.")
    assert not any("issues statement" in r[E.title] for r in _records(text))
