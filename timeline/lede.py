"""Events that news states without a date: dated by the publication day.

News reports what happened on (or just before) its publication day without
saying when: *The league has suspended its season*, *More than
40,000 residents have been evacuated*. A date extractor that only reads date
expressions misses these. :func:`undated_events` finds them with rules of
English news writing, and no word of any story:

* **present perfect** — a main-clause ``has/have (been) + past participle``
  (*has declared*, *have been evacuated*, *officials say … has been found*).
  English does not put a definite past date on a present perfect (*has
  declared on Friday* is not said): it reports something just done, as of the
  publication. A date inside a subordinate or relative clause of the sentence
  (*after the storm that hit on Friday*) dates that clause, not the perfect.
  Left out: perfects of states (*has been a*, *has had*, *has lived … since*,
  *has refused to*), running totals (*has killed more than 1,000 people*, *has approved more than $5 million*,
  *to date 4,000 have been assisted*, *more than 9,000 have applied*, a figure counted
  *as of* a date, from a reported *since* clause or over a fronted span up to now),
  market moves (*shares have risen 5%*),
  negated, habitual or background ones (*has not*, *has repeatedly*, *has
  also*), hypothetical or future ones (*would have*, *will have*), those of a
  quotation, a question, a relative, conditional or adverbial clause (*which
  has*, *if … has*, *while … have*) or following another finite verb of their
  clause, and first- or second-person speech (*we have*); below a report's first :data:`NEWS_SENTENCES` story
  sentences, a perfect whose sentence up to its verb names no doer, place or source (*Along the quay, market stalls
  have reopened*): how things stand, not the day's news (:func:`_how_things_stand`).
* **now** — a main-clause *is/are now* + -ing of an action (*the ministry is
  now halting sales*), not of trying, waiting or a trend; *are now confirmed*;
  and *now says* (*the club now says it will sell the stadium*: a position
  changed as of the publication).
* **a toll of the day** — a disaster report gives the latest count of its dead in its first
  :data:`TOLL_SENTENCES` story sentences, the news of that day (the next day's count is another): a count of the
  dead an authority gives (*coastal authorities say at least 44 people were killed*), the toll's rise (*the
  official death toll rose to at least 230*) or level as given (*officials say the toll stands at 85*), deaths
  confirmed (*the ministry has confirmed more than 1,400 deaths*). Not a running total of a perfect (*the virus
  has killed more than 1,000 people*), a level described (*while the official toll stands at 40*), a quotation or
  a toll of its own date.
* **the lede** — the opening sentence of the story states the news. When it
  is in the past tense, has a named actor and neither it nor the next sentence
  holds a date expression, it is dated by the publication day. A release
  whose opening sentence introduces the statement it quotes (*Senator Roe
  put out the following statement about the ruling:*, *The following is the full
  statement by the Mayor on the flood.*) has that statement as its news,
  unless it was made *after* another event (that event is the news).
* **a speaker's act** — a page in its author's own words (remarks, a statement, a report) with no lede
  opens with the act of its day in the first person: a perfect (*I've ordered the state agencies to open
  shelters*) or a progressive of a one-time act (*We are launching this audit so that …*) in one of its first
  sentences.
* **a speaker's own act told in the present** — remarks, briefings, statements and releases tell what
  their speaker or office does that day with no date: a main clause in the progressive of a one-time act
  whose subject is the first person or a named body (*We're sending two ships to the strait*, *the Harbour
  Patrol Office is requesting two more boats*), or a performative *hereby* (*the office hereby declares an
  emergency*); the acts are data (:data:`SPEAKER_ACTS`, :data:`SPEAKER_BODIES`). Not talk about the talk,
  apologies, habits, modals, quotations, *also*, nor a verb without an object (*we are asking for patience*).
* **a briefer's programme of the day** — a briefing or press conference (a transcript: a speaker's turn label such
  as *MS. ROE:* before the sentence) tells what its principal will do that day without a date: a main clause of a
  third person with *will* or *is going to* and a one-time act of :data:`SCHEDULE_ACTS` (*From the airport, the
  Governor will have a working session with the growers*, *the Minister is going to be opening the depot
  with a speech*), scheduled on the publication day (:func:`_schedule_item`). Not in the first or second person (a
  moderator's programme of the session itself: *once I have introduced her, the Director will say a few words*),
  nor a habit, another modal, a subordinate clause or a quotation.
* **a measure's act** — a bill, a resolution or a legislative record tells the
  measure's own act without a date: its sponsor line (*Ms. Roe (for herself and
  Mr. Poe) introduced the following bill; referred to a committee*) or the
  record's entry of a vote on it (*The resolution (S. Res. 12) was agreed to.*).
  It is the act of the day the document is printed under, wherever it stands
  and whatever the dates of its *Whereas* clauses. A measure's text that
  prints no such line (cut off inside its list of cosponsors, or engrossed)
  tells its act by its header: the chamber, the day on its own line, then the
  sponsor line (introduced) or the measure's title (agreed to).

* **a member's floor act** — a speech in a legislative record (or a member's floor-speech page) that opens with
  the address to the chair and a performative of the floor (*Madam President, I rise today for the harbor
  amendment …*; a motion that passes a measure under a suspension of the rules, *I move to suspend …*) tells the
  member's act on the floor that day, dated by the record's own day (:func:`_floor_act`); not a quotation of it in
  a release.

A clause that :func:`timeline.clauses.analyse` judges no event (a state, a
caption, a hypothetical, a scheduled event …) is left out, and so is a
sentence next to one dated on a recent day that tells the same news (shared
words): the dated mention wins. An article that looks back (:func:`reports_news`)
gets none. The extractor gives these mentions the anchor
:data:`UNDATED_ANCHOR`, a lower confidence and a note; event identity
(:mod:`timeline.identity`) lets them join a dated mention of the same event on
the publication day or the :data:`RECENT_DAYS` before it, whose date the event
then takes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Sequence

from .aliases import BODY_WORDS
from .clauses import (END_BOUND, HAPPENING_NOUNS, JOINT_WORK, REPORTED_POSSIBILITY, Clause, analyse, content_terms,
                      quotation_open, tokens, question_turn, undated_distance)
from .lexicon import all_lemmas, verb_forms
from .occasion_words import OCCASION_FORMS
from .periods import Period
from .published import record_line
from .titles import MAX_TITLE, fit_title, statement_title

__all__ = ["JOINT_WORK_SO_FAR", "JUDGED_OUTCOMES", "LESSON_VERBS", "NEWS_DAYS", "NEWS_SENTENCES", "NOTE", "RECENT_DAYS",
           "UNDATED_ANCHOR", "Undated", "continued_events", "joint_work_so_far", "reports_news", "times_from_event",
           "undated_events", "written_case"]

#: ``anchor`` of a candidate dated by the publication day because its text gives no date.
UNDATED_ANCHOR = "undated"
#: Days before its publication day that such a candidate may describe: news reports what just happened, so it
#: joins a dated mention of the same event on one of these days (:mod:`timeline.identity`).
RECENT_DAYS = 1
#: An article looks back (and gets no such candidate) when two or more events it dates all lie more than this many
#: days before its publication.
NEWS_DAYS = 7
#: how many sentences open a news report with its news (the lede and the paragraphs right after it, the top of the
#: inverted pyramid): a speaker's act is told in them or not at all, a disaster's latest toll is told there, and
#: below them a report gives context, figures and background
NEWS_SENTENCES = 4
#: What the ``note`` of such a candidate says first.
NOTE = "dated by publication (no date in the text)"

_PERFECT = re.compile(
    r"\b(?P<aux>has|have|’ve|'ve)\s+"
    r"(?P<adv>(?:(?:\w+ly|also|already|just|now|since|so far|long|still|ever|often|always)\s+)*)(?P<been>been\s+)?"
    r"(?P<adv2>(?:(?:\w+ly|also|already|just|now)\s+)*)(?P<verb>[a-z][a-z-]+)\b",
    re.I,
)
_BLOCK_BEFORE = {"who", "which", "that", "whom", "whose", "where", "when", "if", "unless", "once", "after", "before",
                 "since", "until", "till", "as", "because", "while", "although", "though", "whether", "what", "how",
                 "why", "i", "we", "you", "will", "would", "could", "should", "might", "may", "must", "shall", "can",
                 "not", "never", "ever", "to", "having", "nor", "yet"}
_SUBORDINATE = {"that", "which", "who", "whom", "whose", "where", "when", "after", "before", "since", "until",
                "while", "as", "because", "following", "than", "amid", "amongst", "among", "during", "if"}
_CLAUSE_OPENERS = {"if", "unless", "once", "when", "whenever", "after", "before", "since", "until", "as", "because",
                   "while", "whereas", "although", "though", "whether", "who", "which", "that", "where"}
#: words opening an embedded question inside a clause ('a report on how the agency has handled it')
_WH_CLAUSE = {"how", "why"}
_SAYING = {"said", "says", "say", "reported", "reports", "reporting", "announced", "announces", "confirmed",
           "confirms", "stated", "states", "added", "adds", "told", "warned", "warns", "claimed", "claims",
           "revealed", "reveals", "disclosed", "discloses", "noted", "notes", "acknowledged", "acknowledges"}
#: words that attribute a quotation to its speaker after its closing mark ('…," the mayor said', '…” according')
_ATTRIBUTION = _SAYING | {"say", "according", "writes", "wrote", "write", "asked", "asks", "explained", "explains",
                          "continued", "continues", "declared", "declares", "insisted", "insists", "replied",
                          "tweeted", "posted", "argued", "urged", "remarked", "commented", "responded", "recalled"}
#: adverbs of a perfect that make it background, a habit or a running state rather than the news
_BACKGROUND = {"also", "repeatedly", "previously", "already", "long", "often", "always", "still", "since", "ever",
               "never", "consistently", "frequently", "increasingly", "largely", "mostly", "traditionally"}
_NOW = re.compile(r"\b(?:is|are)\s+now\s+(?P<verb>[a-z]+ing)\b", re.I)
#: a main-clause 'is/are now confirmed': a confirmation made as of the publication ('the clinic says 12 patients
#: are now confirmed as infected', 'two further cases are now confirmed')
_NOW_CONFIRMED = re.compile(r"\b(?:is|are)\s+now\s+(?:officially\s+)?(?P<verb>confirmed)\b", re.I)
#: a main-clause 'now says': a changed position reported as of the publication ('the club now says it will sell the
#: stadium', 'the ministry now says 40 people died')
_NOW_SAYS = re.compile(r"\bnow\s+(?P<verb>says|say)\b", re.I)
#: a recital of a resolution or contract: 'Whereas …;' (or '…; and'), a clause without a main clause
_RECITAL = re.compile(r"\W*whereas\b.*;(?:\s*(?:and|or))?\s*$", re.I | re.S)
#: progressive verbs of trying, waiting or facing: a situation, not an action of the day
_TRYING = {"try", "attempt", "struggle", "wait", "face", "expect", "consider", "look", "hope", "plan", "prepare",
           "seek", "run", "near", "approach", "grow", "rise", "fall", "increase", "decrease", "suffer", "deal",
           "fight", "work", "await", "weigh", "study", "review", "investigate", "monitor", "watch"}
#: verbs of weighing options: their perfect (*the board has explored a sale*, *ministers have considered several
#: options*) tells deliberation up to now, no one act
_DELIBERATING = {"explore", "consider", "weigh", "mull", "ponder", "contemplate"}
#: a decision coordinated after the weighing ('has considered the offer and rejected it'): that is news
_AND_DONE = re.compile(r"\band\s+(?:has\s+|have\s+)?(?:\w+ly\s+|then\s+|now\s+)?[a-z]+ed\b", re.I)
#: progressive verbs of a count coming close to a level: with a number after them (*the toll is now nearing 1,900*,
#: *signatures are now approaching 100,000*) a milestone reported as of the publication, not a trend
_NEARING = {"near", "approach"}
_LEVEL = re.compile(r"\s+(?:[$€£]?\d|(?:a|one|two|three|four|five|ten) (?:hundred|thousand|million|billion)\b)", re.I)
#: a number written in words ('seven', 'one hundred fifty-two', 'a thousand'), not a pronoun ('one of them')
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                r"thousand|million|billion|dozen)")
_AMOUNT = (r"(?:[$€£¥]\s?)?(?:\d[\d,.]*\b|(?:an?\s+)?" + _NUMBER_WORD + r"(?:[\s-]+(?:and\s+)?" + _NUMBER_WORD
           + r")*\b(?!\s+(?:of|another)\b))")
#: words that hedge a count ('more than', 'at least', 'nearly' …)
_HEDGE = (r"(?:(?:more|fewer|less) than|at least|over|nearly|almost|about|around|some|roughly|up to|close to|"
          r"an estimated|approximately)")
#: a direct object counted as a running total ('more than 1,000 people', 'more than two hundred donations', 'thousands
#: of homes'): a perfect that adds up a total as of the publication, not one event ('has recalled 40,000 cars' is one)
_COUNTED = re.compile(r"\s+(?:" + _HEDGE + r"\s+" + _AMOUNT + r"|(?:hundreds|thousands|dozens|millions|scores) of\b)",
                      re.I)
#: a count in vague plurals ('millions of cars', 'tens of thousands of homes'): no size of one act
_VAGUE_COUNT = re.compile(r"\s+(?:(?:tens|hundreds)\s+of\s+)?(?:hundreds|thousands|dozens|millions|billions|scores)"
                          r"\s+of\b", re.I)
#: verbs of one decision taken on many things at once: a hedged count after them is the size of one act
_ONE_DECISION = {"cut", "slash", "shed", "eliminate", "axe", "lay", "recall", "buy", "acquire", "purchase", "sell",
                 "offer", "bid", "fire", "dismiss", "furlough", "suspend", "evacuate", "deploy", "order", "pledge",
                 "commit", "allocate", "earmark", "set"}
#: a count that is a share of a whole ('more than 9%', 'about ten percent of its staff')
_SHARE = re.compile(r"\s+" + _HEDGE + r"\s+" + _AMOUNT + r"\s*(?:%|percent\b|per cent\b|percentage points?\b)",
                    re.I)
#: a hedged count of places or groups a verb of tallying reaches ('has spread to more than 30 orchards', 'have
#: been detected in more than 20 states')
_COUNTED_PLACES = re.compile(r"\s+(?:\w+ly\s+)?(?:to|in|across|into|among)\s+" + _HEDGE + r"\s+" + _AMOUNT
                             + r"\s+[a-z]", re.I)
#: a hedged count right before the perfect, as its subject ('inspectors say more than 200 faulty units have been found')
_COUNT_BEFORE = re.compile(r"\b" + _HEDGE + r"\s+" + _AMOUNT + r"(?:\s+[\w’'-]+){0,4}\s*$", re.I)
#: verbs of counting cases, finds and casualties: with a hedged count as subject or place ('More than thirty banks
#: have reported losses', 'at least twelve climbers have died') a perfect tallies what surveillance has counted so far
_TALLYING = {"find", "report", "confirm", "detect", "identify", "record", "diagnose", "die", "kill", "infect",
             "sicken", "hospitalize", "hospitalise", "spread", "document", "log", "count"}
#: a subject that names no one but a vague quantity ('Numerous lawsuits', 'Many voters', 'Most', 'Some of the strikers',
#: 'A growing number of tenants', 'Tens of thousands', 'Hundreds of fans'): what it states happened many times over, a
#: situation, not one event ('Most shareholders have approved', 'All of the hostages have been freed' are one); a
#: subject denied ('No suspect has been charged', 'no verdict has been reached', 'Nobody has …') tells what has not
#: happened
_VAGUE_SUBJECT = re.compile(r"^\W*(?:and\s+|but\s+|yet\s+)?(?:no(?=\s+[a-z])|neither|nobody|nothing|numerous|"
                            r"several|many|various|countless|"
                            r"most(?=\s*$)|(?:some|many|most|none) of|an?\s+(?:[a-z]+\s+)?number of|"
                            r"other\s+[a-z]+s\b|(?:tens\s+of\s+|hundreds\s+of\s+)?(?:thousands|hundreds|millions|"
                            r"dozens|scores)\b)\b", re.I)
#: verbs of wanting, checking or believing before a perfect in its clause: what it says is wished, checked or
#: believed ('the chairman wants to make sure the buyer has paid its debts', 'police suspect the gang has fled')
_ATTITUDE = {"want", "wants", "wanted", "hope", "hopes", "hoped", "wish", "wishes", "ensure", "ensures", "sure",
             "verify", "check", "doubt", "doubts", "suspect", "suspects", "suspected", "believe", "believes",
             "believed", "think", "thinks", "fear", "fears", "feared", "whether", "unclear", "unsure"}
#: a state people are left in ('have been left without homes', '… stranded', '… in the dark'): a situation
_LEFT_IN = re.compile(r"\s+(?:without|homeless|stranded|jobless|unemployed|destitute|in the dark|in limbo)\b", re.I)
#: a stance urged rather than an act ('have urged patience', 'has called for calm', 'have appealed for restraint')
_URGING = {"urge", "call", "appeal", "counsel"}
_STANCE = re.compile(r"\s+(?:for\s+)?(?:patience|calm|caution|restraint|unity|vigilance|prudence)\b", re.I)
#: what ends a clause that adds a detail to the news ('Cases have been reported abroad as well.', '…, too.')
_AS_WELL = re.compile(r"\bas well\b(?!\s+as)|,\s*too\b", re.I)
#: what marks a figure as a running total up to now when it opens the clause ('to date more than 12,000 …')
#: a reminder of what the audience knows before the perfect ('As you know, the two firms have completed …'): background
_KNOWN = re.compile(r"\bas (?:you|we)(?: all)?(?: may| might| will| well)?(?: know| are aware| have heard| recall)\b",
                    re.I)
_TALLIES = r"to date|so far|thus far|all told|in all|in total|cumulatively|combined|altogether|taken together"
_TALLY_MARK = re.compile(r"\b(?:" + _TALLIES + r")\b", re.I)
#: a subject that is a hedged count ('More than 114,000 (residents)', 'Nearly 2,000 customers')
_COUNT_SUBJECT = re.compile(r"^\W*(?:and\s+|but\s+)?(?:(?:more|fewer|less) than|at least|over|nearly|almost|about|"
                            r"around|some|roughly|close to|an estimated|a total of)\s+[$€£¥]?\d[\d,.]*\b", re.I)
#: a share of a counted whole opening the clause ('Of 40 complaints lodged, 12 have been upheld', 'Of the 40
#: patients admitted, 31 have gone home'): a tally of cases as of now, each done on its own day
_SHARE = re.compile(r"(?:^|[.;:]\s+)\W*(?:and\s+|but\s+)?of\s+(?:the\s+|those\s+|these\s+)?(?:[\w-]+\s+){0,2}?"
                    r"\d[\d,.]*\b[^,;:]{0,80},\s*(?:(?:nearly|about|almost|only|just|some|at\s+least|more\s+than)\s+)?"
                    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                    r"fifty|hundreds|dozens|half|most|all|many|none)\b(?:\s+of\s+(?:them|those|these))?\s*$", re.I)
#: transactions that many people make one by one with an office, a firm or a programme (apply, register, call,
#: visit …) and services it gives them one by one (assisted, served, helped): a count of them that has grown to a
#: figure is a tally of administrative activity, read off a counter, not an event
_TRANSACTIONS = {"apply", "register", "contact", "call", "visit", "enroll", "enrol", "subscribe", "download",
                 "request", "submit", "file", "assist", "serve", "help", "process", "inspect", "approve",
                 "reimburse", "pay", "receive", "use", "access", "donate", "vote"}
#: where a main clause ends after its verb: an adverbial or relative clause, a participle, a dash or semicolon
_CLAUSE_END = re.compile(r"\s+(?:after|before|because|while|whereas|although|though|since|until|as|when|once|"
                         r"amid|following)\s|,\s+(?:which|who|where|with|according|[a-z]+ing)\b|\s*[;—–(]|\s+-\s",
                         re.I)
#: verbs of a market move, and the words of a market: a price or volume, not an event (issue 14)
_MOVES = {"rise", "fall", "gain", "lose", "drop", "jump", "climb", "slide", "slip", "surge", "soar", "tumble",
          "plunge", "sink", "rally", "decline", "close", "trade", "open", "edge", "rebound", "dip", "add", "shed"}
_MARKET = re.compile(r"\b(?:shares?|stocks?|index|indices|futures|bonds?|yields?|prices?|currency|dollar|euro|"
                     r"yen|oil|gold|market value|valuation)\b", re.I)
_MAX_SENTENCE = 2000
_RELATIVE = {"that", "which", "who"}
_BE_FINITE = {"is", "are", "was", "were", "am"}
_STATIVE = {"refuse", "decline", "be", "have", "get", "live", "own", "know", "serve", "remain", "stay", "seem",
            "appear", "continue", "hold", "keep", "work", "want", "need", "like", "love", "hope", "wish", "believe",
            "think", "feel", "long", "lead", "dominate", "struggle", "happen", "become", "go", "come", "see", "hear", "say", "tell",
            "indicate", "suggest", "watch", "witness", "result"}  # what was seen, or a consequence: no act
#: verbs of an outcome judged, not an act (lexicon data): *has helped bring …*, *have failed the people*, *has earned
#: its reputation*, *has faced criticism*, *has overwhelmed rescuers*, *has foiled plots*, *has proved its worth*,
#: *has benefited from …*; with *pay* only as *paid off* (*the work has paid off*; *has paid $5 million* is an act)
JUDGED_OUTCOMES = ("help", "fail", "earn", "face", "overwhelm", "foil", "prove", "benefit")
#: verbs of showing (lexicon data) that draw a lesson with a clause after them (*the flood has shown how fragile the
#: dykes are*, *the season has demonstrated that …*); with a thing shown they report it (*have shown symptoms*)
LESSON_VERBS = ("show", "demonstrate", "highlight", "underscore", "illustrate", "teach", "prove")
_LESSON = re.compile(r"\s+(?:us\s+|again\s+|once\s+again\s+|all\s+of\s+us\s+)*(?:how|that|what|why|just\s+how)\b",
                     re.I)
#: a manner adverb that judges how something was done, right after the participle (*have responded very well*,
#: *has performed admirably*): an appraisal of conduct up to now, not one act
_JUDGED_MANNER = re.compile(r"\s+(?:(?:very|so|extremely|remarkably|really|quite)\s+)?(?:well|admirably|superbly|"
                            r"magnificently|heroically|poorly|badly|splendidly)\b", re.I)
#: a frame from the start up to now ('From the outset, the league has been run by …', 'has backed the plan all
#: along'): a state or a habit, no one act
_ALL_ALONG = r"\bfrom\s+(?:the\s+(?:very\s+)?(?:beginning|start|outset|first)|day\s+one)\b|\ball\s+along\b"
_DURATION = re.compile(_ALL_ALONG + r"|\b(?:since|for (?:the past |the last |more than |over |nearly |almost |about )?"
                       r"(?:\w+ )?(?:years?|months?|weeks?|days?|decades?|hours?|centuries|generations?|ages|"
                       r"long)|so far|thus far|to date|ever since|over the (?:past|last)|"
                       r"in recent (?:years|months|weeks))\b",
                       re.I)
#: a running total's frame before the perfect: a fronted 'since …' clause (after a dateline dash too) or 'to date',
#: 'so far' ('PARIS — Since the outbreak began, the agency has approved …', 'to date 12,000 have been vaccinated'), or
#: a fronted duration ('For decades, fishermen have sailed …', 'For the past two years, the club has trained …')
_RUNNING_HEAD = re.compile(r"(?:^\W*|[—–]\s*|\s-\s+)since\b|\b(?:to date|so far|thus far)\b|"
                           r"^\W*for\s+(?:the\s+(?:past|last)\s+)?(?:[\w-]+\s+){0,2}?(?:decades|years|months|weeks|"
                           r"generations|centuries)\s*,|" + _ALL_ALONG, re.I)
_EVENT_KINDS = {"event"}
#: an opening absolute phrase ('With one week left before the vote, …'): its participle is not the lede's verb
_ABSOLUTE = re.compile(r"\W*(?:with|without)\s[^,;]{1,80},\s*", re.I)
#: an opening adverbial clause ('After the vote was counted, …', 'Since the storm struck, …'): its verb is not the
#: lede's
_OPENING_CLAUSE = re.compile(r"\W*(after|before|when|once|while|as|because|although|though|since|until|if|unless)"
                             r"\s[^,;]{1,120},\s*", re.I)
#: a dateline before the lede: a place in capitals (with its state or an agency in brackets) or a bracketed
#: source and place, then a dash ('PARIS —', 'SPRINGFIELD, Ill. –', 'NEW YORK (Wire) -',
#: '(City Council: Springfield) --'): the lede's clause starts after it. A long dash may be glued to the lede, as
#: press offices print it ('WASHINGTON, D.C.—The senator …'); a hyphen may not (a hyphenated word)
#: a dateline that carries its date ('EASTPORT, May 3, 2019 –', 'Eastport (May 3, 2019) –', 'WASHINGTON, D.C., Sept. 3
#: (Wire) -'): the date is the publication's, no date of the lede's news
_DATED_PLACE = (r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}(?:,\s*[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})?"
                r"(?:\s*\((?=[^()\n]*\d)[^()\n]{4,40}\)|,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
                r"(?:\s*\([^()\n]{1,40}\))?)")
#: a place in title case with its state or country after a comma, as releases print it ('Washington, D.C. –',
#: 'Austin, Texas –', 'Santa Rosa, Calif. -'): the comma and the part after it tell a place from a name. The dash
#: may be doubled as some releases print it ('WASHINGTON–- ')
_TITLED_PLACE = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?"
#: Not :func:`timeline.published.agency_dateline` (nor :func:`timeline.published.stamped_date`'s bracketed
#: dateline): those read a dateline that holds a date and an agency in brackets or slashes ('WASHINGTON, Oct. 3 (AP)
#: —', 'NEW YORK, April 4, 2022 /Wire/ --') to date the text; this one also takes a dateline without a date or an
#: agency ('PARIS —', 'LONDON (Wire) -'), to find where the lede's clause starts and which date is no news
_DATELINE = re.compile(r"\s*(?:\([^()\n]{2,80}\)|[A-Z][A-Z.’' ]{2,40}(?:,\s*[A-Z][\w.’' ]{1,25})?"
                       r"(?:\s*\([^()\n]{1,40}\))?|" + _DATED_PLACE + r"|" + _TITLED_PLACE + r")\s*(?:--?\s+|[–—]-?\s*)")
_LEDE_FORMS = {"past", "passive", "perfect"}
#: verbs of a report, and a background perfect in what it reports ('has reported that the agency has already missed
#: half of its targets'): a state of things up to now, not the news of the day
_REPORT_LEMMAS = {"report", "find", "conclude", "note", "show", "document", "estimate", "say"}
_BACKGROUND_REPORTED = re.compile(r"\bthat\b[^.;]*?\b(?:has|have|had)\s+(?:already|long|repeatedly|previously)\b",
                                  re.I)
#: a present-tense verb of saying: a standfirst summing up a stance ('the ministry says farms must be sealed off')
_SAYS = re.compile(r"\b(?:says|say|warns|argues|insists|maintains|contends)\b")
_NAMED = re.compile(r"\b[A-Z][\w’'.-]+")
#: a clause opening in the first person ('I’m delighted to be at this congress', 'We have …'): a speaker's or a
#: writer's words
#: verbs of addressing people: a named person's perfect of them (*Mayor Ana Costa has told residents that …*) is a
#: statement made to them, news; *officials have told us*, *the crisis has told* stay out
_ADDRESS = {"tell"}
#: a name of two capitalised words or more right before the verb group ('… Governor Ana Costa has told')
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*[a-z][\w.’'-]*(?:\s+[A-Z][\w.’'-]+)+\s*$")
#: a letter's opening: its writer writes to notify, ask, inform … its addressee ('I am writing to inform you of …',
#: 'We are writing to you to ask …'): as the first sentence of a text, the sending of the letter, dated by the letter
#: (a date later in the sentence dates what the letter tells: 'that, on May 2, I determined …')
_LETTER = re.compile(r"\W*(?:I am|I['’]m|We are|We['’]re)\s+writing\s+(?:to\s+you\s+)?"
                     r"(?P<verb>to\s+(?:notify|inform|ask|request|urge|advise|tell|invite|appeal|express|convey|"
                     r"let you know|bring)\b)", re.I)
#: capitalised words before a name that are no given name or title (a sentence opening 'In Eastport', 'The Narrows')
_NOT_GIVEN = {"in", "on", "at", "the", "a", "an", "of", "for", "from", "by", "with", "to", "and", "but", "as", "after",
              "before", "when", "while", "if", "since", "during", "near", "outside", "inside", "across", "like"}
#: *I* or *we*, with a contraction at most (*I'm*, *we've*)
_FIRST_PERSON_WORD = r"(?:I|[Ww]e)(?:[’'](?:m|re|ve|d|ll))?"
_FIRST_PERSON = re.compile(rf"\W*{_FIRST_PERSON_WORD}\b")
#: a first-person subject anywhere before a verb ('I issued the following statement'): *I* or *we* as a word of its own,
#: not a letter of a party-and-state label ('(D-RI)', '(I-Maine)', '(MI-05)', as releases of members of Congress write
#: their names) nor the end of a longer word
_FIRST_PERSON_SUBJECT = re.compile(rf"(?<![\w-]){_FIRST_PERSON_WORD}(?![\w-])")
#: a break between the clauses of a sentence: a semicolon, a colon, a bracket, a dash, or a comma not inside a number
#: ('1,500'); the words after the last one before a verb are its own clause's (:func:`_last_break`).
#: Two cuts differ on purpose: :func:`_event_clause` spares the colon of a web address ('http://'), and
#: :func:`_no_one_event` reads a clause's tail up to a break but not a closing bracket or a comma before 'too'
#: first-person words per 1,000 characters outside quotation marks from which a page speaks in its author's own
#: voice (remarks, an address, a statement, a member's letter or floor speech, a briefing's opening): there a
#: present perfect of a third party tells the speaker's account of what has gone on (*the regime has deceived the
#: world*, *our coalition has made good progress*, *the money has run out*), not news of the page's day as a
#: reporter's perfect does (*the agency has closed the port*)
OWN_VOICE_DENSITY = 2.0
_FIRST_PERSON_WORD = re.compile(r"\b(?:I(?=\s+[a-z]|[’'](?:m|ve|ll|d)\b)|[Ww]e|[Oo]ur|[Mm]y|us)\b")
#: a perfect's auxiliary with *just* or *now* before its participle: what was done just now, in any voice (*the patient
#: has now been transferred*, *the inspector has just been promoted*)
_JUST_DONE = re.compile(r"(?:has|have|[’']s|[’']ve)\s+(?:just|now)\b", re.I)
_QUOTED_SPAN = re.compile(r"“[^”]{0,600}”|\"[^\"\n]{0,600}\"")


def in_own_voice(text: str) -> bool:
    """Whether a page speaks in its author's own voice: :data:`OWN_VOICE_DENSITY` or more first-person words (*I*,
    *we*, *our*, *my*, *us*) per 1,000 characters of its text outside quotation marks (a reporter quotes the first
    person of others; a speaker writes it)."""
    bare = _QUOTED_SPAN.sub(" ", text)
    return len(_FIRST_PERSON_WORD.findall(bare)) * 1000 >= OWN_VOICE_DENSITY * max(len(bare), 1)


_CLAUSE_BREAK = re.compile(r"[;:()—–]|,(?!\d)")


def _last_break(head: str) -> int:
    """Where the last clause of ``head`` starts: the end of its last :data:`_CLAUSE_BREAK`, or 0."""
    cut = [b.end() for b in _CLAUSE_BREAK.finditer(head)]
    return cut[-1] if cut else 0


@dataclass(frozen=True)
class Undated:
    """A sentence that states an event without a date.

    Attributes
    ----------
    start, end : int
        The sentence in the raw text (the extractor quotes it, or its clause when it is long).
    anchor : int
        Where the clause's verb group starts: the analysis of :func:`timeline.clauses.analyse` is made around it.
    clause : Clause
        The analysis of the clause (``kind == "event"``).
    rule : str
        ``"perfect"`` (a present perfect), ``"now"`` (*is now* + -ing), ``"lede"`` (the lede in the past tense),
        ``"present"`` (the present of a one-time act), ``"speaker"`` (a speaker's own act told in the present,
        :func:`_speaker_act`), ``"schedule"`` (a briefer's programme of the day, :func:`_schedule_item`: the clause's
        kind is ``scheduled``),
        ``"toll"`` (a disaster's count of its dead told as of the day, :func:`_toll`),
        ``"letter"`` (a letter's *I am writing to …*), ``"floor"`` (a member's statement in a legislative record:
        :func:`_floor_statements`), ``"continued"`` (:func:`continued_events`) or
        ``"restated"`` (a present perfect whose news the next or previous sentence dates: no candidate of its own,
        see ``restates``).
    restates : tuple of (int, int)
        For ``"restated"``: the sentence that dates the same news (its dated mention is the candidate, and may take
        this sentence's more direct statement as its title).
    title : str
        A title the rule words itself (*The following is the full statement by Mayor Roe on the flood*: "Mayor Roe issues
        statement on flood"), or empty: the extractor titles the clause.
    day : datetime.date or None
        The day the rule dates it by, when not the publication day (``"floor"``: the day a legislative record prints
        as its own, :func:`timeline.published.record_line`), or None.
    """

    start: int
    end: int
    anchor: int
    clause: Clause
    rule: str
    restates: tuple[int, int] = (0, 0)
    title: str = ""
    day: dt.date | None = None


@lru_cache(maxsize=16384)
def _is_participle(word: str) -> str:
    """The verb lemma when ``word`` is a past participle ("" otherwise)."""
    for lemma in all_lemmas(word.lower()).get("VERB", ()):
        if word.lower() in verb_forms(lemma).get("VBN", ()):
            return lemma
    return ""


def _words(text: str) -> list[str]:
    return [t.lower for t in tokens(text) if t.is_word]


def _subordinate(text: str, sent: tuple[int, int], verb: tuple[int, int], date: tuple[int, int]) -> bool:
    """Whether a date of the sentence belongs to another clause than the verb's (a relative or adverbial one)."""
    if date[0] >= verb[1]:
        between = _words(text[verb[1] : date[0]])
    else:
        between = _words(text[sent[0] : date[0]])
    return bool(set(between) & _SUBORDINATE)


def _subordinate_clause(head: str) -> bool:
    """Whether a verb that follows ``head`` (the sentence up to it) sits in a subordinate or relative clause, after
    another finite verb of its clause (a coordination, a reduced relative: 'is unhappy with the place X has given
    it'), or after a fronted 'since …' (a state up to now). 'said that …' is the content of a report, and 'the
    storm that hit the coast has killed' closes its relative clause before the verb: neither is subordinate."""
    if re.search(r"^\W*since\b", head, re.I):
        return True
    piece = _CLAUSE_BREAK.split(head)[-1]
    piece = re.sub(r"\b(?:as well as|such as|as many as|as much as|as of)\b", " ", piece, flags=re.I)
    # a comparison ('a model of the same kind as the one recalled', 'as large as'), not a clause opener
    piece = re.sub(r"\b(?:the\s+same|such|as\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}?as\b", " ", piece, flags=re.I)
    words = _words(piece)
    if words and words[0] in _CLAUSE_OPENERS or set(words) & _BE_FINITE:
        return True
    for k, w in enumerate(words[1:], start=1):
        if w in _WH_CLAUSE:
            return True  # an embedded question ('to report on how the agency has handled …'): not the main clause
        if w in _RELATIVE:
            if words[k - 1] in _SAYING or any(_is_finite(x) for x in words[k + 1 :]):
                continue
            return True
        if w in _CLAUSE_OPENERS:
            return True
    return False


@lru_cache(maxsize=16384)
def _is_finite(word: str) -> bool:
    """Whether ``word`` can be a finite past or third-person verb form ('hit', 'struck', 'says')."""
    return any(word in verb_forms(lemma).get("VBD", ()) + verb_forms(lemma).get("VBZ", ())
               for lemma in all_lemmas(word).get("VERB", ()))


def _perfect(text: str, sent: tuple[int, int], dates: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The main-clause present perfect of an event in a sentence, as ``(start, end)`` of its verb group.

    The first perfect of the main clause decides: when it states a state, a habit or speech, so do the perfects
    coordinated with it ('has refused … and has levelled …')."""
    s, e = sent
    if _RECITAL.match(text, s, e):
        return None  # 'Whereas the company has been …;': a resolution's recital, background without a main clause
    for m in _PERFECT.finditer(text, s, e):
        lemma = _is_participle(m.group("verb"))
        if not lemma:
            continue
        head = text[s : m.start()]
        before = _words(head)
        if not before or before[-1] in _RELATIVE | _CLAUSE_OPENERS or _subordinate_clause(head):
            continue  # 'which has', 'if the company has agreed', 'Since then, he has'; 'Has …' opens a question
        stative = lemma in _STATIVE and not (lemma in _ADDRESS and _NAME_BEFORE.search(head)) \
            or lemma in _DELIBERATING and not _AND_DONE.search(text, m.end(), e)
        if before[-1] in _BLOCK_BEFORE or stative or quotation_open(text, s, m.start()) \
                or re.match(r"\s+(?:us|me)\b", text[m.end() : e], re.I):
            return None  # 'we have', 'would have', 'has been a', 'has had', a quotation, 'has shown us' (speech)
        if _judged_outcome(lemma, text[m.end() : e]):
            return None  # 'has helped bring closure', 'have paid off', 'have responded very well': an appraisal
        if joint_work_so_far(lemma, text[m.end() : e]):
            return None  # 'the port has coordinated the convoys', 'have joined forces': an effort up to now
        if set(_words(m.group("adv"))) & _BACKGROUND or re.search(r"\b(?:also|repeatedly|previously|already)\s*$",
                                                                head, re.I):
            return None  # 'has also', 'has repeatedly': a detail or a habit, not the news
        if _COUNTED.match(text, m.end()) and not _one_act(lemma, text[m.end() : e]) \
                or lemma in _TALLYING and _COUNTED_PLACES.match(text, m.end()):
            return None  # 'has killed more than 1,000 people', 'has spread to more than 30 orchards': a total
        if _counted_as_of(text, sent, m.group("verb"), dates) or _COUNTED_FROM.search(head):
            return None  # 'have saved 516 people as of May 3', 'that since the closure, the airline has flown …'
        if _running_total(head, lemma) or _no_one_event(head, text[m.end() : e], lemma) or _KNOWN.search(head) \
                or _harm_done(head, lemma) or lemma in _RECEIVING and _RECEPTION.match(text, m.end(), e) \
                or _relation(lemma, m.group("been"), text[m.end() : e]) \
                or bool(m.group("been")) and lemma in STANDING_JUDGEMENT:
            return None  # 'to date more than 12,000 patients have been treated', 'Many residents have left'
        if lemma in _MOVES and _MARKET.search(text, s, e):
            return None  # 'shares have risen 5%': a market value, not an event
        if lemma in _REPORT_LEMMAS and _BACKGROUND_REPORTED.search(text, m.end(), e):
            return None  # 'auditors have reported that the agency has already missed …': background reported
        tail = text[m.end() : e]
        tail = re.split(r"\b(?:that|which|who|after|before|because|while|when|as)\b|[;:—–(]", tail)[0]
        if _DURATION.search(text[m.start("adv") : m.end()] + " " + tail) or _RUNNING_HEAD.search(head):
            return None  # 'has lived there since 2010', 'have grown for years', 'to date … have': up to now
        verb = (m.start(), m.end())
        if any(not _subordinate(text, sent, verb, d) and not END_BOUND.search(text, max(s, d[0] - 20), d[0])
               and not undated_distance(text, d[0], d[1], e) and not _modifies_noun(text, d, e) for d in dates):
            return None  # a date of its own clause: the dated mention states it ('through Friday' only ends a period)
        return verb
    return None


#: verbs of working alongside others (:data:`timeline.clauses.JOINT_WORK` and *coordinate*): in the present perfect
#: they tell how a joint effort has gone up to now, not the act of a day (*work* is a state already, :data:`_STATIVE`)
JOINT_WORK_SO_FAR = JOINT_WORK | {"coordinate"}
#: what must follow *joined* for it to be joint work: forces, hands or an effort (*joined forces*, *joined in the
#: effort*), not a body (*joined the coalition*)
_JOINED_EFFORT = re.compile(r"\s+(?:\w+ly\s+)?(?:forces|hands|in\b)", re.I)


def joint_work_so_far(lemma: str, after: str) -> bool:
    """Whether a present perfect of ``lemma`` followed by ``after`` tells joint work up to now, no act of the page's
    day: a verb of :data:`JOINT_WORK_SO_FAR` (*the port authority has coordinated the relief convoys*, *the
    repairs have been coordinated with the rail operators*, *the two labs have collaborated on the study*,
    *volunteers have assisted the county*), or *joined* forces or an effort (*the rival bidders have joined forces*,
    *the mayor has joined in the effort*). It is the perfect's counterpart of joint work going on in the progressive
    (:data:`timeline.clauses.JOINT_WORK_GOING_ON`). Not *joined* a body (*Spain has joined the coalition*: an act).

    Parameters
    ----------
    lemma : str
        The perfect's verb lemma.
    after : str
        The text right after the participle.

    Returns
    -------
    bool
    """
    if lemma == "join":
        return _JOINED_EFFORT.match(after) is not None
    return lemma in JOINT_WORK_SO_FAR


def _judged_outcome(lemma: str, after: str) -> bool:
    """Whether a present perfect of ``lemma``, followed by ``after`` in its sentence, judges an outcome or a conduct
    up to now rather than reporting an act: a verb of :data:`JUDGED_OUTCOMES` (*the rescue has helped bring
    relief*, *the agency has failed the town*), *pay off* (*years of work have paid off*), a lesson drawn by a verb
    of :data:`LESSON_VERBS` with a clause after it (*the drought has shown how scarce water is*), or a manner
    adverb judging it (*the crews have responded very well*). *Has paid $5 million*, *has responded to the
    letter* and *have shown symptoms* stay acts."""
    if lemma in JUDGED_OUTCOMES:
        return True
    if lemma == "pay" and re.match(r"\s+off\b", after, re.I):
        return True
    if lemma in LESSON_VERBS and _LESSON.match(after):
        return True  # 'the storm has shown how fragile the grid is': a lesson drawn, not an act
    manner = _JUDGED_MANNER.match(after)
    return manner is not None and re.match(r"\s*(?:[.,;:!]|and\b|$)", after[manner.end() :]) is not None


#: the preposition 'as of' right before a date: the point a figure or a state is counted up to
_AS_OF = re.compile(r"\bas\s+of\s+(?:the\s+)?$", re.I)
#: a span or a start point that a perfect's figure is counted over, opening its clause: a span up to now fronted
#: ('During the past year the club has faced …', 'Over the last two weeks, …') or a 'since' clause fronted in the
#: reported clause and closed by a comma ('Roe added that since the bridge closed, the ferry has carried …'; a
#: fronted 'since' of the sentence itself is :data:`_RUNNING_HEAD`'s)
_COUNTED_FROM = re.compile(r"^\W*(?:during|over|throughout)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+){0,2}?(?:years?|"
                           r"months?|weeks?|decades?|days?)\b|\bthat\s+since\b[^,;:]*,", re.I)


def _counted_as_of(text: str, sent: tuple[int, int], verb: str, dates: Sequence[tuple[int, int]]) -> bool:
    """Whether a present perfect of the participle ``verb`` counts a figure up to a date its sentence gives after
    *as of* (*Crews have cleared 400 roads as of May 3*, *As of Monday, a total of 22 cases have been identified*):
    a running total on that day, not an act of the publication day. Not an actor's report of the figure (*As of
    May 3, the agency has confirmed 11 cases*: the confirming is news, of the day the figure is given).
    ``dates``: the sentence's date mentions."""
    s, _e = sent
    return verb.lower() not in _SAYING and any(_AS_OF.search(text, max(s, a - 12), a) for a, _b in dates)


#: a determiner right before a date that, with a noun after the date, makes the date a modifier of that noun
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)


def _modifies_noun(text: str, date: tuple[int, int], end: int) -> bool:
    """Whether a date modifies a noun rather than dating a clause: possessive (*last week's vote*, *Monday's
    crash*), or between a determiner and a noun (*the April 15 attack*, *the 2010 spill*, *its May 3 meeting*). The
    date names a past thing; a present perfect of the same sentence (*has pleaded not guilty in the April 15
    attack*) reports news of the publication, not of that date. Not a date before a verb (*the council has this
    week approved …*: no determiner before it) nor before a preposition (*the 5th of May*)."""
    after = text[date[1] : end]
    if re.match(r"[’']s\s+[\w“\"]", after):
        return True
    noun = re.match(r"\s+([a-z][a-z-]{2,})\b", after)
    if noun is None or not _DETERMINER_BEFORE.search(text, max(0, date[0] - 8), date[0]):
        return False
    return "NOUN" in all_lemmas(noun.group(1))


def _running_total(head: str, lemma: str) -> bool:
    """Whether a perfect whose clause opens with ``head`` (the sentence up to the auxiliary) adds up a running total
    as of now: a tally mark in its clause ('to date more than 12,000 people have been vaccinated', 'So far 40 firms
    have signed'), or a hedged count as the subject of a transaction made one by one ('More than 90,000 have
    registered online', 'Nearly 2,000 customers have applied'), or a share of a counted whole ('Of the 40
    patients admitted, 31 have gone home'). A count of a single collective action stays an
    event ('More than 45,000 residents have been evacuated', '50,000 troops have been deployed')."""
    if _SHARE.search(head):
        return True  # 'Of 40 complaints lodged, 12 have been upheld': cases counted up to now
    piece = _CLAUSE_BREAK.split(head)[-1]
    opener = re.search(r"(?:^|[;:—–,])\W*(?:and\s+)?(?:" + _TALLIES + r")\s*,\s*$",
                       head[: len(head) - len(piece)], re.I)
    if (_TALLY_MARK.search(piece) or opener) and (re.search(r"\d", piece) or re.search(_AMOUNT, piece, re.I)):
        return True
    if lemma in _TALLYING and _COUNT_BEFORE.search(piece):
        return True  # 'More than thirty banks have reported losses', 'at least twelve climbers have died'
    return lemma in _TRANSACTIONS and _COUNT_SUBJECT.match(piece) is not None


def _one_act(lemma: str, tail: str) -> bool:
    """Whether a perfect with a hedged count after it (``tail``) states one act of one actor, not a running total: a
    share of a whole (*has bought more than 9% of the company*, *has cut about 10 percent of its staff*) or a verb of
    one decision on many (*has cut about 3,700 jobs*, *has recalled nearly 40,000 cars*) — not with a count in vague
    plurals (*has recalled millions of cars*, *has cut thousands of jobs*: a total of many acts)."""
    if _VAGUE_COUNT.match(tail):
        return False
    return lemma in _ONE_DECISION or _SHARE.match(tail) is not None


#: verbs of gathering a reception, and the reception: their perfect tells how something has been received so far
#: ('the plan has garnered broad support', 'the ruling has drawn sharp criticism'), a state of opinion, no act
_RECEIVING = {"garner", "draw", "attract", "earn", "win", "gain", "receive"}
_RECEPTION = re.compile(r"\s+(?:(?:broad|wide|widespread|strong|bipartisan|sharp|heavy|much|international|public|"
                        r"general|growing|mixed|fierce|harsh|high|overwhelming|considerable)\s+)*(?:support|praise|"
                        r"criticism|backing|condemnation|attention|interest|acclaim|applause|scrutiny|approval|"
                        r"opposition|backlash)\b", re.I)


#: verbs that relate one thing to another: their passive perfect with 'to' / 'with' states what is known of a thing
#: as of now ('the rash has been linked to a detergent', 'the outages have been tied to a faulty relay')
_RELATING = {"link", "tie", "associate"}


#: verbs of crediting or blaming, and of making a thing worse or holding it back: their passive perfect (*the ferry's
#: captain has been credited with calming the passengers*, *the fire has been blamed on a heater*, *the shortages have been
#: exacerbated by poor planning*, *the talks have been hampered by mistrust*) states a judgement or a condition as of
#: now, no act of the page's day (round 36, clutter36); the active (*the storm has worsened*, *the board has blamed
#: the contractor*) is left to the other tests
STANDING_JUDGEMENT = frozenset({"credit", "blame", "exacerbate", "compound", "worsen", "aggravate", "hamper", "hinder",
                                "plague", "mar", "dog", "overshadow", "beset", "bedevil"})


def _relation(lemma: str, been: str | None, tail: str) -> bool:
    """Whether a perfect states a relation known as of now, no act (*the fever has been linked to the water
    supply*, *the losses have been tied to the merger*): a passive perfect of a verb of :data:`_RELATING` with *to*
    or *with* after it. Not an act of relating told in the active (*the engineers have linked the two tunnels*), nor
    a passive of a verb of joining things (*the town has been connected to the grid*: the connecting is news)."""
    return bool(been) and lemma in _RELATING and re.match(r"\s+(?:\w+ly\s+)?(?:to|with)\b", tail, re.I) is not None


#: verbs of harm a happening does: its perfect tells the damage it left as of now ('the storm has destroyed homes')
_HARMING = {"destroy", "damage", "devastate", "ravage", "wreck", "flatten", "cripple", "batter", "flood", "sweep",
            "wipe", "level", "raze", "submerge", "inundate", "injure", "kill", "displace", "disrupt"}
#: a subject headed by a happening noun ('The storm', 'The fire that began in the hills', 'Last week's flood')
_HAPPENING_SUBJECT = re.compile(r"^\W*(?:and\s+|but\s+)?(?:the|this|that|its|last\s+\w+['’]s|\w+['’]s)\s+"
                                r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+?)s?\b", re.I)


def _harm_done(head: str, lemma: str) -> bool:
    """Whether a perfect tells the harm a happening has done (*The fire that began in the hills has destroyed
    homes across the valley*, *the storm has flooded the subway*): the damage it left as of now, which the happening's
    own event tells; not an actor's act (*The army has destroyed the bridge*)."""
    piece = _CLAUSE_BREAK.split(head)[-1]
    m = _HAPPENING_SUBJECT.match(piece)
    return lemma in _HARMING and m is not None and m.group("noun").lower() in HAPPENING_NOUNS


def _no_one_event(head: str, tail: str, lemma: str = "") -> bool:
    """Whether a perfect of ``lemma`` whose clause opens with ``head`` (the sentence up to the auxiliary) and goes on
    with ``tail`` states no one event: a state it left people in ('20,000 families have been left without homes',
    'have been left stranded'), a stance urged ('leaders have urged patience', 'have called for calm'), its subject
    is a vague quantity ('Numerous lawsuits have been filed', 'But most have been sold abroad'), a verb of wanting,
    checking or believing governs it ('the chairman wants to make sure the buyer has paid its debts'), or it adds a
    detail ('Protests have been held in the north as well')."""
    piece = _CLAUSE_BREAK.split(head)[-1]
    if lemma == "leave" and _LEFT_IN.match(tail) or lemma in _URGING and _STANCE.match(tail):
        return True
    if not piece.strip():  # the subject before an aside: 'Yet other clubs, especially in the north, have …'
        piece = _CLAUSE_BREAK.split(head)[0]
    if _VAGUE_SUBJECT.match(piece) or _attitude(piece):
        return True
    return _AS_WELL.search(re.split(r"[;:—–(]|,(?!\s*too\b)", tail)[0]) is not None


#: words before a word of :data:`_ATTITUDE` that make it a noun ('the suspect', 'their hopes'), and after it ('suspect
#: in the shooting', 'fears of a strike', 'hopes for a deal')
_NOUN_BEFORE = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your", "no", "any"}
_NOUN_AFTER = {"in", "of", "for", "about", "over", "from", "at", "with", "on", "among"}


def _attitude(piece: str) -> bool:
    """Whether a verb of wanting, checking or believing (:data:`_ATTITUDE`) governs a perfect whose clause opens with
    ``piece`` (*officials suspect the driver has fled*); not a noun of the same spelling in its subject (*the
    surviving suspect has pleaded not guilty*, *fears of a strike have …*): a word after a determiner, before a
    preposition or right before the perfect (the head of its subject) is a noun."""
    words = _words(piece)
    for k, w in enumerate(words):
        if w not in _ATTITUDE:
            continue
        if not (k and words[k - 1] in _NOUN_BEFORE or k + 1 == len(words) or words[k + 1] in _NOUN_AFTER):
            return True
    return False


def _now(text: str, sent: tuple[int, int], dates: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """A main-clause 'is/are now + -ing' of an action ('the ministry is now halting sales'), 'is/are now
    confirmed' ('the union says 300 job cuts are now confirmed') or 'now says' ('the club now says it will sell'), as
    its verb group: news reports with it what is being done, what has just been confirmed or a position just
    changed, as of its publication."""
    s, e = sent
    m = _NOW.search(text, s, e) or _NOW_CONFIRMED.search(text, s, e) or _NOW_SAYS.search(text, s, e)
    if m is None:
        return None
    lemma = _progressive_lemma(m.group("verb")) or {_NOW_CONFIRMED: "confirm", _NOW_SAYS: "say"}.get(m.re, "")
    head = text[s : m.start()]
    before = _words(head)
    milestone = lemma in _NEARING and _LEVEL.match(text, m.end()) and not _MARKET.search(text, s, e)
    if not lemma or lemma in _STATIVE and m.re is not _NOW_SAYS or lemma in _TRYING and not milestone \
            or not before or before[-1] in _BLOCK_BEFORE | _RELATIVE \
            or _subordinate_clause(head) or quotation_open(text, s, m.start()) or _KNOWN.search(head):
        return None
    verb = (m.start(), m.end())
    if any(not _subordinate(text, sent, verb, d) for d in dates):
        return None
    return verb


#: one-time acts a release or a news lede tells in the historical present of its day ('Rear Adm. Jane Roe assumes
#: command of the task force', 'Governor John Roe declares an emergency in three counties'); 'assume' and 'take' only
#: with an office after them (:data:`_OFFICE_AFTER`)
_PRESENT_ACTS = frozenset({"announce", "name", "appoint", "nominate", "declare", "sign", "launch", "unveil", "award",
                           "approve", "assume", "take", "resign", "relieve", "succeed", "swear", "veto", "issue"})
_OFFICE_AFTER = re.compile(r"\s+(?:over\s+)?(?:(?:the\s+)?command|charge|office|control|the\s+helm|the\s+oath)\b", re.I)
#: a habit, a rule or a schedule in the present: not one act ('… names a winner every year', '… signs at 9 a.m.')
_HABIT = re.compile(r"\b(?:every|each|usually|always|often|daily|weekly|monthly|annually|yearly|typically|generally|"
                    r"normally|regularly|routinely|traditionally|sometimes|never|whenever|tends?)\b|"
                    r"\bat\s+\d{1,2}(?::\d\d)?\b|\b(?:will|would|can|could|may|might|must|should)\b", re.I)
_PRESENT_VERB = re.compile(r"(?<=[\w.)])\s+(?P<verb>[a-z]{3,}s)\b")


def _present_act(text: str, sent: tuple[int, int], dates: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """A main clause in the historical present of a one-time act (:data:`_PRESENT_ACTS`) by a subject that opens the
    clause with a full name (*After the vote, Deputy Mayor Ana Costa takes office as
    mayor*, *Judge John Roe names a special master*), as ``(start, end)`` of its verb: a release or a news page tells
    its day's news so. Not in quotation marks, not a habit, a schedule or a rule (*every year*, *at 9*, a modal),
    nor a sentence with a date of its own (its dated mention states it)."""
    s, e = sent
    if dates or _HABIT.search(text, s, e) or _RECITAL.match(text, s, e):
        return None
    for m in _PRESENT_VERB.finditer(text, s, e):
        word = m.group("verb")
        lemmas = [lm for lm in all_lemmas(word).get("VERB", ()) if word in verb_forms(lm).get("VBZ", ())]
        lemma = next((lm for lm in lemmas if lm in _PRESENT_ACTS), "")
        if not lemma:
            continue
        if lemma in {"assume", "take"} and not _OFFICE_AFTER.match(text, m.end(), e):
            return None
        head = text[s : m.start("verb")]
        subject = head[_last_break(head) :].strip()
        if not _full_name(subject) or _subordinate_clause(head) or quotation_open(text, s, m.start("verb")) \
                or _FIRST_PERSON.match(subject):
            return None  # 'the club names …' (no one named), 'after Judge Roe signs …', a quotation
        return (m.start("verb"), m.end("verb"))
    return None


#: one-time acts a speaker or an office tells as done on its day in the present progressive (*the ministry is
#: publicly blaming the outage on …*, *we are sending a team*): the present acts (not *take*, *assume*: *we are taking
#: steps*), and acts of sending, asking, warning, blaming and imposing
SPEAKER_ACTS = _PRESENT_ACTS - {"assume", "take"} | frozenset({
    "introduce", "attribute", "blame", "request", "ask", "warn", "send", "dispatch", "deploy", "direct", "order",
    "impose", "designate", "file", "activate", "suspend", "lift", "release", "donate", "contribute", "commit",
    "pledge", "ship", "ban", "freeze", "sanction", "charge", "indict", "authorize", "authorise", "grant",
    "establish", "expel", "relocate"})
#: words of a body's name that say it is a body, not a person (*the Harbour Patrol Office*, *the Republic of Norland*,
#: *the Eastport Coast Guard Station*): the heads of :data:`timeline.aliases.BODY_WORDS` and the names of forces,
#: states and services
SPEAKER_BODIES = BODY_WORDS | frozenset({
    "guard", "station", "command", "navy", "army", "force", "forces", "corps", "fleet", "government", "states",
    "republic", "kingdom", "nations", "union", "police", "patrol", "embassy", "mission", "ministry", "house", "senate",
    "congress", "parliament", "secretariat", "directorate", "inspectorate"})
#: a subject right before a progressive, adverbs between (the subject is checked by :func:`_speaker_subject`; a bare
#: *’s* is no *is*: *the chair’s opening statement*)
_SPEAKER_VERB = re.compile(r"(?P<subject>\b(?:I|[Ww]e)|[A-Z][\w.&/’'-]*)(?:\s+(?:am|is|are)|[’'](?:m|re))"
                           r"\s+(?P<adv>(?:(?:\w+ly|also|now|just|today|hereby)\s+)*)(?P<verb>[a-z]{3,})\b")
#: the first person in a perfect, adverbs between (*we have just sent …*, *I've directed …*): a speaker's act of
#: the day when its verb is one of :data:`SPEAKER_ACTS` (checked as :data:`_SPEAKER_VERB`'s)
_SPEAKER_PERFECT = re.compile(r"(?P<subject>\b(?:I|[Ww]e))(?:\s+have|[’']ve)"
                              r"\s+(?P<adv>(?:(?:\w+ly|also|now|just|today)\s+)*)(?P<verb>[a-z]{3,})\b")
#: *decided to* and the verb it decides (*we have decided to send a ship*): a decision told as the act of the day
_DECIDED_TO = re.compile(r"\s+to\s+(?P<verb>[a-z]{3,})\b")
#: a performative *hereby* and its verb (*the agency hereby declares an emergency*, *I hereby order …*)
_HEREBY = re.compile(r"\bhereby\s+(?P<verb>[a-z]{3,})\b", re.I)
#: words before a first-person subject that make its clause no main clause of the speaker's act (*what we are
#: asking*, *All we are seeking*, *the steps that we are taking*)
_NOT_OWN_CLAUSE = {"what", "all", "that", "which", "who", "whom", "whose", "where", "how", "why", "if", "when", "as",
                   "than", "whether", "unless", "until", "because", "while", "once", "before", "after", "since"}
#: what may not follow the act's verb: it has no object (*we are asking for …*, *warning against …*)
_NO_OBJECT = re.compile(r"\s+(?:to|that|for|on|in|with|about|into|against|from|at|by|out|up|down|over|back|away|"
                        r"around|off)\b|\W*$", re.I)


def _speaker_subject(subject: str, first: bool) -> bool:
    """Whether a progressive's subject may tell its own act of the day: the first person (*we are sending*), or a
    body's name of two capitalised words or more with a word of a body (:data:`SPEAKER_BODIES`), or an acronym (*the
    Harbour Patrol is requesting*, *the HPO is warning*); not another pronoun, a common noun, one capitalised word
    (*Officials*, *Norland is directing*) or a person (*Councillor Ana Costa is asking*: a datelined lede's,
    :func:`_acting_lede`)."""
    if first:
        return True
    if re.fullmatch(r"(?:[Tt]he\s+)?[A-Z]{2,}(?:/[A-Z]{2,})?", subject):
        return True
    return _full_name(subject) and any(re.sub(r"[’']s$", "", w.lower()) in SPEAKER_BODIES
                                       for w in re.findall(r"[\w’'-]+", subject))


def _speaker_act(text: str, sent: tuple[int, int], dates: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """A speaker's or an office's own act told in the present on the day of the page, as ``(start, end)`` of its
    verb: a main clause in the progressive of a one-time act (:data:`SPEAKER_ACTS`) whose subject is the first person
    or a named body (*We're sending two ships to the strait*, *After review, the Republic of X is formally blaming
    the outage on Y*), or a performative *hereby* (*the agency hereby declares an emergency*). Remarks, briefings
    and releases tell so what their speaker does that day. Not with a date of its own, in quotation marks, a
    subordinate clause, a habit or a modal, nor a detail added with *also*, nor a verb without an object (*we are
    asking for patience*). A first-person perfect of one of the same acts (*I have signed a proclamation …*, *we have
    decided to send a ship …*) is taken too, anywhere on the page (:func:`_speaker_perfect`)."""
    s, e = sent
    if dates or _HABIT.search(text, s, e) or _RECITAL.match(text, s, e):
        return None
    here = _HEREBY.search(text, s, e)
    if here is not None:
        if _subordinate_clause(text[s : here.start()]) or quotation_open(text, s, here.start()):
            return None
        return (here.start("verb"), here.end("verb"))
    for m in _SPEAKER_VERB.finditer(text, s, e):
        if _progressive_lemma(m.group("verb")) in SPEAKER_ACTS:
            return (m.start("verb"), m.end("verb")) if _speakers_clause(text, s, e, m) else None
    return _speaker_perfect(text, s, e)


def _speaker_perfect(text: str, s: int, e: int) -> tuple[int, int] | None:
    """A speaker's own act of the day told in the first-person perfect, as ``(start, end)`` of its verb: *I have
    signed a proclamation …*, *we've dispatched two teams …*, *we have decided to send a ship …* (a decision to do
    one of the acts). The act is one of :data:`SPEAKER_ACTS`; the clause is checked as a progressive's
    (:func:`_speakers_clause`: a main clause, outside quotation marks, not *also*, with an object). Not an opinion
    or a feeling (*I have long believed*, *we have felt*), whose verbs are no acts, nor a running total (*to date we
    have sent more than 400 trucks*, :func:`_perfect`'s tally marks and hedged counts)."""
    for m in _SPEAKER_PERFECT.finditer(text, s, e):
        lemma = _is_participle(m.group("verb"))
        if _RUNNING_HEAD.search(text[s : m.start()]) or _TALLY_MARK.search(text, s, e) \
                or _COUNTED.match(text, m.end()) and not _one_act(lemma, text[m.end() : e]):
            return None  # 'to date we have sent more than 400 trucks': a running total, no act of the day
        if lemma == "decide":
            then = _DECIDED_TO.match(text, m.end("verb"), e)
            if then is None or then.group("verb") not in SPEAKER_ACTS:
                return None
            return (m.start("verb"), m.end("verb")) if _speakers_clause(text, s, e, m, then.end("verb")) else None
        if lemma in SPEAKER_ACTS:
            return (m.start("verb"), m.end("verb")) if _speakers_clause(text, s, e, m) else None
        return None
    return None


def _speakers_clause(text: str, s: int, e: int, m: re.Match[str], verb_end: int | None = None) -> bool:
    """Whether the subject and verb of :data:`_SPEAKER_VERB` (``m``, in the sentence ``text[s:e]``) open a main
    clause of the speaker's own act with an object (see :func:`_speaker_act`); ``verb_end``: where the act's verb
    ends, when another verb states it (*decided to send*)."""
    head = text[s : m.start("subject")]
    first = m.group("subject") in {"I", "We", "we"}
    subject = m.group("subject") if first else re.sub(r"^\W+", "", text[s + _last_break(head) : m.end("subject")])
    before = _words(head)
    if before and before[-1] in _NOT_OWN_CLAUSE or _subordinate_clause(head) or not _speaker_subject(subject, first) \
            or quotation_open(text, s, m.start("verb")) or "also" in _words(m.group("adv")):
        return False  # 'what we are asking', 'if the agency is sending', 'the office is also sending'
    return not _NO_OBJECT.match(text, m.end("verb") if verb_end is None else verb_end, e)  # not 'we are asking for patience', '… warning against …'


#: the label of a speaker's turn opening a line of a transcript ('MS. ROE:', 'THE PRESIDENT:', 'SECRETARY ROE:'):
#: the page is a briefing or a press conference in its speakers' words
_TURN_LABEL = re.compile(r"^[ \t]*(?:(?:MR|MS|MRS|DR)\.?[ \t]+)?[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){0,2}"
                         r"[ \t]*:[ \t]", re.M)
#: one-time acts of a principal's day that a briefer announces ahead (lexicon data): *the Governor will visit the
#: shelter*, *the Minister is going to be touring the depot*; those of :data:`_OCCASION_TAKING` need an
#: occasion for object
SCHEDULE_ACTS = frozenset({"meet", "travel", "visit", "attend", "tour", "host", "participate", "interview", "sign",
                           "give", "deliver", "have", "hold", "receive"})
#: acts of :data:`SCHEDULE_ACTS` that are of the day only with an occasion for object (*will have a meeting with*,
#: *will give a commencement address*; not *will have the answer*, *will give them time*); the occasions are
#: :data:`timeline.occasion_words.OCCASION_FORMS`
_OCCASION_TAKING = frozenset({"give", "deliver", "have", "hold", "receive"})
_OCCASION_OBJECT = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|another|some|separate)\s+)?(?:[\w&’'-]+\s+){0,4}?"
                              r"(?:%s)\b" % "|".join(sorted(OCCASION_FORMS, key=lambda w: (-len(w), w))), re.I)
#: a named person, a title or a pronoun of the third person, then *will* or *is going to* and the act
_SCHEDULE_VERB = re.compile(
    r"(?P<subject>\b(?:[Tt]he\s+(?:Vice\s+)?President|[Tt]he\s+First\s+Lady|[Hh]e|[Ss]he|"
    r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}))\s+(?:will|is\s+going\s+to)\s+"
    r"(?:(?:also|then|later|first)\s+)*(?:be\s+)?(?P<verb>[a-z]{3,})\b")
#: the first and second persons: a moderator's programme of the session itself (*once I have introduced her, the
#: Director will say a few words and we move to questions*), not the principal's day
_SESSION_PERSON = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Oo]ur|[Yy]our|us|me)\b")


@functools.lru_cache(maxsize=8)
def _first_turn_end(text: str) -> int:
    """Where the page's first speaker's turn label (:data:`_TURN_LABEL`) ends, past the text's end when it has none:
    found once a page, not searched again from the page's start for each of its sentences."""
    m = _TURN_LABEL.search(text)
    return m.end() if m else len(text) + 1


def _schedule_item(text: str, sent: tuple[int, int], dates: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """A briefer's announcement of the day's programme of a principal, as ``(start, end)`` of its verb: on a transcript
    (a speaker's turn label before the sentence, :data:`_TURN_LABEL`), a main clause of a third person with *will* or
    *is going to* and a one-time act of :data:`SCHEDULE_ACTS` (*From the airport, the Governor will have a working
    session with the growers*, *the Minister is going to be touring the depot*). A briefing gives the
    programme of its own day without a date: the act is scheduled on the publication day. Not with a date of its
    own, in quotation marks, a subordinate clause, a habit or another modal, nor a sentence in the first or second
    person (a moderator's programme of the session: *once I have introduced her, the Director will say a few
    words*)."""
    s, e = sent
    if dates or _first_turn_end(text) > s or _SESSION_PERSON.search(text, s, e) \
            or any(h.group().lower() != "will" for h in _HABIT.finditer(text, s, e)):
        return None  # (a habit, a clock time or another modal: 'he will visit if he can')
    for m in _SCHEDULE_VERB.finditer(text, s, e):
        word = m.group("verb")
        lemma = _progressive_lemma(word) if word.endswith("ing") else word
        if lemma not in SCHEDULE_ACTS:
            continue
        if lemma in _OCCASION_TAKING and not _OCCASION_OBJECT.match(text, m.end("verb"), e):
            continue
        head = text[s : m.start("subject")]
        if _subordinate_clause(head) or quotation_open(text, s, m.start("verb")):
            return None
        return (m.start("verb"), m.end("verb"))
    return None


#: where the act of a schedule item ends for its title: a comma, a clause break, *and then*, a dash
_SCHEDULE_END = re.compile(r"\s*(?:[,;:.!?()]|--|[—–]|\band\s+then\b)")
#: a pronoun subject: the title is the clause's own (*she will interview the Governor*: no name to put first)
_PRONOUN_SUBJECT = {"he", "she", "they", "it"}
SCHEDULED = "a briefer's programme of the day ('the Governor will visit the shelter'): scheduled on the day"


def _schedule_undated(text: str, sent: tuple[int, int], at: int) -> Undated:
    """The schedule item of :func:`_schedule_item` whose act verb starts at ``at``, as an undated scheduled event
    titled "<who> to <act> <object>" (*the Governor will have a working session with the growers, and then …*:
    "Governor to have working session with growers"); the clause analysis keeps its words and actors (a light *have*
    of an occasion has no verb group of its own)."""
    s, e = sent
    m = next(m for m in _SCHEDULE_VERB.finditer(text, s, e) if m.start("verb") == at)
    info = replace(analyse(text, s, e, at, at), kind="scheduled", reason=SCHEDULED)
    subject = re.sub(r"^[Tt]he\s+", "", m.group("subject"))
    word = m.group("verb")
    lemma = _progressive_lemma(word) if word.endswith("ing") else word
    end = _SCHEDULE_END.search(text, m.end("verb"), e)
    rest = [w for w in text[m.end("verb") : end.start() if end else e].split() if w.lower() not in {"a", "an", "the"}]
    if subject.lower() in _PRONOUN_SUBJECT:
        return Undated(s, e, at, info, "schedule")
    return Undated(s, e, at, info, "schedule", title=fit_title([subject, "to", lemma, *rest]))


@lru_cache(maxsize=16384)
def _progressive_lemma(word: str) -> str:
    """The verb lemma when ``word`` is an -ing form ("" otherwise)."""
    for lemma in all_lemmas(word.lower()).get("VERB", ()):
        if word.lower() in verb_forms(lemma).get("VBG", ()):
            return lemma
    return ""


def _event_clause(text: str, sent: tuple[int, int], at: int, *, said: bool = False,
                  historical: bool = False) -> Clause | None:
    """The analysis of the sentence's main clause around the verb at ``at``, or None when the sentence states no
    event. The clause starts after the last comma before the verb when words are left there ('Even without
    hoping …, the company has agreed') and ends before what follows the verb's own clause (an adverbial or
    relative clause, a participle: '… has declared an emergency after pressure rose …'), so that its title says
    what was done. ``said``: the verb reports a changed position ('now says it will sell'), itself the news, whose
    reported plan may be scheduled. ``historical``: the verb is a one-time act in the historical present
    (:func:`_present_act`), not a caption's present about a past date."""
    info = _historical(analyse(text, sent[0], sent[1], at, at), historical)
    if not _states_event(info, said) or info.verb == (0, 0):
        return None
    cut = _CLAUSE_END.search(text, at + 1, sent[1])
    heads = [b.end() for b in re.finditer(r"[;()—–]|:(?!//)|,(?!\d)", text[sent[0] : at])]  # not 'http://
    start = sent[0] + heads[-1] if heads and _words(text[sent[0] + heads[-1] : at]) else sent[0]
    if cut is None and start == sent[0]:
        return info
    main = _historical(analyse(text, start, cut.start() if cut else sent[1], at, at), historical)
    return main if _states_event(main, said) and main.verb != (0, 0) else info


def _historical(info: Clause, historical: bool) -> Clause:
    """``info`` read as an event when ``historical`` and it was read as a caption only for its present tense: without
    a date of its own, a present act is no caption's (:func:`_present_act`)."""
    if historical and info.kind == "caption" and info.verb_form == "present":
        return replace(info, kind="event", reason="")
    return info


def _states_event(info: Clause, said: bool = False) -> bool:
    """Whether a clause states an event, or reports a possibility (*police have said the toll could exceed 10,000*:
    the statement is news; the extractor keeps it with a low confidence and the reason in its note), or, when
    ``said``, a plan (*the club now says it will sell the stadium*: the saying is news)."""
    return info.kind in _EVENT_KINDS or info.kind == "hypothetical" and info.reason == REPORTED_POSSIBILITY \
        or said and info.kind == "scheduled"


#: a release's sentence that introduces the statement it then quotes ('Senator Roe gave the following statement about
#: the verdict:', 'The following is the full statement by Mayor Roe on the flood.'): the statement is the release's news
_INTRODUCES_STATEMENT = re.compile(
    r"\b(?:(?:released|issued|made|gave|delivered|put\s+out)\s+(?:the\s+following|the\s+below|this)"
    r"|the\s+following\s+is\s+(?:an?|the))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|remarks|comments|message)\b", re.I)


#: a statement made after another event it answers ('… the following statement after the council voted on the bill:'):
#: that event is the news, dated with the release's other mentions
_REACTS_TO = re.compile(r"\b(?:after|following|when|once)\b", re.I)


#: a measure's own act, told by the document that carries it: the sponsor line of a bill or a resolution as introduced
#: ('Ms. Roe (for herself and Mr. Poe) introduced the following bill;', 'Mr. ROE submitted the following concurrent
#: resolution, referred to a committee') and a record's entry of the chamber's vote on it ('The resolution (S. Res. 12)
#: was agreed to.', 'The bill (H.R. 40) was passed.'); not a preamble or a motion to reconsider (steps of the same vote)
_MEASURE_ACT = re.compile(
    r"\b(?P<verb>submitted|introduced|offered)\s+the\s+following\s+(?:(?:joint|concurrent|original)\s+)?"
    r"(?:bill|resolution|amendment|memorial)s?\b", re.I)
_RECORD_VOTE = re.compile(
    r"\W*the\s+(?:(?:joint|concurrent)\s+)?(?:bill|resolution|amendment|conference\s+report|nomination)\b"
    r"(?:\s+\([^()]{1,30}\))?(?:,?\s+as\s+amended,?)?\s+"
    r"(?P<verb>was\s+(?:agreed\s+to|passed|adopted|rejected|confirmed))\b", re.I)


#: who made the statement and what it is about, after 'The following is the statement' ('by the Mayor on the flood')
_STATEMENT_BY = re.compile(r"\s+(?:from|by|of)\s+(?P<who>[^,;:.]{3,60}?)\s+(?P<rel>on|about|regarding|concerning)\s+"
                           r"(?:the\s+)?(?P<what>[^;:.]{3,})", re.I)


def _statement_lede(text: str, sent: tuple[int, int]) -> Undated | None:
    """A release's opening sentence that introduces the statement it quotes, without a date (*Senator Jane Roe released
    the following statement about the verdict:*, *The following is the full statement by Coach Roe on the final.*): the
    statement is the release's news, of its publication day. Not one in quotation marks nor in the first person
    (*I issued the following statement*: a speech), nor one made after another event (*… the following statement
    after the council passed the budget:*: the vote is the news)."""
    s, e = sent
    intro = _INTRODUCES_STATEMENT.search(text, s, e)
    if intro is None or quotation_open(text, s, intro.start()) or _FIRST_PERSON_SUBJECT.search(text, s, intro.start()) \
            or _REACTS_TO.search(text, intro.end(), e):
        return None
    info = analyse(text, s, e, intro.start(), intro.start())
    if info.verb == (0, 0):
        return None
    title = ""
    if intro.group(0).lower().startswith("the following"):  # 'The following is the statement by …': no act verb
        info = replace(info, kind="event", reason="")
        who = _STATEMENT_BY.match(text, intro.end(), e)
        if who is None:
            return None
        title = statement_title(who.group("who"), who.group("rel"), who.group("what"))
    elif info.kind not in _EVENT_KINDS:
        return None
    return Undated(s, e, info.verb[0], info, "lede", title=title)


def _measure_act(text: str, sent: tuple[int, int]) -> Undated | None:
    """A sentence of a bill, a resolution or a legislative record that tells the measure's own act
    (:data:`_MEASURE_ACT`, :data:`_RECORD_VOTE`: *Mr. Roe (for himself and Ms. Poe) introduced the following bill;
    referred to a committee*, *The resolution (S. Res. 12) was agreed to.*): the document's act, of the day it is
    printed under (its date line, the publication day), wherever it stands on the page and whatever the background
    dates of its *Whereas* clauses. Not one inside a quotation (a speaker citing a past vote)."""
    s, e = sent
    m = _RECORD_VOTE.match(text, s, e) or _MEASURE_ACT.search(text, s, e)
    if m is None or quotation_open(text, s, m.start()):
        return None
    info = _event_clause(text, sent, m.start("verb"))
    if info is None:
        return None
    agreed = _AGREED_AFTER.match(text, e) if m.re is _MEASURE_ACT else None
    return Undated(s, agreed.end() if agreed else e, m.start("verb"), info, "lede", title=_measure_title(text, m, sent))


#: the chamber's act on a measure right after its sponsor line, the line broken after its semicolon (the sponsor line
#: ending '… resolution;', the next line 'which was agreed to'): the same line of the header, quoted with it
_AGREED_AFTER = re.compile(r"[^\S\n]*\n?[^\S\n]*which\s+was\s+(?:considered\s+and\s+)?agreed\s+to\b")
#: a measure's header act when the other chamber's text is received: 'Referred to the Committee on …' alone under
#: the header's day
_REFERRED_LINE = re.compile(r"\s*Referred\s+to\s+the\s+(?P<committee>(?:Select\s+)?Committee\s+on\s+[A-Z][^.;\n_]{2,80})")


#: the header of a measure's own text, as bills and resolutions are printed: the chamber's name, then the day it
#: acted alone on its line (blank lines between). In capitals, the text as introduced (the sponsor line follows);
#: in title case with the country's initials after it (', U. S.,'), the text as that chamber agreed to it (the
#: engrossed text: the measure's title follows)
_MEASURE_HEADER = re.compile(
    r"^[^\S\n]*(?P<chamber>IN\s+THE\s+(?:HOUSE\s+OF\s+REPRESENTATIVES|SENATE\s+OF\s+THE\s+UNITED\s+STATES)|"
    r"In\s+the\s+(?:House\s+of\s+Representatives|Senate\s+of\s+the\s+United\s+States),\s*U\.\s?S\.)"
    r",?[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+\d{1,2},\s+\d{4}[^\S\n]*$", re.M)
#: the measure's number printed above its header ('H. RES. 235', 'S. 1041', 'H. J. RES. 12', 'H. CON. RES. 3')
_MEASURE_NUMBER = re.compile(r"^[^\S\n]*(?:H|S)\.\s?(?P<kind>(?:J\.\s?|CON\.\s?)?RES\.|R\.)?\s*\d+[^\S\n]*$", re.M)


def _header_act(text: str, sentences: Sequence[tuple[int, int]]) -> Undated | None:
    """The act a measure's own text is printed for, read from its header when it prints no act line of its own
    (:func:`_measure_act`: the sponsor's verb cut off with the page, or an engrossed text that prints none): the
    first sentence after the header's day — its sponsor line (*Ms. Roe (for herself, Mr. Poe, …*: introduced that
    day) or the measure's title (*Expressing support for …*: agreed to by the chamber that day), quoted, dated by
    the page's publication day. None without such a header (a release that names a chamber, a Record page)."""
    head = _MEASURE_HEADER.search(text)
    if head is None:
        return None
    nxt = next(((s, e) for s, e in sentences if s >= head.end() and len(_words(text[s:e])) >= 4), None)
    if nxt is None or not re.match(r"\s*(?:RESOLUTION|A\s+BILL|AN\s+ACT|JOINT\s+RESOLUTION|CONCURRENT\s+RESOLUTION)?"
                                   r"\s*$", text[head.end() : nxt[0]]):
        return None  # the header's day is not followed by the measure's own opening
    numbers = list(_MEASURE_NUMBER.finditer(text, 0, head.start()))
    label = numbers[-1].group("kind") or "" if numbers else ""  # the last number above the header
    kind = "bill" if label in {"", "R."} else "joint resolution" if "J" in label else \
        "concurrent resolution" if "CON" in label else "resolution"
    honorific = re.match(r"(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+", text[nxt[0] : nxt[1]])  # 'Mr. Roe (for himself, …'
    sponsor = _SPONSOR.match(text, nxt[0] + (honorific.end() if honorific else 0), nxt[1])
    chamber = "Senate" if "senate" in head.group("chamber").lower() else "House"
    if sponsor is not None:
        name = " ".join(p.capitalize() if p.isupper() and len(p) > 1 else p for p in sponsor.group("who").split())
        purpose = _MEASURE_HEADING.search(text, nxt[1], min(len(text), nxt[1] + 600)) \
            or _MEASURE_TITLE_LINE.search(text, 0, head.start())
        words = [*name.split(), "introduces", kind, *_purpose_words(purpose.group("what") if purpose else "")]
    elif "U." in head.group("chamber"):
        words = [chamber, "agrees", "to", kind, *_purpose_words(text[nxt[0] : nxt[1]])]
    elif (referred := _REFERRED_LINE.match(text, nxt[0], nxt[1])) is not None:  # 'International Relations Committee'
        name = " ".join(re.sub(r"^(?:Select\s+)?Committee\s+on\s+", "", referred.group("committee")).split())
        words = f"{_capital(kind)} referred to {chamber} {name} Committee".split()
        words = words if len(" ".join(words)) <= MAX_TITLE else f"{_capital(kind)} referred to {chamber} committee".split()
    else:
        return None  # an introduced text whose sponsor line is not next
    info = replace(analyse(text, nxt[0], nxt[1], nxt[0], nxt[0]), kind="event", reason="")
    return Undated(nxt[0], nxt[1], nxt[0], info, "lede", title=fit_title(words) or f"{chamber} acts on {kind}")


#: a measure's title line above its text ('H. Res. 235: Expressing condolences to …', '114 HRES 235 IH: To amend …')
_MEASURE_TITLE_LINE = re.compile(r"^[^\n]*?\b(?:H|S)\.?\s?(?:J\.?\s?|CON\.?\s?)?(?:RES\.?|R\.?)?\s*\d+\b"
                                 r"[^\n:]{0,12}:\s*(?P<what>(?:To|[A-Z][a-z]+ing)\b[^\n]{5,})$", re.M | re.I)


def _purpose_words(what: str) -> list[str]:
    """The words of a measure's purpose a title of its act keeps: up to *and for other purposes*, at most
    :data:`_MEASURE_TITLE_WORDS`, without articles, its first word in lower case (*expressing support for …*)."""
    words = [w for w in _OTHER_PURPOSES.sub("", what).split()[:_MEASURE_TITLE_WORDS]
             if w.lower() not in {"the", "a", "an"}]
    return [words[0][:1].lower() + words[0][1:], *words[1:]] if words else []


#: a member named by title and surname ('Ms. Jackson Lee', 'Mr. GRAHAM'), the sponsor when followed by the
#: cosponsors ('(for herself and …)', the title may then be cut off by a sentence break after 'Ms.') or by the verb
_SPONSOR = re.compile(r"(?:(?<![A-Za-z])(?:Mr|Ms|Mrs|Miss|Dr)\.\s+"
                      r"(?=[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}\s+(?:submitted|introduced|offered)\b))?"
                      r"(?P<who>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})"
                      r"(?=\s*\(for\s+(?:him|her|them)sel(?:f|ves)\b|\s+(?:submitted|introduced|offered)\b)")
#: the measure's own title after its heading ('RESOLUTION Expressing support for …', 'A BILL To amend …')
_MEASURE_HEADING = re.compile(r"(?:RESOLUTION|\bA\s+BILL|\bAN\s+ACT)\s*(?P<what>(?:To|[A-Z][a-z]+ing)\b[^.;]{5,})")
_OTHER_PURPOSES = re.compile(r",?\s+and\s+for\s+other\s+purposes\b.*", re.I | re.S)
#: a second purpose in a measure's title (', commending the first responders …'), cut from the title of its act
_NEXT_PURPOSE = re.compile(r",\s+(?:and\s+)?\w+ing\b")


def _measure_title(text: str, m: re.Match[str], sent: tuple[int, int]) -> str:
    """The title of a measure's act (:func:`_measure_act`): *Jane Roe submits resolution honoring …* (the sponsor,
    the measure's own title that follows its heading, up to *and for other purposes*, at most
    :data:`_MEASURE_TITLE_WORDS` words, without articles, cut where a phrase starts to fit
    :data:`timeline.titles.MAX_TITLE`) or *Resolution (S. Res. 12) agreed to*; "" when no sponsor is named."""
    said = " ".join(text[m.start() : m.end()].split()).strip(" ,")
    if m.re is _RECORD_VOTE:
        return _capital(re.sub(r"^\W*the\s+|\s+was\b", "", said, flags=re.I))
    who = [w for w in _SPONSOR.finditer(text, sent[0], m.end()) if w.end() <= m.start()] \
        or _sponsor_before(text, sent[0], m.start())
    if not who:
        return ""
    name = " ".join(p if not p.isupper() or len(p) < 2 else p.capitalize() for p in who[0].group("who").split())
    verb = {"submitted": "submits", "introduced": "introduces", "offered": "offers"}[m.group("verb").lower()]
    kind = " ".join(said.split()[3:]).lower().rstrip("s") or "measure"
    head = _MEASURE_HEADING.search(text, m.end(), min(len(text), m.end() + 600))
    what = " ".join(_OTHER_PURPOSES.sub("", head.group("what")).split()) if head else ""
    more = _NEXT_PURPOSE.search(what, len(" ".join(what.split()[:8])))  # (after its first eight words)
    what = what[: more.start()] if more else what
    purpose = [w for w in what.split()[:_MEASURE_TITLE_WORDS] if w.lower() not in {"the", "a", "an"}]
    if purpose:
        purpose[0] = purpose[0][:1].lower() + purpose[0][1:]
    fitted = fit_title([*name.split(), verb, kind, *purpose])
    last = fitted.split()[-1] if fitted else ""
    if re.fullmatch(r"[A-Z]|[a-z]+ing", last) and len(fitted.split()) > len(name.split()) + 2:
        return f"{name} {verb} {kind}"  # a name cut at its initial ('honoring Jane Q'), a purpose without its object
    return fitted or f"{name} {verb} {kind}"


#: the opening of a sponsor line's list of cosponsors ('(for himself, Ms. Poe, …')
_COSPONSORS_OPEN = re.compile(r"\(\s*for\s+(?:him|her|them)sel(?:f|ves)\b")


def _sponsor_before(text: str, start: int, verb: int) -> list[re.Match[str]]:
    """The sponsor of a sponsor line whose sentence opens inside its list of cosponsors (*Mr. Poe, and Ms. Lee)
    submitted the following resolution*, the line broken after an honorific): the name before the bracket that list
    opens, within :data:`_COSPONSOR_REACH` characters before the sentence; [] when the sentence does not open inside
    a bracket (a closing one before the verb with no opening one) or no sponsor stands before it."""
    if ")" not in text[start:verb] or "(" in text[start : text.index(")", start)]:
        return []
    opened = list(_COSPONSORS_OPEN.finditer(text, max(0, start - _COSPONSOR_REACH), start))
    if not opened or ")" in text[opened[-1].end() : start]:
        return []
    at = opened[-1].start()
    found = _SPONSOR.finditer(text, max(0, at - 80), opened[-1].end())
    return [w for w in found if not text[w.end() : at].strip()][-1:]


#: how far before a sponsor line's sentence the bracket of its cosponsors may open
_COSPONSOR_REACH = 3000


#: the most words of a measure's own title that a title of its act keeps
_MEASURE_TITLE_WORDS = 14


def _capital(phrase: str) -> str:
    """``phrase`` with its first letter in capitals, the rest as written."""
    return phrase[:1].upper() + phrase[1:]


#: a member's statement in a legislative record: the record's speaker label at the start of a line (a title and the
#: surname in capitals, a state after 'of' when two members share it: 'Mr. ROE.', 'Ms. JACKSON LEE.', 'Mr. McROE of
#: Ohio.') and the address to the chair that opens every statement ('Mr. President,', 'Madam Speaker,')
_FLOOR_SPEAKER = re.compile(
    r"^[^\S\n]*(?:Mr|Ms|Mrs|Miss|Dr)\.\s+"
    r"(?P<name>(?:[A-Z]')?[A-Z][a-z]?[A-Z][A-Z’'-]+(?:\s+[A-Z][a-z]?[A-Z][A-Z’'-]+)?)"
    r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\.\s+(?:Mr|Madam)\.?\s+(?P<office>President|Speaker)"
    r"(?:\s+pro\s+tempore)?\s*,\s*", re.M)
#: a statement that only moves the chamber's business: a request for unanimous consent, a quorum call, a yield, a
#: motion, an objection, a point of order, an amendment sent to the desk, thanks to the chair — no speech of its own
_PROCEDURAL = re.compile(
    r"(?:I\s+(?:(?:now\s+)?ask\s+(?:for\s+)?(?:unanimous|that)|suggest\s+the\s+absence|note\s+the\s+absence|"
    r"(?:now\s+)?yield|move\b|make\s+a\s+point|raise\s+a\s+point|object\b|reserve\b|withdraw\b|demand\b|"
    r"call\s+up\b|send\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:amendment|motion|resolution|bill|report)|"
    r"(?:have\s+)?(?:a\s+)?parliamentary|thank\s+the\s+(?:Chair|Presiding|Senator|gentleman|gentlewoman))|"
    r"(?:further\s+)?reserving\s+the\s+right|will\s+the\s+(?:Senator|gentleman|gentlewoman)\s+yield|"
    r"(?:a\s+)?parliamentary\s+inquiry|(?:a\s+)?point\s+of\s+order|is\s+there\s+objection|"
    r"how\s+much\s+time)", re.I)
#: a section heading of a legislative record: a line of capitals alone ('ZIKA VIRUS FUNDING'), its chamber-and-date
#: label or the record's name after it cut off ('HARBOR SAFETY -- (Senate - May 3, 2019)', 'HARBOR SAFETY; Congressional
#: Record Vol. 165')
_RECORD_HEADING = re.compile(r"^[^\S\n]*(?P<words>[A-Z0-9][A-Z0-9’',.&/ -]*[A-Z])[^\S\n]*"
                             r"(?:(?:--|[-–—])[^\n]*|;[^\S\n]*Congressional[^\n]*)?$", re.M)


def _floor_statements(text: str, sentences: Sequence[tuple[int, int]]) -> list[Undated]:
    """Members' statements in a legislative record that the record opens with the member's recognition: the chair
    giving the member the floor (*the gentleman from Texas (Mr. Roe) is recognized for 60 minutes*, a special order)
    or the member's leave to speak, in brackets (*Ms. ROE … was given permission …*),
    right before the member's speaker label and address to the chair (:data:`_FLOOR_SPEAKER`: *Mr. ROE. Mr. Speaker,
    …*). A speech the record so sets apart is that day's act, whatever the dates of what the member recalls; one per
    member and page, quoted at the recognition. Not a statement that is procedural (:data:`_PROCEDURAL`: *I ask
    unanimous consent …*, *I note the absence of a quorum*), nor one the chair only hands over within a debate
    (*The Senator from Ohio.*), nor one quoted by another page (a release quoting *“Mr. President, I rise …”* prints
    no label). Titled *Roe addresses House on harbor safety* (the chamber told by the chair addressed, the topic by the
    record's section heading over it, :func:`_heading_topic`), *Roe speaks on House floor* (no heading), *Roe gives
    House special-order speech on …* (recognized for a special order, :data:`_SPECIAL_ORDER`); dated by
    the day the record prints as its own (:func:`timeline.published.record_line`), else by the publication day."""
    starts, ends = [s for s, _e in sentences], [e for _s, e in sentences]
    record = record_line(text)
    seen: set[str] = set()
    out = []
    for m in _FLOOR_SPEAKER.finditer(text):
        name = " ".join(_name_case(p) for p in m.group("name").split())
        k = bisect.bisect_right(starts, m.end()) - 1
        j = bisect.bisect_right(ends, m.start()) - 1  # the sentence before the speaker label
        if name in seen or k < 0 or j < 0 or sentences[k][1] <= m.end() \
                or _PROCEDURAL.match(text, m.end(), sentences[k][1]):
            continue
        rec = _RECOGNIZED.search(text, *sentences[j])
        named = [a or b for a, b in _NAMED_MEMBER.findall(text, *sentences[j])]
        if rec is None or any(n.lower() != m.group("name").lower() for n in named):
            continue  # no recognition right before, or another member's
        seen.add(name)
        s, e = sentences[j]
        chamber = "Senate" if m.group("office") == "President" else "House"
        topic = _heading_topic(text, s)
        special = _SPECIAL_ORDER.search(text, s, e) is not None
        act = [*name.split(), "gives", chamber, "special-order", "speech"] if special else \
            [*name.split(), "addresses", chamber] if topic else [*name.split(), "speaks", "on", chamber, "floor"]
        title = fit_title([*act, "on", *topic]) if topic else ""
        info = replace(analyse(text, s, e, rec.start(), rec.start()), kind="event", reason="")
        out.append(Undated(s, e, rec.start(), info, "floor", title=title or " ".join(act),
                           day=record.date if record is not None else None))
    return out


#: a member's opening words on the floor when they are an act of their own: the address to the chair (after the
#: member's label, *Mr. ROE.*), then *I rise* (to speak on a matter, for a measure, to offer an amendment) or a
#: suspension motion that passes a measure (the House taking it up): a performative, done as it is said
_FLOOR_ACT = re.compile(
    r"\W*(?:(?:Mr|Ms|Mrs|Miss|Dr)\.\s+[A-Z][\w.’' -]{1,40}?\.\s+)?(?:Mr|Madam|Madame)\.?\s+"
    r"(?:President|Speaker|Chairman|Chairwoman|Chair)(?:\s+pro\s+tempore)?\s*,\s*I\s+"
    r"(?P<verb>rise\b|move\s+to\s+suspend\s+the\s+rules\s+and\s+(?:pass|agree\s+to|concur))")
#: story sentences (eight words or more) of a record page read for the member's opening act
_FLOOR_OPENING = 2


def _floor_act(text: str, sentences: Sequence[tuple[int, int]]) -> Undated | None:
    """A member's speech that opens with a floor act (:data:`_FLOOR_ACT`: *Madam President, I rise today for the
    harbor amendment …*; a suspension motion, *I move to suspend …*) in one of the page's
    first :data:`_FLOOR_OPENING` story sentences: the member's act on the floor that day, dated by the day the record
    prints as its own, else by the publication day (a speech page's day), whatever the dates of what the member
    recalls. Not a speech whose act is only a request, a yield or a thanks (*I ask unanimous consent …*, *I thank the
    Chair*), nor a floor act later in the page (a debate's turn), nor a quotation of one (*“Mr. President, I rise
    …,” the senator said*: a release that quotes it dates it itself)."""
    told = 0
    for s, e in sentences:
        if len(_words(text[s:e])) < 8 or not re.search(r"[.!]\W*$", text[s:e]):
            continue  # a heading, a label or the record's banner: not yet the speech
        m = None if text[s:e].lstrip()[:1] in "\"“‘'" else _FLOOR_ACT.match(text, s, e)
        if m is not None:
            info = replace(analyse(text, s, e, m.start("verb"), m.start("verb")), kind="event", reason="")
            record = record_line(text)
            return Undated(s, e, m.start("verb"), info, "speaker", day=record.date if record is not None else None)
        told += 1
        if told >= _FLOOR_OPENING:
            return None
    return None


#: the record of a member given the floor: the chair's recognition ('… (Mr. Roe) is recognized for 60 minutes', 'The
#: Senator from Ohio is recognized.') or the member's leave to speak, in brackets ('Ms. ROE … was given permission',
#: the House's form)
_RECOGNIZED = re.compile(r"\b(?:is|are)\s+recognized\b|\bwas\s+given\s+permission\s+to\s+address\s+the\s+"
                         r"(?:House|Senate)\b")
#: a special order: the floor given for up to an hour after the day's business, under the Speaker's announced policy
#: (the Speaker's announced policy …: 'the gentlewoman from Ohio (Ms. Roe) is recognized for 60 minutes')
_SPECIAL_ORDER = re.compile(r"\bannounced\s+policy\b.{0,200}?\bis\s+recognized\s+for\s+\d+\s+minutes\b", re.S)
#: a member named in the record's way, in brackets or capitals ('(Mr. Roe)', 'Mr. ROE'): the surname
_NAMED_MEMBER = re.compile(r"\((?:Mr|Ms|Mrs|Miss)\.\s+([A-Z][\w’'-]+)\)|"
                           r"\b(?:Mr|Ms|Mrs|Miss)\.\s+((?:[A-Z]')?[A-Z][a-z]?[A-Z][A-Z’'-]+)\b")


def _name_case(word: str) -> str:
    """A surname printed in capitals as a name is written: *ROE* → *Roe*, *McROE* → *McRoe*, *O'ROE* → *O'Roe*."""
    if word[1:2].islower():
        return word[:3] + word[3:].lower()
    return re.sub(r"(?<=['’-])[a-z]", lambda m: m.group().upper(), word[:1] + word[1:].lower())


def _heading_topic(text: str, pos: int) -> list[str]:
    """The words of the record's section heading nearest above ``pos`` (:data:`_RECORD_HEADING`), in the case the
    text writes them in its sentences (*ANTHRAX SCARE ON CAPITOL HILL* → *anthrax scare on Capitol Hill*); [] when
    there is none."""
    heads = [h for h in _RECORD_HEADING.finditer(text, 0, pos) if len(h.group("words").split()) >= 2
             and sum(c.isalpha() for c in h.group("words")) >= 6]
    if not heads:
        return []
    words = heads[-1].group("words").split()
    return [w if w[:1].isdigit() else written_case(text, heads[-1].end(), w) for w in words]


def written_case(text: str, after: int, word: str) -> str:
    """``word`` (printed in capitals) as the text writes it after ``after`` inside its sentences: capitalised when it
    is so written there and not at a sentence's or a paragraph's start (a name: *Capitol*), else in lower case.

    Parameters
    ----------
    text : str
        The article's text.
    after : int
        Where to start looking (the end of the heading or cover that prints ``word`` in capitals).
    word : str
        The word as printed (*CAPITOL*, *HEARING*).

    Returns
    -------
    str
        *Capitol* or *hearing*.
    """
    low = word.lower()
    for m in re.finditer(r"(?<![\w’'-])" + re.escape(low) + r"(?![\w’'-])", text[after:], re.I):
        found = m.group()
        if not found[:1].isupper() or found.isupper():
            continue
        at = after + m.start()
        # capitalised where no sentence nor paragraph starts: a name
        if not re.search(r"[.!?:][\"'”’)]*\s*$", text[max(after, at - 3) : at]) \
                and not re.search(r"\n[ \t]*\n[ \t]*$", text[max(0, at - 80) : at]):
            return found[:1] + low[1:]
    return low


#: a subject denied ('No suspect has been charged', 'Neither company has commented', 'Nobody was hurt'): what did not
#: happen
_DENIED_SUBJECT = re.compile(r"\W*(?:none|nobody|nothing|no|neither)\b(?!\.)", re.I)
_DENYING = re.compile(r"\b(?:no|neither)\s+(?:[a-z-]+\s+)?$", re.I)


def _denied(text: str, subject: tuple[int, int]) -> bool:
    """Whether a clause's subject is denied: *none*, *nobody*, *no one*, or a noun after *no* or *neither* (*no suspect
    has been charged*, *neither bid was accepted*): the clause tells what has not happened."""
    s, e = subject
    return e > s and (_DENIED_SUBJECT.match(text, s, e) is not None
                      or _DENYING.search(text, max(0, s - 30), s) is not None)


def _lede(text: str, sents: Sequence[tuple[int, int]], dated: Sequence[bool], background: Sequence[bool] = (),
          *, datelined: bool = False) -> Undated | None:
    """The lede: the first sentence of the story that reads as one, when it states a past event with no date. The
    next sentence may give dates of ``background`` only (more than :data:`NEWS_DAYS` before the publication: *The
    agency launched the study last spring*); ``datelined``: only a lede opened by a dateline."""
    for k, (s, e) in enumerate(sents):
        if e - s > _MAX_SENTENCE:
            return None
        words = _words(text[s:e])
        statement = _statement_lede(text, (s, e)) if len(words) >= 6 and not dated[k] else None
        if statement is not None:
            return statement  # 'Senator Roe issued the following statement on …:' (its quoted statement may be dated)
        if len(words) < 8 or not re.search(r"[.!]\W*$", text[s:e]):
            continue  # a headline, a byline, a label or a caption line: not yet the story
        letter = _LETTER.match(text, s, e)  # 'I am writing to inform you of …': the letter is the act, of its day
        if letter is not None:
            info = _event_clause(text, (s, e), letter.start("verb"))
            return Undated(s, e, letter.start("verb"), info, "letter") if info is not None else None
        line = _DATELINE.match(text, s, e)  # 'PARIS —', '(City Council: Springfield) --'
        after = k + 1 < len(sents) and dated[k + 1] and not (k + 1 < len(background) and background[k + 1])
        if dated[k] or after or quotation_open(text, s, e) or text[s:e].lstrip()[:1] in "\"“‘'" \
                or datelined and line is None:
            return None
        main = _lede_clause_start(text, (s, e), line)
        if main is None:
            return None
        info = _event_clause(text, (main, e), main)
        if info is not None and info.verb_form not in _LEDE_FORMS and _SAYS.search(text, main, info.verb[1]):
            continue  # 'The ministry says farms must be sealed off.': a standfirst; the next sentence tells the act
        if info is not None and info.verb_form == "progressive" and line is not None:
            return _acting_lede(text, (s, e), info)  # 'WASHINGTON – Senator Jane Roe is asking the agency for …'
        act = _present_act(text, (main, e), ()) if line is not None and (info is None or info.verb_form == "present") \
            else None  # 'ROME — Judge Ana Costa names a special master …': a datelined act in the present
        if act is not None:
            found = _event_clause(text, (s, e), act[0], historical=True)
            return Undated(s, e, act[0], found, "present") if found is not None else None
        named = _NAMED.search(text, (line.end() if line else s) + 1, e)  # after the dateline's place
        return _past_lede(text, (s, e), info) if named else None
    return None


#: the opening of remarks, a statement or a report in its author's own words: the first person, then a perfect or a
#: progressive ('I've ordered the state agencies to …', 'We are launching this audit so that …', 'I am announcing a
#: bill that …'), after an opening word ('Well,', 'Today,'); not a simple past, which tells what came before
#: the day as often as the day's act
_SPEAKERS_ACT = re.compile(r"\W*(?:(?:well|today|so|now|and|first|this morning|this afternoon),?\s+)?(?:I|[Ww]e)"
                           r"(?:(?P<be>\s+(?:am|are)|[’'](?:m|re))|\s+have|[’']ve)\s+(?:also\s+|just\s+|now\s+)?"
                           r"(?P<verb>[a-z]{3,})\b", re.I)
#: verbs of a speaker's mind or of the speech itself, no act (*I want*, *I think*, *we are talking about*)
_OWN_WORDS = frozenset({"want", "hope", "wish", "think", "believe", "feel", "know", "need", "like", "love", "talk",
                        "speak", "say", "repeat", "mean", "ask", "tell", "note", "stress", "add"})
#: one-time acts a speaker tells in the progressive of the day (*I am announcing …*, *I am introducing a bill …*):
#: the historical present's acts and a member's introducing a measure
_PROGRESSIVE_ACTS = _PRESENT_ACTS | {"introduce"}


def _speakers_act(text: str, sentences: Sequence[tuple[int, int]]) -> Undated | None:
    """The act a page in its author's own words opens with, when no lede states one: the first of its first
    :data:`NEWS_SENTENCES` undated sentences (the caller's ``sentences``) of eight words or more whose main
    clause is the first person in a perfect of an act (*I've ordered the state agencies to open shelters*) or a
    progressive of a one-time act (*We are launching this audit so that the board can act*, *I am announcing a bill
    that …*), outside quotation marks (the page's own voice: remarks, a statement, a report). Not a state, a
    feeling, an intention or the speech itself (*I have been*, *I am pleased*, *I want*, *I repeat, …*, *we are
    talking about …*), nor what goes on (*we are marshaling resources*), nor a question."""
    long = [(s, e) for s, e in sentences if len(_words(text[s:e])) >= 8][:NEWS_SENTENCES]
    for s, e in long:
        m = _SPEAKERS_ACT.match(text, s, e)
        if m is None or re.search(r"\?\W*$", text[s:e]) or quotation_open(text, s, m.start("verb")):
            continue
        word = m.group("verb").lower()
        lemma = _progressive_lemma(word) if m.group("be") else next(iter(all_lemmas(word).get("VERB", ())), "")
        if not lemma or lemma in _STATIVE | _TRYING | _DELIBERATING | _OWN_WORDS \
                or m.group("be") and lemma not in _PROGRESSIVE_ACTS or text[m.end() : m.end() + 1] == ",":
            continue  # ('We are marshaling resources …': what goes on; 'I repeat, …': the speech itself)
        info = _event_clause(text, (s, e), m.start("verb"))
        if info is not None and info.verb_form in {"past", "perfect", "progressive", "passive"}:
            return Undated(s, e, m.start("verb"), info, "lede")
    return None


def _lede_clause_start(text: str, sent: tuple[int, int], line: re.Match[str] | None) -> int | None:
    """Where the main clause of a lede starts: after its dateline (``line``) and an opening absolute phrase or
    adverbial clause (*With one week left before the vote, both candidates are …*); None when the sentence is no
    lede: an opening *since* clause (*Since the storm struck, the agency has approved …*: a running total up to now)
    or a main clause in the first person (*I'm delighted to be at this congress …*, *We signed …*: a speech or a
    letter)."""
    s, e = sent
    main = line.end() if line else s
    opening = _ABSOLUTE.match(text, main, e) or _OPENING_CLAUSE.match(text, main, e)
    if opening and opening.re is _OPENING_CLAUSE and opening.group(1).lower() == "since":
        return None
    main = opening.end() if opening else main
    return None if _FIRST_PERSON.match(text, main, e) else main


def lede_clause_start(text: str, sent: tuple[int, int]) -> int | None:
    """Where the main clause of a story's opening sentence starts: after its dateline (:data:`_DATELINE`) and an
    opening absolute phrase or adverbial clause (*As the search moves west, the crews …*: the crews' clause).

    Parameters
    ----------
    text : str
    sent : (int, int)
        The sentence's offsets in ``text``.

    Returns
    -------
    int or None
        The offset; None when the sentence opens a running total with *since …* or speaks in the first person
        (see :func:`_lede_clause_start`).
    """
    return _lede_clause_start(text, sent, _DATELINE.match(text, *sent))


def _past_lede(text: str, sent: tuple[int, int], info: Clause | None) -> Undated | None:
    """A lede whose main clause (``info``; its sentence names an actor) states a past event: in the past, the
    passive (*was*, *were*, *has been*, *have been*) or the present perfect, its subject neither in the first
    person (*During the past days, I have read …*: a letter) nor denied (*No suspect has been charged*), and not a
    state (:func:`_state_lede`); None otherwise."""
    if info is None or info.verb_form not in _LEDE_FORMS \
            or _FIRST_PERSON.fullmatch(text[info.subject[0] : info.subject[1]]) or _denied(text, info.subject):
        return None
    if info.verb_form == "passive" and not re.match(r"(?:was|were|has been|have been)\b",
                                                    text[info.verb[0] : info.verb[1]], re.I):
        return None
    if _state_lede(text, sent[0], info):
        return None
    return Undated(sent[0], sent[1], info.verb[0], info, "lede")


#: a relative word right before a verb (with an auxiliary or an adverb between): the verb is a relative clause's
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that|whom)\s+(?:(?:has|have|had|was|were|is|are|\w+ly)\s+){0,2}$",
                              re.I)


def _state_lede(text: str, sent_start: int, info: Clause) -> bool:
    """Whether a lede's main clause states a state, not news: a copula (*John Roe was the club's chairman for 30
    years*, *there were signs of hope*), also when the verb found is a relative clause's in the copula's complement
    (*The crew is grateful to all who have helped*; not a relative clause without a main verb before it, *…, the
    close of the old mill that stood by the river*: a headline-like fragment may name the news)."""
    if info.verb_lemma == "be" and info.verb_form != "passive":
        return True
    rel = _RELATIVE_BEFORE.search(text, max(sent_start, info.verb[0] - 40), info.verb[0])
    return rel is not None and re.search(r"\b(?:is|are|was|were)\b", text[sent_start : rel.start()]) is not None


#: verbs whose progressive or present tells a trend, a state or a wait, no act of the day (*cases are rising*, *the
#: country is facing a shortage*, *the search nears completion*, *residents are waiting*)
_GOING_ON = frozenset({"near", "approach", "grow", "rise", "fall", "increase", "decrease", "face", "suffer", "deal",
                       "wait", "await", "hope", "expect", "struggle", "try", "attempt", "look", "plan", "prepare",
                       "seek", "run"})


def goes_on_only(lemma: str) -> bool:
    """Whether a verb's progressive (or present) tells only what goes on, no act of its day: a trend, a state, a
    wait or an attempt (:data:`_GOING_ON`: *cases are rising*, *the region faces a shortage*, *officials are
    waiting*), or a state verb (*remain*, *continue*, *hold*).

    Parameters
    ----------
    lemma : str
        The verb's lemma.

    Returns
    -------
    bool
    """
    return lemma in _GOING_ON or lemma in _STATIVE


def _acting_lede(text: str, sent: tuple[int, int], info: Clause) -> Undated | None:
    """A datelined lede in the present progressive of an act on something by a named actor (*WASHINGTON – Chairman
    Jane Roe is asking the agency for answers about …*, *PARIS — Acme Corp. is recalling 20,000 heaters*): a release
    or a wire reports with it what its actor does on its day. Not a verb of trying, waiting or a trend, nor one
    without an object (*both candidates are moving cautiously*), nor one whose subject names no one."""
    before = text[info.start : info.verb[0]]  # the subject ('Chairman Jane "Jo" Roe (D-NY)'), from the clause start
    lemma = _progressive_lemma(text[info.verb[0] : info.verb[1]].split()[-1])
    thing = text[info.object[0] : info.object[1]]  # ('moving cautiously': a manner, no object)
    if not lemma or lemma in _TRYING | _STATIVE or not thing or re.match(r"\w+ly\b", thing) \
            or not any(_full_name(a) and a in before for a in info.actors):
        return None
    return Undated(sent[0], sent[1], info.verb[0], info, "lede")


def _as_statement(text: str, sentences: Sequence[tuple[int, int]]) -> str:
    """``text`` with the quotation marks of an opening statement blanked (offsets kept): a release that opens with a
    quotation attributed to no one in its text (*"The Ministry has now received the reports from both firms. We
    appreciate …"*, the statement released as quoted words) is the release's own text, not speech it reports — its
    first paragraph, the lede (the later paragraphs of a statement over several stay the speaker's words). A
    quotation whose closing mark is followed by its speaker (*…," the mayor said*) stays a quotation."""
    first = next(((s, e) for s, e in sentences if len(_words(text[s:e])) >= 8), None)
    if first is None:
        return text
    a = first[0] + len(text[first[0] : first[1]]) - len(text[first[0] : first[1]].lstrip())
    if text[a : a + 1] not in {"“", '"'}:
        return text
    close = text.find("”" if text[a] == "“" else '"', a + 1)
    if close < 0:
        return text
    tail = re.split(r"[.!?\n]", text[close + 1 : close + 120])[0]
    if set(_words(tail)) & _ATTRIBUTION:
        return text  # '…," said the mayor': a quotation of the speaker's words
    if "\n" in text[a:close]:  # a statement over paragraphs: its first paragraph opens the release
        return text[:a] + " " + text[a + 1 :]
    return text[:a] + " " + text[a + 1 : close] + " " + text[close + 1 :]


#: a link that opens a clause of background after a sentence's main clause ('…, where the damaged tower stands', '…
#: as crews race to repair it', '… who have been waiting'): its words tell no news of the main clause
_BACKGROUND_LINK = re.compile(r",?\s+\b(?:where|who|whom|whose|which|as|while|because|since|until|although|"
                              r"though|whereas)\b", re.I)


def _main_clause(text: str, start: int, end: int) -> str:
    """The sentence ``text[start:end]`` up to the first clause of background after three words or more
    (:data:`_BACKGROUND_LINK`): the words that tell its news."""
    for m in _BACKGROUND_LINK.finditer(text, start, end):
        if len(text[start : m.start()].split()) >= 3:
            return text[start : m.start()]
    return text[start:end]


def _dated_nearby(text: str, sentences: Sequence[tuple[int, int]], k: int,
                  recent: Sequence[Sequence[tuple[int, int]]], subject: tuple[int, int]) -> int | None:
    """Whether the sentence before or after sentence ``k`` dates the same news to a recent day: a lede restated
    with its day ('… has rocked the region. The quake struck the region on Thursday evening': two content words
    shared with the dated sentence's main clause, :func:`_main_clause`, the event its date dates, not with the
    background after it, *Engineers have started building a second launch pad as crews race to repair the damaged
    tower. The agency chief toured the launch site on Wednesday, where the damaged tower stands*; 'An explosion has been reported … The explosion occurred at 3:30 pm': a word of the subject, the
    words before the verb in its clause), whose dated mention wins: that sentence's index, or None."""
    own = set(content_terms(text[sentences[k][0] : sentences[k][1]]))
    head = set(content_terms(text[subject[0] : subject[1]])) if subject[1] else set()
    for j in (k - 1, k + 1):
        if 0 <= j < len(sentences) and recent[j]:
            other = set(content_terms(text[sentences[j][0] : sentences[j][1]]))
            if len(own & set(content_terms(_main_clause(text, *sentences[j])))) >= 2 or head & other:
                return j
    return None


def _new_figure(text: str, own: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether sentence ``own`` gives a figure (a number in digits) that sentence ``other`` does not: it then reports
    a new count, not the news of its dated neighbour."""
    figures = set(re.findall(r"\d[\d,.]*\d|\d", text[own[0] : own[1]]))
    return bool(figures - set(re.findall(r"\d[\d,.]*\d|\d", text[other[0] : other[1]])))


def reports_news(published: dt.date, periods: Iterable[Period]) -> bool:
    """Whether an article reports news of its day, not a look back (an anniversary piece, a feature).

    News dates what it reports close to its publication; an article with two or more dated events, all more
    than :data:`NEWS_DAYS` before its publication, looks back, and its perfects state results as of now (*more than
    1,500 firms have closed for good*, *rebuilding has commenced*), not events of its day.

    Parameters
    ----------
    published : datetime.date
    periods : iterable of Period
        The periods of the article's dated events.

    Returns
    -------
    bool
        True when fewer than two periods are given, or one ends less than :data:`NEWS_DAYS` days before
        ``published`` (or after it).
    """
    periods = list(periods)
    return len(periods) < 2 or any((published - p.end).days < NEWS_DAYS for p in periods)


#: what follows a date that opens a dateline before its place (*6/21/2012 - GRANITE BAY, Ruritania -- The wing …*,
#: *May 3, 2019 – PARIS – The club …*), as military and agency releases print it: a dash, the place in capitals (its
#: state or country after a comma), a dash. A date, a dash and the lede (*May 3, 2019 – The club fired …*) is a
#: chronicle's entry, dated by its date, and is not this
_PLACE_AFTER_DATE = re.compile(r"\s*(?:-{1,2}|[–—])\s*[A-Z][A-Z.’' ]{2,40}(?:,\s*[A-Z][\w.’' ]{1,25})?"
                               r"\s*(?:--?\s+|[–—]-?\s*)")
#: what opens a gazette's running head before its date, and follows it (*12, No. 7 / Friday, May 3, 2019 /
#: Notices*, *Vol. 31, No. 120 / June 2, 2020 / Rules*): the issue's volume and number, the date set off
#: by slashes; the date of the printed page, not of what it prints
_ISSUE_BEFORE_DATE = re.compile(r"\s*(?:Vol(?:ume)?\.?\s*)?\d{1,4},?\s+(?:No\.|Number)\s*\d{1,5}\s*/\s*")
_SLASH_AFTER_DATE = re.compile(r"\s*/")


def in_dateline(text: str, sent: tuple[int, int], date: tuple[int, int]) -> bool:
    """Whether a date lies in the dateline that opens its sentence (*PARIS, May 3, 2019 – The club fired …*,
    *Eastport (May 3, 2019) – …*, *6/21/2012 - GRANITE BAY, Ruritania -- …*) or in a gazette's running head opening it
    (*12, No. 7 / Friday, May 3, 2019 / Notices …*): the publication's date, not one of the
    news the sentence tells."""
    line = _DATELINE.match(text, sent[0], sent[1])
    if line is not None and date[1] <= line.end():
        return True
    if not text[sent[0] : date[0]].strip():
        return _PLACE_AFTER_DATE.match(text, date[1], sent[1]) is not None
    head = _ISSUE_BEFORE_DATE.match(text, sent[0], date[0] + 1)
    return head is not None and head.end() == date[0] and _SLASH_AFTER_DATE.match(text, date[1], sent[1]) is not None


def _by_sentence(sentences: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]
                 ) -> list[list[tuple[int, int]]]:
    """The spans that lie within each sentence (sentences in order; linear after sorting, for long articles)."""
    out: list[list[tuple[int, int]]] = [[] for _ in sentences]
    starts = [s for s, _ in sentences]
    for span in sorted(spans):
        k = bisect.bisect_right(starts, span[0]) - 1
        if k >= 0 and span[1] <= sentences[k][1]:
            out[k].append(span)
    return out


#: a sentence that times what it tells from an event it names, not from the page's day ('Two weeks after the flood,
#: the crews had cleared …', 'About a month since the vote, …', "It's been ten days since the quake struck …")
_AFTER_EVENT = re.compile(
    r"\W*(?P<been>it(?:['’]s|\s+has|\s+had)\s+been\s+)?(?:(?:about|nearly|almost|some|just|only|barely|"
    r"more\s+than|less\s+than|over|under)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|several|(?:a\s+)?few|\d+)\s+(?:full\s+)?(?:hours?|days?|weeks?|months?|years?)\s+"
    r"(?P<link>after|since|following|into)\s+", re.I)


def times_from_event(text: str, sent: tuple[int, int]) -> str:
    """How a sentence opens (after any dateline) by counting time from an event it names: ``"since"`` for a span
    up to the time of writing (*About a month since the vote, …*, *It's been ten days since the quake*), ``"after"``
    for a time that long after the event (*Two weeks after the flood, the crews had cleared the roads*, also
    *following*, *into*); "" when it does not.

    Parameters
    ----------
    text : str
    sent : (int, int)
        The sentence's offsets in ``text``.

    Returns
    -------
    str
    """
    line = _DATELINE.match(text, *sent)
    m = _AFTER_EVENT.match(text, line.end() if line else sent[0], sent[1])
    if m is None:
        return ""
    return "since" if m.group("been") or m.group("link").lower() == "since" else "after"


def _timed_from_event(text: str, found: Undated) -> bool:
    """Whether an undated report is timed from an event its sentence names (:func:`times_from_event`), and so is no
    report of the page's day: a lede told in the past that long *after* the event (*One week after the storm hit,
    the crews had cleared the roads*: a week after the storm), or any report of a span *since* it (a state up to
    now). A present perfect *after* a count is still the day's news (*Only a month after the fire, the mill has
    reopened its doors*)."""
    link = times_from_event(text, (found.start, found.end))
    return link == "since" or link == "after" and found.rule == "lede"


def undated_events(
    text: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[tuple[int, int]],
    *,
    recent: Sequence[tuple[int, int]] = (),
    background: Sequence[tuple[int, int]] = (),
    lede: bool = True,
    restated: bool = False,
    looking_back: bool = False,
) -> list[Undated]:
    """Sentences of a news story that state an event without a date expression of their own.

    Parameters
    ----------
    text : str
        The raw article text.
    sentences : sequence of (int, int)
        The story's sentences (boilerplate excluded), in order, as offsets into ``text``.
    dates : sequence of (int, int)
        Offsets of the date expressions that date something (a day, a month, a weekday …).
    recent : sequence of (int, int), optional
        Offsets of the quotes of dated events (not stamps, references …) on a recent day: the publication day or
        one of the :data:`RECENT_DAYS` before it. A present perfect next to a sentence so dated that shares two
        content words with it is left to that sentence's dated mention.
    background : sequence of (int, int), optional
        Offsets of those of ``dates`` that lie more than :data:`NEWS_DAYS` before the publication: a sentence after
        the lede that gives only such dates tells background (*the agency launched the study last spring*), and
        does not date the lede's news.
    lede : bool, default True
        Also take the lede in the past tense (see the module docstring).
    restated : bool, default False
        Also return the present perfects left to a dated neighbour, with rule ``"restated"`` (no candidates: their
        statement may title the neighbour's).
    looking_back : bool, default False
        The article looks back (:func:`reports_news` is false): only a lede opened by a dateline is taken (a
        release's *WASHINGTON — The agency released results of a study …* is its day's news, whatever the dates
        of its background).

    Returns
    -------
    list of Undated
        In text order, at most one per sentence besides a member's recognized statement in a legislative record
        (rule ``"floor"``, :func:`_floor_statements`).
    """
    voiced = in_own_voice(text)  # before the statement a release quotes is read as its own text: that is quoted
    text = _as_statement(text, sentences)  # a release opening with its statement in quotation marks: its own text
    per_sent, near = _by_sentence(sentences, dates), _by_sentence(sentences, recent)
    out: dict[int, Undated] = {}
    if lede or looking_back:
        first = _story_lede(text, sentences, per_sent, background, looking_back)
        if first is not None:
            out[first.start] = first
    acts = 0
    for s, e in sentences:  # a measure's own act, also on a page of background 'Whereas' clauses
        act = None if s in out or any(s <= a < e for a, _b in dates) else _measure_act(text, (s, e))
        if act is not None:
            out[s], acts = act, acts + 1
    header = None if acts else _header_act(text, sentences)  # a measure's text whose act line it does not print
    if header is not None and header.start not in out:
        out[header.start] = header
    opening = None if looking_back or any(u.rule == "lede" for u in out.values()) \
        else _speakers_act(text, [sent for sent, own in zip(sentences, per_sent) if not own])
    if opening is not None and opening.start not in out:
        out[opening.start] = opening  # remarks or a statement in its speaker's words: the act it opens with
    floors = _floor_statements(text, sentences)  # a member's recognized statement: the act of the record's day
    floor = None if floors else _floor_act(text, sentences)  # also on a page that looks back
    if floor is not None and floor.start not in out:
        out[floor.start] = floor  # 'Madam President, I rise today for …': the member's act on the floor that day
    for k, ((s, e), own) in enumerate(zip(() if looking_back else sentences, per_sent)):
        found = None if s in out else _undated_sentence(text, sentences, k, own, near, restated, voiced)
        if found is not None:
            out[s] = found
    kept = [u for u in out.values() if not _timed_from_event(text, u)]
    return sorted([*kept, *floors], key=lambda u: (u.start, u.rule == "floor"))


def _story_lede(text: str, sentences: Sequence[tuple[int, int]], per_sent: Sequence[Sequence[tuple[int, int]]],
                background: Sequence[tuple[int, int]], datelined: bool) -> Undated | None:
    """The lede of :func:`undated_events` (:func:`_lede`), told which sentences hold a date outside their dateline
    (``per_sent``: the dates of each sentence; not a year that ends a title, :func:`_year_in_name`) and which only
    dates of ``background``."""
    old = [set(d) <= set(b) for d, b in zip(per_sent, _by_sentence(sentences, background))]
    dated = [any(not in_dateline(text, sent, d) and not _year_in_name(text, d) for d in ds)
             for sent, ds in zip(sentences, per_sent)]
    return _lede(text, sentences, dated, old, datelined=datelined)


#: the end of a title before its year: a capitalised word (not a month's or a season's name) and *of*, or two
#: capitalised words and a comma (*the Clean Rivers Act of 2015*, *Appropriations Act, 2008*, *Class of 2019*; not
#: *However, 2015 …*)
_NAME_BEFORE_YEAR = re.compile(r"(?:\b[A-Z][\w-]*\s+(?=[A-Z][a-z]+,)|\b(?=[A-Z][a-z]+\s+of\s))"
                               r"(?!(?:January|February|March|April|May|June|July|August|September|October|"
                               r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|"
                               r"Fall|Autumn|Winter)\b)[A-Z][a-z]+(?:\s+of|,)\s+$")


def _year_in_name(text: str, date: tuple[int, int]) -> bool:
    """Whether a date is a bare year that ends a title (:data:`_NAME_BEFORE_YEAR`: *introduced the Clean Rivers Act
    of 2015*): it names the thing, and dates nothing the sentence tells.

    Parameters
    ----------
    text : str
    date : (int, int)
        The date expression's offsets.

    Returns
    -------
    bool
    """
    return re.fullmatch(r"\d{4}", text[date[0] : date[1]]) is not None \
        and _NAME_BEFORE_YEAR.search(text, max(0, date[0] - 40), date[0]) is not None


#: how many story sentences open a report of a disaster (eight words or more, ending with a stop): the latest count
#: of its dead is told there, as the news of the day (:data:`NEWS_SENTENCES`); a count further down retells another
#: place's or an older one
TOLL_SENTENCES = NEWS_SENTENCES
#: people counted (*at least 44 people*, *nine*, *more than 1,000 local residents*)
_TOLL_COUNT = r"(?:" + _HEDGE + r"\s+)?" + _AMOUNT + r"(?:\s+[a-z][\w-]*){0,2}?"
#: the dead of a disaster counted as of the day, in the forms news gives its toll: a count of the dead attributed to
#: an authority (*coastal authorities say at least 44 people were killed*, *officials said at least 12 people have
#: died*; not a perfect of killing, *the virus has killed more than 1,000 people*: a running total), the toll's rise
#: (*the official death toll rose to at least 230*), its level as an authority gives it (*officials say the death
#: toll stands at 85*; not a level described, *while the latest toll stands at 40*, *the toll, which currently
#: stands at 9*) or deaths confirmed (*the health ministry has confirmed more than 1,400 deaths*). Groups ``verb`` …
#: ``verb4``: the verb the clause is read around
_TOLL = re.compile(
    r"\b(?:say|says|said|report|reports|reported|confirm|confirms|confirmed)\s+(?:that\s+)?" + _TOLL_COUNT
    + r"\s+(?P<verb>(?:have|had|has)\s+died|died|(?:have|had|has)\s+been\s+killed|were\s+killed)\b"
    r"|\b(?:death\s+)?toll\b(?:(?!\b(?:which|that|currently)\b)[^.;:]){0,60}?\b(?P<verb2>rose|climbed|jumped|reached|"
    r"(?:has|have)\s+(?:risen|climbed|jumped|reached))\s+(?:to\s+)?(?:" + _HEDGE + r"\s+)?\d"
    r"|\b(?:say|says|said)\s+(?:that\s+)?the\s+(?:[\w-]+\s+)?(?:death\s+)?toll\b(?:(?!\b(?:which|that|currently)\b)"
    r"[^.;:]){0,60}?\b(?P<verb3>stands|stood|is)\s+(?:at\s+)?(?:" + _HEDGE + r"\s+)?\d"
    r"|\b(?P<verb4>(?:has|have)\s+confirmed)\s+" + _TOLL_COUNT + r"\s+deaths\b", re.I)


def _toll(text: str, sent: tuple[int, int], own: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The verb of the day's toll a sentence gives (:data:`_TOLL`), as ``(start, end)``: a disaster report states
    the latest count of its dead as the news of its day, a figure the running totals of :func:`_perfect` leave out
    (most of them are not news of one day; a toll is, and the next day's is another). None when the sentence
    quotes it, or has a date of its own that names no thing (*the death toll from Tuesday's earthquake* keeps it)."""
    s, e = sent
    m = _TOLL.search(text, s, e)
    if m is None or quotation_open(text, s, m.start()) or text[s:e].lstrip()[:1] in "\"“‘'":
        return None
    if any(not _modifies_noun(text, d, e) for d in own):
        return None
    name = next(g for g in ("verb", "verb2", "verb3", "verb4") if m.group(g))
    return m.start(name), m.end(name)


def _story_rank(text: str, sentences: Sequence[tuple[int, int]], k: int) -> int:
    """How many story sentences (eight words or more, ending with a stop) come before sentence ``k``."""
    return sum(1 for s, e in sentences[:k] if len(_words(text[s:e])) >= 8 and re.search(r"[.!]\W*$", text[s:e]))


def _undated_verb(text: str, sent: tuple[int, int], own: Sequence[tuple[int, int]]
                  ) -> tuple[tuple[int, int], str] | None:
    """The verb group of a sentence's undated event and its rule (``"perfect"``, ``"now"``, ``"present"``,
    ``"speaker"`` or ``"schedule"``), the first rule that finds one deciding; None when none does or the sentence is
    a question (or a questioner's turn) or a run of text too long to be a sentence (a table …). ``own``: the
    sentence's dates."""
    s, e = sent
    if e - s > _MAX_SENTENCE or re.search(r"\?\W*$", text[s:e]) or question_turn(text, s):
        return None
    for rule, find in (("perfect", _perfect), ("now", _now), ("present", _present_act), ("speaker", _speaker_act),
                       ("schedule", _schedule_item)):
        verb = find(text, sent, own)
        if verb is not None:
            return verb, rule
    return None


def _undated_sentence(text: str, sentences: Sequence[tuple[int, int]], k: int, own: Sequence[tuple[int, int]],
                      near: Sequence[Sequence[tuple[int, int]]], restated: bool, voiced: bool = False
                      ) -> Undated | None:
    """Sentence ``k`` as an undated event of :func:`undated_events` (a present perfect, *is now* + -ing, a present
    act), or None: also when a neighbour dated on a recent day (``near``) tells the same news, unless ``restated``
    asks for a present perfect so left to it (rule ``"restated"``), and for a present perfect after the first
    sentence of a page in its author's own voice (``voiced``, :func:`in_own_voice`) unless *just* or *now* marks it
    done just now."""
    s, e = sentences[k]
    found = _undated_verb(text, (s, e), own)
    if found is None and _story_rank(text, sentences, k) < TOLL_SENTENCES:
        verb = _toll(text, (s, e), own)
        found = (verb, "toll") if verb is not None else None
    if found is None:
        return None
    verb, rule = found
    if rule == "schedule":
        return _schedule_undated(text, (s, e), verb[0])
    info = _event_clause(text, (s, e), verb[0], said=rule == "now" and _NOW_SAYS.match(text, verb[0]) is not None,
                         historical=rule in ("present", "speaker"))
    if info is None:
        return None
    j = _dated_nearby(text, sentences, k, near, (s + _last_break(text[s : verb[0]]), verb[0]))
    if j is not None and rule in ("now", "toll") and _new_figure(text, (s, e), sentences[j]):
        j = None  # a new count 'now confirmed' (a new toll) beside a dated sentence without that figure
    if j is not None:
        return Undated(s, e, verb[0], info, "restated", sentences[j]) if restated and rule == "perfect" else None
    if rule == "perfect" and _restates_far(text, sentences, near, k, info):
        return None  # 'The council has responded with a budget that …' after 'the council passed a budget on Monday'
    if rule == "perfect" and voiced and k > 0 and not _JUST_DONE.search(text[info.verb[0] : info.verb[1] + 1]):
        return None  # a speaker's account of what has gone on ('the regime has deceived the world'), not the day's news
    if rule == "perfect" and _how_things_stand(text, sentences, k, info):
        return None  # 'Along the quay, market stalls have reopened' down the story: how things stand
    if rule == "perfect" and _reported_below_lede(text, sentences, k, verb[0]):
        return None  # 'Roe said the crews have cleared the road' below the lede: the source's account
    if rule == "perfect" and _story_rank(text, sentences, k) >= 1 and _CONTRAST_OPENING.match(text, s):
        return None  # 'However, critics have dismissed the plan' below the lede: weighed against the news
    return Undated(s, e, verb[0], info, rule)


def _how_things_stand(text: str, sentences: Sequence[tuple[int, int]], k: int, info: Clause) -> bool:
    """Whether an undated present perfect (sentence ``k``, analysed as ``info``) tells how things stand rather than
    the day's news: it comes after the first :data:`NEWS_SENTENCES` story sentences of the report, and its sentence
    up to the perfect names no one and nowhere (:func:`_names_someone`: *Along the quay, market stalls have reopened*,
    *Across the valley, the drought has taken a heavy toll*, *Six patients have gone home*, *The organisers have
    scrambled to fix late faults*).

    A report puts the news of its day at the top; further down it gives context, figures and background. There an
    undated perfect of a named doer, place or source still reports an act (*EPRA has sent rescue teams*, *In
    Eastport, 40 workers have fallen ill*, *the mayor said 200 homes have been cleared*), while one of a thing, a
    count or an unnamed group sums up a situation as of the page's day, which no event falls on. A perfect marked
    done just now (*has just*, *has now*) stays the day's news.

    Parameters
    ----------
    text : str
    sentences : sequence of (int, int)
        The story's sentences.
    k : int
        The sentence's index.
    info : Clause
        The analysis of its clause.

    Returns
    -------
    bool
    """
    if _story_rank(text, sentences, k) < NEWS_SENTENCES or _JUST_DONE.search(text[info.verb[0] : info.verb[1] + 1]):
        return False
    return info.subject[1] > info.subject[0] and not _names_someone(text, sentences[k][0], info.verb[0])


#: words of contrast that open a sentence (*But*, *However*, *Yet*, *Still,*, *Nevertheless*): the sentence sets
#: itself against what the report said before it, qualifying or weighing its news (*However, critics have dismissed
#: the plan*, *But the ferry fund has run dry*, *Yet the agency has only offered …*); below the lede an undated
#: perfect so opened tells how things stand against that news, not a new act of the page's day
_CONTRAST_OPENING = re.compile(r"\W*(?:But|However|Yet|Still,|Nevertheless|Nonetheless|Even so)\b")
#: verbs of saying that put a clause in a source's mouth (*said*, *says*, *told reporters*, *added that*,
#: *estimates*): :data:`_SAYING` with the verbs that give a source's estimate or belief, less the verbs that make a
#: thing known (*revealed*, *disclosed*: the news itself) and the participle *reporting*
_REPORTED_BY = (_SAYING - {"reporting", "revealed", "reveals", "disclosed", "discloses"}) | {
    "saying", "tells", "report", "estimated", "estimates", "explained", "explains", "insisted", "insists", "believes",
    "believe"}
#: one of :data:`_REPORTED_BY` not closed by punctuation: a present perfect after it, in the same sentence, is what
#: the source reports
_SAYING_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_REPORTED_BY)) + r")\b(?!\s*[,;:.)])")
#: a determiner or an adjective of a noun of the same spelling (*the report*, *a statement*, *its estimates*)
_SAYING_NOUN = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|these|those|new|latest|final|"
                          r"annual|weekly|daily|official|written|joint|initial)\s+$", re.I)

#: an auxiliary or a copula between a verb of saying and the perfect: the saying has a clause of its own, and the
#: perfect is not what it reports (*the official who said the pier was unsafe has resigned*)
_FINITE_BETWEEN = re.compile(r"\b(?:is|are|was|were|am|has|have|had|will|would|can|could|may|might|must|shall|"
                             r"should|do|does|did)\b", re.I)
#: a relative pronoun before the verb of saying (*the official who warned …*): the saying belongs to the subject's
#: description, and the perfect after it is the sentence's own act
_RELATIVE_SAYER = re.compile(r"\b(?:who|which|that)\s+(?:\w+ly\s+)?$")  # not 'the WHO says'
#: a preposition after the verb of saying (*warned of the danger*, *told of the crash*): it reports a thing, not a
#: clause; or the word is a noun (*in states like Norvia*)
_SAYING_OF = re.compile(r"\s+(?:of|about|against|on|for|in|at|with|to|like|such)\b", re.I)
#: a verb of saying whose reported subject is a pronoun right before the perfect (*says it has*, *said they have*):
#: the source tells its own act, an announcement and the news of its day, not an account of others
_OWN_ACT_TOLD = re.compile(_SAYING_BEFORE.pattern + r"\s+(?:that\s+)?(?:it|they|he|she)\s+(?:\w+ly\s+)?$")


def _reported_below_lede(text: str, sentences: Sequence[tuple[int, int]], k: int, verb: int) -> bool:
    """Whether an undated present perfect (sentence ``k``, its auxiliary at ``verb``) is what a source reports below
    the report's lede (*Roe said the crews have cleared the road*, *The union says 40 members have been
    arrested*, *the chairman added that the board has approved …*).

    A news report tells its news in its own voice at the top (the lede) and then quotes its sources: their claims,
    estimates, assessments and details of their own account. Below the lede a perfect put in a source's mouth by a
    verb of saying before it is that account, dated by the speaking, not an act the report dates to its day; the
    lede's own *X says Y has done …* stays the day's news (:func:`_story_rank` 0), and so does a source's account of
    its own act (:data:`_OWN_ACT_TOLD`: *the union says it has filed a complaint*: an announcement) and a perfect that
    comes before its attribution (*Crews have cleared the road, Roe said*: the report's own statement of the news).

    Parameters
    ----------
    text : str
    sentences : sequence of (int, int)
        The story's sentences.
    k : int
        The sentence's index.
    verb : int
        The offset of the perfect's auxiliary.

    Returns
    -------
    bool
    """
    if _story_rank(text, sentences, k) < 1:
        return False
    s = sentences[k][0]
    if _OWN_ACT_TOLD.search(text, s, verb):
        return False  # 'the union says it has filed a complaint': the source announces its own act, the day's news
    return any(not _SAYING_NOUN.search(text, s, m.start()) and not _RELATIVE_SAYER.search(text, s, m.start())
               and not _FINITE_BETWEEN.search(text, m.end(), verb) and not _SAYING_OF.match(text, m.end(), verb)
               for m in _SAYING_BEFORE.finditer(text, s, verb))


#: a person's office written with a capital ('the President', 'the Secretary'): a title, not the name of a body
_OFFICES = {"president", "secretary", "minister", "governor", "mayor", "chairman", "chairwoman", "chair", "chief",
            "director", "senator", "speaker", "spokesman", "spokeswoman", "spokesperson", "commissioner", "king",
            "queen", "prince", "princess", "pope", "general", "judge", "justice", "prosecutor", "sheriff", "premier",
            "chancellor", "ambassador", "administrator", "superintendent", "leader", "manager", "coach", "captain",
            "ceo", "founder", "owner", "representative", "congressman", "congresswoman", "inspector", "officer"}
#: words that stand for a doer named before: *he* or *she*, *it* or *they* as the perfect's subject, or a person's
#: office (:data:`_OFFICES`: *the president*, *the governor said …*)
_STANDS_FOR = re.compile(r"\b(?:he|she)\b|\b(?:it|they)\s+(?:\w+ly\s+)?$|\bthe\s+(?:[a-z-]+\s+)?(?:"
                         + "|".join(sorted(_OFFICES)) + r")\b", re.I)


def _names_someone(text: str, start: int, verb: int) -> bool:
    """Whether a sentence from ``start`` up to its verb at ``verb`` names a doer, a place or a source: a capitalised
    word where no sentence starts (*the Harbour Guard*, *In Eastport*, *Roe said*), an acronym (*EPRA*), a sentence's
    first word that the text also writes capitalised inside a sentence (*Tarrow*, *Norvia*; not *Six*,
    *Officials*, *Organisers*), or words that stand for a doer named before (:data:`_STANDS_FOR`: *he*, *the
    president*)."""
    if _STANDS_FOR.search(text, start, verb):
        return True
    for m in re.finditer(r"[A-Z][\w.&-]*", text[start:verb]):
        word, at = m.group(), start + m.start()
        if word.lower() in _NOT_GIVEN:
            continue  # 'The', 'In', 'After': capitalised only where a sentence starts
        opening = not re.search(r"[\w’'-]", text[start:at])
        if not opening or len(word) > 1 and word.isupper() or written_case(text, 0, word)[:1].isupper():
            return True
    return False


def _restates_far(text: str, sentences: Sequence[tuple[int, int]], recent: Sequence[Sequence[tuple[int, int]]],
                  k: int, info: Clause) -> bool:
    """Whether a present perfect names again, by the capitalised word of its subject and the head of its object,
    what a sentence of the article dated on a recent day states (*Late Monday, the Assembly passed a Budget Bill (BB)
    … The Assembly has responded with a BB that …*): the dated sentence tells that news, the perfect restates it."""
    subject = text[info.subject[0] : info.subject[1]]
    # the object, or the phrase after the verb up to a clause or a comma ('has responded with a BB that …': 'BB')
    thing = text[info.object[0] : info.object[1]] or re.split(r"\b(?:that|which|who|to)\b|[,;:(]",
                                                              text[info.verb[1] : sentences[k][1]])[0]
    names = {w for w in re.findall(r"\b[A-Z][\w’'.-]+", subject) if w.lower() not in {"the", "a", "an"}}
    heads = [w for w in re.findall(r"[\w’'-]+", thing) if w.lower() not in _NOT_GIVEN]
    if not names or len(heads) != 1 or len(heads[0]) < 2:
        return False  # one noun, the head of a short phrase: not a long description to match loosely
    head = heads[0]
    for j, dated in enumerate(recent):
        if j != k and dated:
            other = text[sentences[j][0] : sentences[j][1]]
            if all(re.search(r"\b" + re.escape(w) + r"\b", other) for w in names) \
                    and re.search(r"\b" + re.escape(head) + r"\b", other, re.I):
                return True
    return False


#: a sentence that only leads into the words it quotes next ('The minister said:', 'Dr. Ann Roe told reporters:'): the
#: quotation that follows is what was said, the lead-in is no event of its own
_QUOTE_LEAD = re.compile(r"\s*(?:[\w’'.-]+\s+){1,6}?(?:said|says|added|adds|wrote|writes|stated|states|continued|"
                         r"explained|declared|told\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s*:\s*")


#: the end of a sentence cut off before its end (a page's line break): a function word or an adverb, no stop
_CUT_OFF = re.compile(r"\b(?:the|an?|of|to|and|or|but|was|were|is|are|has|have|had|be|been|by|for|with|from|in|on|at|"
                      r"that|which|who|[a-z]+ly)\s*$")


def continued_events(
    text: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[tuple[int, int]],
    days: Sequence[str | None],
) -> list[tuple[Undated, str]]:
    """Past-tense sentences without a date that go on from a sentence dated on a recent day, in one paragraph.

    News tells a day's doings in one paragraph and dates only its first sentence: *Today, the Secretary traveled to
    the border. The Deputy Minister joined officials in three cities. The Health Secretary visited two field
    hospitals.* A sentence in the simple past whose subject is a name (a named actor doing something,
    not a situation), with no date of its own and no line break before it, takes the day of the sentence before —
    one dated on the publication day or the :data:`RECENT_DAYS` before it, or itself so continued. So does a
    sentence whose subject names again, by a capitalised word, the body the sentence before names (*The Assembly
    approved the budget on Wednesday. Instead the Assembly majority rejected …*: :func:`_actor_again`; or, as *the*
    and one noun, the thing it names: *… hit by the storm. The storm killed …*: :func:`_thing_again`), and one whose
    body *also* acted, from the nearest sentence with a day that names it, across paragraphs (:func:`_also_again`).
    Other undated past-tense sentences stay out: read alone they cost more precision than they bring
    (``docs/events.md``).

    Parameters
    ----------
    text : str
        The raw article text.
    sentences : sequence of (int, int)
        The story's sentences, in order.
    dates : sequence of (int, int)
        Offsets of the date expressions that date something.
    days : sequence of str or None
        Per sentence, the one recent day (``YYYY-MM-DD``) its dated events give, else None.

    Returns
    -------
    list of (Undated, str)
        Each sentence so dated (rule ``"continued"``) with its day, in text order.
    """
    per_sent = _by_sentence(sentences, dates)
    out: list[tuple[Undated, str]] = []
    day: str | None = days[0] if days else None
    given = list(days)  # the day of each sentence, dated or continued
    for k in range(1, len(sentences)):
        pe, (s, e) = sentences[k - 1][1], sentences[k]
        before, day = day, days[k]
        if day or per_sent[k] or e - s > _MAX_SENTENCE or re.search(r"[?]\W*$", text[s:e]) \
                or _CUT_OFF.search(text, s, e) or text[s:e].lstrip()[:1] in "\"“‘'" or _QUOTE_LEAD.fullmatch(text, s, e):
            continue  # (a question, or a line cut off before its end: 'The X-band radio debris was wrongly')
        found = None if before is None or "\n" in text[pe:s] else _named_going_on(text, sentences, k)
        if found is not None:
            out.append((found, before))
            day = given[k] = before  # the next sentence may go on from this one
            continue
        again = _also_again(text, sentences, k, given)  # across paragraphs; or 'She also opened …' right after
        if again is not None:
            out.append(again)
            day = given[k] = again[1]
    return out


def _named_going_on(text: str, sentences: Sequence[tuple[int, int]], k: int) -> Undated | None:
    """Sentence ``k`` in the simple past when a name does what it tells (*Secretary Jane Doe visited*, not *The
    President made*, *Many a fortress*; a name opening a clause joined by *and*: that clause) or its subject names
    again the body of the sentence before (*The council approved the budget on Monday. Instead the council majority
    rejected …*); None otherwise."""
    s, e = sentences[k]
    info = _event_clause(text, (s, e), s)
    subject = text[info.subject[0] : info.subject[1]] if info is not None else ""
    at = _named_doer(text, (s, e), info, subject) if info is not None and info.verb_form == "past" else None
    if at is not None and at > s:  # the name opens a clause joined by 'and': that clause is the event
        info = _event_clause(text, (at, e), at)
        name = re.match(r"(?:[\w’'.-]+\s+)*?[\w’'.-]+\s+(?=[a-z])", text[at:e])
        if info is None or name is None or info.verb[0] != at + name.end():
            return None  # the word after the name is not the clause's verb ('and Jane Doe's aides left')
    if at is None and info is not None and info.verb_form == "past" \
            and (_actor_again(text, info.subject, s, sentences[k - 1])
                 or _thing_again(text, (s, info.subject[1]), sentences[k - 1])):
        at = s
    if info is None or at is None or info.verb_form != "past" or quotation_open(text, s, info.verb[0]):
        return None
    return Undated(s, e, info.verb[0], info, "continued")


def _also_again(text: str, sentences: Sequence[tuple[int, int]], k: int, given: Sequence[str | None]
                ) -> tuple[Undated, str] | None:
    """Sentence ``k`` in the simple past, its subject a body named again and *also* before its verb (*The Assembly
    also passed a bill to …*), with its day: that of the nearest sentence before it that has one (``given``: dated
    or continued; across a quotation's paragraphs or an undated sentence), when that sentence names the body — a
    second act of the body on that day. A personal pronoun for a subject (*He also named a new chief of staff*)
    takes the day of the sentence right before only, whose doer it names again. None otherwise."""
    s, e = sentences[k]
    info = _event_clause(text, (s, e), s)
    if info is None or info.verb_form != "past" or quotation_open(text, s, info.verb[0]) \
            or not re.search(r"\balso\s+$", text[info.subject[1] : info.verb[0]] + " "):
        return None
    pronoun = _PERSONAL.fullmatch(text, s, info.verb[0]) is not None and info.verb_lemma not in _GOING_ON_SAYING
    for j in range(k - 1, max(-1, k - 8), -1):
        if given[j]:
            ok = _actor_again(text, info.subject, s, sentences[j]) or pronoun and j == k - 1
            return (Undated(s, e, info.verb[0], info, "continued"), given[j]) if ok else None
    return None


#: a sentence opened by a personal pronoun and *also* before its verb ('He also …', 'They also …')
_PERSONAL = re.compile(r"\W*(?:he|she|they)\s+also\s*", re.I)
#: verbs that go on with what the speaker of the sentence before said ('She also stressed that …', 'He also urged
#: …'): more of one statement, no second act
_GOING_ON_SAYING = {"say", "tell", "add", "note", "stress", "emphasize", "emphasise", "underscore", "underline",
                    "reiterate", "repeat", "urge", "express", "call", "praise", "welcome", "thank", "describe", "warn",
                    "argue", "insist", "explain", "point", "acknowledge", "highlight", "comment", "remark", "ask",
                    "suggest", "voice", "mention", "recall", "cite", "predict", "promise", "pledge", "vow"}


def _actor_again(text: str, subject: tuple[int, int], start: int, before: tuple[int, int]) -> bool:
    """Whether a subject names again, by a capitalised word not opening its sentence (at ``start``), the body named
    in the sentence before (*The Assembly voted on Monday to … . The Assembly also passed …*; not *The President*, a
    title of :data:`_OFFICES`, nor *Officials*)."""
    caps = [m.group() for m in re.finditer(r"[\w’'.-]+", text[subject[0] : subject[1]])
            if m.group()[:1].isupper() and len(m.group()) > 2 and m.group().lower() not in _OFFICES
            and text[start : subject[0] + m.start()].strip()]
    return any(re.search(r"\b" + re.escape(w) + r"\b", text[before[0] : before[1]]) for w in caps)


def _thing_again(text: str, lead: tuple[int, int], before: tuple[int, int]) -> bool:
    """Whether a sentence's lead up to the end of its subject (``lead``) is *the* and one lower-case noun that names
    again what the sentence before names with *the* or *a* and that noun (*Flooding began Tuesday in towns hit by the
    storm known as Kit. The storm killed at least 12 people.*; *A fire broke out at the mill on Monday. The fire
    destroyed two sheds.*): a definite noun resumes the thing just named, as a name does (:func:`_actor_again`); not
    a title of :data:`_OFFICES` (*the president*)."""
    m = re.fullmatch(r"\W*[Tt]he\s+([a-z][a-z-]{2,})\s*", text[lead[0] : lead[1]])
    if m is None or m.group(1).lower() in _OFFICES:
        return False
    return re.search(r"\b(?:the|an?)\s+" + re.escape(m.group(1)) + r"\b", text[before[0] : before[1]], re.I) is not None


def _named_doer(text: str, span: tuple[int, int], info: Clause, subject: str) -> int | None:
    """Where the doing of a name starts in a sentence, if a name does what it tells: the sentence start when its
    subject holds a full name (*Secretary Jane Doe visited*); the name's offset when it opens a clause joined by *and*
    and a lower-case word after it (*Lawmakers held hearings and Governor Jane Doe denounced …*; the caller checks
    that word is the clause's verb in the past); else None."""
    names = [a for a in info.actors if _full_name(a) or _surname(text, span[0], a)]
    lead = text[span[0] : info.verb[0]]  # 'Costa also promised …' (a subject the clause did not mark)
    if any(a in subject or re.fullmatch(r"\W*" + re.escape(a) + r"(?:\s+(?:also|\w+ly))?\s*", lead) for a in names):
        return span[0]
    for a in names:
        m = re.search(r"\band\s+(" + re.escape(a) + r")\s+[a-z]", text[span[0] : span[1]])
        if m:
            return span[0] + m.start(1)
    return None


def _surname(text: str, start: int, actor: str) -> bool:
    """Whether an actor of one word is the surname of a person the text named in full before ``start`` (*Coach Ana
    Costa … . Costa also promised …*): news names a person in full once, then by the surname."""
    if re.fullmatch(r"[A-Z][a-z][\w’'-]+", actor) is None:
        return False
    given = re.finditer(r"\b([A-Z][a-z][\w’'.-]*)\s+" + re.escape(actor) + r"\b", text[:start])
    return any(m.group(1).lower() not in _NOT_GIVEN for m in given)  # not 'In Costa', 'The Costa'



def _full_name(actor: str) -> bool:
    """Whether an actor is a name of two capitalised words or more besides a leading article (*Secretary Jane Doe*,
    *Assistant to the President John Roe*; not *The President*, nor a sentence's opening *Many a fortress*)."""
    words = re.findall(r"[\w’'.-]+", actor)
    if words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    caps = [w for w in words if w[:1].isupper()]
    joins = {"of", "for", "to", "the", "and", "de"}
    return len(caps) >= 2 and all(w[:1].isupper() or w.lower() in joins for w in words)
