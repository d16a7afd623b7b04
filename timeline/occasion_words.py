"""Nouns of the occasions news tells acts at and of the texts it tells them in: data, no logic.

One lexicon for three readers: :mod:`timeline.clauses` (*have* with an occasion is the clause's act: *had talks*),
:mod:`timeline.lede` (a briefer's programme: *the Governor will have a meeting with*) and :mod:`timeline.titles`
(a phrase naming the occasion or the text an act was told in is no event of its own: *At a May 4 briefing, …*,
*… in a letter sent Monday*). Generic English and news conventions only, never the words of one story.
"""

from __future__ import annotations

__all__ = ["GIVEN_OCCASIONS", "HAD_OCCASIONS", "HELD_OCCASIONS", "MADE_OCCASIONS", "OCCASIONS", "OCCASION_FORMS",
           "OCCASION_VERBS", "SAYING_OCCASIONS", "TELLING_FORMS", "TELLING_TEXTS"]

#: gatherings and exchanges that are held (*held talks*, *had a call with*, *the vote was held*)
HELD_OCCASIONS = frozenset({
    "meeting", "talk", "conversation", "call", "teleconference", "telecon", "videoconference", "conference",
    "discussion", "session", "hearing", "vote", "debate", "briefing", "telebriefing", "summit", "consultation",
    "negotiation", "reception", "ceremony", "rally", "chat", "exchange",
})
#: words spoken at length, which are given (*gave a speech*, *will give an interview*)
GIVEN_OCCASIONS = frozenset({"speech", "address", "interview"})
#: words said once, which are made (*made a statement*, *will make an announcement*)
MADE_OCCASIONS = frozenset({"statement", "announcement", "remark"})
#: meals, visits and tours, which stay *had* in a headline (*had lunch with*, *had a tour of the plant*)
HAD_OCCASIONS = frozenset({"lunch", "dinner", "breakfast", "luncheon", "visit", "tour"})
#: every occasion noun (lemmas): an act of the day when *had*, held or given, a setting when an act is told at it
OCCASIONS = HELD_OCCASIONS | GIVEN_OCCASIONS | MADE_OCCASIONS | HAD_OCCASIONS
#: the verb a headline gives an occasion had (*had talks* → *hold talks*, *will have a statement* → *to make a
#: statement*): gatherings are held, statements made, speeches and interviews given; a meal or a visit stays had
OCCASION_VERBS: dict[str, str] = {**dict.fromkeys(sorted(HELD_OCCASIONS), "hold"),
                                  **dict.fromkeys(sorted(MADE_OCCASIONS), "make"),
                                  **dict.fromkeys(sorted(GIVEN_OCCASIONS), "give")}
#: texts and broadcasts an act is told in, which are no occasion of their own (*in a release*, *in a letter sent
#: Monday*, *in testimony*, *in a television appearance*)
TELLING_TEXTS = frozenset({
    "release", "letter", "memo", "e-mail", "email", "post", "tweet", "message", "bulletin", "notice", "filing",
    "report", "testimony", "broadcast", "appearance",
})
#: the occasion nouns as written, singular and plural (*meeting*, *meetings*, *remarks*, *speeches*)
OCCASION_FORMS = frozenset(OCCASIONS | {n + ("es" if n.endswith(("s", "ch")) else "s") for n in OCCASIONS})
#: the occasions and the texts an act is told at or in, as written, singular and plural (*e-mails*, *filings*)
TELLING_FORMS = frozenset(OCCASION_FORMS | TELLING_TEXTS | {n + "s" for n in TELLING_TEXTS})
#: the occasion of a saying, a one-time act of speech, as written in *said in a statement Sunday*, *told a news
#: conference on Friday* (:func:`timeline.clauses.saying_occasion_dated`): a statement, an interview, a news
#: conference, a speech …; phrases of two words are matched with any space between them
SAYING_OCCASIONS = ("statement", "interview", "news conference", "press conference", "briefing", "speech", "address",
                    "letter", "news release", "press release", "conference call", "phone call", "telephone call")
