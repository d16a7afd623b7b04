"""A quotation in a hard-wrapped release (a statement broken into lines of a fixed width) is read as one paragraph:
a sentence starting on a continuation line is still inside the quotation (issue 14, round 11)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.extract import extract_article

_PUBLISHED = dt.date(2022, 1, 13)


def _article(text: str) -> Article:
    return Article(id="t", path=Path("t.txt"), text=text, title="", published=_PUBLISHED,
                   regions=find_regions(text))


_STATEMENTS = [
    # business: a fund manager's statement, its own act and the news both in quotation
    ("Statement of the bank's chief executive\n\n“Early this morning, our board and I suspended trading in the fund to\n"
     "protect its investors.\n\n“We reviewed the losses for an hour and then called the regulator and\n"
     "the auditors. The fund lost a third of its value at 8 a.m. today.\n", "suspended trading"),
    # sport: a club chairman's statement after a storm
    ("Statement of the club chairman\n\n“Early this morning, our staff and I shut the stadium gates to keep\n"
     "the fans safe from the storm.\n\n“We watched the wind from the control room for an hour and then rang\n"
     "the city council. The roof of the north stand fell at 6 a.m. today.\n", "shut the stadium gates"),
]


@pytest.mark.parametrize("text, act", _STATEMENTS)
def test_a_statement_wrapped_in_lines_keeps_the_speakers_own_act(text, act):
    """The news sentence on a continuation line is in the quotation too: no account outside the quotation dates
    the day, so the speaker's first-person act is no restatement of it."""
    quotes = [r["quote"] for r in extract_article(_article(text))]
    assert any(act in q for q in quotes)


@pytest.mark.parametrize("text, act", [
    ("“Early this morning, our board and I suspended trading in the fund to protect its investors,” the chief "
     "executive said in a statement sent to the fund's clients.\n\nThe fund lost a third of its value at 8 a.m. "
     "today, according to figures the exchange published at noon.\n", "suspended trading"),
    ("“Early this morning, our staff and I shut the stadium gates to keep the fans safe from the storm,” the club "
     "chairman said in a statement to the supporters.\n\nThe roof of the north stand fell at 6 a.m. today, the "
     "city council said in its own statement at noon.\n", "shut the stadium gates"),
])
def test_paragraphs_of_one_line_each_are_read_line_by_line(text, act):
    """Near miss: paragraphs written as long single lines are not hard-wrapped; the narrator's own dated sentence
    (outside the quotation) still makes the speaker's first-person account of that day a restatement."""
    quotes = [r["quote"] for r in extract_article(_article(text))]
    assert any("a.m. today" in q for q in quotes) and not any(act in q for q in quotes)


def test_paragraph_start_of_a_wrapped_text_and_of_long_lines():
    """Where the paragraph holding an offset starts: after the last blank line (also one of spaces, also after
    another blank line) when every line between is a wrapped one; the line itself otherwise, or when a blank first
    line of the page is all that sets the paragraph off."""
    from timeline.extract import _paragraph_start

    wrapped = "Title\n\nFirst wrapped line of the quote\nsecond line\nthird line"
    assert _paragraph_start(wrapped, wrapped.index("third")) == wrapped.index("First")
    spaced = "Title\n  \n \nFirst wrapped line\nsecond line"
    assert _paragraph_start(spaced, spaced.index("second")) == spaced.index("First")
    long_line = "Title\n\n" + "word " * 20 + "\nnext line"
    assert _paragraph_start(long_line, long_line.index("next")) == long_line.index("next")
    assert _paragraph_start(" \nfirst\nsecond", 9) == 8  # its own line: ' \n' opening the page sets nothing off
    assert _paragraph_start("first\nsecond", 8) == 0


def test_paragraph_start_reads_the_paragraph_not_the_page():
    """On a page of many short paragraphs the search stops at the paragraph's blank line (the answer for the last
    paragraph does not depend on the thousands before it)."""
    from timeline.extract import _paragraph_start

    page = "short line\n\n" * 20_000 + "wrapped one\nwrapped two"
    assert _paragraph_start(page, len(page) - 3) == len(page) - len("wrapped one\nwrapped two")
