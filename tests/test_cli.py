"""The typer CLI through CliRunner."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from typer.testing import CliRunner

from timeline.cli import app

from conftest import EVENTS, SEEDS

runner = CliRunner()


def test_validate_ok():
    result = runner.invoke(app, ["validate", str(EVENTS), "--seeds", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert "ok (23 events" in result.output


_HEAVY = ("pandas", "pandera", "numpy", "pyarrow", "plotly", "dask", "lemminflect", "hypothesis", "rich")


def _modules_after(args: list[str]) -> tuple[int, set[str]]:
    """Run the CLI with ``args`` in a fresh interpreter; its exit code and the heavy modules it imported."""
    import json
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "from timeline.cli import app\n"
        "try:\n"
        f"    app({args!r}, prog_name='timeline')\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "else:\n"
        "    code = 0\n"
        f"heavy = sorted({{m.split('.')[0] for m in sys.modules}} & set({list(_HEAVY)!r}))\n"
        "print(json.dumps([code, heavy]), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    exit_code, heavy = json.loads(done.stderr.strip().splitlines()[-1])
    return exit_code, set(heavy)


def test_help_and_argument_errors_do_not_import_the_data_stack():
    """``timeline --help`` and a bad option answer without importing pandas, pandera, numpy, pyarrow or plotly."""
    assert _modules_after(["--help"]) == (0, set())
    assert _modules_after(["validate", "--help"]) == (0, set())
    code, heavy = _modules_after(["extract", "--workers", "many"])
    assert code == 2 and heavy == set()


def test_import_and_console_script_help_do_not_import_the_data_stack():
    """``import timeline.cli`` alone, and ``timeline --help`` through the console script's entry, stay light."""
    import subprocess
    import sys

    heavy = f"sorted({{m.split('.')[0] for m in sys.modules}} & set({list(_HEAVY)!r}))"
    probe = f"import sys, timeline.cli; print({heavy})"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    probe = ("import sys; sys.argv = ['timeline', '--help']\nfrom timeline.entry import main\ntry:\n    main()\n"
             f"except SystemExit as exc:\n    print(exc.code, {heavy}, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stderr.strip() == "0 []" and "extract" in done.stdout


def test_help_is_plain_text_that_keeps_brackets():
    """The help is click's plain text: rich markup would read '[lanes]' in a help text as a tag and drop it."""
    result = runner.invoke(app, ["extract", "--help"], terminal_width=100)
    assert result.exit_code == 0
    assert "[lanes] table" in result.output and "╭" not in result.output


def test_validate_imports_the_data_stack_it_needs():
    """The probe above can fail: a command that reads events does import pandas (and never dask); a valid file
    is checked without pandera (imported only to name the failures of an invalid one)."""
    code, heavy = _modules_after(["validate", str(EVENTS), "--seeds", str(SEEDS)])
    assert code == 0
    assert "pandas" in heavy and "dask" not in heavy and "pandera" not in heavy and "hypothesis" not in heavy


def test_validate_reports_each_problem_and_writes_nothing(tmp_path):
    """A wrong offset, an unknown source, a bad date and a missing column: one line each, exit 1."""
    rows = list(csv.reader(io.StringIO(EVENTS.read_text(encoding="utf-8"))))
    lane = rows[0].index("lane")
    rows = [r[:lane] + r[lane + 1 :] for r in rows]  # missing column
    col = {name: i for i, name in enumerate(rows[0])}
    rows[1][col["quote_start"]] = str(int(rows[1][col["quote_start"]]) + 3)  # wrong offset
    rows[2][col["source"]] = "unknown-article"  # unknown source
    rows[3][col["date"]] = "2021-13"  # bad date
    bad = tmp_path / "events.csv"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    bad.write_text(buf.getvalue(), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = runner.invoke(app, ["validate", str(bad), "--seeds", str(SEEDS)])
    assert result.exit_code == 1
    problems = [line for line in result.output.splitlines() if re.match(re.escape(str(bad)) + r":\d+:", line)]
    assert len(problems) == 4, result.output
    assert problems[0] == f"{bad}:1:lane: missing column"
    assert problems[1].startswith(f"{bad}:2:quote_start: quote does not match")
    assert problems[2].startswith(f"{bad}:3:source: unknown article 'unknown-article'")
    assert problems[3].startswith(f"{bad}:4:date: '2021-13'")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_validate_missing_file(tmp_path):
    result = runner.invoke(app, ["validate", str(tmp_path / "nope.csv"), "--seeds", str(SEEDS)])
    assert result.exit_code == 1
    assert "no such file" in result.output


def test_validate_bad_seeds(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"\x00binary")
    result = runner.invoke(app, ["validate", str(EVENTS), "--seeds", str(tmp_path)])
    assert result.exit_code == 1
    assert "x.txt" in result.output and "binary" in result.output


def test_build_writes_html(tmp_path):
    out = tmp_path / "out" / "timeline.html"
    result = runner.invoke(app, ["build", "--seeds", str(SEEDS), "--events", str(EVENTS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "partnership-for-peace" in html
    assert "wrote" in result.output


def test_build_page_option_chooses_the_big_page_or_the_figure(tmp_path):
    pages = {}
    for kind in ("big", "figure", "auto"):
        out = tmp_path / f"{kind}.html"
        result = runner.invoke(app, ["build", "--seeds", str(SEEDS), "--events", str(EVENTS), "-o", str(out),
                                     "--page", kind])
        assert result.exit_code == 0, result.output
        pages[kind] = out.read_text(encoding="utf-8")
    assert 'id="timeline-data" data-encoding="zlib-base64"' in pages["big"]
    assert 'id="timeline-figure"' not in pages["big"] and 'id="timeline-figure"' in pages["figure"]
    assert pages["auto"] == pages["figure"]  # the seeds' 23 events: below the big page's threshold
    bad = runner.invoke(app, ["build", "--seeds", str(SEEDS), "--events", str(EVENTS), "-o",
                              str(tmp_path / "x.html"), "--page", "huge"])
    assert bad.exit_code == 2 and not (tmp_path / "x.html").exists()


def test_build_title_option_and_default(tmp_path):
    out = tmp_path / "t.html"
    result = runner.invoke(app, ["build", "--seeds", str(SEEDS), "--events", str(EVENTS), "-o", str(out),
                                 "--title", "Five articles & a war"])
    assert result.exit_code == 0, result.output
    assert "<title>Five articles &amp; a war</title>" in out.read_text(encoding="utf-8")
    result = runner.invoke(app, ["build", "--seeds", str(SEEDS), "--events", str(EVENTS), "-o", str(out)])
    # default: the articles' folder name and the events' first and last dates, never a fixed word
    assert re.search(r"<title>Seeds, \d{4} – \d{4}</title>", out.read_text(encoding="utf-8"))


def test_export_title_in_timelinejs(tmp_path):
    import json

    out = tmp_path / "t.json"
    result = runner.invoke(app, ["export", "--format", "timelinejs", "--seeds", str(SEEDS), "--events", str(EVENTS),
                                 "-o", str(out), "--title", "My story"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["title"]["text"]["headline"] == "My story"


def test_build_refuses_invalid_events(tmp_path):
    bad = tmp_path / "events.csv"
    bad.write_text(EVENTS.read_text(encoding="utf-8").replace(",1994-06-22,", ",1994-06-31,"), encoding="utf-8")
    out = tmp_path / "timeline.html"
    result = runner.invoke(app, ["build", "--events", str(bad), "--seeds", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 1
    assert "1994-06-31" in result.output
    assert not out.exists()


def test_module_entry_point():
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, check=True)
    assert "validate" in proc.stdout and "build" in proc.stdout


def test_dates_table_uses_folder_metadata():
    result = runner.invoke(app, ["dates", str(SEEDS / "003_6a211e269a2ffcee.txt")])
    assert result.exit_code == 0, result.output
    assert "2021-W50" in result.output and "last week" in result.output


def test_dates_jsonl_with_published(tmp_path):
    import json

    art = tmp_path / "a.txt"
    art.write_text("Headline of a piece\n\nThe talks ended on Thursday, January 13, after a week.", encoding="utf-8")
    result = runner.invoke(app, ["dates", str(art), "--published", "2022-01-14", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert {"text": "Thursday, January 13", "value": "2022-01-13"}.items() <= rows[0].items()
    bad = runner.invoke(app, ["dates", str(art), "--published", "13/01/2022"])
    assert bad.exit_code == 1 and "not a YYYY-MM-DD date" in bad.output


def test_extract_and_review(tmp_path):
    out = tmp_path / "candidates.csv"
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(out), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert out.exists() and "5 articles (0 failed)" in result.output
    result = runner.invoke(app, ["review", "--candidates", str(out), "--events", str(EVENTS), "--seeds", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert "== found" in result.output and "== missed" in result.output and "== new" in result.output
    assert "partnership-for-peace" in result.output


def test_review_without_curated_events_lists_every_candidate_as_new(tmp_path):
    folder = tmp_path / "harbour"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Harbour news\n\nThe city signed the harbour agreement on March 1, 2023. "
        "The ferry strike began in January 2023.\n", encoding="utf-8")
    (folder / "articles.csv").write_text("id,file,published\na,a.txt,2023-03-03\n", encoding="utf-8")
    cands = folder / "candidates.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(cands), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    n_events = len({row["event_id"] for row in csv.DictReader(io.StringIO(cands.read_text(encoding="utf-8")))})
    result = runner.invoke(app, ["review", "--candidates", str(cands)])  # articles: the candidates' folder
    assert result.exit_code == 0, result.output
    assert "unknown article" not in result.output and "every candidate is listed as new" in result.output
    assert "== found (0)" in result.output and "== missed (0)" in result.output
    assert f"== new ({n_events})" in result.output and n_events >= 2
    # a curated file next to the candidates is used (and said so)
    (folder / "curated.csv").write_text(cands.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["review", "--candidates", str(cands)])
    assert result.exit_code == 0, result.output
    assert "comparing with" in result.output and f"== found ({n_events})" in result.output


def _extract_then_build(tmp_path, pages: dict[str, str], published: str = ""):
    """Write ``name: text`` pages into a folder (with an ``articles.csv`` when ``published`` is given), run
    ``timeline extract`` then ``timeline build`` on its candidates: the candidate rows and the build's result."""
    folder = tmp_path / "folder"
    folder.mkdir()
    for name, text in pages.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    if published:
        rows = "".join(f"{name},{name}.txt,{published}\n" for name in pages)
        (folder / "articles.csv").write_text("id,file,published\n" + rows, encoding="utf-8")
    cands = folder / "candidates.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(cands), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(cands.read_text(encoding="utf-8"))))
    page = tmp_path / "page.html"
    result = runner.invoke(app, ["build", "--seeds", str(folder), "--events", str(cands), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert page.exists()
    return rows, result


def test_build_of_no_events_says_so(tmp_path):
    # a folder whose one article gives no dated event: the page is written, and one warning line says it is empty
    rows, result = _extract_then_build(tmp_path, {"n": "Club notes\n\nThe members like the new boathouse.\n"})
    assert rows == [] and "no events; the page shows an empty timeline" in result.output
    assert "(0 events, 0 quotes)" in result.output


def test_candidates_of_a_chronicle_build_as_they_are(tmp_path):
    # a club's log with its dates on lines of their own: the candidates' dates are written outside their quotes, and
    # `timeline build --events candidates.csv` must still accept them (date_text is empty, the note names the date)
    log = ("Club log\n\nMarch 3, 2023\n\nThe committee voted to rebuild the boathouse.\n\nMarch 5, 2023\n\n"
           "The treasurer resigned after the vote.\n")
    rows, _result = _extract_then_build(tmp_path, {"log": log}, published="2023-03-10")
    assert {r["date"] for r in rows} >= {"2023-03-03", "2023-03-05"}
    assert all(r["date_text"] in r["quote"] for r in rows) and any("'March 3, 2023'" in r["note"] for r in rows)


def _harbour_one(tmp_path: Path) -> Path:
    """A folder ``harbour`` of one dated article."""
    folder = tmp_path / "harbour"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Harbour board votes\n\nMay 2, 2022\n\nThe harbour board voted on May 2, 2022 to close the old pier.\n",
        encoding="utf-8")
    return folder


def test_readme_chain_without_seeds_reads_the_candidates_folder(tmp_path, monkeypatch):
    # README's four steps name no --seeds for curate and validate: the articles are the candidates' folder (it holds
    # the .txt files), not seeds/ of the working directory
    folder = _harbour_one(tmp_path)
    monkeypatch.chdir(tmp_path)
    cands = folder / "candidates.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(cands), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    decisions, curated = folder / "decisions.csv", folder / "curated.csv"
    steps = (["validate", str(cands)], ["curate", str(cands), "--template", "-o", str(decisions)],
             ["curate", str(cands), "--decisions", str(decisions), "-o", str(curated)], ["validate", str(curated)],
             ["build", "--events", str(curated), "-o", str(tmp_path / "page.html")],
             ["export", "-f", "csv", "--events", str(curated), "-o", str(tmp_path / "events.csv")])
    for step in steps:
        result = runner.invoke(app, step)
        assert result.exit_code == 0, (step, result.output)
    assert "harbour" in (tmp_path / "page.html").read_text(encoding="utf-8").lower()


def test_extract_names_the_files_of_a_folder_it_does_not_read(tmp_path):
    folder = tmp_path / "scraped"
    (folder / "older").mkdir(parents=True)
    story = "Harbour board votes\n\nMay 2, 2022\n\nThe harbour board voted on May 2, 2022 to close the old pier.\n"
    (folder / "one.txt").write_text(story, encoding="utf-8")
    (folder / "older" / "two.txt").write_text(story, encoding="utf-8")
    (folder / "three.html").write_text("<p>" + story + "</p>", encoding="utf-8")
    cands = tmp_path / "c.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(cands), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "not read" in line]
    assert len(lines) == 2 and all(line.startswith("warning: ") for line in lines)
    assert "three.html" in lines[1] and "older" in lines[0] and "**" in lines[0]
    assert "1 articles" in result.output


def test_a_bad_file_left_out_by_extract_does_not_stop_build(tmp_path):
    # extract reports an unreadable article and goes on; the commands reading the candidates must go on too
    folder = tmp_path / "scraped"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Harbour board votes\n\nMay 2, 2022\n\nThe harbour board voted on May 2, 2022 to close the old pier.\n",
        encoding="utf-8")
    (folder / "failed scrape.txt").write_bytes(b"")
    cands = folder / "candidates.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(cands), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0 and "1 failed" in result.output, result.output
    for step in (["validate", str(cands)], ["build", "--events", str(cands), "-o", str(tmp_path / "p.html")],
                 ["export", "-f", "json", "--events", str(cands), "-o", str(tmp_path / "e.json")],
                 ["review", "--candidates", str(cands)]):
        result = runner.invoke(app, step)
        assert result.exit_code == 0, (step, result.output)
        bad = [line for line in result.output.splitlines() if "failed scrape.txt" in line]
        assert bad == [f"error: {folder / 'failed scrape.txt'}: empty article (no text)"], (step, result.output)


def test_a_folder_of_subfolders_extracted_by_glob_builds(tmp_path):
    # articles kept in one subfolder per month: `extract 'DIR/**/*.txt'` reads them, and build/validate/review with
    # --seeds DIR (or no --seeds, the candidates being in DIR) read the same subfolders
    folder = tmp_path / "archive"
    story = "Harbour board votes\n\nMay {d}, 2022\n\nThe harbour board voted on May {d}, 2022 to close pier {d}.\n"
    for sub, day in (("may/week1", 2), ("may/week2", 9)):
        (folder / sub).mkdir(parents=True)
        (folder / sub / f"day{day}.txt").write_text(story.format(d=day), encoding="utf-8")
    cands = folder / "candidates.csv"
    result = runner.invoke(app, ["extract", f"{folder}/**/*.txt", "-o", str(cands), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0 and "2 articles" in result.output, result.output
    for step in (["validate", str(cands)], ["validate", str(cands), "--seeds", str(folder)],
                 ["build", "--events", str(cands), "-o", str(tmp_path / "p.html")],
                 ["review", "--candidates", str(cands)]):
        result = runner.invoke(app, step)
        assert result.exit_code == 0, (step, result.output)
    (folder / "may" / "week2" / "day2.txt").write_text(story.format(d=3), encoding="utf-8")  # id day2 twice
    result = runner.invoke(app, ["validate", str(cands), "--seeds", str(folder)])
    assert result.exit_code == 1 and "article id 'day2' is also used by" in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].endswith("give the folder the events come from with --seeds)"), errors


def test_validate_names_the_way_out_when_story_folders_share_a_file_name(tmp_path):
    # two stories extracted side by side under one parent: the candidates of one, written to the parent, find both
    # folders' articles by default; their shared file name is one error line saying how to choose
    story = "Ferry crossings halted\n\nMay 2, 2022\n\nThe ferry operator halted crossings on May 2, 2022.\n"
    for name in ("ferries", "bridges"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "release01.txt").write_text(story, encoding="utf-8")
    cands = tmp_path / "ferries.csv"
    result = runner.invoke(app, ["extract", str(tmp_path / "ferries"), "-o", str(cands), "--workers", "1",
                                 "--no-progress"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["validate", str(cands)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "--seeds" in result.output and "release01" in result.output, result.output
    result = runner.invoke(app, ["validate", str(cands), "--seeds", str(tmp_path / "ferries")])
    assert result.exit_code == 0, result.output


def test_build_says_once_which_articles_have_no_publication_date(tmp_path):
    # extract warns per article (its relative dates stay unresolved); the commands after it say it in one line
    folder = tmp_path / "undated"
    folder.mkdir()
    for i in range(3):
        (folder / f"n{i}.txt").write_text(
            f"Harbour notes {i}\n\nThe board voted on May {i + 2}, 2022 to close the old pier on Monday.\n",
            encoding="utf-8")
    cands = folder / "candidates.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(cands), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0 and result.output.count("no publication date") >= 3, result.output
    for step in (["validate", str(cands)], ["build", "--events", str(cands), "-o", str(tmp_path / "p.html")]):
        result = runner.invoke(app, step)
        assert result.exit_code == 0, (step, result.output)
        lines = [line for line in result.output.splitlines() if "no publication date" in line]
        assert lines == ["warning: 3 of 3 articles have no publication date: n0, n1, n2 (give the dates in "
                         "articles.csv; 'timeline undated FOLDER' writes one to fill in)"], (step, result.output)


def test_events_citing_articles_of_another_folder_say_to_give_seeds(tmp_path, monkeypatch):
    folder = _harbour_one(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "other.txt").write_text("Other news\n\nNothing happened on May 3, 2022.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "build").mkdir()
    cands = tmp_path / "build" / "candidates.csv"  # extract's default output: no articles next to it
    result = runner.invoke(app, ["extract", str(folder), "-o", str(cands), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["build", "--events", str(cands), "-o", str(tmp_path / "p.html")])
    assert result.exit_code == 1
    last = result.output.strip().splitlines()[-1]
    assert "cite articles not in seeds: give --seeds" in last, result.output


def test_events_of_another_folder_list_three_rows_then_the_hint(tmp_path):
    """Read against the wrong folder, every row cites an unknown article: three rows are named, then a count and
    the one line saying to give --seeds (not one line per row)."""
    folder = tmp_path / "harbour"
    folder.mkdir()
    for k in range(6):
        (folder / f"a{k}.txt").write_text(f"Harbour vote {k}\n\nMay {k + 2}, 2022\n\nThe harbour board voted on "
                                          f"May {k + 2}, 2022 to close pier {k}.\n", encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / "z.txt").write_text("Other news\n\nNothing happened on May 3, 2022.\n", encoding="utf-8")
    cands = other / "candidates.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(cands), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["validate", str(cands)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert sum("unknown article '" in line for line in lines) == 3, result.output
    assert "more row(s) citing unknown articles" in lines[-2] and "give --seeds" in lines[-1], result.output


def test_export_formats(tmp_path):
    for fmt, name in (("html", "t.html"), ("timelinejs", "t.json"), ("csv", "t.csv"), ("json", "e.json")):
        out = tmp_path / name
        result = runner.invoke(app, ["export", "--format", fmt, "--seeds", str(SEEDS), "--events", str(EVENTS), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 1000
    # the events as curated, plus each quote's article title, outlet, publication date and URL
    import csv as _csv

    exported = list(_csv.DictReader((tmp_path / "t.csv").open(encoding="utf-8")))
    curated = list(_csv.DictReader(EVENTS.open(encoding="utf-8")))
    article_cols = ["article_title", "article_outlet", "article_published", "article_url"]
    assert list(exported[0])[-4:] == article_cols
    assert [{k: v for k, v in row.items() if k not in article_cols} for row in exported] == curated
    assert all(row["article_title"] and row["article_published"] for row in exported)
    bad = runner.invoke(app, ["export", "--format", "pdf", "-o", str(tmp_path / "x.pdf")])
    assert bad.exit_code == 2 and "pdf" in bad.output


def test_extract_glob_parquet_reports_corrupt_file(tmp_path):
    from timeline.engine import read_parquet

    archive = tmp_path / "archive"
    archive.mkdir()
    for src in sorted(SEEDS.glob("00[0-2]_*.txt")):
        (archive / src.name).write_bytes(src.read_bytes())
    (archive / "junk.txt").write_bytes(b"\x00\x01\x02 binary")
    out = tmp_path / "dataset"
    result = runner.invoke(
        app, ["extract", str(archive / "*.txt"), "-o", str(out), "--format", "parquet", "--workers", "1", "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    assert "junk.txt" in result.output and "binary" in result.output
    assert "4 articles (1 failed)" in result.output
    frame = read_parquet(out)
    assert set(frame["source"]) == {p.stem for p in archive.glob("00*.txt")}
    strict = runner.invoke(
        app, ["extract", str(archive / "*.txt"), "-o", str(tmp_path / "c.csv"), "--workers", "1", "--no-progress", "--strict"]
    )
    assert strict.exit_code == 1


def test_dayfirst_option_reaches_the_loader(tmp_path):
    """--dayfirst/--monthfirst set the order of numeric publication dates (here 4/9/2022)."""
    (tmp_path / "a.txt").write_text(
        "Acme board adopts poison pill\n4/9/2022\n\nJane Doe said on Monday that she now owns a large part of Acme Corp.\n",
        encoding="utf-8",
    )
    rows = {}
    for flag in ("--dayfirst", "--monthfirst"):
        out = tmp_path / f"{flag}.csv"
        result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out), "--workers", "1", "--no-progress", flag])
        assert result.exit_code == 0, result.output
        rows[flag] = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))["date"]
        dates = runner.invoke(app, ["dates", str(tmp_path / "a.txt"), flag])
        assert rows[flag] in dates.output
    assert rows == {"--dayfirst": "2022-08-29", "--monthfirst": "2022-04-04"}
    for command in ("validate", "build", "review", "export"):
        assert "--dayfirst" in runner.invoke(app, [command, "--help"]).output
def test_dates_mode(tmp_path):
    import json

    art = tmp_path / "h.txt"
    art.write_text("The mill\n\nThe mill was built in 1847. On 3 March the wheel turned.", encoding="utf-8")
    result = runner.invoke(app, ["dates", str(art), "--published", "2020-06-01", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [r["value"] for r in rows] == ["1847", "2020-03-03"]
    result = runner.invoke(app, ["dates", str(art), "--mode", "narrative", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [r["value"] for r in rows] == ["1847", "1847-03-03"]


def _two_pages(folder: Path) -> None:
    folder.mkdir()
    (folder / "vote.txt").write_text("Harbour board votes\n\nMay 2, 2022\n\nThe harbour board voted on Monday to "
                                     "close the old pier.\n", encoding="utf-8")
    (folder / "pier.txt").write_text("Pier closes\n\nThe old pier closed on Friday, four days after the board's vote "
                                     "of May 2, 2022.\n", encoding="utf-8")


def test_undated_writes_an_articles_csv_to_fill_in_and_extract_then_reads_it(tmp_path):
    """`timeline undated` lists the article with no publication date, its note giving the newest date the text
    prints; once the analyst fills 'published', extract dates its 'on Friday' from it."""
    folder = tmp_path / "harbour"
    _two_pages(folder)
    result = runner.invoke(app, ["undated", str(folder)])
    assert result.exit_code == 0, result.output
    assert "1 of 2 articles without a publication date" in result.output
    rows = list(csv.DictReader(io.StringIO((folder / "articles.csv").read_text(encoding="utf-8"))))
    assert [(r["file"], r["published"]) for r in rows] == [("pier.txt", "")]
    assert "2022-05-02" in rows[0]["note"] and "written that day or later" in rows[0]["note"]
    text = (folder / "articles.csv").read_text(encoding="utf-8").replace("pier.txt,,", "pier.txt,2022-05-06,")
    (folder / "articles.csv").write_text(text, encoding="utf-8")
    cands = tmp_path / "c.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(cands), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0 and "no publication date" not in result.output, result.output
    dates = {r["date"] for r in csv.DictReader(io.StringIO(cands.read_text(encoding="utf-8")))}
    assert "2022-05-06" in dates, dates  # 'closed on Friday', dated from the filled-in day


def test_undated_never_overwrites_an_articles_csv_and_says_when_all_are_dated(tmp_path):
    """An existing articles.csv is not overwritten (one error line: give -o); a folder whose articles all have a
    date gets nothing written."""
    folder = tmp_path / "harbour"
    _two_pages(folder)
    (folder / "articles.csv").write_text("file,published\npier.txt,2022-05-06\n", encoding="utf-8")
    result = runner.invoke(app, ["undated", str(folder)])
    assert result.exit_code == 1 and "exists; give -o FILE" in result.output, result.output
    out = tmp_path / "todo.csv"
    result = runner.invoke(app, ["undated", str(folder), "-o", str(out)])
    assert result.exit_code == 0 and "all 2 articles" in result.output and not out.exists(), result.output


def test_extract_a_folder_with_events_of_1066_and_1215_exits_0_and_writes_them(tmp_path):
    from conftest import OLD_FOLDER_DATES, old_dates_folder

    folder = old_dates_folder(tmp_path / "abbey")
    out = tmp_path / "candidates.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted({r["date"] for r in rows}) == OLD_FOLDER_DATES
    page = tmp_path / "timeline.html"
    result = runner.invoke(app, ["build", "--seeds", str(folder), "--events", str(out), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert '<time datetime="1066-10-14">14 October 1066</time>' in page.read_text(encoding="utf-8")


def test_extract_reports_a_failed_step_and_keeps_the_article_s_other_events(tmp_path, broken_sentence):
    """A sentence that makes the extractor raise is one `error:` line naming the file and the place; the article's
    other events are written, the summary counts the failed step, and --strict exits 1."""
    (tmp_path / "a.txt").write_text(broken_sentence, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("id,file,published\na,a.txt,2022-06-09\n", encoding="utf-8")
    out = tmp_path / "c.csv"
    args = ["extract", str(tmp_path), "-o", str(out), "--workers", "1", "--no-progress"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "a.txt" in errors[0] and "'May 3, 2022'" in errors[0] and "RuntimeError: boom" in errors[0]
    assert "1 articles (0 failed, 1 failed steps)" in result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["date"] for r in rows] == ["2022-06-08"]
    assert runner.invoke(app, [*args, "--strict"]).exit_code == 1


def test_a_folder_of_html_pages_end_to_end(tmp_path, monkeypatch):
    # pages saved as their HTML source (one on many lines, one minified, one with entities and a link) and a plain
    # text quoting a tag: extract, validate and export give a timeline whose titles and shown quotes hold no markup
    folder = tmp_path / "pages"
    folder.mkdir()
    head = ('<!DOCTYPE html>\n<html><head><title>{t}</title>\n<meta property="article:published_time" '
            'content="{d}T08:00:00Z" />\n<script>var x = "<p>menu</p>";</script>\n</head>\n<body>\n<h1>{t}</h1>\n')
    (folder / "a.txt").write_text(
        head.format(t="Harbor board fines ferry firm", d="2021-03-12")
        + '<p>The <a href="/board">harbor board</a> on Tuesday fined the ferry firm $9,000 for late sailings.</p>\n'
        "<p>The firm&#8217;s owner said on Wednesday it would appeal &amp; pay later.</p>\n</body></html>\n",
        encoding="utf-8")
    (folder / "b.txt").write_text(
        (head.format(t="Ferry firm appeals fine", d="2021-03-20")
         + "<p>The ferry firm on Thursday appealed the fine the harbor board imposed on March 9.</p>\n"
         "</body></html>\n").replace("\n", ""), encoding="utf-8")
    (folder / "c.txt").write_text(
        "Harbor board sets rules\n\nMarch 22, 2021\n\nThe harbor board on Monday adopted new rules; its notice "
        "printed the word <b> by mistake and said 3 < 4 > 2.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    cands = tmp_path / "c.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(cands), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(cands.open(encoding="utf-8")))
    assert {r["date"] for r in rows} >= {"2021-03-09", "2021-03-18", "2021-03-22"}
    assert not any(re.search(r"[<>]|&#?\w+;", r["title"]) for r in rows), [r["title"] for r in rows]
    assert not any(r["quote"].startswith("<") or r["quote"].endswith(">") for r in rows)
    result = runner.invoke(app, ["validate", str(cands), "--seeds", str(folder)])
    assert result.exit_code == 0, result.output
    page = tmp_path / "t.html"
    result = runner.invoke(app, ["export", "-f", "html", "--seeds", str(folder), "--events", str(cands), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert "Harbor board" in page.read_text(encoding="utf-8")


def test_every_command_reading_events_reads_the_parquet_dataset_extract_writes(tmp_path):
    """robust29: ``timeline extract FOLDER -o out`` (no ``.csv``) writes a Parquet dataset, which only ``curate``
    read; ``validate``, ``build``, ``review`` and ``export`` said ``is a folder, not a file``."""
    from typer.testing import CliRunner

    from timeline.cli import app

    runner = CliRunner()
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text("Pier vote\n\nMay 3, 2022\n\nThe harbour board voted on May 2, 2022 to close the "
                                  "old pier.\n", encoding="utf-8")
    out = tmp_path / "arts" / "out"
    res = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--no-progress", "--workers", "1"])
    assert res.exit_code == 0, res.output
    for args in (["validate", str(out)], ["build", "--events", str(out), "-o", str(tmp_path / "p.html")],
                 ["review", "--candidates", str(out)],
                 ["export", "--format", "csv", "--events", str(out), "-o", str(tmp_path / "e.csv")]):
        res = runner.invoke(app, args)
        assert res.exit_code == 0 and "is a folder" not in res.output, (args, res.output)
    assert (tmp_path / "p.html").is_file() and "2022-05-02" in (tmp_path / "e.csv").read_text(encoding="utf-8")
