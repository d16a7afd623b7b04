"""One fact told without a date by articles of different days is one happening (issue 14, round 12).

A present perfect without a date (*Acme has signed the deal*) is dated by its article's publication day; told again in
a follow-up a few days later it was one event split in two. The same named subject doing the same main action to the
same things, within ``identity.RETOLD_DAYS``, joins, dated by the earlier day (or by a dated mention that joins).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import extract_article
from timeline.identity import RETOLD_DAYS, merge

MON, WED, THU = dt.date(2022, 7, 11), dt.date(2022, 7, 13), dt.date(2022, 7, 14)


def _article(text: str, art_id: str, published: dt.date) -> Article:
    return Article(id=art_id, path=Path(f"{art_id}.txt"), text=text, title="", published=published,
                   regions=find_regions(text))


def _merge(*texts: tuple[str, str, dt.date]):
    records = [r for art_id, text, day in texts for r in extract_article(_article(text, art_id, day))]
    assert records and {r["anchor"] for r in records if r[E.source] != "dated"} == {"undated"}
    frame = merge(records)
    return frame, frame.drop_duplicates(E.source).set_index(E.source)[E.event_id]


@pytest.mark.parametrize("first, again", [
    # sport: a signing told on the Monday and in the Thursday's preview
    ("Forward Marta Silva has signed a three-year contract with Porto Athletic.",
     "Marta Silva has signed a three-year contract with Porto Athletic, ending months of talks."),
    # science: a prize told by a release and by a magazine two days later
    ("The Helios Institute has awarded its climate research prize to the glaciologist Ana Costa.",
     "The Helios Institute has awarded its annual climate research prize to Ana Costa of Bergen University."),
    # courts: a passive told twice (one voice)
    ("Judge Rosa Lindqvist has been appointed to the Northern Appeals Court.",
     "Judge Rosa Lindqvist has been appointed to the Northern Appeals Court by the governor."),
])
def test_one_fact_told_undated_on_two_days_is_one_event_of_the_earlier_day(first, again):
    frame, ids = _merge(("a", first, MON), ("b", again, THU))
    assert ids["a"] == ids["b"]
    assert set(frame[E.date]) == {"2022-07-11"}


def test_a_dated_mention_that_joins_dates_the_retold_fact():
    """The Monday report joins the Sunday's dated signing (the day before its publication); the Thursday's report of
    the same signing joins them, and the event keeps the day the text gives."""
    dated = "Marta Silva signed a three-year contract with Porto Athletic on July 10, 2022."
    frame, ids = _merge(("dated", dated, MON),
                        ("a", "Forward Marta Silva has signed a three-year contract with Porto Athletic.", MON),
                        ("b", "Marta Silva has signed a three-year contract with Porto Athletic, ending talks.", THU))
    assert ids["dated"] == ids["a"] == ids["b"]
    assert set(frame[E.date]) == {"2022-07-10"}


@pytest.mark.parametrize("first, again, days", [
    # near miss: a level told again is the level of another day, not one happening
    ("The Danube has risen above its flood mark at Vienna.", "The Danube has risen above its flood mark at Vienna.",
     2),
    # near miss: two different invitations of one person
    ("Mayor Ana Ruiz has been invited to the climate summit in Kyoto.",
     "Mayor Ana Ruiz has been invited to the royal gala in Oslo.", 3),
    # near miss: an unnamed subject says not who did it
    ("Officials have closed the old bridge over the canal.", "Officials have closed the old bridge over the canal.",
     2),
    # near miss: two named subjects doing the same thing
    ("Acme Heating has recalled its gas heaters.", "Brightline Appliances has recalled its gas heaters.", 2),
    # near miss: told again long after the news, another time
    ("Zorba Airlines has cancelled its flights to Lisbon.", "Zorba Airlines has cancelled its flights to Lisbon.",
     RETOLD_DAYS + 3),
])
def test_near_misses_stay_apart(first, again, days):
    _, ids = _merge(("a", first, MON), ("b", again, MON + dt.timedelta(days=days)))
    assert ids["a"] != ids["b"]


@pytest.mark.parametrize("seed", range(4))
def test_retold_facts_do_not_depend_on_article_names_or_order(seed):
    texts = {"a": ("Marta Silva has signed a three-year contract with Porto Athletic.", MON),
             "b": ("Marta Silva has signed a three-year contract with Porto Athletic, ending talks.", WED),
             "c": ("Marta Silva has signed a three-year contract with Porto Athletic.", THU),
             "d": ("Mayor Ana Ruiz has been invited to the royal gala in Oslo.", WED)}
    rnd = random.Random(seed)
    names = {k: f"{rnd.randrange(100):02d}-{k}" for k in texts}
    records = [r for k, (text, day) in texts.items() for r in extract_article(_article(text, names[k], day))]
    rnd.shuffle(records)
    frame = merge(records)
    back = {v: k for k, v in names.items()}
    ids = {back[s]: e for s, e in frame.drop_duplicates(E.source).set_index(E.source)[E.event_id].items()}
    assert ids["a"] == ids["b"] == ids["c"] != ids["d"]
    assert set(frame.loc[frame[E.event_id] == ids["a"], E.date]) == {"2022-07-11"}
