"""Narrative time and the expressions of histories: ``find_dates(mode=...)``, BC years, day ranges, seasons."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates


def values(text: str, **kw) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, **kw)]


def by_text(text: str, **kw) -> dict:
    return {m.text: m for m in find_dates(text, **kw)}


HISTORY = ("The mill was built in 1847. On 3 March the first wheel turned, and the next day the owner hired "
           "twelve hands. By late June the pond had silted up; that winter the river froze, and the following "
           "spring the dam gave way.")


def test_year_less_dates_take_the_story_year() -> None:
    ms = by_text(HISTORY)
    assert ms["3 March"].value == "1847-03-03" and ms["3 March"].anchor == "mention"
    assert ms["the next day"].value == "1847-03-04"
    assert (ms["late June"].value, ms["late June"].mod) == ("1847-06", "END")
    assert ms["that winter"].value == "1847-WI"
    assert ms["the following spring"].value == "1848-SP"


def test_reference_time_moves_with_the_story() -> None:
    text = ("In 1921 the school opened. On 5 May it held its first exam.\n\n1925\n\n"
            "On 5 May the new wing was finished. Two days later the mayor visited.")
    vals = values(text)
    assert ("5 May", "1921-05-05") in vals and ("5 May", "1925-05-05") in vals
    assert ("Two days later", "1925-05-07") in vals


def test_heading_with_month_and_year_sets_the_story() -> None:
    text = "The second campaign (June 1632)\nOn 11 August the army crossed the river. In the autumn of that year, " \
           "the king fell ill."
    ms = by_text(text)
    assert ms["11 August"].value == "1632-08-11"
    assert ms["the autumn of that year"].value == "1632-FA"


def test_what_the_text_cannot_fix_stays_underspecified() -> None:
    m, = find_dates("They met on 11 August.")
    assert m.value == "XXXX-08-11" and m.anchor == "none" and m.underspecified


def test_news_mode_keeps_the_publication_reading() -> None:
    text = "The firm was founded in 1990. On 11 August it was sold."
    news = by_text(text, relative_to=dt.date(2022, 9, 1))
    assert news["11 August"].value == "2022-08-11" and news["11 August"].anchor == "publication"
    assert by_text(text, mode="news")["11 August"].value == "XXXX-08-11"
    # narrative mode ignores the publication date and dates the story by itself
    assert by_text(text, relative_to=dt.date(2022, 9, 1), mode="narrative")["11 August"].value == "1990-08-11"


def test_unknown_mode_is_an_error() -> None:
    with pytest.raises(ValueError, match="mode"):
        find_dates("in 1990", mode="story")


def test_vague_present_words_in_a_narrative() -> None:
    text = "The fort was finished in 1806. It soon burned. Even today, visitors find its stones."
    vals = values(text)
    assert ("today", "PRESENT_REF") in vals
    assert all(t != "soon" for t, _ in vals)
    assert ("soon", "FUTURE_REF") in values(text, relative_to=dt.date(2020, 1, 1))


@pytest.mark.parametrize("text,expected", [
    ("The city fell in 480 BC.", [("480 BC", "BC0480")]),
    ("In B.C. 471 the law was passed.", [("B.C. 471", "BC0471")]),
    ("He died in AD 23.", [("AD 23", "0023")]),
    ("Pericles (c. 495 – 429 BC) led the city.", [("c. 495", "BC0495"), ("429 BC", "BC0429")]),
    ("The war lasted from 264–241 BCE.", [("264", "BC0264"), ("241 BCE", "BC0241")]),
    ("The Han (206 BCE – 220 CE) followed.", [("206 BCE", "BC0206"), ("220 CE", "0220")]),
    ("It was built in the 5th century BC.", [("the 5th century BC", "BC04")]),
    ("Athens rose at the beginning of the sixth century BC.", [("the beginning of the sixth century BC", "BC05")]),
])
def test_years_and_centuries_before_the_common_era(text: str, expected: list) -> None:
    assert values(text) == expected


def test_precision_of_bc_values() -> None:
    ms = find_dates("Rome was founded in 753 BC, in the 8th century BC.")
    assert [m.precision for m in ms] == ["year", "century"]


@pytest.mark.parametrize("text,expected", [
    ("The offensive ran from 15 to 22 February 1945.", [("15", "1945-02-15"), ("22 February 1945", "1945-02-22")]),
    ("The coup lasted 19–21 August 1991.", [("19", "1991-08-19"), ("21 August 1991", "1991-08-21")]),
    ("The fair opened in 1851. It was held between 6 and 8 June.", [("1851", "1851"), ("6", "1851-06-06"),
                                                                     ("8 June", "1851-06-08")]),
])
def test_ranges_keep_their_first_day(text: str, expected: list) -> None:
    assert values(text) == expected


def test_early_month_with_year_is_one_mention() -> None:
    m, = find_dates("It began in early December 1991.", relative_to=dt.date(2022, 3, 1))
    assert (m.text, m.value, m.mod) == ("early December 1991", "1991-12", "START")


def test_decades() -> None:
    text = "In 1961 he moved to Paris; the '60s were kind to him, as the 1940s had not been."
    assert values(text) == [("1961", "1961"), ("the '60s", "196"), ("the 1940s", "194")]


def test_life_span_in_a_narrative() -> None:
    assert values("Henry Thoreau (1817–1862) wrote it.") == [("1817", "1817"), ("1862", "1862")]


def test_decimal_durations_keep_their_unit() -> None:
    assert values("Its orbit took 93.4 min, and it flew for 6.6 years.") == [("93.4 min", "PT93.4M"),
                                                                             ("6.6 years", "P6.6Y")]


def test_weekday_next_year_and_decade_in_a_story() -> None:
    text = ("The siege began on 3 May 1645. On Friday the walls were breached. The next year the town rebuilt them; "
            "by the end of the decade it was rich.")
    ms = by_text(text)
    assert ms["Friday"].value == "1645-05-05" and ms["Friday"].anchor == "mention"
    assert ms["The next year"].value == "1646"
    assert (ms["the end of the decade"].value, ms["the end of the decade"].mod) == ("164", "END")
    assert by_text("On Friday the walls were breached.")["Friday"].value == "XXXX-WXX-5"


def test_short_years_in_an_ancient_story() -> None:
    text = "The kings were expelled in 509 BC. The plebeians seceded about 494, and in 471 the law was passed."
    assert values(text) == [("509 BC", "BC0509"), ("about 494", "BC0494"), ("471", "BC0471")]
    # a count is no year, and a modern story has no three-digit years
    assert values("In 1609 there were about 500 residents; in 300 cases they starved.") == [("1609", "1609")]


def test_circa_years() -> None:
    m, = find_dates("The chapel was built c. 1450.")
    assert (m.text, m.value, m.mod) == ("c. 1450", "1450", "APPROX")


def test_now_of_the_writer_and_of_the_story() -> None:
    text = "The fort was built in 1805. Blood now flowed. The site is now protected as a park (now a museum)."
    assert [m.value for m in find_dates(text) if m.text == "now"] == ["PRESENT_REF", "PRESENT_REF"]


def test_a_range_shares_its_year_in_a_story() -> None:
    text = "In 1848 gold was found. The fire burned from Sunday, October 8, to early Tuesday, October 10, 1871."
    ms = by_text(text)
    assert ms["Sunday, October 8"].value == "1871-10-08"


def test_clock_time_before_a_day_month_and_the_end_of_the_year() -> None:
    text = "At 4:30 a.m. on 12 April 1861 the guns opened fire. By the end of the year the war had spread."
    ms = by_text(text)
    assert ms["4:30 a.m."].value == "1861-04-12T04:30"
    assert (ms["the end of the year"].value, ms["the end of the year"].mod) == ("1861", "END")


def test_relative_years_in_a_story_told_before_the_common_era() -> None:
    text = ("In 334 BC he invaded Persia. The following year he defeated Darius. Three years later he founded a city; "
            "he died three days after a feast.")
    vals = values(text)
    assert ("The following year", "BC0333") in vals and ("Three years later", "BC0330") in vals
    assert ("three days", "P3D") in vals
    assert values("In 2 BC he was born. Three years later he moved.")[1] == ("Three years later", "0002")


# a dateless report that goes back in passing to an earlier year, then on with its own (a league, a hospital)
BACKGROUND_LEAGUE = ("The 2014 season may be remembered as the league's best.\n\n"
                     "Crowds grew in March 2014 and again over the summer. In October 2013, the owners had voted to "
                     "expand. Last month, the league announced a new sponsor.\n\n"
                     "In June, the commissioner signed a television deal.")
BACKGROUND_HOSPITAL = ("Admissions at St Anne's rose in 2016.\n\n"
                       "Waiting times fell in April 2016. The board approved the new wing in May 2015.\n\n"
                       "In September, the trust opened two more wards.")


def test_a_paragraph_after_background_returns_to_the_storys_year() -> None:
    assert by_text(BACKGROUND_LEAGUE)["June"].value == "2014-06"
    assert by_text(BACKGROUND_HOSPITAL)["September"].value == "2016-09"


def test_last_month_does_not_count_from_background() -> None:
    # not September 2013: the month of writing, which the text does not give
    assert by_text(BACKGROUND_LEAGUE)["Last month"].value == "XXXX-XX"


def test_a_paragraph_that_opens_on_an_earlier_year_starts_that_part_of_the_story() -> None:
    # near miss: a section (or its heading) that opens in the earlier year goes on in it
    text = ("The bridge opened in 1932.\n\nIn May 1930, the engineers sank the first pier.\n\n"
            "In June, the second pier followed.")
    assert by_text(text)["June"].value == "1930-06"
    text = "The club won the cup in 1999.\n\n1997\n\nIn June the club was sold."
    assert by_text(text)["June"].value == "1997-06"
    # and a month right after the background, in its paragraph, stays in the background's year
    text = "Sales rose in March 2014. In October 2013, the firm was sold. In November, its chief resigned."
    assert by_text(text)["November"].value == "2013-11"


def test_a_future_this_year_in_a_dateless_text_is_the_writers_year() -> None:
    text = "The clinic opened in May 2012. The trust expects to repay the loan this year."
    assert by_text(text)["this year"].value == "XXXX"
    # near miss: a past clause counts from the story's year
    text = "The clinic opened in May 2012. Its founder had left the town last year."
    assert by_text(text)["last year"].value == "2011"


@pytest.mark.parametrize("text, value", [
    # a year-end report without a date: written after the year it says ended
    ("Ticket sales rose in 2014.\n\nAs 2014 ended, the league signed a new sponsor. Last month, the owners met.",
     "2014-12"),
    ("The hospital treated more patients in 2019 than ever. 2019 came to an end with a new wing. "
     "Last month, the trust hired 40 nurses.", "2019-12"),
])
def test_last_month_in_a_text_that_says_a_year_ended_is_that_years_last(text: str, value: str) -> None:
    assert by_text(text)["Last month"].value == value


def test_a_fiscal_year_ended_or_a_plan_gives_no_time_of_writing() -> None:
    # near misses: a fiscal year ends in any month; a plan "this year" is not dated by the guess
    text = "Ticket sales rose in 2014.\n\nAs fiscal 2014 ended, the league signed a sponsor. Last month, the owners met."
    assert by_text(text)["Last month"].value == "XXXX-XX"
    text = "Ticket sales rose in 2014.\n\nAs 2014 ended, the league signed a sponsor. It expects to add a team this year."
    assert by_text(text)["this year"].value == "XXXX"


def test_a_day_the_story_year_lacks_keeps_its_year_open():
    from timeline.dates import find_dates as _find

    out = {m.text: m.value for m in _find("In 2021 the board met on February 29 and resigned on Monday.",
                                          relative_to=None)}
    assert out["February 29"] == "XXXX-02-29"
    out = {m.text: m.value for m in _find("In 2022 the board met on February 30 and resigned on Monday.",
                                          relative_to=None)}
    assert out["February 30"] == "XXXX-02-30"
