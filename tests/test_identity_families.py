"""Identity: one action said with other words (a verb and its synonym, a phrasal verb and its noun), and a subject
capitalised only because it opens the sentence (no name, so no cannot-link between two such subjects)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.clauses import analyse
from timeline.events import EventSchema as E
from timeline.extract import extract_article
from timeline.identity import may_be_name, merge


@pytest.mark.parametrize("same, other", [
    # medicine: discharged from a hospital is released from it; admitted to it is another thing
    (["Two climbers were discharged from Denver General Hospital on March 3, 2023.",
      "Denver General Hospital released the two climbers on March 3, 2023."],
     "Denver General Hospital admitted two climbers on March 3, 2023."),
    # conflict: hostages freed are hostages released; a village shelled is another thing
    (["The rebels freed the twelve hostages on March 3, 2023.",
      "The twelve hostages were released by the rebels on March 3, 2023."],
     "The rebels shelled the border village on March 3, 2023."),
    # engineering: a breakthrough achieved is a machine breaking through; a strike is another thing
    (["The boring machine broke through to the new station on March 3, 2023.",
      "Tunnel crews achieved a breakthrough at the new station on March 3, 2023."],
     "The tunnel crews went on strike over pay on March 3, 2023."),
    # science: the same with a research result
    (["Researchers at Halden University achieved a breakthrough in battery storage on March 3, 2023.",
      "Researchers at Halden University broke through a barrier in battery storage on March 3, 2023."],
     "Halden University fired its rector on March 3, 2023."),
])
def test_one_action_said_with_a_synonym_or_its_noun_is_one_event(same, other, event_ids):
    ids = event_ids([*same, other])
    assert len(set(ids[:-1])) == 1
    assert ids[-1] != ids[0]


@pytest.mark.parametrize("phrase, name", [
    ("One of the miners", False), ("Three of the climbers", False), ("Officials", False), ("Engineers", False),
    ("Members", False), ("Senators", False), ("Some residents", False),
    ("Three Mile Island", True), ("Members of Parliament", True), ("Acme", True), ("Rovers", True),
    ("Dana Hale", True),
])
def test_a_group_or_number_opening_the_sentence_is_no_name(phrase, name):
    assert may_be_name(phrase) is name


@pytest.mark.parametrize("text, subject", [
    ("Officials say three of the climbers were rescued on Friday.", "three of the climbers"),
    ("Engineers say a drilling rig has reached the cave on Friday.", "drilling rig"),
    ("Witnesses say the striker was sent off on Friday.", "striker"),
])
def test_a_reporting_frame_without_that_is_no_part_of_the_subject(text, subject):
    ds = text.find("Friday")
    clause = analyse(text, 0, len(text), ds, ds + 6)
    assert text[clause.subject[0] : clause.subject[1]] == subject


def test_a_group_subject_opening_the_sentence_does_not_keep_apart_two_reports_of_one_event(event_ids):
    """*Officials say three climbers were rescued* and *Three climbers were rescued* report one rescue (neither
    subject is a name); two named clubs signing one player on one day stay two events."""
    ids = event_ids(["Officials say three of the climbers were rescued by helicopter on March 3, 2023.",
                "Three climbers were rescued by helicopter on Mount Hale on March 3, 2023."])
    assert ids[0] == ids[1]
    ids = event_ids(["Rovers signed the striker Ali Demir on March 3, 2023.",
                "Hartley Town signed the striker Ali Demir on March 3, 2023."])
    assert ids[0] != ids[1]


@pytest.mark.parametrize("same, other", [
    # government: an agency named by its initials and by its name, the same day
    (["On March 3, 2023, the NTSB opened an inquiry into the derailment near Halden.",
      "The National Transportation Safety Board opened an inquiry into the Halden derailment on March 3, 2023."],
     "The Federal Railroad Administration fined the operator Halden Rail on March 3, 2023."),
    # science: a space agency
    (["On March 3, 2023, ESA launched the Aurel weather satellite from Kourou.",
      "The European Space Agency launched its Aurel weather satellite on March 3, 2023."],
     "The Indian Space Research Organisation launched its Vayu weather satellite on March 3, 2023."),
])
def test_an_initialism_and_the_name_it_stands_for_are_one_subject(same, other, event_ids):
    ids = event_ids([*same, other])
    assert len(set(ids[:-1])) == 1
    assert ids[-1] != ids[0]


@pytest.mark.parametrize("text, date, subject", [
    ("The players spent most of Sunday resting at the hotel with their coach.", "Sunday", "hotel"),
    ("Firefighters spent much of Tuesday clearing debris from the harbour road.", "Tuesday", "debris"),
])
def test_a_portion_of_a_day_names_no_event(text, date, subject):
    """*spent most of Sunday resting*: the date is the time the clause took, so the mention is its clause (the
    spending), not a "phrase" of the words before the date."""
    from timeline.identity import features

    f = features({E.quote: text, E.date_text: date})
    assert "spend" in f.actions and subject in f.terms


def test_an_initialism_of_other_letters_is_another_subject(event_ids):
    """Two agencies doing the same kind of thing the same day stay two events when the initials do not spell the
    other's name."""
    ids = event_ids(["On March 3, 2023, the FRA opened an inquiry into the derailment near Halden.",
                "On March 3, 2023, the National Transportation Safety Board opened an inquiry into the crash."])
    assert ids[0] != ids[1]


def _events(texts: list[str], published: dt.date) -> dict[tuple[str, str], str]:
    arts = [Article(id=f"s{k}", path=Path(f"s{k}.txt"), text=t, title="", published=published,
                    regions=find_regions(t)) for k, t in enumerate(texts)]
    frame = merge([r for a in arts for r in extract_article(a)])
    return {(r.source, r.date): r.event_id for r in frame.itertuples()}


@pytest.mark.parametrize("texts, published, answered, own", [
    # business: a senator's statement answers a reported plant closing dated next week
    (["Senator Ann Roe issued a letter today in reply to news that Acme will close its Ohio plant next week.",
      "Acme will close its Ohio plant in Dayton next week, according to reports."],
     dt.date(2023, 3, 6), "2023-W11", "2023-03-06"),
    # sport: a union answers a reported stadium sale dated next month
    (["The players' union spoke out today, responding to news that Rovers will sell their stadium next month.",
      "Rovers will sell their stadium to a property group next month, reports say."],
     dt.date(2023, 3, 6), "2023-04", "2023-03-06"),
])
def test_a_date_after_a_reaction_phrase_dates_the_event_answered(texts, published, answered, own):
    """The date inside the answered part states the event answered (it joins the other report of it); the
    statement's own date stays the statement's."""
    ids = _events(texts, published)
    assert ids[("s0", answered)] == ids[("s1", answered)]
    assert ids[("s0", own)] != ids[("s1", answered)]


def test_a_reaction_dated_by_its_own_verb_stays_apart_from_what_it_answers():
    ids = _events(["Senator Ann Roe issued a letter on March 6, 2023 in reply to Acme closing its Ohio plant.",
                   "Acme closed its Ohio plant in Dayton on March 6, 2023."], dt.date(2023, 3, 7))
    assert ids[("s0", "2023-03-06")] != ids[("s1", "2023-03-06")]


@pytest.mark.parametrize("phrase, name", [
    ("Chairmen of the two panels", False),  # an irregular plural of an office noun
    ("Spokesmen", False),
    ("CEOs of the banks", False),  # a plural the lexicon lacks, by its stem
    ("Agencies", False),
    ("Chairman Roe", True),  # an office before a name
    ("Police", False),  # a group of people by its kind, like "Officials" (no plural of an office, but no name)
])
def test_plurals_of_office_nouns_name_no_one(phrase, name):
    assert may_be_name(phrase) is name
