"""The filter probe of the event benchmark: which events each filter drops, and the pooled row it prints."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_event_filters as f  # noqa: E402
import bench_events as b  # noqa: E402

VOTE = b.Gold("vote", "2021-03-02", "", "Council approves new budget", {"n1", "n2"},
              "the council approved the new budget")
FLOOD = b.Gold("flood", "2021-03-05", "", "River floods lower town", {"n2"}, "the river flooded the lower town")

TWO_ARTICLES = b.Emitted("e1", "2021-03-02", "Council approves budget", {
    "n1": ["On Tuesday the council approved the new budget."],
    "n2": ["The council approved the new budget on Tuesday, March 2."]})
ONE_ARTICLE = b.Emitted("e2", "2021-03-05", "River floods town", {"n2": ["On Friday the river flooded the lower town."]})
CLUTTER = b.Emitted("e3", "2021-03-04", "Shares close higher", {"n1": ["Shares closed higher on Thursday."]})


def test_each_filter_drops_what_its_name_says():
    drop = f.filters()
    assert not any(drop["none"](ev, 0.1) for ev in (TWO_ARTICLES, ONE_ARTICLE, CLUTTER))
    assert [drop["one article"](ev, 0.9) for ev in (TWO_ARTICLES, ONE_ARTICLE)] == [False, True]
    assert [drop["confidence < 0.5"](TWO_ARTICLES, c) for c in (0.45, 0.5)] == [True, False]
    assert drop["one article and confidence < 0.5"](ONE_ARTICLE, 0.4)
    assert not drop["one article and confidence < 0.5"](TWO_ARTICLES, 0.4)


def test_pooled_row_scores_the_events_left():
    story = ([TWO_ARTICLES, ONE_ARTICLE, CLUTTER], {"e1": 0.9, "e2": 0.4, "e3": 0.3}, [VOTE, FLOOD])
    assert f.pooled_row("none", [story], f.filters()["none"]) == "| none | 3 | 100% | 67% | 1.50 |"
    assert f.pooled_row("c", [story], f.filters()["confidence < 0.5"]) == "| c | 1 | 50% | 100% | 1.00 |"
    assert f.pooled_row("a", [story], f.filters()["one article"]) == "| a | 1 | 50% | 100% | 1.00 |"
