"""Headline titles, and what is (not) an event: reference dates, captions, stamps, hypotheticals, schedules."""

from __future__ import annotations

import pytest

from timeline.clauses import analyse
from timeline.titles import (MAX_TITLE, directness, fit_title, genre_title, headline_title, link_gaps, make_title,
                             statement_headline, statement_title, stub_title, title_for)


def _clause(sentence: str, date: str, when: str = "past"):
    i = sentence.index(date)
    return analyse(sentence, 0, len(sentence), i, i + len(date), when=when), i, i + len(date)


def _title(sentence: str, date: str, when: str = "past") -> str:
    clause, ds, de = _clause(sentence, date, when)
    return make_title(sentence, clause, ds, de)


@pytest.mark.parametrize("sentence, date, expected", [
    ("On Friday, the Acme board of directors adopted a limited-duration shareholder rights plan, known as a poison "
     "pill, to fend off the bid.", "Friday", "Acme board adopts limited-duration shareholder rights plan"),
    ("The company laid off half its staff in November.", "November", "Company lays off half its staff"),
    ("Shareholders will vote on the deal on Sept. 13.", "Sept. 13", "Shareholders to vote on deal"),
    ("In 1997, NATO and Russia signed the Founding Act in Paris, a landmark agreement.", "1997",
     "NATO and Russia sign Founding Act in Paris"),
    ("Hale made an offer to buy Corvex on March 3.", "March 3", "Hale makes offer to buy Corvex"),
])
def test_headline_titles(sentence, date, expected):
    assert _title(sentence, date, "future" if "will" in sentence else "past") == expected


@pytest.mark.parametrize("sentence, date", [
    ("Russia’s then Minister of Foreign Affairs Andrey Kozyrev signed up to NATO’s Partnership for Peace program in "
     "Brussels on June 22, 1994, after months of talks with the alliance and its member states.", "June 22, 1994"),
    ("The transaction, which had been negotiated for many months by a large team of bankers and lawyers from "
     "several countries, was completed on 4 March 2021.", "4 March 2021"),
    ("Moscow’s attempts to regulate this process (starting with Putin’s Munich Speech in 2007) failed.", "2007"),
    ("Dana Hale on Thursday.", "Thursday"),
    ("In 2008, Georgia.", "2008"),
])
def test_titles_are_short_whole_phrases_and_never_a_lone_name(sentence, date):
    clause, ds, de = _clause(sentence, date)
    title = make_title(sentence, clause, ds, de)
    assert 0 < len(title) <= MAX_TITLE
    assert not title.endswith(("…", " of", " the", " to", " a", " and", " in"))
    assert title not in ("Dana Hale", "Georgia", "Russia")
    words = title.split()
    assert words[-1].strip(".,") in sentence  # not cut inside a word
    assert len(words) >= 2


def test_date_phrase_titles():
    assert _title("Moscow’s attempts to regulate this process (starting with Putin’s Munich Speech in 2007) failed.",
                  "2007") == "Putin’s Munich Speech"
    assert _title("Such as the NATO-Russia Council of 2002, which was new.", "2002") == "NATO-Russia Council of 2002"


@pytest.mark.parametrize("sentence, date, kind", [
    ("Shares of Acme closed at $40.12 on Friday.", "Friday", "reference"),
    ("The stake was valued at $2.9 billion as of Friday's close.", "Friday", "reference"),
    ("The offer represents a 38% premium over the stock's closing price on April 1.", "April 1", "reference"),
    ("Revenue rose 12% compared with the first quarter of 2021.", "the first quarter of 2021", "reference"),
    ("UPDATE 3-Acme rejects bid 12:31 UTC", "12:31 UTC", "stamp"),
    ("Dana Hale speaks at a conference in Los Angeles on May 2, 2022.", "May 2, 2022", "caption"),
    ("FILE - An aerial view of the damaged plant is seen on March 24, 2011.", "March 24, 2011", "caption"),
    ("- \"Huge blast at plant\" — BBC News Online, March 12, 2011", "March 12, 2011", "citation"),
    ("If the deal had closed in June, shareholders would have received $41.50.", "June", "hypothetical"),
    ("Shareholders will vote on the deal on Sept. 13.", "Sept. 13", "scheduled"),
    ("The company laid off half its staff in November.", "November", "event"),
    ("Russia’s concerns about NATO expansion have been voiced since the mid-1990s.", "the mid-1990s", "event"),
    ("No NATO country has yet ratified its adapted version from 1999.", "1999", "event"),
    ("As the season entered March, the club led the table.", "March", "framing"),
    ("June began with a strike at the port.", "June", "framing"),
    ("The company entered the market in March.", "March", "event"),
    ("It was the largest flood in the region since 1954.", "1954", "reference"),
    ("It was the largest spill since the 1989 Exxon Valdez disaster.", "1989", "event"),
    ("The regulator said Friday the outlook was still uncertain.", "Friday", "state"),
    ("The regulator said Friday that prices remained high.", "Friday", "state"),
    ("The regulator said Friday it had fined the bank.", "Friday", "event"),
    ("Fans wait outside the stadium in Leeds, England, Aug. 3, 2019.", "Aug. 3, 2019", "caption"),
    ("Two fans pose for a picture outside the stadium on Saturday.", "Saturday", "caption"),
    ("This week's roundup: the council approves the budget.", "This week", "framing"),
    ("Ballots postmarked by Nov. 3 will be counted.", "Nov. 3", "reference"),
    ("The hall is hung with banners reading \"2019 State Fair\".", "2019", "citation"),
    ("This week's roundup includes a profile of the mayor.", "This week", "framing"),
    ("This week's storm flooded the valley.", "This week", "event"),
])
def test_what_is_an_event(sentence, date, kind):
    clause, _, _ = _clause(sentence, date, "future" if "will" in sentence else "past")
    assert clause.kind == kind, clause
    assert bool(clause.reason) == (kind != "event")


def test_extractor_drops_reference_dates_and_marks_scheduled_events():
    import datetime as dt
    from pathlib import Path

    from timeline.articles import Article, find_regions
    from timeline.extract import extract_article

    text = ("Acme shares closed at $40.12 on Friday. The board rejected the offer on Friday. "
            "Shareholders will vote on the merger on Sept. 13, 2022.")
    art = Article(id="a", path=Path("a.txt"), text=text, title="", published=dt.date(2022, 7, 12),
                  regions=find_regions(text))
    recs = extract_article(art)
    quotes = [r["quote"] for r in recs]
    assert not any("closed at" in q for q in quotes)
    assert any("rejected the offer" in q for q in quotes)
    (vote,) = [r for r in recs if "vote" in r["quote"]]
    assert vote["tags"] == "scheduled" and "scheduled" in vote["note"]


def test_third_person():
    from timeline.titles import third_person

    assert [third_person(v) for v in ("adopt", "carry", "approach", "be", "have", "play", "fix")] == [
        "adopts", "carries", "approaches", "is", "has", "plays", "fixes"]


@pytest.mark.parametrize("sentence, date, expected", [
    ("Members of Congress reconvened to resume counting votes from the November election.", "November",
     "November election"),
    ("Thousands are dead or missing following the twin disasters of March 11, which devastated the coast.",
     "March 11", "Twin disasters of March 11"),
    ("The cooling system was destroyed by last Friday's tsunami.", "last Friday",
     "Cooling system destroyed by tsunami"),
])
def test_a_date_that_names_a_noun_phrase_titles_that_phrase(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The first fire broke out at 9:40 a.m. local time on Tuesday, and was put out.", "9:40 a.m.",
     "First fire breaks out"),
    ("The aftershock struck at 11:32 on Thursday evening.", "Thursday evening", "Aftershock strikes"),
    ("The levee was breached by Friday's storm surge on Saturday.", "Saturday",
     "Levee breached by Friday's storm surge"),
])
def test_titles_leave_out_time_words(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_reduced_relative_before_a_weekday_keeps_the_participle():
    sentence = "But a report released Thursday by the inspectors, appointed by the council in 2019, said the dam was safe."
    assert _title(sentence, "2019") == "Council appoints inspectors"  # the date dates the participle phrase
    assert "releases" not in _title(sentence, "Thursday")


@pytest.mark.parametrize("sentence, date, expected", [
    # business: a name in apposition is the actor; a relative pronoun's noun is the actor
    ("A day earlier, a board rival of the chief executive, Ann Weber, criticized his merger plan.", "A day earlier",
     "Ann Weber criticizes merger plan"),
    ("The hostile bid, which was rejected Friday by the board, valued the company at $4 billion.", "Friday",
     "Hostile bid rejected by board"),
    # election: a reporting frame around a claim titles the claim with its speaker
    ("After Senator Joan Miles claimed in a June interview that the count could be rigged, officials objected.",
     "June", "Joan Miles claims count could be rigged"),
    ("The election board said Monday that turnout reached a record.", "Monday", "Turnout reaches record"),
    ("The election board said Monday that the count was fair.", "Monday", "Election board says count was fair"),
    # disaster: a passive drops its auxiliaries; the place of 'the city of X' is X
    ("The giant waves hit the eastern coast of the island on March 11.", "March 11",
     "Giant waves hit eastern coast of island"),
    ("The governor said on Thursday she ordered the evacuation of the coast.", "Thursday",
     "Governor orders evacuation of coast"),
    # war: a participle phrase set off by commas is dated by its own date
    ("The treaty, signed by both sides in 1994, was broken when troops crossed the border on May 3.", "1994",
     "Both sides sign treaty"),
    ("In 2014, rebel forces and the army clashed near the airport.", "2014",
     "Rebel forces and army clash near airport"),
])
def test_titles_of_several_domains(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_pronoun_subject_borrows_the_name_before_it():
    text = "Maria Lopez leads the union. She called a strike on Monday."
    ds = text.index("Monday")
    s = text.index("She")
    clause = analyse(text, s, len(text), ds, ds + len("Monday"), when="past")
    assert make_title(text, clause, ds, ds + len("Monday")) == "Maria Lopez calls strike"


@pytest.mark.parametrize("title", ["Amongst strikes", "Of George Floyd", "Rushed to emergency cabinet meeting"])
def test_old_fragments_are_not_produced(title):
    sentences = {
        "Amongst strikes": ("Amongst the aftermath of a magnitude 8.9 earthquake which struck on Friday, the prime "
                            "minister spoke.", "Friday", "Magnitude 8.9 earthquake strikes"),
        "Of George Floyd": ("Unrest, still stemming from the police killing of George Floyd in May, continued.", "May",
                            "Police killing of George Floyd"),
        "Rushed to emergency cabinet meeting": ("Prime Minister Naoto Kan and other ministers rushed to an emergency "
                                                "cabinet meeting after Thursday's quake.", "Thursday",
                                                "Kan and other ministers rush to emergency cabinet meeting"),
    }
    sentence, date, expected = sentences[title]
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a date in a clause after the main verb titles that clause
    ("The mayor spoke at the port, where the first ship is to be unloaded on Friday.", "Friday",
     "First ship to be unloaded"),
    # a date right after an event noun in a prepositional phrase dates that noun
    ("A second blast hit the depot on Monday, following an explosion Saturday at the fuel terminal.", "Saturday",
     "Explosion at fuel terminal"),
    # coordinated verbs share the first verb's actor
    ("Rebels shelled the town and seized the bridge on May 3.", "May 3", "Rebels seize bridge"),
])
def test_the_clause_of_the_date_gives_the_title(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a date in a relative clause before the main verb dates the relative clause
    ("The death toll from the storm that hit on Friday is now nearing 300.", "Friday", "Storm hits"),
    # 'states' after 'the last' is a noun, not a verb of saying; 'it' borrows the name before it
    ("Ohio was one of the last states to report because it allowed ballots to arrive through November 12.",
     "November 12", "Ohio allows ballots to arrive"),
])
def test_relative_clauses_and_nouns_that_look_like_verbs(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_prepositional_phrases_between_actor_and_verb_are_skipped():
    sentence = ("But the senator, in a visit Thursday to Dover, Delaware, near the capital, attacked the new "
                "tax plan.")
    assert _title(sentence, "Thursday") == "Senator attacks new tax plan"


@pytest.mark.parametrize("sentence, date, expected", [
    ("Acme's board on Friday unanimously adopted a limited-duration shareholder rights plan.", "Friday",
     "Acme's board adopts limited-duration shareholder rights plan"),
    ("In a letter to regulators on June 10, the bidder's lawyers said he was ending the deal.", "June 10",
     "Bidder's lawyers say he is ending deal"),
    ("The founder, who had said he would not join the board, reversed course on April 3.", "April 3",
     "Founder reverses course"),
    ("The company's former security chief, Ann Ruiz, filed a whistleblower complaint in July.", "July",
     "Ann Ruiz files whistleblower complaint"),
    ("Rebels shelled the city overnight on Saturday, officials said.", "Saturday", "Rebels shell city overnight"),
    ("The ceasefire, brokered by Turkey in March, collapsed within days.", "March", "Turkey brokers ceasefire"),
    ("Voters in the state went to the polls on Tuesday to choose a new governor.", "Tuesday",
     "Voters to choose new governor"),
])
def test_business_war_and_election_headlines(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # the main clause after an opening subordinate clause
    ("While the strike went on at the port, the minister traveled to the capital on Monday.", "Monday",
     "Minister travels to capital"),
    # 'the flood it caused': a relative clause without 'that' is no verb of the clause
    ("Last week's storm and the flood it caused killed more than 40 people.", "Last week",
     "Storm and flood kill more than 40 people"),
    # an apposition that is no name ('the emperor of Japan') leaves the name before it as the actor
    ("Akira, the chairman of the bank, resigned on Friday.", "Friday", "Akira resigns"),
])
def test_main_clause_and_relative_clauses_without_that(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("A long, hotly contested U.S. primary campaign comes to a close Tuesday, June 4.", "Tuesday, June 4",
     "U.S. primary campaign comes to close"),
    ("The mayor himself visited the site two days after the governor.", "two days after", "Mayor visits site"),
    ("Party nominee Jane Doe on the last night of the Liberal Party Conference from the Civic Hall on May 2, 2021.",
     "May 2, 2021", "Jane Doe on last night of Liberal Party Conference"),
])
def test_participle_adjectives_date_anchors_and_captions(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_state_reported_by_a_frame_titles_the_frame():
    sentence = ("Speaking by phone earlier this month, Prime Minister Ana Silva told her Spanish counterpart, "
                "Luis Mora, her government was “deeply concerned” about the dam.")
    assert _title(sentence, "earlier this month") == "Ana Silva tells Spanish counterpart"


@pytest.mark.parametrize("sentence, date, expected", [
    ("At a memorial service in Oslo Friday, attended by the king, mourners stood in silence.", "Friday",
     "Mourners stand in silence at memorial service in Oslo"),
    ("After the vote on Monday, the board resigned.", "Monday", "Board resigns after vote"),
    ("On Thursday, the court set a trial date.", "Thursday", "Court sets trial date"),
])
def test_a_fronted_phrase_with_the_date_gives_the_setting(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # an occasion after the title: 'after' + its noun phrase, not the clause that follows it
    ("In 1995 the emperor and empress visited Kobe after an earthquake struck and killed 6,400 people.", "1995",
     "Emperor and empress visit Kobe after earthquake"),
    ("Monday's vote results were counted after an unexpected day-long delay caused by a glitch in a new app.",
     "Monday", "Vote results counted after unexpected day-long delay"),
    ("Troops seized the bridge on May 3 after heavy shelling of the town.", "May 3",
     "Troops seize bridge after heavy shelling of town"),
    ("The deal was terminated on June 10 after the buyer walked away.", "June 10", "Deal terminated"),
    # 'spent <date> doing': the doing is the action
    ("Rescue teams spent Wednesday digging through the rubble, starting the task of searching for survivors.",
     "Wednesday", "Rescue teams dig through rubble"),
    ("Negotiators spent Monday haggling over the price of the merger.", "Monday",
     "Negotiators haggle over price of merger"),
    # a date right after a noun of announcing: its 'that' clause is what happened
    ("Shares fell after the news on Monday that Acme had dropped its bid for Beta.", "Monday",
     "Acme drops bid for Beta"),
    ("Markets rallied on the report Tuesday that the rebels had agreed to a ceasefire.", "Tuesday",
     "Rebels agree to ceasefire"),
    # 'said it was time …': a claim, titled by its frame in the headline present
    ("Activist investor Carl Icahn said on Monday it was time for the board to sell the company.", "Monday",
     "Carl Icahn says it is time for board to sell company"),
    ("Opposition leader Jane Doe said Thursday it was time for the premier to decide whether to resign over the "
     "crisis.", "Thursday", "Doe says it is time for premier to decide whether to resign"),
])
def test_occasions_gerunds_announcements_and_claims(sentence, date, expected):
    title = _title(sentence, date)
    assert title == expected and len(title) <= MAX_TITLE


def test_informativeness_counts_what_and_where():
    from timeline.titles import FALLBACK_TITLE, informativeness

    assert informativeness("Explosion occurs") == 0.0
    assert informativeness("Explosion occurs at Acme chemical plant in Leeds") == 1.0
    assert 0 < informativeness("Board rejects bid") < informativeness("Acme board rejects Beta's takeover bid")
    assert informativeness(FALLBACK_TITLE) < 0


@pytest.mark.parametrize("sentence, expected", [
    ("The death toll from the earthquake that hit the island on Friday has risen to more than 400.",
     "Death toll from earthquake rises to more than 400"),
    ("The rebels who seized the town have declared a ceasefire.", "Rebels declare ceasefire"),
    ("The number of workers who lost their jobs has doubled.", "Number of workers doubles"),
])
def test_an_undated_main_clause_after_a_relative_clause_titles_the_main_verb(sentence, expected):
    at = sentence.index(" has " if " has " in sentence else " have ") + 1  # a lede's title is anchored at its verb
    clause = analyse(sentence, 0, len(sentence), at, at)
    assert make_title(sentence, clause, at, at) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a relative clause without a pronoun: the noun before the name is the verb's object
    ("Postmaster General Jane Roe, a party fundraiser Trump appointed to the post two months prior, changed the "
     "rules.", "two months prior", "Trump appoints Jane Roe to post"),
    ("Jane Roe, a lawyer Acme Corp hired in March, resigned last week.", "March", "Acme Corp hires Jane Roe"),
    ("Kherson, a city Russia captured in March, was retaken by Ukraine.", "March", "Russia captures Kherson"),
    ("John Smith, a veteran diplomat Biden nominated in May to lead the agency, was confirmed on Tuesday.", "May",
     "Biden nominates John Smith to lead agency"),
    ("Acme appointed a new chief executive on Monday.", "Monday", "Acme appoints new chief executive"),
    # the date in such a clause after the main verb dates that clause
    ("Brightline sued Acme in Delaware over the merger Acme terminated on June 10, 2022.", "June 10, 2022",
     "Acme terminates merger"),
    ("Traders reacted to the offer Hale made on March 3.", "March 3", "Hale makes offer"),
    # a noun naming the name, or a role before it, is no such clause
    ("The ship Moskva sank on April 14.", "April 14", "Ship Moskva sinks"),
    ("Officials said the city Kherson fell on May 3.", "May 3", "City Kherson falls"),
    ("Acme said the company chairman John Smith resigned on Monday.", "Monday", "John Smith resigns"),
])
def test_a_relative_clause_without_pronoun_gives_the_object(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Regulators must meet a Dec. 8 deadline to approve or block the merger, officials said.", "Dec. 8",
     "Dec. 8 deadline to approve or block merger"),
    ("The parties face a March 1 deadline to sign a ceasefire.", "March 1", "Deadline to sign ceasefire"),
    ("Voters went to the polls in the November election.", "November", "Voters go to polls in election"),
])
def test_a_dated_noun_keeps_the_infinitive_that_says_what_it_is_for(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Jane Roe won the party vote on Tuesday, paving the way for her appointment on May 2.", "May 2",
     "Jane Roe’s appointment"),
    ("Biden cleared the 270-vote threshold, paving the way for his inauguration on January 20.", "January 20",
     "Biden’s inauguration"),
])
def test_a_date_in_a_paved_way_titles_that_event(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Hale said on June 9 he was terminating the deal, citing misleading statements.", "June 9",
     "Hale says he is terminating deal"),
    ("Officials said on Monday a storm was approaching the coast.", "Monday", "Officials say storm is approaching coast"),
    ("The agency said on Friday the election was the most secure in history.", "Friday",
     "Agency says election was most secure in history"),
    ("Corvex sued Hale in Delaware Chancery Court on June 14 to force him to complete the acquisition.", "June 14",
     "Corvex sues Hale in Delaware Chancery Court"),
    ("Hale offered to buy Corvex for $41.50 a share on March 3, after rejecting a seat on the board.", "March 3",
     "Hale offers to buy Corvex for $41.50 a share"),
])
def test_headline_present_prices_per_unit_and_no_dangling_pronoun(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Putin announced a partial mobilisation on Sept. 21, calling up 300,000 reservists.", "Sept. 21",
     "Putin announces partial mobilisation"),
    ("Acme confirmed the layoffs on Monday.", "Monday", "Acme confirms layoffs"),
    ("The central bank raised rates by 0.75 percentage point on Wednesday.", "Wednesday",
     "Central bank raises rates by 0.75 percentage point"),
    ("The meeting ended at 9.30 a.m. on Tuesday.", "Tuesday", "Meeting ends"),
])
def test_announced_objects_and_numbers_that_are_no_clock_times(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The 1995 Kobe earthquake, which killed 6,400 people, was the worst since 1923.", "1995",
     "Kobe earthquake kills 6,400 people"),
    ("The 2008 financial crisis, which wiped out trillions in wealth, still shapes policy.", "2008",
     "Financial crisis wipes out trillions in wealth"),
    ("The 2011 Tohoku tsunami, which is still studied, was huge.", "2011", "2011 Tohoku tsunami"),
])
def test_a_dated_noun_phrase_with_a_relative_clause_titles_what_it_did(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_coordinated_past_verb_takes_the_headline_present_too():
    assert title_for("after an earthquake struck and killed 6,400 people in 1995", "1995")[0] == \
        "Earthquake strikes and kills 6,400 people"
    assert title_for("On May 3, 2021 the rebels stormed the town and seized its airport.", "May 3, 2021")[0] \
        .startswith("Rebels storm")


def test_an_occasion_stops_before_the_happenings_own_verb():
    title = title_for("In 2019 Acme Corp closed the plant after a fire broke out there.", "2019")[0]
    assert title == "Acme Corp closes plant after fire"


def test_a_title_never_ends_on_such():
    assert title_for("On May 2, 2022, the regulator imposed rules such that banks must hold more capital.",
                     "May 2, 2022")[0] == "Regulator imposes rules"


def test_a_relative_clause_after_a_list_of_places_refers_to_what_the_list_places():
    quote = ("We will hear the results of the three rounds of talks in Geneva, Brussels, and Vienna, which took "
             "place on May 2, 2022, and decide.")
    assert title_for(quote, "May 2, 2022")[0] == "Talks take place"
    assert title_for("The leaders visited Paris and Berlin, which hosted them on May 2, 2022.",
                     "May 2, 2022")[0] == "Paris and Berlin host them"  # no list after 'in'/'at': the names


@pytest.mark.parametrize("sentence, date, expected", [
    # a subject ending an -ing phrase after a noun: the noun is the subject, not the last noun of the phrase
    ("Power was back by noon after the announcement on Friday that the line carrying gas to the city had been "
     "repaired.", "Friday", "Line carrying gas to city repaired"),
    ("The firm buying shares of the rival was fined on Monday.", "Monday",
     "Firm buying shares of rival fined"),
])
def test_subject_of_an_ing_phrase(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a subject that ends a list of noun phrases is the whole list (a plural verb), not its last item
    ("Chairman John Smith himself, his deputy, and the finance chief all resigned on Monday.", "Monday",
     "John Smith, deputy and finance chief resign"),
    ("In the clash, rebels, soldiers, and civilians were killed on Friday.", "Friday",
     "Rebels, soldiers and civilians killed"),
    ("Senator Ann Lee, her husband, and her son all tested positive for the flu in March.", "March",
     "Ann Lee, husband and son test positive for flu"),
])
def test_listed_subject(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a verb of attention or comment states less than the action of the '-ing' phrase after it
    ("The minister focused on Tuesday on the budget, chairing the first session of a review board set up to cut "
     "costs.", "Tuesday", "Minister chairs first session of review board"),
    ("The general took note of the losses on Friday when visiting the troops at the front.", "Friday",
     "General visits troops at front"),
    # an '-ing' phrase of saying adds no action: the clause keeps its own verb
    ("The chairman reflected on the merger on Monday, saying it had been a success.", "Monday",
     "Chairman reflects on merger"),
])
def test_attention_verb_with_an_action(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # an apposition after a name is left out when a prepositional phrase follows it
    ("The coach introduced Maria Lopez, his new assistant, at a press conference in Madrid on Monday.", "Monday",
     "Coach introduces Maria Lopez at press conference in Madrid"),
    ("The court heard John Green, the former treasurer, in a closed session on Friday.", "Friday",
     "Court hears John Green in closed session"),
])
def test_apposition_left_out(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # the subject of a reported clause, not the reporter, does what its infinitive says; 'on her way to' travels
    ("The ministry said the head of the inspection agency, Jane Roe, was on her way to Brazil Monday to review the "
     "findings.", "Monday", "Jane Roe heads to Brazil"),
    ("The club said its coach, Pablo Ruiz, was on his way to Milan on Friday to sign the striker.", "Friday",
     "Pablo Ruiz heads to Milan"),
])
def test_reported_subject_travels(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a date after the event noun of a phrase between subject and a verb of saying dates what that noun names
    ("But the governor, in a visit Tuesday to Springfield, Illinois, near the border, predicted heavy losses.",
     "Tuesday", "Governor visits Springfield, Illinois"),
    ("The chief executive, in a speech Monday to the Chamber of Commerce, promised new jobs.", "Monday",
     "Chief executive speaks to Chamber of Commerce"),
])
def test_aside_event_noun_before_a_verb_of_saying(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a 'where' clause with nothing after its verb happens at the place it refers to
    ("The talks resumed at the Hotel Bristol, where protesters had gathered two days earlier.", "two days earlier",
     "Protesters gather at Hotel Bristol"),
    ("Troops returned to the Old Fortress, where rebels had stormed a week before.", "a week before",
     "Rebels storm Old Fortress"),
])
def test_where_clause_names_its_place(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a date closing the noun phrase of a time preposition dates that phrase
    ("The bank says the economy faces its deepest slump since the collapse of Lehman Brothers in 2008.", "2008",
     "Collapse of Lehman Brothers"),
    ("Officials said the region saw its worst floods since the end of the Korean War in 1953.", "1953",
     "End of Korean War"),
])
def test_date_of_a_since_phrase(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # the verb after the date is a relative clause's: the '-ing' phrase that holds the date states the event
    ("Volunteers from Canada and Spain were among 50 doctors working in the field hospital Monday in the town of "
     "Bree, which was flattened by the storm.", "Monday", "50 doctors work in field hospital in Bree"),
    ("Two of the bidders were among six firms competing in the final round Friday in the city of Leeds, which was "
     "chosen as host.", "Friday", "Six firms compete in final round in Leeds"),
])
def test_ing_phrase_at_the_date(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a name whose last word is the date's weekday, with an apposition that says what the day is
    ("Retailers are preparing for Black Friday, November 27, the busiest shopping day of the year.",
     "Friday, November 27", "Black Friday, busiest shopping day of year"),
    ("Candidates look to Super Tuesday, March 1, the biggest primary day of the season.", "Tuesday, March 1",
     "Super Tuesday, biggest primary day of season"),
])
def test_named_weekday(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a free relative ('in what was …') ends the title; an actor's place phrase keeps the verb plural
    ("The mayor toured Kenosha on Monday in what was his first trip to the region.", "Monday",
     "Mayor tours Kenosha"),
    ("Farmers in the province of Alberta began the harvest on Monday.", "Monday", "Farmers in Alberta begin harvest"),
])
def test_free_relative_and_plural_actor_with_place(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a date in the purpose infinitive of a verb of going dates what is done there
    ("The chancellor flew to Brussels, which hosts the talks, to sign the trade accord on Thursday.", "Thursday",
     "Chancellor signs trade accord"),
    ("The team traveled to Madrid to play in the cup final on Saturday.", "Saturday", "Team plays in cup final"),
    # a verb that is no going keeps its own infinitive reading
    ("The board agreed to sell the unit on Monday.", "Monday", "Board agrees to sell unit"),
])
def test_purpose_of_going(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("text, before", [
    # gaps that links stripped from a web page leave: the word before each gap
    ("According to , a trade publication, the merger was approved.", "to"),
    ("The has reported the loss of two ships.", "The"),
    ("The port was damaged by a powerful that hit the coast.", "powerful"),
    ("Officials said poisonous and has been found in the river.", "poisonous"),
    ("After the vote, , the chair of the party, resigned.", ","),
])
def test_link_gaps(text, before):
    gaps = link_gaps(text)
    assert len(gaps) == 1 and text[: gaps[0]].endswith(before)


@pytest.mark.parametrize("text", [
    "The company said on Monday that the deal, which was agreed in a hurry, is off.",
    "A new, sobering alert was issued to the people of the city.",
    "He went to the market and bought a new car that was red.",
    "Shares rose 5% in the morning, and the index closed higher. It has been a good week.",
])
def test_no_link_gaps_in_whole_text(text):
    assert link_gaps(text) == []


def test_title_stops_before_a_gap_and_a_gap_lowers_directness():
    # a phrase that lost its noun to a stripped link is left out of the title
    assert _title("The port was damaged by a powerful that hit the coast on Friday.", "Friday") == "Port damaged"
    assert _title("The bridge was destroyed by a huge that struck the valley on Monday.", "Monday") == "Bridge destroyed"
    whole = "The port was damaged by a powerful storm that hit the coast on Friday."
    gap = "The port was damaged by a powerful that hit the coast on Friday."
    c1, s1, e1 = _clause(whole, "Friday")
    c2, s2, e2 = _clause(gap, "Friday")
    assert directness(c2, s2, e2, text=gap) < directness(c1, s1, e1, text=whole)


@pytest.mark.parametrize("sentence, date, expected", [
    # a participle used as an adjective before a noun is no verb: the verb group after the noun is
    ("The merger and related layoffs have been postponed until June.", "June", "Merger and related layoffs postponed"),
    ("The match and planned celebrations were cancelled on Sunday.", "Sunday",
     "Match and planned celebrations cancelled"),
])
def test_participle_before_a_noun_is_no_verb(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a negated verb keeps its negation
    ("Although the chairman did not attend the hearing on Monday, his lawyers were there.", "Monday",
     "Chairman does not attend hearing"),
    ("The striker never reached the final in 2014.", "2014", "Striker never reaches final"),
])
def test_negation_is_kept(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # 'as' opening a clause ends the title ('as they tried …'); 'as' before a role stays ('sworn in as …')
    ("Heavy rain hampered rescuers on Tuesday as they searched for survivors in the valley.", "Tuesday",
     "Heavy rain hampers rescuers"),
    ("Trading slowed on Friday as the city's banks and brokers closed early.", "Friday", "Trading slows"),
    ("Jane Roe was sworn in as mayor on Monday.", "Monday", "Jane Roe sworn in as mayor"),
])
def test_as_clause_ends_a_title(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a subject that 'is' the date names the event
    ("The deadline to file claims with the insurer and return signed forms is Friday, June 3.", "Friday, June 3",
     "Deadline to file claims with insurer and return signed forms"),
    ("The last day to register for the primary election is May 9.", "May 9", "Last day to register for primary election"),
])
def test_subject_that_is_the_date(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, at, expected", [
    # an acronym in brackets after the subject is left out; 'in' before a name is a preposition, no particle
    ("Emergency Housing Support (EHS) has been extended in Ohio and Indiana for families in need.", "has been",
     "Emergency Housing Support extended in Ohio and Indiana"),
    ("The Regional Transit Authority (RTA) has resumed service on all lines.", "has resumed",
     "Regional Transit Authority resumes service on all lines"),
])
def test_acronym_after_the_subject(sentence, at, expected):
    i = sentence.index(at)
    clause = analyse(sentence, 0, len(sentence), i, i)
    assert make_title(sentence, clause, i, i) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a possessive after a verb is left out; after a quantifier it stays ('half its staff')
    ("The senator decided to end his campaign on Monday with a speech in Ohio.", "Monday",
     "Senator decides to end campaign with speech in Ohio"),
    ("The company laid off half its staff in November.", "November", "Company lays off half its staff"),
])
def test_possessive_after_a_verb(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("title, expected", [
    # an event noun and what it was done to read as a headline participle
    ("Evacuation of residents within 5 km of dam", "Residents within 5 km of dam evacuated"),
    ("Evacuations of around 2,000 villagers take place", "Around 2,000 villagers evacuated"),
    ("Announcement of merger", "Merger announced"),
    # not when 'of' names the agent or a name, or the noun has no verb
    ("Decision of court", "Decision of court"),
    ("Government of Japan", "Government of Japan"),
    ("Abolition of slavery", "Abolition of slavery"),
])
def test_event_noun_done_to(title, expected):
    from timeline.titles import _done_to
    out = _done_to(title)
    assert out[:1].upper() + out[1:] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a role after the acronym of its body stays with the name (who it is); other roles are left out
    ("FIFA president John Doe opened the tournament on Friday.", "Friday", "FIFA president John Doe opens tournament"),
    ("UEFA chief executive Ann Berg resigned on Monday.", "Monday", "UEFA chief executive Ann Berg resigns"),
    ("Former mayor John Doe opened the tournament on Friday.", "Friday", "John Doe opens tournament"),
])
def test_role_of_a_named_body(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # an office of a body before a name: the name
    ("Minister of Foreign Trade and Industry Karl Obermeier visited a shipyard in Hamburg on Monday.", "Monday",
     "Karl Obermeier visits shipyard in Hamburg"),
    ("Secretary of Health Ana Pereira opened two clinics in the north on Friday.", "Friday",
     "Ana Pereira opens two clinics in north"),
    # a dated noun phrase ends where the clause's verb starts
    ("Friday's flood swamped the lower town, cutting power to 3,000 homes.", "Friday", "Flood swamps lower town"),
    # a participle with its agent after a noun is no main verb, and no end of the subject
    ("The debt left by the former owners weighs on the club on Monday.", "Monday",
     "Debt left by former owners weighs on club"),
    # 'are trying to': the trying is the verb
    ("Parts of the flooded valley are trying to get back to work on Wednesday.", "Wednesday",
     "Parts of flooded valley try to get back to work"),
])
def test_office_names_dated_phrases_and_verb_groups(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("text, expected", [
    # 'They' opening a sentence stands for the plural subject of the sentence before
    ("All polling stations will be closed on Sunday. They reopen Monday with longer hours.",
     "Polling stations reopen with longer hours"),
    ("Shares of the carmaker fell on Monday. They recovered on Tuesday after the results.",
     "Shares of carmaker recover after results"),
])
def test_they_after_a_plural_subject(text, expected):
    at = text.index("They")
    date = "Monday" if "reopen" in text else "Tuesday"
    i = text.rindex(date)
    clause = analyse(text, at, len(text), i, i + len(date))
    assert make_title(text, clause, i, i + len(date)) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # the verb agrees with the actor's head noun, not with a place phrase after it
    ("Volunteers across the region collected food on Monday.", "Monday", "Volunteers across region collect food"),
    ("The mayor of the two towns resigned on Monday.", "Monday", "Mayor of two towns resigns"),
])
def test_agreement_with_the_head_noun(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a schedule participle goes with its date
    ("The union called off a strike scheduled for Monday at the port.", "Monday", "Union calls off strike at port"),
    ("Shareholders will vote at a meeting scheduled for June 3.", "June 3", "Shareholders to vote at meeting"),
])
def test_schedule_goes_with_its_date(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, at, expected", [
    # a reported content too long loses the phrase after its subject's head; 'police' takes a plural verb
    ("The police have claimed that the number of victims of the two fires in the old town could be higher than 300.",
     "have claimed", "Police claim number of victims of two fires could be higher"),
    ("The regulator has warned that the cost of the cleanup at the three abandoned mining sites in the northern "
     "hills could exceed $2 billion.", "has warned", "Regulator warns cost of cleanup could exceed $2 billion"),
])
def test_long_reported_content(sentence, at, expected):
    i = sentence.index(at)
    clause = analyse(sentence, 0, len(sentence), i, i)
    assert make_title(sentence, clause, i, i) == expected


@pytest.mark.parametrize("clause, want", [
    # pandemic: a clause titled from its start (a second event: no date of its own) keeps its verb
    ("the city's hospitals and schools reopened", "City's hospitals and schools reopen"),
    # war
    ("the rebel army's tanks and trucks crossed the river", "Rebel army's tanks and trucks cross river"),
])
def test_a_clause_without_a_date_is_not_titled_as_a_phrase_the_date_names(clause, want):
    info = analyse(clause, 0, len(clause), 0, 0)
    assert make_title(clause, info, 0, 0) == want


def test_a_quote_without_its_date_states_it_less_directly():
    """A second event dated by its main clause does not give its date: the member that does represents the event."""
    text = "Acme sold the plant on Monday"
    dated = analyse(text, 0, len(text), 23, 29)
    assert directness(dated, 23, 29) > directness(analyse(text, 0, len(text), 0, 0), 0, 0)


@pytest.mark.parametrize("sentence, date, expected", [
    # a date right after a participle that follows a noun, past the clause's verb, dates the noun's making
    ("Farmers may be eligible for aid as a result of the emergency decree signed March 3.", "March 3",
     "Emergency decree signed"),
    ("The board approved the plan drafted in May.", "May", "Plan drafted"),
    # not the clause's own verb
    ("The team won the cup in May.", "May", "Team wins cup"),
])
def test_participle_at_the_date(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # with 'be' as the verb, a relative clause right after the date states the event of the noun before it
    ("Two banks were among the lenders on Monday that cut their rates by half a point.", "Monday",
     "Lenders cut rates by half point"),
    ("The Times and the Post were among the papers Thursday that called the race for the senator.", "Thursday",
     "Papers call race for senator"),
])
def test_relative_clause_after_the_date(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # an infinitive whose object a boundary cuts off is left out, with 'in an attempt' before it
    ("More than 50 aid groups offered help on Saturday in an attempt to save as many people as possible.",
     "Saturday", "More than 50 aid groups offer help"),
    ("The board met on Monday to decide whether to sell the unit.", "Monday", "Board meets to decide whether to sell unit"),
])
def test_infinitive_without_its_object(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_bare_passive_keeps_the_longest_actor_that_fits():
    sentence = ("Officials announced toxic mercury, above the legal limit, has been found at one of the region's three "
                "largest drinking water treatment plants.")
    i = sentence.index("has been")
    clause = analyse(sentence, 0, len(sentence), i, i)
    assert make_title(sentence, clause, i, i) == "Toxic mercury found"


@pytest.mark.parametrize("sentence, date, expected", [
    # a date in an '-ing' aside between subject and verb dates what the subject did meanwhile
    ("The coach, speaking after the match on Sunday, praised the young striker.", "Sunday",
     "Coach praises young striker"),
    ("The president, preparing to board a plane Wednesday, explained the roots of the crisis.", "Wednesday",
     "President explains roots of crisis"),
    # 'it' after a reporting verb is what the reported clause is about, not the reporter
    ("The senator says the ministry should have known about the fees when it paid the firm $2 million in May.",
     "May", "Ministry pays firm $2 million"),
])
def test_aside_and_it_after_a_reporting_verb(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a dated noun phrase followed by 'when' + a clause: the clause says what happened then
    ("Shares recovered after Friday's crash when the exchange halted trading for an hour.", "Friday",
     "Exchange halts trading for hour"),
    ("The index closed higher, following Monday's dramatic slump when the central bank raised its rates.", "Monday",
     "Central bank raises rates"),
])
def test_dated_phrase_with_a_when_clause(sentence, date, expected):
    assert _title(sentence, date) == expected


# --- round 6 (h/titles6): verbless heads, fixed phrases, first person, date residue ------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # sport: the verb comes after a list of names ending ', and …'
    ("On Monday, coach Ann Lee, striker Bo Diaz, and keeper Tim Ray were suspended by the league.", "Monday",
     "Ann Lee, Bo Diaz and Tim Ray suspended by league"),
    # courts: a short bracket after a name is no clause boundary
    ("Late on Tuesday, Judge Mary Poe (D-NY) blocked the merger of the two railroads.", "Late on Tuesday",
     "Judge Poe blocks merger of two railroads"),
    # takeovers: a bracket before the date
    ("Director Sam Vick (CA - 05) voted on Tuesday to reject the offer.", "Tuesday", "Director Vick votes to reject offer"),
])
def test_the_verb_after_a_subject_list_or_a_bracket_titles_the_clause(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, verb", [
    ("Emergencies were declared for floods in Ohio, the blizzard, and several 2011 tornadoes.", "2011", "declare"),
    ("Fines were imposed on three banks, two brokers, and a dozen 2019 trades.", "2019", "impose"),
])
def test_a_date_in_the_last_item_of_a_list_keeps_the_clause_verb(sentence, date, verb):
    clause, _, _ = _clause(sentence, date)
    assert clause.verb_lemma == verb and clause.start == 0


@pytest.mark.parametrize("sentence, date, expected", [
    ("The National Transportation Safety Board (NTSB) opened an inquiry into the crash on Sunday.", "Sunday",
     "NTSB opens inquiry into crash"),
    ("The Securities and Exchange Commission (SEC) on Friday sued the hedge fund.", "Friday", "SEC sues hedge fund"),
    ("The Committee on Trade Remedies of the Customs Union (CTRCU) on Monday fined the importer.", "Monday",
     "CTRCU fines importer"),
])
def test_an_acronym_in_brackets_names_a_long_actor(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_an_acronym_is_not_used_for_a_passive_subject_or_a_bracket_of_something_else():
    assert "TSA" not in _title("The Transitional Sheltering Assistance (TSA) program was approved on Friday.",
                               "Friday")
    assert _title("The hedge fund sued the Securities and Exchange Commission (SEC) on Friday.", "Friday") \
        == "Hedge fund sues Securities and Exchange Commission"


@pytest.mark.parametrize("sentence, date, expected", [
    # takeovers: 'in light of' is a fixed preposition, no subject
    ("In light of the shares being sold to a rival based in Ohio, the board today adopted a poison pill.", "today",
     "Board adopts poison pill"),
    # sport: 'in order to'
    ("In order to win the cup, the club signed three strikers on Monday.", "Monday", "Club signs three strikers"),
    # disasters: 'in response to', after a coordinated clause
    ("The river rose, and in response to the flooding, the governor on Friday closed two highways.", "Friday",
     "Governor closes two highways"),
])
def test_an_opening_phrase_of_a_fixed_preposition_is_no_subject(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a proclamation: a legal formula and a citation before the date, a finding in the first person
    ("Pursuant to the authority vested in me under section 12 of the Water Act, 33 U.S.C. § 1251, on May 1, 2019, I "
     "determined that a drought emergency exists in the county.", "May 1, 2019", "Drought emergency exists in county"),
    # sport: a ruling in the first person
    ("On Friday we found that the referee had acted within the rules.", "Friday", "Referee acts within rules"),
])
def test_a_first_person_finding_is_titled_by_what_was_found(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_named_finding_keeps_its_actor():
    assert _title("The court ruled on Monday that the merger was illegal.", "Monday").startswith("Court rules")


@pytest.mark.parametrize("sentence, date, expected", [
    # takeovers: the rest of a date written in two pieces leaves nothing in the title
    ("In January of last year, Acme bought Zelkor Terminals, the port business of Zelkor.", "January",
     "Acme buys Zelkor Terminals"),
    ("In January of last year, Acme bought Zelkor Terminals, the port business of Zelkor.", "last year",
     "Acme buys Zelkor Terminals"),
    # sport
    ("In March of last year, the club sold its stadium to a developer.", "last year", "Club sells stadium to developer"),
    # a day in words after the month, an adverb between subject and verb
    ("The company still expects to complete the sale on March second.", "March", "Company to complete sale"),
    ("The tournament will open on June twenty-first in Lyon.", "June", "Tournament to open in Lyon"),
    ("The club now expects to sign the striker on Monday.", "Monday", "Club to sign striker"),
])
def test_no_date_residue_in_titles(sentence, date, expected):
    assert _title(sentence, date, "future" if "expects" in sentence or "will" in sentence else "past") == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a speech: a feeling after a contracted 'am'/'are' is no verb of its own to inflect
    ("I’m pleased to be here this morning at my first opportunity to meet the delegates.", "this morning",
     "Pleased to be here at first opportunity to meet delegates"),
    # sport
    ("We're delighted to welcome our new coach to the club today.", "today", "Delighted to welcome new coach to club"),
    ("I am proud to open the new terminal today.", "today", "Proud to open new terminal"),
])
def test_first_person_feelings_are_not_inflected_as_verbs(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # courts: a clause after 'but' with a pronoun subject is a clause of its own, a day adverb names no noun phrase
    ("Yesterday in the Senate the nominee for the Supreme Court, Judge Ann Poe, was confirmed but we’re sorry to see "
     "her leave the bench.", "Yesterday", "Ann Poe confirmed"),
    # sport
    ("Today at the club's ground the new coach, Ian Fry, was presented to fans.", "Today", "Ian Fry presented to fans"),
])
def test_a_day_adverb_before_a_place_names_no_event(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_clause_after_but_with_a_pronoun_subject_is_its_own():
    text = "The nominee was confirmed but we’re sorry to see her leave the bench today."
    i = text.index("today")
    clause = analyse(text, 0, len(text), i, i + 5)
    assert text[clause.start : clause.end].startswith("we’re sorry")


@pytest.mark.parametrize("sentence, date, expected", [
    # transport: a date in a relative clause set off by commas after the reporting verb dates that clause
    ("Police said on Tuesday the driver, who died Monday, was 42 and had no licence.", "Monday", "Driver dies"),
    ("The club said its captain, who signed a new contract in May, would miss the final.", "May",
     "Captain signs new contract"),
    # the reporting verb's own date: the reported state said without the relative clause
    ("Police said on Tuesday the driver, who died Monday, was 42 and had no licence.", "Tuesday",
     "Police say driver was 42"),
    ("The club said on Friday that the striker, who joined in May, was out of form.", "Friday",
     "Club says striker was out of form"),
])
def test_a_relative_clause_inside_a_reported_clause(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # an outbreak / a market / a team: a reported change of course is the speaker's assessment
    ("The governor said Tuesday the situation has stabilized, but schools stay shut.", "Tuesday",
     "Governor says situation has stabilized"),
    ("The coach said on Friday that the team's form has improved.", "Friday", "Coach says team's form has improved"),
])
def test_a_reported_change_of_course_keeps_its_speaker(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # trade: an opening participle phrase that holds the date states what its subject did then
    ("Walking Monday through a trade fair in Lyon, the minister said exports would rise.", "Monday",
     "Minister walks through trade fair in Lyon"),
    # what a speaker said is the news, not where she spoke ...
    ("Speaking Thursday at an investor conference, the chief executive said the company had raised its bid.",
     "Thursday", "Company raises bid"),
    # disasters
    ("Visiting the flooded town on Sunday, the governor promised new levees.", "Sunday", "Governor visits flooded town"),
    # ... unless it opens with a purpose; a long name of the occasion gives way to its kind, and 'in order to' is no
    # verb of the clause
    ("Speaking Monday at the Annual Global Steel Producers Industry Trade Summit, the chief executive said that in "
     "order to win market share, prices would fall.", "Monday", "Chief executive speaks at summit"),
])
def test_an_opening_participle_phrase_holding_the_date(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_in_order_to_is_no_verb_of_the_clause():
    clause, _, _ = _clause("The club said on Monday that in order to win the league, it would sign two strikers.",
                           "Monday")
    assert clause.verb_lemma != "win"


@pytest.mark.parametrize("sentence, date, expected", [
    # industry
    ("Closing the plant on Monday was the right decision.", "Monday", "Plant closed"),
    # sport
    ("Selling the stadium in 2019 proved a costly mistake for the club.", "2019", "Stadium sold"),
    # schools
    ("Closing Lincoln High School yesterday was a prudent response to the outbreak.", "yesterday",
     "Lincoln High School closed"),
])
def test_a_gerund_subject_holding_the_date_states_the_event(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # city politics: those joined by others in doing something do it; a date before a list is no list item
    ("Today, the mayors Ann Lee, Bo Diaz and Tim Ray are joined by the governor in sending a letter to the "
     "minister.", "Today", "Ann Lee, Bo Diaz and Tim Ray send letter to minister"),
    # a ribbon cutting
    ("On Monday the mayor was joined by two council members in opening the new bridge.", "Monday",
     "Mayor opens new bridge"),
    # a long list of names gives its surnames
    ("Today, directors Annabel Hartley, Borislav Kowalski, Cyrus Montague, and Dimitri Schwarz are joined by two "
     "investors in sending a letter to the chairman of the board.", "Today",
     "Hartley, Kowalski, Montague and Schwarz send letter"),
])
def test_those_joined_in_doing_something_do_it(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, verb", [
    # health: a participle with its phrase after a noun, before the verb group, is a reduced relative clause
    ("Earlier this year, cases of humans infected with the virus were first reported in Ohio.", "Earlier this year",
     "report"),
    # food safety
    ("On Monday, bottles of water contaminated with lead were found in three schools.", "Monday", "find"),
])
def test_a_reduced_relative_before_the_verb_group_is_no_main_verb(sentence, date, verb):
    clause, _, _ = _clause(sentence, date)
    assert clause.verb_lemma == verb and clause.verb_form == "passive"
    assert sentence[clause.subject[0] : clause.subject[1]].split()[0] in {"cases", "bottles"}


@pytest.mark.parametrize("sentence, date, expected", [
    ("Shares of companies listed in Tokyo were suspended on Monday.", "Monday",
     "Shares of companies listed in Tokyo suspended"),
    ("Many of the workers walked out on Monday.", "Monday", "walk out"),
])
def test_the_subject_before_a_participle_and_a_quantifier_subject(sentence, date, expected):
    assert _title(sentence, date).endswith(expected)


@pytest.mark.parametrize("sentence, date, expected", [
    # health: a date in a 'that' clause after 'the fact' dates that clause; a known acronym when the name is too long
    ("This hearing is timely in light of the fact that earlier this week, the World Health Organization (WHO) raised "
     "the alert level from phase 3 to phase 4 – a sign of concern.", "earlier this week",
     "WHO raises alert level from phase 3 to phase 4"),
    # sport
    ("Fans were angered by the news that on Monday the club sold its best striker to a rival.", "Monday",
     "Club sells best striker to rival"),
])
def test_a_date_in_a_that_clause_after_a_noun_of_fact(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a speech on an outbreak: what was learned of in the first person is the news
    ("And today, we have learned of the tragic death of a patient from Ohio who was treated in Texas.", "today",
     "Tragic death of patient from Ohio"),
    # industry
    ("On Friday I heard about the closure of the plant in Ohio.", "Friday", "Closure of plant in Ohio"),
    # what happened at the date is told by the next sentence; no clause of the speaker's in the title
    ("Nobody forgets what happened on May 1. The regulator ordered the plant shut after a leak.", "May 1",
     "Regulator orders plant shut"),
    ("You remember what began on March 3. The agency announced it had found a strain we had never seen.",
     "March 3", "Agency finds strain"),
])
def test_first_person_news_and_what_happened(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_named_learner_keeps_the_verb():
    assert _title("The board learned of the offer on Monday.", "Monday") == "Board learns of offer"


@pytest.mark.parametrize("sentence, date, expected", [
    # a press briefing
    ("Today, we are joined by two of the agency’s leading experts -- Dr. Ann Poe and Dr. Bo Diaz.", "Today",
     "Joined by two of agency’s leading experts"),
    # sport
    ("On Monday we were visited by the minister of sport.", "Monday", "Visited by minister of sport"),
])
def test_a_passive_done_to_the_speaker_keeps_its_participle(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a resolution: a bracket between subject and verb is an aside, its verb no verb of the clause
    ("Whereas on March 3, 2019, the shareholders of the Ohio-based Procter and Gamble Company (referred to in this "
     "resolution as the Company) approved the sale of its unit.", "March 3, 2019",
     "Shareholders approve sale of its unit"),
    # sport
    ("On Monday the owners of the club (known to fans as the Reds) approved the sale of the stadium.", "Monday",
     "Owners of club approve sale of stadium"),
])
def test_a_bracket_before_the_verb_is_an_aside(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # politics and film: a name's 'Jr.' (and its party label) stays in the subject
    ("Rep. Frank Poe, Jr. (D-NJ) issued a statement on Monday.", "Monday", "Frank Poe, Jr. issues statement"),
    ("Robert Downey, Jr. sued the studio on Monday.", "Monday", "Robert Downey, Jr. sues studio"),
])
def test_a_name_with_jr_is_the_actor(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_have_got_to_is_a_modal():
    clause, _, _ = _clause("The minister said on Monday that the country has got to cut spending.", "Monday")
    assert clause.verb_lemma == "cut" and clause.verb_form == "modal"


@pytest.mark.parametrize("sentence, date, expected", [
    # takeovers: a list of names set off by commas after the subject is the actor, whole
    ("Today, Acme's directors, Ann Poe, Bo Diaz, and Cy Lee, sent a letter to shareholders.", "Today",
     "Ann Poe, Bo Diaz and Cy Lee send letter to shareholders"),
    # sport: a long list gives way to the subject
    ("On Monday, the club's new signings, Alessandro Montebello, Bartholomew Kowalczyk, and Cyrus Lindqvist, arrived "
     "in Lyon.", "Monday", "Club's new signings arrive in Lyon"),
])
def test_a_list_of_names_in_apposition_is_the_actor(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # takeovers: news a speaker is glad to announce is what was announced
    ("I’m pleased to announce today that we have reached an agreement with Brightline.", "today",
     "Agreement reached with Brightline"),
    # transport
    ("We are delighted to report this morning that the bridge has reopened to traffic.", "this morning",
     "Bridge reopens to traffic"),
])
def test_news_a_speaker_is_glad_to_announce(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # takeovers: a letter to someone, dated, whose writer is named in apposition
    ("In a letter to shareholders dated April 14, the bidder's chief executive, Anna Rolf, said the offer was full "
     "and fair.", "April 14", "Anna Rolf says offer was full and fair"),
    # sport
    ("In a letter to fans dated May 2, Karl Maas said the offer was too low.", "May 2",
     "Karl Maas says offer was too low"),
    ("In a letter to fans dated May 2, Karl Maas said the club had sold the stadium.", "May 2", "Club sells stadium"),
])
def test_a_dated_letter_to_someone_is_a_fronted_statement(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # an attempt made is an event of its own, in the headline present
    ("On Monday the company tried to block the sale.", "Monday", "Company tries to block sale"),
    ("The rebels attempted to seize the airport on Sunday.", "Sunday", "Rebels attempt to seize airport"),
    # the others in a subject with the speaker
    ("On Monday my colleagues and I voted against the merger.", "Monday", "Colleagues vote against merger"),
    ("The board and I agreed on Friday to sell the unit.", "Friday", "Board agrees to sell unit"),
])
def test_attempts_and_the_speaker_with_others(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # politics: a list of names each with a party label is the actor whole, a long one by the plural role
    ("Today, Senators Ann Roe (D-NY), Bo Diaz (R-TX), and Cy Lee (D-CA) introduced a bill to block the deal.", "Today",
     "Ann Roe, Bo Diaz and Cy Lee introduce bill to block deal"),
    ("Today, Senators Alexandra Montgomery (D-NY), Bartholomew Diaz (R-TX), and Cyrus Lindqvist (D-CA) sent a "
     "letter.", "Today", "Senators send letter"),
    # a letter dated a day, set off between subject and verb, is no verb of the clause
    ("The bidder's lawyers, in a letter to the board dated July 8, said the deal was terminated.", "July 8",
     "Deal terminated"),
    # glad to report, the date inside what was reported
    ("I am honored to report that the board voted today to accept the offer.", "today", "Board votes to accept offer"),
])
def test_listed_actors_dated_letters_and_reported_news(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # takeovers: a participle phrase set off by commas dates what it says was done to the subject
    ("The agreement, signed on April 25, included a $1 billion breakup fee.", "April 25", "Agreement signed"),
    ("The deal, announced on Monday, values the company at $44 billion.", "Monday", "Deal announced"),
    # and is no verb of the clause for the clause's own date
    ("The ferry, built in 1990, sank near the port on Sunday.", "Sunday", "Ferry sinks near port"),
])
def test_a_participle_set_off_by_commas(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # takeovers: the agent of a participle phrase set off by commas is not the actor of the verb after it
    ("Acme's board, advised by Lazard Freres, urged shareholders on Friday not to tender their shares.", "Friday",
     "Acme's board urges shareholders not to tender shares"),
    # elections
    ("The agency, established by Congress in 2018, said on Monday the count was accurate.", "Monday",
     "Agency says count was accurate"),
])
def test_the_agent_of_a_participle_aside_is_no_actor(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # 'made a statement in response to X' issues a statement on X (as statement_title says it); 'made the following
    # comment on X' comments on X
    ("Senator Ann Lee (D-Ohio) today made this statement in response to the bank paying bonuses.", "today",
     "Senator Lee issues statement on bank paying bonuses"),
    ("The mayor on Monday made the following comment on the strike.", "Monday", "Mayor comments on strike"),
])
def test_statement_made(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a statement issued or released, not only made, in response to news: who responds to what (a takeover, a
    # court case, a pandemic; the object's 'of' phrase cut rather than the whole object, or the headline form
    # 'Speaker on <topic>' when a cut before 'among' keeps more of the topic)
    ("Acme Corp issued the following statement this afternoon in response to news that Brightline would raise its "
     "bid for the company.", "this afternoon", "Brightline would raise bid for company"),
    ("The union released a statement Monday in reply to the ruling.", "Monday", "Union issues statement on ruling"),
    ("Congresswoman Jane Roe (OH - 05) issued the following statement today in response to news of three confirmed "
     "cases of seasonal influenza among inmates:", "today", "Roe on news of three confirmed cases of seasonal influenza"),
    ("The court made a statement on Monday in response to claims of widespread intimidation of witnesses by the "
     "defendants' families.", "on Monday", "Court issues statement on claims of widespread intimidation"),
])
def test_statement_issued_in_response(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # 'the following X' points to the text below: no word of the title; 'the following day' says when and stays
    ("Acme Corp on Monday filed the following motion with the Delaware court to block the Brightline offer.",
     "Monday", "Acme Corp files motion with Delaware court"),
    ("The health ministry on Monday published the following guidance for schools reopening after the outbreak.",
     "Monday", "Health ministry publishes guidance for schools reopening"),
    ("The court met on Monday and ruled the following day.", "Monday", "Court meets and rules following day"),
])
def test_the_following_is_no_word_of_a_title(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a post written as the subject before its new holder's name: the title says which post (a club, a company,
    # a government); only for verbs that put someone into a post, only when nothing follows the participle
    ("The new coach of the Rovers, Ann Lee, was appointed on Monday.", "Monday",
     "Ann Lee appointed as new coach of Rovers"),
    ("The new chief executive of Acme, Jane Roe, was appointed on Monday.", "Monday",
     "Jane Roe appointed as new chief executive of Acme"),
    ("The new health minister, Dr. Ann Lee, was sworn in on Monday.", "Monday",
     "Ann Lee sworn in as new health minister"),
    ("The company, Acme, was sold on Monday.", "Monday", "Acme sold"),
    ("The nominee for the Supreme Court, Judge Ann Poe, was confirmed on Monday.", "Monday", "Ann Poe confirmed"),
    ("The interim chief executive, Dana Hale, was named on Monday to lead the company.", "Monday",
     "Dana Hale named to lead company"),
])
def test_a_post_before_its_holder_names_the_post(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a subject said to be in a state (absent, missing, injured …): subject and state, no copula, the subject's
    # head kept before its 'from' phrase (a workforce, a sports club); other copulas keep their titles
    ("All in all, more than 100 workers from the plant were absent on Monday with flu-like symptoms.", "on Monday",
     "More than 100 workers from plant absent"),
    ("Twelve players from the youth squad were absent on Monday.", "on Monday", "Twelve players from youth squad absent"),
    ("The results were clear on Monday.", "on Monday", "Results were clear"),
])
def test_a_subject_in_a_state_is_titled_without_its_copula(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a connective or a resolution's recital word opens no title (a health ministry, a takeover, a club)
    ("Nevertheless the ministry plans to pay $20 million in bonuses to nurses in 2010.", "in 2010",
     "Ministry plans to pay $20 million in bonuses"),
    ("Meanwhile Acme Corp raised its offer for Brightline on Monday.", "Monday", "Acme Corp raises offer for Brightline"),
    ("Moreover Rovers Football Club signed three players on Monday.", "Monday", "Rovers Football Club signs three players"),
])
def test_a_connective_opens_no_title(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a treaty: the purpose of a trip not made was not done either
    ("The minister did not travel to Paris to sign the treaty on Monday.", "Monday",
     "Minister does not travel to Paris to sign treaty"),
    ("The minister traveled to Paris to sign the treaty on Monday.", "Monday", "Minister signs treaty"),
    # an election: a past act negated keeps 'not'
    ("The Senate did not pass the bill on Monday.", "Monday", "Senate does not pass bill"),
    ("The president never signed the order in May.", "May", "President never signs order"),
])
def test_a_negated_act_keeps_its_negation(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an election rally: 'was there to urge' is the urging, by the one who was there
    ("A former governor was there to urge voters to back the levy on Friday.",
     "Former governor urges voters to back levy"),
    # a war: 'rally' may be a noun, read as the verb after 'was there to'
    ("The general was there to rally the troops on Sunday.", "General rallies troops"),
    # a takeover: 'were on hand to'
    ("Two directors were on hand to greet the bidder on Monday.", "Two directors greet bidder"),
])
def test_being_there_to_act_is_titled_by_the_act(sentence, expected):
    date = next(d for d in ("Friday", "Sunday", "Monday") if d in sentence)
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # an election: 'former' before a capitalised role; the role goes with it (not 'President Jane Roe', untrue)
    ("On Monday, former President Jane Roe endorsed the mayor.", "Monday", "Jane Roe endorses mayor"),
    # a takeover
    ("On Tuesday, former Chairman John Doe sold his stake.", "Tuesday", "John Doe sells stake"),
    # two names: the first stays
    ("On Monday, mayor Pete Buttigieg and Senator Bernie Sanders met voters.", "Monday",
     "Pete Buttigieg and Senator Bernie Sanders meet voters"),
])
def test_a_former_role_goes_with_the_role(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a court case: a negative contraction is read as its auxiliary, the negation kept
    ("The bank didn't pay the fine on Thursday.", "Thursday", "Bank does not pay fine"),
    # an election
    ("The candidate didn’t show up at the debate on Thursday.", "Thursday", "Candidate does not show up at debate"),
    # a takeover: without an actor the negation stays in the passive headline
    ("Do not expect a deal on Monday, the minister said.", "Monday", "Deal not expected"),
    ("Don't expect a deal on Monday, the minister said.", "Monday", "Deal not expected"),
    # a takeover: a negated verb of announcing keeps its negation
    ("On Monday the regulator did not announce a decision.", "Monday", "Regulator does not announce decision"),
    # a court case: 'not yet'
    ("The company has not yet filed its results for May.", "May", "Company does not file results"),
])
def test_contracted_and_actorless_negations_stay(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a takeover: a deadline not made is missed
    ("The bidder did not make the deadline on Friday.", "Friday", "Bidder misses deadline"),
    # sport/election: an occasion not made
    ("The senator did not make the debate in Ohio on Sunday.", "Sunday", "Senator misses debate in Ohio"),
    # not an occasion: the negation stays as it is
    ("The minister did not make a statement on Monday.", "Monday", "Minister does not make statement"),
    # made, not missed
    ("The president made the rally on Monday.", "Monday", "President makes rally"),
])
def test_an_occasion_not_made_is_missed(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a court case: a future passive stays passive
    ("The verdict will be delivered on Friday.", "Friday", "Verdict to be delivered"),
    # an election: an irregular participle
    ("The president will be sworn in on January 20.", "January 20", "President to be sworn in"),
    # a takeover: a verb of announcing said of the future is to come, not done
    ("The results will be announced next week.", "next week", "Results to be announced"),
    ("The company will announce results next week.", "next week", "Company to announce results"),
])
def test_future_passives_and_announcements_stay_to_come(sentence, date, expected):
    assert _title(sentence, date, when="future") == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # 'it' after a reported clause's own subject is that subject, not the person who speaks
    ("But Republican leader John Doe says the government should have known about the bonuses when it gave Zelkor "
     "$30 billion earlier this month.", "earlier this month", "Government gives Zelkor $30 billion"),
    ("Acme chief Jane Roe said the board should have known about the offer when it rejected the bid on Monday.",
     "Monday", "Board rejects bid"),
])
def test_it_is_not_the_speaker(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_it_never_stands_for_a_person_who_speaks():
    # an expletive 'it': not the senator
    title = _title("Senator Ann Lee said voters were angry when it emerged on Monday that the count was wrong.",
                   "Monday")
    assert "Ann Lee" not in title and "Voters" not in title


@pytest.mark.parametrize("sentence, date, expected", [
    # a role in apposition naming another body: the actor is the name before it (a takeover, a pandemic)
    ("Acme Corp, the largest shareholder of Brightline Holdings, today made a statement on the offer.", "today",
     "Acme Corp issues statement on offer"),
    # a name in apposition after a role is the actor
    ("The only Latino candidate in the race, former mayor Julian Castro, withdrew on Thursday.", "Thursday",
     "Julian Castro withdraws"),
])
def test_apposition_actor(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("In a statement issued last night, after the offer was raised, the board said, “The bid undervalues the "
     "company.", "last night", "Board says bid undervalues company"),
    ("In an interview broadcast on Sunday, the defence minister said the army would withdraw from the city.",
     "on Sunday", "Defence minister says army will withdraw from city"),
    ("In a speech delivered Monday, the candidate promised to cut taxes.", "Monday", "Candidate promises to cut taxes"),
    ("In a filing made Tuesday, the company rejected the hostile bid as too low.", "Tuesday",
     "Company rejects hostile bid"),
])
def test_fronted_statement_is_what_it_says(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date", [
    ("In a letter sent Friday, the judge wrote, “Why did the police ignore the warnings?", "Friday"),
    ("In a statement released Friday, after the strike was reported, the ministry said, “Our forces hit only "
     "military targets.", "Friday"),
])
def test_fronted_statement_without_a_headline_keeps_its_own_title(sentence, date):
    """A question with 'do' (its tense to undo), a first-person claim: no headline of what was said; the statement's
    title."""
    assert _title(sentence, date).split()[0] in {"Letter", "Statement"}


@pytest.mark.parametrize("sentence, date, expected", [
    ("The ministry indicated on Monday that troops would comply with the ceasefire.", "on Monday",
     "Ministry indicates troops will comply with ceasefire"),
    ("The court said Tuesday the company must reply to the claims.", "Tuesday",
     "Court says company must reply to claims"),
])
def test_verbs_in_ly_are_no_adverbs(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The regulator indicated in its ruling today that it will apply stricter limits on mergers.", "today",
     "Regulator to apply stricter limits on mergers"),
    ("The league said in its decision on Friday that it would fine the club.", "on Friday",
     "League to fine club"),
    ("The rebels indicated in a radio message on Sunday that they would comply with the truce.", "on Sunday",
     "Rebels to comply with truce"),
])
def test_report_with_a_phrase_before_that(sentence, date, expected):
    """The phrase between the reporting verb and its 'that' (where, in what) is left out: what was said follows."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The foreign minister was in Kyiv on Tuesday meeting with government leaders.", "on Tuesday",
     "Foreign minister meets with government leaders in Kyiv"),
    ("The candidate is in Ohio today campaigning with union workers.", "today",
     "Candidate campaigns with union workers in Ohio"),
    ("The health minister was in Lombardy on Friday visiting hospitals.", "on Friday",
     "Health minister visits hospitals in Lombardy"),
])
def test_being_somewhere_doing_is_doing_it_there(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_being_somewhere_alone_is_no_act():
    assert "visit" not in _title("The president was in Ohio Tuesday.", "Tuesday").lower()


@pytest.mark.parametrize("sentence, date, expected", [
    ("The minister announced the ceasefire at Monday’s press conference in Geneva.", "Monday",
     "Minister announces ceasefire at press conference in Geneva"),
    ("Protesters clashed with police at Sunday's funeral.", "Sunday", "Protesters clash with police at funeral"),
    ("The senator raised the issue at today’s Finance Committee hearing with the Treasury Secretary:", "today",
     "Senator raises issue at Finance Committee hearing"),
])
def test_act_at_a_dated_occasion(sentence, date, expected):
    """The act done at the occasion the date names is the event, the occasion its setting."""
    assert _title(sentence, date) == expected


def test_dated_occasion_as_object_stays_the_event():
    assert _title("Biden won the November election.", "November") == "November election"


@pytest.mark.parametrize("sentence, date, expected", [
    ("On Monday, the prime minister ordered Defence Minister Anna Berg to prepare plans for a withdrawal.", "On Monday",
     "Prime minister orders Berg to prepare plans for withdrawal"),
    ("The board on Friday asked Chief Executive Officer John Smith to step down immediately from the company.",
     "on Friday", "Board asks Smith to step down from company"),
])
def test_person_with_office_named_by_surname_when_space_is_short(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_places_are_not_surnamed():
    from timeline.titles import _surnames
    assert _surnames("visits New York and New Jersey".split()) == "visits New York and New Jersey".split()


@pytest.mark.parametrize("sentence, date, expected", [
    ("The bank nearly collapsed last September.", "last September", "Bank nearly collapses"),
    ("The bidder narrowly lost the shareholder vote on Tuesday.", "on Tuesday", "Bidder narrowly loses shareholder vote"),
    ("The army almost captured the bridge on Monday.", "on Monday", "Army almost captures bridge"),
    ("Rebels partly destroyed the dam on Sunday.", "on Sunday", "Rebels partly destroy dam"),
])
def test_degree_adverb_that_changes_the_act_stays(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Markets fell after the central bank raised rates on Tuesday.", "on Tuesday",
     "Markets fall after central bank raises rates"),
    ("Shares jumped after Acme rejected the bid on Friday.", "on Friday", "Shares jump after Acme rejects bid"),
    ("Power failed after a wall of water came ashore Monday night.", "Monday night",
     "Power fails after wall of water comes ashore"),
])
def test_short_consequence_before_dated_after_clause(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_main_clause_with_object_leaves_the_dated_after_clause_alone():
    title = _title("The minister praised the rescue teams after the ferry sank on Monday.", "on Monday")
    assert "praise" not in title.lower()


@pytest.mark.parametrize("sentence, date, expected", [
    ("The court on Monday, with the consent of both parties, ordered the company to pay damages.", "Monday",
     "Court orders company to pay damages"),
    ("The ministry on Friday, despite protests from the opposition, extended the curfew.", "Friday",
     "Ministry extends curfew"),
])
def test_subject_before_a_dated_aside(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_an_aside_between_date_and_verb_is_no_distance():
    """Only the aside's own length counts against it (a longer clause), not as a distance from date to verb."""
    aside = ("The court on Monday, with the consent of both parties and of the union that represents the workers, "
             "ordered the company to pay damages.")
    clause, ds, de = _clause(aside, "Monday")
    length = min(1.0, (clause.end - clause.start) / 400)
    named = 0.5 + 0.1 * min(2, len(clause.actors) - 1) if clause.actors else 0.0
    subject = 0.5 if clause.subject != (0, 0) else 0.0
    at_verb = 1.0 + 2.0 + 1.0 + named + subject - length  # confidence, an event, an action verb, no gap
    assert directness(clause, ds, de, text=aside) == pytest.approx(at_verb)


@pytest.mark.parametrize("sentence, date, expected", [
    ("Shareholders have until May 3 to tender their shares.", "May 3", "Deadline for shareholders to tender shares"),
    ("The company has until Friday to respond to the lawsuit.", "Friday", "Deadline for company to respond to lawsuit"),
    ("Iran has until June 30 to respond.", "June 30", "Deadline for Iran to respond"),
    ("Voters in Ohio have until Monday to register.", "Monday", "Deadline for voters in Ohio to register"),
])
def test_having_until_a_date_to_act_is_a_deadline(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("All polling stations will be closed on Thanksgiving.", "Thanksgiving",
     "All polling stations to be closed on Thanksgiving"),
    ("The rebels declared a ceasefire on Christmas Day.", "Christmas Day", "Rebels declare ceasefire on Christmas Day"),
    ("The bank will remain closed over Easter.", "over Easter", "Bank to remain closed over Easter"),
])
def test_a_named_holiday_stays_in_the_title(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_an_ordinary_day_stays_out_of_the_title():
    assert "Monday" not in _title("The rebels declared a ceasefire on Monday.", "on Monday")


@pytest.mark.parametrize("sentence, date, expected", [
    ("In a letter sent this afternoon, the senator wrote, “At a minimum, why should the agency pay the claims "
     "filed in May and June, 2020", "this afternoon", "Senator asks why agency should pay claims"),
    ("In a statement issued Friday, the union asked, “How can the company justify these layoffs?”", "Friday",
     "Union asks how company can justify these layoffs"),
    ("In a letter sent Friday, the judge wrote, “Why was the evidence withheld?", "Friday",
     "Judge asks why evidence was withheld"),
])
def test_fronted_statement_asking_a_question(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The storm is forcing a halt in campaigning for next week’s U.S. presidential election.", "next week",
     "U.S. presidential election"),
    ("Campaigning stopped ahead of Sunday’s U.K. general election.", "Sunday", "U.K. general election"),
])
def test_abbreviation_inside_a_dated_noun_phrase(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The match was abandoned on Sunday because pitch conditions were unsafe.", "on Sunday",
     "Match abandoned over pitch conditions"),
    ("The merger was blocked on Friday because market shares were too high.", "on Friday",
     "Merger blocked over market shares"),
])
def test_reason_judged_too_much_said_with_over(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_people_as_reason_are_not_said_with_over():
    assert "over" not in _title("The flight was cancelled on Monday because the pilots were unfit.", "on Monday")


@pytest.mark.parametrize("sentence, date, expected", [
    ("The deputy took the oath of office as interior minister on Monday.", "Monday",
     "Deputy takes oath of office as interior minister"),
    ("The judge was sworn in on Monday as chief justice of the court.", "Monday", "Judge sworn in as chief justice of court"),
    ("Acme named Jane Roe as its chief executive on Friday.", "Friday", "Acme names Jane Roe as its chief executive"),
])
def test_as_before_a_noun_phrase_is_the_role_not_a_clause(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date", [
    ("The index rose on Monday as traders returned from the holiday.", "Monday"),
    ("The rebels advanced on Friday as the army withdrew from the town.", "Friday"),
])
def test_as_opening_a_clause_still_ends_the_title(sentence, date):
    assert " as " not in _title(sentence, date)


@pytest.mark.parametrize("sentence, date, expected", [
    ("The navy reopened the port of Odessa on Tuesday to grain ships.", "Tuesday", "Navy reopens port of Odessa to grain ships"),
    ("The carrier closed the port of Long Beach on Friday.", "Friday", "Carrier closes port of Long Beach"),
])
def test_the_port_of_a_city_is_not_the_city(sentence, date, expected):
    assert _title(sentence, date) == expected


# --- round 6 (h/titles6): verbless heads, fixed phrases, first person, date residue ------------------------------











@pytest.mark.parametrize("sentence, date, expected", [
    ("The insurer paid retention bonuses planned for March of this year.", "March", "Insurer pays retention bonuses"),
    ("The ministry bought vaccine doses planned for June of next year.", "June", "Ministry buys vaccine doses"),
])
def test_a_month_of_this_year_leaves_no_stub(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The club has cancelled the match scheduled for Saturday in Madrid.", "Club cancels match in Madrid"),
    ("The court has postponed a hearing set for Monday in the fraud case.", "Court postpones hearing in fraud case"),
])
def test_a_cancelled_occasion_keeps_its_place_without_a_stub_of_its_day(sentence, expected):
    at = sentence.index(" has ") + 1  # titled at its verb, as a cancellation told as done is (the later day stays)
    clause = analyse(sentence, 0, len(sentence), at, at)
    assert make_title(sentence, clause, at, at) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The House of Representatives voted on Thursday to place a ninety percent tax on those bonuses at the largest "
     "banks.", "Thursday", "House votes to place ninety percent tax on those bonuses"),
    ("The Ministry of Health ordered on Monday the closure of all schools in the northern provinces for two weeks.",
     "Monday", "Health Ministry orders closure of all schools"),
])
def test_a_shorter_actor_leaves_room_for_what_was_done(sentence, date, expected):
    assert _title(sentence, date) == expected










@pytest.mark.parametrize("sentence, date, expected", [
    ("“We will appeal the ruling,” the company said on Friday.", "Friday", "Company says “we will appeal ruling”"),
    ("“I have asked employees to return the bonuses,” Jane Roe told lawmakers on Wednesday.", "Wednesday",
     "Jane Roe says “I have asked employees to return bonuses”"),
    ("“The bid undervalues the company,” the board said in a statement on Monday.", "Monday",
     "Board says bid undervalues company"),
    ("“The vaccine is safe for children,” said Health Minister Jane Roe on Tuesday.", "Tuesday",
     "Jane Roe says vaccine is safe for children"),
    ("“This week, we begin the withdrawal of our troops,” the general said in a video posted on Monday.", "Monday",
     "General says “we begin withdrawal of our troops”"),
])
def test_a_dated_attribution_after_a_quotation_titles_who_said_what(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_date_inside_the_quotation_is_not_the_attribution():
    assert "says" not in _title("“We reopened the plant on Monday,” the company said.", "Monday")


@pytest.mark.parametrize("sentence, date, expected", [
    ("The company said on Friday it would appeal the ruling.", "on Friday", "Company to appeal ruling"),
    ("The judge said Monday that the trial would start in October.", "Monday", "Judge says trial will start in October"),
    ("The minister said on Monday the strike would have ended sooner.", "on Monday",
     "Minister says strike would have ended sooner"),
])
def test_a_reported_would_is_told_in_the_headline_future(sentence, date, expected):
    assert _title(sentence, date) == expected








@pytest.mark.parametrize("sentence, date, expected", [
    ("Defense Minister Olga Petrenko warned on Friday that further shelling of the port in the south of the country "
     "was a red line for the government.", "on Friday", "Olga Petrenko warns further shelling of port was red line"),
    ("State prosecutor Marta Kowalczyk argued on Monday that the merger of the two largest grocery chains in the "
     "region would harm shoppers.", "on Monday", "Kowalczyk argues merger will harm shoppers"),
])
def test_a_long_reported_content_keeps_its_verb_before_the_name_is_kept_whole(sentence, date, expected):
    assert _title(sentence, date) == expected




@pytest.mark.parametrize("sentence, date, expected", [
    ("The minister today made the following comment on news that the army crossed the border.", "today",
     "Minister comments on news that army crosses border"),
    ("The health minister made the following comment today on reports that the northern provinces had run out of "
     "vaccine doses for children.", "today", "Northern provinces run out of vaccine doses for children"),
    ("Senator Ann Lee, ranking member of the Committee on Finance, today made the following comment on news that "
     "Acme plans to cut another round of jobs worth about $100 million at its plants.", "today",
     "Acme to cut another round of jobs worth about $100 million"),
])
def test_a_comment_on_news_is_titled_with_the_news(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # the news a statement answers is titled from its own start, not from a relative clause at its end
    ("Rep. Jane Roe this afternoon made the following comment on news that the Rovers football club "
     "would sell its training ground, which included two stadiums and a youth academy.", "this afternoon",
     "Rovers football club would sell training ground"),
    ("The mayor released a statement Monday in response to reports that Judge Ann Lee would hear the eviction case, "
     "which concerned most of the tenants in the tower.", "Monday",
     "Judge Lee would hear eviction case"),
])
def test_the_news_a_statement_answers_is_titled_from_its_start(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("words", [["worth"], ["Acme", "plans"]])
def test_no_title_ends_on_worth_nor_lone_planning_verb(words):
    sentence = "Acme said on Monday it plans to sell the unit worth about $5 billion to a rival from the south of the country."
    title = _title(sentence, "on Monday")
    assert title.split()[-1] != words[-1]


@pytest.mark.parametrize("sentence, date, expected", [
    ("Acme said on Monday it plans to sell the unit to a rival.", "on Monday", "Acme to sell unit to rival"),
    ("The ministry said on Friday it intends to reopen all schools in March.", "on Friday",
     "Ministry to reopen all schools in March"),
    ("Republicans prepare to open their national convention this week with a series of live and virtual events.",
     "this week", "Republicans to open national convention"),
])
def test_a_planning_verb_is_the_headline_future_and_no_subject(sentence, date, expected):
    assert _title(sentence, date) == expected








@pytest.mark.parametrize("sentence, date, expected", [
    ("On Wednesday, thousands of President Jane Roe’s supporters stormed the parliament building.", "On Wednesday",
     "Thousands of Roe’s supporters storm parliament building"),
    ("Dozens of Senator Marta Kowalczyk's former aides testified before the grand jury on Tuesday.", "on Tuesday",
     "Dozens of Kowalczyk's former aides testify before grand jury"),
])
def test_a_person_inside_the_actor_is_named_by_surname_when_space_is_short(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Fighting intensified on Monday in the eastern provinces, especially in Donetsk and Luhansk.", "on Monday",
     "Fighting intensifies in Donetsk and Luhansk"),
    ("Infections rose sharply last week across the region, particularly in Lombardy, Veneto and Piedmont.",
     "last week", "Infections rise across Lombardy, Veneto and Piedmont"),
    ("Infections rose sharply last week across the region, particularly among the elderly.", "last week",
     "Infections rise across region"),
])
def test_a_vague_place_made_precise_by_names_gives_the_names(sentence, date, expected):
    assert _title(sentence, date) == expected


def _in_context(before: str, sentence: str, date: str) -> str:
    text = f"{before}\n\n{sentence}"
    start = len(before) + 2
    ds = text.index(date, start)
    clause = analyse(text, start, len(text), ds, ds + len(date), when="past")
    return make_title(text, clause, ds, ds + len(date))


@pytest.mark.parametrize("before, sentence, date, expected", [
    ("JUDGE ROE:  The court will come to order.", "On Monday, I asked you for the records of the merger talks.",
     "On Monday", "Roe asks for records of merger talks"),
    ("SEN. KOWALCZYK:  Let me go on.", "Last week, I received a letter from the regulator.", "Last week",
     "Kowalczyk receives letter from regulator"),
])
def test_i_in_a_transcript_is_the_speaker_label_before_it(before, sentence, date, expected):
    assert _in_context(before, sentence, date) == expected


def test_a_memo_header_is_no_speaker():
    assert not _in_context("FROM: FEDERAL AGENCY", "Last week, I received a letter from the regulator.",
                           "Last week").startswith("From")


@pytest.mark.parametrize("sentence, date, expected", [
    ("Party delegates start Monday in Geneva, Switzerland, and will likely officially elect Jane Roe as their "
     "chair in the spring.", "Monday", "Party delegates start in Geneva to elect Jane Roe"),
    ("Creditors meet Friday in Frankfurt, and will vote on the restructuring plan.", "Friday",
     "Creditors meet in Frankfurt to vote on restructuring plan"),
])
def test_a_vague_gathering_takes_the_act_it_will_do(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_started_thing_keeps_its_object():
    assert _title("The jury began deliberations on Monday and will likely reach a verdict this week.",
                  "on Monday") == "Jury begins deliberations"


@pytest.mark.parametrize("sentence, date, expected", [
    ("The union held a silent march on Friday to mark the tenth anniversary of the factory fire that killed 40 "
     "workers in the city.", "on Friday", "Union holds march to mark tenth anniversary of factory fire"),
    ("The central bank cut its main interest rate on Tuesday to ease the burden of the debt crisis on small "
     "businesses across the country.", "on Tuesday", "Central bank cuts main interest rate to ease burden"),
])
def test_a_purpose_infinitive_keeps_its_object_before_an_of_phrase(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date", [
    ("In accepting the award Thursday, the mayor set out to make the governor’s handling of the flood the central "
     "issue of the race.", "Thursday"),
    ("The firm announced on Monday a plan to pay another round of bonuses worth about $100 million to the traders "
     "of its unit in London.", "on Monday"),
])
def test_no_cut_before_of_leaves_a_possessive_or_a_partitive(sentence, date):
    last = _title(sentence, date).split()[-1]
    assert not last.endswith("’s") and last not in {"round", "handling"}








@pytest.mark.parametrize("sentence, date, expected", [
    ("The police have claimed on Sunday that the death toll in the province as a result of the earthquake could be "
     "in excess of ten thousand.", "on Sunday", "Police claim death toll could be in excess of ten thousand"),
    ("The company cut 500 jobs on Friday as part of its restructuring plan.", "on Friday",
     "Company cuts 500 jobs as part of its restructuring plan"),
    ("The ministry said on Monday that hospital admissions as a result of the outbreak could exceed 2,000 a day.",
     "on Monday", "Hospital admissions could exceed 2,000 a day"),
])
def test_as_a_result_of_and_as_part_of_are_phrases_not_clauses(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Acme moved to terminate the $31 billion deal on June 10, citing breaches of the merger agreement.", "on June 10",
     "Acme moves to terminate $31 billion deal"),
    ("The rebels sought to seize the airport on Monday.", "on Monday", "Rebels seek to seize airport"),
    ("The regulator refused to approve the merger on Monday.", "on Monday", "Regulator refuses to approve merger"),
])
def test_a_verb_of_trying_before_the_infinitive_is_the_act_done(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The company said in a statement on Friday that it would lay off about half of its workforce.", "on Friday",
     "Company to lay off about half of its workforce"),
    ("The ministry said in a briefing on Monday that it would close all schools.", "on Monday",
     "Ministry to close all schools"),
])
def test_a_saying_in_a_statement_keeps_who_said_it(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Acme said on Thursday it had secured $46.5 billion in financing to fund its bid for the rival.", "on Thursday",
     "Acme secures $46.5 billion in financing to fund bid"),
    ("The founder tweeted on Sunday that he would not join the board after all.", "on Sunday",
     "Founder tweets he will not join board"),
])
def test_an_object_that_looks_like_a_participle_and_a_negated_would(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("On Monday the health ministry reported 5,000 new cases, the highest daily count since the pandemic began.",
     "On Monday", "Health ministry reports 5,000 new cases"),
    ("On Friday the army reported 300 casualties, the heaviest daily toll since the offensive began.", "On Friday",
     "Army reports 300 casualties"),
])
def test_a_record_since_a_beginning_is_the_measure_not_the_event(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("On Monday the ministry said 5,000 new cases had been recorded.", "On Monday", "5,000 new cases recorded"),
    ("Thirty years after the signing of the peace treaty, the border is still closed.", "Thirty years after",
     "Signing of peace treaty"),
])
def test_a_date_opening_the_sentence_names_no_noun_phrase_after_an_article(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The WHO declared the outbreak a pandemic on March 11, 2020.", "on March 11, 2020",
     "WHO declares outbreak pandemic"),
    ("The IT department restored the network on Tuesday.", "on Tuesday", "IT department restores network"),
])
def test_an_acronym_that_reads_as_a_pronoun_is_a_name(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("A missile struck a residential building in the city on Saturday, killing at least 40 people.", "on Saturday",
     "Missile strikes residential building, killing at least 40"),
    ("Shares of the company fell 12% on Monday, wiping $20 billion off its market value.", "on Monday",
     "Shares of company fall 12%, wiping $20 billion"),
    ("The storm hit the coast on Monday, killing three people in the city.", "on Monday",
     "Storm hits coast, killing three"),
    ("The storm hit the coast on Monday, leaving the city without power.", "on Monday", "Storm hits coast"),
])
def test_a_toll_set_off_after_the_clause_joins_the_title(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The company posted a quarterly loss of $2 billion on Tuesday.", "on Tuesday",
     "Company posts quarterly loss of $2 billion"),
    ("The club has cancelled its friendly match on Saturday in Madrid.", "on Saturday",
     "Club cancels friendly match in Madrid"),
    ("The governor urged residents on Monday to vote early.", "on Monday", "Governor urges residents to vote early"),
    ("The index rose sharply on Monday.", "on Monday", "Index rises"),
    ("A second fire was discovered early on Wednesday.", "on Wednesday", "Second fire discovered"),
])
def test_adjectives_in_ly_stay_adverbs_and_a_date_modifier_go(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Some of the retention bonus agreements were signed in October 2008.", "in October 2008",
     "Some retention bonus agreements signed"),
    ("Steam and smoke rose from two of the reactor buildings on Tuesday.", "on Tuesday",
     "Steam and smoke rise from two reactor buildings"),
    ("Three of the rebel commanders surrendered on Friday.", "on Friday", "Three rebel commanders surrender"),
])
def test_a_quantity_of_a_plural_drops_of_the(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_quantity_of_a_mass_noun_keeps_of():
    assert "Some of" in _title("Officials said on Monday some of the plutonium came from the fuel.", "on Monday")


@pytest.mark.parametrize("sentence, date, expected", [
    ("On Wednesday, the chief executive Edward Liddy told Congress that he has asked employees to return at least "
     "half of bonuses of one hundred thousand dollars or more.", "On Wednesday",
     "Liddy asks employees to return at least half of bonuses"),
    ("On Friday, the health minister Olga Petrenko said she has asked hospitals to free at least a third of their "
     "beds for patients from the northern provinces.", "On Friday",
     "Petrenko asks hospitals to free at least third of their beds"),
])
def test_at_least_is_a_quantity_not_a_place_to_cut(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Assistant to the Minister for Trade and Competition Jane Roe visited the port on Monday.", "on Monday",
     "Jane Roe visits port"),
    ("Commissioner for Fair Competition John Okafor fined the cartel on Friday.", "on Friday",
     "John Okafor fines cartel"),
])
def test_the_end_of_an_office_is_no_first_name(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("In September 2008, the U.S. Federal Reserve announced a major government rescue package for the insurer to "
     "save it from collapse.", "In September 2008", "Federal Reserve announces major government rescue package"),
    ("On Monday, the U.N. Security Council approved a new round of sanctions against the regime in the capital.",
     "On Monday", "U.N. Security Council approves new round of sanctions"),
])
def test_an_organisation_is_never_cut_to_its_last_word(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The board on Monday named its chief financial officer, Jane Roe, as interim chief executive.", "on Monday",
     "Board names Jane Roe as interim chief executive"),
    ("The club on Friday sacked its head coach, Marco Rossi, after a string of defeats.", "on Friday",
     "Club sacks head coach Marco Rossi after string of defeats"),
])
def test_an_object_named_in_apposition_is_said_by_its_name(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a port: an office written as a name after a preposition, its holder in apposition
    ("On Monday the council called on the Harbor Board Director, Kim Lo, to resign.", "On Monday",
     "Council calls on Kim Lo to resign"),
    # sport: after 'with'
    ("The players met on Friday with the League Commissioner, Ann Reyes, to discuss the lockout.", "on Friday",
     "Players meet with Ann Reyes to discuss lockout"),
])
def test_an_office_named_in_apposition_after_a_preposition_is_said_by_its_holder(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # the office right after the verb keeps its words (no preposition before it)
    ("On Monday the board met the Transport Secretary, Ann Lee, in Leeds.", "On Monday", "Board meets Transport Secretary"),
])
def test_an_office_right_after_the_verb_is_kept(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Acme's lawyers sent a letter to Brightline on Friday notifying the company of the termination of the merger "
     "agreement.", "on Friday", "Acme's lawyers send letter to Brightline"),
    ("Rebels fired rockets at the airport on Monday forcing the closure of all runways for the rest of the week.",
     "on Monday", "Rebels fire rockets at airport"),
])
def test_a_title_may_be_cut_before_an_ing_phrase_after_a_noun(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The bidder's attorneys argued in a court filing on Friday that the target had hidden information about its "
     "users.", "on Friday", "Attorneys argue target hid information about its users"),
    ("Prosecutors alleged on Monday that the founder had misled investors.", "on Monday",
     "Prosecutors allege founder misled investors"),
    ("The rebels claimed on Sunday that they had shot down two helicopters.", "on Sunday",
     "Rebels claim they shot down two helicopters"),
])
def test_a_contested_claim_keeps_who_claims_it(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Acme told employees in an email on Wednesday that remote work would end.", "on Wednesday",
     "Acme tells employees remote work will end"),
    # the press is no one the act was done to: telling reporters is saying (round 32, titles._PRESS_AUDIENCE)
    ("The minister told reporters on Monday that the border would reopen.", "on Monday",
     "Minister says border will reopen"),
])
def test_tell_keeps_whom_it_tells(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Schools across the state will remain closed until at least April 24, the governor announced on Monday.",
     "on Monday", "Schools across state to remain closed, governor announces"),
    ("The rebels have withdrawn from the town, the army said on Tuesday.", "on Tuesday",
     "Rebels withdraw from town, army says"),
    ("Acme will cut 500 jobs, the company said in a statement on Friday.", "on Friday", "Acme to cut 500 jobs, company says"),
    ("The talks collapsed, officials said on Monday, after the two sides failed to agree on a ceasefire.", "on Monday",
     "Talks collapse, officials say"),
])
def test_who_said_it_after_the_news_is_attributed_the_headline_way(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Results released on Thursday showed the incumbent winning 52% of the vote.", "on Thursday",
     "Results show incumbent winning 52% of vote"),
    ("Troops deployed on Friday secured the airport.", "on Friday", "Troops secure airport"),
])
def test_a_dated_participle_after_the_subject_names_it_and_the_verb_after_states_the_event(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Members have their turn this week holding their assembly to renominate Marco Rossi to coach the team for a "
     "third season.", "this week", "Marco Rossi renominated to coach team for third season"),
    ("Shareholders have their turn this week holding their meeting to renominate John Okafor to chair the board for "
     "a third term.", "this week", "John Okafor renominated to chair board for third term"),
])
def test_an_infinitive_whose_subject_is_another_verb_s_object_says_what_was_done_to_it(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_date_after_the_attribution_in_another_clause_is_not_the_saying():
    title = _title("“We will appeal,” Smith said, adding that the board met on Friday to discuss the ruling.",
                   "on Friday")
    assert "says" not in title and "appeal" not in title


@pytest.mark.parametrize("sentence, date, expected", [
    ("[02:11.40]The coach of the Rovers [02:14.05]resigned on Monday after a run of defeats.", "on Monday",
     "Coach of Rovers resigns after run of defeats"),
    ("[00:42.45]Nurses and porters at the hospital [00:44.96]walked out on Friday.", "on Friday",
     "Nurses and porters at hospital walk out"),
])
def test_a_transcript_s_time_codes_never_show_and_do_not_break_the_clause(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Today, Representative Jane Roe (OH-14) introduced a bill to fund the county's hospitals.", "Today",
     "Jane Roe introduces bill to fund county's hospitals"),
    ("State Senator John Doe, D-NY, today questioned the league's commissioner about ticket prices.", "today",
     "John Doe questions league's commissioner about ticket prices"),
    ("Ranking Member Ann Lee (R-TX), said today that she will oppose the stadium deal.", "today",
     "Ann Lee to oppose stadium deal"),
])
def test_a_legislator_s_party_code_is_no_part_of_the_title_nor_a_clause_break(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Today, General Foods closed three of its bakeries.", "Today", "General Foods closes three bakeries"),
    ("On Monday, General Electric sold its lighting unit.", "On Monday", "General Electric sells lighting unit"),
    ("On Monday, General Petraeus visited the base.", "On Monday", "Petraeus visits base"),  # a rank before a name
    ("On Monday, Governor Brown signed the budget.", "On Monday", "Brown signs budget"),
])
def test_a_role_word_that_opens_a_firm_s_name_stays(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Yesterday Brightline Corp. filed for bankruptcy protection.", "Yesterday",
     "Brightline Corp. files for bankruptcy protection"),
    ("On Monday Jane Q. Public signed with the Rovers.", "On Monday", "Jane Q. Public signs with Rovers"),
    ("After Acme Corporation agreed to pay a $5 million fine - the largest fine permitted by law - for failing to "
     "report, the judge spoke.", "After", "Acme Corporation agrees to pay $5 million fine"),
])
def test_a_name_ending_in_an_abbreviation_or_initial_stays_whole(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Today, the Rovers football club adopted the youth plan it drew up in its review of the academy on March 3.",
     "Today", "Rovers football club adopts youth plan"),
    ("On Monday the hospital board approved the budget they proposed in their meeting with the county on March 3.",
     "On Monday", "Hospital board approves budget"),
])
def test_a_title_is_not_cut_inside_a_relative_clause_without_its_pronoun(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Last August, a driver in Ohio was unable to stop.", "Last August", "Driver in Ohio unable to stop"),
    ("On Monday the club was unable to pay its players' wages.", "On Monday", "Club unable to pay players' wages"),
    ("The council was not able to vote on Tuesday on the budget.", "on Tuesday", "Council not able to vote on budget"),
])
def test_an_adjective_of_ability_before_the_infinitive_keeps_the_subject(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The mayor issued a statement on Monday after the Rovers football club sold its training ground to a "
     "developer.", "on Monday", "Rovers football club sells training ground to developer"),
    ("Governor Ann Lee released a statement today after the hospital closed its maternity ward.", "today",
     "Ann Lee responds after hospital closes maternity ward"),
    ("Today, Senator Jane Roe released the statement below following the court's ruling on the merger:", "Today",
     "Senator Roe responds to court's ruling on merger"),
    ("The coach made the following remarks on Sunday after the final whistle:", "on Sunday",
     "Coach responds to final whistle"),  # no clause after 'after': the noun phrase is answered
])
def test_a_statement_after_news_is_titled_with_the_news(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_name_in_quotation_marks_is_no_saying():
    sentence = ("Ahead of a hearing entitled “Is the Stadium Safe?” the panel’s chairman John Doe said today that he "
                "will call the architects.")
    assert "Stadium" not in _title(sentence, "today")
    assert _title("“We will appeal the ruling,” the company said on Friday.", "on Friday").startswith("Company says")


@pytest.mark.parametrize("sentence, date, expected", [
    ("The city’s Regional Transit Safety Board (RTSB) today opened an inquiry into the crash of a commuter train.",
     "today", "RTSB opens inquiry into crash of commuter train"),
    ("The Ministry of Health’s National Vaccine Advisory Committee (NVAC) on Monday approved the new vaccine for "
     "children.", "on Monday", "NVAC approves new vaccine for children"),
    ("The league’s Disciplinary Panel (DP) today banned the striker for three matches.", "today",
     "League’s Disciplinary Panel bans striker for three matches"),  # short enough: the name stays
])
def test_an_acronym_names_the_head_of_a_possessive_name(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The regulator learned on Monday of a second recall of toasters.", "on Monday",
     "Regulator learns of second recall of toasters"),
    ("The Northern Region Disciplinary Committee of the Football League learned today of a betting scandal involving "
     "two referees.", "today", "Betting scandal involving two referees"),
    ("We learned today of the death of a patient in Ohio.", "today", "Death of patient in Ohio"),
])
def test_what_a_body_learned_of_is_the_news(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The following is a statement from the mayor regarding the hearing today on the stadium lease before the city "
     "council.", "today", "Hearing on stadium lease"),
    ("The union issued a statement about the vote Friday on the new contract for nurses.", "Friday",
     "Vote on new contract for nurses"),  # (round 25: the next phrase taken back)
    ("The club wrote to fans about the match on Saturday.", "on Saturday", "Club writes to fans about match"),
])
def test_a_date_after_the_noun_a_statement_is_about_dates_that_noun(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("before, sentence, date, expected", [
    ("ISU officials met twice. ", "The International Skating Union said it has decided today to move the world "
     "championship from Milan to Vienna.", "today", "ISU decides to move world championship from Milan to Vienna"),
    ("The NTSB has six staff. ", "The National Transit Safety Board said on Monday it has decided to open a formal "
     "investigation into the derailment near the station.", "on Monday", "NTSB decides to open formal investigation into derailment"),
])
def test_a_long_name_is_written_as_the_acronym_the_article_uses(before, sentence, date, expected):
    text = before + sentence
    i = text.index(date)
    clause = analyse(text, len(before), len(text), i, i + len(date), when="past")
    assert make_title(text, clause, i, i + len(date)) == expected


def test_no_acronym_the_article_does_not_write():
    title = _title("The International Skating Union said it has decided today to move the world championship from "
                   "Milan to Vienna.", "today")
    assert not title.startswith("ISU")


@pytest.mark.parametrize("sentence, date, expected", [
    ("Three players from a club in Leeds, England signed with the Rovers on Monday.", "on Monday",
     "Three players from club in Leeds, England sign with Rovers"),
    ("This afternoon the mayor reported that 8 pupils from the St. Anne School in Lowell, Massachusetts have caught "
     "the measles.", "This afternoon", "8 pupils from St. Anne School in Lowell catch measles"),
    ("On Monday the mayor of Lyon, Jean Dupont, resigned.", "On Monday", "Jean Dupont resigns"),  # an apposition
    ("On Monday, patients at St. Mary's Hospital walked out.", "On Monday", "Patients at St. Mary's Hospital walk out"),
])
def test_a_town_and_its_state_and_a_saint_s_name_stay_in_the_subject(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The slump is the longest since a recession that began in 1974 and lasted two years.", "1974",
     "Recession begins"),
    ("It was the club's worst run since a drought that ended in 1998.", "1998", "Drought ends"),
])
def test_a_date_in_a_relative_clause_after_since_dates_that_clause(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("I will have something for you on the council budget vote from last night in just a moment.", "last night",
     "Council budget vote"),
    ("Fans still talk about the cup final from 1998.", "1998", "Cup final"),
])
def test_a_date_after_from_names_the_noun_phrase_before_it(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("A city scheme that paid residents to replace old boilers with new, efficient models lowered gas use in the "
     "winter.", "the winter", "City scheme lowers gas use"),
    ("A fund that helped farmers to buy seed boosted harvests in 2010.", "2010", "Fund boosts harvests"),
    ("Officials praised a fund that helped farmers to buy seed in 2010.", "2010", "Officials praise fund"),  # before
])
def test_the_main_verb_follows_the_subject_s_relative_clause(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The coach says two of the club's goals are to win the league next year and to pay off its debt long before "
     "the 2030 deadline.", "next year", "Club aims to win league"),
    ("The coach says two of the club's goals are to win the league next year and to pay off its debt long before "
     "the 2030 deadline.", "2030", "Club aims to pay off its debt long before deadline"),
    ("The hospital's priority in 2010 was to cut waiting times.", "2010", "Hospital aims to cut waiting times"),
    ("The club's goalkeeper is to sign a new contract in May.", "in May", "Club's goalkeeper to sign new contract"),
])
def test_a_stated_goal_is_what_its_owner_aims_to_do(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("head, sentence, expected", [
    ("Jane Doe, Chief Economist at the National Retail Federation Testimony before the Senate Finance Committee\n\n",
     "Chairman Roe, thank you for the opportunity to testify today.", "Jane Doe testifies before Senate Finance Committee"),
    ("Statement of Dr. Ann Lee before the House Committee on Health\n\n",
     "Thank you for the chance to speak today about the outbreak.", "Dr. Ann Lee speaks before House Committee on Health"),
    ("", "Thank you for the chance to speak today about the outbreak.", "Chance to speak about outbreak"),  # no header
])
def test_a_witness_s_thanks_for_the_chance_is_the_act_done_by_the_speaker_the_header_names(head, sentence, expected):
    text = head + sentence
    d = text.index("today")
    clause = analyse(text, len(head), len(text), d, d + 5, when="past")
    assert make_title(text, clause, d, d + 5) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Ms. Adams introduced the following bill on May 4, 2021.", "May 4, 2021", "Adams introduces bill"),
    ("Dr. Simmons resigned from the hospital board on Monday.", "on Monday", "Simmons resigns from hospital board"),
    ("The Mets signed a new pitcher on Monday.", "on Monday", "Mets sign new pitcher"),  # no title before: a team
])
def test_a_surname_ending_in_s_after_a_title_takes_a_singular_verb(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Yesterday Dan Poe said that he and Councilwoman Jane Roe, Chair of the Transit Committee, were introducing a "
     "motion to halt the bus contract.", "Yesterday", "Dan Poe and Jane Roe introduce motion to halt bus contract"),
    ("Yesterday the coach said that he and Trustee Ann King, Chair of the Finance Committee, were opening a review of "
     "the club's accounts.", "Yesterday", "Coach and Trustee Ann King open review of club's accounts"),
    ("On Monday Jane Roe, Chair of the Hospital Board, signed the lease.", "On Monday", "Jane Roe signs lease"),
    ("The only bidder in the auction, former banker Dana Hale, withdrew on Monday.", "on Monday", "Dana Hale withdraws"),
])
def test_a_capitalised_role_in_apposition_leaves_the_name_before_it_as_the_actor(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("text, sentence, date, expected", [
    ("At present, Brightline runs 40 stores in the U.K. It plans to close half of them in May.", "It plans", "in May",
     "Brightline plans to close half of them"),
    ("At the moment, the Rovers FC has 30 players in the E.U. It intends to sell ten of them by the end of 2030.",
     "It intends", "the end of 2030", "Rovers FC intends to sell ten of them"),
    ("Jane Roe chairs the board of the U.N. It met on Monday in Geneva.", "It met", "on Monday",
     "U.N meets in Geneva"),  # a person is never 'it': the nearest name
])
def test_it_opening_a_sentence_is_the_named_subject_of_the_sentence_before(text, sentence, date, expected):
    i, j = text.index(sentence), text.index(date)
    assert make_title(text, analyse(text, i, len(text), j, j + len(date), when="past"), j, j + len(date)) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The mayor praised the crews that arrived on Friday.", "on Friday", "Crews arrive"),
    ("The board will review the figures that came out on Monday.", "on Monday", "Figures come out"),
    ("The crews that arrived on Friday cleared the road.", "on Friday", "Crews arrive"),  # before the main verb
    ("The club signed the striker that it scouted in May.", "in May", "Club signs striker"),  # a subject: no such clause
])
def test_a_date_right_after_a_relative_clause_s_past_verb_dates_that_clause(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The coach made it very clear on Friday that the striker will leave the club in the summer.", "on Friday",
     "Coach makes clear striker will leave club in summer"),
    ("The regulator made it clear Monday that it wants to limit its role in the merger.", "Monday",
     "Regulator makes clear it wants to limit role in merger"),
    ("The coach made it to the final on Friday.", "on Friday", "Coach makes it to final"),  # no 'clear … that'
])
def test_made_it_clear_that_is_a_saying_with_its_content(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The league on Tuesday approved a plan that would expand the playoffs, officials said.", "on Tuesday",
     "League approves plan to expand playoffs"),
    ("The senate tonight passed a measure that will reopen the clinics, end the strike and pay the nurses.", "tonight",
     "Senate passes measure to reopen clinics"),
    ("On Monday the court issued an order which will freeze the firm's assets.", "On Monday",
     "Court issues order to freeze firm's assets"),
    # near misses: a relative clause that says what will happen to the thing, or a past one, stays out
    ("The union on Friday signed a deal that will be put to a vote next month.", "on Friday", "Union signs deal"),
    ("The mayor praised the crews on Friday that would have stayed longer.", "on Friday", "Mayor praises crews"),
])
def test_a_will_or_would_relative_clause_after_the_object_is_a_headline_infinitive(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The league — which includes most of the big clubs in the north — announced on Monday that it will cut ticket "
     "prices.", "on Monday", "League to cut ticket prices"),
    ("The health ministry - which runs most of the clinics in the capital - tweeted that its wards will be open "
     "Thursday.", "Thursday", "Health ministry tweets its wards will be open"),
    # near miss: a dash that closes a dateline, not an aside between a subject and its verb
    ("LONDON - The club on Friday sold its ground to a developer.", "on Friday", "Club sells ground to developer"),
])
def test_an_aside_between_dashes_keeps_the_subject_before_it(sentence, date, expected):
    assert title_for(sentence, date[3:] if date.startswith("on ") else date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The mayor said today we've signed a deal with the union.", "today", "Mayor signs deal with union"),
    ("The coach said on Friday they'd agreed terms with the striker.", "Friday", "Coach agrees terms with striker"),
    # near miss: a name that ends in an apostrophe and letters is no pronoun
    ("O'Neill signed the bill on Friday.", "Friday", "O'Neill signs bill"),
])
def test_a_subject_pronoun_with_its_auxiliary_is_a_pronoun(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The agency sampled the river between May 11 and May 14 for traces of lead.", "May 11",
     "Agency samples river for traces of lead"),
    ("The agency sampled the river between May 11 and May 14 for traces of lead.", "May 14",
     "Agency samples river for traces of lead"),
    ("The union held talks with the club from Monday to Wednesday.", "Monday", "Union holds talks with club"),
    # near misses: a 'between' of parties and a 'from' of a source keep their words
    ("The club bought the striker from Rovers on Monday.", "Monday", "Club buys striker from Rovers"),
    ("On Monday the court ruled between the two parties.", "Monday", "Court rules between two parties"),
])
def test_a_range_of_dates_goes_with_the_date(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The mayor on Monday told fans affected by the closure that the stadium would reopen.", "Monday",
     "Mayor tells fans stadium will reopen"),
    ("On Monday the club fined three players caught in the brawl.", "Monday", "Club fines three players caught in brawl"),
    ("The ministry on Friday warned patients treated at the clinic to get tested.", "Friday",
     "Ministry warns patients treated at clinic to get tested"),
    # near miss: after a verb of saying the noun is the subject of what was said
    ("The agency said on Friday the fund needed to grow so it could pay its bills.", "Friday",
     "Fund needs to grow so it could pay bills"),
])
def test_a_participle_after_the_object_of_a_past_verb_is_no_main_verb(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("On April 21, the Office for Water Supply and Sanitation (OWS) found lead in the pipes of two schools.",
     "April 21", "OWS finds lead in pipes of two schools"),
    ("On Monday the National Football League Players Association (NFLPA) filed a complaint against the owners.",
     "Monday", "NFLPA files complaint against owners"),
    # near miss: an acronym in brackets that spells another name stays out
    ("On Monday the National Football League Players Association (WHO) filed a complaint against the owners.",
     "Monday", "National Football League Players Association files complaint"),
])
def test_an_acronym_in_brackets_may_leave_out_the_last_words_of_the_name(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("This is the second and final reopening of the road since May 2, and opens all lanes.", "May 2",
     "Second and final reopening of road"),
    ("It was the first public hearing on the merger since March 3, and drew a big crowd.", "March 3",
     "Hearing on merger"),
    # near miss: an '-ing' phrase after a plural noun is still what those people did
    ("Rescuers were among the local volunteers working at the site Monday in Bree, which was flattened by the storm.",
     "Monday", "Local volunteers work at site in Bree"),
])
def test_an_ing_word_after_a_determiner_and_an_adjective_is_a_noun(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("A fire last week at the old mill destroyed three homes.", "last week", "Fire at old mill destroys three homes"),
    ("A blast on Monday at the chemical plant injured 20 workers.", "Monday", "Blast at chemical plant injures 20 workers"),
    ("The strike on Monday by bus drivers shut the city.", "Monday", "Strike by bus drivers shuts city"),
    ("Acme on Monday at its meeting voted to sell the unit.", "Monday", "Acme votes to sell unit"),
    # near miss: a date at the end of the subject splits nothing
    ("The league's board on Monday voted to expand the playoffs.", "Monday", "League's board votes to expand playoffs"),
])
def test_a_date_between_a_noun_and_its_modifier_keeps_the_whole_subject(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The brewer signed the papers Friday completing the sale of its best, most popular labels to a rival, ending a "
     "century of family control.", "Friday", "Brewer signs papers completing sale"),
    ("The senator will send a letter to the panel's chairman on Monday requesting more time for the inquiry.",
     "on Monday", "Senator to send letter to panel's chairman"),
    ("“When I spoke with the union leaders last week, they told me the strike would end.", "last week",
     "Speaks with union leaders"),  # no subordinate clause's 'When' opens a title (nor a pronoun no one names)
    # near miss: an '-ing' word after a verb of going on, and an adjective with its noun, stay
    ("The club on Saturday kept on winning.", "on Saturday", "Club keeps on winning"),
])
def test_a_title_never_ends_on_a_word_that_needs_what_was_cut(sentence, date, expected):
    assert title_for(sentence, date[3:] if date.startswith("on ") else date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Starting Monday and lasting until the strike ends, the museum's galleries in Leeds and York will be closed and "
     "half of its staff will be sent home.", "Monday", "Museum's galleries in Leeds and York to be closed"),
    ("Beginning today and continuing until the pitch is repaired, the club's shops in Derby, Hull, York and Bath will "
     "be closed.", "today", "Club's shops to be closed"),
    # near miss: a fronted participle of an act, not of a start, is the event ('Speaking …' keeps its own rule)
    ("Beginning on Friday, the league will cut ticket prices.", "Friday", "League to cut ticket prices"),
])
def test_a_fronted_from_when_phrase_gives_way_to_the_main_clause(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The firm on Monday closed two plants and 300 of its workers were laid off.", "Monday", "Firm closes two plants"),
    # near miss: two nouns joined by 'and' are one subject of what was said
    ("The agency said on Monday that the flood and storm could cost the region millions.", "Monday",
     "Agency says flood and storm could cost region millions"),
])
def test_and_before_a_subject_with_its_own_auxiliary_ends_the_title(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The club announced plans on Friday to sell its ground.", "Friday", "Club announces plans to sell ground"),
    ("The brewer Acme Beers (AB) announced plans Friday to close two of its plants.", "Friday",
     "Acme Beers announces plans to close two plants"),
    ("The league unveiled a proposal Monday to expand the playoffs.", "Monday",
     "League unveils proposal to expand playoffs"),
    # near miss: a plan that is no one's announcement keeps the infinitive's own reading
    ("The club moved on Friday to sell its ground.", "Friday", "Club moves to sell ground"),
])
def test_a_plan_made_public_before_its_infinitive_is_the_act(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The league on Friday reported its first case of the virus being passed between players.", "Friday",
     "League reports first case of virus passed between players"),
    ("The ministry on Monday confirmed a second case of the strain being detected in cattle.", "Monday",
     "Ministry confirms second case of strain detected in cattle"),
    # near miss: 'being' as the main verb's own progressive stays the clause's verb
    ("The stadium is being rebuilt after the fire on Monday.", "Monday", "Stadium rebuilt after fire"),
])
def test_a_being_participle_after_a_noun_is_no_main_verb(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Treasury Secretary Dan Poe said on Monday the department will sell its stake in the bank.", "Monday",
     "Treasury to sell stake in bank"),
    ("FIFA Director Jan Roe announced today that the agency will fund two new stadiums.", "today",
     "FIFA to fund two new stadiums"),
    # near misses: a body that is not what the speaker's office names, a kind of body that names itself
    ("Treasury Secretary Dan Poe said on Monday the agency will sell its stake in the bank.", "Monday",
     "Agency to sell stake in bank"),
    ("The club chairman said on Monday the club will sell its ground.", "Monday", "Club to sell ground"),
])
def test_the_department_of_a_speaker_s_office_is_named(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


def _in_text(text: str, sentence: str, date: str) -> str:
    i = text.index(sentence)
    j = text.index(date, i)
    return make_title(text, analyse(text, i, i + len(sentence), j, j + len(date), when="past"), j, j + len(date))


@pytest.mark.parametrize("text, sentence, date, expected", [
    ("MINISTER OKAFOR: Good evening. I’m so proud to be here tonight at the Annual Congress of Surgeons in Lyon.",
     "I’m so proud to be here tonight at the Annual Congress of Surgeons in Lyon.", "tonight",
     "Okafor speaks at Annual Congress of Surgeons in Lyon"),
    ("Thank you all. We are delighted to be here today at the Riverside Book Fair.",
     "We are delighted to be here today at the Riverside Book Fair.", "today", "Remarks at Riverside Book Fair"),
    # near miss: no named place where the speaker is
    ("COACH ROE: Good evening. I’m so proud to be here tonight at my first chance to meet the board.",
     "I’m so proud to be here tonight at my first chance to meet the board.", "tonight", None),
])
def test_being_here_at_a_named_event_is_speaking_there(text, sentence, date, expected):
    title = _in_text(text, sentence, date)
    assert title == expected if expected else "speaks at" not in title and not title.startswith("Remarks")


@pytest.mark.parametrize("sentence, date, expected", [
    ("On Monday Chairman Dan Poe asked the National Roads Safety Board (NRSB) for answers about its inquiry into the "
     "crash at the bridge.", "Monday", "Poe asks NRSB for answers about inquiry into crash at bridge"),
    ("The club on Monday hired the Forensic Accounting Group (FAG) to review its books.", "Monday",
     "Club hires Forensic Accounting Group to review books"),  # the whole name fits: it stays
    # near miss: a bracket that is no acronym of the name before it ends the title as before
    ("The club on Monday sold its ground (the oldest in the league) to a developer.", "Monday", "Club sells ground"),
])
def test_a_name_with_its_acronym_in_brackets_is_abbreviated_only_when_too_long(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The U.S. Senate Committee on Trade, Energy, and Transport held a full committee hearing today on the rail strike "
     "and the government response.", "today", "U.S. Senate Committee holds full committee hearing"),
    ("The Board of Sport, Culture and Media on Monday fined the club.", "Monday",
     "Board of Sport, Culture and Media fines club"),
    # near miss: a list of actors stays a list
    ("Acme, Brightline and Zenith on Monday signed the deal.", "Monday", "Acme, Brightline and Zenith sign deal"),
])
def test_a_name_that_lists_its_fields_is_one_actor(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Acme announced this morning that it would hand over its stake in its U.K. port operations to a local firm.",
     "this morning", "Acme to hand over stake in its U.K. port operations"),
    ("Jane Roe said on Friday that she will run for mayor.", "Friday", "Jane Roe to run for mayor"),
    ("Acme Ports World said on Friday that it will sell its ground.", "Friday", "Acme Ports World to sell ground"),
    # near misses: 'it' is no person; a future of being is no act
    ("The players said on Friday that it would be hard.", "Friday", "Players say it will be hard"),
])
def test_what_a_speaker_said_it_will_do_is_a_headline_future(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The regulator on Monday directed the club to adopt a new rule whereby ticket prices will be capped.", "Monday",
     "Regulator directs club to adopt new rule"),
    # near miss: no 'whereby', the infinitive's object stays whole
    ("The regulator on Monday directed the club to adopt a new rule.", "Monday", "Regulator directs club to adopt new rule"),
])
def test_whereby_opens_a_relative_clause_that_ends_the_title(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Over a two-month period starting in May 2019, auditors from the league, with help from the police, thoroughly "
     "investigated the transfer.", "May 2019", "Auditors from league investigate transfer"),
    # near miss: an '-ly' adverb and a participle before a noun after a comma are an adjective
    ("A long, bitterly fought strike comes to an end on Friday.", "on Friday", "Strike comes to end"),
])
def test_an_ly_adverb_after_a_comma_before_a_verb_and_its_object_is_no_adjective(sentence, date, expected):
    assert title_for(sentence, date[3:] if date.startswith("on ") else date)[0] == expected


@pytest.mark.parametrize("text, sentence, date, expected", [
    ('Chairman Dan "Danny" Roberts is unhappy. On Monday Roberts asked the league for answers.',
     "On Monday Roberts asked the league for answers.", "Monday", "Roberts asks league for answers"),
    ("Mayor Ann Jennings spoke first. On Monday Jennings signed the budget.", "On Monday Jennings signed the budget.",
     "Monday", "Jennings signs budget"),
    # near miss: a plural group after a body's name stays plural
    ("Senate Democrats met. On Monday Democrats signed the letter.", "On Monday Democrats signed the letter.",
     "Monday", "Democrats sign letter"),
])
def test_a_surname_in_s_after_an_office_takes_a_singular_verb(text, sentence, date, expected):
    assert _in_text(text, sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Pleased with the draw, he asked Assistant Coach Romero to lead a squad of young reserve players and coaching "
     "staff to Leeds this week for talks with the owners.", "this week", "Assistant Coach Romero asked to lead squad"),
    ("Pleased with the vote, she asked Health Minister Okafor to lead a delegation of senior ministry officials and "
     "hospital chiefs to Geneva on Monday for talks.", "Monday", "Health Minister Okafor asked to lead delegation"),
    # near misses: the infinitive fits whole; a 'to' before a noun phrase is no infinitive
    ("Pleased with the vote, she asked Health Minister Okafor to lead a delegation to Geneva on Monday for talks with "
     "hospital chiefs and ministry officials.", "Monday", "Health Minister Okafor asked to lead delegation to Geneva"),
    ("Detectives from the national art theft squad moved the seized paintings to a vault of the national gallery on "
     "Tuesday.", "Tuesday", "Detectives move seized paintings to vault"),
])
def test_cut_keeps_the_asked_infinitive(sentence, date, expected):
    """A title too long for its whole object is not cut right after a verb before the infinitive it governs
    ('Minister asked'): the cut moves into the infinitive's phrase, before its 'of'."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The league said its grounds will be open Thursday, with the final to be played on Sunday.", "Sunday",
     "Final to be played"),
    ("Polls close at 8 p.m., with results expected on Tuesday.", "Tuesday", "Results expected"),
    ("The airline resumed flights to Lisbon on Monday, with services to Porto restarting on Wednesday.", "Wednesday",
     "Services to Porto restart"),
    ("Rebels seized the town on Monday, with government troops retreating by Wednesday.", "Wednesday",
     "Government troops retreat"),
    # near misses: no absolute phrase ('with the new coach'), or one that reports rather than happens
    ("The team trained with the new coach on Monday.", "Monday", "Team trains with new coach"),
    ("The vote was held on Monday, with the company saying results would come on Friday.", "Friday", "Vote held"),
])
def test_date_of_trailing_absolute_phrase(sentence, date, expected):
    """A date at the end of a trailing ', with NOUN to VERB / VERBing / VERBed' phrase dates that phrase's event,
    not the clause before it."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The first strike was called on May 1, and was followed by a second one on June 3.", "June 3",
     "First strike followed by second one"),
    ("The company posted a loss in March, and then cut 500 jobs in April.", "April", "Company cuts 500 jobs"),
    ("The club sacked its manager in March, and then signed a new one in April.", "April", "Club signs new one"),
    # near miss: the second clause has a subject of its own
    ("The company posted a loss in March, and its rival cut 500 jobs in April.", "April", "Rival cuts 500 jobs"),
])
def test_verb_after_comma_and_shares_the_first_subject(sentence, date, expected):
    """A clause that starts with its verb after ', and (then)' takes the subject of the verb before the 'and'; a
    noun after an adjective ('a second one') is not cut as a function word."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("After long talks with the players, as well as studying figures collected from tests, the club today began the "
     "final steps towards the sale of its stadium.", "today", "Club begins final steps towards sale of its stadium"),
    ("After the recount, as well as checking ballots mailed from abroad, election officials on Tuesday found a second "
     "batch of unsigned envelopes.", "Tuesday", "Election officials find second batch of unsigned envelopes"),
    ("After weeks of hearings, as well as reviewing evidence gathered by police, the court on Monday ordered a retrial "
     "of the case.", "Monday", "Court orders retrial of case"),
    # near miss: no participle after the gerund's object: the clause's own verb, as before
    ("After reviewing the evidence, the court on Monday ordered a retrial of the case.", "Monday",
     "Court orders retrial of case"),
])
def test_participle_after_fronted_gerund_object_is_no_verb(sentence, date, expected):
    """'(as well as) checking ballots mailed from abroad, officials found …': the participle after the fronted
    gerund's object is not the clause's verb; the verb after the phrase's comma is."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The club studied the tests the coach ordered Friday.", "Friday", "Coach orders tests"),
    ("The court heard the appeal the defence lodged in March.", "March", "Defence lodges appeal"),
    ("The union rejected the new offer the company made on Monday.", "Monday", "Company makes new offer"),
    ("The club relied on figures from tests I ordered Friday.", "Friday", "Tests ordered"),
    # with its object pronoun the relative clause is dated all the same (round 20, clause20: was the main clause's
    # 'Club studies tests')
    ("The club studied the tests that I ordered Friday.", "Friday", "Tests ordered"),
])
def test_relative_clause_without_pronoun_and_common_subject(sentence, date, expected):
    """'the tests the mayor ordered Friday': the date dates the relative clause, whose subject is a common noun or
    a pronoun, not a name; its actor is that subject and its object the noun before it ('Mayor orders tests'; with
    'I' and no speaker known, 'Tests ordered')."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Six months after the storm made landfall on the island, Senator Jane Doe today urged the agency to continue "
     "its work.", "today", "Senator Doe urges agency to continue work"),
    ("Two weeks after the plant closed, the mayor on Monday asked the state for help.", "Monday",
     "Mayor asks state for help"),
    ("Just days before the vote, the council on Friday approved the budget.", "Friday", "Council approves budget"),
])
def test_a_main_clause_after_a_measured_opening_clause_is_titled(sentence, date, expected):
    """An opening subordinate clause after a measure of time ('Six months after …,') does not title a date of the
    main clause after it (round 20, clause20)."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Officials are still monitoring compliance with the cleanup order that the agency issued on March 3, 2016.",
     "March 3, 2016", "Agency issues cleanup order"),
    ("The council reviewed the report that the panel released on Monday.", "Monday", "Panel releases report"),
    ("Residents must follow the rules which the city adopted in May 2015.", "May 2015", "City adopts rules"),
    ("The bill repeals a tax that Congress passed in 2010.", "2010", "Congress passes tax"),
    ("Crews are checking the pipes to meet the terms of the repair order that the agency issued on May 3.", "May 3",
     "Agency issues repair order"),
])
def test_a_dated_object_relative_clause_is_titled(sentence, date, expected):
    """A date right after the verb of a relative clause whose pronoun ('that', 'which') is its object dates that
    clause, as one without a pronoun does: its subject acts on the noun the pronoun stands for (round 20,
    clause20)."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Prior to that single passenger fatality in April 2018, the last fatal accident occurred in 2009.", "April 2018",
     "Single passenger fatality"),
    ("That single fatality in April 2018 shocked the industry.", "April 2018", "Single fatality shocks industry"),
    ("The outbreak that began on Friday has now passed 1,900 cases.", "Friday", "Outbreak begins"),
])
def test_that_before_an_adjective_and_noun_is_a_determiner(sentence, date, expected):
    """'that single fatality': 'that' before a base form that may be an adjective, followed by a noun, is a
    determiner, not a relative pronoun with its verb (round 20, clause20)."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("text, date, expected", [
    ("    Mr. ROE. Mr. President, I rise today. Last week I spoke with the president and the budget director about "
     "the aid.", "Last week", "Roe speaks with president and budget director about aid"),
    ("    Ms. LEE of Ohio. Mr. President, I rise today. In May I met with the state officials.", "In May",
     "Lee meets with state officials"),
    # near miss: the chair's label is the nearest: no member speaks
    ("    Ms. LEE of Ohio. Mr. President, I rise today.\n    The PRESIDING OFFICER. Without objection.\n In May I "
     "met with the state officials.", "In May", "Meets with state officials"),
])
def test_i_in_a_record_of_debate_is_the_labelled_member(text, date, expected):
    """In a record of a legislature's debate a paragraph opens with its speaker's label ('Mr. ROE.'): the 'I' of
    what follows is that member (round 20, clause20)."""
    i = text.index(date)
    clause = analyse(text, i, len(text), i, i + len(date))
    assert make_title(text, clause, i, i + len(date)) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The mayor visited the town, which was hit by the storm last week.", "last week", "Town hit by storm"),
    ("He is also due to hold talks with the governor of the islands, which were also hit by the storm last week.",
     "last week", "Islands hit by storm"),
    ("The board met the workers, who were laid off in May.", "May", "Workers laid off"),
    ("We will hear from Ann Lee, the former chief executive of Acme, who resigned last week.", "last week",
     "Ann Lee resigns"),
    ("Officials met the mayor of Lyon, who resigned last week.", "last week", "Mayor of Lyon resigns"),
    # near misses: a common noun after 'of' may be whom 'who' stands for; an active past verb as before
    ("Officials met the family of the victim, who died last week.", "last week", "Victim dies"),
    ("Officials said Tuesday the driver, who died Monday, was 42.", "Monday", "Driver dies"),
])
def test_a_dated_relative_aside_reads_its_verb_and_antecedent_by_grammar(sentence, date, expected):
    """A date in a relative clause set off by a comma dates that clause: a passive with a past participle written
    like its base ('which were hit') is such a clause, told in the passive; 'who' after a role 'of' a name stands
    for the person the role is apposed to, or for the role itself, never for the name after 'of' (round 20,
    clause20)."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Whereas the 9 member Board of Appeals of the Regional Football League (referred to in this statute as the "
     "Board) conducted a review of the transfer within 30 days of formal notification on March 3 and declined to open "
     "an inquiry;", "March 3", "Board conducts review of transfer within 30 days"),
    ("The Board of Appeals of the Regional Football League (the Board) on March 3 conducted a review of the transfer.",
     "March 3", "Board conducts review of transfer"),
    ("The Standing Committee on Public Health of the Assembly (hereinafter “the Committee”) on Friday opened hearings "
     "into hospital waiting lists.", "Friday", "Committee opens hearings into hospital waiting lists"),
    # near miss: an acronym in brackets is no defined short name; the old reading stays
    ("The Emergency Rent Support (ERS) has been approved on March 3.", "March 3", "Emergency Rent Support approved"),
])
def test_actor_named_by_its_defined_short_form(sentence, date, expected):
    """A subject whose brackets define its short name ('(referred to in this statute as the Board)', '(the
    Board)', '(hereinafter “the Committee”)') is that short name, not the last noun before the brackets."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("In May, the club informed the league that the stadium roof was unsafe.", "May",
     "Club informs league stadium roof was unsafe"),
    ("On Monday the ministry advised hospitals that the vaccine stocks were running low.", "Monday",
     "Ministry advises hospitals vaccine stocks were running low"),
    ("In March, the airline notified the regulator that two engines had failed inspections.", "March",
     "Airline notifies regulator two engines failed inspections"),
    # near miss: no 'that' clause after the addressee
    ("On Monday the ministry advised hospitals on the new vaccine rules.", "Monday",
     "Ministry advises hospitals on new vaccine rules"),
])
def test_informing_verb_keeps_what_was_told(sentence, date, expected):
    """'informed/notified/advised X that …' is titled with what was told, not cut after the addressee ('Club
    informs league')."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Instead the club board rejected the revised offer on Monday.", "Monday", "Club board rejects revised offer"),
    ("Similarly, the health ministry on Friday closed all schools in the capital.", "Friday",
     "Health ministry closes all schools in capital"),
    ("Still, the union on Monday rejected the revised offer from the company.", "Monday",
     "Union rejects revised offer from company"),
])
def test_title_drops_opening_connective(sentence, date, expected):
    """A sentence adverb that links to the sentence before ('Instead', 'Similarly,', 'Still,') is no word of a
    headline."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The union warned on Monday of a long strike at the plant.", "Monday", "Union warns of long strike at plant"),
    ("The coach on Friday wrote about the club's financial troubles.", "Friday",
     "Coach writes about club's financial troubles"),
    ("The finance minister on Tuesday warned of severe economic fallout from a default.", "Tuesday",
     "Minister warns of severe economic fallout from default"),
    # near miss: 'said … of her rival that …': the 'that' clause is what was said
    ("The minister said on Monday of her rival that he was unfit.", "Monday", "Minister says he was unfit"),
])
def test_report_verb_keeps_its_topic(sentence, date, expected):
    """A reporting verb whose object is a topic ('warned of …', 'wrote about …', 'argued against …') keeps it: not
    the bare 'Union warns'."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("On Tuesday the last stand in the city park closed to traders due to the flooding reopens.", "Tuesday",
     "Last stand in city park reopens"),
    ("Council map: Tuesday, May 3, 2011: The last stand in the city park closed to traders due to the flooding "
     "reopens", "Tuesday, May 3, 2011", "Last stand in city park reopens"),
    ("On Monday the only road in the valley closed to lorries since the landslide reopens to all traffic.",
     "Monday", "Only road in valley reopens to all traffic"),
    # near miss: the '-ed' verb is the clause's own, with its object and a second verb after 'and' (round 33: the
    # second predicate of the same doer is kept when it fits)
    ("On Tuesday the council closed the road to traffic and reopened the bridge.", "Tuesday",
     "Council closes road to traffic and reopens bridge"),
])
def test_participle_in_subject_is_no_verb(sentence, date, expected):
    """'The last stand in the park closed to traders due to the flood reopens': the '-ed' form after the subject's
    noun with a prepositional phrase after it is a relative clause's; the finite verb after it is the title's."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The Justice Ministry on Friday banned the rally planned for the capital.", "Friday",
     "Justice Ministry bans rally planned for capital"),
    ("The Executive Board on Monday approved the budget for the coming season.", "Monday",
     "Executive Board approves budget for coming season"),
    # near miss: a role word before a person's name still goes
    ("Governor Brown signed the bill on Monday.", "Monday", "Brown signs bill"),
])
def test_role_word_that_names_a_body_stays(sentence, date, expected):
    """'Justice Ministry', 'Executive Board': a role word before a body's kind is part of the body's name, not a
    title before a person's ('Governor Brown' → 'Brown')."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Yesterday the U.S. National Science Foundation (NSF) awarded a grant to the marine biology lab at the state "
     "university.", "Yesterday", "NSF awards grant to marine biology lab at state university"),
    ("On Tuesday the U.K. Football Supporters Association (FSA) published a report on ticket prices in the top "
     "division.", "Tuesday", "FSA publishes report on ticket prices in top division"),
    ("The Bureau of Statistics (BOS) on Monday revised the growth figures for the past three quarters of the year.",
     "Monday", "BOS revises growth figures for past three quarters of year"),
    # near miss: no acronym in the text: the name stays whole
    ("The Football Supporters Association on Tuesday published a report on ticket prices.", "Tuesday",
     "Football Supporters Association publishes report"),
])
def test_long_body_name_written_as_its_acronym(sentence, date, expected):
    """A long name is written as the acronym the text gives it when that leaves room for what was done, a
    country's initials before the name included ('U.S. National Science Foundation (NSF)' → 'NSF')."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Bipartisan Senate Agriculture and Forestry Committee leaders on Tuesday asked the regulator for data on grain "
     "prices and storage capacity.", "Tuesday", "Senate committee leaders ask regulator for data"),
    ("The City Parks, Recreation and Heritage Commission on Friday approved the plan to close the east gate of the "
     "zoo.", "Friday", "City commission approves plan to close east gate of zoo"),
    # near miss: a short name fits whole
    ("The Senate Finance Committee on Tuesday asked the regulator for data.", "Tuesday",
     "Senate Finance Committee asks regulator for data"),
])
def test_long_body_name_shortened_to_its_first_word_and_kind(sentence, date, expected):
    """A body's name too long for the title is written as headlines do: its first word and its kind ('Senate
    Agriculture and Forestry Committee leaders' → 'Senate committee leaders')."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Senator Jane Q. Doe (R-Ohio) and John Roe (D-Iowa), members of the Sport, Media and Culture Committee, sent a "
     "letter on Monday to the league.", "Monday", "Senator Jane Q. Doe and John Roe send letter to league"),
    ("Dana Hale, a member of the Arts Council, resigned on Monday.", "Monday", "Dana Hale resigns"),
    ("Dr. Ann Lee (D-Mass.), chair of the Oceans, Lakes and Rivers Caucus, opened the hearing on Tuesday.",
     "Tuesday", "Ann Lee opens hearing"),
    # near miss: the name in apposition is the actor's name
    ("The only bidder in the auction, former banker Dana Hale, withdrew on Monday.", "Monday", "Dana Hale withdraws"),
])
def test_apposition_with_a_listed_name_leaves_the_actor(sentence, date, expected):
    """'A and B (D-Iowa), members of the Sport, Media and Culture Committee, sent': the apposition (whose body's
    name lists words with commas) says who they are; the actor is the name before it."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("In March, Senators Dan Poe and Ann Lee and Reps. Jo Ray (D-Ill.) and Tim Fox (R-Ohio) introduced the Safe "
     "Rivers and Lakes Restoration and Water Education (SAFE-WATER) Act.", "March",
     "Poe, Lee, Ray and Fox introduce SAFE-WATER Act"),
    ("In March, the ministry launched the National Youth Coding and Robotics Opportunity (YES-CODE) Program for "
     "schools.", "March", "Ministry launches YES-CODE Program for schools"),
    # near miss: a short name with an acronym that is no more than its initials stays whole
    ("In March, the ministry launched the Youth Coding Program (YCP) for schools.", "March",
     "Ministry launches Youth Coding Program for schools"),
    # near miss: bodies are not persons: no surnames
    ("In March, Acme Corp. and the Lee Foundation opened a clinic in the town.", "March",
     "Acme Corp. and Lee Foundation open clinic in town"),
])
def test_long_lists_and_named_laws_shortened(sentence, date, expected):
    """Several persons named in full are named by their surnames when the title is too long, and a law or a
    programme whose long name is followed by its acronym and kind is written as 'SAFE-WATER Act'."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The players spent much of Sunday training at the stadium with their new coach.", "Sunday",
     "Players spend day training at stadium with their new coach"),
    ("The jury spent most of Tuesday reviewing video evidence from the night of the robbery.", "Tuesday",
     "Jury spends day reviewing video evidence"),
    ("Researchers spent all of 2019 mapping the reef.", "2019", "Researchers spend year mapping reef"),
    # near miss: the share is of a noun, not of the date
    ("The board met on Monday with much of the staff.", "Monday", "Board meets with much of staff"),
])
def test_share_of_the_dated_period_is_the_object(sentence, date, expected):
    """'spent much of Sunday training': the share of the period is the verb's object, written as the period's
    kind ('spend day training'), not a title cut at the verb ('Players spent')."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The council on Monday fined Brightwater (BW) for the spill at the river.", "Monday",
     "Council fines Brightwater for spill at river"),
    ("The council said on Monday that Brightwater (BW) will pay a $2 million fine for the spill.", "Monday",
     "Council says Brightwater will pay $2 million fine for spill"),
    ("The league said on Friday that Northfield (NF) will play its home games at the new ground.", "Friday",
     "League says Northfield will play home games at new ground"),
    # near miss: a bracket that is no short form of the name before it ends the phrase
    ("The council on Monday fined Brightwater (Ohio) for the spill at the river.", "Monday", "Council fines Brightwater"),
])
def test_one_word_name_with_its_short_form(sentence, date, expected):
    """A one-word name followed by its short form in brackets ('Brightwater (BW)') goes on past the bracket."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("headline, lead, body, expected", [
    ("Rail Workers Strike Across the Country",
     "Rail workers went on strike across the country on Tuesday, their union said.",
     "Rail workers went on strike across the country on Tuesday, their union said. The Rail Union said so.",
     "Rail workers strike across the country"),
    ("Tap Water Said Unsafe for Infants in Northfield",
     "Officials in Northfield said on Wednesday that tap water was unsafe for infants.",
     "Officials in Northfield said on Wednesday that tap water was unsafe for infants.",
     "Tap water said unsafe for infants in Northfield"),
    # near misses: no verb (a participle before its noun), too few of its words in the lead, a release's genre
    ("Senators Statement on Reported Bond Deal", "The senators said on Monday the reported bond deal is bad.", "", ""),
    ("Coach Resigns After Cup Defeat", "The club on Monday opened its new stadium to the public.", "", ""),
    ("Remarks on the Stadium Opening Ceremony", "The club on Monday opened its new stadium to the public.", "", ""),
])
def test_headline_title(headline, lead, body, expected):
    """An article's headline titles its lead's event when it has a verb and most of its words are the lead's,
    written in sentence case (names the story capitalises inside a sentence stay)."""
    assert headline_title(headline, lead, body) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("Monday's final, the first played under lights, took place at the national stadium.", "Monday",
     "Final takes place at national stadium"),
    ("Today’s hearing, entitled “Stadium Safety: First Questions,” took place in the committee room.", "Today",
     "Hearing takes place in committee room"),
    ("Today’s match, billed as “The Derby of the Decade,” took place in the new stadium.", "Today",
     "Match takes place in new stadium"),
    ("Yesterday's launch, delayed twice by storms, put the satellite into orbit.", "Yesterday",
     "Launch puts satellite into orbit"),
    # near miss: the participle is the clause's own verb, no phrase set off by commas
    ("The final was played under lights on Monday.", "Monday", "Final played under lights"),
])
def test_participle_aside_after_the_subject(sentence, date, expected):
    """'X, billed as “…,” took place': a participle phrase set off by commas after the subject (a title in
    quotation marks with its own comma or colon inside) is no verb of the clause; the verb after it is, with the
    subject before it as actor (without the day that owns it: 'Today's hearing' → 'Hearing')."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("A landslide occurred on Monday, which forced the closure of the mountain pass.", "Monday",
     "Landslide forces closure of mountain pass"),
    ("A fire broke out on Tuesday, which destroyed three homes in the village.", "Tuesday",
     "Fire destroys three homes in village"),
    ("Another outage occurred on Saturday, that halted trading on the exchange.", "Saturday",
     "Another outage halts trading on exchange"),
    # near misses: the relative clause says what the happening is, not what it did; no relative clause
    ("A power cut occurred on Friday, which is the third this month.", "Friday", "Power cut occurs"),
    ("The meeting took place on Monday in the town hall.", "Monday", "Meeting takes place in town hall"),
])
def test_happening_titled_by_what_it_did(sentence, date, expected):
    """'X occurred on Monday, which forced …': a title that only says something happened says what it did."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The Council for Rural Housing and Development (CRH) on Tuesday approved a new loan scheme for farmers.",
     "Tuesday", "CRH approves new loan scheme for farmers"),
    ("The Institute for Soil Science and Agronomy (ISS) on Monday released its survey of farmland.", "Monday",
     "ISS releases survey of farmland"),
    # near miss: the acronym is the whole name's
    ("The Office of Science and Technology Policy (OSTP) on Tuesday published a report on quantum computing.",
     "Tuesday", "OSTP publishes report on quantum computing"),
])
def test_acronym_of_a_name_before_its_and(sentence, date, expected):
    """'Council for Rural Housing and Development' is the 'CRH' the text writes: the initials of the words before
    the name's last 'and'."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The league (NFL) today announced a fine for the club’s use of drones to film training sessions of its rivals.",
     "today", "League announces fine for club’s use of drones"),
    ("The regulator on Monday opened an inquiry into the bank’s use of offshore accounts to hide losses.", "Monday",
     "Regulator opens inquiry into bank’s use of offshore accounts"),
    # near miss: the verb after the date is the infinitive's own ('wants to sign')
    ("The club today wants to sign a new striker.", "today", "Club wants to sign new striker"),
])
def test_past_verb_after_the_date_over_a_later_infinitive(sentence, date, expected):
    """'X today announced a fine for Y's use of drones to film …': the past verb right after the date is the
    clause's, not the infinitive at its end."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("WASHINGTON -- Sept. 12, 2019: Today the U.S. National Science Foundation (NSF) awarded a grant to the marine "
     "biology lab.", "Sept. 12, 2019", "NSF awards grant to marine biology lab"),
    ("Tuesday the Football Supporters Association (FSA) published a report on ticket prices.", "Tuesday",
     "FSA publishes report on ticket prices"),
    # near misses: a day word that begins a name
    ("On March 3, the Sunday Herald reported the scandal.", "March 3", "Sunday Herald reports scandal"),
    ("On March 3, Tuesday Morning Corp. closed 200 stores.", "March 3", "Tuesday Morning Corp. closes 200 stores"),
    ("On March 3, the Monday Night Club closed its doors.", "March 3", "Monday Night Club closes doors"),
])
def test_day_word_before_the_subject_is_no_part_of_it(sentence, date, expected):
    """'Today the agency released …' (dated by another mention): 'Today' is no word of the agency's name; a day
    word that opens a name ('Sunday Herald', 'Tuesday Morning Corp.') stays in the title."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("In 2019, the fans of this club raised money for the new stand.", "In 2019",
     "Fans of this club raise money for new stand"),
    ("In 2021, the researchers of these labs published a joint study.", "In 2021",
     "Researchers of these labs publish joint study"),
    # near miss: 'this' opens the subject
    ("In 2019, this club raised money for the new stand.", "In 2019", "Club raises money for new stand"),
])
def test_demonstrative_after_of_is_a_determiner(sentence, date, expected):
    """'the fans of this club': 'this' after 'of' is the determiner of a noun, not a subject pronoun that would
    leave 'club' alone as the actor."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("speaker, relation, about, expected", [
    ("the Mayor", "on", "flood", "Mayor issues statement on flood"),
    ("Coach Ann Roe", "About", "cup final", "Coach Ann Roe issues statement about cup final"),
    # whole words within the length, not ending on 'and'
    ("Director of the Institute", "on", "vaccine trial and the results of its second phase",
     "Director of the Institute issues statement on vaccine trial"),
])
def test_statement_title_names_who_and_what_within_the_length(speaker, relation, about, expected):
    title = statement_title(speaker, relation, about)
    assert title == expected and len(title) <= MAX_TITLE


@pytest.mark.parametrize("sentence, date, expected", [
    # a statement issued on something is titled as a release's statement is (statement_title): '<who> issues
    # statement on <what>', whatever the verb (issue, release, make) and the preposition (regarding, about, in response
    # to); sport, science, weather
    ("The football club issued the following statement on Tuesday regarding the sale of its stadium.", "on Tuesday",
     "Football club issues statement on sale of its stadium"),
    ("The observatory released a statement today about the loss of its old telescope.", "today",
     "Observatory issues statement on loss of its old telescope"),
    ("Governor Ann Lee made this statement on Friday in response to the flooding of the river valley.", "on Friday",
     "Governor Lee issues statement on flooding of river valley"),
])
def test_a_statement_issued_on_something_issues_statement(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # near misses: comments and remarks are no statement; a statement on nothing; a statement after news (the news)
    ("The coach made the following remarks on Sunday about the referee.", "on Sunday", "Coach comments about referee"),
    ("The museum issued a statement on Monday.", "on Monday", "Museum issues statement"),
    ("The mayor issued a statement on Monday after the Rovers football club sold its training ground to a "
     "developer.", "on Monday", "Rovers football club sells training ground to developer"),
])
def test_no_statement_title_for_remarks_or_news(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a count keeps the words that say how exact it is and the article of a count word (sport, weather, science)
    ("At least three hikers were rescued on Tuesday from the ridge.", "Tuesday", "At least three hikers rescued from ridge"),
    ("About a million residents lost power on Monday.", "Monday", "About a million residents lose power"),
    ("More than a thousand runners finished the race on Sunday.", "Sunday", "More than a thousand runners finish race"),
    ("On Monday, rescuers at the mine pulled about a dozen workers from the shaft.", "Monday",
     "Rescuers at mine pull about a dozen workers from shaft"),
    # a count of counts stays whole when the actor is shortened: not 'Hundreds' for hundreds of thousands
    ("Hundreds of thousands of fans gathered on Sunday in the main square to welcome the team.", "Sunday",
     "Hundreds of thousands gather in main square to welcome team"),
    # when space is short, the approximation goes before the rest of the actor
    ("More than 45,000 residents within a 10-kilometre radius of the power station were evacuated on Saturday.", "Saturday",
     "45,000 residents within 10-kilometre radius evacuated"),
])
def test_counts_keep_their_approximation(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # near misses: an article before a common noun still goes; 'at' of a place is no count; one count alone stays
    ("The club sold a hundred-year-old trophy on Monday.", "Monday", "Club sells hundred-year-old trophy"),
    ("Hundreds of fans gathered on Sunday in the main square.", "Sunday", "Hundreds of fans gather in main square"),
    ("The storm left about 300 homes without power on Monday.", "Monday", "Storm leaves about 300 homes without power"),
])
def test_counts_near_misses(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_long_passive_subject_is_cut_before_its_verb_is():
    title = _title("More than 300 residents of the valley towns close to the old dam in the hills were evacuated on "
                   "Saturday.", "Saturday")
    assert title.endswith("evacuated") and len(title) <= MAX_TITLE


@pytest.mark.parametrize("actor, name", [
    # an office written before a name of three words keeps the whole name (government, culture, sport)
    ("Minister of Culture Anna Maria Rossi", "Anna Maria Rossi"),
    ("Secretary of Sport Mary Louise Okafor", "Mary Louise Okafor"),
    # near misses: two words of a name after the office; the office's last word is no first name
    ("Minister of Foreign Trade Karl Obermeier", "Karl Obermeier"),
    ("Secretary of Homeland Security Janet Okafor", "Janet Okafor"),
])
def test_an_office_before_a_three_word_name(actor, name):
    from timeline.titles import _name_of
    assert _name_of(actor) == name


@pytest.mark.parametrize("sentence, date, expected", [
    # a person named after a lower-case role ('arson suspect Peter Kowalczyk') by the surname when nothing else fits
    ("Today, a state grand jury indicted warehouse arson suspect Peterson Kowalczykiewicz on thirty charges, including "
     "arson.", "Today", "Jury indicts warehouse arson suspect Kowalczykiewicz"),
    # near miss: the whole name when it fits
    ("The club on Monday signed striker Peter Kowalczyk from the city rivals for a record fee.", "Monday",
     "Club signs striker Peter Kowalczyk from city rivals"),
])
def test_a_suspect_by_surname_when_space_is_short(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a date that names the occasion the act took place in: the act there, with the occasion (sport, politics)
    ("The striker scored twice in the 2010 final.", "2010", "Striker scores twice in final"),
    ("Smith ran against Mr. Jones in the 2012 race and later lost his seat.", "2012", "Smith runs against Jones in race"),
    # near misses: the occasion alone when no act of the clause happens in it
    ("Moscow’s attempts to regulate this process (starting with Putin’s Munich Speech in 2007) failed.", "2007",
     "Putin’s Munich Speech"),
])
def test_an_act_in_an_occasion_the_date_names(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a frame of certainty before a reported content: the content is what is said (sport, industry)
    ("At the stadium Monday, club spokesman Jay Porter said there is no doubt that the striker will face a "
     "disciplinary hearing.", "Monday", "Jay Porter says striker will face disciplinary hearing"),
    ("The coach said on Monday that there is no doubt the team will reach the final.", "on Monday",
     "Coach says team will reach final"),
    ("The minister said on Monday it is clear that the plant will close next year.", "on Monday",
     "Minister says plant will close"),
])
def test_a_certainty_frame_is_no_content(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date", [
    # near misses: a doubt about something, or in someone's mind, is no frame of a content
    ("The judge said on Monday there is no doubt about the evidence.", "on Monday"),
    ("The coach said on Monday that there is no doubt in his mind.", "on Monday"),
])
def test_a_doubt_about_something_stays(sentence, date):
    assert "doubt" in _title(sentence, date)


@pytest.mark.parametrize("sentence, date, expected", [
    # a reaction '(by) saying …' is titled with what was said (labour, sport, politics)
    ("The union reacted on Friday by saying the offer was too low.", "on Friday", "Union says offer was too low"),
    ("The club responded on Monday, saying the stadium would stay open.", "on Monday",
     "Club says stadium will stay open"),
    ("Opposition leader Mary Okafor reacted Saturday saying the new appointments were not enough.", "Saturday",
     "Mary Okafor says new appointments were not enough"),
    # near misses: a reaction to something, or without a saying
    ("The club responded on Monday to the ruling.", "on Monday", "Club responds to ruling"),
    ("The markets reacted sharply on Monday.", "on Monday", "Markets react"),
])
def test_a_reaction_saying_something_says_it(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a first-person frame that tells the news: the news is the title, not the frame's stub
    ("Today we learned that the league has decided to expand, which suggests growth.", "Today",
     "League decides to expand"),
    ("I'm pleased to announce today that the city will open a new stadium.", "today", "City to open new stadium"),
    ("We have learned that the storm will reach the coast on Friday.", "Friday", "Storm to reach coast"),
    ("I am happy to report today that the bridge will reopen.", "today", "Bridge to reopen"),
    # the speaker's own plan: what is to be done, in the passive
    ("I am proud to announce today that we will open two new libraries.", "today", "Two new libraries to be opened"),
    ("I'm pleased to announce today we will be investing $50 million in the new stadium to prepare ourselves for "
     "the season.", "today", "$50 million to be invested in new stadium"),
    ("We will close the roof of the arena on Friday.", "Friday", "Roof of arena to be closed"),
    # near-misses: a named learner keeps the frame, a plain clause is untouched, an object is no complement
    ("Fans learned on Tuesday that the club had sold its striker.", "Tuesday", "Fans learn that club had sold striker"),
    ("On Tuesday the court rejected the appeal.", "Tuesday", "Court rejects appeal"),
    ("On Tuesday we learned a great deal from the visiting team.", "Tuesday", "Great deal learned from visiting team"),
    ("The club will close the roof on Friday.", "Friday", "Club to close roof"),
    ("On Monday the team moved the camp to the coast to prepare itself for the season.", "Monday",
     "Team moves camp to coast to prepare itself for season"),
])
def test_first_person_frame_titles_the_news(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # the speaker's own plan NOT to act keeps its negation (it was 'Close roof': the opposite of the news)
    ("We will not close the roof of the arena on Friday.", "Friday", "Roof of arena not to be closed"),
    ("I will not sign the contract on Monday.", "Monday", "Contract not to be signed"),
    ("We won't raise ticket prices on Monday.", "Monday", "Ticket prices not to be raised"),
    ("We will not close the new roof on Friday.", "Friday", "New roof not to be closed"),
    ("I will open the new wing of the hospital on Monday.", "Monday", "New wing of hospital to be opened"),
    # near-misses: the plan without negation, and a third person's refusal keep their titles
    ("We will close the roof of the arena on Friday.", "Friday", "Roof of arena to be closed"),
    ("The club will not close the stadium on Friday.", "Friday", "Club not to close stadium"),
])
def test_first_person_plan_not_to_act_keeps_the_negation(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("We learned on Monday the orchestra had cancelled its tour.", "Monday", "Orchestra cancels tour"),
    ("I'm pleased to announce today the museum will reopen its east wing.", "today", "Museum to reopen east wing"),
])
def test_first_person_frame_without_that(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # an '-ing' aside that ends in a capitalised place is no name in apposition: the subject before it acts
    ("Governor Ann Lee, addressing reporters Friday night at the State House, said the state is in debt to the "
     "volunteers.", "Friday night", "Governor Lee says state is in debt to volunteers"),
    ("The striker, speaking on Sunday after the Cup Final, said he would stay at the club.", "Sunday",
     "Striker says he will stay at club"),
    ("The chief judge, sitting on Tuesday in the Supreme Court, rejected the appeal.", "Tuesday",
     "Chief judge rejects appeal"),
    # near-miss: a real name in apposition still acts
    ("The only bidder in the auction, former banker Dana Hale, withdrew on Monday.", "Monday", "Dana Hale withdraws"),
])
def test_ing_aside_ending_in_a_name_is_no_apposition(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


@pytest.mark.parametrize("sentence, start, anchor, expected", [
    # a clause that opens with its own 'and' + auxiliary shares the subject of the verb before it
    ("Lopez founded the youth league Friends of Football, and has offered to coach the national team if the "
     "manager steps down.", "and has", "offered", "Lopez offers to coach national team"),
    ("The ferry sank off the coast in May, and was raised from the seabed by divers.", "and was", "raised",
     "Ferry raised from seabed by divers"),
])
def test_clause_opening_with_and_shares_the_subject(sentence, start, anchor, expected):
    at = sentence.index(anchor)
    clause = analyse(sentence, sentence.index(start), len(sentence), at, at)
    assert make_title(sentence, clause, at, at) == expected


def test_clause_opening_with_and_without_a_subject_before_is_unchanged():
    sentence = "And has offered to coach the national team if the manager steps down."
    at = sentence.index("offered")
    clause = analyse(sentence, 0, len(sentence), at, at)
    assert not make_title(sentence, clause, at, at).startswith(("Lopez", "Manager"))


@pytest.mark.parametrize("sentence, date, expected", [
    # who attended (boycotted, ...) a dated gathering is the title, not the gathering's bare noun
    ("Relatives of some of the crash victims attended Wednesday’s court session.", "Wednesday",
     "Relatives of some crash victims attend court session"),
    ("Three ministers boycotted Monday’s cabinet meeting.", "Monday", "Three ministers boycott cabinet meeting"),
    # near-miss: a verb of another kind leaves the noun the date names
    ("Fishermen survived Monday’s storm off the coast.", "Monday", "Storm off coast"),
])
def test_attending_a_dated_gathering(sentence, date, expected):
    assert title_for(sentence, date)[0] == expected


def _title_in(text: str, date: str, start: str) -> str:
    """The title of the sentence of ``text`` that starts with ``start`` (a quotation's later sentence)."""
    i, s = text.index(date), text.index(start)
    return make_title(text, analyse(text, s, len(text), i, i + len(date)), i, i + len(date))


@pytest.mark.parametrize("text, date, start, expected", [
    ("“Last Thursday, the federation opened an inquiry,” said Sports Minister Jane Roe. “When I spoke with the club "
     "chairman last week, he assured me that the club takes it seriously.”", "last week", "“When",
     "Jane Roe speaks with club chairman"),
    ("“I have spoken with the hospital directors today about the beds,” said health minister Ana Ruiz.", "today", "“I",
     "Ana Ruiz speaks with hospital directors about beds"),
    ("“I met with the bank's auditors on Monday,” Tom Ellis said.", "on Monday", "“I",
     "Tom Ellis meets with bank's auditors"),
])
def test_first_person_in_a_quotation_is_its_named_speaker(text, date, start, expected):
    """'I' inside quotation marks is the person the paragraph's attribution names ('…,” said Minister Jane Roe')."""
    assert _title_in(text, date, start) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("I have spoken with the league president today about the fixtures.", "today",
     "Speaks with league president about fixtures"),
    ("I’ve met with the lab's safety officers this week.", "this week", "Meets with lab's safety officers"),
    ("We have spoken with the league about the fixtures on Monday.", "on Monday",
     "Speaks with league about fixtures"),
    ("On Monday we spoke with the mayor about the flood plan.", "On Monday", "Speaks with mayor about flood plan"),
    ("We’ve talked with the fire chief about the burn ban this week.", "this week", "Talks with fire chief about burn ban"),
])
def test_first_person_without_a_speaker_has_no_pronoun(sentence, date, expected):
    """No one named for 'I' or 'we': a headline without the pronoun, not 'I spoken with …', 'We spoken with …' or
    'On we spoke with …'."""
    assert _title(sentence, date) == expected


def test_first_person_near_misses():
    """A quotation's attribution naming a body is no speaker; 'they' is no first person."""
    title = _title("“I spoke with the owners on Friday,” the Health Ministry said.", "on Friday")
    assert not title.startswith("Health Ministry")
    assert not _title("They have spoken with the league president today.", "today").startswith("Speaks")
    assert not _title("Wes Roe spoke with the mayor on Monday.", "on Monday").startswith("Speaks")


@pytest.mark.parametrize("sentence, date, expected", [
    ("The driver has pleaded not guilty to five counts in connection with the March 3 crash that killed two people "
     "and injured more than 40 others.", "March 3", "Crash kills two people and injures more than 40 others"),
    ("The club faces a fine over the May 9 riot that damaged the stadium and injured six stewards.", "May 9",
     "Riot damages stadium and injures six stewards"),
])
def test_a_dated_noun_with_a_relative_clause_keeps_both_verbs_in_the_present(sentence, date, expected):
    """'the March 3 crash that killed two and injured 40': every coordinated past verb in headline present."""
    assert _title(sentence, date) == expected


def test_a_past_participle_inside_a_noun_phrase_is_no_coordinated_verb():
    """Near miss: 'the dead and injured' names people; no verb follows 'and' to put in the present."""
    title = _title("Rescuers reached the May 9 landslide that buried the dead and injured.", "May 9")
    assert "injures" not in title


@pytest.mark.parametrize("sentence, date, expected", [
    ("The court heard arguments on Monday and Wednesday in the fraud case.", "on Monday",
     "Court hears arguments in fraud case"),
    ("The orchestra performed the symphony on March 3 and March 5 in Vienna.", "March 3",
     "Orchestra performs symphony in Vienna"),
])
def test_a_second_day_joined_to_the_date_goes_with_it(sentence, date, expected):
    """'on Monday and Wednesday': the joined day is the date's too, not 'and' left in the title."""
    assert _title(sentence, date) == expected


def test_a_verb_joined_after_the_date_stays():
    """Near miss: 'on Monday and then flew': what follows 'and' is a second act, not a day."""
    assert _title("The team trained on Monday and then flew to Madrid.", "Monday") == "Team trains and flies to Madrid"


@pytest.mark.parametrize("sentence, date, unwanted, wanted", [
    ("Ahead of a vote on the budget scheduled for Friday, the manager resigned.", "Friday", "Budget schedules",
     "Vote on budget"),
    ("Ahead of a debate about the new stadium scheduled for Monday, fans gathered outside.", "Monday",
     "Stadium schedules", "Debate about new stadium"),
])
def test_what_is_scheduled_is_the_noun_with_its_phrase(sentence, date, unwanted, wanted):
    """'a vote on the budget scheduled for Friday': the vote is scheduled (a participle), the budget schedules
    nothing."""
    title = _title(sentence, date)
    assert not title.startswith(unwanted) and title.startswith(wanted)


def test_a_plan_for_a_dated_thing_stays_active():
    """Near miss: 'planned for Friday's match' names no schedule for the date: the coach still plans."""
    assert _title("The coach planned for Friday's match with care.", "Friday").startswith("Coach plans")


@pytest.mark.parametrize("sentence, date, expected", [
    ("The expected landing date is Sunday, but the crew may return sooner.", "Sunday", "Landing expected"),
    ("The new launch date for the probe is March 9.", "March 9", "Launch of probe"),
    ("Its release date was Friday.", "Friday", "Release set"),
])
def test_a_date_named_by_what_happens_on_it(sentence, date, expected):
    """'The expected landing date is Sunday' names the landing, not a date: 'Landing expected'."""
    assert _title(sentence, date) == expected


def test_a_date_named_by_no_happening_stays():
    """Near miss: 'the best date' names no happening."""
    assert _title("The best date is Thursday.", "Thursday") == "Best date"


@pytest.mark.parametrize("sentence, date, expected", [
    ("Fans gathered outside the ground after it was announced on Sunday that the club had hired a new coach.",
     "on Sunday", "Club hires new coach"),
    ("Markets rallied after it was reported on Tuesday that the lab (GX) had found a new vaccine.", "on Tuesday",
     "Lab finds new vaccine"),
])
def test_an_impersonal_it_tells_what_its_that_clause_says(sentence, date, expected):
    """'after it was announced that …' (the clause the date is in): no one 'it' stands for; the title is what was
    announced."""
    assert _title_in(sentence, date, "after") == expected


def test_an_impersonal_it_is_no_earlier_name():
    """'Acme has 600 stores. On Monday it was announced …': 'it' is not Acme, who announced nothing."""
    text = "Acme Corp. has 600 stores. On Monday it was announced that half would close."
    assert not _title_in(text, "On Monday", "On Monday").startswith("Acme")
    # near miss: a referring 'it' after a reporting verb still stands for the speaker
    assert _title("The league said on Friday that it was reviewing the match.", "on Friday").startswith("League")


@pytest.mark.parametrize("before, sentence, date, expected", [
    # a club's release: its lead names who speaks in the quotation
    ("Club Chairman Ann Lee (Oslo FC) issued the following statement today:", "“On Sunday, I met the players of the youth "
     "team.”", "On Sunday", "Ann Lee meets players of youth team"),
    # a weather service's post: its byline
    ("Posted on May 2 by Jo Ray, Chief Forecaster", "Last week, I visited the radar station in the hills.",
     "Last week", "Jo Ray visits radar station in hills"),
    # a museum's document: its metadata names the author
    ("<doc><author>Ann Lee</author></doc>", "On Monday I opened the new wing of the museum.", "On Monday",
     "Ann Lee opens new wing of museum"),
])
def test_i_in_a_release_is_the_speaker_its_lead_byline_or_metadata_names(before, sentence, date, expected):
    assert _in_context(before, sentence, date) == expected


@pytest.mark.parametrize("before, sentence, date", [
    # 'By' opening a line that names no person ('By the River', a heading)
    ("By the River", "Last week, I visited the radar station in the hills.", "Last week"),
    # a statement promised, not given: no lead that names the speaker
    ("Coach Ann Lee will issue a statement later.", "Last week, I visited the radar station in the hills.",
     "Last week"),
    # a reporter's bare byline names who wrote the story, not who speaks in it (fire service, sport)
    ("By Ann Lee, Staff Writer", "“On Monday, I visited the burned school,” the chief said.", "On Monday"),
    ("By Ann Lee", "Last week, I visited the radar station in the hills.", "Last week"),
    # a post's byline, but the quotation is attributed to someone else after it
    ("Posted on May 2 by Ann Lee, Chief Forecaster", "“On Monday, I visited the flooded farm,” the coach said.",
     "On Monday"),
])
def test_i_in_a_release_near_misses(before, sentence, date):
    assert "Lee" not in _in_context(before, sentence, date) and "River" not in _in_context(before, sentence, date)


@pytest.mark.parametrize("sentence, date, expected", [
    # a title made of the clause's own words never starts with the date that opens it (weather, music)
    ("On Sunday, just a few hours later, it was all over.", "Sunday", "Just a few hours later, it was all over"),
    ("In May, a short while after the storm, it was all quiet again.", "May",
     "A short while after the storm, it was all quiet again"),
    ("Tonight, as ever, it is all about the music.", "Tonight", "As ever, it is all about the music"),
])
def test_a_clause_title_never_opens_with_its_date(sentence, date, expected):
    assert _title(sentence, date) == expected


def _title_at_end(text: str, start: str, date: str) -> str:
    s = text.index(start)
    j = text.index(date, s)
    clause = analyse(text, s, len(text), j, j + len(date))
    return make_title(text, clause, j, j + len(date))


@pytest.mark.parametrize("text, start, date, expected", [
    # a text cut off mid-word: the title never ends with the cut word (city hall, sport)
    ("The council met at noon.\nOn March 3, the mayor declared a state of e", "On March 3", "March 3",
     "Mayor declares state"),
    ("The season ended.\nOn May 4, the club signed the striker for the youth te", "On May 4", "May 4",
     "Club signs striker for youth"),
    # near-misses: a whole word, or a name the dictionary does not know, ends the text
    ("The council met at noon.\nOn March 3, the mayor signed the budget for the harbour", "On March 3", "March 3",
     "Mayor signs budget for harbour"),
    ("The season ended.\nOn May 4, the club signed the striker Qwarzi", "On May 4", "May 4",
     "Club signs striker Qwarzi"),
])
def test_a_title_never_ends_with_the_word_a_cut_text_ends_with(text, start, date, expected):
    assert _title_at_end(text, start, date) == expected


@pytest.mark.parametrize("text, sentence, date, expected", [
    # near-misses: the titled clause ends before a cut text does; its last word is kept (science, business)
    ("On May 4, the lab built a new zorbix.\nVisitors asked about the zorbix", "On May 4, the lab built a new zorbix.",
     "May 4", "Lab builds new zorbix"),
    ("On June 2, the firm sold its old quellard.\nBuyers asked for the quellard", "On June 2, the firm sold its old "
     "quellard.", "June 2", "Firm sells old quellard"),
])
def test_a_title_keeps_its_last_word_when_its_clause_ends_before_the_cut_text(text, sentence, date, expected):
    s = text.index(sentence)
    j = text.index(date, s)
    clause = analyse(text, s, s + len(sentence), j, j + len(date))
    assert make_title(text, clause, j, j + len(date)) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("The mayor spoke after the May 4 attack on the town hall.", "May 4", "May 4 attack on town hall"),
    ("The mayor spoke about the May 4 raid on Kandor Harbor.", "May 4", "May 4 raid on Kandor Harbor"),
    # near misses: a day after 'on', a thing rather than an act, the 'on' of the verb whose object the phrase is
    ("The council postponed the May 4 vote on Monday.", "May 4", "May 4 vote"),
    ("The report blamed the June 5 collapse on the builder.", "June 5", "June 5 collapse"),
])
def test_dated_act_keeps_what_it_was_done_on(sentence, date, expected):
    """A dated noun of an act keeps the 'on'/'against' phrase naming what it was done to (round 19, titles19)."""
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("title, headline, expected", [
    ("Jane Roe makes statement", "Roe Backs the Plan to Rebuild the Harbor", "Roe backs plan to rebuild harbor"),
    ("Dan Poe sends letter", "Poe: Harbor Closure a Necessary Step", "Poe: harbor closure necessary step"),
    # near misses: a title that says what was done, a headline about another actor, a release genre, nothing new
    ("Jane Roe backs harbor plan", "Roe Backs the Plan to Rebuild the Harbor", ""),
    ("Jane Roe makes statement", "Governor Unveils Harbor Plan", ""),
    ("Jane Roe makes statement", "Statement of Senator Roe", ""),
    ("Jane Roe makes statement", "Roe Statement", ""),
])
def test_genre_title_takes_the_headline_naming_its_actor(title, headline, expected):
    """A title naming only the kind of text an actor gave takes the page's headline that names the actor (round 19,
    titles19)."""
    assert genre_title(title, headline, "The harbor plan is a necessary step, the governor said.") == expected


# --------------------------------------------------------------------------- round 19 (compress19): headline forms


def _made(article: str, sentence: str, date: str) -> str:
    i = article.index(sentence)
    j = article.index(date, i)
    return make_title(article, analyse(article, i, i + len(sentence), j, j + len(date)), j, j + len(date))


@pytest.mark.parametrize("sentence, date, expected", [
    # transport: an office of two words before a given name and surname
    ("Harbor Minister Olivia Brandt opened the new ferry terminal on Tuesday.", "on Tuesday",
     "Harbor Minister Brandt opens new ferry terminal"),
    # civic: one office word
    ("Mayor Lena Okafor signed the transit budget on Friday.", "on Friday", "Mayor Okafor signs transit budget"),
    # weather: when the office does not fit with the whole act, the surname alone
    ("Regional Governor Tomas Verhoef declared a state of emergency over the flooded valley on Monday.", "on Monday",
     "Verhoef declares state of emergency over flooded valley"),
])
def test_a_person_with_an_office_is_named_by_office_and_surname(sentence, date, expected):
    """A person the clause names with an office before the given name is titled by the office and surname, as
    headlines name office holders (round 19, compress19)."""
    title = title_for(sentence, date)[0]
    assert title == expected
    assert len(title) <= MAX_TITLE


@pytest.mark.parametrize("sentence, date, expected", [
    # no office: the name stays whole
    ("Lena Okafor signed the transit budget on Friday.", "on Friday", "Lena Okafor signs transit budget"),
    # an office of four capitalised words is not cut to its last three
    ("Northern Valley Water Board Chairman Ben Walsh resigned on Friday.", "on Friday", None),
    # 'Administrator' is an office, not a given name
    ("Acting Administrator Lee resigned on Friday.", "on Friday", None),
])
def test_a_person_with_an_office_near_misses(sentence, date, expected):
    title = title_for(sentence, date)[0]
    if expected is not None:
        assert title == expected
    assert "Board Chairman Walsh" not in title and "Acting Lee" not in title


@pytest.mark.parametrize("words, expected", [
    # business: 'in an attempt to' says what 'to' says, and the object fits
    ("Club signs young striker in an attempt to revive its title challenge after a poor run of form",
     "Club signs young striker to revive title challenge"),
    # civic: 'regarding' as 'on'
    ("Ministry publishes report regarding the collapse of the old river bridge near the port",
     "Ministry publishes report on collapse of old river bridge"),
    # shipping: 'a total of' before a number left out
    ("Port authority reports a total of 140 containers lost overboard during the gale off the coast",
     "Port authority reports 140 containers lost overboard"),
    # weather: 'more than' a number as 'over'
    ("Agency confirms more than 4,000 homes lost power across the hills after the storm",
     "Agency confirms over 4,000 homes lost power across hills"),
])
def test_a_cut_title_says_its_phrases_in_fewer_letters(words, expected):
    """When a title must be cut, phrases a headline shortens are shortened if that keeps more of what was done
    (round 19, compress19)."""
    title = fit_title(words.split())
    assert title == expected
    assert len(title) <= MAX_TITLE


def test_a_title_that_fits_keeps_its_phrases():
    assert fit_title("Ministry publishes report regarding the bridge".split()) == \
        "Ministry publishes report regarding the bridge"


_SURNAME_LATER = ("The council met Dana Whitfield, the harbor chief, on Monday. Whitfield said the repairs would take "
                  "a year.\nOn Tuesday the committee questioned Dana Whitfield about the cracked tunnel beams.")


def test_a_person_the_article_calls_by_surname_is_named_so_to_fit():
    """A person after a verb is named by the surname alone when the article itself does so ('Whitfield said') and
    that lets the title keep what follows (round 19, compress19)."""
    sentence = "On Tuesday the committee questioned Dana Whitfield about the cracked tunnel beams."
    assert _made(_SURNAME_LATER, sentence, "On Tuesday") == "Committee questions Whitfield about cracked tunnel beams"


def test_a_person_the_article_never_calls_by_surname_keeps_the_full_name():
    article = _SURNAME_LATER.replace("Whitfield said", "The chief said")
    sentence = "On Tuesday the committee questioned Dana Whitfield about the cracked tunnel beams."
    assert _made(article, sentence, "On Tuesday") == "Committee questions Dana Whitfield"


# --------------------------------------------------------------------------- round 20 (titles20): release headlines


@pytest.mark.parametrize("headline, lead, expected", [
    ("Federal Regulator Fines the Harbor Operator Over Late Ferry Logs and Unpaid Dues From Last Year",
     "The federal regulator on Monday fined the harbor operator over late ferry logs and unpaid dues from last year.",
     "Federal regulator fines harbor operator over late ferry logs"),
    ("Harbor Board Approves New Ferry Schedule; Night Crossings to Resume in the Spring After Repairs",
     "The harbor board on Monday approved a new ferry schedule, and night crossings will resume after repairs.",
     "Harbor board approves new ferry schedule"),
    # the headline repeated atop the text, with another apostrophe, says not how the story writes its words
    ("Board Welcomes the Operator's Request to Submit Its Ferry Logs to a New Review",
     "Board Welcomes the Operator’s Request to Submit Its Ferry Logs to a New Review\n\nThe board on Monday welcomed "
     "the request to submit the ferry logs to a new review.",
     "Board welcomes Operator's request to submit its ferry logs"),
    # near misses: a page label before a colon; no verb left after the cut; a headline cut without 'cut'
    ("Hearing Summary: The Harbor Operator's Late Ferry Logs and the Regulator's Unpaid Dues Review",
     "The committee on Monday reviewed the harbor operator's late ferry logs and the regulator's unpaid dues.", ""),
])
def test_a_long_headline_of_the_lead_is_cut_to_fit(headline, lead, expected):
    """A headline longer than a title that states the lead's event is cut where a phrase starts, up to a semicolon,
    with its verb kept (round 20, titles20)."""
    title = headline_title(headline, lead, lead, cut=True)
    assert title == expected
    assert len(title) <= MAX_TITLE
    assert headline_title(headline, lead, lead) == ""


@pytest.mark.parametrize("title, headline, quote, expected", [
    ("Jane Roe releases statement", "Roe Statement on the Harbor Closure Vote",
     "Senator Jane Roe released the following statement today:", "Roe issues statement on harbor closure vote"),
    ("Ann Lee releases statements", "Chairs Roe and Lee Statements on the Agency’s Decision to Reopen the Harbor",
     "Today, Chair Bo Roe and Chair Ann Lee released the following statements:",
     "Roe and Lee issue statements on Agency’s decision"),
    ("Ranking Member issues statement on news", "Ranking Member Roe Statement Following the Harbor Vote",
     "Today, Ranking Member Jane Roe made the following statement:", "Roe issues statement following harbor vote"),
    # near misses: a title that says what happened, a headline with a verb of its own, a headline about someone
    # the quote does not name, a headline of another form
    ("Harbor closes after vote", "Roe Statement on the Harbor Closure Vote",
     "Senator Jane Roe released the following statement today:", ""),
    ("Jane Roe releases statement", "Port Publishes Statement on the Harbor Closure Vote",
     "Senator Jane Roe released the following statement today:", ""),
    ("Jane Roe releases statement", "Lee Statement on the Harbor Closure Vote",
     "Senator Jane Roe released the following statement today:", ""),
    ("Jane Roe releases statement", "Roe Backs the Harbor Closure Vote",
     "Senator Jane Roe released the following statement today:", ""),
])
def test_a_statement_is_titled_by_its_release_headline(title, headline, quote, expected):
    """A lead titled only by a statement takes who made it and what it is on from a release's headline of the form
    '<who> Statement on <what>' (round 20, titles20)."""
    got = statement_headline(title, headline, quote, "The harbor vote was close.")
    assert got == expected
    assert len(got) <= MAX_TITLE


@pytest.mark.parametrize("sentence, date, expected", [
    # a flood: a past participle with its agent after it is passive, not an active past ('strikes by')
    ("The wire service says many residents still lack water in the hamlet of Marton, the first hamlet in Ruritania "
     "struck by the flood on Oct. 4, 2021.", "Oct. 4, 2021", "First hamlet in Ruritania struck by flood"),
    ("The wire service says many residents still lack water in Marton, the first hamlet in Ruritania hit by Storm "
     "Ada on Oct. 4, 2021.", "Oct. 4, 2021", "First hamlet in Ruritania hit by Storm Ada"),
    # near miss: 'by' before an amount is no agent
    ("The rent rose by 5% on Tuesday.", "Tuesday", "Rent rises by 5%"),
])
def test_a_participle_before_its_agent_stays_a_participle(sentence: str, date: str, expected: str) -> None:
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a noun a preposition governs is no subject: the participle after it is a reduced relative the date belongs to
    ("The convoy was halted at the border after crossing three checkpoints in the flood zone declared May 3.",
     "May 3", "Flood zone declared"),
    # an '-ing' verb governs the noun too; the participle's agent before the date stays with it
    ("The governor says she looks forward to signing the water bill passed by the state assembly Friday.",
     "Friday", "Water bill passed by state assembly"),
    # a finite verb after the date and its phrases: the participle is inside that verb's subject
    ("A video released Monday of the council meeting reveals that the mayor left early.", "Monday", "Video released"),
    # the phrase after the date ends the participle's phrase ('opened | Monday | in the clerk's office')
    ("A parcel opened Monday in the county clerk's office was found to hold a warning note.", "Monday",
     "Parcel opened in county clerk's office"),
    # a form that is only a participle takes its phrase before the date
    ("The length of the wreckage strewn across the valley Sunday could be greater than first thought.", "Sunday",
     "Wreckage strewn across valley"),
])
def test_reduced_relative_with_the_date_titles_its_own_act(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date", [
    # 'led' is also a past: after 'to' and an object it is the clause's verb, not a participle
    ("The suit alleged that the firm's failure to patch its network led to a breach in 2017.", "2017"),
    # 'said' after a governed noun is what they said
    ("Families in the town said Monday that the water was safe.", "Monday"),
])
def test_reduced_relative_rule_leaves_finite_verbs(sentence, date):
    title = _title(sentence, date)
    assert not title.startswith(("Network led", "Town said"))


@pytest.mark.parametrize("words, expected", [
    # two names joined after a preposition: a title too long for both may end after the first
    ("Ruiz says region is in debt to the volunteers of Tarnow and Eastern Voivodeship and to the rescue crews",
     "Ruiz says region is in debt to the volunteers of Tarnow"),
])
def test_a_title_may_end_between_two_joined_names(words, expected):
    assert fit_title(words.split()) == expected


@pytest.mark.parametrize("words", [
    # one name with 'and' inside it: never cut there
    "Regional rescue crews were sent in by the Bureau of Land and Water Resources for the second time this week",
    "Agency chief hosts an official briefing with the Senate Environment and Public Works Committee on the cleanup",
    "Samples were processed at the Tarnow Processing and Distribution Center before they were shipped abroad",
])
def test_a_title_never_ends_inside_a_name_joined_by_and(words):
    title = fit_title(words.split())
    assert not title.endswith(("Land", "Environment", "Tarnow Processing"))


def _page_title(text: str, date: str, start: str) -> str:
    """The title of the clause of ``text`` that starts with ``start`` and holds ``date``."""
    i, s = text.index(date), text.index(start)
    return make_title(text, analyse(text, s, len(text), i, i + len(date), when="past"), i, i + len(date))


@pytest.mark.parametrize("text, date, start, expected", [
    # a body named by its kind alone is the body the page named first, by its fullest name there
    ("Harbor panel plans review\n\nToday, Rep. Jane Roe, Chairman of the House Committee on Rivers and Harbors, "
     "named a new staff director.\n\nOn Tuesday, the Committee held a briefing with port officials.", "On Tuesday",
     "On Tuesday", "House committee holds briefing with port officials"),
    ("Roe named chair\n\nThe Senate Special Committee on Fisheries met in May. On June 2, the Committee held a hearing.",
     "On June 2", "On June 2", "Senate Special Fisheries Committee holds hearing"),
    # not the body of an aside after the bare kind, nor 'along' as its actor
    ("On Monday, the Committee, along with the Budget Committee, held a staff briefing with port officials.",
     "On Monday", "On Monday", "Committee holds staff briefing with port officials"),
])
def test_a_body_named_by_its_kind_is_the_page_s_named_body(text, date, start, expected):
    assert _page_title(text, date, start) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a committee's 'on' phrase goes before its kind, as headlines write it
    ("On Friday the Senate Committee on Fisheries approved the quota bill.", "On Friday",
     "Senate Fisheries Committee approves quota bill"),
    # near-miss: a long 'on' phrase with 'in' inside is a name a headline keeps as it is
    ("On Friday the Committee on Foreign Investment in the United States approved the deal.", "On Friday",
     "Committee on Foreign Investment approves deal"),
])
def test_a_committee_on_a_subject_is_titled_in_headline_order(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("On Monday, the mayor, along with two council members, opened the new bridge.", "On Monday",
     "Mayor opens new bridge"),
    ("On Monday, the mayor, joined by two council members, opened the new bridge.", "On Monday",
     "Mayor opens new bridge"),
])
def test_who_joined_the_subject_is_never_the_actor(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("text, date, start, expected", [
    # a predicate of the speaker's own 'I' gets the speaker the page names, in the third person
    ("Washington, DC - Senator Jane Roe issued the following statement.\n\n\"Earlier today, I was briefed by my "
     "staff on the flood in the valley.\"", "Earlier today", "\"Earlier", "Jane Roe briefed by staff on flood in valley"),
    # the act a member rises to do is the title
    ("The Senate met at noon.\n\nMr. ROE. Mr. President, I rise today to introduce the Harbor Safety Act.\n", "today",
     "I rise", "Roe introduces Harbor Safety Act"),
])
def test_a_predicate_of_the_speaker_s_own_i_names_the_speaker(text, date, start, expected):
    assert _page_title(text, date, start) == expected


def test_a_predicate_of_i_without_a_named_speaker_stays_without_subject():
    assert _title("Earlier today, I was briefed by my staff on the flood in the valley.", "Earlier today") == \
        "Briefed by staff on flood in valley"


@pytest.mark.parametrize("sentence, date, expected", [
    # whom a letter or a warning went to is kept, not the actor and the verb alone
    ("Minister Jane Roe today wrote the Regional Audit Office (RAO) demanding a review of the official flood count.",
     "today", "Jane Roe writes RAO demanding review of official flood count"),
    ("Earlier this year, the regulator warned consumers about possible scams involving car buybacks.",
     "Earlier this year", "Regulator warns consumers about possible scams"),
    # near miss: a content clause is still titled by what was said
    ("On Monday the minister warned that enlargement of the alliance would have consequences.", "On Monday",
     "Minister warns enlargement would have consequences"),
])
def test_whom_a_letter_or_warning_went_to_is_kept(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("head, expected", [
    # the speaker of a page head: on the line after the genre word, by possessive, or before an opening statement
    ("Ports Office\n\nREMARKS FOR\nTHE HONORABLE ANN LEE\nSECRETARY OF PORTS\n\nToday I am", "Ann Lee"),
    ("Photo\n\nThe Mayor's Radio Address\n\nAugust 4\n\nGood morning. Today I am", "Mayor"),
    ("Politics\n\nHarbor Subcommittee Chair Roe Delivers Opening Statement at Hearing\n\nI want to", "Roe"),
    # near miss: a story's head names no speaker
    ("Politics\n\nFlood waters recede in the valley\n\nI want to", ""),
])
def test_page_heads_name_their_speaker(head, expected):
    from timeline.titles import _header_speaker
    assert _header_speaker(head, len(head)) == expected


def test_a_named_predicate_too_long_is_cut_where_a_phrase_ends():
    text = ("City Hall\n\nStatement by the Mayor\n\nEarlier today, I was briefed by my flood response team on the "
            "events in the valley and on the repairs.")
    assert _page_title(text, "Earlier today", "Earlier") == "Mayor briefed by flood response team on events in valley"


@pytest.mark.parametrize("sentence, date, expected", [
    # a qualified name joined by 'and' is named by the acronym the page gives for it
    ("The U.S. Institute for Soil Science and Agronomy (ISS) lifted a planting ban on July 15 for the valley.",
     "July 15", "ISS lifts planting ban for valley"),
    # a 'Kind of X' body as headlines name it; its kind alone names no body while the name fits
    ("The Department of Harbors seized 63.7 tons of cargo valued at $2.3 million on Monday.", "Monday",
     "Harbors Department seizes 63.7 tons of cargo"),
    # a government by its place
    ("The Government of Tarnland closed its border crossings to freight traffic on Monday.", "Monday",
     "Tarnland closes border crossings to freight traffic"),
    # near-miss: a government's own name is no place
    ("The Government of National Unity closed its border crossings to freight traffic on Monday.", "Monday",
     "Government of National Unity closes border crossings"),
])
def test_a_body_is_named_as_headlines_name_it(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a named thing a verb takes as object, then a participle before the date: the thing's making
    ("This replaces the Travel Notice issued on May 2, 2011, and expires on June 30, 2011.", "May 2, 2011",
     "Travel Notice issued"),
    ("The mayor praised the Harbor Board formed on Monday to oversee the dredging.", "Monday", "Harbor Board formed"),
    # near-misses: after a verb of saying the name is a subject; an object after the date makes the verb finite
    ("Officials said the Travel Agency announced on Monday that flights would resume.", "Monday",
     "Officials say Travel Agency announced flights will resume"),
    ("Officials said the Harbor Board approved on Monday a plan to dredge the bay.", "Monday",
     "Harbor Board approves plan to dredge bay"),
    # the speaker's label opens the sentence; 'here to V' is the act the speaker came to do
    ("OKAFOR: I'm here today to give an update on the harbor works.", "today", "Okafor gives update on harbor works"),
    ("OKAFOR: I am here today to brief you on the state of the harbor works.", "today",
     "Okafor briefs on state of harbor works"),
    # link furniture glued to a word, and an acronym spelled out letter by letter
    ("The harbor rule was amendedExternal Web Site Icon on July 31, 2014.", "July 31, 2014", "Harbor rule was amended"),
    ("The W-H-O on Tuesday declared the outbreak a worldwide health threat.", "Tuesday",
     "WHO declares outbreak worldwide health threat"),
    # a share keeps the noun it is a share of
    ("The ministry revealed this week that 80% of the email accounts used by clerks in four regional offices were "
     "breached.", "this week", "80% of email accounts breached"),
    # a predicate after ', but' shares the subject before it
    ("Officials earlier denied the leak, but on Sunday admitted there were 346 cases.", "Sunday",
     "Officials admit there were 346 cases"),
])
def test_title_grammar_of_round_23(sentence, date, expected):
    assert _title(sentence, date) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    # a fronted phrase of occasion or document holding the date: the act told or done then is the event
    ("At a May 4 city council news briefing, Mayor Jane Roe said that the utility has set up a repair team.",
     "May 4", "Utility sets up repair team"),
    ("In a joint press release issued March 2, the two agencies announced that they are sending letters to "
     "residents.", "March 2", "Two agencies announce they are sending letters to residents"),
    ("In a ceremony held on Sunday in the town hall, Judge Ann Lee honored the volunteers of the flood rescue.",
     "Sunday", "Judge Lee honors volunteers of flood rescue"),
    ("According to a May 9 agency press release, the new sensors detected the leak within hours.", "May 9",
     "New sensors detect leak within hours"),
    # ... not a phrase whose head is no occasion ('minutes of remarks': the taping is the news)
    ("In the ten minutes of remarks recorded on Monday, the mayor took credit for the new harbor.", "Monday",
     "Ten minutes of remarks recorded"),
    # a document named between the verb and its date: the verb's act, not the document's release
    ("The mayor pledged in a notice posted by the city council on May 3 that new funds would flow.", "May 3",
     "Mayor pledges that new funds would flow"),
    ("The senator asked in a letter sent Monday that the agency explain its delays.", "Monday",
     "Senator asks that agency explain delays"),
    # a law's name ending in its year is the antecedent of the relative clause, not the year alone
    ("I joined my colleague Senator Ann Roe as an original cosponsor of S. 70, the Flood Warning Act of 2009, which "
     "was introduced on Monday, January 26, 2009.", "Monday, January 26, 2009", "Flood Warning Act of 2009 introduced"),
    # the verb after a name's apposition is the clause's own verb, not a participle phrase of the apposition
    ("WASHINGTON – Congressman Tom Reed (NY-23), a member of the Budget Committee, released the following statement "
     "Tuesday regarding reports of a “new outbreak of malicious software… hitting banks especially hard:”", "Tuesday",
     "Congressman Reed issues statement on reports of new outbreak"),
    # an opening comment clause of telling that holds the date: what was told is the event
    ("As I outlined last week, the laboratory tests showed the samples from the three towns are identical.",
     "last week", "Laboratory tests show samples from three towns are identical"),
    ("As we said yesterday, the government expresses its sincere condolences for the loss of life and suffering.",
     "yesterday", "Government expresses sincere condolences for loss of life"),
])
def test_title_occasion_and_document_of_round_24(sentence, date, expected):
    assert _title(sentence, date) == expected


def test_a_comment_clause_naming_where_it_was_told_keeps_the_occasion():
    """'As I said at the forum in May, …': the telling at the forum is the event then, not what was told."""
    title = _title("As I said at the harbor forum back in May, we have to strike a balance between safety and trade.",
                   "May")
    assert "forum" in title.lower() and "balance" not in title.lower()


@pytest.mark.parametrize("sentence, date, expected", [
    # a past form after a noun phrase that a clause-opening preposition governs is a participle (round 25)
    ("During a press forum held May 4, General Ann Holt explains the new rota.", "May 4", "Press forum held"),
    ("Under the scheme outlined today, towns will receive all of their orders.", "today", "Scheme outlined"),
    # a 'from … to …' range stays inside the subject's noun phrase
    ("Convoys of grain from the port to the capital began on Monday.", "on Monday",
     "Convoys of grain from port to capital begin"),
    # a name's apposition before its verb, with only an attribution after the date
    ("Tom Vane, a Norlandic citizen about 50 years old, landed in Oslo earlier Friday, the office said in a "
     "statement.", "Friday", "Tom Vane lands in Oslo"),
    ("Tom Vane, 50, landed in Oslo on Friday, police said.", "on Friday", "Tom Vane lands in Oslo"),
    # an attribution closing the sentence is found past abbreviations ('U.S.', 'Sept.')
    ("Charges were filed against Tom Vane, a local man, for his role in the raid on the U.S. depot, officials "
     "announced today.", "today", "Charges filed against Tom Vane"),
    # a that-clause whose subject is a list: the act told, not a bare 'announces'
    ("Ports Minister Ola Brun announced today that owners of ferry lines, the Coastal Pilots (CP) and the Harbor "
     "Guild (HG) will work with the new review panel.", "today", "Harbor Guild to work with new review panel"),
    # a place before 'that' or 'who' says where the noun before it is: that noun is the actor
    ("A rise in mumps cases in Norland that began last week has worried doctors.", "last week",
     "Rise in mumps cases in Norland begins"),
    ("Two students living in Norland who were visiting the museum on Monday fell ill.", "on Monday",
     "Two students"),
])
def test_stub_titles_round25(sentence, date, expected):
    assert _title(sentence, date).startswith(expected)


@pytest.mark.parametrize("sentence, date", [
    ("After the meeting held on Monday, the chief resigned.", "on Monday"),  # 'after' may open a clause
    ("Staff in Leeds held a vote on Monday.", "on Monday"),  # the preposition is inside the subject
])
def test_governed_subject_needs_clause_opening_preposition(sentence, date):
    assert " held" not in _title(sentence, date)


@pytest.mark.parametrize("title, stub", [
    ("Officials announced", True),  # two words
    ("Harbor Minister Ola Brun announces", True),  # a verb of saying with nothing said
    ("Councillor Lee issues", True),
    ("Ola Brun pledges $5 million for ferries", False),
    ("Final report issued", False),  # a participle: a passive headline
    ("Agency posts reports", False),  # a noun ends the phrase
    ("Drought reaches nine U.S. states", False),  # an initialism before the noun modifies it: no subject
    ("Trade pact signed with the Gulf States", False),  # a capital past the first word: a name, not a verb
    ("Port chief Ola Brun states", True),  # near miss: a name before the verb is its subject
])
def test_stub_title(title, stub):
    assert stub_title(title) is stub


def test_a_that_clause_title_is_no_noun_phrase_nor_a_bare_verb():
    # near misses: the content's verb read in a noun phrase, or a content cut to a participle: the bare report stays
    assert not _title("The mayor indicated this week that a number of flood gates, and what seemed to be a pump "
                      "from the lower dock, had been found.", "this week").startswith("Number of flood gates")


@pytest.mark.parametrize("sentence, date, expected", [
    # a form that is only a participle ('taken', 'known') has no doer: never rendered as a present tense
    ("This week -- a report on the outbreak of the lung disease known as NRS.", "This week", "disease known as NRS"),
    ("Hostages taken in Oslo in 1999 were freed.", "1999", "Hostages taken in Oslo"),
    ("Relief supplies given to the town on Monday ran out.", "on Monday", "Relief supplies given to town"),
])
def test_a_participle_only_form_stays_a_participle(sentence, date, expected):
    assert expected in _title(sentence, date)


def test_a_perfect_keeps_its_doer():
    # near miss: 'has spoken', 'nor have we seen' are perfects, not participles
    assert _title("On Monday Ann Lee has spoken with the port chief.", "On Monday").startswith("Ann Lee speaks")


# round 25 (titles25b): a title with room left takes back the phrase that followed its last words
# (titles._with_next_phrase)

@pytest.mark.parametrize("sentence, date, title", [
    # a dated noun phrase titled by itself keeps where it was held and what it was over
    ("The guests gathered for a May 9 memorial service at the Riverside Civic Center in Leeds.", "May 9",
     "May 9 memorial service at Riverside Civic Center"),
    ("Investigators reviewed the June 2 collapse over the Elm River and its causes.", "June 2",
     "June 2 collapse over Elm River"),
    # an initialism's full stop is no sentence end
    ("Nurses described the March 5 outbreak at the U.S. Navy base near the port.", "March 5",
     "March 5 outbreak at U.S. Navy base"),
    # the phrase ends before time words and before a second noun phrase with its own article
    ("The guests gathered for a May 9 memorial service at the hall last week.", "May 9",
     "May 9 memorial service at hall"),
    ("The guests met for a May 9 memorial service at the Riverside Civic Center and the Eastside Park of Hull.",
     "May 9", "May 9 memorial service at Riverside Civic Center"),
    # time words between the title and the phrase are passed over
    ("Officials recalled the April 2 blast today at the Acme Steel Works in Gary.", "April 2",
     "April 2 blast at Acme Steel Works"),
])
def test_title_takes_back_next_phrase(sentence, date, title):
    assert _title(sentence, date) == title


@pytest.mark.parametrize("sentence, date, title", [
    # the phrase is the subject's: a verb follows it
    ("Officials said the March 3 cyber-attack on the Acme Water Utility was under investigation.", "March 3",
     "March 3 cyber-attack"),
    # two names joined inside one name: no phrase end before 'and'
    ("Officials said the March 3 cyber-attack on Acme Water Utility and Beta Power Company was still open.",
     "March 3", "March 3 cyber-attack"),
])
def test_title_takes_back_no_clause(sentence, date, title):
    assert _title(sentence, date) == title


def test_title_takes_back_no_phrase_past_cap():
    sentence = ("Crews cleared the April 2 landslide on the long mountain road between the northern villages of "
                "Upper Dale and Lower Dale.")
    title = _title(sentence, "April 2")
    assert len(title) <= MAX_TITLE
    assert "Lower" not in title and not title.endswith(("of", "between", "Upper"))


@pytest.mark.parametrize("sentence, date, title", [
    # an 'of' phrase after a participle is its subject's, not the verb's
    ("The board heard the tapes released on Monday of the cockpit talk.", "on Monday", "Tapes released"),
    ("Reporters obtained the recording released Tuesday of the cockpit talk.", "Tuesday", "Recording released"),
    # a noun phrase cut before its noun at a comma is no phrase
    ("Guests recalled the June 3 sale of its finest, newest plants.", "June 3", "June 3 sale"),
    # the verb's own second complement stays out of a title that is the verb's object alone
    ("The report blamed the June 5 collapse on the builder.", "June 5", "June 5 collapse"),
])
def test_title_takes_back_no_phrase_of_another_word(sentence, date, title):
    assert _title(sentence, date) == title


@pytest.mark.parametrize("sentence, date, kept, left_out", [
    # a reduced relative after the object's noun is where a title too long may be cut, and the doer stays
    ("The regional transport authority's new electric tram this week is running within a narrow corridor called "
     "the Riverside Heritage Loop.", "this week", "runs within narrow corridor", "called"),
    ("The Pacific Northwest Seismic Network and Coastal Warning Office crews this week launched a detailed survey "
     "called the Cascadia Margin Fault Mapping Effort.", "this week", "detailed survey", "Dated mention"),
])
def test_title_is_cut_before_a_reduced_relative(sentence, date, kept, left_out):
    title = _title(sentence, date)
    assert kept in title and left_out not in title and len(title) <= MAX_TITLE, title


@pytest.mark.parametrize("words, not_end", [
    # a pronoun is no noun a reduced relative follows ('alleging he | moved …')
    ("Federal prosecutors prepare indictment alleging he moved pension funds from the transit workers' plan to "
     "a shell company", " he"),
    # a verb after 'to' is no noun ('to welcome | surviving …', 'to aid | trapped …')
    ("Chairman would like to take a moment to recognize and welcome surviving members of the crew and their "
     "families", " welcome"),
    ("Mountain Rescue Service sends a team to the northern valley to aid trapped climbers and their guides near the "
     "ridge", " aid"),
])
def test_no_cut_before_a_participle_after_a_pronoun_or_verb(words, not_end):
    title = fit_title(words.split())
    assert not title.endswith(not_end), title


def test_an_initialism_joined_to_a_modifier_stays_with_it():
    # 'U.S. and Canadian envoys': the initialism is one of two conjuncts, never left out of the actor ('and Canadian
    # envoys …'), and the doer stays when the tail is cut
    sentence = ("The commission met in May, and on August 12 the U.S. and Canadian envoys of the fisheries commission "
                "released a joint report detailing key steps in meeting the quota targets.")
    title = _title(sentence, "August 12")
    assert title.startswith("U.S. and Canadian envoys release"), title
