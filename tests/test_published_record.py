"""A legislative record's page prints its own day: the chamber-and-date line and the issue line (invented pages)."""

from __future__ import annotations

import datetime as dt

from timeline.articles import load_articles
from timeline.published import find_published, record_line

HOUSE_SPORT = """CONGRATULATING THE LAKESIDE ROWING CLUB ON ITS NATIONAL TITLE

(Mr. DOE asked and was given permission to address the House for 1 minute.)

  Mr. DOE. Mr. Speaker, I rise today to congratulate the rowers of the
Lakeside club, who won the national eights final on Saturday after a
season of early mornings on cold water.

(House of Representatives - June 8, 2021)
"""

SENATE_SCIENCE = """(Senate - March 2, 2019)

Text available as:

[Page S1450]

  Mrs. ROE. Madam President, yesterday the new radio telescope in the
high desert recorded its first signal, and I want to thank the engineers
who built it on time and under budget.
"""

ISSUE_LINE_WEATHER = """[Congressional Record Volume 166, Number 80 (Tuesday, May 5, 2020)]
[Senate]
[Pages S2101-S2102]

                              STORM RELIEF

  Mr. POE. Mr. President, the hail storm last week flattened the wheat
in three counties, and the farmers there need relief before planting.
"""

ISSUE_LINE_COURTS = """[Congressional Record Volume 160, Number 12 (Wednesday, January 22, 2014)] [House] [Pages H1201-H1203] JUDICIAL VACANCIES  Mr. LOE. Mr. Speaker, the appeals court in my district has had two empty seats for a year.
"""

CLOSING_BRACKET = """[Congressional Record: October 9, 2015 (Senate)]
[Page S7301]

  Mr. KOE. Mr. President, the quarterly figures released by the
central bank this morning show wages rising faster than prices.
"""


def test_house_closing_line_is_the_page_date():
    found = find_published(HOUSE_SPORT)
    assert found.date == dt.date(2021, 6, 8)
    assert found.source == "printed"
    assert "record's own day" in found.note


def test_senate_section_line_with_page_mark():
    assert find_published(SENATE_SCIENCE).date == dt.date(2019, 3, 2)
    assert record_line("(Senate - March 2, 2019) [Page S1450]\nText").date == dt.date(2019, 3, 2)


def test_issue_line_followed_by_labels_on_the_same_line():
    found = find_published(ISSUE_LINE_COURTS)
    assert found.date == dt.date(2014, 1, 22)
    assert found.printed.text.startswith("[Congressional Record Volume 160")


def test_issue_line_on_its_own():
    assert find_published(ISSUE_LINE_WEATHER).date == dt.date(2020, 5, 5)


def test_closing_bracket_form():
    assert find_published(CLOSING_BRACKET).date == dt.date(2015, 10, 9)


def test_later_republisher_stamp_does_not_win():
    blog = (
        "Capitol Notes blog\n\nJune 10, 2021\n\nRowing club congratulated\n\n"
        + HOUSE_SPORT
        + "\nNo comments:\n\nPost a Comment\n"
    )
    found = find_published(blog)
    assert found.date == dt.date(2021, 6, 8)
    assert "later copy's stamp" in found.note
    assert found.updated is None  # a copy's stamp is no update of the remarks


def test_stamp_of_the_same_day_or_earlier_does_not_win_either():
    same = "Weather desk\n\nMarch 2, 2019\n\n" + SENATE_SCIENCE
    assert find_published(same).date == dt.date(2019, 3, 2)
    earlier = "Inserted article\n\nFebruary 20, 2019\n\n" + SENATE_SCIENCE
    found = find_published(earlier)
    assert found.date == dt.date(2019, 3, 2)
    assert "earlier day" in found.note


def test_sentence_naming_a_chamber_and_day_is_no_record_line():
    speech = (
        "Bridge tolls to rise\n\n"
        "  Mr. SOE. As I said in this Chamber (Senate - April 11) and again (Senate - April 11, 2012) last "
        "spring, the tolls on the river bridge will rise before the harvest season.\n"
    )
    assert record_line(speech) is None
    assert find_published(speech).date is None


def test_citation_of_another_days_record_is_no_record_line():
    speech = (
        "(Senate - September 10, 2018)\n\n"
        "  Ms. TOE. Mr. President, the vaccine trial I described last week, Congressional Record, "
        "(Senate - September 4, 2018), page S6001, has now finished enrolling patients.\n"
        "See Congressional Record of September 4, 2018 (Senate) for the full text.\n"
    )
    assert record_line(speech).date == dt.date(2018, 9, 10)
    cited_only = "Flood bill\n\nSee the [Congressional Record, July 2, 2017, page H5001] debate on levees.\n"
    assert record_line(cited_only) is None


def test_loaded_page_takes_the_record_day(tmp_path):
    (tmp_path / "a.txt").write_text(SENATE_SCIENCE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(CLOSING_BRACKET, encoding="utf-8")
    got = {a.path.name: a.published for a in load_articles(tmp_path)}
    assert got == {"a.txt": dt.date(2019, 3, 2), "b.txt": dt.date(2015, 10, 9)}


def test_speech_title_line_closing_on_its_chamber_and_day():
    """A speech's title line in the Record closes on its chamber and day after a double dash: that day is the page's,
    not a banner's earlier date above it."""
    text = ("May 1, 2019 : Spring Floods\n\nFLOOD RELIEF FOR RIVER TOWNS -- (Senate - May 9, 2019)\n\n"
            "Mr. ROE. Mr. President, I rise to speak about the towns along the river and what they need now.\n")
    found = find_published(text)
    assert found.date == dt.date(2019, 5, 9)
    assert record_line("FLOOD RELIEF -- (House of Representatives - May 9, 2019)\n").date == dt.date(2019, 5, 9)
    assert record_line("He spoke -- as the Senate did (Senate - May 9, 2019) -- at length.\n") is None
