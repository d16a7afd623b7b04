"""One sentence dating its clause by two consecutive days joined by *and* / *or* (*both Friday and Saturday*, *on
June 4 and 5*, *today and tomorrow*) tells one act, or one run of it, over the two days: one event dated by the
first day and ending on the second, not one event per day (issue 14, round 18: a split gold event of three
stories). Two days apart, a repetition (*and again on*) and dates of two clauses stay two events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import extract_article
from timeline.identity import merge

ONE_RUN = [
    # science: one instrument's readings over two days
    ("The seismograph at Kerrow Ridge recorded a swarm of small tremors on both Friday and Saturday.",
     ("2022-07-08", "2022-07-09")),
    # sport: one tournament's two rounds of play told as one run
    ("The Harlow Open was played in driving rain on June 4 and 5, 2022, before a crowd of 9,000.",
     ("2022-06-04", "2022-06-05")),
    # courts: hearings held over two days
    ("Judge Mara Quill heard arguments in the Dunmore water case on June 14 and June 15, 2022.",
     ("2022-06-14", "2022-06-15")),
]

APART = [
    # weather: two storms two days apart
    "The Orrin valley was flooded by storms on June 6 and June 8, 2022.",
    # business: a repetition, two acts
    "Brightline Inc. recalled its Vela heaters on June 6, 2022, and again on June 7, 2022.",
    # politics: two clauses, each with its own day
    "The Kestrel council voted on June 6, 2022, and the mayor signed the budget on June 7, 2022.",
]


def _frame(text: str):
    art = Article(id="a", path=Path("a.txt"), text=text, title="", published=dt.date(2022, 7, 12),
                  regions=find_regions(text))
    return merge(extract_article(art))


@pytest.mark.parametrize("text,days", ONE_RUN)
def test_two_coordinated_days_of_one_clause_are_one_event_from_the_first_to_the_second(text, days):
    frame = _frame(text)
    assert frame[E.event_id].nunique() == 1
    assert set(zip(frame[E.date], frame[E.end_date])) == {days}


@pytest.mark.parametrize("text", APART)
def test_days_apart_a_repetition_or_two_clauses_stay_two_events(text):
    frame = _frame(text)
    assert frame[E.event_id].nunique() == 2
