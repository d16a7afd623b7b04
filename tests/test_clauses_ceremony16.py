"""A speaker's ceremonial words opening the sentence hold no event, even with the date inside them (round 16)."""

from __future__ import annotations

import pytest

from timeline.clauses import CEREMONY, analyse


def _clause(sentence: str, date: str):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when="past")


@pytest.mark.parametrize("sentence, date", [
    # sport: congratulation, the date in a relative clause of the people congratulated
    ("I congratulate the players and coaches who made the comeback that won the title on Sunday possible.", "Sunday"),
    # science: a commendation, the date in the relative clause of the people commended
    ("I commend the rangers and volunteers who found the missing climbers on Friday, as well as the pilots who flew "
     "them out.", "Friday"),
    # business: thanks to a colleague at the start of a floor turn
    ("Thank you, Mr. Lane, for yielding me time and for giving us this chance to speak on the merger tonight.",
     "tonight"),
    # weather: thanks said on the day
    ("Today and every day, we say thank you to the crews who keep the roads open in the snow.", "Today"),
    # courts: honour at joining in a motion
    ("I am honored today to join my colleague from Ohio in offering a motion on the court's budget.", "today"),
    # weather: coming to pay tribute
    ("We have come here this afternoon to express our thanks to the volunteers of the flood relief.",
     "this afternoon"),
    # the day as a time for prayers
    ("But today is a time to offer our prayers to the families of the miners.", "today"),
])
def test_ceremonial_words_opening_the_sentence_are_framing(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "framing" and c.reason == CEREMONY


@pytest.mark.parametrize("sentence, date", [
    # a clause of its own coordinated after the thanks reports the news
    ("We thank the crews, but the plant closed on Monday after the fire.", "Monday"),
    ("We thank the volunteers, and the market reopened on Monday.", "Monday"),  # business: 'and' with a verb
    # thanks reported of someone else: an act of that person
    ("The coach thanked the fans who filled the stadium on Sunday.", "Sunday"),
    # the date before the thanks in a clause of its own
    ("The court ruled on Monday; I commend the judges for their speed.", "Monday"),
    # not opening the sentence
    ("The minister's decision today is welcome and I applaud her for it.", "today"),
    # inside a quotation
    ("“I congratulate the team that won on Sunday,” the mayor said.", "Sunday"),
])
def test_a_ceremony_near_miss_is_not_ceremony(sentence, date):
    assert _clause(sentence, date).reason != CEREMONY
