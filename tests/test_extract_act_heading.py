"""An act as its gazette prints it (round 30): a proclamation or an executive order is the act of the day its heading
names; its reasons and provisions, written in the act's present and present perfect, and the gazette's lines over
it (the issue's day, its pages) are no news of the gazette's day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import act_heading, extract_article

GAZETTE = """[Official Gazette Volume 91, Number 40 (Friday, May 7, 2027)]
[Presidential Documents]

Official Gazette / Vol. 91, No. 40 / Friday, May 7, 2027 / Presidential Documents

                {kind} 9120 of May 3, 2027

                
Declaring a Harbor Emergency Concerning the Flooding of the Eastport Docks

                By the President of the Republic

                A Proclamation

                The storm surge of the past weeks has flooded the Eastport docks. The Federal Government has taken
                measures to protect the harbor and its workers. Shipping across the region has come to a halt.

                I therefore declare a harbor emergency in Eastport.
"""


def _records(text: str, published=dt.date(2027, 5, 7)) -> list[dict]:
    art = Article(id="g", path=Path("g.txt"), text=text, title="Declaring a Harbor Emergency",
                  published=published, regions=find_regions(text))
    return extract_article(art)


@pytest.mark.parametrize("kind", ["Proclamation", "Executive Order"])
def test_an_act_is_the_act_of_the_day_its_heading_names(kind):
    recs = _records(GAZETTE.format(kind=kind))
    acts = [r for r in recs if "act's heading" in r[E.note]]
    assert [(r[E.date], r[E.title]) for r in acts] == [
        ("2027-05-03", f"{kind} 9120: Declaring a Harbor Emergency Concerning"[:len(acts[0][E.title])])]
    assert acts[0][E.title].startswith(f"{kind} 9120: Declaring a Harbor Emergency")
    assert "Eastport Docks" in acts[0][E.quote] and "By the President" not in acts[0][E.quote]


def test_the_gazettes_day_dates_nothing_on_an_acts_page():
    """Neither the issue's day over the act nor the act's perfects (its reasons) give an event of May 7."""
    recs = _records(GAZETTE.format(kind="Proclamation"))
    assert {r[E.date] for r in recs} <= {"2027-05-03"}


def test_a_story_telling_an_act_is_read_as_news():
    """'signed Proclamation 9120 of May 3, 2027' in a story: a lower-case word before it, the page is news."""
    text = ("EASTPORT — The president signed Proclamation 9120 of May 3, 2027 Declaring a Harbor Emergency, aides "
            "said on Friday.\n\nThe mayor has asked the port authority to reopen the docks.\n")
    assert act_heading(text) is None
    recs = _records(text)
    assert any(r[E.date] == "2027-05-07" for r in recs)  # the page's own news on its day


@pytest.mark.parametrize("text", [
    # an act named in a sentence, after a lower-case word
    "Under Executive Order 14500 of May 4, 2027 The agencies must report by June.",
    # an act's heading far down a long page: a story quoting it, not the act
    "The council met on Friday. " * 150 + "\nProclamation 9120 of May 3, 2027\nDeclaring a Harbor Emergency\n"
    "By the President of the Republic\n",
    # a story's list of acts: no enacting words after the heading
    "Acts of the week\n\nProclamation 9120 of May 3, 2027 Declaring a Harbor Emergency\nExecutive Order 14500 of May 4, "
    "2027 Improving Dock Safety\n",
    # no day: a month is no act's heading
    "Proclamation 9120 of May 2027\nDeclaring a Harbor Emergency\nBy the President of the Republic\n",
])
def test_near_headings_are_no_act(text):
    assert act_heading(text) is None


def test_an_acts_long_title_is_cut_at_a_word_not_on_a_link_word():
    text = GAZETTE.format(kind="Executive Order").replace(
        "Declaring a Harbor Emergency Concerning the Flooding of the Eastport Docks",
        "Suspension of Shipping by Vessels and Barges of Persons Who Pose a Risk to the Eastport Docks")
    act = [r for r in _records(text) if "act's heading" in r[E.note]][0]
    assert act[E.title] == "Executive Order 9120: Suspension of Shipping by Vessels"
