"""Notes that head a statement (issue 14, round 23: pages holding several dated items)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.sections import note_heads, note_opening


def _page(text: str) -> Article:
    return Article(id="p", path=Path("p.txt"), text=text, title="", published=dt.date(2021, 5, 4),
                   regions=find_regions(text))


_BODY = ("The ferry operator halted crossings after a fault in the engine room of its largest vessel. "
         "Engineers inspected the hull in the harbour.\n")


@pytest.mark.parametrize("note", ["Updated May 4, 2021: ", "UPDATE May 4, 2021 - ", "Updated 4 May 2021 — ",
                                  "UPDATE (May 4): ", "Editor's note, May 4: ", "Correction, May 4, 2021: "])
def test_a_note_heading_a_statement_on_its_line(note):
    statement = "The operator now blames a faulty fuel pump for the fault."
    text = "Ferry crossings halted\n\n" + note + statement + " More details will follow.\n\n" + _BODY
    a = _page(text)
    heads = note_heads(a.text, a.body)
    assert len(heads) == 1
    h = heads[0]
    assert "May" in text[h.start : h.end] and text[h.statement:].startswith(statement)
    assert text[h.statement : h.line_end].endswith("More details will follow.")


@pytest.mark.parametrize("line", ["Updated: May 4, 2021", "Last updated May 4, 2021", "May 4, 2021"])
def test_a_stamp_alone_on_its_line_heads_nothing(line):
    a = _page("Ferry crossings halted\n\n" + line + "\n\n" + _BODY)
    assert note_heads(a.text, a.body) == []


@pytest.mark.parametrize("line", ["Update on the ferry: crossings resume", "Note: tickets stay valid - see below",
                                  "The update of May 4 - crossings resume", "Note: 3 of 5 crossings - cancelled",
                                  "Updated 2 times – see the log"])
def test_no_note_without_a_label_and_a_date_opening_the_line(line):
    assert note_opening(line) is None

