"""A date after *since* or *beyond* opens or bounds a state, no day something happened: when another date of the
sentence states the clause's act, the span's date gives no second, misdated copy of that act (round 30, misdated
copies)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.articles import Article, find_regions
from timeline.extract import extract_article


def _dates(text: str, published: dt.date | None) -> list[str]:
    art = Article(id="t", path=Path("t.txt"), text=text, title="", published=published, regions=find_regions(text))
    return [r["date"] for r in extract_article(art)]


def test_a_since_date_beside_the_acts_own_day_gives_no_record():
    text = ("On March 28, Lakeview Dairy withdrew every cheese and yogurt made at its Dover, Delaware plant since "
            "June 1, 2017.\n")
    got = _dates(text, dt.date(2019, 4, 2))
    assert "2019-03-28" in got
    assert "2017-06-01" not in got


def test_a_beyond_date_beside_the_acts_own_day_gives_no_record():
    text = "The curfew imposed on May 3, 2004, will stay in place beyond May 3, 2019.\n"
    got = _dates(text, dt.date(2019, 4, 20))
    assert "2004-05-03" in got
    assert "2019-05-03" not in got


def test_a_span_date_alone_keeps_its_record():
    # no other date states the act: the span's date is all the sentence gives (left as it was)
    made = "Lakeview Dairy withdrew every cheese and yogurt made at its Dover, Delaware plant since June 1, 2017.\n"
    assert "2017-06-01" in _dates(made, dt.date(2019, 4, 2))
    bound = "The curfew will stay in place beyond May 3, 2019.\n"
    assert "2019-05-03" in _dates(bound, dt.date(2019, 4, 20))


def test_dates_that_all_open_spans_keep_their_records():
    text = ("That makes it the deadliest storm logged by forecasters since 1968 and the fifth hurricane to strike the "
            "coast since March 4, 2001.\n")
    got = _dates(text, dt.date(2001, 11, 20))
    assert "1968" in got and "2001-03-04" in got


def test_a_date_after_other_words_keeps_its_record():
    # 'after' dates an act: only 'since' and 'beyond' open or bound a span
    text = "The curfew imposed on May 3, 2004, was lifted after May 3, 2019.\n"
    assert "2004-05-03" in _dates(text, dt.date(2019, 6, 20))
