"""Headings that name an act (round 31): a transcript's or a release's heading *Remarks … After/Following/Upon
<act>* names an act of the page's day that the remarks follow; the act is an event of the publication day, titled
by the act, not by the remarks. Invented headings and pages only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import extract_article
from timeline.headings import heading_act, heading_title


@pytest.mark.parametrize("line, expected", [
    ("Remarks by the Governor After Touring Flood Damage in Eastport", "Governor tours Flood Damage in Eastport"),
    ("Remarks by Mayor Ann Lee After Meeting With Harbour Pilots | May 3, 2027",
     "Mayor Ann Lee meets With Harbour Pilots"),
    ("Statement by the Minister Following a Visit to the Northport Dam", "Minister visits the Northport Dam"),
    ("Chancellor Roe’s Remarks After Signing the Ferry Accord", "Chancellor Roe signs the Ferry Accord"),
    ("Remarks by Minister Ann Lee With Minister Jo Poe After Their Meeting", "Minister Ann Lee meets Minister Jo Poe"),
    ("REMARKS BY THE GOVERNOR UPON ARRIVAL IN EASTPORT", "GOVERNOR arrives IN EASTPORT"),
    # no doer named (a collection of remarks prints the speaker elsewhere): a gerund's subject is the speaker, the act
    # as written
    ("Remarks Outside the Town Hall After Signing the Condolence Book", "Signing the Condolence Book"),
])
def test_a_heading_names_the_act_its_remarks_follow(line, expected):
    act = heading_act(line)
    assert act is not None
    assert heading_title(act) == expected


@pytest.mark.parametrize("line", [
    "Remarks on the Economy",  # what the remarks are about
    "Statement on the Anniversary of the Eastport Flood",  # an anniversary is no act of the day
    "Remarks at a Dinner for the Harbour Pilots",  # where they were given
    "Remarks by the Governor After the Storm",  # a happening the remarks answer, no act of the speaker's
    "Statement by Senator Roe Following the Vote on the Ferry Bill",  # a body's act: the release's body tells it
    "Remarks by the Governor Upon Departure",  # no news without where to
    "Remarks Following a Levee Tour in Eastport",  # a noun with no doer named: whose tour, the heading does not say
    "Remarks Following a Meeting on Harbour Safety",
    "Senator Roe Releases Statement After Vote on Ferry Bill",  # a news headline's own verb (may be the next day)
    "Remarks by the mayor after touring the levees.",  # a sentence, not a heading
    "The Governor gave remarks after touring the levees and then flew home to the capital",  # prose
])
def test_near_misses_name_no_act(line):
    assert heading_act(line) is None


def _records(text: str, published=dt.date(2027, 5, 3)) -> list[dict]:
    art = Article(id="r", path=Path("r.txt"), text=text, title=text.strip().split("\n")[0], published=published,
                  regions=find_regions(text))
    return extract_article(art)


PAGE = """Office of the Governor
For Immediate Release

{heading}

Eastport

THE GOVERNOR: Good afternoon. The water has gone down in most streets, and the crews are working through the night.
We owe the people of Eastport more than words, and we will stand with them for as long as it takes to rebuild.
"""


def test_the_heading_act_is_an_event_of_the_publication_day():
    recs = _records(PAGE.format(heading="Remarks by the Governor After Touring Flood Damage in Eastport"))
    acts = [r for r in recs if "heading says it follows" in r[E.note]]
    assert [(r[E.date], r[E.title]) for r in acts] == [("2027-05-03", "Governor tours flood damage in Eastport")]
    assert acts[0][E.quote] == "Remarks by the Governor After Touring Flood Damage in Eastport"


@pytest.mark.parametrize("heading", ["Remarks by the Governor on the Flood Recovery",
                                     "Statement by the Governor on the Anniversary of the Flood",
                                     "Remarks by the Governor at a Dinner for Flood Volunteers"])
def test_a_heading_without_an_act_gives_no_event(heading):
    recs = _records(PAGE.format(heading=heading))
    assert not [r for r in recs if "heading says it follows" in r[E.note]]


def test_a_page_without_a_publication_date_gets_no_heading_act():
    recs = _records(PAGE.format(heading="Remarks by the Governor After Touring Flood Damage"), published=None)
    assert not [r for r in recs if "heading says it follows" in r[E.note]]
