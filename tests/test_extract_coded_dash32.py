"""A long sentence's clause is not cut at the en dash of a coded name (*KRV–19*): print setting turns a coded
name's hyphen into an en dash, and the quote must keep the name whole (round 32, after parser32)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.extract import extract_article

_HEAD = ("WHEREAS, on March 11, 2021, the World Board of Health announced that the ")
_TAIL = (" outbreak can be characterized as a pandemic, as the rates of infection continue to rise in many "
         "places around the world, including in many towns and cities of the republic, and as the board and the "
         "ministries of several provinces have worked together for weeks to slow the spread of the disease among "
         "their residents and to prepare their hospitals for a surge in the number of patients needing care.")


def _quotes(name: str) -> list[str]:
    text = _HEAD + name + _TAIL
    assert len(text) > 400
    art = Article(id="t", path=Path("t.txt"), text=text, title="", published=dt.date(2021, 3, 20),
                  regions=find_regions(text))
    recs = extract_article(art)
    for r in recs:
        assert text[r["quote_start"]:r["quote_end"]] == r["quote"]
    return [r["quote"] for r in recs if r["date_text"] == "March 11, 2021"]


@pytest.mark.parametrize("name", ["KRV–19", "Q7R2–like", "ZX–7B"])
def test_a_coded_names_en_dash_cuts_no_clause(name):
    quotes = _quotes(name)
    assert quotes and f"{name} outbreak" in quotes[0]


@pytest.mark.parametrize("name", ["new – and deadly –", "winter–spring"])
def test_a_spaced_dash_or_a_lower_case_one_still_cuts(name):
    """Near misses: a spaced dash, and a dash after a lower-case letter, still end the clause."""
    quotes = _quotes(name)
    assert quotes and "outbreak can be characterized" not in quotes[0]
