"""Extraction over large archives: local processes or a Dask cluster.

The unit of work is one article reference (:class:`timeline.manifest.Source`,
a path and its metadata). :func:`process_source` is a pure function of it: it
loads the text, runs :func:`timeline.extract.read_page` and returns an
:class:`ArticleOutcome` (word and mention counts and candidate records, or the
failure message). :func:`run_extraction` streams references to workers in
batches, keeping a bounded number of batches in flight so memory does not
grow with the archive (texts are read only inside the workers), and then joins
the candidates with :func:`merge_blocked` (the grouping of :mod:`timeline.identity`,
as :func:`timeline.extract.merge_candidates`, with the pairs scored on the workers). Beyond
:data:`SPILL_MIN` candidates the records are spilled to disk by year as they come and merged one
year at a time (:func:`merge_partitioned`, :mod:`timeline.merge_partitions`), the years on the
workers or the cluster, so the driver's memory follows the busiest year, not the archive.

Engines:

* ``workers=1``: in this process;
* ``workers=N``: ``N`` local processes
  (:class:`concurrent.futures.ProcessPoolExecutor`, ``forkserver`` start);
* ``workers=None`` (the default): all cores when the articles hold at least
  :data:`POOL_MIN_BYTES`, else in this process (the pool would cost more than
  it saves);
* ``scheduler="tcp://HOST:PORT"`` (or the ``TIMELINE_SCHEDULER`` environment
  variable): an existing ``dask.distributed`` cluster, through
  ``distributed.Client``. Workers must see the same files at the same paths
  (paths are made absolute) and have the ``timeline`` package installed.

The merged frame does not depend on the engine, the number of workers, the
batch size or the order the references arrive in.

Output: :func:`write_output` writes a CSV (:func:`timeline.events.write_events`)
or a Parquet dataset partitioned by year (:func:`write_parquet`), both
validated and atomic; :func:`read_parquet` reads the dataset back as a
validated events frame.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import shutil
import time
import uuid
import warnings
from array import array
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import pandas as pd

from .aliases import AliasTable, role_names, table_of
from .articles import GIVE_DATE, UNRESOLVED_CLAUSE, ArticleError, MissingPublicationDate, load_article
from .copies import MIN_SHINGLES, article_signature, copy_pairs, join_copies
from .counted import FolderCounting
from .dates import find_dates
from .events import CSV_COLUMNS, DATETIME_DTYPE, DERIVED_COLUMNS, EventSchema as E, EventsValidationError
from .events import validate_events, write_events
from .folder_dates import FolderEvidence, dated_by_folder, folder_evidence, stated_days
from .identity import DEFAULT_THRESHOLD, Pairs, Prepared, group, join, prepare, score_pairs
from .lanes import Lanes, finish_lanes
from .manifest import Source, iter_sources
from .merge_partitions import PartitionedMerge, YearResult, YearTask, merge_year
from .multilingual import ENGLISH, find_dates_multilingual, other_languages_line
from .textio import plain_reading

__all__ = [
    "ArticleOutcome",
    "ExtractionResult",
    "ExtractionSummary",
    "Failure",
    "POOL_MIN_BYTES",
    "SCHEDULER_ENV",
    "count_sources",
    "is_dataset",
    "SPILL_MIN",
    "merge_blocked",
    "merge_partitioned",
    "process_batch",
    "process_source",
    "read_parquet",
    "run_extraction",
    "write_output",
    "write_parquet",
]

#: Environment variable naming a Dask scheduler address (``tcp://HOST:PORT``).
SCHEDULER_ENV = "TIMELINE_SCHEDULER"
#: With ``workers=None`` local processes start only when the articles hold at least this many bytes. Starting
#: the pool (fork server, imports, the tagger's patterns compiled again in each worker) cost about 1.3 s on a
#: 2-core machine; halving the tagging wins that back only from about 1 MB of text (3-5 s in one process), so
#: below it one process finishes first (docs/benchmarks.md, "Start-up, command latency, ...").
POOL_MIN_BYTES = 1_000_000
#: :func:`run_extraction` holds up to this many candidate records in memory and merges them at once
#: (:func:`merge_blocked`); beyond, it spills them to disk by year and merges one year at a time
#: (:func:`merge_partitioned`), so that the driver's memory does not grow with the archive.
SPILL_MIN = 100_000
_PARTITION = "year"
_MARKER = "_timeline_events"


# --------------------------------------------------------------------------- per article


def undated_in_one_line(told: Sequence[tuple[type, str]], missing: type, unresolved: type) -> list[str]:
    """An article's warning messages with the two about its missing publication date in one line.

    The loader says a page has no publication date (``missing``) before it is read; its reading then names the date
    expressions it left out for want of one (``unresolved``). One cause, one line: the expressions left out (less
    their advice, :data:`timeline.articles.GIVE_DATE`) replace the loader's
    :data:`timeline.articles.UNRESOLVED_CLAUSE`, and a page whose reading left nothing out says so (its days were
    fixed by its own text or by the folder, or it tells none).

    Parameters
    ----------
    told : sequence of (warning category, message)
        The article's warnings, in order, without its path.
    missing, unresolved : type
        The categories of the two warnings
        (:class:`timeline.articles.MissingPublicationDate`, :class:`timeline.extract.UnresolvedDates`).

    Returns
    -------
    list of str
        The messages.
    """
    left = [m for c, m in told if issubclass(c, unresolved)]
    if not any(issubclass(c, missing) and UNRESOLVED_CLAUSE in m for c, m in told):
        return [m for _c, m in told]
    lost = left[0].removesuffix(GIVE_DATE) if left else "none of its date expressions left out for want of it"
    return [m.replace(UNRESOLVED_CLAUSE, lost) if issubclass(c, missing) else m
            for c, m in told if not issubclass(c, unresolved)]


@dataclass(frozen=True, order=True)
class Failure:
    """An article that could not be processed (or a warning about one).

    Attributes
    ----------
    path : str
        The article file (or the manifest row for a bad reference).
    id : str
        The article id.
    message : str
        What went wrong.
    """

    path: str
    id: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class ArticleOutcome:
    """What one article gave: counts and candidate records, or an error.

    Attributes
    ----------
    id, path : str
        The article.
    words : int
        Words of the story (boilerplate excluded).
    mentions : int
        Time expressions the tagger found in the story.
    records : list of dict
        Candidate records from :func:`timeline.extract.extract_article`.
    error : str
        The failure message ("" on success).
    warnings : list of str
        Warnings raised while loading (e.g. no publication date).
    steps_failed : list of str
        Steps of the extractor that raised on this article (:class:`timeline.extract.StepFailedWarning`): their
        events are skipped, the article's others kept.
    signature : frozenset of int
        Sampled shingles of the story (:func:`timeline.copies.article_signature`), to find copies of one article.
    published : datetime.date or None
        The article's publication date (the date rule of :func:`timeline.copies.join_copies`).
    days : list of datetime.date
        The days it states with their year (:func:`timeline.folder_dates.stated_days`): evidence for dating the
        folder's pages without a publication date.
    roles : list of (frozenset of str, timeline.aliases.Alias)
        The roles it writes before a name (:func:`timeline.aliases.role_names`): evidence for the folder's alias
        table (:func:`timeline.aliases.table_of`).
    language : str
        The language of its story (:func:`timeline.extract.article_language`).
    counted : list of timeline.counted.CountedCandidate
        Its sentences opened by a distance from a named event, waiting for the folder to date that event
        (:func:`timeline.extract.read_page`; dated at the end of the stream, :func:`_merge_stream`).
    """

    id: str
    path: str
    words: int = 0
    mentions: int = 0
    records: list[dict] = field(default_factory=list)
    error: str = ""
    warnings: list[str] = field(default_factory=list)
    steps_failed: list[str] = field(default_factory=list)
    signature: frozenset = frozenset()
    published: Any = None
    days: list = field(default_factory=list)
    roles: list = field(default_factory=list)
    language: str = ""
    counted: list = field(default_factory=list)


def process_source(source: Source, lanes: Lanes | None = None, mode: str = "auto",
                   evidence: FolderEvidence | None = None, first: ArticleOutcome | None = None) -> ArticleOutcome:
    """Load one article and propose its candidates (a pure function of the reference and the file).

    Never raises for a bad article: a missing, binary, non-UTF-8 or empty
    file, a bad manifest row, or an unexpected error inside the extractor
    gives an outcome with ``error`` set.

    Parameters
    ----------
    source : Source
        The article reference.
    lanes : mapping, optional
        Lane names and their words (:func:`timeline.lanes.load_lanes`);
        default derived from the corpus (see :mod:`timeline.lanes`).
    mode : {"auto", "news", "narrative"}, optional
        How year-less dates are anchored (see :func:`timeline.dates.find_dates`).
    evidence : FolderEvidence, optional
        What the folder tells, to date a page without a publication date (:func:`timeline.folder_dates.dated_by_folder`;
        the second reading of such a page, see :func:`run_extraction`).
    first : ArticleOutcome, optional
        The page's first reading (without ``evidence``), returned as it is when the folder dates nothing on the
        page: reading it again would give the same records.

    Returns
    -------
    ArticleOutcome
    """
    from .extract import StepFailedWarning, UnresolvedDates, article_language, read_page

    out = ArticleOutcome(id=source.id, path=source.path)
    if source.error:
        out.error = source.error
        return out
    try:
        found = 0

        def tagger(*args: Any, **kwargs: Any):
            nonlocal found
            mentions = find_dates(*args, **kwargs)
            found += len(mentions)
            return mentions

        def foreign_tagger(*args: Any, **kwargs: Any):
            nonlocal found
            result = find_dates_multilingual(*args, **kwargs)
            found += len(result.mentions)
            return result

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            article = load_article(source.path, **source.load_options())
            if evidence is not None:
                dated = dated_by_folder(article, evidence)
                if dated.dating is None and dated.published is None and first is not None:
                    return first
                article = dated
            reading = read_page(article, lanes=lanes, tagger=tagger, foreign_tagger=foreign_tagger, mode=mode)
            out.records, out.counted = reading.records, reading.counted
        failed = [issubclass(w.category, StepFailedWarning) for w in caught]
        told = [(w.category, str(w.message).removeprefix(f"{source.path}: ")) for w, f in zip(caught, failed) if not f]
        out.warnings = undated_in_one_line(told, MissingPublicationDate, UnresolvedDates)
        out.steps_failed = [str(w.message).removeprefix(f"{source.path}: ") for w, f in zip(caught, failed) if f]
        out.mentions = found
        out.words = article.word_count()
        out.signature = article_signature(article)
        out.published = article.published
        out.days = stated_days(article)
        out.roles = role_names(plain_reading(article.text))
        out.language = article_language(article)
    except ArticleError as exc:
        out.error = str(exc).removeprefix(f"{source.path}: ")
        out.records, out.counted = [], []
    except Exception as exc:  # one bad article must not stop the run
        out.error = f"{type(exc).__name__}: {exc}"
        out.records, out.counted = [], []
    return out


def process_batch(sources: Sequence[Source], lanes: Lanes | None = None, mode: str = "auto") -> list[ArticleOutcome]:
    """:func:`process_source` over a batch (the task sent to a worker)."""
    return [process_source(s, lanes, mode) for s in sources]


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class ExtractionSummary:
    """Counts and timing of a run.

    Attributes
    ----------
    articles : int
        Article references processed (including failures).
    failures : int
        Articles that could not be processed.
    words : int
        Story words of the processed articles.
    mentions : int
        Time expressions found.
    candidates : int
        Candidate quotes (rows of the merged frame).
    events : int
        Distinct candidate events after merging.
    seconds : float
        Wall time of the run (extraction and merging).
    engine : str
        ``serial``, ``processes(N)`` or ``dask(ADDRESS)``.
    steps_failed : int
        Steps of the extractor that raised on a processed article (their events skipped, the article's others kept).
    """

    articles: int
    failures: int
    words: int
    mentions: int
    candidates: int
    events: int
    seconds: float
    engine: str
    steps_failed: int = 0

    @property
    def articles_per_second(self) -> float:
        """Throughput in articles per second."""
        return self.articles / self.seconds if self.seconds else float("nan")

    @property
    def seconds_per_1000_words(self) -> float:
        """Wall time per 1,000 story words."""
        return self.seconds / self.words * 1000 if self.words else float("nan")

    def __str__(self) -> str:
        return (
            f"{self.articles} articles ({self.failures} failed"
            f"{f', {self.steps_failed} failed steps' if self.steps_failed else ''}), {self.words} words, "
            f"{self.mentions} mentions, "
            f"{self.candidates} candidate quotes in {self.events} events; {self.seconds:.1f} s "
            f"({self.articles_per_second:.1f} articles/s) on {self.engine}"
        )


@dataclass
class ExtractionResult:
    """The outcome of :func:`run_extraction`.

    Attributes
    ----------
    events : pandas.DataFrame
        Merged candidates: the events-frame schema plus
        :data:`timeline.extract.CANDIDATE_COLUMNS`.
    failures : list of Failure
        Articles that could not be processed, sorted by path.
    warnings : list of Failure
        Warnings (e.g. no publication date), sorted by path.
    summary : ExtractionSummary
    steps_failed : list of Failure
        Steps of the extractor that raised on a processed article (:class:`timeline.extract.StepFailedWarning`):
        their events are skipped, the article's others kept; sorted by path.
    languages : str
        One line on the pages in a language the English tagger does not read, "" when there is none
        (:func:`timeline.multilingual.other_languages_line`).
    """

    events: pd.DataFrame
    failures: list[Failure]
    warnings: list[Failure]
    summary: ExtractionSummary
    steps_failed: list[Failure] = field(default_factory=list)
    languages: str = ""

    def __str__(self) -> str:
        return str(self.summary)


# --------------------------------------------------------------------------- engines


def in_batches(sources: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """``sources`` in lists of at most ``size`` items, in order (the last list may be shorter)."""
    batch: list[Any] = []
    for s in sources:
        batch.append(s)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run_serial(batches: Iterator[list[Source]], lanes, mode: str) -> Iterator[list[ArticleOutcome]]:
    for batch in batches:
        yield process_batch(batch, lanes, mode)


def map_batches(task: Callable[..., Any], batches: Iterable[list[Any]], workers: int, *args: Any) -> Iterator[Any]:
    """Run ``task(batch, *args)`` for each batch on local worker processes, yielding results as they finish.

    At most two batches per worker are in flight, so a lazy ``batches`` iterator is consumed as work completes
    and memory stays flat. Results come in completion order, not submission order.

    Parameters
    ----------
    task : callable
        A picklable module-level function taking a batch (and ``args``).
    batches : iterable of list
        The work, e.g. from chunks of article references or of articles.
    workers : int
        Worker processes (forked from a server that has imported ``timeline.engine``).
    *args
        Extra arguments passed to every call (e.g. the lane lexicon).

    Yields
    ------
    object
        Each call's result.
    """
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["timeline.engine"])  # import once in the server, fork workers from it
    limit = 2 * workers
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        pending = set()
        for batch in batches:
            pending.add(pool.submit(task, batch, *args))
            if len(pending) >= limit:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    yield fut.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()


def _run_dask(batches: Iterator[list[Source]], lanes, scheduler: Any, mode: str) -> Iterator[list[ArticleOutcome]]:
    from distributed import Client, as_completed

    own = not isinstance(scheduler, Client)
    client = Client(scheduler, set_as_default=False) if own else scheduler
    try:
        nthreads = sum(client.nthreads().values()) or 1
        limit = 2 * nthreads
        ac = as_completed(loop=client.loop)
        in_flight = 0
        for batch in batches:
            ac.add(client.submit(process_batch, batch, lanes, mode, pure=False))
            in_flight += 1
            if in_flight >= limit:
                fut = next(ac)
                in_flight -= 1
                yield fut.result()
                fut.release()
        for fut in ac:
            yield fut.result()
            fut.release()
    finally:
        if own:
            client.close()


def _size(source: Any) -> int:
    try:
        return os.path.getsize(source.path)
    except (OSError, AttributeError, TypeError):
        return 0


def _worth_a_pool(batches: Iterator[list[Any]], min_bytes: int) -> tuple[bool, Iterator[list[Any]]]:
    """Read batches ahead until they hold ``min_bytes`` of files; whether there is that much, and all batches."""
    ahead: list[list[Any]] = []
    total = 0
    for batch in batches:
        ahead.append(batch)
        total += sum(_size(s) for s in batch)
        if total >= min_bytes:
            return True, itertools.chain(ahead, batches)
    return False, iter(ahead)


def _engine_name(workers: int, scheduler: Any) -> str:
    if scheduler is not None:
        return f"dask({getattr(scheduler, 'scheduler', None) and scheduler.scheduler.address or scheduler})"
    return "serial" if workers <= 1 else f"processes({workers})"


def run_extraction(
    sources: Iterable[Source] | str | os.PathLike[str],
    *,
    workers: int | None = None,
    scheduler: Any = None,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
    lanes: Lanes | None = None,
    mode: str = "auto",
) -> ExtractionResult:
    """Extract and merge candidates from many articles on local processes or a Dask cluster.

    Parameters
    ----------
    sources : iterable of Source, or path-like
        Article references (e.g. from :func:`timeline.manifest.iter_sources`);
        a path or glob is passed to ``iter_sources``. Consumed lazily.
    workers : int, optional
        Local processes; 1 runs in this process. None: all cores once the
        article files hold :data:`POOL_MIN_BYTES` (read ahead by batches),
        else this process, which finishes before a pool would have started.
        Ignored when a scheduler is used.
    scheduler : str or distributed.Client, optional
        Address of a running Dask scheduler (``tcp://127.0.0.1:8786``) or a
        client. Defaults to the ``TIMELINE_SCHEDULER`` environment variable;
        local processes when neither is set.
    batch_size : int, default 16
        Articles per task. At most two tasks per worker are in flight.
    progress : callable, optional
        Called with the number of articles just finished (``tqdm.update``).
    lanes : mapping, optional
        Lane names and their words (:func:`timeline.lanes.load_lanes`);
        default derived from the corpus (see :mod:`timeline.lanes`).
    mode : {"auto", "news", "narrative"}, default "auto"
        How year-less dates are anchored (see :func:`timeline.dates.find_dates`).

    Returns
    -------
    ExtractionResult
        The merged candidates (identical whatever the engine), failures,
        warnings and a summary. An error inside one article is that article's
        failure; a candidate row the merge leaves out (see
        :func:`merge_blocked`) is a warning naming the article's file.
    """
    t0 = time.perf_counter()
    if isinstance(sources, (str, os.PathLike)):
        sources = iter_sources(sources)
    if scheduler is None:
        scheduler = os.environ.get(SCHEDULER_ENV) or None
    n = workers if workers is not None else (os.cpu_count() or 1)
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    pending: dict[str, Source] = {}
    batches = _remembered(in_batches(sources, batch_size), pending)
    if scheduler is None and workers is None and n > 1:
        big, batches = _worth_a_pool(batches, POOL_MIN_BYTES)
        n = n if big else 1
    if scheduler is not None:
        stream = _run_dask(batches, lanes, scheduler, mode)
    elif n <= 1:
        stream = _run_serial(batches, lanes, mode)
    else:
        stream = map_batches(process_batch, batches, n, lanes, mode)
    stream = _folder_dating(stream, pending, lanes, mode)
    tally = _Tally()
    merged = _merge_stream(stream, tally, progress, workers=n if scheduler is None else 1, scheduler=scheduler)
    merged = _join_copies(merged, tally)
    warned = tally.warned + _dropped_rows(merged, tally.paths)
    events = finish_lanes(merged, lanes)
    failures = tally.failures
    summary = ExtractionSummary(
        articles=tally.articles,
        failures=len(failures),
        words=tally.words,
        mentions=tally.mentions,
        candidates=len(events),
        events=int(events[E.event_id].nunique()),
        seconds=time.perf_counter() - t0,
        engine=_engine_name(n, scheduler),
        steps_failed=len(tally.steps_failed),
    )
    return ExtractionResult(events=events, failures=sorted(failures), warnings=sorted(warned), summary=summary,
                            steps_failed=sorted(tally.steps_failed),
                            languages=other_languages_line(tally.languages.elements()))


#: pages without a publication date read a second time with the folder's evidence (the others keep their reading)
MAX_HELD = 5_000
#: candidates of dated pages kept as evidence for dating the undated ones (a bigger archive keeps the first ones)
MAX_EVIDENCE_RECORDS = 200_000


def _remembered(batches: Iterator[list[Source]], pending: dict[str, Source]) -> Iterator[list[Source]]:
    """The batches, each source noted in ``pending`` by path until its outcome comes back (see
    :func:`_folder_dating`)."""
    for batch in batches:
        for src in batch:
            pending[src.path] = src
        yield batch


def _folder_dating(stream: Iterable[list[ArticleOutcome]], pending: dict[str, Source], lanes: Lanes | None,
                   mode: str) -> Iterator[list[ArticleOutcome]]:
    """The outcomes, those of pages without a publication date held back to the end and read again with what
    the folder tells (:func:`timeline.folder_dates.page_dating`, as :func:`timeline.extract.extract` does); a page
    the folder dates nothing of keeps its first reading."""
    held: list[ArticleOutcome] = []
    stated: dict[str, list] = {}
    quotes: list[dict] = []
    for outcomes in stream:
        passed = []
        for o in outcomes:
            src = pending.pop(o.path, None)
            stated[o.id] = o.days
            if not o.error and o.published is None and src is not None and len(held) < MAX_HELD:
                held.append(o)
                pending[o.path] = src
                continue
            if not o.error and len(quotes) < MAX_EVIDENCE_RECORDS:
                quotes += [{E.source: o.id, E.date: r[E.date], E.quote: r[E.quote]} for r in o.records]
            passed.append(o)
        yield passed
    if not held:
        return
    evidence = folder_evidence(stated, quotes, [o.id for o in held])
    again = []
    for o in held:
        article_src = pending.pop(o.path)
        redo = process_source(article_src, lanes, mode, evidence=evidence, first=o)
        again.append(redo if not redo.error else o)
    yield again


@dataclass
class _Tally:
    """Counts of a run, gathered as the outcomes come."""

    articles: int = 0
    words: int = 0
    mentions: int = 0
    failures: list[Failure] = field(default_factory=list)
    warned: list[Failure] = field(default_factory=list)
    steps_failed: list[Failure] = field(default_factory=list)
    paths: dict[str, str] = field(default_factory=dict)
    signatures: dict[str, array] = field(default_factory=dict)
    published: dict[str, Any] = field(default_factory=dict)
    roles: dict[str, list] = field(default_factory=dict)
    languages: Counter = field(default_factory=Counter)  # (language, gave no event) of each processed page
    counting: FolderCounting = field(default_factory=FolderCounting)  # the pages' distances from named events

    def keep_signature(self, o: ArticleOutcome) -> None:
        """Keep an outcome's copy signature (a compact array) and publication date for :func:`join_copies`."""
        if len(o.signature) >= MIN_SHINGLES:
            self.signatures[o.id] = array("I", sorted(o.signature))
            self.published[o.id] = o.published


def _merge_stream(stream: Iterable[list[ArticleOutcome]], tally: _Tally, progress: Callable[[int], None] | None,
                  *, workers: int, scheduler: Any) -> pd.DataFrame:
    """Gather the outcomes' candidates and merge them: in memory (:func:`merge_blocked`) up to
    :data:`SPILL_MIN` candidates, beyond that spilled to disk by year as they come and merged year by year
    (:func:`merge_partitioned`'s way, the years on the workers or the cluster). The candidates dated by their
    distance from an event the folder dates (:class:`timeline.counted.FolderCounting`, as
    :func:`timeline.extract.extract` dates them) join them once every outcome has come."""
    records: list[dict] = []
    spill: PartitionedMerge | None = None
    try:
        for outcomes in stream:
            for o in outcomes:
                tally.articles += 1
                tally.paths.setdefault(o.id, o.path)
                if o.error:
                    tally.failures.append(Failure(o.path, o.id, o.error))
                    continue
                tally.words += o.words
                tally.mentions += o.mentions
                records += o.records
                tally.counting.add(o.records, o.counted)
                tally.keep_signature(o)
                tally.roles[o.id] = o.roles
                tally.languages[(o.language or ENGLISH, not o.records)] += 1
                tally.warned += [Failure(o.path, o.id, w) for w in o.warnings]
                tally.steps_failed += [Failure(o.path, o.id, w) for w in o.steps_failed]
            if len(records) > SPILL_MIN:  # a big archive: the records go to disk by year as they come
                spill = spill or PartitionedMerge()
                spill.add(records)
                records = []
            if progress is not None:
                progress(len(outcomes))
        records += tally.counting.records()
        if spill is None:
            return merge_blocked(records, workers=workers, aliases=table_of(tally.roles))
        spill.add(records)
        del records
        return _concat(spill, _year_mapper(workers, scheduler))
    finally:
        if spill is not None:
            spill.close()


def _join_copies(merged: pd.DataFrame, tally: _Tally) -> pd.DataFrame:
    """:func:`timeline.copies.join_copies` of the copies the outcomes' signatures show (as in ``extract``)."""
    return join_copies(merged, copy_pairs(tally.signatures), tally.published)


def _dropped_rows(events: pd.DataFrame, paths: Mapping[str, str]) -> list[Failure]:
    """Rows the merge had to leave out (never expected), reported by article file rather than lost silently."""
    return [Failure(paths.get(d.source, d.source), d.source, str(d)) for d in events.attrs.get("dropped", [])]


def count_sources(spec: Any) -> int:
    """Number of references :func:`timeline.manifest.iter_sources` yields (for a progress bar total)."""
    return sum(1 for _ in iter_sources(spec))


# --------------------------------------------------------------------------- merging


def merge_blocked(records: Sequence[Mapping], *, similarity: float = DEFAULT_THRESHOLD, workers: int = 1,
                  aliases: AliasTable | None = None) -> pd.DataFrame:
    """:func:`timeline.extract.merge_candidates` for large inputs, with the pairs scored in parallel.

    The same method (:mod:`timeline.identity`): candidates are blocked by
    (year, shared actor / action / object / rare word), so the pairs compared
    grow linearly with the archive; here the pairs are scored in ``workers``
    forked processes, and the links are then joined in one fixed order, so
    the frame is that of ``merge_candidates`` whatever ``workers`` (tested).

    Parameters
    ----------
    records : sequence of mapping
        Candidate records from :func:`timeline.extract.extract_article`.
    similarity : float, optional
        Link threshold (:data:`timeline.identity.DEFAULT_THRESHOLD`).
    workers : int, default 1
        Processes that score the pairs (forked, so they share the prepared
        candidates without copying). Small inputs are always scored in this
        process.
    aliases : AliasTable, optional
        The folder's roles and their names (:func:`timeline.aliases.table_of` of its pages; default: of the
        records' quotes, as a year partition of a spilled merge has them).

    Returns
    -------
    pandas.DataFrame
        A validated events frame with the candidate columns, one row per quote;
        rows left out are in ``frame.attrs["dropped"]`` as for
        ``merge_candidates``.
    """
    global _SCORING
    prep = prepare(records, threshold=similarity, aliases=aliases)
    if workers > 1 and len(prep.records) >= _PARALLEL_MERGE_MIN and "fork" in multiprocessing.get_all_start_methods():
        n = 4 * workers
        chunks = [prep.pairs[k::n] for k in range(n) if prep.pairs[k::n]]
        links: list[tuple[float, int, int]] = []
        conflicts: list[tuple[int, int]] = []
        _SCORING = _Scoring(prep, chunks)
        try:
            ctx = multiprocessing.get_context("fork")  # the children inherit _SCORING: nothing is pickled in
            with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
                for part_links, part_conflicts in pool.map(_score_chunk, range(len(chunks))):
                    links += part_links
                    conflicts += part_conflicts
        finally:
            _SCORING = None
    else:
        links, conflicts = score_pairs(prep, prep.pairs)
    prep.pairs = Pairs()  # what the driver holds shrinks as the merge goes: pairs, then links, then records
    roots = join(prep, links, sorted(conflicts))
    del links, conflicts
    return group(prep, [], roots=roots)


def merge_partitioned(records: Iterable[Mapping], *, similarity: float = DEFAULT_THRESHOLD,
                      folder: str | os.PathLike[str] | None = None, workers: int = 1, scheduler: Any = None
                      ) -> pd.DataFrame:
    """:func:`merge_blocked` one year at a time: the records are spilled to disk by year and merged year by year
    (:class:`timeline.merge_partitions.PartitionedMerge`), so only one year is in memory with the result.

    The frame is that of :func:`merge_blocked` when no record's period crosses a year boundary (tested); a
    record that does (a week over the new year, a winter, a decade) joins events of one of its years only.
    The frame does not depend on ``workers`` or ``scheduler`` (tested).

    Parameters
    ----------
    records : iterable of mapping
        Candidate records, consumed lazily.
    similarity : float, optional
        Link threshold.
    folder : path-like, optional
        Where the temporary spill folder is made (on a Dask cluster: a folder its workers see at the same path).
    workers : int, default 1
        Local processes that merge years side by side (each holds one year).
    scheduler : str or distributed.Client, optional
        Merge the years on this Dask cluster instead (its workers must see ``folder``).

    Returns
    -------
    pandas.DataFrame
        As :func:`merge_blocked`.
    """
    with PartitionedMerge(folder, threshold=similarity) as spill:
        batch: list[Mapping] = []
        for r in records:
            batch.append(r)
            if len(batch) >= 10_000:
                spill.add(batch)
                batch = []
        spill.add(batch)
        return _concat(spill, _year_mapper(workers, scheduler))


def _merge_years(tasks: list[YearTask]) -> list[YearResult]:
    return [merge_year(t) for t in tasks]


def _year_mapper(workers: int, scheduler: Any) -> Callable | None:
    """How the years of a partitioned merge are run: None (this process), local processes or a Dask cluster."""
    if scheduler is not None:
        def on_dask(fn: Callable, tasks: list[YearTask]) -> Iterator[YearResult]:
            from distributed import Client, as_completed

            own = not isinstance(scheduler, Client)
            client = Client(scheduler, set_as_default=False) if own else scheduler
            try:
                futures = client.map(fn, tasks, pure=False)
                task_of = {fut.key: t for fut, t in zip(futures, tasks)}
                for fut in as_completed(futures, loop=client.loop):
                    if fut.status == "error":  # e.g. a worker that does not see the spill folder
                        yield fn(task_of[fut.key])  # the year's file is still there: merged here instead
                    else:
                        yield fut.result()
                    fut.release()
            finally:
                if own:
                    client.close()

        return on_dask
    if workers > 1:
        return lambda fn, tasks: (r for rs in map_batches(_merge_years, ([t] for t in tasks), workers) for r in rs)
    return None


def _concat(spill: PartitionedMerge, mapper: Callable | None = None) -> pd.DataFrame:
    """The frames of a partitioned merge as one, sorted as one merge sorts it."""
    dropped = list(spill.dropped)
    frames = []
    for frame in spill.frames(mapper):
        dropped += frame.attrs.get("dropped", [])
        frame.attrs = {}
        frames.append(frame)
    if not frames:
        merged = merge_blocked([])
    else:
        merged = pd.concat(frames, ignore_index=True)
        merged = merged.sort_values(_SORT, kind="mergesort").reset_index(drop=True)
    merged.attrs["dropped"] = dropped
    return merged


# merging in parallel pays off only on large inputs (forking costs ~0.1 s)
_PARALLEL_MERGE_MIN = 20_000


@dataclass
class _Scoring:
    """What the pair-scoring processes need; set in the parent just before they are forked."""

    prep: Prepared
    chunks: list[Pairs]


_SCORING: _Scoring | None = None


def _score_chunk(k: int) -> tuple[list[tuple[float, int, int]], list[tuple[int, int]]]:
    assert _SCORING is not None, "forked without the scoring state"
    return score_pairs(_SCORING.prep, _SCORING.chunks[k])


# --------------------------------------------------------------------------- output

_SORT = [E.start, E.date, E.event_id, E.source, E.quote_start]


def is_dataset(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a folder :func:`write_parquet` wrote (it holds the dataset's marker file)."""
    return (Path(path) / _MARKER).is_file()


def _looks_like_dataset(path: Path) -> bool:
    return all(p.name.startswith(f"{_PARTITION}=") or p.name == _MARKER for p in path.iterdir())


def write_parquet(events: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Validate an events frame and write it as a Parquet dataset partitioned by year, atomically.

    The dataset is a folder of ``year=YYYY/part-0.parquet`` files (hive
    partitioning on the year the event's period starts), written to a
    temporary folder beside ``path`` and renamed into place; an existing
    dataset at ``path`` is replaced. Every column is kept, derived and
    candidate columns included.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame (candidate columns allowed).
    path : path-like
        The dataset folder.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    EventsValidationError
        When the frame is invalid; nothing is written then.
    FileExistsError
        When ``path`` exists and is not such a dataset (it is never replaced).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    dest = Path(path)
    frame = events.reset_index(drop=True)
    missing = [c for c in (*CSV_COLUMNS, *DERIVED_COLUMNS) if c not in frame.columns]
    if missing:
        raise ValueError(f"not an events frame (read_events, merge_candidates): missing {', '.join(missing)}")
    problems = validate_events(frame, file=str(dest))
    if problems:
        raise EventsValidationError(problems)
    if dest.exists() and (not dest.is_dir() or not _looks_like_dataset(dest)):
        raise FileExistsError(f"{dest}: exists and is not a timeline Parquet dataset; not replaced")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.parent / f".{dest.name}.tmp-{uuid.uuid4().hex}"
    try:
        tmp.mkdir()
        frame = frame.sort_values(_SORT, kind="mergesort").reset_index(drop=True)
        years = frame[E.start].dt.year.astype("int64")
        table = pa.Table.from_pandas(frame, preserve_index=False)
        (tmp / _MARKER).write_text(table.schema.to_string(show_schema_metadata=False) + "\n", encoding="utf-8")
        for year in sorted(set(years)):
            part = tmp / f"{_PARTITION}={year}"
            part.mkdir()
            pq.write_table(table.filter(pa.array(years == year)), part / "part-0.parquet")
        if not len(frame):
            part = tmp / f"{_PARTITION}=0"
            part.mkdir()
            pq.write_table(table, part / "part-0.parquet")
        old = None
        if dest.exists():
            old = dest.parent / f".{dest.name}.old-{uuid.uuid4().hex}"
            os.replace(dest, old)
        os.replace(tmp, dest)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return dest


def read_parquet(path: str | os.PathLike[str], *, years: Iterable[int] | None = None) -> pd.DataFrame:
    """Read a dataset written by :func:`write_parquet` and validate it.

    Parameters
    ----------
    path : path-like
        The dataset folder.
    years : iterable of int, optional
        Read only these partitions (years of the events' start).

    Returns
    -------
    pandas.DataFrame
        The events frame, sorted as :func:`timeline.events.write_events`
        sorts it, with the same columns and dtypes as written.

    Raises
    ------
    EventsValidationError
        When the data does not satisfy the events schema.
    FileNotFoundError
        When there is no dataset at ``path``.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    root = Path(path)
    if not (root / _MARKER).is_file():
        raise FileNotFoundError(f"{root}: not a timeline Parquet dataset (no {_MARKER})")
    wanted = None if years is None else {int(y) for y in years}
    parts = sorted(
        p for p in root.glob(f"{_PARTITION}=*/*.parquet")
        if wanted is None or int(p.parent.name.split("=", 1)[1]) in wanted
    )
    tables = [pq.read_table(p) for p in parts]
    if tables:
        table = pa.concat_tables(tables)
    else:
        table = pq.read_table(sorted(root.glob(f"{_PARTITION}=*/*.parquet"))[0]).slice(0, 0)
    frame = table.to_pandas()
    for col in frame.columns:
        if frame[col].dtype == "string" or str(frame[col].dtype).startswith("string"):
            frame[col] = frame[col].astype(object)
        elif col in (E.start, E.end) and frame[col].dtype.kind == "M":  # Parquet stores seconds as milliseconds
            frame[col] = frame[col].astype(DATETIME_DTYPE)
    frame = frame.sort_values(_SORT, kind="mergesort").reset_index(drop=True)
    problems = validate_events(frame, file=str(root))
    if problems:
        raise EventsValidationError(problems)
    return frame


def write_output(events: pd.DataFrame, path: str | os.PathLike[str], *, format: str | None = None) -> Path:
    """Write an events frame as CSV or as a Parquet dataset.

    Parameters
    ----------
    events : pandas.DataFrame
    path : path-like
        ``*.csv`` for a CSV file; otherwise a dataset folder.
    format : {"csv", "parquet"}, optional
        Overrides the choice made from ``path``.

    Returns
    -------
    pathlib.Path
    """
    fmt = format or ("csv" if str(path).lower().endswith(".csv") else "parquet")
    if fmt == "csv":
        return write_events(events, path)
    if fmt == "parquet":
        return write_parquet(events, path)
    raise ValueError(f"unknown format {format!r} (csv or parquet)")

