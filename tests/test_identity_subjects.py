"""Identity: a subject capitalised only because it opens the sentence is no name (*Police have caught …*, *Recovery
crews began …*), and a date after a noun that names no act (*flew to the capital on May 4*, *was initially set for
Sunday*) dates the clause, not a noun phrase — so two reports of one act in other words are one event."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.clauses import dated_noun_phrase
from timeline.identity import may_be_name


@pytest.mark.parametrize("phrase, name", [
    ("Police", False),  # a group of people by its kind, like 'Officials'
    ("Tens of thousands of fans", False),
    ("Recovery crews", False),  # an opening common word before a lower-case head: a kind of crew, no name
    ("Rescue teams", False),
    # near misses: a name stays a name
    ("Parliament", True), ("Acme", True), ("Halden University", True), ("Acme Corp", True),
    ("Members of Parliament", True),
])
def test_an_opening_common_word_before_a_lower_case_head_is_no_name(phrase, name):
    assert may_be_name(phrase) is name


@pytest.mark.parametrize("same, other", [
    # crime: the police's capture of a suspect, a briefing on the capture naming him, and the suspect caught
    (["Police have captured the second suspect in the jewellery raid after a day-long search of Leeds on March 3, "
      "2023.",
      "Transcript of remarks by Chief Constable Ann Lee on the capture of Mark Stone, a suspect in the jewellery "
      "raid, in Leeds on March 3, 2023.",
      "Mark Stone was caught in a garage in Leeds on March 3, 2023."],
     "Mark Stone appeared before magistrates in Leeds on March 3, 2023."),
    # sport: the police detained a pitch invader, the invader arrested by stewards
    (["Police detained the pitch invader after the derby at Halden Park on March 3, 2023.",
      "Tom Reed was arrested by stewards at Halden Park on March 3, 2023."],
     "Tom Reed apologised to the Halden Park club on March 3, 2023."),
])
def test_police_as_subject_is_no_name_apart_from_the_person_arrested(same, other, event_ids):
    """'Police' opening the sentence was a named subject, so 'police captured the suspect' and 'Mark Stone was
    caught' were two named subjects (a cannot-link) and the capture two events; the person's other act stays apart."""
    ids = event_ids([*same, other])
    assert len(set(ids[:-1])) == 1
    assert ids[-1] != ids[0]


@pytest.mark.parametrize("sentence, date", [
    ("The striker flew to the French capital on May 4.", "May 4"),  # a place noun in -al: an adjective too
    ("The delegates arrived in the capital on Tuesday.", "Tuesday"),
    ("The council signed off the regional budget on Friday, a national first.", "Friday"),
    ("The match was initially set for Sunday, but was moved.", "Sunday"),  # an adverb of the verb group
    ("The launch was originally scheduled for Friday.", "Friday"),
])
def test_a_date_after_a_noun_of_no_act_names_no_noun_phrase(sentence, date):
    i = sentence.index(date)
    assert dated_noun_phrase(sentence, 0, len(sentence), i, i + len(date)) == ()


@pytest.mark.parametrize("sentence, date, words", [
    # near misses: nouns of acts in -al keep their date (a verb under them: arrive, approve, try)
    ("Crowds lined the road for his arrival on Jan. 20.", "Jan. 20", ("arrival",)),
    ("The board waited for the approval in March.", "March", ("approval",)),
    ("Shares fell after the trial on Friday.", "Friday", ("trial",)),
    ("Fans queued for the budget hearing set for May 9.", "May 9", ("budget", "hearing")),
])
def test_nouns_of_acts_keep_their_date(sentence, date, words):
    i = sentence.index(date)
    assert dated_noun_phrase(sentence, 0, len(sentence), i, i + len(date)) == words


@pytest.mark.parametrize("same, other", [
    # travel: a flight told with the capital's date, and later as 'fled last month'
    (["Roe left Lisbon for the Spanish capital on June 3, 2023.",
      "Roe left Lisbon on June 3, 2023, before flying to Madrid."],
     "Roe met the Spanish foreign minister in Madrid on June 3, 2023."),
])
def test_a_flight_to_a_capital_on_a_date_is_the_flight(same, other, event_ids):
    ids = event_ids([*same, other], published=dt.date(2023, 6, 10))
    assert ids[0] == ids[1]
    assert ids[2] != ids[0]
