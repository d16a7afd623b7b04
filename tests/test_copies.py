"""Copies of one article in a folder (:mod:`timeline.copies`), with invented texts of three domains."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from timeline.copies import aligned_rows, copy_groups, find_copies, join_copies, shingles

TAKEOVER = (
    "Brightline Holdings raised its offer for the logistics group Corvex on Monday, two weeks after the board "
    "rejected an earlier bid as too low. The new offer values Corvex at 4.1 billion dollars and the company said "
    "it would put the bid to its shareholders at a meeting next month. Analysts said the raised offer left little "
    "room for a rival bidder, and shares in Corvex rose eight percent in early trading in the city."
)
LEAGUE = (
    "The northern league suspended its season on Thursday after three clubs reported cases of the illness among "
    "players and staff. Officials said matches would resume no earlier than the first week of next month, and "
    "that clubs would be told on Friday how the remaining fixtures would be played. The league's chief executive "
    "said the clubs had agreed unanimously, and that a medical panel would review the testing of every squad "
    "before any training resumed at the grounds. Two of the three clubs said their players were isolating at home "
    "and that none had been taken to hospital. Supporters' groups welcomed "
    "the decision but asked for refunds of season tickets already paid for the spring."
)
ELECTION = (
    "Voters in the coastal district go to the polls on Sunday in a runoff between the mayor and a former judge. "
    "The judge led the first round with forty-one percent of the vote, and the mayor has since won the backing of "
    "two eliminated candidates. Turnout in the first round was the lowest in twenty years, and both campaigns "
    "spent the final week knocking on doors in the poorer neighbourhoods of the port."
)


def test_shingles_are_stable_and_case_blind():
    assert shingles("One two three four five six") == shingles("ONE two three, four five six")
    assert len(shingles("One two three four five six")) == 2
    assert shingles("too short") == frozenset()


def test_republished_copy_with_its_own_furniture_is_found():
    texts = {
        "wire": TAKEOVER,
        "repub": "Home | Business | Markets\nPosted 12/03 by admin\n" + TAKEOVER + "\nShare this: Facebook Twitter",
        "league": LEAGUE,
        "vote": ELECTION,
    }
    pairs = find_copies(texts)
    assert [(a, b) for a, b, _ in pairs] == [("wire", "repub")]
    assert pairs[0][2] > 0.9


def test_shortened_copy_and_page_holding_the_release_are_copies():
    short = LEAGUE.split(". Supporters")[0] + "."
    page = "Latest releases\n" + ELECTION + "\n" + TAKEOVER
    pairs = {(a, b) for a, b, _ in find_copies({"league": LEAGUE, "short": short, "page": page, "vote": ELECTION})}
    assert pairs == {("league", "short"), ("page", "vote")}


def test_same_topic_different_text_is_not_a_copy():
    # near-miss: a second report of the same takeover in other words shares names and figures, not the text
    other = (
        "Corvex shares rose on Monday when Brightline Holdings came back with a higher bid for the logistics group, "
        "now worth 4.1 billion dollars, a fortnight after its first approach was turned down by the Corvex board. "
        "Brightline will ask Corvex shareholders to vote on the offer next month, a spokeswoman said in a statement "
        "that gave no details of financing."
    )
    assert find_copies({"a": TAKEOVER, "b": other}) == []


def test_furniture_shared_by_many_articles_does_not_make_copies():
    footer = " This report was prepared by the newsroom staff of the evening service and may be reproduced freely."
    bodies = [TAKEOVER, LEAGUE, ELECTION]
    texts = {f"a{n}": bodies[n % 3] + footer for n in range(30)}
    pairs = find_copies(texts, cap=5)
    # only articles sharing a body start are copies: the common footer alone links nobody
    assert all(int(a[1:]) % 3 == int(b[1:]) % 3 for a, b, _ in pairs)


def test_copy_groups_join_chains():
    assert copy_groups([("a", "b", 0.9), ("b", "c", 0.8), ("x", "y", 0.5)]) == [["a", "b", "c"], ["x", "y"]]


def _row(event, date, source, quote, date_text, anchor="publication", note="n"):
    return {"event_id": event, "date": date, "end_date": "", "title": f"t {event}", "lane": "L", "source": source,
            "quote": quote, "date_text": date_text, "anchor": anchor, "note": note, "precision": "day",
            "start": pd.Timestamp(date), "end": pd.Timestamp(date) + pd.Timedelta(days=1), "confidence": 0.8}


def test_one_sentence_of_two_copies_dated_by_two_stamps_is_one_event():
    # the republisher's stamp is a day later: 'on Monday' resolves to two days; the original's date is kept
    q = "Brightline Holdings raised its offer for the logistics group Corvex on Monday."
    frame = pd.DataFrame([
        _row("e1", "2031-03-10", "wire", q, "Monday"),
        _row("e2", "2031-03-17", "repub", q.replace("Monday", "Monday "), "Monday"),
        _row("e3", "2031-03-12", "repub", "The northern league suspended its season on Wednesday.", "Wednesday"),
    ])
    pairs = [("wire", "repub", 0.95)]
    out = join_copies(frame, pairs, {"wire": dt.date(2031, 3, 11), "repub": dt.date(2031, 3, 18)})
    assert list(out["event_id"]) == ["e1", "e1", "e3"]
    assert list(out["date"]) == ["2031-03-10", "2031-03-10", "2031-03-12"]
    assert out["note"][0].endswith("copy of repub") and out["note"][1].endswith("copy of wire")
    assert out["note"][2] == "n"


def test_printed_date_beats_the_first_stamp():
    q = "Voters in the coastal district went to the polls on 4 May in a runoff."
    frame = pd.DataFrame([
        _row("e1", "2030-05-05", "early", q, "4 May"),
        _row("e2", "2030-05-04", "late", q, "4 May", anchor="absolute"),
    ])
    out = join_copies(frame, [("early", "late", 0.9)], {"early": dt.date(2030, 5, 1), "late": dt.date(2030, 6, 1)})
    assert set(out["event_id"]) == {"e2"} and set(out["date"]) == {"2030-05-04"}


def test_near_miss_rows_are_not_aligned():
    # a different date expression in one sentence, and a sentence of an article that is not a copy
    frame = pd.DataFrame([
        _row("e1", "2031-03-10", "wire", "The league suspended its season on Monday after three cases.", "Monday"),
        _row("e2", "2031-03-11", "repub", "The league suspended its season on Tuesday after three cases.", "Tuesday"),
        _row("e3", "2031-03-10", "other", "The league suspended its season on Monday after three cases.", "Monday"),
    ])
    assert aligned_rows(frame, [("wire", "repub", 0.9)]) == []
    assert join_copies(frame, [("wire", "repub", 0.9)]) is frame


def _article(art_id, text, published):
    from pathlib import Path

    from timeline.articles import Article, find_regions

    return Article(id=art_id, path=Path(f"{art_id}.txt"), text=text, title="", published=published,
                   regions=find_regions(text))


def test_extract_joins_a_republished_copy_under_a_later_stamp():
    # a republisher posts the wire story a week later: its 'on Monday' would be a week late, a second event
    from timeline.extract import extract

    story = ("Brightline Holdings raised its offer for the logistics group Corvex on Monday, two weeks after the "
             "Corvex board rejected an earlier bid as too low. " + TAKEOVER.split(". ", 1)[1])
    original = _article("wire", story, dt.date(2031, 3, 11))
    copy = _article("repub", "Business news\n\n" + story + "\n\nShare this story", dt.date(2031, 3, 18))
    other = _article("vote", ELECTION + " The mayor conceded on Monday.", dt.date(2031, 3, 18))
    frame = extract([original, copy, other])
    raised = frame[frame["quote"].str.contains("raised its offer")]
    assert set(raised["source"]) == {"wire", "repub"}
    assert raised["event_id"].nunique() == 1 and set(raised["date"]) == {"2031-03-10"}
    assert raised["note"].str.contains("copy of").all()
    conceded = frame[frame["source"] == "vote"]
    assert not conceded["note"].str.contains("copy of").any()


def test_engine_joins_copies_like_extract(tmp_path):
    # the command line's engine sends signatures, not texts, from its workers: the same events as extract
    from timeline.articles import load_articles
    from timeline.engine import run_extraction
    from timeline.extract import extract

    story = ("The northern league suspended its season on Thursday after three clubs reported cases. "
             + LEAGUE.split(". ", 1)[1])
    (tmp_path / "orig.txt").write_text(story + "\n", encoding="utf-8")
    (tmp_path / "repost.txt").write_text("Sport | Football\n\n" + story + "\n\nComments (0)\n", encoding="utf-8")
    (tmp_path / "vote.txt").write_text(ELECTION + "\n", encoding="utf-8")
    (tmp_path / "articles.csv").write_text(
        "id,file,title,published\norig,orig.txt,Season suspended,2031-05-09\n"
        "repost,repost.txt,Season suspended,2031-05-16\nvote,vote.txt,Runoff,2031-05-16\n", encoding="utf-8")
    frame = run_extraction(tmp_path, workers=1).events
    suspended = frame[frame["quote"].str.contains("suspended its season")]
    assert set(suspended["source"]) == {"orig", "repost"}
    assert set(suspended["date"]) == {"2031-05-08"} and suspended["event_id"].nunique() == 1
    direct = extract(load_articles(tmp_path))
    assert sorted(zip(frame["event_id"], frame["source"])) == sorted(zip(direct["event_id"], direct["source"]))


def test_a_story_republished_by_more_sites_than_the_cap_still_links_as_a_chain():
    texts = {f"site{n:02d}": f"Menu {n} | News\n" + TAKEOVER + f"\nPosted by desk {n}" for n in range(12)}
    texts["vote"] = ELECTION
    pairs = find_copies(texts, cap=3)
    assert copy_groups(pairs) == [[f"site{n:02d}" for n in range(12)]]
    assert len(pairs) < 12 * 11 // 2  # neighbours only, not every pair


def test_releases_of_one_template_with_other_figures_are_not_one_event():
    # near-miss: two daily releases of an agency share most words, but the figures of 'today' differ
    frame = pd.DataFrame([
        _row("e1", "2031-06-02", "day1", "Today the agency has approved $690 million in grants to 41,000 families.",
             "Today"),
        _row("e2", "2031-06-09", "day8", "Today the agency has approved $720 million in grants to 43,000 families.",
             "Today"),
    ])
    assert aligned_rows(frame, [("day1", "day8", 0.6)]) == []


def test_a_copy_saved_with_other_line_ends_is_still_a_copy(tmp_path):
    # one release kept by two scrapers, one on Windows (CRLF), one on an old Mac tool (CR): one text, one signature
    import warnings

    from timeline.articles import load_article
    from timeline.copies import article_signature

    text = "Season suspended\n\n" + "\n".join(LEAGUE.split(". ")) + "\n"
    signatures = []
    for name, end in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(text.replace("\n", end).encode("utf-8"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            signatures.append(article_signature(load_article(path)))
    assert signatures[0] and signatures[1] == signatures[0] and signatures[2] == signatures[0]


def test_two_events_of_one_sentence_joined_by_a_near_copy_quote_it_once():
    # the first page's sentence holds two dates, two events; the near copy quotes it as two overlapping spans of one
    # event: joining the copies makes one event, whose rows must quote each sentence once ('duplicate quote')
    q = "Harbour Lines opened its ferry route on Monday, March 3, and the city marked it with a parade."
    frame = pd.DataFrame([
        dict(_row("e1", "2031-03-03", "wire", q, "Monday"), quote_start=0, quote_end=len(q)),
        dict(_row("e2", "2031-03-03", "wire", q, "March 3", anchor="absolute"), quote_start=0, quote_end=len(q)),
        dict(_row("e3", "2031-03-03", "repub", q, "Monday"), quote_start=0, quote_end=len(q)),
        dict(_row("e3", "2031-03-03", "repub", q + " ", "March 3"), quote_start=0, quote_end=len(q) + 1),
    ])
    out = join_copies(frame, [("wire", "repub", 0.95)], {"wire": dt.date(2031, 3, 3), "repub": dt.date(2031, 3, 4)})
    assert out["event_id"].nunique() == 1
    assert not out.duplicated(["event_id", "source", "quote_start", "quote_end"]).any()
    assert len(out) == 3
