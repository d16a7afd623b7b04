"""The mid-phrase title scan (benchmarks/bench_title_cuts.py), on invented titles and quotes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_title_cuts as tc  # noqa: E402


@pytest.mark.parametrize("title, quote, kind", [
    ("Harbor Board authorizes Bank of Northport to lend", "The board authorized the Bank of Northport to lend up to "
     "$5 billion to the insurer.", "to-verb"),
    ("Office discloses breach affecting", "The office disclosed a breach affecting over 9 million teachers.",
     "participle"),
    ("Petrox completes well by intersecting", "Petrox completed the well by intersecting and cementing the well.",
     "participle"),
    ("Lark disputes testimony by Mr", "Lark disputed testimony by Mr. Dunmore.", "modifier"),
    ("Office begins notifying affected current", "The office began notifying affected current and former staff.",
     "modifier"),
    ("Storm kills five", "The storm killed five people in the villages.", "number"),
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
    ("Council approves loan of 40 million euros", "The council approved a loan of 40 million euros for roads."),
    ("Barns burn to ground", "Barns burned to the ground two days ago."),
    ("Statement released", "The board released the following statement."),  # words in another order: not judged
    ("Resolution agreed to", "Resolution agreed to."),
])
def test_closed_titles(title, quote):
    assert tc.kind(title, [quote]) == ""


def test_scan_and_compare(capsys):
    before = {"s": [["2020-01-01", "Storm kills five", ["The storm killed five people."]]]}
    after = {"s": [["2020-01-01", "Storm kills five people", ["The storm killed five people."]]]}
    assert [k for _s, k, _t, _r in tc.scan(before)] == ["number"]
    assert tc.scan(after) == []
    tc.compare(before, after, 5)
    assert "titles changed 1" in capsys.readouterr().out
