"""The big page's columns (:mod:`timeline.bigpage`), without Plotly or a browser."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from timeline.articles import load_articles
from timeline.bigpage import date_label, page_columns, safe_url
from timeline.events import read_events

ROOT = Path(__file__).resolve().parents[1]


def frame(rows):
    """An events frame as read_events derives it (start, end) from (event_id, date, end_date, lane, title, ...)."""
    df = pd.DataFrame(rows, columns=["event_id", "date", "end_date", "title", "lane", "source", "quote",
                                     "quote_start", "quote_end", "date_text"])
    from timeline.periods import parse_period

    df["start"] = [pd.Timestamp(parse_period(d).start) for d in df["date"]]
    df["end"] = [pd.Timestamp(parse_period(e or d).end) for d, e in zip(df["date"], df["end_date"])]
    return df


ROWS = [
    ["b", "2001", "", "Year event", "Politics", "art-2", "q b1", 0, 4, ""],
    ["a", "2001-03-05", "", "Day event", "Economy", "art-1", "q a1", 10, 14, "5 March"],
    ["b", "2001", "", "Year event", "Politics", "art-1", "q b2", 20, 24, "in 2001"],
    ["c", "2001-02", "2001-08", "Range event", "Economy", "art-1", "q c1", 30, 34, ""],
]


def test_events_in_order_of_their_middle_with_their_quotes_grouped():
    cols = page_columns(frame(ROWS))
    # middles: a 2001-03-05, c (Feb..Aug) mid-May, b (the year) 2 July
    assert cols["ids"] == ["a", "c", "b"]
    assert cols["nq"] == [1, 1, 2]
    assert cols["quote"] == ["q a1", "q c1", "q b1", "q b2"]  # an event's quotes keep their order
    assert cols["qs"] == [10, 30, 0, 20] and cols["qe"] == [14, 34, 4, 24]
    assert cols["written"] == ["5 March", "", "", "in 2001"]
    assert [cols["articles"][k][0] for k in cols["src"]] == ["art-1", "art-1", "art-2", "art-1"]
    assert cols["lanes"] == ["Economy", "Politics"] and cols["lane"] == [0, 0, 1]
    assert cols["title"] == ["Day event", "Range event", "Year event"]


def test_day_numbers_cover_the_period_with_an_exclusive_end():
    cols = page_columns(frame(ROWS))
    epoch = pd.Timestamp("1970-01-01")
    day = lambda s: (pd.Timestamp(s) - epoch).days  # noqa: E731
    assert cols["d0"] == [day("2001-03-05"), day("2001-02-01"), day("2001-01-01")]
    assert cols["d1"] == [day("2001-03-06"), day("2001-09-01"), day("2002-01-01")]


def test_date_labels_are_stored_once_per_distinct_date():
    rows = ROWS + [["d", "2001-03-05", "", "Same day", "Economy", "art-1", "q d1", 40, 44, ""]]
    cols = page_columns(frame(rows))
    whens = [cols["whens"][k] for k in cols["when"]]
    assert whens[0] == ["5 March 2001", "2001-03-05"]
    assert ["February 2001 – August 2001", "2001-02/2001-08"] in whens
    assert len(cols["whens"]) == 3  # a and d share one entry


def test_lane_order_comes_first_and_ties_sort_by_id():
    rows = [["z", "1999", "", "Z", "L1", "s", "q", 0, 1, ""], ["y", "1999", "", "Y", "L2", "s", "q", 0, 1, ""]]
    cols = page_columns(frame(rows), lane_order=["L2"])
    assert cols["ids"] == ["y", "z"]
    assert cols["lanes"] == ["L2", "L1"] and cols["lane"] == [0, 1]


def test_articles_carry_citation_fields_and_only_safe_urls(seed_articles):
    by_id = {a.id: a for a in seed_articles}
    some = sorted(by_id)[:2]
    rows = [[f"e{k}", "2020", "", "T", "L", src, "q", 0, 1, ""] for k, src in enumerate(some + ["missing"])]
    cols = page_columns(frame(rows), by_id)
    got = {row[0]: row for row in cols["articles"]}
    for src in some:
        art = by_id[src]
        assert got[src][1:4] == [art.title or "", art.outlet or "",
                                 art.published.isoformat() if art.published else ""]
    assert got["missing"] == ["missing", "", "", "", "", ""]
    assert safe_url("javascript:alert(1)") == "" and safe_url(" https://a.example/x ") == "https://a.example/x"


def test_empty_frame_gives_empty_columns():
    cols = page_columns(frame([]).iloc[0:0])
    assert cols["ids"] == [] and cols["quote"] == [] and cols["lanes"] == []


def test_date_label_shows_an_invalid_value_as_written():
    assert date_label("1994-06-22") == "22 June 1994"
    assert date_label("1990", "1995") == "1990 – 1995"
    assert date_label("not a date") == "not a date"


def test_quotes_are_exact_substrings_of_their_articles_at_their_offsets(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_page import make_events

    folder, events_csv = make_events(tmp_path, 300)
    articles = load_articles(folder)
    events = read_events(events_csv, articles=articles)
    by_id = {a.id: a for a in articles}
    cols = page_columns(events, by_id)
    assert len(cols["ids"]) == 300 and sum(cols["nq"]) == len(events)
    for q, text in enumerate(cols["quote"]):
        art = by_id[cols["articles"][cols["src"][q]][0]]
        assert art.text[cols["qs"][q] : cols["qe"][q]] == text
    middles = [a + b for a, b in zip(cols["d0"], cols["d1"])]
    assert middles == sorted(middles)


def test_the_module_does_not_import_plotly():
    code = ("import sys, timeline.bigpage; "
            "sys.exit(1 if any(m == 'plotly' or m.startswith('plotly.') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


@pytest.mark.parametrize("url", ["data:text/html,x", "http://a b", "ftp://x.example"])
def test_unsafe_urls_are_dropped(url):
    assert safe_url(url) == ""


def test_days_before_1677_are_counted_back_from_1970_not_wrapped():
    from timeline.events import events_from_records

    rows = [dict(event_id=f"e{k}", date=d, title=f"Invented event {k}", lane="History", source="chronicle",
                 quote=f"quote {k}", quote_start=10 * k, quote_end=10 * k + 7)
            for k, d in enumerate(["1066-10-14", "1215", "2023-03-02"])]
    cols = page_columns(events_from_records(rows))
    days = lambda y, m, d: (dt.date(y, m, d) - dt.date(1970, 1, 1)).days  # noqa: E731
    assert cols["d0"] == [days(1066, 10, 14), days(1215, 1, 1), days(2023, 3, 2)]
    assert cols["d1"] == [days(1066, 10, 15), days(1216, 1, 1), days(2023, 3, 3)]
