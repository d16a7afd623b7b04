"""A measure's own act told by the document that carries it (a bill's sponsor line, a record's vote entry): the
document's act, dated by the day it is printed under (issue 14, round 16)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.extract import extract_article
from timeline.lede import UNDATED_ANCHOR
from timeline.titles import MAX_TITLE

PRINTED = dt.date(2022, 3, 9)


def _article(text: str) -> Article:
    return Article(id="m", path=Path("m.txt"), text=text, title="", published=PRINTED, regions=find_regions(text))


def _acts(text: str) -> list[tuple[str, str, str]]:
    """The (date, title, quote) of the records dated by publication, no date in their text."""
    return [(r["date"], r["title"], r["quote"]) for r in extract_article(_article(text))
            if r["anchor"] == UNDATED_ANCHOR]


FISHERIES_BILL = """117th CONGRESS
2d Session
H. R. 7012
IN THE HOUSE OF REPRESENTATIVES
March 9, 2022
Mr. Halvorsen (for himself and Ms. Ortiz) introduced the following bill; which was referred to the Committee on
Natural Resources
A BILL
To improve the safety of commercial fishing vessels in cold waters, and for other purposes.
Whereas on January 14, 2021, the trawler Northern Star sank off the coast with a crew of six;
Whereas in 2019 the Coast Guard reported 41 fishing vessel losses;
"""

CHAMPIONS_RESOLUTION = """117th CONGRESS
2d Session
S. RES. 540
IN THE SENATE OF THE UNITED STATES
March 9, 2022
Ms. WHITFIELD (for herself and Mr. Abara) submitted the following resolution; which was referred to the
Committee on the Judiciary
RESOLUTION
Congratulating the Riverton Hawks on winning the 2021 national basketball championship, and for other purposes.
Whereas on November 20, 2021, the Riverton Hawks won the national championship game 71 to 64;
Whereas the Hawks finished the 2021 season with a record of 30 wins and 2 losses;
"""

RECORD_VOTE = """  Mr. ABARA. Mr. President, I ask unanimous consent that the resolution be agreed to and the motion to
reconsider be laid upon the table.
  The PRESIDING OFFICER. Without objection, it is so ordered.
  The resolution (S. Res. 540) was agreed to.
  The preamble was agreed to.
"""


@pytest.mark.parametrize("text, title_words", [
    (FISHERIES_BILL, ("Halvorsen", "introduces", "bill", "safety")),
    (CHAMPIONS_RESOLUTION, ("Whitfield", "submits", "resolution", "Riverton Hawks")),
])
def test_a_sponsor_line_is_the_measures_act_of_the_printed_day(text, title_words):
    acts = _acts(text)
    assert len(acts) == 1
    date, title, quote = acts[0]
    assert date == PRINTED.isoformat()
    assert all(w in title for w in title_words), title
    assert len(title) <= MAX_TITLE and not title.endswith((" of", " to", " the")), title
    assert "the following" in quote


def test_a_records_vote_entry_is_the_days_act_and_the_preamble_is_not():
    acts = _acts(RECORD_VOTE)
    assert [(d, q) for d, _t, q in acts] == [(PRINTED.isoformat(), "The resolution (S. Res. 540) was agreed to.")]
    assert acts[0][1] == "Resolution (S. Res. 540) agreed to"


@pytest.mark.parametrize("text", [
    # a speaker recalling a past vote, in quotation marks
    "The coach told reporters: “The resolution was agreed to, and we were proud of it.”\n",
    # improvements, not a measure
    "Engineers at the plant introduced the following improvements to the cooling towers and the pumps.\n",
    # a sponsor line that dates itself: dated by its own date, not by the page
    "In 2019 Ms. Whitfield introduced the following bill on school sports; it was never voted on.\n",
])
def test_near_misses_give_no_act_of_the_printed_day(text):
    measure = re.compile(r"\b(?:submits|introduces|offers)\b.*\b(?:bill|resolution|amendment)\b|\bagreed to$")
    assert [t for _d, t, _q in _acts(text) if measure.search(t)] == []


#: a sponsor line hard-wrapped as printed, its list of cosponsors broken after an honorific: the sentence of its
#: act opens inside the bracket (round 27)
WRAPPED_SPONSOR_LINE = """\tS. RES. 41
\t\tIN THE SENATE OF THE UNITED STATES
\t\t
\t\t\tMarch 9, 2022
\t\t\tMs. Whitfield (for
\t\t\t herself, Mr. Abara,
\t\t\t Mrs. Lund, Mrs.
\t\t\t Okoro, Mr. Pask,
\t\t\t Mr. Tamm, and Mr. Vey) submitted the following resolution;
\t\t\t which was considered and agreed to
\t\t
\t\tRESOLUTION
\t\tCongratulating the Riverton Hawks on winning the
\t\t  2021 national basketball championship.
"""


def test_a_sponsor_line_read_from_inside_its_cosponsors_names_the_sponsor():
    titles = [t for _d, t, _q in _acts(WRAPPED_SPONSOR_LINE) if "submits" in t or "submitted" in t]
    assert titles and all(t.startswith("Whitfield submits resolution") for t in titles), titles


def test_a_sentence_inside_a_bracket_without_cosponsors_names_no_sponsor():
    # the bracket that the sentence closes is no list of cosponsors ('(a former mayor)'): no sponsor read before it
    text = ("Ms. Whitfield (a former mayor of\n\t\t\t Riverton, Mrs.\n\t\t\t Okoro, and Mr. Vey) submitted the "
            "following resolution;\n")
    assert not [t for _d, t, _q in _acts(text) if t.startswith("Whitfield")]
