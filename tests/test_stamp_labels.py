"""One set of stamp labels (timeline.published): the labels a page stamps its date with are read the same way where
a line opens (leading_stamp), after a headline in a flattened header (glued_date_line) and right before a date
inside a sentence (stamped_date, used by timeline.clauses). Invented texts of several domains, with near-misses."""

from __future__ import annotations

import pytest

from timeline.clauses import NON_EVENT_KINDS, analyse
from timeline.published import glued_date_line, stamped_date


def _span(text: str, date: str) -> tuple[int, int]:
    i = text.index(date)
    return i, i + len(date)


def _kind(text: str, date: str) -> str:
    i, j = _span(text, date)
    return analyse(text, 0, len(text), i, j, when="past").kind


@pytest.mark.parametrize("text, date", [
    ("Lab spots a new comet First published 4 May 2020 by the science desk The observatory said it had seen it.",
     "4 May 2020"),  # science
    ("Cup final moves to June First published 12 May 2019 by Sam Hale The league said on Friday it would move.",
     "12 May 2019"),  # sport
    ("Bakery chain expands Last Updated March 3, 2021 By Ann Roe The chain said it opened ten shops.",
     "March 3, 2021"),  # business
])
def test_a_page_label_inside_a_line_stamps_the_date(text, date):
    assert stamped_date(text, *_span(text, date))
    assert _kind(text, date) in NON_EVENT_KINDS


@pytest.mark.parametrize("text, date", [
    ("The novel was first published on 4 May 2020 in London.", "4 May 2020"),  # books: a sentence's verb
    ("The court said the ruling was last updated on March 3, 2021 after an appeal.", "March 3, 2021"),  # courts
    ("Rain posted records on March 3, 2021 across the valley.", "March 3, 2021"),  # weather
])
def test_a_sentences_verb_is_no_label(text, date):
    assert not stamped_date(text, *_span(text, date))


@pytest.mark.parametrize("line, date", [
    ("Court upholds ban on drones Last Updated May 9, 2022 By Lee Park The appeals court on Monday upheld the ban.",
     "May 9, 2022"),  # courts
    ("STORM CLOSES PORT LAST UPDATED May 9, 2022 By Lee Park Harbour officials shut the port on Monday after it.",
     "May 9, 2022"),  # weather
])
def test_the_same_labels_after_a_headline_make_a_glued_date_line(line, date):
    found = glued_date_line(line)
    assert found is not None and line[found[0] : found[1]].endswith(date)


def test_a_label_after_a_sentence_is_no_glued_date_line():
    # near-miss: the label's words after a sentence's end, in the lede
    line = "Court upholds ban. It was last updated May 9, 2022 By Lee Park and the court on Monday upheld it."
    assert glued_date_line(line) is None
