"""One happening told with other words across articles (:data:`timeline.identity_words.ACTION_SYNONYMS`,
``PHRASAL_ACTIONS``, ``THING_SYNONYMS``): general news classes of one act join; another act of the same actor that
day, and a like act of another person with the same title, stay apart."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import EventSchema as E

PUB = dt.date(2022, 3, 14)


@pytest.mark.parametrize("texts, other", [
    # courts: a regulator files a complaint, brings suit, sues; its fine of that day stays apart
    (["The Securities Commission filed a civil complaint against Corvex Mining on March 9, 2022.",
      "On March 9, 2022, the Securities Commission sued Corvex Mining over its reserve figures."],
     "The Securities Commission approved the new listing rules on March 9, 2022."),
    # sport: a coach quits, steps down, resigns; the club's new signing that day stays apart
    (["Coach Ann Varga stepped down on March 9, 2022 after the cup defeat.",
      "Coach Ann Varga resigned on March 9, 2022, a day after the cup defeat."],
     "Coach Ann Varga signed a striker from Porto on March 9, 2022."),
    # crime: police catch, capture, take into custody a fugitive; the charge laid that day stays apart
    (["The escaped inmate Leon Brask was taken into custody on March 9, 2022.",
      "Leon Brask was caught by police in a barn on March 9, 2022.",
      "On March 9, 2022, police captured Leon Brask near the border."],
     "Police charged the prison guard Ana Holt with negligence on March 9, 2022."),
    # science: a space agency launches, opens an inquiry, a probe
    (["The Space Agency launched an inquiry into the failed rocket test on March 9, 2022.",
      "On March 9, 2022, the Space Agency opened a probe into the failed rocket test."],
     "The Space Agency postponed the next rocket test on March 9, 2022."),
])
def test_one_act_told_with_other_words_is_one_event(texts, other, event_ids):
    *ids, odd = event_ids([*texts, other], PUB)
    assert len(set(ids)) == 1
    assert odd != ids[0]


@pytest.mark.parametrize("texts", [
    # government: two secretaries tour and visit two places the same day
    ["Energy Secretary Ann Lee toured flooded towns in the north on March 9, 2022.",
     "Transport Secretary Bo Roe toured flooded towns in the south on March 9, 2022."],
    # sport: two club presidents visit the league's offices the same day
    ["Club President Ann Lee of Rovers visited the league offices in Derby on March 9, 2022.",
     "Club President Bo Roe of United visited the league offices in Derby on March 9, 2022."],
    # business: two chief executives resign the same day
    ["Chief Executive Ann Lee of Acme resigned on March 9, 2022.",
     "Chief Executive Bo Roe of Brightline quit on March 9, 2022."],
])
def test_a_shared_title_does_not_make_two_people_one(texts, event_ids):
    """*Secretary*, *Chief Executive* (:data:`timeline.identity_words.AGENT_NOUNS`) say not which person: two named
    people doing the same kind of thing stay two events."""
    first, second = event_ids(texts, PUB)
    assert first != second


def test_a_title_and_the_same_name_still_join(event_ids):
    """*Secretary Ann Lee* and *Ann Lee, the energy secretary*: one person (near miss of the rule above)."""
    first, second = event_ids(["Energy Secretary Ann Lee toured the flooded refinery in Port Dorran on March 9, 2022.",
                               "On March 9, 2022, Secretary Ann Lee visited the flooded refinery in Port Dorran."], PUB)
    assert first == second


@pytest.mark.parametrize("pronoun_quote, named_quote", [
    # politics: a leader hands power over
    ("He handed control to the army council on Friday.",
     "President Ana Lutz resigned and handed control to the army council on Friday."),
    # business: a founder sells her stake
    ("She sold her stake in Corvex to a pension fund on Friday.",
     "Founder Ana Lutz sold her stake in Corvex to a pension fund on Friday."),
])
def test_an_unresolved_pronoun_is_no_named_subject(pronoun_quote, named_quote):
    """*He …* whose pronoun nothing resolves names no one: it is not a second named actor kept apart from the one a
    report names (near miss: a named subject is kept)."""
    from timeline.identity import features, link_score

    fp = features({E.quote: pronoun_quote, E.date_text: "on Friday", "confidence": 1.0})
    fn = features({E.quote: named_quote, E.date_text: "on Friday", "confidence": 1.0})
    assert not fp.subject and fn.subject
    assert link_score(fp, fn, {}) > 0
