"""A title whose verb's object is a long name with 'of' that no cut at a phrase start fits is cut before that
'of' as a last resort ('declares virus Regional Health Hazard'), not left as 'Dated mention' nor the raw clause;
a name that fits, or a title that fits at a phrase start, keeps its 'of' whole."""

from __future__ import annotations

import pytest

from timeline.titles import FALLBACK_TITLE, MAX_TITLE, title_for


@pytest.mark.parametrize("sentence, date, expected", [
    # health
    ("On February 1, the agency declared the virus a Regional Health Hazard of Continental Concern.",
     "February 1", "Agency declares virus Regional Health Hazard"),
    # courts
    ("On Tuesday, the court found the company a Repeat Offender of the Federal Environmental Protection Code.",
     "On Tuesday", "Court finds company Repeat Offender"),
    # sport
    ("On Friday, the league named the club a Founding Member of the International Youth Football Association.",
     "On Friday", "League names club Founding Member"),
    # weather
    ("On Friday, the weather service named the storm a Category Five Hazard of National Significance.",
     "On Friday", "Weather service names storm Category Five Hazard"),
])
def test_a_long_name_is_cut_before_its_of_as_a_last_resort(sentence, date, expected):
    title = title_for(sentence, date)[0]
    assert title == expected
    assert title != FALLBACK_TITLE and len(title) <= MAX_TITLE


@pytest.mark.parametrize("sentence, date, expected", [
    # near miss: the name fits whole
    ("On Monday, the governor visited the Bank of England.", "On Monday", "Governor visits Bank of England"),
    # near miss: a cut at a phrase start fits, and the name stays whole
    ("On Monday, the governor visited the Bank of England to discuss the new rules on lending to small firms.",
     "On Monday", "Governor visits Bank of England to discuss new rules"),
])
def test_a_name_that_fits_keeps_its_of(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected
