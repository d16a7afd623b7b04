"""A past "earlier in the day" far from the day it belongs to counts from the last day the story told, not from a
deadline after it nor from the publication date (issue 14, round 9)."""

from __future__ import annotations

import datetime as dt

from timeline.dates import find_dates


def _value(text: str, surface: str, dct: dt.date) -> str:
    return next(m.value for m in find_dates(text, relative_to=dct) if m.text == surface)


_FILLER = ("The two sides had argued for weeks over the terms, and both of them had warned that no one would gain "
           "from a long stand-off. Members of both parties spent hours in meetings behind closed doors. ")


def test_earlier_in_the_day_counts_from_the_story_day_not_a_deadline():
    text = ("Late Wednesday night, the league's owners approved a deal to end the lockout. " + _FILLER +
            "The players' union said the deal had to be signed by October 17 so that the season could start. " +
            _FILLER + "Earlier in the day, the commissioner talked about what the owners had been seeking.")
    assert _value(text, "the day", dt.date(2013, 10, 18)) == "2013-10-16"


def test_earlier_in_the_day_in_court_news():
    text = ("On Monday, the jury found the former mayor guilty of fraud. " + _FILLER + _FILLER +
            "Earlier in the day, the judge had rejected a request for a mistrial.")
    assert _value(text, "the day", dt.date(2021, 3, 10)) == "2021-03-08"


def test_later_in_the_day_and_a_present_clause_keep_the_publication_day():
    text = ("On Monday, the jury found the former mayor guilty of fraud. " + _FILLER + _FILLER +
            "Later in the day, the judge will hear a request for a mistrial.")
    assert _value(text, "the day", dt.date(2021, 3, 10)) == "2021-03-10"
    near = "On Monday, the jury found the mayor guilty. Earlier in the day, the judge rejected a request."
    assert _value(near, "the day", dt.date(2021, 3, 10)) == "2021-03-08"  # near: the day just given, as before
