"""The mid-phrase title scan (benchmarks/bench_title_cuts.py), on invented titles and quotes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_title_cuts as tc  # noqa: E402


@pytest.mark.parametrize("title, quote, kind", [
    ("Harbor Trust authorizes Valmont Savings Bank to loan", "The trust authorized Valmont Savings Bank to loan up "
     "to $3 million to the ferry line.", "to-verb"),
    ("Clinic reports leak exposing", "The clinic reported a leak exposing over 9,000 patients.",
     "participle"),
    ("Crew finishes tunnel by sealing", "The crew finished the tunnel by sealing and capping the shaft.",
     "participle"),
    ("Lark challenges account by Mr", "Lark challenged the account by Mr. Dunmore.", "modifier"),
    ("Landlord begins warning affected past", "The landlord began warning affected past and present tenants.",
     "modifier"),
    ("Fund raises $5", "The fund raised $5 billion for the ferry lines.", "number"),
    ("Crowds march in Leeds, York", "Crowds marched in Leeds, York and Hull.", "open-list"),
    ("Rains damage bridges within", "Rains damaged bridges within the last year.", "preposition"),
    ("Council approves budget and", "The council approved the budget and the plan.", "conjunction"),
])
def test_open_kinds(title, quote, kind):
    assert tc.kind(title, [quote]) == kind


@pytest.mark.parametrize("title, quote", [
    ("Court rules in favor of sailing club", "The court ruled in favor of the sailing club in its dispute."),
    ("Senate votes to adjourn", "The Senate voted to adjourn until May."),
    ("Quake kills 12", "The quake killed 12 on Friday."),
    ("Storm kills five", "The storm killed five people in the villages."),
    ("Council approves loan of 40 million euros", "The council approved a loan of 40 million euros for roads."),
    ("Barns burn to ground", "Barns burned to the ground two days ago."),
    ("Statement released", "The board released the following statement."),  # words in another order: not judged
    ("Resolution agreed to", "Resolution agreed to."),
])
def test_closed_titles(title, quote):
    assert tc.kind(title, [quote]) == ""


def test_scan_and_compare(capsys):
    before = {"s": [["2020-01-01", "Fund raises $5", ["The fund raised $5 billion."]]]}
    after = {"s": [["2020-01-01", "Fund raises $5 billion", ["The fund raised $5 billion."]]]}
    assert [k for _s, k, _t, _r in tc.scan(before)] == ["number"]
    assert tc.scan(after) == []
    tc.compare(before, after, 5)
    assert "titles changed 1" in capsys.readouterr().out
