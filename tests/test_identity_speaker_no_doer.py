"""The group check of :func:`timeline.identity.merge` (two groups join only when most pairs of their members do not
*disagree*: the same named actor doing two different things) needs the actor to be a doer: when neither clause
names its doer (*Harlow Rovers said that a fire had gutted its grandstand*: the name is the speaker of a reported
clause), the name they share says nothing of who did what, as for the cannot-link of round 17 (issue 14, round 18:
a month's report of an announcement was kept out of the announcement's day by another wording of it). The link
score still decides: two reported clauses about different things stay two events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import extract_article
from timeline.identity import _disagree, merge, prepare

SPEAKER_ONLY = [
    # sport: a club's two announcements
    ("In May 2022, Harlow Rovers said that a fire had gutted its grandstand.",
     "In May 2022, Harlow Rovers said that two strikers had signed new contracts with the club."),
    # science: an institute's two announcements
    ("In June 2022, the Orrin Institute announced that its telescope had found a new comet.",
     "In June 2022, the Orrin Institute announced that a storm had damaged its solar array."),
]

DOER_NAMED = [
    # business: one bank doing two things
    ("In March 2022, Corvel Bank flooded its Leeds vault with water.",
     "In March 2022, Corvel Bank closed its Leeds branch to customers."),
    # science: one institute doing two things
    ("In June 2022, the Orrin Institute launched a new telescope.",
     "In June 2022, the Orrin Institute closed its solar array to visitors."),
]


def _records(texts: tuple[str, str]) -> list[dict]:
    out = []
    for k, text in enumerate(texts):
        art = Article(id=f"s{k}", path=Path(f"s{k}.txt"), text=text, title="", published=dt.date(2022, 7, 12),
                      regions=find_regions(text))
        out.extend(extract_article(art))
    return out


def _disagreeing(texts: tuple[str, str]) -> bool:
    prep = prepare(_records(texts))
    feats = {r[E.source]: f for r, f in zip(prep.records, prep.features)}
    return _disagree(feats["s0"], feats["s1"], prep.idf)


@pytest.mark.parametrize("texts", SPEAKER_ONLY)
def test_a_shared_speaker_of_two_reported_clauses_is_no_disagreement(texts):
    assert not _disagreeing(texts)


@pytest.mark.parametrize("texts", SPEAKER_ONLY)
def test_two_reported_clauses_about_different_things_still_stay_two_events(texts):
    frame = merge(_records(texts))
    assert frame[E.event_id].nunique() == 2


@pytest.mark.parametrize("texts", DOER_NAMED)
def test_one_named_doer_doing_two_things_still_disagrees(texts):
    assert _disagreeing(texts)
