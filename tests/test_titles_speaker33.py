"""Round 33 (speaker33): a speaker named by surname alone, and a thing named by its number in a relative clause.

All pages and sentences are invented.
"""
from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import make_title


def _in_context(before: str, sentence: str, date: str) -> str:
    text = f"{before}\n\n{sentence}"
    start = len(before) + 2
    ds = text.index(date, start)
    clause = analyse(text, start, len(text), ds, ds + len(date))
    return make_title(text, clause, ds, ds + len(date))


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    return make_title(sentence, analyse(sentence, 0, len(sentence), i, i + len(date)), i, i + len(date))


@pytest.mark.parametrize("before, sentence, date, expected", [
    # a person named in full, then a caption or video heading, then by surname with a verb of saying: 'she' or
    # 'he' after that stands for the person, never for the heading's capitalised words
    ("Foreign Minister Ana Ruiz Delgado arrived in Lisbon on Monday for a new round of talks.\n\nWatch a report:\n\n"
     "Envoys Meet as Harbour Talks Resume\n\nDelgado said all sides needed to keep talking.",
     "She told the state news agency on Tuesday that the port would reopen.", "Tuesday",
     "Ana Ruiz Delgado tells state news agency"),
    ("Mayor Tomas Okonkwo Reyes opened the bridge on Monday.\n\nPhoto Gallery\n\nReyes said the tolls were too high.",
     "He told the council on Tuesday that the tolls would be cut.", "Tuesday", "Tomas Okonkwo Reyes tells council"),
    # an office of capitalised words right before the name: the first name and surname, not the office's last word
    ("Secretary of Ports Dana Whitlock toured the docks on Monday.\n\nVideo Report Follows\n\nWhitlock told "
     "reporters the cranes were old.", "She told the harbour board on Tuesday that new cranes would be bought.",
     "Tuesday", "Dana Whitlock tells harbour board"),
    # the surname after the verb of a quotation's attribution, or before another verb of saying
    ("Mayor Tomas Okonkwo Reyes opened the bridge on Monday.\n\nPhoto Gallery\n\n“The tolls are too high,” said "
     "Reyes.", "He told the council on Tuesday that the tolls would be cut.", "Tuesday",
     "Tomas Okonkwo Reyes tells council"),
    ("Mayor Tomas Okonkwo Reyes opened the bridge on Monday.\n\nPhoto Gallery\n\nReyes warned that the tolls were "
     "too high.", "He told the council on Tuesday that the tolls would be cut.", "Tuesday",
     "Tomas Okonkwo Reyes tells council"),
])
def test_surname_speaker_stands_for_full_name(before, sentence, date, expected):
    assert _in_context(before, sentence, date) == expected


@pytest.mark.parametrize("before, sentence, date, expected", [
    # near misses: no full name written before the surname; a word before 'said' that is no person's surname
    ("Reyes opened the bridge on Monday.\n\nPhoto Gallery\n\nReyes said the tolls were too high.",
     "He told the council on Tuesday that the tolls would be cut.", "Tuesday", "Photo Gallery tells council"),
    ("The port reopened on Monday.\n\nPhoto Gallery\n\nReuters said the tolls were too high.",
     "He told the council on Tuesday that the tolls would be cut.", "Tuesday", "Photo Gallery tells council"),
])
def test_surname_without_full_name_unchanged(before, sentence, date, expected):
    assert _in_context(before, sentence, date) == expected


def test_pronoun_inside_a_quotation_is_not_its_speaker():
    # near miss: a speaker says 'I'; 'he' inside the quotation is the person talked about, not the speaker
    before = ("Correspondent Nora Pell Hadley reported on the trip on Monday.\n\nDelegates Meet\n\n"
              "“There is a lot at stake for President Ilse Varga,” said Hadley.")
    sentence = "“He did not go to the summit in 2012.”"
    assert "Nora" not in _in_context(before, sentence, "2012")


def test_attribution_after_a_comma_is_not_the_person_talked_about():
    # near miss: '…, Soto said' closes a report about someone else; 'she' in the next quote is that someone
    before = ("Spokesman Ramon Soto said on Monday that the relief mission had begun.\n\nGen. Marta Ilves, who will "
              "lead the mission, is now in the capital, Soto said.")
    sentence = "“She arrived in the capital two days ago with a small team,” the spokesman told reporters."
    assert _in_context(before, sentence, "two days ago") == "Marta Ilves arrives in capital with small team"


@pytest.mark.parametrize("sentence, date, expected", [
    # a number after a singular noun is the thing's number, not a count: a singular verb
    ("The airline lost contact with flight 212, which vanished from radar screens on Saturday.", "Saturday",
     "Flight 212 vanishes from radar screens"),
    ("Searchers were still looking for bus 7, which crashed on Saturday.", "Saturday", "Bus 7 crashes"),
    ("The coast guard tracked vessel 3, which sank on Saturday.", "Saturday", "Vessel 3 sinks"),
    # near misses: a count, whatever is written before it
    ("Rescuers reached the mine, where another 20 died on Saturday.", "Saturday", "Another 20 die"),
    ("Rescuers said nearly 100 died on Saturday.", "Saturday", "Nearly 100 die"),
    ("Rescuers said over 40 died on Saturday.", "Saturday", "Over 40 die"),
    ("Rescuers said some 40 died on Saturday.", "Saturday", "Some 40 die"),
    ("The 33 emerged from the mine on Saturday.", "Saturday", "33 emerge from mine"),
])
def test_numbered_thing_takes_singular_verb(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # 'and' inside the name of one law or body, which ends with the kind of thing it is: a singular verb
    ("Senator Vale sponsored the Harbour Safety and Security Act, which became law in July 2011.", "July 2011",
     "Harbour Safety and Security Act becomes law"),
    ("Regulators at the Food and Drug Administration, which approved the drug on Monday, were praised.", "Monday",
     "Food and Drug Administration approves drug"),
    # near misses: two actors
    ("The Treasury and Federal Reserve announced the plan on Monday.", "Monday",
     "Treasury and Federal Reserve announce plan"),
    ("The Senate and House passed the bill on Monday.", "Monday", "Senate and House pass bill"),
    ("Acme and Brightline Holdings agreed to merge on Monday.", "Monday", "Acme and Brightline Holdings agree to merge"),
])
def test_one_name_with_and_takes_singular_verb(sentence, date, expected):
    assert _title(sentence, date) == expected
