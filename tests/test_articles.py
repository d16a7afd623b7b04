"""Loader tests: every seed's title, date and its source, boilerplate regions; bad input."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

from timeline.articles import (
    ArticleError,
    ArticleMetadataError,
    MissingPublicationDate,
    detect_published,
    find_regions,
    load_article,
    load_articles,
    read_metadata,
)

from conftest import SEEDS

EXPECTED = {
    # id: (title, published, source, printed dateline)
    "000_ca2168b8a0da226e": ("As West refuses to back down, what is Russia's next move?", dt.date(2022, 2, 4), "printed", "4 Feb, 2022 15:36"),
    "001_7fcea01cf3046776": (
        "This Is the Only Way to End Confrontation Between Russia and the West",
        dt.date(2024, 10, 29),
        "printed",
        "Created at 2024-10-29 18:21:54",
    ),
    "002_457cc2c8fda1e6b7": ("Can Russia do a deal with the West?", dt.date(2022, 1, 13), "printed", "13 Jan, 2022 17:24"),
    "003_6a211e269a2ffcee": (
        "Russia explains what it will do if US/NATO shoots down its security proposals and if NATO expansion continues",
        dt.date(2021, 12, 21),
        "inferred",
        "",
    ),
    "004_bef7366ef655edce": (
        "Why the January 2022 security talks failed: Igor Zevelev interview",
        dt.date(2022, 1, 14),
        "inferred",
        "",
    ),
}

# Boilerplate that must be found (label, a snippet inside it) and story text that must stay body.
BOILERPLATE = {
    "000_ca2168b8a0da226e": [
        ("icons", "bookmarkicon cameraicon"),
        ("dateline", "4 Feb, 2022 15:36"),
        ("headline", "As West refuses to back down"),
        ("disclaimer", "The statements, views and opinions expressed in this column"),
        ("footer", "Podcasts"),
        ("player", "26:12"),
    ],
    "001_7fcea01cf3046776": [
        ("aggregator", "Created at 2024-10-29 18:21:54 | Updated at 2024-10-30 07:34:18 4 months ago"),
        ("label", "Truth"),
        ("footer", "Read Entire Article"),
    ],
    "002_457cc2c8fda1e6b7": [
        ("icons", "v-compressicon"),
        ("dateline", "13 Jan, 2022 17:24"),
        ("credit", "This article originally appeared in the Kommersant newspaper"),
        ("player", "27:33"),
    ],
    "003_6a211e269a2ffcee": [
        ("footer", "Read More"),
        ("footer", "Leave a Reply"),
        ("footer", "WP Twitter Auto Publish Powered By :"),
    ],
    "004_bef7366ef655edce": [
        ("label", "Political scientist, PhD"),
        ("related", "Backstory"),
        ("related", "‘Reinforced concrete guarantees’ Here’s what the heads"),
        ("credit", "Translation by Eilish Hart"),
    ],
}
BODY = {
    "000_ca2168b8a0da226e": "its firm response to Georgia’s actions in 2008",
    "001_7fcea01cf3046776": "signed up to NATO’s Partnership for Peace program in Brussels on June 22, 1994",
    "002_457cc2c8fda1e6b7": "President Putin first put forward this plan in September 2019",
    "003_6a211e269a2ffcee": "Russia submitted two documents last week",
    "004_bef7366ef655edce": "wrapped up on Thursday, January 13",
}


def test_loads_all_seeds_sorted(seed_articles):
    assert [a.id for a in seed_articles] == sorted(EXPECTED)


@pytest.mark.parametrize("art_id", sorted(EXPECTED))
def test_title_and_date(articles_by_id, art_id):
    art = articles_by_id[art_id]
    title, published, source, printed = EXPECTED[art_id]
    assert art.title == title
    assert art.published == published
    assert art.published_source == source
    assert art.published_text == printed


@pytest.mark.parametrize("art_id", sorted(EXPECTED))
def test_raw_text_untouched(articles_by_id, art_id):
    art = articles_by_id[art_id]
    assert art.text == (SEEDS / f"{art_id}.txt").read_bytes().decode("utf-8")


@pytest.mark.parametrize("art_id", sorted(EXPECTED))
def test_regions_cover_text(articles_by_id, art_id):
    art = articles_by_id[art_id]
    assert art.regions[0].start == 0 and art.regions[-1].end == len(art.text)
    for a, b in zip(art.regions, art.regions[1:]):
        assert a.end == b.start
        assert a.start < a.end


@pytest.mark.parametrize("art_id", sorted(EXPECTED))
def test_boilerplate_regions(articles_by_id, art_id):
    art = articles_by_id[art_id]
    for label, snippet in BOILERPLATE[art_id]:
        pos = art.text.index(snippet)
        region = next(r for r in art.regions if r.start <= pos < r.end)
        assert (region.kind, region.label) == ("boilerplate", label), snippet
    pos = art.text.index(BODY[art_id])
    assert not art.is_boilerplate(pos, pos + len(BODY[art_id]))


def test_body_word_counts_plausible(seed_articles):
    for art in seed_articles:
        assert 800 < art.word_count() < len(art.text.split())


def test_detect_published_forms():
    assert detect_published("x\n4 Feb, 2022 15:36\n")[0] == dt.date(2022, 2, 4)
    assert detect_published("Title\nFebruary 4, 2022\nBody.")[0] == dt.date(2022, 2, 4)
    assert detect_published("Published: Jan. 5, 2022 at 3:36 PM\n")[0] == dt.date(2022, 1, 5)
    assert detect_published("By X | Created at 2024-10-29 18:21:54 | 4 months ago")[0] == dt.date(2024, 10, 29)
    assert detect_published("2022-02-30\n") is None  # not a real day
    assert detect_published("The talks of 4 Feb, 2022 were long.") is None  # a sentence, not a dateline


def test_regions_on_minimal_text():
    text = "Headline here now\n\nA sentence that says something about 1994 and more words.\nRead More"
    regions = find_regions(text, title="Headline here now")
    assert [(r.kind, r.label) for r in regions] == [
        ("boilerplate", "headline"),
        ("body", "body"),
        ("boilerplate", "footer"),
    ]


def test_no_date_warns_and_is_none(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Some headline of an article\n\nA story told in one sentence that has no dateline at all.")
    with pytest.warns(MissingPublicationDate, match="a.txt"):
        art = load_article(path)
    assert art.published is None and art.published_source is None


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("Caf\u00e9 story".encode("latin-1"), "not valid UTF-8"),
        (b"\xef\xbb\xbfA story with a BOM.", "byte-order mark"),
    ],
)
def test_bad_files_name_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as info:
        load_article(path)
    assert str(path) in str(info.value)


def test_bad_file_in_folder(tmp_path):
    (tmp_path / "good.txt").write_text("4 Feb, 2022 15:36\nA story told in one full sentence here.")
    (tmp_path / "junk.txt").write_bytes(b"\x00\x01\x02")
    with pytest.raises(ArticleError, match="junk.txt"):
        load_articles(tmp_path)


def test_missing_or_empty_folder(tmp_path):
    with pytest.raises(ArticleError, match="no such folder"):
        load_articles(tmp_path / "nope")
    with pytest.raises(ArticleError, match="no article files"):
        load_articles(tmp_path)


def test_metadata_overrides_and_supplies(tmp_path):
    (tmp_path / "a.txt").write_text("4 Feb, 2022 15:36\n\nHeadline of the story\n\nThe body sentence goes here today.")
    (tmp_path / "b.txt").write_text("The body of an undated article that says things.")
    (tmp_path / "articles.csv").write_text(
        "id,file,title,outlet,published,published_source,note\n"
        "alpha,a.txt,Given title,Outlet A,2022-02-05,given,corrected\n"
        "beta,b.txt,B title,,2021-01-02,inferred,from content\n"
    )
    arts = {a.id: a for a in load_articles(tmp_path)}
    assert arts["alpha"].published == dt.date(2022, 2, 5) and arts["alpha"].published_source == "given"
    assert arts["alpha"].published_text == "4 Feb, 2022 15:36"
    assert arts["alpha"].title == "Given title" and arts["alpha"].outlet == "Outlet A"
    assert arts["beta"].published == dt.date(2021, 1, 2) and arts["beta"].published_source == "inferred"


def test_metadata_errors_name_file_row_column(tmp_path):
    (tmp_path / "a.txt").write_text("A body sentence that is long enough to be a story.")
    meta = tmp_path / "articles.csv"
    meta.write_text(
        "id,file,published,published_source\n"
        "x,a.txt,2022-13-01,printed\n"
        "y,,2022-01-01,given\n"
        "z,b.txt,2022-01-01,guessed\n"
    )
    with pytest.raises(ArticleMetadataError) as info:
        read_metadata(meta)
    problems = info.value.problems
    assert f"{meta}:2:published: '2022-13-01' is not a YYYY-MM-DD date" in problems
    assert f"{meta}:3:file: empty file name" in problems
    assert any(p.startswith(f"{meta}:4:published_source:") for p in problems)
    assert len(problems) == 3


def test_metadata_names_missing_file(tmp_path):
    (tmp_path / "a.txt").write_text("A body sentence that is long enough to be a story.")
    (tmp_path / "articles.csv").write_text("file,title\na.txt,A\nmissing.txt,M\n")
    with pytest.raises(ArticleMetadataError, match=r"articles.csv:3:file: 'missing.txt' is listed"):
        load_articles(tmp_path)


def test_never_today(tmp_path, monkeypatch):
    """An undated article never gets the current date, whatever the clock says."""
    path = tmp_path / "a.txt"
    path.write_text("Headline words here\n\nA story with a body sentence and no dateline anywhere.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MissingPublicationDate)
        assert load_article(path).published is None


def test_seed_folder_unchanged_copy():
    """seeds/ holds the shared seed files byte for byte (when ../shared is present)."""
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds not present beside the clone")
    for src in sorted(shared.glob("*.txt")):
        assert (SEEDS / src.name).read_bytes() == src.read_bytes()
