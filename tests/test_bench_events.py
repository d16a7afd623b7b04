"""The event benchmark's scoring rule: matches, splits, and the two merge-error figures."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_events as b  # noqa: E402

BID = b.Gold("bid", "2019-05-06", "", "Harlow offers $9 billion for Corbel", {"a1", "a2"},
             "Harlow offered $9 billion for Corbel")
REJECT = b.Gold("reject", "2019-05", "", "Corbel directors turn down bid", {"a1", "a2"},
                "directors turned down the bid")


def test_a_quote_stating_the_evidence_matches_and_a_wrong_date_does_not():
    ev = b.Emitted("e1", "2019-05-06", "Harlow bids", {"a1": ["On Monday Harlow offered $9 billion for Corbel."]})
    assert b.matches(ev, BID)
    assert not b.matches(b.Emitted("e2", "2019-06-06", "", ev.quotes), BID)
    assert not b.matches(b.Emitted("e3", "2019-05-06", "", {"a9": ev.quotes["a1"]}), BID)


def test_an_event_grouping_mentions_of_two_gold_events_is_a_mention_merge():
    ev = b.Emitted("e1", "2019-05-06", "Harlow offer", {
        "a1": ["On Monday Harlow offered $9 billion for Corbel."],
        "a2": ["Corbel's directors turned down the bid on Monday."]})
    s = b.score([ev], [BID, REJECT])
    assert (s["merge_err"], s["merge_mentions"]) == (1, 1)


def test_one_quote_matching_two_gold_events_is_a_merge_error_but_not_a_mention_merge():
    ev = b.Emitted("e1", "2019-05-06", "Corbel rejects offer", {
        "a1": ["Harlow offered $9 billion for Corbel, and its directors turned down the bid within hours."]})
    s = b.score([ev], [BID, REJECT])
    assert (s["merge_err"], s["merge_mentions"]) == (1, 0)


def test_two_mentions_of_one_gold_event_are_a_split_not_a_merge():
    one = b.Emitted("e1", "2019-05-06", "Harlow offers $9 billion", {"a1": ["Harlow offered $9 billion for Corbel."]})
    two = b.Emitted("e2", "2019-05", "Offer for Corbel", {"a2": ["In May Harlow offered $9 billion for Corbel."]})
    s = b.score([one, two], [BID, REJECT])
    assert s["found"] == 1 and s["split"] == 1.0 and s["merge_err"] == 0 and s["precision"] == 1.0


def test_the_pooled_row_never_matches_an_event_to_another_storys_gold_through_a_shared_article_id():
    ev = b.Emitted("e1", "2019-05-06", "Harlow bids", {"a1": ["On Monday Harlow offered $9 billion for Corbel."]})
    mine, _ = b.pooled("weather", [ev], [])
    _, theirs = b.pooled("takeover", [], [BID])
    assert b.matches(ev, BID)
    assert not b.matches(mine[0], theirs[0])
    same, gold = b.pooled("takeover", [ev], [BID])
    assert b.matches(same[0], gold[0]) and same[0].id == "takeover/e1" and gold[0].articles == {"takeover/a1", "takeover/a2"}


def test_extraction_failures_are_reported_not_hidden_in_the_figures(tmp_path, broken_sentence, capsys):
    """A step of the extractor that raises loses only its events; the bench prints the failure on stderr so that it
    is not read as a lower recall."""
    (tmp_path / "a.txt").write_text(broken_sentence, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("id,file,published\na,a.txt,2022-06-09\n", encoding="utf-8")
    events, _ = b.run_timeline(tmp_path)
    err = capsys.readouterr().err
    assert err.count("bench_events: ") == 1
    assert "a.txt: extraction failed at the date 'May 3, 2022'" in err and "RuntimeError: boom" in err
    assert len(events) == 1
