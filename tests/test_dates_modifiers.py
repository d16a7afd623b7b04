"""Dates that belong to a modifier, not to the event a clause tells: years that label products, a time compared
with a thing's, a participle phrase inside the subject (issue 14, round 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.clauses import analyse
from timeline.dates import find_dates, labels_product


def _kind(sentence: str, date: str, when: str = "past") -> str:
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when=when).kind


def _values(text: str, dct: dt.date | None = None) -> dict[str, str]:
    return {m.text: m.value for m in find_dates(text, relative_to=dct)}


@pytest.mark.parametrize("sentence, year", [
    # model years
    ("Owners of model year 2012-2014 tractors may claim a refund.", "2012"),
    ("The recall covers model-year 2019 scooters sold in Canada.", "2019"),
    # a year before the products it labels
    ("The regulator said the software was installed on its 2016 diesel vehicles.", "2016"),
    ("Acme stopped selling its 2018 to 2020 Zeta and Nova electric motorcycles.", "2020"),
    ("In addition, the order covers an unknown number of 2017 trucks.", "2017"),
    # one item of a list of products each labelled by its year
    ("The boats affected are: the 2011 Marlin Cruiser, the 2012 Tern Skiff, and the 2013 Tern Racer.", "2012"),
])
def test_a_year_that_labels_products_is_no_event(sentence, year):
    i = sentence.index(year)
    assert labels_product(sentence, i, i + 4)
    assert _kind(sentence, year, when="past") == "reference"


@pytest.mark.parametrize("sentence, year", [
    ("The 2012 Olympics opened in London.", "2012"),
    ("Spain won the 2010 World Cup and the 2014 World Cup qualifiers.", "2010"),
    ("The museum bought a 1962 painting of the harbour in 2015.", "2015"),
    ("The 2008 crash wiped out the savings of millions.", "2008"),
    ("Sales in 2016 of the cars and trucks fell.", "2016"),
])
def test_a_year_before_an_event_or_a_single_name_stays_a_date(sentence, year):
    i = sentence.index(year)
    assert not labels_product(sentence, i, i + 4)


def test_a_product_year_gives_no_year_to_later_dates():
    # without a publication date, the year of a later day comes from the text's own dates, not a model year
    text = ("The maker sold 2009 motorcycles with a faulty brake. On November 19, the maker told regulators that "
            "model year 2009 scooters were also affected. On December 2, it recalled them.")
    values = _values(text)
    assert values["November 19"] == "XXXX-11-19"
    assert values["December 2"] == "XXXX-12-02"
    story = "The league fined the club in 2014. Its 2016 team jerseys sold out. On May 3, the club appealed."
    assert _values(story)["May 3"] == "2016-05-03"  # 'jerseys' is no product word: the year is the story's
    news = "Fans bought its 2016 race cars in March."
    assert _values(news, dt.date(2015, 9, 25))["March"] == "2015-03"


@pytest.mark.parametrize("sentence, date", [
    ("Engineers hope the tunnel may open earlier than the original target of June.", "June"),
    ("The probe reached orbit sooner than the schedule for late March allowed.", "late March"),
])
def test_a_time_compared_with_a_things_is_no_event(sentence, date):
    assert _kind(sentence, date) == "reference"


@pytest.mark.parametrize("sentence, date", [
    ("Bids must arrive no later than the close of business on Friday.", "Friday"),
    ("The vote came later than expected on Friday.", "Friday"),
])
def test_a_deadline_or_a_late_event_stays_an_event(sentence, date):
    assert _kind(sentence, date) != "reference"


def test_earlier_than_is_no_past_cue():
    # "may be moved earlier than the previous forecasts for early November": ahead, not last November
    text = ("On September 17, 2010, the crew finished the dam, raising hopes that the river may be opened earlier "
            "than the previous forecasts for early November.")
    assert _values(text, dt.date(2010, 9, 28))["early November"] == "2010-11"
    past = "The ferry left earlier, in November."
    assert _values(past, dt.date(2010, 9, 28))["November"] == "2009-11"


@pytest.mark.parametrize("sentence, date", [
    ("Twelve of the fans injured in a stampede last year have sued the stadium owner.", "last year"),
    ("The scientist arrested at the border on Monday was charged on Tuesday.", "Monday"),
    ("Officials said 40,000 tablets sold in the region since 2019 were faulty.", "2019"),
    ("The plan that the council outlined this morning would cut bus fares.", "this morning"),
])
def test_a_date_in_a_participle_phrase_of_the_subject_is_no_event(sentence, date):
    assert _kind(sentence, date) == "reference"


@pytest.mark.parametrize("sentence, date", [
    ("Also arrested on Monday were two of the guards.", "Monday"),
    ("The club said on Monday it had signed a striker.", "Monday"),
    ("The court ruled on Monday that the contract was void.", "Monday"),
    ("The scientist arrested at the border on Monday was charged on Tuesday.", "Tuesday"),
])
def test_a_date_of_the_main_verb_stays_an_event(sentence, date):
    assert _kind(sentence, date) == "event"


@pytest.mark.parametrize("sentence, date", [
    ("Earlier today, the coach called the mayor to thank the 12 divers trapped in the flooded cave in the north "
     "since June 23.", "June 23"),
    ("On March 4, the lab informed the journal that the error has existed in all of its samples since 2015.", "2015"),
])
def test_a_since_period_of_a_modifier_after_the_main_verb_is_no_event(sentence, date):
    assert _kind(sentence, date) == "reference"


@pytest.mark.parametrize("sentence, date, kind", [
    ("The company expanded since 2009.", "2009", "event"),
    ("The road has been closed since Friday.", "Friday", "event"),
    ("The striker has not scored since March.", "March", "state"),
])
def test_a_since_period_of_the_main_verb_is_left_to_its_rules(sentence, date, kind):
    assert _kind(sentence, date) == kind


@pytest.mark.parametrize("sentence, date", [
    ("A new documentary tells the story of the famous 1986 reactor fire.", "1986"),
    ("The exhibition describes the great 1953 flood of the delta.", "1953"),
    ("The 2010 collapse is still the worst in the league's history.", "2010"),
])
def test_a_year_naming_a_past_thing_in_a_present_clause_is_no_event(sentence, date):
    assert _kind(sentence, date) == "reference"


@pytest.mark.parametrize("sentence, date", [
    ("The 1986 fire destroyed the reactor hall.", "1986"),
    ("The great 1953 flood drowned the delta.", "1953"),
])
def test_a_year_naming_a_thing_in_a_past_clause_stays_a_date(sentence, date):
    assert _kind(sentence, date) == "event"


@pytest.mark.parametrize("sentence, date, kind", [
    # a perfect progressive since a recent day: the work began then
    ("Divers have been searching the lake since Sunday.", "Sunday", "event"),
    ("Nurses have been picketing outside the hospital since Friday.", "Friday", "event"),
    # ... not a long background period, nor a simple perfect
    ("The professor has been teaching in Leeds since 2001.", "2001", "state"),
    ("The league has acted quickly since it received the report on Monday.", "Monday", "state"),
])
def test_a_perfect_progressive_since_a_day_dates_its_start(sentence, date, kind):
    assert _kind(sentence, date) == kind


@pytest.mark.parametrize("sentence, year", [
    # public health: a virus named with the year it emerged labels the virus, written long after that year
    ("Officials briefed governors on the novel 2014 coronavirus and its spread.", "2014"),
    ("The lab sequenced the 2016 H7N9 virus within days.", "2016"),
    ("The 2021-nCoV outbreak closed three ports on Monday.", "2021"),
])
def test_a_year_that_names_a_virus_is_no_event(sentence, year):
    i = sentence.index(year)
    assert labels_product(sentence, i, i + 4)


@pytest.mark.parametrize("sentence, year", [
    # near misses: a year after a preposition, a flu season, a year before a case count
    ("In 2014 coronavirus cases rose in three provinces.", "2014"),
    ("The 2016 flu season began early.", "2016"),
    ("Since 2019 H7N9 infections have fallen.", "2019"),
])
def test_a_year_near_a_virus_that_is_a_time(sentence, year):
    i = sentence.index(year)
    assert not labels_product(sentence, i, i + 4)
