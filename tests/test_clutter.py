"""Speakers' own talk, quote lead-ins and denied subjects are no events (issue 14, round 10: precision on new
stories). Invented sentences of several domains, with near-misses that must stay events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.clauses import NON_EVENT_KINDS, analyse
from timeline.events import EventSchema as E
from timeline.extract import extract_article, sentences
from timeline.lede import undated_events

THURSDAY = dt.date(2023, 5, 11)


def _kind(sentence: str, date: str) -> str:
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when="past").kind


def _article(text: str) -> Article:
    return Article(id="t", path=Path("t.txt"), text=text, title="", published=THURSDAY, regions=find_regions(text))


@pytest.mark.parametrize("sentence, date", [
    # thanks and the floor taken, with an adverb or a detour ('start … by thanking')
    ("I would like to start this morning by thanking the volunteers who searched the hills all night.",
     "this morning"),  # a wildfire briefing
    ("I want to personally express the league's deep gratitude to the stewards on duty this evening.",
     "this evening"),  # sport
    ("We extend our condolences to the families of the two climbers lost today.", "today"),  # mountain rescue
    ("Tonight I have to say that the referees handled a difficult final very well.", "Tonight"),  # sport
    # the speaker's feeling or relief at the moment of speaking
    ("Tonight, we feel a deep sense of relief and pride.", "Tonight"),  # a flood defence holding
    ("After three days of rain, tonight the valley can finally sleep again.", "tonight"),  # weather
    ("Today, the whole league stands in mourning for the young goalkeeper.", "Today"),  # sport
    ("Today, the scientific world unites in celebration of the probe's landing.", "Today"),  # science
    # the people on the stage with the speaker
    ("The engineers on the stage with me this afternoon spent two years on the probe.", "this afternoon"),  # science
    ("The detectives standing before you today worked every lead in this case.", "today"),  # courts
])
def test_a_speakers_own_talk_is_no_event(sentence, date):
    assert _kind(sentence, date) in NON_EVENT_KINDS


@pytest.mark.parametrize("sentence, date", [
    ("Tonight, the jury found the defendant guilty on all counts.", "Tonight"),  # courts: a verdict
    ("The board thanked the outgoing chairman at its meeting on Monday.", "Monday"),  # business: a third party
    ("We signed the agreement with the union this morning.", "this morning"),  # business: the speaker's act
    ("On Friday, we feel the market turned against the bond issue.", "Friday"),  # not the day of speaking
    ("Today the agency launched its new weather satellite from the coast.", "Today"),  # science
    ("Today, 5,000 people joined in prayer at the cathedral for the victims of the storm.", "Today"),  # past
])
def test_near_misses_stay_events(sentence, date):
    assert _kind(sentence, date) not in NON_EVENT_KINDS


def _continued(text: str) -> list[str]:
    return [r[E.quote] for r in extract_article(_article(text)) if "sentence before" in r[E.note]]


@pytest.mark.parametrize("lead", [
    "Coach Maria Lopez said:",  # sport
    "Chief Justice Anne Moore told reporters:",  # courts
    "Dr. Ken Ito added:",  # science
])
def test_a_sentence_that_only_leads_into_a_quotation_is_no_event(lead):
    text = f"The club dismissed its manager on Wednesday. {lead}"
    assert _continued(text) == []


def test_a_named_actor_going_on_with_an_act_still_takes_the_day():
    text = "The club dismissed its manager on Wednesday. Coach Maria Lopez said goodbye to the squad."
    assert _continued(text) == ["Coach Maria Lopez said goodbye to the squad."]


def _undated(text: str) -> list[str]:
    sents = [(s.start, s.end) for s in sentences(text)]
    return [text[u.start : u.end] for u in undated_events(text, sents, [])]


@pytest.mark.parametrize("sentence", [
    "Despite rumours online, no suspect has been charged over the museum theft.",  # crime
    "Contrary to earlier reports, neither bidder has raised its offer for the Acme brewery.",  # business
    "No hearing has been scheduled for the former mayor of Springfield.",  # courts
    "Nobody has claimed the record jackpot of the Northern State lottery yet.",  # lottery
])
def test_a_denied_subject_tells_no_event(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Police in Springfield have charged a suspect over the museum theft.",  # crime
    "The Acme brewery has raised its offer for the Northern State distillery.",  # business
])
def test_an_undenied_subject_still_makes_a_lede(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("sentence, date", [
    # a wire-photo caption closed by a day-first date
    ("Striker Ana Silva is greeted by fans as she arrives at the stadium in Lyon, France, 3 May 2019", "3 May 2019"),
    ("Flood water surrounds homes on the edge of the town of Riverton, 12 Feb. 2021", "12 Feb. 2021"),  # weather
    ("Fans crowd the main square of Lyon to celebrate the title, May 3, 2019", "May 3, 2019"),  # an infinitive only
    # a picture the page shows ('captured this image', 'this photo shows')
    ("The spectrometer on the agency's weather satellite captured this false-color image of the storm on August 29, "
     "2021.", "August 29, 2021"),  # science
    ("A court photographer took this picture of the defendant on Monday.", "Monday"),  # courts
])
def test_captions_of_pictures_are_no_events(sentence, date):
    assert _kind(sentence, date) == "caption"


@pytest.mark.parametrize("sentence, date", [
    ("The striker took the penalty on 3 May 2019 and scored.", "3 May 2019"),  # sport: a past act
    ("The court released new photos of the defendant on Monday.", "Monday"),  # courts: a release
    ("Striker Ana Silva signed for the club in Lyon on 3 May 2019.", "3 May 2019"),  # sport: a past act
    ("The club agreed on Friday to sign the striker, May 3, 2019", "May 3, 2019"),  # a past act before the date
])
def test_near_misses_of_captions_stay_events(sentence, date):
    assert _kind(sentence, date) == "event"


@pytest.mark.parametrize("sentence", [
    "For decades, fishermen of the northern coast have sailed through the strait in winter.",  # a habit
    "For the past two years, the club has trained its young players at the old stadium.",  # sport
    "For centuries, monks in the valley have brewed beer from the same recipe.",  # business
])
def test_a_perfect_after_a_fronted_duration_is_no_event(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    "For the first time, the club has signed a player from the northern league.",  # sport: one act
    "For its new season, the opera company has hired a conductor from Vienna.",  # arts: one act
])
def test_a_perfect_after_other_fronted_for_phrases_stays_an_event(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("sentence, date", [
    ("The curfew would start at 4 p.m., two hours earlier than Friday, the army said.", "Friday"),  # a city's curfew
    ("Ticket sales were higher than last year.", "last year"),  # business
    ("The river rose faster than in 2019, the weather office said.", "2019"),  # weather
    ("The final was played on Sunday rather than Saturday.", "Saturday"),  # sport
])
def test_a_date_right_after_a_comparatives_than_is_no_event(sentence, date):
    assert _kind(sentence, date) == "reference"


@pytest.mark.parametrize("sentence, date", [
    ("Entries must reach the jury no later than Friday.", "Friday"),  # a deadline stays
    ("The final was played on Sunday rather than Saturday.", "Sunday"),  # the day it was played
])
def test_a_deadline_and_the_other_date_of_a_comparison_are_no_reference(sentence, date):
    assert _kind(sentence, date) != "reference"
