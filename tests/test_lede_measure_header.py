"""A measure's own text that prints no act line of its own (its sponsor's verb cut off with the page, or an engrossed
text that prints none) is read from its header: the chamber, the day alone on its line, then the sponsor line (the
measure introduced that day) or the measure's title (agreed to by that chamber that day)
(:func:`timeline.lede._header_act`)."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

from timeline.articles import Article, find_regions
from timeline.extract import extract_article
from timeline.lede import UNDATED_ANCHOR

PRINTED = dt.date(2022, 3, 9)


def _acts(text: str) -> list[tuple[str, str, str]]:
    """The (date, title, quote) of the records dated by publication, no date in their text."""
    art = Article(id="m", path=Path("m.txt"), text=text, title="", published=PRINTED, regions=find_regions(text))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [(r["date"], r["title"], r["quote"]) for r in extract_article(art) if r["anchor"] == UNDATED_ANCHOR]


# sport: an engrossed Senate resolution, agreed to that day (no sponsor line, no vote line)
ENGROSSED_SPORT = """S. RES. 540
In the Senate of the United States, U. S.,

March 9, 2022

RESOLUTION
Congratulating the Riverton Hawks on winning the 2021 national basketball championship.

Whereas on November 20, 2021, the Riverton Hawks won the national championship game 71 to 64;
Whereas the Hawks finished the 2021 season with a record of 30 wins and 2 losses;
"""

# weather: a bill as introduced, the page cut inside its list of cosponsors (no 'introduced the following bill')
CUT_FLOOD_BILL = """117 HR 7012 IH: To extend flood insurance to farms hit by the spring floods of 2021.
U.S. House of Representatives

\t\tH. R. 7012
\t\tIN THE HOUSE OF REPRESENTATIVES
\t\t
\t\t\tMarch 9, 2022
\t\t\tMr. Halvorsen (for himself, Ms. Ortiz, Mr. Abara, Ms. Lindqvist, Mr. Okafor, Ms. Brandt, Mr. Tan, """ \
    """Ms. Moreau, Mr. Ruiz"""

# science: the same header with its act line printed: the act line's candidate only
FULL_SCIENCE_BILL = """H. R. 7013
IN THE HOUSE OF REPRESENTATIVES
March 9, 2022
Ms. Ortiz (for herself and Mr. Tan) introduced the following bill; which was referred to the Committee on Science
A BILL
To fund a survey of the comets of the outer solar system, and for other purposes.
"""


def test_an_engrossed_resolution_is_agreed_to_on_its_headers_day():
    acts = _acts(ENGROSSED_SPORT)
    assert len(acts) == 1
    date, title, quote = acts[0]
    assert date == "2022-03-09"
    assert title.startswith("Senate agrees to resolution congratulating Riverton Hawks")
    assert quote.startswith("Congratulating the Riverton Hawks")


def test_a_bill_cut_inside_its_sponsor_line_is_introduced_on_its_headers_day():
    acts = _acts(CUT_FLOOD_BILL)
    assert len(acts) == 1
    date, title, quote = acts[0]
    assert date == "2022-03-09"
    assert title.startswith("Halvorsen introduces bill to extend flood insurance")
    assert "Halvorsen" in quote


def test_a_measure_that_prints_its_act_line_gets_that_candidate_only():
    acts = _acts(FULL_SCIENCE_BILL)
    assert len(acts) == 1
    assert acts[0][1].startswith("Ortiz introduces bill")


def test_a_release_or_a_record_that_names_a_chamber_is_no_measure_header():
    release = ("WASHINGTON, March 9, 2022 - Senator Jane Roe spoke today in the Senate about the comet survey bill.\n"
               "IN THE HOUSE OF REPRESENTATIVES the bill awaits a vote.\n")
    record = ("THE FLOOD INSURANCE BILL -- (House of Representatives - March 9, 2022)\n\n"
              "  Mr. HALVORSEN. Mr. Speaker, the floods of last spring left farms without cover.\n")
    assert all("introduces" not in t and "agrees" not in t for _d, t, _q in _acts(release) + _acts(record))


def test_a_header_day_not_followed_by_the_measures_opening_gives_nothing():
    text = ("H. RES. 12\nIN THE HOUSE OF REPRESENTATIVES\nMarch 9, 2022\n"
            "Whereas on November 20, 2021, the Riverton Hawks won the national championship game 71 to 64;\n")
    assert not any("agrees" in t or "introduces" in t for _d, t, _q in _acts(text))


# Round 30: the header's act lines as a measure's text prints them when the line breaks differently.
# trade: a concurrent resolution of one chamber as received by the other: 'Referred to the Committee on …' under
# the day, no sponsor line
RECEIVED_TRADE = """S. CON. RES. 41
IN THE HOUSE OF REPRESENTATIVES
March 9, 2022
Referred to the Committee on Ways and Means
_______________________________________________________________________
CONCURRENT RESOLUTION
Expressing the sense of Congress on the harbor tariffs.

Whereas on November 20, 2021, the harbor commission set new tariffs;
"""

# sport: a resolution agreed to the day it was submitted, its sponsor line broken after the semicolon
AGREED_SPORT = """S. RES. 541
IN THE SENATE OF THE UNITED STATES
March 9, 2022
Ms. Okafor (for herself and Mr. Tan) submitted the following resolution;
\t\t\twhich was considered and agreed to
RESOLUTION
Congratulating the Riverton Hawks on winning the 2021 national basketball championship.
"""


def test_a_received_measure_is_referred_on_its_headers_day():
    acts = _acts(RECEIVED_TRADE)
    # 'Concurrent resolution referred to House Ways and Means Committee' is longer than a title: the short form
    assert [(d, t) for d, t, _q in acts] == [("2022-03-09", "Concurrent resolution referred to House committee")]
    assert acts[0][2].startswith("Referred to the Committee on Ways and Means")


def test_the_chambers_agreement_after_a_broken_sponsor_line_is_quoted_with_it():
    acts = _acts(AGREED_SPORT)
    assert len(acts) == 1 and acts[0][0] == "2022-03-09"
    assert acts[0][2].rstrip().endswith("which was considered and agreed to")


def test_a_referral_told_in_a_story_is_no_header_act():
    text = ("WASHINGTON, March 9, 2022 - The resolution was referred to the Committee on Ways and Means on Tuesday.\n"
            "Referred to the Committee on Ways and Means, it may wait for months.\n")
    assert not any("referred to House" in t for _d, t, _q in _acts(text))
