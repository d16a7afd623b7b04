"""Sentence ends after dotted initialisms, state initials, ``Co.`` and ``No.`` (``extract.sentences``)."""

import pytest

from timeline.extract import sentences


def _split(text):
    return [text[s.start:s.end] for s in sentences(text)]


@pytest.mark.parametrize("text", [
    # politics: a former president's middle initials
    "The governor asked former President George H.W. Roe and his son to lead the relief fund on Monday.",
    # defence: a ship's prefix
    "The 2000 attack on the U.S.S. Harbor in the gulf killed 17 sailors, the Navy said.",
    # business: a company's dotted initials before the name of a unit
    "Bonuses were paid to employees of A.B.C. Financial Products in March, the filing shows.",
    # science: a degree and a party tag after a name
    "Rep. Jane Roe, P.E. (R-Ohio) is urging the agency to test the water again this week.",
    # finance: a bank's initials after a comma (no place before them)
    "The loans were made by Lake Bank, J.K. Stone and Hill Trust in 2009.",
    # shipping: a company abbreviated Co. before its bracketed short name
    "The offer came from the Harbor and River Steam Navigation Co. (H&R), the port operator.",
    # law: a public law's number
    "The court read the Safety Act of 2010 (P.L. 104-52) narrowly in its ruling on Friday.",
])
def test_dotted_initials_inside_a_name_stay_in_the_sentence(text):
    assert _split(text) == [text]


@pytest.mark.parametrize("text, first", [
    # weather: a place with its state's initials closes the sentence
    ("The storm flooded Long Beach, N.Y. Officials opened shelters on Tuesday.", "The storm flooded Long Beach, N.Y."),
    # politics: the capital's initials close a tour's sentence before a title
    ("The minister toured the port in Washington, D.C. Secretary Roe met the workers on Friday.",
     "The minister toured the port in Washington, D.C."),
    # sport: a dotted team initialism before a sentence opener
    ("The cup went to A.F.C. The club won 2-1 on Sunday.", "The cup went to A.F.C."),
    # court: 'no' as a word, not 'No.' before a number
    ("The jury said no. That verdict ended the trial on Monday.", "The jury said no."),
    # business: an abbreviation before a contracted sentence opener
    ("Shares fell at 4 p.m. It's the third drop this week, traders said.", "Shares fell at 4 p.m."),
])
def test_dotted_initials_and_no_before_a_sentence_opener_end_the_sentence(text, first):
    got = _split(text)
    assert got[0] == first and len(got) == 2


@pytest.mark.parametrize("text", [
    # near misses: 'No.' before a number, a state's initials before a bracket, 'Co.' before a lower-case word
    "The No. 2 seed beat the champion on Saturday in the final.",
    "Jane Roe of Albany, N.Y. (a retired judge) filed the suit in May.",
    "Acme Co. reported a loss for the quarter on Thursday.",
])
def test_near_misses_stay_one_sentence(text):
    assert _split(text) == [text]
