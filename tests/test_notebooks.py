"""The notebook suite: paired scripts in sync, no definitions, small deterministic outputs, and a papermill
run of every notebook on a second corpus that this test creates.

(`pytest --nbval` itself re-runs each committed notebook and compares its outputs: see README.)
"""

from __future__ import annotations

import ast
import json
import re

import jupytext
import pytest

from conftest import ROOT

NB_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NB_DIR.glob("[0-9][0-9]_*.ipynb"))
EXPECTED = ["01_explore", "02_extract_and_review", "03_sources_and_narratives", "04_export", "05_curate"]


def test_the_suite_is_complete():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_paired_script_in_sync(path):
    script = path.with_suffix(".py")
    assert script.exists(), f"{script.name} missing: pair it with jupytext (see jupytext.toml)"
    nb, py = jupytext.read(path), jupytext.read(script)
    assert [(c.cell_type, c.source.strip()) for c in nb.cells] == [(c.cell_type, c.source.strip()) for c in py.cells]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_shape(path):
    nb = jupytext.read(path)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and "**Question.**" in first.source
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1, "exactly one cell tagged 'parameters' (for papermill)"
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        tree = ast.parse(cell.source)
        defs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
        assert not defs, f"definitions belong in the package, not the notebook: {cell.source[:80]!r}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_outputs_small_and_deterministic(path):
    raw = path.read_text(encoding="utf-8")
    assert len(raw.encode()) < 400_000, "keep notebooks small: figures go out as plotly mimetype JSON"
    nb = json.loads(raw)
    counts = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        counts.append(cell["execution_count"])
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", cell["source"]
            html = "".join(out.get("data", {}).get("text/html", []))
            assert "plotly.min.js" not in html and not re.search(r'id="[0-9a-f]{8}-[0-9a-f]{4}-', html)
    assert counts == list(range(1, len(counts) + 1)), "run the notebook top to bottom (scripts/run_notebooks.py)"


# --------------------------------------------------------------------------- a second corpus

SECOND = {
    "harbour.txt": (
        "Harbour deal signed after long talks\n\n"
        "3 Mar, 2023 09:10\n\n"
        "The port authority and the city signed the harbour agreement on March 1, 2023, ending a dispute that began "
        "in 2019. Two years later, the first ferries will use the new quay.\n\n"
        "The mayor said on Tuesday that the deal would create jobs.\n\nRead More"
    ),
    "ferry.txt": (
        "Ferry strike ends\n\n"
        "10 Mar, 2023 18:00\n\n"
        "A strike that began in January 2023 ended last week, the union said. The harbour agreement of March 1, 2023 "
        "had raised hopes of new routes.\n"
    ),
}


@pytest.fixture(scope="module")
def second_corpus(tmp_path_factory):
    from timeline.articles import load_articles
    from timeline.events import events_from_records, write_events

    root = tmp_path_factory.mktemp("corpus2")
    seeds = root / "articles"
    seeds.mkdir()
    for name, text in SECOND.items():
        (seeds / name).write_text(text, encoding="utf-8")
    articles = {a.id: a for a in load_articles(seeds)}

    def row(event_id, date, title, lane, source, quote, date_text):
        start = articles[source].text.index(quote)
        return dict(event_id=event_id, date=date, date_text=date_text, title=title, lane=lane, source=source,
                    quote=quote, quote_start=start, quote_end=start + len(quote))

    records = [
        row("harbour-agreement", "2023-03-01", "Harbour agreement signed", "Agreements", "harbour",
            "The port authority and the city signed the harbour agreement on March 1, 2023", "March 1, 2023"),
        row("harbour-agreement", "2023-03-01", "Harbour agreement signed", "Agreements", "ferry",
            "The harbour agreement of March 1, 2023 had raised hopes of new routes.", "March 1, 2023"),
        row("dispute-begins", "2019", "Harbour dispute begins", "Conflict", "harbour",
            "a dispute that began in 2019", "2019"),
        row("ferry-strike", "2023-01", "Ferry strike begins", "Conflict", "ferry",
            "A strike that began in January 2023 ended last week, the union said.", "January 2023"),
    ]
    events = root / "events.csv"
    write_events(events_from_records(records), events, articles=list(articles.values()))
    return seeds, events, root


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_papermill_on_second_corpus(second_corpus, path, tmp_path):
    import papermill

    seeds, events, root = second_corpus
    out = tmp_path / path.name
    nb = jupytext.read(path)
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])][0]
    names = set(re.findall(r"^([A-Z_]+)\s*=", params.source, flags=re.M))
    # only the corpus and where to write: every other parameter keeps its default, computed from this corpus
    values = {"SEEDS": str(seeds), "EVENTS": str(events), "BUILD": str(tmp_path / "build"), "OUT": str(tmp_path / "out")}
    papermill.execute_notebook(
        str(path), str(out), parameters={k: v for k, v in values.items() if k in names}, cwd=str(NB_DIR),
        kernel_name="python3", progress_bar=False,
    )
    executed = json.loads(out.read_text(encoding="utf-8"))
    assert not [o for c in executed["cells"] for o in c.get("outputs", []) if o["output_type"] == "error"]
