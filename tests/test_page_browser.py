"""The responsive HTML page in real headless Chromium at phone, laptop and desktop widths.

Pages of the seed corpus and of a 100-event corpus (``benchmarks/corpus100.py``:
real offsets, a 40-quote event, a long lane name, CJK and long tokens) are
opened from ``file://``; every assertion measures rendered boxes.
"""

from __future__ import annotations

import itertools

import pytest

from benchmarks.corpus100 import make_corpus
from timeline.events import EventSchema as E
from timeline.export import DIV_ID, write_html

pytestmark = pytest.mark.browser

WIDTHS = (390, 1024, 1400, 1920)


@pytest.fixture(scope="module")
def corpus100():
    return make_corpus()


@pytest.fixture(scope="module")
def pages(seed_events, seed_articles, corpus100, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    ev, arts = corpus100
    return {
        "seeds": write_html(seed_events, folder / "seeds.html", articles=seed_articles),
        "corpus100": write_html(ev, folder / "corpus100.html", articles=arts),
    }


def open_page(browser, path, width, height=900):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.console_errors = errors  # type: ignore[attr-defined]
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-timeline-ready=true]", timeout=60_000)
    page.wait_for_timeout(200)
    return context, page


LABEL_BOXES = """() => {
    const gd = document.getElementById('%s');
    const out = [];
    const add = (el, kind) => {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) out.push({kind, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom,
                                                   text: el.textContent});
    };
    gd.querySelectorAll('.annotation').forEach(g => {
        if (getComputedStyle(g).display === 'none' || g.getAttribute('visibility') === 'hidden') return;
        const bg = g.querySelector('rect.bg');
        const txt = g.querySelector('text');
        if (txt && txt.textContent) add(txt, 'annotation');
        if (bg && txt && txt.textContent) add(bg, 'annotation-box');
    });
    gd.querySelectorAll('.xtick text').forEach(t => add(t, 'xtick'));
    gd.querySelectorAll('.ytick text').forEach(t => add(t, 'ytick'));
    const plot = gd.getBoundingClientRect();
    return {boxes: out, chart: {x0: plot.left, y0: plot.top, x1: plot.right, y1: plot.bottom}};
}""" % DIV_ID


def overlaps(a, b, tol=0.5):
    return a["x0"] < b["x1"] - tol and b["x0"] < a["x1"] - tol and a["y0"] < b["y1"] - tol and b["y0"] < a["y1"] - tol


def assert_no_overlap(page, at_least=5):
    got = page.evaluate(LABEL_BOXES)
    boxes = [b for b in got["boxes"] if b["kind"] != "annotation"]
    assert len([b for b in boxes if b["kind"] == "annotation-box"]) >= at_least
    chart = got["chart"]
    for b in boxes:
        assert chart["x0"] - 0.5 <= b["x0"] and b["x1"] <= chart["x1"] + 0.5, ("outside the chart", b)
    for a, b in itertools.combinations(boxes, 2):
        assert not overlaps(a, b), (a, b)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("corpus", ["seeds", "corpus100"])
def test_no_horizontal_overflow_and_no_label_overlap(browser, pages, corpus, width):
    context, page = open_page(browser, pages[corpus], width)
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert page.evaluate("document.body.scrollWidth") <= width
        chart = page.evaluate(f"document.getElementById('{DIV_ID}').getBoundingClientRect().right")
        assert chart <= width
        svg_w = page.evaluate(f"document.querySelector('#{DIV_ID} .main-svg').getBoundingClientRect().right")
        assert svg_w <= width
        assert_no_overlap(page)
        # every mark of the chart lies inside the plot area
        assert page.evaluate("Object.keys(timelinePage.marks()).length") > 0
        assert page.console_errors == []
    finally:
        context.close()


def test_resizing_relays_labels_without_overlap(browser, pages):
    context, page = open_page(browser, pages["corpus100"], 1400)
    try:
        first = page.evaluate(f"document.getElementById('{DIV_ID}').getAttribute('data-variant')")
        page.set_viewport_size({"width": 700, "height": 900})
        page.wait_for_function(f"document.getElementById('{DIV_ID}').getAttribute('data-variant') !== '{first}'")
        page.wait_for_timeout(300)
        assert page.evaluate("document.documentElement.scrollWidth") <= 700
        assert_no_overlap(page)
    finally:
        context.close()


@pytest.mark.parametrize("width", [390, 1400])
def test_hover_of_a_40_quote_event_fits_and_every_quote_is_reachable(browser, pages, corpus100, width):
    events, _ = corpus100
    counts = events.groupby(E.event_id).size()
    event_id = counts.idxmax()
    assert counts.max() == 40
    context, page = open_page(browser, pages["corpus100"], width)
    try:
        page.evaluate(f"timelinePage.focusMark({event_id!r})")
        page.wait_for_selector(f"#{DIV_ID} .hoverlayer .hovertext", timeout=5000)
        hover = page.locator(f"#{DIV_ID} .hoverlayer .hovertext").first
        assert hover.is_visible()
        box = hover.bounding_box()
        chart = page.locator(f"#{DIV_ID}").bounding_box()
        assert box is not None and chart is not None
        assert box["x"] >= chart["x"] - 0.5 and box["x"] + box["width"] <= chart["x"] + chart["width"] + 0.5
        assert box["y"] >= chart["y"] - 0.5 and box["y"] + box["height"] <= chart["y"] + chart["height"] + 0.5
        text = hover.text_content()
        assert "more quotes" in text and "all 40" in text
        # clicking the mark opens the event in the sources list with all 40 quotes in full
        page.evaluate(f"timelinePage.select({event_id!r})")
        entry = page.locator(f"#event-{event_id}")
        assert entry.get_attribute("aria-current") == "true"
        quotes = entry.locator(".event-quote blockquote")
        assert quotes.count() == 40
        shown = [quotes.nth(k).text_content() for k in range(40)]
        assert shown == list(events.loc[events[E.event_id] == event_id, E.quote])
        assert all(quotes.nth(k).is_visible() for k in (0, 39))
        assert page.console_errors == []
    finally:
        context.close()


def test_cjk_and_long_tokens_wrap_in_the_hover(browser, pages, corpus100):
    events, _ = corpus100
    context, page = open_page(browser, pages["corpus100"], 1024)
    try:
        chart = page.locator(f"#{DIV_ID}").bounding_box()
        for event_id in ("event-007", "event-012"):
            page.evaluate(f"timelinePage.focusMark({event_id!r})")
            page.wait_for_selector(f"#{DIV_ID} .hoverlayer .hovertext", timeout=5000)
            box = page.locator(f"#{DIV_ID} .hoverlayer .hovertext").first.bounding_box()
            assert box["width"] < 700 and box["x"] + box["width"] <= chart["x"] + chart["width"] + 0.5
        # CJK glyphs have real widths (a font covers them): a CJK title is wider than the same number of dots
        widths = page.evaluate("""() => {
            const c = document.createElement('canvas').getContext('2d'); c.font = '16px sans-serif';
            return [c.measureText('东京与北京').width, c.measureText('\\u25a1\\u25a1\\u25a1\\u25a1\\u25a1').width];
        }""")
        assert widths[0] > 40
        assert page.console_errors == []
    finally:
        context.close()


def test_search_lane_and_source_filters_redraw_chart_and_list(browser, pages, corpus100):
    events, arts = corpus100
    context, page = open_page(browser, pages["corpus100"], 1400)
    try:
        total = events[E.event_id].nunique()
        page.fill("#timeline-search", "东京")
        page.wait_for_function("document.getElementById('timeline-count').textContent.startsWith('1 of')")
        assert page.locator(".timeline-event:not([hidden])").count() == 1
        opacity = page.evaluate(f"""() => document.getElementById('{DIV_ID}').data
            .flatMap(t => Array.isArray(t.marker.opacity) ? t.marker.opacity : []).filter(o => o === 1).length""")
        assert opacity == 1
        page.fill("#timeline-search", "")
        page.wait_for_function(f"document.getElementById('timeline-count').textContent.startsWith('{total} of')")
        # a lane toggled off hides its marks and its labels
        lane = events[E.lane].iloc[0]
        n_lane = events.loc[events[E.lane] == lane, E.event_id].nunique()
        page.locator(".lane-toggle", has_text=lane).first.locator("input").press("Space")
        page.wait_for_function(
            f"document.getElementById('timeline-count').textContent.startsWith('{total - n_lane} of')")
        ids = set(events.loc[events[E.lane] == lane, E.event_id])
        page.wait_for_function(f"""ids => document.getElementById('{DIV_ID}').layout.annotations
            .every(a => !(a.name || '').startsWith('callout:') || a.visible === false || !ids.includes(a.name.slice(8)))""",
            arg=sorted(ids))
        visible_callouts = page.evaluate(f"""() => document.getElementById('{DIV_ID}').layout.annotations
            .filter(a => (a.name || '').startsWith('callout:') && a.visible !== false).map(a => a.name.slice(8))""")
        assert visible_callouts and not ids & set(visible_callouts)
        hidden_traces = page.evaluate(f"""() => document.getElementById('{DIV_ID}').data
            .filter(t => t.visible === false).map(t => t.legendgroup)""")
        assert set(hidden_traces) == {lane}
        assert_no_overlap(page)
        page.locator(".lane-toggle", has_text=lane).first.locator("input").press("Space")
        # the article filter keeps the events quoting that article
        src = events[E.source].value_counts().index[0]
        n_src = events.loc[events[E.source] == src, E.event_id].nunique()
        page.select_option("#timeline-source", src)
        page.wait_for_function(f"document.getElementById('timeline-count').textContent.startsWith('{n_src} of')")
        assert page.console_errors == []
    finally:
        context.close()


def test_citations_link_to_the_article_and_show_the_quote_in_context(browser, pages, corpus100):
    events, arts = corpus100
    by_id = {a.id: a for a in arts}
    context, page = open_page(browser, pages["corpus100"], 1024)
    try:
        row = events.iloc[3]
        entry = page.locator(f"#event-{row[E.event_id]}")
        links = entry.locator("a.article-link")
        assert links.count() >= 1
        assert links.first.get_attribute("href").startswith("https://news.example.org/story/")
        assert links.first.get_attribute("rel") == "noopener noreferrer"
        quote_li = entry.locator(".event-quote").first
        quote_li.locator(".show-context").click()
        mark = quote_li.locator(".quote-context mark")
        assert mark.text_content() == entry.locator("blockquote").first.text_content()
        whole = quote_li.locator(".quote-context").text_content()
        first = events[events[E.event_id] == row[E.event_id]].iloc[0]
        art = by_id[first[E.source]]
        assert whole in art.text and len(whole) > len(first[E.quote])
        assert quote_li.locator(".show-context").get_attribute("aria-expanded") == "true"
        assert page.console_errors == []
    finally:
        context.close()


@pytest.mark.parametrize("corpus", ["seeds", "corpus100"])
def test_presets_are_keyboard_buttons_and_zoom_reticks_with_years(browser, pages, corpus):
    context, page = open_page(browser, pages[corpus], 1400)
    try:
        buttons = page.locator("#timeline-presets button.preset")
        assert buttons.count() >= 2
        buttons.nth(1).focus()
        page.keyboard.press("Enter")
        page.wait_for_function(f"document.getElementById('{DIV_ID}')._fullLayout.xaxis.range[0] > 100")
        assert buttons.nth(1).get_attribute("aria-pressed") == "true"
        page.wait_for_timeout(300)
        texts = page.evaluate(f"() => Array.from(document.querySelectorAll('#{DIV_ID} .xtick text')).map(t => t.textContent)")
        assert len(texts) >= 3 and any("2021" in t or "2022" in t for t in texts)
        # a deep zoom (one month of the busiest stretch) still gets a sensible tick set naming its year
        page.evaluate(f"""() => {{
            const gd = document.getElementById('{DIV_ID}');
            const s = gd.layout.meta.scale;
            const interp = (v, a, b) => {{ for (let i = 1; i < a.length; i++) if (v <= a[i])
                return b[i-1] + (v - a[i-1]) * (b[i] - b[i-1]) / (a[i] - a[i-1]); return b[b.length-1]; }};
            const d0 = Date.UTC(2021, 11, 1) / 864e5, d1 = Date.UTC(2022, 0, 1) / 864e5;
            return Plotly.relayout(gd, {{'xaxis.range': [interp(d0, s.knots, s.xs), interp(d1, s.knots, s.xs)]}});
        }}""")
        page.wait_for_timeout(500)
        texts = page.evaluate(f"() => Array.from(document.querySelectorAll('#{DIV_ID} .xtick text')).map(t => t.textContent)")
        assert len(texts) >= 4, texts
        assert any("2021" in t for t in texts), texts
        assert_no_overlap(page, at_least=0)  # labels stay clear at any zoom (overlapping ones are hidden)
        overview = page.evaluate("document.querySelector('#timeline-overview svg') !== null")
        assert overview
        assert page.console_errors == []
    finally:
        context.close()
