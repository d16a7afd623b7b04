""""overnight" in news: the night into the publication day (or the one to come), and not a night at all as an
adjective after a determiner or a possessive ("an overnight flight", "the nurse's overnight shift").

Invented sentences from weather, science, business, sport and health, with near-misses.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates


def _value(text: str, dct: dt.date, surface: str) -> str | None:
    for m in find_dates(text, relative_to=dct):
        if m.text == surface:
            return m.value
    return None


FRI = dt.date(2021, 3, 12)


@pytest.mark.parametrize("sentence", [
    "The airline added an overnight service to Lima.",
    "The nurse finished her overnight shift at the clinic.",
    "The climbers' overnight camp was swept away.",
    "Fans queued for the overnight train to the final.",
])
def test_overnight_adjective_is_no_night(sentence):
    assert not [m for m in find_dates(sentence, relative_to=FRI) if m.text == "overnight"]


@pytest.mark.parametrize("sentence,value", [
    # news of the publication day: the night into it, told that day
    ("Snow fell overnight across the valley.", "2021-03-12TNI"),
    ("The telescope was recalibrated overnight by the night crew.", "2021-03-12TNI"),
    ("Shares were hit by overnight losses in Tokyo.", "2021-03-12TNI"),
    ("Rain fell during the overnight hours.", "2021-03-12TNI"),
    # the night to come
    ("Crews will work overnight on the bridge.", "2021-03-12TNI"),
])
def test_overnight_is_the_night_into_the_publication_day(sentence, value):
    assert _value(sentence, FRI, "overnight") == value


@pytest.mark.parametrize("sentence", [
    "The wall went up almost overnight.",
    "The overnight lending rate rose.",
])
def test_overnight_near_misses(sentence):
    assert not [m for m in find_dates(sentence, relative_to=FRI) if m.text == "overnight"]


MON = dt.date(2021, 3, 15)


@pytest.mark.parametrize("sentence,value", [
    # next to a weekday, the night is that day's
    ("Rebels shelled the town overnight on Saturday, officials said.", "2021-03-13TNI"),
    ("Storms swept the coast overnight into Sunday.", "2021-03-14TNI"),
    ("The lab ran the samples Saturday overnight.", "2021-03-13TNI"),
    # near-miss: a weekday in the sentence before does not take it
    ("The final was on Saturday. Overnight, fans celebrated in the square.", "2021-03-15TNI"),
])
def test_overnight_next_to_a_weekday(sentence, value):
    assert [m.value for m in find_dates(sentence, relative_to=MON) if m.text.lower() == "overnight"] == [value]


@pytest.mark.parametrize("sentence, surface, value", [
    # the overnight branch moved out of r_deictic: its neighbours keep their values (sport, courts)
    ("The team flies home tonight after the final.", "tonight", "2021-03-12TNI"),
    ("The jury deliberated overnight in the courthouse.", "overnight", "2021-03-12TNI"),
    # near misses: very quickly, a loan's term (science, banking)
    ("The lab's fame grew virtually overnight.", "overnight", None),
    ("The bank raised its overnight deposit rate.", "overnight", None),
])
def test_overnight_helper_keeps_each_reading(sentence, surface, value):
    assert _value(sentence, FRI, surface) == value
