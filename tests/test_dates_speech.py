"""Relative days in remarks, letters and statements a page dates itself count from that day, not from the day the
page was posted (issue 14, round 10: speaking days)."""

from __future__ import annotations

import datetime as dt

from timeline.dates import find_dates


def _mention(text: str, surface: str, dct: dt.date, **kw):
    return next(m for m in find_dates(text, relative_to=dct, **kw) if m.text == surface)


def _value(text: str, surface: str, dct: dt.date, **kw) -> str:
    return _mention(text, surface, dct, **kw).value


def test_remarks_under_their_own_date_line_with_a_clock_time():
    text = ("Club statement on the transfer window\n"
            "The club has made no signing and asks fans to wait for official news.\n"
            "March 4, 2019, 6:30 p.m. GMT\n"
            "Remarks of the head coach at the press conference\n"
            "Yesterday at this time, we were still on the team bus. This morning the players trained at the stadium.\n")
    assert _value(text, "Yesterday", dt.date(2019, 3, 6)) == "2019-03-03"
    m = _mention(text, "This morning", dt.date(2019, 3, 6))
    assert m.value.startswith("2019-03-04") and m.anchor == "mention"


def test_a_letter_dated_inside_a_release():
    text = ("WASHINGTON - The senator asked the regulator to explain the outage.\n\n"
            "Tuesday, June 11, 2024\n\n"
            "Dear Chair Roe:\n\n"
            "I write about the blackout of yesterday, which left thousands of homes without power.\n")
    assert _value(text, "yesterday", dt.date(2024, 6, 14)) == "2024-06-10"


def test_a_transcript_header_dates_the_transcript():
    text = ("Transcript of remarks by the lead scientist on the probe's landing, at the control centre on "
            "November 12, 2014:\n\n"
            "Good evening. Tonight the lander touched down on the comet. Tomorrow we will know more.\n")
    assert _value(text, "Tonight", dt.date(2014, 11, 14)).startswith("2014-11-12")
    assert _value(text, "Tomorrow", dt.date(2014, 11, 14)) == "2014-11-13"


def test_a_quoted_address_then_the_page_own_news():
    text = ("The governor spoke about the floods on August 3, 2021. She said:\n\n"
            "\"Good evening. Tonight the river crested in the capital.\n\n"
            "\"We will rebuild.\"\n\n"
            "Today, the agency opened three more shelters.\n")
    dct = dt.date(2021, 8, 5)
    assert _value(text, "Tonight", dct).startswith("2021-08-03")
    assert _value(text, "Today", dct) == "2021-08-05"  # the page's own news, after the quotation


def test_a_date_line_in_a_skipped_span_still_dates_the_text():
    text = "Posted by the editors\nMay 2, 2017\nThe court ruled yesterday that the merger may go ahead.\n"
    start = text.index("May 2")
    m = _mention(text, "yesterday", dt.date(2017, 5, 8), skip=[(start, start + len("May 2, 2017"))])
    assert m.value == "2017-05-01"


def test_near_miss_an_inline_old_statement_in_todays_news():
    # the quotation is inside a news sentence: the page's news counts from its own date
    text = ("On May 3, 2019, the minister said: \"Today we open the bridge.\" Today, the bridge closed again after "
            "cracks were found.\n")
    found = [m for m in find_dates(text, relative_to=dt.date(2019, 6, 10)) if m.text == "Today"]
    assert found[-1].value == "2019-06-10" and found[-1].anchor == "publication"


def test_near_miss_stamps_and_later_dates_do_not_move_the_day():
    dct = dt.date(2021, 8, 10)
    stamped = "Release Date: August 2, 2021\nToday the agency extended the deadline.\n"  # a labelled stamp
    assert _value(stamped, "Today", dct) == "2021-08-10"
    later = "August 20, 2021\nToday the agency extended the deadline.\n"  # after the publication date: an update stamp
    assert _value(later, "Today", dct) == "2021-08-10"
    figures = "8/2/2021\nToday the agency extended the deadline.\n"
    assert _value(figures, "Today", dct) == "2021-08-10"


def test_near_miss_a_header_without_speech():
    text = "The figures below were collected on January 9, 2020:\n\nToday's count stands at 4,000 cases.\n"
    assert _value(text, "Today", dt.date(2020, 1, 12)) == "2020-01-12"


def _records(text: str, published: dt.date):
    from pathlib import Path

    from timeline.articles import Article, find_regions
    from timeline.extract import extract_article

    art = Article(id="t", path=Path("t.txt"), text=text, title="", published=published, regions=find_regions(text))
    return extract_article(art)


def test_undated_news_under_a_date_line_takes_its_day():
    text = ("Storm update\n\n"
            "October 2, 2018, 4:00 p.m. EDT\n\n"
            "Remarks of the county emergency manager at the evening briefing\n\n"
            "More than 2,000 residents have been evacuated from the valley. "
            "Crews will work through the night to clear the roads.\n")
    recs = [r for r in _records(text, dt.date(2018, 10, 4)) if "evacuated" in r["quote"]]
    assert recs and all(r["date"] == "2018-10-02" for r in recs)


def test_near_miss_undated_news_of_the_page_itself():
    text = ("Lab news\n\n"
            "The institute's director spoke to staff on June 1, 2020.\n\n"
            "Three new telescopes have been installed at the summit observatory.\n")
    recs = [r for r in _records(text, dt.date(2020, 6, 5)) if "telescopes" in r["quote"]]
    assert recs and all(r["date"] == "2020-06-05" for r in recs)


def test_a_quotation_said_on_an_earlier_weekday():
    text = ("“We opened the bridge today and will close the old one tomorrow,” the minister said Monday. "
            "Today, traffic on the new bridge is light.")
    dct = dt.date(2019, 6, 12)  # a Wednesday
    assert _value(text, "today", dct) == "2019-06-10"
    assert _value(text, "tomorrow", dct) == "2019-06-11"
    assert _value(text, "Today", dct) == "2019-06-12"  # the page's own news, outside the quotation


def test_a_statement_said_on_an_earlier_weekday_in_sport():
    text = ("\"The striker had surgery this morning and will miss the rest of the season,\" the club said in a "
            "statement on Friday.")
    m = _mention(text, "this morning", dt.date(2022, 3, 6))  # a Sunday
    assert m.value.startswith("2022-03-04") and m.anchor == "mention"


def test_near_miss_quotations_said_today_or_without_a_day():
    same = "“The rate rises today,” the governor said Tuesday."
    assert _value(same, "today", dt.date(2023, 5, 2)) == "2023-05-02"  # said on the publication day
    undated = "“The rate rises today,” the governor said. Tuesday's vote was close."
    assert _value(undated, "today", dt.date(2023, 5, 4)) == "2023-05-04"


# Pages of several dated items (round 23): an index of releases, a live page's updates.

_INDEX = ("Newsroom\n\n"
          "The harbour board today opened its new terminal to the public.\n\n"
          "Thursday, 12 March 2020 16:05\n\n"
          "Board Appoints Chief Engineer\n\n"
          "PORT TOWN - The harbour board today named a chief engineer. Yesterday the board met in closed session.\n\n"
          "Monday, 9 March 2020 09:30\n\n"
          "Board Publishes Tide Tables\n\n"
          "PORT TOWN - The harbour board today published the tide tables for the spring.\n\n"
          "Page 3 of 40\n")


def test_an_index_without_a_publication_date_dates_each_item_by_its_line():
    found = find_dates(_INDEX, relative_to=None)
    values = [(m.text, m.value, m.start) for m in found if m.text.lower() in ("today", "yesterday")]
    first, named, met, published = values
    assert first[1] == "PRESENT_REF"  # above the first item's line: nothing dates it
    assert (named[1], met[1], published[1]) == ("2020-03-12", "2020-03-11", "2020-03-09")


def test_a_single_date_line_on_an_undated_page_makes_no_section():
    text = "Thursday, 12 March 2020 16:05\n\nThe harbour board today named a chief engineer.\n"
    assert next(m for m in find_dates(text, relative_to=None) if m.text == "today").value == "PRESENT_REF"


def test_a_page_update_under_a_later_date_line_dates_its_own_news():
    text = ("Flood updates from the county\n\nMay 3, 2021\n\nCrews opened two shelters today in the valley.\n\n"
            "May 6, 2021\n\nThe county reopened the bridge today after the water receded.\n")
    dct = dt.date(2021, 5, 3)
    values = [m.value for m in find_dates(text, relative_to=dct) if m.text == "today"]
    assert values == ["2021-05-03", "2021-05-06"]


def test_a_capture_stamp_over_a_dated_page_dates_nothing():
    text = ("Tuesday, June 8, 2021\n\nCouncil news\n\nMonday, June 7, 2021\n\n"
            "The council approved the budget today.\n")
    assert _value(text, "today", dt.date(2021, 6, 7)) == "2021-06-07"


def test_a_same_day_line_ends_the_section_of_an_earlier_item():
    text = ("Releases\n\nMay 1, 2021\n\nThe port closed its north gate today.\n\n"
            "May 3, 2021\n\nThe port reopened the north gate today.\n")
    values = [m.value for m in find_dates(text, relative_to=dt.date(2021, 5, 3)) if m.text == "today"]
    assert values == ["2021-05-01", "2021-05-03"]


def test_dated_paragraphs_of_a_digest_count_from_their_own_dates():
    text = ("Agency news digest\n\n"
            "May 3, 2021 – The agency opened two shelters in the valley today.\n\n"
            "May 5, 2021 – The county reopened the bridge yesterday after the water receded.\n")
    for dct in (dt.date(2021, 5, 6), None):
        got = {m.text: m.value for m in find_dates(text, relative_to=dct)}
        assert (got["today"], got["yesterday"]) == ("2021-05-03", "2021-05-04")


def test_a_dated_paragraph_of_the_publication_day_changes_nothing():
    text = "May 5, 2021 – The county reopened the bridge yesterday after the water receded.\n"
    assert _value(text, "yesterday", dt.date(2021, 5, 5)) == "2021-05-04"


def test_a_capture_stamp_over_a_page_dated_at_its_foot_dates_nothing():
    text = ("Saturday, October 18, 2014\n\nOrder on the harbour\n\nThe order was amended yesterday by the council.\n\n"
            "April 4, 2003\n\nBy the authority vested in me, I order as follows.\n")
    assert _value(text, "yesterday", dt.date(2003, 4, 4)) == "2003-04-03"
