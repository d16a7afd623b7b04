"""Articles not in English: language, sentences and dates through dateparser, with exact offsets.

The texts are openly licensed Wikinews and Wikipedia pages (see tests/data/multilingual/SOURCES.md); the
expected dates were checked by hand.
"""

from __future__ import annotations

import datetime as dt
import shutil
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.articles import Article, ArticleMetadataError, find_regions, load_article, load_articles, read_metadata
from timeline.cli import app
from timeline.events import EventSchema as E, read_events
from timeline.extract import extract, extract_article, sentences
from timeline.multilingual import detect_language, find_dates_multilingual, is_supported, rejoin_sentences

DATA = Path(__file__).parent / "data" / "multilingual"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
runner = CliRunner()


def _load(rel: str, published: dt.date | None = None, language: str = "") -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # no publication date printed
        art = load_article(DATA / rel)
    return Article(id=art.id, path=art.path, text=art.text, title=art.title, published=published,
                   language=language, regions=art.regions)


def _mentions(rel: str, language: str, published: dt.date | None = None):
    text = (DATA / rel).read_text(encoding="utf-8")
    spans = rejoin_sentences(text, [(s.start, s.end) for s in sentences(text)], language=language)
    return text, find_dates_multilingual(text, language=language, spans=spans, relative_to=published)


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize("rel, lang", [
    ("de/archiv-2017-05.txt", "de"), ("de/newsticker-2017-05-22.txt", "de"), ("de/hauptseite-2017-09-24.txt", "de"),
    ("de/wikinews-abschalten.txt", "de"), ("es/terremoto-chile-2010.txt", "es"), ("ru/statyi-goda.txt", "ru"),
    ("ru/k-udaleniyu-2013.txt", "ru"),
])
def test_language_is_detected(rel, lang):
    assert detect_language((DATA / rel).read_text(encoding="utf-8")) == lang


def test_english_and_short_texts_are_english(seed_articles):
    assert {detect_language(a.text) for a in seed_articles} == {"en"}
    assert detect_language("Mai 2017") == "en"  # too short to tell: the English tagger reads it
    assert detect_language("") == "en"


def test_language_column_is_read_and_checked(tmp_path):
    (tmp_path / "a.txt").write_text("Titel\n\nAm 3. Mai 2017 unterschrieb Acme den Vertrag.\n", encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,published,language\na.txt,2017-05-04,DE\n", encoding="utf-8")
    (art,) = load_articles(tmp_path)
    assert art.language == "de"
    (tmp_path / "articles.csv").write_text("file,language\na.txt,German\n", encoding="utf-8")
    with pytest.raises(ArticleMetadataError, match=r"articles\.csv:2:language: 'German' is not an ISO 639-1 code"):
        read_metadata(tmp_path / "articles.csv")


def test_supported_languages():
    assert is_supported("de") and is_supported("ru") and is_supported("es")
    assert not is_supported("zz")


# --------------------------------------------------------------------------- sentences


def test_sentences_are_rejoined_inside_dates_and_after_abbreviations():
    text = "Mittwoch, 31. Mai 2017 tagte der Rat. Dann ging er."
    plain = [(s.start, s.end) for s in sentences(text)]
    assert len(plain) == 3  # the English splitter breaks after the ordinal "31."
    assert [text[s:e] for s, e in rejoin_sentences(text, plain, language="de")] == [
        "Mittwoch, 31. Mai 2017 tagte der Rat.", "Dann ging er."
    ]
    ru = "Евгения Медведева (род. 19 ноября 1999, Москва) — фигуристка. Она выступала."
    spans = rejoin_sentences(ru, [(s.start, s.end) for s in sentences(ru)], language="ru")
    assert [ru[s:e] for s, e in spans] == ["Евгения Медведева (род. 19 ноября 1999, Москва) — фигуристка.",
                                          "Она выступала."]


def test_a_number_ending_a_sentence_before_another_word_is_not_joined():
    text = "Es waren 12. Dann kamen mehr."
    spans = [(s.start, s.end) for s in sentences(text)]
    assert rejoin_sentences(text, spans, language="de") == spans


# --------------------------------------------------------------------------- dates checked by hand


@pytest.mark.parametrize("rel, lang, date_text, value, precision", [
    ("de/archiv-2017-05.txt", "de", "Mittwoch, 31. Mai 2017", "2017-05-31", "day"),
    ("de/archiv-2017-05.txt", "de", "29. Mai 2017", "2017-05-29", "day"),
    ("de/hauptseite-2017-09-24.txt", "de", "August 2017", "2017-08", "month"),
    ("de/wikinews-abschalten.txt", "de", "06.07.2025", "2025-07-06", "day"),
    ("es/terremoto-chile-2010.txt", "es", "sábado 27 de febrero de 2010", "2010-02-27", "day"),
    ("ru/statyi-goda.txt", "ru", "19 ноября 1999", "1999-11-19", "day"),
    ("ru/statyi-goda.txt", "ru", "2010", "2010", "year"),
    ("ru/k-udaleniyu-2013.txt", "ru", "05:58, 25 февраля 2013", "2013-02-25", "day"),
])
def test_dates_checked_by_hand(rel, lang, date_text, value, precision):
    text, found = _mentions(rel, lang)
    hits = [m for m in found.mentions if m.text == date_text]
    assert hits, [m.text for m in found.mentions]
    for m in hits:
        assert text[m.start:m.end] == m.text
        assert (m.value, m.precision, m.anchor) == (value, precision, "absolute")


def test_every_mention_has_exact_offsets_and_a_real_date():
    for rel in sorted(DATA.glob("*/*.txt")):
        lang = rel.parent.name
        text, found = _mentions(str(rel.relative_to(DATA)), lang, dt.date(2017, 9, 24))
        assert found.mentions, rel
        for m in found.mentions:
            assert text[m.start:m.end] == m.text
            assert m.type == "DATE" and 1000 <= int(m.value[:4]) < 2200


def test_no_stray_words_or_numbers_become_dates():
    _, found = _mentions("de/archiv-2017-05.txt", "de", dt.date(2017, 5, 31))
    texts = {m.text.lower() for m in found.mentions}
    assert not texts & {"die", "mit", "mit einer", "sechs monate"}  # Di(enstag), Mi(ttwoch), a duration
    _, found = _mentions("de/hauptseite-2017-09-24.txt", "de", dt.date(2017, 9, 24))
    assert not [m for m in found.mentions if m.value.startswith("19")]  # "August um 40" is not August 1940


def test_relative_expressions_use_the_publication_date_and_keep_their_precision():
    text, found = _mentions("de/hauptseite-2017-09-24.txt", "de", dt.date(2017, 9, 24))
    by_text = {m.text: m for m in found.mentions}
    assert (by_text["gestern"].value, by_text["gestern"].anchor) == ("2017-09-23", "publication")
    assert (by_text["Juli"].value, by_text["Juli"].precision) == ("2017-07", "month")  # "seit Juli"


def test_without_publication_date_relative_expressions_are_dropped_and_reported():
    _, found = _mentions("de/hauptseite-2017-09-24.txt", "de")
    assert {"gestern", "Juli"} <= set(found.unresolved)
    assert all(m.anchor == "absolute" for m in found.mentions)
    _, found = _mentions("es/terremoto-chile-2010.txt", "es")
    assert "27 de febrero" in found.unresolved  # a day and month without a year


# --------------------------------------------------------------------------- extraction


@pytest.mark.parametrize("rel, published", [
    ("de/archiv-2017-05.txt", dt.date(2017, 5, 31)),
    ("de/hauptseite-2017-09-24.txt", dt.date(2017, 9, 24)),
    ("es/terremoto-chile-2010.txt", None),
    ("ru/statyi-goda.txt", None),
    ("ru/k-udaleniyu-2013.txt", dt.date(2013, 2, 26)),
])
def test_each_language_yields_dated_candidates_with_exact_quotes(rel, published):
    art = _load(rel, published)  # language detected
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        recs = extract_article(art)
    assert recs
    for r in recs:
        assert art.text[r[E.quote_start]:r[E.quote_end]] == r[E.quote]
        assert r[E.date_text] in r[E.quote]
    dates = {r[E.date] for r in recs}
    expected = {"de/archiv-2017-05.txt": "2017-05-29", "de/hauptseite-2017-09-24.txt": "2017-08",
                "es/terremoto-chile-2010.txt": "2010-02-27", "ru/statyi-goda.txt": "1999-11-19",
                "ru/k-udaleniyu-2013.txt": "2013-02-25"}[rel]
    assert expected in dates


def test_a_given_language_overrides_detection():
    art = _load("de/hauptseite-2017-09-24.txt", dt.date(2017, 9, 24), language="en")
    recs = extract_article(art)  # read as English: the English tagger finds no German weekday
    assert "gestern" not in {r[E.date_text] for r in recs}


def test_unsupported_language_is_read_as_english_with_a_warning():
    text = "Acme\n\nAcme signed the deal on March 3, 2021 in Paris.\n"
    art = Article(id="a", path=Path("a.txt"), text=text, published=dt.date(2021, 3, 4), language="zz",
                  regions=find_regions(text))
    with pytest.warns(UserWarning, match=r"language 'zz' is not supported; read as English"):
        recs = extract_article(art)
    assert [r[E.date] for r in recs] == ["2021-03-03"]


def test_extract_cli_on_a_multilingual_folder_writes_a_valid_file(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    rows = ["file,published,language"]
    for rel, published, lang in [("de/hauptseite-2017-09-24.txt", "2017-09-24", "de"),
                                 ("es/terremoto-chile-2010.txt", "", ""),
                                 ("ru/statyi-goda.txt", "", "ru")]:
        shutil.copy(DATA / rel, folder / Path(rel).name)
        rows.append(f"{Path(rel).name},{published},{lang}")
    (folder / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "candidates.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "terremoto-chile-2010.txt: no publication date; 1 relative date expression(s) dropped" in result.output
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = load_articles(folder)
    frame = read_events(out, articles=articles)
    assert {"2017-08", "2010-02-27", "1999-11-19"} <= set(frame[E.date])
    assert set(frame[E.source]) == {"hauptseite-2017-09-24", "terremoto-chile-2010", "statyi-goda"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        api = extract(articles)
    assert sorted(api[E.quote_start]) == sorted(frame[E.quote_start])


def test_dates_cli_prints_foreign_mentions():
    result = runner.invoke(app, ["dates", str(DATA / "de/hauptseite-2017-09-24.txt"), "--published", "2017-09-24"])
    assert result.exit_code == 0, result.output
    assert "2017-08" in result.output and "August 2017" in result.output
    assert "2017-09-23  " in result.output and "gestern" in result.output
    result = runner.invoke(app, ["dates", str(DATA / "es/terremoto-chile-2010.txt"), "--language", "es"])
    assert "relative expressions dropped: '27 de febrero'" in result.output
