"""The document context: sentences, clauses and the tense around a mention.

:class:`Ctx` holds the per-document state while candidates are resolved left to right (the last date given, the
last quarter talked about, mentions split off by a rule) and answers whether a mention's clause looks ahead or
back."""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from typing import Iterator

from .recognise import Cand, prev_word
from .resources.cues import (
    RX_ARTICLE_GAP, RX_ATTRIBUTION, RX_BARE_SUBJECT, RX_BE_BEFORE, RX_BE_BEFORE_PASSIVE, RX_BE_PRESENT_BEFORE,
    RX_CLAUSE, RX_COMPLEMENT_BEFORE, RX_COORDINATE, RX_DETERMINER_ADJ_BEFORE, RX_FUTURE, RX_FUTURE_ANYWHERE,
    RX_FUTURE_VERB_BEFORE, RX_GOVERN_BLOCK, RX_INITIALISM_END, RX_LINE, RX_NEXT_WORD, RX_NOT_GOVERNING, RX_OPENER,
    RX_PARAGRAPH, RX_PAST, RX_PAST_BARE, RX_PAST_PERFECT, RX_PAST_VERB_BEFORE, RX_PROGRESSIVE_AFTER, RX_RELATIVE,
    RX_SENT, RX_SPEECH_BEFORE, RX_SUBORDINATE, RX_THAT, RX_TO_BEFORE, RX_TO_VERB,
)
from .resources.words import FUTURE_PREPS, NO_ACTIVITY_PAST, PAST_PREPS, SENTENCE_OPENERS


def _initialism_inside(text: str, m: re.Match) -> bool:
    """A sentence-break match that follows an initialism ("U.S.") and precedes a word that is no sentence opener."""
    if text[m.start()] != "." or not RX_INITIALISM_END.search(text, max(0, m.start() - 12), m.start() + 1):
        return False
    nxt = RX_NEXT_WORD.match(text, m.end())
    return bool(nxt) and nxt.group(1) not in SENTENCE_OPENERS


def _bare_pasts(text: str, s: int, e: int) -> Iterator[re.Match]:
    """Base-form pasts in ``text[s:e]`` with a singular subject before them ("the court (on Monday) set")."""
    for m in RX_PAST_BARE.finditer(text, s, e):
        if RX_BARE_SUBJECT.search(text, max(s, m.start() - 60), m.start()):
            yield m


def last_relative(text: str, s: int, e: int) -> re.Match | None:
    """The last ", who / which / whose / where" opening a relative clause in ``text[s:e]``."""
    m = None
    for m in RX_RELATIVE.finditer(text, s, e):
        pass
    return m


class Ctx:
    """Per-document state used while resolving candidates left to right."""

    def __init__(self, text: str, dct: _dt.date | None, dayfirst: bool | None = None, narrative: bool = False):
        self.text = text
        self.dct = dct
        self.narrative = narrative                      # year-less dates take the year of the text's own dates
        self.bc_story = False                           # the last year given was before the common era
        self.dayfirst = dayfirst                        # numeric dates: day first (True), month first, or by style
        self.last: tuple[int, str, str] | None = None   # (start, value, precision) of last resolved date
        self.history: list[tuple[int, str, str]] = []
        self.last_end = -1                              # end offset of that date
        self.named: tuple[int, str, str] | None = None  # the last date naming a thing ("in the 2015 robbery")
        self.quarter: tuple[int, int] | None = None     # last quarter (year, q) talked about
        self.quarter_pos = -10_000
        self.months_pos = -10_000                       # end of the last "the (first) nine months" talked about
        self._sent: list[int] | None = None
        self._paras: list[int] | None = None
        self.written_after: int | None = None           # a narrative's last year said to have ended ("As 2014 ended")
        self.pending: list[tuple[Cand, Res]] = []     # extra mentions a resolver splits off (year ranges)
        self.last_era: tuple[int, str, str] | None = None  # last decade or century given ("the 1980s")
        self.chron_last: tuple[int, _dt.date] | None = None  # (line start, date) of the last dated-list entry
        self.chron_down = False                         # the dated list goes back in time ("Oct. 27: … June 10: …")
        self.weekdays: list[int] = []                   # indices in the output of weekdays read from the DCT alone
        self.calendar: list[int] = []                   # ... and of calendar dates ("Oct. 27", "10/27/2022")

    def year_before(self, pos: int, back: int = 1) -> str | None:
        """What "a year ago", "year-earlier", "the 1988 period" at ``pos`` compares with when a quarter was talked
        about: that quarter ``back`` years earlier, or the year itself when a stretch of the year to date ("the first
        nine months") was named after the quarter ("In the first nine months, net was $306 million, compared with
        $195 million a year earlier": 1988); None without a quarter."""
        if self.quarter is None:
            return None
        y, q = self.quarter
        if self.quarter_pos < self.months_pos < pos <= self.months_pos + 300:
            return f"{y - back:04d}"
        return f"{y - back:04d}-Q{q}"

    def sentence(self, pos: int) -> tuple[int, int]:
        if self._sent is None:
            self._sent = [0] + [m.end() for m in RX_SENT.finditer(self.text) if not _initialism_inside(self.text, m)]
        i = bisect.bisect_right(self._sent, pos) - 1
        s = self._sent[i]
        e = self._sent[i + 1] if i + 1 < len(self._sent) else len(self.text)
        return s, e

    def paragraph(self, pos: int) -> int:
        """The start of the paragraph holding ``pos``: after a blank line in a text that has them, else after a line
        end."""
        if self._paras is None:
            brk = RX_PARAGRAPH if RX_PARAGRAPH.search(self.text) else RX_LINE
            self._paras = [0] + [m.end() for m in brk.finditer(self.text)]
        return self._paras[bisect.bisect_right(self._paras, pos) - 1]

    def tense(self, start: int, end: int, *, preps: bool = True) -> str | None:
        """'future', 'past' or None from the nearest tense cue in the mention's sentence (and, with ``preps``,
        from a preposition right before it: "by Friday" looks ahead, "since May" back)."""
        pw = prev_word(self.text, start)
        if preps and pw in PAST_PREPS:
            return "past"
        if preps and pw == "for" and self.text.startswith(("'s", "’s"), end) \
                and not past_verb_before(self.text, start):
            return "future"  # "arrived in Miami on Monday for Sunday's Super Bowl"
        if RX_SPEECH_BEFORE.search(self.text, max(0, start - 40), start):
            return "past"  # "China said on Monday it would cut tariffs": the day is the saying's, not the cutting's
        if preps and pw in FUTURE_PREPS and not self.text.startswith(("'s", "’s"), end):
            # (not a possessive: "obliterated by Friday's tsunami" is the tsunami's day, not a deadline)
            # "by Friday" looks ahead, unless the clause is in the past perfect ("by October 300,000 had fled") or
            # tells what went on ("the talks ran through Thursday night", "by Wednesday they dominated the news")
            s, e = self.sentence(start)
            if RX_PAST_PERFECT.search(self.text, s, e) and not RX_FUTURE.search(self.text, s, e):
                return "past"
            cs = self.clause(start, end)[2]
            comma = self.text.find(",", end, e)
            if pw != "effective" and not RX_FUTURE.search(self.text, cs, comma if comma >= 0 else e) \
                    and self._went_on(pw, start, end, cs, e):
                return "past"
            return "future"
        s, e, cs, ce = self.clause(start, end)
        att = RX_ATTRIBUTION.search(self.text, end, e)
        if att is not None and att.start() == end and RX_OPENER.fullmatch(self.text, s, start):
            att = None  # "On Oct. 17, the company reported earnings.": the sentence itself, no attribution
        if att is not None:
            # "… faces an election in September, officials said.": the attribution's tense is the reporting's
            ce, e = min(ce, att.start()), att.start()
        if (cs, ce) == (s, e):
            return self._cue(start, end, cs, ce)
        # a verbless clause ("was given the award -- the top prize on Tuesday, and she will lead the ward"): the
        # sentence's tense, but not from a coordinate clause after it, which has its own
        after = RX_COORDINATE.match(self.text, ce)
        return self._cue(start, end, cs, ce) or (after is not None and self._cue(start, end, s, ce)) \
            or self._cue(start, end, s, e)

    def clause(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(sentence start, sentence end, clause start, clause end) around a mention: the clause holding it
        ("X arrived Friday night, and more are expected"), or the relative clause it sits in (", who faces a vote on
        Thursday," and "… center, which operated through the holiday weekend, will close Friday")."""
        s, e = self.sentence(start)
        cs = max((m.end() for m in RX_CLAUSE.finditer(self.text, s, start)), default=s)
        m = RX_CLAUSE.search(self.text, end, e)
        ce = m.start() if m else e
        rel = last_relative(self.text, cs, start)
        if rel is not None and "," not in self.text[rel.end():start]:
            cs = rel.end()
            comma = self.text.find(",", end, ce)
            ce = comma if comma >= 0 else ce
        return s, e, cs, ce

    def _went_on(self, pw: str, start: int, end: int, cs: int, e: int) -> bool:
        """An active past verb that tells what went on up to the date: right before "through/until" ("battled the
        blaze through Wednesday night") or right after a clause-opening "by" ("by Wednesday they dominated")."""
        before = None
        if pw != "by":  # "X-ed by" is mostly a passive's agent: "wants the case heard by September"
            for m in RX_PAST.finditer(self.text, cs, start):
                if not RX_COMPLEMENT_BEFORE.search(self.text, max(cs, m.start() - 40), m.start()):
                    before = m
        after = RX_PAST.search(self.text, end, min(e, end + 40)) if pw == "by" else None
        opening = pw == "by" and self.text.startswith(",", end) and "," not in self.text[self.sentence(start)[0]:start]
        if opening:
            # an opening phrase: "With most votes counted by late Tuesday, the two candidates appeared tied": the
            # main clause's first verb, past and with no future cue before it, past an apposition if need be
            after = RX_PAST.search(self.text, end, min(e, end + 160))
            if after is not None and (RX_FUTURE.search(self.text, end, after.end())
                                      or RX_TO_VERB.search(self.text, end, after.start())):
                after = None
        for v in (before, after):
            if v is None:
                continue
            w = v.group()
            gap = self.text[v.end():start] if v is before else self.text[end:v.start()]
            if v is after and opening:
                gap = ""
            active = w not in NO_ACTIVITY_PAST or RX_PROGRESSIVE_AFTER.match(self.text, v.end()) is not None
            if w[0].islower() and active and not RX_TO_VERB.search(gap) and "," not in gap \
                    and not RX_BE_BEFORE_PASSIVE.search(self.text, max(0, v.start() - 12), v.start()):
                return True
        return False

    def _cue(self, start: int, end: int, s: int, e: int) -> str | None:
        best: tuple[int, str] | None = None
        for rx, name in ((RX_FUTURE, "future"), (RX_PAST, "past"), (RX_PAST_BARE, "past")):
            for m in (_bare_pasts(self.text, s, e) if rx is RX_PAST_BARE else rx.finditer(self.text, s, e)):
                ms, me = m.span("v") if rx is RX_PAST_BARE else m.span()
                if ms < end and me > start or rx is RX_PAST_BARE and RX_ARTICLE_GAP.fullmatch(self.text, me, start):
                    continue  # the date inside the verb's object ("set an Oct. 17 hearing") is not dated by it
                if name == "past" and RX_BE_BEFORE.search(self.text, max(0, ms - 7), ms):
                    continue
                if rx is RX_PAST and m.group().lower().endswith("ed") \
                        and (RX_DETERMINER_ADJ_BEFORE.search(self.text, max(s, ms - 24), ms)
                             or RX_COMPLEMENT_BEFORE.search(self.text, max(s, ms - 40), ms)):
                    continue  # an adjective: "would be paid on a still unspecified date in January"
                if ms >= end and RX_THAT.search(self.text, end, ms):
                    continue  # "said Monday that talks would resume": the cue belongs to the reported clause
                if ms >= end and RX_SUBORDINATE.search(self.text, end, ms):
                    continue  # "died Saturday night, hours before his last strip was to appear": another clause's
                if name == "future" and ms >= end and RX_TO_BEFORE.search(self.text, max(end, ms - 4), ms):
                    continue  # "was flown in on Friday to start the talks": the purpose of the verb before the date
                dist = start - me if me <= start else ms - end
                if best is None or dist < best[0]:
                    best = (dist, name)
        return best[1] if best else None


Res = tuple  # (type, value, mod, anchor)


def tense_at(text: str, start: int, end: int) -> str | None:
    """The tense the tagger reads around ``text[start:end]``: 'future', 'past' or None (:meth:`Ctx.tense`).

    Parameters
    ----------
    text : str
    start, end : int
        The span of a date mention in ``text``.

    Returns
    -------
    str or None
    """
    return Ctx(text, None).tense(start, end)


def future_verb_before(text: str, start: int) -> bool:
    """A future verb right before a date ("will run until Dec. 31", "will be launched on Jan. 1")."""
    return bool(RX_FUTURE_VERB_BEFORE.search(text, max(0, start - 40), start))


def governing_past(text: str, cs: int, start: int) -> bool:
    """The last verb before a date in its clause is a past that tells what was done on it ("the union staged a
    strike on May 3"): a finite past, not a reporting verb, an auxiliary or a participle after "be", with
    nothing after it that makes the date another verb's or a plan's ("said it will redeem … on Oct. 31", "invited
    to a ceremony on March 12", "to be completed around Nov. 1").

    Parameters
    ----------
    text : str
    cs : int
        Start of the clause.
    start : int
        Start of the date.

    Returns
    -------
    bool
    """
    pasts = [m for m in RX_PAST.finditer(text, cs, start)  # not an adjective: "approved the proposed merger"
             if not RX_DETERMINER_ADJ_BEFORE.search(text, max(cs, m.start() - 24), m.start())]
    last = pasts[-1] if pasts else None
    if last is None or RX_NOT_GOVERNING.search(last.group()) or RX_BE_BEFORE.search(text, max(0, last.start() - 8),
                                                                                     last.start()):
        return False
    if RX_FUTURE_ANYWHERE.search(text, cs, start):
        return False  # "said it will redeem … preferred shares on Oct. 31": the past form is another word's
    return RX_GOVERN_BLOCK.search(text, last.end(), start) is None


def past_verb_before(text: str, start: int) -> bool:
    """A past-tense verb right before a date ("came on", "broke out on", "died in"): a strong past cue."""
    m = RX_PAST_VERB_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and not RX_BE_PRESENT_BEFORE.search(text, max(0, m.start() - 7), m.start())


def grab_left(ctx: Ctx, c: Cand, rx: re.Pattern, width: int) -> re.Match | None:
    """If ``rx`` (anchored with ``$``) matches the ``width`` characters before the mention, move its start there."""
    lo = max(0, c.start - width)
    m = rx.search(ctx.text[lo:c.start])
    if m:
        c.start = lo + m.start()
    return m
