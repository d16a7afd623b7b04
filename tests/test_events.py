"""Events frame: provenance of every curated row, schema, lazy validation, atomic writes."""

from __future__ import annotations

import csv
import io
import os

import pandas as pd
import pytest

from timeline.events import (
    CSV_COLUMNS,
    DATETIME_DTYPE,
    EventSchema,
    EventSchema as E,
    EventsValidationError,
    events_from_records,
    read_events,
    split_list,
    to_csv_text,
    to_datetime64,
    validate_events,
    write_events,
)
from timeline.periods import parse_period

from conftest import EVENTS

DESIGN_EVENTS = {
    "charter-of-paris": "1990",
    "partnership-for-peace": "1994-06-22",
    "nato-russia-founding-act": "1997",
    "munich-speech": "2007",
    "georgia-2008": "2008",
    "ukraine-2014": "2014",
    "russian-draft-security-treaties": "2021-12",
    "january-2022-security-talks": "2022-W02",
}


def _raw_rows():
    with open(EVENTS, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("row", _raw_rows(), ids=lambda r: f"{r['event_id']}@{r['source'][:3]}:{r['quote_start']}")
def test_every_quote_is_verbatim(articles_by_id, row):
    """Provenance: each row's quote is exactly its article's text at the stored offsets."""
    text = articles_by_id[row["source"]].text
    assert text[int(row["quote_start"]) : int(row["quote_end"])] == row["quote"]
    assert row["date_text"] in row["quote"]


def test_curated_file_is_valid_and_covers_design(seed_events, seed_articles):
    assert validate_events(seed_events, articles=seed_articles) == []
    dates = seed_events.drop_duplicates(E.event_id).set_index(E.event_id)[E.date]
    for event_id, date in DESIGN_EVENTS.items():
        assert dates[event_id] == date
    assert seed_events[E.event_id].nunique() >= 20
    assert set(seed_events[E.source]) == {a.id for a in seed_articles}


def test_curated_quotes_lie_in_article_bodies(seed_events, articles_by_id):
    for row in seed_events.itertuples():
        assert not articles_by_id[row.source].is_boilerplate(row.quote_start, row.quote_end), row.quote


def test_curated_file_is_canonical(seed_events):
    """The committed CSV is exactly what write_events produces (sorted, no derived columns)."""
    assert EVENTS.read_text(encoding="utf-8") == to_csv_text(seed_events)


def test_derived_columns(seed_events):
    row = seed_events.set_index(E.event_id).loc["partnership-for-peace"]
    assert row[E.precision] == "day"
    assert row[E.start] == pd.Timestamp("1994-06-22") and row[E.end] == pd.Timestamp("1994-06-23")
    year = seed_events.set_index(E.event_id).loc["charter-of-paris"]
    assert (year[E.precision], year[E.start], year[E.end]) == ("year", pd.Timestamp("1990-01-01"), pd.Timestamp("1991-01-01"))
    assert seed_events[E.precision].isin(["decade", "year", "month", "week", "day"]).all()
    assert list(seed_events.columns[: len(CSV_COLUMNS)]) == list(CSV_COLUMNS)


def test_schema_columns_are_names():
    assert E.event_id == "event_id" and E.quote_start == "quote_start"


def test_split_list():
    assert split_list("Russia; NATO;;") == ["Russia", "NATO"]
    assert split_list("") == []


def _write(tmp_path, rows, header=CSV_COLUMNS):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path = tmp_path / "events.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def _good_row(articles_by_id):
    text = articles_by_id["001_7fcea01cf3046776"].text
    quote = "the 1990 Charter of Paris for a New Europe"
    start = text.index(quote)
    return {
        "event_id": "charter-of-paris",
        "date": "1990",
        "end_date": "",
        "date_text": "1990",
        "title": "Charter of Paris",
        "lane": "Treaties and institutions",
        "source": "001_7fcea01cf3046776",
        "quote": quote,
        "quote_start": str(start),
        "quote_end": str(start + len(quote)),
        "actors": "",
        "tags": "",
        "note": "",
    }


def test_must_show_four_problems_one_line_each(tmp_path, articles_by_id, seed_articles):
    """Wrong offset, unknown source, bad date, missing column: one file:row:column line each."""
    good = _good_row(articles_by_id)
    wrong_offset = dict(good, quote_start=str(int(good["quote_start"]) + 1), quote_end=str(int(good["quote_end"]) + 1))
    unknown = dict(good, event_id="x-unknown", source="no-such-article")
    bad_date = dict(good, event_id="x-bad-date", date="1990-02-30")
    header = [c for c in CSV_COLUMNS if c != "lane"]
    rows = [[r[c] for c in header] for r in (wrong_offset, unknown, bad_date)]
    path = _write(tmp_path, rows, header=header)
    with pytest.raises(EventsValidationError) as info:
        read_events(path, articles=seed_articles)
    lines = [str(p) for p in info.value.problems]
    assert len(lines) == 4, lines
    assert lines[0] == f"{path}:1:lane: missing column"
    assert lines[1].startswith(f"{path}:2:quote_start: quote does not match")
    assert lines[2].startswith(f"{path}:3:source: unknown article 'no-such-article'")
    assert lines[3].startswith(f"{path}:4:date: '1990-02-30' is not a real date")


def test_all_failures_reported_at_once(tmp_path, articles_by_id, seed_articles):
    good = _good_row(articles_by_id)
    rows = [
        dict(good, event_id="Bad ID"),
        dict(good, quote_start="abc"),
        dict(good, event_id="ev", end_date="1989"),
        dict(good, event_id="ev", title="Other title"),
        dict(good, event_id="dt", date_text="1991"),
        dict(good, event_id="empty", title="", lane=""),
    ]
    path = _write(tmp_path, [[r[c] for c in CSV_COLUMNS] for r in rows])
    with pytest.raises(EventsValidationError) as info:
        read_events(path, articles=seed_articles)
    got = {(p.row, p.column) for p in info.value.problems}
    assert {
        (2, "event_id"),
        (3, "quote_start"),
        (4, "end_date"),
        (5, "title"),
        (5, "end_date"),
        (6, "date_text"),
        (7, "title"),
        (7, "lane"),
    } <= got
    # An unreadable offset is reported once, not again as a quote mismatch.
    assert [p.column for p in info.value.problems if p.row == 3] == ["quote_start"]


def test_wrong_field_count_and_empty_file(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text(",".join(CSV_COLUMNS) + "\na,b\n")
    with pytest.raises(EventsValidationError, match=r"e.csv:2:-: expected 13 fields, found 2"):
        read_events(path)
    path.write_text("")
    with pytest.raises(EventsValidationError, match="empty file"):
        read_events(path)


def test_round_trip_and_atomic_write(tmp_path, seed_events, seed_articles):
    out = tmp_path / "sub" / "events.csv"
    write_events(seed_events, out, articles=seed_articles)
    again = read_events(out, articles=seed_articles)
    pd.testing.assert_frame_equal(again.reset_index(drop=True), seed_events.reset_index(drop=True))
    assert sorted(os.listdir(out.parent)) == ["events.csv"]  # no temporary left behind


def test_invalid_write_leaves_old_file(tmp_path, seed_events, seed_articles):
    out = tmp_path / "events.csv"
    write_events(seed_events, out, articles=seed_articles)
    before = out.read_bytes()
    broken = seed_events.copy()
    broken.loc[0, E.quote] = "not what the article says"
    with pytest.raises(EventsValidationError):
        write_events(broken, out, articles=seed_articles)
    assert out.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["events.csv"]


def test_interrupted_write_leaves_old_file(tmp_path, seed_events, monkeypatch):
    out = tmp_path / "events.csv"
    out.write_text("old content")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_events(seed_events, out)
    assert out.read_text() == "old content"
    assert sorted(os.listdir(tmp_path)) == ["events.csv"]


def test_events_from_records(articles_by_id):
    good = _good_row(articles_by_id)
    good.update(quote_start=int(good["quote_start"]), quote_end=int(good["quote_end"]))
    df = events_from_records([good])
    assert df.loc[0, E.precision] == "year"
    with pytest.raises(EventsValidationError, match="lowercase slug"):
        events_from_records([dict(good, event_id="Not A Slug")])


@pytest.mark.parametrize(
    "value, precision, start, end",
    [
        ("1994-06-22", "day", "1994-06-22", "1994-06-23"),
        ("2022-W02", "week", "2022-01-10", "2022-01-17"),
        ("2021-12", "month", "2021-12-01", "2022-01-01"),
        ("2022-Q1", "quarter", "2022-01-01", "2022-04-01"),
        ("2021-WI", "season", "2020-12-01", "2021-03-01"),
        ("1997", "year", "1997-01-01", "1998-01-01"),
        ("199", "decade", "1990-01-01", "2000-01-01"),
        ("19", "century", "1900-01-01", "2000-01-01"),
    ],
)
def test_periods(value, precision, start, end):
    p = parse_period(value)
    assert (p.precision, p.start.isoformat(), p.end.isoformat()) == (precision, start, end)


@pytest.mark.parametrize("value", ["", "1994-6-22", "2021-02-30", "2022-W54", "1994/06/22", "June 1994", "2022-Q5", None])
def test_bad_periods(value):
    from timeline.periods import PeriodError

    with pytest.raises(PeriodError):
        parse_period(value)


# --------------------------------------------------------------------------- speed: no per-row metadata


def test_read_events_keeps_no_per_row_attrs(seed_articles):
    """Line numbers are not kept in ``attrs``: pandas deep-copies attrs into every frame and row it derives."""
    df = read_events(EVENTS, articles=seed_articles)
    assert df.attrs == {}
    assert list(df.index) == list(range(len(df)))
    first_row = next(df.iterrows())[1]
    assert first_row.attrs == {}


def _provenance_oracle(df, articles, file, lines):
    """The row-by-row provenance check (iterrows), as the validation was first written."""
    from timeline.events import Problem

    out = []
    for idx, row in df.iterrows():
        line = lines[idx]
        article = articles.get(row[E.source])
        if article is None:
            known = ", ".join(sorted(articles))
            out.append(Problem(file, line, E.source, f"unknown article {row[E.source]!r} (known: {known})"))
            continue
        start, end = int(row[E.quote_start]), int(row[E.quote_end])
        actual = article.text[start:end]
        if actual != row[E.quote]:
            found = article.text.find(row[E.quote])
            hint = (f"; the quote occurs at {found}:{found + len(row[E.quote])}" if found >= 0
                    else "; the quote is not in the article")
            out.append(Problem(file, line, E.quote_start,
                               f"quote does not match {row[E.source]}[{start}:{end}] ({actual[:40]!r}…){hint}"))
        if row[E.date_text] and row[E.date_text] not in row[E.quote]:
            out.append(Problem(file, line, E.date_text, f"{row[E.date_text]!r} does not occur in the quote"))
    return sorted(out)


def test_column_wise_provenance_check_gives_the_row_by_row_problems(seed_events, articles_by_id):
    """Broken sources, offsets, quotes and date phrases, on a shuffled index with given lines: same problems."""
    df = seed_events.copy()
    df.loc[1, E.source] = "no-such-article"
    df.loc[2, E.quote_start] += 2
    df.loc[3, E.quote] = "A sentence that is in no article."
    df.loc[4, E.date_text] = "at dawn"
    df.loc[5, E.quote_end] += 1
    df.loc[6, [E.source, E.date_text]] = ["another-missing-one", "nowhere"]
    df = df.sample(frac=1, random_state=3)
    df.index = df.index * 10 + 7  # labels that are not positions
    lines = {idx: 100 + n for n, idx in enumerate(df.index)}
    got = [p for p in validate_events(df, articles=articles_by_id, file="f.csv", lines=lines)
           if p.column in (E.source, E.quote_start, E.date_text)]
    expected = _provenance_oracle(df, articles_by_id, "f.csv", lines)
    assert len(expected) >= 6
    assert got == expected


def test_validate_events_default_lines_follow_row_positions(seed_events):
    df = seed_events.copy()
    df.loc[3, E.title] = ""
    df.index = df.index + 1000
    (problem,) = validate_events(df)
    assert (problem.row, problem.column) == (3 + 2, E.title)
    (problem,) = validate_events(df, lines={idx: 7 * n for n, idx in enumerate(df.index)})
    assert problem.row == 21


def test_schema_is_built_once():
    assert E.to_schema() is E.to_schema()
    assert E.date == "date" and set(E.to_schema().columns) >= set(CSV_COLUMNS)


def _pandera_accepts(df):
    import pandera.errors

    try:
        E.validate(df, lazy=True)
    except pandera.errors.SchemaErrors:
        return False
    return True


_MUTATIONS = {
    "valid": lambda df: None,
    "bad slug": lambda df: df.__setitem__(E.event_id, df[E.event_id].where(df.index != 2, "Bad Slug")),
    "slug with newline": lambda df: df.__setitem__(E.event_id, df[E.event_id].where(df.index != 2, "abc\n")),
    "bad date": lambda df: df.__setitem__(E.date, df[E.date].where(df.index != 1, "2022-13")),
    "bad end date": lambda df: df.__setitem__(E.end_date, df[E.end_date].where(df.index != 1, "soon")),
    "empty title": lambda df: df.__setitem__(E.title, df[E.title].where(df.index != 0, "")),
    "empty lane": lambda df: df.__setitem__(E.lane, df[E.lane].where(df.index != 0, "")),
    "empty quote": lambda df: df.__setitem__(E.quote, df[E.quote].where(df.index != 0, "")),
    "negative offset": lambda df: df.__setitem__(E.quote_start, df[E.quote_start].where(df.index != 0, -5)),
    "float offsets": lambda df: df.__setitem__(E.quote_end, df[E.quote_end].astype(float)),
    "reversed span": lambda df: df.__setitem__(E.quote_end, df[E.quote_start].where(df.index != 0, 0)),
    "null note": lambda df: df.__setitem__(E.note, df[E.note].where(df.index != 0, None)),
    "number in tags": lambda df: df.__setitem__(E.tags, df[E.tags].astype(object).where(df.index != 0, 5)),
    "string dtype": lambda df: df.__setitem__(E.actors, df[E.actors].astype("string")),
    "unknown precision": lambda df: df.__setitem__(E.precision, df[E.precision].where(df.index != 0, "era")),
    "missing start": lambda df: df.__setitem__(E.start, df[E.start].where(df.index != 0, pd.NaT)),
    "end before start": lambda df: df.__setitem__(E.end, df[E.end].where(df.index != 0, df[E.start])),
    "missing column": lambda df: df.drop(columns=[E.tags], inplace=True),
    "extra column": lambda df: df.__setitem__("extra", 1),
    "no rows": lambda df: df.drop(index=df.index, inplace=True),
}


@pytest.mark.parametrize("name", list(_MUTATIONS))
def test_plain_schema_checks_agree_with_pandera(seed_events, name):
    """EventSchema.passes (no pandera) never accepts a frame pandera rejects, and accepts the usual valid ones."""
    df = seed_events.copy()
    _MUTATIONS[name](df)
    # a pandas 'string' column is left to pandera, which accepts it
    assert E.passes(df) == _pandera_accepts(df) or name == "string dtype" and _pandera_accepts(df)
    # pandera's str_matches is re.match, whose '$' also matches before a final newline: 'abc\n' passes both
    assert E.passes(df) is (name in {"valid", "extra column", "no rows", "slug with newline"})


def test_valid_events_do_not_import_pandera(tmp_path):
    """Reading and validating a valid events file never imports pandera (nor hypothesis through it)."""
    import subprocess
    import sys

    code = ("import sys; from timeline.articles import load_articles; from timeline.events import read_events; "
            f"read_events({str(EVENTS)!r}, articles=load_articles({str(EVENTS.parent.parent / 'seeds')!r})); "
            "print(sorted(m for m in ('pandera', 'hypothesis', 'dask') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_offsets_are_read_once_with_spaces_and_bad_ones_reported(tmp_path, seed_articles):
    """Offsets are whole numbers (spaces around them allowed); a bad one is one problem, not two."""
    rows = list(csv.reader(io.StringIO(EVENTS.read_text(encoding="utf-8"))))
    col = {name: i for i, name in enumerate(rows[0])}
    rows[1][col[E.quote_start]] = f" {rows[1][col[E.quote_start]]} "
    rows[2][col[E.quote_end]] = "12.5"
    path = tmp_path / "events.csv"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    with pytest.raises(EventsValidationError) as info:
        read_events(path, articles=seed_articles)
    assert [(p.row, p.column, p.message) for p in info.value.problems] == [
        (3, E.quote_end, "not a whole number (got '12.5')")
    ]


# --------------------------------------------------------------------------- days outside datetime64[ns]


def _record(event_id: str, date: str, end_date: str = "", start: int = 0) -> dict:
    return dict(event_id=event_id, date=date, end_date=end_date, title="An invented event", lane="History",
                source="chronicle", quote="the quote", quote_start=start, quote_end=start + 9)


def test_a_year_1200_date_makes_a_frame_not_an_error():
    df = events_from_records([_record("siege", "1200-05-03"), _record("fair", "1200", start=20)])
    assert str(df[E.start].dtype) == DATETIME_DTYPE == "datetime64[s]" and str(df[E.end].dtype) == DATETIME_DTYPE
    assert df[E.start].tolist() == [pd.Timestamp("1200-01-01"), pd.Timestamp("1200-05-03")]
    assert df[E.end].tolist() == [pd.Timestamp("1201-01-01"), pd.Timestamp("1200-05-04")]
    assert validate_events(df) == [] and EventSchema.passes(df)


@pytest.mark.parametrize("date, end_date, start, end", [
    ("0001", "", "0001-01-01", "0002-01-01"),           # the first year a date value names
    ("066", "", "0660-01-01", "0670-01-01"),            # a decade
    ("1066-10-14", "", "1066-10-14", "1066-10-15"),
    ("1677-09-21", "", "1677-09-21", "1677-09-22"),     # the day before the first nanosecond day
    ("2262-04-12", "", "2262-04-12", "2262-04-13"),     # the day after the last one
    ("1914-07", "1918-11", "1914-07-01", "1918-12-01"),
    ("9998-12-31", "", "9998-12-31", "9999-01-01"),
])
def test_start_and_end_hold_every_day_of_years_1_to_9999(date, end_date, start, end):
    df = events_from_records([_record("e", date, end_date)])
    assert df.loc[0, E.start] == pd.Timestamp(start) and df.loc[0, E.end] == pd.Timestamp(end)


def test_old_and_new_dates_round_trip_through_csv(tmp_path):
    records = [_record(f"e{k}", d, start=10 * k) for k, d in enumerate(["2023-03-02", "1066-10-14", "2300-05",
                                                                            "1215-06-15", "1217"])]
    df = events_from_records(records)
    assert df[E.date].tolist() == ["1066-10-14", "1215-06-15", "1217", "2023-03-02", "2300-05"]  # sorted by start
    back = read_events(write_events(df, tmp_path / "events.csv"))
    pd.testing.assert_frame_equal(back, df)
    assert to_csv_text(back) == to_csv_text(df)


def test_to_datetime64_reads_dates_timestamps_strings_and_missing_values():
    import datetime as dt

    import numpy as np

    got = to_datetime64([dt.date(1066, 10, 14), pd.Timestamp("1215-06-15"), "2023-03-02", None, pd.NaT,
                         np.datetime64("0800-01-01")])
    assert got.dtype == np.dtype("datetime64[s]")
    assert [str(v)[:10] for v in got] == ["1066-10-14", "1215-06-15", "2023-03-02", "NaT", "NaT", "0800-01-01"]
    ns = pd.Series(pd.to_datetime(["2020-01-02"]))
    assert to_datetime64(ns).dtype == np.dtype("datetime64[s]") and str(to_datetime64(ns)[0]) == "2020-01-02T00:00:00"
    assert len(to_datetime64([])) == 0


def test_a_frame_with_nanosecond_start_and_end_still_validates(seed_events):
    """Frames made by older code (or by hand) with ``datetime64[ns]`` columns pass, as pandera lets any unit pass."""
    frame = seed_events.astype({E.start: "datetime64[ns]", E.end: "datetime64[ns]"})
    assert EventSchema.passes(frame) and validate_events(frame) == []


def test_a_quote_holding_a_lone_carriage_return_reads_back(tmp_path):
    # a page saved with old Mac line ends: a quote across its line break holds a bare \r, which the csv module
    # left unquoted when writing rows ended by \n (every reader then split the row there)
    from pathlib import Path

    from timeline.articles import Article

    text = "Acme news\r\rAcme Corp signed the deal on May 3, 2022\rin Lisbon, the board said.\r"
    quote = text[text.index("Acme Corp"): text.index(", the board")]
    art = Article(id="a", path=Path("a.txt"), text=text, published=None)
    rec = {"event_id": "2022-05-03-acme-signs-deal", "date": "2022-05-03", "end_date": "", "date_text": "May 3, 2022",
           "title": "Acme signs deal", "lane": "Other", "source": "a", "quote": quote,
           "quote_start": text.index(quote), "quote_end": text.index(quote) + len(quote), "actors": "", "tags": "",
           "note": "carriage\rreturn"}
    out = write_events(events_from_records([rec]), tmp_path / "events.csv", articles=[art])
    again = read_events(out, articles=[art])
    assert again[E.quote].tolist() == [quote] and again[E.note].tolist() == ["carriage\rreturn"]


def test_an_event_on_the_calendars_last_day_is_valid(tmp_path):
    rec = {"event_id": "last-day", "date": "9999-12-31", "end_date": "", "date_text": "", "title": "Last day",
           "lane": "Other", "source": "a", "quote": "q", "quote_start": 0, "quote_end": 1, "actors": "", "tags": "",
           "note": ""}
    frame = events_from_records([rec])  # its period is capped at its own day (end == start): still valid
    assert EventSchema.passes(frame) and not validate_events(frame)
    EventSchema.validate(frame)
    with pytest.raises(EventsValidationError, match="end_date must not be before date"):
        events_from_records([dict(rec, date="2022-05-03", end_date="2022-05-01")])
