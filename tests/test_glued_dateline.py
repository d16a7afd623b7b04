"""A page's date line run into its lede (flattened pages) and a dateline's date beside the lede's own day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.articles import Article, find_regions, load_articles
from timeline.extract import extract_article
from timeline.published import find_date_lines, glued_date_line


def _article(text: str, published: dt.date | None, art_id: str = "t") -> Article:
    return Article(id=art_id, path=Path(f"{art_id}.txt"), text=text, title="", published=published,
                   regions=find_regions(text))


def _dates(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    return [(r["date"], r["date_text"]) for r in extract_article(_article(text, published))]


# --------------------------------------------------------------------------- published.glued_date_line

def test_weekday_date_opening_a_lede_is_a_date_line():
    line = "Saturday, June 5, 2021 A fire broke out yesterday at the harbour warehouse, officials said."
    s, e, date, kind = glued_date_line(line)
    assert (line[s:e], date, kind) == ("Saturday, June 5, 2021", dt.date(2021, 6, 5), "plain")


def test_stamp_after_headline_is_a_date_line():
    line = ("Court clears bank of fraud charges Published March 3, 2019 By Ann Roe Staff Writer The judge ruled on "
            "Friday that the bank had not misled investors.")
    s, e, date, kind = glued_date_line(line)
    assert (line[s:e], date, kind) == ("Published March 3, 2019", dt.date(2019, 3, 3), "published")
    assert line[:s].strip() == "Court clears bank of fraud charges"


def test_release_label_and_year_run_into_the_next_word():
    line = "For Immediate Release May 4, 2018LEAGUE STATEMENT The league announced its new schedule on Thursday."
    s, e, date, _ = glued_date_line(line)
    assert (line[s:e], date) == ("For Immediate Release May 4, 2018", dt.date(2018, 5, 4))


def test_sentences_that_open_with_their_event_date_are_no_date_lines():
    assert glued_date_line("On March 21, 2010, the council voted to close the public pool for repairs.") is None
    assert glued_date_line("March 21, 2010 was the wettest day on record in the valley towns.") is None
    assert glued_date_line("Sunday, March 21, 2010") is None  # a date line of its own, nothing glued to it
    assert glued_date_line("The striker scored twice. Published reports say March 3, 2019 By Ann Roe") is None
    assert glued_date_line("Published March 3, 2019") is None


def test_glued_date_line_read_as_the_printed_publication_date():
    text = "Storm floods coastal roads\nTuesday, October 12, 2021 Heavy rain flooded the coastal road yesterday.\n"
    lines = find_date_lines(text)
    assert [(d.date, d.text) for d in lines] == [(dt.date(2021, 10, 12), "Tuesday, October 12, 2021")]


# --------------------------------------------------------------------------- articles.find_regions

def test_header_date_line_glued_to_lede_is_its_own_region():
    text = ("Storm floods coastal roads\n"
            "Tuesday, October 12, 2021 Heavy rain flooded the coastal road yesterday, the county said on its site.\n")
    labels = [(r.label, text[r.start:r.end].strip()) for r in find_regions(text)]
    assert ("dateline", "Tuesday, October 12, 2021") in labels
    assert any(lab == "body" and t.startswith("Heavy rain flooded") for lab, t in labels)


def test_headline_before_stamp_cut_off_in_a_flattened_page():
    text = ("Chess champion retains title Published May 9, 2022 By Lee Park The champion drew the final game on "
            "Sunday and kept the title after twelve rounds of play in the capital.")
    labels = [(r.label, text[r.start:r.end].strip()) for r in find_regions(text)]
    assert labels[:2] == [("headline", "Chess champion retains title"), ("dateline", "Published May 9, 2022")]


def test_date_opening_a_paragraph_after_the_header_stays_in_the_story():
    body = ("The committee met for six hours on the plan and heard from forty residents, two drivers and the head of "
            "the depot about the new bus routes in the north.")
    text = f"{body}\n\n{body}\n\nMonday, May 2, 2022 The Riverside line reopened after a month of repairs to the old bridge.\n"
    assert "dateline" not in [r.label for r in find_regions(text)]


# --------------------------------------------------------------------------- extract: the lede's own day

def test_weekday_date_line_anchors_yesterday_and_is_no_event():
    text = ("Warehouse fire in Port Ellis\n"
            "Saturday, June 5, 2021 A fire broke out yesterday at the harbour warehouse in Port Ellis, officials "
            "said.\n")
    got = _dates(text, dt.date(2021, 6, 5))
    assert ("2021-06-04", "yesterday") in got
    assert all(d != "2021-06-05" for d, _ in got)


def test_printed_glued_date_line_anchors_the_lede_without_a_given_date(tmp_path):
    (tmp_path / "fire.txt").write_text("Warehouse fire in Port Ellis\n"
                                       "Saturday, June 5, 2021 A fire broke out yesterday at the harbour warehouse in "
                                       "Port Ellis, officials said.\n", encoding="utf-8")
    (art,) = load_articles(tmp_path)
    assert (art.published, art.published_source) == (dt.date(2021, 6, 5), "printed")
    assert [r["date"] for r in extract_article(art)] == ["2021-06-04"]


def test_datelines_date_yields_to_the_ledes_own_day():
    text = ("ROME (Court News, May 3, 2019) -- A judge dismissed the charges against the shipping firm Monday, "
            "the court said.\n")
    got = _dates(text, dt.date(2019, 5, 3))
    assert ("2019-04-29", "Monday") in got
    assert all(d != "2019-05-03" for d, _ in got)
    sport = ("MILLBROOK, Ore. (Sports Wire, June 3, 2019) -- The Millbrook Rangers sacked their coach on Sunday "
             "after a fifth straight loss.\n")
    got = _dates(sport, dt.date(2019, 6, 3))
    assert ("2019-06-02", "Sunday") in got and all(d != "2019-06-03" for d, _ in got)


def test_dateline_kept_when_the_lede_gives_no_near_day():
    deadline = ("ROME (Court News, May 3, 2019) -- The court froze the shipping firm's accounts until December 15, "
                "2019, pending a full audit.\n")
    assert "2019-05-03" in [d for d, _ in _dates(deadline, dt.date(2019, 5, 3))]
    opening = "On March 21, 2010, the council voted to close the public pool for repairs, the mayor said.\n"
    assert ("2010-03-21", "March 21, 2010") in _dates(opening, dt.date(2010, 3, 23))
