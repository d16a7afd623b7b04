"""The page for big timelines (5,000 synthetic events) in real headless Chromium, offline.

Zoomed out the chart shows events per lane and time bin; zoomed in (a user's
``xaxis.range`` relayout, as a drag would make) it shows one mark per event;
the sources list holds the events of the visible range, with exact quotes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from timeline.articles import load_articles
from timeline.bigpage import MARKS_MAX
from timeline.events import read_events
from timeline.events import EventSchema as E
from timeline.export import DIV_ID, write_html

from conftest import open_offline
from test_hostile import assert_not_pwned, assert_only_web_links, hostile, open_trapped  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
N_EVENTS = 5000
GD = f"document.getElementById('{DIV_ID}')"


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_page import make_events

    folder = tmp_path_factory.mktemp("big")
    articles_dir, events_csv = make_events(folder, N_EVENTS)
    articles = {a.id: a for a in load_articles(articles_dir)}
    events = read_events(events_csv, articles=articles)
    path = write_html(events, folder / "big.html", articles=articles)
    return path, events, articles


def state(page):
    return page.evaluate(f"""() => {{
        const gd = {GD};
        return {{view: gd.getAttribute('data-view'), inView: Number(gd.getAttribute('data-events-in-view')),
                 from: Number(gd.getAttribute('data-view-from')), to: Number(gd.getAttribute('data-view-to')),
                 traces: gd.data.map(t => t.type + ':' + (t.mode || '')),
                 points: gd.data.reduce((s, t) => s + (t.mode === 'markers' ? t.x.length : 0), 0),
                 lanesDrawn: new Set(gd.data.flatMap(t => t.type === 'bar' ? t.base
                     : t.mode === 'markers' ? t.y.map(Math.round) : [])).size,
                 listed: Array.from(document.querySelectorAll('.timeline-event')).map(li => li.dataset.eventId)}};
    }}""")


def user_zoom(page, lo_day, hi_day):
    """A relayout of the x range in axis units (ms), as a drag-zoom makes, then wait for the page's redraw."""
    page.evaluate(f"""async () => {{
        await Plotly.relayout({GD}, {{'xaxis.range': [{lo_day} * 86400000, {hi_day} * 86400000]}});
        await timelinePage.idle();
    }}""")


def test_the_big_page_is_not_the_figure_page(big):
    text = big[0].read_text(encoding="utf-8")
    assert 'id="timeline-data" data-encoding="zlib-base64"' in text
    assert 'id="timeline-figure"' not in text and 'class="timeline-event"' not in text  # no figure, no cards
    assert len(text.encode("utf-8")) < 2_500_000  # the basic bundle (1.1 MB), not the full one (4.8 MB)


def test_opens_offline_with_density_zoomed_out(page, big):
    path, events, _ = big
    assert open_offline(page, path, timeout=60_000) == []
    assert page.console_errors == []
    s = state(page)
    assert s["view"] == "density" and s["inView"] == N_EVENTS
    assert s["traces"] == ["bar:"] and s["lanesDrawn"] == events["lane"].nunique()
    assert len(s["listed"]) == 50
    assert page.locator("#timeline-range-count").inner_text() == f"Events 1–50 of {N_EVENTS} in view"


def test_zoom_shows_marks_and_lists_the_visible_events_with_exact_quotes(page, big):
    path, events, articles = big
    open_offline(page, path, timeout=60_000)
    lo, hi = page.evaluate("timelinePage.full()")
    c = (lo + hi) / 2
    user_zoom(page, c - 200, c + 200)
    s = state(page)
    assert s["view"] == "marks" and 0 < s["inView"] <= MARKS_MAX
    assert s["points"] == s["inView"]  # drawn afresh on leaving the density view
    assert abs(s["from"] - (c - 200)) < 1 and abs(s["to"] - (c + 200)) < 1
    # the events listed are the first visible ones, in date order, their middles inside the view
    first = events.drop_duplicates("event_id").set_index("event_id")
    epoch = pd.Timestamp("1970-01-01")
    middles = {eid: ((a - epoch).days + (b - epoch).days) / 2
               for eid, a, b in zip(first.index, first["start"], first["end"])}
    assert len(s["listed"]) == min(50, s["inView"])
    assert all(s["from"] <= middles[eid] <= s["to"] for eid in s["listed"])
    assert [middles[e] for e in s["listed"]] == sorted(middles[e] for e in s["listed"])
    shown = page.evaluate("""() => Array.from(document.querySelectorAll('.event-quote')).map(li => [
        li.closest('.timeline-event').dataset.eventId, li.querySelector('.quote-text').textContent,
        li.querySelector('.article-id code').textContent,
        li.querySelector('.article-id').textContent.match(/characters (\\d+)–(\\d+)/).slice(1).map(Number)])""")
    assert shown
    for eid, quote, src, (a, b) in shown:
        assert articles[src].text[a:b] == quote
        rows = events[(events["event_id"] == eid) & (events["source"] == src) & (events["quote_start"] == a)]
        assert list(rows["quote"]) == [quote]
    # zooming further in keeps the marks drawn (Plotly moves them) and narrows the list to the new range
    user_zoom(page, c - 20, c + 20)
    t = state(page)
    assert t["view"] == "marks" and t["inView"] <= s["inView"] and abs(t["from"] - (c - 20)) < 1
    assert t["listed"] and all(t["from"] <= middles[eid] <= t["to"] for eid in t["listed"])
    assert t["inView"] == sum(t["from"] <= m <= t["to"] for m in middles.values())


def test_zoom_out_returns_to_density_and_paging_walks_the_range(page, big):
    path, _, _ = big
    open_offline(page, path, timeout=60_000)
    lo, hi = page.evaluate("timelinePage.full()")
    user_zoom(page, lo + (hi - lo) * 0.4, lo + (hi - lo) * 0.41)
    assert state(page)["view"] == "marks"
    page.evaluate(f"async () => {{ await Plotly.relayout({GD}, {{'xaxis.autorange': true}}); "
                  "await timelinePage.idle(); }")
    s = state(page)
    assert s["view"] == "density" and s["inView"] == N_EVENTS
    first_page = s["listed"]
    page.click("#timeline-next")
    second = state(page)["listed"]
    assert len(second) == 50 and not set(second) & set(first_page)
    assert page.locator("#timeline-range-count").inner_text().startswith("Events 51–100 of")


def test_clicking_a_mark_shows_its_event_and_show_on_timeline_zooms_to_it(page, big):
    path, _, _ = big
    open_offline(page, path, timeout=60_000)
    lo, hi = page.evaluate("timelinePage.full()")
    user_zoom(page, lo + (hi - lo) * 0.6, lo + (hi - lo) * 0.62)
    target = page.evaluate(f"""() => {{
        const t = {GD}.data.find(t => t.mode === 'markers' && t.x.length);
        return t.customdata[t.customdata.length - 1];
    }}""")
    page.evaluate(f"""() => {{
        const gd = {GD};
        const c = gd.data.findIndex(t => t.mode === 'markers' && t.x.length);
        const t = gd.data[c];
        gd.emit('plotly_click', {{points: [{{curveNumber: c, pointNumber: t.x.length - 1,
                                               customdata: t.customdata[t.x.length - 1]}}]}});
    }}""")
    sel = page.locator(".timeline-event.is-selected")
    assert sel.count() == 1
    eid = sel.get_attribute("data-event-id")
    assert int(sel.get_attribute("data-index")) == target
    # zoom far out, then "Show on timeline" brings the event back as a mark, highlighted
    page.evaluate(f"async () => {{ await Plotly.relayout({GD}, {{'xaxis.autorange': true}}); "
                  "await timelinePage.idle(); }")
    page.evaluate("id => timelinePage.select(id)", eid)
    page.locator(f'.timeline-event[data-event-id="{eid}"] .focus-mark').click()
    page.evaluate("timelinePage.idle()")
    s = state(page)
    assert s["view"] == "marks"
    assert page.evaluate(f"{GD}.getAttribute('data-focused-event')") == eid
    assert page.evaluate(f"{GD}.layout.shapes.some(s => s.name === 'timeline-highlight')")
    assert page.locator(f'.timeline-event.is-selected[data-event-id="{eid}"]').count() == 1


def test_lane_and_search_filters(page, big):
    path, events, _ = big
    open_offline(page, path, timeout=60_000)
    lanes = page.evaluate("Array.from(document.querySelectorAll('.lane-toggle input')).map(i => i.value)")
    page.locator(".lane-toggle input").first.uncheck()
    page.evaluate("timelinePage.idle()")
    first = events.drop_duplicates("event_id")
    kept = int((first["lane"] != lanes[0]).sum())
    assert page.locator("#timeline-count").inner_text() == f"{kept} of {N_EVENTS} events shown"
    s = state(page)
    assert s["inView"] == kept and s["lanesDrawn"] == len(lanes) - 1
    lane_of = dict(zip(first["event_id"], first["lane"]))
    assert all(lane_of[e] != lanes[0] for e in s["listed"])
    page.locator(".lane-toggle input").first.check()
    # search: the words of one event's title (each a substring of the event's text)
    titles = list(first["title"])
    eid, title = next((e, t) for e, t in zip(first["event_id"], titles)
                      if sum(all(w in u.lower() for w in t.lower().split()) for u in titles) == 1)
    page.fill("#timeline-search", title)
    page.wait_for_function("document.getElementById('timeline-count').textContent.startsWith('1 of ')")
    page.evaluate("timelinePage.idle()")
    s = state(page)
    assert s["listed"] == [eid] and s["view"] == "marks" and s["points"] == 1


def test_hostile_text_is_shown_as_written(page, hostile, tmp_path):
    events, articles = hostile
    path = write_html(events, tmp_path / "hostile-big.html", articles=articles, mode="big")
    dialogs = open_trapped(page, path)
    assert_not_pwned(page, dialogs)
    assert state(page)["view"] == "marks"  # 200-odd events: marks at once
    entries = []
    while True:
        entries += page.evaluate("""() => Array.from(document.querySelectorAll('.timeline-event')).map(li => ({
            id: li.dataset.eventId,
            title: li.querySelector('.event-title').textContent,
            lane: li.querySelector('.lane-name').textContent,
            quotes: Array.from(li.querySelectorAll('.quote-text')).map(e => e.textContent),
            written: Array.from(li.querySelectorAll('.date-text')).map(e => e.textContent),
            arts: Array.from(li.querySelectorAll('.article-title')).map(e => e.textContent),
            outlets: Array.from(li.querySelectorAll('.article-outlet')).map(e => e.textContent),
        }))""")
        if page.locator("#timeline-next").is_disabled():
            break
        page.click("#timeline-next")
    by_art = {a.id: a for a in articles}
    rows = {row[E.event_id]: row for row in events.to_dict("records")}
    assert sorted(e["id"] for e in entries) == sorted(rows)
    for entry in entries:
        row, art = rows[entry["id"]], by_art[rows[entry["id"]][E.source]]
        assert entry["title"] == row[E.title] and entry["lane"] == row[E.lane]
        assert entry["quotes"] == [row[E.quote]] and entry["written"] == [row[E.date_text]]
        assert entry["arts"] == [art.title] and entry["outlets"] == [art.outlet]
    assert page.locator("#timeline-sources img, #timeline-sources script, #timeline-sources iframe, "
                        "#timeline-sources svg, #timeline-sources style").count() == 0  # fmt: skip
    assert_only_web_links(page)
    hovers = page.evaluate(f"{GD}.data.flatMap(t => t.hovertext || [])")
    assert hovers and not any("<" in h.replace("<br>", "") for h in hovers)
    assert_not_pwned(page, dialogs)


def test_clicking_a_bar_zooms_into_its_bin(page, big):
    path, _, _ = big
    open_offline(page, path, timeout=60_000)
    lo, hi = page.evaluate(f"""async () => {{
        const gd = {GD};
        const t = gd.data[0], k = Math.floor(t.x.length / 2);
        gd.emit('plotly_click', {{points: [{{curveNumber: 0, pointNumber: k, customdata: t.customdata[k]}}]}});
        await timelinePage.idle();
        return t.customdata[k];
    }}""")
    s = state(page)
    assert abs(s["from"] - lo) < 1e-6 and abs(s["to"] - hi) < 1e-6
    assert s["view"] == "marks" and s["inView"] == s["points"] > 0


def test_fits_a_phone_screen(browser, big):
    path, _, _ = big
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-timeline-ready=true]", timeout=60_000)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        left = page.evaluate(f"{GD}._fullLayout.margin.l")
        assert left <= 0.3 * 390
    finally:
        context.close()


def test_a_big_page_of_1066_1215_and_2023_zooms_to_the_charter(page, tmp_path):
    """The big page's day numbers of events before 1677 count back from 1970 (a nanosecond cast wrapped them)."""
    import datetime as dt

    from conftest import old_dates_folder
    from timeline.engine import run_extraction

    folder = old_dates_folder(tmp_path / "abbey")
    articles = {a.id: a for a in load_articles(folder)}
    events = run_extraction(folder, workers=1).events
    path = write_html(events, tmp_path / "big.html", articles=articles, mode="big")
    assert open_offline(page, path, timeout=60_000) == []
    assert page.console_errors == []
    lo, hi = page.evaluate("timelinePage.full()")
    day = lambda y, m, d: (dt.date(y, m, d) - dt.date(1970, 1, 1)).days  # noqa: E731
    assert lo <= day(1066, 10, 14) and day(2023, 3, 3) <= hi and hi - lo < 1.1 * (day(2023, 3, 3) - day(1066, 10, 14))
    user_zoom(page, day(1215, 1, 1), day(1216, 1, 1))
    s = state(page)
    assert s["view"] == "marks" and s["listed"] == ["1215-06-15-john-seals-charter-runnymede"]
