"""What a dated clause says: its bounds, the noun phrase a date may belong to, and what is not an event."""

from __future__ import annotations

import re

import pytest

from timeline.clauses import (FLOOR_OPENING, NON_EVENT_KINDS, ONGOING_PERFECT, PERIOD_END, REPORTED_POSSIBILITY,
                              SINCE_FIGURE, act_header, analyse, clause_bounds, dated_conjuncts, dated_noun_phrase, modifies_noun,
                              speaker_act)


def _clause(sentence: str, date: str, when: str = "past"):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when=when)


@pytest.mark.parametrize("sentence, date, kind", [
    # the text presenting itself
    ("The following is the third edition of a monthly series chronicling the 2021 mayoral race.", "2021", "framing"),
    ("In this essay she reflects on the flood that ruined the valley last year.", "last year", "framing"),
    ("This week in the Netherlands, all eyes are on the farmers' protests that began in June.", "June", "framing"),
    # questions and open issues
    ("One question is whether the board will approve the merger on Friday.", "Friday", "question"),
    ("Will the court rule on the appeal on Monday?", "Monday", "question"),
    ("It is unclear whether the strike will end in March.", "March", "question"),
    # a comparison with another time
    ("As with the Democrats last week, the pandemic forced Republicans to rethink their convention.", "last week",
     "reference"),
    ("Unlike in 2019, the festival drew few visitors.", "2019", "reference"),
    # captions: position cues, and a verbless line closed by its date and place
    ("Mayor Jane Doe, left, and Governor John Roe tour the flooded district on May 3, 2022.", "May 3, 2022",
     "caption"),
    ("Chief executive Mary Smith at the annual meeting on June 2, 2021, in Denver, Colorado.", "June 2, 2021",
     "caption"),
    # a speaker's own time inside a quotation, when the sentence says nothing but who spoke
    ("“This morning, fans across the city woke up to a new era,” the coach said.", "This morning", "quoted"),
    ("“Today we open a new chapter for the region and for everyone who lives here,” Governor Ames told reporters.",
     "Today", "quoted"),
    # ... but the speaker's own past act told with its own date is the news of a release
    ("“This morning, along with other board members, I took part in a call with the hospital's chief executive.",
     "This morning", "event"),
    ("“This morning I met the league commissioner to discuss the transfer rules,” the club owner said.",
     "This morning", "event"),
    ("“This morning, my colleagues and I met the league commissioner,” the club owner said.", "This morning",
     "quoted"),
    # ... and another's act the speaker reports with its day: a named doer and its past, perfect or 'was able to'
    ("“I'm glad that only yesterday the Assembly approved our port bill,” the senator said.", "yesterday", "event"),
    ("“Tonight the Harbor Council was able to adopt the flood plan,” the mayor said.", "Tonight", "event"),
    ("“Today, Acme has confirmed the recall of its heaters,” the minister said.", "Today", "event"),
    # near misses: a name that is no doer of an act after it, a doer not named
    ("“Today, Riverton families across the valley mourn the loss of their homes,” the mayor said.", "Today",
     "quoted"),
    ("“This morning, little girls across the valley woke up without their mothers,” the mayor said.",
     "This morning", "quoted"),
    # a sentence cut off in the text
    ("Officials said Tuesday that among the d", "Tuesday", "fragment"),
    ("The earthquake last month crippled the plant, leading to leaks of radioactive s", "last month", "event"),
    ("A pair of Self Defense Forces helicopters on Thursday began carrying out air drops on the plant.", "Thursday",
     "event"),
    ("The Red Cross volunteers on Sunday handed out food in the flooded town.", "Sunday", "event"),
    # the end of a period, not an event on that date
    ("Ballots postmarked by Election Day will be received through November 12.", "November 12", "reference"),
    ("The exhibition runs through May 3.", "May 3", "reference"),
    # a budget's fiscal year names a period of accounts
    ("Lawmakers approved the plan as part of a fiscal year 2019 spending bill.", "2019", "citation"),
    ("The council asked for the money in its FY 2020 budget request.", "2020", "citation"),
    ("The fiscal crisis of 2009 forced the city to sell its bonds.", "2009", "event"),
    # the first or last day of a reporting period
    ("The retailer said profit for the quarter ended June 30 rose 12 percent.", "June 30", "reference"),
    ("Lawmakers approved $40 million for the fiscal year ending September 30, 2009.", "September 30, 2009",
     "reference"),
    ("Sales in the six months to March 31 fell by a fifth.", "March 31", "reference"),
    ("The chain's revenue for the 52 weeks ended January 28 was $3 billion.", "January 28", "reference"),
    ("The strike that began on May 3 closed the port for a month.", "May 3", "event"),
    # market values and volumes on a date
    ("More than 80 million shares changed hands on Monday, four times the average volume.", "Monday", "reference"),
    ("The stake was valued at about $2.9 billion as of Friday's close.", "Friday", "reference"),
    ("The stake was valued at $300 million on Friday.", "Friday", "reference"),
    # a value phrase describing another verb's object: the act is the event
    ("Acme on Monday agreed to buy Foo Corp in a deal valued at $2 billion.", "Monday", "event"),
    ("Police on Tuesday seized paintings valued at about $1 million.", "Tuesday", "event"),
    # events stay events
    ("“This week, we hand over to a new team that will serve this city well,” the mayor said in a video posted "
     "online on Tuesday.", "This week", "event"),
    ("Like its rival, Acme cut prices on Monday.", "Monday", "event"),
    ("The central bank raised interest rates on Tuesday.", "Tuesday", "event"),
    ("The striker scored twice on Saturday, and the club asked whether the league would review the red card.",
     "Saturday", "event"),
])
def test_what_is_an_event(sentence, date, kind):
    clause = _clause(sentence, date)
    assert clause.kind == kind, clause
    assert (kind in NON_EVENT_KINDS) == (kind not in {"event", "scheduled", "hypothetical"})


def test_a_web_address_bounds_the_clause():
    text = "Original URL: http://example.org/wiki/Acme_cuts_jobs,_2022 Acme said on Friday it would cut 300 jobs."
    i = text.index("Friday")
    s, e = clause_bounds(text, 0, len(text), i, i + 6)
    assert text[s:e].startswith("Acme said")


def test_an_opening_subordinate_clause_is_left_out():
    text = "While the markets slumped, the central bank raised rates on Tuesday."
    i = text.index("Tuesday")
    s, _ = clause_bounds(text, 0, len(text), i, i + 7)
    assert text[s:].startswith("the central bank")
    clause = _clause(text, "Tuesday")
    assert clause.verb_lemma == "raise" and clause.kind == "event"


@pytest.mark.parametrize("before, sentence, date, main", [
    # campaign: the sentence is not the first of the text
    ("The race tightened in the summer.\n\n",
     "After the governor suggested in a late July speech that the count could be delayed, early August debate "
     "centered on the postal service.", "early August", "early August debate"),
    # takeover
    ("Shares fell. ", "Although the bidder raised its offer in May, the board rejected it on June 2.", "June 2",
     "the board rejected"),
])
def test_an_opening_subordinate_clause_is_left_out_wherever_the_sentence_starts(before, sentence, date, main):
    text = before + sentence
    i = text.index(date)
    s, _ = clause_bounds(text, len(before), len(text), i, i + len(date))
    assert text[s:].startswith(main)


@pytest.mark.parametrize("sentence, date, verb, other", [
    ("After the storm flooded the valley in May, the governor declared an emergency on June 2.", "June 2", "declare",
     "May"),
    ("When the board rejected the bid on Monday, Acme launched a proxy fight on Tuesday.", "Tuesday", "launch",
     "Monday"),
    ("Once the ceasefire took hold in March, aid convoys reached the city on April 4.", "April 4", "reach", "March"),
])
def test_an_opening_time_clause_is_not_the_clause_of_a_later_date(sentence, date, verb, other):
    """Two dates, two events: the main clause's date gets the main clause, the opening 'After/When/Once …,' clause's
    date gets its own verb (never one clause for both)."""
    clause = _clause(sentence, date)
    assert clause.verb_lemma == verb and not sentence[clause.start:clause.end].startswith(("After", "When", "Once"))
    assert _clause(sentence, other).verb_lemma != verb


@pytest.mark.parametrize("sentence, date, verb, other, other_verb", [
    ("The president visited Kenosha in September, where riots had broken out after a shooting in August.",
     "September", "visit", "August", "break"),
    ("The team moved to Leeds in 2019, where a new stadium opened in 2021.", "2019", "move", "2021", "open"),
    ("Acme shifted output to Ohio on May 2, where workers had struck in April, the union said.", "May 2", "shift",
     "April", "strike"),
])
def test_a_where_clause_is_the_clause_of_its_own_date(sentence, date, verb, other, other_verb):
    """A non-restrictive ', where …' clause states an event of its own: its date gets it, the main date does not."""
    main, inner = _clause(sentence, date), _clause(sentence, other)
    assert main.verb_lemma == verb and ", where" not in sentence[main.start:main.end]
    assert inner.verb_lemma == other_verb and sentence[inner.start:inner.end].startswith("where")


@pytest.mark.parametrize("sentence, date, words", [
    ("People struggled to cope with the aftermath of Friday's 7.1-magnitude earthquake.", "Friday", "earthquake"),
    ("The plant was crippled by the flood and mudslides a week ago.", "a week ago", "flood"),
    ("The ruling paves the way for her inauguration on Jan. 20.", "Jan. 20", "inauguration"),
    ("Fans still talk about the final of last season's cup.", "last season", "cup"),
])
def test_a_date_that_belongs_to_a_noun_phrase(sentence, date, words):
    i = sentence.index(date)
    assert words in [w.lower() for w in dated_noun_phrase(sentence, 0, len(sentence), i, i + len(date))]


@pytest.mark.parametrize("sentence, date, words", [
    # an anniversary: the date after 'the time the …' is the earthquake's, not the ceremony's
    ("Mourners stood in silence at 2:46 p.m., the exact time the 9.0-magnitude earthquake on March 11, 2011 off "
     "the coast.", "March 11, 2011", "earthquake"),
    ("Crowds gathered at noon, the hour the deadly storm in August 2005 made landfall.", "August 2005", "storm"),
    ("Survivors returned to the port on the day the explosion on Aug. 4, 2020 was remembered.", "Aug. 4, 2020",
     "explosion"),
    # a happening noun after a preposition needs no '-tion' ending to own its date
    ("Schools reopened a month after the flood in May 2019.", "May 2019", "flood"),
    ("Markets fell sharply after the attack on Sept. 11, 2001.", "Sept. 11, 2001", "attack"),
])
def test_a_happening_noun_owns_the_date_after_it(sentence, date, words):
    """A noun that names a happening by itself (earthquake, storm, explosion, flood, attack) followed by on/in and
    a date, after a preposition or after 'the time/day/hour the …', is what the date dates."""
    i = sentence.index(date)
    assert words in [w.lower() for w in dated_noun_phrase(sentence, 0, len(sentence), i, i + len(date))]


@pytest.mark.parametrize("sentence, date", [
    ("Biden made history last week by naming his running mate.", "last week"),
    ("The minister met with the union leaders on Friday.", "Friday"),
    ("The company announced the layoffs on Friday.", "Friday"),
    ("Rebels launched the attack on Friday.", "Friday"),
    ("Firefighters put out the fire on Sunday at the mill.", "Sunday"),
])
def test_a_date_of_the_verb_names_no_noun_phrase(sentence, date):
    i = sentence.index(date)
    assert dated_noun_phrase(sentence, 0, len(sentence), i, i + len(date)) == ()


@pytest.mark.parametrize("sentence, date, nouns", [
    ("A powerful storm and heavy flooding hit the coast on Sunday.", "Sunday", {"storm", "flooding"}),
    ("A fire broke out at the warehouse on Monday.", "Monday", {"fire"}),
    ("The rally was delayed after the quake that struck the city on Friday.", "Friday", {"quake"}),
])
def test_the_subject_of_a_happening_verb_names_the_event(sentence, date, nouns):
    i = sentence.index(date)
    start = sentence.index("the quake") if "the quake" in sentence else 0
    clause = analyse(sentence, start, len(sentence), i, i + len(date))
    assert nouns <= set(clause.happening), clause


def test_relative_clause_verbs_are_found():
    sentence = "Schools stayed shut after the quake that hit the region on Friday."
    i = sentence.index("Friday")
    clause = analyse(sentence, sentence.index("the quake"), len(sentence), i, i + 6)
    assert clause.verb_lemma == "hit"


@pytest.mark.parametrize("sentence, date, kind", [
    # a possibility on a day still to come is a forecast, no event (round 33, clutter33: POSSIBLE_LATER)
    ("The board could reject the offer as early as Friday.", "Friday", "question"),
    ("Rain might delay the final until Sunday.", "Sunday", "question"),
    ("The court will rule on the appeal on Monday.", "Monday", "scheduled"),
    ("The company is scheduled to report its results in May.", "May", "scheduled"),
])
def test_a_possibility_is_not_a_plan(sentence, date, kind):
    assert _clause(sentence, date, when="future").kind == kind


@pytest.mark.parametrize("sentence, date", [
    ("The judge said the fine could be paid before the May 4 deadline.", "May 4"),  # a court
    ("Bidders may still raise their offers by the June 30 deadline.", "June 30"),  # a takeover
])
def test_a_possibility_before_a_named_deadline_keeps_the_deadlines_day(sentence, date):
    """The date names a deadline, a day fixed in advance; the possibility stays a hypothetical, not a forecast."""
    assert _clause(sentence, date, when="future").kind == "hypothetical"


@pytest.mark.parametrize("sentence, date", [
    ("Police said on Sunday that the death toll could be in excess of 5,000.", "Sunday"),  # a disaster
    ("Analysts said Monday the bid may well be worth more than the board thinks.", "Monday"),  # a takeover
    ("The campaign warned on Tuesday that turnout could exceed the record.", "Tuesday"),  # an election
])
def test_a_reported_possibility_is_kept_with_its_reason(sentence, date):
    clause = _clause(sentence, date, when="past")
    assert clause.kind == "hypothetical" and clause.reason == REPORTED_POSSIBILITY


@pytest.mark.parametrize("sentence, date, kind", [
    ("The agency said on Monday the situation is still very serious.", "Monday", "state"),  # not a possibility
    ("Officials said on Friday they could not confirm the figure.", "Friday", "event"),  # an inability
    ("The company said Monday it would cut 1,000 jobs.", "Monday", "event"),  # an announcement
])
def test_what_is_not_a_reported_possibility(sentence, date, kind):
    assert _clause(sentence, date, when="past").kind == kind


@pytest.mark.parametrize("sentence, date", [
    ("If the deal collapses, Acme will owe a fee in July.", "July"),
    ("Unless the board objects, the merger closes on Friday.", "Friday"),
])
def test_an_opening_condition_stays_in_the_clause(sentence, date):
    assert _clause(sentence, date, when="future").kind == "hypothetical"


def test_a_relative_clause_verb_is_not_the_main_verb():
    sentence = "The death toll from the quake that hit the region on Friday has risen to 1,000."
    assert _clause(sentence, "Friday").verb_lemma == "rise"


@pytest.mark.parametrize("sentence, date, verb", [
    # a health agency's acronym written like the pronoun: the agency, then its verb (not the later 'to phase')
    ("On Monday the WHO raised its alert level to phase 4.", "Monday", "raise"),
    # a sports body: the acronym before its verb and an infinitive after it
    ("On Friday the WHO suspended the player to protect its rules.", "Friday", "suspend"),
    # near miss: the lower-case relative pronoun still opens a relative clause
    ("The inspector who resigned on Friday had led the inquiry.", "Friday", "lead"),
])
def test_an_acronym_written_like_a_relative_pronoun_is_a_name(sentence, date, verb):
    assert _clause(sentence, date).verb_lemma == verb


# --------------------------------------------------------------------------- a sentence that states two events

from timeline.clauses import event_quote, second_events  # noqa: E402


@pytest.mark.parametrize("sentence, date, main, second, link", [
    ("In 2019 the board adopted a poison pill after Acme Corp bought a 9% stake.", "2019",
     "In 2019 the board adopted a poison pill", "after Acme Corp bought a 9% stake", "after"),
    ("The ministry ordered a curfew on Monday, prompting protests in three cities.", "Monday",
     "The ministry ordered a curfew on Monday", "prompting protests in three cities", "result"),
    ("The senator conceded on Friday, two hours before the networks called the race.", "Friday",
     "The senator conceded on Friday", "two hours before the networks called the race", "before"),
    ("Troops entered the town in March, where fighting had raged since January.", "March",
     "Troops entered the town in March", "where fighting had raged since January", "where"),
])
def test_a_second_event_is_cut_from_the_quote_of_the_main_date(sentence, date, main, second, link):
    ds = sentence.index(date)
    s, e, cut = event_quote(sentence, 0, len(sentence), ds, ds + len(date))
    assert sentence[s:e] == main
    assert [(sentence[c.start : c.end], c.link) for c in cut] == [(second, link)]


@pytest.mark.parametrize("sentence", [
    "Biden visited the town two days after Trump in what was his first trip there.",  # no verb of its own
    "The plant closed after the quake and stayed shut for a month.",  # a noun phrase, not a clause
    "After the flood receded, the council reopened the bridge on May 2.",  # an opening clause: the main one follows
    "Shares jumped on Friday as investors cheered the deal.",  # 'as' tells the main event's time
    "The results were counted on Tuesday after a delay caused by an app.",  # '<noun> caused by' is no clause
])
def test_no_second_event_without_a_clause_of_its_own_after_the_main_one(sentence):
    assert second_events(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize("sentence", [
    # a product recall: the result of a flaw that may happen, not of the recall
    "In 2019, the maker recalled 40,000 kettles with switches prone to overheating and possibly melting, "
    "causing the base to catch fire.",
    # a stadium: a possibility in a relative clause
    "On Monday the league closed the north stand, whose roof could give way in high winds, forcing fans onto the pitch.",
])
def test_a_result_of_a_possibility_is_no_second_event(sentence):
    assert [c.link for c in second_events(sentence, 0, len(sentence))] == []


def test_a_result_of_the_act_after_a_possibility_later_in_the_sentence_stays():
    """Near miss: the result follows the act itself; the possibility comes after the result link."""
    sentence = "The ministry ordered a curfew on Monday, prompting protests that could spread to three cities."
    assert [c.link for c in second_events(sentence, 0, len(sentence))] == ["result"]


def test_a_date_inside_the_second_clause_is_quoted_by_that_clause():
    text = "Troops entered the town on Tuesday, where fighting had broken out in March."
    ds = text.index("March")
    s, e, cut = event_quote(text, 0, len(text), ds, ds + 5)
    assert text[s:e] == "where fighting had broken out in March" and cut == ()
    ds = text.index("Tuesday")
    s, e, _ = event_quote(text, 0, len(text), ds, ds + 7)
    assert text[s:e] == "Troops entered the town on Tuesday"


@pytest.mark.parametrize("sentence, main, distance", [
    ("The rebels took the airport on Sunday, just hours after the army withdrew.", "The rebels took the airport on Sunday",
     "just hours"),
    ("The council resigned on Monday, the day after the audit was published.", "The council resigned on Monday",
     "the day"),
    ("Acme sold the unit in 2019, soon after its founder retired.", "Acme sold the unit in 2019", "soon"),
])
def test_a_distance_before_the_link_belongs_to_the_second_clause(sentence, main, distance):
    date = ({"Sunday", "Monday", "2019"} & set(sentence.replace(",", " ").split())).pop()
    ds = sentence.index(date)
    s, e, cut = event_quote(sentence, 0, len(sentence), ds, ds + len(date))
    assert sentence[s:e] == main and [c.offset for c in cut] == [distance]


@pytest.mark.parametrize("sentence, main, second", [
    # a city council: 'today after' is no distance of a day (the 'day' of 'today')
    ("The mayor made the following statement today after the council approved the budget this morning:",
     "The mayor made the following statement today", "after the council approved the budget this morning:"),
    # sport
    ("The coach spoke to reporters today before the team flew to Madrid on Friday.",
     "The coach spoke to reporters today", "before the team flew to Madrid on Friday"),
])
def test_a_time_link_after_today_is_cut_like_any_other(sentence, main, second):
    ds = sentence.index("today")
    s, e, cut = event_quote(sentence, 0, len(sentence), ds, ds + len("today"))
    assert sentence[s:e] == main
    assert [sentence[c.start : c.end] for c in cut] == [second]


@pytest.mark.parametrize("sentence, second", [
    # a city hall memoir: a pronoun subject in a time clause set off by dashes
    ("On May 2—an hour after I took the oath as mayor—I was called into a meeting on the flood.",
     "an hour after I took the oath as mayor"),
    # sport
    ("On Sunday morning—hours after we landed in Madrid—the coach held a training session.",
     "hours after we landed in Madrid"),
])
def test_a_time_clause_set_off_by_dashes_may_have_a_pronoun_subject(sentence, second):
    assert [(sentence[c.start : c.end], c.link) for c in second_events(sentence, 0, len(sentence))] == [
        (second, "after")]


@pytest.mark.parametrize("sentence, second", [
    # a takeover: an appositive between the time clause's subject and its verb
    ("The union called a strike on May 2, a day after Acme, the city's largest employer, closed two mines.",
     "a day after Acme, the city's largest employer, closed two mines"),
    # an election
    ("Lee resigned on Monday, two days after Roe, the party chairman, called for a vote.",
     "two days after Roe, the party chairman, called for a vote"),
    # a sports league
    ("The club sold its ground on Monday, a week after Rovers, another league side, bought a stadium.",
     "a week after Rovers, another league side, bought a stadium"),
])
def test_a_time_clause_may_set_an_appositive_between_its_subject_and_verb(sentence, second):
    assert [(sentence[c.start : c.end], c.link) for c in second_events(sentence, 0, len(sentence))] == [
        (second, "after")]


@pytest.mark.parametrize("sentence", [
    "Lee resigned on Monday, two days after Roe, which owns the mill, called for a vote.",  # a relative clause
    "Shares rose on Monday, a day after Acme, Brightline and Corvex raised their bids.",  # a list of subjects
    "Shares rose on Monday, a day after the vote, a sign of confidence.",  # an appositive with no verb after it
])
def test_no_appositive_time_clause_without_a_noun_phrase_and_a_verb_after_it(sentence):
    """Near misses of :func:`test_a_time_clause_may_set_an_appositive_between_its_subject_and_verb`."""
    assert second_events(sentence, 0, len(sentence)) == []


def test_a_pronoun_time_clause_between_commas_is_no_second_event():
    """Near miss: between commas a pronoun clause is not cut (*…, after he said so, …* is often a report)."""
    sentence = "On May 2, an hour after I took the oath as mayor, I was called into a meeting."
    assert second_events(sentence, 0, len(sentence)) == []


def test_a_date_in_the_link_words_keeps_the_clause_it_relates_to():
    """'the day after …' dates the main event by the second one: its quote states both, so that it holds its date."""
    text = "The board resigned the day after its founder retired."
    ds = text.index("the day")
    s, e, cut = event_quote(text, 0, len(text), ds, ds + len("the day after"))
    assert text[s:e] == text and cut == ()


@pytest.mark.parametrize("sentence, date", [
    ("With 62 percent of the votes counted by late Tuesday, two senators appeared to be in a tight race.",
     "late Tuesday"),
    ("With most of the ballots tallied by Sunday, the ruling party seemed headed for a majority.", "Sunday"),
    ("With half of the shares tendered by Friday, the bidder appeared close to control of the company.", "Friday"),
    ("With 40 bodies recovered by Monday, the toll from the landslide seemed likely to rise.", "Monday"),
])
def test_an_opening_absolute_with_phrase_dates_its_main_clause(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "event", (c.kind, c.reason)


@pytest.mark.parametrize("sentence, date", [
    ("Ballots postmarked by Election Day will be counted, officials said.", "Election Day"),
    ("Votes counted by Tuesday showed a tight race.", "Tuesday"),
])
def test_a_deadline_in_a_noun_modifier_without_with_is_still_a_reference(sentence, date):
    assert _clause(sentence, date).kind == "reference"


@pytest.mark.parametrize("sentence, date", [
    # the wire-photo dateline followed by the place
    ("• Riot police block the road to the parliament building, March 4, 2014, in Kyiv.", "March 4, 2014"),
    ("Shareholders arrive for the annual meeting of the brewer, April 28, 2022, in Amsterdam.", "April 28, 2022"),
    # a noun and its participle with the agent, no auxiliary
    ("• Shops damaged by rioters in the old town of the capital, July 9, 2021.", "July 9, 2021"),
    ("Ballots counted by election workers at the convention centre in Philadelphia, Nov. 5, 2020.", "Nov. 5, 2020"),
    # a line without a verb holding its full date between commas
    ("The view of the flooded plant from a drone, Tuesday, Aug. 3, 2021, over the river delta.",
     "Tuesday, Aug. 3, 2021"),
    ("A crowd outside the stock exchange in Frankfurt, Monday, Oct. 3, 2022, before the opening bell.",
     "Monday, Oct. 3, 2022"),
    # a present-tense caption cut after its place and weekday
    ("Challenger Anna Berg greets supporters at a rally in Dayton, Ohio, Tuesday", "Tuesday"),
    # a present passive closed by its full date
    ("Goalkeeper Tom Reyes is carried off by his teammates after the cup final in Leeds, Sunday, May 8, 2022.",
     "Sunday, May 8, 2022"),  # a sports league
    ("Nurses are shown a new ventilator at the county hospital, Tuesday, March 3, 2020.",
     "Tuesday, March 3, 2020"),  # a pandemic
    # a present passive closed by 'place, day month year'
    ("Striker Ann Lee is surrounded by fans as she arrives at the stadium in Lyon, France, 14 Oct. 2021",
     "14 Oct. 2021"),  # sport
    ("The new bridge is opened to traffic in Leeds, England, 3 March 2021", "3 March 2021"),  # infrastructure
    ("A volunteer hands out water at a shelter in Sendai, Japan, 23 March 2011", "23 March 2011"),  # present, day first
])
def test_wire_photo_captions_are_not_events(sentence, date):
    assert _clause(sentence, date).kind == "caption"


@pytest.mark.parametrize("sentence, date", [
    # news sentences about the same kind of scene
    ("Riot police blocked the road to the parliament building on March 4, 2014, in Kyiv.", "March 4, 2014"),
    ("Shops were damaged by rioters in the old town on July 9, 2021.", "July 9, 2021"),
    ("Shareholders approved the merger at a meeting in Amsterdam on April 28, 2022.", "April 28, 2022"),
    ("The court ruled on Tuesday, Aug. 3, 2021, that the plant must close.", "Tuesday, Aug. 3, 2021"),
    ("Anna Berg won the primary in Dayton, Ohio, on Tuesday.", "Tuesday"),
    ("The view from the summit changed on Tuesday, Aug. 3, 2021, when the fog lifted.", "Tuesday, Aug. 3, 2021"),
    ("On Friday, June 10, 2022, the insurer said it was ending the agreement.", "June 10, 2022"),
    # a past passive closed by its full date is told, not captioned
    ("Goalkeeper Tom Reyes was carried off by his teammates after the cup final, Sunday, May 8, 2022.",
     "Sunday, May 8, 2022"),
    ("The new bridge was opened to traffic in Leeds, England, 3 March 2021", "3 March 2021"),  # day first, past
])
def test_news_sentences_with_a_full_date_stay_events(sentence, date):
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("The airline has cancelled all flights through Tuesday as the storm nears.", "Tuesday"),
    ("The regulator approved an extension of the emergency rules for small lenders through March 31, 2021.",
     "March 31, 2021"),
    ("Both campaigns suspended their advertising through the weekend.", "the weekend"),
])
def test_the_end_bound_of_a_period_is_not_the_event_date(sentence, date):
    assert _clause(sentence, date).kind == "reference"


def test_a_range_through_a_day_keeps_its_end():
    sentence = "The court heard the case from Monday through Wednesday."
    assert _clause(sentence, "Wednesday").kind != "reference"


@pytest.mark.parametrize("sentence, date", [
    ("The shop is open daily from 9 a.m. to 6 p.m. until the end of the sale.", "9 a.m."),
    ("Field hospitals receive patients every day from 8 a.m. to 8 p.m.", "8 a.m."),
    ("The hotline operates weekdays from 10 a.m.", "10 a.m."),
])
def test_hours_of_a_recurring_schedule_are_not_an_event(sentence, date):
    assert _clause(sentence, date).kind == "reference"


@pytest.mark.parametrize("sentence, date, when", [
    ("The explosion happened at 7 a.m., witnesses said.", "7 a.m.", "past"),
    ("The union called a strike scheduled for Monday.", "Monday", "future"),
    ("The vote was scheduled for Monday but the board postponed it.", "Monday", "past"),
    ("The rally scheduled for Wednesday drew thousands of supporters.", "Wednesday", "past"),
])
def test_clock_times_and_scheduled_dates_of_events_that_happen_stay(sentence, date, when):
    assert _clause(sentence, date, when).kind in {"event", "scheduled"}


@pytest.mark.parametrize("sentence, date, action", [
    ("The rival campaign followed suit by canceling its events on Monday.", "Monday", "cancel"),  # an election
    ("The bidder responded on Monday by raising its offer.", "Monday", "raise"),  # a takeover
    ("Fans marked the anniversary by laying flowers on Sunday.", "Sunday", "lay"),  # a commemoration
])
def test_by_and_an_ing_form_says_what_was_done(sentence, date, action):
    assert _clause(sentence, date).actions[0] == action


@pytest.mark.parametrize("sentence, date, verb", [
    ("Both candidates are moving cautiously in the wake of the storm known as Hector on Tuesday.", "Tuesday",
     "move"),  # 'move' without 'to': what is done, not a plan
    ("The board set a vote date as shareholders gathered in Dallas on Tuesday.", "Tuesday", "set"),  # a takeover
])
def test_a_planning_verb_without_to_is_the_main_verb(sentence, date, verb):
    assert _clause(sentence, date).verb_lemma == verb


@pytest.mark.parametrize("sentence, main, clauses", [
    # takeover day: three acts at the time of the share move
    ("Shares of Acme fell Monday as the board rejected the bid, the founder sold his stake, and the regulator "
     "opened a probe.", "Shares of Acme fell Monday",
     ["as the board rejected the bid", "the founder sold his stake", "the regulator opened a probe"]),
    # election night: a coordinated subject ('the senator and his running mate') is one subject
    ("Crowds filled the square on Tuesday night as the senator and his running mate conceded the race, and the "
     "governor declared victory.", "Crowds filled the square on Tuesday night",
     ["as the senator and his running mate conceded the race", "the governor declared victory"]),
    # war: 'while', and a chain that ends at a part that is no clause ('officials said')
    ("Fighting intensified on Sunday while rebels seized the airport, officials said.",
     "Fighting intensified on Sunday", ["while rebels seized the airport"]),
    # an 'and' without a comma between two clauses with a subject each (a bankruptcy)
    ("The firm filed for bankruptcy on Monday as its lenders seized the offices and the chief executive resigned.",
     "The firm filed for bankruptcy on Monday", ["as its lenders seized the offices", "the chief executive resigned"]),
    # a verb that moves figures moves no figure here: an event
    ("Troops entered the town on Monday as the rebel flag fell from the town hall.", "Troops entered the town on Monday",
     ["as the rebel flag fell from the town hall"]),
])
def test_clauses_after_a_time_as_are_each_a_second_event(sentence, main, clauses):
    date = re.search(r"[A-Z][a-z]+day", sentence)
    s, e, cut = event_quote(sentence, 0, len(sentence), date.start(), date.end())
    assert sentence[s:e] == main
    assert [sentence[c.start : c.end] for c in cut] == clauses
    assert {c.link for c in cut} <= {"as", "while"} and all(c.offset == "" for c in cut)
    assert all(not sentence[c.body : c.end].startswith(("as ", "while ", "and ")) for c in cut)


@pytest.mark.parametrize("sentence", [
    "Shares of Acme fell Monday as prices were high.",  # 'as' = because, and a state
    "Acme sold the plant on Monday as part of a broad restructuring.",
    "Acme sold the plant on Monday as well as its mill.",
    "Rebels seized towns such as the port city on Monday.",
    "The vote was held on Tuesday as expected.",
    "The senator won the seat on Tuesday as the candidate of the governing party.",  # 'as' + a noun phrase
    "Rebels seized the airport on Monday as officials said.",  # a bare report
    "Rebels seized the airport on Monday as many as 40 soldiers surrendered.",  # 'as many as'
    "Rebels seized the airport on Monday as they advanced.",  # a pronoun: no subject of its own
    "Turnout rose on Tuesday as voters waited in long lines.",  # a setting, not a happening
    "Shares of Acme fell on Monday as the broader market slumped.",  # a move of a figure: a reason
    "Schools closed on Monday as cases surged 40%.",  # a pandemic: a figure again
    "Schools closed early on Monday as the hurricane approached.",  # a setting
    "The talks collapsed on Monday as the deadline loomed.",
    "The rally ended on Monday as night fell.",  # a time of day as subject
    "The minister resigned on Monday as the scandal deepened.",  # a process growing
    "The jury returned its verdict on Monday as the defendant's family wept.",  # a feeling
    "The court adjourned on Monday as lawyers for both sides have appealed.",  # no simple past
])
def test_no_second_event_after_as_without_an_event_clause(sentence):
    ds = next(sentence.index(d) for d in ("Monday", "Tuesday") if d in sentence)
    assert second_events(sentence, 0, len(sentence), anchor=ds + 6) == []


def test_as_clauses_stay_in_the_quote_when_the_date_is_theirs():
    """Only a main clause's date cuts the clauses after 'as': a date inside one keeps the sentence one event."""
    text = "Shares of Acme fell as the board rejected the bid on Monday, and the founder sold his stake."
    ds = text.index("Monday")
    s, e, cut = event_quote(text, 0, len(text), ds, ds + 6)
    assert cut == () and text[s:e] == text


@pytest.mark.parametrize("text, first, second, same", [
    # a takeover: the main clause says it is the same day
    ("Although the board rejected the offer on Monday, the bidder raised it the same day.",
     "Although the board rejected the offer on Monday", "the bidder raised it the same day", True),
    # an election: 'was there' is at the occasion of the rally the other clause names
    ("Though the governor did not attend the rally on Saturday, her running mate was there to greet supporters.",
     "Though the governor did not attend the rally on Saturday", "her running mate was there to greet supporters",
     True),
    # a war: a simple past event of the main clause, set against the dated one
    ("Even though the army withdrew from the city on Friday, rebels shelled the airport.",
     "Even though the army withdrew from the city on Friday", "rebels shelled the airport", True),
    # ... not when it says another time
    ("Even though the army withdrew from the city on Friday, rebels later shelled the airport.",
     "Even though the army withdrew from the city on Friday", "rebels later shelled the airport", False),
])
def test_contrast_clauses_opening(text, first, second, same):
    from timeline.clauses import CONTRAST, contrast_clauses

    conc, main = contrast_clauses(text, 0, len(text))
    assert (text[conc.start : conc.end], text[main.start : main.end]) == (first, second)
    assert conc.link == main.link == CONTRAST and main.same_time is same and not conc.same_time
    assert text[conc.body : conc.body + 4] == first.split(" ", 2 if first.startswith("Even") else 1)[-1][:4]


@pytest.mark.parametrize("text", [
    "Although shares fell on Monday, the company remains confident.",  # the main clause is a state
    "While the lockdown was in force in March, hospitals struggled to cope.",  # both are states
    "Although the court ruled on Tuesday, officials said.",  # a bare report
    "The ministry was cautious on Friday, although cases rose 20%.",  # a figure moving, after a state
    "Two airports reopened on Tuesday, though the main terminal remains closed.",  # a state after the event
    "The clinics reopened on Monday, even though the ward stays shut.",  # a pandemic: the same
])
def test_contrast_clauses_need_two_events(text):
    from timeline.clauses import contrast_clauses

    assert contrast_clauses(text, 0, len(text)) is None


def test_contrast_clause_after_the_main_one_and_quotes():
    """A court case: ', although …' after the main clause; each clause is quoted alone, the other one cut."""
    from timeline.clauses import contrast_clauses, event_quote

    text = "The court dismissed the appeal on Tuesday, although the judge criticised the prosecution."
    conc, main = contrast_clauses(text, 0, len(text))
    assert text[conc.start : conc.end] == "although the judge criticised the prosecution"
    assert text[main.start : main.end] == "The court dismissed the appeal on Tuesday"
    assert not conc.same_time  # no word puts the criticism on Tuesday
    at = text.index("Tuesday")
    qs, qe, cut = event_quote(text, 0, len(text), at, at + 7)
    assert text[qs:qe] == "The court dismissed the appeal on Tuesday" and cut == (conc,)
    text = "Although the board rejected the offer on Monday, the bidder raised it the same day."
    at = text.index("Monday")
    qs, qe, cut = event_quote(text, 0, len(text), at, at + 6)
    assert text[qs:qe] == "Although the board rejected the offer on Monday"
    assert [text[c.start : c.end] for c in cut] == ["the bidder raised it the same day"]


def test_a_negative_contraction_is_its_auxiliary():
    """A war and a court case: "didn't", "won't" are read as 'did', 'will' (the verb after them is found)."""
    from timeline.clauses import tokens

    assert [t.lower for t in tokens("Troops didn’t withdraw; the bank won't pay, can't pay, isn't paying.")
            if t.is_word] == ["troops", "did", "withdraw", "the", "bank", "will", "pay", "can", "pay", "is", "paying"]
    text = "The rebels didn't withdraw from the city on Monday."
    at = text.index("Monday")
    clause = analyse(text, 0, len(text), at, at + 6)
    assert (clause.kind, clause.verb_lemma, clause.verb_form) == ("event", "withdraw", "past")


@pytest.mark.parametrize("sentence, date, kind", [
    # a republisher's or the page's own publication stamp, written as a sentence
    ("The following press release was published by the Ministry of Health on Oct. 8, 2021. It is reproduced "
     "in full below.", "Oct. 8, 2021", "stamp"),
    ("This article was originally published on March 3, 2022.", "March 3, 2022", "stamp"),
    # a cutoff in a noun's modifier: contracts, ballots
    ("The new rules excluded contracts dated before February 11.", "February 11", "reference"),
    ("Officials will not count ballots received prior to November 1.", "November 1", "reference"),
    # a price moved over a period up to now, and an index's close with its gain in points
    ("The company's stock price has declined by 98 percent in the past year.", "the past year", "reference"),
    ("Shares of the airline have fallen 40% over the last 12 months.", "the last 12 months", "reference"),
    ("The Dow Jones industrial average closed Tuesday with a gain of 141 points.", "Tuesday", "reference"),
])
def test_stamps_cutoffs_and_running_figures_are_no_events(sentence, date, kind):
    c = _clause(sentence, date)
    assert (c.kind, kind in NON_EVENT_KINDS) == (kind, True), c.reason


@pytest.mark.parametrize("sentence, date", [
    # a release issued, a report published: events of their own (not the text's own stamp)
    ("The ministry published its report on the outbreak on Oct. 8, 2021.", "Oct. 8, 2021"),
    ("The World Health Organization's report was published on Monday.", "Monday"),
    # an event after a link word in a market sentence dates another happening
    ("The index closed Tuesday with a gain of 141 points, following Monday's sell-off when the bank collapsed.",
     "Monday"),
    # a price move on a day, not over a period up to now
    ("The rebels took the port in the past week, and the army retreated.", "the past week"),
    # a vote held before a date without a noun's modifier
    ("The senators voted before Friday's deadline.", "Friday"),
])
def test_published_reports_and_linked_dates_stay_events(sentence, date):
    c = _clause(sentence, date)
    assert c.kind not in NON_EVENT_KINDS, c.reason


@pytest.mark.parametrize("sentence, date, lemma, noun", [
    # announcing a thing (a noun phrase, no reported clause) is the act: a rescue, a takeover, a pandemic measure
    ("In March 2020, the central bank announced a major rescue package for the airline to save it from collapse.",
     "March 2020", "announce", "package"),
    ("The fund disclosed a 9% stake in the retailer on Monday to press for a sale.", "Monday", "disclose", "stake"),
])
def test_announcing_a_thing_is_the_act(sentence, date, lemma, noun):
    c = _clause(sentence, date)
    assert c.verb_lemma == lemma and noun in c.actions, (c.verb_lemma, c.actions)


def test_announcing_a_thing_is_no_reported_state():
    c = _clause("The governor announced the loan late Tuesday, saying pensions and jobs will be unaffected.",
                "late Tuesday")
    assert (c.kind, c.verb_lemma) == ("event", "announce")


@pytest.mark.parametrize("sentence, date, lemma", [
    # a reported clause: what it says is the act
    ("Acme announced the company would cut 500 jobs on Monday.", "Monday", "cut"),
    ("Officials late Sunday revealed that two more crops had been found to be contaminated.", "late Sunday",
     "find"),
])
def test_announcing_a_clause_reports_it(sentence, date, lemma):
    assert _clause(sentence, date).verb_lemma == lemma


def test_lending_and_rescue_synonyms():
    from timeline.clauses import action_stem

    assert action_stem("lend") == action_stem("loan") == action_stem("lent")
    assert action_stem("bailout") == action_stem("rescue")


def test_capturing_a_suspect_is_an_arrest():
    from timeline.clauses import action_stem

    # a fugitive captured, a poacher apprehended, a suspect arrested: one kind of act
    assert action_stem("capture") == action_stem("apprehend") == action_stem("arrest") == action_stem("detain")
    assert action_stem("release") != action_stem("arrest")  # near miss: the opposite act
    assert action_stem("catch") != action_stem("arrest")  # 'caught fire', 'caught on camera': no arrest


def test_a_quoted_question_after_the_date_is_what_was_asked():
    # the letter was sent (an event); the quoted question's own date stays a question (a pandemic, a takeover)
    s = "In a letter sent this afternoon, Senator Roe wrote, “Why should the ministry honor contracts signed in March?”"
    assert _clause(s, "this afternoon").kind not in NON_EVENT_KINDS
    assert _clause(s, "March").kind == "question"
    s = "On Monday, the fund asked the board, “Why did you reject the offer?”"
    assert _clause(s, "Monday").kind not in NON_EVENT_KINDS
    assert _clause("Will the board reject the offer on Monday?", "Monday").kind == "question"


@pytest.mark.parametrize("sentence, lemma", [
    # a copula clause with a reduced relative after a preposition: the state, not the participle's act
    ("Anger was the common reaction of shareholders this week to bonuses paid at struggling lenders.", "be"),
    ("Outrage was the response of voters this week to ballots destroyed in the warehouse fire.", "be"),
    ("Fear was the mood in the wards this week over vaccines withheld from rural clinics.", "be"),
    # a finite verb before the noun phrase: still that verb
    ("Soldiers this week found the bodies of villagers killed in the shelling.", "find"),
    # a subject with its complement: the verb after it is finite
    ("Shareholders of the insurer rejected the bid this week.", "reject"),
    ("Voters in the northern district elected a new mayor this week.", "elect"),
    # an adjective after a preposition or article is no verb
    ("Regulators this week fined the embattled lender over its accounts.", "fine"),
])
def test_participle_after_a_preposition_is_no_main_verb(sentence, lemma):
    i = sentence.index("this week")
    assert analyse(sentence, 0, len(sentence), i, i + 9).verb_lemma == lemma


@pytest.mark.parametrize("sentence, date, main_end, second", [
    ("Shares of the carmaker tumbled on Monday when its chief executive resigned and two directors were arrested "
     "by police.", "Monday", "its chief executive resigned", "two directors were arrested by police"),
    ("The capital fell on March 3 when rebel troops stormed the palace and the president fled to the coast.",
     "March 3", "stormed the palace", "the president fled to the coast"),
    ("Hospitals closed their wards on Friday when the outbreak reached the capital and the vaccine was withdrawn "
     "by regulators.", "Friday", "the outbreak reached the capital", "the vaccine was withdrawn by regulators"),
])
def test_a_when_clause_joining_two_events_gives_the_second_its_own_quote(sentence, date, main_end, second):
    from timeline.clauses import SAME_TIME_LINKS

    ds = sentence.index(date)
    s, e, cut = event_quote(sentence, 0, len(sentence), ds, ds + len(date))
    assert sentence[s:e].endswith(main_end)  # no dangling 'and'
    assert [sentence[c.start : c.end] for c in cut] == [second]
    assert cut[0].link in SAME_TIME_LINKS  # at the time of the 'when' clause


@pytest.mark.parametrize("sentence", [
    "Markets rallied on Friday when Smith and Jones met in Geneva.",  # two nouns of one subject
    "Turnout surged on Tuesday when polls opened and prices were high.",  # a state, no second event
    "Stocks rose on Monday when the bank reopened and its chairman is expected to resign.",  # no past deed
])
def test_a_when_clause_with_one_event_stays_whole(sentence):
    assert [c for c in second_events(sentence, 0, len(sentence)) if c.link == "and"] == []


@pytest.mark.parametrize("sentence, date", [
    ("Striking dockworkers are trying to reopen talks with the port authority on Monday.", "on Monday"),
    ("The rebels were attempting to retake the bridge on Friday.", "on Friday"),
    ("Hospitals are struggling to find enough beds for patients this week.", "this week"),
])
def test_a_progressive_of_effort_is_a_state(sentence, date):
    i = sentence.index(date)
    c = analyse(sentence, 0, len(sentence), i, i + len(date))
    assert c.kind == "state" and "effort" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("The dockworkers tried to reopen talks with the port authority on Monday.", "on Monday"),
    ("The rebels will try to retake the bridge on Friday.", "on Friday"),
])
def test_an_effort_made_or_planned_is_no_state(sentence, date):
    i = sentence.index(date)
    assert analyse(sentence, 0, len(sentence), i, i + len(date)).kind in {"event", "scheduled"}


@pytest.mark.parametrize("text, date", [
    ("Asked about the bid, the chairman smiled. “The market will settle this itself next month. We are ready,” "
     "he said.", "next month"),
    ("The governor spoke. “The virus will fade away by next spring, believe me,” she told reporters.", "next spring"),
])
def test_a_quoted_prediction_is_no_event(text, date):
    i, start = text.index(date), text.index("“")
    c = analyse(text, start, len(text), i, i + len(date))
    assert c.kind == "quoted" and "prediction" in c.reason


def test_a_future_outside_quotation_stays_scheduled():
    text = "The league will vote on the merger next month."
    i = text.index("next month")
    assert analyse(text, 0, len(text), i, i + len("next month")).kind == "scheduled"


@pytest.mark.parametrize("sentence, date, noun", [
    ("Creditors may claim refunds as a result of the settlement agreement reached on Friday.", "on Friday",
     "agreement"),
    ("Clinics are exempt under the emergency declaration made on 12 March.", "on 12 March", "declaration"),
])
def test_a_light_verb_participle_after_an_action_noun_states_the_noun(sentence, date, noun):
    i = sentence.index(date)
    assert analyse(sentence, 0, len(sentence), i, i + len(date)).actions[0] == noun


def test_a_light_verb_with_its_own_object_keeps_its_object():
    sentence = "The bidder made a new offer on Friday."
    i = sentence.index("on Friday")
    c = analyse(sentence, 0, len(sentence), i, i + len("on Friday"))
    assert c.actions[0] == "make" and "offer" in c.actions


@pytest.mark.parametrize("text,date,main", [
    ("On April 28—minutes after she was sworn in as mayor—she was rushed to the flooded district.", "April 28",
     "she was rushed to the flooded district"),
    ("On May 3 – hours after the final whistle – the club sacked its coach.", "May 3",
     "the club sacked its coach"),
])
def test_a_date_before_a_dashed_aside_is_the_main_clauses_not_a_bare_date_line(text: str, date: str,
                                                                              main: str) -> None:
    i = text.index(date)
    s, e = clause_bounds(text, 0, len(text), i, i + len(date))
    assert text[s:e].startswith("On " + date) and text[s:e].rstrip(".").endswith(main)
    assert analyse(text, 0, len(text), i, i + len(date)).kind not in NON_EVENT_KINDS


def test_a_dash_after_a_date_inside_a_clause_still_ends_it() -> None:
    text = "The club sacked its coach on May 3 – a week before the final – and named a caretaker."
    i = text.index("May 3")
    s, e = clause_bounds(text, 0, len(text), i, i + 5)
    assert text[s:e] == "The club sacked its coach on May 3"


def _kind_of(text: str, date: str) -> tuple[str, str]:
    i = text.index(date)
    info = analyse(text, 0, len(text), i, i + len(date))
    return info.kind, info.reason


@pytest.mark.parametrize("text,date", [
    ("The agency acts under the powers granted by the Clean Water Act of 1972.", "1972"),
    ("Brokers must report trades under the Securities Exchange Act of 1934, the regulator said.", "1934"),
    ("The shipping rules still follow the Merchant Marine Act of 1920.", "1920"),
    ("Ships may sail under Section 27 of the Merchant Marine Act of 1920.", "1920"),
])
def test_a_law_named_with_its_year_is_no_event(text: str, date: str) -> None:
    assert _kind_of(text, date)[0] in {"reference", "citation"}  # a year in a name: no event


@pytest.mark.parametrize("text,date", [
    ("A 2007 national strategy to fight wildfires can be found at this website.", "2007"),
    ("A 1998 survey of the reef is available from the museum.", "1998"),
])
def test_a_year_labelling_a_thing_in_a_clause_without_a_past_is_no_event(text: str, date: str) -> None:
    assert _kind_of(text, date)[0] in {"reference", "framing"}  # a label, or a pointer to a resource


@pytest.mark.parametrize("text,date", [
    ("A 2007 report found that the levee was weak.", "2007"),       # a past: what the report found
    ("The league adopted the 1998 rules in full.", "1998"),          # a definite article: a known thing
    ("Congress passed the act in 1972.", "1972"),
])
def test_years_that_date_what_happened_stay_events(text: str, date: str) -> None:
    assert _kind_of(text, date)[0] == "event"


@pytest.mark.parametrize("text,date", [
    ("Content on this page was developed during the 2012-2013 drought and has not been updated.", "2012"),
    ("This article was written during the 2016 Olympics and is no longer maintained.", "2016"),
])
def test_a_pages_archive_notice_is_no_event(text: str, date: str) -> None:
    assert _kind_of(text, date)[0] == "stamp"


def test_a_software_update_sentence_is_no_archive_notice() -> None:
    # no word for the text itself: what the sentence tells stays
    assert _kind_of("The pumps were installed in 2012 and have not been updated since.", "2012")[0] == "event"


def test_a_law_named_with_its_year_in_a_past_clause_dates_it() -> None:
    text = "The council was an expansion of the Founding Act of 1997, which the two alliances signed."
    assert _kind_of(text, "1997")[0] == "event"


@pytest.mark.parametrize("text,date,lemma", [
    ("On April 28—minutes after she was sworn in as mayor—she was rushed to the flooded district.", "April 28",
     "rush"),
    ("On May 3 – hours after the final whistle was blown – the club sacked its coach.", "May 3", "sack"),
])
def test_the_verbs_of_a_dashed_aside_after_an_opening_date_are_not_the_main_verb(text: str, date: str,
                                                                                 lemma: str) -> None:
    i = text.index(date)
    assert analyse(text, 0, len(text), i, i + len(date)).verb_lemma == lemma


@pytest.mark.parametrize("sentence, date, kind", [
    # a reporting verb whose content is a state once a relative clause set off by commas is left aside (crime, sport)
    ("Police on Friday said the driver, who fled on Thursday, was a local man.", "Friday", "state"),
    ("Police on Friday said the driver, who fled on Thursday, was a local man.", "Thursday", "event"),
    ("The club on Monday said the striker, who signed in May, was unhappy.", "Monday", "state"),
    # a concessive tail is not the content: the confirming is (manufacturing, sport)
    ("The carmaker on Monday said it has confirmed 40 faulty airbags, although the true number is higher.", "Monday",
     "event"),
    ("The league said Tuesday it has confirmed two positive doping tests, though the inquiry is still open.",
     "Tuesday", "event"),
])
def test_a_relative_aside_or_a_concessive_tail_is_not_the_reported_content(sentence, date, kind):
    assert _clause(sentence, date).kind == kind


@pytest.mark.parametrize("sentence, date", [
    ("With me today are the chief executive and the head of research.", "today"),  # a company's press conference
    ("Today, we are joined by the coach and two players from the squad.", "Today"),  # sport
    ("And this morning I'm joined by the head of the observatory who led the search.", "this morning"),  # science
    ("Tonight we’re joined by two jurors from the trial.", "Tonight"),  # courts: the contracted forms
    ("We're delighted to have the minister with us this morning.", "this morning"),  # politics
    ("Today we will hear from the auditors about the accounts.", "Today"),  # a hearing
    ("This morning I'll talk about the new stadium plans with residents.", "This morning"),  # a town meeting
    ("Tonight we report on the scientists who found the comet.", "Tonight"),  # a science programme
    ("Tonight we look at the costs of the new stadium.", "Tonight"),  # sport
    # a moderator's programme of a briefing (science, sport, business)
    ("Our first speaker today is the director of the observatory, Dr. Ann Lee.", "today"),
    ("Our next speakers this morning are the coach and the club captain.", "this morning"),
    ("Good morning, we will begin this news conference today with a statement by the chief executive.", "today"),
    ("We'll open tonight's briefing with an update from the league doctor.", "tonight"),
    # a speaker's update to a public named in between (weather, sport)
    ("I wanted to give the valley residents an update on the floods today.", "today"),
])
def test_ceremony_talk_and_a_sessions_agenda_are_no_events(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "framing" and "speaker" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("I’m pleased to be here this morning at the opening of the new plant.", "this morning"),  # the occasion itself
    ("This morning I'm told the ferry was joined by two tugs.", "This morning"),  # no speaker joined by guests
    ("The council approved the budget yesterday but we're delighted to have the mayor with us today.", "yesterday"),
    # near-misses of a moderator's programme: a speaker as news, a trial or a hearing opening (courts, politics)
    ("The first speaker today was heckled by protesters outside the hall.", "today"),
    ("We will begin the trial today with the opening statements.", "today"),
    ("We'll open today's hearing on the dam failure with the engineers.", "today"),
])
def test_a_speakers_presence_or_another_clause_stays_an_event(sentence, date):
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("Today we report a loss of $3 million for the quarter.", "Today"),  # a firm's result, no programme
    ("Yesterday we talked about the merger with the regulator.", "Yesterday"),  # a past talk, told
])
def test_a_report_or_a_past_talk_is_no_agenda(sentence, date):
    assert "agenda" not in _clause(sentence, date).reason


@pytest.mark.parametrize("sentence", [
    "Today we will debate the ports bill on the floor.",  # a legislature's own act, said by a member
    "Today we will consider the offer at a special board meeting.",  # a board's
])
def test_a_bodys_own_act_announced_in_the_first_person_stays_scheduled(sentence):
    assert _clause(sentence, "Today", when="future").kind == "scheduled"


@pytest.mark.parametrize("sentence, date, kind", [
    ("Friday's ruling did not end the dispute over the pipeline.", "Friday", "negated"),  # energy, a court
    ("Tuesday's vote did not settle the leadership contest.", "Tuesday", "negated"),  # politics
    # the date not owning the subject, an absence in a contrast, a name, a happening, a decision reported
    ("Even though the president did not attend the summit on Monday, his deputy spoke.", "Monday", "event"),
    ("Even though Monday's talks did not end the strike, the union spoke.", "Monday", "event"),
    ("Governor Jane Roe did not attend the ceremony on Friday.", "Friday", "event"),
    ("Friday's decision by Acme did not end the dispute.", "Friday", "event"),
    ("Last week's storm has not worsened the damage.", "Last week", "event"),
    ("The company said Monday it would not sell the unit.", "Monday", "event"),
    ("The bank said on Monday it had not received the offer.", "Monday", "event"),
])
def test_a_negated_act_is_no_event(sentence, date, kind):
    assert _clause(sentence, date).kind == kind


@pytest.mark.parametrize("sentence, date, kind", [
    ("Pressure mounted on Tuesday over the coach's future.", "Tuesday", "state"),  # sport
    ("A row grew this week over the hospital closures.", "this week", "state"),  # health politics
    ("Fighting intensified Monday as rebels seized the airport.", "Monday", "event"),  # sums up the 'as' clause
    ("Sales grew 5% on Monday at the chain's stores.", "Monday", "event"),  # not a mood
    ("The damage from the storm grew worse on Monday.", "Monday", "event"),  # 'storm' is no head here
])
def test_a_public_mood_growing_is_a_state(sentence, date, kind):
    assert _clause(sentence, date).kind == kind


@pytest.mark.parametrize("sentence, date", [
    ("Officials said the flooding appeared to be easing on Friday.", "Friday"),  # a disaster
    ("Traders said demand seemed to be recovering on Monday.", "Monday"),  # a market
])
def test_a_past_state_read_at_a_later_time_is_no_scheduled_event(sentence, date):
    assert _clause(sentence, date, when="future").kind == "state"


@pytest.mark.parametrize("sentence, date", [
    ("The full 2021 audit report can be found at the company's website.", "2021"),  # business
    ("A map of the 2019 flood zones can be viewed online at the county's site.", "2019"),  # a disaster
    ("Content on this page was developed during the 2015 election campaign and has not been updated.", "2015"),
    ("The material on this page was prepared during the 2019 merger talks and is no longer maintained.", "2019"),
])
def test_the_text_pointing_to_a_resource_or_presenting_its_page_is_no_event(sentence, date):
    assert _clause(sentence, date).kind in {"framing", "stamp"}  # the text about itself, or an archive notice


@pytest.mark.parametrize("sentence, date, kind", [
    ("The regulator acts under Section 13 of the Securities Exchange Act of 1934.", "1934", "citation"),  # finance
    ("Farmers are paid under the Agricultural Adjustment Act of 1938, the ministry said.", "1938", "citation"),
    ("The two sides signed the Founding Act of 1997 in Paris.", "1997", "event"),  # a document signed: its name
    ("Congress passed the act in 1934 after the crash.", "1934", "event"),  # the passing itself
])
def test_the_year_in_a_laws_name_is_no_event(sentence, date, kind):
    assert _clause(sentence, date).kind == kind


@pytest.mark.parametrize("sentence, date, expected", [
    # politics: the verb comes after a list of names with an Oxford comma
    ("Today, Senators Ann Roe, Bo Diaz, and Cy Lee sent a letter to the minister.", "Today", "sent a letter"),
    # business: a party label in brackets after a name
    ("Late last night, director Jo Poe (CA - 05) voted to reject the offer.", "Late last night", "voted to reject"),
])
def test_no_clause_ends_before_its_verb_at_a_list_link_or_a_short_bracket(sentence, date, expected):
    i = sentence.index(date)
    s, e = clause_bounds(sentence, 0, len(sentence), i, i + len(date))
    assert expected in sentence[s:e]


def test_a_bracket_after_the_verb_and_a_clock_time_in_brackets_still_bound_the_clause():
    text = "The explosion occurred at 3:30pm local time (6:00am UTC)."
    i = text.index("3:30pm")
    assert text[slice(*clause_bounds(text, 0, len(text), i, i + 6))] == "The explosion occurred at 3:30pm local time"
    text = "The union called a strike on Monday, and the company closed two mines."
    i = text.index("Monday")
    assert text[slice(*clause_bounds(text, 0, len(text), i, i + 6))].endswith("Monday")


@pytest.mark.parametrize("text,date", [
    ("Vaccines for the 2021-2022 flu season will ship in May.", "2021"),
    ("Vaccines for the 2021-2022 flu season will ship in May.", "2022"),
    ("The museum keeps its 1998-2001 survey of the reef in the library.", "2001"),
    ("Tickets for the 2023-24 season go on sale next week.", "2023"),
])
def test_a_span_of_years_that_labels_a_thing_is_no_event(text: str, date: str) -> None:
    assert _kind_of(text, date)[0] == "reference"


def test_a_span_of_years_in_a_past_clause_stays() -> None:
    assert _kind_of("The league cancelled the 2019-20 season.", "2019")[0] == "event"


@pytest.mark.parametrize("sentence, date, when, kind", [
    # a transaction closed (completed) on the date is an event, even with its value in the clause
    ("The $5 billion sale of the unit closed on May 4.", "May 4", "past", "event"),
    ("The bank closed the $1.2 billion acquisition of the insurer on Tuesday.", "Tuesday", "past", "event"),
    ("The $900 million merger of the two hospital groups is scheduled to be closed on June 30.", "June 30",
     "future", "scheduled"),
    # a price on the date stays a reference, a transaction named beside it or not
    ("Acme's shares closed on Friday up 3 percent after the $4 billion offer.", "Friday", "past", "reference"),
    ("The stock closed on Monday at $31, below the $41.50 offer.", "Monday", "past", "reference"),
    ("The index closed on Wednesday 2 percent lower.", "Wednesday", "past", "reference"),
])
def test_a_closed_transaction_is_not_a_closing_price(sentence, date, when, kind):
    assert _clause(sentence, date, when=when).kind == kind


@pytest.mark.parametrize("sentence, date, when, kind", [
    # an opportunity or right open to someone is a state, not a happening
    ("Every shareholder has the opportunity right now, today, to tender at the higher price.", "today", "past",
     "state"),
    ("Voters have the chance this week to reject the levy.", "this week", "future", "state"),
    ("Patients have the option from Monday to book a second dose online.", "Monday", "future", "state"),
    # the report of a right is an event; so is a past chance taken
    ("The court said on Friday that tenants have the right to stay.", "Friday", "past", "event"),
    ("Acme's board had the chance on Monday to reject the bid, and it did.", "Monday", "past", "event"),
])
def test_an_opportunity_open_to_someone_is_a_state(sentence, date, when, kind):
    assert _clause(sentence, date, when=when).kind == kind


@pytest.mark.parametrize("sentence, date, lemma", [
    # a date in a past-tense conjunct after 'and' dates that conjunct's verb, not the first one
    ("The $2 billion sale is expected to close in June and was approved by regulators last month.", "last month",
     "approve"),
    ("The rival is due to file its bid next week and was told of the board's terms on Tuesday.", "Tuesday", "tell"),
    ("The vaccine is due to reach clinics in May and was cleared by the agency in March.", "March", "clear"),
    # a date before the 'and' stays with the first verb
    ("The board rejected the bid on Monday and was sued by investors.", "Monday", "reject"),
])
def test_a_date_in_a_coordinated_verb_phrase_dates_that_verb(sentence, date, lemma):
    assert _clause(sentence, date).verb_lemma == lemma


@pytest.mark.parametrize("sentence, date", [
    ("I want to thank all of today’s panelists for their patience with the committee.", "today"),  # a hearing
    ("We thank the referees who worked this weekend's semifinals.", "this weekend"),  # a sports league
    ("Madam Chair, first let me say that this is not a tax increase this evening, it is a fee.", "this evening"),
    ("If the vote fails tonight, we are saying we do not care about the nurses.", "tonight"),  # a city council
    ("On board with us today, Alderman Rita Vance and Alderman Joe Park.", "today"),  # a city council
    ("Joining us this morning are the head coach and the club's captain.", "this morning"),  # a sports club
    # a speaker's own taking the floor, told in the past or wished
    ("That is partly why I wanted to speak this morning, because the rumours about the merger are wrong.",
     "this morning"),  # a takeover fight
    ("We wanted to give everyone a short update on the vaccine rollout today.", "today"),  # a pandemic
    # precision29: the speaker's word to the audience announced ahead
    ("This morning I will brief you on the spread of the fever and on the ministry's response.", "This morning"),
    ("We'll send you a further note on Monday with the wording of that clause.", "Monday"),  # a bill's negotiation
    ("We are going to brief everyone at noon on the search for the missing climbers.", "noon"),  # a rescue
])
def test_a_speakers_own_speech_acts_are_no_events(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "framing" and "speaker" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("The coach thanked the fans after the final on Sunday.", "Sunday"),  # a third person's act, told
    ("On board the ferry today, the crew rescued twelve passengers.", "today"),  # 'on board' of a place
    ("The mayor said on Monday that the council will cut the fee.", "on Monday"),  # a saying, reported
    ("The governor spoke to reporters this morning about the flood.", "this morning"),  # a speech, told
])
def test_speech_told_by_the_narrator_stays_an_event(sentence, date):
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("Tomorrow I will sign the order closing the border.", "Tomorrow"),  # a speaker's act ahead, not words to us
    ("The minister will update parliament on Tuesday.", "Tuesday"),  # a third person's briefing ahead
    ("I will tell the board on Monday that we are selling the mill.", "Monday"),  # told to a body, not the audience
])
def test_an_act_or_a_briefing_ahead_of_others_stays_scheduled(sentence, date):
    assert _clause(sentence, date, when="future").kind == "scheduled"


@pytest.mark.parametrize("sentence, date", [
    ("Tonight will rank as another proud night for the club.", "Tonight"),  # a sports club
    ("This afternoon marked an important moment for the hospital.", "This afternoon"),  # a hospital
    ("Yesterday was a sad day for the whole city council.", "Yesterday"),  # a city council
    ("1994 might be recorded as the season the league changed its rules.", "1994"),
    ("1994 might be recorded as the season the league changed its rules.", "the season"),
])
def test_a_date_judged_by_a_speaker_is_no_event(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "framing" and "judged" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("Today is going to be a hard day for the rescue crews.", "Today"),  # a flood
    ("Friday evening, June 6, was a thrilling day for the club.", "June 6"),  # sport: a date apposed to the day
    ("Friday evening, June 6, was a thrilling day for the club.", "Friday evening"),
    ("Sunday, March 2, 1997, was a terrible day at the harbor.", "March 2, 1997"),  # a shipwreck
    ("Yesterday was a huge milestone for the laboratory and its staff.", "Yesterday"),  # science
])
def test_a_day_judged_in_other_words_is_no_event(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "framing" and "judged" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("Saturday, the fifth day of the strike, was a tough day for commuters as trains stopped.", "Saturday"),  # told
    ("Today is going to be the first day of the trial.", "Today"),  # a counted day, no judgement
    ("On Friday, June 6, the stadium hosted a major final.", "June 6"),  # the date is no subject
    ("Yesterday, the club said, it signed a major sponsor.", "Yesterday"),  # an act told
])
def test_a_day_judged_near_miss_stays(sentence, date):
    assert "judged" not in _clause(sentence, date).reason


@pytest.mark.parametrize("sentence, date", [
    ("Today the board marked a milestone by approving the merger.", "Today"),  # the date is no subject
    ("Yesterday the court ruled that the merger may proceed.", "Yesterday"),
    ("Monday was the day the hospital opened its new wing.", "Monday"),  # no judgement
])
def test_a_date_that_is_no_judged_subject_stays_an_event(sentence, date):
    assert _clause(sentence, date).kind in {"event", "state"}


@pytest.mark.parametrize("sentence, date", [
    ("Ticket sales fell twelve percent in October from a year earlier.", "October"),  # a sports league
    ("Hospital admissions were flat, but pharmacy revenues rose 8% in the second quarter.", "the second quarter"),
    ("Brewery shares recovered strongly for the year.", "the year"),  # a company
    ("Over the past year, the steel industry has shed more than 20,000 jobs.", "the past year"),
    ("The league inherited a market that had lost half of its viewers and 300 clubs in 2015.", "2015"),
    ("Both clubs reported higher earnings in March.", "March"),  # a sports league
])
def test_a_measure_over_a_period_is_no_event(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "reference" and "measure" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("Shares of the brewer fell 9 percent on Monday after the ruling.", "on Monday"),  # a day's news
    ("The hospital group eliminated 4,000 jobs in March.", "March"),  # one actor's act
    ("A rebate program that paid drivers increased bicycle sales in the summer.", "the summer"),  # an act's effect
    ("The council raised parking fees in May.", "May"),  # an act, no figure moving
])
def test_an_act_or_a_days_move_is_no_period_measure(sentence, date):
    assert "measure" not in _clause(sentence, date).reason


@pytest.mark.parametrize("sentence, date", [
    ("Since March, the hospital has treated more than 4,000 patients for the virus.", "March"),  # a hospital
    ("Since January, the city council has been working to balance an ailing budget.", "January"),  # a council
    ("Ever since 2015, the league has fined its clubs 40 times.", "2015"),  # a sports league
    ("In all, more than 40 clinics have been closed this year.", "this year"),  # a running total
])
def test_a_running_count_or_ongoing_work_up_to_now_is_no_event(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "state" and "running" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("Since Monday, the council voted twice on the budget.", "Monday"),  # a simple past: acts told
    ("The striker has not played since May.", "May"),  # the date inside its clause
    ("In all, the court heard the appeal on Friday.", "on Friday"),  # no count, no perfect
])
def test_acts_told_after_since_or_in_all_are_no_running_count(sentence, date):
    assert "running" not in _clause(sentence, date).reason


@pytest.mark.parametrize("sentence, date", [
    ("The regulator has acted quickly since it first received the complaints on Monday.", "Monday"),  # a watchdog
    ("The club has not won a match since losing the cup final on Tuesday.", "Tuesday"),  # a sports league
    ("Health officials have opened three new clinics since the outbreak began in March.", "March"),  # a pandemic
    ("The campaign has raised $2 million since the senator declared her bid on Friday.", "Friday"),  # an election
])
def test_a_present_perfect_whose_date_is_in_its_since_phrase_is_no_event(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "state" and "'since' phrase" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("The charity needed to raise $2 million by May 1 to keep its shelters open.", "May 1"),  # a charity appeal
    ("The club says it needs a new stadium by 2025.", "2025"),  # a sports league
    ("Regional hospitals needed 300 more ventilators last week, the ministry said.", "last week"),  # a pandemic
])
def test_a_need_stated_before_its_date_is_no_event(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "state" and "need stated" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("The hospital said on Monday that it needs 200 more nurses.", "Monday"),  # the saying is dated
    ("The league announced on Friday that the stadium needed repairs.", "Friday"),  # the announcing is dated
])
def test_a_dated_report_of_a_need_keeps_its_kind(sentence, date):
    assert "need stated" not in _clause(sentence, date).reason


@pytest.mark.parametrize("sentence, date", [
    ("The deal will keep the plant open until at least May 3.", "May 3"),  # a takeover
    ("The league's ban will remain in force until April 1.", "April 1"),  # a sports league
    ("Schools will stay closed until next week, the health ministry said.", "next week"),  # a pandemic
])
def test_an_until_date_of_a_future_ends_a_period(sentence, date):
    c = _clause(sentence, date, when="future")
    assert c.kind == "reference" and c.reason == PERIOD_END


@pytest.mark.parametrize("sentence, date, when", [
    ("The striker will not play until the final on Sunday.", "Sunday", "future"),  # the date is the final's
    ("The league will resume the season on April 1.", "April 1", "future"),  # no 'until': the resuming
    ("The league will suspend the season until April 1.", "April 1", "future"),  # a suspending to come
])
def test_a_future_without_an_until_date_is_no_period_end(sentence, date, when):
    assert _clause(sentence, date, when=when).reason != PERIOD_END


@pytest.mark.parametrize("sentence, date", [
    ("That was the verdict on Monday from the appeals court.", "Monday"),  # a court case
    ("This was the mood this week among the club's supporters.", "this week"),  # a sports league
    ("That was the message on Friday from the health ministry.", "Friday"),  # a pandemic
])
def test_a_pronouns_copula_summing_up_is_no_event(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "state" and "pronoun's copula" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("Anger was the common reaction of fans this week to the ticket prices.", "this week"),  # a noun subject
    ("That was the first club to win the cup on Sunday.", "Sunday"),  # an infinitive: the winning
    ("This was the worst defeat since the 1999 final.", "1999"),  # the date is the final's
    ("That was the day the senator conceded, on Tuesday.", "Tuesday"),  # another verb: the conceding
])
def test_a_copula_near_miss_is_no_pronoun_summing_up(sentence, date):
    assert "pronoun's copula" not in _clause(sentence, date).reason


@pytest.mark.parametrize("sentence, date", [
    ("The bridge has been closed since Friday.", "Friday"),  # a passive: the closing dates from then
    ("The board had acted quickly since it received the bid on Monday.", "Monday"),  # a past perfect
    ("The court has approved the settlement on Monday, since both sides agreed.", "Monday"),  # 'since' after the date
])
def test_a_since_near_miss_keeps_its_kind(sentence, date):
    assert "'since' phrase" not in _clause(sentence, date).reason


@pytest.mark.parametrize("sentence, date", [
    ("Divers have been searching the reservoir since Sunday.", "Sunday"),  # a search
    ("Firefighters have been battling the blaze since last Tuesday.", "last Tuesday"),  # a wildfire
    ("Engineers have been testing the new bridge since March 4.", "March 4"),  # construction
])
def test_a_perfect_progressive_since_a_bare_day_tells_the_activity_began_then(sentence, date):
    """'have been drilling since Sunday': the activity started on that day, an event of the day."""
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("The club has not won since Tuesday.", "Tuesday"),  # no progressive: a result up to now
    ("The singer has been living in Lyon since 2004.", "2004"),  # a year: a tenure
    ("Crews have been trying since Monday to restore power.", "Monday"),  # an effort
    ("Fans have been waiting outside the stadium since Friday.", "Friday"),  # a wait
    ("The lab has been testing samples since receiving them on Monday.", "Monday"),  # a clause after 'since'
])
def test_a_since_phrase_of_a_state_effort_or_clause_stays_no_event(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "state" and "'since' phrase" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("The clinics to be sold represent only 4% of the group's 2011 revenue.", "2011"),  # a hospital group
    ("Ticket income made up half of the club's 2016 earnings.", "2016"),  # a sports club
])
def test_a_year_naming_a_measures_period_is_no_event(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "reference" and "measure" in c.reason


def test_a_year_naming_an_act_stays():
    assert _clause("The 2011 sale of the stadium was approved in May.", "2011").kind != "reference"


@pytest.mark.parametrize("sentence, date, kind", [
    ("This is the stable version, checked on 3 March 2015.", "3 March 2015", "stamp"),  # a wiki page
    ("You are viewing an archived copy, retrieved on 9 June 2019.", "9 June 2019", "stamp"),
    ("This is the final version of the bylaw, approved on 3 March 2015.", "3 March 2015", "event"),  # a council
])
def test_a_wiki_pages_version_line_is_a_stamp(sentence, date, kind):
    assert _clause(sentence, date).kind == kind


@pytest.mark.parametrize("sentence, date", [
    ("We need to ensure that the hospital serves the region well into the 2030s.", "the 2030s"),  # a hospital
    ("But we must make sure the league is ready for the 2026 season.", "2026"),  # a sports league
])
def test_a_speakers_call_is_no_event(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "framing" and "call" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("Every single patient deserves a full answer, and a clear account of what we here today will do.", "today"),
    ("The fans deserve better than the defeat they saw on Sunday.", "Sunday"),  # a sports club
])
def test_what_someone_deserves_is_a_judgement(sentence, date):
    c = _clause(sentence, date, when="future" if date == "today" else "past")
    assert c.kind == "state" and "deserves" in c.reason


@pytest.mark.parametrize("sentence, date, kind", [
    ("The club said on Monday that we must sell the stadium.", "on Monday", "event"),  # a call reported
    ("The tribunal ruled on Friday that every tenant deserves a hearing.", "on Friday", "event"),  # a ruling
])
def test_a_call_or_judgement_reported_stays_an_event(sentence, date, kind):
    assert _clause(sentence, date).kind == kind


def test_a_speakers_judgement_over_a_period_in_a_quotation_is_no_event():
    text = ('“For years, the county has trusted its contractors. But the reality is, too many bridges built over the '
            'past decade haven\'t been safe,” the inspector said during the hearing.')
    i = text.index("the past decade") - len("")
    s = text.index("But the reality")
    c = analyse(text, s, len(text), i, i + len("the past decade"), when="past")
    assert c.kind == "quoted" and "period" in c.reason


def test_a_period_outside_a_quotation_stays():
    c = _clause("The county has rebuilt 40 bridges over the past decade, the inspector said.", "the past decade")
    assert c.kind != "quoted"


@pytest.mark.parametrize("sentence, date", [
    ("The brewer says it expects costs from the recall to total two million euros by the end of March.",
     "the end of March"),  # a company
    ("The hospital group projected that its losses would exceed $3 million in 2024.", "2024"),  # a hospital
    # a figure forecast to increase or decline over a year
    ("Ticket sales are projected to increase from 2.1 million this season to 2.6 million next year.", "next year"),
    ("The ministry estimates that flu admissions will decline by 30% next year.", "next year"),
])
def test_a_forecast_figure_is_no_event(sentence, date):
    c = _clause(sentence, date, when="future")
    assert c.kind == "reference" and "forecast" in c.reason


def test_a_forecast_act_stays_scheduled():
    assert _clause("The club expects to sign the striker by the end of March.", "the end of March",
                   when="future").kind == "scheduled"
    # an increase decided, not forecast
    assert _clause("The council voted to increase parking fees by 10% next year.", "next year",
                   when="future").kind == "scheduled"


@pytest.mark.parametrize("sentence, date, lemma", [
    ("On Monday the carmaker recalled 40,000 trucks over faulty brakes and said more checks were due.", "On Monday",
     "recall"),  # a product recall is the act, not a reporting verb
    ("The toy maker has recalled the 2011 model, the regulator said on Friday.", "on Friday", "recall"),
    ("On Monday the coach recalled that the club had lost the final.", "On Monday", "lose"),  # a memory reported
    ("The mayor recalled how the river had flooded the town in 1990.", "1990", "flood"),
])
def test_recall_of_a_product_is_an_act_a_recalled_memory_reports(sentence, date, lemma):
    assert _clause(sentence, date).verb_lemma == lemma


@pytest.mark.parametrize("sentence, date", [
    ("But over the past decade, the once proud football club fell from grace, losing its stadium.",
     "the past decade"),  # a sports club
    ("In the last two years, the hospital trust has lost the confidence of its staff.", "the last two years"),
])
def test_a_summary_over_a_period_up_to_now_is_no_event(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "state" and "summary" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("Last year, the club fell into the second division.", "Last year"),  # a calendar period: an event
    ("In the past week, the council approved two budgets.", "the past week"),  # a week: news of the week
])
def test_a_calendar_period_or_a_week_is_no_summary(sentence, date):
    assert "summary" not in _clause(sentence, date).reason


@pytest.mark.parametrize("text, at, kind", [
    ("While this has been hard for the players, it has resulted in a club that can pay its debts.", "has resulted",
     "state"),  # an outcome summed up by a pronoun
    ("After two hard years, this has led to a leaner city budget.", "has led", "state"),
    ("The strike has resulted in 300 layoffs at the plant.", "has resulted", "event"),  # a named cause
])
def test_an_outcome_summed_up_by_a_pronoun_is_no_event(text, at, kind):
    i = text.index(at)
    assert analyse(text, 0, len(text), i, i).kind == kind


def test_a_speakers_thanks_with_appreciate_is_no_event():
    c = _clause("We really appreciate the volunteers who cleared the park this morning.", "this morning")
    assert c.kind == "framing" and "speech act" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("The club's debt has risen from twelve million euros two years ago to thirty million.", "two years ago"),
    ("Admissions at the hospital grew from 250 last week to 410.", "last week"),  # a hospital
])
def test_the_date_of_an_earlier_value_is_a_reference(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "reference" and "earlier value" in c.reason


@pytest.mark.parametrize("sentence, date, why", [
    ("League funding of youth teams grew from $2.5 million for fiscal year 2015 to $9 million in fiscal year 2019.",
     "fiscal year 2015", "earlier value"),  # sport: an earlier value 'for' a year
    ("League funding of youth teams grew from $2.5 million for fiscal year 2015 to $9 million in fiscal year 2019.",
     "fiscal year 2019", "later value"),
    ("Research grants rose from 40 in 2010 to 95 in 2020, the university said.", "2020", "later value"),  # science
])
def test_the_dates_of_a_figures_two_values_are_references(sentence, date, why):
    c = _clause(sentence, date)
    assert c.kind == "reference" and why in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("The coach moved from the youth team to the first team in 2019.", "2019"),  # no figure moved
    ("The ferry sailed from Dover at 9 a.m. to Calais on Monday.", "on Monday"),  # a journey
])
def test_a_move_without_two_values_stays_an_event(sentence, date):
    assert "value" not in _clause(sentence, date).reason


@pytest.mark.parametrize("sentence, date", [
    ("A media opportunity is set for 2:15 p.m. at the stadium gates.", "2:15 p.m."),  # sport
    ("Press availability: the lead scientist will take questions at 2 p.m. in the lab.", "2 p.m."),  # science
    ("A photo op will follow at noon outside the courthouse.", "noon"),  # courts
])
def test_a_session_for_the_press_is_no_news(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "framing" and "press" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("The minister told a press conference on Monday that the plant will close.", "on Monday"),  # a press event told
    ("Media companies reported record profits in March.", "in March"),
])
def test_press_words_outside_a_scheduled_session_stay(sentence, date):
    assert "press" not in _clause(sentence, date).reason


@pytest.mark.parametrize("sentence, date", [
    ("On Sunday, Coach", "On Sunday"),  # sport: the page ends mid-sentence
    ("Late Monday, researchers", "Late Monday"),  # science
])
def test_a_verbless_line_cut_off_after_its_date_is_a_fragment(sentence, date):
    assert _clause(sentence, date).kind == "fragment"


@pytest.mark.parametrize("sentence, date", [
    ("The old ferry left its berth in Lisbon harbour on June 9 and", "June 9"),  # a page cut by its store
    ("By June 9th the second goalkeeper was fully fit and was n", "June 9th"),
    ("The mayor has spoken twice this week with the heads of several valley towns from the n", "this week"),
])
def test_a_done_act_cut_off_at_the_end_of_its_line_stays_an_event(sentence, date):
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("The club owners said Sunday that among the n", "Sunday"),  # a saying whose words are cut
    ("The quay rules have not been changed since 1980 and allow s", "1980"),  # negated
    ("The band left on Friday a", "Friday"),  # too short to state its act
])
def test_a_cut_off_saying_negation_or_stub_stays_a_fragment(sentence, date):
    assert _clause(sentence, date).kind == "fragment"


def test_a_clause_cut_before_the_end_of_its_line_stays_a_fragment():
    text = "The old ferry left its berth in Lisbon harbour on June 9 and then more of the line"
    cut = text.index(" then")
    i = text.index("June 9")
    assert analyse(text, 0, cut, i, i + 6, when="past").kind == "fragment"


@pytest.mark.parametrize("sentence, date", [
    ("The council voted on Friday", "on Friday"),  # a verb: a whole clause without its stop
    ("On Sunday, the final.", "On Sunday"),  # a stop: not cut off
])
def test_a_line_with_a_verb_or_a_stop_is_no_fragment(sentence, date):
    assert _clause(sentence, date).kind != "fragment"


def test_a_journey_from_a_place_on_a_day_stays_an_event():
    assert _clause("The minister flew from Oslo on Monday to Rome.", "on Monday").kind == "event"


def test_a_forecast_figure_in_a_timed_transcript_is_no_event():
    text = ("[01:24.79]The brewer says it expects costs [01:28.25]and lost sales from the recall "
            "[01:33.00]to total two million euros by the end of March.")
    c = _clause(text, "the end of March", when="future")
    assert c.kind == "reference" and "forecast" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("The brewery cut its staff last year and is working to return to profit by two thousand twenty-seven.",
     "two thousand twenty-seven"),  # a company
    ("The health board aims to cut waiting lists for hip surgery by the end of next year.",
     "the end of next year"),  # a hospital service
    ("The league is trying to fill every stadium again by 2027.", "2027"),  # sport
])
def test_a_goals_deadline_is_no_event(sentence, date):
    c = _clause(sentence, date, when="future")
    assert c.kind == "reference" and "goal" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("The club expects to sign the striker by the end of March.", "the end of March"),  # an expected act
    ("The brewery is working to reopen the plant on Monday.", "Monday"),  # an effort dated 'on', not 'by'
])
def test_an_act_expected_by_a_date_stays_scheduled(sentence, date):
    assert _clause(sentence, date, when="future").kind == "scheduled"


@pytest.mark.parametrize("text, date", [
    ("[01:24.79]The brewer says it expects costs [01:28.25]and lost sales from its recent product "
     "recalls [01:33.00]to total two million euros by the end of March.", "the end of March"),  # a company
    ("[00:12.40]The hospital group projects that its losses [00:15.10]from the long nurses' strike "
     "[00:18.90]and the closed wards [00:21.35]would exceed three million dollars in 2024.", "2024"),  # a hospital
])
def test_a_forecast_figure_in_a_masked_transcript_is_no_event(text, date):
    # the extractor blanks a transcript's time codes to spaces (offsets kept): the gaps do not hide the forecast
    masked = re.sub(r"\[\d{2}:\d{2}\.\d{2}\]", lambda m: " " * len(m.group()), text)
    c = _clause(masked, date, when="future")
    assert c.kind == "reference" and "forecast" in c.reason


def test_a_forecast_act_in_a_masked_transcript_stays_scheduled():
    text = "The club [00:10.00]expects to sign [00:12.50]the young striker [00:14.00]by the end of March."
    masked = re.sub(r"\[\d{2}:\d{2}\.\d{2}\]", lambda m: " " * len(m.group()), text)
    assert _clause(masked, "the end of March", when="future").kind == "scheduled"


def test_a_figures_possessive_is_no_move():
    text = "Some traders say the market's rally in the last hour was set off by rumors of a takeover of the brewer."
    i = text.index("was set")
    assert "measure" not in analyse(text, 0, len(text), i, i).reason


@pytest.mark.parametrize("sentence, date, kind", [
    ("Just 40 days after the club's insolvency petition, a judge has approved the sale.", "40 days after", "reference"),
    ("Two months after the hospital's merger, the regulator approved a new board.", "Two months after", "reference"),
    ("Two days after the vote on May 3, the council approved the budget.", "Two days after", "event"),  # dated
    ("The council met again two days after.", "two days after", "event"),  # no event named after it
])
def test_a_distance_from_an_event_the_sentence_does_not_date_is_no_date(sentence, date, kind):
    assert _clause(sentence, date).kind == kind


@pytest.mark.parametrize("sentence, date, kind", [
    ("The mayor was sad to learn that the Fall River mill has been placed on standby.", "the Fall", "citation"),
    ("The team won the Spring Cup final at the stadium.", "the Spring", "citation"),  # a sports cup
    ("The league reopened in the Spring Of 2004.", "the Spring", "event"),  # a season of a year
    ("Classes resume in the Spring, the dean said.", "the Spring", "event"),  # a season
])
def test_a_season_word_inside_a_name_is_no_date(sentence, date, kind):
    assert _clause(sentence, date).kind == kind


@pytest.mark.parametrize("sentence, date", [
    ("The victims deserve justice, the judge said on Monday as she sentenced the driver.", "on Monday"),
    ("We need to rebuild the stand, the club's chairman told members on Friday.", "on Friday"),
])
def test_a_call_or_judgement_attributed_before_the_date_leaves_the_saying_an_event(sentence, date):
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("Monday was a historic day for the city as the council approved the budget.", "Monday"),  # the act told
    ("Yesterday was a proud day for the club, which won the cup.", "Yesterday"),  # a sports club
])
def test_a_judged_day_with_what_made_it_so_stays_an_event(sentence, date):
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date, measure", [
    ("Ticket prices rose sharply, prompting the league to freeze fees in April.", "April", False),  # the league's act
    ("In March, ticket sales fell 12 percent.", "March", True),  # a date that opens the clause
])
def test_a_figures_move_measures_only_its_own_stretch_of_the_clause(sentence, date, measure):
    assert ("measure" in _clause(sentence, date).reason) is measure


@pytest.mark.parametrize("words, act", [
    ("When I spoke with the coach last week, he assured me that the club would appeal.", True),  # sport
    ("This morning, along with other members, I joined a call with the hospital's chief executive.", True),  # health
    ("Last night, my fellow councillors and I sent a strong message to the mayor.", False),  # a body's act
    ("I have therefore decided to raise the fee.", False),  # a perfect: a decision restated
    ("I was disappointed to learn that the plant will close.", False),  # a state
    ("I thought the verdict was fair.", False),  # thinking, not an act
])
def test_speaker_act(words, act):
    assert speaker_act(words) is act


@pytest.mark.parametrize("sentence, date", [
    ("Jane Roe, chief executive of the club, who served in 2014 as chair of the league.", "2014"),  # a sports league
    ("She served as mayor of the river town from 2004.", "2004"),  # an election
    ("In 2019 he served two terms as chair of the vaccine board.", "2019"),  # a pandemic
])
def test_a_role_held_is_no_event(sentence, date):
    c = _clause(sentence, date)
    assert c.kind == "state" and "role" in c.reason


@pytest.mark.parametrize("sentence, date", [
    ("The sheriff served the eviction papers on Friday.", "Friday"),  # a court case: serving is an act
    ("The town served as a base for the rebels who attacked the fort in March 2014.", "March 2014"),  # the date is
    # the relative clause's
])
def test_serving_an_act_or_a_date_of_another_clause_is_no_role(sentence, date):
    c = _clause(sentence, date)
    assert "role" not in c.reason


@pytest.mark.parametrize("sentence, date, clause", [
    # 'and' + a subject pronoun + a past verb after a clause with its own verb opens a second clause
    ("The minister was glad to learn that the new tests have worked well and she asked the agency to send a team "
     "to the north this week.", "this week", "she asked the agency to send a team to the north this week."),  # a pandemic
    ("The club lost the final and they sacked the coach on Monday.", "on Monday",
     "they sacked the coach on Monday."),  # a sports league
    # near miss: a subject of two ('The mayor and he'), no verb before 'and'
    ("The mayor and he toured the flooded site on Monday.", "on Monday",
     "The mayor and he toured the flooded site on Monday."),
])
def test_and_before_a_pronoun_and_its_verb_opens_a_clause(sentence, date, clause):
    c = _clause(sentence, date)
    assert sentence[c.start : c.end] == clause
def _kind_in(text: str, date: str, sentence: str):
    s = text.index(sentence)
    i = text.index(date, s)
    return analyse(text, s, s + len(sentence), i, i + len(date), when="")


@pytest.mark.parametrize("text, sentence, date", [
    # a council member's release: the statement quoted in full after its introduction
    ("Councillor Ana Reyes released the following statement on the transit vote:\n\n"
     "“Tonight, the council voted to scrap the tram extension and cut the night buses.\n\n"
     "“Riders deserve better than this.”",
     "“Tonight, the council voted to scrap the tram extension and cut the night buses.", "Tonight"),
    # a league's release over two paragraphs, each opened by a quotation mark
    ("The players' union issued the following statement today after the owners' meeting.\n\n"
     "“We are disappointed,” the union's director said. “Our members will keep talking.”\n\n"
     "“So today, every club in the league locked out its players and closed its training grounds.”",
     "“So today, every club in the league locked out its players and closed its training grounds.”", "today"),
])
def test_a_speakers_today_in_a_released_statement_is_its_news(text, sentence, date):
    assert _kind_in(text, date, sentence).kind == "event"


@pytest.mark.parametrize("text, sentence, date", [
    # the statement was released another day: its 'today' is not the publication's
    ("Councillor Ana Reyes released the following statement on Monday:\n\n"
     "“Tonight, the council voted to scrap the tram extension and cut the night buses.”",
     "“Tonight, the council voted to scrap the tram extension and cut the night buses.”", "Tonight"),
    # a narrative paragraph between the introduction and the quotation: no longer the statement
    ("The club's owner issued the following statement after the match.\n\n"
     "The stadium emptied quickly as rain fell on the pitch.\n\n"
     "“Today we open a new chapter for the fans and for everyone in this town,” the owner told reporters.",
     "“Today we open a new chapter for the fans and for everyone in this town,” the owner told reporters.",
     "Today"),
    # a time inside the sentence, not opening it: a reaction to the news, not the news
    ("The senator issued the following statement this afternoon:\n\n"
     "“The bidder made the right call today in walking away from the takeover.”",
     "“The bidder made the right call today in walking away from the takeover.”", "today"),
    ("The health minister released the following statement after the vaccine hearing:\n\n"
     "“Patients today received a promise from both the maker and the regulator.”",
     "“Patients today received a promise from both the maker and the regulator.”", "today"),
])
def test_a_speakers_today_outside_a_released_statement_stays_quoted(text, sentence, date):
    assert _kind_in(text, date, sentence).kind == "quoted"


def test_released_statement_needs_every_line_to_open_a_quotation():
    from timeline.clauses import released_statement
    text = ("The mayor made the following remarks at noon:\n“First line of the remarks.\n“Second line.”\n"
            "Reporters left.\n“Third.”")
    assert released_statement(text, text.index("“Second"))
    assert not released_statement(text, text.index("“Third"))
    assert not released_statement("“No introduction here, only a quote.”", 0)


def test_released_statement_reads_a_weekday_not_a_word_holding_one():
    from timeline.clauses import released_statement
    common = "The coach made the following comments about a common mistake:\n“Today the squad trained twice.”"
    monday = "The coach made the following comments on Monday:\n“Today the squad trained twice.”"
    assert released_statement(common, common.index("“Today"))
    assert not released_statement(monday, monday.index("“Today"))


@pytest.mark.parametrize("line, verb", [
    ("• Raises the fuel tax until June 30, 2025", True),  # a budget's fact box
    ("- Bans night games at the stadium until May 1, 2024", True),  # a sports league's new rules
    ("• Requires every school to report flu cases by March 3, 2021", True),  # a pandemic order
    ("• Details of the ruling on March 3, 2021", False),  # a noun before a preposition
    ("• Sales rose in May 2021", False),  # not opened by a verb
    ("Raises the fuel tax until June 30, 2025", False),  # no list mark
])
def test_a_list_item_opened_by_its_verb(line, verb):
    from timeline.clauses import list_item_verb
    assert list_item_verb(line) is verb


def test_a_list_item_opened_by_its_verb_is_no_caption():
    text = "What the budget does:\n\n• Raises the fuel tax until June 30, 2025\n"
    i = text.index("June 30, 2025")
    s = text.index("•")
    assert analyse(text, s, text.index("\n", s), i, i + len("June 30, 2025"), when="future").kind != "caption"
    text = "The council on Friday.\n\n• Council chamber on June 30, 2025\n"  # a verbless line stays a caption
    i = text.index("June 30, 2025")
    s = text.index("•")
    assert analyse(text, s, text.index("\n", s), i, i + len("June 30, 2025"), when="past").kind == "caption"


@pytest.mark.parametrize("words, done", [
    ("Last night, my colleagues and I rejected the offer", True),  # a takeover: a past act
    ("I have decided to close the clinics", True),  # a pandemic: a perfect
    ("The measures we are taking today will protect the players", True),  # a league: an act in progress
    ("I'm deeply worried for our nurses, the director said today", False),  # a worry, and saying
    ("We are pleased with the ruling and we will appeal the fine", False),  # a court case: a reaction
])
def test_tells_past(words, done):
    from timeline.clauses import tells_past
    assert tells_past(words) is done


@pytest.mark.parametrize("sentence, date, kind", [
    ("Today, the strike can no longer hurt the club's season.", "Today", "negated"),  # a sports league
    ("The court cannot rule on the appeal before Friday.", "Friday", "negated"),  # a court case
    ("The court could rule on the appeal on Friday.", "Friday", "question"),  # a possibility: a forecast (round 33)
    ("The court ruled on the appeal on Friday, and the tenants can now stay.", "Friday", "event"),  # an event
])
def test_what_cannot_happen_is_no_event(sentence, date, kind):
    assert _clause(sentence, date, when="future" if date == "Friday" and "ruled" not in sentence else "past").kind \
        == kind


def test_what_cannot_happen_in_reported_words_leaves_the_saying():
    assert _clause("The club said on Friday it could not pay the players.", "Friday").kind == "event"


@pytest.mark.parametrize("sentence, date, kind", [
    ("Every club would know its wage bill for the whole next season.", "next season", "reference"),  # a league
    ("The museum stays closed for the entire month of May.", "May", "reference"),  # a strike
    ("Clinics will stay open throughout the rest of the year.", "the year", "reference"),  # a pandemic
    ("The museum closed its doors in May.", "May", "event"),  # near miss: the date of an act
])
def test_a_whole_period_something_lasts_over_is_no_event_date(sentence, date, kind):
    assert _clause(sentence, date).kind == kind


@pytest.mark.parametrize("sentence, date, kind", [
    ("The coach made the remarks on Monday after the club's third defeat.", "Monday", "reference"),  # a league
    ("The minister gave those comments on Tuesday at a briefing on the outbreak.", "Tuesday", "reference"),  # a pandemic
    ("The minister made a statement on Tuesday on the outbreak.", "Tuesday", "event"),  # near miss: a first mention
])
def test_the_time_of_words_already_quoted_is_no_other_event(sentence, date, kind):
    assert _clause(sentence, date).kind == kind


@pytest.mark.parametrize("sentence, date", [
    ("The court ruled on Friday that the city cannot evict the tenants.", "Friday"),  # a court case
    ("The board decided on Monday that the club could not sign new players.", "Monday"),  # a sports league
    ("On Monday the league banned the club, which cannot now sign players.", "Monday"),  # a relative clause
])
def test_cannot_in_a_subordinate_clause_leaves_the_main_act(sentence, date):
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("The senator, who made the remarks at a rally, resigned on Monday.", "Monday"),  # an election: a relative
    ("On Monday the coach resigned after he made the remarks at a dinner.", "Monday"),  # a league: a time clause
])
def test_remarks_made_in_a_subordinate_clause_leave_the_main_act(sentence, date):
    assert _clause(sentence, date).kind == "event"
@pytest.mark.parametrize("sentence, date, subject", [
    # sport: an abbreviation with dots before the name, the date between subject and verb
    ("The U.S. Football Licensing Board today opened an investigation into the club.", "today",
     "U.S. Football Licensing Board"),
    # a city's water supply: a bracketed abbreviation and a preposition before the date
    ("The city’s Water Quality Authority (WQA) on Monday ordered a boil-water notice.", "Monday",
     "city’s Water Quality Authority"),
    # medicine
    ("The E.U. Medicines Agency (EMA) today approved the vaccine for children.", "today", "E.U. Medicines Agency"),
])
def test_the_subject_before_a_date_before_the_verb_is_the_whole_name(sentence, date, subject):
    i = sentence.index(date)
    c = analyse(sentence, 0, len(sentence), i, i + len(date))
    assert sentence[c.subject[0] : c.subject[1]] == subject


@pytest.mark.parametrize("sentence, date, subject", [
    ("On Monday the board approved the merger.", "Monday", "board"),  # the date opens the sentence
    ("Acme announced a merger today.", "today", "Acme"),  # the date after the verb
])
def test_the_subject_without_a_date_before_the_verb_is_unchanged(sentence, date, subject):
    i = sentence.index(date)
    c = analyse(sentence, 0, len(sentence), i, i + len(date))
    assert sentence[c.subject[0] : c.subject[1]] == subject


@pytest.mark.parametrize("sentence, date, phrase", [
    # a city council
    ("The minority leader asked the chair to let residents speak at the council’s hearing scheduled for Wednesday, "
     "March 9.", "Wednesday, March 9", ("council’s", "hearing")),
    # a football league
    ("Fans urged the league to move the cup final set for May 3 to a larger stadium.", "May 3", ("cup", "final")),
    # a trial
    ("The defence asked for more time before the sentencing hearing slated for next Tuesday.", "next Tuesday",
     ("sentencing", "hearing")),
])
def test_a_thing_planned_for_a_date_is_its_noun_phrase(sentence, date, phrase):
    i = sentence.index(date)
    assert dated_noun_phrase(sentence, 0, len(sentence), i, i + len(date)) == phrase


def test_someone_scheduled_for_a_date_is_no_noun_phrase():
    """Near miss: the words before 'scheduled for' end in no noun (a person, a verb phrase)."""
    sentence = "The mayor said he was scheduled for Monday."
    i = sentence.index("Monday")
    assert dated_noun_phrase(sentence, 0, len(sentence), i, i + len("Monday")) == ()


@pytest.mark.parametrize("sentence, date, label", [
    ("the committee will vote on the merger today and TimeCode: 10:12:04.3 the board may meet next week.", "today",
     "TimeCode"),  # a caption transcript of a hearing on a takeover
    ("the league will announce the schedule tomorrow, Time: 09:15 and the clubs will reply.", "tomorrow",
     "Time"),  # a live blog of a sports league
])
def test_the_label_of_a_clock_stamp_is_no_actor(sentence, date, label):
    assert label not in _clause(sentence, date).actors


def test_a_name_before_a_colon_without_a_clock_stays_an_actor():
    c = _clause("Acme Corp: the board approved the merger on Monday.", "Monday")  # a near miss: no clock
    assert any("Acme" in a for a in c.actors)


@pytest.mark.parametrize("sentence, date", [
    ("Excerpts from Coach Ann Roe's interview with Radio Uno, in Turin, Italy, May 3, 2019", "May 3, 2019"),  # sport
    ("Remarks by the Governor at the flood site, Dayton, Ohio, May 3, 2019", "May 3, 2019"),  # a flood
    ("Transcript of the minister's press conference, Brussels, March 8, 2021", "March 8, 2021"),  # politics
])
def test_a_line_heading_the_record_of_a_spoken_act_is_no_caption(sentence, date):
    """'Excerpts from X's interview with Y, Place, date': the line dates the interview, not a picture."""
    assert _clause(sentence, date).kind == "event"


def test_a_transcripts_label_before_a_hearing_heads_a_spoken_act():
    """'Transcript (Part 2): Hearing on …': a hearing is a spoken act; a label before a table of votes is not."""
    assert act_header("Transcript (Part 2): Hearing on the Bridge Budget Before the Council, March 14, 2019")  # council
    assert act_header("Transcript: Hearing on Doping in Cycling Before the Sports Committee")  # sport
    assert not act_header("Transcript (Part 2): Table of Votes on the Bridge Budget")  # near miss: no spoken act
    assert not act_header("Hearing aids at half price this week")  # near miss: no record's label


@pytest.mark.parametrize("sentence, date", [
    ("Players celebrate in Turin, Italy, May 3, 2019", "May 3, 2019"),  # a photo of a match
    ("Text of the treaty, Geneva, May 3, 2019", "May 3, 2019"),  # a document, no spoken act
    ("Volunteers at the interview tent in Dayton, Ohio, May 3, 2019", "May 3, 2019"),  # 'interview' not heading it
])
def test_a_caption_near_a_spoken_act_header_stays_a_caption(sentence, date):
    assert _clause(sentence, date).kind == "caption"


@pytest.mark.parametrize("sentence, date", [
    ("The letters request the lab records by Oct. 13, 2015.", "Oct. 13, 2015"),  # an inquiry's deadline
    ("The rules require payment of the fee by May 1, 2019.", "May 1, 2019"),  # a club's dues
    ("The orders keep the beaches closed until June 30, 2021.", "June 30, 2021"),  # a storm closure
])
def test_a_short_sentence_ending_with_a_deadline_is_no_caption(sentence, date):
    """'… by Oct. 13, 2015.': a deadline, whose verb may read as a noun ('The letters request'), not a caption."""
    assert _clause(sentence, date).kind != "caption"


@pytest.mark.parametrize("sentence, date", [
    ("Fans outside the stadium in Turin, May 3, 2019.", "May 3, 2019"),  # a photo: place, date
    ("Volunteers at the flood barrier, June 30, 2021", "June 30, 2021"),  # no deadline word
])
def test_a_caption_ending_with_place_and_date_stays_a_caption(sentence, date):
    assert _clause(sentence, date).kind == "caption"


@pytest.mark.parametrize("sentence, date", [
    ("Earlier Friday, the team doctor, Dr. Ann Roe, said overall the players' health is very good.", "Earlier Friday"),
    ("On Monday, Judge Maria Lopez said the jury's verdict is final.", "On Monday"),  # a court
    ("Late Tuesday, Chief Economist Li Wei said growth is slowing.", "Late Tuesday"),  # business
])
def test_a_named_speakers_saying_dated_by_an_opening_time_is_the_event(sentence, date):
    """A time opening the sentence dates a named person's statement: the saying is that day's event."""
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("Officials said Monday the situation is serious.", "Monday"),  # no name, the date after the verb
    ("On Monday, officials said the situation is serious.", "On Monday"),  # no named speaker
    ("Officials said Monday the situation remains serious.", "Monday"),  # a state verb, no name
    ("The Atomic Energy Agency said Monday the situation at the plant is serious.", "Monday"),  # a body's name
    ("On Monday, the Atomic Energy Agency said the situation at the plant is serious.", "On Monday"),  # fronted
])
def test_a_said_situation_without_a_named_speaker_before_it_stays_a_state(sentence, date):
    assert _clause(sentence, date).kind == "state"


@pytest.mark.parametrize("sentence, date", [
    ("Dr. Ann Roe said on Friday the players' health is very good.", "on Friday"),  # sport, the date after the verb
    ("Judge Maria Lopez said Monday the jury's verdict is final.", "Monday"),  # a court
    ("Chief Economist Li Wei said Tuesday growth is slowing.", "Tuesday"),  # business
])
def test_a_named_speakers_saying_dated_right_after_the_verb_is_the_event_as_when_fronted(sentence, date):
    """'Dr. Ann Roe said on Friday …' is the same news as 'On Friday, Dr. Ann Roe said …': the saying is the event."""
    fronted = f"{date[0].upper()}{date[1:]}, " + sentence.replace(f" {date}", "", 1)
    fronted = fronted if date.startswith("on ") else "On " + fronted
    assert _clause(sentence, date).kind == "event"
    assert _clause(fronted, fronted.split(",")[0]).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("Mayor Ann Roe on Friday said the bridge is sound.", "Friday"),  # city news, 'on' before the day
    ("Chief Economist Li Wei Tuesday said growth is weak.", "Tuesday"),  # business, the bare day
    ("Coach Marta Silva on Sunday said the squad is ready.", "Sunday"),  # sport
])
def test_a_named_speakers_saying_dated_between_name_and_verb_is_the_event(sentence, date):
    """'Mayor Ann Roe on Friday said …' is the news 'On Friday, Mayor Ann Roe said …': the saying is the event."""
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("Officials on Monday said the situation is serious.", "Monday"),  # no name before the day
    ("The Atomic Energy Agency on Monday said the situation at the plant is serious.", "Monday"),  # a body's name
])
def test_a_said_situation_dated_before_the_verb_without_a_person_stays_a_state(sentence, date):
    assert _clause(sentence, date).kind == "state"


@pytest.mark.parametrize("sentence, date", [
    ("The Harbour Board said Friday that its engineers had been aware of the crack for years.", "Friday"),  # a port
    ("The Water Board said Monday that its staff had been aware of the leak since spring.", "Monday"),  # a utility
])
def test_a_named_bodys_dated_saying_of_an_earlier_act_is_a_disclosure(sentence, date):
    """A past perfect in what a named body says tells something done before the saying: the saying discloses it,
    an event of its day (not a situation reported as going on)."""
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("The Harbour Board said Friday that the crack is serious.", "Friday"),  # a present state
    ("The Water Board said Monday that the leak is serious.", "Monday"),  # a utility: a state, no earlier act
    ("Officials said Friday that engineers had been aware of the crack for years.", "Friday"),  # no name
])
def test_a_dated_saying_without_a_named_body_or_an_earlier_act_stays_a_state(sentence, date):
    assert _clause(sentence, date).kind == "state"


@pytest.mark.parametrize("sentence, date", [
    ("The dockers' union said in a statement Tuesday that it accepts the pay offer.", "Tuesday"),  # labour
    ("The ministry said at a news conference on Monday that the dam is safe.", "Monday"),  # a news conference
    ("In a radio interview Tuesday, the coach Ana Costa told the station that the squad is tired.",
     "Tuesday"),  # sport, a fronted occasion
    ("“We are far apart on prices,” he told the trade paper Harbor Weekly on Tuesday.", "Tuesday"),  # the one told
    ("Dr. Lena Park told reporters on Friday that the outbreak is contained.", "Friday"),  # health, reporters
    # a state before round 32 (the date not right after the verb): the interview is the act of Friday
    ("Ann Roe said in an interview on Friday that the players' health is good.", "on Friday"),
])
def test_a_saying_dated_through_its_occasion_is_the_event(sentence, date):
    """A date written on the saying's occasion (*in a statement Sunday*, *In an interview Sunday,*) or after the one
    told (*told reporters on Friday*) dates the saying: the statement is the act of that day, whatever it says."""
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("Officials said Monday the situation is serious.", "Monday"),  # no occasion: a bare 'said Monday'
    ("The union said Sunday that the strike is serious.", "Sunday"),  # a body's bare 'said Sunday', a state
    ("He told them the bridge is safe on Monday.", "Monday"),  # 'told' then what was told, not the one told
    ("In a statement, the board said the leak is serious as of Monday.", "Monday"),  # an occasion without its date
])
def test_a_saying_whose_occasion_does_not_carry_the_date_stays_as_it_was(sentence, date):
    assert _clause(sentence, date).kind != "event"


@pytest.mark.parametrize("sentence, date", [
    ("The cyber attacks appeared to ease Monday although more computers were hit.", "Monday"),  # technology
    ("Last month, the junta's hold on the capital appeared to give way to protests.", "Last month"),  # politics
    ("The storm seemed to weaken on Tuesday as it moved inland.", "Tuesday"),  # weather
])
def test_a_hedged_change_is_an_event(sentence, date):
    """*appeared to ease Monday*: news hedges a change observers saw happen; the change is the event of that day."""
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("Officials said Monday the spread appeared to be slowing.", "Monday"),  # 'be': a state
    ("The fever seemed to have peaked on Monday.", "Monday"),  # 'have'
    ("The river appeared to remain high on Tuesday.", "Tuesday"),  # a verb of going on
])
def test_a_hedged_state_stays_a_state(sentence, date):
    assert _clause(sentence, date).kind == "state"


@pytest.mark.parametrize("sentence, date, action", [
    # a plural noun takes no '-s' verb: both words are nouns
    ("The league today announced a ban on the club over its use of motors to skirt official riders checks.", "today",
     "announce"),  # sport
    ("The board today announced a review of the lab over its use of cheap kits to pass federal patients tests.",
     "today", "announce"),  # science
    # a bare noun phrase right after an infinitive is its object
    ("The regulator today announced a fine against the bank over its use of tricks to dodge annual liquidity tests.",
     "today", "announce"),  # business
])
def test_an_s_word_ending_an_infinitives_object_is_a_noun_not_the_verb(sentence, date, action):
    """'… to dodge annual liquidity tests': 'tests' is the object's head noun, so the clause's action stays the
    announcing (not 'dodge', the verb before a supposed subject and verb)."""
    assert _clause(sentence, date).action == action


@pytest.mark.parametrize("sentence, date", [
    ("On Monday the agency tests cars for leaks.", "On Monday"),  # a singular noun before it: a verb
    ("On Friday the senator blocks the new rules.", "On Friday"),  # politics
    ("The agency said in May that it tests cars for leaks.", "May"),  # a pronoun before it
])
def test_an_s_verb_after_a_singular_subject_stays_the_verb(sentence, date):
    assert {"test", "block"} & set(_clause(sentence, date).actions)


def _spans(text: str, *dates: str) -> list[tuple[int, int]]:
    return [(text.index(d), text.index(d) + len(d)) for d in dates]


@pytest.mark.parametrize("text, dates, second", [
    # two coordinated verb phrases or clauses, each with a date of its own: the second is cut from the first
    ("The striker was charged on Monday and released on Tuesday.", ("Monday", "Tuesday"), "released on Tuesday"),
    ("The probe launched in March and then reached orbit in June, the agency said.", ("March", "June"),
     "reached orbit in June"),
    ("The board approved the merger on Monday, and shareholders voted on it Thursday.", ("Monday", "Thursday"),
     "shareholders voted on it Thursday"),
])
def test_dated_conjuncts_cut_the_second_dated_happening(text, dates, second):
    (sub,) = dated_conjuncts(text, 0, len(text), _spans(text, *dates))
    assert text[sub.body : sub.end] == second and sub.link == "and"
    first = text.index(dates[0])
    qs, qe, cut = event_quote(text, 0, len(text), first, first + len(dates[0]), dates=_spans(text, *dates))
    assert text[qs:qe] == text[: text.index(second)].rstrip(" ,").removesuffix(" and then").removesuffix(" and") \
        .rstrip(",")
    last = text.index(dates[1])
    assert text[slice(*event_quote(text, 0, len(text), last, last + len(dates[1]), dates=_spans(text, *dates))[:2])] \
        == second


@pytest.mark.parametrize("text, dates", [
    ("Prices at the market rose between May 3 and May 20.", ("May 3", "May 20")),  # one span, no verb after 'and'
    ("The museum opened on Monday and again on Friday.", ("Monday", "Friday")),  # one act, two dates
    ("The firm was founded in 1990 and employs 200 people.", ("1990",)),  # no date after 'and'
    # the date after 'and' belongs to a noun phrase, it dates no verb there
    ("The quake struck on Thursday and was centred near the area of last month's quake.", ("Thursday", "last month")),
])
def test_dated_conjuncts_near_misses(text, dates):
    assert dated_conjuncts(text, 0, len(text), _spans(text, *dates)) == []


@pytest.mark.parametrize("sentence, subject", [
    # a list of names that an opening subordinate clause ends with belongs to it: its last item is no subject
    ("After efforts from Senators Ann Lee (D-NJ), Bo Roe (D-CT), and Cy Poe (D-MA), the Department of Energy today "
     "announced a civil suit against the carmaker.", "Department of Energy"),
    ("After talks with Acme, Brightline and Corvex, the regulator today approved the merger.", "regulator"),
    ("LYON – After a final against Olympique, Nantes and Rennes, the coach today resigned.", "coach"),
])
def test_an_opener_ending_with_a_list_of_names_keeps_the_main_subject(sentence, subject):
    c = _clause(sentence, "today")
    assert sentence[c.subject[0] : c.subject[1]] == subject


@pytest.mark.parametrize("sentence, subject", [
    ("After the storm, police and firefighters today cleared the roads.", "police"),  # a common noun before the comma
    ("After meeting Lee, Roe and Poe today resigned.", "Poe"),  # a verb after the names: they are the subject
])
def test_an_opener_list_near_misses(sentence, subject):
    c = _clause(sentence, "today")
    assert sentence[c.subject[0] : c.subject[1]] != "" and "," not in sentence[c.start : c.subject[0]]


@pytest.mark.parametrize("sentence, date, verb", [
    # a reduced relative clause with an adverb before its participle, or a phrase before its agent: not the verb
    ("The bombs allegedly planted by the two men killed three people on May 3.", "May 3", "killed"),
    ("The devices reportedly assembled out of old pipes by the two brothers injured a guard on May 3.", "May 3",
     "injured"),
    ("The samples collected from the glacier by the survey team revealed a new microbe on May 3.", "May 3",
     "revealed"),
])
def test_a_reduced_relative_before_its_agent_is_no_main_verb(sentence, date, verb):
    c = _clause(sentence, date)
    assert sentence[c.verb[0] : c.verb[1]] == verb


@pytest.mark.parametrize("sentence, date, verb", [
    ("The treasury said the limit needed to rise by May 3.", "May 3", "needed"),  # an infinitive, no agent
    ("The company announced the merger by phone on May 3.", "May 3", "announced"),  # an object before 'by'
    ("The minister arrived at the summit by train on May 3.", "May 3", "arrived"),  # no other verb
])
def test_a_verb_before_by_near_misses(sentence, date, verb):
    c = _clause(sentence, date)
    assert sentence[c.verb[0] : c.verb[1]] == verb
@pytest.mark.parametrize("sentence, clause", [
    # sport: a second doer on the same occasion
    ("The league fined the club for crowd trouble on Monday, and the referees' union also complained about the "
     "abuse.", "the referees' union also complained about the abuse"),
    # labour: a second group's protest
    ("Dock workers walked off the job in the harbour on Friday, and bus drivers also marched over their pay.",
     "bus drivers also marched over their pay"),
])
def test_a_clause_whose_own_subject_also_acted_is_a_second_event(sentence, clause):
    got = [(sentence[c.body : c.end], c.link) for c in second_events(sentence, 0, len(sentence))]
    assert got == [(clause, "and")]


@pytest.mark.parametrize("sentence", [
    "The league fined the club on Monday, and also suspended its coach.",  # the same doer: one act told in two
    "The league fined the club on Monday, and the referees' union also plans a protest.",  # not a past act
    "The league fined the club on Monday and the union also complained.",  # no comma: one coordinated clause
])
def test_no_second_event_without_an_own_subject_that_also_acted(sentence):
    assert [c.link for c in second_events(sentence, 0, len(sentence))] == []


# --------------------------------------------------------------------------- round 11: names with abbreviations,
# '-ly' verbs, a plural noun before a modal


@pytest.mark.parametrize("sentence, date, verb, subject", [
    # aviation: 'fly' ends in -ly but is a verb
    ("Two helicopters will fly to the island on Friday.", "Friday", "fly", "Two helicopters"),
    # courts: 'comply'
    ("The club will comply with the ruling on Monday.", "Monday", "comply", "club"),
    # sport: 'rally'
    ("Supporters will rally outside the stadium on Saturday.", "Saturday", "rally", "Supporters"),
    # business: 'apply', with a real adverb before it
    ("The bank will formally apply for a licence on Tuesday.", "Tuesday", "apply", "bank"),
    # science: 'reply'
    ("The journal would reply to the letter on Thursday.", "Thursday", "reply", "journal"),
])
def test_an_ly_verb_after_a_modal_is_the_verb(sentence, date, verb, subject):
    c = _clause(sentence, date, "future")
    assert c.verb_lemma == verb
    assert sentence[c.subject[0] : c.subject[1]] == subject


@pytest.mark.parametrize("sentence, date, verb", [
    # near-miss: a real -ly adverb between the modal and the verb is still skipped
    ("The council will quickly approve the budget on Monday.", "Monday", "approve"),
    ("The firm has reportedly sold the plant on Monday.", "Monday", "sell"),
])
def test_an_ly_adverb_in_a_verb_group_is_skipped(sentence, date, verb):
    assert _clause(sentence, date).verb_lemma == verb


@pytest.mark.parametrize("sentence, date, verb, subject", [
    # shipping: 'ships' before 'will' is the subject's noun, not a verb
    ("Two ships will dock at the port on Friday.", "Friday", "dock", "Two ships"),
    # sport: 'teams' before 'have'
    ("Rival teams have agreed to the new schedule on Monday.", "Monday", "agree", "Rival teams"),
    # science: 'samples' before 'were'
    ("Three samples were sent to the laboratory on Tuesday.", "Tuesday", "send", "Three samples"),
])
def test_a_plural_noun_before_its_auxiliary_is_the_subject(sentence, date, verb, subject):
    c = _clause(sentence, date, "future")
    assert c.verb_lemma == verb
    assert sentence[c.subject[0] : c.subject[1]] == subject


def test_a_present_verb_before_an_object_stays_a_verb():
    # near-miss: a name and an '-s' verb before its object, no auxiliary after it
    c = _clause("Acme ships its first units on Friday.", "Friday", "future")
    assert c.verb_lemma == "ship"


@pytest.mark.parametrize("sentence, date, subject, actor", [
    # politics: a country's initialism and a title before the person's name
    ("U.S. Secretary of Energy Ann Roe today announced the grant.", "today", "U.S. Secretary of Energy Ann Roe",
     "U.S. Secretary of Energy Ann Roe"),
    # legislature: the House keeps its key after 'U.S.'
    ("The U.K. House of Lords on Tuesday rejected the bill.", "Tuesday", "U.K. House of Lords",
     "U.K. House of Lords"),
    # local government: a title's abbreviation
    ("Gov. Bo Lee on Monday signed the budget.", "Monday", "Gov. Bo Lee", "Gov. Bo Lee"),
    # sport: a title's abbreviation with an apposition before the date
    ("Sen. Ann Roe, chair of the sports panel, today opened the hearing.", "today", "Sen. Ann Roe", "Sen. Ann Roe"),
])
def test_a_name_runs_across_the_stop_of_an_abbreviation(sentence, date, subject, actor):
    c = _clause(sentence, date)
    assert sentence[c.subject[0] : c.subject[1]] == subject
    assert c.actors[0] == actor


def test_an_abbreviation_at_a_name_end_does_not_join_the_next_word():
    # near-miss: 'the U.S.' before a date word and before a stop word stays apart
    c = _clause("The firm opened an office in the U.S. on Monday.", "Monday")
    assert "U.S" in c.actors
    assert sentence_subject(c, "The firm opened an office in the U.S. on Monday.") == "firm"


def sentence_subject(c, sentence: str) -> str:
    return sentence[c.subject[0] : c.subject[1]]


def test_subject_keys_keep_the_name_and_drop_a_lone_country_initialism():
    from timeline.clauses import subject_keys

    assert subject_keys("U.S. House of Representatives") >= {"house", "representatives"}
    assert "u.s" not in subject_keys("U.S. Department of Energy")
    assert subject_keys("U.S. Department of Energy").isdisjoint(subject_keys("U.S. Department of Labor"))
    assert subject_keys("U.S.") == {"u.s"}  # near-miss: nothing else names it
    assert {"ann", "roe"} <= subject_keys("U.S. Sen. Ann Roe")


@pytest.mark.parametrize("sentence, date, verb", [
    # weather: the participle right before the date is what the date dates
    ("Farmers may apply for aid under the drought declaration made on May 3.", "May 3", "make"),
    # business: a ruling issued that day
    ("Shareholders can appeal against the decision issued on Friday.", "Friday", "issue"),
])
def test_a_date_right_after_a_reduced_relative_dates_its_participle(sentence, date, verb):
    assert _clause(sentence, date).verb_lemma == verb


def test_a_participle_away_from_the_date_does_not_take_it():
    # near-miss: the participle has its own phrase; the date follows the main verb
    c = _clause("The bridge damaged in the storm reopened on Monday.", "Monday")
    assert c.verb_lemma == "reopen"


def _undated(sentence: str):
    """A sentence dated by its page (the date span empty at its start)."""
    return analyse(sentence, 0, len(sentence), 0, 0, when="past")


@pytest.mark.parametrize("sentence", [
    "Supporters of the club have been gathering outside the stadium hoping for news of the sale.",  # sport
    "The laboratory has been working with two universities on the vaccine trial.",  # science
    "Lawyers for both sides have been meeting privately to narrow the dispute.",  # courts
])
def test_a_present_perfect_progressive_is_an_activity_going_on(sentence):
    """'have been gathering': what has gone on up to the time of writing, no event of the page's day."""
    c = _undated(sentence)
    assert c.kind == "state" and c.reason == ONGOING_PERFECT


def test_a_present_perfect_progressive_over_a_period_is_an_activity_going_on():
    s = "Over the past week, the two banks have been closely coordinating their bids."  # business
    i = s.index("the past week")
    assert analyse(s, 0, len(s), i, i + len("the past week"), when="past").reason == ONGOING_PERFECT


@pytest.mark.parametrize("sentence, date", [
    ("Divers have been searching the reservoir since Sunday.", "Sunday"),  # began that day: an event
    ("At midnight the stopgap deal that has been funding the league expires.", "At midnight"),  # a relative clause
    ("Rescuers had been drilling for days when the storm hit on Monday.", "Monday"),  # a past perfect
    ("The bridge has been closed on Friday for repairs.", "Friday"),  # a perfect passive
])
def test_a_perfect_progressive_near_miss_is_no_activity_going_on(sentence, date):
    assert _clause(sentence, date).reason != ONGOING_PERFECT


@pytest.mark.parametrize("sentence, date", [
    ("I rise today in strong support of the league's new funding plan for youth clubs.", "today"),  # sport
    ("Mr. Speaker, we would like to take a few moments tonight to thank the coaches.", "tonight"),  # sport
    ("Madam Chair, I am here today to talk about the safety of the new reactor design.", "today"),  # science
    ("Your Honor, we are here this morning to address the bail conditions.", "this morning"),  # courts
])
def test_a_floor_speech_opening_is_no_event(sentence, date):
    """'I rise today in support of …', 'I am here to talk about …': the speech framing itself."""
    c = _clause(sentence, date)
    assert c.kind == "framing" and c.reason == FLOOR_OPENING


@pytest.mark.parametrize("sentence, date", [
    ("The captain rose to his feet on Monday to speak to the fans.", "Monday"),  # not the first person
    ("They are here to stay, the coach said on Friday.", "Friday"),  # no speaking verb
    ("We are here because the plant failed on Tuesday.", "Tuesday"),  # a cause, no speech
    ("Prices rise today in most shops after the tax change.", "today"),  # no 'I rise'
])
def test_a_floor_speech_near_miss_is_not_framing(sentence, date):
    assert _clause(sentence, date).reason != FLOOR_OPENING


@pytest.mark.parametrize("sentence, date", [
    ("The cost of a ferry ticket has been cut by 40 percent since 2009.", "2009"),
    ("Since last year, the club's manager earned about $2 million in bonuses.", "last year"),
    ("The official count, which stood at 12 since March, was revised on Friday.", "March"),
    ("The harbour's traffic has nearly doubled since 2015.", "2015"),
    ("Since 2015, there have been 40 strikes at the smelter.", "2015"),  # precision29: a count told as existing
    ("The ministry says that since March 2031 there have been 212 confirmed cases of the fever.", "March 2031"),
    ("There have been more than 30 recalls of the model since June.", "June"),
])
def test_a_figure_counted_or_changed_since_a_date_is_a_reference(sentence, date):
    # states20: the date after 'since' is the baseline of a measure, not the day something happened
    assert _clause(sentence, date).kind == "reference"
    assert _clause(sentence, date).reason == SINCE_FIGURE


@pytest.mark.parametrize("sentence, date", [
    ("Crews have been drilling into the hillside since Sunday.", "Sunday"),  # no figure: the drilling began then
    ("The port has handled $3 million in cargo since the May 3 storm.", "May 3"),  # the date names the storm
    ("Since the May 3 storm there have been 12 aftershocks.", "May 3"),  # the count is since the storm it names
    ("Since 2015, there has been a new chief at the smelter.", "2015"),  # no count
])
def test_a_since_date_without_a_figure_or_naming_a_thing_is_no_figure_baseline(sentence, date):
    assert _clause(sentence, date).reason != SINCE_FIGURE


@pytest.mark.parametrize("sentence, date", [
    ("The new grant comes on top of $2 million the council approved last week.", "last week"),
    ("The harvest reached 40 tonnes, far short of the 95 tonnes picked last year.", "last year"),
])
def test_an_amount_compared_with_an_earlier_one_keeps_its_date_to_itself(sentence, date):
    # states20: 'on top of' / 'short of' an amount of another time: the date is the compared amount's
    assert _clause(sentence, date).kind == "reference"


@pytest.mark.parametrize("sentence, date", [
    ("The team came out on top of the league table in May.", "May"),  # no amount: a ranking reached then
    ("The climbers stopped short of the summit on Monday.", "Monday"),
])
def test_on_top_of_or_short_of_without_an_amount_is_no_comparison(sentence, date):
    assert _clause(sentence, date).kind != "reference"


# round 21 (talk21): talk about the occasion on speech, briefing and hearing pages
from timeline.clauses import BEEN_THERE, GREETING, OCCASION_TALK  # noqa: E402


@pytest.mark.parametrize("sentence, date", [
    # acts toward the people at the occasion, framed by a wish or by taking time
    ("Today, I would like to recognize the harbor crews, whose work kept the port open.", "Today"),
    ("Before we begin, we’d like to take a minute to acknowledge the volunteers here today.", "today"),
    ("Let me take this opportunity to welcome the exchange students joining us this morning.", "this morning"),
    ("Tonight we also want to honor the nurses of the county hospital.", "Tonight"),
    # an offering in the present, or being here to make it
    ("On behalf of the city council, I bring greetings to the festival today.", "today"),
    ("We extend our warmest wishes to the graduating class today.", "today"),
    ("We are here tonight on behalf of the governor to offer the state's help to the valley.", "tonight"),
])
def test_a_speakers_act_toward_the_people_at_the_occasion_is_framing(sentence, date):
    c = _clause(sentence, date)
    assert (c.kind, c.reason) == ("framing", OCCASION_TALK)


@pytest.mark.parametrize("sentence, date", [
    ("Good afternoon, and thank you all for coming to the lab today.", "today"),
    ("MS. ROE: Thank you all for coming this afternoon.", "this afternoon"),
    ("Good evening and thanks to tonight's panel for making the trip.", "tonight"),
])
def test_a_greeting_or_thanks_at_the_occasion_is_framing(sentence, date):
    c = _clause(sentence, date)
    assert (c.kind, c.reason) == ("framing", GREETING)


@pytest.mark.parametrize("sentence, date", [
    ("Dr. Ann Roe has joined us today to answer questions about the soil tests.", "today"),
    ("Next I’ll turn things over to our harbor master, then we’ll take questions about today.", "today"),
    ("The engineers will walk you through the test plan this afternoon.", "this afternoon"),
])
def test_a_moderator_handing_over_is_framing(sentence, date):
    assert _clause(sentence, date).kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("On the second evening the coach and I were there.", "the second evening"),
    ("At nine on Sunday night, I was at the station in the rain.", "Sunday"),
])
def test_a_speakers_memory_of_being_somewhere_is_a_state(sentence, date):
    c = _clause(sentence, date)
    assert (c.kind, c.reason) == ("state", BEEN_THERE)


@pytest.mark.parametrize("sentence, date", [
    ("MR. ROE: I suspect that some of you share that view here today.", "today"),
    ("The council, I gather, has changed its mind about the levy today.", "today"),
])
def test_a_speakers_suspicion_is_a_view(sentence, date):
    assert _clause(sentence, date).kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("Today I am announcing a new fund for the valley farms.", "Today"),  # a performative: the news
    ("I signed the order today.", "today"),  # a past act of the speaker's office
    ("I recognize that the vote today was close.", "today"),  # a concession, not an act at the occasion
    ("The mayor thanked the crews on Sunday.", "Sunday"),  # told by the narrator
    ("On Sunday the mayor welcomed the decision to reopen the port.", "Sunday"),
    ("We will welcome two thousand refugees next month.", "next month"),  # a plan, no wish framing
    ("The port reopened on Monday and I want to thank the crews.", "Monday"),  # another clause holds the date
    ("The city has joined us in the lawsuit today.", "today"),  # joining a suit, no guest
    ("The team will take questions from the jury on Monday.", "Monday"),
    ("I was there on Monday to urge voters to turn out.", "Monday"),  # an act at the occasion
    ("I was in the room when the board voted on Monday.", "Monday"),  # the vote holds the date
])
def test_news_told_in_the_first_person_stays_an_event(sentence, date):
    assert _clause(sentence, date, when="future" if "next" in date else "past").kind not in NON_EVENT_KINDS


def test_thanks_for_the_chance_to_testify_is_no_greeting():
    """The thanks name the speaker's own act at the occasion: the testimony is the news (the greeting rule leaves
    it to the older ceremony rule)."""
    assert _clause("Good morning, and thank you for the chance to testify today.", "today").reason != GREETING


from timeline.clauses import CITING  # noqa: E402


@pytest.mark.parametrize("sentence, date", [
    ("Madam President, I ask unanimous consent that the Senate proceed to S. Res. 42, which was submitted earlier "
     "today.", "earlier today"),  # a chamber's procedure on a sports resolution
    ("I would like to quote from a March 3, 2015 memo by the harbour master.", "March 3, 2015"),  # a port
    ("Let me read from the May 4 report of the school board.", "May 4"),  # schools
    ("We will cite the April 2 ruling of the tribunal in our appeal.", "April 2"),  # courts
    ("I'd like to quote from the June 9 minutes of the water board.", "June 9"),  # a utility
])
def test_a_speakers_floor_procedure_or_citation_dates_a_text_not_an_event(sentence, date):
    """Furniture round 22: the date of a text a speaker moves or cites is a reference."""
    c = _clause(sentence, date)
    assert c.kind == "reference" and c.reason == CITING


@pytest.mark.parametrize("sentence, date", [
    ("The senator quoted from a March 3 letter by the coach.", "March 3"),  # the narrator tells the quoting
    ("I wrote a letter to the coach on March 3, 2015.", "March 3, 2015"),  # the speaker's own past act
    ("I ask unanimous consent to speak, and the board voted on March 4 to close the pool.", "March 4"),
    ("I read the March 3 report and then I called the mayor on March 4.", "March 4"),
    ("I read from the club's charter at the meeting on March 4.", "March 4"),  # a past reading, dated
])
def test_a_citation_near_miss_stays_an_event(sentence, date):
    assert _clause(sentence, date).reason != CITING


# round 23 (precision23): years of laws cited as authority, a statistic's vintage, talk about the occasion
from timeline.clauses import COUNT_VINTAGE, GROUND_RULES, LAW_YEAR  # noqa: E402


@pytest.mark.parametrize("sentence, date", [
    # a past act done under a law already made: the law's year is its name (energy, schools, fishing, a charity)
    ("The power board, pursuant to the Grid Reliability Act of 1992, today adopted rules for the utilities.", "1992"),
    ("The new classrooms were paid for via the School Renewal and Repair Act of 2004, which set aside $9 million.",
     "2004"),
    ("The Fishing Council, created by the Coastal Fisheries Act of 1976, is an agency that sets the catch.", "1976"),
    ("Section 12(b) of the Charities Act of 1960, as amended, gives this power to the registrar.", "1960"),
])
def test_a_law_cited_as_authority_or_means_does_not_date_the_clause(sentence, date):
    c = _clause(sentence, date)
    assert (c.kind, c.reason) == ("reference", LAW_YEAR)


@pytest.mark.parametrize("sentence, date", [
    ("The two sides signed the Harbour Accord Act of 1997 in Lisbon.", "1997"),  # the law acted on: its year
    ("The council was an expansion of the Founding Charter Act of 1997, which the clubs signed.", "1997"),
    ("Parliament passed the Mining Safety Act of 1969 after the pit disaster.", "1969"),
])
def test_a_law_acted_on_in_a_past_clause_keeps_its_year(sentence, date):
    assert _clause(sentence, date).reason != LAW_YEAR


def test_a_bracketed_statistics_year_is_no_event():
    sentence = "On May 2, a farmer who lived in Elmwood (2010 population: 4,312) went to the clinic with a fever."
    c = _clause(sentence, "2010")
    assert (c.kind, c.reason) == ("reference", COUNT_VINTAGE)
    assert _clause("The 2010 census counted 4,312 people in Elmwood.", "2010").reason != COUNT_VINTAGE


@pytest.mark.parametrize("sentence, date", [
    ("We have three panelists today for you.", "today"),  # a moderator's line-up (a science talk)
    ("We are going to be on background today, with remarks attributed to league officials.", "today"),  # rules
    ("This call is embargoed until its end this afternoon.", "this afternoon"),
])
def test_a_moderators_line_up_or_ground_rules_are_no_event(sentence, date):
    assert _clause(sentence, date).kind == "framing"


def test_a_briefings_ground_rules_have_their_reason():
    c = _clause("We are going to be on background today, with remarks attributed to league officials.", "today")
    assert c.reason == GROUND_RULES


@pytest.mark.parametrize("sentence, date", [
    ("I look forward to hearing today from the head of the port authority.", "today"),  # the session anticipated
    ("As I am sure all of the members here today would agree, the harbour needs dredging.", "today"),  # a view
])
def test_a_speakers_anticipation_or_certainty_is_framing(sentence, date):
    assert _clause(sentence, date).kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("We have three new cases today in the county.", "today"),  # not a line-up: news
    ("The board said the talks were on background and the mayor resigned today.", "today"),  # joined: news
    ("The mayor looked forward to the vote and the council approved the plan today.", "today"),
])
def test_talk_near_misses_stay_events(sentence, date):
    assert _clause(sentence, date).kind == "event"


from timeline.clauses import SEASON_AHEAD  # noqa: E402


@pytest.mark.parametrize("sentence, date, when", [
    ("Experts warn there could be a renewed outbreak of the fever this coming winter.", "this coming winter", "future"),
    ("Rules must be in place before the summer to prevent another flood.", "the summer", "future"),  # a deadline
    ("The vaccine is meant to protect people for this winter's flu season.", "this winter", ""),  # a season's period
    ("The orchards will likely see more frost damage this spring.", "this spring", ""),  # farming: a forecast
])
def test_a_season_ahead_or_current_is_no_event(sentence, date, when):
    c = _clause(sentence, date, when=when)
    assert (c.kind, c.reason) == ("reference", SEASON_AHEAD)


@pytest.mark.parametrize("sentence, date, when", [
    ("Last summer, the club moved to a new stadium.", "Last summer", "past"),
    ("The ferry line closed in the summer after the strike.", "the summer", "past"),
    ("The club will move to its new stadium next summer.", "next summer", "future"),  # a plan's season
    ("The club moved to its new stadium in the summer of 2019.", "the summer of 2019", "past"),
])
def test_a_past_season_or_a_plans_season_is_not_a_season_ahead(sentence, date, when):
    assert _clause(sentence, date, when=when).reason != SEASON_AHEAD


@pytest.mark.parametrize("sentence", [
    "The port office granted the ferries a waiver from the loading rules, except as otherwise restricted in this order.",
    "The board approved the new fares on Monday as provided in section 4 of the harbour charter.",
])
def test_a_rules_reference_after_as_is_no_second_event(sentence):
    """'except as …', 'as otherwise restricted', 'as provided in …' refer to a rule; they tell no event."""
    assert [c.link for c in second_events(sentence, 0, len(sentence))] == []


def test_a_time_as_clause_after_a_rule_word_elsewhere_stays():
    """Near miss: a time 'as' clause with its own subject and verb is still a second event."""
    sentence = "The board approved the new fares on Monday as the ferry crews walked off the job."
    assert [c.link for c in second_events(sentence, 0, len(sentence))] == ["as"]


from timeline.clauses import COORDINATED, coordinated_clauses  # noqa: E402


@pytest.mark.parametrize("text, dates, clauses, shared", [
    # a clause after ', and' with a subject of its own: cut, not dated by the first clause's date
    ("The council voted on Monday, and the mayor signed the bill.", ("Monday",), ["the mayor signed the bill"],
     [False]),
    # a clause after ', but' (a personal pronoun as subject after the comma)
    ("The striker scored twice on Sunday, but he missed a penalty.", ("Sunday",), ["he missed a penalty"], [False]),
    # a bare 'and' before a clause with a date of its own
    ("The carrier group has already left the gulf and the field hospital began closing its wards on March 3.",
     ("March 3",), ["the field hospital began closing its wards on March 3"], [False]),
    # a list of clauses: the middle one, listed with a comma alone, and the last one
    ("The first convoy reached the border early on May 3, a second was to cross later the same day, and a third "
     "will leave the capital on May 5.", ("early on May 3", "later the same day", "on May 5"),
     ["a second was to cross later the same day", "a third will leave the capital on May 5"], [False, False]),
    # a date that opens the sentence dates every clause
    ("On Tuesday, the ferry company cancelled all crossings, and the port authority closed the harbour.",
     ("On Tuesday",), ["the port authority closed the harbour"], [True]),
])
def test_coordinated_clauses_cut_a_clause_of_its_own(text, dates, clauses, shared):
    subs = coordinated_clauses(text, 0, len(text), _spans(text, *dates))
    assert [text[s.body : s.end] for s in subs] == clauses
    assert [s.same_time for s in subs] == shared and all(s.link == COORDINATED for s in subs)


@pytest.mark.parametrize("text, dates", [
    ("Prices were high on Monday and traders were nervous.", ("Monday",)),  # states, no acts
    ("International teams and local soldiers spent Wednesday digging through the rubble.", ("Wednesday",)),  # nouns
    ("The agency said on Monday that the Department of Health and Human Services approved the grant.", ("Monday",)),
    ("The minister met the mayor, the governor, and the senator on Monday.", ("Monday",)),  # a list of nouns
    ("The king can no longer enjoy the palace he built and the gardens he planted on Monday.", ("Monday",)),
    ("The panel held a hearing on Monday at which officials and the chief executive testified.", ("Monday",)),
    ("The homes destroyed by the May 3 storm and floods rose in number in recent days.", ("May 3", "recent days")),
    # without a comma, only a clause with a date of its own is cut: 'and' may join the subjects of one verb
    ("The relief ship left the port on Monday and the convoy has reached the border.", ("Monday",)),
    # a second verb of the same subject: one actor's act, told on, not cut
    ("On Tuesday, the mayor requested federal aid and joined firefighters at the command post.", ("On Tuesday",)),
])
def test_coordinated_clauses_near_misses(text, dates):
    assert coordinated_clauses(text, 0, len(text), _spans(text, *dates)) == []


def test_a_date_in_a_coordinated_clause_quotes_that_clause_and_cuts_the_one_before():
    text = "The carrier group has already left the gulf and the field hospital began closing its wards on March 3."
    d = text.index("on March 3")
    qs, qe, cut = event_quote(text, 0, len(text), d, d + 10, dates=_spans(text, "on March 3"))
    assert text[qs:qe] == "the field hospital began closing its wards on March 3"
    assert [(text[c.start : c.end], c.link) for c in cut] == [("The carrier group has already left the gulf",
                                                               COORDINATED)]


from timeline.clauses import Token, lower_word, tokens  # noqa: E402


def test_lower_word_normalises_case_possessives_and_contractions():
    assert lower_word("Harbour") == "harbour"
    assert lower_word("Board's") == lower_word("Board’s") == "board"
    assert lower_word("ferries'") == "ferries"
    assert lower_word("didn't") == "did" and lower_word("won't") == "will" and lower_word("can’t") == "can"
    assert lower_word("isn't") == "is" and lower_word("n't") == "n't"
    text = "The Board’s chair didn't vote."
    assert [t.lower for t in tokens(text)] == ["the", "board", "chair", "did", "vote", "."]
    assert Token(4, 11, "Board’s").lower == "board"


# round 25 (precision25): a call's procedure, a speaker's gratitude, a greeting of the day, states in the present
from timeline.clauses import STATIVE_COPULA  # noqa: E402


@pytest.mark.parametrize("sentence, date", [
    ("Today we have with us Dr. Ann Roe, who runs the soil lab at the county office.", "Today"),
    ("All callers will stay on listen-only until the panel ends today.", "today"),
    ("First I introduce the panelists, then we will move to the Q&A, and we will answer as many questions as we can "
     "tonight.", "tonight"),
    ("We will take as many of your questions as we can this afternoon.", "this afternoon"),
])
def test_a_calls_procedure_and_its_guests_are_framing(sentence, date):
    assert _clause(sentence, date).kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("We are deeply grateful to the harbor crews and to the volunteers today.", "today"),
    ("I'm so thankful for the nurses of the county hospital tonight.", "tonight"),
])
def test_a_speakers_gratitude_is_framing(sentence, date):
    assert _clause(sentence, date).kind == "framing"


def test_a_greeting_of_the_day_is_framing():
    c = _clause("Happy Monday, everyone.", "Monday")
    assert (c.kind, c.reason) == ("framing", GREETING)


@pytest.mark.parametrize("sentence, date", [
    ("The club went into Q and A mode with fans on Monday.", "Monday"),  # no first person, no call
    ("The coach introduced the new captain on Monday.", "Monday"),
    ("The senator was grateful when the bill passed on Monday.", "Monday"),  # the narrator, a past
    ("Happy Monday ended when the market fell 5% on the open.", "Monday"),  # no greeting: a sentence goes on
])
def test_near_misses_of_a_calls_procedure_stay_events(sentence, date):
    assert _clause(sentence, date).kind not in {"framing"}


@pytest.mark.parametrize("sentence, date", [
    ("Today the ship's crew is home.", "Today"),
    ("Three of the climbers are in stable condition this morning.", "this morning"),
    ("The mood in the valley is much calmer today.", "today"),
    ("Tonight the two sailors are still in hospital.", "Tonight"),
])
def test_a_state_in_the_present_is_no_event(sentence, date):
    c = _clause(sentence, date)
    assert (c.kind, c.reason) == ("state", STATIVE_COPULA)


@pytest.mark.parametrize("sentence, date", [
    ("The new vaccine is available today.", "today"),  # a start
    ("The mayor is in Springfield today to meet the crews.", "today"),  # a visit
    ("This is good news today for the valley.", "today"),  # a noun phrase
    ("In their May 4 letter, the senators say the plan is vital.", "May 4"),  # a noun's date
    ("The ferry crew came home today and is tired.", "today"),  # another verb
])
def test_near_misses_of_a_present_state_are_not_that_state(sentence, date):
    assert _clause(sentence, date).reason != STATIVE_COPULA

@pytest.mark.parametrize("sentence, date, modifier", [
    ("The crews cleared roads after yesterday's storm.", "yesterday", True),  # a possessive date
    ("The board reviewed the June 5, 2021, order on Friday.", "June 5, 2021", True),  # between a determiner and a noun
    ("The organisers of the 2019 Harbor Fair were fined.", "2019", True),
    ("The agency approved the Acme Rapid 2020 Test Kit for clinics.", "2020", True),  # a year inside a name
    ("On June 5, 2021, the board reviewed the order.", "June 5, 2021", False),  # the clause's own time
    ("In 2019 Acme opened a plant.", "2019", False),  # an opening preposition, no name
    ("The board met on the 12th and the 14th.", "12th", False),
    ("The vote in the June session passed.", "June", True),
    ("The plant was built in 2019 and later sold.", "2019", False),
])
def test_a_date_that_modifies_a_noun(sentence, date, modifier):
    i = sentence.index(date)
    assert modifies_noun(sentence, i, i + len(date)) is modifier


# round 25 (states25): how far a happening reaches as things stand is no event
from timeline.clauses import STANDING_EXTENT  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "Officials say the leak has been confined to the east wing of the plant.",
    "The rash is limited to the children of one school.",
    "Staff say the boy has been injured and is in stable condition.",
])
def test_a_standing_extent_is_no_event(sentence):
    c = analyse(sentence, 0, len(sentence), 0, 0, when="past")
    assert (c.kind, c.reason) == ("state", STANDING_EXTENT)


@pytest.mark.parametrize("sentence, date", [
    ("The fire has been contained.", ""),  # no 'to': the act of a day
    ("On May 4 the leak was confined to the east wing.", "May 4"),  # a named day, a past
    ("The boy was injured on Friday and is in stable condition.", "Friday"),  # a past dated by its day
    ("Crews have limited the damage by cutting a firebreak.", ""),  # no 'to' after the verb
])
def test_near_misses_of_a_standing_extent_are_not_that_state(sentence, date):
    i = sentence.index(date) if date else 0
    c = analyse(sentence, 0, len(sentence), i, i + len(date), when="past")
    assert c.reason != STANDING_EXTENT



@pytest.mark.parametrize("sentence, date", [
    ("The port authority confirmed Friday that the crane is the same model as the one in the harbour.", "Friday"),
    ("The council announced Saturday there will be a second ballot on the budget.", "Saturday"),  # a plan made known
    ("Health Secretary Ann Roe today announced the agency is collaborating with the province on a vaccine plan.",
     "today"),  # not a joint effort going on: the announcing is the act
    ("On Monday, the water board announced that the reservoir is full.", "On Monday"),  # a fronted date
    ("The mining company disclosed on Tuesday that its reserves are smaller than reported.", "Tuesday"),  # business
])
def test_a_dated_announcement_confirmation_or_disclosure_is_the_event(sentence, date):
    """Making something known is an act of its day, whatever it makes known (``MAKING_KNOWN``)."""
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("Crews were assisting the county on Monday, the agency announced.", "Monday"),  # the announcing not dated
    ("The ministry said Monday it is collaborating with the state.", "Monday"),  # 'said' reports a state
    ("Officials who announced the plan said Monday the situation is serious.", "Monday"),  # the first verb says
    ("The port authority has confirmed since Friday that the crane is safe.", "Friday"),  # a perfect since a day
    ("The port authority reported Friday that the crane is safe.", "Friday"),  # 'reported' is no announcement
])
def test_a_state_made_known_without_a_dated_announcement_stays_a_state(sentence, date):
    assert _clause(sentence, date).kind == "state"


@pytest.mark.parametrize("sentence, date", [
    ("Today is the original Arbor Day, when we plant trees in memory of the founders.", "Today"),  # an observance
    ("Sunday was the third consecutive day of the dock strike.", "Sunday"),  # a day in a run of days
    ("March 3 is the anniversary that the miners' families remember.", "March 3"),  # an anniversary
    ("“May 2, 2011, is a date that the valley and the county should never forget; the dam held.", "May 2"),
    ("But tomorrow will be the tenth anniversary of the flood.", "tomorrow"),
    ("“Today is the original Arbor Day, when we plant trees.", "Arbor Day"),  # the observance's name tagged
    ("Sunday was the sixth straight day of protests against the fare rise.", "the sixth straight day"),
])
def test_a_date_naming_what_the_day_is_is_no_event(sentence, date):
    assert _clause(sentence, date).kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("Monday was the first day of the trial of the former mayor.", "Monday"),  # an opening
    ("Tuesday is Election Day in the county, and polls open at 7 a.m.", "Tuesday"),  # the day of an act
    ("On Sunday, the dockers marched to the harbour for a third consecutive day.", "Sunday"),  # the date no subject
    ("The union marked the anniversary of the strike on Friday with a rally.", "Friday"),  # an act on the day
    ("Today is the first day of the trial of the former mayor.", "the first day"),  # an opening
    ("Friday was Launch Day for the new rocket.", "Launch Day"),  # the day of an act
])
def test_a_date_naming_an_act_or_dating_one_stays_an_event(sentence, date):
    assert _clause(sentence, date).kind == "event"


@pytest.mark.parametrize("sentence, date", [
    ("This week, we commemorate the crews who fought the fire at the mill in 1951.", "1951"),  # a fire's anniversary
    ("This week, we commemorate the crews who fought the fire at the mill in 1951.", "This week"),
    ("Today we honor the miners who died in the blast on April 5.", "April 5"),  # a mine disaster
    ("We also remember the nurses who cared for the sick in the winter of 1918.", "1918"),  # a pandemic
])
def test_a_commemoration_in_the_speakers_present_is_no_event(sentence, date):
    assert _clause(sentence, date).kind == "framing"


@pytest.mark.parametrize("sentence, date", [
    ("We remember when the mill burned down in 1951.", "1951"),  # a memory: the fire is told
    ("I remember the day the mine closed in 1998.", "1998"),  # one speaker's memory
    ("The town commemorated the crews who fought the fire on Sunday.", "Sunday"),  # a commemoration told
    ("This week, we announced a new fund for the miners' families.", "This week"),  # an act of the speakers
])
def test_a_memory_or_a_commemoration_told_stays_an_event(sentence, date):
    assert _clause(sentence, date).kind == "event"
