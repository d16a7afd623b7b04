"""One-time acts told in the historical present of a release or a news page: dated by the publication (issue 14)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.extract import extract_article, sentences
from timeline.lede import UNDATED_ANCHOR, undated_events

THURSDAY = dt.date(2023, 5, 11)


def _undated(text: str, **kw) -> list[tuple[str, str]]:
    sents = [(s.start, s.end) for s in sentences(text)]
    return [(u.rule, text[u.start : u.end]) for u in undated_events(text, sents, [], lede=False, **kw)]


@pytest.mark.parametrize("sentence", [
    "With the retirement of the head coach, Assistant Coach Ana Costa assumes command of the team for the final.",
    "Judge John Roe names a special master to oversee the sale of the bankrupt airline's fleet.",
    "Governor Jane Roe declares an emergency in three counties after the floods.",
    "Acme Corp. Chief Executive Maria Lopez announces the closure of the plant in the river valley.",
])
def test_present_of_a_one_time_act_by_a_named_actor_is_taken(sentence):
    assert _undated(sentence) == [("present", sentence)]


@pytest.mark.parametrize("sentence", [
    "The museum opens at 9 in the morning and closes at five in the afternoon.",  # a schedule
    "Coach Ana Costa names a new captain every year before the first match of the season.",  # a habit
    "The club names a new captain before the first match of the season.",  # no one named
    "If Mayor Jane Roe signs the bill, the bus fare rises by two cents next spring.",  # a condition
    "Dr. Ana Costa takes a sample of the lake water to the laboratory for the test.",  # 'take' without an office
    '"Mayor Jane Roe signs the bill into law today," the aide told reporters at the harbour.',  # a quotation
    "Judge John Roe names a special master on Friday to oversee the sale of the fleet.",  # a date of its own
])
def test_habits_schedules_conditions_and_quotations_are_not_taken(sentence):
    own = [(sentence.find("Friday"), sentence.find("Friday") + 6)] if "Friday" in sentence else []
    sents = [(s.start, s.end) for s in sentences(sentence)]
    assert [u.rule for u in undated_events(sentence, sents, own, lede=False)] == []


def test_datelined_present_lede_of_a_page_looking_back():
    text = ("ROME — Judge Ana Costa names a special master to oversee the sale of the bankrupt airline's fleet. "
            "The airline filed for bankruptcy in March 2009.")
    d = text.index("March 2009")
    sents = [(s.start, s.end) for s in sentences(text)]
    found = undated_events(text, sents, [(d, d + 10)], background=[(d, d + 10)], looking_back=True)
    assert [u.rule for u in found] == ["present"]
    plain = "ROME — The museum names a new director every spring after a vote of its trustees. It opened in 1901."
    sents = [(s.start, s.end) for s in sentences(plain)]
    assert undated_events(plain, sents, [], looking_back=True) == []


def test_release_sentence_is_dated_by_the_publication_day():
    text = ("PORT CITY (NNS) -- The frigate left the harbour on May 11 after a month of repairs.\n\n"
            "With the departure of the frigate, Rear Adm. Jane Roe assumes command of the coastal patrol group.\n")
    art = Article(id="t", path=Path("t.txt"), text=text, title="", published=THURSDAY, regions=find_regions(text))
    recs = [r for r in extract_article(art) if r["anchor"] == UNDATED_ANCHOR]
    assert [(r["date"], "Rear Adm. Jane Roe assumes command" in r["quote"]) for r in recs] == [("2023-05-11", True)]
