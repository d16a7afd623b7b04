"""Nothing from the sample corpus in the package or in the notebooks' defaults.

The seeds are one corpus among many: their lane names, their date ranges and their keywords may appear in
their own files (``seeds/``, ``data/``), in tests and in stored notebook outputs, but not in ``timeline/`` (code,
docstrings, templates) nor in a notebook's parameter cell.
"""

from __future__ import annotations

import re

import jupytext
import pytest

from conftest import ROOT

SAMPLE_WORDS = (
    # the seeds' lane names (they live in seeds/lanes.toml)
    "Treaties and institutions", "Speeches and statements", "Diplomacy and talks", "Military and conflict",
    # the old fixed range presets
    "2014 onward", "Dec 2021",
    # the seeds' keywords
    "Ukraine", "NATO", "Russia",
)
PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in SAMPLE_WORDS) + r")\b")
PACKAGE_FILES = sorted(p for p in (ROOT / "timeline").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def _hits(text: str) -> list[str]:
    return sorted({m.group(0) for m in PATTERN.finditer(text)})


@pytest.mark.parametrize("path", PACKAGE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_sample_words_in_the_package(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    assert not _hits(text), f"{path.relative_to(ROOT)} names the sample corpus: {_hits(text)}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_sample_words_in_notebook_parameters(path):
    params = [c for c in jupytext.read(path).cells if "parameters" in c.metadata.get("tags", [])]
    assert params, "a notebook has a parameters cell"
    assert not _hits(params[0].source), f"{path.name}: parameters name the sample corpus: {_hits(params[0].source)}"


def test_the_seeds_keep_their_lanes_in_their_own_file():
    text = (ROOT / "seeds" / "lanes.toml").read_text(encoding="utf-8")
    assert "Treaties and institutions" in text and "Military and conflict" in text


def test_the_check_itself_finds_words():
    assert _hits('KEYWORD = "Ukraine"  # see Dec 2021') == ["Dec 2021", "Ukraine"]
