"""Events news states without a date: dated by the publication day (issue 14)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import NEWS_PHOTO_DAY, Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import extract, extract_article, sentences
from timeline.lede import NOTE, UNDATED_ANCHOR, reports_news, undated_events
from timeline.periods import parse_period

THURSDAY = dt.date(2023, 5, 11)


def _article(text: str, published: dt.date | None = THURSDAY, art_id: str = "t") -> Article:
    return Article(id=art_id, path=Path(f"{art_id}.txt"), text=text, title="", published=published,
                   regions=find_regions(text))


def _undated(text: str) -> list[str]:
    sents = [(s.start, s.end) for s in sentences(text)]
    return [text[u.start : u.end] for u in undated_events(text, sents, [], lede=False)]


def _records(text: str, **kw) -> list[dict]:
    return [r for r in extract_article(_article(text, **kw)) if r["anchor"] == UNDATED_ANCHOR]


@pytest.mark.parametrize("sentence", [
    "The city council has approved a new budget for the harbour district.",
    "More than 2,000 residents have been evacuated from the valley.",
    "Officials say the missing hikers have been found near the river.",
    "The company has recalled 40,000 cars after a brake fault was found.",
])
def test_present_perfect_of_an_event_is_taken(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The mayor has been a member of the party since 2010.",  # a state
    "The firm has had a difficult year.",  # have: a state
    "The bank has lived through many crises for decades.",  # a duration up to now
    "Has the council approved the budget?",  # a question
    "The budget, which has been approved by the council, is large.",  # a relative clause
    "If the council has approved the budget, work can start.",  # a condition
    "The board would have approved the merger.",  # a counterfactual
    "The minister has also visited the hospital.",  # a detail
    "The union has repeatedly criticised the plan.",  # a habit
    "The governor has refused to comment on the report.",  # a stance, not an act
    "The mayor said: \"We have approved the budget.\"",  # speech inside a quotation
    "The lawyer is unhappy with the offer the buyer has made.",  # a reduced relative after another verb
])
def test_states_habits_and_subordinate_perfects_are_left_out(sentence):
    assert _undated(sentence) == []


def test_a_date_of_another_clause_does_not_date_the_perfect():
    text = "The death toll from the storm that hit the coast on Monday has risen to 40."
    art = _article(text)
    recs = _records(text)
    assert len(recs) == 1
    assert recs[0][E.date] == THURSDAY.isoformat()
    assert recs[0][E.quote] == text[recs[0][E.quote_start] : recs[0][E.quote_end]] == art.text


def test_a_date_of_its_own_clause_wins():
    assert _records("The city council has approved a new budget today.") == []
    assert _records("Today the council has approved the budget for next year.") == []


def test_record_is_honest_about_its_date():
    text = "The regional government has declared a state of emergency in the northern provinces."
    recs = extract_article(_article(text))
    assert len(recs) == 1
    rec = recs[0]
    assert rec["anchor"] == UNDATED_ANCHOR
    assert rec[E.date] == "2023-05-11" and rec[E.date_text] == ""
    assert rec[E.note].startswith(NOTE)
    assert text[rec[E.quote_start] : rec[E.quote_end]] == rec[E.quote]
    dated = extract_article(_article("The regional government declared a state of emergency on Wednesday."))
    assert rec["confidence"] < min(r["confidence"] for r in dated)


def test_no_publication_date_no_candidate():
    assert _records("The regional government has declared a state of emergency.", published=None) == []


def test_a_publication_date_read_from_photo_captions_dates_nothing():
    from dataclasses import replace

    art = _article("The regional government has declared a state of emergency.")
    assert extract_article(replace(art, published_source="given")) != []
    assert extract_article(replace(art, published_source="inferred", note="reasoned from the text")) != []
    caption = "inferred: the latest photo-caption date 'May 11, 2023' at line 3 (photos can predate the story)"
    assert extract_article(replace(art, published_source="inferred", note=caption)) == []


def test_a_news_photo_day_dates_undated_news_as_estimated():
    from dataclasses import replace

    art = _article("The regional government has declared a state of emergency.")
    given = extract_article(art)
    # the loader dated the page by a news photo's caption (no archive photo): its undated news is read as of that day
    note = NEWS_PHOTO_DAY + " the latest photo-caption date 'May 11, 2023' at line 3 (photos can predate the story)"
    photo = extract_article(replace(art, published_source="inferred", note=note))
    assert [r[E.date] for r in photo] == [r[E.date] for r in given] == ["2023-05-11"]
    assert all("estimated from a news photo's caption" in r[E.note] for r in photo)
    assert all(p["confidence"] < g["confidence"] for p, g in zip(photo, given))
    # a day inferred otherwise, or given, is not marked
    assert not any("news photo" in r[E.note] for r in given)


def test_a_narrative_is_not_dated_by_its_publication():
    art = _article("The regional government has declared a state of emergency.")
    assert extract_article(art, mode="news") != []
    assert extract_article(art, mode="narrative") == []


def test_a_dated_neighbour_states_the_news():
    text = ("The city council has approved a new budget for the harbour district. "
            "The council voted on Wednesday to approve the budget after a long debate.")
    recs = extract_article(_article(text))
    assert [r[E.date] for r in recs] == ["2023-05-10"]


def test_an_undated_mention_joins_the_dated_mention_of_the_same_event():
    a = _article("The city council has approved a new budget for the harbour district.", art_id="a")
    b = _article("The city council approved a new budget for the harbour district on Wednesday.", art_id="b",
                 published=THURSDAY)
    frame = extract([a, b])
    assert frame[E.event_id].nunique() == 1
    assert set(frame[E.date]) == {"2023-05-10"}


def test_an_undated_mention_does_not_join_an_older_event():
    a = _article("The city council has approved a new budget for the harbour district.", art_id="a")
    b = _article("The city council approved a new budget for the harbour district on May 2.", art_id="b")
    frame = extract([a, b])
    assert frame[E.event_id].nunique() == 2


def test_a_look_back_states_no_news():
    day = dt.date(2024, 3, 11)
    assert reports_news(day, [])
    assert reports_news(day, [parse_period("2023-03-11")])  # one date says little
    assert reports_news(day, [parse_period("2023-03-11"), parse_period("2024-03-08")])
    assert not reports_news(day, [parse_period("2023-03-11"), parse_period("2023")])
    text = ("The flood struck the valley on March 11, 2023. The river rose again in May 2023. "
            "The regional council has moved 500 families into new homes.")
    assert _records(text, published=day) == []
    assert _records(text, published=dt.date(2023, 5, 20)) != []


def test_the_lede_in_the_past_tense():
    text = ("Acme Corp. fired its chief executive after a long dispute with investors over the strategy.\n\n"
            "The board named the finance chief as interim leader of the group.")
    recs = _records(text)
    assert [r[E.quote] for r in recs] == [text.split("\n")[0]]
    assert "lede" in recs[0][E.note]
    assert _records(text.replace("fired its", "will fire its")) == []
    assert _records(text.replace("interim leader", "interim leader on Tuesday")) == []


def test_now_with_the_present_progressive_of_an_action():
    assert _undated("The ministry is now halting the sale of fresh milk from the region.") != []
    assert _undated("The ministry is now considering a ban on fresh milk.") == []  # weighing: not yet an act
    assert _undated("Prices are now rising across the region.") == []  # a trend
    text = ("The ministry is now halting the sale of fresh milk from the region. "
            "Inspectors found contaminated milk in the region on Wednesday.")
    assert [r[E.date] for r in extract_article(_article(text))] == ["2023-05-10"]


def test_a_running_total_is_not_one_event():
    assert _undated("The virus has killed more than 1,000 people in the province.") == []
    assert _undated("The storm has damaged thousands of homes along the coast.") == []
    assert _undated("The company has recalled 40,000 cars.") != []
    assert _undated("Shares of the company have risen 5% since the offer.") == []  # a market value
    assert _undated("Shares of the retailer have jumped 12 percent.") == []


def test_a_title_says_what_the_main_clause_did():
    text = "The regional government has declared a state of emergency after heavy rain flooded the valley."
    (title,) = [r[E.title] for r in _records(text)]
    assert "emergency" in title and "flood" not in title.lower()
    text = "The Senate has passed the spending bill, which funds the agencies until March."
    assert [r[E.quote] for r in _records(text)] == [text]


def test_a_dated_neighbour_naming_the_subject_states_the_news():
    text = ("An explosion has been reported at the chemical works north of the city. "
            "The explosion occurred on Wednesday.")
    assert [r[E.date] for r in extract_article(_article(text))] == ["2023-05-10"]
    other = "A fire has been reported at the chemical works north of the city. The explosion occurred on Wednesday."
    assert sorted(r[E.date] for r in extract_article(_article(other))) == ["2023-05-10", "2023-05-11"]


def test_a_publication_dated_record_is_not_folded_into_a_date_of_another_clause():
    text = "The minister has resigned after the scandal that broke this week."
    recs = extract_article(_article(text))
    assert sorted(r["anchor"] for r in recs) == sorted(["publication", UNDATED_ANCHOR])


def test_a_huge_run_without_stops_is_no_sentence():
    text = "The council has approved the plan and " * 3000 + "went home."
    assert _records(text) == []


def test_an_undated_report_and_its_result_are_quoted_apart():
    text = ("The regional government has declared a state of emergency, forcing the evacuation of 5,000 residents "
            "from the valley.")
    recs = _records(text)
    assert [r[E.quote] for r in recs] == ["The regional government has declared a state of emergency",
                                          "forcing the evacuation of 5,000 residents from the valley"]
    assert {r[E.date] for r in recs} == {THURSDAY.isoformat()}
    assert all(text[r[E.quote_start] : r[E.quote_end]] == r[E.quote] for r in recs)


@pytest.mark.parametrize("sentence", [
    # a pandemic: a vaccination programme's counter
    "More than 1.2 million residents have received a first dose at the county's clinics.",
    # an election: early voting and a helpline
    "Nearly 90,000 voters have applied for a mail-in ballot in the county.",
    "To date, more than 4,000 voters have called the hotline about polling places.",
    # business: a lender's relief programme and a bank's tally of money approved
    "The bank has approved more than $2.5 billion in emergency loans to small firms.",
    "The airline said customers were angry, and so far more than 30,000 passengers have been reimbursed.",
    # a war: aid to the displaced
    "More than 250,000 refugees have registered with the agency in the border towns.",
])
def test_a_tally_of_administrative_activity_is_not_an_event(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Nearly 3,000 troops have been deployed to the border region.",  # one collective action, with its size
    "More than 100 lawmakers have signed a letter urging the board to resign.",  # one letter
    "More than 20 countries have offered to send rescue teams.",
    "The regulator has approved the merger of the two largest lenders.",  # an approval, not a sum of approvals
])
def test_a_counted_collective_action_stays_an_event(sentence):
    assert _undated(sentence) == [sentence]


def test_a_perfect_whose_only_date_ends_a_period_is_dated_by_publication():
    text = "The governor has extended the state of emergency for the flooded counties through May 31."
    sents = [(s.start, s.end) for s in sentences(text)]
    i = text.index("May 31")
    assert len(undated_events(text, sents, [(i, i + 6)], lede=False)) == 1
    text = "The league has suspended all matches through Sunday, the federation said."
    i = text.index("Sunday")
    assert len(undated_events(text, [(0, len(text))], [(i, i + 6)], lede=False)) == 1
    text = "The union has called a strike on Friday."  # a date of its own: the dated mention states it
    i = text.index("Friday")
    assert undated_events(text, [(0, len(text))], [(i, i + 6)], lede=False) == []


@pytest.mark.parametrize("sentence, certain", [
    ("Police have claimed that the death toll could be in excess of 5,000.", "could be in excess of"),  # a disaster
    ("The retailer has warned that its losses may exceed its forecast.", "may exceed"),  # a business story
    ("The ministry has estimated that infections might top 20,000.", "might top"),  # a pandemic
])
def test_a_reported_possibility_is_kept_with_a_low_confidence_and_its_reason(sentence, certain):
    recs = _records(sentence)
    assert [r[E.quote] for r in recs] == [sentence]
    assert "hypothetical" in recs[0][E.note] and recs[0]["confidence"] < 0.2
    done = _records(sentence.replace(certain, "passed"))  # what was said happened: an event of the usual confidence
    assert len(done) == 1 and "hypothetical" not in done[0][E.note] and done[0]["confidence"] >= 0.35


@pytest.mark.parametrize("sentence", [
    "The number of confirmed infections is now nearing 10,000, the ministry said.",  # a pandemic
    "Signatures on the recall petition are now approaching 100,000.",  # an election
    "The official toll from the floods that hit on Monday is now nearing one thousand.",  # a disaster
])
def test_a_count_now_nearing_a_level_is_a_milestone(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Talks on the merger are now nearing completion.",  # no level: a process going on
    "Shares of the target are now approaching $50 apiece.",  # a market price
    "Prices are now nearing the levels of last winter.",  # a trend
])
def test_nearing_without_a_count_or_of_a_price_is_no_milestone(sentence):
    assert _undated(sentence) == []


def test_a_source_line_run_into_the_lede_is_not_in_its_title():
    text = ("Original URL: http://example.org/wiki/Toll_passes_10,000 The official toll from the floods that hit on "
            "Monday is now nearing 1,900, while officials say the final toll will be higher.")
    recs = _records(text)
    assert len(recs) == 1 and recs[0][E.title].startswith("Official toll")


@pytest.mark.parametrize("sentence", [
    "The agency has approved more than $594 million in grants to help families.",  # a disaster relief tally
    "The fund has raised over €2 million for the campaign.",  # an election
    "NEW YORK — Since the storm struck the city, the agency has approved 3,000 new grants.",  # a fronted 'since'
    "To date, 43,000 survivors have been assisted at the recovery centres.",  # 'to date'
    "So far the insurer has paid 12,000 claims to flooded homeowners.",  # 'so far'
])
def test_a_running_total_in_money_or_framed_up_to_now_is_not_one_event(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    "From the outset, the inquiry has been guided by the best forensic evidence available.",  # a court case
    "From the very beginning, the club has been run by volunteers from the town.",  # a sports club
    "LONDON — From the start, the vaccine rollout has been driven by the local health boards.",  # a pandemic
])
def test_a_perfect_framed_from_the_start_is_no_news(sentence):
    assert _undated(sentence) == []


def test_a_perfect_with_the_start_inside_its_clause_stays_news():
    """Near miss: 'the start' is not the opening frame of the sentence here."""
    assert _undated("The club has sacked its coach after a poor start to the season.") != []


def test_an_opening_absolute_phrase_is_not_the_lede():
    text = ("With one week left before the U.S. vote, both candidates are moving cautiously on the campaign trail in "
            "the wake of the storm known as Hector.\n\nThe two men spoke by phone.")
    assert _records(text) == []  # the main clause is a progressive: no lede in the past tense
    text = ("With the takeover battle over, the board of Acme Corp. fired its chief executive after a long dispute.\n\n"
            "The board named the finance chief as interim leader of the group.")
    (rec,) = _records(text)  # the main clause after it is the lede
    assert "fire" in rec[E.title].lower() and "lede" in rec[E.note]


def _continued(text: str, published=THURSDAY) -> list[tuple[str, str]]:
    return [(r[E.quote], r[E.date]) for r in extract_article(_article(text, published=published))
            if "sentence before" in r[E.note]]


def test_past_sentences_of_named_actors_going_on_from_a_dated_one_take_its_day():
    text = ("Today, the health minister traveled to the northern province to meet local officials. "  # a pandemic
            "Deputy Minister Ana Costa visited two field hospitals near the border. "
            "Chief Medical Officer Raj Patel toured the new vaccination centre.")
    assert _continued(text) == [("Deputy Minister Ana Costa visited two field hospitals near the border.", "2023-05-11"),
                                ("Chief Medical Officer Raj Patel toured the new vaccination centre.", "2023-05-11")]
    text = ("Acme Corp. rejected the bid on Wednesday. Chairman John Smith met the bidder's advisers in "
            "London.")  # a takeover fight: the day before the publication
    assert _continued(text) == [("Chairman John Smith met the bidder's advisers in London.", "2023-05-10")]


def test_a_named_actor_going_on_from_a_sentence_of_this_week_takes_the_week():
    text = ("Hospitals across the region ran short of oxygen this week. "  # a pandemic: the publication's week
            "Nurses protested and Health Minister Ana Costa promised new supplies.")
    assert _continued(text) == [("Nurses protested and Health Minister Ana Costa promised new supplies.", "2023-W19")]
    titles = [r[E.title] for r in extract_article(_article(text)) if "sentence before" in r[E.note]]
    assert titles == ["Health Minister Costa promises new supplies"]  # the name's clause is the event, not 'Nurses protested'
    text = ("Voters queued for hours at polling stations this week. "  # an election: an irregular past
            "Turnout rose and Electoral Commissioner Jane Doe met party agents in the capital.")
    assert [d for _, d in _continued(text)] == ["2023-W19"]
    text = ("Shareholders of Acme Corp. rejected the bid this week. "  # a takeover fight
            "Chairman John Smith resigned from the board.")
    assert _continued(text) == [("Chairman John Smith resigned from the board.", "2023-W19")]


@pytest.mark.parametrize("text", [
    "Shareholders of Acme Corp. rejected the bid last week. Chairman John Smith resigned.",  # not this week
    "Hospitals ran short of oxygen this week. Nurses protested and the minister promised supplies.",  # no name
    "Hospitals ran short of oxygen this week. Nurses protested and Health Minister Ana Costa's aides left.",  # no verb
    "Hospitals ran short of oxygen this week. Nurses protested and Health Minister Ana Costa will visit.",  # not past
])
def test_what_does_not_go_on_from_a_sentence_of_a_week(text):
    assert _continued(text) == []


@pytest.mark.parametrize("text, quote", [
    # a legislature named again by the subject of the next sentence
    ("The Assembly approved the budget on Wednesday. Instead the Assembly majority rejected the tax amendments.",
     "Instead the Assembly majority rejected the tax amendments."),
    # a sports league
    ("The League fined the club on Wednesday. The League also suspended its coach.",
     "The League also suspended its coach."),
])
def test_a_body_named_again_goes_on_from_the_dated_sentence_that_names_it(text, quote):
    assert _continued(text) == [(quote, "2023-05-10")]


@pytest.mark.parametrize("text, quote", [
    # weather: a storm named with 'the' in the dated sentence, resumed by 'The storm' with a running toll
    ("Flooding began Wednesday in towns hit by the storm known as Kit. The storm killed at least 12 people in the "
     "valley.", "The storm killed at least 12 people in the valley."),
    # industry: a fire named with 'a', resumed by 'The fire'
    ("A fire broke out at the paper mill on Wednesday. The fire destroyed two warehouses.",
     "The fire destroyed two warehouses."),
    # sport: the club named with 'the'
    ("Fans rushed the pitch after the club won the cup on Wednesday. The club fired its coach hours later.",
     "The club fired its coach hours later."),
])
def test_a_thing_named_again_by_a_definite_noun_goes_on_from_the_dated_sentence(text, quote):
    assert _continued(text) == [(quote, "2023-05-10")]


@pytest.mark.parametrize("text", [
    "A fire broke out at the paper mill on Wednesday. The factory shut two lines.",  # a noun not named before
    "The storm hit the coast on Wednesday. The storm surge flooded 12 homes.",  # not the one noun named before
    "Governor Jane Doe met the president on Wednesday. The president signed the bill.",  # an office, not a thing
    "A fire broke out at the paper mill on Wednesday.\nThe fire destroyed two warehouses.",  # a new paragraph
    "A fire broke out at the paper mill on Wednesday. The fire destroys two warehouses.",  # not past
    "A fire broke out at the paper mill on April 2. The fire destroyed two warehouses.",  # not recent
    "Flooding began Wednesday in the valley. Their storm killed 12 people.",  # not a definite noun
])
def test_a_definite_noun_not_named_in_the_dated_sentence_before_does_not_go_on(text):
    assert _continued(text) == []


@pytest.mark.parametrize("text", [
    "Acme Corp. rejected the bid on Wednesday. The Board met the bidder's advisers.",  # a body not named before
    "Governor Jane Doe signed the bill on Wednesday. The Governor made clear she would run again.",  # an office
    "The Assembly approved the budget on Wednesday.\nThe Assembly passed a bill.",  # a new paragraph ('also' may cross)
    "The Assembly approved the budget on Wednesday. The Assembly also passes a bill.",  # not past
])
def test_a_body_not_named_in_the_dated_sentence_before_does_not_go_on(text):
    assert _continued(text) == []


@pytest.mark.parametrize("text", [
    "Acme Corp. rejected the bid on Wednesday.\nChairman John Smith met the bidder's advisers.",  # new paragraph
    "Acme Corp. rejected the bid on Wednesday. The chairman met the bidder's advisers.",  # no name
    "Acme Corp. rejected the bid on Wednesday. Many a small shareholder met the bidder's advisers.",  # no name
    "Acme Corp. rejected the bid on Wednesday. The Chairman met the bidder's advisers.",  # a title, not a name
    "Acme Corp. rejected the bid on Wednesday. Chairman John Smith meets the bidder's advisers.",  # not past
    "Acme Corp. rejected the bid on April 2. Chairman John Smith met the bidder's advisers.",  # not recent
    "Voters will go to the polls on Friday. Governor Jane Doe urged them to vote early.",  # the day is a plan
])
def test_what_does_not_go_on_from_a_dated_sentence(text):
    assert _continued(text) == []


@pytest.mark.parametrize("text, expected", [
    # a perfect left to the dated sentence next to it that tells the same news titles that sentence's candidate
    ("Regulators say toxic mercury has been detected in the river near the chemical plant. The company said on "
     "Wednesday it believed some of the mercury came from an old storage tank.",
     "Toxic mercury detected in river near chemical plant"),
    ("A powerful storm has flattened much of the island's northern coast. The storm struck at 4:10 on Wednesday "
     "evening and was centered over the strait.", "Powerful storm flattens much of island's northern coast"),
])
def test_a_restated_perfect_titles_the_dated_sentence(text, expected):
    recs = extract_article(_article(text))
    assert [r[E.title] for r in recs if r["anchor"] != UNDATED_ANCHOR] == [expected]
    assert not [r for r in recs if r["anchor"] == UNDATED_ANCHOR]  # no candidate of its own


def test_a_perfect_of_reporting_does_not_title_the_dated_sentence():
    text = ("A fire has been reported at the city's main railway station. The fire broke out at 9:15 on Wednesday "
            "in a storage room near platform 4.")
    titles = [r[E.title] for r in extract_article(_article(text)) if r["anchor"] != UNDATED_ANCHOR]
    assert titles and not any("reported" in t for t in titles)


def test_restated_perfects_are_returned_only_when_asked():
    text = "A powerful storm has flattened the coast. The storm struck the coast on Wednesday evening."
    sents = [(s.start, s.end) for s in sentences(text)]
    i = text.index("Wednesday")
    recent = [(sents[1][0], sents[1][1])]
    assert undated_events(text, sents, [(i, i + 9)], recent=recent, lede=False) == []
    found = undated_events(text, sents, [(i, i + 9)], recent=recent, lede=False, restated=True)
    assert [(u.rule, u.restates) for u in found] == [("restated", sents[1])]


@pytest.mark.parametrize("text", [
    # a quotation over several sentences: the later ones are the speaker's words too (a takeover, a pandemic)
    "In a statement, Roe said, “Acme has the shareholders over a barrel. The board has been outmaneuvered.”",
    "The minister told reporters: “We are ready. Hospitals have received 2,000 extra beds. More will come.”",
])
def test_sentences_inside_an_earlier_opened_quotation_are_left_out(text):
    assert _undated(text) == []


def test_a_closed_quotation_does_not_hide_the_next_sentence():
    text = "“We are ready,” the minister said. The city council has approved a new budget for the hospitals."
    assert _undated(text) == ["The city council has approved a new budget for the hospitals."]


@pytest.mark.parametrize("sentence", [
    "Whereas the river has flooded the lower town of the city;",  # a council's resolution
    "Whereas the company has acquired a majority of the shares of the target; and",  # a board's resolution
])
def test_a_recital_of_a_resolution_is_no_undated_report(sentence):
    assert _undated(sentence) == []
    assert _undated(sentence.replace("Whereas the", "The").rstrip("; and") + ".") != []  # the same as a statement


@pytest.mark.parametrize("sentence", [
    # a count in words or a count of places reached, after a verb of tallying (retail, disaster, farming, banking, IT)
    "The charity has received more than two hundred donations.",
    "The wildfire has destroyed at least three hundred homes.",
    "The fungus has spread to more than 30 orchards in the valley.",
    "Counterfeit notes have been found in more than twenty branches.",
    "The malware has been detected in at least 40 company networks.",
    # a hedged count as the subject of a verb of tallying (banking, mountaineering, manufacturing)
    "More than thirty banks have reported losses on the bonds.",
    "At least twelve climbers have died on the mountain this season.",
    "Inspectors say more than 200 faulty units have been found in warehouses.",
    # a tally mark with a count in words (a disaster, a business)
    "So far, forty-two shelters have opened across the county.",
    "In all, about two hundred employees have accepted the buyout.",
])
def test_a_count_in_words_or_of_places_reached_is_a_running_total(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The death toll has risen to more than 1,000.",  # a toll reaching a level: news (not a verb of tallying)
    "The bank has extended the offer to more than 30 countries.",  # one extension
    "The company has taken over one of the largest lenders in the region.",  # 'over one of': no count
    "Three countries have reported their first cases of the disease.",  # an exact count: a milestone
    "The regulator has found serious faults in the bank's accounts.",
])
def test_a_count_that_is_the_news_stays_an_event(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    # a vague quantity as subject (law, an election, unrest, a strike, housing, trade)
    "Numerous lawsuits have been filed against the developer.",
    "Many voters have complained about the long lines at polling stations.",
    "Several shops have been looted in the old town.",
    "Some of the strikers have returned to work at the plant.",
    "A growing number of tenants have stopped paying rent.",
    "But most have been sold abroad.",
    "Tens of thousands have fled their homes in the border region.",  # a vague plural count (a war)
    "Hundreds of fans have queued outside the stadium since dawn.",  # a sports league
    "Thousands of patients have been turned away from overcrowded clinics.",  # a pandemic
    # wanted, checked or believed (a takeover, a crime)
    "But the chairman added he wants to make sure the buyer has paid all its debts.",
    "Police suspect the gang has fled abroad with the paintings.",
    # a detail added 'as well', 'too' (politics, manufacturing)
    "Protests have been held in the northern cities as well.",
    "Similar faults have been found in older models, too.",
])
def test_a_vague_wished_or_added_perfect_states_no_one_event(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The fire has destroyed homes across the valley.",  # a wildfire
    "The explosion at the refinery has damaged houses in the nearby village.",  # an industrial accident
    "The flood has submerged the main square of the old town.",  # a flood
])
def test_the_harm_a_happening_has_done_is_no_event_of_its_own(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The proposed stadium has drawn sharp criticism from residents.",  # a sports league
    "The vaccine plan has garnered broad support among doctors.",  # a pandemic
    "The court's ruling has attracted international attention.",  # a court case
])
def test_a_reception_gathered_so_far_is_no_event(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The senator has won the primary in her home state.",  # a win of a contest, not of a reception
    "The club has received a formal offer for its striker.",  # a thing received
])
def test_a_win_or_a_thing_received_stays_an_event(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The army has destroyed the last bridge over the river.",  # an actor's act
    "The storm has forced the league to postpone the final.",  # no verb of harm: a decision it caused
])
def test_an_actors_harm_or_a_happenings_other_perfect_stays_an_event(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Most shareholders have approved the merger.",  # 'most' before a noun: one vote of a body
    "All of the hostages have been freed.",
    "More than 4,000 residents have been evacuated from the valley.",  # a hedged count in digits, not vague
])
def test_a_quantity_of_a_body_acting_once_stays_an_event(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("speaker, writer", [
    ("I’m glad to be here at the annual congress of the farmers’ union – with the people who feed the nation.",
     "Acme Corp. fired its chief executive after a long dispute with investors over the strategy."),
    ("We signed the agreement with the union after long and difficult talks in the capital.",
     "Minister Ana Costa signed the agreement with the union after long and difficult talks in the capital."),
])
def test_a_lede_in_the_first_person_is_a_speech_not_the_news(speaker, writer):
    tail = "\n\nThe board named the finance chief as interim leader of the group."
    assert _records(speaker + tail) == []
    assert [r[E.quote] for r in _records(writer + tail)] == [writer]


@pytest.mark.parametrize("sentence", [
    "Reports have indicated that the factory is ready for inspection.",  # industry: evidence, not an act
    "Early polls have suggested that the mayor is ahead.",  # an election
    "The crisis has taught us that banks need more capital.",  # finance: a speaker's lesson ('us')
    "The drought has shown us how fragile the harvest is.",  # farming
])
def test_evidence_and_a_speakers_lesson_are_no_undated_events(sentence):
    assert _undated(sentence) == []


def test_a_letter_in_the_first_person_after_an_opening_phrase_is_no_lede():
    tail = "\n\nThe board named the finance chief as interim leader of the group."
    letter = "During the past several days, I have read with great interest your comments on the Acme Corp. merger."
    assert _records(letter + tail) == []
    news = "During the past several days, Acme Corp. has dismissed its chief executive and two directors."
    assert [r[E.quote] for r in _records(news + tail)] == [news]


@pytest.mark.parametrize("sentence", [
    "Acme has bought more than 9% of the company.",  # a takeover: a stake disclosed
    "The investor has acquired more than nine percent of the shares.",
    "The carmaker has cut about 3,700 jobs.",  # layoffs: one decision on many
    "The ministry has evacuated nearly 2,000 residents from the valley.",  # a disaster
])
def test_a_hedged_count_of_one_decision_or_a_share_stays_an_event(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("left, done", [
    ("About 2,000 passengers have been left stranded at the airport.",  # aviation
     "About 2,000 passengers have been evacuated from the airport."),
    ("Nearly 40,000 homes have been left without power after the storm.",  # a disaster
     "Nearly 40,000 homes have been reconnected after the storm."),
    ("Hundreds of former employees have been left jobless by the closure.",  # business
     "The company has dismissed its chief executive after the closure."),
])
def test_a_state_people_are_left_in_is_no_event(left, done):
    assert _undated(left) == []
    assert _undated(done) == [done]


@pytest.mark.parametrize("stance, act", [
    ("Union leaders have urged patience while talks with the owners go on.",  # labour
     "Union leaders have called a strike at the three plants."),
    ("The central bank has called for calm after the sell-off.",  # finance
     "The central bank has called an emergency meeting after the sell-off."),
])
def test_a_stance_urged_is_no_event(stance, act):
    assert _undated(stance) == []
    assert _undated(act) == [act]


@pytest.mark.parametrize("sentence", [
    "Health officials say 14 people are now confirmed to have been infected in the county.",  # an outbreak
    "The union says 1,200 job cuts are now confirmed at the two plants.",  # layoffs
    "Regulators say three more sales of the unit are now officially confirmed.",  # a takeover fight
])
def test_now_confirmed_is_taken(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The football club, at the centre of a long row with its fans, now says it will sell the old stadium to the city.",
    "The health ministry now says 40 patients died of the infection at the two hospitals.",  # an outbreak
    "Acme now says it will drop its bid for Brightline.",  # a takeover fight
])
def test_now_says_is_taken(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The club says it will sell the old stadium to the city.",  # no 'now': a plan, no changed position
    "Fans who now say the stadium should be sold held a march.",  # a relative clause
])
def test_says_without_now_or_in_a_relative_is_not_taken(sentence):
    assert _undated(sentence) == []


def test_a_new_figure_now_confirmed_is_not_left_to_a_dated_neighbour():
    new = ("The governor said on Wednesday that the people of the valley should stay calm. "
           "Officials say 14 people are now confirmed to have drowned in the valley.")
    assert [r[E.date] for r in _records(new)] == ["2023-05-11"]
    same = ("Rescuers found the bodies of 14 people in the flooded valley on Wednesday. "
            "Officials say 14 people are now confirmed to have drowned in the valley.")
    assert _records(same) == []  # the dated sentence gives the figure: it is its news


@pytest.mark.parametrize("sentence", [
    "In addition, faults of the same kind as the ones in the first model have been found by the inspectors.",
    "Shares of the same class as those sold last year have been bought back by the company.",
    "Ballots of such a design as the court banned have been withdrawn by the county.",
])
def test_a_comparison_with_as_does_not_make_the_perfect_subordinate(sentence):
    assert _undated(sentence) == [sentence]


def test_as_opening_a_clause_still_makes_its_perfect_subordinate():
    assert _undated("As the regulator has blocked the deal, the talks are over.") == []


@pytest.mark.parametrize("text", [
    "Just 40 days after the club's insolvency petition, a judge has approved the sale of its stadium.",  # a league
    "Two months after the hospital's merger, the regulator has approved a new board.",  # a hospital
])
def test_a_distance_from_an_undated_event_leaves_the_perfect_an_undated_report(text):
    recs = _records(text)
    assert len(recs) == 1 and recs[0][E.date] == THURSDAY.isoformat()


@pytest.mark.parametrize("lede", [
    "SPRINGFIELD, Ill. — The Harbour Council approved a new budget for the docks district after a long debate.",
    "(Springfield City Council: Springfield) -- The Harbour Council approved a new budget for the docks district.",
    "GENEVA (Wire) - The Premier Football League suspended two club owners over unpaid wages to their players.",
])
def test_a_lede_after_a_dateline_of_any_form(lede):
    tail = "\n\nThe vote followed a debate of several hours in the chamber."
    recs = _records(lede + tail)
    assert [r[E.quote] for r in recs] == [lede] and "lede" in recs[0][E.note]
    assert "Springfield" not in recs[0][E.title] and "GENEVA" not in recs[0][E.title]
    assert _records(lede.replace("approved", "will approve").replace("suspended", "will suspend") + tail) == []


def test_a_next_sentence_dated_long_before_is_background_not_the_ledes_date():
    lede = ("(State Hospital Board: Riverton) -- The Riverton Hospital Board released results from a two-year "
            "review of emergency wait times in the region.")
    background = "\n\nThe board launched the review in March 2021 at the request of the governor."
    assert [r[E.quote] for r in _records(lede + background)] == [lede]
    recent = "\n\nThe board launched the review on Tuesday at the request of the governor."
    assert _records(lede + recent) == []  # the next sentence dates the news: its dated mention states it


def test_an_article_looking_back_takes_only_a_datelined_lede():
    body = ("\n\nThe review began in March 2021 and ended in June 2021 after forty games. The league has approved "
            "new rules for video replays.")
    lede = "NEW YORK — The National Hockey League released the results of its review of officiating in the playoffs."
    recs = _records(lede + body)
    assert [r[E.quote] for r in recs] == [lede]  # the perfect of a look-back stays out
    assert _records(lede.replace("NEW YORK — ", "") + body) == []  # no dateline: a look-back, no lede


@pytest.mark.parametrize("dateline", [
    "Austin, Texas – ",  # a place in title case with its state after a comma, as releases print it
    "Santa Rosa, Calif. - ",
    "Washington, D.C. – ",
    "PORTLAND–- ",  # a doubled dash
])
def test_a_release_dateline_in_title_case_or_with_a_doubled_dash(dateline):
    """A page looking back takes only a datelined lede: a release's place in title case with its state (or a dash
    printed twice) is a dateline too, and the lede's clause starts after it."""
    body = ("\n\nThe review began in March 2021 and ended in June 2021 after forty games. The league has approved "
            "new rules for video replays.")
    lede = "The State Hockey League released the results of its review of officiating in the playoffs."
    recs = _records(dateline + lede + body)
    assert [r[E.quote] for r in recs] == [dateline + lede]
    assert "Austin" not in recs[0][E.title] and "Washington" not in recs[0][E.title]
    storm = ("Riverside, Ore. – The County Flood Board released a report on the damage of the spring floods.\n\n"
             "The floods began in April 2020 and lasted three weeks.")
    assert [r[E.quote] for r in _records(storm)] == [storm.split("\n")[0]]


@pytest.mark.parametrize("text", [
    # a name with an apposition between dashes, no comma and state: no dateline, so a look-back takes no lede
    "Coach Maria Lopez – the longest-serving coach of the State Hockey League – released a review of the playoffs.",
    # a comma then words in lower case: a name and a description, no place
    "Maria Lopez, a referee – not a coach – released a review of the playoffs of the State Hockey League.",
])
def test_a_name_before_a_dash_is_no_dateline(text):
    body = "\n\nThe review began in March 2021 and ended in June 2021 after forty games."
    assert _records(text + body) == []


@pytest.mark.parametrize("text, taken", [
    ("MADRID — Since the strike began, the Metro Workers Union has won the support of the city's teachers.", False),
    ("MADRID — After the vote was counted, the Royal Hospital Trust dismissed its chief executive and a director.",
     True),
])
def test_an_opening_adverbial_clause_is_not_the_ledes_verb(text, taken):
    recs = _records(text + "\n\nThe board named the finance chief as interim leader of the group.")
    assert bool(recs) == taken
    if taken:
        assert "dismiss" in recs[0][E.title].lower()


@pytest.mark.parametrize("lede", [
    "BOSTON – Councillor Maria Lopez is asking the transit authority for answers about delays on the harbour line.",
    "LYON — The Rhône Valley Football Club is suing its former coach over a breach of his contract.",
    "DENVER – Health Commissioner Tom Reyes is ordering an inspection of every nursing home in the county.",
])
def test_a_datelined_lede_in_the_present_progressive_of_a_named_actors_act(lede):
    tail = "\n\nThe request follows complaints from residents."
    recs = _records(lede + tail)
    assert [r[E.quote] for r in recs] == [lede] and "lede" in recs[0][E.note]


@pytest.mark.parametrize("lede", [
    # no dateline
    "Councillor Maria Lopez is asking the transit authority for answers about delays on the harbour line.",
    "BOSTON – Councillor Maria Lopez is moving cautiously after the delays on the harbour line.",  # no object
    "BOSTON – Councillor Maria Lopez is considering a complaint about delays on the harbour line.",  # weighing
    "BOSTON – The transit authority is asking riders for patience about delays on the harbour line.",  # no name
])
def test_a_progressive_lede_without_dateline_object_act_or_name_is_not_taken(lede):
    assert _records(lede + "\n\nThe request follows complaints from residents.") == []


@pytest.mark.parametrize("statement", [
    "\"The League Office has now received the appeals of both clubs against the fines. We thank the fans for their "
    "patience.\"\n\nPress Office",
    "“The City of Riverton has now signed the contract for the new water treatment plant. We look forward to the "
    "work.”\n\nContact: Press Office",
])
def test_a_release_opening_with_its_statement_in_quotation_marks_is_its_own_text(statement):
    recs = _records(statement)
    assert len(recs) == 1 and "has now" in recs[0][E.quote]


def test_an_attributed_opening_quotation_or_a_later_paragraph_stays_speech():
    said = ("“The League Office has now received the appeals of both clubs against the fines,” the chief said."
            "\n\nThe clubs were fined for crowd trouble.")
    assert _records(said) == []  # a speaker's words, reported
    assert _records(said.replace("the chief said", "the chief tweeted")) == []
    later = ("“In the wake of the ruling, hundreds of tenants in our district face an uncertain future.\n\n"
             "“The Riverton tenants have earned their homes through years of hard work and deserve better.”")
    assert _records(later) == []  # the second paragraph of a statement stays the speaker's words


@pytest.mark.parametrize("text, going_on", [
    # a sports club: the coach named in full, then by the surname
    ("Head coach Marta Silva unveiled the new squad on Thursday. Silva also promised a new youth academy, announcing "
     "a partnership with a local school.", "Silva also promised a new youth academy, announcing a partnership with a "
     "local school."),
    # a hospital
    ("Hospital director Omar Haddad opened the new cancer wing today. Haddad thanked the donors who funded it.",
     "Haddad thanked the donors who funded it."),
])
def test_a_person_named_in_full_then_by_the_surname_goes_on(text, going_on):
    assert _continued(text) == [(going_on, "2023-05-11")]


@pytest.mark.parametrize("text", [
    "The club unveiled the new squad on Thursday. Silva also promised a new youth academy.",  # never named in full
    "In Verona the wine fair opened on Thursday with a record crowd. Verona hosted a parade.",  # a place
])
def test_a_single_name_not_given_in_full_before_does_not_go_on(text):
    assert _continued(text) == []


@pytest.mark.parametrize("sentence, taken", [
    ("Mayor Ana Costa has told residents of the flooded district that the water is safe to drink.", True),  # a city
    ("Head coach Marta Silva has told her players that the club was sold to a new owner.", True),  # a sports club
    ("Officials have told residents of the flooded district that the water is safe to drink.", False),  # no name
    ("The hospital has told patients that their operations will go ahead.", False),  # no person named
])
def test_a_named_persons_perfect_of_telling_people_is_a_statement(sentence, taken):
    assert (_undated(sentence) == [sentence]) is taken


@pytest.mark.parametrize("sentence, taken", [
    ("Combined, more than 40 players have been suspended by the league this season.", False),  # sports: a tally
    ("Altogether, more than 300 patients have been moved to other hospitals.", False),  # a hospital: a tally
    ("As you know, the two banks have completed their merger through the courts.", False),  # finance: a reminder
    ("As we all know, the council has approved the new harbour plan.", False),  # a city council
    ("The board has combined the two divisions into one company.", True),  # a verb, not a tally mark
    ("As expected, the council has approved the new harbour plan.", True),  # no reminder of known background
])
def test_a_tally_mark_or_a_reminder_of_known_background_is_no_news(sentence, taken):
    assert (_undated(sentence) == [sentence]) is taken


def test_a_reminder_of_known_background_is_no_news_now():
    assert _undated("As you know, the two banks are now operating as one group with a single board.") == []
    assert _undated("The two banks are now merging their branch networks across the region.") != []


@pytest.mark.parametrize("sentence, taken", [
    ("The carmaker has recalled millions of vehicles to replace faulty airbags.", False),  # a total of many recalls
    ("The hospital group has cut thousands of nursing jobs to save costs.", False),  # health
    ("The league has fined dozens of clubs for late payments.", False),  # sports
    ("The carmaker has recalled nearly 40,000 vehicles to replace faulty airbags.", True),  # one recall's size
])
def test_a_count_in_vague_plurals_is_a_total_even_after_a_verb_of_one_decision(sentence, taken):
    assert (_undated(sentence) == [sentence]) is taken


@pytest.mark.parametrize("sentence, taken", [
    ("Fans across the region have watched ticket prices climb higher every season.", False),  # sports: seen
    ("Nurses have witnessed the waiting lists grow at every hospital in the county.", False),  # health: seen
    ("The long strike has resulted in the closure of two branch libraries.", False),  # a city: a consequence
    ("The club has watched its rival sign three players.", False),
    ("The club has signed three players from its rival.", True),
])
def test_a_perfect_of_seeing_or_of_a_consequence_is_no_act(sentence, taken):
    assert (_undated(sentence) == [sentence]) is taken


@pytest.mark.parametrize("letter", [
    "Dear Parents:\nI am writing to inform you that the board of the Riverton School District has approved the merger "
    "of our two middle schools.",
    "Dear Commissioner Hale:\nWe are writing to you to ask that the league review the fines imposed on our club after "
    "the cup final.",
])
def test_a_letters_opening_is_the_letter_sent_on_its_day(letter):
    recs = _records(letter + "\n\nSincerely,\nJane Roe")
    assert len(recs) == 1 and "writing" in recs[0][E.quote] and "letter" in recs[0][E.note]


@pytest.mark.parametrize("text", [
    "I am writing this column from a hotel room in Riverton after a long week of budget talks.",  # no letter's verb
    "The Riverton School District released the text of the letter. I am writing to inform you that the board has "
    "met.",  # the letter is not the text's opening: the release reports it
])
def test_writing_that_is_no_letters_opening_is_not_taken(text):
    assert [r for r in _records(text) if "letter" in r[E.note]] == []


@pytest.mark.parametrize("sentence, taken", [
    ("Other clubs have fined their players for the brawl.", False),  # sports: unnamed others, many acts
    ("Yet other hospitals, especially in the north, have cancelled routine operations.", False),  # health, an aside
    ("The other candidate has conceded the race to the mayor.", True),  # one named side of a contest
    ("Acme Bank, the largest lender in the region, has fired its chief executive.", True),  # an aside after a name
])
def test_unnamed_others_as_subject_state_no_one_event(sentence, taken):
    assert (_undated(sentence) == [sentence]) is taken


@pytest.mark.parametrize("sentence", [
    # an embedded question: its perfect is not the main clause's
    "The league welcomes the chance to report to the panel on how the club has repaid its debts.",
    "The hearing was called to learn why the ministry has delayed the vaccine orders.",
    # a frame from the start up to now: a state or a habit, no one act
    "From the beginning, this campaign has been driven by volunteers in every county.",
    "The ministry has backed the vaccine plan all along.",
    "From day one, the club has been run by its supporters.",
    # weighing options up to now: deliberation, no one act
    "The board has explored a sale of the bottling unit.",  # a takeover fight
    "Health ministers have considered several ways to speed up the vaccine rollout.",  # a pandemic
])
def test_perfects_of_embedded_questions_and_of_all_along_are_left_out(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The league has fined the club for repaying its debts late.",  # near miss: no embedded question
    "The ministry has approved the vaccine plan after a long review.",  # near miss: no frame up to now
    "The board has agreed to a sale of the bottling unit.",  # near miss: a decision, not weighing it
    "The league has considered the appeal and rejected it.",  # near miss: a decision after the weighing
])
def test_perfects_near_embedded_questions_and_frames_are_taken(sentence):
    assert _undated(sentence) == [sentence]
@pytest.mark.parametrize("text, quote", [
    # a legislature: across a quotation's paragraph
    ("The Assembly approved the budget on Wednesday.\n\n“This is a good day for our schools,” the speaker said.\n\n"
     "The Assembly also passed a bill to fund school meals.", "The Assembly also passed a bill to fund school meals."),
    # a sports league: across an undated sentence
    ("The League fined the club on Wednesday. The fine is the largest in its history. The League also suspended "
     "its coach for three games.", "The League also suspended its coach for three games."),
])
def test_a_body_that_also_acted_goes_on_from_the_last_dated_sentence_naming_it(text, quote):
    assert _continued(text) == [(quote, "2023-05-10")]


@pytest.mark.parametrize("text", [
    # no 'also': a new paragraph is no going on
    "The Assembly approved the budget on Wednesday.\n\n“A good day,” the speaker said.\n\nThe Assembly passed a bill.",
    # the last dated sentence names another body
    "The Assembly approved the budget on Wednesday.\n\nThe Senate rejected it on Wednesday.\n\n"
    "The Assembly also passed a bill.",
])
def test_a_body_that_also_acted_takes_no_day_the_text_does_not_give_it(text):
    assert [q for q, _ in _continued(text) if "Assembly" in q] == []


@pytest.mark.parametrize("text, word", [
    # a pandemic: the ministry's stance, then the minister's act
    ("Amid a surge in cases, the health ministry says hospitals must stock more oxygen and must do so now. "
     "Health Minister Ana Costa ordered regional clinics to report their reserves.", "Costa"),
    # a sports league: the league's stance, then the commissioner's act
    ("A week before the draft, the league says clubs must disclose their debts and must do so in full. "
     "Commissioner John Roe fined two clubs for late filings.", "Roe"),
])
def test_a_standfirst_that_says_leaves_the_lede_to_the_next_sentence(text, word):
    (rec,) = _records(text)
    assert word in rec[E.quote] and "lede" in rec[E.note]


def test_a_standfirst_that_says_is_no_lede_itself():
    text = ("Amid a surge in cases, the health ministry says hospitals must stock more oxygen and must do so now. "
            "Clinics are short of supplies in three regions.")
    assert _records(text) == []


@pytest.mark.parametrize("sentence", [
    # a court case and a pandemic: a report of background up to now
    "The state auditor has reported that the county has already missed half of its repair deadlines.",
    "Researchers have found that the virus had long circulated in the region before the outbreak.",
])
def test_a_report_of_background_is_no_news(sentence):
    assert _undated(sentence) == []


def test_a_report_of_news_stays():
    assert _undated("The state auditor has reported that the county missed its repair deadline.") != []


@pytest.mark.parametrize("text", [
    # a legislature: a perfect restating, two paragraphs on, the bill the Assembly passed on Wednesday
    "On Wednesday the Assembly passed a Budget Bill (BB) for the harbour district.\n\nThe mayor welcomed the vote. "
    "The Assembly has responded with a BB that funds every school.",
    # a sports league
    "On Wednesday the League approved a Fair Play Rule (FPR) for all clubs.\n\nOwners criticised the timing. "
    "The League has answered with a FPR that caps transfer fees.",
])
def test_a_perfect_restating_a_dated_sentence_further_back_is_no_new_event(text):
    assert [r for r in _records(text) if "has" in r[E.quote]] == []


def test_a_perfect_of_the_same_body_on_something_else_stays():
    text = ("On Wednesday the Assembly passed a Budget Bill (BB) for the harbour district.\n\nThe mayor welcomed the "
            "vote. The Assembly has opened an inquiry into the port authority.")
    assert [r for r in _records(text) if "has opened" in r[E.quote]] != []


@pytest.mark.parametrize("text, title", [
    ("Statement on the final\n\nTURIN -- The following is a statement from Club President Ann Roe on the cup final.\n\n"
     "\"We are proud of every player. The fans were wonderful.\"\n", "Club President Ann Roe issues statement on cup final"),
    ("GENEVA - The following is a statement by the Director of the Institute on the vaccine trial.\n\n"
     "\"The results are encouraging and we thank the volunteers.\"\n",
     "Director of the Institute issues statement on vaccine trial"),
])
def test_a_release_introducing_its_statement_is_the_days_news(text, title):
    """'The following is a statement from X on Y': the release of the statement, dated by the publication."""
    recs = [r for r in _records(text) if "statement" in r[E.title]]
    assert [r[E.title] for r in recs] == [title]
    assert recs[0][E.date] == THURSDAY.isoformat()


def test_a_named_speaker_issuing_the_following_statement_is_the_days_news():
    text = ("Senator Ann Roe (D-XX) issued the following statement on the court's ruling on water rights:\n\n"
            "\"This ruling protects every farmer in the valley.\"\n")
    recs = _records(text)
    assert len(recs) == 1 and recs[0][E.quote].startswith("Senator Ann Roe") and "Ann Roe" in recs[0][E.title]


@pytest.mark.parametrize("label", ["(D-HI)", "(I-Vt.)", "(WI-03)", "(R-MI), a member of the Rivers Caucus,"])
def test_a_party_and_state_label_is_no_first_person(label):
    """A member's release writes the party and state after the name ('(D-HI)', '(I-Vt.)', '(WI-03)'): its letter I is no
    speaker's *I*, and the release still introduces the statement it quotes."""
    text = (f"Senator Ann Roe {label} released the following statement on the court's ruling on water rights:\n\n"
            "\"This ruling protects every farmer in the valley.\"\n")
    recs = _records(text)
    assert len(recs) == 1 and recs[0][E.quote].startswith("Senator Ann Roe") and "Ann Roe" in recs[0][E.title]


@pytest.mark.parametrize("text", [
    "Back home, I released the following statement on the court's ruling on water rights:\n\n\"A good day.\"\n",
    "As chairs, we released the following statement on the court's ruling on water rights:\n\n\"A good day.\"\n",
])
def test_a_first_person_after_an_opening_phrase_is_still_a_speech(text):
    """Near miss: *I* or *we* as a word of its own before the verb stays the first person (a speech)."""
    assert _records(text) == []


@pytest.mark.parametrize("text", [
    # made after another event: the vote is the news, dated with the release's own mentions
    "Senator Ann Roe issued the following statement after the Senate passed the farm bill:\n\n\"A good day.\"\n",
    # the first person: a speech telling its own statement
    "I issued the following statement on the ruling last month, and I stand by it today in this chamber.\n",
    # no publication date: nothing to date it by
])
def test_a_statement_made_after_another_event_or_in_the_first_person_is_not_the_news(text):
    assert not [r for r in _records(text) if "statement" in r[E.quote][:120] and r[E.title].endswith("statement")
                or "issues statement" in r[E.title]]


def test_a_statement_introduction_without_a_publication_date_dates_nothing():
    text = "The following is a statement from Mayor Ann Roe on the flood.\n\n\"We will rebuild.\"\n"
    assert _records(text, published=None) == []


@pytest.mark.parametrize("text", [
    "Club news\n\nTURIN, May 11, 2023 – Juventus Torino fired its coach after the heavy defeat in the derby.\n\n"
    "The board met for three hours.\n",
    "Lab news\n\nGeneva (May 11, 2023) – The Ansel Institute retracted two papers on the new vaccine trial.\n\n"
    "The board met for three hours.\n",
])
def test_a_lede_whose_dateline_carries_the_date_is_the_days_news(text):
    """The date of a dateline ('TURIN, May 11, 2023 –', 'Geneva (May 11, 2023) –') is the publication's: the lede
    after it is still the news of the day, as after a dateline without a date."""
    recs = _records(text)
    assert len(recs) == 1 and recs[0][E.date] == THURSDAY.isoformat()
    # the dateline holding the full date is cut off the story like an agency's (published.agency_dateline)
    assert recs[0][E.quote].startswith(("Juventus", "The Ansel"))


@pytest.mark.parametrize("text", [
    # the lede's own date after the dateline dates it: no undated record
    "Club news\n\nTURIN, May 11, 2023 – Juventus Torino fired its coach on Tuesday after the heavy defeat.\n\n"
    "The board met for three hours.\n",
    # a name with a bracketed party is no dateline: its date is the news's
    "Senator Ann Roe (D-XX) – who chairs the panel – on May 9 opened an inquiry into the Ansel Institute.\n",
])
def test_a_date_of_the_news_after_or_outside_a_dateline_still_dates_it(text):
    assert _records(text) == []


@pytest.mark.parametrize("text", [
    # the words the perfect shares with the dated sentence lie in that sentence's background clause ('where …'),
    # not in what its date dates: two pieces of news, the perfect is a candidate of its own
    ("Engineers have started building a second launch pad as crews race to repair the damaged tower. The agency "
     "chief toured the launch site on Wednesday, where the damaged tower still stands."),
    ("Workers have begun clearing snow from the stadium pitch as fans wait outside the gates. The club's owner "
     "visited the stadium on Wednesday, where the frozen pitch was covered."),
])
def test_a_perfect_sharing_only_background_words_is_news_of_its_own(text):
    recs = extract_article(_article(text))
    assert len([r for r in recs if r["anchor"] == UNDATED_ANCHOR]) == 1
    dated = [r for r in recs if r["anchor"] != UNDATED_ANCHOR]
    assert dated and not any("same news" in r[E.note] for r in dated)


def test_a_perfect_restating_the_main_clause_still_titles_it():  # near miss: background after the shared words
    text = "A powerful storm has flattened the coast. The storm struck the coast on Wednesday evening, where many live."
    recs = extract_article(_article(text))
    assert not [r for r in recs if r["anchor"] == UNDATED_ANCHOR]
    assert any(r[E.title] == "Powerful storm flattens coast" for r in recs)
@pytest.mark.parametrize("sentence", [
    # a court story: 'suspect' is the subject's noun, not a verb of suspecting
    "The surviving suspect in the bank robbery has pleaded not guilty to six counts.",
    # sport: a doping case
    "The main suspect in the doping inquiry has been suspended by the national federation.",
    # business: 'fears' and 'hopes' as nouns of the subject
    "Fears of a strike at the port have prompted the company to reroute its ships.",
])
def test_a_noun_spelled_like_a_verb_of_belief_does_not_block_the_perfect(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Investigators suspect the driver has fled the country.",  # the verb: what is suspected is no news
    "Analysts fear the bank has lost its biggest client.",
])
def test_a_verb_of_belief_still_governs_the_perfect(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    # a court story: the date names the attack, the perfect is the day's news
    "The surviving suspect has pleaded not guilty to six counts in connection with the May 3 raid on the bank.",
    # sport: a possessive date names the match
    "The league has fined the club for crowd trouble at last Saturday's match against the champions.",
])
def test_a_date_that_names_a_thing_does_not_date_the_perfect(sentence):
    recs = _records(sentence)
    assert [r[E.date] for r in recs] == [THURSDAY.isoformat()]


@pytest.mark.parametrize("sentence", [
    "The court has ruled on May 3 against the union.",  # a date of the verb, no noun after it
    "The board has this week approved the merger.",  # no determiner before the date: it dates the verb
])
def test_a_date_of_the_perfects_own_clause_still_wins(sentence):
    assert _records(sentence) == []


@pytest.mark.parametrize("text, quote", [
    # sport: a coach's second act of the day, told with a pronoun
    ("Coach Ana Silva named a new captain on Wednesday. She also dropped two veterans from the squad.",
     "She also dropped two veterans from the squad."),
    # business: a new paragraph, as wire stories write one sentence each
    ("Late Wednesday, the chief executive Tom Reyes appointed a new finance director.\n\n"
     "He also named the head of sales as his deputy.", "He also named the head of sales as his deputy."),
])
def test_a_pronoun_that_also_acted_goes_on_from_the_dated_sentence_right_before(text, quote):
    assert _continued(text) == [(quote, "2023-05-10")]


@pytest.mark.parametrize("text", [
    # an undated sentence between: the pronoun may name someone else
    "Coach Ana Silva named a new captain on Wednesday. The fans cheered. She also dropped two veterans.",
    # no 'also': no second act told
    "Coach Ana Silva named a new captain on Wednesday. She dropped two veterans from the squad.",
    # more of one statement, no second act
    "Minister Jane Roe visited the flooded towns on Wednesday. She also stressed that aid would come quickly.",
])
def test_a_pronoun_without_a_second_act_right_after_a_dated_one_does_not_go_on(text):
    assert [q for q, _ in _continued(text) if q.startswith(("She", "He"))] == []


@pytest.mark.parametrize("text", [
    "COACH ROE: We played well.\nQUESTION: Coach, the league has fined your club twice. Will you appeal?",
    "MINISTER: The wards are open.\nQ    Doctor, the hospital has asked for more beds. Will you fund them?",
    "DR. ROE: The probe is on course.\nQ: The agency has delayed the launch twice. Is it safe?",  # science
])
def test_a_present_perfect_in_a_questioners_turn_is_no_news(text):
    assert _undated(text) == []


@pytest.mark.parametrize("text, kept", [
    ("Q Street has been closed to traffic after a water main burst.",  # a street's name, no questioner
     "Q Street has been closed to traffic after a water main burst."),
    ("COACH ROE: The club has signed a new goalkeeper.",  # the answer's turn tells news
     "COACH ROE: The club has signed a new goalkeeper."),
])
def test_a_present_perfect_outside_a_questioners_turn_stays(text, kept):
    assert _undated(text) == [kept]


@pytest.mark.parametrize("sentence", [
    "Of 160 complaints received in the region, nine have been upheld.",  # a regulator
    "Of the 40 patients admitted after the fire, 31 have been discharged.",  # a hospital
    "Of 12 appeals lodged by the club this season, three have been upheld.",  # sport
    "Of the 300 samples collected from the lake, 45 have tested positive for the parasite.",  # science
])
def test_a_share_of_a_counted_whole_is_a_running_count(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Of all the bidders, the city has chosen a local builder for the bridge.",  # no count of a whole
    "Officials of 12 nations have signed the climate accord.",  # 'of' after a noun, not a share
])
def test_a_perfect_without_a_share_of_a_count_stays(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("lede", [
    "Former coach Jane Roe was the manager of the Harbour United club for around 30 years.",  # sport: a role held
    "As prices climb in the capital, Springfield, there were some signs of relief at the market stalls, as traders "
    "cut their fees.",  # business: the 'as' clause's act goes with its state
    "GENEVA -- The Alpine Observatory team is deeply grateful to all those who have helped find the lost probe.",
])
def test_a_lede_that_states_a_state_is_no_news(lede):
    tail = "\n\nThe season ended with a match in the new stadium."
    assert _records(lede + tail) == []


@pytest.mark.parametrize("lede", [
    "The Harbour Council was forced to close the public pool after an inspection found cracks.",  # a passive act
    "The Alpine Observatory, which is run by three universities, launched a new probe to the outer moons.",
    "Storm damage closed Highway 9, the main road that runs along the coast of the Springfield district.",
])
def test_a_lede_with_a_copula_or_relative_clause_beside_its_act_stays_news(lede):
    tail = "\n\nThe season ended with a match in the new stadium."
    recs = _records(lede + tail)
    assert len(recs) == 1 and lede.startswith(recs[0][E.quote]) and "lede" in recs[0][E.note]


@pytest.mark.parametrize("text", [
    # science: the page cut the line after an adverb
    "Early findings reported by the Flight Review Team today included a section of a door, a fuel tank and gear tied "
    "to the X-band radio. The X-band radio debris was wrongly \n\nEngineers were pleased.",
    # nature survey: cut after an adverb
    "Samples reported by the Lake Survey Team today included a perch, a pike and shells from the Blue-water reef. "
    "The Blue-water reef samples were mostly \n\nThe work goes on.",
])
def test_a_sentence_cut_off_before_its_end_goes_on_from_nothing(text):
    assert _continued(text) == []


def test_a_sentence_without_a_stop_that_ends_in_a_name_still_goes_on():
    text = ("Acme Corp. rejected the bid on Wednesday. Chairman John Smith met the bidder's advisers in London\n\n"
            "The shares rose.")  # business: the stop is missing, the sentence is whole
    assert _continued(text) == [("Chairman John Smith met the bidder's advisers in London", "2023-05-10")]


@pytest.mark.parametrize("text, said", [
    # sport: a club's statement in its own words
    ("Thank you all for coming.\n\nWe have appointed Maria Lopez as head coach of the first team for the next three "
     "seasons.\n\nShe joins from the youth academy.", "We have appointed Maria Lopez"),
    # science: an inspector's report
    ("Summary\n\nWe are launching this audit so that the water board can act on delays in its testing of river samples."
     "\n\nThe delays began in the spring.", "We are launching this audit"),
    # courts and law: a member's remarks
    ("Mr. President, thank you.\n\nI am introducing a bill that gives every tenant a right to a lawyer in eviction "
     "court.\n\nToo many families lose their homes without one.", "I am introducing a bill"),
])
def test_the_opening_act_of_a_page_in_its_speakers_own_words(text, said):
    """Remarks, a statement or a report in its author's own words with no lede: its first-person perfect or
    progressive of a one-time act in one of its first sentences is the act of its day."""
    recs = _records(text)
    assert [r[E.quote] for r in recs if r[E.quote].startswith(said)] and recs[0][E.date] == THURSDAY.isoformat()


@pytest.mark.parametrize("sentence", [
    "I am pleased to be here with the players and their families on this great day for the club.",  # a feeling
    "We have been working with the league on the new rules for the coming season.",  # a state
    "I repeat, we have never taken money from the sponsor of the tournament this year.",  # the speech itself
    "We are marshaling every resource of the agency to restore power to the valley.",  # what goes on
    "“We have signed the striker from the city club for three seasons,” the coach said.",  # a quotation
    "I want to look at the report of the flood inspectors before I comment on it.",  # an intention
    "Did we have the results of the river samples before the vote of the council?",  # a question
])
def test_no_speakers_act_of_a_feeling_a_state_speech_going_on_or_quoted_words(sentence):
    assert _records("Thank you.\n\n" + sentence + "\n\nThe meeting went on for an hour.") == []


def test_a_speakers_act_after_the_opening_sentences_or_with_a_date_is_not_the_pages_act():
    opening = ("The club met the supporters' trust for two hours in the main hall of the stadium. The trust asked "
               "about the price of season tickets for the coming season. The board answered every question of the "
               "trust in turn. The trust thanked the board for its time and its answers.\n\n")
    late = "We have long believed that Maria Lopez would be a fine head coach of the first team."
    assert not any(r[E.quote] == late for r in _records(opening + late))
    dated = "We have appointed Maria Lopez on Tuesday as head coach of the first team for three seasons."
    assert [r["anchor"] for r in extract_article(_article(dated)) if r[E.quote] == dated] == ["publication"]


@pytest.mark.parametrize("text", [
    "Rescue crews have cleared 400 roads as of May 9.",
    "As of Tuesday, crews have repaired 31 bridges in the county.",
    "The mayor said that since the bridge closed, the ferry has carried 90,000 passengers.",
    "During the past year the orchestra has lost three of its soloists.",
    "During the last two weeks the museum has opened two new galleries.",
])
def test_a_figure_counted_as_of_or_from_a_point_is_no_event_of_the_day(text):
    # states20: a perfect counted up to an 'as of' date, from a 'since' clause of the reported clause, or over a
    # fronted span up to now is a running figure, not an act of the publication day
    assert _records(text) == []


@pytest.mark.parametrize("text", [
    "As of May 9, the agency has confirmed 12 cases of measles in the county.",  # the agency's report is news
    "The ferry has carried its first passengers across the bay.",
    "The orchestra has lost three of its soloists to a rival ensemble.",
    "The museum has opened two new galleries.",
])
def test_a_perfect_without_such_a_count_point_stays_the_news(text):
    assert len(_records(text)) == 1


@pytest.mark.parametrize("text", [
    "The fever has been linked to the water supply of the camp.",
    "The losses have been tied to the merger with the rival carrier.",
])
def test_a_relation_known_as_of_now_is_no_event(text):
    # states20: a passive perfect relating a thing to another states what is known, no act
    assert _records(text) == []


@pytest.mark.parametrize("text", [
    "The engineers have linked the two tunnels under the river.",
    "The town has been connected to the regional power grid.",
    "The regional health office has opened a new clinic in the valley.",
])
def test_an_act_of_linking_or_connecting_stays_the_news(text):
    assert len(_records(text)) == 1


def test_goes_on_only_tells_trends_and_states_from_acts():
    from timeline.lede import goes_on_only
    assert goes_on_only("rise") and goes_on_only("face") and goes_on_only("remain")
    assert not goes_on_only("recall") and not goes_on_only("investigate") and not goes_on_only("mark")


def test_lede_clause_start_skips_dateline_and_opening_clause():
    from timeline.lede import lede_clause_start
    text = "PARIS — As the crews move south, the depot repairs near completion."
    start = lede_clause_start(text, (0, len(text)))
    assert text[start:].startswith("the depot repairs")
    first = "We are grateful to the crews who repaired the depot on time."
    assert lede_clause_start(first, (0, len(first))) is None


# ------------------------------------------------------------------ a release's own lede (round 21)

@pytest.mark.parametrize("dateline", [
    "WASHINGTON, D.C.—",  # a dash glued to the lede, as press offices print it
    "Austin, Texas–",
    "RIVERTON —",
])
def test_a_dateline_glued_to_its_lede_by_a_dash(dateline):
    body = ("\n\nThe review began in March 2021 and ended in June 2021 after forty games. The league has approved "
            "new rules for video replays.")
    lede = "The State Hockey League released the results of its review of officiating in the playoffs."
    recs = _records(dateline + lede + body)
    assert [r[E.quote] for r in recs] == [dateline + lede]
    assert not {"Washington", "Austin", "Riverton", "WASHINGTON"} & set(recs[0][E.title].split())


def test_a_name_glued_to_a_dash_is_no_dateline():
    body = "\n\nThe review began in March 2021 and ended in June 2021 after forty games."
    text = "Coach Maria Lopez—the longest-serving coach of the league—released a review of the playoffs."
    assert _records(text + body) == []


@pytest.mark.parametrize("title", ["the Clean Harbours Act of 2023", "the Harbour Dredging Appropriations Act, 2023"])
def test_a_year_ending_a_title_does_not_date_the_lede(title):
    lede = f"RIVERTON — Senator Jane Roe introduced {title} to fund the dredging of the port."
    tail = "\n\nThe port has lost two shipping lines to its deeper rivals."
    recs = _records(lede + tail)
    assert [r[E.quote] for r in recs][:1] == [lede] and recs[0][E.date] == THURSDAY.isoformat()


@pytest.mark.parametrize("text", [
    "RIVERTON — Senator Jane Roe introduced a bill in March of 2023 to fund the dredging of the port.",
    "RIVERTON — Senator Jane Roe introduced a bill in the spring of 2023 to fund the dredging of the port.",
])
def test_a_year_of_a_month_or_a_season_still_dates_the_lede(text):
    assert not [r for r in _records(text + "\n\nThe port has lost two shipping lines.") if "lede" in r[E.note]]


# round 23 (precision23): a present perfect that judges an outcome or a conduct is no undated event
@pytest.mark.parametrize("sentence", [
    "Years of patient work by the volunteers have finally paid off for the town.",  # pay off
    "The new ferry service has helped bring tourists back to the island.",  # help
    "The regional water board has failed the people of the valley.",  # fail
    "The lifeboat crew has earned its reputation over many winter storms.",  # earn
    "The coach has faced criticism for his handling of the squad.",  # face
    "The council and the harbour police have responded very well.",  # a manner judged
    "The long drought has shown how scarce water is in the southern valleys.",  # a lesson drawn
])
def test_a_present_perfect_judging_an_outcome_is_no_undated_event(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The club has paid $5 million to the city for the stadium land.",  # pay: an act
    "The ministry has responded to the farmers' letter with a new grant.",  # respond: an act
    "The council has approved a new budget for the harbour district.",
    "Three more patients at the clinic have shown signs of the fever.",  # show: a thing shown, reported
    "The shipping line has revealed that two of its vessels were hacked.",  # reveal: a disclosure, no lesson
])
def test_a_present_perfect_of_an_act_near_a_judging_verb_is_taken(sentence):
    assert _undated(sentence) == [sentence]


# a speaker's own act told in the present (round 24, rule 'speaker')

@pytest.mark.parametrize("sentence", [
    "After a long review, the Republic of Norland is formally blaming the outage on a rival state.",
    "The Harbour Patrol Office is requesting two more rescue boats from the northern base.",
    "The HPO is warning residents of the lower valley to leave their homes before the tide.",
    "We're sending two survey ships from the northern bay to the eastern strait.",
    "The Regional Office of Roads hereby declares that an emergency exists in the valley.",
])
def test_a_speakers_own_act_in_the_present_is_taken(sentence):
    sents = [(s.start, s.end) for s in sentences(sentence)]
    assert [(u.rule, sentence[u.start : u.end]) for u in undated_events(sentence, sents, [], lede=False)] == [
        ("speaker", sentence)]


@pytest.mark.parametrize("sentence", [
    "We are asking for patience from the residents of the valley.",  # no object
    "Officials are sending more trucks of sand to the valley.",  # no one named
    "Norland is directing the search in the southern sea, the spokesman said.",  # one capitalised word
    "What we are requesting is a fair hearing for the town and its people.",  # not the main clause
    "The Harbour Patrol Office is also sending two boats to the strait.",  # a detail added
    "“We are sending two ships to the strait,” the spokesman told the crowd.",  # a quotation
    "„We have sent two ships to the strait,“ the spokesman told the crowd.",  # German quotation marks
    "The Harbour Patrol Office is sending two boats every week to the island.",  # a habit
    "Councillor Ana Costa is asking the ferry board for answers about the delays.",  # a person, no body
    "Later in the day I have felt that the harbour board must review its rules.",  # a perfect of a feeling
    "Sorry for being a little late this morning, and thanks for waiting.",  # an apology
    "I'd like to talk to you today about the harbour and its ferries.",  # talk about the talk
    "We are considering whether the ferries should sail on the longer route.",  # deliberation, no decision
    "If the Harbour Patrol Office is sending boats, the ferries will wait.",  # a condition
])
def test_talk_habits_and_others_acts_are_no_speakers_act(sentence):
    sents = [(s.start, s.end) for s in sentences(sentence)]
    assert [u.rule for u in undated_events(sentence, sents, [], lede=False)] == []


def test_a_speakers_act_with_a_date_of_its_own_is_left_to_its_dated_mention():
    sentence = "We sent two ships to the strait on Monday and we are sending a third one tomorrow."
    d = sentence.index("Monday")
    sents = [(s.start, s.end) for s in sentences(sentence)]
    assert undated_events(sentence, sents, [(d, d + 6)], lede=False) == []


def test_a_speakers_act_is_dated_by_the_publication_day_with_its_rule_in_the_note():
    text = ("Remarks by the Harbour Master\n\n"
            "Good morning. After a long review, the Republic of Norland is formally blaming the outage on a rival "
            "state. We do not make this claim lightly.\n")
    recs = _records(text)
    assert [(r["date"], "formally blaming" in r["quote"]) for r in recs] == [("2023-05-11", True)]
    assert "a speaker's own act told in the present" in recs[0]["note"]


# a speaker's own act told in the first-person perfect, anywhere on the page (round 26, rule 'speaker')

_OPENING = ("The club met the supporters' trust for two hours in the main hall of the stadium. The trust asked about "
            "the price of season tickets for the coming season. The board answered every question of the trust in "
            "turn. The trust thanked the board for its time and its answers.\n\n")


@pytest.mark.parametrize("sentence", [
    "I have signed a proclamation ordering the flags lowered at all public buildings.",
    "We have appointed Maria Lopez as head coach of the first team for three seasons.",
    "I've directed the port office to open two shelters for the stranded crews.",
    "In agreement with the city we have decided to send a frigate to the northern port for repairs.",
])
def test_a_speakers_act_in_the_first_person_perfect_later_in_a_page_is_taken(sentence):
    text = _OPENING + sentence
    sents = [(s.start, s.end) for s in sentences(text)]
    assert [(u.rule, text[u.start : u.end]) for u in undated_events(text, sents, [], lede=False)] == [
        ("speaker", sentence)]


@pytest.mark.parametrize("sentence", [
    "I have long believed that the harbour needs a new wall.",  # an opinion, no act
    "We have felt the support of the whole town in these hard weeks.",  # a feeling
    "To date we have sent more than 400 trucks of water to the valley.",  # a running total
    "We have sent more than 400 trucks of water to the valley.",  # a hedged count: a total
    "We have decided to wait for the report of the harbour board.",  # a decision to do no act
    "We have also sent two teams of engineers to the valley.",  # a detail added
    "What we have sent so far is only the first of many convoys.",  # not the main clause
    "We have asked for patience from the residents of the valley.",  # no object
    "“We have sent two ships to the strait,” the spokesman told the crowd.",  # a quotation
    "We have sent two ships to the strait on Monday.",  # a date of its own
])
def test_no_speakers_act_of_an_opinion_a_total_or_a_detail_in_the_first_person_perfect(sentence):
    text = _OPENING + sentence
    sents = [(s.start, s.end) for s in sentences(text)]
    d = text.find("Monday")
    dates = [(d, d + 6)] if d >= 0 else []
    assert [u.rule for u in undated_events(text, sents, dates, lede=False)] == []


def test_a_release_introducing_this_statement_is_the_days_news():
    text = ("Senator Ann Roe (D-XX) issued this statement on the court's ruling on water rights:\n\n"
            "\"This ruling protects every farmer in the valley.\"\n")
    recs = _records(text)
    assert len(recs) == 1 and recs[0][E.quote].startswith("Senator Ann Roe") and "Ann Roe" in recs[0][E.title]


def test_a_release_introducing_this_statement_after_another_event_is_not_its_news():
    text = "Senator Ann Roe issued this statement after the Senate passed the farm bill:\n\n\"A good day.\"\n"
    assert not [r for r in _records(text) if r[E.title].endswith("statement") or "issues statement" in r[E.title]]


@pytest.mark.parametrize("sentence", [
    "The port authority has coordinated the relief convoys, and the navy is in charge of the landing sites.",  # a war
    "The repairs have been coordinated with the railway operators and the city council.",  # a strike
    "The two hospitals have collaborated on the new screening programme.",  # a pandemic
    "Volunteers from three provinces have assisted the county's rescue crews.",  # a flood
    "Rival bidders have joined forces to buy the brewery.",  # a takeover
    "The mayor and the fire chief have joined in the relief effort.",  # a wildfire
])
def test_joint_work_told_in_the_perfect_is_an_effort_so_far(sentence):
    assert _undated(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Portugal has joined the coalition against the rebels.",  # joining a body: an act
    "The utility has restored power to the eastern suburbs.",  # not a verb of joint work
])
def test_joining_a_body_or_another_perfect_stays_an_event(sentence):
    assert _undated(sentence) == [sentence]


@pytest.mark.parametrize("text", [
    "The ferry captain has been credited with keeping the passengers calm.",  # a shipwreck
    "The blackout has been blamed on a faulty relay at the substation.",  # a power failure
    "Delays at the clinic have been exacerbated by staff shortages and poor planning.",  # health care
    "The peace talks have been hampered by mistrust between the two delegations.",  # diplomacy
])
def test_a_passive_perfect_of_crediting_blaming_or_worsening_is_no_event(text):
    # clutter36: a judgement or a condition as of now, no act of the page's day
    assert _records(text) == []


@pytest.mark.parametrize("text", [
    "The board has blamed the contractor for the collapse of the roof.",  # the active: the board's act
    "The regulator has fined the ferry operator for the delays.",  # another verb of judging: an act
    "The ferry captain has been charged with endangering the passengers.",  # a charge is an act
])
def test_an_active_blame_or_a_charge_stays_the_news(text):
    assert len(_records(text)) == 1
