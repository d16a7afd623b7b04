"""The mentions: modifiers to the left, the context's last date, shared years, joined durations, notes."""
from __future__ import annotations

import dataclasses
import datetime as _dt
import re

from .resources import lexicon as L
from .mention import DateMention, precision_of
from .narrative import in_story_time
from .normalise import season_or_month
from .recognise import Cand, prev_word
from .resources.cues import (
    RX_MODEL_YEAR_BEFORE, RX_MODEL_YEAR_OPEN, RX_NAME_LIST_GAP, RX_PATHOGEN_AFTER, RX_PATHOGEN_BEFORE,
    RX_PRODUCT_AFTER, RX_YEAR_NAME,
    RX_BC_YEAR, RX_COORD, RX_DAYVALUE, RX_DUR_JOIN, RX_DUR_PARTS, RX_FISCAL_BEFORE, RX_LEFTMOD, RX_OR_SO, RX_OR_TAIL,
    RX_PAST_PERIOD, RX_SHAREABLE, RX_SPAN_BEFORE, RX_SPEECH_BEFORE, RX_THE_PERIOD, RX_THIS_WEEKDAY, RX_TOD_OF,
    RX_YEAR_ENDED, RX_DEICTIC_WORD,
)
from .resources.words import CALENDAR_KINDS, DUR_CODES, LEFT_MODS_DATE, OR_TAIL_MODS, TOD_CODES
from .tense import Ctx, Res


def _left_extend(text: str, c: Cand, typ: str, value: str, mod: str | None) -> tuple[int, str | None, str]:
    """Extend a mention leftwards over a TimeML modifier ('about', 'the end of', 'early' ...)."""
    lo = max(0, c.start - 40)
    m = RX_LEFTMOD.search(text, lo, c.start)
    if not m or m.end() != c.start:
        return c.start, mod, value
    word = re.sub(r"\s+", " ", m.group("m").lower())
    if m.group("sep") == "-" and word not in ("mid",):
        return c.start, mod, value
    if word in ("early", "late", "mid") or word.startswith("the "):
        if typ != "DATE" or value.endswith("_REF") or mod in ("START", "MID", "END"):
            return c.start, mod, value
        if word.endswith("first half of") or word.endswith("second half of"):
            if re.fullmatch(r"\d{4}|XXXX", value):
                return m.start(), mod, f"{value}-H{1 if 'first' in word else 2}"
            return m.start(), "START" if "first" in word else "END", value
        new = L.PREFIX_MODS.get(word) or LEFT_MODS_DATE.get(word)
        return m.start(), new, value
    if word == "some" and typ != "DURATION":
        return c.start, mod, value
    if typ != "DURATION" and word in ("more than", "less than", "fewer than", "at least", "up to", "no more than",
                                      "at most"):
        return c.start, mod, value  # a comparison of amounts: "20,000 more than last year"
    if value.endswith("_REF") or typ == "SET":
        return c.start, mod, value
    if word == "about" and typ == "DATE" and re.match(r"(?i:this|next|last|the)\b", text[c.start:c.start + 5]):
        return c.start, mod, value  # "it's not about this year's earnings": a preposition
    if mod is not None:
        return c.start, mod, value
    return m.start(), L.PREFIX_MODS.get(word, mod), value


def flag_weekdays(ctx: Ctx, out: list[DateMention]) -> None:
    """Note a weekday read as a day before the newest calendar date the text gives, in the same week.

    Only a full date after the publication date, not in a forward-looking clause, is such a newest date: the text
    was updated after the date it is filed under. "UPDATE Oct. 28, 2022 ... On Thursday, Hale closed the deal",
    published (by its metadata) Tuesday Oct. 25, reads Thursday as Oct. 20, likely the wrong side of Oct. 28.
    A date up to the publication date (a dateline, an earlier event) is no sign: past weekdays come before it.
    """
    days = [_dt.date.fromisoformat(out[i].value[:10]) for i in ctx.calendar
            if out[i].anchor == "absolute" and out[i].value[:10] > ctx.dct.isoformat()
            and ctx.tense(out[i].start, out[i].end) != "future"]
    newest = max(days, default=None)
    if newest is None:
        return
    for i in ctx.weekdays:
        m = out[i]
        d = _dt.date.fromisoformat(m.value[:10])
        if d < newest <= d + _dt.timedelta(days=6):
            out[i] = dataclasses.replace(m, note=f"weekday read as {d.isoformat()}, before {newest.isoformat()} "
                                                 f"given in the text: the day may be the one after it")


#: the note of a period that runs up to the text's present ("over the past year"): a trend's span, no event's date
SPAN_NOTE = "a span up to the present"


def mark_spans(text: str, out: list[DateMention]) -> None:
    """Note the periods a trend ran over up to now ("over the past year, the industry shed 400,000 jobs",
    "throughout the last two months"): TimeML dates them (the year before), but nothing happened on that date."""
    for i, m in enumerate(out):
        if m.type == "DATE" and RX_PAST_PERIOD.fullmatch(m.text) \
                and RX_SPAN_BEFORE.search(text, max(0, m.start - 16), m.start):
            out[i] = dataclasses.replace(m, note=SPAN_NOTE)


def same_weekday(out: list[DateMention], weekdays: list[int]) -> None:
    """A bare weekday (``out[i]`` for ``i`` in ``weekdays``: "Wednesday's hearing") a week away from the day the
    text gives as "this <that weekday>" ("the hearing scheduled for this Wednesday") is that day: one news text
    names one Wednesday."""
    this = {m.value[:10] for m in out if m.precision == "day" and RX_THIS_WEEKDAY.fullmatch(m.text)}
    for i in weekdays:
        m = out[i]
        if m.precision not in ("day", "time") or not m.value[:4].isdigit():
            continue
        d = _dt.date.fromisoformat(m.value[:10])
        near = [x for x in this if abs((_dt.date.fromisoformat(x) - d).days) == 7]
        if len(near) == 1:
            out[i] = dataclasses.replace(m, value=near[0] + m.value[10:])


#: what may stand between a weekday and the full date set off after it: "Saturday morning, February 1"
_APPOSED_GAP = re.compile(r",?[^\S\n]{1,2}")


def apposed_weekdays(text: str, out: list[DateMention], weekdays: list[int]) -> None:
    """A weekday (with its part of day) set off right before a day of the calendar that falls on it is that day,
    whatever the publication date makes of the weekday alone: "Saturday morning, February 1, was a clear day" in a
    page of February 12 is February 1 (not February 8), "Tuesday night, March 4" is March 4 (in place).

    Parameters
    ----------
    text : str
    out : list of DateMention
        The mentions, in order (changed in place).
    weekdays : list of int
        Indexes in ``out`` of the weekdays read alone (:attr:`Ctx.weekdays`).
    """
    for i in weekdays:
        if i + 1 >= len(out):
            continue
        m, day = out[i], out[i + 1]
        if day.type != "DATE" or day.precision != "day" or not day.value[:4].isdigit() \
                or not _APPOSED_GAP.fullmatch(text, m.end, day.start):
            continue
        named = _dt.date.fromisoformat(day.value[:10]).isoweekday()
        if m.value[:4].isdigit():
            if _dt.date.fromisoformat(m.value[:10]).isoweekday() != named:
                continue
        elif not m.value.startswith(f"XXXX-WXX-{named}"):
            continue
        rest = m.value[10:] if m.value[:4].isdigit() else m.value[len("XXXX-WXX-1"):]
        out[i] = dataclasses.replace(m, value=day.value[:10] + rest, anchor=day.anchor, underspecified=False)


def emit(ctx: Ctx, c: Cand, res: Res, out: list[DateMention], skips: list[tuple[int, int]]) -> None:
    """Append the mention for resolved candidate ``c`` and update the context's last date."""
    text = ctx.text
    prev_end = out[-1].end if out else 0
    typ, value, mod, anchor = in_story_time(ctx, res, c.start)
    start, mod, value = _left_extend(text, c, typ, value, mod)
    if typ == "DATE" and start == c.start and RX_DAYVALUE.fullmatch(value):
        tod = RX_TOD_OF.search(text, max(0, start - 30), start)
        if tod and tod.start() >= prev_end:  # "the evening of April 12": a part of that day
            start, typ = tod.start(), "TIME"
            value = f"{value}T{TOD_CODES[tod.group('tod').lower()]}"
    if start < prev_end or (skips and any(a < c.end and start < b for a, b in skips)):
        start = c.start
    end = c.end
    if typ in ("DURATION", "DATE") and not value.endswith("_REF") and mod is None:
        orx = RX_OR_TAIL.match(text, end)
        if orx and orx.group(1).lower() in OR_TAIL_MODS[typ]:
            # "a week or more", "the next year or so", "1994 or later": the hedge is part of the expression
            end, mod = orx.end(), OR_TAIL_MODS[typ][orx.group(1).lower()]
        elif RX_OR_SO.search(text, start, end):
            mod = "APPROX"
    if start < prev_end or (skips and any(a < end and start < b for a, b in skips)):
        return  # a resolver widened the span ("every two weeks") into a skipped region or the previous mention
    prec = precision_of(value) if typ in ("DATE", "TIME") else None
    under = "X" in value and typ in ("DATE", "TIME") and anchor == "none"
    if typ == "SET":
        prec = None
    if anchor == "none" and "X" not in value and typ in ("DATE", "TIME") and not value.endswith("_REF"):
        anchor = "absolute"
    out.append(DateMention(start, end, text[start:end], typ, value, mod, prec, anchor, under))
    if c.extra.get("bare_weekday"):
        ctx.weekdays.append(len(out) - 1)
    elif c.kind in CALENDAR_KINDS and prec == "day":
        ctx.calendar.append(len(out) - 1)
    if typ in ("DATE", "TIME") and prec in ("day", "week", "month", "quarter", "year", "time", "season") \
            and value[:4].isdigit() or typ == "DATE" and RX_BC_YEAR.fullmatch(value):
        p = "day" if prec == "time" else ("year" if prec == "season" else prec)
        v = value[:10] if prec == "time" else (value[:4] if prec == "season" else value)
        if p == "day" and ctx.last is not None and ctx.last[2] == "day" and ctx.last[1] != v \
                and ctx.last[0] >= ctx.sentence(start)[0] and RX_SPEECH_BEFORE.search(text, max(0, start - 40), start):
            # "... killed 13 people on Tuesday, authorities said Wednesday": the saying's day does not replace the
            # event's as the day later sentences count from ("until late afternoon", "that night")
            return
        if p == "year" and labels_product(text, start, end):
            return  # "its 2016 diesel vehicles": a label, not the year later dates take
        if p == "year" and prev_word(text, start) == "since":
            return  # "the worst drought since 1998": where a period or a comparison starts, not the story's year
        if ctx.narrative and anchor == "mention" and RX_DEICTIC_WORD.match(text, start, end):
            return  # a writer's "last year", "the past year", "last August": counted from the story's time, not it
        if anchor == "absolute" and (names_a_thing(text, start, end) or range_names_a_thing(text, c)):
            ctx.named = (start, v, p)  # "two days later" may still count from it
            return  # "involved in the 2015 robbery": which robbery, not the time later dates count from
        ctx.last = (start, v, p)
        ctx.last_end = end
        ctx.history.append(ctx.last)
    elif typ == "DURATION" and value in ("P6M", "P9M") and RX_THE_PERIOD.match(text, start):
        ctx.months_pos = end  # "the first nine months": the year to date, what "a year earlier" now compares
    elif typ == "DATE" and prec in ("decade", "century") and value.isdigit():
        ctx.last_era = (start, value, prec)
    if typ == "DATE" and prec in ("year", "century", "decade"):
        ctx.bc_story = value.startswith("BC")
    if ctx.narrative and typ == "DATE" and prec == "year" and value.isdigit() and RX_YEAR_ENDED.match(text, end) \
            and not RX_FISCAL_BEFORE.search(text, max(0, start - 16), end):
        ctx.written_after = max(int(value), ctx.written_after or 0)  # "As 2014 ended, …": written after it


def join_durations(text: str, out: list[DateMention]) -> list[DateMention]:
    """One duration from adjacent parts in falling units: "2 hours 52 minutes" PT2H52M, "three years and eight
    months" P3Y8M (TimeML tags the whole amount, as TimeBank's "a minute and a half")."""
    res: list[DateMention] = []
    for m in out:
        prev = res[-1] if res else None
        if prev is not None and prev.type == m.type == "DURATION" and prev.mod is None and m.mod is None \
                and RX_DUR_JOIN.fullmatch(text, prev.end, m.start):
            a, b = RX_DUR_PARTS.fullmatch(prev.value), RX_DUR_PARTS.fullmatch(m.value)
            if a and b and a.group() != "P" and b.group() != "P":
                ia = [i for i in range(7) if a.group(i + 1)]
                ib = [i for i in range(7) if b.group(i + 1)]
                if ia and ib and max(ia) < min(ib) and 2 not in ia + ib:  # weeks do not mix with other units
                    parts = [a.group(i + 1) or b.group(i + 1) for i in range(7)]
                    date = "".join(f"{n}{u}" for n, u in zip(parts[:4], DUR_CODES[:4]) if n)
                    clock = "".join(f"{n}{u}" for n, u in zip(parts[4:], DUR_CODES[4:]) if n)
                    value = "P" + date + (f"T{clock}" if clock else "")
                    res[-1] = DateMention(prev.start, m.end, text[prev.start:m.end], "DURATION", value, None, None,
                                          prev.anchor, False)
                    continue
        res.append(m)
    return res


def share_years(text: str, out: list[DateMention]) -> list[DateMention]:
    """A month, season or day coordinated with a later one that gives its year takes that year.

    "the spring and summer of 1995", "June and July 1995", "March 3 and April 5, 1995": without this the first one
    would be read near the publication date. In a range ("November to February 1996") the first may fall in the
    year before. The year the first one took from an earlier date gives way as well, in a narrative ("from Sunday,
    October 8, to early Tuesday, October 10, 1871") and in news ("between October 5 and October 9, 2020, February 2
    and February 6, 2021": February 2 is not in 2020).
    """
    shared = ("publication", "none", "mention")
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.anchor not in shared or b.anchor != "absolute" or a.type != "DATE" \
                or b.type != "DATE" or not RX_SHAREABLE.fullmatch(a.value) or not RX_SHAREABLE.fullmatch(b.value):
            continue
        if not RX_COORD.fullmatch(text[a.end:b.start]):
            continue
        y = int(b.value[:4])
        ma, mb = season_or_month(a.value), season_or_month(b.value)
        if ma > mb and not re.search(r"\band\b|\bor\b", text[a.end:b.start]):
            y -= 1  # "November to February 1996"
        value = f"{y:04d}{a.value[4:]}"
        out[i] = dataclasses.replace(a, value=value, anchor="mention", underspecified=False)
    return out


#: words before a year that make it the time of what follows (*in 2019 coronavirus cases rose*), not a label
TIME_PREPOSITIONS = frozenset({"in", "since", "by", "until", "during", "from", "before", "after", "through", "of"})


def labels_product(text: str, start: int, end: int) -> str:
    """How the year at ``text[start:end]`` labels products rather than a time ("" when it does not): a model year
    (*model year 2009-2015 cars*, *the 2019 model year*), a year before the products it labels (*its 2016 diesel
    vehicles*, *the 2018 to 2020 Acme and Zeta models*), or one item of a list of names each labelled by another year
    (*the 2014 Acme Roadster, the 2015 Zeta Coupe and the 2016 Zeta Wagon*: three years at least). Not a year before
    an event or a single name (*the 2010 final*, *the 2012 Olympics*, *the 2010 and 2014 World Cups*). Such a year
    dates no event and gives no year to the dates after it."""
    opened = RX_MODEL_YEAR_OPEN.match(text, start, end)
    ds = opened.end() if opened else start
    if not re.fullmatch(r"(?:1[89]|20)\d\d(?:\s*[-–]\s*(?:\d\d){1,2})?", text[ds:end]):
        return ""
    if opened or RX_MODEL_YEAR_BEFORE.search(text, max(0, ds - 40), ds):
        return "'model year 2016'"
    if RX_PRODUCT_AFTER.match(text, end):
        return "'its 2016 diesel vehicles'"
    if (RX_PATHOGEN_AFTER.match(text, end) or RX_PATHOGEN_BEFORE.search(text, max(0, ds - 12), ds)) \
            and prev_word(text, ds).lower() not in TIME_PREPOSITIONS:
        return "a virus named with the year it emerged, 'the novel 2014 coronavirus'"
    items = list(RX_YEAR_NAME.finditer(text, max(0, ds - 120), min(len(text), end + 120)))
    k = next((i for i, m in enumerate(items) if m.start(1) == ds), None)
    if k is None:
        return ""
    lo = hi = k  # the run of items joined only by names, commas and "and" around this one
    while lo > 0 and RX_NAME_LIST_GAP.fullmatch(text, items[lo - 1].end(1), items[lo].start()):
        lo -= 1
    while hi + 1 < len(items) and RX_NAME_LIST_GAP.fullmatch(text, items[hi].end(1), items[hi + 1].start()):
        hi += 1
    if len({m.group(1) for m in items[lo : hi + 1]}) >= 3:
        return "one of a list of names each labelled by its year, 'the 2014 Acme Roadster, the 2015 …'"
    return ""


#: a preposition and a determiner right before a date that then modifies the noun after it, inside a phrase of its
#: clause after a word of it (*involved in the 2015 robbery*, *arose from the May 3, 2016, fire*); not a subject
#: (*The 2019 rains broke records*) nor an opening phrase (*In the 2019 season, …*): the story's own time
_DETERMINER_BEFORE = re.compile(
    r"\b[a-z][\w’'-]*\s+(?:in|from|of|on|for|after|since|over|about|during|into|with|at|to|by|behind|before)\s+"
    r"(?:the|its|his|her|their|our)\s+(?:(?:deadly|fatal|tragic|terrorist|first|second|last|previous|earlier|"
    r"original|failed)\s+)?$", re.I)
#: after such a date, its year if any and the noun it modifies (a lower-case word of no clause: *, 2016, fire*)
_NOUN_AFTER = re.compile(r"(?:,\s*\d{4})?,?\s+(?!(?:and|or|but|to|of|in|on|at|by|for|with|from|as|that|when|"
                         r"through|until|than|after|before|since|during|was|were|is|are|has|have|had|will|would)\b)"
                         r"[a-z][a-z-]+\b")


#: after a range of years, the word it modifies (*the 2007-2009 slump*, *the 2007-09 Great Recession*)
_RANGE_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|to|of|in|on|at|by|for|with|from|as|that|when|was|were|is|are|"
                               r"has|have|had|will|would)\b)[A-Za-z][\w-]+")


def range_names_a_thing(text: str, c: Cand) -> bool:
    """Whether ``c``, a year of a range of years (*2007-2009*), belongs to a range between a determiner and the noun
    it modifies inside a phrase of its clause (*a fund set up after the 2007-2009 credit crunch*, *a record set
    during the 2009–10 season*), as :func:`names_a_thing` reads a single year: the range names which
    crisis or season, background told in passing, not the time the story has come to, so a later year-less *early
    March* does not take its year from it. A range opening its sentence (*In the 2009–10 season, …*) still does.

    Parameters
    ----------
    text : str
    c : Cand
        The candidate of the mention (kinds ``yearrange`` and ``yearrange2``; any other kind gives False).

    Returns
    -------
    bool
    """
    if c.kind not in ("yearrange", "yearrange2"):
        return False
    a, b = c.m.start("y1"), c.m.end("y2")
    return bool(_DETERMINER_BEFORE.search(text, max(0, a - 40), a) and _RANGE_NOUN_AFTER.match(text, b))


#: a clause or phrase that modifies a noun, from its head word to a date's preposition: a participle after a noun
#: with its agent (*the first town hit by the storm on*), or a relative clause (*the storm, which made landfall on*)
_MODIFIER_BEFORE = re.compile(
    r"(?:\b(?!(?:was|were|is|are|be|been|being|has|have|had|it|he|she|they|we|who|which|that)\b)(?![a-z]+ly\b)"
    r"[A-Za-z][a-z]+\s+"
    r"(?:[a-z]{3,}ed|hit|struck|shot|held|made|built|sold|caught|found|seen|taken|sent)\s+by\s+[\w.’'-]+"
    r"(?:\s+[\w.’'-]+){0,3}\s+"
    r"|,\s+(?:which|who)\s+(?:[a-z]{3,}ed|hit|struck|shot|held|made|began|came|took|won|lost|left)\b"
    r"[^,;:.!?]{0,60}?\s)(?:on|in)\s+(?:the\s+)?$")


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` names which thing, or when that thing happened, rather than the time
    the text has come to: between a determiner and the noun it modifies inside a phrase of its clause (*involved
    in the 2015 robbery*, *arose from the May 3, 2016, fire*), or at the end of a participle phrase with its agent
    or of a relative clause that modifies a noun (*the first town hit by the storm on Sept. 20, 2017*, *the storm,
    which made landfall on May 3, 2017*). Later year-less dates, a month a sentence's year would give, and a writer's
    *last month* do not count from it (:attr:`Ctx.last`); a step told from it (*Two days later, …*) still does
    (:attr:`Ctx.named`).

    Parameters
    ----------
    text : str
    start, end : int
        The date mention (a date the text fixes).

    Returns
    -------
    bool
    """
    if _DETERMINER_BEFORE.search(text, max(0, start - 40), start) and _NOUN_AFTER.match(text, end):
        return True
    return bool(_MODIFIER_BEFORE.search(text, max(0, start - 100), start))

