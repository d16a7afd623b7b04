"""A place struck by a happening in the passive (*the town was hit by a storm*) states the happening (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.clauses import analyse
from timeline.events import EventSchema as E
from timeline.identity import features, struck_by

_DAY = dt.date(2022, 5, 9)


def _features(quote: str, date_text: str):
    return features({E.quote: quote, E.date_text: date_text, "confidence": 1.0})


@pytest.mark.parametrize("passive, active, other", [
    # industry: an explosion at a refinery
    ("On May 3, 2022, the Kestrel refinery was rocked by a huge explosion.",
     "A huge explosion hit the Kestrel refinery on May 3, 2022, injuring four workers.",
     "On May 3, 2022, the Kestrel refinery was sold to Brightline Energy."),
    # weather: a storm on a coast
    ("The fishing port of Merrow was battered by a powerful storm on May 3, 2022.",
     "A powerful storm struck the fishing port of Merrow on May 3, 2022, sinking six boats.",
     "The fishing port of Merrow was hit by new catch quotas on May 3, 2022."),
    # geology: an earthquake in a valley
    ("The Ardent valley was shaken by a strong earthquake on May 3, 2022.",
     "A strong earthquake struck the Ardent valley on May 3, 2022, cutting power to 4,000 homes.",
     "The Ardent valley council approved a new dam on May 3, 2022."),
])
def test_a_place_struck_by_a_happening_in_the_passive_is_the_happening(passive, active, other, event_ids):
    p, a, o = event_ids([passive, active, other], _DAY)
    assert p == a
    assert o != p  # near miss: another thing done at the same place that day


@pytest.mark.parametrize("quote, date_text, happening", [
    ("The island of Tarn was struck by a strong earthquake of magnitude 6.1 on Tuesday, killing nine people.",
     "Tuesday", {"earthquak"}),
    ("The Kestrel refinery was rocked by explosions on May 3, 2022.", "May 3, 2022", {"explos"}),
    # near misses: no happening in the by phrase, or a happening noun that only qualifies its head
    ("The town was hit by new taxes on Sunday.", "Sunday", set()),
    ("The warehouse was damaged by fire crews cutting through the roof on Sunday.", "Sunday", set()),
])
def test_the_happening_of_a_passive_of_striking_is_its_by_phrase_not_its_subject(quote, date_text, happening):
    pos = quote.find(date_text)
    clause = analyse(quote, 0, len(quote), pos, pos + len(date_text))
    assert {h[:5] for h in struck_by(quote, clause)} == {h[:5] for h in happening}
    if happening:
        f = _features(quote, date_text)
        assert {h[:5] for h in happening} <= {h[:5] for h in f.happening}
        assert not {"refineri", "island", "tarn"} & (f.actions | f.happening)


def test_two_happenings_striking_one_place_stay_apart(event_ids):
    storm, quake = event_ids(["The fishing port of Merrow was battered by a powerful storm on May 3, 2022.",
                              "A strong earthquake struck the fishing port of Merrow on May 3, 2022."], _DAY)
    assert storm != quake
