"""Pages holding several dated items: what a date line or a note heads.

A page is not always one story told on one day. A release may carry an update under a note (*Updated May 4, 2021:
The ministry now attributes the outage to …*, *UPDATE (May 3): …*, *Editor's note, June 2: …*); an index of an
agency's releases prints, item after item, a date line, a headline and a lede with its own *today* and
*yesterday*. What such a date means depends on the item it heads, not on the page. This module reads that structure
from the page's lines and regions (:func:`timeline.articles.find_regions`), never from what the sentences say:

* :func:`note_heads`: the notes that open a paragraph with a label and a date and head the statement after them on
  the same line; the statement is dated by the note (:func:`timeline.extract.extract_article`);
* :func:`later_news_box`: a site's box of its newest stories, printed on an older page (a list of dated
  headlines running newest first, dated after the page): links to what the site published later, not the page's
  news (:func:`timeline.extract.extract_article` reads no date in it);
* the date lines of a page of several dated items (an index of releases, a live page's updates, a digest's dated
  paragraphs), each heading the text below it up to the next: the tagger resolves the relative words of each item
  against its line's date (:func:`timeline.dates.speech.speaking_days`), an undated report in an item is dated by
  its line (:func:`timeline.dates.spoken_day`), and so is the lede of an item of a page without a publication date
  (:func:`timeline.extract.extract_article`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Sequence

from .dates.resources.lexicon import MONTH_ABBR, MONTH_FULL
from .published import parse_date

#: the label words of a note heading a statement, as data (matched as whole words, in any case; ``'`` stands for
#: either apostrophe)
NOTE_LABELS = ("update", "updated", "updates", "editor's note", "editors' note", "editor's update", "correction",
               "clarification", "note", "added", "addendum")
_LABEL = "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+")
                  for w in sorted(NOTE_LABELS, key=len, reverse=True))
#: a note opening a line: its label, then its date (in brackets or after a comma, ``on`` or a colon: a digit in it,
#: no colon, bracket or dash), then what joins it to its statement (a colon or a dash, after a closing bracket)
_NOTE = re.compile(r"[^\S\n]*[^\w\n]{0,3}(?:" + _LABEL + r")\b[^\S\n]*[,:]?[^\S\n]*(?:on[^\S\n]+)?\(?"
                   r"(?P<date>[^\n!?:;()–—]{0,30}?\d[^\n!?:;()–—]{0,30}?)"
                   r"[^\S\n]*\)?[^\S\n]*(?::|[–—]|-{1,2}(?=\s))[^\S\n]*(?=\S)", re.I)


#: what a note's date holds: a month's name or a date in figures (not *Note: 3 of 5 patients – …*)
_DATE_WORD = re.compile(r"\b(?:" + MONTH_FULL + "|" + MONTH_ABBR + r")\b\.?|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|"
                        r"\b\d{4}-\d{2}-\d{2}\b", re.I)


@dataclass(frozen=True)
class NoteHead:
    """A note heading a statement: ``text[start:end]`` is the note (label and date), ``text[statement:line_end]``
    the statement it heads on its line."""

    start: int
    end: int
    statement: int
    line_end: int


def note_opening(line: str, pos: int = 0) -> tuple[int, int, int] | None:
    """``(start, date_end, statement)`` of a note opening ``line`` at ``pos`` (*Updated May 4, 2021: The ministry
    …*, *UPDATE (May 3) – …*): where the note starts (after blanks), where its date ends and where the statement it
    heads starts (its date's closing bracket is the note's); None when no note heads a statement there.

    Examples
    --------
    >>> line = "UPDATE (May 3): The ferry operator now blames a fuel pump."
    >>> start, date_end, statement = note_opening(line)
    >>> line[start:date_end], line[statement:statement + 9]
    ('UPDATE (May 3)', 'The ferry')
    """
    note = _NOTE.match(line, pos)
    if note is None or not _DATE_WORD.search(note.group("date")):
        return None
    start = note.start() + len(note.group(0)) - len(note.group(0).lstrip())
    close = re.match(r"[^\S\n]*\)", line[note.end("date") : note.end()])
    return start, note.end("date") + (close.end() if close else 0), note.end()


def note_heads(text: str, body: Sequence[tuple[int, int]]) -> list[NoteHead]:
    """The notes of a page that head a statement (*Updated May 4, 2021: The ministry now attributes …*).

    A note opens a line: a note label of :data:`NOTE_LABELS` and its date, joined by a colon or a dash to a
    statement on the same line that belongs to the story (in a ``body`` span; the loader cuts the note itself off as
    a ``dateline``: :func:`timeline.articles.find_regions`). A stamp standing alone on its line (*Updated: May 4,
    2021*) heads nothing and is none; nor is a line the loader took whole for page furniture.

    Parameters
    ----------
    text : str
        The page's text.
    body : sequence of (int, int)
        The spans of its story (:attr:`timeline.articles.Article.body`).

    Returns
    -------
    list of NoteHead
        In text order.
    """
    out = []
    for m in re.finditer(r"^", text, re.M):
        note = note_opening(text, m.start())
        if note is None or not any(s <= note[2] < e for s, e in body):
            continue
        line_end = text.find("\n", note[2])
        out.append(NoteHead(note[0], note[1], note[2], len(text) if line_end < 0 else line_end))
    return out


#: a line of a list of dated headlines: a bullet at most, a date with its day and year first (a weekday before it at
#: most; *27 January 2015*, *Jan. 27, 2015*, *2015-01-27*), then a colon or a dash
#: and a headline of at most :data:`BOX_HEADLINE_WORDS` words (*• 27 June 2014: Swimmers top the podium again*)
_DATED_HEADLINE = re.compile(r"[^\S\n]*(?:[•·▪*]|-(?=\s))?[^\S\n]*(?P<date>(?:[A-Z][a-z]+,[^\S\n]*)?"
                             r"(?:\d{1,2}[^\S\n]+[A-Z][a-z]{2,8}\.?,?|[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2},?)[^\S\n]+\d{4}"
                             r"|\d{4}-\d{2}-\d{2})[^\S\n]*(?::|[–—]|-(?=\s))[^\S\n]*(?P<head>\S[^\n]*?)[^\S\n]*$")
#: the most words of a headline in a site's box of stories
BOX_HEADLINE_WORDS = 25
#: the fewest lines of a site's box of stories: a lone dated line is a chronicle's entry or the page's own
BOX_LINES = 2


def _dated_headlines(text: str) -> list[tuple[int, int, dt.date]]:
    """``(start, end, date)`` of each line of ``text`` that is one dated headline (:data:`_DATED_HEADLINE`)."""
    out = []
    for m in re.finditer(r"^[^\n]*$", text, re.M):
        h = _DATED_HEADLINE.fullmatch(m.group(0))
        day = parse_date(h.group("date")) if h and len(h.group("head").split()) <= BOX_HEADLINE_WORDS else None
        if day is not None:
            out.append((m.start(), m.end(), day))
    return out


def later_news_box(text: str, published: dt.date | None) -> list[tuple[int, int]]:
    """The spans of the lines of a site's box of its newest stories that an older page carries.

    A site that serves an old page again frames it with its latest headlines (*Newest stories: • 29 June 2014: …
    • 3 January 2014: …* on a page of 2012): consecutive lines, each a date with its day and year, a colon or a dash
    and a headline, **running newest first**, dated **after the page**. A page cannot report what came after it
    was written, and a chronicle or a timetable runs oldest first, so such lines are links to the site's other
    stories, not the page's events. Lines of the box dated on or before the page's day are left alone (a live page
    lists its updates newest first, up to its own day); so is every line of a page without a publication day.

    Parameters
    ----------
    text : str
        The page's text.
    published : datetime.date or None
        The page's publication day.

    Returns
    -------
    list of (int, int)
        The lines dated after ``published`` of runs of at least :data:`BOX_LINES` consecutive dated headlines whose
        dates never rise and fall at least once.

    Examples
    --------
    >>> page = "Title\\n• 5 May 2015: Port reopens\\n• 2 March 2014: Mayor resigns\\nBody text."
    >>> [page[s:e] for s, e in later_news_box(page, dt.date(2012, 1, 3))]
    ['• 5 May 2015: Port reopens', '• 2 March 2014: Mayor resigns']
    """
    if published is None:
        return []
    lines = _dated_headlines(text)
    runs: list[list[tuple[int, int, dt.date]]] = []
    for line in lines:
        if runs and text[runs[-1][-1][1] : line[0]].strip() == "":
            runs[-1].append(line)
        else:
            runs.append([line])
    out = []
    for run in runs:
        days = [d for _, _, d in run]
        newest_first = all(a >= b for a, b in zip(days, days[1:])) and days[0] > days[-1]
        if len(run) >= BOX_LINES and newest_first:
            out += [(s, e) for s, e, d in run if d > published]
    return out
