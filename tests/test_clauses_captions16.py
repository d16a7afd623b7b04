"""A caption on a line of its own: present tense or no verb, closed by its place and date (round 16)."""

from __future__ import annotations

import pytest

from timeline.clauses import OWN_LINE_CAPTION, analyse


def _on_own_line(line: str, date: str, *, before: str = "Club wins the cup\n\n", after: str = "\n\nThe story.\n"):
    """The clause of ``date`` in ``line`` set as a line of its own between a headline and a body."""
    text = before + line + after
    s = len(before)
    e = s + len(line.split(". (")[0]) + (1 if ". (" in line else 0)
    i = text.index(date, s)
    return analyse(text, s, e, i, i + len(date), when="past")


@pytest.mark.parametrize("line, date", [
    # sport: a plural present, the date in a relative clause of its own
    ("Fans of the home club crowd the square outside the town hall, where the trophy was shown to them in Lyon, "
     "France, May 3, 2019", "May 3, 2019"),
    # science: a present passive, the place and the date without a comma between
    ("A technician is lowered into the test tank at the research station in Tromso, Norway Sept. 30, 2021.",
     "Sept. 30, 2021"),
    # weather: 'in Month YYYY', then the picture's credit on the same line
    ("A volunteer fills sandbags to protect homes from the rising river in Dresden, Germany in June 2013. "
     "(AP Photo/Ann Roe, File)", "June 2013"),
    # business: a picture's noun and participle before the date, the line cut
    ("The bank's headquarters seen March 4, 2020, bef", "March 4, 2020"),
    ("A storm cloud photographed on June 2, 2018, over the plains", "June 2, 2018"),  # weather
])
def test_a_present_or_verbless_line_closed_by_place_and_date_is_a_caption(line, date):
    c = _on_own_line(line, date)
    assert c.kind == "caption" and c.reason == OWN_LINE_CAPTION


@pytest.mark.parametrize("line, date, after", [
    # the past tense: what happened that day
    ("Fans crowded the square outside the town hall in Lyon, France, May 3, 2019.", "May 3, 2019", "\n\nMore.\n"),
    # the date does not close the line
    ("Fans crowd the square in Lyon on May 3, 2019, to celebrate the title.", "May 3, 2019", "\n\nMore.\n"),
    # the sentence shares its line with the story's next sentence
    ("The court hears the appeal in Boston, Massachusetts, May 3, 2019.", "May 3, 2019",
     " The judges then adjourned until June.\n"),
    # a perfect: what has been done up to the writing
    ("Engineers have lowered the probe into the tank in Tromso, Norway Sept. 30, 2021.", "Sept. 30, 2021", "\n"),
    # a quotation
    ("“We open the new lab in Tromso, Norway, Sept. 30, 2021”", "Sept. 30, 2021", "\n"),
    # a participle before the date, then the clause's own verb
    ("Players seen on May 2, 2019, were fined by the league", "May 2, 2019", "\n"),
])
def test_a_caption_near_miss_is_no_own_line_caption(line, date, after):
    assert _on_own_line(line, date, after=after).reason != OWN_LINE_CAPTION
