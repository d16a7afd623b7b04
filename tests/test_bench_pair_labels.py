"""benchmarks/bench_pair_labels.py on invented mentions: each mention's gold ids and a pair's label."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_pair_labels as labels  # noqa: E402
from bench_events import Gold  # noqa: E402


def test_a_pair_is_same_diff_or_unknown_by_the_gold_ids_of_its_mentions():
    """Shared gold id: same; both labelled, nothing shared: diff; one unlabelled: unknown (never a guess)."""
    assert labels.label(frozenset({"g1", "g2"}), frozenset({"g2"})) == "same"
    assert labels.label(frozenset({"g1"}), frozenset({"g2"})) == "diff"
    assert labels.label(frozenset(), frozenset({"g2"})) == "unknown"
    assert labels.label(frozenset(), frozenset()) == "unknown"


def test_a_mention_is_labelled_by_the_gold_events_its_own_quote_matches():
    """The quote must state the evidence, in an article the gold event lists, on a compatible date."""
    gold = [Gold("g1", "2021-03-04", "", "Town council closes the old bridge", {"a1"},
                 "the town council voted to close the old bridge"),
            Gold("g2", "2021-03-05", "", "Mayor Dana Hale resigns", {"a1", "a2"}, "Mayor Dana Hale resigned")]
    records = [
        {"date": "2021-03-04", "source": "a1", "quote": "On Thursday the town council voted to close the old bridge."},
        {"date": "2021-03-05", "source": "a2", "quote": "Mayor Dana Hale resigned on Friday."},
        {"date": "2021-03-05", "source": "a3", "quote": "Mayor Dana Hale resigned on Friday."},  # not a listed article
        {"date": "2021-03-09", "source": "a1", "quote": "The town council voted to close the old bridge."},  # other day
    ]
    assert labels.mention_labels(records, gold) == [frozenset({"g1"}), frozenset({"g2"}), frozenset(), frozenset()]
