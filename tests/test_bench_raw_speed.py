"""The speed benchmark's digest of a run's events (the check that two trees gave the same events)."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_raw_speed as brs  # noqa: E402


def _frame(rows):
    return pd.DataFrame(rows, columns=["event_id", "date", "title", "source", "quote"])


def test_digest_is_the_events_not_their_ids_nor_the_order_of_their_quotes():
    rows = [("e1", "2024-03-05", "Harbour Board votes to close pier", "a", "The board voted on Tuesday."),
            ("e1", "2024-03-05", "Harbour Board votes to close pier", "a", "The pier will close."),
            ("e2", "2024-03-08", "Ferry Company sues board", "b", "The company sued on Friday.")]
    same = _frame(rows)
    renamed = _frame([("x" + r[0], *r[1:]) for r in [rows[1], rows[0], rows[2]]])
    assert brs.digest(same) == brs.digest(renamed)
    retitled = _frame([rows[0], rows[1], (*rows[2][:2], "Ferry firm sues board", *rows[2][3:])])
    assert brs.digest(retitled) != brs.digest(same)
    moved = _frame([rows[0], rows[1], ("e1", *rows[2][1:])])  # one quote joined to another event
    assert brs.digest(moved) != brs.digest(same)
