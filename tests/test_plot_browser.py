"""The seed timeline rendered by plotly.js in a real Chromium."""

from __future__ import annotations

import html
import itertools
from pathlib import Path

import plotly
import pytest

from timeline import plot
from timeline.plot import timeline

pytestmark = pytest.mark.browser

PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def render(page, fig, tmp_path: Path) -> None:
    """Load the figure as a standalone page with the bundled plotly.js inlined, from file://."""
    html = fig.to_html(include_plotlyjs=False, full_html=True, div_id="tl")
    html = html.replace("<head>", "<head><script>" + PLOTLY_JS.read_text() + "</script>", 1)
    path = tmp_path / "timeline.html"
    path.write_text(html, encoding="utf-8")
    page.goto(path.as_uri())
    page.wait_for_function("() => { const gd = document.getElementById('tl'); return gd && gd._fullLayout; }")


@pytest.fixture(scope="module")
def seed_figure(seed_events, seed_articles):
    return timeline(seed_events, articles=seed_articles, eras=plot.ERAS)


def hover_lines(page, event_id: str) -> list[str]:
    """Hover the mark of an event with Plotly.Fx.hover; return the label's lines as rendered."""
    page.evaluate("() => Plotly.Fx.unhover(document.getElementById('tl'))")
    page.wait_for_timeout(120)  # plotly.js throttles hover events (50 ms)
    return page.evaluate(
        """(eventId) => {
            const gd = document.getElementById('tl');
            for (let c = 0; c < gd.data.length; c++) {
                const cd = gd.data[c].customdata || [];
                for (let p = 0; p < cd.length; p++) {
                    if (cd[p][0] === eventId) {
                        Plotly.Fx.hover(gd, [{curveNumber: c, pointNumber: p}]);
                        const lines = document.querySelectorAll('.hoverlayer .hovertext text tspan.line');
                        return Array.from(lines).map(t => t.textContent);
                    }
                }
            }
            return null;
        }""",
        event_id,
    )


def test_renders_without_console_errors(page, seed_figure, tmp_path):
    render(page, seed_figure, tmp_path)
    assert page.locator("#tl .main-svg").count() >= 1
    n_points = page.evaluate("() => document.querySelectorAll('#tl .point').length")
    assert n_points == 23
    assert page.console_errors == []


def test_hover_shows_the_first_quotes_exactly_and_counts_the_rest(page, seed_figure, seed_events, tmp_path):
    render(page, seed_figure, tmp_path)
    for event_id in ["january-2022-security-talks", "partnership-for-peace", "ukraine-2014",
                     "russian-draft-security-treaties"]:
        lines = hover_lines(page, event_id)
        assert lines, f"no hover label for {event_id}"
        shown = " ".join(lines)
        quotes = list(seed_events.loc[seed_events["event_id"] == event_id, "quote"])
        n_shown = sum(q in shown for q in quotes)
        assert n_shown >= 1 and all(q in shown for q in quotes[:n_shown])
        if n_shown < len(quotes):
            assert f"+ {len(quotes) - n_shown} more quote" in shown
        title = seed_events.loc[seed_events["event_id"] == event_id, "title"].iloc[0]
        assert title in shown
    assert page.console_errors == []


def test_hover_renders_markup_literally(page, tmp_path):
    from timeline.events import events_from_records

    quote = 'He said "<b>no</b>" & left &amp; then — “quoted” it’s <br> done'
    ev = events_from_records([dict(event_id="x", date="2020-05-01", end_date="", date_text="", title="T & <i>t</i>",
                                   lane="L", source="s", quote=quote, quote_start=0, quote_end=5)])
    render(page, timeline(ev), tmp_path)
    assert quote in " ".join(hover_lines(page, "x"))
    assert page.console_errors == []


def _annotation_boxes(page):
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('#tl .annotation')).map(g => {
            const r = g.querySelector('rect.bg').getBoundingClientRect();
            return {x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, text: g.textContent};
        })"""
    )


def test_callout_boxes_do_not_overlap(page, seed_figure, tmp_path):
    render(page, seed_figure, tmp_path)
    boxes = _annotation_boxes(page)
    n_callouts = sum((a.name or "").startswith("callout:") for a in seed_figure.layout.annotations)
    assert n_callouts >= 20 and len(boxes) == len(seed_figure.layout.annotations)
    for a, b in itertools.combinations(boxes, 2):
        overlap = a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]
        assert not overlap, (a, b)
    # the rendered boxes fit in the conservative estimate used by the layout
    for ann, box in zip(seed_figure.layout.annotations, boxes):
        w, h = plot._label_box_size(html.unescape(ann.text.replace("<br>", "\n")), 10)
        assert box["x1"] - box["x0"] <= w + 0.5 and box["y1"] - box["y0"] <= h + 0.5, box


def _mark_extents(page):
    """Pixel extent of every event mark, from plotly.js's own axis mapping."""
    return page.evaluate(
        """() => {
            const gd = document.getElementById('tl');
            const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
            const out = {};
            gd._fullData.forEach(t => {
                (t.customdata || []).forEach((cd, i) => {
                    const y = ya.l2p(t.y[i]);
                    if (t.type === 'bar') {
                        out[cd[0]] = {x0: xa.l2p(t.base[i]), x1: xa.l2p(t.base[i] + t.x[i]), y: y};
                    } else {
                        const s = Array.isArray(t.marker.size) ? t.marker.size[i] : t.marker.size;
                        out[cd[0]] = {x0: xa.l2p(t.x[i]) - s / 2, x1: xa.l2p(t.x[i]) + s / 2, y: y};
                    }
                });
            });
            return out;
        }"""
    )


def test_default_view_keeps_1994_and_january_2022_legible(page, seed_figure, tmp_path):
    render(page, seed_figure, tmp_path)
    ext = _mark_extents(page)
    assert len(ext) == 23

    def gap_to_row_neighbours(event_id):
        me = ext[event_id]
        gaps = [max(o["x0"] - me["x1"], me["x0"] - o["x1"]) for k, o in ext.items()
                if k != event_id and abs(o["y"] - me["y"]) < 1]
        return min(gaps) if gaps else float("inf")

    talks = ext["january-2022-security-talks"]
    assert talks["x1"] - talks["x0"] >= 20
    assert gap_to_row_neighbours("january-2022-security-talks") >= 20
    assert gap_to_row_neighbours("osce-vienna-discussion") >= 20
    assert gap_to_row_neighbours("partnership-for-peace") >= 20
    # and the rendered bar really is that wide in the SVG
    widths = page.evaluate(
        "() => Array.from(document.querySelectorAll('#tl .bars .point path')).map(p => p.getBoundingClientRect().width)"
    )
    assert max(widths) > 100 and sorted(widths)[0] >= 5
    assert any(abs(w - (talks["x1"] - talks["x0"])) < 1.5 for w in widths)
    # the 1990s and 2022 are both on screen in the default view
    texts = page.evaluate("() => Array.from(document.querySelectorAll('#tl .xtick text')).map(t => t.textContent)")
    assert "1994" in texts and "Dec 2021" in texts
    assert page.console_errors == []


def test_range_preset_zooms_and_relabels(page, seed_figure, tmp_path):
    render(page, seed_figure, tmp_path)
    page.locator("#tl .updatemenu-button", has_text="Nov 2021 – Feb 2022").click()  # the busiest stretch (computed)
    page.wait_for_function("() => document.getElementById('tl')._fullLayout.xaxis.range[0] > 500")
    texts = page.evaluate("() => Array.from(document.querySelectorAll('#tl .xtick text')).map(t => t.textContent)")
    assert any("Jan" in t for t in texts) and "1994" not in texts
    assert page.console_errors == []
