"""``timeline validate`` and ``timeline build`` at 1k / 10k / 100k quote rows, against plain Plotly.

The events file is synthetic (:func:`make_events`): articles from
``benchmarks/synth.py`` and, per article, every sentence as the quote of an
event of one to three quotes, at day, month or year precision, with the date
phrase as ``date_text`` where the sentence holds a planted date. Every row is
valid, so the commands do all their work.

The baseline, on the same file and in the same run: ``pandas.read_csv``, the
dates to datetimes, ``plotly.express.timeline(...)`` (one bar per row, a lane
per row of the chart) and ``write_html`` (plotly.js inlined). Each command
runs in a fresh interpreter (bytecode compiled first), the three commands
interleaved, and the table shows medians of wall time and of CPU time (user +
system; less sensitive to other load on the machine) and the ratios to the
baseline.

Run::

    .venv/bin/python benchmarks/bench_rows.py --rows 1000 10000 100000 --runs 3

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402

from timeline.events import CSV_COLUMNS  # noqa: E402
from timeline.fileio import atomic_write_text  # noqa: E402

LANES = ["Diplomacy", "Economy", "Courts", "Security", "Energy", "Society"]
_SENTENCE = re.compile(r"[A-Z][^.\n]*\.")
_PLAIN_DATE = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")

BASELINE = """
import sys
import pandas as pd
import plotly.express as px
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
df["start"] = pd.to_datetime(df["date"], format="mixed")
df["end"] = df["start"] + pd.Timedelta(days=1)
fig = px.timeline(df, x_start="start", x_end="end", y="lane", hover_name="title")
fig.write_html(sys.argv[2])
"""


def _random_date(rng: random.Random) -> str:
    year, month, day = rng.randint(1950, 2024), rng.randint(1, 12), rng.randint(1, 28)
    kind = rng.random()
    if kind < 0.6:
        return f"{year}-{month:02d}-{day:02d}"
    return f"{year}-{month:02d}" if kind < 0.85 else f"{year}"


def make_events(outdir: Path, rows: int, *, seed: int = 1) -> tuple[Path, Path]:
    """Write ``outdir/articles/*.txt`` and ``outdir/events.csv`` with ``rows`` valid quote rows.

    Returns
    -------
    (pathlib.Path, pathlib.Path)
        The articles folder and the events CSV.
    """
    rng = random.Random(seed)
    folder = outdir / "articles"
    quotes: list[tuple[str, int, int, str, str, str]] = []  # source, start, end, quote, planted value, phrase
    index = 0
    while len(quotes) < rows:
        text, meta, planted = synth.make_article(rng, index)
        index += 1
        atomic_write_text(folder / f"{meta['id']}.txt", text)
        by_sentence = {p.sentence: p for p in planted}
        for m in _SENTENCE.finditer(text):
            p = by_sentence.get(m.group())
            quotes.append((meta["id"], m.start(), m.end(), m.group(), p.value if p else "", p.phrase if p else ""))
    quotes = quotes[:rows]
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    k = event = 0
    while k < len(quotes):
        size = rng.choice((1, 1, 2, 3))
        group = quotes[k : k + size]
        k += size
        event += 1
        value = group[0][4]
        date = value if _PLAIN_DATE.match(value) else _random_date(rng)
        title = f"Event {event}: {group[0][3][:60]}"
        lane = rng.choice(LANES)
        for source, start, end, quote, planted_value, phrase in group:
            date_text = phrase if planted_value == date and phrase in quote else ""
            writer.writerow([f"event-{event}", date, "", date_text, title, lane, source, quote, start, end,
                             "Council;Commission", "synthetic", ""])
    events = atomic_write_text(outdir / "events.csv", buf.getvalue())
    return folder, events


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, of the command and the processes it waited for)."""
    c0, t0 = _cpu(), time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    took, cpu = time.perf_counter() - t0, _cpu() - c0
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return took, cpu


def bench(rows: int, runs: int, work: Path) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of validate, build and the Plotly baseline on a file of ``rows`` rows."""
    out = work / f"rows-{rows}"
    folder, events = make_events(out, rows)
    py = sys.executable
    timeline = str(Path(py).with_name("timeline"))
    cmds = {
        "validate": [timeline, "validate", str(events), "--seeds", str(folder)],
        "build": [timeline, "build", "--seeds", str(folder), "--events", str(events), "-o", str(out / "t.html")],
        "plotly": [py, "-c", BASELINE, str(events), str(out / "px.html")],
    }
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():  # interleaved: load on the machine hits all three alike
            times[name].append(_run(cmd))
    return {name: (statistics.median(w for w, _ in t), statistics.median(c for _, c in t)) for name, t in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=3, help="runs per command and size (default 3)")
    args = parser.parse_args(argv)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", str(ROOT / "timeline")], check=True)
    print("| rows | validate s | build s | px.timeline + write_html s | validate / px | build / px "
          "| CPU s: validate, build, px | CPU build / px |")
    print("|---:|---:|---:|---:|---:|---:|---|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in args.rows:
            m = bench(rows, args.runs, Path(tmp))
            (v, vc), (b, bc), (p, pc) = m["validate"], m["build"], m["plotly"]
            print(f"| {rows:,} | {v:.2f} | {b:.2f} | {p:.2f} | {v / p:.2f} | {b / p:.2f} "
                  f"| {vc:.2f}, {bc:.2f}, {pc:.2f} | {bc / pc:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
