"""A page's stamp opening a sentence — a dateline that gives its date before the place, a gazette's running head —
dates the page, not the news: when the sentence dates its news by a near day of its own, the stamp gives no second,
misdated copy of that event (round 30, misdated copies)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.extract import extract_article
from timeline.lede import in_dateline


def _article(text: str, published: dt.date | None) -> Article:
    return Article(id="t", path=Path("t.txt"), text=text, title="", published=published, regions=find_regions(text))


def _dates(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    return [(r["date"], r["date_text"]) for r in extract_article(_article(text, published))]


def _in_dateline(sentence: str, written: str) -> bool:
    at = sentence.index(written)
    return in_dateline(sentence, (0, len(sentence)), (at, at + len(written)))


# --------------------------------------------------------------------------- lede.in_dateline


@pytest.mark.parametrize("sentence, written", [
    ("6/21/2012 - GRANITE BAY, Ruritania -- On June 20, the harbor board announced new fees.", "6/21/2012"),
    ("May 3, 2019 – TRENTO – The club fired its coach on Thursday.", "May 3, 2019"),
    ("04/12/2016--PORT ELLIS, ORE. -- The county began handing out water filters on Monday.", "04/12/2016"),
    ("12, No. 7 / Friday, May 3, 2019 / Notices Order 44 of April 30, 2019 Setting Harbor Fees", "Friday, May 3, 2019"),
    ("Vol. 31, No. 120 / June 2, 2020 / Rules Order 9 of May 29, 2020 on Ferry Fares", "June 2, 2020"),
])
def test_a_date_before_its_place_or_in_a_running_head_is_the_pages(sentence, written):
    assert _in_dateline(sentence, written)


@pytest.mark.parametrize("sentence, written", [
    ("May 3, 2019 – The club fired its coach.", "May 3, 2019"),  # a chronicle's entry: its date is the event's
    ("March 22, 2003 - Relief convoys reached the port city of Ashford.", "March 22, 2003"),
    ("On May 3, 2019 - the club fired its coach.", "May 3, 2019"),
    ("Order 44 of April 30, 2019 / Notices", "April 30, 2019"),  # a slash after a date the order's title gives
    ("The council met on May 3, 2019 / and voted.", "May 3, 2019"),
])
def test_a_chronicle_entry_or_a_date_of_the_text_is_no_stamp(sentence, written):
    assert not _in_dateline(sentence, written)


# --------------------------------------------------------------------------- extraction


def test_a_date_first_dateline_gives_way_to_the_ledes_own_day():
    text = ("6/21/2012 - GRANITE BAY, Ruritania -- On June 20, the harbor board announced new docking fees for "
            "cargo ships.\n")
    got = _dates(text, dt.date(2012, 6, 21))
    assert ("2012-06-20", "June 20") in got
    assert all(d != "2012-06-21" for d, _ in got)


def test_a_running_heads_date_gives_way_to_the_documents_own_day():
    text = ("12, No. 7 / Friday, May 3, 2019 / Notices Order 44 of April 30, 2019 Setting Harbor Fees By the "
            "authority vested in me, I hereby order new harbor fees.\n")
    got = [d for d, _ in _dates(text, dt.date(2019, 5, 3))]
    assert "2019-05-03" not in got


def test_a_date_first_dateline_stays_when_the_lede_gives_no_near_day():
    # no day of its own: the stamp still dates the lede's news (as a dateline before its place does)
    text = ("6/21/2012 - GRANITE BAY, Ruritania -- The harbor board approved new docking fees for cargo ships.\n")
    assert "2012-06-21" in [d for d, _ in _dates(text, dt.date(2012, 6, 21))]
    far = ("6/21/2012 - GRANITE BAY, Ruritania -- The harbor board froze docking fees until December 15, 2012, "
           "pending a review.\n")
    assert "2012-06-21" in [d for d, _ in _dates(far, dt.date(2012, 6, 21))]


def test_a_chronicle_entry_keeps_its_date_beside_another_day():
    text = "March 22, 2003 - Relief convoys reached Ashford, two days after the storm of March 20 closed the roads.\n"
    assert "2003-03-22" in [d for d, _ in _dates(text, dt.date(2003, 3, 30))]
