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
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal, Mapping, Sequence

__all__ = [
    "Article",
    "ArticleError",
    "ArticleMetadataError",
    "MissingPublicationDate",
    "Region",
    "articles_by_id",
    "detect_published",
    "find_regions",
    "load_article",
    "load_articles",
    "read_metadata",
    "ARTICLE_SUFFIXES",
    "METADATA_FILE",
    "METADATA_COLUMNS",
]

ARTICLE_SUFFIXES = (".txt",)
METADATA_FILE = "articles.csv"
METADATA_COLUMNS = ("id", "file", "title", "outlet", "author", "published", "published_source", "note", "url")
PUBLISHED_SOURCES = ("printed", "inferred", "given")

PublishedSource = Literal["printed", "inferred", "given"]
RegionKind = Literal["body", "boilerplate"]


class ArticleError(ValueError):
    """An article file cannot be loaded (binary, wrong encoding, empty, missing)."""

    def __init__(self, path: str | Path, message: str):
        self.path = str(path)
        super().__init__(f"{path}: {message}")


class ArticleMetadataError(ValueError):
    """``articles.csv`` has bad rows; ``problems`` lists every ``file:row:column: message``."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class MissingPublicationDate(UserWarning):
    """An article has no known publication date; relative dates stay unresolved."""


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
        What the span is: ``body``, ``icons``, ``player``, ``dateline``,
        ``aggregator``, ``byline``, ``headline``, ``related``, ``footer``,
        ``credit``, ``disclaimer`` or ``label``.
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
    published_source : {"printed", "inferred", "given"} or None
        ``printed``: read from a dateline in the text; ``inferred``: decided from
        the content (see ``note``); ``given``: supplied by the metadata file.
    published_text : str
        The dateline as printed ("" when not printed).
    outlet, author, note : str
        Metadata; "" when unknown.
    url : str
        The article's web address (``url`` column of ``articles.csv``); "" when unknown.
    regions : tuple of Region
        Consecutive regions covering the whole text.
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
    regions: tuple[Region, ...] = field(default=(), repr=False)
    url: str = ""

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

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_TIME_RE = r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"

# Datelines as news sites print them near the top of a page.
_DATELINE_PATTERNS = [
    # "4 Feb, 2022 15:36", "13 January 2022"
    re.compile(r"^(?P<day>\d{1,2})\s+" + _MONTH_RE + r",?\s+(?P<year>\d{4})" + _TIME_RE + r"$", re.I),
    # "February 4, 2022", "Published: Feb. 4, 2022 at 3:36 PM"
    re.compile(
        r"^(?:(?:published|posted|updated|date)\s*:?\s*)?(?:[A-Z][a-z]+day,?\s+)?"
        + _MONTH_RE
        + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
        + _TIME_RE
        + r"$",
        re.I,
    ),
    # "2022-02-04", "2022-02-04 15:36:00"
    re.compile(r"^(?:(?:published|posted|date)\s*:?\s*)?(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$", re.I),
]
# Aggregator header: "By X | Created at 2024-10-29 18:21:54 | Updated at … 4 months ago"
_CREATED_AT = re.compile(r"\bCreated at (?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?: \d{2}:\d{2}(?::\d{2})?)?")
_DATELINE_SEARCH_LINES = 12


def _date_from_match(m: re.Match[str]) -> dt.date | None:
    gd = m.groupdict()
    month = _MONTHS[gd["month"].lower()] if gd.get("month") else int(gd["mnum"])
    try:
        return dt.date(int(gd["year"]), month, int(gd["day"]))
    except ValueError:
        return None


def detect_published(text: str) -> tuple[dt.date, int, int] | None:
    """Find a printed publication dateline near the top of an article.

    Parameters
    ----------
    text : str
        Raw article text.

    Returns
    -------
    tuple of (datetime.date, int, int) or None
        The date and the ``(start, end)`` offsets of the printed dateline
        text, or None when the page prints no dateline.

    Examples
    --------
    >>> detect_published("icons\\n4 Feb, 2022 15:36\\n\\nTitle")[0]
    datetime.date(2022, 2, 4)
    """
    for n, (start, end, line) in enumerate(_lines(text)):
        if n >= _DATELINE_SEARCH_LINES:
            break
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        for pattern in _DATELINE_PATTERNS:
            m = pattern.match(stripped)
            if m:
                day = _date_from_match(m)
                if day is not None:
                    return day, start + lead, start + lead + len(stripped)
        m = _CREATED_AT.search(line)
        if m:
            day = _date_from_match(m)
            if day is not None:
                return day, start + m.start(), start + m.end()
    return None


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
_RELATED_HEADING = re.compile(r"^(backstory|related|read also|see also|more on this|recommended|more from \S+)\s*:?$", re.I)
_RELATED_ITEM = re.compile(r"^\s*[-–•*]\s+\S")
_SENTENCE_END = re.compile(r"[.!?…:;”\"’)\]]\s*$")


def _lines(text: str) -> Iterable[tuple[int, int, str]]:
    """Yield ``(start, end, line)`` for each line, ``end`` excluding the newline."""
    pos = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        yield pos, pos + len(content), content
        pos += len(line)


def _is_icon_list(line: str) -> bool:
    words = line.split()
    return len(words) >= 6 and sum(w.lower().endswith("icon") or w.lower().startswith("icon") for w in words) >= 5


def _label_line(line: str, *, title: str, seen_title: bool, in_related: bool) -> str:
    s = line.strip()
    if _is_icon_list(s):
        return "icons"
    if _PLAYER_TIME.match(s):
        return "player"
    for pattern in _DATELINE_PATTERNS:
        if pattern.match(s):
            return "dateline"
    if _AGGREGATOR.search(s) and len(s) < 300:
        return "aggregator"
    if _FOOTERS.match(s):
        return "footer"
    if _BYLINE.match(s) and not _SENTENCE_END.search(s):
        return "byline"
    if _CREDIT.match(s):
        return "credit"
    if _DISCLAIMER.match(s):
        return "disclaimer"
    if _RELATED_HEADING.match(s):
        return "related"
    if in_related and _RELATED_ITEM.match(s):
        return "related"
    if title and s == title.strip():
        return "headline" if seen_title else "title"
    words = s.split()
    if len(words) <= 6 and not _SENTENCE_END.search(s):
        return "label"
    return "body"


def find_regions(text: str, *, title: str = "") -> tuple[Region, ...]:
    """Split raw text into consecutive body and boilerplate regions.

    Each line is classified on its own (icon lists, player times, datelines,
    aggregator headers, bylines, credits, disclaimers, footers, related-link
    boxes, repeated headlines, short labels); runs of lines with the same label
    are merged. The regions cover the whole text, so their ``start``/``end``
    offsets index the raw text directly.

    Parameters
    ----------
    text : str
        Raw article text.
    title : str, optional
        The headline; its first occurrence is labelled ``title`` and later
        repeats ``headline`` (both boilerplate: they state no events).

    Returns
    -------
    tuple of Region
        Regions in text order; empty lines join the region before them.
    """
    spans: list[list] = []  # [start, end, kind, label]
    in_related = False
    seen_title = False
    for start, end, line in _lines(text):
        if not line.strip():
            if spans:
                spans[-1][1] = end
                in_related = False
            else:
                spans.append([start, end, "boilerplate", "blank"])
            continue
        label = _label_line(line, title=title, seen_title=seen_title, in_related=in_related)
        if label in ("title", "headline"):
            seen_title = True
            label = "headline"
        in_related = label == "related"
        kind = "body" if label == "body" else "boilerplate"
        if spans and spans[-1][3] == label:
            spans[-1][1] = end
        else:
            if spans:
                spans[-1][1] = start  # the newline between lines belongs to the earlier region
            spans.append([start, end, kind, label])
    if spans:
        spans[-1][1] = len(text)
    return tuple(Region(s, e, k, lab) for s, e, k, lab in spans if e > s)


def _guess_title(text: str) -> str:
    """The headline: a line printed twice near the top, else the first heading-like line."""
    lines = [(s, e, ln.strip()) for s, e, ln in _lines(text)][:30]
    candidates = [
        ln
        for _, _, ln in lines
        if ln
        and not _is_icon_list(ln)
        and not _PLAYER_TIME.match(ln)
        and not any(p.match(ln) for p in _DATELINE_PATTERNS)
        and not _AGGREGATOR.search(ln)
    ]
    seen: set[str] = set()
    for ln in candidates:
        if ln in seen and 3 <= len(ln.split()) <= 25:
            return ln
        seen.add(ln)
    for ln in candidates[:3]:
        words = ln.split()
        if 3 <= len(words) <= 25 and not ln.endswith("."):
            return ln
    return ""


# --------------------------------------------------------------------------- loading


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(path, "file not found") from None
    except IsADirectoryError:
        raise ArticleError(path, "is a folder, not an article file") from None
    if b"\x00" in data:
        raise ArticleError(path, "binary file (contains NUL bytes), not a text article")
    if data.startswith(b"\xef\xbb\xbf"):
        raise ArticleError(path, "starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8"
        ) from None
    if not text.strip():
        raise ArticleError(path, "empty article (no text)")
    return text


@dataclass(frozen=True)
class _Meta:
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


def read_metadata(path: str | Path) -> dict[str, _Meta]:
    """Read an ``articles.csv`` metadata file.

    Parameters
    ----------
    path : path-like
        The CSV file (columns: id, file, title, outlet, author, published,
        published_source, note, url; only ``file`` is required).

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
        text = _read_text(path)
    except ArticleError as exc:
        raise ArticleMetadataError([f"{path}:1:-: {exc}"]) from None
    reader = csv.DictReader(text.splitlines(keepends=True))
    problems: list[str] = []
    header = reader.fieldnames or []
    if "file" not in header:
        problems.append(f"{path}:1:file: missing column 'file'")
    unknown = [c for c in header if c not in METADATA_COLUMNS]
    for col in unknown:
        problems.append(f"{path}:1:{col}: unknown column (expected {', '.join(METADATA_COLUMNS)})")
    if problems:
        raise ArticleMetadataError(problems)
    out: dict[str, _Meta] = {}
    ids: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
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
        published: dt.date | None = None
        if get("published"):
            try:
                published = dt.date.fromisoformat(get("published"))
            except ValueError:
                problems.append(f"{path}:{line}:published: {get('published')!r} is not a YYYY-MM-DD date")
        source = get("published_source") or None
        if source is not None and source not in PUBLISHED_SOURCES:
            problems.append(f"{path}:{line}:published_source: {source!r} is not one of {', '.join(PUBLISHED_SOURCES)}")
            source = None
        if published is not None and source is None:
            source = "given"
        if published is None and source is not None and get("published") == "":
            problems.append(f"{path}:{line}:published_source: {source!r} given without a published date")
        out[file] = _Meta(
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
        )
    if problems:
        raise ArticleMetadataError(problems)
    return out


def load_article(path: str | Path, *, meta: _Meta | None = None) -> Article:
    """Load one article file.

    Parameters
    ----------
    path : path-like
        A UTF-8 text file.
    meta : optional
        Its row of ``articles.csv`` (see :func:`read_metadata`); metadata
        overrides what is detected in the text.

    Returns
    -------
    Article

    Raises
    ------
    ArticleError
        The file is missing, binary, not UTF-8, or empty.

    Warns
    -----
    MissingPublicationDate
        When neither the text nor the metadata gives a publication date.
    """
    path = Path(path)
    text = _read_text(path)
    printed = detect_published(text)
    title = (meta.title if meta else "") or _guess_title(text)
    published: dt.date | None = None
    source: PublishedSource | None = None
    published_text = ""
    if printed is not None:
        published, source = printed[0], "printed"
        published_text = text[printed[1] : printed[2]]
    if meta is not None and meta.published is not None:
        published, source = meta.published, meta.published_source
    if published is None:
        warnings.warn(
            f"{path}: no publication date printed or given; relative dates in it stay unresolved "
            f"(add it to {METADATA_FILE})",
            MissingPublicationDate,
            stacklevel=2,
        )
    return Article(
        id=meta.id if meta else path.stem,
        path=path,
        text=text,
        title=title,
        published=published,
        published_source=source,
        published_text=published_text,
        outlet=meta.outlet if meta else "",
        author=meta.author if meta else "",
        note=meta.note if meta else "",
        regions=find_regions(text, title=title),
        url=meta.url if meta else "",
    )


def load_articles(folder: str | Path, *, metadata: str | Path | None = None) -> list[Article]:
    """Load every article of a folder.

    Parameters
    ----------
    folder : path-like
        Folder of ``*.txt`` article files (other files are ignored).
    metadata : path-like, optional
        Metadata CSV; defaults to ``folder/articles.csv`` when it exists.

    Returns
    -------
    list of Article
        Sorted by file name.

    Raises
    ------
    ArticleError
        A file cannot be read, or the folder does not exist or holds no article.
    ArticleMetadataError
        ``articles.csv`` is malformed or names a file that is not there.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ArticleError(folder, "no such folder")
    meta_path = Path(metadata) if metadata is not None else folder / METADATA_FILE
    metas = read_metadata(meta_path) if meta_path.exists() else {}
    files = sorted(p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES and p.is_file())
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
    articles = [load_article(p, meta=metas.get(p.name)) for p in files]
    seen: dict[str, Path] = {}
    for art in articles:
        if art.id in seen:
            raise ArticleError(art.path, f"article id {art.id!r} is also used by {seen[art.id]}")
        seen[art.id] = art.path
    return articles
