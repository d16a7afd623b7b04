"""Stream lightweight article references from a folder, a glob or a manifest CSV.

Large archives are not loaded into memory: :func:`iter_sources` yields one
:class:`Source` (a path and the article's metadata, a few hundred bytes) at a
time, and the text is read only inside the worker that extracts it (see
:mod:`timeline.engine`).

Three kinds of input are accepted:

* a folder: its ``*.txt`` files (not recursive, like
  :func:`timeline.articles.load_articles`), with the folder's ``articles.csv``
  metadata applied when present;
* a glob such as ``archive/**/*.txt`` (``**`` matches any depth), each file
  taking its own folder's ``articles.csv`` when present;
* a manifest CSV (any ``*.csv`` file other than ``articles.csv``) with one row
  per article and the columns :data:`MANIFEST_COLUMNS`: ``path`` (required;
  relative to the manifest's folder, or absolute), ``id``, ``published``
  (``YYYY-MM-DD``), ``title``, ``outlet``, ``author``, ``note``, ``url``,
  ``dayfirst`` (``true``/``false``; see :func:`timeline.articles.read_metadata`), ``language``.

A bad manifest row (empty path, malformed date, duplicate id) does not stop
the stream: it yields a :class:`Source` whose ``error`` says what is wrong, and
the engine reports it as a failure of that article.
"""

from __future__ import annotations

import csv
import datetime as dt
import glob as _glob
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator

from .articles import (
    METADATA_FILE, ArticleMetadataError, article_files, bad_published, folder_reading, hidden_files,
    is_article_file, published_day, read_metadata,
)
from .articles import ArticleMeta  # the metadata record load_article() takes

__all__ = ["MANIFEST_COLUMNS", "Source", "iter_sources", "unread_files", "write_manifest"]

#: Columns of a manifest CSV; only ``path`` is required.
MANIFEST_COLUMNS: tuple[str, ...] = (
    "path", "id", "published", "title", "outlet", "author", "note", "url", "dayfirst", "language",
)


@dataclass(frozen=True)
class Source:
    """A reference to one article: where it is and what is known about it.

    Attributes
    ----------
    path : str
        Absolute path of the article file.
    id : str
        Article id (the file name without suffix unless the metadata says otherwise).
    title, outlet, author, note : str
        Metadata; "" when unknown (the title is then guessed from the text).
    published : str
        Publication date ``YYYY-MM-DD`` given by the metadata; "" when not given
        (the dateline printed in the text is used then).
    has_meta : bool
        Whether a metadata row describes the article.
    url : str
        The page's address ("" when not given).
    dayfirst : bool or None
        Order of numeric dates (the row's, else the default given to
        :func:`iter_sources`); None: decided from the page.
    chrome : frozenset of str
        Site chrome of the article's folder (see :func:`timeline.articles.folder_chrome`).
    error : str
        Why the reference itself is unusable ("" when it is fine).
    origin : str
        Where the reference came from (``manifest.csv:12``), for messages.
    language : str
        ISO 639-1 code given by the metadata; "" when not given (detected then).
    max_mb : float or None
        Largest article file loaded, in MB (None: :data:`timeline.articles.MAX_ARTICLE_MB`; 0: no limit).
    folder_order : bool or None
        The order of numeric dates the article's folder shows (see :func:`timeline.articles.folder_reading`), for a
        page that shows none when ``dayfirst`` is None.
    bad_published : str
        The problem of a ``published`` value that is no date (``manifest.csv:12:published: …``; "" when none):
        the page is read as if the value were empty and the loader names it.
    """

    path: str
    id: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    note: str = ""
    published: str = ""
    published_source: str = ""
    has_meta: bool = False
    error: str = ""
    origin: str = ""
    url: str = ""
    dayfirst: bool | None = None
    chrome: frozenset[str] = frozenset()
    language: str = ""
    max_mb: float | None = None
    folder_order: bool | None = None
    #: the row's ``published`` value that is no date, as its problem (the page is loaded as if the cell were empty
    #: and the loader names it: :class:`timeline.articles.InvalidPublished`)
    bad_published: str = ""

    def load_options(self) -> dict:
        """Keyword arguments of :func:`timeline.articles.load_article` for this article."""
        return {"meta": self.meta(), "dayfirst": self.dayfirst, "chrome": self.chrome, "max_mb": self.max_mb,
                "folder_order": self.folder_order}

    def meta(self) -> ArticleMeta | None:
        """The metadata record for :func:`timeline.articles.load_article` (None when there is none)."""
        if not self.has_meta:
            return None
        published = dt.date.fromisoformat(self.published) if self.published else None
        return ArticleMeta(
            id=self.id,
            file=os.path.basename(self.path),
            title=self.title,
            outlet=self.outlet,
            author=self.author,
            published=published,
            published_source=(self.published_source or "given") if published else None,
            note=self.note,
            url=self.url,
            dayfirst=self.dayfirst,
            language=self.language,
            bad_published=self.bad_published,
        )


def _from_meta(path: Path, meta: ArticleMeta | None, origin: str = "", chrome: frozenset[str] = frozenset()) -> Source:
    if meta is None:
        return Source(path=str(path), id=path.stem, origin=origin, chrome=chrome)
    return Source(
        path=str(path),
        id=meta.id,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        note=meta.note,
        published=meta.published.isoformat() if meta.published else "",
        published_source=meta.published_source or "",
        has_meta=True,
        origin=origin or f"{METADATA_FILE}:{meta.line}",
        url=meta.url,
        dayfirst=meta.dayfirst,
        chrome=chrome,
        language=meta.language,
        bad_published=meta.bad_published,
    )


class _FolderMeta:
    """``articles.csv`` and site chrome of each folder, read once per folder (only the current one is kept)."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.metas: dict[str, ArticleMeta] = {}
        self.chrome: frozenset[str] = frozenset()
        self.order: bool | None = None

    def get(self, path: Path) -> ArticleMeta | None:
        folder = path.parent
        if folder != self.folder:
            self.folder = folder
            meta_path = folder / METADATA_FILE
            self.metas = read_metadata(meta_path) if meta_path.is_file() else {}
            self.chrome, self.order = folder_reading(folder)
        return self.metas.get(path.name)

    def source(self, path: Path) -> Source:
        meta = self.get(path)
        return replace(_from_meta(path, meta, chrome=self.chrome), folder_order=self.order)


def _iter_folder(folder: Path) -> Iterator[Source]:
    metas = _FolderMeta()
    for path in article_files(folder):
        yield metas.source(path.absolute())


def _iter_glob(pattern: str) -> Iterator[Source]:
    metas = _FolderMeta()
    for name in _glob.iglob(pattern, recursive=True):
        path = Path(name).absolute()
        if is_article_file(path):
            yield metas.source(path)


def _flag(value: str) -> bool | None:
    low = value.lower()
    return True if low in ("true", "yes", "1", "y", "t") else False if low in ("false", "no", "0", "n", "f") else None


def _iter_manifest(manifest: Path) -> Iterator[Source]:
    base = manifest.parent.absolute()
    seen: dict[str, int] = {}
    with open(manifest, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        problems = []
        if "path" not in header:  # the other columns are then no manifest's: one line, saying what the file looks like
            raise ArticleMetadataError([f"{manifest}:1:path: missing column 'path'{_not_a_manifest(header)}"])
        problems += [
            f"{manifest}:1:{c}: unknown column (expected {', '.join(MANIFEST_COLUMNS)})"
            for c in header
            if c not in MANIFEST_COLUMNS
        ]
        if problems:
            raise ArticleMetadataError(problems)
        for row in reader:
            line = reader.line_num
            origin = f"{manifest}:{line}"
            get = lambda c: (row.get(c) or "").strip()  # noqa: E731
            raw = get("path")
            if not raw:
                yield Source(path=origin, id=f"row-{line}", error=f"{origin}:path: empty path", origin=origin)
                continue
            path = Path(raw) if os.path.isabs(raw) else base / raw
            art_id = get("id") or path.stem
            error, bad = "", ""
            day = published_day(get("published")) if get("published") else None
            published = day.isoformat() if day else ""  # else read as if the cell were empty; the loader names it
            bad = "" if published else bad_published(get("published"), get("url"), origin)
            dayfirst = _flag(get("dayfirst"))
            if get("dayfirst") and dayfirst is None:
                error = f"{origin}:dayfirst: {get('dayfirst')!r} is not true or false"
            if art_id in seen:
                error = f"{origin}:id: duplicate id {art_id!r} (also on row {seen[art_id]})"
            seen[art_id] = line
            yield Source(
                path=str(path),
                id=art_id,
                title=get("title"),
                outlet=get("outlet"),
                author=get("author"),
                note=get("note"),
                published=published,
                has_meta=True,
                error=error,
                origin=origin,
                url=get("url"),
                dayfirst=dayfirst,
                language=get("language").lower(),
                bad_published=bad,
            )


def _not_a_manifest(header: list[str]) -> str:
    """What a CSV without a ``path`` column given as a manifest looks like, for its one line: an events or
    candidates file (``event_id``), a folder's metadata (``file``), else a reminder of what a manifest is."""
    if "event_id" in header:
        return " (an events or decisions file, not a manifest of articles: give the articles' folder)"
    if "file" in header:
        return f" (its 'file' column is an {METADATA_FILE}'s: save it as {METADATA_FILE} in the articles' folder)"
    return f" (a manifest lists one article per row: {', '.join(MANIFEST_COLUMNS)})"


def iter_sources(
    spec: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, dayfirst: bool | None = None
) -> Iterator[Source]:
    """Stream article references from folders, globs or manifest CSVs.

    Parameters
    ----------
    spec : path-like or str or iterable of them
        A folder (its ``*.txt`` files), a glob (``archive/**/*.txt``), a
        manifest CSV (see :data:`MANIFEST_COLUMNS`), a single article file, or
        several of these.
    dayfirst : bool, optional
        Order of numeric dates for articles whose metadata row does not say.

    Yields
    ------
    Source
        One per article, lazily: the manifest is read row by row and folders
        are listed one at a time, so memory does not grow with the archive.

    Raises
    ------
    FileNotFoundError
        When a spec matches nothing that exists (a glob matching no file
        yields nothing instead).
    ArticleMetadataError
        When a manifest's header or a folder's ``articles.csv`` is malformed.

    Examples
    --------
    >>> refs = iter_sources("seeds")
    >>> next(refs).id  # doctest: +SKIP
    '000_ca2168b8a0da226e'
    """
    for source in _unique_ids(_iter_specs(spec)):
        yield source if dayfirst is None or source.dayfirst is not None else replace(source, dayfirst=dayfirst)


def _unique_ids(sources: Iterable[Source]) -> Iterator[Source]:
    """``sources`` without a file given twice (``DIR DIR/*.txt``), each one whose id an earlier file has (``a.txt`` in
    two folders) marked with an error naming both."""
    seen: dict[str, str] = {}
    for source in sources:
        if not source.error and seen.get(source.id) == source.path:
            continue
        if not source.error and source.id in seen:
            source = replace(source, error=f"article id {source.id!r} is also used by {seen[source.id]}; rename "
                             "one of the files or give it another id (articles.csv or a manifest)")
        seen.setdefault(source.id, source.path)
        yield source


def _iter_specs(spec: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Iterator[Source]:
    if isinstance(spec, (str, os.PathLike)):
        specs: Iterable[str | os.PathLike[str]] = [spec]
    else:
        specs = spec
    for one in specs:
        text = os.fspath(one)
        path = Path(text)
        if path.is_dir():
            yield from _iter_folder(path)
        elif path.is_file() and path.name == METADATA_FILE:
            raise ArticleMetadataError([f"{text}: is the metadata of the articles of {path.parent}, not an article "
                                        "nor a manifest; give the folder to read its articles with it"])
        elif path.is_file() and path.suffix == ".csv":
            yield from _iter_manifest(path)
        elif path.is_file():
            path = path.absolute()
            yield _FolderMeta().source(path)
        elif _glob.has_magic(text):
            yield from _iter_glob(text)
        else:
            raise FileNotFoundError(f"{text}: no such folder, file or manifest")


#: Suffixes of files a user may expect to be read as articles (``.txt`` in another case, web pages, notes, documents).
TEXT_LIKE_SUFFIXES: frozenset[str] = frozenset(
    (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xml", ".rtf", ".doc", ".docx", ".odt", ".pdf", ".json")
)
#: Suffixes of a compressed copy (``page.txt.gz``): named as not read when the name holds ``.txt`` before them.
PACKED_SUFFIXES: frozenset[str] = frozenset((".gz", ".bz2", ".xz", ".zip", ".zst"))


def _looks_like_text(path: Path) -> bool:
    """Whether a file that is not read is one a user may expect among the articles (see :data:`TEXT_LIKE_SUFFIXES`,
    :data:`PACKED_SUFFIXES`)."""
    suffixes = [s.lower() for s in path.suffixes]
    return path.suffix.lower() in TEXT_LIKE_SUFFIXES or (
        len(suffixes) > 1 and suffixes[-1] in PACKED_SUFFIXES and suffixes[-2] in TEXT_LIKE_SUFFIXES)


def _has_articles(folder: Path) -> bool:
    try:
        return any(is_article_file(p) for p in folder.rglob("*"))
    except OSError:
        return False


def unread_files(spec: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Say which files of the given folders will not be read, one message each.

    A folder is read flat and only its ``*.txt`` files are articles; an
    article-like file (a web page, notes, ``.TXT``) or a subfolder holding
    ``.txt`` files is easy to expect among them, so each is named once.

    Parameters
    ----------
    spec : iterable of str or path-like
        The sources given to :func:`iter_sources`; globs, files and manifests
        are skipped (they name their files themselves).

    Returns
    -------
    list of str
        ``"FOLDER/page.html: not read (only .txt files are articles)"`` and
        ``"FOLDER/sub: subfolder not read (give 'FOLDER/**/*.txt' to read it)"`` messages, and one per row of the
        folder's ``articles.csv`` naming a file it does not hold.
    """
    messages = []
    for one in spec:
        folder = Path(os.fspath(one))
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.name.startswith("."):
                continue
            if path.is_dir() and _has_articles(path):
                pattern = os.path.join(os.fspath(folder), "**", "*.txt")
                messages.append(f"{path}: subfolder not read (give '{pattern}' to read it)")
            elif path.is_file() and not is_article_file(path) and _looks_like_text(path):
                messages.append(f"{path}: not read (only .txt files are articles)")
        messages += _hidden(folder)
        messages += _listed_not_there(folder)
    return messages


def _hidden(folder: Path) -> list[str]:
    """One message naming a folder's hidden ``*.txt`` files, which are not read (a Mac's ``._page.txt`` copies of
    the pages' attributes, an editor's files): all of them in one line, as a copied folder may hold one per page."""
    hidden = hidden_files(folder)
    if not hidden:
        return []
    names = ", ".join(p.name for p in hidden[:3]) + (f" and {len(hidden) - 3} more" if len(hidden) > 3 else "")
    return [f"{folder}: {len(hidden)} hidden file(s) not read ({names}); rename one without its leading dot to "
            "read it"]


def _listed_not_there(folder: Path) -> list[str]:
    """One message per row of a folder's ``articles.csv`` naming a file the folder does not hold (a renamed or
    deleted article: its row describes nothing; ``timeline validate`` and :func:`timeline.articles.load_articles`
    refuse such a folder, extraction reads the files that are there)."""
    meta_path = folder / METADATA_FILE
    if not meta_path.is_file():
        return []
    try:
        metas = read_metadata(meta_path)
    except (ArticleMetadataError, OSError, ValueError):  # reported when the folder is read
        return []
    return [f"{meta_path}:{meta.line}:file: {name!r} is listed but not in {folder}; its row is not read"
            for name, meta in metas.items() if not (folder / name).is_file()]


def write_manifest(sources: Iterable[Source], path: str | os.PathLike[str]) -> Path:
    """Write sources as a manifest CSV (paths relative to its folder when possible), atomically.

    Parameters
    ----------
    sources : iterable of Source
    path : path-like
        The manifest to write.

    Returns
    -------
    pathlib.Path
    """
    from .fileio import atomic_write_text
    from .textio import csv_text

    dest = Path(path)
    base = dest.parent.absolute()
    rows: list[list] = [list(MANIFEST_COLUMNS)]
    for s in sources:
        rel = os.path.relpath(s.path, base) if not os.path.relpath(s.path, base).startswith("..") else s.path
        flag = "" if s.dayfirst is None else str(s.dayfirst).lower()
        rows.append([rel, s.id, s.published, s.title, s.outlet, s.author, s.note, s.url, flag, s.language])
    return atomic_write_text(dest, csv_text(rows))
