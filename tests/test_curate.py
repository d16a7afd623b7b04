"""Curation: decisions applied to extracted candidates give a valid curated file with every quote verbatim.

Decisions are built from whatever candidates the extractor gives for the seeds (never from fixed event ids),
so the tests hold when extraction changes how it groups or titles events.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import SEEDS
from timeline.cli import app
from timeline.curate import (
    Decision,
    DecisionsError,
    apply_decisions,
    candidate_table,
    decisions_template,
    read_decisions,
    write_template,
)
from timeline.events import (
    CSV_COLUMNS,
    EventsValidationError,
    events_from_records,
    read_events,
    validate_events,
    write_events,
)
from timeline.extract import CANDIDATE_COLUMNS, extract

runner = CliRunner()


@pytest.fixture(scope="module")
def candidates(seed_articles):
    """The seeds' candidates plus a copy of one event under another id (a duplicate to merge)."""
    frame = extract(seed_articles)
    ids = _ids(frame)
    assert len(ids) >= 8, "the seeds give enough candidate events to try every action"
    copy = frame[frame["event_id"] == ids[2]].assign(event_id="zz-copy-of-an-event")
    records = pd.concat([frame, copy])[list(CSV_COLUMNS)].to_dict("records")
    extra = pd.concat([frame, copy])[["event_id", "source", "quote_start", "date_text", *CANDIDATE_COLUMNS]]
    merged = events_from_records(records).merge(extra, on=["event_id", "source", "quote_start", "date_text"])
    assert len(merged) == len(frame) + len(copy)
    return merged


def _ids(frame):
    """Event ids in a fixed order: fewest quotes first, then id (single-quote events are the plainest)."""
    sizes = frame.groupby("event_id").size()
    return sorted(sizes.index, key=lambda e: (sizes[e], e))


def _rows(frame, event_id):
    return frame[frame["event_id"] == event_id]


def _write_csv(path, rows):
    pd.DataFrame(rows, columns=["event_id", "action", "value"]).to_csv(path, index=False)
    return path


def _assert_verbatim(frame, articles):
    texts = {a.id: a.text for a in articles}
    for row in frame.itertuples():
        assert texts[row.source][row.quote_start : row.quote_end] == row.quote
        assert row.date_text in row.quote


def test_round_trip_with_every_action(candidates, seed_articles, tmp_path):
    ids = [e for e in _ids(candidates) if e != "zz-copy-of-an-event"]
    e = {name: ids[i] for i, name in enumerate(["drop", "absorbed", "target", "retitle", "redate", "lane", "keep"])}
    target_rows, absorbed_rows = _rows(candidates, e["target"]), _rows(candidates, e["absorbed"])
    dropped_quote = absorbed_rows.iloc[0]
    key = f"{dropped_quote.source}:{dropped_quote.quote_start}"
    decisions = _write_csv(tmp_path / "decisions.csv", [
        (e["drop"], "drop", ""),
        (e["absorbed"], "merge", f"{e['target']};zz-copy-of-an-event"),
        (e["target"], "drop-quote", key),
        (e["retitle"], "retitle", "A new title, with a comma"),
        (e["redate"], "redate", "1900-01-01/1900-12-31"),
        (e["lane"], "lane", "Curated lane"),
        (e["keep"], "keep", ""),
        ("no-such-event-anywhere", "keep", ""),
    ])
    result = apply_decisions(candidates, decisions, articles=seed_articles)
    out = write_events(result.events, tmp_path / "curated.csv", articles=seed_articles)
    curated = read_events(out, articles=seed_articles)  # validates, quotes against their articles
    _assert_verbatim(curated, seed_articles)
    assert list(pd.read_csv(out, nrows=0).columns) == list(CSV_COLUMNS)
    assert not set(CANDIDATE_COLUMNS) & set(result.events.columns)

    ids_out = set(curated["event_id"])
    assert e["drop"] not in ids_out and e["absorbed"] not in ids_out and "zz-copy-of-an-event" not in ids_out
    merged = _rows(curated, e["target"])
    expected = {(r.source, r.quote_start) for r in pd.concat([target_rows, absorbed_rows]).itertuples()}
    expected.discard((dropped_quote.source, dropped_quote.quote_start))
    assert {(r.source, r.quote_start) for r in merged.itertuples()} == expected  # pooled, copy deduplicated
    head = target_rows.iloc[0]
    assert set(merged["date"]) == {head.date} and set(merged["title"]) == {head.title}
    assert set(merged["lane"]) == {head.lane}
    assert set(_rows(curated, e["retitle"])["title"]) == {"A new title, with a comma"}
    redated = _rows(curated, e["redate"])
    assert set(redated["date"]) == {"1900-01-01"} and set(redated["end_date"]) == {"1900-12-31"}
    assert set(redated["date_text"]) == {""} and redated["note"].str.contains("cleared").all()
    assert set(_rows(curated, e["lane"])["lane"]) == {"Curated lane"}
    untouched = set(candidates["event_id"]) - {e["drop"], e["absorbed"], "zz-copy-of-an-event"}
    assert ids_out == untouched  # undecided events are kept by default
    assert len(result.warnings) == 1 and "no-such-event-anywhere" in result.warnings[0]
    c = result.counts
    done = (c["dropped"], c["merged"], c["quotes_dropped"], c["retitled"], c["redated"], c["moved"])
    assert done == (1, 2, 1, 1, 1, 1)
    assert c["duplicates_removed"] == len(target_rows) and c["events"] == len(ids_out)
    assert c["undecided"] == len(set(candidates["event_id"])) - 8  # the copy is named in a merge list only


def test_default_drop_keeps_only_decided_events(candidates, seed_articles):
    ids = _ids(candidates)
    decisions = [Decision(ids[0], "keep"), Decision(ids[1], "retitle", "Renamed"), Decision(ids[3], "merge", ids[2])]
    result = apply_decisions(candidates, decisions, articles=seed_articles, default="drop")
    assert set(result.events["event_id"]) == {ids[0], ids[1], ids[2]}
    assert result.counts["undecided"] == result.counts["dropped_by_default"] == len(set(candidates["event_id"])) - 4


def test_redate_keeps_date_text_that_still_states_the_date(candidates, seed_articles):
    frame = candidates[candidates["date"].str.fullmatch(r"\d{4}") & (candidates["mention_value"] == candidates["date"])]
    row = frame.iloc[0]
    day = f"{row.date}-06-15"  # within the year the text states
    result = apply_decisions(candidates, [Decision(row.event_id, "redate", day)], articles=seed_articles)
    redated = _rows(result.events, row.event_id)
    assert set(redated["date"]) == {day} and row.date_text in set(redated["date_text"])


def test_bad_decisions_are_all_reported_and_nothing_applied(candidates, tmp_path):
    ids = _ids(candidates)
    path = _write_csv(tmp_path / "bad.csv", [
        (ids[0], "drop", ""),
        (ids[0], "keep", ""),  # 3: conflicts with the drop
        (ids[1], "explode", ""),  # 4: unknown action
        (ids[2], "redate", "2021-13-01"),  # 5: no such month
        (ids[3], "drop-quote", "nowhere:12"),  # 6: no such quote
        (ids[4], "retitle", "One"),
        (ids[4], "retitle", "Two"),  # 8: contradicts row 7
        (ids[5], "redate", "2022/2021"),  # 9: end before date
        ("", "keep", ""),  # 10: no event id
        (ids[6], "keep", "why"),  # 11: keep takes no value
        (ids[7], "drop-quote", "no-offset"),  # 12: malformed key
    ])
    with pytest.raises(DecisionsError) as info:
        apply_decisions(candidates, path)
    where = [(p.row, p.column) for p in info.value.problems]
    assert where == [(3, "action"), (4, "action"), (5, "value"), (6, "value"), (8, "value"), (9, "value"),
                     (10, "event_id"), (11, "value"), (12, "value")]
    assert str(info.value.problems[0]).startswith(f"{path}:3:action: ")


def test_merge_conflicts(candidates):
    ids = _ids(candidates)
    cases = [
        [Decision(ids[0], "merge", ids[1], row=2), Decision(ids[1], "merge", ids[2], row=3)],  # a chain
        [Decision(ids[0], "merge", ids[1], row=2), Decision(ids[1], "drop", row=3)],  # target dropped
        [Decision(ids[0], "merge", ids[1], row=2), Decision(ids[0], "retitle", "x", row=3)],  # edit of a merged event
        [Decision(ids[0], "merge", ids[1], row=2), Decision(ids[0], "merge", ids[2], row=3)],  # two targets
        [Decision(ids[0], "merge", ids[0], row=2)],  # into itself
    ]
    for decisions in cases:
        with pytest.raises(DecisionsError):
            apply_decisions(candidates, decisions)


def test_drop_quote_cannot_empty_an_event(candidates):
    single = _ids(candidates)[0]
    row = _rows(candidates, single).iloc[0]
    with pytest.raises(DecisionsError, match="use drop instead"):
        apply_decisions(candidates, [Decision(single, "drop-quote", f"{row.source}:{row.quote_start}")])


def test_unknown_event_ids_only_warn(candidates):
    ids = _ids(candidates)
    plain = apply_decisions(candidates, [])
    result = apply_decisions(candidates, [Decision("gone-event", "drop"), Decision(ids[0], "merge", "gone-target")])
    assert len(result.warnings) == 2
    assert result.events[list(CSV_COLUMNS)].equals(plain.events[list(CSV_COLUMNS)])


def test_quotes_are_verified_again(candidates, seed_articles):
    shifted = candidates.copy()
    shifted.loc[0, ["quote_start", "quote_end"]] += 1
    with pytest.raises(EventsValidationError, match="quote does not match"):
        apply_decisions(shifted, [], articles=seed_articles)


def test_yaml_decisions_read_values_as_written(candidates, tmp_path):
    ids = _ids(candidates)
    path = tmp_path / "decisions.yaml"
    path.write_text(
        f"- event_id: {ids[0]}\n  action: redate\n  value: 2021-12-17\n"
        f"- event_id: {ids[1]}\n  action: retitle\n  value: 'Yes: a title'\n"
        f"- event_id: {ids[2]}\n  action: nonsense\n",
        encoding="utf-8",
    )
    with pytest.raises(DecisionsError) as info:
        apply_decisions(candidates, path)
    assert [(p.row, p.column) for p in info.value.problems] == [(7, "action")]  # the line of the third item
    path.write_text(path.read_text(encoding="utf-8").rsplit("- event_id", 1)[0], encoding="utf-8")
    assert read_decisions(path)[0].value == "2021-12-17"
    result = apply_decisions(candidates, path)
    assert set(_rows(result.events, ids[0])["date"]) == {"2021-12-17"}
    assert set(_rows(result.events, ids[1])["title"]) == {"Yes: a title"}


def test_decisions_file_shape_errors(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,what\nx,keep\n", encoding="utf-8")
    with pytest.raises(DecisionsError) as info:
        read_decisions(bad)
    lines = [str(p) for p in info.value.problems]
    assert lines == [f"{bad}:1:action: missing column", f"{bad}:1:event_id: missing column"]
    semicolons = tmp_path / "excel.csv"
    semicolons.write_text("event_id;action;value\nsome-event;merge;a;b\nother;retitle;\"x; y\"\n", encoding="utf-8")
    with pytest.raises(DecisionsError, match="expected 3 fields, found 4"):
        read_decisions(semicolons)  # an unquoted ';' list in a ';' file is ambiguous: reported, not guessed
    semicolons.write_text("event_id;action;value\nsome-event;merge;\"a;b\"\nother;retitle;x, y\n", encoding="utf-8")
    assert [(d.event_id, d.action, d.value) for d in read_decisions(semicolons)] == [
        ("some-event", "merge", "a;b"), ("other", "retitle", "x, y")]
    yaml_bad = tmp_path / "bad.yaml"
    yaml_bad.write_text("event_id: x\n", encoding="utf-8")
    with pytest.raises(DecisionsError, match="expected a list"):
        read_decisions(yaml_bad)


def test_template_lists_every_event_and_applies_as_is(candidates, tmp_path):
    path = write_template(candidates, tmp_path / "decisions.csv")
    template = pd.read_csv(path, keep_default_na=False)
    assert list(template.columns[:3]) == ["event_id", "action", "value"]
    assert sorted(template["event_id"]) == sorted(set(candidates["event_id"])) and set(template["action"]) == {"keep"}
    assert template["n_quotes"].sum() == len(candidates)
    result = apply_decisions(candidates, path, default="drop")
    assert result.counts["undecided"] == 0 and len(result.events) == len(candidates)
    with pytest.raises(FileExistsError):
        write_template(candidates, path)


def test_candidate_table_most_confident_first(candidates):
    table = candidate_table(candidates)
    assert len(table) == len(candidates)
    assert table["confidence"].is_monotonic_decreasing
    row = table.iloc[0]
    source, start = row.quote_key.rsplit(":", 1)
    match = candidates[(candidates["source"] == source) & (candidates["quote_start"] == int(start))]
    assert row.quote in set(match["quote"])
    assert list(decisions_template(candidates).columns) == ["event_id", "action", "value", "quote_key", "date", "title",
                                                            "lane", "confidence", "n_quotes", "quote"]


def _renamed(frame):
    """The same candidates under other ids, as a re-extraction that titles events differently gives them."""
    return frame.assign(event_id="re-" + frame["event_id"])


def test_decisions_follow_their_quote_after_a_reextraction(candidates, tmp_path):
    holders = candidates.groupby(["source", "quote_start"])["event_id"].transform("nunique")
    shared = set(candidates.loc[holders > 1, "event_id"])  # found again only through their date
    ids = [e for e in _ids(candidates) if e not in shared]
    template = decisions_template(candidates).set_index("event_id")
    template.loc[ids[0], "action"] = "drop"
    template.loc[ids[1], ["action", "value"]] = ["retitle", "Kept title"]
    template.loc[ids[2], ["action", "value"]] = ["merge", ids[3]]
    path = tmp_path / "decisions.csv"
    template.reset_index().to_csv(path, index=False)
    before = apply_decisions(candidates, path)
    after = apply_decisions(_renamed(candidates), path)
    expected = before.events.assign(event_id="re-" + before.events["event_id"])
    assert after.events[list(CSV_COLUMNS)].equals(expected[list(CSV_COLUMNS)])
    moved = [w for w in after.warnings if "which holds its quote" in w]
    assert len(moved) >= len(template) - len(shared) and all(f"event {e!r};" in " ".join(moved) for e in ids[:4])
    # without the quote key, the same decisions only warn
    template.drop(columns="quote_key").reset_index().to_csv(path, index=False)
    plain = apply_decisions(_renamed(candidates), path)
    assert len(plain.events) == len(candidates) and all("skipped" in w for w in plain.warnings)


def test_a_moved_decision_picks_its_date_and_never_blocks(candidates):
    ids = _ids(candidates)
    row = _rows(candidates, ids[0]).iloc[0]
    twin = _rows(candidates, ids[0]).assign(event_id="twin-with-another-date", date="1800", mention_value="1800")
    frame = pd.concat([candidates, twin])
    key = f"{row.source}:{row.quote_start}"
    found = apply_decisions(frame, [Decision("old-id", "retitle", "Found", quote_key=key, date=row.date)])
    assert set(_rows(found.events, ids[0])["title"]) == {"Found"}
    assert set(_rows(found.events, "twin-with-another-date")["title"]) == {row.title}
    ambiguous = apply_decisions(frame, [Decision("old-id", "retitle", "Lost", quote_key=key)])
    assert "Lost" not in set(ambiguous.events["title"]) and "skipped" in ambiguous.warnings[0]
    # two old events now one: the decision written for a current id wins, the moved one is skipped with a warning
    clash = apply_decisions(frame, [Decision("old-id", "retitle", "Old", quote_key=key, date=row.date, row=2),
                                    Decision(ids[0], "retitle", "New", row=3)])
    assert set(_rows(clash.events, ids[0])["title"]) == {"New"}
    assert any("contradicts" in w and "written for 'old-id'" in w for w in clash.warnings)
    # a moved merge into an event that is dropped: skipped with a warning; the same merge written directly is an error
    into_dropped = [Decision(ids[1], "drop", row=2), Decision("old-id", "merge", ids[1], quote_key=key, date=row.date)]
    result = apply_decisions(frame, into_dropped)
    assert any("is dropped on row 2" in w for w in result.warnings) and ids[0] in set(result.events["event_id"])
    with pytest.raises(DecisionsError, match="is dropped on row 2"):
        apply_decisions(frame, [into_dropped[0], Decision(ids[0], "merge", ids[1])])


_VALUES = {
    "keep": st.just(""),
    "drop": st.just(""),
    "retitle": st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20),
    "lane": st.sampled_from(["Lane A", "Lane B", "Other"]),
    "redate": st.sampled_from(["2021-12-17", "1990", "2022-W02", "2021-12/2022-01", "2022-01-10/2021", "2021-13"]),
}


@st.composite
def _decisions(draw, frame):
    ids = sorted(set(frame["event_id"])) + ["gone-event"]
    keys = sorted({f"{r.source}:{r.quote_start}" for r in frame.itertuples()}) + ["nowhere:1"]
    out = []
    for row in range(2, 2 + draw(st.integers(0, 8))):
        action = draw(st.sampled_from(["keep", "drop", "merge", "retitle", "redate", "lane", "drop-quote"]))
        if action == "merge":
            value = ";".join(draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3)))
        elif action == "drop-quote":
            value = draw(st.sampled_from(keys))
        else:
            value = draw(_VALUES[action])
        out.append(Decision(draw(st.sampled_from(ids)), action, value, row=row))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.data())
def test_any_decisions_give_a_valid_file_or_a_list_of_problems(candidates, seed_articles, data):
    decisions = data.draw(_decisions(candidates))
    default = data.draw(st.sampled_from(["keep", "drop"]))
    try:
        result = apply_decisions(candidates, decisions, articles=seed_articles, default=default)
    except DecisionsError as exc:
        assert exc.problems and all(p.row >= 2 for p in exc.problems)
        return
    assert validate_events(result.events, articles=seed_articles) == []
    _assert_verbatim(result.events, seed_articles)
    assert set(result.events["event_id"]) <= set(candidates["event_id"])


# --------------------------------------------------------------------------- command line


@pytest.fixture()
def candidates_csv(candidates, seed_articles, tmp_path):
    return write_events(candidates, tmp_path / "candidates.csv", articles=seed_articles)


def test_cli_curate_writes_a_valid_file(candidates, candidates_csv, seed_articles, tmp_path):
    ids = _ids(candidates)
    rows = [(ids[0], "drop", ""), (ids[1], "retitle", "Renamed"), ("old-id", "keep", "")]
    decisions = _write_csv(tmp_path / "d.csv", rows)
    out = tmp_path / "out" / "curated.csv"
    res = runner.invoke(app, ["curate", str(candidates_csv), "--decisions", str(decisions), "-o", str(out),
                              "--seeds", str(SEEDS)])
    assert res.exit_code == 0, res.output
    assert "warning: " in res.stderr and "old-id" in res.stderr
    curated = read_events(out, articles=seed_articles)
    assert ids[0] not in set(curated["event_id"]) and set(_rows(curated, ids[1])["title"]) == {"Renamed"}
    _assert_verbatim(curated, seed_articles)
    res = runner.invoke(app, ["curate", str(candidates_csv), "--decisions", str(decisions), "-o", str(out),
                              "--seeds", str(SEEDS), "--default", "drop"])
    assert res.exit_code == 0 and set(read_events(out)["event_id"]) == {ids[1]}


def test_cli_curate_bad_decisions_write_nothing(candidates, candidates_csv, tmp_path):
    ids = _ids(candidates)
    decisions = _write_csv(tmp_path / "d.csv", [(ids[0], "zap", ""), (ids[1], "redate", "yesterday")])
    out = tmp_path / "curated.csv"
    res = runner.invoke(app, ["curate", str(candidates_csv), "--decisions", str(decisions), "-o", str(out),
                              "--seeds", str(SEEDS)])
    assert res.exit_code == 1 and not out.exists()
    lines = res.stderr.strip().splitlines()
    assert lines[0].startswith(f"{decisions}:2:action: ") and lines[1].startswith(f"{decisions}:3:value: ")
    assert lines[-1] == f"{decisions}: 2 problem(s); nothing written" and "Traceback" not in res.output


def test_cli_curate_template_and_usage_errors(candidates, candidates_csv, tmp_path):
    path = tmp_path / "decisions.csv"
    args = ["curate", str(candidates_csv), "--seeds", str(SEEDS)]
    res = runner.invoke(app, args + ["--template", "-o", str(path)])
    assert res.exit_code == 0 and len(read_decisions(path)) == candidates["event_id"].nunique()
    before = path.read_bytes()
    res = runner.invoke(app, args + ["--template", "-o", str(path)])
    assert res.exit_code == 1 and "exists" in res.stderr and path.read_bytes() == before
    for extra, message in [([], "--decisions FILE is needed"), (["--template"], "needs -o"),
                           (["--decisions", str(path), "--default", "maybe"], "--default must be keep or drop"),
                           (["--decisions", str(path), "-o", str(candidates_csv)], "is the candidates file"),
                           (["--decisions", str(tmp_path / "none.csv")], "no such file")]:
        res = runner.invoke(app, args + extra)
        assert res.exit_code == 1 and message in res.stderr and len(res.stderr.strip().splitlines()) == 1, extra


def test_cli_curate_reads_a_parquet_dataset(candidates, seed_articles, tmp_path):
    from timeline.engine import write_output

    dataset = write_output(candidates, tmp_path / "candidates", format="parquet")
    ids = _ids(candidates)
    decisions = _write_csv(tmp_path / "d.csv", [(ids[0], "drop", "")])
    out = tmp_path / "curated.csv"
    res = runner.invoke(app, ["curate", str(dataset), "--decisions", str(decisions), "-o", str(out),
                              "--seeds", str(SEEDS)])
    assert res.exit_code == 0, res.output
    assert set(read_events(out, articles=seed_articles)["event_id"]) == set(candidates["event_id"]) - {ids[0]}
    res = runner.invoke(app, ["curate", str(tmp_path), "--decisions", str(decisions), "-o", str(out),
                              "--seeds", str(SEEDS)])
    assert res.exit_code == 1 and "is a folder, not a file" in res.stderr  # nor a dataset


def test_template_keeps_a_quote_holding_a_lone_carriage_return_in_its_cell(candidates, tmp_path):
    first = candidates["event_id"].iloc[0]
    frame = candidates.assign(quote=candidates["quote"].where(candidates["event_id"] != first, "one\rtwo"))
    path = write_template(frame, tmp_path / "decisions.csv")
    template = pd.read_csv(path, keep_default_na=False)
    assert len(template) == frame["event_id"].nunique() and "one\rtwo" in set(template["quote"])
