"""The lead of an earlier release a page carries under that release's own date line is dated by that line, not by
the page's publication (issue 14, round 11)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.extract import extract_article
from timeline.titles import MAX_TITLE


def _page(text: str, published: dt.date) -> Article:
    return Article(id="p", path=Path("p.txt"), text=text, title="", published=published,
                   regions=find_regions(text))


_INTRO = ("League archive\n\nThe league today published the ruling of its appeals board on the transfer dispute. "
          "The board heard both clubs in the autumn and its members have now signed the final text.\n\n")


@pytest.mark.parametrize("block, published, word", [
    # sport: a league page of May carries a release of the previous October
    ("Tuesday, October 28, 2014\n\nBoard Fines Harbor City\n\n"
     "After a two-day hearing, the appeals board fined Harbor City for fielding an ineligible player.\n",
     dt.date(2015, 5, 15), "fined"),
    # science: an institute page carries an earlier announcement with its own date line
    ("March 3, 2021\n\nObservatory Names New Director\n\n"
     "The observatory appointed a new director to lead its telescope programme.\n",
     dt.date(2021, 6, 1), "appointed"),
])
def test_the_lead_under_an_earlier_date_line_is_dated_by_it(block, published, word):
    recs = extract_article(_page(_INTRO + block, published))
    line = next(iter({r["quote"] for r in recs if word in r["quote"]}), None)
    assert line is not None
    assert any(r["date"] < published.isoformat() and word in r["quote"] for r in recs)


def test_a_date_line_of_the_publication_day_adds_nothing():
    # near miss: the page's own date line (the publication day): the lede rules date the lead, not this one
    block = ("May 15, 2015\n\nBoard Fines Harbor City\n\n"
             "After a two-day hearing, the appeals board fined Harbor City for fielding an ineligible player.\n")
    recs = extract_article(_page(_INTRO + block, dt.date(2015, 5, 15)))
    assert all("earlier release" not in r["note"] for r in recs)


def test_a_lead_with_its_own_date_or_no_event_takes_nothing_from_the_line():
    # near misses: the sentence dates itself; the sentence after the line states no event
    own = ("Tuesday, October 28, 2014\n\nBoard Fines Harbor City\n\n"
           "In 2013 the appeals board fined Harbor City for fielding an ineligible player.\n")
    recs = extract_article(_page(_INTRO + own, dt.date(2015, 5, 15)))
    assert all("earlier release" not in r["note"] for r in recs)
    state = ("Tuesday, October 28, 2014\n\nBoard Statement\n\n"
             "The appeals board is an independent body of five members.\n")
    recs = extract_article(_page(_INTRO + state, dt.date(2015, 5, 15)))
    assert all("earlier release" not in r["note"] for r in recs)


@pytest.mark.parametrize("header", [
    "Remarks by the Coach at the Press Conference After the Final",  # sport
    "Statement of the Observatory Director on the Telescope Failure",  # science
])
def test_a_spoken_acts_header_under_an_earlier_date_line_is_that_act(header):
    block = f"April 16, 2013, 5:15 p.m. EDT\n{header}\nLet me recap what we know.\n"
    recs = extract_article(_page(_INTRO + block, dt.date(2013, 4, 18)))
    got = [r for r in recs if r["quote"] == header]
    assert len(got) == 1 and got[0]["date"] == "2013-04-16" and "earlier release" in got[0]["note"]
    assert not got[0]["title"].split()[-1].lower() in {"on", "at", "the", "after"}


def test_a_document_title_or_a_same_day_header_is_no_spoken_act():
    # near misses: the title of a document (no spoken act); a header under the page's own date line
    text = _INTRO + "April 16, 2013\nText of the Treaty on Fisheries\nThe parties agree as follows.\n"
    assert not [r for r in extract_article(_page(text, dt.date(2013, 4, 18)))
                if r["quote"].startswith("Text of the Treaty")]
    same = _INTRO + "April 18, 2013\nRemarks by the Coach at the Press Conference After the Final\nThank you.\n"
    assert all("earlier release" not in r["note"] for r in extract_article(_page(same, dt.date(2013, 4, 18))))


# ------------------------------------------------------------------ the headline of a gathering's record (round 12)

def _headed(text: str, published: dt.date, title: str) -> Article:
    return Article(id="p", path=Path("p.txt"), text=text, title=title, published=published,
                   regions=find_regions(text, title=title))


@pytest.mark.parametrize("text, title, published, date", [
    # sport: a club posts the coach's press conference under its release's date line
    ("Harbour City FC\nFor Immediate Release\nMay 3, 2021\nRemarks by Coach Ana Costa in a Press Conference\n"
     "COACH COSTA: Good afternoon. We played well and the squad is fit for the final.\n",
     "Remarks by Coach Ana Costa in a Press Conference", dt.date(2021, 5, 3), "2021-05-03"),
    # courts and politics: a hearing's transcript posted weeks later, dated in its own headline
    ("Archive\n\nTranscript: Hearing on the Harbour Bridge Budget Before the Finance Committee 14 March 2019\n\n"
     "By Staff\nApril 2, 2019\n\nCHAIR ROE: Good morning. Today's hearing examines the cost of the bridge.\n",
     "Transcript: Hearing on the Harbour Bridge Budget Before the Finance Committee 14 March 2019",
     dt.date(2019, 4, 2), "2019-03-14"),
])
def test_a_gatherings_record_is_named_by_its_headline(text, title, published, date):
    recs = [r for r in extract_article(_headed(text, published, title)) if "spoken act at a gathering" in r["note"]]
    assert [(r["date"], r["quote"]) for r in recs] == [(date, title)]
    assert len(recs[0]["title"]) <= MAX_TITLE and not recs[0]["title"].lower().startswith("transcript")
    assert recs[0]["title"].split()[-1].lower() not in {"on", "at", "the", "before", "in", "a"}


@pytest.mark.parametrize("text, title", [
    # near misses: remarks on a subject (the story says what was said: no gathering); a headline of no spoken act
    ("City Hall\nFor Immediate Release\nMay 3, 2021\nRemarks by the Mayor on the Flood\n"
     "THE MAYOR: The river crested this morning and the levees held.\n", "Remarks by the Mayor on the Flood"),
    ("City Hall\nFor Immediate Release\nMay 3, 2021\nPress Conference Set for the Flood Relief Plan\n"
     "The mayor will present the plan to reporters next week.\n", "Press Conference Set for the Flood Relief Plan"),
])
def test_remarks_on_a_subject_or_a_headline_of_no_spoken_act_add_nothing(text, title):
    recs = extract_article(_headed(text, dt.date(2021, 5, 3), title))
    assert not [r for r in recs if "spoken act at a gathering" in r["note"]]


# ------------------------------------------------------------------ a headline naming a gathering held (round 21)

@pytest.mark.parametrize("text, title, word", [
    # politics: a press office posts its briefing's transcript under the release's date line
    ("City Hall\nFor Immediate Release\nMay 3, 2021\nPress Briefing by Press Secretary Ana Costa\n"
     "MS. COSTA: Good afternoon. The ferry service resumes next week and the port stays open.\n",
     "Press Briefing by Press Secretary Ana Costa", "Briefing"),
    # disaster relief: the governor takes part in a briefing, the page is its transcript
    ("Office of the Governor\nFor Immediate Release\nMay 3, 2021\n"
     "Governor Lee Takes Part in Briefing on Flood Damage and River Levels\n"
     "THE GOVERNOR: Thank you all. The crews worked through the night along the river.\n",
     "Governor Lee Takes Part in Briefing on Flood Damage and River Levels", "Briefing"),
])
def test_a_headline_naming_a_gathering_held_is_dated_by_its_date_line(text, title, word):
    recs = [r for r in extract_article(_headed(text, dt.date(2021, 5, 4), title))
            if "spoken act at a gathering" in r["note"]]
    assert [(r["date"], r["quote"]) for r in recs] == [("2021-05-03", title)]
    assert word in recs[0]["title"] and len(recs[0]["title"]) <= MAX_TITLE


@pytest.mark.parametrize("text, title", [
    # near misses: a statement about a hearing, a briefing announced for later
    ("Senate Office\nFor Immediate Release\nMay 3, 2021\nSenator Roe Statement on Ferry Safety Hearing\n"
     "Senator Jane Roe said the ferry operator must answer for the delays.\n",
     "Senator Roe Statement on Ferry Safety Hearing"),
    ("City Hall\nFor Immediate Release\nMay 3, 2021\nMayor to Hold Briefing on the Flood Next Week\n"
     "The mayor will brief reporters on the flood relief plan next week.\n",
     "Mayor to Hold Briefing on the Flood Next Week"),
])
def test_a_statement_on_a_gathering_or_one_to_come_adds_no_gathering(text, title):
    recs = extract_article(_headed(text, dt.date(2021, 5, 3), title))
    assert not [r for r in recs if "spoken act at a gathering" in r["note"]]
