"""'I' on a speech, statement or briefing page is the speaker its head names (``titles._header_speaker``)."""
from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import make_title


def _in_context(before: str, sentence: str, date: str) -> str:
    text = f"{before}\n\n{sentence}"
    start = len(before) + 2
    ds = text.index(date, start)
    clause = analyse(text, start, len(text), ds, ds + len(date), when="past")
    return make_title(text, clause, ds, ds + len(date))


@pytest.mark.parametrize("before, sentence, date, expected", [
    # sport: a statement page
    ("Statement of Commissioner Dana Whitlock\nFor immediate release", "On Monday, I suspended the club's "
     "licence for the rest of the season.", "On Monday", "Dana Whitlock suspends club's licence for rest of season"),
    # science: remarks page, an office alone named by its holder elsewhere in the page
    ("Remarks by the Administrator on the Probe Launch\nAdministrator Lena Ortiz spoke at the pad.",
     "This morning, I spoke with the mission team in Houston.", "This morning", "Ortiz speaks with mission team in "
     "Houston"),
    # courts: testimony, a head in capitals
    ("TESTIMONY OF JUDGE MARTA KOWALSKI BEFORE THE COMMITTEE", "Last week, I received a letter from the clerk.",
     "Last week", "Marta Kowalski receives letter from clerk"),
    # weather: a compilation of a governor's papers
    ("Administration of Tomas Reyes, 2019\n\nRemarks on the Flood", "Yesterday, I declared a state of emergency "
     "in three counties.", "Yesterday", "Tomas Reyes declares state of emergency in three counties"),
])
def test_i_on_a_page_whose_head_names_the_speaker_is_that_speaker(before, sentence, date, expected):
    assert _in_context(before, sentence, date) == expected


@pytest.mark.parametrize("before", [
    "Statement of Policy\nFor immediate release",      # no person named
    "Briefing from Acme\nFor immediate release",       # one word and no title before it
    "Statement of Department Priorities",              # a body, not a person
])
def test_a_head_that_names_no_person_gives_no_speaker(before):
    title = _in_context(before, "Last week, I received a letter from the regulator.", "Last week")
    assert not title.startswith(("Policy", "Acme", "Department", "Priorities"))


def test_a_quotation_attributed_to_someone_else_keeps_its_own_speaker():
    title = _in_context("Statement by Senator Ann Lee", "“On Monday, I visited the school,” the principal said.",
                        "On Monday")
    assert "Lee" not in title


@pytest.mark.parametrize("before, sentence, date, expected", [
    # weather: a governor's remarks, 'I want to …' kept as the speaker's wish
    ("Remarks by Governor Duarte on the Flood", "This morning I want to extend to the people of the valley our "
     "deep condolences.", "This morning", "Duarte wants to extend to people of valley deep condolences"),
    # sport: a league briefing transcript, a contracted auxiliary
    ("COMMISSIONER HALVORSEN:  Good afternoon.", "Today I'd like to share with you the findings of the review.",
     "Today", "Halvorsen would like to share"),
    # business: a letter from an office, named by its holder in the page
    ("Letter to the Shareholders from the Chairman\n\nChairman Piet Olsen signed the letter.\n\nDear shareholders:",
     "This morning I want to extend to the staff of the plant my deep thanks.", "This morning",
     "Olsen wants to extend to staff of plant deep thanks"),
])
def test_a_title_opening_with_i_names_the_page_speaker(before, sentence, date, expected):
    assert _in_context(before, sentence, date) == expected


def test_a_title_opening_with_i_stays_when_no_speaker_is_named():
    # near miss: a plain page with no label, lead or head naming who speaks
    assert _in_context("Notes from the meeting", "This morning I want to extend to the people of the valley our deep "
                       "condolences.", "This morning").startswith("I want")


@pytest.mark.parametrize("head, expected", [
    # courts: a scraped release whose lines run together ('2021STATEMENT BY …', '… THE CHIEF JUSTICEJane …')
    ("For Immediate Release March 3, 2021STATEMENT BY THE GOVERNORJane Doe Press Room 6:11 P.M.", "Governor"),
    # science: a statement from a named head of a lab, the name not cut at its inner capital
    ("Statement from Director Aoife O'Brien on the Telescope", "Aoife O'Brien"),
])
def test_the_head_speaker_survives_glued_lines_and_inner_capitals(head, expected):
    title = _in_context(head, "Last week, I received a letter from the clerk.", "Last week")
    assert title == f"{expected} receives letter from clerk"
