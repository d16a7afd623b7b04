"""Lemmas of English words from the lookup table ``lemminflect`` ships, read without importing ``lemminflect``.

:func:`all_lemmas` answers as ``lemminflect.getAllLemmas(word)`` does (same
keys, same spellings, same capitalisation; its overrides applied), but without
its start-up cost: ``lemminflect`` parses its whole table (80,676 lines) into
nested dictionaries on the first lookup (0.3-0.5 s, every command that
extracts, in every worker) and importing the package imports ``numpy``.
Here the table is decompressed once (about 20 ms) and each word is found by a
binary search over its sorted lines; answers are cached.

The data is ``lemminflect``'s own (``resources/lemma_lu.csv.gz`` and
``resources/lemma_overrides.csv`` of the installed package): nothing is
downloaded, derived or written. ``tests/test_lexicon.py`` checks that every
word of the table gives ``lemminflect``'s answer.
"""

from __future__ import annotations

import bisect
import functools
import gzip
from importlib.util import find_spec
from pathlib import Path

__all__ = ["all_lemmas", "resources_folder"]

_LOOKUP = "lemma_lu.csv.gz"
_OVERRIDES = "lemma_overrides.csv"


def resources_folder() -> Path:
    """The ``resources`` folder of the installed ``lemminflect`` (found without importing it).

    Raises
    ------
    ModuleNotFoundError
        When ``lemminflect`` is not installed.
    """
    spec = find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("lemminflect is not installed (it ships the lemma table)")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


def _word(line: str) -> str:
    return line.partition(",")[0]


@functools.cache
def _table() -> list[str]:
    """The lookup table's lines (``word,category,lemma/lemma``), sorted by word as shipped."""
    with gzip.open(resources_folder() / _LOOKUP, "rb") as f:
        lines = f.read().decode().splitlines()
    words = [_word(line) for line in lines[:: max(1, len(lines) // 64)]]
    if words != sorted(words):  # pragma: no cover - a lemminflect release that stops sorting its table
        lines.sort(key=_word)
    return lines


@functools.cache
def _overrides() -> dict[str, dict[str, tuple[str, ...]]]:
    """``lemminflect``'s overrides (``word,upos,lemma``), read as it reads them."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in (resources_folder() / _OVERRIDES).read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, pos, lemma = line.split(",")
            out.setdefault(word, {})[pos] = (lemma,)
    return out


def _upos(category: str) -> str:
    upos = category.upper()
    return "AUX" if upos == "MODAL" else upos


def _caps(word: str, style: str) -> str:
    if style == "all_upper":
        return word.upper()
    return word.capitalize() if style == "first_upper" else word.lower()


def _caps_style(word: str) -> str:
    if word.isupper():
        return "all_upper"
    return "first_upper" if word and word[0].isupper() else "lower"


@functools.lru_cache(maxsize=65536)
def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Every lemma of ``word`` by universal part of speech, as ``lemminflect.getAllLemmas(word)`` gives it.

    Parameters
    ----------
    word : str
        A word in any case (looked up in lower case; the lemmas come back in
        the word's capitalisation style).

    Returns
    -------
    dict
        Part of speech (``NOUN``, ``VERB``, ``ADJ``, ``ADV``, ``AUX``) to a
        tuple of lemma spellings; empty for a word the table does not hold.
        A cached object: do not modify it.
    """
    style = _caps_style(word)
    key = word.lower()
    lines = _table()
    i = bisect.bisect_left(lines, key, key=_word)
    lemmas: dict[str, tuple[str, ...]] = {}
    while i < len(lines) and _word(lines[i]) == key:
        _, category, forms = lines[i].strip().split(",")
        lemmas[_upos(category)] = tuple(forms.split("/"))
        i += 1
    lemmas.update(_overrides().get(key, {}))
    return {upos: tuple(_caps(f, style) for f in forms) for upos, forms in lemmas.items()}
