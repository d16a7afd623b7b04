"""A date opening its line before a dash dates the entry after the dash, as a chronicle writes it (round 29)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.clauses import analyse
from timeline.extract import extract_article


def _clause(sentence: str, date: str):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when="past")


@pytest.mark.parametrize("sentence, date", [
    ("March 1, 2021 – The harbour board approved the pier plan.", "March 1, 2021"),
    ("March 1, 2021 — The harbour board approved the pier plan.", "March 1, 2021"),
    ("- 4 June 2019 — A tenants' union sued the landlord.", "4 June 2019"),
    ("• 1994 – Treaty signed by the two valley towns.", "1994"),
])
def test_a_chronicle_entry_after_a_dash_is_the_dates_clause(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "event" and c.verb[1] > 0


@pytest.mark.parametrize("sentence, date, kind", [
    ("PARIS, March 1, 2021 – The harbour board approved the pier plan.", "March 1, 2021", "caption"),  # a dateline
    ("On March 1, 2021 – the day the ferry sank – the harbour board met.", "March 1, 2021", "event"),  # an aside
    ("The harbour board met on March 1, 2021 – a Monday.", "March 1, 2021", "event"),  # not opening the line
])
def test_a_dash_after_a_date_elsewhere_keeps_its_reading(sentence, date, kind):
    assert _clause(sentence, date).kind == kind


def test_a_chronology_of_dash_entries_gives_one_candidate_per_entry():
    """robust29: a page that is a list of 'DATE – entry' lines (en or em dash) gave no candidate at all."""
    entries = [("March 1, 2021", "The harbour board approved the pier plan."),
               ("March 9, 2021", "A tenants' union filed a lawsuit against the plan."),
               ("April 2, 2021", "A judge refused to halt the work.")]
    for dash in ("–", "—"):
        text = "Pier plan timeline\n\n" + "".join(f"{d} {dash} {e}\n" for d, e in entries)
        art = Article(id="c", path=Path("c.txt"), text=text, published=dt.date(2021, 5, 1),
                      regions=find_regions(text))
        rows = extract_article(art)
        assert sorted(r["date"] for r in rows) == ["2021-03-01", "2021-03-09", "2021-04-02"]
        assert all(text[r["quote_start"]:r["quote_end"]] == r["quote"] for r in rows)
