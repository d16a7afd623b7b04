"""The structural features of the learned event filter bench (benchmarks/event_structure.py), on invented events."""

from __future__ import annotations

import datetime as dt
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import event_structure as es  # noqa: E402
from conftest import regatta_story  # noqa: E402

#: an invented page: a headline, a lede and two more paragraphs (blank lines between)
TEXT = ("Ferry line opens a night route\n\n"
        "The ferry line opened a night route across the bay on Monday.\n\n"
        "The operator has added two boats to the fleet.\n\n"
        "Tickets cost four dollars.\n")
LEDE = TEXT.index("The ferry line")
PERFECT = TEXT.index("The operator")
TICKETS = TEXT.index("Tickets")


def _frame() -> pd.DataFrame:
    """Three invented events on two pages: a dated lede (both pages), a present perfect, a year-only event."""
    rows = [
        ("e1", "2023-05-01", "p1", "The ferry line opened a night route across the bay on Monday.", LEDE,
         "extracted from 'Monday'", "publication", "", "Other", "ferry line", 0.8),
        ("e1", "2023-05-01", "p2", "A night ferry route opened on Monday.", 40,
         "extracted from 'Monday'; copy of p1", "publication", "START", "Other", "", 0.7),
        ("e2", "2023-05-03", "p1", "The operator has added two boats to the fleet.", PERFECT,
         "dated by publication: a present perfect reports it", "publication", "", "Statements", "", 0.5),
        ("e3", "2021", "p2", "The line first ran in 2021.", 60,
         "extracted from '2021'; year from the folder", "folder", "END", "Other", "", 0.3),
    ]
    frame = pd.DataFrame(rows, columns=["event_id", "date", "source", "quote", "quote_start", "note", "anchor",
                                        "mention_mod", "lane", "actors", "confidence"])
    frame["quote_end"] = frame["quote_start"] + frame["quote"].str.len()
    frame["title"] = ["Night route opens", "Night route opens", "Two boats added", "Line first runs"]
    frame["start"] = pd.to_datetime(["2023-05-01", "2023-05-01", "2023-05-03", "2021-01-01"])
    return frame


PAGES = {"p1": {"published": dt.date(2023, 5, 3), "text": TEXT, "body": [(LEDE, len(TEXT))]},
         "p2": {"published": dt.date(2023, 5, 5), "text": "x" * 100, "body": [(0, 100)]}}


def _small_pages() -> dict[str, es.Page]:
    return {k: es.Page(p["published"], len(p["text"])) for k, p in PAGES.items()}


def test_signed_log_keeps_the_sign_of_the_days():
    assert es.signed_log(0) == 0.0
    assert es.signed_log(-9) == pytest.approx(-math.log(10))
    assert es.signed_log(9) == pytest.approx(math.log(10))


def test_the_paragraph_of_an_offset_and_whether_it_is_the_lede():
    body = [(LEDE, len(TEXT))]
    assert es.paragraph_of(TEXT, body, LEDE + 5) == (0, True)
    assert es.paragraph_of(TEXT, body, PERFECT) == (1, False)
    assert es.paragraph_of(TEXT, body, TICKETS) == (2, False)
    assert es.paragraph_of(TEXT, body, 3) == (0, False)  # the headline lies outside the body: never the lede


def test_filter_features_one_row_per_event_in_order():
    feats = es.filter_features(_frame(), _small_pages())
    assert list(feats.index) == ["e1", "e2", "e3"] and list(feats.columns) == list(es.FILTER_FEATURES)
    e1, e2, e3 = feats.loc["e1"], feats.loc["e2"], feats.loc["e3"]
    assert (e1["confidence"], e1["actors"], e1["perfect"], e1["rule_perfect"]) == (0.8, 1.0, 0.0, 0.0)
    assert (e2["perfect"], e2["rule_perfect"], e2["actors"]) == (1.0, 1.0, 0.0)
    assert e2["rel_position"] == pytest.approx(PERFECT / len(TEXT)) and e2["position"] == pytest.approx(
        math.log1p(PERFECT))
    assert e1["rel_position"] == pytest.approx(LEDE / len(TEXT))  # the smaller share of its two pages (0.4 on p2)
    assert e2["confidence_rel"] == 0.0 and e1["confidence_rel"] == pytest.approx(0.3)
    assert e1["date_articles"] == 1.0 and e3["date_articles"] == 0.5 and e1["date_crowd"] == 0.0
    assert (e3["date_rank"], e2["date_rank"]) == (pytest.approx(1 / 3), 1.0)
    assert e2["median_days"] == pytest.approx(es.signed_log(-1))  # pages of May 3 and May 5: median May 4
    assert e3["date_distance"] == pytest.approx(math.log1p((dt.date(2023, 5, 1) - dt.date(2021, 1, 1)).days))


def test_filter_features_of_no_event_and_of_undated_pages():
    assert es.filter_features(_frame().iloc[:0], _small_pages()).shape == (0, len(es.FILTER_FEATURES))
    feats = es.filter_features(_frame(), {"p1": es.Page(None, len(TEXT))})
    assert (feats["median_days"] == 0.0).all() and feats.loc["e3", "rel_position"] == 0.0


def test_structure_features_read_the_rule_page_and_folder():
    feats = es.structure_features(_frame(), PAGES)
    assert list(feats.index) == ["e1", "e2", "e3"] and list(feats.columns) == list(es.STRUCTURE_FEATURES)
    e1, e2, e3 = feats.loc["e1"], feats.loc["e2"], feats.loc["e3"]
    assert (e2["rule_publication"], e2["rule_perfect"], e2["rule_lede"]) == (1.0, 1.0, 0.0)
    assert (e3["rule_folder_year"], e3["anchor_folder"], e3["mod_end"], e3["mod_start"]) == (1.0, 1.0, 1.0, 0.0)
    assert (e1["mod_start"], e1["anchor_folder"], e1["lane_other"], e2["lane_statements"]) == (1.0, 0.0, 1.0, 1.0)
    assert (e1["in_lede"], e1["paragraph"], e2["in_lede"], e2["paragraph"]) == (1.0, 0.0, 0.0, math.log1p(1))
    assert (e1["page_rank"], e2["page_rank"], e3["page_rank"]) == (0.0, math.log1p(1), math.log1p(1))
    assert e1["page_events"] == math.log(2) and e1["article_share"] == 1.0 and e3["article_share"] == 0.5
    assert e1["folder_pages"] == math.log(2) and e1["page_dated"] == 1.0
    assert e1["page_len"] == math.log1p(len(TEXT)) and e3["page_len"] == math.log1p(100)
    assert e2["pub_days"] == 0.0 and e1["pub_days"] == pytest.approx(es.signed_log(-2))
    assert e3["median_days"] == pytest.approx(es.signed_log((dt.date(2021, 1, 1) - dt.date(2023, 5, 4)).days))
    assert e3["date_rank"] == pytest.approx(1 / 3) and e2["date_rank"] == 1.0


def test_structure_features_of_an_unknown_page_and_no_date():
    frame = _frame()
    frame.loc[frame["event_id"] == "e3", "start"] = pd.NaT
    feats = es.structure_features(frame, {"p1": PAGES["p1"]})
    e3 = feats.loc["e3"]
    assert (e3["page_len"], e3["page_dated"], e3["pub_days"], e3["median_days"], e3["date_rank"]) == (
        0.0, 0.0, 0.0, 0.0, 0.5)
    assert es.structure_features(frame.iloc[:0], PAGES).shape == (0, len(es.STRUCTURE_FEATURES))


def test_the_hand_rule_drops_a_perfect_past_the_middle_of_its_page():
    feats = pd.DataFrame({"f_rule_perfect": [1.0, 1.0, 0.0], "f_rel_position": [0.7, 0.3, 0.9]})
    assert es.past_middle_perfect(feats, "f_").tolist() == [True, False, False]
    assert PERFECT / len(TEXT) > 0.5  # the present perfect of the invented page lies in its second half
    assert es.past_middle_perfect(es.filter_features(_frame(), _small_pages())).tolist() == [False, True, False]


def test_unfiltered_frame_is_cached_and_labelled_by_the_benchmark_rule(tmp_path: Path):
    folder, cache = regatta_story(tmp_path / "regatta"), tmp_path / "cache"
    cache.mkdir()
    frame, meta = es.unfiltered_frame(folder, cache)
    assert (cache / "regatta.pkl").exists() and [m["id"] for m in meta] == ["r1"]
    assert meta[0]["published"] == dt.date(2022, 10, 3) and "autumn regatta" in meta[0]["text"]
    again, _ = es.unfiltered_frame(folder, cache)
    pd.testing.assert_frame_equal(frame, again)
    matched = es.labels(frame, es.be.read_gold(folder))
    assert set(matched) == set(frame["event_id"])
    won = [e for e, m in matched.items() if m == ["g1"]]
    assert len(won) == 1 and all(not m for e, m in matched.items() if e not in won)
    feats = es.structure_features(frame, {m["id"]: m for m in meta})
    assert np.isfinite(feats.to_numpy(float)).all() and feats.loc[won[0], "page_dated"] == 1.0
