"""The year of writing of an undated page in a folder of several years with one main year
(timeline.folder_dates.main_year, main_year_of), and the year-bound reading of a weekday (year_bound_mentions)."""
from __future__ import annotations

import datetime as dt
import warnings

from conftest import dated_folder as _folder

from timeline.articles import load_articles
from timeline.dates import find_dates
from timeline.extract import extract
from timeline.folder_dates import folder_days, main_year, own_day_mentions, year_bound_mentions



def _season(undated: str) -> dict[str, tuple[str, str]]:
    """Sport: four pages of the 2022 season, one follow-up of 2024, and an undated page."""
    return {
        "opener": ("2022-08-07", "Rovers open the season\n\nThe Valley Rovers beat the Hawks 2-1 on August 6, 2022 in "
                                 "front of a full stadium.\n"),
        "derby": ("2022-10-02", "Derby draw\n\nThe Rovers and the Town drew 1-1 on October 1, 2022.\n"),
        "cup": ("2022-11-20", "Cup exit\n\nThe Rovers went out of the cup on November 19, 2022 after extra time.\n"),
        "final": ("2022-12-18", "Title won\n\nThe Rovers won the league on December 17, 2022.\n"),
        "later": ("2024-05-12", "Two years on\n\nThe club unveiled a statue of its coach on May 11, 2024.\n"),
        "report": ("", undated),
    }


def _drought(undated: str) -> dict[str, tuple[str, str]]:
    """Weather: four pages of a 2019 drought, one review of 2021, and an undated page."""
    return {
        "dry": ("2019-06-04", "Dry spring\n\nThe weather service declared a drought for the county on June 3, 2019.\n"),
        "ban": ("2019-07-10", "Hosepipe ban\n\nThe water board banned hosepipes on July 9, 2019.\n"),
        "fires": ("2019-08-15", "Grass fires\n\nCrews fought grass fires near Millbrook on August 14, 2019.\n"),
        "rain": ("2019-09-22", "Rain at last\n\nHeavy rain ended the drought on September 21, 2019.\n"),
        "review": ("2021-03-02", "Lessons\n\nThe county published its review of the drought on March 1, 2021.\n"),
        "report": ("", undated),
    }


def test_main_year_needs_most_of_the_folder():
    """Three articles of 2022, one of 2024: the main year; two against two: none."""
    days = folder_days({"a": [dt.date(2022, 8, 6)], "b": [dt.date(2022, 10, 1)], "c": [dt.date(2022, 11, 19)],
                        "d": [dt.date(2024, 5, 11)]})
    assert main_year(days) == 2022
    split = folder_days({"a": [dt.date(2022, 8, 6)], "b": [dt.date(2022, 10, 1)], "c": [dt.date(2024, 5, 11)],
                         "d": [dt.date(2024, 6, 1)]})
    assert main_year(split) is None
    assert main_year({}) is None


def test_sport_page_that_tells_today_gets_the_main_year(tmp_path):
    """Sport: the folder spans 2022-2024, but most of it is of 2022; the undated page's 'today' is of 2022."""
    pages = _season("Rovers sign a keeper\n\nThe Valley Rovers have signed the goalkeeper Tom Berg, the club said "
                    "today. Berg trained with the squad on Friday.\n")
    dating = _folder(tmp_path, pages)["report"].dating
    assert dating.year == 2022 and "most of its days are in 2022" in dating.year_note
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = extract(load_articles(tmp_path))
    rows = frame[frame["source"] == "report"]
    assert "2022" in set(rows["date"])
    assert not rows["date"].str.startswith("2022-").any()  # the year only, never a day


def test_weather_page_that_tells_a_weekday_gets_the_main_year(tmp_path):
    """Weather: most of the folder is of 2019; 'on Tuesday' needs the writing."""
    pages = _drought("Reservoir low\n\nThe reservoir at Millbrook fell to a fifth of its capacity on Tuesday, the "
                     "water board said.\n")
    assert _folder(tmp_path, pages)["report"].dating.year == 2019


def test_page_looking_back_gets_no_main_year(tmp_path):
    """Near-misses: a page naming the main year (or a later one) as a year, telling something as years ago, or
    whose news day is a year-less day the folder states in no year looks back from another time."""
    looking_back = {
        "named": "Drought lessons\n\nThe drought of 2019 emptied the reservoir. The board said on Tuesday it will "
                 "build a second one.\n",
        "ago": "Reservoir plan\n\nThe reservoir ran dry two years ago. The board said on Tuesday it will build a "
               "second one.\n",
        "news_day": "Board fined\n\nThe water board agreed to a fine of $2 million on June 4th. The board said "
                    "on Tuesday it had learned its lesson. Its chair will retire, and a new chair will take over, the "
                    "board said in a long statement on its website, which also thanked the staff.\n",
    }
    for name, text in looking_back.items():
        (tmp_path / name).mkdir()
        dating = _folder(tmp_path / name, _drought(text))["report"].dating
        assert dating is None or dating.year is None, name


def test_folder_of_several_years_gives_no_main_year(tmp_path):
    """Near-miss: a story told over three years in equal parts gives an undated page no year."""
    pages = {
        "a": ("2019-06-04", "Plan\n\nThe council approved the bridge on June 3, 2019.\n"),
        "b": ("2020-06-04", "Work\n\nWork on the bridge began on June 3, 2020.\n"),
        "c": ("2021-06-04", "Open\n\nThe bridge opened on June 3, 2021.\n"),
        "report": ("", "Bridge toll\n\nThe council said today the bridge will charge a toll.\n"),
    }
    dating = _folder(tmp_path, pages)["report"].dating
    assert dating is None or dating.year is None


def test_year_bound_weekday_keeps_the_year():
    """A weekday told as past lies in the year of writing unless the page was written in its first week: read as of
    a week into the year and a week before its end, 'on Friday' keeps 2022; 'last month' does not."""
    found = {m.text: m for m in year_bound_mentions("By Friday, officials said the count had risen. Last month the "
                                                    "count was lower.", find_dates, 2022)}
    assert found["Friday"].value == "2022" and found["Friday"].precision == "year"
    assert found["Last month"].underspecified


def test_year_bound_calendar_day_takes_the_one_year_the_folder_speaks_of():
    """Science: a page written in 2021 tells 'tested on June 3 and again June 17' (past: 2020 or 2021); the
    folder states days in 2021 and later, none in 2020: the days of 2021, the second one too (read from the first)."""
    text = "The survey team tested the lake on June 3 and again June 17. The lab published results today."
    found = {m.text: m for m in year_bound_mentions(text, find_dates, 2021, folder_years={2021, 2023})}
    assert found["June 3"].value == "2021-06-03" and found["June 3"].anchor == "folder"
    assert found["June 17"].value == "2021-06-17"
    assert found["today"].value == "2021"


def test_year_bound_calendar_day_ahead_takes_the_one_year_the_folder_speaks_of():
    """Courts: 'adjourned the trial until March 3' (ahead: 2019 or 2020) in a folder of 2019 only: 2019-03-03."""
    text = "The judge adjourned the trial until March 3, lawyers said."
    found = {m.text: m for m in year_bound_mentions(text, find_dates, 2019, folder_years={2018, 2019})}
    assert found["March 3"].value == "2019-03-03"


def test_year_bound_calendar_day_stays_unresolved_when_both_years_fit():
    """Near-misses: the folder states days in both years the writing allows (the day stays unresolved); no folder
    years given (as before); a weekday is no calendar day; a day after a printed full date keeps its reading."""
    text = "The survey team tested the lake on June 3 and again June 17."
    both = {m.text: m for m in year_bound_mentions(text, find_dates, 2021, folder_years={2020, 2021})}
    assert both["June 3"].underspecified and both["June 17"].underspecified
    plain = {m.text: m for m in year_bound_mentions(text, find_dates, 2021)}
    assert plain["June 3"].underspecified and plain["June 17"].underspecified
    week = {m.text: m for m in year_bound_mentions("Last month the club met.", find_dates, 2021,
                                                   folder_years={2021})}
    assert week["Last month"].underspecified
    printed = {m.text: m for m in year_bound_mentions("The club signed him on June 2, 2020 and he debuted on June 9.",
                                                      find_dates, 2021, folder_years={2021})}
    assert printed["June 9"].value == "2020-06-09"


def test_own_day_page_gives_its_weekday_of_a_past_the_year_of_its_newest_day():
    """Sport and science: an undated page printing 'May 4, 2022' tells 'was sent off on Wednesday' and 'the probe
    returned its first images Thursday': the year of its newest day (year precision, never a day)."""
    for text, word in (("Their captain was sent off on Wednesday after a late tackle. The league had fined the "
                        "Rovers on May 4, 2022.", "Wednesday"),
                       ("The probe returned its first images Thursday, the team reported. It had launched on May 4, "
                        "2022.", "Thursday")):
        mentions = find_dates(text, relative_to=None)
        got = {m.text: m for m in own_day_mentions(text, find_dates, mentions, dt.date(2022, 5, 4))}
        assert got[word].value == "2022" and got[word].precision == "year" and got[word].anchor == "folder", text


def test_own_day_page_keeps_unresolved_a_present_or_a_year_end():
    """Near-misses: a weekday in a schedule, a present sentence (*lines are open until noon on Tuesday*); a 'said'
    is no past of what is told; a page whose newest day is in late December may be written in the next year."""
    for text in ("Phone lines are open until noon on Tuesday. The trial opened on May 4, 2022.",
                 "The court is busy on Tuesday, the clerk said. The trial opened on May 4, 2022."):
        mentions = find_dates(text, relative_to=None)
        assert any(m.underspecified for m in mentions), text
        got = own_day_mentions(text, find_dates, mentions, dt.date(2022, 5, 4))
        assert [m.value for m in got] == [m.value for m in mentions], text
    text = "The board met again on Wednesday and approved the plan. The vote had been on December 20, 2022."
    mentions = find_dates(text, relative_to=None)
    assert any(m.underspecified for m in mentions)
    assert [m.value for m in own_day_mentions(text, find_dates, mentions, dt.date(2022, 12, 20))] == \
        [m.value for m in mentions]
