"""Candidate expressions: the matches of the candidate patterns and the words around them."""
from __future__ import annotations

import bisect
import collections
import dataclasses
import re
import threading

from .resources.cues import RX_CUE_WORD, RX_NEXT_WORD
from .resources.patterns import GATES, NARRATIVE_KINDS, PATTERNS
from .resources.words import BARE_CORES


def prev_word(text: str, pos: int) -> str:
    m = RX_CUE_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else ""


def next_word(text: str, pos: int) -> str:
    m = RX_NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


@dataclasses.dataclass
class Cand:
    start: int
    end: int
    prio: int
    kind: str
    m: re.Match
    extra: dict = dataclasses.field(default_factory=dict)


def candidates(text: str, narrative: bool = False) -> list[Cand]:
    """Every match of every candidate pattern in ``text`` (patterns whose gate words are absent are not run, nor
    the narrative-only ones unless ``narrative``), as fresh :class:`Cand` objects the caller may sort and change.

    The matching itself is cached for the last few texts: an article's text is tagged, then read again for the days
    its remarks were spoken (:mod:`timeline.dates.speech`), and the patterns are its costliest part.
    """
    return [Cand(s, e, prio, kind, m) for s, e, prio, kind, m in _matches(text, narrative)]


#: how many texts' matches :func:`_matches` keeps: an article's text is read a few times in a row, and a folder's
#: pages without a publication date are all read once before each is read again with what the folder tells
#: (:mod:`timeline.folder_dates`); a few MB at most
MATCHES_KEPT = 256
_KEPT: collections.OrderedDict[tuple[str, bool], tuple] = collections.OrderedDict()
_KEPT_LOCK = threading.Lock()


def _matches(text: str, narrative: bool) -> tuple[tuple[int, int, int, str, re.Match], ...]:
    """The candidate patterns' matches in ``text`` as ``(start, end, priority, kind, match)`` (see :func:`candidates`),
    kept for the last :data:`MATCHES_KEPT` texts; a text read in narrative mode and then as news (a page without a
    publication date, read again once the folder dates it) gives its news matches from those it has
    (:func:`news_matches`)."""
    key = (text, narrative)
    with _KEPT_LOCK:
        found = _KEPT.get(key)
        if found is not None:
            _KEPT.move_to_end(key)
            return found
        wider = None if narrative else _KEPT.get((text, True))
    found = news_matches(wider) if wider is not None else _match_patterns(text, narrative)
    with _KEPT_LOCK:
        _KEPT[key] = found
        _KEPT.move_to_end(key)
        while len(_KEPT) > MATCHES_KEPT:
            _KEPT.popitem(last=False)
    return found


def news_matches(found: tuple[tuple[int, int, int, str, re.Match], ...]) -> tuple[tuple[int, int, int, str, re.Match], ...]:
    """The matches of a text read as news from its matches read in narrative mode: the same, less those of the
    narrative-only patterns (:data:`NARRATIVE_KINDS`): every pattern is matched on its own, in the same order.

    Parameters
    ----------
    found : tuple
        ``_matches(text, True)``.

    Returns
    -------
    tuple
        ``_matches(text, False)``.
    """
    return tuple(f for f in found if f[3] not in NARRATIVE_KINDS)


def _match_patterns(text: str, narrative: bool) -> tuple[tuple[int, int, int, str, re.Match], ...]:
    found: list[tuple[int, int, int, str, re.Match]] = []
    for kind, rx, prio in PATTERNS:
        if kind in NARRATIVE_KINDS and not narrative:
            continue
        gate = GATES.get(kind)
        if gate is not None and not (gate.search(text) if isinstance(gate, re.Pattern)
                                     else any(k in text for k in gate)):
            continue
        for m in rx.finditer(text):
            if "core" in rx.groupindex:
                s, e = next((m.span(k) for k in BARE_CORES if m.group(k)), m.span())
            else:
                s, e = m.span()
            if e <= s:
                continue
            found.append((s, e, prio, kind, m))
    return tuple(found)


def choose(cands: list[Cand], skips: list[tuple[int, int]]) -> list[Cand]:
    """Non-overlapping candidates outside the ``skips`` ranges, longest first, then by priority, then leftmost;
    sorts ``cands`` in that order and returns the chosen ones by start offset."""
    # choose non-overlapping: longest first, then priority, then leftmost
    cands.sort(key=lambda c: (-(c.end - c.start), c.prio, c.start))
    taken: list[tuple[int, int]] = []
    chosen: list[Cand] = []
    starts: list[int] = []
    for c in cands:
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        if skips and any(a < c.end and c.start < b for a, b in skips):
            continue
        taken.insert(i, (c.start, c.end))
        starts.insert(i, c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


# candidate kinds that give a year of their own
_DATED_KINDS = {"iso", "numeric", "ocrstamp", "my", "year", "yearrange", "erayear", "erarange", "decade", "century", "wordyear",
                "mdycaps", "dmycaps"}


def dated(c: Cand) -> bool:
    """Whether the candidate gives a year of its own ("1944", "June 1632", "May 14, 1804", "480 BC")."""
    if c.kind in ("mdy", "dmy", "mdyword", "dmyword", "monthrange", "dayrange", "season"):
        return bool(c.m.groupdict().get("year"))
    return c.kind in _DATED_KINDS
