"""The ``timeline`` command line: thin wrappers over the library.

Run ``timeline --help`` (or ``python -m timeline --help``) for the commands.
"""

from __future__ import annotations

import datetime as dt
import warnings
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer

from .paths import PathProblem, check_input_file, check_output_file, check_output_folder

app = typer.Typer(
    name="timeline",
    help="Turn news articles into a cited, interactive timeline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: rich's (typer.rich_utils: rich.markdown, markdown_it, ...) doubled the time of `timeline --help`
    # and read "[lanes]" in a help text as markup, dropping it.
    rich_markup_mode=None,
)

SEEDS = Path("seeds")
EVENTS = Path("data/events.csv")
OUTPUT = Path("build/timeline.html")
_SEEDS_HELP = ("Folder of the source articles; one with no .txt file of its own is read through its subfolders "
               "(default: the events file's folder if it or a subfolder holds .txt files, else seeds/).")


def _fail(message: str, code: int = 1) -> None:
    typer.echo(message, err=True)
    raise typer.Exit(code)


def _warn(message: object) -> None:
    """Print a warning as the CLI's one ``warning: …`` line."""
    typer.echo(f"warning: {' '.join(str(message).split())}", err=True)


def _output(path: Path, suffixes: tuple[str, ...] = (), what: str = "", inputs: tuple[Path | None, ...] = ()) -> Path:
    """Check an output file before any work: one ``error:`` line and exit 1 when it cannot be written, or would
    replace what the command reads (see :func:`_keeps_inputs`)."""
    try:
        checked = check_output_file(path, suffixes=suffixes, what=what)
    except PathProblem as exc:
        _fail(f"error: {exc}")
    _keeps_inputs(path, inputs)
    return checked


def _keeps_inputs(path: Path, inputs: tuple[Path | str | None, ...]) -> None:
    """Refuse, in one ``error:`` line, an output that would replace one of the command's inputs (``export --events
    ev.csv -o ev.csv`` turned the curated file into an export; ``curate … --decisions d.csv -o d.csv`` lost the
    decisions) or a folder's existing ``articles.csv`` (``-o FOLDER/articles.csv`` replaced the articles' metadata
    with events)."""
    from .articles import METADATA_FILE

    for given in inputs:
        if given is not None and Path(given).is_file() and Path(given).resolve() == path.resolve():
            _fail(f"error: {path}: is also an input of this command; write the output elsewhere")
    if path.name == METADATA_FILE and path.is_file():
        _fail(f"error: {path}: is the articles' metadata file; give the output another name")


def _input(path: Path, hint: str = "") -> Path:
    """Check an input file before any work: one ``error:`` line and exit 1 when it cannot be read. A Parquet
    dataset folder from ``timeline extract -o DIR`` is an events input too (see :func:`_events`)."""
    if path.is_dir() and _dataset(path):
        return path
    try:
        return check_input_file(path, hint=hint)
    except PathProblem as exc:
        _fail(f"error: {exc}")


def _dayfirst_option() -> Any:
    """The ``--dayfirst/--monthfirst`` option shared by the commands that load articles."""
    return typer.Option(
        None, "--dayfirst/--monthfirst",
        help="Read numeric dates such as 4/9/2022 day-first or month-first (default: the articles.csv "
        "'dayfirst' column, else what the page shows; dotted dates day-first, slashed month-first).",
    )


def _max_mb_option() -> Any:
    """The ``--max-article-mb`` option shared by the commands that read article texts."""
    return typer.Option(
        None, "--max-article-mb", min=0,
        help="Largest article file read, in MB (default 10; 0: no limit). One article takes about 25 MB of "
        "memory and 30-50 s per MB of text.",
    )


def _articles(seeds: Path, dayfirst: Optional[bool] = None, *, cite_only: bool = False):
    """The articles of ``seeds`` (``cite_only``: text and metadata, see :func:`timeline.articles.load_sources`),
    or exit with one ``error:`` line per problem. A file that cannot be read is one ``error:`` line and left out,
    as ``timeline extract`` does (the events citing it are then reported as citing an unknown article)."""
    from .articles import (
        ArticleError, ArticleErrors, ArticleMetadataError, MissingPublicationDate, UnreadableArticle,
        UpdatedAfterPublication, load_articles, load_sources, unique_ids,
    )

    load = load_sources if cite_only else load_articles
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            folders = _article_folders(seeds)
            articles = [a for folder in folders for a in load(folder, dayfirst=dayfirst, skip_unreadable=True)]
        except ArticleErrors as exc:
            for error in exc.errors[:-1]:
                typer.echo(f"error: {error}", err=True)
            _fail(f"error: {exc.errors[-1]}")
        except ArticleMetadataError as exc:
            for problem in exc.problems[:-1]:
                typer.echo(f"error: {problem}", err=True)
            _fail(f"error: {exc.problems[-1]}")
        except ArticleError as exc:
            _fail(f"error: {exc}")
    about_extraction = (MissingPublicationDate, UpdatedAfterPublication)  # `extract` names each; here: one line
    for w in caught:
        if issubclass(w.category, UnreadableArticle):
            typer.echo(f"error: {w.message}", err=True)
        elif not issubclass(w.category, about_extraction):
            _warn(w.message)
    try:
        unique_ids(articles)  # (two subfolders of --seeds may share a file name)
    except ArticleError as exc:
        hint = (" (the articles are read from several folders: rename one of the files, or give the folder the events "
                "come from with --seeds)")
        _fail(f"error: {exc}{hint if len(folders) > 1 else ''}")
    undated = [a.id for a in articles if a.published is None]
    if undated:
        _warn(f"{len(undated)} of {len(articles)} articles have no publication date: {_few(undated)} "
              "(give the dates in articles.csv; 'timeline undated FOLDER' writes one to fill in)")
    return articles


def _few(names: list[str], limit: int = 5) -> str:
    """Up to ``limit`` names, then how many more."""
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def _article_folders(seeds: Path) -> list[Path]:
    """``seeds``; when it holds no ``*.txt`` file of its own, its subfolders that do (as ``timeline extract
    'DIR/**/*.txt'`` reads them, each folder with its own ``articles.csv``)."""
    if not seeds.is_dir() or any(seeds.glob("*.txt")):
        return [seeds]
    return sorted({p.parent for p in seeds.rglob("*.txt") if p.is_file()}) or [seeds]


def _lanes(path: Path | None):
    """The lanes of a lanes file (None: None), or exit with one line naming the file."""
    if path is None:
        return None
    from .lanes import LanesError, load_lanes

    try:
        return load_lanes(path)
    except LanesError as exc:
        _fail(f"error: {exc}")


def _corpus_lanes(path: Path | None, spec: list[str]):
    """The lanes for an extraction: ``--lanes``, else a lanes.toml in a source folder, else None (derived)."""
    from .lanes import find_lanes_file

    if path is None:
        found = [f for f in (find_lanes_file(s) for s in spec if Path(s).is_dir()) if f is not None]
        if not found:
            return None
        path = found[0]
        typer.echo(f"lanes from {path}", err=True)
    return _lanes(path)


def _relane(frame, path: Path | None):
    """The events with lanes re-assigned from a lanes file (unchanged without one)."""
    if path is None:
        return frame
    from .lanes import assign_lanes

    return assign_lanes(frame, _lanes(path))


def _title(title: str | None, frame, seeds: Path) -> str:
    """``--title``, else the corpus folder's name and the events' dates."""
    from .ranges import corpus_name, default_title

    return title if title is not None else default_title(frame, corpus_name(seeds))


TITLE_HELP = "Title of the page (default: the articles' folder name and the events' first and last dates)."
LANES_HELP = "Lanes file (TOML: a [lanes] table of lane name = [words]; see README)."


def _dataset(path: Path) -> bool:
    from .engine import is_dataset

    return is_dataset(path)


def _events(path: Path, articles, hint: str = ""):
    """The events (or candidates) of a CSV file or of a Parquet dataset folder from ``timeline extract -o DIR``, checked
    against the articles; every problem is one line, then one ``error`` line and exit 1."""
    from .events import EventsValidationError, read_events, validate_events  # pandas and pandera: only when needed

    _input(path, hint)
    try:
        if not path.is_dir():
            return read_events(path, articles=articles)
        from .engine import read_parquet

        frame = read_parquet(path)
        problems = validate_events(frame, articles=articles, file=str(path))
        if problems:
            raise EventsValidationError(problems)
        return frame
    except FileNotFoundError as exc:
        _fail(f"error: {str(exc).splitlines()[0]}")
    except EventsValidationError as exc:
        shown = exc.problems
        if len(shown) > _UNKNOWN_SHOWN and all("unknown article" in str(p) for p in shown):
            shown = shown[:_UNKNOWN_SHOWN]  # events of another folder: the rows are fine, the folder is not
        for problem in shown:
            typer.echo(str(problem), err=True)
        if len(shown) < len(exc.problems):
            typer.echo(f"{path}: … and {len(exc.problems) - len(shown)} more row(s) citing unknown articles", err=True)
        _fail(f"{path}: {len(exc.problems)} problem(s); nothing written{_unknown_hint(exc.problems, articles)}")


#: rows listed when every problem is an unknown article (the events were read against the wrong folder)
_UNKNOWN_SHOWN = 3


def _unknown_hint(problems, articles) -> str:
    """When rows cite articles the loaded folder lacks: where the articles were read from, and ``--seeds``."""
    unknown = sum("unknown article" in str(p) for p in problems)
    if not unknown or not articles:
        return ""
    folders = sorted({str(Path(a.path).parent) for a in articles})
    return (f" ({unknown} row(s) cite articles not in {_few(folders, 2)}: give --seeds, the folder the events were "
            "extracted from)")


@app.command()
def validate(
    path: Path = typer.Argument(EVENTS, help="Events CSV to check."),
    seeds: Path = typer.Option(None, "--seeds", help=_SEEDS_HELP),
    dayfirst: Optional[bool] = _dayfirst_option(),
) -> None:
    """Check an events CSV: schema, dates, event consistency, and every quote against its article.

    Prints one ``file:row:column: message`` line per problem and exits 1 when
    there is any.
    """
    _input(path)
    articles = _articles(seeds or _articles_folder(path), dayfirst, cite_only=True)  # the checks need each article's id and text only
    events = _events(path, articles)
    typer.echo(f"{path}: ok ({events['event_id'].nunique()} events, {len(events)} quotes, {len(articles)} articles)")


class PageKind(str, Enum):
    auto = "auto"
    figure = "figure"
    big = "big"


_PAGE_HELP = ("Page kind: 'figure' (the chart with callouts, every event's card), 'big' (drawn in the browser from "
              "compact columns: density when zoomed out, marks when zoomed in, sources of the visible range), 'auto' "
              "(big above 1,000 events).")


@app.command()
def build(
    seeds: Path = typer.Option(None, "--seeds", help=_SEEDS_HELP),
    events: Path = typer.Option(EVENTS, "--events", help="Curated events CSV."),
    output: Path = typer.Option(OUTPUT, "-o", "--output", help="HTML file to write."),
    lanes: Path = typer.Option(
        None, "--lanes", help=LANES_HELP + " Re-assigns the lanes from the quotes; default: the events file's lanes."
    ),
    title: str = typer.Option(None, "--title", help=TITLE_HELP),
    dayfirst: Optional[bool] = _dayfirst_option(),
    page: PageKind = typer.Option(PageKind.auto, "--page", help=_PAGE_HELP),
) -> None:
    """Build the standalone HTML timeline from the articles and the events CSV."""
    from .export import write_html

    _output(output, (".html", ".htm"), "timeline build")
    _input(events)
    seeds = seeds or _articles_folder(events)
    articles = _articles(seeds, dayfirst, cite_only=True)  # the page cites articles; it does not read their stories
    frame = _relane(_events(events, articles), lanes)
    if frame.empty:
        _warn(f"{events}: no events; the page shows an empty timeline (did extract find no dated article?)")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = write_html(frame, output, articles=articles, title=_title(title, frame, seeds), mode=page.value)
    for w in caught:
        _warn(w.message)
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
    language: str = typer.Option(
        None, "--language", help="ISO 639-1 code of the article's language (default: articles.csv, else detected)."
    ),
    dayfirst: Optional[bool] = _dayfirst_option(),
    mode: DateMode = typer.Option(DateMode.auto, "--mode", help=_MODE_HELP),
    max_mb: Optional[float] = _max_mb_option(),
) -> None:
    """Print the time expressions of one article with their TimeML values.

    English is read by the project's tagger; other languages by dateparser
    (dates only, exact offsets, relative ones resolved against the publication date).
    """
    from .articles import METADATA_FILE, ArticleError, ArticleMetadataError, folder_reading, load_article, read_metadata
    from .dates import find_dates
    from .multilingual import ENGLISH, detect_language, is_supported

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            meta_file = file.parent / METADATA_FILE
            meta = read_metadata(meta_file).get(file.name) if meta_file.exists() else None
            chrome, order = folder_reading(file.parent)
            article = load_article(file, meta=meta, dayfirst=dayfirst, chrome=chrome, max_mb=max_mb, folder_order=order)
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
    size = len(article.text.encode("utf-8")) / 1e6
    if size >= 1:  # a huge article: say what to expect before a long silence
        typer.echo(f"{file}: tagging a {size:.1f} MB article (about 30-50 s per MB on one core)...", err=True)
    lang = (language or article.language or "").lower()
    if not lang:
        lang = detect_language(" ".join(article.text[s:e] for s, e in article.body))
    if lang != ENGLISH and is_supported(lang):
        mentions = _foreign_dates(article, lang, relative_to, all_text)
    else:
        mentions = find_dates(article.text, relative_to=relative_to, skip=skip, dayfirst=article.dayfirst, mode=mode.value)
    if fmt is MentionFormat.jsonl:
        import json

        for m in mentions:
            typer.echo(json.dumps(m.to_dict(), ensure_ascii=False, sort_keys=True))
        return
    rows = [("start", "end", "type", "value", "mod", "anchor", "text")]
    rows += [(str(m.start), str(m.end), m.type, m.value, m.mod or "", m.anchor, m.text) for m in mentions]
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    for r in rows:
        typer.echo("  ".join(c.ljust(w) for c, w in zip(r[:6], widths)) + "  " + r[6])


def _foreign_dates(article, lang: str, relative_to, all_text: bool):
    """Date mentions of an article not in English (see :mod:`timeline.multilingual`), warning about dropped ones."""
    from .extract import sentences
    from .multilingual import cut_sentences, find_dates_multilingual, rejoin_sentences

    regions = [(0, len(article.text))] if all_text else article.body
    spans = [(s.start, s.end) for bs, be in regions for s in sentences(article.text, bs, be)]
    spans = cut_sentences(article.text, rejoin_sentences(article.text, spans, language=lang))
    found = find_dates_multilingual(article.text, language=lang, spans=spans, relative_to=relative_to)
    if found.unresolved:
        typer.echo(
            f"warning: {article.path}: no publication date; relative expressions dropped: "
            + ", ".join(repr(t) for t in found.unresolved),
            err=True,
        )
    return found.mentions


@app.command()
def undated(
    folder: Path = typer.Argument(..., help="Folder of .txt articles."),
    output: Path = typer.Option(
        None, "-o", "--output", help="CSV to write (default: the folder's articles.csv, when it has none)."
    ),
) -> None:
    """Write an articles.csv listing the folder's articles that have no publication date, to fill in.

    Relative dates ('on Tuesday', 'last week') of such an article cannot be dated; fill the ``published`` column
    (YYYY-MM-DD) and keep the file as the folder's ``articles.csv``. Each row's note gives the newest full date the
    text prints. Nothing is guessed.
    """
    from .articles import METADATA_FILE, undated_template
    from .fileio import atomic_write_text

    if not folder.is_dir():
        _fail(f"error: {folder}: not a folder")
    existing = folder / METADATA_FILE
    if output is None and existing.exists():
        _fail(f"error: {existing} exists; give -o FILE and copy the rows you fill into it")
    target = _output(output or existing, (".csv",), "timeline undated")
    articles = [a for a in _articles(folder, cite_only=True) if a.path.parent.resolve() == folder.resolve()]
    if not articles:
        _fail(f"error: {folder}: no .txt article of its own (an articles.csv describes its own folder: run "
              "'timeline undated' on each subfolder)")
    rows = sum(a.published is None for a in articles)
    if not rows:
        typer.echo(f"all {len(articles)} articles of {folder} have a publication date; nothing written")
        return
    path = atomic_write_text(target, undated_template(articles))
    typer.echo(f"wrote {path}: {rows} of {len(articles)} articles without a publication date; fill in 'published'")


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
    workers: int = typer.Option(0, "--workers", help="Local processes (0: all cores from 1 MB of articles; 1: in this process)."),
    scheduler: str = typer.Option(
        None, "--scheduler", envvar="TIMELINE_SCHEDULER",
        help="Address of an existing dask.distributed scheduler (tcp://HOST:PORT); overrides --workers.",
    ),
    batch_size: int = typer.Option(16, "--batch-size", help="Articles per task."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any article, or a step on one, failed."),
    lanes: Path = typer.Option(
        None, "--lanes",
        help=LANES_HELP
        + " Default: lanes.toml in the articles' folder if there is one, else lanes derived from the corpus.",
    ),
    dayfirst: Optional[bool] = _dayfirst_option(),
    mode: DateMode = typer.Option(DateMode.auto, "--mode", help=_MODE_HELP),
    max_mb: Optional[float] = _max_mb_option(),
) -> None:
    """Propose dated event candidates (with verbatim quotes) from articles, on all cores or a Dask cluster.

    Articles that cannot be read are reported by path and do not stop the run.
    """
    from dataclasses import replace

    from tqdm import tqdm

    from .articles import ArticleError, ArticleMetadataError
    from .engine import count_sources, run_extraction, write_output
    from .manifest import iter_sources, unread_files

    from .events import EventsValidationError

    spec = sources or [str(SEEDS)]
    kind = fmt.value if fmt else ("csv" if str(output).lower().endswith(".csv") else "parquet")
    try:  # the output is checked before any work
        if kind == "csv":
            check_output_file(output, suffixes=(".csv",), what="--format csv")
        else:
            check_output_folder(output)
    except PathProblem as exc:
        _fail(f"error: {exc}")
    if kind == "csv":
        _keeps_inputs(output, tuple(spec) + ((lanes,) if lanes else ()))
    lane_words = _corpus_lanes(lanes, spec)
    for message in unread_files(spec):
        _warn(message)
    try:
        total = count_sources(spec)
        if total == 0:
            _fail(f"error: no article matches {' '.join(spec)}; nothing written")
        refs = (replace(s, max_mb=max_mb) for s in iter_sources(spec, dayfirst=dayfirst))
        with tqdm(total=total, unit="article", disable=not progress) as bar:
            result = run_extraction(
                refs, workers=workers or None, scheduler=scheduler,
                batch_size=batch_size, progress=bar.update, lanes=lane_words, mode=mode.value,
            )
    except (ArticleError, ArticleMetadataError, FileNotFoundError) as exc:
        _fail(f"error: {exc}")
    for failure in [*result.failures, *result.steps_failed]:
        typer.echo(f"error: {failure}", err=True)
    for warning in result.warnings:
        _warn(warning)
    if result.languages:
        _warn(result.languages)
    try:
        path = write_output(result.events, output, format=fmt.value if fmt else None)
    except EventsValidationError as exc:  # not expected: the merge leaves out invalid rows
        for problem in exc.problems:
            typer.echo(f"error: {problem}", err=True)
        _fail(f"error: {output}: {len(exc.problems)} problem(s) in the candidates; nothing written")
    typer.echo(f"wrote {path}: {result.summary}")
    if strict and (result.failures or result.steps_failed):
        raise typer.Exit(1)


#: Curated files looked for next to the candidates by ``timeline review`` (first found wins).
CURATED_NAMES = ("curated.csv", "events.csv")


def _curated_next_to(candidates: Path) -> Path | None:
    for name in CURATED_NAMES:
        path = candidates.parent / name
        if path.is_file() and path.resolve() != candidates.resolve():
            return path
    return None


def _articles_folder(candidates: Path) -> Path:
    """The candidates' folder when it holds articles (``*.txt``, or in subfolders 3 deep), else the default seeds folder."""
    folder = candidates.parent
    if any(any(folder.glob("*/" * depth + "*.txt")) for depth in range(4)):  # a bounded look: never a whole disk
        return folder
    return SEEDS


@app.command()
def review(
    candidates: Path = typer.Option(
        Path("build/candidates.csv"), "--candidates", help="Candidates CSV from `timeline extract`."
    ),
    events: Path = typer.Option(
        None, "--events",
        help="Curated events CSV to compare with. Default: curated.csv or events.csv next to the candidates if there "
        "is one; otherwise every candidate is listed as new.",
    ),
    seeds: Path = typer.Option(
        None, "--seeds",
        help="Folder of the source articles (default: the candidates' folder if it holds .txt files, else seeds/).",
    ),
    dayfirst: Optional[bool] = _dayfirst_option(),
) -> None:
    """Compare extracted candidates with curated events: found, missed, new (all new without curated events)."""
    from .extract import review as run_review

    hint = "run `timeline extract ARTICLES -o CANDIDATES.csv` first"
    _input(candidates, hint)
    articles = _articles(seeds or _articles_folder(candidates), dayfirst)
    cand = _events(candidates, articles, hint)
    curated_path = events or _curated_next_to(candidates)
    if curated_path is None:
        typer.echo("no curated events file (give --events): every candidate is listed as new", err=True)
    elif events is None:
        typer.echo(f"comparing with {curated_path} (found next to the candidates)", err=True)
    result = run_review(cand, _events(curated_path, articles) if curated_path is not None else None)
    for name, frame in (("found", result.found), ("missed", result.missed), ("new", result.new)):
        typer.echo(f"== {name} ({len(frame)})")
        if len(frame):
            shown = frame.drop(columns=[c for c in ("quote",) if c in frame.columns])
            typer.echo(shown.to_string(index=False))
    typer.echo(result.summary())


@app.command()
def curate(
    candidates: Path = typer.Argument(..., help="Candidates CSV (or Parquet dataset folder) from `timeline extract`."),
    decisions: Path = typer.Option(None, "--decisions", help="Decisions file: CSV (event_id,action,value) or YAML."),
    output: Path = typer.Option(
        None, "-o", "--output",
        help="Curated events CSV to write (default build/curated.csv); with --template, the decisions file to write.",
    ),
    seeds: Path = typer.Option(None, "--seeds", help=_SEEDS_HELP),
    default: str = typer.Option("keep", "--default", help="keep or drop: what happens to events no decision names."),
    template: bool = typer.Option(
        False, "--template", help="Write a decisions template (every candidate event, action keep) instead."
    ),
) -> None:
    """Apply an analyst's decisions (keep, drop, merge, retitle, redate, lane, drop-quote) to candidates.

    Every quote is checked again against its article; bad decisions are listed
    as ``file:row:column: message`` and nothing is written. Decisions naming
    events the candidates no longer hold are warnings.
    """
    from .curate import DEFAULTS, apply_decisions, write_template
    from .events import EventsValidationError, write_events

    if default not in DEFAULTS:
        _fail(f"error: --default must be keep or drop (got {default!r})")
    if not template and decisions is None:
        _fail("error: --decisions FILE is needed (or --template -o FILE to write one)")
    if template and output is None:
        _fail("error: --template needs -o FILE, the decisions file to write")
    target = output or Path("build/curated.csv")
    if target.resolve() == candidates.resolve():
        _fail(f"error: {target} is the candidates file; write the curated events elsewhere")
    _input(candidates, "run `timeline extract ARTICLES -o CANDIDATES.csv` first")
    if decisions is not None and not template:
        _input(decisions)
    _output(target, (".csv", ".yaml", ".yml") if template else (".csv",), "timeline curate", (decisions,))
    articles = _articles(seeds or _articles_folder(candidates))
    frame = _events(candidates, articles)  # a CSV, or a Parquet dataset from `timeline extract -o DIR`
    if template:
        try:
            path = write_template(frame, target)
        except FileExistsError as exc:
            _fail(f"error: {exc}")
        typer.echo(f"wrote {path}: {frame['event_id'].nunique()} candidate events, each with action keep")
        return
    if not decisions.exists():
        _fail(f"error: {decisions}: no such file")
    try:
        result = apply_decisions(frame, decisions, articles=articles, default=default)
        path = write_events(result.events, target, articles=articles)
    except EventsValidationError as exc:
        for problem in exc.problems:
            typer.echo(str(problem), err=True)
        _fail(f"{decisions}: {len(exc.problems)} problem(s); nothing written")
    for warning in result.warnings:
        _warn(warning)
    typer.echo(f"wrote {path}: {result.summary()}")


class ExportFormat(str, Enum):
    html = "html"
    timelinejs = "timelinejs"
    png = "png"
    svg = "svg"
    csv = "csv"
    json = "json"


_EXPORT_SUFFIX = {"html": ".html", "timelinejs": ".timelinejs.json"}
#: File names each export format accepts (a PNG is never written into ``x.svg``).
_EXPORT_SUFFIXES = {
    "html": (".html", ".htm"), "timelinejs": (".json", ".html", ".htm", ".csv"), "png": (".png",),
    "svg": (".svg",), "csv": (".csv",), "json": (".json",),
}


@app.command()
def export(
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="What to write."),
    seeds: Path = typer.Option(None, "--seeds", help=_SEEDS_HELP),
    events: Path = typer.Option(EVENTS, "--events", help="Curated events CSV."),
    output: Path = typer.Option(
        None, "-o", "--output",
        help="File to write (default build/timeline.<format>). For timelinejs: .json (data), .html (viewer page) or .csv (their spreadsheet template).",
    ),
    lanes: Path = typer.Option(
        None, "--lanes", help=LANES_HELP + " Re-assigns the lanes from the quotes; default: the events file's lanes."
    ),
    title: str = typer.Option(None, "--title", help=TITLE_HELP + " For html, timelinejs, png and svg."),
    dayfirst: Optional[bool] = _dayfirst_option(),
) -> None:
    """Export the timeline: HTML page, TimelineJS (JSON, viewer page or spreadsheet CSV), PNG, SVG, CSV or JSON."""
    from .export import export_events

    target = output or Path("build") / f"timeline{_EXPORT_SUFFIX.get(fmt.value, '.' + fmt.value)}"
    _output(target, _EXPORT_SUFFIXES[fmt.value], f"--format {fmt.value}", (events, lanes))
    _input(events)
    seeds = seeds or _articles_folder(events)
    articles = _articles(seeds, dayfirst)
    frame = _relane(_events(events, articles), lanes)
    extra = {} if fmt.value in ("csv", "json") else {"title": _title(title, frame, seeds)}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            path = export_events(frame, target, format=fmt.value, articles=articles, **extra)
        except (FileNotFoundError, RuntimeError) as exc:
            _fail(f"error: {exc}")
    for w in caught:
        _warn(w.message)
    typer.echo(f"wrote {path}")


def _one_line_warning(message, category, filename, lineno, file=None, line=None) -> None:
    _warn(message)


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code: every failure is one line, Ctrl-C is a quiet 130.

    ``--debug`` anywhere in the arguments shows the traceback of an unexpected error.

    Parameters
    ----------
    argv : list of str, optional
        The arguments (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        0 on success, 1 for an expected failure, 2 for a usage error, 130 when interrupted.
    """
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    args = [a for a in args if a != "--debug"]
    warnings.showwarning = _one_line_warning
    try:  # typer answers Ctrl-C in a command with exit code 130, and returns exit codes in this mode
        result = app(args=args, prog_name="timeline", standalone_mode=False)
        return result if isinstance(result, int) else 0
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("interrupted", err=True)
        return 130
    except typer.TyperException as exc:  # usage errors: the usual "Usage: … Error: …" lines, exit 2
        exc.show()
        return getattr(exc, "exit_code", 2)
    except Exception as exc:  # an unexpected error: one line, the traceback on request
        if debug:
            raise
        message = " ".join(str(exc).split())
        typer.echo(f"error: {type(exc).__name__}: {message} (run with --debug for the traceback)", err=True)
        return 1


def main() -> None:  # pragma: no cover - console entry point
    """Run the CLI and exit with its code."""
    raise SystemExit(run())
