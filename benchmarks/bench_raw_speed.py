"""Speed of reading story folders, texts alone (``--raw``) and with ``articles.csv``, against a tree in the same run.

Each story (a folder of ``benchmarks/corpora``: ``articles/``, ``sources.csv``) is copied as
``bench_events.copy_story`` prepares it: with an ``articles.csv`` of publication dates (mode ``csv``) or the texts
alone (mode ``raw``, as a new user brings a folder). A fresh interpreter per tree, mode and round reads every
story with :func:`timeline.extract.extract` (``bench_events.run_timeline``'s path; mode ``engine-raw``: the texts
alone through :func:`timeline.engine.run_extraction` with one worker, the ``timeline extract`` path) and reports the
wall and CPU seconds of the extraction alone (imports and the first story's loading of the lexicons included, the
copying of files not), and a digest of the events (date, title, quotes by article) of each story.

With ``--before TREE`` (a checkout of an older commit) every round runs TREE and this tree one after the other, the
order alternating between rounds, so that load on the machine hits both alike; the table gives the medians over
the rounds, the ratio before / after, and whether both trees gave the same events on every story (digests equal).
On a shared machine wall times are noisy; CPU time (user + system of the child) much less so.

Run::

    git worktree add /tmp/before 2af02c0
    .venv/bin/python benchmarks/bench_raw_speed.py $(sed 's|^|benchmarks/corpora/|' STORIES) --before /tmp/before \\
        --rounds 3 --modes raw csv

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODES = ("raw", "csv", "engine-raw")


def digest(frame) -> str:
    """A short digest of a candidates frame's events: each event's date, title and quotes by article, in order."""
    events: dict[str, dict] = {}
    for row in frame.itertuples():
        ev = events.setdefault(row.event_id, {"date": row.date, "title": row.title, "quotes": {}})
        ev["quotes"].setdefault(row.source, []).append(row.quote)
    rows = [{"date": e["date"], "title": e["title"], "quotes": {k: sorted(v) for k, v in sorted(e["quotes"].items())}}
            for e in events.values()]
    return hashlib.sha256(json.dumps(rows, sort_keys=True).encode("utf-8")).hexdigest()[:16]


def child(tree: Path, mode: str, stories: list[Path]) -> dict:
    """Read every story with the ``timeline`` package of ``tree``; the seconds and digests as a dict."""
    sys.path.insert(0, str(tree))
    import timeline
    from timeline.articles import load_articles
    from timeline.engine import run_extraction
    from timeline.extract import extract

    sys.path.insert(1, str(ROOT / "benchmarks"))
    import bench_events as be  # copy_story: this tree's; imported after the package, which stays ``tree``'s

    if Path(timeline.__file__).resolve().parents[1] != tree.resolve():
        raise SystemExit(f"timeline imported from {timeline.__file__}, not from {tree}")

    wall = cpu = 0.0
    digests = {}
    for folder in stories:
        with tempfile.TemporaryDirectory() as tmp:
            be.copy_story(folder, Path(tmp), raw=mode != "csv")
            t0, c0 = time.perf_counter(), time.process_time()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if mode == "engine-raw":
                    frame = run_extraction(tmp, workers=1).events
                else:
                    frame = extract(load_articles(Path(tmp)))
            wall += time.perf_counter() - t0
            cpu += time.process_time() - c0
        digests[folder.name] = digest(frame)
    return {"wall": wall, "cpu": cpu, "digests": digests}


def run_child(tree: Path, mode: str, stories: list[Path]) -> dict:
    """:func:`child` in a fresh interpreter (cwd = ``tree``)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), *[str(s.resolve()) for s in stories], "--child", str(tree),
           "--modes", mode]
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run(cmd, cwd=tree, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} … failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="+", type=Path, help="story folders (articles/, sources.csv)")
    ap.add_argument("--before", type=Path, help="a checkout of an older commit, run in the same rounds")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--modes", nargs="+", choices=MODES, default=["raw", "csv"])
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child is not None:
        print(json.dumps(child(args.child, args.modes[0], args.stories)))
        return 0
    trees = {"after": ROOT} if args.before is None else {"before": args.before.resolve(), "after": ROOT}
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", file=sys.stderr)
    runs: dict[tuple[str, str], list[dict]] = {}
    for r in range(args.rounds):
        for mode in args.modes:
            order = list(trees) if r % 2 == 0 else list(reversed(trees))
            for name in order:
                out = run_child(trees[name], mode, args.stories)
                runs.setdefault((name, mode), []).append(out)
                print(f"round {r + 1} {mode} {name}: wall {out['wall']:.1f} s, cpu {out['cpu']:.1f} s", file=sys.stderr)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", file=sys.stderr)
    print(f"{len(args.stories)} stories, {args.rounds} rounds, medians\n")
    print("| mode | tree | wall s | cpu s | wall before / after | cpu before / after | same events |")
    print("|---|---|---|---|---|---|---|")
    for mode in args.modes:
        med = {n: (statistics.median(o["wall"] for o in runs[(n, mode)]),
                   statistics.median(o["cpu"] for o in runs[(n, mode)])) for n in trees}
        for name in trees:
            ratio_w = ratio_c = same = ""
            if name == "after" and "before" in trees:
                ratio_w = f"{med['before'][0] / med['after'][0]:.3f}"
                ratio_c = f"{med['before'][1] / med['after'][1]:.3f}"
                digests = [o["digests"] for n in trees for o in runs[(n, mode)]]
                same = "yes" if all(d == digests[0] for d in digests) else "NO"
            print(f"| {mode} | {name} | {med[name][0]:.1f} | {med[name][1]:.1f} | {ratio_w} | {ratio_c} | {same} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
