"""The tagger's output record, :class:`DateMention`, and the precision of a TimeML value."""
from __future__ import annotations

import dataclasses
import re




@dataclasses.dataclass(frozen=True)
class DateMention:
    """One temporal expression found in a text.

    Attributes
    ----------
    start, end : int
        Character offsets into the text; ``text[start:end] == self.text``.
    text : str
        The expression as written.
    type : str
        TimeML type: ``"DATE"``, ``"TIME"``, ``"DURATION"`` or ``"SET"``.
    value : str
        TimeML TIMEX3 value (``1994-06-22``, ``2022-W02``, ``199``, ``P2Y``, ``PRESENT_REF``, ``XXXX-12`` ...).
    mod : str or None
        TimeML mod (``START``, ``MID``, ``END``, ``APPROX``, ``LESS_THAN``, ``MORE_THAN``, ...).
    precision : str or None
        ``"century"``, ``"decade"``, ``"year"``, ``"quarter"``, ``"season"``, ``"month"``, ``"week"``, ``"day"``,
        ``"time"``, or None for durations and ``*_REF`` values.
    anchor : str
        ``"absolute"`` (the text alone fixes the value; also durations), ``"publication"`` (resolved against the
        publication date), ``"mention"`` (resolved against another date in the text) or ``"none"``
        (relative expression left unresolved).
    underspecified : bool
        True when the value still contains ``X`` placeholders for parts that could not be resolved.
    note : str
        A warning about the value, "" when there is none: a weekday ("on Monday") read as a day before the text's
        own newest full date in that week, when that date is after the publication date (the text was updated),
        so that the day may be the one after it.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    precision: str | None = None
    anchor: str = "absolute"
    underspecified: bool = False
    note: str = ""

    def to_dict(self) -> dict:
        """Return the mention as a JSON-serialisable dict.

        Returns
        -------
        dict
            Field name to value.
        """
        return dataclasses.asdict(self)


_PREC_RES = [
    (re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}T"), "time"),
    (re.compile(r"^[\dX]{4}-W[\dX]{2}-[\dX](?:T|$)"), "day"),
    (re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}$"), "day"),
    (re.compile(r"^[\dX]{4}-W[\dX]{2}(?:-WE)?$"), "week"),
    (re.compile(r"^[\dX]{4}-[\dX]{2}$"), "month"),
    (re.compile(r"^[\dX]{4}-(?:SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^[\dX]{4}-[QH][\dX]$"), "quarter"),
    (re.compile(r"^[\dX]{4}$"), "year"),
    (re.compile(r"^[\dX]{3}$"), "decade"),
    (re.compile(r"^[\dX]{2}$"), "century"),
]


def precision_of(value: str) -> str | None:
    """Return the granularity of a TimeML date/time value.

    Parameters
    ----------
    value : str
        A TIMEX3 value such as ``1994``, ``1994-06``, ``2022-W02``, ``199``, ``1998-SU``, ``1998-01-08T15:30``.

    Returns
    -------
    str or None
        One of ``century``, ``decade``, ``year``, ``quarter`` (also halves), ``season``, ``month``, ``week``,
        ``day``, ``time``; None for durations (``P...``), ``*_REF`` values and anything unrecognised.
    """
    if not value or value[0] == "P" or value.endswith("_REF"):
        return None
    if value.startswith("BC"):
        value = value[2:]  # before the common era: "BC0480", "BC04", "BC0049-01"
    for rx, name in _PREC_RES:
        if rx.match(value):
            return name
    return None
