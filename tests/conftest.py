"""Shared fixtures: the seed articles and events, the event ids of invented articles, and a real headless Chromium."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EVENTS = ROOT / "data" / "events.csv"
CHROMIUM = os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

def regatta_story(folder: Path) -> Path:
    """Write an invented one-page story folder (articles/, sources.csv, gold_events.csv with one gold event), as
    the benchmarks' corpora are laid out, and return it."""
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "r1.txt").write_text(
        "Harbour crew wins the autumn regatta\n\nThe Harbour crew won the autumn regatta on Saturday, beating "
        "eleven boats in strong wind.\n\nThe club will hold its annual dinner on November 20.\n", encoding="utf-8")
    (folder / "sources.csv").write_text("id,file,title,published\nr1,articles/r1.txt,Regatta,2022-10-03\n",
                                        encoding="utf-8")
    (folder / "gold_events.csv").write_text(
        "gold_id,date,end_date,title,articles,evidence,kind\n"
        "g1,2022-10-01,,Harbour crew wins autumn regatta,r1,won the autumn regatta,past\n", encoding="utf-8")
    return folder


#: The event dates :func:`old_dates_folder` holds: two before 1677-09-22 (the first day a nanosecond timestamp holds).
OLD_FOLDER_DATES = ["1066-10-14", "1215-06-15", "1217", "2023-03-01", "2023-03-02"]


def old_dates_folder(folder: Path) -> Path:
    """Write an invented two-page folder (with ``articles.csv``) whose events are dated 1066, 1215, 1217 and 2023
    (:data:`OLD_FOLDER_DATES`), and return it: a history recalled by news, as users bring."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "abbey.txt").write_text(
        "Abbey tower to be restored\n\nThe abbey council voted on 2 March 2023 to restore the west tower. The "
        "tower was raised after Duke William defeated King Harold at Hastings on 14 October 1066.\n", encoding="utf-8")
    (folder / "charter.txt").write_text(
        "Charter gallery opens\n\nKing John sealed the charter at Runnymede on 15 June 1215, ending the revolt.\n\n"
        "In 1217 the regents reissued the charter. The museum opened a new gallery on 1 March 2023.\n",
        encoding="utf-8")
    (folder / "articles.csv").write_text(
        "id,file,published\nabbey,abbey.txt,2023-03-03\ncharter,charter.txt,2023-03-03\n", encoding="utf-8")
    return folder


def dated_folder(tmp_path: Path, pages: dict[str, tuple[str, str]]) -> dict:
    """Write ``name: (published or "", text)`` pages and an ``articles.csv`` into ``tmp_path``, load them and give
    each its folder dating (:func:`timeline.folder_dates.page_dating`): article id to article."""
    import warnings
    from dataclasses import replace

    from timeline.articles import load_articles
    from timeline.folder_dates import folder_evidence, page_dating, stated_days

    rows = ["file,published"]
    for name, (published, text) in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{name}.txt,{published}")
    (tmp_path / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = load_articles(tmp_path)
    evidence = folder_evidence({a.id: stated_days(a) for a in arts}, [], [a.id for a in arts if a.published is None])
    return {a.id: replace(a, dating=page_dating(a, evidence)) for a in arts}


@pytest.fixture
def broken_sentence(monkeypatch) -> str:
    """An article text of two dated sentences whose first (the one naming *Zorblat*) makes the extractor raise, as a
    text that breaks one step would: the clause analysis in ``timeline.extract`` is patched for this test only."""
    import timeline.extract as ex

    real = ex.analyse

    def flaky(text, start, end, *args, **kwargs):
        if "Zorblat" in text[start:end]:
            raise RuntimeError("boom")
        return real(text, start, end, *args, **kwargs)

    monkeypatch.setattr(ex, "analyse", flaky)
    return ("Acme news\n\nThe Acme board rejected the Zorblat offer on May 3, 2022.\n\n"
            "Acme shareholders approved the merger on June 8, 2022.\n")


@pytest.fixture
def event_ids():
    """A function giving the event id each of a list of invented one-article texts lands in (all published on
    ``published``, default 10 March 2023), after extraction and merging."""
    import datetime as dt

    from timeline.articles import Article, find_regions
    from timeline.events import EventSchema as E
    from timeline.extract import extract_article
    from timeline.identity import merge

    def ids(texts: list[str], published: dt.date = dt.date(2023, 3, 10)) -> list[str]:
        arts = [Article(id=f"s{k}", path=Path(f"s{k}.txt"), text=t, title="", published=published,
                        regions=find_regions(t)) for k, t in enumerate(texts)]
        frame = merge([r for a in arts for r in extract_article(a)])
        by_source = frame.drop_duplicates(E.source).set_index(E.source)[E.event_id]
        return [by_source[f"s{k}"] for k in range(len(texts))]

    return ids


@pytest.fixture(scope="session")
def seed_articles():
    from timeline.articles import load_articles

    return load_articles(SEEDS)


@pytest.fixture(scope="session")
def articles_by_id(seed_articles):
    return {a.id: a for a in seed_articles}


@pytest.fixture(scope="session")
def seed_events(seed_articles):
    from timeline.events import read_events

    return read_events(EVENTS, articles=seed_articles)


@pytest.fixture(scope="session")
def browser():
    """A real headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: run `bash setup.sh` (installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser):
    """A fresh page; ``page.console_errors`` collects console errors and uncaught exceptions."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.console_errors = errors  # type: ignore[attr-defined]
    try:
        yield pg
    finally:
        context.close()


def _build_state() -> dict[str, int]:
    build = ROOT / "build"
    if not build.exists():
        return {}
    return {str(p.relative_to(build)): p.stat().st_mtime_ns for p in build.rglob("*")}


@pytest.fixture(scope="session", autouse=True)
def _user_build_folder_untouched():
    """The suite writes only to temporary folders: the user's ``build/`` is the same after the run as before."""
    before = _build_state()
    yield
    after = _build_state()
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    assert not changed, f"tests wrote into build/: {changed[:10]}"


def open_offline(page, path, *, timeout: float = 30_000) -> list[str]:
    """Open the page ``path`` from file:// with every non-file request refused and recorded (returned), and wait
    until it says it is ready (``body[data-timeline-ready=true]``)."""
    blocked: list[str] = []

    def route(r):
        if r.request.url.startswith(("file:", "data:", "blob:")):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-timeline-ready=true]", timeout=timeout)
    return blocked
