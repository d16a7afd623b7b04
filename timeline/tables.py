"""Chronologies laid out as a table: a date column and an event column.

A timeline is often pasted as a table rather than written as sentences: a
Markdown or plain pipe table (``| March 4, 2019 | Council approves the budget |``),
tab-separated columns copied from a spreadsheet, a CSV list (``2019-03-04,Council
approves the budget``) or two columns aligned with runs of spaces. Such lines
hold no sentence the clause rules can read (no sentence end, a date cut off from
its verb by a separator), so they would give no event. :func:`find_tables`
finds them by their shape alone:

* **Rows.** At least :data:`MIN_ROWS` consecutive lines (blank lines between
  them allowed) cut into the same number of cells by the same separator: ``|``,
  a tab, a comma (CSV quoting kept) or a run of :data:`MIN_GAP` spaces
  (two columns). A Markdown rule row (``|---|---|``) is no row.
* **A date column first.** The first column's cells are short (at most
  :data:`MAX_DATE_CELL` characters) and mostly read as dates by the tagger
  (:func:`cell_date`): at least :data:`MIN_DATED_SHARE` of the rows and
  :data:`MIN_ROWS` of them. A chronology opens each row with its date; a list
  whose dates close its rows cites sources or deadlines (*Ministry of Health,
  1/27/05*, *Replies due:   June 20, 2011*), not events. Prose split at commas
  has no such column (a sentence's first clause is longer, and holds words
  besides its date).
* **An event column.** The other cell with the most words in the row.
* **A header.** The first row whose date cell holds no digit (``Date``,
  ``When``) names the columns: no event, no report.

A row whose date cell cannot be read (``soon``, ``TBD``, a typo) is kept in
:attr:`Table.unread` so that the caller can report it, not drop it silently.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Sequence

from .dates import DateMention

__all__ = ["DATE_QUALIFIERS", "MAX_DATE_CELL", "MIN_DATED_SHARE", "MIN_GAP", "MIN_ROWS", "Row", "Table", "cell_date", "find_tables"]

#: rows a table has at least (two lines in one shape can be chance; three that share a date column are a layout)
MIN_ROWS = 3
#: the longest date cell, in characters (*Late September 2019*, *March 4, 2019 – March 9, 2019* fit)
MAX_DATE_CELL = 40
#: the share of a table's rows whose date cell reads as a date
MIN_DATED_SHARE = 0.6
#: spaces that separate two aligned columns (one space separates words)
MIN_GAP = 2
#: words a date cell may hold besides its date: a qualifier of it (*c. 1850*, *Late 2019*, *around May*); a
#: preposition before it (*On Monday, the council …*) is the opening of a sentence, not a cell
DATE_QUALIFIERS = frozenset({"c", "ca", "circa", "approx", "about", "around", "early", "mid", "late", "end", "start"})

_RULE_CELL = re.compile(r"\s*:?-{2,}:?\s*")
_WORD = re.compile(r"[^\W_]+", re.U)
_GAP = re.compile(" {%d,}|\t+" % MIN_GAP)

Cell = tuple[int, int]


@dataclass(frozen=True)
class Row:
    """One row of a table: offsets into the page's text.

    Attributes
    ----------
    line : (int, int)
        From the date cell's start to the event cell's end (a source column after them left out).
    date : (int, int)
        The date cell.
    event : (int, int)
        The event cell.
    """

    line: Cell
    date: Cell
    event: Cell


@dataclass
class Table:
    """A chronology laid out as a table (:func:`find_tables`).

    Attributes
    ----------
    span : (int, int)
        From the first row's start to the last row's end (the header included).
    separator : str
        ``"|"``, ``"\\t"``, ``","`` or ``"  "`` (aligned columns).
    rows : list of Row
        The rows whose date cell reads as a date, in order.
    dates : list of DateMention
        The date of each of ``rows`` (the first mention of its date cell).
    unread : list of Row
        Rows whose date cell does not read as a date (the header left out).
    """

    span: Cell
    separator: str
    rows: list[Row] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    unread: list[Row] = field(default_factory=list)


def _strip(text: str, s: int, e: int, chars: str = " \t\r") -> Cell:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def _pipe_cells(text: str, s: int, e: int) -> list[Cell] | None:
    s, e = _strip(text, s, e)
    line = text[s:e]
    if line.count("|") < 1 or "||" in line:
        return None
    if line.startswith("|"):
        s += 1
    if line.endswith("|") and e > s:
        e -= 1
    cells, at = [], s
    for m in re.finditer(r"\|", text[s:e]):
        cells.append(_strip(text, at, s + m.start()))
        at = s + m.end()
    cells.append(_strip(text, at, e))
    return cells


def _tab_cells(text: str, s: int, e: int) -> list[Cell] | None:
    s, e = _strip(text, s, e)
    if "\t" not in text[s:e]:
        return None
    cells, at = [], s
    for m in re.finditer(r"\t+", text[s:e]):
        cells.append(_strip(text, at, s + m.start()))
        at = s + m.end()
    cells.append(_strip(text, at, e))
    return cells


def _gap_cells(text: str, s: int, e: int) -> list[Cell] | None:
    """Two aligned columns: the line cut at its first run of :data:`MIN_GAP` spaces."""
    s, e = _strip(text, s, e)
    m = _GAP.search(text, s, e)
    if m is None:
        return None
    return [_strip(text, s, m.start()), _strip(text, m.end(), e)]


def _comma_cells(text: str, s: int, e: int) -> list[Cell] | None:
    """CSV fields with their offsets (a quoted field's quotes left out of its cell)."""
    s, e = _strip(text, s, e)
    if "," not in text[s:e]:
        return None
    cells, at = [], s
    while at <= e:
        if at < e and text[at] == '"':
            close = at + 1
            while True:
                close = text.find('"', close, e)
                if close < 0:
                    return None
                if close + 1 < e and text[close + 1] == '"':
                    close += 2
                    continue
                break
            cells.append((at + 1, close))
            after = _strip(text, close + 1, e)[0]
            if after < e and text[after] != ",":
                return None
            at = after + 1
            if after >= e:
                break
        else:
            comma = text.find(",", at, e)
            end = e if comma < 0 else comma
            cells.append(_strip(text, at, end))
            if comma < 0:
                break
            at = comma + 1
    return cells


_SPLITTERS: dict[str, Callable[[str, int, int], list[Cell] | None]] = {
    "|": _pipe_cells, "\t": _tab_cells, ",": _comma_cells, "  ": _gap_cells}


def _lines(text: str, start: int, end: int) -> Iterable[Cell]:
    at = start
    while at < end:
        nl = text.find("\n", at, end)
        stop = end if nl < 0 else nl
        yield at, stop
        at = stop + 1


def _rule_row(text: str, cells: Sequence[Cell]) -> bool:
    return all(_RULE_CELL.fullmatch(text[a:b]) for a, b in cells)


#: what a line holds when a separator cuts it (aligned columns: a run of spaces or a tab, :data:`_GAP`): a page that
#: holds none of them has no run of that separator, and its lines need not be cut
_MARKS: dict[str, tuple[str, ...]] = {"|": ("|",), "\t": ("\t",), ",": (",",), "  ": (" " * MIN_GAP, "\t")}


def _runs(text: str, start: int, end: int, sep: str) -> list[list[list[Cell]]]:
    """Runs of consecutive lines (blank lines between allowed) that ``sep`` cuts into the same number (2+) of
    non-empty cells; rule rows left out."""
    runs: list[list[list[Cell]]] = []
    if not any(text.find(mark, start, end) >= 0 for mark in _MARKS[sep]):
        return runs
    current: list[list[Cell]] = []
    for s, e in _lines(text, start, end):
        if not text[s:e].strip():
            continue
        cells = _SPLITTERS[sep](text, s, e)
        if cells and len(cells) >= 2 and _rule_row(text, cells):
            continue
        ok = cells is not None and len(cells) >= 2 and all(b > a for a, b in cells)
        if ok and current and len(cells) == len(current[0]):
            current.append(cells)
            continue
        if len(current) >= MIN_ROWS:
            runs.append(current)
        current = [cells] if ok else []
    if len(current) >= MIN_ROWS:
        runs.append(current)
    return runs


def cell_date(text: str, cell: Cell, mentions: Sequence[DateMention]) -> DateMention | None:
    """The date a table cell gives: the first of ``mentions`` inside it, when the mentions inside cover the cell's
    words but for qualifiers (:data:`DATE_QUALIFIERS`) and the cell is at most :data:`MAX_DATE_CELL` characters; else
    None (*soon*, *TBD*, *On Monday*, a sentence).

    Parameters
    ----------
    text : str
    cell : (int, int)
    mentions : sequence of DateMention
        Dates found in ``text`` (absolute offsets), sorted by start.

    Returns
    -------
    DateMention or None
    """
    a, b = cell
    if b - a > MAX_DATE_CELL:
        return None
    inside = [m for m in _within(mentions, a, b) if m.type in ("DATE", "TIME")]
    if not inside:
        return None
    rest = list(text[a:b])
    for m in inside:
        rest[m.start - a : m.end - a] = " " * (m.end - m.start)
    return inside[0] if all(w.lower() in DATE_QUALIFIERS for w in _WORD.findall("".join(rest))) else None


def _within(mentions: Sequence[DateMention], a: int, b: int) -> list[DateMention]:
    """The mentions inside ``[a, b)``; ``mentions`` sorted by start (found by bisection: a table may have
    thousands of rows)."""
    lo = bisect.bisect_left(mentions, a, key=lambda m: m.start)
    hi = bisect.bisect_left(mentions, b, key=lambda m: m.start)
    return [m for m in mentions[lo:hi] if m.end <= b]


def _words(text: str, cell: Cell) -> int:
    return len(_WORD.findall(text[cell[0] : cell[1]]))


def _table(text: str, rows: list[list[Cell]], sep: str, mentions: Sequence[DateMention]) -> Table | None:
    """The table the rows make, when their first column is their dates (see the module's docstring: a chronology
    opens each row with its date; a list that closes with one cites a source or a deadline)."""
    dates = [cell_date(text, r[0], mentions) for r in rows]
    dated = sum(d is not None for d in dates)
    header = 0 if any(c.isdigit() for c in text[slice(*rows[0][0])]) else 1  # 'Date', 'When': no row of the body
    if dated < MIN_ROWS or dated < MIN_DATED_SHARE * (len(rows) - header):
        return None
    out = Table((rows[0][0][0], rows[-1][-1][1]), sep)
    for cells, found in zip(rows[header:], dates[header:]):
        event = max(cells[1:], key=lambda c: _words(text, c))
        row = Row((cells[0][0], max(cells[0][1], event[1])), cells[0], event)
        if found is None or not _words(text, event):
            out.unread.append(row)
        else:
            out.rows.append(row)
            out.dates.append(found)
    return out


def find_tables(text: str, tag: Callable[[str], list[DateMention]], start: int = 0, end: int | None = None, *,
                known: Sequence[DateMention] = ()) -> list[Table]:
    """The chronologies laid out as tables in ``text[start:end]`` (see the module's docstring).

    Parameters
    ----------
    text : str
        The page's text.
    tag : callable
        Dates of a piece of text, offsets relative to it (the English tagger, read as the page is read); called
        only on the short first cells of runs of lines that have a table's shape, one cell a line.
    start, end : int, optional
        The part of ``text`` to read.
    known : sequence of DateMention, optional
        Dates the page's reading already found (absolute offsets), read with all the page tells (its publication
        date, its folder's years): they date the cells they lie in; ``tag`` dates the others.

    Returns
    -------
    list of Table
        In text order; tables do not overlap (the first separator that makes a table of a run wins, in the order
        ``|``, tab, comma, aligned columns).
    """
    end = len(text) if end is None else end
    if "\n" not in text[start:end]:
        return []
    known = sorted(known, key=lambda m: m.start)
    starts = [m.start for m in known]
    tables: list[Table] = []
    for sep in _SPLITTERS:
        for rows in _runs(text, start, end, sep):
            a, b = rows[0][0][0], rows[-1][-1][1]
            if any(t.span[0] < b and a < t.span[1] for t in tables):
                continue
            firsts = [r[0] for r in rows]
            if sum(e - s <= MAX_DATE_CELL for s, e in firsts) < max(MIN_ROWS, MIN_DATED_SHARE * (len(rows) - 1)):
                continue  # too few first cells short enough to be dates: spare the tagging
            mine = [m for m in known[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)] if m.end <= b]
            table = _table(text, rows, sep, _cell_dates(text, firsts, mine, tag))
            if table is not None:
                tables.append(table)
    return sorted(tables, key=lambda t: t.span)


def _cell_dates(text: str, cells: Sequence[Cell], known: Sequence[DateMention],
                tag: Callable[[str], list[DateMention]]) -> list[DateMention]:
    """The dates of the first cells of a run's rows: ``known`` (the page's, absolute offsets), and where a cell
    holds none of them, what ``tag`` finds in the short cells read together, one a line (so that a cell without
    its year reads it from the cells above, and the tagging costs the cells' length, not the rows')."""
    bare = [(s, e) for s, e in cells if e - s <= MAX_DATE_CELL and not _within(known, s, e)]
    if not bare:
        return list(known)
    joined, at, offsets, heads = [], 0, [], []
    for s, e in bare:
        offsets.append((at, s))
        heads.append(at)
        joined.append(text[s:e])
        at += e - s + 1
    found = list(known)
    for m in tag("\n".join(joined)):
        i = bisect.bisect_right(heads, m.start) - 1
        o, s = offsets[i]
        if m.end - o <= bare[i][1] - s:  # not across two cells
            found.append(replace(m, start=m.start - o + s, end=m.end - o + s))
    return sorted(found, key=lambda m: m.start)
