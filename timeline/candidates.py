"""Candidate rows a merge cannot keep, and why: never lose a run, never lose a row silently.

A merge (:func:`timeline.identity.merge`) first keeps the records it can use
(:func:`usable_records`), and at the end builds the frame with
:func:`valid_frame`, which leaves out rows that would not validate. Every row
left out is a :class:`DroppedRow` in ``frame.attrs["dropped"]``, which the
extraction reports with the article's path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

import pandas as pd

from .events import EventSchema as E, EventsValidationError, events_from_records
from .periods import parse_period

__all__ = ["DroppedRow", "dropped_row", "usable_records", "valid_frame"]


@dataclass(frozen=True)
class DroppedRow:
    """A candidate row left out of a merged frame, and why (see :func:`merge_candidates`).

    Attributes
    ----------
    source : str
        The article id.
    quote_start, quote_end : int
        The quote's offsets in the article.
    date : str
        The candidate's date.
    reason : str
        Why it was left out.
    """

    source: str
    quote_start: int
    quote_end: int
    date: str
    reason: str

    def __str__(self) -> str:
        return f"candidate {self.source}[{self.quote_start}:{self.quote_end}] ({self.date}) dropped: {self.reason}"


def dropped_row(rec: Mapping, reason: str) -> DroppedRow:
    return DroppedRow(str(rec[E.source]), int(rec[E.quote_start]), int(rec[E.quote_end]), str(rec[E.date]), reason)


def usable_records(records: Iterable[Mapping]) -> tuple[list[dict], list["DroppedRow"]]:
    """Candidate records a merge can use, and the others as :class:`DroppedRow` (a date that is no period,
    offsets that are not integers): checked before merging so that one bad record cannot stop a merge."""
    recs: list[dict] = []
    dropped: list[DroppedRow] = []
    for r in records:
        rec = dict(r)
        try:
            parse_period(rec[E.date])
            rec[E.quote_start], rec[E.quote_end] = int(rec[E.quote_start]), int(rec[E.quote_end])
            rec["confidence"] = float(rec["confidence"])
        except (KeyError, TypeError, ValueError) as exc:  # PeriodError is a ValueError
            dropped.append(DroppedRow(str(rec.get(E.source, "")), -1, -1, str(rec.get(E.date, "")),
                                      f"not a usable candidate ({type(exc).__name__}: {exc})"))
            continue
        recs.append(rec)
    return recs, dropped


def valid_frame(out: list[dict], dropped: list[DroppedRow]) -> tuple[pd.DataFrame, list[dict]]:
    """The events frame of merged records; records that fail validation are left out and added to ``dropped``.

    Validation failing here is a bug, not bad input, so it is checked once for all records; only when that
    fails are records checked one by one, then event by event, to find the ones to leave out.
    """
    try:
        return events_from_records(out), out
    except EventsValidationError:
        pass
    good: list[dict] = []
    for rec in out:
        try:
            events_from_records([rec])
        except EventsValidationError as exc:
            dropped.append(dropped_row(rec, "; ".join(f"{p.column}: {p.message}" for p in exc.problems)))
        else:
            good.append(rec)
    events: dict[str, list[dict]] = {}
    for rec in good:
        events.setdefault(rec[E.event_id], []).append(rec)
    kept: list[dict] = []
    for recs in events.values():
        try:
            events_from_records(recs)
        except EventsValidationError as exc:
            reason = "; ".join(sorted({f"{p.column}: {p.message}" for p in exc.problems}))
            dropped += [dropped_row(rec, f"its event is inconsistent ({reason})") for rec in recs]
        else:
            kept += recs
    return events_from_records(kept), kept
