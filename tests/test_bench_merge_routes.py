"""The routes that make merge errors (benchmarks/bench_merge_routes.py), on invented events of two domains."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_events as b  # noqa: E402
import bench_merge_routes as mr  # noqa: E402

SENTENCE = "Senator Lee praised the offer after Harlow offered $9 billion for Corbel on Monday."
# a takeover fight: both rows cite one sentence
BID = b.Gold("bid", "2019-05-06", "", "Harlow offers $9 billion for Corbel", {"a1"}, SENTENCE)
PRAISE = b.Gold("praise", "2019-05-06", "", "Senator Lee hails takeover plan", {"a1"}, SENTENCE)
# a storm: the second row is reached by its short title only
LANDFALL = b.Gold("landfall", "2021-09-02", "", "Storm Vera makes landfall near Port Ellis", {"w1"},
                  "Vera made landfall near Port Ellis on Thursday.")
SCHOOLS = b.Gold("schools", "2021-09-02", "", "Port Ellis schools close", {"w1"},
                 "The governor ordered every school in the county shut.")


def test_routes_strongest_first():
    """The evidence sentence itself, a clause of it, most of its words, half a title's words: in that order."""
    assert mr.route(SENTENCE, BID) == "evidence text"
    assert mr.route("Senator Lee praised the offer after Harlow offered", PRAISE) == "evidence text"
    assert mr.route("The storm Vera made landfall on Thursday close to Port Ellis.", LANDFALL) == "evidence words"
    assert mr.route("Vera lashed Port Ellis as schools stayed closed.", SCHOOLS) == "title words"
    assert mr.route("Vera weakened over the hills.", SCHOOLS) == ""  # near miss: one title word is not half


def test_a_sentence_both_rows_cite_is_evidence_text():
    """No event made from the sentence could match one row and not the other."""
    ev = b.Emitted("e1", "2019-05-06", "Lee praises offer", {"a1": [SENTENCE]})
    hit = [g for g in (BID, PRAISE) if b.matches(ev, g)]
    assert mr.column(ev, hit, "one quote") == "one quote, evidence text"


def test_a_sibling_title_reached_by_its_words_is_title_words():
    """The sentence states the landfall and holds half the words of the schools' short title."""
    ev = b.Emitted("e2", "2021-09-02", "Vera lands", {
        "w1": ["Vera made landfall near Port Ellis on Thursday as schools in Port Ellis were told to close."]})
    hit = [g for g in (LANDFALL, SCHOOLS) if b.matches(ev, g)]
    assert len(hit) == 2
    assert mr.second_route(ev, hit) == "title words"
    assert mr.column(ev, hit, "one quote") == "one quote, title words"


def test_other_kinds_keep_their_column():
    """Joined mentions and the rest are counted as bench_merge_kinds names them."""
    ev = b.Emitted("e3", "2021-09-02", "Vera lands", {"w1": ["Vera made landfall near Port Ellis on Thursday."]})
    assert mr.column(ev, [LANDFALL, SCHOOLS], "joined mentions") == "joined mentions"
    assert mr.second_route(ev, [LANDFALL]) == ""
