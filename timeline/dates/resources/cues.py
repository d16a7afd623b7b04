"""Patterns of context: tense and clause cues, sentence breaks and the words around an expression that the rules
check (data only)."""
from __future__ import annotations

import re

from . import lexicon as L
from .patterns import DAY, MON_D, WD, WORDYEAR, YEAR
from .words import LABEL_PLURALS, LABEL_PREV


RX_NUMERIC_CUE = re.compile(
    r"(?P<cue>\b(?i:on|effective|as\s+of|dated|until|till|through|thru|since|by|from|before|after|starting|"
    rf"beginning|ending)|\b{WD}|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+$")

RX_LEFTMOD = re.compile(
    r"(?:^|(?<=[\s(\"“‘'—–-]))(?P<m>(?i:about|around|approximately|roughly|nearly|almost|some|more\s+than|"
    r"less\s+than|fewer\s+than|at\s+least|up\s+to|no\s+more\s+than|at\s+most|no\s+later\s+than|"
    r"no\s+earlier\s+than|the\s+(?:end|beginning|start|middle|close|latter\s+part|early\s+part|first\s+half|"
    r"second\s+half|dawn|outset)\s+of|early|late|mid))(?P<sep>\s+|-)$")
# sentence breaks: not after a title or month abbreviation ("Mr. Smith", "Aug. 7"), nor before a lower-case word or a
# digit ("5 p.m. on Friday", "Aug. 7")
_SENT_ABBR = "Mr Mrs Ms Dr St Gen Sen Rep Gov Lt Col Sgt Capt Rev No Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec".split()
RX_SENT = re.compile(r"(?:[.!?](?<!" + r")(?<!".join(rf"\b{a}\." for a in _SENT_ABBR) + r")"
                      r"[\"”’')\]]*\s+(?=[^\sa-z0-9(])"
                      r"(?!(?:Eastern|Central|Mountain|Pacific|[ECMP][SD]T|GMT|UTC)\b)"
                      r"|\n\s*(?=\S))")
# paragraphs: after a blank line in a text that has them, else after each line end
RX_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
RX_LINE = re.compile(r"\n\s*")
# "U.S. Senator Jane Roe", "the U.N. Security Council": an initialism before a name or a title does not
# end the sentence; one before a word that usually opens a sentence does ("... to the U.S. The talks ...")
RX_INITIALISM_END = re.compile(r"(?:^|[^\w.])(?:[A-Z]\.){2,}$")


RX_FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|going\s+to|(?:is|are|was|were|be)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to|"
    r"plans?\s+to|planned|scheduled|expect(?:s|ed)?|would|next|upcoming|tomorrow|hope[sd]?\s+to|aims?\s+to|"
    r"intends?\s+to|wants?\s+(?:[\w’'.-]+\s+){0,4}?to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)|"
    r"later\s+this|set\s+(?:to|for)|payable|due\s+to\s+(?!the\b|a\b)|to\s+be\s+held|"
    r"(?:is|are)\s+to|"
    # scheduled present ("his successor takes over on Monday", "the summit opens Friday"); not a tally's noun
    # ("passed the levy Monday by a vote of 9 to 4", "in a 5-2 vote": the vote taken; "a vote on Feb. 2" is to come)
    r"(?:begins|starts|opens|re-?opens?|restarts?|reconvenes?|closes|ends|meets|arrives|leaves|departs|returns|resumes|resume|expires|convenes|"
    r"(?<![\d,]\s)(?<!electoral\s)(?<!popular\s)(?<!\bthe\s)(?<!\bof\s)votes|"
    r"(?<!['’]s\s)(?<!\bthe\s)(?<!\bby\sa\s)(?<!\d\s)vote(?!\s+of\s+\d)|meet|holds|hosts|faces|facing|"
    r"visits|travels|flies|heads|plays|gathers?|awaits?|ahead\s+of|sets|"
    r"due\s+(?:out|back|in|on|for|by)|(?:is|are)\s+(?:on|slated|at|due|closed|shut)|go(?:es)?\s+to\s+the\s+polls|"
    r"(?<!was\s)(?<!were\s)prepar(?:e|es|ing)\s+for|preparations\s+for|rescheduled|counting\s+on|"
    r"on\s+(?:course|track|schedule)\s+to|poised\s+to|planning\s+to|must\s+(?!have\b)|adjourns?|"
    r"\b(?:when|once|until|after|before)\s+(?:he|she|it|they|we|you|I|the\s+[a-z]+)\s+(?:is|are)\s+[a-z]+ed\b|"
    r"as\s+(?:early|soon)\s+as|could\s+(?!not\b|have\b|n['’]t)|might\s+(?!have\b)|(?-i:may)\s+(?!have\b)|"
    r"new\s+deadline|deadline\s+is|(?:moved|pushed|put)\s+(?:up\s+|back\s+|forward\s+|off\s+)?(?:to|until)\b|"
    r"(?:postponed|delayed|extended)\s+(?:\w+\s+){0,3}?(?:to|until)\b|"
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:end|begin|start)(?!\s+(?:of|to)\b)|"
    r"\b(?:a|the|its|their|his|her)\s+(?:pledge|promise|vow|plan|bid|decision|agreement)\s+to\s+"
    r"(?!(?:the|a|an|his|her|its|their)\b)|"
    r"takes\s+over|takes\s+effect|kicks\s+off|goes\s+into\s+effect|"
    # what a step opens the way to lies ahead of it ("clearing the way for the merger on Jan. 20")
    r"(?:pav|clear|open)(?:es|s|ing)\s+the\s+way\s+(?:for|to)|in\s+the\s+run-up\s+to))\b|['’]ll\b", re.I)
RX_PAST = re.compile(
    r"\b(?:was|were|had|did|ago|last|yesterday|took|began|met|came|went|made|gave|held|saw|brought|bought|sold|"
    r"paid|left|won|lost|fell|rose|got|built|led|ran|sent|spent|struck|stood|found|kept|became|wrote|"
    r"said|told|spoke|heard|felt|meant|sought|fought|caught|drew|flew|grew|knew|threw|broke|chose|fled|"
    r"been|fallen|risen|gone|seen|taken|given|grown|shown|begun|hit|died|fed|led|shed|fled|"
    r"earlier(?!\s+than\b)|(?!(?:exceed|proceed|succeed|need|feed|speed|seed|indeed|breed|heed|deed|greed|hundred|kindred|"
    r"sacred|naked|wicked|rugged|embed|shred)\b)[a-z]{3,}ed)\b", re.I)
# verbs whose past is their base form ("the court set", "Hale cut"): past after a singular subject (its present
# would take -s), when an object or particle follows ("set a hearing", "hit back"), not a noun ("a rate cut was")
RX_PAST_BARE = re.compile(r"\b(?P<v>set|cut|put|hit|let|shut|quit|cast|bid|split|spread|cost|shed|upset)"
                           r"\s+(?=(?:the|a|an|its|his|her|their|our|up|down|off|out|back|aside|\d|\$)\b)")
RX_BARE_SUBJECT = re.compile(
    r"(?:\b(?:it|he|she)|\b(?i:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]*[a-rt-z]|"
    r"(?<![\w’'-])(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|It|He|She|They|We|I|You)\b)[A-Z][a-z]*[a-rt-z])"
    r"(?<!\bwill)(?<!\bwould)(?<!\bshall)(?<!\bshould)(?<!\bcan)(?<!\bcould)(?<!\bmay)(?<!\bmight)(?<!\bmust)"
    r"(?<!\bto)(?<!\bnot)(?<!\bdid)(?<!\bdoes)(?<!\bdo)(?<!\bnever)"
    rf"(?:\s+(?:on\s+)?{WD}(?:\s+(?:morning|afternoon|evening|night))?)?\s+$")


RX_ARTICLE_GAP = re.compile(r"\s+(?:an?|the)\s+")
RX_THAT = re.compile(r"\bthat\b", re.I)
RX_SUBORDINATE = re.compile(r"\b(?:before|after|when|until|because|while|although)\b|,\s*(?:where|which|who)\b",
                             re.I)
# clause boundaries inside a sentence: ", and", ", but", ";", ", while" ...
RX_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|although|though|as|so)\b|;|\s[—–]\s|\s--\s", re.I)
RX_COORDINATE = re.compile(r",\s+(?:and|but|so)\s+(?:he|she|it|they|we|I|you|the|this|that|these|those)\b|;", re.I)
RX_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:[a-z]{3,}ed|[a-z]+en|fled|left|lost|won|held|made|spent|"
                              r"sold|bought|built|paid|sent|kept|met|fought|grown|gone|risen|fallen|spread|hit|"
                              r"cut|put|set|shut|quit|run|come|become|begun|done|seen|died|struck|reached)\b", re.I)
RX_RELATIVE = re.compile(r",\s+(?:who|which|whose|where)\b", re.I)


# between a past verb and a date after it: what makes the date another verb's or a plan's ("said it will redeem …
# on Oct. 31", "invited to a ceremony on March 12", "agreed that talks resume on May 2")
RX_GOVERN_BLOCK = re.compile(
    r"[,;:(]|\b(?:to|will|would|shall|going|is|are|am|be|been|being|that|which|who|when|if|because|after|before|"
    r"until|till|through|thru|by|effective|while|as|due|expected|scheduled|planned|set|next|for)\b", re.I)
RX_FUTURE_ANYWHERE = re.compile(r"\b(?:will|would|shall|going\s+to|to)\b|['’]ll\b", re.I)
# past forms that do not say what was done on a date after them (reporting, auxiliaries, time words)
RX_NOT_GOVERNING = re.compile(r"(?:was|were|had|did|ago|last|yesterday|earlier|said|told|been|[a-z]+en)$", re.I)
RX_BE_BEFORE = re.compile(r"\b(?:be|been|being|stay|stays|remain|remains|get|gets)\s+$", re.I)
# a determiner right before an "-ed" word makes it an adjective, not a past verb: "on a still unspecified date",
# "the proposed merger", "its long-delayed launch" (a finite verb never follows a determiner)
RX_DETERMINER_ADJ_BEFORE = re.compile(
    r"\b(?:a|an|the|its|his|her|their|our|your|this|these|those|each|every|any|no)\s+"
    r"(?:(?:still|yet|as[- ]yet|long|newly|recently|previously|already|widely|much|so-called)[\s-]+)?$", re.I)
# an "-ed" word after the object of a plain or -ing keep / leave / get / make is its complement, not a past verb ("to keep the
# pool heated through May", "left the road flooded until Friday")
RX_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:keep|keeps|keeping|leave|leaves|leaving|get|gets|getting|make|makes|making)\s+"
    r"(?:(?:the|a|an|its|his|her|their|our|your|this|that|these|those)\s+)?[a-z]+\s+$", re.I)
RX_BE_PRESENT_BEFORE = re.compile(r"\b(?:be|been|being|is|are)\s+$", re.I)  # "will be / is sentenced on"
RX_BE_BEFORE_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were|has|have)\s+(?:\w+ly\s+)?$", re.I)
RX_TO_VERB = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|\d)\b)[a-z]+\b")
# an infinitive marker right before a verb: a "to"-infinitive after a date is the purpose of the verb before it
RX_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
# "was"/"were" opening a past progressive ("were treating dozens"): what went on, not a state
RX_PROGRESSIVE_AFTER = re.compile(
    r"\s+(?:(?:still|already|also|now)\s+)?"
    r"(?!(?:during|nothing|something|anything|everything|morning|evening|thing|king|spring|string|ceiling)\b)"
    r"[a-z]{2,}ing\b")
# a past speech verb right before the date (not "will be announced on Monday")
RX_SPEECH_BEFORE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bto )\b(?:said|announced|told\s+[A-Z]?\w+|reported|stated|added|declared|confirmed|"
    r"denied|warned|insisted|disclosed|revealed|indicated)\s+(?:on\s+)?$", re.I)
# a trailing attribution closing a sentence: ", officials said.", ", the ministry said in a statement."
RX_ATTRIBUTION = re.compile(
    r",\s+(?:[\w.’'-]+\s+){0,5}(?:said|says|told\s+[\w.’'-]+|reported|announced|added)"
    r"(?:\s+(?!that\b)[\w.’'-]+){0,4}(?:\s*[.!?]?[\"”’']*\s*$|(?=,\s+(?:and|but)\b))")
RX_PROPER = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:for|of|the|and|de|on)\s+)*[A-Z][\w’'-]*)*")
# "after <subject> <finite verb>": the event is a clause, not a noun phrase
RX_CLAUSE_AFTER = re.compile(
    r"\s*(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|he|she|they|it|we|I)\s+"
    r"(?P<verb>[a-z]{2,}ed|was|were|had|took|made|won|lost|said|began|left|went|came|fell|rose|became|got|held|met|"
    r"broke|gave|sent|set|struck|ran|saw|told|wrote|fought|paid|sold|bought|built|led|brought|put|cut|shut|quit|"
    r"declared|signed)\b")
RX_CUE_WORD = re.compile(r"([\w’'-]+)[\s\"“(]*$")
RX_NEXT_WORD = re.compile(r"\s*([\w’'-]+)")
# where the noun phrase after "N days after/before" ends (a comma, a preposition, a conjunction, a relative word):
# its last word, when lower-case, heads it ("the company's bankruptcy filing, …", "the signing of …": the event the
# offset counts from); a name ends it otherwise ("two days after Roe in …")
RX_NOUN_PHRASE_END = re.compile(
    r",|\b(?:of|in|on|at|by|to|for|with|from|and|but|or|when|that|which|who|as|after|before|while|where|was|were|"
    r"is|are|had|has)\b")
RX_NOUN_PHRASE_HEAD = re.compile(r"\s*(?:\S+\s+){0,5}(?P<head>[a-z]{3,})\s*")
RX_THAT_ANAPHOR = re.compile(
    r"\s+(?i:that|this)(?=\s*[,.;:!?)]|\s+(?:he|she|they|it|we|I|the|a|an|his|her|their|its)\b)")
RX_FRACTION_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))(?:(?i:a|one)\s+)?(?P<f>(?i:half|quarter))(?:\s+(?i:of))?\s+$")
# a sentence about a game: its quarters and halves are periods of play
RX_SPORTS = re.compile(r"\b(?:scored|scoring|touchdowns?|field\s+goals?|free\s+throws?|rebounds|assists|"
                        r"quarterback|halftime|half-time|overtime|inning|innings|goals?\s+(?:in|from)|"
                        r"(?:led|trailed)\s+by\s+\d+|the\s+(?:game|match)\b)", re.I)


# a past that looks ahead to the date: "was supposed to close on", "agreed to extend the deadline to", "a trial
# beginning", "moved the meeting to", "set a trial for"; the date may lie on either side of the publication date
# a month-day naming a scheduled event as a premodifier ("the November 3 election", "its Oct. 17 deadline"): the
# event's date, not the clause's; the clause's tense does not say on which side of the publication date it lies
RX_EVENT_NOUN_AFTER = re.compile(
    r"(?:,\s+\d{4})?\s+(?:(?:general|presidential|parliamentary|special|runoff|run-off|shareholder|shareholders['’]?|"
    r"annual|board|court|extraordinary|emergency|final|filing|tender|bid|payment|"
    r"[A-Z][\w’'-]*)\s+){0,2}"
    r"(?:elections?|votes?|vote-counts?|polls?|ballots?|referendums?|referenda|primar(?:y|ies)|caucus(?:es)?|runoffs?|"
    r"deadlines?|meetings?|hearings?|summits?|debates?|conventions?|inaugurations?|ceremon(?:y|ies)|"
    r"conferences?|auctions?|trials?|launch(?:es)?|talks|sessions?|expiration|expiry|closing|"
    r"court\s+date|opening|kickoff|kick-off|showdown|appearance|sentencing|arraignment)\b")
# ... in a prepositional phrase (not a past verb's object, "held its Oct. 17 hearing"; not after "after/since")
# a year-valued mention right before a day or month: "one year ago on June 4", "last year in May"
RX_YEAR_THEN_DAY = re.compile(r",?\s+(?:on|in)\s+|\s*,\s*")
RX_EVE_OF_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))(?i:the)\s+(?i:eve)\s+of\s+$")
# background to a present-perfect report: "has been reported after a quake that hit on Friday"
RX_BACKGROUND_CLAUSE = re.compile(r"\b(?:after|since|following)\b", re.I)
RX_PERFECT_PRESENT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?[a-z]+(?:ed|en|wn|un|ne)\b", re.I)
# a month name as an adjective of a generic noun phrase names no date: after an indefinite article and a few
# lower-case adjectives, before a part of the day ("a crisp October morning", "on a warm June day"), or
# before a part of the day in the plural ("crisp October evenings")
RX_GENERIC_MONTH_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Aa]ny|[Ss]uch\s+an?)\s+"
                                     r"(?:[a-z][a-z-]*,?\s+){0,3}$")
RX_GENERIC_MONTH_AFTER = re.compile(r"\s+(?:day|morning|afternoon|evening|night|sky|sun|dawn|dusk)(?![\w-])")
RX_GENERIC_MONTH_PLURAL = re.compile(r"\s+(?:days|mornings|afternoons|evenings|nights|skies)(?![\w-])")
# the words of a deictic expression, counted from the writer's time ("last year", "the past year", "this August")
RX_DEICTIC_WORD = re.compile(r"(?i:last|this|next|(?:the\s+)?past|(?:the\s+)?coming|this\s+past)\s")
RX_INDEFINITE_BEFORE = re.compile(
    r"(?<!\bheld\s)(?<!\bhad\s)(?<!\bhosted\s)(?<!\battended\s)(?<!\bconvened\s)(?<!\bcompleted\s)\b(?i:an?)\s+$")
RX_DETERMINER_BEFORE = re.compile(
    r"\b(?i:in|for|at|before|ahead\s+of|to|until|toward|towards|of|on|into|over)\s+"
    r"(?:(?i:the|an?|its|their|his|her|our|this|that|next|upcoming|scheduled)|[A-Z][\w.-]*['’]s)\s+$")
RX_FUTURE_IN_PAST = re.compile(
    r"\b(?:(?:was|were)\s+(?:supposed|due|set|scheduled|slated|expected|poised|going|about|meant)\s+to|"
    r"had\s+been\s+(?:scheduled|set|planned|expected|slated|due)|"
    r"(?:agreed|decided|voted|promised|pledged|vowed|planned|ordered|intended|offered|proposed|threatened|chose|"
    r"opted)\s+to\s+[a-z]+\b|"
    r"(?:beginning|starting)\s+(?:on\s+)?$|(?:set|scheduled|fixed)\s+(?:[\w’'-]+\s+){1,4}?for\s+$|"
    r"(?:moved|pushed|postponed|delayed|extended|rescheduled)\s+(?:[\w’'-]+\s+){1,4}?(?:to|until|till)\s+$|"
    # a scheduled event's own date after a past copula: "the deadline was Oct. 28" (said on Oct. 7)
    r"\b(?:deadline|due\s+date|trial|vote|hearing|meeting|election|closing|expiry|expiration)\s+"
    r"(?:was|had\s+been)\s+$)", re.I)


# a present progressive ("are hosting", "is leaving", "is now flying"): with no other tense cue in its clause, a bare
# weekday after it is an arrangement to come ("The new stadium is hosting its first match Saturday"), as a
# scheduled present is ("opens Friday")
RX_PROGRESSIVE_PRESENT = re.compile(
    r"\b(?:is|are|am)\s+(?:(?:still|now|also|already)\s+)?"
    r"(?!(?:during|nothing|something|anything|everything|morning|evening|thing|king|spring|string|ceiling|being)\b)"
    r"[a-z]{2,}ing\b", re.I)
# a word between such a progressive and the weekday that brings in another happening the weekday may date
# ("are still waiting for news after the crash on Monday", "is recovering from the fall on Sunday"): no arrangement
RX_PROGRESSIVE_GAP_BLOCK = re.compile(r"\b(?:after|before|since|following|from|of|about|over|amid|during)\b", re.I)
RX_ENDING_BEFORE = re.compile(r"\b(?:ending|expiring)\s+$", re.I)  # "with the fiscal year ending Thursday"
# a year said to have ended, in the past ("As 2014 ended", "2014 came to an end"): the text was written after it
#: a year written right after "year-end" names whose year-end it is ("assets of $110 billion at year-end 2022",
#: "year-end of 2022"): that year's December 31, not the page's year
RX_YEAREND_YEAR = re.compile(r"(?:\s+of)?\s+(?P<y>(?:1[89]|20)\d\d)(?![\d%-]|\.\d|s\b)")
RX_YEAR_ENDED = re.compile(r"\s+(?:had\s+)?(?:ended|came\s+to\s+(?:an\s+)?end|drew\s+to\s+(?:a\s+)?close)\b")
RX_FISCAL_BEFORE = re.compile(r"\b(?i:fiscal|financial|FY|season|year)\b")  # "fiscal 2014 ended in June": not the year
# a period up to now that a trend ran over: "over the past year", "throughout the last decade"
RX_PAST_PERIOD = re.compile(r"(?i:the\s+(?:past|last))\s+(?:year|decade|century)")
RX_SPAN_BEFORE = re.compile(r"\b(?i:over|throughout)\s+$")
RX_THIS_WEEKDAY = re.compile(rf"(?i:this)\s+(?:{L.WEEKDAY_RE})")  # "this Wednesday"
RX_SCHEDULED_FOR = re.compile(r"\b(?:scheduled|slated|set|planned|due)\s+(?:for|on)\s+$", re.I)  # "set for this Friday"


RX_RECENTLY = re.compile(r"\b(?:most\s+recently|latest|last\s+time)\b", re.I)
# an aside between a date that opens a sentence and its main clause: "On May 3—hours after the final whistle—the
# club sacked its coach", "On May 2, a day after the vote, the board resigned"
RX_ASIDE_AFTER = re.compile(r"\s*(?:—|–|--)[^—–.!?\n]{1,160}(?:—|–|--)\s*|,[^,.!?\n]{1,160},\s*")
RX_OPENER = re.compile(r"[\s\"“(]*(?:(?:In|By|Until|From|During|Since|On|Later|Then|And|But|That|Early|Late)"
                        r"(?:\s+(?:in|on))?\s+)?")


# A dated list or chronicle: a line opening on a month-day followed by a colon or a dash ("Oct 17: Acme raises
# its bid", "- Oct. 3 -- Beta walks away"). Its entries are past events whatever the tense of their headline-style
# verbs, unless a heading over the list ("Schedule", "Upcoming", "What's next") or the entry itself
# ("will", "is scheduled to") looks ahead.
_CHRON_BULLET = r"[ \t]*(?:[-*•·–—>]+[ \t]*)?"
RX_CHRON_BEFORE = re.compile(rf"{_CHRON_BULLET}$")
RX_CHRON_AFTER = re.compile(r"[ \t]*(?::(?!\d)|[-–—]{1,2}[ \t])")
# the year a dated list's heading names ("2021", "A look back at 2020:")
RX_HEADING_YEAR = re.compile(r"(?<![\d/.,-])(1[5-9]\d\d|20\d\d)(?![\d/%-]|\.\d|s\b)")
# a month-day alone on its line over a line of text (a timeline with dates as headings)
RX_CHRON_ALONE = re.compile(r"[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?=[A-Z\"“‘'])")
RX_CHRON_LINE = re.compile(
    rf"{_CHRON_BULLET}(?:{WD},?\s+)?(?:{MON_D}\s+{DAY}|{DAY}\s+{MON_D})(?:,?\s+{YEAR})?"
    rf"[ \t]*(?::(?!\d)|[-–—]{{1,2}}[ \t])")
RX_CHRON_FUTURE_HEAD = re.compile(
    r"\b(?:schedules?|scheduled|upcoming|calendar|coming\s+up|what['’]s\s+(?:next|ahead|coming)|ahead|agenda|"
    r"timetable|to\s+watch|next\s+steps|look(?:ing)?\s+ahead|to\s+come|key\s+dates\s+ahead)\b", re.I)
RX_CHRON_FUTURE_ENTRY = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:(?:scheduled|set|due|expected|slated)\s+)?to|to\s+be\s+held)\b", re.I)
RX_CHRON_SPEECH = re.compile(r"\b(?:says|said|announces|announced|tells|told|reports|reported|confirms|warns|"
                              r"argues|claims|predicts|expects|hopes)\b", re.I)
# a deictic word before a month and day: "this September 11", "last June 5", "this coming May 20"
RX_DAY_REL_BEFORE = re.compile(r"(?<![\w-])(?P<r>(?i:last|next|this\s+past|this\s+coming|this))\s+$")
# a demonstrative "that" right before a weekday: "that Tuesday"
RX_THAT_BEFORE = re.compile(r"(?<![\w-])[Tt]hat\s+$")
RX_ATTACKS_AFTER = re.compile(r",?\s+(?:(?:terrorist|terror|al[- ]Qaeda)\s+)?(?:attacks?|hijackings)\b", re.I)


# "May 11 and 13", "April 6 to 14", "May 3 & 4, 2020": a second day of the same month, when nothing after it makes
# it a count; a year right after it is the year of both days ("May 3 and 4, 2020" is not read near the publication)
RX_DAYAND = re.compile(rf"\s+(?:and|to|through|or|until|&)\s+(?P<d2>[0-3]?\d)(?![\w%:]|[.,]\d)"
                        rf"(?:,?\s+(?P<y2>{YEAR})(?![\w%]|[-–.,]\d)"
                        rf"|(?=\s*(?:[,.;:)]|$)|\s+(?:(?:last|next|this)\s+year|in|at)\b))", re.I)
# "May 11 and 13 last year": the year named right after the days
RX_DAY_YEAR_REL = re.compile(r"(?:\s+(?:and|to|through|or|until)\s+[0-3]?\d)?\s+(?P<r>last|next|this)\s+year\b",
                              re.I)
RX_DAYRANGE = re.compile(rf"\s*[-–]\s*(?P<d2>[0-3]?\d)(?:,?\s+(?P<y2>{YEAR}))?(?![\w%]|[-–.,]\d)")


# a year in words right after a month or a season: "January nineteen ninety-seven", "the winter of nineteen ninety-four"
RX_WORDYEAR_AFTER = re.compile(rf"(?:\s+(?i:of)|,)?\s+(?P<w>{WORDYEAR})(?![\w-])")
# "in June of that year", "January of last year", "the autumn of the following year": the month, season or day of a
# year named relative to the publication date (``pub``) or to the date just given (``same``, ``dir``)
RX_OF_YEAR = re.compile(r"\s+(?i:of\s+(?:(?P<pub>last|this|next)|(?P<same>that|the\s+same)|"
                        r"the\s+(?P<dir>following|next|previous|preceding|prior))\s+year)(?![\w-])")


RX_NUMERIC_NEXT = re.compile(r"\s*(?:[-–]|(?i:to|through|thru|until|till|and|or))\s*"
                              r"(?P<core>(?P<a>[0-3]?\d)(?:(?P<sl>/)(?P<b>[0-3]?\d)(?![\w/%]|[.,]\d)|"
                              r"\.(?P<b2>[01]?\d)\.(?![\w.]|\d)))")


# a capitalised word right before a year, in mid-sentence; and a street address after a number
RX_NAME_BEFORE_YEAR = re.compile(r"[\w,;:)”\"'’-] +[A-Z][\w&-]* $")
# a label noun and the numbers it labels, up to the comma or 'and' before one more ("resolutions 1970 and |1973",
# "Sections 302, 401, and |906", "Resolution 1970 and |1973"): the numbers of a labelled list are labels, not years
RX_LABEL_LIST = re.compile(
    r"(?<![\w.])(?i:" + "|".join(re.escape(w) for w in sorted(LABEL_PREV | LABEL_PLURALS, key=len, reverse=True))
    + r")\s+(?:(?i:nos?\.)\s+)?\d[\w.-]*(?:\s*,\s*\d[\w.-]*)*(?:\s*,\s*|\s*,?\s+(?:and|or|&)\s+)$")
RX_ADDRESS_AFTER = re.compile(r" +(?:[A-Z][a-z]+ +){1,2}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|"
                               r"Drive|Lane|Place|Square|Way)\b")


RX_RANGE_QUARTER = re.compile(r"\s+(?i:quarter|period)(?![\w-])")
RX_THE_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))(?i:the)\s+$")


RX_TEMPERATURE = re.compile(r"\b(?:degrees?|temperatures?|highs?|lows?|fahrenheit|celsius|thermometers?|"
                             r"scores?|ages?|aged|percent)\b|°", re.I)


RX_SEASON_NAME_AFTER = re.compile(r"\s+(?:Games|Olympics?|Olympiad|Festival|Palace|Classic|Meetings?|Session|"
                                   r"Universiade|Davos|Fair|Collection|Solstice|Offensive)\b")
# after a capitalised season word, another capitalised word makes a name (a place, a street, a plant: "the Spring
# Hill plant", "on Summer Street", "at Winter Park") unless it is a month, a weekday or a joining word; the rule
# also needs a lower-case word before the season (a headline's "Sales Slump This Spring As Prices Rise" keeps it)
RX_SEASON_PROPER_AFTER = re.compile(
    rf"\s+(?!(?:{L.MONTH_FULL}|{L.MONTH_ABBR}|{L.WEEKDAY_RE}|Of|And|Or|In|As|At|To|For|The)\b)[A-Z][a-z]")
RX_LOWER_WORD_BEFORE = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*\s+$")


RX_CAP_BEFORE = re.compile(r"[A-Z][a-z]+ $")
# the weekday an "overnight" belongs to, right after it: "overnight on Saturday", "overnight into Sunday"
RX_OVERNIGHT_WEEKDAY = re.compile(rf"[^\S\n]+(?:(?i:on|into)[^\S\n]+)?(?P<wd>{L.WEEKDAY_RE})\b")
RX_WEEKDAY_WEEK = re.compile(r"\s+(?:of\s+)?(?P<r>(?i:last|this|next))\s+week(?![\w-])")


RX_TIME_DAY_AFTER = re.compile(
    rf"[)\]]?\s*(?:\([^()\n]{{0,30}}\)\s*)?,?\s*(?:(?i:on)\s+)?(?P<day>(?i:today|yesterday|tomorrow)|{WD})(?![\w])")
RX_TIME_MONTHDAY_AFTER = re.compile(
    rf"[)\]]?\s*(?:\([^()\n]{{0,30}}\)\s*)?,?\s*(?:(?i:on)\s+)?(?:(?P<mon>{MON_D})\s+(?P<dd>[0-3]?\d)(?![\d])|"
    rf"(?P<dd2>[0-3]?\d)\s+(?P<mon2>{MON_D})(?![\w]))"
    rf"(?:,?\s+(?P<year>{YEAR})(?![\d%]))?")
RX_WEEK_OF = re.compile(rf"\s+(?i:of)\s+(?P<mon>{MON_D})\s+(?P<dd>[0-3]?\d)(?![\d])"
                         rf"(?:,?\s+(?P<year>{YEAR})(?![\d%]))?")
RX_TIME_DAY_BEFORE = re.compile(rf"(?P<day>(?i:today|yesterday|tomorrow)|{WD}),?\s+(?:(?i:at|about|around)\s+)?$")


RX_DAYREF_PRE = re.compile(r"(?:^|(?<=[^\w-]))(?P<lat>(?i:earlier|later|early|late))\s+$")
RX_THE_DAY_PRE = re.compile(r"(?:\b(?P<inn>(?i:earlier|later|early|late)\s+in)|"
                             r"\b(?P<of>(?i:end|close|rest|remainder|start|beginning|middle|course))\s+of)\s+$")
RX_THE_TOD_PRE = re.compile(r"\b(?i:in|during)\s+$")
RX_THE_NIGHT_PRE = re.compile(r"\b(?i:through|throughout|during)\s+$")  # "worked through the night"


RX_ORDDAY_WD_AFTER = re.compile(rf"(?:\s+of\s+[a-z]+)?,?\s+(?:(?i:on)\s+)?({WD})(?![\w'’])")


RX_PAST_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ed|came|began|broke|fell|rose|took|went|met|won|lost|left|struck|fled|ran|held|saw|died|"
    r"was|were)(?:\s+(?:out|up|down|off|in|on|at|during|over))*\s+$|"
    r"\b(?:aftermath|wake)\s+of\s+(?:the\s+)?$", re.I)  # "in the wake of Tuesday's vote": behind the writing


RX_FUTURE_VERB_BEFORE = re.compile(
    r"\b(?:will|shall|['’]ll|(?:is|are)\s+to)\s+(?:not\s+)?(?:be\s+)?[a-z]+(?:\s+(?:out|up|off|down|back))?"
    r"\s+(?:on|in|until|till|by|through|before)\s+$|"
    # scheduled present: "the mandate expires in December", "the law takes effect on Jan. 1"
    r"\b(?:expires|convenes|reconvenes|resumes|(?:takes|goes\s+into)\s+effect|"
    r"(?:is|are)\s+due)\s+(?:(?:on|in|by)\s+)?$", re.I)


RX_EACH_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))(?i:each|every)\s+$")
RX_HOLIDAY_REL_BEFORE = re.compile(
    r"(?:^|(?<=[^\w-]))(?<!(?i:the) )(?P<r>(?i:last|next|this\s+past|this\s+coming|this))\s+$")
RX_EVERY_BEFORE = re.compile(r"(?:^|(?<=\W))(?i:every|each)\s+(?:(?i:other)\s+)?$")
RX_TIMES_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))(?i:once|twice|thrice|(?:\d+|[a-z]+)\s+times)\s+$")


RX_WEEKEND_AFTER = re.compile(r"\s+(?:holiday\s+)?weekend\b")


RX_OWN_DATE = re.compile(rf"\b(?:{L.MONTH_FULL}|(?:19|20)\d\d)\b")


RX_TODAY_AFTER = re.compile(r"\s+(?i:today|this\s+week)\b(?!['’])")
# the day an anniversary count ("Fifty years ago ...") is counted from, other than today: "this Thursday",
# "Thursday", "yesterday", "tomorrow" ("Sixty years ago this Friday, the dam burst": that Friday's
# date sixty years back, not that Friday); not a possessive ("a year ago Thursday's ..." names a thing)
RX_AGO_DAY_AFTER = re.compile(rf"\s+(?:(?P<this>(?i:this))\s+)?(?P<wd>{L.WEEKDAY_RE})\b(?!['’])|"
                              r"\s+(?P<rel>(?i:yesterday|tomorrow))\b(?!['’])")
RX_PERIOD_ENDED = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to)\s+"
                             r"(?=[A-Z0-9]|(?:last|this|next|today|tomorrow|yesterday|tonight)\b)")
# "the first nine months", "the latest six months": a stretch of the year to date in a report of results
RX_THE_PERIOD = re.compile(r"(?i:the)\s+(?:(?i:first|latest|past|last|same)\s+)?(?i:nine|six|9|6)\s+(?i:months)\b")
# "the quarter ended July 31": the end date of a reported period
RX_QUARTER_ENDED = re.compile(rf"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|through)\s+(?P<mon>{MON_D})\s+"
                              rf"(?P<dd>[0-3]?\d)(?![\d])(?:,?\s+(?P<year>{YEAR})(?![\d%]))?")
# a clause right after a period that opens it: "the year that begins July 1", "the year he spent abroad"
RX_CLAUSE_NEXT = re.compile(r"\s+(?:that|which|when|in\s+which|during\s+which|he|she|they|it|we|I|you)\b")
RX_RATE_BEFORE = re.compile(r"(?:\d|million|billion|trillion|percent|%|cents?|dollars?|pounds?)\s*"
                             r"(?:[a-z]+\s+){0,2}$", re.I)


RX_DAYVALUE = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)")
RX_TOD_OF = re.compile(r"(?:^|(?<=[\s(\"“]))(?i:the\s+)(?P<tod>(?i:morning|afternoon|evening|night))\s+(?i:of)\s+$")


RX_OR_TAIL = re.compile(r"\s+(?i:or)\s+(?i:(so|more|longer|less|fewer|shorter|later|earlier))(?![\w-])"
                         r"(?!\s+(?i:than|ago)\b)")
RX_OR_SO = re.compile(r"\s(?i:or\s+so)\b")


RX_DUR_PARTS = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
RX_DUR_JOIN = re.compile(r"(?:\s*,)?\s+(?:and\s+)?")


#: between a date and an amount set after it, "…, 2001, two days after the storm" (a comma, a hedge word)
RX_APPOSED_AMOUNT = re.compile(r"\s*,\s*(?:(?:just|only|some|about|nearly|almost|barely|exactly|more\s+than|"
                               r"less\s+than)\s+)?", re.I)
# what joins two dates that share the later one's year: a coordinator, after a short aside in parentheses that
# holds no number ("May 2 (left) and May 9, 2001" under two photos; "March 3 (Monday) and April 5, 1995")
RX_COORD = re.compile(r"\s*(?:\([^()\d\n]{1,24}\)\s*)?,?\s*(?:and|or|to|through|until|till|[-–])\s+"
                      r"(?:(?:early|late|mid-?)\s*)?$", re.I)
RX_SHAREABLE = re.compile(r"(?:XXXX|\d{4})-(?:\d\d|SP|SU|FA|WI)(?:-\d\d)?")

# a present-tense verb or a parenthesis around "now": the writer's present ("the site is now protected", "(now Ruritania)")
RX_PRESENT_AROUND = re.compile(r"\b(?:is|are|has|have|remains?|lies|stands)\s+(?:[a-z]+ed\s+)?now\b|\bnow\s+(?:is|are|"
                               r"has|have|lies|stands|remains?|serves?|houses?|forms?)\b|\(now\b")
# a year before the common era: the story's last date as well as any other year
RX_BC_YEAR = re.compile(r"BC\d{4}")
# values whose only missing part is the year: "XXXX-08-11", "XXXX-08", "XXXX-SU", "XXXX-08-11T14:00"
RX_YEARLESS_VALUE = re.compile(r"XXXX-(?:\d\d|SP|SU|FA|WI)(?:-\d\d)?(?:T[\w:]+)?")
# a weekday without a date: "XXXX-WXX-1", "XXXX-WXX-1TNI"
RX_WEEKDAY_VALUE = re.compile(r"XXXX-WXX-(?P<wd>[1-7])(?P<time>T[\w:]+)?")
# what may follow a three-digit year: punctuation or a word that opens a clause ("in 476, ...", "in 476 the ...")
RX_SHORTYEAR_AFTER = re.compile(r"\s*(?:$|[,.;:()\]]|\s+(?:the|and|or|when|he|she|it|they|his|her|its|their|a|an)\b)")

# a year that labels products, not a time (timeline.dates.output.labels_product):
# 'model year(s)' right before a year or span of years: "model year 2009-2015 cars", "model-year 2016 trucks"
RX_MODEL_YEAR_BEFORE = re.compile(r"\bmodel[- ]years?\s+(?:(?:1[89]|20)\d\d\s*(?:[-–]|to|through|and)\s*)?$", re.I)
# a year that names a pathogen: an outbreak's new virus is named with the year it emerged, and the name is written
# long after ("the novel 2014 coronavirus", "2014 Novel Coronavirus (2014-nCoV)", "the 2016 H7N9 virus"); a year
# before a season or a pandemic ("the 2009 flu season") is a time and is not read here
RX_PATHOGEN_BEFORE = re.compile(r"\bnovel\s+$", re.I)
RX_PATHOGEN_AFTER = re.compile(r"(?:\s+|-)(?i:novel\s+)?(?:(?i:coronavirus)|H\d{1,2}N\d{1,2}|nCoV)\b")
# a year (or the first of a span) before the products it labels, across at most four words that are no preposition,
# article, auxiliary or linking word: "its 2016 diesel vehicles", "the 2018 to 2020 Acme and Zeta models"
RX_PRODUCT_AFTER = re.compile(
    r"(?:\s*(?:[-–]|to|through|and)\s*(?:1[89]|20)\d\d)?"
    r"(?:\s+(?!(?:of|in|on|at|for|by|to|from|with|since|was|were|is|are|has|have|had|the|a|an|this|that|when|"
    r"which|who|after|before|than)\b)[\w.’'&-]+){0,4}?"
    r"\s+(?:vehicles|cars|models?|trucks|SUVs|sedans|pickups|minivans|vans|engines|diesels|motorcycles|"
    r"model[- ]years?)\b")
# a determiner, a year and a capitalised name: an item of a list of products labelled by their years ("the 2014
# Acme Roadster, the 2015 Zeta Coupe and the 2016 Zeta Wagon")
RX_YEAR_NAME = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:1[89]|20)\d\d)\s+[A-Z]")
# what may stand between two items of such a list: capitalised words, numbers, commas, "and", "or", a determiner
RX_NAME_LIST_GAP = re.compile(r"(?:[ \t,]+|\b(?:and|or|the|its|their)\b|\b[A-Z0-9][\w.’'&-]*)*")
# a mention that opens with "model year": the year it labels follows
RX_MODEL_YEAR_OPEN = re.compile(r"(?i:model[- ]years?)\s+")

# speaking days (timeline.dates.speech): a line holding only a full date, as a letter, a release or remarks print
# their own date line: a weekday may stand before it ("Monday, March 4, 2019"), a clock time and its zone after it
# ("March 4, 2019, 6:30 p.m. GMT", "3 May 2019 at 10:30 a.m.", a 24-hour clock: "4 March 2019 18:30")
RX_DATE_LINE_BEFORE = re.compile(rf"[^\S\n]*(?:(?:{L.WEEKDAY_RE}),?[^\S\n]+)?", re.I)
RX_DATE_LINE_AFTER = re.compile(
    r"(?:,?[^\S\n]*(?:at[^\S\n]+)?(?:\d{1,2}(?:[:.]\d{2})?[^\S\n]*(?:[ap]\.?[^\S\n]?m\.?|GMT|UTC)|(?:[01]?\d|2[0-3]):[0-5]\d))?"
    r"(?-i:[^\S\n]*\(?[A-Z]{2,4}\)?)?[^\S\n]*", re.I)
# a paragraph its date opens and heads, set off by a dash or a colon from the news it dates (round 23: "May 5, 2021 –
# The county reopened the bridge yesterday …", a digest's or a live page's dated paragraphs; not "July 16, 2012 - 18:46")
RX_DATED_PARAGRAPH = re.compile(r"[^\S\n]*(?:[–—:]|-{1,2})[^\S\n]+(?=[^\W\d_]|[\"“‘'])")  # words, not a clock
# a wire story's dateline before the date that opens its paragraph: the place in capitals, a region or country after
# it ("HARBORTOWN, May 11, 2021 - …", "PORT ELLEN, Islay, May 11, 2021 - …"); the story's "today" is that day
RX_DATELINE_PLACE = re.compile(r"[^\S\n]*(?-i:[A-Z][A-Z.’'-]+(?:[^\S\n][A-Z][A-Z.’'-]+){0,3})"
                               r"(?:,[^\S\n]*(?-i:[A-Z][\w.’'-]+(?:[^\S\n][A-Z][\w.’'-]+){0,2}))?,[^\S\n]*")
# a line introducing remarks, a statement or a transcript (its date in it, a colon ending it): "Transcript of remarks by
# the mayor on May 3, 2019:", "The coach spoke to reporters on May 3, 2019. He said:"
RX_SPEECH_HEADER = re.compile(
    r"\b(?:remarks|transcript|statement|speech|address|testimony|interview|briefing|press\s+conference|"
    r"said|says|spoke|told|declared|stated|testified)\b", re.I)
# a paragraph opening on a quotation mark: one more paragraph of a quoted speech
RX_QUOTE_OPENS = re.compile(r"[\"“‘'«]")
# a quotation closed and attributed with the day it was said, in the same sentence: "“We open the bridge today,” the
# minister said Monday.", "…,” the club said in a statement on Friday."
RX_QUOTED_SAID_ON = re.compile(
    r"[,.!?]?[”\"][^\S\n]*(?:[\w.,’'-]+[^\S\n]+){0,6}?(?:said|says|told[^\S\n]+\w+|stated|added|wrote|announced)"
    r"(?:[^\S\n]+in[^\S\n]+an?[^\S\n]+(?:statement|speech|letter|interview|release|address))?"
    rf"[^\S\n]+(?:on[^\S\n]+)?(?P<wd>(?:{L.WEEKDAY_RE}))\b(?![’']s)")
# where a quotation opens
RX_QUOTE_OPEN_MARK = re.compile(r"[“\"]")

#: what may stand before a narrative step of hours or minutes that opens its sentence ('A few hours later, …',
#: 'Only hours earlier, …', 'Just minutes after the blast, …'): nothing but a quotation mark or a hedge
OPENING_STEP = re.compile(r"[\W_]*(?:(?i:only|just|barely|some|about|nearly|almost|less\s+than|more\s+than|"
                          r"little\s+more\s+than|just\s+over|within)\s+)?")
#: 'Within' right before an amount of hours or minutes that opens its sentence ('Within an hour, two more tremors')
RX_WITHIN_BEFORE = re.compile(r"(?<![\w-])[Ww]ithin\s+$")

#: 'Today' as part of a name, not a date: after an acronym and not before another capitalised word (a newspaper,
#: 'USA Today, …', 'ABC Today reported'; not a title-case headline's 'EPA Today Announces …'), or the name of a
#: programme ('NBC's Today show', 'the Today programme')
RX_TODAY_NAME = re.compile(r"(?<![\w-])(?:(?<=[A-Z]{2}\s)|(?<=[A-Z]{3}\s)|(?<=[A-Z]{4}\s)|(?<=[A-Z]{5}\s))"
                           r"Today(?![\w-])(?!\s+[A-Z])|(?<![\w-])Today(?=\s+(?:show|programme|program|broadcast)\b)")

#: the number of a street address, not a year ('at 1600 Pennsylvania Avenue', 'the depot at 1875 W. 9th Ave.',
#: '1450 North Main Street'): a number, a direction perhaps, one to three words of the street's name (or an
#: ordinal) and the street's kind; not after a word that puts a year before a name ('in 2008 Wall Street …') or a
#: determiner of a named happening ('the 1998 Main Street fire')
_AFTER_TIME_WORD = "".join(rf"(?<!\b{w}\s)" for w in ("in", "In", "by", "By", "of", "since", "Since", "from",
                                                      "until", "Until", "during", "During", "before", "after",
                                                      "After", "through", "around", "early", "late", "mid", "the",
                                                      "The", "a", "A", "its", "this", "This", "that"))
RX_STREET_NUMBER = re.compile(
    rf"(?<![\w$€£#.,/:-]){_AFTER_TIME_WORD}\d{{1,5}}(?=\s+(?:(?:[NSEW]\.?|[NS][EW]\.?|North|South|East|West)\s+)?"
    r"(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))(?:\s+[A-Z][\w'’-]*){0,2}\s+"
    r"(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Pl|Place|Ct|Court|Hwy|Highway|Pkwy|Parkway|"
    r"Ter|Terrace|Cir|Circle|Sq|Square)\b)")
