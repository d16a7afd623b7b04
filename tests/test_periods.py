"""Readable labels of TimeML periods."""

from __future__ import annotations

import pytest

from timeline.periods import period_label


@pytest.mark.parametrize(
    ("value", "label"),
    [("19", "20th century"), ("20", "21st century"), ("11", "12th century"), ("21", "22nd century"),
     ("22", "23rd century"), ("199", "1990s"), ("1994", "1994"), ("2021-12", "December 2021")],
)
def test_period_label(value, label):
    assert period_label(value) == label


def test_the_calendars_last_periods_parse_their_end_clamped():
    import datetime as _dt

    from timeline.periods import parse_period as _parse

    for value in ("9999", "9999-12", "9999-12-31", "9999-W52", "9999-Q4", "999", "99"):
        p = _parse(value)
        assert p.start <= p.end == _dt.date.max
