"""Check that a development corpus folder is well-formed (no project code is run on the texts).

Usage::

    python benchmarks/corpora/check_corpus.py benchmarks/corpora/<story> [more stories]

Checks, per story: ``sources.csv`` ids are unique and each ``file`` exists; ``published`` is an ISO day when
given; ``published_printed_as`` is an exact substring of its file; ``gold_events.csv`` ids are unique, dates are
ISO (day, month, year or ISO week), ``end_date`` is not before ``date``, ``kind`` and ``dated_by`` take known
values, every listed article exists, and every ``evidence`` is an exact substring of at least one listed article.
Prints one line per problem (file, row, column) and exits with status 1 when there is any.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?|-W\d{2})?")
KINDS = {"past", "scheduled", "background"}
DATED_BY = {"expression", "publication", ""}


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def check_sources(folder: Path) -> tuple[dict[str, str], list[str]]:
    """Return the article texts by id and the problems found in ``sources.csv``."""
    texts: dict[str, str] = {}
    problems: list[str] = []
    for n, row in enumerate(_rows(folder / "sources.csv"), start=2):
        where = f"{folder / 'sources.csv'}: row {n}"
        sid = row["id"]
        if sid in texts:
            problems.append(f"{where}, column id: duplicate id {sid!r}")
        path = folder / row["file"]
        if not path.is_file():
            problems.append(f"{where}, column file: no file {row['file']!r}")
            continue
        text = path.read_text(encoding="utf-8")
        texts[sid] = text
        pub = row.get("published", "")
        if pub and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
            problems.append(f"{where}, column published: not an ISO day: {pub!r}")
        printed = row.get("published_printed_as", "")
        if printed and printed not in text:
            problems.append(f"{where}, column published_printed_as: {printed!r} is not in {row['file']}")
        if pub and not printed:
            problems.append(f"{where}, column published_printed_as: empty while published is given")
    return texts, problems


def check_gold(folder: Path, texts: dict[str, str]) -> list[str]:
    """Return the problems found in ``gold_events.csv``."""
    problems: list[str] = []
    seen: set[str] = set()
    for n, row in enumerate(_rows(folder / "gold_events.csv"), start=2):
        where = f"{folder / 'gold_events.csv'}: row {n}"
        gid = row["gold_id"]
        if gid in seen:
            problems.append(f"{where}, column gold_id: duplicate id {gid!r}")
        seen.add(gid)
        for col in ("date", "end_date"):
            value = row.get(col, "")
            if (value or col == "date") and not DATE.fullmatch(value):
                problems.append(f"{where}, column {col}: not an ISO date: {value!r}")
        if row.get("end_date") and row["end_date"] < row["date"]:
            problems.append(f"{where}, column end_date: before date")
        if row.get("kind") not in KINDS:
            problems.append(f"{where}, column kind: {row.get('kind')!r} not in {sorted(KINDS)}")
        if row.get("dated_by", "") not in DATED_BY:
            problems.append(f"{where}, column dated_by: {row.get('dated_by')!r}")
        ids = [a.strip() for a in row["articles"].split(";") if a.strip()]
        missing = [a for a in ids if a not in texts]
        if not ids or missing:
            problems.append(f"{where}, column articles: unknown or no article ids {missing or ids!r}")
        evidence = row.get("evidence", "")
        if not evidence or not any(evidence in texts.get(a, "") for a in ids):
            problems.append(f"{where}, column evidence: not a substring of any listed article: {evidence!r}")
    return problems


def main(argv: list[str]) -> int:
    """Check each story folder given; print the problems; return 1 when there are any."""
    problems: list[str] = []
    for arg in argv:
        folder = Path(arg)
        texts, found = check_sources(folder)
        problems += found + check_gold(folder, texts)
        print(f"{folder}: {len(texts)} articles, {len(_rows(folder / 'gold_events.csv'))} gold events")
    for line in problems:
        print(line)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
