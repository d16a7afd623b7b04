"""Narrative time: the year of an expression that leaves it out, taken from the text's own dates.

A history or a report without a publication date tells its story in order: "In 1804 ... On 14 May, the boats
left ... The next day ...". Its reference time is the last date with a year it gave (a heading holding only
``1944`` or ``The second campaign (June 1632)`` counts, as any other date), and it moves with the story. A
month, a day or a season without a year takes that year (``anchor="mention"``); what the text cannot fix stays
underspecified (``XXXX-08-11``), never the real clock's year.
"""
from __future__ import annotations

import datetime as _dt

from .resources.cues import RX_WEEKDAY_VALUE, RX_YEARLESS_VALUE
from .tense import Ctx, Res


def story_year(ctx: Ctx) -> int | None:
    """The year of the last date the text gave (a BC year counts as none), or None."""
    if ctx.last is None or not ctx.last[1][:4].isdigit():
        return None
    return int(ctx.last[1][:4])


def in_story_time(ctx: Ctx, res: Res) -> Res:
    """``res`` with the story's year in place of ``XXXX`` when the text is read as a narrative and a rule left the
    year out; unchanged otherwise."""
    typ, value, mod, anchor = res
    if not ctx.narrative or anchor != "none" or typ not in ("DATE", "TIME"):
        return res
    wd = RX_WEEKDAY_VALUE.fullmatch(value)
    if wd is not None:
        return _weekday_in_story(ctx, res, int(wd.group("wd")), wd.group("time") or "")
    if not RX_YEARLESS_VALUE.fullmatch(value) or ctx.bc_story:
        return res  # a story told before the common era: the year stays open
    y = story_year(ctx)
    if y is None:
        return res
    if value == "XXXX-WI" and ctx.last[1][5:7].isdigit() and int(ctx.last[1][5:7]) <= 3:
        y -= 1  # "the winter" told in January 1805 is the winter of 1804 (TimeML: the year it begins)
    return (typ, f"{y:04d}{value[4:]}", mod, "mention")


def story_day(ctx: Ctx, pos: int, window: int) -> str | None:
    """In a narrative, the last day the text gave within ``window`` characters before ``pos``, when nothing
    given since moved the story to another year or month ("On 14 May 1804 ... In 1804 ... The next day")."""
    if not ctx.narrative or ctx.last is None:
        return None
    for start, value, prec in reversed(ctx.history):
        if start < pos - window:
            return None
        if prec == "day":
            return value if value.startswith(ctx.last[1]) else None
    return None


def _weekday_in_story(ctx: Ctx, res: Res, wd: int, time: str) -> Res:
    """"On Monday" in a history: the first such weekday from the last day the text gave (that day itself when it is
    one), else unchanged."""
    if ctx.last is not None and ctx.last[2] == "day":
        day = ctx.last[1]
    else:
        day = story_day(ctx, ctx.last[0] + 1 if ctx.last is not None else 0, 2500)
    if day is None:
        return res
    d = _dt.date.fromisoformat(day)
    d += _dt.timedelta(days=(wd - d.isoweekday()) % 7)
    return (res[0], d.isoformat() + time, res[2], "mention")
