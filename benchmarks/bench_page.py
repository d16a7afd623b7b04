"""The HTML page at 1k / 10k / 100k events against ``px.scatter(...).write_html()``, in headless Chromium.

Synthetic events (:func:`make_events`): articles from ``benchmarks/synth.py``
and, per article, every sentence the quote of an event (every fourth event has
a second quote), at day, month or year precision, in six lanes. Every row is
valid. For each size, in the same run:

* ours: ``python -m timeline build --seeds … --events … -o …`` (the code of
  this checkout) in a fresh interpreter (bytecode compiled first): its wall time and the page's size;
* the peer: ``pandas.read_csv`` + ``px.scatter(df, x="start", y="lane",
  hover_name="title", custom_data=["event_id"]).write_html(include_plotlyjs=True)``
  in a fresh interpreter (plotly.express draws WebGL above 1,000 points);
* *page write*: the page-writing step alone, in this process, from the
  frame already read (ours: ``timeline.export.write_html``; the peer:
  ``px.scatter(...)`` + ``write_html``), so the page's own cost shows apart
  from loading the articles and validating the events;
* each page opened from ``file://`` in a fresh headless Chromium context
  (Debian's ``/usr/bin/chromium``, offline): *first plot* = from navigation
  start until the first ``Plotly.newPlot`` / ``Plotly.react`` promise
  resolves and a frame is painted (both are wrapped by a script installed
  before the page's own); *zoom* = a ``Plotly.relayout`` of the x range to
  the middle 1 % of the data's time span (ours: until the page has redrawn
  for the new range, marks included) and to the middle half, until a frame
  is painted. Pages alternate; medians of ``--runs``.

Run::

    .venv/bin/python benchmarks/bench_page.py --sizes 1000 10000 --runs 3
    .venv/bin/python benchmarks/bench_page.py --sizes 100000 --runs 1

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import io
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from math import nan
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402

from timeline.bigpage import BIG_EVENTS, MARKS_MAX  # noqa: E402
from timeline.events import CSV_COLUMNS  # noqa: E402
from timeline.fileio import atomic_write_text  # noqa: E402

LANES = ["Diplomacy", "Economy", "Courts", "Security", "Energy", "Society"]
SENTENCE = re.compile(r"[A-Z][^.\n]*\.")
PLAIN_DATE = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")

PEER = """
import sys
import pandas as pd
import plotly.express as px
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False).drop_duplicates("event_id")
df["start"] = pd.to_datetime(df["date"], format="mixed")
fig = px.scatter(df, x="start", y="lane", hover_name="title", custom_data=["event_id"])
fig.write_html(sys.argv[2], include_plotlyjs=True)
"""

# Installed before any page script: wrap Plotly.newPlot / react to time the first drawing.
INIT = """
(() => {
  let P;
  const wrap = (lib) => {
    for (const name of ['newPlot', 'react']) {
      const f = lib[name];
      if (typeof f !== 'function' || f.__timed) continue;
      const g = function () {
        const p = f.apply(this, arguments);
        if (window.__drawn === undefined && p && p.then) {
          p.then(() => requestAnimationFrame(() => setTimeout(() => {
            if (window.__drawn === undefined) window.__drawn = performance.now();
          }, 0)));
        }
        return p;
      };
      g.__timed = true;
      lib[name] = g;
    }
  };
  Object.defineProperty(window, 'Plotly', {
    configurable: true, enumerable: true,
    get() { return P; },
    set(v) { P = v; if (v) wrap(v); },
  });
})();
"""

ZOOM = """async (arg) => {
  const gd = document.querySelector('.js-plotly-plot');
  const xa = gd._fullLayout.xaxis;
  const big = !!(window.timelinePage && window.timelinePage.full);
  let lo, hi;
  if (arg.range) { [lo, hi] = arg.range.map(d => d * 86400000); }
  else {
    if (big) { [lo, hi] = window.timelinePage.full().map(d => d * 86400000); }
    else { const r = xa.range.map(v => xa.r2l(v)); lo = r[0]; hi = r[1]; }
    const c = (lo + hi) / 2, h = (hi - lo) * arg.frac / 2;
    [lo, hi] = [c - h, c + h];
  }
  const paint = () => new Promise(res => requestAnimationFrame(() => setTimeout(res, 0)));
  const t0 = performance.now();
  await Plotly.relayout(gd, {'xaxis.range': [lo, hi]});
  if (big) await window.timelinePage.idle();
  await paint();
  const took = performance.now() - t0;
  const view = gd.getAttribute('data-view');
  const count = gd.getAttribute('data-events-in-view');
  await Plotly.relayout(gd, {'xaxis.autorange': true});
  if (big) await window.timelinePage.idle();
  await paint();
  return [took, view ? `${view} (${count})` : null];
}"""


def _random_date(rng: random.Random) -> str:
    year, month, day = rng.randint(1950, 2024), rng.randint(1, 12), rng.randint(1, 28)
    kind = rng.random()
    if kind < 0.6:
        return f"{year}-{month:02d}-{day:02d}"
    return f"{year}-{month:02d}" if kind < 0.85 else f"{year}"


def make_events(outdir: Path, n_events: int, *, seed: int = 1) -> tuple[Path, Path]:
    """Write ``outdir/articles/*.txt`` and ``outdir/events.csv`` with ``n_events`` valid events.

    Every sentence of the synthetic articles is a quote (exact offsets); every
    fourth event has two quotes.

    Returns
    -------
    (pathlib.Path, pathlib.Path)
        The articles folder and the events CSV.
    """
    rng = random.Random(seed)
    folder = outdir / "articles"
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    event = index = 0
    while event < n_events:
        text, meta, planted = synth.make_article(rng, index)
        index += 1
        atomic_write_text(folder / f"{meta['id']}.txt", text)
        by_sentence = {p.sentence: p for p in planted}
        found = list(SENTENCE.finditer(text))
        k = 0
        while k < len(found) and event < n_events:
            size = 2 if event % 4 == 3 and k + 1 < len(found) else 1
            group = found[k : k + size]
            k += size
            event += 1
            p = by_sentence.get(group[0].group())
            date = p.value if p and PLAIN_DATE.match(p.value) else _random_date(rng)
            title = f"Event {event}: {group[0].group()[:60]}"
            lane = rng.choice(LANES)
            for m in group:
                q = by_sentence.get(m.group())
                written = q.phrase if q and q.value == date and q.phrase in m.group() else ""
                writer.writerow([f"event-{event}", date, "", written, title, lane, meta["id"], m.group(),
                                 m.start(), m.end(), "", "synthetic", ""])
    return folder, atomic_write_text(outdir / "events.csv", buf.getvalue())


def _run(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    took = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return took


def _writers(folder: Path, events: Path, out: Path) -> dict:
    """The page-writing step alone, in this process, from the frame already read: ours and the peer's."""
    import pandas as pd
    import plotly.express as px

    from timeline.articles import load_articles
    from timeline.events import read_events
    from timeline.export import write_html

    articles = {a.id: a for a in load_articles(folder)}
    frame = read_events(events, articles=articles)
    firsts = frame.drop_duplicates("event_id")
    df = pd.DataFrame({"start": firsts["start"], "lane": firsts["lane"], "title": firsts["title"],
                       "event_id": firsts["event_id"]})

    def ours() -> None:
        write_html(frame, out / "ours-write.html", articles=articles)

    def peer() -> None:
        fig = px.scatter(df, x="start", y="lane", hover_name="title", custom_data=["event_id"])
        fig.write_html(out / "px-write.html", include_plotlyjs=True)

    d0 = firsts["start"].to_numpy(dtype="datetime64[D]").astype("int64")
    d1 = firsts["end"].to_numpy(dtype="datetime64[D]").astype("int64")
    return {"ours": ours, "px": peer}, marks_window(sorted((d0 + d1) / 2), MARKS_MAX)


def marks_window(middles: list[float], count: int) -> list[float]:
    """The real-time range around the middle event holding at most ``count`` event middles (the big page's worst
    case for a zoom: the most marks it draws)."""
    a = max(0, len(middles) // 2 - count // 2)
    b = min(len(middles), a + count)
    while b > a + 1 and bisect.bisect_right(middles, middles[b - 1]) - bisect.bisect_left(middles, middles[a]) > count:
        b -= 1
    return [middles[a], middles[b - 1]]


def open_page(browser, path: Path, *, zoom: bool, marks_range: list[float] | None = None) -> dict[str, object]:
    """First plot (ms) and, when asked, zoom times (ms) of one page in a fresh context.

    ``marks_range`` (days since 1970, a real-time x range) is zoomed to as well when given.
    """
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        page.add_init_script(INIT)
        page.goto(path.as_uri(), wait_until="load", timeout=600_000)
        page.wait_for_function("window.__drawn !== undefined", timeout=600_000, polling=50)
        out: dict[str, object] = {"drawn": page.evaluate("window.__drawn")}
        if zoom:
            out["zoom1"], out["view1"] = page.evaluate(ZOOM, {"frac": 0.01})
            out["zoom50"], out["view50"] = page.evaluate(ZOOM, {"frac": 0.5})
            out["zoomM"], out["viewM"] = page.evaluate(ZOOM, {"range": marks_range}) if marks_range else (nan, None)
        return out
    finally:
        context.close()


def bench(browser, n_events: int, runs: int, work: Path) -> dict[str, dict[str, float]]:
    """Build time, size, first plot and zoom of our page and of the peer's, medians of ``runs``."""
    out = work / f"events-{n_events}"
    folder, events = make_events(out, n_events)
    py = sys.executable
    pages = {"ours": out / "ours.html", "px": out / "px.html"}
    cmds = {
        "ours": [py, "-m", "timeline", "build", "--seeds", str(folder), "--events", str(events),  # this checkout's code
                 "-o", str(pages["ours"])],
        "px": [py, "-c", PEER, str(events), str(pages["px"])],
    }
    rec: dict[str, dict[str, list]] = {k: {"build": [], "write": [], "drawn": [], "zoom1": [], "zoom50": [],
                                           "zoomM": [], "views": []} for k in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            rec[name]["build"].append(_run(cmd))
    writers, marks_range = _writers(folder, events, out)
    if n_events <= BIG_EVENTS:
        marks_range = None  # the figure page's axis is not real time
    for _ in range(runs):
        for name, write in writers.items():
            t0 = time.perf_counter()
            write()
            rec[name]["write"].append(time.perf_counter() - t0)
    for _ in range(runs):
        for name, path in pages.items():
            m = open_page(browser, path, zoom=True, marks_range=marks_range)
            for key in ("drawn", "zoom1", "zoom50", "zoomM"):
                rec[name][key].append(float(m[key]))  # type: ignore[arg-type]
            rec[name]["views"].append(f"{m['view1']} / {m['view50']} / {m['viewM']}")
    result = {}
    for name, r in rec.items():
        keys = ("build", "write", "drawn", "zoom1", "zoom50", "zoomM")
        result[name] = {key: statistics.median(r[key]) for key in keys}
        result[name]["mb"] = pages[name].stat().st_size / 1e6
        views = r["views"][-1].replace("None", "–") if name == "ours" else "–"
        result[name]["views"] = views  # type: ignore[assignment]
    return result


def _ms(v: float) -> str:
    return "–" if v != v else f"{v:.0f}"


def _ratio(a: float, b: float) -> str:
    return "–" if a != a or b != b else f"{a / b:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000], help="numbers of events")
    parser.add_argument("--runs", type=int, default=3, help="runs per page and size (default 3)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", str(ROOT / "timeline")], check=True)
    print("| events | page | build s | page write s | size MB | first plot ms | zoom to 1 % ms | zoom to 50 % ms "
          f"| zoom to {MARKS_MAX:,} events ms | our view after each zoom (events in view) |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|")
    ratios = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, headless=True)
        try:
            for n in args.sizes:
                r = bench(browser, n, args.runs, Path(tmp))
                for name, label in (("ours", "timeline build"), ("px", "px.scatter write_html")):
                    m = r[name]
                    print(f"| {n:,} | {label} | {m['build']:.2f} | {m['write']:.2f} | {m['mb']:.2f} | {m['drawn']:.0f} "
                          f"| {m['zoom1']:.0f} | {m['zoom50']:.0f} | {_ms(m['zoomM'])} | {m['views']} |", flush=True)
                o, p = r["ours"], r["px"]
                ratios.append(f"| {n:,} | {o['build'] / p['build']:.2f} | {o['write'] / p['write']:.2f} "
                              f"| {o['mb'] / p['mb']:.2f} "
                              f"| {o['drawn'] / p['drawn']:.2f} | {o['zoom1'] / p['zoom1']:.2f} "
                              f"| {o['zoom50'] / p['zoom50']:.2f} | {_ratio(o['zoomM'], p['zoomM'])} |")
        finally:
            browser.close()
    print("\n| events | build ours / px | page write ours / px | size ours / px | first plot ours / px "
          f"| zoom 1 % ours / px | zoom 50 % ours / px | zoom to {MARKS_MAX:,} events ours / px |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    print("\n".join(ratios))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
