"""Every expected failure of the CLI is one line, exit 1 (2 for usage), checked before the work, nothing left behind.

Each test is one row of the bad-input table of the issue "Every bad input gets one clear line": the line printed,
the exit code, that nothing new is left in the output folder and that an old output is intact. The commands run
through :func:`timeline.cli.run`, the console entry, so the real error path is tested.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from conftest import EVENTS, ROOT, SEEDS
from timeline.cli import run


def _run(capsys, *args: str) -> tuple[int, list[str]]:
    code = run([str(a) for a in args])
    err = capsys.readouterr().err
    return code, [line for line in err.splitlines() if line.strip()]


def _errors(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("error:")]


@pytest.fixture()
def out(tmp_path):
    """An output folder holding one old file, whose content must survive every failure."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "old.html").write_text("old output")
    return folder


def _untouched(folder) -> None:
    assert sorted(p.name for p in folder.iterdir()) == ["old.html"]
    assert (folder / "old.html").read_text() == "old output"


def test_events_path_is_a_folder(capsys):
    code, lines = _run(capsys, "validate", SEEDS, "--seeds", SEEDS)
    assert code == 1 and lines == [f"error: {SEEDS}: is a folder, not a file"]


@pytest.fixture()
def read_only(out, monkeypatch):
    """``out`` made read-only (root ignores permissions, so there the refusal is simulated at the probe)."""
    out.chmod(0o555)
    if os.geteuid() == 0:
        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("timeline.paths.tempfile.TemporaryFile", refuse)
    yield out
    out.chmod(0o755)


@pytest.mark.parametrize(
    "args",
    [
        ["build", "-o", "{out}/t.html"],
        ["export", "-f", "html", "-o", "{out}/t.html"],
        ["export", "-f", "csv", "-o", "{out}/t.csv"],
        ["export", "-f", "json", "-o", "{out}/t.json"],
        ["export", "-f", "timelinejs", "-o", "{out}/t.json"],
        ["export", "-f", "png", "-o", "{out}/t.png"],
        ["extract", str(SEEDS), "-o", "{out}/c.csv"],
    ],
    ids=lambda a: " ".join(a[:3]),
)
def test_read_only_output_folder_is_one_line_before_the_work(capsys, read_only, monkeypatch, args):
    def no_work(*a, **k):
        raise AssertionError("the work started before the output was checked")

    monkeypatch.setattr("timeline.engine.run_extraction", no_work)
    monkeypatch.setattr("timeline.articles.load_articles", no_work)
    argv = [a.format(out=read_only) for a in args]
    if argv[0] != "extract":
        argv += ["--seeds", str(SEEDS), "--events", str(EVENTS)]
    code, lines = _run(capsys, *argv)
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith("error: ") and "cannot write into" in lines[0]
    _untouched(read_only)


@pytest.mark.parametrize("command", ["build", "export"])
def test_output_is_an_existing_folder(capsys, out, command):
    extra = ["-f", "html"] if command == "export" else []
    code, lines = _run(capsys, command, *extra, "-o", out, "--seeds", SEEDS, "--events", EVENTS)
    assert code == 1 and lines == [f"error: {out}: is a folder; give a file name inside it"]
    _untouched(out)


_INTERRUPT_AT_START = textwrap.dedent(
    """
    import builtins, sys
    real = builtins.__import__
    def interrupting(name, *args, **kwargs):
        if name == "cli" or name.endswith("timeline.cli"):
            raise KeyboardInterrupt
        return real(name, *args, **kwargs)
    builtins.__import__ = interrupting
    sys.argv = ["timeline", "--help"]
    from timeline.entry import main
    main()
    """
)


def test_ctrl_c_during_start_up_is_a_quiet_130():
    proc = subprocess.run(
        [sys.executable, "-c", _INTERRUPT_AT_START], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 130
    assert proc.stderr.strip() == "interrupted"


def test_ctrl_c_in_a_command_is_130(capsys, monkeypatch):
    def interrupt(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr("timeline.articles.load_sources", interrupt)  # what validate loads the articles with
    code, lines = _run(capsys, "validate", EVENTS, "--seeds", SEEDS)
    assert code == 130 and "Traceback" not in "\n".join(lines)


def _folder(tmp_path, files: dict[str, bytes]):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


STORY = b"Acme news\n\nAcme Corp signed the deal on March 3, 2021, the company said.\n"


@pytest.mark.parametrize("sep", ["\u2028", "\x85", "\x0b", "\x0c"])
def test_articles_csv_line_breaks_inside_a_field_are_text(capsys, tmp_path, sep):
    meta = f"id,file,title,published,dayfirst\na,a.txt,one{sep}two,2021-03-04,\nb,b.txt,ok,2021-03-01,maybe\n".encode()
    folder = _folder(tmp_path, {"a.txt": STORY, "b.txt": STORY, "articles.csv": meta})
    code, lines = _run(capsys, "validate", EVENTS, "--seeds", folder)
    assert code == 1
    assert lines == [f"error: {folder / 'articles.csv'}:3:dayfirst: 'maybe' is not true or false"]


def test_a_published_value_that_is_no_date_is_one_warning_and_the_folder_is_read(capsys, tmp_path):
    meta = b"id,file,published\na,a.txt,2021-03-04\nb,b.txt,2021-02-30\n"
    folder = _folder(tmp_path, {"a.txt": STORY, "b.txt": STORY, "articles.csv": meta})
    out = tmp_path / "c.csv"
    code, lines = _run(capsys, "extract", folder, "-o", out, "--workers", "1", "--no-progress")
    bad = f"{folder / 'b.txt'}: {folder / 'articles.csv'}:3:published: '2021-02-30' is not a date"
    assert code == 0 and sum(bad in line for line in lines) == 1, lines
    code, lines = _run(capsys, "validate", out, "--seeds", folder)
    assert code == 0 and sum(bad in line for line in lines) == 1, lines


def test_windows_1252_events_csv_names_the_line_and_says_what_to_do(capsys, tmp_path):
    text = EVENTS.read_text(encoding="utf-8").splitlines(keepends=True)
    bad = tmp_path / "events.csv"
    bad.write_bytes("".join(text[:1]).encode() + text[1].replace(",", ",’", 1).encode("cp1252", "replace")
                    + "".join(text[2:]).encode())
    code, lines = _run(capsys, "validate", bad, "--seeds", SEEDS)
    assert code == 1
    assert any(f"{bad}:2:-:" in line and "Windows-1252" in line and "UTF-8" in line for line in lines)


def test_utf16_article_and_csv(capsys, tmp_path):
    folder = _folder(tmp_path, {"a.txt": STORY.decode().encode("utf-16")})
    code, lines = _run(capsys, "extract", folder, "-o", tmp_path / "c.csv", "--workers", "1", "--no-progress")
    assert any("UTF-16 text: save it as UTF-8" in line for line in lines)
    csv16 = tmp_path / "events16.csv"
    csv16.write_bytes(EVENTS.read_text(encoding="utf-8").encode("utf-16"))
    code, lines = _run(capsys, "validate", csv16, "--seeds", SEEDS)
    assert code == 1 and lines[0] == f"{csv16}:1:-: UTF-16 text: save it as UTF-8"


@pytest.mark.parametrize(("sep", "name"), [(";", "';'"), ("\t", "a tab")])
def test_semicolon_or_tab_delimited_csv_is_one_line(capsys, tmp_path, sep, name):
    bad = tmp_path / "events.csv"
    bad.write_text(EVENTS.read_text(encoding="utf-8").replace(",", sep), encoding="utf-8")
    code, lines = _run(capsys, "validate", bad, "--seeds", SEEDS)
    assert code == 1 and len(lines) <= 2 and any(f"delimiter looks like {name}" in line for line in lines)
    meta = f"id{sep}file\na{sep}a.txt\n".encode()
    folder = _folder(tmp_path, {"a.txt": STORY, "articles.csv": meta})
    code, lines = _run(capsys, "validate", EVENTS, "--seeds", folder)
    assert code == 1 and lines == [f"error: {folder / 'articles.csv'}:1:-: delimiter looks like {name} — save the file with commas"]


def test_articles_csv_with_a_bom_is_accepted(tmp_path):
    from timeline.articles import load_articles

    folder = _folder(tmp_path, {"a.txt": STORY, "articles.csv": b"\xef\xbb\xbfid,file,published\na,a.txt,2021-03-04\n"})
    (article,) = load_articles(folder)
    assert article.id == "a" and article.published.isoformat() == "2021-03-04"


def test_every_bad_article_of_a_folder_is_reported(capsys, tmp_path):
    folder = _folder(tmp_path, {"a.txt": b"\x89PNG\x00\x00\x00", "b.txt": b"   \n", "c.txt": STORY,
                                "d.txt": "caf\u00e9".encode("latin-1")})
    code, lines = _run(capsys, "validate", EVENTS, "--seeds", folder)
    assert code == 1  # the events cite articles of seeds/, not of this folder
    bad = [line for line in lines if line.startswith("error: ")]
    assert [line.split(":")[1].strip().rsplit("/", 1)[-1] for line in bad] == ["a.txt", "b.txt", "d.txt"]
    assert any("unknown article" in line and "known: c)" in line for line in lines)  # c.txt was loaded: the run went on


def test_a_glob_that_matches_nothing_is_an_error_and_writes_nothing(capsys, tmp_path):
    target = tmp_path / "c.csv"
    code, lines = _run(capsys, "extract", f"{tmp_path}/x/**/*.txt", "-o", target, "--no-progress")
    assert code == 1 and lines == [f"error: no article matches {tmp_path}/x/**/*.txt; nothing written"]
    assert not target.exists()


@pytest.mark.parametrize(("fmt", "name"), [("png", "x.svg"), ("csv", "x.html"), ("svg", "x.png"), ("json", "x.csv")])
def test_an_output_name_that_does_not_match_the_format_is_refused(capsys, out, fmt, name):
    code, lines = _run(capsys, "export", "-f", fmt, "-o", out / name, "--seeds", SEEDS, "--events", EVENTS)
    assert code == 1 and len(lines) == 1 and f"--format {fmt} writes" in lines[0]
    _untouched(out)


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x9b"])
def test_control_characters_in_a_title_are_rejected_with_file_row_column(capsys, tmp_path, char):
    text = EVENTS.read_text(encoding="utf-8").splitlines(keepends=True)
    import csv
    import io

    rows = list(csv.reader(io.StringIO("".join(text), newline="")))
    col = rows[0].index("title")
    rows[1][col] = f"bad{char}title"
    # every row of that event shares the title
    for row in rows[2:]:
        if row[0] == rows[1][0]:
            row[col] = rows[1][col]
    bad = tmp_path / "events.csv"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    bad.write_text(buf.getvalue(), encoding="utf-8")
    code, lines = _run(capsys, "validate", bad, "--seeds", SEEDS)
    assert code == 1
    assert f"{bad}:2:title: control character U+{ord(char):04X} in text" in lines


def test_warnings_are_one_line(capsys, tmp_path, monkeypatch):
    import warnings

    def warn_then_write(frame, output, **kwargs):
        warnings.warn("the full plotly.js bundle is used\nsecond line", UserWarning)
        output.write_text("page")
        return output

    monkeypatch.setattr("timeline.export.write_html", warn_then_write)
    code, lines = _run(capsys, "build", "-o", tmp_path / "t.html", "--seeds", SEEDS, "--events", EVENTS)
    assert code == 0
    assert lines == ["warning: the full plotly.js bundle is used second line"]


def test_review_without_candidates_says_to_extract_first(capsys, tmp_path):
    code, lines = _run(capsys, "review", "--candidates", tmp_path / "c.csv", "--seeds", SEEDS)
    assert code == 1
    assert lines == [f"error: {tmp_path / 'c.csv'}: no such file; run `timeline extract ARTICLES -o CANDIDATES.csv` first"]


def test_an_unexpected_error_is_one_line_with_a_debug_hint(capsys, monkeypatch):
    def boom(*a, **k):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("timeline.articles.load_sources", boom)  # what validate loads the articles with
    code, lines = _run(capsys, "validate", EVENTS, "--seeds", SEEDS)
    assert code == 1
    assert lines == ["error: ZeroDivisionError: division by zero (run with --debug for the traceback)"]
    with pytest.raises(ZeroDivisionError):
        run(["validate", str(EVENTS), "--seeds", str(SEEDS), "--debug"])


def test_usage_errors_exit_2(capsys):
    code, lines = _run(capsys, "no-such-command")
    assert code == 2 and lines[-1] == "Error: No such command 'no-such-command'."


def test_python_dash_m_uses_the_same_entry(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "timeline", "validate", str(SEEDS)], capture_output=True, text=True, cwd=tmp_path,
        timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert proc.returncode == 1 and proc.stderr.strip() == f"error: {SEEDS}: is a folder, not a file"


def test_an_article_over_the_size_limit_is_one_line_naming_the_override(capsys, tmp_path):
    big = STORY * 20  # 1.4 kB: over a 0.001 MB limit, as a 20 MB article is over the default 10 MB
    folder = _folder(tmp_path, {"big.txt": big, "ok.txt": STORY})
    code, lines = _run(capsys, "dates", folder / "big.txt", "--max-article-mb", "0.001")
    assert code == 1 and len(lines) == 1
    assert lines[0].startswith(f"error: {folder / 'big.txt'}: 0.0 MB, larger than the 0.001 MB limit")
    assert "--max-article-mb" in lines[0]
    target = tmp_path / "c.csv"
    code, lines = _run(capsys, "extract", folder, "-o", target, "--no-progress", "--workers", "1",
                       "--max-article-mb", "0.001", "--strict")
    assert code == 1 and _errors(lines) == [lines[0]] and "big.txt" in lines[0] and "0.001 MB limit" in lines[0]
    assert "ok" in target.read_text(encoding="utf-8")  # the other article is extracted
    code, lines = _run(capsys, "dates", folder / "big.txt", "--max-article-mb", "0")  # 0: no limit
    assert code == 0 and not _errors(lines)


def test_an_output_that_would_replace_an_input_or_the_articles_metadata_is_refused(capsys, tmp_path):
    """robust29: ``export --events ev.csv -o ev.csv`` made the curated file an export, ``curate … --decisions d.csv -o
    d.csv`` lost the decisions and ``-o FOLDER/articles.csv`` replaced the articles' metadata with events; each is
    refused in one line before any work, the file left as it was."""
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text("Pier vote\n\nThe harbour board voted on May 2, 2022 to close the old pier.\n")
    meta = folder / "articles.csv"
    meta.write_text("file,published\na.txt,2022-05-03\n")
    events = tmp_path / "events.csv"
    decisions = tmp_path / "decisions.csv"
    decisions.write_text("event_id,action,value\n")
    for args, path, why in [
        (("extract", folder, "-o", meta, "--no-progress"), meta, "is the articles' metadata file"),
        (("export", "--format", "csv", "--events", events, "--seeds", folder, "-o", events), events,
         "is also an input of this command"),
        (("curate", events, "--decisions", decisions, "--seeds", folder, "-o", decisions), decisions,
         "is also an input of this command"),
    ]:
        before = path.read_text() if path.exists() else None
        if path == events:
            events.write_text("event_id,date\n")
            before = events.read_text()
        code, lines = _run(capsys, *args)
        assert code == 1 and len(_errors(lines)) == 1 and _errors(lines)[0].startswith(f"error: {path}: {why}"), lines
        assert path.read_text() == before
