"""A notice's date fields (round 30): the deadlines it sets ('Rebuttals Due:   June 20, 2027', 'DATES: Written views must
be filed by noon, May 11, 2027.') are events of their days, titled by the field's label; the label keeps
the sentence reader from them."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import extract_article

NOTICE = """PUBLIC NOTICE
HARBOR BOARD

Released: May 2, 2027

HARBOR PERMIT CYCLE ESTABLISHED

Objections Due:                         May 31, 2027
Answers To Objections Due:              June 10, 2027
Rebuttals Due:                          June 20, 2027

The harbor company has filed applications for the new pier with the board.
"""

GAZETTE_NOTICE = """Harbor Board

ACTION: Notice of a pier study; request for written views.

SUMMARY: The Harbor Board has finished its pier study and asks the public for written views on it.

DATES: Written views must be filed by noon, harbor time,
May 11, 2027.

ADDRESSES: Comments may be sent by mail to the board.
"""


def _fields(text: str, published=dt.date(2027, 5, 4)) -> list[tuple[str, str]]:
    art = Article(id="n", path=Path("n.txt"), text=text, title="", published=published, regions=find_regions(text))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [(r[E.date], r[E.title]) for r in extract_article(art) if "date field" in r[E.note]]


@pytest.mark.parametrize("published", [dt.date(2027, 5, 4), None])
def test_a_notices_due_fields_are_its_deadlines(published):
    assert _fields(NOTICE, published) == [("2027-05-31", "Deadline for objections"),
                                          ("2027-06-10", "Deadline for answers to objections"),
                                          ("2027-06-20", "Deadline for rebuttals")]


def test_a_gazette_notices_dates_field_is_its_deadline():
    assert _fields(GAZETTE_NOTICE) == [("2027-05-11", "Deadline for written views")]


@pytest.mark.parametrize("text", [
    # a story's sentence about a due date: read by the sentence reader, not as a field
    "The board said rebuttals are due on June 20, 2027, and it will rule in July.\n",
    # a due line without a full day
    "Rebuttals Due:   June 2027\n",
    # a field of another kind: an effective date is no deadline
    "DATES: Effective Date: April 2, 2027.\n",
    # a due amount, not a filing
    "Balance Due: $1,200 on May 31, 2027 at the harbor office\n",
])
def test_near_fields_set_no_deadline(text):
    assert _fields(text) == []
