"""Event identity does not depend on the order of the articles nor on their names (issue 14, round 11)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import extract_article
from timeline.identity import content_order, merge, prepare, score_pairs

#: invented stories of two domains: a sports team travelling in groups, a science announcement, a court ruling
TEXTS = {
    "sport1": "The first players of the Riverton squad flew with coaches, physiotherapists and kit managers to Lisbon "
              "on March 14, 2023.",
    "sport2": "More players of the Riverton squad flew to Lisbon on March 16, 2023.",
    "sport3": "The squad flew to Lisbon in mid-March 2023.",
    "sci1": "The Halden observatory announced the discovery of a comet on March 20, 2023.",
    "sci2": "On March 20, 2023, astronomers at Halden announced they had discovered a new comet.",
    "court1": "On March 22, 2023, the appeals court in Dunmore overturned the fraud conviction of Ada Brill.",
    "court2": "Ada Brill's fraud conviction was overturned by a Dunmore appeals court on March 22, 2023.",
    "court3": "Ada Brill was released from prison in Dunmore on March 22, 2023.",
}


def _article(text: str, art_id: str) -> Article:
    return Article(id=art_id, path=Path(f"{art_id}.txt"), text=text, title="", published=dt.date(2023, 4, 2),
                   regions=find_regions(text))


def _records(names: dict[str, str]) -> list[dict]:
    """Candidate records of :data:`TEXTS`, each article under the name ``names`` gives it."""
    return [r for key, text in TEXTS.items() for r in extract_article(_article(text, names[key]))]


def _events(frame, back: dict[str, str]) -> set[frozenset]:
    """The events of a frame as sets of (original article name, quote start)."""
    groups: dict[str, set] = {}
    for row in frame.itertuples():
        groups.setdefault(row.event_id, set()).add((back[row.source], row.quote_start))
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("seed", range(6))
def test_renaming_and_shuffling_the_articles_gives_the_same_events(seed):
    same = {k: k for k in TEXTS}
    base = _events(merge(_records(same)), same)
    rnd = random.Random(seed)
    names = list(TEXTS)
    rnd.shuffle(names)
    renamed = {k: f"{i:02d}-{names[i]}" for i, k in enumerate(reversed(list(TEXTS)))}  # other names, other order
    records = _records(renamed)
    rnd.shuffle(records)
    assert _events(merge(records), {v: k for k, v in renamed.items()}) == base


def test_a_month_mention_as_strongly_linked_to_two_days_joins_the_one_saying_most_of_the_same():
    """*The squad flew to Lisbon in mid-March* links as strongly to the players who flew on the 14th as to those
    who flew on the 16th; it joins the mention that shares the larger part of all the words the two say (not the
    one whose article happens to be read or named first)."""
    same = {k: k for k in TEXTS}
    events = _events(merge(_records(same)), same)
    joined = [{a for a, _ in e} for e in events if "sport3" in {a for a, _ in e}]
    assert joined == [{"sport2", "sport3"}]
    # near miss: the two days stay apart, the one announcement said two ways is one event, so is the ruling
    assert not any({"sport1", "sport2"} <= {a for a, _ in e} for e in events)
    assert any({a for a, _ in e} == {"sci1", "sci2"} for e in events)
    assert any({"court1", "court2"} <= {a for a, _ in e} for e in events)


def test_records_are_put_in_an_order_of_what_they_say():
    recs = _records({k: k for k in TEXTS})
    renamed = [dict(r, source="z" + r[E.source]) for r in recs]
    assert [r[E.quote] for r in sorted(recs, key=content_order)] == \
        [r[E.quote] for r in sorted(renamed, key=content_order)]
    prep = prepare(list(reversed(recs)))
    assert [r[E.quote] for r in prep.records] == [r[E.quote] for r in sorted(recs, key=content_order)]
    links, _ = score_pairs(prep, prep.pairs)
    assert links  # the prepared records are scored as before


def test_of_two_copies_the_title_that_says_what_the_sentence_says_wins():
    text = "The Halden observatory announced the discovery of a comet on March 20, 2023."
    for first, second in (("a-copy", "b-copy"), ("b-copy", "a-copy")):
        one = extract_article(_article(text, first))
        two = [dict(r, title="Dunmore council announces closure of bridge")
               for r in extract_article(_article(text, second))]
        frame = merge(one + two)
        assert frame[E.event_id].nunique() == 1
        assert "comet" in frame[E.title].iloc[0].lower()
