"""Work done once (round 31): what is kept or counted faster reads as before, with invented texts.

Tokens and content terms of a text are kept (:func:`timeline.clauses.tokens`, :func:`timeline.clauses.content_terms`),
a text's language is kept (:func:`timeline.multilingual.detect_language`), letters are counted run by run when a page's
script is told (:func:`timeline.articles.latin_script`, :func:`timeline.articles.other_script`), a table reads each
first cell's date once and a page without a separator's mark is not cut by it (:func:`timeline.tables.find_tables`).
"""

from __future__ import annotations

import re

from timeline.articles import latin_script, other_script
from timeline.clauses import content_terms, tokens
from timeline.dates import find_dates
from timeline.multilingual import detect_language
from timeline.tables import find_tables

SENTENCE = "The Harbor Council approved Mayor Ode's plan on Tuesday, and the ferry didn't sail."


def test_tokens_are_a_fresh_list_each_time():
    first = tokens(SENTENCE)
    first.clear()
    again = tokens(SENTENCE)
    assert [t.word for t in again][:4] == ["The", "Harbor", "Council", "approved"]
    assert all(SENTENCE[t.start : t.end] == t.word for t in again)


def test_tokens_of_a_part_have_offsets_into_the_text():
    start = SENTENCE.index("Mayor")
    part = tokens(SENTENCE, start, start + 16)
    assert [t.word for t in part] == ["Mayor", "Ode's", "plan"]
    assert part[0].start == start and tokens(SENTENCE, start) != tokens(SENTENCE)


def test_content_terms_are_the_same_when_asked_again():
    assert content_terms(SENTENCE) == content_terms(SENTENCE[:-1] + ".")
    assert "approved" not in content_terms("")


def _letters_one_by_one(pattern: str, text: str) -> int:
    return sum(1 for _ in re.finditer(pattern, text))


def test_script_counts_match_letter_by_letter_counts():
    for line in ["Ode’s café opened — 2021", "Привет, Harbor 2020", "时间:2015-03-02 来源: Gazette", "x²y ß ǅ"]:
        letters = _letters_one_by_one(r"[^\W\d_]", line)
        latin = _letters_one_by_one(r"[A-Za-z\u00c0-\u024f]", line)
        assert other_script(line) == (not line.isascii() and letters >= 2 and 2 * latin < letters)
        assert latin_script(line) == (line.isascii() or not letters or latin >= 0.8 * letters)


def test_a_latin_page_with_a_stamp_of_another_script_is_latin():
    page = "Ferry Nordlys ran aground off the cape on Monday, the harbor office said.\n" * 20 + "时间 来源\n"
    assert latin_script(page) and other_script("时间 来源")


def test_the_language_of_a_text_is_the_same_when_asked_again():
    text = "The council approved the budget on Tuesday and the mayor said the bridge would open in May."
    assert detect_language(text) == detect_language(text) == "en"


def test_a_table_without_a_header_keeps_its_first_row_and_one_with_a_header_does_not():
    rows = ("March 4, 2019 | Council approves the bridge budget\nMay 12, 2019 | Ostrava Works wins the tender\n"
            "June 2020 | Construction halts after a crane collapse\n")
    (bare,) = find_tables(rows, find_dates)
    (headed,) = find_tables("Date | Event\n" + rows, find_dates)
    assert len(bare.rows) == len(headed.rows) == 3 and not bare.unread and not headed.unread


def test_prose_without_pipes_tabs_or_wide_gaps_is_no_table():
    prose = "On March 4, 2019, the council met.\nOn May 12, 2019, it voted.\nIn June 2020, work halted.\n"
    assert find_tables(prose, find_dates) == []
