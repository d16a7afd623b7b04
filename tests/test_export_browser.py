"""The exported HTML page in real headless Chromium: offline, clickable, keyboard usable."""

from __future__ import annotations

import pytest

from timeline.events import EventSchema as E
from timeline.export import DIV_ID, write_html

from conftest import open_offline

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page_path(seed_events, seed_articles, tmp_path_factory):
    return write_html(seed_events, tmp_path_factory.mktemp("page") / "timeline.html", articles=seed_articles)


def test_page_draws_offline_without_errors(page, page_path, seed_events):
    blocked = open_offline(page, page_path)
    assert blocked == []
    assert page.console_errors == []
    assert page.locator(f"#{DIV_ID} .main-svg").count() >= 1
    marks = page.evaluate("Object.keys(timelinePage.marks()).sort()")
    assert marks == sorted(seed_events[E.event_id].unique())
    assert page.locator(".timeline-event").count() == seed_events[E.event_id].nunique()


def test_clicking_a_mark_selects_and_scrolls_to_its_entry(page, page_path):
    open_offline(page, page_path)
    # the point of one event, found through plotly's own calcdata
    target = page.evaluate(
        """() => {
        const gd = document.getElementById('timeline-plot');
        const pts = Array.from(gd.querySelectorAll('.scatterlayer .trace .points .point'));
        for (const el of pts) {
          const d = el.__data__; if (!d) continue;
          const cd = d.data; if (!cd) continue;
          const r = el.getBoundingClientRect();
          if (r.width > 0) return {id: Array.isArray(cd) ? cd[0] : cd, x: r.x + r.width / 2, y: r.y + r.height / 2};
        }
        return null;
    }"""
    )
    assert target is not None
    page.mouse.move(target["x"], target["y"])
    page.wait_for_timeout(150)
    page.mouse.click(target["x"], target["y"])
    entry = page.locator(f"#event-{target['id']}")
    page.wait_for_function(f"document.getElementById('event-{target['id']}').classList.contains('is-selected')")
    assert entry.get_attribute("aria-current") == "true"
    assert page.evaluate("document.activeElement.id") == f"event-{target['id']}"
    assert entry.is_visible()
    box = entry.bounding_box()
    assert box is not None and 0 <= box["y"] < 900
    assert page.locator(".timeline-event.is-selected").count() == 1
    assert "Selected:" in page.locator("#timeline-status").text_content()
    assert page.console_errors == []


def test_entry_button_focuses_its_mark(page, page_path, seed_events):
    open_offline(page, page_path)
    first = seed_events.drop_duplicates(E.event_id).iloc[5]
    page.locator(f"#event-{first[E.event_id]} .focus-mark").click()
    page.wait_for_function(
        f"document.getElementById('{DIV_ID}').getAttribute('data-focused-event') === '{first[E.event_id]}'"
    )
    page.wait_for_selector(".hoverlayer .hovertext", timeout=5000)
    hover = page.locator(".hoverlayer").text_content()
    assert first[E.title].split()[0] in hover
    assert page.locator(f"#event-{first[E.event_id]}").get_attribute("aria-current") == "true"
    assert page.console_errors == []


def test_keyboard_enter_and_space_activate_a_focused_entry(page, page_path, seed_events):
    open_offline(page, page_path)
    ids = list(seed_events[E.event_id].unique())
    page.locator(f"#event-{ids[0]}").focus()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.getElementById('{DIV_ID}').getAttribute('data-focused-event') === '{ids[0]}'")
    # Tab moves on through the entry's "Show in the article" buttons to its "Show on timeline" button;
    # a further Tab reaches the next entry
    n_quotes = int((seed_events[E.event_id] == ids[0]).sum())
    for _ in range(n_quotes):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "show-context"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "focus-mark"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('data-event-id')") == ids[1]
    page.keyboard.press(" ")
    page.wait_for_function(f"document.getElementById('{DIV_ID}').getAttribute('data-focused-event') === '{ids[1]}'")
    assert page.locator(f"#event-{ids[1]}").get_attribute("aria-current") == "true"
    assert page.locator(f"#event-{ids[0]}").get_attribute("aria-current") is None
    assert outline != "none" or page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    assert page.console_errors == []


def test_a_page_of_1066_1215_and_2023_draws_its_years(page, tmp_path):
    """Events before 1677 (outside nanosecond timestamps) are drawn at their years, on the axis and the overview."""
    import datetime as dt

    from conftest import old_dates_folder
    from timeline.articles import load_articles
    from timeline.engine import run_extraction

    folder = old_dates_folder(tmp_path / "abbey")
    articles = load_articles(folder)
    events = run_extraction(folder, workers=1).events
    path = write_html(events, tmp_path / "timeline.html", articles=articles)
    assert open_offline(page, path) == []
    assert page.console_errors == []
    assert sorted(page.evaluate("Object.keys(timelinePage.marks())")) == sorted(events[E.event_id].unique())
    knots = page.evaluate(f"document.getElementById('{DIV_ID}').layout.meta.scale.knots")
    assert knots[0] == (dt.date(1066, 10, 14) - dt.date(1970, 1, 1)).days  # the first event's day, not wrapped
    ticks = page.evaluate(f"document.getElementById('{DIV_ID}')._fullLayout.xaxis.ticktext")
    assert "1217" in ticks
    years = page.locator("#timeline-overview svg text").all_text_contents()
    assert "1100" in years and "2000" in years  # real time from 1066 to 2023, every 50 years
    assert page.locator("time[datetime='1215-06-15']").count() == 1
