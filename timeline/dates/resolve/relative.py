"""Rules for relative expressions: "yesterday", "now", weekdays, "the next day", "until then", "year-end"."""
from __future__ import annotations

import datetime as _dt
import re

from ..anchor import ref_day, story_event_day, weekday_date
from ..normalise import dct_value, duration_value, news_week_shift
from ..recognise import Cand, next_word, prev_word
from ..resources import lexicon as L
from ..resources.cues import (
    RX_CAP_BEFORE, RX_DAYREF_PRE, RX_OVERNIGHT_WEEKDAY, RX_PRESENT_AROUND, RX_ORDDAY_WD_AFTER, RX_THE_DAY_PRE,
    RX_THAT_BEFORE, RX_THE_NIGHT_PRE, RX_THE_TOD_PRE, RX_WEEKDAY_WEEK, RX_YEAREND_YEAR,
)
from ..resources.patterns import ONES, TEENS, TENS
from ..resources.words import (
    DAYREF_SAYING, NAMED_DAYS_AFTER, NAMED_DAYS_BEFORE, NARRATIVE_RELATIVE, OVERNIGHT_ADJ_BEFORE, OVERNIGHT_TIME_NOUNS,
    PAST_PREPS, REF_WORDS, THAT_VERBS, UNDERSPEC,
)
from ..tense import Ctx, Res

_UNDECIDED = object()  # a rule that does not apply: the next one decides


def r_then(ctx: Ctx, c: Cand) -> Res | None:
    """'until then', 'since then': the date given just before (within ~3 sentences), else nothing."""
    if ctx.last is None or ctx.last[0] < c.start - 400:
        return None
    return ("DATE", ctx.last[1], None, "mention")


def r_yearperiod(ctx: Ctx, c: Cand) -> Res | None:
    """'the 1988 quarter', 'the 1989 period': the quarter being reported on, in that year."""
    y = int(c.m.group("year"))
    if ctx.quarter is not None and c.start - ctx.quarter_pos < 1500:
        v = ctx.year_before(c.start, ctx.quarter[0] - y)  # "In the first nine months ... in the 1988 period": 1988
        return ("DATE", v, None, "mention")
    if c.m.group("u").lower() == "quarter":
        return ("DATE", f"{y:04d}-QX", None, "none")
    return ("DATE", f"{y:04d}", None, "absolute")


def r_yearend(ctx: Ctx, c: Cand) -> Res | None:
    """'year-end', 'the end of the month', 'year-earlier': from the publication date; 'year-end 2022' is that year's
    last day whatever the page's year (:data:`RX_YEAREND_YEAR`)."""
    w = (c.m.group("w") or c.m.group("w2") or c.m.group("w3") or "").lower()
    dct = ctx.dct
    written = RX_YEAREND_YEAR.match(ctx.text, c.end) if w == "year" and not c.m.group("w3") else None
    if written is not None:
        c.end = written.end()  # one mention: "year-end 2022"
        return ("DATE", f"{written.group('y')}-12-31", None, "absolute")
    if c.m.group("ya"):
        if ctx.quarter:
            return ("DATE", ctx.year_before(c.start), None, "mention")
        if dct is None:
            return ("DATE", "XXXX", None, "none")
        return ("DATE", f"{dct.year - 1:04d}", None, "publication")
    if dct is None:
        if c.m.group("w3"):
            return ("DATE", UNDERSPEC[w], "END", "none")
        return ("DATE", {"year": "XXXX-12-31", "month": "XXXX-XX-XX", "quarter": "XXXX-QX"}[w], None, "none")
    if c.m.group("w3"):
        # "the end of year" reads like "the end of the year": the period with mod END
        return ("DATE", dct_value(dct, w), "END", "publication")
    if w == "year":
        y = dct.year
        if prev_word(ctx.text, c.start) in PAST_PREPS or dct.month <= 2 and ctx.tense(c.start, c.end) == "past":
            y -= 1  # "The percentage change is since year-end": the last one; "at year-end" said in January
        return ("DATE", f"{y:04d}-12-31", None, "publication")
    if w == "month":
        return ("DATE", f"{dct.year:04d}-{dct.month:02d}", "END", "publication")
    return ("DATE", dct_value(dct, "quarter"), "END", "publication")


def r_deictic(ctx: Ctx, c: Cand) -> Res | None:
    """"today", "last night", "now", "recently", "in coming weeks": from the publication date, or vague."""
    raw = c.m.group("w")
    if raw in ("Tonight", "Today", "Now") and RX_CAP_BEFORE.search(ctx.text, max(0, c.start - 20), c.start) \
            and ctx.sentence(c.start)[0] < c.start - 1 - len(prev_word(ctx.text, c.start)):
        return None  # a title: "World News Tonight", "Good Morning America Today"
    w = re.sub(r"\s+", " ", raw.lower())
    dct = ctx.dct
    if w == "then current" or w == "then-current":
        return ("DATE", "PAST_REF", None, "publication" if dct else "none")
    if w in ("recent years", "recent days"):
        # TimeBank: "in recent years" is a vague past reference (4 of 5), "recent weeks/months" durations
        return ("DATE", "PAST_REF", None, "publication" if dct else "none")
    res = _vague(ctx, c, w)
    if res is not _UNDECIDED:
        return res
    parts = w.split()
    if "weekend" in w:
        return None  # handled by r_rel
    mod = None
    tod = None
    day = 0
    if parts[0] in ("early", "earlier"):
        mod = "START"
        parts = parts[1:]
    elif parts[0] in ("late", "later"):
        mod = "END"
        parts = parts[1:]
    w = " ".join(parts)
    if w == "the day before yesterday":
        day = -2
    elif w == "the day after tomorrow":
        day = 2
    elif parts[0] == "yesterday":
        day = -1
    elif parts[0] == "tomorrow":
        day = 1
    elif parts[0] in ("today", "this"):
        day = 0
    elif w == "last night":
        day, tod = -1, "NI"
    elif w == "tonight":
        day, tod = 0, "NI"
    elif w == "overnight":
        res = _overnight(ctx, c, mod)
        if res is not _UNDECIDED:
            return res
        tod = "NI"
    if len(parts) > 1 and parts[-1] in ("morning", "afternoon", "evening", "night"):
        tod = L.TIMES_OF_DAY[parts[-1]]
    if dct is None and ctx.narrative and w == "today" and mod is None:
        return ("DATE", "PRESENT_REF", None, "none")  # "Even today, historians ...": the writer's present
    if dct is None:
        base = "XXXX-XX-XX"
        if tod:
            return ("TIME", f"{base}T{tod}", mod, "none")
        return ("DATE", base, mod, "none")
    d = dct + _dt.timedelta(days=day)
    if tod:
        return ("TIME", f"{d.isoformat()}T{tod}", mod, "publication")
    return ("DATE", d.isoformat(), mod, "publication")


def _overnight(ctx: Ctx, c: Cand, mod: str | None) -> Res | None | object:
    """ "overnight": no night when it means very quickly ("almost overnight"), a loan's term ("the overnight call
    rate") or a kind of thing ("an overnight flight"); next to a weekday, that day's night; else ``_UNDECIDED``:
    the night of the publication day ("the index fell overnight", "crews will work overnight": news of the
    publication day, the night into it, told that day, or the one to come)."""
    if prev_word(ctx.text, c.start) in ("almost", "nearly", "virtually", "practically", "seemingly", "literally"):
        return None  # "the wall went up almost overnight": very quickly
    if next_word(ctx.text, c.end).lower() in ("rate", "rates", "lending", "loan", "loans", "call", "funds", "repo",
                                              "deposit", "deposits", "index", "interbank", "borrowing"):
        return None  # "the overnight call rate" names a loan's term, not a night
    if _overnight_adjective(ctx.text, c):
        return None  # "an overnight flight", "his overnight stay": a kind of flight or stay, not a night
    own = _overnight_day(ctx, c)
    if own is not None:
        return ("TIME", f"{own}TNI", mod, "publication")
    return _UNDECIDED


def _overnight_adjective(text: str, c: Cand) -> bool:
    """ "overnight" as an adjective after a determiner or a possessive ("an overnight flight", "Eastport's overnight
    stay"), unless the noun is the hours themselves ("during the overnight hours")."""
    pw = prev_word(text, c.start)
    before = text[max(0, c.start - 3):c.start]
    if pw not in OVERNIGHT_ADJ_BEFORE and not re.search(r"(?:['’]s|s['’])\s$", before):
        return False
    nw = next_word(text, c.end)
    return bool(nw) and nw[:1].islower() and nw.lower() not in OVERNIGHT_TIME_NOUNS


def _overnight_day(ctx: Ctx, c: Cand) -> str | None:
    """The day of the weekday an "overnight" stands next to ("shelled the city overnight on Saturday", "Saturday
    overnight"), or None."""
    if ctx.last is not None and ctx.last[2] == "day" and ctx.last_end <= c.start \
            and re.fullmatch(r"[^\S\n]*", ctx.text[ctx.last_end:c.start]):
        return ctx.last[1][:10]
    wd = RX_OVERNIGHT_WEEKDAY.match(ctx.text, c.end)
    if wd is None:
        return None
    d = weekday_date(ctx, L.WEEKDAYS[wd.group("wd").lower()], None, wd.start("wd"), wd.end("wd"))
    return d.isoformat() if d is not None else None


def _vague(ctx: Ctx, c: Cand, w: str) -> Res | None | object:
    """"now", "recently", "the future" (``*_REF``); "in coming weeks", "the years ahead" (vague durations)."""
    dct = ctx.dct
    if w in REF_WORDS and ctx.narrative and w in NARRATIVE_RELATIVE and not (
            w == "now" and RX_PRESENT_AROUND.search(ctx.text, max(0, c.start - 16), min(len(ctx.text), c.end + 16))):
        return None  # "Blood now flowed", "soon rebuilt": the story's time, not the writer's; no value to give
    if w in REF_WORDS:
        if w == "so far":
            return None
        if w == "the past" and re.match(r"\s+(?:\d+|(?:" + ONES + "|" + TEENS + "|" + TENS + r"))\b",
                                         ctx.text[c.end:c.end + 12], re.I):
            return None  # "in the past six sessions": a count of something else
        if w == "current":
            nw = next_word(ctx.text, c.end).lower()
            if nw in ("account", "accounts", "events", "affairs", "prices", "dollars", "members", "levels",
                      "level", "version", "form", "system", "situation"):
                return None
        return ("DATE", REF_WORDS[w], None, "publication" if dct else "none")
    parts = w.split()
    if parts[-1] in ("quarters", "years", "decades", "months", "weeks", "days") and (
            parts[0] == "future" or (parts[0] == "coming" and parts[-1] == "quarters")):
        return ("DATE", "FUTURE_REF", None, "publication" if dct else "none")  # TimeBank: "future/coming quarters"
    if parts[0] == "past":
        return ("DATE", "PAST_REF", None, "publication" if dct else "none")  # "sell programs in past years"
    if parts[-1] in ("days", "weeks", "months", "quarters", "years", "decades"):
        code = {"days": "D", "weeks": "W", "months": "M", "quarters": "Q", "years": "Y", "decades": "DE"}[parts[-1]]
        return ("DURATION", duration_value(None, code), None, "absolute")
    if w in ("weeks ahead", "the weeks ahead", "the days ahead", "the months ahead", "the years ahead"):
        # "in the weeks ahead": an unspecified stretch (TimeBank: DURATION PXW)
        code = {"days": "D", "weeks": "W", "months": "M", "years": "Y"}[w.split()[-2]]
        return ("DURATION", duration_value(None, code), None, "absolute")
    return _UNDECIDED


def r_weekday(ctx: Ctx, c: Cand) -> Res | None:
    g = c.m.groupdict()
    if not g.get("rel") and not g.get("pl"):
        nw = next_word(ctx.text, c.end)
        if (nw[:1].isupper() and nw.lower() in NAMED_DAYS_AFTER) or (
                prev_word(ctx.text, c.start) in NAMED_DAYS_BEFORE
                and RX_CAP_BEFORE.search(ctx.text, max(0, c.start - 20), c.start)):
            return None  # a name: "The Sunday Times", "Bloody Sunday", "Black Friday"
    wd = L.WEEKDAYS[g["wd"].lower()]
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").strip().lower()) or None
    if g.get("pl") or g.get("todpl"):
        tod = g.get("tod")
        return ("SET", f"XXXX-WXX-{wd}" + (f"T{L.TIMES_OF_DAY[tod.lower()]}" if tod else ""), None, "absolute")
    mod = None
    if rel in ("early", "earlier"):
        mod, rel = "START", None
    elif rel in ("late", "later"):
        mod, rel = "END", None
    elif rel == "on":
        rel = None
    if rel is None and (back := _that_weekday(ctx, c, wd)) is not None:
        return back
    d = weekday_date(ctx, wd, rel, c.start, c.end)
    wk = RX_WEEKDAY_WEEK.match(ctx.text, c.end) if rel is None and not g.get("tod") else None
    if wk and ctx.dct is not None:  # "Wednesday last week", "Monday of next week": that day of that week
        shift = news_week_shift(ctx.dct, {"last": -1, "this": 0, "next": 1}[wk.group("r").lower()])
        d = ctx.dct + _dt.timedelta(days=wd - ctx.dct.isoweekday() + 7 * shift)
        c.end = wk.end()
    elif rel is None and d is not None:
        c.extra["bare_weekday"] = True  # read from the publication date and the tense alone (see flag_weekdays)
    tod = g.get("tod")
    suffix = ""
    if tod:
        t = L.TIMES_OF_DAY[tod.lower()]
        suffix = f"T{t}"
    if d is None:
        val = f"XXXX-WXX-{wd}" + suffix
        return ("TIME" if tod else "DATE", val, mod, "none")
    return ("TIME" if tod else "DATE", d.isoformat() + suffix, mod, "publication")


def _that_weekday(ctx: Ctx, c: Cand, wd: int) -> Res | None:
    """ "that Tuesday" refers back to a day the text gave: that day when the last day given (a few paragraphs
    before at most) is such a weekday, else no day ("the miners never forgot that Tuesday" is
    not the Tuesday of the publication week). None when no demonstrative "that" stands before the weekday,
    or it opens a clause ("officials said that Tuesday's vote ...")."""
    m = RX_THAT_BEFORE.search(ctx.text, max(0, c.start - 6), c.start)
    if m is None or prev_word(ctx.text, c.start - len(m.group())) in THAT_VERBS:
        return None
    g = c.m.groupdict()
    if ctx.text.startswith(("'s", "’s"), c.end) or g.get("tod"):
        return None
    c.start -= len(m.group())
    last = ctx.last
    if last is not None and last[2] == "day" and last[0] >= c.start - 1500 \
            and _dt.date.fromisoformat(last[1][:10]).isoweekday() == wd:
        return ("DATE", last[1][:10], None, "mention")
    return ("DATE", f"XXXX-WXX-{wd}", None, "none")


def r_dayref(ctx: Ctx, c: Cand) -> Res | None:
    """'the next day', 'that night', 'the same day', 'the day before': relative to the last day mentioned."""
    text = ctx.text
    if c.start and (text[c.start - 1].isalnum() or text[c.start - 1] in "_-"):
        return None
    g = c.m.groupdict()
    w = re.sub(r"\s+", " ", g["w"].lower())
    u = g["u"]
    if w == "the":
        if g.get("ba"):
            k = -1 if "before" in g["ba"] else 1
        elif g.get("dev"):
            if u != "day" or text[max(0, c.start - 3):c.start] == "to ":
                return None  # "five months to the day after the shooting": an idiom
            # "the day before the vote": the TIMEX3 is "the day"; an apposition (", the day before ...") repeats
            # the date just given, otherwise the day next to the last day mentioned
            c.end = c.m.end("u")
            ref = ref_day(ctx, c, 600)
            if ref is None:
                # "The day before Roth was pulled over": a day, but no date in the text to count from
                return ("DATE", "XXXX-XX-XX", None, "none")
            if re.fullmatch(r"\s*,\s*", text[ctx.last_end:c.start]):
                return ("DATE", ref[0], None, "mention")
            d = _dt.date.fromisoformat(ref[0]) + _dt.timedelta(days=-1 if g["dev"] == "before" else 1)
            return ("DATE", d.isoformat(), None, "mention")
        else:
            # "later in the day", "the end of the day", "in the morning": the day talked about just before
            # (within ~2 sentences; further back for a part of the day told in the past), else the publication
            # date; "later in" is left out of the span (TimeBank)
            lo = max(0, c.start - 24)
            if u == "day":
                if not RX_THE_DAY_PRE.search(text, lo, c.start):
                    return None
            elif not (RX_THE_NIGHT_PRE if u == "night" else RX_THE_TOD_PRE).search(text, lo, c.start):
                return None
            c.end = c.m.end("u")
            base = None
            lo_pre = RX_THE_DAY_PRE.search(text, lo, c.start) if u == "day" else None
            earlier = lo_pre is not None and (lo_pre.group("inn") or "").lower().startswith("earlier")
            if earlier and ctx.tense(c.start, c.end, preps=False) == "past" \
                    and (day := story_event_day(ctx, c.start)) is not None:
                base, anchor = day, "mention"  # a past "earlier in the day": the day the story told last
            elif ctx.last is not None and ctx.last[2] == "day" and ctx.last[0] >= c.start - 300:
                base, anchor = ctx.last[1], "mention"
            elif u != "day" and ctx.tense(c.start, c.end, preps=False) == "past" \
                    and (day := story_event_day(ctx, c.start)) is not None:
                base, anchor = day, "mention"  # a past "in the morning" a few sentences on: the day the story told
            elif ctx.dct is not None:
                base, anchor = ctx.dct.isoformat(), "publication"
                if u == "night" and ctx.tense(c.start, c.end, preps=False) == "past":
                    base = (ctx.dct - _dt.timedelta(days=1)).isoformat()  # "had worked through the night"
            if u != "day":
                tod = L.TIMES_OF_DAY[u]
                if base is None:
                    return ("TIME", f"XXXX-XX-XXT{tod}", None, "none")
                return ("TIME", f"{base}T{tod}", None, anchor)
            if base is None:
                return ("DATE", "XXXX-XX-XX", None, "none")
            return ("DATE", base, None, anchor)
        w = "the day"
    else:
        c.end = c.m.end("u")
        k = L.DAY_REF_SHIFT[w]
    mod = None
    pre = RX_DAYREF_PRE.search(text, max(0, c.start - 10), c.start)
    if pre:
        mod = "START" if pre.group("lat").lower().startswith("earl") else "END"
    elif (w.startswith("that") or w.startswith("this")) and prev_word(text, c.start) in DAYREF_SAYING:
        return None  # "said that day-care ...", "so that night flights ..."
    ref = ref_day(ctx, c)
    if ref is None:
        if k == 0 and w not in ("the same", "that same", "this same"):
            return None  # "that day" with no day given before: nothing to resolve it against
        if ctx.dct is None:
            base, anchor = None, "none"
        else:
            base, anchor = ctx.dct.isoformat(), "publication"
    else:
        base, anchor = ref
    if pre:
        c.start = pre.start("lat")
    val = "XXXX-XX-XX" if base is None else (_dt.date.fromisoformat(base) + _dt.timedelta(days=k)).isoformat()
    if u != "day":
        return ("TIME", f"{val}T{L.TIMES_OF_DAY[u]}", mod, anchor)
    return ("DATE", val, mod, anchor)


def r_ordday(ctx: Ctx, c: Cand) -> Res | None:
    """'It is the eighth day of ...' is the publication date; otherwise an unspecified day."""
    before = ctx.text[max(0, c.start - 12):c.start].lower()
    if ctx.dct is not None and re.search(r"(?:\bis|['’]s)\s+$", before):
        return ("DATE", ctx.dct.isoformat(), None, "publication")
    # "made little progress Saturday on the third day of talks": the day named in the same sentence
    s, e = ctx.sentence(c.start)
    if ctx.last is not None and ctx.last[2] == "day" and ctx.last[0] >= s:
        return ("DATE", ctx.last[1], None, "mention")
    wd = RX_ORDDAY_WD_AFTER.match(ctx.text, c.end)
    if wd is not None and ctx.dct is not None:
        d = weekday_date(ctx, L.WEEKDAYS[wd.group(1).lower()], None, wd.start(1), wd.end(1))
        if d is not None:
            return ("DATE", d.isoformat(), None, "publication")
    return ("DATE", "XXXX-XX-XX", None, "none")
