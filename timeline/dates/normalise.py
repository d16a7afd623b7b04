"""Value arithmetic: numbers in words, TimeML durations, shifting a value by a unit, calendar helpers."""
from __future__ import annotations

import datetime as _dt
import re

from .resources import lexicon as L
from .resources.words import PREC_RANK, UNIT_PREC, VAGUE


def num_value(s: str) -> float | None:
    """Number from digits or English number words; None for vague quantities (several, a few...)."""
    s = s.lower().strip()
    half = 0.0
    if s.endswith("1/2") or s.endswith("½"):
        s, half = s.rstrip("½").removesuffix("1/2").rstrip(" -"), 0.5
        if not s:
            return 0.5
    for suf in ("-and-a-half", " and a half"):
        if s.endswith(suf):
            s, half = s[: -len(suf)], 0.5
    if s in VAGUE:
        return None
    if s in L.NUMBER_WORDS:
        return L.NUMBER_WORDS[s] + half
    try:
        return float(s.replace(",", "")) + half
    except ValueError:
        pass
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and parts[0] in L.TENS and parts[1] in L.ONES:
        return L.TENS[parts[0]] + L.ONES[parts[1]] + half
    return None


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def duration_value(n: float | None, unit: str) -> str:
    """TimeML duration value for *n* units (None -> X)."""
    if unit == "WE":
        unit = "D"
        n = None if n is None else n * 2
    if unit == "FN":
        unit = "W"
        n = None if n is None else n * 2
    if unit in ("DE", "CE") and n is not None:
        # TimeBank writes decades and centuries in years ("two decades" P20Y)
        n, unit = n * (10 if unit == "DE" else 100), "Y"
    if n is not None and n != int(n):
        # fractional: integer part plus the fraction in the next smaller unit ("2 1/2 years" P2Y6M,
        # "a minute and a half" PT1M30S), or the smaller unit alone where that is not exact; other decimals stay
        # in their unit ("6.6 years" P6.6Y, "93.4 min" PT93.4M)
        conv = {"Y": (12, "M"), "M": (4, "W"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S"),
                "Q": (3, "M")}
        if unit in conv and n - int(n) in (0.25, 0.5, 0.75):
            f, small = conv[unit]
            whole, frac = int(n), (n - int(n)) * f
            if frac == int(frac):
                parts = ([(whole, unit)] if whole else []) + [(frac, small)]
                date_part = "".join(f"{_fmt_num(k)}{u}" for k, u in parts if u not in ("H", "MIN", "S"))
                time_part = "".join(f"{_fmt_num(k)}{'M' if u == 'MIN' else u}" for k, u in parts
                                    if u in ("H", "MIN", "S"))
                return "P" + date_part + (f"T{time_part}" if time_part else "")
            unit, n = small, n * f
    num = "X" if n is None else _fmt_num(n)
    if unit in ("S", "H", "MIN"):
        return f"PT{num}{'M' if unit == 'MIN' else unit}"
    return f"P{num}{unit}"


def unit_code(word: str) -> str:
    w = word.lower()
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s") and w[:-1] in L.UNITS:
        w = w[:-1]
    return L.UNITS.get(w, "X")


def iso_week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def news_week_shift(dct: _dt.date, k: int) -> int:
    """The week ``k`` weeks from the publication day ``dct`` in news usage: the same as the ISO count, except that a
    Sunday closes the week that has just passed, so "last week" said on a Sunday is the week ending that day (its
    Monday to Saturday, the ISO week holding the Sunday), not the ISO week before it. ("this week" and "next week" on
    a Sunday are read in :mod:`.resolve.relunit`, which knows the clause's tense.)

    Returns
    -------
    int
        The number of ISO weeks to add to the week holding ``dct``.
    """
    return 0 if k == -1 and dct.isoweekday() == 7 else k


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def shift(value: str, prec: str, n: float, unit: str) -> tuple[str, str] | None:
    """Shift a date value by n units (negative = back); result precision = coarser of the two."""
    uprec = UNIT_PREC.get(unit, "year")
    target = prec if PREC_RANK.get(prec, 9) >= PREC_RANK.get(uprec, 9) else uprec
    if value.startswith("BC"):
        return _shift_bc(value, n, unit)
    half = re.fullmatch(r"(\d{4})-H([12])", value)
    if half and target == "quarter" and unit in ("M", "Q", "Y"):
        months = int(round(n * {"M": 1, "Q": 3, "Y": 12}[unit]))
        yy, mm = _add_months(int(half.group(1)), 6 * int(half.group(2)) - 5, months)
        return f"{yy:04d}-H{1 if mm <= 6 else 2}", "quarter"
    era = re.fullmatch(r"(\d{2,3})", value)
    if era:
        # a decade ("197") or century ("19") moves by its own unit: "the 1970s ... a decade later" is the 1980s
        size = 10 if len(value) == 3 else 100
        months = int(round(n * {"Y": 12, "DE": 120, "CE": 1200}.get(unit, 0)))
        if not months:
            return None
        y = int(value) * size + months // 12
        if not 0 <= y <= 9999:
            return None
        return (f"{y:04d}"[:3], "decade") if size == 10 else (f"{y:04d}"[:2], "century")
    m = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d)|-Q(\d))?", value)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else 1
    d = int(m.group(3)) if m.group(3) else 1
    base = _dt.date(y, mo, d)
    if m.group(4):
        base = _dt.date.fromisocalendar(y, int(m.group(4)), 1)
    if m.group(5):
        base = _dt.date(y, 3 * int(m.group(5)) - 2, 1)
        if target == "quarter" or (unit == "Y" and prec == "quarter"):
            months = {"Y": 12, "Q": 3, "M": 1}.get(unit)
            if months is None:
                return None
            yy, mm = _add_months(base.year, base.month, int(round(n * months)))
            return f"{yy:04d}-Q{(mm - 1) // 3 + 1}", "quarter"
    if unit in ("Y", "DE", "CE"):
        months = int(round(n * {"Y": 12, "DE": 120, "CE": 1200}[unit]))
        yy, mm = _add_months(base.year, base.month, months)
        nd = safe_date(yy, mm, min(base.day, 28 if mm == 2 else 30)) or _dt.date(yy, mm, 1)
    elif unit in ("M", "Q"):
        months = int(round(n * (3 if unit == "Q" else 1)))
        yy, mm = _add_months(base.year, base.month, months)
        nd = safe_date(yy, mm, base.day) or _dt.date(yy, mm, 28)
    elif unit in ("W", "D", "WE", "FN"):
        days = n * {"W": 7, "D": 1, "WE": 7, "FN": 14}[unit]
        nd = base + _dt.timedelta(days=int(round(days)))
    else:
        return None
    if target == "day":
        return nd.isoformat(), "day"
    if target == "week":
        return iso_week(nd), "week"
    if target == "month":
        return f"{nd.year:04d}-{nd.month:02d}", "month"
    if target == "quarter":
        return f"{nd.year:04d}-Q{(nd.month - 1) // 3 + 1}", "quarter"
    if target == "decade":
        return f"{nd.year:04d}"[:3], "decade"
    if target == "century":
        return f"{nd.year:04d}"[:2], "century"
    return f"{nd.year:04d}", "year"


def _shift_bc(value: str, n: float, unit: str) -> tuple[str, str] | None:
    """Shift a year before the common era ("BC0334") by years, decades or centuries; None for anything finer."""
    m = re.fullmatch(r"BC(\d{4})", value)
    if m is None or unit not in ("Y", "DE", "CE") or n != int(n):
        return None
    y = 1 - int(m.group(1)) + int(n) * {"Y": 1, "DE": 10, "CE": 100}[unit]  # astronomical year: 1 BC is 0
    return (f"BC{1 - y:04d}" if y <= 0 else f"{y:04d}"), "year"


def dct_value(dct: _dt.date, prec: str) -> str:
    if prec == "day":
        return dct.isoformat()
    if prec == "week":
        return iso_week(dct)
    if prec == "month":
        return f"{dct.year:04d}-{dct.month:02d}"
    if prec == "quarter":
        return f"{dct.year:04d}-Q{(dct.month - 1) // 3 + 1}"
    return f"{dct.year:04d}"


def numeric_month_day(a: int, b: int, dots: bool, dayfirst: bool | None) -> tuple[int, int] | None:
    """(month, day) of two numbers written "a/b" or "a.b.": a number above 12 is the day; else ``dayfirst``
    decides, and with None slashes are month-first (US) and dots day-first (European)."""
    if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
        return None
    if a > 12 or b > 12:
        return (b, a) if a > 12 else (a, b)
    first_is_day = dots if dayfirst is None else dayfirst
    return (b, a) if first_is_day else (a, b)


def word_number(s: str) -> int | None:
    s = s.lower().replace("-", " ").replace(" and ", " ")
    parts = s.split()
    total = 0
    for p in parts:
        if p in L.ONES:
            total += L.ONES[p]
        elif p in L.TEENS:
            total += L.TEENS[p]
        elif p in L.TENS:
            total += L.TENS[p]
        elif p == "oh":
            continue
        else:
            return None
    return total


def day_number(s: str) -> int:
    """The day of a month written in digits or as an ordinal word: "13", "13th", "thirteenth", "twenty-ninth".

    Parameters
    ----------
    s : str
        The day as matched by a date pattern.

    Returns
    -------
    int
        The day number (not checked against the month).
    """
    digits = re.match(r"\d+", s)
    if digits:
        return int(digits.group())
    return L.DAY_ORDINALS[" ".join(s.lower().replace("-", " ").split())]


def word_year(w: str) -> int | None:
    """A year in words: "nineteen ninety-four" 1994, "nineteen hundred and five" 1905, "two thousand one" 2001,
    "two thousand twenty-two" 2022, "twenty ten" 2010, "two thousand" 2000; None for anything else."""
    w = " ".join(p for p in w.lower().replace("-", " ").split() if p != "and")
    if w.startswith("nineteen"):
        n = word_number(w[len("nineteen"):].replace("hundred", "").strip())
        return None if n is None else 1900 + n
    if w.startswith("twenty "):  # "twenty ten", "twenty twenty-one"
        n = word_number(w[len("twenty "):])
        return None if n is None or n < 10 else 2000 + n
    if not w.startswith("two thousand"):
        return None
    rest = w[len("two thousand"):].strip()
    n = word_number(rest) if rest else 0
    return None if n is None else 2000 + n


def quarter_default(dct: _dt.date) -> tuple[int, int]:
    q = (dct.month - 1) // 3 + 1
    return (dct.year, q - 1) if q > 1 else (dct.year - 1, 4)


def _easter(y: int) -> _dt.date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return _dt.date(y, month, day + 1)


def holiday_date(name: str, y: int) -> _dt.date | None:
    if name in L.HOLIDAYS_FIXED:
        mo, d = L.HOLIDAYS_FIXED[name]
        return _dt.date(y, mo, d)
    if name in L.HOLIDAYS_NTH:
        mo, wd, n = L.HOLIDAYS_NTH[name]
        if n > 0:
            first = _dt.date(y, mo, 1)
            day = first + _dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
            return day + _dt.timedelta(days=1) if name == "election day" else day
        last = _dt.date(y + (mo == 12), mo % 12 + 1, 1) - _dt.timedelta(days=1)
        return last - _dt.timedelta(days=(last.isoweekday() - wd) % 7)
    if name in L.HOLIDAYS_EASTER:
        return _easter(y) + _dt.timedelta(days=L.HOLIDAYS_EASTER[name])
    return None


def season_or_month(value: str) -> int:
    part = value[5:7]
    return int(part) if part.isdigit() else {"WI": 1, "SP": 4, "SU": 7, "FA": 10}[part]
