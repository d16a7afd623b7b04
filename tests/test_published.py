"""Publication dates as scraped pages print them: one small synthetic page per form."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.published import (
    above_story,
    agency_dateline,
    date_from_url,
    find_date_lines,
    find_published,
    filing_stamp_line,
    flattened_date,
    folder_dayfirst,
    footer_date_line,
    header_end,
    headline_date,
    headline_iso_date,
    is_date_line,
    later_in_story,
    lone_date_line,
    markup_date_lines,
    occasion_date,
    parse_date,
    printed_dates,
    record_breaks,
    writing_day,
)

HEADLINE = "Acme board adopts poison pill to fend off bid"
BODY = (
    "The board of Acme Corp adopted a shareholder rights plan after a rival bought a large stake, "
    "the company said in a statement that gave few other details about the plan or the bid."
)


def page(*header: str, body: str = BODY) -> str:
    return "\n".join(header) + "\n\n" + body + "\n"


# (header lines, expected date, the printed text it was read from)
FORMS = {
    "page header": ((" date 2022-04-04", HEADLINE), dt.date(2022, 4, 4), "date 2022-04-04"),
    "page header + section": (("date 2022-04-04 US Markets", HEADLINE), dt.date(2022, 4, 4), "date 2022-04-04 US Markets"),
    "dotted under headline": ((HEADLINE, "13.05.2022"), dt.date(2022, 5, 13), "13.05.2022"),
    "time zone first": (("13:05 JST, August 30, 2022", HEADLINE), dt.date(2022, 8, 30), "13:05 JST, August 30, 2022"),
    "parenthesised": ((HEADLINE, "(July 19, 2022, 1:08 PM EDT)"), dt.date(2022, 7, 19), "(July 19, 2022, 1:08 PM EDT)"),
    "update stamp only": (
        (HEADLINE, "UPDATE (Aug. 30, 2022 11:07 UTC)"), dt.date(2022, 8, 30), "UPDATE (Aug. 30, 2022 11:07 UTC)"
    ),
    "weekday": ((HEADLINE, "Monday, April 4, 2022"), dt.date(2022, 4, 4), "Monday, April 4, 2022"),
    "day month, year time": (("icons here", "4 Feb, 2022 15:36", HEADLINE), dt.date(2022, 2, 4), "4 Feb, 2022 15:36"),
    "month day, year": ((HEADLINE, "February 4, 2022"), dt.date(2022, 2, 4), "February 4, 2022"),
    "created at": (
        (HEADLINE, "By Some Site | Created at 2024-10-29 18:21:54 | 4 months ago"),
        dt.date(2024, 10, 29),
        "Created at 2024-10-29 18:21:54",
    ),
    "published": ((HEADLINE, "Published: Jan. 5, 2022 at 3:36 PM"), dt.date(2022, 1, 5), "Published: Jan. 5, 2022 at 3:36 PM"),
    "posted on": ((HEADLINE, "Posted on April 4, 2022 by Jane Doe"), dt.date(2022, 4, 4), "Posted on April 4, 2022 by Jane Doe"),
    "iso timestamp": ((HEADLINE, "2022-04-04T10:22:00Z"), dt.date(2022, 4, 4), "2022-04-04T10:22:00Z"),
    "german": ((HEADLINE, "Montag, 13. Mai 2022"), dt.date(2022, 5, 13), "Montag, 13. Mai 2022"),
    "spanish": ((HEADLINE, "4 de abril de 2022"), dt.date(2022, 4, 4), "4 de abril de 2022"),
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_printed_forms(name):
    header, date, printed = FORMS[name]
    text = page(*header)
    found = find_published(text)
    assert (found.date, found.source) == (date, "printed")
    assert found.printed.text == printed
    assert text[found.printed.start : found.printed.end] == printed
    assert found.note.startswith(f"printed: {printed!r} at line ")


def test_update_stamp_is_a_last_resort():
    assert "only an update stamp" in find_published(page(HEADLINE, "UPDATE (Aug. 30, 2022 11:07 UTC)")).note


def test_published_preferred_over_updated_and_both_recorded():
    found = find_published(page(HEADLINE, "Updated April 6, 2022", "Published April 4, 2022"))
    assert found.date == dt.date(2022, 4, 4)
    assert found.updated is not None and found.updated.date == dt.date(2022, 4, 6)
    assert found.note.endswith("; updated 2022-04-06: 'Updated April 6, 2022' at line 2")
    assert [ln.kind for ln in found.evidence] == ["updated", "published"]
    one_line = find_published(page(HEADLINE, "Published April 4, 2022 Updated April 5, 2022"))
    assert one_line.date == dt.date(2022, 4, 4) and one_line.updated.date == dt.date(2022, 4, 5)


def test_last_modified_anywhere():
    found = find_published(page(HEADLINE, body=BODY + "\nLast modified on 5 April 2022"))
    assert found.date == dt.date(2022, 4, 5) and found.printed.kind == "updated"


def test_agency_datelines():
    reuters = page(HEADLINE, body="April 4 (Reuters) - " + BODY + " It first reported on March 28, 2022.")
    found = find_published(reuters)
    assert found.date == dt.date(2022, 4, 4)
    assert found.printed.text == "April 4 (Reuters) -"
    assert "year from the printed date 2022-03-28" in found.note
    ap = find_published(page(HEADLINE, body="WASHINGTON, Oct. 3, 2022 (AP) — " + BODY))
    assert ap.date == dt.date(2022, 10, 3) and ap.printed.text.startswith("WASHINGTON, Oct. 3")
    wire = find_published(page(HEADLINE, body="NEW YORK, April 4, 2022 /PRNewswire/ -- " + BODY))
    assert wire.date == dt.date(2022, 4, 4)


def test_dateline_without_year_stays_unknown():
    """No other printed date: the year is unknown, never the current one."""
    found = find_published(page(HEADLINE, body="April 4 (Reuters) - " + BODY))
    assert found.date is None and found.source is None


def test_story_date_is_not_the_publication_date():
    body = "On April 4, 2022, the board of Acme Corp adopted a rights plan after a rival bought a stake, " + BODY
    assert find_published(page(HEADLINE, body=body)).date is None
    # a plain date line after the story's first paragraphs is part of the story (a list, a chronicle)
    assert find_published(page(HEADLINE, body=BODY + "\n\n" + BODY + "\n\nApril 4, 2022\n\nMore.")).date is None


def test_numeric_dates_by_locale():
    slash = page(HEADLINE, "4/9/2022")
    assert find_published(slash).date == dt.date(2022, 4, 9)
    assert find_published(slash, dayfirst=True).date == dt.date(2022, 9, 4)
    assert find_published(page(HEADLINE, "13.05.2022"), dayfirst=False).date == dt.date(2022, 5, 13)  # unambiguous
    assert find_published(page(HEADLINE, "04.05.2022")).date == dt.date(2022, 5, 4)
    assert find_published(page(HEADLINE, "04.05.2022"), dayfirst=False).date == dt.date(2022, 4, 5)
    # the page says so: an unambiguous 25/12/2021 elsewhere makes its slashed dates day-first
    found = find_published(page(HEADLINE, "4/9/2022", body=BODY + " Filed 25/12/2021."))
    assert found.dayfirst is True and found.date == dt.date(2022, 9, 4)
    assert "(day-first)" in found.note


def test_url_evidence():
    assert date_from_url("https://example.com/news/2022/06/10/deal-ends/") == dt.date(2022, 6, 10)
    assert date_from_url("https://example.com/business/20220415/acme") == dt.date(2022, 4, 15)
    assert date_from_url("https://example.com/acme-2022-06-10.html") == dt.date(2022, 6, 10)
    assert date_from_url("https://example.com/2022/13/45/x") is None
    assert date_from_url("https://example.com/story?id=20221399") is None
    found = find_published(page(HEADLINE), url="https://example.com/2022/06/10/acme")
    assert (found.date, found.source, found.note) == (dt.date(2022, 6, 10), "url", "url: https://example.com/2022/06/10/acme")
    agree = find_published(page(HEADLINE, "June 10, 2022"), url="https://example.com/2022/06/10/acme")
    assert agree.source == "printed" and agree.note.endswith("the url agrees")
    disagree = find_published(page(HEADLINE, "July 9, 2022"), url="https://example.com/2022/06/10/acme")
    assert disagree.source == "url" and disagree.date == dt.date(2022, 6, 10)


def test_nothing_printed_gives_none():
    found = find_published(page(HEADLINE))
    assert found.date is None and found.printed is None and found.note == ""


def test_date_line_shape():
    assert is_date_line("date 2022-04-04 US Markets")
    assert is_date_line("By Jane Doe | April 4, 2022 | 3 min read")
    assert not is_date_line("Acme results for the quarter to April 4, 2022 beat all forecasts")
    assert not is_date_line("On April 4, 2022, the board met.")
    assert not is_date_line("April 4, 2022 - April 9, 2022")  # a range, not a stamp


def test_agency_dateline_match():
    m = agency_dateline("WASHINGTON, Oct. 3 (AP) — The court ruled.")
    assert m.group(0) == "WASHINGTON, Oct. 3 (AP) — " and m.group("date") == "Oct. 3"
    assert agency_dateline("LONDON (Reuters) - No date here.") is None
    assert agency_dateline("Smith said (quietly) - nothing.") is None


def test_parse_date():
    assert parse_date("4 Feb, 2022 15:36") == dt.date(2022, 2, 4)
    assert parse_date("4 апреля 2022 г.") == dt.date(2022, 4, 4)
    assert parse_date("2022-02-30") is None
    assert parse_date("Section 4, 2022") is None


def test_header_ends_at_first_paragraph():
    lines = ["Menu", "Headline", BODY, "April 4, 2022"]
    assert header_end(lines) == 3
    many = [f"line {i}" for i in range(40)]
    assert header_end(many) == 15
    assert header_end(many, chrome=frozenset(f"line {i}" for i in range(10))) == 25
    assert [ln.kind for ln in find_date_lines("\n".join(lines[:3] + [BODY] + lines[3:]))] == []


def test_later_in_story():
    text = "The vote was held on April 9, 2022, and the deal closed. It will end on May 1, 2022."
    later = later_in_story(text, dt.date(2022, 4, 4), [(0, len(text))])
    assert later.date == dt.date(2022, 4, 9)
    future = "The vote is scheduled for April 9, 2022. It will end on May 1, 2022."
    assert later_in_story(future, dt.date(2022, 4, 4), [(0, len(future))]) is None
    said = "The offer expires on May 1, 2022, the company said. Acme shares closed higher on Monday."
    assert later_in_story(said, dt.date(2022, 4, 4), [(0, len(said))]) is None


def test_header_with_a_standfirst_and_a_glued_time():
    """A summary paragraph under the headline is part of the header; a time glued to the year is still read."""
    guardian = page(HEADLINE, BODY, "Jane Doe in New York", "Mon 4 Apr 2022 10.02 BST",
                    "Last modified on Tue 5 Apr 2022 12.30 EDT", body=BODY + "\n" + BODY)
    found = find_published(guardian)
    assert found.date == dt.date(2022, 4, 4) and found.updated.date == dt.date(2022, 4, 5)
    assert find_published(page(HEADLINE, "April 4, 20225:52 PM UTCUpdated 2 hours ago")).date == dt.date(2022, 4, 4)
    # after two paragraphs of story a date line is part of the story
    assert find_published(page(HEADLINE, BODY, BODY, "April 4, 2022")).date is None
    assert header_end([HEADLINE, BODY, "By Jane Doe", BODY, BODY], standfirst=True) == 4
    assert header_end([HEADLINE, BODY, "By Jane Doe", BODY, BODY]) == 2


@pytest.mark.parametrize("stamp, release, body", [
    # a PDF print date over a business release
    ("5/13/2020", "7/27/2009", BODY),
    # an archive's print date over a science agency's release
    ("03/02/2021", "11/04/2012",
     "The telescope team reported a new comet on Sunday, the agency said, the third found by the survey."),
])
def test_a_stamp_years_after_the_page_yields_to_its_other_date_line(stamp, release, body):
    found = find_published(page("The full text was extracted from the file.", stamp, "", HEADLINE, release,
                                body=body))
    assert found.date == parse_date(release)
    assert "years after every year the story prints" in found.note


def test_an_update_stamp_years_after_every_year_of_the_story_is_doubtful():
    body = "The court approved the settlement of the 2010 spill claims on Thursday, the department said."
    found = find_published(page(HEADLINE, "Updated February 5, 2025", body=body))
    assert found.date is None and found.note.startswith("doubtful: the only stamp")
    # near-misses: an update a year on, a labelled publication stamp, a lone header date over an old story's recall
    assert find_published(page(HEADLINE, "Updated February 5, 2011", body=body)).date == dt.date(2011, 2, 5)
    assert find_published(page(HEADLINE, "Published: May 13, 2020", body=body)).date == dt.date(2020, 5, 13)
    recall = "Ten years on, the 2010 spill still shapes the coast, fishermen said at a memorial on Monday."
    assert find_published(page(HEADLINE, "May 13, 2020", body=recall)).date == dt.date(2020, 5, 13)


def test_issue_line_of_a_periodical_dates_the_page():
    """A periodical's or an official journal's issue line ('Volume 12, Number 3 (Monday, May 4, 2020)') prints the
    issue's date: the page's printed date (a legislature's journal, a science bulletin)."""
    journal = ("[State Legislative Journal Volume 41, Number 77 (Tuesday, March 3, 2020)]\n[Assembly]\n\n"
               "The SPEAKER. The clerk will read the bill by title.\n")
    found = find_published(journal)
    assert (found.date, found.source) == (dt.date(2020, 3, 3), "printed")
    bulletin = "Marine Science Bulletin, Vol. 7, No. 2, May 4, 2019\n\nThe survey counted more reef fish than in 2018.\n"
    assert find_published(bulletin).date == dt.date(2019, 5, 4)
    assert is_date_line("Volume 12, Number 3 (Monday, May 4, 2020)")


def test_issue_words_do_not_make_a_sentence_a_date_line():
    """Near-miss: a sentence that names a volume or a number near a date stays a sentence."""
    assert not is_date_line("The number of cases rose sharply by May 4, 2020, officials said.")
    assert not is_date_line("Volume of trading was heavy on March 3, 2020 as markets fell.")


def test_release_dateline_with_full_date_dates_the_page():
    """A release's dateline holds the place and the full date, with no agency (science, sport, business)."""
    science = ("Probe reaches the comet\n\nPASADENA, Calif., Nov. 12, 2014 – The lander touched down on the comet's "
               "surface after a seven-hour descent, mission controllers said.\n")
    found = find_published(science)
    assert (found.date, found.source) == (dt.date(2014, 11, 12), "printed")
    assert found.printed.text.startswith("PASADENA")
    sport = ("Harbour City (March 3, 2019) - The Hawks signed a new goalkeeper on a three-year contract, the club "
             "announced.\n")
    assert find_published(sport).date == dt.date(2019, 3, 3)
    assert agency_dateline("Washington, September 20, 2013 - Today the board approved the merger.") is not None


def test_dateline_without_year_or_dash_is_not_a_release_dateline():
    """Near-miss: a dateline without its year and without an agency, or a lede that opens on a place and a date with
    no dash, gives no printed date."""
    assert agency_dateline("HOUSTON, May 4 – The team signed a new coach.") is None
    assert agency_dateline("Paris, May 4, 2021 was a sunny day for the final.") is None
    text = "Court hears appeal\n\nIn Boston, May 4, 2021, the appeals court heard the case of the former treasurer.\n"
    assert find_published(text).date is None


def test_date_printed_without_spaces_dates_the_page():
    """'October 14,2008' and 'Jan.28,2016' (no space after the comma or the abbreviation's stop) are full dates:
    a court's release and a weather service's dateline."""
    court = "October 14,2008\n\nAppeals court upholds verdict\n\nThe appeals court upheld the verdict against the firm.\n"
    assert find_published(court).date == dt.date(2008, 10, 14)
    weather = "DENVER, COLO., Jan.28,2016 -- The weather service warned of heavy snow across the plains.\n"
    assert find_published(weather).date == dt.date(2016, 1, 28)
    assert parse_date("Jan.28,2016") == dt.date(2016, 1, 28)


def test_figures_after_a_month_are_no_date():
    """Near-miss: 'May 3,000' and 'May 12,5000' are figures after a month's name, not dates."""
    assert parse_date("In May 3,000 fans marched") is None
    assert parse_date("In May 12,5000 tonnes were shipped") is None


def test_republisher_note_dates_the_text_below():
    """A republisher's note ('The following release was originally posted by X on DATE') gives the date the text
    was first published (a science agency's release, a court's statement)."""
    science = ("Telescope sees first light\n\nThe following news release was originally posted by the National "
               "Space Agency on Oct. 8, 2015. We print it unchanged.\n\nThe new telescope recorded its first "
               "images of a distant galaxy, engineers said.\n")
    found = find_published(science)
    assert (found.date, found.source) == (dt.date(2015, 10, 8), "printed")
    court = ("The following statement was issued by the Supreme Court of the state on 3 March 2019.\n\n"
             "The court dismissed the appeal of the former mayor.\n")
    assert find_published(court).date == dt.date(2019, 3, 3)


def test_a_story_sentence_that_something_was_published_is_no_stamp():
    """Near-miss: a sentence of the story saying a study was published on a day is not the page's date."""
    text = ("Reef fish recover\n\nThe study, which was published by the journal on Oct. 8, 2015, counted more reef "
            "fish than any survey before it.\n")
    assert find_published(text).date is None


def test_date_closing_the_headline_line_dates_the_page():
    """A site's stamp closing the headline's line ('… - 2014-11-12', '…, 10-07-2014'): science and sport pages."""
    science = "News\n\nProbe Lands on Comet After Ten-Year Trip - 2014-11-12\n\nThe lander touched down on Wednesday.\n"
    assert find_published(science).date == dt.date(2014, 11, 12)
    sport = "Press call: coach answers questions on the new season, 10-07-2014\nCOACH: Good afternoon, everyone.\n"
    assert find_published(sport).date == dt.date(2014, 10, 7)
    assert headline_date("Probe Lands on Comet - 2014-11-12")[2] == dt.date(2014, 11, 12)


def test_photo_caption_date_after_a_comma_is_no_stamp():
    """Near-miss: a caption closing on a date in words after a comma ('…, Lyon, 14 Oct. 2010') and a sentence ending
    on a date are not the page's stamp."""
    assert headline_date("A climber waves from the summit of the peak near Lyon, France, 14 Oct. 2010") is None
    assert headline_date("The board met on Monday. The vote is set, May 4, 2020") is None
    assert headline_date("Vote - 2020-05-04") is None  # no headline before it: a date line, read as such elsewhere


@pytest.mark.parametrize("line, day", [
    ("(Harbour City, Ore., March 3, 2019) – The Hawks signed a new goalkeeper on a three-year contract.", 3),
    ("Harbour City, Ore. March 3, 2019 – The Hawks signed a new goalkeeper on a three-year contract.", 3),
    ("HARBOUR CITY, OR -- March 3, 2019 -- The Hawks signed a new goalkeeper on a three-year contract.", 3),
    ("HARBOUR CITY -- March 3, 2019: The Hawks signed a new goalkeeper on a three-year contract today.", 3),
    ("HARBOUR CITY, Oregon (Club News Service, March 3, 2019) -- The Hawks signed a new goalkeeper.", 3),
])
def test_release_dateline_shapes(line, day):
    """A release's dateline: the place in brackets with the date, before it after an abbreviation with no comma, or
    before a dash; an agency's name inside the date's brackets."""
    m = agency_dateline(line)
    assert m is not None and m.group("d") == str(day)
    assert find_published(f"Hawks sign goalkeeper\n\n{line}\n").date == dt.date(2019, 3, day)


def test_a_show_name_and_its_date_over_a_short_title_is_no_dateline():
    """Near-miss: 'SHOW — date: short title' is a headline carrying its date, not a dateline opening a story."""
    assert agency_dateline("CITY DESK — March 3, 2019: Hawks Sign Goalkeeper") is None


def test_story_dateline_below_an_archive_notice():
    """A header cut short by an archive notice that reads like a paragraph: the story's dateline further down, with its
    year printed, still dates the page; one without its year does not."""
    notice = ("This page is kept for reference only, and the information in it may no longer be current or apply to "
              "the programmes and services offered today.\n\n")
    body = ("Agency News\n\nShare\n\nHawks sign goalkeeper\n\nBy Lee Park\n\n{dl} – The Hawks signed a new goalkeeper "
            "on a three-year contract, the club announced on its website.\n")
    found = find_published(notice + body.format(dl="HARBOUR CITY, March 3, 2019"))
    assert found.date == dt.date(2019, 3, 3) and found.printed.kind == "dateline"
    assert find_published(notice + body.format(dl="HARBOUR CITY, March 3")).date is None


def test_release_label_and_a_c_library_stamp():
    """'Release Date:' labels the page's date anywhere; a mirrored page's C-library time stamp is a printed date."""
    text = ("Archived content\n\n" + "Some words of site furniture here. " * 8 + "\n\nHawks sign goalkeeper\n\n"
            "Release Date: March 3, 2019\n\nThe Hawks signed a new goalkeeper.\n")
    assert find_published(text).date == dt.date(2019, 3, 3)
    assert find_published("Hawks sign goalkeeper\nSun Mar 3 07:59:46 PST 2019\n\nThe Hawks signed.\n").date == \
        dt.date(2019, 3, 3)


def test_dated_opening_with_no_place():
    """'March 3, 2019 – The …' opening the story is its dateline when no other line opens so; a chronology's entries
    (several lines opening with a date and a dash) date nothing."""
    story = "Hawks sign goalkeeper\n\nMarch 3, 2019 – The Hawks signed a new goalkeeper on a three-year contract.\n"
    assert find_published(story).date == dt.date(2019, 3, 3)
    chronology = ("Key dates\n\nMarch 3, 2019 – The Hawks sign a new goalkeeper.\n"
                  "April 9, 2019 – The Hawks win the cup.\n")
    assert find_published(chronology).date is None


# --------------------------------------------------------------------------- round 22: page shapes the loader missed

GOALIE = "The Hawks signed a new goalkeeper on a three-year contract, the club announced on its website on the day."


def test_label_line_with_page_furniture():
    """'<Document kind>: <date>' under navigation lines, with 'Print this page' after it, is the page's date line; a
    situation report's 'as of 6 p.m.' stays a date line."""
    text = page("Skip navigation", "Text Size small medium large", "News Release: March 3, 2019 Print this page",
                "Docket No. 12", HEADLINE)
    found = find_published(text)
    assert found.date == dt.date(2019, 3, 3) and found.printed.kind == "published"
    assert find_published(page("Menu", "Notice: March 3, 2019 Share", HEADLINE)).date == dt.date(2019, 3, 3)
    assert find_published(page("Harbour Update", "March 3, 2019, as of 6 p.m. local time")).date == dt.date(2019, 3, 3)
    assert not is_date_line("On the board's agenda: March 3, 2019 was picked for the vote on the plan.")


def test_date_grammar_of_ordinals_commas_and_glued_bylines():
    """'3rd of March 2019', 'March, 3, 2019' and a byline glued to its date are dates; 'In March, 3 people …' is not."""
    assert parse_date("Harbour briefing – 3rd of March 2019") == dt.date(2019, 3, 3)
    assert parse_date("For release: March, 3, 2019") == dt.date(2019, 3, 3)
    assert printed_dates("By Lee ParkMarch 3, 2019") == [(11, 24, dt.date(2019, 3, 3))]
    assert printed_dates("In March, 3 people left the club, and in May, 2019 ended badly.") == []
    assert parse_date("2019-03-03来源") == dt.date(2019, 3, 3)


def test_table_columns_of_a_flattened_page():
    """Runs of spaces part a line's columns: an ISO date between a source name and a button is a date line."""
    text = page("Daily English", HEADLINE, "Source: Harbour Daily News Site    2019-03-03    Favorite   Share")
    assert find_published(text).date == dt.date(2019, 3, 3)


def test_json_record_and_archive_stamps():
    """A page saved as a JSON record: its escaped line breaks are lines, its 'Published' label beats the record's
    'created_at' and the 'Archived' stamp, which never date a page by themselves."""
    text = ('{\n\t"id": "x1",\n\t"created_at": "2026-04-10T03:20:04Z",\n\t"title": "Hawks sign goalkeeper",\n'
            '\t"text": "Hawks sign goalkeeper\\r\\nPublished: 2019-03-03 · Archived: 2026-04-10 02:31:54 UTC\\r\\n'
            + GOALIE + '"\n}\n')
    found = find_published(text)
    assert found.date == dt.date(2019, 3, 3) and found.updated is None
    assert find_published(page(HEADLINE, "Archived: April 10, 2026")).date is None
    assert record_breaks("Hawks\\nsign") == "Hawks\\nsign"  # not a record: unchanged


def test_reposted_text_takes_its_own_date():
    """A blog's date line above the dateline of the text it copies, two days earlier: the copied text's day."""
    text = page("Tuesday, March 5, 2019", HEADLINE, "By Lee Park", body="HARBOUR CITY, March 3, 2019 – " + GOALIE)
    found = find_published(text)
    assert found.date == dt.date(2019, 3, 3) and found.printed.kind == "dateline"
    listing = page("March 5, 2019", "Hawks win", "March 4, 2019", "Hawks lose", "March 3, 2019", HEADLINE)
    assert find_published(listing).date == dt.date(2019, 3, 5)
    item = "\n".join(["March 5, 2019", HEADLINE, "", BODY, "", "March 3, 2019", "Hawks lose", "", BODY])
    assert find_published(item).date == dt.date(2019, 3, 5)


def test_date_line_right_above_the_story_after_a_long_menu():
    """Twenty menu lines push the date line past the header's first lines; right above the story it still counts."""
    menu = [f"Menu item {i}" for i in range(20)]
    assert find_published(page(*menu, "March 3, 2019", HEADLINE)).date == dt.date(2019, 3, 3)
    assert list(above_story(["Menu"] * 20 + ["March 3, 2019", "Hawks", BODY])) == list(range(16, 23))


def test_padded_year_of_a_record_yields_to_the_day():
    """A record's '2019-01-01' (a volume's year as a day) yields to the page's own date line of that year."""
    text = ("<record>\n<bookDate>2019-01-01</bookDate>\n<volume>1</volume>\n<head>Statement on the harbour</head>\n"
            "<date>\nMarch 3, 2019</date>\n<para>\n" + GOALIE + "\n</para>\n</record>\n")
    assert find_published(text).date == dt.date(2019, 3, 3)
    assert find_published(page("2019-01-01", HEADLINE)).date == dt.date(2019, 1, 1)
    assert find_published(page("2019-03-01", HEADLINE, "March 20, 2019")).date == dt.date(2019, 3, 1)  # no record


def test_occasion_line_names_the_texts_day():
    """'Testimony of … on <date>' and 'delivered <date>, <place>' under a title date the text; a title mentioning a
    date does not."""
    text = page("Status of the harbour works", "Testimony of Lee Park to the Harbour Committee on March 3, 2019")
    assert find_published(text).date == dt.date(2019, 3, 3)
    text = page("Lee Park", "Remarks on the harbour", "delivered 3 March 2019, Town Hall, Harbour City")
    assert find_published(text).date == dt.date(2019, 3, 3)
    assert occasion_date("Remarks on the March 3, 2019 flood and what comes next for the town") is None
    assert occasion_date("Statement of the club. The vote is set for March 3, 2019") is None


def test_occasion_line_with_its_speaker_a_colon_or_a_file_link():
    """An occasion line may name its speaker in the possessive, end in a colon above the transcript, or carry a link
    to the same text as a file; a sentence about a speech, a caption and other links after the date do not count."""
    text = page("Text of the mayor's harbour speech", "Mayor Lee Park’s speech at the Harbour Hall, Friday, March 3, 2019:")
    assert find_published(text).date == dt.date(2019, 3, 3)
    text = page("Remarks at the Opening of the Harbour Bridge, Harbour City, March 3, 2019   [open pdf - 80KB]")
    assert find_published(text).date == dt.date(2019, 3, 3)
    assert occasion_date("Statement on the harbour works, March 3, 2019 (PDF, 120 KB)") is not None
    assert occasion_date("Mayor Lee Park’s speech on March 3, 2019 drew praise from the crowd") is None
    assert occasion_date("the mayor’s speech at the gala, March 3, 2019") is None  # no capitalised speaker
    assert occasion_date("Lee Park’s speech at the Harbour Hall, March 3, 2019 (video, 3 min)") is None
    assert occasion_date("Statement on the harbour works, March 3, 2019 [read more]") is None
    assert occasion_date("Remarks on the harbour, March 3, 2019: what the town must do next") is None


def test_header_date_wrapped_onto_two_lines():
    """A narrow column's date wrapped onto two header lines ('March 3,' over '2019', 'March' over '3, 2019') dates
    the page; a month over a year, a headline ending in a month, or a line with more than the date's part do not."""
    found = find_published(page("March 3,", "2019", HEADLINE))
    assert found.date == dt.date(2019, 3, 3) and found.printed.how == "wrapped onto two lines"
    assert find_published(page("Office of the Mayor", "March", "3, 2019", "STATEMENT", HEADLINE)).date == dt.date(
        2019, 3, 3)
    assert find_published(page("March", "2019", HEADLINE)).date is None  # a month, no day
    assert find_published(page("Hawks sign goalkeeper in March", "3, 2019", HEADLINE)).date is None
    assert find_published(page("March 3,", "2019 budget", HEADLINE)).date is None
    assert find_published(page("Volume 3,", "2019", HEADLINE)).date is None  # no month


def test_header_date_wrapped_with_its_weekday():
    """A wrapped date line may keep its weekday on the first line ('Sunday, March 3,' over '2019'): it dates the page
    when the weekday is the date's; a weekday the date does not fall on joins nothing."""
    found = find_published(page("Harbour City Bank Opens a Bridge Bank for", "Its Depositors", "Sunday, March 3,",
                                "2019", HEADLINE))
    assert found.date == dt.date(2019, 3, 3) and found.printed.how == "wrapped onto two lines"
    assert found.printed.text.startswith("Sunday")
    assert find_published(page("Monday, March 3,", "2019", HEADLINE)).date is None  # 3 March 2019 was a Sunday
    assert find_published(page("Sunday, March", "2019", HEADLINE)).date is None  # a month, no day


def test_expiry_label_never_dates_the_page():
    """A date labelled as the day something on the page runs out ('EXPIRES: …', 'Offer ends: …', 'Deadline: …') is
    no publication date: a page printing only that stays undated, and a page's own date line still dates it."""
    assert find_published(page("Deals of the week", "EXPIRES: March 31, 2021", HEADLINE)).date is None
    assert find_published(page("Offer ends: March 31, 2021", HEADLINE)).date is None
    assert find_published(page("Deadline: April 15, 2019", HEADLINE)).date is None
    found = find_published(page("Deadline: April 15, 2019", "Posted: March 3, 2019", HEADLINE))
    assert found.date == dt.date(2019, 3, 3)
    assert find_published(page("Released: March 3, 2019", HEADLINE)).date == dt.date(2019, 3, 3)  # near miss


def test_court_filing_stamp_dates_the_filing():
    """A court filing's page stamp ('Case … Document 12 Filed 03/03/19 Page 1 of 9') dates a page with no date line;
    a sentence saying a motion was filed, or a stamp without its page, does not."""
    stamp = "Case 2:18-cr-00077-XYZ Document 12 Filed 03/03/19 Page 1 of 9"
    found = find_published(page(stamp, "UNITED STATES DISTRICT COURT", HEADLINE))
    assert found.date == dt.date(2019, 3, 3) and found.printed.how == "a court filing's stamp"
    assert filing_stamp_line("Case 2:18-cv-00077 Doc. 12-1 Filed: 03/03/2019 Page: 2 of 9").date == dt.date(2019, 3, 3)
    assert filing_stamp_line("The motion was filed 03/03/19 in the case, Document 12 says.") is None
    assert filing_stamp_line("Case 2:18-cr-00077-XYZ Document 12 Filed 03/03/19") is None  # no page
    assert find_published(page("March 5, 2019", HEADLINE, stamp)).date == dt.date(2019, 3, 5)  # a date line first


def test_stamp_with_a_bracketed_note_after_its_date():
    """A stamp closing on a short note in brackets ('(final web update)') is still a date line; a sentence or a
    caption with such a note is not."""
    found = find_published(page("Outbreak of harbour fever", "Update for March 3, 2019 (final web update)", HEADLINE))
    assert found.date == dt.date(2019, 3, 3)
    assert is_date_line("Update for March 3, 2019 (final web update)")
    assert not is_date_line("He left on March 3, 2019 (the day after the vote)")
    assert not is_date_line("Lee Park at the rally, March 3, 2019 (Photo: Wire)")


def test_flattened_header_run_into_one_line():
    """A page that lost its line breaks: the first date of its first long line, after a capitalised word and before
    one, dates it when the header has no date line; a sentence's date or a photo caption's does not."""
    text = "Harbour Gazette Staff Report March 3, 2019 Hawks Sign Goalkeeper " + GOALIE + " " + BODY + "\n"
    found = find_published(text)
    assert found.date == dt.date(2019, 3, 3) and found.printed.how == "in a flattened header"
    assert flattened_date("Weekly Report 4 March 3, 2019 / Vol. 3 / No. 9 " + GOALIE + " " + BODY) is not None
    assert find_published("Hawks sign goalkeeper on March 3, 2019 after talks " + GOALIE + " " + BODY).date is None
    caption = "Lee Park arrives home in Harbour City, 3 March 2019 " + GOALIE + " " + BODY
    assert flattened_date(caption) is None
    assert find_published("Hawks sign goalkeeper\n\nMarch 5, 2019\n\n" + text).date == dt.date(2019, 3, 5)


def test_datelines_with_a_lost_dash_or_a_wire_in_brackets():
    """A dateline whose dash a wrong encoding turned into '?', or with a wire's name between dashes and a stop."""
    for line in ("HARBOUR CITY, March 3, 2019 ? ", "Harbour City–(WIRE)–March 3, 2019.  "):
        m = agency_dateline(line + GOALIE)
        assert m is not None and m.group("date").startswith("March 3")
    assert agency_dateline("Was it March 3, 2019 ? Nobody knows " + GOALIE) is None


def test_markup_line_breaks_and_a_second_volumes_day():
    """'<br />' parts a page's lines; a record's '2019-07-01' (a half-year volume) yields to the page's day too."""
    text = "Lee Park<br />Headquarters, Harbour March 3, 2019<br />(Phone: 555-0100)<br /><br />" + GOALIE
    assert find_published(text).date == dt.date(2019, 3, 3)
    text = ("<record>\n<bookDate>2019-07-01</bookDate>\n<head>Statement on the harbour</head>\n"
            "<date>\nSeptember 3, 2019</date>\n<para>\n" + GOALIE + "\n</para>\n</record>\n")
    assert find_published(text).date == dt.date(2019, 9, 3)


def test_label_on_the_line_above_the_date():
    """A stamp's label printed on its own line labels the date line below it: a release's date wins over a later
    capture date printed on top of the reposted page."""
    text = page("Saturday, June 6, 2020", "", HEADLINE, "", "For Immediate Release", "April 4, 2019")
    found = find_published(text)
    assert found.date == dt.date(2019, 4, 4) and found.printed.kind == "published"
    text = page(HEADLINE, "Release date:", "April 4, 2019")
    assert find_published(text).printed.kind == "published"
    text = page(HEADLINE, "Photo by Ann Roe, staff writer, at the plant gate", "April 4, 2019")
    assert find_published(text).printed.kind == "plain"


def test_release_stamp_nearest_the_story_wins():
    """A listing prints an item's release date above the page's own text, whose stamp is nearer the story."""
    text = page("News", "Release Date: April 9, 2019", HEADLINE, "", "Release date:", "April 4, 2019")
    assert find_published(text).date == dt.date(2019, 4, 4)
    text = page("Release Date: April 4, 2019", HEADLINE, "Published: April 4, 2019")
    assert find_published(text).date == dt.date(2019, 4, 4)


def test_dates_printed_in_a_headline_line():
    """An ISO date inside a programme's title line, and a numeric date after a dash and an 'Update' label."""
    line = "MARKET HOUR 2019-04-04 " + HEADLINE
    assert headline_iso_date(line)[2] == dt.date(2019, 4, 4)
    assert find_published(page(line)).date == dt.date(2019, 4, 4)
    assert headline_iso_date("<dateIssued>2019-01-01</dateIssued> " + HEADLINE) is None
    assert headline_iso_date("Acme closed. Its filing of 2019-04-04 " + HEADLINE) is None
    line = "Acme Board Response Activities - Update 4/4/19"
    assert headline_date(line)[2] == dt.date(2019, 4, 4)
    assert find_published(page(line)).date == dt.date(2019, 4, 4)


def test_store_stamp_yields_to_the_page_own_date_after_it():
    """A store's 'date …' stamp is followed by the page's own date, on its line or opening the next one."""
    assert find_published(page(" date 2019-04-09 4 April 2019", HEADLINE)).date == dt.date(2019, 4, 4)
    text = page(" date 2019-01-09 " + HEADLINE, "Thursday, 4 April 2019 () [Wire] " + BODY)
    assert find_published(text).date == dt.date(2019, 4, 4)
    assert find_published(page(" date 2019-04-04 US Markets", HEADLINE)).date == dt.date(2019, 4, 4)


def test_year_cut_to_two_figures_after_an_apostrophe():
    """A blog's stamp prints the year as two figures after an apostrophe ('4 Apr '19, 10am')."""
    assert printed_dates("4 Apr '19, 10am") == [(0, 9, dt.date(2019, 4, 4))]
    assert printed_dates("Apr 4, '19") == [(0, 10, dt.date(2019, 4, 4))]
    assert printed_dates("the class of '19") == []
    assert find_published(page("4 Apr '19, 10am", HEADLINE)).date == dt.date(2019, 4, 4)


def test_only_date_line_above_the_story_dates_a_page_without_a_header_date():
    """A page whose menus push its one date line below the header reader's reach: that date line dates it when
    every date line of the page prints the same day, no paragraph stands above it and text follows it."""
    menu = ["Home", "Search", "Topics", "Contact", "Sign in", "Menu", "Help"]
    text = page(*menu, "", "Date: 2019.04.04", "", body=BODY + "\n" + BODY)
    assert lone_date_line(text).date == dt.date(2019, 4, 4)
    assert find_published(text).date == dt.date(2019, 4, 4)
    two = page(*menu, "", "April 4, 2019", "", BODY, "", "April 6, 2019", body=BODY)
    assert lone_date_line(two) is None
    assert lone_date_line(page(*menu, BODY, "", "April 4, 2019", body=BODY)) is None
    assert lone_date_line(page(*menu, "", "April 4, 2019", body="A reader wrote in.")) is None


def test_bare_date_line_in_the_footer_dates_a_page_that_prints_no_other():
    """A release saved without its header prints its day only in the block under the story (an office's name, a
    release number, contacts) or above a signature's 'Date' label: that bare date line dates the page."""
    block = ["", "Office of the Mayor", "April 4, 2019", "Release Number", "Media Contact: Jo Roe", "Phone Number"]
    story = BODY + "\n\n" + BODY + "\n"
    text = page("Notice: some items may be out of date.", "", HEADLINE, body=story + "\n".join(block))
    assert footer_date_line(text).date == dt.date(2019, 4, 4)
    found = find_published(text)
    assert found.date == dt.date(2019, 4, 4) and "in its footer" in found.note
    signed = page(HEADLINE, body=story + "\nApril 4, 2019\n______\nDate\n/s/\nJane Roe, Secretary")
    assert find_published(signed).date == dt.date(2019, 4, 4)
    # a labelled field names another day; a reader's comment is stamped after the page was published
    assert footer_date_line(page(HEADLINE, body=BODY + "\n\nAccident Date: April 4, 2019")) is None
    comment = page(HEADLINE, body=BODY + "\n\nComments\nby: a reader from: Riverton\nApril 6, 2019 5:07 AM\nWell said.")
    assert footer_date_line(comment) is None
    # a date line with story below it, or a second date line on the page, is no footer
    assert footer_date_line(page(HEADLINE, body=BODY + "\n\nApril 4, 2019\n\n" + BODY)) is None
    assert footer_date_line(page(HEADLINE, "May 2, 2019", body=BODY + "\n\nApril 4, 2019")) is None
    assert footer_date_line("April 4, 2019\nRelease Number") is None  # no story above it


def test_folder_order_reads_a_page_ambiguous_numeric_date():
    """A folder that writes its dates month-first ('December 6, 2011') reads a page's '12.06.11' month-first; the
    page's own unambiguous numeric date and a given order still decide."""
    written = "The hearing of December 1, 2011 was held, and on November 30, 2011 the report came. " * 5
    assert folder_dayfirst([written, "Nothing dated here."]) is False
    assert folder_dayfirst(["On 1 December 2011 the hearing was held. " * 10]) is True
    assert folder_dayfirst(["Only April 4, 2019 is written here."]) is None  # too few dates
    assert folder_dayfirst(["Filed 25/12/2021.", "Filed 12/25/2021."]) is None  # the pages disagree
    dotted = page("12.06.11", "", HEADLINE)
    assert find_published(dotted).date == dt.date(2011, 6, 12)  # (dotted: day-first when nothing else says)
    found = find_published(dotted, folder_order=False)
    assert found.date == dt.date(2011, 12, 6) and found.dayfirst is False
    assert "month-first as the folder writes its dates" in found.note
    assert find_published(dotted, folder_order=False, dayfirst=True).date == dt.date(2011, 6, 12)
    own = page("12.06.11", "", HEADLINE, body=BODY + " Filed 25.12.2010.")
    assert find_published(own, folder_order=False).date == dt.date(2011, 6, 12)


def test_end_of_a_range_after_a_dash_is_no_headline_stamp():
    """'Period: May 1, 2019 - May 9, 2019' closes on a range's end, not on a stamp printed after a headline."""
    assert headline_date("Acme Plant Outage Period: May 1, 2019 - May 9, 2019") is None
    assert headline_date("Acme Plant Outage Update - May 9, 2019")[2] == dt.date(2019, 5, 9)


def test_item_stamp_closing_on_a_time_after_a_headline():
    """A feed aggregator prints an item's source, date and time after its headline line ('Source - Thu,
    07/27/2017 - 4:08pm', '… - May 4, 2019 - 13:13'): the time after the date still closes a stamp."""
    line = "Harbor Authority Notices - Thu, 04/04/2019 - 4:08pm"
    assert headline_date(line)[2] == dt.date(2019, 4, 4)
    assert headline_date("Acme Board Plant Updates - April 4, 2019 - 13:13")[2] == dt.date(2019, 4, 4)
    assert find_published(page(HEADLINE, "", line)).date == dt.date(2019, 4, 4)
    assert headline_date("The board will meet on April 4, 2019 at 4:08pm") is None


def test_weekday_before_a_flattened_header_date():
    """A masthead or a feed run into one line prints the date's weekday and a comma before it ('WASHINGTON,
    THURSDAY, APRIL 4, 2019 No. 12', '…Mon, 4 Apr 2019 14:50:38 UTC'): the comma is the date's, no caption's."""
    tail = " Acme board meets and the members take their seats for the first vote " * 4
    line = "Vol. 12 SPRINGFIELD, THURSDAY, APRIL 4, 2019 No. 12 Council" + tail
    assert flattened_date(line)[2] == dt.date(2019, 4, 4)
    assert find_published(line + "\n\n" + BODY).date == dt.date(2019, 4, 4)
    assert flattened_date("Feed of the Harbor Authority Mon, 4 Apr 2019 14:50:38 UTC Acme" + tail)[2] == \
        dt.date(2019, 4, 4)
    assert flattened_date("Crowds wave in Lyon, Thursday, April 4, 2019. (Photo)" + tail) is None
    assert flattened_date("Crowds waved in Lyon, April 4, 2019 Acme" + tail) is None


def test_typesetting_stamp_dates_no_page():
    """A government printer's PDF prints its typesetter's version stamp ('VerDate Mar 15 2010 …'): the day the
    software was built or the page set, never the document's."""
    line = "VerDate Mar 15 2010 21:01 Apr 2, 2019 Jkt 000000 PO 00000 Frm 00001 Fmt 4" + " Acme Board Report" * 8
    assert flattened_date(line) is None
    assert find_published("Weekly Gazette\n\n" + line + "\n\n" + BODY).date is None


def test_publication_day_in_a_page_markup_field():
    """A page saved as its HTML source names its publication day in a meta tag (name and content in either
    order) or its JSON-LD ('datePublished'); other fields (a modification time) do not count."""
    html = ('<html><head><meta name="description" content="Acme news" /> '
            '<meta content="2019-04-04T09:30:00Z" property="article:published_time" /> '
            '<meta property="article:modified_time" content="2019-04-09T10:00:00Z" /></head>')
    assert [ln.date for ln in markup_date_lines(html)] == [dt.date(2019, 4, 4)]
    assert find_published(html + "\n" + HEADLINE + "\n\n" + BODY).date == dt.date(2019, 4, 4)
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "Thu, 04/04/2019 - 09:30"}'
    assert [ln.date for ln in markup_date_lines(ld)] == [dt.date(2019, 4, 4)]
    assert markup_date_lines('<meta name="expires" content="2019-04-04" />') == []


def test_field_table_cell_labels_the_date_in_the_next_cell():
    """A photo page's field table prints each label and value in cells of a row: 'Date Posted: | … |' labels
    the page's day, 'Date Taken: | … |' (the picture's day) does not."""
    text = page(HEADLINE, "Date Taken: | 04.22.2019 |", "Date Posted: | 04.24.2019 12:45 |", "Photo ID: | 1234 |")
    found = find_published(text)
    assert found.date == dt.date(2019, 4, 24)
    assert found.printed.kind == "published"
    assert find_published(page(HEADLINE, "Date Taken: | 04.22.2019 |", "Photo ID: | 1234 |")).printed.kind == "plain"


def test_record_bare_date_key_is_no_markup_field():
    """A JSON record's bare "date" key may be its store's day: only a key naming publication counts."""
    assert markup_date_lines('{"date": "2019-04-09", "title": "Acme"}') == []
    assert [ln.date for ln in markup_date_lines('{"publishDate": "2019-04-04"}')] == [dt.date(2019, 4, 4)]


def test_dates_with_year_are_read_once_per_text_and_handed_out_as_new_lists():
    import datetime as _dt

    from timeline.published import dates_with_year, printed_dates

    line = "Posted 4/9/2022, updated on 13.05.2022 and again on March 16, 2022"
    found = dates_with_year(line, None)
    assert [(m.group(0), d, how) for m, d, how in found] == [
        ("4/9/2022", _dt.date(2022, 4, 9), "month-first"), ("13.05.2022", _dt.date(2022, 5, 13), ""),
        ("March 16, 2022", _dt.date(2022, 3, 16), "")]
    assert dates_with_year(line, None) is found  # kept: the same line is not read again
    assert dates_with_year(line, True)[0][1] == _dt.date(2022, 9, 4)  # another order, read on its own
    first = printed_dates(line)
    first.append("changed by a caller")
    assert printed_dates(line) == [(7, 15, _dt.date(2022, 4, 9)), (28, 38, _dt.date(2022, 5, 13)),
                                   (52, 66, _dt.date(2022, 3, 16))]


def test_writing_day_from_the_story_dateline():
    """A story's own dateline one to three days before the page's date is its day of writing; a dateline of the
    page's own day, one further back, one without a day, and a date inside the sentence are not."""
    posted = dt.date(2019, 3, 5)
    lede = (" The club today signed a new goalkeeper on a three-year contract, its coach told reporters waiting at the"
            " ground after the morning training session.")
    assert writing_day(page("Fan blog", HEADLINE, body="HARBOUR CITY, Ont., March 4" + lede), posted) \
        == dt.date(2019, 3, 4)  # no dash: the story runs on after the day
    assert writing_day(page(HEADLINE, body="Press Release, HARBOUR CITY, March 3 --" + lede), posted) \
        == dt.date(2019, 3, 3)
    assert writing_day(page(HEADLINE, body="March 4 2019 —" + lede), posted) == dt.date(2019, 3, 4)
    assert writing_day(page(HEADLINE, body="HARBOUR CITY, March 5 –" + lede), posted) is None  # the page's day
    assert writing_day(page(HEADLINE, body="HARBOUR CITY, Feb. 20 –" + lede), posted) is None  # too far back
    assert writing_day(page(HEADLINE, body="HARBOUR CITY –" + lede), posted) is None
    assert writing_day(page(HEADLINE, body="On March 4 the club signed a goalkeeper." + lede), posted) is None
    assert writing_day(page(HEADLINE, body="March 4 2019:" + lede), posted) is None  # a label, not a dateline


def test_writing_day_from_a_lede_told_as_of_the_day_before():
    """A lede in the present perfect or progressive dated the day before the posting was written that day; a past
    act beside it, a day two days back, or two days named are not that sign."""
    posted = dt.date(2019, 3, 5)
    tail = " to the northern harbour after the storm, and the crews of the two tugs will join them on the next tide."
    assert writing_day(page(HEADLINE, body="HARBOUR CITY (Wire) -- The ferry Osprey has been ordered to sail March 4"
                            + tail), posted) == dt.date(2019, 3, 4)
    assert writing_day(page(HEADLINE, body="On March 4, the port authority is sending the ferry Osprey" + tail),
                       posted) == dt.date(2019, 3, 4)
    assert writing_day(page(HEADLINE, body="In a notice issued March 4, the port said it is sending the ferry Osprey"
                            + tail), posted) is None
    assert writing_day(page(HEADLINE, body="The ferry Osprey has been ordered to sail March 3" + tail), posted) is None
    assert writing_day(page(HEADLINE, body="Between March 3 and March 4 the port is sending the ferry Osprey" + tail),
                       posted) is None
