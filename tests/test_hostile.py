"""Hostile text is shown exactly as written and never executed (HTML export, plot, TimelineJS).

Every string below goes into titles, lanes, quotes, dates as written and
article titles/outlets of a synthetic events frame whose quotes really are
slices of fake articles. The pages are opened in real Chromium with a
``window.__pwned`` trap, a dialog trap and a console watch; every shown text
is compared with the original string. Actors and notes go through the
TimelineJS round trip; article urls that are not http(s) must never become
links; control characters go into article text and quotes only (validation
refuses them elsewhere), and a NUL, which the HTML parser drops, is shown as
U+2400.
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
from timeline.export import html_page, shown_text, write_html
from timeline.textio import CONTROL_CHARACTERS
from timeline.plot import timeline
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

# Systematic families on top of the hand-written cases above.
HANDLERS = (
    "onerror", "onload", "onclick", "onmouseover", "onmouseenter", "onfocus", "onblur", "onanimationstart",
    "ontransitionend", "onpointerover", "onwheel", "onkeydown", "oninput", "onbeforeprint", "onpageshow",
    "onscroll", "ontoggle", "onbegin", "onauxclick", "oncontextmenu",
)
HANDLER_TAGS = ('img src=x', "svg", 'div style="animation:spin 1s"', 'input autofocus', 'details open')
for _k, (_tag, _handler) in enumerate((t, h) for t in HANDLER_TAGS for h in HANDLERS[: 20 if t == "img src=x" else 8]):
    HOSTILE.append(f'<{_tag} {_handler}="window.__pwned={100 + _k}">x</{_tag.split()[0]}>')
SCHEMES = (
    "javascript:window.__pwned=200", "JaVaScRiPt:window.__pwned=201", "java\tscript:window.__pwned=202",
    "&#106;avascript:window.__pwned=203", "&#x6A;avascript&colon;window.__pwned=204",
    "%6A%61%76%61script:window.__pwned=205", "vbscript:msgbox(206)", "VBScript:MsgBox(207)",
    "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0yMDg8L3NjcmlwdD4=",
    "data:image/svg+xml,<svg onload=window.__pwned=209>", "livescript:window.__pwned=210",
    "jav\u0061script:window.__pwned=211", "javascript://%0Awindow.__pwned=212",
)
for _url in SCHEMES:
    HOSTILE.append(_url)
    HOSTILE.append(f'<a href="{_url}">link</a>')
HOSTILE += [
    "&amp", "&ampx;", "&#0;", "&#x110000;", "&#xD800;", "&#65", "&#x41", "&lt&gt", "&NotANamedEntity;",
    "&#9731; &#x1F600; &hearts;", "&AElig; &Eacute; &eacute", "&amp;lt;script&amp;gt;", "&apos;&quot;&grave;",
    "{{7*7}}", "{{{raw}}}", "{{#each x}}{{this}}{{/each}}", "{{> partial}}", "{% if x %}y{% endif %}",
    "{{ config.__class__.__init__.__globals__ }}", "[[${7*7}]]", "<%= 7*7 %>", "<% system('id') %>",
    "${7*7}", "`${window.__pwned=300}`", "#{7*7}", "@{7*7}", "*{7*7}", "%(name)s %s %n %d",
    "{0} {1!r} {x.__class__}", "<div ng-app>{{constructor.constructor('window.__pwned=301')()}}</div>",
    '<div v-html="\'<img src=x onerror=window.__pwned=302>\'"></div>', "{{$on.constructor('window.__pwned=303')()}}",
    "[% INCLUDE x %]", "<#if x>y</#if>", "{$smarty.version}", "{{'a'|upper}}",
    "<br>", "<br/>", "<BR>", "a<br>b<br />c", "<b>", "</b>", "<i>x</i><em>y</em>", "<sup>2</sup>", "<sub>2</sub>",
    '<a href="https://example.org">https link</a>', '<a href="javascript:window.__pwned=304" target="_blank">x</a>',
    '<span style="font-size:200px">big</span>', "%{x}", "%{y:.2f}", "%{customdata[0]|%Y}", "%{hovertext}",
    "%{text}<extra>%{fullData.name}</extra>", "<extra></extra>", "$\\alpha$", "$", "$$", "$a$ and $b$",
    "%{x|%Y-%m-%d} %{meta[0]}", "<b><i><sup>nested</sup></i></b>",
]
for _name, _ch in (("LRE", "\u202a"), ("RLE", "\u202b"), ("PDF", "\u202c"), ("LRO", "\u202d"), ("RLO", "\u202e"),
                   ("LRI", "\u2066"), ("RLI", "\u2067"), ("FSI", "\u2068"), ("PDI", "\u2069"), ("LRM", "\u200e"),
                   ("RLM", "\u200f"), ("ALM", "\u061c")):
    HOSTILE.append(f"bidi {_name}:{_ch}txt.exe{_ch}gpj.evil")
for _name, _ch in (("ZWSP", "\u200b"), ("ZWNJ", "\u200c"), ("ZWJ", "\u200d"), ("BOM", "\ufeff"), ("WJ", "\u2060"),
                   ("SHY", "\u00ad"), ("MVS", "\u180e"), ("CGJ", "\u034f")):
    HOSTILE.append(f"zero-width {_name}:<{_ch}script>java{_ch}script:{_ch}")
HOSTILE += [
    "北京市人民政府 二〇二二年三月", "東京都 令和4年5月1日", "서울특별시 2022년", "القاهرة ٢٠٢٢ يناير",
    "ירושלים 2022 ינואר", "กรุงเทพมหานคร", "नई दिल्ली २०२२", "Ζεύς Ωμέγα", "Ѐ Москва ё", "𝕏 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈",
    "Z̸̡̛a̵̢͝l̶̨̛g̷̢̛o̸̡͝", "👨🏽‍💻 🏳️‍🌈 #️⃣ 🧑‍🤝‍🧑",
    "x" * 5000, "<" * 3000, "&amp;" * 1000,
]
BIG = ("100KB <script>window.__pwned=999</script> &amp; \u202e 北京 " * 3000)[:100_000]
HOSTILE.append(BIG)
# Control characters (C0 other than tab/newline/CR, DEL, C1) are refused in titles, lanes and the like;
# article text (and so quotes) may hold them.
CONTROLS = ["nul\x00byte", "esc\x1b[31mred\x1b[0m", "bell\x07 backspace\x08 ff\x0c vt\x0b", "del\x7f c1\x85\x9b"]
# Lanes: hostile strings without leading/trailing spaces (TimelineJS trims group names).
LANES = [HOSTILE[i] for i in (0, 1, 7, 16, 21, 33)] + [HOSTILE[i] for i in range(70, len(HOSTILE), 23) if len(HOSTILE[i]) < 300]
# Article addresses: never a link unless http(s).
URLS = list(SCHEMES) + ["https://example.org/ok?a=<b>&c=\"d\"", "  javascript:window.__pwned=400", "http://x y"]


def test_there_are_at_least_200_distinct_hostile_cases():
    assert len(set(HOSTILE)) == len(HOSTILE) >= 200
    assert max(map(len, HOSTILE)) == 100_000
    assert not any(CONTROL_CHARACTERS.search(s) for s in HOSTILE)


@pytest.fixture(scope="module")
def hostile():
    """(events, articles) with every hostile string as title, quote, date as written, article title and outlet."""
    n = len(HOSTILE)
    records, articles = [], []
    for i, title in enumerate(HOSTILE):
        written = HOSTILE[(i + 1) % n]
        control = CONTROLS[i % len(CONTROLS)]
        # the first few quotes hold control characters too (allowed in article text)
        quote = f"{written} {control}" if i < len(CONTROLS) else written
        prefix = f"Article {i} says: {control} "
        art = Article(
            id=f"art-{i:02d}",
            path=Path(f"art-{i:02d}.txt"),
            text=prefix + quote + f" (end) {control}",
            title=HOSTILE[(i + 2) % n],
            outlet=HOSTILE[(i + 3) % n],
            published=dt.date(2020, 1, 1) + dt.timedelta(days=i),
            published_source="given",
            url=URLS[i % len(URLS)],
        )
        articles.append(art)
        records.append(
            {
                E.event_id: f"hostile-{i:02d}",
                E.date: (dt.date(1990, 1, 1) + dt.timedelta(days=97 * i)).isoformat(),
                E.end_date: "",
                E.date_text: written,
                E.title: title,
                E.lane: LANES[i % len(LANES)],
                E.source: art.id,
                E.quote: quote,
                E.quote_start: len(prefix),
                E.quote_end: len(prefix) + len(quote),
                E.actors: HOSTILE[(i + 5) % n], E.tags: "", E.note: HOSTILE[(i + 4) % n],
            }  # fmt: skip
        )
    events = events_from_records(records)
    assert validate_events(events, articles=articles) == []
    return events, articles


def shown(s: str) -> str:
    """How a text is shown in HTML: a NUL (which the HTML parser drops) as U+2400 SYMBOL FOR NULL."""
    return s.replace("\x00", "\u2400")


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


def assert_only_web_links(page):
    """Every link on the page goes to an http(s) address (a javascript:/data:/vbscript: url is never clickable)."""
    hrefs = page.evaluate("Array.from(document.querySelectorAll('a[href], [formaction], iframe[src], object[data]'))"
                          ".map(e => e.getAttribute('href') || e.getAttribute('formaction') || e.getAttribute('src') || '')")
    assert hrefs and all(re.match(r"(https?://|#)", h) for h in hrefs), [h for h in hrefs if not re.match(r"(https?://|#)", h)]


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
        # (an article that is a page of HTML, '<body …>', shows its words: timeline.export.shown_text)
        assert entry["quotes"] == [shown(shown_text(row[E.quote], art))]
        assert entry["written"] == [shown_text(row[E.date_text], art)]
        assert entry["arts"] == [art.title]
        assert entry["outlets"] == [art.outlet]
    assert page.locator("#timeline-sources img, #timeline-sources script, #timeline-sources iframe, "
                        "#timeline-sources svg, #timeline-sources style").count() == 0  # fmt: skip
    # the quote in its article (built from JSON by the page's script): the mark is the quote, the whole a slice
    for i in [*range(len(CONTROLS)), *range(len(CONTROLS), len(HOSTILE), 11)]:
        row = expected[f"hostile-{i:02d}"]
        quote_li = page.locator(f"#event-hostile-{i:02d} .event-quote").first
        quote_li.locator(".show-context").click()
        assert quote_li.locator(".quote-context mark").text_content() == row[E.quote]
        assert quote_li.locator(".quote-context").text_content() in by_art[row[E.source]].text
    assert_only_web_links(page)
    assert page.locator("a.article-link").count() == sum(1 for a in articles if a.url.startswith("https://example.org/ok"))

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
    for box in page.evaluate("Array.from(document.querySelectorAll('#timeline-plot .trace .point')).map(p => { const r = p.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })"):
        page.mouse.move(*box)
    assert_not_pwned(page, dialogs)


def test_timelinejs_round_trip_keeps_hostile_text(hostile):
    events, articles = hostile
    back = from_timelinejs(to_timelinejs(events, articles=articles))
    cols = [E.event_id, E.date, E.title, E.lane, E.source, E.quote, E.quote_start, E.quote_end, E.date_text, E.actors, E.note]
    assert back[cols].reset_index(drop=True).equals(events[cols].reset_index(drop=True))


@pytest.mark.browser
def test_timelinejs_shows_hostile_text_as_written(page, hostile, tmp_path):
    events, articles = hostile
    path = write_timelinejs_html(events, tmp_path / "hostile-tl.html", articles=articles)
    dialogs = open_trapped(page, path)
    assert page.evaluate("timeline.config.messages.errors") == []
    assert page.locator(".tl-slide").count() == len(HOSTILE)
    slides = page.evaluate(
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
    assert sorted(s["id"] for s in slides) == sorted(expected)
    for s in slides:
        row = expected[s["id"]]
        art = by_art[row[E.source]]
        assert s["headline"] == row[E.title]
        assert s["quotes"] == [shown(row[E.quote])]
        assert s["arts"] == [art.title]
        assert s["outlets"] == [art.outlet]
    assert_only_web_links(page)
    markers = page.evaluate("Array.from(document.querySelectorAll('.tl-timemarker .tl-headline')).map(e => e.textContent)")
    assert sorted(markers) == sorted(events.drop_duplicates(E.event_id)[E.title])
    groups = page.evaluate("Array.from(document.querySelectorAll('.tl-timegroup-message')).map(e => e.textContent)")
    assert sorted(groups) == sorted(set(LANES))
    for slide_el in range(0, len(HOSTILE), 7):  # walk through some slides (renders media/text lazily)
        page.evaluate("n => timeline.goTo(n)", slide_el)
    page.wait_for_timeout(300)
    assert page.locator(".tl-timeline img[src='x'], .tl-timeline iframe, .tl-timeline script, .tl-timeline input").count() == 0
    assert_not_pwned(page, dialogs)


@pytest.mark.browser
def test_plotly_legend_shows_hostile_lanes_as_written(page, hostile, tmp_path):
    """The notebook figure (controls="plotly"): its Plotly legend names every lane as written."""
    events, articles = hostile
    path = tmp_path / "hostile-fig.html"
    timeline(events, articles=articles, controls="plotly").write_html(path, include_plotlyjs=True, full_html=True)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.add_init_script(TRAP)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page.goto(path.as_uri())
    page.wait_for_selector(".legend .legendtext", timeout=60_000)
    legend = page.evaluate("Array.from(document.querySelectorAll('.legend .legendtext')).map(e => e.textContent)")
    assert sorted(set(legend)) == sorted(set(LANES))
    assert page.locator(".js-plotly-plot img, .js-plotly-plot foreignObject, .js-plotly-plot script").count() == 0
    assert_only_web_links(page)
    assert_not_pwned(page, dialogs)
