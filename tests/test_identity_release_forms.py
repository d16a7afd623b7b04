"""Identity: the forms of official releases and wire copy — a dateline opening the sentence (*WASHINGTON, D.C. –*,
*(LONDON) –*, *Miami, FL –*) and a release giving *the following statement from* someone — say who did what, so two
releases are one event only when they tell one."""

from __future__ import annotations

import pytest

from timeline.identity import dateline_end


@pytest.mark.parametrize("quote, rest", [
    ("WASHINGTON, D.C. – The agency said it would review the rules.", "The agency said"),
    ("(LONDON) – Rep. Ann Lee delivered the following statement.", "Rep. Ann Lee"),
    ("Washington, D.C.–Nevada Senator Bo Roe made the following remarks.", "Nevada Senator"),
    ("Miami, FL – Mayor Tom Hale released a statement.", "Mayor Tom Hale"),
    ("GENEVA (Reuters) - The central bank raised its main rate.", "The central bank"),
    ("HALDEN, March 3, 2023 – The league fined the club.", "The league"),
    ("(NNS) -- The frigate has been ordered to sail.", "The frigate"),
    ("BERLIN --- Halden United signed the striker.", "Halden United"),
    ("(Ministry of Transport: Halden) -- The ministry released the survey.", "The ministry"),
    ("Riverton (April 21, 2016) – Senators Ann Lee and Bo Roe wrote to the regulator.", "Senators Ann Lee"),
    ("March 3, 2023 - HALDEN — In this week's address, the mayor spoke.", "In this week's"),
    ("— The league fined the club.", "The league"),  # the place cut off before the dash
])
def test_a_dateline_opening_the_quote_is_skipped(quote, rest):
    assert quote[dateline_end(quote):].startswith(rest)


@pytest.mark.parametrize("quote", [
    "Acme Corp said on Monday – in a filing – that it would sell the mill.",  # a dash inside the sentence
    "The U.S. – China talks resumed on Monday.",  # a sentence, not a dateline
    "Tom Reed – the club's captain – scored twice.",  # a name with an aside
    "Halden United beat Riverton 2-1 on Saturday.",
    "Acme (NYSE: ACM) – The company said it would sell the mill.",  # a ticker, no date: the name is the actor
])
def test_a_sentence_without_a_dateline_starts_at_its_first_word(quote):
    assert dateline_end(quote) == 0


@pytest.mark.parametrize("apart", [
    # courts and business: two releases with one dateline, two events
    ["(RIVERTON) – Judge Ann Cole sentenced the former mayor to five years in prison.",
     "(RIVERTON) – Acme Corp. announced the closure of its paper mill."],
    # sport and finance
    ["BERLIN – Halden United signed the striker Tom Reed on a three-year contract.",
     "BERLIN – Corvex Holdings agreed to buy the Brightline chain of hotels."],
])
def test_two_undated_releases_sharing_a_dateline_are_two_events(apart, event_ids):
    """The dateline was the clause of an undated release (its dash closed the first clause), so two releases from
    one city on one day were one event."""
    ids = event_ids(apart)
    assert ids[0] != ids[1]


def test_a_release_and_a_report_of_one_act_are_one_event(event_ids):
    """Near miss: the dateline's release and a report without one tell one signing."""
    ids = event_ids(["BERLIN – Halden United signed the striker Tom Reed on a three-year contract.",
                     "Halden United signed the striker Tom Reed on a three-year contract, the club said."])
    assert ids[0] == ids[1]


@pytest.mark.parametrize("texts", [
    # mining rescue: two senators' statements on one rescue
    ["WASHINGTON -- The following is a statement from Senator Ann Lee on the rescue effort for the trapped miners.",
     "WASHINGTON, D.C.--This evening, Senator Bo Roe issued the following statement about the successful rescue "
     "of the trapped miners."],
    # courts: a mayor's and a councillor's statements on one verdict
    ["LONDON -- The following is the statement of Mayor Tom Hale on the verdict in the bribery trial.",
     "LONDON -- Councillor Jane Fry issued the following statement on the verdict in the bribery trial."],
])
def test_statements_of_two_people_are_two_events(texts, event_ids):
    """*The following is the statement of X* names its speaker after the verb, not as the subject; without it the
    two statements shared their action and words and no named subject told them apart."""
    ids = event_ids(texts)
    assert ids[0] != ids[1]


def test_two_releases_of_one_persons_statement_are_one_event(event_ids):
    """Near miss: the same speaker's statement, given in both forms."""
    ids = event_ids([
        "WASHINGTON -- The following is a statement from Senator Ann Lee on the rescue effort for the trapped miners.",
        "WASHINGTON, D.C.--This evening, Senator Ann Lee issued the following statement about the successful rescue "
        "of the trapped miners."])
    assert ids[0] == ids[1]
