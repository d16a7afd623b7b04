"""Lanes: lanes files, generic event kinds, lanes derived from the corpus, the CLI option."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import ROOT
from timeline.cli import app
from timeline.events import EventSchema as E, read_events
from timeline.lanes import (
    EVENT_KINDS,
    MAX_LANES,
    OTHER,
    LanesError,
    assign_lanes,
    collapse_lanes,
    find_lanes_file,
    guess_lane,
    lane_scores,
    lanes_for,
    load_lanes,
)

SEED_LANES = ROOT / "seeds" / "lanes.toml"


def test_the_seed_lanes_file_holds_four_lanes():
    lanes = load_lanes(SEED_LANES)
    assert len(lanes) == 4 and all(words for words in lanes.values())
    assert find_lanes_file(ROOT / "seeds") == SEED_LANES
    assert lanes_for(ROOT / "seeds") == lanes


def test_whole_words_stars_and_phrases():
    lanes = {"War": ("war", "wars"), "Deals": ("agree*", "takeover bid*"), "Speech": ("warn*",)}
    assert lane_scores("They warned of war and of wars.", lanes) == {"War": 2, "Deals": 0, "Speech": 1}
    assert lane_scores("An agreement was agreed; the takeover bids failed.", lanes)["Deals"] == 3
    assert lane_scores("Warsaw warmly disagreed", lanes) == {"War": 0, "Deals": 0, "Speech": 0}
    assert lane_scores("the war’s end", lanes)["War"] == 1  # possessive


def test_guess_lane_ties_other_and_context():
    lanes = {"A": ("alpha",), "B": ("beta",)}
    assert guess_lane("alpha beta", lanes=lanes) == "A"  # tie: the earlier lane
    assert guess_lane("beta beta alpha", lanes=lanes) == "B"
    assert guess_lane("gamma", lanes=lanes) == OTHER
    assert guess_lane("gamma", lanes=lanes, context="the beta sentence") == "B"
    assert guess_lane("alpha", lanes=lanes, context="beta beta") == "A"  # context only when nothing matches


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two companies agreed a merger on Monday.", "Deals and agreements"),
        ("The ministers met for talks in Geneva.", "Meetings and talks"),
        ("A judge ruled that the lawsuit can go to trial.", "Courts and law"),
        ("Shares fell 5 percent as the market opened.", "Markets and money"),
        ("Troops attacked the town and shelled the bridge.", "Conflict and violence"),
        ("Voters went to the polls in the election.", "Elections and votes"),
        ("The earthquake forced the evacuation of the hospital.", "Disasters and health"),
        ("The chief executive resigned and a successor was appointed.", "People and posts"),
        ("The spokesman said the figures were wrong, he told reporters.", "Statements"),
        ("Acme said it agreed to buy the firm.", "Deals and agreements"),  # an action beats a statement verb
        ("The electricity pollution accordingly fundamental", OTHER),  # no stems that swallow other words
    ],
)
def test_generic_event_kinds(text, kind):
    assert guess_lane(text) == kind


def test_kinds_are_generic_and_few():
    assert len(EVENT_KINDS) <= 10 and OTHER not in EVENT_KINDS
    assert list(EVENT_KINDS)[-1] == "Statements"


def _frame(lanes_per_event):
    rows = []
    for i, lane in enumerate(lanes_per_event):
        rows += [{E.event_id: f"e{i}", E.lane: lane}] * (1 + i % 2)  # one or two rows per event
    return pd.DataFrame(rows)


def test_collapse_keeps_the_big_kinds_and_at_most_max_lanes():
    lanes = ["K1"] * 10 + ["K2"] * 8 + ["K3"] * 6 + ["K4"] * 5 + ["K5"] * 4 + ["K6"] * 3 + ["K7"] * 1 + [OTHER] * 2
    out = collapse_lanes(_frame(lanes))
    per_event = out.drop_duplicates(E.event_id)[E.lane]
    assert set(per_event) == {"K1", "K2", "K3", "K4", "K5", OTHER}
    assert per_event.nunique() <= MAX_LANES
    assert (per_event == OTHER).sum() == 3 + 1 + 2
    # every row of an event keeps the event's lane
    assert out.groupby(E.event_id)[E.lane].nunique().max() == 1


def test_collapse_drops_kinds_with_one_event():
    out = collapse_lanes(_frame(["A", "A", "B"]))
    assert list(out.drop_duplicates(E.event_id)[E.lane]) == ["A", "A", OTHER]
    assert collapse_lanes(_frame([])).empty


def test_assign_lanes_to_texts():
    texts = ["Troops attacked.", "Troops attacked again.", "The judge ruled.", "Rain fell."]
    assert assign_lanes(texts) == ["Conflict and violence", "Conflict and violence", OTHER, OTHER]
    assert assign_lanes(texts, {"Law": ("judge*",)}) == [OTHER, OTHER, "Law", OTHER]
    assert assign_lanes([]) == []


def test_assign_lanes_to_a_frame(seed_articles):
    events = read_events(ROOT / "data" / "events.csv", articles=seed_articles)
    derived = assign_lanes(events)
    assert derived[E.lane].nunique() <= MAX_LANES
    assert derived.groupby(E.event_id)[E.lane].nunique().max() == 1
    assert set(derived[E.lane]) <= set(EVENT_KINDS) | {OTHER}
    with_file = assign_lanes(events, load_lanes(SEED_LANES))
    assert set(with_file[E.lane]) <= set(load_lanes(SEED_LANES)) | {OTHER}
    assert list(with_file.columns) == list(events.columns) and with_file[E.quote].equals(events[E.quote])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("lanes = 3", "needs a [lanes] table"),
        ("[lanes]\n", "needs a [lanes] table"),
        ('[lanes]\nA = "war"\n', "'A': expected a non-empty list of words"),
        ("[lanes]\nA = []\n", "'A': expected a non-empty list of words"),
        ('[lanes]\nA = ["w*r"]\n', "'w*r' is not a word"),
        ('[lanes]\nA = [3]\n', "3 is not a word"),
        ("[lanes\n", "not valid TOML"),
    ],
)
def test_bad_lanes_files(tmp_path, text, message):
    path = tmp_path / "lanes.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LanesError, match=re.escape(message)) as info:
        load_lanes(path)
    assert str(info.value).startswith(str(path))
    with pytest.raises(LanesError, match="no such lanes file"):
        load_lanes(tmp_path / "missing.toml")


def _corpus(tmp_path):
    folder = tmp_path / "harbour"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Harbour news\n\nThe city signed the harbour agreement on March 1, 2023. "
        "The mayor said on March 2, 2023 that jobs would follow.\n",
        encoding="utf-8",
    )
    (folder / "articles.csv").write_text("id,file,published\na,a.txt,2023-03-03\n", encoding="utf-8")
    return folder


def test_cli_extract_lanes_option_and_folder_file(tmp_path):
    folder = _corpus(tmp_path)
    out = tmp_path / "c.csv"
    runner = CliRunner()
    res = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--workers", "1", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert set(pd.read_csv(out)[E.lane]) <= set(EVENT_KINDS) | {OTHER}

    lanes = tmp_path / "mine.toml"
    lanes.write_text('[lanes]\n"Harbour" = ["harbour*"]\n', encoding="utf-8")
    res = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--workers", "1", "--no-progress",
                              "--lanes", str(lanes)])
    assert res.exit_code == 0, res.output
    assert set(pd.read_csv(out)[E.lane]) == {"Harbour", OTHER}

    (folder / "lanes.toml").write_text('[lanes]\n"Jobs" = ["jobs"]\n', encoding="utf-8")
    res = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--workers", "1", "--no-progress"])
    assert res.exit_code == 0 and "lanes from" in res.output
    assert set(pd.read_csv(out)[E.lane]) == {"Jobs", OTHER}

    (folder / "lanes.toml").write_text("[lanes]\nJobs = 1\n", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "x.csv"), "--workers", "1"])
    assert res.exit_code == 1 and "lanes.toml: [lanes] 'Jobs'" in res.output
    assert not (tmp_path / "x.csv").exists()


def test_cli_build_relanes_with_a_file(tmp_path):
    lanes = tmp_path / "l.toml"
    lanes.write_text('[lanes]\n"Everything" = ["the"]\n', encoding="utf-8")
    out = tmp_path / "page.html"
    res = CliRunner().invoke(app, ["build", "--seeds", str(ROOT / "seeds"), "--events", str(ROOT / "data" / "events.csv"),
                                   "-o", str(out), "--lanes", str(lanes)])
    assert res.exit_code == 0, res.output
    assert 'lane: <span class="lane-name">Everything</span>' in out.read_text(encoding="utf-8")
