"""``load_sources`` (the articles as a page cites them) against ``load_articles``: same text, metadata and failures."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

from timeline.articles import ArticleError, ArticleMetadataError, load_articles, load_sources

from conftest import EVENTS, SEEDS

#: What a page, a check of the quotes or an export uses of an article.
CITED = ("id", "path", "text", "title", "outlet", "author", "url", "language", "published", "published_source", "note")

STORY = ("The board of Acme Corp adopted a shareholder rights plan on Monday after a rival bought a large stake, "
         "and said it would review the offer with its advisers over the coming weeks.")


def _cited(articles) -> list[tuple]:
    return [tuple(getattr(a, f) for f in CITED) for a in articles]


def _both(folder: Path, **kwargs) -> tuple[list, list, list[str], list[str]]:
    """Articles and warning messages of both loaders."""
    out = []
    for load in (load_articles, load_sources):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            arts = load(folder, **kwargs)
        out.append((arts, [f"{w.category.__name__}: {w.message}" for w in caught]))
    (full, full_warned), (light, light_warned) = out
    return full, light, full_warned, light_warned


def _failure(load, folder: Path) -> str:
    with pytest.raises((ArticleError, ArticleMetadataError)) as info:
        load(folder)
    return f"{type(info.value).__name__}: {info.value}"


def test_seeds_with_metadata_same_text_and_metadata():
    full, light, full_warned, light_warned = _both(SEEDS)
    assert _cited(light) == _cited(full)
    assert light_warned == full_warned == []
    assert all(a.regions == () for a in light)  # nothing read of the story: articles.csv gives it all


def test_seeds_without_metadata_detect_the_same_titles_and_dates(tmp_path):
    for src in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(src, tmp_path / src.name)
    full, light, full_warned, light_warned = _both(tmp_path)
    assert _cited(light) == _cited(full)
    assert [a.published_text for a in light] == [a.published_text for a in full]
    # two undated seeds, one with a later "Updated at" stamp printed: the same warnings
    assert [m.split(":")[0] for m in light_warned] == ["UpdatedAfterPublication", "MissingPublicationDate"]  # (one line)
    assert light_warned == full_warned


@pytest.mark.filterwarnings("ignore::timeline.articles.MissingPublicationDate")
def test_partial_metadata_and_dayfirst(tmp_path):
    """Rows that give only a title, only a date, or nothing: each detected part is the full loader's."""
    (tmp_path / "a.txt").write_text(f"04/05/2022\n\nAcme board adopts poison pill to fend off bid\n\n{STORY}\n")
    (tmp_path / "b.txt").write_text(f"Menu\nRival bid for Acme raised again\n\n5 May 2022\n\n{STORY}\n")
    (tmp_path / "c.txt").write_text(f"Sign in\n\nAcme shareholders vote on the plan\n\nMay 6, 2022\n\n{STORY}\n")
    (tmp_path / "d.txt").write_text(f"Undated page headline goes here\n\n{STORY}\n")
    (tmp_path / "articles.csv").write_text(
        "id,file,title,published,dayfirst,outlet,note\n"
        "a,a.txt,,,true,Wire,n1\n"
        "b,b.txt,Given B,,,,\n"
        "c,c.txt,,2022-05-07,,Paper,n3\n"
    )
    full, light, full_warned, light_warned = _both(tmp_path)
    assert _cited(light) == _cited(full)
    assert light_warned == full_warned  # d.txt: no date anywhere, the same warning
    assert [a.published.isoformat() if a.published else None for a in light] == [
        "2022-05-04", "2022-05-05", "2022-05-07", None]
    for kwargs in ({"dayfirst": False}, {"dayfirst": True}):
        assert _cited(load_sources(tmp_path, **kwargs)) == _cited(load_articles(tmp_path, **kwargs))


@pytest.mark.parametrize(
    "content",
    [
        f"4 Feb, 2022 15:36\r\n\r\nA headline with Windows line ends\r\n\r\n{STORY}\r\n".encode(),
        f"4 Feb, 2022 15:36\rOld Mac line ends headline\r\r{STORY}\r".encode(),
        f"4 Feb, 2022\n\nControl\x07characters\x1b[0m in a headline\n\n{STORY}\x0c\x85 tail\u2028line\n".encode(),
        f"\u202eevil override headline\u202c\n\n4 Feb, 2022\n\n{STORY}\t\v\n".encode(),
    ],
)
def test_hostile_text_is_kept_exactly(tmp_path, content):
    (tmp_path / "a.txt").write_bytes(content)
    (tmp_path / "b.txt").write_text(f"5 Feb, 2022\n\nAnother headline here\n\n{STORY}\n")
    full, light, full_warned, light_warned = _both(tmp_path)
    assert _cited(light) == _cited(full)
    assert light_warned == full_warned
    assert light[0].text == content.decode("utf-8")


@pytest.mark.parametrize(
    "files",
    [
        {"bom.txt": b"\xef\xbb\xbf" + STORY.encode()},
        {"latin.txt": "Caf\u00e9 story, long enough.".encode("latin-1"), "ok.txt": STORY.encode()},
        {"png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00", "empty.txt": b" \n\t\n", "nul.txt": b"A story\x00 with a NUL"},
        {"x.txt": STORY.encode(), "articles.csv": b"file,title\nx.txt,X\nmissing.txt,M\n"},
        {"x.txt": STORY.encode(), "articles.csv": b"file,dayfirst\nx.txt,maybe\n"},  # (a bad date: read on, named)
        {"x.txt": STORY.encode(), "y.txt": STORY.encode(), "articles.csv": b"id,file,published\nsame,x.txt,2022-01-01\n"
                                                                           b"z,y.txt,2022-01-02\nq,q.txt,\n"},
        {"x.txt": STORY.encode(), "y.txt": STORY.encode(), "articles.csv": b"id,file,title\ny,x.txt,T\n,y.txt,U\n"},
    ],
)
def test_bad_input_fails_the_same_way(tmp_path, files):
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    message = _failure(load_articles, tmp_path)
    assert _failure(load_sources, tmp_path) == message


def test_missing_or_empty_folder_fails_the_same_way(tmp_path):
    assert _failure(load_sources, tmp_path / "nope") == _failure(load_articles, tmp_path / "nope")
    assert _failure(load_sources, tmp_path) == _failure(load_articles, tmp_path)


def test_the_page_from_either_loader_is_the_same():
    from timeline.events import read_events
    from timeline.export import html_page

    full = {a.id: a for a in load_articles(SEEDS)}
    light = {a.id: a for a in load_sources(SEEDS)}
    events = read_events(EVENTS, articles=light)
    assert html_page(events, articles=light, title="T") == html_page(events, articles=full, title="T")


@pytest.mark.parametrize("corpus", ["us_election_2020", "japan_earthquake_2011"])
@pytest.mark.filterwarnings("ignore::UserWarning")
def test_scraped_corpora_same_text_and_metadata(corpus):
    folder = SEEDS.parent / "benchmarks" / "corpora" / corpus / "articles"
    if not folder.is_dir():
        pytest.skip(f"{folder} not present")
    assert _cited(load_sources(folder)) == _cited(load_articles(folder))


def test_a_later_date_told_in_the_story_is_not_looked_for(tmp_path):
    """The one difference in warnings: a later date told as past in the story (needs the regions) warns only in
    load_articles; a later stamp printed in the page warns in both."""
    told = f"4 Feb, 2022 15:36\n\nHeadline of the first story\n\n{STORY} On March 3, 2022, the board met again.\n"
    (tmp_path / "a.txt").write_text(told)
    full, light, full_warned, light_warned = _both(tmp_path)
    assert _cited(light) == _cited(full)
    assert [m.split(":")[0] for m in full_warned] == ["UpdatedAfterPublication"] and light_warned == []
