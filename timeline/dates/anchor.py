"""Anchoring: the year or day of an expression that leaves it out.

From the publication date and the tense around the expression (the nearest occurrence, biased by tense), from
the date a sentence or a dated list is about, or from the last date the text gave."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Callable, Sequence

from .resources import lexicon as L
from .narrative import story_day
from .normalise import safe_date
from .recognise import Cand, prev_word
from .resources.cues import (
    RX_ASIDE_AFTER, RX_BACKGROUND_CLAUSE, RX_CHRON_AFTER, RX_CHRON_ALONE, RX_CHRON_BEFORE, RX_CHRON_FUTURE_ENTRY,
    RX_CHRON_FUTURE_HEAD, RX_CHRON_LINE, RX_CHRON_SPEECH, RX_CLAUSE_AFTER, RX_DETERMINER_BEFORE, RX_ENDING_BEFORE,
    RX_EVENT_NOUN_AFTER, RX_FUTURE_IN_PAST, RX_HEADING_YEAR, RX_INDEFINITE_BEFORE, RX_NOUN_PHRASE_END,
    RX_NOUN_PHRASE_HEAD, RX_OF_YEAR, RX_OPENER, RX_OWN_DATE, RX_PERFECT_PRESENT, RX_PROGRESSIVE_GAP_BLOCK,
    RX_PROGRESSIVE_PRESENT, RX_PROPER, RX_RECENTLY, RX_SCHEDULED_FOR, RX_TIME_DAY_AFTER, RX_TIME_DAY_BEFORE,
    RX_TIME_MONTHDAY_AFTER, RX_YEAR_THEN_DAY,
)
from .resources.words import FUTURE_PREPS, STOP_AFTER
from .tense import Ctx, future_verb_before, governing_past, last_relative, past_verb_before


def month_year(ctx: Ctx, month: int, rel: str | None, pos: int, end: int) -> tuple[str, str]:
    """Year for a bare month name; returns (value, anchor)."""
    dct = ctx.dct
    if dct is None:
        return f"XXXX-{month:02d}", "none"
    y = dct.year
    if rel in ("last", "past", "this past"):
        y = dct.year if month < dct.month else dct.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = dct.year if month > dct.month else dct.year + 1
    elif rel == "this":
        y = dct.year
    else:
        t = None if names_event(ctx, pos, end) else ctx.tense(pos, end)  # "in the November election"
        if t == "past" and RX_FUTURE_IN_PAST.search(ctx.text, max(ctx.clause(pos, end)[2], pos - 80), pos):
            t = None  # "the court on Thursday set the trial for October" in July: after the past, not before it
        here = dct.year * 12 + dct.month
        ahead = future_verb_before(ctx.text, pos)
        best = None
        for cy in (dct.year - 1, dct.year, dct.year + 1):
            dist = cy * 12 + month - here
            if ahead and dist < 0:
                continue  # "the mandate will expire in December"
            score = abs(dist) + (0.5 if dist > 0 else 0.0)
            if (t == "past" and dist > 0) or (t == "future" and dist < 0):
                score *= _TENSE_PENALTY
            if best is None or score < best[0]:
                best = (score, cy)
        y = best[1]
    return f"{y:04d}-{month:02d}", "publication"


# A date that contradicts the sentence's tense is chosen only if it is this many times nearer to the publication
# date than the nearest date that agrees with it: tense cues are noisy ("said it had purchased shares through
# Sept. 29"), so a nearby occurrence still wins over a far one that fits the cue; but "married in June" in an April
# article is last June (10 months back beats 2 ahead), and "were last seen on April 12" in January is last April.
_TENSE_PENALTY = 5.0


def monthday_year(ctx: Ctx, month: int, day: int, pos: int, end: int) -> int | None:
    """Year of a month-day without year: the nearest occurrence to the publication date, biased by tense."""
    d = nearest_day(ctx, lambda y: safe_date(y, month, day), pos, end)
    return None if d is None else d.year


def names_event(ctx: Ctx, pos: int, end: int) -> bool:
    """The date names a scheduled event it premodifies, inside a prepositional phrase ("in the November 3 election",
    "ahead of its Oct. 17 deadline") or after an indefinite article ("had sought a September trial"): the event's own
    date, which the clause's tense does not place before or after the publication date."""
    return bool(RX_EVENT_NOUN_AFTER.match(ctx.text, end)
                and (RX_DETERMINER_BEFORE.search(ctx.text, max(0, pos - 40), pos)
                     or RX_INDEFINITE_BEFORE.search(ctx.text, max(0, pos - 16), pos)))


def told_occurrence(dct: _dt.date, days: Sequence[_dt.date], rel: str) -> _dt.date | None:
    """The occurrence a word before a recurring day picks among ``days`` (ascending) said on ``dct``: for "last" /
    "this past" the last one before it, for "next" / "this coming" the first one after it; None for another word
    ("this") or when no such occurrence is among ``days`` ("last Christmas", "next May 20": any case and spacing)."""
    r = " ".join(rel.lower().split())
    if r in ("last", "this past"):
        return next((d for d in reversed(days) if d < dct), None)
    if r in ("next", "this coming"):
        return next((d for d in days if d > dct), None)
    return None


def nearest_day(ctx: Ctx, day_in: Callable[[int], _dt.date | None], pos: int, end: int) -> _dt.date | None:
    """The occurrence (last, this or next year's) nearest the publication date, biased by the tense around
    ``pos``; a verb right before the date rules out the other side ("the plane crashed on Feb. 20", "will run
    until Dec. 31")."""
    dct = ctx.dct
    t = ctx.tense(pos, end)
    strong = past_verb_before(ctx.text, pos)
    ahead = future_verb_before(ctx.text, pos)
    if (t == "past" or strong) and RX_FUTURE_IN_PAST.search(ctx.text, max(ctx.clause(pos, end)[2], pos - 80), pos):
        t, strong = None, False  # "was supposed to close on Oct. 17" in July: after the past, not before it
    if names_event(ctx, pos, end):
        t, strong = None, False  # "accepted the nomination in the November 3 election" in August: the nearest one
    strong = strong or (t != "future" and not ahead and _told_as_past(ctx, t, pos, end))
    best = None
    for cy in (dct.year - 1, dct.year, dct.year + 1):
        d = day_in(cy)
        if d is None:
            continue
        dist = (d - dct).days
        if (strong and dist > 1) or (ahead and dist < 0):  # a day after: a publication date given a day early
            continue
        score = float(abs(dist))
        if (t == "past" and dist > 0) or (t == "future" and dist < 0):
            score *= _TENSE_PENALTY
        if best is None or score < best[0]:
            best = (score, d)
    return None if best is None else best[1]


def _told_as_past(ctx: Ctx, t: str | None, pos: int, end: int) -> bool:
    """A past sentence that opens on its date ("On May 3—hours after the vote—the board resigned", the tense read
    after a dashed aside), or whose past verb did something on the date ("the union staged a strike on May 3"): the
    day is behind the publication date, not a few days after it. Not in a text that gives a day after its
    publication date before this one (it was updated: "UPDATE Oct. 28, 2022: … closed the deal on Oct. 27")."""
    if any(v[:10] > ctx.dct.isoformat() and p in ("day", "time") for _, v, p in ctx.history):
        return False
    if RX_OPENER.fullmatch(ctx.text, ctx.sentence(pos)[0], pos):
        aside = RX_ASIDE_AFTER.match(ctx.text, end) if t is None else None
        return (ctx.tense(aside.end(), aside.end(), preps=False) if aside else t) == "past"
    return t == "past" and prev_word(ctx.text, pos) == "on" and governing_past(ctx.text, ctx.clause(pos, end)[2], pos)


def weekday_date(ctx: Ctx, wd: int, rel: str | None, pos: int, end: int) -> _dt.date | None:
    dct = ctx.dct
    if dct is None:
        return None
    delta = (wd - dct.isoweekday()) % 7
    if rel in ("last", "the previous", "this past", "past"):
        back = (7 - delta) if delta else 7
        if back == 1 and rel == "last":
            back = 8  # "last Thursday" said on a Friday is not yesterday (that would be "yesterday")
        return dct - _dt.timedelta(days=back)
    if rel in ("next", "the following", "this coming", "coming"):
        ahead = delta or 7
        if ahead == 1 and rel == "next":
            ahead = 8  # "next Thursday" said on a Wednesday is not tomorrow
        return dct + _dt.timedelta(days=ahead)
    if delta == 0:
        return dct
    t = "future" if RX_ENDING_BEFORE.search(ctx.text, max(0, pos - 12), pos) else ctx.tense(pos, end)
    if t is None and not ctx.text.startswith(("'s", "’s"), end) and _arranged(ctx, pos, end):
        t = "future"
    if rel == "this":
        # same ISO week; one already past in it, in a clause about the future or set for it by a schedule, is the
        # coming one ("the hearing scheduled for this Wednesday", said on a Saturday)
        if wd < dct.isoweekday() and (t == "future" or RX_SCHEDULED_FOR.search(ctx.text, max(0, pos - 24), pos)):
            return dct + _dt.timedelta(days=delta)
        return dct + _dt.timedelta(days=wd - dct.isoweekday())
    if t == "future" or delta == 1 and _after_publication_day(ctx, pos):
        return dct + _dt.timedelta(days=delta)
    return dct - _dt.timedelta(days=7 - delta)


def _arranged(ctx: Ctx, pos: int, end: int) -> bool:
    """A present progressive in the weekday's clause before it, with no word bringing in another happening between
    them (:data:`RX_PROGRESSIVE_GAP_BLOCK`): "the stadium is hosting its first match Saturday" is an arrangement, not
    last Saturday; "are still waiting for news after the crash on Monday" is the crash's day. The caller leaves a
    possessive out ("is reporting on the capture of the suspect in Monday's bombings": the day of a thing done)."""
    m = RX_PROGRESSIVE_PRESENT.search(ctx.text, ctx.clause(pos, end)[2], pos)
    return m is not None and RX_PROGRESSIVE_GAP_BLOCK.search(ctx.text, m.end(), pos) is None


def _after_publication_day(ctx: Ctx, pos: int) -> bool:
    """The sentence has already told of the publication day itself ("The first fire broke out on Tuesday, … another
    was discovered early on Wednesday", dated Tuesday): the next weekday goes on with the story, the day after (a
    publication date a day behind the place's time), not six days back."""
    s = ctx.sentence(pos)[0]
    day = ctx.dct.isoformat()
    for start, value, prec in reversed(ctx.history):
        if start < s:
            return False
        if start < pos and value[:10] == day and prec in ("day", "time"):
            return True
    return False


def year_for_monthday(ctx: Ctx, month: int, day: int, wd: int | None) -> tuple[int | None, str]:
    dct = ctx.dct
    if dct is None:
        return None, "none"
    best = None
    for y in (dct.year, dct.year - 1, dct.year + 1):
        d = safe_date(y, month, day)
        if d is None:
            continue
        if wd is not None and d.isoweekday() != wd:
            continue
        dist = abs((d - dct).days)
        if best is None or dist < best[0]:
            best = (dist, y)
    if best is None:
        if wd is not None:
            return year_for_monthday(ctx, month, day, None)
        return None, "none"
    return best[1], "publication"


def sentence_year(ctx: Ctx, c: Cand, month: int) -> int | None:
    """The year of a date given earlier in the same sentence when it is far from the publication year.

    "In 1980, a bomb destroyed the hotel on New Year's Eve": a day or month without a year belongs to the year the
    sentence is talking about, not to the one nearest the publication date. A month within three months of the
    publication date keeps the publication year ("a program approved in 1987 ... purchased shares through Sept. 29").
    """
    if ctx.last is None or ctx.dct is None or not ctx.last[1][:4].isdigit() or ctx.last[0] >= c.start:
        return None
    y = int(ctx.last[1][:4])
    if len(ctx.last[1]) == 4 and 0 <= ctx.last_end <= c.start \
            and RX_YEAR_THEN_DAY.fullmatch(ctx.text, ctx.last_end, c.start):
        return y  # "the merger closed one year ago on June 4", "last year in May": the year just named
    fine = ctx.last[2] in ("month", "week", "day")
    s = ctx.sentence(c.start)[0]
    if fine and ctx.last[0] >= s and y == ctx.dct.year - 1 and ctx.last[1][5:7].isdigit() \
            and month >= int(ctx.last[1][5:7]):
        return y  # "The crisis began in July 1997, and by December the baht had halved"
    if abs(y - ctx.dct.year) <= 1:
        return None
    if y < ctx.dct.year and ctx.tense(c.start, c.end) == "future":
        return None  # "the first rise since March 1997, and another might come as soon as Aug. 24"
    if ctx.last[0] < s:
        # only within the sentence: carried into the next ones, the year wrongly captured news dates on TimeBank
        # ("... in 1988. The U.N. condemned the invasion on Aug. 2"); except from a sentence opening on the year
        # to the next one, in the same paragraph, opening on the month: a chronicle ("In 1994, the genocide began.
        # In July, the rebels took Kigali.")
        ps = ctx.sentence(s - 1)[0]
        chronicle = ps <= ctx.last[0] and "\n" not in ctx.text[ctx.last[0]:c.start] \
            and RX_OPENER.fullmatch(ctx.text, ps, ctx.last[0]) and RX_OPENER.fullmatch(ctx.text, s, c.start)
        return y if chronicle else None
    framed = RX_OPENER.fullmatch(ctx.text, s, ctx.last[0]) is not None  # "That year, ...", "In 1995, ..."
    if not fine and not framed and min(abs(ctx.dct.month - month + k) for k in (-12, 0, 12)) <= 3:
        return None
    if RX_RECENTLY.search(ctx.text, ctx.last[0], c.start):
        return None  # "cut rates seven times since May 1996, most recently on June 10"
    rel = last_relative(ctx.text, s, ctx.last[0])
    if rel is not None and "," not in ctx.text[rel.end():ctx.last[0]] and "," in ctx.text[ctx.last[0]:c.start]:
        return None  # "Starr, who was appointed in August 1994, said ... since January": the year stays in its clause
    return y


def of_year(ctx: Ctx, end: int) -> tuple[int, str, int] | None:
    """The year named right after a month, a season or a day by ``of ... year``.

    "January of last year", "March of this year" count from the publication date; "June of that year", "the spring
    of the following year" from the last date the text gave.

    Parameters
    ----------
    ctx : Ctx
        The document context.
    end : int
        Where the month, season or day ends.

    Returns
    -------
    tuple of (int, str, int) or None
        (year, anchor, end of the ``of ... year`` phrase), None when no such phrase follows or nothing fixes its
        year.
    """
    m = RX_OF_YEAR.match(ctx.text, end)
    if m is None:
        return None
    if m.group("pub"):
        if ctx.dct is None:
            return None
        return ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m.group("pub").lower()], "publication", m.end()
    if ctx.last is None or not ctx.last[1][:4].isdigit():
        return None
    step = 0 if m.group("same") else (1 if m.group("dir").lower() in ("following", "next") else -1)
    return int(ctx.last[1][:4]) + step, "mention", m.end()


def chronicle_entry(ctx: Ctx, c: Cand) -> int | None:
    """The start of the line when the month-day opens a dated-list line ("Oct 17: ...") or stands alone on its line
    over the entry's text ("Oct 17\nAcme raises its bid."), else None."""
    ls = ctx.text.rfind("\n", 0, c.start) + 1
    if not RX_CHRON_BEFORE.fullmatch(ctx.text, ls, c.start) or not (
            RX_CHRON_AFTER.match(ctx.text, c.end) or RX_CHRON_ALONE.match(ctx.text, c.end)):
        return None
    return ls


def _chronicle_context(ctx: Ctx, ls: int) -> tuple[int, bool, int | None]:
    """(start of the list, whether a heading over it looks ahead, the one year the heading names): the list runs back
    over blank lines and other dated-list lines; the first other line above it is its heading ("2021", "A look back
    at 2020:", "Coming up:")."""
    text, pos = ctx.text, ls
    for _ in range(60):
        if pos == 0:
            return 0, False, None
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1]
        if line.strip() and not RX_CHRON_LINE.match(line):
            if len(line) > 100:
                return pos, False, None
            years = set(RX_HEADING_YEAR.findall(line))
            return pos, RX_CHRON_FUTURE_HEAD.search(line) is not None, int(years.pop()) if len(years) == 1 else None
        pos = prev
    return pos, False, None


def chronicle_year(ctx: Ctx, c: Cand, ls: int, month: int, day: int, wd: int | None) -> int | None:
    """Year of a dated-list entry: among the occurrences not after the publication date, the latest for the first
    entry, then the next one in the list's direction from the previous entry (the nearest when there is none); the
    next one from the publication date on when the list's heading or the entry itself looks ahead."""
    dct = ctx.dct
    block, ahead, head_year = _chronicle_context(ctx, ls)
    alone = RX_CHRON_ALONE.match(ctx.text, c.end)
    at = alone.end() if alone else c.end  # a date alone on its line: the entry is the line below
    le = ctx.text.find("\n", at)
    entry = ctx.text[at:le if le >= 0 else len(ctx.text)]
    said = RX_CHRON_SPEECH.search(entry)
    ahead = ahead or RX_CHRON_FUTURE_ENTRY.search(entry, 0, said.start() if said else len(entry)) is not None
    prev = ctx.chron_last[1] if ctx.chron_last is not None and ctx.chron_last[0] >= block else None
    base = prev.year if prev is not None else dct.year
    years = range(min(base, dct.year) - 1, max(base, dct.year) + 2)
    days = [d for d in (safe_date(y, month, day) for y in years)
            if d is not None and (wd is None or d.isoweekday() == wd)]
    if not days:
        return None
    if ahead:
        later = [d for d in days if d >= dct]
        return min(later).year if later else None
    past = [d for d in days if (d - dct).days <= 1]  # a day after: a publication date given a day early
    if not past:
        return None
    if prev is None:
        ctx.chron_down = False
        if head_year is not None and safe_date(head_year, month, day) is not None:
            return head_year  # the first entry of a list under "2020" or "A look back at 2020"
        return max(past).year
    # a list runs one way: the first occurrence after the previous entry while it goes forward ("April 14: … Oct. 27:
    # …" is the October after that April even when last October is nearer), the last before it once it went back
    onward = [d for d in past if (d <= prev if ctx.chron_down else d >= prev)]
    pick = (max(onward) if ctx.chron_down else min(onward)) if onward else \
        min(past, key=lambda d: (abs((d - prev).days), -d.toordinal()))
    ctx.chron_down = pick < prev
    return pick.year


SEPT_11 = _dt.date(2001, 9, 11)


def day_for(ctx: Ctx, word: str | None, c: Cand) -> tuple[str, str]:
    if not word:
        if ctx.dct is None:
            return "XXXX-XX-XX", "none"
        return ctx.dct.isoformat(), "publication"
    w = word.lower()
    if w in L.WEEKDAYS:
        d = weekday_date(ctx, L.WEEKDAYS[w], None, c.start, c.end)
        return (d.isoformat(), "publication") if d else (f"XXXX-WXX-{L.WEEKDAYS[w]}", "none")
    if ctx.dct is None:
        return "XXXX-XX-XX", "none"
    d = ctx.dct + _dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[w])
    return d.isoformat(), "publication"


def time_context_day(ctx: Ctx, c: Cand) -> tuple[str, str]:
    """Day of a clock time given without one: a day word right after ("10 a.m. (0700 GMT) Friday") or before
    ("Friday at 10 a.m."), else the last day mentioned shortly before (same paragraph, ~400 characters), else the
    publication date."""
    m = RX_TIME_DAY_AFTER.match(ctx.text, c.end)
    if m is None or m.group("day").lower() not in ("today", "yesterday", "tomorrow"):
        # "at 10:18 p.m. on Sept. 2"; "at 1:12 a.m. on Sunday, Nov. 14" (the date after the weekday decides)
        md = RX_TIME_MONTHDAY_AFTER.match(ctx.text, m.end() if m is not None else c.end)
        if md is not None:  # "at 10:18 p.m. on Sept. 2", "at 8:19 p.m. on July 17, 1996"
            month = L.MONTHS[(md.group("mon") or md.group("mon2")).rstrip(".").lower()]
            dd = int(md.group("dd") or md.group("dd2"))
            if md.group("year"):
                y: int | None = int(md.group("year"))
            elif ctx.dct is None:
                return f"XXXX-{month:02d}-{dd:02d}", "none"
            else:
                y = monthday_year(ctx, month, dd, c.start, md.end())
            if y is not None and safe_date(y, month, dd) is not None:
                return f"{y:04d}-{month:02d}-{dd:02d}", "absolute" if md.group("year") else "publication"
        if m is None:
            m = RX_TIME_DAY_BEFORE.search(ctx.text, max(0, c.start - 25), c.start)
    if m is not None:
        return day_for(ctx, m.group("day"), c)
    past: list[bool] = []  # the clock time's own tense, looked up once if needed

    def is_past() -> bool:
        if not past:
            past.append(ctx.tense(c.start, c.end, preps=False) == "past")
        return past[0]

    dct = ctx.dct.isoformat() if ctx.dct is not None else None
    for pos, val, prec in reversed(ctx.history):
        if pos < c.start - 400:
            break
        if "\n" in ctx.text[pos:c.start]:
            # across a paragraph only for a past event and a day before the publication ("died late Thursday.
            # ... Sinatra died at 10:50 p.m."), never for the news of the day
            if not (is_past() or ctx.narrative):
                break
            if not (prec == "day" and (ctx.narrative or dct is not None and val < dct)):
                continue
        if prec == "day":
            if dct is not None and val > dct and is_past():
                continue  # "agreed last night on a budget for the year that begins July 1 ... announced at 11"
            if not ctx.narrative and dct is not None and val < dct and _background_day(ctx, pos, c.start):
                break  # "… after it was damaged by a storm that hit on Friday. The fire started at 3:30pm": today's
            return val, "mention"  # the day talked about (a year named in between does not change it)
    return day_for(ctx, None, c)


def _background_day(ctx: Ctx, pos: int, start: int) -> bool:
    """The day at ``pos`` dates background told in a clause after "after/since/following", in another sentence than
    the clock time at ``start`` whose sentence opens on the same subject as the one with the day: the news is of
    the publication day ("A fire has been reported after a storm that hit on Friday. The fire started
    at 3:30pm")."""
    s, e = ctx.sentence(pos)
    if s <= start < e:
        return False
    back = RX_BACKGROUND_CLAUSE.search(ctx.text, s, pos)
    return back is not None and RX_PERFECT_PRESENT.search(ctx.text, s, back.start()) is not None


def ref_day(ctx: Ctx, c: Cand, window: int = 2500) -> tuple[str, str] | None:
    """The day talked about before *c*: the last day-precision date in the text (within *window* characters)."""
    if ctx.last is not None and ctx.last[2] == "day" and ctx.last[0] >= c.start - window:
        return ctx.last[1], "mention"
    day = story_day(ctx, c.start, window)
    return None if day is None else (day, "mention")


def story_event_day(ctx: Ctx, pos: int, window: int = 1500) -> str | None:
    """The last day given within ``window`` characters before ``pos`` that is a day something happened: not a
    deadline or the end of a period ("by October 17", "until February 7"), not after the publication date; None
    without one. What a past "earlier in the day" far from its day counts from ("Late Wednesday night, Congress
    approved the deal. … The debt limit had to rise by October 17. … Earlier in the day, the speaker talked …")."""
    for start, value, prec in reversed(ctx.history):
        if start >= pos:
            continue
        if start < pos - window:
            return None
        if prec != "day" or prev_word(ctx.text, start) in FUTURE_PREPS:
            continue
        if ctx.dct is not None and value[:10] > ctx.dct.isoformat():
            continue
        return value[:10]
    return None


def event_anchor(ctx: Ctx, c: Cand) -> tuple[str, str] | None:
    """For 'N years after the signing of X': find an earlier date mention in a sentence mentioning X."""
    text = ctx.text
    tail_end = min(len(text), c.end + 120)
    m = re.search(r"[.;:!?\n]", text[c.end:tail_end])
    phrase = text[c.end: c.end + m.start()] if m else text[c.end:tail_end]
    keys = [k for k in RX_PROPER.findall(phrase) if len(k) > 2]
    if not keys or RX_OWN_DATE.search(phrase):
        return None  # no name to look for, or the event's date is given right there ("... cleared it in September")
    # a clause ("a month after Qantas suspended services") names its event by its verb and object as well as its
    # subject: an earlier sentence about the same subject alone is a different event
    clause = RX_CLAUSE_AFTER.match(phrase)
    stems = []
    if clause:
        rest = phrase[clause.start("verb"):]
        stems = [_stem(w) for w in re.findall(r"\b[a-z]{5,}\b", rest) if w not in STOP_AFTER]
        if not stems:
            return None
    head = None if clause else _head_stem(phrase)
    # with a long clause, one shared word ("southern") is chance: ask for two
    best, best_score = None, (0 if len(stems) <= 2 else 1)
    here = ctx.sentence(c.start)[0]
    for start, value, prec in reversed(ctx.history):
        s, e = ctx.sentence(start)
        if s == here:
            continue  # "met today, 20 years after the signing of the Eastport accord": today is not the accord's date
        sent = text[s:e]
        if not any(k in sent for k in keys):
            continue
        if not stems:
            if head is not None and not re.search(rf"\b{head}", sent, re.I):
                continue  # "31 days after the company's bankruptcy filing": a sentence about its filing
            return _nearest_to_name(ctx, s, e, keys, (start, value, prec))
        low = sent.lower()
        score = sum(st in low for st in stems)
        if score > best_score:  # the sentence sharing most of the clause's words; the latest one on a tie
            best, best_score = (value, prec), score
    return best


def _nearest_to_name(ctx: Ctx, s: int, e: int, keys: list[str], last: tuple[int, str, str]) -> tuple[str, str]:
    """Of the dates of sentence ``[s, e)``, the one nearest the name the anchor looks for ("Lee visited the plant two
    days after Roe": in "Roe started the month visiting the plant, where a strike had broken out in August", the
    month, not August)."""
    at = [i for k in keys if (i := ctx.text.find(k, s, e)) >= 0]
    if not at:
        return last[1], last[2]
    here = min(at)
    dates = [h for h in ctx.history if s <= h[0] < e]
    best = min(dates, key=lambda h: (abs(h[0] - here), -h[0]))
    return best[1], best[2]


def _head_stem(phrase: str) -> str | None:
    """The stem of the common noun that heads the noun phrase opening ``phrase`` when a name only modifies it ("the
    company's bankruptcy filing, …" -> ``fil``, "the club's stadium move" -> ``move``), or None: a name heads it
    ("Roe", "the Eastport Accord"), or it is the event of a name after it ("the signing of the accord": a sentence
    about the accord dates it)."""
    cut = RX_NOUN_PHRASE_END.search(phrase)
    if cut is not None and cut.group() == "of":
        return None
    m = RX_NOUN_PHRASE_HEAD.fullmatch(phrase, 0, cut.start() if cut else len(phrase))
    if m is None:
        return None
    word = m.group("head").lower()
    for suf in ("ing", "ed", "s", "e"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            word = word[: -len(suf)]
            break
    return re.escape(word[:4])  # "election" meets "elected", "arrival" "arrived"


def _stem(word: str) -> str:
    for suf in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            return word[: -len(suf)]
    return word
