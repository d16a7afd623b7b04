"""Subject-verb agreement of headline titles with a counted actor (round 17): a count above one takes a plural verb,
a name's number (*Squadron 262*, *Flight 9*) a singular one."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), i, i + len(date), when="past")
    return make_title(sentence, clause, i, i + len(date))


@pytest.mark.parametrize("sentence, date, verb", [
    ("Twelve of the 40 jurors said on Monday they wanted to leave the panel.", "on Monday", "want"),
    ("Fourteen of the miners arrived home on Monday.", "on Monday", "arrive"),
    ("Eleven of the 30 banks failed the test in March, regulators said.", "in March", "fail"),
])
def test_counted_actor_takes_plural_verb(sentence: str, date: str, verb: str) -> None:
    assert f" {verb} " in f" {_title(sentence, date)} "


@pytest.mark.parametrize("sentence, date, verb", [
    ("Flight 9 landed in Oslo on Sunday.", "on Sunday", "lands"),
    ("Battalion 7 arrived in the capital on Tuesday.", "on Tuesday", "arrives"),
])
def test_named_number_takes_singular_verb(sentence: str, date: str, verb: str) -> None:
    assert f" {verb} " in f" {_title(sentence, date)} "


def test_one_is_singular() -> None:
    """Near miss: a count of one stays singular."""
    title = _title("One of the divers said on Friday he wanted to try again.", "on Friday")
    assert " wants " in f" {title} " or "want " not in f"{title} "
