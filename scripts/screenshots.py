"""Screenshots of the HTML page in Debian's Chromium, for the README.

Writes the page of the seed corpus and of the 100-event test corpus
(``benchmarks/corpus100.py``) with the project's own code
(:func:`timeline.export.write_html`) into a temporary folder, opens each from
``file://`` at 390, 1024, 1400 and 1920 px wide and saves the top of the page
(controls, chart and overview strip) as ``docs/screenshots/page-<corpus>-<width>.png``.

Usage::

    .venv/bin/python scripts/screenshots.py [OUTDIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus100 import make_corpus  # noqa: E402
from timeline.articles import load_articles  # noqa: E402
from timeline.events import read_events  # noqa: E402
from timeline.export import write_html  # noqa: E402

WIDTHS = (390, 1024, 1400, 1920)
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--font-render-hinting=none"]


def pages(folder: Path) -> dict[str, Path]:
    """Write the two pages into ``folder``; return them by corpus name."""
    articles = load_articles(ROOT / "seeds")
    events = read_events(ROOT / "data" / "events.csv", articles=articles)
    ev100, art100 = make_corpus()
    return {
        "seeds": write_html(events, folder / "seeds.html", articles=articles),
        "corpus100": write_html(ev100, folder / "corpus100.html", articles=art100, title="100-event test corpus"),
    }


def shoot(paths: dict[str, Path], out: Path) -> list[Path]:
    """Screenshot every page at every width; return the files written."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        for name, path in paths.items():
            for width in WIDTHS:
                context = browser.new_context(viewport={"width": width, "height": 900 if width > 500 else 844})
                page = context.new_page()
                page.goto(path.as_uri())
                page.wait_for_selector("body[data-timeline-ready=true]", timeout=60_000)
                page.wait_for_timeout(300)
                bottom = page.evaluate(
                    "() => document.getElementById('timeline-overview').getBoundingClientRect().bottom + 12")
                target = out / f"page-{name}-{width}.png"
                page.screenshot(path=str(target), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": bottom})
                written.append(target)
                context.close()
        browser.close()
    return written


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as tmp:
        for path in shoot(pages(Path(tmp)), out):
            print(path)


if __name__ == "__main__":
    main()
