"""Round 26 (second wave): what a title takes back from the rest of its sentence (synthetic sentences)."""

from __future__ import annotations

from timeline.clauses import analyse, tokens
from timeline.titles import _last_words, _next_phrase, _title_without_adjectives, _without_adjectives, title_for


def _clause(sentence: str, date: str):
    pos = sentence.find(date)
    return analyse(sentence, 0, len(sentence), pos, pos + len(date))


def test_last_words_found_as_the_clause_writes_them():
    sentence = "On Monday the Harbor Board held a hearing on dredging costs."
    clause = _clause(sentence, "On Monday")
    assert _last_words(sentence, clause, "Harbor Board holds hearing".split()).search(sentence) is not None
    amount = "On Monday the fund bought $12 million of city bonds."
    assert _last_words(amount, _clause(amount, "On Monday"), "Fund buys $12 million".split()).search(amount)


def test_a_phrase_too_long_whole_goes_without_its_plain_adjectives():
    assert _without_adjectives(["on", "latest", "harbor", "dredging", "report"]) == ["on", "harbor", "dredging",
                                                                                   "report"]
    assert _without_adjectives(["to", "Leeds"]) == []  # nothing to leave out


def test_a_title_makes_room_without_its_plain_adjectives_but_keeps_particles():
    assert _title_without_adjectives("Zorbex blames massive outage".split()) == ["Zorbex", "blames", "outage"]
    assert _title_without_adjectives("Ship casts off rusty lines".split()) == ["Ship", "casts", "off", "lines"]
    assert _title_without_adjectives("Union holds tenth silent march".split()) == ["Union", "holds", "tenth", "march"]
    assert title_for("On Monday, the agency attributed the massive harbor power outage to the Kestrel Group.",
                     "On Monday")[0] == "Agency attributes harbor power outage to Kestrel Group"


def test_an_infinitive_with_its_object_is_a_phrase_to_take_back():
    text = "to adopt the new flood plan, officials said"
    assert _next_phrase(text, tokens(text, 0, len(text)), (0, 0)) == ["to", "adopt", "new", "flood", "plan"]
    for text in ("to congratulate him on the win", "to put ourselves first", "to be there",
                 "to attend a relative's wedding"):
        assert _next_phrase(text, tokens(text, 0, len(text)), (0, 0)) is None, text


def test_a_noun_that_needs_its_infinitive_is_no_phrase_to_take_back():
    text = "in an attempt to save the harbor"
    assert _next_phrase(text, tokens(text, 0, len(text)), (0, 0)) is None


def test_an_adjective_after_a_word_of_degree_stays():
    assert _title_without_adjectives("Vote is single most important step".split()) == \
        "Vote is single most important step".split()


def test_an_infinitive_of_a_small_clause_is_no_phrase_to_take_back():
    text = "to see the harbor plan fail"
    assert _next_phrase(text, tokens(text, 0, len(text)), (0, 0)) is None
