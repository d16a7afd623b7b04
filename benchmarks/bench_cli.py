"""Latency of the ``timeline`` commands against their floor: the imports each command cannot avoid.

Each command runs in a fresh interpreter from the repository root, with the
bytecode compiled first (``compileall`` on ``timeline/``; ``setup.sh``
compiles the installed packages). Every round runs every command once, in the
same order, so load on the machine hits them alike; the table shows the
medians over the rounds of wall time and of CPU time (user + system of the
command and the processes it waited for: less sensitive to other load).

Commands and their floors:

* ``timeline --help`` against ``python -c "import typer"``;
* ``timeline validate data/events.csv`` against
  ``python -c "import pandas, pandera.pandas"``;
* ``timeline extract seeds -o OUT.csv`` (default engine) and ``--workers 1``
  against ``python -c "import pandas, pandera.pandas, tqdm"``.

``python -c pass`` is the interpreter's own start. With ``--no-bytecode`` two
more rows run ``--help`` and ``extract --workers 1`` as a venv without
``.pyc`` files would (``PYTHONPYCACHEPREFIX`` set to an empty folder and
``PYTHONDONTWRITEBYTECODE=1``: every module compiled from source each time).

Run::

    .venv/bin/python benchmarks/bench_cli.py --runs 7

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


def commands(out: Path) -> dict[str, tuple[list[str], str]]:
    """Name -> (command, name of its floor)."""
    py = sys.executable
    timeline = str(Path(py).with_name("timeline"))
    return {
        "python -c pass": ([py, "-c", "pass"], ""),
        "import typer": ([py, "-c", "import typer"], ""),
        "import pandas, pandera.pandas": ([py, "-c", "import pandas, pandera.pandas"], ""),
        "import pandas, pandera.pandas, tqdm": ([py, "-c", "import pandas, pandera.pandas, tqdm"], ""),
        "timeline --help": ([timeline, "--help"], "import typer"),
        "timeline validate data/events.csv": ([timeline, "validate", "data/events.csv"],
                                              "import pandas, pandera.pandas"),
        "timeline extract seeds -o x.csv": ([timeline, "extract", "seeds", "-o", str(out), "--no-progress"],
                                            "import pandas, pandera.pandas, tqdm"),
        "timeline extract seeds -o x.csv --workers 1": (
            [timeline, "extract", "seeds", "-o", str(out), "--no-progress", "--workers", "1"],
            "import pandas, pandera.pandas, tqdm",
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds (default 7)")
    parser.add_argument("--no-bytecode", action="store_true", help="also time two commands without any .pyc")
    args = parser.parse_args(argv)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", str(ROOT / "timeline")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        cmds = commands(Path(tmp) / "x.csv")
        envs: dict[str, dict[str, str] | None] = {name: None for name in cmds}
        if args.no_bytecode:
            cold = {**os.environ, "PYTHONPYCACHEPREFIX": str(Path(tmp) / "no-pyc"), "PYTHONDONTWRITEBYTECODE": "1"}
            for name in ("timeline --help", "timeline extract seeds -o x.csv --workers 1"):
                cmds[name + " (no bytecode)"] = (cmds[name][0], cmds[name][1])
                envs[name + " (no bytecode)"] = cold
        for name, (cmd, _) in cmds.items():  # warm the file cache once
            _run(cmd, envs[name])
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
        for _ in range(args.runs):
            for name, (cmd, _) in cmds.items():
                times[name].append(_run(cmd, envs[name]))
    med = {name: statistics.median(w for w, _ in t) for name, t in times.items()}
    cpu = {name: statistics.median(c for _, c in t) for name, t in times.items()}
    print("| command | median s | CPU s | floor | floor s | floor CPU s | command − floor s |")
    print("|---|---:|---:|---|---:|---:|---:|")
    for name, (_, floor) in cmds.items():
        if floor:
            print(f"| `{name}` | {med[name]:.2f} | {cpu[name]:.2f} | `{floor}` | {med[floor]:.2f} | {cpu[floor]:.2f} "
                  f"| {med[name] - med[floor]:.2f} |")
        else:
            print(f"| `{name}` | {med[name]:.2f} | {cpu[name]:.2f} | | | | |")
    default = med["timeline extract seeds -o x.csv"]
    serial = med["timeline extract seeds -o x.csv --workers 1"]
    print(f"\ndefault engine / --workers 1 on the seeds: {default / serial:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
