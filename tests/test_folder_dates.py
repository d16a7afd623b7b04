"""Year-less days of pages without a publication date, dated by the folder's evidence (timeline.folder_dates)."""
from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import replace
from pathlib import Path

from timeline.articles import Article, Region, load_articles
from timeline.clauses import content_terms
from timeline.dates import find_dates
from timeline.extract import extract
from timeline.extract import extract_article
from timeline.folder_dates import (date_undated_pages, folder_days, headline_day, folder_evidence, folder_window, newest_day_weekdays, news_week_weekdays, one_year, page_dating,
                                   page_mentions, publication_year, stated_days, weekday_years, window_year, with_folder_years, year_bound_mentions,
                                   year_for_day, years_back, PageDating, reported_day, season_year, week_day_mentions, week_days)


def _write(tmp_path, pages: dict[str, tuple[str, str]]):
    """Write ``name: (published or "", text)`` pages and an articles.csv into ``tmp_path``; return it."""
    rows = ["file,published"]
    for name, (published, text) in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{name}.txt,{published}")
    (tmp_path / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def _folder(tmp_path, pages: dict[str, tuple[str, str]]):
    """Write the pages (see :func:`_write`); load them with their folder dating (no first reading's records)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = load_articles(_write(tmp_path, pages))
    evidence = folder_evidence({a.id: stated_days(a) for a in arts}, [], [a.id for a in arts if a.published is None])
    return {a.id: replace(a, dating=page_dating(a, evidence)) for a in arts}


SEASON = {
    "final": ("2023-05-14", "Hawks win the league\n\nThe Harbour City Hawks beat the Valley Rovers 3-1 on May 13 to "
                            "win the league title, their first in a decade.\n"),
    "parade": ("2023-05-16", "Hawks parade\n\nThousands lined the streets for the Hawks, who clinched the title on "
                             "May 13, 2023.\n"),
    "profile": ("", "The coach who rebuilt the Hawks\n\nThe Hawks won the championship on May 13 in front of 40,000 "
                    "fans. The coach said the club would keep its young squad.\n"),
}


def test_season_page_gets_the_year_the_folder_states(tmp_path):
    arts = _folder(tmp_path, SEASON)
    dating = arts["profile"].dating
    assert [(d.text, d.value, d.basis) for d in dating.days] == [("May 13", "2023-05-13", "folder")]
    assert "final" in dating.days[0].note and "parade" in dating.days[0].note
    assert dating.written_after == dt.date(2023, 5, 13)  # a lower bound, reported
    assert arts["profile"].published is None  # never a publication date invented
    assert arts["final"].dating is None and arts["parade"].dating is None  # dated pages untouched


def test_extract_dates_the_undated_page_and_says_so(tmp_path):
    _folder(tmp_path, SEASON)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = extract(load_articles(tmp_path))
    rows = frame[frame["source"] == "profile"]
    assert "2023-05-13" in set(rows["date"])
    assert rows[rows["date"] == "2023-05-13"]["note"].str.contains("year from the folder").all()


COURT = {
    "ruling": ("2021-09-03", "Judge sets sentencing date\n\nJudge Mara Lind set the sentencing hearing for Sept. 14, "
                             "2021, after the jury's verdict.\n"),
    "appeal": ("2021-10-02", "Defence files appeal\n\nLawyers for the former treasurer filed an appeal on Friday.\n"),
    "jury": ("", "How the jury was chosen\n\nThe jury was chosen on Monday, Sept. 6 after two days of questions. "
                 "The trial opened on Sept. 8.\n"),
}


def test_court_weekday_fixes_the_year_within_the_folders_years(tmp_path):
    dating = _folder(tmp_path, COURT)["jury"].dating
    given = {d.text: (d.value, d.basis) for d in dating.days}
    # no weekday, no other page states Sept. 8: every day the folder states is in 2021
    assert given == {"Monday, Sept. 6": ("2021-09-06", "weekday"), "Sept. 8": ("2021-09-08", "window")}
    assert "every day it states is in 2021" in dating.days[1].note


def test_weekday_years_and_window():
    assert weekday_years(9, 6, 0, (2019, 2023)) == [2021]
    assert weekday_years(2, 29, 5, (2019, 2021)) == [2020]  # no 29 February in 2019 or 2021
    days = {(9, 14): {2021: {"ruling"}}, (10, 2): {2021: {"appeal"}}, (3, 1): {2019: {"x"}}}
    assert folder_window(days) == (2019, 2021)
    assert folder_window({}) is None


LAUNCH = {
    "first": ("2019-06-02", "Nova phone on sale soon\n\nThe Nova phone goes on sale on June 10, 2019 in 20 "
                            "countries.\n"),
    "second": ("2020-06-01", "New Nova\n\nThe second Nova goes on sale on June 10, 2020, the maker said.\n"),
    "review": ("", "Nova review\n\nThe phone went on sale on June 10 and sold out within hours. A second batch "
                   "shipped on June 21.\n"),
}


def test_launch_conflicting_years_infer_nothing(tmp_path):
    """Near-miss: the folder states June 10 in two years; nothing is inferred and the expression is reported."""
    dating = _folder(tmp_path, LAUNCH)["review"].dating
    assert dating.days == ()
    assert any("June 10" in r and "2019, 2020" in r for r in dating.refused)
    assert any("June 21" in r and "states no year" in r for r in dating.refused)  # the folder spans two years
    assert dating.written_after is None


def test_weekday_that_rules_out_the_stated_year_infers_nothing():
    days = {(6, 10): {2019: {"a", "b"}}}
    # 10 June 2019 was a Monday: a page's 'Friday, June 10' does not fit it
    year, basis, note = year_for_day(6, 10, 4, days, (2019, 2019))
    assert year is None and basis == "" and "rules out" in note
    assert year_for_day(6, 10, 0, days, (2019, 2019))[:2] == (2019, "folder")


def test_one_witness_is_not_enough_without_the_weekday():
    days = {(7, 22): {2011: {"later_report"}}}
    assert year_for_day(7, 22, None, days, (2010, 2011))[0] is None


def test_lowercase_may_is_no_month_and_dated_pages_are_unchanged(tmp_path):
    arts = _folder(tmp_path, {
        "a": ("2022-03-04", "Storm warning\n\nForecasters said the storm may 5 or 6 inches of rain bring.\n"),
        "b": ("2022-03-05", "Storm hits\n\nThe storm struck the coast on March 5.\n"),
    })
    assert all(a.dating is None for a in arts.values())
    assert (5, 5) not in folder_days({a.id: stated_days(a) for a in arts.values()})
    assert with_folder_years([], None) == []


# ------------------------------------------------------------------ the year of writing, from 'N years ago'

STADIUM = {
    "fire": ("2014-03-02", "Stand destroyed\n\nFire destroyed the main stand of the Harbour Park stadium on "
                           "Saturday, the club said.\n"),
    "cost": ("2014-03-05", "Fire bill\n\nThe fire that destroyed the main stand of the Harbour Park stadium on "
                           "Saturday will cost the club millions, its chairman said on Tuesday.\n"),
    "reopening": ("", "New stand opens\n\nFive years ago, fire destroyed the main stand of the Harbour Park "
                      "stadium. The club opened its new stand today before a crowd of 12,000. On Tuesday the "
                      "chairman thanked the builders.\n"),
}


def test_stadium_page_is_given_its_year_of_writing(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = {a.id: a for a in load_articles(_write(tmp_path, STADIUM))}
        frame = extract(list(arts.values()))
    rows = frame[frame["source"] == "reopening"]
    assert "2019" in set(rows["date"])  # 'opened its new stand today': the year of writing, never a day
    assert not rows["date"].str.startswith("2019-").any()  # 'On Tuesday' stays unresolved
    assert rows[rows["date"] == "2019"]["note"].str.contains("publication year 2019 estimated from the folder").all()
    assert not rows["note"].str.contains("2019-12-31").any()  # the day it was read as of is no date of the page
    assert arts["reopening"].published is None  # the article keeps no publication date


def test_court_last_year_gives_the_year_after_the_verdict():
    dated = [(2021, frozenset({"jury", "convicted", "former", "treasurer", "fraud"}), "verdict"),
             (2021, frozenset({"jury", "convicted", "treasurer", "fraud", "sentence"}), "sentence")]
    page = Article(id="appeal", path=Path("appeal.txt"),
                   text="Appeal\n\nLast year, a jury convicted the former treasurer of fraud. The appeals court "
                        "overturned the conviction today.\n",
                   regions=(Region(0, 8, "boilerplate", "headline"), Region(8, 112, "body", "body")))
    year, note = publication_year(page, dated)
    assert year == 2022 and "verdict" in note


def test_court_split_or_single_witness_gives_no_year():
    """Near-miss: the happening is dated in two years by as many pages, or by one page only: no year."""
    page = Article(id="appeal", path=Path("appeal.txt"),
                   text="Last year, a jury convicted the former treasurer of fraud.\n",
                   regions=(Region(0, 59, "body", "body"),))
    words = frozenset({"jury", "convicted", "former", "treasurer", "fraud"})
    split = [(2021, words, "a"), (2021, words, "b"), (2019, words, "c"), (2019, words, "d")]
    assert publication_year(page, split)[0] is None
    assert publication_year(page, [(2021, words, "a")])[0] is None
    assert publication_year(page, [(2021, frozenset({"jury", "weather"}), "a"),
                                   (2021, frozenset({"jury", "weather"}), "b")]) == (None, "")


def _words(text: str) -> frozenset[str]:
    return frozenset(content_terms(text))


def _body_page(name: str, text: str) -> Article:
    return Article(id=name, path=Path(f"{name}.txt"), text=text, regions=(Region(0, len(text), "body", "body"),))


def test_business_last_year_sentence_is_not_cut_at_initials():
    """'U.S.', 'D.C.' and 'J.' end no sentence: the sentence told 'last year' keeps the words that date it."""
    told = _words("U.S. shareholders of Acme approved the merger with Globex")
    dated = [(2020, told, "vote"), (2020, told | {"regulator"}, "filing")]
    page = _body_page("deal", "Last year, U.S. shareholders of J. R. Acme approved the merger with Globex.\n")
    year, note = publication_year(page, dated)
    assert year == 2021 and "vote" in note
    ended = _body_page("deal", "Last year was hard for J. R. Acme. Its U.S. shareholders approved the merger with "
                               "Globex.\n")
    assert publication_year(ended, dated) == (None, "")  # a real full stop still ends the 'last year' sentence


def test_science_lede_today_in_washington_d_c_is_the_lede():
    """The lede 'today' after a 'WASHINGTON, D.C.' dateline is read whole (science release)."""
    told = _words("engineers said the telescope mirror unfolded in orbit")
    dated = [(2022, told, "a"), (2022, told, "b")]
    page = _body_page("release", "[WASHINGTON, D.C.] – U.S. engineers said today the telescope mirror "
                                 "unfolded in orbit.\n")
    assert publication_year(page, dated)[0] == 2022


def test_courts_closest_telling_outweighs_three_common_words():
    """A long sentence told 'last year' matched closely by two pages outweighs a lede matched by three common
    words of two other pages; a near-miss where both are matched as weakly gives no year."""
    close = _words("the senators introduced the Restitution Act, a bill to compensate victims of fraud")
    loose = _words("Department of Justice criminal")
    dated = [(2019, close, "a"), (2019, close, "b"), (2016, loose, "c"), (2016, loose, "d")]
    text = ("The senators issued a statement today on the criminal case of the Department of Justice. "
            "Last year, the senators introduced the Restitution Act, a bill to compensate victims of fraud.\n")
    year, _note = publication_year(_body_page("stmt", text), dated)
    assert year == 2020  # 2019 + 1 (seven shared words), not the lede's 2016 (three common words)
    weak = [(2019, _words("senators introduced act"), "a"), (2019, _words("senators introduced act"), "b"),
            (2021, loose, "c"), (2021, loose, "d")]
    assert publication_year(_body_page("stmt", text), weak)[0] is None  # 2020 and 2021, as strong: no year


def test_years_back_phrases():
    assert [years_back(p) for p in ("last year", "a year ago", "Five years ago", "a decade ago",
                                    "two decades ago", "3 years ago")] == [1, 1, 5, 10, 20, 3]
    assert years_back("many years ago") is None and years_back("two and a half years ago") is None


def test_year_bound_mentions_keep_only_years_both_readings_agree_on():
    text = ("The mayor, a decade ago this week, opened the bridge. The council said today it would repair it. "
            "On Tuesday the engineers met. Last year the bridge was closed. Last month the council met.")
    got = {m.text: (m.value, m.underspecified) for m in year_bound_mentions(text, find_dates, 2021)}
    assert got["a decade ago this week"] == ("2011", False)
    assert got["today"] == ("2021", False)
    assert got["Last year"] == ("2020", False)
    assert got["Tuesday"] == ("2021", False)  # within a week of the writing: its year, never a day
    assert got["Last month"][1] is True  # reported as unresolved (January's last month is of the year before)


def test_engine_reads_undated_pages_again_with_the_folders_evidence(tmp_path):
    """The command line's engine (timeline extract) dates the same as extract(): the stadium and season folders."""
    from timeline.engine import run_extraction
    from timeline.manifest import iter_sources

    _write(tmp_path, {**STADIUM, **SEASON})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        events = run_extraction(iter_sources(str(tmp_path)), workers=1).events
        frame = extract(load_articles(tmp_path))
    assert "2019" in set(events[events["source"] == "reopening"]["date"])
    assert "2023-05-13" in set(events[events["source"] == "profile"]["date"])
    assert sorted(events["date"]) == sorted(frame["date"])


def test_engine_reads_an_undated_page_once_when_the_folder_dates_nothing_on_it(tmp_path, monkeypatch):
    """An undated page the folder's evidence tells nothing of keeps its first reading without a second extraction;
    one the folder dates (the season profile) is read again."""
    import timeline.extract
    from timeline.engine import run_extraction
    from timeline.manifest import iter_sources

    calls: list[str] = []
    real = timeline.extract.extract_article

    def counting(article, **kwargs):
        calls.append(article.id)
        return real(article, **kwargs)

    monkeypatch.setattr(timeline.extract, "extract_article", counting)
    recipe = ("Bread at home\n\nA slow dough rises overnight in the fridge. Bake it hot, then let it cool on a rack "
              "before slicing.\n")
    _write(tmp_path, {**SEASON, "recipe": ("", recipe)})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = run_extraction(iter_sources(str(tmp_path)), workers=1)
    assert sorted(calls) == ["final", "parade", "profile", "profile", "recipe"]
    assert "2023-05-13" in set(result.events[result.events["source"] == "profile"]["date"])


# ------------------------------------------------------------------ the year of a folder that speaks of one year

TRANSFER = {
    "signing": ("2023-07-03", "Rovers sign striker\n\nThe Valley Rovers signed the striker Ana Lind on July 2, "
                              "2023.\n"),
    "debut": ("2023-08-14", "Lind scores on debut\n\nAna Lind scored twice on Saturday as the Rovers won 2-0.\n"),
    "keeper": ("", "Rovers lose their keeper\n\nThe Valley Rovers have sold the goalkeeper Tom Berg to the Harbour "
                   "City Hawks, the club said today.\n"),
}

FLOOD = {
    "warning": ("2018-03-09", "Flood warning\n\nThe weather service issued a flood warning for the lower valley on "
                              "March 8, 2018.\n"),
    "crest": ("2018-03-12", "River crests\n\nThe river crested at 6.1 metres on Sunday, the agency said.\n"),
    "levee": ("", "Levee holds\n\nEngineers have reinforced the levee at Millbrook after the river rose on Sunday, "
                  "the county said.\n"),
}


def test_one_year_folder_gives_its_year_to_a_page_that_tells_today(tmp_path):
    """Sport: every day the folder states is in 2023; the undated page's 'today' and its perfect are of 2023."""
    dating = _folder(tmp_path, TRANSFER)["keeper"].dating
    assert dating.year == 2023 and "every day it states is in 2023" in dating.year_note
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = extract(load_articles(tmp_path))
    rows = frame[frame["source"] == "keeper"]
    assert "2023" in set(rows["date"])  # 'have sold the goalkeeper': the year of writing, never a day
    assert not rows["date"].str.startswith("2023-").any()
    assert {a.id: a.published for a in load_articles(tmp_path)}["keeper"] is None  # no publication date invented


def test_one_year_folder_gives_its_year_to_a_page_that_tells_a_weekday(tmp_path):
    """Weather: 'on Sunday' needs the writing; the folder speaks of 2018 only."""
    dating = _folder(tmp_path, FLOOD)["levee"].dating
    assert dating.year == 2018
    assert window_year(dating, (2018, 2018)) == (2018, dating.year_note)


def test_folder_of_two_years_or_a_page_with_its_own_day_gets_no_window_year(tmp_path):
    """Near-misses: the launch folder states days in 2019 and 2020; a page that prints its own full date reads its
    relative days from that date; a page with no day its writing would resolve is left alone."""
    two = {**LAUNCH, "recall": ("", "Nova recall\n\nThe maker has recalled the phone today.\n")}
    (tmp_path / "two").mkdir()
    assert _folder(tmp_path / "two", two)["recall"].dating is None
    own = {**TRANSFER, "keeper": ("", "Rovers add a keeper\n\nOn August 20, 2023 the Rovers signed Tom Berg. He "
                                      "trained with the squad on Monday.\n")}
    (tmp_path / "own").mkdir()
    dating = _folder(tmp_path / "own", own)["keeper"].dating
    assert dating is None or dating.year is None
    plain = {**TRANSFER, "keeper": ("", "Bread at home\n\nA slow dough rises overnight in the fridge. Serve it in "
                                        "the evening.\n")}
    (tmp_path / "plain").mkdir()
    assert _folder(tmp_path / "plain", plain)["keeper"].dating is None
    lone = {"signing": TRANSFER["signing"], "keeper": TRANSFER["keeper"]}  # one dated page is too little evidence
    (tmp_path / "lone").mkdir()
    assert _folder(tmp_path / "lone", lone)["keeper"].dating is None
    assert window_year(PageDating(), (2019, 2020)) == (None, "")
    assert window_year(PageDating(written_after=dt.date(2023, 8, 20)), (2023, 2023)) == (None, "")
    assert window_year(PageDating(), None) == (None, "")


def test_one_year_rule_of_the_window_with_and_without_witnesses():
    """One rule for a year-less day (:func:`year_for_day`) and for the year of writing (:func:`window_year`): the
    window's year when it spans one year; the year of writing also asks for :data:`WITNESSES` articles."""
    assert one_year((2018, 2018)) == 2018
    assert one_year((2018, 2019)) is None and one_year(None) is None
    assert one_year((2018, 2018), witnesses=2) == 2018
    assert one_year((2018, 2018), witnesses=1) is None  # one article is too little evidence
    assert window_year(PageDating(), (2018, 2018), 1) == (None, "")
    assert window_year(PageDating(), (2018, 2018), 2)[0] == 2018
    assert year_for_day(7, 22, None, {}, (2011, 2011))[:2] == (2011, "window")


def test_page_read_once_by_the_folder_stage_extracts_as_if_tagged_again(tmp_path):
    """The undated page's mentions the folder stage read (``PageDating.mentions``) are those extraction would read;
    a page without them (another tagger, a transcript's stamps blanked) is tagged again, to the same records."""
    page = _folder(tmp_path, SEASON)["profile"]
    assert page.dating.mentions == tuple(page_mentions(page))
    assert page.dating == replace(page.dating, mentions=None)  # not compared
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        once = extract_article(page)
        again = extract_article(replace(page, dating=replace(page.dating, mentions=None)))
    assert once == again and any(r["anchor"] == "folder" for r in once)


def test_folder_evidence_needs_its_witnesses_and_common_words():
    """No silent default: evidence built without a count of witnesses or the set phrases' words is an error, not a
    folder that no article witnesses."""
    import pytest

    from timeline.folder_dates import FolderEvidence

    with pytest.raises(TypeError):
        FolderEvidence({}, None, ())  # type: ignore[call-arg]
    evidence = folder_evidence({}, [], [])
    assert evidence.witnesses == 0 and evidence.common == frozenset()


def test_article_mentions_reuses_the_folder_stages_reading_of_an_undated_page():
    """The folder stage's page_mentions are reused for an undated page read by the default tagger (a weather page);
    near miss: the 'news' mode reads the page again (a sports page), giving equal mentions, not the stored ones."""
    from timeline.extract import article_mentions
    from timeline.folder_dates import PageDating

    text = "The storm reached the coast on March 3, 2020, and the ferries stopped on March 4, 2020.\n"
    base = Article(id="storm", path=Path("storm.txt"), text=text, regions=(Region(0, len(text), "body", "body"),),
                   language="en")
    stored = tuple(page_mentions(base))
    page = replace(base, dating=PageDating(mentions=stored))
    mentions, _, language = article_mentions(page)
    assert language == "en" and [m.value for m in mentions] == ["2020-03-03", "2020-03-04"]
    assert all(a is b for a, b in zip(mentions, stored))
    again, _, _ = article_mentions(page, mode="news")
    assert [m.value for m in again] == ["2020-03-03", "2020-03-04"] and again[0] is not stored[0]


FERRY = ("Lake ferry sails again\n\nPassengers boarded the ferry Aurora at the north pier in Lakeport "
         "on March 7, 2019.\n\n"
         "The lake ferry stopped on Feb. 22, 2019, when a storm damaged the north pier. The ferry Aurora sailed again "
         "late Thursday night with forty passengers aboard. Divers had checked the pier last Thursday and cleared it "
         "on Wednesday.\n")


def test_weekday_of_the_newest_printed_date_is_that_date():
    mentions = find_dates(FERRY, relative_to=None)
    read = {m.text: m for m in mentions}
    assert read["late Thursday night"].value == "2019-02-28TNI"  # the story's time: the Thursday after Feb. 22
    moved = {m.text: m for m in newest_day_weekdays(mentions)}
    thursday = moved["late Thursday night"]
    assert thursday.value == "2019-03-07TNI"  # March 7, 2019 is a Thursday; the time of day is kept
    assert thursday.anchor == "mention" and "newest printed date 2019-03-07" in thursday.note
    # near misses: 'last Thursday' names another week, 'Wednesday' another weekday; printed dates stay
    for text in ("last Thursday", "Wednesday", "March 7, 2019", "Feb. 22, 2019"):
        assert moved[text] == read[text]


def test_weekday_left_unresolved_or_on_a_page_without_printed_date_stays():
    # the weekday comes before any day of the story's time: unresolved, and it stays so
    text = ("Lake ferry sails again\n\nThe ferry Aurora sailed again on Thursday with forty passengers aboard. The "
            "lake ferry stopped on Feb. 28, 2019, when a storm damaged the north pier.\n")
    mentions = find_dates(text, relative_to=None)
    assert newest_day_weekdays(mentions) == mentions
    # no full date printed: nothing to set a weekday on
    bare = find_dates("The ferry sailed again on Thursday after the storm of Feb. 22.\n", relative_to=None)
    assert newest_day_weekdays(bare) == bare


def test_extract_sets_the_weekday_of_an_undated_page_only(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = extract(load_articles(_write(tmp_path, {"ferry": ("", FERRY), "dated": ("2019-03-12", FERRY)})))
    undated = frame[(frame["source"] == "ferry") & frame["quote"].str.contains("sailed again")]
    assert set(undated["date"]) == {"2019-03-07"}
    assert undated["note"].str.contains("newest printed date").all()
    dated = frame[(frame["source"] == "dated") & frame["quote"].str.contains("sailed again")]
    assert set(dated["date"]) == {"2019-03-07"}  # read from its publication day (Tuesday 12 March), no note
    assert not dated["note"].str.contains("newest printed date").any()


def test_a_page_read_as_a_narrative_keeps_the_story_time_weekday(tmp_path):
    (tmp_path / "ferry.txt").write_text(FERRY, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        art = load_articles(tmp_path)[0]
    news = extract_article(art)
    told = extract_article(art, mode="narrative")  # the user says it is a history: its weekdays follow the story
    assert {r["date"] for r in news if "sailed again" in r["quote"]} == {"2019-03-07"}
    assert {r["date"] for r in told if "sailed again" in r["quote"]} == {"2019-02-28"}


def _saved_with(pages: dict[str, tuple[str, str]], end: str) -> dict[str, tuple[str, str]]:
    """The pages with their line ends turned into ``end`` (a scraper on Windows, an old Mac tool)."""
    return {name: (published, text.replace("\n", end)) for name, (published, text) in pages.items()}


def _sub(tmp_path, name: str):
    (tmp_path / name).mkdir()
    return tmp_path / name


def _events(folder: Path) -> set[tuple[str, str, str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = extract(load_articles(folder))
    return {(r.date, r.title, r.source, " ".join(r.quote.split())) for r in frame.itertuples()}


def test_an_undated_page_is_dated_the_same_whatever_the_folders_line_ends(tmp_path):
    # the folder's days, the page's own days and its years ago are read from the page as the package reads it
    pages = dict(SEASON, profile=("", "The coach who rebuilt the Hawks\n\nThe Hawks won the championship on May\n13 "
                                      "in front of 40,000 fans, two years after the coach\narrived. The club said on "
                                      "Tuesday it would keep its young squad.\n"))
    want = _folder(_sub(tmp_path, "lf"), pages)["profile"].dating
    assert want.days and want.written_after == dt.date(2023, 5, 13)
    for name, end in (("crlf", "\r\n"), ("cr", "\r")):
        arts = _folder(_sub(tmp_path, name), _saved_with(pages, end))
        got = arts["profile"].dating
        assert [(d.value, d.basis) for d in got.days] == [(d.value, d.basis) for d in want.days]
        assert (got.written_after, got.year, got.refused) == (want.written_after, want.year, want.refused)
        assert stated_days(arts["final"]) == stated_days(_folder(_sub(tmp_path, f"{name}-lf"), pages)["final"])
        assert _events(tmp_path / name) == _events(tmp_path / "lf")


_PARA = ("The ferry service resumed sailing today between the two islands after the storm, and crews worked through "
         "the night to clear the harbour of debris and fallen trees.\n")
HARBOUR = {
    "monday": ("2024-03-04", "Storm closes the harbour\n\nThe harbour closed on March 3, 2024, as the storm hit.\n"),
    "tuesday": ("2024-03-05", "Harbour stays shut\n\nThe harbour, shut since March 3, stays closed; the ferry sails "
                              "again March 6, officials said.\n"),
    "update": ("", "Menu\n\nIsland Storm Update Wednesday March 6\n\n" + _PARA),
    "snapshot": ("", "Daily Snapshot-Harbour, Mar. 7\n\n" + _PARA),
    "day_line": ("", "Thursday, March 7\n\nLetter From The Mayor\n\n" + _PARA),
    "scheduled": ("", "Council Schedules Storm Hearing for March 20\n\n" + _PARA),
    "wrong_weekday": ("", "Island Storm Update Monday March 6\n\n" + _PARA),
}


def _undated(tmp_path, pages):
    """Load the pages (see :func:`_write`) and date the undated ones as extraction does."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = load_articles(_write(tmp_path, pages))
    return {a.id: a for a in date_undated_pages(arts, [])}


def test_header_day_without_year_is_the_pages_publication_day(tmp_path):
    pages = _undated(tmp_path, HARBOUR)
    assert pages["update"].published == dt.date(2024, 3, 6)  # a headline closing on its day, weekday and all
    assert pages["update"].published_source == "inferred" and pages["update"].dating is None
    assert "'Wednesday March 6'" in pages["update"].note and not pages["update"].note.startswith("inferred:")
    assert pages["snapshot"].published == dt.date(2024, 3, 7)  # no weekday: the folder's main year
    assert pages["day_line"].published == dt.date(2024, 3, 7)  # a line that is the day alone


def test_header_day_of_an_event_or_a_wrong_weekday_dates_nothing(tmp_path):
    pages = _undated(tmp_path, HARBOUR)
    assert pages["scheduled"].published is None  # 'for March 20': the hearing's day, not the page's
    assert pages["wrong_weekday"].published is None  # 6 March 2024 is no Monday


def test_headline_day_reads_only_short_header_lines(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = load_articles(_write(tmp_path, {**HARBOUR, "update": ("", "Menu\n\n" + _PARA.replace(
            "storm,", "storm on Wednesday March 6,"))}))
    evidence = folder_evidence({a.id: stated_days(a) for a in arts}, [], [a.id for a in arts if a.published is None])
    assert headline_day(next(a for a in arts if a.id == "update"), evidence) is None  # a sentence's day


def test_engine_and_extract_date_a_page_by_its_header_day(tmp_path):
    """The page's own header day dates what it tells as its day's news, in extract() and in the engine alike."""
    from timeline.engine import run_extraction
    from timeline.manifest import iter_sources

    _write(tmp_path, {k: HARBOUR[k] for k in ("monday", "tuesday", "update")})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        events = run_extraction(iter_sources(str(tmp_path)), workers=1).events
        frame = extract(load_articles(tmp_path))
    assert "2024-03-06" in set(frame[frame["source"] == "update"]["date"])
    assert sorted(events["date"]) == sorted(frame["date"])


# --------------------------------------------------------------------------- weeks the folder reports (week_days)

PIER = {
    "vote": ("2024-03-06", "Board votes to shut pier\n\nThe Harbour Board voted on Tuesday to close the old ferry pier "
                           "for repairs.\n"),
    "crews": ("", "Ferry crews angry over pier\n\nThe Harbour Board voted Tuesday to close the old ferry pier for "
                  "repairs, a decision crews learned of by text message. Ferry crews marched Wednesday to the board's "
                  "offices. The union will meet Friday to plan its next step.\n"),
}


def _pier_page(tmp_path, pages):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = load_articles(_write(tmp_path, pages))
    records = [r for a in arts if a.published is not None for r in extract_article(a)]
    pages = {a.id: a for a in date_undated_pages(arts, records)}
    return pages["crews"]


def test_week_days_reported_weekday_sets_the_page_week(tmp_path):
    page = _pier_page(tmp_path, PIER)
    given = {d.text: (d.value, d.basis) for d in page.dating.weekdays}
    # the vote a dated page reports on Tuesday, March 5; the crews' march and the union's meeting in that week
    assert given == {"Tuesday": ("2024-03-05", "reported"), "Wednesday": ("2024-03-06", "week"),
                     "Friday": ("2024-03-08", "week")}
    assert page.published is None  # no publication date invented
    mentions = week_day_mentions(find_dates(page.reading, relative_to=None, skip=page.boilerplate), page.dating)
    moved = {m.text: (m.value, m.anchor) for m in mentions if m.anchor == "folder"}
    assert moved["Wednesday"] == ("2024-03-06", "folder")


def test_extract_dates_the_weekdays_of_an_undated_page_and_says_so(tmp_path):
    _write(tmp_path, PIER)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = extract(load_articles(tmp_path))
    rows = frame[frame["source"] == "crews"]
    assert {"2024-03-05", "2024-03-06"} <= set(rows["date"])
    assert rows[rows["date"] == "2024-03-06"]["note"].str.contains("day from the folder").all()


def test_week_days_near_misses_leave_weekdays_unset(tmp_path):
    # the dated page reports the vote on a Monday: the undated page's Tuesday is not that day
    monday = dict(PIER, vote=("2024-03-06", "Board votes to shut pier\n\nThe Harbour Board voted on Monday to close "
                                            "the old ferry pier for repairs.\n"))
    assert _pier_page(tmp_path, monday).dating is None or not _pier_page(tmp_path, monday).dating.weekdays
    # another doer doing another thing that Tuesday: no act of the page is reported
    other = dict(PIER, vote=("2024-03-06", "Council backs new school\n\nThe Town Council approved on Tuesday a "
                                           "budget for the new school.\n"))
    page = _pier_page(tmp_path, other)
    assert page.dating is None or not page.dating.weekdays


def test_week_days_reported_days_weeks_apart_set_nothing():
    text = "The Harbour Board voted Tuesday to close the pier. The Ferry Company sued the board Friday."
    records = [{"source": "a", "date": "2024-03-05", "quote": "The Harbour Board voted on Tuesday to close the pier."},
               {"source": "b", "date": "2024-04-19", "quote": "The Ferry Company sued the board on Friday."}]
    evidence = folder_evidence({}, records, ["c"])
    mentions = find_dates(text, relative_to=None)
    assert week_days(text, mentions, evidence) == ()
    assert reported_day("The Harbour Board voted Tuesday to close the pier.", "Tuesday", 1, evidence) \
        == dt.date(2024, 3, 5)
    assert reported_day("The Ferry Company sued the board Friday.", "Friday", 4, evidence) == dt.date(2024, 4, 19)
    assert reported_day("The Harbour Board voted Tuesday to close the pier.", "Tuesday", 2, evidence) is None
    # two days of the same act with that weekday: which one is not told
    twice = folder_evidence({}, records + [dict(records[0], source="d", date="2024-03-12")], ["c"])
    assert reported_day("The Harbour Board voted Tuesday to close the pier.", "Tuesday", 1, twice) is None


def test_engine_sets_the_same_weekdays_as_extract(tmp_path):
    from timeline import engine

    _write(tmp_path, PIER)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        direct = extract(load_articles(tmp_path))
        frame = engine.run_extraction(tmp_path, workers=1).events
    key = ["event_id", "date", "title", "source", "quote_start", "quote_end"]
    assert sorted(map(tuple, frame[key].values.tolist())) == sorted(map(tuple, direct[key].values.tolist()))
    assert "2024-03-06" in set(frame[frame["source"] == "crews"]["date"])


# a page without publication date: its dateline is its newest printed date (Wednesday June 5, 2019); read in the
# story's time, each bare weekday runs on from the one before it, a week at a time
ORCHARD = ("Orchard growers count frost losses\n\nJune 5, 2019\n\nThe frost struck on Sunday night, the growers' "
           "union said on Tuesday. The union said Wednesday that it will meet the minister on Friday. Pickers were "
           "sent home on Monday. The union said on Thursday that the minister will visit on Saturday.\n")


def test_news_week_weekdays_read_a_news_page_in_its_week():
    mentions = find_dates(ORCHARD, relative_to=None)
    read = {m.text: m.value[:10] for m in mentions}
    assert (read["Tuesday"], read["Monday"]) == ("2019-06-11", "2019-06-17")  # the story's time runs on
    moved = {m.text: m for m in news_week_weekdays(mentions, ORCHARD)}
    assert moved["Tuesday"].value == "2019-06-04"      # told in the past: the Tuesday before the dateline
    assert moved["Wednesday"].value == "2019-06-05"
    assert moved["Monday"].value == "2019-06-03"
    assert moved["Thursday"].value == "2019-06-06"     # up to the day after the dateline
    assert moved["Friday"].value == "2019-06-07"       # told ahead: the Friday after it
    assert moved["Saturday"].value == "2019-06-08"
    assert "newest printed date 2019-06-05" in moved["Tuesday"].note
    # within the drift the forward reading stays (a day or four after the dateline is as likely); dates stay
    assert moved["Sunday night"].value == "2019-06-09TNI"
    assert moved["June 5, 2019"].value == "2019-06-05"


def test_news_week_weekdays_leave_weekdays_near_the_newest_date():
    text = "Ferry sails again\n\nJune 5, 2019\n\nThe ferry sailed again on Thursday.\n"
    mentions = find_dates(text, relative_to=None)
    assert news_week_weekdays(mentions, text) == mentions   # read a day after the dateline: as likely as the week before
    assert news_week_weekdays([], text) == []
    # a weekday listed after another date is read with it ("by Tuesday, June 18, and Monday")
    text = "Ferry sails again\n\nJune 5, 2019\n\nCrews report by Tuesday, June 18, and Monday.\n"
    mentions = find_dates(text, relative_to=None)
    assert [m.value for m in mentions] == ["2019-06-05", "2019-06-18", "2019-06-24"]
    assert news_week_weekdays(mentions, text) == mentions


def test_evidence_reads_only_the_records_of_the_weekdays_asked(monkeypatch):
    from timeline import folder_dates
    from timeline.folder_dates import FolderIdf

    read = []
    analyse = folder_dates.features
    monkeypatch.setattr(folder_dates, "features", lambda rec: read.append(rec["quote"]) or analyse(rec))

    records = [{"source": "a", "date": "2024-03-05", "quote": "The Harbour Board voted on Tuesday to close the pier."},
               {"source": "b", "date": "2024-04-19", "quote": "The Ferry Company sued the board on Friday."},
               {"source": "c", "date": "2024-04-19", "quote": "The Mayor opened the new bridge on Friday."}]
    evidence = folder_evidence({}, records, ["u"])
    assert evidence.report_days == (dt.date(2024, 3, 5), dt.date(2024, 4, 19), dt.date(2024, 4, 19))
    tuesday = evidence.weekday_reports(1)
    assert [(day, rec["quote"]) for day, _f, rec in tuesday] == [(dt.date(2024, 3, 5), records[0]["quote"])]
    assert read == [records[0]["quote"]]  # the Friday records are not analysed
    assert evidence.weekday_reports(2) == ()
    assert [rec["quote"] for _d, _f, rec in evidence.weekday_reports(4)] == [r["quote"] for r in records[1:]]
    assert evidence.record_features(0) is tuesday[0][1] and len(read) == 3  # each read once
    # the weights on demand are the folder's weights, computed at the first look-up
    lazy = evidence.idf_on_demand
    assert isinstance(lazy, FolderIdf) and "idf" not in evidence.__dict__
    assert lazy.get("no-such-term", 1.0) == 1.0 and "idf" in evidence.__dict__
    assert dict(lazy) == evidence.idf and len(lazy) == len(evidence.idf)
    term = next(iter(evidence.idf))
    assert lazy[term] == lazy.get(term) == evidence.idf[term]
    # the same weights as every record analysed at once
    fresh = folder_evidence({}, records, ["u"])
    assert fresh.idf == evidence.idf and [f for _d, f in fresh.reports] == [f for _d, f in evidence.reports]


def test_season_year_needs_one_year_on_both_sides_from_several_articles():
    days = {(6, 2): {2019: {"a"}}, (6, 20): {2019: {"b"}}, (3, 3): {2017: {"c"}}}
    assert season_year(6, 9, None, days) == 2019
    assert season_year(6, 9, dt.date(2019, 6, 9).weekday(), days) == 2019
    assert season_year(6, 9, (dt.date(2019, 6, 9).weekday() + 1) % 7, days) is None  # the weekday rules it out
    assert season_year(6, 25, None, days) is None  # every stated day around it lies before it
    assert season_year(6, 9, None, {(6, 2): {2019: {"a"}}, (6, 20): {2019: {"a"}}}) is None  # one article only
    assert season_year(6, 9, None, {(6, 2): {2019: {"a", "b"}}}) is None  # one remembered day is no season
    two_years = {(6, 2): {2019: {"a"}}, (6, 20): {2019: {"b"}, 2018: {"c"}}}
    assert season_year(6, 9, None, two_years) is None


AROUND = {
    "opening": ("2019-06-03", "Bridge works begin\n\nCrews closed the old toll bridge on June 2, 2019, for repairs.\n"),
    "reopening": ("2019-06-21", "Bridge reopens\n\nThe toll bridge reopened to cars on June 20, 2019.\n"),
    "plan": ("2017-03-04", "Council backs repairs\n\nThe council voted for the repairs on March 3, 2017.\n"),
    "diary": ("", "A week on the bridge\n\nWelders replaced the deck plates on June 9th, and painters followed "
                  "on June 11th.\n"),
    "later": ("", "Bridge repairs remembered\n\nBack in 2024 engineers recalled that welders replaced the deck "
                  "plates on June 9th.\n"),
    "same": ("", "Deck plates replaced\n\nWelders replaced the deck plates on June 9th, the last of the repairs "
                 "planned for 2019.\n"),
    "ago": ("", "Bridge repairs remembered\n\nFive years ago welders replaced the deck plates on June 9th.\n"),
}


def test_undated_page_takes_the_year_of_the_folders_season_around_its_days(tmp_path):
    arts = _folder(tmp_path, AROUND)
    given = {d.text: (d.value, d.basis) for d in arts["diary"].dating.days}
    assert given == {"June 9th": ("2019-06-09", "season"), "June 11th": ("2019-06-11", "season")}
    assert "2019" in arts["diary"].dating.days[0].note
    for told_later in ("later", "ago"):  # a page telling of a later year, or of years ago, gets no season year
        assert arts[told_later].dating is None or not arts[told_later].dating.days
    assert [d.value for d in arts["same"].dating.days] == ["2019-06-09"]  # naming the season's own year is no later


def _read(text: str, folder_years: set[int]) -> list[tuple[str, str, str]]:
    """``text`` read without a publication date, the writing's time read from a background year left out."""
    from timeline.folder_dates import unanchored_from_background

    return [(m.text, m.value, m.anchor) for m in unanchored_from_background(find_dates(text, relative_to=None),
                                                                           folder_years)]


def test_writing_time_is_not_read_from_a_background_year():
    text = ("The mill has stood empty since June 1998. Last August, the river flooded the lower town. The council "
            "wrote in a March 3, 2006 letter that it would act.")
    assert ("Last August", "XXXX-08", "none") in _read(text, {2005, 2006})


def test_writing_time_after_a_background_year_the_page_names_before_a_later_one():
    text = "Two inspectors visited in May 2005. The river flooded the lower town last August. Repairs began in 2006."
    assert ("last August", "XXXX-08", "none") in _read(text, {2006})


def test_page_about_a_past_year_keeps_its_reading():  # near miss: 1998 is the page's own time, no later year named
    text = "The mill closed in June 1998. Last August, the river had flooded the lower town."
    assert ("Last August", "1997-08", "mention") in _read(text, {2005, 2006})


def test_a_time_counted_from_the_text_keeps_its_reading():  # near miss: 'a year later' counts from the text's date
    text = "The mill closed in June 1998. A year later the river flooded it. Repairs began in 2006."
    read = _read(text, {2006})
    assert all(anchor != "none" for _t, _v, anchor in read)


def test_a_deadline_past_the_folder_is_not_the_page_s_time():  # near miss: 2030 lies past every year of the folder
    text = "The mill closed in June 1998. Last August, the river had flooded it. The town plans a new dam by 2030."
    assert ("Last August", "1997-08", "mention") in _read(text, {2005, 2006})


def test_no_folder_years_change_nothing():
    text = "The mill has stood empty since June 1998. Last August, the river flooded it. Repairs began in 2006."
    assert _read(text, set()) == [(m.text, m.value, m.anchor) for m in find_dates(text, relative_to=None)]


def test_undated_page_of_the_folder_reads_its_writing_time_apart_from_its_history(tmp_path):
    arts = _folder(tmp_path, {
        "flood": ("2006-08-20", "River floods town\n\nThe river flooded the lower town on August 19, 2006.\n"),
        "repair": ("2006-09-12", "Repairs start\n\nCrews began repairs on September 11, 2006.\n"),
        "speech": ("", "Remarks on the river\n\nThe mill has stood empty since June 1998. Last August, the river "
                       "flooded the lower town. The council wrote in a March 3, 2007 letter that it would act.\n"),
    })
    read = [(m.text, m.value) for m in arts["speech"].dating.mentions]
    assert ("Last August", "XXXX-08") in read


def _days(**years_by_page: list[int]) -> dict:
    """A :func:`folder_days` of pages each stating March 1 of the given years."""
    days: dict = {}
    for page, years in years_by_page.items():
        for y in years:
            days.setdefault((3, 1), {}).setdefault(y, set()).add(page)
    return days


def test_page_read_from_a_background_year_is_written_in_the_newest_year_it_names():
    from timeline.folder_dates import named_year

    text = "The mill has stood empty since June 1998. Last August, the river flooded it. Repairs began in 2006."
    year, note = named_year("speech", find_dates(text, relative_to=None), _days(flood=[2006], repair=[2006, 2007]))
    assert year == 2006 and "newest year it names" in note


def test_a_year_only_the_page_reaches_is_not_its_year():  # near miss: a caption of another story's picture
    from timeline.folder_dates import named_year

    text = "The mill has stood empty since June 1998. Last August, the river flooded it. A fair opened on May 2, 2012."
    assert named_year("speech", find_dates(text, relative_to=None),
                      _days(flood=[2006], speech=[2012])) == (None, "")


def test_undated_page_read_from_a_background_year_gets_the_year_it_names(tmp_path):
    arts = _folder(tmp_path, {
        "flood": ("2007-08-20", "River floods town\n\nThe river flooded the lower town on August 19, 2007.\n"),
        "repair": ("2007-09-12", "Repairs start\n\nCrews began repairs on September 11, 2007.\n"),
        "speech": ("", "Remarks on the river\n\nThe mill has stood empty since June 1998. Last August, the river "
                       "flooded the lower town. The council wrote in a March 3, 2007 letter that it would act.\n"),
    })
    assert arts["speech"].dating.year == 2007


def test_undated_page_about_a_past_year_gets_no_year_from_it(tmp_path):  # near miss: its own time is 1998
    arts = _folder(tmp_path, {
        "flood": ("2007-08-20", "River floods town\n\nThe river flooded the lower town on August 19, 2007.\n"),
        "repair": ("2007-09-12", "Repairs start\n\nCrews began repairs on September 11, 2007.\n"),
        "history": ("", "The mill's story\n\nThe mill closed in June 1998. Last August, the river had flooded "
                        "the lower town.\n"),
    })
    dating = arts["history"].dating
    assert dating is None or dating.year is None


def test_a_day_the_folders_one_year_lacks_gets_no_year():
    # February 30 never exists, February 29 not in a common year: the folder's one year is no year for them (it was
    # given as '2022-02-30', and the page's dating failed on it)
    assert year_for_day(2, 30, None, {}, (2022, 2022))[0] is None
    assert year_for_day(2, 29, None, {}, (2021, 2021))[0] is None
    assert year_for_day(4, 31, None, {}, (9999, 9999))[0] is None
    assert year_for_day(2, 29, None, {}, (2024, 2024))[:2] == (2024, "window")  # a leap year has it


def test_an_undated_page_stating_a_day_its_folders_year_lacks_is_dated_without_failing(tmp_path):
    arts = _folder(tmp_path, {
        "a": ("", "Acme news\n\nAcme Corp signed the deal on December 30, 2021, the board said.\n"),
        "b": ("", "Beta news\n\nThe board met on February 30 and on February 29, and Beta resigned on Monday.\n"),
    })
    dating = arts["b"].dating  # no ValueError: the impossible days are left without a year
    assert dating is None or not [d for d in dating.days if (d.month, d.day) in {(2, 30), (2, 29)}]


def test_a_weekday_near_the_calendars_last_day_stays_open_when_the_calendar_ends_before_it():
    from timeline.folder_dates import _nearest_weekday

    assert dt.date.max.weekday() == 4  # 31 December 9999 is a Friday
    assert _nearest_weekday(dt.date.max, 2) == dt.date(9999, 12, 29)  # the Wednesday before
    assert _nearest_weekday(dt.date.max, 6) is None  # no Sunday within three days before the calendar ends
    assert _nearest_weekday(dt.date.min, 4) is None and _nearest_weekday(dt.date.min, 0) == dt.date.min
