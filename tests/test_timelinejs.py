"""TimelineJS export/import, and the real TimelineJS in headless Chromium."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from timeline.events import CSV_COLUMNS, events_from_records
from timeline.events import EventSchema as E
from timeline.timelinejs import (
    SHEET_COLUMNS,
    from_timelinejs,
    timelinejs_sheet_csv,
    to_timelinejs,
    write_timelinejs,
    write_timelinejs_html,
)

COLS = list(CSV_COLUMNS)


def same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a[COLS].reset_index(drop=True), b[COLS].reset_index(drop=True))


def rec(event_id, date, end_date="", **kw):
    quote = kw.pop("quote", f"quote of {event_id}")
    return {
        E.event_id: event_id, E.date: date, E.end_date: end_date, E.date_text: kw.pop("date_text", ""),
        E.title: kw.pop("title", event_id.title()), E.lane: kw.pop("lane", "Lane A"), E.source: kw.pop("source", "art"),
        E.quote: quote, E.quote_start: kw.pop("start", 0), E.quote_end: kw.pop("end", len(quote)),
        E.actors: "", E.tags: "", E.note: "",
    }  # fmt: skip


@pytest.fixture(scope="module")
def precisions():
    return events_from_records(
        [
            rec("a-year", "1994"),
            rec("a-month", "2021-12", lane="Lane B"),
            rec("a-day", "1994-06-22", "1995-03"),
            rec("a-week", "2022-W02"),
            rec("a-decade", "199"),
            rec("a-century", "19"),
            rec("a-quarter", "2022-Q1", "2022-Q3"),
            rec("a-season", "2021-WI"),
            rec("a-half", "2020-H2"),
            rec("two-quotes", "2000-01-05", source="x", start=3, end=18, quote="first quotation"),
            rec("two-quotes", "2000-01-05", source="y", start=40, end=41, quote="2", date_text="2"),
        ]
    )


def slide(data, event_id):
    return next(s for s in data["events"] if s["unique_id"] == event_id)


def test_one_slide_per_event_with_group_and_id(seed_events, seed_articles):
    data = to_timelinejs(seed_events, articles=seed_articles)
    assert [s["unique_id"] for s in data["events"]] == list(seed_events[E.event_id].unique())
    first = seed_events.drop_duplicates(E.event_id).set_index(E.event_id)
    for s in data["events"]:
        assert s["group"] == first.at[s["unique_id"], E.lane]
        assert s["text"]["headline"] == first.at[s["unique_id"], E.title].replace("'", "&#x27;")
        assert s["autolink"] is False
    assert data["scale"] == "human" and "title" not in data
    json.dumps(data)


def test_dates_at_the_event_precision(precisions):
    data = to_timelinejs(precisions)
    assert slide(data, "a-year")["start_date"] == {"year": "1994"}
    assert "end_date" not in slide(data, "a-year") and "display_date" not in slide(data, "a-year")
    assert slide(data, "a-month")["start_date"] == {"year": "2021", "month": "12"}
    s = slide(data, "a-day")
    assert s["start_date"] == {"year": "1994", "month": "6", "day": "22"}
    assert s["end_date"] == {"year": "1995", "month": "3"}
    s = slide(data, "a-week")  # no week in TimelineJS: first and last day, named
    assert s["start_date"] == {"year": "2022", "month": "1", "day": "10"}
    assert s["end_date"] == {"year": "2022", "month": "1", "day": "16"}
    assert s["display_date"].startswith("week 2 of 2022")
    s = slide(data, "a-decade")
    assert (s["start_date"], s["end_date"], s["display_date"]) == ({"year": "1990"}, {"year": "1999"}, "1990s")
    s = slide(data, "a-quarter")
    assert s["end_date"] == {"year": "2022", "month": "9", "day": "30"} and s["display_date"] == "Q1 2022 – Q3 2022"


def test_round_trip_json_and_sheet_lose_nothing(precisions, seed_events, seed_articles, tmp_path):
    for frame, arts in ((precisions, None), (seed_events, seed_articles)):
        data = to_timelinejs(frame, articles=arts)
        same(from_timelinejs(data), frame)
        same(from_timelinejs(json.loads(json.dumps(data))), frame)
        path = write_timelinejs(frame, tmp_path / "t.json", articles=arts)
        same(from_timelinejs(path), frame)
        sheet = write_timelinejs(frame, tmp_path / "t.csv", articles=arts)
        assert sheet.read_text().splitlines()[0] == ",".join(SHEET_COLUMNS)
        same(from_timelinejs(sheet), frame)


def test_reads_slides_made_elsewhere(tmp_path):
    data = {
        "title": {"text": {"headline": "My timeline"}},
        "events": [
            {"start_date": {"year": "2012"}, "text": {"headline": "2012 &amp; <b>more</b>", "text": "<p>A great year</p>"}},
            {"start_date": {"year": "2013", "month": "4", "day": "1"}, "end_date": {"year": "2013", "month": "5"},
             "group": "Politics", "unique_id": "Not A Slug", "text": {"headline": "Spring"}},
            {"text": {"headline": "no date: skipped like TimelineJS does"}},
        ],
        "eras": [{"start_date": {"year": "2012"}, "end_date": {"year": "2013"}, "text": {"headline": "Era"}}],
    }  # fmt: skip
    df = from_timelinejs(data)
    assert list(df[E.date]) == ["2012", "2013-04-01"]
    assert list(df[E.end_date]) == ["", "2013-05"]
    assert list(df[E.title]) == ["2012 & more", "Spring"]
    assert list(df[E.lane]) == ["TimelineJS", "Politics"]
    assert list(df[E.quote]) == ["A great year", "Spring"]
    assert list(df[E.event_id]) == ["2012-more", "not-a-slug"]
    assert set(df[E.source]) == {"timelinejs"}
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(timelinejs_sheet_csv(data), encoding="utf-8")
    same(from_timelinejs(sheet), df.assign(**{E.event_id: ["2012-more", "spring"]}))


def test_eras_and_title(seed_events):
    eras = pd.DataFrame({"era": ["Post-Cold War <1990s>"], "start": ["1991-12"], "end": ["1999"]})
    data = to_timelinejs(seed_events, eras=eras, title="NATO & Russia")
    assert data["eras"] == [
        {"start_date": {"year": "1991", "month": "12"}, "end_date": {"year": "1999"},
         "text": {"headline": "Post-Cold War &lt;1990s&gt;", "text": ""}}
    ]  # fmt: skip
    assert data["title"]["text"]["headline"] == "NATO &amp; Russia"
    same(from_timelinejs(data), seed_events)


def test_viewer_page_is_offline_and_byte_stable(seed_events, seed_articles, tmp_path):
    a = write_timelinejs_html(seed_events, tmp_path / "a.html", articles=seed_articles).read_bytes()
    b = write_timelinejs_html(seed_events, tmp_path / "b.html", articles=seed_articles).read_bytes()
    assert a == b
    text = a.decode()
    assert "tl-icons.woff2" not in text and "data:font/woff2;base64," in text
    assert "<script src" not in text and "<link" not in text


@pytest.mark.browser
def test_real_timelinejs_shows_one_slide_per_event(page, seed_events, seed_articles, precisions, tmp_path):
    for n, (frame, arts) in enumerate(((seed_events, seed_articles), (precisions, None))):
        path = write_timelinejs_html(frame, tmp_path / f"t{n}.html", articles=arts)
        blocked: list[str] = []
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else (blocked.append(r.request.url), r.abort()))
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-timeline-ready=true]", timeout=30_000)
        n_events = frame[E.event_id].nunique()
        assert page.evaluate("timeline.config.events.length") == n_events
        assert page.locator(".tl-slide").count() == n_events
        assert page.locator(".tl-timemarker").count() == n_events
        assert page.evaluate("timeline.config.messages.errors") == []
        ids = page.evaluate("timeline.config.events.map(e => e.unique_id)")
        assert sorted(ids) == sorted(frame[E.event_id].unique())
        groups = page.evaluate("Array.from(document.querySelectorAll('.tl-timegroup-message')).map(e => e.textContent)")
        assert sorted(groups) == sorted(frame[E.lane].unique())
        headlines = page.evaluate("Array.from(document.querySelectorAll('.tl-slide .tl-headline')).map(e => e.textContent)")
        assert sorted(headlines) == sorted(frame.drop_duplicates(E.event_id)[E.title])
        assert blocked == []
        assert page.console_errors == []


@pytest.mark.browser
def test_citations_are_styled_cleanly_in_the_viewer(page, seed_events, seed_articles, tmp_path):
    path = write_timelinejs_html(seed_events, tmp_path / "t.html", articles=seed_articles)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-timeline-ready=true]", timeout=30_000)
    page.wait_for_selector(".tlx-citation", state="attached", timeout=10_000)
    cites = page.evaluate("""() => Array.from(document.querySelectorAll('.tlx-citation')).map(p => {
        const cite = p.querySelector('cite');
        return {text: p.textContent, before: getComputedStyle(p, '::before').content,
                after: getComputedStyle(p, '::after').content,
                quoteBefore: getComputedStyle(p.previousElementSibling, '::before').content,
                citeDisplay: cite ? getComputedStyle(cite).display : 'inline',
                citeBefore: cite ? getComputedStyle(cite, '::before').content : 'none'};
    })""")
    assert len(cites) == len(seed_events)
    for c in cites:
        assert c["text"].startswith("— ") and not c["text"].lstrip("— ").startswith(",")
        assert c["before"] in ("none", "normal") and c["after"] in ("none", "normal")
        assert c["quoteBefore"] in ("none", "normal")
        assert c["citeDisplay"] == "inline" and c["citeBefore"] in ("none", "normal")
    assert page.console_errors == []


def test_export_events_dispatches_timelinejs(seed_events, seed_articles, tmp_path):
    from timeline.export import export_events

    path = export_events(seed_events, tmp_path / "t.json", format="timelinejs", articles=seed_articles)
    same(from_timelinejs(path), seed_events)
    page = export_events(seed_events, tmp_path / "t.html", format="timelinejs", articles=seed_articles)
    assert page.read_text().startswith("<!DOCTYPE html>") and "TL.Timeline" in page.read_text()


def test_slides_and_eras_before_1677_round_trip():
    records = [dict(event_id=f"e{k}", date=d, end_date=e, title=f"Invented event {k}", lane="History",
                    source="chronicle", quote=f"quote {k}", quote_start=10 * k, quote_end=10 * k + 7)
               for k, (d, e) in enumerate([("1066-10-14", ""), ("1215-06", "1217"), ("1217", "")])]
    frame = events_from_records(records)
    eras = pd.DataFrame({"era": ["Angevin kings"], "start": ["1154"], "end": [""]})
    data = to_timelinejs(frame, eras=eras)
    assert [s["start_date"] for s in data["events"]] == [
        {"year": "1066", "month": "10", "day": "14"}, {"year": "1215", "month": "6"}, {"year": "1217"}]
    assert data["eras"][0]["end_date"] == {"year": "1217", "month": "12", "day": "31"}  # the last event's last day
    same(from_timelinejs(json.loads(json.dumps(data))), frame)


def test_sheet_keeps_a_lone_carriage_return_inside_its_cell():
    import csv
    import io

    data = {"events": [{"start_date": {"year": "2012"}, "text": {"headline": "One\rtwo", "text": "<p>a\rb</p>"}}]}
    rows = list(csv.reader(io.StringIO(timelinejs_sheet_csv(data), newline="")))
    assert len(rows) == 2 and rows[1][list(SHEET_COLUMNS).index("Headline")] == "One\rtwo"
