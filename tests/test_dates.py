"""Tests for :mod:`timeline.dates` (hand-annotated seed expectations, hard cases, properties)."""
from __future__ import annotations

import datetime as dt
import glob
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.dates import DateMention, find_dates, precision_of

SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")
DCT = {"000": dt.date(2022, 2, 4), "001": dt.date(2024, 10, 29), "002": dt.date(2022, 1, 13),
       "003": dt.date(2021, 12, 21), "004": dt.date(2022, 1, 14)}


def seed(prefix: str) -> str:
    (path,) = glob.glob(os.path.join(SEEDS, f"{prefix}_*.txt"))
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def tag(text: str, dct: dt.date | None = None, **kw) -> list[DateMention]:
    return find_dates(text, relative_to=dct, **kw)


def by_text(mentions: list[DateMention]) -> dict[str, list[DateMention]]:
    out: dict[str, list[DateMention]] = {}
    for m in mentions:
        out.setdefault(m.text, []).append(m)
    return out


def one(text: str, dct: dt.date | None = None) -> DateMention:
    ms = tag(text, dct)
    assert len(ms) == 1, ms
    return ms[0]


# ----------------------------------------------------------------------------------------------------------------
# seed articles: hand-annotated (text as written, TYPE, value, mod, anchor)
# ----------------------------------------------------------------------------------------------------------------
EXPECTED = {
    "000": [
        ("4 Feb, 2022 15:36", "TIME", "2022-02-04T15:36", None, "absolute"),
        ("1999", "DATE", "1999", None, "absolute"),             # "its adapted version from 1999"
        ("the future", "DATE", "FUTURE_REF", None, "publication"),
        ("2008", "DATE", "2008", None, "absolute"),
        ("2014", "DATE", "2014", None, "absolute"),
    ],
    "001": [
        ("2024-10-29 18:21:54", "TIME", "2024-10-29T18:21:54", None, "absolute"),
        ("June 22, 1994", "DATE", "1994-06-22", None, "absolute"),
        ("several days", "DURATION", "PXD", None, "absolute"),   # "several days before the dissolution"
        ("two years later", "DATE", "1996", None, "mention"),
        ("Currently", "DATE", "PRESENT_REF", None, "publication"),
        ("1990", "DATE", "1990", None, "absolute"),             # "the 1990 Charter of Paris"
        ("2002", "DATE", "2002", None, "absolute"),
        ("1997", "DATE", "1997", None, "absolute"),
        ("2007", "DATE", "2007", None, "absolute"),
        ("December 2021", "DATE", "2021-12", None, "absolute"),
        ("2022", "DATE", "2022", None, "absolute"),             # "the 2022 military operation"
        ("Two-and-a-half years later", "DATE", "2024", None, "mention"),
        ("Thirty years after", "DATE", "2024", None, "mention"),  # ... the signing of the Partnership for Peace
    ],
    "002": [
        ("13 Jan, 2022 17:24", "TIME", "2022-01-13T17:24", None, "absolute"),
        ("this week", "DATE", "2022-W02", None, "publication"),
        ("September 2019", "DATE", "2019-09", None, "absolute"),
        ("a year later", "DATE", "2020", None, "mention"),
        ("Recently", "DATE", "PAST_REF", None, "publication"),
        ("2014", "DATE", "2014", None, "absolute"),             # "since 2014"
        ("last December", "DATE", "2021-12", None, "publication"),
        ("Thursday", "DATE", "2022-01-13", None, "publication"),  # "On Thursday, ... were to be considered"
    ],
    "003": [
        ("last week", "DATE", "2021-W50", None, "publication"),
        ("the past few weeks", "DURATION", "PXW", None, "absolute"),
        ("Monday", "DATE", "2021-12-20", None, "publication"),   # "Speaking ... on Monday"
        ("recent weeks", "DURATION", "PXW", None, "absolute"),
        ("earlier this month", "DATE", "2021-12", "START", "publication"),
        ("the beginning of December", "DATE", "2021-12", "START", "publication"),
    ],
    "004": [
        ("Thursday, January 13", "DATE", "2022-01-13", None, "publication"),
        ("this week", "DATE", "2022-W02", None, "publication"),  # "this week's talks"
        ("the near future", "DATE", "FUTURE_REF", None, "publication"),
        ("the mid-1990s", "DATE", "199", "MID", "absolute"),
        ("about a week", "DURATION", "P1W", "APPROX", "absolute"),  # "in about a week" (TimeBank: "within a week")
        ("earlier this week", "DATE", "2022-W02", "START", "publication"),
        ("November", "DATE", "2021-11", None, "publication"),    # "back in November"
    ],
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_expected_mentions(prefix: str) -> None:
    text = seed(prefix)
    found = by_text(tag(text, DCT[prefix]))
    for surface, typ, value, mod, anchor in EXPECTED[prefix]:
        assert surface in found, f"{surface!r} not found; got {sorted(found)}"
        m = found[surface][0]
        assert (m.type, m.value, m.mod, m.anchor) == (typ, value, mod, anchor), m
        assert text[m.start:m.end] == surface


def test_seed_spans_leave_out_prepositions() -> None:
    text = seed("002")
    ms = by_text(tag(text, DCT["002"]))
    assert "On Thursday" not in ms and "since 2014" not in ms and "after 1997" not in ms
    text = seed("004")
    ms = by_text(tag(text, DCT["004"]))
    assert "in about a week" not in ms and "back in November" not in ms
    assert "on Thursday, January 13" not in ms


def test_seed_no_false_positives() -> None:
    bad = {"we", "We", "may", "May", "march", "second", "Sun", "sat", "0:00", "26:12", "27:33", "fm"}
    for prefix in EXPECTED:
        for m in tag(seed(prefix), DCT[prefix]):
            assert m.text not in bad, (prefix, m)
            assert not m.text.startswith("0:"), (prefix, m)


def test_seed_all_values_valid() -> None:
    for prefix in EXPECTED:
        for m in tag(seed(prefix), DCT[prefix]):
            if m.type in ("DATE", "TIME") and not m.value.endswith("_REF"):
                assert precision_of(m.value) == m.precision
            assert m.anchor in ("absolute", "publication", "mention", "none")


# ----------------------------------------------------------------------------------------------------------------
# relative to the publication date
# ----------------------------------------------------------------------------------------------------------------
D = dt.date(2022, 1, 13)   # a Thursday


@pytest.mark.parametrize("sentence,surface,value", [
    ("He left last week.", "last week", "2022-W01"),
    ("Talks resume this week.", "this week", "2022-W02"),
    ("It happened earlier this month.", "earlier this month", "2022-01"),
    ("Russia did so last December.", "last December", "2021-12"),
    ("They met today.", "today", "2022-01-13"),
    ("They met yesterday.", "yesterday", "2022-01-12"),
    ("They will meet tomorrow.", "tomorrow", "2022-01-14"),
    ("It is over now.", "now", "PRESENT_REF"),
    ("He recently said so.", "recently", "PAST_REF"),
    ("It will happen next year.", "next year", "2023"),
    ("It happened two years ago.", "two years ago", "2020"),
    ("Profits rose in the third quarter.", "the third quarter", "2021-Q3"),
    ("The talks were held on Monday.", "Monday", "2022-01-10"),
    ("The talks will be held on Monday.", "Monday", "2022-01-17"),
    ("On Thursday, proposals were to be considered.", "Thursday", "2022-01-13"),
    ("It was agreed in early 2014.", "early 2014", "2014"),
    ("It was agreed in the 1990s.", "the 1990s", "199"),
    ("He arrived in the summer of 1994.", "the summer of 1994", "1994-SU"),
    ("She said it happened this summer.", "this summer", "2022-SU"),
    ("The deal closed at 3:30 p.m. yesterday.", "3:30 p.m. yesterday", "2022-01-12T15:30"),
    ("Reporters were told last night.", "last night", "2022-01-12TNI"),
    ("in the 20th century", "the 20th century", "19"),
    ("The Act of 1997 was signed.", "1997", "1997"),
])
def test_relative_resolution(sentence: str, surface: str, value: str) -> None:
    found = by_text(tag(sentence, D))
    assert surface in found, (surface, found)
    assert found[surface][0].value == value


def test_mods() -> None:
    assert one("in early 2014", D).mod == "START"
    assert one("the mid-1990s", D).mod == "MID"
    assert one("at the end of 1990", D).value == "1990" and one("at the end of 1990", D).mod == "END"
    m = one("It lasted about two years.", D)
    assert (m.text, m.type, m.value, m.mod) == ("about two years", "DURATION", "P2Y", "APPROX")
    m = one("It took more than six months.", D)
    assert (m.text, m.value, m.mod) == ("more than six months", "P6M", "MORE_THAN")


def test_day_without_year_gets_weekday_consistent_year() -> None:
    m = one("Talks ended on Thursday, January 13.", dt.date(2022, 1, 20))
    assert m.value == "2022-01-13"
    # January 13 was a Wednesday in 2021; near a 2021 publication date the weekday decides the year
    m = one("Talks ended on Wednesday, January 13.", dt.date(2021, 2, 1))
    assert m.value == "2021-01-13"


def test_last_month_crosses_year() -> None:
    assert one("It was discussed last month.", dt.date(2022, 1, 5)).value == "2021-12"
    assert one("It was discussed last December.", dt.date(2022, 12, 20)).value == "2021-12"
    assert one("It was discussed last week.", dt.date(2022, 1, 3)).value == "2021-W52"


def test_durations_and_sets() -> None:
    assert one("for three hours", D).value == "PT3H"
    assert one("for two weeks", D).value == "P2W"
    assert one("a 10-year bond", D).value == "P10Y"
    m = one("The board meets every Monday.", D)
    assert (m.type, m.value) == ("SET", "XXXX-WXX-1")
    m = one("Interest is paid annually.", D)
    assert (m.type, m.value) == ("SET", "P1Y")


def test_event_anchored() -> None:
    text = "The treaty was signed on March 3, 1990. Two years later, it was ratified."
    m = by_text(tag(text, D))["Two years later"][0]
    assert (m.value, m.anchor) == ("1992", "mention")
    text = ("The Founding Act was signed in Paris on May 27, 1997. Other things happened in 2005. "
            "Ten years after the signing of the Founding Act, little was left.")
    m = by_text(tag(text, D))["Ten years after"][0]
    assert (m.value, m.anchor) == ("2007", "mention")
    # an unknown event: a plain duration without the signal word
    m = by_text(tag("Twenty years after the war, nothing changed.", D))["Twenty years"][0]
    assert (m.type, m.value) == ("DURATION", "P20Y")


def test_event_anchored_clause_needs_its_verb_or_object() -> None:
    # the earlier sentence shares only the subject: a different event, so the amount stays a duration
    text = ("Qantas will almost double its flights to India by August. This move comes barely a month after "
            "Qantas suspended a number of services to Indonesia.")
    ms = by_text(tag(text, dt.date(1998, 2, 13)))
    assert (ms["a month"][0].type, ms["a month"][0].value) == ("DURATION", "P1M")
    # a clause whose verb and object were dated earlier resolves from that date, not from the latest look-alike
    text = ("In 1994 NATO launched the Partnership for Peace program. Thirty years after the signing of the "
            "Partnership for Peace program, it is gone. Two years after NATO launched the Partnership for Peace "
            "program, Russia joined.")
    ms = by_text(tag(text, D))
    assert ms["Two years after"][0].value == "1996"
    assert ms["Thirty years after"][0].value == "2024"


def test_quarter_context() -> None:
    text = "Profit rose 5% in the third quarter from a year earlier."
    ms = by_text(tag(text, dt.date(1989, 10, 26)))
    assert ms["the third quarter"][0].value == "1989-Q3"
    assert ms["a year earlier"][0].value == "1988-Q3"


# ----------------------------------------------------------------------------------------------------------------
# without a publication date: nothing relative is resolved
# ----------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,value", [
    ("It happened last week.", "XXXX-WXX"),
    ("They met on Monday.", "XXXX-WXX-1"),
    ("Russia did so last December.", "XXXX-12"),
    ("It was discussed earlier this month.", "XXXX-XX"),
    ("They met today.", "XXXX-XX-XX"),
    ("It will happen next year.", "XXXX"),
    ("It happened two years ago.", "XXXX"),
    ("Profits rose in the third quarter.", "XXXX-Q3"),
])
def test_no_publication_date_underspecified(sentence: str, value: str) -> None:
    m = one(sentence, None)
    assert m.value == value
    assert m.anchor == "none" and m.underspecified is True


def test_no_publication_date_absolute_still_resolved() -> None:
    m = one("It was signed on June 22, 1994.", None)
    assert (m.value, m.anchor, m.underspecified) == ("1994-06-22", "absolute", False)
    ms = tag("It was signed on June 22, 1994. Two years later it was dead.", None)
    assert ms[1].value == "1996" and ms[1].anchor == "mention"


# ----------------------------------------------------------------------------------------------------------------
# false positives
# ----------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "We are talking about it.",
    "we may go there and they may not.",
    "May I ask a question?",
    "It cost $27 a share.",
    "Turnout was 50% higher.",
    "Protesters joined a march on the capital.",
    "Thousands will March for peace.",
    "The Sun rose. He sat down.",
    "He came second in the race.",
    "About 1,000 people came.",
    "The army sent 1994 troops.",
    "He paid $1994 for it.",
    "a 27-year-old man was arrested",
    "Podcasts\n0:00\n26:12",
    "She called it a fall from grace.",
])
def test_false_positives(sentence: str) -> None:
    assert tag(sentence, D) == []


def test_may_and_march_with_context() -> None:
    assert one("It was signed in May.", D).value == "2021-05"
    assert one("It was signed on May 5, 2021.", D).value == "2021-05-05"
    assert one("They met in March 2020.", D).value == "2020-03"


# ----------------------------------------------------------------------------------------------------------------
# API details
# ----------------------------------------------------------------------------------------------------------------
def test_skip_ranges() -> None:
    text = "Updated 4 months ago. The treaty was signed in 1994."
    assert [m.text for m in tag(text, D)] == ["4 months ago", "1994"]
    assert [m.text for m in tag(text, D, skip=[(0, 21)])] == ["1994"]


def test_to_dict_and_frozen() -> None:
    m = one("It was signed on June 22, 1994.", D)
    d = m.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["value"] == "1994-06-22" and d["precision"] == "day"
    with pytest.raises(Exception):
        m.value = "x"  # type: ignore[misc]


@pytest.mark.parametrize("value,prec", [
    ("19", "century"), ("199", "decade"), ("1994", "year"), ("1989-Q3", "quarter"), ("1998-SU", "season"),
    ("1994-06", "month"), ("2022-W02", "week"), ("1994-06-22", "day"), ("1998-01-08T15:30", "time"),
    ("1998-01-08TMO", "time"), ("XXXX-12", "month"), ("XXXX-WXX", "week"), ("P2Y", None), ("PRESENT_REF", None),
])
def test_precision_of(value: str, prec: str | None) -> None:
    assert precision_of(value) == prec


def test_no_clock_used() -> None:
    import timeline.dates as mod
    src = open(mod.__file__, encoding="utf-8").read()
    assert "today()" not in src and ".now(" not in src and "time.time" not in src


# ----------------------------------------------------------------------------------------------------------------
# properties
# ----------------------------------------------------------------------------------------------------------------
WORDS = ["in", "on", "the", "last", "next", "week", "May", "March", "Monday", "1994", "1990s", "mid-", "early",
         "two", "years", "ago", "later", "after", "$27", "50%", "1,000", "today", "now", "quarter", "third",
         "January", "13", ",", ".", "\n", "about", "a", "year", "earlier", "this", "month", "summer", "3:30",
         "p.m.", "we", "sat", "Sept.", "’", "\u00a0", "fiscal", "every", "daily", "'90s", "the end of"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200),
                 st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)),
       st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
def test_properties(text: str, dct: dt.date | None) -> None:
    ms = find_dates(text, relative_to=dct)
    prev_end = 0
    for m in ms:
        assert text[m.start:m.end] == m.text
        assert m.start >= prev_end and m.end > m.start
        prev_end = m.end
        assert m.type in ("DATE", "TIME", "DURATION", "SET")
        if dct is None:
            assert m.anchor in ("absolute", "mention", "none")
    assert find_dates(text, relative_to=dct) == ms  # deterministic


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join), st.integers(0, 60), st.integers(0, 60))
def test_skip_property(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b), max(a, b)
    for m in find_dates(text, relative_to=D, skip=[(lo, hi)]):
        assert m.end <= lo or m.start >= hi or lo == hi


# ----------------------------------------------------------------------------------------------------------------
# general rules added while developing on TimeBank (hand-written sentences)
# ----------------------------------------------------------------------------------------------------------------
FRI = dt.date(1989, 10, 27)   # a Friday


@pytest.mark.parametrize("sentence,dct,surface,value", [
    # month-day without a year: nearest occurrence, a tense cue only overrides a clearly nearer date
    ("The board declared a dividend payable Jan. 2 to holders of record.", FRI, "Jan. 2", "1990-01-02"),
    ("The fund had bought 4,000 shares through Sept. 29.", FRI, "Sept. 29", "1989-09-29"),
    ("The offer was extended to Nov. 16.", FRI, "Nov. 16", "1989-11-16"),
    ("The plant closed on March 3.", FRI, "March 3", "1989-03-03"),
    ("The plant will reopen on March 3.", FRI, "March 3", "1990-03-03"),
    # bare month: same idea at month granularity
    ("They met in December.", D, "December", "2021-12"),
    ("The merger was agreed in November.", FRI, "November", "1989-11"),
    # a past tense sends a bare month two months ahead back a year; a month-day keeps the looser rule above
    ("The couple married in June.", dt.date(2000, 4, 6), "June", "1999-06"),
    ("They were last seen on April 12.", D, "April 12", "2021-04-12"),
    # a past verb right before a holiday or a day is a strong cue; "last", "each" and "last year" are kept
    ("The attack came on Christmas Day.", dt.date(1998, 12, 20), "Christmas Day", "1997-12-25"),
    ("The attack came on Christmas Day last year.", dt.date(1998, 12, 20), "Christmas Day last year",
     "1997-12-25"),
    ("Last Christmas, sales fell.", dt.date(2000, 12, 15), "Last Christmas", "1999-12-25"),
    ("Stores will close on Christmas Day.", dt.date(2000, 12, 15), "Christmas Day", "2000-12-25"),
    ("Workers rallied on May Day.", dt.date(1998, 12, 20), "May Day", "1998-05-01"),
    ("The city prepares for the last New Year's Eve of the century.", dt.date(1999, 12, 31), "New Year's Eve",
     "1999-12-31"),
    # a date near publication does not move "the end of the month"
    ("They hope to finish before Christmas; others want a vote by the end of the month.", dt.date(1998, 11, 19),
     "the end of the month", "1998-11"),
    # a weekday of a named week
    ("He was captured on Wednesday last week.", dt.date(1998, 7, 15), "Wednesday last week", "1998-07-08"),
    ("It rained on Monday, last week it snowed.", dt.date(1998, 7, 15), "Monday", "1998-07-13"),
    # a season follows the tense like a month
    ("Sales have been sluggish since the fall.", dt.date(1998, 2, 13), "the fall", "1997-FA"),
    ("The trial will begin in the spring.", dt.date(1998, 12, 10), "the spring", "1999-SP"),
    ("The plane crashed on Dec. 22.", dt.date(1998, 12, 20), "Dec. 22", "1997-12-22"),
    # quarters and halves: the coming one in a forward-looking sentence, the previous one before the quarter named
    ("The home builder expects orders to slow in the second half.", dt.date(2006, 5, 10), "the second half",
     "2006-H2"),
    ("Analysts expect earnings to rebound in the first quarter.", dt.date(2012, 11, 21), "the first quarter",
     "2013-Q1"),
    ("Second-quarter profit rose 9% from the previous quarter.", dt.date(1999, 7, 21), "the previous quarter",
     "1999-Q1"),
    ("Net was $80 million, up from $71 million in the prior-year quarter.", dt.date(1997, 10, 28),
     "the prior-year quarter", "1996-Q3"),
    ("Revenue in the quarter rose from the same period last year.", dt.date(2000, 10, 12),
     "the same period last year", "1999-Q3"),
    # futures contract months; plural scheduled present; a clock time in a named zone keeps its day
    ("December gold fell $2.10 an ounce.", dt.date(1996, 10, 17), "December", "1996-12"),
    ("March wheat rose 2 cents.", dt.date(1999, 12, 30), "March", "2000-03"),
    ("G-7 finance ministers meet Friday in Washington.", dt.date(2008, 10, 9), "Friday", "2008-10-10"),
    ("The call is at 8:30 a.m. Eastern Daylight Time on Friday.", dt.date(1996, 10, 17), "Friday", "1996-10-18"),
    ("The offer expires at midnight EST on Jan. 7.", dt.date(1999, 12, 30), "midnight EST", "2000-01-07T24:00"),
    # an event named in the same sentence is not dated by that sentence's own date
    ("Germany was formally reunited today, 45 years after the end of World War II.", dt.date(1990, 10, 3),
     "45 years", "P45Y"),
    # a future verb right before a date rules out the past one; a past perfect clause overrides "by"
    ("An 11-month transition period will run until Dec. 31.", dt.date(2020, 1, 31), "Dec. 31", "2020-12-31"),
    ("The euro will be launched on Jan. 1.", dt.date(1998, 2, 10), "Jan. 1", "1999-01-01"),
    ("In March the fighting began. By October some 300,000 people had fled.", dt.date(1999, 6, 1), "October",
     "1998-10"),
    # "the following April", "that November": from the date the text last gave
    ("Slovenia declared independence in June 1991. War broke out in Bosnia the following April.",
     dt.date(2001, 6, 1), "the following April", "1992-04"),
    ("In 1996 he ran for the Senate. That November, he won.", dt.date(2001, 6, 1), "That November", "1996-11"),
    # a far year inside a closed relative clause does not carry to the rest of the sentence
    ("Starr, who was appointed in August 1994, said his office had interviewed 100 witnesses since January.",
     dt.date(1998, 11, 19), "January", "1998-01"),
    # inside a relative clause, the clause's own verb is the cue
    ("Clinton, who faces an impeachment vote on Thursday, ordered the strikes.", dt.date(1998, 12, 16), "Thursday",
     "1998-12-17"),
    # a past speech verb owns the day right after it, whatever the reported clause says
    ("China said on Monday it would cut import tariffs.", dt.date(1998, 8, 8), "Monday", "1998-08-03"),
    ("The results will be announced on Monday.", dt.date(1998, 7, 15), "Monday", "1998-07-20"),
    # scheduled present and "ahead of" look forward
    ("The Security Council votes Friday on the resolution.", dt.date(1998, 7, 15), "Friday", "1998-07-17"),
    ("Stocks fell ahead of Friday's deadline.", dt.date(1998, 7, 15), "Friday", "1998-07-17"),
    ("General elections are due in May, the prime minister's office said.", dt.date(1999, 1, 15), "May",
     "1999-05"),
    # in January the fourth quarter just ended, whatever the tense of the reporting
    ("The company will report fourth-quarter results on Jan. 20.", D, "fourth-quarter", "2021-Q4"),
    ("Profit will rise in the third quarter.", D, "the third quarter", "2022-Q3"),
    ("The couple will marry in June.", dt.date(2000, 4, 6), "June", "2000-06"),
    # "later" after a decade or century moves that era
    ("By the late 1970s the city was bankrupt; a decade later it was booming.", D, "a decade later", "198"),
    ("In the 19th century it grew; a century later it shrank.", D, "a century later", "19"),
    # reported speech: "said" is a past cue even when the clause it introduces uses "would"
    ("Officials said Tuesday that the plan would go ahead.", D, "Tuesday", "2022-01-11"),
    ("The minister told reporters on Monday that talks would resume.", D, "Monday", "2022-01-10"),
    # an adjective is not a tense cue: "effective" only counts right before the date
    ("On Sunday, the effective committee reviewed the budget.", dt.date(2022, 1, 15), "Sunday", "2022-01-09"),
    ("The new tariff becomes effective Monday.", dt.date(2022, 1, 15), "Monday", "2022-01-17"),
    # "by/through/until" look ahead unless the clause tells what went on; "extended until" still looks ahead
    ("The talks ran through Thursday night.", dt.date(1998, 4, 10), "Thursday night", "1998-04-09TNI"),
    ("Firefighters battled the blaze at the refinery through Wednesday night.", dt.date(1999, 8, 21),
     "Wednesday night", "1999-08-18TNI"),
    ("The story broke early, and by Wednesday morning it dominated every newscast.", dt.date(1998, 1, 22),
     "Wednesday morning", "1998-01-21TMO"),
    ("The company extended the offer through Friday.", dt.date(1998, 7, 15), "Friday", "1998-07-17"),
    ("The talks are supposed to conclude by May, and Sinn Fein was invited.", dt.date(1998, 3, 22), "May",
     "1998-05"),
    # a noun is not a scheduled present; a later clause after "before" keeps its own tense
    ("Officials certified Bush the winner of the state's 25 electoral votes Sunday night.", dt.date(2000, 11, 27),
     "Sunday night", "2000-11-26TNI"),
    ("Schulz died Saturday night, hours before his last strip was to appear.", dt.date(2000, 2, 13),
     "Saturday night", "2000-02-12TNI"),
    ("The Games end Sunday.", dt.date(2000, 9, 30), "Sunday", "2000-10-01"),
    ("A decision could come as early as Monday.", dt.date(2000, 12, 1), "Monday", "2000-12-04"),
    # deadlines, moved dates and modals look ahead; a possessive day before "vote" is no scheduled present
    ("Mediators set a new deadline of 3 p.m. Tuesday.", dt.date(1999, 2, 22), "3 p.m. Tuesday",
     "1999-02-23T15:00"),
    ("Mediators extended the deadline to Tuesday.", dt.date(1999, 2, 22), "Tuesday", "1999-02-23"),
    ("Talks went into overtime after negotiators missed a deadline of noon Saturday.", dt.date(1999, 2, 22),
     "noon Saturday", "1999-02-20T12:00"),
    ("Presidential elections were moved up to March 26.", dt.date(1999, 12, 31), "March 26", "2000-03-26"),
    ("Officials warned that problems could surface Monday.", dt.date(2000, 1, 2), "Monday", "2000-01-03"),
    ("Florida prepared a recount of Tuesday's vote.", dt.date(2000, 11, 8), "Tuesday", "2000-11-07"),
    ("Brazil beat Chile on Saturday to reach the quarterfinals, where it will face Denmark.", dt.date(1998, 6, 28),
     "Saturday", "1998-06-27"),
    # future in a "when" clause, future-in-the-past, no far past year for a future date
    ("He faces 15 years in prison when he is sentenced on Jan. 12.", dt.date(1998, 11, 13), "Jan. 12",
     "1999-01-12"),
    ("NASA said the probe was on course to reach Mars on Dec. 3.", dt.date(1999, 3, 6), "Dec. 3", "1999-12-03"),
    ("It was the first increase since March 1997, and another might come as soon as Aug. 24.",
     dt.date(1999, 7, 8), "Aug. 24", "1999-08-24"),
    ("Analysts said online sales during the weekend would triple.", dt.date(1999, 11, 28), "the weekend",
     "1999-W47-WE"),
    ("The Senate acquitted him yesterday, ending a 13-month ordeal that began in 1998. He spoke at 2 p.m.",
     dt.date(1999, 2, 13), "2 p.m.", "1999-02-12T14:00"),
    ("The networks called the state at 7:50 p.m. last night.", dt.date(2000, 11, 8), "7:50 p.m. last night",
     "2000-11-07T19:50"),
    ("Divers located the wreckage late last night.", dt.date(1999, 7, 20), "late last night", "1999-07-19TNI"),
    ("The drought that has parched the East since spring is severe.", dt.date(1999, 8, 23), "spring", "1999-SP"),
    ("The convention opens the week of Aug. 14.", dt.date(2000, 8, 6), "the week of Aug. 14", "2000-W33"),
    # "last Thursday" said on a Friday is a week back ("yesterday" would be used); "next Thursday" likewise
    ("The Fed raised rates last Wednesday.", dt.date(1999, 7, 8), "last Wednesday", "1999-06-30"),
    ("Students return to classes next Thursday.", dt.date(1999, 9, 1), "next Thursday", "1999-09-09"),
    ("The Fed raised rates last Monday.", dt.date(1999, 7, 8), "last Monday", "1999-07-05"),
    # a sentence framed by a year ("That year, ...") dates its months in that year, even near the publication
    # month; "most recently" breaks the borrowing; "-eed" verbs are not past tense
    ("Nobody wants to repeat 1995. That year, there were two shutdowns, one in November.", dt.date(1999, 9, 28),
     "November", "1995-11"),
    ("The bank has cut rates seven times since May 1996, most recently on June 10.", dt.date(1999, 7, 15),
     "June 10", "1999-06-10"),
    ("Prices will exceed 45 dollars on Saturday.", dt.date(1998, 8, 5), "Saturday", "1998-08-08"),
    ("In November 1941, the series was shown. Early the next year, the museums split it.", dt.date(1998, 11, 13),
     "Early the next year", "1942"),
    ("Sales fell in 1995. The company expects growth over the next year.", dt.date(1998, 7, 15), "the next year",
     "1999"),
    ("Leaders agreed last night on a budget for the year that begins July 1. The deal, announced at about 11 p.m., "
     "cuts taxes.", dt.date(1998, 6, 17), "about 11 p.m.", "1998-06-16T23:00"),
    ("Output grew in the first half of this year, he said today. It was higher than in the same period last year.",
     dt.date(1999, 7, 15), "the same period last year", "1998-H1"),
    ("With the fiscal year ending Thursday, leaders said today that they would act.", dt.date(1999, 9, 28),
     "Thursday", "1999-09-30"),
    ("Raines said Congress must pass the bills before it adjourns in October.", dt.date(1998, 6, 25), "October",
     "1998-10"),
    ("Sinatra died late Thursday.\n\nSinatra died at 10:50 p.m. at the hospital.", dt.date(1998, 5, 15),
     "10:50 p.m.", "1998-05-14T22:50"),
    ("The recorder was flown overnight to the laboratory.", dt.date(2000, 2, 5), "overnight", "2000-02-05TNI"),
    ("He played in the 1996 Series.", D, "1996", "1996"),
    ("The relief effort was slow in the first hours after the quake.", D, "the first hours", "PTXH"),
    ("He spent months building support.", D, "months", "PXM"),
    ("Some homes might not have electricity restored until Monday night.", dt.date(1999, 1, 3), "Monday night",
     "1999-01-04TNI"),
    ("Schools will stay closed Monday.", dt.date(1999, 1, 3), "Monday", "1999-01-04"),
    ("Margin calls are expected to force more selling on Monday, analysts said, and brokers kept their offices "
     "open.", dt.date(2000, 4, 15), "Monday", "2000-04-17"),
    ("The Senate rejected the treaty late Wednesday, its worst defeat since 1919.\n\nThe roll call ended at "
     "8:35 p.m. EDT.", dt.date(1999, 10, 14), "8:35 p.m. EDT", "1999-10-13T20:35"),
    ("Many routes were sold out for the Labor Day weekend.", dt.date(1998, 8, 31), "the Labor Day weekend",
     "1998-W36-WE"),
    ("Technology stocks doubled over the 12 months before the March peak.", dt.date(2000, 4, 15), "March",
     "2000-03"),
    ("Bradley spent much of the fall campaigning in New Hampshire.", dt.date(2000, 2, 2), "the fall", "1999-FA"),
    ("By late Thursday, the fires had spread to the suburbs.", dt.date(1998, 5, 15), "late Thursday",
     "1998-05-14"),
    ("The trial, originally scheduled for next month, has been postponed until the fall.", dt.date(1998, 12, 22),
     "the fall", "1999-FA"),
    # a counted day takes the day named in its sentence
    ("Negotiators made little progress Saturday on the third day of talks.", dt.date(1998, 10, 17),
     "the third day", "1998-10-17"),
    ("Both campaigns are preparing for Election Day.", dt.date(2000, 10, 19), "Election Day", "2000-11-07"),
    # a bare part of the day after a preposition is that part of the day just talked about
    ("Gunmen attacked the school on Tuesday. Police did not reach the bodies until late afternoon.",
     dt.date(1999, 4, 21), "late afternoon", "1999-04-20TAF"),
    # the saying's day does not replace the event's day for what follows
    ("Two students opened fire on Tuesday, authorities said Wednesday. Police did not reach the bodies until "
     "late afternoon.", dt.date(1999, 4, 21), "late afternoon", "1999-04-20TAF"),
    ("Retailers are counting on a strong start to shopping on Friday.", dt.date(1998, 11, 25), "Friday",
     "1998-11-27"),
    ("The downhill has been rescheduled for Saturday.", dt.date(1998, 2, 13), "Saturday", "1998-02-14"),
    ("The Broncos arrived in Miami on Monday for Sunday's Super Bowl.", dt.date(1999, 1, 26), "Sunday",
     "1999-01-31"),
    ("The leaders ended their summit on Monday with a pledge to launch talks in late November.",
     dt.date(1999, 9, 13), "late November", "1999-11"),
    # an initialism before a name does not end the sentence (the "will" stays in it)
    ("Jiang will address the summit on Thursday and meet U.S. President Bill Clinton on Friday.",
     dt.date(2000, 9, 6), "Friday", "2000-09-08"),
    # more scheduled present; a closing attribution ("officials said") does not set the tense of the news
    ("The central bank sets interest rates on Friday.", dt.date(1998, 7, 15), "Friday", "1998-07-17"),
    ("Voters go to the polls Sunday.", dt.date(1998, 7, 15), "Sunday", "1998-07-19"),
    ("Markets are closed Friday for a holiday.", dt.date(1998, 7, 15), "Friday", "1998-07-17"),
    ("Diplomats are preparing for Thursday's meeting.", dt.date(1999, 4, 7), "Thursday", "1999-04-08"),
    ("The prime minister faces an election in September, officials said.", dt.date(1998, 7, 15), "September",
     "1998-09"),
    ("The U.N. mandate in Angola expires in December.", dt.date(1998, 2, 10), "December", "1998-12"),
    ("The group suspended preparations for the June summit in Sochi.", dt.date(2014, 3, 18), "June", "2014-06"),
    # "the Sept. 11 attacks" is one day, whenever the article was written
    ("Tomorrow's services mark the anniversary of the Sept. 11 attacks.", dt.date(2002, 9, 10), "Sept. 11",
     "2001-09-11"),
    # the year named right after days applies to all of them
    ("India conducted nuclear tests on May 11 and 13 last year.", dt.date(1999, 5, 20), "May 11", "1998-05-11"),
    ("India conducted nuclear tests on May 11 and 13 last year.", dt.date(1999, 5, 20), "13", "1998-05-13"),
    ("Zhu will visit from April 6 to 14 next year.", dt.date(1998, 11, 20), "14", "1999-04-14"),
    # a year right after two days joined by "and" or "&" is the year of both, whatever the publication date
    ("The talks were held May 3 and 4, 2020 in Geneva.", dt.date(2021, 6, 1), "May 3", "2020-05-03"),
    ("The talks were held May 3 and 4, 2020 in Geneva.", dt.date(2021, 6, 1), "4, 2020", "2020-05-04"),
    ("The talks were held May 3 & 4, 2020 in Geneva.", dt.date(2021, 6, 1), "May 3", "2020-05-03"),
    ("The talks were held May 3 & 4, 2020 in Geneva.", dt.date(2021, 6, 1), "4, 2020", "2020-05-04"),
    # ... but not a count after the second day
    ("The vote was held May 3 and 200 people came.", dt.date(2021, 6, 1), "May 3", "2021-05-03"),
    # non-breaking hyphens in an ISO date: the date, with the page's own characters
    ("The order was filed 2021\u201105\u201103 by the clerk.", dt.date(2021, 6, 1), "2021\u201105\u201103",
     "2021-05-03"),
    # anniversaries and "of that year"
    ("Fifty years ago today, Nazi Germany surrendered.", dt.date(1995, 5, 8), "Fifty years ago today",
     "1945-05-08"),
    ("They met in March 1997 and again in June of that year.", D, "June of that year", "1997-06"),
    ("In 1996 the economy grew, but growth slowed later that year.", D, "later that year", "1996"),
    # a chronicle: a sentence opening on a far year, the next one (same paragraph) opening on a month
    ("In 1994, the genocide claimed 800,000 lives. In July, the rebels took Kigali.", dt.date(1998, 9, 1), "July",
     "1994-07"),
    ("In 1994, the genocide claimed 800,000 lives.\n\nIn July, the rebels took Kigali.", dt.date(1998, 9, 1),
     "July", "1998-07"),
    ("Yeltsin was re-elected in July 1996 and spent much of the following winter in hospital.", D,
     "the following winter", "1996-WI"),
    ("In 1994 the two sides signed a deal. By the end of the decade, 20,000 people had been killed.",
     dt.date(2001, 6, 1), "the end of the decade", "199"),
    ("In 1999 the two sides signed a deal. By the end of the decade, the border will be open.",
     dt.date(2001, 6, 1), "the end of the decade", "200"),
])
def test_year_and_tense_choice(sentence: str, dct: dt.date, surface: str, value: str) -> None:
    found = by_text(tag(sentence, dct))
    assert surface in found, (surface, found)
    assert found[surface][0].value == value


@pytest.mark.parametrize("sentence", [
    "The cuts will save $500 million a year.",
    "The plant makes 10,000 cars annually.",
    "Sales should rise 8% annually.",
    "Rooms cost $40 a night.",
])
def test_rates_are_not_sets(sentence: str) -> None:
    assert tag(sentence, D) == []


@pytest.mark.parametrize("sentence,surface,typ,value", [
    ("They waited for a couple of years.", "a couple of years", "DURATION", "P2Y"),
    ("She lived abroad for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
    ("It took two and a half hours.", "two and a half hours", "DURATION", "PT2H30M"),
    ("A minute and a half later, the alarm went off.", "A minute and a half", "DURATION", "PT1M30S"),
    ("Deliveries resume within two to three weeks.", "two to three weeks", "DURATION", "P2W"),
    ("Sales will be made over the next 12 to 18 months.", "the next 12 to 18 months", "DURATION", "P12M"),
    ("No order came in about a decade.", "about a decade", "DURATION", "P10Y"),
    ("The lowest rate in two decades.", "two decades", "DURATION", "P20Y"),
    ("Prices have soared in recent years.", "recent years", "DATE", "PAST_REF"),
    ("Prices have soared in recent weeks.", "recent weeks", "DURATION", "PXW"),
    ("Holders may buy at half the then current price.", "then current", "DATE", "PAST_REF"),
    ("The parade passes here each July.", "each July", "SET", "XXXX-07"),
    ("Flights leave on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ("The loss will cut tax payments in future quarters.", "future quarters", "DATE", "FUTURE_REF"),
    ("It does not bode well for coming quarters.", "coming quarters", "DATE", "FUTURE_REF"),
    ("There were sell programs in past years, too.", "past years", "DATE", "PAST_REF"),
    # a period "ended" or "to" a date is a stretch of time (TimeBank: "the year ended Sept. 30" is P1Y)
    ("In the 60's and 70's, the neighborhood was a haven.", "the 60's", "DATE", "196"),
    ("In the 60's and 70's, the neighborhood was a haven.", "70's", "DATE", "197"),
    ("Net income rose in the year ended Sept. 30.", "the year", "DURATION", "P1Y"),
    # hedges after the amount are part of it; parts of one amount are one duration
    ("The strike could last a week or more.", "a week or more", "DURATION", "P1W"),
    ("Sales will grow over the next two years or so.", "the next two years or so", "DURATION", "P2Y"),
    ("The match lasted 2 hours 52 minutes.", "2 hours 52 minutes", "DURATION", "PT2H52M"),
    ("Over the next three years and eight months, 1.7 million died.", "the next three years and eight months",
     "DURATION", "P3Y8M"),
    ("Bombs exploded minutes apart.", "minutes", "DURATION", "PTXM"),
    ("GDP grew 7 percent in the April-June quarter.", "the April-June quarter", "DATE", "2021-Q2"),
    ("M2 rose $2.3 billion in the week ended Feb. 3.", "the week", "DURATION", "P1W"),
    ("Sales in the year to June rose 4 percent.", "the year", "DURATION", "P1Y"),
])
def test_duration_set_and_vague_values(sentence: str, surface: str, typ: str, value: str) -> None:
    found = by_text(tag(sentence, D))
    assert surface in found, (surface, found)
    assert (found[surface][0].type, found[surface][0].value) == (typ, value)


def test_the_day_and_times_of_day_follow_the_last_date() -> None:
    ms = by_text(tag("Shares fell on Oct. 12. Later in the day they recovered.", FRI))
    assert (ms["the day"][0].value, ms["the day"][0].anchor) == ("1989-10-12", "mention")
    ms = by_text(tag("He flew to Boston, arriving later in the day.", FRI))
    assert ms["the day"][0].value == "1989-10-27"
    ms = by_text(tag("Traders sold in the morning.", FRI))
    assert (ms["the morning"][0].type, ms["the morning"][0].value) == ("TIME", "1989-10-27TMO")


def test_until_then_and_the_week() -> None:
    ms = by_text(tag("The offer expires on Nov. 30. Until then, the shares trade freely.", FRI))
    assert (ms["then"][0].value, ms["then"][0].anchor) == ("1989-11-30", "mention")
    assert "then" not in by_text(tag("He said then that it was over.", FRI))
    ms = by_text(tag("It was the week's busiest session.", FRI))
    assert ms["the week"][0].value == "1989-W43"


def test_year_period_takes_the_quarter_in_focus() -> None:
    ms = by_text(tag("Profit rose in the third quarter. In the 1988 quarter, the firm lost money.", FRI))
    assert ms["the 1988 quarter"][0].value == "1988-Q3"


def test_programme_titles_are_not_dates() -> None:
    assert tag('He said on ABC\'s "This Week With David Brinkley" that talks failed.', D) == []


# ----------------------------------------------------------------------------------------------------------------
# TimeML 1.2.1 guideline rules for newswire (round 3): extents and values
# ----------------------------------------------------------------------------------------------------------------
SAT = dt.date(1998, 8, 8)   # a Saturday


def spans(text: str, dct: dt.date | None = SAT) -> list[tuple[str, str, str, str | None]]:
    return [(m.text, m.type, m.value, m.mod) for m in tag(text, dct)]


def test_dateline_and_weekday_without_preposition() -> None:
    assert spans("LISBON (AP) _ The mayor said Thursday that the bridge would reopen.") == [
        ("Thursday", "DATE", "1998-08-06", None)]
    assert spans("ROME, Aug. 7 (Reuters) -- The fire spread overnight.")[0] == ("Aug. 7", "DATE", "1998-08-07", None)


def test_possessive_weekday_leaves_out_the_s() -> None:
    assert spans("Friday's derailment blocked the line.") == [("Friday", "DATE", "1998-08-07", None)]


def test_next_following_previous_day_resolve_from_the_last_day() -> None:
    text = "The ferry sank on July 30. The next day divers reached it, and the following morning they left."
    ms = by_text(tag(text, SAT))
    assert (ms["The next day"][0].value, ms["The next day"][0].anchor) == ("1998-07-31", "mention")
    assert (ms["the following morning"][0].type, ms["the following morning"][0].value) == ("TIME", "1998-08-01TMO")
    ms = by_text(tag("Voting ended on Tuesday, Aug. 4. The previous day, turnout was low.", SAT))
    assert ms["The previous day"][0].value == "1998-08-03"


def test_that_day_and_the_same_day() -> None:
    ms = by_text(tag("The dam burst on June 2. That night the river rose; that same day the army came.", SAT))
    assert (ms["That night"][0].type, ms["That night"][0].value) == ("TIME", "1998-06-02TNI")
    assert ms["that same day"][0].value == "1998-06-02"
    # no day to refer to: "that day" is left alone; "said that day-care ..." is not a date
    assert spans("Nobody remembers that day.") == []
    assert spans("The mayor said that day care costs rose.") == []


def test_earlier_later_that_day_keeps_the_modifier() -> None:
    ms = by_text(tag("The summit opened on May 5. Later that day the leaders dined.", SAT))
    assert ("1998-05-05", "END") == (ms["Later that day"][0].value, ms["Later that day"][0].mod)


def test_the_day_before_and_after() -> None:
    # alone, the phrase is the expression; before an event only "the day" is (the event is not part of it)
    ms = by_text(tag("The strike began on March 3. The day before, talks had collapsed.", SAT))
    assert ms["The day before"][0].value == "1998-03-02"
    ms = by_text(tag("The port closed on March 3, the day before the storm hit.", SAT))
    assert ms["the day"][0].value == "1998-03-03"
    ms = by_text(tag("The storm hit on March 3. Crews arrived the day after the storm.", SAT))
    assert ms["the day"][0].value == "1998-03-04"


def test_a_day_earlier_from_the_last_date() -> None:
    ms = by_text(tag("The index closed at a record on Feb. 11. A day earlier it had slipped.", SAT))
    assert ms["A day earlier"][0].value == "1998-02-10"


def test_end_of_the_day() -> None:
    ms = by_text(tag("By the end of the day, the ceasefire held.", SAT))
    m = ms["the end of the day"][0]
    assert (m.type, m.value, m.mod) == ("DATE", "1998-08-08", "END")


def test_clock_times_zones_and_their_day() -> None:
    ms = spans("The quake struck at 4:20 a.m. EDT Thursday.")
    assert ms == [("4:20 a.m. EDT Thursday", "TIME", "1998-08-06T04:20", None)]
    # a day word after a parenthesised GMT time gives the day of both times
    ms = by_text(tag("The blast came at 10:30 a.m. (0730 GMT) Friday.", SAT))
    assert ms["10:30 a.m."][0].value == "1998-08-07T10:30"
    assert (ms["0730 GMT"][0].type, ms["0730 GMT"][0].value) == ("TIME", "1998-08-07T07:30")
    # "Friday at 9 a.m.", and a later time in the same passage, take that day
    ms = by_text(tag("He testified Friday at 9 a.m. and left at 2 p.m.", SAT))
    assert ms["9 a.m."][0].value == "1998-08-07T09:00" and ms["2 p.m."][0].value == "1998-08-07T14:00"
    ms = by_text(tag("The session resumes at 3 o'clock.", SAT))
    assert ms["3 o'clock"][0].value == "1998-08-08T03:00"


def test_noon_midnight_tonight() -> None:
    assert spans("The deadline is noon, and the curfew starts at midnight.") == [
        ("noon", "TIME", "1998-08-08T12:00", None), ("midnight", "TIME", "1998-08-08T24:00", None)]
    assert spans("Fireworks are planned tonight.") == [("tonight", "TIME", "1998-08-08TNI", None)]
    assert spans("Wednesday night the levee broke.") == [("Wednesday night", "TIME", "1998-08-05TNI", None)]


def test_decades_weekends_seasons() -> None:
    assert spans("Prices soared in the 1970s.") == [("the 1970s", "DATE", "197", None)]
    assert spans("The museum reopens this weekend.") == [("this weekend", "DATE", "1998-W32-WE", None)]
    assert spans("Crowds gathered over the weekend.") == [("the weekend", "DATE", "1998-W32-WE", None)]
    assert spans("The drought began last summer.") == [("last summer", "DATE", "1997-SU", None)]


def test_modified_relative_years() -> None:
    assert spans("Exports slumped late last year.") == [("late last year", "DATE", "1997", "END")]
    assert spans("The law passed earlier this year.") == [("earlier this year", "DATE", "1998", "START")]
    assert spans("The plant opens early next year.") == [("early next year", "DATE", "1999", "START")]
    assert spans("A year ago the bridge was empty.") == [("A year ago", "DATE", "1997", None)]
    assert spans("The mine closed three years ago.") == [("three years ago", "DATE", "1995", None)]


def test_bare_plural_units() -> None:
    assert spans("After years of delays, the tunnel opened.") == [("years", "DURATION", "PXY", None)]
    assert spans("Months of drought ruined the crop.") == [("Months", "DURATION", "PXM", None)]
    assert spans("Those years of war are over.") == []
    assert spans("The fund was wound up weeks ago.") == [("weeks ago", "DATE", "PAST_REF", None)]


def test_every_n_units_is_a_set() -> None:
    assert spans("The census is taken every ten years.") == [("every ten years", "SET", "P10Y", None)]


def test_holidays() -> None:
    assert spans("The shops closed on Christmas Eve.") == [("Christmas Eve", "DATE", "1997-12-24", None)]
    assert spans("Talks resume after Labor Day.") == [("Labor Day", "DATE", "1998-09-07", None)]
    assert spans("Pilgrims arrived for Easter 1998.") == [("Easter 1998", "DATE", "1998-04-12", None)]
    assert spans("He bought a Christmas tree.") == []
    assert spans("Thanksgiving Day", None) == [("Thanksgiving Day", "DATE", "XXXX-XX-XX", None)]


def test_abbreviation_periods_do_not_split_sentences_for_tense() -> None:
    # "Aug." must not end the sentence: the past tense after it picks last year's August
    assert spans("The Aug. 9 floods destroyed the village.", dt.date(1999, 4, 20))[0][2] == "1998-08-09"


@pytest.mark.parametrize("sentence,expected", [
    # a year range is two DATE mentions; a two-digit second year takes the first one's century
    ("The swine flu pandemic of 2009-2010 killed 348 children.", [("2009", "2009"), ("2010", "2010")]),
    ("The trans-Antarctic expedition of 1957-58 crossed the continent.", [("1957", "1957"), ("58", "1958")]),
    ("The 1999-2000 season ended early.", [("1999", "1999"), ("2000", "2000")]),
    # "between 12 and 18 months": the first duration is the bare number
    ("The buyback could take between 12 and 18 months.", [("12", "P12M"), ("18 months", "P18M")]),
    # a comparison measures a duration; the signal word stays out
    ("The season started a month earlier than usual.", [("a month", "P1M")]),
    # an age bracket is not a time expression
    ("All children ages 6 months and older should be vaccinated.", []),
    # bare units right before a relation word
    ("He landed minutes before Air Force One departed.", [("minutes", "PTXM")]),
    # 24-hour clock with a zone, and its day
    ("The match was postponed until 15:00 GMT Saturday.", [("15:00 GMT Saturday", "2022-01-15T15:00")]),
    # "since then" is not tagged (TimeBank, TE3); "until then" is
    ("The treaty was signed in 1997. Since then, little has changed.", [("1997", "1997")]),
    ("It peaked by the end of year.", [("the end of year", "2022")]),
    ("It is the eighth day of the operation.", [("the eighth day", "2022-01-13")]),
    ("They crossed on the 99th day of the trek.", [("the 99th day", "XXXX-XX-XX")]),
    ("The day before Roth was stopped, he wrote to his son.", [("The day", "XXXX-XX-XX")]),
    # look-alikes: a part number, an age bracket
    ("Part 1234-56 failed the test.", []),
    ("Children between 10 and 20 years old were vaccinated.", []),
    # a day range is two DATE mentions in one month; a year after the second day belongs to both
    ("The summit will be held on February 20-22.", [("February 20", "2022-02-20"), ("22", "2022-02-22")]),
    ("The talks on Aug. 20-22, 1999 failed.", [("Aug. 20", "1999-08-20"), ("22, 1999", "1999-08-22")]),
    # ... joined by a hyphen with no space to a day written with its month (AP style), or day first: each end is a
    # mention, the first in the year of the second (the year before when it runs into January)
    ("The summit will be held on June 30-July 2.", [("June 30", "2022-06-30"), ("July 2", "2022-07-02")]),
    ("The talks on Dec. 30-Jan. 2, 1999 failed.", [("Dec. 30", "1998-12-30"), ("Jan. 2, 1999", "1999-01-02")]),
    ("The fair ran 30 June-2 July 1998.", [("30 June", "1998-06-30"), ("2 July 1998", "1998-07-02")]),
    ("The fair ran 22-24 June 1998.", [("22", "1998-06-22"), ("24 June 1998", "1998-06-24")]),
    ("The fair ran May 3-May 5, 1998.", [("May 3", "1998-05-03"), ("May 5, 1998", "1998-05-05")]),
    # near miss: a second day of the same month before the first is no range
    ("The ledger lists May 5-May 3, 1998, as one entry.", [("May 5", "2022-05-05"), ("1998", "1998")]),
    # durations inside names are not time expressions
    ("The Ninth Five-Year Plan ends in 2000.", [("2000", "2000")]),
    ("Israel won the Six-Day War.", []),
    # a month range is two mentions; the second month fixes the year
    ("Profits rose in the January-June period.", [("January", "2021-01"), ("June", "2021-06")]),
    ("Rain fell in the November-February 2019 season.", [("November", "2018-11"), ("February 2019", "2019-02")]),
    # "the same month last year" and "the same period last year" move the date just given back a year
    ("Output in July 2021 beat the same month last year.", [("July 2021", "2021-07"),
                                                           ("the same month last year", "2020-07")]),
    ("Output in the first half of this year beat the same period last year.",
     [("the first half of this year", "2022-H1"), ("the same period last year", "2021-H1")]),
    # a month, season or day coordinated with a later one takes its year; a range may start the year before
    ("Fighting in the spring and summer of 1995 killed thousands.",
     [("the spring", "1995-SP"), ("summer of 1995", "1995-SU")]),
    ("Talks were held in June and July 1995.", [("June", "1995-06"), ("July 1995", "1995-07")]),
    ("They met on March 3 and April 5, 1995.", [("March 3", "1995-03-03"), ("April 5, 1995", "1995-04-05")]),
    ("It snowed from November to February 1996.", [("November", "1995-11"), ("February 1996", "1996-02")]),
    # ... also after an earlier date of another year gave it one (a list of periods; a sports league, a pandemic)
    ("The stadium was shut between October 5 and October 9, 2020, and February 2 and February 6, 2021.",
     [("October 5", "2020-10-05"), ("October 9, 2020", "2020-10-09"), ("February 2", "2021-02-02"),
      ("February 6, 2021", "2021-02-06")]),
    ("Clinics closed on December 30, 2020, then from March 2 to March 9, 2021.",
     [("December 30, 2020", "2020-12-30"), ("March 2", "2021-03-02"), ("March 9, 2021", "2021-03-09")]),
    # a clock time after a day word is on that day; "set for" looks ahead
    ("The ceremony is set for Tuesday at noon.", [("Tuesday", "2022-01-18"), ("noon", "2022-01-18T12:00")]),
    # a clock time followed by a date is on that date
    ("The plane crashed at 10:18 p.m. on Sept. 2, 2021.",
     [("10:18 p.m.", "2021-09-02T22:18"), ("Sept. 2, 2021", "2021-09-02")]),
    ("TWA Flight 800 exploded at 8:19 p.m. on July 17, 1996.",
     [("8:19 p.m.", "1996-07-17T20:19"), ("July 17, 1996", "1996-07-17")]),
    # a month later in the sentence than a month of last year stays in last year
    ("The crisis began in July 2021 and by December the baht had halved.",
     [("July 2021", "2021-07"), ("December", "2021-12")]),
    # a part of a named day is a TIME of that day
    ("They were last seen on the evening of April 12, 2021.", [("the evening of April 12, 2021", "2021-04-12TEV")]),
    ("Each Christmas, the family gathers.", [("Each Christmas", "XXXX-12-25")]),
    # "the end of the century" with none named is the present one
    ("The work will be done by the end of the century.", [("the end of the century", "20")]),
    ("A month-long strike crippled the port.", [("month-long", "P1M")]),
    ("It was the biggest one-day drop ever.", [("one-day", "P1D")]),
    ("The overnight call rate rose in the past six sessions.", []),
    # a clock time with its part of the day; a day word with "early" and a part of the day
    ("The meeting is at 3 o'clock this afternoon.", [("3 o'clock this afternoon", "2022-01-13T15:00")]),
    ("It happened early yesterday morning.", [("early yesterday morning", "2022-01-12TMO")]),
    ("Power was not restored until 11 this morning.", [("11 this morning", "2022-01-13T11:00")]),
    ("He was seen at 9 last night.", [("9 last night", "2022-01-12T21:00")]),
    # "the end of the month/year" in a story about another month or year is that one's end
    ("The strike began on May 1, 1998. By the end of the month, 40 plants were closed.",
     [("May 1, 1998", "1998-05-01"), ("the end of the month", "1998-05")]),
    ("The crisis began in July 1997, and by the end of the year the baht had halved.",
     [("July 1997", "1997-07"), ("the end of the year", "1997")]),
    ("He came home in December 1945 and married on Valentine's Day the following year.",
     [("December 1945", "1945-12"), ("Valentine's Day the following year", "1946-02-14")]),
    ("Profit fell in the third quarter of fiscal 1999.", [("the third quarter of fiscal 1999", "1999-Q3")]),
    # "from a year earlier" after a month compares with that month
    ("Exports fell 9 percent in December from a year earlier.",
     [("December", "2021-12"), ("a year earlier", "2020-12")]),
    # a clock time keeps the part of the day after it; a parenthesis does not end the sentence
    ("Polls close at 8 p.m. tonight.", [("8 p.m. tonight", "2022-01-13T20:00")]),
    ("The council meets at 11 a.m. (1600 GMT) on Friday.",
     [("11 a.m.", "2022-01-14T11:00"), ("1600 GMT", "2022-01-14T16:00"), ("Friday", "2022-01-14")]),
    # frequencies are one SET with their count: "twice weekly", "three days a week", "every other week"
    ("Flights operate twice weekly.", [("twice weekly", "P1W")]),
    ("She works three days a week.", [("three days a week", "P1W")]),
    ("The market opens every other week.", [("every other week", "P2W")]),
    ("It took two weeks a year ago.", [("two weeks", "P2W"), ("a year ago", "2021")]),
    # a comparison of amounts is not a modifier of the date
    ("Attendance was 20,000 more than last year.", [("last year", "2021")]),
    # "after that", "afterward", "thereafter" anchor like "later"
    ("He was charged in October 1995. Sixteen months after that, a jury found him liable.",
     [("October 1995", "1995-10"), ("Sixteen months after that", "1997-02")]),
    ("He left in 1980 and died two years thereafter.", [("1980", "1980"), ("two years thereafter", "1982")]),
    # "over the next decade" is a stretch of ten years (TE3); "the late 1800s" is a century
    ("Sales will double over the next decade.", [("the next decade", "P10Y")]),
    ("The firm was founded in the late 1800s.", [("the late 1800s", "18")]),
    # fractions of a unit
    ("The dynasty ruled for more than half a century.", [("more than half a century", "P50Y")]),
    ("It took a quarter of a century.", [("a quarter of a century", "P25Y")]),
    # ... but a quarter point is not three months, and game periods are not calendar quarters
    ("The Fed cut rates by a quarter of a percentage point.", []),
    ("He scored 14 points in the fourth quarter and sat out the second half.", []),
    # numbers that label things
    ("He sued under Section 1983.", []),
    ("The Russell 2000 index fell.", []),
    ("Highs will be in the 60's.", []),
    ("The next Winter Games will be held in Nagano.", []),
    ("It opens with ''The Winter's Tale.''", []),
    ("A day trader killed nine people.", []),
    ("Kim took her to a show at May Day Stadium.", []),
    ("He has been chasing the record since spring training.", []),
    ("The ceremony falls five months to the day after the shooting.", [("five months", "P5M")]),
    ("Stocks could fall further in the weeks ahead.", [("the weeks ahead", "PXW")]),
    ("The FTC approved the deal yesterday. The approval came two months after the European Commission cleared the "
     "deal in September.", [("yesterday", "2022-01-12"), ("two months", "P2M"), ("September", "2021-09")]),
    ("It's not about this year's earnings.", [("this year", "2022")]),
    ("Hiring slowed during the first three weeks of the month.", [("the first three weeks", "P3W"),
                                                                 ("the month", "2022-01")]),
    ("Stocks fell 10 percent in the first hour of trading.", [("the first hour", "PT1H")]),
    ("It took a couple of days.", [("a couple of days", "P2D")]),
    ("That changed in 1988, down from 30,000 in the 1890's. Two years later, the tribe filed suit.",
     [("1988", "1988"), ("the 1890's", "189"), ("Two years later", "1990")]),
    ("They claimed rights guaranteed by an 1855 treaty.", [("1855", "1855")]),
    ("The officers arrived at 1:12 a.m. on Sunday, Nov. 14, 2021.",
     [("1:12 a.m.", "2021-11-14T01:12"), ("Sunday, Nov. 14, 2021", "2021-11-14")]),
    ("Within weeks, negotiators were back at the table.", [("weeks", "PXW")]),
    ("Jets hit a convoy in southern Kosovo today. The strikes came three weeks after NATO launched its campaign "
     "over Kosovo, a southern province.", [("today", "2022-01-13"), ("three weeks", "P3W")]),
    ("The index has lost more than a quarter of its value.", []),
    ("Flight 261 crashed late Monday afternoon. Searchers worked through the night.",
     [("late Monday afternoon", "2022-01-10TAF"), ("the night", "2022-01-10TNI")]),
    ("Negotiators had worked through the night.", [("the night", "2022-01-12TNI")]),
    ("The center, which operated through the holiday weekend, will close Friday.",
     [("the holiday weekend", "2022-W01-WE"), ("Friday", "2022-01-14")]),
    ("He spent New Year's Eve at the command center and worked through the holiday weekend.",
     [("New Year's Eve", "2021-12-31"), ("the holiday weekend", "2021-W52-WE")]),
    ("The government wants the case heard by September.", [("September", "2022-09")]),
    ("The strike could last a year or more.", [("a year or more", "P1Y")]),
    ("The law took effect on June 7 last year.", [("June 7 last year", "2021-06-07")]),
    ("Starts jumped in January. The previous week, the department had reported a drop.",
     [("January", "2022-01"), ("The previous week", "2022-W01")]),
    ("Both men are in their 60's.", []),
    ("They lived in the 1900 block of Amsterdam Avenue.", []),
    ("At midnight last night, the law took effect.", [("midnight last night", "2022-01-12T24:00")]),
    ("The wall went up almost overnight.", []),
    ("Mitch formed on Oct. 22, 2021. Four days later it hit Honduras, and by the end of the month it had killed "
     "9,000 people.", [("Oct. 22, 2021", "2021-10-22"), ("Four days later", "2021-10-26"),
                       ("the end of the month", "2021-10")]),
    # days and units inside names: newspapers, programmes, agreements, "the fall of the Berlin Wall"
    ("The Sunday Times reported the deal.", []),
    ("Marchers remembered Bloody Sunday.", []),
    ("He appeared on 60 Minutes last night.", [("last night", "2022-01-12TNI")]),
    ("World News Tonight led with the story.", []),
    ("They signed the Good Friday agreement.", []),
    ("They marked the fall of the Berlin Wall.", []),
    # years and units inside names, addresses and awards are not time expressions
    ("Microsoft will ship Windows 2000 in February.", [("February", "2022-02")]),
    ("He lives at 1600 Pennsylvania Avenue.", []),
    ("Time named him Man of the Year.", []),
    # ... but a year used as an adjective after a name still is, and so is one opening a sentence
    ("Putin's Munich 2007 speech was a warning.", [("2007", "2007")]),
    ("That 1978 resolution failed.", [("1978", "1978")]),
    # "the same period of 1997" is one mention of that year
    ("Exports rose from the same period of 1997.", [("the same period of 1997", "1997")]),
])
def test_ranges_comparisons_and_counted_days(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(sentence, D)] == expected
    for m in tag(sentence, D):
        assert sentence[m.start:m.end] == m.text


def test_frequency_is_part_of_the_set() -> None:
    found = [(m.text, m.type, m.value) for m in tag("The body meets twice a year and votes three times a month.", D)]
    assert found == [("twice a year", "SET", "P1Y"), ("three times a month", "SET", "P1M")]


def test_tense_cue_from_the_mention_clause_first() -> None:
    sat = dt.date(1998, 8, 8)
    ms = by_text(tag("The FBI sent investigators Friday night, and more agents are expected this weekend.", sat))
    assert ms["Friday night"][0].value == "1998-08-07TNI"


def test_day_without_year_takes_the_year_of_its_sentence() -> None:
    sat = dt.date(1998, 8, 8)
    ms = by_text(tag("The last attack was in 1980, when a bomb destroyed the hotel on New Year's Eve.", sat))
    assert (ms["New Year's Eve"][0].value, ms["New Year's Eve"][0].anchor) == ("1980-12-31", "mention")
    # a month close to the publication date keeps the publication year
    ms = by_text(tag("Under a program approved in 1987, it had bought shares through Sept. 29.", dt.date(1989, 10, 30)))
    assert ms["Sept. 29"][0].value == "1989-09-29"


def test_earlier_later_this_part_of_day() -> None:
    sun = dt.date(1998, 2, 22)
    ms = by_text(tag("He will meet the foreign minister later this afternoon.", sun))
    m = ms["later this afternoon"][0]
    assert (m.type, m.value, m.mod) == ("TIME", "1998-02-22TAF", "END")


def test_the_same_period_last_year() -> None:
    sat = dt.date(1998, 8, 8)
    text = "In the first seven months of this year, exports rose 12.3 percent over the same period of last year."
    assert by_text(tag(text, sat))["the same period of last year"][0].value == "1997"
    text = "Sales in June rose 5 percent from the same period a year earlier."
    assert by_text(tag(text, sat))["the same period a year earlier"][0].value == "1997-06"
    text = "Profit rose in the third quarter from the same period last year."
    assert by_text(tag(text, sat))["the same period last year"][0].value == "1997-Q3"


def test_scheduled_present_is_future_and_the_decade_follows_its_antecedent() -> None:
    thu = dt.date(2000, 1, 6)
    assert by_text(tag("His successor takes over on Monday.", thu))["Monday"][0].value == "2000-01-10"
    assert by_text(tag("The talks ended Monday.", thu))["Monday"][0].value == "2000-01-03"
    ms = by_text(tag("In the 1980s it switched to computers, and by the end of the decade it led the market.", thu))
    m = ms["the end of the decade"][0]
    assert (m.value, m.mod, m.anchor) == ("198", "END", "mention")
    assert tag("It was the best film of the decade.", thu) == []


def test_clock_times_out_of_range_for_am_pm() -> None:
    assert tag("They met at 13 p.m. in the lobby.", D) == []
    assert by_text(tag("They met at 12 a.m. in the lobby.", D))["12 a.m."][0].value == "2022-01-13T00:00"


# ----------------------------------------------------------------------------------------------------------------
# dating in news (issue 14, item 4)
# ----------------------------------------------------------------------------------------------------------------
OCT28 = dt.date(2022, 10, 28)
CHRONICLE = """How the takeover fight unfolded

Apr 4: Acme discloses a 9% stake in Widget.
Apr 14: Acme offers to buy Widget for $41.50 a share.
Apr 15: Widget's board adopts a poison pill.
- May 13 - Acme says the deal is on hold.
- Jun 10 -- Acme moves to end the deal.
Oct 4: Acme proposes to proceed at the original price.
Oct 17: The judge sets a deadline to close.
"""


def values(text: str, dct: dt.date | None) -> list[str]:
    return [m.value for m in tag(text, dct)]


def test_chronicle_lines_present_tense_take_the_year_of_publication() -> None:
    # present-tense headline verbs ("sets", "adopts") would otherwise send the spring entries to the next spring
    assert values(CHRONICLE, OCT28) == ["2022-04-04", "2022-04-14", "2022-04-15", "2022-05-13", "2022-06-10",
                                        "2022-10-04", "2022-10-17"]


def test_chronicle_entry_after_publication_is_last_year_unless_it_looks_ahead() -> None:
    assert values("Key dates:\nOct 17: Corvex sues.\nOct 30: The board meets.", OCT28) == ["2022-10-17",
                                                                                           "2021-10-30"]
    # the entry itself looks ahead; a reported "will" does not
    assert values("Timeline:\nApr 20: Hale says he will buy it.\nNov 4: Shareholders will vote.", OCT28) == [
        "2022-04-20", "2022-11-04"]


def test_chronicle_under_a_schedule_heading_looks_ahead() -> None:
    text = "Upcoming dates\n\nApr 4: Shareholders vote on the merger.\nMay 2: The deal closes."
    assert values(text, OCT28) == ["2023-04-04", "2023-05-02"]


def test_chronicle_follows_the_year_of_its_previous_entry() -> None:
    text = "Chronology:\nDec 20, 2019: Acme files suit.\nJan 5: The court hears the case.\nMar 3: The judge rules."
    assert values(text, OCT28) == ["2019-12-20", "2020-01-05", "2020-03-03"]
    # newest first: each entry is counted back from the one above it
    assert values("Oct 4: Acme relents.\nJun 10: Acme walks away.\nDec 20: Acme files suit.", OCT28) == [
        "2022-10-04", "2022-06-10", "2021-12-20"]


def test_month_day_in_running_text_is_no_chronicle_entry() -> None:
    # not at the start of a line, or no colon/dash after it: the usual nearest-date reading
    assert values("The judge sets a hearing for Apr 4: both sides agree.", OCT28) == ["2023-04-04"]
    assert values("Apr 4 is the date the board sets for the vote.", OCT28) == ["2023-04-04"]


WED = dt.date(2022, 7, 20)


@pytest.mark.parametrize("sentence", [
    "On Thursday, the court set a hearing for next month.",     # 'set' after a singular subject is past
    "The court on Thursday set a hearing for next month.",
    "On Thursday, Hale cut the price he would pay.",
    "On Thursday, the court set the stage for a ruling next week.",
])
def test_past_tense_weekday_with_bare_past_verb_looks_back(sentence: str) -> None:
    assert by_text(tag(sentence, WED))["Thursday"][0].value == "2022-07-14"


@pytest.mark.parametrize("sentence", [
    "The court will set a trial date on Thursday.",              # an auxiliary before 'set': not a past
    "The court is expected to set a trial date on Thursday.",
    "Traders expect a rate cut on Thursday.",                    # a noun, not a verb
])
def test_bare_verb_forms_that_are_not_past_leave_the_weekday_ahead(sentence: str) -> None:
    assert by_text(tag(sentence, WED))["Thursday"][0].value == "2022-07-21"


JUL20 = dt.date(2022, 7, 20)


@pytest.mark.parametrize("sentence,value", [
    # past tense, Oct. 17 of the publication year still to come in July: the past one, a year back, is right
    ("The company said on Oct 17 that it had cut jobs.", "2021-10-17"),
    ("Shareholders approved the deal on Oct 17.", "2021-10-17"),
    ("On Oct 17, the company reported earnings.", "2021-10-17"),   # a sentence, not a closing attribution
    # past tense, the month-day already behind the publication date in its year: that year, not one back
    ("Shares fell after the company warned on June 17 that it would miss targets.", "2022-06-17"),
    ("The offer expired on June 17, the company said.", "2022-06-17"),
])
def test_past_sentence_month_day_back_a_year_only_when_this_years_is_ahead(sentence: str, value: str) -> None:
    assert tag(sentence, JUL20)[-1].value == value


@pytest.mark.parametrize("sentence", [
    "The deal was supposed to close on Oct 17.",
    "The company agreed to extend the deadline to Oct 17.",
    "The judge ordered a five-day trial beginning Oct 17.",
    "The company said it had agreed to a trial starting Oct 17.",
    "The company moved the meeting to Oct 17.",
    "The judge set a trial for Oct 17.",
    "The court set an Oct 17 hearing.",
])
def test_future_in_past_month_day_is_not_sent_a_year_back(sentence: str) -> None:
    assert tag(sentence, JUL20)[-1].value == "2022-10-17"


def test_future_in_past_month_day_still_nearest_when_behind() -> None:
    # the deadline had passed when the article appeared: the nearest occurrence, this March, not next March
    assert one("The deal was supposed to close on March 3.", JUL20).value == "2022-03-03"


APR1 = dt.date(2022, 4, 1)


@pytest.mark.parametrize("text,surface,value", [
    ("The rate cut is effective 4/9.", "4/9", "2022-04-09"),
    ("Prices are as of 4/9.", "4/9", "2022-04-09"),
    ("The filing is dated 4/9/2022.", "4/9/2022", "2022-04-09"),
    ("The offer expires Fri. 4/15.", "4/15", "2022-04-15"),
    ("The company set a deadline of 4/30/22 for bids.", "4/30/22", "2022-04-30"),
    ("Sales rose on 13/05/2022.", "13/05/2022", "2022-05-13"),        # 13 can only be the day
    ("The board met on 13.05.2022.", "13.05.2022", "2022-05-13"),
    ("The board meets on 09.04.2022.", "09.04.2022", "2022-04-09"),    # dots: day first by default
    ("The shop is closed on 9.4. for stocktaking.", "9.4.", "2022-04-09"),
])
def test_numeric_dates_default_style(text: str, surface: str, value: str) -> None:
    assert by_text(tag(text, APR1))[surface][0].value == value


def test_numeric_dates_dayfirst_keyword() -> None:
    assert one("The rate cut is effective 4/9.", APR1).value == "2022-04-09"
    assert tag("The rate cut is effective 4/9.", APR1, dayfirst=True)[0].value == "2022-09-04"
    assert tag("The filing is dated 4/9/2022.", APR1, dayfirst=True)[0].value == "2022-09-04"
    assert tag("The board meets on 09.04.2022.", APR1, dayfirst=False)[0].value == "2022-09-04"
    # a number above 12 decides whatever the setting
    assert tag("It ends 4/16/2022.", APR1, dayfirst=True)[0].value == "2022-04-16"
    assert tag("It ends 16/4/2022.", APR1, dayfirst=False)[0].value == "2022-04-16"
    # without a publication date the year stays open
    m = tag("The rate cut is effective 4/9.", None)[0]
    assert (m.value, m.anchor, m.underspecified) == ("XXXX-04-09", "none", True)


def test_numeric_date_ranges_and_past_tense() -> None:
    assert values("The new rules apply from 4/9 to 4/16.", APR1) == ["2022-04-09", "2022-04-16"]
    assert values("Hours change on 4/9 and 4/10.", APR1) == ["2022-04-09", "2022-04-10"]
    assert values("The meeting was held on 4/9.", APR1) == ["2021-04-09"]


@pytest.mark.parametrize("text", [
    "The store is open 24/7.",
    "Since 9/11 the rules changed.",
    "He won 3/4 of the votes on 3/4 of the days.",
    "Costs were cut by 1/3.",
    "Shares rose from 9.4. Then they fell.",
    "Inflation fell by 9.4.",
    "See page 1/3 of the report.",
    "The score was 3/4 at halftime.",
    "Call 555/1234 or 212.555.1234.",
    "Version 1.2.2022 of the app shipped.",
    "The ratio was 3/1 in favour.",
    "The price was $4/9 per share.",
    "It traded at 4/9 on the exchange.",
    "Sales rose 1.5% on 4.5 times volume.",
    "The odds were 7/2 on the favourite.",
])
def test_numeric_look_alikes_are_not_dates(text: str) -> None:
    assert tag(text, APR1) == []


def test_weekday_before_the_texts_newest_date_is_flagged() -> None:
    tue = dt.date(2022, 10, 25)  # the date the article is filed under; the text was updated on the 28th
    ms = by_text(tag("UPDATE Oct. 28, 2022: On Monday, Hale met bankers. On Thursday, he closed the deal.", tue))
    monday = ms["Monday"][0]
    assert monday.value == "2022-10-24" and "2022-10-28" in monday.note
    assert ms["Thursday"][0].note == ""          # Oct. 20 lies in the week before: nothing to flag
    assert ms["Oct. 28, 2022"][0].note == ""


@pytest.mark.parametrize("text", [
    "WASHINGTON, Oct. 25, 2022 -- On Monday, Hale met bankers.",          # a dateline: the publication date
    "Hale closed the deal on Oct. 24, 2022. On Monday, he met bankers.",  # an earlier day, not after publication
    "On Monday, Hale met bankers. Shareholders will vote on Oct. 28, 2022.",  # a scheduled date
])
def test_weekday_not_flagged_without_a_newer_date_than_the_publication(text: str) -> None:
    assert all(m.note == "" for m in tag(text, dt.date(2022, 10, 25)))


def test_past_verb_month_day_a_day_after_publication_keeps_the_year() -> None:
    # a date filed a day early (time zones) rather than an event a year back
    assert one("The company announced on July 21 that it would cut jobs.", JUL20).value == "2022-07-21"
    assert one("Shares fell on July 30.", JUL20).value == "2021-07-30"


# --- dating in news (issue 14, item 4): event-naming dates, forward steps, years just named, Sundays, sequences ---

AUG21 = dt.date(2022, 8, 21)  # a Sunday
AUG18 = dt.date(2022, 8, 18)  # a Thursday


@pytest.mark.parametrize("sentence,value", [
    ("The senator conceded on Thursday night, well before the November 8 vote.", "2022-11-08"),
    ("The board rejected the bid in view of the Oct. 17 deadline.", "2022-10-17"),
    ("Acme won backing for the November 8 shareholder meeting.", "2022-11-08"),
    ("The mayor launched her campaign for the November election.", "2022-11"),
    ("The governor lost the March 3 primary.", "2022-03-03"),           # a past verb's object: the tense decides
    ("After the March 3 hearing, the judge ruled against the firm.", "2022-03-03"),  # "after": behind
    ("The court held its Dec. 17 hearing.", "2021-12-17"),              # held it: last year's
])
def test_a_date_naming_a_scheduled_event_is_the_nearest_one(sentence: str, value: str) -> None:
    assert next(m for m in tag(sentence, AUG18) if m.value[5:7] in ("03", "10", "11", "12")).value == value


def test_a_step_that_opens_the_way_for_a_date_looks_ahead() -> None:
    nov = dt.date(2022, 11, 12)
    ms = tag("The governor had already secured the votes needed to win, paving the way for her swearing-in on "
             "January 3.", nov)
    assert ms[-1].value == "2023-01-03"
    assert one("The ruling cleared the way for a vote on Feb. 2.", nov).value == "2023-02-02"


@pytest.mark.parametrize("sentence,value", [
    ("A storm struck the coast one year ago on March 11.", "2021-03-11"),
    ("The plant closed a year ago in March.", "2021-03"),
    ("In 2009, on March 11, the bank failed.", "2009-03-11"),
])
def test_a_day_right_after_a_year_takes_that_year(sentence: str, value: str) -> None:
    ms = tag(sentence, dt.date(2022, 3, 6))
    assert ms[-1].value == value and ms[-1].anchor == "mention"


@pytest.mark.parametrize("sentence,value", [
    ("Delegates prepare to open their convention this week.", "2022-W34"),  # published Sunday: the coming week
    ("Ministers meet this week in Geneva.", "2022-W34"),
    ("Stocks fell this week.", "2022-W33"),                                # the week that ends that day
    ("Later this week, the board will meet.", "2022-W34"),
    ("Earlier this week, the board met.", "2022-W33"),
    ("The talks resumed last week.", "2022-W33"),                           # the week that ends that day
    ("Last week, the rebels seized the airport.", "2022-W33"),              # war
    ("The senator made history last week by naming her running mate.", "2022-W33"),  # election
    ("Hospital admissions rose this past week.", "2022-W33"),              # pandemic
    ("The bidder raised its offer late last week.", "2022-W33"),           # takeover
    ("The court will rule next week.", "2022-W34"),                        # the coming week, as "this week"
    ("The board meets next week.", "2022-W34"),
])
def test_this_week_said_on_a_sunday(sentence: str, value: str) -> None:
    assert one(sentence, AUG21).value == value


@pytest.mark.parametrize("sentence,published,value", [
    ("The jury returned its verdict on Wednesday last week.", AUG21, "2022-08-17"),       # Sunday: the week ending
    ("The jury returned its verdict on Wednesday last week.", dt.date(2022, 8, 20), "2022-08-10"),  # Saturday: ISO
    ("The talks resumed last week.", dt.date(2022, 8, 20), "2022-W32"),                    # Saturday: the ISO week before
    ("The talks resumed last week.", dt.date(2022, 8, 22), "2022-W33"),                    # Monday: the ISO week before
])
def test_last_week_is_the_iso_week_before_except_on_a_sunday(sentence: str, published, value: str) -> None:
    ms = tag(sentence, published)
    assert ms[-1].value == value


def test_this_week_on_a_weekday_is_the_iso_week() -> None:
    assert one("Delegates prepare to open their convention this week.", AUG18).value == "2022-W33"


@pytest.mark.parametrize("sentence,value", [
    ("With most ballots counted by late Tuesday, the two candidates appeared tied.", "2022-08-16"),
    ("By Friday, the rebels controlled the city.", "2022-08-12"),
    ("By Friday, the rebels will control the city.", "2022-08-19"),
    ("By Friday, the company must decide.", "2022-08-19"),
])
def test_an_opening_by_phrase_takes_the_main_clauses_tense(sentence: str, value: str) -> None:
    assert one(sentence, AUG18).value == value


def test_a_weekday_after_the_publication_day_in_one_sentence_goes_on_with_the_story() -> None:
    tue = dt.date(2022, 8, 16)
    ms = by_text(tag("The first leak was found at 9:40 a.m. on Tuesday, but another was discovered early on "
                     "Wednesday.", tue))
    assert ms["Tuesday"][0].value == "2022-08-16" and ms["Wednesday"][0].value == "2022-08-17"
    ms = by_text(tag("The first leak was found on Monday, and another was discovered on Wednesday.", tue))
    assert ms["Wednesday"][0].value == "2022-08-10"  # no publication day told before it: back


@pytest.mark.parametrize("sentence,value", [
    ("By Friday, the company, which had lost money, will decide.", "2022-08-19"),
    ("By Friday, the company, its chief executive said, must decide.", "2022-08-19"),
    ("With most ballots counted by late Tuesday, the former mayor of the city, a newcomer, and the senator "
     "appeared tied.", "2022-08-16"),
])
def test_an_opening_by_phrase_looks_past_an_apposition(sentence: str, value: str) -> None:
    assert one(sentence, AUG18).value == value


def test_a_possessive_weekday_after_by_is_no_deadline() -> None:
    wed = dt.date(2022, 8, 17)
    assert one("The port was wrecked by Friday's storm.", wed).value == "2022-08-12"
    assert one("The vote was delayed until Friday's session.", wed).value == "2022-08-19"


def test_the_eve_of_a_holiday_is_the_day_before() -> None:
    m = one("The governor spoke at a rally on the eve of Independence Day.", dt.date(2022, 8, 31))
    assert (m.text, m.value) == ("the eve of Independence Day", "2022-07-03")


def test_the_month_refers_back_to_the_month_just_named() -> None:
    oct29 = dt.date(2022, 10, 29)
    ms = by_text(tag("As the campaign entered September, Senator Park led in the polls. Governor Lee started the "
                     "month touring Ohio, where floods had struck in August. Park toured Ohio two days after Lee in "
                     "what was her first trip there.", oct29))
    assert ms["the month"][0].value == "2022-09"
    assert ms["two days after"][0].value == "2022-09"  # after the governor's tour, not the floods
    ms = by_text(tag("It gathers the previous month's reports after an overview of the month's big stories.", oct29))
    assert ms["the month"][0].value == "2022-09"
    assert tag("Shares started the session flat.", oct29) == []


def test_starting_the_month_a_few_lines_after_it_was_named() -> None:
    text = ("As the campaign entered September, Senator Park led in the polls.\n\nVolunteers in Ohio. (Photo)\n\n"
            "Governor Lee started the month touring Ohio.")
    assert by_text(tag(text, dt.date(2022, 10, 29)))["the month"][0].value == "2022-09"
    assert "the month" not in by_text(tag("Governor Lee started the month touring Ohio.", dt.date(2022, 10, 29)))




@pytest.mark.parametrize("text,values", [
    # forward: the October after that April, though last October is nearer to April
    ("Timeline:\n* April 4: Acme discloses a stake\n* April 14: Acme makes an offer\n* Oct. 27: The deal closes\n",
     ["2022-04-04", "2022-04-14", "2022-10-27"]),
    # backward, across a year: once the list went back, it keeps going back
    ("Timeline:\nOct. 27: The deal closes\nApril 14: Acme makes an offer\nNov. 30: Acme's chief quits\n",
     ["2022-10-27", "2022-04-14", "2021-11-30"]),
    # dates as headings over the entry's line
    ("April 4\nAcme discloses a stake.\n\nApril 14\nAcme makes an offer.\n\nOct. 27\nThe deal closes.",
     ["2022-04-04", "2022-04-14", "2022-10-27"]),
])
def test_dated_lists_run_one_way(text: str, values: list[str]) -> None:
    assert [m.value for m in tag(text, OCT28)] == values


def test_a_dated_list_entry_a_day_after_publication_keeps_the_year() -> None:
    assert tag("Timeline:\nApril 4: stake\nOct. 29: Acme fires its executives.", OCT28)[-1].value == "2022-10-29"
    assert tag("Oct. 29\nThe company said on Friday it had closed the deal.", OCT28)[0].value == "2022-10-29"


def test_a_clock_time_after_a_background_day_is_the_news_day() -> None:
    sat = dt.date(2022, 3, 12)
    ms = tag("A blast has been reported at the plant after its pumps were damaged by a storm that hit on Friday. "
             "The blast occurred at 3:30pm local time.", sat)
    assert ms[-1].value == "2022-03-12T15:30"
    ms = tag("The singer died late Thursday. He died at 10:50 p.m. at a hospital.", sat)  # the day talked about
    assert ms[-1].value == "2022-03-10T22:50"




@pytest.mark.parametrize("sentence,value", [
    ("The court granted a motion for an Oct. 17 trial date.", "2022-10-17"),
    ("The bidder had asked for a September trial.", "2022-09"),
    ("The court on Thursday set the trial for October.", "2022-10"),   # set for: after the past, not before it
    ("The company was fined in October.", "2021-10"),
])
def test_scheduled_months_said_in_the_past_stay_ahead(sentence: str, value: str) -> None:
    assert [m.value for m in tag(sentence, JUL20) if m.value[5:7] in ("09", "10")] == [value]


@pytest.mark.parametrize("sentence,when,value", [
    ("The bidder had sought a September trial.", JUL20, "2022-09"),       # an event asked for: ahead
    ("The company held a September meeting.", JUL20, "2021-09"),          # held: the tense decides
    ("The deadline was Oct. 28.", dt.date(2022, 10, 7), "2022-10-28"),    # the deadline's own date
    ("The deadline was Oct. 28.", dt.date(2023, 1, 7), "2022-10-28"),
])
def test_dates_of_scheduled_events_said_in_the_past(sentence: str, when: dt.date, value: str) -> None:
    assert one(sentence, when).value == value


@pytest.mark.parametrize("text,values", [
    ("A look back at 2020.\n\nMarch 11 - A pandemic is declared.\nNov. 3 - Americans vote.\nJan. 6 - Rioters storm "
     "the Capitol.", ["2020", "2020-03-11", "2020-11-03", "2021-01-06"]),
    ("2021\nNov. 29: The founder steps down.\nDec. 3: The new chief names staff.\n\n2022\nJan. 31: Acme begins "
     "buying shares.", ["2021", "2021-11-29", "2021-12-03", "2022", "2022-01-31"]),
])
def test_a_dated_list_takes_the_year_of_its_heading(text: str, values: list[str]) -> None:
    assert [m.value for m in tag(text, OCT28)] == values


@pytest.mark.parametrize("sentence,when,surface,value", [
    # an "-ed" word after a determiner is an adjective, no past-tense cue: "would" decides
    ("The dividend would be paid on a still unspecified date in January.", dt.date(1989, 10, 26), "January",
     "1990-01"),
    ("The orchestra would perform at the renovated concert hall in March.", dt.date(2022, 10, 12), "March",
     "2023-03"),
    ("The minister would fly to the flooded region Friday.", dt.date(2022, 10, 12), "Friday", "2022-10-14"),
    ("The company reported a loss in May.", dt.date(2022, 10, 12), "May", "2022-05"),  # a real past verb
])
def test_participle_adjectives_are_no_past_cue(sentence: str, when: dt.date, surface: str, value: str) -> None:
    assert by_text(tag(sentence, when))[surface][0].value == value


@pytest.mark.parametrize("sentence,when,surface,typ,value", [
    # a bare "for the year / week" is the period reported on; with an end date or a clause after it, a stretch
    ("For the year, the index is up 12 percent.", dt.date(2022, 10, 12), "the year", "DATE", "2022"),
    ("The striker scored his 20th goal for the year on Saturday.", dt.date(2022, 10, 12), "the year", "DATE", "2022"),
    ("Shares rose to a high for the year of $42 in June.", dt.date(1989, 10, 30), "the year", "DATE", "1989"),
    ("For the week, the Nasdaq fell 2 percent.", dt.date(2022, 3, 30), "the week", "DATE", "2022-W13"),
    ("Net income for the year ended Sept. 30 rose 8%.", dt.date(2022, 11, 2), "the year", "DURATION", "P1Y"),
    ("It expects a loss for the year ending tomorrow.", dt.date(2022, 3, 30), "the year", "DURATION", "P1Y"),
    ("Prices rose 3% over the year.", dt.date(2022, 3, 30), "the year", "DURATION", "P1Y"),
    ("Leaders agreed on a budget for the year that begins July 1.", dt.date(1998, 6, 17), "the year", "DURATION",
     "P1Y"),
])
def test_for_the_year(sentence: str, when: dt.date, surface: str, typ: str, value: str) -> None:
    m = by_text(tag(sentence, when))[surface][0]
    assert (m.type, m.value) == (typ, value)


@pytest.mark.parametrize("sentence,when,value", [
    # "the quarter ended <date>": the calendar quarter holding most of the three months up to that date
    ("In the quarter ended July 31, the distributor had 5.6 million shares outstanding.", dt.date(1989, 10, 30),
     "1989-Q2"),
    ("The retailer posted a loss for the quarter ended April 30.", dt.date(2022, 8, 25), "2022-Q1"),
    ("Revenue for the quarter ended Sept. 30 rose 4%.", dt.date(2022, 10, 30), "2022-Q3"),
    ("The chain lost money in the quarter ending Jan. 31, 2023.", dt.date(2023, 5, 2), "2022-Q4"),
    ("In the quarter, sales of the vaccine rose.", dt.date(2022, 10, 30), "2022-Q3"),  # no end date: the last one
])
def test_quarter_ended_a_date(sentence: str, when: dt.date, value: str) -> None:
    assert by_text(tag(sentence, when))["the quarter"][0].value == value


@pytest.mark.parametrize("text,surface,value", [
    # after a quarter, "a year earlier" is that quarter a year before; after "the first nine months", that year
    ("Third-quarter net rose 5% to $80 million, up from $70 million a year earlier.", "a year earlier", "1988-Q3"),
    ("Third-quarter net rose 5% to $80 million. In the first nine months, net was $306 million, compared with a "
     "loss of $195 million in the 1988 period.", "the 1988 period", "1988"),
    ("Third-quarter net rose 5% to $80 million. For the nine months, the company reported a net loss, compared "
     "with year-earlier net income of $967,809.", "year-earlier", "1988"),
    ("Third-quarter passenger numbers rose 5%. In the first nine months, the airport handled 30 million "
     "travellers, up from 28 million a year earlier.", "a year earlier", "1988"),
])
def test_a_year_earlier_than_the_nine_months(text: str, surface: str, value: str) -> None:
    assert by_text(tag(text, dt.date(1989, 11, 2)))[surface][0].value == value


@pytest.mark.parametrize("sentence,value", [
    ("The index is up 12% since year-end.", "2021-12-31"),       # since: the last year-end
    ("The museum hopes to reopen by year-end.", "2022-12-31"),
])
def test_since_year_end_is_the_last_one(sentence: str, value: str) -> None:
    assert one(sentence, dt.date(2022, 6, 10)).value == value


@pytest.mark.parametrize("sentence,surface,value", [
    # banking, retail, energy: a year written after "year-end" says whose year-end it is, not the page's year
    ("The lender, with $110 billion in assets at year-end 2022, was closed.", "year-end 2022", "2022-12-31"),
    ("The chain had 412 stores at year-end of 2021, its filing shows.", "year-end of 2021", "2021-12-31"),
    ("Reserves fell to 9 billion barrels by year end 2020.", "year end 2020", "2020-12-31"),
    # near misses: no year after it, "the end of 2022", a "year-end" bonus
    ("The museum hopes to reopen by year-end.", "year-end", "2023-12-31"),
    ("Its debt rose at the end of 2022.", "the end of 2022", "2022"),
    ("Staff got year-end bonuses, 2022 filings show.", "2022", "2022"),
])
def test_year_end_with_a_year_is_that_year(sentence: str, surface: str, value: str) -> None:
    assert by_text(tag(sentence, dt.date(2023, 3, 14)))[surface][0].value == value


def test_the_quarter_named_again_stays_the_quarter_a_year_ago_compares() -> None:
    # "in the quarter" names the third quarter again: "a year ago" two sentences on is still that quarter's
    text = ("The airline said yesterday that its profit in the third quarter rose 18 percent, beating analysts' "
            "expectations, as strong demand on transatlantic routes offset weakness in Asia and the cost of fuel "
            "kept climbing through the summer months.\n\nThe carrier, based in Dallas, earned $142.6 million, or 58 "
            "cents a share, in the quarter, up from $120.8 million, or 49 cents a share, in the year-earlier "
            "period. Revenue climbed 14 percent, to $1.21 billion from $1.06 billion a year ago.")
    assert by_text(tag(text, dt.date(1998, 10, 20)))["a year ago"][0].value == "1997-Q3"


@pytest.mark.parametrize("sentence,surface,value", [
    # a year in words after a month or a season (broadcast transcripts) is one mention
    ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01"),
    ("Oil fell to the level we saw in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
     "1994-WI"),
    ("The band first toured in March of nineteen eighty-one.", "March of nineteen eighty-one", "1981-03"),
    ("The stadium opened in September two thousand and one.", "September two thousand and one", "2001-09"),
    ("In March, nineteen people were hurt.", "March", "1998-03"),   # a count, no year
    # "the last / latter half of <year>" is its second half
    ("Earnings will be lower for the last half of 1989 and for 1990.", "the last half of 1989", "1989-H2"),
    ("Exports surged in the latter half of 1997.", "the latter half of 1997", "1997-H2"),
])
def test_word_years_and_last_halves(sentence: str, surface: str, value: str) -> None:
    assert by_text(tag(sentence, dt.date(1998, 2, 27)))[surface][0].value == value


def test_the_last_half_century_is_no_half_year() -> None:
    assert all(not m.value.endswith("H2") for m in tag("Over the last half century, prices rose.", D))


@pytest.mark.parametrize("sentence", [
    "The courts reopen Friday after the holiday closure.",          # a court case
    "Polling stations reopen Friday for the runoff.",               # an election
    "The plant re-opens Friday after the strike.",                  # business
    "Parliament reconvenes Friday after the recess.",
])
def test_reopening_in_the_present_looks_ahead(sentence: str) -> None:
    assert by_text(tag(sentence, WED))["Friday"][0].value == "2022-07-22"


def test_reopened_in_the_past_looks_back() -> None:
    assert by_text(tag("The plant reopened Friday after the strike.", WED))["Friday"][0].value == "2022-07-15"


# --- days as ordinal words, months of a named year (broadcast transcripts) ---

MAR10 = dt.date(2006, 3, 10)


@pytest.mark.parametrize("text,surface,value", [
    # broadcast transcripts spell the day out: one day, not the month alone
    ("On February thirteenth, the shareholders approved the merger.", "February thirteenth", "2006-02-13"),
    ("On February thirteenth Acme shareholders voted for the merger.", "February thirteenth", "2006-02-13"),
    ("On April twenty-ninth, the health agency raised its alert level.", "April twenty-ninth", "2005-04-29"),
    ("The team still expects to finish the stadium on March second.", "March second", "2006-03-02"),
    ("Schools stay closed until at least May sixth.", "May sixth", "2006-05-06"),
    ("The new tariff takes effect next October first.", "October first", "2006-10-01"),
    ("The ceasefire began on the first of March.", "the first of March", "2006-03-01"),
    ("The orchestra played on Tuesday, the twenty-first of March, 2000.", "Tuesday, the twenty-first of March, 2000",
     "2000-03-21"),
    ("The treaty was signed on May first, nineteen ninety-five.", "May first, nineteen ninety-five", "1995-05-01"),
    ("The rover landed on January thirty-first, 2004.", "January thirty-first, 2004", "2004-01-31"),
])
def test_ordinal_word_days_are_days(text: str, surface: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag(text, MAR10) if m.type == "DATE"] == [(surface, value)]


def test_ordinal_word_days_next_and_last_look_that_way() -> None:
    assert one("The league opens next March second.", MAR10).value == "2007-03-02"
    assert one("The league opened last March ninth.", MAR10).value == "2005-03-09"


@pytest.mark.parametrize("text,value", [
    ("In June first lady Laura Smith opened the school.", "2005-06"),     # an ordinal of the noun after it
    ("The bill passed its March second reading.", None),
    ("In May first-quarter sales rose.", "2005-05"),                       # an adjective in a compound
    ("Profits rose in April second only to March.", "2006-04"),
    ("In May third parties bought most of the stake.", "2005-05"),
])
def test_ordinal_words_that_count_something_else_leave_the_month(text: str, value: str | None) -> None:
    months = [m.value for m in tag(text, MAR10) if m.precision in ("month", "day")]
    assert months[:1] == ([value] if value else [])


@pytest.mark.parametrize("text,surface,value", [
    ("In January of last year, the airline bought two jets.", "January of last year", "2005-01"),
    ("The bonuses were planned for March of this year.", "March of this year", "2006-03"),
    ("The vaccine should be ready in May of next year.", "May of next year", "2007-05"),
    ("In May of 2005, the two clubs merged.", "May of 2005", "2005-05"),
    ("The clinic opened on May 11 of last year.", "May 11 of last year", "2005-05-11"),
    ("The summit took place in the autumn of last year.", "the autumn of last year", "2005-FA"),
])
def test_month_of_a_named_year_is_one_expression(text: str, surface: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag(text, MAR10)] == [(surface, value)]


def test_month_of_the_following_year_counts_from_the_date_just_given() -> None:
    ms = tag("The rebels took the capital in 1994. In June of the following year, they signed a treaty.", MAR10)
    assert [(m.text, m.value, m.anchor) for m in ms] == [("1994", "1994", "absolute"),
                                                        ("June of the following year", "1995-06", "mention")]
    ms = tag("The dam was finished in 1931. In March of the previous year, the river flooded.", None)
    assert ms[-1].value == "1930-03"


APR19 = dt.date(2010, 4, 19)


@pytest.mark.parametrize("sentence", [
    # a past sentence that opens on its date: the day is behind, even a few days after the publication's
    "On April 28—minutes after I was sworn in as governor—I was rushed to the flooded valley.",
    "On April 28, a day after the vote, the club's board resigned.",
    "On April 28 the striking miners returned to work.",
])
def test_fronted_month_day_of_a_past_sentence_is_behind(sentence: str) -> None:
    assert tag(sentence, APR19)[0].value == "2009-04-28"


@pytest.mark.parametrize("sentence", [
    "On April 28, the new tariffs will take effect.",
    "On April 28, a day after the vote, the board will resign.",
    "The club said its board resigned, effective April 28.",        # not fronted: an end bound, ahead
    "On April 12, the striking miners returned to work.",          # behind already in the publication year
])
def test_fronted_month_day_stays_in_the_publication_year_otherwise(sentence: str) -> None:
    assert tag(sentence, APR19)[0].value[:4] == "2010"


@pytest.mark.parametrize("text,surface,value", [
    ("The retailer was founded in twenty ten.", "twenty ten", "2010"),
    ("Harvests fell sharply in twenty twenty-one.", "twenty twenty-one", "2021"),
    ("The deal was announced in April, two thousand twenty-two.", "April, two thousand twenty-two", "2022-04"),
    ("On April fourteenth, two thousand twenty-two, the investor made an offer.",
     "April fourteenth, two thousand twenty-two", "2022-04-14"),
    ("The alert system has been used since two thousand five.", "two thousand five", "2005"),
])
def test_years_in_words_as_broadcasts_say_them(text: str, surface: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag(text, MAR10)] == [(surface, value)]


@pytest.mark.parametrize("text", [
    "About two thousand three hundred people died in the floods.",     # a number, then its hundreds
    "Officials reported two thousand five cases of the disease.",     # a count of a plural noun
    "The guard scored twenty twenty-one times this season.",           # no word that introduces a year
    "The fund paid two thousand three dollars to each saver.",
])
def test_numbers_in_words_are_no_years(text: str) -> None:
    assert [m for m in tag(text, MAR10) if m.precision == "year"] == []


@pytest.mark.parametrize("sentence,value", [
    # the past verb says what was done on the day: a day after the publication is last year's
    ("The health agency raised its alert level on April 29.", "2009-04-29"),
    ("Shareholders of the club approved the proposed merger on April 29.", "2009-04-29"),
    # the day belongs to a plan or another verb: the nearest occurrence, as before
    ("The union said it would stage a strike on April 29.", "2010-04-29"),
    ("The regulator approved the merger planned for April 29.", "2010-04-29"),
    ("The bidder extended its offer, due to expire today, to April 29.", "2010-04-29"),
    ("The band was invited to a festival in Oslo on April 29.", "2010-04-29"),
    # behind already in the publication year: that year (issue 14)
    ("The health agency raised its alert level on April 12.", "2010-04-12"),
])
def test_a_past_verb_that_governs_the_month_day_sends_it_back(sentence: str, value: str) -> None:
    assert tag(sentence, APR19)[-1].value == value


def test_a_scanned_received_stamp_with_its_day_split_by_ocr() -> None:
    text = "Office of the Mayor\nAPR 2 6 2009\nI am writing to you.\nRECEIVED MAY 1 4 2010\n"
    assert [(m.text, m.value) for m in tag(text)] == [("APR 2 6 2009", "2009-04-26"), ("MAY 1 4 2010", "2010-05-14")]


@pytest.mark.parametrize("text", [
    "The score was APR 2 6 2009 in the table.",     # not alone on its line
    "APR 3 6 2009\n",                                # no such day
    "Apr 2 6 2009\n",                                # a stamp is written in capitals
])
def test_split_day_stamps_only_alone_on_their_line(text: str) -> None:
    assert not [m for m in tag(text) if m.value.endswith(("-26", "-36"))]


@pytest.mark.parametrize("text,surface,value", [
    ("Published: 2009/07/14 - Updated: 2018/03/16", "2009/07/14", "2009-07-14"),
    ("Match report, posted 2021/11/02 by the club.", "2021/11/02", "2021-11-02"),
])
def test_year_first_dates_with_slashes(text: str, surface: str, value: str) -> None:
    assert by_text(tag(text))[surface][0].value == value


@pytest.mark.parametrize("text", [
    "See archive/2009/07/14/page.html for the minutes.",   # a path
    "The ratio was 2009/07-14 in the table.",               # mixed separators
])
def test_year_first_slash_look_alikes(text: str) -> None:
    assert not [m for m in tag(text) if m.precision == "day"]


def test_a_past_verb_does_not_send_back_a_period_it_sets() -> None:
    # "over Christmas": the period of the truce, not the day it was declared on
    dec20 = dt.date(1998, 12, 20)
    assert by_text(tag("The rebels declared a three-day truce over Christmas.", dec20))["Christmas"][0].value == \
        "1998-12-25"
    assert by_text(tag("The union called a two-day strike over Easter.", dt.date(2010, 3, 30)))["Easter"][0].value \
        == "2010-04-04"


def test_holidays_written_with_an_ordinal_keep_their_own_rule() -> None:
    jun30 = dt.date(2004, 6, 30)
    assert [(m.text, m.value) for m in tag("Trading will be light ahead of the Fourth of July weekend.", jun30)] == [
        ("the Fourth of July weekend", "2004-W27-WE")]
    assert one("The parade ends July fourth.", jun30).value == "2004-07-04"


def test_an_updated_text_keeps_a_past_day_after_its_publication_date() -> None:
    # the text names a later day than its publication date first: it was updated, the day is this year's
    tue = dt.date(2022, 10, 25)
    ms = by_text(tag("UPDATE Oct. 28, 2022: On Oct. 27, the buyer closed the deal. The bank raised rates on Oct. 27.",
                     tue))
    assert [m.value for m in ms["Oct. 27"]] == ["2022-10-27", "2022-10-27"]
    # without the update stamp, the past sentences are last October's
    ms = by_text(tag("On Oct. 27, the buyer closed the deal. The bank raised rates on Oct. 27.", tue))
    assert [m.value for m in ms["Oct. 27"]] == ["2021-10-27", "2021-10-27"]


@pytest.mark.parametrize("text", [
    "The union learned that the Spring Valley depot will close after the vote.",  # a depot's place name
    "Fans gathered outside the Winter Park arena before the final.",           # an arena
    "The clinic on Summer Street treated the patients that night.",            # a street
    "The estate in Summer Ridge had been sold to the developer, lawyers said.",   # an estate
    "Officials at the Fall Creek plant said the last shift ended.",            # a plant
])
def test_a_capitalised_season_inside_a_name_is_no_season(text: str) -> None:
    assert not [m for m in tag(text, dt.date(2015, 6, 1)) if m.precision == "season"]


@pytest.mark.parametrize("text, surface, value", [
    ("Club Sales Slump This Spring As Ticket Prices Rise", "This Spring", "2015-SP"),   # a title-case headline
    ("The court will rule this Fall.", "this Fall", "2015-FA"),                       # no name after it
    ("The hospital opens its wing in late Spring May 3.", "late Spring", "2016-SP"),  # a month after it
])
def test_a_capitalised_season_before_a_date_or_in_a_headline_stays(text: str, surface: str, value: str) -> None:
    assert by_text(tag(text, dt.date(2015, 6, 1)))[surface][0].value == value


def test_an_offset_from_a_named_actors_event_needs_a_sentence_about_that_event() -> None:
    # the earlier sentence names the club but not its move: the offset counts from no date the text gives
    text = ("On Monday, Rovers United unveiled a new kit. Just 40 days after Rovers United's stadium move, "
            "the league has fined the club.")
    ms = by_text(tag(text, dt.date(2016, 3, 9)))
    assert (ms["40 days"][0].type, ms["40 days"][0].value) == ("DURATION", "P40D")
    text = ("Halvorsen Ltd paid its staff on May 4. Two weeks after the Halvorsen Ltd bankruptcy filing, "
            "the court has named a trustee.")
    ms = by_text(tag(text, dt.date(2016, 6, 1)))
    assert ms["Two weeks"][0].type == "DURATION"


def test_an_offset_from_a_named_actors_event_counts_from_the_sentence_about_it() -> None:
    # near miss: a sentence that dates the filing (filed) anchors "after ... filing"
    text = ("Halvorsen Ltd filed for bankruptcy on May 4. Two weeks after the Halvorsen Ltd bankruptcy filing, "
            "the court named a trustee.")
    assert by_text(tag(text, dt.date(2016, 6, 1)))["Two weeks after"][0].value == "2016-W20"  # the week of May 18
    # a name alone still counts from the last sentence about it ("two days after Roe")
    text = "Mayor Roe toured the flooded district on March 2. Governor Lee visited two days after Roe, by boat."
    assert by_text(tag(text, dt.date(2016, 3, 9)))["two days after"][0].value == "2016-03-04"


SATURDAY = dt.date(2016, 3, 12)


@pytest.mark.parametrize("text, surface, value", [
    ("Ahead of a council vote scheduled for this Wednesday, the mayor said today he would abstain.",
     "this Wednesday", "2016-03-16"),                                       # set by a schedule
    ("The trial will resume this Tuesday, the judge said.", "this Tuesday", "2016-03-15"),   # a future clause
    ("The striker returned to training this Tuesday.", "this Tuesday", "2016-03-08"),         # near miss: past
    ("The board meets this Sunday.", "this Sunday", "2016-03-13"),           # not yet past in the week
])
def test_this_weekday_already_past_in_the_week_looks_ahead_when_scheduled(text: str, surface: str,
                                                                          value: str) -> None:
    assert by_text(tag(text, SATURDAY))[surface][0].value == value


def test_a_bare_weekday_is_the_day_the_text_gives_as_this_weekday() -> None:
    text = ("Mayor Silent on Wednesday's Council Session\n\n"
            "Ahead of a council vote scheduled for this Wednesday, the mayor said today he would abstain.")
    assert [m.value for m in tag(text, SATURDAY) if "Wednesday" in m.text] == ["2016-03-16", "2016-03-16"]
    # near miss: "next Wednesday" beside a past "on Wednesday" are two Wednesdays
    text = "The hospital board met on Wednesday. It meets again next Wednesday."
    assert [m.value for m in tag(text, SATURDAY)] == ["2016-03-09", "2016-03-16"]


def test_wanting_someone_to_act_looks_ahead() -> None:
    assert one("The coach wants the players to train on Thursday.", SATURDAY).value == "2016-03-17"
    assert one("The defence wants the court to rule on Thursday.", SATURDAY).value == "2016-03-17"
    # near miss: a past want, and a want of a thing
    assert one("The coach wanted the players to train on Thursday.", SATURDAY).value == "2016-03-10"
    assert one("The club wants the money it paid on Thursday.", SATURDAY).value == "2016-03-10"


FRIDAY = dt.date(2016, 3, 11)


@pytest.mark.parametrize("text, value", [
    # a verbless stretch after a dash takes the tense before it, not that of the coordinate clause after it
    ("The keeper was given the award -- the league's top award on Wednesday, and he will speak at the dinner.",
     "2016-03-09"),
    ("The nurse was handed the prize -- the hospital's highest prize on Tuesday, and she will lead the ward.",
     "2016-03-08"),
    # near miss: a coordinate clause about the future before the date, the date in it
    ("The keeper was given the award, and he will speak at the dinner on Wednesday.", "2016-03-16"),
])
def test_a_coordinate_clause_after_a_verbless_date_clause_does_not_give_its_tense(text: str, value: str) -> None:
    assert [m.value for m in tag(text, FRIDAY) if m.precision == "day"] == [value]


def test_a_past_year_a_trend_ran_over_is_noted_as_a_span() -> None:
    ms = tag("Over the past year, the league lost a third of its referees.", dt.date(2015, 5, 4))
    assert [(m.value, m.note) for m in ms] == [("2014", "a span up to the present")]
    ms = tag("The clinic was sold in the past year.", dt.date(2015, 5, 4))   # near miss: no trend's preposition
    assert [(m.value, m.note) for m in ms] == [("2014", "")]


@pytest.mark.parametrize("text, surface, value", [
    ("GENEVA--This evening, the federation suspended two sprinters.", "This evening", "2019-06-05TEV"),
    ("BOSTON, Mass.--Yesterday the court overturned the verdict.", "Yesterday", "2019-06-04"),
    ("The lab's two findings--Monday and Tuesday--were both retracted.", "Monday", "2019-06-03"),
])
def test_a_date_after_a_double_hyphen_dash_is_found(text: str, surface: str, value: str) -> None:
    """A typed dash '--' (a dateline glued to the lead) is no hyphen inside a word: the date after it is found."""
    found = by_text(tag(text, dt.date(2019, 6, 5)))
    assert [m.value for m in found[surface]] == [value]


@pytest.mark.parametrize("text", ["Scores of 2009--2010 were kept.", "The ex-Monday slot was dropped.",
                                  "The pre-March rally faded."])
def test_a_date_glued_to_a_hyphen_or_a_number_dash_is_not_split_off(text: str) -> None:
    """Near-misses: a single hyphen inside a word, and a double hyphen after a number (a range), stay as before."""
    assert "2010" not in by_text(tag(text, dt.date(2019, 6, 5)))
    assert "Monday" not in by_text(tag(text, dt.date(2019, 6, 5)))
    assert "March" not in by_text(tag(text, dt.date(2019, 6, 5)))


def test_candidates_are_fresh_for_each_call():
    """The recogniser's matches are cached per text, but each call hands out its own Cand objects and list."""
    from timeline.dates.recognise import candidates

    text = "The regatta opened on June 3, 2019 and the jury met on Tuesday."
    first = candidates(text)
    first[0].extra["seen"] = True
    first.sort(key=lambda c: -c.start)
    first.append(first[0])
    second = candidates(text)
    assert len(second) == len(first) - 1 and all(not c.extra for c in second)
    assert all(a is not b for a in first for b in second)


def test_news_matches_are_the_narrative_matches_less_the_narrative_only_patterns():
    from timeline.dates.recognise import candidates, news_matches
    from timeline.dates.resources.patterns import NARRATIVE_KINDS

    def rows(cands):
        return [(c.start, c.end, c.prio, c.kind, c.m.span()) for c in cands]

    text = ("The ferry sank on Tuesday, March 5, 2024. The next day divers searched the bay; in 1998 another "
            "ferry had sunk there, and the inquiry opened last week.")
    news = rows(candidates(text, False))  # matched afresh: the text was never read
    narrative = candidates(text, True)
    as_news = news_matches(tuple((c.start, c.end, c.prio, c.kind, c.m) for c in narrative))
    assert [(s, e, p, k, m.span()) for s, e, p, k, m in as_news] == news
    assert all(k not in NARRATIVE_KINDS for _s, _e, _p, k, _m in news)
    # read in narrative mode first, then as news: the news matches come from the narrative ones, the same
    other = text.replace("ferry", "barge")
    first = rows(candidates(other, True))
    assert rows(candidates(other, False)) == [r for r in first if r[3] not in NARRATIVE_KINDS]
    assert rows(candidates(other, False)) == [(s, e, p, k, m.span()) for s, e, p, k, m in news_matches(
        tuple((c.start, c.end, c.prio, c.kind, c.m) for c in candidates(other, True)))]
