"""Captions by their picture: a credit in brackets, a pair's position cues, the picture as the subject (round 26)."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse


def _clause(sentence: str, date: str, when: str = "past"):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when=when)


@pytest.mark.parametrize("sentence, date", [
    # a credit in brackets closes the line
    ("Radar view of the storm over the bay at 3:10 PM on Monday, May 6, 2019 (courtesy of the Weather Office).",
     "May 6, 2019"),
    ("The flooded square in Dunmore on June 2, 2016 (Photo courtesy Ann Roe)", "June 2, 2016"),
    # two pictures of a pair, each with its position and date
    ("Aerial photo of the sand spit, May 2 (top) and May 9, 2017, a week after the storm (bottom).", "May 9, 2017"),
    # the picture as the subject of its own sentence
    ("This false-colour image from April 3 shows the ash cloud drifting south.", "April 3"),
    ("The survey camera on the Polar-2 satellite captured the image on March 8, 2015.", "March 8, 2015"),
    ("These pictures were taken by a drone over the harbour on Sunday.", "Sunday"),
    # what the picture lets one see, in the present
    ("A flooded tram can be seen near the central station in Dunmore, Ireland, March 3, 2018.", "March 3, 2018"),
])
def test_a_picture_s_caption_is_no_event(sentence, date):
    assert _clause(sentence, date).kind == "caption"


@pytest.mark.parametrize("sentence, date", [
    # near misses: a clause about the picture inside the sentence, a credit not in brackets at the end, a
    # bracketed aside that names no position, a picture that is what happened
    ("As this image shows, the ash cloud drifted south on April 3.", "April 3"),
    ("The agency released the image on March 8, 2015, after a long delay.", "March 8, 2015"),
    ("The mayor thanked the volunteers on June 2, 2016, courtesy of whom the dyke held.", "June 2, 2016"),
    ("The dyke (the top one) failed on May 9, 2017, flooding the town.", "May 9, 2017"),
    ("The smoke could be seen for miles on March 3, 2018, as the depot burned.", "March 3, 2018"),
])
def test_text_about_a_picture_is_not_taken_for_a_caption(sentence, date):
    assert _clause(sentence, date).kind != "caption"
