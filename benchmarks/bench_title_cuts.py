"""Titles that end mid-phrase (issue 14: a title is "never cut mid-phrase").

Usage::

    .venv/bin/python benchmarks/bench_title_cuts.py benchmarks/corpora/<story> [more stories] [--raw] [--show N]
    .venv/bin/python benchmarks/bench_title_cuts.py --events DUMP.json [--show N]
    .venv/bin/python benchmarks/bench_title_cuts.py --events BEFORE.json --after AFTER.json [--show N]

Extracts each story (as ``bench_events.py`` does) or reads a dump of its events (``{story: [[date, title,
[quotes…]], …]}``) and lists every emitted title whose last word leaves a phrase open, by kind:

* ``participle``: an '-ing' or '-ed' verb form whose object the quote goes on with ('reports leak exposing |
  9,000 patients');
* ``to-verb``: 'to' and a verb whose object the quote goes on with ('Bank to loan | $3 million');
* ``verb``: a finite verb whose object the quote goes on with ('Roe signs | the bill');
* ``preposition``: a preposition ('… by', '… near');
* ``modifier``: a determiner, an honorific or a title abbreviation ('Mr', 'Sen'), or an adjective or a noun whose
  noun the quote goes on with ('warns affected past | tenants'; 'praises work of recently |
  hired staff');
* ``conjunction``: 'and', 'or', 'but';
* ``number``: a number whose count word the quote goes on with ('raises $5 | billion', 'up 12 | percent'; a count
  of people or things is whole, as headlines write it: 'Quake kills 12');
* ``open-list``: a list of names the quote goes on with ('visits Leeds, York | and Hull').

The quote a title comes from is the event's quote that holds the title's last word (the one whose word before it
is the title's word before it when several do); a title whose last word no quote holds is judged on its words
alone (a preposition, a determiner, a conjunction or an honorific at the end is open whatever follows). With
``--after`` it compares two dumps of the same stories event by event (same date and quotes): the open titles before
and after, the titles changed and examples.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

KINDS = ("participle", "to-verb", "verb", "preposition", "modifier", "conjunction", "number", "open-list")

PREPOSITIONS = {"of", "to", "for", "at", "by", "with", "from", "into", "about", "against", "near", "without",
                "including", "between", "among", "than", "via", "per", "toward", "towards", "amid", "despite",
                "during", "onto", "upon", "regarding", "concerning", "like", "across", "within", "outside",
                "inside", "following", "throughout", "beyond", "along", "until", "since", "after", "before",
                "because", "while", "when", "if", "as", "whether", "that", "which", "who", "whose", "where"}
DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our", "my", "this", "these", "those", "such",
               "every", "each", "no", "some", "any", "all", "both", "several", "many", "most", "another"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "prof", "st", "mt", "capt",
              "adm", "maj", "messrs", "sens", "reps", "rev", "hon", "president", "senator", "governor", "secretary",
              "minister", "judge", "justice", "chairman", "director"}
CONJUNCTIONS = {"and", "or", "but", "nor", "&"}
COUNT_WORDS = {"million", "billion", "trillion", "thousand", "hundred", "percent", "per", "%", "dozen"}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "dozens", "hundreds", "thousands"}
#: words that start no object: an adverb of time or manner, a preposition, a clause
NOT_OBJECT = PREPOSITIONS | CONJUNCTIONS | {"on", "in", "up", "down", "out", "off", "over", "under", "away", "back",
                                            "again", "today", "yesterday", "tonight", "tomorrow", "now", "later",
                                            "earlier", "soon", "then", "there", "here", "also", "not", "said", "says",
                                            "will", "would", "could", "is", "was", "were", "are", "be", "been", "has",
                                            "have", "had", "to", "so", "too", "as", "early", "late", "last", "next",
                                            "this", "ago", "home", "together", "too", "instead", "overnight",
                                            "immediately", "first", "alone", "himself", "herself", "itself",
                                            "themselves", "well", "more", "less", "than"}
WEEKDAYS = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|"
                      r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec", re.I)


def _pos(word: str) -> dict:
    from timeline.lexicon import all_lemmas

    return all_lemmas(word.lower())


def _bare(word: str) -> str:
    return word.strip(".,;:!?\"“”'’()[]").lower()


def continuation(title: str, quotes: list[str]) -> str | None:
    """What the quote the title comes from says right after the title's last word (up to 60 characters): the first
    quote that writes the title's last word after its word before it (or another form of that verb: 'kills' of
    'killed'; an article or an '-ly' adverb may stand between: a title leaves them out); None when
    none does (a title that puts its words in another order: 'Statement released' of 'released a statement')."""
    words = title.split()
    if len(words) < 2:
        return None
    last = re.sub(r"[.,;:!?\"“”’')]+$", "", words[-1])
    before = _bare(words[-2])
    for q in quotes:
        for m in re.finditer(r"(?<![\w’'-])" + re.escape(last) + r"(?![\w’'-])", q, re.I if last.islower() else 0):
            prev = [w for w in re.findall(r"[\w’'.$%-]+", q[max(0, m.start() - 60) : m.start()])
                    if w.lower() not in {"a", "an", "the"} and not w.lower().endswith("ly")]
            if prev and (_bare(prev[-1]) == before or set(_pos(_bare(prev[-1])).get("VERB", ()))
                         & set(_pos(before).get("VERB", ()))):
                return q[m.end() : m.end() + 60]
    return None


def _next_word(rest: str) -> str:
    """The next word of a continuation; "" when punctuation or the quote's end comes first."""
    m = re.match(r"[ \t]+([\w$€£][\w’'.$%-]*)", rest)
    return m.group(1).rstrip(".") if m else ""


#: a time phrase after a title's last word, which leaves no phrase open ('sent | the day after', 'to post | two
#: months prior', 'shipped | this week')
TIME_AFTER = re.compile(r"[ \t]+(?:(?:the|this|that|last|next|each|every|early|late|later|one|a|an|two|three|four|"
                        r"five|six|seven|eight|nine|ten|several|few|\d+)[ \t]+){1,2}(?:day|days|night|nights|week|"
                        r"weeks|month|months|year|years|morning|afternoon|evening|hour|hours|minute|minutes|weekend|"
                        r"time|before|after)\b", re.I)
#: words before a number that open an amount ('up to $85 billion', 'over 22 million')
AMOUNT_LEAD = re.compile(r"[ \t]+(?:up[ \t]+to|over|more[ \t]+than|nearly|about|almost|some|at[ \t]+least|roughly|"
                         r"approximately|as[ \t]+many|as[ \t]+much)[ \t]+(?:as[ \t]+)?(?:[$€£]?\d|one|two|three|"
                         r"four|five|six|seven|eight|nine|ten|hundreds|thousands|dozens|people)", re.I)
#: words that open a clause a verb takes as its object ('to ensure | that …', 'in deciding | which …')
CLAUSE_OBJECT = {"that", "whether", "what", "how", "which", "who"}


def _object_start(word: str) -> bool:
    """Whether ``word`` can start a verb's object: a determiner, a number, a name, a noun or an adjective, not an
    adverb, a preposition or a time word."""
    low = word.lower()
    if not word or low in NOT_OBJECT or WEEKDAYS.fullmatch(low) or low.endswith("ly"):
        return False
    if low in DETERMINERS or re.match(r"[$€£\d]", word) or word[:1].isupper() or low in NUMBER_WORDS:
        return True
    pos = _pos(low)
    return bool({"NOUN", "ADJ", "PRON"} & set(pos)) or low in {"him", "them", "us", "me", "it", "her"}


def _verb_object_after(rest: str) -> bool:
    """Whether ``rest`` (the words after a verb form) starts that verb's object: an amount, a clause of its own
    ('that …', 'whether …'), a noun phrase, or another verb joined by 'and' or 'or' and its object ('by sealing
    | and capping the shaft'); not a time phrase, a preposition or an adverb alone."""
    if TIME_AFTER.match(rest):
        return False
    if AMOUNT_LEAD.match(rest):
        return True
    nxt = _next_word(rest)
    low = nxt.lower()
    if low in CLAUSE_OBJECT:
        return True
    if low in {"and", "or"}:
        m = re.match(r"[ \t]+(?:and|or)[ \t]+(?:not[ \t]+)?([a-z]+)(?:[ \t]+(?:up|out|down)\b)?(.*)", rest, re.S)
        return bool(m) and "VERB" in _pos(m.group(1)) and _verb_object_after(m.group(2))
    return _object_start(nxt)


def _noun_next(word: str) -> bool:
    """Whether ``word`` continues a noun phrase: a lower-case noun or adjective, not a verb's present form."""
    low = word.lower()
    if not word or not word[:1].islower() or low in NOT_OBJECT | DETERMINERS or WEEKDAYS.fullmatch(low):
        return False
    pos = _pos(low)
    return bool({"NOUN", "ADJ"} & set(pos)) and not low.endswith("ly")


def _is_verb_form(word: str, tags: tuple[str, ...]) -> bool:
    from timeline.lexicon import verb_forms

    return any(word in verb_forms(v).get(t, ()) for v in _pos(word).get("VERB", ()) for t in tags)


#: offices that stand before a name but also end a phrase alone ('sworn in as president')
OFFICES = {"president", "senator", "governor", "secretary", "minister", "judge", "justice", "chairman", "director"}


def _title_only(words: list[str], quotes: list[str]) -> str:
    """The kind of a title whose last word leaves a phrase open whatever follows: punctuation, a conjunction, a
    preposition (not one stranded before a full stop: 'agreed to.'), a determiner or an honorific."""
    raw_last = words[-1]
    last = _bare(raw_last)
    if raw_last[-1:] in ",;:" or raw_last.endswith("-") and len(raw_last) > 1 or last in CONJUNCTIONS:
        return "conjunction"
    if last in PREPOSITIONS:
        rest = continuation(" ".join(words), quotes)
        return "" if rest is not None and re.match(r"[.!?;]", rest) else "preposition"
    if last in DETERMINERS or last in HONORIFICS - OFFICES:
        return "modifier"
    return ""


def kind(title: str, quotes: list[str]) -> str:
    """The kind of open phrase a title ends with (one of :data:`KINDS`), or "" when it ends where a phrase does."""
    words = title.split()
    if len(words) < 2:
        return ""
    alone = _title_only(words, quotes)
    if alone:
        return alone
    raw_last = words[-1]
    last, before = _bare(raw_last), _bare(words[-2])
    rest = continuation(title, quotes)
    if rest is None:
        return ""
    nxt = _next_word(rest)
    low = nxt.lower()
    if re.match(r",?\s+(?:[A-Z][\w’'.-]*\s+){0,3}(?:and|or)\s+[A-Z]", rest) and raw_last[:1].isupper() \
            and "," in " ".join(words[-4:-1]):
        return "open-list"  # 'in Leeds, York | and Hull'
    if not nxt:
        return ""
    if last in HONORIFICS and raw_last[:1].isupper() and nxt[:1].isupper() and not WEEKDAYS.fullmatch(low):
        return "modifier"
    if re.search(r"\d", last) or last in NUMBER_WORDS:
        return "number" if low in COUNT_WORDS else ""  # a count of people or things is whole: 'Quake kills 12'
    if raw_last[:1].isupper():
        return ""  # a name ends a phrase
    pos = _pos(last)
    if before == "to" and last in pos.get("VERB", ()) and _verb_object_after(rest):
        return "to-verb"
    if last.endswith("ing") and "VERB" in pos and _verb_object_after(rest) and (
            "NOUN" not in pos or low in DETERMINERS | CLAUSE_OBJECT or AMOUNT_LEAD.match(rest)
            or re.match(r"[$€£\d]", nxt)):
        return "participle"
    if _is_verb_form(last, ("VBN",)) and "NOUN" not in pos and _verb_object_after(rest) and (
            low in DETERMINERS - {"this", "that", "these", "those"} or re.match(r"[$€£\d]", nxt)):
        return "participle"  # 'has awarded | $5 million': a participle and its object
    if _is_verb_form(last, ("VBZ",)) and "NOUN" not in pos and _verb_object_after(rest) and not nxt[:1].isupper():
        return "verb"
    if "ADJ" in pos and "VERB" not in pos and low in {"and", "or"}:
        m = re.match(r"[ \t]+(?:and|or)[ \t]+([a-z]+)[ \t]+([a-z]+)", rest)
        if m and "ADJ" in _pos(m.group(1)) and _noun_next(m.group(2)):
            return "modifier"  # 'warns affected past | and present tenants'
    if ("ADJ" in pos or last.endswith("ly")) and "NOUN" not in pos and _noun_next(nxt) and "NOUN" in _pos(low):
        return "modifier"
    return ""


def scan(events: dict[str, list]) -> list[tuple[str, str, str, str]]:
    """(story, kind, title, continuation) of every open title of a dump."""
    out = []
    for story, rows in events.items():
        for _date, title, quotes in rows:
            k = kind(title, quotes)
            if k:
                out.append((story, k, title, (continuation(title, quotes) or "")[:40]))
    return out


def dump(stories: list[Path], raw: bool) -> dict[str, list]:
    """The events of each story as ``[date, title, quotes]`` (the extractor run as ``bench_events.py`` runs it)."""
    from bench_events import copy_story, emitted
    from timeline.articles import load_articles
    from timeline.extract import extract

    res = {}
    for folder in stories:
        with tempfile.TemporaryDirectory() as tmp:
            copy_story(folder, Path(tmp), raw=raw)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                frame = extract(load_articles(Path(tmp)))
        res[folder.name] = sorted([e.date, e.title, sorted(q for qs in e.quotes.values() for q in qs)]
                                  for e in emitted(frame))
    return res


def report(found: list[tuple[str, str, str, str]], total: int, show: int, label: str = "") -> None:
    counts = Counter(k for _s, k, _t, _r in found)
    print(f"{label}titles {total}, open {len(found)}: " + ", ".join(f"{k} {counts[k]}" for k in KINDS))
    for story, k, title, rest in found[:show]:
        print(f"  [{k}] {story}: {title!r} | {rest!r}")


def compare(before: dict[str, list], after: dict[str, list], show: int) -> None:
    """Titles changed between two dumps (events matched by date and quotes) with examples."""
    changed = []
    for story, rows in before.items():
        old = {(d, tuple(q)): t for d, t, q in rows}
        for d, t, q in after.get(story, []):
            was = old.get((d, tuple(q)))
            if was is not None and was != t:
                changed.append((story, was, t))
    print(f"titles changed {len(changed)} (of events kept with the same date and quotes)")
    for story, was, now in changed[:show]:
        print(f"  {story}: {was!r} -> {now!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="*", type=Path)
    ap.add_argument("--raw", action="store_true", help="texts only (as bench_events.py --raw)")
    ap.add_argument("--events", type=Path, help="a dump of events instead of extracting the stories")
    ap.add_argument("--after", type=Path, help="a second dump to compare with --events")
    ap.add_argument("--save", type=Path, help="write the extracted events as a dump")
    ap.add_argument("--show", type=int, default=0, help="list this many open titles (and changed ones)")
    args = ap.parse_args(argv)
    events = json.loads(args.events.read_text()) if args.events else dump(args.stories, args.raw)
    if args.save:
        args.save.write_text(json.dumps(events))
    total = sum(len(v) for v in events.values())
    report(scan(events), total, args.show, "before: " if args.after else "")
    if args.after:
        later = json.loads(args.after.read_text())
        report(scan(later), sum(len(v) for v in later.values()), args.show, "after: ")
        compare(events, later, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
