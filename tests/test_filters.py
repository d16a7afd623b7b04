"""Tests of timeline.filters on the seed events."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline import filters as F
from timeline.events import EventSchema as E


def ids(df: pd.DataFrame) -> set[str]:
    return set(df[E.event_id])


def test_between_overlaps_keeps_whole_events(seed_events):
    out = F.between(seed_events, "2022-01", "2022-01")
    assert ids(out) == {"january-2022-security-talks", "osce-vienna-discussion", "military-operation-ukraine"}
    # whole events: all 6 quotes of the January talks are kept
    assert (out[E.event_id] == "january-2022-security-talks").sum() == (
        seed_events[E.event_id] == "january-2022-security-talks"
    ).sum()


def test_between_within_and_open_bounds(seed_events):
    within = F.between(seed_events, "2022-01", "2022-01", how="within")
    assert ids(within) == {"january-2022-security-talks", "osce-vienna-discussion"}
    assert ids(F.between(seed_events, None, "1990")) == {"charter-of-paris", "russian-concerns-mid-1990s"}
    assert ids(F.between(seed_events, "2024")) == {"pfp-thirty-years-on"}
    assert ids(F.between(seed_events, pd.Timestamp("1994-06-22"), pd.Timestamp("1994-06-23"))) == {
        "partnership-for-peace",
        "russian-concerns-mid-1990s",
    }
    with pytest.raises(ValueError):
        F.between(seed_events, "1990", "1991", how="inside")


def test_filters_do_not_modify_input_and_keep_attrs(seed_events):
    before = seed_events.copy()
    out = F.between(seed_events, "2021")
    pd.testing.assert_frame_equal(seed_events, before)
    assert out.attrs == seed_events.attrs
    assert list(out.columns) == list(seed_events.columns)


def test_in_lanes(seed_events):
    out = F.in_lanes(seed_events, "Military and conflict")
    assert set(out[E.lane]) == {"Military and conflict"}
    assert ids(out) == {"georgia-2008", "ukraine-2014", "military-operation-ukraine"}
    both = F.in_lanes(seed_events, ["Military and conflict", "Diplomacy and talks"])
    assert set(both[E.lane]) == {"Military and conflict", "Diplomacy and talks"}
    with pytest.raises(KeyError, match="unknown lane"):
        F.in_lanes(seed_events, "Militray")


def test_from_sources_keeps_only_those_rows(seed_events):
    out = F.from_sources(seed_events, "000_ca2168b8a0da226e")
    assert set(out[E.source]) == {"000_ca2168b8a0da226e"}
    # ukraine-2014 is quoted by 000 and 002: only 000's quote remains
    assert (out[E.event_id] == "ukraine-2014").sum() == 1
    assert len(F.from_sources(seed_events, ["000_ca2168b8a0da226e", "001_7fcea01cf3046776"])) > len(out)


def test_search_case_columns_and_whole_events(seed_events):
    out = F.search(seed_events, "geneva")
    assert ids(out) == {"january-2022-security-talks"}
    assert (out[E.event_id] == "january-2022-security-talks").sum() == 6  # all quotes, not only matching ones
    assert F.search(seed_events, "geneva", case=True).empty
    assert ids(F.search(seed_events, "Gavrilov", columns=[E.actors])) == {"gavrilov-rossiya-24"}
    assert ids(F.search(seed_events, r"INF\b", regex=True, columns=[E.title])) == {
        "inf-treaty-termination",
        "inf-moratorium-proposal",
        "inf-moratorium-new-version",
    }
    assert ids(F.search(seed_events, "red-lines", columns=[E.tags])) >= {"gavrilov-rossiya-24", "zakharova-red-line"}


def test_compose_frame_filter_figure(seed_events):
    from timeline.plot import timeline

    fig = timeline(F.search(F.between(seed_events, "2021-12", "2022-02"), "talks", columns=[E.title]), callouts=False)
    shown = {c[0] for t in fig.data if t.customdata is not None for c in t.customdata}
    assert shown == {"january-2022-security-talks"}


def test_select_combines_the_filters_like_the_page(seed_events):
    lane = seed_events[E.lane].iloc[0]
    source = seed_events[E.source].iloc[0]
    out = F.select(seed_events, lanes=[lane], sources=[source], start="2021", end="2022", text="NATO")
    step = F.search(F.between(F.from_sources(F.in_lanes(seed_events, [lane]), [source]), "2021", "2022"), "NATO")
    assert out.equals(step)
    assert set(out[E.lane]) <= {lane} and set(out[E.source]) <= {source}
    everything = F.select(seed_events, text="", lanes=[], sources=None)
    assert everything.equals(seed_events) and everything is not seed_events
    assert ids(F.select(seed_events, start="2022-01", end="2022-01", how="within")) == {
        "january-2022-security-talks", "osce-vienna-discussion"}
    with pytest.raises(KeyError):
        F.select(seed_events, lanes=["No such lane"], start="2024")


def _chronicle() -> pd.DataFrame:
    from timeline.events import events_from_records

    return events_from_records(
        dict(event_id=f"e{k}", date=d, title=f"Invented event {k}", lane="History", source="chronicle",
             quote=f"quote {k}", quote_start=10 * k, quote_end=10 * k + 7)
        for k, d in enumerate(["1066-10-14", "1215-06-15", "1217", "2023-03-02", "2300-05"]))


def test_between_windows_before_1677_and_after_2262():
    import datetime as dt

    ev = _chronicle()
    assert ids(F.between(ev, "1200", "1216")) == {"e1"}
    assert ids(F.between(ev, "1200", "1300", how="within")) == {"e1", "e2"}
    assert ids(F.between(ev, None, "1100")) == {"e0"}
    assert ids(F.between(ev, "2200")) == {"e4"}
    assert ids(F.between(ev, dt.date(1066, 10, 14), dt.date(1066, 10, 15))) == {"e0"}
    assert ids(F.between(ev, pd.Timestamp("2000-01-01"), pd.Timestamp("2100-01-01"))) == {"e3"}  # nanoseconds
