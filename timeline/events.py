"""The events frame: one row per quote, validated by :class:`EventSchema`.

``data/events.csv`` holds one row per quote. Rows that share an ``event_id``
are one event quoted by several articles; they agree on date, end date, title
and lane. Every quote is an exact substring of its source article:
``article.text[quote_start:quote_end] == quote``.

Columns are referred to through the schema class (``EventSchema.date`` is the
string ``"date"``); ``EventSchema.to_schema()`` is the pandera schema. Validation
is lazy: every problem is collected and reported as ``file:row:column:
message``, where ``row`` is the line of the CSV file (the header is line 1).
pandera is imported only when a frame fails the schema's checks, made first
on whole columns without it (:meth:`EventSchema.passes`); it then names each
failure.
Every check works on whole columns or walks plain column lists once, so
validation time grows linearly with the rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # pandera is imported only when a frame fails the plain checks (see _schema_problems)
    import pandera.pandas as pa

from .articles import Article
from .articles import articles_by_id as _by_id
from .fileio import atomic_write_text
from .periods import PRECISIONS, PeriodError, parse_period
from .textio import CONTROL_CHARACTERS, TextFileError, check_delimiter, control_character, csv_text, decode_text

__all__ = [
    "EventSchema",
    "EventsValidationError",
    "Problem",
    "CSV_COLUMNS",
    "DATETIME_DTYPE",
    "DERIVED_COLUMNS",
    "LIST_SEPARATOR",
    "empty_events",
    "events_from_records",
    "read_events",
    "split_list",
    "to_datetime64",
    "validate_events",
    "write_events",
]

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
#: Separator of multi-valued cells (``actors``, ``tags``).
LIST_SEPARATOR = ";"


def _is_period(value: object) -> bool:
    try:
        parse_period(value)  # type: ignore[arg-type]
    except PeriodError:
        return False
    return True


def _date_value(s: pd.Series) -> pd.Series:
    return s.map(_is_period)


def _end_date_value(s: pd.Series) -> pd.Series:
    return s.map(lambda v: v == "" or _is_period(v))


def _quote_span(df: pd.DataFrame) -> pd.Series:
    return df["quote_end"] > df["quote_start"]


#: the calendar's last day: a period reaching it has its end there, not a day after (:func:`timeline.periods.parse_period`)
_LAST_DAY = np.datetime64("9999-12-31", "s")


def _end_after_start(df: pd.DataFrame) -> pd.Series:
    """Whether each row's period ends after it starts; a period reaching the calendar's last day ends on it (an event
    of 31 December 9999 starts and ends there)."""
    return (df["end"] > df["start"]) | (df["end"] == _LAST_DAY)


class EventSchema:
    """Schema of the events frame: its column names, and the pandera schema (:meth:`to_schema`).

    Columns stored in the CSV, in order: ``event_id, date, end_date,
    date_text, title, lane, source, quote, quote_start, quote_end, actors,
    tags, note``. Derived on reading (not stored): ``precision`` (of ``date``),
    ``start`` (first day covered) and ``end`` (first day after the event, from
    ``end_date`` when given), as midnights of dtype ``datetime64[s]``
    (:data:`DATETIME_DTYPE`): pandas' default nanoseconds cannot hold a day
    before 1677-09-22 or after 2262-04-11, seconds hold every day a date
    value can name (years 1–9999), so a chronicle of 1066, or one stray year
    in a folder of news, is a date like any other. Convert other dates with
    :func:`to_datetime64`, not ``pd.to_datetime`` (nanoseconds). pandera's
    ``DateTime`` check lets a tz-naive ``datetime64`` column of any unit
    pass; :meth:`passes` does the same.

    Each attribute is its column's name (``EventSchema.date == "date"``). The
    pandera :class:`~pandera.api.pandas.container.DataFrameSchema` is written
    out with ``Column`` and ``Check`` rather than as a ``DataFrameModel``,
    whose schema building imports ``dask.dataframe`` (seconds) through
    ``pandera.typing``; it is built once, on first use.
    """

    event_id = "event_id"
    date = "date"
    end_date = "end_date"
    date_text = "date_text"
    title = "title"
    lane = "lane"
    source = "source"
    quote = "quote"
    quote_start = "quote_start"
    quote_end = "quote_end"
    actors = "actors"
    tags = "tags"
    note = "note"
    precision = "precision"
    start = "start"
    end = "end"

    @classmethod
    @functools.cache
    def to_schema(cls) -> pa.DataFrameSchema:
        """The pandera schema (built on the first call, then reused).

        Returns
        -------
        pandera.pandas.DataFrameSchema
            Strings may be empty unless stated; every column is required and
            non-null; extra columns are allowed, in any order.
        """
        import pandera.pandas as pa

        text = {"dtype": str, "nullable": False}
        not_empty = pa.Check.str_length(min_value=1)
        offset = {"dtype": "int64", "checks": pa.Check.ge(0), "nullable": False}
        columns = {
            cls.event_id: pa.Column(checks=pa.Check.str_matches(SLUG), **text),
            cls.date: pa.Column(checks=pa.Check(_date_value, name="date_value"), **text),
            cls.end_date: pa.Column(checks=pa.Check(_end_date_value, name="end_date_value"), **text),
            cls.date_text: pa.Column(**text),
            cls.title: pa.Column(checks=not_empty, **text),
            cls.lane: pa.Column(checks=not_empty, **text),
            cls.source: pa.Column(checks=not_empty, **text),
            cls.quote: pa.Column(checks=not_empty, **text),
            cls.quote_start: pa.Column(**offset),
            cls.quote_end: pa.Column(**offset),
            cls.actors: pa.Column(**text),
            cls.tags: pa.Column(**text),
            cls.note: pa.Column(**text),
            cls.precision: pa.Column(checks=pa.Check.isin(list(PRECISIONS)), **text),
            # pandera 0.35's DateTime accepts a tz-naive datetime64 column of any unit (its unit is ns only)
            cls.start: pa.Column(dtype="datetime64", nullable=False),
            cls.end: pa.Column(dtype="datetime64", nullable=False),
        }
        checks = [pa.Check(_quote_span, name="quote_span"), pa.Check(_end_after_start, name="end_after_start")]
        return pa.DataFrameSchema(columns, checks=checks, strict=False, ordered=False, name="EventSchema")

    @classmethod
    def passes(cls, df: pd.DataFrame) -> bool:
        """Whether :meth:`to_schema` accepts ``df``, decided without pandera (False: let pandera say why).

        The same checks on whole columns, without importing pandera: a valid
        frame never pays for it (see :func:`validate_events`). Never True for a
        frame pandera rejects; False in any doubt (an unexpected dtype, a
        check that raises).
        """
        return _passes_schema(df)

    @classmethod
    def validate(cls, df: pd.DataFrame, *, lazy: bool = False) -> pd.DataFrame:
        """Validate ``df`` against :meth:`to_schema` (raises pandera's ``SchemaError(s)``)."""
        return cls.to_schema().validate(df, lazy=lazy)


E = EventSchema
#: Columns written to ``events.csv``, in order.
CSV_COLUMNS: tuple[str, ...] = (
    E.event_id,
    E.date,
    E.end_date,
    E.date_text,
    E.title,
    E.lane,
    E.source,
    E.quote,
    E.quote_start,
    E.quote_end,
    E.actors,
    E.tags,
    E.note,
)
#: Columns computed when reading.
DERIVED_COLUMNS: tuple[str, ...] = (E.precision, E.start, E.end)
_REQUIRED = (E.event_id, E.date, E.end_date, E.title, E.lane, E.source, E.quote, E.quote_start, E.quote_end)
_INT_COLUMNS = (E.quote_start, E.quote_end)
_WHOLE_NUMBER = re.compile(r"\d+")

_MESSAGES = {
    "str_matches": "event_id must be a lowercase slug like 'partnership-for-peace'",
    "str_length": "must not be empty",
    "greater_than_or_equal_to": "must be 0 or more",
    "isin": "unknown precision",
    "date_value": "not a date value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, YYY …)",
    "end_date_value": "not a date value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, YYY …)",
    "quote_span": "quote_end must be greater than quote_start",
    "end_after_start": "end_date must not be before date",
}
_CHECK_COLUMN = {"quote_span": E.quote_end, "end_after_start": E.end_date}
# A column reported unreadable silences later checks on the columns that depend on it.
_RELATED = {
    E.quote_start: (E.quote_start, E.quote_end),
    E.quote_end: (E.quote_start, E.quote_end),
    E.date: (E.date, E.end_date),
    E.end_date: (E.date, E.end_date),
    E.quote: (E.quote, E.quote_start, E.date_text),
    E.source: (E.source, E.quote_start),
}


@dataclass(frozen=True, order=True)
class Problem:
    """One validation failure, printed as ``file:row:column: message``."""

    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}:{self.column}: {self.message}"


class EventsValidationError(ValueError):
    """The events frame or file is invalid; ``problems`` lists every failure."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = sorted(problems)
        n = len(self.problems)
        super().__init__(f"{n} problem{'s' * (n != 1)}:\n" + "\n".join(map(str, self.problems)))


def split_list(cell: str) -> list[str]:
    """Split a multi-valued cell (``"Acme;Jane Doe"``) into its items."""
    return [part.strip() for part in str(cell).split(LIST_SEPARATOR) if part.strip()]


def empty_events() -> pd.DataFrame:
    """An events frame with no rows and every column."""
    return _with_derived(pd.DataFrame({c: pd.Series([], dtype=object) for c in CSV_COLUMNS}).astype(
        {c: "int64" for c in _INT_COLUMNS}
    ))


def _period_days(date: str, end_date: str) -> tuple[str | None, dt.date | None, dt.date | None]:
    """Precision, first day and day after of a date (and its end date); None for an unreadable date."""
    try:
        p = parse_period(date)
    except (PeriodError, TypeError):
        return None, None, None
    end = p.end
    if end_date:
        try:
            end = parse_period(end_date).end
        except PeriodError:
            pass
    return p.precision, p.start, end


#: Unit of the derived ``start`` / ``end`` columns. ``datetime64[ns]`` (pandas' default) holds only the days
#: from 1677-09-22 to 2262-04-11; seconds hold every day :func:`~timeline.periods.parse_period` gives (years
#: 1–9999), so a chronicle of 1066 or a stray year in a news folder is a date like any other.
DATETIME_DTYPE = "datetime64[s]"
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def _datetimes(days: list[dt.date | None]) -> np.ndarray:
    """The days as ``datetime64[s]`` midnights (None: NaT)."""
    ordinals = np.array([_EPOCH_ORDINAL if d is None else d.toordinal() for d in days], dtype=np.int64)
    out = (ordinals - _EPOCH_ORDINAL).astype("datetime64[D]").astype(DATETIME_DTYPE)
    out[np.array([d is None for d in days], dtype=bool)] = np.datetime64("NaT")
    return out


def to_datetime64(values: object) -> np.ndarray:
    """Dates, timestamps or date strings as a ``datetime64[s]`` array (NaT where missing).

    ``pd.to_datetime`` makes nanosecond timestamps, which cannot hold a day
    before 1677-09-22 or after 2262-04-11; this keeps every day of years
    1–9999 (the range of the derived ``start`` / ``end`` columns).

    Parameters
    ----------
    values : array-like
        A datetime64 array or Series of any unit, or values ``pd.Timestamp``
        reads (``datetime.date``, ``pd.Timestamp``, ISO strings, None/NaT).

    Returns
    -------
    numpy.ndarray
        Of dtype ``datetime64[s]``, one per value.
    """
    arr = values.to_numpy() if isinstance(values, (pd.Series, pd.Index)) else np.asarray(values)
    if arr.dtype.kind == "M":
        return arr.astype(DATETIME_DTYPE)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    out = [np.datetime64("NaT") if v is None or pd.isna(v) else pd.Timestamp(v).as_unit("s").asm8
           for v in arr.tolist()]
    return np.array(out, dtype=DATETIME_DTYPE)


def _with_derived(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    seen: dict[tuple[str, str], int] = {}  # dates repeat across rows: each distinct pair is parsed once
    which = [seen.setdefault(k, len(seen)) for k in zip(df[E.date], df[E.end_date])]
    bounds = [_period_days(*k) for k in seen]
    precision = np.array([b[0] for b in bounds], dtype=object)
    start, end = _datetimes([b[1] for b in bounds]), _datetimes([b[2] for b in bounds])
    df[E.precision] = pd.Series(precision[which], index=df.index, dtype=object)
    df[E.start] = pd.Series(start[which], index=df.index, dtype=DATETIME_DTYPE)
    df[E.end] = pd.Series(end[which], index=df.index, dtype=DATETIME_DTYPE)
    return df


def events_from_records(records: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Build a validated events frame from dict-like records.

    Parameters
    ----------
    records : iterable of mapping
        Each with the CSV columns (optional ones may be missing).

    Returns
    -------
    pandas.DataFrame
        Sorted like :func:`write_events` writes it, with derived columns.

    Raises
    ------
    EventsValidationError
        When the records do not satisfy the schema.
    """
    rows = []
    for rec in records:
        row = {c: rec.get(c, "") for c in CSV_COLUMNS}
        for c in CSV_COLUMNS:
            if c not in _INT_COLUMNS:
                row[c] = "" if row[c] is None else str(row[c])
        rows.append(row)
    if not rows:
        return empty_events()
    df = pd.DataFrame(rows, columns=list(CSV_COLUMNS)).astype({c: "int64" for c in _INT_COLUMNS})
    df = _sort(_with_derived(df))
    problems = _schema_problems(df, "<records>", {i: i + 2 for i in df.index})
    problems += _consistency_problems(df, "<records>", {i: i + 2 for i in df.index})
    if problems:
        raise EventsValidationError(problems)
    return df


def _sort(df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values([E.start, E.date, E.event_id, E.source, E.quote_start], kind="mergesort").reset_index(
        drop=True
    )


# --------------------------------------------------------------------------- validation


_TEXT_COLUMNS = tuple(c for c in CSV_COLUMNS if c not in _INT_COLUMNS) + (E.precision,)


def _passes_schema(df: pd.DataFrame) -> bool:
    """:meth:`EventSchema.passes`: importing pandera and registering its checks (which imports ``hypothesis``
    when installed) costs more than the rest of a small command's validation."""
    try:
        if not df.columns.is_unique or any(c not in df.columns for c in (*CSV_COLUMNS, *DERIVED_COLUMNS)):
            return False
        for column in _TEXT_COLUMNS:  # dtype str, not nullable: Python strings only
            if df[column].dtype != object or pd.api.types.infer_dtype(df[column], skipna=False) not in (
                    "string", "empty"):
                return False
        for column in _INT_COLUMNS:
            if str(df[column].dtype) != "int64" or (df[column] < 0).any():
                return False
        for column in (E.start, E.end):
            if not _naive_datetime(df[column].dtype) or df[column].isna().any():  # any unit, as pandera
                return False
        lengths = all((df[c] != "").all() for c in (E.title, E.lane, E.source, E.quote))  # strings: len >= 1
        slug = re.compile(SLUG)
        return (
            lengths
            and all(slug.match(v) for v in pd.unique(df[E.event_id]))
            and all(_is_period(v) for v in pd.unique(df[E.date]))
            and all(v == "" or _is_period(v) for v in pd.unique(df[E.end_date]))
            and bool(df[E.precision].isin(list(PRECISIONS)).all())
            and bool(_quote_span(df).all())
            and bool(_end_after_start(df).all())
        )
    except Exception:  # noqa: BLE001 - pandera reports what is wrong
        return False


def _naive_datetime(dtype: object) -> bool:
    return isinstance(dtype, np.dtype) and dtype.kind == "M"


def _schema_problems(df: pd.DataFrame, file: str, lines: Mapping[int, int]) -> list[Problem]:
    if _passes_schema(df):
        return []
    import pandera.pandas as pa

    try:
        EventSchema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        out: list[Problem] = []
        for fc in exc.failure_cases.itertuples(index=False):
            check = str(fc.check)
            name = check.split("(")[0]
            if name in _CHECK_COLUMN:
                column = _CHECK_COLUMN[name]
            elif isinstance(fc.column, str) and fc.column in df.columns:
                column = fc.column
            else:
                column = "-"
            if fc.index is None or pd.isna(fc.index):
                out.append(Problem(file, 1, str(column), f"{check}: {fc.failure_case}"))
                continue
            idx = int(fc.index)
            value = df.at[idx, column] if column in df.columns else fc.failure_case
            message = _MESSAGES.get(name, check)
            if column in (E.precision, E.start, E.end):
                continue  # derived from date; reported on the date column
            if hasattr(value, "item"):
                value = value.item()  # numpy scalar to a plain Python value
            out.append(Problem(file, lines.get(idx, idx + 2), str(column), f"{message} (got {value!r})"))
        return sorted(set(out))
    return []


def _consistency_problems(df: pd.DataFrame, file: str, lines: Mapping[int, int]) -> list[Problem]:
    out: list[Problem] = []
    shared = df[df[E.event_id].duplicated(keep=False)]
    if len(shared):
        ids = shared[E.event_id]
        rank = pd.Series(pd.factorize(ids)[0], index=shared.index)  # events in order of first appearance
        first = shared.index.to_series().groupby(ids, sort=False).transform("first")
        order = pd.Series(range(len(shared)), index=shared.index)  # rows in frame order within an event
        found: list[tuple[int, int, int, object, str]] = []
        for ci, column in enumerate((E.date, E.end_date, E.title, E.lane)):
            values = shared[column]
            differs = values.to_numpy() != values.loc[first.to_numpy()].to_numpy()  # each row against its event's first
            found += [(int(rank[idx]), ci, int(order[idx]), idx, column) for idx in shared.index[differs]]
        for *_key, idx, column in sorted(found, key=lambda f: f[:3]):
            head = first[idx]
            out.append(
                Problem(
                    file,
                    lines.get(idx, idx + 2),
                    column,
                    f"event {df.at[idx, E.event_id]!r} has {column} {df.at[idx, column]!r} here but "
                    f"{df.at[head, column]!r} on row {lines.get(head, head + 2)}",
                )
            )
    dup = df.duplicated([E.event_id, E.source, E.quote_start, E.quote_end], keep="first")
    for idx in df.index[dup]:
        out.append(Problem(file, lines.get(idx, idx + 2), E.quote, "duplicate quote of the same event"))
    return out


#: Text columns that may hold no control characters (C0 other than tab/newline/CR, DEL, C1): browsers drop
#: or mangle them, so a title would not be shown as written. Quotes are checked against their article instead.
_PLAIN_TEXT_COLUMNS = (E.event_id, E.title, E.lane, E.source, E.date_text, E.actors, E.tags, E.note)


def _control_problems(df: pd.DataFrame, file: str, lines: Mapping[int, int]) -> list[Problem]:
    out: list[Problem] = []
    for column in _PLAIN_TEXT_COLUMNS:
        if column not in df.columns:
            continue
        values = [v if isinstance(v, str) else str(v) for v in df[column].tolist()]
        if not CONTROL_CHARACTERS.search("\n".join(values)):  # one search per column ('\n' is allowed)
            continue
        for idx, value in zip(df.index, values):
            if not CONTROL_CHARACTERS.search(value):
                continue
            out.append(Problem(file, lines.get(idx, idx + 2), column, f"control character {control_character(value)} in text"))
    return out


def _provenance_problems(
    df: pd.DataFrame, articles: Mapping[str, Article], file: str, lines: Mapping[int, int]
) -> list[Problem]:
    # One pass over plain column lists: no per-row Series (iterrows builds one per row, copying the frame's attrs).
    out: list[Problem] = []
    columns = (df.index, df[E.source], df[E.quote_start], df[E.quote_end], df[E.quote], df[E.date_text])
    known: str | None = None
    for idx, source, start, end, quote, date_text in zip(*(c.tolist() for c in columns)):
        line = lines.get(idx, idx + 2)
        article = articles.get(source)
        if article is None:
            known = known if known is not None else (", ".join(sorted(articles)) or "none loaded")
            out.append(Problem(file, line, E.source, f"unknown article {source!r} (known: {known})"))
            continue
        start, end = int(start), int(end)
        actual = article.text[start:end]
        if actual != quote:
            found = article.text.find(quote)
            hint = (f"; the quote occurs at {found}:{found + len(quote)}" if found >= 0
                    else "; the quote is not in the article")
            message = f"quote does not match {source}[{start}:{end}] ({actual[:40]!r}…){hint}"
            out.append(Problem(file, line, E.quote_start, message))
        if date_text and date_text not in quote:
            out.append(Problem(file, line, E.date_text, f"{date_text!r} does not occur in the quote"))
    return out


def validate_events(
    df: pd.DataFrame,
    *,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
    file: str = "<frame>",
    lines: Mapping[int, int] | None = None,
) -> list[Problem]:
    """Check an events frame and list every problem (lazy validation).

    Parameters
    ----------
    df : pandas.DataFrame
        An events frame (as returned by :func:`read_events`).
    articles : mapping or sequence of Article, optional
        When given, sources must be known articles and each quote must be the
        exact slice ``text[quote_start:quote_end]`` of its article.
    file : str
        Name used in the problem lines.
    lines : mapping of int to int, optional
        The file line of each row (by index label); by default row ``n`` is
        line ``n + 2`` (after the header).

    Returns
    -------
    list of Problem
        Empty when the frame is valid.
    """
    if lines is None:
        lines = {i: n + 2 for n, i in enumerate(df.index)}
    problems = _schema_problems(df, file, lines) + _consistency_problems(df, file, lines)
    problems += _control_problems(df, file, lines)
    if articles is not None:
        problems += _provenance_problems(df, _by_id(articles), file, lines)
    return sorted(set(problems))


# --------------------------------------------------------------------------- reading / writing


def _read_rows(
    reader, header: list[str], file: str, problems: list[Problem]
) -> tuple[list[list], dict[int, int]]:
    """The CSV's data rows (offsets read as int, -1 when unreadable) and their file lines; row problems appended.

    Blank rows are skipped; a row with the wrong number of fields is reported
    and dropped; every date is parsed (a missing ``date`` column reads as empty).
    """
    width = len(header)
    last = {c: i for i, c in enumerate(header)}  # of a column named twice, the last one (as dict(zip(...)))
    ints = [(c, last[c]) for c in _INT_COLUMNS if c in last]
    dates = [(c, last.get(c)) for c in (E.date, E.end_date)]
    whole = _WHOLE_NUMBER.fullmatch
    rows: list[list] = []
    lines: dict[int, int] = {}
    prev_line = reader.line_num
    for values in reader:
        line = prev_line + 1
        prev_line = reader.line_num
        if not "".join(values).strip():
            continue
        if len(values) != width:
            problems.append(Problem(file, line, "-", f"expected {width} fields, found {len(values)}"))
            continue
        for column, i in ints:  # read here, once: unreadable offsets become -1 (reported, not checked again)
            number = values[i].strip()
            if whole(number):
                values[i] = int(number)
            else:
                problems.append(Problem(file, line, column, f"not a whole number (got {values[i]!r})"))
                values[i] = -1
        for column, i in dates:
            value = values[i] if i is not None else ""
            if column == E.end_date and value == "":
                continue
            try:
                parse_period(value)
            except PeriodError as exc:
                problems.append(Problem(file, line, column, str(exc)))
        lines[len(rows)] = line
        rows.append(values)
    return rows, lines


def read_events(
    path: str | os.PathLike[str],
    *,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
) -> pd.DataFrame:
    """Read and validate an events CSV.

    Parameters
    ----------
    path : path-like
        The CSV file (UTF-8; header with at least the required columns).
    articles : mapping or sequence of Article, optional
        When given, every quote is checked against its source article.

    Returns
    -------
    pandas.DataFrame
        The events frame with derived ``precision``, ``start`` and ``end``,
        sorted like :func:`write_events` writes it, with a fresh index and no
        ``attrs`` (per-row metadata there would be deep-copied by every
        pandas operation that makes a new frame).

    Raises
    ------
    EventsValidationError
        Listing every problem as ``file:row:column: message``.
    FileNotFoundError
        When the file does not exist.
    """
    path = Path(path)
    file = str(path)
    raw = path.read_bytes()
    try:
        text = decode_text(raw, allow_bom=True, allow_nul=True)
    except TextFileError as exc:
        raise EventsValidationError([Problem(file, exc.line, "-", exc.message)]) from None
    wrong = check_delimiter(text.split("\n", 1)[0])
    if wrong:
        raise EventsValidationError([Problem(file, 1, "-", wrong)])
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise EventsValidationError([Problem(file, 1, "-", "empty file: expected a header line")]) from None
    problems: list[Problem] = []
    for column in _REQUIRED:
        if column not in header:
            problems.append(Problem(file, 1, column, "missing column"))
    dupes = {c for c in header if header.count(c) > 1}
    for column in sorted(dupes):
        problems.append(Problem(file, 1, column, "column appears more than once"))
    rows, lines = _read_rows(reader, header, file, problems)
    # dict(zip(...)) keeps the last of columns named twice (reported above), as the values were checked
    records = [dict(zip(header, values)) for values in rows] if dupes else rows
    extra = [c for c in header if c not in CSV_COLUMNS]
    columns = list(CSV_COLUMNS) + extra
    df = pd.DataFrame(records, columns=header).reindex(columns=columns, fill_value="").fillna("")
    for column in _INT_COLUMNS:
        df[column] = df[column].astype("int64") if column in header else -1
    df = _with_derived(df)
    # Cells already reported as unreadable, and missing columns, are not reported again by later checks.
    missing = {c for p in problems if p.row == 1 for c in _RELATED.get(p.column, (p.column,))}
    reported = {(p.row, c) for p in problems for c in _RELATED.get(p.column, (p.column,))}
    later = validate_events(df, articles=articles, file=file, lines=lines)
    problems += [p for p in later if (p.row, p.column) not in reported and p.column not in missing]
    if problems:
        raise EventsValidationError(problems)
    return _sort(df)


def to_csv_text(df: pd.DataFrame) -> str:
    """The CSV text :func:`write_events` writes (sorted, derived columns dropped)."""
    extra = [c for c in df.columns if c not in CSV_COLUMNS and c not in DERIVED_COLUMNS]
    frame = df if E.start in df.columns else _with_derived(df)
    frame = _sort(frame)
    columns = list(CSV_COLUMNS) + extra
    return csv_text([columns, *frame[columns].itertuples(index=False)])  # a quote's lone \r is quoted too


def write_events(
    df: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
) -> Path:
    """Validate and write an events frame to CSV, atomically.

    Parameters
    ----------
    df : pandas.DataFrame
        The events frame.
    path : path-like
        Destination; written through a temporary file and renamed, so a
        failure never leaves a half-written file.
    articles : mapping or sequence of Article, optional
        When given, quotes are checked against their articles first.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    EventsValidationError
        When the frame is invalid; nothing is written then.
    """
    frame = df if E.start in df.columns else _with_derived(df)
    problems = validate_events(frame.reset_index(drop=True), articles=articles, file=str(path))
    if problems:
        raise EventsValidationError(problems)
    return atomic_write_text(path, to_csv_text(frame))
