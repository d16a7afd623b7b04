"""Hostile text is shown exactly as written and never executed (HTML export, plot, TimelineJS).

Every string below goes into titles, lanes, quotes, dates as written and
article titles/outlets of a synthetic events frame whose quotes really are
slices of fake articles. The pages are opened in real Chromium with a
``window.__pwned`` trap, a dialog trap and a console watch; every shown text
is compared with the original string.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

from timeline.articles import Article
from timeline.events import EventSchema as E
from timeline.events import events_from_records, validate_events
from timeline.export import html_page, write_html
from timeline.timelinejs import from_timelinejs, to_timelinejs, write_timelinejs_html

LONG = ("ab<c>&amp; \"d\" " * 700)[:10_000]
HOSTILE: list[str] = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    "<svg onload=window.__pwned=3>",
    "javascript:window.__pwned=4",
    '<a href="javascript:window.__pwned=5">click me</a>',
    "&quot;",
    "&amp;",
    "&lt;b&gt;not bold&lt;/b&gt;",
    "&nbsp;&#39;&#x27;&copy;",
    "&mu; &times; &deg; &plusmn;",
    "</script><script>window.__pwned=11</script>",
    "<!-- comment -->",
    "<!--",
    "]]>",
    "<![CDATA[x]]>",
    "line\u2028separator\u2029paragraph",
    "\u202eevil override\u202c",
    "\u200fRTL mark and LTR mark\u200e",
    "\u2066isolate\u2069 \u2067rtl isolate\u2069",
    "a\u200bb\u200cc\u200dd\ufeffe",
    LONG,
    "👩‍👩‍👧‍👦 🇺🇦 💥 emoji",
    "C:\\new\\table\\x00 \\u003c \\",
    "${window.__pwned=24}",
    "{{constructor.constructor('window.__pwned=25')()}}",
    "{% raw %}{{x}}{% endraw %} <%= x %> #{x}",
    "'\"; window.__pwned=27; //",
    '"><img src=x onerror=window.__pwned=28>',
    '<iframe src="javascript:window.__pwned=29"></iframe>',
    "<style>body{display:none}</style>",
    "<b>bold</b> <i>it</i> <br> next",
    "<sup>x</sup><sub>y</sub>",
    '<span style="color:red">red</span>',
    "$x^2$",
    "$$\\frac{1}{2}$$",
    "%{customdata[0]} %{x} %{text}",
    "<math><mi>x</mi></math>",
    "<details open ontoggle=window.__pwned=38>",
    "data:text/html,<script>window.__pwned=39</script>",
    "\\x3cscript\\x3ewindow.__pwned=40\\x3c/script\\x3e",
    "&#60;script&#62;window.__pwned=41&#60;/script&#62;",
    "%3Cscript%3Ewindow.__pwned=42%3C/script%3E",
    "<scr<script>ipt>window.__pwned=43</script>",
    "<form><button formaction=javascript:window.__pwned=44>x</button></form>",
    '<object data="javascript:window.__pwned=45">',
    "<body onload=window.__pwned=46>",
    "<input autofocus onfocus=window.__pwned=47>",
    '<video><source onerror="window.__pwned=48"></video>',
    '<noscript><p title="</noscript><img src=x onerror=window.__pwned=49>">',
    "<template><script>window.__pwned=50</script></template>",
    "tab\tand  double  spaces",
    "Ünïcödé — “quotes” ‘single’ « guillemets » e\u0301",
    "null",
    "undefined",
    "__proto__",
    "< alone > alone & alone && a < b > c",
    "</textarea></title></style></noscript>",
    "multi\nline\ntext",
    "<a href='https://example.org/very/long/url/that/autolink/would/shorten/if/it/could'>x</a> www.example.org a@b.co",
]
# Lanes: a few hostile strings without leading/trailing spaces (TimelineJS trims group names).
LANES = [HOSTILE[i] for i in (0, 1, 7, 16, 21, 33)]


def test_there_are_at_least_50_distinct_hostile_cases():
    assert len(set(HOSTILE)) == len(HOSTILE) >= 50
    assert max(map(len, HOSTILE)) == 10_000


@pytest.fixture(scope="module")
def hostile():
    """(events, articles) with every hostile string as title, quote, date as written, article title and outlet."""
    n = len(HOSTILE)
    records, articles = [], []
    for i, title in enumerate(HOSTILE):
        quote = HOSTILE[(i + 1) % n]
        prefix = f"Article {i} says: "
        art = Article(
            id=f"art-{i:02d}",
            path=Path(f"art-{i:02d}.txt"),
            text=prefix + quote + " (end)",
            title=HOSTILE[(i + 2) % n],
            outlet=HOSTILE[(i + 3) % n],
            published=dt.date(2020, 1, 1) + dt.timedelta(days=i),
            published_source="given",
        )
        articles.append(art)
        records.append(
            {
                E.event_id: f"hostile-{i:02d}",
                E.date: (dt.date(1990, 1, 1) + dt.timedelta(days=97 * i)).isoformat(),
                E.end_date: "",
                E.date_text: quote,
                E.title: title,
                E.lane: LANES[i % len(LANES)],
                E.source: art.id,
                E.quote: quote,
                E.quote_start: len(prefix),
                E.quote_end: len(prefix) + len(quote),
                E.actors: "", E.tags: "", E.note: HOSTILE[(i + 4) % n],
            }  # fmt: skip
        )
    events = events_from_records(records)
    assert validate_events(events, articles=articles) == []
    return events, articles


def nows(s: str) -> str:
    return "".join(s.split())


TRAP = """
window.__dialogs = [];
window.alert = window.confirm = window.prompt = (m) => { window.__dialogs.push(String(m)); };
"""


def open_trapped(page, path):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.add_init_script(TRAP)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-timeline-ready=true]", timeout=60_000)
    return dialogs


def assert_not_pwned(page, dialogs):
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("window.__dialogs") == []
    assert dialogs == []
    assert page.console_errors == []


def test_html_page_source_escapes_everything(hostile, tmp_path):
    events, articles = hostile
    text = html_page(events, articles=articles)
    body = text.split('<ol class="timeline-events">', 1)[1].split("</ol>", 1)[0]
    for payload in ("<script", "<img", "<svg", "<iframe", "<style", "<object", "<body", "<input", "<video", "<template"):
        assert payload not in body.lower()
    data = text.split('id="timeline-figure">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and "\u2028" not in data and "\u2029" not in data
    assert write_html(events, tmp_path / "a.html", articles=articles).read_bytes() == text.encode()


@pytest.mark.browser
def test_html_export_shows_hostile_text_as_written(page, hostile, tmp_path):
    events, articles = hostile
    path = write_html(events, tmp_path / "hostile.html", articles=articles)
    dialogs = open_trapped(page, path)
    assert_not_pwned(page, dialogs)
    panel = page.evaluate(
        """() => Array.from(document.querySelectorAll('.timeline-event')).map(li => ({
            id: li.dataset.eventId,
            title: li.querySelector('.event-title').textContent,
            lane: li.querySelector('.lane-name').textContent,
            quotes: Array.from(li.querySelectorAll('.quote-text')).map(e => e.textContent),
            written: Array.from(li.querySelectorAll('.date-text')).map(e => e.textContent),
            arts: Array.from(li.querySelectorAll('.article-title')).map(e => e.textContent),
            outlets: Array.from(li.querySelectorAll('.article-outlet')).map(e => e.textContent),
        }))"""
    )
    by_art = {a.id: a for a in articles}
    expected = {}
    for row in events.to_dict("records"):
        expected[row[E.event_id]] = row
    assert len(panel) == len(HOSTILE)
    for entry in panel:
        row = expected[entry["id"]]
        art = by_art[row[E.source]]
        assert entry["title"] == row[E.title]
        assert entry["lane"] == row[E.lane]
        assert entry["quotes"] == [row[E.quote]]
        assert entry["written"] == [row[E.date_text]]
        assert entry["arts"] == [art.title]
        assert entry["outlets"] == [art.outlet]
    assert page.locator("#timeline-sources img, #timeline-sources script, #timeline-sources iframe, "
                        "#timeline-sources svg, #timeline-sources style").count() == 0  # fmt: skip

    # the legend (the page's lane toggles): every lane name as written
    legend = page.evaluate("() => Array.from(document.querySelectorAll('.lane-label')).map(e => e.textContent)")
    assert sorted(legend) == sorted(set(events[E.lane]))

    # plot hover: every event's title, lane, quote, article title and outlet, as written
    # (Plotly drops a hover label taller than the plot, as with the 10,000-character strings:
    # for those events the label text handed to Plotly is checked instead.)
    for event_id, row in expected.items():
        art = by_art[row[E.source]]
        values = (row[E.title], row[E.lane], row[E.quote], art.title, art.outlet)
        if max(map(len, values)) > 2000:
            label = page.evaluate(
                "id => { const m = timelinePage.marks()[id]; const t = document.getElementById('timeline-plot').data[m.curveNumber];"
                " return (t.hovertext || t.text)[m.pointNumber]; }", event_id
            )
            hover = nows(html.unescape(re.sub(r"<[^>]*>", "", label)))
        else:
            page.evaluate("() => Plotly.Fx.unhover('timeline-plot')")
            assert page.evaluate("id => timelinePage.focusMark(id)", event_id), event_id
            page.wait_for_function(
                "id => document.getElementById('timeline-plot').getAttribute('data-focused-event') === id"
                " && document.querySelector('.hoverlayer .hovertext') !== null", arg=event_id, timeout=5000
            )
            hover = nows(page.locator(".hoverlayer .hovertext").first.text_content())
        for value in values:
            # the hover is a capped summary: each value verbatim, or its verbatim start cut with "…"
            # (the sources panel, checked above, has every value whole)
            if nows(value) not in hover:
                assert nows(value)[:30] in hover and "…" in hover, (event_id, value[:80])
    # callouts and every other annotation: shown text == the annotation's text with only plot.py's markup read
    annotations = page.evaluate(
        """() => Array.from(document.querySelectorAll('#timeline-plot .annotation')).map(a => ({
            i: Number(a.getAttribute('data-index')), shown: a.querySelector('.annotation-text').textContent }))"""
    )
    layout = page.evaluate("document.getElementById('timeline-plot').layout.annotations.map(a => a.text)")
    assert annotations
    for ann in annotations:
        source = re.sub(r"<br\s*/?>", "", layout[ann["i"]])
        assert ann["shown"] == html.unescape(re.sub(r"</?(b|i|sup|sub|span)( [^>]*)?>", "", source))
    collapsed = [" ".join(t.split()) for t in HOSTILE]
    shown_titles = [a["shown"].rstrip("…") for a in annotations]
    assert sum(any(c.startswith(s) for c in collapsed) for s in shown_titles if s) >= 10
    ticks = page.evaluate("Array.from(document.querySelectorAll('#timeline-plot .ytick text')).map(t => t.textContent)")
    # lane names wrap over lines (tspans, so compared without whitespace); a very long one is cut with "…"
    shown_lanes = {nows(t) for t in ticks}
    for lane in LANES:
        assert nows(lane) in shown_lanes or any(
            t.endswith("…") and nows(lane).startswith(t[:-1]) for t in shown_lanes), lane
    assert page.locator("#timeline-plot img, #timeline-plot iframe, #timeline-plot script, #timeline-plot foreignObject").count() == 0
    # hover with the real mouse over every mark too (onmouseover payloads)
    for box in page.evaluate("Array.from(document.querySelectorAll('#timeline-plot .trace .point')).map(p => { const r = p.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })")[:20]:
        page.mouse.move(*box)
    assert_not_pwned(page, dialogs)


def test_timelinejs_round_trip_keeps_hostile_text(hostile):
    events, articles = hostile
    back = from_timelinejs(to_timelinejs(events, articles=articles))
    cols = [E.event_id, E.date, E.title, E.lane, E.source, E.quote, E.quote_start, E.quote_end, E.date_text, E.note]
    assert back[cols].reset_index(drop=True).equals(events[cols].reset_index(drop=True))


@pytest.mark.browser
def test_timelinejs_shows_hostile_text_as_written(page, hostile, tmp_path):
    events, articles = hostile
    path = write_timelinejs_html(events, tmp_path / "hostile-tl.html", articles=articles)
    dialogs = open_trapped(page, path)
    assert page.evaluate("timeline.config.messages.errors") == []
    assert page.locator(".tl-slide").count() == len(HOSTILE)
    shown = page.evaluate(
        """() => timeline._storyslider._slides.map(s => ({
            id: s.data.unique_id,
            headline: (s._el.container.querySelector('.tl-headline') || {}).textContent,
            quotes: Array.from(s._el.container.querySelectorAll('.tlx-quote-text')).map(e => e.textContent),
            arts: Array.from(s._el.container.querySelectorAll('cite.article-title')).map(e => e.textContent),
            outlets: Array.from(s._el.container.querySelectorAll('.article-outlet')).map(e => e.textContent),
        }))"""
    )
    by_art = {a.id: a for a in articles}
    expected = {r[E.event_id]: r for r in events.to_dict("records")}
    assert sorted(s["id"] for s in shown) == sorted(expected)
    for s in shown:
        row = expected[s["id"]]
        art = by_art[row[E.source]]
        assert s["headline"] == row[E.title]
        assert s["quotes"] == [row[E.quote]]
        assert s["arts"] == [art.title]
        assert s["outlets"] == [art.outlet]
    markers = page.evaluate("Array.from(document.querySelectorAll('.tl-timemarker .tl-headline')).map(e => e.textContent)")
    assert sorted(markers) == sorted(events.drop_duplicates(E.event_id)[E.title])
    groups = page.evaluate("Array.from(document.querySelectorAll('.tl-timegroup-message')).map(e => e.textContent)")
    assert sorted(groups) == sorted(set(LANES))
    for slide_el in range(0, len(HOSTILE), 7):  # walk through some slides (renders media/text lazily)
        page.evaluate("n => timeline.goTo(n)", slide_el)
    page.wait_for_timeout(300)
    assert page.locator(".tl-timeline img[src='x'], .tl-timeline iframe, .tl-timeline script, .tl-timeline input").count() == 0
    assert_not_pwned(page, dialogs)
