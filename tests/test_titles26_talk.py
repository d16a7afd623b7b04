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


@pytest.mark.parametrize("sentence, date, title", [
    # a two- or three-word title takes the prepositional phrase that completes its verb or object
    ("The regulator warned drivers about fake repair offers on Monday.", "on Monday",
     "Regulator warns drivers about fake repair offers"),
    ("The agency opened an investigation on Monday into the brakes of the sedan.", "on Monday",
     "Agency opens investigation into brakes of sedan"),
    ("The crew flew on Monday over Ohio and Indiana.", "on Monday", "Crew flies over Ohio and Indiana"),
])
def test_short_title_takes_its_complement(sentence, date, title):
    assert title_for(sentence, date)[0] == title


@pytest.mark.parametrize("sentence, date", [
    # no phrase when a clause, a pronoun, a verb or a number follows the preposition, nor a cut inside a name
    ("The agency opened an investigation on Monday into whether the brakes failed.", "on Monday"),
    ("The union asked the mayor on Monday to reopen the depot.", "on Monday"),
    ("Lab tests found lead on Monday at one of the wells.", "on Monday"),
    ("A suspected case was reported on Monday to the Vermont Department of Rural Health and Safety Services.",
     "on Monday"),
])
def test_short_title_takes_no_clause_pronoun_verb_or_cut_name(sentence, date):
    title = title_for(sentence, date)[0]
    assert not title.endswith(("whether", "them", "to reopen", "at one", "Vermont Department")), title
