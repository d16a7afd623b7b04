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


def story_year(ctx: Ctx, pos: int | None = None) -> int | None:
    """The year of the last date the text gave (a BC year counts as none), or None. At ``pos`` in a later paragraph
    than one that went back to background (:func:`background_of`), the year that paragraph opened in: the story
    returns to its own time."""
    if ctx.last is None or not ctx.last[1][:4].isdigit():
        return None
    if pos is not None and ctx.paragraph(pos) > ctx.last[0]:
        opened = background_of(ctx)
        if opened is not None:
            return opened
    return int(ctx.last[1][:4])


def story_now(ctx: Ctx, *, writer: bool = False) -> tuple[str, str] | None:
    """What "last month", "this year", "next week" count from in a narrative: the last date the text gave as
    ``(value, precision)``, or, when that date is background (:func:`background_of`), the year its paragraph opened
    in ("Crowds grew in March 2014. … In October 2013, the owners voted to expand. Last month, …": not September
    2013); None without a date. With ``writer`` (a deictic "last month", "this year"), the time of writing when the
    text gave it: the January after a year it says ended ("As 2014 ended, …"; :attr:`Ctx.written_after`)."""
    if writer and ctx.written_after is not None:
        return f"{ctx.written_after + 1:04d}-01", "month"
    if ctx.last is None:
        return None
    opened = background_of(ctx)
    return (f"{opened:04d}", "year") if opened is not None else (ctx.last[1], ctx.last[2])


def background_of(ctx: Ctx) -> int | None:
    """The year the paragraph of the last date opened in, when that paragraph opened in a later year than the last
    date's and went back to it (background told in passing); None otherwise, and when the paragraph or heading
    opens on the earlier year (it starts a part of the story told in that year)."""
    if ctx.last is None or not ctx.last[1][:4].isdigit():
        return None
    para = ctx.paragraph(ctx.last[0])
    opened = None
    for h in reversed(ctx.history):
        if h[0] < para:
            break
        if h[0] < ctx.last[0]:
            opened = h
    if opened is not None and opened[1][:4].isdigit() and opened[1][:4] > ctx.last[1][:4]:
        return int(opened[1][:4])
    return None


def in_story_time(ctx: Ctx, res: Res, pos: int | None = None) -> Res:
    """``res`` with the story's year (:func:`story_year` at ``pos``) in place of ``XXXX`` when the text is read as
    a narrative and a rule left the year out; unchanged otherwise."""
    typ, value, mod, anchor = res
    if not ctx.narrative or anchor != "none" or typ not in ("DATE", "TIME"):
        return res
    wd = RX_WEEKDAY_VALUE.fullmatch(value)
    if wd is not None:
        return _weekday_in_story(ctx, res, int(wd.group("wd")), wd.group("time") or "")
    if not RX_YEARLESS_VALUE.fullmatch(value) or ctx.bc_story:
        return res  # a story told before the common era: the year stays open
    y = story_year(ctx, pos)
    if y is None:
        return res
    if value == "XXXX-WI" and ctx.last[1][5:7].isdigit() and int(ctx.last[1][5:7]) <= 3:
        y -= 1  # "the winter" told in January 1805 is the winter of 1804 (TimeML: the year it begins)
    if not _real_in(y, value):
        return res  # "February 30", or February 29 in a common year: no day of that year, the year stays open
    return (typ, f"{y:04d}{value[4:]}", mod, "mention")


def _real_in(year: int, value: str) -> bool:
    """Whether the yearless ``value`` (``XXXX-02-29``, ``XXXX-06``, ``XXXX-WI``) names a real period of ``year``."""
    if not 1 <= year <= _dt.MAXYEAR:
        return False
    if value[8:10].isdigit():
        try:
            _dt.date(year, int(value[5:7]), int(value[8:10]))
        except ValueError:
            return False
    return True


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
    try:
        d = _dt.date.fromisoformat(day[:10])
        d += _dt.timedelta(days=(wd - d.isoweekday()) % 7)
    except (ValueError, OverflowError):  # not a real day, or the calendar's last days: the weekday stays open
        return res
    return (res[0], d.isoformat() + time, res[2], "mention")
