"""A rank or title abbreviated before a name ('Brig. Gen.', 'Spc.', 'Tech. Sgt.') and a bill's number ('H.R. 12',
'S. Res. 40') end no sentence; the same abbreviation before a word that opens a sentence does (sentences
invented: defence, science, sport, courts, weather)."""
from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.extract import sentences


def _split(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


@pytest.mark.parametrize("text", [
    "The exercise was led by Air Force Brig. Gen. Ann Roe, the wing commander, on Monday.",
    "\"We slept in the tents,\" said Spc. Bo Lee, a medic with the brigade.",
    "By Tech. Sgt. Jo Ray, Air Force Public Affairs",
    "The probe was launched under Ret. Admiral Kim Park, the agency's new head.",
    "Cpl. Dana Fox and Pvt. Lee Wu rescued the hikers on Sunday.",
    "The House passed H.R. 4127 on Monday.",
    "The chamber agreed to S. Res. 57 without debate.",
    "The referee spoke with Lt. Gov. Bo Lee before the final.",
])
def test_a_rank_or_a_bill_number_ends_no_sentence(text):
    assert _split(text) == [text]


@pytest.mark.parametrize("text, first", [
    # near misses: the same letters at a true sentence end, before a word that opens sentences
    ("The parade was reviewed by a four-star Gen. The crowd cheered.", "The parade was reviewed by a four-star Gen."),
    ("The fire broke out on Main St. The owner fled.", "The fire broke out on Main St."),
    ("The champions came from Virginia Tech. Police escorted the bus.", "The champions came from Virginia Tech."),
    ("He served ten years in the Navy and then retired as a Lt. On Monday he joined the club.",
     "He served ten years in the Navy and then retired as a Lt."),
])
def test_a_title_abbreviation_before_an_opener_ends_the_sentence(text, first):
    assert _split(text)[0] == first


def test_a_name_after_a_rank_is_the_subject():
    text = "Brig. Gen. Ann Roe opened the new runway on Monday."
    ds = text.index("on Monday")
    c = analyse(text, 0, len(text), ds, ds + 9, when="past")
    assert text[c.subject[0]:c.subject[1]] == "Brig. Gen. Ann Roe"
