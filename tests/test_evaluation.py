"""Scoring of time expressions and the project's own seed annotation (data/seed_timex.csv)."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.evaluation import match_spans, read_annotations, score, tag_articles

from conftest import ROOT

GOLD = ROOT / "data" / "seed_timex.csv"


@pytest.fixture(scope="module")
def gold():
    return read_annotations(GOLD)


def test_annotations_slice_their_articles(gold, articles_by_id):
    for row in gold.itertuples():
        art = articles_by_id[row.source]
        assert art.text[row.start : row.end] == row.text
        assert not art.is_boilerplate(row.start, row.end)
    assert set(gold["source"]) == set(articles_by_id)
    assert gold.groupby("source")["start"].apply(lambda s: s.is_monotonic_increasing).all()


def test_tagger_on_seed_annotation(gold, seed_articles):
    """Regression floor on the hand-annotated seeds (the figures are shown in notebook 02)."""
    scores, table = score(gold, tag_articles(seed_articles))
    assert scores.relaxed_r >= 95
    assert scores.relaxed_f1 >= 88
    assert scores.value_accuracy >= 95
    assert set(table["outcome"]) <= {"correct", "wrong value", "missed", "spurious"}


def test_match_spans_one_to_one():
    gold = [(0, 5), (10, 20)]
    pred = [(1, 4), (2, 6), (10, 20), (30, 31)]
    assert match_spans(gold, pred) == [(0, 0), (1, 2)]
    assert match_spans(gold, pred, strict=True) == [(1, 2)]


def test_score_counts():
    cols = ["source", "start", "end", "text", "type", "value", "mod"]
    gold = pd.DataFrame(
        [("a", 0, 4, "1994", "DATE", "1994", ""), ("a", 10, 19, "last week", "DATE", "2022-W01", ""),
         ("a", 30, 33, "now", "DATE", "PRESENT_REF", "")],
        columns=cols,
    )
    pred = pd.DataFrame(
        [("a", 0, 4, "1994", "DATE", "1994", ""), ("a", 15, 19, "week", "DATE", "2022-W02", ""),
         ("a", 40, 43, "may", "DATE", "XXXX-05", "")],
        columns=cols,
    )
    scores, table = score(gold, pred)
    assert (scores.relaxed_p, scores.relaxed_r) == pytest.approx((200 / 3, 200 / 3))
    assert scores.strict_f1 == pytest.approx(100 / 3)
    assert scores.value_accuracy == 50
    assert scores.value_f1 == pytest.approx(scores.relaxed_f1 / 2)
    assert list(table["outcome"]) == ["correct", "wrong value", "missed", "spurious"]
