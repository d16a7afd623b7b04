"""A title that opens with an office alone ('President signs bill') names its holder when the article names one
person with that office ('President Jane Roe' → 'Roe signs bill')."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import make_title


def _title(article: str, sentence: str, date: str) -> str:
    i = article.index(sentence)
    j = article.index(date, i)
    clause = analyse(article, i, i + len(sentence), j, j + len(date))
    return make_title(article, clause, j, j + len(date))


@pytest.mark.parametrize("article, sentence, date, expected", [
    # a university's release
    ("University President Ann Lee opened the new library on Sunday. On Monday, the President signed the "
     "research agreement with the hospital.", "On Monday, the President signed the research agreement with the "
     "hospital.", "Monday", "Lee signs research agreement with hospital"),
    # a company's release: the office named with 'of' before the name
    ("Chairman of the Board Dan Poe thanked the staff. On Friday, the Chairman met with the union leaders.",
     "On Friday, the Chairman met with the union leaders.", "Friday", "Poe meets with union leaders"),
    # a city's mayor, the name after the sentence
    ("On Tuesday the Mayor closed the harbour to ferries. Mayor Jo Ray said the storm would pass by Friday.",
     "On Tuesday the Mayor closed the harbour to ferries.", "Tuesday", "Ray closes harbour to ferries"),
])
def test_an_office_alone_is_named_by_its_holder(article, sentence, date, expected):
    assert _title(article, sentence, date) == expected


@pytest.mark.parametrize("article, sentence, date, expected", [
    # two persons hold the office in the article: which one is meant is not said
    ("President Ann Lee met President Ali Khan on Sunday. On Monday, the President signed the trade agreement.",
     "On Monday, the President signed the trade agreement.", "Monday", "President signs trade agreement"),
    # no one is named with the office
    ("On Monday, the President signed the trade agreement.", "On Monday, the President signed the trade agreement.",
     "Monday", "President signs trade agreement"),
    # a vice president and a former mayor hold other offices than the one the title names
    ("Vice President Ann Lee arrived on Sunday. On Monday, the President signed the trade agreement.",
     "On Monday, the President signed the trade agreement.", "Monday", "President signs trade agreement"),
    ("Former Mayor Jo Ray praised the plan. On Tuesday the Mayor closed the harbour to ferries.",
     "On Tuesday the Mayor closed the harbour to ferries.", "Tuesday", "Mayor closes harbour to ferries"),
    # the office's own name, not the office alone
    ("Secretary of State Dan Poe spoke on Monday. The Secretary of State visited the flooded towns on Tuesday.",
     "The Secretary of State visited the flooded towns on Tuesday.", "Tuesday",
     "Secretary of State visits flooded towns"),
])
def test_an_office_alone_near_misses(article, sentence, date, expected):
    assert _title(article, sentence, date) == expected


@pytest.mark.parametrize("article, sentence, date, expected", [
    # a transcript's 'THE CHAIRMAN:' label: 'I' is the office, named by the one holder the text names
    ("Chairman Dan Poe opened the meeting.\n\nTHE CHAIRMAN:  Good evening. On Monday, I met the union leaders.",
     "On Monday, I met the union leaders.", "Monday", "Poe meets union leaders"),
    # a headline-case line runs on past the holder's name ('Mayor Jo Ray Opens Harbour On …')
    ("Mayor Jo Ray Opens Harbour On Sunday\n\nTHE MAYOR:  Welcome. This morning I spoke to the ferry captains.",
     "This morning I spoke to the ferry captains.", "This morning", "Ray speaks to ferry captains"),
    # the other holder of the office is the one the holder meets, named in the title itself
    ("President Ann Lee and President Ali Khan spoke. On Monday, the President met with President Khan in Oslo.",
     "On Monday, the President met with President Khan in Oslo.", "Monday", "Lee meets with President Khan in Oslo"),
])
def test_a_transcript_office_and_a_headline_name_are_named_by_the_holder(article, sentence, date, expected):
    assert _title(article, sentence, date) == expected


@pytest.mark.parametrize("article, sentence, date, expected", [
    # an office named as any holder of it, in a sentence of history: not the article's holder
    ("Governor Jo Ray spoke at the dam. Forty years ago, a Governor first opened the dam to boats.",
     "Forty years ago, a Governor first opened the dam to boats.", "Forty years ago", "Governor opens dam to boats"),
    # the holder's name ends a line; the next line's first words are no surname
    ("Remarks of Chancellor Ann Lee\nWeekly Address\n\nOn Friday, the Chancellor opened the new campus.",
     "On Friday, the Chancellor opened the new campus.", "Friday", "Lee opens new campus"),
    # a headline that names the office after a preposition names no one ('Remarks by the Mayor After Visit')
    ("Remarks by the Mayor After Visit to the Port\n\nOn Friday, the Mayor closed the harbour to ferries.",
     "On Friday, the Mayor closed the harbour to ferries.", "Friday", "Mayor closes harbour to ferries"),
])
def test_an_office_alone_near_misses_of_history_and_headlines(article, sentence, date, expected):
    assert _title(article, sentence, date) == expected


@pytest.mark.parametrize("article, sentence, date, expected", [
    # a surname that is also a verb's -s form ends the name: it is the surname, not a headline's verb
    ("On Tuesday the Mayor closed the harbour to ferries. Mayor Jo Banks said the storm would pass by Friday.",
     "On Tuesday the Mayor closed the harbour to ferries.", "Tuesday", "Banks closes harbour to ferries"),
    ("Governor Ann Fields opened the dam on Sunday. On Monday, the Governor visited the flooded farms.",
     "On Monday, the Governor visited the flooded farms.", "Monday", "Fields visits flooded farms"),
    # near miss: a headline's verb that more words follow is still cut off the name
    ("Chancellor Ann Lee Opens Campus In Spring\n\nOn Friday, the Chancellor met the students.",
     "On Friday, the Chancellor met the students.", "Friday", "Lee meets students"),
])
def test_a_surname_like_a_verb_form_is_kept(article, sentence, date, expected):
    assert _title(article, sentence, date) == expected


def test_a_headline_verb_that_ends_the_name_is_cut_when_the_article_names_the_holder_in_full():
    # a headline's 'Mayor Ray Speaks' beside 'Mayor Jo Ray': the verb form is no second surname (city, science)
    article = "Mayor Ray Speaks\n\nMayor Jo Ray thanked the crews. On Tuesday the Mayor closed the harbour to ferries."
    assert _title(article, "On Tuesday the Mayor closed the harbour to ferries.", "Tuesday") == \
        "Ray closes harbour to ferries"
    article = "Chancellor Lee Visits\n\nChancellor Ann Lee spoke. On Friday, the Chancellor opened the new lab."
    assert _title(article, "On Friday, the Chancellor opened the new lab.", "Friday") == "Lee opens new lab"


@pytest.mark.parametrize("article, sentence, date, expected", [
    # a ministry's briefing: the bare office is its own principal; the foreign minister it calls is another person
    ("The Secretary had a call with the new foreign secretary of Ruritania, Dan Poe. Foreign Secretary Poe will "
     "visit on Friday.\nOn Monday, the Secretary held a farewell call with Minister Ali Khan.",
     "On Monday, the Secretary held a farewell call with Minister Ali Khan.", "Monday",
     "Secretary holds farewell call with Ali Khan"),
    # a qualified office in the clause takes no holder qualified otherwise
    ("Ruritanian Secretary Dan Poe arrived on Sunday. On Monday, the U.S. Secretary signed the trade agreement.",
     "On Monday, the U.S. Secretary signed the trade agreement.", "Monday",
     "U.S. Secretary signs trade agreement"),
    # two sentences, one naming the holder beside the bare office: the other office-holder the principal met
    ("On Sunday, the Governor met Governor Jo Ray of the neighbouring state. On Monday, the Governor visited the "
     "flooded farms.", "On Monday, the Governor visited the flooded farms.", "Monday",
     "Governor visits flooded farms"),
])
def test_an_office_is_not_named_by_the_holder_of_another_office(article, sentence, date, expected):
    assert _title(article, sentence, date) == expected


@pytest.mark.parametrize("article, sentence, date, expected", [
    # near misses: the holder set off by commas after the bare office is the holder, not another person
    ("The Secretary, Dan Poe, thanked the staff. Secretary Dan Poe spoke on Sunday. On Monday, the Secretary "
     "visited the flooded towns.", "On Monday, the Secretary visited the flooded towns.", "Monday",
     "Poe visits flooded towns"),
    # a qualifier that agrees with the clause's, and a holder written without one
    ("U.S. Secretary Dan Poe arrived on Sunday. On Monday, the U.S. Secretary signed the trade agreement.",
     "On Monday, the U.S. Secretary signed the trade agreement.", "Monday", "Poe signs trade agreement"),
    ("Secretary Dan Poe arrived on Sunday. On Monday, the U.S. Secretary signed the trade agreement.",
     "On Monday, the U.S. Secretary signed the trade agreement.", "Monday", "Poe signs trade agreement"),
    # a body's own office named with its body ('University President'), the bare office in other sentences
    ("University President Ann Lee opened the library on Sunday. On Monday, the President signed the research "
     "agreement.", "On Monday, the President signed the research agreement.", "Monday",
     "Lee signs research agreement"),
])
def test_an_office_is_named_by_its_own_holder_near_misses(article, sentence, date, expected):
    assert _title(article, sentence, date) == expected


@pytest.mark.parametrize("article, sentence, date, expected", [
    # a page's header runs on past the holder's name ('Click to print'): a middle initial's next word is the surname;
    # the other mayors are named beside the bare office
    ("The City Hall, Mayor Jo W. Ray Click to print this document\n\nThe Mayor told the council that he had urged "
     "Mayor Ann Lee to act. On Monday, the Mayor called Mayor Ali Khan to discuss the storm.",
     "On Monday, the Mayor called Mayor Ali Khan to discuss the storm.", "Monday",
     "Ray calls Ali Khan to discuss storm"),
    # near miss: an initial that opens the name is no middle initial ('Mayor J. Edgar Ray')
    ("Mayor J. Edgar Ray opened the dam on Sunday. On Monday, the Mayor visited the flooded farms.",
     "On Monday, the Mayor visited the flooded farms.", "Monday", "Ray visits flooded farms"),
])
def test_a_middle_initial_ends_the_holder_s_name_at_the_next_word(article, sentence, date, expected):
    assert _title(article, sentence, date) == expected
