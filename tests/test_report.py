"""Analyst tables: summaries, coverage, framings, publication lag, highlighted mentions."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pandas as pd
import pytest

from timeline.dates import DateMention
from timeline.events import EventSchema as E
from timeline.report import article_table, coverage, event_summary, framings, highlight_mentions, publication_lag


def test_article_table(seed_articles):
    table = article_table(seed_articles)
    assert list(table["published"]) == ["2022-02-04", "2024-10-29", "2022-01-13", "2021-12-21", "2022-01-14"]
    assert set(table["published_source"]) == {"printed", "inferred"}


def test_event_summary(seed_events):
    summary = event_summary(seed_events)
    assert summary.index.is_unique and len(summary) == seed_events["event_id"].nunique()
    assert summary["quotes"].sum() == len(seed_events)
    row = summary.loc["partnership-for-peace"]
    assert (row["when"], row["precision"], row["sources"]) == ("22 June 1994", "day", 1)
    assert list(summary.index[:3]) == ["russian-concerns-mid-1990s", "charter-of-paris", "partnership-for-peace"]
    assert summary.loc["january-2022-security-talks", "sources"] == 2


def test_coverage(seed_events, seed_articles):
    matrix = coverage(seed_events, seed_articles)
    assert list(matrix.columns) == sorted(a.id for a in seed_articles)
    assert matrix.values.sum() == len(seed_events)
    assert not [r for r in matrix.index if r[:3].isdigit() and not r[:4].isdigit()], "no raw decade values (199 ·)"
    assert matrix.loc["22 June 1994 · " + seed_events.set_index("event_id").loc["partnership-for-peace", "title"]].sum() == 1


def test_framings(seed_events, seed_articles):
    table = framings(seed_events, "russian-draft-security-treaties", seed_articles)
    assert len(table) == (seed_events["event_id"] == "russian-draft-security-treaties").sum()
    assert table["quote"].str.len().min() > 0
    with pytest.raises(KeyError):
        framings(seed_events, "no-such-event", seed_articles)


def test_publication_lag(seed_events, seed_articles):
    lag = publication_lag(seed_events, seed_articles)
    assert len(lag) == len(seed_events)
    pfp = lag[lag["event_id"] == "partnership-for-peace"].iloc[0]
    assert pfp["lag_days"] == (dt.date(2024, 10, 29) - dt.date(1994, 6, 22)).days


def test_highlight_escapes_everything():
    text = "On <b>Monday</b> & then 1994."
    mentions = [DateMention(start=text.index("1994"), end=text.index("1994") + 4, text="1994", type="DATE", value="1994",
                            precision="year")]
    out = highlight_mentions(text, mentions)
    assert "&lt;b&gt;Monday&lt;/b&gt; &amp; then " in out
    assert '<mark title="DATE 1994">1994</mark><sub style="color:#555">1994</sub>.' in out


def _quotes(*quotes_per_event, actors=None):
    import pandas as pd

    rows = []
    for i, quotes in enumerate(quotes_per_event):
        for q in quotes:
            rows.append({E.event_id: f"e{i}", E.quote: q, E.actors: (actors or {}).get(i, "")})
    return pd.DataFrame(rows)


def test_frequent_names_count_events_not_sentence_starts_or_months():
    from timeline.report import frequent_names

    events = _quotes(
        ["The board of Acme Corp met on Monday, March 3.", "Later, Acme Corp said Jane Doe would lead."],
        ["In April the harbour of Porto reopened; Acme Corp was not there."],
        ["Jane Doe resigned."],
        actors={2: "Jane Doe;Porto"},
    )
    names = frequent_names(events)
    assert list(names.items())[:3] == [("Acme Corp", 2), ("Jane Doe", 2), ("Porto", 2)]
    assert not {"The", "Later", "In", "March", "Monday", "April"} & set(names.index)


def test_frequent_names_fall_back_to_words():
    from timeline.report import frequent_names

    names = frequent_names(_quotes(["a harbour deal was signed"], ["the harbour reopened"]), 1)
    assert names.to_dict() == {"harbour": 2}
    assert frequent_names(_quotes()).empty


def test_annotations_only_when_the_corpus_has_them(tmp_path):
    from timeline.report import ANNOTATIONS_FILE, annotations_for

    assert annotations_for(tmp_path) is None
    mine = tmp_path / "gold.csv"
    assert annotations_for(tmp_path, mine) is None  # a file that is not there is no annotation
    mine.write_text("x", encoding="utf-8")
    assert annotations_for(tmp_path, mine) == mine
    (tmp_path / ANNOTATIONS_FILE).write_text("x", encoding="utf-8")
    assert annotations_for(tmp_path) == tmp_path / ANNOTATIONS_FILE


def test_quote_in_context_highlights_the_exact_quote_in_its_paragraph(seed_events, articles_by_id):
    from timeline.report import quote_in_context

    for r in seed_events.itertuples():
        out = quote_in_context(articles_by_id[r.source], r.quote_start, r.quote_end)
        marked = out.split('<mark style="background:#ffe08a;padding:0 1px">', 1)[1].split("</mark>", 1)[0]
        assert html.unescape(marked) == r.quote
        assert out.count("<mark") == 1 and len(html.unescape(out)) < len(r.quote) + 2 * 700 + 600


def test_quote_in_context_escapes_and_cuts_long_paragraphs(tmp_path):
    from timeline.articles import Article
    from timeline.report import quote_in_context

    before = "Filler sentence number one. " * 60
    text = "Title\n\n" + before + "<script>alert(1)</script> & “quoted” part. " + before + "\n\nNext paragraph."
    start = text.index("<script>")
    end = text.index(" part.") + 5
    art = Article(id="a&b", path=tmp_path / "a.txt", text=text, title="<b>T</b>", outlet="O")
    out = quote_in_context(art, start, end, context=200)
    assert "<script>" not in out and "<b>T</b>" not in out and "&lt;b&gt;T&lt;/b&gt;" in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; “quoted” part" in out
    assert out.count("…") == 2 and "Next paragraph" not in out and "Title" not in out
    with pytest.raises(ValueError):
        quote_in_context(art, 5, 2)


def test_quotes_in_context_one_block_per_quote(seed_events, seed_articles):
    from timeline.report import quotes_in_context

    eid = "january-2022-security-talks"
    out = quotes_in_context(seed_events, eid, seed_articles)
    assert out.count("<figure") == (seed_events[E.event_id] == eid).sum()
    with pytest.raises(KeyError):
        quotes_in_context(seed_events, "no-such-event", seed_articles)


def test_publication_lag_reaches_back_before_1677():
    from timeline.articles import Article
    from timeline.events import events_from_records

    text = "In 1215 the charter was sealed; the museum opened on 1 March 2023."
    art = Article(id="museum", path=Path("museum.txt"), text=text, title="", published=dt.date(2023, 3, 3))
    rows = [dict(event_id=f"e{k}", date=d, title=f"Invented event {k}", lane="History", source="museum",
                 quote=q, quote_start=text.index(q), quote_end=text.index(q) + len(q))
            for k, (d, q) in enumerate([("1215", "In 1215 the charter was sealed"), ("2023-03-01", "the museum opened")])]
    lag = publication_lag(events_from_records(rows), [art])
    assert lag["lag_days"].tolist() == [(dt.date(2023, 3, 3) - dt.date(1215, 1, 1)).days, 2]
    assert str(lag["event_start"].dtype) == str(lag["published"].dtype) == "datetime64[s]"
    assert lag.loc[0, "event_start"] == pd.Timestamp("1215-01-01")
