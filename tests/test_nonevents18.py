"""Round 18 (nonevents18): document furniture that is no event — a picture's credit in a bracket closing a
caption line, an alt text cut short above its caption, notices to the reader ('please call …', 'you may be
eligible …', 'if you …, please …'), and a date that opens its clause as the subject of an anniversary or of a
characterisation ('June 6 marks the tenth anniversary …', '… was a day we will never forget'), and the procedure
of a chamber ('The Chair has been advised …', 'I rise today proud to …'), and the day's occasion characterised
in the present ('Today's ruling means …'); and 'Today' in a name ('USA Today', 'NBC's Today show') is no date.
Invented sentences from several domains, with near-misses."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.articles import find_regions
from timeline.dates import find_dates
from timeline.clauses import (ANNIVERSARY, CHARACTERISED_DAY, FLOOR_OPENING, FLOOR_PROCEDURE, OCCASION_JUDGED,
                              NON_EVENT_KINDS, READER_NOTICE, analyse)

STORY = "The county court fined the club on Tuesday for the brawl, the clerk said."


def _label_at(text: str, line: str) -> list[tuple[str, str]]:
    at = text.index(line)
    return [(r.kind, r.label) for r in find_regions(text) if r.start <= at < r.end]


@pytest.mark.parametrize("line", [
    "Volunteers stack sandbags along the river in Dresden on June 3. (THW)",  # weather, an agency's acronym
    "The striker celebrates his second goal against the visitors on Sunday. (Ann Roe/City Herald)",  # sport
    "Researchers lower the probe into the lake on March 12. (Getty Images)",  # science
    "The bank's new headquarters opened its doors to staff last week. (U.S. Navy)",  # business
])
def test_a_line_closed_by_a_bracketed_credit_is_a_caption(line):
    text = f"{STORY}\n{line}\n{STORY}\n"
    assert _label_at(text, line) == [("boilerplate", "caption")]


@pytest.mark.parametrize("line", [
    "The judge thanked the jurors for their service. (Applause.)",  # a transcript's cue
    "The coach said the team was a fine one. (Laughter)",
    "The minister took questions from reporters. (CROSSTALK)",
    "We go now to the stadium for the final whistle. (END VIDEO CLIP)",
    "The storm struck the coast on August 29. (See related article.)",
    "Senator Ann Roe voted against the measure (D-Ohio).",  # a party label inside the sentence
    "The council fined the club 20,000 euros on Tuesday. (2 MB)",
])
def test_a_transcript_cue_or_a_bracket_that_is_no_credit_stays_story(line):
    text = f"{STORY}\n{line}\n{STORY}\n"
    assert _label_at(text, line) == [("body", "body")]


def test_an_alt_text_cut_short_above_its_caption_is_a_caption_too():
    caption = "Firefighters hose down the roof of the burned warehouse in the port district. (Ann Roe/Daily News)"
    cut = caption[:60].rstrip()
    text = f"{STORY}\n{cut}\n{caption}\n{STORY}\n"
    assert _label_at(text, cut) == [("boilerplate", "caption")]
    # near-miss: a lede repeated and extended (its first line ends a sentence), no caption below it
    lede = "The league fined the club on Tuesday for the brawl in the second half."
    text = f"{lede}\n{lede} The club said it would appeal.\n"
    assert all(r.kind == "body" for r in find_regions(text))


def _clause(text: str, date: str):
    i = text.index(date)
    return analyse(text, 0, len(text), i, i + len(date), when="past")


@pytest.mark.parametrize("text, date", [
    ("Please wait for the ticket office to reopen in the morning before you queue.", "the morning"),
    ("You could be eligible for a refund if your flight was cancelled during the year.", "the year"),  # travel
    ("If you missed the hearing, you can read the court's order of June 2, 2015 in the clerk's office.",
     "June 2, 2015"),  # courts
    ("Please note the match will be streamed live on Saturday.", "Saturday"),  # sport
    ("You can apply for the research grant until March 31.", "March 31"),  # science
])
def test_a_notice_to_the_reader_is_no_event(text, date):
    c = _clause(text, date)
    assert c.kind == "framing" and c.reason == READER_NOTICE


@pytest.mark.parametrize("text, date", [
    ("You remember what began on April 21, 2009, when the first cases were reported.", "April 21, 2009"),
    ("As you may know, earlier this year the bank cut its rates twice.", "earlier this year"),
    ("You may have seen the report the agency released on Tuesday.", "Tuesday"),
    ("“Please stay indoors,” the mayor told residents on Tuesday.", "Tuesday"),
    ("The club pleased its fans on Sunday with a late winner.", "Sunday"),
    ("PLEASE NOTE: The deadline to enter the race passed on Friday, March 3.", "Friday, March 3"),  # a label
])
def test_a_speaker_or_a_story_talking_of_you_or_please_stays_what_it_was(text, date):
    assert _clause(text, date).reason != READER_NOTICE


@pytest.mark.parametrize("text, date, reason", [
    ("Madam Chair, this coming June 6 will mark the fifth anniversary of the mine collapse.", "June 6", ANNIVERSARY),
    ("March 3 is the anniversary that the players of the old club remember.", "March 3", ANNIVERSARY),  # sport
    ("Friday marks the first anniversary of the court's ruling on the merger.", "Friday", ANNIVERSARY),  # courts
    ("OSLO, Norway – Saturday, May 2, 2015 is a day the fans of the club will never forget.",
     "Saturday, May 2, 2015", CHARACTERISED_DAY),  # sport, after a release's dateline
    ("Tuesday was a day the shareholders would long remember.", "Tuesday", CHARACTERISED_DAY),  # business
])
def test_a_date_named_as_an_anniversary_or_characterised_is_no_event(text, date, reason):
    c = _clause(text, date)
    assert c.kind == "framing" and c.reason == reason


@pytest.mark.parametrize("text, date", [
    ("On Friday, the first anniversary of the flood, the council opened the new dike.", "Friday"),
    ("The club marked the anniversary of its founding on Saturday with a parade.", "Saturday"),
    ("Friday is the day the council will vote on the budget.", "Friday"),  # the day identified: a scheduled vote
    ("Tuesday was a day of protests across the country.", "Tuesday"),
    ("The storm hit the coast on Monday, a day residents will never forget.", "Monday"),  # the date is no subject
])
def test_an_event_on_an_anniversary_or_on_a_day_stays_an_event(text, date):
    assert _clause(text, date).reason not in (ANNIVERSARY, CHARACTERISED_DAY)


@pytest.mark.parametrize("text, date, reason", [
    ("The SPEAKER pro tempore announces that the vote on the fisheries treaty was postponed on Tuesday.", "Tuesday",
     FLOOR_PROCEDURE),  # science / fisheries
    ("The Chair has been advised that the gentlewoman from Ohio was named on Tuesday as the designee.", "Tuesday",
     FLOOR_PROCEDURE),
    ("The Chair recognizes the gentleman from Ohio, who led the relief effort on Monday.", "Monday",
     FLOOR_PROCEDURE),  # weather
    ("I rise today very proud to support the resolution honoring the champions of Sunday's final.", "today",
     FLOOR_OPENING),  # sport
])
def test_the_procedure_of_a_chamber_is_no_event(text, date, reason):
    c = _clause(text, date)
    assert c.kind == "framing" and c.reason == reason


@pytest.mark.parametrize("text, date", [
    ("The Senate passed the flood relief bill by unanimous consent on Tuesday.", "Tuesday"),  # weather
    ("The Chair of the central bank raised interest rates on Wednesday.", "Wednesday"),  # business
    ("The club moved its home match to Sunday after the storm.", "Sunday"),  # sport
])
def test_a_story_about_a_chamber_or_a_chair_stays_an_event(text, date):
    assert _clause(text, date).reason not in (FLOOR_PROCEDURE, FLOOR_OPENING)


@pytest.mark.parametrize("text, date", [
    ("Today's ruling means the refunds to ticket holders will begin shortly.", "Today"),  # courts / sport
    ("Today’s session is the third of five meetings on the drought budget.", "Today"),  # weather
    ("Tonight's vote has shown that the shareholders want a new board.", "Tonight"),  # business
    ("Yesterday's launch, delayed twice by wind, marks a new phase for the observatory.", "Yesterday"),  # science
])
def test_the_days_occasion_characterised_in_the_present_is_no_event(text, date):
    c = _clause(text, date)  # (an earlier check may read it first, as a feature's label or a reference: no event)
    assert c.kind in NON_EVENT_KINDS and c.reason != ""


@pytest.mark.parametrize("text, date", [
    ("Today’s hearing on the drought took place in the committee room.", "Today"),  # the occasion told in the past
    ("Yesterday's storm was the strongest in a decade.", "Yesterday"),  # a past copula: the storm's record
    ("The court said today's ruling is final.", "today"),  # the date opens no clause
])
def test_the_days_occasion_told_in_the_past_or_reported_stays_what_it_was(text, date):
    assert _clause(text, date).reason != OCCASION_JUDGED


@pytest.mark.parametrize("text", [
    "The figures were first printed by USA Today, which cited the league's own records.",  # sport / a newspaper
    "The researcher told NBC's Today show that the probe was working.",  # science / a programme
    "The minister spoke on the Today programme about the bank's collapse.",  # business
])
def test_today_as_part_of_a_name_is_no_date(text):
    assert [m.text for m in find_dates(text, relative_to=dt.date(2020, 1, 2))] == []


@pytest.mark.parametrize("text", [
    "EPA Today Announces New Limits on River Pollution",  # a title-case headline: the date
    "Today, the USA won the final in extra time.",
    "The FDA said Today it would review the drug.",
    "The club beat the USA today in the final.",
])
def test_today_as_a_date_stays_one(text):
    assert [m.text.lower() for m in find_dates(text, relative_to=dt.date(2020, 1, 2))] == ["today"]
