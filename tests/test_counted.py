"""A sentence opened by its distance from an event it names (*Five days after the harbour fire, the mayor
resigned.*) is dated that distance from the day the folder's other candidates give the named event
(:mod:`timeline.counted`, :func:`timeline.extract.extract`)."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

from timeline.articles import Article, find_regions
from timeline.counted import Counted, counted_date, counted_openings, event_words, named_event_day
from timeline.extract import extract


def _openings(text: str) -> list[Counted]:
    return counted_openings(text, [(0, len(text))])


@pytest.mark.parametrize("text, amount, unit, way, what", [
    ("Five days after the harbour fire, the mayor resigned.", 5, "day", "after", "the harbour fire"),
    ("One week after the two explosions at the Redford plant, its owner was charged.", 1, "week", "after",
     "the two explosions at the Redford plant"),
    ("Just two weeks before the Lisbon summit, the minister quit.", 2, "week", "before", "the Lisbon summit"),
    ("A year after the Valmont flood, the town held a memorial.", 1, "year", "after", "the Valmont flood"),
    ("PORTVILLE, Maine -- Ten days after the ferry sank, divers found the hull.", 10, "day", "after",
     "the ferry sank"),
])
def test_a_distance_opening_a_sentence_names_the_event_it_counts_from(text, amount, unit, way, what):
    [found] = _openings(text)
    assert (found.amount, found.unit, found.way, found.what) == (amount, unit, way, what)
    assert text[found.clause_start:].split()[0] in ("the", "its", "the", "the", "divers")


@pytest.mark.parametrize("text", [
    "The plant closed two days after the fire, its owner said.",  # inside the clause: the sentence's own news
    "Six Months After the Storm: Recovery Efforts in Delmar County",  # a heading tells no event
    "Five days after the harbour fire the mayor resigned.",  # no comma closes the distance
    "Five years ago, the harbour burned.",  # counted from the page, not from a named event
])
def test_other_distances_are_no_opening(text):
    assert _openings(text) == []


def _records(*rows: tuple[str, str]) -> list[dict]:
    return [{"date": d, "quote": q} for d, q in rows]


def test_the_named_event_takes_the_earliest_well_witnessed_day_of_the_folder():
    recs = _records(("2021-03-02", "Fire swept the Delmar harbour warehouses."),
                    ("2021-03-02", "The Delmar harbour fire destroyed three warehouses."),
                    ("2021-03-03", "Investigators sifted the ruins of the harbour fire in Delmar."),
                    ("2021-03-03", "Delmar's mayor visited the harbour after the fire."),
                    ("2021-03-03", "Insurers counted the cost of the Delmar harbour fire."),
                    ("2021-03", "The harbour fire in Delmar was the worst in years."))
    assert named_event_day("the Delmar harbour fire", recs) == dt.date(2021, 3, 2)
    assert named_event_day("the Delmar harbour fire", recs, latest=dt.date(2021, 3, 1)) is None


def test_a_day_few_candidates_give_beside_a_well_witnessed_one_is_another_event():
    recs = _records(*[("2020-06-01", "The Tarrow attack on the convoy killed nine.")] * 10,
                    ("1999-06-01", "Like the 1999 attack, the Tarrow raid was planned for months."),
                    ("1999-06-01", "Officials compared it with the Tarrow attack of 1999."))
    assert named_event_day("the Tarrow attack", recs) == dt.date(2020, 6, 1)


@pytest.mark.parametrize("what", ["the attack", "the vote", "the Tarrow attack"])
def test_a_phrase_the_folder_cannot_place_gives_no_day(what):
    recs = _records(("2020-06-01", "The attack on the convoy killed nine."),
                    ("2020-06-02", "The vote was held in the assembly."))
    assert named_event_day(what, recs) is None  # one word, or one witness only


def test_event_words_leave_out_what_does_not_tell_which_event():
    assert event_words("the two deadly explosions at the Redford plant") == ["explosion", "redford", "plant"]


@pytest.mark.parametrize("amount, unit, way, date", [
    (5, "day", "after", "2021-03-07"), (1, "week", "after", "2021-03-09"), (2, "day", "before", "2021-02-28"),
    (6, "month", "after", "2021-09"), (1, "year", "after", "2022-03"),
])
def test_the_distance_is_counted_from_the_named_day(amount, unit, way, date):
    found = Counted(0, 0, amount, unit, way, "the fire", 0)
    assert counted_date(dt.date(2021, 3, 2), found) == date


def _article(aid: str, text: str, published: dt.date) -> Article:
    return Article(id=aid, path=Path(f"{aid}.txt"), text=text, published=published, published_source="given",
                   regions=find_regions(text))


def _extracted(text: str) -> list[dict]:
    pages = [
        _article("a", "The Delmar harbour fire destroyed three warehouses on Tuesday.\n\nFirefighters from four "
                      "towns fought the Delmar harbour fire through the night on Tuesday.\n", dt.date(2021, 3, 3)),
        _article("b", text, dt.date(2021, 3, 10)),
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = extract(pages)
    return frame[frame.source == "b"].to_dict("records")


def test_the_extractor_dates_the_event_the_distance_from_the_named_event():
    rows = _extracted("Five days after the Delmar harbour fire, the mayor resigned from her post.\n")
    assert [(r["date"], "resign" in r["title"].lower()) for r in rows] == [("2021-03-07", True)]


def test_the_extractor_leaves_a_distance_from_an_event_the_folder_does_not_date():
    rows = _extracted("Five days after the Ridgeway bridge closure, the mayor resigned from her post.\n")
    assert rows == []


_FOLDER = {
    "a.txt": "Harbour news\n\nThe Delmar harbour fire destroyed three warehouses on Tuesday.\n\nFirefighters from four "
             "towns fought the Delmar harbour fire through the night on Tuesday.\n",
    "b.txt": "Mayor quits\n\nFive days after the Delmar harbour fire, the mayor resigned from her post.\n",
    "c.txt": "Council votes\n\nTwo weeks after the Delmar harbour fire, the council voted to rebuild the warehouses. "
             "The port reopened two days after the Delmar harbour fire, officials said.\n",
    "d.txt": "Insurers pay\n\nOne week after the Delmar harbour fire, insurers paid the first claims to the owners.\n",
}


def _folder(root: Path) -> Path:
    root.mkdir()
    for name, text in _FOLDER.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "articles.csv").write_text("id,file,published\na,a.txt,2021-03-03\nb,b.txt,2021-03-10\n"
                                       "c,c.txt,2021-03-20\nd,d.txt,\n", encoding="utf-8")  # d: no publication date
    return root


_KEY = ["event_id", "date", "title", "source", "quote_start", "quote_end", "quote", "note"]


def _rows(frame) -> list[tuple]:
    return sorted(map(tuple, frame[_KEY].astype(str).values.tolist()))


@pytest.mark.parametrize("spill", [False, True])
def test_the_cli_and_the_python_api_date_the_distances_alike(tmp_path, monkeypatch, spill):
    import pandas as pd
    from typer.testing import CliRunner

    from timeline import engine
    from timeline.articles import load_articles
    from timeline.cli import app

    folder = _folder(tmp_path / "harbour")
    if spill:
        monkeypatch.setattr(engine, "SPILL_MIN", 2)  # the records go to disk as they come; the distances still dated
    out = tmp_path / "candidates.csv"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        direct = extract(load_articles(folder))
    cli = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert _rows(cli) == _rows(direct)
    counted = {(r["source"], r["date"]) for r in direct.to_dict("records") if "the folder dates" in r["note"]}
    # d, without a publication date, is held back and read again by the engine: its distance is dated all the same
    assert counted == {("b", "2021-03-07"), ("c", "2021-03-16"), ("d", "2021-03-09")}


def test_the_engine_s_worker_processes_carry_the_distances_to_the_end_of_the_stream(tmp_path):
    from timeline.articles import load_articles
    from timeline.engine import run_extraction

    folder = _folder(tmp_path / "harbour")
    pooled = run_extraction(folder, workers=2, batch_size=1).events
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        direct = extract(load_articles(folder))
    assert _rows(pooled) == _rows(direct)
    assert any("the folder dates 'the Delmar harbour fire'" in n for n in pooled["note"])
