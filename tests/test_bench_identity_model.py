"""The leave-one-story-out test of a learned pair score: labels, features, ranking figures, the per-pair judge."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import numpy as np
import pandas as pd

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_events as be  # noqa: E402
import bench_identity_model as bim  # noqa: E402
from timeline.articles import Article, find_regions  # noqa: E402
from timeline.extract import extract_article  # noqa: E402
from timeline.identity import judge_pair, prepare, score_pairs  # noqa: E402


def _records(texts: list[str]) -> list[dict]:
    out = []
    for k, text in enumerate(texts):
        art = Article(id=f"a{k}", path=Path(f"a{k}.txt"), text=text, title="", published=dt.date(2021, 5, 20),
                      regions=find_regions(text))
        out.extend(extract_article(art))
    return out


SPORT = ["The Harbor City Hawks fired coach Dale Moreno on May 3, 2021, after a losing season.",
         "Coach Dale Moreno was fired by the Hawks on May 3, 2021.",
         "The Hawks signed striker Ivo Brandt on May 9, 2021."]
SCIENCE = ["The Kestrel probe landed on the comet on March 14, 2021.",
           "On March 14, 2021, the Kestrel lander touched down on the comet's surface.",
           "The agency launched a second probe on April 2, 2021."]


def test_judge_pair_gives_the_links_and_conflicts_of_score_pairs():
    """The per-pair judge is what score_pairs is made of: the same links and cannot-links, in two domains."""
    for texts in (SPORT, SCIENCE):
        prep = prepare(_records(texts))
        links, conflicts = score_pairs(prep, prep.pairs)
        judged = [(i, j, *judge_pair(prep, i, j)) for i, j in prep.pairs]
        assert [(s, i, j) for i, j, v, s in judged if v == "link"] == links
        assert [(i, j) for i, j, v, _ in judged if v == "conflict"] == conflicts


def test_mention_gold_labels_each_mention_on_its_own():
    """A mention matches the gold events its own quote and date match; a near-miss of another date matches none."""
    gold = [be.Gold("g1", "2021-03-14", "", "Kestrel probe lands on comet", {"s1"}, "landed on the comet"),
            be.Gold("g2", "2021-05-03", "", "Hawks fire coach", {"s2"}, "fired coach")]
    recs = [{"date": "2021-03-14", "source": "s1", "quote": "The Kestrel probe landed on the comet on Sunday."},
            {"date": "2021-05-03", "source": "s2", "quote": "The Hawks fired coach Dale Moreno."},
            {"date": "2021-06-01", "source": "s1", "quote": "The Kestrel probe landed on the comet."}]
    assert bim.mention_gold(recs, gold) == [frozenset({"g1"}), frozenset({"g2"}), frozenset()]


def test_quote_cosine_is_one_for_a_repeat_and_lower_for_another_sentence():
    vecs = bim.quote_vectors([{"quote": "Markets fell sharply on Monday"}, {"quote": "Markets fell sharply on Monday"},
                              {"quote": "A storm brought heavy rain to the coast"}])
    assert abs(bim._cosine(vecs[0], vecs[1]) - 1.0) < 1e-9
    assert bim._cosine(vecs[0], vecs[2]) < 0.2


def test_pair_features_are_finite_and_one_per_name():
    prep = prepare(_records(SPORT + SCIENCE))
    vecs = bim.quote_vectors(prep.records)
    for i, j in prep.pairs:
        row = bim.pair_features(prep, i, j, *judge_pair(prep, i, j), vecs)
        assert len(row) == len(bim.FEATURES) and np.isfinite(row).all()


def test_average_precision_of_a_perfect_and_a_reversed_ranking():
    y = np.array([1, 1, 0, 0])
    assert bim.average_precision(y, np.array([0.9, 0.8, 0.2, 0.1])) == 1.0
    assert bim.average_precision(y, np.array([0.1, 0.2, 0.8, 0.9])) < 0.6
    assert bim.average_precision(y, np.array([0.5, 0.5, 0.5, 0.5])) < 1.0  # ties count against the positives


def test_leave_one_story_out_learns_a_feature_that_carries_over():
    """Invented pair tables of three stories where one feature decides the label and another is noise: each
    held-out story is ranked almost perfectly; unlabelled pairs (y = -1) are scored but not trained on."""
    rng = np.random.default_rng(0)
    tables = {}
    for story in ("court", "weather", "market"):
        n = 60
        table = pd.DataFrame(0.0, index=range(n), columns=list(bim.FEATURES))
        table["terms_wjaccard"] = rng.normal(size=n)
        table["log_days_apart"] = rng.normal(size=n)  # noise
        y = (table["terms_wjaccard"] > 0).astype(int)
        y.iloc[:5] = -1
        table["y"] = y
        tables[story] = table
    scores, coefs = bim.leave_one_story_out(tables, c=1.0)
    assert coefs.shape == (3, len(bim.FEATURES))
    for story, table in tables.items():
        keep = table["y"] >= 0
        assert bim.roc_auc(table["y"][keep].to_numpy(), scores[story][keep.to_numpy()]) > 0.95
