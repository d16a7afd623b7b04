"""A verb of telling the date dates gives the title its teller (issue 14, title words; round 35): *officials said
Sunday that 40 homes burned* is titled *Officials say 40 homes burned* when that title keeps every word of the act's
(:func:`timeline.titles.make_title`, :func:`timeline.titles._dated_telling`). Invented sentences only, with the near
misses the rule must leave alone."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import DATED_TELLING, MAX_TITLE, make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    return make_title(sentence, analyse(sentence, 0, len(sentence), i, i + len(date)), i, i + len(date))


@pytest.mark.parametrize("sentence, date, expected", [
    # the date written right after the verb of telling: the telling is the day's act, the teller heads the title
    ("Mayor Ilsa Varn announced on Tuesday that the harbor bridge will reopen in May.", "on Tuesday",
     "Mayor Varn announces harbor bridge will reopen in May"),
    ("The port authority confirmed Friday that the smuggler had been caught.", "Friday",
     "Port authority confirms smuggler was caught"),
    # a fronted date with no other verb before the telling dates it too
    ("On Monday, river officials confirmed that 12 villages were flooded.", "On Monday",
     "River officials confirm 12 villages flooded"),
])
def test_teller_heads_title(sentence, date, expected):
    title = _title(sentence, date)
    assert title == expected
    assert len(title) <= MAX_TITLE


@pytest.mark.parametrize("sentence, date, expected", [
    # a saying dated reports a view or a situation: the act it reports is the title
    ("Coastal officials said Sunday that 40 homes were burned by the brush fire.", "Sunday",
     "40 homes burned by brush fire"),
    # the date written with the act, not with the telling: the act's title
    ("Coastal officials said 40 homes were burned by the brush fire on Sunday.", "on Sunday",
     "40 homes burned by brush fire"),
    ("Forty homes were burned Sunday, coastal officials said.", "Sunday", "Forty homes burned"),
    # the teller's own act (a pronoun opens what is told): the act's title names the doer already
    ("The weather office announced Tuesday it would close the airport.", "Tuesday", "Weather office to close airport"),
    ("Port Director Ann Lee announced today that the port will close two docks.", "today", "Port to close two docks"),
    # the date names the occasion of the telling
    ("In a June 3 post, the mayor confirmed the parade was cancelled.", "June 3", "June 3 post"),
    # a word between the verb and the date: the date may be the act's
    ("Officials announced to reporters Sunday that four people were killed.", "Sunday", "Four people killed"),
    # a verb of making known the report title does not title (its 'that' would stay): the act's
    ("The agency disclosed on Monday that personnel files had been compromised.", "on Monday",
     "Personnel files compromised"),
    # a subordinate clause opens what is told: no told fact for a headline
    ("Officials announced Tuesday when the rains come the dam will open.", "Tuesday", "Rains to open"),
    # the telling's title would lose a word of the act's (no room for both): the act's
    ("The northern province's regional health department announced Thursday that the measles vaccination campaign "
     "had begun in the mountain districts.", "Thursday", "Measles vaccination campaign begins in mountain districts"),
])
def test_act_title_kept(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_the_verbs_of_telling():
    assert {"announce", "confirm", "reveal"} <= DATED_TELLING
    assert "say" not in DATED_TELLING and "warn" not in DATED_TELLING
