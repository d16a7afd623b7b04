"""Tests of timeline.plot: preparation frames and the figure object (no browser)."""

from __future__ import annotations

import html
import itertools
import re
import unicodedata

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from timeline import plot
from timeline.events import EventSchema as E, events_from_records
from timeline.plot import (
    Box,
    collapse_axis,
    escape_plotly,
    layout_callouts,
    place_marks,
    prepare_density,
    prepare_marks,
    read_eras,
    timeline,
    timeline_density,
    wrap_text,
)

LANES = ["Speeches and statements", "Treaties and institutions", "Military and conflict", "Diplomacy and talks"]


def synthetic(n: int, *, lanes: int = 3, seed: int = 0) -> pd.DataFrame:
    """n events, one quote each, at day/month/year precision between 1990 and 2024."""
    rng = np.random.default_rng(seed)
    days = rng.integers(0, 34 * 365, n)
    recs = []
    for i, d in enumerate(days):
        day = pd.Timestamp("1990-01-01") + pd.Timedelta(days=int(d))
        kind = i % 3
        date = day.strftime("%Y-%m-%d") if kind == 0 else day.strftime("%Y-%m") if kind == 1 else str(day.year)
        recs.append(dict(event_id=f"e{i}", date=date, end_date="", date_text="", title=f"Event {i}",
                         lane=f"lane {i % lanes}", source=f"a{i % 7}", quote=f"quote {i}", quote_start=0,
                         quote_end=7, actors="", tags="", note=""))
    return events_from_records(recs)


def all_marks(fig: go.Figure) -> list[tuple[int, int, str]]:
    out = []
    for t, trace in enumerate(fig.data):
        if trace.customdata is None:
            continue
        for p, cd in enumerate(trace.customdata):
            out.append((t, p, cd[0]))
    return out


@pytest.fixture(scope="module")
def seed_fig(seed_events, seed_articles):
    return timeline(seed_events, articles=seed_articles, eras=plot.ERAS)


# --------------------------------------------------------------------------- text


def test_escape_plotly_subset():
    assert escape_plotly('a < b & c > "d" \'e\'') == 'a &lt; b &amp; c &gt; "d" \'e\''
    assert escape_plotly("&amp;") == "&amp;amp;"
    assert escape_plotly("<br>") == "&lt;br&gt;"
    assert escape_plotly("one\ntwo") == "one<br>two"


@pytest.mark.parametrize("text", [
    "short",
    "A diplomatic marathon that saw Russia hold talks with the US and NATO on European security guarantees, this week.",
    "double  spaces   kept and a verylongwordthatexceedsthelinewidthverylongwordthatexceedsthelinewidthxxxxxx end",
    "",
])
def test_wrap_text_is_lossless_and_bounded(text):
    lines = wrap_text(text, 40)
    assert " ".join(lines) == text
    assert all(len(line) <= 40 or " " not in line.strip() for line in lines)


def unplot(hover: str) -> str:
    """What Plotly shows for a hover string, lines joined by spaces (tags dropped, entities decoded)."""
    text = hover.replace("<br>", " ")
    text = re.sub(r"<[^<>]*>", "", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _visible_lines(hover: str) -> list[str]:
    return [unplot(line) for line in hover.split("<br>")]


def test_hover_quotes_are_exact_and_capped(seed_events, seed_articles):
    marks = prepare_marks(seed_events, articles=seed_articles).set_index("event_id")
    by_id = {a.id: a for a in seed_articles}
    for event_id, group in seed_events.groupby("event_id", sort=False):
        hover = marks.at[event_id, "hover"]
        shown = 0
        for row in group.itertuples(index=False):
            expected = "<br>".join(escape_plotly(line) for line in wrap_text(row.quote, plot.HOVER_WIDTH))
            if expected not in hover:
                break
            assert row.quote in unplot(hover)
            art = by_id[row.source]
            assert art.outlet in unplot(hover) and art.published.isoformat() in hover
            shown += 1
        assert shown >= 1
        more = len(group) - shown
        assert (f"+ {more} more quote" in hover) == (more > 0), event_id
        assert len(hover.split("<br>")) <= plot.HOVER_LINES + 2
    talks = marks.loc["january-2022-security-talks"]
    assert "6 quotes" in talks["hover"] and "2 articles" in talks["hover"]
    assert "“this week”" in talks["hover"] and "week 2 of 2022" in talks["hover"]
    founding = marks.loc["nato-russia-founding-act", "hover"]
    assert "year-precision: the text dates it only to 1997" in founding


def test_hover_of_40_quotes_and_text_without_spaces_is_bounded():
    cjk = "东京与北京的代表团周二在会谈后发表联合声明同意扩大能源合作并设立工作组" * 20
    token = "x" * 5000
    recs = [dict(event_id="e", date="2020-05-01", end_date="", date_text="", title="T" * 300, lane="L",
                 source=f"s{i}", quote=[cjk, token][i % 2] + f" {i}", quote_start=0, quote_end=3) for i in range(40)]
    for width in (plot.HOVER_WIDTH, 40):
        hover = prepare_marks(events_from_records(recs), hover_width=width).at[0, "hover"]
        lines = _visible_lines(hover)
        assert len(lines) <= plot.HOVER_LINES + 2
        assert "more quotes" in hover and "all 40" in hover
        cols = [sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) for line in lines]
        assert max(cols) <= width + 2  # "— " of a citation, "…" of a cut line


def test_display_lines_breaks_long_tokens_and_cjk_losslessly():
    text = "abc " + "y" * 95 + " 東京" * 30
    lines = plot.display_lines(text, 20)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) <= 20 for line in lines)
    assert plot.label_lines("one two three four five six seven eight nine ten", 10, 2)[-1].endswith("…")


def test_hover_escapes_markup_in_quotes():
    recs = [dict(event_id="x", date="2020", end_date="", date_text="", title="A <b>bold</b> & title", lane="L",
                 source="s", quote='He said "<script>alert(1)</script>" & left &amp; then', quote_start=0,
                 quote_end=10, actors="", tags="", note="")]
    hover = prepare_marks(events_from_records(recs)).at[0, "hover"]
    assert "<script>" not in hover and "&lt;script&gt;" in hover
    assert 'He said "&lt;script&gt;alert(1)&lt;/script&gt;" &amp; left &amp;amp; then' in hover
    assert 'He said "<script>alert(1)</script>" & left &amp; then' in unplot(hover)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; title" in hover


# --------------------------------------------------------------------------- marks


def test_prepare_marks_one_row_per_event(seed_events):
    marks = prepare_marks(seed_events)
    assert len(marks) == seed_events[E.event_id].nunique() == 23
    assert marks["event_id"].is_unique
    row = marks.set_index("event_id").loc["russian-draft-security-treaties"]
    assert (row["n_sources"], row["n_quotes"]) == (4, 6)
    assert marks.set_index("event_id").at["partnership-for-peace", "kind"] == "point"
    assert set(marks.loc[marks["precision"] != "day", "kind"]) == {"bar"}


def test_lane_order(seed_events):
    order = ["Diplomacy and talks", "Military and conflict"]
    marks = prepare_marks(seed_events, lane_order=order)
    lanes = marks.sort_values("lane_index").drop_duplicates("lane")["lane"].tolist()
    assert lanes[:2] == order and set(lanes) == set(LANES)
    fig = timeline(seed_events, lane_order=order, callouts=False)
    ticks = dict(zip((t.replace("<br>", " ") for t in fig.layout.yaxis.ticktext), fig.layout.yaxis.tickvals))
    assert ticks["Diplomacy and talks"] < ticks["Military and conflict"] < ticks["Treaties and institutions"]


def test_traces_per_lane_with_legend_groups(seed_fig):
    groups = {t.legendgroup for t in seed_fig.data}
    assert groups == set(LANES)
    for lane in LANES:
        traces = [t for t in seed_fig.data if t.legendgroup == lane]
        assert sum(bool(t.showlegend) for t in traces) == 1
        assert len({t.marker.color if t.type == "scatter" else t.marker.line.color for t in traces}) == 1
    colours = {t.marker.line.color for t in seed_fig.data if t.type == "bar"}
    assert len(colours) == len(LANES)


def test_every_event_once_with_event_id_first_in_customdata(seed_fig, seed_events):
    ids = [m[2] for m in all_marks(seed_fig)]
    assert sorted(ids) == sorted(seed_events[E.event_id].unique())


def _bar_of(fig, event_id):
    for trace in fig.data:
        if trace.type == "bar":
            for i, cd in enumerate(trace.customdata):
                if cd[0] == event_id:
                    return trace, i
    raise KeyError(event_id)


def test_bars_span_exactly_their_period_linear_axis(seed_events):
    fig = timeline(seed_events, axis="linear", callouts=False)
    for event_id, start, end in [("nato-russia-founding-act", "1997-01-01", "1998-01-01"),
                                 ("el-pais-leak", "2022-02-01", "2022-03-01"),
                                 ("january-2022-security-talks", "2022-01-10", "2022-01-17"),
                                 ("russian-concerns-mid-1990s", "1990-01-01", "2000-01-01")]:
        trace, i = _bar_of(fig, event_id)
        assert pd.Timestamp(trace.base[i]) == pd.Timestamp(start)
        assert trace.x[i] == (pd.Timestamp(end) - pd.Timestamp(start)) / pd.Timedelta(milliseconds=1)
    assert fig.layout.xaxis.type == "date"
    assert fig.layout.xaxis.rangeslider.visible is True
    assert fig.layout.xaxis.rangeselector.buttons


def test_bars_span_exactly_their_period_collapsed_axis(seed_events):
    fig = timeline(seed_events, callouts=False)
    marks = prepare_marks(seed_events)
    plot_w = fig.layout.width - fig.layout.margin.l - fig.layout.margin.r
    axis = collapse_axis(marks["start"], marks["end"], width=plot_w)
    trace, i = _bar_of(fig, "inf-moratorium-proposal")
    x0, x1 = axis.to_x(pd.to_datetime(["2019-09-01", "2019-10-01"]))
    assert trace.base[i] == pytest.approx(x0, abs=1e-2)
    assert trace.base[i] + trace.x[i] == pytest.approx(x1, abs=1e-2)


def test_day_precision_is_a_point_at_the_middle_of_its_day(seed_events):
    fig = timeline(seed_events, axis="linear", callouts=False)
    points = {cd[0]: (t, i) for t in fig.data if t.type == "scatter" for i, cd in enumerate(t.customdata)}
    assert set(points) == {"partnership-for-peace", "gavrilov-rossiya-24", "osce-vienna-discussion"}
    t, i = points["partnership-for-peace"]
    assert pd.Timestamp(t.x[i]) == pd.Timestamp("1994-06-22 12:00")
    assert t.mode == "markers"


def test_more_sources_means_bigger_marks(seed_events):
    placed = place_marks(prepare_marks(seed_events), collapse_axis(*_se(seed_events), width=1000))
    s = placed.set_index("event_id")["size"]
    assert s["russian-draft-security-treaties"] > s["january-2022-security-talks"] > s["el-pais-leak"]


def _se(events):
    m = prepare_marks(events)
    return m["start"], m["end"]


def test_marks_in_a_row_do_not_overlap(seed_events):
    marks = prepare_marks(seed_events)
    placed = place_marks(marks, collapse_axis(marks["start"], marks["end"], width=1180))
    for (_, _), grp in placed.groupby(["lane", "row"]):
        ext = sorted(zip(np.where(grp.kind == "point", grp.x0 - grp["size"] / 2, grp.x0),
                         np.where(grp.kind == "point", grp.x1 + grp["size"] / 2, grp.x1)))
        for (a0, a1), (b0, b1) in zip(ext, ext[1:]):
            assert b0 >= a1 + 3 - 1e-9


def test_same_frame_same_json(seed_events, seed_articles):
    a = timeline(seed_events, articles=seed_articles, eras=plot.ERAS).to_json()
    b = timeline(seed_events.copy(), articles=seed_articles, eras=plot.ERAS).to_json()
    assert a == b


# --------------------------------------------------------------------------- collapsed axis


def test_collapsed_axis_monotonic_and_breaks(seed_events):
    s, e = _se(seed_events)
    axis = collapse_axis(s, e, width=1180)
    assert np.all(np.diff(axis.xs) > 0)
    assert axis.xs[0] == pytest.approx(plot.EDGE_PX) and axis.xs[-1] == pytest.approx(1180 - plot.EDGE_PX)
    days = pd.date_range("1985-01-01", "2030-01-01", freq="17D")
    assert np.all(np.diff(axis.to_x(days)) > 0)
    assert np.allclose(axis.to_days(axis.to_x(days)), plot._days(days))
    gaps = [(plot._to_timestamp(a).year, plot._to_timestamp(b).year) for a, b, _, _ in axis.breaks]
    assert (2009, 2014) in gaps and (2003, 2007) in gaps
    for _, _, x0, x1 in axis.breaks:
        assert x1 - x0 == pytest.approx(36.0)
    # every elementary interval outside breaks is at least min_px wide (or linear)
    assert np.diff(axis.xs).min() >= 20


def test_breaks_are_marked_in_the_figure(seed_fig):
    labels = [a.text for a in seed_fig.layout.annotations if a.name == "break"]
    assert "≈ 5 years" in labels and "≈ 4 years" in labels
    zigzags = [s for s in seed_fig.layout.shapes if s.type == "path"]
    assert len(zigzags) == len(labels) == 5


def test_both_1990s_and_january_2022_are_legible(seed_events):
    marks = prepare_marks(seed_events)
    placed = place_marks(marks, collapse_axis(marks["start"], marks["end"], width=1180)).set_index("event_id")
    talks = placed.loc["january-2022-security-talks"]
    assert talks.x1 - talks.x0 >= 20
    assert abs(placed.at["osce-vienna-discussion", "xc"] - placed.at["gavrilov-rossiya-24", "xc"]) >= 40
    pfp = placed.loc["partnership-for-peace"]
    others = placed[(placed.lane == pfp.lane) & (placed.index != "partnership-for-peace")]
    assert min(min(abs(pfp.xc - others.x1)), min(abs(others.x0 - pfp.xc))) >= 20


def test_ticks_are_real_dates_without_collisions(seed_fig):
    xa = seed_fig.layout.xaxis
    assert xa.tickmode == "array" and "1994" in xa.ticktext and "Dec 2021" in xa.ticktext
    assert list(xa.tickvals) == sorted(xa.tickvals)
    widths = [plot.text_width(t, 11) for t in xa.ticktext]
    for (x0, w0), (x1, w1) in zip(zip(xa.tickvals, widths), list(zip(xa.tickvals, widths))[1:]):
        assert x1 - x0 >= (w0 + w1) / 2


def test_presets_relabel_ticks(seed_fig):
    menu = seed_fig.layout.updatemenus[0]
    # computed from the data (timeline.ranges): all, the busiest stretch, the latest stretch
    assert [b.label for b in menu.buttons] == ["All", "Nov 2021 – Feb 2022", "Since 2021"]
    args = menu.buttons[1].args[0]
    lo, hi = args["xaxis.range"]
    assert lo < hi and any("Jan" in t for t in args["xaxis.ticktext"])
    assert all(lo <= v <= hi for v in args["xaxis.tickvals"])


def test_linear_presets_are_dates(seed_events):
    fig = timeline(seed_events, axis="linear", callouts=False)
    args = fig.layout.updatemenus[0].buttons[1].args[0]
    assert args["xaxis.range"] == ["2021-11-01T00:00:00", "2022-03-01T00:00:00"]


def test_presets_given_or_none(seed_events):
    fig = timeline(seed_events, callouts=False, presets=[("All", None, None), ("Nineties", "199", "199")])
    assert [b.label for b in fig.layout.updatemenus[0].buttons] == ["All", "Nineties"]
    assert not timeline(seed_events, callouts=False, presets=None).layout.updatemenus
    with pytest.raises(ValueError, match="presets must be"):
        timeline(seed_events, presets="busy")


# --------------------------------------------------------------------------- callouts and eras


def _boxes(df):
    return [Box(r.x0, r.y0, r.x1, r.y1) for r in df.itertuples()]


def test_callouts_do_not_overlap_in_the_layout_model(seed_events):
    marks = prepare_marks(seed_events)
    placed = place_marks(marks, collapse_axis(marks["start"], marks["end"], width=1180), plot_height=480, top_px=40)
    obstacles = [Box(100, 2, 250, 20), Box(600, 460, 660, 478)]
    callouts = layout_callouts(placed, plot_width=1180, plot_height=480, obstacles=obstacles)
    assert len(callouts) >= 21  # two-line labels; an event without room keeps its hover and list entry
    boxes = _boxes(callouts)
    for a, b in itertools.combinations(boxes + obstacles, 2):
        assert not a.overlaps(b)
    for b in boxes:
        assert 0 <= b.x0 < b.x1 <= 1180 and 0 <= b.y0 < b.y1 <= 480
    assert np.allclose((callouts["x0"] + callouts["x1"]) / 2, callouts["x"] + callouts["ax"])
    assert np.allclose((callouts["y0"] + callouts["y1"]) / 2, callouts["y"] + callouts["ay"])
    again = layout_callouts(placed, plot_width=1180, plot_height=480, obstacles=obstacles)
    pd.testing.assert_frame_equal(callouts, again)


def test_callouts_in_figure(seed_fig):
    callouts = [a for a in seed_fig.layout.annotations if (a.name or "").startswith("callout:")]
    assert len(callouts) >= 20
    assert all(a.showarrow and a.axref == "pixel" for a in callouts)
    assert all(len(line) <= 28 for a in callouts for line in html.unescape(a.text).split("<br>"))
    assert any("<br>" in a.text for a in callouts)  # titles wrap instead of being cut
    assert not any((a.name or "").startswith("callout:") for a in timeline(seed_fig_events_cache(), callouts=False).layout.annotations)


_cache = {}


def seed_fig_events_cache():
    from timeline.events import read_events
    from tests.conftest import EVENTS

    if "ev" not in _cache:
        _cache["ev"] = read_events(EVENTS)
    return _cache["ev"]


def test_max_callouts(seed_events):
    fig = timeline(seed_events, max_callouts=5)
    assert sum((a.name or "").startswith("callout:") for a in fig.layout.annotations) == 5


def test_eras_file_and_shading(seed_fig):
    eras = read_eras(plot.ERAS)
    assert list(eras.columns) == ["era", "start", "end", "color"]
    assert eras["start"].is_monotonic_increasing
    assert eras.at[0, "era"] == "Post-Cold War settlement"
    assert eras.at[0, "start"] == pd.Timestamp("1990-01-01") and eras.at[0, "end"] == pd.Timestamp("2000-01-01")
    assert pd.isna(eras["end"].iloc[-1])  # ongoing
    rects = [s for s in seed_fig.layout.shapes if s.type == "rect" and s.yref == "paper" and "0.1)" in s.fillcolor]
    assert len(rects) == len(eras)
    assert "Post-Cold War settlement" in [a.text for a in seed_fig.layout.annotations if a.name == "era"]


def test_no_eras_by_default(seed_events):
    fig = timeline(seed_events, callouts=False)
    assert not any(a.name == "era" for a in fig.layout.annotations)


def test_read_eras_rejects_bad_rows():
    with pytest.raises(ValueError, match="row 2"):
        read_eras(pd.DataFrame({"era": ["x"], "start": ["2000"], "end": ["1999"]}))
    with pytest.raises(ValueError, match="row 2"):
        read_eras(pd.DataFrame({"era": ["x"], "start": ["May 2000"], "end": [""]}))


# --------------------------------------------------------------------------- scale


def test_webgl_switch_at_threshold(monkeypatch):
    monkeypatch.setattr(plot, "WEBGL_THRESHOLD", 40)
    below = timeline(synthetic(39), callouts=False)
    at = timeline(synthetic(40), callouts=False)
    assert {t.type for t in below.data} <= {"bar", "scatter"} and below.layout.meta["render_mode"] == "svg"
    assert {t.type for t in at.data} == {"scattergl"} and at.layout.meta["render_mode"] == "webgl"
    assert sorted(m[2] for m in all_marks(at)) == sorted(f"e{i}" for i in range(40))
    linear = timeline(synthetic(40), axis="linear", callouts=False)
    assert linear.layout.xaxis.rangeslider.visible is False
    assert timeline(synthetic(10), render_mode="webgl", callouts=False).layout.meta["render_mode"] == "webgl"


def test_density_counts_events_not_quotes(seed_events):
    dens = prepare_density(seed_events, freq="Y")
    assert dens["count"].sum() == 23
    row = dens[(dens.period == pd.Timestamp("2021-01-01")) & (dens.lane == "Diplomacy and talks")]
    assert row["count"].item() == 2  # draft treaties (6 quotes) and the video call
    monthly = prepare_density(synthetic(300), freq="M")
    assert monthly["count"].sum() == 300
    assert (monthly["period"].dt.day == 1).all()


def test_density_figures(seed_events):
    heat = timeline_density(seed_events, freq="Y")
    assert heat.data[0].type == "heatmap"
    assert np.asarray(heat.data[0].z).sum() == 23
    assert list(heat.data[0].y) == list(dict.fromkeys(prepare_marks(seed_events).sort_values("lane_index")["lane"]))
    bars = timeline_density(seed_events, freq="Y", kind="bar")
    assert {t.name for t in bars.data} == set(LANES) and bars.layout.barmode == "stack"
    assert sum(sum(t.y) for t in bars.data) == 23


def test_empty_frame_draws_an_empty_figure(seed_events):
    fig = timeline(seed_events.iloc[0:0])
    assert all_marks(fig) == []


def test_bad_arguments(seed_events):
    with pytest.raises(ValueError):
        timeline(seed_events, axis="log")
    with pytest.raises(ValueError):
        timeline(seed_events, render_mode="canvas")


def test_fit_height_equals_placing_at_that_height(seed_events):
    marks = prepare_marks(seed_events)
    axis = collapse_axis(marks["start"], marks["end"], width=1180)
    natural = place_marks(marks, axis, top_px=40)
    direct = place_marks(marks, axis, plot_height=700, top_px=40)
    fitted = plot._fit_height(natural, 700, 40)
    assert np.allclose(direct["y"], fitted["y"]) and np.allclose(direct["lane_y"], fitted["lane_y"])
    assert np.allclose(np.array(direct.attrs["lanes"]), np.array(fitted.attrs["lanes"]))


# --------------------------------------------------------------------------- sources and narratives


def test_coverage_heatmap(seed_events, seed_articles):
    from timeline.plot import coverage_heatmap

    fig = coverage_heatmap(seed_events, articles=seed_articles)
    (heat,) = fig.data
    assert len(heat.x) == len(seed_articles) and len(heat.y) == seed_events["event_id"].nunique()
    assert sum(map(sum, heat.z)) == len(seed_events)
    assert fig.to_json() == coverage_heatmap(seed_events, articles=seed_articles).to_json()


def test_source_timelines(seed_events, seed_articles):
    from timeline.plot import source_timelines, timeline

    fig = source_timelines(seed_events, articles=seed_articles)
    marks = [t for t in fig.data if t.mode == "markers"]
    assert sum(len(t.x) for t in marks) == len(seed_events)
    assert {t.customdata[0][0] for t in marks} <= set(seed_events["event_id"])
    # no two marks of one article on one spot: events of the same period are stacked
    spots = [(x, y) for t in marks for x, y in zip(t.x, t.y)]
    assert len(set(spots)) == len(spots)
    main = timeline(seed_events, articles=seed_articles)
    colours = {t.legendgroup: t.marker.color for t in main.data if t.type == "scatter" and isinstance(t.marker.color, str)}
    for t in marks:
        if t.name in colours:
            assert t.marker.color == colours[t.name]


def test_publication_lag_plot(seed_events, seed_articles):
    from timeline.plot import publication_lag_plot

    fig = publication_lag_plot(seed_events, articles=seed_articles)
    assert sum(len(t.x) for t in fig.data) == len(seed_events)
    assert fig.layout.yaxis.type == "log"
    assert all(min(t.y) >= 1 for t in fig.data)


def test_a_lane_holding_markup_is_escaped_in_legend_and_axis():
    lane = '<b>Lane</b> & <i onmouseover="x()">more</i>'
    recs = [dict(event_id="x", date="2020-05-01", end_date="", date_text="", title="T", lane=lane, source="s",
                 quote="q", quote_start=0, quote_end=1)]
    for controls in ("plotly", "none", "page"):
        fig = timeline(events_from_records(recs), controls=controls)
        assert {t.name for t in fig.data} == {escape_plotly(lane)}
        assert all("<b>" not in t for t in fig.layout.yaxis.ticktext)
        shown = unplot(fig.layout.yaxis.ticktext[0].replace("<br>", " "))
        assert shown.rstrip("…").split()[0] == "<b>Lane</b>"


def test_ticks_carry_the_year_where_it_changes():
    recs = [dict(event_id=f"e{i}", date=d, end_date="", date_text="", title="T", lane="L", source="s", quote="q",
                 quote_start=0, quote_end=1)
            for i, d in enumerate(["2012-06-04", "2012-06-09", "2012-06-20", "2021-12-01", "2021-12-05", "2021-12-30",
                                   "2022-01-03", "2022-01-10"])]
    fig = timeline(events_from_records(recs), callouts=False, width=900)
    texts = list(fig.layout.xaxis.ticktext)
    assert texts, texts
    year = None
    for text in texts:
        m = re.search(r"\b(\d{4})$", text)
        if m is None:  # a day without its year: only right after a tick of the same year
            assert year is not None, texts
        else:
            year = int(m.group(1))
    assert any(t.endswith("2012") for t in texts) and any("2022" in t for t in texts)
    # the first tick after the break (2012 -> 2021) names its year
    breaks = [sh for sh in fig.layout.shapes if sh.name == "break"]
    assert len(breaks) == 1
    after = [t for v, t in zip(fig.layout.xaxis.tickvals, texts) if v >= breaks[0].x1 - 0.01]
    assert after and re.search(r"\d{4}$", after[0]), texts


def test_width_none_fills_the_container_and_lane_colours_hold_across_figures(seed_events, seed_articles):
    from timeline import filters as F
    from timeline.plot import lane_colors, source_timelines, timeline

    fig = timeline(seed_events, articles=seed_articles, width=None)
    assert fig.layout.width is None and fig.layout.autosize is True
    colors = lane_colors(seed_events)
    assert set(colors) == set(seed_events["lane"]) and len(set(colors.values())) == len(colors)
    last = seed_events["lane"].iloc[-1]
    one = F.in_lanes(seed_events, [last])
    for f in (timeline(one, color_discrete_map=colors, width=None), source_timelines(one, color_discrete_map=colors)):
        marks = [t for t in f.data if t.type == "scatter" and t.mode == "markers"]
        assert marks and all(t.marker.color == colors[last] for t in marks)


def test_a_wrapping_legend_pushes_the_buttons_up(seed_events):
    from timeline.plot import legend_rows, timeline

    assert legend_rows(["A"], 1000) == 2  # the title row, then the entries
    assert legend_rows([f"Lane number {i}" for i in range(12)], 800) > legend_rows([f"Lane number {i}" for i in range(3)], 800)
    many = seed_events.copy()
    many["lane"] = [f"A rather long lane name {i % 9}" for i in range(len(many))]
    narrow, wide = timeline(many, width=700), timeline(seed_events, width=1400)
    assert narrow.layout.margin.t > wide.layout.margin.t
    for fig in (narrow, wide):
        rows = legend_rows(list(dict.fromkeys(t.legendgroup for t in fig.data)), fig.layout.width - 20)
        plot_h = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
        gap_px = (fig.layout.updatemenus[0].y - 1) * plot_h  # buttons' bottom above the plot area
        assert gap_px >= 8 + 22 * rows


# --------------------------------------------------------------------------- days outside datetime64[ns]

#: 800 years are 2 × 400 Gregorian years: the same weekdays, leap days and month lengths, 292,194 days.
_SHIFT_YEARS = 800
_SPANS = [("1866-10-14", "", "War"), ("2015-06-15", "", "Law"), ("2017", "", "Law"), ("2017-03", "2017-09", "War"),
          ("2020-02-02", "", "Law")]


def _shifted(value: str, years: int) -> str:
    return f"{int(value[:4]) - years:04d}{value[4:]}" if value else ""


def _spans_frame(years: int) -> pd.DataFrame:
    return events_from_records(
        dict(event_id=f"e{k}", date=_shifted(d, years), end_date=_shifted(e, years), title=f"Invented event {k}",
             lane=lane, source="chronicle", quote=f"quote {k}", quote_start=10 * k, quote_end=10 * k + 7)
        for k, (d, e, lane) in enumerate(_SPANS))


def _figure_text(fig: go.Figure, years: int) -> str:
    """The figure's JSON without its time → x knots (days), every year written in it moved back ``years``."""
    fig.layout.meta = None
    text = fig.to_json()
    return re.sub(r"(?<![\w.])(1[89]\d\d|20\d\d)(?![\d.])", lambda m: str(int(m.group(1)) - years), text)


@pytest.mark.parametrize("axis", ["collapsed", "linear"])
def test_a_figure_of_the_middle_ages_is_the_modern_one_moved_back(axis):
    eras = pd.DataFrame({"era": ["Reign"], "start": ["2015"], "end": ["2018"]})
    old_eras = eras.assign(start=["1215"], end=["1218"])
    modern = timeline(_spans_frame(0), axis=axis, eras=eras)
    old = timeline(_spans_frame(_SHIFT_YEARS), axis=axis, eras=old_eras)
    assert _figure_text(old, 0) == _figure_text(modern, _SHIFT_YEARS)
    if axis == "collapsed":
        assert "14 Oct 1066" in old.layout.xaxis.ticktext and "1217" in old.layout.xaxis.ticktext
    else:
        xs = [x for tr in old.data if tr.type == "scatter" for x in tr.x]
        assert "1215-06-15T12:00:00" in xs and "1066-10-14T12:00:00" in xs


def test_density_and_source_views_place_old_events_in_their_years():
    ev = _spans_frame(_SHIFT_YEARS)
    dens = prepare_density(ev, freq="Y")
    assert str(dens["period"].dtype) == "datetime64[s]"
    assert [str(p)[:4] for p in dens["period"]] == ["1066", "1215", "1217", "1217", "1220"]
    assert prepare_density(ev, freq="M")["period"].min() == pd.Timestamp("1066-10-01")
    assert prepare_density(ev, freq="W")["period"].min() == pd.Timestamp("1066-10-08")  # the Monday of its week
    fig = timeline_density(ev, freq="Y")
    assert list(fig.data[0].x)[:2] == ["1066-01-01T00:00:00", "1215-01-01T00:00:00"]
    fig = plot.source_timelines(ev)
    mids = [str(x)[:10] for tr in fig.data if tr.mode == "markers" for x in tr.x]
    assert "1066-10-14" in mids and "1215-06-15" in mids


def test_eras_before_1677_are_read():
    eras = read_eras(pd.DataFrame({"era": ["Norman kings", "Now"], "start": ["1066", "2020"], "end": ["1154", ""]}))
    assert eras["start"].tolist() == [pd.Timestamp("1066-01-01"), pd.Timestamp("2020-01-01")]
    assert eras.loc[0, "end"] == pd.Timestamp("1155-01-01") and pd.isna(eras.loc[1, "end"])
