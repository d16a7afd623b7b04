"""Rules for clock times, parts of the day and named holidays."""
from __future__ import annotations

import datetime as _dt
import re

from ..resources import lexicon as L
from ..anchor import day_for, monthday_year, nearest_day, sentence_year, time_context_day, told_occurrence
from ..normalise import holiday_date, iso_week
from ..recognise import Cand, next_word, prev_word
from ..resources.cues import (
    RX_DAYVALUE, RX_EACH_BEFORE, RX_EVE_OF_BEFORE, RX_HOLIDAY_REL_BEFORE, RX_THE_BEFORE, RX_WEEKEND_AFTER,
)
from ..resources.words import HOLIDAY_NAME_NEXT, HOLIDAY_NOUNS, HOURPART_PREPS
from ..tense import Ctx, Res, grab_left


def r_time(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    raw = int(g.get("h") or g["h2"])
    ap = (g.get("ap") or "").lower()
    if ap and raw > 12:
        return None  # "13 p.m."
    h = raw + 12 if ap.startswith("p") and raw < 12 else 0 if ap.startswith("a") and raw == 12 else raw
    part = (g.get("part") or "").lower()
    if part and not part.endswith("morning") and h < 12:
        h += 12  # "3 o'clock this afternoon"
    mi = g.get("m") or g.get("m2") or "00"
    if g.get("md"):
        month = L.MONTHS[g["mon"].rstrip(".").lower()]
        dd = int(re.match(r"\d+", g["dd"]).group())
        if ctx.dct is None:
            day, anchor = f"XXXX-{month:02d}-{dd:02d}", "none"
        else:
            y = monthday_year(ctx, month, dd, c.start, c.end)
            if y is None:
                return None
            day, anchor = f"{y:04d}-{month:02d}-{dd:02d}", "publication"
    elif g.get("day"):
        day, anchor = day_for(ctx, g.get("day"), c)
    else:
        day, anchor = time_context_day(ctx, c)
    return ("TIME", f"{day}T{h:02d}:{mi}" + (f":{g['s2']}" if g.get("s2") else ""), None, anchor)


def r_hourpart(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    if prev_word(ctx.text, c.start) not in HOURPART_PREPS:
        return None  # only after a preposition: "scored 11 this morning" is a count
    part = re.sub(r"\s+", " ", g["part"].lower())
    h = int(g["h"])
    ap = (g.get("ap") or "").lower()[:1]
    if ap:
        h = h % 12 + (12 if ap == "p" else 0)  # "7:50 p.m. last night"
    elif not part.endswith("morning") and h < 12 and not (part.endswith("night") and h < 5):
        h += 12  # "at 9 last night", "until 3 this afternoon"; "at 2 last night" stays 02:00
    if h == 12 and part.endswith("morning") and not ap:
        h = 0
    if ctx.dct is None:
        day, anchor = "XXXX-XX-XX", "none"
    else:
        shift = -1 if part.startswith(("yesterday", "last")) else 1 if part.startswith("tomorrow") else 0
        if part == "last night" and h < 5:
            shift = 0  # "at 2 last night": the small hours of today
        day, anchor = (ctx.dct + _dt.timedelta(days=shift)).isoformat(), "publication"
    return ("TIME", f"{day}T{h:02d}:{g.get('m') or '00'}", None, anchor)


def r_miltime(ctx: Ctx, c: Cand) -> Res | None:
    """'0730 GMT', '1500 hours GMT', '0600Z', 'at 2100 hours' (TIME); the first of coordinated clock times ('between
    1200 and 1800 UTC on Friday') on the day of the last one."""
    if c.start and (ctx.text[c.start - 1].isalnum() or ctx.text[c.start - 1] in "$.,:/-"):
        return None
    hm = c.m.group("hm")
    h, mi = int(hm[:2]), hm[2:]
    if h > 23:
        return None
    coord = c.m.groupdict().get("coord")
    probe = Cand(c.start, c.m.end("coord"), c.prio, c.kind, c.m) if coord else c
    day, anchor = time_context_day(ctx, probe)
    return ("TIME", f"{day}T{h:02d}:{mi}", None, anchor)


def r_holiday(ctx: Ctx, c: Cand) -> Res | None:
    """Named holidays (DATE): the occurrence nearest the publication date, biased by tense; "the Labor Day
    weekend" is the weekend next to the holiday."""
    res = _r_holiday_day(ctx, c)
    if res is not None and res[0] == "DATE" and RX_DAYVALUE.fullmatch(res[1]) and "X" not in res[1] \
            and grab_left(ctx, c, RX_EVE_OF_BEFORE, 16):
        # "on the eve of Labor Day": the day before, one expression
        return ("DATE", (_dt.date.fromisoformat(res[1]) - _dt.timedelta(days=1)).isoformat(), None, res[3])
    wk = RX_WEEKEND_AFTER.match(ctx.text, c.end)
    if res is None or wk is None or res[0] != "DATE" or not RX_DAYVALUE.fullmatch(res[1]) or "X" in res[1]:
        return res
    d = _dt.date.fromisoformat(res[1])
    # the Saturday of the weekend next to the holiday: before a Monday to Wednesday, after a Thursday to Saturday
    wd = d.isoweekday()
    sat = d - _dt.timedelta(days=1) if wd == 7 else d - _dt.timedelta(days=wd + 1) if wd <= 3 else \
        d + _dt.timedelta(days=6 - wd)
    c.end = wk.end()
    grab_left(ctx, c, RX_THE_BEFORE, 8)
    return ("DATE", iso_week(sat) + "-WE", None, res[3])


def _r_holiday_day(ctx: Ctx, c: Cand) -> Res | None:
    h = c.m.group("h")
    nw = next_word(ctx.text, c.end)
    if nw in HOLIDAY_NAME_NEXT or nw.lower() in HOLIDAY_NOUNS:
        return None  # a name: "May Day Stadium", "the Good Friday agreement", "the Tet offensive"
    if c.start and (ctx.text[c.start - 1].isalnum() or ctx.text[c.start - 1] in "'’-"):
        return None
    name = re.sub(r"\s+", " ", h.lower().replace("’", "'"))
    if name not in L.HOLIDAYS_FIXED and name not in L.HOLIDAYS_NTH and name not in L.HOLIDAYS_EASTER:
        name = name.replace("s day", "'s day").replace("s eve", "'s eve").replace("'s'", "'")
        for cand in (name, name.replace("'", "")):
            if cand in L.HOLIDAYS_FIXED or cand in L.HOLIDAYS_NTH or cand in L.HOLIDAYS_EASTER:
                name = cand
                break
        else:
            return None
    if c.m.group("hy"):
        return ("DATE", holiday_date(name, int(c.m.group("hy"))).isoformat(), None, "absolute")
    if grab_left(ctx, c, RX_EACH_BEFORE, 8):  # "Each Christmas, the family gathers": a SET
        fixed = L.HOLIDAYS_FIXED.get(name)
        return ("SET", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX", None, "absolute")
    follow = re.match(r"\s+(?:of\s+)?(?P<r>the\s+following|the\s+next|the\s+previous|the\s+prior|that)\s+year\b",
                      ctx.text[c.end:c.end + 24], re.I)
    if follow and ctx.last is not None and ctx.last[1][:4].isdigit():
        # "married on Valentine's Day the following year": the year after the one the text last gave
        c.end += follow.end()
        r = re.sub(r"\s+", " ", follow.group("r").lower())
        y = int(ctx.last[1][:4]) + {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1,
                                    "that": 0}[r]
        return ("DATE", holiday_date(name, y).isoformat(), None, "mention")
    yrel = re.match(r"\s+(?:of\s+)?(?P<r>last|next|this)\s+year\b", ctx.text[c.end:c.end + 20], re.I)
    if ctx.dct is not None and yrel:  # "Christmas Day last year"
        c.end += yrel.end()
        y = ctx.dct.year + {"last": -1, "next": 1, "this": 0}[yrel.group("r").lower()]
        return ("DATE", holiday_date(name, y).isoformat(), None, "publication")
    # "last Christmas", "next Easter": the occurrence before / after (not "the last New Year's Eve of the century")
    rel = grab_left(ctx, c, RX_HOLIDAY_REL_BEFORE, 16) if ctx.dct is not None else None
    if rel:
        dates = [holiday_date(name, y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        d = told_occurrence(ctx.dct, dates, rel.group("r")) or dates[1]  # "this Christmas": this year's
        return ("DATE", d.isoformat(), None, "publication")
    if ctx.dct is None:
        if name in L.HOLIDAYS_FIXED:
            mo, dd = L.HOLIDAYS_FIXED[name]
            return ("DATE", f"XXXX-{mo:02d}-{dd:02d}", None, "none")
        return ("DATE", "XXXX-XX-XX", None, "none")
    if (sy := sentence_year(ctx, c, holiday_date(name, ctx.dct.year).month)) is not None:
        return ("DATE", holiday_date(name, sy).isoformat(), None, "mention")
    d = nearest_day(ctx, lambda y: holiday_date(name, y), c.start, c.end)  # "The attack came on Christmas Day"
    return None if d is None else ("DATE", d.isoformat(), None, "publication")


def r_noon(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    w = g["w"].lower().replace("-", "").replace(" ", "")
    t = {"noon": "12:00", "midday": "12:00", "midnight": "24:00", "midafternoon": "AF", "midmorning": "MO"}[w]
    w_day = g.get("day") or g.get("day1")
    if w_day and w_day.lower().split()[0] in ("tonight", "last"):
        # "midnight tonight" ends today; "midnight last night" ended yesterday
        w_day = "today" if w_day.lower() == "tonight" else "yesterday"
    day, anchor = day_for(ctx, w_day, c) if w_day else time_context_day(ctx, c)  # "Tuesday at noon"
    return ("TIME", f"{day}T{t}", None, anchor)


def r_bare_tod(ctx: Ctx, c: Cand) -> Res | None:
    """'until late afternoon', 'in early evening': that part of the day just talked about (or of the publication
    date), with its modifier."""
    mod = {"early": "START", "late": "END", "mid": "MID"}[c.m.group("lat").lower()]
    tod = L.TIMES_OF_DAY[c.m.group("u")]
    if ctx.last is not None and ctx.last[2] == "day" and ctx.last[0] >= c.start - 400:
        return ("TIME", f"{ctx.last[1]}T{tod}", mod, "mention")
    if ctx.dct is None:
        return ("TIME", f"XXXX-XX-XXT{tod}", mod, "none")
    return ("TIME", f"{ctx.dct.isoformat()}T{tod}", mod, "publication")
