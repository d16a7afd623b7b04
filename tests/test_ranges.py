"""Stretches computed from the events: busiest and latest stretch, range presets, titles (no Plotly needed)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pandas as pd
import pytest

from timeline.events import EventSchema as E
from timeline.ranges import (
    busiest_stretch,
    close_look,
    corpus_name,
    date_span_label,
    default_title,
    event_spans,
    latest_stretch,
    range_presets,
)


def _events(dates, end_dates=None):
    end_dates = end_dates or [""] * len(dates)
    rows = []
    for i, (date, end) in enumerate(zip(dates, end_dates)):
        rows += [{E.event_id: f"e{i}", E.date: date, E.end_date: end}] * 2  # two quotes per event
    return pd.DataFrame(rows, columns=[E.event_id, E.date, E.end_date])


def test_the_module_does_not_need_plotly():
    code = "import sys, timeline.ranges; print(sorted(m for m in sys.modules if m.startswith('plotly')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_event_spans_use_the_middle_of_each_period():
    spans = event_spans(_events(["2020", "2020-03-10", "2020-02"], ["", "2020-03-20", ""]))
    assert list(spans["event_id"]) == ["e2", "e1", "e0"]
    assert spans.set_index("event_id").loc["e1", "end"] == dt.date(2020, 3, 21)
    assert spans.set_index("event_id").loc["e0", "middle"] == dt.date(2020, 7, 2)
    assert event_spans(_events([])).empty
    assert len(event_spans(_events(["2020", "not a date"]))) == 1


def test_busiest_stretch_in_a_long_history():
    # a war history: one event a year for 30 years, then a dense month
    dates = [str(y) for y in range(1980, 2010)] + [f"2015-06-{d:02d}" for d in (2, 5, 9, 14, 20, 22, 27, 29, 30)]
    got = busiest_stretch(_events(dates))
    assert (got.start, got.end, got.label) == ("2015-06", "2015-06", "Jun 2015")
    assert got.events == 9


def test_busiest_stretch_in_a_short_story():
    # a takeover fight over ten weeks: a busy week in the middle
    days = ["2022-04-04", "2022-04-11", "2022-04-25", "2022-05-02", "2022-05-03", "2022-05-04", "2022-05-05",
            "2022-05-20", "2022-06-01", "2022-06-10"]
    got = busiest_stretch(_events(days))
    assert (got.start, got.end, got.label, got.events) == ("2022-05-02", "2022-05-05", "2 – 5 May 2022", 4)
    latest = latest_stretch(_events(days))
    assert (latest.start, latest.end) == ("2022-05-20", "2022-06-10")


def test_too_few_events_give_no_stretch():
    assert busiest_stretch(_events(["2020", "2021", "2022"])) is None
    assert latest_stretch(_events([])) is None
    assert range_presets(_events(["2020", "2021"])) == [("All", None, None)]


def test_presets_all_busiest_latest():
    dates = [str(y) for y in range(1990, 2020, 3)] + ["2021-11", "2021-12", "2021-12", "2022-01-10", "2022-01-13"]
    presets = range_presets(_events(dates))
    # the latest quarter of the events lies inside the busiest stretch: no second button for it
    assert presets == [("All", None, None), ("Nov 2021 – Jan 2022", "2021-11", "2022-01")]
    later = dates + [str(y) for y in range(2023, 2031)]
    assert range_presets(_events(later)) == [
        ("All", None, None), ("Nov 2021 – Jan 2022", "2021-11", "2022-01"), ("Since 2025", "2025", None),  # the last quarter of 23 events
    ]


def test_presets_skip_a_stretch_equal_to_all():
    # every event in one month: the busiest stretch at month precision is everything
    days = [f"2023-03-{d:02d}" for d in (1, 1, 2, 2, 3, 3, 30, 31)]
    labels = [p[0] for p in range_presets(_events(days))]
    assert labels[0] == "All" and len(labels) == len(set(labels))


@pytest.mark.parametrize(
    ("first", "last", "unit", "label"),
    [
        (dt.date(2022, 1, 3), dt.date(2022, 1, 17), None, "3 – 17 Jan 2022"),
        (dt.date(2021, 12, 28), dt.date(2022, 1, 4), None, "28 Dec 2021 – 4 Jan 2022"),
        (dt.date(2021, 3, 1), dt.date(2021, 5, 4), None, "Mar – May 2021"),
        (dt.date(2021, 11, 1), dt.date(2022, 1, 4), "month", "Nov 2021 – Jan 2022"),
        (dt.date(1990, 1, 1), dt.date(2024, 12, 31), None, "1990 – 2024"),
        (dt.date(2022, 5, 2), dt.date(2022, 5, 2), None, "2 May 2022"),
        (dt.date(2022, 5, 2), dt.date(2022, 5, 30), "month", "May 2022"),
    ],
)
def test_date_span_label(first, last, unit, label):
    assert date_span_label(first, last, unit) == label


def test_default_title_is_made_from_the_data(tmp_path):
    events = _events(["2019", "2023-01-15"])
    assert default_title(events, "Harbour") == "Harbour, 2019 – 2023"
    assert default_title(events) == "2 events, 2019 – 2023"
    assert default_title(_events(["2023-03-01", "2023-03-20"]), "X") == "X, 1 – 20 Mar 2023"
    assert default_title(_events([]), "Empty") == "Empty"
    assert corpus_name(tmp_path / "my_takeover-story") == "My takeover story"


def test_close_look_given_busiest_or_all():
    dates = [str(y) for y in range(1990, 2020, 3)] + ["2021-11", "2021-12", "2021-12", "2022-01-10", "2022-01-13"]
    events = _events(dates)
    busiest = close_look(events)
    assert (busiest.start, busiest.end, busiest.label) == ("2021-11", "2022-01", "Nov 2021 – Jan 2022")
    given = close_look(events, "1990", "1996")
    assert (given.label, given.events) == ("1990 – 1996", 3)
    assert close_look(events, end="2021-12").label == "Nov – Dec 2021"
    few = close_look(_events(["2020-05-01", "2020-05-09"]))  # too few for a busiest stretch: all of them
    assert (few.start, few.end, few.label) == ("2020-05-01", "2020-05-09", "1 – 9 May 2020")
    assert close_look(_events([])).label == "no dated events"
