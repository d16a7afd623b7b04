"""The standalone HTML export, CSV/JSON exports and the format dispatcher (no browser)."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import plotly.graph_objects as go
import pytest
from plotly.offline import get_plotlyjs_version

from timeline.events import EventSchema as E
from timeline.events import read_events
from timeline.export import (
    DIV_ID,
    PlotlyBundleWarning,
    events_to_json,
    export_events,
    find_node_modules,
    plotly_bundle,
    write_html,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def page_text(seed_events, seed_articles, tmp_path_factory):
    path = write_html(seed_events, tmp_path_factory.mktemp("html") / "timeline.html", articles=seed_articles)
    return path.read_text(encoding="utf-8")


def test_basic_bundle_is_pinned_to_the_python_plotly_js_version():
    folder = find_node_modules("plotly.js-basic-dist-min")
    assert folder is not None, "run `npm ci` (setup.sh does)"
    version = json.loads((folder / "plotly.js-basic-dist-min" / "package.json").read_text())["version"]
    assert version == get_plotlyjs_version()
    lock = json.loads((ROOT / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/plotly.js-basic-dist-min"]["version"] == version


def test_page_is_self_contained_and_uses_the_basic_bundle(page_text):
    assert page_text.startswith("<!DOCTYPE html>")
    assert f"plotly.js (basic - minified) v{get_plotlyjs_version()}" in page_text
    assert not re.search(r"<script[^>]+src=", page_text)
    assert not re.search(r"<link[^>]+href=", page_text)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page_text.split("<script>")[0])
    assert f'<div id="{DIV_ID}"' in page_text
    assert len(page_text.encode()) < 2_000_000


def test_sources_panel_lists_every_event_with_quotes_and_articles(page_text, seed_events, articles_by_id):
    for event_id, group in seed_events.groupby(E.event_id):
        assert f'id="event-{event_id}"' in page_text
        for row in group.itertuples():
            article = articles_by_id[getattr(row, E.source)]
            assert article.id in page_text
            if article.outlet:
                assert f'<span class="article-outlet">{escape_html(article.outlet)}</span>' in page_text
    assert page_text.count('class="timeline-event"') == seed_events[E.event_id].nunique()
    assert page_text.count('class="event-quote"') == len(seed_events)
    assert page_text.count('class="focus-mark"') == seed_events[E.event_id].nunique()
    assert "date printed in the article" in page_text and "date inferred" in page_text


def escape_html(s: str) -> str:
    import html

    return html.escape(s, quote=True)


def test_same_inputs_give_the_same_bytes(seed_events, seed_articles, tmp_path):
    a = write_html(seed_events, tmp_path / "a" / "t.html", articles=seed_articles).read_bytes()
    b = write_html(seed_events.copy(), tmp_path / "b.html", articles=list(reversed(seed_articles))).read_bytes()
    assert a == b
    assert not re.search(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?!\.0+)", a.split(b"plotly.js (basic")[0])


def test_atomic_write_leaves_no_temporary_files(seed_events, tmp_path):
    write_html(seed_events, tmp_path / "t.html")
    assert [p.name for p in tmp_path.iterdir()] == ["t.html"]


def test_write_failure_keeps_the_previous_file(seed_events, tmp_path, monkeypatch):
    path = tmp_path / "t.html"
    path.write_text("old")
    import timeline.export as export

    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(export, "_events_html", boom)
    with pytest.raises(RuntimeError):
        write_html(seed_events, path)
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.html"]


def test_embedded_json_cannot_close_the_script(seed_events, tmp_path):
    fig = go.Figure(go.Scatter(x=[1], y=[1], customdata=[["x"]], text=["</script><script>window.__pwned=1</script><!--"]))
    text = write_html(seed_events, tmp_path / "t.html", figure=fig).read_text()
    body = text.split('<script type="application/json" id="timeline-figure">', 1)[1].split("</script>", 1)[0]
    assert "<" not in body and ">" not in body
    assert "\\u003c/script\\u003e" in body


def test_trace_outside_the_basic_bundle_falls_back_to_full_with_a_warning(seed_events, tmp_path):
    fig = go.Figure(go.Scattergl(x=[1, 2], y=[1, 2], customdata=[["a"], ["b"]]))
    with pytest.warns(PlotlyBundleWarning, match="scattergl"):
        text = write_html(seed_events, tmp_path / "t.html", figure=fig).read_text()
    assert "plotly.js (basic" not in text
    assert f"plotly.js v{get_plotlyjs_version()}" in text
    with pytest.raises(ValueError, match="scattergl"):
        write_html(seed_events, tmp_path / "u.html", figure=fig, plotlyjs="basic")


def test_missing_node_modules_falls_back_to_full(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_NODE_MODULES", str(tmp_path / "nowhere"))
    with pytest.warns(PlotlyBundleWarning, match="not installed"):
        js, label = plotly_bundle(["scatter"])
    assert label.startswith("full")
    with pytest.raises(FileNotFoundError):
        plotly_bundle(["scatter"], "basic")


def test_node_modules_env_var_is_honoured(monkeypatch):
    folder = find_node_modules("plotly.js-basic-dist-min")
    monkeypatch.setenv("TIMELINE_NODE_MODULES", str(folder))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        js, label = plotly_bundle(["scatter", "bar"])
    assert label == f"basic {get_plotlyjs_version()}"
    assert plotly_bundle(["scatter"], "full")[1].startswith("full")
    with pytest.raises(ValueError):
        plotly_bundle(["scatter"], "tiny")  # type: ignore[arg-type]


def test_figure_strings_are_escaped_for_plotly(seed_events, tmp_path):
    frame = seed_events.copy()
    frame[E.title] = frame[E.title].where(frame.index != 0, "<b>bold</b> & co")
    text = write_html(frame, tmp_path / "t.html").read_text()
    # escaped once for Plotly (by timeline.plot), then JSON-escaped for the <script> element
    assert "\\u0026lt;b\\u0026gt;bold\\u0026lt;/b\\u0026gt; \\u0026amp; co" in text
    assert "\\u0026amp;lt;" not in text


def test_export_csv_round_trips(seed_events, seed_articles, tmp_path):
    path = export_events(seed_events, tmp_path / "e.csv", format="csv", articles=seed_articles)
    back = read_events(path, articles=seed_articles)
    assert back.drop(columns=[]).equals(seed_events) or back[list(seed_events.columns)].reset_index(drop=True).equals(
        seed_events.reset_index(drop=True)
    )


def test_export_json_records_with_iso_dates_and_sorted_keys(seed_events, tmp_path):
    path = export_events(seed_events, tmp_path / "e.json", format="json")
    text = path.read_text(encoding="utf-8")
    from timeline.export import with_article_columns

    assert text == events_to_json(with_article_columns(seed_events))
    records = json.loads(text)
    assert len(records) == len(seed_events)
    assert list(records[0]) == sorted(records[0])
    first = seed_events.iloc[0]
    assert records[0][E.event_id] == first[E.event_id]
    assert records[0][E.start] == first[E.start].date().isoformat()
    assert isinstance(records[0][E.quote_start], int)


def test_export_html_and_unknown_format(seed_events, seed_articles, tmp_path):
    path = export_events(seed_events, tmp_path / "t.html", format="html", articles=seed_articles)
    assert path.read_bytes() == write_html(seed_events, tmp_path / "u.html", articles=seed_articles).read_bytes()
    with pytest.raises(ValueError, match="unknown export format"):
        export_events(seed_events, tmp_path / "t.x", format="docx")


# --------------------------------------------------------------------------- static images (kaleido + Debian chromium)


@pytest.mark.browser
@pytest.mark.slow
def test_png_is_deterministic_and_sized(seed_events, seed_articles, tmp_path):
    import struct

    from timeline.export import write_image

    a = write_image(seed_events, tmp_path / "a.png", articles=seed_articles, width=800, height=500, scale=1.5)
    b = write_image(seed_events, tmp_path / "b.png", articles=seed_articles, width=800, height=500, scale=1.5)
    data = a.read_bytes()
    assert data == b.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1200, 750)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png", "b.png"]


@pytest.mark.browser
@pytest.mark.slow
def test_svg_export_and_dispatch(seed_events, tmp_path):
    from timeline.export import write_image

    path = export_events(seed_events, tmp_path / "t.svg", format="svg")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<svg") and "main-svg" in text
    assert 'width="1400"' in text  # the figure's own width by default
    with pytest.raises(ValueError, match="png"):
        write_image(seed_events, tmp_path / "t.gif")


def test_static_images_have_no_range_buttons_and_keep_a_title(seed_events, tmp_path, monkeypatch):
    import kaleido

    from timeline.export import write_image

    seen = []

    def fake_render(fig, opts, kopts):  # the figure kaleido would draw, without a browser
        seen.append(fig)
        return b"png"

    monkeypatch.setattr(kaleido, "calc_fig_sync", fake_render)
    write_image(seed_events, tmp_path / "t.png", title="Harbour, 2019 – 2023")
    layout = seen[0]["layout"]
    assert not layout.get("updatemenus") and layout["title"]["text"] == "Harbour, 2019 – 2023"
    write_image(seed_events, tmp_path / "u.png", presets=[("All", None, None)])
    layout = seen[1]["layout"]
    assert not layout.get("updatemenus")  # a static image never has buttons
    assert re.search(r"\d+ events, \d{4} – \d{4}", layout["title"]["text"])  # a default title
    caption = " ".join(a["text"] for a in layout["annotations"] if a.get("name") == "caption")
    assert "23 events, 36 quotes from 5 articles" in caption and "event dates 1990 – 2024" in caption
    callouts = [a["text"] for a in layout["annotations"] if a.get("name", "").startswith("callout:")]
    assert not any(t.endswith("…") for t in callouts)  # full labels (wrapped, not cut)


def test_the_browser_drivers_ignored_message_is_not_shown_while_an_image_renders(seed_events, tmp_path, monkeypatch,
                                                                                 caplog):
    import logging

    import kaleido

    from timeline.export import DRIVER_IGNORED, DRIVER_LOGGER, write_image

    driver = logging.getLogger(DRIVER_LOGGER)

    def busy_render(fig, opts, kopts):  # a busy machine: the driver skips a message it cannot decode, says so
        try:
            raise ValueError("Expecting value")
        except ValueError:
            driver.exception(DRIVER_IGNORED)
        driver.error("Error in trying to decode JSON off our read.")  # anything else still shows
        return b"png"

    monkeypatch.setattr(kaleido, "calc_fig_sync", busy_render)
    with caplog.at_level(logging.DEBUG):
        write_image(seed_events, tmp_path / "t.png")
    shown = [r.getMessage() for r in caplog.records if r.name == DRIVER_LOGGER]
    assert shown == ["Error in trying to decode JSON off our read."]
    driver.warning(DRIVER_IGNORED)  # outside a rendering the driver's logger is left as it was
    assert [r.getMessage() for r in caplog.records if r.name == DRIVER_LOGGER][-1] == DRIVER_IGNORED


def test_the_page_title_comes_from_the_data(seed_events, page_text, tmp_path):
    from timeline.ranges import default_title

    title = default_title(seed_events)
    assert re.search(r"\d+ events, \d{4} – \d{4}", title)
    assert f"<title>{title}</title>" in page_text and "<title>Timeline</title>" not in page_text
    page = write_html(seed_events, tmp_path / "p.html", title="My <story>").read_text(encoding="utf-8")
    assert "<title>My &lt;story&gt;</title>" in page


def test_csv_and_json_exports_carry_each_quotes_article(seed_events, seed_articles, tmp_path):
    import csv
    import json

    by_id = {a.id: a for a in seed_articles}
    rows = list(csv.DictReader(export_events(seed_events, tmp_path / "e.csv", format="csv",
                                             articles=seed_articles).open(encoding="utf-8")))
    records = json.loads(export_events(seed_events, tmp_path / "e.json", format="json",
                                       articles=seed_articles).read_text(encoding="utf-8"))
    assert len(rows) == len(records) == len(seed_events)
    for row in rows + records:
        art = by_id[row["source"]]
        assert row["article_title"] == art.title and row["article_outlet"] == art.outlet
        assert row["article_published"] == art.published.isoformat() and row["article_url"] == art.url
    # the exported CSV reads back as events
    from timeline.events import read_events

    assert len(read_events(tmp_path / "e.csv", articles=seed_articles)) == len(seed_events)


def _big_island(text: str) -> dict:
    import base64
    import zlib

    blob = text.split('id="timeline-data" data-encoding="zlib-base64">', 1)[1].split("</script>", 1)[0]
    return json.loads(zlib.decompress(base64.b64decode(blob)).decode("utf-8"))


def test_big_page_carries_the_columns_once_and_no_figure(seed_events, seed_articles, tmp_path):
    from timeline.bigpage import MARKS_MAX, page_columns

    text = write_html(seed_events, tmp_path / "big.html", articles=seed_articles, mode="big").read_text()
    assert 'id="timeline-figure"' not in text and 'class="timeline-event"' not in text
    data = _big_island(text)
    expected = page_columns(seed_events, {a.id: a for a in seed_articles})
    assert {k: data[k] for k in expected} == json.loads(json.dumps(expected))
    assert data["marks_max"] == MARKS_MAX and len(data["colors"]) == len(data["lanes"])
    again = write_html(seed_events.copy(), tmp_path / "again.html", articles=list(reversed(seed_articles)), mode="big")
    assert again.read_bytes() == (tmp_path / "big.html").read_bytes()


def test_auto_mode_switches_to_the_big_page_above_the_threshold(seed_events, tmp_path, monkeypatch):
    import timeline.export as export

    n = seed_events[E.event_id].nunique()
    monkeypatch.setattr(export, "BIG_EVENTS", n)
    assert 'id="timeline-figure"' in write_html(seed_events, tmp_path / "a.html").read_text()
    monkeypatch.setattr(export, "BIG_EVENTS", n - 1)
    assert 'id="timeline-data"' in write_html(seed_events, tmp_path / "b.html").read_text()
    assert 'id="timeline-figure"' in write_html(seed_events, tmp_path / "c.html", mode="figure").read_text()
    with pytest.raises(ValueError, match="mode must be"):
        write_html(seed_events, tmp_path / "d.html", mode="huge")


def test_a_folder_with_events_of_1066_1215_and_2023_goes_from_extraction_to_the_page(tmp_path):
    """Extraction, frame, CSV, frame read back, figure and page of events a nanosecond timestamp cannot hold."""
    from conftest import OLD_FOLDER_DATES, old_dates_folder
    from timeline.articles import load_articles
    from timeline.engine import run_extraction
    from timeline.events import write_events
    from timeline.export import image_caption
    from timeline.plot import timeline

    folder = old_dates_folder(tmp_path / "abbey")
    events = run_extraction(folder, workers=1).events
    assert sorted(events.drop_duplicates(E.event_id)[E.date]) == OLD_FOLDER_DATES
    assert str(events[E.start].dtype) == "datetime64[s]"
    articles = load_articles(folder)
    back = read_events(write_events(events, tmp_path / "events.csv", articles=articles), articles=articles)
    assert back[E.start].dt.year.tolist() == [1066, 1215, 1217, 2023, 2023]
    fig = timeline(back, articles=articles)
    assert "1217" in fig.layout.xaxis.ticktext
    dated = timeline(back, articles=articles, axis="linear")  # a Plotly date axis: x values are ISO dates
    points = sorted(x[:10] for tr in dated.data if tr.type == "scatter" for x in tr.x)
    assert points == ["1066-10-14", "1215-06-15", "2023-03-01", "2023-03-02"]
    assert dated.layout.xaxis.range[0].startswith("10") and dated.layout.xaxis.range[1].startswith("20")
    page = write_html(back, tmp_path / "timeline.html", articles=articles)
    text = page.read_text(encoding="utf-8")
    assert '<time datetime="1215-06-15">15 June 1215</time>' in text and "1066 – 2023" in text
    assert "event dates 1066 – 2023" in image_caption(back, articles)


def test_a_quote_of_a_page_saved_as_html_is_shown_as_its_words():
    from timeline.articles import Article
    from timeline.export import shown_text

    page = Article(id="a", path=Path("a.txt"), text="<html><body><p>The <b>mayor</b> quit.</p><p>x</p></body></html>")
    assert shown_text("The <b>mayor</b> quit on May&nbsp;3.", page) == "The mayor quit on May 3."
    plain = Article(id="b", path=Path("b.txt"), text="The tag <b> is bold, and 3 < 4 &amp; 5.")
    assert shown_text("The tag <b> is bold", plain) == "The tag <b> is bold"  # a plain text quoting markup stays
    assert shown_text("The <b>mayor</b>", None) == "The <b>mayor</b>"
