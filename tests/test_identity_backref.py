"""A date on a happening's noun (*after Tuesday's landslide*, *since Saturday's final*) names that happening, told
elsewhere: a group made only of such mentions joins the event of that day that a mention states by a verb and whose
mentions share the noun (:func:`timeline.identity.attach_anaphors`, :attr:`timeline.identity.Features.named_by`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import extract_article
from timeline.identity import features, merge

_DAY = dt.date(2022, 9, 16)


def _article(text: str, art_id: str) -> Article:
    return Article(id=art_id, path=Path(f"{art_id}.txt"), text=text, title="", published=_DAY,
                   regions=find_regions(text))


def _ids(*articles: Article):
    frame = merge([r for a in articles for r in extract_article(a)])
    return frame.drop_duplicates(E.source).set_index(E.source)[E.event_id]


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


def test_a_back_reference_by_a_happening_joins_that_days_event_stated_by_a_verb():
    # weather: a landslide told by a verb in one article, referred back to in another
    a = _article("A landslide buried the mountain road near Vorn on Tuesday, September 13, 2022.", "a")
    b = _article("The city council of Vorn approved a new budget on Tuesday, September 13, 2022.", "b")
    c = _article("The city council of Vorn approved its budget on Tuesday, September 13, 2022, by ten votes.", "c")
    r = _article("Three villages were isolated after the September 13, 2022 landslide, officials said.", "r")
    ids = _ids(a, b, c, r)
    assert ids["r"] == ids["a"] != ids["b"]


def test_a_back_reference_in_sport_joins_the_match_it_names():
    a = _article("Rovers won the cup final against United at Hollin Park on Saturday, September 10, 2022.", "a")
    b = _article("The league fined the club of Hollin for late payments on Saturday, September 10, 2022.", "b")
    c = _article("The league fined Hollin Park for late payments on Saturday, September 10, 2022, officials said.",
                 "c")
    r = _article("The town has celebrated since the September 10, 2022 cup final, fans said.", "r")
    ids = _ids(a, b, c, r)
    assert ids["r"] == ids["a"] != ids["b"]


def test_a_back_reference_to_a_happening_no_verb_tells_that_day_stays_apart():
    """Near miss: the only event of that day stated by a verb is another happening (a budget vote): the landslide
    the reference names is not it."""
    b = _article("The city council of Vorn approved a new budget on Tuesday, September 13, 2022.", "b")
    r = _article("Three villages were isolated after the September 13, 2022 landslide, officials said.", "r")
    ids = _ids(b, r)
    assert ids["r"] != ids["b"]
