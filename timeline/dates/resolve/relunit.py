"""Rules for a unit of time with a relative or definite word: "last week", "the following year", "the quarter",
"the same period", "the end of the decade", "the holiday weekend"."""
from __future__ import annotations

import dataclasses
import datetime as _dt
import re

from ..anchor import monthday_year
from ..narrative import story_now
from ..normalise import dct_value, duration_value, iso_week, news_week_shift, quarter_default, safe_date, shift
from ..recognise import Cand, next_word, prev_word
from ..resources import lexicon as L
from ..resources.cues import RX_CLAUSE_NEXT, RX_PERIOD_ENDED, RX_QUARTER_ENDED, RX_WEEK_OF
from ..resources.patterns import RX_HOLIDAY
from ..resources.words import PREC_RANK, REL_SHIFT, UNDERSPEC, YEAR_BEFORE_RELS
from ..tense import Ctx, Res

# the words that make "the year", "the quarter", "the same period" refer to a period the text or its date fixes
_DEFINITE_RELS = ("the", "the full", "a full", "the fiscal", "current", "the current", "the current fiscal",
                  "this fiscal", "the latest", "the most recent", "the same", "that", "last fiscal", "next fiscal",
                  *YEAR_BEFORE_RELS)
_UNDECIDED = object()  # a rule that does not apply: the next one decides


@dataclasses.dataclass(frozen=True)
class _Rel:
    """The parts of a relative-unit match: the relative word, the unit, a leading "the end of", the mod, "ago"."""

    rel: str
    unit: str
    pre: str
    mod: str | None
    ago: str
    unit_text: str


def r_rel(ctx: Ctx, c: Cand) -> Res | None:
    """A unit with a relative word ("last week", "the following year", "the quarter", "the end of the month")."""
    r = _rel_parts(ctx, c)
    if r is None:
        return None
    dct = ctx.dct
    if r.rel in ("the previous", "the prior", "the preceding") and r.unit == "quarter" and not r.ago:
        # "profit rose from the previous quarter": the quarter before the one just named (or the last one ended)
        y, q = ctx.quarter if ctx.quarter else quarter_default(dct) if dct else (None, None)
        if y is None:
            return ("DATE", "XXXX-QX", r.mod, "none")
        t = y * 4 + q - 2
        return ("DATE", f"{t // 4:04d}-Q{t % 4 + 1}", r.mod, "mention" if ctx.quarter else "publication")
    if r.rel in _DEFINITE_RELS:
        return _definite(ctx, c, r)
    if r.unit == "period":
        return None
    if r.unit == "decade" and r.rel in ("the next", "the following", "the coming"):
        return ("DURATION", "P10Y", r.mod, "absolute")  # "over the next decade": a stretch of ten years (TE3)
    return _shifted(ctx, c, r)


def _rel_parts(ctx: Ctx, c: Cand) -> _Rel | None:
    """The parts of the match, or None for a title ("This Week With David Brinkley", "Man of the Year")."""
    g = c.m.groupdict()
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = g["unit"].lower().split()[-1]  # "the holiday weekend" is a weekend
    pre = re.sub(r"\s+", " ", (g.get("pre") or "").lower())
    if g["unit"][0].isupper() and g["rel"][0].isupper() and next_word(ctx.text, c.end)[:1].isupper() or \
            g["unit"][0].isupper() and c.start > 0 and ctx.text[c.start - 1] in "\"“'‘":
        return None  # a title: ABC's "This Week With David Brinkley"
    if g["unit"][0].isupper() and rel == "the" and \
            re.search(r"[A-Z][\w’'-]* of $", ctx.text[max(0, c.start - 30):c.start]):
        return None  # an award or a slogan: "Man of the Year", "Trial of the Century"
    mod = None
    if pre.startswith("the end") or pre.startswith("the close"):
        mod = "END"
    elif pre.startswith("the beginning") or pre.startswith("the start"):
        mod = "START"
    elif pre.startswith("the middle"):
        mod = "MID"
    elif pre.startswith("the rest") or pre.startswith("the remainder"):
        mod = "END"
    if rel.startswith("earlier") or rel.startswith("early"):
        mod = mod or "START"
    elif rel.startswith("later") or rel.startswith("late"):
        mod = mod or "END"
    if rel.endswith(" that"):
        rel = "that"  # "later that year": the year just talked about, towards its end
    return _Rel(rel, unit, pre, mod, (g.get("ago") or "").strip().lower(), g["unit"])


def _definite(ctx: Ctx, c: Cand, r: _Rel) -> Res | None:
    """"the year", "the same period", "the current quarter", "that month": a period the text or its date fixes."""
    if r.unit == "period":
        return _period(ctx, c, r)
    pw = prev_word(ctx.text, c.start)
    if r.rel == "a full" or (r.rel in ("the", "the fiscal") and r.unit in ("year", "week", "month") and not r.pre
                             and (r.rel == "the" and (pw in ("over", "throughout")
                                                      or pw == "for" and RX_CLAUSE_NEXT.match(ctx.text, c.end))
                                  or RX_PERIOD_ENDED.match(ctx.text, c.end))):
        # "over the year", "in the year ended Sept. 30", "the week to Friday", "a budget for the year that begins":
        # a stretch of time (TimeBank); a bare "for the year" is the year reported on ("For the year, volume was
        # flat", "a high for the year"; TimeBank 2 of 2, "For the week, the index dropped" likewise)
        code = {"year": "Y", "week": "W", "month": "M", "quarter": "Q", "decade": "DE", "century": "CE",
                "weekend": "WE"}[r.unit]
        return ("DURATION", duration_value(1, code), r.mod, "absolute")
    if r.unit == "quarter":
        return _quarter(ctx, c, r)
    if r.rel in ("that", "the same"):
        return _same(ctx, r)
    if r.unit in ("decade", "century"):
        res = _era(ctx, c, r)
        if res is not _UNDECIDED:
            return res
    if r.unit == "weekend":
        return _weekend(ctx, c, r)
    res = _story_period(ctx, c, r)
    if res is not _UNDECIDED:
        return res
    # "the week" otherwise: the week being reported on (TimeBank tags it as a date, 4 of 4)
    dct = ctx.dct
    if dct is None and ctx.narrative and r.unit in ("year", "month") and ctx.last is not None \
            and ctx.last[1][:4].isdigit() and PREC_RANK.get(ctx.last[2], 9) <= PREC_RANK[r.unit]:
        # "by the end of the year" in a history: the story's year (month)
        return ("DATE", ctx.last[1][:4] if r.unit == "year" else ctx.last[1][:7], r.mod, "mention")
    if dct is None:
        return ("DATE", UNDERSPEC.get(r.unit, "XXXX"), r.mod, "none")
    prec = {"year": "year", "month": "month", "week": "week", "decade": "decade", "century": "century"}[r.unit]
    if prec in ("decade", "century"):
        return ("DATE", f"{dct.year:04d}"[:3 if prec == "decade" else 2], r.mod, "publication")
    return ("DATE", dct_value(dct, prec), r.mod, "publication")


def _period(ctx: Ctx, c: Cand, r: _Rel) -> Res | None:
    """"the same period of 1997", "the latest period", "the year-earlier period"."""
    dct = ctx.dct
    if r.rel == "the same" and not r.ago and (
            yr := re.match(r"\s+(?:of|in)\s+(\d{4})(?![\w%]|[.,]\d)", ctx.text[c.end:c.end + 12])):
        c.end += yr.end()  # "the same period of 1997": one mention, in that year
        return ("DATE", yr.group(1), None, "absolute")
    if r.rel in ("the latest", "the most recent", "the current", "the same") and not r.ago:
        return _quarter_talked_about(ctx, 0)
    if r.rel in YEAR_BEFORE_RELS or r.ago:
        if ctx.quarter:
            return ("DATE", ctx.year_before(c.start), None, "mention")
        # "exports rose in the first seven months of this year over the same period of last year": the
        # last period talked about (a day, such as the "today" of the saying, is no period)
        last = next((h for h in reversed(ctx.history) if h[2] in ("month", "quarter", "year")), None)
        if last is not None and last[0] >= c.start - 300 and ctx.dct is not None \
                and last[1][:4] == f"{ctx.dct.year:04d}":
            s = shift(last[1], last[2], -12, "M")  # keeps a month a month: June -> June
            if s is not None:
                return ("DATE", s[0], None, "mention")
        if dct:
            return ("DATE", f"{dct.year - 1:04d}", None, "publication")
    return None


def _quarter_talked_about(ctx: Ctx, back: int) -> Res:
    """The quarter just named (or, with none, the last one ended before the publication date), ``back`` years
    earlier."""
    if ctx.quarter:
        y, q = ctx.quarter
        return ("DATE", f"{y - back:04d}-Q{q}", None, "mention")
    if ctx.dct is None:
        return ("DATE", "XXXX-QX", None, "none")
    y, q = quarter_default(ctx.dct)
    return ("DATE", f"{y - back:04d}-Q{q}", None, "publication")


def _quarter(ctx: Ctx, c: Cand, r: _Rel) -> Res:
    """"the quarter", "the current quarter", "the year-earlier quarter"."""
    dct = ctx.dct
    if r.rel in YEAR_BEFORE_RELS or r.ago:
        return _quarter_talked_about(ctx, 1)
    if r.rel in ("current", "the current"):
        if dct is None:
            return ("DATE", "XXXX-QX", r.mod, "none")
        return ("DATE", dct_value(dct, "quarter"), r.mod, "publication")
    if ctx.quarter and r.rel not in ("the latest", "the most recent"):
        y, q = ctx.quarter
        ctx.quarter_pos = c.end  # still the quarter talked about: "earned $142.6 million in the quarter"
        return ("DATE", f"{y:04d}-Q{q}", r.mod, "mention")
    ended = _quarter_ended(ctx, c)
    if ended is not None:
        ctx.quarter, ctx.quarter_pos = ended, c.end
        return ("DATE", f"{ended[0]:04d}-Q{ended[1]}", r.mod, "mention")
    if dct is None:
        return ("DATE", "XXXX-QX", r.mod, "none")
    y, q = quarter_default(dct)
    ctx.quarter, ctx.quarter_pos = (y, q), c.end  # "Revenue in the quarter ... the same period last year"
    return ("DATE", f"{y:04d}-Q{q}", r.mod, "publication")


def _quarter_ended(ctx: Ctx, c: Cand) -> tuple[int, int] | None:
    """The calendar quarter of "the quarter ended July 31": the one holding most of the three months up to that
    date (a fiscal quarter from May to July is mostly the second), or None without an end date."""
    m = RX_QUARTER_ENDED.match(ctx.text, c.end)
    if m is None:
        return None
    month, day = L.MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("dd"))
    y = int(m.group("year")) if m.group("year") else (
        monthday_year(ctx, month, day, m.start("mon"), m.end()) if ctx.dct else None)
    end = safe_date(y, month, day) if y is not None else None
    if end is None:
        return None
    mid = end - _dt.timedelta(days=45)
    return mid.year, (mid.month - 1) // 3 + 1


def _same(ctx: Ctx, r: _Rel) -> Res | None:
    """"that year", "the same month (last year)": the period of the last date given."""
    if ctx.last and r.unit in ("year", "month", "week", "day"):
        prec = {"year": "year", "month": "month", "week": "week"}[r.unit]
        lv, lp = ctx.last[1], ctx.last[2]
        back = -12 if r.ago and r.unit in ("month", "year") else 0  # "the same month last year"
        if PREC_RANK.get(lp, 9) <= PREC_RANK[prec]:
            s = shift(lv, lp, back, "M" if back else {"year": "Y", "month": "M", "week": "W"}[r.unit])
            if s is not None:
                return ("DATE", s[0] if not back else s[0][:4 if r.unit == "year" else 7], r.mod, "mention")
    return None


def _era(ctx: Ctx, c: Cand, r: _Rel) -> Res | None | object:
    """"the end of the decade", "the century": the one just named, the one the story is in, or the present one."""
    dct = ctx.dct
    era = ctx.last_era
    if r.rel == "the" and era is not None and era[2] == r.unit and era[0] >= c.start - 300:
        return ("DATE", era[1], r.mod, "mention")  # "in the 1980s ... by the end of the decade"
    if r.rel == "the" and r.pre and dct is None and ctx.narrative and ctx.last is not None \
            and ctx.last[1][:4].isdigit():
        return ("DATE", ctx.last[1][:3 if r.unit == "decade" else 2], r.mod, "mention")  # the story's decade
    if r.rel.endswith("fiscal") or (r.rel == "the" and not (r.pre and dct)):
        return None
    if r.rel == "the":
        k = 3 if r.unit == "decade" else 2
        if ctx.last is not None and ctx.last[1][:4].isdigit() and ctx.last[0] >= c.start - 400 \
                and ctx.last[1][:k] != f"{dct.year:04d}"[:k] and ctx.tense(c.start, c.end) != "future":
            # "In 1994 ... By the end of the decade, 20,000 had been killed": the one the story is in
            return ("DATE", ctx.last[1][:k], r.mod, "mention")
        # "by the end of the century", no century named: the present one
        return ("DATE", f"{dct.year:04d}"[:k], r.mod, "publication")
    return _UNDECIDED


def _weekend(ctx: Ctx, c: Cand, r: _Rel) -> Res | None:
    """"the weekend", "the holiday weekend": the weekend of a holiday just named, or next to the publication."""
    dct = ctx.dct
    if r.rel != "the":
        return None
    if not r.pre and (day := _week_of_day(ctx, c)) is not None:
        # "the weekend of June 5, 2009": one expression, the weekend of that day's week
        return ("DATE", iso_week(day[0]) + "-WE", r.mod, "absolute" if day[1] else "publication")
    if " " in r.unit_text.strip() and ctx.last is not None and ctx.last[2] == "day" \
            and ctx.last[0] >= c.start - 400 and RX_HOLIDAY.match(ctx.text, ctx.last[0]):
        # "New Year's Eve ... through the holiday weekend": the weekend of the holiday just named
        d = _dt.date.fromisoformat(ctx.last[1])
        return ("DATE", iso_week(d + _dt.timedelta(days=max(0, 6 - d.isoweekday()))) + "-WE", r.mod, "mention")
    if dct is None:
        return ("DATE", "XXXX-WXX-WE", r.mod, "none")
    t = ctx.tense(c.start, c.end)
    wk = dct if dct.isoweekday() >= 6 else dct + _dt.timedelta(days=6 - dct.isoweekday()) \
        if t == "future" else dct - _dt.timedelta(days=(dct.isoweekday() + 1) % 7 or 7)
    return ("DATE", iso_week(wk) + "-WE", r.mod, "publication")


def _month_talked_about(ctx: Ctx, c: Cand) -> str | None:
    """The month just named, for "the month" that refers back to it: after a month in the same sentence ("the
    previous month, after a review of the month's filings"), or opening or closing the month named last, a few
    lines before at most ("As the trial entered September, … the defence started the month calling witnesses")."""
    if ctx.last is None or ctx.last[2] != "month" or not ctx.last[1][:4].isdigit() or ctx.last[0] >= c.start:
        return None
    s0 = ctx.sentence(c.start)[0]
    pw = prev_word(ctx.text, c.start)
    if ctx.last[0] >= s0 and pw == "of":
        return ctx.last[1]
    if pw in ("started", "began", "opened", "ended", "closed", "finished") and ctx.last[0] >= c.start - 600:
        return ctx.last[1]
    return None


def _week_of_day(ctx: Ctx, c: Cand) -> tuple[_dt.date, bool] | None:
    """The day named after "the week" / "the weekend" ("the week of Oct. 5", "the weekend of June 5, 2009") and
    whether it gave its year; widens ``c`` over it. None when no such day follows or its year is unknown."""
    wo = RX_WEEK_OF.match(ctx.text, c.end)
    if wo is None:
        return None
    month, dd = L.MONTHS[wo.group("mon").rstrip(".").lower()], int(wo.group("dd"))
    y = int(wo.group("year")) if wo.group("year") else \
        monthday_year(ctx, month, dd, c.start, wo.end()) if ctx.dct is not None else None
    day = safe_date(y, month, dd) if y is not None else None
    if day is None:
        return None
    c.end = wo.end()
    return day, bool(wo.group("year"))


def _story_period(ctx: Ctx, c: Cand, r: _Rel) -> Res | None | object:
    """"the week of Oct. 5", "the week" after a week, "the end of the month" after a date in another month."""
    dct = ctx.dct
    if r.rel == "the" and r.unit == "week" and not r.pre and (day := _week_of_day(ctx, c)) is not None:
        # "the week of Oct. 5": one expression, the ISO week holding that day
        return ("DATE", iso_week(day[0]), r.mod, "absolute" if day[1] else "publication")
    if r.rel == "the" and r.unit == "month" and not r.pre and (month := _month_talked_about(ctx, c)) is not None:
        return ("DATE", month, r.mod, "mention")
    if r.rel == "the" and r.unit == "month" and not r.pre and prev_word(ctx.text, c.start) != "of":
        return None
    if r.rel == "the" and r.unit == "week" and not r.pre and ctx.last is not None and ctx.last[2] == "week" \
            and ctx.last[0] >= c.start - 300:
        return ("DATE", ctx.last[1], r.mod, "mention")
    if r.pre and r.unit in ("month", "year") and ctx.last is not None and ctx.last[1][:4].isdigit() \
            and dct is not None and PREC_RANK.get(ctx.last[2], 9) <= PREC_RANK[r.unit]:
        # "The strike began on May 1, 1998. By the end of the month ...": the month the story is in, when
        # that is not the publication's (same sentence; or the one before, for a day or month just given)
        lv, lp = ctx.last[1], ctx.last[2]
        own = lv[:4] if r.unit == "year" else lv[:7]
        here = dct_value(dct, r.unit)
        s0 = ctx.sentence(c.start)[0]
        near = ctx.last[0] >= s0 or (lp in ("day", "month") and ctx.last[0] >= ctx.sentence(max(0, s0 - 1))[0])
        t = ctx.tense(c.start, c.end, preps=False)
        if own != here and near and (own[:4] != here[:4] and t != "future" or t == "past"):
            return ("DATE", own, r.mod, "mention")
    return _UNDECIDED


def _weekend_told_as_past(ctx: Ctx, c: Cand) -> bool:
    """Whether "this weekend", said on a weekday (Monday to Friday), is told in the past tense: the weekend of the
    publication's own week has not begun yet, so a past clause tells of the weekend just before it ("Starting this
    weekend, the crews cleared the roads", "two climbers who died in this weekend's avalanche", said on a Tuesday or
    a Thursday). A weekend said on a Saturday or a Sunday is the one under way, and a clause not in the past (*the
    minister will visit the valley this weekend*, *the ferry service resumes this weekend*) the coming one, as
    before."""
    return ctx.dct.isoweekday() <= 5 and ctx.tense(c.start, c.end) == "past"


def _shifted(ctx: Ctx, c: Cand, r: _Rel) -> Res | None:
    """"the following year" from the last date given; "last week", "next month" from the publication date."""
    dct = ctx.dct
    rel, unit, mod = r.rel, r.unit, r.mod
    # the following year / the next month: relative to the last date given in the text
    # (an anchor coarser than the unit does not count: "rose in January. The previous week, ..." is the week before
    # the publication date's)
    if rel == "the next" and unit in ("year", "month", "week") and ctx.last is not None \
            and ctx.last[0] >= c.start - 400 and dct is not None and ctx.last[1][:4] != f"{dct.year:04d}" \
            and ctx.tense(c.start, c.end, preps=False) != "future":
        rel = "the following"  # "In November 1941, ... Early the next year, the museums split the series"
    if rel in ("the following", "the previous", "the prior", "the preceding") and ctx.last is not None \
            and unit in ("year", "month", "week") and PREC_RANK.get(ctx.last[2], 9) <= PREC_RANK[unit]:
        code = {"year": "Y", "month": "M", "week": "W"}[unit]
        s = shift(ctx.last[1], ctx.last[2], 1 if rel == "the following" else -1, code)
        if s is not None:
            return ("DATE", s[0], mod, "mention")
    # last/this/next + unit
    base_rel = rel.replace("earlier ", "").replace("later ", "").replace("early ", "").replace("late ", "")
    base_rel = base_rel.replace("in the", "this")
    base_rel = base_rel.replace(" fiscal", "")
    k = REL_SHIFT.get(base_rel, 0)
    if unit == "weekend":
        if dct is None:
            return ("DATE", "XXXX-WXX-WE", mod, "none")
        if base_rel == "this" and _weekend_told_as_past(ctx, c):
            k = -1  # "Starting this weekend, the crews cleared …" said on a Tuesday: the weekend just past
        sat = dct + _dt.timedelta(days=6 - dct.isoweekday()) + _dt.timedelta(weeks=k)
        return ("DATE", iso_week(sat) + "-WE", mod, "publication")
    if unit == "quarter":
        if dct is None:
            return ("DATE", "XXXX-QX", mod, "none")
        y, q = dct.year, (dct.month - 1) // 3 + 1
        t = y * 4 + q - 1 + k
        ctx.quarter = (t // 4, t % 4 + 1)
        return ("DATE", f"{t // 4:04d}-Q{t % 4 + 1}", mod, "publication")
    code = {"year": "Y", "month": "M", "week": "W", "decade": "DE", "century": "CE"}[unit]
    prec = {"year": "year", "month": "month", "week": "week", "decade": "decade", "century": "century"}[unit]
    deictic = base_rel in ("this", "last", "next", "past", "coming")
    ahead = deictic and dct is None and ctx.narrative and ctx.tense(c.start, c.end) == "future"
    now = story_now(ctx, writer=deictic) if dct is None and ctx.narrative and not ahead else None
    # "the agency expects to repay the loans this year": the writer's year, which the text omits (or gives only
    # as some time after a year it says ended: too loose to date a plan by)
    if now is not None and now[0][:4].isdigit() and PREC_RANK.get(now[1], 9) <= PREC_RANK[prec]:
        s = shift(now[0], now[1], k, code)  # "next year" in a history: the year after the story's
        if s is not None:
            return ("DATE", s[0], mod, "mention")
    if dct is None:
        return ("DATE", UNDERSPEC[prec], mod, "none")
    if prec == "decade":
        return ("DATE", str(dct.year // 10 + k), mod, "publication")
    if prec == "century":
        return ("DATE", f"{dct.year // 100 + k:02d}", mod, "publication")
    k += _sunday_week(ctx, c, base_rel, unit, dct)
    val, _ = shift(dct_value(dct, "day"), "day", k, code)
    val = shift(val, "day", 0, code)[0]
    return ("DATE", val, mod, "publication")


def _sunday_week(ctx: Ctx, c: Cand, rel: str, unit: str, dct: _dt.date) -> int:
    """Weeks to add on a Sunday, when news makes that day the hinge between the week just passed and the coming one:
    "last week", "this past week", "earlier this week" and a "this week" of a clause that looks back are the week
    ending that Sunday (its ISO week: "the court ruled last week that …", said on the Sunday after the
    Tuesday); "this week" in a clause that does not look back, "later this week" and "next week" are the coming
    week ("shareholders prepare to vote on the offer this week"), the ISO week after. Nothing is two weeks
    away: "next week" stays the ISO week after."""
    if unit != "week" or dct.isoweekday() != 7:
        return 0
    k = REL_SHIFT.get(rel, 0)
    if k == -1:
        return news_week_shift(dct, k) - k
    first = c.m.group().lower().split()[0]
    if rel != "this" or first not in ("this", "later"):
        return 0
    return 1 if first == "later" or ctx.tense(c.start, c.end) != "past" else 0
