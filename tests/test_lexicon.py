"""Lemmas read lazily from lemminflect's shipped table: the same answers as lemminflect, without its start-up."""

from __future__ import annotations

import subprocess
import sys

import pytest

from timeline.lexicon import all_lemmas, resources_folder


@pytest.fixture(scope="module")
def lemminflect_words():
    lemminflect = pytest.importorskip("lemminflect")
    lemmatizer = lemminflect.Lemmatizer()
    return lemminflect, sorted(set(lemmatizer._getLemmaDict()) | set(lemmatizer._getOverridesDict()))


def test_every_word_of_the_table_gets_lemminflects_answer(lemminflect_words):
    lemminflect, words = lemminflect_words
    assert len(words) > 70_000
    cased = [w.capitalize() for w in words[::37]] + [w.upper() for w in words[::41]]
    unknown = ["", "zzqx", "Xylophonists", "covid-19", "’s", "naïve"]
    for word in words + cased + unknown:
        assert all_lemmas(word) == lemminflect.getAllLemmas(word), word


def test_known_lemmas():
    assert all_lemmas("said") == {"VERB": ("say",)}
    assert all_lemmas("talks") == {"NOUN": ("talk",), "VERB": ("talk",)}
    assert all_lemmas("Said") == {"VERB": ("Say",)}
    assert all_lemmas("qwzx") == {}
    assert (resources_folder() / "lemma_lu.csv.gz").is_file()


def test_lookups_import_neither_lemminflect_nor_numpy():
    code = ("import sys; from timeline.lexicon import all_lemmas; all_lemmas('rose'); "
            "print(sorted(m for m in ('lemminflect', 'numpy') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_no_module_but_the_lexicon_imports_lemminflect():
    """lemminflect parses its whole table on its first lookup: lemmas go through timeline.lexicon.all_lemmas."""
    import re
    from pathlib import Path

    import timeline

    root = Path(timeline.__file__).parent
    users = sorted(str(p.relative_to(root)) for p in root.rglob("*.py")
                   if re.search(r"^\s*(from|import)\s+lemminflect\b", p.read_text(encoding="utf-8"), re.M))
    assert users == []


def test_verb_forms_are_lemminflects_for_every_verb_of_its_table():
    """Every verb the inflection table holds gives lemminflect's forms for the tags the package asks for
    (lemmas in lower case, as the package asks)."""
    import gzip

    from lemminflect import getInflection

    from timeline.lexicon import resources_folder, verb_forms

    with gzip.open(resources_folder() / "infl_lu.csv.gz", "rb") as f:
        verbs = sorted({line.split(",")[0].lower() for line in f.read().decode().splitlines() if ",verb," in line})
    assert len(verbs) > 5000
    for lemma in verbs:
        forms = verb_forms(lemma)
        for tag in ("VBD", "VBN", "VBG", "VBZ"):
            assert forms.get(tag, ()) == getInflection(lemma, tag, inflect_oov=False), (lemma, tag)
    assert verb_forms("take")["VBN"] == ("taken",) and verb_forms("qwzzxv") == {}


def test_past_lemmas_names_the_verbs_a_simple_past_comes_from() -> None:
    from timeline.lexicon import past_lemmas

    assert past_lemmas("left") == ("leave",)
    assert "leave" not in past_lemmas("leaves")
    assert past_lemmas("taken") == ()  # a participle only
    assert past_lemmas("table") == ()
