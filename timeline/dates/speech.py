"""Speaking days: the day a page's quoted remarks, letter or statement were spoken or written, when the page gives it.

A transcript posted the next day, a blog post quoting last night's address, a release republished under a later
date line: the page's publication date is not the day its words were said, and "tonight", "this morning",
"yesterday" in those words count from the day the page gives for them. Three kinds of line give it:

* a line holding nothing but a full date (a weekday and a clock time may stand with it) inside or over the text, as
  a letter or a release prints its own date line (``March 4, 2019, 6:30 p.m. GMT``); it dates the text below it up
  to the next such line;
* a paragraph its full date opens, set off by a dash or a colon (``May 5, 2021 – The county reopened the bridge
  yesterday …``: a digest's or a live page's dated paragraphs; also after a wire dateline's place in capitals,
  ``HARBORTOWN, May 5, 2021 - The minister toured the quay today``, round 31); it dates its own line;
* a line that introduces remarks with their date and ends on a colon (``Transcript of remarks by the mayor at the
  station on May 3, 2019:``, ``The coach spoke to reporters on May 3, 2019. He said:``); it dates the quotation
  that follows (its paragraphs opening on a quotation mark), or, when the next paragraph does not open on one (a
  transcript), the text below it up to the next such line.

Only a day before the publication date counts: the same day changes nothing (its line still ends the stretch above
it), and a later one is a posting or an update stamp. Stamps with a label (``Release Date: …``, ``Updated: …``) and
numeric dates are not such lines.

A page of several dated items (round 23: at least :data:`ITEM_LINES` date lines, each over text of its own, or dated
paragraphs: an index of an agency's releases, a digest, a live page's updates) is cut into sections by its date
lines, each dating the item below it: on a page without a publication date every item's line counts; on a dated
page, an item's line after the publication date counts too when an item of the page's own day or earlier comes
before it (an update appended under its own date line) or when the page's date is one of its items' (read from an
index of :data:`INDEX_LINES` items at least), not a posting or capture stamp heading a page dated otherwise.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from typing import Sequence

from .recognise import Cand, candidates
from .resolve import RESOLVERS
from .resources import lexicon as L
from .resources.cues import (
    RX_DATE_LINE_AFTER, RX_DATE_LINE_BEFORE, RX_DATED_PARAGRAPH, RX_DATELINE_PLACE, RX_QUOTE_OPEN_MARK, RX_QUOTE_OPENS,
    RX_QUOTED_SAID_ON, RX_SPEECH_HEADER,
)
from .tense import Ctx

# written dates with a year: a stamp in figures ("5/13/2020") is a page's, not a speaker's
_LINE_KINDS = ("mdy", "dmy", "mdycaps", "dmycaps")


def speaking_days(text: str, cands: Sequence[Cand], dct: _dt.date | None,
                  dayfirst: bool | None = None) -> list[tuple[int, int, _dt.date]]:
    """The stretches of ``text`` told on a day before the publication date ``dct``, or heading an item of a page of
    several dated items (see the module's notes), as ``(start, end, day)``.

    Parameters
    ----------
    text : str
        The text being tagged.
    cands : sequence of Cand
        All its date candidates (those in skipped boilerplate too: a date line is often cut off as one).
    dct : datetime.date or None
        The publication date; None gives only the stretches of a page of several dated items.
    dayfirst : bool or None, optional
        How numeric dates are read (see :func:`timeline.dates.find_dates`).

    Returns
    -------
    list of (int, int, datetime.date)
        Non-overlapping stretches in text order, each with the day its relative expressions count from.
    """
    lines: list[tuple[int, int, _dt.date, str]] = []  # (line start, line end, day, kind) of each dating line
    opens: dict[int, int] = {}  # a dated paragraph's line start -> where its date ends
    seen: set[int] = set()
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if c.kind not in _LINE_KINDS:
            continue
        ls = text.rfind("\n", 0, c.start) + 1
        if ls in seen:
            continue
        le = text.find("\n", c.end)
        le = len(text) if le < 0 else le
        alone = RX_DATE_LINE_BEFORE.fullmatch(text, ls, c.start) and RX_DATE_LINE_AFTER.fullmatch(text, c.end, le)
        header = not alone and text[ls:le].rstrip().endswith(":") and le - ls <= 300 \
            and RX_SPEECH_HEADER.search(text, ls, le) is not None
        opening = not (alone or header) and (RX_DATE_LINE_BEFORE.fullmatch(text, ls, c.start)
                                             or RX_DATELINE_PLACE.fullmatch(text, ls, c.start)) \
            and RX_DATED_PARAGRAPH.match(text, c.end, le) is not None
        if not (alone or header or opening):
            continue
        day = _day_of(RESOLVERS[c.kind], Ctx(text, dct, dayfirst), c)
        if day is None:
            continue
        seen.add(ls)
        lines.append((ls, le, day, "alone" if alone else "header" if header else "opening"))
        if opening:
            opens[ls] = c.end
    items = _items(text, lines)
    out = []
    for i, (ls, le, day, kind) in enumerate(lines):
        start, end = le, lines[i + 1][0] if i + 1 < len(lines) else len(text)
        if kind == "header":
            end = min(end, _quotation_end(text, le, end))
        elif kind == "opening":
            start, end = opens[ls], le  # a dated paragraph: its own line
        if (day < dct or ls in items and day > dct and _updates(lines, i, items, dct)) if dct is not None \
                else ls in items:
            out.append((start, end, day))
    return (_said_on(text, dct) if dct is not None else []) + out  # a quotation's own day comes first


def _items(text: str, lines: Sequence[tuple[int, int, _dt.date, str]]) -> set[int]:
    """The starts of the date lines among ``lines`` that head the items of a page of several dated items (an index
    of releases, a digest, a live page's updates): at least :data:`ITEM_LINES` lines holding only a date, each over
    text of its own, or paragraphs each opened by its date (what counts of them: :func:`speaking_days`)."""
    heads = [(ls, le, kind) for ls, le, _day, kind in lines if kind != "header"]
    items = [ls for k, (ls, le, kind) in enumerate(heads) if kind == "opening"
             or text[le : heads[k + 1][0] if k + 1 < len(heads) else len(text)].strip()]
    return set(items) if len(items) >= ITEM_LINES else set()


def _updates(lines: Sequence[tuple[int, int, _dt.date, str]], i: int, items: set[int], dct: _dt.date) -> bool:
    """Whether the item's date line ``lines[i]``, after the publication date, heads an item of its own: an item of the
    page's own day or earlier comes before it (a page posted on ``dct`` with updates appended under their own date
    lines, as a live page or a blog prints them), or the page is an index of at least :data:`INDEX_LINES` items one
    of which is of the page's own day (the page's date was read from an item: each item has its own); not a posting
    or capture stamp heading a page dated otherwise (two lines: the stamp and the page's own)."""
    own = [(k, day) for k, (ls, _le, day, _kind) in enumerate(lines) if ls in items]
    return any(day <= dct and k < i for k, day in own) \
        or len(own) >= INDEX_LINES and any(day == dct for _k, day in own)


#: fewest date lines, each over text of its own, that make a page of several dated items
ITEM_LINES = 2
#: fewest items of an index whose date the page's was read from (:func:`_updates`)
INDEX_LINES = 3


def _said_on(text: str, dct: _dt.date) -> list[tuple[int, int, _dt.date]]:
    """The quotations attributed with the weekday they were said on, before the publication day ("“We open the
    bridge today,” the minister said Monday", published on Wednesday), as ``(start, end, day)``: the last such
    weekday up to the publication date."""
    out = []
    for m in RX_QUOTED_SAID_ON.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        opens = list(RX_QUOTE_OPEN_MARK.finditer(text, ls, m.start()))
        if not opens:
            continue
        day = dct - _dt.timedelta(days=(dct.isoweekday() - L.WEEKDAYS[m.group("wd").lower()]) % 7)
        if day != dct:
            out.append((opens[-1].end(), m.start(), day))
    return out


def _day_of(resolver, ctx: Ctx, c: Cand) -> _dt.date | None:
    """The day a written full date resolves to, or None (no year, no day, not a date)."""
    try:
        res = resolver(ctx, c)
    except (ValueError, OverflowError, KeyError, AttributeError, TypeError):
        return None
    if res is None or res[0] not in ("DATE", "TIME") or not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T.*)?", res[1]):
        return None
    return _dt.date.fromisoformat(res[1][:10])


def _quotation_end(text: str, pos: int, end: int) -> int:
    """Where the quotation after a header ending at ``pos`` ends: before the first paragraph that does not open on a
    quotation mark, when the first one does (a speech quoted paragraph by paragraph); ``end`` otherwise."""
    brk = r"\n[^\S\n]*\n\s*" if re.search(r"\n[^\S\n]*\n", text[pos:end]) else r"\n\s*"  # blank lines part them
    starts = [m.end() for m in re.finditer(brk, text[pos:end])]
    starts = [pos + s for s in starts if pos + s < end]
    if not starts or not RX_QUOTE_OPENS.match(text, starts[0]):
        return end
    for s in starts[1:]:
        if not RX_QUOTE_OPENS.match(text, s):
            return text.rfind("\n", 0, s) + 1
    return end


def day_at(days: Sequence[tuple[int, int, _dt.date]], pos: int, dct: _dt.date | None) -> _dt.date | None:
    """The day relative expressions at ``pos`` count from: a speaking day's whose stretch holds it, else ``dct``."""
    for start, end, day in days:
        if start <= pos < end:
            return day
    return dct


def spoken_day(text: str, pos: int, relative_to: _dt.date | None) -> _dt.date | None:
    """The day the words at ``pos`` of a page published on ``relative_to`` were said or written: the speaking day of
    the remarks, letter or statement holding them (:func:`speaking_days`), else ``relative_to``.

    Parameters
    ----------
    text : str
        The page's text.
    pos : int
        An offset in it.
    relative_to : datetime.date or None
        The page's publication date.

    Returns
    -------
    datetime.date or None
        The day the text at ``pos`` counts its "today" from.
    """
    return day_at(_days_of(text, relative_to), pos, relative_to)


@functools.lru_cache(maxsize=64)
def _days_of(text: str, relative_to: _dt.date | None) -> tuple[tuple[int, int, _dt.date], ...]:
    return tuple(speaking_days(text, candidates(text), relative_to))
