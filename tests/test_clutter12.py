"""Round 12 of issue 14 (precision on new stories): what a text's own labels and headers date is no event.
Invented sentences of several domains, with near-misses that must stay events."""

from __future__ import annotations

import pytest

from timeline.clauses import NON_EVENT_KINDS, analyse


def _kind(text: str, date: str, nth: int = 0) -> str:
    i = -1
    for _ in range(nth + 1):
        i = text.index(date, i + 1)
    line_start = text.rfind("\n", 0, i) + 1
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    return analyse(text, line_start, line_end, i, i + len(date), when="past").kind


@pytest.mark.parametrize("text, date", [
    # a headline and its byline run into the lede on one line
    ("Growers brace for a late frost Published March 3, 2021 By Anna Berg Farm Desk WICHITA -- Wheat growers "
     "across the plains covered seedlings on Tuesday.", "March 3, 2021"),  # farming
    ("Club unveils new stadium plans Posted on 12 May 2019 by the sports desk. The club said it would build.",
     "12 May 2019"),  # sport
    # a release's header line, its date and the time the statement was given
    ("THE CITY HALL Office of the Mayor ____ For Immediate Release June 2, 2022STATEMENT BY THE MAYOR Council "
     "Chamber 4:15 P.M. EDT THE MAYOR: Good afternoon.", "June 2"),  # city government
    ("THE CITY HALL Office of the Mayor ____ For Immediate Release June 2, 2022STATEMENT BY THE MAYOR Council "
     "Chamber 4:15 P.M. EDT THE MAYOR: Good afternoon.", "4:15 P.M. EDT"),
    # the brackets of a dateline hold the agency and the day it filed
    ("PORT-LOUIS, Mauritius (Navy News Service, May 2, 2011) -- Two frigates will leave the harbour Friday after "
     "the fisheries patrol.", "May 2, 2011"),  # navy
    ("GENEVA (Science Wire, Oct. 4, 2018) -- Physicists will restart the collider next week.", "Oct. 4, 2018"),  # science
])
def test_a_date_a_label_or_dateline_stamps_is_no_event(text, date):
    assert _kind(text, date) in NON_EVENT_KINDS


@pytest.mark.parametrize("text, date", [
    # the same words as a sentence's verb, not a label
    ("The study was published on March 3, 2021 and changed how growers protect seedlings.", "March 3, 2021"),
    ("The court ordered the prisoners slated for immediate release on Monday to stay in custody.", "Monday"),
    # a release's own sentence after its header: the news it puts out
    ("For Immediate Release June 2, 2022 The council approved the new budget on Tuesday. The vote was 7 to 2 on "
     "Tuesday evening.", "Tuesday evening"),
    # brackets after a dateline that hold an event's day, not an agency's
    ("GENEVA -- The final (played June 12, 2018) drew a record crowd.", "June 12, 2018"),
    ("The team won the cup (its third, May 2, 2011) in extra time.", "May 2, 2011"),  # sport
])
def test_near_misses_of_stamps_stay_events(text, date):
    assert _kind(text, date) not in NON_EVENT_KINDS


@pytest.mark.parametrize("text, date", [
    ("I think, Sam, this shows exactly what the coach was saying last night about the defence.", "last night"),  # sport
    ("The lab has been tracking the samples closely, and I know the divers will find more of them tomorrow.",
     "tomorrow"),  # science
    ("I know we put out a number of filings today in Delaware, so I'll just take your questions.", "today"),  # business
    ("I do think the league made the right call on Saturday about the replay.", "Saturday"),  # sport
])
def test_a_speakers_view_opening_the_clause_is_no_event(text, date):
    assert _kind(text, date) in NON_EVENT_KINDS


@pytest.mark.parametrize("text, date", [
    ("The court ruled on Monday, and I think it was right.", "Monday"),  # the view after the date
    ("As we all know, the bridge reopened to traffic on Monday.", "Monday"),  # 'we', a shared fact
    ("I know the costs, but the board approved the merger on Friday.", "Friday"),  # another clause between
    ("The striker said, “I think we will win,” after the club signed him on Tuesday.", "Tuesday"),  # quoted
    ("I thought about it and resigned from the board on Friday.", "Friday"),  # a past act of the speaker
])
def test_near_misses_of_a_speakers_view_stay_events(text, date):
    assert _kind(text, date) not in NON_EVENT_KINDS


@pytest.mark.parametrize("text, date", [
    ("In the stands today we saw a final nobody here will forget.", "today"),  # sport
    ("I was in the garage watching the launch on my phone on Saturday morning.", "Saturday morning"),  # science
    ("Right now we're watching the river levels at the harbour very closely today.", "today"),  # weather
])
def test_a_speakers_own_witnessing_is_no_event(text, date):
    assert _kind(text, date) in NON_EVENT_KINDS


@pytest.mark.parametrize("text, date", [
    ("Fans saw the club lift the trophy on Saturday.", "Saturday"),  # sport: third person
    ("Police watched the suspect for weeks before arresting him on Tuesday.", "Tuesday"),  # courts
    ("This morning we learned that the museum had sold the painting.", "This morning"),  # learning of news
    ("“We saw the flames from the road,” a neighbour said of the fire on Monday.", "Monday"),  # quoted
    ("We saw the figures last week, and the board cut the dividend on Friday.", "Friday"),  # another clause
])
def test_near_misses_of_a_speakers_witnessing_stay_events(text, date):
    assert _kind(text, date) not in NON_EVENT_KINDS


@pytest.mark.parametrize("text, date", [
    # a credit with the copyright sign, glued to the dateline of the story after it
    ("Fans gathered outside the stadium to greet the team bus. © AP Images/Ann RoeMADRID, Spain, May 2, 2019 – The club",
     "May 2, 2019"),  # sport
    # a place in the picture
    ("The chief executive at the shareholders' meeting June 4, 2021, with the finance director on the right side of "
     "the photo.", "June 4, 2021"),  # business
    ("Rescuers at the flooded bridge March 3, 2020, with the river gauge on the left of the picture.",
     "March 3, 2020"),  # weather
])
def test_a_credit_or_a_place_in_the_picture_makes_a_caption(text, date):
    assert _kind(text, date) in NON_EVENT_KINDS


@pytest.mark.parametrize("text, date", [
    ("The striker moved to the left side of the pitch and scored on Saturday.", "Saturday"),  # sport
    ("The court ruled on Monday that the photo's copyright belongs to the agency.", "Monday"),  # courts
    ("As this image shows, the storm turned north on May 12.", "May 12"),  # weather: what the picture shows
])
def test_near_misses_of_picture_captions_stay_events(text, date):
    assert _kind(text, date) not in NON_EVENT_KINDS
