"""Synthetic news archive with planted dated events, for scale benchmarks and tests.

Each article is 500-900 words of filler prose (sentences built from a varied
vocabulary free of time words) with 6-9 planted event sentences whose dates are
written in varied ways:

* absolute: "on June 22, 1994", "on 22 June 1994", "in September 2019", "in 1997";
* relative to the publication date: "last week", "on Monday", "last December",
  "earlier this month", "yesterday";
* anchored on the previous absolute date: "Two years later, ...".

A dateline ("4 Feb, 2022 15:36", as news sites print it) heads each article.
The output folder gets ``articles/NNN/ID.txt`` (1,000 files per folder),
``manifest.csv`` (path, id, published, title, outlet) and ``truth.jsonl``
(one line per planted date: article id, expected TimeML value, the phrase as
written, its kind). Everything is deterministic for a seed.

Usage::

    python benchmarks/synth.py OUTDIR -n 10000 --seed 1 [--corrupt 3]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from timeline.fileio import atomic_write_bytes, atomic_write_text  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = {2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six"}

# Filler vocabulary: no month, weekday, season or other time words (no "may", "march", "fall", "time").
_ADJ = """able active agricultural ambitious ancient angry anxious bitter bold brief broad calm careful central
cautious cheap clear close coastal cold complex confident costly crucial cultural curious dangerous decisive deep
difficult digital direct distant domestic dramatic eager eastern economic effective elaborate electoral empty
enormous environmental equal ethnic exact familiar famous federal fierce financial firm fiscal foreign formal
fragile free frequent fresh friendly generous gentle global gradual grand green grim harsh heavy hidden honest
hostile huge humble industrial informal innocent intense internal invisible isolated joint judicial large legal
liberal limited local loyal major massive medical mild military minor modest moral narrow national native natural
neutral noble northern nuclear obvious odd official open ordinary organic partial peaceful personal plain
political poor popular powerful practical precise private productive profound prominent public quiet rapid rare
real regional remote rich rigid rural safe scarce secret secure senior serious severe sharp silent simple slow
small social solid southern special stable steady strategic strict strong subtle sudden sufficient symbolic
technical tense thin tough traditional uneasy unusual urban useful vast visible vital vocal weak western wide""".split()
_NOUN = """agency airport alliance analyst archive army assembly audience authority balance bank barrier border
bridge budget bureau cabinet campaign canal capital cargo charity chemist citizen city clinic coalition coast
commission committee community company compromise conference consumer contract corridor council court crowd
culture currency customs debate deficit delegation deposit diplomat district doctrine economy editor election
embassy energy engineer estate exchange exporter factory farmer ferry festival fishery fleet forest fortress
foundation frontier garrison governor grain harbour highway hospital household industry inflation inspector
institute investor island journalist judge labour landscape lawyer legislature library manufacturer market mayor
merchant mine minister ministry mission monument museum negotiator network observer office official outpost
parliament partner pension pipeline platform police port press province railway reactor refinery reform region
regulator reporter republic reserve reservoir resident river road sailor satellite school scientist senate
settlement shipyard society soldier speaker squad stadium station strategy student supplier surgeon tariff
taxpayer teacher telescope territory tourist tower trader transit tribunal union university valley vendor
village voter warehouse waterway witness worker""".split()
_VERB = """accepted addressed admired analysed approached assessed avoided backed blocked broadened built
challenged changed checked cited closed collected compared completed confirmed considered controlled covered
criticised defended delayed described designed developed discussed divided doubled drafted eased examined expanded
explained explored extended favoured financed followed funded guarded handled highlighted improved increased
inspected investigated joined limited linked maintained managed mapped measured monitored moved noted opened
opposed organised praised prepared presented promoted protected questioned raised recorded reduced reformed
rejected reviewed revised shaped shared strengthened studied supported tested tracked upgraded valued visited
welcomed widened""".split()
_ADV = """again broadly carefully clearly closely deeply directly easily entirely especially firmly fully
gradually greatly heavily largely mainly merely mostly openly partly plainly possibly quietly rarely readily
roughly sharply simply slowly steadily strongly surely widely""".split()
_CONNECT = ["Meanwhile", "In addition", "By contrast", "As a result", "Still", "Moreover", "Even so", "Elsewhere",
            "For its part", "In practice", "Nevertheless", "In the region", "At the same site", "On the ground"]

# Planted events: who did what (event verbs the extractor scores as events).
_ACTORS = ["the Council", "the European Commission", "NATO", "the foreign ministry", "the parliament",
           "the central bank", "the Supreme Court", "the trade union", "the defence minister", "the OSCE",
           "the United Nations", "the mayor of Riga", "the Baltic states", "the energy regulator",
           "the opposition party", "the prime minister", "the governor of Kherson", "the World Bank",
           "the Arctic Council", "the port authority"]
_ACTIONS = ["signed a new {adj} accord on the {noun}", "announced a {adj} plan for the {noun}",
            "launched a {adj} review of the {noun}", "adopted a {adj} resolution on the {noun}",
            "suspended the {adj} agreement on the {noun}", "proposed a {adj} treaty covering the {noun}",
            "held {adj} talks about the {noun}", "ratified the {adj} charter of the {noun}",
            "warned of a {adj} crisis at the {noun}", "established a {adj} commission on the {noun}",
            "agreed on a {adj} settlement for the {noun}", "withdrew from the {adj} pact on the {noun}"]
_OUTLETS = ["Daily Ledger", "Northern Courier", "Harbour Times", "Continental Review", "Evening Dispatch",
            "Policy Wire"]


@dataclass(frozen=True)
class Planted:
    """One planted date: the phrase as written and the value the tagger should give."""

    value: str
    phrase: str
    kind: str
    sentence: str


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _filler(rng: random.Random) -> str:
    a, b = rng.sample(_ADJ, 2)
    n1, n2, n3 = rng.sample(_NOUN, 3)
    v1, v2 = rng.sample(_VERB, 2)
    forms = [
        f"The {a} {n1} {v1} the {n2} {rng.choice(_ADV)}, and the {n3} {v2} its {b} position.",
        f"{rng.choice(_CONNECT)}, the {n1} {v1} a {a} proposal from the {n2}.",
        f"According to one {n1}, the {a} {n2} {v1} the {b} {n3} more {rng.choice(_ADV)} than expected.",
        f"Critics of the {n1} said the {a} {n2} had {v1} the {n3} without a {b} mandate.",
        f"The {n1} and the {n2} {rng.choice(_ADV)} {v1} the {a} {n3}, which {v2} local expectations.",
        f"Many a {a} {n1} {v1} the {n2}, while the {b} {n3} {v2} the outcome.",
        f"For the {n1}, a {a} {n2} would be {b}, and the {n3} {v2} that view.",
        f"Residents near the {n1} {v1} the {a} {n2} and asked the {n3} for {b} answers.",
    ]
    return rng.choice(forms)


def _action(rng: random.Random) -> tuple[str, str]:
    actor = rng.choice(_ACTORS)
    act = rng.choice(_ACTIONS).format(adj=rng.choice(_ADJ), noun=rng.choice(_NOUN))
    return actor, act


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _absolute(rng: random.Random, pub: dt.date) -> tuple[Planted, int]:
    year = rng.randint(1950, pub.year - 1)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    actor, act = _action(rng)
    style = rng.randrange(4)
    if style == 0:
        phrase, value = f"{MONTHS[month - 1]} {day}, {year}", f"{year}-{month:02d}-{day:02d}"
        sent = f"On {phrase}, {actor} {act}."
    elif style == 1:
        phrase, value = f"{day} {MONTHS[month - 1]} {year}", f"{year}-{month:02d}-{day:02d}"
        sent = f"{_cap(actor)} {act} on {phrase}."
    elif style == 2:
        phrase, value = f"{MONTHS[month - 1]} {year}", f"{year}-{month:02d}"
        sent = f"In {phrase}, {actor} {act}."
    else:
        phrase, value = f"{year}", f"{year}"
        sent = f"{_cap(actor)} {act} in {phrase}."
    return Planted(value, phrase, "absolute", sent), year


def _relative(rng: random.Random, pub: dt.date) -> Planted:
    actor, act = _action(rng)
    style = rng.randrange(5)
    if style == 0:
        phrase, value = "last week", _iso_week(pub - dt.timedelta(days=7))
        sent = f"{_cap(actor)} {act} last week."
    elif style == 1:
        back = rng.randint(1, 6)  # a weekday other than the publication day: the most recent one before it
        day = pub - dt.timedelta(days=back)
        phrase, value = WEEKDAYS[day.weekday()], day.isoformat()
        sent = f"On {phrase}, {actor} {act}."
    elif style == 2:
        month = rng.randint(pub.month, 12)  # "last <month>" at or after the publication month: the year before
        phrase, value = f"last {MONTHS[month - 1]}", f"{pub.year - 1}-{month:02d}"
        sent = f"{_cap(actor)} {act} {phrase}."
    elif style == 3:
        phrase, value = "earlier this month", f"{pub.year}-{pub.month:02d}"
        sent = f"{_cap(actor)} {act} earlier this month."
    else:
        phrase, value = "yesterday", (pub - dt.timedelta(days=1)).isoformat()
        sent = f"{_cap(actor)} {act} yesterday."
    return Planted(value, phrase, "relative", sent)


def make_article(rng: random.Random, index: int) -> tuple[str, dict, list[Planted]]:
    """One synthetic article: its text, its manifest row and its planted dates."""
    pub = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(20 * 365))
    art_id = f"synth-{index:06d}"
    title = f"{_cap(rng.choice(_ADJ))} {rng.choice(_NOUN)} {rng.choice(_VERB)} as {rng.choice(_NOUN)} weighs options"
    target = rng.randint(500, 900)
    planted_blocks: list[list[Planted]] = []
    for _ in range(rng.randint(3, 4)):
        p, year = _absolute(rng, pub)
        block = [p]
        if rng.random() < 0.5 and year + 6 < pub.year:
            n = rng.randint(2, 6)
            actor, act = _action(rng)
            phrase = f"{NUMBER_WORDS[n]} years later"
            block.append(Planted(f"{year + n}", phrase, "anchored", f"{phrase}, {actor} {act}."))
        planted_blocks.append(block)
    for _ in range(rng.randint(3, 4)):
        planted_blocks.append([_relative(rng, pub)])
    rng.shuffle(planted_blocks)
    n_words = sum(len(p.sentence.split()) for b in planted_blocks for p in b)
    paragraphs: list[list[str]] = []
    pending = list(planted_blocks)
    while n_words < target or pending:
        para: list[str] = []
        for _ in range(rng.randint(3, 6)):
            s = _filler(rng)
            para.append(s)
            n_words += len(s.split())
        if pending and rng.random() < 0.8:
            block = pending.pop()
            pos = rng.randint(1, len(para))
            para[pos:pos] = [p.sentence for p in block]
        paragraphs.append(para)
    dateline = f"{pub.day} {MON3[pub.month - 1]}, {pub.year} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    text = f"{dateline}\n\n{title}\n\n" + "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
    row = {"id": art_id, "published": pub.isoformat(), "title": title, "outlet": rng.choice(_OUTLETS)}
    planted = [p for b in planted_blocks for p in b]
    return text, row, planted


_CORRUPT = [
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
    ("latin1", "Caf\xe9 talks resumed on 3 March 2015.\n".encode("latin-1")),
    ("empty", b"   \n\n"),
]


def generate(outdir: str | os.PathLike[str], n: int, *, seed: int = 1, corrupt: int = 0) -> Path:
    """Write ``n`` articles, ``manifest.csv`` and ``truth.jsonl`` under ``outdir``.

    Parameters
    ----------
    outdir : path-like
    n : int
        Number of good articles.
    seed : int
        Random seed (same seed, same archive).
    corrupt : int
        Extra unreadable files (binary, Latin-1, empty, in turn) listed in the manifest.

    Returns
    -------
    pathlib.Path
        The manifest.
    """
    out = Path(outdir)
    rng = random.Random(seed)
    manifest = io.StringIO(newline="")
    writer = csv.writer(manifest, lineterminator="\n")
    writer.writerow(["path", "id", "published", "title", "outlet"])
    truth = io.StringIO()
    for i in range(n):
        text, row, planted = make_article(rng, i)
        rel = f"articles/{i // 1000:03d}/{row['id']}.txt"
        atomic_write_text(out / rel, text)
        writer.writerow([rel, row["id"], row["published"], row["title"], row["outlet"]])
        for p in planted:
            truth.write(json.dumps({"id": row["id"], "value": p.value, "phrase": p.phrase, "kind": p.kind}) + "\n")
    for k in range(corrupt):
        kind, data = _CORRUPT[k % len(_CORRUPT)]
        rel = f"articles/corrupt/bad-{k:03d}-{kind}.txt"
        atomic_write_bytes(out / rel, data)
        writer.writerow([rel, f"bad-{k:03d}-{kind}", "", "", ""])
    atomic_write_text(out / "truth.jsonl", truth.getvalue())
    return atomic_write_text(out / "manifest.csv", manifest.getvalue())


def main(argv: list[str] | None = None) -> None:
    """Command line: ``python benchmarks/synth.py OUTDIR -n 10000 --seed 1``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corrupt", type=int, default=0, help="extra unreadable files listed in the manifest")
    args = ap.parse_args(argv)
    path = generate(args.outdir, args.n, seed=args.seed, corrupt=args.corrupt)
    print(f"wrote {args.n} articles (+{args.corrupt} corrupt) and {path}")


if __name__ == "__main__":
    main()
