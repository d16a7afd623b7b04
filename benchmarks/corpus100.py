"""A deterministic 100-event corpus built in memory, for page tests and screenshots.

The articles are made-up news texts (paragraphs of filler and dated sentences);
every event quote is an exact substring of its article at the stored offsets.
Dates cluster the way news does (a busy recent stretch, a scattered past, long
empty gaps), precisions are mixed (day, month, year, ranges), lanes include a
long name, titles vary from three words to long ones, one title and quote are
Chinese and one quote is a long token without spaces, and the best-sourced
event has 40 quotes.

Usage::

    from benchmarks.corpus100 import make_corpus
    events, articles = make_corpus()
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline.articles import Article  # noqa: E402
from timeline.events import events_from_records  # noqa: E402

LANES = [
    "Diplomacy",
    "Military",
    "Sanctions, export controls and financial measures against banks and companies",
    "Energy",
    "Courts",
]
WORDS = ("council minister talks pipeline treaty border envoy summit ministry statement market court ruling "
         "delegation agreement sanctions exports tariffs ceasefire parliament coalition reserve bank").split()
OUTLETS = ["Daily Ledger", "Evening Wire", "Harbour Times", "Agence Nord"]


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def _title(rng: random.Random, k: int) -> str:
    if k == 7:
        return "东京与北京就能源协议举行会谈并发表联合声明"
    n = rng.choice((3, 4, 6, 9, 14))
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + f" ({k})"


def _date(rng: random.Random, k: int) -> tuple[str, str, str]:
    """(date, end_date, date_text) with mixed precision and clustering."""
    if k % 3 == 0:  # the busy recent stretch: autumn 2021 to spring 2022
        day = dt.date(2021, 10, 1) + dt.timedelta(days=rng.randrange(0, 200))
        return day.isoformat(), "", day.strftime("%d %B %Y")
    year = rng.choice((1995, 1996, 1999, 2003, 2004, 2008, 2014, 2015, 2019, 2020, 2023, 2024))
    kind = k % 4
    if kind == 0:
        return str(year), "", f"in {year}"
    if kind == 1:
        month = rng.randrange(1, 13)
        return f"{year}-{month:02d}", "", dt.date(year, month, 1).strftime("in %B %Y")
    if kind == 2:
        start = dt.date(year, rng.randrange(1, 12), 1)
        return start.strftime("%Y-%m"), (start + dt.timedelta(days=60)).strftime("%Y-%m"), "that spring"
    day = dt.date(year, rng.randrange(1, 13), rng.randrange(1, 28))
    return day.isoformat(), "", day.strftime("on %d %B %Y")


def make_corpus(n_events: int = 100, *, n_articles: int = 30, seed: int = 7):
    """Build the corpus.

    Parameters
    ----------
    n_events : int
    n_articles : int
    seed : int

    Returns
    -------
    (pandas.DataFrame, list of Article)
        The events frame and the articles its quotes come from.
    """
    rng = random.Random(seed)
    paragraphs: list[list[str]] = [[] for _ in range(n_articles)]
    quotes: list[tuple[int, str, int]] = []  # (article, quote, event)
    plan = []
    for k in range(n_events):
        n_quotes = 40 if k == 10 else rng.choice((1, 1, 1, 2, 2, 3, 5))
        plan.append(n_quotes)
        for q in range(n_quotes):
            art = rng.randrange(n_articles) if n_quotes < 40 else q % n_articles
            if k == 7 and q == 0:
                text = "东京与北京的代表团周二在会谈后发表联合声明，同意扩大能源合作并设立工作组。"
            elif k == 12 and q == 0:
                text = "Reference " + "x" * 30 + "-".join(rng.choice(WORDS) for _ in range(40)) + " was quoted."
            else:
                text = _sentence(rng, rng.choice((8, 14, 25, 40))) + f" [{k}.{q}]"
            quotes.append((art, text, k))
            paragraphs[art].append(_sentence(rng, 12) + " " + text + " " + _sentence(rng, 10))
    texts, offsets = [], {}
    for a, paras in enumerate(paragraphs):
        head = f"Story {a}: " + _sentence(rng, 5) + "\n\n"
        body = head
        for p in paras or [_sentence(rng, 20)]:
            body += p + "\n\n"
        texts.append(body)
    records = []
    for art, text, k in quotes:
        start = texts[art].find(text, offsets.get((art, text), 0))
        offsets[(art, text)] = start + 1
        records.append((art, text, k, start))
    events_meta = {}
    for k in range(n_events):
        date, end, written = _date(rng, k)
        events_meta[k] = dict(event_id=f"event-{k:03d}", date=date, end_date=end, date_text=written,
                              title=_title(rng, k), lane=LANES[k % len(LANES)] if k % 11 else LANES[2])
    rows = []
    for art, text, k, start in records:
        rows.append(dict(events_meta[k], source=f"article-{art:02d}", quote=text, quote_start=start,
                         quote_end=start + len(text)))
    articles = [
        Article(id=f"article-{a:02d}", path=Path(f"article-{a:02d}.txt"), text=texts[a],
                title=f"Story {a}: " + " ".join(WORDS[(a + j) % len(WORDS)] for j in range(5)),
                published=dt.date(2022, 1, 1) + dt.timedelta(days=7 * a), published_source="given",
                outlet=OUTLETS[a % len(OUTLETS)], url=f"https://news.example.org/story/{a}")
        for a in range(n_articles)
    ]
    return events_from_records(rows), articles
