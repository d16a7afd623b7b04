"""Scale benchmark of ``timeline.engine.run_extraction`` on a synthetic archive.

For each size (default 1,000 and 10,000 articles from ``benchmarks/synth.py``,
seed 1) and each engine -- 1 local worker (in process), 2 local processes, and a
2-worker ``distributed.LocalCluster`` on 127.0.0.1 -- it reports wall time
(extraction + merging), articles/s, seconds per 1,000 story words, peak
resident memory of the driver and of its worker processes (psutil, sampled
every 0.1 s), recall of the planted dates (the planted value is the value of a
candidate of that article) and whether the merged frames of all engines are
identical.

Usage::

    python benchmarks/bench_scale.py [WORKDIR] [--sizes 1000 10000] [--engines serial processes dask]
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import os
import sys
import threading
import time
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)

import psutil  # noqa: E402
import synth  # noqa: E402

from timeline.engine import run_extraction  # noqa: E402
from timeline.events import EventSchema as E  # noqa: E402
from timeline.manifest import iter_sources  # noqa: E402


class PeakRSS:
    """Sample the RSS of this process and of all its descendants in a thread; keep the peaks."""

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self.driver = 0
        self.workers = 0
        self.total = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            try:
                d = me.memory_info().rss
                w = 0
                for child in me.children(recursive=True):
                    try:
                        w += child.memory_info().rss
                    except psutil.Error:
                        pass
                self.driver, self.workers, self.total = max(self.driver, d), max(self.workers, w), max(self.total, d + w)
            except psutil.Error:
                pass
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakRSS":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def ensure_archive(workdir: Path, n: int, seed: int) -> Path:
    """The synthetic archive of ``n`` articles (generated once), returning its manifest."""
    manifest = workdir / "manifest.csv"
    stamp = workdir / "stamp.json"
    want = {"n": n, "seed": seed}
    if not (manifest.exists() and stamp.exists() and json.loads(stamp.read_text()) == want):
        t = time.perf_counter()
        synth.generate(workdir, n, seed=seed)
        stamp.write_text(json.dumps(want))
        print(f"generated {n} articles in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return manifest


def subset_manifest(manifest: Path, n: int) -> Path:
    """A manifest of the first ``n`` rows (beside the full one)."""
    out = manifest.with_name(f"manifest-{n}.csv")
    with open(manifest, newline="", encoding="utf-8") as fh, open(out, "w", newline="", encoding="utf-8") as dst:
        reader = csv.reader(fh)
        writer = csv.writer(dst, lineterminator="\n")
        for i, row in enumerate(reader):
            if i > n:
                break
            writer.writerow(row)
    return out


def recall(events, truth_path: Path, ids: set[str]) -> float:
    found = set(zip(events[E.source], events["mention_value"]))
    truth = [json.loads(line) for line in truth_path.read_text().splitlines()]
    truth = [t for t in truth if t["id"] in ids]
    return sum((t["id"], t["value"]) in found for t in truth) / len(truth)


def run_one(engine: str, manifest: Path, cluster_address: str | None):
    gc.collect()
    kwargs = {"workers": 1} if engine == "serial" else {"workers": 2} if engine == "processes" else {
        "scheduler": cluster_address}
    with PeakRSS() as mem:
        result = run_extraction(iter_sources(manifest), batch_size=16, **kwargs)
    return result, mem


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("workdir", nargs="?", default=os.path.join(ROOT, "build", "bench-scale"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--engines", nargs="+", default=["serial", "processes", "dask"],
                    choices=["serial", "processes", "dask"])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", help="also write the rows to this JSON file")
    args = ap.parse_args(argv)

    import pandas as pd

    workdir = Path(args.workdir)
    full = ensure_archive(workdir, max(args.sizes), args.seed)
    manifests = {n: full if n == max(args.sizes) else subset_manifest(full, n) for n in args.sizes}
    warm = subset_manifest(full, 4)
    results: dict[tuple[int, str], tuple[dict, object]] = {}
    load_before = os.getloadavg()
    # Local engines first, then the cluster: each engine's worker processes are the only children sampled.
    for engine in args.engines:
        cluster = None
        if engine == "dask":
            from distributed import LocalCluster

            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None, silence_logs=40)
        address = cluster.scheduler_address if cluster is not None else None
        try:
            run_one(engine, warm, address)  # worker start-up and imports are paid here, not measured
            for n in args.sizes:
                result, mem = run_one(engine, manifests[n], address)
                s = result.summary
                ids = {src.id for src in iter_sources(manifests[n])}
                row = {
                    "articles": n, "engine": engine if engine != "dask" else "dask LocalCluster(2)",
                    "workers": 1 if engine == "serial" else 2, "seconds": round(s.seconds, 1),
                    "articles_per_s": round(s.articles_per_second, 1),
                    "s_per_1000_words": round(s.seconds_per_1000_words, 4), "words": s.words,
                    "mentions": s.mentions, "candidates": s.candidates, "events": s.events,
                    "failures": s.failures, "peak_driver_mb": round(mem.driver / 2**20),
                    "peak_workers_mb": round(mem.workers / 2**20), "peak_total_mb": round(mem.total / 2**20),
                    "recall": round(recall(result.events, workdir / "truth.jsonl", ids), 4),
                }
                results[(n, engine)] = (row, result.events)
                print(json.dumps(row), file=sys.stderr, flush=True)
                del result
        finally:
            if cluster is not None:
                cluster.close()
    rows = []
    for n in args.sizes:
        here = [results[(n, e)] for e in args.engines]
        first = here[0][1]
        same = True
        for _, frame in here[1:]:
            try:
                pd.testing.assert_frame_equal(frame, first)
            except AssertionError:
                same = False
        base = results.get((n, "serial"))
        for row, _ in here:
            row["identical"] = same
            if base:
                row["speedup"] = round(base[0]["seconds"] / row["seconds"], 2)
            rows.append(row)
    load_after = os.getloadavg()
    print(f"load average (1, 5, 15 min) before: {load_before}, after: {load_after}; cores: {os.cpu_count()}")
    print("| articles | engine | workers | s | articles/s | s / 1000 words | speed-up vs 1 | peak RSS driver MB |"
          " peak RSS workers MB | recall | identical |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['articles']:,} | {r['engine']} | {r['workers']} | {r['seconds']} | {r['articles_per_s']} | "
              f"{r['s_per_1000_words']} | {r.get('speedup', '')}x | {r['peak_driver_mb']} | {r['peak_workers_mb']} | "
              f"{r['recall']:.2%} | {'yes' if r['identical'] else 'NO'} |")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
