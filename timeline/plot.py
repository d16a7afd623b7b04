"""Interactive Plotly timelines of the events frame, in the plotly.express style.

One public function per figure kind takes the events frame first and column
names as keywords, and returns a :class:`plotly.graph_objects.Figure`:

* :func:`timeline` — one mark per event, lanes on the y axis, cited hover,
  callout labels, optional shaded eras;
* :func:`timeline_density` — events per period and lane, the aggregated view
  for very large frames (drill down with :mod:`timeline.filters`, then
  :func:`timeline`);
* :func:`coverage_heatmap`, :func:`source_timelines`,
  :func:`publication_lag_plot` — sources and narratives: which article quotes
  which event, each article's own timeline, publication date against event
  date (data from :mod:`timeline.report`).

Data preparation is pure pandas/numpy and testable without drawing:
:func:`prepare_marks` (one row per event, with its hover text),
:func:`collapse_axis` (the time → x mapping), :func:`place_marks` (x extents
and lane rows in pixels), :func:`layout_callouts` (label boxes), and
:func:`prepare_density`. The drawing functions only turn those frames into
traces, shapes and annotations.

Marks
-----
A date is drawn at the precision its text supports: a day is a point; a week,
month, year or decade is a horizontal bar spanning exactly that period (the
half-open interval ``[start, end)`` of the events frame); an ``end_date``
makes a range bar. The hover says so ("year-precision: the text dates it only
to 1997"). Events quoted by more articles get a bigger marker / thicker bar,
and the count is in the hover. Every event mark carries ``customdata`` whose
**first element is the event_id** (the HTML export relies on it).

Why a collapsed time axis by default
------------------------------------
The corpus spans 1990 to 2024, yet a third of its events fall in eight weeks
around January 2022. On a linear axis at 1400 px one day is 0.1 px: the
January talks collapse into one blot, while zooming in on them hides the
1990s. Plotly's own date ``rangebreaks`` can only hide stretches at a single
uniform scale (they cannot give a week more room than a year) and are not
supported by WebGL traces. So :func:`collapse_axis` maps time to a
piecewise-linear x in pixels:

* time is linear wherever possible, at one common scale (pixels per day),
* every interval between two consecutive event boundaries (a start or an
  end) gets at least ``min_px`` pixels — so in dense stretches the axis
  becomes locally ordinal and each day/week stays legible,
* every empty stretch (no event covers it) longer than ``min_gap_days`` is
  cut down to a fixed ``gap_px`` and marked as a break: a grey band, a
  zig-zag on the axis line and a label such as "≈ 6 years".

The mapping is strictly monotonic, so order and containment are kept; tick
labels are real dates (``tickvals``/``ticktext``) chosen so that labels never
collide. Range presets (buttons "All", the busiest stretch, "Since …" the
latest stretch, all computed from the events by :func:`timeline.ranges.range_presets`)
zoom the figure and re-label the ticks for the zoomed range. The price is that
equal lengths no longer mean equal durations across the whole axis; the tick
labels and the break labels state the real dates. With thousands of events
the boundaries are so many that ``min_px`` shrinks to fit and the axis tends
to an ordinal one; that is the point to switch to :func:`timeline_density`. ``axis="linear"`` gives the
real date axis instead, with Plotly's range selector and range slider and
the same presets.

Honesty and widths
------------------
Every cut stretch is a grey band with its real length written on it, tick
labels carry the year wherever it changes, and the HTML page adds a linear
"real time" strip under the chart and re-ticks on zoom. The layout is exact
in pixels for one width, so :func:`timeline_variants` lays the chart out for
the page's widths (:data:`PAGE_WIDTHS`); the page draws the widest that fits
(see :mod:`timeline.export`). Hover labels are capped summaries
(:func:`hover_text`); the page's sources list has every quote.

Scale
-----
Beyond :data:`WEBGL_THRESHOLD` events the marks are drawn with WebGL
(``go.Scattergl``): bars become thick line segments plus an invisible hover
point at their middle, because WebGL has no bar trace. WebGL traces are not
drawn in a range slider, so the range slider is disabled in that mode (the
range selector buttons and presets still work); the collapsed axis needs no
rangebreaks and so works unchanged. Callouts are limited to the
``max_callouts`` events with most sources. For 100k+ events use
:func:`timeline_density`, then filter (``timeline.filters.between`` /
``in_lanes``) and draw the subset with :func:`timeline`.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import os
import unicodedata
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.colors
import plotly.graph_objects as go

from .articles import articles_by_id as _article_index
from .events import DATETIME_DTYPE, to_datetime64
from .events import EventSchema as E
from .periods import PeriodError, parse_period, period_label
from .ranges import range_presets

__all__ = [
    "timeline",
    "timeline_variants",
    "timeline_density",
    "coverage_heatmap",
    "source_timelines",
    "publication_lag_plot",
    "lane_colors",
    "prepare_marks",
    "prepare_density",
    "place_marks",
    "layout_callouts",
    "collapse_axis",
    "axis_ticks",
    "read_eras",
    "escape_plotly",
    "wrap_text",
    "display_lines",
    "label_lines",
    "hover_text",
    "text_width",
    "CollapsedAxis",
    "Box",
    "WEBGL_THRESHOLD",
    "ERAS",
    "PAGE_WIDTHS",
    "CONTROLS",
]

#: Number of events from which :func:`timeline` draws with WebGL (``render_mode="auto"``).
WEBGL_THRESHOLD = 2000
#: The eras file shipped with the project.
ERAS = Path(__file__).resolve().parents[1] / "data" / "eras.csv"

FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif"
HOVER_WIDTH = 80
PALETTE = plotly.colors.qualitative.D3
#: Width (pixels) at which :func:`timeline` lays out marks and labels when ``width=None`` (the figure then fills
#: its container, e.g. a JupyterLab output area).
AUTOSIZE_WIDTH = 1000

# Figure geometry (pixels). The x axis of the collapsed view is in pixels of
# the plot area at the requested width, so the callout layout is exact.
MARGIN = {"l": 190, "r": 30, "t": 120, "b": 60}
ROW_PX = 46
LANE_PAD_PX = 26
ERA_STRIP_PX = 18
BREAK_STRIP_PX = 20
EDGE_PX = 14

_PRECISION_WORD = {
    "century": "century",
    "decade": "decade",
    "year": "year",
    "half": "half-year",
    "quarter": "quarter",
    "season": "season",
    "month": "month",
    "week": "week",
    "day": "day",
}


# --------------------------------------------------------------------------- text


def escape_plotly(text: str) -> str:
    """Escape text for Plotly's HTML subset so it renders exactly as written.

    Plotly decodes only ``&amp; &lt; &gt; &nbsp; &mu; &times; &plusmn; &deg;``
    and numeric entities, and reads ``<…>`` as tags. So ``&``, ``<`` and ``>``
    are escaped; quote characters are left alone because Plotly shows
    ``&quot;`` literally. A newline becomes ``<br>``. ``%{`` becomes
    ``%&#123;``: Plotly fills ``%{…}`` in trace names from ``meta`` (a lane
    called ``%{x}`` showed as an empty legend entry).

    Parameters
    ----------
    text : str

    Returns
    -------
    str

    Examples
    --------
    >>> escape_plotly('a < b & "c"')
    'a &lt; b &amp; "c"'
    """
    s = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("%{", "%&#123;").replace("\r\n", "\n").replace("\n", "<br>")


def wrap_text(text: str, width: int = HOVER_WIDTH) -> list[str]:
    """Split text into lines of at most ``width`` characters, losslessly.

    Lines break only at single spaces, which are dropped, so
    ``" ".join(wrap_text(t)) == t`` for any text without newlines. A word
    longer than ``width`` stays whole on its own line.

    Parameters
    ----------
    text : str
    width : int

    Returns
    -------
    list of str
    """
    out: list[str] = []
    for para in str(text).split("\n"):
        line: str | None = None
        for word in para.split(" "):
            if line is None:
                line = word
            elif len(line) + 1 + len(word) > width and line.strip():
                out.append(line)
                line = word
            else:
                line = line + " " + word
        out.append(line or "")
    return out


def _columns(ch: str) -> int:
    """Display columns of one character: 2 for East Asian wide and full-width characters."""
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_lines(text: str, width: int = HOVER_WIDTH) -> list[str]:
    """Wrap text to lines of at most ``width`` display columns, breaking words that do not fit.

    Like :func:`wrap_text` (breaks at spaces), then a line still wider than
    ``width`` columns (a long token, a URL, text in a script written without
    spaces such as Chinese or Japanese) is cut into pieces of at most
    ``width`` columns; East Asian wide characters count two columns.
    ``"".join`` of the pieces of a line gives the line back.

    Parameters
    ----------
    text : str
    width : int

    Returns
    -------
    list of str
    """
    out: list[str] = []
    for line in wrap_text(text, width):
        cols = 0
        piece: list[str] = []
        for ch in line:
            c = _columns(ch)
            if cols + c > width and piece:
                out.append("".join(piece))
                piece, cols = [], 0
            piece.append(ch)
            cols += c
        out.append("".join(piece))
    return out


def _wrapped(text: str, width: int = HOVER_WIDTH, max_lines: int | None = None) -> str:
    lines = display_lines(text, width)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(1, len(lines[-1]) - 1)] + "…"
    return "<br>".join(escape_plotly(line) for line in lines)


def _truncate(text: str, n: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# Advance widths of Arial (= Liberation Sans), in 1/1000 em.
_ARIAL = {
    **{c: 556 for c in "abdeghnopqu0123456789$?#_"},
    **{c: 500 for c in "cksvxyzJ"},
    **{c: 278 for c in " ftI.,:;!/\\[]"},
    **{c: 222 for c in "ijl’‘'|"},
    **{c: 333 for c in "r-()`*"},
    **{c: 667 for c in "ABEKPSVXY&"},
    **{c: 722 for c in "CDHNRUw"},
    **{c: 778 for c in "GOQ"},
    **{c: 611 for c in "FTZ"},
    **{c: 833 for c in "mM"},
    "W": 944,
    "L": 556,
    "…": 1000,
    "—": 1000,
    "–": 556,
    '"': 355,
    "“": 333,
    "”": 333,
    "%": 889,
    "@": 1015,
    "≈": 584,
}


def text_width(text: str, size: float, *, safety: float = 1.12) -> float:
    """A conservative estimate of the rendered width of one line of text.

    Uses Arial advance widths (unknown characters count as wide, 0.65 em)
    with a safety factor, so that a fallback sans-serif font (DejaVu Sans is
    about 8 % wider than Arial) still fits.

    Parameters
    ----------
    text : str
    size : float
        Font size in pixels.
    safety : float
        Multiplier on the estimate.

    Returns
    -------
    float
        Width in pixels.
    """
    return sum(_ARIAL.get(c, 1000 if _columns(c) == 2 else 650) for c in text) / 1000 * size * safety


def label_lines(text: str, chars: int = 28, max_lines: int = 3) -> list[str]:
    """A callout label: the text wrapped to ``chars`` columns, at most ``max_lines`` lines.

    Text beyond the last line is cut with "…" (the hover and the sources list
    have it whole).

    Parameters
    ----------
    text : str
    chars : int
        Line width in display columns.
    max_lines : int

    Returns
    -------
    list of str
    """
    lines = display_lines(" ".join(str(text).split()), chars)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        lines[-1] = (last[: max(1, len(last) - 1)].rstrip() if len(last) >= chars else last) + "…"
    return lines


_label = functools.lru_cache(maxsize=65536)(period_label)


@functools.lru_cache(maxsize=65536)
def _precision_note(date: str, end_date: str, precision: str) -> str:
    label = _label(date)
    if end_date:
        return f"range: from {label} to {_label(end_date)} ({precision}-precision start)"
    if precision == "day":
        return "day-precision: the exact day"
    if precision == "decade":
        return f"decade-precision: the text dates it only to the {label}"
    return f"{_PRECISION_WORD.get(precision, precision)}-precision: the text dates it only to {label}"


def _source_line(source: str, article: Any, total_chars: int | None = None) -> str:
    """The citation of one quote; with ``total_chars``, the article title is cut so the line fits."""
    if article is None:
        return f"source: {source if total_chars is None else _truncate(source, max(16, total_chars - 8))}"
    rest = []
    if getattr(article, "outlet", ""):
        rest.append(article.outlet if total_chars is None else _truncate(article.outlet, max(16, total_chars // 3)))
    published = getattr(article, "published", None)
    rest.append(f"published {published.isoformat()}" if published else "publication date unknown")
    title = getattr(article, "title", "")
    if total_chars is not None:
        budget = max(16, total_chars - len(", ".join(rest)) - 4)
        title = _truncate(title, budget)
        source = _truncate(source, budget)
    return ", ".join([f"“{title}”" if title else source] + rest)


HOVER_LINES = 24
QUOTE_LINES = 5


def hover_text(
    event: pd.DataFrame, *, articles: Any = None, width: int = HOVER_WIDTH, max_lines: int = HOVER_LINES
) -> str:
    """The hover text of one event, in Plotly's HTML subset: a capped summary.

    Lists the title, the normalised date with its precision, the dates as the
    articles wrote them, the lane, the number of sources, then the first
    quotes with their article's title, outlet and publication date, as many
    as fit in ``max_lines`` lines (each quote at most a few lines, cut with
    "…"), and "+ N more quotes" with how to read them all (click the mark:
    the sources list has every quote in full). Every piece of text is wrapped
    to ``width`` display columns (long tokens and text without spaces are
    broken too) and escaped with :func:`escape_plotly`, so the label is at
    most about ``max_lines`` lines tall and ``width`` columns wide whatever
    the event.

    Parameters
    ----------
    event : pandas.DataFrame
        The rows of one event (one per quote).
    articles : sequence or mapping of Article, optional
        To name the articles; without them the source ids are shown.
    width : int
        Line width in display columns.
    max_lines : int
        Line budget of the whole label.

    Returns
    -------
    str
    """
    return _hover(event.to_dict("records"), _article_index(articles), width, max_lines=max_lines)


_SOURCE, _DATE, _END_DATE, _DATE_TEXT = str(E.source), str(E.date), str(E.end_date), str(E.date_text)
_TITLE, _LANE, _QUOTE, _PRECISION = str(E.title), str(E.lane), str(E.quote), str(E.precision)


def _hover(rows: list[dict], index: Mapping[str, Any], width: int, memo: dict | None = None,
           max_lines: int = HOVER_LINES) -> str:
    memo = {} if memo is None else memo
    first = rows[0]
    n_sources = len({r[_SOURCE] for r in rows})
    n_quotes = len(rows)
    written = [t for t in dict.fromkeys(r[_DATE_TEXT] for r in rows) if t]
    date_line = _label(first[_DATE])
    if first[_END_DATE]:
        date_line += f" – {_label(first[_END_DATE])}"
    lines = [
        f"<b>{_wrapped(' '.join(str(first[_TITLE]).split()), width, 2)}</b>",
        f"<b>Date:</b> {_wrapped(date_line, width - 6, 1)}",
        f"<i>{_wrapped(_precision_note(first[_DATE], first[_END_DATE], first[_PRECISION]), width, 2)}</i>",
        "<b>As written:</b> "
        + (_wrapped(" / ".join(f"“{t}”" for t in written), width - 12, 2) if written
           else "<i>" + _wrapped("no date in the quotes; dated from context", width - 12) + "</i>"),
        f"<b>Lane:</b> {_wrapped(first[_LANE], width - 6, 2)}",
        "<b>Sources:</b> " + _wrapped(f"{n_sources} article{'s' * (n_sources != 1)}, "
                                      f"{n_quotes} quote{'s' * (n_quotes != 1)}", width - 9),
    ]
    used = sum(line.count("<br>") + 1 for line in lines)
    shown = 0
    for rec in rows:
        source = rec[_SOURCE]
        cite = memo.get(source)
        if cite is None:
            line = _source_line(source, index.get(source), 2 * width)
            cite = memo[source] = "<i>— " + _wrapped(line, width, 6) + "</i>"
        quote = _wrapped(rec[_QUOTE], width, QUOTE_LINES)
        need = 1 + quote.count("<br>") + 1 + cite.count("<br>") + 1
        if shown and used + need > max_lines - 2:
            break
        lines += ["", quote, cite]
        used += need
        shown += 1
    if shown < n_quotes:
        more = n_quotes - shown
        lines += ["", "<b>" + _wrapped(f"+ {more} more quote{'s' * (more != 1)} — click the mark to read all "
                                      f"{n_quotes} in the list", width) + "</b>"]
    return "<br>".join(lines)


# --------------------------------------------------------------------------- preparation


def prepare_marks(
    events: pd.DataFrame,
    *,
    articles: Any = None,
    lane: str = E.lane,
    color: str | None = None,
    lane_order: Sequence[str] | None = None,
    hover_width: int = HOVER_WIDTH,
    hover_lines: int = HOVER_LINES,
    label_chars: int = 28,
    label_max_lines: int = 3,
) -> pd.DataFrame:
    """One row per event with everything the drawing needs (pure pandas).

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame (one row per quote).
    articles : sequence or mapping of Article, optional
        Names the articles in the hover text.
    lane : str
        Column giving the lane (y position).
    color : str, optional
        Column giving the colour (and the legend entries); default: the lane.
    lane_order : sequence of str, optional
        Lanes from top to bottom; lanes not listed follow in order of first
        appearance. Default: order of first appearance (the frame is sorted
        by date).
    hover_width : int
        Line width of the hover text, in display columns.
    hover_lines : int
        Line budget of the hover text (see :func:`hover_text`).
    label_chars : int
        Line width of the callout label (the title, wrapped by :func:`label_lines`).
    label_max_lines : int
        Lines of the callout label; a longer title is cut with "…".

    Returns
    -------
    pandas.DataFrame
        Columns ``event_id, title, lane, lane_index, color_key, date,
        end_date, precision, start, end, kind`` (``"point"`` for a day
        without end date, else ``"bar"``), ``n_sources, n_quotes, label``
        (lines joined by newlines), ``hover``; sorted by start, end and event_id.
    """
    color = color or lane
    cols = ["event_id", "title", "lane", "lane_index", "color_key", "date", "end_date", "precision", "start",
            "end", "kind", "n_sources", "n_quotes", "label", "hover"]
    if len(events) == 0:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in cols})
    ev = _by_date(events)
    groups = ev.groupby(E.event_id, sort=False)
    first = groups.head(1).set_index(E.event_id)
    n_sources = groups[E.source].nunique()
    n_quotes = groups.size()
    index = _article_index(articles)
    by_event: dict[str, list[dict]] = {}
    cols_needed = [E.event_id, E.date, E.end_date, E.date_text, E.title, E.lane, E.source, E.quote, E.precision]
    for values in zip(*(ev[c].tolist() for c in cols_needed)):  # plain lists: to_dict boxes every cell
        rec = dict(zip(cols_needed, values))
        by_event.setdefault(rec[E.event_id], []).append(rec)
    memo: dict[str, str] = {}
    hovers = {eid: _hover(rows, index, hover_width, memo, hover_lines) for eid, rows in by_event.items()}
    out = pd.DataFrame(
        {
            "event_id": first.index.to_numpy(),
            "title": first[E.title].to_numpy(),
            "lane": first[lane].astype(str).to_numpy(),
            "color_key": first[color].astype(str).to_numpy(),
            "date": first[E.date].to_numpy(),
            "end_date": first[E.end_date].to_numpy(),
            "precision": first[E.precision].to_numpy(),
            "start": to_datetime64(first[E.start]),
            "end": to_datetime64(first[E.end]),
        }
    )
    out["kind"] = np.where((out["precision"] == "day") & (out["end_date"] == ""), "point", "bar")
    out["n_sources"] = n_sources.reindex(out["event_id"]).to_numpy().astype(int)
    out["n_quotes"] = n_quotes.reindex(out["event_id"]).to_numpy().astype(int)
    out["label"] = ["\n".join(label_lines(t, label_chars, label_max_lines)) for t in out["title"]]
    out["hover"] = out["event_id"].map(hovers)
    present = set(out["lane"])
    order = [name for name in _lane_names(events, lane, lane_order) if name in present]
    out["lane_index"] = out["lane"].map({name: i for i, name in enumerate(order)}).astype(int)
    out = out.sort_values(["start", "end", "event_id"], kind="mergesort").reset_index(drop=True)
    return out[cols]


def _by_date(events: pd.DataFrame) -> pd.DataFrame:
    return events.sort_values([E.start, E.end, E.event_id], kind="mergesort")


def _lane_names(events: pd.DataFrame, lane: str, lane_order: Sequence[str] | None) -> list[str]:
    """Lanes in display order: ``lane_order`` first, then by first appearance in date order."""
    seen = list(dict.fromkeys(_by_date(events)[lane].astype(str)))
    return list(dict.fromkeys(list(lane_order or []) + seen))


def lane_colors(events: pd.DataFrame, *, lane: str = E.lane, lane_order: Sequence[str] | None = None) -> dict[str, str]:
    """One colour per lane, computed once from a frame and passed to every figure.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame (all the lanes that later figures will show).
    lane : str
        Column giving the lane.
    lane_order : sequence of str, optional
        Lanes first in this order, then by first appearance in date order
        (the order :func:`timeline` uses by default).

    Returns
    -------
    dict
        Lane name to colour, cycling through :data:`PALETTE`; pass it as
        ``color_discrete_map`` so a filtered frame keeps the same colours.
    """
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(_lane_names(events, lane, lane_order))}


LEGEND_TITLE = "Lanes <i>(bar: the period the text allows · dot: a day · bigger: more sources)</i>"
LEGEND_ROW_PX = 22


def legend_rows(names: Sequence[str], width: float, *, title: str = LEGEND_TITLE, font_size: float = 11.0) -> int:
    """How many rows a horizontal legend takes in ``width`` pixels: its title's, then its entries'.

    A conservative estimate (Arial metrics, Plotly's 40 px of symbol and
    padding per entry) used to keep the buttons above the legend clear of it.
    (The title sits on a row of its own, ``side="top"``: beside the entries Plotly would not
    count it when wrapping them and the last ones would run off the figure.)
    """
    title_rows = math.ceil(text_width(re.sub(r"<[^>]+>", "", title), font_size) / max(width, 1.0)) if title else 0
    rows, used = 1, 0.0
    for w in (40 + text_width(str(n), font_size) for n in names):
        if used and used + w > width:
            rows, used = rows + 1, 0.0
        used += w
    return title_rows + rows


def _days(values: Any) -> np.ndarray:
    """Timestamps as float days since 1970-01-01 (any day of years 1–9999: no nanosecond timestamps)."""
    return to_datetime64(values).astype("int64").astype(float) / 86400.0


_EPOCH = dt.date(1970, 1, 1)
#: Float days of the first and last day a timestamp of :func:`_to_timestamp` may name (Plotly draws years 0–9999).
_DAY_RANGE = (float((dt.date(1, 1, 1) - _EPOCH).days), float((dt.date(9999, 12, 31) - _EPOCH).days))


def _to_timestamp(days: float) -> pd.Timestamp:
    """A timestamp of float days, in seconds (clamped to years 1–9999: an axis margin may reach past them)."""
    days = min(max(days, _DAY_RANGE[0]), _DAY_RANGE[1])
    return pd.Timestamp(np.datetime64(round(days * 86400), "s"))


@dataclass
class CollapsedAxis:
    """A monotonic piecewise-linear map from time to x pixels.

    Attributes
    ----------
    knots : numpy.ndarray
        Times of the knots, float days since 1970-01-01, increasing.
    xs : numpy.ndarray
        Their x positions (pixels of the plot area), strictly increasing.
    breaks : list of tuple
        ``(start_day, end_day, x0, x1)`` of each compressed empty stretch.
    width : float
        Width of the plot area in pixels (the x range is ``[0, width]``).
    """

    knots: np.ndarray
    xs: np.ndarray
    breaks: list[tuple[float, float, float, float]] = field(default_factory=list)
    width: float = 1000.0

    def to_x(self, values: Any) -> np.ndarray:
        """x of dates (datetime64 values, or anything ``pd.Timestamp`` reads) or float days."""
        days = np.asarray(values, dtype=float) if _is_numeric(values) else _days(values)
        return self._interp(days, self.knots, self.xs)

    def to_days(self, x: Any) -> np.ndarray:
        """Inverse of :meth:`to_x`, in float days since 1970-01-01."""
        return self._interp(np.asarray(x, dtype=float), self.xs, self.knots)

    @staticmethod
    def _interp(v: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        if len(a) == 1:
            return np.full(np.shape(v), b[0], dtype=float)
        out = np.interp(v, a, b)
        lo_slope = (b[1] - b[0]) / (a[1] - a[0])
        hi_slope = (b[-1] - b[-2]) / (a[-1] - a[-2])
        out = np.where(v < a[0], b[0] + (v - a[0]) * lo_slope, out)
        return np.where(v > a[-1], b[-1] + (v - a[-1]) * hi_slope, out)

    def in_break(self, days: float) -> bool:
        """Whether a time falls inside a compressed stretch."""
        return any(s < days < e for s, e, _, _ in self.breaks)


def _is_numeric(values: Any) -> bool:
    arr = np.asarray(values)
    return arr.dtype.kind in "fiu"


def collapse_axis(
    starts: Any,
    ends: Any,
    *,
    width: float,
    min_px: float = 30.0,
    gap_px: float = 36.0,
    min_gap_days: float = 365.0,
    edge_px: float = EDGE_PX,
) -> CollapsedAxis:
    """Build the collapsed time axis for a set of intervals.

    Knots are all interval boundaries. Each elementary interval between two
    consecutive knots gets ``max(min_px, scale * days)`` pixels, except empty
    ones (covered by no interval) of ``min_gap_days`` or more, which get
    ``gap_px`` and are reported as breaks. ``scale`` (pixels per day) is the
    largest that fits ``width``; when even ``min_px`` per interval does not
    fit, ``min_px`` is reduced.

    Parameters
    ----------
    starts, ends : array-like of datetime
        Half-open intervals ``[start, end)`` (points: a day).
    width : float
        Width of the plot area in pixels.
    min_px : float
        Minimum width of an interval between consecutive boundaries.
    gap_px : float
        Width of a compressed empty stretch.
    min_gap_days : float
        Empty stretches at least this long are compressed.
    edge_px : float
        Free margin at both ends of the axis.

    Returns
    -------
    CollapsedAxis
    """
    s = _days(starts)
    e = _days(ends)
    if len(s) == 0:
        today = _days([pd.Timestamp("2000-01-01")])[0]
        return CollapsedAxis(np.array([today, today + 365.0]), np.array([edge_px, width - edge_px]), [], width)
    knots = np.unique(np.concatenate([s, e]))
    if len(knots) == 1:
        knots = np.array([knots[0], knots[0] + 1.0])
    d = np.diff(knots)
    # coverage count of each elementary interval
    delta = np.zeros(len(knots))
    np.add.at(delta, np.searchsorted(knots, s), 1)
    np.add.at(delta, np.searchsorted(knots, e), -1)
    cover = np.cumsum(delta)[:-1]
    is_break = (cover <= 0) & (d >= min_gap_days)
    avail = width - 2 * edge_px - gap_px * is_break.sum()
    n = int((~is_break).sum())
    dd = d[~is_break]
    m = min(min_px, 0.7 * avail / max(n, 1))
    lo, hi = 0.0, avail / max(dd.sum(), 1e-9)
    for _ in range(80):  # bisection: total width is increasing in the scale
        mid = (lo + hi) / 2
        if np.maximum(m, mid * dd).sum() > avail:
            hi = mid
        else:
            lo = mid
    widths = np.empty(len(d))
    widths[~is_break] = np.maximum(m, lo * dd)
    widths[is_break] = gap_px
    # spread any rounding slack evenly so the axis ends exactly at width - edge
    widths[~is_break] *= avail / max(widths[~is_break].sum(), 1e-9)
    xs = edge_px + np.concatenate([[0.0], np.cumsum(widths)])
    breaks = [(float(knots[i]), float(knots[i + 1]), float(xs[i]), float(xs[i + 1])) for i in np.flatnonzero(is_break)]
    return CollapsedAxis(knots, xs, breaks, float(width))


@dataclass
class _LinearAxis:
    """Linear time → pixel map used for layout on a real date axis."""

    t0: float
    t1: float
    width: float
    breaks: list = field(default_factory=list)

    def to_x(self, values: Any) -> np.ndarray:
        days = np.asarray(values, dtype=float) if _is_numeric(values) else _days(values)
        return (days - self.t0) / (self.t1 - self.t0) * self.width

    def to_days(self, x: Any) -> np.ndarray:
        return self.t0 + np.asarray(x, dtype=float) / self.width * (self.t1 - self.t0)


def _linear_axis(starts: Any, ends: Any, width: float) -> _LinearAxis:
    s, e = _days(starts), _days(ends)
    if len(s) == 0:
        t0, t1 = 10957.0, 11322.0
    else:
        t0, t1 = float(s.min()), float(e.max())
    pad = (t1 - t0) * EDGE_PX / max(width - 2 * EDGE_PX, 1)
    return _LinearAxis(t0 - pad, t1 + pad, float(width))


def _mark_size(n_sources: np.ndarray, kind: str) -> np.ndarray:
    n = np.minimum(np.asarray(n_sources, dtype=float), 4)
    return (9.0 + 4.0 * (n - 1)) if kind == "point" else (8.0 + 4.0 * (n - 1))


def place_marks(
    marks: pd.DataFrame,
    axis: Any,
    *,
    plot_height: float | None = None,
    row_px: float = ROW_PX,
    lane_pad_px: float = LANE_PAD_PX,
    top_px: float = 0.0,
    max_rows: int = 12,
    gap_px: float = 3.0,
) -> pd.DataFrame:
    """Give each event its x extent and a row in its lane (pixels).

    Marks of one lane that would touch or overlap on screen go to different
    rows (greedy interval packing, in start order: deterministic). Beyond
    ``max_rows`` rows per lane, marks share rows.

    Parameters
    ----------
    marks : pandas.DataFrame
        From :func:`prepare_marks`.
    axis : CollapsedAxis
        Or any object with a ``to_x`` method mapping dates to pixels.
    plot_height : float, optional
        Height of the plot area; rows are spread to fill it. Default: the
        natural height from ``row_px`` and ``lane_pad_px``.
    row_px, lane_pad_px : float
        Natural row height and space between lanes.
    top_px : float
        Space reserved at the top of the plot area (era labels).
    max_rows : int
        Maximum rows per lane.
    gap_px : float
        Minimum horizontal gap between marks sharing a row.

    Returns
    -------
    pandas.DataFrame
        ``marks`` plus ``x0, x1, xc`` (pixels), ``size`` (marker diameter or
        bar thickness, px), ``row``, ``y`` (pixels from the top of the plot
        area) and ``lane_y`` (the lane's centre); the attribute
        ``attrs["lanes"]`` lists ``(lane, centre, top, bottom)``.
    """
    out = marks.copy()
    starts = _days(out["start"]) if len(out) else np.array([])
    ends = _days(out["end"]) if len(out) else np.array([])
    is_point = (out["kind"] == "point").to_numpy()
    mid = np.where(is_point, (starts + ends) / 2, starts)
    x0 = np.asarray(axis.to_x(np.where(is_point, mid, starts)), dtype=float)
    x1 = np.asarray(axis.to_x(np.where(is_point, mid, ends)), dtype=float)
    size = np.where(is_point, _mark_size(out["n_sources"], "point"), _mark_size(out["n_sources"], "bar"))
    out["x0"], out["x1"] = x0, x1
    out["xc"] = (x0 + x1) / 2
    out["size"] = size
    # horizontal extent on screen, for packing
    left = np.where(is_point, x0 - size / 2, x0)
    right = np.where(is_point, x1 + size / 2, np.maximum(x1, x0 + 1))
    n_lanes = int(out["lane_index"].max()) + 1 if len(out) else 0
    rows, lane_rows = _pack_rows(out["lane_index"].to_numpy(), out["event_id"].to_numpy(), left, right,
                                 n_lanes=n_lanes, max_rows=max_rows, gap_px=gap_px)
    natural = sum(lane_rows) * row_px + n_lanes * lane_pad_px
    avail = (plot_height - top_px) if plot_height else natural
    k = avail / natural if natural else 1.0
    rp, lp = row_px * k, lane_pad_px * k
    lanes, lane_y = _lane_bands(lane_rows, row_px=rp, pad_px=lp, top_px=top_px)
    out["row"] = rows
    lane_idx = out["lane_index"].to_numpy().astype(int)
    band_top = np.array([ln[2] for ln in lanes])[lane_idx] if len(out) else np.array([])
    out["y"] = band_top + lp / 2 + (rows + 0.5) * rp if len(out) else []
    out["lane_y"] = lane_y[lane_idx] if len(out) else []
    out.attrs["lanes"] = lanes
    out.attrs["natural_height"] = natural + top_px
    return out


def _pack_rows(lane_index: np.ndarray, event_ids: np.ndarray, left: np.ndarray, right: np.ndarray, *, n_lanes: int,
               max_rows: int, gap_px: float) -> tuple[np.ndarray, list[int]]:
    """Rows of the marks in their lanes by greedy interval packing in start order (see :func:`place_marks`), and
    the number of rows of each lane."""
    rows = np.zeros(len(left), dtype=int)
    lane_rows = [1] * n_lanes
    for li in range(n_lanes):
        idx = np.flatnonzero(lane_index == li)
        idx = idx[np.lexsort((event_ids[idx], left[idx]))]
        row_end: list[float] = []
        for i in idx:
            for r, end in enumerate(row_end):
                if left[i] >= end + gap_px:
                    rows[i] = r
                    row_end[r] = right[i]
                    break
            else:
                if len(row_end) < max_rows:
                    rows[i] = len(row_end)
                    row_end.append(right[i])
                else:  # share the row that frees up first
                    r = int(np.argmin(row_end))
                    rows[i] = r
                    row_end[r] = max(row_end[r], right[i])
        lane_rows[li] = max(1, len(row_end))
    return rows, lane_rows


def _lane_bands(lane_rows: Sequence[int], *, row_px: float, pad_px: float,
                top_px: float) -> tuple[list[tuple[int, float, float, float]], np.ndarray]:
    """The lanes' bands from the top down, ``(lane, centre, top, bottom)``, and their centres."""
    lanes = []
    y_top = top_px
    lane_y = np.zeros(len(lane_rows))
    for li, n_rows in enumerate(lane_rows):
        band = n_rows * row_px + pad_px
        lane_y[li] = y_top + band / 2
        lanes.append((li, y_top + band / 2, y_top, y_top + band))
        y_top += band
    return lanes, lane_y


def _fit_height(placed: pd.DataFrame, height: float, top_px: float) -> pd.DataFrame:
    """Stretch a natural-height layout from :func:`place_marks` to ``height`` (same as passing plot_height)."""
    natural = placed.attrs["natural_height"]
    k = (height - top_px) / (natural - top_px) if natural > top_px else 1.0
    out = placed.copy()
    out["y"] = top_px + (placed["y"] - top_px) * k
    out["lane_y"] = top_px + (placed["lane_y"] - top_px) * k
    out.attrs = dict(placed.attrs)
    out.attrs["lanes"] = [(li, top_px + (c - top_px) * k, top_px + (t - top_px) * k, top_px + (b - top_px) * k)
                          for li, c, t, b in placed.attrs["lanes"]]
    return out


# --------------------------------------------------------------------------- callouts


@dataclass(frozen=True)
class Box:
    """An axis-aligned box in plot-area pixels (y grows downwards)."""

    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: "Box", margin: float = 0.0) -> bool:
        """Whether the boxes intersect (touching counts when ``margin > 0``)."""
        return (
            self.x0 < other.x1 + margin
            and other.x0 < self.x1 + margin
            and self.y0 < other.y1 + margin
            and other.y0 < self.y1 + margin
        )

    def crossed_by(self, ax: float, ay: float, bx: float, by: float) -> bool:
        """Whether the segment (ax, ay)–(bx, by) passes through the box (Liang–Barsky)."""
        t0, t1 = 0.0, 1.0
        dx, dy = bx - ax, by - ay
        for p, q in ((-dx, ax - self.x0), (dx, self.x1 - ax), (-dy, ay - self.y0), (dy, self.y1 - ay)):
            if p == 0:
                if q < 0:
                    return False
            else:
                r = q / p
                if p < 0:
                    t0 = max(t0, r)
                else:
                    t1 = min(t1, r)
                if t0 > t1:
                    return False
        return True


def _label_box_size(text: str, font_size: float, pad: float = 2.0, border: float = 1.0) -> tuple[float, float]:
    lines = str(text).split("\n")
    w = max(text_width(line, font_size) for line in lines) + 2 * (pad + border) + 2
    h = font_size * (1.4 + 1.3 * (len(lines) - 1)) + 2 * (pad + border) + 2
    return w, h


_LEVELS_Y = (-1, 1, -2, 2, -3, 3, -4, 4)
_OFFSETS_X = (0.0, 0.25, -0.25, 0.5, -0.5, 0.75, -0.75, 1.0, -1.0, 1.5, -1.5, 2.0, -2.0)


def _segments_cross(p1, p2, p3, p4) -> bool:
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (v > 1e-9) - (v < -1e-9)

    return orient(p1, p2, p3) * orient(p1, p2, p4) < 0 and orient(p3, p4, p1) * orient(p3, p4, p2) < 0


class _CalloutSpace:
    """The free space of :func:`layout_callouts`: marks, obstacles and the labels placed so far."""

    def __init__(self, placed: pd.DataFrame, *, plot_width: float, plot_height: float,
                 obstacles: Iterable[Box], margin: float, stretch: float) -> None:
        self.w_plot, self.h_plot, self.margin, self.k = plot_width, plot_height, margin, float(stretch)
        half = placed["size"].to_numpy(dtype=float) / 2
        self.is_point = is_point = (placed["kind"] == "point").to_numpy()
        self.px0 = px0 = placed["x0"].to_numpy(dtype=float)
        self.px1 = px1 = placed["x1"].to_numpy(dtype=float)
        self.py = py = placed["y"].to_numpy(dtype=float)
        self.mx0 = np.where(is_point, px0 - half, px0)
        self.mx1 = np.where(is_point, px1 + half, np.maximum(px1, px0 + 1))
        self.my0, self.my1 = py - half, py + half
        k = self.k
        self.fixed = list(obstacles)
        self.fixed_k = [Box(b.x0 + (b.x0 + b.x1) / 2 * (k - 1), b.y0, b.x1 + (b.x0 + b.x1) / 2 * (k - 1), b.y1)
                        for b in self.fixed]
        self.xc = placed["xc"].to_numpy(dtype=float)
        self.size = placed["size"].to_numpy(dtype=float)
        self.kx0 = np.where(is_point, self.xc * k - half, px0 * k)
        self.kx1 = np.where(is_point, self.xc * k + half, np.maximum(px1 * k, px0 * k + 1))
        self.labels: list[Box] = []
        self.labels_k: list[Box] = []
        self.leaders: list[tuple[tuple[float, float], tuple[float, float]]] = []

    def anchor(self, i: int) -> tuple[float, float]:
        """The point a callout of mark ``i`` points at (a bar: its visible part)."""
        ax_, ay_ = float(self.xc[i]), float(self.py[i])
        if not self.is_point[i]:
            ax_ = float(np.clip(ax_, max(self.px0[i], 0) + 1, min(self.px1[i], self.w_plot) - 1))
        return ax_, ay_

    def clear(self, box: Box, ax_: float, near: np.ndarray) -> bool:
        """Whether ``box`` stays inside the plot and clear of labels, obstacles and marks (also stretched)."""
        m, k = self.margin, self.k
        if box.x0 < 1 or box.x1 > self.w_plot - 1 or box.y0 < 1 or box.y1 > self.h_plot - 1:
            return False
        if any(box.overlaps(b, m) for b in self.labels) or any(box.overlaps(b, m) for b in self.fixed):
            return False
        n = near
        if ((self.mx0[n] < box.x1 + 1) & (box.x0 < self.mx1[n] + 1)
                & (self.my0[n] < box.y1 + 1) & (box.y0 < self.my1[n] + 1)).any():
            return False
        if k != 1.0:
            sx = ax_ * (k - 1)
            bk = Box(box.x0 + sx, box.y0, box.x1 + sx, box.y1)
            if any(bk.overlaps(b, m) for b in self.labels_k) or any(bk.overlaps(b, m) for b in self.fixed_k):
                return False
            if ((self.kx0 < bk.x1 + 1) & (bk.x0 < self.kx1 + 1) & (self.my0 < bk.y1 + 1)
                    & (bk.y0 < self.my1 + 1)).any():
                return False
        return True

    def crossings(self, i: int, near: np.ndarray, ax_: float, ay_: float, dx: float, dy: float) -> int | None:
        """Leader lines and marks the leader of mark ``i`` crosses; ``None`` when it crosses a label."""
        tail = (ax_ + dx, ay_ + dy)
        if any(b.crossed_by(ax_, ay_, tail[0], tail[1]) for b in self.labels):
            return None
        crossings = sum(_segments_cross((ax_, ay_), tail, p, q) for p, q in self.leaders)
        others = near[near != i]
        if len(others):
            ts = np.linspace(0.05, 0.95, 10)
            sx, sy = ax_ + ts * dx, ay_ + ts * dy  # points along the leader line
            inside = ((sx[:, None] > self.mx0[others]) & (sx[:, None] < self.mx1[others])
                      & (sy[:, None] > self.my0[others]) & (sy[:, None] < self.my1[others]))
            crossings += int(inside.any(axis=0).sum())
        return crossings

    def best(self, i: int, text: str, font_size: float) -> tuple | None:
        """The cheapest valid label position of mark ``i``: ``(cost, dx, dy, box, ax, ay)`` or ``None``."""
        w, h = _label_box_size(text, font_size)
        ax_, ay_ = self.anchor(i)
        near = np.flatnonzero((self.mx1 > ax_ - 3 * w) & (self.mx0 < ax_ + 3 * w)
                              & (self.my1 > ay_ - 6 * h) & (self.my0 < ay_ + 6 * h))
        best = None
        for ky in _LEVELS_Y:
            dy = math.copysign(h / 2 + self.size[i] / 2 + 5 + (abs(ky) - 1) * (h + 5), ky)
            for kx in _OFFSETS_X:
                dx = kx * w
                cost = abs(dx) + 1.5 * abs(dy)
                if best is not None and cost >= best[0]:
                    continue
                box = Box(ax_ + dx - w / 2, ay_ + dy - h / 2, ax_ + dx + w / 2, ay_ + dy + h / 2)
                if not self.clear(box, ax_, near):
                    continue
                crossings = self.crossings(i, near, ax_, ay_, dx, dy)
                if crossings is None:
                    continue
                cost += 60.0 * crossings
                if best is None or cost < best[0]:
                    best = (cost, dx, dy, box, ax_, ay_)
        return best

    def take(self, box: Box, ax_: float, ay_: float, dx: float, dy: float) -> None:
        """Record a placed label and its leader line."""
        self.labels.append(box)
        self.labels_k.append(Box(box.x0 + ax_ * (self.k - 1), box.y0, box.x1 + ax_ * (self.k - 1), box.y1))
        self.leaders.append(((ax_, ay_), (ax_ + dx, ay_ + dy)))


def layout_callouts(
    placed: pd.DataFrame,
    *,
    plot_width: float,
    plot_height: float,
    obstacles: Iterable[Box] = (),
    font_size: float = 10.0,
    max_callouts: int = 40,
    margin: float = 3.0,
    stretch: float = 1.0,
    shorten: bool = True,
) -> pd.DataFrame:
    """Place callout labels so that no two boxes overlap (deterministic).

    Events are taken in order of importance (most sources first, then date,
    then id). For each, candidate label centres on a grid of offsets around
    its mark (up to four label heights above or below, up to two label
    widths sideways) are scored, and the cheapest valid one is kept. A
    candidate is valid when its box lies inside the plot area and keeps
    ``margin`` pixels from every other label, every mark and every
    ``obstacle``, and its leader line does not cross another label. The cost
    is the leader length (vertical counted 1.5×) plus a penalty per leader
    line or mark it crosses. Ties resolve by candidate order, so the result
    is deterministic. An event with no valid position gets no callout (its
    hover still has everything). Box sizes are conservative estimates from
    Arial font metrics (:func:`text_width`).

    Parameters
    ----------
    placed : pandas.DataFrame
        From :func:`place_marks`.
    plot_width, plot_height : float
        The plot area in pixels.
    obstacles : iterable of Box
        Other boxes to keep clear of (era and break labels).
    font_size : float
        Label font size in pixels.
    max_callouts : int
        At most this many callouts.
    margin : float
        Minimum free space between boxes, in pixels.
    stretch : float
        The plot may be drawn up to this factor wider than ``plot_width``
        (the page widens the nearest layout to its column): a position is
        valid only if it stays clear both unstretched and fully stretched
        (x positions scale, label sizes and offsets do not; separations are
        linear in the factor, so every width in between is clear too).
    shorten : bool
        When a multi-line label finds no room, try it cut to one line ("…").

    Returns
    -------
    pandas.DataFrame
        One row per placed callout: ``event_id, text, x, y`` (the mark's
        anchor, pixels), ``ax, ay`` (offset of the label centre from the
        anchor) and ``x0, y0, x1, y1`` (the label box).
    """
    cols = ["event_id", "text", "x", "y", "ax", "ay", "x0", "y0", "x1", "y1"]
    if len(placed) == 0 or max_callouts <= 0:
        return pd.DataFrame({c: [] for c in cols})
    space = _CalloutSpace(placed, plot_width=plot_width, plot_height=plot_height, obstacles=obstacles,
                          margin=margin, stretch=stretch)
    starts = _days(placed["start"])
    order = np.lexsort((placed["event_id"].to_numpy(), starts, -placed["n_sources"].to_numpy()))
    label_col = placed["label"].to_numpy()
    id_col = placed["event_id"].to_numpy()
    rows = []
    for attempt, i in enumerate(order):
        if len(rows) >= max_callouts or attempt >= 4 * max_callouts:
            break
        full = label_col[i]
        short = _truncate(full.replace("\n", " "), max(len(x) for x in full.split("\n")))
        best = None
        for text in ([full, short] if "\n" in full and shorten else [full]):
            best = space.best(i, text, font_size)
            if best is not None:
                break
        if best is None:
            continue
        _, dx, dy, box, ax_, ay_ = best
        space.take(box, ax_, ay_, dx, dy)
        rows.append((id_col[i], text, ax_, ay_, dx, dy, box.x0, box.y0, box.x1, box.y1))
    return pd.DataFrame(rows, columns=cols)


# --------------------------------------------------------------------------- ticks


def _tick_label(ts: pd.Timestamp, kind: str) -> str:
    if kind == "year":
        return str(ts.year)
    if kind == "month":
        return ts.strftime("%b %Y")
    return f"{ts.day} {ts.strftime('%b')} {ts.year}"


def axis_ticks(
    axis: CollapsedAxis,
    *,
    x_range: tuple[float, float] | None = None,
    px_width: float | None = None,
    font_size: float = 11.0,
    extra_days: Iterable[float] = (),
) -> tuple[list[float], list[str]]:
    """Tick positions and real-date labels for a collapsed axis.

    Candidates are year starts, then month starts, then days (event
    boundaries first, then every day) where the local scale is large enough;
    a candidate is kept when its label does not come within 8 px of a kept
    one, coarser candidates first. Nothing is labelled inside a break. Every
    label carries its year where the year changes: years and months always,
    a day ("4 Jun 2012") when the tick before it is in another year (or it is
    the first), so an event after a break never sits at a year-less tick.

    Parameters
    ----------
    axis : CollapsedAxis
    x_range : (float, float), optional
        Visible x range; default the whole axis.
    px_width : float, optional
        Pixels the visible range occupies; default ``axis.width``.
    font_size : float
        Tick label font size.
    extra_days : iterable of float
        Further candidate days (float days), e.g. event starts.

    Returns
    -------
    tickvals : list of float
    ticktext : list of str
    """
    lo, hi = x_range if x_range else (0.0, axis.width)
    px = px_width or axis.width
    zoom = px / (hi - lo)
    d0, d1 = (float(v) for v in axis.to_days([lo, hi]))
    t0, t1 = _to_timestamp(d0), _to_timestamp(d1)
    cands: list[tuple[int, float, str]] = []  # (priority, day, kind)
    for y in range(t0.year, t1.year + 2):
        if 1 <= y <= 9999:
            cands.append((0, float((dt.date(y, 1, 1) - _EPOCH).days), "year"))
    months = pd.date_range(t0.normalize().replace(day=1), min(t1, _to_timestamp(_DAY_RANGE[1] - 31.0))
                           + dt.timedelta(days=31), freq="MS", unit="s")
    if len(months) <= 2400:
        mdays = _days(months)
        mx = axis.to_x(mdays) * zoom
        widths = np.diff(mx)
        for k, md in enumerate(mdays[:-1]):
            if widths[k] >= 40 and pd.Timestamp(months[k]).month != 1:
                cands.append((1, float(md), "month"))
            if widths[k] >= 90:
                for dd in extra_days:
                    if md <= dd < mdays[k + 1] and dd != md:
                        cands.append((2, float(dd), "day"))
                for off in range(1, int(mdays[k + 1] - md)):
                    cands.append((3, float(md + off), "day"))
    kept: list[tuple[float, float, float, str]] = []  # (x, half width, day, text)
    seen: set[float] = set()
    ordered = sorted(cands, key=lambda c: (c[0], c[1]))
    cand_x = axis.to_x(np.array([c[1] for c in ordered], dtype=float)) if ordered else np.array([])
    for (prio, day, kind), x in zip(ordered, cand_x.tolist()):
        if day in seen or axis.in_break(day) or not (d0 <= day <= d1):
            continue
        seen.add(day)
        if not (lo <= x <= hi):
            continue
        text = _tick_label(_to_timestamp(day), kind)
        half = text_width(text, font_size) / 2
        xp = x * zoom
        if any(abs(xp - kx * zoom) < half + kh + 8 for kx, kh, _, _ in kept):
            continue
        kept.append((x, half, day, text))
    kept.sort()
    # a day tick names its year only where the year changes (widths above were measured with it)
    texts, year = [], None
    for _x, _h, day, text in kept:
        ts = _to_timestamp(day)
        if text.count(" ") == 2 and ts.year == year:
            text = text.rsplit(" ", 1)[0]
        texts.append(text)
        year = ts.year
    return [k[0] for k in kept], texts


# --------------------------------------------------------------------------- eras


def read_eras(eras: pd.DataFrame | str | os.PathLike[str]) -> pd.DataFrame:
    """Read eras: shaded, labelled periods behind the timeline.

    Parameters
    ----------
    eras : DataFrame or path-like
        Columns ``era`` (label), ``start``, ``end`` (period values such as
        ``1990``, ``2000-05`` or ``2014-04-01``; ``end`` may be empty for an
        ongoing era) and optionally ``color``. ``start`` means the first day
        of its period and ``end`` the last day of its period, inclusive.

    Returns
    -------
    pandas.DataFrame
        Columns ``era, start, end, color`` with timestamps (``end`` is
        exclusive; NaT when open).

    Raises
    ------
    ValueError
        When a date is not a period value or a row ends before it starts.
    """
    df = pd.read_csv(eras, dtype=str, keep_default_na=False) if not isinstance(eras, pd.DataFrame) else eras.copy()
    for column in ("era", "start", "end"):
        if column not in df.columns:
            raise ValueError(f"eras: missing column {column!r}")
    if "color" not in df.columns:
        df["color"] = ""
    starts, ends = [], []
    for n, row in enumerate(df.itertuples(index=False), start=2):
        try:
            s = pd.Timestamp(parse_period(str(row.start)).start)
            e = pd.Timestamp(parse_period(str(row.end)).end) if str(row.end) else pd.NaT
        except PeriodError as exc:
            raise ValueError(f"eras row {n}: {exc}") from None
        if e is not pd.NaT and e <= s:
            raise ValueError(f"eras row {n}: end {row.end!r} is before start {row.start!r}")
        starts.append(s)
        ends.append(e)
    colors = [c or PALETTE[(i + 3) % len(PALETTE)] for i, c in enumerate(df["color"].astype(str))]
    return pd.DataFrame(
        {"era": df["era"].astype(str).to_numpy(), "start": to_datetime64(starts), "end": to_datetime64(ends),
         "color": colors}
    )


# --------------------------------------------------------------------------- drawing helpers


def _rgba(color: str, alpha: float) -> str:
    if color.startswith("#"):
        r, g, b = plotly.colors.hex_to_rgb(color)
    elif color.startswith("rgb"):
        r, g, b = (float(v) for v in color[color.index("(") + 1 : color.index(")")].split(",")[:3])
    else:
        return color
    return f"rgba({int(r)},{int(g)},{int(b)},{alpha})"


def _duration(days: float) -> str:
    years = days / 365.25
    if years >= 1.5:
        return f"≈ {round(years)} years"
    months = max(1, round(days / 30.44))
    return f"≈ {months} month{'s' * (months != 1)}"


def _range_bound(value: str | None, *, upper: bool) -> pd.Timestamp | None:
    if value is None:
        return None
    p = parse_period(value)
    return pd.Timestamp(p.end if upper else p.start)


#: Figure widths the HTML page pre-computes; it draws the widest that fits its column, widened to the column
#: (callouts are placed to stay clear up to the next width).
PAGE_WIDTHS: tuple[int, ...] = (340, 460, 620, 820, 1080, 1400, 1880)
#: What :func:`timeline` draws around the chart (see its ``controls`` keyword).
CONTROLS: tuple[str, ...] = ("plotly", "page", "none")
LEGEND_NOTE = "bar: the period the text allows · dot: a day · bigger: more sources"
#: Smallest plot area height: a full hover label (``HOVER_LINES`` lines) fits inside it.
MIN_PLOT_PX = int(HOVER_LINES * 11 * 1.3 + 28)


def _hover_width(width: float) -> int:
    """Hover line width in columns for a figure ``width`` pixels wide (narrower on phones)."""
    return HOVER_WIDTH if width >= 760 else max(28, int((width - 48) / 7.0))


def timeline(
    events: pd.DataFrame,
    *,
    articles: Any = None,
    lane: str = E.lane,
    color: str | None = None,
    lane_order: Sequence[str] | None = None,
    color_discrete_map: Mapping[str, str] | None = None,
    axis: str = "collapsed",
    callouts: bool = True,
    max_callouts: int = 40,
    eras: pd.DataFrame | str | os.PathLike[str] | None = None,
    presets: Sequence[tuple[str, str | None, str | None]] | str | None = "auto",
    render_mode: str = "auto",
    width: int | None = 1400,
    height: int | None = None,
    title: str | None = None,
    controls: str = "plotly",
    caption: str | None = None,
    label_max_lines: int | None = None,
) -> go.Figure:
    """Interactive timeline: one mark per event, lanes on the y axis, cited hover.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame (one row per quote).
    articles : sequence or mapping of Article, optional
        Names each quote's article (title, outlet, publication date) in the hover.
    lane : str
        Column giving the lane.
    color : str, optional
        Column giving the colour and legend entries; default the lane, so
        the legend toggles lanes (one ``legendgroup`` per value).
    lane_order : sequence of str, optional
        Lanes from top to bottom (others follow in order of first appearance).
    color_discrete_map : mapping, optional
        Colour per value of ``color``.
    axis : {"collapsed", "linear"}
        ``"collapsed"`` (default): piecewise-linear time with empty stretches
        cut to marked breaks, see the module docstring; ``"linear"``: a real
        date axis with range selector and (SVG only) range slider.
    callouts : bool
        Draw short non-overlapping labels with leader lines.
    max_callouts : int
        At most this many callouts (events with most sources first).
    eras : DataFrame or path-like, optional
        Shaded, labelled periods (see :func:`read_eras`; the project's file
        is :data:`ERAS`). Default: none.
    presets : "auto" or sequence of (label, start, end), optional
        Range presets (start and end are date values, ``None`` for open);
        ``"auto"`` (default): computed from the events by
        :func:`timeline.ranges.range_presets` (all, the busiest stretch, the
        latest stretch); ``None``/empty for none. Presets outside the data
        are dropped.
    render_mode : {"auto", "svg", "webgl"}
        ``"auto"`` uses WebGL from :data:`WEBGL_THRESHOLD` events.
    width, height : int
        Figure size in pixels; default height fits the lanes (and a full
        hover label). Below 760 px the lane names, margins and hover lines
        get narrower. ``width=None``
        fills the container (no ``layout.width``; marks and labels are laid
        out at :data:`AUTOSIZE_WIDTH` and scale with it).
    title : str, optional
        Figure title.
    controls : {"plotly", "page", "none"}
        ``"plotly"`` (default, notebooks): Plotly legend and preset buttons;
        ``"page"``: neither (the HTML page draws its own keyboard-usable
        legend, filters and presets from ``layout.meta``: ``presets``,
        ``lanes`` and the axis map ``scale``); ``"none"`` (static images):
        a legend, no buttons, and callout labels up to six lines.
    caption : str, optional
        A line under the chart (static images: corpus, dates, counts); with
        ``controls="plotly"`` it defaults to the key of the marks.
    label_max_lines : int, optional
        Lines of a callout label (default 2, 6 with ``controls="none"``).

    Returns
    -------
    plotly.graph_objects.Figure
        Each event mark carries ``customdata`` whose first element is the
        ``event_id``.

    Examples
    --------
    >>> fig = timeline(read_events("data/events.csv"), eras=ERAS)  # doctest: +SKIP
    """
    autosize = width is None
    fig = timeline_variants(
        events, widths=(AUTOSIZE_WIDTH if autosize else width,), articles=articles, lane=lane, color=color,
        lane_order=lane_order, color_discrete_map=color_discrete_map, axis=axis, callouts=callouts,
        max_callouts=max_callouts, eras=eras, presets=presets, render_mode=render_mode, height=height, title=title,
        controls=controls, caption=caption, label_max_lines=label_max_lines,
    )[0]
    if autosize:  # fill the container (a notebook's output area): laid out at AUTOSIZE_WIDTH, scaled by Plotly
        fig.update_layout(width=None, autosize=True)
    return fig


def timeline_variants(
    events: pd.DataFrame,
    *,
    widths: Sequence[int] = PAGE_WIDTHS,
    articles: Any = None,
    lane: str = E.lane,
    color: str | None = None,
    lane_order: Sequence[str] | None = None,
    eras: pd.DataFrame | str | os.PathLike[str] | None = None,
    presets: Sequence[tuple[str, str | None, str | None]] | str | None = "auto",
    axis: str = "collapsed",
    render_mode: str = "auto",
    controls: str = "page",
    label_max_lines: int | None = None,
    **options: Any,
) -> list[go.Figure]:
    """The timeline laid out for several widths (the responsive HTML page).

    The axis, rows, callouts and ticks are computed in pixels for each width,
    so each variant is exact at its own width: a page draws the widest that
    fits its column and switches on resize (labels are re-laid, never
    stretched). Marks and hover texts are prepared once per hover width.

    Parameters
    ----------
    events : pandas.DataFrame
    widths : sequence of int
        Figure widths in pixels (default :data:`PAGE_WIDTHS`).
    articles, lane, color, lane_order, eras, presets, axis, render_mode, controls, label_max_lines
        As for :func:`timeline` (``controls`` defaults to ``"page"`` here).
    **options
        Further keywords of :func:`timeline` (``callouts``, ``max_callouts``,
        ``color_discrete_map``, ``height``, ``title``, ``caption``).

    Returns
    -------
    list of plotly.graph_objects.Figure
        One per width, in the order given.
    """
    if axis not in ("collapsed", "linear"):
        raise ValueError(f"axis must be 'collapsed' or 'linear', not {axis!r}")
    if render_mode not in ("auto", "svg", "webgl"):
        raise ValueError(f"render_mode must be 'auto', 'svg' or 'webgl', not {render_mode!r}")
    if controls not in CONTROLS:
        raise ValueError(f"controls must be one of {', '.join(CONTROLS)}, not {controls!r}")
    if isinstance(presets, str):
        if presets != "auto":
            raise ValueError(f"presets must be 'auto', a sequence of (label, start, end) or None, not {presets!r}")
        presets = range_presets(events)
    lines = label_max_lines or (6 if controls == "none" else 2)
    era_frame = read_eras(eras) if eras is not None else None
    by_hover: dict[int, pd.DataFrame] = {}
    out = []
    for i, width in enumerate(widths):
        hw = _hover_width(width)
        if hw not in by_hover:
            by_hover[hw] = prepare_marks(events, articles=articles, lane=lane, color=color, lane_order=lane_order,
                                         hover_width=hw, label_max_lines=lines)
        stretch_to = int(widths[i + 1]) if controls == "page" and i + 1 < len(widths) else int(width)
        out.append(_draw(by_hover[hw], width=int(width), stretch_to=max(stretch_to, int(width)),
                         presets=presets or (), era_frame=era_frame, axis=axis, render_mode=render_mode,
                         controls=controls, **options))
    return out


def _margins(width: int, lane_names: Sequence[str], *, controls: str, title: str | None,
             caption: str | None) -> tuple[dict[str, int], int]:
    """Margins of the figure and the width (columns) lane names wrap to."""
    narrow = width < 760
    word = max((text_width(w, 12) for n in lane_names for w in n.split()), default=40.0) + 14
    cap = 190 if not narrow else max(80, int(width * 0.24), int(min(word, width * 0.3)))
    need = max((text_width(n, 12) for n in lane_names), default=40.0) + 14
    left = int(min(cap, max(need, 50)))
    chars = max(6, int((left - 14) / (0.556 * 12 * 1.12)))
    top = {"plotly": 120, "page": 12, "none": 64}[controls]
    if title and controls != "plotly":
        top += 36
    bottom = 40 + (18 * len(_caption_lines(caption, width)) + 8 if caption else 0)
    return {"l": left, "r": 12 if narrow else 30, "t": top, "b": bottom}, chars


def _caption_lines(caption: str | None, width: int) -> list[str]:
    return display_lines(caption, max(20, int((width - 24) / 6.6))) if caption else []


def _wrap_px(text: str, px: float, size: float) -> list[str]:
    """Greedy wrap at spaces to lines at most ``px`` pixels wide (a longer word is cut by columns)."""
    lines: list[str] = []
    for word in str(text).split():
        while text_width(word, size) > px and len(word) > 1:
            cut = max(1, int(len(word) * px / text_width(word, size)))
            if lines and not lines[-1]:
                lines.pop()
            lines += [word[:cut], ""]
            word = word[cut:]
        if lines and lines[-1] and text_width(lines[-1] + " " + word, size) <= px:
            lines[-1] += " " + word
        elif lines and not lines[-1]:
            lines[-1] = word
        else:
            lines.append(word)
    return [line for line in lines if line] or [""]


def _lane_ticktext(name: str, px: float, band_px: float, size: float) -> str:
    lines = _wrap_px(name, px, size)
    keep = max(1, int(band_px // (size * 1.3)))
    if len(lines) > keep:
        lines = lines[:keep]
        lines[-1] = lines[-1][: max(1, len(lines[-1]) - 1)] + "…"
    return "<br>".join(escape_plotly(line) for line in lines)


@dataclass(frozen=True)
class _Geometry:
    """Where a figure's parts go at one width (see :func:`_geometry`)."""

    margin: dict
    plot_w: float
    plot_h: float
    height: int
    xmap: Any
    break_labels: list
    placed: pd.DataFrame
    legend_extra: float


def _geometry(marks: pd.DataFrame, *, width: int, era_frame: pd.DataFrame | None, axis: str, controls: str,
              title: str | None, caption: str | None, height: int | None) -> _Geometry:
    """Margins, x scale, figure height and mark positions of :func:`_draw` at one width."""
    all_lanes = list(dict.fromkeys(marks.sort_values("lane_index", kind="mergesort")["lane"]))
    margin, _ = _margins(width, all_lanes, controls=controls, title=title, caption=caption)
    plot_w = width - margin["l"] - margin["r"]
    # a legend wrapping to more rows pushes the buttons above it (and the top margin) up
    legend_extra = LEGEND_ROW_PX * (legend_rows(list(dict.fromkeys(marks["color_key"])), width - 20) - 1)
    margin["t"] += legend_extra
    xmap: Any
    if axis == "collapsed":
        xmap = collapse_axis(marks["start"], marks["end"], width=plot_w, min_px=max(8.0, min(30.0, plot_w * 0.025)),
                             gap_px=max(16.0, min(36.0, plot_w * 0.035)))
    else:
        xmap = _linear_axis(marks["start"], marks["end"], plot_w)
    break_labels = _break_labels(xmap)
    top_px = (2 * ERA_STRIP_PX + 4) if era_frame is not None and len(era_frame) else 4.0
    levels = 1 + max((lvl for _, lvl, _ in break_labels), default=-1)
    bottom_px = (levels * BREAK_STRIP_PX + 6) if xmap.breaks else 4.0
    probe = place_marks(marks, xmap, top_px=top_px)
    natural_plot_h = probe.attrs["natural_height"] + bottom_px
    if height is None:
        height = int(min(max(natural_plot_h, MIN_PLOT_PX) + margin["t"] + margin["b"], 1400))
    plot_h = height - margin["t"] - margin["b"]
    placed = _fit_height(probe, plot_h - bottom_px, top_px)
    return _Geometry(margin, plot_w, plot_h, height, xmap, break_labels, placed, legend_extra)


def _preset_menus(preset_specs: list, *, controls: str, plot_h: float, legend_extra: float) -> list[dict]:
    """The Plotly preset buttons (none on the page, which draws its own)."""
    if not preset_specs or controls != "plotly":
        return []
    buttons = [dict(label=p["label"], method="relayout", args=[p["args"]]) for p in preset_specs]
    return [dict(type="buttons", direction="right", buttons=buttons, showactive=True, x=1.0, xanchor="right",
                 y=1 + (46 + legend_extra) / plot_h, yanchor="bottom", pad=dict(t=0, b=0), font=dict(size=11))]


def _decorations(geo: _Geometry, era_frame: pd.DataFrame | None, cmap: Mapping[str, str], xval: Any, *,
                 callout_opts: dict | None, caption: str | None, width: int) -> tuple[list[dict], list[dict]]:
    """Lane rules, eras, axis breaks, callouts and caption of :func:`_draw`: its shapes and annotations."""
    shapes: list[dict] = []
    annotations: list[dict] = []
    obstacles: list[Box] = []
    for li, centre, top, bottom in geo.placed.attrs.get("lanes", [])[1:]:
        shapes.append(dict(type="line", xref="paper", yref="y", x0=0, x1=1, y0=top, y1=top,
                           line=dict(color="rgba(0,0,0,0.15)", width=1), layer="below"))
    if era_frame is not None and len(era_frame):
        _draw_eras(era_frame, geo.xmap, geo.plot_w, xval, shapes, annotations, obstacles)
    _draw_breaks(geo.xmap, geo.break_labels, geo.plot_h, shapes, annotations, obstacles)
    if callout_opts is not None:
        annotations += _callout_annotations(geo.placed, cmap, obstacles, xval, plot_w=geo.plot_w, plot_h=geo.plot_h,
                                            **callout_opts)
    for k, line in enumerate(_caption_lines(caption, width)):
        annotations.append(dict(x=0, y=-(34 + 18 * k) / geo.plot_h, xref="paper", yref="paper", xanchor="left",
                                yanchor="top", text=escape_plotly(line), showarrow=False,
                                font=dict(size=11, color="#444"), name="caption"))
    return shapes, annotations


def _colour_map(placed: pd.DataFrame, color_discrete_map: Mapping[str, str] | None) -> tuple[list[str], dict[str, str]]:
    """The colour keys in lane order and the colour of each (the given ones, then the palette's in turn)."""
    keys = list(dict.fromkeys(placed.sort_values(["lane_index", "start"], kind="mergesort")["color_key"]))
    cmap = dict(color_discrete_map or {})
    for i, k in enumerate(keys):
        cmap.setdefault(k, PALETTE[i % len(PALETTE)])
    return keys, cmap


def _x_values(xmap: Any, axis: str) -> Callable[[np.ndarray], list]:
    """The function giving Plotly's x values of pixel positions (pixels when collapsed, else ISO dates)."""

    def xval(px: np.ndarray) -> list:
        if axis == "collapsed":
            return [round(float(v), 3) for v in px]
        return [_to_timestamp(float(d)).isoformat() for d in xmap.to_days(px)]

    return xval


def _figure_meta(geo: _Geometry, *, axis: str, webgl: bool, controls: str, width: int, stretch_to: int,
                 preset_specs: list, keys: Sequence[str], cmap: Mapping[str, str]) -> dict[str, Any]:
    """``layout.meta``: the axis and render mode; on the page also the sizes, presets, lanes and scale it draws."""
    meta: dict[str, Any] = dict(axis=axis, render_mode="webgl" if webgl else "svg")
    if controls == "page":
        meta.update(width=width, max_width=stretch_to, margin=geo.margin, plot_width=geo.plot_w, presets=preset_specs,
                    lanes=[dict(key=k, color=cmap[k]) for k in keys], scale=_scale_meta(geo.xmap, axis))
    return meta


def _layout(geo: _Geometry, *, width: int, title: str | None, controls: str, xaxis: dict[str, Any],
            yaxis: dict[str, Any], shapes: list[dict], annotations: list[dict], menus: list[dict],
            meta: dict[str, Any]) -> dict[str, Any]:
    """The keywords of :meth:`plotly.graph_objects.Figure.update_layout` of :func:`_draw`."""
    height, plot_h = geo.height, geo.plot_h
    legend_title = "Lanes"
    title_y = 1 - 12 / height
    return dict(
        title=dict(text=escape_plotly(title), x=12 / width, xanchor="left", y=title_y, yanchor="top") if title else None,
        width=width,
        height=height,
        margin=dict(geo.margin, autoexpand=False),
        font=dict(family=FONT_FAMILY, size=12),
        barmode="overlay",
        bargap=0,
        plot_bgcolor="white",
        paper_bgcolor="white",
        showlegend=controls != "page",
        xaxis=xaxis,
        yaxis=yaxis,
        shapes=shapes,
        annotations=annotations,
        updatemenus=menus,
        hovermode="closest",
        hoverlabel=dict(font=dict(family=FONT_FAMILY, size=11), align="left", bgcolor="white"),
        # the legend starts at the figure's left edge (Plotly wraps it at the figure's width), its title on a row
        # of its own; a legend of more rows has pushed the buttons and the top margin up (legend_extra)
        legend=dict(orientation="h", x=0.005, xanchor="left", xref="container", y=1 + 8 / plot_h, yanchor="bottom",
                    title=dict(text=legend_title, side="top"), font=dict(size=11)),
        meta=meta,
    )


def _draw(
    marks: pd.DataFrame,
    *,
    width: int,
    stretch_to: int,
    presets: Sequence[tuple[str, str | None, str | None]],
    era_frame: pd.DataFrame | None,
    axis: str,
    render_mode: str,
    controls: str,
    callouts: bool = True,
    max_callouts: int = 40,
    color_discrete_map: Mapping[str, str] | None = None,
    height: int | None = None,
    title: str | None = None,
    caption: str | None = None,
) -> go.Figure:
    """Lay out prepared marks at one width and draw them (see :func:`timeline`)."""
    webgl = render_mode == "webgl" or (render_mode == "auto" and len(marks) >= WEBGL_THRESHOLD)
    if caption is None and controls == "plotly":
        caption = LEGEND_NOTE[0].upper() + LEGEND_NOTE[1:] + "."
    geo = _geometry(marks, width=width, era_frame=era_frame, axis=axis, controls=controls, title=title,
                    caption=caption, height=height)
    margin, plot_w, plot_h, xmap, placed = geo.margin, geo.plot_w, geo.plot_h, geo.xmap, geo.placed

    fig = go.Figure()
    keys, cmap = _colour_map(placed, color_discrete_map)
    xval = _x_values(xmap, axis)
    _add_mark_traces(fig, placed, keys, cmap, webgl=webgl, axis=axis, xval=xval)
    lanes = placed.attrs.get("lanes", [])
    lane_names = list(dict.fromkeys(placed.sort_values("lane_index")["lane"]))
    callout_opts = dict(max_callouts=max_callouts, stretch=(stretch_to - margin["l"] - margin["r"]) / plot_w,
                        shorten=controls != "none") if callouts else None
    shapes, annotations = _decorations(geo, era_frame, cmap, xval, callout_opts=callout_opts, caption=caption,
                                       width=width)

    extra = np.unique(np.concatenate([_days(placed["start"]), _days(placed["end"])])) if len(placed) else np.array([])
    xaxis, yaxis = _axes(xmap, lanes, lane_names, extra, axis=axis, controls=controls, webgl=webgl, width=width,
                         margin=margin, plot_w=plot_w, plot_h=plot_h)

    preset_specs = _preset_specs(presets, placed, xmap, axis=axis, plot_w=plot_w, extra=extra)
    menus = _preset_menus(preset_specs, controls=controls, plot_h=plot_h, legend_extra=geo.legend_extra)
    meta = _figure_meta(geo, axis=axis, webgl=webgl, controls=controls, width=width, stretch_to=stretch_to,
                        preset_specs=preset_specs, keys=keys, cmap=cmap)
    fig.update_layout(**_layout(geo, width=width, title=title, controls=controls, xaxis=xaxis, yaxis=yaxis,
                                shapes=shapes, annotations=annotations, menus=menus, meta=meta))
    return fig


def _callout_annotations(placed: pd.DataFrame, cmap: Mapping[str, str], obstacles: list, xval: Any, *,
                         plot_w: float, plot_h: float, max_callouts: int, stretch: float,
                         shorten: bool) -> list[dict]:
    """The callout labels (:func:`layout_callouts`) as Plotly annotations named ``callout:<event_id>``."""
    placed_callouts = layout_callouts(placed, plot_width=plot_w, plot_height=plot_h, obstacles=obstacles,
                                      max_callouts=max_callouts, stretch=stretch, shorten=shorten)
    colour_of = dict(zip(placed["event_id"], placed["color_key"]))
    out = []
    for r in placed_callouts.itertuples(index=False):
        out.append(dict(
            x=xval(np.array([r.x]))[0], y=r.y, xref="x", yref="y", ax=r.ax, ay=r.ay, axref="pixel", ayref="pixel",
            text=escape_plotly(r.text), showarrow=True, arrowhead=0, arrowwidth=1, standoff=2,
            arrowcolor=cmap[colour_of[r.event_id]], xanchor="center", yanchor="middle", align="left",
            font=dict(size=10, color="#222"), bgcolor="rgba(255,255,255,0.9)", bordercolor=cmap[colour_of[r.event_id]],
            borderwidth=1, borderpad=2, name=f"callout:{r.event_id}",
        ))
    return out


def _axes(xmap: Any, lanes: Sequence[tuple], lane_names: Sequence[str], extra: np.ndarray, *, axis: str,
          controls: str, webgl: bool, width: int, margin: Mapping[str, int], plot_w: float,
          plot_h: float) -> tuple[dict[str, Any], dict[str, Any]]:
    """The x axis (real-date ticks, or a date axis) and the y axis (lane names, wrapped and escaped)."""
    xaxis: dict[str, Any] = dict(showgrid=False, zeroline=False, automargin=False, showline=True, linecolor="#444",
                                 ticks="outside", tickfont=dict(size=11))
    if axis == "collapsed":
        tv, tt = axis_ticks(xmap, extra_days=extra)
        xaxis.update(type="linear", range=[0, plot_w], tickmode="array", tickvals=[round(v, 3) for v in tv],
                     ticktext=tt, fixedrange=False)
    else:
        x_lo, x_hi = (_to_timestamp(float(v)).isoformat() for v in xmap.to_days([0, plot_w]))
        xaxis.update(type="date", range=[x_lo, x_hi])
        if controls == "plotly":
            xaxis.update(rangeselector=dict(buttons=[dict(count=1, label="1y", step="year", stepmode="backward"),
                                                     dict(count=5, label="5y", step="year", stepmode="backward"),
                                                     dict(step="all", label="all")], y=1.0, yanchor="bottom", x=0.45),
                         rangeslider=dict(visible=not webgl, thickness=0.06))
    bands = [ln[3] - ln[2] for ln in lanes]
    lane_font = 12 if width >= 760 else 11
    yaxis = dict(range=[plot_h, 0], tickmode="array", tickvals=[round(ln[1], 3) for ln in lanes],
                 ticktext=[_lane_ticktext(n, margin["l"] - 14, b, lane_font) for n, b in zip(lane_names, bands)],
                 showgrid=False, zeroline=False, automargin=False, fixedrange=True, tickfont=dict(size=lane_font))
    return xaxis, yaxis


def _add_mark_traces(fig: go.Figure, placed: pd.DataFrame, keys: Sequence[str], cmap: Mapping[str, str], *,
                     webgl: bool, axis: str, xval: Any) -> None:
    """One bar trace and one point trace per colour key (legend names escaped, legend groups raw)."""

    def xarr(px: np.ndarray) -> np.ndarray:
        # numpy arrays: Plotly validates and serialises them in bulk (fast at 100k marks)
        if axis == "collapsed":
            return np.round(np.asarray(px, dtype=float), 3)
        return np.array(xval(px), dtype=object)

    def custom(df: pd.DataFrame) -> np.ndarray:
        out = np.empty((len(df), 2), dtype=object)
        out[:, 0] = df["event_id"].to_numpy()
        out[:, 1] = df["n_sources"].to_numpy().astype(int)
        return out

    for key in keys:
        sub = placed[placed["color_key"] == key]
        bars = sub[sub["kind"] == "bar"]
        points = sub[sub["kind"] == "point"]
        col = cmap[key]
        shown = False
        common = dict(legendgroup=key, name=escape_plotly(key), hovertemplate="%{hovertext}<extra></extra>")
        if len(bars):
            y = np.round(bars["y"].to_numpy(dtype=float), 3)
            hover = bars["hover"].to_numpy(dtype=object)
            if not webgl:
                if axis == "collapsed":
                    base = xarr(bars["x0"].to_numpy())
                    length = np.round((bars["x1"] - bars["x0"]).to_numpy(dtype=float), 3)
                else:
                    base = np.array([pd.Timestamp(t).isoformat() for t in bars["start"]], dtype=object)
                    length = (to_datetime64(bars["end"]) - to_datetime64(bars["start"])).astype(float) * 1000.0  # ms
                fig.add_trace(go.Bar(
                    orientation="h", base=base, x=length, y=y, width=bars["size"].to_numpy(dtype=float),
                    marker=dict(color=_rgba(col, 0.75), line=dict(color=col, width=1)),
                    customdata=custom(bars), hovertext=hover, showlegend=True, **common,
                ))
            else:
                # WebGL has no bar trace: thick line segments separated by gaps, and a hover point per bar
                n = len(bars)
                x0 = xarr(bars["x0"].to_numpy())
                x1 = xarr(np.maximum(bars["x1"], bars["x0"] + 1).to_numpy())
                xs = np.full(3 * n, np.nan) if axis == "collapsed" else np.full(3 * n, None, dtype=object)
                xs[0::3], xs[1::3] = x0, x1
                ys = np.full(3 * n, np.nan)
                ys[0::3], ys[1::3] = y, y
                fig.add_trace(go.Scattergl(x=xs, y=ys, mode="lines", connectgaps=False,
                                           line=dict(color=_rgba(col, 0.75), width=8), hoverinfo="skip",
                                           legendgroup=key, name=escape_plotly(key), showlegend=True))
                fig.add_trace(go.Scattergl(
                    x=xarr(bars["xc"].to_numpy()), y=y, mode="markers", marker=dict(color=col, size=4),
                    customdata=custom(bars), hovertext=hover, showlegend=False, **common,
                ))
            shown = True
        if len(points):
            cls = go.Scattergl if webgl else go.Scatter
            fig.add_trace(cls(
                x=xarr(points["xc"].to_numpy()), y=np.round(points["y"].to_numpy(dtype=float), 3), mode="markers",
                marker=dict(color=col, size=points["size"].to_numpy(dtype=float), line=dict(color="white", width=1),
                            symbol="circle"),
                customdata=custom(points), hovertext=points["hover"].to_numpy(dtype=object),
                showlegend=not shown, **common,
            ))


def _draw_eras(era_frame: pd.DataFrame, xmap: Any, plot_w: float, xval: Any, shapes: list, annotations: list,
               obstacles: list) -> None:
    lo_d, hi_d = (float(v) for v in xmap.to_days([0, plot_w]))
    level_end = [-1e9, -1e9]
    for r in era_frame.itertuples(index=False):
        s = max(float(_days([r.start])[0]), lo_d)
        e = min(float(_days([r.end])[0]) if not pd.isna(r.end) else hi_d, hi_d)
        if e <= s:
            continue
        x0, x1 = (float(v) for v in xmap.to_x([s, e]))
        shapes.append(dict(type="rect", xref="x", yref="paper", x0=xval(np.array([x0]))[0], x1=xval(np.array([x1]))[0],
                           y0=0, y1=1, fillcolor=_rgba(r.color, 0.10), line=dict(width=0), layer="below"))
        text = r.era
        avail = x1 - x0 - 4
        while text and _label_box_size(text, 10)[0] > avail:
            text = _truncate(text, len(text) - 1) if len(text) > 2 else ""
        if len(text) < min(len(r.era), 10):
            continue  # too narrow for a useful label; the shading stays
        w, h = _label_box_size(text, 10)
        cx = (x0 + x1) / 2
        level = 0 if level_end[0] + 4 <= cx - w / 2 else (1 if level_end[1] + 4 <= cx - w / 2 else None)
        if level is None:
            continue
        level_end[level] = cx + w / 2
        y0 = 2 + level * ERA_STRIP_PX
        obstacles.append(Box(cx - w / 2, y0, cx + w / 2, y0 + h))
        annotations.append(dict(x=xval(np.array([cx]))[0], y=y0 + h / 2, xref="x", yref="y", text=escape_plotly(text),
                                showarrow=False, xanchor="center", yanchor="middle",
                                font=dict(size=10, color="rgba(0,0,0,0.65)"), borderpad=2, name="era"))


def _break_labels(xmap: Any, levels: int = 4) -> list[tuple[str, int, float]]:
    """Label text, level and centre of every break that gets a label (all, up to ``levels`` levels)."""
    out = []
    level_end = [-1e9] * levels
    for s, e, x0, x1 in xmap.breaks:
        text = _duration(e - s)
        w, _ = _label_box_size(text, 10)
        cx = (x0 + x1) / 2
        free = [k for k in range(levels) if level_end[k] + 4 <= cx - w / 2]
        if not free:
            continue
        level_end[free[0]] = cx + w / 2
        out.append((text, free[0], cx))
    return out


def _draw_breaks(xmap: Any, labels: list, plot_h: float, shapes: list, annotations: list, obstacles: list) -> None:
    for s, e, x0, x1 in xmap.breaks:
        shapes.append(dict(type="rect", xref="x", yref="paper", x0=x0, x1=x1, y0=0, y1=1,
                           fillcolor="rgba(120,120,120,0.10)", line=dict(width=0), layer="below", name="break"))
        for xe in (x0, x1):
            shapes.append(dict(type="line", xref="x", yref="paper", x0=xe, x1=xe, y0=0, y1=1,
                               line=dict(color="rgba(90,90,90,0.45)", width=1, dash="dot"), layer="below"))
        zig = " ".join(f"L{x0 + (x1 - x0) * k / 6:.2f},{(-0.012 if k % 2 else 0.012):.3f}" for k in range(1, 6))
        shapes.append(dict(type="path", xref="x", yref="paper", path=f"M{x0:.2f},0 {zig} L{x1:.2f},0",
                           line=dict(color="rgba(60,60,60,0.8)", width=1.5)))
    for text, level, cx in labels:
        w, h = _label_box_size(text, 10)
        yb = plot_h - 2 - level * BREAK_STRIP_PX
        obstacles.append(Box(cx - w / 2, yb - h, cx + w / 2, yb))
        annotations.append(dict(x=cx, y=yb - h / 2, xref="x", yref="y", text=escape_plotly(text), showarrow=False,
                                xanchor="center", yanchor="middle", font=dict(size=10, color="rgba(40,40,40,0.9)"),
                                bgcolor="rgba(255,255,255,0.8)", borderpad=2, name="break"))


def _preset_specs(presets: Sequence[tuple[str, str | None, str | None]], placed: pd.DataFrame, xmap: Any, *,
                  axis: str, plot_w: float, extra: np.ndarray) -> list[dict[str, Any]]:
    """Each preset inside the data as ``{"label", "args"}`` (the ``relayout`` arguments)."""
    out = []
    data_lo = placed["start"].min() if len(placed) else None
    data_hi = placed["end"].max() if len(placed) else None
    for label, a, b in presets:
        lo_t = _range_bound(a, upper=False)
        hi_t = _range_bound(b, upper=True)
        if data_lo is not None and ((lo_t is not None and lo_t >= data_hi) or (hi_t is not None and hi_t <= data_lo)):
            continue
        if axis == "collapsed":
            x_lo = 0.0 if lo_t is None else max(0.0, float(xmap.to_x([lo_t])[0]) - 4)
            x_hi = plot_w if hi_t is None else min(plot_w, float(xmap.to_x([hi_t])[0]) + 4)
            tv, tt = axis_ticks(xmap, x_range=(x_lo, x_hi), px_width=plot_w, extra_days=extra)
            args = {"xaxis.range": [round(x_lo, 3), round(x_hi, 3)], "xaxis.tickvals": [round(v, 3) for v in tv],
                    "xaxis.ticktext": tt}
        else:
            full = xmap.to_days([0, plot_w])
            lo_s = lo_t.isoformat() if lo_t is not None else _to_timestamp(float(full[0])).isoformat()
            hi_s = hi_t.isoformat() if hi_t is not None else _to_timestamp(float(full[1])).isoformat()
            args = {"xaxis.range": [lo_s, hi_s]}
        out.append({"label": label, "args": args})
    return out


def _scale_meta(xmap: Any, axis: str) -> dict[str, Any]:
    """The time → x map for the page's script (re-ticking on zoom, the real-time overview)."""
    if axis != "collapsed":
        return {}
    return {
        "knots": [round(float(v), 4) for v in xmap.knots],
        "xs": [round(float(v), 3) for v in xmap.xs],
        "breaks": [[round(x0, 3), round(x1, 3)] for _, _, x0, x1 in xmap.breaks],
    }


# --------------------------------------------------------------------------- density


def prepare_density(events: pd.DataFrame, *, freq: str = "M", lane: str = E.lane) -> pd.DataFrame:
    """Count events per period and lane (each event once, at its start).

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame (one row per quote; events are counted once).
    freq : str
        A pandas period frequency: ``"M"`` (month), ``"Q"``, ``"Y"``, ``"W"``, ``"D"``.
    lane : str
        Column giving the lane.

    Returns
    -------
    pandas.DataFrame
        Columns ``period`` (Timestamp of the period start), ``lane`` and
        ``count``; one row per non-empty (period, lane), sorted.
    """
    if len(events) == 0:
        return pd.DataFrame({"period": pd.Series([], dtype=DATETIME_DTYPE), "lane": [], "count": pd.Series([], dtype=int)})
    first = events.drop_duplicates(E.event_id)
    # the first day of each period as its day number (Period.start_time is in nanoseconds: no day before 1677)
    days = pd.Series(to_datetime64(first[E.start])).dt.to_period(freq).dt.asfreq("D", how="start").array.asi8
    out = (
        pd.DataFrame({"period": days.astype("datetime64[D]").astype(DATETIME_DTYPE),
                      "lane": first[lane].astype(str).to_numpy()})
        .groupby(["period", "lane"], sort=True)
        .size()
        .rename("count")
        .reset_index()
    )
    return out


def timeline_density(
    events: pd.DataFrame,
    *,
    freq: str = "M",
    lane: str = E.lane,
    lane_order: Sequence[str] | None = None,
    kind: str = "heatmap",
    width: int = 1400,
    height: int | None = None,
    title: str | None = None,
) -> go.Figure:
    """Aggregated view for very large frames: events per period and lane.

    Drill down by filtering and drawing the subset, e.g.
    ``timeline(filters.between(events, "2021-12", "2022-02"))``.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    freq : str
        Period frequency (see :func:`prepare_density`).
    lane : str
        Column giving the lane.
    lane_order : sequence of str, optional
        Lanes from top to bottom.
    kind : {"heatmap", "bar"}
        A heatmap (lanes × periods) or stacked bars per period.
    width, height : int
        Figure size in pixels.
    title : str, optional

    Returns
    -------
    plotly.graph_objects.Figure
    """
    dens = prepare_density(events, freq=freq, lane=lane)
    lanes = _lane_names(events, lane, lane_order)
    fig = go.Figure()
    if kind == "heatmap":
        periods = sorted(dens["period"].unique())
        z = dens.pivot(index="lane", columns="period", values="count").reindex(index=lanes, columns=periods).fillna(0)
        fig.add_trace(go.Heatmap(
            x=[pd.Timestamp(p).isoformat() for p in periods], y=lanes, z=z.to_numpy().astype(int).tolist(),
            colorscale="Blues", colorbar=dict(title="events"),
            hovertemplate="%{y}<br>%{x}<br>%{z} events<extra></extra>",
        ))
        fig.update_yaxes(autorange="reversed")
    elif kind == "bar":
        for i, name in enumerate(lanes):
            sub = dens[dens["lane"] == name]
            fig.add_trace(go.Bar(x=[pd.Timestamp(p).isoformat() for p in sub["period"]], y=sub["count"].tolist(),
                                 name=name, marker_color=PALETTE[i % len(PALETTE)], legendgroup=name,
                                 hovertemplate=f"{escape_plotly(name)}<br>%{{x}}<br>%{{y}} events<extra></extra>"))
        fig.update_layout(barmode="stack")
    else:
        raise ValueError(f"kind must be 'heatmap' or 'bar', not {kind!r}")
    fig.update_layout(width=width, height=height or max(320, 140 + 40 * len(lanes)), title=title,
                      font=dict(family=FONT_FAMILY, size=12), xaxis=dict(type="date"),
                      meta=dict(freq=freq, kind=kind))
    return fig


# --------------------------------------------------------------------------- sources and narratives


def _article_labels(articles: Any, ids: Sequence[str]) -> list[str]:
    by_id = _article_index(articles)
    labels = []
    for art_id in ids:
        art = by_id.get(art_id)
        title = getattr(art, "title", "") if art is not None else ""
        labels.append(_truncate(title, 40) if title else art_id)
    return labels


def coverage_heatmap(
    events: pd.DataFrame, *, articles: Any = None, width: int | None = 1100, height: int | None = None, title: str | None = None
) -> go.Figure:
    """Which article quotes which event: a heatmap of quote counts (events × articles).

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    articles : sequence or mapping of Article, optional
        Gives every article a column (also those that quote nothing) and
        titles for the axis.
    width, height : int
        Figure size in pixels; the default height fits the events.
    title : str, optional

    Returns
    -------
    plotly.graph_objects.Figure
    """
    from .report import coverage

    matrix = coverage(events, articles)
    labels = _article_labels(articles, list(matrix.columns))
    rows = [escape_plotly(_truncate(r, 70)) for r in matrix.index]
    fig = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(),
            x=[escape_plotly(l) for l in labels],
            y=rows,
            colorscale="Blues",
            zmin=0,
            xgap=2,
            ygap=2,
            colorbar={"title": {"text": "quotes"}},
            hovertemplate="%{y}<br>%{x}: %{z} quote(s)<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(side="top", automargin=True)
    fig.update_layout(
        width=width, height=height or 160 + 22 * len(rows), template="plotly_white",
        # the title at the very top: the rotated article titles fill the rest of the top margin
        title=dict(text=escape_plotly(title), x=0, xanchor="left", yref="container", y=1, yanchor="top",
                   pad={"t": 10}) if title else None,
        margin={"l": 10, "r": 10, "t": 120 if title is None else 160, "b": 10},
    )
    return fig


def _stack_levels(starts: np.ndarray, ends: np.ndarray, min_days: float) -> list[int]:
    """Greedy levels so that no two marks of one row overlap in time (each at least ``min_days`` long)."""
    level_end: list[float] = []
    out: list[int] = []
    for s, e in zip(starts, ends):
        e = max(e, s + min_days)
        k = next((k for k, last in enumerate(level_end) if s >= last), len(level_end))
        if k == len(level_end):
            level_end.append(e)
        level_end[k] = e
        out.append(k)
    return out


def source_timelines(
    events: pd.DataFrame,
    *,
    articles: Any = None,
    color_discrete_map: Mapping[str, str] | None = None,
    width: int | None = 1100,
    height: int | None = None,
    title: str | None = None,
) -> go.Figure:
    """The articles' timelines side by side: one band per article, one mark per event it quotes.

    On a linear date axis each event spans its period (a day is a dot, a
    month or a year a bar from its first to its last day); events of one
    article that would overlap (same period, or closer than about 1 % of the
    axis) are stacked inside the article's band instead of drawn on one
    spot. Coloured by lane; the hover gives the event, the date as the
    article wrote it and the full quote.

    Parameters
    ----------
    events : pandas.DataFrame
    articles : sequence or mapping of Article, optional
        Titles for the rows (else article ids).
    color_discrete_map : mapping, optional
        Colour per lane (see :func:`lane_colors`); default by lane order.
    width, height : int
        ``width=None`` fills the container.
    title : str, optional

    Returns
    -------
    plotly.graph_objects.Figure
    """
    sources = sorted(events[E.source].unique())
    labels = dict(zip(sources, _article_labels(articles, sources)))
    colors = dict(lane_colors(events), **dict(color_discrete_map or {}))
    rows = _by_date(events).copy()
    s_days, e_days = _days(rows[E.start]), _days(rows[E.end]) - 1.0
    min_days = max(float(e_days.max() - s_days.min()) if len(rows) else 0.0, 30.0) * 0.012
    rows["level"], rows["y"], ticks, base = 0, 0.0, [], 0.0
    for source in sources:
        mask = (rows[E.source] == source).to_numpy()
        levels = _stack_levels(s_days[mask], e_days[mask], min_days)
        rows.loc[mask, "y"] = [base + 0.35 * k for k in levels]
        ticks.append(base + 0.35 * max(levels) / 2)
        base += 0.35 * max(levels) + 1.0
    rows["x0"], rows["x1"] = rows[E.start], rows[E.end] - np.timedelta64(1, "D")  # pd.Timedelta: nanoseconds
    fig = go.Figure()
    for lane_name in _lane_names(events, E.lane, None):
        sub = rows[rows[E.lane] == lane_name]
        hover = [
            "<b>" + escape_plotly(r.title) + "</b><br>" + escape_plotly(r.date_text or r.date) + " → "
            + escape_plotly(period_label(r.date)) + "<br>" + _wrapped(r.quote)
            for r in sub.itertuples()
        ]
        spans = sub[sub["x1"] > sub["x0"]]
        xs = [v for r in spans.itertuples() for v in (r.x0, r.x1, None)]
        ys = [v for y in spans["y"] for v in (y, y, None)]
        col = colors.get(lane_name, PALETTE[0])
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": _rgba(col, 0.6), "width": 7},
                                 legendgroup=lane_name, showlegend=False, hoverinfo="skip", name=escape_plotly(lane_name)))
        fig.add_trace(
            go.Scatter(
                x=sub["x0"] + (sub["x1"] - sub["x0"]) / 2,
                y=sub["y"],
                mode="markers",
                name=escape_plotly(lane_name),
                legendgroup=lane_name,
                marker={"size": 9, "color": col, "line": {"width": 1, "color": "white"}},
                customdata=sub[[E.event_id]].to_numpy(),
                hovertext=hover,
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    fig.update_yaxes(tickmode="array", tickvals=ticks, ticktext=[escape_plotly(labels[s]) for s in sources],
                     range=[base - 0.5, -0.5], automargin=True, showgrid=False, zeroline=False)
    fig.update_xaxes(type="date", title="event date (bar: the period the text allows · dot: a day)")
    fig.update_layout(
        width=width, height=height or 160 + 40 * base, title=escape_plotly(title) if title else None,
        template="plotly_white",
        legend={"orientation": "h", "y": -0.2, "yanchor": "top"}, margin={"l": 10, "r": 10, "t": 50, "b": 10},
    )
    return fig


def publication_lag_plot(
    events: pd.DataFrame, *, articles: Any, width: int | None = 1100, height: int = 520, title: str | None = None
) -> go.Figure:
    """Publication date against event date, one point per quote, log-scaled lag.

    Points near the diagonal are news; points far below are history the
    article recalls. Quotes from articles without a known publication date
    are left out.

    Parameters
    ----------
    events : pandas.DataFrame
    articles : sequence or mapping of Article
    width, height : int
    title : str, optional

    Returns
    -------
    plotly.graph_objects.Figure
    """
    from .report import publication_lag

    lag = publication_lag(events, articles)
    labels = dict(zip(lag["source"].unique(), _article_labels(articles, list(lag["source"].unique()))))
    fig = go.Figure()
    for i, (source, rows) in enumerate(lag.groupby("source", sort=True)):
        fig.add_trace(
            go.Scatter(
                x=rows["event_start"],
                y=rows["lag_days"].clip(lower=1),
                mode="markers",
                name=escape_plotly(labels[source]),
                marker={"size": 10, "color": PALETTE[i % len(PALETTE)]},
                customdata=rows[["event_id"]].to_numpy(),
                hovertext=[
                    f"<b>{escape_plotly(t)}</b><br>published {p:%Y-%m-%d}, {d} days after the event's start"
                    for t, p, d in zip(rows["title"], rows["published"], rows["lag_days"])
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    fig.update_xaxes(type="date", title="event date (start of its period)")
    fig.update_yaxes(type="log", title="days from event to publication")
    fig.update_layout(width=width, height=height, title=escape_plotly(title) if title else None, template="plotly_white",
                      margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig
