"""A name run (capitalised words joined by 'of', 'for', 'on', 'and', '&') is kept whole or shortened by one rule
that keeps a readable name (the person's surname), never by deleting inner words: not 'Office of Roe' for 'Office
of Budget Planning Director Jane Roe', not 'Strategic and Forum' for 'Strategic and Economic Forum', not the last
word of a body's name alone, not a given name where the page names the person in full."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import MAX_TITLE, _ends_longer_name, _surname_list, make_title, title_for


def _in_context(prior: str, sentence: str, date: str) -> str:
    text = prior + sentence
    i = text.index(date, len(prior))
    clause = analyse(text, len(prior), len(text), i, i + len(date))
    return make_title(text, clause, i, i + len(date))


@pytest.mark.parametrize("sentence, date, expected", [
    # an office of a body written before a person: the surname stands for the whole run, never 'Office of Roe'
    ("WASHINGTON – Senator Dan Poe today responded to the resignation of Office of Budget Planning Director Jane "
     "Roe.", "today", "Senator Poe responds to resignation of Roe"),
    # modifiers joined by 'and' inside one name are no list of persons' surnames ('Strategic and Forum'); a
    # country pair before the name is what a short title leaves out; the range's last day goes with its date
    ("Talks come ahead of the annual U.S.-Canada Strategic and Economic Forum scheduled for June 3-5 in Port "
     "Tarnville, Ontario", "June 3", "Strategic and Economic Forum scheduled in Port Tarnville"),
    # the subject before a dashed aside is the whole name of a body ('Centers for …'), not its end
    ("Ten experts from the Centers for Harbor Safety and Prevention — supported by their headquarters staff — "
     "arrived in Portville on Monday.", "on Monday", "Centers for Harbor Safety and Prevention arrive in Portville"),
    # an object moved before its participle keeps its whole name ('Gulf called on of Tarn …' before)
    ("He called on the Gulf of Tarn Fisheries Board on Monday to close the bay.", "on Monday",
     "Gulf of Tarn Fisheries Board called on to close bay"),
    # two offices of one person joined by 'and' are one run: the surname, not 'Acme President and Dan Poe'
    ("The panel questioned former Acme President and CEO Dan Poe about the plane in October 2019.", "October 2019",
     "Panel questions Poe about plane"),
    ("On Monday, leaders of the House Harbors and Commerce Committee wrote to Acme Group of Tarnland President and "
     "CEO Dan Poe asking for more answers about the recall.", "On Monday",
     "Leaders write to Poe asking for more answers about recall"),
])
def test_a_name_run_is_never_broken(sentence, date, expected):
    title = title_for(sentence, date)[0]
    assert title == expected
    assert len(title) <= MAX_TITLE


@pytest.mark.parametrize("prior, sentence, date, expected", [
    # 'she' stands for the person an office of a longer name is written before ('Harbors Jane Roe' before)
    ("Secretary of Harbors Jane Roe spoke at the port. ", "She submitted her resignation on Friday.", "on Friday",
     "Jane Roe submits resignation"),
    # a person named by the given name alone, whom the page names in full after a rank: the surname
    ("I would like to recognize Captain Jane Roe of the Portville Police. ",
     "Jane was promoted to Inspector on Monday.", "on Monday", "Roe promoted to Inspector"),
    # letters after a name set off by a comma are no actor ('P.E. urges …' before)
    ("", "Rep. Jane Roe, P.E. (R-Tarn) is urging the Harbor Administration on Monday to close the bridge.",
     "on Monday", "Jane Roe urges Harbor Administration to close bridge"),
])
def test_names_in_context(prior, sentence, date, expected):
    assert _in_context(prior, sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # 'beginning', 'starting', 'effective' before a date are its preposition and go with it
    ("The notices will be sent beginning June 8 to all harbor workers in Portville.", "June 8",
     "Notices to be sent to all harbor workers in Portville"),
    ("The new harbor fee takes effect effective Monday for all ships in Portville.", "Monday",
     "Harbor fee takes effect for all ships in Portville"),
    # a name with 'of' inside before the noun it modifies: the noun heads the actor ('letters go', not 'goes')
    ("Office of Harbor Planning letters went into the mail beginning Sept. 30, 2015, as part of a notification "
     "process.", "Sept. 30, 2015", "Office of Harbor Planning letters go into mail"),
])
def test_date_prepositions_and_the_head_after_a_name(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("On Monday, Senator Dan Poe asked the Harbor Safety Board (HSB) to share the U.S. Navy report on the collapse.",
     "On Monday", "Senator Poe asks HSB to share U.S. Navy report on collapse"),
    ("On Monday, the senator wrote to the Harbor Safety Board (HSB) about the U.S. Navy report.", "On Monday",
     "Senator writes to Harbor Safety Board about U.S. Navy report"),
])
def test_the_words_after_an_acronym_go_on_past_an_initialism(sentence, date, expected):
    """The words a title keeps past a bracketed acronym stop at a sentence's end, not at the dot of 'U.S.' before a
    name ('… to share U.S.' before)."""
    assert title_for(sentence, date)[0] == expected


def test_an_office_that_ends_a_longer_name_is_no_office():
    """The clause starts inside 'Subcommittee on Aviation': 'Aviation Rep.' is no office ('Aviation Rep. Roe')."""
    text = ("Vice Chair of the Subcommittee on Aviation Rep. Jane Roe questioned former Acme Aircraft Corporation "
            "President and CEO Dan Poe in October 2019.")
    start, i = text.index("Aviation"), text.index("October 2019")
    clause = analyse(text, start, len(text), i, i + len("October 2019"))
    assert make_title(text, clause, i, i + len("October 2019")) == "Jane Roe questions Poe"


def test_a_body_before_its_noun_is_written_as_its_acronym():
    """'U.S. Office of Harbor Planning officials' is 'OHP officials' when the article gives 'OHP', not the broken
    'U.S. Office'."""
    prior = "The Office of Harbor Planning (OHP) runs the port. "
    sentence = ("U.S. Office of Harbor Planning officials on Monday announced the results of the interagency "
                "investigation into the collapse of the harbor bridge.")
    assert _in_context(prior, sentence, "on Monday") == "OHP officials announce results of interagency investigation"


def test_a_department_and_its_partners_is_named_by_the_departments_acronym():
    """'the U.S. Department of Harbor Planning and Port Safety and its partners' is the 'HPPS' the article writes
    (its name after 'Department of'), not the broken 'U.S. Department'."""
    prior = "The HPPS said the port is safe. "
    sentence = ("Today, the U.S. Department of Harbor Planning and Port Safety and its federal partners announced that "
                "they are making progress on the request outlined by the state to rebuild the harbor.")
    assert _in_context(prior, sentence, "Today") == "HPPS announces they are making progress on request"


def test_a_given_name_stays_without_a_named_person():
    assert _in_context("The captain thanked the crew. ", "Jane was promoted to Inspector on Monday.", "on Monday") \
        == "Jane promoted to Inspector"


@pytest.mark.parametrize("words, expected", [
    ("Senate Committee on Harbors and Infrastructure", True),  # 'Infrastructure' alone names nothing
    ("Chairman of the Subcommittee on Harbors, Rivers, and Coastal Infrastructure", True),
    ("Secretary of Harbors Jane Q. Roe", False),  # a person's surname stands for the name
    ("Acme Corp. and Tarn Port", False),  # two names listed, not one
    ("Tarn Harbor Authority", False),
])
def test_ends_longer_name(words, expected):
    assert _ends_longer_name(words.split()) is expected


def test_modifiers_of_one_name_are_no_list_of_surnames():
    assert _surname_list("U.S.-Canada Strategic and Economic Forum") == ""
    assert _surname_list("Senators Dan Poe and Ann Lee") == "Poe and Lee"
