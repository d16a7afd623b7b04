"""A month-day used as the name of a happening ('the September 11 attacks', 'the July 4 holiday') on a dated page
is not a day of the page's own year: names are used in any later year, so :func:`timeline.folder_dates.near_days`
leaves them out of the folder's evidence (:func:`timeline.folder_dates.day_as_name`)."""

from __future__ import annotations

import datetime as dt

from conftest import dated_folder as _folder

from timeline.folder_dates import _MONTH_DAY, day_as_name


def _named(sentence: str) -> bool:
    m = _MONTH_DAY.search(sentence)
    return day_as_name(sentence, m.start(), m.end())


def test_a_month_day_before_the_noun_it_names_is_a_name():
    assert _named("Security has tightened since the October 3 bombings in the capital.")
    assert _named("The October 3 bombing changed the city.")
    assert _named("Relief reached villages hit by Chile's March 9 landslide.")
    assert _named("Crowds protested the disputed May 20 parliamentary vote.")
    assert _named("Shops closed for the July 4 holiday.")


def test_a_month_day_used_as_a_date_is_not_a_name():
    assert not _named("The bombs went off on October 3 in the capital.")
    assert not _named("The mill burned October 3 and never reopened.")
    assert not _named("The storm that hit the coast March 9 killed four.")  # 'killed': a verb
    assert not _named("The vote on May 20 was close.")
    assert not _named("Crews met on the 4th of July when the rain stopped.")
    assert not _named("A landslide struck March 9 and buried a road.")  # two words between the article and the day


# pages a year after a bombing call it by its day; an undated page tells of the day itself
BOMBING = {
    "first": ("2017-10-04", "Blasts in the capital\n\nTwo bombs exploded in the capital on October 3, 2017, "
                            "killing nine.\n"),
    "trial": ("2017-10-20", "Suspects held\n\nPolice said the men had planned the blasts of October 3, 2017, "
                            "for months.\n"),
    "year_on": ("2018-09-28", "A year on\n\nSurvivors of the October 3 bombings met the mayor.\n"),
    "memorial": ("2018-09-30", "Memorial\n\nA plaque for the victims of the October 3 bombings was unveiled.\n"),
    "undated": ("", "Night of the blasts\n\nWitnesses said the first bomb went off on October 3 just after "
                    "midnight.\n"),
}


def test_a_name_on_a_later_page_is_not_evidence_of_that_later_year(tmp_path):
    from timeline.folder_dates import near_days
    arts = _folder(tmp_path, BOMBING)
    assert near_days(arts["year_on"]) == []
    dating = arts["undated"].dating
    assert [(d.text, d.value) for d in dating.days] == [("October 3", "2017-10-03")]


def test_a_date_on_a_later_page_still_counts_for_its_own_year(tmp_path):
    from timeline.folder_dates import near_days
    page = ("2018-09-28", "A year on\n\nSurvivors met the mayor on October 3 at the square.\n")
    arts = _folder(tmp_path, {"year_on": page})
    assert near_days(arts["year_on"]) == [dt.date(2018, 10, 3)]
