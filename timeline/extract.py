"""Propose event candidates from articles, and compare them with curated events.

For every article, :func:`extract_article` runs the temporal tagger
(:func:`timeline.dates.find_dates`) over the story (boilerplate skipped) and
turns each mention that dates something into a candidate row of the events
frame: the date at the mention's precision, the sentence stating it as a
verbatim quote with exact offsets into the raw article, a headline-style title
(:mod:`timeline.titles`), a lane guess and a confidence. Mentions that date
nothing (``PRESENT_REF`` and other references, durations, sets, values left
unresolved) are skipped, and so are dates that are no event
(:mod:`timeline.clauses`: a value "as of" a date, captions, stamps, cited
headlines, headings); hypotheticals get a low confidence and scheduled events
the tag ``scheduled``, with the reason in ``note``. In a news article with a
known publication date, sentences that report without a date what just
happened (:mod:`timeline.lede`) become candidates dated by the publication
day, with the anchor ``undated`` and a lower confidence.

:func:`merge_candidates` then joins mentions of the same real-world event —
within and across articles — into one ``event_id`` (:mod:`timeline.identity`:
compatible dates, the same actors, action and object). :func:`extract` does
both for a list of articles, optionally over several processes.

:func:`review` compares candidates with a curated events frame: which curated
events the extractor found, which it missed, and which candidates are new.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import warnings
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Mapping, Sequence

import pandas as pd

from .articles import ENTRY_DATE, GIVE_DATE, NEWS_PHOTO_DAY, Article, find_regions, wraps_into
from .clauses import (CONTRAST, COORDINATED, NON_EVENT_KINDS, PERIOD_END, SAME_TIME_LINKS, STATIVE_COPULA,
                      TITLE_ABBREVIATIONS, VERBLESS_PHRASE, Clause, SubEvent, act_header, analyse, clause_bounds, contrast_body,
                      event_quote, list_item_verb, marks_open, second_events, speaker_act, sums_up, content_terms,
                      tells_past, modifies_noun)
from .dates import DateMention, find_dates, spoken_day
from .dates.output import SPAN_NOTE
from .dates.normalise import shift, word_number
from .dates.resources.lexicon import MONTHS, WEEKDAY_RE
from .dates.resources.words import PREC_RANK, UNIT_PREC
from .events import EventSchema as E
from .candidates import DroppedRow, usable_records
from .copies import article_signature, copy_pairs, join_copies
from .counted import CountedCandidate, FolderCounting, counted_openings
from .folder_dates import (FOLDER_ANCHOR, date_undated_pages, news_week_weekdays, newest_day_weekdays, own_day_mentions,
                           unanchored_from_background, week_day_mentions, with_folder_years, year_bound_mentions,
                           year_records)
from .aliases import AliasTable, alias_table
from .identity import (CANDIDATE_COLUMNS, DEFAULT_THRESHOLD, PAGE_DAY, PAGE_TITLED, PARAGRAPH_START, PLAIN_SPAN,
                       READ_QUOTE, merge, slug)
from .headings import heading_act, heading_title
from .lanes import Lanes, finish_lanes, guess_lane
from .lexicon import all_lemmas
from .lede import (NOTE as UNDATED_NOTE, NEWS_DAYS, NEWS_SENTENCES, RECENT_DAYS, UNDATED_ANCHOR, Undated,
                   continued_events, goes_on_only, in_dateline, lede_clause_start, reports_news, undated_events,
                   written_case)
from .multilingual import (ENGLISH, MultilingualDates, detect_language, find_dates_multilingual, is_supported,
                           other_languages_line)
from .multilingual import cut_sentences, rejoin_sentences
from .periods import Period, PeriodError, parse_period, precision_of
from .published import HEADER_LINES
from .tables import Table, find_tables
from .sections import NoteHead, later_news_box, note_heads
from .textio import (CONTROL_CHARACTERS, ENTITY, ESCAPE, entity_word_end, is_html, plain_reading, read_escapes,
                     read_markup_quote, reading_text, unescaped)
from .titles import (FALLBACK_TITLE, MAX_TITLE, event_phrase, fit_title, genre_title, headline_title, informativeness,
                     make_title, statement_headline, statement_label_title, tells_other)

__all__ = [
    "CANDIDATE_COLUMNS",
    "DroppedRow",
    "OtherLanguages",
    "article_language",
    "article_mentions",
    "warn_other_languages",
    "usable_records",
    "ExtractionWarning",
    "UnresolvedDates",
    "UnreadTableRow",
    "Review",
    "Sentence",
    "extract",
    "extract_article",
    "PageReading",
    "read_page",
    "guess_lane",
    "plain_record",
    "warn_dropped",
    "merge_candidates",
    "period_ends",
    "review",
    "sentences",
]


_DATABLE = {"century", "decade", "year", "quarter", "season", "month", "week", "day", "time"}
# 'folder': a year-less day of an undated page given its year by the folder (timeline.folder_dates)
_ANCHOR_CONFIDENCE = {"absolute": 0.9, "publication": 0.75, "mention": 0.65, FOLDER_ANCHOR: 0.6}
# below every text-dated mention of a day: an analyst can filter what only the publication date dates
_UNDATED_CONFIDENCE = {"perfect": 0.4, "now": 0.35, "present": 0.35, "lede": 0.35, "continued": 0.35, "letter": 0.35,
                       "floor": 0.35, "speaker": 0.35, "schedule": 0.35, "toll": 0.35}
_PRECISION_CONFIDENCE = {"day": 1.0, "time": 1.0, "week": 0.95, "month": 0.95, "year": 0.9, "season": 0.85,
                         "quarter": 0.85, "decade": 0.7, "century": 0.5}
_EVENT_VERBS = re.compile(
    r"\b(sign\w*|launch\w*|announc\w*|adopt\w*|held|hold\w*|took place|began|begin\w*|start\w*|"
    r"end\w*|wrapp\w*|submit\w*|publish\w*|issu\w*|propos\w*|present\w*|put forward|warn\w*|told|said|"
    r"suspend\w*|expel\w*|withdr\w*|terminat\w*|establish\w*|proclaim\w*|ratif\w*|invad\w*|annex\w*|"
    r"met|meet\w*|call\w*|decid\w*|agree\w*|admit\w*|join\w*|voic\w*|consider\w*|spoke|speaking)\b",
    re.I,
)
_MAX_QUOTE = 400
_LEADING_URL = re.compile(r"[^.!?\n]{0,40}?(?:https?://|www\.)\S+\s+")

# --------------------------------------------------------------------------- sentences

#: abbreviations of a title or rank before a name ('Reps. Jane Doe and John Roe', 'Brig. Gen. Ann Roe', 'Spc. Bo Lee',
#: 'Tech. Sgt.', 'Ret. Adm.', 'HHS Secy. Roe'): the stop closes a sentence only before a word that opens one
#: (*… a four-star Gen. The parade …*), like :data:`_FINAL_ABBREVIATIONS`
_TITLES = {"messrs"} | TITLE_ABBREVIATIONS
_ABBREVIATIONS = _TITLES | {
    "u.s", "u.k", "u.n", "e.u",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
    "inc", "corp", "co", "ltd", "jr", "sr", "p.m", "a.m", "e.g", "i.e", "approx", "dept", "est", "fig",
    # a bill's number after its chamber ('H.R. 4127', 'S. Res. 57')
    "h.r", "res",
    # degrees after a name ('Jane Roe, M.D. (OH-07) said', 'Bo Lee, Ph.D., the lab's head')
    "m.d", "ph.d", "r.n", "m.p.h",
}
#: words abbreviated only before a rank (*Tech. Sgt. Ann Roe*, *Ret. Admiral Bo Lee*), not *Halden Tech. Police …*
_BEFORE_RANK = {"tech", "ret"}
_RANK_AFTER = re.compile(r"\s+(?:Sgt|Adm|Gen|Col|Capt|Maj|Cmdr|Lt|Admiral|General|Colonel|Sergeant|Captain|Major|"
                         r"Commander|Lieutenant)\b")
#: what is left of a closing quote mis-decoded in a scrape (UTF-8 read as cp1252: "â€\x9d", or a lone "†" / "�")
_MOJIBAKE_CLOSE = "(?:\u00e2\u20ac[\u009d\u201d\u2122]?|[\u2020\ufffd])"
#: a sentence end: terminal punctuation with closing quotes or brackets before white space or the end of the line,
#: or with a mis-decoded closing quote glued to the next sentence's first capital ('with you.†Recovery')
_SENTENCE_END = re.compile(r"[.!?…]+(?:[\"'”’)\]]|" + _MOJIBAKE_CLOSE + r")*(?=\s+|$)|"
                           r"[.!?…]+[\"'”’)\]]*" + _MOJIBAKE_CLOSE + r"+(?=[A-Z“\"])")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the raw text: ``text[start:end]`` with no surrounding white space."""

    start: int
    end: int


#: abbreviations that may close a sentence (*… cases in the U.S. The agency said …*, *at 9 a.m. The mayor …*)
_FINAL_ABBREVIATIONS = {"u.s", "u.k", "u.n", "e.u", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "p.m", "a.m", "m.d",
                        "ph.d", "r.n", "m.p.h"}
#: an initialism written with a stop after each letter (*George H.W. Roe*, *the U.S.S. Harbor*, *A.B.C. Financial
#: Products*, *Jane Roe, P.E. (R-Ohio)*): an abbreviation that may close a sentence, like :data:`_FINAL_ABBREVIATIONS`
#: — except a state's after a place and a comma (*… flooded Long Beach, N.Y. Officials opened …*), which ends the
#: sentence before any capital, as the place names that close a sentence do (not before a bracket: *Albany, N.Y. (a
#: retired judge)*)
_DOTTED_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
#: the dotted initials of a U.S. state or capital written after a place and a comma (*Albany, N.Y.*, *Washington, D.C.*)
_STATE_INITIALS = {"n.y", "n.j", "n.c", "n.d", "n.h", "n.m", "s.c", "s.d", "r.i", "d.c"}
_AFTER_PLACE = re.compile(r"[A-Za-z], (?:[A-Z]\.)+$")
#: abbreviations only before a number (*No. 10*, *No. 2 official*): *The jury said no. That …* is two sentences
_BEFORE_NUMBER = {"no"}
#: capitalised words that open sentences and never follow an initial inside a name (*Jane Q. Public*): after a
#: single letter or an abbreviation that may close a sentence, they open the next one (*offered to buy B and Q. On
#: March 13, the shareholders voted*)
_OPENERS = frozenset("""on in at by for from after before during since until when while as if but and yet so or
    the a an this that these those its his her their our my he she it they we you there here last next earlier
    later today yesterday meanwhile however also some many both all each no""".split())
_OPENER_AFTER = re.compile(r"\s+([A-Z][a-z]*)(?=[\s,'’])")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation or an initial rather than a sentence.

    An initial (*J. Roe*), an abbreviation that may close a sentence (:data:`_FINAL_ABBREVIATIONS`) or a title's
    (:data:`_TITLES`: *Main St. The fire*) followed by
    a capitalised word that opens sentences (:data:`_OPENERS`: *On*, *The*, *He* …) closes the sentence: *… to buy
    B and Q. On March 13, …*, *… in the U.S. The agency …*; *Jane Q. Public*, *John F. Roe*, *U.S. Army* stay
    one sentence. A dotted initialism (:data:`_DOTTED_INITIALISM`: *H.W.*, *U.S.S.*, *P.E.*) reads the same way,
    but a state's initials after a place and a comma (:data:`_STATE_INITIALS`) end the sentence before any
    capital; *No.* is an abbreviation only before a number (:data:`_BEFORE_NUMBER`).
    """
    word = re.search(r"(?<![\w-])([A-Za-z.]+)\.$", text[max(0, dot - 12) : dot + 1])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    initial = len(token) == 1 and token.isalpha()  # initials: "J. Roe"
    dotted = _DOTTED_INITIALISM.fullmatch(token) is not None and token not in _ABBREVIATIONS
    if token in _STATE_INITIALS and _AFTER_PLACE.search(text, max(0, dot - 40), dot + 1) \
            and not re.match(r"\s*\(", text[dot + 1 : dot + 4]):
        return False
    if token in _BEFORE_NUMBER and not re.match(r"\s*[\d#]", text[dot + 1 : dot + 4]):
        return False
    if not (initial or dotted or token in _ABBREVIATIONS) or token in _BEFORE_RANK \
            and not _RANK_AFTER.match(text, dot + 1):
        return False
    if initial or dotted or token in _FINAL_ABBREVIATIONS or token in _TITLES:
        nxt = _OPENER_AFTER.match(text, dot + 1)
        if nxt and nxt.group(1).lower() in _OPENERS:
            return False
    return True


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences, with offsets into ``text``.

    Lines are paragraphs: a line break ends a sentence, except inside a hard-wrapped paragraph (see
    :func:`_logical_lines`). Within a line,
    a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
    brackets) followed by white space and a capital letter, digit or opening
    quote — except after common abbreviations (``U.S.``, ``Jan.``) and initials.

    Parameters
    ----------
    text : str
        The raw text.
    start, end : int, optional
        The part to split (e.g. one body region).

    Returns
    -------
    list of Sentence
    """
    end = len(text) if end is None else end
    out: list[Sentence] = []
    for ls, le in _logical_lines(text, start, end):
        cut = ls
        for stop in _line_ends(text, ls, le):
            _append_run(out, text, cut, stop)
            cut = stop
        _append_run(out, text, cut, le)
    return out


#: a labelled web address run into the sentence after it on a flattened page (*Original URL: http://… A massive
#: quake struck …*): the address ends a piece of its own
_LABELLED_URL = re.compile(r"\b(?:url|link|permalink|source|address)\s*:\s*(?:https?://|www\.)\S+(?=\s+[A-Z“\"])",
                           re.I)
#: the same, a bare address opening the line (a tracking link left before the lead)
_OPENING_URL = re.compile(r"\s*(?:https?://|www\.)\S+(?=\s+[A-Z“\"])")


def _line_ends(text: str, ls: int, le: int) -> list[int]:
    """Offsets where the sentences of the line ``text[ls:le]`` end (within the line)."""
    caseless: bool | None = None  # read when a sentence end before a lower-case word asks
    ends: list[int] = []
    if "://" in text[ls:le] or "www." in text[ls:le]:
        opening = _OPENING_URL.match(text, ls, le)
        ends = [m.end() for m in _LABELLED_URL.finditer(text, ls, le)] + ([opening.end()] if opening else [])
    for m in _SENTENCE_END.finditer(text, ls, le):
        stop = m.end()
        nxt = re.match(r"\s+(\S)" if text[stop:stop + 1].isspace() or stop == le else r"(\S)", text[stop:le])
        if stop < le and not nxt:
            continue
        if nxt and not (nxt.group(1).isupper() or nxt.group(1).isdigit() or nxt.group(1) in "\"'“‘([«"):
            if not nxt.group(1).islower():
                continue
            caseless = _caseless(text, ls, le) if caseless is None else caseless
            if not caseless:
                continue
        if text[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, m.start()):
            continue
        ends.append(stop)
    return sorted(set(ends))


#: a sentence end followed by a lower-case word, and by a capitalised one (see :func:`_caseless`)
_END_LOWER = re.compile(r"[.!?]\s+[a-z]")
_END_UPPER = re.compile(r"[.!?]\s+[A-Z]")


def _caseless(text: str, ls: int, le: int) -> bool:
    """Whether a line is written without capitals (a closed-caption transcript: *… in the supplemental bill. the
    committee will mark it up today. mr. speaker, …*): at least two sentence ends before a lower-case word, and
    more than three times as many as before a capitalised one. In such a line a lower-case word after ``.``, ``!``
    or ``?`` opens a sentence (abbreviations and initials aside: *mr. jones*)."""
    lower = sum(not _is_abbreviation(text, m.start()) for m in _END_LOWER.finditer(text, ls, le))
    return lower >= 2 and lower > 3 * len(_END_UPPER.findall(text, ls, le))


#: a caption or recording time code inside running text: ``TimeCode: 14:38:25.7``, ``[00:12:31]``, ``01:02:03,500``
_TIME_CODE = re.compile(r"[\[(]?(?:\b[A-Z][\w-]*(?: [A-Z][\w-]*)?:\s*)?\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?\b[\])]?")


#: the stamps of a lyrics/subtitle transcript (LRC): ``[01:42.45]`` before each phrase, ``[ti:Title]``, ``[ar:Name]``
#: tags at its head (not ``[12:30]`` alone: :data:`TRANSCRIPT_CODES` of them make a transcript)
_TRANSCRIPT_CODE = re.compile(r"\[\d{1,3}:[0-5]\d(?:[.:]\d{1,3})?\]|\[(?:ti|ar|al|au|by|re|ve|offset|length):[^\]\n]{0,120}\]")
#: the head of a subtitle cue (SRT, WebVTT), with the line breaks around it: a blank line, the cue number, the
#: timing line ``00:00:03,600 --> 00:00:06,200``; and a WebVTT file's first line
_CUE_HEAD = re.compile(r"(?:\A[ \t]*WEBVTT[^\n]*)?\s*(?:^[ \t]*\d+[ \t]*\r?\n)?[ \t]*\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}"
                       r"[ \t]*-->[ \t]*\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}[^\n]*(?:\r?\n|\Z)", re.M)
#: fewest phrase stamps or cue heads that make a text a transcript
TRANSCRIPT_CODES = 3


def mask_transcript_codes(text: str) -> str:
    """``text`` with the stamps of a lyrics/subtitle transcript blanked out by as many spaces, so that offsets still
    index the raw text: the phrase stamps of an LRC file (``[00:42.45]Prices fell [00:44.96]in May.``) and the cue
    heads of an SRT or WebVTT file (number and timing lines, with the line breaks around them, so that a sentence
    running over two cues is one line). The sentences, clauses and titles read the words alone; quotes are cut from
    the raw text at the same offsets. ``text`` itself when it holds fewer than :data:`TRANSCRIPT_CODES` stamps or
    cue heads (a bracketed clock time in prose stays).

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        Of the same length as ``text``.
    """
    if text.count("-->") >= TRANSCRIPT_CODES and \
            sum(1 for _ in zip(range(TRANSCRIPT_CODES), _CUE_HEAD.finditer(text))) >= TRANSCRIPT_CODES:
        text = _CUE_HEAD.sub(_blank, text)
    if text.count(":") < TRANSCRIPT_CODES or \
            sum(1 for m in _TRANSCRIPT_CODE.finditer(text) if m.group(0)[1].isdigit()) < TRANSCRIPT_CODES:
        return text
    return _TRANSCRIPT_CODE.sub(_blank, text)


def _blank(m: re.Match) -> str:
    """As many spaces as the match has characters."""
    return " " * len(m.group(0))


def _append_run(out: list[Sentence], text: str, s: int, e: int) -> None:
    """Append ``text[s:e]`` as a sentence, or, when it is longer than a quote may be (``_MAX_QUOTE``) and holds time
    codes (:data:`_TIME_CODE`, the stamps of a caption transcript), as the pieces between them (each stamp opens
    the piece after it), so that a date in a long unpunctuated run of speech dates only its own piece."""
    cuts = [m.start() for m in _TIME_CODE.finditer(text, s, e) if m.start() > s] if e - s > _MAX_QUOTE else []
    for a, b in zip([s] + cuts, cuts + [e]):
        for piece_start, piece_end in _pieces(text, a, b):
            _append(out, text, piece_start, piece_end)


#: the longest run of text read as one sentence, in characters. Longer runs are no sentence news prints (the longest
#: of the 21,672 sentences of the development stories has 1,999 characters) but a page that lost its sentence ends
#: (a flattened list, a scrape without punctuation); each date's clause is analysed over its whole sentence, so such a
#: run cost time quadratic in its length (a 2,000-word run took minutes). It is read in pieces of at most this length.
LONGEST_SENTENCE = 2500
#: the shortest piece of an over-long run: longer than any sentence news prints, so that no piece reads as one (the
#: lede's and the undated rules skip runs of more than 2,000 characters; a run's tail read as a sentence would give
#: an event of a page that lost its sentence ends)
SHORTEST_PIECE = 2010
#: where a piece of an over-long run ends, best first: after a semicolon, a comma, any white space
_PIECE_BREAKS = (re.compile(r";\s"), re.compile(r",\s"), re.compile(r"\s"))


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``text[s:e]`` as pieces of :data:`SHORTEST_PIECE` to :data:`LONGEST_SENTENCE` characters, each ending at the
    last semicolon, comma or space of its window after :data:`SHORTEST_PIECE` (else cut at the window's end), the
    last piece taking a rest shorter than :data:`SHORTEST_PIECE`; one piece when the run is not longer."""
    out = []
    while e - s > LONGEST_SENTENCE:
        window = text[s : s + LONGEST_SENTENCE]
        cut = LONGEST_SENTENCE
        for mark in _PIECE_BREAKS:
            found = [m.end() for m in mark.finditer(window, SHORTEST_PIECE)]
            if found:
                cut = found[-1]
                break
        if e - s - cut < SHORTEST_PIECE:  # the rest would read as a sentence: the last piece takes it
            break
        out.append((s, s + cut))
        s += cut
    return out + [(s, e)]


#: a line that ends a sentence, a heading or a list item (not cut by a hard wrap)
_LINE_END = re.compile(r"[.!?…:;\"'”’)\]|*•-]\s*$")
#: the widths of a hard-wrapped text (a release or transcript broken at a fixed width): the shortest wrap width of a
#: hard-wrapped paragraph and the share of it a wrapped line fills (:func:`_logical_lines`), and the longest line
#: of a hard-wrapped text (:func:`_paragraph_start`)
HARD_WRAP_WIDTH, HARD_WRAP_FILL, HARD_WRAP_LONGEST = 50, 0.7, 80


#: a line opening a list item ('- "Headline" — Outlet', '• …', '2. …'): never a wrapped line's continuation
_LIST_ITEM = re.compile(r"(?:[-–—*•·>]|\d{1,2}[.)])\s")


def _title_case(line: str) -> bool:
    """Whether most words of a line are capitalised (a headline, a list of story titles), not wrapped prose.
    Initials and the letters of an abbreviation are no words (*U.S. seaports.* ends a wrapped sentence)."""
    words = re.findall(r"(?<![\w.])[^\W\d_][\w’'-]+", line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _logical_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of ``text[start:end]``, a hard-wrapped paragraph's lines joined into one.

    Text extracted from a PDF or a plain-text release wraps its paragraphs at a fixed width (*… with the backing
    of the regional health authorities,* / *ordered the closure of all schools …*). A line continues into the
    next one (a single line break between them) when it ends without a sentence end and either the next one opens
    in lower case or this one ends with a word that never ends a paragraph (:func:`timeline.articles.wraps_into`),
    or the text is hard-wrapped and this line fills the wrap width: at least
    :data:`HARD_WRAP_FILL` of the longest line (itself at least :data:`HARD_WRAP_WIDTH` characters), and the text
    has at least two such lines cut without a sentence end, neither line a headline (most words capitalised,
    :func:`_title_case`) unless this one ends with a comma: a headline never does, a wrapped list of names does
    (*the Mayors of Harbor City, Riverton, Lakeside,* / *Eastport and Millbrook signed …*). A short line (a heading,
    a time stamp) and a line after a blank one never continue — except in a double-spaced text (every line break
    followed by a blank line, and at least two lines that so run on: a bill's text), where one blank line is a line
    break and two end a paragraph. White-space-only lines are blank.
    """
    lines = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^\n\r]*\S[^\n\r]*", text[start:end])]
    width = max((len(text[a:b].rstrip()) for a, b in lines), default=0)
    full = [len(text[a:b].rstrip()) >= HARD_WRAP_FILL * width and not _LINE_END.search(text[a:b]) for a, b in lines]
    wrapped = width >= HARD_WRAP_WIDTH and sum(full) >= 2
    breaks = [len(re.findall(r"\n|\r(?!\n)", text[b:a])) for (_, b), (a, _) in zip(lines, lines[1:])]
    spaced = bool(breaks) and min(breaks) == 2 and sum(
        n == 2 and wraps_into(text[a:b], text[c:d]) for n, (a, b), (c, d) in zip(breaks, lines, lines[1:])) >= 2
    out: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(lines):
        if out and k and breaks[k - 1] == (2 if spaced else 1):
            last, head = text[lines[k - 1][0]:lines[k - 1][1]].strip(), text[a:b].lstrip()
            if wraps_into(last, head) or (
                    last and not _LINE_END.search(last) and head and not _LIST_ITEM.match(head) and wrapped
                    and full[k - 1] and (last.endswith(",") or not _title_case(last) and not _title_case(head))):
                out[-1] = (out[-1][0], b)
                continue
        out.append((a, b))
    return out


def _append(out: list[Sentence], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(s, e))


# --------------------------------------------------------------------------- titles and lanes

_WORD = re.compile(r"[\w’'-]+", re.U)
_STOP = set(
    """a an the of for in on at to by with from and or but as is was were be been being are that this these those
    it its their his her they them he she we our you your not no so than then there here which who whom whose what
    when where while after before since until over under into about also only even just more most such some any all
    each both other another has have had do does did will would can could shall should may might must very
    first last next later earlier ago year years month months week weeks day days""".split()
)
_CONNECT = {"of", "for", "the", "a", "on", "and", "de", "-", "to", "in"}


def _proper_phrases(text: str) -> list[str]:
    """Runs of capitalised words (joined by of/for/the …), longest first."""
    tokens = list(re.finditer(r"[A-Z][\w’'.-]*|[a-z]+|\S", text))
    phrases: list[str] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        while run and run[-1].group(0).lower() in _CONNECT:
            run.pop()
        caps = [t for t in run if t.group(0)[0].isupper()]
        if len(caps) >= 2 or (caps and len(caps[0].group(0)) > 3 and caps[0].group(0).isupper()):
            phrases.append(text[run[0].start() : run[-1].end()])
        run.clear()

    for i, tok in enumerate(tokens):
        word = tok.group(0)
        if word[0].isupper() and not (i and tokens[i - 1].group(0) in ".!?"):
            run.append(tok)
        elif run and word.lower() in _CONNECT:
            run.append(tok)
        else:
            flush()
    flush()
    return sorted(phrases, key=len, reverse=True)




#: a short tag in brackets after a name (*Rep. Jane Roe (D-NJ)*, *the agency (EPA)*, *Jo Doe (CA-05)*): part of the
#: noun phrase, no clause boundary
_NAME_TAG = re.compile(r"(?<=[A-Za-z.]) \([A-Z][A-Za-z.&]*(?:(?: ?[-–/,] ?| )[A-Z0-9][A-Za-z0-9.&]*){0,3}\)")


#: an en dash inside a coded name, unspaced after a capital or a digit of a word that holds a letter and before a
#: word character (*KRV–19*, *Q7R2–like*): print setting's hyphen, no clause boundary (as the clause reader's tokens
#: read it); a number's range (*1990–95*) and a dash after a lower-case letter (*rose–and fell*) are not matched
_CODED_DASH = re.compile(r"(?<![\w–])(?=[\w]*[^\W\d_])[\w]*[A-Z\d]–(?=\w)")


def _clause(text: str, sent: Sentence, mention: DateMention) -> tuple[int, int]:
    """The clause of a long sentence (or quote) around a mention (split at ; – — and parentheses; not at a short tag
    after a name after the mention, :data:`_NAME_TAG`: *said today that he asked Chairman Jo Roe (D-NY) to …*; nor
    at the en dash of a coded name, :data:`_CODED_DASH`: *the KRV–19 outbreak*)."""
    s, e = sent.start, sent.end
    tags = [(t.start(), t.end()) for t in _NAME_TAG.finditer(text, mention.end, sent.end)
            if re.match(r"\s+[a-z]+\b(?<!ing)", text[t.end() : t.end() + 30])]  # its verb follows: 'Roe (D-NY) voted'
    tags += [(t.start() - 1, t.end()) for t in _CODED_DASH.finditer(text, sent.start, sent.end)]

    for m in re.finditer(r"[;–—()]|, and |, but |, while ", text[sent.start : sent.end]):
        pos = sent.start + m.start()
        if any(a < pos < b for a, b in tags):
            continue
        if pos < mention.start:
            s = sent.start + m.end()
        elif pos >= mention.end:
            e = pos
            break
    return s, e


# --------------------------------------------------------------------------- per article


def _event_date(m: DateMention) -> str | None:
    if m.type not in ("DATE", "TIME") or m.underspecified or m.precision not in _DATABLE:
        return None
    if m.precision == "century" or m.precision == "decade" and m.anchor != "absolute" or m.note == SPAN_NOTE:
        return None  # "for the 21st century", "over the past decade", "over the past year": a trend's span
    value = m.value.split("T")[0] if m.precision == "time" else m.value
    value = value.removesuffix("-WE")  # a weekend ('2011-W10-WE'): the period of its week, which holds it
    try:
        period = parse_period(value)
    except PeriodError:
        return None
    if m.precision == "week" and m.mod in _HEDGED_SIDES and m.anchor in ("publication", "mention"):
        return _hedged_week(period, m.mod)
    return value


#: the weeks a hedged distance may mean beside the one it counts back to: 'nearly two weeks ago' (less than two:
#: the week after as well), 'more than two weeks ago' (the week before), 'about two weeks ago' (either)
_HEDGED_SIDES = {"LESS_THAN": (0, 1), "APPROX": (-1, 1), "MORE_THAN": (-1, 0), "EQUAL_OR_LESS": (0, 1),
                 "EQUAL_OR_MORE": (-1, 0)}


def _hedged_week(week: Period, mod: str) -> str:
    """The date of a hedged count of weeks back (*nearly two weeks ago*, *about three weeks ago*): the month that
    holds the week it counts to and the week it may mean beside it, else that week (they straddle two months); a
    hedged distance does not name one week."""
    before, after = _HEDGED_SIDES[mod]
    first = week.start + dt.timedelta(days=7 * before)
    last = week.end + dt.timedelta(days=7 * after - 1)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return week.value


def article_mentions(
    article: Article,
    *,
    tagger: Callable[..., list[DateMention]] = find_dates,
    foreign_tagger: Callable[..., MultilingualDates] = find_dates_multilingual,
    mode: str = "auto",
) -> tuple[list[DateMention], list[Sentence], str]:
    """The date mentions and the sentences of an article's story, and the language they were read in.

    The language is the article's ``language`` (from ``articles.csv``) or,
    when not given, the one detected in the story
    (:func:`timeline.multilingual.detect_language`). English goes to
    ``tagger``; another language dateparser knows goes to ``foreign_tagger``
    (:func:`timeline.multilingual.find_dates_multilingual`), with sentence
    breaks inside dates and abbreviations repaired; a language dateparser
    does not know is read as English, with a warning.

    Parameters
    ----------
    article : Article
    tagger : callable, optional
        The English tagger, ``find_dates`` by default.
    foreign_tagger : callable, optional
        The tagger for other languages, ``find_dates_multilingual`` by default.
    mode : {"auto", "news", "narrative"}, optional
        How the English tagger anchors year-less dates (see :func:`timeline.dates.find_dates`).

    Returns
    -------
    mentions : list of DateMention
    sentences : list of Sentence
        The story's sentences (boilerplate excluded), in order.
    language : str
        The ISO 639-1 code the dates were read in (``"en"`` for the English tagger).

    Warns
    -----
    UserWarning
        When relative expressions of a non-English article are dropped for want
        of a publication date, or when its language is not supported.
    """
    text = article.text
    sents = [s for bs, be in article.body for s in sentences(text, bs, be)]
    language = article_language(article)
    if language != ENGLISH and not is_supported(language):
        warnings.warn(f"{article.path}: language {language!r} is not supported; read as English", stacklevel=2)
        language = ENGLISH
    if language == ENGLISH:
        return _english_mentions(article, tagger, mode), sents, ENGLISH
    spans = cut_sentences(text, rejoin_sentences(text, [(s.start, s.end) for s in sents], language=language))
    found = foreign_tagger(text, language=language, spans=spans, relative_to=article.published)
    if found.unresolved:
        shown = ", ".join(repr(t) for t in found.unresolved[:5]) + (" …" if len(found.unresolved) > 5 else "")
        warnings.warn(
            f"{article.path}: no publication date; {len(found.unresolved)} relative date expression(s) dropped "
            f"({shown})",
            stacklevel=2,
        )
    return found.mentions, [Sentence(s, e) for s, e in spans], language


def article_language(article: Article) -> str:
    """The language of an article's story: its ``language`` (from ``articles.csv``) or the one detected in its
    story (:func:`timeline.multilingual.detect_language`), an ISO 639-1 code.

    Parameters
    ----------
    article : Article

    Returns
    -------
    str
    """
    return article.language or detect_language(" ".join(article.text[bs:be] for bs, be in article.body))


class OtherLanguages(UserWarning):
    """Pages of a run in a language the English tagger does not read (one line per run:
    :func:`timeline.multilingual.other_languages_line`)."""


def warn_other_languages(pages: Iterable[tuple[str, bool]]) -> None:
    """Warn (:class:`OtherLanguages`, one line) when pages are not in English (see
    :func:`timeline.multilingual.other_languages_line`).

    Parameters
    ----------
    pages : iterable of (str, bool)
        Each page's language (:func:`article_language`) and whether it gave no event.
    """
    line = other_languages_line(pages)
    if line:
        warnings.warn(line, OtherLanguages, stacklevel=3)


def _english_mentions(article: Article, tagger: Callable[..., list[DateMention]], mode: str) -> list[DateMention]:
    """The English tagger's mentions of an article (:func:`article_mentions`): bound to the year of writing when
    the folder stage knows only that; on an undated page the folder stage dated, its reading without a publication
    date (:func:`timeline.folder_dates.page_mentions`: reused by the default tagger, read the same way by another,
    an engine's counting one) and what only its writing resolves (:func:`timeline.folder_dates.own_day_mentions`);
    else read from the publication date; on a page without
    one not read as a narrative (``mode``), a weekday of its newest printed date set on that date
    (:func:`timeline.folder_dates.newest_day_weekdays`) and one carried a week past it read in its week
    (:func:`timeline.folder_dates.news_week_weekdays`);
    the folder's years added (:func:`timeline.folder_dates.with_folder_years`)."""
    text = article.text
    dating = getattr(article, "dating", None)
    kwargs = {"skip": article.boilerplate, "dayfirst": getattr(article, "dayfirst", None), "mode": mode}
    if dating is not None and dating.year is not None:  # only the year of writing is known (folder_dates)
        mentions = year_bound_mentions(text, tagger, dating.year, folder_years=dating.folder_years, **kwargs)
    elif dating is not None and article.published is None and mode != "news":
        if dating.mentions is not None and tagger is find_dates:
            mentions = list(dating.mentions)  # read so already by the folder stage (folder_dates.page_mentions)
        else:  # another tagger (an engine's counting one) reads the page as the folder stage did
            mentions = unanchored_from_background(
                tagger(text, relative_to=None, skip=kwargs["skip"], dayfirst=kwargs["dayfirst"]), dating.folder_years)
        if dating.written_after is not None:
            mentions = own_day_mentions(text, tagger, mentions, dating.written_after, **kwargs)
    else:
        mentions = tagger(text, relative_to=article.published, **kwargs)
    if article.published is None and mode != "narrative":  # a news page read in its story's time (not a history)
        mentions = news_week_weekdays(newest_day_weekdays(mentions), text)
    if mode != "narrative":  # bare weekdays on the days of the week the folder reports (folder_dates.week_days)
        mentions = week_day_mentions(mentions, dating)
    return with_folder_years(mentions, dating)


class UnresolvedDates(UserWarning):
    """Date expressions of an article that nothing fixes (no year in the text, no publication date): left out."""


def _warn_unresolved(article: Article, mentions: Sequence[DateMention], records: Sequence[Mapping]) -> None:
    """Say which date expressions no candidate can be made of because nothing fixes them ('March 13' with no year
    in the text and no publication date, 'Wednesday', 'a decade ago'): they are left out, never dated by the
    clock, and the user learns which ones and how to date them (:class:`UnresolvedDates`). An expression a record
    was made of after all (a counted day of something going on, dated by the publication) is not named."""
    made = {(r[E.date_text], r[E.quote_start], r[E.quote_end]) for r in records}
    lost = [m.text for m in mentions if m.type in ("DATE", "TIME") and m.underspecified
            and not any(t == m.text and a <= m.start < b for t, a, b in made)]
    if lost:
        shown = ", ".join(repr(t) for t in lost[:5]) + (" …" if len(lost) > 5 else "")
        if article.published is None:
            told = f"no year or publication date fixes them ({shown}){GIVE_DATE}"
        else:  # its publication date is known: no date to give, the day is the text's to tell (*that Tuesday*)
            told = f"neither the text nor the publication date fixes them ({shown})"
        warnings.warn(f"{article.path}: {len(lost)} date expression(s) left out, {told}", UnresolvedDates,
                      stacklevel=3)


def _when(value: str, published) -> str:
    """``past`` or ``future`` when the period lies wholly before or after the publication day ("" otherwise)."""
    if published is None:
        return ""
    p = parse_period(value)
    if p.end <= published:
        return "past"
    if p.start > published:
        return "future"
    return ""


@dataclass(frozen=True)
class PageReading:
    """What the reading of one page gives: its candidate records (:func:`extract_article`) and the candidates of its
    sentences opened by a distance from a named event, which wait for the folder to date that event
    (:class:`timeline.counted.CountedCandidate`, dated by :class:`timeline.counted.FolderCounting`)."""

    records: list[dict]
    counted: list[CountedCandidate]


def read_page(
    article: Article,
    *,
    lanes: Lanes | None = None,
    tagger: Callable[..., list[DateMention]] = find_dates,
    foreign_tagger: Callable[..., MultilingualDates] = find_dates_multilingual,
    mode: str = "auto",
) -> PageReading:
    """Read one page: :func:`extract_article`'s records and the page's counted candidates (:class:`PageReading`), as
    :func:`extract` and the engine (:func:`timeline.engine.process_source`) read each page.

    Parameters
    ----------
    article : Article
    lanes, tagger, foreign_tagger, mode
        As for :func:`extract_article`.

    Returns
    -------
    PageReading
    """
    counted: list[CountedCandidate] = []
    records = extract_article(article, lanes=lanes, tagger=tagger, foreign_tagger=foreign_tagger, mode=mode,
                              counted=counted)
    return PageReading(records, counted)


def extract_article(
    article: Article,
    *,
    lanes: Lanes | None = None,
    tagger: Callable[..., list[DateMention]] = find_dates,
    foreign_tagger: Callable[..., MultilingualDates] = find_dates_multilingual,
    mode: str = "auto",
    counted: list[CountedCandidate] | None = None,
) -> list[dict]:
    """Propose event candidates from one article (a pure function of the article).

    Parameters
    ----------
    article : Article
        The article; boilerplate regions are skipped. Its dates are found in
        its language (see :func:`article_mentions`).
    lanes : mapping, optional
        Lane names and their words (:func:`timeline.lanes.load_lanes`); default
        the generic event kinds of :mod:`timeline.lanes`.
    tagger : callable, optional
        The temporal tagger for English, ``find_dates`` by default.
    foreign_tagger : callable, optional
        The tagger for other languages (see :func:`article_mentions`).
    mode : {"auto", "news", "narrative"}, optional
        How year-less dates are anchored (see :func:`timeline.dates.find_dates`): "auto" reads an article with a
        publication date as news, one without as a narrative dated by its own dates.
    counted : list, optional
        When given, the page's sentences opened by a distance from a named event are appended to it as
        :class:`timeline.counted.CountedCandidate` (their date waits for the folder: :func:`read_page`,
        :class:`timeline.counted.FolderCounting`); they are no records of the page alone.

    Returns
    -------
    list of dict
        One record per dated mention, with the events-frame columns (``event_id``
        provisional: merged later) plus :data:`CANDIDATE_COLUMNS`. Mentions that
        share a quote and give the same or nested dates (a dateline ``April 4
        (Wire) -`` and "on Monday" in one sentence; a weekday and its full date)
        give one record: see :func:`_fold_same_quote`. No title, actors, lane or
        note holds a control character (:func:`plain_record`); quotes stay verbatim.
    """
    dating = getattr(article, "dating", None)
    published = article.published
    raw = article.text
    year_only = article.published is None and dating is not None and dating.year is not None
    article = _prepared(article, dating)
    mentions, sents, language = article_mentions(article, tagger=tagger, foreign_tagger=foreign_tagger, mode=mode)
    act = act_heading(article.text) if language == ENGLISH and mode != "narrative" else None
    if act is not None:  # the gazette's lines over an act (its issue's day, its pages) date no event
        mentions = [x for x in mentions if x.start >= act.start()]
    box = later_news_box(article.text, article.published)
    if box:  # a site's box of its later stories on an older page: links, not the page's news (sections)
        mentions = [x for x in mentions if not any(s <= x.start < e for s, e in box)]
    # not a date the loader itself inferred from an archive photo's caption (its note then says 'inferred: …'); a
    # news photo's day counts (NEWS_PHOTO_DAY: its records marked estimated, _photo_day_records); an analyst's date
    # in articles.csv counts, whatever its published_source
    known = article.published is not None and not (article.published_source == "inferred"
                                                   and article.note.startswith("inferred:"))
    ends = period_ends(article.text, mentions)
    opened = {a: b for b, a in ends.items()}
    ctx = _Reading(article, sents, [s.start for s in sents], mentions, chronicle_entries(article, sents),
                   english=language == ENGLISH, known=known, lanes=lanes,
                   own=[(x.start, x.end) for x in mentions if _event_date(x) is not None],
                   periods=_period_spans(article.text, mentions, ends), year_only=year_only)
    tables = _isolated_tables(ctx, tagger, mode) if ctx.english else []
    records: list[dict] = [r for t in tables for r in _table_records(ctx, t)]
    for i, m in enumerate(mentions):
        if i in ends:
            continue  # the end of a period another mention opens ('between May 3 and May 5'): no event of its own
        if any(t.span[0] <= m.start < t.span[1] for t in tables):
            continue  # a table's row is its event (_table_records), not the sentences its cells would make
        here = _isolated(article, f"the date {m.text!r} at character {m.start}", lambda m=m: _mention_records(ctx, m))
        if i in opened:
            _close_period(here, m, mentions[opened[i]])
        records += here
    if ctx.english:
        records += _isolated(article, "the notes heading statements", lambda: _note_records(ctx, records, tagger=tagger))
    if ctx.english and article.published is None and mode != "narrative":  # an index of dated items: their ledes
        records += _isolated(article, "the ledes of dated items", lambda: _embedded_lead_records(
            article, sents, mentions, _header_mentions(article, tagger), lanes=lanes, items=True))
    if act is not None:  # an act as its gazette prints it: the act on its day; the gazette's day dates no sentence
        records += _isolated(article, "the act's heading", lambda: _act_heading_records(article, act, tagger,
                                                                                       lanes=lanes))
    if ctx.english and known and mode != "narrative" and act is None:
        records += _isolated(article, "the page's headline and lead",
                             lambda: _news_page_records(ctx, records, tagger=tagger))
        records += _isolated(article, "the page's undated news", lambda: _page_news_records(ctx, records))
        records += _isolated(article, "the act its heading names", lambda: _heading_act_records(article, records,
                                                                                               lanes=lanes))
        records += _isolated(article, "the statement its headline names", lambda: _statement_page_records(ctx, records))
    elif ctx.english and mode != "narrative":  # a hearing record is printed months after its day: no page date needed
        records += _isolated(article, "the hearing record's cover",
                             lambda: _hearing_cover_records(article, tagger, lanes=lanes))
    if ctx.english and mode != "narrative":  # a notice's deadlines are dated by its fields, not by the page
        records += _isolated(article, "the notice's date fields", lambda: _notice_field_records(article, tagger,
                                                                                                  lanes=lanes))
    _warn_unresolved(article, mentions, records)
    if ctx.english:
        records = _without_restated_speech(article.text, records)
    if ctx.english and known:
        _isolated(article, "the titles from the headline", lambda: _retitle_by_headline(article, sents, records))
    if counted is not None:
        waiting = _isolated(article, "the distances from named events",
                            lambda: _counted_candidates(ctx, records, published))
        written = _as_written([c.record for c in waiting], article, raw)
        counted += [replace(c, record=plain_record(r)) for c, r in zip(waiting, written)]
    records = _as_written(_fold_same_quote(records), article, raw)
    records = _photo_day_records(records, article)
    return [plain_record(r) for r in year_records(records, dating, anchors=("publication", UNDATED_ANCHOR))]


#: the confidence factor of a record dated by a publication day the loader inferred from a news photo's caption
_PHOTO_DAY_WEIGHT = 0.8


def _photo_day_records(records: list[dict], article: Article) -> list[dict]:
    """The records of a page whose publication day the loader inferred from a news photo's caption
    (:data:`timeline.articles.NEWS_PHOTO_DAY`): those dated by that day (anchor ``publication`` or ``undated``) say
    so in their note, with a lower confidence (:data:`_PHOTO_DAY_WEIGHT`): the day is estimated, never printed."""
    if article.published_source != "inferred" or not article.note.startswith(NEWS_PHOTO_DAY):
        return records
    for r in records:
        if r.get("anchor") in ("publication", UNDATED_ANCHOR):
            r[E.note] = "; ".join(n for n in (r.get(E.note, ""), f"publication day {article.published} estimated "
                                              "from a news photo's caption") if n)
            r["confidence"] = round(_PHOTO_DAY_WEIGHT * float(r.get("confidence", 0.5)), 3)
    return records


def _as_written(records: Sequence[dict], article: Article, raw: str) -> list[dict]:
    """The records of the page ``article`` read, as its ``raw`` text writes them (:func:`_cut_raw`), each with the
    page's publication day (:data:`timeline.identity.PAGE_DAY`) when the page or its metadata gives it."""
    code = "\\" in raw and read_escapes(raw) != raw  # a page kept as code: its quotes are read by their escapes
    markup = "<" in raw and is_html(raw)  # a page saved as its HTML source: its quotes are read without markup
    extra = _extra_characters(raw, code)
    records = [_cut_raw(_off_markup(r, raw) if markup else r, raw, article.text, extra, code=code, markup=markup)
               for r in records]
    if article.published is not None and article.published_source != "inferred":  # a day the page or its
        # metadata gives, not one the folder guessed: a mention of a day long before it retells it (attach_retold)
        records = [{**r, PAGE_DAY: article.published.isoformat()} for r in records]
    return records


#: the weight of the confidence of a record dated by its distance from an event the folder dates
#: (:mod:`timeline.counted`)
_COUNTED_WEIGHT = 0.6
#: a distance from an event anywhere in a text: only such a text is looked at by :func:`_counted_candidates`
_COUNTED_HINT = re.compile(r"\b(?:day|week|month|year)s?\s+(?:after|before)\s")


def _counted_candidates(ctx: _Reading, records: Sequence[Mapping], published: dt.date | None) -> list[CountedCandidate]:
    """The page's sentences opened by a distance from an event they name (*Five days after the harbour fire, the
    mayor resigned.*) with no candidate of their own, each with its record waiting for the folder to date the named
    event (:class:`timeline.counted.FolderCounting`): the sentence's main clause after the opening, when it tells
    an event in the past; ``published`` (the page's own publication day) bounds the named event's day."""
    text = ctx.article.text
    if not _COUNTED_HINT.search(text):
        return []
    out = []
    for found in counted_openings(text, [(x.start, x.end) for x in ctx.sents]):
        if any(found.start <= r[E.quote_start] < found.end for r in records):
            continue  # the sentence is dated already
        info = analyse(text, found.start, found.end, found.start, found.clause_start)
        if info.kind in NON_EVENT_KINDS or info.verb_form not in ("past", "passive", "perfect"):
            continue
        written = text[found.start : found.clause_start].strip(" ,")
        rec = _record(ctx.article, "", make_title(text, info, found.start, found.clause_start),
                      (found.start, found.end), text[found.clause_start : found.end], lanes=ctx.lanes,
                      note=f"dated by {written!r}: {found.amount} {found.unit}(s) {found.way} the day the folder "
                           f"dates {found.what!r}", confidence=_COUNTED_WEIGHT, date_text=written, anchor="mention")
        out.append(CountedCandidate(rec, found, published))
    return out


def _isolated_tables(ctx: _Reading, tagger: Callable[..., list[DateMention]], mode: str) -> list[Table]:
    """The chronologies laid out as tables on the page (:func:`timeline.tables.find_tables`), their date cells
    dated by the page's mentions (read with its publication date and its folder's years) and, where it has none (a
    row the loader took for a dateline), by ``tagger`` as the page is read; none when reading them raises (one
    :class:`StepFailedWarning`)."""
    article = ctx.article
    found: list[Table] = []

    def step() -> None:
        found.extend(find_tables(article.text, lambda piece: tagger(
            piece, relative_to=article.published, dayfirst=getattr(article, "dayfirst", None), mode=mode),
            known=ctx.mentions))

    _isolated(article, "the tables of dated rows", step)
    return found


#: the note of a record a table's row gives
TABLE_ROW_NOTE = "a table's row: its date cell dates its event cell"


def _table_records(ctx: _Reading, table: Table) -> list[dict]:
    """One record per row of a table (:class:`timeline.tables.Table`): dated by its date cell, quoting the row from
    its date cell to its event cell, titled from its event cell; a row whose date cell reads as no date (*soon*,
    *TBD*) is named in one :class:`UnreadTableRow` warning, not dropped silently."""
    article, text = ctx.article, ctx.article.text
    out: list[dict] = []
    unread = list(table.unread)
    for row, m in zip(table.rows, table.dates):
        date = _event_date(m)
        if date is None:
            unread.append(row)
            continue
        qs, qe = row.line
        es, ee = row.event
        info = analyse(text, es, ee, es, es, when=_when(date, article.published))  # the cell, its date apart
        title = make_title(text, info, es, es)
        if not title or title == FALLBACK_TITLE:
            title = fit_title(text[es:ee].split()) or FALLBACK_TITLE
        out.append(_dated_record(article, m, date, title, (qs, qe), text[es:ee], lanes=ctx.lanes,
                                 note=_mention_note(m, TABLE_ROW_NOTE), confidence=_mention_confidence(m)))
    if unread:
        shown = "; ".join(f"line {text.count(chr(10), 0, r.line[0]) + 1}: {text[slice(*r.date)]!r}"
                          for r in sorted(unread, key=lambda r: r.line)[:5])
        warnings.warn(f"{article.path}: {len(unread)} row(s) of a dated table give no event, their date cell "
                      f"reads as no date ({shown}{' …' if len(unread) > 5 else ''})", UnreadTableRow, stacklevel=3)
    return out


def _isolated(article: Article, where: str, step: Callable[[], list | None]) -> list:
    """The records ``step()`` gives (none when it gives ``None``); when it raises, none, with one
    :class:`StepFailedWarning` naming the article's file and ``where`` (a date mention or a pass over the page), so
    that a text breaking one step loses that step's events only, not the article's other events.

    Parameters
    ----------
    article : Article
        The article being read (for its file in the warning).
    where : str
        What the step reads, for the warning ("the date 'Monday' at character 120").
    step : callable
        The step, without arguments.

    Returns
    -------
    list of dict
        The step's records.
    """
    try:
        return step() or []
    except Exception as exc:  # one sentence or pass must not cost the article's other events
        warnings.warn(f"{article.path}: extraction failed at {where} ({type(exc).__name__}: {exc}); "
                      "its events skipped, the rest of the article kept", StepFailedWarning, stacklevel=3)
        return []


def _extra_characters(raw: str, code: bool) -> list[int]:
    """Offsets of the characters of ``raw`` that a plain text would not hold, sorted: the carriage return of each
    Windows line end and, on a page kept as code (``code``), all but one character of each escape sequence
    (``\\n``, ``\\u2019``); empty for a plain text with Unix line ends."""
    extra = [m.start() for m in re.finditer("\r\n", raw)] if "\r\n" in raw else []
    if code:
        extra += [k for m in ESCAPE.finditer(raw) for k in range(m.start() + 1, m.end())]
    return sorted(extra)


#: a blank line right before a position (only spaces, tabs and line ends after it): a paragraph opens there
_BLANK_LINE_BEFORE = re.compile(r"\n[ \t\r]*\n[ \t\r\n]*\Z")


def _off_markup(rec: dict, raw: str) -> dict:
    """The record of a page saved as HTML with its quote's ends off the markup: an end inside a character reference
    (``&amp;``, read as its character after spaces) or in the word it joins (:func:`timeline.textio.entity_word_end`)
    moved to the word's end, and a start there to the reference's start, so that the quote holds them whole.
    Its ends are never inside a tag (tags read as blanks, and a quote is cut from what the page says)."""
    start, end = rec[E.quote_start], rec[E.quote_end]
    for m in ENTITY.finditer(raw, max(0, start - 12), min(len(raw), end + 12)):
        word_end = entity_word_end(raw, m)  # (a word a reference joins is read right after it: its letters moved)
        if m.start() < start < word_end:
            start = m.start()
        if m.start() < end < word_end:
            end = word_end
    if (start, end) == (rec[E.quote_start], rec[E.quote_end]):
        return rec
    return {**rec, E.quote_start: start, E.quote_end: end}


def _cut_raw(rec: dict, raw: str, read: str, extra: Sequence[int] = (), *, code: bool = False,
             markup: bool = False) -> dict:
    """The record with its quote cut from the raw text (``read``, the text extraction read, has the same length), its
    title on one line (a phrase cut across a line break keeps no break: *priority\\ngroups*, or *priority \\ngroups*
    in a file saved with Windows line ends, gives *priority groups*),
    its date expression as the raw text writes it where that differs (``May\\r\\n8`` in a file saved with Windows
    line ends, read as ``May \\n8``; ``May&nbsp;8`` on a page saved as HTML): what the quote holds; and
    in a file not saved plain (``extra``: :func:`_extra_characters`), its quote's span as if saved plain
    (:data:`timeline.identity.PLAIN_SPAN`); on a page kept as code (``code``: a JSON record's text field), its quote
    read as its characters (:data:`timeline.identity.READ_QUOTE`); on a page saved as its HTML source (``markup``),
    a quote holding tags or character references read without them (:func:`timeline.textio.read_markup_quote`); a
    quote after a blank line marked as opening a paragraph (:data:`timeline.identity.PARAGRAPH_START`)."""
    start, end = rec[E.quote_start], rec[E.quote_end]
    out = {**rec, E.quote: raw[start:end]}
    if _BLANK_LINE_BEFORE.search(read, max(0, start - 40), start):  # as read: any line ends, escapes read
        out[PARAGRAPH_START] = True
    if code and "\\" in out[E.quote]:
        out[READ_QUOTE] = unescaped(out[E.quote])
    if markup and ("<" in out[E.quote] or "&" in out[E.quote]):
        out[READ_QUOTE] = re.sub(" {2,}", " ", read_markup_quote(out.get(READ_QUOTE) or out[E.quote]))
    if re.search(r"\s(?<! )|\s\s", out[E.title]):  # a title is one line, its words one space apart
        out[E.title] = " ".join(out[E.title].split())
    if extra:
        out[PLAIN_SPAN] = (start - bisect.bisect_left(extra, start), end - bisect.bisect_left(extra, end))
    if out.get(E.date_text) and ("\r" in raw or code or markup):
        out[E.date_text] = _raw_date_text(out[E.date_text], raw, read, start, end)
    return out


def _raw_date_text(written: str, raw: str, read: str, start: int, end: int) -> str:
    """A date expression ``written`` as read (in the quote ``read[start:end]``, else anywhere in ``read``) as the raw
    text writes it where they differ: by line ends (``May\\r\\n8`` read as ``May \\n8``), by a character reference
    of a page saved as HTML (``May&nbsp;8`` read as ``May`` and six spaces) or an escape of a page kept as code;
    else ``written``. What the quote holds, so that the expression is never left out for not occurring in it."""
    at = read.find(written, start, end)
    if at < 0:
        at = read.find(written)
    if at < 0:
        return written
    a, b = at, at + len(written)
    for m in ENTITY.finditer(raw, max(0, a - 12), min(len(raw), b + 12)):  # a reference cut: held whole, with its word
        if m.start() < b < entity_word_end(raw, m):
            b = entity_word_end(raw, m)
        if m.start() < a < m.end():
            a = m.start()
    return raw[a:b] if start <= a and b <= end else raw[at : at + len(written)]


def _prepared(article: Article, dating) -> Article:
    """The article as extraction reads it: a year of writing the folder estimated, transcript codes blanked.

    Lone carriage returns are line breaks and a string kept as code (a JSON record's text field) is read as its
    words (:func:`timeline.textio.reading_text`).
    A page without a publication date whose year of writing :func:`timeline.folder_dates.page_dating` estimated is
    read as of that year's last day (what is dated by the writing then keeps only the year: ``year_records``); the
    article itself keeps no publication date. A transcript's time stamps are read as blanks (quotes stay raw) and its
    cues joined into lines.
    """
    if article.published is None and dating is not None and dating.year is not None:
        article = replace(article, published=dt.date(dating.year, 12, 31), published_source="inferred",
                          note=dating.year_note)
    raw = article.text
    read = reading_text(raw)  # (the loader found the regions of this text)
    masked = mask_transcript_codes(read)
    if masked != raw:
        regions = find_regions(masked, title=article.title) if masked.count("\n") < read.count("\n") else article.regions
        if masked != read and dating is not None:
            dating = replace(dating, mentions=None)  # (the folder stage read the text before its codes were blanked)
        article = replace(article, text=masked, regions=regions, dating=dating)
    return article


def _news_page_records(ctx: _Reading, records: list[dict], *, tagger: Callable[..., list[DateMention]]) -> list[dict]:
    """The records a dated English news page adds to its dated mentions' ``records``.

    Letters dated by their own date line, continued events, the headline's event, the day's ongoing events of a page
    that reports news, and undated news sentences (read as looking back when the page does not report news).
    """
    article, sents, mentions, lanes = ctx.article, ctx.sents, ctx.mentions, ctx.lanes
    heads = _header_mentions(article, tagger)
    more = _letter_records(article, sents, mentions, heads, lanes=lanes)
    more += _embedded_lead_records(article, sents, mentions, heads, lanes=lanes)
    more += _continued_records(article, sents, records + more, mentions, lanes=lanes)
    more += _headline_records(article, {r[E.date] for r in records + more}, heads, lanes=lanes)
    more += _act_headline_records(article, heads, lanes=lanes)
    more += _hearing_cover_records(article, tagger, lanes=lanes)
    news = reports_news(article.published, (parse_period(r[E.date]) for r in records + more)) \
        or _headline_perfect(ctx) or _season_ahead_named(ctx)
    if news:
        more += _ongoing_day_records(ctx)
    more += _undated_news_records(ctx, records + more, looking_back=not news)
    return more


def _season_ahead_named(ctx: _Reading) -> bool:
    """Whether the page names a season that lies after its publication or around it (*an outbreak is expected this
    winter*): written in its present, it does not look back, though such a season dates no event of its own
    (:data:`timeline.clauses.SEASON_AHEAD`)."""
    published = ctx.article.published
    return published is not None and any(
        re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", m.value or "") and _when(m.value, published) != "past"
        for m in ctx.mentions)


#: the tagger's mentions of a page's header lines by their span (offsets within the line: :func:`_header_mentions`)
_Heads = Mapping[tuple[int, int], list[DateMention]]


def _header_mentions(article: Article, tagger: Callable[..., list[DateMention]]) -> _Heads:
    """The date mentions of each headline and each boilerplate date line of a page, by the line's ``(start, end)``
    (offsets within the line), read once against the publication date for the records of the page's header lines
    (:func:`_letter_records`, :func:`_embedded_lead_records`, :func:`_headline_records`,
    :func:`_act_headline_records`)."""
    return {(r.start, r.end): tagger(article.text[r.start : r.end], relative_to=article.published)
            for r in article.regions if r.label == "headline" or r.kind == "boilerplate" and r.label == "dateline"}


#: the note of a record a note heading its statement dates (:func:`_note_records`)
_NOTE_WHY = "dated by the note heading it"


def _note_records(ctx: _Reading, records: Sequence[Mapping], *, tagger: Callable[..., list[DateMention]]) -> list[dict]:
    """Candidates of the statements notes head (*Updated May 4, 2021: The ministry now attributes the outage to …*:
    :func:`timeline.sections.note_heads`): the first sentence after the note, on the note's line, read with the note
    as its date (its present tense is the note's day, as a dated list's: *May 4: Acme raises its bid*), dated by the
    note's day (read against the publication date: *UPDATE (May 3):*; read without its label, which makes a stamp),
    quoted with the note, when it states an event, gives no date of its own and no record quotes it yet."""
    article, text, out = ctx.article, ctx.article.text, []
    for head in note_heads(text, article.body):
        m = _note_day(article, head, tagger)
        i = bisect.bisect_right(ctx.starts, head.statement) - 1
        if m is None or i < 0 or ctx.sents[i].end <= head.statement:
            continue
        sent = Sentence(head.start, min(ctx.sents[i].end, head.line_end))
        if any(head.end <= x.start < sent.end for x in ctx.mentions if _event_date(x) is not None) \
                or any(sent.start <= r[E.quote_start] < sent.end for r in records):
            continue  # the statement dated by a date of its own
        date = m.value[:10]
        unlabelled = text[: head.start] + " " * (m.start - head.start) + text[m.start :]  # the label makes a stamp
        info = analyse(unlabelled, m.start, sent.end, m.start, m.end, when=_when(date, article.published))
        if info.kind in NON_EVENT_KINDS or not info.verb[1]:
            continue
        rec, info = _mention_record(ctx, m, date, info, sent, (sent.start, sent.end), [])
        rec[E.note] = _mention_note(m, _NOTE_WHY)
        out.append(rec)
    return out


def _note_day(article: Article, head: NoteHead, tagger: Callable[..., list[DateMention]]) -> DateMention | None:
    """The day a note gives, as a mention at its place in the page (None unless it gives exactly one day)."""
    found = [x for x in tagger(article.text[head.start : head.end], relative_to=article.published)
             if x.type in ("DATE", "TIME") and x.precision in ("day", "time") and x.value[:4].isdigit()]
    if len(found) != 1:
        return None
    return replace(found[0], start=found[0].start + head.start, end=found[0].end + head.start)


#: a first sentence this short is a line before the lead (a subtitle, a dateline): the lead goes on after it
_SHORT_LINE = 60


def _retitle_by_headline(article: Article, sents: Sequence[Sentence], records: list[dict]) -> None:
    """The records of the lead (the story's first sentence, or two when the first is a short line) with its latest
    date, when that is in the publication's week, take the article's headline as their title when it states the
    same event (:func:`timeline.titles.headline_title`, cut to fit when longer than a title) and says at least as
    much as the title made from the sentence (:func:`timeline.titles.informativeness`): the headline writer's
    summary of the lead. When that lead holds no record (site chrome, a release's contact lines), the first of the
    next three sentences that holds one is the lead, unless the headline names a statement (a label, no event); a
    headline's prospect ('… set to …', :data:`_PROSPECT`) titles no record that tells the act. Before that, a
    statement's record takes its release headline (:func:`_headline_for_statement`)."""
    if not sents or not article.title or article.published is None:
        return
    end = sents[1].end if len(sents) > 1 and sents[0].end - sents[0].start < _SHORT_LINE else sents[0].end
    lead = article.text[sents[0].start : end]
    body = " ".join(article.text[bs:be] for bs, be in article.body)
    _headline_for_lone_words(article, sents[0].end, body, records)
    _headline_for_statement(article, body, records)
    _headline_for_genre(article, sents[1].end if len(sents) > 1 else end, body, records)
    start = sents[0].start
    if not any(start <= r[E.quote_start] < end for r in records) and not _STATEMENT_WORD.search(article.title):
        nxt = next((x for x in sents[1:4] if any(x.start <= r[E.quote_start] < x.end for r in records)), None)
        start, end = (nxt.start, nxt.end) if nxt is not None else (start, end)
        lead = article.text[start:end]
    title = headline_title(article.title, lead, body, cut=True)
    if not title:
        return
    ends: dict[int, dt.date] = {}
    for n, rec in enumerate(records):
        try:
            ends[n] = parse_period(rec[E.date]).end
        except PeriodError:
            continue
    lead_ends = [ends[n] for n in ends if start <= records[n][E.quote_start] < end]
    for n, rec in enumerate(records):
        if n not in ends or not start <= rec[E.quote_start] < end or ends[n] != max(lead_ends) \
                or informativeness(title) < informativeness(rec[E.title]) \
                or _PROSPECT.search(title) and not _PROSPECT.search(rec[E.title]):
            continue  # (the lead's latest date: 'The toll from the quake that hit on Friday has risen to …')
        if not -NEWS_DAYS <= (ends[n] - article.published).days <= 7:  # (days apart: no date past the calendar)
            continue  # a past event the lead recalls, not the news the headline tells
        _retitle(rec, title, "titled by the article's headline, which states the lead's event")


#: a statement named by a headline ('Roe Statement on …'): the label of a statement, which states no event
_STATEMENT_WORD = re.compile(r"\bstatements?\b", re.I)
#: a headline's prospect ('Electors set to confirm …', 'Board expected to vote'), which titles no act already told
_PROSPECT = re.compile(r"\b(?:set|expected|poised|likely|due|slated|scheduled|ready|about)\s+to\s", re.I)


def _retitle(rec: dict, title: str, why: str) -> None:
    """Give a candidate record a new title, the event id that follows from it, and ``why`` in its note."""
    rec[E.title] = title
    rec[E.event_id] = f"{rec[E.date].lower()}-{slug(title)}"
    rec[E.note] = f"{rec[E.note]}; {why}"


def _headline_for_statement(article: Article, body: str, records: list[dict]) -> None:
    """A record of the publication day titled by a statement alone ('Roe issues statement', 'Roe releases
    statements on news') takes the title that a release's headline of the statement gives, when its quote names
    the headline's actor (:func:`timeline.titles.statement_headline`: 'Roe Statement on Harbor Vote' → 'Roe issues
    statement on harbor vote')."""
    day = article.published.isoformat() if article.published else ""
    for rec in records:
        quote = article.text[rec[E.quote_start] : rec[E.quote_end]]
        title = statement_headline(rec[E.title], article.title, quote, body) if rec[E.date] == day else ""
        if title:
            _retitle(rec, title, "titled by the article's headline (a statement's author and subject)")


def _headline_for_genre(article: Article, lead_end: int, body: str, records: list[dict]) -> None:
    """A record of the story's first two sentences titled by the kind of text its actor gave only (*Senator Jane
    Roe made the following statement today*: 'Jane Roe makes statement') takes the article's headline when it names
    that actor (:func:`timeline.titles.genre_title`: 'Roe: harbor closure necessary step'), which says what the text
    is about."""
    for rec in records:
        title = genre_title(rec[E.title], article.title, body) if rec[E.quote_start] < lead_end else ""
        if title:
            _retitle(rec, title, "titled by the article's headline (its own title named only a statement)")


def _headline_for_lone_words(article: Article, first_end: int, body: str, records: list[dict]) -> None:
    """A record of the story's first line (or a line before it) titled by one content word only (a release's 'As
    delivered on 27 May 2022': 'As delivered') takes the article's headline as its title
    (:func:`timeline.titles.headline_title` without ``stated``: 'Remarks on the harbor closure'), which names what
    was delivered, issued or released."""
    lone = [rec for rec in records if rec[E.quote_start] < first_end and len(content_terms(rec[E.title])) <= 1]
    title = headline_title(article.title, "", body, stated=False) if lone else ""
    for rec in lone if title else ():
        _retitle(rec, title, "titled by the article's headline (its own title had one content word)")


#: a word opening a period right before its first date ('between May 3 and May 5', 'from May 3 to May 5')
_PERIOD_OPEN = re.compile(r"\b(between|from)\s+(?:the\s+)?$", re.I)
#: what joins the two dates of a period after its opening word
_PERIOD_LINK = {"between": re.compile(r"\s*,?\s*and\s+(?:the\s+)?", re.I),
                "from": re.compile(r"\s*,?\s*(?:to|through|thru|until|till|[-\u2013])\s+(?:the\s+)?", re.I)}
#: a period told by the verbs that begin and end it: 'the permit starts March 2 and expires March 20', 'letters go
#: out starting on the 4th and continue until the 9th', 'effective March 1 until March 31' (a term: one event)
_TERM_OPEN = re.compile(r"\b(?:begin(?:s|ning)?|began|start(?:s|ing|ed)?|effective)\s+(?:on\s+|at\s+)?(?:the\s+)?$",
                        re.I)
_PERIOD_LINK["begin"] = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:(?:will|would|is\s+to|are\s+to)\s+)?(?:(?:end(?:s|ed|ing)?|expir(?:es|ed|ing|e))\s+"
    r"(?:on\s+|at\s+)?|(?:(?:run(?:s|ning)?|ran|continu(?:es|ed|ing|e)|last(?:s|ed|ing)?)\s+)?"
    r"(?:through|thru|until|till|to)\s+)(?:the\s+)?", re.I)
#: the types of mention a period joins: days, and times of two days ('late Friday to early Sunday')
_SPAN_TYPES = ("DATE", "TIME")
#: what joins them with no opening word ('May 3 through May 5', 'May 3 \u2013 May 5', 'May 3 to May 5', 'the May 3-5
#: talks' (the tagger marks each end of 'May 3-5'), 'Saturday night into Sunday'): a dash or a word of extent; a
#: comma before 'to' sets off an object ('pushed the vote, set for May 3, to May 5'), so none stands before it
_PERIOD_ALONE = re.compile(r"\s*(?:through|thru|\u2013)\s*(?:the\s+)?|\s*-\s*|\s+(?:to|until|till|into)\s+(?:the\s+)?",
                           re.I)
#: a possessive after the second date: 'named Monday to Friday's panel' (the date qualifies a noun), no period
_POSSESSIVE = re.compile(r"['\u2019]s\b")
#: a year written in two or four figures (the parts of 'the 2004-05 season', '2010-2011')
_YEAR_TEXT = re.compile(r"(?:\d\d)?\d\d")
#: a list of periods after one opening word ('between May 3 and May 5, June 1 and June 4, and July 2 and July 9')
_PERIOD_NEXT = re.compile(r"\s*,\s*(?:and\s+)?")
#: verbs moving a day to another ('moved the vote from May 3 to May 10'): the old and the new day, no period
_MOVED = re.compile(r"\b(?:mov|postpon|delay|push|pushed|reschedul|shift|extend|brought|bring|chang|advanc|defer|adjourn|"
                    r"switch|bump|"
                    r"put\s+off|set\s+back)\w*\b[^.!?;]*$", re.I)


def period_ends(text: str, mentions: Sequence[DateMention]) -> dict[int, int]:
    """The mentions that end a period the mention right before them opens, each with the index of that mention.

    A period is two dates joined by ``and`` after ``between`` (*inspected the plant between March 8 and March 10*,
    and so on in a list: *between May 3 and May 5, and June 1 and June 4*), by ``to``/``through``/``until``/a dash
    after ``from`` (*the fair ran from June 2 to June 9*), or alone by ``through``, a dash (*June 2 through June 9*,
    *the June 2-9 fair*: the tagger marks each end of a range), ``to``, ``until`` or ``into`` (*late Saturday night
    into Sunday*: days or times of two days; not before a possessive, *added on May 3 to May 5's list*), or told
    by the verbs that begin and end it (:data:`_TERM_OPEN`: *the permit starts March 2 and expires March 20*,
    *letters go out starting March 4 and continue until March 9*, *effective March 1 until March 31*).
    The first date opens the event's period and the second ends it: one event, not one per date. Two
    dates after a verb that moves a day to another (*moved the vote from May 3 to May 10*) are an old and a new
    day, not a period; so are dates whose second does not come later than the first.

    Parameters
    ----------
    text : str
        The article's text the mentions were found in.
    mentions : sequence of DateMention
        Its date mentions, in text order.

    Returns
    -------
    dict
        Index of a period's end mention -> index of the mention opening the period.
    """
    ends: dict[int, int] = {}
    word_of: dict[int, str] = {}  # a period's end -> its opening word (a list of periods goes on after it)
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if i in ends or a.type not in _SPAN_TYPES or b.type not in _SPAN_TYPES or _POSSESSIVE.match(text, b.end):
            continue
        opener = _PERIOD_OPEN.search(text, max(0, a.start - 14), a.start)
        word = opener.group(1).lower() if opener else None
        if word is None and _TERM_OPEN.search(text, max(0, a.start - 20), a.start):
            word = "begin"
        if word is None and i - 1 in word_of and _PERIOD_NEXT.fullmatch(text, mentions[i - 1].end, a.start):
            word = word_of[i - 1]
        gap = (a.end, b.start)
        if not (word and _PERIOD_LINK[word].fullmatch(text, *gap) or _PERIOD_ALONE.fullmatch(text, *gap)
                or _years_span(text, a, b) or _adjacent_periods(text, a, b)):
            continue
        first, last = _event_date(a), _event_date(b)
        if first is None or last is None or parse_period(last).start <= parse_period(first).start \
                or parse_period(last).end < parse_period(first).end:
            continue  # ('between 2020 and March 2020' is no period)
        clause = text[max(text.rfind(".", 0, a.start), text.rfind("\n", 0, a.start), a.start - 120, 0) : a.start]
        if word != "between" and _MOVED.search(clause):
            continue
        ends[i + 1] = i
        word_of[i + 1] = word or "from"
    return ends


#: 'and' between two coordinated periods ('in January and February', 'the late 1970s and early 1980s')
_AND = re.compile(r"\s+and\s+")
#: the precisions whose two adjacent periods joined by 'and' are one span (two days the merge joins, with 'or' too:
#: 'both Friday and Saturday', :mod:`timeline.identity`)
_ADJACENT_PRECISIONS = ("month", "quarter", "season", "year", "decade")


def _adjacent_periods(text: str, a: DateMention, b: DateMention) -> bool:
    """Whether two periods of one precision that follow each other are joined by ``and`` alone (*protests in January
    and February*, *the epidemics of 2014 and 2015*): one stretch of time, not a date for each. Periods apart
    (*the floods of 1946 and 1960*) are two."""
    if a.precision != b.precision or a.precision not in _ADJACENT_PRECISIONS or not _AND.fullmatch(text, a.end, b.start):
        return False
    first, last = _event_date(a), _event_date(b)
    if first is None or last is None:
        return False
    return parse_period(last).start == parse_period(first).end  # (a period's end is the day after it)


def _years_span(text: str, a: DateMention, b: DateMention) -> bool:
    """Whether two year mentions are one span written with a hyphen and no space (*the 2004-05 season*,
    *2010-2011*), not an ISO year and month (the tagger reads the second part as a year only when it is one)."""
    return bool(text[a.end : b.start] == "-" and len(a.text) == 4 and _YEAR_TEXT.fullmatch(a.text)
                and _YEAR_TEXT.fullmatch(b.text))


def _period_spans(text: str, mentions: Sequence[DateMention], ends: Mapping[int, int]) -> dict[int, tuple[int, int]]:
    """The span of the dates of each period (:func:`period_ends`), by the start of the mention opening it: from
    its first date to its last, or over a whole list of periods (*between May 3 and May 5, and June 1 and June 4*),
    so that a title leaves them all out."""
    chains: list[list[int]] = []  # the openers and ends of each list of periods, in text order
    for b in sorted(ends):
        a = ends[b]
        if chains and chains[-1][-1] == a - 1 and _PERIOD_NEXT.fullmatch(text, mentions[a - 1].end, mentions[a].start):
            chains[-1] += [a, b]
        else:
            chains.append([a, b])
    return {mentions[k].start: (mentions[c[0]].start, mentions[c[-1]].end) for c in chains for k in c[::2]}


def _close_period(records: list[dict], m: DateMention, end: DateMention) -> None:
    """Give the records a mention dates the end of the period it opens (:func:`period_ends`), in place."""
    first, last = _event_date(m), _event_date(end)
    for rec in records:
        if rec[E.date] == first and rec[E.date_text] == m.text and last:
            rec[E.end_date] = last
            rec[E.note] += f"; until {end.text!r} ({last})"


@dataclass(frozen=True)
class _Reading:
    """What the mentions of one article share while :func:`extract_article` reads them."""

    article: Article
    sents: list[Sentence]
    starts: list[int]
    mentions: list[DateMention]
    entries: dict[int, Sentence]  # a chronicle's date lines: their entries (:func:`chronicle_entries`)
    english: bool  # the clause rules read English
    known: bool  # a publication date the analyst or the page gave
    lanes: Lanes | None
    own: list[tuple[int, int]]  # the spans of the mentions that give an event date
    periods: dict[int, tuple[int, int]]  # start of a mention opening a period -> its dates' span (:func:`_spans`)
    year_only: bool = False  # no publication day: only the year of writing, estimated from the folder (_prepared)


def _mention_quote(text: str, sent: Sentence, entry: Sentence | None, m: DateMention,
                   own: Sequence[tuple[int, int]] = ()) -> tuple[Sentence, int, int, list[SubEvent]]:
    """The sentence a mention dates (a chronicle's date line: with its entry), the event's quote in it and the
    second events cut from it (:func:`timeline.clauses.event_quote`; ``own``: the spans of the dates that date an
    event, so that two coordinated clauses with a date each are quoted apart)."""
    if entry is not None:  # a chronicle's date line: its event is the entry below it
        sent = Sentence(sent.start, entry.end)
    dates = [(a, b) for a, b in own if sent.start <= a and b <= sent.end]
    qs, qe, cut = event_quote(text, sent.start, sent.end, m.start, m.end, dates=dates)  # one event per quote
    if entry is not None:
        qs = max(qs, entry.start)
    if qe - qs > _MAX_QUOTE:
        qs, qe = _clause(text, Sentence(qs, qe), m)
        while qs < qe and text[qs].isspace():
            qs += 1
        while qe > qs and text[qe - 1].isspace():
            qe -= 1
    return sent, qs, qe, list(cut)


#: a year opening a line right before a word (a photo's model-year or archive caption: *1957 Acme Roadster
#: prototype at the motor show*, *1962 photograph of the reading room*); a year set off by a colon or dash opens a
#: chronicle's entry instead
_YEAR_OPENER = re.compile(r"\d{4}\s+\w")
#: most words of such a caption
YEAR_CAPTION_WORDS = 15


def _year_caption(text: str, sent: Sentence, m: DateMention, info: Clause) -> bool:
    """Whether the sentence is a verbless caption line (*1938 Acme historical concept car Roadster*, *A crowd
    outside the court on March 3, 2015 before the verdict*): a whole line, without a sentence end, of at most
    :data:`YEAR_CAPTION_WORDS` words, no verb in the date's clause (*1995 Quake kills 6,400* is an event), and the
    date inside the line or a year opening it right before a word (*March 3, 2015: Council approves budget* and
    *1994 – Treaty signed* are a chronicle's entries; *• Raises the fuel tax until June 30, 2025* is a list item
    opened by its verb: :func:`timeline.clauses.list_item_verb`)."""
    line = text[sent.start : sent.end]
    if info.verb[1] or len(line.split()) > YEAR_CAPTION_WORDS or line.rstrip()[-1:] in ".!?…\"”:" \
            or list_item_verb(text[text.rfind("\n", 0, sent.start) + 1 : sent.end]):
        return False  # not '• Raises the fuel tax until June 30, 2025': a list item opened by its verb
    if m.start == sent.start and not (m.precision == "year" and _YEAR_OPENER.match(line)):
        return False
    return text[text.rfind("\n", 0, sent.start) + 1 : sent.start].strip() == "" and \
        text[sent.end : (text.find("\n", sent.end) + 1 or len(text) + 1) - 1].strip() == ""


#: a date joined to a recurrence beside it: *the first Tuesday of every month*, *every Tuesday at 7 p.m.*, *each
#: Saturday morning* (the tagger's SET, or ``every``/``each`` right before the date)
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.I)
_RECURRENCE_LINK = re.compile(r"\s*(?:,\s*)?(?:of|at|from|on)?\s*", re.I)


def _recurring(text: str, m: DateMention, mentions: Sequence[DateMention]) -> bool:
    """Whether the date names a recurring time, not a day something happened: ``every``/``each`` right before it, or
    a recurrence (a ``SET`` mention) right after it (*the first Tuesday of every month*) or right before it (*every
    Tuesday at 7 p.m.*), joined by at most ``of``/``at``/``from``/``on``. A recurrence elsewhere in the sentence
    (*the council, which meets every month, voted on Tuesday*) leaves the date alone."""
    if _EVERY_BEFORE.search(text, max(0, m.start - 12), m.start):
        return True
    for x in mentions:
        if x.type != "SET":
            continue
        gap = text[m.end : x.start] if x.start >= m.end else text[x.end : m.start] if x.end <= m.start else "x"
        if len(gap) <= 8 and _RECURRENCE_LINK.fullmatch(gap):
            return True
    return False


def _noun_date_beside_own(ctx: _Reading, m: DateMention, sent: Sentence, info: Clause) -> bool:
    """Whether the date modifies a noun (:func:`timeline.clauses.modifies_noun`: *yesterday's storm*, *the 2013
    Spring Fair*) in a clause whose act another date of the sentence states, one that modifies no noun and reads
    the same main verb, while the title the noun's date gets is that act's, not the noun's (*In the wake of
    yesterday's storm, the mayor today asked for aid*, *The court on May 4 fined the organisers of the 2013 Spring
    Fair*): the act is the other date's, and the noun's date would give it a second, wrongly dated record. A title
    the noun heads (*Yesterday's storm*, *2013 Spring Fair*) is the noun's own event and stays."""
    text = ctx.article.text
    if info.verb == (0, 0) or not modifies_noun(text, m.start, m.end):
        return False
    title = make_title(text, info, m.start, m.end)
    return not _headed_by_noun(title, text, m) and _act_dated_otherwise(ctx, m, sent, info, title)


#: the word before a date that opens a span lasting on after it, or a bound the span goes on past (*every cheese
#: made at its plant since June 1, 2017*, *the curfew will stay in place beyond May 3*, *payments going back to at
#: least 2006*): the start or the bound of a state, no day something happened (:func:`_span_date_beside_own`)
_SPAN_BEFORE_DATE = re.compile(r"\b(?:since|beyond|(?:going|dating|reaching|stretching)\s+back\s+to)\s+"
                               r"(?:at\s+least\s+|as\s+(?:early|far\s+back)\s+as\s+)?(?:the\s+)?$", re.I)

#: how far before a date :data:`_SPAN_BEFORE_DATE` is looked for
_SPAN_REACH = 40


def _span_date_beside_own(ctx: _Reading, m: DateMention, sent: Sentence, info: Clause) -> bool:
    """Whether the date follows *since* or *beyond* (:data:`_SPAN_BEFORE_DATE`) in a clause whose act another
    date of the sentence states, one that opens no span and reads the same main verb with the same title (*On
    March 28, the dairy withdrew every cheese made at its plant since June 1, 2017*, *The curfew imposed on May 3,
    2004, will stay in place beyond May 3, 2019*): the act is the other date's, and the span's date would give it a
    second record, years off. A sentence whose dates all open spans (*the deadliest storm since 1968 and the fifth to
    strike the coast since March 4, 2001*) keeps its records."""
    text = ctx.article.text
    if info.verb == (0, 0) or not _SPAN_BEFORE_DATE.search(text, max(0, m.start - _SPAN_REACH), m.start):
        return False
    title = make_title(text, info, m.start, m.end)
    return _act_dated_otherwise(ctx, m, sent, info, title)


#: what opens a phrase or clause before a sentence's main clause, set off from it by a comma (*Following the fire in
#: Millbrook in March 2016, the governor signed …*, *In the wake of yesterday's flooding, the senators today asked
#: …*): a date inside it dates what the phrase names (:func:`_opener_date_beside_own`)
_OPENING_PHRASE = re.compile(r"[^\w“\"]*(?:[A-Z][\w .]{1,30}\s*[–—-]+\s*)?(?:(?:just|shortly|soon|only|not\s+long|"
                             r"(?:a|one|two|three|several|a\s+few)\s+(?:days?|weeks?|months?|years?))\s+)?"
                             r"(?:following|after|before|since|despite|amid|during|ahead\s+of|prior\s+to|"
                             r"in\s+(?:the\s+)?(?:wake|aftermath|light)\s+of|in\s+response\s+to)\b", re.I)


def _opener_date_beside_own(ctx: _Reading, m: DateMention, sent: Sentence, info: Clause) -> bool:
    """Whether the date lies in a phrase opening the sentence (:data:`_OPENING_PHRASE`) that has no verb of its own
    — the verb read for the date is the main clause's, after a comma that follows the date — while a date after
    that comma reads the same main verb with the same title (*Following the fire in Millbrook, Ohio in March 2016,
    Governor Park signed a safety order in June 2016*): the opener's date dates what the phrase names (the fire),
    the act is the main clause's date's, and the opener's date would give it a second record months off. An opener
    with a verb of its own (*After the council rejected the levy on March 3, …*) has its own act and keeps it."""
    text = ctx.article.text
    if info.verb == (0, 0) or info.verb[0] < m.end or not _OPENING_PHRASE.match(text, sent.start, m.start):
        return False
    comma = text.find(",", m.end, info.verb[0])
    if comma < 0:
        return False
    return _act_dated_otherwise(ctx, m, sent, info, make_title(text, info, m.start, m.end), after=comma)


#: a relative date: a count of time back or on (*two years ago*, *six months later*), a day told from the page's
#: day or another (*today*, *Friday*, *last week*), a part of a day; what :func:`_restating` looks at
_RELATIVE_WORDS = re.compile(r"\b(?:ago|later|earlier|afterwards?|today|tonight|yesterday|tomorrow|"
                             rf"(?:{WEEKDAY_RE})|last|this|next|past|coming|morning|afternoon|evening|night)\b",
                             re.I)

#: a date written as a calendar date: a month's name (the tagger's lexicon), or digits with a year (*on March 14*,
#: *in early May 2015*, *Tuesday, June 7, 2016*)
_CALENDAR_WRITTEN = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b|"
                               r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.I)

#: what stands between a date and the date that restates it (*two years ago, on March 14*, *Today, Tuesday,
#: June 7, 2016,*, *40 days later, in September*)
_APPOSITION = re.compile(r",\s*(?:(?:on|in)\s+)?")

#: what stands between a count of time back and the day it is counted from (*one month ago today*, *Two years ago,
#: today,*)
_AGO_ANCHOR = re.compile(r",?\s*")


def _ago_anchor(text: str, m: DateMention, mentions: Sequence[DateMention]) -> bool:
    """Whether ``m`` (*today*, *tonight*) is the day an *ago* just before it is counted from (*one month ago today*,
    *Two years ago, today,*): part of that date, no time of its own — it would date the clause's act at the page's
    day, a second record of an act the *ago* dates."""
    return bool(re.fullmatch(r"today|tonight", m.text, re.I)) and any(
        x.end <= m.start and x.text.lower().endswith("ago") and _AGO_ANCHOR.fullmatch(text, x.end, m.start)
        for x in mentions)


def _restating(text: str, m: DateMention, mentions: Sequence[DateMention]) -> DateMention | None:
    """The date that restates ``m`` in apposition, when ``m`` is a relative date (:data:`_RELATIVE_WORDS`, no
    month's name of its own) and the next date of the text, after only a comma and *on* / *in*, is written as a
    calendar date (:data:`_CALENDAR_WRITTEN`) no coarser than ``m`` (*Two years ago, on March 14, the ferry sank*;
    *Today, Tuesday, June 7, 2016, the council voted*; *I took office some six months ago, in early May 2015*):
    both name one time, and the written date is the better reading of it — a day reckoned from the page's day or a
    rough count (*two years ago*) may be off, and would give the act a second record at another date."""
    if not _RELATIVE_WORDS.search(m.text) or _CALENDAR_WRITTEN.search(m.text) or m.type not in ("DATE", "TIME"):
        return None
    for x in mentions:
        if x.start >= m.end and x.type in ("DATE", "TIME") and _APPOSITION.fullmatch(text, m.end, x.start):
            fine = PREC_RANK.get(x.precision or "", 99) <= PREC_RANK.get(m.precision or "", -1)
            written = _CALENDAR_WRITTEN.search(x.text) and _event_date(x) is not None
            return x if fine and written else None
    return None


def _act_dated_otherwise(ctx: _Reading, m: DateMention, sent: Sentence, info: Clause, title: str, *,
                         after: int = -1) -> bool:
    """Whether another date of the sentence (after ``after`` when given) — one that modifies no noun, opens no span
    (:data:`_SPAN_BEFORE_DATE`), dates another day and, from an unknown publication day, is written in full or
    given the folder's year — reads the same main verb as ``m`` and titles its clause with ``title``'s words
    (:func:`_same_words`): that date states the act."""
    text = ctx.article.text
    own = _event_date(m)
    for x in ctx.mentions:
        if x is m or x.start < max(sent.start, after) or x.end > sent.end or x.type not in ("DATE", "TIME") \
                or modifies_noun(text, x.start, x.end) or _event_date(x) in (None, own) \
                or _SPAN_BEFORE_DATE.search(text, max(0, x.start - _SPAN_REACH), x.start) \
                or not ctx.known and x.anchor not in ("absolute", FOLDER_ANCHOR):
            continue  # (a day told from an unknown publication day may date no record: the date stays)
        other = analyse(text, sent.start, sent.end, x.start, x.end)
        if other.verb == info.verb and _same_words(title, make_title(text, other, x.start, x.end), m.text):
            return True
    return False


def _headed_by_noun(title: str, text: str, m: DateMention) -> bool:
    """Whether ``title`` opens with the date or with the first word after it (its possessive left out): the title
    of the noun phrase the date modifies (*June 5 order*, *Terrible storm* for *yesterday's terrible storm*)."""
    after = re.match(r"(?:['’]s)?(?:,?\s*\d{4})?,?\s+([^\W\d_][\w-]*)", text[m.end : m.end + 40])
    first = title.split()[0].lower() if title.split() else ""
    return first in {w.lower() for w in m.text.split()} or after is not None and first == after.group(1).lower()


#: words left out when two titles are compared (:func:`_same_words`)
_TITLE_GLUE = {"of", "to", "in", "on", "at", "for", "the", "a", "an", "and", "by", "with", "from"}


def _same_words(title: str, other: str, written: str) -> bool:
    """Whether more than half the words of the shorter of ``title`` and ``other`` (the date's words and small words
    left out, each word by its first four letters, so *introduces* meets *introduced*), and two at least when
    ``title`` has two, are in both: one act titled twice, one title perhaps longer by the words of a phrase around
    its date (*Lee calls on agency in wake of flooding*, *Lee and Roe call on agency*)."""
    def stems(t: str) -> set[str]:
        dated = {w.lower() for w in written.split()}
        return {w.lower()[:4] for w in re.findall(r"[\w$’'-]+", t)
                if w.lower() not in _TITLE_GLUE and w.lower() not in dated}
    mine, theirs = stems(title), stems(other)
    shared = len(mine & theirs)
    return bool(mine) and 2 * shared > min(len(mine), len(theirs) or len(mine)) and shared >= min(2, len(mine))


def _mention_records(ctx: _Reading, m: DateMention) -> list[dict]:
    """The candidate records of one date mention: its event (unless the clause states none), the events cut from its
    sentence, or what a sentence opening a period dates in the next one."""
    article, text = ctx.article, ctx.article.text
    if ctx.english and _ago_anchor(text, m, ctx.mentions):
        return []  # 'one month ago today': today is what the ago counts from
    again = _restating(text, m, ctx.mentions) if ctx.english else None
    if again is not None:  # 'Two years ago, on March 14, the ferry sank': the sinking is March 14's
        m = replace(m, value=again.value, mod=again.mod, precision=again.precision, anchor=again.anchor,
                    underspecified=again.underspecified)
    date = _event_date(m)
    if date is None:
        return []
    i = bisect.bisect_right(ctx.starts, m.start) - 1
    if i < 0 or ctx.sents[i].end < m.end:
        return []  # a mention across sentences is no single event
    if ctx.english and _recurring(text, m, ctx.mentions):
        return []  # a recurring time ('meets on the first Tuesday of every month'): no day something happened
    if ctx.english and _dateline_only(text, ctx.sents[i], m, ctx.mentions):
        return []  # 'PARIS, May 3, 2019 – The club said Monday …': the dateline dates the page, Monday the event
    sent, qs, qe, cut = _mention_quote(text, ctx.sents[i], ctx.entries.get(i), m, ctx.own)
    when = _when(date, article.published)
    info = analyse(text, sent.start, sent.end, m.start, m.end, when=when)
    if ctx.english and _year_caption(text, sent, m, info):
        return []  # a photo's caption opened by its year: not an event
    if ctx.english and _noun_date_beside_own(ctx, m, sent, info):
        return []  # 'In the wake of yesterday's storm, the mayor today asked …': the asking is today's
    if ctx.english and _span_date_beside_own(ctx, m, sent, info):
        return []  # 'On May 4 the firm withdrew all toys made since 2019': the withdrawal is May 4's
    if ctx.english and _opener_date_beside_own(ctx, m, sent, info):
        return []  # 'Following the fire in March, the governor signed an order in June': the signing is June's
    # the end of the period a done act set ('followed suit by canceling events through Tuesday'): the act is
    # dated by publication, not dropped (a perfect so written is an undated report: timeline.lede)
    done = ctx.english and ctx.known and info.kind == "reference" and info.reason == PERIOD_END \
        and info.verb_form == "past" and when == "future"
    if ctx.english and info.kind in NON_EVENT_KINDS and not done \
            and not (info.kind == "state" and _names_event(text, info, m)) \
            and not (info.reason == VERBLESS_PHRASE and _names_act(text, info, m)):
        if i + 1 < len(ctx.sents) and _OPENED_WITH.match(text[sent.start : sent.end]) \
                and text[sent.start : m.end].strip() == m.text:
            return _opened_records(article, m, date, ctx.sents[i + 1], ctx.mentions, lanes=ctx.lanes)
        return []  # a reference date, a caption or a stamp: not an event
    fronted = m.precision in ("year", "month") and re.fullmatch(r"\W*(?:in|during|by)?\s*",
                                                                text[sent.start : m.start], re.I)
    apart = bool(cut) and _stands_apart(cut[0], date, ctx.own, fronted=bool(fronted))
    rec, info = _mention_record(ctx, m, date, info, sent, (qs, qe), cut, apart=apart)
    if ctx.english and ctx.known and info.kind == "scheduled" or done:
        _redate_cancelled(article, rec, info, m.start, done=done)
    seconds = _second_records(article, rec, cut, own=ctx.own, fronted=bool(fronted), lanes=ctx.lanes,
                              today=article.published if ctx.known and not ctx.year_only else None)
    if ctx.english and seconds and sums_up(info, cut, text):
        return seconds  # 'Cleanup intensified Wednesday as …': the clauses after 'as' state what happened
    return [rec, *seconds]


def _dateline_only(text: str, sent: Sentence, m: DateMention, mentions: Sequence[DateMention]) -> bool:
    """Whether ``m`` lies in the dateline opening its sentence (*PARIS, May 3, 2019 –*, *ROME (Wire, May 3, 2019)
    --*: :func:`timeline.lede.in_dateline`) and another day of the sentence, outside the dateline and within
    :data:`timeline.lede.NEWS_DAYS` of it, dates its news (*… the club said Monday*, *… will leave Thursday*): the
    dateline is the page's date, not the event's. A lede without a day of its own keeps the dateline's; so does one
    whose own day is the dateline's (*… said today*: one event, folded by :func:`_fold_same_quote`) or one whose
    other date is far off (*… funds the agency until December 15*: a deadline, not the news)."""
    span = (sent.start, sent.end)
    if not in_dateline(text, span, (m.start, m.end)):
        return False
    own = _day_of(m)
    if own is None:
        return False
    for x in mentions:
        if x is m or not (m.end <= x.start and x.end <= sent.end) or in_dateline(text, span, (x.start, x.end)):
            continue
        day = _day_of(x)
        if day is not None and day != own and abs((day - own).days) <= NEWS_DAYS:
            return True
    return False


def _day_of(m: DateMention) -> dt.date | None:
    """The day a mention dates (None when it dates none, or a longer period)."""
    value = _event_date(m)
    try:
        period = parse_period(value) if value else None
    except PeriodError:
        return None
    return period.start if period is not None and (period.end - period.start).days == 1 else None


def _names_event(text: str, info: Clause, m: DateMention) -> bool:
    """Whether the date of a clause that states a situation belongs to a noun phrase (*the 2010 spill*, *the floods
    of March 11*): that phrase names an event. The clause's own verb before ``in`` is no such phrase (*who served
    in 2014 as chair*)."""
    if info.reason == STATIVE_COPULA:
        return False  # 'Today the crew is home': the clause's state, the subject names no event
    phrase = event_phrase(text, info, m.start, m.end)
    return bool(phrase) and phrase != [text[info.verb[0] : info.verb[1]]]


#: endings of a noun that names something done or happening (*explosion*, *agreement*, *closure*, *warning*)
_ACT_NOUN_END = re.compile(r"(?:tion|sion|ment|ance|ence|ure|ing|al)$")


def _names_act(text: str, info: Clause, m: DateMention) -> bool:
    """Whether a date that ends a clause read without a verb (:data:`timeline.clauses.VERBLESS_PHRASE`, a caption's
    grammar) belongs to a noun phrase whose head names an act or a happening (*the silo explosion in 1962 in Harbor
    City, where …*, the clause cut before *where*; *This supersedes the Flood Warning of March 2, 2021.*, a verb the
    lexicon lacks; *Its provisions expire in May 2030.*, a plural present read as a noun): news dates a happening
    so (*the floods of March 11*), and a caption dates its picture after a comma (*Flooding in Riverton, May 3,
    2021.*), not with *of* or *in*. Not a head naming a thing or an amount (*revenue from the prior year*, *big problems in 2009*)."""
    phrase = event_phrase(text, info, m.start, m.end)
    if not phrase:
        return False
    head = phrase[-1].lower()
    return "VERB" in all_lemmas(head) or _ACT_NOUN_END.search(head) is not None


def _mention_record(ctx: _Reading, m: DateMention, date: str, info: Clause, sent: Sentence,
                    quote: tuple[int, int], cut: Sequence[SubEvent], *, apart: bool = False) -> tuple[dict, Clause]:
    """The record of the event a mention dates (its confidence, title and note), with the clause it was titled
    from (``apart``: the first clause cut from the quote is an event of its own, :func:`_stands_apart`)."""
    text = ctx.article.text
    qs, qe = quote
    clause = text[info.start : info.end]
    confidence = _mention_confidence(m)
    if not info.verb[1] and not _EVENT_VERBS.search(clause):
        confidence *= 0.8
    if info.kind == "hypothetical":
        confidence *= 0.4
    info = _own_words(text, info, quote, (sent.start, m.start, m.end), cut, when=_when(date, ctx.article.published),
                      apart=apart)
    title = make_title(text, info, *ctx.periods.get(m.start, (m.start, m.end)))  # a period's dates all left out
    note = _mention_note(m, f"{info.kind}: {info.reason}" if info.reason else "", m.note or "")
    return _dated_record(ctx.article, m, date, title, quote, clause, lanes=ctx.lanes, note=note,
                         confidence=confidence, tags="scheduled" if info.kind == "scheduled" else ""), info


def _mention_note(m: DateMention, *more: str) -> str:
    """The note of a record a mention dates: the mention it was extracted from, then the non-empty ``more``."""
    return "; ".join([f"extracted from {m.text!r} ({m.type} {m.value}, {m.anchor})", *(x for x in more if x)])


#: the weight of the confidence of a record dated by a mention in another sentence or line than its own (a period
#: the sentence before opens, a letter's or a carried release's date line: :func:`_opened_records`, :func:`_act_record`)
_OPENED_WEIGHT = 0.7


def _mention_confidence(m: DateMention, weight: float = 1.0) -> float:
    """``weight`` times the confidences of the mention's anchor and precision (0.5 for one not listed)."""
    return weight * _ANCHOR_CONFIDENCE.get(m.anchor, 0.5) * _PRECISION_CONFIDENCE.get(m.precision or "", 0.5)


def _dated_record(article: Article, m: DateMention, date: str, title: str, quote: tuple[int, int], clause: str, *,
                  lanes: Lanes | None, note: str, confidence: float, tags: str = "") -> dict:
    """The candidate record (:func:`_record`) of an event dated ``date`` by the mention ``m``."""
    return _record(article, date, title, quote, clause, lanes=lanes, note=note, confidence=confidence, tags=tags,
                   date_text=m.text, value=m.value, mod=m.mod or "", anchor=m.anchor)


def _record(article: Article, date: str, title: str, quote: tuple[int, int], clause: str, *, lanes: Lanes | None,
            note: str, confidence: float, tags: str = "", date_text: str = "", value: str | None = None,
            mod: str = "", anchor: str = UNDATED_ANCHOR, end_date: str = "") -> dict:
    """The candidate record of an event dated ``date``, quoting ``article.text[quote]``, its lane and actors read from
    ``clause`` (the words that state it); ``date_text``, ``value`` (default ``date``), ``mod`` and ``anchor``: the
    mention that dates it (by default none: dated by the publication, :mod:`timeline.lede`)."""
    text = article.text
    qs, qe = quote
    return {
        E.event_id: f"{date.lower()}-{slug(title)}",
        E.date: date,
        E.end_date: end_date,
        E.date_text: date_text,
        E.title: title,
        E.lane: guess_lane(clause, lanes=lanes, context=text[qs:qe]),
        E.source: article.id,
        E.quote: text[qs:qe],
        E.quote_start: qs,
        E.quote_end: qe,
        E.actors: ";".join(p for p in _proper_phrases(clause) if len(p) <= 40)[:200],
        E.tags: tags,
        E.note: note,
        "confidence": round(confidence, 3),
        "mention_value": date if value is None else value,
        "mention_mod": mod,
        "anchor": anchor,
    }


def _headline_perfect(ctx: _Reading) -> bool:
    """Whether one of the story's first two sentences (of eight words or more: a photo's caption may come first)
    states its news in a main-clause present perfect that the headline tells again: the perfect's verb and three
    content words in both (*Former mayor sentenced to prison for fraud* over *The former mayor has been sentenced to
    six years in prison for fraud committed during last year's building boom.*): the article reports that news,
    whatever the age of the background it dates (:func:`timeline.lede.reports_news` alone would read it as a look
    back)."""
    article = ctx.article
    if not ctx.sents or not article.title:
        return False
    head = set(content_terms(article.title))
    for first in [x for x in ctx.sents if len(article.text[x.start : x.end].split()) >= 8][:2]:
        for u in undated_events(article.text, [(first.start, first.end)], ctx.own, lede=False):
            said = set(content_terms(article.text[u.start : u.end]))
            if u.rule == "perfect" and u.clause.verb_lemma in head and len(head & said) >= 3:
                return True
    return False


#: the count of a day of something going on, left unresolved by the tagger ('on the third day of a strike',
#: 'in the first full day of trading since the crash', 'a fourth straight day of protests')
_ONGOING_DAY = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|"
                          r"rd|th))\s+(?:(?:full|straight|consecutive|successive)\s+)?(?:day|night)", re.I)
_ONGOING_AFTER = re.compile(
    r"\s+(?:of|since)\s+(?!(?:(?:the|this|that|next|last|a|each|every|its|their)\s+)?(?:new\s+)?(?:spring|summer|"
    r"autumn|fall|winter|school|term|semester|year|month|week|quarter|season|january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b)", re.I)


def _ongoing_day_records(ctx: _Reading) -> list[dict]:
    """Records of a news article's unresolved count of a day of something going on (*On the third day of a strike,
    the union said …*, *In the first full day of trading since the crash, the bank fell …*): news counts
    the days of what goes on as of its publication, so the day is the publication day (anchor ``publication``). Only
    for an article that reports news (the caller's :func:`timeline.lede.reports_news`); not the count of a day a
    date of the text fixes (resolved by the tagger), nor one in a sentence with a date of its own (*on the first day
    of the trial in March*), nor a day of the calendar (*the first day of spring*, *of the month*, *of school*)."""
    text, day = ctx.article.text, ctx.article.published.isoformat()
    out: list[dict] = []
    for m in ctx.mentions:
        if m.precision != "day" or not m.underspecified or not _ONGOING_DAY.fullmatch(m.text) \
                or not _ONGOING_AFTER.match(text, m.end):
            continue
        i = bisect.bisect_right(ctx.starts, m.start) - 1
        if i < 0 or any(ctx.sents[i].start <= a < ctx.sents[i].end for a, _ in ctx.own):
            continue  # 'on the first day of the trial in March': the sentence's own date tells which day
        out += _mention_records(ctx, replace(m, value=day, underspecified=False, anchor="publication",
                                             note="the count of a day of something going on: the publication day"))
    return out


def _undated_news_records(ctx: _Reading, records: list[dict], *, looking_back: bool = False) -> list[dict]:
    """Events a news article states without a date (:mod:`timeline.lede`), dated by its publication, with the
    sentences going on from a dated one; a perfect that restates a dated sentence retitles that sentence's
    ``records`` instead (in place). ``looking_back``: the article looks back (only a datelined lede is taken)."""
    article, text = ctx.article, ctx.article.text
    recent = [(r[E.quote_start], r[E.quote_end]) for r in records if _recent(r[E.date], article.published)]
    background = [(m.start, m.end) for m in ctx.mentions if _event_date(m) is not None
                  and (article.published - parse_period(_event_date(m)).end).days >= NEWS_DAYS]
    out = [] if looking_back else _going_on_records(article, ctx.sents, records, ctx.own, lanes=ctx.lanes)
    found = undated_events(text, [(s.start, s.end) for s in ctx.sents], ctx.own, recent=recent, restated=True,
                           background=background, looking_back=looking_back)
    for u in found:
        if u.rule == "restated" and not _other_item(text, u.start, u.restates[0], article.published):
            _retitle_restated(text, u, records + out)
            continue
        if u.rule == "restated":  # the dated sentence beside it is another item's news (a page of dated items)
            u = replace(u, rule="perfect", restates=(0, 0))
        if ctx.year_only and _own_perfect(u):
            continue  # 'The stand has been closed.' on a page of unknown day: by an unknown day of a year
        rec = _undated_record(article, u, lanes=ctx.lanes)
        quoted = {(r[E.quote_start], r[E.quote_end]) for r in (*records, *out)}
        cut = [c for c in event_quote(text, rec[E.quote_start], u.end, u.anchor, u.anchor)[2]
               if (c.start, c.end) not in quoted]  # already dated by the sentence before
        out += [rec, *_second_records(article, rec, cut, own=ctx.own, fronted=False, lanes=ctx.lanes)]
    return out


def _other_item(text: str, a: int, b: int, published: dt.date | None) -> bool:
    """Whether offsets ``a`` and ``b`` of a page lie in items the page dates apart (its date lines: the day each
    counts from, :func:`timeline.dates.spoken_day`, differs)."""
    return spoken_day(text, a, published) != spoken_day(text, b, published)


def _own_perfect(found: Undated) -> bool:
    """Whether an undated event is a present perfect of its clause's own verb (*Some 300 residents have left*, *the
    harbour has been closed*), not a report in the perfect of a present act (*the agency has reported that the
    minister is considering …*: the clause's verb is the reported one). Dated by a page's publication day, it tells
    what was done by that day; on a page whose day is unknown (only its year of writing is estimated from the
    folder, :func:`timeline.folder_dates.year_records`) it would be dated by the whole year: no date at all, and no
    candidate (the page's lede, rule ``lede``, keeps its year)."""
    return found.rule == "perfect" and found.clause.verb_form in ("perfect", "passive")


def _own_words(text: str, info: Clause, quote: tuple[int, int], at: tuple[int, int, int],
               cut: Sequence[SubEvent], *, when: str, apart: bool = False) -> Clause:
    """The reading of a main clause from its own words, when clauses were cut from its sentence (``at``: the
    sentence start and the date mention). One clause of a concessive sentence is read alone, from its subject ('Even
    though the chief executive did not attend the hearing Monday' | 'a former chairman was there to defend the
    bid'). A verb read in the second event cut after it, or clauses after 'as' that are events of their own: read
    up to the first cut ('The union went on strike on May 2', not 'the company closed two mines'; 'Lee sworn in',
    not 'Lee sworn in as Roe left the court'). A second event's clause with a date of its own, quoted alone, is read
    alone when the sentence's verb lies before it ('Lee made a statement today' | 'after the mill closed this
    morning': the closing). When the first cut clause is an event of its own (``apart``: :func:`_stands_apart`),
    the main clause is read up to it as well, so that the two events are not titled alike ('Lee makes statement'
    | 'Mill closes'; 'In 1990 the king visited the port' | 'after a fire destroyed the docks'); a cut clause that
    is no event of its own (undated) stays in the reading ('Lee responds after mill closes'). ``info`` when that
    finds no verb."""
    qs, qe = quote
    start, ms, me = at
    before = [c for c in cut if c.link == COORDINATED and c.end <= qs]  # a clause cut before the quote
    cut = [c for c in cut if c not in before]
    if before:  # a coordinated clause quoted alone: read from its own words
        alone = analyse(text, qs, cut[0].start if cut else qe, ms, me, when=when)
        return alone if alone.verb[1] else info
    if any(c.link == CONTRAST for c in cut):
        alone = analyse(text, contrast_body(text, qs, qe), qe, ms, me, when=when)
        return alone if alone.verb[1] else info
    if cut and info.verb[1] and (info.verb[0] >= cut[0].start or cut[0].link in SAME_TIME_LINKS or apart
                                 or cut[0].link == COORDINATED):
        main = analyse(text, start, cut[0].start, ms, me, when=when)
        return main if main.verb[1] else info
    if not cut and qs > start and info.verb[1] and info.verb[0] < qs \
            and any(sub.start == qs for sub in second_events(text, start, qe, anchor=me)):  # a second event alone
        alone = analyse(text, qs, qe, ms, me, when=when)
        return alone if alone.verb[1] else info
    return info


def chronicle_entries(article: Article, sents: Sequence[Sentence]) -> dict[int, Sentence]:
    """The entry of each date line of a dated chronicle (``November 25, 2008`` on its own line over ``The ministry
    buys …``: see :func:`timeline.articles.find_regions`), by the index of the date line's sentence: the first
    sentence of the next line. The entry is dated by its line's date, and its present tense is the historical
    present of a chronicle, like that of ``Oct 17: Acme raises its bid``.

    Parameters
    ----------
    article : Article
    sents : sequence of Sentence
        The article's story sentences, in order.

    Returns
    -------
    dict of int to Sentence
    """
    lines = [(r.start, r.end) for r in article.regions if r.label in ("chronicle", ENTRY_DATE)]
    out: dict[int, Sentence] = {}
    for i, sent in enumerate(sents[:-1]):
        if any(s <= sent.start and sent.end <= e for s, e in lines) and "\n" in article.text[sent.end:sents[i + 1].start]:
            out[i] = sents[i + 1]
    return out


def _going_on_records(article: Article, sents: Sequence[Sentence], records: Sequence[dict],
                      dates: Sequence[tuple[int, int]], *, lanes: Lanes | None) -> list[dict]:
    """Candidates of past-tense sentences that go on, in one paragraph, from a sentence dated on a recent day or in
    the publication's own week (*this week*) (:func:`timeline.lede.continued_events`): dated by that day or week,
    anchored on that sentence's mention."""
    days: list[str | None] = []
    for sent in sents:
        own = {r[E.date] for r in records if sent.start <= r[E.quote_start] < sent.end and not r[E.tags]
               and r["anchor"] != UNDATED_ANCHOR and "second event" not in r[E.note]}
        value = own.pop() if len(own) == 1 else ""
        days.append(value if value and (_recent(value, article.published) or _this_week(value, article.published))
                    else None)
    out = []
    for found, day in continued_events(article.text, [(s.start, s.end) for s in sents], dates, days):
        rec = _undated_record(article, found, lanes=lanes)
        rec.update({E.event_id: f"{day}-{slug(rec[E.title])}", E.date: day, "mention_value": day, "anchor": "mention",
                    E.note: f"dated by the sentence before ({day}): a past-tense sentence of a named actor going on "
                            f"from it in the same paragraph"})
        out.append(rec)
    return out


#: verbs of calling something off: done in the past tense, they are not on the later day of what they call off
_CANCEL = frozenset({"cancel", "scrap", "abandon", "axe", "ditch", "scrub", "scratch"})


def _redate_cancelled(article: Article, rec: dict, info: Clause, start: int, *, done: bool = False) -> None:
    """Re-date a cancellation told as done of what was planned for a later day (*The president canceled a rally
    scheduled for Wednesday*, *the campaigns have cancelled events through Tuesday*, published before that day),
    and an act told as done whose later day ends the period it set (*the court has granted an extension …
    through November 14*, *schools are closed until next week*, *introduced a bill to ban it effective next
    October*, the date at ``start``): the act happened by the publication day, and the later day only
    names what will not happen or when what it set ends. The record (changed in place) is dated by the publication
    day, with the anchor and note of an undated report. ``done``: :func:`timeline.clauses.analyse` found so already
    (the date is a reference, :data:`timeline.clauses.PERIOD_END`)."""
    until = re.search(r"\b(?:through|thru|until|till|effective)\s+(?:at\s+least\s+|next\s+)?$",
                      article.text[max(0, start - 24) : start], re.I)  # 'until at least May 6', 'effective next …'
    shut = until and info.verb_form == "passive" and re.match(r"(?:is|are)\b", article.text[info.verb[0] :], re.I)
    if not done and not shut and (info.verb_form not in {"past", "perfect"} or not (
            _CANCEL & {*info.actions, *info.verbs} or until)):
        return  # ('shut': a present passive state until a later day, 'schools are closed until next week')
    day = article.published.isoformat()
    what = "an act told as done" if until or info.reason == PERIOD_END else "a cancellation told as done"
    title = make_title(article.text, info, info.verb[0], info.verb[0])  # the later day stays in it: not shown beside
    rec.update({
        E.event_id: f"{day}-{slug(title)}", E.date: day, E.date_text: "", E.tags: "", E.title: title,
        E.note: f"{UNDATED_NOTE}: {what} of a later "
                f"{rec[E.date_text]!r} ({rec[E.date]}) happened by the publication day {day}",
        "confidence": _UNDATED_CONFIDENCE["perfect"], "mention_value": day, "mention_mod": "",
        "anchor": UNDATED_ANCHOR,
    })


#: a distance that keeps a second event on the main event's day ('15 minutes after', 'two hours before')
_SAME_DAY_OFFSET = re.compile(r"\b(?:seconds?|minutes?|hours?)$", re.I)
#: no distance, or a short one: the clause stays in the year or month that opens the sentence ('long after' does not)
_CLOSE = {"", "soon", "shortly", "just", "right", "immediately"}
#: a distance of minutes or hours said without a number: the main event's date at any precision ('shortly after')
_MOMENTS = {"shortly", "just", "right", "immediately"}
#: a distance of days: the main event's date when that is a week or coarser ('soon after', 'not long after')
_SOON = {"soon", "not long"}
#: a counted distance of a day or more ('a day', 'two days', 'the day', 'just three weeks'): the main date shifted
_COUNTED = re.compile(r"(?:(?:just|only|barely|exactly)\s+)?(?P<n>\d{1,2}|an?|one|the|two|three|four|five|six|seven|"
                      r"eight|nine|ten)\s+(?P<unit>day|week|month|year)s?", re.I)
_UNIT_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def second_date(main_date: str, sub: SubEvent, *, fronted: bool = False) -> str | None:
    """The date of a second event (:func:`timeline.clauses.second_events`) from that of its main clause, when the
    text gives it: a result (*…, triggering an evacuation*), a clause at the same time (*… as the board rejected
    the bid*) and a time clause at a distance of seconds, minutes or
    hours or said *shortly/just/right/immediately* after have the main clause's date; *soon/not long after*, the
    year of that date when it is a week or coarser (days or weeks may lie between); a counted distance of a day or
    more (*a day after*, *two weeks before*) the main date less (after) or plus (before) that distance, at the
    coarser of the two precisions (*May 3, two days after* → May 1; *a week after* → that ISO week); a clause
    right after a year or month that opens the sentence (``fronted``), that year or month unless it is put *long*
    after it. The other clause of a concessive sentence has the date when told of the same occasion
    (:func:`timeline.clauses.contrast_clauses`). None for any other (*after* alone, *several days after*, *more than
    two days after*) and for a ``where`` clause.

    Returns
    -------
    str or None
        A date value, or None when the text does not date the clause.
    """
    if sub.link in (CONTRAST, COORDINATED):
        return main_date if sub.same_time else None  # the other clause of a concessive sentence, of its occasion;
        # a coordinated clause under a date that opens the sentence
    if sub.link == "result" or sub.link in SAME_TIME_LINKS:
        return main_date  # what it caused, or what happened at the same time ('fell Monday as the board rejected')
    if sub.link == "where":
        return None
    prec = precision_of(main_date)
    if _SAME_DAY_OFFSET.search(sub.offset) or sub.offset in _MOMENTS or fronted and sub.offset in _CLOSE:
        return main_date
    if sub.offset in _SOON and PREC_RANK.get(prec or "", 0) >= PREC_RANK["week"]:
        return main_date if PREC_RANK[prec] >= PREC_RANK["year"] else main_date[:4]
    counted = _COUNTED.fullmatch(sub.offset)
    if counted is None or prec is None:
        return None
    word = counted.group("n").lower()
    n = int(word) if word.isdigit() else 1 if word in ("a", "an", "one", "the") else word_number(word)
    unit = _UNIT_CODE[counted.group("unit").lower()]
    if not n or PREC_RANK[prec] > PREC_RANK[UNIT_PREC[unit]]:
        return None  # 'in May, two days after …': a distance finer than the date moves nothing the text gives
    moved = shift(main_date, prec, -n if sub.link in ("after", "following") else n, unit)
    return moved[0] if moved else None


def _stands_apart(sub: SubEvent, main_date: str, own: Sequence[tuple[int, int]], *, fronted: bool = False) -> bool:
    """Whether a clause cut from a main quote (:func:`timeline.clauses.event_quote`) is an event of its own on the
    timeline: it holds a date of its own (one of the ``own`` spans), or the text dates it from the main clause
    (:func:`second_date`: a result, a clause at the same time, a time clause at a distance, or framed by an opening
    year). An undated time clause (*made a statement after the club sold its ground*) is only left out of the
    main quote, and the main event's title may still tell it."""
    if any(sub.start <= a and b <= sub.end for a, b in own):
        return True
    return second_date(main_date, sub, fronted=fronted) is not None


#: a verb group in the present ('is allowed', 'are cleared', 'has'): the clause's act is not yet done
_PRESENT_GROUP = re.compile(r"(?:is|are|am|has|have|does|do)\b", re.I)


def _told_as_done(text: str, sub: SubEvent, info: Clause, *, scheduled: bool = False, lone: bool = False) -> bool:
    """Whether a time clause cut from a sentence tells an act done at the time its main clause gives it. Not a
    *while* clause alone (``lone``): what was going on meanwhile, the background of the main clause (*the office
    stayed closed on Monday while engineers tested the wiring*, *… while the firm marketed its own insurance*); a
    chain of clauses at that time (*Crowds filled the square on Tuesday night while the senator conceded, and the
    governor declared victory*) lists the night's events and stays. Nor a *before* clause in the present after a
    main clause told as done: what had not happened yet (*In May, the senators asked the agency for its data before
    the plant is allowed to reopen*); after a scheduled main clause (*the vote is set for Monday, a day before the
    session closes*) it is a time to come, and stays."""
    if sub.link == "while" and lone:
        return False
    present = info.verb_form == "present" or bool(info.verb[1]) and bool(_PRESENT_GROUP.match(text, info.verb[0]))
    return not (sub.link == "before" and present and not scheduled)


def _coordinated_perfect(article: Article, main: dict, sub: SubEvent, today: dt.date, *,
                         lanes: Lanes | None) -> dict | None:
    """The record of a clause coordinated with a dated one in its sentence (:func:`timeline.clauses.coordinated_clauses`)
    without a date of its own, when it is told in the present perfect (*The fleet has already left the port, and
    the field hospital closed on May 3*; *I met the governor today, and we have sent a team there*): what is done
    by the time of writing, dated by the publication day ``today``, as an undated report is (:mod:`timeline.lede`).
    None for any other tense (a past clause without a date gets none), a non-event or a clause without a title."""
    text = article.text
    info = analyse(text, sub.body, sub.end, sub.body, sub.body, when="past")
    if info.verb_form != "perfect" or info.kind in NON_EVENT_KINDS or not info.verb[1] \
            or not re.match(r"(?:has|have)\b|\w+[’']ve\b", text[info.verb[0] : info.verb[1]], re.I):
        return None  # not a present perfect ('had withered': before some past time)
    title = make_title(text, info, sub.body, sub.body)
    if title == FALLBACK_TITLE:
        return None
    return _record(article, today.isoformat(), title, (sub.body, sub.end), text[info.start : info.end], lanes=lanes,
                   note=f"{UNDATED_NOTE}: a perfect coordinated with a dated clause of its sentence",
                   confidence=main["confidence"] * 0.7)


def _second_records(article: Article, main: dict, cut: Sequence[SubEvent], *, own: Sequence[tuple[int, int]],
                    fronted: bool, lanes: Lanes | None, by: str = "its main clause",
                    today: dt.date | None = None) -> list[dict]:
    """Candidates of the second events cut from a main candidate's quote (:func:`timeline.clauses.event_quote`),
    for those the text dates (:func:`second_date`: a result, a time clause at a distance of hours or minutes, or
    of counted days, weeks …, or framed by the year or month that opens the sentence). A clause holding a date of
    its own has that date's candidate; any other is only left out of the main quote. ``by`` says in the note what
    gave the main date. With ``today``, the publication day when the page gives it, a coordinated clause in the
    present perfect without a date of its own is dated by it (:func:`_coordinated_perfect`).
    """
    text, out = article.text, []
    for sub in cut:
        if any(sub.start <= a and b <= sub.end for a, b in own):
            continue  # it has a date of its own
        date = second_date(main[E.date], sub, fronted=fronted)
        if date is None and sub.link == COORDINATED and today is not None:
            rec = _coordinated_perfect(article, main, sub, today, lanes=lanes)
            out += [rec] if rec else []
            continue
        if date is None:
            continue
        # a time clause's present follows its main clause's time: 'is to be sentenced, an hour after the jury returns'
        when = "future" if main[E.tags] == "scheduled" else _when(date, article.published)
        info = analyse(text, sub.body, sub.end, sub.body, sub.body, when=when)
        lone = sum(c.link == sub.link for c in cut) == 1
        if info.kind in NON_EVENT_KINDS or not (info.verb[1] or info.action) \
                or not _told_as_done(text, sub, info, scheduled=main[E.tags] == "scheduled", lone=lone):
            continue
        title = make_title(text, info, sub.body, sub.body)
        if title == FALLBACK_TITLE:
            continue
        same = date == main[E.date]
        moved = "" if same else " (its year)" if sub.offset in _SOON else \
            f" plus {sub.offset}" if sub.link == "before" else f" less {sub.offset}"
        rec = _record(article, date, title, (sub.start, sub.end), text[info.start : info.end], lanes=lanes,
                      note=f"{main[E.note]}; a second event of the sentence ({sub.link} clause), dated by {by}{moved}",
                      confidence=main["confidence"] * (0.8 if not moved else 0.7),
                      tags="scheduled" if info.kind == "scheduled" else "",
                      date_text=main[E.date_text] if main[E.date_text] in text[sub.start : sub.end] else "",
                      value=main["mention_value"] if same else date, mod=main["mention_mod"] if same else "",
                      anchor=main["anchor"], end_date=main[E.end_date])
        out.append(rec)
    return out


#: a sentence that puts the event of the one before at a distance from another ('The move comes a day after …',
#: 'Acme's decision came two weeks after …'): it goes on from that sentence even across a paragraph break
_COMES_AFTER = re.compile(r"\W*(?:the|this|that|its|his|her|their|[A-Z][\w.&-]*[’']s)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:comes|came)\s+(?:[\w-]+\s+){0,4}?(?:after|before|following)\s", re.I)


def _continued_records(article: Article, sents: Sequence[Sentence], records: Sequence[dict],
                       mentions: Sequence[DateMention], *, lanes: Lanes | None) -> list[dict]:
    """Second events of a sentence without a date of its own that goes on from a dated sentence before it, in the
    same paragraph of a news report: *Lawmakers reconvened Wednesday night. They said they would finish the count,
    hours after rioters stormed the building.* The undated sentence is read at the time the one before it reached
    (one day, from a date of that sentence's main clause, within :data:`timeline.lede.NEWS_DAYS` before the
    publication), and its time clause at a distance the text gives (:func:`second_date`) is dated from that day.
    The main clause stays no candidate (it has no date); only the clause after it is, quoted alone. A new paragraph
    goes on from the sentence before only when it opens by putting that sentence's event at a distance
    (:data:`_COMES_AFTER`: *Acme closed its plant on Monday.* / *The move comes a day after Brightline, its rival,
    opened a factory.*).

    Returns
    -------
    list of dict
        The candidates, with notes saying they are dated by the sentence before.
    """
    text, out = article.text, []
    own = [(x.start, x.end) for x in mentions if _event_date(x) is not None]
    for prev, sent in zip(sents, sents[1:]):
        if "\n" in text[prev.end : sent.start] and not _COMES_AFTER.match(text, sent.start, sent.end) \
                or any(sent.start <= a < sent.end for a, _b in own):
            continue
        subs = [sub for sub in second_events(text, sent.start, sent.end)
                if sub.link in ("after", "before", "following")]
        mains = [r for r in records if prev.start <= r[E.quote_start] < prev.end and r["anchor"] != UNDATED_ANCHOR
                 and "second event" not in r[E.note] and not r[E.tags] and precision_of(r[E.date]) == "day"]
        if not subs or len({r[E.date] for r in mains}) != 1:
            continue
        age = (article.published - parse_period(mains[0][E.date]).start).days
        if not 0 <= age <= NEWS_DAYS:
            continue
        main = {**mains[0], "confidence": mains[0]["confidence"] * 0.8}
        out += _second_records(article, main, subs, own=own, fronted=False, lanes=lanes, by="the sentence before")
    return out


#: a sentence that opens a period and announces what follows ('March began with a setback for the bidders.')
_OPENED_WITH = re.compile(r"[^.!?]{2,40}?\s+(?:started|began|opened|kicked off)\s+with\s+(?:an?|the)\s+[^.!?,;]{2,60}"
                          r"[.:]\s*$", re.I)


#: a sentence announcing the text of a letter that follows ('The text follows.', 'A copy of the letter is below.')
_TEXT_FOLLOWS = re.compile(r"\b(?:text|letter|copy)\b[^.!?]{0,40}?\b(?:follows|is\s+below|appears\s+below)\b|"
                           r"\bas\s+follows\b", re.I)
_LETTER_NOTE = "dated by the date line of the letter the release quotes after it"


def _letter_records(article: Article, sents: Sequence[Sentence], mentions: Sequence[DateMention], heads: _Heads, *,
                    lanes: Lanes | None) -> list[dict]:
    """Candidates of a sentence telling of a letter whose text the release then quotes under its own date line
    (*The mayor set out her demands in a letter to the minister. The text follows.* / *May 1, 2019* / *Dear …*):
    the letter's date line (a boilerplate line of its own) dates the sending. Nothing when the sentence before the
    date line announces no text, or none of it and the two sentences before it (a hard-wrapped line may cut one)
    names a letter."""
    text, out = article.text, []
    starts = [s.start for s in sents]
    for region in article.regions:
        if region.kind != "boilerplate" or region.label != "dateline":
            continue
        i = bisect.bisect_right(starts, region.start) - 1
        if i < 0 or sents[i].end > region.start or not _TEXT_FOLLOWS.search(text, sents[i].start, sents[i].end):
            continue
        letter = next((sents[k] for k in (i, i - 1, i - 2) if k >= 0 and re.search(
            r"\bletter\b", text[sents[k].start : sents[k].end], re.I) and text[sents[k].start : sents[k].end]
            .strip().rstrip(".") != (_TEXT_FOLLOWS.search(text, sents[k].start, sents[k].end) or [""])[0]), None)
        found = heads[(region.start, region.end)]
        if letter is None or len(found) != 1 or found[0].precision != "day":
            continue
        m = replace(found[0], start=found[0].start + region.start, end=found[0].end + region.start)
        out += _opened_records(article, m, m.value, letter, mentions, lanes=lanes, why=_LETTER_NOTE)
    return out


#: how far (characters) after its date line the lead of a carried release may start (its headline between)
_NEAR_LEAD = 200
_EMBEDDED_NOTE = "dated by the date line of the earlier release or remarks the page carries over it"


def _embedded_lead_records(article: Article, sents: Sequence[Sentence], mentions: Sequence[DateMention],
                           heads: _Heads, *, lanes: Lanes | None, items: bool = False) -> list[dict]:
    """Candidates of the lead of an earlier release the page carries under that release's own date line (a page of
    May 15 quoting *Monday, March 3, 2019* / *Council Approves Harbour Plan* / *After a long debate, the council
    approved …*): the date line, a day before the publication, dates the first sentence after it (after a
    headline line with no closing stop) when that sentence gives no date of its own and states an event in the past
    tense, the passive or the perfect (:func:`_opened_records`); a line heading the record of a spoken act right
    under the date line (*Remarks by the Governor at the Flood Site*: :func:`timeline.clauses.act_header`) is that
    act, made that day (:func:`_act_record`). Not a date line of the publication day (the page's own: :mod:`timeline.lede`).
    ``items``: a page without a publication date, whose date lines count when they head the items of a page of
    several dated items (an index of releases: :func:`timeline.dates.speech.speaking_days`)."""
    text, out = article.text, []
    starts = [s.start for s in sents]
    for region in article.regions:
        if region.kind != "boilerplate" or region.label != "dateline" or (article.published is None) != items:
            continue
        found = heads[(region.start, region.end)]
        if len(found) != 1 or found[0].precision not in ("day", "time") or found[0].anchor != "absolute":
            continue
        i = bisect.bisect_left(starts, region.end)
        if not (_heads_item(text, found[0], starts[i] if i < len(starts) else len(text)) if items
                else found[0].value[:10] < article.published.isoformat()):
            continue
        m = replace(found[0], start=found[0].start + region.start, end=found[0].end + region.start)
        if i < len(sents) and sents[i].start - region.end <= _NEAR_LEAD \
                and act_header(text[sents[i].start : sents[i].end]):
            out.append(_act_record(article, m, sents[i], lanes=lanes))
            continue  # 'Remarks by the Governor at the Flood Site' under its date line: the remarks were made then
        if i < len(sents) and i + 1 < len(sents) and not re.search(r"[.!?:][\"'”’)]*\s*$",
                                                                     text[sents[i].start : sents[i].end]):
            i += 1  # the release's headline line
        if i >= len(sents) or sents[i].start - region.end > _NEAR_LEAD:
            continue
        lead = analyse(text, sents[i].start, sents[i].end, sents[i].start, sents[i].start, when="past")
        if lead.verb_form not in ("past", "passive", "perfect"):
            continue  # a lead in the present states what is, not what the release reported that day
        out += _opened_records(article, m, m.value[:10], sents[i], mentions, lanes=lanes, why=_EMBEDDED_NOTE)
    return out


def _heads_item(text: str, line: DateMention, pos: int) -> bool:
    """Whether the date line ``line`` heads the item of a page of several dated items that ``pos`` lies in (the
    page has no publication date: the tagger's stretch holding ``pos`` counts from that line's day)."""
    day = spoken_day(text, pos, None)
    return day is not None and day.isoformat() == line.value[:10]


#: a genre label opening a header line ('Transcript (Part 1): Hearing on …', 'Full text: Remarks …'): no title word
_GENRE_LABEL = re.compile(r"(?:full\s+)?(?:transcript|text|video|audio)(?:\s*\([^()]{1,20}\))?\s*:\s+(?=\S)", re.I)


def _act_record(article: Article, m: DateMention, line: Sentence, *, lanes: Lanes | None,
                why: str = _EMBEDDED_NOTE, names: re.Pattern[str] | None = None) -> dict:
    """The candidate of a line heading the record of a spoken act (*Remarks by the Governor at the Flood Site*),
    dated by the date line ``m`` over it; titled as written (cut where a phrase starts, within
    :data:`timeline.titles.MAX_TITLE` characters) when the title rules find no clause in it, or one whose title
    leaves out what ``names`` finds in the line (the gathering a headline names: *Mayor Takes Part in Briefing on the
    Flood*, not *Mayor takes part*)."""
    text, date = article.text, m.value[:10]
    qs, qe = line.start, line.end
    info = analyse(text, qs, qe, qs, qs, when=_when(date, article.published))
    title = make_title(text, info, qs, qs)
    if title == FALLBACK_TITLE or info.kind in NON_EVENT_KINDS or names is not None and not names.search(title):
        words = text[qs:qe].strip().rstrip(".:")
        label = _GENRE_LABEL.match(words)
        words = words[label.end() :] if label else words
        title = fit_title(words.split())  # cut where a phrase starts, within a title's length
        if not title or names is not None and not names.search(title):
            cut = words.rfind(" ", 0, MAX_TITLE)
            title = words[: cut if cut > 0 else MAX_TITLE]
            title = re.sub(r"(?:\s+(?:on|at|of|by|in|the|to|for|and|a|an|with))+$", "", title, flags=re.I)
    return _dated_record(article, m, date, title, (qs, qe), text[qs:qe], lanes=lanes, note=_mention_note(m, why),
                         confidence=_mention_confidence(m, _OPENED_WEIGHT))


def _opened_records(article: Article, m: DateMention, date: str, nxt: Sentence, mentions: Sequence[DateMention], *,
                    lanes: Lanes | None, why: str = "dated by the sentence before, which opens that period with it"
                    ) -> list[dict]:
    """Candidates of the sentence after one that opens a period with what follows ('March began with a setback.
    After the bank said it would pull out, the bidder itself withdrew the offer.'): the announced happening
    is dated by that period, when the sentence gives no date of its own (``why``: the note's reason; the date line
    of a letter dates the sentence telling of that letter, :func:`_letter_records`)."""
    text = article.text
    own = [(x.start, x.end) for x in mentions if _event_date(x) is not None]
    if any(nxt.start <= a < nxt.end for a, _b in own):
        return []
    opening = re.match(r"\W*(?:after|when|as|once|before|following|while)\b[^,;]*,\s*", text[nxt.start : nxt.end], re.I)
    at = nxt.start + (opening.end() if opening else 0)  # the main clause, after an opening time clause
    info = analyse(text, nxt.start, nxt.end, at, at, when=_when(date, article.published))
    if info.kind in NON_EVENT_KINDS:
        return []
    qs, qe, cut = event_quote(text, at, nxt.end, at, at)  # the main clause's own quote
    if opening:  # the opening time clause is an event of its own ('After his aide tested positive, …')
        link = re.match(r"\W*(\w+)\s+", text[nxt.start : at])
        comma = text.rindex(",", nxt.start, at)
        if link and link.group(1).lower() in {"after", "following", "before"} and link.end() < comma - nxt.start:
            cut = [SubEvent(nxt.start, comma, nxt.start + link.end(), link.group(1).lower(), ""), *cut]
    if qe <= qs or qe - qs > _MAX_QUOTE:
        return []
    if opening:  # the main clause alone, read at its last clause (its first may be a list of subjects)
        info = analyse(text, qs, qe, qe - 1, qe - 1, when=_when(date, article.published))
    title = make_title(text, info, *((qe - 1, qe - 1) if opening else (at, at)))
    if title == FALLBACK_TITLE or not info.verb[1] or info.kind in NON_EVENT_KINDS:
        return []
    rec = _dated_record(article, m, date, title, (qs, qe), text[info.start : info.end], lanes=lanes,
                        note=_mention_note(m, why), confidence=_mention_confidence(m, _OPENED_WEIGHT),
                        tags="scheduled" if info.kind == "scheduled" else "")
    return [rec, *_second_records(article, rec, cut, own=own, fronted=True, lanes=lanes)]


#: a day named relative to the publication in a headline ('… Kicks Off Monday', '… Votes Today')
_HEADLINE_DAY = re.compile(rf"(?:(?:{WEEKDAY_RE})|today|tonight|tomorrow)(?:\s+(?:morning|"
                           r"afternoon|evening|night))?", re.I)


def _headline_records(article: Article, body_dates: set[str], heads: _Heads, *, lanes: Lanes | None) -> list[dict]:
    """Candidates from a headline dated by a weekday or 'today' ('Annual Shareholder Meeting Opens Monday').

    The headline is boilerplate (the story restates it), but a news headline that names the day of its lead event
    is often the only place that gives that day; it is a candidate when no body sentence gives the same date, and
    tagged scheduled when the day lies after the publication date.
    """
    text = article.text
    out: list[dict] = []
    for region in article.regions:
        if region.label != "headline":
            continue
        for m in heads[(region.start, region.end)]:
            date = _event_date(m)
            if date is None or date in body_dates or m.precision != "day" or m.anchor != "publication" \
                    or not _HEADLINE_DAY.fullmatch(m.text):
                continue
            ms, me = region.start + m.start, region.start + m.end
            qs, qe = region.start, region.end
            while qe > qs and text[qe - 1].isspace():
                qe -= 1
            when = _when(date, article.published)
            info = analyse(text, qs, qe, ms, me, when=when)
            bare = re.sub(r"\s*\b(?:on|this|next)?\s*$", "", (text[qs:ms] + text[me:qe]).strip(" ,;:-–—"), flags=re.I)
            title = bare if 2 <= len(bare.split()) and len(bare) <= 60 else make_title(text, info, ms, me)
            out.append(_dated_record(
                article, m, date, title, (qs, qe), text[qs:qe], lanes=lanes,
                note=_mention_note(m, "the headline's day"), confidence=_mention_confidence(m, 0.6),
                tags="scheduled" if when == "future" else ""))
            body_dates.add(date)
    return out


#: what the note of a headline's spoken act says
_ACT_HEADLINE_NOTE = ("the headline of the record of a spoken act at a gathering, dated by its own date or the date line "
                      "over it")
#: gatherings named by one noun (a conference only as a press or news conference: :data:`_GATHERING`)
_GATHERING_WORDS = r"briefing|hearing|interview|debate|town\s+hall|roundtable"
#: a gathering a spoken act takes place at: its record's headline names an event of its own
_GATHERING = re.compile(r"\b(?:(?:press|news)\s+(?:conference|briefing)|" + _GATHERING_WORDS + r")\b", re.I)
#: the noun of a gathering, as a pattern to build others with (:data:`_HELD_GATHERING`)
_GATHERING_NOUN = r"(?:(?:press|news)\s+)?(?:conference|" + _GATHERING_WORDS + r")"
#: a headline naming a gathering held: its record by or with a named speaker (*Press Briefing by Press Secretary
#: Jane Roe*), or an actor taking part in it or holding it (*Mayor Takes Part in Briefing on the Flood*, *Committee
#: Holds Hearing on Ferries*); not a prospect (*Press Conference Set for Friday*, *Mayor to Hold Briefing*) nor a
#: statement about one (*Senator's Statement on Ferry Hearing*)
_HELD_GATHERING = re.compile(r"(?i:\b" + _GATHERING_NOUN + r")\s+(?i:by|with)\s+[A-Z]|(?i:(?<!to\s)(?<!will\s)\b(?:participates?\s+in|"
                            r"takes?\s+part\s+in|holds?|chairs?|attends?|joins?)\s+(?:an?\s+|the\s+)?"
                            r"(?:[\w’'-]+\s+){0,4}?" + _GATHERING_NOUN + r"\b)")


def _act_headline_records(article: Article, heads: _Heads, *, lanes: Lanes | None) -> list[dict]:
    """The candidate of a headline that heads the record of a spoken act (*Remarks by the Mayor at the Harbour*,
    *Transcript: Hearing on the Budget Before the Finance Committee, 3 May 2019*: :func:`timeline.clauses.act_header`)
    or names a gathering held (:data:`_HELD_GATHERING`: *Press Briefing by Press Secretary Jane Roe*, *Governor Takes
    Part in Briefing on Flood Damage*, a release's headline under its date line whose page is the briefing's
    transcript): the page is that act's record, so the headline names it, dated by the full date the headline prints or else by
    the date line right above it (:func:`_act_record`). The headline's words are boilerplate to the story, which
    only goes on with what was said."""
    text, out = article.text, []
    lines = [r for r in article.regions if r.kind == "boilerplate"]
    for k, region in enumerate(lines):
        line = text[region.start : region.end]
        spoken = act_header(line)
        if region.label != "headline" or not (spoken and _GATHERING.search(line) or _HELD_GATHERING.search(line)):
            continue  # ('Remarks by the Mayor on the Flood': what the story goes on to say, not a gathering)
        own = [m for m in heads[(region.start, region.end)] if m.precision == "day" and m.anchor == "absolute"]
        at = region.start
        if not own and k and lines[k - 1].label == "dateline" and region.start - lines[k - 1].end <= 2:
            at = lines[k - 1].start  # the date line right above: 'August 9, 2019' / 'Remarks by the Mayor …'
            own = [m for m in heads[(at, lines[k - 1].end)] if m.precision == "day" and m.anchor == "absolute"]
        if len(own) != 1:
            continue
        m = replace(own[0], start=own[0].start + at, end=own[0].end + at)
        end = region.end
        while end > region.start and text[end - 1].isspace():
            end -= 1
        out.append(_act_record(article, m, Sentence(region.start, end), lanes=lanes, why=_ACT_HEADLINE_NOTE,
                               names=None if spoken else _GATHERING))
    return out


#: what the note of a heading's act says (:func:`_heading_act_records`)
_HEADING_ACT_NOTE = (f"{UNDATED_NOTE}: the act a transcript's or a release's heading says it follows ('Remarks … After "
                     "Touring …'), of the publication day")


def _heading_act_records(article: Article, records: Sequence[Mapping], *, lanes: Lanes | None) -> list[dict]:
    """The candidate of the act a page's heading names after *After*, *Following* or *Upon* (*Remarks by the
    Governor After Touring the Flood Damage*: :func:`timeline.headings.heading_act`), dated by the publication day
    and titled by the act (*Governor tours flood damage*): the remarks follow the act on their day, and the body
    seldom tells it with a date. One heading per page, among its first :data:`timeline.published.HEADER_LINES`
    non-blank lines (a site's notice may come first); none when a record already quotes that line."""
    text = article.text
    start, seen = 0, 0
    for line in text.split("\n"):
        act = heading_act(line)
        qs, qe = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        start += len(line) + 1
        seen += bool(line.strip())
        if seen > HEADER_LINES:
            return []
        if act is None:
            continue
        title = heading_title(act, lambda word: written_case(text, qe, word))
        if not title or any(r[E.quote_start] < qe and qs < r[E.quote_end] for r in records):
            return []
        return [_record(article, article.published.isoformat(), title, (qs, qe), text[qs:qe], lanes=lanes,
                        note=_HEADING_ACT_NOTE, confidence=_UNDATED_CONFIDENCE["lede"])]
    return []


_STATEMENT_PAGE_NOTE = (f"{UNDATED_NOTE}: a release that is one statement ('Statement by … on …'), issued on the "
                        "publication day")
#: the marks that open a quotation: a statement printed as its speaker's words
_OPENING_QUOTES = "“\""
#: a story sentence of a page, as a lede is read: eight words or more, ending with a stop (a quotation's mark after it)
_STORY_SENTENCE = re.compile(r"(?:\S+\s+){7,}\S*[.!?][\"'”’)]*\s*$")


def _statement_page_records(ctx: _Reading, records: Sequence[Mapping]) -> list[dict]:
    """The candidate of a release that is one statement printed as its speaker's words (the headline *Statement by
    Secretary Ann Roe on the Flood* or *Mayor Roe’s Statement on the Verdict*, the text opening with a quotation
    mark): issuing it is the page's news, of its publication day, and what was said states no act of that day. When
    no record of the page is dated its publication day, one record of that day quotes the statement's first story
    sentence after the headline, titled by the headline's speaker and subject
    (:func:`timeline.titles.statement_label_title`: *Ann Roe issues statement on flood*). Not a headline with a verb
    of its own (*Roe Issues Statement …*, *FAA Publishes Statement …*), one naming no speaker (*Statement on the
    Flood*), a page with a record of its day (its body tells the news), a page whose text opens in the narrator's
    words (*The agency today reported …*: a news page, whose act, missed, is not the statement), nor a sentence a
    record already quotes."""
    article = ctx.article
    text, day = article.text, article.published.isoformat()
    if not article.title or any(r[E.date] == day for r in records):
        return []
    head = text.find(" ".join(article.title.split()[:4]))
    below = text.find("\n", head) if head >= 0 else -1  # the text under the headline, which capitalises its words
    title = statement_label_title(article.title, text[below:]) if below >= 0 else ""
    if not title:
        return []
    first = next((x for x in ctx.sents if x.start > head and _STORY_SENTENCE.match(text, x.start, x.end)), None)
    if first is None or text[first.start : first.end].lstrip()[:1] not in _OPENING_QUOTES \
            or any(r[E.quote_start] < first.end and first.start < r[E.quote_end] for r in records):
        return []
    return [_record(article, day, title, (first.start, first.end), text[first.start : first.end], lanes=ctx.lanes,
                    note=_STATEMENT_PAGE_NOTE, confidence=_UNDATED_CONFIDENCE["lede"])]


#: a line of a hearing record's title in capitals: a lower-case letter alone between capitals is allowed ('401(k)',
#: 'McCAIN'), a lower-case word is not (a sentence)
_COVER_TITLE_LINE = r"^[ \t]*[A-Z](?:[A-Z0-9 ,:;’'?&.()/-]|[a-z](?![a-z])){3,}$\n\s*"
#: the kinds of hearing a cover names before 'HEARING' ('JOINT HEARING', 'FIELD HEARING', 'SPECIAL HEARING')
_COVER_KIND = r"(?:(?:JOINT|SPECIAL|FIELD|OVERSIGHT|LEGISLATIVE)\s+)?HEARINGS?"
#: the cover of a printed hearing record: its title in capitals (over a rule of '=' most often), then 'HEARING' (or
#: 'JOINT HEARING' …) alone on its line, 'BEFORE THE' (or 'BEFORE A') and the committee, the Congress and session,
#: and the day it was held alone on its line, after a rule of '_' or '-' most often and the hearing's kind at most,
#: with the place after two hyphens at most ('MAY 4, 2027--WASHINGTON, DC'). The printers set the cover so; the
#: rules and kinds vary between records and between the copies (a plain-text copy turns '___' into '---').
_HEARING_COVER = re.compile(
    rf"(?P<title>(?:{_COVER_TITLE_LINE}){{1,4}})(?:=+[ \t]*\n)?(?:\s*\(\S+\)[ \t]*\n)?"
    rf"\s*(?P<hearing>{_COVER_KIND})[ \t]*\n\s*(?:BEFORE|before)\s+(?:THE|the|A|a)\s+(?P<body>[^_=]{{3,400}}?)\n"
    rf"\s*(?:[_-]{{3,}}[ \t]*\n\s*)?(?:{_COVER_KIND}[ \t]*\n\s*)?"
    r"(?P<day>[A-Z][a-z]*[A-Z]*\.?\s+\d{1,2},\s+\d{4})(?P<place>-{1,2}[A-Z][A-Za-z .,]{1,40}?)?[ \t]*$", re.M)
#: the same cover in a copy that ran its lines together (a PDF's text flattened): 'TITLE HEARING BEFORE THE
#: SUBCOMMITTEE … SECOND SESSION JANUARY 24, 2027 Serial No. 120–80' on one line, the day before the serial number
_HEARING_COVER_FLAT = re.compile(
    rf"(?P<title>[A-Z][A-Z0-9 ,:;’'?&.()/-]{{10,300}}?)[ \t]+(?:=+[ \t]+)?(?P<hearing>{_COVER_KIND})[ \t]+BEFORE[ \t]*"
    r"(?:THE|A)[ \t]+(?P<body>(?:SUB)?COMMITTEE\b[A-Z ,&.’'-]{3,300}?)[ \t]+(?:_{3,}[ \t]+)?"
    r"(?P<day>[A-Z][A-Za-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4})(?P<place>)[ \t]+(?:_{3,}[ \t]+)?Serial[ \t]+No\b")
#: the lines of a hearing cover after the committee's name: the chamber, the Congress, the session
_COVER_CHAMBER = re.compile(r"\b(?:CONGRESS|SESSION|UNITED\s+STATES|U\.\s?S\.|HOUSE\s+OF|SENATE)\b")
#: where a cover's line runs on from the committee's name into the chamber or the Congress ('COMMITTEE ON
#: HARBORS U.S. SENATE', a flattened cover's one line): the line is read as two there
_CHAMBER_RUN_ON = re.compile(r"(?<=[A-Za-z])[ \t]+(?=(?:UNITED\s+STATES\s+SENATE|U\.\s?S\.\s+SENATE|(?:U\.\s?S\.\s+)?HOUSE\s+OF\s+"
                             r"REPRESENTATIVES|ONE\s+HUNDRED)\b)")


#: the heading of a head of state's or government's act as its gazette prints it: the act's kind and number, and
#: the day it was signed ('Proclamation 9001 of March 3, 2027', 'Executive Order 14500 of May 4, 2027'), its title
#: in capitals after it (:func:`act_heading` keeps it opening its line or after the gazette's words, 'Presidential
#: Documents', 'Title 3—', never after a sentence's lower-case word: 'signed Proclamation 9001 of March 3, 2027')
_ACT_HEADING = re.compile(
    r"\b(?P<kind>Proclamation|Executive\s+Order|Presidential\s+(?:Memorandum|Determination)|Decree|Ordinance)"
    r"\s+(?:No\.\s*)?(?P<number>\d[\d-]*)\s+of\s+(?P<day>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})(?=\s+[A-Z])")
#: where an act's title ends after its heading: the enacting words ('By the President of …', 'By the authority
#: of …'), a blank line
_ACT_TITLE_END = re.compile(r"\bBy\s+(?:the|virtue)\b|\n[ \t]*\n")
#: the enacting words an act opens with after its title ('By the President of the Republic', 'By the authority
#: the law gives me …', 'By virtue of …'): the act itself, not a story naming it
_ENACTING = re.compile(r"\bBy\s+(?:the\s+(?:President|authority|Governor|Prime\s+Minister)|virtue)\b")
#: how far into a page an act's heading may stand for the page to be that act (a gazette's header lines before it)
ACT_HEADING_REACH = 3000
#: how far after its heading an act's enacting words stand (its title between them)
ACT_TITLE_REACH = 600


def act_heading(text: str) -> re.Match | None:
    """The heading of the act a page prints (:data:`_ACT_HEADING`) within its first :data:`ACT_HEADING_REACH`
    characters, whose heading word is not preceded by a lower-case word (a story's mention) and is followed by its
    enacting words within :data:`ACT_TITLE_REACH` characters (:data:`_ENACTING`), or ``None``.

    A proclamation or an executive order as its gazette prints it is the act of the day its heading names. Its other
    sentences are its reasons (*The virus was first detected …*, *The Federal Government has developed numerous
    programs …*) and its provisions (*Sec. 2 … There is established a working group*), written in the present and
    present perfect of the act, not news of the gazette's day: the page's publication day dates none of them."""
    for m in _ACT_HEADING.finditer(text, 0, ACT_HEADING_REACH):
        before = text[max(0, m.start() - 30):m.start()].rstrip(" \t").split()
        if (not before or not before[-1][:1].islower()) and _ENACTING.search(text, m.end(), m.end() + ACT_TITLE_REACH):
            return m
    return None


#: the words a cut name does not end on ('Closing of Docks to Barges and' → '… to Barges')
_CUT_NAME_ENDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "who",
                  "with", "concerning", "regarding"}


def _cut_name(name: str) -> str:
    """A document's name cut at a word to fit a title (:data:`timeline.titles.MAX_TITLE`), on no word of
    :data:`_CUT_NAME_ENDS`: a name in title case is no sentence to cut at its phrases."""
    words = name.split()
    while len(words) > 1 and (len(" ".join(words)) > MAX_TITLE or words[-1].lower() in _CUT_NAME_ENDS):
        words.pop()
    return " ".join(words).rstrip(":,;")


def _act_heading_records(article: Article, heading: re.Match, tagger: Callable[..., list[DateMention]], *,
                         lanes: Lanes | None) -> list[dict]:
    """The candidate of the act a page prints (:func:`act_heading`): the act on the day its heading names, titled
    by its kind, number and title ('Proclamation 9001: Declaring a national emergency …'), quoting the heading and
    the title; it titles its event as a hearing record's cover does (``PAGE_TITLED``): the heading's verbless lines
    name the act."""
    text = article.text
    own = [m for m in tagger(heading.group("day")) if m.precision == "day" and m.anchor == "absolute"]
    if len(own) != 1:
        return []
    m = replace(own[0], start=own[0].start + heading.start("day"), end=own[0].end + heading.start("day"))
    gap = len(text[heading.end():heading.end() + 400]) - len(text[heading.end():heading.end() + 400].lstrip())
    rest = text[heading.end() + gap:heading.end() + gap + 400]  # the title after the blank lines under the heading
    stop = _ACT_TITLE_END.search(rest)
    name = " ".join(rest[:stop.start() if stop else len(rest)].split())
    name = re.sub(r"^The President\s+", "", name)  # the gazette's column heading over the act's title
    kind = " ".join(heading.group("kind").split())
    label = f"{kind} {heading.group('number')}"
    title = _cut_name(f"{label}: {name}") if name else label
    end = heading.end() + gap + (stop.start() if stop else len(rest))
    while end > heading.end() and text[end - 1].isspace():
        end -= 1
    start = heading.start("kind")
    rec = _dated_record(article, m, m.value[:10], title, (start, end), f"{label} {name}", lanes=lanes,
                        note=_mention_note(m, "the day an act's heading prints"),
                        confidence=_mention_confidence(m, _OPENED_WEIGHT))
    rec[PAGE_TITLED] = True  # its title says what the heading's verbless lines state (identity._event_head)
    return [rec]


#: the months' names a notice's date field prints in full
_FIELD_DAY = (r"(?P<day>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
              r"\s+\d{1,2},\s+\d{4})")
#: a notice's date fields: a filing due on a day, alone on its line ('Objections Due:   June 3, 2027',
#: 'Answers Due: June 20, 2027'), and the 'DATES:' field of a gazette's notice stating by when something must be
#: received ('DATES: Written views must be filed by noon, June 11, 2027.'): the deadlines the notice sets,
#: each an event of its day that the field's label names; the field's label keeps the sentence reader from them
_DUE_FIELD = re.compile(r"^[ \t]*(?P<what>[A-Z][A-Za-z]+(?:[ \t]+[A-Za-z]+){0,4}?)[ \t]+Due:[ \t]+" + _FIELD_DAY
                        + r"[ \t]*$", re.M)
_DATES_FIELD = re.compile(r"^[ \t]*DATES:\s+(?P<what>[A-Z][a-z]+(?:\s+[a-z]+){0,3}?)\s+(?:must|should)\s+be\s+"
                          r"(?:received|submitted|filed|postmarked)\s+(?:on\s+or\s+)?(?:before|by)\s+"
                          r"[^;]{0,60}?" + _FIELD_DAY, re.M)


def _notice_field_records(article: Article, tagger: Callable[..., list[DateMention]], *,
                          lanes: Lanes | None) -> list[dict]:
    """The deadlines a notice's date fields set (:data:`_DUE_FIELD`, :data:`_DATES_FIELD`): *Deadline for replies*,
    *Deadline for comments*, each on its day, quoting the field; titled as a hearing cover is (``PAGE_TITLED``)."""
    out = []
    for field in [*_DUE_FIELD.finditer(article.text), *_DATES_FIELD.finditer(article.text)]:
        own = [m for m in tagger(field.group("day")) if m.precision == "day" and m.anchor == "absolute"]
        if len(own) != 1:
            continue
        m = replace(own[0], start=own[0].start + field.start("day"), end=own[0].end + field.start("day"))
        what = " ".join(field.group("what").split())
        title = f"Deadline for {what.lower()}"  # 'Replies Due:' → 'Deadline for replies'
        start = field.start("what")
        rec = _dated_record(article, m, m.value[:10], title, (start, field.end("day")), title, lanes=lanes,
                            note=_mention_note(m, "a deadline a notice's date field sets"),
                            confidence=_mention_confidence(m, _OPENED_WEIGHT))
        rec[PAGE_TITLED] = True  # its title says what the field's label states (identity._event_head)
        out.append(rec)
    return out


#: a committee's name as its record writes it: '(Sub)committee on <name>', with the committee it belongs to after it
_COMMITTEE_ON = re.compile(r"(?P<kind>(?:Sub)?[Cc]ommittee)\s+(?:of\s+the\s+Committee\s+)?on\s+(?P<name>.+?)"
                           r"(?:,?\s+of\s+the\s+Committee\s+on\s+.*)?$")


def committee_headline(who: str, chamber: str) -> tuple[str, str]:
    """A committee's name as a headline writes it, with its chamber before it: 'Committee on Financial Services' of
    the House of Representatives is the 'House Financial Services Committee', a subcommittee named before its
    committee the 'House Coast Guard Subcommittee' …; and the short form, the first of a listed name ('Committee on
    Parks, Sport, and Culture' of the Senate: 'Senate Parks Committee'). ``who`` unchanged (twice)
    when it is no such name.

    Parameters
    ----------
    who : str
        The committee's name as the record writes it.
    chamber : str
        The lines after it that name the chamber ('HOUSE OF REPRESENTATIVES', 'UNITED STATES SENATE'), or "".

    Returns
    -------
    (str, str)
        The full headline name and the short one.
    """
    named = _COMMITTEE_ON.match(who.strip())
    if not named:
        return who, who
    house = "House" if re.search(r"\bHOUSE\b", chamber, re.I) else "Senate" if re.search(r"\bSENATE\b", chamber,
                                                                                        re.I) else ""
    kind, name = named.group("kind").capitalize(), named.group("name").strip(" ,")
    first = re.split(r",\s*|\s+and\s+", name)[0]
    return (" ".join(w for w in (house, name, kind) if w), " ".join(w for w in (house, first, kind) if w))


def _hearing_cover_records(article: Article, tagger: Callable[..., list[DateMention]], *,
                           lanes: Lanes | None) -> list[dict]:
    """The candidate of a printed hearing record's cover (:data:`_HEARING_COVER`): the committee held the hearing the
    title names on the day the cover prints. The cover is boilerplate to the transcript, which goes on with what was
    said; it is the only place that tells the hearing itself as an event."""
    text, out = article.text, []
    covers = list(_HEARING_COVER.finditer(text)) or list(_HEARING_COVER_FLAT.finditer(text))
    days: set[str] = set()
    for cover in covers:
        own = [m for m in tagger(cover.group("day").title()) if m.precision == "day" and m.anchor == "absolute"]
        if len(own) != 1 or own[0].value[:10] in days:
            continue  # no day, or the cover printed again (a record repeats its cover over its title page)
        days.add(own[0].value[:10])
        m = replace(own[0], start=own[0].start + cover.start("day"), end=own[0].end + cover.start("day"))
        # a word the printer broke over two lines ('INFRASTRUC- TURE' once the lines run together) is one word
        words = re.sub(r"(?<=[A-Z])- (?=[A-Z])", "", " ".join(cover.group("title").split())).rstrip(":,").split()
        topic = " ".join([words[0][:1] + words[0][1:].lower()] + [w if w[:1].isdigit() else written_case(
            text, cover.end(), w) for w in words[1:]])  # 'ACME' as the transcript writes it: 'Acme'
        body = re.sub(r"\bOF\s*THE\b", "OF THE", _CHAMBER_RUN_ON.sub("\n", cover.group("body")))  # 'OFTHE' of a PDF
        lines = [x.strip() for x in body.splitlines() if x.strip()]
        cut = next((k for k, x in enumerate(lines) if k and _COVER_CHAMBER.search(x)), len(lines))
        who = re.sub(r"\b(Of|On|And|The|For)\b", lambda w: w.group(0).lower(), " ".join(lines[:cut]).title())
        full, short = committee_headline(who, " ".join(lines[cut:]))
        title = next((t for t in (f"{full} holds hearing on {topic}", f"{short} holds hearing on {topic}",
                                  f"{full} holds hearing", f"{short} holds hearing", f"Hearing on {topic}")
                      if len(t) <= MAX_TITLE), fit_title(f"Hearing on {topic}".split()) or "Committee holds hearing")
        # the quote: the cover from 'HEARING' to the day and place (the title's words would tell other pages' years)
        rec = _dated_record(article, m, m.value[:10], title, (cover.start("hearing"), max(cover.end("day"),
                                                                                         cover.end("place"))),
                            f"{who} holds hearing",
                            lanes=lanes, note=_mention_note(m, "the day a hearing record's cover prints"),
                            confidence=_mention_confidence(m, _OPENED_WEIGHT))
        rec[PAGE_TITLED] = True  # its title says what the cover's verbless lines state (identity._event_head)
        out.append(rec)
    return out


def _recent(value: str, published) -> bool:
    """Whether a date names the publication day or one of the :data:`timeline.lede.RECENT_DAYS` before it."""
    p = parse_period(value)
    return p.precision in ("day", "time") and 0 <= (published - p.start).days <= RECENT_DAYS


def _this_week(value: str, published) -> bool:
    """Whether a date is the week of the publication day (*this week*, said in the story of that week)."""
    p = parse_period(value)
    return p.precision == "week" and p.start <= published < p.end


#: verbs of telling: a perfect of one states the telling, not the news ('has been reported')
_REPORTING = {"report", "say", "tell", "announce", "confirm", "state", "claim", "reveal", "disclose", "warn"}


def _retitle_restated(text: str, found: Undated, records: list[dict]) -> None:
    """A present perfect left to the dated sentence next to it that tells the same news (*Regulators say mercury
    has been detected in the river … The company said on Wednesday it believed some of the mercury came from …*)
    states that news more directly: its title replaces the title of the dated sentence's records when it says at
    least as much (:func:`timeline.titles.informativeness`), unless the dated sentence's own full title tells another
    happening (:func:`timeline.titles.tells_other`: 'The mayor signed the bill into law on Thursday' keeps its title
    beside 'The council has put an end to weeks of wrangling')."""
    if found.clause.verb_lemma in _REPORTING:
        return  # 'A fire has been reported at the warehouse': the report, not the fire
    title = make_title(text, found.clause, found.anchor, found.anchor)
    if title == FALLBACK_TITLE:
        return
    start, end = found.restates
    for rec in records:
        if start <= rec[E.quote_start] < end and informativeness(title) >= informativeness(rec[E.title]) \
                and rec.get("anchor") != UNDATED_ANCHOR and not tells_other(title, rec[E.title]):
            _retitle(rec, title, "titled by the sentence that reports the same news without a date")


def _undated_record(article: Article, found: Undated, *, lanes: Lanes | None) -> dict:
    """The candidate record of an event stated without a date (:mod:`timeline.lede`): dated by publication."""
    text, info = article.text, found.clause
    qs, qe = found.start, found.end
    link = _LEADING_URL.match(text, qs, found.anchor)
    if link:  # a page's 'Original URL: http://…' glued to the lede is no part of the sentence
        qs = link.end()
    qs, qe, _cut = event_quote(text, qs, qe, found.anchor, found.anchor)  # one event per quote
    if qe - qs > _MAX_QUOTE:
        qs, qe = clause_bounds(text, qs, qe, found.anchor, found.anchor)
    date = (found.day or spoken_day(text, qs, article.published)).isoformat()  # remarks under their own date line
    title = found.title or make_title(text, info, found.anchor, found.anchor)
    clause = text[info.start : info.end]
    rule = {"perfect": "a present perfect", "now": "'now' with the present progressive or 'confirmed'",
            "letter": "a letter's 'I am writing to …'", "floor": "a member's statement in a legislative record",
            "present": "the present of a one-time act",
            "speaker": "a speaker's own act told in the present",
            "schedule": "a briefer's programme of the day",
            "toll": "a disaster's toll of the day"}.get(found.rule, "the lede in the past tense")
    day = "the publication day" if date == article.published.isoformat() else \
        "the record's own day" if found.day else "the day its remarks are dated"
    note = f"{UNDATED_NOTE}: {rule} reports it as of {day} {date}"
    confidence = _UNDATED_CONFIDENCE[found.rule]
    if info.kind == "hypothetical":  # a reported possibility (timeline.lede keeps no other)
        note, confidence = f"{note}; {info.kind}: {info.reason}", confidence * 0.4
    return _record(article, date, title, (qs, qe), clause, lanes=lanes, note=note, confidence=confidence)


#: fewest words of a sentence that states a page's news (shorter ones are headings, greetings, labels)
_PAGE_NEWS_WORDS = 8
#: the finite verb forms of a clause that tells an act (not a clause read without a finite verb: *to get there*); a
#: future counts, as the complement of the act that announces it (*… announces that the office will sue*), and so
#: does a progressive, the news told as going on on its day (*The agency is recalling 20,000 heaters*), unless its
#: verb tells a trend, a state or a wait (:func:`timeline.lede.goes_on_only`)
_TOLD_FORMS = frozenset({"past", "present", "passive", "perfect", "future", "progressive"})
#: what the note of a page's news adds (:func:`_page_news_records`)
_PAGE_NEWS_NOTE = "the page's news: the opening sentence its headline restates, which gives no other event"


def _page_news_records(ctx: _Reading, records: Sequence[Mapping] = ()) -> list[dict]:
    """The candidate of a dated page's news when none of its ``records`` tells it: the first of its opening
    sentences (:data:`timeline.lede.NEWS_SENTENCES`, as many as open a news report with its news; a release may open
    with its agency's lines; of :data:`_PAGE_NEWS_WORDS` words or more) whose main clause is an event
    (:func:`timeline.clauses.analyse`) that the page's headline states (:func:`timeline.titles.headline_title`),
    dated by the publication day and titled by the headline. A page is published for its news, and its headline
    tells it; when no date expression, lede or perfect gives a candidate of it (*Writing to the mayor, the harbour
    master announces that the port will sue the city over its ferry logs* under *Port Will Sue City Over Ferry
    Logs*; *The transit agency is recalling 300 buses after …* under *Transit Agency Recalls Buses*, a lede in the
    progressive that no rule of :mod:`timeline.lede` takes without a dateline), the opening sentence the headline
    restates does. Nothing when a record's quote lies in that sentence (its own date or rule dates it) or the
    headline restates a record's quote (the page dates its news already)."""
    article, text = ctx.article, ctx.article.text
    if not article.title:
        return []
    body = " ".join(text[bs:be] for bs, be in article.body)
    quotes = [(r[E.quote_start], r[E.quote_end]) for r in records]
    if any(headline_title(article.title, text[qs:qe], body) for qs, qe in quotes):
        return []  # ('Port Will Sue City' over 'The port said on Monday it will sue the city'): told and dated
    opening = [s for s in ctx.sents if len(text[s.start : s.end].split()) >= _PAGE_NEWS_WORDS][:NEWS_SENTENCES]
    for sent in opening:
        title = headline_title(article.title, text[sent.start : sent.end], body)
        if not title:
            continue
        if any(sent.start <= qs < sent.end for qs, _qe in quotes):
            return []  # the sentence the headline restates gives its own candidate
        main = lede_clause_start(text, (sent.start, sent.end))
        if main is None:
            continue  # ('Since the storm struck, the agency has …', 'We are grateful …': no news of the page's own)
        info = analyse(text, main, sent.end, main, main, when="past")
        if info.kind != "event" or info.verb_form not in _TOLD_FORMS or info.verb_lemma == "be" \
                and info.verb_form != "passive" or info.verb_form in ("progressive", "present") \
                and goes_on_only(info.verb_lemma):
            continue  # ('The agency is grateful to …': a copula states; 'Cases are rising': a trend)
        rec = _undated_record(article, Undated(sent.start, sent.end, info.verb[0], info, "lede", title=title),
                              lanes=ctx.lanes)
        rec[E.note] = f"{rec[E.note]}; {_PAGE_NEWS_NOTE}"
        return [rec]
    return []


#: words of a speaker telling their own doing in the first person ('I have decided', 'my colleagues and I rejected')
_FIRST_PERSON = {"i", "we", "my", "our"}
#: speech that tells news of its own, not the speaker's account of the article's news: what the speaker has just
#: learned of another's doing ('Today we learned that the union has agreed to …') or announces in saying it ('I'm
#: pleased to announce today that …', 'we are announcing a new fund')
_NEWS_IN_SPEECH = re.compile(
    r"\b(?:I|we)\s+(?:(?:have|had|just)\s+)*(?:learned|learnt|heard|were\s+(?:told|informed))\s+"
    r"(?:(?:today|this\s+morning|tonight)\s+)?that\b|\b(?:pleased|proud|happy|delighted|glad|honou?red)\s+to\s+"
    r"announce\b|\b(?:I|we)(?:\s+am|\s+are|[’']m|[’']re)\s+(?:(?:now|today)\s+)?announcing\b", re.I)


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts: its line's start, or, in a hard-wrapped text (paragraphs set off
    by a blank line, their lines no longer than :data:`HARD_WRAP_LONGEST`), the first line after the blank line."""
    line = text.rfind("\n", 0, pos) + 1
    start = line
    while start > 0:  # back over the lines before, up to a blank line (reads the paragraph only, not the page)
        prev = text.rfind("\n", 0, start - 1) + 1
        above = text[prev : start - 1]
        if not above.strip():
            return start if prev else line  # (a blank first line of the page sets nothing off)
        if len(above) > HARD_WRAP_LONGEST:
            return line
        start = prev
    return start


def _spoken(text: str, start: int, end: int) -> str:
    """The words of a quote ``text[start:end]`` that lie inside a quotation (direct speech): from its start when a
    quotation opened earlier in its paragraph is still open there, or after an opening mark at its start, up to the
    closing mark; "" when the quote does not start in direct speech."""
    if marks_open(text[_paragraph_start(text, start) : start]):
        lo = start
    elif text[start : start + 1] in {"“", '"'}:
        lo = start + 1
    else:
        return ""
    close = re.search(r"[”\"]", text[lo:end])
    return text[lo : lo + close.start()] if close else text[lo:end]


def _without_restated_speech(text: str, records: list[dict]) -> list[dict]:
    """The records less a speaker's first-person account in direct speech of a day the article dates in its own
    words (*“I have therefore decided to propose a rise of half a point,” the governor told a press conference
    earlier today* beside *The central bank raised its main rate on Thursday*; *“Last night, my colleagues on the
    board and I rejected the bid”* beside *Late last night, director Jane Roe voted with the board to reject the
    bid*): the quotation restates that day's news by its maker, not another event. Not the speaker's own past act
    told with its own date inside the quotation (*“When I spoke with the coach last week, he assured me …”*:
    :func:`timeline.clauses.speaker_act`): the release's news of its author. Nor words that tell nothing done
    (:func:`timeline.clauses.tells_past`: *“I'm worried for our nurses and their patients,” the chief said
    today*): a warning or a judgement of the speaker's, their own statement."""
    told = {r[E.date] for r in records if r["anchor"] != UNDATED_ANCHOR
            and not _spoken(text, r[E.quote_start], r[E.quote_end])}
    out = []
    for r in records:
        said = _spoken(text, r[E.quote_start], r[E.quote_end])
        own = r[E.date_text] and r[E.date_text] in said and speaker_act(said) \
            or _NEWS_IN_SPEECH.search(said)  # 'When I spoke with … last week'; 'Today we learned that …'
        if r[E.date] in told and {w.lower() for w in re.findall(r"[A-Za-z]+", said)} & _FIRST_PERSON and not own \
                and tells_past(said):
            continue  # not '“I'm worried for our nurses,” the chief said today': a warning
        out.append(r)
    return out


_ANCHOR_RANK = {"absolute": 0, "publication": 1, "mention": 2, FOLDER_ANCHOR: 2}


def _dated_in_dateline(rec: dict) -> bool:
    """Whether a record's date is written in the dateline that opens its quote (*(PARIS, May 3, 2019) – …*:
    :func:`timeline.lede.in_dateline`), so it dates the page rather than names the event."""
    quote, written = rec[E.quote], rec[E.date_text]
    at = quote.find(written) if written else -1
    return at >= 0 and in_dateline(quote, (0, len(quote)), (at, at + len(written)))


def _fold_same_quote(records: list[dict]) -> list[dict]:
    """One record per quote and date: mentions of one quote whose dates nest keep only the most informative.

    Two records quoting the same span with the same date (or one date within
    the other: ``2022`` and ``2022-04-04``) would state one event twice with
    the same quote. The record kept is the most precise (shortest period),
    then the most directly anchored (absolute before publication before
    mention), then the longest date text, then the most confident; its note
    names the mentions folded into it, and its title is a folded one's when its
    own date is written in the quote's opening dateline and that one's is not
    (*(PARIS, May 3, 2019) – The club today sacked its coach*). Quotes holding dates that exclude each
    other keep one record per date, and so does a record dated by the publication day (:mod:`timeline.lede`:
    its verb is another clause's than the dates'). A kept record without an end date takes the one of a
    folded record of its date (*overnight Saturday into Sunday*: the period *Saturday* opens). Order of first mention
    is kept.
    """
    by_span: dict[tuple[int, int, bool], list[int]] = {}
    for i, rec in enumerate(records):  # a record dated by publication states another clause: never folded
        by_span.setdefault((rec[E.quote_start], rec[E.quote_end], rec["anchor"] == UNDATED_ANCHOR), []).append(i)
    keep: dict[int, list[int]] = {}  # kept record -> folded records
    for members in by_span.values():
        if len(members) == 1:
            keep[members[0]] = []
            continue
        periods = {i: parse_period(records[i][E.date]) for i in members}

        def rank(i: int) -> tuple:
            r, p = records[i], periods[i]
            return (p.end - p.start, _ANCHOR_RANK.get(r["anchor"], 3), -len(r[E.date_text]), -r["confidence"], i)

        heads: list[int] = []
        for i in sorted(members, key=rank):  # most informative first
            head = next((h for h in heads if periods[i].contains(periods[h])), None)
            if head is None:
                heads.append(i)
                keep[i] = []
            else:
                keep[head].append(i)
    out: list[dict] = []
    for i in sorted(keep, key=lambda k: min([k, *keep[k]])):  # at the place of the group's first mention
        rec = dict(records[i])
        titled = [j for j in keep[i] if records[j][E.title] != FALLBACK_TITLE]
        if titled and _dated_in_dateline(rec) and not _dated_in_dateline(records[titled[0]]):
            rec[E.title] = FALLBACK_TITLE  # '(Eastport, May 3, 2019) – The club today sacked its coach': the day the
            # clause names titles it, not the dateline that dates the page
        if rec[E.title] == FALLBACK_TITLE and titled:  # e.g. a dateline's clause is the date alone
            rec.update({c: records[titled[0]][c] for c in (E.title, E.lane, E.actors)})
            rec[E.event_id] = f"{rec[E.date].lower()}-{slug(rec[E.title])}"
        if not rec.get(E.end_date):  # 'overnight Saturday into Sunday': the period 'Saturday' opens is the kept one's
            rec[E.end_date] = next((records[j][E.end_date] for j in keep[i] if records[j][E.date] == rec[E.date]
                                    and records[j].get(E.end_date)), rec.get(E.end_date, ""))
        folded = [records[j][E.date_text] for j in sorted(keep[i]) if records[j][E.date_text] != rec[E.date_text]]
        if folded:
            rec[E.note] += "; same date as " + ", ".join(repr(t) for t in dict.fromkeys(folded))
        out.append(rec)
    return out


# --------------------------------------------------------------------------- merging


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2 and not w.isdigit()}


def _similar(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def merge_candidates(records: Sequence[Mapping], *, similarity: float = DEFAULT_THRESHOLD,
                     aliases: AliasTable | None = None) -> pd.DataFrame:
    """Join candidates that state the same real-world event into one ``event_id``.

    A thin caller of :func:`timeline.identity.merge` (see there and
    ``docs/events.md``): mentions are compared when their dates are compatible
    (one period contains the other) and they share an actor, an action, an
    object or a rare word in the same year; they are linked by what happened
    (actors, action, object, weighted shared words), never chaining two dates
    that exclude each other nor the same actor's two different actions. Each
    event takes the date most of its members give, and the title and lane of
    the member that states it most directly.

    Parameters
    ----------
    records : sequence of mapping
        Candidate records from :func:`extract_article`.
    similarity : float, optional
        Link threshold (:data:`timeline.identity.DEFAULT_THRESHOLD`).
    aliases : mapping, optional
        The folder's roles and the names that carry them (:func:`timeline.aliases.alias_table` of its texts;
        default: of the records' quotes).

    Returns
    -------
    pandas.DataFrame
        A validated events frame with the candidate columns, one row per quote.
        An event never holds one quote (source and offsets) twice. Rows left
        out — a second copy of a quote in one event, or a row that fails
        validation (a bug, never expected) — are listed as :class:`DroppedRow`
        in ``frame.attrs["dropped"]`` instead of failing the whole merge.
    """
    return merge(records, threshold=similarity, aliases=aliases)


# --------------------------------------------------------------------------- many articles


class ExtractionWarning(UserWarning):
    """An article that could not be processed, or a candidate row left out of the result."""


class StepFailedWarning(ExtractionWarning):
    """A step of the extractor that raised on one article (a date mention, a pass over the page): its events are
    skipped, the article's others kept (``timeline extract --strict`` counts it as a failure)."""


class UnreadTableRow(ExtractionWarning):
    """A row of a chronology laid out as a table whose date cell reads as no date: it gives no event."""


def _warn_undated(article: Article, exc: Exception) -> None:
    """Warn that the folder could not date a page without a publication date (it is read undated)."""
    warnings.warn(f"{article.path}: dating by the folder failed ({type(exc).__name__}: {exc}); page read undated",
                  ExtractionWarning, stacklevel=3)


def plain_record(rec: dict) -> dict:
    """``rec`` with no control character in its plain-text fields (a page holding ``\\x01`` or ``\\x1b``): in a
    title, actors, lane or note each becomes a space; a ``date_text`` holding one is left out (the quote, verbatim,
    keeps the page's characters).

    Parameters
    ----------
    rec : dict
        A candidate record (:func:`extract_article`); changed in place.

    Returns
    -------
    dict
        ``rec``.
    """
    for key in (E.title, E.actors, E.lane, E.note):
        value = rec.get(key)
        if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
            rec[key] = " ".join(CONTROL_CHARACTERS.sub(" ", value).split()) or (FALLBACK_TITLE if key == E.title else "")
    if isinstance(rec.get(E.date_text), str) and CONTROL_CHARACTERS.search(rec[E.date_text]):
        rec[E.date_text] = ""
    return rec


def _safe_extract(article: Article, lanes: Lanes | None) -> PageReading:
    """:func:`read_page`, warning instead of raising when the article's text breaks it."""
    try:
        return read_page(article, lanes=lanes)
    except Exception as exc:  # one article must not stop the run
        warnings.warn(
            f"{article.path}: extraction failed ({type(exc).__name__}: {exc}); article skipped",
            ExtractionWarning,
            stacklevel=3,
        )
        return PageReading([], [])


def warn_dropped(frame: pd.DataFrame, paths: Mapping[str, object]) -> None:
    """Warn (:class:`ExtractionWarning`) about each row a merge left out, naming the article file.

    Parameters
    ----------
    frame : pandas.DataFrame
        From :func:`merge_candidates`.
    paths : mapping
        Article id to file path.
    """
    for row in frame.attrs.get("dropped", []):
        warnings.warn(f"{paths.get(row.source, row.source)}: {row}", ExtractionWarning, stacklevel=2)


def extract(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    lanes: Lanes | None = None,
    progress: Callable[[int], None] | None = None,
) -> pd.DataFrame:
    """Propose merged event candidates for many articles.

    Parameters
    ----------
    articles : iterable of Article
    workers : int, default 1
        Processes to use (1 runs in this process).
    lanes : mapping, optional
        Lane names and their words (:func:`timeline.lanes.load_lanes`); default
        derived from the corpus (:func:`timeline.lanes.finish_lanes`).
    progress : callable, optional
        Called with the number of articles just finished (for a progress bar).

    Returns
    -------
    pandas.DataFrame
        Candidates in the events-frame schema plus :data:`CANDIDATE_COLUMNS`.

    Warns
    -----
    ExtractionWarning
        For a date mention or a pass over a page whose extraction failed (its
        events are skipped, the article's others kept), for an article whose
        extraction failed as a whole (it is skipped, the others are kept), and
        for each candidate row the merge left out (see
        :func:`merge_candidates`), naming the article file.
    OtherLanguages
        Once, when pages are in a language the English tagger does not read (how many, which languages, how many
        gave no event: :func:`timeline.multilingual.other_languages_line`).
    """
    articles = list(articles)
    found: list[PageReading] = [PageReading([], []) for _ in articles]
    first = [i for i, a in enumerate(articles) if a.published is not None]
    for i, reading in zip(first, _extract_all([articles[i] for i in first], workers=workers, lanes=lanes,
                                              progress=progress)):
        found[i] = reading
    rest = [i for i, a in enumerate(articles) if a.published is None]
    if rest:  # pages without a publication date: read with what the dated pages tell (timeline.folder_dates)
        pages = date_undated_pages(articles, [r for page in found for r in page.records], on_error=_warn_undated)
        for i, reading in zip(rest, _extract_all(pages, workers=workers, lanes=lanes, progress=progress)):
            found[i] = reading
    warn_other_languages((article_language(a), not page.records) for a, page in zip(articles, found))
    counting = FolderCounting()  # the folder dates the events the pages' distances count from, as the engine does
    for page in found:
        counting.add(page.records, page.counted)
    records = [r for page in found for r in page.records] + counting.records()
    aliases = alias_table({a.id: plain_reading(a.text) for a in articles})  # the folder's roles and their names, from its texts
    merged = join_article_copies(merge_candidates(records, aliases=aliases), articles)
    warn_dropped(merged, {a.id: a.path for a in articles})
    return finish_lanes(merged, lanes)


def _extract_all(articles: Sequence[Article], *, workers: int, lanes: Lanes | None,
                 progress: Callable[[int], None] | None) -> list[PageReading]:
    """The reading of each article (:func:`read_page`), in article order, in ``workers`` processes (see
    :func:`extract`)."""
    records: list[PageReading] = []
    if workers <= 1 or len(articles) <= 1:
        for art in articles:
            records.append(_safe_extract(art, lanes))
            if progress:
                progress(1)
    else:
        from .engine import in_batches, map_batches  # the engine imports this module

        size = max(1, len(articles) // (workers * 8))
        batches = in_batches(enumerate(articles), size)
        done: list[tuple[int, list[PageReading]]] = []
        for first, n, recs, messages in map_batches(_extract_batch, batches, workers, lanes):
            done.append((first, recs))
            for message in messages:
                warnings.warn(message, ExtractionWarning, stacklevel=2)
            if progress:
                progress(n)
        for _first, recs in sorted(done, key=lambda d: d[0]):  # article order, whatever the completion order
            records += recs
    return records


def join_article_copies(frame: pd.DataFrame, articles: Sequence[Article]) -> pd.DataFrame:
    """Join the mentions of one sentence in copies of one article (:mod:`timeline.copies`).

    Parameters
    ----------
    frame : pandas.DataFrame
        Merged candidates (:func:`merge_candidates`).
    articles : sequence of Article
        The articles, whose body regions are compared.

    Returns
    -------
    pandas.DataFrame
        :func:`timeline.copies.join_copies` of the copy pairs :func:`timeline.copies.copy_pairs` finds.
    """
    if len(articles) < 2 or frame.empty:
        return frame
    pairs = copy_pairs({a.id: article_signature(a) for a in articles})
    return join_copies(frame, pairs, {a.id: a.published for a in articles})


def _extract_batch(
    batch: list[tuple[int, Article]], lanes: Lanes | None
) -> tuple[int, int, list[PageReading], list[str]]:
    """Worker task: the readings of a batch of (position, article) pairs, one per article, with the first
    position, the count and the warnings of failed articles (shown by the parent: a worker's warnings are not)."""
    records: list[PageReading] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _pos, article in batch:
            records.append(_safe_extract(article, lanes))
    return batch[0][0], len(batch), records, [str(w.message) for w in caught]


# --------------------------------------------------------------------------- review


@dataclass(frozen=True)
class Review:
    """How candidates compare with curated events.

    Attributes
    ----------
    found : pandas.DataFrame
        One row per curated event the extractor found: ``event_id``,
        ``title``, ``date`` (curated), ``candidate_id``, ``candidate_date``,
        ``date_match`` (``exact`` or ``compatible``), ``quotes_matched``.
    missed : pandas.DataFrame
        Curated events with no candidate: ``event_id``, ``title``, ``date``, ``sources``.
    new : pandas.DataFrame
        Candidate events matching no curated event: ``candidate_id``,
        ``title``, ``date``, ``sources``, ``confidence``, ``quote``.
    """

    found: pd.DataFrame
    missed: pd.DataFrame
    new: pd.DataFrame

    def summary(self) -> str:
        """One line: counts and recall."""
        total = len(self.found) + len(self.missed)
        if not total:
            return f"no curated events to compare with; new candidates: {len(self.new)}"
        exact = int((self.found["date_match"] == "exact").sum()) if len(self.found) else 0
        recall = len(self.found) / total if total else 0.0
        return (
            f"curated events: {total}; found {len(self.found)} ({recall:.0%}, {exact} with the exact date), "
            f"missed {len(self.missed)}; new candidates: {len(self.new)}"
        )


def review(candidates: pd.DataFrame, curated: pd.DataFrame | None = None) -> Review:
    """Compare extracted candidates with curated events.

    A curated event is found by a candidate event when their dates are
    compatible (one period contains the other) and they quote overlapping text
    of the same article, or — failing that — when their dates are equal and
    their wording is similar. Among several, the candidate with the exact
    date and most overlapping quotes wins.

    Parameters
    ----------
    candidates : pandas.DataFrame
        From :func:`extract` (events-frame schema).
    curated : pandas.DataFrame, optional
        From :func:`timeline.events.read_events`; without it every candidate
        event is new.

    Returns
    -------
    Review
    """
    if curated is None:
        curated = candidates.iloc[0:0]
    cand_events = candidates.groupby(E.event_id, sort=False)
    cur_events = curated.groupby(E.event_id, sort=False)
    cand_info = {
        cid: (parse_period(g[E.date].iloc[0]), g, _content_words(" ".join(g[E.quote]) + " " + g[E.title].iloc[0]))
        for cid, g in cand_events
    }
    found_rows, missed_rows = [], []
    matched: set[str] = set()
    for eid, g in cur_events:
        period = parse_period(g[E.date].iloc[0])
        cur_words = _content_words(" ".join(g[E.quote]) + " " + g[E.title].iloc[0])
        best = None
        for cid, (cp, cg, cwords) in cand_info.items():
            if not (period.contains(cp) or cp.contains(period)):
                continue
            overlaps = sum(
                1
                for r in g.itertuples()
                for c in cg.itertuples()
                if r.source == c.source and r.quote_start < c.quote_end and c.quote_start < r.quote_end
            )
            similar = cp.value == period.value and _similar(cur_words, cwords) >= 0.34
            if not overlaps and not similar:
                continue
            key = (cp.value == period.value, overlaps, _similar(cur_words, cwords))
            if best is None or key > best[0]:
                best = (key, cid, cp, overlaps)
        if best is None:
            missed_rows.append(
                {"event_id": eid, "title": g[E.title].iloc[0], "date": period.value, "sources": ";".join(sorted(set(g[E.source])))}
            )
            continue
        _, cid, cp, overlaps = best
        matched.add(cid)
        found_rows.append(
            {
                "event_id": eid,
                "title": g[E.title].iloc[0],
                "date": period.value,
                "candidate_id": cid,
                "candidate_date": cp.value,
                "date_match": "exact" if cp.value == period.value else "compatible",
                "quotes_matched": overlaps,
            }
        )
    new_rows = [
        {
            "candidate_id": cid,
            "title": g[E.title].iloc[0],
            "date": cp.value,
            "sources": ";".join(sorted(set(g[E.source]))),
            "confidence": float(g["confidence"].max()) if "confidence" in g else float("nan"),
            "quote": g[E.quote].iloc[0],
        }
        for cid, (cp, g, _) in cand_info.items()
        if cid not in matched
    ]
    cols_found = ["event_id", "title", "date", "candidate_id", "candidate_date", "date_match", "quotes_matched"]
    return Review(
        found=pd.DataFrame(found_rows, columns=cols_found),
        missed=pd.DataFrame(missed_rows, columns=["event_id", "title", "date", "sources"]),
        new=pd.DataFrame(new_rows, columns=["candidate_id", "title", "date", "sources", "confidence", "quote"]),
    )
