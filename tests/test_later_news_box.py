"""A site's box of its newest stories on an older page (issue 14, round 35: clutter35)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.articles import Article, find_regions
from timeline.extract import extract_article
from timeline.sections import later_news_box

_PAGE_DAY = dt.date(2012, 3, 6)

_BOX = ("Latest stories from Freedonia\n"
        "  • 14 February 2016: Freedonian ferry operator names a new chief\n"
        "  • 2 November 2015: Harbour workers strike for a second day\n"
        "  • 19 May 2014: Freedonia wins the regional rowing title\n")

_STORY = ("Tuesday, March 6, 2012\n\n"
          "The ferry operator halted crossings on Tuesday after a fault in the engine room of its largest vessel. "
          "Engineers inspected the hull in the harbour.\n")


def _page(text: str, published: dt.date | None = _PAGE_DAY) -> Article:
    return Article(id="p", path=Path("p.txt"), text=text, title="Ferry crossings halted", published=published,
                   regions=find_regions(text, title="Ferry crossings halted"))


def _lines(text: str, published: dt.date | None = _PAGE_DAY) -> list[str]:
    return [text[s:e].strip() for s, e in later_news_box(text, published)]


def test_a_box_of_later_stories_running_newest_first():
    text = "Ferry crossings halted\n\n" + _STORY + "\n" + _BOX
    assert len(_lines(text)) == 3
    dates = {r["date"] for r in extract_article(_page(text))}
    assert not dates & {"2016-02-14", "2015-11-02", "2014-05-19", "2016", "2015", "2014"}
    assert "2012-03-06" in dates  # the page's own news stays


def test_only_the_lines_after_the_page_day():
    box = ("Other stories\n  • 14 February 2016: Ferry operator names a new chief\n"
           "  • 2 March 2012: Harbour workers strike for a second day\n")
    assert _lines(box) == ["• 14 February 2016: Ferry operator names a new chief"]


def test_a_chronicle_running_oldest_first_stays():
    chronicle = ("  • 2 March 2012: Harbour workers strike for a second day\n"
                 "  • 5 March 2012: The operator suspends two routes\n"
                 "  • 9 April 2012: Crossings are to resume\n")
    assert _lines(chronicle) == []


def test_a_timetable_ahead_of_the_page_stays():
    timetable = ("Key dates\n  • 9 April 2012: Bids open\n  • 30 April 2012: Bids close\n"
                 "  • 15 June 2012: The winner is named\n")
    assert _lines(timetable) == []


def test_a_lone_dated_line_stays():
    assert _lines("Ferry crossings halted\n• 14 February 2016: The ferry operator names a new chief\n") == []


def test_a_page_without_a_day_keeps_every_line():
    assert _lines(_BOX, None) == []


def test_sentences_with_a_date_and_a_colon_are_no_box():
    prose = ("On 14 February 2016: the ferry operator named a new chief, who said the company would invest in "
             "new vessels and hire more crews for the summer crossings to the islands and back again.\n"
             "On 2 November 2015: a strike.\n")
    assert _lines(prose) == []  # a long sentence is no headline: the short line after it stands alone


def test_lines_opened_by_words_before_their_date_are_no_box():
    lines = ("The vote on 14 February 2016: a defeat for the ferry operator\n"
             "The strike of 2 November 2015: a second day\n")
    assert _lines(lines) == []


def test_other_date_forms_in_a_box():
    box = "Newest stories\n* Monday, Feb. 15, 2016 - Ferry operator names a new chief\n* 2015-11-02 – Strike enters day two\n"
    assert len(_lines(box)) == 2
