"""The kinds of merge errors (benchmarks/bench_merge_kinds.py), on invented events of two domains."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_events as b  # noqa: E402
import bench_merge_kinds as mk  # noqa: E402

# a takeover fight
BID = b.Gold("bid", "2019-05-06", "", "Harlow offers $9 billion for Corbel", {"a1", "a2"},
             "Harlow offered $9 billion for Corbel")
PRAISE = b.Gold("praise", "2019-05-06", "", "Senator Lee hails takeover plan", {"a1", "a2"},
                "Senator Lee praised the offer")
# a storm
LANDFALL = b.Gold("landfall", "2021-09-02", "", "Storm Vera makes landfall near Port Ellis", {"w1", "w2"},
                  "Vera made landfall near Port Ellis")
CLOSURE = b.Gold("closure", "2021-09-02", "", "Governor shuts schools", {"w1", "w2"},
                 "the governor closed all schools in Port Ellis")


def test_two_quotes_of_two_gold_events_are_joined_mentions():
    """Mentions of two events put in one group, in both domains."""
    ev = b.Emitted("e1", "2019-05-06", "Harlow offer", {
        "a1": ["On Monday Harlow offered $9 billion for Corbel."],
        "a2": ["On Monday Senator Lee praised the offer as good for workers."]})
    assert mk.merge_kind(ev, [BID, PRAISE]) == "joined mentions"
    storm = b.Emitted("e2", "2021-09-02", "Vera lands", {
        "w1": ["Vera made landfall near Port Ellis on Thursday."],
        "w2": ["On Thursday the governor closed all schools in Port Ellis."]})
    assert mk.merge_kind(storm, [LANDFALL, CLOSURE]) == "joined mentions"


def test_a_reaction_naming_the_act_it_answers_is_one_quote():
    """One sentence names both events: the grouping could not have kept them apart."""
    ev = b.Emitted("e1", "2019-05-06", "Lee praises offer", {
        "a1": ["Senator Lee praised the offer after Harlow offered $9 billion for Corbel on Monday."]})
    assert mk.merge_kind(ev, [BID, PRAISE]) == "one quote"
    storm = b.Emitted("e2", "2021-09-02", "Schools closed", {
        "w1": ["As Vera made landfall near Port Ellis, the governor closed all schools in Port Ellis."]})
    assert mk.merge_kind(storm, [LANDFALL, CLOSURE]) == "one quote"


def test_mentions_of_one_event_whose_words_together_match_a_second_title_are_several_quotes():
    """Near miss of joined mentions: each quote matches one gold event (the same one), their words together two."""
    ev = b.Emitted("e1", "2021-09-02", "Vera lands", {
        "w1": ["The storm Vera made landfall near Port Ellis on Thursday, flooding schools."],
        "w2": ["Vera made landfall on Thursday while the governor watched."]})
    gold = [LANDFALL, b.Gold("shut", "2021-09-02", "", "Governor shuts schools as storm nears", {"w2", "w1"}, "")]
    hit = [g for g in gold if b.matches(ev, g)]
    assert len(hit) == 2
    assert mk.merge_kind(ev, hit) == "several quotes"


def test_only_the_title_making_the_second_match_is_title():
    """The quote states one event; the event's title holds most words of the other's gold title."""
    ev = b.Emitted("e1", "2019-05-06", "Senator Lee hails plan", {
        "a1": ["On Monday Harlow offered $9 billion for Corbel."]})
    hit = [g for g in (BID, PRAISE) if b.matches(ev, g)]
    assert len(hit) == 2
    assert mk.merge_kind(ev, hit) == "title"


def test_an_event_is_the_only_mark_of_two_gold_events_when_no_other_event_matches_them():
    """A statement naming the act it answers hides no event when the act has a mark of its own."""
    praise = b.Emitted("e1", "2019-05-06", "Lee praises offer", {
        "a1": ["Senator Lee praised the offer after Harlow offered $9 billion for Corbel on Monday."]})
    bid = b.Emitted("e2", "2019-05-06", "Harlow offers $9 billion for Corbel", {
        "a2": ["Harlow offered $9 billion for Corbel on Monday."]})
    hit = [g for g in (BID, PRAISE) if b.matches(praise, g)]
    assert len(hit) == 2
    assert mk.only_mark(praise, hit, [praise]) == ["bid", "praise"]
    assert mk.only_mark(praise, hit, [praise, bid]) == ["praise"]
    storm = b.Emitted("e3", "2021-09-02", "Schools closed", {
        "w1": ["As Vera made landfall near Port Ellis, the governor closed all schools in Port Ellis."]})
    hit = [g for g in (LANDFALL, CLOSURE) if b.matches(storm, g)]
    assert mk.only_mark(storm, hit, [storm]) == ["landfall", "closure"]
