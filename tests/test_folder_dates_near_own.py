"""A year-less day of a page without a publication date, which the folder gives no year, takes the year that puts
it nearest the page's own newest day (a full date it prints, or a day the folder dated), as a dated article's
year-less days are read from its publication (:func:`timeline.folder_dates.page_dating`)."""

from __future__ import annotations

from conftest import dated_folder as _folder



# a folder of two years' news, so that no one-year rule decides
TWO_YEARS = {
    "charge": ("2018-11-02", "Man charged\n\nProsecutors charged the man on November 1, 2018, with fraud.\n"),
    "appeal": ("2019-09-30", "Appeal filed\n\nThe defence filed its appeal on September 27, 2019.\n"),
}


def test_courts_a_sentencing_day_takes_the_year_of_the_pages_own_date(tmp_path):
    page = ("", "Sentencing\n\nA federal judge formally sentenced the man on June 24, ordering a long prison term. "
                "The trial had opened on April 8, 2019, in the federal court.\n")
    dating = _folder(tmp_path, {**TWO_YEARS, "sentence": page})["sentence"].dating
    assert [(d.text, d.value, d.basis) for d in dating.days] == [("June 24", "2019-06-24", "page")]
    assert "2019-04-08" in dating.days[0].note


def test_science_a_day_before_the_pages_own_date_takes_its_year(tmp_path):
    page = ("", "Eruption\n\nAsh was first seen on March 15, by pilots over the island. The satellite imaged "
                "the plume on March 21, 2019.\n")
    dating = _folder(tmp_path, {**TWO_YEARS, "plume": page})["plume"].dating
    assert [(d.text, d.value) for d in dating.days] == [("March 15", "2019-03-15")]


def test_sport_a_late_december_day_before_a_january_date_takes_the_year_before(tmp_path):
    page = ("", "Cup run\n\nIts coach was hired on December 28, after a long search. The club won its first match "
                "on January 10, 2019.\n")
    dating = _folder(tmp_path, {**TWO_YEARS, "cup": page})["cup"].dating
    assert [(d.text, d.value, d.basis) for d in dating.days] == [("December 28", "2018-12-28", "page")]


def test_a_printed_weekday_that_rules_out_the_nearest_year_leaves_the_day_unresolved(tmp_path):
    # 24 June 2019 was a Monday, not a Friday
    page = ("", "Sentencing\n\nThe judge sentenced the man on Friday, June 24, ordering a long prison term. "
                "The trial had opened on April 8, 2019.\n")
    dating = _folder(tmp_path, {**TWO_YEARS, "sentence": page})["sentence"].dating
    assert all(d.text != "Friday, June 24" and "June 24" not in d.text for d in dating.days)


def test_a_page_without_a_date_of_its_own_gets_no_page_year(tmp_path):
    page = ("", "Sentencing\n\nA federal judge formally sentenced the man on June 24 to twelve years in prison.\n")
    dating = _folder(tmp_path, {**TWO_YEARS, "sentence": page})["sentence"].dating
    assert dating is None or all(d.basis != "page" for d in dating.days)
