"""The classes of joined-mentions merge errors (benchmarks/bench_merge_joins.py), on invented mentions."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_merge_joins as mj  # noqa: E402

from timeline.identity import Features  # noqa: E402
from timeline.periods import parse_period  # noqa: E402


def feat(actions=(), verbs=(), counts=()) -> Features:
    """A mention's features with only what the classes read."""
    acts = frozenset(actions)
    return Features(actors=frozenset(), subject=frozenset(), actions=acts, objects=frozenset(), terms=frozenset(),
                    direct=1.0, verbs=frozenset(verbs) | acts, counts=frozenset(counts))


def prep(*pairs) -> SimpleNamespace:
    """A prepared story of the given (features, date value) mentions."""
    return SimpleNamespace(features=[f for f, _d in pairs], periods=[parse_period(d) for _f, d in pairs])


def test_meets_as_identity_compares_actions():
    assert mj.meets(frozenset({"arriv"}), frozenset({"arrive"}))
    assert not mj.meets(frozenset({"tour"}), frozenset({"thank"}))  # near miss: two acts


def test_a_month_mention_joined_to_a_day_is_coarse():
    """'In early March the board found the fault' | 'the board shut the line on March 9 after it found a fault'."""
    p = prep((feat({"find"}), "2022-03"), (feat({"shut"}, {"find"}), "2022-03-09"))
    assert mj.link_class(p, 0, 1) == "coarse date"


def test_main_action_before_side_verb():
    """One verb for two acts of one day ('spoke to the mayor' | 'spoke at the rally'); a side verb only
    ('the coalition land forces' | 'the minister landed')."""
    assert mj.link_class(prep((feat({"speak"}), "2022-03-09"), (feat({"speak"}), "2022-03-09")), 0, 1) \
        == "same main action"
    assert mj.link_class(prep((feat({"thank"}, {"land"}), "2022-03-09"), (feat({"land"}), "2022-03-09")), 0, 1) \
        == "side verb"
    assert mj.link_class(prep((feat({"verify"}), "2022-03-09"), (feat({"lead"}), "2022-03-09")), 0, 1) == "words"


def test_a_shared_figure():
    """Two tolls of four deaths, on one day."""
    p = prep((feat({"die"}, counts={("deaths", 4)}), "2022-03-09"),
             (feat({"confirm"}, counts={("deaths", 4)}), "2022-03-09"))
    assert mj.link_class(p, 0, 1) == "same figure"
