"""Two kinds of page that gave nothing and said nothing (round 30), with invented pages.

(a) A chronology laid out as a table (pipe, tab, CSV, aligned columns): each row whose date cell reads as a date is
an event dated by it, quoting the row verbatim; the header is no event; a row whose date cell cannot be read is
reported. Lists whose dates close the rows (sources, deadlines) and prose are left alone.

(b) Pages in scripts without English dates (Chinese, Japanese, Korean, Arabic): their language is detected even when
the classifier hesitates between neighbours of one script, their sentences are cut at their own sentence ends, their
dates written with units (2019年3月4日) are read, and each run says in one line how many pages are not in English.

``extract()`` and ``timeline extract`` give the same events for such a folder.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from timeline.articles import Article, find_regions, load_article, load_articles
from timeline.cli import app
from timeline.dates import find_dates
from timeline.events import EventSchema as E
from timeline.extract import OtherLanguages, UnreadTableRow, extract, extract_article
from timeline.multilingual import cut_sentences, detect_language, find_dates_multilingual, other_languages_line
from timeline.tables import cell_date, find_tables

runner = CliRunner()


def _tag(piece: str):
    return find_dates(piece)


def _art(text: str, published: dt.date | None = None, art_id: str = "a") -> Article:
    return Article(id=art_id, path=Path(f"{art_id}.txt"), text=text, published=published,
                   regions=find_regions(text))


PIPES = ("Harbor bridge: key dates\n\n| Date | Event | Source |\n|------|-------|--------|\n"
         "| March 4, 2019 | City council approves the bridge budget | Gazette |\n"
         "| May 12, 2019 | Contractor Ostrava Works wins the tender | Wire |\n"
         "| TBD | Bridge opening ceremony | Gazette |\n"
         "| June 2020 | Construction halts after a crane collapse | Wire |\n")
TABS = ("Timeline of the orchard dispute\n\nDate\tEvent\n2018-02-01\tFarmers file a complaint over the water rights.\n"
        "9 April 2018\tRegional court hears the first witnesses.\nAugust 2018\tJudge Mira Falk rules for the farmers.\n")
CSV = ('date,event\n2017-10-02,Rail union calls a strike\n2017-10-05,"Talks collapse, and trains stop running"\n'
       "2017-10-20,Union and operator sign a deal\n")
ALIGNED = ("Key dates\n\n3 July 2016      Ferry Nordlys runs aground off the cape\n"
           "5 July 2016      Salvage crews refloat the ferry\n"
           "Sept. 2016       Inquiry blames a faulty chart\n")


# --------------------------------------------------------------------------- (a) tables: shapes


@pytest.mark.parametrize("text, sep, n", [(PIPES, "|", 3), (TABS, "\t", 3), (CSV, ",", 3), (ALIGNED, "  ", 3)])
def test_each_layout_is_a_table_with_its_rows(text, sep, n):
    (table,) = find_tables(text, _tag)
    assert table.separator == sep and len(table.rows) == n
    for row, m in zip(table.rows, table.dates):
        assert row.date[0] <= m.start and m.end <= row.date[1]
        assert text[row.event[0] : row.event[1]].split()[0][0].isupper()


def test_header_is_no_row_and_an_unread_date_cell_is_kept_for_the_report():
    (table,) = find_tables(PIPES, _tag)
    cells = [PIPES[r.date[0] : r.date[1]] for r in table.rows]
    assert cells == ["March 4, 2019", "May 12, 2019", "June 2020"]
    assert [PIPES[r.date[0] : r.date[1]] for r in table.unread] == ["TBD"]  # 'Date' (the header) is not there


def test_a_quoted_csv_cell_keeps_its_comma_and_leaves_its_quotes_out():
    (table,) = find_tables(CSV, _tag)
    assert CSV[slice(*table.rows[1].event)] == "Talks collapse, and trains stop running"


def test_the_source_column_after_the_event_is_not_quoted():
    (table,) = find_tables(PIPES, _tag)
    assert PIPES[slice(*table.rows[0].line)] == "March 4, 2019 | City council approves the bridge budget"


@pytest.mark.parametrize("text", [
    # prose whose lines hold commas: no date column opens them
    "On Monday, the council met, and it voted.\nOn Tuesday, the mayor spoke, and she left.\n"
    "On Friday, the works began, and they stopped.\n",
    # a list of sources whose dates close the rows
    "Ministry of Water, Office of Supply, 1/27/05\nMinistry of Roads, Office of Bridges, 1/29/05\n"
    "Ministry of Ports, Office of Ferries, 1/18/05\n",
    # a notice's deadlines, the date in the second column
    "Comments Due:            May 31, 2011\nReplies Due:             June 20, 2011\nHearing Held:            July 1, 2011\n",
    # two rows are no table
    "| Date | Event |\n|---|---|\n| May 1, 2019 | Plant opens |\n| May 9, 2019 | Plant closes |\n",
    # a table without dates (prices)
    "| Item | Price |\n|---|---|\n| Bread | 2 euros |\n| Milk | 1 euro |\n| Cheese | 6 euros |\n",
    # a first column of long sentences that merely hold a date
    "The plant that opened on May 1, 2019 after long delays\tyes\nThe plant that closed on May 9, 2019 in a storm\tno\n"
    "The plant that reopened on June 2, 2019 with new staff\tyes\n",
])
def test_near_misses_are_no_table(text):
    assert find_tables(text, _tag) == []


def test_a_cell_with_a_date_and_more_words_is_no_date():
    text = "May 4, 2019 after the long vote"
    mentions = find_dates(text)
    assert cell_date(text, (0, len(text)), mentions) is None
    assert cell_date(text, (0, 11), mentions) is not None


# --------------------------------------------------------------------------- (a) tables: events


@pytest.mark.parametrize("text", [PIPES, TABS, CSV, ALIGNED])
def test_each_row_is_an_event_with_its_date_and_a_verbatim_quote(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        recs = extract_article(_art(text))
    (table,) = find_tables(text, _tag)
    assert len(recs) == len(table.rows)
    for rec, row in zip(sorted(recs, key=lambda r: r[E.quote_start]), table.rows):
        assert text[rec[E.quote_start] : rec[E.quote_end]] == rec[E.quote]
        assert (rec[E.quote_start], rec[E.quote_end]) == row.line
        assert rec[E.date_text] in text[slice(*row.date)]


def test_table_dates_and_titles():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        recs = sorted(extract_article(_art(TABS)), key=lambda r: r[E.quote_start])
    assert [r[E.date] for r in recs] == ["2018-02-01", "2018-04-09", "2018-08"]
    assert recs[0][E.title].startswith("Farmers file complaint")


def test_an_unread_row_is_reported_not_dropped_silently():
    with pytest.warns(UnreadTableRow, match=r"1 row\(s\) of a dated table give no event.*'TBD'"):
        recs = extract_article(_art(PIPES))
    assert len(recs) == 3


def test_a_table_row_date_is_not_the_page_publication_date(tmp_path):
    (tmp_path / "t.txt").write_text(TABS, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        art = load_article(tmp_path / "t.txt")
    assert art.published is None  # '2018-02-01' dates the first row, not the page


def test_prose_news_page_is_untouched_by_the_table_reading():
    text = ("Council approves bridge budget\n\nThe city council on Monday approved the budget for the harbor bridge, "
            "after a debate that ran past midnight.\n")
    assert find_tables(text, _tag) == []


# --------------------------------------------------------------------------- (b) other scripts


ZH = "港口大桥工程暂停\n\n2019年3月4日，市议会批准了大桥预算。2019年5月12日，奥斯特拉瓦公司赢得了招标。2020年6月，一台起重机倒塌后，工程停止。\n"
JA = "港湾橋の工事が中断\n\n2019年3月4日、市議会は橋の予算を承認した。2019年5月12日、オストラヴァ社が入札を勝ち取った。2020年6月、クレーンの倒壊後、工事は中断した。\n"
KO = "항만 다리 공사 중단\n\n2019년 3월 4일 시의회는 다리 예산을 승인했다. 2019년 5월 12일 오스트라바 회사가 입찰에서 이겼다. 2020년 6월 크레인 붕괴 후 공사가 중단되었다.\n"
AR = ("توقف العمل في جسر الميناء\n\nفي 4 مارس 2019 وافق مجلس المدينة على ميزانية الجسر. وفي 12 مايو 2019 فازت شركة "
      "أوسترافا بالمناقصة. وفي يونيو 2020 توقف البناء بعد انهيار رافعة.\n")
EN = "Bridge works resume\n\nThe council said on March 9, 2021 that works on the harbor bridge would resume in May.\n"


@pytest.mark.parametrize("text, lang", [(ZH, "zh"), (JA, "ja"), (KO, "ko"), (AR, "ar")])
def test_a_page_in_another_script_is_never_read_as_english(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", [ZH, JA, KO, AR])
def test_a_page_in_another_script_gives_its_three_dated_events(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        recs = extract_article(_art(text))
    assert sorted(r[E.date] for r in recs) == ["2019-03-04", "2019-05-12", "2020-06"]
    for r in recs:
        assert text[r[E.quote_start] : r[E.quote_end]] == r[E.quote]
        assert r[E.quote].count("。") + r[E.quote].count(". ") <= 1  # one sentence each


def test_sentences_cut_at_wide_stops_and_before_caseless_letters_only():
    text = "甲。乙！丙\nHe met Mr. Roe. Then left. وفي هذا. وفي 2019. 12 came."
    spans = cut_sentences(text, [(0, 5), (6, len(text))])
    assert [text[s:e] for s, e in spans] == ["甲。", "乙！", "丙", "He met Mr. Roe. Then left.", "وفي هذا.",
                                             "وفي 2019. 12 came."]  # before capitals and digits: not cut


def test_unit_dates_read_where_the_search_misses_them():
    text = "2020年6月，一台起重机倒塌后，工程停止。"
    found = find_dates_multilingual(text, language="zh", spans=[(0, len(text))])
    assert [(m.text, m.value) for m in found.mentions] == [("2020年6月", "2020-06")]


def test_other_languages_line():
    assert other_languages_line([("en", False), ("en", True)]) == ""
    line = other_languages_line([("en", False), ("zh", False), ("zh", True), ("ar", False)])
    assert line.startswith("3 of 4 pages are in a language the English tagger does not read (zh 2, ar 1)")
    assert "3 dated by dateparser" in line and "1 of the 3 gave no event" in line


# --------------------------------------------------------------------------- both paths


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name, text in {"pipes": PIPES, "tabs": TABS, "csvlist": CSV, "aligned": ALIGNED, "zh": ZH, "ja": JA,
                       "ko": KO, "ar": AR, "en": EN}.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "articles.csv").write_text("id,file,published\nen,en.txt,2021-03-10\n", encoding="utf-8")
    return folder


_KEYS = [E.source, E.date, E.title, E.quote, E.quote_start, E.quote_end]


def _rows(frame: pd.DataFrame) -> list[tuple]:
    return sorted(tuple(str(x) for x in row) for row in frame[_KEYS].itertuples(index=False))


def test_extract_and_the_cli_give_the_same_events_and_say_so_once(tmp_path):
    folder = _folder(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = extract(load_articles(folder))
    told = [str(w.message) for w in caught if issubclass(w.category, OtherLanguages)]
    assert told == ["4 of 9 pages are in a language the English tagger does not read (ar 1, ja 1, ko 1, zh 1): "
                    "4 dated by dateparser"]
    assert any(issubclass(w.category, UnreadTableRow) for w in caught)
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert result.output.count("4 of 9 pages are in a language the English tagger does not read") == 1
    assert "'TBD'" in result.output
    cli = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert _rows(cli) == _rows(frame.astype({E.quote_start: int, E.quote_end: int}).astype(str))
    sources = set(cli[E.source])
    assert {"pipes", "tabs", "csvlist", "aligned", "zh", "ja", "ko", "ar"} <= sources


def test_only_the_short_first_cells_are_tagged_on_a_long_table():
    text = "".join(f"2019-{m:02d}-{d:02d}\tCouncil meets on item {d} of the agenda, says the clerk\n"
                   for m in range(1, 13) for d in range(1, 29))
    read: list[int] = []

    def counting(piece: str):
        read.append(len(piece))
        return find_dates(piece)

    (table,) = find_tables(text, counting)
    assert len(table.rows) == 12 * 28
    assert sum(read) <= 11 * len(table.rows)  # 'YYYY-MM-DD' and a line end per row, never the event cells
