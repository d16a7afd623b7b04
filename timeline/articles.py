"""Load scraped news articles into :class:`Article` records.

An article is one UTF-8 text file as scraped from the web. The loader keeps the
raw text untouched: every offset in the project (boilerplate regions, date
mentions, quotes) is a Python string index into that raw text.

Scraped pages carry boilerplate around the story: icon-font names, media-player
times, aggregator headers ("Created at … 4 months ago"), bylines, related-link
boxes, "Read More" / "Leave a Reply" footers. :func:`find_regions` classifies
each line of the raw text as ``body`` or ``boilerplate`` with a label, so that
the temporal tagger and the extractor can skip what is not the story.

A folder may hold ``articles.csv`` with metadata that overrides or supplies what
the text does not print (title, outlet, author, publication date and how it
was decided). See the README for its columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import warnings
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Literal, Mapping, Sequence

from .dates import find_dates
from .dates.resources.lexicon import WEEKDAY_RE, WEEKDAYS
from .lexicon import all_lemmas
from .published import (
    agency_dateline,
    find_published,
    folder_dayfirst,
    header_end,
    impossible_url_date,
    is_date_line,
    later_in_story,
    glued_date_line,
    leading_date,
    writing_day,
    leading_stamp,
    line_pieces,
    parse_date,
    printed_dates,
)
from .sections import note_opening
from .tables import find_tables
from .textio import TextFileError, check_delimiter, csv_text, decode_text, reading_text

if TYPE_CHECKING:  # the folder stage imports this module
    from .folder_dates import PageDating

__all__ = [
    "NEWS_PHOTO_DAY",
    "GIVE_DATE",
    "UNRESOLVED_CLAUSE",
    "Article",
    "ArticleErrors",
    "ArticleError",
    "ArticleMetadataError",
    "InferredPublicationDate",
    "MissingPublicationDate",
    "Region",
    "InvalidPublished",
    "bad_published",
    "published_day",
    "UnreadableArticle",
    "UpdatedAfterPublication",
    "chrome_lines",
    "folder_chrome",
    "folder_reading",
    "articles_by_id",
    "article_files",
    "detect_published",
    "hidden_files",
    "is_article_file",
    "find_regions",
    "load_article",
    "load_articles",
    "load_sources",
    "read_metadata",
    "undated_template",
    "unique_ids",
    "ARTICLE_SUFFIXES",
    "METADATA_FILE",
    "METADATA_COLUMNS",
    "MAX_ARTICLE_MB",
]

ARTICLE_SUFFIXES = (".txt",)
METADATA_FILE = "articles.csv"


def is_article_file(path: str | Path) -> bool:
    """Whether ``path`` is read as an article of its folder: a ``*.txt`` entry that is no folder and not hidden.

    A link to a missing file, or a loop of links, counts: reading it then names it (*a link to a missing file*),
    where skipping it would lose a page unseen. A hidden name (opening with a dot: a Mac's ``._page.txt`` copy of
    a page's attributes, an editor's file) does not, as ``DIR/*.txt`` does not match it either
    (:func:`hidden_files` lists them, for the one line that names them).

    Examples
    --------
    >>> is_article_file("folder/._page.txt"), is_article_file("folder/page.md")
    (False, False)
    """
    p = Path(path)
    return p.suffix in ARTICLE_SUFFIXES and not p.name.startswith(".") and (p.is_file() or _dangling(p))


def _dangling(p: Path) -> bool:
    """A link that leads to no file or folder (missing, or a loop)."""
    return p.is_symlink() and not p.exists()


def article_files(folder: str | Path) -> list[Path]:
    """The article files of a folder, sorted by name (see :func:`is_article_file`).

    Raises
    ------
    OSError
        When the folder cannot be listed.
    """
    return sorted(p for p in Path(folder).iterdir() if is_article_file(p))


def hidden_files(folder: str | Path) -> list[Path]:
    """The hidden ``*.txt`` files of a folder (a name opening with a dot), which are not read as articles."""
    return sorted(p for p in Path(folder).iterdir()
                  if p.suffix in ARTICLE_SUFFIXES and p.name.startswith(".") and not p.is_dir())


#: what the loader's warning says a page without a publication date loses (:class:`MissingPublicationDate`); the
#: engine puts what the page's reading found in its place (:func:`timeline.engine.undated_in_one_line`)
UNRESOLVED_CLAUSE = "relative dates in it stay unresolved"
#: what the loader's warning says of a page without a publication date, after the page's path
NO_PUBLICATION_DATE = "no publication date printed or given"
#: the advice ending a reading's warning of date expressions no publication date fixed
#: (:class:`timeline.extract.UnresolvedDates`), left out when the engine folds it into the loader's line
GIVE_DATE = f"; give the article's publication date in {METADATA_FILE}"
METADATA_COLUMNS = (
    "id", "file", "title", "outlet", "author", "published", "published_source", "note", "url", "dayfirst", "language",
)
PUBLISHED_SOURCES = ("printed", "url", "inferred", "given")
#: Files of a folder read to find its site chrome, and the bytes read of each.
CHROME_SAMPLE = 200
#: Largest article file loaded by default, in MB (10**6 bytes); ``max_mb=0`` loads any size. Extracting one
#: article takes about 25 MB of memory and 30-50 s per MB of text on one core (see docs/benchmarks.md).
MAX_ARTICLE_MB = 10.0
# A page dated by its photo caption: how many days after the photo's day of the week the story's first weekday may
# fall and still be read as its news day (:func:`_caption_news_day`).
CAPTION_DAYS_AHEAD = 3
CHROME_BYTES = 65536

PublishedSource = Literal["printed", "url", "inferred", "given"]
RegionKind = Literal["body", "boilerplate"]


class ArticleError(ValueError):
    """An article file cannot be loaded (binary, wrong encoding, empty, missing)."""

    def __init__(self, path: str | Path, message: str):
        self.path = str(path)
        super().__init__(f"{path}: {message}")


class ArticleErrors(ArticleError):
    """Several article files cannot be loaded; ``errors`` holds one :class:`ArticleError` per file."""

    def __init__(self, errors: Sequence[ArticleError]):
        self.errors = list(errors)
        self.path = self.errors[0].path
        ValueError.__init__(self, "\n".join(str(e) for e in self.errors))


class ArticleMetadataError(ValueError):
    """``articles.csv`` has bad rows; ``problems`` lists every ``file:row:column: message``."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class MissingPublicationDate(UserWarning):
    """An article has no known publication date; relative dates stay unresolved."""


class InferredPublicationDate(UserWarning):
    """No publication date is printed; it was inferred (from the page's photo captions)."""


class UpdatedAfterPublication(UserWarning):
    """The text was updated after its publication date (a later stamp or a later date told as past)."""


class InvalidPublished(UserWarning):
    """A ``published`` value of ``articles.csv`` is no date (``2021-02-30``, ``06/03/2021``), or its ``url`` writes a
    day the calendar lacks (``/2021/02/30/``): named by file, row and column, and the page is read as if the cell
    were empty (the date its text prints, or undated)."""


class UnreadableArticle(UserWarning):
    """An article file of the folder cannot be read and is left out (``skip_unreadable=True``); names file and why."""


@dataclass(frozen=True)
class Region:
    """A span of the raw text: ``text[start:end]``.

    Attributes
    ----------
    start, end : int
        Character offsets into the raw article text.
    kind : {"body", "boilerplate"}
        Whether the span belongs to the story.
    label : str
        What the span is: ``body``, ``icons``, ``player``, ``dateline`` (date
        lines, page-header lines, update stamps, agency datelines),
        ``aggregator``, ``byline``, ``headline``, ``related``, ``footer``,
        ``credit``, ``caption`` (photo captions and credits), ``embed``
        (embedded-post signatures and links), ``chrome`` (site chrome: lines
        repeated across the folder, page controls), ``rule`` (horizontal rules
        such as ``-----``), ``disclaimer`` (also a wiki copy's revision notice), ``schedule`` (a notice's logistics: *Doors open at
        6 p.m.*), ``promo`` (a call to watch, download or follow), ``foreign`` (a line in
        another script on a Latin-script page: a republishing site's stamp or menu) or ``label``.
    """

    start: int
    end: int
    kind: RegionKind
    label: str


@dataclass(frozen=True)
class Article:
    """One scraped article with its metadata and regions.

    Attributes
    ----------
    id : str
        Article id (the file name without suffix unless ``articles.csv`` says otherwise).
    path : pathlib.Path
        The file it was read from.
    text : str
        The raw text, exactly as in the file.
    title : str
        The headline ("" when neither the text nor the metadata gives one).
    published : datetime.date or None
        Publication date; None when unknown (never today's date).
    published_source : {"printed", "url", "inferred", "given"} or None
        ``printed``: read from a date printed in the text; ``url``: read from
        the page's address (``url`` column); ``inferred``: decided from the
        content (see ``note``); ``given``: supplied by the metadata file.
    published_text : str
        The printed date line or dateline ("" when not printed).
    outlet, author : str
        Metadata; "" when unknown.
    note : str
        The metadata's note, else what the publication date was read from
        (``printed: 'Monday, April 4, 2022' at line 3``).
    url : str
        The page's address ("" when not given).
    dayfirst : bool or None
        Order of numeric dates in this article: given (``articles.csv``, CLI)
        or shown by an unambiguous numeric date of the page; None when unknown.
    language : str
        ISO 639-1 code of the language given by the metadata (``de``, ``ru`` …);
        "" when not given (extraction then detects it, see
        :func:`timeline.multilingual.detect_language`).
    regions : tuple of Region
        Consecutive regions covering the whole text.
    dating : PageDating or None
        For a page without a publication date, what the folder's evidence tells of its year-less days
        (:func:`timeline.folder_dates.page_dating`); None otherwise.
    """

    id: str
    path: Path
    text: str
    title: str = ""
    published: dt.date | None = None
    published_source: PublishedSource | None = None
    published_text: str = ""
    outlet: str = ""
    author: str = ""
    note: str = ""
    url: str = ""
    dayfirst: bool | None = None
    language: str = ""
    regions: tuple[Region, ...] = field(default=(), repr=False)
    dating: PageDating | None = field(default=None, repr=False)

    @property
    def reading(self) -> str:
        """The text as the package reads it (:func:`timeline.textio.reading_text`): Windows line ends and lone
        carriage returns read as line breaks, a string kept as code read as its words; of the same length as
        ``text``, so that its offsets index ``text``, from which quotes are cut. Every stage that reads what a page
        says (its dates, names, copies) reads this, so that a folder reads the same whatever its line ends."""
        return reading_text(self.text)

    @property
    def boilerplate(self) -> list[tuple[int, int]]:
        """``(start, end)`` spans that are not part of the story."""
        return [(r.start, r.end) for r in self.regions if r.kind == "boilerplate"]

    @property
    def body(self) -> list[tuple[int, int]]:
        """``(start, end)`` spans of the story itself."""
        return [(r.start, r.end) for r in self.regions if r.kind == "body"]

    def is_boilerplate(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` overlaps a boilerplate region."""
        return any(s < end and start < e for s, e in self.boilerplate)

    def word_count(self) -> int:
        """Number of whitespace-separated words in the body."""
        return sum(len(self.text[s:e].split()) for s, e in self.body)


def articles_by_id(articles: "Mapping[str, Article] | Iterable[Article] | None") -> "Mapping[str, Article]":
    """Index articles by id (a mapping is returned as it is; None gives an empty mapping).

    Parameters
    ----------
    articles : mapping of id to Article, iterable of Article, or None

    Returns
    -------
    mapping of str to Article
    """
    if articles is None:
        return {}
    if isinstance(articles, Mapping):
        return articles
    return {a.id: a for a in articles}


# --------------------------------------------------------------------------- dates


def detect_published(
    text: str, *, dayfirst: bool | None = None, chrome: frozenset[str] = frozenset()
) -> tuple[dt.date, int, int] | None:
    """Find the printed publication date of an article (see :func:`timeline.published.find_published`).

    Parameters
    ----------
    text : str
        Raw article text.
    dayfirst : bool, optional
        Order of numeric dates (None: from the page, else dotted day-first and
        slashed month-first).
    chrome : frozenset of str, optional
        Stripped lines that are site chrome.

    Returns
    -------
    tuple of (datetime.date, int, int) or None
        The date and the ``(start, end)`` offsets of the printed text, or None
        when the page prints no usable date.

    Examples
    --------
    >>> detect_published("icons\\n4 Feb, 2022 15:36\\n\\nTitle")[0]
    datetime.date(2022, 2, 4)
    """
    found = find_published(text, dayfirst=dayfirst, chrome=chrome)
    if found.printed is None:
        return None
    return found.printed.date, found.printed.start, found.printed.end


# --------------------------------------------------------------------------- regions

_PLAYER_TIME = re.compile(r"^\d{1,2}:\d{1,2}(?::\d{2})?$")
_FOOTERS = re.compile(
    r"^(read more|read entire article|read the full article|leave a reply|leave a comment|"
    r"share this( article)?|related( articles| stories)?|advertisement|subscribe|"
    r"wp twitter auto publish powered by\s*:?|continue reading|comments?|podcasts)\W*$",
    re.I,
)
_AGGREGATOR = re.compile(r"\b(Created|Updated|Published) at \d{4}-\d{2}-\d{2}.*", re.I)
_BYLINE = re.compile(r"^(by|written by|words by)\s+\S.{0,80}$", re.I)
_CREDIT = re.compile(
    r"^(translation|translated|photo|photos|image|illustration|reporting|editing)( by)?\s*:?\s+\S.{0,80}$|"
    r"^this article (originally|first) appeared\b.{0,120}$",
    re.I,
)
_DISCLAIMER = re.compile(r"^the (statements|views), views and opinions expressed|^the views expressed in this", re.I)
# A notice about the page itself (its content's age, archiving, format), not the story: "The material here was
# prepared in … and is no longer revised", "The text of this document was machine-extracted …", "This
# page is archived …".
_PAGE_NOTICE = re.compile(
    r"\b(?:content|text|information|material|topics)\s+on\s+this\s+(?:web\s?)?(?:page|site|website)\b|"
    r"^(?:this|the)\s+(?:web\s?)?(?:page|site|website)\s+(?:is|was|has|contains|may)\b", re.I)
# A wiki or archive copy's note on which revision of the page this is: "This is the accepted revision, reviewed on
# 3 May 2015.", "This is an old revision of this page, as edited by Jdoe at 10:02, 4 June 2019.", "Last reviewed on 2 March
# 2020." (the date is the page's review, not the story's).
_REVISION_NOTICE = re.compile(
    r"^this is (?:the|an?) (?:stable|latest|current|accepted|reviewed|checked|sighted|draft|old|archived|cached)"
    r"(?: (?:accepted|reviewed|checked|stable))? (?:version|revision|copy)(?: of this (?:page|article|entry))?,?"
    r"\s+(?:as\s+)?(?:checked|reviewed|sighted|edited|retrieved|saved|archived|captured|accepted)\s+(?:on|at|by)\b|"
    r"^(?:page\s+)?last\s+(?:reviewed|checked|edited|modified|revised)\s+(?:on|at)\b|"
    r"^\(?(?:template|pending) changes await review\b", re.I)
# The logistics of a hearing, briefing or match notice, not its news: a field label with a clock time ("Press
# Set-Up Time: 8:30 a.m. Session I", "Tip-off: 7 p.m.") and a line opening with doors, a live stream, a media
# check-in or registration at a time ("Doors open at 6:30 p.m.", "Live stream at 10 a.m. on the court's site").
_CLOCK = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?|noon\b)"
_SCHEDULE_FIELD = re.compile(rf"(?:[A-Za-z][\w'’.-]*\s+){{0,4}}[A-Za-z][\w'’-]*[A-Za-z]\s*:\s*{_CLOCK}", re.I)
_SCHEDULE_LINE = re.compile(
    r"(?:doors\s+open|live\s?-?stream(?:ing)?|webcast|(?:press|media)\s+(?:pre-?set|set-?up|check-?in|availability|"
    r"arrival)|credentials?|registration|check-?in)\b[^.!?]{0,40}?\b(?:at|from|begins?|starts?|opens?)\s+" + _CLOCK,
    re.I)
# An event listing's own fields ("When: Saturday, March 7, 10 a.m.", "Where: Riverside Park"): the notice's heading
# names the event; the field line alone is no news.
_LISTING_FIELD = re.compile(r"(?:when|where|date|dates|time|times|venue|location|(?:office|opening|business|"
                            r"visiting|operating) hours)\s*:\s*\S", re.I)
# A link to a document, closed by its file type and size: "Fiscal year 2015 budget (PDF, 2 MB)", "Minutes [DOC]".
_DOC_LINK = re.compile(r"[(\[]\s*(?:pdf|docx?|xlsx?|pptx?|csv|zip|mp3|mp4|wav|rtf|txt)\b[^()\[\]]{0,30}[)\]]\s*$", re.I)
#: most words of a logistics line
SCHEDULE_WORDS = 25
# A page's copyright line ("© 2015 Acme Media", "Copyright (c) 2014-2016 by the Gazette", "… All rights reserved."):
# its year is the page's, not the story's. "Copyright" opening a sentence ("Copyright claims rose in 2015") is news.
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*(?:\d{4}\b|by\b))|\ball rights reserved\b", re.I)
# A call to the reader to play, fetch or follow something ("Watch the full meeting on our YouTube channel", "Download
# the report (PDF, 2 MB)", "Listen to the hearing (45:12)"): an imperative opening the line, with a medium in it.
_PROMO = re.compile(
    r"^(?:(?:watch|listen|follow|download|subscribe|click|tap|share|view|stream|register|visit)\s+(?:the|our|this|"
    r"these|it|us|live|now|here|more|all|full|an?|to|on|for|at)\b|sign up\b|like us\b)"
    r"(?=.*\b(?:video|audio|podcast|channel|pdf|mb|kb|website|site|page|link|here|twitter|facebook|youtube|"
    r"instagram|app|newsletter|live|stream|recording|\d{1,2}:\d{2}\)))", re.I)
# A link to another story, by its box's label: "Previous article: …", "More in Sports: …", "You may also like: …".
# ("Latest:" stays: live pages put their news under it.)
_TEASER = re.compile(
    r"^(?:(?:previous|prev|next)(?: (?:article|story|post|item))?|up next|read next|more (?:in|from|on) [^:|]{1,30}|"
    r"trending(?: now)?|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| reading| stories)?|"
    r"most (?:read|popular|viewed|shared)|popular now|editor'?s picks?|top stories|also read|don'?t miss|"
    r"related (?:article|story|stories|coverage|content|links?|reading)|watch|listen|video|audio|podcast|"
    r"photos|gallery|in pictures|catch up(?: on the latest)?)\s*[:|»›>]\s*\S", re.I)
# A site's offer, reader poll or call to tune in ("Offer ends March 31.", "Have your say: …", "Tune in on Tuesday at
# 7 p.m. …", "Join us on Tuesday for a live Q&A", "Don't miss our live coverage …", "Get the latest updates …").
_OFFER = re.compile(r"^(?:(?:limited[- ]time |special )?offer (?:ends|expires|valid)\b|have your say\b|tune in\b|"
                    r"stay tuned\b|join us\b|don'?t miss (?:our|the|it)\b|get the latest\b)", re.I)
# A blog's or archive's own stamp in words: "This entry was posted on …", "Page generated in 0.1 seconds on …",
# "The Wayback Machine captured this page on …".
_POST_STAMP = re.compile(
    r"^this (?:entry|post|item|article|story|page) was (?:posted|filed|captured|archived|generated)\b|"
    r"^page generated in\b|\bwayback machine\b", re.I)
# The comment box and its controls: "Comments are closed for this article since …", "Comments will be closed on
# …", "Report a typo in this article …".
_COMMENT_BOX = re.compile(
    r"^(?:comments? (?:(?:are|is|will be|were|have been) (?:now )?(?:closed|open|disabled)|close[sd]?\b|open(?:s|ed)?\b)|"
    r"report (?:a|an) (?:typo|error|mistake|correction)\b|(?:leave|post|add|write) a comment\b)", re.I)
# A forum's or archive's clock and a print-edition note: "All times are GMT. The time now is 10:02 AM.", "Print
# edition: March 4, 2015, page A3".
_PAGE_CLOCK = re.compile(r"^(?:all times are (?:gmt|utc|[a-z]{1,2}t)\b|the time now is \d|(?:print|printed|online|digital) edition\s*:)", re.I)
# A note on how the piece was made (its editing, recording, producer, availability or print edition), not news:
# "Interview recorded on March 2 and edited for length.", "This transcript … may be updated.", "This content was
# produced by …", "Audio for this story will be available at …", "Appeared in the March 4 print edition as …".
_PRODUCTION_NOTE = re.compile(
    r"\b(?:edited|condensed|shortened|abridged) for (?:length|clarity|brevity|space)\b|"
    r"^(?:this|the) (?:transcript|story|article|report|page|post)\b[^.]{0,80}\bmay (?:be updated|be revised|"
    r"not be in (?:its|their) final form)\b|"
    r"^this (?:content|story|article|video|podcast|report) was (?:produced|paid for|sponsored|created) by\b|"
    r"^(?:audio|video|a transcript|the transcript) (?:for|of) this (?:story|segment|episode|report|interview) "
    r"(?:will be|is|was) available\b|^appeared in the\b.{0,60}\bprint edition\b", re.I)
# A notice about the site or its service, not the story: planned upkeep ("Maintenance period: the portal is down
# Sunday from 2 a.m.", "The site will be unavailable for maintenance on …"), a feed or newsletter that stops ("From
# June, the digest is no longer to be posted …: will no longer be posted at example.gov"), a spoken or filmed copy of
# a page revision ("The spoken version was recorded from the revision of …").
_SITE_NOTICE = re.compile(
    r"^(?:(?:scheduled|planned)\s+)?(?:(?:site|system|website|server|network)\s+)?maintenance\s+(?:window|period|"
    r"notice|outage)\b|\b(?:site|website|system|server|page|service)s?\s+(?:will\s+be|is|are|may\s+be)\s+"
    r"(?:down|unavailable|offline|inaccessible)\b[^.]{0,40}\bmaintenance\b|"
    r"\bwill\s+no\s+longer\s+be\s+(?:published|updated|distributed|posted|maintained)\b(?=[^.]{0,80}"
    r"\b[\w-]+\.(?:com|org|gov|mil|net|edu|int)\b)|"
    r"^(?:this|the)\s+(?:audio|video|spoken)\s+(?:file|recording|version)\s+was\s+(?:created|recorded|made|produced)"
    r"\s+from\b", re.I)
# Furniture a page carries about its own copy, not the story, with the copy's date at most: a notice that an erratum
# or correction was published for the article ("Please note: A correction has been appended to this report."), an
# archive's banner over a captured copy ("You are reading a snapshot of this page archived at 10:02 on …"), and a
# recording's availability ("Audio was not available for this session", "the hearing took place off-camera"). The
# nouns and verbs are data.
PAGE_COPY_NOUNS = ("article", "report", "story", "page", "paper", "item", "post", "release", "entry")
CORRECTION_NOUNS = ("erratum", "corrigendum", "correction", "retraction", "clarification", "expression of concern")
RECORDING_NOUNS = ("video", "audio", "recording", "webcast", "livestream", "footage", "transcript")
_PAGE_COPY = r"(?:" + "|".join(PAGE_COPY_NOUNS) + r")"
_COPY_FURNITURE = re.compile(
    r"^(?:(?:please\s+)?note\s*:\s*)?(?:an?|one|this)\s+(?:" + "|".join(CORRECTION_NOUNS).replace(" ", r"\s+")
    + r")\s+(?:has\s+been|was|is)\s+(?:published|issued|posted|appended|attached|added)\s+(?:for|to|with)\s+"
    r"(?:this|the)\s+" + _PAGE_COPY + r"\b|"
    r"^you\s+are\s+(?:viewing|reading|looking\s+at)\s+(?:an?\s+|this\s+)?(?:archived\s+)?(?:web\s?site|web\s?page|"
    r"page|site|copy|snapshot|version)\b[^.]{0,40}\barchived\b|"
    r"\b(?:no|not)\s+(?:" + "|".join(RECORDING_NOUNS) + r")\s+(?:is|was|will\s+be)\s+(?:available|posted|provided)\b|"
    r"\b(?:" + "|".join(RECORDING_NOUNS) + r")\s+(?:is|was|will\s+be)\s+not\s+(?:available|posted|provided)\b|"
    r"\b(?:was|is|will\s+be)\s+(?:held|conducted)\s+off[- ]camera\b|\btook\s+place\s+off[- ]camera\b", re.I)
#: letters of the Latin script (ASCII and the Latin-1 / Latin Extended blocks)
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]+")  # (runs of letters: counted by :func:`_letters`)
_ANY_LETTER = re.compile(r"[^\W\d_]+")
#: share of Latin letters above which a text is read as written in the Latin script (its other-script lines are
#: the page's furniture: a republishing site's stamp, menu or notice in its own language)
LATIN_TEXT_SHARE = 0.8
_RELATED_HEADING = re.compile(r"^(backstory|related|read also|see also|more on this|recommended|more from \S+)\s*:?$", re.I)
_RELATED_ITEM = re.compile(r"^\s*[-–•*]\s+\S")
_SENTENCE_END = re.compile(r"[.!?…:;”\"’)\]]\s*$")
#: a line ending as a sentence of a script written without spaces ends (Chinese, Japanese: 。！？, a closing quote
#: after): a paragraph, however few space-separated words it has
_WIDE_SENTENCE_END = re.compile(r"[\u3002\uff01\uff1f][\u300d\u300f\uff09\u201d]*\s*$")
# A dated chronicle with each date on its own line above its entry ("November 25, 2008" over "The ministry buys
# …"): a line that is only a date with its day (weekday and year optional, a colon or dash after it allowed).
_CHRON_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_CHRON_DATE_LINE = re.compile(
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?"
    rf"(?:{_CHRON_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_CHRON_MONTH})"
    r"(?:,?\s+\d{4})?\s*[:–—-]?", re.I)
#: Most lines an entry of a dated chronicle may have before the next date line.
CHRONICLE_ENTRY_LINES = 3
# Photo captions and credits by shape: "(Photo: …)" closing a line, a "Name/Agency" credit closing a
# line after its last sentence ("… 2022. REUTERS/Jane Doe") or alone, or a line opening with
# "Photo by"/"Image:" (or "Chart:", "Map:", "Screenshot:" …).
_CAPTION = re.compile(
    r"\((?:photo|image|picture|photograph|credit|file photo|video)s?\b[^()]{0,120}\)\s*$|"
    r"^(?:photo|image|picture|photograph|file photo|chart|graphic|infographic|map|screenshot|illustration|gallery|"
    r"slideshow)s?\s*(?:by\b|:|/)",
    re.I,
)
# The days of the week, Monday first (``datetime.date.weekday``), and a weekday named in a date expression.
_WEEKDAYS = tuple(WEEKDAYS)
_WEEKDAY = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b", re.I)
# A caption dating its photo apart from the story, the formula of an archive picture: "In this May 2, 2019 photo".
_ARCHIVE_PHOTO = re.compile(r"in this\b[^\n]{0,40}?\b(?:1[89]|20)\d\d,?\s+(?:file\s+)?(?:photo|picture|image)\b", re.I)
_FILE_PHOTO = re.compile(r"^FILE\s*(?:PHOTO)?\s*[-–—:]\s")
# A slide show's controls opening a picture's caption: "2 / 7 Show Caption + Hide Caption – Crews repair …".
_GALLERY = re.compile(r"^(?:\d{1,3}\s*/\s*\d{1,3}\s+)?(?:show|hide|expand|collapse)\s+caption\b", re.I)
# A photo caption known by its close alone: one sentence ending on its place and its full date, with no preposition
# before them ("Crews clear the road in Northam, Westshire, Tuesday, May 4, 2021."; "… in Northam May 4, 2021"), not a
# sentence's date ("… was signed on May 4, 2021", "… around 8 p.m., May 4, 2021").
_PLACE_DATE_CLOSE = re.compile(
    rf"(?<![\w.'’-])(?P<place>(?-i:[A-Z])[\w.'’-]*),?\s+(?:(?:{WEEKDAY_RE}),?\s+)?"
    rf"(?P<date>{_CHRON_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_CHRON_MONTH},?\s+\d{{4}})\.?\s*$", re.I)
#: the place of a closing caption is no weekday or month (*on Tuesday, May 4, 2021* closes a sentence)
_NOT_A_PLACE = re.compile(rf"(?:(?:{WEEKDAY_RE})|{_CHRON_MONTH})$", re.I)
#: a sentence end inside a line: a lower-case word of three letters or more and a stop before a capital
_INNER_SENTENCE_END = re.compile(r"[a-z]{3}[.!?][\"”’]?\s+[A-Z]")
#: a line telling its writing day or counting from it is the story's lede, not a picture's caption (*released the
#: video today of the landing in Lyon, May 4, 2021*, *the hall that burned two days ago in Lyon, May 4, 2021*)
_WRITING_WORDS = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|ago)\b", re.I)
#: the fewest and most words of a caption known by its close (:func:`_closing_captions`)
CLOSING_CAPTION_WORDS = (6, 60)
# A weekday counted back a week or more from the writing: "last Friday", "this past Monday".
_WEEK_BACK = re.compile(r"(?:last|past|this past|previous)\s", re.I)
# The story placing its events a year back ("the striker who won the cup last year", "a year ago") and its own year.
_LAST_YEAR = re.compile(r"\b(?:last year|a year ago|a year earlier)\b", re.I)
_THIS_YEAR = re.compile(r"\b(?:this year|earlier this year|so far this year)\b", re.I)
_SLASH_CREDIT = re.compile(
    r"(?:^|[.!?)”]\s+\(?)[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}\s?/\s?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}\)?\s*$"
)
# A short bracket closing a line after its last sentence: a picture's credit when its words are one
# (:func:`_credit_words`): "… on May 17. (DOD)", "… in the capital. (Getty Images)".
_CLOSING_BRACKET = re.compile(r"[.!?][”\"’']?\s*\(([^()\n]{2,60})\)\s*$")
#: lower-case words a picture's credit may hold between its names ('Photo by Ann Roe', 'courtesy of the Navy')
_CREDIT_LINKS = frozenset("by of via the and for photo photos image images courtesy".split())
# Embedded social-media posts: "— Name (@handle) April 4, 2022", "pic.twitter.com/…", "https://t.co/…".
_EMBED = re.compile(r"\bpic\.twitter\.com/\w|\bhttps?://t\.co/\w|\(@\w{1,15}\)")
_UPDATE_STAMP = re.compile(r"^\(?(?:UPDATE|UPDATED|CORRECTION|CORRECTED)\b")
# Generic web-page controls (not any one site's wording).
_UI_CHROME = re.compile(
    r"^(skip to (main )?content|sign in|sign up|log ?in|log ?out|register|menu|search|close|"
    r"share( (this|on \w+))?|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|"
    r"toggle navigation|back to top|cookie (settings|preferences)|accept( all)?( cookies)?)\W*$",
    re.I,
)


#: words that never end a paragraph: a line ending with one is cut by a wrap (*… voted to refer the plan to the*)
_DANGLING = frozenset("""the a an of to in on at by for with from and or nor that which whose as into onto than its
    their his her our your is are was were be been has have had will would""".split())
_LIST_MARK = re.compile(r"(?:[-–—*•·>]|\d{1,2}[.)])\s")


def wraps_into(last: str, head: str) -> bool:
    """Whether the line ``last`` runs on into the line ``head``, cut by a hard wrap.

    ``head`` is no list item, and ``last`` ends without a sentence end (nor a colon, a semicolon, a closing quote
    or bracket) and ``head`` opens in lower case (a closing bracket may then end ``last``: *(referred to as
    the Board)* / *approved the plan*), or ``last`` ends with a word that never ends a paragraph (*the*, *of*,
    *and* …: *approved the rezoning of the* / *harbour on March 3, 2015; and*), not a conjunction
    after a semicolon closing a list item (*…, 2006; and* / *Whereas Congress …*).

    Parameters
    ----------
    last, head : str
        Two lines of text, ``head`` after ``last`` (blank lines between them are the caller's matter).

    Returns
    -------
    bool
    """
    last, head = last.strip(), head.strip()
    if not last or not head or last[-1] in ".!?…:;" and not head[0].islower() or _LIST_MARK.match(head):
        return False  # (the first test is a shortcut: most lines end a sentence before a capital)
    if head[0].islower():  # a bracket closed inside the sentence: '(referred to as the Board)' / 'approved the plan'
        return not _SENTENCE_END.search(re.sub(r"[)\]]+$", "", last) or ".")
    word = re.search(r"(?<!; )(?<!;)[^\W\d_][\w’'-]*$", last)
    return not _SENTENCE_END.search(last) and word is not None and word.group(0).lower() in _DANGLING


def _wrapped_label(label: str, part: str, prev: tuple[str, str], nxt: str) -> str:
    """``body`` for a short line (``label``) that is part of a wrapped paragraph: the body line before it runs on
    into it, or it runs on into a next line opening in lower case (*Councilmember Rivera introduced* / *the
    following ordinance; …*), and it has two words or more, one of them in lower case (a heading has none, a
    control such as ``x`` one); else ``label``."""
    if label != "label" or not re.search(r"\b[a-z]", part) or len(part.split()) < 2:
        return label  # a heading, or a lone word or letter (a control: 'x')
    if prev[1] == "body" and wraps_into(prev[0], part):
        return "body"
    return "body" if nxt.strip()[:1].islower() and wraps_into(part, nxt) else label


def _lines(text: str) -> Iterable[tuple[int, int, str]]:
    """Yield ``(start, end, line)`` for each line, ``end`` excluding the newline."""
    pos = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        yield pos, pos + len(content), content
        pos += len(line)


def _is_icon_list(line: str) -> bool:
    if "icon" not in line.lower():  # cheap test first: body paragraphs are long lines without the word
        return False
    words = line.split()
    return len(words) >= 6 and sum(w.lower().endswith("icon") or w.lower().startswith("icon") for w in words) >= 5


def _credit_words(inside: str) -> bool:
    """Whether the words in a bracket are a picture's credit: names in title case, short acronyms that are no
    English word (*DOD*, *U.S.*) and the links of :data:`_CREDIT_LINKS` (*Getty Images*, *DOD photo*, *U.S. Navy*),
    not a transcript's cue (*Laughter*, *APPLAUSE*, *END VIDEO CLIP*: English words) nor a sentence (*See related
    article.*) or a figure."""
    words = inside.split()
    if len(words) > 8 or re.search(r"[\d.!?:;,]$|\d", inside):
        return False
    names = 0
    for w in words:
        if w.lower() in _CREDIT_LINKS:
            continue
        if re.fullmatch(r"(?:[A-Z]\.?){2,5}", w):
            if "." not in w and all_lemmas(w.lower()):
                return False  # 'END', 'BOOS': a transcript's cue in capitals
            names += 1
        elif re.fullmatch(r"[A-Z][a-z][\w’'-]*", w):
            names += 1
        else:
            return False
    return names > 0 and not (len(words) == 1 and all_lemmas(inside.lower()))


def _is_caption(s: str) -> bool:
    if len(s.split()) > 80:
        return False
    credit = _CLOSING_BRACKET.search(s)
    return bool(_CAPTION.search(s) or _SLASH_CREDIT.search(s) or _FILE_PHOTO.match(s) or _GALLERY.match(s)
                or credit and _credit_words(credit.group(1)))


def _is_embed(s: str) -> bool:
    if not _EMBED.search(s):
        return False
    return "(@" not in s or (parse_date(s[-30:]) is not None and s.lstrip()[:1] in "—–-") or "twitter.com" in s


def _is_schedule(s: str) -> bool:
    """Whether a line is a notice's logistics (:data:`_SCHEDULE_FIELD`, :data:`_SCHEDULE_LINE`): short, and not a
    sentence (no sentence end but that of *a.m.*/*p.m.*: *Mayor Roe: 10 a.m. was too early, she said.* is one)."""
    if len(s.split()) > SCHEDULE_WORDS or not (_SCHEDULE_FIELD.match(s) or _SCHEDULE_LINE.match(s)
                                               or _LISTING_FIELD.match(s)):
        return False
    return not re.search(r"[.!?…]\W*$", s) or bool(re.search(r"\b[ap]\.\s?m\.$", s, re.I))


def _shape_label(s: str, *, chrome: frozenset[str]) -> str:
    """The boilerplate label a line's shape alone gives ("" when none)."""
    if _is_icon_list(s):
        return "icons"
    if _PLAYER_TIME.match(s):
        return "player"
    if _AGGREGATOR.search(s) and len(s) < 300:
        return "aggregator"
    if _is_embed(s):
        return "embed"
    if _UPDATE_STAMP.match(s) or is_date_line(s, any_language=False):
        return "dateline"
    if _FOOTERS.match(s):
        return "footer"
    if _BYLINE.match(s) and not _SENTENCE_END.search(s):
        return "byline"
    if _CREDIT.match(s):
        return "credit"
    if _is_caption(s):
        return "caption"
    if _DISCLAIMER.match(s) or ("this" in s.lower() and len(s) < 400 and _PAGE_NOTICE.search(s)) \
            or (len(s) < 300 and (_REVISION_NOTICE.match(s) or _PRODUCTION_NOTE.search(s))) \
            or (len(s) < 400 and (_SITE_NOTICE.search(s) or _COPY_FURNITURE.search(s))):
        return "disclaimer"
    if _is_schedule(s):
        return "schedule"
    if len(s) < 400 and (_COPYRIGHT.search(s) or _PAGE_CLOCK.match(s) or _COMMENT_BOX.match(s)):
        return "footer"
    if len(s.split()) <= SCHEDULE_WORDS and (_PROMO.match(s) or _OFFER.match(s)):
        return "promo"
    if len(s) < 300 and (_TEASER.match(s) or _DOC_LINK.search(s) and not re.search(r"[.!?]\s", s)):
        return "related"
    if len(s) < 300 and _POST_STAMP.search(s):
        return "dateline"
    if _RELATED_HEADING.match(s):
        return "related"
    if s in chrome or _UI_CHROME.match(s):
        return "chrome"
    return ""


def latin_script(text: str, *, sample: int = 200_000) -> bool:
    """Whether ``text`` (its first ``sample`` characters) is written in the Latin script: at least
    :data:`LATIN_TEXT_SHARE` of its letters are Latin (a text without letters counts as Latin)."""
    head = text[:sample]
    if head.isascii():
        return True
    letters = _letters(_ANY_LETTER, head)
    return not letters or _letters(_LATIN_LETTER, head) >= LATIN_TEXT_SHARE * letters


def _letters(runs: re.Pattern, text: str) -> int:
    """How many letters of ``text`` the pattern of runs of letters ``runs`` finds (run by run, not one by one: a
    page holds tens of thousands of letters)."""
    return sum(map(len, runs.findall(text)))


def other_script(line: str) -> bool:
    """Whether most letters of ``line`` (two at least) are of a script other than Latin (``时间:2015-03-02 来源:…``,
    a line of Cyrillic or Arabic menu words)."""
    if line.isascii():
        return False
    letters = _letters(_ANY_LETTER, line)
    return letters >= 2 and 2 * _letters(_LATIN_LETTER, line) < letters


def _label_line(line: str, *, title: str, seen_title: bool, in_related: bool, chrome: frozenset[str]) -> str:
    s = line.strip()
    label = _shape_label(s, chrome=chrome)
    if label:
        return label
    if in_related and _RELATED_ITEM.match(s):
        return "related"
    if title and s == title.strip():
        return "headline" if seen_title else "title"
    words = s.split()
    if len(words) <= 6 and not _SENTENCE_END.search(s) and not _WIDE_SENTENCE_END.search(s):
        return "label"
    return "body"


def _line_parts(start: int, line: str, *, title: str, in_header: bool = False) -> list[tuple[int, int, str | None]]:
    """``(start, end, forced_label)`` parts of a line.

    Horizontal rules (``-----``) are parts of their own (``rule``); a heading
    that ends the text before a rule (the title), an agency dateline opening a
    part (``April 4 (Reuters) -``) and a date standing alone after a rule are
    cut off as ``headline`` and ``dateline`` parts; in the page header
    (``in_header``), so is a date line run into the lede of a flattened page
    (with the headline before it: :func:`timeline.published.glued_date_line`).
    """
    pieces = line_pieces(line)
    bounds = [(0, pieces[0][0], "rule")] if pieces[0][0] else []
    for k, (ps, pe) in enumerate(pieces):
        piece = line[ps:pe]
        cuts = _opening_cut(piece, after_rule=k > 0, in_header=in_header)
        bounds += [(ps + c0, ps + c1, label) for c0, c1, label in cuts]
        if cuts:
            ps += cuts[-1][1]
        rest = line[ps:pe].rstrip()
        tail = title.strip() if title and pe < len(line) and rest.endswith(title.strip()) else ""
        if tail and rest.strip() != tail:
            t0 = ps + len(rest) - len(tail)
            bounds += [(ps, t0, None), (t0, pe, "headline")]
        else:
            bounds.append((ps, pe, None))
        nxt = pieces[k + 1][0] if k + 1 < len(pieces) else len(line)
        if nxt > pe:
            bounds.append((pe, nxt, "rule"))
    return [(start + s0, start + e0, lab) for s0, e0, lab in bounds if e0 > s0]


def _opening_cut(piece: str, *, after_rule: bool, in_header: bool = False) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of the parts cut off the opening of ``piece``: an agency dateline, a lone date after a
    rule, a note heading a statement (:func:`timeline.sections.note_opening`: the statement stays the story's), a
    stamp, or (``in_header``) a date line run into the lede, with the headline before it."""
    m = agency_dateline(piece)
    if m is not None and m.end() < len(piece.rstrip()):
        return [(0, m.end(), "dateline")]
    if after_rule and len(piece) > 120:
        lead = leading_date(piece)
        if lead is not None:
            return [(0, lead[1], "dateline")]
    if in_header:
        glued = glued_date_line(piece)
        if glued is not None:
            head = [(0, glued[0], "headline")] if piece[: glued[0]].strip() else []
            return head + [(glued[0] if head else 0, glued[1], "dateline")]
    note = note_opening(piece)
    if note is not None:  # 'UPDATE (May 3): The operator now …': the note cut off, its statement stays the story's
        return [(0, note[1], "dateline")]
    stamp = leading_stamp(piece)
    if stamp is not None and piece[stamp[1] :].strip() and not is_date_line(piece, any_language=False):
        return [(0, stamp[1], "dateline")]
    return []


def _stamp_rest(line: str) -> str:
    """What follows a stamp opening ``line`` ("" when nothing follows or there is no stamp)."""
    stamp = leading_stamp(line)
    return line[stamp[1] :].strip() if stamp is not None else ""


def _after_stamp(line: str) -> str:
    """What follows a stamp opening ``line`` (``date 2022-04-04 US Markets`` gives ``US Markets``), else ``line``."""
    stamp = leading_stamp(line)
    if stamp is None or is_date_line(line, any_language=False):
        return line
    return line[stamp[1] :].strip()


def find_regions(text: str, *, title: str = "", chrome: frozenset[str] = frozenset()) -> tuple[Region, ...]:
    """Split raw text into consecutive body and boilerplate regions.

    Each line is classified on its own by its shape (icon lists, player times,
    date lines and update stamps, aggregator headers, bylines, credits, photo
    captions, embedded-post signatures, disclaimers and revision notices, footers,
    related-link boxes, site chrome, repeated headlines, short labels, lines in
    another script on a Latin-script page); an agency dateline opening a
    paragraph (``April 4 (Reuters) -``) is cut off as its own ``dateline``
    region. Runs of lines with the same label are merged. The regions cover the
    whole text, so their ``start``/``end`` offsets index the raw text directly.

    Parameters
    ----------
    text : str
        Raw article text.
    title : str, optional
        The headline; its first occurrence is labelled ``title`` and later
        repeats ``headline`` (both boilerplate: they state no events).
    chrome : frozenset of str, optional
        Stripped lines known to be site chrome (see :func:`chrome_lines`),
        labelled ``chrome``.

    Returns
    -------
    tuple of Region
        Regions in text order; empty lines join the region before them.
    """
    spans: list[list] = []  # [start, end, kind, label]
    dupes = _twin_lines(text)
    stamped = _stamped_headlines(text)
    latin = latin_script(text)
    in_related = False
    seen_title = False
    lines = list(_lines(text))
    filled = [k for k, ln in enumerate(lines) if ln[2].strip()]
    after = {k: lines[j][2] for k, j in zip(filled, filled[1:])}  # the next non-blank line
    head = header_end([ln[2] for ln in lines], chrome=chrome, standfirst=True)  # as the publication date is read
    prev = ("", "")  # the last non-blank part and its label
    for k, (line_start, line_end, line) in enumerate(lines):
        if not line.strip():
            if spans:
                spans[-1][1] = line_end
                in_related = False
            else:
                spans.append([line_start, line_end, "boilerplate", "blank"])
            continue
        for start, end, forced in _line_parts(line_start, line, title=title, in_header=k < head):
            part = text[start:end]
            if forced is None and (part.strip() in dupes):
                forced = "caption"
            elif forced is None and part.strip() in stamped:
                forced = "related"  # a list of links to other stories, each headline with its date
            elif forced is None and latin and other_script(part):
                forced = "foreign"  # a line in another script on a Latin-script page: the site's furniture
            elif forced is None and k < head and prev[1] in ("title", "headline") and _bracketed_deck(part):
                forced = "label"  # the headline's deck in brackets: the story restates it
            label = forced or _label_line(
                part, title=title, seen_title=seen_title, in_related=in_related, chrome=chrome
            )
            if forced is None and label in ("dateline", "label") and _CHRON_DATE_LINE.fullmatch(part.strip()):
                label = "chronicle"  # confirmed below when entries follow
            elif forced is None:
                label = _wrapped_label(label, part, prev, after.get(k, "") if end == line_end else "")
            prev = (part, label)
            if label in ("title", "headline"):
                seen_title = True
                label = "headline"
            in_related = label == "related"
            kind = "body" if label == "body" else "boilerplate"
            if spans and spans[-1][3] == label and label not in ("dateline", "headline", "chronicle"):
                spans[-1][1] = end
            else:
                if spans:
                    spans[-1][1] = start  # the newline between lines belongs to the earlier region
                spans.append([start, end, kind, label])
    if spans:
        spans[-1][1] = len(text)
    _confirm_chronicle(spans, text)
    return tuple(Region(s, e, k, lab) for s, e, k, lab in spans if e > s)


def _confirm_chronicle(spans: list[list], text: str) -> None:
    """Make the date lines of a dated chronicle story (kind ``body``, label ``chronicle``), in place.

    A chronicle is a run of at least two date lines each directly over its entry (``November 25, 2008`` over
    ``The ministry buys …``), every entry but the last at most :data:`CHRONICLE_ENTRY_LINES` lines long. A page's
    own date line over the story is one pair, not a run, and stays a ``dateline``; a lone date line without an
    entry goes back to its label by shape.
    """
    runs: list[list[int]] = [[]]
    for k, span in enumerate(spans):
        if span[3] != "chronicle":
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if nxt is None or nxt[3] != "body":
            runs.append([])
            continue
        lines = sum(1 for ln in text[nxt[0]:nxt[1]].splitlines() if ln.strip())
        follows = k + 2 < len(spans) and spans[k + 2][3] == "chronicle"
        runs[-1].append(k)
        if not follows or lines > CHRONICLE_ENTRY_LINES:
            runs.append([])  # the run ends with this entry (the story may go on in its region)
    confirmed = {k for run in runs if len(run) >= 2 for k in run}
    for k, span in enumerate(spans):
        if span[3] != "chronicle":
            continue
        if k in confirmed:
            span[2] = "body"
        elif k + 1 < len(spans) and spans[k + 1][3] == "body" and any(sp[3] == "body" for sp in spans[:k]) \
                and _lone_entry(text[span[0]:span[1]], text[spans[k + 1][0]:spans[k + 1][1]]):
            span[2], span[3] = "body", ENTRY_DATE
        else:
            span[3] = "dateline" if is_date_line(text[span[0]:span[1]].strip(), any_language=False) else "label"


#: the label of a date line standing alone over the one entry it dates (:func:`_lone_entry`)
ENTRY_DATE = "entry-date"
#: an entry that opens with a named actor (a title, *The*, capitalised words) and a regular past verb
_NAMED_PAST = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+|The\s+)?[A-Z][\w&’'.-]*"
                         r"(?:\s+(?:of\s+)?[A-Z][\w&’'.-]*){0,4}\s+(?:[a-z]+ly\s+)?[a-z]{2,}ed\b")
_NOT_NAMES = frozenset("""a an in on at by for from after before during since until when while as if but and so or
    this that these those it its he she they we i you there here his her their our my""".split())
#: a date word of an entry's own (then its own date dates it, not the line above)
_DATE_WORD = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|"
                        rf"\b(?:{WEEKDAY_RE})\b|\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|"
                        r"[Tt]omorrow|ago)\b|\b(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:week|month|year)\b|"
                        r"\b(?:1[5-9]|20)\d\d\b")


def _lone_entry(date_line: str, entry: str) -> bool:
    """Whether a date line standing alone over one entry dates it, though no second pair makes a chronicle (the
    caller asks it only of a date line after the story has begun: the page's own date line in its header, over the
    lede, is no entry).

    The date line gives the year (*March 3, 2015*), and the entry's first sentence is a past-tense report of a
    named actor (*Councilmember Rivera introduced the following ordinance; …*, *Acme Corp acquired …*) that holds
    no date word of its own (a lede with *on Monday* is dated by its own words).
    """
    if not re.search(r"\b\d{4}\b", date_line):
        return False
    first = re.split(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z])", entry.strip(), maxsplit=1)[0]
    if not _NAMED_PAST.match(first) or first.split()[0].lower() in _NOT_NAMES or _DATE_WORD.search(first):
        return False
    return True


# A headline closed by its date stamp, in brackets or after a dash or bar (no sentence end before it; the dot of an
# initial or inside a figure is none): "Flood waters recede in the valley { March 4 2019 }", "U.N. envoy lands in
# Oslo (4/3/2019)", "Council approves the budget - March 4, 2019", "\"Ports reopen\" — Daily Star, 4 March 2019" (the
# last line of a text cut short may lack the closing bracket).
_STAMPED_HEADLINE = re.compile(
    r"(?P<head>(?:[^.!?;]|\.(?=\S)|(?<=\b[A-Z])\.){3,160}?[^\W_][”\"’']?)"
    r"(?:\s*[\[({](?P<stamp>[^\[\](){}]{4,40})(?:[\])}]|$)|\s+[|–—-]+\s+(?P<dashed>[^|–—]{4,40}))")
#: fewest stamped headlines that make a list of links to other stories
STAMPED_LIST_LINES = 2
#: most words of a stamped headline before its stamp
STAMPED_HEADLINE_WORDS = 20


#: A deck printed in round brackets under a headline, a word count after it at most ('(Mayor says the pier will
#: reopen) (420)').
_BRACKETED_DECK = re.compile(r"\(([^()]{10,200})\)(?:\s*\(\d+\))?")
#: fewest words of a bracketed deck (a stage cue such as '(THEME)' is none)
DECK_WORDS = 4


def _bracketed_deck(part: str) -> bool:
    """Whether a line is a deck in round brackets (:data:`_BRACKETED_DECK`) of :data:`DECK_WORDS` words or more,
    holding no full date (a record's chamber-and-date line in brackets is its date line)."""
    m = _BRACKETED_DECK.fullmatch(part.strip())
    return m is not None and len(m.group(1).split()) >= DECK_WORDS and not printed_dates(m.group(1))


def _stamped_headlines(text: str) -> set[str]:
    """Lines of a list of links to other stories, each a headline closed by its date stamp in brackets
    (:data:`_STAMPED_HEADLINE`): no sentence end, at most :data:`STAMPED_HEADLINE_WORDS` words, the bracket (or what
    follows the dash) a date line (a date with its year, a source's name before it at most); a page with fewer than
    :data:`STAMPED_LIST_LINES` of them has no such list (a lone headline with its date is the page's own).

    Examples
    --------
    >>> sorted(_stamped_headlines("Body.\\nRates rise again { May 2 2019 }\\nBank holds rates (04/18/2019)\\n"))
    ['Bank holds rates (04/18/2019)', 'Rates rise again { May 2 2019 }']
    """
    found = set()
    for line in text.splitlines():
        s = line.strip()
        m = _STAMPED_HEADLINE.fullmatch(s)
        if m is None or len(m.group("head").split()) > STAMPED_HEADLINE_WORDS:
            continue
        if is_date_line((m.group("stamp") or m.group("dashed")).strip(), any_language=False):
            found.add(s)
    return found if len(found) >= STAMPED_LIST_LINES else set()


def _twin_lines(text: str) -> set[str]:
    """Lines of 5 to 60 words printed twice in a row: a photo's alt text and caption; and a line of 5 words or more
    cut off without a sentence end whose words open the caption on the next line (an alt text cut short)."""
    lines = [ln.strip() for ln in text.splitlines()]
    return {a for a, b in zip(lines, lines[1:]) if a and 5 <= len(a.split()) <= 60
            and (a == b or b.startswith(a) and not _SENTENCE_END.search(a) and _is_caption(b))}


#: Page furniture that is never a page's headline (matched anywhere in a line): skip links and menus, government
#: site notices, logos and pictures (a name and *photo*: an alt text), print, mail, newsletter, search and size
#: controls, press-office labels, memo heads (``FROM:``), contact lines and phone numbers, a clock time alone,
#: document-archive headers in brackets, label lines (``Category: …``, ``Docket Number: …``), a
#: lead-in (``The clerk read as follows:``) or a letter's salutation.
_NOT_HEADLINE = re.compile(
    r"\bskip\b.{0,40}\b(?:navigation|content|main|links|commands|search)\b|\bjump to (?:main )?content\b"
    r"|\bofficial (?:u\.?s\.? )?(?:government )?(?:website|site)s?\b|\.gov websites?\b|\bhttps\b"
    r"|\bhere['’]?s how you know\b|(?:^|\s)(?:logo|icon|header image|graphic)s?\s*$|^\W*(?:logo|icon)s?\b|\b(?:department|agency|office|government|administration|service|commission|seal)\s+(?:logo|icon)s?\b|\bof\s+(?:the\s+)?\w+\s+(?:logo|icon)s?\b|\blinks? to\b.*\b(?:home ?page|website)\b"
    r"|^link to\b|^search (?:this|our)\b|^[\W\d]*about us\s*$|\brss\b"
    r"|\bjoin (?:now|our)\b|\be-?newsletter\b|\be-?mail (?:updates|alerts)\b|facebook\s*twitter|\bvideo available\b"
    r"|\bview (?:original|full|the) (?:document|text|pdf)\b|\bavailable as:?\s*$"
    r"|^(?:press|news) release\b|\bnews releases\b"
    r"|^(?:from|to|cc):\s|^special to\b|^[A-Z][\w.]*(?: [A-Z][\w.]*){0,3} photo$"
    r"|^\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?$"
    r"|\bclick (?:to|here)\b|\bprint (?:this|page)\b|\bprint\s*$|\bemail (?:this|updates)\b|\btext size\b"
    r"|\bdownload\b[^.]{0,30}\b(?:pdf|reader|acrobat)\b"
    r"|\.(?:pdf|docx?|xlsx?|pptx?|rtf)\s*$"  # a link to a file, named by its file name (*Order 11-799.pdf*)
    rf"|^(?:{WEEKDAY_RE}),?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)"
    r"\s*$"  # a weekday and a day of a month without the year: the date line above a headline (*Monday, May 4*)
    r"|\byou are (?:here|on page)\b|\b(?:your|this) browser\b|\bnot supported\b|\bmobile menu\b|\bmenu\s*$"
    r"|\bfor immediate release\b|\bembargoed\b|\b(?:press|news) releases?\s*$"
    r"|^(?!.*\b(?:by|from|with|on|to)\b)(?:[\w.&-]+\s+){0,4}press (?:office|secretary)\s*$"  # the label, not *by* it
    r"|^(?:(?:media|press|news)\s+)?contacts?\s*(?::|$)|\binquiries\s*:|^(?:media |press |news )?inquiries\b|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-/.]\d{3}-\d{4}\b"
    r"|^representing\b|\bmake a\b.{0,20}\bdonation\b|^donate\b|\bsubscribe\b|^(?:home|newsroom)\s*(?:$|[|>»›/:])|\b(?:publishing|printing) office\b"
    r"|^[•·▪►◦]\s*"  # a list's or a menu's item
    r"|^\d{1,5}\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:avenue|ave|street|st|road|rd|boulevard|blvd|drive|lane|place|way)\b"
    r"|^[A-Z][\w. ]{1,30},\s*[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?$"  # a town, its state and postal code
    r"|^printed for the use of\b|(?:^|\s)banner\s*$|^\w+ banner of\b"  # a street address; an imprint; a banner
    r"|^vol(?:ume)?\.?\s+\d+\b|^(?:[A-Z][A-Za-z]{0,3}\.\s*){1,3}\d+-\d+$"  # an issue's line; a serial number
    r"|^\[[^\]:]*\]$|^<[^>]*>$"  # a line all in brackets ([From the … Office]) or one tag alone
    r"|\b(?:follows?|following|below)\s*:$|^dear\b"  # a lead-in or a salutation
    r"|^(?:blog )?(?:categor(?:y|ies|ized)|tags?|topics?|filed under|posted in|story number|docket(?: number)?)\b",
    re.I,
)
#: Separators of a breadcrumb or a menu line (``Home > News > Releases``, ``Home | News``).
_CRUMB = re.compile(r"\s(?:[|•»›/:]|Arrow)\s|\s?>\s|(?:^|\s)>(?=\S)")
#: The spaced dash or bar before a date closing a headline line (``Headline - 2001-10-17``) or after one opening it.
_DATE_SIDE = re.compile(r"\s+[-–—|]\s+")

#: How a date alone opens: a digit, a weekday or a month name (not a word such as *Update* before a date).
_DATE_OPENING = re.compile(
    rf"\d|(?:{WEEKDAY_RE})\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I
)


def _not_headline(piece: str) -> bool:
    """Whether a line is page furniture (see ``_NOT_HEADLINE``), a breadcrumb (two separators, or one after a word
    or two) or mostly of another script, so never the page's headline."""
    if _NOT_HEADLINE.search(piece) or other_script(piece):
        return True
    crumbs = _CRUMB.split(re.sub(r"</?[a-z]+[^<>]*>", "", piece))  # not the marks of an inline tag (<i>…</i>)
    return len(crumbs) >= 3 or (len(crumbs) == 2 and len(crumbs[0].split()) <= 2)


#: Last words of an institution's name printed as a masthead (``Office of Public Affairs``, ``The White House``).
_MASTHEAD_HEADS = frozenset("""house senate congress department office bureau agency administration service services
    commission committee council center centre representatives government ministry embassy secretary affairs site
    network desk""".split())
#: The small words an institution's name keeps in lower case (*Department of Defense*, *Office for Civil Rights*).
MASTHEAD_LOWER = frozenset({"of", "the", "and", "&", "for"})
#: *on* is lower case in a name only right after the institution's word: it names a committee's field
#: (*Committee on Ports*) as *of* names a department's; elsewhere (*Spotlight on the Ethics Committee*) it marks a
#: headline.
_FIELD_ON = re.compile(r"\b(?:" + "|".join(sorted(_MASTHEAD_HEADS)) + r")\s+on\b", re.I)
#: A title before a person's name printed alone (``Senator Jane Roe``).
_OFFICE_NAME = re.compile(
    r"(?:congress(?:wo)?man|senator|sen\.|rep\.|representative|chairman|chairwoman|secretary|governor|president"
    r"|ambassador|director)(?:\s+[A-Z][\w.'’-]*){1,3}$",
    re.I,
)


def _is_masthead(line: str) -> bool:
    """Whether a line is an institution's or an office holder's name in title case, printed above the headline:
    at most eight words, all capitalised but *of*, *the*, *and*, *for* (``MASTHEAD_LOWER``) and *on* right after the
    institution's word (*Committee on Ports*), none a verb form in *-s* (*Discusses*), the
    last an institution's word (``_MASTHEAD_HEADS``) or one followed by *of*, *for* or *on* and a name of one to
    three words (*Department of Defense*, *Committee on Ports*), or a title and a name of one to three words. A
    name printed twice on one line (a logo's alt text, then the name) is tested once."""
    words = line.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:  # a logo's alt text and the name: 'Ann Inc Ann Inc'
        words = words[:half]
        line = " ".join(words)
    if not words or len(words) > 8 or "(" in line:
        return False
    if line.isupper():
        return _is_capitals_masthead(words)
    lower = MASTHEAD_LOWER | ({"on"} if _FIELD_ON.search(line) and line.count(" on ") == 1 else set())
    if not all(w.lower() in lower or w[:1].isupper() or not w[:1].isalpha() for w in words):
        return False
    if any(w.endswith("s") and "VERB" in (lem := all_lemmas(w)) and "NOUN" not in lem for w in words[1:]):
        return False
    heads = [k for k, w in enumerate(words) if re.sub(r"\W", "", w).lower() in _MASTHEAD_HEADS]
    named = bool(heads) and (heads[-1] == len(words) - 1 or words[heads[-1] + 1].lower() in {"of", "for", "on"}
                             and len(words) - heads[-1] <= 5 and not re.search(r"['’]s\b", line))
    return named or bool(_OFFICE_NAME.match(line))


#: The endings of a verb form that makes a line in capitals a headline, never a name (*EXAMINING THE SPILL*).
_CAPITALS_VERB = re.compile(r"(?:ING|ED)$")


def _is_capitals_masthead(words: list[str]) -> bool:
    """Whether words printed in capitals are an institution's or an office holder's name (*COMMITTEE ON
    ENERGY*, *DEPARTMENT OF DEFENSE*): the words in title case (the small words of ``MASTHEAD_LOWER`` and *on* in
    lower case) make a masthead (:func:`_is_masthead`), and none is a verb form in *-ING* or *-ED*, closes on a
    colon or question mark (a headline in capitals: *INVESTING IN THE FOREST SERVICE*, *ARE WE READY?*) or holds a
    digit (a bill's number joined to the chamber below it: *H. RES. 12 IN THE HOUSE OF REPRESENTATIVES*)."""
    if any(_CAPITALS_VERB.search(w) or w.endswith((":", "?")) or any(c.isdigit() for c in w) for w in words):
        return False
    small = MASTHEAD_LOWER | {"on"}
    titled = " ".join(w.lower() if w.lower() in small else w[:1] + w[1:].lower() for w in words)
    return not titled.isupper() and _is_masthead(titled)


def _without_date_side(piece: str) -> str:
    """A headline line without the date printed after (or before) it past a spaced dash or bar (the line as is
    when none)."""
    parts = _DATE_SIDE.split(piece)
    if len(parts) < 2:
        return _title_before_date(piece) or piece
    for date, head in ((parts[-1], piece[: piece.rindex(parts[-1])]), (parts[0], piece[len(parts[0]) :])):
        head = re.sub(r"^\s*[-–—|]\s*|\s*[-–—|]\s*$", "", head)
        if _DATE_OPENING.match(date) and is_date_line(date, any_language=False) and not is_date_line(head):
            return head.strip()
    return _title_before_date(piece) or piece


def _is_headline_shape(ln: str) -> bool:
    """Whether a line has a headline's form: 3 to 25 words, no sentence end at its close (the dots of a closing
    *U.S.* are none) or inside it (``_INNER_SENTENCE_END``), no byline, a capital first, and no full date closing it unless the line before that date is in title
    case (*Council Approves Budget, May 4, 2019*; a caption closing on a date is a sentence)."""
    words = ln.split()
    return (
        3 <= len(words) <= 25
        and (not ln.endswith(".") or _CLOSING_INITIALS.search(ln) is not None)
        and not _INNER_SENTENCE_END.search(ln)
        and not _BYLINE.match(ln)
        and ln[:1].upper() == ln[:1]
        and (parse_date(ln[-25:]) is None or _dated_title(ln))
    )


#: A sentence ending inside a line: a word in lower case, its full stop, and a capital (*Good afternoon. Thank
#: you*): a line of a paragraph, never a headline (an initial, *Corp.* or *U.S.* before a name is in capitals).
_INNER_SENTENCE_END = re.compile(r"\b[a-z]{3,}\.\s+[A-Z]")
#: Initials closing a line (*U.S.*, *D.C.*): their dots end no sentence.
_CLOSING_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,3}$")
#: The comma, dash or bar before a date closing a headline.
_DATE_CLOSE = re.compile(r"(?:,|\s[-–—|])\s+(?=[^–—|]{4,25}$)")


def _dated_title(line: str) -> bool:
    """Whether a line closing on a full date is a title with its date: the words before the comma, dash or bar
    that sets the date off are in title case."""
    return bool(_title_before_date(line))


def _title_before_date(line: str) -> str:
    """The title-case words of a line before the comma, dash or bar setting off the full date that closes it
    (*Harbour Board Briefing, May 4, 2019* gives *Harbour Board Briefing*), "" when the line is no such title (a
    sentence, or a date inside brackets)."""
    if line.rstrip().endswith("."):
        return ""  # a sentence (a caption) closing on its date
    cut = next((m for m in _DATE_CLOSE.finditer(line) if is_date_line(line[m.end() :])), None)
    head = line[: cut.start()].strip() if cut is not None else ""
    if not head or head.count("(") != head.count(")") or head.count("[") != head.count("]"):
        return ""  # (a date inside brackets closing the line: '[Record Volume 9, Number 4 (Friday, May 3, 2019)]')
    return head if _title_case(head) else ""


def _title_pieces(text: str, *, limit: int = 30) -> list[tuple[int, str]]:
    """``(line index, text)`` of the lines (or headings before a rule) among the first ``limit``, before any test."""
    out = []
    for i, line in enumerate(text.splitlines()[:limit]):
        pieces = line_pieces(line)
        for k, (ps, pe) in enumerate(pieces):
            piece = _after_stamp(line[ps:pe].strip())
            if k + 1 < len(pieces) or pe < len(line.rstrip()):  # text before a rule: its last sentence is a heading
                piece = re.split(r"(?<=[.!?])\s+", piece)[-1]
            piece = _without_date_side(piece)
            if piece:
                out.append((i, piece))
    return out


def _guess_title(text: str, *, chrome: frozenset[str] = frozenset()) -> str:
    """The headline: a line printed twice near the top, else the first headline-shaped line before the story.

    Date lines, page-header lines, agency datelines, site chrome (lines repeated
    across the folder, page controls), captions (also lines printed twice in a
    row), credits and bylines are never the headline, nor page furniture
    (``_NOT_HEADLINE``: skip links, site notices, logos, print and mail
    controls, press-office labels, contact lines, label lines), a breadcrumb or
    a line in another script. A masthead (an institution's or office holder's
    name) is passed for a later candidate; a date after a bar or dash is cut
    off; a headline over two lines is joined. When the header holds no
    candidate (a notice paragraph closed it), a title-case line standing alone
    before the next paragraph is the headline. In a page that lost its
    line breaks, the text just before a horizontal rule is a heading. A piece
    is tested (its shape against every boilerplate pattern) only when it could
    be the answer: when printed twice, or within the page header.

    A page saved as a JSON record gives its headline in its title field. A
    line printed twice counts only when printed apart above the story (not a
    caption printed twice in a row, a speaker's name in a transcript, a
    masthead). A first guess that shares no word with the story gives way to
    the later line that names the story's subject (:func:`_subject_headline`);
    with no guess at all, the page's opening title naming the subject is the
    headline (:func:`_opening_title`).
    """
    record = _record_title(text)
    if record:
        return record
    end = header_end([ln.strip() for ln in text.splitlines()[:30]], chrome=chrome)
    pieces = _title_pieces(text)
    twins = _twin_lines(text)
    tested: dict[str, bool] = {}

    def may_be(piece: str) -> bool:
        kicker = _KICKER.match(piece)
        if kicker is not None and not is_date_line(piece[kicker.end() :]):
            return may_be(piece[kicker.end() :])  # 'UPDATE: Mill Shuts': the headline after its kicker
        if piece not in tested:
            tested[piece] = (
                piece not in twins and not _shape_label(piece, chrome=chrome) and agency_dateline(piece) is None
                and not _not_headline(piece)
            )
        return tested[piece]

    lines = text.splitlines()
    counts = Counter(piece for _, piece in pieces)
    seen: dict[str, int] = {}
    for i, ln in pieces:
        if counts[ln] > 1 and may_be(ln):  # a piece printed once is never seen before
            if ln in seen and _is_headline_shape(ln) and _printed_apart(lines, seen[ln], i) \
                    and not _is_masthead(ln) and not _name_and_role(ln):
                return ln
            seen.setdefault(ln, i)

    found = _header_headline(pieces, lines, (0, end), may_be)
    if not found and end < len(lines):  # a notice paragraph above the headline closed the header too soon
        nxt = end + header_end([ln.strip() for ln in lines[end : end + 30]], chrome=chrome)
        found = _header_headline(pieces, lines, (end, nxt), lambda p: may_be(p) and _title_case(p), alone=True)
    return _subject_headline(found, _title_pieces(text, limit=HEAD_SEARCH_LINES), lines, may_be)


#: lines of a page searched for a headline that names the story's subject (a long menu pushes it down)
HEAD_SEARCH_LINES = 60
#: paragraphs of the story whose words give its subject
SUBJECT_PARAGRAPHS = 3
#: paragraphs of the story read for a word that a first guess shares with it (a headline naming the subject
#: further down the story is kept)
KEEP_PARAGRAPHS = 5
#: words a paragraph of the story has at least
SUBJECT_PARAGRAPH_WORDS = 15
#: most words of a headline
HEADLINE_WORDS = 25
#: paragraphs (notices about the page) that may stand above a headline when no first guess was found
NOTICE_PARAGRAPHS = 3
#: subject words a later line shares with the story to replace a first guess that shares none
SUBJECT_SHARED = 2
_SUBJECT_STOP = frozenset("""that this with from have been were will would their there they them which what when
    where while about after before also more than into over under says said some such other these those only
    very your ours here page news""".split())


def _subject_words(line: str) -> set[str]:
    """The words of four letters or more of a line, outside a short stop list, cut to their first five letters
    (*shipped* and *shipping* meet), in lower case, and its acronyms (*GM*, *FBI*) as they are."""
    words = {w[:5] for w in re.findall(r"[^\W\d_]{4,}", line.lower()) if w not in _SUBJECT_STOP}
    return words | set(re.findall(r"\b[A-Z]{2,5}\b", line))


def _story_start(lines: list[str], after: int) -> int:
    """Index of the story's first paragraph after line ``after`` (a line of :data:`SUBJECT_PARAGRAPH_WORDS` words
    or more that is no notice about the page, caption or other boilerplate), ``len(lines)`` when none."""
    return next((i for i in range(after + 1, len(lines)) if len(lines[i].split()) >= SUBJECT_PARAGRAPH_WORDS
                 and not _shape_label(lines[i].strip(), chrome=frozenset())), len(lines))


def _story_words(lines: list[str], start: int, *, paragraphs: int = SUBJECT_PARAGRAPHS, end: int | None = None
                 ) -> set[str]:
    """Subject words (:func:`_subject_words`) of the story's first ``paragraphs`` paragraphs on lines ``start`` to
    ``end`` (the page's end by default)."""
    paragraphs = [ln for ln in lines[start:end] if len(ln.split()) >= SUBJECT_PARAGRAPH_WORDS][:paragraphs]
    return set().union(*map(_subject_words, paragraphs)) if paragraphs else set()


def _subject_headline(found: str, pieces: list[tuple[int, str]], lines: list[str], may_be) -> str:
    """The headline that names the story's subject: a first guess sharing no subject word with the story below it
    (a section's name, a site's motto, a menu item: *News by Date*, *Serving the Valley Since 1950*) gives way to
    the first later headline-shaped line before the story that shares :data:`SUBJECT_SHARED` words with it (a
    headline repeats what its story is about); with no first guess, so does such a line below a long menu."""
    at = next((i for i, p in pieces if p == found), -1) if found else -1
    if found and at < 0:
        return found
    start = _story_start(lines, at)
    if found and not _is_masthead(found) and _subject_words(found) & _story_words(lines, start,
                                                                                  paragraphs=KEEP_PARAGRAPHS):
        return found
    below = next((ln for ln in lines[at + 1 :] if ln.strip()), "") if found else ""
    if below and printed_dates(below):
        return found  # the page's date line stands right below it
    if not found:  # notices about the page may fill its top: the headline stands below them
        start = _paragraph_index(lines, NOTICE_PARAGRAPHS)
    for i, piece in pieces:
        if at < i < start and _names_the_story(piece, i, lines, may_be) \
                and (found or _story_above(lines, i, _subject_words(piece)) <= STORY_ABOVE):
            return piece
    return found or _opening_title(lines)


def _names_the_story(piece: str, i: int, lines: list[str], may_be) -> bool:
    """Whether line ``i`` (``piece``) may be a headline naming the story below it: a headline's shape that
    ``may_be`` allows, no label leading to a list, list of names, pull quote, line of a paragraph or masthead, and
    :data:`SUBJECT_SHARED` subject words shared with the story's first paragraphs below it."""
    if not _is_headline_shape(piece) or piece.endswith(":") or _name_list(piece) or _PULL_QUOTE.match(piece):
        return False
    if i + 1 < len(lines) and wraps_into(lines[i], lines[i + 1]) or not may_be(piece) or _is_masthead(piece):
        return False
    return len(_subject_words(piece) & _story_words(lines, _story_start(lines, i))) >= SUBJECT_SHARED


#: paragraphs naming a line's subject that may stand above it when it is the page's headline (a picture's caption)
STORY_ABOVE = 1


def _story_above(lines: list[str], i: int, words: set[str]) -> int:
    """How many paragraphs above line ``i`` share a word of ``words`` (the story has begun above a line when two
    do: the line is a heading inside it, not the page's headline under notices about the page)."""
    return sum(1 for ln in lines[:i] if len(ln.split()) >= SUBJECT_PARAGRAPH_WORDS and _subject_words(ln) & words)


#: A line opening with a quotation mark: a pull quote or a quoted sentence of the story, not a headline found
#: below the first guess.
_PULL_QUOTE = re.compile(r"\s*[\"“‘']")


def _opening_title(lines: list[str]) -> str:
    """The page's first line when it is a short title naming the story's subject (a page with no other headline):
    two words or more in title case or capitals, no sentence, no page furniture (a title several pages of the
    folder share may be one: *Weekly Update*), followed by the story's first paragraph or the page's date, and
    sharing a subject word with the story below it."""
    i = next((k for k, ln in enumerate(lines) if ln.strip()), None)
    if i is None:
        return ""
    line = lines[i].strip()
    if not 2 <= len(line.split()) <= HEADLINE_WORDS or _SENTENCE_END.search(line) or line.endswith(":") \
            or not (_title_case(line) or line.isupper()) or _not_headline(line) \
            or _shape_label(line, chrome=frozenset()) or _is_masthead(line) or _name_and_role(line):
        return ""
    below = next((ln.strip() for ln in lines[i + 1 :] if ln.strip()), "")
    if not (is_date_line(below) or len(below.split()) >= SUBJECT_PARAGRAPH_WORDS and _SENTENCE_END.search(below)):
        return ""  # the story or the page's date follows a title standing alone
    return line if _subject_words(line) & _story_words(lines, _story_start(lines, i)) else ""


def _name_list(line: str) -> bool:
    """Whether a line is only a list of names, two or more, each of one to three capitalised words, parted by
    commas or *and* (*Kent, Essex and Surrey*: places or tags, no headline)."""
    parts = [p.strip() for p in re.split(r",|\band\b|&", line) if p.strip()]
    return len(parts) >= 2 and all(re.fullmatch(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}", p) for p in parts)


def _field_value(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is the value of a field whose name stands alone on the line above it (``PLACE:`` /
    ``Town Hall``, ``Contact:`` / ``Ann Roe``): a form's value, no headline."""
    above = next((ln.strip() for ln in reversed(lines[max(0, i - 3) : i]) if ln.strip()), "")
    return above.endswith(":") and len(above.split()) <= 3


#: The title field of a page saved as a JSON record (``{"id": …, "title": "Mill shuts", "text": …}``).
_RECORD_TITLE = re.compile(r'^\s*"(?:title|headline)"\s*:\s*("(?:[^"\\\n]|\\.)*")\s*,?\s*$', re.M)
#: first characters of a JSON record searched for its title field
RECORD_HEAD = 4000


def _record_title(text: str) -> str:
    """The headline a page saved as a JSON record gives in its ``title`` (or ``headline``) field, "" when the page
    is no record or the field is empty."""
    if not text.lstrip().startswith("{"):
        return ""
    m = _RECORD_TITLE.search(text[:RECORD_HEAD])
    if m is None:
        return ""
    try:
        title = json.loads(m.group(1))
    except ValueError:
        return ""
    return " ".join(title.split()) if isinstance(title, str) else ""


def _printed_apart(lines: list[str], first: int, second: int) -> bool:
    """Whether a line printed at ``first`` and again at ``second`` is a page's title printed twice (the page's
    title and its headline): not twice in a row (a picture's alt text and caption) and the first print above the
    story (a name printed twice inside it is a speaker's or a witness's)."""
    between = [ln for ln in lines[first + 1 : second] if ln.strip()]
    return bool(between) and _paragraph_index(lines, NOTICE_PARAGRAPHS) > first


#: A person's name after a courtesy title, then roles after commas (a witness list's or a statement's line)
_NAME_AND_ROLE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Hon|The Honorable)\.?\s+[A-Z][\w.'’-]*(?:\s+[A-Z(][\w.'’()-]*){0,4}"
    r"|[A-Z][a-z]+(?:\s+[A-Z]\.)+\s+[A-Z][\w'’-]+(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?)"
    r"(?:,\s+(?:[A-Z][\w.'’&-]*|of|the|and|for|on)(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|for|on))*)*"
)


def _name_and_role(line: str) -> bool:
    """Whether a line is a person's name after a courtesy title or with a middle initial, and their roles (*Dr. Ann
    Roe, Director, Office of Roads*, *Ann B. Roe*): a speaker's or a witness's line, no headline."""
    return _NAME_AND_ROLE.fullmatch(line.strip()) is not None


def _paragraph_index(lines: list[str], n: int) -> int:
    """Index of the page's paragraph number ``n`` counted from 0 (a line of :data:`SUBJECT_PARAGRAPH_WORDS` words or
    more), ``len(lines)`` when it has fewer."""
    found = (i for i, ln in enumerate(lines) if len(ln.split()) >= SUBJECT_PARAGRAPH_WORDS)
    return next((i for k, i in enumerate(found) if k == n), len(lines))


def _header_headline(pieces: list[tuple[int, str]], lines: list[str], span: tuple[int, int], may_be, *,
                     alone: bool = False) -> str:
    """The first headline-shaped piece on lines ``span`` that ``may_be`` allows: a line wrapping into the next is
    joined to it or, in a paragraph, passed; a masthead (:func:`_is_masthead`) is passed for a later candidate
    (``alone``: only a line between blank lines, and never a masthead)."""
    masthead = ""
    for i, ln in pieces:
        if alone and not (0 < i < len(lines) - 1 and not lines[i - 1].strip() and not lines[i + 1].strip()):
            continue
        if span[0] <= i < span[1] and may_be(ln) and _is_headline_shape(ln) and not _field_value(lines, i):
            if _is_masthead(ln) or _name_and_role(ln):  # (before a wrap joins it to a word: 'Office' / 'line')
                masthead = masthead or ("" if alone else ln)
                continue
            if i + 1 < len(lines) and ln == lines[i].strip() and wraps_into(ln, lines[i + 1]):
                ln = _wrapped_headline(lines, i)  # a headline over two lines, or a line of a paragraph
            elif ln.isupper() and ln == lines[i].strip():
                ln = _capitals_headline(lines, i)
            if ln and not _is_masthead(ln):
                return ln
            masthead = masthead or ("" if alone else ln)
    return masthead


def _title_case(line: str) -> bool:
    """Whether at least 60% of a line's words of four letters or more are capitalised (a headline in title case)."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) > 3]
    return bool(words) and not line.endswith(":") and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


#: A place and its state's two letters alone on a line (*SPRINGFIELD, IL*): where the page was given, no title
_PLACE_LINE = re.compile(r"[A-Z][\w .'’-]*,\s*[A-Z]{2}\.?")
#: A kicker label opening a headline (*UPDATE: Mill Shuts*, *Video: Mayor Opens Bridge*): the headline follows it.
_KICKER = re.compile(r"(?:UPDATED?|VIDEO|AUDIO|WATCH|PHOTOS?|BREAKING|Updated?|Video|Audio|Watch|Photos?|Breaking)"
                     r"\s*:\s+(?=[A-Z\"“‘'])")
#: most lines of a headline in capitals printed over several lines
CAPITALS_LINES = 4


def _capitals_headline(lines: list[str], i: int) -> str:
    """A headline in capitals at line ``i`` joined to the capitals lines printed right below it (no blank line
    between, :data:`CAPITALS_LINES` in all at most, none a date line or a label with a colon) while the whole keeps
    a headline's shape (*A REVIEW OF HARBOUR SAFETY* / *AND LESSONS OF THE FLOOD*)."""
    joined = lines[i].strip()
    for nxt in lines[i + 1 : i + CAPITALS_LINES]:
        s = nxt.strip()
        if not s or not s.isupper() or s.endswith(":") or is_date_line(s) or _PLACE_LINE.fullmatch(s) \
                or not _is_headline_shape(f"{joined} {s}"):
            break
        joined = f"{joined} {s}"
    return joined


def _wrapped_headline(lines: list[str], i: int) -> str:
    """Line ``i`` joined to the next it wraps into when the two end a block and still have a headline's shape;
    "" when they are part of a paragraph."""
    joined = f"{lines[i].strip()} {lines[i + 1].strip()}"
    if (i + 2 >= len(lines) or not lines[i + 2].strip()) and _is_headline_shape(joined):
        return joined
    return ""


def chrome_lines(texts: Iterable[str]) -> frozenset[str]:
    """Lines that several articles of one folder share: site chrome (menus, buttons, section names).

    A line counts when it is short (at most 20 words), does not end a sentence
    and is not a date line, and occurs in at least three articles, or in two
    when it has at most four words.

    Parameters
    ----------
    texts : iterable of str
        The raw texts of the folder's articles.

    Returns
    -------
    frozenset of str
        The stripped chrome lines.
    """
    counts: Counter[str] = Counter()
    for text in texts:
        lines = {ln.strip() for ln in text.splitlines() if ln.strip() and len(ln.split()) <= 22}
        lines |= {_stamp_rest(ln) for ln in lines}  # "date 2022-04-04 US Markets" counts "US Markets" too
        counts.update(ln for ln in lines if ln and len(ln.split()) <= 20)
    return frozenset(
        ln
        for ln, n in counts.items()
        if (n >= 3 or (n == 2 and len(ln.split()) <= 4))
        and not re.search(r"[.!?”\"]\s*$", ln)
        and not is_date_line(ln, any_language=False)
    )


def folder_chrome(folder: str | Path, *, limit: int = CHROME_SAMPLE) -> frozenset[str]:
    """The site chrome of a folder's articles (see :func:`chrome_lines`), from at most ``limit`` files.

    Files that cannot be read are skipped here (loading them reports them).

    Parameters
    ----------
    folder : path-like
    limit : int, optional
        Files read, spread evenly over the sorted file names.

    Returns
    -------
    frozenset of str
    """
    return chrome_lines(_folder_sample(folder, limit))


def folder_reading(folder: str | Path, *, limit: int = CHROME_SAMPLE) -> tuple[frozenset[str], bool | None]:
    """The site chrome of a folder's articles and the order of numeric dates they show
    (:func:`timeline.published.folder_dayfirst`), from at most ``limit`` files (as :func:`folder_chrome`)."""
    texts = _folder_sample(folder, limit)
    return chrome_lines(texts), folder_dayfirst(texts)


def _folder_sample(folder: str | Path, limit: int) -> list[str]:
    """The heads of at most ``limit`` article files of a folder, spread evenly over the sorted file names."""
    folder = Path(folder)
    try:
        files = article_files(folder)
    except OSError:
        return []
    if len(files) > limit:
        step = len(files) / limit
        files = [files[int(i * step)] for i in range(limit)]
    texts = []
    for path in files:
        try:
            texts.append(path.read_bytes()[:CHROME_BYTES].decode("utf-8", errors="replace"))
        except OSError:
            continue
    return texts


# --------------------------------------------------------------------------- loading


def _read_bytes(path: Path, max_mb: float = 0) -> bytes:
    try:
        if max_mb and path.is_file() and path.stat().st_size > max_mb * 1e6:
            size = path.stat().st_size / 1e6
            raise ArticleError(path, f"{size:.1f} MB, larger than the {max_mb:g} MB limit for one article "
                               "(raise it with --max-article-mb N, or 0 for no limit)")
        return path.read_bytes()
    except FileNotFoundError:
        if path.is_symlink():
            raise ArticleError(path, f"a link to a missing file ({os.readlink(path)})") from None
        raise ArticleError(path, "file not found") from None
    except IsADirectoryError:
        raise ArticleError(path, "is a folder, not an article file") from None
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from None


def _read_text(path: Path, max_mb: float | None = None) -> str:
    limit = MAX_ARTICLE_MB if max_mb is None else max_mb
    try:
        text = decode_text(_read_bytes(path, limit), allow_bom=False)
    except TextFileError as exc:
        where = f" (line {exc.line}, column {exc.column})" if exc.line > 1 or exc.column > 1 else ""
        raise ArticleError(path, exc.message + where) from None
    if not text.strip():
        raise ArticleError(path, "empty article (no text)")
    return text


@dataclass(frozen=True)
class ArticleMeta:
    """One row of a folder's ``articles.csv``: what the analyst gives about an article (:func:`read_metadata`)."""

    id: str
    file: str
    title: str
    outlet: str
    author: str
    published: dt.date | None
    published_source: PublishedSource | None
    note: str
    line: int = 0
    url: str = ""
    dayfirst: bool | None = None
    language: str = ""
    #: ``file:row:published: 'value' is not a YYYY-MM-DD date (why)`` when the row's ``published`` is no date
    bad_published: str = ""


_TRUE = ("true", "yes", "1", "y", "t")
_FALSE = ("false", "no", "0", "n", "f")


def _parse_bool(value: str) -> bool | None:
    low = value.strip().lower()
    return True if low in _TRUE else False if low in _FALSE else None


#: the columns of :func:`undated_template`: an ``articles.csv`` the analyst fills in
UNDATED_COLUMNS = ("file", "published", "title", "note")


def undated_template(articles: Sequence[Article]) -> str:
    """An ``articles.csv`` listing the articles of one folder that have no publication date, to be filled in.

    One row per such article: its file name, an empty ``published`` for the analyst's date,
    its title, and a ``note`` saying what the text itself offers: the newest full date it prints (the article was
    written that day or later) or that it prints none. Nothing is guessed into ``published``.

    Parameters
    ----------
    articles : sequence of Article
        The folder's articles (:func:`load_sources` or :func:`load_articles`), all in the folder itself: an
        ``articles.csv`` names the files of its own folder.

    Returns
    -------
    str
        CSV text with the header :data:`UNDATED_COLUMNS`; only the header when every article has a date.

    Examples
    --------
    >>> import pathlib
    >>> art = Article(id="a", path=pathlib.Path("f/a.txt"), text="Vote held\\n\\nThe vote of May 2, 2022 passed.\\n")
    >>> print(undated_template([art]), end="")
    file,published,title,note
    a.txt,,,"to fill in: the text prints dates up to 2022-05-02, so it was written that day or later"
    """
    rows: list[list[str]] = [list(UNDATED_COLUMNS)]
    for art in articles:
        if art.published is not None:
            continue
        dates = [d for _, _, d in printed_dates(art.text)]
        hint = (f"to fill in: the text prints dates up to {max(dates).isoformat()}, so it was written that day or later"
                if dates else "to fill in: the text prints no full date")
        rows.append([art.path.name, "", art.title, hint])
    return csv_text(rows)


def read_metadata(path: str | Path) -> dict[str, ArticleMeta]:
    """Read an ``articles.csv`` metadata file.

    Parameters
    ----------
    path : path-like
        The CSV file (columns: id, file, title, outlet, author, published,
        published_source, note, url, dayfirst, language; only ``file`` is required).
        ``dayfirst`` is ``true``/``false`` (or empty: the folder's default).

    Returns
    -------
    dict
        Metadata keyed by file name.

    Raises
    ------
    ArticleMetadataError
        With one ``file:row:column: message`` line per problem (all of them).
    """
    path = Path(path)
    try:
        text = decode_text(_read_bytes(path), allow_bom=True)  # Excel's "CSV UTF-8" writes a BOM
    except ArticleError as exc:
        raise ArticleMetadataError([str(exc)]) from None
    except TextFileError as exc:
        raise ArticleMetadataError([f"{path}:{exc.line}:-: {exc.message}"]) from None
    if not text.strip():  # an empty file (made to be filled in, or saved with no row): no metadata, nothing wrong
        return {}
    wrong = check_delimiter(text.split("\n", 1)[0])
    if wrong:
        raise ArticleMetadataError([f"{path}:1:-: {wrong}"])
    # the csv module's own line rules: U+2028, NEL, VT and FF inside a field are text, not line ends
    reader = csv.DictReader(io.StringIO(text, newline=""))
    problems: list[str] = []
    header = reader.fieldnames or []
    if "file" not in header:
        problems.append(f"{path}:1:file: missing column 'file'")
    unknown = [c for c in header if c not in METADATA_COLUMNS]
    for col in unknown:
        problems.append(f"{path}:1:{col}: unknown column (expected {', '.join(METADATA_COLUMNS)})")
    if problems:
        raise ArticleMetadataError(problems)
    out: dict[str, ArticleMeta] = {}
    ids: dict[str, int] = {}
    prev = reader.line_num
    for row in reader:
        line, prev = prev + 1, reader.line_num  # the line the record starts on
        get = lambda c: (row.get(c) or "").strip()  # noqa: E731
        file = get("file")
        if not file:
            problems.append(f"{path}:{line}:file: empty file name")
            continue
        art_id = get("id") or Path(file).stem
        if art_id in ids:
            problems.append(f"{path}:{line}:id: duplicate id {art_id!r} (also on row {ids[art_id]})")
        ids[art_id] = line
        if file in out:
            problems.append(f"{path}:{line}:file: duplicate file {file!r}")
        published, source, dayfirst = _row_dates(get, f"{path}:{line}", problems)
        bad = bad_published(get("published"), get("url"), f"{path}:{line}") if published is None else ""
        language = get("language").lower()
        if language and not re.fullmatch(r"[a-z]{2,3}", language):
            problems.append(f"{path}:{line}:language: {get('language')!r} is not an ISO 639-1 code such as 'de'")
        out[file] = ArticleMeta(
            id=art_id,
            file=file,
            title=get("title"),
            outlet=get("outlet"),
            author=get("author"),
            published=published,
            published_source=source,  # type: ignore[arg-type]
            note=get("note"),
            line=line,
            url=get("url"),
            dayfirst=dayfirst,
            language=language,
            bad_published=bad,
        )
    if problems:
        raise ArticleMetadataError(problems)
    return out


#: a day written in full with its month's name, as a spreadsheet or a site's metadata gives it: *March 4, 2021*,
#: *Mar. 4, 2021*, *4 March 2021* (never a numeric day such as *03/04/2021*, whose order the value does not show)
_NAMED_DAY_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y")


def published_day(value: str) -> dt.date | None:
    """The day a ``published`` cell states, or None when it states none.

    ``YYYY-MM-DD``; an ISO 8601 timestamp, whose day is taken as written, in its own zone (*2021-03-04T22:10:00-05:00*
    is March 4, as its site dated it; a scraper's metadata, a JSON-LD ``datePublished``); a feed's RFC 2822 stamp
    (*Thu, 04 Mar 2021 10:22:00 GMT*); or a day written with its month's name (*March 4, 2021*, *4 Mar 2021*). A
    numeric day such as *03/04/2021* states no order, so no day (:func:`bad_published` names it).

    Examples
    --------
    >>> published_day("2021-03-04T22:10:00-05:00"), published_day("Thu, 04 Mar 2021 10:22:00 GMT")
    (datetime.date(2021, 3, 4), datetime.date(2021, 3, 4))
    >>> published_day("Mar. 4, 2021"), published_day("03/04/2021"), published_day("2021-02-30T10:00")
    (datetime.date(2021, 3, 4), None, None)
    """
    value = value.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    if re.match(r"\d{4}-\d{2}-\d{2}[T ]\d", value):
        try:
            return dt.datetime.fromisoformat(value.replace("z", "Z")).date()
        except ValueError:
            return None
    if re.match(r"[A-Za-z]{3},\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", value):
        from email.utils import parsedate_tz

        parts = parsedate_tz(value)
        try:
            return dt.date(*parts[:3]) if parts else None
        except ValueError:
            return None
    for form in _NAMED_DAY_FORMATS:
        try:
            return dt.datetime.strptime(re.sub(r"(?<=[A-Za-z])\.", "", value), form).date()
        except ValueError:
            continue
    return None


def _row_dates(get, where: str, problems: list[str]) -> tuple[dt.date | None, str | None, bool | None]:
    """``published``, ``published_source`` and ``dayfirst`` of one metadata row; problems are appended."""
    published: dt.date | None = None
    if get("published"):  # a value that is no day: named by the page's loader, which reads the page without it
        published = published_day(get("published"))
    source = get("published_source") or None
    if source is not None and source not in PUBLISHED_SOURCES:
        problems.append(f"{where}:published_source: {source!r} is not one of {', '.join(PUBLISHED_SOURCES)}")
        source = None
    if published is not None and source is None:
        source = "given"
    if published is None and source is not None and get("published") == "":
        problems.append(f"{where}:published_source: {source!r} given without a published date")
    if published is None:
        source = None  # (the source of a value that is no date: the value is reported by the page's loader)
    dayfirst = _parse_bool(get("dayfirst")) if get("dayfirst") else None
    if get("dayfirst") and dayfirst is None:
        problems.append(f"{where}:dayfirst: {get('dayfirst')!r} is not true or false")
    return published, source, dayfirst


def bad_published(value: str, url: str, where: str) -> str:
    """The problem with a row's publication date: a ``published`` value that is no YYYY-MM-DD date (nor another form
    :func:`published_day` reads)
    (``where:published: …``), else, with no ``published`` value, a ``url`` writing a day the calendar lacks
    (``where:url: …``); "" when there is none.

    Examples
    --------
    >>> bad_published("2021-02-30", "", "articles.csv:3")
    "articles.csv:3:published: '2021-02-30' is not a date (day is out of range for month)"
    >>> bad_published("06/03/2021", "", "articles.csv:3")
    "articles.csv:3:published: '06/03/2021' is not a YYYY-MM-DD date"
    >>> bad_published("", "https://example.com/2021/02/30/deal/", "articles.csv:3")
    "articles.csv:3:url: '2021/02/30' is not a date"
    """
    if not value:
        wrong = impossible_url_date(url)
        return f"{where}:url: {wrong!r} is not a date" if wrong else ""
    why = ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            dt.date(*map(int, value.split("-")))
        except ValueError as exc:
            why = str(exc)
    return f"{where}:published: {value!r} is not a " + (f"date ({why})" if why else "YYYY-MM-DD date")


def _warn_bad_published(path: Path, meta: ArticleMeta | None, published: dt.date | None) -> None:
    """Name a row's ``published`` value that is no date, and what the page is read with instead."""
    if meta is None or not meta.bad_published:
        return
    read = f"read with the date the page shows, {published.isoformat()}" if published else "read undated"
    warnings.warn(f"{path}: {meta.bad_published}; the page is {read}", InvalidPublished, stacklevel=4)


def _caption_date(text: str, regions: Sequence[Region], *, dayfirst: bool | None) -> tuple[dt.date | None, str]:
    """The latest date printed in the photo captions of the page's first half (not file photos), and a note."""
    best: tuple[dt.date, str, int] | None = None
    for r in regions:
        if r.label != "caption" or r.start > len(text) // 2:  # the end of a page shows other stories
            continue
        for line in text[r.start : r.end].splitlines():
            if _FILE_PHOTO.match(line.strip()):
                continue
            for s, e, date in printed_dates(line, dayfirst=dayfirst):
                if best is None or date > best[0]:
                    best = (date, line[s:e], text.count("\n", 0, r.start + text[r.start : r.end].index(line)) + 1)
    if best is None:
        return None, ""
    if _caption_year_past(text, regions, best[0].year, dayfirst=dayfirst):
        return None, (f"doubtful: the photo-caption date {best[1]!r} at line {best[2]} is of a year the story calls "
                      "'last year'")
    note = f"inferred: the latest photo-caption date {best[1]!r} at line {best[2]} (photos can predate the story)"
    return best[0], note


def _closing_captions(text: str, regions: Sequence[Region]) -> list[Region]:
    """Lines of the story in the page's first half that are photo captions by their close alone
    (:data:`_PLACE_DATE_CLOSE`), as caption regions, for dating a page that prints no date (:func:`_caption_date`).

    A news page's picture often has no credit nor a second print (its alt text), and its caption is then read as a
    line of the story: one sentence of :data:`CLOSING_CAPTION_WORDS` words that ends on the picture's place and full
    date, with no preposition before them (*Men stand on a tank in Northam, Jan. 29, 2011.*). A sentence giving its
    date with *on*, *since*, after a clock time or a lower-case word, one of two sentences, a place that is a weekday
    or month (*… on Tuesday, May 4, 2021*), a line telling its writing day or counting from it (*today*,
    *yesterday*, *two days ago*: a lede) and a line outside the story are no such caption.
    """
    low, high = CLOSING_CAPTION_WORDS
    out = []
    for r in regions:
        if r.kind != "body" or r.label == "caption" or r.start > len(text) // 2:
            continue
        pos = r.start
        for line in text[r.start : r.end].splitlines(keepends=True):
            start, pos = pos, pos + len(line)
            words = line.split()
            if not low <= len(words) <= high or _FILE_PHOTO.match(line.strip()):
                continue
            close = _PLACE_DATE_CLOSE.search(line.strip())
            if close is None or _NOT_A_PLACE.match(close.group("place")) or _WRITING_WORDS.search(line) \
                    or _INNER_SENTENCE_END.search(line.strip()[: close.start()]):
                continue
            out.append(Region(start, start + len(line.rstrip("\r\n")), "boilerplate", "caption"))
    return out


def _story_weekdays(text: str, regions: Sequence[Region], day: dt.date, *, dayfirst: bool | None):
    """The weekdays the story of a page dated ``day`` by its photo caption names (outside captions), in order, each
    with how many days after ``day``'s weekday it falls (0 to 6); not a weekday counted back from the writing
    (*last Friday*) nor a possessive (*Friday's tsunami*): those name a day before the news."""
    body = [(r.start, r.end) for r in regions if r.kind == "body" and r.label != "caption"]
    skip = [(r.start, r.end) for r in regions if r.kind != "body" or r.label == "caption"]
    for m in find_dates(text, relative_to=day, skip=skip, dayfirst=dayfirst):
        weekday = _WEEKDAY.search(m.text)
        if not weekday or not any(s <= m.start < e for s, e in body):
            continue
        if _WEEK_BACK.match(m.text) or text.startswith(("'s", "’s"), m.end):
            continue
        yield m, (_WEEKDAYS.index(weekday.group(0).lower()) - day.weekday()) % 7


def _caption_news_day(text: str, regions: Sequence[Region], day: dt.date, *, dayfirst: bool | None) -> dt.date:
    """The day a page dated by its photo caption (``day``) tells its news on: the photo predates the story, so the
    first weekday of the story (outside captions) that the caption day reads as a past day up to three days after
    that day of the week (a Friday photo over "the road reopened on Sunday") is that weekday on or after the
    caption day; ``day`` otherwise (a weekday four to six days on is more often the day before the photo,
    a story told the day after its news). A story that names the photo's own weekday first may go on to the next
    day only (*discharged late Thursday … driven home Friday* under a Thursday photo: Friday)."""
    if any(_ARCHIVE_PHOTO.match(text[r.start : r.end].strip()) for r in regions if r.label == "caption"):
        return day  # a photo the caption itself dates apart from the story ("In this May 2, 2019 photo, …")
    most = CAPTION_DAYS_AHEAD
    for m, ahead in _story_weekdays(text, regions, day, dayfirst=dayfirst):
        if not ahead:  # the photo's own day told first: only the next day may follow as the news day
            most = 1
            continue
        if m.precision != "day" or m.anchor != "publication" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.value):
            return day
        told = dt.date.fromisoformat(m.value)
        return day + dt.timedelta(days=ahead) if told < day and 1 <= ahead <= most else day
    return day


#: the note opening of a page dated by a news photo's caption (:func:`_news_photo`): its publication day is inferred,
#: and extraction reads the page's undated news (its headline, its lede's present perfect) as of that day, marked as
#: estimated; a page dated by an archive photo keeps the note ``inferred: …`` and its undated news stays undated
NEWS_PHOTO_DAY = "inferred from a news photo:"


def _news_photo(text: str, regions: Sequence[Region]) -> bool:
    """Whether the photo captions of a page dated by them show the news of the story, not an archive photo.

    A news page's photo is taken for its story, hours or a few days before it (:func:`_caption_news_day` moves the
    day to the story's weekday); a caption that dates its photo apart from the story (*In this May 2, 2019 photo,
    …*) shows an older day, and the page's news is not on it.
    """
    return not any(_ARCHIVE_PHOTO.match(text[r.start : r.end].strip()) for r in regions if r.label == "caption")


def _caption_year_past(text: str, regions: Sequence[Region], year: int, *, dayfirst: bool | None) -> bool:
    """Whether the story tells the caption's ``year`` as past: its body says "last year" (never "this year") and
    prints a date of ``year`` but none later (the photo is of the earlier events a later story recalls)."""
    body = "\n".join(text[r.start : r.end] for r in regions if r.kind == "body" and r.label != "caption")
    if not _LAST_YEAR.search(body) or _THIS_YEAR.search(body):
        return False
    years = {d.year for _, _, d in printed_dates(body, dayfirst=dayfirst)}
    return year in years and max(years) == year


def _blank_native_stamps(text: str) -> str:
    """``text`` with the date lines of another script blanked to spaces when the text is in the Latin script: a
    republishing site's stamp in its own script and numerals (``الأحد ٢٠٢٤/٠٧/٢١``) is when it copied the story,
    not when the story was published. Lines with ASCII digits stay (``[ 2016-05-09 08:40] 来源``)."""
    if not latin_script(text):
        return text
    out = []
    for line in text.splitlines(keepends=True):
        if other_script(line) and any(c.isdigit() and not c.isascii() for c in line):
            line = re.sub(r"\S", " ", line)
        out.append(line)
    return "".join(out)


def _warn_updated(path: Path, published: dt.date, updated) -> None:
    """Warn that the text was updated after its publication date (``updated``: the later DateLine)."""
    warnings.warn(
        f"{path}: text updated after its publication date {published.isoformat()} "
        f"({updated.date.isoformat()}: {updated.describe()}); "
        f"relative dates are read from {published.isoformat()}",
        UpdatedAfterPublication,
        stacklevel=4,
    )


def _article(
    path: Path, text: str, *, meta: ArticleMeta | None, dayfirst: bool | None, chrome: frozenset[str],
    folder_order: bool | None = None,
) -> Article:
    """Build the Article of one text (see :func:`load_article`)."""
    if meta is not None and meta.dayfirst is not None:
        dayfirst = meta.dayfirst
    raw, text = text, reading_text(text)  # (lone CRs, a string kept as code: read as lines and words; offsets stay)
    title = (meta.title if meta else "") or _guess_title(text, chrome=chrome)
    regions = find_regions(text, title=title, chrome=chrome)
    # a chronicle's date lines date its entries, not the page: read the publication date without them (blanked to
    # spaces, so that offsets stay)
    dated = reading_text(raw, dates=True) if "<" in raw else text  # (a page's HTML: the fields naming its day kept)
    for r in regions:
        if r.label == "chronicle":
            line = text[r.start : r.end].rstrip("\r\n")
            dated = dated[: r.start] + re.sub(r"\S", " ", line) + dated[r.start + len(line) :]
    dated = _blank_dated_rows(_blank_native_stamps(dated), dayfirst)
    found = find_published(dated, dayfirst=dayfirst, url=meta.url if meta else "", chrome=chrome,
                           folder_order=folder_order)
    published, source, note = found.date, found.source, found.note
    if published is None and (meta is None or meta.published is None):
        pictured = tuple(regions) + tuple(_closing_captions(text, regions))
        published, note = _caption_date(text, pictured, dayfirst=found.dayfirst)
        if published is not None:
            told = _caption_news_day(text, pictured, published, dayfirst=found.dayfirst)
            if told != published:
                note += f"; its news told on {told:%A} {told.isoformat()}, read as that day"
                published = told
            if _news_photo(text, pictured):
                note = NEWS_PHOTO_DAY + note.removeprefix("inferred:")
        note = note or found.note
        source = "inferred" if published else None
        if published is not None:
            warnings.warn(f"{path}: no publication date printed; {note}", InferredPublicationDate, stacklevel=3)
    if meta is not None and meta.published is not None:
        published, source, note = meta.published, meta.published_source, ""
    elif published is not None and source != "inferred":
        body = [(r.start, r.end) for r in regions if r.kind == "body"]
        updated = found.updated or later_in_story(text, published, body)
        if updated is not None:
            _warn_updated(path, published, updated)
    _warn_bad_published(path, meta, published)
    written = writing_day(text, published, chrome=chrome) if published is not None else None
    if written is not None:  # a story posted a day or more after its dateline: its 'today' is the dateline's day
        told = f"written on {written.isoformat()} as its dateline or lede tells, posted on {published.isoformat()}"
        note = "; ".join(x for x in (note, told) if x)
        published = written
    if published is None:
        warnings.warn(
            f"{path}: {NO_PUBLICATION_DATE}{'; ' + note if note else ''}; {UNRESOLVED_CLAUSE} "
            f"(add it to {METADATA_FILE})",
            MissingPublicationDate,
            stacklevel=3,
        )
    return _with_meta(path, raw, meta, title=title, published=published, source=source,
                      printed=found.printed.text if found.printed else "", note=note, dayfirst=found.dayfirst,
                      regions=regions)


def _blank_dated_rows(text: str, dayfirst: bool | None) -> str:
    """``text`` with the date cells of its chronologies laid out as tables (:func:`timeline.tables.find_tables`)
    blanked to spaces (offsets stay): like a chronicle's date lines, a table's dates date its rows, not the page."""
    cells = sorted(row.date for table in find_tables(text, lambda piece: find_dates(piece, dayfirst=dayfirst))
                   for row in [*table.rows, *table.unread])
    if not cells:
        return text
    out, at = [], 0
    for a, b in cells:
        out += [text[at:a], " " * (b - a)]
        at = b
    return "".join(out) + text[at:]


def _with_meta(path: Path, text: str, meta: ArticleMeta | None, *, title: str, published: dt.date | None,
               source: PublishedSource | None, printed: str, note: str, dayfirst: bool | None,
               regions: tuple[Region, ...] = ()) -> Article:
    """The Article of ``text``: what was found of it, with the id, outlet, author, URL, language and note of
    ``meta`` (the note after the metadata's own)."""
    return Article(
        id=meta.id if meta else path.stem,
        path=path,
        text=text,
        title=title,
        published=published,
        published_source=source,
        published_text=printed,
        outlet=meta.outlet if meta else "",
        author=meta.author if meta else "",
        note="; ".join(n for n in (meta.note if meta else "", note) if n),
        url=meta.url if meta else "",
        dayfirst=dayfirst,
        language=meta.language if meta else "",
        regions=regions,
    )


def load_article(
    path: str | Path,
    *,
    meta: ArticleMeta | None = None,
    dayfirst: bool | None = None,
    chrome: frozenset[str] = frozenset(),
    max_mb: float | None = None,
    folder_order: bool | None = None,
) -> Article:
    """Load one article file.

    Parameters
    ----------
    path : path-like
        A UTF-8 text file.
    meta : optional
        Its row of ``articles.csv`` (see :func:`read_metadata`); metadata
        overrides what is detected in the text.
    dayfirst : bool, optional
        Order of numeric dates when the row does not say (None: shown by the
        page, else dotted dates day-first and slashed ones month-first).
    chrome : frozenset of str, optional
        Lines that are site chrome (see :func:`chrome_lines`).
    max_mb : float, optional
        Largest file loaded, in MB (default :data:`MAX_ARTICLE_MB`; 0: no limit).
    folder_order : bool, optional
        The order of numeric dates its folder shows (:func:`timeline.published.folder_dayfirst`), for a page that
        shows none and whose order neither ``dayfirst`` nor the row gives.

    Returns
    -------
    Article

    Raises
    ------
    ArticleError
        The file is missing, binary, not UTF-8, empty, or larger than ``max_mb``.

    Warns
    -----
    MissingPublicationDate
        When neither the text, its url nor the metadata gives a publication date.
    UpdatedAfterPublication
        When the date was read from the text or url and the text shows a later
        date (an "Updated" stamp, a later header date, a later date told as past).
    """
    path = Path(path)
    return _article(path, _read_text(path, max_mb), meta=meta, dayfirst=dayfirst, chrome=chrome,
                    folder_order=folder_order)


def load_articles(
    folder: str | Path, *, metadata: str | Path | None = None, dayfirst: bool | None = None,
    max_mb: float | None = None, skip_unreadable: bool = False,
) -> list[Article]:
    """Load every article of a folder.

    Lines that several articles share (menus, buttons, section names; see
    :func:`chrome_lines`) are site chrome: never a headline, never story.

    Parameters
    ----------
    folder : path-like
        Folder of ``*.txt`` article files (other files are ignored).
    metadata : path-like, optional
        Metadata CSV; defaults to ``folder/articles.csv`` when it exists.
    dayfirst : bool, optional
        The folder's order of numeric dates, for rows whose ``dayfirst`` is empty.
    max_mb : float, optional
        Largest article file loaded, in MB (default :data:`MAX_ARTICLE_MB`; 0: no limit).
    skip_unreadable : bool, optional
        Leave out a file that cannot be read (binary, empty, wrong encoding,
        too large) with one :class:`UnreadableArticle` warning naming it,
        instead of failing, as ``timeline extract`` does; the folder still
        fails when no file can be read.

    Returns
    -------
    list of Article
        Sorted by file name.

    Raises
    ------
    ArticleError
        A file cannot be read (:class:`ArticleErrors` when several cannot:
        all of them are named), or the folder does not exist or holds no article.
    ArticleMetadataError
        ``articles.csv`` is malformed or names a file that is not there.
    """
    files, texts, metas = _folder_texts(folder, metadata, max_mb, skip_unreadable)
    chrome = chrome_lines(texts)
    order = folder_dayfirst(texts) if dayfirst is None else None
    with _undated_in_one_line(folder):
        articles = [
            _article(p, t, meta=metas.get(p.name), dayfirst=dayfirst, chrome=chrome, folder_order=order)
            for p, t in zip(files, texts)
        ]
    return unique_ids(articles)


@contextmanager
def _undated_in_one_line(folder: str | Path) -> Iterator[None]:
    """Pass on the warnings of loading a folder's pages, those of two pages or more without a publication date in one
    line naming them: each page's reading (:func:`timeline.extract.extract`) then names the date expressions it left
    out for want of one, so that a page is never told twice (the engine folds the two per page instead)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    undated = [w for w in caught if issubclass(w.category, MissingPublicationDate)]
    for w in caught:
        if len(undated) < 2 or not issubclass(w.category, MissingPublicationDate):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    if len(undated) >= 2:
        names = [str(w.message).split(f": {NO_PUBLICATION_DATE}", 1)[0] for w in undated]
        shown = ", ".join(Path(n).name for n in names[:5]) + (" …" if len(names) > 5 else "")
        warnings.warn(f"{folder}: {len(undated)} articles have {NO_PUBLICATION_DATE} ({shown}); "
                      f"relative dates in them stay unresolved (add them to {METADATA_FILE})",
                      MissingPublicationDate, stacklevel=4)


def _folder_texts(
    folder: str | Path, metadata: str | Path | None, max_mb: float | None, skip_unreadable: bool = False
) -> tuple[list[Path], list[str], dict[str, ArticleMeta]]:
    """The article files of a folder (sorted), their texts and the metadata rows (see :func:`load_articles`)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ArticleError(folder, "no such folder")
    meta_path = Path(metadata) if metadata is not None else folder / METADATA_FILE
    metas = read_metadata(meta_path) if meta_path.exists() else {}
    files = article_files(folder)
    names = {p.name for p in files}
    missing = [
        f"{meta_path}:{meta.line}:file: {name!r} is listed but not in {folder}"
        for name, meta in metas.items()
        if name not in names
    ]
    if missing:
        raise ArticleMetadataError(missing)
    if not files:
        raise ArticleError(folder, f"no article files ({', '.join('*' + s for s in ARTICLE_SUFFIXES)}) in folder")
    texts, errors = [], []
    for p in files:
        try:
            texts.append(_read_text(p, max_mb))
        except ArticleError as exc:  # every bad file is reported, not only the first
            errors.append(exc)
    if errors and (not skip_unreadable or len(errors) == len(files)):
        raise errors[0] if len(errors) == 1 else ArticleErrors(errors)
    bad = {Path(e.path) for e in errors}
    for error in errors:
        warnings.warn(str(error), UnreadableArticle, stacklevel=3)
    return [p for p in files if p not in bad], texts, metas


def unique_ids(articles: list[Article]) -> list[Article]:
    """``articles``, after checking that no two share an id (:class:`ArticleError` naming both files): a folder's, or
    several folders' read together."""
    seen: dict[str, Path] = {}
    for art in articles:
        if art.id in seen:
            raise ArticleError(art.path, f"article id {art.id!r} is also used by {seen[art.id]}")
        seen[art.id] = art.path
    return articles


def load_sources(
    folder: str | Path, *, metadata: str | Path | None = None, dayfirst: bool | None = None,
    max_mb: float | None = None, skip_unreadable: bool = False,
) -> list[Article]:
    """Load every article of a folder for citing it: its text and metadata, without the story's regions.

    What a page or an export needs of an article (to check each quote against
    the text at its offsets, and to cite it) at a fraction of
    :func:`load_articles`' work: the files are read and checked, and fail, in
    the same way, and each article has the same ``id``, ``path``, ``text``,
    ``title``, ``outlet``, ``author``, ``url``, ``language``, ``published``,
    ``published_source`` and ``note`` as :func:`load_articles` gives. The
    publication date and the title are detected only when ``articles.csv``
    does not give them (with the folder's site chrome, as
    :func:`load_articles` does); an article whose date must be inferred or is
    unknown is loaded in full (with the same warnings).

    Parameters
    ----------
    folder : path-like
        Folder of ``*.txt`` article files (other files are ignored).
    metadata : path-like, optional
        Metadata CSV; defaults to ``folder/articles.csv`` when it exists.
    dayfirst : bool, optional
        The folder's order of numeric dates, for rows whose ``dayfirst`` is empty.
    max_mb : float, optional
        Largest article file loaded, in MB (default :data:`MAX_ARTICLE_MB`; 0: no limit).
    skip_unreadable : bool, optional
        As for :func:`load_articles`.

    Returns
    -------
    list of Article
        Sorted by file name. ``regions`` is empty (the whole text counts as
        body) except for the articles loaded in full; ``published_text`` is
        the printed date line only when the date was detected, and
        ``dayfirst`` the order given or found. :class:`UpdatedAfterPublication`
        (about reading the text's relative dates, which citing does not do) is
        given for a later stamp printed in the page, not for a later date
        told in the story (that search needs the regions).

    Raises
    ------
    ArticleError, ArticleMetadataError
        As :func:`load_articles`.
    """
    files, texts, metas = _folder_texts(folder, metadata, max_mb, skip_unreadable)
    needs_chrome = any(m is None or not m.title or m.published is None for m in map(metas.get, (p.name for p in files)))
    chrome = chrome_lines(texts) if needs_chrome else frozenset()
    order = folder_dayfirst(texts) if needs_chrome and dayfirst is None else None
    with _undated_in_one_line(folder):
        articles = [
            _source_article(p, t, meta=metas.get(p.name), dayfirst=dayfirst, chrome=chrome, folder_order=order)
            for p, t in zip(files, texts)
        ]
    return unique_ids(articles)


def _source_article(
    path: Path, text: str, *, meta: ArticleMeta | None, dayfirst: bool | None, chrome: frozenset[str],
    folder_order: bool | None = None,
) -> Article:
    """The Article of one text with its metadata, detected only where ``meta`` is silent (see :func:`load_sources`)."""
    if meta is not None and meta.dayfirst is not None:
        dayfirst = meta.dayfirst
    if meta is not None and meta.published is not None:
        published, source, printed, note = meta.published, meta.published_source, "", ""
    else:
        found = find_published(text, dayfirst=dayfirst, url=meta.url if meta else "", chrome=chrome,
                               folder_order=folder_order)
        if found.date is None:  # an inferred date or a warning: the full loader decides (it needs the regions)
            return _article(path, text, meta=meta, dayfirst=dayfirst, chrome=chrome, folder_order=folder_order)
        published, source, note = found.date, found.source, found.note
        printed, dayfirst = (found.printed.text if found.printed else ""), found.dayfirst
        if found.updated is not None:  # a later stamp printed; a later date told in the story is not looked for
            _warn_updated(path, published, found.updated)
        _warn_bad_published(path, meta, published)
    title = (meta.title if meta else "") or _guess_title(reading_text(text), chrome=chrome)  # as _article reads it
    return _with_meta(path, text, meta, title=title, published=published, source=source, printed=printed, note=note,
                      dayfirst=dayfirst)
