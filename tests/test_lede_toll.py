"""A disaster's toll of the day told in a report's opening sentences (round 33, rule ``toll``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import extract_article, sentences
from timeline.lede import TOLL_SENTENCES, UNDATED_ANCHOR, undated_events

THURSDAY = dt.date(2023, 5, 11)
LEDE = "Rescue teams reached the flooded valley towns by boat after the river burst its banks overnight."


def _rules(text: str) -> list[tuple[str, str]]:
    sents = [(s.start, s.end) for s in sentences(text)]
    return [(u.rule, text[u.start : u.end]) for u in undated_events(text, sents, [], lede=False)]


def _records(text: str) -> list[dict]:
    article = Article(id="t", path=Path("t.txt"), text=text, title="", published=THURSDAY, regions=find_regions(text))
    return [r for r in extract_article(article) if r["anchor"] == UNDATED_ANCHOR]


@pytest.mark.parametrize("sentence", [
    "Coastal authorities say at least 44 people were killed by the cyclone in the delta.",
    "Provincial officials said at least 12 people have died as the floods spread to the south.",
    "Harbour officials say nine fishermen were killed when the storm reached the islands.",
    "The official death toll from the mudslide in the hill district rose to at least 230.",
    "Officials in the county say the death toll from the earthquake stands at 85.",
    "The health ministry has confirmed more than 1,400 deaths.",
])
def test_a_toll_of_the_day_is_an_event(sentence):
    assert _rules(f"{LEDE} {sentence}") == [("toll", sentence)]
    (record,) = _records(f"{LEDE} {sentence}")
    assert record[E.date] == "2023-05-11"


@pytest.mark.parametrize("sentence", [
    "The virus has killed more than 1,000 people in the province.",  # a running total (round 19's rule)
    "Officials fear a jump in the death toll, which currently stands at 17 in the district.",  # a level described
    "While the official death toll stands at 64, aid groups believe the real count is far higher.",
    "Rescuers fear the death toll will rise to more than 500 in the coming days.",  # a fear of what is to come
    "At least four people died in a similar flood that struck the valley in the spring of 2009.",  # background
])
def test_what_is_no_toll_of_the_day_is_left(sentence):
    assert [r for r, _s in _rules(f"{LEDE} {sentence}") if r == "toll"] == []


def test_a_toll_with_a_date_of_its_own_is_left_to_that_date():
    text = f"{LEDE} Officials say at least twelve climbers have died on the mountain since 2019."
    assert [r for r in _records(text) if "toll of the day" in r["note"]] == []
    named = f"{LEDE} Officials say the death toll from Tuesday's earthquake stands at 85."  # a date naming a thing
    assert [r[E.date] for r in _records(named) if "toll of the day" in r["note"]] == ["2023-05-11"]


def test_a_quoted_toll_or_one_far_down_the_story_is_left():
    quoted = "\u201cAt least 40 people were killed,\u201d the governor said of the storm on the coast road."
    assert [r for r, _s in _rules(f"{LEDE} {quoted}") if r == "toll"] == []
    filler = " ".join(f"Crews in district number {k} cleared the roads of fallen trees and mud." for k in range(1, 6))
    far = "Local officials say at least 30 people were killed in the hill villages."
    assert TOLL_SENTENCES < 6
    assert [r for r, _s in _rules(f"{LEDE} {filler} {far}") if r == "toll"] == []
    assert ("toll", far) in _rules(f"{LEDE} {far} {filler}")
