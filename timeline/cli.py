"""The ``timeline`` command line: thin wrappers over the library.

Run ``timeline --help`` (or ``python -m timeline --help``) for the commands.
"""

from __future__ import annotations

import warnings
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


def main() -> None:  # pragma: no cover - console entry point
    """Run the CLI."""
    app()
