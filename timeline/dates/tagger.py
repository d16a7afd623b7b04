""":func:`find_dates`: recognise candidates, choose non-overlapping ones, resolve them left to right."""
from __future__ import annotations

import dataclasses
import datetime as _dt
from typing import Sequence

from .mention import DateMention
from .output import apposed_weekdays, emit, flag_weekdays, join_durations, mark_spans, same_weekday, share_years
from .recognise import Cand, candidates, choose, dated
from .resources.cues import RX_STREET_NUMBER, RX_TODAY_NAME
from .resolve import RESOLVERS
from .speech import day_at, speaking_days
from .tense import Ctx


MODES = ("auto", "news", "narrative")
#: hyphens a page may write inside a date, read as the hyphen-minus the patterns know ("2021‑05‑03" with
#: non-breaking hyphens); one character for one, so every offset holds
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def find_dates(text: str, *, relative_to: _dt.date | None = None, skip: Sequence[tuple[int, int]] = (),
               mode: str = "auto", dayfirst: bool | None = None) -> list[DateMention]:
    """Find and normalise temporal expressions in English text.

    Parameters
    ----------
    text : str
        The text to tag.
    relative_to : datetime.date or None, keyword-only
        Publication date used to resolve relative expressions ("last week", "on Monday") in news mode. With None,
        relative expressions that the text's own dates cannot fix keep underspecified values (``XXXX-WXX``) and
        ``anchor="none"``; the real clock is never used. Remarks, a letter or a quotation the text dates to an earlier
        day (their own date line, a header introducing them, "…,” she said Monday") count from that day instead
        (``anchor="mention"``; :mod:`timeline.dates.speech`).
    skip : sequence of (int, int), keyword-only
        Character ranges ``[start, end)`` (boilerplate) in which nothing is reported; a mention overlapping a
        range is dropped.
    mode : {"auto", "news", "narrative"}, keyword-only
        How year-less and relative expressions are anchored. ``"news"``: against the publication date
        (``relative_to``); without one they stay underspecified. ``"narrative"`` (a history, a report, a
        chronology): against the text's own dates, the reference time moving with the story (the last date with a
        year given, headings included); ``relative_to`` is not used. ``"auto"`` (default): news when
        ``relative_to`` is given, narrative otherwise. A text without any dated context reads the same in all
        modes.
    dayfirst : bool or None, keyword-only
        How to read numeric dates whose two numbers could both be the month ("4/9/2022", "09.04.2022", "effective
        4/9"): True = day first (9 April), False = month first (4 September), None (default) = month first with
        slashes (US), day first with dots (European). A number above 12 is the day whatever the setting.

    Returns
    -------
    list of DateMention
        Mentions sorted by start offset, non-overlapping, each with ``text[m.start:m.end] == m.text``.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    if not text:
        return []
    if mode == "narrative":
        relative_to = None
    if isinstance(relative_to, _dt.datetime):
        relative_to = relative_to.date()
    read = text.translate(HYPHENS)
    if read != text:  # the mentions of the text as read, each with the page's own characters
        return [dataclasses.replace(m, text=text[m.start:m.end])
                for m in find_dates(read, relative_to=relative_to, skip=skip, mode=mode, dayfirst=dayfirst)]
    narrative = mode == "narrative" or (mode == "auto" and relative_to is None)
    cands = candidates(text, narrative)
    if not cands:
        return []
    skips = sorted([(int(a), int(b)) for a, b in skip if b > a] + [m.span() for m in RX_TODAY_NAME.finditer(text)]
                   + [m.span() for m in RX_STREET_NUMBER.finditer(text)])  # 'USA Today'; 'at 1600 Pennsylvania Ave.'
    spoken = speaking_days(text, cands, relative_to, dayfirst)
    chosen = choose(cands, skips)
    narrative = narrative and any(dated(c) for c in cands)  # no dated context: read as before
    ctx = Ctx(text, relative_to, dayfirst, narrative)
    out = _resolve(ctx, cands, chosen, skips, spoken)
    if ctx.weekdays and relative_to is not None:
        same_weekday(out, ctx.weekdays)
    if ctx.weekdays:
        apposed_weekdays(text, out, ctx.weekdays)
    if ctx.weekdays and ctx.calendar and relative_to is not None:
        flag_weekdays(ctx, out)
    mark_spans(text, out)
    return join_durations(text, share_years(text, out))


def _resolve(ctx: Ctx, cands: list[Cand], chosen: list[Cand], skips: list[tuple[int, int]],
             spoken: list[tuple[int, int, _dt.date]] = ()) -> list[DateMention]:
    """Resolve the chosen candidates left to right; when a rule rejects one, the shorter candidates inside its span
    compete again. Inside a stretch of ``spoken`` (:func:`timeline.dates.speech.speaking_days`) relative expressions
    count from its day, not the publication date, and are anchored to that mention."""
    text = ctx.text
    dct = ctx.dct
    out: list[DateMention] = []
    prev_end = 0
    rejected: set[int] = set()
    queue = chosen
    qi = 0
    while qi < len(queue):
        c = queue[qi]
        qi += 1
        if c.start < prev_end:
            continue  # covered by a mention a resolver split off or widened ("Aug. 20-22, 1999")
        ctx.dct = day_at(spoken, c.start, dct)
        try:
            res = RESOLVERS[c.kind](ctx, c)
        except (ValueError, OverflowError, KeyError, AttributeError, TypeError):
            res = None
        if res is not None and ctx.dct != dct and res[3] == "publication":
            res = (*res[:3], "mention")
        if res is None:
            # rejected in context: let shorter candidates inside its span compete again
            rejected.add(id(c))
            nxt_start = queue[qi].start if qi < len(queue) else len(text) + 1
            alts = [a for a in cands if id(a) not in rejected and a is not c and a.start >= c.start
                    and a.end <= c.end and a.end <= nxt_start and a.start >= prev_end]
            picked: list[Cand] = []
            for a in alts:  # cands are already sorted longest-first
                if all(a.end <= p.start or a.start >= p.end for p in picked):
                    picked.append(a)
            if picked:
                picked.sort(key=lambda a: a.start)
                queue[qi:qi] = picked
            continue
        emit(ctx, c, res, out, skips)
        while ctx.pending:
            c2, res2 = ctx.pending.pop(0)
            emit(ctx, c2, res2, out, skips)
        prev_end = out[-1].end if out else 0
    ctx.dct = dct  # the publication date again, after the speaking days' stretches
    return out
