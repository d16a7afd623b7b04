"""Clauses that read as events but tell none: a page's notice about itself, a present perfect over a period up to
now, a negated present perfect (precision on folders nobody tuned on, issue 14)."""

from __future__ import annotations

import pytest

from timeline.clauses import ADDRESSING, NEGATED_PERFECT, NON_EVENT_KINDS, RUNNING, analyse
from timeline.extract import sentences
from timeline.lede import undated_events


def _clause(sentence: str, date: str, when: str = "past"):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when=when)


def _at_verb(sentence: str, verb: str):
    """The clause as the publication-day reader sees it: no date, read at the verb."""
    i = sentence.index(verb)
    return analyse(sentence, 0, len(sentence), i, i)


def _undated(text: str) -> list[str]:
    sents = [(s.start, s.end) for s in sentences(text)]
    return [text[u.start : u.end] for u in undated_events(text, sents, [], lede=False)]


@pytest.mark.parametrize("sentence, verb", [
    ("This story has been updated.", "has"),  # a newspaper
    ("This thread has been closed.", "has"),  # a sports fan board
    ("Editor's note: This article was originally published on the museum's blog.", "was"),  # a museum's site
    ("Editor's note: This was first posted on the league's website.", "was"),
    ("This post has been corrected to fix the date of the vote.", "has"),  # a council's page
])
def test_a_pages_notice_about_itself_is_a_stamp(sentence, verb):
    assert _at_verb(sentence, verb).kind in NON_EVENT_KINDS


@pytest.mark.parametrize("sentence, verb", [
    ("This blog post was updated on Monday.", "was"),  # a science blog
    ("This entry has been closed to new comments.", "has"),  # a club's forum
])
def test_a_post_or_entry_with_a_verb_of_publishing_is_a_stamp(sentence, verb):
    assert _at_verb(sentence, verb).kind in NON_EVENT_KINDS


@pytest.mark.parametrize("sentence, date", [
    ("This version was amended by the Senate on Tuesday.", "on Tuesday"),  # a bill
    ("This item was removed from the agenda on Monday.", "on Monday"),  # a council
    ("This version was updated by the engineers on Sunday.", "on Sunday"),  # software: an agent after the verb
    ("This post was closed after the general retired on Friday.", "on Friday"),  # an army post, not a forum's
])
def test_a_thing_of_the_news_named_post_or_version_is_no_stamp(sentence, date):
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, verb", [
    ("This bridge has been closed to traffic.", "has"),  # a thing that is no page
    ("The forum was closed by police after the protest.", "was"),  # not the page's own 'This'
    ("The study was originally published in a medical journal.", "was"),
])
def test_a_closing_or_publishing_of_something_else_stays_an_event(sentence, verb):
    assert _at_verb(sentence, verb).kind == "event"


def test_the_pages_notice_is_not_read_as_news_of_the_publication_day():
    assert _undated("The council voted on the budget.\n\nThis story has been updated.") == []
    assert _undated("The council voted on the budget.\n\nThe bridge has been closed to traffic.") \
        == ["The bridge has been closed to traffic."]


@pytest.mark.parametrize("sentence, verb", [
    # a team's season, a lab's year, a trade partnership
    ("Throughout the season, the club and its sponsors have taken part in many charity events.", "have"),
    ("Over the past two months, the lab's results have been shown at several meetings.", "have"),
    ("In recent years, the two ports have signed dozens of agreements.", "have"),
    ("Over the past 6 months, the ties between the two leagues have been tested for all to see.", "have"),
])
def test_a_present_perfect_after_a_period_up_to_now_is_no_act(sentence, verb):
    assert _at_verb(sentence, verb).kind == "state"


@pytest.mark.parametrize("sentence, verb", [
    ("In the past week, police have arrested a suspect in the theft.", "have"),  # one week: one act may fall in it
    ("Over the past year, the club fell from the first division.", "fell"),  # a simple past: a summary, not this rule
    ("Throughout the night, firefighters battled the blaze.", "battled"),  # past, no perfect
])
def test_a_short_period_or_a_past_is_not_read_as_a_perfect_up_to_now(sentence, verb):
    assert _at_verb(sentence, verb).reason != RUNNING


@pytest.mark.parametrize("sentence, date", [
    # a perfect in a relative clause, the main verb a dated past (business, science)
    ("Over the past two years, the firm, which has grown fast, sold its plant on May 3.", "on May 3"),
    ("In recent months, the lab, which has hired many staff, opened a new wing on Monday.", "on Monday"),
    # a part of one day is no period up to now (weather, sport)
    ("Throughout the night, crews have cleared the roads, the council said on Friday.", "on Friday"),
    ("Throughout the long afternoon, the fans have sung, the club said on Sunday.", "on Sunday"),
])
def test_a_relative_perfect_or_a_part_of_a_day_is_no_period_up_to_now(sentence, date):
    assert _clause(sentence, date).kind == "event"


def test_a_main_perfect_after_a_period_up_to_now_stays_a_state():
    # near miss: the main verb is the perfect
    assert _at_verb("Over the past two years, the firm, which sold its plant, has grown fast.", "has grown").kind \
        == "state"


@pytest.mark.parametrize("sentence, date", [
    ("Most of the passengers hurt in the March 3 derailment have not been named.", "March 3"),  # rail
    ("The cause of last week's warehouse fire has not been determined.", "last week"),  # a fire
    ("Several riders of the June 2 stage have never been tested.", "June 2"),  # cycling
])
def test_a_negated_present_perfect_after_a_dated_noun_is_no_event(sentence, date):
    assert _clause(sentence, date).kind == "negated"


@pytest.mark.parametrize("sentence, verb", [
    ("The divers searched the lake, but the search has turned up no trace of the boat.", "has turned"),
    ("Investigators have found no evidence of a break-in at the lab.", "have found"),
])
def test_a_perfect_that_found_nothing_is_no_event(sentence, verb):
    assert _at_verb(sentence, verb).kind == "negated"


@pytest.mark.parametrize("sentence, date", [
    ("The league said on Monday it has not sold the stadium.", "on Monday"),  # a stated decision, dated
    ("The rebels did not withdraw on Monday.", "on Monday"),  # a past: not this rule
    ("The mayor, who took office in May, has not yet signed the budget.", "in May"),  # a relative clause's date
    ("Investigators have found new evidence of a break-in at the lab on Friday.", "on Friday"),  # found something
])
def test_near_misses_of_the_negated_perfect_stay_events(sentence, date):
    assert _clause(sentence, date).reason != NEGATED_PERFECT


@pytest.mark.parametrize("sentence", [
    "I would also like to thank the referees for being here today, particularly the young ones.",  # sport
    "We would also like to thank the reviewers for coming today.",  # a science meeting
    "I'd also like to thank the jurors for their patience today.",  # a court
])
def test_a_speakers_thanks_with_also_inside_the_modal_is_no_event(sentence):
    assert _clause(sentence, "today").kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("On Monday, I'd like to begin by thanking the ground staff.", "On Monday"),  # sport
    ("Today I'd like to talk about the budget for the telescope.", "Today"),  # science
    ("This morning we’d like to give you an update on the trial.", "This morning"),  # a court
])
def test_a_speakers_contracted_modal_before_a_speech_act_is_no_event(sentence, date):
    assert _clause(sentence, date).kind == "framing"


def test_a_contracted_modal_of_someone_else_stays_an_event():
    # near miss: a third person's 'd: told of someone, not the speaker's own floor-taking
    assert _clause("The coach said he’d like to talk about the budget today.", "today").kind == "event"


def test_thanks_told_of_someone_else_stay_an_event():
    assert _clause("The coach thanked the fans for their support today.", "today").kind == "event"


@pytest.mark.parametrize("sentence", [
    "Today the towns of Alby, Brent and Crail, and many other villages can breathe again.",  # a flood's end
    "Tonight the clubs of the north, the east, and many other regions can rest at last.",  # a league's
])
def test_a_feeling_of_the_day_after_a_listed_subject_is_no_event(sentence):
    date = sentence.split()[0]
    assert _clause(sentence, date).kind == "framing"


def test_a_feeling_after_another_clause_stays_out_of_the_rule():
    assert _clause("Today the dam held and the valley can breathe again.", "Today").kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("The dam held on Monday and we want to thank the crews.", "on Monday"),  # a flood, the date first
    ("The striker scored twice on Saturday and I want to thank the fans.", "on Saturday"),  # sport
    ("The probe landed on Friday and they would like to thank the engineers.", "on Friday"),  # science
])
def test_an_event_dated_before_a_speakers_joined_thanks_stays_an_event(sentence, date):
    assert _clause(sentence, date).kind == "event"


def test_thanks_with_the_date_in_their_own_clause_stay_framing():
    # near miss: the date in the thanks' own clause, nothing joined between them
    assert _clause("On Monday we want to thank the crews and the volunteers.", "On Monday").kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("Today, Madam Chair, you see a club reborn from its debts.", "Today"),  # sport, a council hearing
    ("Tonight, you're going to have many questions about the trial.", "Tonight"),  # a court's press briefing
    ("This morning you will hear from two of our lead scientists.", "This morning"),  # a science briefing
])
def test_a_speaker_turning_to_the_audience_is_no_event(sentence, date):
    assert _clause(sentence, date).kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("Today you signed the treaty that ends the dispute.", "Today"),  # the audience's own past act
    ("Today, you will vote on the harbour bill.", "Today"),  # an act of the audience, not a seeing or hearing
    ("You see the results today, the coach said.", "today"),  # no day's word opening the clause
])
def test_an_act_of_the_audience_is_no_address(sentence, date):
    assert _clause(sentence, date).reason != ADDRESSING


def _pointer_kind(sentence: str, date: str | None = None):
    i = sentence.index(date) if date else 0
    return analyse(sentence, 0, len(sentence), i, i + len(date) if date else 0, when="past").kind


@pytest.mark.parametrize("sentence, date", [
    ("The complete text of the club's appeal is below:", None),  # sport
    ("The text of the court's order is attached.", None),  # courts
    ("(Amendment No. 4 is printed in today's Journal under Amendments Submitted.)", "today"),  # a legislature
    ("The full rules of the new fishing season are reproduced below.", None),  # fisheries
])
def test_a_text_pointing_to_where_a_document_is_printed_is_no_event(sentence, date):
    assert _pointer_kind(sentence, date) == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("The text of the treaty was signed on Monday.", "on Monday"),
    ("The newspaper printed the letter in today's edition.", "today"),  # an act of printing, told as done
])
def test_a_document_acted_on_is_no_pointer(sentence, date):
    assert _pointer_kind(sentence, date) == "event"


@pytest.mark.parametrize("sentence, verb", [
    ("I have to say that both the coach and the captain have put it very well.", "have put"),  # sport
    ("I have to say that the judge and the jurors have handled it with great care.", "have handled"),  # a court
])
def test_a_speakers_words_over_a_subject_of_two_nouns_are_no_event(sentence, verb):
    assert _at_verb(sentence, verb).kind == "framing"


def test_an_and_with_a_verb_of_its_own_still_joins_another_clause():
    assert _clause("We thank the crews, and the bridge reopened on Monday.", "on Monday").kind == "event"


@pytest.mark.parametrize("sentence, date, kind", [
    # a dated happening in a phrase of the subject, a long opening before it (weather): the negated perfect holds
    ("After a long and wet season of heavy rain in the hills, the victims of the May 3 flood have not been named.",
     "May 3", "negated"),
    # near miss: the dated happening is the subject itself (engineering)
    ("After a long and wet season of heavy rain in the hills, the May 3 flood has not damaged the dam.", "May 3",
     "event"),
])
def test_the_phrase_before_a_dated_happening_is_read_next_to_the_date(sentence, date, kind):
    assert _clause(sentence, date).kind == kind
