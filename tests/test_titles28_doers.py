"""Round 28: titles that keep their doer past an age, a home or an adverb, and a briefer's frame of telling
(synthetic sentences)."""

from __future__ import annotations

import pytest

from timeline.titles import _RESIDENCE, title_for


@pytest.mark.parametrize("sentence, date, expected", [
    # an adverb after a phrase set off by commas is no subject: the doer before the commas acts
    ("Jane Roe, the former treasurer, previously pleaded guilty on May 3 to wire fraud.", "May 3",
     "Jane Roe pleads guilty to wire fraud"),
    ("Jane Roe, 52, previously pleaded guilty on May 3 to wire fraud.", "May 3", "Jane Roe pleads guilty to wire fraud"),
    # near-misses: an adverb after the doer, and no adverb at all, keep their titles
    ("Jane Roe previously pleaded guilty on May 3 to wire fraud.", "May 3", "Jane Roe pleads guilty to wire fraud"),
    ("On Tuesday the court rejected the appeal.", "Tuesday", "Court rejects appeal"),
])
def test_an_adverb_is_no_doer(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a person's age and home are no doer: the place does not plead
    ("Jane Roe, 52, of Springfield, Ohio, previously pleaded guilty in May 2012 to wire fraud.", "May 2012",
     "Jane Roe pleads guilty to wire fraud"),
    ("Tom Hale, 43, of Lakeview, Iowa, previously admitted on March 2 to stealing cattle.", "March 2",
     "Tom Hale admits to stealing cattle"),
    ("Jane Roe, from Lyon, was arrested on May 3 at the airport.", "May 3", "Jane Roe arrested at airport"),
])
def test_age_and_home_are_no_doer(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


def test_residence_pattern_needs_a_name_before_it():
    assert _RESIDENCE.search("Jane Roe, 52, of Springfield, Ohio, pleaded").group() == ", 52, of Springfield, Ohio,"
    assert _RESIDENCE.search("Jane Roe, of Springfield, pleaded").group() == ", of Springfield,"
    assert _RESIDENCE.search("In 2012, 40 of them left") is None  # a year and a count: no age after a name


@pytest.mark.parametrize("sentence, date, expected", [
    # a briefer's frame of telling: the news after 'that' is the title, not 'would like to mention'
    ("Secondly, I'd like to mention that today the mayor called the governor of Ohio about the flood.", "today",
     "Mayor calls governor of Ohio about flood"),
    ("I want to note that on May 3 the board approved the new budget.", "May 3", "Board approves new budget"),
    ("Let me point out that yesterday the council passed the harbor plan.", "yesterday", "Council passes harbor plan"),
    # near-miss: a third person's wish is an act of its own
    ("The mayor said on Monday he wanted to meet the governor.", "Monday", "Mayor wants to meet governor"),
])
def test_a_briefers_frame_titles_the_news(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a document's date dates the act told of it: the act is the title, not 'Memo dated'
    ("The board approved the plan in a memo dated May 3.", "May 3", "Board approves plan in memo"),
    ("The mayor sent a letter dated May 3 to the governor.", "May 3", "Mayor sends letter to governor"),
    # near-misses: a document date in a fronted phrase, and a clause whose verb comes after the date
    ("In a letter dated May 3, the mayor asked the governor for aid.", "May 3", "Mayor asks governor for aid"),
    ("On May 3 the council adopted the harbor plan.", "May 3", "Council adopts harbor plan"),
])
def test_a_documents_date_dates_the_act(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


def test_a_frame_without_that_is_no_frame():
    # 'I'd like to share with you …' tells no clause: the title is not cut to the words after the frame
    assert not title_for("Today I'd like to share with you the latest analysis of the harbor samples.",
                         "Today")[0].startswith("With you")


def test_a_home_left_in_place_gives_no_doer_from_the_adverb():
    # the adverb is not read past when a home stays before it: its place would be taken for the doer
    title = title_for("Jane May, 52, of Springfield, Ohio, previously pleaded guilty in May 2012 to wire fraud.",
                      "May 2012")[0]
    assert not title.startswith("Ohio")
