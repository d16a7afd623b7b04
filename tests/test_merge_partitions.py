"""Merging one year partition at a time: the same events as one merge, across year boundaries too."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pandas as pd

from timeline.articles import Article, find_regions
from timeline.engine import merge_blocked, merge_partitioned
from timeline.events import EventSchema as E
from timeline.extract import extract_article
from timeline.merge_partitions import PartitionedMerge, years_of
from timeline.periods import parse_period


def _records(texts: dict[str, str], dates: dict[str, str] | None = None) -> list[dict]:
    out = []
    for art_id, text in texts.items():
        art = Article(id=art_id, path=Path(f"{art_id}.txt"), text=text, title="", published=dt.date(2022, 7, 12),
                      regions=find_regions(text))
        for r in extract_article(art):
            if dates and art_id in dates:
                r = {**r, E.date: dates[art_id]}
            out.append(r)
    return out


def _events(frame: pd.DataFrame) -> dict[str, str]:
    return frame.drop_duplicates(E.source).set_index(E.source)[E.event_id].to_dict()


def test_years_of_a_period():
    assert list(years_of(parse_period("2021-12-31"))) == [2021]
    assert list(years_of(parse_period("2021-Q4"))) == [2021]
    assert list(years_of(parse_period("2021-W52"))) == [2021, 2022]
    assert list(years_of(parse_period("2021-WI"))) == [2020, 2021]
    assert len(years_of(parse_period("202"))) == 10


def test_same_frame_as_one_merge_when_no_record_crosses_a_year(seed_articles, tmp_path):
    rng = random.Random(5)
    records = [r for a in seed_articles for r in extract_article(a)]
    dates = ["2019-03-04", "2019-03", "2019", "2020-11-30", "2020-Q4", "2021", "2021-12-31", "2021-12"]
    copies = [{**r, E.date: rng.choice(dates), E.source: f"{r[E.source]}-c{k}"} for k, r in enumerate(records)]
    records += copies
    assert len({y for r in records for y in years_of(parse_period(r[E.date]))}) >= 3  # several partitions
    rng.shuffle(records)
    pd.testing.assert_frame_equal(merge_partitioned(records, folder=tmp_path), merge_blocked(records))


def test_a_mention_across_the_new_year_joins_the_day_it_describes(tmp_path):
    texts = {
        "day": "Acme Corp closed the Ohio refinery on January 2, 2022, after a fire.",
        "week": "Acme Corp closed the Ohio refinery in late December 2021 after a fire.",  # redated: 2021-W52
        "month": "In January 2022, Acme Corp closed its Ohio refinery after a fire.",
        "year": "In 2022, Acme Corp closed the Ohio refinery after the fire.",
        "other": "Brightline opened a new bank branch in Texas on December 28, 2021.",
    }
    records = _records(texts, {"week": "2021-W52"})
    frame = merge_partitioned(records, folder=tmp_path)
    ids = _events(frame)
    assert ids["day"] == ids["week"] == ids["month"] == ids["year"] != ids["other"]
    assert ids == _events(merge_blocked(records))
    assert set(frame.loc[frame[E.event_id] == ids["day"], E.date]) == {"2022-01-02"}


def test_a_mention_across_years_joins_one_event_only_and_is_kept_once(tmp_path):
    texts = {
        "dec": "Acme Corp closed the Ohio refinery on December 30, 2021.",
        "jan": "Acme Corp closed the Ohio refinery on January 1, 2022.",
        "week": "Acme Corp closed the Ohio refinery in late December 2021.",  # 2021-W52: both days
        "solo": "Zelkor Group sold the Maine shipyard in December 2021.",  # 2021-W52, links to nothing
    }
    records = _records(texts, {"week": "2021-W52", "solo": "2021-W52"})
    with PartitionedMerge(tmp_path) as pm:
        pm.add(records)
        frames = list(pm.frames())
    assert len(frames) == 2  # 2021 and 2022
    frame = merge_partitioned(records, folder=tmp_path)
    assert sorted(frame[E.source]) == sorted(r[E.source] for r in records)  # nothing lost, nothing twice
    ids = _events(frame)
    assert ids["dec"] != ids["jan"] and ids["week"] in (ids["dec"], ids["jan"])
    assert ids["solo"] not in (ids["dec"], ids["jan"])
    assert frame.groupby(E.event_id)[E.date].nunique().max() == 1  # one date per event: ids are unique


def test_bad_records_are_reported_not_fatal(tmp_path):
    records = _records({"a": "Acme Corp closed the Ohio refinery on January 2, 2022."})
    bad = {**records[0], E.date: "not a date", E.source: "bad"}
    frame = merge_partitioned([*records, bad], folder=tmp_path)
    assert list(frame[E.source]) == ["a"]
    assert [d.source for d in frame.attrs["dropped"]] == ["bad"]


def test_tricky_dates_keep_every_row_once_and_one_date_per_event(seed_articles, tmp_path):
    """Copies redated to weeks over the new year, winters, decades and centuries: every row is kept once, each
    event has one date (ids stay unique across partitions), and events still form across rows."""
    rng = random.Random(11)
    records = [r for a in seed_articles for r in extract_article(a)]
    dates = ["2021-W52", "2020-W53", "2021-WI", "2022-WI", "202", "199", "20", "2021", "2022", "2021-12",
             "2022-01", "2021-12-31", "2022-01-02", "2021-Q4", "2022-H1"]
    n = len(records)
    for tag in "ab":
        records += [{**r, E.date: rng.choice(dates), E.source: f"{r[E.source]}-{tag}{k}"}
                    for k, r in enumerate(records[:n])]
    parts = merge_partitioned(records, folder=tmp_path)
    keys = [E.source, E.quote_start, E.date_text]
    assert sorted(map(tuple, parts[keys].values.tolist())) == sorted(tuple(r[k] for k in keys) for r in records)
    assert parts.groupby(E.event_id)[E.date].nunique().max() == 1
    assert parts[E.event_id].nunique() < len(parts)


def test_years_merged_on_local_processes_give_the_same_frame(seed_articles, tmp_path):
    rng = random.Random(6)
    records = [r for a in seed_articles for r in extract_article(a)]
    dates = ["2019-03-04", "2019", "2020-11-30", "2021-W52", "2021-12-31", "2022-01-02"]
    records += [{**r, E.date: rng.choice(dates), E.source: f"{r[E.source]}-p{k}"} for k, r in enumerate(records)]
    pd.testing.assert_frame_equal(merge_partitioned(records, workers=2, folder=tmp_path), merge_partitioned(records, folder=tmp_path))


def test_a_report_dated_by_publication_on_new_years_day_joins_the_event_of_the_day_before(tmp_path):
    """An undated report ("has closed") published on 1 January may describe 31 December: the year partitions
    place it in both years, so it joins the dated mention as the one merge does."""
    arts = {
        "undated": ("Acme Corp has closed its Ohio refinery after a fire, the company said.", dt.date(2022, 1, 1)),
        "dated": ("Acme Corp closed its Ohio refinery on December 31, 2021, after a fire.", dt.date(2022, 1, 2)),
    }
    records = []
    for art_id, (text, published) in arts.items():
        art = Article(id=art_id, path=Path(f"{art_id}.txt"), text=text, title="", published=published,
                      regions=find_regions(text))
        records += extract_article(art)
    assert any(r.get("anchor") == "undated" for r in records)
    one = merge_blocked(records)
    parts = merge_partitioned(records, folder=tmp_path)
    assert _events(one)["undated"] == _events(one)["dated"]
    assert _events(parts)["undated"] == _events(parts)["dated"]
