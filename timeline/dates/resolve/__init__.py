"""Rules that read a candidate into a TimeML type, value, mod and anchor: one per kind of candidate."""
from __future__ import annotations

from typing import Callable

from ..recognise import Cand
from .calendar import (
    r_century, r_dayrange, r_decade, r_erarange, r_erayear, r_iso, r_mdy, r_mdyword, r_month, r_monthrange, r_my,
    r_numeric, r_numeric_md, r_ocrstamp,
    r_quarter, r_season, r_shortyear, r_wordyear, r_year, r_yearrange,
)
from .clock import r_bare_tod, r_holiday, r_hourpart, r_miltime, r_noon, r_time
from .duration import r_bareunit, r_between, r_duration, r_set
from .relative import r_dayref, r_deictic, r_ordday, r_then, r_weekday, r_yearend, r_yearperiod
from .relunit import r_rel
from ..tense import Ctx, Res


# one resolver per candidate kind: (context, candidate) -> (type, value, mod, anchor) or None to drop
RESOLVERS: dict[str, Callable[[Ctx, Cand], Res | None]] = {
    "iso": r_iso,
    "numeric": r_numeric,
    "numeric_md": r_numeric_md,
    "mdy": r_mdy,
    "dmy": r_mdy,
    "dmyclock": r_mdy,
    "mdyclock": r_mdy,
    "mdycaps": r_mdy,
    "dmycaps": r_mdy,
    "dayrange": r_dayrange,
    "mdyword": r_mdyword,
    "dmyword": r_mdyword,
    "ocrstamp": r_ocrstamp,
    "my": r_my,
    "quarter": r_quarter,
    "decade": r_decade,
    "century": r_century,
    "time": r_time,
    "time24": r_time,
    "noon": r_noon,
    "miltime": r_miltime,
    "hourpart": r_hourpart,
    "dayref": r_dayref,
    "baretod": r_bare_tod,
    "ordday": r_ordday,
    "holiday": r_holiday,
    "season": r_season,
    "set": r_set,
    "duration": r_duration,
    "between": r_between,
    "rel": r_rel,
    "yearend": r_yearend,
    "yearperiod": r_yearperiod,
    "yearrange": r_yearrange,
    "erarange": r_erarange,
    "erayear": r_erayear,
    "monthrange": r_monthrange,
    "then": r_then,
    "weekday": r_weekday,
    "month": r_month,
    "deictic": r_deictic,
    "year": r_year,
    "shortyear": r_shortyear,
    "wordyear": r_wordyear,
    "bareunit": r_bareunit,
}
