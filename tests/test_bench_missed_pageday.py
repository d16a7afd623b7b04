"""The missed-event classes of benchmarks/bench_missed_pageday.py, on invented events and pages."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_events as b  # noqa: E402
import bench_missed_pageday as pm  # noqa: E402

PAGE_DAY = dt.date(2022, 6, 8)


def _gold(date: str, end: str = "") -> b.Gold:
    return b.Gold("g", date, end, "Council passes the harbour budget", {"a1"}, "the council passed the budget")


def test_a_gold_day_equal_to_the_page_day_is_pubday():
    assert pm.relation(_gold("2022-06-08"), PAGE_DAY) == "pubday"


def test_a_two_day_gold_holding_the_page_day_is_still_pubday():
    assert pm.relation(_gold("2022-06-07", "2022-06-08"), PAGE_DAY) == "pubday"


def test_the_day_before_is_a_morning_paper_s():
    assert pm.relation(_gold("2022-06-07"), PAGE_DAY) == "pub-1"


def test_a_week_or_month_holding_the_page_day_is_a_period():
    """Near miss: a coarser gold that holds the page day is no day of its own."""
    assert pm.relation(_gold("2022-06"), PAGE_DAY) == "period"
    assert pm.relation(_gold("2022-W23"), PAGE_DAY) == "period"


def test_older_later_and_unknown_days():
    assert pm.relation(_gold("2022-05-30"), PAGE_DAY) == "before"
    assert pm.relation(_gold("2022-06-12"), PAGE_DAY) == "after"
    assert pm.relation(_gold("2022-06-08"), None) == "no-pub"


def test_story_ranks_skip_headlines_and_labels():
    """A headline and a byline line are no story sentences; the first long sentence is the lede (0)."""
    text = ("Harbour budget passes\nBy Ann Lee\nThe Port Ellis council passed the harbour budget by a vote of 7-2. "
            "The mayor said the new pier would open next spring after the dredging is finished.")
    spans = [(0, 21), (22, 32), (33, 99), (100, len(text))]
    assert pm.story_ranks(text, spans) == [-1, -1, 0, 1]


def test_a_gold_whose_only_page_has_no_sentence_is_no_page():
    """A missed gold event whose article holds no story sentence (an empty or boilerplate-only page) is counted as
    ``no-page``, not read at a sentence index the page does not have (round 31: an IndexError)."""
    from types import SimpleNamespace

    page = SimpleNamespace(text="", spans=[], dates=[], ranks=[], article=SimpleNamespace(published=PAGE_DAY))
    rows = pm._missed_rows("s", [_gold("2022-06-08")], set(), {"a1": page})
    assert [r["relation"] for r in rows] == ["no-page"]


def test_a_gold_on_a_page_with_a_sentence_is_classified():
    """Near miss: a page with a sentence gets its relation and the sentence."""
    from types import SimpleNamespace

    text = "The council passed the budget on the harbour."
    page = SimpleNamespace(text=text, spans=[(0, len(text))], dates=[[]], ranks=[0],
                           article=SimpleNamespace(published=PAGE_DAY))
    rows = pm._missed_rows("s", [_gold("2022-06-08")], set(), {"a1": page})
    assert rows[0]["relation"] == "pubday" and rows[0]["sentence"] == text
