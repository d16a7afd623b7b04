"""Latency of the ``timeline`` commands against their floor: the imports each command cannot avoid.

Each command runs in a fresh interpreter from the repository root, with the
bytecode compiled first (``compileall`` on ``timeline/``; ``setup.sh``
compiles the installed packages). Every round runs every command and every
floor once, so load on the machine hits them alike (the order of the two
extraction engines alternates between rounds); the table shows the medians
over the rounds of wall time and of CPU time (user + system of the command and
the processes it waited for: less sensitive to other load).

Commands and their floors (``python -c "import ..."`` of the libraries the
command needs; typer 0.29 parses every command's options through pydantic):

* ``timeline --help``: ``import typer``;
* ``timeline validate data/events.csv``: ``import typer, pydantic, pandas``;
* ``timeline extract seeds -o OUT.csv`` (default engine) and ``--workers 1``:
  ``import typer, pydantic, pandas, tqdm``;
* ``timeline build -o OUT.html`` (the seeds and ``data/events.csv``):
  ``import typer, pydantic, pandas, plotly.graph_objects; plotly.graph_objects.Figure``
  (plotly loads its figure classes on first access).

``python -c pass`` is the interpreter's own start. The ratio is command /
floor (wall); "over floor" is command - floor. The load average before and
after the run is printed: on a shared machine absolute times are several
times what an idle one gives, ratios much less so.

With ``--no-bytecode`` two more rows run ``--help`` and ``extract --workers 1``
as a venv without ``.pyc`` files would (``PYTHONPYCACHEPREFIX`` set to an
empty folder and ``PYTHONDONTWRITEBYTECODE=1``: every module compiled from
source each time).

With ``--before TREE`` (a checkout of an older commit, its ``timeline/``
compiled) the commands also run as ``python -m timeline ...`` from TREE and
from this tree, interleaved, for a before/after table from the same run.

Run::

    .venv/bin/python benchmarks/bench_cli.py --runs 9
    git worktree add /tmp/before 8e42577 && .venv/bin/python benchmarks/bench_cli.py --runs 5 --before /tmp/before

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Issue 16's targets (seconds, bytecode cached), by command name.
TARGETS = {"timeline --help": 0.3, "timeline extract seeds -o x.csv": 1.5}
DEFAULT = "timeline extract seeds -o x.csv"
SERIAL = "timeline extract seeds -o x.csv --workers 1"
PLOTLY = "import typer, pydantic, pandas, plotly.graph_objects; plotly.graph_objects.Figure"


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, of the command and the processes it waited for)."""
    c0, t0 = _cpu(), time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)
    took, cpu = time.perf_counter() - t0, _cpu() - c0
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return took, cpu


def floors() -> dict[str, list[str]]:
    """Floor name -> command: ``python -c pass`` and the imports of each command."""
    py = sys.executable
    names = ("pass", "import typer", "import typer, pydantic, pandas", "import typer, pydantic, pandas, tqdm", PLOTLY)
    return {f"python -c {name}" if name == "pass" else name: [py, "-c", name] for name in names}


def commands(out: Path) -> dict[str, tuple[list[str], str]]:
    """Command name -> (command, name of its floor)."""
    timeline = str(Path(sys.executable).with_name("timeline"))
    extract = [timeline, "extract", "seeds", "-o", str(out / "x.csv"), "--no-progress"]
    return {
        "timeline --help": ([timeline, "--help"], "import typer"),
        "timeline validate data/events.csv": ([timeline, "validate", "data/events.csv"],
                                              "import typer, pydantic, pandas"),
        DEFAULT: (extract, "import typer, pydantic, pandas, tqdm"),
        SERIAL: (extract + ["--workers", "1"], "import typer, pydantic, pandas, tqdm"),
        "timeline build -o t.html": ([timeline, "build", "-o", str(out / "t.html")], PLOTLY),
    }


def measure(runs: int, no_bytecode: bool) -> tuple[dict, dict[str, list[tuple[float, float]]]]:
    """Run every command and floor ``runs`` times, interleaved; their (wall, CPU) seconds by name."""
    with tempfile.TemporaryDirectory() as tmp:
        cmds = commands(Path(tmp))
        runs_of: dict[str, tuple[list[str], dict[str, str] | None]] = {n: (c, None) for n, c in floors().items()}
        runs_of.update({name: (cmd, None) for name, (cmd, _) in cmds.items()})
        if no_bytecode:
            cold = {**os.environ, "PYTHONPYCACHEPREFIX": str(Path(tmp) / "no-pyc"), "PYTHONDONTWRITEBYTECODE": "1"}
            for name in ("timeline --help", SERIAL):
                cmds[name + ", no .pyc"] = (cmds[name][0], "")
                runs_of[name + ", no .pyc"] = (cmds[name][0], cold)
        for cmd, env in runs_of.values():  # warm the file cache once
            _run(cmd, env)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs_of}
        for r in range(runs):
            order = list(runs_of)
            if r % 2:  # alternate which extraction engine goes first
                i, j = order.index(DEFAULT), order.index(SERIAL)
                order[i], order[j] = order[j], order[i]
            for name in order:
                times[name].append(_run(*runs_of[name]))
    return cmds, times


def before_after(before: Path, runs: int) -> None:
    """Print wall and CPU medians of the commands run from ``before`` and from this tree, interleaved."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", str(before / "timeline")], check=True)
    trees = {"before": before, "after": ROOT}
    with tempfile.TemporaryDirectory() as tmp:
        extract = ["extract", "seeds", "-o", str(Path(tmp) / "x.csv"), "--no-progress"]
        args = {"timeline --help": ["--help"], "timeline validate data/events.csv": ["validate", "data/events.csv"],
                DEFAULT: extract, SERIAL: extract + ["--workers", "1"]}
        times: dict[tuple[str, str], list[tuple[float, float]]] = {(t, c): [] for t in trees for c in args}
        for r in range(runs + 1):  # round 0 warms the file cache
            for name, rest in args.items():
                for tree in (list(trees) if r % 2 else list(trees)[::-1]):
                    took = _run_in([sys.executable, "-m", "timeline", *rest], trees[tree])
                    if r:
                        times[(tree, name)].append(took)
    print(f"\nBefore ({before}) and after (this tree), `python -m timeline`, {runs} interleaved rounds:\n")
    print("| command | before wall s | before CPU s | after wall s | after CPU s | after / before CPU |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in args:
        (bw, bc), (aw, ac) = [[statistics.median(x[i] for x in times[(t, name)]) for i in (0, 1)] for t in trees]
        print(f"| `{name}` | {bw:.2f} | {bc:.2f} | {aw:.2f} | {ac:.2f} | {ac / bc:.2f} |")


def _run_in(cmd: list[str], cwd: Path) -> tuple[float, float]:
    c0, t0 = _cpu(), time.perf_counter()
    subprocess.run(cmd, cwd=cwd, capture_output=True, check=True)
    return time.perf_counter() - t0, _cpu() - c0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="rounds (default 9)")
    parser.add_argument("--no-bytecode", action="store_true", help="also time two commands without any .pyc")
    parser.add_argument("--before", type=Path, help="only a before/after table against this older checkout")
    args = parser.parse_args(argv)
    if args.before is not None:
        before_after(args.before.resolve(), args.runs)
        return 0
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", str(ROOT / "timeline")], check=True)
    load_before = os.getloadavg()[0]
    cmds, times = measure(args.runs, args.no_bytecode)
    load_after = os.getloadavg()[0]
    med = {name: statistics.median(w for w, _ in t) for name, t in times.items()}
    cpu = {name: statistics.median(c for _, c in t) for name, t in times.items()}
    print(f"{args.runs} interleaved rounds; load average {load_before:.1f} before, {load_after:.1f} after; "
          f"`python -c pass` {med['python -c pass']:.3f} s wall, {cpu['python -c pass']:.3f} s CPU\n")
    print("| command | wall s | CPU s | target s | floor | floor wall s | floor CPU s | wall / floor | CPU / floor "
          "| over floor s |")
    print("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|")
    for name, (_, floor) in cmds.items():
        target = f"{TARGETS[name]:.1f}" if name in TARGETS else ""
        if floor:
            print(f"| `{name}` | {med[name]:.2f} | {cpu[name]:.2f} | {target} | `{floor}` | {med[floor]:.2f} "
                  f"| {cpu[floor]:.2f} | {med[name] / med[floor]:.2f} | {cpu[name] / cpu[floor]:.2f} "
                  f"| {med[name] - med[floor]:.2f} |")
        else:
            print(f"| `{name}` | {med[name]:.2f} | {cpu[name]:.2f} | {target} | | | | | | |")
    pairs = [d / s for (d, _), (s, _) in zip(times[DEFAULT], times[SERIAL])]
    print(f"\ndefault engine / `--workers 1` on the seeds (target <= 1.10): wall {med[DEFAULT] / med[SERIAL]:.2f} "
          f"(medians), {statistics.median(pairs):.2f} (median of the per-round ratios); "
          f"CPU {cpu[DEFAULT] / cpu[SERIAL]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
