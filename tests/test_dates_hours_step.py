"""A narrative step of hours or minutes that opens its sentence (*Hours later, …*, *A few hours later, …*, *Only
hours earlier, …*, *Within an hour, …*) is dated by the day the story told last
(:func:`timeline.dates.resolve.duration._hours_on`); inside a sentence, counted from an event it names, or after a
background day, the amount stays a duration."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.dates import find_dates
from timeline.extract import extract_article

PUB = dt.date(2023, 5, 12)  # a Friday


def _dated(text: str, relative_to: dt.date | None = PUB) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.value) for m in find_dates(text, relative_to=relative_to)}


@pytest.mark.parametrize("text, step, day", [
    # weather
    ("The storm made landfall on Tuesday. Crews worked through the night. Hours later, power was restored to the "
     "main hospital.", "Hours later", "2023-05-09"),
    # sport
    ("The club won the final on Saturday. A few hours later, the coach resigned.", "A few hours later", "2023-05-06"),
    # courts
    ("The jury returned its verdict on Wednesday. Only hours earlier, the judge had warned the defence.",
     "hours earlier", "2023-05-10"),
    # science
    ("The probe landed on Monday. Within an hour, it sent its first images home.", "Within an hour", "2023-05-08"),
    # business: minutes
    ("Acme Corp. announced the merger on Tuesday. Minutes later, its shares were suspended.", "Minutes later",
     "2023-05-09"),
])
def test_an_opening_step_of_hours_takes_the_day_just_told(text, step, day):
    found = _dated(text)
    assert found[step] == ("DATE", day)


def test_a_step_in_a_page_without_a_publication_date_takes_the_day_just_told():
    text = "The council met on March 3, 2021. Hours later, the mayor resigned."
    assert _dated(text, None)["Hours later"] == ("DATE", "2021-03-03")


@pytest.mark.parametrize("text, step", [
    # inside its sentence: the sentence before dates the event (timeline.lede.continued_events)
    ("The club won the cup on Wednesday. The club fired its coach hours later.", None),
    ("The agency issued a warning on Monday. It was withdrawn an hour later.", "an hour"),
    # counted back from an event that may not have happened
    ("The match was set for Saturday. Minutes before the scheduled kickoff, the stadium was evacuated.", "Minutes"),
    # counted from an event it names: that event's day, not necessarily the one just told
    ("The first tremor struck the valley on Thursday. An hour after the first tremor, a second one hit the town.",
     "An hour"),
    # the day just told is background, years before the publication
    ("The club last won the cup on May 4, 1999. Hours later, the fans filled the square.", None),
    # no comma after 'within an hour': no opening step
    ("The probe landed on Monday. Within an hour the signal was lost.", "an hour"),
])
def test_a_step_inside_a_sentence_before_an_event_or_after_background_stays_a_duration(text, step):
    found = _dated(text)
    assert all(typ != "DATE" or not any(w in m.lower() for w in ("hour", "minute")) for m, (typ, _v) in found.items())
    if step is not None:
        assert found[step][0] == "DURATION"


def test_a_step_far_below_the_day_told_is_not_dated_by_it():
    filler = "The crowd waited in the rain and sang songs about the old days of the club. " * 12
    text = "The club won the final on Saturday. " + filler + "Hours later, the coach resigned."
    assert "Hours later" not in _dated(text)


def test_the_extractor_dates_the_event_of_an_opening_step_by_the_day_just_told():
    text = ("Rescuers pulled a boy from the collapsed school on Thursday.\n\n"
            "Hours later, a teacher was also pulled to safety.\n")
    art = Article(id="x", path=Path("x.txt"), text=text, published=PUB, published_source="given",
                  regions=find_regions(text))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        records = extract_article(art)
    teacher = [r for r in records if "teacher" in r["quote"]]
    assert [r["date"] for r in teacher] == ["2023-05-11"]
