"""The committed development corpora are what their README says: texts, sources and gold timelines agree."""

from __future__ import annotations

import csv
import importlib.util
import io
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "benchmarks" / "corpora"
STORIES = sorted(p for p in CORPORA.iterdir() if (p / "gold_events.csv").exists())


def _checker():
    spec = importlib.util.spec_from_file_location("check_corpus", CORPORA / "check_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_at_least_three_stories():
    assert len(STORIES) >= 3


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_story_checks_clean(story, capsys):
    assert _checker().main([str(story)]) == 0, capsys.readouterr().out


def test_checker_reports_an_evidence_not_in_its_article(tmp_path, capsys):

    story = tmp_path / "story"
    shutil.copytree(STORIES[0], story)
    gold = story / "gold_events.csv"
    lines = gold.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    assert "evidence" in header
    rows = list(csv.DictReader(io.StringIO("".join(lines))))
    rows[0]["evidence"] = "words no article of this story contains zqxj"
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    gold.write_text(out.getvalue(), encoding="utf-8")
    assert _checker().main([str(story)]) == 1
    printed = capsys.readouterr().out
    assert "column evidence" in printed and "zqxj" in printed
