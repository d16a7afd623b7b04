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

__all__ = ["all_lemmas", "resources_folder", "verb_forms"]

_LOOKUP = "lemma_lu.csv.gz"
_OVERRIDES = "lemma_overrides.csv"
_INFLECTIONS = "infl_lu.csv.gz"
_INFLECTION_OVERRIDES = "infl_overrides.csv"
_VERB_TAGS = ("VBD", "VBN", "VBG", "VBZ")  # the order of a verb line's forms in the inflection table
#: Modals, whose forms lemminflect sets in code rather than in its table (``InflectionLUCodec.updateForAuxMod``).
_MODALS = {"can": {"VBD": ("could",)}, "may": {"VBD": ("might",)}, "will": {"VBD": ("would",)},
           "shall": {"VBD": ("should",)}, "must": {"VBD": ("must",)}, "ought": {"VBD": ("ought",)}, "dare": {}}


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


@functools.cache
def _verb_table() -> tuple[list[str], dict[str, dict[str, tuple[str, ...]]]]:
    """The inflection table's verb lines (``lemma,verb,VBD,VBN,VBG,VBZ``, sorted by lemma) and its verb overrides."""
    with gzip.open(resources_folder() / _INFLECTIONS, "rb") as f:
        lines = [line for line in f.read().decode().splitlines() if line.split(",", 2)[1:2] == ["verb"]]
    lines.sort(key=_word)
    overrides: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in (resources_folder() / _INFLECTION_OVERRIDES).read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lemma, tag, form = line.split(",")
            if tag in _VERB_TAGS:
                overrides.setdefault(lemma, {})[tag] = (form,)
    return lines, overrides


@functools.lru_cache(maxsize=65536)
def verb_forms(lemma: str) -> dict[str, tuple[str, ...]]:
    """The inflected forms of the verb ``lemma`` (tags ``VBD``, ``VBN``, ``VBG``, ``VBZ``) that ``lemminflect``'s
    table gives, as ``lemminflect.getInflection(lemma, tag)`` finds them for a verb the table holds (a past or a
    past participle the table leaves out is the other one, as lemminflect reads them); empty for a verb it does
    not hold (``lemminflect`` would guess those by rule; callers keep the word as written). The forms take the
    lemma's capitalisation, as lemminflect's do; a cached object: do not modify it.
    """
    lines, overrides = _verb_table()
    key = lemma.lower()
    i = bisect.bisect_left(lines, key, key=_word)
    forms: dict[str, tuple[str, ...]] = dict(_MODALS.get(key, {}))
    while key not in _MODALS and i < len(lines) and _word(lines[i]) == key:
        parts = lines[i].strip().split(",")[2:]
        for tag, spelled in zip(_VERB_TAGS, parts):
            if spelled:
                forms[tag] = tuple(spelled.split("/"))
        i += 1
    forms.update(overrides.get(key, {}))
    for tag, other in (("VBD", "VBN"), ("VBN", "VBD")):
        if tag not in forms and other in forms:
            forms[tag] = forms[other]
    style = _caps_style(lemma)
    return {tag: tuple(_caps(f, style) for f in spelled) for tag, spelled in forms.items()}


def past_lemmas(word: str) -> tuple[str, ...]:
    """The verb lemmas of which ``word`` is a simple past, as written (*left* → ``('leave',)``).

    Parameters
    ----------
    word : str
        A word, compared as written with the ``VBD`` forms of its verb lemmas
        (:func:`all_lemmas`, :func:`verb_forms`); callers pass it lower-cased.

    Returns
    -------
    tuple of str
        The lemmas, in :func:`all_lemmas`'s order; empty when ``word`` is no
        simple past (a present, a participle only, or not a verb).
    """
    return tuple(v for v in all_lemmas(word).get("VERB", ()) if word in verb_forms(v).get("VBD", ()))
