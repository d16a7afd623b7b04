"""Word lists of event identity (:mod:`timeline.identity`): data, no logic.

Generic English and news conventions only, never the words of one story.
"""

from __future__ import annotations

__all__ = ["ACTION_SYNONYMS", "AGENT_COUNT_VERBS", "AGENT_NOUNS", "ANAPHORIC_NOUNS", "ANNOUNCING_VERBS",
           "COUNT_KINDS", "DECISION_NOUNS", "DISTINCT_ACTIONS", "HELD_EVENTS", "HOLD_VERBS", "INTENT_VERBS",
           "LEVEL_VERBS", "NUMBER_WORDS", "OPENING_PREPOSITIONS", "ORDINAL_WORDS", "PEOPLE_NOUNS", "PHRASAL_ACTIONS",
           "POSSESSIVES", "QUANTIFIERS", "REACTION_PHRASES", "REACTION_VERBS", "SCALE_WORDS", "SELF_NOUNS",
           "SERIES_NOUNS", "STRIKING_WORDS", "STRUCK_VERBS", "THING_SYNONYMS", "WON_CONTESTS"]

#: generic nouns a back-reference uses for an event stated elsewhere (*following the disasters of May 2*, *since the
#: attack of 9 September*, *after the crash on Monday*): they say that something happened, not what
ANAPHORIC_NOUNS = frozenset({
    "disaster", "tragedy", "attack", "crash", "incident", "crisis", "event", "accident", "catastrophe", "calamity",
    "emergency", "unrest", "violence", "chaos", "turmoil", "upheaval", "ordeal", "episode", "shock", "setback",
    "development", "news", "announcement", "move", "turn", "twist",
})

#: verbs of a happening striking a place, whose passive names the happening in its *by* phrase (*the town was hit by a
#: storm*, *the plant was rocked by an explosion*): the happening is what happened, as in *a storm hit the town*
STRUCK_VERBS = frozenset({
    "hit", "strike", "rock", "ravage", "devastate", "sweep", "batter", "shake", "jolt", "damage", "destroy", "flood",
    "engulf", "cripple", "pound", "lash", "slam", "level", "flatten",
})

#: what news writes for a happening reaching a place, besides :data:`STRUCK_VERBS` (*the typhoon hammered the islands*,
#: *a tornado barreled through the county*, *the storm made landfall*, *the tornado touched down*): with a happening
#: for subject, each of these and of :data:`STRUCK_VERBS` is the one act of the happening striking
#: (``identity._striking``)
STRIKING_WORDS = STRUCK_VERBS | frozenset({
    "hammer", "barrel", "plow", "plough", "smash", "pummel", "wallop", "wreck", "landfall", "land",
})

#: nouns of a gathering or proceeding that its organisers open, hold or host (*opened its annual meeting*,
#: *hosts its annual meeting*): two mentions holding the same one in compatible periods state one event
HELD_EVENTS = frozenset({
    "convention", "conference", "summit", "congress", "meeting", "rally", "hearing", "trial", "ceremony", "parade",
    "festival", "session", "assembly", "forum", "caucus", "primary", "referendum", "plenum", "retreat", "games",
    "tournament", "championship", "exhibition", "fair", "auction",
})

#: verb lemmas that hold, open or close such a gathering (the gathering is then what happened)
HOLD_VERBS = frozenset({
    "hold", "open", "host", "stage", "convene", "start", "begin", "kick", "launch", "wrap", "close", "end",
    "conclude", "adjourn", "gavel", "resume", "prepare", "organize", "organise", "attend",
})

#: verbs of a level or an amount changing (*the river has risen*, *sales have doubled*, *the outbreak has spread*):
#: the same words told again on another day state the level then, not the same happening retold
LEVEL_VERBS = frozenset({
    "rise", "fall", "climb", "drop", "grow", "increase", "decrease", "decline", "double", "triple", "halve", "surge",
    "soar", "jump", "slide", "slip", "sink", "swell", "spread", "worsen", "improve", "deepen", "widen", "mount",
    "escalate", "intensify", "recede", "ease", "shrink", "expand", "plunge", "plummet", "tumble", "rebound",
    "recover", "exceed", "near", "approach", "total",
})

#: the kind of a reported count, by the words that name it: deaths, the missing, the injured … (a count of one
#: kind and a count of another are two reports; ``dead``, ``killed`` and ``death toll`` are one kind)
COUNT_KINDS: dict[str, str] = {
    **dict.fromkeys(("dead", "death", "deaths", "killed", "kill", "kills", "killing", "died", "die", "dies",
                     "fatalities", "fatality", "toll", "lives"), "deaths"),
    **dict.fromkeys(("missing", "unaccounted"), "missing"),
    **dict.fromkeys(("injured", "injuries", "wounded", "hurt"), "injured"),
    **dict.fromkeys(("evacuated", "evacuation", "evacuations", "evacuees", "evacuate"), "evacuated"),
    **dict.fromkeys(("homeless", "displaced"), "homeless"),
    **dict.fromkeys(("arrested", "arrests", "detained", "detentions"), "arrested"),
}

#: verbs whose active clause tells what someone or something did, its figure the result (*shelling killed 5 people*,
#: *the quake killed 1,000*): the clause is that happening, not a count report, whatever figure each article gives
AGENT_COUNT_VERBS = frozenset({"kill", "injure", "wound", "hurt", "evacuate", "arrest", "detain", "displace",
                               "rescue", "strand"})

#: number words (a number written in words: *one thousand*, *a thousand*, *ten thousand*)
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

#: ordinal words: *missed its fourth dividend* and *misses its 1st dividend* are two events (digits with
#: st/nd/rd/th are read by :func:`timeline.identity.ordinals`)
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

#: nouns of a numbered step of a series (*raised the alert to phase 4*, *round 2 of the talks*, *a category 3 storm*):
#: two mentions giving different numbers are two steps, two events (*round 2* | *from round two to round three*)
SERIES_NOUNS = frozenset({"phase", "level", "stage", "round", "category", "tier", "grade", "wave", "game", "leg"})

#: verbs that announce the action of their ``to`` complement (*decided to raise the alert*, *voted to block the deal*,
#: *tried to deflect criticism*, *sought to stop the merger*): the complement is the clause's action too
#: (not *agree*, *plan*, *promise*, *offer*, *threaten*: an agreement, a plan or a promise is an event of its own)
INTENT_VERBS = frozenset({"decide", "vote", "try", "attempt", "seek", "move", "choose", "opt", "resolve", "act", "rush",
                          "scramble"})

#: verbs of intent that state a decision or an attempt rather than the act itself: of two mentions of one event,
#: *the agency decided to raise the alert* states it less directly than *the agency raised the alert* (a vote, a
#: move, a rush to act are acts of their own)
DECIDING_VERBS = frozenset({"decide", "try", "attempt", "seek", "choose", "opt", "resolve"})

#: verb (and event noun) lemmas news writes for one action, and the action they stand for (the word's own stem is
#: kept too): handing over a business is transferring it, halting or prohibiting a deal is blocking it, rebuffing a bid
#: is rejecting an offer, sweetening it is raising it
ACTION_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("divest", "cede", "relinquish", "surrender", "dispose", "offload"), "transfer"),
    **dict.fromkeys(("halt", "prohibit", "bar", "thwart", "derail", "stop"), "block"),
    **dict.fromkeys(("rebuff", "spurn", "snub"), "reject"),
    **dict.fromkeys(("sweeten", "hike", "boost"), "raise"),
    **dict.fromkeys(("endorse", "ratify", "greenlight", "authorize", "authorise"), "approve"),
    **dict.fromkeys(("withdraw", "withdrawal"), "terminate"),
    **dict.fromkeys(("eliminate", "slash", "shed"), "cut"),
    **dict.fromkeys(("delay", "defer"), "postpone"),
    **dict.fromkeys(("bid", "tender"), "offer"),
    **dict.fromkeys(("leave", "depart", "retire"), "resign"),
    **dict.fromkeys(("deal", "pact"), "agree"),  # 'announced the deal', 'struck a deal': agreed
    **dict.fromkeys(("notify", "apprise"), "inform"),  # 'notified the agency of the defect': informed it
    **dict.fromkeys(("discharge", "free"), "release"),  # 'discharged from the hospital', 'freed the hostages'
    "finalize": "complete", "finalise": "complete", "unveil": "announce", "close": "complete",
    # general news classes of one act told in other words (a suspect caught is arrested, a chief who quits
    # resigns, a minister who tours a site visits it, a bill adopted or passed is approved, an inquiry launched is
    # opened, a witness grilled is questioned, a service restarted resumes, one who perished was killed)
    **dict.fromkeys(("catch", "nab", "apprehend", "capture", "detain"), "arrest"),
    **dict.fromkeys(("quit", "abdicate"), "resign"),
    **dict.fromkeys(("tour", "travel"), "visit"),
    **dict.fromkeys(("adopt", "pass"), "approve"),
    **dict.fromkeys(("launch", "initiate"), "open"),
    **dict.fromkeys(("grill", "quiz", "interrogate"), "question"),
    **dict.fromkeys(("reopen", "restart"), "resume"),
    **dict.fromkeys(("die", "perish"), "kill"),
    # a craft or a party coming in: 'the aircraft landed in the capital' = 'the aircraft arrived in the capital'
    "land": "arrive",
    # finding a thing out: 'first learned of the breach on May 2' = 'first discovered the breach on May 2'
    "learn": "discover",
}

#: noun phrases news writes for one thing, and one token for it (added to a mention's words, so that two names of the
#: thing share a rare word): a poison pill is a shareholder rights plan, a bid an offer, job cuts layoffs
THING_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("poison pill", "rights plan", "shareholder rights plan", "stockholder rights plan",
                     "rights agreement"), "poison-pill"),
    **dict.fromkeys(("takeover bid", "takeover offer", "buyout offer", "acquisition offer", "tender offer",
                     "hostile bid", "hostile offer", "unsolicited bid", "unsolicited offer"), "takeover-offer"),
    **dict.fromkeys(("job cuts", "layoffs", "lay off", "laid off", "lay-offs", "redundancies", "job losses"),
                    "job-cuts"),
    **dict.fromkeys(("lawsuit", "legal action", "legal challenge", "court challenge", "civil suit", "civil lawsuit",
                     "civil complaint", "civil action", "class action"), "lawsuit"),
    **dict.fromkeys(("probe", "investigation", "inquiry", "enquiry"), "investigation"),
    **dict.fromkeys(("shootout", "shoot-out", "gunbattle", "gun battle", "gunfight", "firefight",
                     "exchange of gunfire"), "shootout"),
    **dict.fromkeys(("merger agreement", "merger deal", "acquisition agreement", "purchase agreement",
                     "definitive agreement", "deal to buy", "agreement to buy", "deal to acquire"), "merger-agreement"),
    # a way made through (a tunnel, a wall, a deadlock), said with the noun or the verb and its particle
    **dict.fromkeys(("breakthrough", "break through", "breaks through", "broke through", "broken through",
                     "breaking through"), "breakthrough"),
    # legislators of both parties (a parliament or congress): 'a bipartisan group of lawmakers', 'deputies of both
    # major parties'
    **dict.fromkeys(("bipartisan", "cross-party", "both parties", "both political parties", "both major parties",
                     "both sides of the aisle"), "bipartisan"),
    **dict.fromkeys(("lawmakers", "legislators", "members of congress", "members of parliament",
                     "senators and house members", "senators and representatives", "congressmen and senators"),
                    "lawmakers"),
}

#: actions of distinct meaning (lemmas): one named actor doing two of these that do not meet the same day did two
#: things (*raised its offer* | *extended its offer*); a verb outside the list (*put in place*, *took to court*) may be
#: a paraphrase and only lowers the score. A word of :data:`ACTION_SYNONYMS` whose action is listed here counts as
#: distinct too (*adopt*, *pass* → *approve*; *launch* → *open*; *close* → *complete*), so it is not listed again
DISTINCT_ACTIONS = frozenset({
    "raise", "extend", "reject", "accept", "approve", "sue", "terminate", "complete", "cut", "offer",
    "agree", "resign", "appoint", "hire", "fire", "nominate", "elect", "postpone", "block", "acquire", "buy", "sell",
    "merge", "transfer", "open", "suspend", "resume", "ban", "arrest", "release", "sign", "lower",
    "increase", "reduce", "settle", "dismiss", "appeal", "rule", "fine", "charge", "convict", "sentence", "veto",
    "invest", "lend", "borrow", "pay", "default", "delist", "list", "split", "recall", "admit",
})

#: phrasal verbs (lemma, particle or phrase) that say one of those actions (*hand over its stake*, *turned down the
#: bid*, *went to bankruptcy court* = *filed for bankruptcy*)
PHRASAL_ACTIONS: dict[tuple[str, str], str] = {
    ("hand", "over"): "transfer", ("turn", "over"): "transfer", ("sign", "over"): "transfer",
    ("give", "up"): "transfer", ("turn", "down"): "reject", ("vote", "down"): "reject", ("sign", "off"): "approve",
    ("lay", "off"): "cut", ("shut", "down"): "close", ("put", "off"): "postpone", ("push", "back"): "postpone",
    ("go", "into effect"): "begin", ("take", "effect"): "begin",  # a law, a ban or a closure starting
    ("step", "down"): "resign", ("stand", "down"): "resign", ("take", "into custody"): "arrest",
    ("hear", "from"): "question", ("hear", "testimony"): "question",  # a panel hearing a witness questions them
    ("appear", "before"): "testify", ("give", "testimony"): "testify",
    # a craft coming down or going up, said with a phrasal verb ('touched down' = 'landed', 'lifted off' = 'launched')
    ("touch", "down"): "land", ("lift", "off"): "launch", ("blast", "off"): "launch",
    # going to court, said with a verb and its noun: 'filed a complaint', 'brought suit', 'took them to court'
    **dict.fromkeys((("file", "suit"), ("file", "a suit"), ("file", "lawsuit"), ("file", "a lawsuit"),
                     ("file", "complaint"), ("file", "a complaint"), ("file", "a civil complaint"),
                     ("file", "civil suit"), ("file", "a civil suit"), ("bring", "suit"), ("bring", "a lawsuit"),
                     ("take", "to court")), "sue"),
    # going bankrupt, said with a verb and its phrase (not 'emerged from bankruptcy': the end of it)
    **dict.fromkeys((("file", "for bankruptcy"), ("file", "for chapter 11"), ("file", "for chapter 9"),
                     ("file", "for chapter 7"), ("go", "to bankruptcy court"), ("go", "into bankruptcy"),
                     ("go", "bankrupt"), ("declare", "bankruptcy"), ("enter", "bankruptcy"),
                     ("seek", "bankruptcy protection"), ("enter", "chapter 11")), "bankruptcy"),
}

#: prepositions that open a scene-setting phrase before a sentence's clause (*In light of the sale, the group today
#: called for a review*, *Under the powers conferred on me …, on May 2 I found …*): a participle in it is
#: no main verb
OPENING_PREPOSITIONS = ("in light of", "in the wake of", "pursuant to", "in accordance with", "as part of",
                        "in addition to", "because of", "due to", "under", "with", "without", "given", "amid",
                        "despite", "during", "upon", "ahead of", "in view of", "in the face of", "on behalf of")

#: phrases after which a sentence names the event it answers (*issued a statement in response to news that the company
#: would sell*, *said, reacting to the board's decision*): the answer is another event than the one it answers
REACTION_PHRASES = ("in response to", "in reaction to", "in reply to", "in answer to", "responding to", "reacting to",
                    "responded to", "reacted to", "responds to", "reacts to")

#: verbs whose object is an event they judge (*welcomed the announcement that the company would sell*, *condemned the
#: payments*): the judgement is another event than the one judged
REACTION_VERBS = frozenset({"welcome", "praise", "applaud", "hail", "laud", "commend", "criticize", "criticise",
                            "condemn", "denounce", "decry", "deplore", "lament", "slam", "blast", "protest"})

#: nouns of a decision whose ``to`` complement is the action decided (*its decision to cut jobs*, *the move by the
#: board to sell the unit*), read when the clause only announces it (:data:`ANNOUNCING_VERBS`) or has no verb
DECISION_NOUNS = frozenset({"decision", "move", "vote", "resolution", "choice"})

#: verbs that only make a decision or a plan known (*announced its decision to …*, *disclosed …*)
ANNOUNCING_VERBS = frozenset({"announce", "disclose", "reveal", "confirm", "report", "unveil", "publish", "say",
                              "state", "make", "take"})

#: scale words multiplying the number before them (``a`` stands for one before a scale word: *a thousand*)
SCALE_WORDS: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

#: what winning a contest means (*won the election* = *was elected*, *won the nomination* = *was nominated*): the
#: object noun of *win* and the action it stands for
WON_CONTESTS: dict[str, str] = {
    **dict.fromkeys(("election", "reelection", "re-election", "seat", "vote", "ballot", "poll", "polls", "runoff"),
                    "elect"),
    "nomination": "nominate",
}

#: possessive determiners: *his inauguration* is the inauguration of the clause's named subject
POSSESSIVES = frozenset({"his", "her", "its", "their"})

#: nouns of an office, a role or a body that acts (*the President convened a call*, *the board rejected the offer*,
#: *police detained him*): a subject of one of these is an actor, though not a name
AGENT_NOUNS = frozenset({
    "president", "governor", "mayor", "minister", "premier", "chancellor", "king", "queen", "prince", "emperor",
    "pope", "secretary", "senator", "lawmaker", "legislator", "chairman", "chairwoman", "chair", "ceo", "chief",
    "executive", "director", "founder", "owner", "spokesman", "spokeswoman", "spokesperson", "commissioner",
    "administrator", "ambassador", "envoy", "general", "commander", "judge", "justice", "prosecutor", "jury",
    "board", "council", "committee", "commission", "court", "police", "army", "military", "navy", "government",
    "administration", "ministry", "department", "agency", "regulator", "parliament", "congress", "senate",
    "legislature", "cabinet", "company", "firm", "bidder", "buyer", "seller", "shareholder", "union", "official",
    "leader", "candidate", "nominee", "campaign", "party", "rebel", "troop", "force",
})

#: nouns of the kind of body a named speaker is, by which it goes on about itself (*Acme said on Monday that the
#: company had cut 500 jobs*, *the Rovers announced that the club is selling its stadium*): the subject of the
#: reported clause is the speaker (not *the regulator*, *the court*, *police*: another body than the speaker)
SELF_NOUNS = frozenset({
    "company", "firm", "corporation", "group", "agency", "department", "ministry", "administration", "organization",
    "organisation", "bank", "insurer", "carrier", "airline", "automaker", "carmaker", "manufacturer", "club", "team",
    "hospital", "university", "school", "city", "town", "charity", "foundation", "network", "retailer", "utility",
})

#: plural nouns of people that name no one in particular (*Officials say …*, *Engineers said …*, *Members heard …*):
#: capitalised only because they open the sentence, no name (the plurals of :data:`AGENT_NOUNS` count too)
PEOPLE_NOUNS = frozenset({
    "members", "engineers", "rescuers", "workers", "residents", "authorities", "experts", "analysts", "investigators",
    "officers", "doctors", "nurses", "scientists", "researchers", "witnesses", "protesters", "demonstrators",
    "voters", "investors", "employees", "students", "sources", "observers", "critics", "soldiers", "firefighters",
    "passengers", "families", "relatives", "survivors", "victims", "citizens", "people", "crews", "staff", "fans",
    "players", "teachers", "parents", "patients", "customers", "consumers", "owners", "miners", "farmers", "locals",
    "police",
})

#: words that open a phrase of a number or a share of a group (*One of the miners …*, *Three of them …*, *Some
#: residents …*): capitalised only because they open the sentence, no name (number words count too)
QUANTIFIERS = frozenset({"some", "many", "most", "all", "both", "several", "few", "dozens", "scores", "tens", "hundreds", "thousands",
                         "millions", "each", "none", "half", "more", "first", "last", "other", "others"})
