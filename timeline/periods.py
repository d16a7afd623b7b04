"""Calendar periods written as ISO 8601 / TimeML values at any precision.

An event date is written at the precision its text supports: ``1994`` (a year),
``2021-12`` (a month), ``2022-W02`` (an ISO week), ``1994-06-22`` (a day),
``2022-Q1`` (a quarter), ``2021-WI`` (a season), ``199`` (a decade, as TimeML
writes "the 1990s") or ``19`` (a century). :func:`parse_period` turns such a
value into the half-open interval of days it covers.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["Period", "PeriodError", "PRECISIONS", "parse_period", "precision_of", "period_label"]

Precision = Literal["century", "decade", "year", "half", "quarter", "season", "month", "week", "day"]
#: Precisions from coarsest to finest.
PRECISIONS: tuple[str, ...] = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day")

_SEASONS = {"WI": (12, 3), "SP": (3, 6), "SU": (6, 9), "FA": (9, 12)}
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day", re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")),
    ("week", re.compile(r"^(?P<y>\d{4})-W(?P<w>\d{2})$")),
    ("month", re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})$")),
    ("season", re.compile(r"^(?P<y>\d{4})-(?P<s>WI|SP|SU|FA)$")),
    ("quarter", re.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$")),
    ("half", re.compile(r"^(?P<y>\d{4})-H(?P<h>[12])$")),
    ("year", re.compile(r"^(?P<y>\d{4})$")),
    ("decade", re.compile(r"^(?P<y>\d{3})$")),
    ("century", re.compile(r"^(?P<y>\d{2})$")),
]


class PeriodError(ValueError):
    """A value is not a date at a supported precision."""


@dataclass(frozen=True)
class Period:
    """The days a date value covers: ``start <= day < end``.

    Attributes
    ----------
    value : str
        The value as written.
    precision : str
        One of :data:`PRECISIONS`.
    start : datetime.date
        First day of the period.
    end : datetime.date
        First day after the period (exclusive).
    """

    value: str
    precision: str
    start: dt.date
    end: dt.date

    def contains(self, other: "Period") -> bool:
        """Whether ``other`` lies wholly inside this period."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Period") -> bool:
        """Whether the two periods share at least one day."""
        return self.start < other.end and other.start < self.end


def _add_months(year: int, month: int, n: int) -> dt.date:
    idx = year * 12 + (month - 1) + n
    return _first(idx // 12, idx % 12 + 1)


def _first(year: int, month: int) -> dt.date:
    """The first day of a month; past the calendar's last year (9999), its last day (an end that cannot be
    written: the last period of the calendar ends one day short rather than failing)."""
    return dt.date(year, month, 1) if year <= dt.MAXYEAR else dt.date.max


def _plus(day: dt.date, days: int) -> dt.date:
    """``day`` plus ``days``, at most the calendar's last day (see :func:`_first`)."""
    return day + dt.timedelta(days=days) if (dt.date.max - day).days >= days else dt.date.max


@functools.lru_cache(maxsize=1 << 16)  # archives repeat a few thousand values over millions of rows
def parse_period(value: str) -> Period:
    """Parse a date value at its precision.

    Parameters
    ----------
    value : str
        ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-Qn``,
        ``YYYY-Hn``, ``YYYY-SP|SU|FA|WI``, ``YYY`` (decade) or ``YY`` (century).

    Returns
    -------
    Period

    Raises
    ------
    PeriodError
        When the value has another form or names no real day (``2021-02-30``).

    Examples
    --------
    >>> p = parse_period("2022-W02")
    >>> p.precision, p.start.isoformat(), p.end.isoformat()
    ('week', '2022-01-10', '2022-01-17')
    """
    if not isinstance(value, str):
        raise PeriodError(f"{value!r} is not a date string")
    for precision, pattern in _PATTERNS:
        m = pattern.match(value)
        if not m:
            continue
        g = m.groupdict()
        try:
            if precision == "day":
                start = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
                return Period(value, precision, start, _plus(start, 1))
            year = int(g["y"])
            if precision == "week":
                start = dt.date.fromisocalendar(year, int(g["w"]), 1)
                return Period(value, precision, start, _plus(start, 7))
            if precision == "month":
                start = dt.date(year, int(g["m"]), 1)
                return Period(value, precision, start, _add_months(year, start.month, 1))
            if precision == "season":
                first, last = _SEASONS[g["s"]]
                start_year = year - 1 if g["s"] == "WI" else year
                return Period(value, precision, dt.date(start_year, first, 1), dt.date(year, last, 1))
            if precision == "quarter":
                month = 3 * (int(g["q"]) - 1) + 1
                return Period(value, precision, dt.date(year, month, 1), _add_months(year, month, 3))
            if precision == "half":
                month = 6 * (int(g["h"]) - 1) + 1
                return Period(value, precision, dt.date(year, month, 1), _add_months(year, month, 6))
            if precision == "year":
                return Period(value, precision, dt.date(year, 1, 1), _first(year + 1, 1))
            if precision == "decade":
                return Period(value, precision, dt.date(max(year * 10, 1), 1, 1), _first(year * 10 + 10, 1))
            return Period(value, precision, dt.date(max(year * 100, 1), 1, 1), _first(year * 100 + 100, 1))
        except ValueError as exc:
            raise PeriodError(f"{value!r} is not a real date ({exc})") from None
    raise PeriodError(
        f"{value!r} is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, YYYY-Hn, "
        "YYYY-SP/SU/FA/WI, YYY (decade) or YY (century)"
    )


def precision_of(value: str) -> str | None:
    """The precision of a date value, or None when it is not one.

    Parameters
    ----------
    value : str
        A date value such as ``"2021-12"``.

    Returns
    -------
    str or None
    """
    try:
        return parse_period(value).precision
    except PeriodError:
        return None


_MONTH_NAMES = (
    "January February March April May June July August September October November December".split()
)
_SEASON_NAMES = {"WI": "Winter", "SP": "Spring", "SU": "Summer", "FA": "Autumn"}


def period_label(value: str) -> str:
    """A readable label for a date value ("22 June 1994", "December 2021", "1990s").

    Parameters
    ----------
    value : str
        A date value accepted by :func:`parse_period`.

    Returns
    -------
    str
    """
    p = parse_period(value)
    s = p.start
    if p.precision == "day":
        return f"{s.day} {_MONTH_NAMES[s.month - 1]} {s.year}"
    if p.precision == "week":
        iso = s.isocalendar()
        return f"week {iso.week} of {iso.year} ({s.day} {_MONTH_NAMES[s.month - 1][:3]})"
    if p.precision == "month":
        return f"{_MONTH_NAMES[s.month - 1]} {s.year}"
    if p.precision == "season":
        return f"{_SEASON_NAMES[value[-2:]]} {value[:4]}"
    if p.precision in ("quarter", "half"):
        return f"{value[-2:]} {value[:4]}"
    if p.precision == "year":
        return value
    if p.precision == "decade":
        return f"{value}0s"
    n = int(value) + 1
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} century"
