"""Extraction on a real dask.distributed cluster (2 worker processes on 127.0.0.1)."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from conftest import ROOT
from timeline.engine import SCHEDULER_ENV, run_extraction
from timeline.events import validate_events
from timeline.manifest import iter_sources

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    out = tmp_path_factory.mktemp("cluster-archive")
    synth.generate(out, 12, seed=5, corrupt=2)
    return out


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=40,
    ) as c:
        yield c


def test_cluster_run_equals_local_run(archive, cluster):
    manifest = archive / "manifest.csv"
    local = run_extraction(iter_sources(manifest), workers=1)
    ticks: list[int] = []
    remote = run_extraction(iter_sources(manifest), scheduler=cluster.scheduler_address, batch_size=2, progress=ticks.append)
    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    assert remote.summary.engine == f"dask({cluster.scheduler_address})"
    assert sum(ticks) == 14
    pd.testing.assert_frame_equal(remote.events, local.events)
    assert remote.failures == local.failures and len(remote.failures) == 2
    assert validate_events(remote.events) == []
    for name in ("articles", "failures", "words", "mentions", "candidates", "events"):
        assert getattr(remote.summary, name) == getattr(local.summary, name)


def test_cluster_from_environment_and_client(archive, cluster, monkeypatch):
    manifest = archive / "manifest.csv"
    monkeypatch.setenv(SCHEDULER_ENV, cluster.scheduler_address)
    from_env = run_extraction(manifest, batch_size=4)
    assert from_env.summary.engine.startswith("dask(tcp://127.0.0.1:")
    monkeypatch.delenv(SCHEDULER_ENV)
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        with_client = run_extraction(manifest, scheduler=client, batch_size=4)
        assert client.status == "running"  # a client passed in is left open
    pd.testing.assert_frame_equal(with_client.events, from_env.events)


def test_a_spilled_merge_runs_its_years_on_the_cluster(archive, cluster, monkeypatch, tmp_path):
    import tempfile

    import timeline.engine as engine

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the spill folder (the workers see it: one machine)
    manifest = archive / "manifest.csv"
    local = run_extraction(manifest, workers=1)
    monkeypatch.setattr(engine, "SPILL_MIN", 10)  # the archive is far below the real threshold
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        client.get_task_stream()  # starts recording
        remote = run_extraction(manifest, scheduler=client, batch_size=4)
        keys = [str(t["key"]) for t in client.get_task_stream()]
    assert any("merge_year" in k for k in keys)  # the year partitions were merged on the workers
    pd.testing.assert_frame_equal(remote.events, local.events)


def test_a_folder_with_events_of_1066_and_1215_on_the_cluster(cluster, tmp_path, monkeypatch):
    import timeline.engine as engine
    from conftest import OLD_FOLDER_DATES, old_dates_folder

    folder = old_dates_folder(tmp_path / "abbey")
    local = run_extraction(folder, workers=1)
    remote = run_extraction(folder, scheduler=cluster.scheduler_address, batch_size=1)
    pd.testing.assert_frame_equal(remote.events, local.events)
    assert sorted(remote.events.drop_duplicates("event_id")["date"]) == OLD_FOLDER_DATES
    assert str(remote.events["start"].dtype) == "datetime64[s]"
    monkeypatch.setattr(engine, "SPILL_MIN", 3)  # the years 1066 … 2023 merged on the workers
    monkeypatch.setattr(__import__("tempfile"), "tempdir", str(tmp_path))
    spilled = run_extraction(folder, scheduler=cluster.scheduler_address, batch_size=1)
    pd.testing.assert_frame_equal(spilled.events, local.events)
