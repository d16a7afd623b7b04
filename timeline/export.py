"""Exports of the timeline: a standalone HTML page, static images, CSV and JSON.

:func:`write_html` writes one self-contained HTML file (works from ``file://``
with no network): the Plotly figure, drawn with the small official
``plotly.js-basic-dist-min`` bundle when the figure allows it, and below it a
sources panel listing every event with its dates, quotes and articles. Clicking
a mark selects its entry; each entry's button highlights its mark. The output
is byte-stable: the same inputs always give the same bytes.

:func:`write_image` renders PNG or SVG through kaleido and Debian's Chromium,
:func:`export_events` dispatches on a format name (what ``timeline export``
calls).

Text from the data (titles, lanes, quotes, article titles and outlets) is never
interpreted as markup: the sources panel escapes it, the JSON embedded in the
page escapes ``<``, ``>``, ``&`` (and is ASCII, so U+2028 and U+2029 are
escaped too), and :func:`timeline.plot.timeline` escapes the strings it puts
into Plotly's pseudo-HTML (hover labels, callouts, lane labels).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import logging
import os
import re
import warnings
import zlib
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Literal, Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from .articles import Article
from .articles import articles_by_id
from .bigpage import BIG_EVENTS, MARKS_MAX, PUBLISHED_HOW, page_columns, safe_url
from .events import EventSchema as E
from .fileio import atomic_write_bytes, atomic_write_text
from .periods import PeriodError, parse_period, period_label
from .ranges import default_title
from .textio import is_html, read_markup_quote

__all__ = [
    "BASIC_TRACE_TYPES",
    "DIV_ID",
    "EXPORT_FORMATS",
    "PlotlyBundleWarning",
    "events_to_json",
    "export_events",
    "find_node_modules",
    "figure_for_export",
    "html_page",
    "image_caption",
    "page_figures",
    "with_article_columns",
    "ARTICLE_COLUMNS",
    "plotly_bundle",
    "quote_context",
    "safe_url",
    "shown_text",
    "protect_annotation_templates",
    "write_html",
    "write_image",
]

#: The fixed id of the graph div (plotly's own ``to_html`` would pick a random one).
DIV_ID = "timeline-plot"
#: Trace types drawn by the ``plotly.js-basic-dist-min`` bundle.
BASIC_TRACE_TYPES: frozenset[str] = frozenset({"scatter", "bar", "pie"})
#: Formats understood by :func:`export_events`.
EXPORT_FORMATS: tuple[str, ...] = ("html", "timelinejs", "png", "svg", "csv", "json")
#: Environment variable naming the ``node_modules`` folder to take browser bundles from.
NODE_MODULES_ENV = "TIMELINE_NODE_MODULES"
#: Environment variable naming the Chromium used for static images.
CHROMIUM_ENV = "TIMELINE_CHROMIUM"
BASIC_PACKAGE = "plotly.js-basic-dist-min"
BASIC_FILE = "plotly-basic.min.js"

#: V8 "explicit compile hints" magic comment, put before the inlined basic bundle.
COMPILE_HINT = "//# allFunctionsCalledOnLoad\n"

PlotlyJS = Literal["auto", "basic", "full"]
PageMode = Literal["auto", "figure", "big"]



class PlotlyBundleWarning(UserWarning):
    """The small plotly.js bundle cannot be used; the full bundle is inlined instead."""


# --------------------------------------------------------------------------- bundles


def find_node_modules(package: str | None = None) -> Path | None:
    """Find the project's ``node_modules`` folder.

    Looks at ``$TIMELINE_NODE_MODULES`` first, then walks up from this
    package's folder and from the current directory.

    Parameters
    ----------
    package : str, optional
        When given, only a ``node_modules`` holding this npm package counts.

    Returns
    -------
    pathlib.Path or None
        The folder, or None when there is none.
    """
    def ok(folder: Path) -> bool:
        return folder.is_dir() and (package is None or (folder / package / "package.json").is_file())

    env = os.environ.get(NODE_MODULES_ENV)
    if env:
        folder = Path(env)
        return folder if ok(folder) else None
    seen: set[Path] = set()
    for start in (Path(__file__).resolve().parent, Path.cwd().resolve()):
        for folder in (start, *start.parents):
            if folder in seen:
                continue
            seen.add(folder)
            if ok(folder / "node_modules"):
                return folder / "node_modules"
    return None


def _major(version: str) -> str:
    return version.split(".", 1)[0]


@lru_cache(maxsize=8)
def _read_text_cached(path: str, mtime_ns: int, size: int) -> str:
    text = Path(path).read_text(encoding="utf-8")
    # Never let inlined code close its <script> element or open an HTML comment.
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def read_script(path: Path) -> str:
    """The text of a JavaScript bundle file, read once per file version (cached by path, mtime and size)."""
    st = path.stat()
    return _read_text_cached(str(path), st.st_mtime_ns, st.st_size)


def _full_bundle() -> tuple[str, str]:
    from plotly.offline import get_plotlyjs, get_plotlyjs_version

    path = Path(pio.__file__).resolve().parent.parent / "package_data" / "plotly.min.js"
    js = read_script(path) if path.is_file() else get_plotlyjs()
    return js, f"full {get_plotlyjs_version()}"


def plotly_bundle(trace_types: Iterable[str] = ("scatter",), plotlyjs: PlotlyJS = "auto") -> tuple[str, str]:
    """The plotly.js code to inline for a figure.

    Parameters
    ----------
    trace_types : iterable of str
        Trace types the figure uses.
    plotlyjs : {"auto", "basic", "full"}
        ``auto``: the basic bundle from ``node_modules/plotly.js-basic-dist-min``
        when every trace type is in :data:`BASIC_TRACE_TYPES`, the bundle is
        installed and its major version matches the Python package's plotly.js;
        otherwise the full bundle shipped with the ``plotly`` Python package
        (with a :class:`PlotlyBundleWarning`). ``basic`` or ``full`` force one.

    Returns
    -------
    tuple of str
        The JavaScript and a label such as ``"basic 3.7.0"``.

    Raises
    ------
    ValueError
        ``plotlyjs="basic"`` with a trace type the basic bundle lacks, or an
        unknown ``plotlyjs``.
    FileNotFoundError
        ``plotlyjs="basic"`` and the npm package is not installed.
    """
    from plotly.offline import get_plotlyjs_version

    if plotlyjs not in ("auto", "basic", "full"):
        raise ValueError(f"plotlyjs must be 'auto', 'basic' or 'full', not {plotlyjs!r}")
    if plotlyjs == "full":
        return _full_bundle()
    outside = sorted(set(trace_types) - BASIC_TRACE_TYPES)
    problem = None
    if outside:
        problem = f"trace type(s) {', '.join(outside)} are not in the basic plotly.js bundle"
    folder = find_node_modules(BASIC_PACKAGE)
    if problem is None and folder is None:
        problem = f"{BASIC_PACKAGE} is not installed (run `npm ci` or set ${NODE_MODULES_ENV})"
    if problem is None:
        assert folder is not None
        version = json.loads((folder / BASIC_PACKAGE / "package.json").read_text(encoding="utf-8"))["version"]
        wanted = get_plotlyjs_version()
        if _major(version) != _major(wanted):
            problem = f"{BASIC_PACKAGE} {version} does not match the plotly.js {wanted} of the plotly package"
        else:
            # Chrome's explicit compile hint: compile the bundle eagerly in one pass instead of
            # pre-parsing every function and parsing it again on first call (faster first plot).
            return COMPILE_HINT + read_script(folder / BASIC_PACKAGE / BASIC_FILE), f"basic {version}"
    if plotlyjs == "basic":
        if outside:
            raise ValueError(problem)
        raise FileNotFoundError(problem)
    warnings.warn(f"{problem}; inlining the full plotly.js bundle (about 4.8 MB)", PlotlyBundleWarning, stacklevel=3)
    return _full_bundle()


# --------------------------------------------------------------------------- escaping


def escape_html(value: object) -> str:
    """``value`` as HTML text or attribute value: escaped, a carriage return kept as ``&#13;``, a NUL shown as ␀."""
    # &#13; keeps a carriage return (the HTML parser turns raw CR into LF). A NUL cannot be shown at all (the
    # parser drops it, and &#0; becomes U+FFFD): it is shown as U+2400 SYMBOL FOR NULL instead of vanishing.
    text = html.escape("" if value is None else str(value), quote=True)
    return text.replace("\r", "&#13;").replace("\x00", "\u2400")


def script_json(obj: Any) -> str:
    """JSON safe to place inside a ``<script>`` element (sorted keys, ASCII)."""
    text = json.dumps(obj, sort_keys=True, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def figure_for_export(
    events: pd.DataFrame,
    *,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
    **figure_kwargs: Any,
) -> go.Figure:
    """The figure :func:`write_html` and :func:`write_image` draw for an events frame.

    :func:`timeline.plot.timeline`, which escapes every string from the data
    for Plotly's pseudo-HTML (hover labels, callouts, lane labels), so they
    show as written and are never interpreted as markup.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    articles : mapping or sequence of Article, optional
        The source articles (titles and outlets in the hover labels).
    **figure_kwargs
        Passed to :func:`timeline.plot.timeline`.

    Returns
    -------
    plotly.graph_objects.Figure
        Its event marks carry the event id as first ``customdata`` element.
    """
    from .plot import timeline

    fig = timeline(events, articles=articles, **figure_kwargs) if articles is not None else timeline(events, **figure_kwargs)
    return protect_annotation_templates(fig)


def protect_annotation_templates(fig: go.Figure) -> go.Figure:
    """Keep Plotly from reading ``%{...}`` in annotation texts as template fields.

    plotly.js substitutes ``%{name}`` in annotation texts (an unknown name
    becomes empty), so a callout quoting ``%{x}`` would lose it. The brace is
    written as the character reference ``&#123;``, which Plotly decodes only
    after the substitution, so the text shows as written. Idempotent.

    Parameters
    ----------
    fig : plotly.graph_objects.Figure
        Changed in place.

    Returns
    -------
    plotly.graph_objects.Figure
        The same figure.
    """
    for ann in fig.layout.annotations or ():
        if ann.text and "%{" in ann.text:
            ann.text = ann.text.replace("%{", "%&#123;")
    return fig


# --------------------------------------------------------------------------- HTML page


def page_template(name: str) -> str:
    """The text of a page template shipped in ``timeline/templates`` (``page.html``, ``page.css`` …)."""
    return resources.files("timeline").joinpath("templates", name).read_text(encoding="utf-8")


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """Replace ``@@NAME@@`` placeholders in one pass (inserted text is never re-scanned)."""

    def repl(m: re.Match[str]) -> str:
        return values[m.group(1)]

    return re.sub(r"@@([A-Z_]+)@@", repl, template)


def _date_html(value: str) -> str:
    try:
        p = parse_period(value)
    except (PeriodError, TypeError):
        return f'<span class="event-date-label">{escape_html(value)}</span>'
    label = escape_html(period_label(value))
    if p.precision in ("year", "month", "day", "week"):
        return f'<time datetime="{escape_html(value)}">{label}</time>'
    return f"<span>{label}</span>"


def _event_date_html(date: str, end_date: str) -> str:
    shown = _date_html(date)
    values = escape_html(date)
    if end_date:
        shown += " &ndash; " + _date_html(end_date)
        values += "/" + escape_html(end_date)
    return f'<span class="event-date">{shown}</span> <span class="event-date-value">({values})</span>'


def citation_html(source: str, article: Article | None, start: int, end: int) -> str:
    """The citation of a quote as HTML: the article's title (linked when it has a safe URL), outlet and publication
    date, and the quote's character offsets in the article ``source``."""
    parts = []
    url = safe_url(getattr(article, "url", "")) if article is not None else ""
    if article is not None and (article.title or url):
        label = escape_html(article.title or url)
        if url:
            parts.append(f'<cite class="article-title"><a class="article-link" href="{escape_html(url)}" '
                         f'rel="noopener noreferrer" target="_blank">{label}</a></cite>')
        else:
            parts.append(f'<cite class="article-title">{label}</cite>')
    if article is not None and article.outlet:
        parts.append(f'<span class="article-outlet">{escape_html(article.outlet)}</span>')
    if article is not None and article.published is not None:
        how = PUBLISHED_HOW.get(article.published_source or "", "publication date")
        parts.append(
            f'published <time class="article-published" datetime="{article.published.isoformat()}">'
            f"{article.published.isoformat()}</time> "
            f'<span class="published-how">({escape_html(how)})</span>'
        )
    elif article is not None:
        parts.append('<span class="published-how">publication date unknown</span>')
    else:
        parts.append('<span class="published-how">article not loaded</span>')
    parts.append(
        f'<span class="article-id">article <code>{escape_html(source)}</code>, characters {start}&ndash;{end}</span>'
    )
    return "&mdash; " + ", ".join(parts)


CONTEXT_CHARS = 600


def _trim(text: str, n: int, *, left: bool) -> str:
    """Keep at most ``n`` characters of ``text`` at its start (or end when ``left``), cut at a space, marked "…"."""
    if len(text) <= n:
        return text
    if left:
        cut = text[-n:]
        return "…" + cut[cut.find(" ") + 1:] if " " in cut else "…" + cut
    cut = text[:n]
    return cut[: cut.rfind(" ")] + "…" if " " in cut else cut + "…"


def quote_context(text: str, start: int, end: int, *, chars: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """The paragraph around a quote: ``(before, quote, after)`` with ``quote == text[start:end]``.

    The paragraph is the run of lines around the quote between blank-line or
    line breaks; when the quote is the whole paragraph, the paragraphs before
    and after it are included. Each side is cut to ``chars`` characters.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int
        The quote's offsets.
    chars : int

    Returns
    -------
    tuple of str
    """
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if not text[lo:start].strip() and not text[end:hi].strip():
        # the quote is its whole paragraph: take in the paragraphs before and after it
        lo = text.rfind("\n", 0, len(text[:lo].rstrip())) + 1
        rest = text[hi:]
        nxt = hi + len(rest) - len(rest.lstrip())
        if nxt < len(text):
            hi = text.find("\n", nxt)
            hi = len(text) if hi < 0 else hi
    before = _trim(text[lo:start], chars, left=True)
    after = _trim(text[end:hi], chars, left=False)
    return before, text[start:end], after


def shown_text(text: str, article: Article | None) -> str:
    """A piece of an article (a quote, its date as written, the paragraph around it) as the page shows it to a
    reader: a page saved as its HTML source shows its words, without tags and with its character references read
    (``March&nbsp;3`` as *March 3*); any other text as it is (the events file keeps the raw quote, and TimelineJS
    its raw text, for reading back).

    Examples
    --------
    >>> from pathlib import Path
    >>> page = Article(id="a", path=Path("a.txt"), text="<html><body><p>The <b>mayor</b> quit.</p></body></html>")
    >>> shown_text("The <b>mayor</b> quit on May&nbsp;3.", page)
    'The mayor quit on May 3.'
    >>> shown_text("3 < 4 &amp; 5", Article(id="b", path=Path("b.txt"), text="3 < 4 &amp; 5"))
    '3 < 4 &amp; 5'
    """
    if article is None or ("<" not in text and "&" not in text) or not is_html(article.text):
        return text
    return re.sub(r"[ \t]{2,}", " ", read_markup_quote(text))


def _events_html(events: pd.DataFrame, articles: Mapping[str, Article], div_id: str) -> str:
    out: list[str] = []
    k = -1
    columns = [E.event_id, E.title, E.date, E.end_date, E.lane, E.date_text, E.source, E.quote, E.quote_start,
               E.quote_end]
    by_event: dict[str, list[dict]] = {}  # one pass over plain column lists; events in order of first appearance
    for values in zip(*(events[c].tolist() for c in columns)):
        rec = dict(zip(columns, values))
        by_event.setdefault(rec[E.event_id], []).append(rec)
    for event_id, group in by_event.items():
        first = group[0]
        eid = escape_html(event_id)
        quotes = []
        for rec in group:
            written = ""
            if rec.get(E.date_text):
                written = (
                    '<p class="quote-written">date as written: &ldquo;'
                    f'<span class="date-text">{escape_html(shown_text(rec[E.date_text], articles.get(str(rec[E.source]))))}'
                    '</span>&rdquo;</p>'
                )
            source = str(rec[E.source])
            k += 1
            context = ""
            if source in articles:
                context = (f'<button type="button" class="show-context" data-quote="{k}" aria-expanded="false">'
                           'Show in the article</button><div class="quote-context" hidden></div>')
            quotes.append(
                f'<li class="event-quote" data-quote="{k}">'
                f'<blockquote class="quote-text">{escape_html(shown_text(rec[E.quote], articles.get(source)))}'
                '</blockquote>'
                f"{written}"
                f'<p class="quote-citation">'
                f"{citation_html(source, articles.get(source), int(rec[E.quote_start]), int(rec[E.quote_end]))}</p>"
                f"{context}</li>"
            )
        n = len(group)
        out.append(
            f'<li class="timeline-event" id="event-{eid}" data-event-id="{eid}" tabindex="0" '
            f'aria-labelledby="title-{eid}">\n'
            f'<h3 class="event-title" id="title-{eid}">{escape_html(first[E.title])}</h3>\n'
            f'<p class="event-meta">{_event_date_html(str(first[E.date]), str(first[E.end_date] or ""))}'
            f'<span class="event-lane">lane: <span class="lane-name">{escape_html(first[E.lane])}</span></span></p>\n'
            f'<ul class="event-quotes" aria-label="{n} quote{"s" * (n != 1)}">{"".join(quotes)}</ul>\n'
            f'<button type="button" class="focus-mark" data-event-id="{eid}" aria-controls="{escape_html(div_id)}" '
            f'aria-describedby="title-{eid}">Show on timeline</button>\n'
            "</li>"
        )
    return "\n".join(out)


def _figure_spec(fig: go.Figure) -> dict[str, Any]:
    spec = json.loads(pio.to_json(fig, engine="json", validate=False))
    spec.setdefault("layout", {})
    spec["config"] = {"displaylogo": False, "responsive": True}
    return spec


def _trace_types(fig: go.Figure) -> list[str]:
    return sorted({trace.type or "scatter" for trace in fig.data})


def _page_data(figs: Sequence[go.Figure], events: pd.DataFrame, articles: Mapping[str, Article]) -> dict[str, Any]:
    """The page's JSON data island: the figure variants (hover texts stored once), sources and quote contexts."""
    hovers: dict[str, int] = {}
    table: list[Any] = []
    variants = []
    for fig in figs:
        spec = _figure_spec(fig)
        for trace in spec.get("data", []):
            if "hovertext" in trace:
                key = json.dumps(trace["hovertext"], ensure_ascii=True)
                if key not in hovers:
                    hovers[key] = len(table)
                    table.append(trace["hovertext"])
                trace["hovertext"] = hovers[key]
        variants.append(spec)
    sources: dict[str, list[str]] = {}
    contexts: list[list[str] | None] = []
    for event_id, group in events.groupby(E.event_id, sort=False):
        sources[str(event_id)] = list(dict.fromkeys(str(v) for v in group[E.source]))
        for src, a, b in zip(group[E.source], group[E.quote_start], group[E.quote_end]):
            art = articles.get(str(src))
            contexts.append([shown_text(t, art) for t in quote_context(art.text, int(a), int(b))]
                            if art is not None else None)
    used = list(dict.fromkeys(str(v) for v in events[E.source])) if len(events) else []
    labels = []
    for src in sorted(used):
        art = articles.get(src)
        bits = [art.title or src] if art is not None else [src]
        if art is not None and art.outlet:
            bits.append(art.outlet)
        if art is not None and art.published is not None:
            bits.append(art.published.isoformat())
        labels.append([src, ", ".join(bits)])
    return {"variants": variants, "hovertexts": table, "sources": sources, "articles": labels,
            "contexts": contexts}


def page_figures(
    events: pd.DataFrame,
    *,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
    **figure_kwargs: Any,
) -> list[go.Figure]:
    """The figure variants the HTML page draws (one per width of :data:`timeline.plot.PAGE_WIDTHS`).

    Parameters
    ----------
    events : pandas.DataFrame
    articles : mapping or sequence of Article, optional
    **figure_kwargs
        Passed to :func:`timeline.plot.timeline_variants` (``title`` is the
        page's heading, not drawn in the chart).

    Returns
    -------
    list of plotly.graph_objects.Figure
    """
    from .plot import timeline_variants

    kwargs = {k: v for k, v in figure_kwargs.items() if k not in ("title", "width")}
    kwargs.setdefault("controls", "page")
    return [protect_annotation_templates(f) for f in timeline_variants(events, articles=articles, **kwargs)]


def html_page(
    events: pd.DataFrame,
    *,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
    figure: go.Figure | None = None,
    plotlyjs: PlotlyJS = "auto",
    mode: PageMode = "auto",
    **figure_kwargs: Any,
) -> str:
    """The text of the standalone HTML page :func:`write_html` writes.

    Parameters
    ----------
    events, articles, figure, plotlyjs, mode, **figure_kwargs
        As for :func:`write_html`.

    Returns
    -------
    str
    """
    from . import __version__

    if mode not in ("auto", "figure", "big"):
        raise ValueError(f"mode must be 'auto', 'figure' or 'big', not {mode!r}")
    by_id = articles_by_id(articles)
    title = figure_kwargs.get("title") or default_title(events)
    n_events = events[E.event_id].nunique() if len(events) else 0
    n_sources = events[E.source].nunique() if len(events) else 0
    summary = (
        f"{n_events} event{'s' * (n_events != 1)} from {len(events)} quote{'s' * (len(events) != 1)} "
        f"in {n_sources} article{'s' * (n_sources != 1)}."
    )
    if mode == "big" or (mode == "auto" and figure is None and n_events > BIG_EVENTS):
        return _big_page(events, by_id, title=title, summary=summary, n_events=n_events, plotlyjs=plotlyjs,
                         lane_order=figure_kwargs.get("lane_order"))
    figs = [figure] if figure is not None else page_figures(events, articles=articles, **figure_kwargs)
    plotly_js, _label = plotly_bundle(sorted({t for f in figs for t in _trace_types(f)}), plotlyjs)
    page_js = fill_template(page_template("page.js"), {"DIV_ID": DIV_ID})
    return fill_template(
        page_template("page.html"),
        {
            "VERSION": escape_html(__version__),
            "TITLE": escape_html(title),
            "SUMMARY": escape_html(summary),
            "CSS": page_template("page.css"),
            "DIV_ID": DIV_ID,
            "N_EVENTS": str(n_events),
            "EVENTS": _events_html(events, by_id, DIV_ID),
            "FIGURE_JSON": script_json(_page_data(figs, events, by_id)),
            "PLOTLY_JS": plotly_js,
            "PAGE_JS": page_js,
        },
    )


def _deflated_json(obj: Any) -> str:
    """JSON (sorted keys, UTF-8), zlib-deflated and base64-encoded, in lines of 76 characters: byte-stable."""
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return base64.encodebytes(zlib.compress(text.encode("utf-8"), 3)).decode("ascii")


def _big_page(
    events: pd.DataFrame,
    articles: Mapping[str, Article],
    *,
    title: str,
    summary: str,
    n_events: int,
    plotlyjs: PlotlyJS = "auto",
    lane_order: Sequence[str] | None = None,
) -> str:
    """The page for big timelines: the events as columns (:func:`timeline.bigpage.page_columns`), drawn by script."""
    from . import __version__
    from .plot import PALETTE

    data = page_columns(events, articles, lane_order=lane_order)
    data["colors"] = [PALETTE[i % len(PALETTE)] for i in range(len(data["lanes"]))]
    data["marks_max"] = MARKS_MAX
    plotly_js, _label = plotly_bundle(("scatter", "bar"), plotlyjs)
    return fill_template(
        page_template("page_big.html"),
        {
            "VERSION": escape_html(__version__),
            "TITLE": escape_html(title),
            "SUMMARY": escape_html(summary),
            "CSS": page_template("page.css"),
            "DIV_ID": DIV_ID,
            "N_EVENTS": str(n_events),
            "DATA": _deflated_json(data),
            "PLOTLY_JS": plotly_js,
            "PAGE_JS": fill_template(page_template("page_big.js"), {"DIV_ID": DIV_ID}),
        },
    )


def write_html(
    events: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
    figure: go.Figure | None = None,
    plotlyjs: PlotlyJS = "auto",
    mode: PageMode = "auto",
    **figure_kwargs: Any,
) -> Path:
    """Write the timeline to one self-contained HTML file, atomically.

    The page works from ``file://`` with no network: plotly.js is inlined
    (the basic bundle when possible, see :func:`plotly_bundle`). Below the
    chart a sources panel lists each event with its normalised date and the
    date as written, title, lane, quotes and their articles (title, outlet,
    publication date and how it is known). Clicking a mark selects its entry;
    each entry has a "Show on timeline" button, and Enter or Space on a
    focused entry does the same. The same inputs always give the same bytes.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame (see :mod:`timeline.events`).
    path : path-like
        Destination HTML file; parent folders are created.
    articles : mapping or sequence of Article, optional
        The source articles, for the citations.
    figure : plotly.graph_objects.Figure, optional
        The figure to draw; by default :func:`figure_for_export` of the
        events. Its marks should carry the event id as first ``customdata``
        element. A figure given here is drawn as is (not escaped).
    plotlyjs : {"auto", "basic", "full"}, default "auto"
        Which plotly.js bundle to inline (see :func:`plotly_bundle`).
    mode : {"auto", "figure", "big"}, default "auto"
        ``figure``: the Plotly figure built here (or ``figure``) and every
        event's sources listed up front. ``big``: the events carried once as
        columns (:func:`timeline.bigpage.page_columns`) and drawn by the
        page's script: events per lane and time bin while the visible range
        holds more than :data:`timeline.bigpage.MARKS_MAX` events, marks
        when zoomed in, and the sources of the events in the visible range,
        a page at a time (scatter and bar traces only, so the basic bundle;
        the figure options other than ``title`` and ``lane_order`` do not
        apply). ``auto``:
        ``big`` above :data:`timeline.bigpage.BIG_EVENTS` events when no
        ``figure`` is given.
    **figure_kwargs
        Passed to :func:`timeline.plot.timeline`; ``title`` also titles the
        page (default :func:`timeline.ranges.default_title`: the number of
        events and their dates).

    Returns
    -------
    pathlib.Path
        The written file.

    Warns
    -----
    PlotlyBundleWarning
        When ``plotlyjs="auto"`` falls back to the full bundle.
    """
    return atomic_write_text(
        path, html_page(events, articles=articles, figure=figure, plotlyjs=plotlyjs, mode=mode, **figure_kwargs)
    )


# --------------------------------------------------------------------------- static images


def _chromium_path() -> str | None:
    for cand in (os.environ.get(CHROMIUM_ENV), os.environ.get("BROWSER_PATH"), "/usr/bin/chromium"):
        if cand and Path(cand).exists():
            return cand
    return None


def write_image(
    events_or_fig: pd.DataFrame | go.Figure,
    path: str | os.PathLike[str],
    *,
    format: Literal["png", "svg"] | None = None,
    width: int | None = None,
    height: int | None = None,
    scale: float = 1.0,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
    **figure_kwargs: Any,
) -> Path:
    """Render the timeline to a PNG or SVG file through kaleido, atomically.

    Kaleido drives a headless Chromium: ``$TIMELINE_CHROMIUM``,
    ``$BROWSER_PATH`` or Debian's ``/usr/bin/chromium`` (never a downloaded
    browser); MathJax is disabled so nothing is fetched. The same figure gives
    the same bytes.

    Parameters
    ----------
    events_or_fig : pandas.DataFrame or plotly.graph_objects.Figure
        An events frame (drawn with :func:`figure_for_export`) or a figure.
    path : path-like
        Destination file.
    format : {"png", "svg"}, optional
        Defaults to the file suffix, else ``png``.
    width, height : int, optional
        Size in CSS pixels; default the figure's own size, else 1200 x 700.
    scale : float
        Pixel ratio (2 doubles the resolution of a PNG).
    articles : mapping or sequence of Article, optional
        Passed to the figure builder for an events frame.
    **figure_kwargs
        Passed to :func:`timeline.plot.timeline` for an events frame, drawn
        with ``controls="none"``: no buttons, a legend, callout labels up to
        six lines, a title (default :func:`timeline.ranges.default_title`)
        and a caption (default :func:`image_caption`: corpus, date range,
        counts).

    Returns
    -------
    pathlib.Path

    Raises
    ------
    ValueError
        For another format.
    """
    import kaleido

    fmt = (format or Path(path).suffix.lstrip(".") or "png").lower()
    if fmt not in ("png", "svg"):
        raise ValueError(f"format must be 'png' or 'svg', not {fmt!r}")
    if isinstance(events_or_fig, go.Figure):
        fig = events_or_fig
    else:
        # a static image: no buttons (they would do nothing), a title, a caption and full labels
        figure_kwargs["controls"] = "none"
        figure_kwargs.pop("presets", None)
        figure_kwargs.setdefault("title", default_title(events_or_fig))
        figure_kwargs.setdefault("caption", image_caption(events_or_fig, articles))
        if width:
            figure_kwargs.setdefault("width", int(width))
        fig = figure_for_export(events_or_fig, articles=articles, **figure_kwargs)
    width = int(width or fig.layout.width or 1200)
    height = int(height or fig.layout.height or 700)
    kopts: dict[str, Any] = {"mathjax": False}
    chromium = _chromium_path()
    if chromium:
        kopts["path"] = chromium
    with _driver_noise_dropped():
        data = kaleido.calc_fig_sync(
            fig.to_dict(),
            opts={"format": fmt, "width": width, "height": height, "scale": float(scale)},
            kopts=kopts,
        )
    if isinstance(data, str):
        data = data.encode("utf-8")
    return atomic_write_bytes(path, data)


#: the browser driver's logger that, on a busy machine, logs a message it ignores with a whole traceback
DRIVER_LOGGER = "choreographer.channels.pipe"
#: the start of that message: the driver read a message from the browser it could not decode, and says it ignores it
DRIVER_IGNORED = "JSONError decoding message. Ignoring"


def _not_ignored_noise(record: logging.LogRecord) -> bool:
    """Whether a log record of the browser driver is to be shown: not its *JSONError decoding message. Ignoring*,
    which it logs with a traceback (shown in a notebook's output as an error) for a message it then skips."""
    return not str(record.msg).startswith(DRIVER_IGNORED)


@contextmanager
def _driver_noise_dropped():
    """Drop the browser driver's *ignoring* message (:data:`DRIVER_IGNORED`) while an image is rendered; any error
    that stops the rendering is still raised by kaleido."""
    logger = logging.getLogger(DRIVER_LOGGER)
    logger.addFilter(_not_ignored_noise)
    try:
        yield
    finally:
        logger.removeFilter(_not_ignored_noise)


def image_caption(events: pd.DataFrame, articles: Mapping[str, Article] | Sequence[Article] | None = None) -> str:
    """The caption of a static image: corpus, date range and counts.

    Parameters
    ----------
    events : pandas.DataFrame
    articles : mapping or sequence of Article, optional
        Names the outlets.

    Returns
    -------
    str
        For example ``"23 events, 36 quotes from 5 articles (RT, Wikinews); event dates 1990 – 2024;
        published 2022-01-11 – 2022-01-14. bar: the period the text allows · dot: a day · bigger: more sources"``.
    """
    from .plot import LEGEND_NOTE

    if len(events) == 0:
        return "No events."
    by_id = articles_by_id(articles)
    sources = list(dict.fromkeys(str(v) for v in events[E.source]))
    n_ev, n_q = events[E.event_id].nunique(), len(events)
    text = f"{n_ev} event{'s' * (n_ev != 1)}, {n_q} quote{'s' * (n_q != 1)} from {len(sources)} article{'s' * (len(sources) != 1)}"
    outlets = sorted({by_id[s].outlet for s in sources if s in by_id and by_id[s].outlet})
    if outlets:
        shown = ", ".join(outlets[:4]) + (f" and {len(outlets) - 4} more" if len(outlets) > 4 else "")
        text += f" ({shown})"
    first, last = pd.Timestamp(events[E.start].min()), pd.Timestamp(events[E.end].max()) - dt.timedelta(days=1)
    text += f"; event dates {first.year} – {last.year}"
    published = sorted(by_id[s].published for s in sources if s in by_id and by_id[s].published is not None)
    if published:
        text += f"; published {published[0].isoformat()} – {published[-1].isoformat()}"
    return text + ". " + LEGEND_NOTE[0].upper() + LEGEND_NOTE[1:]


#: Columns :func:`with_article_columns` adds to an events frame.
ARTICLE_COLUMNS: tuple[str, ...] = ("article_title", "article_outlet", "article_published", "article_url")


def with_article_columns(
    events: pd.DataFrame, articles: Mapping[str, Article] | Sequence[Article] | None = None
) -> pd.DataFrame:
    """The events frame with each quote's article title, outlet, publication date and URL.

    Parameters
    ----------
    events : pandas.DataFrame
    articles : mapping or sequence of Article, optional
        Without them (or for an article not given) the columns are empty.

    Returns
    -------
    pandas.DataFrame
        A copy with the columns of :data:`ARTICLE_COLUMNS` appended
        (``article_published`` as ``YYYY-MM-DD``).
    """
    by_id = articles_by_id(articles)
    out = events.copy()
    arts = [by_id.get(str(s)) for s in events[E.source]]
    out["article_title"] = [a.title if a is not None else "" for a in arts]
    out["article_outlet"] = [a.outlet if a is not None else "" for a in arts]
    out["article_published"] = [a.published.isoformat() if a is not None and a.published else "" for a in arts]
    out["article_url"] = [getattr(a, "url", "") if a is not None else "" for a in arts]
    return out


# --------------------------------------------------------------------------- CSV / JSON / dispatch


def _json_value(value: Any) -> Any:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def events_to_json(events: pd.DataFrame) -> str:
    """The events frame as JSON text: a list of records, ISO dates, sorted keys.

    Parameters
    ----------
    events : pandas.DataFrame

    Returns
    -------
    str
        UTF-8 JSON (non-ASCII kept), one record per quote in frame order,
        ending with a newline.
    """
    columns = [c for c in events.columns]
    records = [
        {c: _json_value(v) for c, v in zip(columns, row)} for row in events.itertuples(index=False, name=None)
    ]
    return json.dumps(records, sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def export_events(
    events: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    format: str,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
    **kwargs: Any,
) -> Path:
    """Export an events frame in one of :data:`EXPORT_FORMATS`, atomically.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    path : path-like
        Destination file.
    format : {"html", "timelinejs", "png", "svg", "csv", "json"}
        ``html``: :func:`write_html`; ``timelinejs``: TimelineJS JSON
        (:func:`timeline.timelinejs.write_timelinejs`; a ``.html`` path gets
        the offline viewer page instead); ``png``/``svg``: :func:`write_image`;
        ``csv``: :func:`timeline.events.write_events`; ``json``:
        :func:`events_to_json`; both with each quote's article title, outlet,
        publication date and URL (:func:`with_article_columns`).
    articles : mapping or sequence of Article, optional
        The source articles (citations; CSV export checks quotes against them).
    **kwargs
        Passed to the writer.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    ValueError
        For an unknown format.
    """
    fmt = format.lower()
    if fmt == "html":
        return write_html(events, path, articles=articles, **kwargs)
    if fmt == "timelinejs":
        from .timelinejs import write_timelinejs, write_timelinejs_html

        if Path(path).suffix.lower() in (".html", ".htm"):
            return write_timelinejs_html(events, path, articles=articles, **kwargs)
        return write_timelinejs(events, path, articles=articles, **kwargs)
    if fmt in ("png", "svg"):
        return write_image(events, path, format=fmt, articles=articles, **kwargs)  # type: ignore[arg-type]
    if fmt == "csv":
        from .events import write_events

        return write_events(with_article_columns(events, articles), path, articles=articles)
    if fmt == "json":
        return atomic_write_text(path, events_to_json(with_article_columns(events, articles)))
    raise ValueError(f"unknown export format {format!r} (expected one of {', '.join(EXPORT_FORMATS)})")
