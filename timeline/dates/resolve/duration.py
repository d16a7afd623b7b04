"""Rules for durations ("three years", "two weeks ago"), ranges of durations, bare units and sets
("every week")."""
from __future__ import annotations

import datetime as _dt
import re

from ..resources import lexicon as L
from ..anchor import event_anchor
from ..normalise import duration_value, iso_week, num_value, safe_date, shift, unit_code
from ..recognise import Cand, next_word, prev_word
from ..resources.cues import (
    OPENING_STEP, RX_EVERY_BEFORE, RX_FRACTION_BEFORE, RX_RATE_BEFORE, RX_THAT_ANAPHOR, RX_TIMES_BEFORE,
    RX_AGO_DAY_AFTER, RX_APPOSED_AMOUNT, RX_TODAY_AFTER, RX_WITHIN_BEFORE,
)
from ..resources.words import (
    BARE_OF_PREV, BARE_REL_BLOCK, DAY_COMPOUNDS, PREC_RANK, RATE_ADVS, SET_ADVS, SET_FOLLOW_OK, SET_UNITS,
    TITLE_CASE_SIGNALS, UNDERSPEC, UNIT_PREC,
)
from ..tense import Ctx, Res, grab_left


_UNDECIDED = object()  # a rule that does not apply: the next one decides


def _amount_end(c: Cand) -> int:
    """The end of the amount without its signal word ("twenty years" in "twenty years after the war")."""
    g = c.m.groupdict()
    return c.m.end("half") if g.get("half") else c.m.end("adj") if g.get("adj") else c.m.end("unit")


def r_duration(ctx: Ctx, c: Cand) -> Res | None:
    """An amount of time ("three years", "a couple of days"), an offset ("two weeks ago", "a year later") or a
    frequency ("every four years", "three days a week")."""
    g = c.m.groupdict()
    unit = unit_code(g["unit"])
    if unit == "X":
        return None
    numtxt = g["num"]
    if g.get("range"):
        numtxt = numtxt[: c.m.start("range") - c.m.start("num")]
    n = num_value(numtxt)
    low = numtxt.lower()
    if _not_an_amount(ctx, c, unit, numtxt):
        return None
    if low in ("a", "an") and not g["hy"].startswith("-"):
        frac = RX_FRACTION_BEFORE.search(ctx.text, max(0, c.start - 20), c.start)
        if frac:  # "half a century" P50Y, "a quarter of a century" P25Y
            n = 0.5 if frac.group("f").lower() == "half" else 0.25
            c.start = frac.start()
    if unit == "Q" and (re.match(r"[\s-]+(?:of\s+an?\s+|percentage\s+)?(?:point|percent|share|cent|mile|inch|hour|"
                                 r"century)", ctx.text[c.m.end("unit"):c.m.end("unit") + 30], re.I)
                        or g["unit"].lower() == "quarter" and re.match(
                            r"\s+of\s+(?!an?\s|the\s+(?:fiscal\s+)?year|this\s|last\s|next\s|fiscal\s|\d)",
                            ctx.text[c.m.end("unit"):c.m.end("unit") + 30], re.I)):
        return None  # "a quarter point", "a quarter of its value" (a fraction, not three months)
    if low in ("a", "an") and g["hy"].startswith("-"):
        return None
    pre = re.sub(r"\s+", " ", (g.get("pre") or "").strip().lower())
    if pre == "the" and g["hy"] == "-":
        c.start = c.m.start("num")
        pre = ""
    if low in ("a", "an") and g.get("adj") and not pre:
        c.start = c.m.start("unit")  # "a month-long strike": the article is not part of "month-long"
    ago = re.sub(r"\s+", " ", (g.get("ago") or "").strip().lower()).replace("or so ", "")
    if g.get("half"):
        n = None if n is None else n + 0.5
    if n is None and low == "the":
        return None
    res = _frequency(ctx, c, n, unit, numtxt, pre, ago)
    if res is not _UNDECIDED:
        return res
    nxt = ctx.text[c.m.end():c.m.end() + 20].lower()
    if ago in ("earlier", "later") and re.match(r"\s+than\b", nxt):
        # a comparison ("started a month earlier than usual"): the amount is a duration, the signal word is not
        c.end = _amount_end(c)
        return ("DURATION", duration_value(n, unit), None, "absolute")
    if not ago and re.match(r"\s+(?:and|or)\s+(?:older|younger|over|up|above|under)\b", nxt):
        return None  # an age bracket: "children ages 6 months and older"
    if ago:
        return _offset(ctx, c, n, unit, pre, ago)
    within = RX_WITHIN_BEFORE.search(ctx.text, max(0, c.start - 12), c.start) if unit in ("MIN", "H") else None
    if within and not pre and ctx.text[c.m.end():c.m.end() + 1] == ",":
        day = _hours_on(ctx, Cand(within.start(), c.end, c.prio, c.kind, c.m), "later")
        if day is not None:  # 'Within an hour, two more tremors shook the valley': the day the story just told
            c.start = within.start()
            return day
    # "a couple of years" is approximate (TimeBank: APPROX)
    return ("DURATION", duration_value(n, unit), "APPROX" if "couple" in low else None, "absolute")


def _not_an_amount(ctx: Ctx, c: Cand, unit: str, numtxt: str) -> bool:
    """An age ("six years old"), a title ("60 Minutes"), a name ("the Six-Day War") or a compound ("a day job")."""
    g = c.m.groupdict()
    low = numtxt.lower()
    if g.get("adj") and g["adj"].lower().startswith("-old"):
        return True
    if next_word(ctx.text, c.m.end("unit")).lower() == "old" and not g.get("ago"):
        return True
    if g["unit"][:1].isupper() and numtxt[:1].isdigit() and c.start > 0 and not g.get("ago") \
            and ctx.text[max(0, c.start - 2):c.start].strip() not in ("", ".", "\"", "“"):
        return True  # a title: CBS's "60 Minutes", "48 Hours"
    if g["unit"][:1].isupper() and not g.get("ago"):
        nw = next_word(ctx.text, c.m.end("adj") if g.get("adj") else c.m.end("unit"))
        if nw[:1].isupper() and nw.lower() not in TITLE_CASE_SIGNALS:
            return True  # part of a name: "the Ninth Five-Year Plan", "the Six-Day War", "Hundred Years War"
    if unit == "Q" and g["hy"].startswith("-") and g["unit"].lower().endswith("s"):
        return True
    if unit == "S" and low in ("a", "an"):
        return True
    return unit == "D" and next_word(ctx.text, c.m.end("unit")).lower() in DAY_COMPOUNDS  # "a day trader"


def _frequency(ctx: Ctx, c: Cand, n: float | None, unit: str, numtxt: str, pre: str, ago: str) -> Res | None | object:
    """"twice a year", "every four years", "three days a week" (SET); a rate or a price ("$2 million a year",
    "$27 a day") is no expression of time."""
    low = numtxt.lower()
    pw = prev_word(ctx.text, c.start)
    if low in ("a", "an") and not pre and not ago:
        before = ctx.text[max(0, c.start - 30):c.start].lower()
        if pw in ("once", "twice", "times", "thrice"):
            # "twice a year", "three times a week": the frequency belongs to the SET's extent (TimeML freq)
            grab_left(ctx, c, RX_TIMES_BEFORE, 30)
            return ("SET", duration_value(1, unit), None, "absolute")
        if RX_RATE_BEFORE.search(before):
            # a rate ("$2 million a year", "700 seats a week"): TimeBank leaves these untagged (1 of 6)
            return None
        if pw in ("miles", "kilometers", "kilometres", "km", "mph", "feet"):
            return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", numtxt):
        before = ctx.text[max(0, c.start - 1):c.start]
        if before in "$€£":
            return None
    if pre in ("the", "its first", "their first", "all", "the entire", "the whole") and n is None:
        return None
    if not pre and not ago and n is not None:
        if grab_left(ctx, c, RX_EVERY_BEFORE, 12):
            # "every four years": a SET (TimeML), the quantifier inside the span
            return ("SET", duration_value(n, unit), None, "absolute")
    per = None if ago or pre else re.match(
        r"\s+(?:a|an|per|each)\s+(day|week|month|year)\b(?!\s+(?:ago|earlier|later|before|after|from|hence|or))",
        ctx.text[c.m.end():c.m.end() + 40].lower())
    if per and n is not None and PREC_RANK.get(UNIT_PREC.get(unit, "year"), 9) < PREC_RANK[per.group(1)]:
        c.end = c.m.end() + per.end()  # "three days a week", "24 hours a day": how often, one SET (TimeML)
        return ("SET", SET_UNITS[per.group(1)], None, "absolute")
    return _UNDECIDED


def _offset(ctx: Ctx, c: Cand, n: float | None, unit: str, pre: str, ago: str) -> Res | None:
    """"two weeks ago", "a year later", "ten days before the vote": a date that far from another one."""
    if ago in ("afterward", "afterwards", "thereafter"):
        ago = "later"
    that = RX_THAT_ANAPHOR.match(ctx.text, c.m.end()) if ago in ("after", "before") else None
    if that:
        # "Sixteen months after that, a jury found him liable": anchored like "later"
        ago = "later" if ago == "after" else "earlier"
        c.end = that.end()
    direction = -1 if ago in ("ago", "earlier", "before", "previously", "prior") else 1
    if (n is None or unit in ("S", "MIN", "H")) and ago in ("after", "before", "later", "earlier"):
        day = _hours_on(ctx, c, ago) if unit in ("MIN", "H") else None
        if day is not None:  # 'A few hours later, medics reached the village': the day the story just told
            c.end = c.m.end("ago")
            return day
        c.end = _amount_end(c)
        return ("DURATION", duration_value(n, unit), None, "absolute")
    if n is None:
        return ("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", None,
                "publication" if ctx.dct else "none")
    if ago in ("ago",):
        return _ago(ctx, c, n, unit)
    # earlier / later / before / after: anchored on an event or earlier date in the text
    anchor = None
    kind = "mention"
    if ago in ("after", "before") and apposed_to_date(ctx, c):
        c.end = _amount_end(c)  # "on May 9, 2001, two days after the vote": that day told again, not another one
        return ("DURATION", duration_value(n, unit), None, "absolute")
    if ago in ("after", "before"):
        ev = None if pre == "the" else event_anchor(ctx, c)  # "over the 12 months before the March peak"
        if ev is None:
            # plain duration ("twenty years after the war"): drop the signal word
            c.end = _amount_end(c)
            return ("DURATION", duration_value(n, unit), None, "absolute")
        anchor = ev
    else:
        res = _later_than_text(ctx, c, n, unit, direction)
        if res is not None and res[0] == "DATE":
            return res
        anchor, kind = res[1:] if res is not None else (None, kind)
    if anchor is None:
        return ("DATE", UNDERSPEC.get(UNIT_PREC.get(unit, "year"), "XXXX"), None, "none")
    r = shift(anchor[0], anchor[1], direction * n, unit)
    if r is not None and ago in ("after", "before") and _after_told(ctx, c, r[0]):
        # "Only eight days after a flood swamped the town, a fire broke out" counted from a sentence about a later
        # day: a past told in the page cannot fall after its publication; the amount alone, as with no anchor
        c.end = _amount_end(c)
        return ("DURATION", duration_value(n, unit), None, "absolute")
    if r is None and anchor[0].startswith("BC"):
        c.end = _amount_end(c)  # "three days after" a year before the common era: no day to count from
        return ("DURATION", duration_value(n, unit), None, "absolute")
    if r is None:
        return None
    return ("DATE", r[0], None, kind)


def apposed_to_date(ctx: Ctx, c: Cand) -> bool:
    """Whether the amount of "N days after X" is set after a date told just before it, only a comma between (*The
    photos were taken on May 9 and May 11, 2001, two days after the storm*): it tells that date again by the event
    it follows, so it is no date of its own (counted from X, found in another sentence, it could fall anywhere).

    Parameters
    ----------
    ctx : Ctx
    c : Cand
        The candidate of the amount with its signal word.

    Returns
    -------
    bool
    """
    return ctx.last is not None and 0 <= ctx.last_end <= c.start \
        and RX_APPOSED_AMOUNT.fullmatch(ctx.text, ctx.last_end, c.start) is not None


def _hours_on(ctx: Ctx, c: Cand, ago: str) -> Res | None:
    """The day of a narrative step of hours or minutes that opens its sentence (*A few hours later, medics reached
    the village*, *Only hours earlier, the minister had denied it*, *Within an hour, two more tremors shook the
    valley*): the day of the last day the story told, within :data:`STEP_REACH` characters before the sentence (a
    week, a month or a year told since is background: *… the worst since the floods three weeks ago.*). None when
    the step does not open its sentence, counts from an event it names (*An hour after the first tremor, …*,
    *Minutes before the scheduled kickoff, …*: that event's own day, which may not be the one just told, or an
    event that may not have happened), or finds no such day; nor, in a dated page, from a day more than
    :data:`STEP_DAYS` before the publication (*The club last won the cup on May 4, 1999. Hours later, the fans …*
    in a story of this week: the step goes on from the story's news, not from the background just recalled).
    Inside a sentence (*the club fired its coach hours later*, *the warning was withdrawn an hour later*) the amount
    stays a duration."""
    sent_s, _ = ctx.sentence(c.start)
    if ago not in ("later", "earlier") or not OPENING_STEP.fullmatch(ctx.text, sent_s, c.start):
        return None
    last = next((h for h in reversed(ctx.history) if h[2] == "day" and h[0] < sent_s), None)
    if last is None or sent_s - last[0] > STEP_REACH or not re.match(r"\d{4}-\d{2}-\d{2}", last[1]):
        return None
    day = safe_date(int(last[1][:4]), int(last[1][5:7]), int(last[1][8:10]))
    if day is None or ctx.dct is not None and not 0 <= (ctx.dct - day).days <= STEP_DAYS:
        return None
    return ("DATE", day.isoformat(), None, "mention")


#: how far back (characters before its sentence) the day a narrative step of hours counts from may be told
STEP_REACH = 700
#: days before the publication that day may lie (a news page's step of hours goes on from its news)
STEP_DAYS = 7


def _after_told(ctx: Ctx, c: Cand, value: str) -> bool:
    """Whether a day ``value`` counted for a past "N days after / before X" falls after the publication date."""
    if ctx.dct is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        return False
    return value[:10] > ctx.dct.isoformat() and ctx.tense(c.start, c.end) == "past"


def _later_than_text(ctx: Ctx, c: Cand, n: float, unit: str, direction: int) -> tuple | None:
    """The date "a year earlier" / "a decade later" counts from: a ``("DATE", value, None, anchor)`` result when the
    quarter or month just talked about decides it, else ``("ANCHOR", (value, precision), kind)`` or None."""
    sent_s, _ = ctx.sentence(c.start)
    txt = ctx.text[sent_s:c.end].lower()
    if direction < 0 and unit == "Y" and n == 1 and (v := ctx.year_before(c.start)) and (
            "quarter" in txt or c.start - max(ctx.quarter_pos, ctx.months_pos) < 300):
        return ("DATE", v, None, "mention")
    if direction < 0 and unit == "Y" and ctx.last is not None and ctx.last[2] == "month" \
            and ctx.last[0] >= sent_s and float(n).is_integer():
        # "Exports fell in January from a year earlier": the same month a year before, as for quarters
        r = shift(ctx.last[1], "month", direction * 12 * n, "M")
        if r is not None:
            return ("DATE", r[0], None, "mention")
    era = ctx.last_era
    if era is not None and unit in ("DE", "CE") and (ctx.last is None or era[0] > ctx.last[0]) and (
            direction > 0 or era[0] >= ctx.sentence(c.start)[0] - 400):
        return ("ANCHOR", (era[1], era[2]), "mention")  # "the late 1970s ... a decade later": the decade just named
    last = ctx.named if ctx.named is not None and (ctx.last is None or ctx.named[0] > ctx.last[0]) else ctx.last
    if last is not None and (direction > 0 or last[0] >= ctx.sentence(c.start)[0] - 400):
        return ("ANCHOR", (last[1], last[2]), "mention")  # the last date given, or one naming a thing since
    if ctx.dct is not None:
        return ("ANCHOR", (ctx.dct.isoformat(), "year" if unit in ("Y", "DE", "CE") else "day"), "publication")
    return None


def _ago(ctx: Ctx, c: Cand, n: float, unit: str) -> Res | None:
    """"two weeks ago", "a year ago" (the quarter a year before one just named), "fifty years ago today"."""
    sent_s, _ = ctx.sentence(c.start)
    if unit == "Y" and n == 1 and (v := ctx.year_before(c.start)) and (
            "quarter" in ctx.text[sent_s:c.end].lower() or c.start - max(ctx.quarter_pos, ctx.months_pos) < 300):
        return ("DATE", v, None, "mention")
    if ctx.dct is None:
        return ("DATE", UNDERSPEC.get(UNIT_PREC.get(unit, "year"), "XXXX"), None, "none")
    today = RX_TODAY_AFTER.match(ctx.text, c.end) if unit in ("Y", "DE", "CE") else None
    if today and float(n).is_integer():
        # "Fifty years ago today": an anniversary, to the day (or the week)
        years = int(n) * {"Y": 1, "DE": 10, "CE": 100}[unit]
        d = safe_date(ctx.dct.year - years, ctx.dct.month, ctx.dct.day) or \
            _dt.date(ctx.dct.year - years, ctx.dct.month, ctx.dct.day - 1)
        c.end = today.end()
        return ("DATE", iso_week(d) if "week" in today.group().lower() else d.isoformat(), None, "publication")
    day = RX_AGO_DAY_AFTER.match(ctx.text, c.end) if unit in ("Y", "DE", "CE") else None
    if day and float(n).is_integer():
        return _anniversary(ctx, c, day, int(n) * {"Y": 1, "DE": 10, "CE": 100}[unit])
    r = shift(ctx.dct.isoformat(), "year" if unit in ("Y", "DE", "CE") else "day", -n, unit)
    if r is None:
        return None
    return ("DATE", r[0], None, "publication")


def anniversary_day(dct: _dt.date, day: re.Match) -> _dt.date:
    """The day an anniversary count is reckoned from (:data:`RX_AGO_DAY_AFTER`): *yesterday* or *tomorrow* of the
    page's day; *this Thursday* the Thursday of the page's week; a bare *Thursday* the Thursday nearest the page's
    day, on either side — an anniversary is marked around the day it is written, before or after it, so the tense of
    the clause (which tells of the old event) says nothing of which way the weekday lies.

    Parameters
    ----------
    dct : datetime.date
        The publication date.
    day : re.Match
        A match of :data:`RX_AGO_DAY_AFTER`.

    Returns
    -------
    datetime.date
    """
    if day.group("rel"):
        return dct + _dt.timedelta(days=1 if day.group("rel").lower() == "tomorrow" else -1)
    wd = L.WEEKDAYS[day.group("wd").lower()]
    if day.group("this"):
        return dct + _dt.timedelta(days=wd - dct.isoweekday())
    ahead = (wd - dct.isoweekday()) % 7
    return dct + _dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def _anniversary(ctx: Ctx, c: Cand, day: re.Match, years: int) -> Res | None:
    """"Sixty years ago this Friday", "Two years ago yesterday": the day the count is reckoned from
    (:func:`anniversary_day`) that many years back, the span taking the day word — one date, to the day, as
    "fifty years ago today" is; the weekday is not a date of its own."""
    d = anniversary_day(ctx.dct, day)
    d = safe_date(d.year - years, d.month, d.day) or _dt.date(d.year - years, d.month, d.day - 1)
    c.end = day.end()
    return ("DATE", d.isoformat(), None, "publication")


def r_between(ctx: Ctx, c: Cand) -> Res | None:
    unit = unit_code(c.m.group("unit"))
    n1, n2 = num_value(c.m.group("n1")), num_value(c.m.group("n2"))
    if unit == "X" or n1 is None or n2 is None or next_word(ctx.text, c.end).lower() == "old":
        return None  # "between 10 and 20 years old" is an age
    second = Cand(c.m.start("n2"), c.m.end("unit"), c.prio, "between2", c.m)
    c.end = c.m.end("n1")
    ctx.pending.append((second, ("DURATION", duration_value(n2, unit), None, "absolute")))
    return ("DURATION", duration_value(n1, unit), None, "absolute")


def r_bareunit(ctx: Ctx, c: Cand) -> Res | None:
    if c.start and (c.m.group("core5") or c.m.group("core6")) and ctx.text[c.start - 1].isalnum():
        return None
    if c.m.group("core7"):
        if c.start and (ctx.text[c.start - 1].isalnum() or ctx.text[c.start - 1] in "-'’"):
            return None
        pw = prev_word(ctx.text, c.start)
        if pw in BARE_REL_BLOCK or pw[:1].isdigit() or pw in L.ONES or pw in L.TENS:
            return None
        return ("DURATION", duration_value(None, unit_code(c.m.group("core7"))), None, "absolute")
    if c.m.group("core10"):
        # 'Hours later, a second survivor was pulled out': the day the story just told; inside a sentence no mention
        return _hours_on(ctx, c, "later")
    if c.m.group("core9"):
        # "in the first hours after the quake" (TimeBank: PTXH)
        n9 = 1 if c.m.group("unit9") == "hour" else None  # "the first hour of trading" PT1H
        return ("DURATION", duration_value(n9, unit_code(c.m.group("unit9"))), None, "absolute")
    if c.m.group("core8"):
        # "bombs exploded minutes apart"
        return ("DURATION", duration_value(None, unit_code(c.m.group("core8"))), None, "absolute")
    if c.m.group("core6"):
        # "months ago", "years ago": a vague past reference
        return ("DATE", "PAST_REF", None, "publication" if ctx.dct else "none")
    if c.m.group("core5"):
        if c.start and ctx.text[c.start - 1] in "-'’":
            return None
        pw = prev_word(ctx.text, c.start)
        if pw not in BARE_OF_PREV and not (c.start == 0 or ctx.text[c.start - 2:c.start - 1] in ".!?\"“(\n"):
            return None
        return ("DURATION", duration_value(None, unit_code(c.m.group("core5"))), None, "absolute")
    if c.m.group("core4"):
        if ctx.narrative:
            return None  # "at the time": the story's time, not a past before the writer's present
        return ("DATE", "PAST_REF", None, "publication" if ctx.dct else "none")
    if c.m.group("core3"):
        return ("DURATION", "PXX", None, "absolute")
    u = c.m.group("unit") or c.m.group("unit2")
    return ("DURATION", duration_value(None, unit_code(u)), None, "absolute")


def r_set(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    if g.get("u"):
        v = SET_UNITS[g["u"].lower()]
        if re.search(r"(?i:other)\s", c.m.group(0)) and re.fullmatch(r"P1[DWMY]", v):
            v = f"P2{v[-1]}"  # "every other week": every two weeks
        return ("SET", v, None, "absolute")
    if g.get("wd"):
        return ("SET", f"XXXX-WXX-{L.WEEKDAYS[g['wd'].lower()]}", None, "absolute")
    if g.get("mon"):
        return ("SET", f"XXXX-{L.MONTHS[g['mon'].lower()]:02d}", None, "absolute")
    adv = re.sub(r"\s+", " ", g["adv"].lower())
    nw = next_word(ctx.text, c.end)
    if nw[:1].isalpha() and nw.lower() not in SET_FOLLOW_OK:
        return None
    if adv in RATE_ADVS and RX_RATE_BEFORE.search(ctx.text, max(0, c.start - 30), c.start):
        return None  # "rise 8.5% annually", "10,000 units annually": a rate, not a set of times
    v = SET_ADVS.get(adv)
    if v is None:
        return None
    grab_left(ctx, c, RX_TIMES_BEFORE, 16)  # "twice weekly": the frequency belongs to the extent, as in "twice a year"
    return ("SET", v, None, "absolute")
