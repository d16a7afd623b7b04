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
    ("On Sunday the crew finished the tunnel by drilling and lining the shaft under the river.", "On Sunday",
     "Crew finishes tunnel by drilling", "Crew finishes tunnel by drilling and lining shaft"),
    ("In 2019 the clinic reported a leak exposing over 9,000 patients.", "In 2019",
     "Clinic reports leak exposing", "Clinic reports leak exposing over 9,000 patients"),
    # … else the dangling clause is left out
    ("The Harbor Trust Board on Tuesday authorized the Valmont Savings Bank to lend up to $3 million to the Lisport "
     "Ferry Company under an emergency clause.", "on Tuesday",
     "Harbor Trust Board authorizes Valmont Savings Bank to lend", "Harbor Trust Board authorizes Valmont Savings Bank"),
    ("On Monday the Valmont water authority reported a serious chemical leak exposing the wells of farms along the "
     "southern river.", "On Monday", "Valmont water authority reports serious chemical leak exposing",
     "Valmont water authority reports serious chemical leak"),
    ("On Friday the transit board opened a review of the Lisport bus depot after hearing that its brakes were worn.",
     "On Friday", "Transit board opens review of Lisport bus depot after hearing",
     "Transit board opens review of Lisport bus depot"),
    ("On Monday the union thanked the mill for quietly ensuring that every worker got a raise.", "On Monday",
     "Union thanks mill for ensuring", "Union thanks mill"),
    # an honorific without its name (a headline writes the surname alone), an abbreviated title keeps its name
    ("Ms. Lark on Friday challenged the account given by Mr. Dunmore about the harbor sale.", "on Friday",
     "Lark challenges account by Mr", "Lark challenges account by Dunmore"),
    ("Ms. Lark on Friday rejected claims made by Mr. Dunmore last week.", "on Friday",
     "Lark rejects claims by Mr", "Lark rejects claims by Dunmore"),
    ("On Monday Roe praised the port for hiring Sen. Lark as its adviser.", "On Monday",
     "Roe praises port for hiring Sen", "Roe praises port for hiring Sen. Lark"),
    # a modifier without its noun, a number without its unit
    ("The landlord began warning affected past and present tenants on Monday.", "on Monday",
     "Landlord begins warning affected past", "Landlord begins warning affected tenants"),
    ("On Friday the fund raised $5 billion for the ferry lines.", "On Friday", "Fund raises $5",
     "Fund raises $5 billion"),
    ("The agency on Monday said records of up to 4 million past and present federal workers were stolen.",
     "on Monday", "Agency says records of up to 4 million past", "Agency says records of up to 4 million workers"),
    ("The Valmont health agency on Monday said records of up to 4 million past and present federal workers were "
     "stolen.", "on Monday", "Valmont health agency says records of up to 4 million past",
     "Valmont health agency says records of up to 4 million"),
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
    ("The storm hit the coast on Monday, killing three people in the city.", "on Monday",
     "Storm hits coast, killing three"),
    ("On Tuesday the council closed the road to traffic and reopened the bridge.", "On Tuesday",
     "Council closes road to traffic"),
    ("On Friday the mayor met Governor Ann Lark in Valmont to discuss the flooding.", "On Friday",
     "Mayor meets Governor Ann Lark in Valmont"),
    ("Rescuers on Friday kept searching through the night.", "on Friday", "Rescuers keep searching"),
    ("The Harbor Board on Tuesday asked the minister to resign, citing the audit.", "on Tuesday",
     "Harbor Board asks minister to resign"),
    ("Officials said on Monday they planned to reopen the bridge next week.", "on Monday",
     "Officials plan to reopen bridge"),
    ("The agency shipped the doses this week to clinics serving older patients.", "this week",
     "Agency ships doses"),
    # words of time after the last word are no object ('to ground | two days ago')
    ("Several barns burned to the ground two days ago in the valley.", "two days ago", "Several barns burn to ground"),
    ("The board appointed Roe to the post two months prior.", "two months prior", "Board appoints Roe to post"),
    # a number after its noun is a label, not a count: nothing to complete or leave out
    ("The institute on Monday forecast fewer than four aftershocks of magnitude 5.0 or higher.", "on Monday",
     "Institute forecasts fewer than four aftershocks of magnitude 5.0"),
    # a verb a noun or verb governs keeps its infinitive when the object does not fit: no stub is made
    ("On Monday the minister stressed the need to ensure that every family displaced by the flooding of the "
     "northern valleys receives shelter.", "On Monday", "Minister stresses need to ensure"),
    # an '-ing' noun after 'of' before another is a modifier, not a verb with an object to leave out
    ("On Monday the agency issued an order to present a variety of testing and shipping conditions for the samples.",
     "On Monday", "Agency issues order to present variety of testing"),
    # a name and a stub never result: too little would stay
    ("On Friday Lark began requesting that the panel delay its vote on the harbor plan.", "On Friday",
     "Lark begins requesting"),
    ("On Friday Roe said he plans on requesting that the panel delay its vote.", "On Friday",
     "Dan Roe plans on requesting"),
])
def test_closed_end_unchanged(sentence, date, title):
    assert _closed(sentence, date, title) == title


@pytest.mark.parametrize("sentence, date, expected", [
    ("The Harbor Trust Board on Tuesday authorized the Valmont Savings Bank to lend up to $3 million to the Lisport "
     "Ferry Company under an emergency clause.", "on Tuesday", "Harbor Trust Board authorizes Valmont Savings Bank"),
    ("The housing cooperative began warning affected past and present residential tenants on Monday, May 8.",
     "on Monday, May 8", "Housing cooperative begins warning affected tenants"),
    ("The Riverside Housing Cooperative began warning affected past and present residential tenants on Monday, May 8.",
     "on Monday, May 8", "Riverside Housing Cooperative begins warning tenants"),
    ("The Senate voted on Tuesday to adjourn.", "on Tuesday", "Senate votes to adjourn"),
    ("The regional council on Monday approved a loan of 40 million euros for the new northern ring road around "
     "Valmont.", "on Monday", "Regional council approves loan of 40 million euros"),
])
def test_make_title_ends_on_a_phrase(sentence, date, expected):
    assert _title(sentence, date) == expected
