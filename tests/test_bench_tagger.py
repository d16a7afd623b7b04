"""The TimeML reader and the tagger benchmark's scoring: documents without a DCT and the "right year" share."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_tagger  # noqa: E402
from timeml import TimeMLDoc, iter_corpus, parse_tml  # noqa: E402

NARRATIVE = ('<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n<DOCID>n1</DOCID>\n<TEXT>In '
             '<TIMEX3 tid="t1" type="DATE" value="1944">1944</TIMEX3>, on '
             '<TIMEX3 tid="t2" type="DATE" value="1944-08-11">11 August</TIMEX3> and in '
             '<TIMEX3 tid="t3" type="DATE" value="BC0480">480 BC</TIMEX3>, for '
             '<TIMEX3 tid="t4" type="DURATION" value="P3W">three weeks</TIMEX3> &amp; more.</TEXT>\n</TimeML>\n')


def test_parse_tml_without_dct(tmp_path):
    path = tmp_path / "n1.tml"
    path.write_text(NARRATIVE, encoding="utf-8")
    doc = parse_tml(str(path))
    assert doc.dct is None and doc.dct_value is None
    assert doc.text == "In 1944, on 11 August and in 480 BC, for three weeks & more."
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("1944", "1944"), ("11 August", "1944-08-11"), ("480 BC", "BC0480"), ("three weeks", "P3W")]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)


@pytest.mark.parametrize("value, year", [
    ("1944-08-11", "1944"), ("1944", "1944"), ("1805-WI", "1805"), ("1973-W23", "1973"),
    ("1968-12-21T07:00", "1968"), ("BC0480", "BC0480"), ("BC0259-02", "BC0259"), ("0023", "0023"),
    ("194", None), ("19", None), ("BC04", None), ("XXXX-08-11", None), ("PRESENT_REF", None), ("P3D", None),
    ("", None)])
def test_year_of(value, year):
    assert bench_tagger.year_of(value) == year


def test_right_year_share_counts_only_gold_values_with_a_year(tmp_path):
    path = tmp_path / "n1.tml"
    path.write_text(NARRATIVE, encoding="utf-8")
    doc = parse_tml(str(path))
    pred = [(3, 7, "DATE", "1944"),               # right value, right year
            (12, 21, "DATE", "XXXX-08-11"),       # year not carried: wrong year
            (29, 32, "DATE", "0480"),             # overlaps "480 BC": AD 480 is the wrong year
            (41, 52, "DURATION", "P3W")]          # no year in gold: not counted
    m = bench_tagger.evaluate([doc], [pred], errors=False)
    assert (m["rel"], m["strict"], m["val"]) == (4, 3, 2)
    assert (m["yr_gold"], m["yr_ok"]) == (3, 1)
    assert m["ryear"] == pytest.approx(1 / 3)


def test_histories_corpus_parses_without_dct():
    docs = list(iter_corpus(str(BENCH / "corpora" / "histories")))
    assert len(docs) >= 8
    assert all(isinstance(d, TimeMLDoc) and d.dct is None for d in docs)
    assert sum(len(d.text.split()) for d in docs) >= 20_000
    assert all(d.timexes for d in docs)
