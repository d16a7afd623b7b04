"""Score ``timeline.dates.find_dates`` on the hand-annotated probe sentences in ``benchmarks/probes/``.

The probes were written for this project (fifth round of tagger development) in the style of 1998-2000 news copy
and annotated by hand under the TimeML 1.2.1 / TempEval-3 conventions before the tagger was run on them:

* ``wire_1.py`` .. ``wire_3.py``, ``business_1.py``, ``world_1.py``: ``CASES = [(dct, sentence, [(extent, type,
  value, mod), ...], flag), ...]`` (flag ``"D"`` marks a case where TimeML practice is debatable somewhere).
  Besides whole cases, mentions are counted: identical = same extent, type, value and mod.
  ``wire_3`` was written after the first two, around the failures they showed; ``business_1`` (financial news) and
  ``world_1`` (broadcast, diplomacy, background paragraphs) came later in the round. A case agrees when the
  tagger's mentions equal the expected ones exactly.
* ``feature_1.py``, ``feature_2.py``: multi-sentence passages, ``add(dct, text, gold)`` with one gold line per
  mention, ``extent || other extent | TYPE/TYPE | value/value | MOD/MOD`` (``-`` = no mod, ``*`` = any); a line
  starting with ``?`` is optional (debatable). A passage agrees when every non-optional line is found with an
  allowed extent, type, value and mod, and nothing else is tagged.

The sixth round added, in the same ``CASES`` format, sets written by further helpers who had not seen the tagger's
output: ``wire_4.py`` (multi-sentence AP/NYT passages), ``xinhua_1.py`` (Xinhua, AFP and Reuters world copy),
``apw_1.py`` (AP world and national passages with datelines) and ``nyt_1.py`` (New York Times News Service
passages), and ``longdoc_1.py`` / ``longdoc_2.py`` (complete articles of 350-700 words, one case each).

They complement TimeBank and the TempEval-3 platinum documents (see docs/benchmarks.md): both are development data.

Usage::

    python benchmarks/bench_probes.py [--show]      # --show prints every disagreement
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import runpy
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROBES = os.path.join(HERE, "probes")
sys.path.insert(0, ROOT)

from timeline.dates import find_dates  # noqa: E402

Mention = tuple[str, str, str, "str | None"]


def _tag(text: str, dct: str) -> list[Mention]:
    return [(m.text, m.type, m.value, m.mod) for m in find_dates(text, relative_to=dt.date.fromisoformat(dct))]


def load_wire(name: str) -> list[tuple]:
    return runpy.run_path(os.path.join(PROBES, name))["CASES"]


def load_features(first: str, *more: str) -> list[dict]:
    ns = runpy.run_path(os.path.join(PROBES, first))
    for name in more:  # the later files call the first one's ``add``, which appends to its ``P``
        runpy.run_path(os.path.join(PROBES, name), init_globals={"add": ns["add"]})
    return ns["P"]


def score_wire(cases: list[tuple]) -> tuple[int, list[str], tuple[int, int, int]]:
    """Cases whose mentions equal the expected ones exactly, a line per disagreement, and mention counts
    (gold, tagged, identical in extent, type, value and mod)."""
    agree, notes = 0, []
    n_gold = n_got = n_same = 0
    for dct, text, expected, _flag in cases:
        got = _tag(text, dct)
        gold = Counter(tuple(e) for e in expected)
        same = sum((Counter(got) & gold).values())
        n_gold, n_got, n_same = n_gold + len(expected), n_got + len(got), n_same + same
        if Counter(got) == gold:
            agree += 1
        else:
            missing = list((gold - Counter(got)).elements())
            extra = list((Counter(got) - gold).elements())
            notes.append(f"[{dct}] {text if len(text) < 400 else text[:400] + ' ...'}\n"
                         f"    expected {missing if len(text) >= 400 else expected}\n"
                         f"    got      {extra if len(text) >= 400 else got}")
    return agree, notes, (n_gold, n_got, n_same)


def _gold_line(line: str) -> dict:
    optional = line.startswith("?")
    extent, types, values, mods = (part.strip() for part in line.lstrip("?").split(" | "))
    return {
        "optional": optional,
        "extents": [e.strip() for e in extent.split("||")],
        "types": types.split("/"),
        "values": values.split("/"),
        "mods": None if mods == "*" else [None if m == "-" else m for m in mods.split("/")],
        "line": line,
    }


def score_features(passages: list[dict]) -> tuple[int, list[str]]:
    """Passages with no non-optional miss, no wrong attribute and nothing spurious."""
    agree, notes = 0, []
    for p in passages:
        mentions = find_dates(p["text"], relative_to=dt.date.fromisoformat(p["dct"]))
        used: set[int] = set()
        problems: list[str] = []
        for g in map(_gold_line, p["gold"]):
            hit = next((j for j, m in enumerate(mentions) if j not in used and m.text in g["extents"]), None)
            if hit is None:  # an overlapping extent counts as found, with a wrong extent
                hit = next((j for j, m in enumerate(mentions) if j not in used
                            and any(e in m.text or m.text in e for e in g["extents"])), None)
            if hit is None:
                if not g["optional"]:
                    problems.append(f"missed   {g['line']}")
                continue
            used.add(hit)
            m = mentions[hit]
            wrong = [k for k, ok in (("extent", m.text in g["extents"]), ("type", m.type in g["types"]),
                                     ("value", m.value in g["values"]),
                                     ("mod", g["mods"] is None or m.mod in g["mods"])) if not ok]
            if wrong and not g["optional"]:
                problems.append(f"{','.join(wrong):8} {g['line']}  got {(m.text, m.type, m.value, m.mod)}")
        problems += [f"spurious {(m.text, m.type, m.value, m.mod)}" for j, m in enumerate(mentions) if j not in used]
        if problems:
            notes.append(f"[{p['dct']}] {p['text'][:100]}...\n    " + "\n    ".join(problems))
        else:
            agree += 1
    return agree, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every disagreement")
    args = ap.parse_args(argv)
    rows = []
    for name in ("wire_1.py", "wire_2.py", "wire_3.py", "business_1.py", "world_1.py", "wire_4.py", "xinhua_1.py",
                 "apw_1.py", "nyt_1.py", "longdoc_1.py", "longdoc_2.py",
                 "longdoc_3.py", "longdoc_4.py", "longdoc_5.py", "longdoc_6.py"):
        cases = load_wire(name)
        agree, notes, counts = score_wire(cases)
        unit = "articles" if name.startswith("longdoc") else "cases"
        rows.append((name, unit, len(cases), agree, notes, counts))
    passages = load_features("feature_1.py", "feature_2.py")
    agree, notes = score_features(passages)
    rows.append(("feature_1.py + feature_2.py", "passages", len(passages), agree, notes, None))
    print("| probe set | unit | n | agree fully | gold mentions | tagged | identical |")
    print("|---|---|---|---|---|---|---|")
    for name, unit, n, agree, _notes, counts in rows:
        tail = "- | - | -" if counts is None else \
            f"{counts[0]} | {counts[1]} | {counts[2]} ({100 * counts[2] / max(counts[0], 1):.1f}%)"
        print(f"| {name} | {unit} | {n} | {agree} ({100 * agree / n:.0f}%) | {tail} |")
    if args.show:
        for name, _unit, _n, _agree, notes, _counts in rows:
            print(f"\n## {name}\n" + "\n".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
