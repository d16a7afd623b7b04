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


# Round 30: the cover as other records and copies print it. The printers' forms vary (a rule of '-' where the
# Government Publishing Office sets '_', 'JOINT HEARING', 'BEFORE A SUBCOMMITTEE OF THE COMMITTEE ON …', the kind of
# hearing and its place around the day, a title with '401(k)'), and a copy made from a PDF runs the cover's lines
# together. A record prints its cover twice at most (over its title page): one hearing.
@pytest.mark.parametrize("text, date, words", [
    # plain-text copy: rules of hyphens
    (COVER.format(title="SAFETY OF PLAYERS IN COLLEGE FOOTBALL", committee="COMMITTEE ON SPORT", day="MAY 4, 2027")
     .replace("__________", "----------"), "2027-05-04", "Senate Sport Committee holds hearing"),
    # a joint hearing, the day in mixed case
    (COVER.format(title="THE FUTURE OF HURRICANE FORECASTING", committee="SUBCOMMITTEE ON WEATHER",
                  day="March 2, 2027").replace("  HEARING\n", "  JOINT HEARING\n"), "2027-03-02",
     "Senate Weather Subcommittee holds hearing"),
    # before a subcommittee of a committee; a special hearing and its place around the day
    (COVER.format(title="TRAIL SAFETY", committee="SUBCOMMITTEE OF THE\n\n   COMMITTEE ON PARKS",
                  day="SPECIAL HEARING\n\n      MAY 4, 2027--BOISE, ID").replace("BEFORE THE", "before a"),
     "2027-05-04", "Senate Parks Subcommittee holds hearing"),
    # a title holding a lower-case letter between capitals
    (COVER.format(title="PENSIONS AT RISK: 401(k) LOSSES AT ACME", committee="COMMITTEE ON SPORT",
                  day="MAY 4, 2027"), "2027-05-04", "Senate Sport Committee holds hearing"),
    # a PDF's text: the cover on one line
    ("Preview PARKS FOR ALL\n\nTRAIL SAFETY AND THE PARKS HEARING BEFORETHE SUBCOMMITTEE ON TRAILS OFTHE COMMITTEE "
     "ON PARKS HOUSE OF REPRESENTATIVES ONE HUNDRED TWENTIETH CONGRESS FIRST SESSION JUNE 8, 2027 Serial No. 120–8 "
     "Printed for the use of the Committee\n", "2027-06-08", "House Trails Subcommittee holds hearing"),
])
def test_a_cover_in_the_forms_records_and_their_copies_print(text, date, words):
    recs = _records(text)
    assert [(r[E.date], r[E.title][:len(words)]) for r in recs] == [(date, words)]


def test_a_cover_printed_twice_is_one_hearing():
    once = COVER.format(title="TRAIL SAFETY", committee="COMMITTEE ON PARKS", day="MAY 4, 2027")
    head, rest = once.split("The CHAIRMAN.")
    assert len(_records(head + "\n\n" + head + "The CHAIRMAN." + rest)) == 1


def test_a_cover_needs_no_page_date():
    """A hearing record is printed months after the hearing: an undated page still tells the hearing's day."""
    text = COVER.format(title="TRAIL SAFETY", committee="COMMITTEE ON PARKS", day="MAY 4, 2027")
    art = Article(id="h", path=Path("h.txt"), text=text, title="", published=None, regions=find_regions(text))
    recs = [r for r in extract_article(art) if "hearing record" in r[E.note]]
    assert [r[E.date] for r in recs] == ["2027-05-04"]


@pytest.mark.parametrize("text", [
    # a story's capitals: no committee after 'BEFORE THE', no day
    "THE LEAGUE SAID ON MONDAY THAT THE APPEAL HEARING BEFORE THE PANEL WOULD OPEN IN JUNE.\n",
    # a notice of a hearing to come: the cover's words in a sentence
    "The Committee on Parks will hold a hearing before the full committee on May 4, 2027, on trail safety.\n",
    # a flattened line with the day but no serial number after it: not a printed cover
    "TRAIL SAFETY HEARING BEFORE THE SUBCOMMITTEE ON TRAILS SET FOR JUNE 8, 2027 AT NOON\n",
])
def test_near_covers_give_no_hearing(text):
    assert _records(text) == []


def test_the_chamber_on_the_committees_line_is_not_part_of_its_name():
    text = COVER.format(title="TRAIL SAFETY", committee="COMMITTEE ON PARKS U.S. HOUSE OF REPRESENTATIVES",
                        day="MAY 4, 2027").replace("UNITED STATES SENATE", "")
    assert [r[E.title] for r in _records(text)] == ["House Parks Committee holds hearing on Trail safety"]
