"""Benchmark of timeline.plot: figure build time (Python) and redraw time (Chromium).

Run from the project root::

    .venv/bin/python benchmarks/bench_plot.py            # 1k, 10k, 100k events
    .venv/bin/python benchmarks/bench_plot.py --sizes 1000 --repeat 1

For each size it builds a synthetic events frame (one quote per event, a
third each at day, month and year precision, 1990–2024, 4 lanes), then times

* ``build``: ``timeline(events)`` in Python (defaults: collapsed axis,
  callouts; WebGL from ``WEBGL_THRESHOLD`` events), and the baseline
  ``px.scatter`` of the same events (one point per event at its start,
  y = lane; plotly.express switches to WebGL above 1000 points itself);
* ``newPlot`` / ``relayout``: in headless Chromium (/usr/bin/chromium) with the
  ``plotly.min.js`` bundled in the ``plotly`` package, ``Plotly.newPlot`` of
  the figure JSON and a ``Plotly.relayout`` of the x range (zoom to the
  middle half), measured with ``performance.now()``;

and reports the ratios timeline / baseline measured in the same run. Times
are medians over ``--repeat`` runs (one run at 100k and more). The aggregated view ``timeline_density``
is timed at the largest size too.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import plotly
import plotly.express as px

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.events import CSV_COLUMNS  # noqa: E402
from timeline.plot import WEBGL_THRESHOLD, timeline, timeline_density  # noqa: E402

PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LANES = ["Speeches and statements", "Treaties and institutions", "Military and conflict", "Diplomacy and talks"]


def synthetic(n: int, seed: int = 0) -> pd.DataFrame:
    """An events frame of n events (vectorised; same columns as read_events)."""
    rng = np.random.default_rng(seed)
    day = pd.Timestamp("1990-01-01") + pd.to_timedelta(rng.integers(0, 34 * 365, n), unit="D")
    kind = np.arange(n) % 3
    s = pd.Series(day)
    month_start = s.dt.to_period("M").dt.start_time
    year_start = s.dt.to_period("Y").dt.start_time
    start = np.where(kind == 0, s, np.where(kind == 1, month_start, year_start))
    end = np.where(kind == 0, s + pd.Timedelta(days=1),
                   np.where(kind == 1, month_start + pd.offsets.MonthBegin(1), year_start + pd.offsets.YearBegin(1)))
    date = np.where(kind == 0, s.dt.strftime("%Y-%m-%d"), np.where(kind == 1, s.dt.strftime("%Y-%m"), s.dt.strftime("%Y")))
    ids = [f"event-{i}" for i in range(n)]
    df = pd.DataFrame({
        "event_id": ids, "date": date, "end_date": "", "date_text": "", "title": [f"Synthetic event number {i}" for i in range(n)],
        "lane": np.array(LANES)[rng.integers(0, len(LANES), n)], "source": [f"article-{i % 50}" for i in range(n)],
        "quote": [f"Quote {i}: something & <something> happened, said “someone”." for i in range(n)],
        "quote_start": 0, "quote_end": 10, "actors": "", "tags": "", "note": "",
    })[list(CSV_COLUMNS)]
    df["precision"] = np.array(["day", "month", "year"])[kind]
    df["start"] = pd.to_datetime(start)
    df["end"] = pd.to_datetime(end)
    return df.sort_values(["start", "event_id"], kind="mergesort").reset_index(drop=True)


def baseline(events: pd.DataFrame):
    return px.scatter(events, x="start", y="lane", hover_name="title", custom_data=["event_id"], width=1400, height=700)


def timed(fn, repeat: int):
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


JS = """async ([figJson, repeat]) => {
  const fig = JSON.parse(figJson);
  const div = document.getElementById('gd');
  const xa = fig.layout.xaxis || {};
  const newPlot = [], relayout = [];
  for (let k = 0; k < repeat; k++) {
    Plotly.purge(div);
    let t = performance.now();
    await Plotly.newPlot(div, fig.data, fig.layout);
    newPlot.push(performance.now() - t);
    const r = div._fullLayout.xaxis.range.slice();
    const isDate = div._fullLayout.xaxis.type === 'date';
    const a = isDate ? new Date(r[0]).getTime() : r[0], b = isDate ? new Date(r[1]).getTime() : r[1];
    const lo = a + (b - a) / 4, hi = b - (b - a) / 4;
    const range = isDate ? [new Date(lo).toISOString(), new Date(hi).toISOString()] : [lo, hi];
    t = performance.now();
    await Plotly.relayout(div, {'xaxis.range': range});
    relayout.push(performance.now() - t);
  }
  const med = v => v.slice().sort((p, q) => p - q)[Math.floor(v.length / 2)];
  return {newPlot: med(newPlot), relayout: med(relayout), webgl: !!document.querySelector('#gd canvas')};
}"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()

    rows = []
    page = pw = browser = None
    errors: list[str] = []
    if not args.no_browser:
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.set_content("<html><head><script>" + PLOTLY_JS.read_text() + "</script></head><body><div id='gd'></div></body></html>")
        page.wait_for_function("() => typeof Plotly !== 'undefined'")
    try:
        for n in args.sizes:
            events = synthetic(n)
            reps = args.repeat if n < 100000 else 1
            t_tl, fig = timed(lambda: timeline(events), reps)
            t_px, base = timed(lambda: baseline(events), reps)
            row = {"events": n, "mode": fig.layout.meta["render_mode"], "build_s": t_tl, "px_build_s": t_px}
            if page is not None:
                for name, f in (("tl", fig), ("px", base)):
                    res = page.evaluate(JS, [f.to_json(), reps])
                    row[f"{name}_newplot_ms"] = res["newPlot"]
                    row[f"{name}_relayout_ms"] = res["relayout"]
                    row[f"{name}_webgl"] = res["webgl"]
            rows.append(row)
            print(json.dumps(row), flush=True)
        n = max(args.sizes)
        events = synthetic(n)
        t_d, _ = timed(lambda: timeline_density(events, freq="M"), 1)
        print(json.dumps({"density_events": n, "density_build_s": t_d}), flush=True)
    finally:
        if browser is not None:
            browser.close()
            pw.stop()

    print()
    print(f"machine: {platform.machine()}, {platform.python_version()}, plotly {plotly.__version__}; "
          f"WEBGL_THRESHOLD={WEBGL_THRESHOLD}; console errors: {len(errors)}")
    head = "| events | marks | build (s) | px build (s) | ratio |"
    sep = "|---:|---|---:|---:|---:|"
    if page is not None:
        head += " newPlot (ms) | px newPlot (ms) | ratio | relayout (ms) | px relayout (ms) | ratio |"
        sep += "---:|---:|---:|---:|---:|---:|"
    print(head)
    print(sep)
    for r in rows:
        line = f"| {r['events']:,} | {r['mode']} | {r['build_s']:.2f} | {r['px_build_s']:.2f} | {r['build_s'] / r['px_build_s']:.1f}× |"
        if page is not None:
            line += (f" {r['tl_newplot_ms']:.0f} | {r['px_newplot_ms']:.0f} | {r['tl_newplot_ms'] / r['px_newplot_ms']:.1f}× |"
                     f" {r['tl_relayout_ms']:.0f} | {r['px_relayout_ms']:.0f} | {r['tl_relayout_ms'] / r['px_relayout_ms']:.1f}× |")
        print(line)
    print(f"\ntimeline_density({max(args.sizes):,} events, freq='M') build: {t_d:.2f} s")
    if errors:
        print("console errors:", errors[:5])


if __name__ == "__main__":
    main()
