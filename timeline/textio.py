"""Reading text and CSV files with one clear message for every bad input.

Articles and CSV files come from scrapers, spreadsheets and editors on every
platform. :func:`decode_text` turns bytes into text and, when that fails, says
what the file is (UTF-16, Windows-1252, binary) and what to do, with the line
and column of the first bad byte. :func:`check_delimiter` recognises a CSV
saved with semicolons or tabs. :func:`csv_text` writes CSV text that reads back as written (a field holding a
lone carriage return is quoted). :func:`csv_rows` reads CSV text with the csv
module's own line rules (only ``\\n``, ``\\r`` and ``\\r\\n`` end a line; U+2028,
NEL, VT and FF inside a field are text), giving each record its first line.
"""

from __future__ import annotations

import csv
import html
import io
import re
import unicodedata
from typing import Iterable, Iterator, Sequence

__all__ = [
    "check_delimiter", "control_character", "CONTROL_CHARACTERS", "csv_rows", "csv_text", "decode_text", "ENTITY",
    "entity_word_end", "ESCAPE", "ESCAPED_BREAKS", "HTML_BLOCK_ENDS", "is_html", "plain_reading", "read_escapes",
    "read_line_ends", "read_markup", "read_markup_quote", "reading_text", "RECORD_TEXT", "TextFileError", "unescaped",
]


def reading_text(text: str, *, dates: bool = False) -> str:
    """``text`` as the package reads an article, of the same length so that every offset still indexes the raw
    text: a Windows line end (``\\r\\n``) is a space and a line break, a lone carriage return (an old Mac text's line
    end) a line break, a string kept as code is read as its words (:func:`read_escapes`) and a page saved as its
    HTML source as its text (:func:`read_markup`). Quotes are cut from the raw text.

    Parameters
    ----------
    text : str
    dates : bool, optional
        Keep the fields of a page's HTML markup that name its publication day (see :func:`read_markup`).

    Returns
    -------
    str
        Of the same length as ``text``; ``text`` itself when there is nothing to read differently.

    Examples
    --------
    >>> reading_text("Acme wins\\rMonday, April 4, 2022\\r\\nThe story.")
    'Acme wins\\nMonday, April 4, 2022 \\nThe story.'
    """
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    text = read_escapes(text)
    return read_markup(text, dates=dates) if "<" in text else text


def read_line_ends(text: str) -> str:
    """``text`` (a quote, a date expression) with its Windows line ends and lone carriage returns read as line
    breaks, to compare what two texts say whatever the line ends of the files they were cut from (a quote stays
    raw in the events; the merge compares it read so). Not of the same length: for comparing, not for offsets.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        ``text`` itself when it holds no carriage return.

    Examples
    --------
    >>> read_line_ends("Acme wins\\r\\nthe bid\\ron Monday")
    'Acme wins\\nthe bid\\non Monday'
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def plain_reading(text: str) -> str:
    """``text`` read for what it says where no offset is kept (a folder's names and roles): its line ends as
    ``\\n`` whatever the file's (:func:`read_line_ends`), then a string kept as code read as its words
    (:func:`read_escapes`) and a page saved as HTML as its text (:func:`read_markup`). A text saved with Windows,
    old Mac or Unix line ends gives the same reading.

    Parameters
    ----------
    text : str

    Returns
    -------
    str

    Examples
    --------
    >>> plain_reading("Acme wins\\r\\nthe bid") == plain_reading("Acme wins\\nthe bid")
    True
    """
    text = read_escapes(read_line_ends(text))
    return read_markup(text) if "<" in text else text


#: the escape sequences of a string kept as code (a JSON record's text field, a Python repr): backslash-escaped line
#: breaks, tabs, quotes and ``\\uXXXX`` characters; a backslash escaped itself is left alone
ESCAPE = re.compile(r"(?<!\\)\\(?:r\\n|[nrt\"/]|u[0-9a-fA-F]{4})")
_ESCAPED_BREAK = re.compile(r"(?<!\\)\\[nr]")
#: fewest escaped line breaks that make a text a string kept as code (one or two may be prose: a path, a regex)
ESCAPED_BREAKS = 3


def read_escapes(text: str) -> str:
    """``text`` with the escape sequences of a string kept as code read as what they stand for, padded with spaces
    to the same length, so that every offset still indexes the raw text: ``\\r\\n`` becomes three spaces and a line
    break, ``\\n`` a space and a line break, ``\\t`` and ``\\"`` a space and the character, ``\\u2019`` five spaces and
    ``’``. A scraper that saved a JSON record (its text field one long line) leaves an article whose words and
    lines are hidden behind such escapes (``Paid\\r\\nto the``, ``\\nbeing``); the sentences, clauses and titles
    read the words, and quotes are cut from the raw text. A JSON record's field holding the text loses its key and
    quotes (``"text": "``), so that its first line reads as the page's first line. A character escaped by its code
    stands after the spaces, so a word it ends or starts is split there (``operator     ’s``). ``text`` itself when
    it holds fewer than :data:`ESCAPED_BREAKS` escaped line breaks (a lone ``\\n`` in prose stays), unless the whole text is one JSON
    record (``{`` … ``}``) holding a string field of :data:`RECORD_TEXT` characters or more: the text of a page
    saved as one paragraph.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        Of the same length as ``text``.
    """
    record = _one_record(text)
    if not record and (text.count("\\") < ESCAPED_BREAKS or
                       sum(1 for _ in zip(range(ESCAPED_BREAKS), _ESCAPED_BREAK.finditer(text))) < ESCAPED_BREAKS):
        return text
    opened = _JSON_TEXT_FIELD.sub(lambda m: _field_opened(m, record=record), text)
    return text if opened == text and record else ESCAPE.sub(_unescaped, opened)


#: fewest characters of a string field that make it the text of a page saved as one JSON record (:func:`_one_record`)
RECORD_TEXT = 200


def _one_record(text: str) -> bool:
    """Whether ``text`` is one JSON record (``{`` … ``}``) holding a string field of :data:`RECORD_TEXT` characters
    or more (a page's text, escaped breaks or none)."""
    head, tail = text[:64].lstrip(), text[-64:].rstrip()
    return head.startswith("{") and tail.endswith("}") and \
        any(len(m.group(1)) >= RECORD_TEXT for m in _JSON_TEXT_FIELD.finditer(text))


#: a JSON record's string field, its key and quotes around the value (``"text": "…"``)
_JSON_TEXT_FIELD = re.compile(r'"[\w -]{1,40}"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.)*)"(?P<close>[ \t]*\}?)')


def _field_opened(m: re.Match, *, record: bool = False) -> str:
    """A string field holding escaped line breaks (a record's text; in a text that is one ``record``, a string of
    :data:`RECORD_TEXT` characters or more, a page saved as one paragraph) with its key and quotes blanked: the page starts
    at the value's first word. Other fields (an id, a date stamp) stay as written; in a record written on one line
    (``{"id": 7, "text": "…"}``), the value is read on lines of its own (the blanked quotes before and after it read
    as line breaks, the record's closing brace as a blank), so that the other fields are not read as its first words
    nor the closing brace as its last."""
    if not _ESCAPED_BREAK.search(m.group(1)) and not (record and len(m.group(1)) >= RECORD_TEXT):
        return m.group(0)
    before = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    if not before.strip(" \t{,"):  # the key opens its line (a record written over many lines): as it was
        return " " * (m.start(1) - m.start(0)) + m.group(1) + " " + m.group("close")
    return " " * (m.start(1) - m.start(0) - 1) + "\n" + m.group(1) + "\n" + " " * len(m.group("close"))


def unescaped(text: str) -> str:
    """A piece of a string kept as code (a quote cut from a JSON record's text field) read as its characters, line
    ends as ``\\n``: to compare what it says with the same words saved as plain text (not of the same length, for
    comparing, never for offsets).

    Parameters
    ----------
    text : str

    Returns
    -------
    str

    Examples
    --------
    >>> unescaped(r'The council\\u2019s \\"old\\" pier\\r\\nclosed.')
    'The council’s "old" pier\\nclosed.'
    """
    return read_line_ends(ESCAPE.sub(lambda m: _unescaped(m).lstrip(" ") or " ", text))


#: what each escape sequence but ``\\uXXXX`` stands for (an escaped carriage return is a line break too)
_ESCAPED_CHARS = {"r\\n": "\n", "n": "\n", "r": "\n", "t": "\t", '"': '"', "/": "/"}


def _unescaped(m: re.Match) -> str:
    """The character an escape sequence stands for (a space for a control or a lone surrogate), after as many
    spaces as keep its length."""
    code = m.group(0)[1:]
    char = chr(int(code[1:], 16)) if code[0] == "u" else _ESCAPED_CHARS[code]
    if not char.isprintable() and char not in "\n\t":
        char = " "
    return " " * (len(m.group(0)) - 1) + char


#: Characters a shown text may not hold: C0 controls but tab, newline and CR; DEL; C1 controls.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class TextFileError(ValueError):
    """A file that cannot be read as UTF-8 text; ``line``/``column`` locate the problem (1-based)."""

    def __init__(self, message: str, *, line: int = 1, column: int = 1):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


def _looks_utf16(data: bytes) -> bool:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    sample = data[:4000]
    if len(sample) < 4:
        return False
    evens, odds = sample[0::2], sample[1::2]
    # ASCII-range text in UTF-16 has its NUL bytes all on one side (odd bytes for -LE, even for -BE)
    return (odds.count(0) > 0.3 * len(odds) and not evens.count(0)) or (
        evens.count(0) > 0.3 * len(evens) and not odds.count(0)
    )


def _locate(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def decode_text(data: bytes, *, allow_bom: bool = True, allow_nul: bool = False) -> str:
    """Decode a file's bytes as UTF-8, or raise one clear :class:`TextFileError`.

    Parameters
    ----------
    data : bytes
        The whole file.
    allow_bom : bool, default True
        Accept (and drop) a UTF-8 byte-order mark, as Excel's "CSV UTF-8" writes.
        Articles keep ``False``: their offsets count from the first character.
    allow_nul : bool, default False
        Let NUL bytes through (a CSV reader then names the row and column that
        holds one) instead of calling the file binary.

    Returns
    -------
    str
        The text.

    Raises
    ------
    TextFileError
        UTF-16 text, binary data (NUL bytes), a BOM where none is allowed, or
        bytes that are not UTF-8 (with a hint when they read as Windows-1252).
    """
    if _looks_utf16(data):
        raise TextFileError("UTF-16 text: save it as UTF-8")
    if not allow_nul and b"\x00" in data:
        line, column = _locate(data, data.index(b"\x00"))
        raise TextFileError("binary file (contains NUL bytes), not text", line=line, column=column)
    if data.startswith(b"\xef\xbb\xbf"):
        if not allow_bom:
            raise TextFileError("starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM")
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _locate(data, exc.start)
        byte = data[exc.start]
        hint = "convert it to UTF-8"
        try:
            char = bytes([byte]).decode("cp1252")
            hint = f"it looks like Windows-1252 (byte 0x{byte:02x} is {char!r}): re-save it as UTF-8"
        except UnicodeDecodeError:
            pass
        raise TextFileError(f"not valid UTF-8 (byte 0x{byte:02x}); {hint}", line=line, column=column) from None


def check_delimiter(header: str) -> str | None:
    """Return a message when a CSV header line uses another delimiter than commas.

    Parameters
    ----------
    header : str
        The first line of the file.

    Returns
    -------
    str or None
        ``"delimiter looks like ';' — use commas"`` (or tab), else ``None``.
    """
    if "," in header:
        return None
    for delim, name in ((";", "';'"), ("\t", "a tab"), ("|", "'|'")):
        if header.count(delim) >= 1:
            return f"delimiter looks like {name} — save the file with commas"
    return None


def control_character(text: str) -> str | None:
    """The first control character of ``text`` as ``U+XXXX`` (browsers drop or mangle them), else ``None``.

    Parameters
    ----------
    text : str

    Returns
    -------
    str or None
    """
    found = CONTROL_CHARACTERS.search(text)
    return f"U+{ord(found.group(0)):04X}" if found else None


def csv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line, values)`` for every record of CSV text, header first.

    Parameters
    ----------
    text : str
        Decoded CSV text.

    Yields
    ------
    tuple of (int, list of str)
        The 1-based line on which the record starts, and its fields.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    prev = 0
    for values in reader:
        yield prev + 1, values
        prev = reader.line_num


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    """CSV text of ``rows``, each ending in ``\\n``, in which every field holding a line break is quoted.

    The csv module quotes a field holding a character of the line terminator only: written with ``\\n`` line ends,
    a field holding a lone carriage return (a quote from a page saved with old Mac line ends) is left bare, and
    every reader splits the row there. Here each row is written with ``\\r\\n`` (so that both characters are
    quoted) and ends in ``\\n``; ``None`` is written as an empty field.

    Parameters
    ----------
    rows : iterable of sequences
        The rows, header first if any.

    Returns
    -------
    str

    Examples
    --------
    >>> csv_text([["quote", "n"], ["one\\rtwo", 1]])
    'quote,n\\n"one\\rtwo",1\\n'
    """
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    lines = []
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
        lines.append(buf.getvalue()[:-2] + "\n")
        buf.seek(0)
        buf.truncate()
    return "".join(lines)


#: tags of HTML that mark a page saved as its source: a doctype, ``<html>`` or ``<body>`` (not ``<head>``: an XML
#: record's heading)
_HTML_OPENING = re.compile(r"<!doctype\s+html\b|<(?:html|body)\b[^<>]*>", re.I)
#: a block-level tag (its opening or closing, ``<br>``, ``<hr>``): a line or paragraph ends there
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|tr|td|th|table|title|br|hr|blockquote|section|article|header|footer|figure|"
    r"figcaption|dd|dt|dl|pre|main|aside|nav|address)\b[^<>]*>", re.I)
#: a line break tag (``<br>``, ``<br />``): it ends a line, not a paragraph
_LINE_BREAK = re.compile(r"<br\b[^<>]*>", re.I)
#: closing block tags that make a text without doctype or ``<html>`` a page saved as HTML (a quoted ``<b>`` does not)
HTML_BLOCK_ENDS = 4
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|tr|td|table|blockquote|section|article)\s*>|<br\s*/?>", re.I)
#: a tag (opening, closing or empty, its attributes on any lines), a doctype or a processing instruction
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s(?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*)?/?>|<![A-Za-z][^<>]*>|<\?[^<>]*>")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
#: an element whose contents are no text: a script, a style sheet, a template, a drawing
_HIDDEN = re.compile(r"<(script|style|noscript|template|svg)\b[^<>]*>.*?(?:</\1\s*>|\Z)", re.S | re.I)
_HEAD = re.compile(r"<head\b[^<>]*>.*?(?:</head\s*>|(?=<body\b)|\Z)", re.S | re.I)
_TITLE = re.compile(r"<title\b[^<>]*>(.*?)</title\s*>", re.S | re.I)
#: a character reference (``&amp;``, ``&#8217;``, ``&#x2019;``)
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: what a loader keeps of a page's markup when it reads the page's publication date: its meta tags and JSON-LD fields
#: naming publication
_DATE_MARKUP = re.compile(r"<meta\b[^<>]{0,400}>|\"[A-Za-z][\w:.-]{2,30}\"\s*:\s*\"[^\"\n]{6,40}\"", re.I)


def is_html(text: str) -> bool:
    """Whether ``text`` is a page saved as its HTML source: it has a doctype or an ``<html>`` or ``<body>`` tag, or
    closes :data:`HTML_BLOCK_ENDS` block elements or more (``</p>``, ``</div>``, ``<br>``); an XML document
    (``<?xml``) only with an ``<html>`` tag. A news text quoting one tag (``<b>``) or writing ``x < y > z`` is no
    page of HTML.

    Examples
    --------
    >>> is_html("<p>Mill shuts.</p><p>Staff leave.</p><p>More.</p><p>End.</p>")
    True
    >>> is_html("The tag <b> makes text bold, and 3 < 4 > 2.")
    False
    """
    if "<" not in text:
        return False
    if text.lstrip()[:5].lower() == "<?xml":
        return re.search(r"<html\b", text[:4000], re.I) is not None
    if _HTML_OPENING.search(text, 0, 4000):
        return True
    return sum(1 for _ in zip(range(HTML_BLOCK_ENDS), _BLOCK_END.finditer(text))) >= HTML_BLOCK_ENDS


def read_markup(text: str, *, dates: bool = False) -> str:
    """A page saved as its HTML source read as its text, of the same length so that every offset still indexes the
    raw page: tags, comments, the contents of scripts and style sheets and the head but its ``<title>`` are
    blanked to spaces, a block element's tags (``<p>``, ``</p>``, ``</h1>``, ``</li>`` …) end a line and a
    paragraph (a line break at each end of the tag), a ``<br>`` a line (spaces, then a line break), and a character
    reference (``&amp;``, ``&#8217;``) is read as its character after as many spaces as keep its length, or before
    them when the character closes what stands before it (``&#8221;``, ``&#8217;``), and ``&nbsp;`` as a space. The
    page's title is its first line. ``text`` itself when it is no page of HTML (:func:`is_html`).

    Parameters
    ----------
    text : str
    dates : bool, optional
        Keep the meta tags and JSON-LD fields of the page's markup as written (what the loader reads the page's
        publication day from: :func:`timeline.published.markup_date_lines`).

    Returns
    -------
    str
        Of the same length as ``text``.

    Examples
    --------
    >>> read_markup("<html><body><p>Mill &amp; pier shut.</p></body></html>")
    '            \\n \\nMill &     pier shut.\\n  \\n              '
    """
    if not is_html(text):
        return text
    out = list(text)

    def blank(s: int, e: int) -> None:
        for k in range(s, e):
            if out[k] != "\n":
                out[k] = " "

    kept = [(m.start(), m.group(0)) for m in _DATE_MARKUP.finditer(text)] if dates else []
    titles = [m.span(1) for m in _TITLE.finditer(text, 0, 20000)][:1]
    for m in _HEAD.finditer(text):
        s = m.start()
        for ts, te in titles:
            if m.start() <= ts and te <= m.end():
                blank(s, ts)
                s = te
        blank(s, m.end())
    for pattern in (_COMMENT, _HIDDEN):
        for m in pattern.finditer(text):
            blank(*m.span())
    for m in _TAG.finditer(text):
        blank(*m.span())
        if _LINE_BREAK.fullmatch(m.group(0)):  # (a line break, not a paragraph's end: hard-wrapped lines)
            out[m.end() - 1] = "\n"
        elif _BLOCK_TAG.fullmatch(m.group(0)):
            out[m.start()] = "\n"
            out[m.end() - 1] = "\n"
    for m in ENTITY.finditer(text):
        if out[m.start()] == "&":  # (not in a blanked span)
            _read_entity(out, m)
    for s, written in kept:
        out[s : s + len(written)] = written
    return "".join(out)


#: the categories of a character that closes what stands before it (``’``, ``”``, ``)``, ``.``): a reference to one is
#: read as the character, then spaces; any other (``“``, ``&``, a letter) as spaces, then the character
_CLOSING = frozenset({"Pe", "Pf", "Po"})


#: characters a reader does not see, which a page writes inside a word (a soft hyphen, zero-width spaces and joiners):
#: a reference to one inside a word is read as nothing, the word whole (``Sept&shy;ember`` as *September*)
_INVISIBLE = frozenset({"\xad", "\u200b", "\u200c", "\u200d", "\u2060"})


def _read_entity(out: list[str], m: re.Match) -> None:
    """Read the character reference ``m`` in ``out`` (a page's characters as read): its character after spaces; before
    them when it closes what stands before it (``&#8221;``); and when it joins a word (``operator&#8217;s``,
    ``caf&eacute;s``), the character and the rest of the word (:func:`entity_word_end`) written right after the
    word's start, the spaces after them, so that the word is read whole."""
    char = _entity_char(m.group(0))
    s, e = m.span()
    for k in range(s, e):
        out[k] = " "
    if html.unescape(m.group(0)) in _INVISIBLE and s > 0 and out[s - 1].isalnum():  # 'Sept&shy;ember': one word
        rest = m.string[e : entity_word_end(m.string, m)]
        out[s : s + len(rest)] = rest
        out[s + len(rest) : e + len(rest)] = " " * (e - s)
        return
    joined = s > 0 and out[s - 1].isalnum() and (char.isalnum() or char in "’'")
    if joined:
        rest = m.string[e : entity_word_end(m.string, m)]
        out[s : s + 1 + len(rest)] = char + rest
        out[s + 1 + len(rest) : e + len(rest)] = " " * (e - s - 1)
    else:
        out[s if unicodedata.category(char) in _CLOSING else e - 1] = char


def entity_word_end(text: str, m: re.Match) -> int:
    """Where the word a character reference ``m`` of ``text`` stands in goes on to (its letters right after it:
    ``operator&#8217;s``); ``m.end()`` when none follow."""
    run = re.match(r"[^\W_]+", text[m.end() : m.end() + 40])
    return m.end() + (len(run.group(0)) if run else 0)


def _entity_char(entity: str) -> str:
    """The one character a character reference stands for: a space for a non-breaking space, a control or a
    reference that stands for more than one character or none."""
    char = html.unescape(entity)
    return char if len(char) == 1 and char.isprintable() and char != "\xa0" else " "


def read_markup_quote(text: str) -> str:
    """A piece of a page saved as HTML (a quote) read as its words: its tags dropped (a block element's as a line
    break), its character references read; not of the same length, for comparing and showing, never for offsets.

    Examples
    --------
    >>> read_markup_quote('The <a href="/x">agency</a> fined Acme &amp; Co.')
    'The agency fined Acme & Co.'
    """
    text = _COMMENT.sub("", _HIDDEN.sub("", text))
    text = _TAG.sub(lambda m: "\n" if _BLOCK_TAG.fullmatch(m.group(0)) else "", text)
    return html.unescape(text).replace("\xa0", " ")
