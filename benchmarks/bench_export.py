"""Time to first plot of the exported HTML page vs plain ``plotly.io.write_html``.

Both pages draw the same figure (the seed events). Each run opens the page
from ``file://`` in a fresh headless Chromium context and records, from
navigation start, when ``.js-plotly-plot .main-svg`` first exists (a
MutationObserver installed before any page script) and when the
first mark is drawn (``.trace .point``). Runs alternate between the two pages.

Run::

    .venv/bin/python benchmarks/bench_export.py --runs 9

Prints a Markdown table (medians) and the ratio ours / plain.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INIT = """
(() => {
  const mark = () => {
    if (window.__ttfp === undefined && document.querySelector('.js-plotly-plot .main-svg')) {
      window.__ttfp = performance.now();
    }
    if (window.__traces === undefined && document.querySelector('.js-plotly-plot .trace .point')) {
      window.__traces = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, {childList: true, subtree: true});
})();
"""


def measure(browser, url: str) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        page.add_init_script(INIT)
        page.goto(url, wait_until="load")
        page.wait_for_function("window.__ttfp !== undefined && window.__traces !== undefined", timeout=60_000)
        return page.evaluate("({ttfp: window.__ttfp, traces: window.__traces})")
    finally:
        context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per page (default 9)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)

    import plotly.io as pio
    from playwright.sync_api import sync_playwright

    from tests.conftest import CHROMIUM_ARGS
    from timeline.articles import load_articles
    from timeline.events import read_events
    from timeline.export import figure_for_export, write_html

    articles = load_articles(ROOT / "seeds")
    events = read_events(ROOT / "data" / "events.csv", articles=articles)
    fig = figure_for_export(events, articles=articles)
    with tempfile.TemporaryDirectory() as tmp:
        ours = write_html(events, Path(tmp) / "ours.html", articles=articles, figure=fig)
        plain = Path(tmp) / "plain.html"
        pio.write_html(fig, plain, include_plotlyjs=True, full_html=True)
        pages = {"timeline.export.write_html": ours, "plotly.io.write_html": plain}
        results: dict[str, list[dict[str, float]]] = {k: [] for k in pages}
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS, headless=True)
            try:
                for name, path in pages.items():  # warm-up, not counted
                    measure(browser, path.as_uri())
                for _ in range(args.runs):
                    for name, path in pages.items():
                        results[name].append(measure(browser, path.as_uri()))
            finally:
                browser.close()
        sizes = {k: p.stat().st_size for k, p in pages.items()}

    med = {k: {m: statistics.median(r[m] for r in v) for m in ("ttfp", "traces")} for k, v in results.items()}
    print(f"runs per page: {args.runs} (medians, ms from navigation start)\n")
    print("| page | file size | first plot (`.main-svg`) | marks drawn (`.trace .point`) |")
    print("| --- | ---: | ---: | ---: |")
    for name in pages:
        print(f"| {name} | {sizes[name] / 1e6:.2f} MB | {med[name]['ttfp']:.0f} ms | {med[name]['traces']:.0f} ms |")
    a, b = med["timeline.export.write_html"], med["plotly.io.write_html"]
    print(f"\nratio ours / plain: first plot {a['ttfp'] / b['ttfp']:.2f}, marks drawn {a['traces'] / b['traces']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
