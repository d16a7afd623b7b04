"""The notebooks' written answers: computed from the data given, escaped, never about one corpus."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from timeline import answers as A
from timeline.events import EventSchema as E
from timeline.report import event_summary


def _renamed(events: pd.DataFrame) -> pd.DataFrame:
    """The same events under other lane names and titles (markup included)."""
    out = events.copy()
    out[E.lane] = "Lane <b>" + out[E.lane].str.len().astype(str) + "</b>"
    out[E.title] = "*T*_" + out[E.event_id]
    return out


def test_md_escapes_markup():
    assert A.md("<b>x</b> *y* [l](u)") == r"&lt;b&gt;x&lt;/b&gt; \*y\* \[l\]\(u\)"


def test_explore_answer_follows_the_data(seed_events):
    text = A.explore_answer(seed_events)
    summary = event_summary(seed_events)
    assert f"{len(summary)} dated events" in text and f"{len(seed_events)} quotes" in text
    other = A.explore_answer(_renamed(seed_events))
    assert "<b>" not in other and "Lane &lt;b&gt;" in other and r"\*T\*\_" in other
    for lane in seed_events[E.lane].unique():
        assert A.md(lane) in text and A.md(lane) not in other
    half = A.explore_answer(seed_events[seed_events[E.source] == seed_events[E.source].iloc[0]])
    assert half != text and "1 article" in half
    assert "no events" in A.explore_answer(seed_events.iloc[:0])


def test_sources_answer_names_the_article_quoting_most(seed_events, seed_articles):
    text = A.sources_answer(seed_events, seed_articles)
    per = seed_events.groupby(E.source)[E.event_id].nunique()
    top = {a.id: a for a in seed_articles}[per.idxmax()]
    assert A.md(top.title) in text and f"({per.max()} events)" in text
    shared = int((event_summary(seed_events)["sources"] > 1).sum())
    assert text.startswith(f"**Answer.** {shared} of ")


def test_extract_and_curate_answers_count_what_they_are_given():
    tagged = pd.DataFrame({"source": ["a", "a", "b"], "type": ["DATE", "DATE", "TIME"], "value": ["2020", "2020", "X"]})
    found = pd.DataFrame({"date_match": ["exact", "compatible"]})
    review = SimpleNamespace(found=found, missed=pd.DataFrame(index=[0]), new=pd.DataFrame(index=range(4)))
    text = A.extract_answer(tagged, review)
    assert "3 time expressions in 2 articles" in text and "finds 2 (67%; 1 with the exact date)" in text
    assert "4 candidates" in text and "not measured" in text
    none = SimpleNamespace(found=pd.DataFrame(), missed=pd.DataFrame(), new=pd.DataFrame(index=range(2)))
    assert "all 2 candidates are new" in A.extract_answer(tagged.iloc[:0], none)
    result = SimpleNamespace(counts={"candidates": 9, "events": 5, "dropped": 3, "merged": 1, "undecided": 1},
                             warnings=["w"])
    text = A.curate_answer(result, pd.DataFrame(columns=[E.event_id]), default="drop")
    assert text.startswith("**Answer.** Of 9 candidate events, 5 make") and "1 event had no decision and was dropped" in text


def test_export_answer_lists_the_files(tmp_path, seed_events):
    page = tmp_path / "p.html"
    page.write_text("x" * 4096)
    png = tmp_path / "i.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + (640).to_bytes(4, "big") + (480).to_bytes(4, "big") + b"\0" * 8)
    text = A.export_answer({"HTML page": page, "image": png}, seed_events)
    assert "2 files" in text and "`p.html` (4 KiB)" in text and "640×480 px" in text
