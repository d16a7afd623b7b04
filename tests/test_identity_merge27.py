"""Identity (round 27): the subject of a release that opens with an office, a full name, a bare aside tag and a
relative clause (*U.S. Senator Ann B. Lee (Ohio), who chairs …, released …*) is that name, so two members'
statements of one day stay two events; a doer's taking part in a briefing and in a tour are two acts."""

from __future__ import annotations

import pytest

from timeline.identity import CANNOT_LINK, cannot_link_rule, features, link_score


def _f(quote: str, date: str):
    return features({"quote": quote, "date_text": date})


@pytest.mark.parametrize("quote, subject", [
    ("U.S. Senator Ann B. Lee (Ohio), who serves as a member of both the budget and the rules panels, released "
     "the following statement today", {"ann", "lee"}),
    ("Senator Bo Roe (Iowa), who chairs the farm panel, released a statement today", {"bo", "roe"}),
    # near miss: a short opening name read as before
    ("Corvel, which sued Helix last week, released a statement today", {"corvel"}),
])
def test_an_opening_name_with_an_aside_tag_before_who_is_the_subject(quote, subject):
    assert subject <= _f(quote, "today").subject


def test_two_members_releasing_statements_the_same_day_are_two_events():
    a = _f("U.S. Senator Ann B. Lee (Ohio), who serves as a member of both the budget and the rules panels, "
           "released the following statement today", "today")
    b = _f("Senate Farm Committee Chairman Bo Roe (R-Iowa) today released the following statement on the vote",
           "today")
    assert cannot_link_rule(a, b) is not None and link_score(a, b, {}) == CANNOT_LINK


def test_one_member_named_with_and_without_the_aside_is_one_subject():
    # near miss: the same senator, with the aside and the relative clause in one page and plainly in another
    a = _f("U.S. Senator Ann B. Lee (Ohio), who serves as a member of both the budget and the rules panels, "
           "released the following statement today", "today")
    b = _f("Senator Ann Lee released a statement today", "today")
    assert cannot_link_rule(a, b) is None and link_score(a, b, {}) != CANNOT_LINK
