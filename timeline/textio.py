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
import io
import re
from typing import Iterable, Iterator, Sequence

__all__ = [
    "CONTROL_CHARACTERS", "ESCAPE", "ESCAPED_BREAKS", "RECORD_TEXT", "TextFileError", "check_delimiter", "control_character", "csv_rows",
    "csv_text", "decode_text", "plain_reading", "read_escapes", "read_line_ends", "reading_text", "unescaped",
]


def reading_text(text: str) -> str:
    """``text`` as the package reads an article, of the same length so that every offset still indexes the raw
    text: a Windows line end (``\\r\\n``) is a space and a line break, a lone carriage return (an old Mac text's line
    end) a line break, and a string kept as code is read as its words (:func:`read_escapes`). Quotes are cut from
    the raw text.

    Parameters
    ----------
    text : str

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
    return read_escapes(text)


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
    (:func:`read_escapes`). A text saved with Windows, old Mac or Unix line ends gives the same reading.

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
    return read_escapes(read_line_ends(text))


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
