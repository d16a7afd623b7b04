"""The leave-one-story-out test of a learned event score: its features, its logistic fit, its labels."""

from __future__ import annotations

import datetime as dt
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_event_model as bm  # noqa: E402
import event_features as ef  # noqa: E402
from conftest import regatta_story  # noqa: E402


def test_quote_cues_of_person_modality_tense_and_captions():
    sport = ef.quote_features("We have signed the striker, the club said on Monday.")
    assert (sport["first_person"], sport["perfect"], sport["reporting"], sport["caption"]) == (1.0, 1.0, 1.0, 0.0)
    science = ef.quote_features("The probe could reach the comet by March")
    assert (science["modal"], science["caption"], science["first_person"]) == (1.0, 1.0, 0.0)
    money = ef.quote_features("Shares fell 4% after the $2 billion bid.")
    assert (money["money"], money["percent"], money["numbers"]) == (1.0, 1.0, 1.0)
    # near miss: the country's initials are no first person, a plain past no perfect
    near = ef.quote_features("US regulators approved the merger on Friday.")
    assert (near["first_person"], near["perfect"], near["past_ed"]) == (0.0, 0.0, 1.0)
    assert math.isclose(near["quote_words"], math.log1p(7))


def test_how_the_date_sits_in_its_quote():
    assert ef.mention_context("The court has heard appeals since 2012.", "2012")["date_since"] == 1.0
    assert ef.mention_context("The 2019 season opener drew a record crowd.", "2019")["date_premod"] == 1.0
    assert ef.mention_context("The lab sequenced the genome on May 3.", "May 3") == {
        "date_prep": 1.0, "date_since": 0.0, "date_premod": 0.0}
    # near misses: a date opening the sentence, and a date not found in the quote
    assert ef.mention_context("In 2019 the team won the title.", "In 2019") == {
        "date_prep": 0.0, "date_since": 0.0, "date_premod": 0.0}
    assert ef.mention_context("The jury retired.", "Tuesday")["date_prep"] == 0.0


def _frame() -> pd.DataFrame:
    rows = [
        ("e1", "2021-04-06", "day", "publication", "a1", "The jury convicted the driver on Tuesday.", 0, "Jury convicts"),
        ("e1", "2021-04-06", "day", "publication", "a2", "A jury convicted the driver on Tuesday.", 500, "Jury convicts"),
        ("e2", "2015", "year", "absolute", "a1", "The 2015 models have a flaw", 900, "Models"),
    ]
    frame = pd.DataFrame(rows, columns=["event_id", "date", "precision", "anchor", "source", "quote", "quote_start",
                                        "title"])
    frame["date_text"] = ["Tuesday", "Tuesday", "2015"]
    frame["start"] = pd.to_datetime(["2021-04-06", "2021-04-06", "2015-01-01"])
    frame["end"] = pd.to_datetime(["2021-04-07", "2021-04-07", "2016-01-01"])
    frame["note"] = ["extracted from 'Tuesday'", "extracted from 'Tuesday'; copy of a1", "extracted from '2015'"]
    frame["tags"] = ""
    frame["mention_mod"] = ""
    frame["confidence"] = [0.75, 0.75, 0.81]
    return frame


def test_event_features_one_row_per_event_in_order():
    published = {"a1": dt.date(2021, 4, 7), "a2": dt.date(2021, 4, 8)}
    feats = ef.event_features(_frame(), published, {"a1": 1000, "a2": 1000})
    assert list(feats.index) == ["e1", "e2"] and list(feats.columns) == list(ef.FEATURES)
    e1, e2 = feats.loc["e1"], feats.loc["e2"]
    assert (e1["log_rows"], e1["log_articles"], e1["prec_day"], e1["copy"]) == (math.log(2), math.log(2), 1.0, 1.0)
    assert (e2["prec_year"], e2["year_only_text"], e2["date_premod"], e2["before_pub"]) == (1.0, 1.0, 1.0, 1.0)
    assert e2["caption"] == 1.0 and e2["rel_position"] == 0.9 and e1["before_pub"] == 0.0
    assert ef.event_features(_frame().iloc[:0]).shape == (0, len(ef.FEATURES))


def test_logistic_fit_is_the_penalised_optimum():
    rng = np.random.default_rng(7)
    x = rng.normal(size=(200, 3))
    y = (x[:, 0] - x[:, 2] + rng.normal(size=200) > 0).astype(int)
    coef, intercept = bm.logistic_fit(x, y, c=0.5)
    assert coef[0] > 0 > coef[2]
    p = 1 / (1 + np.exp(-(x @ coef + intercept)))
    assert np.allclose(x.T @ (p - y) + coef / 0.5, 0, atol=1e-8) and abs((p - y).sum()) < 1e-8
    assert np.array_equal(coef, bm.logistic_fit(x, y, c=0.5)[0])


def test_roc_auc_counts_ties_as_half():
    assert bm.roc_auc(np.array([1, 0, 1, 0]), np.array([0.9, 0.1, 0.5, 0.5])) == 0.875
    assert math.isnan(bm.roc_auc(np.array([1, 1]), np.array([0.2, 0.3])))


def test_each_story_is_scored_by_a_model_fitted_without_it():
    rng = np.random.default_rng(3)
    table = pd.DataFrame(rng.normal(size=(90, len(ef.FEATURES))), columns=list(ef.FEATURES))
    table["story"] = np.repeat(["s1", "s2", "s3"], 30)
    table["y"] = (table["confidence"] > 0).astype(int)
    scores, coefs = bm.leave_one_story_out(table, c=0.1)
    assert coefs.shape == (3, len(ef.FEATURES)) and scores.between(0, 1).all()
    assert bm.roc_auc(table["y"].to_numpy(), scores.to_numpy()) > 0.8
    # flipping the labels of one story changes the other stories' scores, never its own
    flipped = table.assign(y=np.where(table["story"] == "s1", 1 - table["y"], table["y"]))
    again, _ = bm.leave_one_story_out(flipped, c=0.1)
    assert np.allclose(again[:30], scores[:30]) and not np.allclose(again[30:], scores[30:])


def test_story_events_labels_by_the_benchmark_rule(tmp_path: Path):
    folder = regatta_story(tmp_path / "regatta")
    feats, matched, gold = bm.story_events(folder)
    assert gold == 1 and set(feats.index) == set(matched)
    won = [e for e, m in matched.items() if m == ["g1"]]
    assert len(won) == 1 and feats.loc[won[0], "y"] == 1
    assert all(feats.loc[e, "y"] == 0 for e in matched if e not in won)
