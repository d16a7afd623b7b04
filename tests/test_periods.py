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
