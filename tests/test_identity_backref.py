"""A date on a happening's noun (*after Tuesday's landslide*, *since Saturday's final*) names that happening, told
elsewhere: a group made only of such mentions joins the event of that day that a mention states by a verb and whose
mentions share the noun (:func:`timeline.identity.attach_anaphors`, :attr:`timeline.identity.Features.named_by`)."""

from __future__ import annotations

import datetime as dt

from timeline.events import EventSchema as E
from timeline.identity import features

_DAY = dt.date(2022, 9, 16)


def _named_by(quote: str, date_text: str) -> frozenset[str]:
    return features({E.quote: quote, E.date_text: date_text, "confidence": 1.0}).named_by


def test_a_happening_named_by_its_date_has_its_head_noun():
    # weather: the landslide the date names, not the clause's state
    assert _named_by("The mountain road was closed after Tuesday's landslide near Vorn.", "Tuesday") == {"landslid"}
    # sport: the head before a preposition, not the place after it
    assert _named_by("Tickets were scarce ahead of Saturday's final in the capital.", "Saturday") == {"fin"}


def test_a_named_actor_acting_after_the_happening_states_its_own_act():
    """*Roe rushed to … after Tuesday's landslide*: Roe's act is news in itself (no back-reference), while a passive
    or a state after the date's happening is only a reference to it."""
    assert not _named_by("Governor Jane Roe flew to Vorn after Tuesday's landslide.", "Tuesday")
    assert not _named_by("The board criticised Monday's ruling by the court.", "Monday")
    assert _named_by("Three villages were isolated after Tuesday's landslide.", "Tuesday")


def test_a_back_reference_by_a_happening_joins_that_days_event_stated_by_a_verb(event_ids):
    # weather: a landslide told by a verb in one article, referred back to in another
    a = "A landslide buried the mountain road near Vorn on Tuesday, September 13, 2022."
    b = "The city council of Vorn approved a new budget on Tuesday, September 13, 2022."
    c = "The city council of Vorn approved its budget on Tuesday, September 13, 2022, by ten votes."
    r = "Three villages were isolated after the September 13, 2022 landslide, officials said."
    ida, idb, _, idr = event_ids([a, b, c, r], _DAY)
    assert idr == ida != idb


def test_a_back_reference_in_sport_joins_the_match_it_names(event_ids):
    a = "Rovers won the cup final against United at Hollin Park on Saturday, September 10, 2022."
    b = "The league fined the club of Hollin for late payments on Saturday, September 10, 2022."
    c = "The league fined Hollin Park for late payments on Saturday, September 10, 2022, officials said."
    r = "The town has celebrated since the September 10, 2022 cup final, fans said."
    ida, idb, _, idr = event_ids([a, b, c, r], _DAY)
    assert idr == ida != idb


def test_a_back_reference_to_a_happening_no_verb_tells_that_day_stays_apart(event_ids):
    """Near miss: the only event of that day stated by a verb is another happening (a budget vote): the landslide
    the reference names is not it."""
    b = "The city council of Vorn approved a new budget on Tuesday, September 13, 2022."
    r = "Three villages were isolated after the September 13, 2022 landslide, officials said."
    idb, idr = event_ids([b, r], _DAY)
    assert idr != idb
