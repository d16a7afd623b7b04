"""Rules for calendar expressions: full and partial dates, months, years, ranges, decades, centuries, seasons and
quarters."""
from __future__ import annotations

import datetime as _dt
import re

from ..resources import lexicon as L
from ..anchor import (
    SEPT_11, chronicle_entry, chronicle_year, month_year, of_year, monthday_year, sentence_year, told_occurrence,
    year_for_monthday,
)
from ..narrative import story_now
from ..normalise import day_number, numeric_month_day, safe_date, word_year
from ..recognise import Cand, next_word, prev_word
from ..resources.cues import (
    RX_ADDRESS_AFTER, RX_ATTACKS_AFTER, RX_DAY_REL_BEFORE, RX_DAYAND, RX_DAYRANGE, RX_DAYVALUE, RX_DAY_YEAR_REL,
    RX_GENERIC_MONTH_AFTER, RX_GENERIC_MONTH_BEFORE, RX_GENERIC_MONTH_PLURAL,
    RX_LABEL_LIST, RX_LOWER_WORD_BEFORE, RX_NAME_BEFORE_YEAR, RX_NUMERIC_CUE, RX_NUMERIC_NEXT, RX_RANGE_QUARTER,
    RX_SEASON_NAME_AFTER, RX_SEASON_PROPER_AFTER, RX_SHORTYEAR_AFTER, RX_SPORTS, RX_TEMPERATURE, RX_THE_BEFORE,
    RX_WORDYEAR_AFTER,
)
from ..resources.patterns import RX_DMY_AT, RX_HOLIDAY, RX_MDY_AT, RX_MONTH
from ..resources.words import (
    CENT_WORDS, COMMODITIES, COUNT_NOUNS, DAY_WORD_CUES, FRACTION_DENOMINATORS, LABEL_NEXT, LABEL_PLURALS, LABEL_PREV,
    MONTH_CUES,
    FALL_VERB_AFTER, NAME_YEAR_NEXT, NAME_YEAR_OK, NUMBER_SCALE, NUMERIC_PREV, ORDINAL_NOUNS,
    THAT_VERBS,
)
from ..tense import Ctx, Res, grab_left


def r_mdy(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    month = L.MONTHS[g["mon"].rstrip(".").lower()]
    day = day_number(g["day"])
    wd = L.WEEKDAYS[g["wd"].lower()] if g.get("wd") else None
    if g.get("year"):
        y, anchor = int(g["year"]), "absolute"
    elif (month, day) == (9, 11) and ctx.dct is not None and ctx.dct > SEPT_11 \
            and RX_ATTACKS_AFTER.match(ctx.text, c.end):
        y, anchor = 2001, "absolute"  # "since the Sept. 11 attacks" names one day, whatever the year of writing
    elif wd is None and (of := of_year(ctx, c.end)) is not None:
        y, anchor, c.end = of  # "on May 11 of last year", "on June 5 of the following year": one expression
    elif wd is None and c.kind == "mdy" and ctx.dct is not None and (rl := grab_left(ctx, c, RX_DAY_REL_BEFORE, 16)):
        y, anchor = rel_day_year(ctx.dct, month, day, rl.group("r")), "publication"  # "this September 11"
    elif wd is None and ctx.dct is not None and (yr := RX_DAY_YEAR_REL.match(ctx.text, c.end)):
        # "on May 11 and 13 last year": the year named right after the days
        y, anchor = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[yr.group("r").lower()], "publication"
        if yr.group().split()[0].lower() == yr.group("r").lower():
            c.end = yr.end()  # "June 7 last year" is one expression, as "January this year" (TimeBank)
    elif ctx.dct is not None and (ls := chronicle_entry(ctx, c)) is not None \
            and (cy := chronicle_year(ctx, c, ls, month, day, wd)) is not None:
        y, anchor = cy, "publication"  # "Oct 17: Acme raises its bid" in a list published Oct. 28
    elif wd is None and (sy := sentence_year(ctx, c, month)) is not None:
        y, anchor = sy, "mention"
    else:
        if wd is None and ctx.dct is not None:
            y, anchor = monthday_year(ctx, month, day, c.start, c.end), "publication"
            if y is None:
                return None
        else:
            y, anchor = year_for_monthday(ctx, month, day, wd)
    if y is None:
        val = f"XXXX-{month:02d}-{day:02d}"
    else:
        if safe_date(y, month, day) is None:
            return None
        val = f"{y:04d}-{month:02d}-{day:02d}"
        if ctx.dct is not None and (ls := chronicle_entry(ctx, c)) is not None:
            ctx.chron_last = (ls, _dt.date(y, month, day))  # the next entry of the list counts from this one
    if g.get("hh"):
        h = int(g["hh"])
        ap = (g.get("ap") or "").lower()
        if ap.startswith("p") and h < 12:
            h += 12
        if ap.startswith("a") and h == 12:
            h = 0
        val += f"T{h:02d}:{g['mm']}" + (f":{g['ss']}" if g.get("ss") else "")
        return ("TIME", val, None, anchor)
    nxt = hyphen_range_end(ctx, c, month, day)
    if nxt is not None:  # 'June 30-July 2, 2013': the first day in the year of the second ('Dec. 30-Jan. 2': before)
        if nxt[1][3] == "absolute" and not g.get("year"):
            y1 = int(nxt[1][1][:4]) - (month > int(nxt[1][1][5:7]))
            if safe_date(y1, month, day) is not None:
                val, anchor = f"{y1:04d}-{month:02d}-{day:02d}", "mention"
        return ("DATE", val, None, anchor)
    rng = RX_DAYRANGE.match(ctx.text, c.end) or RX_DAYAND.match(ctx.text, c.end)
    if rng and not g.get("year"):
        # "August 20-22, 1998": the second day is its own mention, in the same month (TimeML marks each end)
        d2 = int(rng.group("d2"))
        y2 = int(rng.group("y2")) if rng.group("y2") else y
        if day < d2 and y2 is not None and safe_date(y2, month, d2) is not None:
            if rng.group("y2"):
                y, anchor, val = y2, "absolute", f"{y2:04d}-{month:02d}-{day:02d}"
            second = Cand(rng.start("d2"), rng.end(), c.prio, "dayrange2", c.m)
            ctx.pending.append((second, ("DATE", f"{y2:04d}-{month:02d}-{d2:02d}", None, anchor)))
    return ("DATE", val, None, anchor)


def hyphen_range_end(ctx: Ctx, c: Cand, month: int, day: int) -> tuple[Cand, Res] | None:
    """The second day of a range joined by a hyphen with no space and its month written again ('June 30-July 2',
    '30 June-2 July', 'May 3-May 5'), which the patterns' left boundary leaves out (a hyphen there mostly joins a
    word): queued as its own mention, as TimeML marks each end of a range; None when none follows, or when it is a
    day of the same month not after the first (no range then).

    Parameters
    ----------
    ctx : Ctx
    c : Cand
        The first day's candidate.
    month, day : int
        The first day.

    Returns
    -------
    tuple of (Cand, Res) or None
        The second day's candidate and its reading, already queued in ``ctx.pending``.
    """
    if ctx.text[c.end:c.end + 1] != "-":
        return None
    for rx, kind in ((RX_MDY_AT, "mdy"), (RX_DMY_AT, "dmy")):
        m2 = rx.match(ctx.text, c.end + 1)
        if m2 is not None and not m2.group("wd") and not m2.group("hh"):
            break
    else:
        return None
    if L.MONTHS[m2.group("mon").rstrip(".").lower()] == month and day_number(m2.group("day")) <= day:
        return None
    second = Cand(m2.start(), m2.end(), c.prio, kind, m2)
    res2 = r_mdy(ctx, second)
    if res2 is None or res2[0] != "DATE" or not RX_DAYVALUE.fullmatch(res2[1]) or not res2[1][8:].isdigit():
        return None
    ctx.pending.append((second, res2))
    return second, res2


def rel_day_year(dct: _dt.date, month: int, day: int, rel: str) -> int:
    """The year of "last June 5", "next May 20", "this September 11" said on ``dct``: the last such day before it,
    the first after it, not in its own month (as "last March ninth", "last March"), or the one of its year ("this
    past" and "this coming" as "last" and "next", in its own month too).

    Parameters
    ----------
    dct : datetime.date
        The publication date.
    month, day : int
        The day named.
    rel : str
        The word before it: ``last``, ``next``, ``this``, ``this past`` or ``this coming`` (any case and spacing).

    Returns
    -------
    int
        The year.
    """
    own_month = rel.lower().startswith("this")
    days = [d for y in (dct.year - 1, dct.year, dct.year + 1) if (d := safe_date(y, month, day)) is not None
            and (own_month or (d.year, d.month) != (dct.year, dct.month))]
    told = told_occurrence(dct, days, rel)
    return dct.year if told is None else told.year


def r_mdyword(ctx: Ctx, c: Cand) -> Res | None:
    """A day written as an ordinal word ("February thirteenth", "the twenty-first of March"), read like "February
    13": not when the ordinal counts a noun after it ("in June first lady ...", "the March second reading"), nor
    after a month that opens a name without a date's word before it; "next/last October first" is the next or
    last one."""
    g = c.m.groupdict()
    holiday = RX_HOLIDAY.match(ctx.text, c.start)
    if holiday is not None and holiday.end() >= c.end:
        return None  # "the Fourth of July (weekend)", "July Fourth": the holiday's own rule
    if c.kind == "mdyword" and not g.get("year") and not g.get("wd"):
        nw = next_word(ctx.text, c.end)
        if nw.lower() in ORDINAL_NOUNS or nw.lower().endswith("est"):
            return None
        if nw[:1].isupper() and prev_word(ctx.text, c.start) not in DAY_WORD_CUES:
            return None
    if not g.get("year") and (wy := word_year_after(ctx, c)) is not None:
        d = safe_date(wy, L.MONTHS[g["mon"].rstrip(".").lower()], day_number(g["day"]))
        return None if d is None else ("DATE", d.isoformat(), None, "absolute")  # "May first, two thousand nine"
    res = r_mdy(ctx, c)
    rel = prev_word(ctx.text, c.start)
    if res is None or g.get("year") or rel not in ("next", "last") or ctx.dct is None or res[0] != "DATE":
        return res
    month, day = int(res[1][5:7]), int(res[1][8:10])
    here = (ctx.dct.year, ctx.dct.month)  # like "last March": not the publication's own month
    days = [d for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
            if (d := safe_date(y, month, day)) and (d.year, d.month) != here]
    d = min((d for d in days if d > ctx.dct), default=None) if rel == "next" else \
        max((d for d in days if d < ctx.dct), default=None)
    return res if d is None else ("DATE", d.isoformat(), None, "publication")


def r_ocrstamp(ctx: Ctx, c: Cand) -> Res | None:
    """'APR 2 6 2009' alone on its line: a scanned letter's received-stamp whose day OCR split in two."""
    g = c.m.groupdict()
    d = safe_date(int(g["year"]), L.MONTHS[g["mon"].lower()], int(g["d1"] + g["d2"]))
    return None if d is None else ("DATE", d.isoformat(), None, "absolute")


def r_my(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    month = L.MONTHS[g["mon"].rstrip(".").lower()]
    ys = g["year"]
    if ys[0] in "'’":
        yy = int(ys[1:])
        y = (1900 if yy > 30 else 2000) + yy
    else:
        y = int(ys)
    lmod = (g.get("lmod") or g.get("lmid") or "").rstrip("-").lower()
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(lmod)  # "in early December 1991": one mention
    return ("DATE", f"{y:04d}-{month:02d}", mod, "absolute")


def r_dayrange(ctx: Ctx, c: Cand) -> Res | None:
    """'19–21 August 1991', 'from 15 to 22 February 1945', 'between 6 and 8 June': the first day here, in the
    month and year of the second, which is queued as its own mention."""
    d1 = int(re.match(r"\d+", c.m.group("d1")).group())
    d2 = int(re.match(r"\d+", c.m.group("d2")).group())
    m2 = RX_DMY_AT.match(ctx.text, c.m.start("second"))
    if not d1 < d2 or m2 is None or m2.end() != c.m.end():
        return None
    second = Cand(m2.start(), m2.end(), c.prio, "dmy", m2)
    res2 = r_mdy(ctx, second)
    if res2 is None or res2[0] != "DATE" or not RX_DAYVALUE.fullmatch(res2[1]) or not res2[1][8:].isdigit():
        return None
    c.end = c.m.end("d1")
    ctx.pending.insert(0, (second, res2))
    return ("DATE", f"{res2[1][:8]}{d1:02d}", None, res2[3])


def word_year_after(ctx: Ctx, c: Cand) -> int | None:
    """A year in words right after the mention ("January nineteen ninety-seven", "the winter of nineteen
    ninety-four"), which then ends the mention; None without one (a bare "two thousand" is a number)."""
    m = RX_WORDYEAR_AFTER.match(ctx.text, c.end)
    if m is None or m.group("w").lower().replace("-", " ") == "two thousand":
        return None
    y = word_year(m.group("w"))
    if y is not None:
        c.end = m.end()
    return y


def r_month(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    name = g["mon"].rstrip(".")
    month = L.MONTHS[name.lower()]
    rel = (g.get("rel") or "").strip().lower().rstrip("-") or None
    if g.get("mid"):
        rel = "mid"
    mod = None
    if rel in ("early", "earlier"):
        mod, rel = "START", None
    elif rel in ("late", "later"):
        mod, rel = "END", None
    elif rel == "mid":
        mod, rel = "MID", None
    if not g.get("rel") and not g.get("mid") and not g.get("yrel"):
        pw = prev_word(ctx.text, c.start)
        nxt = next_word(ctx.text, c.m.end("mon"))
        cue = pw in MONTH_CUES or nxt.lower() in COMMODITIES
        if name in ("May", "March") and not cue and not (
                pw == "the" and re.fullmatch(r"[a-z]{3,}", nxt) and nxt not in ("on", "of", "to", "for", "and")):
            return None  # "may", "march" as verbs; but "the March peak" is the month
        if not cue and nxt[:1].isupper():
            return None
        if not cue and pw and pw[:1].isupper() is False and c.start > 0 and ctx.text[c.start - 1] not in " \n\t(“\"":
            return None
    if not g.get("rel") and not g.get("mid") and not g.get("yrel") and generic_month(ctx.text, c.start, c.end):
        return None  # "a crisp October morning", "warm June evenings": a kind of day, no date
    if rel is None and (wy := word_year_after(ctx, c)) is not None:
        return ("DATE", f"{wy:04d}-{month:02d}", mod, "absolute")  # "January nineteen ninety-seven"
    yrel = (g.get("yrel") or "").lower().split()
    if yrel and ctx.dct is not None:
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[yrel[0]]
        return ("DATE", f"{y:04d}-{month:02d}", mod, "publication")
    if ctx.dct is not None and rel is None and (
            next_word(ctx.text, c.end).lower() in COMMODITIES
            or re.match(r"\s+(?:delivery|contracts?|futures)\b", ctx.text[c.end:c.end + 12], re.I)):
        # a futures contract month ("December gold", "gold for December delivery"): the next such month
        y = ctx.dct.year if month >= ctx.dct.month else ctx.dct.year + 1
        return ("DATE", f"{y:04d}-{month:02d}", mod, "publication")
    if rel is None and (ctx.last is None or ctx.last[0] < c.start) and (of := of_year(ctx, c.end)):
        c.end = of[2]  # "in June of that year", "January of last year": one mention, in the year named
        return ("DATE", f"{of[0]:04d}-{month:02d}", mod, of[1])
    if rel in ("the following", "the next", "the previous", "that"):
        rel = re.sub(r"\s+", " ", rel)
        no_anchor = ctx.last is None or not ctx.last[1][:4].isdigit()
        if rel == "that" and (no_anchor or prev_word(ctx.text, c.start) in THAT_VERBS):
            # "he said that May was cold", or nothing to refer back to: the month alone, as if "that" were not there
            c.start = c.m.start("mon")
            return r_month(ctx, Cand(c.start, c.end, c.prio, c.kind, RX_MONTH.match(ctx.text, c.start)))
        if no_anchor:
            return None
        ly = int(ctx.last[1][:4])
        lm = int(ctx.last[1][5:7]) if ctx.last[1][5:7].isdigit() else None
        if rel == "that":  # "that November": in the year the text is talking about
            y = ly
        elif rel == "the previous":
            y = ly if lm is not None and month < lm else ly - 1
        else:  # "the following April": the first April after the date just given
            y = ly if lm is not None and month > lm else ly + 1
        return ("DATE", f"{y:04d}-{month:02d}", mod, "mention")
    if rel is None and (sy := sentence_year(ctx, c, month)) is not None:
        return ("DATE", f"{sy:04d}-{month:02d}", mod, "mention")
    if ctx.dct is None and ctx.narrative and (y := _story_month_year(ctx, month, rel)) is not None:
        return ("DATE", f"{y:04d}-{month:02d}", mod, "mention")
    val, anchor = month_year(ctx, month, rel, c.start, c.end)
    return ("DATE", val, mod, anchor)


def _story_month_year(ctx: Ctx, month: int, rel: str | None) -> int | None:
    """In a narrative, the year of "last August" / "next March" / "this May" from the story's time
    (:func:`timeline.dates.narrative.story_now`): the last such month before (after) the story's month; from a
    year alone, the year before (after) it: "last August" told in a year is not that year's August, which would be
    "in August". None for a month without such a word, or without a dated story."""
    k = {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1, "this": 0}.get(rel or "")
    now = story_now(ctx, writer=True) if k is not None else None
    if now is None or not now[0][:4].isdigit():
        return None
    ny = int(now[0][:4])
    if k == 0 or now[1] not in ("month", "week", "day"):
        return ny + k
    nm = int(now[0][5:7]) if now[0][5:7].isdigit() else None
    if nm is None:
        return ny + k
    if k < 0:
        return ny if month < nm else ny - 1
    return ny if month > nm else ny + 1


def generic_month(text: str, start: int, end: int) -> bool:
    """Whether the month name at ``[start, end)`` is the adjective of a generic noun phrase and names no date: a
    part of the day after an indefinite article ("a warm June day", "one cold January morning") or a part of
    the day in the plural ("crisp October evenings"); not "that September morning", "the September meeting".

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        The month name's span.

    Returns
    -------
    bool
        True for a generic month.
    """
    if RX_GENERIC_MONTH_PLURAL.match(text, end):
        return True
    return bool(RX_GENERIC_MONTH_AFTER.match(text, end)) and \
        RX_GENERIC_MONTH_BEFORE.search(text, max(0, start - 60), start) is not None


def r_iso(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    if safe_date(int(g["y"]), int(g["mo"]), int(g["d"])) is None:
        return None
    val = f"{g['y']}-{g['mo']}-{g['d']}"
    if g.get("hh"):
        val += f"T{g['hh']}:{g['mm']}" + (f":{g['ss']}" if g.get("ss") else "")
        return ("TIME", val, None, "absolute")
    return ("DATE", val, None, "absolute")


def r_numeric(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    dots = g["sl"] is None
    ys = g["y2"] if dots else g["y"]
    if dots and prev_word(ctx.text, c.start) in LABEL_PREV:
        return None  # "version 1.2.2022", "section 3.4.1999"
    md = numeric_month_day(int(g["a"]), int(g["b2"] if dots else g["b"]), dots, ctx.dayfirst)
    if md is None:
        return None
    y = int(ys)
    if len(ys) == 2:
        y += 1900 if y > 30 else 2000
    if safe_date(y, *md) is None:
        return None
    return ("DATE", f"{y:04d}-{md[0]:02d}-{md[1]:02d}", None, "absolute")


def r_numeric_md(ctx: Ctx, c: Cand) -> Res | None:
    """A month-day in numbers after a word that introduces a date ("effective 4/9", "on 9.4."); not a fraction
    ("cut by 1/3", "on 3/4 of the votes"), "24/7" or "9/11", nor a decimal at the end of a sentence ("by 9.4.")."""
    g = c.m.groupdict()
    cue_m = RX_NUMERIC_CUE.search(ctx.text, max(0, c.start - 16), c.start)
    if cue_m is None:
        return None
    dots = g["sl"] is None
    a, b = int(g["a"]), int(g["b2"] if dots else g["b"])
    cue = re.sub(r"\s+", " ", cue_m.group("cue").lower())
    if (not dots and (a, b) in ((24, 7), (9, 11))) or next_word(ctx.text, c.end).lower() == "of":
        return None
    if cue in ("by", "from", "before", "after") and (dots or (a < b and b in FRACTION_DENOMINATORS)):
        return None
    res = _numeric_md_value(ctx, c, a, b, dots)
    nxt = RX_NUMERIC_NEXT.match(ctx.text, c.end) if res is not None else None
    if nxt and (nxt.group("sl") is None) == dots:  # "from 4/9 to 4/16": the second date of the range
        second = Cand(nxt.start("core"), nxt.end(), c.prio, "numeric_md2", nxt)
        res2 = _numeric_md_value(ctx, second, int(nxt.group("a")), int(nxt.group("b") or nxt.group("b2")), dots)
        if res2 is not None:
            ctx.pending.append((second, res2))
    return res


def _numeric_md_value(ctx: Ctx, c: Cand, a: int, b: int, dots: bool) -> Res | None:
    md = numeric_month_day(a, b, dots, ctx.dayfirst)
    if md is None:
        return None
    if ctx.dct is None:
        return ("DATE", f"XXXX-{md[0]:02d}-{md[1]:02d}", None, "none")
    y = monthday_year(ctx, md[0], md[1], c.start, c.end)
    if y is None:
        return None
    return ("DATE", f"{y:04d}-{md[0]:02d}-{md[1]:02d}", None, "publication")


def r_year(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    y = int(g["year"])
    mod = None
    if g.get("mid"):
        mod = "MID"
    if (g.get("pre") or "")[:1].lower() == "c":
        mod = "APPROX"  # "c. 1450", "circa 1450"
    if g.get("orlater"):
        w = g["orlater"].split()[-1].lower()
        mod = {"later": "ON_OR_AFTER", "after": "ON_OR_AFTER", "earlier": "ON_OR_BEFORE",
               "before": "ON_OR_BEFORE"}[w]
    if not g.get("pre") and not g.get("mid"):
        text = ctx.text
        pw = prev_word(text, c.start)
        e = c.m.end("year")
        nxt = text[e:e + 1]
        nw = next_word(text, e).lower()
        cue = pw in L.YEAR_CUES or pw.endswith("'s") or pw.endswith("’s")
        punct_after = nxt == "" or nxt in ".,;:)!?\"'’”\n" or text[e:e + 2] in (" (", " -", " –", " —")
        before = text[c.start - 1:c.start] if c.start else ""
        if nw in COUNT_NOUNS or (nw in LABEL_NEXT and next_word(text, e) != "Series") or pw in LABEL_PREV \
                or pw in LABEL_PLURALS or RX_LABEL_LIST.search(text, max(0, c.start - 80), c.start):
            return None  # "Section 1983", "Model 1800", "the 1900 block of Amsterdam Avenue", "the Russell 2000 index",
            # "resolutions 1970 and 1973": a labelled list's numbers
        if RX_NAME_BEFORE_YEAR.search(text, max(0, c.start - 40), c.start) and \
                prev_word(text, c.start) not in NAME_YEAR_OK and (punct_after or nw in NAME_YEAR_NEXT):
            # a name: "Windows 2000 in February", "Orion 1980, making ..." (but "That 1978 resolution" opens a
            # sentence, and "the Eastport 2007 speech" uses the year as an adjective)
            return None
        if RX_ADDRESS_AFTER.match(text, e):
            return None  # "1600 Pennsylvania Avenue"
        if not (cue or punct_after or before in "(“\"\n" or c.start == 0):
            if not (1900 <= y <= 2035) or re.match(r"[\d,.]", pw[-1:] or "x") or pw in NUMERIC_PREV:
                return None
        if not cue and not (1900 <= y <= 2099):
            return None
        if y < 1600 and pw not in ("in", "since", "of", "from", "until", "by", "year") \
                and not (ctx.narrative and pw in L.YEAR_CUES):
            return None
    return ("DATE", f"{y:04d}", mod, "absolute")


def r_monthrange(ctx: Ctx, c: Cand) -> Res | None:
    """'January-June': the first month here; the second (with any year after it) is queued as its own mention."""
    g = c.m.groupdict()
    m1, m2 = L.MONTHS[g["m1"].lower()], L.MONTHS[g["m2"].lower()]
    if m1 == m2:
        return None
    if g.get("year"):
        y2, anchor = int(g["year"]), "absolute"
        v2 = f"{y2:04d}-{m2:02d}"
    elif (sy := sentence_year(ctx, c, m2)) is not None:
        y2, anchor, v2 = sy, "mention", f"{sy:04d}-{m2:02d}"
    else:
        v2, anchor = month_year(ctx, m2, None, c.start, c.end)
        y2 = int(v2[:4]) if v2[:4].isdigit() else None
    if y2 is None:
        v1 = f"XXXX-{m1:02d}"
    else:
        v1 = f"{y2 - (1 if m1 > m2 else 0):04d}-{m1:02d}"
    q = RX_RANGE_QUARTER.match(ctx.text, c.end)
    if q and (m2 - m1) == 2 and m1 % 3 == 1 and y2 is not None:
        # "the April-June quarter", "the January-March period": one quarter
        grab_left(ctx, c, RX_THE_BEFORE, 8)
        c.end = q.end()
        return ("DATE", f"{y2:04d}-Q{(m1 - 1) // 3 + 1}", None, anchor)
    second = Cand(c.m.start("m2"), c.m.end(), c.prio, "monthrange2", c.m)
    c.end = c.m.end("m1")
    ctx.pending.append((second, ("DATE", v2, None, anchor)))
    return ("DATE", v1, None, anchor)


def r_shortyear(ctx: Ctx, c: Cand) -> Res | None:
    """'in 476', 'about 494': a three-digit year after a preposition, in a narrative whose last year was before
    1000; before the common era when that year was."""
    early = ctx.bc_story or ctx.last is not None and ctx.last[1][:4].isdigit() and ctx.last[1][:4] < "1000"
    if not ctx.narrative or not early or not RX_SHORTYEAR_AFTER.match(ctx.text, c.end):
        return None  # only in a story already told in the first millennium; "about 500 residents" is a count
    y = int(c.m.group("core"))
    return ("DATE", f"BC{y:04d}" if ctx.bc_story else f"{y:04d}", None, "mention" if ctx.bc_story else "absolute")


def r_yearrange(ctx: Ctx, c: Cand) -> Res | None:
    """'2009-2010', '1957-58': the first year here; the second is queued as its own candidate."""
    g = c.m.groupdict()
    y1 = int(g["y1"])
    y2txt = g["y2"]
    y2 = int(y2txt) if len(y2txt) == 4 else (y1 // 100) * 100 + int(y2txt)
    if len(y2txt) == 2 and y2 <= y1:
        y2 += 100
    span, lowest = (100, 1000) if ctx.narrative else (30, 1800)  # a life, a reign: "Thoreau (1817–1862)"
    if not (y1 < y2 <= y1 + span) or not (lowest <= y1 <= 2099):  # "part 1234-56" is not a range of years
        return None
    if g["sep"] == "/" and len(y2txt) == 4:
        return None
    second = Cand(c.m.start("y2"), c.m.end("y2"), c.prio, "yearrange2", c.m)
    c.end = c.m.end("y1")
    ctx.pending.append((second, ("DATE", f"{y2:04d}", None, "absolute")))
    return ("DATE", f"{y1:04d}", None, "absolute")


def r_wordyear(ctx: Ctx, c: Cand) -> Res | None:
    """A year in words ("nineteen ninety-four", "the year two thousand", "in two thousand three", "in twenty ten");
    not a count ("two thousand three hundred people", "two thousand five cases")."""
    w = c.m.group("w").lower().replace("-", " ")
    y = word_year(w)
    said_year = "year" in c.m.group(0).lower()
    if y is None or w == "two thousand" and not said_year:
        return None
    nw = next_word(ctx.text, c.end).lower()
    if nw in NUMBER_SCALE:
        return None  # "two thousand three hundred": a number
    cue = said_year or prev_word(ctx.text, c.start) in L.YEAR_CUES
    if not cue and (w.startswith("twenty ") or nw in COUNT_NOUNS or re.fullmatch(r"[a-z]{2,}[^s']s", nw)):
        return None  # "two thousand five cases"; "twenty twenty" only as a year after "in", "since" ...
    return ("DATE", f"{y:04d}", None, "absolute")


def r_decade(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    if g.get("full"):
        # "the late 1800s" is the century (18); "the 2000s" is the decade it names
        val = g["full"][:2] if g["full"].startswith("1") and g["full"].endswith("00") else g["full"][:3]
    elif g.get("short"):
        d = int(g["short"][0])
        val = ("20" if d <= 2 else "19") + str(d)
    elif g.get("bare"):
        s, e = ctx.sentence(c.start)
        if RX_TEMPERATURE.search(ctx.text, s, e) or prev_word(ctx.text, c.start).lower() in ("his", "her", "their"):
            return None  # "highs in the 60's", "in their 60's"
        val = "19" + g["bare"][0]
    else:
        if not g.get("the"):
            return None
        val = "19" + str(L.DECADE_WORDS[g["word"].lower()] )
    mod = None
    if g.get("mod"):
        mod = {"early": "START", "mid": "MID", "late": "END"}[g["mod"].strip(" -").lower()]
    return ("DATE", val, mod, "absolute")


def r_century(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    n = g["n"].lower().replace("-", " ")
    num = CENT_WORDS.get(n) or int(re.match(r"\d+", n).group())
    mod = None
    if g.get("mod"):
        mod = {"early": "START", "mid": "MID", "late": "END"}[g["mod"].strip(" -").lower()]
    if g.get("era") and era_is_bc(g["era"]):
        return ("DATE", f"BC{num - 1:02d}", mod, "absolute")  # "the 5th century BC" (500-401 BC): BC04
    return ("DATE", f"{num - 1:02d}", mod, "absolute")


def era_is_bc(era: str) -> bool:
    """Whether an era written after or before a year ("BC", "B.C.E.", "AD", "CE") counts back."""
    return era.replace(".", "").replace(" ", "").upper().startswith("B")


def era_value(year: int, era: str) -> str:
    """TimeML value of a year with its era: ``BC0480`` for 480 BC, ``0023`` for AD 23."""
    return f"BC{year:04d}" if era_is_bc(era) else f"{year:04d}"


def r_erayear(ctx: Ctx, c: Cand) -> Res | None:
    """'480 BC', 'B.C. 471', 'c. 45 BC', 'AD 23', '220 CE'."""
    g = c.m.groupdict()
    if g.get("era2"):
        y = int(g["year2"])
        if era_is_bc(g["era2"]) and y >= 1000:
            return None  # "Vancouver, B.C. 2010": the province, then a year
        return ("DATE", era_value(y, g["era2"]), "APPROX" if g.get("circa") else None, "absolute")
    value = era_value(int(g["year"]), g["era"])
    if g.get("mon"):  # "January 49 BC", "12 July 210 BC"
        value += f"-{L.MONTHS[g['mon'].rstrip('.').lower()]:02d}"
        if g.get("day"):
            value += f"-{int(re.match(r'[0-9]+', g['day']).group()):02d}"
    return ("DATE", value, "APPROX" if g.get("circa") else None, "absolute")


def r_erarange(ctx: Ctx, c: Cand) -> Res | None:
    """'454–404 BC', 'from 375 BC to 371 BC', '206 BCE – 9 CE': the first year here (in the era written after it,
    else in the second's); the second is queued as its own mention."""
    g = c.m.groupdict()
    y1, y2 = int(g["y1"]), int(g["y2"])
    era1 = g.get("e1") or g["era"]
    if not g.get("e1") and (y1 < y2 if era_is_bc(g["era"]) else y1 > y2):
        return None  # "5-10 BC" counts down, "9-23 CE" up: anything else is no range of years
    second = Cand(c.m.start("second"), c.m.end(), c.prio, "erarange2", c.m)
    c.end = c.m.end("e1") if g.get("e1") else c.m.end("y1")
    mod2 = "APPROX" if g["second"][:1].lower() == "c" else None
    ctx.pending.append((second, ("DATE", era_value(y2, g["era"]), mod2, "absolute")))
    return ("DATE", era_value(y1, era1), "APPROX" if g.get("circa") else None, "absolute")


def r_season(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    s = L.SEASONS[g["s"].lower()]
    rels = (g.get("rel") or "").lower().replace("-", " ").split()
    mod = None
    if "early" in rels:
        mod = "START"
    elif "late" in rels:
        mod = "END"
    elif "mid" in rels:
        mod = "MID"
    if g.get("year"):
        return ("DATE", f"{g['year']}-{s}", mod, "absolute")
    if (wy := word_year_after(ctx, c)) is not None:
        return ("DATE", f"{wy:04d}-{s}", mod, "absolute")  # "the winter of nineteen ninety-four"
    if (of := of_year(ctx, c.end)) is not None:
        c.end = of[2]  # "in the autumn of that year", "the spring of last year": one mention, in the year named
        return ("DATE", f"{of[0]:04d}-{s}", mod, of[1])
    if s == "FA" and re.match(r"\s+of\s+(?!(?:19|20)\d\d\b)", ctx.text[c.end:c.end + 12]):
        return None  # "the fall of the Berlin Wall": a collapse, not the autumn
    if s == "FA" and next_word(ctx.text, c.end).lower() in FALL_VERB_AFTER:
        return None  # "shops that fall into this band": the verb, not the autumn
    if next_word(ctx.text, c.end).lower() in ("training", "break", "cleaning", "semester", "term", "collection",
                                                  "rolls", "game", "games", "solstice", "equinox"):
        return None  # "spring training", "winter break": compounds
    if g["s"][0].isupper() and (RX_SEASON_NAME_AFTER.match(ctx.text, c.end)
                                or re.match(r"['’]s\s+[A-Z]", ctx.text[c.end:c.end + 4])):
        return None  # "the next Winter Games", "Summer Olympics", "The Winter's Tale": names
    if g["s"][0].isupper() and RX_SEASON_PROPER_AFTER.match(ctx.text, c.m.end("s")) \
            and RX_LOWER_WORD_BEFORE.search(ctx.text, max(0, c.m.start("s") - 40), c.m.start("s")):
        return None  # "the Spring Hill plant", "in Summer Park": a place's name
    if not rels or rels == ["the"] and s in ("FA", "SP"):
        pw = prev_word(ctx.text, c.start)
        if not rels and (s in ("FA", "SP") and pw not in ("since", "until", "till")
                         or pw not in ("in", "during", "this", "since", "until", "till", "by", "over")):
            return None  # "spring" and "fall" alone are mostly verbs or springs: only "since spring"
        if rels == ["the"] and pw not in ("in", "during", "since", "until", "by", "over", "through") and not (
                pw == "of" and prev_word(ctx.text, c.start - 3).lower() in ("much", "most", "all", "part", "rest")):
            return None  # "much of the fall" is the season
    if ctx.dct is None:
        story = season_in_story(ctx, s, rels, mod) if ctx.narrative else None
        return story or ("DATE", f"XXXX-{s}", mod, "none")
    return _season_near_publication(ctx, c, s, rels, mod)


def season_in_story(ctx: Ctx, s: str, rels: list[str], mod: str | None) -> Res | None:
    """"that winter", "the following spring": the season of, or after, the last date the text gave."""
    if "that" in rels:
        if ctx.last and ctx.last[1][:4].isdigit():
            return ("DATE", f"{ctx.last[1][:4]}-{s}", mod, "mention")
    elif ("following" in rels or "previous" in rels or "preceding" in rels) and ctx.last \
            and ctx.last[1][:4].isdigit():
        # "the following winter": the first one after the date just given (a winter runs into the next year)
        ly = int(ctx.last[1][:4])
        lm = int(ctx.last[1][5:7]) if ctx.last[1][5:7].isdigit() else None
        sm = 12 if s == "WI" else {"SP": 4, "SU": 7, "FA": 10}[s]
        if "following" in rels:
            y = ly if lm is not None and sm > lm else ly + 1
        else:
            y = ly if lm is not None and sm < lm else ly - 1
        return ("DATE", f"{y:04d}-{s}", mod, "mention")
    return None


def _season_near_publication(ctx: Ctx, c: Cand, s: str, rels: list[str], mod: str | None) -> Res:
    """A season from the publication date ("last winter", "in the spring"), or from the text ("that winter")."""
    y = ctx.dct.year
    season_month = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[s]
    if "last" in rels or "past" in rels:
        y = y if season_month < ctx.dct.month - 2 else y - 1
    elif "next" in rels or "coming" in rels:
        y = y if season_month > ctx.dct.month else y + 1
    elif "that" in rels or ("following" in rels or "previous" in rels or "preceding" in rels) and ctx.last \
            and ctx.last[1][:4].isdigit():
        story = season_in_story(ctx, s, rels, mod)
        if story is not None:
            return story
    elif "this" in rels:
        if s == "WI" and ctx.dct.month >= 7:
            y += 1  # "this winter" said in the autumn: the coming one, named by the year of its January
    else:
        # "sluggish since the fall" in February is last fall; "in the spring" said in December is the next one
        t = ctx.tense(c.start, c.end)
        if t == "past" and season_month > ctx.dct.month and s != "WI":
            y -= 1
        elif t == "future" and season_month + 2 <= ctx.dct.month:
            y += 1  # "postponed until the fall" said in December is next fall
    return ("DATE", f"{y:04d}-{s}", mod, "publication")


def r_quarter(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    det = (g.get("det") or "").lower()
    unit = g["unit"].lower()
    q = 2 if g["ord"].lower() in ("last", "latter") else L.ORDINALS[g["ord"].lower()]
    if unit == "half" and q > 2:
        return None
    if not (g.get("year") or g.get("yr1") or g.get("yr2") or g.get("yrel")):
        s0, e0 = ctx.sentence(c.start)
        if RX_SPORTS.search(ctx.text, s0, e0):
            return None  # a period of a game: "scored 14 points in the fourth quarter"
    if det.strip() == "the" and c.m.group(0)[c.m.end("ord") - c.start:c.m.start("unit") - c.start] == "-":
        c.start = c.m.start("ord")  # "the third-quarter results": the adjective alone
    letter = "Q" if unit == "quarter" else "H"
    yr = g.get("year") or g.get("yr1") or g.get("yr2")
    anchor = "absolute"
    if yr:
        y = int(yr)
    elif ctx.dct is None:
        return ("DATE", f"XXXX-{letter}{q}", None, "none")
    else:
        anchor = "publication"
        y = ctx.dct.year
        yrel = (g.get("yrel") or "").lower()
        if "last year" in det or "year-earlier" in det or "year-ago" in det or yrel.startswith("last"):
            y -= 1
        elif "next year" in det or yrel.startswith("next"):
            y += 1
        elif "this year" in det or yrel.startswith(("this", "the")):
            pass
        else:
            cur = (ctx.dct.month - 1) // 3 + 1 if letter == "Q" else (ctx.dct.month - 1) // 6 + 1
            just_ended = ctx.dct.month <= 3 and q == (4 if letter == "Q" else 2)
            t = ctx.tense(c.start, c.end)
            if q > cur and (just_ended or t != "future"):
                y -= 1  # in January, "will report fourth-quarter results" is about the quarter just ended
            elif q < cur and t == "future" and (letter == "H" or cur - q >= 2):
                y += 1  # in November, "expects earnings to rebound in the first quarter" is next year's
    if letter == "Q":
        ctx.quarter = (y, q)
        ctx.quarter_pos = c.end
    return ("DATE", f"{y:04d}-{letter}{q}", None, anchor)
