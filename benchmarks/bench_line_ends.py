"""Does a folder read the same whatever its files' line ends? (product robustness, issue 14)

Usage::

    .venv/bin/python benchmarks/bench_line_ends.py benchmarks/corpora/<story> [more] [--raw] [--engine]
        [--forms lf,cr,crlf,json] [--show N]

Each story is copied as :func:`bench_events.copy_story` prepares it (``--raw``: the texts only, so that the loader
finds publication dates and headlines itself), then saved again with every text's line ends turned into

* ``lf``: ``\\n`` (the texts as they are, a Windows line end read back as ``\\n``);
* ``cr``: a lone ``\\r`` (an old Mac tool);
* ``crlf``: ``\\r\\n`` (a scraper on Windows);
* ``json``: one JSON record per page, ``{"id": …, "text": "…"}`` on one line, its breaks and quotes escaped.

and run through ``timeline.extract.extract`` (``--engine``: also ``timeline.engine.run_extraction`` with one
worker, which must give the same frame). Per story and form: the number of events and whether the set of events,
each as its date, title and quotes (quotes read as text: line ends and escapes normalised, white space collapsed),
is the same as with ``lf``. Quotes must be exact substrings of the raw files (checked: ``bad quotes``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_events as be  # noqa: E402

FORMS = ("lf", "cr", "crlf", "json")


def convert(text: str, form: str) -> str:
    """``text`` (any line ends) saved in ``form``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if form == "cr":
        return text.replace("\n", "\r")
    if form == "crlf":
        return text.replace("\n", "\r\n")
    if form == "json":
        return json.dumps({"id": "page", "text": text}, ensure_ascii=False) + "\n"
    return text


def save_as(folder: Path, form: str) -> None:
    """Rewrite every ``*.txt`` of ``folder`` in ``form``."""
    for p in folder.glob("*.txt"):
        p.write_bytes(convert(p.read_bytes().decode("utf-8"), form).encode("utf-8"))


_ESCAPED = re.compile(r"\\(?:r\\n|[nrt\"/\\]|u[0-9a-fA-F]{4})")


def _unescape(m: re.Match) -> str:
    code = m.group(0)[1:]
    if code[0] == "u":
        return chr(int(code[1:], 16))
    return {"r\\n": "\n", "n": "\n", "r": "\n", "t": "\t", '"': '"', "/": "/", "\\": "\\"}[code]


def quote_key(quote: str, form: str) -> str:
    """A quote read as text: escapes read (``json``), white space collapsed."""
    if form == "json":
        quote = _ESCAPED.sub(_unescape, quote)
    return " ".join(quote.split())


def events_of(frame, form: str) -> set[tuple]:
    """The frame's events as (date, title, sorted normalised quotes)."""
    out = set()
    for ev in be.emitted(frame):
        quotes = tuple(sorted((src, quote_key(q, form)) for src, qs in ev.quotes.items() for q in qs))
        out.add((ev.date, ev.title, quotes))
    return out


def bad_quotes(frame, folder: Path) -> int:
    """Rows whose quote is not the raw file's text at its offsets."""
    texts = {p.name: p.read_bytes().decode("utf-8") for p in folder.glob("*.txt")}
    bad = 0
    for row in frame.itertuples():
        text = texts.get(Path(str(row.path)).name) if hasattr(row, "path") else None
        if text is None:
            text = next((t for n, t in texts.items() if Path(n).stem == row.source), None)
        if text is None or text[int(row.quote_start):int(row.quote_end)] != row.quote:
            bad += 1
    return bad


def run_form(story: Path, form: str, *, raw: bool, engine: bool) -> tuple[set, int, bool | None]:
    """Events of ``story`` saved in ``form``, the count of bad quotes, and whether the engine gives the same
    frame (None without ``engine``)."""
    from timeline.articles import load_articles
    from timeline.extract import extract

    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        be.copy_story(story, folder, raw=raw)
        save_as(folder, form)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            frame = extract(load_articles(folder))
            same_engine = None
            if engine:
                from timeline.engine import run_extraction
                other = run_extraction(folder, workers=1).events
                same_engine = _frame_key(frame) == _frame_key(other)
        return events_of(frame, form), bad_quotes(frame, folder), same_engine


def _frame_key(frame) -> list[tuple]:
    cols = ["event_id", "date", "title", "source", "quote_start", "quote_end", "quote"]
    return sorted(tuple(str(v) for v in row) for row in frame[cols].itertuples(index=False))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="+", type=Path)
    ap.add_argument("--forms", default="lf,cr,crlf", help="comma-separated forms among " + ",".join(FORMS))
    ap.add_argument("--raw", action="store_true", help="texts only: the loader finds dates and headlines")
    ap.add_argument("--engine", action="store_true", help="also compare timeline.engine.run_extraction")
    ap.add_argument("--show", type=int, default=0, help="show up to N differing events per story and form")
    args = ap.parse_args(argv)
    forms = [f for f in args.forms.split(",") if f]
    if forms[0] != "lf":
        forms.insert(0, "lf")
    print(f"{'story':32} " + " ".join(f"{f:>6}" for f in forms) + "  differs")
    total = {f: 0 for f in forms}
    differ = {f: 0 for f in forms[1:]}
    issues = []
    for story in args.stories:
        runs = {f: run_form(story, f, raw=args.raw, engine=args.engine) for f in forms}
        base = runs["lf"][0]
        diffs = []
        for f in forms:
            evs, bad, same_engine = runs[f]
            total[f] += len(evs)
            if f != "lf" and evs != base:
                differ[f] += 1
                diffs.append(f"{f}(-{len(base - evs)}/+{len(evs - base)})")
            if bad:
                issues.append(f"{story.name} {f}: {bad} bad quotes")
            if same_engine is False:
                issues.append(f"{story.name} {f}: engine differs from extract")
            if args.show and f != "lf" and evs != base:
                for e in sorted(base - evs)[: args.show]:
                    print(f"    {f} lost: {e[0]} {e[1]!r} {e[2][0][1][:80]!r}")
                for e in sorted(evs - base)[: args.show]:
                    print(f"    {f} new:  {e[0]} {e[1]!r} {e[2][0][1][:80]!r}")
        print(f"{story.name:32} " + " ".join(f"{len(runs[f][0]):>6}" for f in forms) + "  " +
              (" ".join(diffs) or "same"), flush=True)
    print(f"{'all':32} " + " ".join(f"{total[f]:>6}" for f in forms) + "  stories differing: " +
          " ".join(f"{f} {n}" for f, n in differ.items()))
    for line in issues:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
