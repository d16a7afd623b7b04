"""Publication dates and headlines the loader finds without ``articles.csv``, against a corpus's ``sources.csv``.

Each corpus folder holds ``articles/*.txt`` and ``sources.csv`` (columns ``file``,
``title``, ``published``: the date the page prints, empty when it prints none;
optionally ``published_known``: the date known from elsewhere). The articles are
copied to a temporary folder without any ``articles.csv`` and loaded as a new
user would, so only what the texts print counts.

Run::

    .venv/bin/python benchmarks/bench_published.py benchmarks/corpora/*/ [-v]

Prints a Markdown table: printed dates found (equal to ``published``), any date
given (printed, url or inferred), inferred dates equal to ``published_known``,
headlines equal to ``title`` (exact), and headlines close to it (soft): the
guessed headline holds at least 80% of the content words of ``title`` (words
of three letters or more outside a short stop list, compared in lower case) and
is at most twice as long in words. The soft figure forgives titles normalised
by hand in ``sources.csv`` (case, punctuation, a dropped label or site name).
``-v`` lists every miss; with ``--titles`` only the headline misses (soft).
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.articles import load_articles  # noqa: E402


_STOP = frozenset("the and for with from that this are was were has have had its his her their into over after".split())


def _content(title: str) -> list[str]:
    """Lower-case words of three letters or more outside a short stop list."""
    return [w for w in re.findall(r"[a-z0-9]+", title.lower()) if len(w) >= 3 and w not in _STOP]


def soft_match(got: str, want: str) -> bool:
    """Whether the guessed headline ``got`` is close to the title ``want`` (see the module docstring)."""
    if got == want:
        return True
    need, have = _content(want), set(_content(got))
    if not need or not got:
        return False
    held = sum(w in have for w in need) / len(need)
    return held >= 0.8 and len(got.split()) <= 2 * len(want.split())


def score(corpus: Path, *, verbose: bool = False, titles_only: bool = False) -> dict[str, str]:
    """One row of the table for a corpus folder."""
    with open(corpus / "sources.csv", encoding="utf-8") as fh:
        rows = {Path(r["file"]).name: r for r in csv.DictReader(fh)}
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted((corpus / "articles").glob("*.txt")):
            shutil.copy(path, Path(tmp) / path.name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            articles = load_articles(tmp)
    printed = found = dated = inferred = inferred_ok = titles = soft = 0
    for art in articles:
        row = rows.get(art.path.name, {})
        want = row.get("published", "")
        got = art.published.isoformat() if art.published else ""
        printed += len(want) == 10
        found += len(want) == 10 and got == want
        dated += bool(got)
        if art.published_source == "inferred":
            inferred += 1
            inferred_ok += got == (row.get("published_known") or want)
        titles += art.title == row.get("title", "")
        close = soft_match(art.title, row.get("title", ""))
        soft += close
        if titles_only:
            if not close:
                print(f"  {corpus.name}/{art.path.name}: title {art.title!r} want {row.get('title', '')!r}",
                      file=sys.stderr)
        elif verbose and (got != want or art.title != row.get("title", "")):
            print(f"  {corpus.name}/{art.path.name}: got {got or '-'} ({art.published_source}) want {want or '-'};"
                  f" title {art.title!r} want {row.get('title', '')!r}", file=sys.stderr)
    return {
        "corpus": corpus.name,
        "articles": str(len(articles)),
        "printed dates found": f"{found}/{printed}",
        "dated": f"{dated}/{len(articles)}",
        "inferred right": f"{inferred_ok}/{inferred}",
        "headlines": f"{titles}/{len(articles)}",
        "headlines soft": f"{soft}/{len(articles)}",
    }


def main(argv: list[str] | None = None) -> None:
    """Print the table for the corpus folders given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="List every miss on stderr.")
    parser.add_argument("--titles", action="store_true", help="List only the headline misses (soft) on stderr.")
    args = parser.parse_args(argv)
    table = [score(c, verbose=args.verbose, titles_only=args.titles) for c in args.corpora if (c / "sources.csv").is_file()]
    if not table:
        parser.error("no corpus folder with sources.csv and articles/")
    cols = list(table[0])
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for row in table:
        print("| " + " | ".join(row[c] for c in cols) + " |")


if __name__ == "__main__":
    main()
