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
headlines equal to ``title``.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.articles import load_articles  # noqa: E402


def score(corpus: Path, *, verbose: bool = False) -> dict[str, str]:
    """One row of the table for a corpus folder."""
    with open(corpus / "sources.csv", encoding="utf-8") as fh:
        rows = {Path(r["file"]).name: r for r in csv.DictReader(fh)}
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted((corpus / "articles").glob("*.txt")):
            shutil.copy(path, Path(tmp) / path.name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            articles = load_articles(tmp)
    printed = found = dated = inferred = inferred_ok = titles = 0
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
        if verbose and (got != want or art.title != row.get("title", "")):
            print(f"  {corpus.name}/{art.path.name}: got {got or '-'} ({art.published_source}) want {want or '-'};"
                  f" title {art.title!r} want {row.get('title', '')!r}", file=sys.stderr)
    return {
        "corpus": corpus.name,
        "articles": str(len(articles)),
        "printed dates found": f"{found}/{printed}",
        "dated": f"{dated}/{len(articles)}",
        "inferred right": f"{inferred_ok}/{inferred}",
        "headlines": f"{titles}/{len(articles)}",
    }


def main(argv: list[str] | None = None) -> None:
    """Print the table for the corpus folders given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="List every miss on stderr.")
    args = parser.parse_args(argv)
    table = [score(c, verbose=args.verbose) for c in args.corpora if (c / "sources.csv").is_file()]
    if not table:
        parser.error("no corpus folder with sources.csv and articles/")
    cols = list(table[0])
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for row in table:
        print("| " + " | ".join(row[c] for c in cols) + " |")


if __name__ == "__main__":
    main()
