"""Merging a big archive one year at a time, so that memory does not grow with the archive.

:func:`timeline.identity.merge` holds every candidate record, its features, the pairs and the links of the
whole archive at once. :class:`PartitionedMerge` holds one **year partition** at a time instead:

1. :meth:`PartitionedMerge.add` takes candidate records as they come (from the extraction workers), describes
   each once (:func:`timeline.identity.features`), counts the terms' document frequencies over the whole
   archive (a counter of words, small) and appends the record with its features to the file of the year its
   date falls in, in a temporary folder. The records are not kept.
2. :meth:`PartitionedMerge.frames` merges one year at a time with :mod:`timeline.identity`
   (``prepare`` with the archive's term frequencies, ``score_pairs``, ``join``, ``group``) and yields that
   year's frame; only that year's records, pairs and links are in memory.

Pairs are only ever scored within one year (:mod:`timeline.identity` blocks by year), so a year whose records
all lie inside it is merged exactly as the whole archive would merge them (tested: same frame as
:func:`timeline.engine.merge_blocked`). A record whose period **crosses a year boundary** (a week from
December into January, ``winter 2021-22``, a decade) is a *guest*: it is copied into the partition of every
year it touches, is scored against each, and then belongs to one of them (its **home**): the year where its
strongest link to a record of that year is, the earlier year among equals, else the first of its years that has
records. It joins events in its home only (as in the whole-archive merge, a coarse mention joins at most one
event of the finer dates it spans). Years holding guests are merged in two passes (score all, then group with
the guests placed), the others in one.

Memory: the records of the largest year, its pairs and links, plus the term counts. The frames yielded are the
caller's (:func:`timeline.engine.run_extraction` concatenates them into the result; a writer can stream them).
"""

from __future__ import annotations

import datetime as dt
import pickle
import shutil
import tempfile
from pathlib import Path
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Mapping

import pandas as pd

from .candidates import DroppedRow, usable_records
from .events import EventSchema as E
from .identity import DEFAULT_CAP, DEFAULT_THRESHOLD, Features, Pairs, Prepared, features, group, join
from .identity import mention_period, prepare, score_pairs
from .periods import Period, parse_period

__all__ = ["PartitionedMerge", "YearResult", "YearTask", "merge_year", "years_of"]

_Key = tuple  # (source, quote_start, quote_end, date_text, date, confidence): one candidate record


def years_of(period: Period) -> range:
    """The calendar years a period touches."""
    last = dt.date.fromordinal(period.end.toordinal() - 1).year  # the end is exclusive
    return range(period.start.year, max(period.start.year, last) + 1)


def _key(r: Mapping) -> _Key:
    return (r[E.source], r[E.quote_start], r[E.quote_end], r.get(E.date_text, ""), r[E.date], r["confidence"])


class PartitionedMerge:
    """Candidate records spilled to disk by year, merged one year at a time.

    Parameters
    ----------
    folder : path-like, optional
        Where the temporary folder is made (default: the system's temporary folder).
    threshold : float
        Link threshold (:data:`timeline.identity.DEFAULT_THRESHOLD`).
    cap : int
        Largest block compared pair by pair (:data:`timeline.identity.DEFAULT_CAP`).

    Attributes
    ----------
    candidates : int
        Records added (usable ones).
    dropped : list of DroppedRow
        Records that could not be merged.
    pairs_compared : int
        Pairs scored so far (a record crossing years is scored in each of its years).
    largest : int
        Records of the largest partition merged so far (what bounds the memory).

    Examples
    --------
    >>> with PartitionedMerge() as pm:            # doctest: +SKIP
    ...     pm.add(records)
    ...     for frame in pm.frames():
    ...         ...
    """

    def __init__(self, folder: str | Path | None = None, *, threshold: float = DEFAULT_THRESHOLD,
                 cap: int = DEFAULT_CAP):
        self.threshold, self.cap = threshold, cap
        self.dropped: list[DroppedRow] = []
        self.candidates = 0
        self.pairs_compared = 0
        self.largest = 0
        self._dir = Path(tempfile.mkdtemp(prefix="timeline-merge-", dir=folder))
        self._doc_freq: dict[str, int] = {}
        self._home_years: set[int] = set()  # years with at least one record inside them
        self._periods: dict[str, Period] = {}

    def __enter__(self) -> "PartitionedMerge":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Remove the temporary folder."""
        shutil.rmtree(self._dir, ignore_errors=True)

    def _period(self, date: str) -> Period:
        p = self._periods.get(date)
        if p is None:
            if len(self._periods) > 50_000:
                self._periods.clear()  # a cache, not a store: bounded
            p = self._periods[date] = parse_period(date)
        return p

    def add(self, records: Iterable[Mapping]) -> None:
        """Describe records, count their terms and append them to their years' files (not kept in memory).

        A record that cannot be merged (a date that is no period, offsets that are not integers) goes to
        :attr:`dropped`, as in :func:`timeline.identity.merge`.
        """
        recs, dropped = usable_records(records)
        self.dropped += dropped
        by_year: dict[int, list[tuple[dict, Features, bool]]] = {}
        df = self._doc_freq
        for r in recs:
            f = features(r)
            for t in f.terms:
                df[t] = df.get(t, 0) + 1
            years = years_of(mention_period(r, self._period(r[E.date])))
            guest = len(years) > 1
            if not guest:
                self._home_years.add(years[0])
            for y in years:
                by_year.setdefault(y, []).append((r, f, guest))
        self.candidates += len(recs)
        for y, items in by_year.items():
            with open(self._dir / f"{y}.in", "ab") as fh:
                pickle.dump(items, fh, protocol=pickle.HIGHEST_PROTOCOL)

    def tasks(self) -> list["YearTask"]:
        """One :class:`YearTask` per year partition (what :meth:`frames` maps :func:`merge_year` over)."""
        years = sorted(int(p.stem) for p in self._dir.glob("*.in"))
        return [YearTask(str(self._dir), y, self._doc_freq, self.candidates, self.threshold, self.cap) for y in years]

    def frames(self, mapper: Callable[[Callable, list], Iterable["YearResult"]] | None = None
               ) -> Iterator[pd.DataFrame]:
        """Merge the partitions; yield each year's frame (a validated events frame with the candidate
        columns, its rows left out in ``attrs["dropped"]``), in year order. Event ids are unique across
        the frames.

        Parameters
        ----------
        mapper : callable, optional
            ``mapper(merge_year, tasks)`` returns the :class:`YearResult` of every task, in any order: the
            years are then merged where it runs them (local processes, a Dask cluster whose workers see this
            folder). Default: in this process, one year at a time.
        """
        tasks = self.tasks()
        best: dict[_Key, tuple[float, int]] = {}  # guest -> (strongest link to a record of the year, -year)
        deferred: list[int] = []
        for res in (mapper or map)(merge_year, tasks):
            self.pairs_compared += res.pairs
            self.largest = max(self.largest, res.records)
            if res.deferred:
                deferred.append(res.year)
            for k, score in res.best.items():
                best[k] = max(best.get(k, (-1.0, 0)), (score, -res.year))
        used: set[str] = set()  # ids of events dated across years: the only ones two partitions can share
        for y in sorted(deferred):
            with open(self._dir / f"{y}.scored", "rb") as fh:
                prep, links, conflicts, guest = pickle.load(fh)
            (self._dir / f"{y}.scored").unlink()
            _write(self._dir, y, self._group_placed(y, prep, links, conflicts, guest, best, used))
        for t in tasks:
            path = self._dir / f"{t.year}.out"
            if path.exists():
                frame = pd.read_pickle(path)
                path.unlink()
                yield frame

    def _home(self, key: _Key, best: Mapping[_Key, tuple[float, int]]) -> int:
        if key in best:
            return -best[key][1]
        years = years_of(self._period(key[4]))
        return next((y for y in years if y in self._home_years), years[0])

    def _group_placed(self, y: int, prep: Prepared, links: list, conflicts: list, guest: list[bool],
                      best: Mapping[_Key, tuple[float, int]], used: set[str]) -> pd.DataFrame:
        """One year's frame with its guests placed: the guests whose home is another year are left out."""
        keep = [i for i in range(len(prep.records)) if not guest[i] or self._home(_key(prep.records[i]), best) == y]
        new = {old: k for k, old in enumerate(keep)}
        sub = Prepared([prep.records[i] for i in keep], [prep.periods[i] for i in keep],
                       [prep.features[i] for i in keep], prep.idf, threshold=prep.threshold, dropped=prep.dropped)
        links = [(s, new[i], new[j]) for s, i, j in links if i in new and j in new]
        conflicts = [(new[i], new[j]) for i, j in conflicts if i in new and j in new]
        frame = group(sub, [], roots=join(sub, links, conflicts))
        return _unique_ids(frame, used, self._period)



@dataclass(frozen=True)
class YearTask:
    """What :func:`merge_year` needs: the spill folder, the year, the archive's term frequencies, the options."""

    folder: str
    year: int
    doc_freq: Mapping[str, int]
    total: int
    threshold: float
    cap: int


@dataclass(frozen=True)
class YearResult:
    """What :func:`merge_year` returns (the frame or the scored state is left in the folder)."""

    year: int
    records: int
    pairs: int
    deferred: bool
    best: dict = field(default_factory=dict)  # guest key -> its strongest link to a record of this year


def merge_year(task: YearTask) -> YearResult:
    """Merge one year partition of a :class:`PartitionedMerge` folder (a pure task: it may run in another
    process or on a Dask worker that sees the folder).

    A year without guests is grouped at once and its frame written (``YEAR.out``); a year with guests is
    scored and its state written (``YEAR.scored``) for the driver to group once every guest has a home.
    """
    folder = Path(task.folder)
    items = _load(folder / f"{task.year}.in")
    (folder / f"{task.year}.in").unlink()
    table = {_key(r): f for r, f, _ in items}
    guests = {_key(r) for r, _, g in items if g}
    prep = prepare([r for r, _, _ in items], threshold=task.threshold, cap=task.cap,
                   describe=lambda r: table[_key(r)], doc_freq=(task.doc_freq, task.total))
    del items, table
    links, conflicts = score_pairs(prep, prep.pairs)
    pairs, prep.pairs = len(prep.pairs), Pairs()
    conflicts.sort()
    guest = [_key(r) in guests for r in prep.records]
    if not any(guest):
        _write(folder, task.year, group(prep, [], roots=join(prep, links, conflicts)))
        return YearResult(task.year, len(prep.records), pairs, False)
    best: dict[_Key, float] = {}
    for score, i, j in links:
        for a, b in ((i, j), (j, i)):
            if guest[a] and not guest[b]:
                k = _key(prep.records[a])
                best[k] = max(best.get(k, -1.0), score)
    with open(folder / f"{task.year}.scored", "wb") as fh:
        pickle.dump((prep, links, conflicts, guest), fh, protocol=pickle.HIGHEST_PROTOCOL)
    return YearResult(task.year, len(prep.records), pairs, True, best)


def _load(path: Path) -> list:
    items: list = []
    with open(path, "rb") as fh:
        while True:
            try:
                items += pickle.load(fh)
            except EOFError:
                return items


def _write(folder: Path, y: int, frame: pd.DataFrame) -> None:
    frame.to_pickle(folder / f"{y}.out")


def _unique_ids(frame: pd.DataFrame, used: set[str], period) -> pd.DataFrame:
    """Rename the events dated across years whose id another partition gave already (``ID-y2``, ``ID-y3``...)."""
    if not len(frame):
        return frame
    ids = set(frame[E.event_id])
    rename: dict[str, str] = {}
    for eid, date in frame[[E.event_id, E.date]].drop_duplicates(E.event_id).itertuples(index=False):
        if len(years_of(period(date))) < 2:
            continue
        new, k = eid, 1
        while new in used or (new != eid and new in ids):
            k += 1
            new = f"{eid}-y{k}"
        used.add(new)
        if new != eid:
            rename[eid] = new
    if rename:
        dropped = frame.attrs.get("dropped", [])
        frame = frame.assign(**{E.event_id: frame[E.event_id].replace(rename)})
        frame.attrs["dropped"] = dropped
    return frame
