"""The ``timeline`` command line: thin wrappers over the library.

Run ``timeline --help`` (or ``python -m timeline --help``) for the commands.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from enum import Enum
from pathlib import Path

import typer

from .articles import ArticleError, ArticleMetadataError, load_articles
from .events import EventsValidationError, read_events

app = typer.Typer(
    name="timeline",
    help="Turn news articles into a cited, interactive timeline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

SEEDS = Path("seeds")
EVENTS = Path("data/events.csv")
OUTPUT = Path("build/timeline.html")


def _fail(message: str, code: int = 1) -> None:
    typer.echo(message, err=True)
    raise typer.Exit(code)


def _articles(seeds: Path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            articles = load_articles(seeds)
        except (ArticleError, ArticleMetadataError) as exc:
            _fail(f"error: {exc}")
    for w in caught:
        typer.echo(f"warning: {w.message}", err=True)
    return articles


def _events(path: Path, articles):
    if not path.exists():
        _fail(f"error: {path}: no such file")
    try:
        return read_events(path, articles=articles)
    except EventsValidationError as exc:
        for problem in exc.problems:
            typer.echo(str(problem), err=True)
        _fail(f"{path}: {len(exc.problems)} problem(s); nothing written")


@app.command()
def validate(
    path: Path = typer.Argument(EVENTS, help="Events CSV to check."),
    seeds: Path = typer.Option(SEEDS, "--seeds", help="Folder of the source articles."),
) -> None:
    """Check an events CSV: schema, dates, event consistency, and every quote against its article.

    Prints one ``file:row:column: message`` line per problem and exits 1 when
    there is any.
    """
    articles = _articles(seeds)
    events = _events(path, articles)
    typer.echo(f"{path}: ok ({events['event_id'].nunique()} events, {len(events)} quotes, {len(articles)} articles)")


@app.command()
def build(
    seeds: Path = typer.Option(SEEDS, "--seeds", help="Folder of the source articles."),
    events: Path = typer.Option(EVENTS, "--events", help="Curated events CSV."),
    output: Path = typer.Option(OUTPUT, "-o", "--output", help="HTML file to write."),
) -> None:
    """Build the standalone HTML timeline from the articles and the events CSV."""
    from .export import write_html

    articles = _articles(seeds)
    frame = _events(events, articles)
    path = write_html(frame, output, articles=articles)
    typer.echo(f"wrote {path} ({frame['event_id'].nunique()} events, {len(frame)} quotes)")


class DateMode(str, Enum):
    auto = "auto"
    news = "news"
    narrative = "narrative"


_MODE_HELP = ("How year-less dates are anchored: news (the publication date), narrative (the text's own dates, "
              "as in a history), auto (news with a publication date, narrative without).")


class MentionFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


@app.command()
def dates(
    file: Path = typer.Argument(..., help="Article text file (UTF-8)."),
    published: str = typer.Option(
        None, "--published", help="Publication date YYYY-MM-DD (default: the dateline printed in the file, if any)."
    ),
    fmt: MentionFormat = typer.Option(MentionFormat.table, "--format", help="Output format."),
    all_text: bool = typer.Option(False, "--all-text", help="Also tag boilerplate regions."),
    mode: DateMode = typer.Option(DateMode.auto, "--mode", help=_MODE_HELP),
) -> None:
    """Print the time expressions of one article with their TimeML values."""
    from .articles import METADATA_FILE, load_article, read_metadata
    from .dates import find_dates

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            meta_file = file.parent / METADATA_FILE
            meta = read_metadata(meta_file).get(file.name) if meta_file.exists() else None
            article = load_article(file, meta=meta)
        except (ArticleError, ArticleMetadataError) as exc:
            _fail(f"error: {exc}")
    relative_to = article.published
    if published is not None:
        try:
            relative_to = dt.date.fromisoformat(published)
        except ValueError:
            _fail(f"error: --published {published!r} is not a YYYY-MM-DD date")
    if relative_to is None and mode is not DateMode.narrative:
        typer.echo(f"warning: {file}: no publication date; year-less dates are read from the text's own dates, "
                   "relative ones may stay unresolved (use --published)", err=True)
    skip = () if all_text else article.boilerplate
    mentions = find_dates(article.text, relative_to=relative_to, skip=skip, mode=mode.value)
    if fmt is MentionFormat.jsonl:
        for m in mentions:
            typer.echo(json.dumps(m.to_dict(), ensure_ascii=False, sort_keys=True))
        return
    rows = [("start", "end", "type", "value", "mod", "anchor", "text")]
    rows += [(str(m.start), str(m.end), m.type, m.value, m.mod or "", m.anchor, m.text) for m in mentions]
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    for r in rows:
        typer.echo("  ".join(c.ljust(w) for c, w in zip(r[:6], widths)) + "  " + r[6])


class OutputFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"


@app.command()
def extract(
    sources: list[str] = typer.Argument(
        None, help="Folders, globs (archive/**/*.txt), manifest CSVs or files. Default: seeds/."
    ),
    output: Path = typer.Option(
        Path("build/candidates.csv"), "-o", "--output", help="A .csv file, or a folder for a Parquet dataset."
    ),
    fmt: OutputFormat = typer.Option(None, "--format", help="csv or parquet (default: from the output's suffix)."),
    workers: int = typer.Option(0, "--workers", help="Local processes (0: all cores; 1: in this process)."),
    scheduler: str = typer.Option(
        None, "--scheduler", envvar="TIMELINE_SCHEDULER",
        help="Address of an existing dask.distributed scheduler (tcp://HOST:PORT); overrides --workers.",
    ),
    batch_size: int = typer.Option(16, "--batch-size", help="Articles per task."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any article failed."),
    mode: DateMode = typer.Option(DateMode.auto, "--mode", help=_MODE_HELP),
) -> None:
    """Propose dated event candidates (with verbatim quotes) from articles, on all cores or a Dask cluster.

    Articles that cannot be read are reported by path and do not stop the run.
    """
    from tqdm import tqdm

    from .articles import ArticleMetadataError
    from .engine import count_sources, run_extraction, write_output
    from .manifest import iter_sources

    spec = sources or [str(SEEDS)]
    try:
        total = count_sources(spec)
        with tqdm(total=total, unit="article", disable=not progress) as bar:
            result = run_extraction(
                iter_sources(spec), workers=workers or None, scheduler=scheduler, batch_size=batch_size,
                progress=bar.update, mode=mode.value,
            )
    except (ArticleError, ArticleMetadataError, FileNotFoundError) as exc:
        _fail(f"error: {exc}")
    for failure in result.failures:
        typer.echo(f"error: {failure}", err=True)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    path = write_output(result.events, output, format=fmt.value if fmt else None)
    typer.echo(f"wrote {path}: {result.summary}")
    if strict and result.failures:
        raise typer.Exit(1)


@app.command()
def review(
    candidates: Path = typer.Option(Path("build/candidates.csv"), "--candidates", help="Candidates CSV from `timeline extract`."),
    events: Path = typer.Option(EVENTS, "--events", help="Curated events CSV."),
    seeds: Path = typer.Option(SEEDS, "--seeds", help="Folder of the source articles."),
) -> None:
    """Compare extracted candidates with the curated events: found, missed, new."""
    from .extract import review as run_review

    articles = _articles(seeds)
    cand = _events(candidates, articles)
    cur = _events(events, articles)
    result = run_review(cand, cur)
    for name, frame in (("found", result.found), ("missed", result.missed), ("new", result.new)):
        typer.echo(f"== {name} ({len(frame)})")
        if len(frame):
            shown = frame.drop(columns=[c for c in ("quote",) if c in frame.columns])
            typer.echo(shown.to_string(index=False))
    typer.echo(result.summary())


class ExportFormat(str, Enum):
    html = "html"
    timelinejs = "timelinejs"
    png = "png"
    svg = "svg"
    csv = "csv"
    json = "json"


_EXPORT_SUFFIX = {"html": ".html", "timelinejs": ".timelinejs.json"}


@app.command()
def export(
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="What to write."),
    seeds: Path = typer.Option(SEEDS, "--seeds", help="Folder of the source articles."),
    events: Path = typer.Option(EVENTS, "--events", help="Curated events CSV."),
    output: Path = typer.Option(
        None, "-o", "--output",
        help="File to write (default build/timeline.<format>). For timelinejs: .json (data), .html (viewer page) or .csv (their spreadsheet template).",
    ),
) -> None:
    """Export the timeline: HTML page, TimelineJS (JSON, viewer page or spreadsheet CSV), PNG, SVG, CSV or JSON."""
    from .export import export_events

    articles = _articles(seeds)
    frame = _events(events, articles)
    target = output or Path("build") / f"timeline{_EXPORT_SUFFIX.get(fmt.value, '.' + fmt.value)}"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            path = export_events(frame, target, format=fmt.value, articles=articles)
        except (FileNotFoundError, RuntimeError) as exc:
            _fail(f"error: {exc}")
    for w in caught:
        typer.echo(f"warning: {w.message}", err=True)
    typer.echo(f"wrote {path}")


def main() -> None:  # pragma: no cover - console entry point
    """Run the CLI."""
    app()
