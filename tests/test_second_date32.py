"""One act, two dates of one sentence: a date that belongs to an opening phrase, a noun or a span must not give the
main clause's act a second, misdated record when another date of the sentence states that act (round 32,
misdated copies). Invented sentences only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.articles import Article, find_regions
from timeline.extract import extract, extract_article


def _records(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    art = Article(id="t", path=Path("t.txt"), text=text, title="", published=published, regions=find_regions(text))
    return [(r["date"], r["title"]) for r in extract_article(art)]


def _dates(text: str, published: dt.date | None) -> list[str]:
    return [d for d, _ in _records(text, published)]


def test_a_date_in_an_opening_phrase_gives_the_main_act_no_second_day():
    text = ("Following the deadly warehouse fire in Millbrook, Ohio in March 2016, Governor Ellen Park signed a "
            "safety order in June 2016 to tighten inspections at storage sites.\n")
    got = _dates(text, dt.date(2017, 1, 10))
    assert "2016-06" in got
    assert "2016-03" not in got


def test_an_opening_clause_with_its_own_verb_keeps_its_date():
    # near miss: the opener has a verb of its own, so its date dates that act, not the main clause's
    text = ("After the council rejected the levy on March 3, the mayor announced a new budget on March 10.\n")
    got = _dates(text, dt.date(2016, 3, 12))
    assert "2016-03-03" in got and "2016-03-10" in got


def test_an_opening_phrase_date_alone_keeps_its_record():
    # near miss: no other date states the act, so the opener's date is all the sentence gives
    text = "Following the warehouse fire in March 2016, Governor Ellen Park signed a safety order.\n"
    assert "2016-03" in _dates(text, dt.date(2017, 1, 10))


def test_two_dates_inside_one_opening_phrase_keep_their_records():
    # near miss: no date outside the opener states the act
    text = "After talks on May 3 and May 4, the two unions signed the accord.\n"
    got = _dates(text, dt.date(2016, 5, 9))
    assert "2016-05-03" in got or "2016-05-04" in got


def test_a_noun_date_beside_a_day_with_the_folders_year_gives_no_copy():
    # a page of unknown day in a folder of 2013: 'June 14' takes the folder's year and still states the act, so the
    # festival's year gives no second record of the sentencing
    texts = [("The treasurer of the Harbor Festival resigned on May 3, 2013, after auditors found missing funds.\n",
              dt.date(2013, 5, 4)),
             ("The city council met on May 20, 2013, to review the festival accounts.\n", dt.date(2013, 5, 21)),
             ("A federal judge formally sentenced the former treasurer on June 14, for his role in the theft of funds "
              "from the 2011 Harbor Festival.\n", None)]
    arts = [Article(id=f"t{i}", path=Path(f"t{i}.txt"), text=t, title="", published=p, regions=find_regions(t))
            for i, (t, p) in enumerate(texts)]
    got = extract(arts)
    mine = got[got.source == "t2"]
    assert "2013-06-14" in set(mine.date)
    assert "2011" not in set(mine.date)


def test_a_date_a_span_reaches_back_to_gives_no_copy():
    text = ("On May 2, 2014, the board asked the auditor to review payments to the contractor going back to at "
            "least 2006.\n")
    got = _dates(text, dt.date(2014, 5, 3))
    assert "2014-05-02" in got
    assert "2006" not in got


def test_a_relative_date_restated_by_a_calendar_date_gives_one_record():
    text = "Two years ago, on March 14, a cargo ferry sank in the bay near Portsmouth.\n"
    got = _dates(text, dt.date(2019, 3, 20))
    assert set(got) == {"2017-03-14"}


def test_a_coarser_date_after_a_day_does_not_restate_it():
    # near miss: 'in March' is coarser than 'Friday': the day keeps its own reading
    text = "The board met on Friday, in March, to approve the budget.\n"
    assert "2016-03-04" in _dates(text, dt.date(2016, 3, 7))


def test_a_deictic_day_restated_by_a_full_date_takes_the_written_day():
    # the page's day is a month off (a page saved later): the written date dates the vote, not 'Today'
    text = "Today, Tuesday, June 7, 2016, the county board voted on a measure to approve the river compact.\n"
    got = _dates(text, dt.date(2016, 5, 7))
    assert "2016-06-07" in got
    assert "2016-05-07" not in got


def test_an_ago_counted_from_today_gives_no_record_for_today():
    text = "Just over one month ago today, the valley was hit by a magnitude 6.1 earthquake.\n"
    got = _dates(text, dt.date(2011, 4, 12))
    assert "2011-04-12" not in got


def test_two_days_in_a_list_keep_their_records():
    # near miss: 'today, tomorrow' is a list, not a restatement; a weekday before a duration is no apposition
    text = "The shelters will stay open today, tomorrow and through the weekend, the mayor said on Friday.\n"
    got = _dates(text, dt.date(2016, 7, 1))
    assert "2016-07-01" in got
    trains = "Trains should run normally on Thursday, one week after the ash cloud closed the airports.\n"
    assert any(d.startswith("2010-04") for d in _dates(trains, dt.date(2010, 4, 20)))
