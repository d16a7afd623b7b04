"""Which way a weekday lies (round 36, dating36). An anniversary count reckoned from a day other than today
("Forty years ago this Friday", "Ten years ago tomorrow") is one date, that day so many years back
(dates.resolve.duration._anniversary); a present progressive sets a bare weekday ahead. Invented sentences only."""

import datetime as dt

import pytest

from timeline.dates.tagger import find_dates

TUE = dt.date(2022, 6, 14)  # a Tuesday


def _mentions(text, said=TUE):
    return [(m.text, m.value) for m in find_dates(text, relative_to=said)]


@pytest.mark.parametrize("text, span, value", [
    ("Forty years ago this Friday, the dam above the valley burst.", "Forty years ago this Friday", "1982-06-17"),
    ("Ten years ago tomorrow, the ferry sank off the cape.", "Ten years ago tomorrow", "2012-06-15"),
    ("Two years ago yesterday, the mill closed its gates.", "Two years ago yesterday", "2020-06-13"),
    ("A century ago this Sunday, the first train reached the town.", "A century ago this Sunday",
     "1922-06-19"),
    ("Three decades ago Wednesday, the strike began.", "Three decades ago Wednesday", "1992-06-15"),
    ("Twenty years ago Saturday, the club won its only title.", "Twenty years ago Saturday", "2002-06-11"),
])
def test_an_anniversary_from_a_named_day_is_that_day_years_back(text, span, value):
    assert _mentions(text)[0] == (span, value)


def test_the_weekday_of_an_anniversary_gives_no_date_of_its_own():
    assert len(_mentions("Fifty years ago this Thursday, the bridge opened to traffic.")) == 1


@pytest.mark.parametrize("text, expected", [
    # today and this week: unchanged (the anniversary the tagger already read)
    ("A year ago today, the mine exploded.", [("A year ago today", "2021-06-14")]),
    # a count in weeks or days is not an anniversary: the weekday stays a day of its own
    ("Two weeks ago Thursday, the board resigned.", [("Two weeks ago", "2022-W22"), ("Thursday", "2022-06-09")]),
    # a sentence break between them: two dates
    ("The plant shut a year ago. Thursday it reopens.", [("a year ago", "2021"), ("Thursday", "2022-06-16")]),
    # a possessive weekday names a thing of that day
    ("The vote a year ago made Thursday's debate bitter.", [("a year ago", "2021"), ("Thursday", "2022-06-09")]),
])
def test_near_misses_keep_their_reading(text, expected):
    assert _mentions(text) == expected


# A present progressive with no other tense cue in its clause sets a bare weekday ahead (round 36, dating36;
# dates.anchor.weekday_date, resources.cues.RX_PROGRESSIVE_PRESENT).

FRI = dt.date(2022, 6, 17)  # a Friday


@pytest.mark.parametrize("text, value", [
    ("The new arena is hosting its first concert Saturday.", "2022-06-18"),
    ("The delegation is leaving for Geneva on Tuesday.", "2022-06-21"),
    ("Both teams are still training in the capital ahead of their final Sunday.", "2022-06-19"),
])
def test_a_present_progressive_sets_a_bare_weekday_ahead(text, value):
    assert [m.value for m in find_dates(text, relative_to=FRI)] == [value]


@pytest.mark.parametrize("text, value", [
    # a past cue in the clause decides
    ("The arena hosted its first concert Tuesday.", "2022-06-14"),
    ("The crews are clearing the roads the storm blocked Tuesday.", "2022-06-14"),
    # a possessive weekday names a thing of that day
    ("The station is reporting on the arrests after Tuesday's riot.", "2022-06-14"),
    # no progressive: a bare weekday looks back, as before
    ("The minister visits the valley often; she toured it Tuesday.", "2022-06-14"),
    # a progressive in another clause before a comma does not reach the date
    ("While the crews are working, the bridge reopened Tuesday.", "2022-06-14"),
])
def test_near_misses_of_the_progressive_keep_their_reading(text, value):
    assert [m.value for m in find_dates(text, relative_to=FRI)] == [value]


@pytest.mark.parametrize("text, value", [
    # a word bringing in another happening: the weekday is that happening's
    ("Passengers are still waiting for news after the ferry fire on Tuesday.", "2022-06-14"),
    ("The goalkeeper is recovering from the fall on Tuesday.", "2022-06-14"),
])
def test_a_progressive_does_not_reach_past_another_happening(text, value):
    assert [m.value for m in find_dates(text, relative_to=FRI)] == [value]
