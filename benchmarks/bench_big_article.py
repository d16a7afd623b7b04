"""Memory and time of one huge article: ``load_article`` + ``extract_article`` on texts of N MB.

The text is a dateline and news paragraphs (from ``benchmarks/synth.py``'s
generator, each with planted dates) repeated until it is N MB. Each size runs
in a fresh process; peak RSS is ``resource.getrusage(RUSAGE_SELF).ru_maxrss``,
and "RSS per MB" is (peak − the RSS of the process with the package imported,
before the article is read) / MB. With ``--trace`` the largest allocation
sites at the peak (tracemalloc, 3 frames) are printed for one size.

Usage::

    python benchmarks/bench_big_article.py [--sizes 0.5 1 2] [--trace 1]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)


def write_text(path: Path, mb: float) -> int:
    """Write an article of ``mb`` MB made of synthetic news paragraphs; return its size in bytes."""
    import synth

    with tempfile.TemporaryDirectory() as tmp:
        synth.generate(Path(tmp), 20, seed=3)
        paras = []
        for f in sorted(Path(tmp).glob("articles/*/*.txt")):
            paras += [p for p in f.read_text(encoding="utf-8").split("\n\n")[1:] if len(p) > 200]
    head = "4 Feb, 2022 15:36\n\nA very long report\n\n"
    out, size, k = [head], len(head), 0
    while size < mb * 1e6:
        out.append(paras[k % len(paras)] + "\n\n")
        size += len(out[-1].encode("utf-8"))
        k += 1
    path.write_text("".join(out), encoding="utf-8")
    return path.stat().st_size


def measure(mb: float, trace: bool) -> dict:
    import resource

    from timeline.articles import load_article
    from timeline.extract import extract_article

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        size = write_text(path, mb)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if trace:
            import tracemalloc

            tracemalloc.start(3)
        t = time.perf_counter()
        article = load_article(path, max_mb=0)
        records = extract_article(article)
        seconds = time.perf_counter() - t
        if trace:
            snap = tracemalloc.take_snapshot()
            peak = tracemalloc.get_traced_memory()[1]
            print(f"tracemalloc peak {peak / 2**20:.0f} MiB; largest live sites at the end:", file=sys.stderr)
            for stat in snap.statistics("traceback")[:8]:
                print(f"  {stat.size / 2**20:.1f} MiB {stat.count} blocks", file=sys.stderr)
                for line in stat.traceback.format()[-6:]:
                    print("    " + line, file=sys.stderr)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"mb": round(size / 1e6, 2), "seconds": round(seconds, 1), "candidates": len(records),
            "rss_before_mb": round(before / 1024), "peak_rss_mb": round(peak / 1024),
            "rss_per_mb": round((peak - before) / 1024 / (size / 1e6)), "s_per_mb": round(seconds / (size / 1e6), 1)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2])
    ap.add_argument("--trace", type=float, help="also trace allocations at this size")
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one, bool(args.trace))))
        return
    rows = []
    for mb in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(mb)] + (["--trace", "1"] if args.trace == mb else [])
        out = subprocess.run(cmd, check=True, capture_output=False, stdout=subprocess.PIPE, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print("| article MB | candidates | s | s / MB | peak RSS MB | RSS before MB | RSS per MB of article |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['mb']} | {r['candidates']:,} | {r['seconds']} | {r['s_per_mb']} | {r['peak_rss_mb']} | "
              f"{r['rss_before_mb']} | {r['rss_per_mb']} |")


if __name__ == "__main__":
    main()
