"""The listing of misses and unmatched events by kind of page (benchmarks/bench_page_kinds.py), on invented pages."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_page_kinds as pk  # noqa: E402

# a port authority's briefing (a transcript) beside a news page; one gold row found, one missed, one event unmatched
DATA = {"harbour_strike": {
    "kinds": {"br1": "transcript", "n1": "news"},
    "events": [
        ["2024-03-05-dockers-walk-out", "2024-03-05", "Dockers walk out at Port Ellis",
         {"n1": ["Dockers at Port Ellis walked out on March 5."]}],
        ["2024-03-06-sorry-being-late", "2024-03-06", "Sorry for being late",
         {"br1": ["MS. ROE: Sorry for being a little late this morning."]}],
    ],
    "gold": [
        ["walkout", "2024-03-05", "", "Dockers walk out at Port Ellis", ["n1"], "Dockers at Port Ellis walked out",
         "expression"],
        ["talks", "2024-03-06", "", "Harbour board meets the union", ["br1"],
         "the board will have a meeting with the union", "publication"],
    ],
}}


def test_listing_gives_the_kinds_misses_and_unmatched_events():
    lines = pk.listing(DATA, "transcript")
    assert [ln.split()[0] for ln in lines] == ["MISS", "UNMATCHED"]
    assert "Harbour board meets the union" in lines[0] and "will have a meeting" in lines[0]
    assert "Sorry for being late" in lines[1] and "a little late this morning" in lines[1]


def test_listing_leaves_out_other_kinds_and_found_rows():
    assert pk.listing(DATA, "news") == []  # the news page's row is found, its event matched
    assert pk.listing(DATA, "letter") == []


def test_page_kind_reads_a_briefing_by_its_turns():
    text = "Press Briefing by the Harbour Master\n\nMS. ROE: Good morning.\n\nQ: When do the talks resume?\n"
    assert pk.page_kind(text) == "transcript"
    assert pk.page_kind("Dockers at Port Ellis walked out on Tuesday, the union said.") == "news"
