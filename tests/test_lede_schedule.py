"""A briefer's programme of the day in a transcript: scheduled on the publication day (issue 14)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.extract import extract_article, sentences
from timeline.lede import UNDATED_ANCHOR, undated_events

THURSDAY = dt.date(2023, 5, 11)
#: a briefing aboard a plane: the press secretary's turn label opens the transcript
TURN = "MS. COSTA: Good morning, everybody, and welcome aboard.\n\n"


def _schedule(text: str) -> list[tuple[str, str, str]]:
    sents = [(s.start, s.end) for s in sentences(text)]
    return [(text[u.start : u.end], u.title, u.clause.kind) for u in undated_events(text, sents, [], lede=False)
            if u.rule == "schedule"]


@pytest.mark.parametrize("sentence, title", [
    ("From the airport, the Governor will have a working lunch with the flood victims, and then she will fly back "
     "to the capital.", "Governor to have working lunch with flood victims"),
    ("The Minister is going to be delivering a graduation speech at Eastport University.",
     "Minister to deliver graduation speech at Eastport University"),
    ("Later the Governor will also visit the shelter at the old fairground.",
     "Governor to visit shelter at old fairground"),
    ("Mayor Ana Roe will attend the reopening of the harbour bridge.",
     "Mayor Ana Roe to attend reopening of harbour bridge"),
])
def test_a_briefers_programme_of_the_day_is_scheduled(sentence, title):
    assert _schedule(TURN + sentence) == [(sentence, title, "scheduled")]


def test_a_pronoun_subject_keeps_the_clauses_own_title():
    sentence = "A reporter from the Eastport Courier is on board, and she will interview the Governor on this trip."
    assert [(s, t) for s, t, _k in _schedule(TURN + sentence)] == [(sentence, "")]


@pytest.mark.parametrize("text", [
    # no transcript: a news page's plan without a date is no programme of its day
    "From the airport, the Governor will have a working lunch with the flood victims at the shelter.",
    # the moderator's programme of the session itself, in the first person
    TURN + "Once I have introduced the Minister, she will give a short statement and you can ask questions.",
    # a state, not an occasion, after 'have'
    TURN + "The Governor will have the final figures for the committee by the end of the session.",
    # another modal or a habit
    TURN + "The Governor will visit the shelter if she can find the time between the two meetings.",
    TURN + "The Governor will visit the shelter every week until the families have gone home.",
    # a subordinate clause and a quotation
    TURN + "Reporters asked whether the Governor will visit the shelter at the old fairground.",
    TURN + '"The Governor will visit the shelter at the old fairground," the aide told the crowd.',
    # no act of the day
    TURN + "The Governor will continue to monitor the water levels along the river.",
])
def test_other_futures_are_left_out(text):
    assert _schedule(text) == []


def test_the_item_is_dated_by_the_publication_day():
    text = TURN + "From the airport, the Governor will have a working lunch with the flood victims at the shelter."
    art = Article(id="b1", path=Path("b1.txt"), text=text, title="", published=THURSDAY, regions=find_regions(text))
    recs = [r for r in extract_article(art) if r["anchor"] == UNDATED_ANCHOR and "programme" in r["note"]]
    assert [r["date"] for r in recs] == ["2023-05-11"]
