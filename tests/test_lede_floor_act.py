"""A member's speech that opens with a floor act — the address to the chair, then *I rise …* or a motion to suspend
the rules and pass a measure — is the member's act on the floor that day (issue 14, round 29)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.extract import extract_article
from timeline.lede import UNDATED_ANCHOR

PRINTED = dt.date(2023, 5, 17)


def _article(text: str) -> Article:
    return Article(id="f", path=Path("f.txt"), text=text, title="", published=PRINTED, regions=find_regions(text))


def _acts(text: str) -> list[tuple[str, str, str]]:
    """The (date, title, quote) of the records of a speaker's own act dated by the page."""
    return [(r["date"], r["title"], r["quote"]) for r in extract_article(_article(text))
            if r["anchor"] == UNDATED_ANCHOR and "speaker's own act" in r["note"]]


RISE = """Harbor Dredging Act

Floor Speech

  Mr. OKAFOR. Mr. President, I rise in support of an amendment offered by my colleague from Ohio, Senator Lind,
and myself. The amendment is short, but it would let the port towns along the lake rebuild their piers.
  The storm of last October tore the breakwater apart and sank two ferries at their moorings.
"""

MOTION = """[Pages H710-H712]

            HONORING THE CREW OF THE FERRY MARGARET ANNE

  Ms. DELACROIX. Madam Speaker, I move to suspend the rules and agree to the resolution (H. Res. 77) honoring
the crew of the ferry Margaret Anne for their rescue of 41 passengers.
  The Clerk read the title of the resolution.
"""


@pytest.mark.parametrize("text, words", [
    (RISE, ("Okafor", "rises")),
    (MOTION, ("Delacroix", "moves", "suspend", "rules")),
])
def test_a_speech_opening_with_a_floor_act_is_the_members_act_of_the_day(text, words):
    acts = _acts(text)
    assert len(acts) == 1
    day, title, quote = acts[0]
    assert day == PRINTED.isoformat()
    assert all(w in title for w in words), title
    assert quote.startswith(("Mr. President, I rise", "Madam Speaker, I move"))


@pytest.mark.parametrize("text", [
    # a release quoting the floor speech: the release dates it itself
    "WASHINGTON - Senator Ada Okafor spoke on the Senate floor about the harbor bill.\n\n"
    "\u201cMr. President, I rise in support of an amendment that would let the port towns rebuild their piers,\u201d"
    " Okafor said.\n",
    # a request for unanimous consent: procedure, no act of its own
    "  Mr. OKAFOR. Mr. President, I ask unanimous consent that the order for the quorum call be rescinded today.\n",
    # a motion to table: no measure taken up
    "  Mr. OKAFOR. Mr. President, I move to table the motion to reconsider the vote on the harbor amendment.\n",
    # a floor act deep in a debate: a turn, not the page's opening act
    "  Mr. LIND. Mr. President, the storm of last October tore the breakwater apart and sank two ferries.\n"
    "  The port towns have waited many months for the money the bill would give them to rebuild.\n"
    "  Our crews have cleared the wreckage from the harbor mouth but cannot rebuild the piers alone.\n"
    "  Mr. OKAFOR. Mr. President, I rise in support of the amendment offered by my colleague from Ohio.\n",
])
def test_near_misses_give_no_floor_act(text):
    assert _acts(text) == []
