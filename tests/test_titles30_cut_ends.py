"""A title ends where a phrase ends (issue 14: never cut mid-phrase): an open end the text goes on with is completed
when it fits, else left out (:func:`timeline.titles._closed_end`). Invented sentences only."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import MAX_TITLE, _closed_end, make_title


def _closed(sentence: str, date: str, title: str) -> str:
    i = sentence.index(date)
    return _closed_end(sentence, analyse(sentence, 0, len(sentence), i, i + len(date)), title)


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    return make_title(sentence, analyse(sentence, 0, len(sentence), i, i + len(date)), i, i + len(date))


@pytest.mark.parametrize("sentence, date, title, expected", [
    # a verb form whose object the text goes on with: taken back when it fits …
    ("On Sunday Petrox completed the well by intersecting and cementing the well below the seabed.",
     "On Sunday", "Petrox completes well by intersecting", "Petrox completes well by intersecting and cementing well"),
    ("In 2019 the pension office disclosed a breach affecting over 9 million teachers.", "In 2019",
     "Office discloses breach affecting", "Office discloses breach affecting over 9 million teachers"),
    # … else the dangling clause is left out
    ("On Tuesday the Harbor Board authorized the Federal Reserve Bank of Northport to lend up to $85 billion to the "
     "Acme Insurance Group.", "On Tuesday", "Board authorizes Federal Reserve Bank of Northport to lend",
     "Board authorizes Federal Reserve Bank of Northport"),
    ("On Monday the Valmont disaster agency disclosed a major data breach affecting the personal records of retired "
     "teachers and their families.", "On Monday", "Valmont disaster agency discloses major data breach affecting",
     "Valmont disaster agency discloses major data breach"),
    ("On Friday the food safety agency began an inspection of the Lisport cannery after learning that its tins were "
     "linked to the outbreak.", "On Friday", "Food safety agency begins inspection of Lisport cannery after learning",
     "Food safety agency begins inspection of Lisport cannery"),
    # an honorific without its name, a modifier without its noun, a number without its unit
    ("Ms. Lark on Friday disputed sworn testimony by Mr. Dunmore about the accounts.", "on Friday",
     "Lark disputes sworn testimony by Mr", "Lark disputes sworn testimony by Mr. Dunmore"),
    ("Ms. Lark on Friday disputed sworn testimony given by Mr. Dunmore last week.", "on Friday",
     "Lark disputes testimony by Mr", "Lark disputes testimony by Mr. Dunmore"),
    ("On Monday the charity praised the ferry line for voluntarily requiring that crews train twice a year.",
     "On Monday", "Charity praises ferry line for requiring", "Charity praises ferry line"),
    ("The pension office began notifying affected current and former municipal employees on Monday.", "on Monday",
     "Pension office begins notifying affected current", "Pension office begins notifying affected employees"),
    ("On Friday the storm killed five people in the coastal villages.", "On Friday", "Storm kills five",
     "Storm kills five people"),
])
def test_open_end_closed(sentence, date, title, expected):
    out = _closed(sentence, date, title)
    assert out == expected
    assert len(out) <= MAX_TITLE


@pytest.mark.parametrize("sentence, date, title", [
    # near misses: a complete phrase stays as it is
    ("The court ruled on Friday in favor of the sailing club in its dispute with the marina.", "on Friday",
     "Court rules in favor of sailing club"),
    ("The Senate voted on Tuesday to adjourn.", "on Tuesday", "Senate votes to adjourn"),
    ("The Senate voted on Tuesday to adjourn until May.", "on Tuesday", "Senate votes to adjourn"),
    ("The council on Monday approved a loan of 40 million euros for the ring road.", "on Monday",
     "Council approves loan of 40 million euros"),
    ("The quake on Friday killed 12 in the hill villages.", "on Friday", "Quake kills 12"),
    ("On Friday the mayor met Governor Ann Lark in Valmont to discuss the flooding.", "On Friday",
     "Mayor meets Governor Ann Lark in Valmont"),
    ("Rescuers on Friday kept searching through the night.", "on Friday", "Rescuers keep searching"),
    ("The Harbor Board on Tuesday asked the minister to resign, citing the audit.", "on Tuesday",
     "Harbor Board asks minister to resign"),
    ("Officials said on Monday they planned to reopen the bridge next week.", "on Monday",
     "Officials plan to reopen bridge"),
    ("The agency shipped the doses this week to clinics serving older patients.", "this week",
     "Agency ships doses"),
    # a verb a noun or verb governs keeps its infinitive when the object does not fit: no stub is made
    ("On Monday the minister stressed the need to ensure that every family displaced by the flooding of the "
     "northern valleys receives shelter.", "On Monday", "Minister stresses need to ensure"),
    # words of time after the last word are no object ('to ground | two days ago')
    ("Several barns burned to the ground two days ago in the valley.", "two days ago", "Several barns burn to ground"),
    ("The board appointed Roe to the post two months prior.", "two months prior", "Board appoints Roe to post"),
    # a number after its noun is a label, not a count: nothing to complete or leave out
    ("The institute on Monday forecast fewer than four aftershocks of magnitude 5.0 or higher.", "on Monday",
     "Institute forecasts fewer than four aftershocks of magnitude 5.0"),
    # a name and a stub never result: too little would stay
    ("On Friday Roe said he plans on requesting that the panel delay its vote.", "On Friday",
     "Dan Roe plans on requesting"),
    ("On Friday Lark began requesting that the panel delay its vote on the harbor plan.", "On Friday",
     "Lark begins requesting"),
])
def test_closed_end_unchanged(sentence, date, title):
    assert _closed(sentence, date, title) == title


@pytest.mark.parametrize("sentence, date, expected", [
    ("On Tuesday the Harbor Board authorized the Federal Reserve Bank of Northport to lend up to $85 billion to the "
     "Acme Insurance Group under an emergency clause.", "On Tuesday",
     "Harbor Board authorizes Federal Reserve Bank of Northport"),
    ("The pension office began notifying affected current and former municipal employees on Monday, May 8.",
     "on Monday, May 8", "Pension office begins notifying affected employees"),
    ("The Senate voted on Tuesday to adjourn.", "on Tuesday", "Senate votes to adjourn"),
    ("The regional council on Monday approved a loan of 40 million euros for the new northern ring road around "
     "Valmont.", "on Monday", "Regional council approves loan of 40 million euros"),
])
def test_make_title_ends_on_a_phrase(sentence, date, expected):
    assert _title(sentence, date) == expected
