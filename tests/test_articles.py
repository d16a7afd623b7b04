"""Loader tests: every seed's title, date and its source, boilerplate regions; bad input."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

from timeline.articles import (
    ArticleError,
    MAX_ARTICLE_MB,
    ArticleMetadataError,
    InferredPublicationDate,
    NEWS_PHOTO_DAY,
    MissingPublicationDate,
    UpdatedAfterPublication,
    chrome_lines,
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
    assert f"{meta}:3:file: empty file name" in problems
    assert any(p.startswith(f"{meta}:4:published_source:") for p in problems)
    assert len(problems) == 2  # a published value that is no date is the page loader's to name (it reads on)


def test_a_published_value_that_is_no_date_is_named_and_the_page_is_read_without_it(tmp_path):
    from timeline.articles import InvalidPublished

    (tmp_path / "a.txt").write_text("Acme news\n\nAcme Corp signed the deal on Monday, the board said.\n")
    (tmp_path / "b.txt").write_text("Beta news\n\nMarch 3, 2021\n\nBeta Corp signed the deal on Monday.\n")
    (tmp_path / "c.txt").write_text("Gamma news\n\nGamma Corp signed the deal on Monday.\n")
    meta = tmp_path / "articles.csv"
    meta.write_text("id,file,published,published_source\na,a.txt,2021-02-30,given\nb,b.txt,06/03/2021,\n"
                    "c,c.txt,2021-03-04,\n")
    assert read_metadata(meta)["a.txt"].published is None
    from timeline.articles import load_sources

    for load in (load_articles, load_sources):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            arts = {a.id: a for a in load(tmp_path)}
        told = [str(w.message) for w in caught if issubclass(w.category, InvalidPublished)]
        assert told == [
            f"{tmp_path / 'a.txt'}: {meta}:2:published: '2021-02-30' is not a date (day is out of range for month); "
            "the page is read undated",
            f"{tmp_path / 'b.txt'}: {meta}:3:published: '06/03/2021' is not a YYYY-MM-DD date; "
            "the page is read with the date the page shows, 2021-03-03",
        ]
        assert arts["a"].published is None and arts["a"].published_source is None
        assert arts["b"].published == dt.date(2021, 3, 3) and arts["b"].published_source == "printed"
        assert arts["c"].published == dt.date(2021, 3, 4)


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


# --------------------------------------------------------------------------- metadata from the text

HEADLINE = "Acme board adopts poison pill to fend off bid"
STORY = (
    "The board of Acme Corp adopted a shareholder rights plan after a rival bought a large stake, "
    "the company said in a statement that gave few other details about the plan or the bid."
)


def _write(folder: Path, name: str, *lines: str) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "header",
    [
        ("date 2022-04-04 US Markets", HEADLINE),
        ("13:05 JST, April 4, 2022", HEADLINE),
        (HEADLINE, "Monday, April 4, 2022"),
        ("Skip to content", "Sign in", HEADLINE, "(April 4, 2022, 1:08 PM EDT)"),
        ("Advertisement", HEADLINE, "04.04.2022"),
        (HEADLINE, "UPDATE (April 4, 2022 11:07 UTC)"),
    ],
)
def test_headline_is_not_a_date_or_chrome(tmp_path, header):
    art = load_article(_write(tmp_path, "a.txt", *header, "", STORY))
    assert art.title == HEADLINE
    assert (art.published, art.published_source) == (dt.date(2022, 4, 4), "printed")
    assert art.note.startswith("printed: ")
    start = art.text.index(HEADLINE)
    assert art.is_boilerplate(start, start + len(HEADLINE))
    pos = art.text.index(STORY)
    assert not art.is_boilerplate(pos, pos + len(STORY))


def test_agency_dateline_region_and_title(tmp_path):
    body = "April 4 (Reuters) - " + STORY + " It said on March 28, 2022 that it was open to offers."
    art = load_article(_write(tmp_path, "a.txt", HEADLINE, "", body))
    assert art.title == HEADLINE and art.published == dt.date(2022, 4, 4)
    assert art.published_text == "April 4 (Reuters) -"
    region = next(r for r in art.regions if r.label == "dateline")
    assert art.text[region.start : region.end] == "April 4 (Reuters) - "
    pos = art.text.index(STORY)
    assert not art.is_boilerplate(pos, pos + len(STORY))


@pytest.mark.parametrize(
    "line, label",
    [
        ("Jane Doe speaks in New York, U.S., April 4, 2022. REUTERS/Brendan McDermid", "caption"),
        ("The Acme offices in Austin. (Photo: John Roe)", "caption"),
        ("Image: Acme offices / Getty Images", "credit"),
        ("Photo by John Roe", "credit"),
        ("— Jane Doe (@janedoe) April 4, 2022", "embed"),
        ("We won today! pic.twitter.com/abc123", "embed"),
        ("UPDATE 2-Acme adopts pill", "dateline"),
        ("Skip to content", "chrome"),
    ],
)
def test_boilerplate_shapes(line, label):
    text = f"{HEADLINE}\n\n{STORY}\n{line}\n{STORY}\n"
    pos = text.index(line)
    region = next(r for r in find_regions(text, title=HEADLINE) if r.start <= pos < r.end)
    assert (region.kind, region.label) == ("boilerplate", label)


def test_slash_inside_a_headline_is_not_a_credit():
    text = f"Trade war hits US/China ties\n\n{STORY}\n"
    assert find_regions(text)[0].label == "label"


def test_folder_chrome_lines(tmp_path):
    chrome = ["Home", "World News Business Markets", "Most read stories today"]
    for i in range(3):
        _write(tmp_path, f"a{i}.txt", *chrome, f"{HEADLINE} number {i}", f"April {i + 4}, 2022", "", STORY)
    arts = load_articles(tmp_path)
    assert [a.title for a in arts] == [f"{HEADLINE} number {i}" for i in range(3)]
    assert [a.published for a in arts] == [dt.date(2022, 4, i + 4) for i in range(3)]
    for art in arts:
        for line in chrome:
            pos = art.text.index(line)
            assert next(r for r in art.regions if r.start <= pos < r.end).label == "chrome"
    # alone, the same page's first menu line names nothing of the story: the headline that names it is found
    assert load_article(tmp_path / "a0.txt").title == f"{HEADLINE} number 0"


def test_chrome_lines_rules():
    shared = "Share this story"
    texts = [f"{shared}\nSame quote said here.\nApril 4, 2022\nOnly in {i}\n" for i in range(3)]
    assert chrome_lines(texts) == frozenset({shared})
    assert chrome_lines(texts[:1]) == frozenset()


def test_url_column(tmp_path):
    _write(tmp_path, "a.txt", HEADLINE, "", STORY)
    _write(tmp_path, "b.txt", HEADLINE, "June 10, 2022", "", STORY)
    (tmp_path / "articles.csv").write_text(
        "file,url\na.txt,https://example.com/2022/06/10/acme\nb.txt,https://example.com/20220610/acme\n"
    )
    a, b = load_articles(tmp_path)
    assert (a.published, a.published_source, a.published_text) == (dt.date(2022, 6, 10), "url", "")
    assert a.url == "https://example.com/2022/06/10/acme" and a.note == "url: https://example.com/2022/06/10/acme"
    assert (b.published, b.published_source) == (dt.date(2022, 6, 10), "printed")


def test_dayfirst_column_and_default(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        _write(tmp_path, name, HEADLINE, "4/9/2022", "", STORY)
    (tmp_path / "articles.csv").write_text("file,dayfirst\na.txt,true\nb.txt,false\nc.txt,\n")
    by_file = {a.path.name: a for a in load_articles(tmp_path)}
    assert by_file["a.txt"].published == dt.date(2022, 9, 4) and by_file["a.txt"].dayfirst is True
    assert by_file["b.txt"].published == dt.date(2022, 4, 9) and by_file["b.txt"].dayfirst is False
    assert by_file["c.txt"].published == dt.date(2022, 4, 9) and by_file["c.txt"].dayfirst is None
    by_file = {a.path.name: a for a in load_articles(tmp_path, dayfirst=True)}
    assert by_file["b.txt"].published == dt.date(2022, 4, 9)  # the row says month-first
    assert by_file["c.txt"].published == dt.date(2022, 9, 4) and by_file["c.txt"].dayfirst is True


def test_folder_order_of_numeric_dates(tmp_path):
    """Pages that write their dates month-first make the folder's dotted '12.06.11' month-first; the CLI's order
    and a row's ``dayfirst`` still decide."""
    told = "The board met on December 1, 2011 and again on November 30, 2011 to vote. " * 6
    _write(tmp_path, "a.txt", HEADLINE, "", told)
    _write(tmp_path, "b.txt", "12.06.11", "", HEADLINE, "", STORY)
    by_file = {a.path.name: a for a in load_articles(tmp_path)}
    assert by_file["b.txt"].published == dt.date(2011, 12, 6) and by_file["b.txt"].dayfirst is False
    assert load_articles(tmp_path, dayfirst=True)[1].published == dt.date(2011, 6, 12)
    (tmp_path / "articles.csv").write_text("file,dayfirst\nb.txt,true\n")
    assert load_articles(tmp_path)[1].published == dt.date(2011, 6, 12)


def test_dayfirst_column_errors(tmp_path):
    _write(tmp_path, "a.txt", STORY)
    meta = tmp_path / "articles.csv"
    meta.write_text("file,dayfirst\na.txt,maybe\n")
    with pytest.raises(ArticleMetadataError, match=r"articles.csv:2:dayfirst: 'maybe' is not true or false"):
        read_metadata(meta)


def test_update_warning_names_file(tmp_path):
    path = _write(tmp_path, "a.txt", HEADLINE, "Published April 4, 2022", "Updated Aug 31, 2022", "", STORY)
    with pytest.warns(UpdatedAfterPublication, match=r"a.txt: text updated after its publication date 2022-04-04") as rec:
        art = load_article(path)
    assert art.published == dt.date(2022, 4, 4) and len(rec) == 1 and "\n" not in str(rec[0].message)
    told = _write(tmp_path, "b.txt", HEADLINE, "April 4, 2022", "", STORY + " The deal closed on April 9, 2022.")
    with pytest.warns(UpdatedAfterPublication, match="2022-04-09"):
        load_article(told)


def test_no_update_warning_when_the_date_is_given(tmp_path):
    _write(tmp_path, "a.txt", HEADLINE, "Published April 4, 2022", "Updated Aug 31, 2022", "", STORY)
    (tmp_path / "articles.csv").write_text("file,published\na.txt,2022-04-04\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        (art,) = load_articles(tmp_path)
    assert art.published_source == "given" and art.published_text == "Published April 4, 2022"


def test_seeds_without_metadata(tmp_path):
    """Without articles.csv the seeds print three dates; the two undated ones warn once each."""
    for src in sorted(SEEDS.glob("*.txt")):
        (tmp_path / src.name).write_bytes(src.read_bytes())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = {a.id: a for a in load_articles(tmp_path)}
    for art_id, (title, published, source, printed) in EXPECTED.items():
        if source == "printed":
            assert (arts[art_id].published, arts[art_id].published_text) == (published, printed)
        else:
            assert arts[art_id].published is None
    assert arts["003_6a211e269a2ffcee"].title == EXPECTED["003_6a211e269a2ffcee"][0]
    assert arts["004_bef7366ef655edce"].title == ""  # no headline printed (not "Political scientist, PhD")
    missing = [str(w.message) for w in caught if issubclass(w.category, MissingPublicationDate)]
    assert len(missing) == 1 and "(003_6a211e269a2ffcee.txt, 004_bef7366ef655edce.txt)" in missing[0]  # one line


def test_page_without_line_breaks(tmp_path):
    """A page flattened to one line keeps its rules: the heading before a rule, the date after it."""
    text = (
        "Originally posted by Some Wiki. Its content appears under a free licence and may be outdated. "
        f"{HEADLINE} {'-' * 40} March 11, 2011 Original URL: http://example.org/wiki/Acme {STORY}\n"
    )
    art = load_article(_write(tmp_path, "a.txt", text.rstrip("\n")))
    assert art.title == HEADLINE
    assert (art.published, art.published_text) == (dt.date(2011, 3, 11), "March 11, 2011")
    labels = [(r.label, art.text[r.start : r.end].strip()) for r in art.regions]
    assert ("headline", HEADLINE) in labels and ("rule", "-" * 40) in labels
    assert ("dateline", "March 11, 2011") in labels
    pos = art.text.index(STORY)
    assert not art.is_boilerplate(pos, pos + len(STORY))


def test_caption_printed_twice_is_not_the_headline(tmp_path):
    caption = "A rescue worker walks through debris in Sendai, northern Japan, March 16, 2011"
    with pytest.warns(UserWarning):
        art = load_article(_write(tmp_path, "a.txt", "News / Asia", "", HEADLINE, "", caption, caption, "", STORY))
    assert art.title == HEADLINE
    pos = art.text.index(caption)
    assert next(r for r in art.regions if r.start <= pos < r.end).label == "caption"
    with pytest.warns(MissingPublicationDate):
        twice = load_article(_write(tmp_path, "b.txt", "FILE - Jane Doe at a hearing", "FILE - Jane Doe at a hearing", HEADLINE, "", STORY))
    assert twice.title == HEADLINE


def test_publication_date_inferred_from_captions(tmp_path):
    """No date printed: the latest photo-caption date is taken as inferred, with a warning; file photos never."""
    older = "Rescuers search a factory in Sendai, northern Japan, March 15, 2011"
    newer = "A woman fills a glass with water in Tokyo on March 16, 2011"
    late = "Jane Doe speaks in Austin, Texas, May 2, 2011. REUTERS/John Roe"  # the end of a page shows other stories
    more = [f"Paragraph {n} of the story: {STORY}" for n in range(3)]
    path = _write(tmp_path, "a.txt", HEADLINE, "", older, older, "", STORY, "", newer, newer, "", *more, late)
    with pytest.warns(InferredPublicationDate, match=r"a.txt: no publication date printed; inferred .*'March 16, 2011'"):
        art = load_article(path)
    assert (art.published, art.published_source) == (dt.date(2011, 3, 16), "inferred")
    assert art.note.startswith(f"{NEWS_PHOTO_DAY} the latest photo-caption date 'March 16, 2011' at line 8")
    archive = "FILE - Jane Doe speaks in Tokyo, March 11, 2011"
    with pytest.warns(MissingPublicationDate):
        assert load_article(_write(tmp_path, "b.txt", HEADLINE, "", archive, "", STORY)).published is None


@pytest.mark.parametrize("caption, lede, published", [
    # a Friday photo; the story's news on Sunday: read from that Sunday, not the Sunday before the photo
    ("Crews clear a road in the hill town of Farden, Nov. 4, 2016",
     "Crews reopened the mountain road on Sunday, the county said in a short statement.", dt.date(2016, 11, 6)),
    # a Thursday six days on is more often the day before the photo: the caption day stays
    ("Crews clear a road in the hill town of Farden, Nov. 4, 2016",
     "Crews reopened the mountain road on Thursday, the county said in a short statement.", dt.date(2016, 11, 4)),
    # a photo the caption dates apart from the story
    ("In this Nov. 4, 2016 photo, crews clear a road in the hill town of Farden",
     "Crews reopened the mountain road on Sunday, the county said in a short statement.", dt.date(2016, 11, 4)),
])
def test_a_caption_dated_page_is_read_on_its_news_day(tmp_path, caption, lede, published):
    """The photo predates the story: the story's first weekday up to three days after the photo's is its day."""
    path = _write(tmp_path, "a.txt", HEADLINE, "", caption, caption, "", lede, "", STORY)
    with pytest.warns(InferredPublicationDate):
        art = load_article(path)
    assert (art.published, art.published_source) == (published, "inferred")
    assert ("read as that day" in art.note) == (published != dt.date(2016, 11, 4))
    # a news photo's day dates the page's undated news (marked estimated); an archive photo's ('In this … photo') not
    assert art.note.startswith(NEWS_PHOTO_DAY) == (not caption.startswith("In this"))
    assert art.note.startswith("inferred:") == caption.startswith("In this")


@pytest.mark.parametrize("line, published", [
    # a picture's caption printed once, known by its close: the place and the full date, no preposition before them
    ("Volunteers sort food parcels at a church hall in Farden, Westshire, Friday, Nov. 4, 2016.", dt.date(2016, 11, 4)),
    ("Volunteers sort food parcels at a church hall in Farden Nov. 4, 2016", dt.date(2016, 11, 4)),
    ("Volunteers sort food parcels at a church hall in Farden, 4 Nov. 2016", dt.date(2016, 11, 4)),
    # a sentence's date: after 'on', after a clock time, a weekday for a place, a lede telling its writing day, two
    # sentences
    ("The county council reopened the mountain road on Nov. 4, 2016.", None),
    ("The county council reopened the mountain road around 8 p.m., Nov. 4, 2016.", None),
    ("The county council reopened the mountain road on Friday, Nov. 4, 2016.", None),
    ("The county released its video today of the landslide in Farden, Nov. 4, 2016.", None),
    ("Crews search the hall that collapsed two days ago in Farden, Nov. 4, 2016.", None),
    ("The road reopened late in the day. Crews went home to Farden, Nov. 4, 2016.", None),
])
def test_a_caption_known_by_its_close_dates_a_page(tmp_path, line, published):
    """A line closing on its place and full date is a photo caption when dating a page that prints no date."""
    path = _write(tmp_path, "a.txt", HEADLINE, "", line, "", STORY, "", STORY)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        art = load_article(path)
    assert art.published == published
    if published:
        assert art.published_source == "inferred" and "photo-caption date" in art.note


@pytest.mark.parametrize("lede, published", [
    # the photo's own day told first, then the next day: the story is of the next day
    ("Three workers left the shelter late Thursday. The others were driven home Friday, officials said.",
     dt.date(2016, 11, 4)),
    # the photo's own day told first, then a day two days on: the caption day stays
    ("Three workers left the shelter late Thursday. The others were driven home Saturday, officials said.",
     dt.date(2016, 11, 3)),
    # a weekday counted back a week ('last Friday'), a possessive ('Friday's storm'): no news day
    ("Three workers hurt in last Friday's storm left the shelter, officials said.", dt.date(2016, 11, 3)),
])
def test_a_caption_day_told_first_may_go_on_to_the_next_day(tmp_path, lede, published):
    caption = "Workers leave a shelter in the hill town of Farden, Nov. 3, 2016"
    path = _write(tmp_path, "a.txt", HEADLINE, "", caption, caption, "", lede, "", STORY)
    with pytest.warns(InferredPublicationDate):
        art = load_article(path)
    assert art.published == published


def test_stamp_opening_the_first_line(tmp_path):
    """``date 2022-04-04 <headline>`` and ``date 2022-04-04 <first sentence>``: the stamp is cut off what follows."""
    art = load_article(_write(tmp_path, "a.txt", f" date 2022-04-04 {HEADLINE}", "April 4, 2022 04:52 AM", STORY))
    assert (art.title, art.published, art.published_text) == (HEADLINE, dt.date(2022, 4, 4), "date 2022-04-04")
    labels = [(r.label, art.text[r.start : r.end].strip()) for r in art.regions]
    assert labels[:2] == [("dateline", "date 2022-04-04"), ("headline", HEADLINE)]
    body = load_article(_write(tmp_path, "b.txt", f" date 2022-04-04 {STORY}", STORY))
    assert body.published == dt.date(2022, 4, 4) and body.title == ""
    pos = body.text.index(STORY)
    assert not body.is_boilerplate(pos, pos + len(STORY))
    assert body.is_boilerplate(1, 5)


def test_section_after_a_stamp_is_chrome(tmp_path):
    """A section name printed after the stamp in some pages and alone in another is chrome, never the headline."""
    section = "Global Markets Daily Report"
    _write(tmp_path, "a.txt", f" date 2022-04-04 {section}", f"{HEADLINE} one", "", STORY)
    _write(tmp_path, "b.txt", f" date 2022-04-05 {section}", f"{HEADLINE} two", "", STORY)
    _write(tmp_path, "c.txt", section, "", f"{HEADLINE} three", "", "April 6, 2022", STORY)
    assert [a.title for a in load_articles(tmp_path)] == [f"{HEADLINE} {n}" for n in ("one", "two", "three")]
    # alone, the section's name names nothing of the story: the headline that names it is found
    assert load_article(tmp_path / "c.txt").title == f"{HEADLINE} three"


def test_headline_after_a_menu(tmp_path):
    art = load_article(_write(tmp_path, "a.txt", "Skip to content", "Home", "News", "Business", "Sign in", HEADLINE,
                              "By Jane Doe", "April 4, 2022", "", STORY))
    assert (art.title, art.published) == (HEADLINE, dt.date(2022, 4, 4))


@pytest.mark.filterwarnings("ignore::timeline.articles.InferredPublicationDate")
def test_an_article_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Acme signed the deal on March 3, 2021.\n" * 100, encoding="utf-8")  # 3.9 kB
    with pytest.raises(ArticleError, match=r"big\.txt: 0\.0 MB, larger than the 0\.002 MB limit.*--max-article-mb"):
        load_article(path, max_mb=0.002)
    with pytest.raises(ArticleError, match="0.002 MB limit"):
        load_articles(tmp_path, max_mb=0.002)
    assert load_article(path, max_mb=0).text.startswith("Acme")  # 0: no limit
    assert load_article(path, max_mb=0.004).text.startswith("Acme")
    assert MAX_ARTICLE_MB >= 1 and load_article(path).text.startswith("Acme")  # the default holds real articles


# a dated chronicle with each date on its own line above its entry (a takeover fight, a war)
_TAKEOVER_CHRONICLE = ("How the fight for Beta unfolded\n\nThe sequence of events in the takeover fight.\n\n"
                       "October 3, 2022\n\nAcme makes a hostile bid for Beta.\n\n"
                       "October 17, 2022\n\nBeta's board rejects the offer.\n\n"
                       "October 24, 2022\n\nAcme raises its bid to $50 a share.\n")
_WAR_CHRONICLE = ("Timeline of the war\n\nFeb 24\n\nTroops cross the border at dawn.\n\n"
                  "March 2\n\nThe army takes the port city after a week of shelling.\n\nMarch 16\n\n"
                  "An air strike hits the theatre.\n")


@pytest.mark.parametrize("text, dates", [(_TAKEOVER_CHRONICLE, ["October 3, 2022", "October 17, 2022",
                                                               "October 24, 2022"]),
                                         (_WAR_CHRONICLE, ["Feb 24", "March 2", "March 16"])])
def test_chronicle_date_lines_are_story(text, dates):
    regions = find_regions(text)
    got = [text[r.start:r.end].strip() for r in regions if r.label == "chronicle"]
    assert got == dates
    assert all(r.kind == "body" for r in regions if r.label == "chronicle")


def test_page_date_line_is_no_chronicle():
    # one date line over the story (the page's own date), or date lines without entries: not a chronicle
    text = ("Acme wins the vote\n\nOctober 28, 2022\n\nShareholders of Beta approved the takeover by Acme on "
            "Thursday, ending a fight of ten months.\n\nThe vote came after Acme raised its offer twice.\n")
    assert not [r for r in find_regions(text) if r.label == "chronicle"]
    assert any(r.label == "dateline" for r in find_regions(text))
    text = "Election night\n\nNovember 3, 2020\n\nNovember 4, 2020\n\nVoters waited for hours in long lines.\n"
    assert not [r for r in find_regions(text) if r.label == "chronicle"]


def test_chronicle_date_lines_do_not_date_the_page(tmp_path):
    with pytest.warns(MissingPublicationDate):
        art = load_article(_write(tmp_path, "a.txt", "How the fight for Beta unfolded", "", _TAKEOVER_CHRONICLE))
    assert art.published is None  # not the chronicle's first date


@pytest.mark.parametrize("text, short", [
    # a bill's text: the short last line of a wrapped recital holds its date
    ("Whereas the agency declined to open an investigation, issuing a statement of no objection to the\n\n"
     "sale on January 17, 2006; and\n\nWhereas the public was not consulted;\n", "sale on January 17, 2006; and"),
    # a court docket entry: a short first line running on into a lower-case line
    ("March 3, 2015\n\nJudge Rivera granted\n\nthe motion of the plaintiff and ordered a new hearing.\n",
     "Judge Rivera granted"),
])
def test_short_lines_of_a_wrapped_paragraph_are_body(text, short):
    regions = find_regions(text)
    at = text.index(short)
    assert [r.kind for r in regions if r.start <= at < r.end] == ["body"]


def test_short_heading_lines_stay_labels():
    text = ("Market Report\n\nShares of Acme rose on Monday after the company raised its forecast for the year.\n\n"
            "Related Stories\n\nWeather Today\n")
    labels = {text[r.start:r.end].strip(): r.label for r in find_regions(text)}
    assert labels.get("Market Report") == "label"


@pytest.mark.parametrize("text, lone", [
    # a bill's record: its day over the one entry it dates
    ("IN THE CITY COUNCIL OF THE TOWN OF SPRINGFIELD\n\nMarch 3, 2015\n\nCouncilmember Rivera introduced the "
     "following ordinance; which was referred to the committee.\n\nAN ORDINANCE\n", True),
    # a court docket with one entry
    ("United States District Court for the Northern District\n\nJune 2, 2019\n\nJudge Jane Stone granted the motion "
     "to dismiss the complaint.\n", True),  # 'Jane' is no month
    # a news page's own date line in its header, over an undated lede: no entry
    ("Acme names a new chief\n\nMarch 16, 2009\n\nAcme Corp appointed Jane Roe as chief executive.\n", False),
    # a page's date line over a lede that dates itself: no entry
    ("June 2, 2019\n\nAcme Corp acquired Brightline on Monday for $2 billion, the companies said.\n", False),
    # a present-tense lede, and a date line without a year: no entry
    ("June 2, 2019\n\nAcme Corp expects sales to rise this quarter as demand grows.\n", False),
    ("June 2\n\nJudge Amy Stone granted the motion to dismiss the complaint.\n", False),
])
def test_a_lone_date_line_dates_a_past_report_of_a_named_actor(text, lone):
    labels = [r.label for r in find_regions(text)]
    assert ("entry-date" in labels) is lone
    assert "chronicle" not in labels


@pytest.mark.parametrize("notice", [
    "Content on this page was developed during the 2014 measles outbreak and has not been updated.",  # health agency
    "The full text on this page is automatically extracted from the file linked above and may contain errors.",  # bank
    "This page is archived and is no longer updated since the 2019 merger.",  # a company's newsroom
])
def test_a_notice_about_the_page_is_boilerplate(notice):
    text = f"Acme Corp agreed on Monday to buy Brightline for $2 billion, the companies said.\n{notice}\n"
    regions = find_regions(text)
    at = text.index(notice)
    assert [r.kind for r in regions if r.start <= at < r.end] == ["boilerplate"]
    story = "Officials said the content of this page of the report was leaked on Friday to reporters in the capital."
    assert [r.kind for r in find_regions(story)] == ["body"]


def test_a_lone_control_letter_after_a_caption_is_no_wrapped_line():
    # a photo caption of a storm visit, then a gallery's close control; a court photo the same
    for caption in ("The mayor speaks during a visit to a shelter in the city Oct. 30, 2012",
                    "The defendant arrives at the federal court in the capital on June 2, 2019"):
        text = f"{caption}\nx\nThe storm hit the coast on Monday, officials said.\n"
        at = text.index("\nx\n") + 1
        assert [r.kind for r in find_regions(text) if r.start <= at < r.end] == ["boilerplate"]


@pytest.mark.parametrize("notice", [
    "This is the stable version, checked on 14 August 2016. Template changes await review.",  # a wiki's sports report
    "This is an old revision of this page, as edited by Jroe at 10:02, 4 June 2019.",  # a wiki's court case page
    "This is the latest accepted revision, reviewed on 2 March 2021.",
    "Last reviewed on 9 October 2018",  # a hospital's page
])
def test_a_revision_notice_of_a_wiki_copy_is_boilerplate(notice):
    text = f"Riverside United beat Harbor City 3-1 on Saturday to win the league title.\n{notice}\n"
    at = text.index(notice)
    assert [r.kind for r in find_regions(text) if r.start <= at < r.end] == ["boilerplate"]
    # near-miss: a story's sentence about the latest version of a plan
    story = "This is the latest version of the zoning plan, approved by the city council on 3 May 2015."
    assert [r.kind for r in find_regions(story)] == ["body"]


def test_a_line_in_another_script_on_an_english_page_is_boilerplate():
    story = ("The hospital board voted on Tuesday to close the maternity ward by June, its chairman said. "
             "The union said it would appeal the decision before the county court.")
    for stamp in ("时间:2015-03-02 08:30来源:互联网 提供网友:abc123", "Дата: 12.04.2019 Источник: агентство"):
        text = f"{stamp}\n{story}\n"
        regions = find_regions(text)
        assert [(r.kind, r.label) for r in regions if r.start == 0] == [("boilerplate", "foreign")]
        assert not any(r.kind == "boilerplate" and r.start <= text.index(story) < r.end for r in regions)
    # near-miss: a Latin line with one name in another script stays story; a page in that script is not furniture
    line = "The club signed the striker Li Wei (李伟) on Friday for an undisclosed fee."
    assert [r.kind for r in find_regions(f"{line}\n{story}\n")] == ["body"]
    chinese = "时间:2015-03-02 08:30来源:互联网\n市议会周二投票决定关闭医院的产科病房。\n"
    assert all(r.label != "foreign" for r in find_regions(chinese))


@pytest.mark.parametrize("line", [
    "Press Set-Up Time: 8:30 a.m. Session I; 1:15 p.m. Session II",  # a city council's hearing notice
    "Tip-off: 7 p.m.",  # a basketball league's game notice
    "Doors open at 6:30 p.m.",  # a hospital's town hall
    "Live stream at 10 a.m. on the court's website",  # a court's sentencing hearing
    "Media check-in begins at 9 a.m. at the north entrance",
])
def test_a_notice_s_logistics_line_is_boilerplate(line):
    story = "The city council will hold a public hearing on the budget on Thursday, the clerk said."
    text = f"{story}\n{line}\n{story}\n"
    at = text.index(line)
    assert [(r.kind, r.label) for r in find_regions(text) if r.start <= at < r.end] == [("boilerplate", "schedule")]


@pytest.mark.parametrize("line", [
    "The doors open at 6 p.m. and the vote begins at 7 p.m.",  # a sentence about the evening
    "Mayor Roe: 10 a.m. was too early for the vote, she said on Monday.",  # a speaker's line in a transcript
    "Doors opened at 6 p.m. and fans rushed onto the field after the final whistle.",
])
def test_a_sentence_with_a_clock_time_is_no_logistics_line(line):
    text = f"The league fined the club on Monday.\n{line}\n"
    at = text.index(line)
    assert [r.kind for r in find_regions(text) if r.start <= at < r.end] == ["body"]


@pytest.mark.parametrize("line, label", [
    ("© 2015 Riverside Gazette. All rights reserved.", "footer"),  # a local paper's sports page
    ("Copyright (c) 2014-2016 by the County Hospital Foundation", "footer"),  # a hospital's news page
    ("All times are GMT. The time now is 10:02 AM.", "footer"),  # a fans' forum copy
    ("Print edition: March 4, 2015, page A3", "footer"),
    ("Watch the full council meeting on our YouTube channel", "promo"),  # a city council
    ("Download the ruling (PDF, 2.3 MB)", "promo"),  # a court
    ("Listen to the post-match press conference (12:41)", "promo"),  # a football league
])
def test_a_copyright_line_a_page_clock_or_a_call_to_watch_is_boilerplate(line, label):
    story = "The county court fined the club on Tuesday for the brawl, the clerk said."
    text = f"{story}\n{line}\n{story}\n"
    at = text.index(line)
    assert [(r.kind, r.label) for r in find_regions(text) if r.start <= at < r.end] == [("boilerplate", label)]


@pytest.mark.parametrize("line", [
    "Copyright claims against the studio rose in 2014, the court said on Monday.",
    "Follow-up inspections on March 3 found live wires in the hospital basement.",
    "Stream levels rose on Monday after the storm, the agency's site said.",
    "The time now is right to act, the mayor said on Tuesday.",
])
def test_news_sentences_opening_like_page_furniture_stay_story(line):
    text = f"The county court fined the club on Tuesday.\n{line}\n"
    assert [r.kind for r in find_regions(text)] == ["body"]


@pytest.mark.parametrize("line, label", [
    ("Previous article: Council sets budget hearing for March 10", "related"),  # a city council's page
    ("More in Sports: Riverside United sack coach on Monday", "related"),  # a league's page
    ("You may also like: Hospital board fires director on Monday", "related"),  # a hospital's news
    ("Offer ends March 31.", "promo"),
    ("Watch: Mayor speaks after library vote on Tuesday", "related"),  # a video link of a council story
    ("Catch up on the latest: the league fines the club on Tuesday", "related"),
    ("Tune in on Tuesday at 7 p.m. for the council debate on Channel 5.", "promo"),
    ("Join us on Tuesday at 7 p.m. for a live Q&A with the hospital's chief.", "promo"),
    ("Don't miss our live coverage of the final on Saturday.", "promo"),
    ("When: Saturday, March 7, 10 a.m.", "schedule"),  # a court's open day listing
    ("This entry was posted on Tuesday, March 3rd, 2015 at 10:02 am.", "dateline"),  # a blog's footer
    ("Page generated in 0.12 seconds on March 5, 2015", "dateline"),
    ("Comments are closed for this article since March 10, 2015.", "footer"),  # a council story's comment box
    ("Report a typo in this article published on March 3, 2015", "footer"),  # a league report's footer
])
def test_a_link_to_another_story_an_offer_a_listing_field_or_a_post_stamp_is_boilerplate(line, label):
    story = "The county court fined the club on Tuesday for the brawl, the clerk said."
    text = f"{story}\n{line}\n{story}\n"
    at = text.index(line)
    assert [(r.kind, r.label) for r in find_regions(text) if r.start <= at < r.end] == [("boilerplate", label)]


@pytest.mark.parametrize("line", [
    "Next week the council will vote on the library, the clerk said on Tuesday.",
    "More in sorrow than anger, the mayor said on Tuesday she would appeal.",
    "Latest: The council voted on Tuesday to close the library.",  # a live page's update is news
    "When the vote ended on Tuesday, the mayor left the chamber.",
    "This post was created in 2009 by the council, the mayor said on Tuesday.",
    "Comments from residents closed the hearing on Tuesday, the clerk said.",
    "Report cards were sent home on Tuesday, the school said.",
    "Join-up rates fell on Tuesday, the league said.",
    "Video footage released on Tuesday shows the brawl.",
    "Listeners complained on Tuesday about the broadcast.",
])
def test_news_sentences_opening_like_links_or_fields_stay_story(line):
    text = f"The county court fined the club on Tuesday.\n{line}\n"
    assert [r.kind for r in find_regions(text)] == ["body"]


@pytest.mark.parametrize("line", [
    "Chart: Hospital admissions fell every year since 2009",  # a hospital's annual report
    "Screenshot: the league's statement on the fine, March 3, 2015",  # a league's disciplinary case
    "Map: the council's new ward boundaries (2015)",
])
def test_a_labelled_chart_map_or_screenshot_is_a_caption(line):
    story = "The county court fined the club on Tuesday for the brawl, the clerk said."
    text = f"{story}\n{line}\n{story}\n"
    at = text.index(line)
    assert [(r.kind, r.label) for r in find_regions(text) if r.start <= at < r.end] == [("boilerplate", "caption")]
    near = "Map makers redrew the council's ward boundaries in 2015, the clerk said."  # news about maps
    assert [r.kind for r in find_regions(f"{story}\n{near}\n")] == ["body"]


@pytest.mark.parametrize("line, label", [
    ("Fiscal year 2015 budget (PDF, 2 MB)", "related"),  # a city council's documents
    ("Disciplinary panel ruling of March 3, 2015 [DOC]", "related"),  # a league's rulings
    ("Office hours: Monday to Friday, 9 a.m. to 5 p.m.", "schedule"),  # a hospital's contact box
    ("Visiting hours: daily from 2 p.m. to 8 p.m.", "schedule"),
])
def test_a_document_link_or_opening_hours_are_boilerplate(line, label):
    story = "The county court fined the club on Tuesday for the brawl, the clerk said."
    text = f"{story}\n{line}\n{story}\n"
    at = text.index(line)
    assert [(r.kind, r.label) for r in find_regions(text) if r.start <= at < r.end] == [("boilerplate", label)]
    # near-misses: a sentence that names its document, a news sentence before a link in the same line
    for near in ("The council published the minutes on Tuesday (PDF).",
                 "The council approved the budget on Tuesday. Read it here (PDF, 2 MB)"):
        assert [r.kind for r in find_regions(f"{story}\n{near}\n")] == ["body"]


@pytest.mark.parametrize("line", [
    "Interview recorded on March 2, 2015 and edited for length.",  # a coach's interview
    "The conversation was recorded on Monday and has been edited for clarity.",  # a surgeon's interview
    "This transcript was produced on March 3, 2015 and may be updated.",  # a council meeting's transcript
    "This content was produced by the County Hospital Foundation on March 3, 2015.",
    "Audio for this story will be available at approx. 7 p.m. ET",
    "Appeared in the March 4, 2015, print edition as 'Council votes to close library'.",
])
def test_a_note_on_how_the_piece_was_made_is_boilerplate(line):
    story = "The county court fined the club on Tuesday for the brawl, the clerk said."
    text = f"{story}\n{line}\n{story}\n"
    at = text.index(line)
    assert [r.kind for r in find_regions(text) if r.start <= at < r.end] == ["boilerplate"]
    for near in ("The interview was recorded on Monday and shown to the jury on Tuesday.",
                 "The forecast may be updated on Tuesday, the agency said.",
                 "The story was produced by students and won a prize on Monday."):
        assert [r.kind for r in find_regions(f"{story}\n{near}\n")] == ["body"]


@pytest.mark.parametrize("caption, body", [
    # a sports feature: the photo is of last year's final
    ("Jane Doe lifts the trophy after the final in Riverside, Aug. 4, 2018",
     "The striker who won the cup last year has signed with a rival club. She scored twice in the final on "
     "August 4, 2018, and was named the player of the season."),
    # a court story: the photo is of last year's verdict
    ("The defendant leaves the federal court in the capital, Wednesday, June 5, 2019",
     "The man convicted of fraud last year appealed on Friday. A jury found him guilty on June 5, 2019, after a "
     "trial of six weeks."),
])
def test_a_caption_date_of_a_year_the_story_calls_last_year_is_doubtful(tmp_path, caption, body):
    """The story tells the caption's year as "last year": the caption date is not the publication date."""
    path = _write(tmp_path, "a.txt", HEADLINE, "", caption, caption, "", body)
    with pytest.warns(MissingPublicationDate, match="doubtful: the photo-caption date"):
        art = load_article(path)
    assert art.published is None and art.note.startswith("doubtful: the photo-caption date")


@pytest.mark.parametrize("body", [
    # near-misses: "last year" of other events while the story also speaks of this year, or prints a later date
    "The club, which lost the final last year, won the cup this year on August 4, 2018.",
    "The striker who won the cup last year scored twice on August 4, 2018, and signs on January 2, 2019.",
    # no "last year" at all
    "The striker scored twice in the final on August 4, 2018, and was named the player of the season.",
])
def test_a_caption_date_stays_inferred_without_contrary_evidence(tmp_path, body):
    caption = "Jane Doe lifts the trophy after the final in Riverside, Aug. 4, 2018"
    path = _write(tmp_path, "a.txt", HEADLINE, "", caption, caption, "", body)
    with pytest.warns(InferredPublicationDate):
        art = load_article(path)
    assert (art.published, art.published_source) == (dt.date(2018, 8, 4), "inferred")


@pytest.mark.parametrize("stamp", [
    "الأحد ٢٠٢٤/٠٧/٢١",  # a republishing site's stamp in Arabic-Indic numerals
    "रविवार २०२४/०७/२१",  # the same in Devanagari
])
def test_a_stamp_in_another_script_and_its_numerals_is_no_publication_date(tmp_path, stamp):
    """An English story under a copying site's own-script stamp: the stamp is when it was copied."""
    story = "The research vessel returned to port on Friday after mapping the ridge, the institute said."
    with pytest.warns(MissingPublicationDate):
        art = load_article(_write(tmp_path, "a.txt", stamp, "", HEADLINE, "", story))
    assert art.published is None
    # near-miss: a stamp in ASCII digits beside a few words of another script is still read
    art = load_article(_write(tmp_path, "b.txt", HEADLINE, "", "[ 2016-05-09 08:40]  来源 [] []", "", story))
    assert art.published == dt.date(2016, 5, 9)


@pytest.mark.parametrize("loader", ["load_articles", "load_sources"])
def test_skip_unreadable_leaves_out_bad_files_with_one_warning_each(tmp_path, loader):
    import timeline.articles as articles_module

    load = getattr(articles_module, loader)
    good = "Harbour board votes\n\nMay 2, 2022\n\nThe harbour board voted on May 2, 2022 to close the old pier.\n"
    (tmp_path / "good.txt").write_text(good, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nul.txt").write_bytes(b"The board\x00met.")
    with pytest.raises(ArticleError):  # the default: the folder fails, naming every bad file
        load(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        loaded = load(tmp_path, skip_unreadable=True)
    assert [a.id for a in loaded] == ["good"] and loaded[0].text == good
    skipped = [str(w.message) for w in caught if issubclass(w.category, articles_module.UnreadableArticle)]
    assert len(skipped) == 2 and "empty.txt" in skipped[0] and "nul.txt" in skipped[1]
    (tmp_path / "good.txt").write_bytes(b"")
    with pytest.raises(ArticleError):  # nothing readable: still an error
        load(tmp_path, skip_unreadable=True)


@pytest.mark.parametrize("line, label", [
    ("Maintenance window scheduled to begin at March 3rd 2100 est. until 0300 est. March 4th", "disclaimer"),
    ("Scheduled maintenance notice: the portal is offline on Sunday, March 8, 2015", "disclaimer"),
    ("The site will be unavailable for maintenance on Saturday, March 7, 2015.", "disclaimer"),
    ("Beginning June 2015, the Weekly Digest will no longer be published on harbour.gov and sent to readers.",
     "disclaimer"),  # a port authority's newsletter
    ("This audio file was created from the text revision dated 2015-03-04 and may differ from it.", "disclaimer"),
    ("2 / 6 Show Caption + Hide Caption – Crews clear the harbour wall in Portville, March 3, 2015.", "caption"),
])
def test_a_notice_about_the_site_or_a_slide_show_control_is_boilerplate(line, label):
    """Furniture round 22: the site's maintenance, a feed that stops, a spoken copy of a revision, a slide show's
    caption controls (their dates are the site's, not the story's)."""
    story = "The county court fined the club on Tuesday for the brawl, the clerk said."
    text = f"{story}\n{line}\n{story}\n"
    at = text.index(line)
    assert [(r.kind, r.label) for r in find_regions(text) if r.start <= at < r.end] == [("boilerplate", label)]


@pytest.mark.parametrize("near", [
    "The ferry is in dry dock for scheduled maintenance until March 9, the port said on Tuesday.",
    "The county weekly will no longer be published in print from June, its owner said on Tuesday.",
    "The audio file was leaked to reporters on Tuesday, the league said.",
    "Maintenance crews closed the bridge on Tuesday, the county said.",
])
def test_news_about_maintenance_or_a_paper_closing_stays_story(near):
    story = "The county court fined the club on Tuesday."
    assert [r.kind for r in find_regions(f"{story}\n{near}\n")] == ["body"]


def test_a_list_of_headlines_each_closed_by_its_date_stamp_is_related_links():
    """Furniture round 22: headlines of other stories with their dates in brackets, under or without a heading."""
    story = "The harbour board voted on Tuesday to close the old pier, the clerk said."
    links = ["Harbour board names new chair { March 2 2015 }", "Old pier fenced off after storm (03/04/2015)",
             "U.K. ferry fares rise 2.5 percent [5 March 2015]", "Dock workers vote to strike - March 6, 2015",
             '"Port chief quits" — Coast Gazette, March 7, 2015', "Fishermen protest quota cut { March 9 2015"]
    text = "\n".join([story, "", *links[:5], "Quota talks", links[5]])  # the last cut short by the store
    for link in links:
        at = text.index(link)
        assert [(r.kind, r.label) for r in find_regions(text) if r.start <= at < r.end] == [("boilerplate", "related")]
    # near misses: one headline with its date is the page's own; a dated chronicle's entries and a sentence
    # closing on a bracketed date stay story
    lone = f"{story}\nHarbour board names its new chair for the spring season (March 2, 2015)\n"
    assert [r.kind for r in find_regions(lone)] == ["body"]
    chron = f"{story}\nMarch 2: The board names a new chair.\nMarch 4: The pier is fenced off (March 4, 2015).\n"
    assert [r.kind for r in find_regions(chron)] == ["body"]
    said = (f"{story}\nThe pier will close for good - the board said on March 3, 2015\n"
            "Dock workers plan a strike - their union told members on March 4, 2015\n")
    assert [r.kind for r in find_regions(said)] == ["body"]


@pytest.mark.parametrize(
    "head",
    [
        ["Skip to primary navigation Skip to content", "An official website of the United States government"],
        ["Agency Logo--links to agency home page", "You are here"],
        ["Home | Newsroom | Press Releases"],
        ["Home > News > Statements"],
        ["The Ministry Of Examples Click to print this document", "For Immediate Release"],
        ["Contact: Jane Roe, (555) 123-4567"],
        ["Blog Category: Harbour Works"],
        ["[From the Example Printing Office]"],
        ["导航 新闻 首页 网站"],
        ["Jane Roe photo", "FROM: THE EXAMPLE MINISTRY", "2:15 P.M. EDT"],
        ["Join our eNewsletter", "Search this site", "View original document"],
        ["Department of Examples Icon Department of Examples", "Consumer Inquiries: 555-INFO"],
        ["Make a charitable donation to the harbour fund!"],
        ["Home :: Newsroom", "Media Contact"],
    ],
)
def test_guessed_headline_skips_page_furniture(tmp_path, head):
    """Site chrome above the headline (skip links, notices, logos, breadcrumbs, press labels, contact and label
    lines, an archive's bracketed header, a menu in another script) is never the headline of a page alone."""
    art = load_article(_write(tmp_path, "a.txt", *head, "", HEADLINE, "", STORY))
    assert art.title == HEADLINE


@pytest.mark.parametrize("headline", [
    "Pop icon dies at 80 after long illness",
    "Senate opens inquiries into harbour contracts",
    "Billionaire's donation to museum questioned",
    "Graphic details emerge at trial of former mayor",
    "Acme unveils new browser for phones",
    "Contact lost with ferry off the cape",
    "Home sales slump for third month",
])
def test_a_headline_holding_a_furniture_word_is_still_the_headline(tmp_path, headline):
    """Words that mark furniture only in their place (a logo or icon named alone or after an institution, an
    inquiries line with its number, a call to donate) leave a headline that uses them as words."""
    art = load_article(_write(tmp_path, "a.txt", headline, "", STORY))
    assert art.title == headline


@pytest.mark.parametrize("line", [f"{HEADLINE} - 2022-04-04", f"{HEADLINE} | April 4, 2022"])
def test_guessed_headline_drops_date_after_bar(tmp_path, line):
    art = load_article(_write(tmp_path, "a.txt", "Breaking News", "", line, "", STORY))
    assert art.title == HEADLINE


def test_guessed_headline_over_two_lines(tmp_path):
    art = load_article(_write(tmp_path, "a.txt", "Acme board adopts poison pill to fend off the",
                              "bid from Rival Corp", "", STORY))
    assert art.title == "Acme board adopts poison pill to fend off the bid from Rival Corp"


def test_guessed_headline_never_a_wrapped_body_line(tmp_path):
    art = load_article(_write(tmp_path, "a.txt", "Mr. ROE. Madam President, I rise to speak about the",
                              "harbour plan that the board adopted after a long debate in the",
                              "committee, and I thank my colleagues.", "", STORY))
    assert art.title == ""


def test_guessed_headline_keeps_inline_markup_and_tagged_lines(tmp_path):
    art = load_article(_write(tmp_path, "a.txt", "<i>Acme</i> board adopts poison pill to fend off bid", "", STORY))
    assert art.title == "<i>Acme</i> board adopts poison pill to fend off bid"


@pytest.mark.parametrize("masthead", ["The Example Ministry", "Office of Public Affairs", "Senator Jane Roe"])
def test_guessed_headline_passes_a_masthead(tmp_path, masthead):
    """An institution's or an office holder's name above the headline is passed over; alone it stays the guess."""
    art = load_article(_write(tmp_path, "a.txt", masthead, "", HEADLINE, "", STORY))
    assert art.title == HEADLINE
    art = load_article(_write(tmp_path, "b.txt", masthead, "", STORY))
    assert art.title == masthead


def test_guessed_headline_keeps_a_title_case_headline_with_a_verb(tmp_path):
    art = load_article(_write(tmp_path, "a.txt", "Senator Roe Discusses Harbour", "", STORY))
    assert art.title == "Senator Roe Discusses Harbour"


def test_guessed_headline_never_a_lead_in(tmp_path):
    art = load_article(_write(tmp_path, "a.txt", "The clerk of the board read as follows:", "", STORY))
    assert art.title == ""


def test_guessed_headline_below_a_notice_paragraph(tmp_path):
    """A site notice long enough to close the page header does not hide the title-case headline standing alone
    below it; a sentence-case line of the story there is no headline."""
    notice = ("We have changed this website. If the page you are looking for is not here, you may find it in the "
              "archive of the site, which keeps every page as it was published.")
    art = load_article(_write(tmp_path, "a.txt", notice, "", "Harbour Board Adopts New Dredging Plan", "", STORY))
    assert art.title == "Harbour Board Adopts New Dredging Plan"
    art = load_article(_write(tmp_path, "b.txt", notice, "", "the board met again on the plan today", "", STORY))
    assert art.title == ""


@pytest.mark.parametrize("end", ["\r\n", "\r"])
def test_an_article_is_read_with_its_line_ends_as_breaks_at_its_own_offsets(tmp_path, end):
    from timeline.articles import load_article

    text = "Pier closes after storm\n\nMarch 3, 2022\n\nThe harbour board closed the old pier on Tuesday.\n"
    path = tmp_path / "pier.txt"
    path.write_bytes(text.replace("\n", end).encode("utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        art = load_article(path)
    assert art.text == text.replace("\n", end)  # raw: quotes are cut from it
    assert len(art.reading) == len(art.text) and "\r" not in art.reading
    assert [line.strip() for line in art.reading.splitlines()] == text.splitlines()
    assert art.title == "Pier closes after storm" and art.published == dt.date(2022, 3, 3)


def test_build_reads_a_json_record_or_windows_page_as_extract_does(tmp_path):
    """``load_sources`` (build, validate) finds the headline and date a page saved as a JSON record or with Windows
    line ends prints, as ``load_articles`` (extract) does: the page carries the same title in both."""
    import json

    from timeline.articles import load_articles, load_sources

    story = ("Harbour board fines pier operator\nMarch 12, 2021\n\n"
             "The harbour board on Tuesday fined the operator of the old pier $40,000 for safety lapses.\n"
             "The operator said on Wednesday that it would appeal the fine in court next month.\n")
    (tmp_path / "crlf.txt").write_bytes(story.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "record.txt").write_text(json.dumps({"id": 7, "created_at": "2026-04-10T03:20:04Z", "text": story}),
                                         encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extracted = {a.id: (a.title, a.published) for a in load_articles(tmp_path)}
        built = {a.id: (a.title, a.published) for a in load_sources(tmp_path)}
    want = ("Harbour board fines pier operator", dt.date(2021, 3, 12))
    assert extracted == built == {"crlf": want, "record": want}


# --------------------------------------------------------------------------- headlines naming the story's subject

SUBJECT_STORY = (
    "The harbour board voted on Monday to dredge the north channel, a plan that the board had put off for two "
    "years while the port lost ships to deeper harbours along the coast."
)


@pytest.mark.parametrize("label", ["Archive by Month", "Serving the Valley Since 1950", "Parks & Recreation"])
def test_a_first_guess_naming_nothing_of_the_story_gives_way_to_its_headline(tmp_path, label):
    """A section's name, a site's motto or a menu item above the headline shares no word with the story: the
    headline-shaped line below it that names the story's subject is the page's headline."""
    art = load_article(_write(tmp_path, "a.txt", label, "", "Harbour Board Votes to Dredge North Channel", "",
                              SUBJECT_STORY))
    assert art.title == "Harbour Board Votes to Dredge North Channel"


def test_a_first_guess_kept_when_its_date_line_stands_below_it(tmp_path):
    """A title over the page's own date line is kept even when the story never repeats its words."""
    art = load_article(_write(tmp_path, "a.txt", "Coastal Storms (DR-1234)", "May 4, 2019", "",
                              "How to Apply for Harbour Aid", "", SUBJECT_STORY))
    assert art.title == "Coastal Storms (DR-1234)"


def test_a_first_guess_naming_the_story_further_down_is_kept(tmp_path):
    """A headline whose words come back in the story's later paragraphs is kept."""
    later = "The channel plan will cost the port about four million dollars, the chairman of the board said."
    art = load_article(_write(tmp_path, "a.txt", '"The Long Wait of the Channel"', "",
                              "The board speaks on moving forward", SUBJECT_STORY, SUBJECT_STORY, later))
    assert art.title == '"The Long Wait of the Channel"'


def test_no_guess_finds_the_headline_below_a_long_menu_and_notices(tmp_path):
    """Notices about the page may fill its top; the headline below them that names the story is found, but never
    a heading inside a story that has begun, a pull quote or a list of names."""
    notices = ["This page is kept as an archive and no longer changes as the site it came from is updated "
               "by the people who run it every day.",
               "Readers who need help with the pages of this site may write to the office that keeps them for "
               "the public at any time."]
    menu = [f"Menu item {k}" for k in range(20)]
    art = load_article(_write(tmp_path, "a.txt", *notices, *menu, "", "Harbour Board Votes to Dredge Channel",
                              "", SUBJECT_STORY))
    assert art.title == "Harbour Board Votes to Dredge Channel"
    begun = load_article(_write(tmp_path, "b.txt", SUBJECT_STORY, SUBJECT_STORY,
                                "Dredging the North Channel of the Harbour", SUBJECT_STORY))
    assert begun.title == ""
    quoted = load_article(_write(tmp_path, "c.txt", *notices, "", "“The harbour board lost ships for years”",
                                 "", SUBJECT_STORY))
    assert quoted.title == ""


@pytest.mark.parametrize("furniture", ["• Acme Board Members", "1200 Acme Board Avenue, NW", "Acme, IL 62701",
                                       "Printed for the use of the Board of Acme Corp", "Joint banner of the board",
                                       "Print Print Download Acme Reader PDF", "Acme Department Acme Department",
                                       "Dr. Ann Acme, Director, Board of Ports", "Ann B. Acme",
                                       "Volume 7, Number 2—Acme Board Review", "H. Acme. 101-22"])
def test_list_items_addresses_banners_and_names_are_no_headline(tmp_path, furniture):
    """A menu's item, an address, an imprint, a banner, print controls, a logo's doubled name, a person's name with
    roles, an issue's line and a document's serial number are furniture even when they name the story's subject
    (here: Acme, board)."""
    art = load_article(_write(tmp_path, "a.txt", furniture, "", HEADLINE, "", STORY))
    assert art.title == HEADLINE


def test_a_form_value_is_no_headline(tmp_path):
    art = load_article(_write(tmp_path, "a.txt", "PLACE:", "", "Harbour Office Building", "", HEADLINE, "", STORY))
    assert art.title == HEADLINE


def test_a_press_office_label_but_not_a_statement_by_its_secretary(tmp_path):
    art = load_article(_write(tmp_path, "a.txt", "Office of the Press Secretary", "", "Statement by the Press Secretary",
                              "", STORY))
    assert art.title == "Statement by the Press Secretary"


@pytest.mark.parametrize("line", ["Acme Board Adopts Poison Pill, May 4, 2019", "Acme Board Adopts Poison Pill, 4 May 2019"])
def test_a_title_case_headline_closing_on_its_date_is_the_headline_without_it(tmp_path, line):
    """A title-case headline closing on its date after a comma is the headline, its date cut off as after a dash."""
    art = load_article(_write(tmp_path, "a.txt", line, "", STORY))
    assert art.title == "Acme Board Adopts Poison Pill"


def test_a_headline_may_close_on_initials(tmp_path):
    art = load_article(_write(tmp_path, "a.txt", "Acme board adopts poison pill to fend off bid in the U.S.", "", STORY))
    assert art.title == "Acme board adopts poison pill to fend off bid in the U.S."


def test_a_deck_in_brackets_under_the_headline_is_no_story():
    """The deck printed in round brackets under a headline (a word count after it) restates the story: it is no
    body text; a bracketed date line or a short stage cue there is no deck."""
    deck = "(Harbour chief says the channel work begins in May) (420)"
    text = f"{HEADLINE}\n{deck}\n{STORY}\n"
    regions = find_regions(text, title=HEADLINE)
    at = text.index(deck)
    assert next(r for r in regions if r.start <= at < r.end).kind == "boilerplate"
    for line in ("(House of Representatives - May 4, 2019)", "(THEME)"):
        text = f"{HEADLINE}\n{line}\n{STORY}\n"
        at = text.index(line)
        assert next(r for r in find_regions(text, title=HEADLINE) if r.start <= at < r.end).label != "label"


def test_a_caption_closing_on_a_date_is_still_no_headline(tmp_path):
    art = load_article(_write(tmp_path, "a.txt", "The board chair speaks to reporters in the harbour, May 4, 2019",
                              "", STORY))
    assert art.title == ""


def test_a_line_printed_twice_in_a_row_or_inside_the_story_is_no_title(tmp_path):
    """The title printed twice is the page's own title printed apart above the story; a caption printed twice in
    a row or a speaker's name printed twice in a transcript is not."""
    caption = load_article(_write(tmp_path, "a.txt", HEADLINE, "", "Ann Roe (2019 photo)", "Ann Roe (2019 photo)",
                                  STORY))
    assert caption.title == HEADLINE
    speaker = load_article(_write(tmp_path, "b.txt", HEADLINE, "", STORY, "Chairman Ann Roe", STORY,
                                  "Chairman Ann Roe", STORY))
    assert speaker.title == HEADLINE


def test_a_json_record_title_field_is_the_headline(tmp_path):
    record = ('{\n\t"id": "x1",\n\t"title": "Acme board adopts poison pill to fend off bid",\n'
              '\t"plain_text": "Menu \\nAcme | Ports \\nThe board of Acme Corp adopted a plan."\n}\n')
    path = tmp_path / "a.txt"
    path.write_text(record, encoding="utf-8")
    assert load_article(path).title == HEADLINE


@pytest.mark.parametrize("title", ["Weekly Update", "Harbour Dredging Report"])
def test_the_opening_title_of_a_page_with_no_other_headline(tmp_path, title):
    """A short title opening the page, the story right below it and naming the same subject, is its headline
    (even when several pages of the folder share it)."""
    story = f"The {title.split()[-1].lower()} of the harbour board says the north channel will be dredged this year."
    art = load_article(_write(tmp_path, "a.txt", title, "", story + " " + SUBJECT_STORY))
    assert art.title == title
    alone = load_article(_write(tmp_path, "b.txt", "Latest News", "", SUBJECT_STORY))
    assert alone.title == ""


def test_a_headline_in_capitals_over_several_lines_is_joined(tmp_path):
    """Capitals lines printed right below a headline in capitals continue it; a place line there does not."""
    art = load_article(_write(tmp_path, "a.txt", "A REVIEW OF HARBOUR SAFETY", "AND LESSONS OF THE", "NORTH CHANNEL FLOOD",
                              "", STORY))
    assert art.title == "A REVIEW OF HARBOUR SAFETY AND LESSONS OF THE NORTH CHANNEL FLOOD"
    art = load_article(_write(tmp_path, "b.txt", "HARBOUR AID ANNOUNCEMENT", "SPRINGFIELD, IL", "", STORY))
    assert art.title == "HARBOUR AID ANNOUNCEMENT"


@pytest.mark.parametrize("line", ["UPDATE: Harbour Board Votes to Dredge Channel", "Video: Mayor Opens the New Bridge"])
def test_a_headline_after_its_kicker_label(tmp_path, line):
    """A kicker label (*UPDATE:*, *Video:*) opening the headline leaves it a headline; a stamp after the label
    ('Updated: May 4, 2019') is none."""
    art = load_article(_write(tmp_path, "a.txt", line, "", SUBJECT_STORY))
    assert art.title == line
    art = load_article(_write(tmp_path, "b.txt", "Updated: May 4, 2019", "", SUBJECT_STORY))
    assert art.title == ""


def test_the_loader_keeps_a_notes_statement_in_the_story():
    """A note opening a line (round 23) is cut off as a date line; the statement it heads stays the story's."""
    text = ("Ferry crossings halted\n\nUPDATE (May 4): The operator now blames a faulty fuel pump for the fault.\n\n"
            "The ferry operator halted crossings after a fault in the engine room of its largest vessel.\n")
    regions = find_regions(text)
    note = next(r for r in regions if r.label == "dateline")
    assert text[note.start : note.end].strip() == "UPDATE (May 4)"
    statement = text.index("The operator")
    assert any(r.kind == "body" and r.start <= statement < r.end for r in regions)


@pytest.mark.parametrize("line", [
    "Please note: A correction has been appended to this report. To see it, follow the link.",
    "You are viewing a web page, archived on 10:02:11 Mar 4, 2015. It is now a record of the county archive.",
    "Today's hearing was held off-camera, so no video is available.",
    "Audio was not available for this session.",
])
def test_a_pages_own_copy_furniture_is_boilerplate(line):
    """Round 25 (precision25): a correction notice, an archive's banner, a recording's availability."""
    story = "The county court fined the club on Tuesday for the brawl, the clerk said."
    text = f"{story}\n{line}\n{story}\n"
    at = text.index(line)
    assert [(r.kind, r.label) for r in find_regions(text) if r.start <= at < r.end] == [("boilerplate", "disclaimer")]


@pytest.mark.parametrize("near", [
    "The county paper published a correction to its report on the vote on Tuesday.",
    "Police released video of the brawl on Tuesday; no charges were filed.",
    "The archive was viewed by 300 people on Tuesday, the clerk said.",
])
def test_news_of_corrections_or_videos_stays_story(near):
    story = "The county court fined the club on Tuesday."
    assert [r.kind for r in find_regions(f"{story}\n{near}\n")] == ["body"]


def test_story_dateline_before_the_given_day_is_the_day_of_writing(tmp_path):
    """A page the metadata dates a day after the dateline of the story it carries: relative dates count from the
    dateline's day, with a note; a dateline of the given day changes nothing."""
    lede = ("PORT ELLEN, Ont., May 3 – The council today voted to close the harbour road for repairs, the mayor "
            "said after a long meeting with residents and shop owners.")
    (tmp_path / "a.txt").write_text(f"{HEADLINE}\n\n{lede}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{HEADLINE}\n\n{lede.replace('May 3', 'May 4')}\n", encoding="utf-8")
    (tmp_path / "articles.csv").write_text("id,file,published\na,a.txt,2022-05-04\nb,b.txt,2022-05-04\n")
    arts = {a.id: a for a in load_articles(tmp_path)}
    assert arts["a"].published == dt.date(2022, 5, 3) and "as its dateline or lede tells" in arts["a"].note
    assert arts["b"].published == dt.date(2022, 5, 4)


@pytest.mark.parametrize("one_line", [False, True])
def test_a_page_saved_as_html_gives_its_title_and_markup_date(tmp_path, one_line):
    """A page saved as its HTML source (on many lines or minified on one): its headline is the page's title without
    markup and its publication day the one its meta tag names."""
    page = ("<!DOCTYPE html>\n<html><head><title>Harbor board fines ferry firm</title>\n"
            '<meta property="article:published_time" content="2021-03-12T09:00:00Z" />\n'
            "<script>var day = 'May 4, 2020';</script></head>\n<body><h1>Harbor board fines ferry firm</h1>\n"
            "<p>The harbor board on Tuesday fined the ferry firm $9,000 for late sailings.</p>\n"
            "<p>The firm said it would appeal.</p></body></html>\n")
    path = tmp_path / "a.txt"
    path.write_text(page.replace("\n", "") if one_line else page, encoding="utf-8")
    art = load_article(path)
    assert art.title == "Harbor board fines ferry firm"
    assert art.published == dt.date(2021, 3, 12)
    assert all("<" not in ln for ln in art.reading.splitlines())


def test_a_url_writing_a_day_the_calendar_lacks_is_named_not_passed_over(tmp_path):
    from timeline.articles import InvalidPublished, load_sources

    (tmp_path / "a.txt").write_text("Acme news\n\nAcme Corp signed the deal on Monday, the board said.\n")
    (tmp_path / "b.txt").write_text("Beta news\n\nBeta Corp signed the deal on Monday, the board said.\n")
    meta = tmp_path / "articles.csv"
    meta.write_text("id,file,url\na,a.txt,https://news.example/2021/02/30/acme-deal\n"
                    "b,b.txt,https://news.example/story/20210230123/\n")  # (b: an id of eleven digits, no date)
    for load in (load_articles, load_sources):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            arts = {a.id: a for a in load(tmp_path)}
        told = [str(w.message) for w in caught if issubclass(w.category, InvalidPublished)]
        assert told == [f"{tmp_path / 'a.txt'}: {meta}:2:url: '2021/02/30' is not a date; the page is read undated"]
        assert arts["a"].published is None


def test_a_folders_pages_without_publication_date_are_one_warning_and_each_page_is_told_once(tmp_path):
    from timeline.extract import UnresolvedDates, extract

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"{name.upper()} news\n\n{name.upper()} Corp signed the deal"
                                             f"{' on Monday' if name != 'c' else ''}, the board said.\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        extract(load_articles(tmp_path))
    told = [(w.category, str(w.message)) for w in caught if issubclass(w.category, (MissingPublicationDate,
                                                                                     UnresolvedDates))]
    assert told[0] == (MissingPublicationDate, f"{tmp_path}: 3 articles have no publication date printed or given "
                       "(a.txt, b.txt, c.txt); relative dates in them stay unresolved (add them to articles.csv)")
    # then one line for each page whose reading left a date out ('Monday'), none for the page that lost nothing
    assert [(c, m.split(":")[0]) for c, m in told[1:]] == [(UnresolvedDates, str(tmp_path / n)) for n in ("a.txt",
                                                                                                          "b.txt")]


@pytest.mark.parametrize("empty", [b"", b"\n", b"\xef\xbb\xbf\r\n"])
def test_an_empty_articles_csv_is_no_metadata_not_a_refused_folder(tmp_path, empty):
    (tmp_path / "a.txt").write_text("Acme news\n\nMarch 3, 2021\n\nAcme Corp signed the deal, the board said.\n")
    (tmp_path / "articles.csv").write_bytes(empty)
    assert read_metadata(tmp_path / "articles.csv") == {}
    assert [a.published for a in load_articles(tmp_path)] == [dt.date(2021, 3, 3)]


@pytest.mark.parametrize("loader", ["load_articles", "load_sources"])
def test_links_to_nothing_are_named_and_hidden_files_are_not_articles(tmp_path, loader):
    """robust29: a link to a missing file, or a loop of links, named ``*.txt`` was skipped unseen (a page lost); a
    hidden ``._page.txt`` (a Mac's copy of a page's attributes) was read and refused the whole folder as binary."""
    import timeline.articles as articles_module

    load = getattr(articles_module, loader)
    good = "Harbour board votes\n\nMay 2, 2022\n\nThe harbour board voted on May 2, 2022 to close the old pier.\n"
    (tmp_path / "good.txt").write_text(good, encoding="utf-8")
    (tmp_path / "._good.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
    (tmp_path / ".draft.txt").write_text(good, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "sub.txt").mkdir()  # a folder named like an article: not one
    assert [p.name for p in articles_module.article_files(tmp_path)] == ["gone.txt", "good.txt", "loop.txt"]
    assert [p.name for p in articles_module.hidden_files(tmp_path)] == ["._good.txt", ".draft.txt"]
    with pytest.raises(ArticleError) as caught:
        load(tmp_path)
    assert "gone.txt: a link to a missing file" in str(caught.value) and "loop.txt: cannot be read" in str(caught.value)
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        assert [a.id for a in load(tmp_path, skip_unreadable=True)] == ["good"]


@pytest.mark.parametrize("value", ["2021-03-04T22:10:00-05:00", "2021-03-04 08:15", "2021-03-04T10:22:00Z",
                                   "Thu, 04 Mar 2021 10:22:00 GMT", "March 4, 2021", "Mar. 4, 2021", "4 March 2021"])
def test_a_published_timestamp_or_named_day_is_the_day_it_writes(tmp_path, value):
    """robust29: a scraper's timestamp (ISO 8601 with time and zone, a feed's RFC 2822 stamp) or a day written with
    its month's name was refused as no YYYY-MM-DD date: the page was read undated and told to add the date it had."""
    from timeline.articles import InvalidPublished, load_sources
    from timeline.manifest import iter_sources

    (tmp_path / "a.txt").write_text("Acme news\n\nAcme Corp signed the deal on Tuesday, the board said.\n")
    (tmp_path / "articles.csv").write_text(f'file,published\na.txt,"{value}"\n', encoding="utf-8")
    for load in (load_articles, load_sources):
        with warnings.catch_warnings():
            warnings.simplefilter("error", InvalidPublished)
            art = load(tmp_path)[0]
        assert art.published == dt.date(2021, 3, 4) and art.published_source == "given"
    (tmp_path / "m.csv").write_text(f'path,published\na.txt,"{value}"\n', encoding="utf-8")
    source = next(iter_sources(tmp_path / "m.csv"))
    assert source.published == "2021-03-04" and not source.bad_published


@pytest.mark.parametrize("value", ["03/04/2021", "2021-03", "2021-02-30T10:00", "March 2021", "Thu, 31 Feb 2021 10:00"])
def test_a_published_value_that_states_no_day_is_still_named(value):
    from timeline.articles import bad_published, published_day

    assert published_day(value) is None
    assert bad_published(value, "", "articles.csv:2").startswith("articles.csv:2:published: ")


@pytest.mark.parametrize("masthead", [
    "Committee on Harbour Safety",  # *on* right after the institution's word
    "House Committee on Ports & Fisheries",
    "COMMITTEE ON HARBOUR SAFETY",  # an institution's name in capitals
    "DEPARTMENT OF FISHERIES",
    "U.S. HOUSE OF REPRESENTATIVES",
])
def test_guessed_headline_passes_a_committee_or_a_capitals_masthead(tmp_path, masthead):
    """Round 32 (headline32): a committee's name (*Committee on …*) and an institution's name printed in capitals
    above the headline are mastheads: passed for the headline below them, kept only when alone."""
    art = load_article(_write(tmp_path, "a.txt", masthead, "", HEADLINE, "", STORY))
    assert art.title == HEADLINE
    art = load_article(_write(tmp_path, "b.txt", masthead, "", STORY))
    assert art.title == masthead


@pytest.mark.parametrize("headline", [
    "Spotlight on the Harbour Committee",  # *on* not after the institution's word: a headline
    "HARBOUR BOARD ADOPTS DREDGING PLAN",  # a one-line headline in capitals
    "EXAMINING THE HARBOUR SERVICE",  # capitals with a verb in -ING
    "HARBOUR FUNDING CUT",  # a short headline in capitals
    "ARE HARBOUR SERVICES READY?",
])
def test_guessed_headline_keeps_a_headline_near_a_masthead(tmp_path, headline):
    """Near misses: a headline naming a committee, or printed in capitals, is no masthead and stays the guess above
    a later title-case line."""
    art = load_article(_write(tmp_path, "a.txt", headline, "", "Harbour Board Meets Again", "", STORY))
    assert art.title == headline


def test_capitals_bill_number_over_chamber_is_no_masthead():
    """A bill's number joined to the chamber printed below it holds a digit: not an institution's name."""
    from timeline.articles import _is_masthead
    assert _is_masthead("COMMITTEE ON HARBOUR SAFETY")
    assert not _is_masthead("H. RES. 12 IN THE HOUSE OF REPRESENTATIVES")
    assert not _is_masthead("Spotlight on the Harbour Committee")


def test_guessed_headline_never_a_file_name(tmp_path):
    """A line closing on a file name is a link to a document, not the headline; a headline naming a format is."""
    art = load_article(_write(tmp_path, "a.txt", "Attachment Order 12-345.pdf", "", HEADLINE, "", STORY))
    assert art.title == HEADLINE
    art = load_article(_write(tmp_path, "b.txt", "Harbour Board Publishes Plan as PDF Files", "", STORY))
    assert art.title == "Harbour Board Publishes Plan as PDF Files"


@pytest.mark.parametrize("line,shaped", [
    ("Good morning. Thank you for asking me to speak to the board", False),  # a paragraph's line
    ("Mayor J. Roe Opens the New Harbour Bridge", True),  # an initial before a name
    ("Acme Corp. Buys Rival Harbour Firm", True),  # an abbreviation in capitals
    ("U.S. Navy Sends Ship to Harbour", True),
])
def test_headline_shape_holds_no_sentence_end_inside(line, shaped):
    """A word in lower case closing a sentence inside a line makes it a line of a paragraph, not a headline."""
    from timeline.articles import _is_headline_shape
    assert _is_headline_shape(line) is shaped


@pytest.mark.parametrize("date_line", ["Wednesday, March 4", "Friday 6 March", "Monday, Feb. 2"])
def test_guessed_headline_passes_a_date_line_without_year(tmp_path, date_line):
    """A weekday and a day of a month with no year, alone on a line, is the date printed above the headline."""
    art = load_article(_write(tmp_path, "a.txt", date_line, "", HEADLINE, "", STORY))
    assert art.title == HEADLINE


@pytest.mark.parametrize("headline", ["Sunday, March 1 Rally Draws Thousands to Harbour", "Monday Vote Looms Over Harbour"])
def test_guessed_headline_keeps_a_headline_opening_on_a_weekday(tmp_path, headline):
    """Near misses: a headline that opens on a weekday or a date and goes on is still the headline."""
    art = load_article(_write(tmp_path, "a.txt", headline, "", STORY))
    assert art.title == headline
