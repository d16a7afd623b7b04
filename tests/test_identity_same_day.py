"""Blocking: two mentions of one calendar day in different articles that share a rare content word are compared,
even when they share no actor, action or object and the word is not among either's three rarest (issue 14, round
17: same-event pairs never compared). The score and the cannot-links still decide whether they link."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import extract_article
from timeline.identity import prepare

#: sixty-five mentions of other days, so that a word two mentions share is rare (high IDF) among the candidates
FILL = [f"On {m} {d}, 2022, Town{k} Council approved item {k} of the Ward{k} budget."
        for k, (m, d) in enumerate((m, d) for m in ("January", "February", "March", "April", "May")
                                   for d in range(1, 14))]

PAIRS = [
    # sport: a cup final and the night's celebration, sharing 'floodlights'
    ("On June 4, 2022, the striker Tomas Vell scored twice as Harlow Rovers won the final under floodlights in "
     "heavy rain.",
     "On June 4, 2022, thousands of supporters cheered on the quayside of Dunmore as fireworks lit the floodlights "
     "after midnight."),
    # science: a launch and the tracking station's report, sharing 'observatory'
    ("On June 4, 2022, the Orrin agency launched the Pallas probe from the coastal pad beside the hilltop "
     "observatory.",
     "On June 4, 2022, engineers at the Kestrel station heard a first faint signal as dusk fell over the "
     "observatory."),
]


def _article(text: str, art_id: str) -> Article:
    return Article(id=art_id, path=Path(f"{art_id}.txt"), text=text, title="", published=dt.date(2022, 7, 12),
                   regions=find_regions(text))


def _compared(texts: list[str], first: str, second: str, fill: list[str] = FILL) -> bool:
    """Whether the mentions of articles ``first`` and ``second`` (ids ``s0``, ``s1``…) are a pair to score."""
    recs = [r for k, t in enumerate([*texts, *fill]) for r in extract_article(_article(t, f"s{k}"))]
    prep = prepare(recs, cap=8)
    where = {r[E.source]: i for i, r in enumerate(prep.records)}
    return tuple(sorted((where[first], where[second]))) in set(prep.pairs)


@pytest.mark.parametrize("one, other", PAIRS)
def test_mentions_of_one_day_in_two_articles_sharing_a_rare_word_are_compared(one, other, monkeypatch):
    assert _compared([one, other], "s0", "s1")
    from timeline import identity

    monkeypatch.setattr(identity, "_same_day_pairs", lambda prep, cap: iter(()))
    assert not _compared([one, other], "s0", "s1")  # no actor, action, object or rarest-word key pairs them


@pytest.mark.parametrize("one, other", PAIRS)
def test_mentions_of_different_days_are_not_compared_by_a_shared_word(one, other):
    assert not _compared([one, other.replace("June 4", "June 9")], "s0", "s1")


@pytest.mark.parametrize("one, other", PAIRS)
def test_a_word_common_among_the_candidates_does_not_pair_mentions(one, other):
    word = "floodlights" if "floodlights" in one else "observatory"
    common = [f"{t[:-1]} near the {word}." for t in FILL]  # the shared word is now in every mention
    assert not _compared([one, other], "s0", "s1", fill=common)
