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


def test_past_part_of_the_day_far_from_its_day_counts_from_the_story_day():
    # sport: a retold race day, the start time several sentences on
    race = ("Sunday, March 2, was a cold day at the harbour. " + _FILLER + _FILLER +
            "At ten in the morning, the first boats crossed the line.")
    assert _value(race, "the morning", dt.date(2014, 3, 12)) == "2014-03-02TMO"
    # science: an observing night retold in a later bulletin
    sky = ("On June 14 the observatory pointed its new camera at the comet. " + _FILLER + _FILLER +
           "Late in the evening, the team recorded the first outburst.")
    assert _value(sky, "the evening", dt.date(2019, 6, 20)) == "2019-06-14TEV"


def test_future_part_of_the_day_keeps_the_publication_day():
    # near miss: what will happen "in the morning" is not the story's earlier day
    text = ("On June 14 the observatory pointed its new camera at the comet. " + _FILLER + _FILLER +
            "In the morning, the team will publish the first images.")
    assert _value(text, "the morning", dt.date(2019, 6, 20)) == "2019-06-20TMO"


def test_weekday_set_off_before_its_full_date_is_that_day():
    # sport and courts: "Saturday morning, February 1" is February 1, not the Saturday before the publication
    assert _value("Saturday morning, February 1, was a clear day for the final.", "Saturday morning",
                  dt.date(2025, 2, 12)) == "2025-02-01TMO"
    assert _value("Tuesday evening, March fourth, the jury returned its verdict.", "Tuesday evening",
                  dt.date(2025, 3, 20)) == "2025-03-04TEV"


def test_weekday_before_a_date_of_another_weekday_is_left_alone():
    # near miss: the date names another weekday (or is no apposition): the weekday keeps its own reading
    assert _value("Friday night, March 4, the club met.", "Friday night", dt.date(2025, 3, 12)) == "2025-03-07TNI"
    assert _value("He left Saturday, and on February 1 he returned.", "Saturday",
                  dt.date(2025, 2, 12)) == "2025-02-08"
