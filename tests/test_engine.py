"""Extraction at scale: inputs, failures, engines, block merging, Parquet output."""

from __future__ import annotations

import json
import random
import sys

import pandas as pd
import pytest

from conftest import ROOT, SEEDS
from timeline.articles import ArticleMetadataError
from timeline.engine import (
    ExtractionSummary,
    merge_blocked,
    process_source,
    read_parquet,
    run_extraction,
    write_output,
    write_parquet,
)
from timeline.events import EventSchema as E, EventsValidationError, read_events, validate_events
from timeline.extract import extract_article, merge_candidates
from timeline.manifest import Source, iter_sources, write_manifest

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402

N_GOOD = 16
N_BAD = 3


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    out = tmp_path_factory.mktemp("archive")
    synth.generate(out, N_GOOD, seed=7, corrupt=N_BAD)
    return out


@pytest.fixture(scope="module")
def serial(archive):
    return run_extraction(iter_sources(archive / "manifest.csv"), workers=1, batch_size=5)


# --------------------------------------------------------------------------- inputs


def test_folder_source_uses_articles_csv():
    refs = list(iter_sources(SEEDS))
    assert len(refs) == 5
    assert all(r.has_meta and r.path.endswith(".txt") and not r.error for r in refs)
    assert refs[0].id == "000_ca2168b8a0da226e" and refs[0].published == "2022-02-04"


def test_glob_source_is_recursive_and_lazy(archive):
    refs = iter_sources(str(archive / "articles" / "**" / "*.txt"))
    assert not isinstance(refs, list)
    refs = list(refs)
    assert len(refs) == N_GOOD + N_BAD
    assert {r.id for r in refs} >= {"synth-000000", "synth-000015"}
    assert not any(r.has_meta for r in refs)  # no articles.csv beside them: ids from file names


def test_manifest_source(archive):
    refs = list(iter_sources(archive / "manifest.csv"))
    assert len(refs) == N_GOOD + N_BAD
    first = refs[0]
    assert first.id == "synth-000000" and first.path.startswith(str(archive)) and first.published
    assert first.meta().published.isoformat() == first.published


def test_manifest_bad_rows_become_failures(tmp_path, archive):
    good = archive / "articles" / "000" / "synth-000001.txt"
    (tmp_path / "m.csv").write_text(
        "path,id,published,title\n"
        f"{good},a,2020-01-05,A\n"
        f"{good},a,,dup\n"
        ",b,,\n"
        f"{good},c,2020-13-01,\n"
        "missing.txt,d,,\n",
        encoding="utf-8",
    )
    result = run_extraction(tmp_path / "m.csv", workers=1)
    msgs = {f.id: f.message for f in result.failures}
    assert set(msgs) == {"a", "row-4", "d"}
    assert "duplicate id 'a'" in msgs["a"] and "empty path" in msgs["row-4"] and "file not found" in msgs["d"]
    assert result.summary.articles == 5 and result.summary.failures == 3
    # a published value that is no date is named, and its page is read as if the cell were empty (not lost)
    told = [w.message for w in result.warnings if w.id == "c"]
    assert any("m.csv:5:published: '2020-13-01' is not a date (month must be in 1..12)" in m for m in told), told
    assert set(result.events[E.source]) == {"a", "c"}


def test_manifest_bad_header(tmp_path):
    (tmp_path / "m.csv").write_text("file,id\nx.txt,x\n", encoding="utf-8")
    with pytest.raises(ArticleMetadataError, match="missing column 'path'"):
        list(iter_sources(tmp_path / "m.csv"))


def test_missing_spec(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(iter_sources(tmp_path / "nope"))
    assert list(iter_sources(str(tmp_path / "*.txt"))) == []


def test_write_manifest_round_trip(tmp_path, archive):
    refs = list(iter_sources(archive / "manifest.csv"))[:4]
    path = write_manifest(refs, archive / "copy.csv")
    try:
        again = list(iter_sources(path))
        assert [(r.path, r.id, r.published, r.title) for r in again] == [(r.path, r.id, r.published, r.title) for r in refs]
    finally:
        path.unlink()


# --------------------------------------------------------------------------- per article and failures


def test_process_source_is_pure(archive):
    ref = next(iter_sources(archive / "manifest.csv"))
    a, b = process_source(ref), process_source(ref)
    assert a == b and a.records and a.mentions >= len(a.records) and a.words > 400 and not a.error


def test_corrupt_files_reported_and_run_completes(serial, archive):
    assert serial.summary.articles == N_GOOD + N_BAD
    assert [f.path.rsplit("/", 1)[1] for f in serial.failures] == [
        "bad-000-binary.txt",
        "bad-001-latin1.txt",
        "bad-002-empty.txt",
    ]
    messages = [f.message for f in serial.failures]
    assert "binary" in messages[0] and "UTF-8" in messages[1] and "empty" in messages[2]
    assert all(f.path.startswith(str(archive)) for f in serial.failures)
    assert serial.events[E.source].nunique() == N_GOOD
    assert validate_events(serial.events) == []


def test_recall_of_planted_dates(serial, archive):
    truth = [json.loads(line) for line in (archive / "truth.jsonl").read_text().splitlines()]
    found = set(zip(serial.events[E.source], serial.events["mention_value"]))
    hits = sum((t["id"], t["value"]) in found for t in truth)
    assert hits / len(truth) >= 0.95
    assert {t["kind"] for t in truth} == {"absolute", "relative", "anchored"}


def test_summary(serial):
    s = serial.summary
    assert isinstance(s, ExtractionSummary)
    assert s.candidates == len(serial.events) and s.events == serial.events[E.event_id].nunique()
    assert s.mentions >= s.candidates and s.words > 0 and s.seconds > 0 and s.engine == "serial"
    text = str(serial)
    assert f"{N_GOOD + N_BAD} articles ({N_BAD} failed)" in text and "articles/s" in text


def test_serial_equals_two_processes_and_progress(serial, archive):
    ticks: list[int] = []
    refs = list(iter_sources(archive / "manifest.csv"))
    random.Random(3).shuffle(refs)  # arrival order does not matter
    pulled = 0
    ahead: list[int] = []

    def stream():
        nonlocal pulled
        for ref in refs:
            pulled += 1
            yield ref

    def tick(n):
        ticks.append(n)
        ahead.append(pulled - sum(ticks))

    par = run_extraction(stream(), workers=2, batch_size=3, progress=tick)
    assert sum(ticks) == N_GOOD + N_BAD and len(ticks) == 7
    assert max(ahead) <= 2 * 2 * 3  # references are pulled lazily: at most 2 batches per worker in flight
    pd.testing.assert_frame_equal(par.events, serial.events)
    assert par.failures == serial.failures and par.warnings == serial.warnings
    assert par.summary.engine == "processes(2)"
    for name in ("articles", "failures", "words", "mentions", "candidates", "events"):
        assert getattr(par.summary, name) == getattr(serial.summary, name)


def test_seeds_match_extract(seed_articles):
    from timeline.extract import extract

    result = run_extraction(SEEDS, workers=1)
    pd.testing.assert_frame_equal(result.events, extract(seed_articles))
    assert result.failures == []


# --------------------------------------------------------------------------- block merge


def _shifted(records, rng, tag):
    """Copies of records redated to coarse or year-straddling periods, to stress the blocking."""
    dates = ["2021-W52", "2020-W53", "2021-WI", "2022-WI", "202", "199", "20", "19", "2021", "2022", "2021-12",
             "2022-01", "2021-12-31", "2022-01-02", "2021-Q4", "2022-H1", "2021-12-28"]
    out = []
    for k, rec in enumerate(records):
        new = dict(rec)
        new[E.date] = rng.choice(dates)
        new[E.source] = f"{rec[E.source]}-{tag}{k}"
        out.append(new)
    return out


def test_block_merge_equals_merge_candidates_on_seeds(seed_articles):
    records = [r for a in seed_articles for r in extract_article(a)]
    pd.testing.assert_frame_equal(merge_blocked(records), merge_candidates(records))


def test_block_merge_equals_merge_candidates_on_tricky_dates(seed_articles, serial):
    rng = random.Random(11)
    records = [r for a in seed_articles for r in extract_article(a)]
    records += _shifted(records, rng, "a") + _shifted(records, rng, "b")
    rng.shuffle(records)
    expected = merge_candidates(records)
    got = merge_blocked(records)
    pd.testing.assert_frame_equal(got, expected)
    assert got[E.event_id].nunique() < len(got)  # merges did happen, across blocks too


def test_block_merge_scores_pairs_in_forked_processes_with_the_same_result(seed_articles, monkeypatch):
    import timeline.engine as engine

    rng = random.Random(12)
    records = [r for a in seed_articles for r in extract_article(a)]
    records += _shifted(records, rng, "a") + _shifted(records, rng, "b")
    expected = merge_blocked(records)
    pools = []

    class CountingPool(engine.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            pools.append(kwargs)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(engine, "_PARALLEL_MERGE_MIN", 0)  # the seeds are far below the real threshold
    monkeypatch.setattr(engine, "ProcessPoolExecutor", CountingPool)
    got = merge_blocked(records, workers=2)
    pd.testing.assert_frame_equal(got, expected)
    assert [p["max_workers"] for p in pools] == [2]  # the pairs were scored in two forked processes
    assert engine._SCORING is None  # the shared state is released


def test_block_merge_empty():
    assert len(merge_blocked([])) == 0
    assert list(merge_blocked([]).columns) == list(merge_candidates([]).columns)


# --------------------------------------------------------------------------- output


def test_parquet_round_trip(serial, tmp_path):
    dest = write_parquet(serial.events, tmp_path / "out")
    years = sorted(p.name for p in dest.iterdir() if p.is_dir())
    assert years and all(y.startswith("year=") for y in years)
    back = read_parquet(dest)
    assert validate_events(back) == []
    pd.testing.assert_frame_equal(back, serial.events)
    one = int(years[0].split("=")[1])
    part = read_parquet(dest, years=[one])
    assert len(part) and (part[E.start].dt.year == one).all()
    # replaced atomically: no temporary folders are left beside it
    write_parquet(serial.events.head(3), dest)
    assert len(read_parquet(dest)) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_parquet_empty_and_refusals(serial, tmp_path):
    empty = serial.events.head(0)
    back = read_parquet(write_parquet(empty, tmp_path / "empty"))
    assert len(back) == 0 and list(back.columns) == list(empty.columns)
    other = tmp_path / "other"
    other.mkdir()
    (other / "keep.txt").write_text("mine")
    with pytest.raises(FileExistsError):
        write_parquet(serial.events, other)
    assert (other / "keep.txt").read_text() == "mine"
    bad = serial.events.copy()
    bad.loc[0, E.title] = ""
    with pytest.raises(EventsValidationError):
        write_parquet(bad, tmp_path / "bad")
    assert not (tmp_path / "bad").exists()
    with pytest.raises(FileNotFoundError):
        read_parquet(other)


def test_write_output_csv(serial, tmp_path):
    path = write_output(serial.events, tmp_path / "c.csv")
    back = read_events(path)
    assert len(back) == len(serial.events)
    assert write_output(serial.events, tmp_path / "ds", format="parquet").is_dir()
    with pytest.raises(ValueError):
        write_output(serial.events, tmp_path / "x", format="xml")


def test_density_view_accepts_result(serial):
    plot = pytest.importorskip("timeline.plot")
    if not hasattr(plot, "timeline_density"):
        pytest.skip("timeline.plot.timeline_density not available yet")
    fig = plot.timeline_density(serial.events, freq="Y")
    assert fig is not None and len(fig.data) >= 1


def test_source_meta_none_without_metadata(tmp_path):
    assert Source(path=str(tmp_path / "a.txt"), id="a").meta() is None


def test_default_engine_starts_processes_only_for_enough_text(serial, archive, monkeypatch):
    """``workers=None`` stays in this process below POOL_MIN_BYTES and uses all cores above it."""
    import timeline.engine as engine

    monkeypatch.setattr(engine.os, "cpu_count", lambda: 2)
    refs = list(iter_sources(archive / "manifest.csv"))
    small = run_extraction(iter(refs), batch_size=3)  # 19 small articles: far below the threshold
    assert small.summary.engine == "serial"
    pd.testing.assert_frame_equal(small.events, serial.events)

    size = sum(engine.os.path.getsize(r.path) for r in refs[:7])
    monkeypatch.setattr(engine, "POOL_MIN_BYTES", size)
    pulled = 0

    def stream():
        nonlocal pulled
        for ref in refs:
            pulled += 1
            yield ref

    big = run_extraction(stream(), batch_size=3)
    assert pulled == len(refs)
    assert big.summary.engine == "processes(2)"
    pd.testing.assert_frame_equal(big.events, serial.events)
    assert big.failures == serial.failures


def test_big_runs_spill_the_candidates_by_year_with_the_same_result(archive, serial, monkeypatch, tmp_path):
    import timeline.engine as engine
    import timeline.merge_partitions as mp

    made = []

    class Recorded(mp.PartitionedMerge):
        def __init__(self, *args, **kwargs):
            super().__init__(tmp_path, *args[1:], **kwargs)
            made.append(self._dir)

    monkeypatch.setattr(engine, "SPILL_MIN", 10)  # the archive is far below the real threshold
    monkeypatch.setattr(engine, "PartitionedMerge", Recorded)
    big = run_extraction(iter_sources(archive / "manifest.csv"), workers=1, batch_size=5)
    assert len(made) == 1 and not made[0].exists()  # spilled, then cleaned up
    pd.testing.assert_frame_equal(big.events, serial.events)
    assert big.warnings == serial.warnings and big.failures == serial.failures


#: pages saved by scrapers of other platforms: a release whose headline (no full stop) stands a blank line above its
#: lede, a dated report and a page without a publication date that the folder dates
LINE_END_PAGES = {
    "storm.txt": "Storm floods Harbor City\n\nFebruary 28, 2022\n\nA storm flooded the lower town of Harbor City on "
                 "Sunday, February 27, 2022, and cut power to 3,000 homes.\nThe mayor, Ann Lee, declared an emergency "
                 "on Monday.\n",
    "works.txt": "Barrier work begins\n\nCrews began work on the Harbor City flood barrier on Monday, April 4, 2022, the "
                 "mayor said.\nThe council approved the barrier on March 8 after the storm of February 27 flooded "
                 "the lower town.\n",
    "release.txt": "Press Release\nMarch 10, 2022\n\nHarbor Council Announces Hearing with Port Chief After Storm "
                   "Damage\n\n(HARBOR CITY) \u2013 Today, Councillor Ann Lee (D-HC), Chair of the Harbor City Council, "
                   "announced that the Council will hold a full hearing with the port chief on the storm damage.\n\n"
                   "\u2022 On Thursday, March 10, the Council met with officials from the port to discuss the storm "
                   "damage in advance of the April 9 hearing.\n",
}


@pytest.mark.parametrize("end", ["\r\n", "\r"])
@pytest.mark.parametrize("spill", [False, True])
def test_the_engine_reads_a_folder_whatever_its_line_ends_as_extract_does(tmp_path, monkeypatch, end, spill):
    import warnings

    from timeline import engine
    from timeline.articles import load_articles
    from timeline.extract import extract

    if spill:
        monkeypatch.setattr(engine, "SPILL_MIN", 3)  # merged year by year from the records spilled to disk
    runs = {}
    for name, sep in (("lf", "\n"), ("other", end)):
        folder = tmp_path / name
        folder.mkdir()
        for file, text in LINE_END_PAGES.items():
            (folder / file).write_bytes(text.replace("\n", sep).encode("utf-8"))
        frame = engine.run_extraction(folder, workers=1).events
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            direct = extract(load_articles(folder))
        key = [E.event_id, E.date, E.title, E.source, E.quote_start, E.quote_end, E.quote]
        assert sorted(map(tuple, frame[key].values.tolist())) == sorted(map(tuple, direct[key].values.tolist()))
        runs[name] = sorted((r.event_id, r.title, r.source, " ".join(r.quote.split())) for r in frame.itertuples())
    assert runs["other"] == runs["lf"] and len({r[0] for r in runs["lf"]}) >= 5


@pytest.mark.parametrize("spill", [False, True])
def test_a_folder_with_events_of_1066_and_1215_runs_and_spills_by_their_years(tmp_path, monkeypatch, spill):
    import warnings

    from conftest import OLD_FOLDER_DATES, old_dates_folder
    from timeline import engine
    from timeline.articles import load_articles
    from timeline.extract import extract

    folder = old_dates_folder(tmp_path / "abbey")
    if spill:
        monkeypatch.setattr(engine, "SPILL_MIN", 3)  # merged year by year (1066, 1215, 1217, 2023) from disk
    result = engine.run_extraction(folder, workers=1)
    frame = result.events
    assert sorted(frame.drop_duplicates(E.event_id)[E.date]) == OLD_FOLDER_DATES and result.failures == []
    assert str(frame[E.start].dtype) == "datetime64[s]" and validate_events(frame) == []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        direct = extract(load_articles(folder))
    pd.testing.assert_frame_equal(frame[direct.columns], direct)
    dest = write_parquet(frame, tmp_path / "dataset")
    assert sorted(p.name for p in dest.iterdir() if p.is_dir()) == ["year=1066", "year=1215", "year=1217", "year=2023"]
    pd.testing.assert_frame_equal(read_parquet(dest), frame)
    assert read_parquet(dest, years=[1215])[E.date].tolist() == ["1215-06-15"]


def test_a_page_without_a_publication_date_is_told_in_one_line(tmp_path):
    from timeline.engine import run_extraction

    (tmp_path / "a.txt").write_text("Acme news\n\nThe Acme board met on Wednesday and approved the merger.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Beta news\n\nBeta Corp signed the lease on March 3, 2021 in Lisbon.\n",
                                    encoding="utf-8")
    result = run_extraction(tmp_path, workers=1)
    told = {w.path.rsplit("/", 1)[-1]: [] for w in result.warnings}
    for w in result.warnings:
        told[w.path.rsplit("/", 1)[-1]].append(w.message)
    assert len(told["a.txt"]) == 1 and len(told["b.txt"]) == 1  # the loader's line and the reading's, as one
    (a,), (b,) = told["a.txt"], told["b.txt"]
    assert a.startswith("no publication date printed or given; 1 date expression(s) left out") and "'Wednesday'" in a
    assert "none of its date expressions left out" in b and "stay unresolved" not in b
