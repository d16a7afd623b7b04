"""The year of writing of a page without a publication date, from its lede's news of today and the folder's dated
pages (timeline.folder_dates.publication_year; issue 14, round 11)."""
from __future__ import annotations

from pathlib import Path

from timeline.articles import Article, Region
from timeline.folder_dates import publication_year


def _undated(text: str) -> Article:
    return Article(id="page", path=Path("page.txt"), text=text, regions=(Region(0, len(text), "body", "body"),))


_LAUNCH = frozenset({"agency", "launch", "weather", "satellite", "coast"})
_MERGER = frozenset({"regulator", "approve", "merger", "airline"})


def test_the_ledes_news_of_today_gives_the_year_the_folder_dates_it_in():
    """Science and business: what the lede tells as done today, two dated pages date in one year: the page was
    written that year."""
    launch = _undated("The space agency today launched the new weather satellite from the coast. It will map storms.\n")
    year, note = publication_year(launch, [(2024, _LAUNCH, "a"), (2024, _LAUNCH, "b")])
    assert year == 2024 and "'today'" in note
    merger = _undated("The regulator today approved the merger of the two airlines after a year-long review.\n")
    assert publication_year(merger, [(2019, _MERGER, "x"), (2019, _MERGER, "y")])[0] == 2019


def test_today_after_the_lede_or_in_a_split_folder_gives_no_year():
    """Near misses: 'today' in a later sentence (a comment, not the page's news); a folder dating the happening in
    two years as often; a single witness."""
    later = _undated("Storms grew stronger over the decade, the report found. The space agency launched the new "
                     "weather satellite from the coast today.\n")
    assert publication_year(later, [(2024, _LAUNCH, "a"), (2024, _LAUNCH, "b")])[0] is None
    lede = _undated("The space agency today launched the new weather satellite from the coast.\n")
    assert publication_year(lede, [(2024, _LAUNCH, "a"), (2024, _LAUNCH, "b"), (2021, _LAUNCH, "c"),
                                   (2021, _LAUNCH, "d")])[0] is None
    assert publication_year(lede, [(2024, _LAUNCH, "a")])[0] is None


def test_a_releases_set_phrase_is_no_sign_of_one_happening():
    """Near miss (courts, sport): the folder's releases all say 'issued the following statement today'; the lede
    sharing only those words with pages of another year gets no year from them, while the words of the happening
    itself still give one."""
    formula = frozenset({"senator", "issue", "following", "statement"})
    dated = [(2016, formula | {"court", "ruling"}, "a"), (2016, formula | {"stadium", "lease"}, "b"),
             (2016, formula | {"budget"}, "c"), (2016, formula | {"vote"}, "d"), (2017, _MERGER, "x"),
             (2017, _MERGER, "y")]
    page = _undated("Senator Roe issued the following statement today on the news of the club's sale.\n")
    assert publication_year(page, dated)[0] is None
    merger = _undated("Senator Roe issued the following statement today after the regulator approved the merger of "
                      "the two airlines.\n")
    assert publication_year(merger, dated)[0] == 2017
