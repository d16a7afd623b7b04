"""Round 36 (tail36): the phrase a title takes back goes past a time phrase to the act's complement, and holds the
words of its noun phrase (invented sentences)."""

from __future__ import annotations

from timeline.clauses import tokens
from timeline.titles import _next_phrase, _past_time_words, title_for


def _phrase(text: str) -> list[str] | None:
    """The phrase taken back from ``text`` (the words after a title's last word), past its opening time words."""
    return _next_phrase(text, _past_time_words(tokens(text, 0, len(text)), (0, 0)), (0, 0))


def test_a_time_phrase_of_the_act_is_left_out_before_its_complement():
    assert _phrase("in March 2014 to fraud charges against the port.") == ["to", "fraud", "charges"]
    assert _phrase("in 1952 in Harwick Bay, the first of three.") == ["in", "Harwick", "Bay"]
    assert _phrase("on Monday morning to the Brantley County board.") == ["to", "Brantley", "County", "board"]
    assert _phrase("at the weekend with the ferry operators.") == ["with", "ferry", "operators"]
    assert _phrase("during the night to the northern valleys.") == ["to", "northern", "valleys"]


def test_a_time_phrase_before_a_clause_or_a_comma_still_ends_the_title():
    for text in ("in 2009, when the mill closed its doors.", "in October before the rains came.",
                 "in June to help them rebuild.", "since 1998 in the valley."):
        assert _phrase(text) is None, text


def test_a_place_or_body_phrase_is_no_time_phrase():
    assert _phrase("in the Senate on a voice vote.") == ["in", "Senate"]
    assert _phrase("at the end of May to the harbor.") is None  # 'at the end of': no time phrase to pass


def test_a_year_naming_a_nouns_kind_stays_in_the_phrase():
    assert _phrase("of 2011 Velmar Zephyr sedans after complaints.") == ["of", "2011", "Velmar", "Zephyr", "sedans"]
    assert _phrase("on the 2008 harbor budget.") == ["on", "2008", "harbor", "budget"]
    assert _phrase("of the budget in 2008 and beyond.") == ["of", "budget"]  # a year after its noun: a time


def test_an_amount_goes_on_inside_the_phrase():
    assert _phrase("from more than 60 flooded farm lots in the county.") == [
        "from", "more", "than", "60", "flooded", "farm", "lots"]
    assert _phrase("to at least 12 villages near the dam.") == ["to", "at", "least", "12", "villages"]
    assert _phrase("to the villages at the dam.") == ["to", "villages"]  # an 'at' with no number still ends it


def test_an_ing_noun_or_ed_adjective_is_a_word_of_the_phrase():
    assert _phrase("for emergency flood funding in April.") == ["for", "emergency", "flood", "funding"]
    assert _phrase("of Series B convertible preferred shares.") == ["of", "Series", "B", "convertible", "preferred",
                                                                     "shares"]
    assert _phrase("about the board's delayed public hearing.") is None  # ('about' opens no phrase to take back)


def test_a_participle_with_its_own_object_or_phrase_still_ends_the_phrase():
    assert _phrase("to all barge traffic carrying fuel oil.") == ["to", "all", "barge", "traffic"]
    assert _phrase("to the cranes damaged in the surge.") == ["to", "cranes"]
    assert _phrase("of the sedans recalled last year.") == ["of", "sedans"]


def test_titles_take_the_complement_back_past_the_time_phrase():
    assert title_for("For example, the grain elevator explosion in 1952 in Harwick Bay, Ontario", "1952")[0] == \
        "Grain elevator explosion in Harwick Bay"


def test_a_complement_wins_over_one_plain_adjective_when_both_do_not_fit():
    """Short of room, a headline gives where or of what the act was rather than how it looked: one plain adjective
    goes for a complement that names one thing more."""
    text = "On Monday, the Westmoor Port Authority reported continuous heavy silt flow south of the breakwater."
    assert title_for(text, "On Monday")[0] == "Authority reports heavy silt flow south of breakwater"


def test_two_plain_adjectives_are_not_traded_for_one_word_nor_one_that_fits_with_its_complement():
    text = "On Monday, the Westmoor Port Authority reported unusual continuous silt flow south of the breakwater."
    assert title_for(text, "On Monday")[0] == "Authority reports unusual continuous silt flow south"
    text = "On Monday, the Westmoor Port reported continuous silt flow south of the breakwater."
    assert title_for(text, "On Monday")[0] == "Port reports continuous silt flow south of breakwater"


def test_a_relative_span_of_time_is_no_complement():
    """'in the coming weeks', 'in recent days': a span of time around the act, left out like a date (invented)."""
    assert _phrase("in the coming weeks for the flood victims.") == ["for", "flood", "victims"]  # passed, as a date
    assert _phrase("in coming weeks.") is None
    assert _phrase("in the past few days to the county board.") == ["to", "county", "board"]
    assert _phrase("in the coming harvest season.") == ["in", "coming", "harvest", "season"]  # no span: a noun
    text = "On Tuesday the county office signaled it will ask for additional money in the coming weeks."
    assert title_for(text, "On Tuesday")[0] == "County office signals it will ask for additional money"
