"""Room in the title: the short forms an article itself gives a long name (round 25, titles25c)."""
from timeline import titles
from timeline.clauses import analyse
from timeline.titles import make_title


def _title(text: str, date: str, start: str) -> str:
    s = text.index(start)
    i = text.index(date, s)
    clause = analyse(text, s, len(text), i, i + len(date), when="past")
    return make_title(text, clause, i, i + len(date))


def test_an_acronym_the_article_defines_need_not_spell_every_word():
    text = ("The North Atlantic Harbor Safety Council (NHSC) met in May. The NHSC has nine members and the NHSC "
            "publishes its rules.")
    assert titles._defined_acronyms(text) == {"North Atlantic Harbor Safety Council": "NHSC"}


def test_an_acronym_the_article_never_uses_again_is_no_short_form():
    text = "The Office of the Harbor Resident Planner (OHRP) said the pier was closed."
    assert titles._defined_acronyms(text) == {}


def test_a_defined_acronym_replaces_a_name_cut_by_the_cap():
    text = ("The North Atlantic Harbor Safety Council (NHSC) oversees the piers; the NHSC has nine members and the "
            "NHSC meets monthly. The North Atlantic Harbor Safety Council said on Monday it will work with the Joint "
            "Pier Review Task Force.")
    assert _title(text, "Monday", "The North Atlantic Harbor Safety Council said") == \
        "NHSC to work with Joint Pier Review Task Force"  # not 'North council to work with …'


def test_short_text_keeps_every_offset_and_names_what_it_shortened():
    text = ("Dr. Jane M. Roe chairs the board. Roe said on Monday that Dr. Jane M. Roe would resign from the "
            "harbor board in May.")
    s = text.index("Roe said")
    clause = analyse(text, s, len(text), text.index("Monday"), text.index("Monday") + 6, when="past")
    short, names = titles._short_text(text, clause)
    assert len(short) == len(text) and names == {"Jane M. Roe": "Roe"}
    assert short[: clause.start] == text[: clause.start]


def test_no_surname_for_two_persons_of_one_family_nor_for_words_that_are_no_name():
    assert not titles._one_person("Dan Roe and Jim Roe spoke. Roe said.", "Roe")
    text = "The President spoke. Congress Thursday met. On Thursday the bill passed."
    s = text.index("Congress")
    clause = analyse(text, s, len(text), text.index("Thursday"), text.index("Thursday") + 8, when="past")
    assert titles._short_text(text, clause)[1] == {}


def test_the_short_form_is_taken_only_when_it_says_more():
    names = {"Jane M. Roe": "Roe"}
    assert titles._says_more("Jane M. Roe files suit", "Roe files suit against city", names)
    assert not titles._says_more("Jane M. Roe files suit against city", "Roe files suit against city", names)
    assert not titles._says_more("Jane M. Roe files suit in court", "Roe files plea", names)


def test_a_phrase_head_never_ends_on_a_part_that_needs_its_of():
    assert titles._phrase_head(["in", "north", "of", "old", "city"]) == []
    assert titles._phrase_head(["for", "victims", "of", "attack", "on", "town"]) == ["for", "victims"]
