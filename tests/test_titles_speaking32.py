"""Speaking frames in titles (round 32): what was said is the title, not the saying nor its channel.

All sentences are invented.
"""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    return make_title(sentence, analyse(sentence, 0, len(sentence), i, i + len(date)), i, i + len(date))


@pytest.mark.parametrize("sentence, date, expected", [
    # telling the press is saying: what was told is the title
    ("A hospital spokesman told reporters on Sunday that the hospital would suspend all non-emergency surgeries.",
     "Sunday", "Hospital would suspend all non-emergency surgeries"),
    ("A navy spokesman told City Hall reporters here Monday that the destroyer had moved to the western search area.",
     "Monday", "Navy spokesman says destroyer moved to western search area"),
    ("Officials told reporters on Friday that the search would continue through the night.", "Friday",
     "Officials say search will continue through night"),
    ("The coach told reporters on Friday he would resign.", "Friday", "Coach says he will resign"),
    ("The chief executive told journalists Monday that the bank had enough capital.", "Monday",
     "Chief executive says bank had enough capital"),
    ("The frigate has moved to the northern search area, a navy spokesman told reporters here today.", "today",
     "Frigate moves to northern search area, navy spokesman says"),
])
def test_telling_the_press_is_saying(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # near misses: whom a speaker told is part of the news when it is not the press, or not the press alone
    ("The governor told lawmakers on Monday that she would veto the bill.", "Monday",
     "Governor tells lawmakers she will veto bill"),
    ("The frigate has moved to the northern search area, a navy spokesman told lawmakers today.", "today",
     "Navy spokesman tells lawmakers"),
    ("Lee, a nurse at a city hospital, told reporters and supporters earlier Friday that she is grateful for her "
     "recovery.", "Friday", "Lee tells reporters and supporters"),
])
def test_other_audiences_unchanged(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # an aside on the subject before 'said': 'said' is the sentence's verb, what was said the title
    ("Health officials in the county, including the coroner, said Monday that two more patients had died, which "
     "raised the toll to nine.", "Monday", "Two more patients die"),
    ("Opposition fighters in the port, including a commander at the docks, said Tuesday that they had taken the "
     "harbour, which had been the army's last base.", "Tuesday", "Opposition fighters in port take harbour"),
    # near misses: a participle phrase of its own
    ("The plan, announced Monday, calls for new dams.", "Monday", "Plan announced"),
    ("The fund, established by Hale in 2018, said it would close.", "2018", "Hale establishes fund"),
    ("The staff, told Monday that the plant would close, walked out.", "Monday", "Staff told"),
])
def test_said_after_an_aside(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # the reporter wrote the subject, the quotation holds its predicate
    ("Inspectors “have found no leak in the dam wall,” the spokesman said Friday.", "Friday",
     "Spokesman says inspectors have found no leak in dam wall"),
    ("Rescue crews “have reached the village,” the governor said on Monday.", "Monday",
     "Governor says rescue crews have reached village"),
    ("The new rules “will protect consumers,” the agency said Tuesday.", "Tuesday",
     "Agency says new rules will protect consumers"),
    # near misses: a quotation that is a sentence of its own, a subject that is a clause
    ("“We will appeal the ruling,” the company said on Friday.", "Friday", "Company says “we will appeal ruling”"),
    ("He said the board “is sure of the outcome,” the spokesman said Friday.", "Friday",
     "Spokesman says is sure of outcome"),
])
def test_subject_before_quoted_predicate(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a reported past perfect of 'be' told without its 'had' keeps a verb
    ("The government said Tuesday that its spy agency had been aware of the house for years.", "Tuesday",
     "Government says its spy agency was aware of house for years"),
    ("The ministry said on Monday that the two ships had been seized near the coast.", "Monday",
     "Two ships seized near coast"),
    ("The ministry said on Monday that the ship had not been seized.", "Monday", "Ship not seized"),
    # a pronoun after the date opens the reported clause: the date's preposition goes with it
    ("The ministry said on Saturday it does not yet know who was behind the attack.", "Saturday",
     "Ministry says it does not yet know"),
    ("The ministry said Monday it does not know the cause.", "Monday", "Ministry says it does not know cause"),
])
def test_reported_clause_grammar(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # an attribution closing the sentence with its occasion and the occasion's place before the date
    ("The city will extend its curfew until May 30, Mayor Jo Banks said in a news conference at City Hall on "
     "Sunday.", "Sunday", "City to extend curfew, Jo Banks says"),
    ("The team won the cup, coach Ann Lee said at the club in Leeds on Friday.", "Friday",
     "Team wins cup, Ann Lee says"),
    # near misses: the attribution as before, and a second clause that is an act of its own
    ("The plant will close, the company said in a statement on Friday.", "Friday", "Plant to close, company says"),
    ("The team won the cup, and coach Ann Lee gave a speech at City Hall on Friday.", "Friday",
     "Ann Lee gives speech at City Hall"),
])
def test_attribution_with_occasion_and_place(sentence, date, expected):
    assert _title(sentence, date) == expected


def _title_from(text: str, date: str, sentence: str) -> str:
    i, start = text.index(date), text.index(sentence)
    return make_title(text, analyse(text, start, len(text), i, i + len(date)), i, i + len(date))


@pytest.mark.parametrize("text, date, sentence, expected", [
    # a quotation closed by its full stop ends its sentence: the next sentence is no attribution of it
    ("The mayor called the fire \"a tragedy for the city.\" The fire chief said on Sunday that crews would stay "
     "overnight.", "Sunday", "The fire chief", "Fire chief says crews will stay overnight"),
    ("Aides are looking into what one official said was \"clearly a deliberate act.\"\n\nThe agency said late Monday "
     "it was too soon to name a cause.", "late Monday", "The agency", "Agency says it is too soon to name cause"),
    # near miss: the attribution after a comma inside the marks
    ("“We will appeal the ruling,” the company said on Friday.", "Friday", "“We", "Company says “we will appeal ruling”"),
])
def test_quotation_closed_by_full_stop(text, date, sentence, expected):
    assert _title_from(text, date, sentence) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # what a statement said of its speaker's own state: the speaker says it
    ("The agency said in a statement on Monday that it was too early to establish the cause.", "Monday",
     "Agency says it is too early to establish cause"),
    ("The agency said in a statement late Monday it was too early to establish the cause of the blasts.",
     "late Monday", "Agency says in statement it was too early to establish cause"),
    # near misses: a speaker's own future, news told after a noun of announcing
    ("The company said in a statement on Friday that it would close two plants.", "Friday",
     "Company to close two plants"),
    ("The minister said Monday he was not able to confirm the report.", "Monday",
     "Minister says he was not able to confirm report"),
])
def test_statement_of_own_state(sentence, date, expected):
    assert _title(sentence, date) == expected
