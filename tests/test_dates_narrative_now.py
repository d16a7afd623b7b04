"""The time a narrative (a text without a publication date) counts from: a year after "since" (the start of a period
or of a comparison) and a writer's deictic "last year" / "the past year" do not become it; "last August", "next
February" count from it like "last year" does.

Invented sentences from sport, business, science, weather and history, with near-misses.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates
from timeline.dates.output import names_a_thing


def _pairs(text: str, dct: dt.date | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, relative_to=dct)]


@pytest.mark.parametrize("text, surface, value", [
    # sport, business: a year after "since" is where a comparison starts, not the story's year
    ("In 2018 the league expanded to ten teams. It was the first expansion since 2005. The following year two "
     "clubs folded.", "The following year", "2019"),
    ("Sales jumped in 2012, the best result since 1999. The next year the firm cut its prices.",
     "The next year", "2013"),
])
def test_since_year_is_not_the_story_year(text, surface, value):
    assert (surface, value) in _pairs(text)


@pytest.mark.parametrize("text, surface, value", [
    # sport, business: a writer's "last year" (a paragraph of its own) does not move the story back a year for
    # the next deictic expression
    ("The 2018 season started in June.\n\nMany fans left last year.\n\nFor the past year, the club played away.",
     "the past year", "2017"),
    ("Profits rose in 2016.\n\nThe firm hired 200 staff last year.\n\nThe past year was its best.",
     "The past year", "2015"),
    # weather: "last August" from the story's year
    ("The 2019 rains broke records.\n\nThe dams were dry last year.\n\nThe wells failed last August.",
     "last August", "2018-08"),
])
def test_deictic_mention_is_not_the_story_time(text, surface, value):
    assert (surface, value) in _pairs(text)


@pytest.mark.parametrize("text, surface, value", [
    # history, science: "last/next <month>" from the story's month, or from its year
    ("The war ended in March 1946. Last August the troops had landed.", "Last August", "1945-08"),
    ("The probe reached orbit in May 2014. Next February it is due to land.", "Next February", "2015-02"),
    ("In 2018 the season began late. Their home was flooded last August.", "last August", "2017-08"),
])
def test_last_next_month_in_a_narrative(text, surface, value):
    assert (surface, value) in _pairs(text)


@pytest.mark.parametrize("text, surface, value, dct", [
    # near-misses: an anaphoric "the following year" still moves the story; "that August" is the story's year;
    # a news page counts from its publication date
    ("In 1804 the boats left. The following year they returned. That August the river froze.", "That August",
     "1805-08", None),
    ("The war ended in March 1946. In August the troops left.", "August", "1946-08", None),
    ("Their home was flooded last August.", "last August", "2017-08", dt.date(2018, 8, 3)),
    ("Exports have fallen since 2015, the ministry said.", "2015", "2015", dt.date(2018, 8, 3)),
])
def test_story_time_near_misses(text, surface, value, dct):
    assert (surface, value) in _pairs(text, dct)


@pytest.mark.parametrize("text, surface, value", [
    # crime, industry, weather, engineering: a date that names which thing (between a determiner and its noun
    # inside a phrase, or ending a participle phrase with its agent or a relative clause) is no story time
    ("A courier involved in the 2015 robbery appeared in court. In March, prosecutors charged a second man.",
     "March", "XXXX-03"),
    ("The charges stem from the March 3, 2016, fire at the plant. On May 4, the owner pleaded guilty.",
     "May 4", "XXXX-05-04"),
    ("Rescuers reached the village, the first one struck by the mudslide on June 2, 2011. On July 9, the road "
     "reopened.", "July 9", "XXXX-07-09"),
    ("The mayor praised the levee, which failed on April 2, 2011, and its builders. On May 9, crews began repairs.",
     "May 9", "XXXX-05-09"),
])
def test_date_naming_a_thing_is_not_the_story_time(text, surface, value):
    assert (surface, value) in _pairs(text)


@pytest.mark.parametrize("text, surface, value, dct", [
    # near-misses: the date of the clause's own act, a subject's date and an opening phrase's date are the story
    # time; a page with a publication date counts from it as before
    ("The plant burned on March 3, 2016. On May 4, the owner pleaded guilty.", "May 4", "2016-05-04", None),
    ("The village was struck by the mudslide on June 2, 2011. On July 9, the road reopened.", "July 9", "2011-07-09",
     None),
    ("The levee failed on April 2, 2011, and crews came. On May 9, crews began repairs.", "May 9", "2011-05-09", None),
    ("The 2019 rains broke records. On May 9, the dams overflowed.", "May 9", "2019-05-09", None),
    ("In the 2019 season, the club won the title. Last August, the coach quit.", "Last August", "2018-08", None),
    ("The charges stem from the March 3, 2016, fire at the plant. On May 4, the owner pleaded guilty.", "May 4",
     "2016-05-04", dt.date(2016, 6, 1)),
])
def test_date_naming_a_thing_near_misses(text, surface, value, dct):
    assert (surface, value) in _pairs(text, dct)


@pytest.mark.parametrize("text, date, named", [
    ("A courier involved in the deadly 2015 robbery appeared.", "2015", True),
    ("The charges stem from the March 3, 2016, fire at the plant.", "March 3, 2016", True),
    ("the first one struck by the mudslide on June 2, 2011.", "June 2, 2011", True),
    ("The levee, which failed on April 2, 2011, was rebuilt.", "April 2, 2011", True),
    ("The 2019 rains broke records.", "2019", False),
    ("In the 2019 season, the club won.", "2019", False),
    ("The army marched on May 3, 1804.", "May 3, 1804", False),
    ("The army was defeated by the rebels on May 3, 1804.", "May 3, 1804", False),
    ("He came back in the spring of 2012.", "2012", False),
])
def test_names_a_thing(text, date, named):
    i = text.index(date)
    assert names_a_thing(text, i, i + len(date)) is named


@pytest.mark.parametrize("text, surface, value", [
    # health, industry: on a dated page too, a year that names a thing gives no year to a later month; a step told
    # after the thing's date still counts from it
    ("Inspectors are studying the regulator, which approved the drug for sale in 2017 and refused to recall it after "
     "the first death in October.", "October", "2018-10"),
    ("The lawsuit arose from the May 3, 2016, fire at the plant. Two days later, the owner fled.", "Two days later",
     "2016-05-05"),
    ("The plant burned on May 3, 2016. Two days later, the owner fled.", "Two days later", "2016-05-05"),
])
def test_date_naming_a_thing_on_a_dated_page(text, surface, value):
    assert (surface, value) in _pairs(text, dt.date(2019, 4, 5))


@pytest.mark.parametrize("text, surface, value", [
    # finance, sport, public health: a range of years between a determiner and its noun inside a phrase names which
    # crisis, season or outbreak; a later year-less month does not take the range's year
    ("The fund was set up after the 2007-2009 credit crunch. In early March, two lenders failed.",
     "early March", "XXXX-03"),
    ("The striker broke the record set during the 2009–10 Premier League season. In April, he signed again.",
     "April", "XXXX-04"),
    ("Nurses trained after the 2014-16 Ebola epidemic. On May 4, the first case was found.", "May 4", "XXXX-05-04"),
])
def test_year_range_naming_a_thing_is_not_the_story_time(text, surface, value):
    assert (surface, value) in _pairs(text)


@pytest.mark.parametrize("text, surface, value", [
    # near misses: a range opening its sentence, a range as the time of the clause's act, a range after a page's
    # own date, and a single year of a range in a list are still story time
    ("In the 2009–10 season, the club won the league. In April, the coach left.", "April", "2010-04"),
    ("The drought lasted from 2011-2013. In March, the rains returned.", "March", "2013-03"),
    ("The bank failed on March 10, 2023. In early March, losses were the worst since the 2007-2009 crisis.",
     "early March", "2023-03"),
])
def test_year_range_naming_a_thing_near_misses(text, surface, value):
    assert (surface, value) in _pairs(text)
