"""A name with a party, district or ticker bracket and an appositive opens a release's sentence: the name is the
subject (clauses, titles, identity), and a degree after a name does not end the sentence (extract)."""

import re

from timeline.clauses import analyse, coded_name_end, is_name_code, tokens
from timeline.extract import sentences
from timeline.identity import features
from timeline.titles import title_for


def _subject(text: str, date: str = "today") -> str:
    m = re.search(date, text)
    c = analyse(text, 0, len(text), m.start(), m.end())
    return text[c.subject[0] : c.subject[1]]


def test_codes_of_party_district_and_ticker():
    for inside in ("R-Ala.", "D-NY-17", "TN-04", "R-Austin", "D-Ward 4", "NYSE: ACM", "NASDAQ: ACMP", "I-ME"):
        assert is_name_code(inside), inside
    for inside in ("pictured", "AP", "EPA", "left", "file photo", "2-1"):
        assert not is_name_code(inside), inside


def test_state_legislator_with_appositive_is_the_subject():
    text = ("AUSTIN – State Rep. Ann Lee (D-Austin), who chairs the House Energy Committee, today filed a bill "
            "to cap power prices.")
    assert _subject(text) == "State Rep. Ann Lee"
    assert title_for(text, "today")[0].startswith("State Rep. Lee files bill")


def test_city_councillor_and_dateline_day():
    text = ("Press Release, RIVERTON, Ore., March 9 Councilmember Bo Park (D-Ward 4), chair of the transit "
            "committee, today introduced an ordinance banning scooters.")
    assert _subject(text) == "Councilmember Bo Park"


def test_company_with_ticker_and_appositive():
    text = "Acme Pumps Inc. (NASDAQ: ACMP), a maker of industrial pumps, today announced the acquisition of Beta Valves."
    assert _subject(text) == "Acme Pumps Inc"
    assert title_for(text, "today")[0].startswith("Acme Pumps Inc announces acquisition")


def test_member_with_appositive_in_title():
    text = ("U.S. Sen. Jo Vance (R-Ala.), vice chair of the Senate Public Works Committee, today made the "
            "following statement calling for a ban on flights.")
    # the statement's own act titles it (titles28b): the doer is still the member, not the code or the office
    assert title_for(text, "today")[0].startswith("Sen. Vance calls for ban")


def test_near_misses_keep_their_reading():
    toks = tokens("Jane Roe (pictured), the club's new coach, today")
    assert coded_name_end(toks, len(toks) - 1) == -1
    toks = tokens("The Weather Agency (AP), a wire, today")
    assert coded_name_end(toks, len(toks) - 1) == -1
    # a coded name inside the clause, not before its appositive: nothing to do
    toks = tokens("The bill, which Rep. Al Day (R-Tex.) wrote, today")
    assert coded_name_end(toks, len(toks) - 1) == -1
    text = "The Weather Agency (AP), the body in charge of forecasts, today issued a storm warning."
    assert "(AP)" not in _subject(text)


def test_two_members_statements_have_different_subjects():
    a = features({"quote": "Rep. Tom Vale, M.D. (TN-04) issued the following statement calling for school "
                           "closures.", "date_text": "", "confidence": 1.0})
    b = features({"quote": "U.S. Sen. Jo Vance (R-Ala.), vice chair of the Senate Public Works Committee, today "
                           "made the following statement calling for school closures.", "date_text": "today",
                  "confidence": 1.0})
    assert "vale" in a.subject and "vance" in b.subject
    assert not a.subject & b.subject


def test_degree_after_a_name_does_not_end_the_sentence():
    text = "The new trainer is an M.D. The club hired him on Monday. Ann Poe, M.D. (TN-04) issued a statement."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "The new trainer is an M.D.", "The club hired him on Monday.", "Ann Poe, M.D. (TN-04) issued a statement."]
    text = "Bo Lee, Ph.D., head of the soil lab, published the survey."
    assert len(sentences(text)) == 1


def test_two_coded_names_joined_by_and_are_the_subject():
    text = ("Senators Al Day (R-Ky.) and Bo Cruz (D-Ore.), members of the Finance Committee, today released "
            "a report on farm loans.")
    assert _subject(text) == "Senators Al Day (R-Ky.) and Bo Cruz"
