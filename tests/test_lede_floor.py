"""A member's statement in a legislative record that the record opens with the member's recognition (a special
order, a one-minute speech, the chair giving the floor): the act of the record's own day (issue 14, round 17)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.extract import extract_article
from timeline.lede import UNDATED_ANCHOR
from timeline.titles import MAX_TITLE

PRINTED = dt.date(2022, 3, 9)


def _article(text: str) -> Article:
    return Article(id="f", path=Path("f.txt"), text=text, title="", published=PRINTED, regions=find_regions(text))


def _floor(text: str) -> list[tuple[str, str, str]]:
    """The (date, title, quote) of the records of a member's recognized statement."""
    return [(r["date"], r["title"], r["quote"]) for r in extract_article(_article(text))
            if r["anchor"] == UNDATED_ANCHOR and "legislative record" in r["note"]]


SPECIAL_ORDER = """                         RIVERTON FLOOD RECOVERY

  The SPEAKER pro tempore. Under the Speaker's announced policy of January 4, 2022, the gentleman from
Ohio (Mr. Halvorsen) is recognized for 60 minutes as the designee of the majority leader.
  Mr. HALVORSEN. Mr. Speaker, I have lived by the river all my life, and I have never seen the water rise as it
rose over the levees of Riverton.
  The crews worked through the night to fill sandbags and move families to the school gym.

(House of Representatives - March 8, 2022)
"""

ONE_MINUTE = """  (Ms. WHITFIELD asked and was given permission to address the House for 1 minute and to revise and extend
her remarks.)
  Ms. WHITFIELD. Madam Speaker, the Riverton Hawks finished the season with 30 wins and 2 losses, and the whole
town turned out to cheer them home.
"""

SENATE_FLOOR = """                         SPACE TELESCOPE FUNDING

  The PRESIDING OFFICER. The Senator from Ohio is recognized.
  Mr. ABARA. Mr. President, the observatory's engineers finished the mirror tests ahead of schedule, and the
telescope is ready to be shipped to the launch site.
"""


@pytest.mark.parametrize("text, day, title_words", [
    (SPECIAL_ORDER, "2022-03-08", ("Halvorsen", "special-order", "speech")),
    (ONE_MINUTE, PRINTED.isoformat(), ("Whitfield", "House", "floor")),
    (SENATE_FLOOR, PRINTED.isoformat(), ("Abara", "addresses", "Senate", "space telescope funding")),
])
def test_a_recognized_members_statement_is_the_records_act_of_its_day(text, day, title_words):
    acts = _floor(text)
    assert len(acts) == 1, acts
    date, title, quote = acts[0]
    assert date == day
    assert all(w in title for w in title_words), title
    assert len(title) <= MAX_TITLE, title
    assert "recognized" in quote or "permission to address" in quote


def test_the_heading_keeps_the_case_the_text_writes():
    text = SENATE_FLOOR.replace("SPACE TELESCOPE FUNDING", "KEPLER TELESCOPE FUNDING").replace(
        "telescope is ready", "Kepler telescope is ready")
    assert _floor(text)[0][1] == "Abara addresses Senate on Kepler telescope funding"


def test_one_statement_per_member_and_page():
    text = SENATE_FLOOR + """  The PRESIDING OFFICER. The Senator from Ohio is recognized.
  Mr. ABARA. Mr. President, the second mirror was also tested this week and passed every check.
"""
    assert len(_floor(text)) == 1


@pytest.mark.parametrize("text", [
    # no recognition before the statement: a statement within a debate
    "  Mr. ABARA. Mr. President, the observatory's engineers finished the mirror tests ahead of schedule, and the\n"
    "telescope is ready to be shipped to the launch site.\n",
    # the chair only hands over the floor within a debate
    "  The PRESIDING OFFICER. The Senator from Ohio.\n  Mr. ABARA. Mr. President, the observatory's engineers finished"
    " the mirror tests ahead of schedule.\n",
    # the recognized member only moves the chamber's business
    "  The PRESIDING OFFICER. The Senator from Ohio is recognized.\n  Mr. ABARA. Mr. President, I suggest the absence"
    " of a quorum.\n  The PRESIDING OFFICER. The clerk will call the roll.\n",
    # the recognition names another member
    "  The SPEAKER pro tempore. The gentlewoman from Utah (Ms. Poe) is recognized for 5 minutes.\n  Mr. HALVORSEN."
    " Mr. Speaker, the levees of Riverton held through the night and the crews went home at dawn.\n",
    # a release quoting a floor speech prints no speaker label
    "Senator Abara was recognized by the league for his work.\n“Mr. President, the Riverton Hawks won the title,”"
    " Abara said on the floor.\n",
])
def test_near_misses_give_no_floor_act(text):
    assert _floor(text) == []
