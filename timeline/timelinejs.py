"""Export to and import from Knight Lab's TimelineJS (version 3).

TimelineJS reads a JSON object ``{"events": [slide, ...], "eras": [...],
"title": slide}`` where a slide has ``start_date``/``end_date`` objects
(``year``, ``month``, ``day``, ``hour`` …), ``text`` (``headline`` and
``text``, both HTML), ``group``, ``display_date``, ``unique_id``, ``media``,
``background`` and ``autolink``; or the equivalent Google-spreadsheet CSV
template (columns in :data:`SHEET_COLUMNS`).

:func:`to_timelinejs` writes one slide per event:

* dates at the event's precision: ``YYYY`` gives ``{year}``, ``YYYY-MM``
  ``{year, month}``, ``YYYY-MM-DD`` ``{year, month, day}``. TimelineJS has no
  week, season, quarter, half-year, decade or century: those become the first
  and last day (or year, for decades and centuries) of the period, with
  ``display_date`` naming the period ("week 2 of 2022", "1990s");
* ``text.headline``: the title, HTML-escaped;
* ``text.text``: the quotes and their citations as escaped HTML, with the
  machine-readable parts (date values, source, offsets, date as written,
  actors, tags, note) in ``data-`` attributes of a ``div.tlx-event`` and its
  ``blockquote.tlx-quote`` children, so that :func:`from_timelinejs` gets
  every column back;
* ``group``: the lane. TimelineJS strips markup from ``group`` and
  ``display_date`` and then writes them as HTML, so they are escaped twice;
* ``unique_id``: the event id; ``autolink`` is off (it would shorten long
  URLs in the shown text).

What TimelineJS itself cannot hold (kept only in our ``data-`` attributes, and
so lost when a slide is edited by hand or made elsewhere): week, season,
quarter, half-year, decade and century precision; several quotes of one
event with their articles and character offsets; the date as written; actors,
tags and notes; leading or trailing spaces of a lane (TimelineJS trims
``group``); carriage returns (HTML turns them into line feeds); a NUL
character. Slides made elsewhere are read with ``source`` ``"timelinejs"`` and
the slide text (or headline) as the quote.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import html
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from .articles import Article, articles_by_id
from .events import events_from_records
from .events import EventSchema as E
from .export import citation_html, escape_html, fill_template, find_node_modules, page_template, script_json
from .fileio import atomic_write_text
from .textio import csv_text
from .periods import parse_period, period_label
from .ranges import default_title

__all__ = [
    "SHEET_COLUMNS",
    "TIMELINEJS_PACKAGE",
    "from_timelinejs",
    "timelinejs_html",
    "timelinejs_sheet_csv",
    "to_timelinejs",
    "write_timelinejs",
    "write_timelinejs_html",
]

TIMELINEJS_PACKAGE = "@knight-lab/timelinejs"
#: Columns of TimelineJS's Google-spreadsheet template, in order.
SHEET_COLUMNS: tuple[str, ...] = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
    "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
)  # fmt: skip
DEFAULT_SOURCE = "timelinejs"
DEFAULT_LANE = "TimelineJS"
_EXACT = {"year": ("year",), "month": ("year", "month"), "day": ("year", "month", "day")}


# --------------------------------------------------------------------------- dates


def _date_obj(day: dt.date, fields: Sequence[str]) -> dict[str, str]:
    values = {"year": str(day.year), "month": str(day.month), "day": str(day.day)}
    return {f: values[f] for f in fields}


def _bound(p, *, last: bool) -> dict[str, str]:
    """A TimelineJS date object for the first (or last) part of a period, at the finest precision it holds."""
    if p.precision in _EXACT:
        return _date_obj(p.start, _EXACT[p.precision])
    day = p.end - dt.timedelta(days=1) if last else p.start
    return _date_obj(day, ("year",) if p.precision in ("decade", "century") else _EXACT["day"])


def _slide_dates(date: str, end_date: str) -> tuple[dict[str, str], dict[str, str] | None, str]:
    """``start_date``, ``end_date`` (or None) and ``display_date`` (plain text, "" if none)."""
    p = parse_period(date)
    q = parse_period(end_date) if end_date else None
    start = _bound(p, last=False)
    if q is not None:
        last: dict[str, str] | None = _bound(q, last=True)
    elif p.precision in _EXACT:
        last = None
    else:
        last = _bound(p, last=True)
    display = ""
    if p.precision not in _EXACT or (q is not None and q.precision not in _EXACT):
        display = period_label(date) + (f" – {period_label(end_date)}" if end_date else "")
    return start, last, display


def _date_value(obj: Mapping[str, Any] | None) -> str:
    """A period value from a TimelineJS date object ("" when there is no year)."""
    if not obj:
        return ""
    def num(key: str) -> int | None:
        v = str(obj.get(key, "") or "").strip().replace(",", "")
        return int(v) if re.fullmatch(r"-?\d+", v) else None

    year, month, day = num("year"), num("month"), num("day")
    if year is None:
        return ""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


# --------------------------------------------------------------------------- export


def _event_text(group: Sequence[Mapping[str, Any]], articles: Mapping[str, Article]) -> str:
    first = group[0]
    parts = [
        f'<div class="tlx-event" data-event-id="{escape_html(first[E.event_id])}" '
        f'data-date="{escape_html(first[E.date])}" '
        f'data-end-date="{escape_html(first[E.end_date])}">'
    ]
    for row in group:
        source = str(row[E.source])
        written = ""
        if row[E.date_text]:
            written = f' <span class="tlx-date-text">(date as written: &ldquo;{escape_html(row[E.date_text])}&rdquo;)</span>'
        attrs = " ".join(
            f'data-{name}="{escape_html(row[col])}"'
            for name, col in (
                ("source", E.source), ("quote-start", E.quote_start), ("quote-end", E.quote_end),
                ("date-text", E.date_text), ("actors", E.actors), ("tags", E.tags), ("note", E.note),
            )
        )  # fmt: skip
        nuls = [str(k) for k, ch in enumerate(str(row[E.quote])) if ch == "\x00"]
        if nuls:  # shown as U+2400 (a browser drops NUL): where they were, so that the quote reads back exactly
            attrs += f' data-nul="{",".join(nuls)}"'
        parts.append(
            f'<blockquote class="tlx-quote" {attrs}><p class="tlx-quote-text">{escape_html(row[E.quote])}</p>'
            f'<p class="tlx-citation">{citation_html(source, articles.get(source), int(row[E.quote_start]), int(row[E.quote_end]))}'
            f"{written}</p></blockquote>"
        )
    parts.append("</div>")
    return "".join(parts)


def _with_nuls(text: str, positions: str) -> str:
    # The NULs a quote held (``data-nul``), put back where the page shows U+2400.
    chars = list(text)
    for k in (int(p) for p in positions.split(",") if p.strip().isdigit()):
        if k < len(chars) and chars[k] == "\u2400":
            chars[k] = "\x00"
    return "".join(chars)


def _eras(eras: pd.DataFrame | str | os.PathLike[str] | None, latest: dt.date | None) -> list[dict[str, Any]]:
    if eras is None:
        return []
    df = eras.copy() if isinstance(eras, pd.DataFrame) else pd.read_csv(eras, dtype=str, keep_default_na=False)
    out = []
    for row in df.to_dict("records"):
        start = parse_period(str(row["start"]))
        end_value = str(row.get("end", "") or "")
        if end_value:
            end = parse_period(end_value)
            end_obj = _date_obj(end.end - dt.timedelta(days=1), _EXACT.get(end.precision, _EXACT["day"]))
        elif latest is not None:
            end_obj = _date_obj(latest, _EXACT["day"])
        else:
            continue
        out.append(
            {
                "start_date": _date_obj(start.start, _EXACT.get(start.precision, _EXACT["day"])),
                "end_date": end_obj,
                "text": {"headline": escape_html(row["era"]), "text": ""},
            }
        )
    return out


def to_timelinejs(
    events: pd.DataFrame,
    *,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
    eras: pd.DataFrame | str | os.PathLike[str] | None = None,
    title: str | None = None,
) -> dict[str, Any]:
    """An events frame as TimelineJS JSON: one slide per event.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame (one row per quote).
    articles : mapping or sequence of Article, optional
        Cited in each slide's text (title, outlet, publication date).
    eras : DataFrame or path-like, optional
        Columns ``era``, ``start``, ``end`` (period values, ``end`` inclusive,
        may be empty for an ongoing era), as for :func:`timeline.plot.read_eras`.
    title : str, optional
        A title slide (TimelineJS shows it first; it is not an event).

    Returns
    -------
    dict
        ``{"events": [...], "eras": [...], "scale": "human"}`` (plus
        ``"title"`` when given), ready for ``json.dumps`` and
        ``new TL.Timeline(el, data)``. See the module docstring for what
        each field holds.
    """
    by_id = articles_by_id(articles)
    slides = []
    latest: dt.date | None = None
    columns = list(events.columns)
    by_event: dict[str, list[dict]] = {}  # one pass over plain column lists; events in order of first appearance
    for values in zip(*(events[c].tolist() for c in columns)):
        rec = dict(zip(columns, values))
        by_event.setdefault(rec[E.event_id], []).append(rec)
    for event_id, group in by_event.items():
        first = group[0]
        start, end, display = _slide_dates(str(first[E.date]), str(first[E.end_date] or ""))
        slide: dict[str, Any] = {
            "unique_id": str(event_id),
            "start_date": start,
            "text": {"headline": escape_html(first[E.title]), "text": _event_text(group, by_id)},
            "group": escape_html(escape_html(first[E.lane])),
            "autolink": False,
        }
        if end is not None:
            slide["end_date"] = end
        if display:
            slide["display_date"] = escape_html(escape_html(display))
        slides.append(slide)
        last_day = (pd.Timestamp(first[E.end]) - dt.timedelta(days=1)).date() if E.end in first else None
        if last_day is not None and (latest is None or last_day > latest):
            latest = last_day
    data: dict[str, Any] = {"events": slides, "eras": _eras(eras, latest), "scale": "human"}
    if title:
        data["title"] = {"text": {"headline": escape_html(title), "text": ""}, "autolink": False}
    return data


def write_timelinejs(
    events: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
    eras: pd.DataFrame | str | os.PathLike[str] | None = None,
    title: str | None = None,
) -> Path:
    """Write :func:`to_timelinejs` as JSON (sorted keys, UTF-8), atomically.

    Parameters
    ----------
    events, articles, eras, title
        As for :func:`to_timelinejs`.
    path : path-like
        Destination; a ``.csv`` suffix writes the spreadsheet template
        (:func:`timelinejs_sheet_csv`) instead.

    Returns
    -------
    pathlib.Path
    """
    data = to_timelinejs(events, articles=articles, eras=eras, title=title)
    if Path(path).suffix.lower() == ".csv":
        return atomic_write_text(path, timelinejs_sheet_csv(data))
    return atomic_write_text(path, json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1) + "\n")


def timelinejs_sheet_csv(data: Mapping[str, Any]) -> str:
    """TimelineJS JSON as its Google-spreadsheet template CSV.

    Parameters
    ----------
    data : mapping
        TimelineJS JSON (as from :func:`to_timelinejs`).

    Returns
    -------
    str
        CSV text with the :data:`SHEET_COLUMNS` header; the title slide has
        ``Type`` ``title`` and eras ``era``.
    """
    rows: list[dict[str, str]] = []

    def row(slide: Mapping[str, Any], kind: str = "") -> dict[str, str]:
        s, e = slide.get("start_date") or {}, slide.get("end_date") or {}
        text = slide.get("text") or {}
        return {
            "Year": s.get("year", ""), "Month": s.get("month", ""), "Day": s.get("day", ""), "Time": "",
            "End Year": e.get("year", ""), "End Month": e.get("month", ""), "End Day": e.get("day", ""),
            "End Time": "", "Display Date": slide.get("display_date", ""), "Headline": text.get("headline", ""),
            "Text": text.get("text", ""), "Media": "", "Media Credit": "", "Media Caption": "",
            "Media Thumbnail": "", "Type": kind, "Group": slide.get("group", ""), "Background": "",
        }  # fmt: skip

    if data.get("title"):
        rows.append(row(data["title"], "title"))
    rows += [row(slide) for slide in data.get("events", [])]
    rows += [row(era, "era") for era in data.get("eras", [])]
    return csv_text([list(SHEET_COLUMNS), *([r[c] for c in SHEET_COLUMNS] for r in rows)])  # a lone \r is quoted too


# --------------------------------------------------------------------------- import


class _TextParser(HTMLParser):
    """Plain text of an HTML fragment, and our ``tlx-`` data attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.event: dict[str, str] | None = None
        self.quotes: list[dict[str, str]] = []
        self._in_quote_text = 0
        self._quote_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        classes = a.get("class", "").split()
        if "tlx-event" in classes and self.event is None:
            self.event = a
        elif "tlx-quote" in classes:
            self.quotes.append(dict(a, _text=""))
        elif "tlx-quote-text" in classes and self.quotes:
            self._in_quote_text = 1
            self._quote_text = []
        elif self._in_quote_text:
            self._in_quote_text += 1

    def handle_endtag(self, tag: str) -> None:
        if self._in_quote_text:
            self._in_quote_text -= 1
            if not self._in_quote_text:
                self.quotes[-1]["_text"] = "".join(self._quote_text)

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_quote_text:
            self._quote_text.append(data)


def _parse(fragment: str) -> _TextParser:
    parser = _TextParser()
    parser.feed(fragment or "")
    parser.close()
    return parser


def _plain(fragment: str) -> str:
    """What TimelineJS shows for an HTML field: tags dropped, entities decoded."""
    return "".join(_parse(fragment).text)


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "event"


def _sheet_to_json(text: str) -> dict[str, Any]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    data: dict[str, Any] = {"events": [], "eras": []}
    for rec in reader:
        rec = {k: (v or "").strip() for k, v in rec.items() if k is not None}
        if not any(rec.values()):
            continue

        def date(prefix: str) -> dict[str, str] | None:
            year = rec.get(f"{prefix}Year", "")
            if not year:
                return None
            return {k: rec.get(f"{prefix}{k.title()}", "") for k in ("year", "month", "day") if rec.get(f"{prefix}{k.title()}", "")}

        slide: dict[str, Any] = {
            "text": {"headline": rec.get("Headline", ""), "text": rec.get("Text", "")},
            "group": rec.get("Group", "") or rec.get("Tag", ""),
            "display_date": rec.get("Display Date", ""),
        }
        if date(""):
            slide["start_date"] = date("")
        if date("End "):
            slide["end_date"] = date("End ")
        kind = rec.get("Type", "").lower()
        if kind == "title":
            data["title"] = slide
        elif kind == "era":
            data["eras"].append(slide)
        else:
            data["events"].append(slide)
    return data


def from_timelinejs(data_or_path: Mapping[str, Any] | str | os.PathLike[str]) -> pd.DataFrame:
    """Read TimelineJS JSON or its spreadsheet-template CSV back into an events frame.

    Slides written by :func:`to_timelinejs` come back with every column
    (dates at their original precision, every quote with its source, offsets,
    date as written, actors, tags, note). Other slides: the date at the
    precision of the date object (year, month or day; ``end_date`` likewise),
    the headline as title (markup dropped, entities decoded), the group as
    lane (``"TimelineJS"`` when empty), ``unique_id`` (or our ``data-event-id``, as the
    spreadsheet has no id column) or a slug of the headline as event id, and one quote: the slide's text without markup (or
    the headline), source ``"timelinejs"``, offsets ``0`` to its length. The
    title slide and eras are not events and are skipped; slides without a
    start year are skipped, as TimelineJS does.

    Parameters
    ----------
    data_or_path : mapping or path-like
        The JSON object, or a ``.json`` or ``.csv`` file.

    Returns
    -------
    pandas.DataFrame
        A validated events frame (see :mod:`timeline.events`).

    Raises
    ------
    timeline.events.EventsValidationError
        When the slides make an invalid frame (e.g. an impossible date).
    """
    if isinstance(data_or_path, Mapping):
        data = data_or_path
    else:
        path = Path(data_or_path)
        text = path.read_text(encoding="utf-8-sig")
        data = _sheet_to_json(text) if path.suffix.lower() == ".csv" else json.loads(text)
    records: list[dict[str, Any]] = []
    used: set[str] = set()
    for slide in data.get("events", []):
        start_value = _date_value(slide.get("start_date"))
        if not start_value:
            continue
        text = slide.get("text") or {}
        parsed = _parse(text.get("text", "") or "")
        title = _plain(text.get("headline", "") or "")
        lane = html.unescape(_plain(str(slide.get("group", "") or ""))) or DEFAULT_LANE
        event_id = str(slide.get("unique_id") or (parsed.event or {}).get("data-event-id", ""))
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", event_id):
            event_id = _slug(event_id or title)
        base, n = event_id, 2
        while event_id in used:
            event_id, n = f"{base}-{n}", n + 1
        used.add(event_id)
        if parsed.event is not None and parsed.quotes:
            date = parsed.event.get("data-date", start_value)
            end_date = parsed.event.get("data-end-date", "")
            for q in parsed.quotes:
                records.append(
                    {
                        E.event_id: event_id, E.date: date, E.end_date: end_date, E.title: title, E.lane: lane,
                        E.source: q.get("data-source", DEFAULT_SOURCE), E.quote: _with_nuls(q["_text"], q.get("data-nul", "")),
                        E.quote_start: int(q.get("data-quote-start") or 0), E.quote_end: int(q.get("data-quote-end") or 0),
                        E.date_text: q.get("data-date-text", ""), E.actors: q.get("data-actors", ""),
                        E.tags: q.get("data-tags", ""), E.note: q.get("data-note", ""),
                    }  # fmt: skip
                )
            continue
        end_value = _date_value(slide.get("end_date"))
        if end_value == start_value:
            end_value = ""
        quote = "".join(parsed.text).strip() or title or event_id
        records.append(
            {
                E.event_id: event_id, E.date: start_value, E.end_date: end_value, E.title: title or event_id,
                E.lane: lane, E.source: DEFAULT_SOURCE, E.quote: quote, E.quote_start: 0, E.quote_end: len(quote),
                E.date_text: "", E.actors: "", E.tags: "", E.note: "",
            }  # fmt: skip
        )
    return events_from_records(records)


# --------------------------------------------------------------------------- viewer page


def _timelinejs_dist() -> Path:
    folder = find_node_modules(TIMELINEJS_PACKAGE)
    if folder is None:
        raise FileNotFoundError(
            f"{TIMELINEJS_PACKAGE} is not installed: run `npm ci` in the project (setup.sh does) "
            "or set $TIMELINE_NODE_MODULES"
        )
    return folder / TIMELINEJS_PACKAGE / "dist"


def _timelinejs_css(dist: Path) -> str:
    css = (dist / "css" / "timeline.css").read_text(encoding="utf-8")
    woff2 = base64.b64encode((dist / "css" / "icons" / "tl-icons.woff2").read_bytes()).decode("ascii")

    # The icon font, inlined: only woff2 (every current browser), nothing fetched.
    def src(m: re.Match[str]) -> str:
        return f"src:url(data:font/woff2;base64,{woff2}) format(\"woff2\")"

    css = re.sub(r"src:\s*url\([^)]*tl-icons\.eot\)\s*;?\s*src:[^;}]*", src, css)
    css = re.sub(r"url\((?!data:)[^)]*\)", "none", css)
    return css.replace("</", "<\\/")


def timelinejs_html(
    events: pd.DataFrame,
    *,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
    eras: pd.DataFrame | str | os.PathLike[str] | None = None,
    title: str | None = None,
) -> str:
    """The text of the offline TimelineJS viewer page (see :func:`write_timelinejs_html`).

    Parameters
    ----------
    events, articles, eras, title
        As for :func:`to_timelinejs`.

    Returns
    -------
    str

    Raises
    ------
    FileNotFoundError
        When ``@knight-lab/timelinejs`` is not installed in ``node_modules``.
    """
    from .export import read_script

    dist = _timelinejs_dist()
    data = to_timelinejs(events, articles=articles, eras=eras, title=title)
    return fill_template(
        page_template("timelinejs.html"),
        {
            "TITLE": escape_html(title or default_title(events)),
            "TIMELINE_CSS": _timelinejs_css(dist),
            "PAGE_CSS": page_template("timelinejs.css"),
            "TIMELINE_JS": read_script(dist / "js" / "timeline.js"),
            "DATA_JSON": script_json(data),
        },
    )


def write_timelinejs_html(
    events: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
    eras: pd.DataFrame | str | os.PathLike[str] | None = None,
    title: str | None = None,
) -> Path:
    """Write a self-contained TimelineJS viewer page, atomically.

    TimelineJS's JavaScript and CSS (and its icon font) are inlined from
    ``node_modules/@knight-lab/timelinejs/dist``; fonts, themes, languages and
    analytics are not loaded, so the page works from ``file://`` offline.
    The same inputs give the same bytes.

    Parameters
    ----------
    events, articles, eras, title
        As for :func:`to_timelinejs`.
    path : path-like
        Destination HTML file.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    FileNotFoundError
        When ``@knight-lab/timelinejs`` is not installed in ``node_modules``.
    """
    return atomic_write_text(path, timelinejs_html(events, articles=articles, eras=eras, title=title))
