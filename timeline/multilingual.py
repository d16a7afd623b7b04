"""Date mentions in articles not written in English, through ``dateparser``.

The project's own tagger (:func:`timeline.dates.find_dates`) reads English.
For an article in another language, :func:`find_dates_multilingual` runs
``dateparser``'s search (it knows 200+ languages) over each sentence and turns
what it finds into the same :class:`timeline.dates.DateMention` records:

* **Exact offsets.** Each string dateparser returns is looked up verbatim in
  its sentence (left to right); a string not found verbatim is skipped.
* **Only what names a date.** dateparser also matches words such as German
  "die" (``Di``, Tuesday) or durations ("sechs Monate"). A string is kept only
  when it holds a full month or weekday name of the language, a relative
  day word ("gestern", "hace", "назад" with a unit), a numeric date
  (``06.07.2025``) or a four-digit year; leading and trailing words that stop
  it from parsing are trimmed (``am 29. Mai 2017`` → ``29. Mai 2017``).
* **Precision kept.** The period dateparser reports for the string gives the
  precision: a month alone is ``YYYY-MM``, a year alone ``YYYY``, a week
  ``YYYY-Www``; times of day give their day; a bare time names no date and
  is skipped, and so is a fixed year that is not printed as four digits
  (dateparser reads "August um 40" as August 1940).
* **Never today.** An expression is relative when its value changes with the
  reference date (it is parsed against two); relative expressions are
  resolved against the publication date (``anchor="publication"``), and
  dropped — counted in :attr:`MultilingualDates.unresolved` — when the
  article has none. The clock is never read.

:func:`detect_language` tells the language of a text (``py3langid``, an
offline classifier that ships its model); :func:`rejoin_sentences` repairs
sentence breaks the English splitter makes inside dates and abbreviations of
other languages (``31.`` | ``Mai 2017``; ``род.`` | ``19 ноября``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from .articles import latin_script
from .dates import DateMention
from .dates.resources.lexicon import WEEKDAYS

__all__ = [
    "ENGLISH",
    "MultilingualDates",
    "detect_language",
    "find_dates_multilingual",
    "is_supported",
    "other_languages_line",
    "cut_sentences",
    "rejoin_sentences",
]

#: The language the project's own tagger reads.
ENGLISH = "en"

# English function words: a text where they are frequent is English without running the classifier
_ENGLISH_WORDS = frozenset("the of and to is that for on was with said it by from as were has have".split())
_WORDS = re.compile(r"[^\W\d_]+", re.U)
_MIN_LETTERS = 40  # shorter texts are too short to tell; they are read as English
_MIN_CONFIDENCE = 0.9
#: the classifier's likeliest languages searched for one dateparser knows, for a text not in the Latin script
_NEIGHBOURS = 3
# two references that differ in year, month, day and weekday: a value that changes between them is relative
_BASES = (dt.datetime(2001, 3, 10), dt.datetime(2013, 10, 25))
_SHIFT = dt.timedelta(days=3 * 365 + 152)
_MAX_TOKENS = 10
_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d{2}|21\d{2})(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})(?!\d)")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_WEEKDAYS = tuple(WEEKDAYS)
_UNITS = ("day", "week", "month", "year")


@dataclass
class MultilingualDates:
    """What :func:`find_dates_multilingual` found.

    Attributes
    ----------
    mentions : list of DateMention
        Dated mentions with exact offsets, in text order.
    unresolved : list of str
        Relative expressions dropped because there was no publication date.
    """

    mentions: list[DateMention] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- language


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


#: how many texts' languages :func:`detect_language` keeps: a page's language is asked for as it is read and again
#: when the run tells which pages are not in English
LANGUAGES_KEPT = 512


@functools.lru_cache(maxsize=LANGUAGES_KEPT)
def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language a text is written in; ``"en"`` when unsure (kept for the last
    :data:`LANGUAGES_KEPT` texts).

    English text is recognised by its function words without loading the
    classifier; other text goes to ``py3langid`` (offline, its model ships
    with the package) and its answer is taken when it is at least 90% sure
    and the text has at least 40 letters. A text not in the Latin script
    (:func:`timeline.articles.latin_script`) is never read as English: when
    the classifier is less sure, the likeliest of its first three answers
    that dateparser knows is taken (its doubt is between neighbours of one
    script, two varieties of Arabic, Mandarin and Wu Chinese).

    Parameters
    ----------
    text : str

    Returns
    -------
    str
    """
    words = [w.lower() for w in _WORDS.findall(text)]
    letters = sum(len(w) for w in words)
    if letters < _MIN_LETTERS:
        return ENGLISH
    if sum(w in _ENGLISH_WORDS for w in words) >= 0.08 * len(words):
        return ENGLISH
    lang, confidence = _identifier().classify(text)
    if confidence >= _MIN_CONFIDENCE:
        return str(lang)
    if latin_script(text):
        return ENGLISH
    # not Latin: English is out, and the classifier hesitates between neighbours of one script (two varieties
    # of Arabic, Mandarin and Wu Chinese) whose dates read alike: the likeliest one dateparser knows
    ranked = [str(code) for code, _p in _identifier().rank(text)[:_NEIGHBOURS]]
    return next((code for code in ranked if is_supported(code)), str(lang))


def other_languages_line(pages: Iterable[tuple[str, bool]]) -> str:
    """One line telling how many pages of a run are in a language the English tagger does not read, by language,
    how many of them dateparser dated, how many are in a language it does not know either (read as English) and how
    many gave no event; "" when all are English. So that a folder of Chinese or Arabic pages never ends in an
    empty timeline without a word.

    Parameters
    ----------
    pages : iterable of (str, bool)
        Each page's language (ISO 639-1 code, :func:`detect_language` or the metadata's) and whether it gave no
        event.

    Returns
    -------
    str

    Examples
    --------
    >>> other_languages_line([("en", False), ("zh", False), ("zh", True), ("xx", True)])
    '3 of 4 pages are in a language the English tagger does not read (zh 2, xx 1): 2 dated by dateparser; 1 in a language it does not know either, read as English (its dates may be missed); 2 of the 3 gave no event'
    """
    pages = list(pages)
    other = [(lang, empty) for lang, empty in pages if lang != ENGLISH]
    if not other:
        return ""
    counts: dict[str, int] = {}
    for lang, _empty in other:
        counts[lang] = counts.get(lang, 0) + 1
    shown = ", ".join(f"{lang} {n}" for lang, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    known = sum(is_supported(lang) for lang, _empty in other)
    parts = [f"{len(other)} of {len(pages)} pages are in a language the English tagger does not read ({shown})"]
    told = [f"{known} dated by dateparser"] if known else []
    if known < len(other):
        told.append(f"{len(other) - known} in a language it does not know either, read as English "
                    "(its dates may be missed)")
    empty = sum(e for _lang, e in other)
    if empty:
        told.append(f"{empty} of the {len(other)} gave no event")
    return parts[0] + ": " + "; ".join(told)


@functools.lru_cache(maxsize=64)
def _locale(language: str) -> Any | None:
    from dateparser.languages.loader import default_loader

    try:
        return default_loader.get_locale(language)
    except (ValueError, KeyError):
        return None


def is_supported(language: str) -> bool:
    """Whether dateparser knows the language (ISO 639-1 code)."""
    return _locale(language) is not None


@functools.lru_cache(maxsize=64)
def _vocabulary(language: str) -> dict[str, frozenset[str]]:
    """Lower-case words of the language's locale, by kind: full month and weekday names, relative day phrases,
    the word for "ago" and the unit words."""
    info = _locale(language).info  # type: ignore[union-attr]

    def full(keys: Iterable[str]) -> frozenset[str]:
        out: set[str] = set()
        for key in keys:
            forms = [f.lower().rstrip(".") for f in info.get(key, []) if f]
            longest = max((len(f) for f in forms), default=0)
            out.update(f for f in forms if len(f) >= 4 or len(f) == longest)
        return frozenset(out)

    relative = {p.lower() for phrases in info.get("relative-type", {}).values() for p in phrases}
    return {
        "names": full(_MONTHS + _WEEKDAYS),
        "months": full(_MONTHS),
        "relative": frozenset(relative),
        "ago": frozenset(f.lower() for f in info.get("ago", [])),
        "units": frozenset(f.lower() for u in _UNITS for f in info.get(u, []) if len(f) > 1),
    }


@functools.lru_cache(maxsize=256)
def _word_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _has_word(text: str, words: frozenset[str]) -> bool:
    pattern = _word_pattern(words)
    return bool(pattern and pattern.search(text.lower()))


def _names_a_date(text: str, vocab: dict[str, frozenset[str]]) -> bool:
    """Whether a string holds something that names a date (not only a number, a time or a stray short word)."""
    if _YEAR.search(text) or _NUMERIC_DATE.search(text):
        return True
    if _has_word(text, vocab["names"]) or _has_word(text, vocab["relative"]):
        return True
    return _has_word(text, vocab["ago"]) and _has_word(text, vocab["units"])


# --------------------------------------------------------------------------- sentences


def rejoin_sentences(text: str, spans: Sequence[tuple[int, int]], *, language: str) -> list[tuple[int, int]]:
    """Join sentence spans that the English splitter broke inside a date or after an abbreviation.

    Two neighbouring spans are joined when the first ends with a one- or
    two-digit ordinal (``31.``) and the second starts with a month name of the
    language (``Mai 2017``), or when the first ends with a short lower-case
    abbreviation (``род.``, ``ca.``) and the second starts with a digit.

    Parameters
    ----------
    text : str
    spans : sequence of (start, end)
        Sentences of ``text`` in order (e.g. from :func:`timeline.extract.sentences`).
    language : str
        ISO 639-1 code.

    Returns
    -------
    list of (start, end)
    """
    months = _vocabulary(language)["months"] if is_supported(language) else frozenset()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            prev, gap, head = text[ps:pe], text[pe:s], text[s:e]
            first = _WORDS.match(head)
            ordinal = re.search(r"(?<!\d)\d{1,2}\.$", prev) and first and first.group(0).lower() in months
            abbreviation = re.search(r"(?<!\w)[^\W\d_]{1,4}\.$", prev) and prev.rstrip(".")[-1:].islower() \
                and head[:1].isdigit()
            if (ordinal or abbreviation) and "\n" not in gap:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


#: sentence ends of scripts written without spaces (Chinese, Japanese: 。！？), and the Arabic question mark; the
#: English splitter knows only ``.!?`` followed by a space
_WIDE_STOP = re.compile(r"[\u3002\uff01\uff1f\uff0e\u061f]+[\u300d\u300f\uff09\u201d\"']*|[.!?]+(?=\s+(\w))")


def _caseless(letter: str) -> bool:
    """Whether a letter is of a script without capitals (Arabic, Hebrew, Hangul, Devanagari, Thai, CJK)."""
    return letter.isalpha() and not letter.isupper() and not letter.islower()


def cut_sentences(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` cut after each full-width sentence end (``。``, ``！``, ``？``; Arabic ``؟``) and after each ``.``,
    ``!`` or ``?`` followed by a space and a letter of a script without capitals, which the English splitter does
    not know (it waits for a capital): a Chinese, Japanese, Korean or Arabic paragraph is otherwise one sentence,
    its events quoted together, and dateparser's search, which reads words between spaces, misses or misreads the
    dates of a long run without any.

    Parameters
    ----------
    text : str
    spans : sequence of (start, end)
        Sentences of ``text`` in order.

    Returns
    -------
    list of (start, end)
        The sentences, none empty, offsets into ``text``.
    """
    out: list[tuple[int, int]] = []
    for s, e in spans:
        at = s
        for m in _WIDE_STOP.finditer(text, s, e):
            if m.group(1) is not None and not _caseless(m.group(1)):
                continue  # '. ' before a capital or a digit: the English splitter's to judge (an abbreviation?)
            if text[at : m.end()].strip():
                out.append((at, m.end()))
            at = m.end()
            while at < e and text[at].isspace():
                at += 1
        if at < e and text[at:e].strip():
            out.append((at, e))
    return out


# --------------------------------------------------------------------------- dates


@functools.lru_cache(maxsize=32)
def _parser(language: str, base: dt.datetime) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[language], settings=_settings(base))


def _settings(base: dt.datetime) -> dict[str, Any]:
    return {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


def _value(date: dt.datetime, period: str) -> tuple[str, str] | None:
    """TimeML value and precision of a parsed date at dateparser's period, None outside years 1000–2199."""
    if not 1000 <= date.year < 2200:
        return None
    if period == "year":
        return f"{date.year:04d}", "year"
    if period == "month":
        return f"{date.year:04d}-{date.month:02d}", "month"
    if period == "week":
        year, week, _ = date.isocalendar()
        return f"{year:04d}-W{week:02d}", "week"
    return date.date().isoformat(), "day"


def _parse(text: str, language: str, base: dt.datetime) -> tuple[str, str, str] | None:
    """(value, precision, period) of a string against a reference date, or None when it does not parse."""
    data = _parser(language, base).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    period = data.period or "day"
    if period == "time" and data.date_obj.date() == base.date():
        return None  # only a time of day ("23 Uhr"), or "now": no date of its own
    value = _value(data.date_obj, period)
    year = _YEAR.search(text)
    if year and (value is None or not value[0].startswith(year.group(1))) and not _NUMERIC_DATE.search(text):
        # dateparser read the year as a count ("2010 года" as 2010 years ago): keep the year as printed
        return year.group(1), "year", "year"
    return None if value is None else (*value, period)


def _trimmed(text: str, start: int, end: int, language: str, base: dt.datetime):
    """The longest part of ``text[start:end]`` (whole tokens) that parses and names a date, with its value."""
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])][:_MAX_TOKENS]
    vocab = _vocabulary(language)
    n = len(tokens)
    for size in range(n, 0, -1):
        for i in range(0, n - size + 1):
            s, e = tokens[i][0], tokens[i + size - 1][1]
            while e > s and text[e - 1] in ",;:()[]«»\"“”„":
                e -= 1
            while s < e and text[s] in ",;:()[]«»\"“”„":
                s += 1
            piece = text[s:e]
            if not piece or not _names_a_date(piece, vocab):
                continue
            parsed = _parse(piece, language, base)
            if parsed is not None:
                return _tightened(text, s, e, parsed, language, base)
    return None


def _tightened(text: str, s: int, e: int, parsed: tuple, language: str, base: dt.datetime):
    """Drop leading and trailing words that carry no date ("de 2010" → "2010", "am …", "… hora") while the
    rest gives the same value."""
    vocab = _vocabulary(language)
    keep = vocab["names"] | vocab["relative"]

    def bare(token: str) -> bool:
        word = token.strip(",;:()[]«»\"“”„.").lower()
        return not any(c.isdigit() for c in word) and word not in keep

    while True:
        tokens = [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", text[s:e])]
        if len(tokens) < 2:
            return s, e, parsed
        for ts, te, ns, ne in ((*tokens[0], tokens[1][0], e), (*tokens[-1], s, tokens[-2][1])):
            if not bare(text[ts:te]):
                continue
            while ne > ns and text[ne - 1] in ",;:()[]«»\"“”„":
                ne -= 1
            again = _parse(text[ns:ne], language, base) if _names_a_date(text[ns:ne], vocab) else None
            if again is not None and again[:2] == parsed[:2]:
                s, e = ns, ne
                break
        else:
            return s, e, parsed


def _in_sentence(text: str, start: int, end: int, found: Sequence[str]) -> Iterable[tuple[int, int]]:
    """Exact spans of dateparser's strings in ``text[start:end]``, left to right; strings not there are skipped."""
    cursor = start
    for string in found:
        pos = text.find(string, cursor, end)
        if pos < 0:
            continue
        cursor = pos + len(string)
        yield pos, cursor


#: a date written with the unit after each number, as Chinese, Japanese and Korean write them (2019年3月4日,
#: 2020年6月, 2019년 3월 4일): dateparser reads it, but its search, which cuts a text at spaces, misses or misreads it
#: in a sentence written without them
_UNIT_DATE = re.compile(r"(?<!\d)\d{4}\s?[年년](?:\s?\d{1,2}\s?[月월](?:\s?\d{1,2}\s?[日일号])?)?")


def _with_unit_dates(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (dateparser's finds) with each date written with its units (:data:`_UNIT_DATE`) in
    ``text[start:end]``: such a date replaces the finds it overlaps (*2019年3月4* becomes *2019年3月4日*)."""
    units = [(m.start(), m.end()) for m in _UNIT_DATE.finditer(text, start, end)]
    if not units:
        return spans
    kept = [(s, e) for s, e in spans if not any(s < ue and us < e for us, ue in units)]
    return sorted(kept + units)


def find_dates_multilingual(
    text: str,
    *,
    language: str,
    spans: Sequence[tuple[int, int]],
    relative_to: dt.date | None = None,
) -> MultilingualDates:
    """Find date mentions in a text not written in English, with exact offsets.

    Parameters
    ----------
    text : str
        The raw text.
    language : str
        ISO 639-1 code (``de``, ``es``, ``ru`` …); see :func:`is_supported`.
    spans : sequence of (start, end)
        The sentences to search (e.g. the story's, boilerplate excluded).
    relative_to : datetime.date, optional
        The publication date: relative expressions ("gestern", "el sábado",
        "в прошлом месяце", a day and month without a year) are resolved
        against it, and dropped when it is None.

    Returns
    -------
    MultilingualDates
        Mentions typed ``DATE`` with ``anchor`` ``absolute`` or ``publication``.
    """
    from dateparser.search import search_dates

    out = MultilingualDates()
    if not is_supported(language):
        return out
    if relative_to is not None:
        base = dt.datetime(relative_to.year, relative_to.month, relative_to.day)
        bases = (base, base - _SHIFT)
    else:
        bases = _BASES
    vocab = _vocabulary(language)
    for start, end in spans:
        if not _names_a_date(text[start:end], vocab):
            continue  # nothing dateparser could return would be kept: spare the search
        found = search_dates(text[start:end], languages=[language], settings=_settings(bases[0])) or []
        for s, e in _with_unit_dates(text, start, end, list(_in_sentence(text, start, end, [f[0] for f in found]))):
            hit = _trimmed(text, s, e, language, bases[0])
            if hit is None:
                continue
            ms, me, (value, precision, _period) = hit
            other = _parse(text[ms:me], language, bases[1])
            relative = other is None or other[0] != value
            if not relative and not (_YEAR.search(text[ms:me]) or _NUMERIC_DATE.search(text[ms:me])):
                continue  # a fixed year that is not printed came from a stray number ("August um 40")
            if relative and relative_to is None:
                out.unresolved.append(text[ms:me])
                continue
            out.mentions.append(
                DateMention(ms, me, text[ms:me], "DATE", value, precision=precision,
                            anchor="publication" if relative else "absolute")
            )
    return out
