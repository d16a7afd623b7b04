"""The cover of a printed hearing record: the committee held the hearing on the day the cover prints (round 18)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import committee_headline, extract_article

COVER = """[Senate Hearing 120-101]
[From the Government Publishing Office]



                    {title}

=======================================================================

                                HEARING

                               BEFORE THE

                    {committee}

                          UNITED STATES SENATE

                     ONE HUNDRED TWENTIETH CONGRESS

                             FIRST SESSION

                               __________

                            {day}

                               __________

       Printed for the use of the Committee

The CHAIRMAN. The hearing will come to order. We meet today to hear from the witnesses on the matter before us.
"""


def _records(text: str) -> list[dict]:
    art = Article(id="h", path=Path("h.txt"), text=text, title="", published=dt.date(2027, 5, 4),
                  regions=find_regions(text))
    return [r for r in extract_article(art) if "hearing record" in r[E.note]]


@pytest.mark.parametrize("title, committee, day, date, words", [
    # sport
    ("SAFETY OF PLAYERS IN COLLEGE FOOTBALL", "COMMITTEE ON COMMERCE AND SPORT", "MAY 4, 2027", "2027-05-04",
     "Senate Commerce and Sport Committee holds hearing"),
    # weather and science
    ("THE FUTURE OF HURRICANE FORECASTING", "SUBCOMMITTEE ON WEATHER", "MARCH 2, 2027", "2027-03-02",
     "Senate Weather Subcommittee holds hearing"),
])
def test_a_hearing_records_cover_is_the_hearing_on_its_day(title, committee, day, date, words):
    recs = _records(COVER.format(title=title, committee=committee, day=day))
    assert len(recs) == 1 and recs[0][E.date] == date
    assert recs[0][E.title].startswith(words)
    assert day in recs[0][E.quote] and title not in recs[0][E.quote]  # the quote: 'HEARING' to the day


@pytest.mark.parametrize("day", [
    "MAY 2027",  # no day: a month is no hearing's date
    "Printed in May 4, 2027 by the office",  # not a day alone on its line
])
def test_a_cover_without_a_day_alone_on_its_line_gives_no_hearing(day):
    assert _records(COVER.format(title="SAFETY OF PLAYERS IN COLLEGE FOOTBALL", committee="COMMITTEE ON SPORT",
                                 day=day)) == []


def test_the_word_hearing_in_a_story_is_no_cover():
    text = ("The league announced a new rule on Monday.\n\nHEARING\n\nThe appeal will be heard by the panel on "
            "May 4, 2027, the league said.\n")
    assert _records(text) == []


def test_a_covers_topic_takes_the_case_the_transcript_writes():
    """'ACME AND THE HARBOR' as the transcript writes its words: a company's name stays capitalised (round 19)."""
    text = COVER.format(title="ACME AND THE HARBOR", committee="COMMITTEE ON SPORT", day="MAY 4, 2027") \
        + "We will hear from Acme about the harbor and its future.\n"
    recs = _records(text)
    assert [r[E.title] for r in recs] == ["Senate Sport Committee holds hearing on Acme and the harbor"]


@pytest.mark.parametrize("who, chamber, full, short", [
    ("Committee on Harbors and Fisheries", "HOUSE OF REPRESENTATIVES", "House Harbors and Fisheries Committee",
     "House Harbors Committee"),
    ("Committee on Parks, Sport, and Culture", "UNITED STATES SENATE", "Senate Parks, Sport, and Culture Committee",
     "Senate Parks Committee"),
    ("Subcommittee on Rail Safety of the Committee on Transport", "U.S. HOUSE OF REPRESENTATIVES",
     "House Rail Safety Subcommittee", "House Rail Safety Subcommittee"),
    ("Select Panel", "UNITED STATES SENATE", "Select Panel", "Select Panel"),  # no 'Committee on …': as written
])
def test_a_committee_is_named_as_a_headline_names_it(who, chamber, full, short):
    """Round 24: the chamber before the committee's name, 'Committee on X' as 'X Committee', and the first of a
    listed name as the short form."""
    assert committee_headline(who, chamber) == (full, short)


def test_a_long_committee_name_gives_way_to_its_short_form_on_a_cover():
    text = COVER.format(title="TRAIL SAFETY", committee="COMMITTEE ON PARKS, SPORT, AND CULTURE",
                        day="MAY 4, 2027")
    assert [r[E.title] for r in _records(text)] == ["Senate Parks Committee holds hearing on Trail safety"]
