"""Joint work going on, a speaker's talk about the session and a lower bound are no events (round 27)."""

from __future__ import annotations

import pytest

from timeline.clauses import JOINT_WORK_GOING_ON, LOWER_BOUND, analyse


def _clause(sentence: str, date: str, when: str = "past"):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when=when)


@pytest.mark.parametrize("sentence, date", [
    ("March 4, 2031: The harbour office is collaborating with the fisheries board to trace the spill.", "March 4, 2031"),
    ("On Tuesday the coast watch was assisting the county with its ferry checks.", "Tuesday"),
    ("The Royal Navy is contributing to the search for the missing trawler on Saturday.", "Saturday"),
    ("On May 3 the water board is working in partnership with the city to restore supply.", "May 3"),
    ("The two leagues are cooperating closely on the new calendar this week.", "this week"),
    ("The ministry is working closely with the growers on Monday to sort the crates.", "Monday"),
])
def test_joint_work_going_on_is_a_state(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "state" and c.reason == JOINT_WORK_GOING_ON


@pytest.mark.parametrize("sentence, date", [
    # other progressives, working on or to, a past act of assisting, a joint act of one day
    ("The Royal Navy is sending a frigate to the search area on Saturday.", "Saturday"),
    ("Engineers are working on a fix for the pumps on Monday.", "Monday"),
    ("The coast watch assisted the county with its ferry checks on Tuesday.", "Tuesday"),
    ("On May 3 the water board signed a partnership with the city.", "May 3"),
    ("The harbour office is continuing its inquiry into the spill on Friday.", "Friday"),
])
def test_other_progressives_and_acts_stay_events(sentence, date):
    assert _clause(sentence, date).reason != JOINT_WORK_GOING_ON


@pytest.mark.parametrize("sentence, date", [
    ("Madam Speaker, I would like to comment today on H.R. 12, the Dunes Act, a needed bill.", "today"),
    ("I'd like to remind everyone that the lines stay muted during this morning's call.", "this morning"),
    ("So the first thing I would like to know today is whether the plan changed.", "today"),
    ("We are glad to be here, and we are looking forward to speaking with you today.", "today"),
    ("I am really looking forward to hearing from the growers this afternoon.", "this afternoon"),
])
def test_a_speaker_s_talk_about_the_session_is_no_event(sentence, date):
    assert _clause(sentence, date).kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    # a third person looking forward to an act; an anticipated happening; a speaker sharing the news
    ("The governor says she is looking forward to signing the dunes bill on Thursday.", "Thursday"),
    ("We are looking forward to the launch of the new ferry on Monday.", "Monday"),
    ("Today I'd like to share with you the steps the board is taking on the spill.", "Today"),
    ("The senator commented on the dunes bill on Tuesday.", "Tuesday"),
])
def test_acts_and_plans_stay_events(sentence, date):
    assert _clause(sentence, date).kind != "framing"


@pytest.mark.parametrize("sentence, date", [
    ("The board banned the sale of crates made after May 3, 2031.", "May 3, 2031"),
    ("Claims that were filed after March 1 will be paid from the new fund.", "March 1"),
    ("After August 25, 2031, the two agencies held several calls with the maker.", "August 25, 2031"),
    ("Of the 90 cases, most began on or after June 4, 2031.", "June 4, 2031"),
])
def test_a_date_after_after_is_a_lower_bound(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "reference" and c.reason == LOWER_BOUND


@pytest.mark.parametrize("sentence, date", [
    # a time counted from the date, a clock time, a happening owning the date, a negated clause, 'before'
    ("The crews reached the valley two days after May 3, 2031.", "May 3, 2031"),
    ("The governor signed the bill shortly after midnight.", "midnight"),
    ("Ministers met in an emergency session after Thursday's quake.", "Thursday"),
    ("Leases won’t be extended after June of next year.", "June of next year"),
    ("The board banned the sale of crates made before May 3, 2031.", "May 3, 2031"),
    ("The board banned the sale of crates on May 3, 2031.", "May 3, 2031"),
])
def test_counted_times_and_other_dates_are_no_bound(sentence, date):
    assert _clause(sentence, date).reason != LOWER_BOUND


@pytest.mark.parametrize("sentence, date", [
    # two acts toward the people present joined by 'and'; a verb form after 'the' is a modifier, not a clause
    ("I would like to take a moment to recognize and welcome the rescued hikers and their families here today.",
     "today"),
    ("We would like to thank and congratulate the surviving crew and their relatives present tonight.", "tonight"),
])
def test_coordinated_acts_toward_those_present_are_no_event(sentence, date):
    assert _clause(sentence, date).kind == "framing"


def test_a_narrated_welcome_stays_an_event():
    c = _clause("The mayor recognized and welcomed the rescued hikers at the town hall today.", "today")
    assert c.kind != "framing"


@pytest.mark.parametrize("sentence, date", [
    ("The following speakers have been asked to attend on May 3:", "May 3"),
    ("The following passage is taken from my 2019 memoir.", "2019"),
])
def test_a_list_or_excerpt_announced_by_its_noun_is_no_event(sentence, date):
    assert _clause(sentence, date).kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("The following week, cases were reported in the capital on May 3.", "May 3"),
    ("The following witnesses testified on May 3.", "May 3"),
])
def test_a_time_or_an_act_after_the_following_stays_an_event(sentence, date):
    assert _clause(sentence, date).kind != "framing"
