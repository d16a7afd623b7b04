"""Round 26: titles of talk and of pronouns (synthetic sentences)."""

from __future__ import annotations

import pytest

from timeline.titles import title_for


@pytest.mark.parametrize("sentence, date, title", [
    # 'it' after 'where' never stands for the place the 'where' clause follows, nor for a place after a preposition
    ('The trip was the probe\'s third day since leaving a crater near a hill called "Vosk Ridge," where it landed last '
     "month.", "last month", "Vosk Ridge"),
    ("Zorbex bought a plant in Ohio, where it started production on Monday.", "on Monday", "Zorbex starts production"),
    ("The ship Vela sailed from Brest to the port of Dakar, where it docked on Monday.", "on Monday",
     "Vela docks at Dakar"),
    # 'it' in a clause after 'when' stands for the name that opens the sentence, not the nearest place
    ("Storm Ava, with its heavy rain, caused damage across parts of the Gulf Coast when it made landfall on Monday.",
     "on Monday", "Storm Ava makes landfall"),
    ("Zorbex shut its plant in Ohio after it lost a contract on Monday.", "on Monday", "Zorbex loses contract"),
])
def test_it_stands_for_the_doer_not_the_place(sentence, date, title):
    got = title_for(sentence, date)[0]
    if title == "Vosk Ridge":
        assert not got.startswith("Vosk Ridge")  # the hill did not land
    else:
        assert got == title


def test_where_clause_place_completes_a_bare_arrival():
    sentence = ("The drive was Zorbo's fifth driving day since leaving a site near a rock called \"Ember Crest,\" "
                "where it arrived last week.")
    assert title_for(sentence, "last week")[0] == "Zorbo arrives at Ember Crest"


def test_a_person_opening_the_sentence_is_not_it():
    title = title_for("Ann Lee toured the Zorbex plant in Ohio when it opened on Monday.", "on Monday")[0]
    assert not title.startswith("Ann Lee opens")
