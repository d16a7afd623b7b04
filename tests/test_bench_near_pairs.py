"""The verdicts of benchmarks/bench_near_pairs.py on invented mentions (``explain``, ``_best``)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from timeline.articles import Article, find_regions
from timeline.extract import extract_article
from timeline.identity import judge_pair, prepare

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_near_pairs as near  # noqa: E402


def _prepared(texts: list[str]):
    """The prepared mentions of one invented article per text (ids a0, a1, …), published 12 July 2022."""
    arts = []
    for k, text in enumerate(texts):
        arts.append(Article(id=f"a{k}", title=f"a{k}", outlet="Test", published=dt.date(2022, 7, 12),
                            url="", text=text, path=Path(f"a{k}.txt"), regions=find_regions(text)))
    prep = prepare([r for a in arts for r in extract_article(a)])
    index = {prep.records[k]["source"]: k for k in range(len(prep.records))}
    return prep, index


def test_a_cannot_link_names_its_rule_and_uncompared_pairs_say_so():
    """Two named subjects doing one thing on one day: a cannot-link by that rule; uncompared, 'would cannot-link'."""
    prep, at = _prepared(["On May 2, 2022, Acme adopted a shareholder rights plan.",
                          "On May 2, 2022, Brightline adopted a shareholder rights plan."])
    i, j = sorted((at["a0"], at["a1"]))
    assert judge_pair(prep, i, j)[0] == "conflict"
    compared = near.explain(prep, i, j, True)
    assert (compared["verdict"], compared["cause"]) == ("cannot-link", "two named subjects")
    uncompared = near.explain(prep, i, j, False)
    assert (uncompared["verdict"], uncompared["cause"]) == ("never compared", "would cannot-link: two named subjects")


def test_a_linking_pair_kept_apart_is_blamed_on_the_groups():
    """One act told twice (a day and its month) links: when compared, what kept the two apart is the grouping."""
    prep, at = _prepared(["On May 2, 2022, Acme adopted a shareholder rights plan.",
                          "Acme adopted a shareholder rights plan in May 2022."])
    i, j = sorted((at["a0"], at["a1"]))
    assert judge_pair(prep, i, j)[0] == "link"
    assert near.explain(prep, i, j, True)["verdict"] == "linked, kept apart"
    assert near.explain(prep, i, j, False) | {"score": None} == {"i": i, "j": j, "score": None,
                                                                  "verdict": "never compared", "cause": "would link"}


def test_the_pair_nearest_a_join_is_chosen():
    """Of several mention pairs, the one nearest a join: linked before below threshold (the smaller shortfall first)
    before withheld before cannot-link."""
    cands = [{"verdict": "cannot-link", "score": -1.0}, {"verdict": "below threshold", "score": 0.4, "short": 0.3},
             {"verdict": "below threshold", "score": 0.6, "short": 0.1}, {"verdict": "withheld", "score": None}]
    assert near._best(cands)["short"] == 0.1
    assert near._best(cands + [{"verdict": "linked, kept apart", "score": 0.9}])["verdict"] == "linked, kept apart"
    assert near._best(cands[:1] + cands[3:])["verdict"] == "withheld"
