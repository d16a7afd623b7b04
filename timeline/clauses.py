"""What a dated clause says: who did what to what, and whether it is an event at all.

:func:`analyse` reads the clause of a sentence around a date mention with a few
generic rules and a lemmatiser that ships its data (``lemminflect``), and no
model: it returns a :class:`Clause` with

* the **actors**: named entities, found as runs of capitalised words that are
  not capitalised only because they start the sentence (``Dana Hale``,
  ``Corvex Inc.``), plus the subject noun phrase when it is a common noun
  (``the board``);
* the **action**: the main verb, lemmatised, skipping reporting verbs (``said``,
  ``announced``) when the clause goes on to say what happened, and replaced by
  its noun after a light verb (``made an offer`` → ``offer``); without a verb,
  an event noun (``the termination of the deal``);
* the **object**: the noun phrase after the verb;
* the **kind**: ``event``; ``scheduled`` (a future event, kept); or one of the
  non-events — ``reference`` (a date that only anchors a value: prices or
  volumes *as of*, a close or an opening, *compared with*, a premium over),
  ``caption`` (a photo caption or credit), ``stamp`` (``UPDATE … UTC``, a bare
  date line), ``citation``, ``heading``, ``framing`` (*as the campaign entered
  September*, *this month's spotlight: …*), ``state`` (*the agency said the
  situation is serious*, *radiation continues*) and ``hypothetical`` (a
  condition or a counterfactual) — with the reason in words.

The rules are about English syntax and news conventions, never about one
story. :func:`action_stem` gives the key under which a verb and its noun meet
(``terminated``, ``termination`` → ``termin``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from .dates import labels_product
from .dates.resources.lexicon import MONTH_ABBR, MONTH_FULL, WEEKDAY_RE
from .lexicon import all_lemmas, verb_forms
from .occasion_words import OCCASION_VERBS, OCCASIONS, SAYING_OCCASIONS
from .published import stamped_date

__all__ = [
    "BEEN_THERE",
    "CITING",
    "COUNT_VINTAGE",
    "Clause",
    "END_BOUND",
    "FLOOR_OPENING",
    "GREETING",
    "GROUND_RULES",
    "LAW_AUTHORITY",
    "LAW_YEAR",
    "NON_EVENT_KINDS",
    "OCCASION_ACTS",
    "OCCASION_NOUNS",
    "OCCASION_VERBS",
    "OCCASION_OFFERINGS",
    "OCCASION_TALK",
    "OFFERING_VERBS",
    "ORDER_OF_SPEECH",
    "ALTERNATIVE_DATES",
    "TEXT_ABOUT_ITSELF",
    "ONGOING_PERFECT",
    "SEASON_AHEAD",
    "STANDING_PLACES",
    "STATIVE_COPULA",
    "FEELING_CAUSED",
    "FEELING_STATED",
    "FEELING_VERBS",
    "STILL_GOING",
    "JOINT_WORK",
    "JOINT_WORK_GOING_ON",
    "LOWER_BOUND",
    "MODAL_PERFECT",
    "STILL_STATES",
    "STANDING_EXTENT",
    "ONSET_ADJECTIVES",
    "PERIOD_END",
    "PICTURE_SUBJECT",
    "REPORTED_POSSIBILITY",
    "SubEvent",
    "TIME_STAMP",
    "TITLE_ABBREVIATIONS",
    "Token",
    "action_stem",
    "actor_keys",
    "subject_keys",
    "analyse",
    "clause_bounds",
    "content_terms",
    "coordinated_clauses",
    "dated_conjuncts",
    "dated_noun_phrase",
    "event_quote",
    "modifies_noun",
    "list_item_verb",
    "quotation_open",
    "marks_open",
    "lower_word",
    "released_statement",
    "second_events",
    "speaker_act",
    "tells_past",
    "tokens",
    "undated_distance",
]

#: Kinds that are not events (the extractor drops them).
NON_EVENT_KINDS = frozenset({"reference", "caption", "stamp", "citation", "heading", "framing", "state", "question",
                             "quoted", "fragment", "negated"})

#: a word: letters, digits and the marks written inside one, and an en dash after a capital or a digit: print
#: setting turns the hyphen of a coded name into an en dash (*KRV–19*, *Q7R2–like*, *ZX–Ko–2*), while a dash
#: after a lower-case letter may break a clause (*cases rose–and fell*) or a range (*May–June*); a number keeps
#: its en dash apart (*1990–95* is a range)
_TOKEN = re.compile(r"[$€£]?\d+(?:[,.:/]\d+)*%?\w*|[^\W\d_](?:(?:[\w’'&.-]|(?<=[A-Z\d])–)*\w)?|\S", re.U)

_ARTICLES = {"a", "an", "the"}
_DETERMINERS = _ARTICLES | {"this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
                            "some", "any", "each", "every", "all", "both", "no", "another", "other"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which"}
_MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must"}
_AUX = _MODALS | {"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "did", "does", "do",
                  "to", "'s", "’s", "not", "never", "also", "just", "already", "finally", "then", "later"}
_SAME_PAST = {"put", "set", "cut", "hit", "let", "quit", "cast", "cost", "hurt", "shut", "spread", "upset", "bid",
              "read", "split", "shed"}
_BE = {"is", "are", "was", "were", "be", "been", "being"}
_REPORTING = {"say", "tell", "announce", "report", "state", "add", "note", "write", "reveal", "confirm", "disclose",
              "claim", "explain", "argue", "recall", "insist", "comment", "acknowledge", "show", "indicate",
              "accord", "know", "believe", "think", "expect", "suggest", "mean", "cite", "quote"}
_LIGHT = {"make", "take", "hold", "reach", "give", "conduct", "have", "do", "file", "issue", "launch", "complete",
          "enter", "begin", "start", "submit", "receive", "get", "put", "lodge", "strike", "sign", "seal", "achieve"}
_BOUNDARY_WORDS = {"that", "which", "who", "whom", "whose", "because", "after", "before", "while", "when", "as",
                   "if", "unless", "although", "though", "since", "until", "whether", "where", "and", "but", "or",
                   "so", "than", "according"}
_PREPOSITIONS = {"of", "in", "on", "at", "for", "from", "with", "by", "to", "into", "over", "under", "about",
                 "against", "amid", "between", "through", "during", "without", "within", "via", "per", "near",
                 "across", "toward", "towards", "upon", "off", "out", "up", "down", "around", "behind", "beyond"}
_STOP = _DETERMINERS | _PRONOUNS | _AUX | _BOUNDARY_WORDS | _PREPOSITIONS | {
    "said", "says", "say", "told", "also", "more", "most", "than", "such", "there", "here", "what", "very", "year",
    "years", "month", "months", "week", "weeks", "day", "days", "today", "yesterday", "tomorrow", "last", "next",
    "first", "earlier", "later", "ago", "this", "now", "them", "him", "us", "me", "one", "two", "mr", "ms", "mrs",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am", "pm", "utc", "gmt",
}
# words that name an organisation's kind, not which one: no actor key of their own
_GENERIC_NAME_WORDS = {
    "inc", "corp", "co", "ltd", "llc", "plc", "group", "company", "companies", "corporation", "holdings", "the",
    "board", "council", "committee", "ministry", "department", "agency", "office", "court", "party", "government",
    "president", "minister", "chief", "executive", "officer", "ceo", "cfo", "chairman", "director", "mr", "mrs",
    "ms", "dr", "act", "program", "programme", "of", "and", "for", "new", "national", "federal", "state", "states",
    "united", "union", "international", "association", "foundation", "bank", "fund", "news", "times", "post",
    "daily", "reuters", "press", "associated", "update", "updated",
}
_MONTHS_DAYS = {w for w in _STOP if w in {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}}

# non-event cues (generic English and news conventions)
_REFERENCE_BEFORE = re.compile(
    r"(?:\bas of|\bcompared (?:with|to)|\bversus|\bvs\.?|\brelative to|\b(?:premium|discount) (?:of [^,;]{0,30}?)?"
    r"(?:to|over|on|from)(?: [^,;]{0,40}?)?|\b(?:since|from|than) (?:the )?(?:close|closing|opening|level|price)s?(?: on| of)?"
    r"|\bclose on|\bclosing price on|\bclose of)\s*(?:the\s+)?$",
    re.I,
)
_REFERENCE_AFTER = re.compile(
    r"^(?:’s|'s)?\s*(?:closing|opening|close|open|closing price|opening price|price|level|high|low|valuation|"
    r"volume|trading|session|settlement|market value|share price|stock price|finish)\b",
    re.I,
)
_MARKET = re.compile(
    r"\b(?:shares?|stocks?|index|indices|futures|bonds?|yields?|prices?|volume|traded|trading|market value|"
    r"market cap\w*|valuation|closed|opened|closing|opening)\b",
    re.I,
)
_NUMBER = re.compile(r"[$€£¥]\s?\d|\d[\d,.]*\s?(?:%|percent|per cent|cents?|dollars?|billion|million|bn|m\b|"
                     r"points?\b|pts\b)", re.I)
#: a period up to the time of writing before the date ('in the past year', 'over the last 12 months', 'so far this
#: year'): a price moved over it is a running figure, not an event on a day
_UP_TO_NOW = re.compile(r"\b(?:in|over|during|within|for|across)\s+(?:the\s+)?(?:past|last|previous|preceding)\b|"
                        r"\bso\s+far\b|\byear[- ]to[- ]date\b", re.I)
#: the text's own publication stamp, written as a sentence ('The following statement was first posted by … on
#: March 3, 2021.', 'This article was originally published on …', 'First published on …')
_PUBLICATION_STAMP = re.compile(
    r"^\W*(?:(?:the\s+following|this)\s+(?:(?:press|news)\s+)?(?:release|article|story|statement|report|post|"
    r"piece|column|transcript|interview|letter|text|item|essay|op-ed)\s+(?:was|has\s+been|is|were)\s+"
    r"(?:(?:first|originally)\s+)?(?:published|posted|republished|reproduced|printed|appeared)|"
    r"(?:this\s+(?:article|story|piece|post|column)\s+)?(?:first|originally)\s+(?:published|appeared|posted)|"
    r"(?:this\s+is|you\s+are\s+(?:viewing|reading))\s+(?:the|an?)\s+(?:stable|cached|archived|printable|checked|"
    r"reviewed|sighted|older)\s+(?:version|revision|copy))\b",  # a wiki page's 'This is the stable version, …'
    re.I)
_CAPTION = re.compile(
    r"\b(?:photo(?:graph)?|picture|image|file photo|pictured|caption)\s*(?::|by\b|credit)|\b(?:getty images|"
    r"afp|reuters|ap photo|epa|bloomberg)\s*(?:/|via)|/\s*(?:getty|afp|reuters|ap|epa)\b|\(photo\b|credit:|"
    r"^\W*file\s*[-–—:]|\b(?:is|are|can be) (?:seen|pictured|shown|silhouetted)\b|\bposes? for (?:a |the )?"
    r"(?:photo(?:graph)?|picture|portrait)\b|"
    r"\b(?:captured|took|shot|acquired|snapped|shows?|showing)\s+(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:image|"
    r"photo(?:graph)?|picture|mosaic|view)\b|"
    # a credit with the copyright sign ('© AP Images/Ann Roe'), a place in the picture ('the coach, right side of
    # the frame')
    r"©\s*(?:\d{4}\s+)?[A-Z]|\b(?:left|right)(?:\s+side)?\s+of\s+the\s+(?:photo(?:graph)?|picture|image|frame)\b",
    re.I,
)
#: a picture as the subject opening a sentence: what the picture shows or how it was taken, a caption ('This
#: false-colour image from May 2 shows …', 'The photo was taken by a drone at noon', 'These pictures, acquired on …');
#: not a clause about the picture inside a sentence ('As this image shows, the plume …')
PICTURE_SUBJECT = re.compile(
    r"\W*(?:this|these|the\s+(?:above|accompanying|following|attached))\s+(?:[\w’'-]+\s+){0,3}?(?:image|"
    r"photo(?:graph)?|picture|mosaic|snapshot)s?\b,?\s+(?:from|of|was|were|is|are|shows?|showing|provides?|taken|"
    r"acquired|captured|made)\b", re.I)
#: a picture's credit in brackets closing its caption: '(courtesy of the Navy)', '(Photo courtesy Ann Roe)'
_COURTESY = re.compile(r"\((?:(?:photo|image|picture)s?\s+)?courtesy\b[^()]{0,80}\)\W{0,2}$", re.I)
# a caption's position cue for the people shown: 'Ann Lee, left, and …', '(L)', 'from left'
_CAPTION_POSITION = re.compile(
    r",\s+(?:left|right|center|centre|(?:second|third) from (?:left|right)|top|bottom|(?:in the )?"
    r"(?:background|foreground))\s*,|\bfrom left\b|\((?:left|right|center|centre|L|R|C|top|bottom|above|below|"
    r"inset)\)", re.I)  # '(top)' and '(bottom)': the two pictures of a pair, each one dated
#: a short clause that is a stamp: a label opening it after any mark ('— Updated …', 'Correction: …', "Editor's note:
#: …"), or a clock time with a named zone ('10:41 GMT'). Not :mod:`timeline.published`'s labels (stamped_date below):
#: those stamp a date that follows them, with other words ('Date:', 'Created', 'For Immediate Release'); this needs
#: no date
_STAMP = re.compile(
    r"^\s*(?:\W\s*)?(?:update[d]?|posted|published|last (?:updated|modified)|first published|modified|"
    r"correction|editor'?s note)\b|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:utc|gmt|et|est|edt|pt|pst|pdt|cet|"
    r"cest|bst)\b",
    re.I,
)
# the date as the time a narrative reaches, not when something happened: 'As the campaign entered September',
# 'As 2020 begins', 'October started with a surprise'
_FRAME_OBJECT = re.compile(
    r"^\W*(?:as|when|while|by the time)\s+(?:the\s+|its\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+"
    r"(?:reached|reaches|entered|enters|shifted (?:to|into)|shifts (?:to|into)|moved into|moves into|turned to|"
    r"turns to|headed into|heads into|approached|approaches|rolled into|rolls into)\s+(?:the\s+)?"
    r"(?:early\s+|late\s+|mid-?)?$",
    re.I,
)
_FRAME_SUBJECT_BEFORE = re.compile(r"^\W*(?:as\s+)?(?:the\s+)?(?:early\s+|late\s+)?$", re.I)
_FRAME_SUBJECT_AFTER = re.compile(
    r"^\s*(?:begins|began|starts|started|ends|ended|arrives|arrived|has begun|had begun|drew to|draws to|"
    r"got under way|gets under way|opened with|opens with|closed with|closes with|wore on|wears on)\b",
    re.I,
)
# a record compared with a past date: 'the third largest takeover since 1999', 'the highest since 2008', 'the first
# such storm to hit the U.K. coast since 1987' (an initialism's points inside)
_RECORD_SINCE = re.compile(
    r"\b(?:\w{3,}est|most\s+\w+|least\s+\w+|first|worst|best)\b(?:[^.;,]|(?<=\b[A-Z])\.){0,60}\bsince\s+(?:the\s+)?"
    r"(?:early\s+|late\s+)?$",
    re.I,
)
# a caption's closing 'Place, Month D, YYYY.' (or 'Place, D Month YYYY') after a present-tense or verbless line
_CAPTION_DATELINE = re.compile(r",\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s+\d{4}\.?\s*$")
# a present passive, as captions are written ('… is surrounded by reporters as …', 'fans are seen outside …')
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:being\s+)?[a-z]+(?:ed|en|wn|ne|ht|ld)\b")
# the wire-photo caption's dateline: ', (Weekday, )Month D, YYYY(, in Place).' closing the line, the same full date
# set off by commas inside a line without a verb, and a caption cut after its ', Place, Weekday'
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_FULL_DATE = r",\s+(?:" + _WEEKDAY + r",\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
_WIRE_DATELINE = re.compile(_FULL_DATE + r"(?:,?\s+(?:in|at|near|outside)\s+(?:the\s+)?[A-Z][\w.’'-]*"
                            r"(?:[ ,]+[A-Z][\w.’'-]*){0,5})?\.?\s*$")
_WIRE_DATE_INSIDE = re.compile(_FULL_DATE + r",\s")
_PLACE_WEEKDAY_END = re.compile(r"\b[A-Z][\w.]*,\s+" + _WEEKDAY + r"\s*$")
# a caption's noun with a participle and its agent, no auxiliary: 'Homes devastated by fire …'
_REDUCED_PASSIVE = re.compile(r"^\W*(?:[A-Za-z][\w’'-]*\s+){1,4}?[a-z]+(?:ed|en)\s+by\s+(?!\d)")
# a comparison with another time: 'As with the first bid last month, …', 'Unlike in 2016, …'
_COMPARISON = re.compile(r"(?:^|[,;]\s*)\W*(?:as (?:with|in|was the case)|unlike|similar to|just as|like)\s+"
                         r"(?:(?:the|a|an|in|at|on|during|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)
# a time compared with a thing's ('finished earlier than the forecast for …', 'later than its rival's launch in …';
# not the deadline 'no later than …', nor 'later than expected on …')
_THAN_THING = re.compile(r"(?<!\bno\s)(?<!\bnot\s)\b(?:earlier|later|sooner)\s+than\s+"
                         r"(?:the|a|an|its|their|his|her|our)\s+[^,;.:!?]{0,50}$|"
                         r"(?<!\bno\s)(?<!\bnot\s)\b(?:[a-z]+er|more|less|fewer)(?:\s+[a-z]+){0,3}?\s+than\s+(?:(?:it|they|he|she|we|I|you)\s+"
                         r"(?:was|were|is|are|had\s+been|had|did)\s+)?(?:(?:on|in|at|during)\s+)?$",
                         re.I)  # (and a date right after a comparative's 'than', its pronoun and verb at most: 'two
#                                  hours earlier than Friday', 'a wider, more even channel than the week before',
#                                  'prices were higher than they were on Monday')
# the text presenting itself, not news: 'The following is the second part of …', 'In this essay he reflects …'
_PREFACE = re.compile(
    r"^\W*(?:(?i:this (?:week|month|year) in (?:the )?)[A-Z][\w.-]*(?: [A-Z][\w.-]*)*\s*[,:]|"
    r"(?i:the following (?:is|are|was)\b|"
    # a list or an excerpt announced by its noun ('The following speakers have been asked to attend:', 'The following
    # passage is taken from …'; not a time, 'The following week, …')
    r"the following (?!(?:day|night|week|weekend|month|year|morning|afternoon|evening|season|spring|summer|autumn|fall|"
    r"winter|decade)s?\b)[a-z]+(?: [a-z]+)? (?:is|are|was|were|has been|have been) [a-z]+(?:ed|en|wn)\b|(?:in |with |(?:the )?(?:content|information|material|text) (?:on|in|of) )?"
    r"this (?:article|essay|report|series|edition|story|piece|"
    r"column|video|podcast|newsletter|timeline|live blog|interview|feature|page|special report)\b))",
)
#: a fiscal year named by its number ('fiscal year 2017', 'FY2016', 'FY -- Fiscal Year 2019') right before the date
_BUDGET_YEAR = re.compile(r"\b(?:fiscal(?:\s+year)?|FY)\s*$", re.I)
#: the same fiscal year as the tagger reads it, its words inside the date ('Fiscal Year 2019', 'FY 2016')
_BUDGET_YEAR_DATE = re.compile(r"(?:fiscal(?:\s+year)?|FY)\s*\d{4}\b", re.I)
#: the name of a law before its year, cited by a section or as an authority ('Section 4 of the Clean
#: Harbours Act of', 'under the Banking Act of'): a citation; 'the Founding Act of 1997' alone names an event
_LAW_NAME = re.compile(r"\b(?:(?:Section|Sec\.|Title|Article|§)\s*[\w.()-]+\s+of|under)\s+the\s+"
                       r"(?:[A-Z][\w’'-]*\s+){1,6}(?:Act|Code|Statute|Amendments?)(?:\s+of|,)\s+$")
#: the text pointing to where a document can be had ('The 2021 audit report can be found at the company's website')
_POINTER = re.compile(r"\b(?:can|may)\s+be\s+(?:found|viewed|read|accessed|downloaded|consulted)\s+(?:at|on|here|"
                      r"online|via|through)\b|"
                      # 'The text of the ruling is attached.', 'The complete text of the order is below:'
                      r"\btext\s+of\s+[^.;:!?]{1,80}?\s+(?:is|are)\s+(?:\w+ly\s+)?(?:below|above|attached|enclosed|"
                      r"included\s+below)\b|"
                      # '(Amendment No. 4 is printed in the Journal.)', 'the rules are reproduced below'
                      r"\b(?:is|are)\s+(?:printed|reproduced)\s+(?:below|above|in\s+(?:today[’']s|the|this)\s+"
                      r"(?:\w+\s+)?(?:record|journal|edition|issue|gazette)\b)", re.I)
# an open question, not something that happened: '… ?', 'One question is how …', 'It is unclear whether …'
_QUESTION = re.compile(
    r"\bquestions? (?:is|was|remains?|are|were) (?:how|whether|what|who|when|if|why)\b|"
    r"\b(?:unclear|uncertain|unknown|not (?:yet )?(?:clear|known)) (?:whether|how|if|what|when|who|why)\b|"
    r"\b(?:wonder(?:s|ed|ing)?|ask(?:s|ed|ing)?) (?:whether|if)\b",
    re.I,
)
#: the label of a questioner's turn opening a line of a transcript ('Q    Did the board …', 'Q: …', 'QUESTION: …'); not
#: a name ('Q Street was closed …': one space and no colon)
_QUESTION_TURN = re.compile(r"[ \t]*(?:Q(?:[ \t]*:|\.[ \t]|[ \t]{2,}|\t)|(?:QUESTION|QUESTIONER|REPORTER)[ \t]*:)")


def question_turn(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a questioner's turn in a transcript (*QUESTION: Minister, your answer has
    been about the budget …*, *Q    Have you spoken to the coach?*): a present perfect there tells the state of the
    exchange as the question puts it, not news of the publication day (a dated premise, *Q: The mayor on Friday
    called for calm …*, may be news and is not judged by this)."""
    return _QUESTION_TURN.match(text, text.rfind("\n", 0, pos) + 1) is not None


# what closes a caption after its date: ', in Dayton, Ohio.'
_CAPTION_PLACE = re.compile(r",?\s+(?:in|at|near|outside)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:[ ,]+[A-Z][\w.’'-]*){0,5}\W*$")
# a subordinate or relative clause between the main verb and the date: the date is that clause's
_SUBORDINATE_DATE = re.compile(r"\b(?:after|when|that|which|who|following|before|since|until|once)\b", re.I)
# a speaker's own time: inside a quotation it dates their words, not a reported event
_DEICTIC = re.compile(r"(?:this (?:morning|afternoon|evening|week|weekend)|today|tonight|now|yesterday|tomorrow)\b",
                      re.I)
#: a statement the text introduces and then quotes in full ('released the following statement:', 'gave the
#: following remarks at the rally:'): the words of a release, whose 'today' is the day it was put out
_STATEMENT_INTRO = re.compile(r"\b(?:released|issued|made|gave|delivered|sent|put\s+out|offered)\s+the\s+following\s+"
                              r"(?:\w+\s+){0,2}?(?:statement|comments|remarks|message|letter)\b", re.I)
#: another day named after the introduction ('released the following statement on Monday'): the release is not today
_OTHER_DAY = re.compile(r"\b" + _WEEKDAY + r"(?!\w)|\b(?:[Yy]esterday|[Ll]ast\s+(?:night|week)|(?:Jan|Feb|Mar|Apr|May|"
                        r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
#: a speaker's time opening the sentence of a statement ('“Tonight, the council voted …', '“So today, …'): the
#: statement tells the day's news (a time inside the sentence, '“The fans today received a promise …', is a reaction)
_OPENING_TIME = re.compile(r"\W*(?:(?:so|and|but|yet|then)\s+)?$", re.I)
#: how far before a sentence the introduction of the statement it belongs to may lie
_STATEMENT_REACH = 2000
# a sentence cut off in the text: no closing punctuation and a dangling function word or a one-letter stub
_FRAGMENT = re.compile(r"(?:\b(?:the|a|an|of|to|and|or|that|among|with|from|for|by|in|on|at)|\b[a-z])\s*$")
# the end of a period: 'ballots will be received through November 12', 'the exhibit runs through May 3'
_THROUGH = re.compile(r"\b(?:received|accepted|counted|valid|open|available|runs?|ran|extended|lasts?|good)\s+"
                      r"(?:through|thru)\s+$", re.I)
#: why a date is a reference: the end of a period (:data:`END_BOUND`)
PERIOD_END = "the end of a period something runs or is accepted through, not an event on that date"
#: the end bound of any period before the date: 'cancelled events through Tuesday', 'an extension … through Nov. 14'
END_BOUND = re.compile(r"\b(?:through|thru)\s+(?:the\s+)?$", re.I)
# … unless it closes a range whose start the text gives: 'from Monday through Friday'
_RANGE_THROUGH = re.compile(r"\b(?:from|between)\b[^,;.]{0,40}\b(?:through|thru)\s+(?:the\s+)?$", re.I)
# a clock time of a recurring schedule: 'open daily from 8 a.m.', 'test sites run 9 a.m. – 6 p.m. daily'
_CLOCK = re.compile(r"\s*(?:noon|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|o['’]clock|hours?|h)?)\W*$", re.I)
_RECURRING = re.compile(r"\b(?:daily|nightly|every (?:day|night|morning|evening)|each day|weekdays|on weekends|"
                        rf"(?:seven|six|five) days a week|around the clock|(?:{WEEKDAY_RE})s)\b",
                        re.I)
# a possibility, not a plan: 'the board could reject the offer as early as Friday' (case-sensitive: not 'May')
_POSSIBILITY = re.compile(r"\b(?:could|might|may)\s+(?:not\s+|still\s+|also\s+|even\s+)?(?:\w+ly\s+)?[a-z]{2,}\b")
#: aspect verbs that state that a situation goes on, not that something happened
_STATE_VERBS = {"continue", "remain", "stay", "persist", "seem", "appear"}
_CITATION = re.compile(r"^\W{0,3}[\"“][^\"“”]{8,}[\"”]\s*[—–-]+\s*[^,]{2,60},", re.U)
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|in case|provided that|assuming|suppose|supposing|imagine)\b[^.;]*$|"
    r"\b(?:would|could|might|should) have\b|\bwere (?:it|they|he|she) to\b|\bhad (?:it|they|he|she) (?:not )?\w+ed\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|is due|are due|due to|is set to|are set to|is expected to|are expected to|"
    r"is scheduled|are scheduled|scheduled (?:to|for)|plans? to|planned for|intends? to|aims? to|"
    r"is slated|are slated|slated to|is poised to|upcoming|next|coming)\b",
    re.I,
)


#: negative contractions whose auxiliary is not the word less its "n't"
_CONTRACTED = {"won't": "will", "can't": "can", "shan't": "shall", "ain't": "is"}


#: a possessive ending or a closing apostrophe, dropped by :func:`lower_word`
_POSSESSIVE_END = re.compile(r"(?:'s|')$")


@lru_cache(maxsize=65536)
def lower_word(word: str) -> str:
    """A word in lower case, possessive and curly apostrophes normalised; a negative contraction is its auxiliary
    (``didn't`` → ``did``, ``won't`` → ``will``). Cached by word: :attr:`Token.lower` is read millions of times in a
    folder, of a vocabulary of thousands.

    Parameters
    ----------
    word : str

    Returns
    -------
    str
        ``Acme’s`` → ``acme``, ``didn't`` → ``did``, ``Said`` → ``said``.
    """
    w = word.lower().replace("’", "'")
    if w.endswith("n't") and len(w) > 4:
        return _CONTRACTED.get(w, w[:-3])
    return _POSSESSIVE_END.sub("", w)


@dataclass(frozen=True)
class Token:
    """A token of the raw text: ``text[start:end] == word``."""

    start: int
    end: int
    word: str

    @property
    def lower(self) -> str:
        """The word in lower case, possessive and curly apostrophes normalised; a negative contraction is its
        auxiliary (``didn't`` → ``did``, ``won't`` → ``will``: the negation stays in the text, read by the titles):
        :func:`lower_word` of :attr:`word`."""
        return lower_word(self.word)

    @property
    def is_cap(self) -> bool:
        """Starts with a capital letter."""
        return self.word[:1].isupper()

    @property
    def is_word(self) -> bool:
        """Starts with a letter."""
        return self.word[:1].isalpha()


@dataclass(frozen=True)
class Clause:
    """What one dated clause says.

    Attributes
    ----------
    start, end : int
        The clause in the raw text (``text[start:end]``).
    actors : tuple of str
        Named entities (surface forms), in order; the subject first when it is one.
    subject : tuple of int
        ``(start, end)`` of the subject phrase in the raw text, ``(0, 0)`` when none was found.
    verb : tuple of int
        ``(start, end)`` of the main verb group (auxiliaries included), ``(0, 0)`` when none.
    verb_lemma : str
        Lemma of the main verb ("" when none).
    verb_form : str
        ``past``, ``present``, ``future``, ``passive``, ``perfect``, ``infinitive`` or "".
    action : str
        Lemma of the action: the main verb, or an event noun when there is no other verb than a reporting one;
        "" when none.
    actions : tuple of str
        Every lemma that may name the action: the main verb and, after a light or reporting verb, the noun it
        governs (``made an offer`` → ``make``, ``offer``).
    verbs : tuple of str
        Verb lemmas of every word of the clause that can be a verb (``accepting``, ``nomination`` → ``nominate``
        is not one, ``attack`` is): a broad set to recognise the same action said another way.
    object : tuple of int
        ``(start, end)`` of the object phrase, ``(0, 0)`` when none.
    terms : tuple of str
        Content lemmas of the clause (date words excluded), in order.
    kind : str
        ``event``, ``scheduled``, ``hypothetical`` or a kind of :data:`NON_EVENT_KINDS`.
    reason : str
        Why the kind is not ``event`` ("" for events).
    happening : tuple of str
        Noun lemmas of the subject of a happening verb (``a massive earthquake struck`` → ``earthquake``): the
        thing that happened (also among ``actions``); empty for other verbs.
    """

    start: int
    end: int
    actors: tuple[str, ...]
    subject: tuple[int, int]
    verb: tuple[int, int]
    verb_lemma: str
    verb_form: str
    action: str
    actions: tuple[str, ...]
    verbs: tuple[str, ...]
    object: tuple[int, int]
    terms: tuple[str, ...]
    kind: str
    reason: str
    happening: tuple[str, ...] = ()


# --------------------------------------------------------------------------- lexicon


def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    return all_lemmas(word)  # lemminflect's table, read lazily (timeline.lexicon); cached


def _is_verb(word: str) -> bool:
    lem = _lemmas(word)
    return "VERB" in lem or "AUX" in lem


def _verb_lemma(word: str) -> str:
    lem = _lemmas(word)
    for upos in ("VERB", "AUX"):
        if upos in lem:
            return lem[upos][0].lower()
    return word


#: verbs of a first-person 'I' that tell no act of the speaker: being, having, a modal, thinking or feeling
_NOT_ACTS = _MODALS | {"be", "have", "do", "think", "believe", "feel", "know", "want", "hope", "wish", "like", "love",
                       "need", "mean", "guess", "suppose", "expect", "fear", "say"}


def speaker_act(words: str) -> bool:
    """Whether quoted words in the first person singular tell the speaker's own past act (*This morning, I took part in
    a call with the chief executive*, *When I spoke with the coach last week, he …*): *I* alone as subject (not *my
    colleagues and I*: a body's act, which the text reports itself) before a simple past of an action (not *I was*,
    *I have*, *I thought*, *I said*)."""
    for m in re.finditer(r"\bI\s+(?:[a-z]+ly\s+)?([a-z]+)\b", words):
        if re.search(r"\b(?:and|or|nor)\s*$", words[: m.start()]):
            continue  # 'my colleagues and I sent …'
        w = m.group(1)
        lemma = _verb_lemma(w)
        if lemma not in _NOT_ACTS and w in verb_forms(lemma).get("VBD", ()):
            return True
    return False


def tells_past(words: str) -> bool:
    """Whether words tell something done or being done: a simple past not after a form of *be* (*we rejected the
    bid*, not *I'm so worried*, *we are pleased*), a perfect (*I have decided*) or a progressive (*the steps
    we are taking today*); a verb of saying (*…, the chief said today*) does not count."""
    toks = [t for t in tokens(words) if t.is_word]
    for k, t in enumerate(toks):
        w = t.lower
        if w.endswith("ing") and k and re.search(r"(?:^|['’])(?:am|m|is|are|re|was|were)$", toks[k - 1].lower):
            return True
        if w in {"have", "has", "had", "’ve", "'ve"} and k + 1 < len(toks) and toks[k + 1].lower not in _BE:
            lemma = _verb_lemma(toks[k + 1].lower)
            if toks[k + 1].lower in verb_forms(lemma).get("VBN", ()) and lemma not in {"be", "have"}:
                return True
        lemma = _verb_lemma(w)
        if lemma in {"be", "have", "do"} | _REPORTING or w not in verb_forms(lemma).get("VBD", ()):
            continue
        j = k - 1
        while j >= 0 and toks[j].lower.endswith("ly") and _is_adverb(toks[j].lower):
            j -= 1  # 'I'm so worried'
        if j < 0 or not re.search(r"(?:^|['’])(?:am|m|is|are|re|was|were|be|been|being|s)$", toks[j].lower):
            return True
    return False


def _noun_lemma(word: str) -> str:
    lem = _lemmas(word)
    if "NOUN" in lem:
        return lem["NOUN"][0].lower()
    if "VERB" in lem:
        return lem["VERB"][0].lower()
    return word


#: personal pronouns that are always subjects: a subject phrase read backwards ends with one ('This morning I want')
_SUBJECT_PRONOUNS = {"i", "we", "they", "he", "she"}


def _plural_present(tok: Token, prev: Token | None, nxt: Token | None) -> bool:
    """Whether the base form ``tok`` is a plural present verb right after its subject, a plural noun that is no verb
    (*club doctors fear that …*, *analysts note the delay*, *engineers prepare to …*): an article or *that*
    follows it, or *to* when it is no noun (*workers continue to …*) — not a compound noun (*the jobs report
    showed*, *the sales tax rise*, *the fans fear a*: *fans* is a verb too) nor a present before a
    preposition (*panelists talk on …*: a caption's verb stays unread, as before)."""
    if prev is None or nxt is None or not prev.is_word:
        return False
    lemmas = _lemmas(prev.lower)
    if not prev.lower.endswith("s") or "VERB" in lemmas or lemmas.get("NOUN", (prev.lower,))[0].lower() == prev.lower:
        return False  # no plural noun ('the sales tax'; 'the chair plans', a verb too)
    lem = _lemmas(tok.lower)
    return nxt.lower in _ARTICLES | {"that"} or nxt.lower == "to" and "NOUN" not in lem and "ADJ" not in lem


#: modals and the plural forms of 'have' and 'be': a plural noun's auxiliaries, never a verb's ('ships will', 'teams
#: have', 'talks were')
_PLURAL_AUX = _MODALS | {"have", "are", "were", "’ve", "'ve", "’re", "'re"}


#: prepositions of place after which an '-s' word that is a noun too, behind an adjective opening the clause, is
#: a plural noun: news places its sources and forces (*Military sources in the city*, *Rebel units near the
#: port*); not *on*, *for*, *at*, *with*, *of*, which a verb governs as often (*Congress votes on*, *Senate looks at*)
_PLACE_AFTER_NOUN = frozenset({"in", "near", "inside", "outside", "across", "around", "within", "throughout"})


def _opening_plural_noun(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]``, an '-s' word that is a noun too, is the plural noun of a subject that an adjective opens
    (capitalised as the clause's first word) and a place follows (*Military sources in the city, including …,
    said*): the capital is the sentence's, not a name's, so the word is no present verb after a name; not after a
    name inside the clause (*Prime Minister Brown calls in*) nor before other prepositions (*Congress votes on*)."""
    if i < 1 or i + 1 >= len(toks) or not (i == 1 or not toks[i - 2].is_word):
        return False
    prev, tok = toks[i - 1], toks[i]
    return prev.is_cap and not tok.is_cap and tok.lower.endswith("s") and "NOUN" in _lemmas(tok.lower) \
        and "ADJ" in _lemmas(prev.lower) and toks[i + 1].lower in _PLACE_AFTER_NOUN


def _is_finite_verb(tok: Token, prev: Token | None, nxt: Token | None = None) -> bool:
    """A lowercase word used as a finite verb: a past form, or a present '-s' form after a name or pronoun."""
    w = tok.lower
    if tok.is_cap or not tok.is_word or w in _STOP and w not in {"said", "told", "says"} or w.endswith("ing"):
        return False
    lem = _lemmas(w)
    if "VERB" not in lem:
        return False
    lemma = lem["VERB"][0].lower()
    if prev is not None and prev.word.endswith(("’s", "'s")):
        return False  # 'Freedonia’s actions': a noun after a possessive
    if lemma == w and prev is not None and prev.lower == "who" and set(lem) == {"VERB"}:
        return True  # 'those who remain', 'fans who live abroad': a plural present in a relative clause
    if lemma == w and _plural_present(tok, prev, nxt):
        return True  # 'club doctors fear that …', 'analysts note the delay'
    if lemma == w:
        # a base form needs an auxiliary or 'to' before it, except verbs whose past is their base ('put', 'set')
        return w in _SAME_PAST and prev is not None and (prev.is_cap or prev.lower in _PRONOUNS or prev.lower in {
            "first", "then", "also", "later", "finally", "that"} or prev.is_word and prev.lower not in _STOP and
            "NOUN" in _lemmas(prev.lower) and nxt is not None and nxt.lower in _DETERMINERS)  # 'the quake that hit …', 'waves hit the coast'
    if prev is not None and prev.lower == "that" and not w.endswith("s"):
        return True  # 'the storm that struck the coast': a relative clause's verb
    noun = "NOUN" in lem or "ADJ" in lem
    if w.endswith("ed") or not noun:
        return True
    if not w.endswith("s"):  # an irregular past that is also a noun or adjective: 'smoke rose', 'fire broke'
        return prev is not None and prev.lower not in _DETERMINERS and prev.lower not in _PREPOSITIONS and (
            prev.is_cap or prev.lower in _PRONOUNS or "NOUN" in _lemmas(prev.lower))
    # '-s' forms: 'talks', 'offers' are nouns as often as verbs
    if prev is None or "NOUN" in lem and prev.lower in _DETERMINERS:
        return False
    if "NOUN" in lem and nxt is not None and nxt.lower in _PLURAL_AUX:
        return False  # 'Two ships will dock', 'rescue teams have arrived': a plural noun before its auxiliary
    if "NOUN" in lem and nxt is not None and (nxt.lower in {"and", "or", "of", ","} or nxt.is_word and not nxt.is_cap
                                              and "VERB" in _lemmas(nxt.lower)
                                              and _lemmas(nxt.lower)["VERB"][0].lower() != nxt.lower):
        return False  # 'International teams and …', 'teams spent': a plural noun before its verb
    prev_lem = _lemmas(prev.lower)
    if "NOUN" in prev_lem and prev.lower.endswith("s") and prev_lem["NOUN"][0].lower() != prev.lower:
        return False  # 'to skirt emissions tests': a plural noun takes no '-s' verb, so both are nouns
    return prev.is_cap or prev.lower in _PRONOUNS or set(prev_lem) == {"NOUN"} and prev.lower not in _STOP


#: event nouns news writes for the same happening (clippings and plain synonyms), reduced to one word
_SAME_EVENT = {
    "quake": "earthquake", "temblor": "earthquake", "tremor": "earthquake", "blast": "explosion",
    "blaze": "fire", "catastrophe": "disaster", "calamity": "disaster", "buyout": "acquisition",
    "takeover": "acquisition", "lawsuit": "suit", "poll": "election", "polls": "election", "ouster": "removal",
    "dismissal": "removal", "sacking": "removal", "walkout": "strike", "swearing-in": "inauguration",
    "layoff": "cut", "layoffs": "cut", "lay": "cut",
    "scrap": "terminate", "abandon": "terminate", "cancel": "terminate", "end": "terminate", "axe": "terminate",
    "ditch": "terminate", "cancellation": "terminate", "abandonment": "terminate", "sack": "removal",
    "oust": "removal", "dismiss": "removal", "killing": "kill", "murder": "kill",
    # taking office: 'his inauguration', 'was sworn in', 'takes the oath (of office)', 'inaugurated'
    "swear": "inauguration", "oath": "inauguration", "inaugurate": "inauguration",
    # leaving office, detaining, buying a company, suing
    "quit": "resign", "resignation": "resign", "detain": "arrest", "detention": "arrest",
    "capture": "arrest", "apprehend": "arrest",  # a suspect captured or apprehended is arrested
    "acquire": "acquisition", "purchase": "acquisition", "buy": "acquisition", "sue": "suit",
    # lending and rescuing: 'lent $5 billion' = 'a $5 billion loan', 'bailed out' = 'bailout' = 'rescue'
    "lend": "loan", "lent": "loan", "bailout": "rescue", "bail": "rescue",
}
#: phrasal verbs that say a one-word action ('walked away from the deal' → abandon)
_PHRASAL = {("walk", "away"): "abandon", ("pull", "out"): "withdraw", ("back", "out"): "withdraw",
            ("call", "off"): "cancel", ("lay", "off"): "layoff", ("step", "down"): "resign",
            ("drop", "out"): "withdraw", ("take", "over"): "takeover", ("buy", "out"): "buyout",
            ("break", "through"): "breakthrough"}
#: verbs whose subject names the happening itself ('a massive earthquake struck', 'fire broke out')
_HAPPEN = {"hit", "strike", "occur", "happen", "erupt", "break", "unfold", "rock", "ravage", "devastate", "sweep",
           "cripple", "destroy", "damage", "flood", "batter", "engulf", "spread", "shake"}


def action_stem(lemma: str) -> str:
    """The key under which a verb and its derived noun meet.

    ``terminate``/``termination`` → ``termin``, ``announce``/``announcement`` →
    ``announc``, ``approve``/``approval`` → ``approv``; two stems are the same
    action when one (of four letters or more) is a prefix of the other or they share five letters. A few
    event nouns news writes for the same happening meet too (``quake`` and
    ``earthquake``, ``takeover`` and ``acquisition``, ``layoffs`` and ``cuts``, ``scrapped``/``ended`` and
    ``terminated``).

    Parameters
    ----------
    lemma : str

    Returns
    -------
    str
    """
    s = lemma.lower()
    s = _SAME_EVENT.get(s, s)
    for suffix in ("isation", "ization", "ation", "ition", "ution", "ment", "ance", "ence", "sion", "tion", "ure",
                   "ing", "al", "ate", "ion", "e", "s"):
        if s.endswith(suffix) and len(s) - len(suffix) >= 3:
            return s[: -len(suffix)]
    return s


# --------------------------------------------------------------------------- tokens and bounds


#: how many pieces of text :func:`tokens` keeps the tokens of: the clause rules, the lede and the titles read the
#: same sentence's tokens many times over (most calls in a folder ask for tokens already made)
TOKENS_KEPT = 4096


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` (a fresh list; the tokens, which cannot change, are
    kept for the last :data:`TOKENS_KEPT` pieces of text asked for)."""
    end = len(text) if end is None else end
    return list(_kept_tokens(text, start, end))


@lru_cache(maxsize=TOKENS_KEPT)
def _kept_tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    """:func:`tokens`, kept."""
    return tuple(Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end))


#: a sentence-opening subordinate clause up to its comma ('While …,', 'Although …,')
_OPENER = re.compile(r"\W*(?:While|Although|Though|Whereas|As|Because|Since|Despite|Amid|After|Before|When|Once|Following)\b[^,;:]{3,160},\s*")


#: the rest of a list of names that an opening subordinate clause ends with (*After talks with Acme, | Brightline
#: and Corvex, | the regulator …*, *After efforts from Senators Ann Lee (D-NJ), | Bo Roe (D-CT), and Cy Poe (D-MA), |
#: the department …*): names, each opened by a capital, the last after ``and``/``or``, up to a comma
_OPENER_LIST = re.compile(r"(?:[A-Z][^,;:]{0,59},\s*){0,6}?(?:[A-Z][^,;:]{0,59}?\s)?(?:and|or)\s+[A-Z][^,;:]{0,59},\s*")


def _opener_list_end(text: str, end: int, date_start: int) -> int:
    """Where the main clause starts after an opening subordinate clause that :data:`_OPENER` ends at ``end``: past
    the rest of a list of names the opener ends with (:data:`_OPENER_LIST`: the opener's last word before its comma
    is a name or a closing bracket, and the list's items have no verb), so that its last item is not read as the
    subject (*After talks with Acme, Brightline and Corvex, the regulator approved …*: the regulator approved).
    Not a subject of two after a common noun (*After the storm, Lee and Roe resigned*: a verb)."""
    before = text[max(0, end - 40) : end].rstrip(", \t\n")
    if not re.search(r"(?:\b[A-Z][\w.’'-]*|\))$", before):
        return end
    more = _OPENER_LIST.match(text, end, date_start)
    if more is None or _has_inflected_verb(tokens(text, end, more.end())):
        return end
    return more.end()


#: an opening phrase of a fixed preposition ('In light of …,', 'Pursuant to …,', 'In order to …,'): no subject, no
#: verb of the clause (*In light of these functions being transferred …, the lawmakers today called for …*)
_FIXED_OPENER = re.compile(r"\W*(?:(?:therefore|thus|accordingly|and|but|so|now),?\s+)?(?:in\s+(?:light|view|"
                           r"respect|support|recognition|anticipation|the\s+wake)\s+of|in\s+order\s+to|pursuant\s+to|"
                           r"in\s+(?:response|reply|addition|accordance)\s+(?:to|with)|with\s+regard\s+to|"
                           r"due\s+to|owing\s+to|as\s+a\s+result\s+of|on\s+behalf\s+of)\s[^;:]{3,240}?,\s+", re.I)


def _fixed_opener_end(text: str, start: int, end: int, date_start: int) -> int:
    """Where the clause starts after an opening phrase of a fixed preposition (:data:`_FIXED_OPENER`) and the
    verbless pieces set off by commas after it (*under the powers conferred on me by section 3 of the Act,
    42 U.S.C. § 247, on May 1 I determined …*); ``start`` when there is none before the date."""
    m = _FIXED_OPENER.match(text, start, end) if start < end else None
    if not m or m.end() > date_start:
        return start
    at = m.end()
    nxt = re.compile(r"[^,;:]{1,40}?,\s+")
    more = nxt.match(text, at, end)
    while more and more.end() <= date_start and re.match(r"[\d§(A-Z]", text[at]) \
            and _verbless(tokens(text, at, more.end())):
        at = more.end()
        more = nxt.match(text, at, end)
    return at


#: the start of a non-restrictive place clause ('…, where riots broke out in August'): it states an event of its
#: own (a 'which'/'who' clause is left in: its subject is the antecedent, outside it)
_RELATIVE_CLAUSE = re.compile(r",\s+where\b")


def _relative_bounds(text: str, s: int, e: int, date_start: int, date_end: int) -> tuple[int, int]:
    """Narrow a clause to the ``, where …`` clause holding the date (up to its closing comma), or end it before
    one that follows the date: *The minister visited Lyon, where the outbreak had begun in August*
    gives the August date the outbreak and the visit's date the visit."""
    for m in _RELATIVE_CLAUSE.finditer(text, s, e):
        if m.start() >= date_end:
            return s, m.start()
        close = text.find(",", m.end(), e)
        close = e if close < 0 else close
        if m.end() <= date_start and date_end <= close:
            return m.start() + 1, close
    return s, e


def clause_bounds(text: str, start: int, end: int, date_start: int, date_end: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` around a date: split at ``; – — ( )``, ``, and``/``, but``/``, while``,
    ``and``/``but`` before a subject pronoun (``… and she asked the agency …``: a past verb after ``and``),
    after an opening subordinate clause (``While …,``, ``Although …,``, ``After …,``), at a web address (a source
    line such as ``Original URL: http://…`` run into the first sentence), and around a non-restrictive ``, where …``
    clause: the date inside one gets that clause, a date before one does not.

    Parameters
    ----------
    text : str
    start, end : int
        The sentence.
    date_start, date_end : int
        The date mention inside it.

    Returns
    -------
    tuple of int
        ``(start, end)`` with no surrounding white space.
    """
    s, e = start, end
    opener = _OPENER.match(text, start, end)
    if opener and opener.end() <= date_start:  # (a match at a position gives offsets into the whole text)
        s = _opener_list_end(text, opener.end(), date_start)  # 'While the nation suffered …, the President traveled'
    asides = _short_asides(text, start, end, date_start, date_end)
    for m in re.finditer(r"[;–—()]|, and |, but |, while |, whereas |\b(?:https?://|www\.)\S+|"
                         r"\sbut (?=(?:i|we|you|they|he|she)(?:[’'](?:m|re|ve|ll|d|s))?\s)|"
                         r"\sand (?=(?:he|she|they|we)\s+(?:also\s+|then\s+|later\s+)?[a-z]+ed\s)", text[start:end]):
        pos = start + m.start()
        if pos < date_end and start + m.end() > date_start:
            continue  # the date is inside this web address
        if m.group() == "–" and _hyphen_dash(text, pos, end):
            continue  # 'anthrax–containing envelopes': a compound typeset with a dash, no clause boundary
        if any(a <= pos < b and (short and b <= date_start or a >= date_end and _no_main_verb(text, s, a, date_start,
                                                                                         date_end))
               for a, b, short in asides) or _list_link(text, m.group(), s, pos, start + m.end(), end,
                                                         (date_start, date_end)):
            continue  # 'Rep. Jane Roe (D-NJ) voted', 'Senators A, B, C, and D sent': no clause ends there
        if m.group().startswith((" and", "\tand", "\nand")) and not _has_inflected_verb(tokens(text, s, pos)):
            continue  # 'The mayor and he toured …': a subject of two, not a second clause
        if pos < date_start:
            s = max(s, start + m.end())  # (not back inside an opener's list of names)
            later = _OPENER.match(text, s, end) if m.group() in ";–—" else None
            if later and later.end() <= date_start:  # 'WASHINGTON – After talks with A, B and C, the regulator …'
                s = _opener_list_end(text, later.end(), date_start)
        elif pos >= date_end:
            if m.group() in "–—" and _entry_dash(text, pos, end, date_start, date_end):
                continue  # '1994 – Treaty signed', 'March 3, 2021 — The council approved …': the entry is the clause
            e = pos
            break
    e = _past_aside(text, s, e, end, (date_start, date_end))
    s = _fixed_opener_end(text, s, e, date_start)  # ('…, and under the powers conferred on me, I found')
    s, e = _relative_bounds(text, s, e, date_start, date_end)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


#: what may open a line before a chronicle entry's date: a list mark ('- ', '• ', '* ', '1. ') or nothing
_ENTRY_OPENER = re.compile(r"[ \t]*(?:(?:[-–—*•·]|\d{1,2}[.)])[ \t]+)?")


def _entry_dash(text: str, pos: int, end: int, date_start: int, date_end: int) -> bool:
    """Whether the dash at ``pos`` joins a date opening its line to the entry it dates, as a chronicle or a list
    of dates writes one (*1994 – Treaty signed*, *March 3, 2021 — The council approves the budget.*): only a
    list mark before the date on its line, only white space (or a comma) between the date and the dash, a
    word after it, and no second dash in the sentence (*On May 3 – hours after the vote – the club …* is an
    aside, :func:`_past_aside`). Not a dateline after a place (*PARIS, May 3 – …*: the date is not the line's
    first word)."""
    line_start = text.rfind("\n", 0, date_start) + 1
    return bool(_ENTRY_OPENER.fullmatch(text, line_start, date_start)) and not text[date_end:pos].strip(" ,") \
        and re.match(r"\s+\w", text[pos + 1 : pos + 4]) is not None and re.search("[–—]", text[pos + 1 : end]) is None


def _hyphen_dash(text: str, pos: int, end: int) -> bool:
    """Whether the en dash at ``pos`` joins two words with no space on either side, the second a lower-case content
    word, and is the only one up to the sentence's ``end``: a compound typeset with an en dash (*virus–infected
    cells*, *an Eastport–based firm*), or it follows a capital or a digit of a word and a word follows (a coded
    name: *KRV–19*, *Q7R2–like*); not a break between clauses (*the club – founded in 1900 – signed*, *cases
    rose–and fell*), a range (*May–June*) nor the first of a pair around an aside (*the club–founded in the
    spring–signed*)."""
    if pos > 0 and re.match(r"[A-Z\d]", text[pos - 1]) and re.match(r"\w", text[pos + 1 : pos + 2]) \
            and re.search(r"[^\W\d_]", text[text.rfind(" ", 0, pos) + 1 : pos]):
        return True  # 'KRV–19', 'Q7R2–like': a coded name's dash (as :data:`_TOKEN` reads it), no boundary
    after = re.match(r"[a-z]+", text[pos + 1 : pos + 30])
    if not (pos > 0 and text[pos - 1].isalpha() and after and after.group() not in _STOP):
        return False  # ('cases rose–and then fell': a break)
    return text.find(text[pos], pos + 1, end) < 0


def _no_main_verb(text: str, s: int, a: int, date_start: int, date_end: int) -> bool:
    """Whether ``text[s:a]``, the clause up to a bracket after the date, has no verb of its own yet: the verbs of a
    relative clause after the subject are not its own (*a man who lived in Lyon (pop. 500,000) died*)."""
    toks = tokens(text, s, a)
    rel = next((k for k, t in enumerate(toks) if k and _relative_word(t) and toks[k - 1].is_word
                and toks[k].lower != "that"), len(toks))
    return _verbless(toks[:rel])


#: only a preposition before a date that opens its clause ('On May 3—…')
_DATE_HEAD = re.compile(r"\W*(?:(?:on|in|by|at|early|late)\s+)?", re.I)
#: where a clause ends after a dashed aside
_AFTER_ASIDE_END = re.compile(r"[;–—()]|, and |, but |, while |, whereas ")


def _aside_after_date(text: str, cs: int, ce: int, date_start: int, date_end: int) -> tuple[int, int]:
    """``(start, end)`` of a dashed aside between a date that opens its clause and the main clause (*On April
    3—hours after the final whistle—the club sacked …*), ``(0, 0)`` when none: its verbs are not the clause's."""
    if not _DATE_HEAD.fullmatch(text, cs, date_start):
        m = re.compile(r"\s*[–—][^–—]*[–—]").search(text, date_end, ce)
        return (m.start(), m.end()) if m and _subject_after_date(text, cs, m.start(), date_start, date_end) \
            else (0, 0)  # 'At noon on May 3, a storm—the worst in years—hit the coast'
    m = re.match(r"\s*[–—][^–—]*[–—]", text[date_end:ce])
    return (date_end, date_end + m.end()) if m else (0, 0)


def _subject_after_date(text: str, s: int, e: int, date_start: int, date_end: int) -> bool:
    """Whether ``text[s:e]`` is a subject after the date and before a dash, with no verb yet (the date's own words
    are no verb, nor is a month before a day: not the modal *may* of *May 3*): *At noon on May 3, a storm|—the
    worst in years—struck the coast*."""
    toks = [t for t in tokens(text, s, e) if not (t.start < date_end and t.end > date_start)]
    toks = [t for k, t in enumerate(toks)
            if not (t.word == "May" and k + 1 < len(toks) and toks[k + 1].word[:1].isdigit())]
    return date_end < e and any(t.is_word for t in tokens(text, date_end, e)) and _verbless(toks)


def _past_aside(text: str, s: int, e: int, end: int, date: tuple[int, int]) -> int:
    """The end of the clause of a date that opens it, or of a subject after the date (:func:`_subject_after_date`),
    before a dashed aside: past the aside, to the end of the main clause (*On May 3—hours after the final
    whistle—the club sacked its coach*: the date is the main clause's, not a bare date line); ``e`` unchanged
    otherwise."""
    if e >= end or text[e] not in "–—" or not (_DATE_HEAD.fullmatch(text, s, date[0])
                                                or _subject_after_date(text, s, e, *date)):
        return e
    close = re.compile(r"[–—]").search(text, e + 1, end)
    if close is None:
        return e
    nxt = _AFTER_ASIDE_END.search(text, close.end(), end)
    return nxt.start() if nxt else end


def _short_asides(text: str, start: int, end: int, date_start: int, date_end: int) -> list[tuple[int, int, bool]]:
    """``(start, end, short)`` of the brackets of at most 100 characters after a word, not around the date; short when
    they hold only capitalised words, signs and short numbers (*Rep. Jane Roe (D-NJ)*, *the agency (EPA)*, *Jo Doe
    (CA - 05)*; not *(6:00am UTC)*). An aside in a noun phrase, no clause boundary: a short one anywhere before the
    date, any one after the date while the verb is still to come (*the shareholders of Acme (referred to as the
    Company) approved*)."""
    spans = []
    for m in re.finditer(r"\(([^()]{1,100})\)", text[start:end]):
        a, b = start + m.start(), start + m.end()
        inside = tokens(text, a + 1, b - 1)
        short = len(m.group(1)) <= 40 and all(
            t.is_cap or not t.is_word and not t.word[:1].isdigit() or re.fullmatch(r"\d{1,3}", t.word) for t in inside)
        before = text[:a].rstrip()[-1:]
        if not (a < date_end and b > date_start) and (before.isalpha() or before == "."):
            spans.append((a, b, short))
    return spans


def _list_link(text: str, link: str, s: int, pos: int, after: int, end: int, date: tuple[int, int]) -> bool:
    """Whether ``, and``/``, but`` at ``pos`` joins the last item of a list rather than a clause: after the date,
    when the clause before it has no verb yet (*Today, Senators A, B, C, and D sent a letter*); before the date, when
    the rest of the sentence has none (*declared for floods, storms, and several 2008 hurricanes*)."""
    if link not in {", and ", ", but "}:
        return False
    if pos >= date[1]:
        before = [t for t in tokens(text, s, pos) if not (t.start < date[1] and t.end > date[0])]
        listed = any(t.word == "," and text[date[1] : t.start].strip() for t in before)  # 'A, B, and C'
        return listed and any(t.is_word for t in before) and _verbless(before)
    rest = tokens(text, after, end)
    return pos < date[0] and text.count(",", s, pos) >= 1 and bool(rest) and _verbless(rest)


@dataclass(frozen=True)
class SubEvent:
    """A second event a sentence states in a clause of its own, after its main clause.

    Attributes
    ----------
    start, end : int
        The clause in the raw text, its link words included (``after an earthquake struck``).
    body : int
        Where the clause proper starts, after its link words (``an earthquake struck``).
    link : str
        ``result`` (*…, triggering an evacuation*), ``where`` (*…, where riots broke out*), the time
        conjunction (``after``, ``before``, ``following``; a ``when`` clause tells the time of the main event and
        stays in its quote), ``as``/``while`` for each clause of a chain at the main event's time
        (:func:`_as_clauses`; the second and later ones start at their subject), or :data:`CONTRAST` for the other
        clause of a concessive sentence (:func:`contrast_clauses`).
    offset : str
        The distance a time clause is put at (``15 minutes``, ``two days``, ``soon``, ``long``), "" when none.
    same_time : bool
        For a :data:`CONTRAST` clause: whether it is told of the same occasion as the other clause (its date
        then dates it).
    """

    start: int
    end: int
    body: int
    link: str
    offset: str
    same_time: bool = False


#: a result participle set off by a comma: '…, triggering an evacuation of civilians'
_RESULT_LINK = re.compile(r",\s+(?:triggering|prompting|forcing|leading to|sparking|causing|setting off|"
                          r"resulting in|touching off)\s+", re.I)
#: a time clause after the main one, with an optional distance: '… after an earthquake struck', ', 15 minutes after'
#: (whole words: the 'day' of 'today after …' is no distance)
_TIME_LINK = re.compile(r"(?:,\s+)?(?:\b(?P<adverb>soon|shortly|just|right|immediately|only|not long|long|well|even|"
                        r"barely|less than|more than)\s+)?(?:\b(?P<offset>(?:(?:\d+|an?|one|two|three|four|five|six|"
                        r"seven|eight|nine|ten|several|a few)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|"
                        r"years?)|(?:the|a|one) (?:day|night|morning|evening|week|month|year))\s+)?"
                        r"\b(?P<link>after|before|following)\s+", re.I)
_WHERE_LINK = re.compile(r",\s+where\s+", re.I)
#: a clause joined by ', and' whose own subject *also* did something in the past (*…, and police also marched over
#: their pay*, *…, and the league also fined its coach*): a second doer's act on the same occasion
_ALSO_LINK = re.compile(r",\s+and\s+(?=(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[A-Za-z][\w’'.-]*\s+){1,3}?"
                        r"also\s+[a-z]{2,}ed\b)")
#: a possibility or a proneness just before a result participle ('brakes prone to wear and possibly failing, causing
#: crashes', 'a flaw that could let water in, causing damage'): the result is of what may happen, no second event
_MAY_RESULT = re.compile(r"\b(?:possibly|potentially|perhaps|(?:prone|liable|likely|apt)\s+to|capable\s+of|"
                         r"(?:risk|danger|threat)\s+of|could|might|may|can)\b[^.;:!?]{0,60}$")
_SUB_END = re.compile(r",\s|[;–—()]|[.!?…][\"”’']*\s*$")
#: 'as'/'while' after the main clause, opening clauses of events at the same time ('… fell Monday as the board
#: rejected the bid, the founder sold his stake, and a regulator opened a probe')
_AS_LINK = re.compile(r"(?:,\s+)?\b(?:(?:just|even)\s+)?(?P<link>as|while)\s+", re.I)
#: words before 'as' that make it no time link: 'such as', 'as well as', 'known as', 'as many as', 'the same as',
#: 'except as'
_AS_BEFORE = re.compile(r"\b(?:such|well|known|same|so|regarded|described|seen|serve[sd]?|act(?:ed|s)?|except|"
                        r"as\s+[\w-]+)\s*$", re.I)
#: words after 'as' that make it no clause of an event: 'as part of', 'as expected', 'as a result', 'as of'; a rule's
#: reference ('as otherwise restricted in this order', 'as provided in section 2', 'as noted above')
_AS_AFTER = re.compile(r"(?:part|well|expected|planned|scheduled|usual|a result|of|soon|long|far|much|many|if|though|"
                       r"for|to|such|in|with|was the case|otherwise|provided|required|permitted|noted)\b", re.I)
#: the separators of coordinated clauses after 'as': '…, the stock exchange reopened, and curtains rose'; an 'and'
#: between two clauses with a subject and a verb each ('lenders seized the offices and the chief executive resigned')
_AS_NEXT = re.compile(r",\s+(?:and\s+)?")
_AS_AND = re.compile(r"\s+and\s+")
#: verbs that say how things stood, not what happened ('as prices were high', 'as talks continued')
#: moods and feelings ('as investors cheered the deal', 'as traders weighed the news', 'as the family wept'): a
#: reason or a setting, no happening
_AS_STATES = _STATE_VERBS | {"be", "have", "wait", "watch", "look", "struggle", "try", "hope", "want", "need", "face",
                             "cheer", "welcome", "worry", "fret", "fear", "weigh", "digest", "shrug", "await", "eye",
                             "bet", "like", "dislike", "doubt", "brace", "weep", "cry", "sob", "gasp", "applaud",
                             "mourn", "grieve", "approach", "near", "loom", "unfold", "drag", "wane", "dawn"}
#: moves of a figure ('as the market slumped', 'as sales jumped 20%', 'as cases surged'): a reason, no happening
#: (not 'as curtains rose at the theaters': no figure moves)
_AS_MOVES = {"rise", "fall", "gain", "lose", "drop", "jump", "climb", "slide", "slip", "surge", "soar", "tumble",
             "plunge", "sink", "slump", "spike", "rally", "decline", "dip", "ease", "edge", "rebound", "recover",
             "increase", "decrease", "double", "halve", "shrink", "swell"}
#: times of day that fall or break ('as night fell', 'as darkness fell'): a setting, with the time nouns
_FALLING_TIME = {"dusk", "darkness", "dawn", "evening", "nightfall", "daylight"}
_FIGURE = re.compile(r"\b(?:markets?|sales|profits?|revenues?|earnings|rates?|inflation|unemployment|output|exports?|"
                     r"imports?|demand|costs?|toll|turnout|cases|infections|deaths|numbers|figures|currency)\b", re.I)


def _own_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a subject and a finite verb of its own (``an earthquake struck``,
    ``Judge Ann Lee takes the bench``), not a noun phrase alone (``the outbreak``, ``Judge Lee``)."""
    toks = tokens(text, start, end)[:12]
    for k in range(1, min(5, len(toks) - 1)):  # 'pressure rises in …': noun + verb + preposition
        w = toks[k].lower
        if not toks[k].is_word or toks[k].is_cap or w in _STOP or not all(t.is_word for t in toks[:k]) \
                or any(t.lower in _BOUNDARY_WORDS | _PREPOSITIONS for t in toks[:k]):
            break
        if w.endswith(("s", "ed")) and not w.endswith("ss") and _is_verb(w) and toks[k + 1].lower in _PREPOSITIONS \
                and "NOUN" in _lemmas(toks[k - 1].lower) and not (w.endswith("ed") and toks[k + 1].lower == "by"):
            return True
    for g in _verb_groups(toks, set()):
        subject = toks[: g.first]
        if g.first == 0 or g.first > 6 or g.form in {"infinitive", "participle"}:
            return False
        return any(t.is_word and t.lower not in _STOP for t in subject) and not any(
            t.word == "," or t.lower in (_BOUNDARY_WORDS | _PREPOSITIONS | {"what"}) - {"of"} for t in subject)
    return False


#: personal pronouns that may be the subject of a time clause set off by dashes ('—an hour after she resigned—')
_PERSONAL = frozenset({"i", "we", "he", "she", "they", "you"})


def _dashed_pronoun_clause(text: str, link: int, body: int, end: int) -> bool:
    """Whether the time clause ``text[body:end]`` is set off by dashes and has a personal pronoun subject and a
    finite verb (*On May 2—an hour after she resigned—the council met*, *—hours after we landed—*):
    an aside of its own, which a bare pronoun does not make of a clause between commas."""
    if not (text[:link].rstrip().endswith(("—", "–")) and text[end : end + 1] in ("—", "–")):
        return False
    toks = tokens(text, body, end)[:8]
    if len(toks) < 2 or toks[0].lower not in _PERSONAL:
        return False
    groups = _verb_groups(toks, set())
    return bool(groups) and groups[0].first == 1 and groups[0].form not in {"infinitive", "participle"}


def _event_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a clause that states an event: a subject with a content word (not a pronoun,
    no preposition but *of*, no link word but *and*: ``the region's schools and libraries``) and a simple past verb
    of something done (``began``, ``reopened``, ``rose``), not of a state or a feeling (``were``, ``continued``,
    ``waited``, ``wept``; a time as subject: ``night fell``), of a process growing (``deepened``), of a figure moving (``the market slumped``,
    ``sales jumped 20%``) nor a bare report (``officials said``; ``the company announced a buyback`` is one)."""
    toks = tokens(text, start, end)[:14]
    groups = _verb_groups(toks, set())
    if not groups:
        return False
    g = groups[0]
    if not 1 <= g.first <= 7 or g.head != g.first or g.form != "past" or g.lemma in _AS_STATES | TREND_VERBS:
        return False
    piece = text[start:end]
    if g.lemma in _AS_MOVES and (_MARKET.search(piece) or _NUMBER.search(piece) or _FIGURE.search(piece)):
        return False
    nxt = toks[g.head + 1].lower if g.head + 1 < len(toks) else ""
    if g.lemma in _REPORTING and nxt not in _DETERMINERS and not nxt[:1].isdigit():
        return False
    subject = toks[: g.first]
    blocked = (_BOUNDARY_WORDS - {"and"}) | (_PREPOSITIONS - {"of"}) | {"what"} | _TIME_NOUNS | _FALLING_TIME
    return all(t.is_word for t in subject) and not any(t.lower in blocked for t in subject) \
        and any(t.lower not in _STOP for t in subject)


def _as_clauses(text: str, start: int, end: int, *, after: int = -1) -> list[SubEvent]:
    """The coordinated clauses after a time ``as``/``while`` (at or after ``after``) that each state an event at the
    time of the main clause: *Shares fell Monday as the board rejected the bid, the founder sold his stake, and the
    regulator opened a probe* gives three (:func:`_event_clause`; the first with its link word, the next ones
    without their ``, and``; an ``and`` without a comma parts two clauses that each have a subject and a verb, not
    two nouns of one subject: *buses and airports began*). The chain ends at the first part that is no such clause (``, officials said``,
    ``, killing 12``). Not after fewer than three words (an opening ``As …,``), nor ``such as``, ``as well as``,
    ``known as``, ``as many as``, ``as part of``, ``as expected``, ``as a result``: only the first ``as`` that opens
    one is read.
    """
    for m in _AS_LINK.finditer(text, max(start, after), end):
        head = text[start : m.start()]
        if not re.search(r"\w+\W+\w+\W+\w+", head) or _AS_BEFORE.search(head) or _AS_AFTER.match(text, m.end(), end):
            continue
        out: list[SubEvent] = []
        link, lead, body = m.group("link").lower(), m.start() + len(m.group(0)) - len(m.group(0).lstrip(", ")), m.end()
        while True:
            stop = _SUB_END.search(text, body, end)
            e = stop.start() if stop else end
            if e - body < 3 or not _event_clause(text, body, e):
                break
            joined = next((j for j in _AS_AND.finditer(text, body, e) if _event_clause(text, body, j.start())
                           and _event_clause(text, j.end(), e)), None)  # '… seized the port and the mayor fled'
            out.append(SubEvent(lead, joined.start() if joined else e, body, link, ""))
            nxt = joined or _AS_NEXT.match(text, e, end)
            if nxt is None:
                break
            lead = body = nxt.end()
        if out:
            return out
    return []


#: a time 'when' clause: '… Monday's sell-off when the bank failed and a rival was sold'
_WHEN_LINK = re.compile(r"\bwhen\s+", re.I)


def _done_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a subject of its own and a past verb, active or passive, of something done
    (``a rival was sold``, ``the minister resigned``), not a state (``prices were high``) nor a present or a plan
    (``its chairman is expected to resign``)."""
    if not _own_clause(text, start, end):
        return False
    toks = tokens(text, start, end)[:14]
    groups = _verb_groups(toks, set())
    if not groups or groups[0].lemma in _AS_STATES | _SKIP_TO_INFINITIVE | {"be"}:
        return False
    g = groups[0]
    return g.form == "past" or g.form == "passive" and toks[g.first].lower in {"was", "were"}


def _when_and(text: str, start: int, end: int, *, after: int = -1) -> list[SubEvent]:
    """The second clause of a time ``when`` clause (at or after ``after``) that joins two events with ``and``, each
    with its own subject and past verb: *shares fell Monday when the lender collapsed and a rival was sold* states
    the sale beside the collapse, at the same time (link ``and``; the clause starts at its subject, the main quote
    ends before the ``and``). The first clause stays in the main quote, as a ``when`` clause does. Nothing when the ``and`` joins
    two nouns (*when Smith and Jones met*) or the second part has no past verb of its own."""
    for m in _WHEN_LINK.finditer(text, max(start, after), end):
        stop = _SUB_END.search(text, m.end(), end)
        e = stop.start() if stop else end
        for j in _AS_AND.finditer(text, m.end(), e):
            if _event_clause(text, m.end(), j.start()) and _done_clause(text, j.end(), e):
                return [SubEvent(j.end(), e, j.end(), "and", "")]
    return []


#: the link of two coordinated clauses or verb phrases ('… on Monday and released on Tuesday', '…, and shareholders
#: voted on Thursday', '…; the court ruled in June'), with an adverb of sequence after it
_DATED_AND = re.compile(r"(?:,\s*(?:and|but)|\s+(?:and|but)|;)\s+(?:(?:then|later|subsequently|again)\s+)?", re.I)


def _verb_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a finite past verb, active or passive, of something done
    (``released the report``, ``was charged``), or is a clause of its own with one (:func:`_done_clause`)."""
    toks = tokens(text, start, end)[:10]
    groups = _verb_groups(toks, set())
    if not groups:
        return False
    g = groups[0]
    if g.first == 0 and not toks[0].is_cap and g.lemma not in _AS_STATES | _SKIP_TO_INFINITIVE | {"be"}:
        return g.form == "past" or g.form == "passive" and toks[0].lower in {"was", "were"}
    return _done_clause(text, start, end)


def _attributive(text: str, a: int, b: int) -> bool:
    """Whether the date ``text[a:b]`` belongs to a noun phrase (*last month's earthquake*, *the 2019 recall*), so
    it dates no verb of its clause."""
    return text[b : b + 2] in ("'s", "’s") or bool(re.search(r"\b(?:the|a|an|its|their|his|her)\s+$",
                                                             text[max(0, a - 7) : a], re.I))


def dated_conjuncts(text: str, start: int, end: int, dates: Sequence[tuple[int, int]]) -> list[SubEvent]:
    """The second of two coordinated clauses or verb phrases of the sentence ``text[start:end]`` that each hold a
    date of their own (``dates``, spans in the text): *The striker was charged on Monday | and released on
    Tuesday*, *The board approved the merger on Monday, | and shareholders voted on it Thursday*. Each states its
    own happening, so each is quoted alone (link ``and``; the clause starts at the ``and``, its body after it, up to the next
    comma, ``; – — ( )`` or the sentence end). Nothing when the part after ``and`` opens with no past verb
    (*between May 3 and May 20*, *on Monday and again on Tuesday*: one happening, two dates) or either part has no
    date (*was founded in 1990 and employs 200 people*).

    Returns
    -------
    list of SubEvent
        In text order.
    """
    out: list[SubEvent] = []
    begin = start
    for m in _DATED_AND.finditer(text, start, end):
        if m.start() < begin:
            continue
        stop = _SUB_END.search(text, m.end(), end)
        e = stop.start() if stop else end
        before = any(begin <= a and b <= m.start() and not _attributive(text, a, b) for a, b in dates)
        after = any(m.end() <= a and b <= e and not _attributive(text, a, b) for a, b in dates)
        if before and after and e - m.end() >= 3 and _verb_phrase(text, m.end(), e):
            lead = m.start() + len(m.group(0)) - len(m.group(0).lstrip(", \t\n"))
            out.append(SubEvent(lead, e, m.end(), "and", ""))
            begin = m.end()
    return out


#: the link of a clause coordinated with the clause before it in one sentence (:func:`coordinated_clauses`)
COORDINATED = "coordinated"
#: the link of two coordinated clauses ('…, and the second team arrived', '… and the court ruled', '…; rebels fled')
_CLAUSE_LINK = re.compile(r"(?:,\s*(?:and|but)|\s+(?:and|but)|;)\s+(?:(?:then|later|subsequently)\s+)?", re.I)
#: where a coordinated clause ends: a semicolon, a dash, a bracket or the sentence end (commas may list its objects)
_COORD_END = re.compile(r"[;–—()]|[.!?…][\"”’']*\s*$")
#: words that open a clause that may still go on after 'and' with a second subject of its verb
_OPEN_CLAUSE = (_BOUNDARY_WORDS - {"and", "but", "or"}) | {"how", "why", "what", "whether"}
#: verb forms of a clause that tells something done or to be done (not an infinitive, a participle or a state)
_DONE_FORMS = frozenset({"past", "passive", "perfect", "future"})
#: finite verb forms of the clause before the link
_FINITE_FORMS = _DONE_FORMS | {"present", "progressive", "modal"}
#: what may stand before a date that opens the sentence and so dates all its clauses ('On Monday,', 'Today,')
_DATE_OPENS = re.compile(r"[\W_]*(?:(?:on|in|by|at|early|late|during|and)\s+)?", re.I)
#: what follows a date that opens the sentence: a comma (*On Monday, …*), the words of the clause (*Today the team
#: …*), or a dash or colon that sets off a chronicle's entry (*March 3, 2003 - The fleet sailed; the port closed.*:
#: the entry's date heads each of its clauses)
_AFTER_OPENING_DATE = re.compile(r"\s*,|\s+[A-Za-z]|[^\S\n]*(?:[–—:]|-{1,2})[^\S\n]+[A-Za-z]")


def _linked_clause(text: str, start: int, end: int, *, pronoun: bool = False) -> str:
    """``clause`` when the words after a coordinating link have a subject of their own with a content word (a
    personal pronoun after a comma, when ``pronoun``) and a finite verb of something done or planned (``the second
    crew arrived``, ``a third will arrive``, ``a second was to cross``, ``the court has ruled``), "" otherwise: a
    state (``prices were high``), a second verb of the subject before the link (``and joined the briefing``: one
    actor's account goes on), a noun with its participle (``and supplies shipped by air``, ``adults aged 65``), a
    noun with a relative clause (``and the gardens he planted``), a noun (``Jones``, ``May 20``)."""
    toks = tokens(text, start, end)[:14]
    groups = _verb_groups(toks, set())
    while len(groups) > 1 and groups[0].form == "past" and groups[0].head + 1 < len(toks) \
            and toks[groups[0].head].lower.endswith("ed") and toks[groups[0].head + 1].lower in _PREPOSITIONS:
        groups = groups[1:]  # 'the support group assigned to the port began …': a participle of the subject
    if not groups or groups[0].first == 0:
        return ""  # no verb, or a verb of the subject before the link ('and joined the briefing')
    g = groups[0]
    planned = g.form == "infinitive" and toks[g.first].lower in {"was", "were"}  # 'a second was to arrive'
    if g.lemma in _AS_STATES | _SKIP_TO_INFINITIVE | {"be"} or g.form not in _DONE_FORMS and not planned:
        return ""
    if planned:  # a plan told in the past, after a subject of its own
        subject = toks[: g.first]
        return "clause" if g.first <= 6 and any(t.is_word and t.lower not in _STOP for t in subject) and not any(
            t.lower in _BOUNDARY_WORDS | _PREPOSITIONS or not t.is_word for t in subject) else ""
    if g.form == "past" and toks[g.head].lower.endswith("ed") and g.head + 1 < len(toks) \
            and (toks[g.head + 1].lower in _PREPOSITIONS or toks[g.head + 1].word[:1].isdigit()):
        return ""  # 'and progress related to …', 'supplies shipped by air', 'adults aged 65': a noun, a participle
    if pronoun and g.first == 1 and toks[0].lower in _PERSONAL:
        return "clause"  # '…, and we have sent a team': a personal pronoun after a comma
    if any(t.lower in _PRONOUNS for t in toks[: g.first]):
        return ""  # 'and the lives he destroyed': a relative clause of a noun, no clause of its own
    return "clause" if _own_clause(text, start, end) else ""


def _opening_date(text: str, start: int, dates: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The date that opens the sentence starting at ``start`` (*On Monday, …*, *Today, …*, *Sunday, May 3, …*, a
    chronicle's *May 3, 2003 - …*): it dates every clause of the sentence, not only the first."""
    for a, b in dates:
        if _DATE_OPENS.fullmatch(text, start, a) and _AFTER_OPENING_DATE.match(text, b, min(len(text), b + 6)):
            return a, b
    return None


def _clause_before(text: str, start: int, end: int) -> tuple[SubEvent, ...]:
    """The clause ``text[start:end]`` before a coordinated clause that holds the date (:func:`coordinated_clauses`),
    as a cut :data:`COORDINATED` clause (trimmed): the quote's main clause is read alone, and the clause before is
    an event of its own when a date of its own (its own quote) or its tense dates it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,;":
        end -= 1
    return (SubEvent(start, end, start, COORDINATED, ""),) if end - start >= 3 else ()


def _no_clause_before(text: str, begin: int, link: re.Match, mine: bool) -> bool:
    """Whether the words ``text[begin:link.start()]`` before a coordinating link are no clause the link can close: no
    finite verb; a subordinate clause that may go on after ``and`` with a second subject of its verb (*a hearing at
    which officials and the chief executive said …*); a list of nouns after a comma (*Smith met the mayor, the
    governor, and the senator spoke*); and, without a comma or semicolon, unless the clause after holds a date of its
    own (``mine``), any *and* (*we expect the mayor and her aides respond*), and one after a verb in the present or a
    noun governed by a preposition (*teams and soldiers spent*, *destroyed by the quake and aftershocks rose*)."""
    left = tokens(text, begin, link.start())
    head = [g for g in _verb_groups(left, set()) if g.form in _FINITE_FORMS]
    if not head:
        return True
    tail = left[head[-1].head:]
    last = max((n + 1 for n, t in enumerate(tail) if t.word == ","), default=0)
    if any(t.lower in _OPEN_CLAUSE for t in tail[last:]) or last and not _verb_groups(tail[last:], set()):
        return True
    if "," in link.group(0) or ";" in link.group(0):
        return False
    after = [t.lower for t in tail[1:]]
    preps = [n for n, w in enumerate(after) if w in _PREPOSITIONS]
    governed = bool(preps) and not _verb_groups(tail[1 + preps[-1]:], set())
    return not mine or head[-1].form == "present" or governed


def _listed_clauses(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The clauses listed with commas alone before the last of a list of clauses (*The first crew arrived on May 3,*
    | *a second reached the port on May 4,* | *and a third …*): the spans after a comma, up to the next comma or
    ``end``, that are clauses of their own (:func:`_linked_clause`) after words holding a finite verb."""
    out = []
    for c in re.finditer(r",\s+", text[begin:end]):
        s = begin + c.end()
        nxt = text.find(",", s, end)
        e = nxt if nxt >= 0 else end
        before = tokens(text, begin, begin + c.start())
        if _linked_clause(text, s, e) == "clause" and any(g.form in _FINITE_FORMS for g in _verb_groups(before, set())):
            out.append((s, e))
    return out


def coordinated_clauses(text: str, start: int, end: int, dates: Sequence[tuple[int, int]]) -> list[SubEvent]:
    """The clauses of the sentence ``text[start:end]`` coordinated after a first one, each telling an act of its
    own: a subject and a finite verb of something done after ``, and``, ``, but`` or ``;`` (*The first crew
    reached the island on Monday,* | *and a second reached the capital*), or after a bare ``and`` when it holds a
    date of its own (*The fleet has left the port* | *and the field hospital closed on May 3*), and the clauses
    listed before such a last one with commas alone (*…, a second reached the port on May 4, and …*). Not after
    words that are no clause it can close (:func:`_no_clause_before`), nor inside a name (*Parks and
    Recreation*).

    A date belongs to the clause that holds it. A date that opens the sentence (*On Monday, the team arrived, and
    a second left*) dates every clause: a cut clause is then told at the same time (``same_time``); a date inside
    another clause dates that clause alone, and a clause without one is only cut from its quote.

    Returns
    -------
    list of SubEvent
        In text order, link :data:`COORDINATED`, each from its link word (or subject) up to the next ``; – — ( )``
        or the sentence end (a listed one: up to its comma), its body from its subject.
    """
    own = [(a, b) for a, b in dates if start <= a and b <= end and not _attributive(text, a, b)]
    if not own:
        return []
    opening = _opening_date(text, start, own)
    out: list[SubEvent] = []
    begin = start
    for m in _CLAUSE_LINK.finditer(text, start, end):
        if m.start() < begin:
            continue
        stop = _COORD_END.search(text, m.end(), end)
        e = stop.start() if stop else end
        if e - m.end() < 3 or "," not in m.group(0) and ";" not in m.group(0) \
                and text[m.end()].isupper() and re.search(r"\b[A-Z][\w.’'-]*$", text[begin : m.start()]):
            continue  # 'the Office of Parks and Recreation': a name
        comma = _SUB_END.search(text, m.end(), end)
        mine = any(m.end() <= a and b <= e for a, b in own)
        if not _linked_clause(text, m.end(), comma.start() if comma else end, pronoun="," in m.group(0)) \
                or _no_clause_before(text, begin, m, mine):
            continue
        lead = m.start() + len(m.group(0)) - len(m.group(0).lstrip(", \t\n"))
        listed = _listed_clauses(text, begin, m.start()) if "," in m.group(0) else []
        for s, e2 in [*listed, (m.end(), e)]:
            inside = any(s <= a and b <= e2 for a, b in own)
            before = any(begin <= a and b <= s and (a, b) != opening for a, b in own)
            shared = opening is not None and not inside and not before
            if inside or before or shared:
                out.append(SubEvent(lead if s == m.end() else s, e2, s, COORDINATED, "", shared))
                begin = s
    return out


def _past_appositive(text: str, body: int, e: int, end: int) -> int:
    """Where a time clause ends when its subject ``text[body:e]`` is followed by an appositive set off by commas and
    then by its verb (*a day after Acme, the city's largest employer, closed two mines*; *after Lee, its chairman,
    resigned*): the end of the clause after the appositive, -1 when there is none. The subject is a short noun
    phrase without a verb; the appositive a noun phrase of at most eight words opened by a determiner or a capital
    (not a relative clause: *after Acme, which owns the mill, …*); and subject and verb read as a clause of their
    own once the appositive is blanked out (offsets kept). Not a list (*after Acme, Brightline and Corvex …*: the
    words after the second comma are no verb)."""
    if not text.startswith(", ", e):
        return -1
    subject = tokens(text, body, e)
    if not 1 <= len(subject) <= 5 or _verb_groups(subject, set()) \
            or any(t.lower in _BOUNDARY_WORDS | _PREPOSITIONS for t in subject):
        return -1
    stop = _SUB_END.search(text, e + 2, end)
    if stop is None or not text.startswith(", ", stop.start()):
        return -1
    aside = tokens(text, e + 2, stop.start())
    if not 1 <= len(aside) <= 8 or not (aside[0].lower in _DETERMINERS or aside[0].is_cap) \
            or any(t.lower in _BOUNDARY_WORDS for t in aside) or _verb_groups(aside, set()):
        return -1
    after = _SUB_END.search(text, stop.end(), end)
    clause_end = after.start() if after else end
    blanked = text[:e] + " " * (stop.end() - e) + text[stop.end() :]
    return clause_end if _own_clause(blanked, body, clause_end) else -1


def second_events(text: str, start: int, end: int, *, anchor: int = -1, dates: Sequence[tuple[int, int]] = ()
                  ) -> list[SubEvent]:
    """The clauses of the sentence ``text[start:end]`` that state an event of their own after the main clause:
    a result participle (``…, triggering an evacuation …``), a non-restrictive ``, where …`` clause, and a time
    clause (``after/before/following``) with its own subject and finite verb, possibly at a distance
    (``an hour after the jury returns its verdict``). A time clause that opens the sentence is not one (the
    main clause comes after it); a time phrase without a verb (``two days after the ruling``, ``after the vote``)
    is not one either. After ``anchor`` (the end of the main clause's date; anywhere when -1), the coordinated
    clauses after a time ``as``/``while`` are each one (:func:`_as_clauses`: *… eased Wednesday as the schools
    reopened, the courts resumed hearings, and shops raised their shutters*). With the spans of the sentence's
    ``dates``, a clause or verb phrase coordinated after one holding a date and holding another
    (:func:`dated_conjuncts`: *was charged on Monday and released on Tuesday*).

    Returns
    -------
    list of SubEvent
        In text order, each up to the next comma, ``; – — ( )`` or the sentence end (closing punctuation left out).
    """
    found: list[tuple[int, int, str, str]] = []
    for m in _RESULT_LINK.finditer(text, start, end):
        if not _MAY_RESULT.search(text[max(start, m.start() - 80) : m.start()]):
            found.append((m.start(), m.end(), "result", ""))
    for m in _WHERE_LINK.finditer(text, start, end):
        found.append((m.start(), m.end(), "where", ""))
    for m in _ALSO_LINK.finditer(text, start, end):
        found.append((m.start(), m.end(), "and", ""))
    for m in _TIME_LINK.finditer(text, start, end):
        head = text[start : m.start()]
        if not re.search(r"\w+\W+\w+\W+\w+", head):
            continue  # an opening 'After …,' clause, or a stub before it
        distance = " ".join(g for g in (m.group("adverb"), m.group("offset")) if g)
        found.append((m.start(), m.end(), m.group("link").lower(), distance))
    found.sort()
    out: list[SubEvent] = []
    for s, body, link, offset in found:
        if out and s < out[-1].end:
            continue  # inside the clause before
        stop = _SUB_END.search(text, body, end)
        e = stop.start() if stop else end
        if link in {"after", "before", "following"} and not _own_clause(text, body, e) \
                and not _dashed_pronoun_clause(text, s, body, e):
            e = _past_appositive(text, body, e, end)
            if e < 0:
                continue
        if e - body < 3:
            continue
        lead = s + len(text[s:body]) - len(text[s:body].lstrip(", \t\n"))
        out.append(SubEvent(lead, e, body, link, offset))
    chain = _as_clauses(text, start, end, after=anchor)
    out += _when_and(text, start, end, after=anchor)
    out += dated_conjuncts(text, start, end, dates) if dates else []
    cuts = out + chain  # a coordinated clause only where no other cut lies
    out += [c for c in (coordinated_clauses(text, start, end, dates) if dates else [])
            if not any(c.start < x.end and x.start < c.end for x in cuts)]
    kept: list[SubEvent] = []
    for sub in sorted(out + chain, key=lambda x: x.start):
        if kept and sub.start < kept[-1].end or sub in chain[1:] and chain[0] not in kept:
            continue  # inside the clause before; or the rest of a chain whose first clause is inside one
        kept.append(sub)
    return kept


#: the links of clauses that state events at the time of the main clause (:func:`_as_clauses`)
SAME_TIME_LINKS = frozenset({"as", "while", "and"})
#: verbs of a process growing ('cleanup intensified', 'fighting escalated', 'protests grew'): said without an object
#: before a chain of same-time clauses, the main clause sums up the events those clauses state
TREND_VERBS = frozenset({"intensify", "escalate", "accelerate", "deepen", "mount", "grow", "quicken", "worsen",
                         "widen", "heighten"})


def sums_up(main: Clause, cut: tuple[SubEvent, ...] | list[SubEvent], text: str = "") -> bool:
    """Whether a main clause (:func:`analyse` of the sentence up to its first cut clause) only sums up the events
    of the same-time clauses cut after it: a verb of a process growing (:data:`TREND_VERBS`) without an object,
    before ``as``/``while`` clauses (*Fighting intensified Monday as rebels seized the airport and troops shelled
    the port*: what happened is the seizure and the shelling); or, given the ``text``, a subject that only points
    back, *that* or *this* (*That was heard in the streets Friday night as police arrested the suspect*, *This was
    the scene on Monday as the dam gave way*: what happened is the arrest, the dam giving way)."""
    if not cut or cut[0].link not in SAME_TIME_LINKS:
        return False
    if text and main.verb[1] and text[main.start : main.verb[0]].strip().lower() in {"that", "this"}:
        return True  # the words before the verb are the pointing pronoun alone
    return main.verb_lemma in TREND_VERBS and main.object == (0, 0) and main.verb_form == "past"


#: the link of the two clauses of a concessive sentence (:func:`contrast_clauses`)
CONTRAST = "contrast"
#: a concessive clause that opens the sentence, up to a comma ('Even though …,', 'Although …,', 'While …,')
_CONTRAST_OPEN = re.compile(r"\W*(?:even\s+though|although|though|while|whereas)\s+", re.I)
#: a concessive clause after the main one (', even though …', ', although …'; ', while …' is a time link)
_CONTRAST_LINK = re.compile(r",\s+(?:even\s+though|although|though|whereas)\s+", re.I)
#: being at the occasion to do something ('was there to urge voters', 'were on hand to greet'): an act there
_PRESENCE = re.compile(r"\b(?:was|were)\s+(?:there|on\s+hand|present|in\s+attendance|on\s+stage)\s+to\s+[a-z]+",
                       re.I)
#: words that tell a clause of the occasion of the other clause ('was there', 'the same day', 'instead')
_SAME_OCCASION = re.compile(r"\b(?:there|instead|the\s+same\s+(?:day|night|morning|afternoon|evening|time)|"
                            r"that\s+(?:same\s+)?(?:day|night|morning|afternoon|evening)|at\s+the\s+same\s+time)\b",
                            re.I)
#: words that put a clause at another time than the other clause ('later', 'a week earlier', 'had already')
_OTHER_TIME = re.compile(r"\b(?:later|earlier|previously|before|afterwards?|since|ago|once|had|long|last|next|"
                         r"recently|eventually|then)\b", re.I)
_CLAUSE_TAIL = " \t\n.!?…,;:"


def _contrast_event(text: str, start: int, end: int) -> bool:
    """Whether a clause of a concessive sentence states an event: a subject with a content word and a finite verb
    of something done, negated or not (``the board rejected the offer``, ``the president did not make the rally``),
    not a state, a feeling or a figure moving (``the company remains confident``, ``shares fell``) nor a bare
    report (``officials said``; ``the deal was announced`` is an event); or being at the occasion to act (``was there to urge voters``)."""
    toks = tokens(text, start, end)[:16]
    groups = _verb_groups(toks, set())
    if not groups or not _own_clause(text, start, end):
        return False
    g, piece = groups[0], text[start:end]
    if _PRESENCE.match(text, toks[g.first].start, end):
        return True  # 'was there to urge voters
    if not 1 <= g.first <= 8 or g.form in {"infinitive", "participle", ""} or g.lemma in _AS_STATES | TREND_VERBS \
            or _verb_lemma(toks[g.first - 1].lower) in _AS_STATES:  # 'the airport remains closed'
        return False
    if g.lemma in _AS_MOVES and (_MARKET.search(piece) or _NUMBER.search(piece) or _FIGURE.search(piece)):
        return False
    nxt = toks[g.head + 1].lower if g.head + 1 < len(toks) else ""
    passive = any(t.lower in _BE for t in toks[g.first : g.head])  # 'was announced', 'will be announced'
    return passive or not (g.lemma in _REPORTING and nxt not in _DETERMINERS and not nxt[:1].isdigit())


def _same_occasion(text: str, start: int, end: int, *, main: bool) -> bool:
    """Whether a clause of a concessive sentence is told of the occasion of the other clause: it says so
    (``was there``, ``the same day``, ``instead``), or it is the ``main`` clause after an opening concessive clause
    that holds the date and tells a simple past event with no word of another time (*Although the board rejected
    the offer on Monday, the bidder walked away*: the date, said first, sets the scene for the sentence, and the
    writer sets the fact against the dated one, at its moment). A concessive clause without such words is
    background (*Although the board rejected the offer, the bidder raised it on Monday*: the rejection may be
    older), and so is a date inside a concessive clause after the main one (*The bidder walked away, even though the
    board accepted the offer on Monday*: Monday is when the board accepted)."""
    piece = text[start:end]
    if _SAME_OCCASION.search(piece):
        return True
    if not main or _OTHER_TIME.search(piece):
        return False
    groups = _verb_groups(tokens(text, start, end)[:16], set())
    return bool(groups) and groups[0].form == "past"


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _CLAUSE_TAIL:
        end -= 1
    return end


def contrast_body(text: str, start: int, end: int) -> int:
    """Where the clause ``text[start:end]`` starts after its concessive link words (``Even though``, ``although``),
    ``start`` when it has none."""
    m = _CONTRAST_OPEN.match(text, start, end)
    return m.end() if m else start


def contrast_clauses(text: str, start: int, end: int) -> tuple[SubEvent, SubEvent] | None:
    """The two clauses of a concessive sentence that each state an event (:func:`_contrast_event`): *Even though
    / Although / Though / While / Whereas A, B* and *B, even though / although / though A*.

    Returns
    -------
    tuple of SubEvent or None
        ``(concessive, main)``, both with link :data:`CONTRAST` (the concessive one with its link words, its body
        after them), each up to its comma or the sentence end, ``same_time`` when told of the other's occasion
        (:func:`_same_occasion`); None when the sentence is no such pair (*Although shares fell on Monday, the
        company remains confident* states one event).
    """
    while start < end and text[start].isspace():
        start += 1
    opening = _CONTRAST_OPEN.match(text, start, end)
    if opening:
        for comma in re.finditer(r",\s+", text[opening.end() : end]):
            a_end, b = opening.end() + comma.start(), opening.end() + comma.end()
            b_end = _trim(text, b, end)
            if a_end - opening.end() < 8 or not _own_clause(text, b, b_end):
                continue
            if not (_contrast_event(text, opening.end(), a_end) and _contrast_event(text, b, b_end)):
                return None
            lead = start + re.search(r"\w", text[start : opening.end()]).start()
            return (SubEvent(lead, a_end, opening.end(), CONTRAST, "", _same_occasion(text, opening.end(), a_end,
                                                                                       main=False)),
                    SubEvent(b, b_end, b, CONTRAST, "", _same_occasion(text, b, b_end, main=True)))
        return None
    link = _CONTRAST_LINK.search(text, start, end)
    if link is None or not re.search(r"\w+\W+\w+\W+\w+", text[start : link.start()]):
        return None
    a_end = _trim(text, link.end(), end)
    if not (_contrast_event(text, start, link.start()) and _contrast_event(text, link.end(), a_end)):
        return None
    lead = link.start() + re.search(r"\w", link.group(0)).start()
    # the date of a concessive clause after the main one says when that background happened, not the main event
    return (SubEvent(lead, a_end, link.end(), CONTRAST, "", _same_occasion(text, link.end(), a_end, main=False)),
            SubEvent(start, link.start(), start, CONTRAST, "", _same_occasion(text, start, link.start(), main=False)))


def event_quote(text: str, start: int, end: int, anchor_start: int, anchor_end: int, *, contrast: bool = True,
                dates: Sequence[tuple[int, int]] = ()) -> tuple[int, int, tuple[SubEvent, ...]]:
    """The span of the sentence ``text[start:end]`` that states one event: that of the date (or verb) at
    ``text[anchor_start:anchor_end]``.

    A date inside a second event's clause (:func:`second_events`) gets that clause; a date of the main clause
    gets the sentence up to the first second event after it (*In 2019 the minister visited Lyon* | *after an
    outbreak began*). A quote so stays an exact substring at its offsets, and a sentence stating two events
    is quoted once for each, without overlap (with the spans of the text's ``dates``, also two coordinated clauses
    that each hold a date: :func:`dated_conjuncts`). Each clause of a concessive sentence (:func:`contrast_clauses`, when
    ``contrast``) is quoted alone (*Even though the chief executive did not attend the hearing Monday* | *a former
    chairman was there to defend the bid*), the other one cut (before or after it).

    Returns
    -------
    tuple
        ``(start, end, cut)``: the span without surrounding white space, and the second events cut off after it
        (and the other clause of a concessive sentence, before or after it), in text order.
    """
    pair = contrast_clauses(text, start, end) if contrast else None
    if pair is not None:  # each clause of a concessive sentence is quoted alone; the other one is cut
        inside = next((c for c in pair if c.start <= anchor_start and anchor_end <= c.end), None)
        if inside is not None:
            other, more = pair[1] if inside is pair[0] else pair[0], ()
            if other.body == other.start:  # the main clause: its own second events (', triggering …') are cut from it
                _s, oe, more = event_quote(text, other.start, other.end, other.start, other.start, contrast=False)
                other, more = replace(other, end=oe), more if other.same_time else ()
            qs, qe, cut = event_quote(text, inside.start, inside.end, anchor_start, anchor_end, contrast=False,
                                      dates=dates)
            return qs, qe, tuple(sorted((*cut, other, *more), key=lambda c: c.start))
    subs = second_events(text, start, end, anchor=anchor_end, dates=dates)
    for k, sub in enumerate(subs):
        if sub.body <= anchor_start and anchor_end <= sub.end:  # (a coordinated clause: quoted without its 'and')
            if sub.link == COORDINATED:  # the clause before it is cut before it (:func:`_clause_before`)
                return sub.body, sub.end, _clause_before(text, subs[k - 1].body if k else start, sub.start)
            return (sub.body if sub.link == "and" else sub.start), sub.end, ()
    # a date in a clause's link words relates the two events ('resigned the day after its founder retired'): its
    # quote keeps that clause, so that it states its date
    after = tuple(sub for sub in subs if sub.start >= anchor_end)
    s, e = start, (after[0].start if after else end)
    while e > s and text[e - 1] in " \t\n,":
        e -= 1
    link = re.search(r"(?:[\s,]+(?:and|but)|;)(?:\s+(?:then|later|subsequently|again))?\s*$", text[s:e], re.I) \
        if after and after[0].link in ("and", COORDINATED) else None
    if link:
        e = s + link.start()  # 'when the lender collapsed' | 'and' | 'a rival was sold'
    while s < e and text[s].isspace():
        s += 1
    return s, e, after


@lru_cache(maxsize=8192)
def content_terms(text: str) -> tuple[str, ...]:
    """Content lemmas of a text (no stop, date or number words), lower case, in order (cached by text: the titles and
    the merge weigh the same words many times over). A coded name's en dash counts as its hyphen (*KRV–19* is
    *KRV-19*: print setting, not another word)."""
    out = []
    for tok in tokens(text):
        w = tok.lower.replace("–", "-")
        if not tok.is_word or len(w) < 3 or w in _STOP:
            continue
        out.append(_noun_lemma(w) if not tok.is_cap else w)
    return tuple(out)


# --------------------------------------------------------------------------- names


#: abbreviations written with a full stop before a name (*Sen. Ann Roe*, *Gov. Bo Lee*, *St. Paul*): the stop ends
#: no sentence
TITLE_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
                        "maj", "adm", "prof", "rev", "st", "ft", "mt", "supt", "insp", "det", "atty", "pres", "hon",
                        "brig", "spc", "cpl", "pvt", "pfc", "ens", "cdr", "tech", "ret", "secy", "sens", "govs", "gens"}
_INITIALISM = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _abbreviation_stop(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is the full stop of an abbreviation inside a name (*the U.S. House*, *Sen. Ann Roe*,
    *Washington, D.C. officials*): right after an initialism or a title's abbreviation and before a capitalised word
    (not *the U.S. The*, a stop word)."""
    return 0 < k < len(toks) - 1 and toks[k].word == "." and toks[k - 1].end == toks[k].start \
        and (_INITIALISM.fullmatch(toks[k - 1].word) is not None or toks[k - 1].lower in TITLE_ABBREVIATIONS
             and toks[k - 1].is_cap) \
        and toks[k + 1].is_cap and toks[k + 1].is_word and toks[k + 1].lower not in _STOP


def _sentence_initial(toks: list[Token], i: int, text: str) -> bool:
    if i > 0 and _abbreviation_stop(toks, i - 1):
        return False  # 'the U.S. House': no sentence starts after an abbreviation
    if i == 0:
        before = text[max(0, toks[0].start - 3) : toks[0].start].strip()
        return before == "" or before[-1:] in ".!?\n\"“‘'"
    return toks[i - 1].word in {".", "!", "?", ":", "“", "\"", "‘"}


@lru_cache(maxsize=4)
def _capitalised_words(text: str) -> frozenset[str]:
    """Words written with a capital inside sentences somewhere in the text (so names, not sentence starts)."""
    found = re.findall(r"(?<=[a-z,;] )([A-Z][\w’'&-]*\w)", text)
    return frozenset(re.sub(r"['’]s$", "", w).lower() for w in found)


#: what follows the label of a clock stamp ('TimeCode: 14:38:25.7', 'Time: 09:15'): a colon and a clock time
_STAMP_LABEL = re.compile(r":\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\b")


def _name_spans(toks: list[Token], text: str, skip: tuple[int, int]) -> list[tuple[int, int]]:
    """Runs of capitalised tokens (with of/for/and/de inside), as token index ranges ``[i, j)``."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        inside = skip[0] <= tok.start < skip[1]
        if not tok.is_cap or not tok.is_word or inside or tok.lower in _MONTHS_DAYS or _STAMP_LABEL.match(text, tok.end):
            i += 1  # (a label of a clock stamp inside the text, 'TimeCode: 14:38:25.7', 'Time: 09:15', is no name)
            continue
        if _sentence_initial(toks, i, text) and (tok.lower in _STOP or _lemmas(tok.lower) and not (
            tok.lower in _capitalised_words(text)
            or i + 1 < len(toks) and toks[i + 1].is_cap and toks[i + 1].is_word and toks[i + 1].lower not in _STOP
        )):
            i += 1  # 'The', 'Shares': capitalised only because they start the sentence
            continue
        j = i + 1
        while j < len(toks):
            t = toks[j]
            if skip[0] <= t.start < skip[1] or toks[j - 1].word.endswith(("’s", "'s")):
                break
            if t.is_cap and t.is_word and t.lower not in _MONTHS_DAYS or _abbreviation_stop(toks, j):
                j += 1
            elif t.lower in {"of", "for", "de", "-", "&"} and j + 1 < len(toks) and toks[j + 1].is_cap \
                    and toks[j + 1].lower not in _MONTHS_DAYS:
                j += 1
            else:
                break
        first = toks[i].lower
        if first in _ARTICLES:
            i += 1
            if i >= j:
                continue
        spans.append((i, j))
        i = j
    return spans


def actor_keys(names: tuple[str, ...]) -> frozenset[str]:
    """Distinctive lowercase words of names: ``Corvex Inc.`` → ``corvex``, ``Dana Hale`` → ``dana``, ``hale``."""
    keys = set()
    for name in names:
        for tok in tokens(name):
            w = tok.lower.strip(".")
            if tok.is_word and len(w) > 1 and w not in _GENERIC_NAME_WORDS:
                keys.add(w)
    return frozenset(keys)


def subject_keys(subject: str) -> frozenset[str]:
    """Actor keys of a named subject (:func:`actor_keys`) that say which one it is: a country's initialism (*U.S.*,
    *U.K.*) only when the name has no other key (*the U.K. Office of Rail* → ``rail``, not shared with *the U.K.
    Office of Water*; *U.S. Sen. Ann Roe* → ``sen``, ``ann``, ``roe``)."""
    keys = actor_keys((subject,))
    plain = frozenset(k for k in keys if not _INITIALISM.fullmatch(k.upper()))
    return plain or keys


# --------------------------------------------------------------------------- verbs

_SKIP_TO_INFINITIVE = {"expect", "schedule", "set", "due", "slate", "poise", "plan", "intend", "aim", "seek",
                       "try", "attempt", "move", "going", "go", "likely", "able"}
_PREDICATIVE = {"due", "likely", "unlikely", "able", "unable", "set", "expected", "scheduled", "poised", "ready",
                "willing", "eager", "about"}
_ADVERB_WORDS = re.compile(r"^(?:not|never|also|just|already|finally|then|later|still|now|reportedly|formally|"
                           r"officially|initially|first|again|only|ultimately|eventually)$")


def _is_adverb(word: str) -> bool:
    """Whether lower-case ``word`` is an adverb inside a verb group (*will also*, *has formally*, *was quickly*): one
    of a few, or an ``-ly`` word the lexicon knows no verb of (not *fly*, *apply*, *comply*, *rally*, *reply*:
    *helicopters will fly*, *the firm will apply*)."""
    return bool(_ADVERB_WORDS.match(word)) or len(word) > 3 and word.endswith("ly") and "VERB" not in _lemmas(word)


@dataclass(frozen=True)
class _Group:
    first: int  # token index where the verb group starts (auxiliaries included)
    head: int  # token index of the main verb
    lemma: str
    form: str


#: prepositions that never open a clause: a noun phrase after one is no subject ('to fees paid at …')
_PLAIN_PREPOSITIONS = _PREPOSITIONS - {"out", "up", "down", "off", "for"}


def _after_preposition(toks: list[Token], i: int, before: list[_Group]) -> bool:
    """Whether the past form ``toks[i]`` is the participle of a reduced relative clause of a noun phrase led by a
    preposition in a clause whose verb came ``before`` (not a reporting one): *anger was the reaction to fees paid to advisers*,
    *police found the bodies of victims killed in the attack*. Not a subject with its complement (*shareholders of
    the company rejected the bid*: no verb before), nor after a time noun (*in the morning troops entered*) or a
    name (*in Lyon police arrested …*)."""
    k = i - 1
    while k >= 0 and i - k <= 4 and toks[k].is_word and not toks[k].is_cap and toks[k].lower not in _TIME_NOUNS \
            and toks[k].lower not in _PLAIN_PREPOSITIONS and toks[k].lower not in _STOP - _DETERMINERS:
        k -= 1
    if not (0 <= k < i - 1 and toks[k].lower in _PLAIN_PREPOSITIONS and toks[k + 1].lower not in _PRONOUNS):
        return False
    if not before or before[-1].lemma in _REPORTING:
        return False
    return not any(t.word in {",", ";", ":"} or t.lower in _BOUNDARY_WORDS for t in toks[before[-1].head + 1 : k])


def _after_object(toks: list[Token], i: int, before: list[_Group]) -> bool:
    """Whether the past form ``toks[i]`` opens a reduced relative clause of the object of the verb right before it:
    the object has a determiner and a preposition follows the participle (*the ward admitted a sailor diagnosed
    with scurvy*, *the court heard the witnesses called by the defence*). Not after a verb that
    takes a clause (*said the plane crashed in the sea*, *found the firm acted in bad faith*)."""
    if not before or before[-1].lemma in _REPORTING | _MIND | {"find", "show", "suggest", "mean", "ensure", "see"}:
        return False
    if i + 1 >= len(toks) or toks[i + 1].lower not in _PLAIN_PREPOSITIONS | {"by"} \
            or toks[i].lower not in verb_forms(_verb_lemma(toks[i].lower)).get("VBN", ()):
        return False
    k = i - 1
    while k > before[-1].head and i - k <= 4 and toks[k].is_word \
            and toks[k].lower not in _DETERMINERS | _PREPOSITIONS | _BOUNDARY_WORDS | _AUX | _PRONOUNS:
        k -= 1  # ('the first patient')
    return k == before[-1].head + 1 < i - 1 and toks[k].lower in _DETERMINERS - {"that"} \
        and "NOUN" in _lemmas(toks[i - 1].lower)


#: a pronoun with a contracted 'be' ('I’m', 'we’re')
_BE_CONTRACTION = re.compile(r"(?:i[’']m|(?:we|you|they)[’']re)")
#: a third-person pronoun with a contracted 'is' or 'has' ('he’s', 'she's', 'it’s', 'that’s', 'who’s'): a pronoun has no
#: possessive *'s*, so before a verb's '-ing' form the *'s* is *is* ('He’s heading out to …': a progressive)
_IS_CONTRACTION = re.compile(r"(?:he|she|it|that|who)[’']s", re.I)


def _contracted_be(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a pronoun with a contracted *be* (``I’m``, ``we’re``) or *am* after *I*, or a
    third-person pronoun with *'s* before a verb's *-ing* form (``he’s heading``, :data:`_IS_CONTRACTION`)."""
    return bool(_BE_CONTRACTION.fullmatch(toks[i].lower)) or toks[i].lower == "am" and i > 0 \
        and toks[i - 1].lower == "i" or _IS_CONTRACTION.fullmatch(toks[i].word) is not None and i + 1 < len(toks) \
        and toks[i + 1].word.endswith("ing") and toks[i + 1].word.islower() and _is_verb(toks[i + 1].word)


def _verb_groups(toks: list[Token], blocked: set[int]) -> list[_Group]:
    """Verb groups of a clause: auxiliaries/modals/'to' + verb, or a finite past/'-s' verb."""
    groups: list[_Group] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        w = tok.lower
        if i in blocked or not tok.is_word:
            i += 1
            continue
        if w in _AUX and w not in {"also", "just", "already", "finally", "then", "later", "not", "never"} \
                or _contracted_be(toks, i):
            j = i + 1
            while j < len(toks) and (toks[j].lower in _AUX or _is_adverb(toks[j].lower)) and j not in blocked \
                    and not (toks[j].lower in _BE and j + 1 < len(toks) and not _is_verb(toks[j + 1].lower)):
                j += 1
            held = _occasion_held(toks, i, j, blocked)
            if held is not None:
                groups.append(held)
                i = j
                continue  # 'had a long call with', 'will have talks on': have + an occasion noun is the act
            owned = _modal_have(toks, i, j, blocked)
            if owned is not None:
                groups.append(owned)
                i = j
                continue  # 'the clinic will have 40 more beds': have is the verb, not an auxiliary
            if j < len(toks) and j not in blocked and toks[j].is_word and not toks[j].is_cap \
                    and _is_verb(toks[j].lower) and toks[j].lower not in _STOP:
                auxes = {("are" if t.lower.endswith("re") else "is") if _contracted_be(toks, n) else t.lower
                         for n, t in enumerate(toks[i:j], i)}
                head = toks[j].lower
                if head == "got" and auxes & {"have", "has", "’ve", "'ve"} and j + 2 < len(toks) \
                        and toks[j + 1].lower == "to" and _is_verb(toks[j + 2].lower):
                    groups.append(_Group(i, j + 2, _verb_lemma(toks[j + 2].lower), "modal"))
                    i = j + 3
                    continue  # 'we have got to act': must act
                if auxes == {"to"} and _verb_lemma(head) != head and head not in _SAME_PAST:
                    i += 1
                    continue  # 'to bonuses', 'to ballots': a noun after a preposition, no infinitive
                if auxes == {"to"} and i > 1 and (toks[i - 2].lower, toks[i - 1].lower) in {("in", "order"),
                                                                                          ("so", "as")}:
                    i = j + 1
                    continue  # 'in order to win': a purpose, no verb of the clause
                if auxes & _BE and not auxes & (_MODALS | {"to", "has", "have", "had"}) and _verb_lemma(head) == head \
                        and head not in _SAME_PAST:
                    groups.append(_Group(i, i, "be", "present" if auxes & {"is", "are"} else "past"))
                    i = j + 1
                    continue  # 'was secure', 'is open': be + adjective
                if auxes & {"will", "shall"}:
                    form = "future"
                elif auxes & _MODALS:
                    form = "modal"
                elif auxes & _BE and (head.endswith("ed") or _verb_lemma(head) != head or head in _SAME_PAST) \
                        and not head.endswith("ing"):
                    form = "passive"
                elif auxes & {"has", "have", "had"}:
                    form = "perfect"
                elif auxes == {"to"} or "to" in auxes:
                    form = "infinitive"
                else:
                    form = "progressive" if head.endswith("ing") else (
                        "present" if auxes & {"is", "are", "does", "do"} else "past")
                groups.append(_Group(i, j, _verb_lemma(head), form))
                i = j + 1
                continue
            if (w in _BE or _contracted_be(toks, i)) and not (w == "to"):
                groups.append(_Group(i, i, "be", "present" if w in {"is", "are"} else "past"))
            i += 1
            continue
        if _is_finite_verb(tok, toks[i - 1] if i else None, _next_past_adverb(toks, i)) \
                and not _opening_plural_noun(toks, i):
            form = "present" if w.endswith("s") and not w.endswith("ss") or w not in _SAME_PAST and _verb_lemma(w) == w \
                else "past"  # 'doctors fear': a base form is a present
            if form == "past" and i and (toks[i - 1].lower in _PLAIN_PREPOSITIONS | _ARTICLES
                                         or _attributive_past(toks, i, groups)):
                i += 1
                continue  # an adjective: 'at rescued banks', 'the embattled firm', 'virus–infected cells'
            if form == "present" and _infinitives_object(toks, groups, i):
                i += 1
                continue  # 'to dodge annual audit tests': the head noun of the infinitive's object
            k = i + 1
            while k < len(toks) and (k in blocked or toks[k].lower in _MONTHS_DAYS | {"late", "early"}):
                k += 1  # 'released Thursday by the agency'
            n = i - 1 - (i >= 2 and toks[i - 1].lower.endswith("ly") and _is_adverb(toks[i - 1].lower)
                         and toks[i - 1].is_word and not toks[i - 1].is_cap)  # 'the bombs allegedly planted by …'
            prev_noun = n >= 0 and (toks[n].word == "," or not toks[n].is_cap and toks[n].is_word
                                    and "NOUN" in _lemmas(toks[n].lower) and toks[n].lower not in _PRONOUNS)
            if _agent_follows(toks, k) and w.endswith("ed") and prev_noun or \
                    form == "past" and (_after_preposition(toks, i, groups) or _after_object(toks, i, groups)) or \
                    w == "dated" and i + 1 in blocked and i and toks[i - 1].is_word:  # "a letter to Acme dated May 3"
                form = "participle"  # ', signed by both companies in May 1997,', 'a statement released by':
                # a reduced relative clause; 'anger at bonuses paid to traders', 'at rescued banks'
            groups.append(_Group(i, i, _verb_lemma(w), form))
        i += 1
    return _reduced_relatives(groups, toks)


#: nouns of an occasion that *have* makes the act of its clause, as *hold* or *make* would (*the two leaders had
#: talks*, *the envoy had a long call with the rebels*, *the governor will have a statement tonight*): news
#: writes a meeting, a call, a meal or a statement with *have* as often as with its own verb (*met*, *called*),
#: and the clause has no other verb; *have* with any other noun is owning or being (*has a population of*). The
#: lexicon and the headline verb of each (:data:`OCCASION_VERBS`) live in :mod:`timeline.occasion_words`, data
#: shared with the briefer's programme (lede) and the phrases of occasion titles leave out
OCCASION_NOUNS = OCCASIONS
#: auxiliaries after which *have* is the verb of an occasion (:func:`_occasion_held`)
_HAVE_FORMS = {"have", "has", "had", "’ve", "'ve"}
#: words before an occasion noun's modifiers (not *no*, *any*: *had no talks* states none; not *this*, *your*:
#: *we have your statement* holds a text)
_OCCASION_DETERMINERS = _ARTICLES | {"their", "its", "his", "her", "our", "my", "another", "two", "three", "four",
                                     "five", "several", "separate"}


def _participle(word: str) -> bool:
    """Whether lower-case ``word`` is the past participle of a verb the lexicon knows (*called*, *received*)."""
    return any(word in verb_forms(v).get("VBN", ()) for v in _lemmas(word).get("VERB", ()))


#: words a phrase of an occasion may hold besides its modifiers (*its first vote*, *a final session*)
_OCCASION_ORDER = {"first", "second", "third", "last", "next", "final", "one", "two"}
#: nouns of a part or a number of occasions, whose *of* phrase names them (*another round of talks*)
_OCCASION_PARTS = {"round", "series", "couple", "number", "set"}


def _occasion_phrase(toks: list[Token], k: int, blocked: set[int]) -> bool:
    """Whether the noun phrase at ``toks[k]`` has an occasion noun (:data:`OCCASION_NOUNS`) for head: determiners
    (not *no*, *any*, *your*), up to five lower-case modifiers and the noun, which no other noun follows (not *a
    speech therapist*, *a call centre*); through the *of* of a part (*another round of talks*)."""
    end = min(len(toks), k + 2)
    while k < end and (toks[k].lower in _OCCASION_DETERMINERS or toks[k].word.isdigit()):
        k += 1  # 'a', 'their', 'two'
    run = []
    while k < len(toks) and k not in blocked and len(run) < 5 and toks[k].is_word and not toks[k].is_cap \
            and (toks[k].lower not in _STOP or toks[k].lower in _OCCASION_ORDER):
        run.append(toks[k].lower)
        k += 1
    if run and run[-1] in _OCCASION_PARTS and k < len(toks) and toks[k].lower == "of":
        return _occasion_phrase(toks, k + 1, blocked)
    return bool(run) and "NOUN" in _lemmas(run[-1]) and _noun_lemma(run[-1]) in OCCASION_NOUNS


def _occasion_held(toks: list[Token], i: int, j: int, blocked: set[int]) -> _Group | None:
    """The verb group *have* heads when the auxiliaries ``toks[i:j]`` end in a form of *have* and the noun phrase
    after them has an occasion noun (:data:`OCCASION_NOUNS`) for head (*had a long call with*, *will have
    talks on*, *has had two meetings*): *have* is then the main verb, not an auxiliary, and its noun the act;
    ``None`` otherwise (*had been*, *have to*, *had said*, *has a population of*, *had no talks*)."""
    if toks[j - 1].lower not in _HAVE_FORMS or j >= len(toks) or _participle(toks[j].lower):
        return None  # 'has called', 'has received two briefings': a perfect
    if not _occasion_phrase(toks, j, blocked):
        return None
    auxes = {t.lower for t in toks[i : j - 1]}
    form = "future" if auxes & {"will", "shall"} else "modal" if auxes & _MODALS else "perfect" \
        if auxes & _HAVE_FORMS else "past" if toks[j - 1].lower == "had" or "did" in auxes else "present"
    return _Group(i, j - 1, "have", form)


#: words that open the noun phrase *have* governs after a modal (*will have 40 more beds*, *could have a second
#: beds*): *have* is then the main verb, not a perfect's auxiliary (*will have approved* has a participle next)
_HAVE_OBJECT_OPENERS = _ARTICLES | {"another", "more", "enough", "some", "its", "their", "his", "her", "our"}


def _modal_have(toks: list[Token], i: int, j: int, blocked: set[int]) -> _Group | None:
    """The verb group *have* heads when the auxiliaries ``toks[i:j]`` are a modal and *have*, and a noun phrase
    follows (an article, a possessive, *more*, a number): *the clinic will have 40 more beds by May*;
    ``None`` otherwise (*will have to*, *will have approved*, *would have been*)."""
    if j >= len(toks) or j - i < 2 or toks[j - 1].lower != "have" or toks[j - 2].lower not in _MODALS \
            or j in blocked:
        return None
    nxt = toks[j]
    if not (nxt.lower in _HAVE_OBJECT_OPENERS or nxt.word[:1].isdigit() or nxt.word[:1] in "$€£"):
        return None
    return _Group(i, j - 1, "have", "future" if toks[j - 2].lower in {"will", "shall"} else "modal")


def _next_past_adverb(toks: list[Token], i: int) -> Token | None:
    """The token after ``toks[i]``, past one adverb of time or of addition (*search crews also are investigating*:
    the auxiliary after *also*)."""
    return next((t for t in toks[i + 1 : i + 3] if not (t.is_word and not t.is_cap and t.lower in {
        "also", "now", "still", "already", "all", "both"})), None)


#: linking verbs: a past participle right after one is a predicate adjective ('remain committed', 'seemed tired')
_LINKING = {"remain", "stay", "seem", "appear", "become", "look", "feel", "get"}


def _attributive_past(toks: list[Token], i: int, groups: list[_Group]) -> bool:
    """Whether the past form ``toks[i]`` is an adjective, not a verb: after a word and an en dash with no spaces
    (*virus–infected*), or right after the verb of the group before it: after a linking verb (*those who remain
    committed to the cause*, *the players seemed tired*), or before a bare noun after a verb with no relative
    pronoun before it (*the paper reported classified documents*, *the firm announced revised figures*; not *the
    storm, which officials said killed ten people*)."""
    dash = toks[i - 1]
    if i > 1 and dash.word == "–" and toks[i - 2].end == dash.start and dash.end == toks[i].start:
        return True  # a compound typeset with an en dash: 'virus–infected cells'
    if not groups or groups[-1].head != i - 1:
        return False
    if groups[-1].lemma in _LINKING:
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.is_word and not nxt.is_cap and nxt.lower not in _STOP | _PRONOUNS \
        and "NOUN" in _lemmas(nxt.lower) and not any(_relative_word(t) for t in toks[: groups[-1].first])


def _agent_follows(toks: list[Token], k: int) -> bool:
    """Whether an agent's ``by`` opens at ``toks[k]``, or after a short phrase led by a preposition (*fashioned out
    of old pipes by the two men*, *shipped from the port by the firm*: at most six words, no comma)."""
    if k >= len(toks):
        return False
    if toks[k].lower == "by":
        return True
    if toks[k].lower not in (_PLAIN_PREPOSITIONS | {"out"}) - {"to"}:  # (not an infinitive: "needed to rise by May")
        return False
    for t in toks[k + 1 : k + 7]:
        if t.lower == "by":
            return True
        if not t.is_word:
            return False
    return False


def _infinitives_object(toks: list[Token], groups: list[_Group], i: int) -> bool:
    """Whether the '-s' word ``toks[i]`` ends a bare noun phrase right after an infinitive (*to dodge annual audit
    tests*, *to pass federal patients tests*): the infinitive's object, not a subject and its verb (an object
    clause has a determiner or a pronoun: *to ensure the agency tests cars*)."""
    if not groups or groups[-1].form != "infinitive" or not 1 <= i - groups[-1].head - 1 <= 3:
        return False
    words = toks[groups[-1].head + 1 : i]
    return all(t.is_word and not t.is_cap and t.lower not in _STOP | _PRONOUNS | _DETERMINERS for t in words)


def _before_reduced_relative(toks: list[Token], groups: list[_Group], main: _Group, si: int, blocked: set[int]) -> int:
    """Where the subject starts when a reduced relative clause (:func:`_reduced_relatives`) ends right before the
    main verb: at the noun phrase the participle follows (*bottles of water contaminated with lead were found*:
    the bottles); ``si`` otherwise."""
    part = next((g for g in reversed(groups) if g.form == "participle" and 0 < g.head < main.first), None)
    if part is None or si < part.head or not _plain_between(toks[part.head + 1 : main.first]):
        return si
    pi, pj = _phrase_before(toks, part.head, blocked - {part.head})
    return pi if pj > pi else si


def _set_off_participle(toks: list[Token], g: _Group, nxt: _Group) -> bool:
    """Whether the past form of ``g`` opens a participle phrase set off by commas after a noun, before the verb
    ``nxt`` (*The agreement, signed on April 25, included a fee*): no verb of the clause."""
    comma = g.head - 1
    if comma > 1 and toks[comma].is_word and not toks[comma].is_cap and _is_adverb(toks[comma].lower):
        comma -= 1  # 'the inquiry, first focused on the audit, now covers'
    if g.form != "past" or g.first != g.head or comma < 1 or toks[comma].word != "," \
            or toks[g.head].lower not in verb_forms(g.lemma).get("VBN", ()) or nxt.form not in {
                "past", "present", "perfect", "passive", "modal", "future", "progressive"}:
        return False
    before = toks[comma - 1]
    between = toks[g.head + 1 : nxt.first]
    numbered = before.word.isdigit() and comma > 1 and toks[comma - 2].is_cap  # 'Squadron 262, based in …,'
    return (numbered or before.is_word and (before.is_cap or "NOUN" in _lemmas(before.lower))
            and before.lower not in _STOP) \
        and any(t.word == "," for t in between) and not any(t.lower in _BOUNDARY_WORDS for t in between)


def _plain_between(between: list[Token]) -> bool:
    """Whether the words between a participle and a later verb stay inside the participle's phrase: no link word
    (an *and* between names aside: *for Northam and Westhaven*) and no comma but those of a place name
    (:func:`_name_commas`)."""
    return not any(t.word in {";", ":"} or t.lower in _BOUNDARY_WORDS and not _names_and(between, n)
                   for n, t in enumerate(between)) and _name_commas(between)


def _names_and(toks: list[Token], n: int) -> bool:
    """Whether ``toks[n]`` is an *and* between two capitalised words, joining two names (*for Northam and Westhaven*)."""
    return toks[n].lower == "and" and 0 < n < len(toks) - 1 and toks[n - 1].is_cap and toks[n + 1].is_cap


def _name_commas(between: list[Token]) -> bool:
    """Whether every comma of ``between`` belongs to a place name written with one (*for Northam, Westshire, were*,
    *in Washington, D.C., were*): between capitalised words, or closing such a name right before the verb."""
    commas = [k for k, t in enumerate(between) if t.word == ","]
    for k in commas:
        if k == 0 or not (between[k - 1].is_cap or between[k - 1].word == ".") or between[k - 1].lower in _MONTHS_DAYS:
            return False
        if k + 1 < len(between) and not between[k + 1].is_cap or k + 1 == len(between) and len(commas) < 2:
            return False
    return True


def _reduced_relatives(groups: list[_Group], toks: list[Token]) -> list[_Group]:
    """Groups with a past form in '-ed' right after a noun and followed, with no comma or link word between, by a
    verb group that opens with an auxiliary read as participles: *cases of humans infected with the virus were
    reported*, *bottles contaminated with lead were found* (a reduced relative clause, not the clause's verb)."""
    out = list(groups)
    for n in range(len(out) - 1):
        g, nxt = out[n], out[n + 1]
        if _set_off_participle(toks, g, nxt):
            out[n] = _Group(g.first, g.head, g.lemma, "participle")
            continue
        if g.form != "past" or not toks[g.head].lower.endswith("ed") or g.head == 0 or nxt.first == nxt.head \
                or toks[nxt.first].lower not in {"was", "were", "is", "are", "has", "have", "had"}:
            continue
        prev = toks[g.head - 1]
        between = toks[g.head + 1 : nxt.first]
        if prev.is_word and (not prev.is_cap or g.head == 1) and prev.lower not in _STOP \
                and "NOUN" in _lemmas(prev.lower) and _plain_between(between):  # ('Crates shipped to Oslo were')
            out[n] = _Group(g.first, g.head, g.lemma, "participle")
    return out


#: verbs of an effort: their progressive with 'to' ('are trying to reopen', 'was struggling to pump out') reports
#: an attempt going on at the date, a situation, not the action tried nor an event of that day
_CONATIVE = {"try", "attempt", "struggle", "strive", "seek"}


#: verbs of working alongside others (lexicon data): their progressive tells a joint effort going on at its date
#: (*the agency is collaborating with the state*, *the Navy is contributing to the search*), not a one-time act
JOINT_WORK = frozenset({"collaborate", "cooperate", "partner", "assist", "contribute", "work"})
#: what must follow *working* for it to be joint work: a partner or a partnership (*working with*, *working in
#: partnership with*, *working closely alongside*); not *working on a fix* nor *working to restore power*
_WORKING_WITH = re.compile(r"\s+(?:\w+ly\s+|together\s+)?(?:with|alongside|in\s+(?:close\s+)?(?:partnership|"
                           r"cooperation|coordination|concert|tandem)\b)", re.I)
JOINT_WORK_GOING_ON = ("a joint effort going on at the date ('is collaborating with …', 'are assisting the state'), "
                       "not an event")


def _joint_work_going_on(text: str, main: _Group, toks: list[Token]) -> bool:
    """Whether the clause's main verb is a progressive of :data:`JOINT_WORK` (*the agency is collaborating with the
    state*, *crews were assisting the county on Monday*): work alongside others going on at the date, a state of
    the effort, not a one-time act; *working* only with a partner after it (:data:`_WORKING_WITH`). Not a
    progressive of another verb (*the Navy is sending a ship*), nor a clause whose verb is *help*."""
    if main.form != "progressive" or main.lemma not in JOINT_WORK:
        return False
    return main.lemma != "work" or _WORKING_WITH.match(text, toks[main.head].end) is not None


#: *after* (or *on or after*) right before a date, as a bound: not *shortly after*, *days after* (a time counted
#: from the date), nor *after the …* (a happening named: *after the May 3 storm*)
_AFTER_BOUND = re.compile(r"(?<![\w’'-])(?:on\s+or\s+)?after\s+$", re.I)
_COUNTED_AFTER = re.compile(r"\b(?:shortly|just|soon|immediately|right|well|long|only|hours?|days?|weeks?|months?|"
                            r"years?|minutes?|moments?|\d+)\s+(?:on\s+or\s+)?after\s+$", re.I)
#: a date that is a time of day (*after 6 p.m.*, *after midnight*): the act's own time, on the day it names
_DAY_TIME = re.compile(r"\d:\d|\b[ap]\.?m\b|\b(?:midnight|noon|morning|night|evening|afternoon|dawn|dusk)\b", re.I)
_NEGATED_BOUND = re.compile(r"\b(?:not|never|no\s+longer)\b|n[’']t\b", re.I)
LOWER_BOUND = ("a lower bound ('bonds issued after May 3', 'cases that began after June 1'): the act is later, on a "
               "day not given, not an event of that date")


def _lower_bound(text: str, cs: int, date_start: int, date_end: int) -> bool:
    """Whether the date at ``date_start`` of the clause opening at ``cs`` is only a lower bound: right after *after*
    (*bonds issued after May 3*, *illnesses that began after June 1*, *After May 3, the agencies held talks*), so
    that what the clause tells happened on some later day, not on that one. Not a time counted from the date
    (*two days after May 3*, *shortly after midnight*), a clock time, a date owned by a happening named after it
    (*after Monday's vote*), nor a negated clause (*leases won't be extended after June*: an end, not a
    bound)."""
    head = text[max(cs, date_start - 30) : date_start]
    if not _AFTER_BOUND.search(head) or _COUNTED_AFTER.search(head):
        return False
    if _DAY_TIME.search(text, date_start, date_end) or re.match(r"[’']s\b", text[date_end : date_end + 3]):
        return False
    return not _NEGATED_BOUND.search(text, cs, date_start)


def _effort_going_on(main: _Group, groups: list[_Group], toks: list[Token]) -> bool:
    """Whether the main infinitive ``main`` follows a progressive of effort: *crews are trying to restore power
    Friday*, *the rebels were attempting to retake the bridge on Monday*."""
    if main.lemma in _CONATIVE and main.form == "progressive":
        return main.head + 1 < len(toks) and toks[main.head + 1].lower == "to"
    return main.form in {"infinitive", "future"} and any(
        g.lemma in _CONATIVE and g.form == "progressive" and g.head < main.first
        and any(t.lower == "to" for t in toks[g.head + 1 : main.first + 1]) for g in groups)


def _quoted_prediction(text: str, start: int, ds: int, main: _Group, form: str, toks: list[Token]) -> bool:
    """Whether the clause is a speaker's prediction in direct speech: a future with 'will'/'shall' in the active
    voice inside a quotation still open at the date, its subject not the speakers themselves (*“The market will
    sort this out next month,” he said*; not *“We will file the appeal on Monday”*, a plan, nor a relative clause:
    *“This week we hand over to a team that will serve well”*)."""
    if form != "future" or not _inside_quotation(text, start, ds):
        return False
    aux = [t.lower for t in toks[main.first : main.head]]
    if not {"will", "shall"} & set(aux) or _BE & set(aux):
        return False
    before = [t.lower for t in toks[: main.first] if t.is_word]
    return not before or before[-1] not in {"i", "we", "that", "which", "who"}  # not 'a team that will serve'


def _noun_before_light(toks: list[Token], main: _Group, has_object: bool) -> str:
    """The action noun a light verb's past participle modifies when it has no object of its own (a reduced
    relative clause): *the declaration made Oct. 30*, *the agreement reached on Friday*, *the statement issued
    Monday* state a declaring, an agreeing, a statement; "" otherwise (*the company made a bid*)."""
    if main.lemma not in _LIGHT or main.form not in {"past", "participle"} or has_object or main.first == 0:
        return ""
    prev = toks[main.first - 1]
    if not prev.is_word or prev.is_cap or prev.lower in _STOP | _PRONOUNS or "NOUN" not in _lemmas(prev.lower):
        return ""
    noun = _noun_lemma(prev.lower)
    return noun if _is_verb(action_stem(noun)) or action_stem(noun) != noun else ""


def _states_only(main: _Group, groups: list[_Group], toks: list[Token] | None = None) -> bool:
    """Whether a clause only states a situation: a reporting verb whose content is ``be``, or a verb of going on.
    With ``toks``, the verbs of a relative clause set off by commas and of a concessive tail are not the content
    (*police said the driver, who fled on Thursday, was a local man*: a state; *said it has confirmed 40 faulty
    airbags, although the true number is higher*: the confirming)."""
    if main.lemma in _STATE_VERBS and main.form in {"present", "past", "perfect"}:
        return toks is None or not _hedged_change(toks, main)
    if toks is not None:
        groups = [g for g in groups if not _aside(toks, g.head)]
    return main.lemma in _REPORTING and any(g.lemma == "be" for g in groups if g is not main) \
        and all(g.lemma in _REPORTING | _STATE_VERBS | {"be", "have"} for g in groups)


#: verbs that after *appeared to* / *seemed to* still tell a state (*appeared to be slowing*, *seemed to have*)
_HEDGED_STATES = frozenset({"be", "have", "know", "want", "need", "like", "lack", "exist", "belong", "hold", "remain",
                            "stay", "continue", "persist", "understand", "enjoy", "prefer", "mean", "feel", "work"})


def _hedged_change(toks: list[Token], main: _Group) -> bool:
    """Whether *appeared to* or *seemed to* hedges a change rather than a state: news hedges what observers saw
    happen (*the attacks appeared to ease Monday*, *his grip seemed to give way last month*): the change is the
    event; not *appeared to be slowing*, *seemed to have*, nor the verbs of going on (*continued*, *remained*)."""
    k = main.head
    if main.lemma not in {"appear", "seem"} or k + 2 >= len(toks) or toks[k + 1].lower != "to":
        return False
    word = toks[k + 2].lower
    return _is_verb(word) and _verb_lemma(word) not in _HEDGED_STATES


#: words that open a relative clause set off by commas, and a concessive tail
_ASIDE_OPEN = {"who", "which", "whose", "where"}
_CONCESSIVE = {"although", "though", "whereas"}


def _aside(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` lies in a relative clause set off by commas (*, who died Monday,*) or in a concessive tail
    after a comma (*…, although the toll is higher*)."""
    for i in range(k - 1, 0, -1):
        if toks[i].word in {",", ";", ":"}:
            return False
        if toks[i - 1].word == "," and toks[i].lower in _CONCESSIVE:
            return True
        if toks[i - 1].word == "," and toks[i].lower in _ASIDE_OPEN:
            return any(t.word == "," for t in toks[k + 1 :])  # closed by a comma before the clause goes on
    return False


#: verbs whose 'by + -ing' says what was done: 'followed suit by canceling events', 'responded by raising its bid'
_MANNER = {"follow", "respond", "react", "retaliate", "reply", "begin", "start", "end", "open", "close", "mark",
           "celebrate", "protest", "comply"}
#: modals of a possibility ('could', 'may', 'might'): what is said so may not happen
_POSSIBLE = {"could", "may", "might"}
#: verbs that state a possibility as a claim or a warning, besides the reporting verbs
_FORECASTING = {"warn", "predict", "estimate", "forecast", "caution", "fear", "project", "concede", "admit"}
#: why a reported possibility is kept with a low confidence (:func:`analyse`, :mod:`timeline.lede`)
REPORTED_POSSIBILITY = ("a possibility or estimate reported ('said … could be', 'may exceed'): the statement was "
                        "made, what it says may not happen")


def _reported_possibility(toks: list[Token], groups: list[_Group]) -> bool:
    """Whether a reporting verb's content is a possibility: *police said the toll could be in excess of 10,000*,
    *the company has warned that costs may exceed its forecast* (not *could not*: an inability, a state)."""
    saying = _REPORTING | _FORECASTING
    rep = next((g for g in groups if g.lemma in saying), None)
    after = [g for g in groups if rep is not None and g.first > rep.head and g.lemma not in saying]
    if not after:
        return False
    lo = after[0].first
    while lo - 1 > rep.head and (toks[lo - 1].lower in _MODALS or _is_adverb(toks[lo - 1].lower)):
        lo -= 1  # the modal before a 'be' group: 'could be', 'may well be'
    words = {t.lower for t in toks[lo : after[0].head + 1]}
    return bool(words & _POSSIBLE) and not words & {"not", "never"}


#: a speaker welcoming or introducing guests at an occasion ('With me today are …', 'we are joined by …', 'we're
#: delighted to have … with us'): ceremony talk, not an event (*I'm pleased to be here* stays: the occasion itself)
_HOSTING = re.compile(r"\bwith\s+(?:me|us)\s+(?:here\s+|today\s+|tonight\s+|this\s+\w+\s+)?(?:are|is)\b|"
                      r"\b(?:we|I)(?:\s+(?:are|am)|[’'](?:re|m))\s+(?:\w+ly\s+)?joined\s+(?:\w+\s+)?by\b|"
                      r"\b(?:we|I)(?:\s+(?:are|am)|[’'](?:re|m))\s+(?:\w+\s+)?(?:delighted|pleased|glad|happy|"
                      r"honou?red|proud|thrilled|privileged)\s+to\s+(?:have|welcome|introduce|host)\b|"
                      r"\b(?:on\s+board|here)\s+with\s+(?:me|us)\b|"
                      r"\bjoining\s+(?:me|us)\s+(?:here\s+|today\s+|tonight\s+|this\s+\w+\s+)?(?:are|is)\b|"
                      r"\bon\s+(?:the\s+)?(?:stage|podium|platform|dais)\s+with\s+(?:me|us)\b|"
                      r"\b(?:standing|gathered|seated)\s+(?:here\s+)?(?:before|with)\s+(?:you|me|us)\b|"
                      r"\bour\s+(?:first|next|second|third|last|final)\s+speakers?\s+(?:here\s+|today\s+|tonight\s+|"
                      r"this\s+\w+\s+)?(?:is|are|will\s+be)\b|"  # a moderator: 'Our first speaker today is …'
                      # 'Dr. Roe has joined us today to answer …' (not 'has joined us in the lawsuit')
                      r"\b(?:has|have)\s+joined\s+(?:me|us)\s+(?:here\s+)?(?:(?:today|tonight|this\s+(?:morning|"
                      r"afternoon|evening))\s+)?(?:to\s+(?:\w+\s+)?(?:explain|answer|discuss|talk|speak|take|brief|"
                      r"update|share|give|provide)\b|[.,;])|"
                      # a moderator handing over and taking questions ('next I'll turn things over to our mayor', 'then we'll
                      # take your questions', 'she will walk you through the day')
                      r"\bturn\s+(?:it|this|things|the\s+(?:floor|podium|microphone|mic))\s+over\s+to\b|"
                      r"\b(?:we|I)\s*(?:will|[’']ll|can)\s+(?:now\s+|then\s+)?(?:take|open\s+it\s+up\s+(?:to|for))\s+"
                      r"(?:your\s+|a\s+few\s+|some\s+|any\s+)?questions\b|"
                      r"\bwalk\s+(?:you|us)(?:\s+guys|\s+all)?\s+through\b|"
                      # a moderator's line-up ('We have four panelists this morning', 'we have two guests with us')
                      r"\b(?:we|I)\s+have\s+(?:\w+\s+){0,2}?(?:speakers|guests|panelists|panellists|briefers|"
                      r"presenters)\s+(?:(?:here|today|tonight|with\s+us|for\s+you|this\s+(?:morning|afternoon|"
                      r"evening))\b|[.,;])|"
                      # a moderator's guest and the call's procedure ('Today we have with us Dr. Roe', 'all callers
                      # stay listen-only for now', 'after I introduce our panelists … we will move to the Q&A')
                      r"\b(?:we|I)\s+have\s+(?:here\s+)?with\s+(?:us|me)\b|"
                      r"\blisten[- ]only\b|"
                      r"\b(?:go|move|turn|proceed|get)\s+(?:in)?to\s+(?:the\s+|our\s+)?(?:Q\s*(?:and|&)\s*A|"
                      r"questions?\s+and\s+answers?|question(?:-and-|\s+and\s+)answer\s+(?:session|segment|period|"
                      r"portion))\b|"
                      r"\b(?:I|we)\s*(?:will\s+|[’']ll\s+)?introduce\s+(?:the|our|today[’']s|tonight[’']s)\s+"
                      r"(?:speakers?|panel(?:ists)?|guests?|briefers?|presenters?)\b|"
                      r"\b(?:we|I)\s+(?:[\w’']+\s+){0,3}?(?:answer|take|get\s+to)\s+as\s+many\s+(?:of\s+(?:your|the)\s+)?questions\b", re.I)
#: a briefing's ground rules: the speakers or the call on background, off the record or under embargo ('the officials
#: will be on background', 'this call is embargoed until …'): how the words may be reported, no event
_GROUND_RULES = re.compile(r"\b(?:be|is|are|remain|stay)\s+(?:(?:on|on\s+deep)\s+background|off\s+the\s+record|"
                           r"embargoed|under\s+embargo)\b", re.I)
GROUND_RULES = "a briefing's ground rules ('we are on background today', 'the call is embargoed'), not an event"
#: what a speaker's words do to their own subject matter (lexicon data), after *begin/start … by*: a plan for the order
#: of the speech itself ('we want to start this morning by outlining the review'), no event
ORDER_OF_SPEECH = ("discussing", "describing", "outlining", "summari[sz]ing", "reviewing", "highlighting",
                   "explaining", "addressing", "noting", "updating", "providing", "giving", "sharing")
#: a text's talk about itself (talk32): a witness's disclaimer of whose views the words give ('the views I express
#: today are my own', 'In my prepared remarks, we are speaking for the museum …', '… may not reflect the positions
#: held by the board'): words about the words, not an event; not 'I testified today', nor a performative ('In my
#: remarks today I am announcing …'), nor views told by the narrator ('the views of the board changed on Monday')
_TEXT_ABOUT_ITSELF = re.compile(
    r"\bviews\s+(?:that\s+|which\s+)?(?:I|we)\s+(?:express|present|give|offer|share)\b|"
    r"\b(?:do|does)\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\s+the\s+(?:\w+\s+)?(?:views?|positions?|opinions?)\b|"
    r"\b(?i:in)\s+(?:my|our)\s+(?:written\s+|prepared\s+)?(?:testimony|remarks|statement)\b[^.;:!?]{0,40}?\b(?:I|we)"
    r"(?:\s+(?:am|are)|[’'](?:m|re))\s+(?:here\s+)?(?:representing|speaking\s+(?:for|on\s+behalf\s+of))\b")
TEXT_ABOUT_ITSELF = "a text's talk about itself (a witness's disclaimer of whose views it gives), not an event"
#: the subject of a speech act, and the same subject with a contracted modal ("I'd like to", "we'd also like to")
_SPEAKER = r"\b(?:I|we)(?:\s+|(?=[’']d\s))"
_D_LIKE = r"[’']d\s+(?:also\s+|just\s+)?like\s+to\s+"
#: a speaker's own speech acts: thanks ('I want to thank …', 'we thank …'), taking the floor ('let me say …', 'first
#: let me …', 'we wanted to talk to you tonight', 'we want to give you an update'), a gloss of what the speakers
#: themselves say ('we are saying …') and their word to the audience announced ahead ('this morning I will brief
#: you on the talks', "we'll send you a further note on Monday"): words about the speaking
_SPEECH_ACT = re.compile(
    _SPEAKER + r"(?:(?:also\s+)?(?:want|wish|would\s+like|must)\s+to\s+|would\s+also\s+like\s+to\s+|"
    + _D_LIKE + r")?(?:\w+ly\s+)?"
    r"(?:thank|commend|congratulate|salute)\b|"
    + _SPEAKER + r"(?:(?:also\s+)?(?:want|wish|would\s+like|must)\s+to\s+|would\s+also\s+like\s+to\s+|"
    + _D_LIKE + r")?(?:\w+ly\s+)?"
    r"(?:express|extend|convey|offer|send)\s+(?:[\w’'-]+\s+){0,4}?(?:thanks|gratitude|condolences|sympath(?:y|ies)|"
    r"appreciation|congratulations|prayers)\b|"
    + _SPEAKER + r"(?:(?:also\s+)?(?:want|wish|would\s+like)\s+to\s+|" + _D_LIKE + r")(?:start|begin|open)\b"
    r"[^.;:!?]{0,40}?\bby\s+(?:thanking|saying|recogni[sz]ing|acknowledging|expressing|commending|"
    + "|".join(ORDER_OF_SPEECH) + r")\b|"
    + _SPEAKER + r"(?:(?:also\s+|just\s+)?(?:wanted|want|wish|wished|would\s+like|have|must)\s+to\s+|"
    + _D_LIKE + r"|must\s+)"
    r"(?:speak|talk|say|comment|remind|know|give\s+(?:\w+\s+){0,4}update|update\s+(?:you|everyone|everybody))\b|"
    # the session anticipated by its speakers ('I am so looking forward to hearing from the growers')
    r"\b(?:I|we)(?:\s+(?:am|are)|[’'](?:re|m))\s+(?:(?:all|so|very|really|truly|also)\s+)*looking\s+forward\s+to\s+"
    r"(?:speaking|talking|hearing|discussing|answering|meeting\s+(?:with\s+)?you|seeing\s+you|working\s+with\s+you)\b|"
    r"\b(?:I|we)\s+(?:(?:really|truly|greatly|do|certainly)\s+)?appreciate\b|"
    # the speaker's gratitude ('we are deeply grateful to the crews …')
    r"\b(?:I|we)(?:\s+(?:am|are)|[’'](?:re|m))\s+(?:(?:all|so|very|truly|deeply|most|ever|\w+ly)\s+)*"
    r"(?:grateful|thankful)\s+(?:to|for)\b|"
    r"\blet\s+me\s+(?:first\s+|just\s+|also\s+)?(?:say|begin|start|thank|be\s+clear|note|add|stress|emphasi[sz]e|"
    r"repeat|remind)\b|"
    r"\b(?:I|we)(?:\s+(?:am|are)|[’'](?:re|m))\s+(?:\w+ly\s+)?saying\b|"
    # the speaker's word to the audience announced ahead ('this morning I will brief you on the talks', "we'll send
    # you a further note on Monday", 'we are going to brief everyone at noon'): talk to those addressed, not 'I will
    # sign the order'
    r"\b(?:I|we)(?:\s+will|\s+shall|[’']ll|\s+(?:am|are)\s+going\s+to)\s+(?:(?:now|also|briefly|first|then|just)\s+)?"
    r"(?:(?:update|brief|inform|tell)\s+(?:you|everyone|everybody|all\s+of\s+you)\b|send\s+(?:you\s+)?(?:another|an?|"
    r"a\s+(?:further|follow-up|new))\s+(?:e-?mail|note|memo|update|message)\b)", re.I)
#: a speaker opening a floor speech or testimony ('I rise in strong support of this measure', 'we would like to take a
#: few moments tonight …', 'I am here today to speak on the budget', 'we are here to testify on …'): the speech
#: framing itself, no event ('he rose to his feet', 'they are here to stay': no framing)
_FLOOR_OPENING = re.compile(
    r"(?<![\w’'])I\s+rise\s+(?:(?:today|tonight|again|once\s+again|this\s+(?:morning|afternoon|evening))\s+)?"
    r"(?:(?:very|so|most|deeply|truly|humbly)\s+)?(?:(?:proud|pleased|honou?red|humbled|saddened|grateful|glad)\s+)?"
    r"(?:in\s+(?:strong\s+|full\s+)?(?:support|opposition|recognition|honou?r|memory|tribute|praise)|to\s+(?:speak|"
    r"talk|address|discuss|honou?r|recogni[sz]e|support|oppose|express|offer|pay|introduce|urge|ask|call|join|"
    r"commend|congratulate|thank|remember|celebrate|mark))\b|"
    r"(?<![\w’'])(?:I|[Ww]e)\s+(?:(?:just|also)\s+)?(?:want|wanted|wish|wished|would\s+like)\s+to\s+(?:spend|take)\s+"
    r"(?:just\s+)?(?:a\s+)?(?:few\s+|couple\s+of\s+|some\s+)?(?:minutes|moments?)\b|"
    r"(?<![\w’'])(?:I|[Ww]e)(?:\s+(?:am|are)|[’'](?:re|m))\s+here\s+(?:(?:today|tonight|this\s+(?:morning|"
    r"afternoon|evening))\s+)?to\s+(?:talk|speak|testify|discuss|address|say|report)\b")
FLOOR_OPENING = ("a speaker opening a floor speech or testimony ('I rise today in support of …', 'I am here to "
                 "talk about …'), not an event")

#: verbs of a speaker's acts toward the people at the occasion itself (lexicon data): thanking, greeting, welcoming,
#: recognising, honouring
OCCASION_ACTS = ("thank", "commend", "congratulate", "salute", "recognize", "recognise", "acknowledge", "welcome",
                 "greet", "honor", "honour")
#: what a speaker offers the people at the occasion (lexicon data), after :data:`OFFERING_VERBS`
OCCASION_OFFERINGS = ("thanks", "gratitude", "condolences", "sympathy", "sympathies", "appreciation",
                      "congratulations", "prayers", "support", "greetings", "wishes", "welcome")
#: verbs of offering (lexicon data): 'we extend our condolences', 'I bring greetings from …'
OFFERING_VERBS = ("offer", "extend", "convey", "send", "bring", "express")
_ALSO = r"(?:(?:also|just|again|first|now|briefly|really|once\s+again|therefore|personally)\s+)*"
#: a wish or volition framing the speaker's act ('I want to', 'we would like to', "I'd like to"; not 'we will honor
#: the contract', a pledge), or taking time for it ("we'd like to take one moment to", 'let me take this opportunity to')
_WISH = r"(?:(?:want|wanted|wish|would\s+like|must|need|have)\s+to\s+|[’']d\s+" + _ALSO + r"like\s+to\s+)"
_MOMENT = r"(?:take\s+(?:a|this|the|one)\s+(?:\w+\s+)?(?:moment|minute|opportunity|time)\s+(?:\w+\s+)?to\s+)"
_OCCASION_ACT = (r"(?:" + "|".join(OCCASION_ACTS) + r")(?:\s+and\s+(?:" + "|".join(OCCASION_ACTS) + r"))?\b|"
                 r"(?:" + "|".join(OFFERING_VERBS) + r")\s+(?:[\w’'-]+\s+){0,5}?(?:" + "|".join(OCCASION_OFFERINGS)
                 + r")\b")  # (two acts joined: 'to recognize and welcome the guests')
#: a speaker's act toward the people at the occasion, in the first person: framed by a wish or by taking time
#: ('This evening we would like to recognize the crews …', "we'd like to take one moment to acknowledge …", 'let me take this
#: opportunity to welcome …'), an offering in the present ('On behalf of the city, I bring greetings …', 'we extend
#: our support …'), or being at the occasion to do it ('we are here tonight on behalf of the board to offer …'): talk
#: about the occasion, no event; not told by the narrator ('The coach thanked the fans on Sunday'), nor a plain
#: present of recognising ('I recognize that the vote today was close': a concession)
_OCCASION_TALK = re.compile(
    r"(?<![\w’'])(?:I|[Ww]e)(?:\s+|(?=[’']d\s))" + _ALSO + r"(?:" + _WISH + _ALSO + _MOMENT + r"?|" + _MOMENT + r")"
    + _ALSO + r"(?:" + _OCCASION_ACT + r")|"
    r"\b(?i:let)\s+(?:me|us)\s+" + _ALSO + _MOMENT + r"?(?:" + _OCCASION_ACT + r")|"
    r"(?<![\w’'])(?:I|[Ww]e)\s+" + _ALSO + r"(?:" + "|".join(OFFERING_VERBS) + r")\s+(?:[\w’'-]+\s+){0,5}?(?:"
    + "|".join(OCCASION_OFFERINGS) + r")\b|"
    r"(?<![\w’'])(?:I|[Ww]e)(?:\s+(?:am|are)|[’'](?:re|m))\s+here\s+(?:(?:today|tonight|this\s+(?:morning|afternoon|"
    r"evening))\s+)?(?:on\s+behalf\s+of\s+[^,.;:]{1,60}?\s+)?to\s+(?:" + _OCCASION_ACT + r"|(?:"
    + "|".join(OFFERING_VERBS) + r")\b)")
OCCASION_TALK = ("a speaker's act toward the people at the occasion ('I'd like to recognize …', 'I bring greetings "
                 "…'), not an event")
#: a speaker's floor procedure or citation of a document, in the first person: asking unanimous consent for what the
#: chamber is to do with a text (… consent that the measure, filed on May 3, be agreed to) or wishing to quote, read
#: from or cite one ('we want to read from the May 4 report', 'let me cite the memo of March 3'): the date is that of
#: the text moved or cited, a reference, not an event of the clause (the narrator's 'the senator quoted a memo' and
#: 'I sent a memo on May 3' stay events)
_CITING = re.compile(
    r"(?<![\w’'])I\s+" + _ALSO + r"ask\s+(?:for\s+)?unanimous\s+consent\b|"
    r"(?<![\w’'])(?:I|[Ww]e)\s+" + _ALSO + r"quote\s+(?:briefly\s+|directly\s+)?from\b|"  # a present performative
    r"(?<![\w’'])(?:I|[Ww]e)(?:\s+|(?=[’']d\s))" + _ALSO
    + r"(?:(?:want|wish|would\s+like|have)\s+to\s+|[’']d\s+like\s+to\s+|will\s+|shall\s+)" + _ALSO
    + r"(?:(?:quote|read)\s+(?:briefly\s+|directly\s+)?from|cite)\b|"
    r"\b(?i:let)\s+me\s+" + _ALSO + r"(?:(?:quote|read)\s+(?:briefly\s+|directly\s+)?from|cite)\b")
CITING = ("a speaker's floor procedure or citation (asking unanimous consent, 'let me read from the … report'): the "
          "date is that of the text moved or cited, not an event")

#: the speaker's memory of being somewhere: the first person and a past of *be* with a place, *there*, *here* or
#: *at/in the …* ('The next day, the mayor and I were there', 'that night I was at the station'), no purpose after it
#: ('I was there to urge voters …': an act at the occasion)
_BEEN_THERE = re.compile(r"(?<![\w’'])(?:(?:[\w.’'-]+\s+){1,4}and\s+)?(?:I|[Ww]e)\s+"
                         r"(?:(?:all|both|also|just|then|still)\s+)?(?:was|were)\s+"
                         r"(?:(?:all|both|also|just|then|still|right)\s+)?(?:there|here|(?:at|in)\s+(?:the|a|an|my|our)\s)"
                         r"(?![^,.;:]*?\bto\s+(?!the\b|a\b|an\b|my\b|our\b|his\b|her\b|their\b)[a-z]+)")
BEEN_THERE = "the speaker's memory of being somewhere ('the next day, the mayor and I were there'), not an event"
#: a clause subordinated to another ('when the bridge fell', 'as the vote began'): its date is not the speaker's
_SUBORDINATE = re.compile(r"\b(?:when|as|after|before|while|because|where|until|since|once)\b", re.I)
#: a greeting or thanks opening the sentence, after a transcript's speaker label at most ('Good evening, and many
#: thanks to all of you for coming tonight', 'MS. ROE: Thank you all for coming this afternoon'): the occasion's
#: courtesies
_GREETING = re.compile(
    r"[^\w“”\"‘’']*(?:(?:(?:MR|MS|MRS|DR|SEN|REP)\.?\s+)?[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+)?\s*:\s*)?"
    r"(?:(?i:and\s+)?(?i:good\s+(?:morning|afternoon|evening)|thank\s+you|thanks)\b[\s,!.]*)+")
#: the thanks' complement naming the speaker's own act at the occasion ('thank you for the chance to testify'): the
#: testimony is the event
_OWN_ACT_THANKED = re.compile(r"\b(?:testify|testifying|testimony|appear|appearing)\b", re.I)
#: a greeting wishing the day itself well, the day being the sentence's date ('Happy Monday, everyone.')
_HAPPY_DAY = re.compile(r"[^\w“”\"‘’']*(?i:and\s+)?(?i:happy)\s+")
#: what may close such a greeting: a vocative of at most three words ('everybody', 'to all of you')
_VOCATIVE_END = re.compile(r"[\s,!]*(?:[\w’'-]+\s*){0,3}[.!]*[\s\"”’']*")
GREETING = "a speaker's greeting or thanks at the occasion ('Good evening, and thank you all for coming'), not an event"


#: a speaker's own view, knowledge or certainty opening the clause the date is in ('I think, Sam, this shows what the
#: coach said last night', 'and I know the divers will find more tomorrow', 'as I am sure the crews here today would
#: say'): the speaker's words about the news, not news (the first person singular only: 'as we all know, the bridge
#: reopened on Monday' reports the reopening)
_VIEW = re.compile(r"(?:(?<![\w’'])I\s+(?:(?:do|also|really|still|just)\s+)?(?:think|know|believe|guess|suppose|"
                   r"suspect|gather)\b|"
                   r"(?<![\w’'])I(?:\s+am|[’']m)\s+(?:\w+ly\s+|very\s+|quite\s+)?(?:sure|certain|confident)\b)"
                   r"(?!\s+(?:of|about)\b)")
#: a speaker's own witnessing of the news ('In the stands today we saw a great final', 'I was there watching the
#: launch on Saturday night', 'we're watching the markets today'): the first person seeing or watching, not an event
#: (learning of news is no witnessing: 'This morning we learned that the club had sold its ground' reports the sale)
_WITNESSING = re.compile(r"(?<![\w’'])(?:I|[Ww]e)\s+(?:(?:all|also|just|then)\s+)?(?:saw|watched|witnessed)\b|"
                         r"(?<![\w’'])(?:I|[Ww]e)(?:\s+(?:was|were|are|am)|[’'](?:re|m))\s+(?:[a-z]+\s+){0,3}?"
                         r"(?:watching|witnessing)\b|"
                         r"(?<![\w’'])(?:I|[Ww]e)(?:\s+have|[’']ve)\s+(?:(?:all|also|just)\s+)?(?:seen|watched|witnessed)\b")
#: a speaker's agenda for the session at hand ('Today we will hear from the auditors …', 'this morning I'll talk
#: about …', a programme's 'Tonight we look at …')
_AGENDA = re.compile(r"\b(?:we|I)\s*(?:will|shall|[’']ll)\s+(?:also\s+|\w+ly\s+)?(?:learn|hear|talk|explore|look|"
                     r"focus|listen|turn)\b|"  # (not 'debate', 'consider', 'review': a body's own acts)
                     r"\b(?:we|I)\s+(?:also\s+)?(?:tell|talk|look|report)\s+(?:about|at|on)\b|"  # a programme's present
                     # the session anticipated ('we look forward to hearing this morning from …')
                     r"\b(?:we|I)\s+(?:also\s+|\w+ly\s+)?look\s+forward\s+to\s+(?:hearing|discussing|learning|"
                     r"your\s+testimony|the\s+testimony)\b|"
                     r"\b(?:we|I)\s*(?:will|shall|[’']ll)\s+(?:now\s+)?(?:begin|start|open|close|end|conclude)\s+"
                     r"(?:this|today[’']s|tonight[’']s|our)\s+(?:\w+\s+)?(?:(?:press|news)\s+conference|briefing|"
                     r"telebriefing|(?:press\s+|conference\s+)call)\b",  # a moderator: 'we will begin this briefing with'
                     re.I)
#: verbs whose subject feels (lexicon data): *my heart aches*, *we grieve with you*
FEELING_VERBS = frozenset({"ache", "grieve", "mourn", "weep", "rejoice", "sorrow", "lament"})
#: a speaker's feeling or relief at the moment of speaking ('Tonight, we feel a deep sense of relief', 'today the
#: whole town can breathe again', 'the street can rest at last tonight', 'Today the city stands in mourning', 'we are
#: witness to …', 'I grieve with you today', 'today we honor their courage'): said of the day itself, not an event
_FEELING = re.compile(r"\b(?:I|we)\s+(?:all\s+|\w+ly\s+)?(?:feel|" + "|".join(sorted(FEELING_VERBS)) + r")\b|"
                      r"\bcan\s+(?:all\s+|now\s+|finally\s+|once\s+again\s+)*(?:breathe|sleep|rest)\b|"
                      r"\b(?:unites?|joins?|stands?)\s+(?:together\s+|united\s+)?in\s+(?:celebration|mourning|grief|"
                      r"prayer|solidarity|sorrow|gratitude)\b|\b(?:we|I)\s+(?:are|am)\s+(?:all\s+)?witness(?:es)?\s+to\b|"
                      # a tribute in the plain present, not a cleft's ('it is their work that we honor today') nor a
                      # concession ('we recognize that …')
                      r"(?<!\bthat\s)(?<![\w’'])(?:I|[Ww]e)\s+(?:\w+ly\s+)?(?-i:" + "|".join(OCCASION_ACTS) + r")\b"
                      r"(?!\s+(?:that|how|what|whether)\b)", re.I)
#: what joins another clause between a speaker's words and a date ('X was appointed but we are pleased to …')
_JOINED = re.compile(r"\b(?:but|and|while|although|though)\b|[;.!?]")
#: an *and* that opens a clause of its own: a subject pronoun right after it (*… and we want to …*)
_AND_SUBJECT = re.compile(r"\band\s+(?:I|we|he|she|they)\b(?![’'-])", re.I)
_TODAY = re.compile(r"(?:(?:earlier|later)\s+)?(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)
#: nouns of a public mood or debate: 'a row grew', 'pressure mounted' state a situation growing
_SITUATION_NOUNS = {"storm", "row", "furor", "furore", "uproar", "outcry", "controversy", "debate", "dispute",
                    "criticism", "opposition", "anger", "outrage", "pressure", "concern", "concerns", "fears",
                    "worries", "tension", "tensions", "unease", "frustration", "momentum", "speculation", "backlash",
                    "clamor", "clamour", "discontent", "doubts", "resistance", "alarm", "confusion", "uncertainty"}
#: verbs of growing, besides :data:`TREND_VERBS`
_GROWING = {"build", "swell", "rage", "simmer", "spread", "rise", "increase"}


def _spoken(text: str, clause: tuple[int, int], date: tuple[int, int], talk: re.Pattern) -> bool:
    """Whether the clause holds the speaker's words ``talk`` with no other clause joined between them and the date
    (not *X was confirmed on Monday but we're glad to have …*)."""
    return any(not _joined(text, min(m.start(), date[1]), max(m.start(), date[0]), (m.start(), m.end()))
               for m in talk.finditer(text, *clause))


def _cited(text: str, clause: tuple[int, int], date: tuple[int, int]) -> bool:
    """Whether the clause holds a speaker's floor procedure or citation (:data:`_CITING`) before the date, with no
    other clause joined between them; a dot inside the clause before a capital or a figure closes an abbreviation
    there (*S. Res. 12*, *H.R. 40*), not a sentence."""
    masked = text[: clause[1]]
    masked = masked[: clause[0]] + re.sub(r"\.(?=\s+[A-Z0-9])", " ", masked[clause[0] :])
    return any(m.start() < date[0] and not _joined(masked, m.start(), date[0], (m.start(), m.end()))
               for m in _CITING.finditer(masked, *clause))


#: words after which a verb form is a noun's modifier (*the surviving crew*, *their injured relatives*)
_NOUN_OPENERS = frozenset({"the", "a", "an", "their", "our", "its", "his", "her", "my", "your"})


def _joined(text: str, start: int, end: int, words: tuple[int, int]) -> bool:
    """Whether another clause is joined in ``text[start:end]`` (:data:`_JOINED`) besides the speaker's ``words``:
    an *and* counts only with a verb of its own there (*the dam held and the valley can …*), not when it joins nouns
    (*the coach and the captain have …*, *the towns of A, B and C, and many other villages can …*; a word that
    may be a plural noun, *clubs*, is read as one); an *and* right before a subject pronoun joins clauses even when
    its verb lies outside the span (*The dam held on Monday and we want to thank …*)."""
    if not _JOINED.search(text, start, end):
        return False
    if re.search(r"\b(?:but|while|although|though)\b|[;.!?]", text[start:end]):
        return True
    if any(m.start() < end for m in _AND_SUBJECT.finditer(text, start, min(len(text), end + 8))):
        return True
    toks = tokens(text, start, end)
    return any(t.is_word and not t.is_cap and t.lower not in _STOP and _is_verb(t.lower)
               and ("NOUN" not in _lemmas(t.lower) or t.lower.endswith("ed"))
               and not (k and toks[k - 1].lower in _NOUN_OPENERS)  # 'the surviving crew': a modifier, no verb
               for k, t in enumerate(toks) if not words[0] <= t.start < words[1])


def _talk_or_situation(text: str, clause: tuple[int, int], date: tuple[int, int], main: _Group, toks: list[Token],
                       phrases: tuple[tuple[int, int], tuple[int, int]]) -> tuple[str, str]:
    """Why a clause that reads as an event is none (``("", "")`` when it is one): a speaker's ceremony talk
    (welcoming guests or lining them up, a briefing's ground rules, the session's agenda: *Today we will hear from
    the auditors …*; the date in that clause), a
    negated act of a subject the date owns, no name in it (*Friday's ruling did not end the dispute*: the clause says
    what the day's news did not do; not *The rebels didn't withdraw on Monday*, nor a contrast, *Even though …'s …
    did not …, …*, nor when the date names a happening: *last week's storm has not worsened the damage*), or a
    public mood growing (*A row grew this week over the closures*; not with an object, nor before an ``as``/``while``
    clause, whose events it sums up). ``phrases``: the clause's subject and object."""
    (cs, ce), (ds, de), (subject, obj) = clause, date, phrases
    for talk, why in ((_HOSTING, "a speaker welcoming or introducing guests ('with me today are …'), not an event"),
                      (_GROUND_RULES, GROUND_RULES),
                      (_AGENDA, "a speaker's agenda for the session ('today we will learn …'), not an event")):
        if _spoken(text, clause, date, talk) and (talk is not _AGENDA or _TODAY.match(text, ds, de)):
            return "framing", why
    said = text[subject[0] : subject[1]] if subject[1] else ""
    owner = re.match(r"['’]s((?:\s+[\w-]+){1,3})", text[de:ce])  # 'Friday's ruling', 'last week's storm'
    if owner and de < toks[main.first].start and _negated(toks, main) and not re.search(r"\b[A-Z]", said) \
            and not _CONTRAST_OPEN.match(text, cs) and not set(owner.group(1).lower().split()) & _HAPPENING_NOUNS:
        return "negated", "a negated act ('did not stop', 'has never'): what did not happen is no event"
    head = re.split(r"\s(?:of|from|over|in|at|on|with|about|for|to)\s", said, maxsplit=1)[0].lower().split()
    pre = [t.lower for t in tokens(text, cs, subject[0]) if t.is_word and not ds <= t.start < de
           and t.lower not in _DETERMINERS] if said else []
    if pre and pre[-1] in _PREPOSITIONS:
        head = []  # 'the damage from the storm': the subject found is a preposition's noun, not the head
    if (main.lemma in TREND_VERBS or main.lemma in _GROWING) and head and head[-1] in _SITUATION_NOUNS and not obj[1] \
            and main.form in {"past", "present", "perfect", "progressive"} \
            and not re.search(r"\b(?:as|while)\s", text[toks[main.head].end : ce]):
        return "state", "a public mood or debate growing ('a row grew', 'pressure mounted'), not an event"
    return "", ""


def _negated(toks: list[Token], main: _Group) -> bool:
    """Whether the main verb group is negated in the simple past or the perfect, in the narrator's words (*did not
    stop*, *has never*; not after a reporting verb: *said it would not sell* states a decision; not *not only*)."""
    aux = [t.word.lower().replace("’", "'") for t in toks[main.first : main.head]]
    negative = any(w in {"not", "never"} or w.endswith("n't") for w in aux)
    if not negative or main.form not in {"past", "perfect", "passive"} or "only" in aux or _aside(toks, main.head):
        return False  # (a negation in a concessive tail: '…, although thousands have not been counted')
    return not any(t.lower in {"say", "said", "says", "told", "announced", "added"} for t in toks[: main.first])


#: verbs of making known that, with a noun phrase object, state an act (*announced a rescue package*)
_ANNOUNCING = {"announce", "unveil", "disclose", "reveal"}


#: what follows 'recall' when it reports a memory ('she recalled that …', '… recalled how …'), not a product recall
_MEMORY_NEXT = {"that", "how", "when", "what", "why", "where", "whether", "being", "having", "his", "her", "their",
                "my", "our", ",", "“", "\"", ":", "seeing", "hearing"}


def _announces_thing(g: _Group, groups: list[_Group], toks: list[Token] | None) -> bool:
    """Whether a verb of announcing takes a noun phrase (a determiner next) and no finite verb follows it (no
    reported clause): *announced a major rescue package for the insurer to save it* is the announcement, not the
    saving; *announced the company would cut jobs* reports the cut."""
    if toks is not None and g.lemma == "recall" and g.head + 1 < len(toks):
        nxt = toks[g.head + 1].lower
        after = toks[g.head + 2].lower if g.head + 2 < len(toks) else ""
        if nxt in _ARTICLES:  # 'recalled the 2010 model' (an act), 'recalled the day …' (a memory)
            return after not in _TIME_NOUNS | {"scene", "words", "story", "events", "moment", "feeling"}
        return nxt not in _MEMORY_NEXT  # 'recalled 40,000 cars', not 'recalled that …'
    if toks is None or g.lemma not in _ANNOUNCING or g.head + 1 >= len(toks) or toks[g.head + 1].lower not in _DETERMINERS - {"that"}:
        return False
    stop = next((k for k in range(g.head + 1, len(toks)) if toks[k].word in {",", ";", ":"}), len(toks))
    later = [h for h in groups if g.head < h.first < stop]
    return all(h.form in {"infinitive", "participle"} for h in later) and not any(
        t.lower == "to" for t in toks[g.head + 1 : g.head + 4])


def _finite_before(g: _Group, groups: list[_Group]) -> bool:
    """Whether a finite verb (``be`` included) comes before the participle group ``g``: *anger was the reaction to
    bonuses paid to traders* states the anger, not the paying; *a statement released by the agency* has only its
    participle."""
    return any(h.first < g.first and h.form in {"past", "present", "perfect", "passive"} for h in groups)


#: verbs of a state of mind (and of getting ready) that take a clause or an infinitive: in the plural present
#: (:func:`_plural_present`) their clause tells what happened (*doctors fear that the flood killed …*, *engineers
#: prepare to launch …*)
_MIND = {"think", "believe", "feel", "know", "want", "hope", "wish", "like", "love", "need", "mean", "guess",
         "suppose", "expect", "fear", "appreciate", "remember", "understand", "prepare"}


def _minded(g: _Group, groups: list[_Group], toks: list[Token] | None) -> bool:
    """Whether ``g`` is the plural present of a verb of a state of mind (:data:`_MIND`) with a later verb group,
    its clause or infinitive (*doctors fear that*, *engineers prepare to*; not *she wants*, read as before)."""
    return g.form == "present" and g.lemma in _MIND and g is not groups[-1] and toks is not None \
        and toks[g.head].lower == g.lemma


def _main_group(groups: list[_Group], toks: list[Token] | None = None) -> tuple[_Group | None, str]:
    """The group that says what happened, and the form of the whole clause (future when planned: a verb of planning
    followed by 'to', when ``toks`` are given — 'are moving cautiously', 'set a hearing' are what was done)."""
    planned = ""
    for g in groups:
        if g.lemma in _CONATIVE and g.form == "past" and not planned:
            return g, g.form  # 'the company tried to block the sale': the attempt was made
        if g.lemma in _SKIP_TO_INFINITIVE and (toks is None or any(t.lower == "to" for t in toks[g.head + 1 : g.head + 3])):
            planned = "future"
            continue
        if g.lemma in _REPORTING and not _announces_thing(g, groups, toks) or g.lemma == "be" \
                or g.form == "participle" and (g is not groups[-1] or _finite_before(g, groups)) \
                or _minded(g, groups, toks):
            continue
        form = "future" if planned and g.form == "infinitive" else g.form
        return g, form
    for g in groups:
        if g.lemma in _REPORTING:
            return g, g.form
    return (groups[0], groups[0].form) if groups else (None, "")


def _dated_conjunct(groups: list[_Group], toks: list[Token], date_start: int) -> list[_Group]:
    """The verb groups from the last past-tense verb coordinated by 'and' before the date on, when the verb before
    the 'and' is not in the past too (*the $2 billion sale is expected to close in June and was approved by
    regulators last month*: 'last month' dates the approval), or all of them (*stormed and looted the depot in
    2004*)."""
    joined = [g for g in groups if g.first > 0 and toks[g.first - 1].lower == "and" and g.form in {"past", "passive"}
              and toks[g.first].start < date_start and any(h.first < g.first - 1 for h in groups)]
    if not joined:
        return groups
    first = [h for h in groups if h.first < joined[-1].first - 1][-1]
    if first.form == "past" or first.form == "passive" and toks[first.first].lower not in {"is", "are", "am", "be", "to"}:
        return groups  # 'stormed and looted the depot in 2004': one past act told by two verbs, dated together
    return [g for g in groups if g.first >= joined[-1].first]


def _phrase_after(toks: list[Token], k: int, blocked: set[int]) -> tuple[int, int]:
    """Token range ``[k, j)`` of the noun phrase that starts at ``k`` ('of' phrases included)."""
    j = k
    seen_noun = False
    while j < len(toks) and j not in blocked:
        t = toks[j]
        w = t.lower
        if not t.is_word and not re.match(r"[$€£\d]", t.word) and t.word not in {"-", "&"}:
            break
        if w in _BOUNDARY_WORDS or (w in _PREPOSITIONS and (w != "of" or not seen_noun)) and j > k:
            break
        if w in _PREPOSITIONS and w != "of":
            break
        seen_noun = seen_noun or (t.is_word and w not in _DETERMINERS)
        j += 1
    return k, j


def _happening_nouns(toks: list[Token], k: int) -> list[str]:
    """Common nouns of the subject of a happening verb at token ``k``, coordinated subjects included: *the
    strike and subsequent blockade that hit the port* → ``strike``, ``blockade`` (they name the event)."""
    i = k
    if i > 0 and toks[i - 1].lower in {"that", "which"}:
        i -= 1
    nouns: list[str] = []
    while i > 0 and k - i < 10:
        t = toks[i - 1]
        w = t.lower
        if not t.is_word and t.word not in {"-", ","} or w in _BOUNDARY_WORDS and w != "and" or \
                w in _PREPOSITIONS and w != "of" or w in _AUX:
            break
        if t.is_word and not t.is_cap and w not in _STOP and len(w) > 3 and "NOUN" in _lemmas(w):
            nouns.append(_noun_lemma(w))
        i -= 1
    return nouns[::-1]


#: nouns that name a happening by themselves (nobody's action): a date right after one is that happening's
_HAPPENING_NOUNS = {"earthquake", "quake", "tsunami", "aftershock", "explosion", "blast", "fire", "storm", "hurricane",
                    "typhoon", "cyclone", "tornado", "flood", "landslide", "mudslide", "avalanche", "eruption",
                    "outbreak", "crash", "disaster", "attack", "riot", "coup", "war", "drought", "heatwave"}
#: the nouns of a happening (public, for :mod:`timeline.lede`)
HAPPENING_NOUNS = frozenset(_HAPPENING_NOUNS)
#: nouns of a point in time that a contact clause follows ('the exact time the earthquake …', 'the day the war …')
_TIME_NOUNS = {"time", "hour", "minute", "moment", "day", "night", "morning", "week", "year", "date", "anniversary"}
#: words before a happening noun that leave the date to it
_AFTER_HAPPENING = {"after", "following", "since", "before", "of", "by", "from", "during", "amid", "despite"}
_EVENT_NOUN_END = re.compile(r"(?:tion|sion|ment|ance|ence|\w{3}al|ure|ing|ship|cy|off|out|over)$")
_RELATIVE_DATE = re.compile(r"^(?:(?:a|an|one|two|three|four|five|six|several|a few|\d+)\s+\w+\s+(?:ago|earlier|before|"
                            r"prior)|(?:last|earlier this|this past|the previous|the past)\s+\w+)$", re.I)


#: a date a thing is planned for, right after it: 'the hearing scheduled for Wednesday', 'a vote set for May 3'
_PLANNED_FOR = re.compile(r"\s(?:scheduled|rescheduled|set|slated|planned|due|postponed|moved)\s+(?:for|to|on)\s+"
                          r"(?:the\s+)?$", re.I)


def _noun_before(before: list[Token]) -> tuple[str, ...]:
    """Words of the noun phrase that ends ``before`` (up to a preposition, a verb word or a boundary; no determiner),
    ``()`` when its last word is not a lowercase noun."""
    out: list[Token] = []
    for t in reversed(before):
        w = t.lower
        if not t.is_word or w in _PREPOSITIONS or w in _BOUNDARY_WORDS or w in _AUX or w in _DETERMINERS \
                or len(out) >= 4:
            break
        out.insert(0, t)
    if not out or not out[-1].word[:1].islower() or (_is_verb(out[-1].lower) or _lemmas(out[-1].lower)) \
            and not _lemmas(out[-1].lower).get("NOUN"):
        return ()  # not a noun: a verb, or an adverb of a verb group ('the match was initially set for Sunday')
    return tuple(t.word for t in out)


def dated_noun_phrase(text: str, start: int, end: int, date_start: int, date_end: int) -> tuple[str, ...]:
    """Words of a noun phrase the date belongs to, found by grammar rather than by the verb (``()`` when none).

    - a possessive date names what follows it: *the fallout of Friday's hostile bid* →
      ``hostile bid``;
    - a relative date right after a noun phrase led by a preposition: *slowed by the strike and blockade a
      week ago* → ``strike and blockade`` (*won the case last week* has no preposition: the verb's date);
    - an event noun (``-tion``, ``-ment``, ``-al`` …) after a preposition, followed by ``on``/``in``/``of`` and
      the date: *clearing the way for her appointment on Jan. 20* → ``appointment``;
    - a thing planned for the date: *to speak at the council's budget hearing set for May 9* →
      ``budget hearing``.

    Parameters
    ----------
    text : str
    start, end : int
        The clause.
    date_start, date_end : int
        The date mention.

    Returns
    -------
    tuple of str
    """
    if text[date_end : date_end + 2] in ("'s", "’s"):
        out: list[str] = []
        for t in tokens(text, date_end + 2, end):
            w = t.lower
            if not t.is_word and not re.fullmatch(r"\d[\w.-]*|-", t.word) or w in _PREPOSITIONS or \
                    w in _BOUNDARY_WORDS or w in _AUX or len(out) >= 5:
                break
            out.append(t.word)
        return tuple(out) if any(w[:1].isalpha() and w[:1].islower() for w in out) else ()
    planned = _PLANNED_FOR.search(text[start:date_start])
    if planned:
        return _noun_before(tokens(text, start, start + planned.start()))
    before = tokens(text, start, date_start)
    written = text[date_start:date_end]
    link = before[-1].lower if before else ""
    if link in {"on", "in", "of"}:
        before = before[:-1]
    elif _RELATIVE_DATE.match(written):
        link = ""
    else:
        return ()
    k = len(before)
    i = k
    juxtaposed = False  # 'the exact time the earthquake on March 11': a noun phrase right after a time noun
    while i > 0 and k - i < 8:
        t = before[i - 1]
        inner_of = t.lower == "of" and i >= 2 and before[i - 2].is_word and before[i - 2].lower not in _STOP
        if (t.lower in _PREPOSITIONS and not inner_of) or t.lower in _BOUNDARY_WORDS and t.lower != "and" \
                or not t.is_word and not t.word[:1].isdigit() and t.word != "-" \
                or not t.is_cap and "VERB" in _lemmas(t.lower) and "NOUN" not in _lemmas(t.lower):
            break
        i -= 1
        prev = before[i - 1] if i else None
        if t.lower in _ARTICLES and prev is not None and prev.lower in _TIME_NOUNS:
            juxtaposed = True
            break
    if i == k:
        return ()
    words = [t.word for t in before[i:k] if t.lower not in _DETERMINERS]
    lowered = [w.lower() for w in words]
    at = lowered.index("of") - 1 if "of" in lowered[1:] else len(words) - 1  # 'the termination of the deal'
    head = lowered[at] if words else ""
    # 'after the flood in May', 'crippled by the quake on Friday', 'the time the quake on March 11' (not a verb's
    # particle: 'put out the fire on Sunday' dates the putting out)
    happening = link in {"on", "in"} and _noun_lemma(head) in _HAPPENING_NOUNS and (
        juxtaposed or i == 0 or before[i - 1].lower in _AFTER_HAPPENING)
    if i == 0:
        if not link:
            return ()  # a sentence-initial noun phrase is the date's only with 'on'/'in'/'of' and an event noun
    elif before[i - 1].lower not in _PREPOSITIONS | {"following", "since", "after"} and not (juxtaposed and happening):
        return ()
    if not head or words[at][:1].isupper() or _lemmas(head) and "NOUN" not in _lemmas(head):
        return ()
    if link and not (_EVENT_NOUN_END.search(_noun_lemma(head)) and not _adjective_al(head) or happening):
        return ()  # 'met with the board on Friday': the date is the meeting's
    return tuple(words)


#: words right after a date that begin no noun it could modify (a preposition, a conjunction, a verb word)
_NOT_NOUN_AFTER = _AUX | {"and", "or", "but", "to", "of", "in", "on", "at", "by", "for", "with", "from", "as",
                          "that", "when", "through", "until", "than", "after", "before", "since", "during"}
#: a determiner right before a date (*the 2013 race*, *its June 5 order*), the date then modifying the noun after it
_BEFORE_NOUN_DATE = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s+$", re.I)


def modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is a modifier inside a noun phrase, naming when that noun's thing happened
    or which one it is, not the time of the clause's act: a possessive date (*yesterday's storm*), a date between a
    determiner and a word (*the June 5, 2013, order*, *the 2013 Spring Fair*), or a year between two capitalised
    words of a name (*the Harbor 2012 Test Kit*).

    Parameters
    ----------
    text : str
    start, end : int
        The date mention.

    Returns
    -------
    bool
    """
    after = text[end : end + 40]
    if re.match(r"['’]s\s+[^\W\d_]", after):
        return True
    written = text[start:end]
    if re.fullmatch(r"\d{4}", written) and _year_in_name(text[max(0, start - 40) : start], after):
        return True
    if not _BEFORE_NOUN_DATE.search(text, max(0, start - 8), start):
        return False
    word = re.match(r"(?:,?\s*\d{4})?,?\s+([^\W\d_][\w-]*)", after)
    return word is not None and word.group(1).lower() not in _NOT_NOUN_AFTER


def _year_in_name(before: str, after: str) -> bool:
    """Whether a year with ``before`` and ``after`` it is inside a capitalised name, between two capitalised words
    (*Harbor 2012 Test Kit*; not *In 2012 Acme*: a sentence's opening preposition)."""
    left = re.search(r"\b([A-Z][\w-]*)\s+$", before)
    return left is not None and left.group(1) not in _SENTENCE_OPENERS \
        and re.match(r"\s+[A-Z][\w-]*[a-z]", after) is not None


#: capitalised words that open a sentence or phrase before a year, no part of a name (*In 2012*, *By 2012*)
_SENTENCE_OPENERS = {"In", "By", "Since", "Until", "From", "During", "Before", "After", "Of", "On", "At", "For",
                     "The", "A", "An", "This", "That", "Early", "Late", "Mid"}


def _adjective_al(noun: str) -> bool:
    """Whether ``noun`` ends in *-al* as an adjective used as a noun, not as a noun of an act: the lexicon reads it
    as an adjective too and no verb lies under it (*capital*, *national*, *official*, *terminal*: *flew to the
    capital on May 4* dates the flight), unlike *arrival*, *approval*, *trial* (*arrive*, *approve*, *try*)."""
    if not noun.endswith("al") or "ADJ" not in _lemmas(noun):
        return False
    stem = noun[:-2]
    under = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem,
             stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    return not any(len(v) > 2 and _is_verb(v) for v in under)


#: adverbs between a subject and its verb ('the company still expects'): no part of the subject
_VERB_ADVERBS = {"still", "now", "reportedly", "initially", "subsequently", "eventually", "ultimately", "quickly",
                 "immediately", "formally", "officially", "again", "never", "not", "jointly", "unanimously"}


def _and_in_name(toks: list[Token], n: int) -> bool:
    """Whether ``and`` at token ``n`` joins two capitalised words of one company name after *of* or *the*
    (*the shareholders of Procter and Gamble*, *of the Ohio-based Smith and Wesson Holding Company*; not
    *for Trade and Industry Minister Jane Roe*)."""
    if not (0 < n < len(toks) - 1 and toks[n - 1].is_cap and toks[n + 1].is_cap):
        return False
    k = n - 1
    while k >= 0 and (toks[k].is_cap or "-" in toks[k].word and toks[k].is_word):
        k -= 1
    return k >= 0 and toks[k].lower in {"of", "the"}


def _phrase_before(toks: list[Token], k: int, blocked: set[int]) -> tuple[int, int]:
    """Token range ``[i, k)`` of the subject phrase ending just before token ``k`` (a name's *, Jr.* included)."""
    i = k
    if i >= 3 and toks[i - 1].word == "." and toks[i - 2].lower in {"jr", "sr", "m.d", "ph.d", "r.n", "m.p.h"}:
        i -= 3 if toks[i - 3].word == "," else 2  # 'John Roe, Jr. (D-OH) issued', 'Ann Poe, M.D. (OH-07) said'
    while i > 0 and (i - 1) not in blocked:
        t = toks[i - 1]
        w = t.lower
        number = re.fullmatch(r"[$€£]?\d+(?:[,.]\d+)*%?", t.word) is not None
        if w == "and" and _and_in_name(toks, i - 1):
            i -= 1
            continue  # 'the shareholders of Procter and Gamble approved'
        joined = t.word == "–" and 1 < i < k and toks[i - 2].end == t.start and t.end == toks[i].start  # 'a–b'
        if not t.is_word and not number and not joined and t.word not in {"-", "&", "’s", "'s"} \
                and not _abbreviation_stop(toks, i - 1) \
                or w in _BOUNDARY_WORDS \
                or w in _PREPOSITIONS and w != "of" or w in _AUX or w in _PREDICATIVE or w in _VERB_ADVERBS:
            break
        i -= 1
        if w in _SUBJECT_PRONOUNS and not (i > 0 and toks[i - 1].lower in {"and", "or", "nor"}):
            break  # 'This morning I want': a pronoun is the whole subject (not 'the mayor and he')
    while i < k and toks[i].lower in _DETERMINERS:
        i += 1
    while k > i + 1 and toks[k - 1].is_word and not toks[k - 1].is_cap and (
            _ADVERB_WORDS.match(toks[k - 1].lower) or set(_lemmas(toks[k - 1].lower)) == {"ADV"}):
        k -= 1  # 'the club forcibly removed', 'it only extends': no adverb in the subject (not 'the Roe family')
    return i, k


def _opening_phrase(toks: list[Token], k: int, blocked: set[int]) -> tuple[int, int]:
    """Token range of the noun phrase that opens the clause, when the verb at ``k`` comes later ('The case count
    from the outbreak that began on Friday has risen': 'case count')."""
    i = 0
    while i < k and (toks[i].lower in _DETERMINERS or not toks[i].is_word and not toks[i].word[:1].isdigit()):
        i += 1
    j = i
    while j < k and j not in blocked and (toks[j].is_word or re.fullmatch(r"\d[\d,.]*|-", toks[j].word)
                                          or _abbreviation_stop(toks, j)) \
            and toks[j].lower not in _PREPOSITIONS and toks[j].lower not in _BOUNDARY_WORDS \
            and toks[j].lower not in _AUX and toks[j].lower not in _PREDICATIVE and toks[j].lower not in _VERB_ADVERBS:
        j += 1
    return (i, j) if j > i and j - i <= 6 else (0, 0)


# --------------------------------------------------------------------------- the clause


def _has_inflected_verb(toks: list[Token]) -> bool:
    """Whether any lowercase word is an inflected verb form ('rose', 'broke', 'fired')."""
    for t in toks:
        w = t.lower
        if t.is_cap or not t.is_word or w in _STOP or w.endswith("ing"):
            continue
        lem = _lemmas(w)
        if "VERB" in lem and lem["VERB"][0].lower() != w and not w.endswith("s"):
            return True
    return False


def _verbless(toks: list[Token]) -> bool:
    """Whether a line has no inflected verb, a participle after a determiner being an adjective (*the flooded
    tunnel*)."""
    finite = _BE | _MODALS | {"has", "have", "had", "did", "does", "do", "said", "says", "told", "tells"}
    return not any(t.lower in finite or _has_inflected_verb([t]) and (k == 0 or toks[k - 1].lower not in _DETERMINERS)
                   for k, t in enumerate(toks))


def _event_noun(toks: list[Token], blocked: set[int]) -> str:
    """The first noun of the clause that names an action (``termination``, ``offer``, ``layoffs``)."""
    for i, t in enumerate(toks):
        w = t.lower
        if i in blocked or t.is_cap or not t.is_word or w in _STOP or len(w) < 4:
            continue
        lem = _lemmas(w)
        if "NOUN" not in lem:
            continue
        noun = lem["NOUN"][0].lower()
        if "VERB" in lem or re.search(r"(?:tion|sion|ment|ance|ence|al|ure|off|out|over|ing)$", noun):
            return noun
    return ""


def marks_open(head: str) -> bool:
    """Whether a quotation opened in ``head`` is still open at its end: more curly opening marks than closing
    ones, or an odd number of straight ones."""
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


def _inside_quotation(text: str, start: int, ds: int) -> bool:
    """Whether a quotation opened before the date (in its sentence) is still open at the date."""
    return marks_open(text[start:ds])


def quotation_open(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened in its paragraph, in its sentence (from ``start``) or in an
    earlier one (*Roe said, “Acme has us over a barrel. The administration has been outmaneuvered.”*: the second
    sentence is her words, not an undated report; *“He did not go,” …*: the *he* is someone the speaker talks about);
    German marks (*„…“*) are read too. :func:`_inside_quotation` looks at the sentence alone."""
    head = text[min(start, text.rfind("\n", 0, start) + 1) : pos]
    if "„" in head:  # German quotation marks: '„' opens, '“' closes (*„We have sent two ships,“ the spokesman said*)
        return head.count("„") > head.count("“") or head.count('"') % 2 == 1
    return marks_open(head)


def _only_attribution(line: str) -> bool:
    """Whether what a sentence says outside its quotations is only who said it (``…,” Lee said.``), not an event
    of its own (``…,” Roe said in a statement filed with the court on Tuesday.``)."""
    outside = re.sub(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)", " ", line)
    words = [t for t in tokens(outside) if t.is_word and not t.is_cap and t.lower not in _STOP
             and _verb_lemma(t.lower) not in _REPORTING]
    return len(words) <= 2


#: a law or treaty named with its year: 'the Merchant Marine Act of 1920', 'the Clean Water Act of 1972'
_NAMED_WITH_YEAR = re.compile(r"\b[A-Z][\w'’-]*\s+(?:Act|Law|Code|Treaty|Accord|Convention|Amendments?|Statute|"
                              r"Ordinance|Charter|Declaration|Protocol|Directive|Regulations?)\s+of\s+$")
#: a law cited as the authority or means of what a clause tells, or a part of it cited, right before its name:
#: 'pursuant to', 'under', 'via', 'as amended by', 'created by', 'Section 12(b) of' (lexicon data: the phrases of
#: :data:`LAW_AUTHORITY`)
LAW_AUTHORITY = ("pursuant to", "under", "via", "in accordance with", "in compliance with", "by authority of",
                 "as required by", "as authorized by", "as provided by", "as provided in", "as defined in",
                 "as amended by", "created by", "established by", "authorized by", "mandated by", "required by",
                 "funded by", "set up by", "set up under")
_LAW_CITED = re.compile(
    r"(?:\b(?:" + "|".join(p.replace(" ", r"\s+") for p in LAW_AUTHORITY) + r")|"
    r"\b(?:Section|Sec\.|Title|Article|Subtitle|Chapter|Part|Paragraph)\s+[\w().-]+\s+of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*,?\s+(?:(?:and|of|for|on|the|to|in|&)\s+)*){0,14}?"
    r"(?:Act|Law|Code|Treaty|Accord|Convention|Amendments?|Statute|Ordinance|Charter|Protocol|Directive|"
    r"Regulations?)\s+of\s+$")
#: a statistic's vintage in brackets after a place: '(2010 population: 9,500)', '(2000 census)'
_COUNT_VINTAGE = re.compile(r"\s+(?:population|census|pop\.)", re.I)
COUNT_VINTAGE = "the year of a bracketed statistic ('Springfield (2010 population: 9,500)'), not an event"
LAW_YEAR = ("a year in the name of a law cited as authority or means ('pursuant to the … Act of 1992', 'Section 5 of "
            "the … Act of 1992'): the law's name, not the date of what the clause tells")
#: a year that premodifies a noun after an indefinite article: 'a 1998 survey', 'an 1890 map'
_INDEFINITE_YEAR = re.compile(r"\b[Aa]n?\s+$")
#: a year that premodifies a noun after a definite determiner and at most two adjectives: 'the famous 2010 flood'
_DEFINITE_YEAR = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}$")
#: a span of years that premodifies a noun after a determiner: 'the 2009-2010 flu season', 'its 2021-22 budget'
_YEAR_SPAN_LABEL = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Oo]ur)\s+"
                              r"(?:1[6-9]|20)\d\d\s*[-–/]\s*\d{2,4}\s+[a-z]")
#: a page's notice that it is kept as an archive: '… was developed during … and has not been updated'
_ARCHIVE_NOTICE = re.compile(r"\b(?:has|have)\s+not\s+been\s+(?:updated|revised|reviewed)\b|\bno\s+longer\s+"
                             r"(?:being\s+)?(?:updated|maintained|reviewed)\b|\b(?:is|are)\s+(?:now\s+)?archived\b|"
                             r"\bfor\s+historical\s+(?:purposes|reference)\b", re.I)
_TEXT_ITSELF = re.compile(r"\b(?:this|the)\s+(?:page|content|site|web\s?site|article|document|material|information|"
                          r"archive|release|publication)\b", re.I)


def _year_as_name(text: str, line: str, ds: int, de: int, form: str) -> str:
    """Why a year is no date of an event but part of a name or a label ("" when it is): in a clause that tells no
    past, a law named with its year (*ships may sail under Section 27 of the … Act of 1920*) or a year that
    premodifies a noun after an indefinite article (*A 1998 survey of the reef is available from the museum*), and a
    span of years before a noun, also in the future (*vaccines for the 2021-2022 flu season will ship in May*); or
    any date of a page's archive notice (*This material was written during the 2012-2013 drought and is no longer
    maintained*). In any tense, a law's year when the law is cited as the authority or means of what the clause
    tells, or a part of it is cited (:data:`LAW_AUTHORITY`: *the board, pursuant to the … Act of 1992, today adopted
    rules*, *Section 5 of the … Act of 1992 gives the power to …*), and the year of a bracketed statistic
    (*Springfield (2010 population: 9,500)*); a past clause acting on the law itself keeps its year (*an expansion
    of the … Act of 1997*)."""
    if _ARCHIVE_NOTICE.search(line) and _TEXT_ITSELF.search(line):
        return "the page's archive notice ('… has not been updated'), not an event"
    product = labels_product(text, ds, de)
    if product:
        return f"a year that labels a product ({product}), not the date of an event"
    cited = _cited_law_or_vintage(text, ds, de)
    if cited:
        return cited
    if not re.fullmatch(r"\d{2}|\d{4}", text[ds:de]) or form not in {"present", "infinitive", "modal", "future", ""}:
        return ""  # in a past clause the year dates what is told ('… an expansion of the Treaty of 1997')
    if any(m.start() <= ds and de < m.end() for m in _YEAR_SPAN_LABEL.finditer(text, max(0, ds - 16), de + 12)):
        return "a span of years that labels a thing ('the 2021-2022 flu season'), not the date of this event"
    if len(text[ds:de]) != 4 or form == "future":
        return ""
    before = text[max(0, ds - 60) : ds]
    if _NAMED_WITH_YEAR.search(before):
        return "a year in a name (a law or treaty 'of 1920') in a clause telling no past event, not an event"
    if _INDEFINITE_YEAR.search(before) and re.match(r"\s+[a-z]", text[de : de + 2]):
        return "a year that labels a thing ('a 1998 survey') in a clause telling no past event, not an event"
    return ""


def _cited_law_or_vintage(text: str, ds: int, de: int) -> str:
    """Why the year at ``[ds, de)`` names a law cited as authority or means (:data:`LAW_YEAR`) or a bracketed
    statistic's vintage (:data:`COUNT_VINTAGE`), whatever the clause's tense: one acts under a law already made
    (*the board, pursuant to the … Act of 1992, today adopted rules*); "" otherwise."""
    if not re.fullmatch(r"\d{4}", text[ds:de]):
        return ""
    if _LAW_CITED.search(text, max(0, ds - 200), ds):
        return LAW_YEAR
    if _COUNT_VINTAGE.match(text, de) and re.search(r"[(\[]\s*$", text[max(0, ds - 3) : ds]):
        return COUNT_VINTAGE
    return ""


def _quoted_name(text: str, start: int, ds: int, de: int) -> bool:
    """Whether the date sits inside a short quotation (at most eight words) of its sentence: a banner or title."""
    head = text[start:ds]
    if not marks_open(head):
        return False
    close = re.search(r"[”\"]", text[de : de + 120])
    inner = head[max(head.rfind("“"), head.rfind('"')) + 1 :] + " " + (text[de : de + close.start()] if close else "")
    return close is not None and len(inner.split()) <= 8


def _noun_before_past(toks: list[Token], main: _Group | None, groups: list[_Group]) -> bool:
    """Whether the main '-s' form may be a plural noun before the clause's real past verb (*Health Ministry
    inspectors on Thursday began …*): a noun reading, no pronoun before it, a past verb after it."""
    if main is None or main.form != "present" or main.head == 0 or toks[main.head - 1].lower in _PRONOUNS:
        return False
    return "NOUN" in _lemmas(toks[main.head].lower) and any(g.form == "past" and g.head > main.head for g in groups)


#: an opening absolute phrase ('With 80 percent of the shares tendered by Tuesday, …'): its date is the time of the
#: sentence's main clause (a count or a state reached then), not a deadline inside a noun's modifier
_ABSOLUTE_WITH = re.compile(r"\W*with\s+[^,;]{1,60}\b[a-z]+ed\s+by\s+[^,;]{1,30},", re.I)


def _wire_caption(line: str, form: str, verbless: bool) -> bool:
    """Whether a line is written as a wire-photo caption: closed by its dateline (*…, March 2, 2021, in the
    capital.*) in the present tense (active or passive: *The coach is greeted by fans …, Sunday, May 2, 2021.*; or
    with an infinitive its only verb found: *Fans crowd the square to celebrate the title, May 3, 2019*),
    without a verb or with a noun and its participle (*Homes devastated by fire …*);
    a line without a verb holding that full date between commas (*A view of the courthouse …, Wednesday, March 3,
    2021, from a drone.*); or a present-tense line cut after its *, Place, Weekday*."""
    if re.search(r"[\"“”]", line):
        return False
    aux = re.search(r"\b(?:is|are|was|were|has|have|had|be|been)\b", line, re.I)
    if _WIRE_DATELINE.search(line):
        present_passive = form == "passive" and aux is not None and aux.group().lower() in {"is", "are"}
        return form in {"present", "", "infinitive"} or present_passive \
            or not aux and _REDUCED_PASSIVE.match(line) is not None
    if verbless and _WIRE_DATE_INSIDE.search(line) and re.search(r"[.!]\W*$", line):
        return True
    return form == "present" and _PLACE_WEEKDAY_END.search(line) is not None


def _schedule_date(text: str, cs: int, ce: int, ds: int, de: int, lemma: str) -> str:
    """Why a date is the time of a schedule, not of the clause's event ("" when it is not): a clock time of
    recurring hours (*the museum is open weekdays from 10 a.m. to 4 p.m.*). (The date of an event a clause calls off, *cancelled a
    hearing scheduled for Wednesday*, is handled in :mod:`timeline.extract`: the cancelling is dated by
    publication.)"""
    if _CLOCK.fullmatch(text, ds, de) and _RECURRING.search(text, cs, ce):
        return "the hours of a recurring schedule ('daily from 7 a.m.'), not an event"
    return ""


#: a link word before a date that dates another happening than the clause's market figure ('closed Tuesday with a
#: gain, following Monday's sell-off')
_LINKED_BEFORE = re.compile(r"\b(?:following|after|before|amid|since|when)\b", re.I)


#: a transaction a clause may close or open (complete or start): the date is then the event's, not a price's
_TRANSACTION = re.compile(r"\b(?:deals?|sales?|acquisitions?|mergers?|takeovers?|purchases?|transactions?|buyouts?|"
                          r"tender offers?|offers?|bids?|rounds?|financing)\b", re.I)
#: the words of ``_MARKET`` that a completed transaction shares with a price ('closed', 'opening')
_OPEN_CLOSE = re.compile(r"\b(?:closed|opened|closing|opening)\b", re.I)


#: the head verbs of a clause that states a market figure ('closed at $5', 'was valued at $2 billion'); a value
#: phrase under another verb describes that verb's object ('agreed on Monday to buy Foo in a deal valued at $2
#: billion', 'seized drugs valued at $1 million'): the act is the event
_MARKET_LEMMAS = frozenset({"close", "open", "trade", "value", "be", "stand", "end", "finish", "have", ""})


def _market_value(text: str, cs: int, ce: int, ds: int, de: int, lemma: str) -> str:
    """Why the date only anchors a market figure ("" when it does not): a price, value or volume on that date
    (*closed at $5 on Friday*, *finished Tuesday with a rise of 37 points*), or moved over a period up to now (*the
    shares have fallen by 60 percent in the past year*). Not a date after a link word (*…, following Monday's
    sell-off*): that one dates another happening."""
    clause = text[cs:ce]
    if not _NUMBER.search(clause) or _LINKED_BEFORE.search(text, cs, ds):
        return ""
    if re.search(r"\b(?:closed|opened|ended|finished|traded|stood|settled)\s+(?:at|up|down|near|"
                 r"around)\b|\bchang(?:ed|ing|es?) hands\b", clause, re.I) or \
            lemma in _MARKET_LEMMAS and re.search(r"\b(?:valued|worth)\s+(?:at|up|down|near|around)\b", clause, re.I):
        return "a market price, value or volume on that date, not an event"
    if not _MARKET.search(clause):
        return ""
    if lemma in {"close", "open"} and _TRANSACTION.search(clause) and not _MARKET.search(_OPEN_CLOSE.sub(" ", clause)):
        return ""  # a deal closed (completed) on the date, not a price: 'the $2 billion sale closed on May 4'
    if lemma in _AS_MOVES and _UP_TO_NOW.search(text, max(cs, ds - 24), de):
        return "a price or value moved over a period up to now ('down 98 percent in the past year'), not an event"
    if lemma in _MARKET_LEMMAS:
        return "a market price, value or volume on that date, not an event"
    return ""


def _cited_or_pointed(text: str, cs: int, ce: int, ds: int) -> tuple[str, str]:
    """Why a clause's date is cited, not an event's (``("", "")`` when it is not): the year in the name of a law cited
    by a section or as an authority, or a document the text points to (*… is available on the agency's site*)."""
    if _LAW_NAME.search(text, max(cs, ds - 120), ds):
        return "citation", "the year in the name of a law ('the Securities Exchange Act of 1934'), not an event"
    if _BUDGET_YEAR_DATE.match(text, ds) or (_BUDGET_YEAR.search(text, max(cs, ds - 24), ds)
                                             and re.match(r"\d{4}\b", text[ds:ds + 5])):
        return "citation", ("a budget's fiscal year ('the fiscal year 2019 spending bill'), a period of accounts, "
                            "not an event")
    if _POINTER.search(text, cs, ce):
        return "framing", "the text points to a document or resource ('… can be found at …'), not an event"
    return "", ""


@dataclass(frozen=True)
class _KindInput:
    """The arguments of :func:`_kind` with the views of the text its checks share.

    ``line`` is the sentence (``text[start:end]`` when given, else the
    clause), ``head`` the text from the sentence (or clause) start to the
    date, ``before`` at most 80 characters of the clause before the date,
    ``after`` the clause after it and ``words`` the clause's content words
    other than the date.
    """

    text: str
    cs: int
    ce: int
    ds: int
    de: int
    form: str
    lemma: str
    when: str
    start: int
    end: int
    subject_start: bool
    first_group: bool
    past_verb: bool
    line: str
    clause: str
    before: str
    after: str
    words: list[Token]

    @property
    def opening(self) -> int:
        """Where the sentence starts when it holds the clause's start, else the clause's start."""
        return self.start if 0 <= self.start <= self.cs else self.cs


_Found = tuple[str, str] | None


def _line_form(k: _KindInput) -> _Found:
    """A line that is no sentence of the story: a heading, a stamp, a cited headline, a caption."""
    caps = re.findall(r"\b[^\W\d_][\w’'-]*", k.line)
    if len(caps) >= 4 and sum(w[0].isupper() for w in caps) >= 0.7 * len(caps) and not re.search(r"[.!?]\W*$",
                                                                                                   k.line):
        return "heading", "a headline or heading line, not a sentence"
    if _STAMP.search(k.clause) and len(k.words) <= 8 or not k.words:
        return "stamp", "a time stamp or bare date line, not an event"
    if _PUBLICATION_STAMP.match(k.line):
        return "stamp", "the text's own publication stamp ('this article was published … on …'), not an event"
    if stamped_date(k.text, k.ds, k.de):
        return "stamp", "the date a label or a dateline stamps the text with ('Published March 3, 2021 By …'), no event"
    if _CITATION.search(k.text[k.start:k.ce] if k.start >= 0 else k.clause):
        return "citation", "a cited headline with its outlet and date, not an event"
    if _CAPTION.search(k.clause) or _CAPTION_POSITION.search(k.line):
        return "caption", "a photo caption or credit, not an event"
    if _COURTESY.search(k.line):
        return "caption", "a line closed by its picture's credit ('(courtesy …)'): a caption, not an event"
    if k.start >= 0 and PICTURE_SUBJECT.match(k.line):
        return "caption", "a sentence about its picture (what it shows, when it was taken): a caption, not an event"
    return None


#: a periodical's issue label: 'Volume 12, Number 3', 'Vol. 7 / No. 2', 'Vol. 7, Issue 2', or a date line cut right
#: after its '/ Vol.' by the sentence split ('May 4, 2020 / Vol.')
_ISSUE_LABEL = re.compile(r"\bVol(?:ume\b|\.)?\s*\d+\s*[,/]?\s*(?:No\.|Number\b|Issue\b)\s*\d+|"
                          r"/\s*Vol\.?\s*(?:\d+\s*)?$")
#: a word in lower case: a sentence's words, which an issue line and the capitalised headings run into it lack
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]+\b")
ISSUE_LINE = ("a periodical's issue line ('May 4, 2020 / Vol. 7 / No. 2', '[Gazette Volume 12, Number 3 (Monday, "
              "May 4, 2020)]') and the headings run into it: the issue's stamp, not an event")


def _issue_line(k: _KindInput) -> _Found:
    """A date on a periodical's issue line (*May 4, 2020 / Vol. 7 / No. 2*, *[Gazette Volume 12, Number 3 (Monday,
    May 4, 2020)] [Assembly] [Pages A101-A109] FARM SUPPORT ACT, 2021*): the line stamps the issue and names what it
    prints; no sentence tells an event there. Only while no word in lower case comes before
    the date on the line (not *The study, published in Vol. 12, No. 3 on May 4, found …*)."""
    if k.start < 0 or not _ISSUE_LABEL.search(k.line) or _LOWER_WORD.search(k.text, k.start, k.ds):
        return None
    return "stamp", ISSUE_LINE


#: an amount right before the date, after 'from', and 'to' after it: the date of an earlier value ('has risen from
#: 25 cases two weeks ago to 40', 'grew from $3 million in 2019 to …'); not a place ('flew from Oslo on Monday to …')
_FROM_AMOUNT = re.compile(r"\bfrom\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+)?(?:[$€£]?\d[\d,.]*%?|"
                          r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                          r"forty|fifty|sixty|seventy|eighty|ninety|hundred)[\w-]*)(?:\s+(?:hundred|thousand|million|"
                          r"billion|trillion|percent|per\s+cent|dollars|euros|pounds|points|[a-z]+))?(?:\s+(?:dollars|"
                          r"euros|pounds))?\s+(?:(?:in|on|at|for)\s+)?$", re.I)
#: the later value of such a move, right before its date ('grew from $3 million in 2019 to $5 million in 2021'): the
#: figure's date at the end of the move, not an event
_TO_AMOUNT = re.compile(r"\bfrom\s+[$€£]?\d[^;:()]{0,80}?\bto\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|"
                        r"more\s+than\s+)?[$€£]?\d[\d,.]*%?(?:\s+(?:thousand|million|billion|trillion|percent|per\s+cent|"
                        r"dollars|euros|pounds|points|[a-z]+))?\s+(?:in|for|by)\s+$", re.I)


#: why a distance from an event the sentence does not date is no date (:func:`undated_distance`)
UNDATED_DISTANCE = "a distance from an event the sentence does not date ('31 days after the filing'), not a date"
_DATE_WORDS = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:January|February|March|April|May|June|"
                         r"July|August|September|October|November|December|\w+day|today|tonight|yesterday)\b", re.I)


#: a capitalised word after a season that continues a name ('Spring Hill', 'Fall River'; not 'Spring Of 2004',
#: 'Spring Term')
_NAME_AFTER_SEASON = re.compile(r"\s+(?!(?:[Oo]f|[Ii]n|[Tt]erm|[Ss]emester|[Ss]ession|[Qq]uarter)\b)[A-Z][a-z]+\b")


def undated_distance(text: str, date_start: int, date_end: int, end: int) -> bool:
    """Whether the date is a distance from an event its opening phrase names without a date (*Just 40 days after
    the league's insolvency petition, a judge ruled …*, *Two months after the flood, …*): it is read from the
    publication day, which it is not. ``end``: where the clause ends."""
    if not re.search(r"\b(?:days?|weeks?|months?|years?)\s+(?:after|before)$", text[date_start:date_end], re.I):
        return False
    after = text[date_end:end]
    return bool(re.match(r"\s+(?:the\s+|an?\s+|its\s+|their\s+)?[A-Za-z][\w’'-]*(?:’s|'s)?(?:\s+[^,;]*)?,", after)) \
        and not _DATE_WORDS.search(after.split(",")[0])


#: a reporting period named by its first or last day ('for the quarter ended June 30', 'in the financial year ending
#: April 5', 'the six months to March 31'): the date bounds the period a figure covers, it is no event
_ACCOUNTING_PERIOD = re.compile(
    r"\b(?:(?:fiscal|financial|calendar|tax|budget|reporting|accounting)\s+)?(?:year|quarter|half|half-year|period|"
    r"(?:(?:one|two|three|four|six|nine|twelve|\d+)[\s-]+)?months?|(?:(?:\d+|two|three|four|six|eight|ten|twelve|"
    r"thirteen|fifty-two|52|53)[\s-]+)weeks?)\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+end|beginning|"
    r"begins|began|starting|started|to|through)(?:\s+on)?\s+(?:the\s+)?$", re.I)
#: a whole period before the date: what goes on over it ('budgets set for the whole next season', 'closed for the
#: entire month of May'), no event on a date
_WHOLE_PERIOD = re.compile(r"\b(?:for|during|throughout|over|across)\s+(?:the\s+|an?\s+)?(?:whole|entire|full|rest\s+of"
                           r"(?:\s+the)?)\s+(?:(?:month|year|week|season)\s+of\s+)?$", re.I)


#: a participle right after a noun (not after an auxiliary, a pronoun or an adverb) and the words of its phrase up to
#: the date: 'the fans injured in the stampede on …', 'cars sold abroad since …' (a reduced relative clause)
_PARTICIPLE_PHRASE = (
    r"(?:^|[^\w’'-])(?!(?i:has|have|had|was|were|is|are|be|been|being|not|never|it|he|she|they|we|I|you|who|which|that|"
    r"also|later|then|recently|previously|first|just|and|or|but)\b)(?![\w’'-]*ly\b)[\w’'-]*[A-Za-z0-9]\s+"
    r"(?:[a-z]{3,}ed|built|sold|held|made|taken|given|seen|found|known|born|brought|bought|caught|chosen|driven|"
    r"hit|hurt|kept|laid|led|left|lost|paid|sent|shot|shut|spent|stolen|struck|sworn|thrown|told|won|written)"
    r"(?:\s+(?!(?:and|or|but|that|which|who|has|have|had|was|were|is|are|will|would)\b)[\w’'.-]+(?:,\d{3})*)"
    r"{0,%d}?\s+")
_PARTICIPLE_BEFORE = re.compile(_PARTICIPLE_PHRASE % 8 + "$")
#: after the main verb, a 'since' that opens the period of a noun's participle phrase or of a perfect in a clause
#: the verb governs: 'called to congratulate the boys trapped in the cave since …', 'told the agency that the
#: fault has existed since …'
_SINCE_OF_OTHER = re.compile(r"(?:" + _PARTICIPLE_PHRASE % 12 + r"|\b(?:has|have|had)\s+(?:not\s+|never\s+)?"
                             r"(?:been\s+)?[a-z]+\b[^;:]*?\s)since\s+$")
SINCE_OF_OTHER = ("the start of a period a noun's participle phrase or a governed perfect runs over ('the boys "
                  "trapped since …'), not the date of the main verb before it")
#: a finite verb group right after the date: the subject the date sat in ends there ('… on Sunday have sued')
_FINITE_AFTER = re.compile(r"\s+(?:(?:also|now|later|since)\s+)?(?:has|have|had|was|were|is|are|will|would|could|can|"
                           r"may|might|must|should|did|does|do)\b(?!\s+(?:been\s+)?(?:the|a|an)\b)")


#: words the text has already quoted, named again by a definite noun ('the coach made the remarks after the match',
#: 'the minister made those comments on Monday'): the sentence gives their time, no other event
_WORDS_AGAIN = re.compile(r"\b(?:made|gave|delivered)\s+(?:the|those|these)\s+(?:remarks|comments)\b", re.I)


#: nouns of a present age or condition: after *today's* (*today's world*, *today's global economy*, *today's young
#: people*) the day's word means *nowadays*, as it does in *the world of today*; a noun of an act or a meeting
#: (*today's hearing*, *today's announcement*, *today's vote*) keeps the day
PRESENT_AGE_NOUNS = ("world", "economy", "society", "age", "era", "generation", "generations", "culture", "youth",
                     "young people", "children", "workforce", "workplace", "marketplace", "environment", "landscape",
                     "reality", "realities")
_PRESENT_AGE = re.compile(
    r"\s*[’']s\s+(?:(?:[a-z]+-)?[a-z]+\s+){0,2}?(?:" + "|".join(PRESENT_AGE_NOUNS).replace(" ", r"\s+")
    + r")(?=\s*(?:[^\w\s]|$)|\s+(?:is|are|was|were|has|have|and|or|but|of|in|on|at|for|with|where|that|which|who|"
    r"whose|than|as|to|we|they|it|its|can|will|must|may|could|would|should|demands?|requires?|needs?|subject|"
    r"faces?)\b)")  # (lower case: 'today's New York Times' names a paper)
PRESENT_AGE = ("'today's' before a noun of a present age or condition ('today's world', 'today's global economy'): "
               "nowadays, not the day of an event")


def _present_age(k: _KindInput) -> _Found:
    """The day's word as *nowadays*: *today's* (or *this day's*) before a noun of the present age or condition
    (:data:`PRESENT_AGE_NOUNS`: *the port matters more than ever to today's economy*, *faith in today's fast-changing
    world*). Writers and speakers use it for the time they live in, not for the day they write; the clause tells a
    state or a stance, no event of that day. Not a noun of an act (*today's hearing*, *today's global malware
    attack*), nor a compound naming one (*today's world premiere*)."""
    if re.fullmatch(r"(?i:today|this\s+day)", k.text[k.ds : k.de].strip()) and _PRESENT_AGE.match(k.text, k.de):
        return "reference", PRESENT_AGE
    return None


def _anchoring(k: _KindInput) -> _Found:
    """The date anchors something else: a comparison, a value, a deadline in a noun's modifier, a distance from an
    event the sentence does not date (*Just 31 days after the club's filing, a court has approved …*)."""
    if undated_distance(k.text, k.ds, k.de, k.ce):
        return "reference", UNDATED_DISTANCE
    if re.search(r"\b(?:Spring|Summer|Fall|Autumn|Winter)$", k.text[k.ds : k.de]) \
            and _NAME_AFTER_SEASON.match(k.after) and not _DATE_WORDS.match(k.after.strip()):
        return "citation", "a season word inside a name ('Spring Hill', 'Fall River'), not a date"
    if _FROM_AMOUNT.search(k.before) and re.match(r"\s+to\s", k.after):
        return "reference", "the date of an earlier value ('risen from 25 two weeks ago to 40'), not an event"
    if _TO_AMOUNT.search(k.before):
        return "reference", "the date of a later value ('grew from $3 million in 2019 to $5 million in 2021'), no event"
    if _COMPARISON.search(k.before):
        return "reference", "the date belongs to a comparison ('as with the Democrats last week'), not this event"
    if _THAN_THING.search(k.before):
        return "reference", ("the date belongs to what a time is compared with ('sooner than the forecast for "
                             "March'), not this event")
    again = _WORDS_AGAIN.search(k.text, k.cs, k.ce)
    if again and not any(t.lower in _SUBORDINATORS or not t.is_word for t in tokens(k.text, k.cs, again.start())
                         if t.lower not in {".", "’", "'"}) and not _has_inflected_verb(tokens(k.text, k.cs,
                                                                                               again.start())):
        return "reference", ("the time of words the text has given ('the coach made the remarks on Monday'), not "
                             "another event")
    if _WHOLE_PERIOD.search(k.before):
        return "reference", "a period something lasts over ('for the whole next season'), not an event on a date"
    if _ACCOUNTING_PERIOD.search(k.before):
        return "reference", ("the first or last day of a reporting period ('for the quarter ended June 30'), not an "
                             "event on that date")
    if _PARTICIPLE_BEFORE.search(k.before) and _FINITE_AFTER.match(k.after):
        return "reference", ("the date of a participle modifying the subject ('the fans injured on Sunday have "
                             "sued'), not of the clause's verb after it")
    if _REFERENCE_BEFORE.search(k.before) or _REFERENCE_AFTER.match(k.after):
        return "reference", "the date only anchors a value (as of, compared with, a close or opening)"
    if re.search(r"\b(?!(?:is|are|was|were|be|been|has|have|had)\b)[A-Za-z]+s\s+[a-z]+ed\s+(?:by|before|prior\s+to)"
                 r"\s*(?:the\s+)?$", k.before) and not re.match(r"\s*(?:’s|'s)", k.after) and \
            not _ABSOLUTE_WITH.match(k.line):
        return "reference", ("a deadline or cutoff in a noun's modifier ('ballots postmarked by …', 'contracts dated "
                             "before …'), not an event on that date")
    return None


#: a comparison opening a phrase that runs up to the date: 'compared to 500 homes counted on', 'unlike the parcel sent
#: to her in', ', up from 40 beds filled on' (after a comma: not 'climbed down from the summit on')
_COMPARED_OPEN = re.compile(r"(?<![\w’'-])(?:compared\s+(?:to|with)|unlike|as\s+against|(?<=[,—–]\s)(?:up|down)\s+from|"
                            r"(?P<amount>on\s+top\s+of|(?:far\s+|well\s+|just\s+|still\s+)?short\s+of))\s+"
                            r"(?P<thing>(?:[^,;:.!?()“”\"]|(?<=\d)[,.](?=\d)){3,80}?)\s+"
                            r"(?:on|in|at|during|from|by)?\s*$",
                            re.I)
COMPARED_THING = ("the date of a past thing a comparison names ('compared to 500 homes counted on May 8', 'unlike the "
                  "parcel sent in October', 'on top of $2 million approved last week'), not this clause's event")


def _compared_thing(k: _KindInput) -> _Found:
    """The date closes a comparison's noun phrase (*… 900 homes, compared to about 500 homes counted on May 8*,
    *Unlike the parcel sent to her in October, this one …*, *scored 40 points, compared with 32 on Friday*, *up from
    400 units sold in March*): the date is the compared thing's, the clause's event is elsewhere. Not when an
    auxiliary or a pronoun in the phrase opens a clause of its own (*compared with what it was in May*), nor across
    a comma (*Unlike the club, which signed him in May, …*)."""
    m = _COMPARED_OPEN.search(k.text, max(k.start if k.start >= 0 else k.cs, k.ds - 120), k.ds)
    if m is None or m.group("amount") and not re.search(r"\d", m.group("thing")):
        return None  # 'on top of' / 'short of' compare amounts: '$10 billion approved last week', not 'the list'
    words = {t.lower for t in tokens(k.text, m.start("thing"), m.end("thing")) if t.is_word}
    if words & (_MODALS | _SUBJECT_PRONOUNS | {"is", "are", "was", "were", "has", "have", "had", "did", "does", "what",
                                              "it"}):
        return None
    return "reference", COMPARED_THING


#: a period up to the time of speaking ('the past decade', 'the last two years', 'recent months')
_PAST_PERIOD = re.compile(r"(?:(?:over|in|during|for)\s+)?(?:the\s+)?(?:(?:past|last|previous)\s+(?:(?:few|several|two|"
                          r"three|four|five|ten|\d+)\s+)?|recent\s+)(?:decades?|years?|months?|centur(?:y|ies))", re.I)


def _quoted_period(k: _KindInput) -> bool:
    """Whether the date is a period up to now inside a quotation (opened in the sentence or before it, in its
    paragraph) and the sentence says nothing outside it but who spoke: *too many of the bridges built over the past
    decade were unsafe,” the inspector said* is the speaker's judgement."""
    para = k.text.rfind("\n", 0, k.opening) + 1
    if not _PAST_PERIOD.fullmatch(k.text, k.ds, k.de) or not _inside_quotation(k.text, para, k.ds):
        return False
    line = k.line
    if not _inside_quotation(k.text, k.opening, k.ds):
        line = ('"' if '"' in line else "“") + line  # opened in a sentence before
    return _only_attribution(line)


def released_statement(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` belongs to a statement the text introduces and then quotes in full, the
    release of a statement (*Senator Roe released the following statement:* / *“Tonight, the council voted to …*):
    the introduction (:data:`_STATEMENT_INTRO`, naming no other day after it) lies at most
    :data:`_STATEMENT_REACH` characters before, on an earlier line, and every line from the one after it to the
    sentence's own opens with a quotation mark (a quotation running over paragraphs opens each of them). A speaker's
    *today* in it is the day of the release, not words said some other day."""
    intro = None
    for intro in _STATEMENT_INTRO.finditer(text, max(0, start - _STATEMENT_REACH), start):
        pass
    if intro is None:
        return False
    line_end = text.find("\n", intro.end(), start)
    if line_end < 0 or _OTHER_DAY.search(text, intro.end(), line_end):
        return False
    para = text.rfind("\n", 0, start) + 1
    lines = [ln.strip() for ln in text[line_end:para].split("\n") if ln.strip()]
    lines.append(text[para:start + 1].strip() or "“")
    return all(ln[:1] in "“\"" for ln in lines)


#: verb forms of a cut-off clause that tell a done act (*left*, *was hit*, *has spoken*)
_CUT_DONE_FORMS = frozenset({"past", "passive", "perfect"})
#: the fewest words a cut-off line has when it still states its act (the dangling last word not counted)
_CUT_LEAST_WORDS = 6
#: a negation in a cut-off line
_CUT_NEGATION = re.compile(r"\b(?:not|never|no longer)\b|n[’']t\b", re.I)


def _done_before_cut(k: _KindInput) -> bool:
    """Whether a sentence the text cuts off at the end of its line (a page cut by its store: *The ferry left its
    berth on June 9 and*) still states a done act before the cut: its clause has a main verb in a past, passive or
    perfect form. The later checks then judge it as any sentence (a state, a quotation); the cut only loses what
    follows. Not when the cut takes what the act is about: a saying whose words are cut (*The owners said Sunday
    that among the n*), a line of fewer than :data:`_CUT_LEAST_WORDS` words besides the dangling one (*The band
    left on Friday a*), or a negated verb (*rules have not been changed since 1980 and allow s*)."""
    at_line_end = re.match(r"[ \t]*(?:\n|$)", k.text[k.end :]) is not None
    done = bool(k.lemma) and k.form in _CUT_DONE_FORMS and k.lemma != "say"
    return at_line_end and done and len(k.line.split()) > _CUT_LEAST_WORDS and not _CUT_NEGATION.search(k.line)


#: a named doer right after a speaker's *today*/*yesterday* and its verb: *the Assembly approved*, *the Council was
#: able to adopt*, *the Board has approved* (the verb read in :func:`_named_body_act`)
_NAMED_DOER_AFTER = re.compile(r"\W*(?:the\s+)?((?:[A-Z][\w.’'&-]*\s+){1,4})(was\s+able\s+to\s+|ha(?:s|ve)\s+)?([a-z]+)\b")


def _named_body_act(text: str, de: int, ce: int) -> bool:
    """Whether a speaker's *today* or *yesterday* in a quotation is followed at once by a named doer (capitalised
    words, not *I* or *We*) and its done act: a simple past, a perfect, *was able to* (*“I'm glad that only
    yesterday the Assembly approved our port bill”*, *“tonight the Council was able to adopt the plan”*): the
    speaker reports an act of that day by another, the news a lawmaker's release reacts to, not their own words of
    the day (*“This morning, little girls woke up …”*, *“Today we mourn”*)."""
    m = _NAMED_DOER_AFTER.match(text, de, ce)
    if m is None or m.group(1).split()[0] in {"I", "We", "I’m", "I'm", "We’re", "We're"}:
        return False
    word = m.group(3)
    lemma = _verb_lemma(word)
    forms = verb_forms(lemma)
    if m.group(2) and m.group(2).startswith("was"):
        return word == lemma and "VBD" in forms
    return word in forms.get("VBN" if m.group(2) else "VBD", ())


def _quoted_or_cut(k: _KindInput) -> _Found:
    """The date inside a quoted name or a speaker's words, or a sentence the text cuts off."""
    text, ds, de = k.text, k.ds, k.de
    cited = _cited_or_pointed(text, k.cs, k.ce, ds)
    if cited[0]:
        return cited
    if _quoted_name(text, k.opening, ds, de):
        return "citation", "the date is part of a short quoted name, title or banner, not an event"
    named = _year_as_name(text, k.line, ds, de, k.form)
    if named:
        return ("stamp" if named.startswith("the page") else "reference"), named
    if _DEICTIC.match(text, ds, de) and _inside_quotation(text, k.opening, ds) and _only_attribution(k.line) \
            and not speaker_act(k.clause) and not _named_body_act(text, de, k.ce) \
            and not (_OPENING_TIME.fullmatch(text[k.opening : ds]) and released_statement(text, k.opening)):
        # 'This morning, I took part in a call with …': the speaker's own act; a statement released today: its news
        return "quoted", "a speaker's 'today', 'this morning' inside a quotation: their words, not a reported event"
    if _quoted_period(k):
        return "quoted", "a speaker's judgement over a period ('over the past decade') in a quotation, not an event"
    if _FRAGMENT.search(k.line) and k.end >= 0 and not re.search(r"[,;:]", text[de:k.end]) and not _done_before_cut(k):
        return "fragment", "a sentence cut off in the text (no end, a dangling word), not an event"
    if not k.lemma and len(k.words) <= 2 and k.end >= 0 and not re.search(r"[.!?]\W*$", k.line) \
            and re.match(r"[ \t]*(?:\n|$)", text[k.end :]) and re.fullmatch(r"\W*(?:\w+\s+)?", text[k.opening : ds]):
        return "fragment", "a sentence cut off in the text (no end, a dangling word), not an event"  # 'On Sunday, Ann'
    return None


#: a period up to the time of writing, not a calendar one ('over the past year', 'in the last two decades'; not
#: 'last year')
_SUMMARY_PERIOD = re.compile(r"(?:the\s+(?:past|last|previous)|past)\s+(?:(?:few|several|two|three|four|five|ten|"
                             r"\d+)\s+)?(?:decades?|years?|months?|centur(?:y|ies))", re.I)
#: a period up to now something lasts through: 'for' or 'during' it ('for the past year', 'during the past week';
#: not 'in the past week', a time something happened within)
_SPAN_UP_TO_NOW = re.compile(r"(?:the\s+(?:past|last|previous)|past)\s+(?:(?:few|several|two|three|four|five|ten|"
                             r"\d+)\s+)?(?:decades?|years?|months?|weeks?|days?|centur(?:y|ies))", re.I)
#: a summing-up: an outcome told with a pronoun subject ('it has resulted in …', 'this has led to …')
_OUTCOME = re.compile(r"(?:^|[,;]\s*|\b(?:and|but|so)\s+)(?:it|this|that|all\s+(?:of\s+)?this|these\s+steps)\s+"
                      r"(?:has|have|had)\s+(?:\w+ly\s+)?(?:resulted\s+in|led\s+to|meant|brought\s+about|"
                      r"paid\s+off)\b", re.I)
SUMMARY = "a summary over a period up to now ('over the past year, …'), or an outcome summed up, not an event"


def _summary_period(k: _KindInput) -> _Found:
    """A period up to now that a past clause sums up (*Over the past decade, the club fell from grace*), or that
    something lasts through, whatever the clause's tense (*For the past year, the family lived with relatives*,
    *trains cancelled during the past week are to run again*); not *last year* or *last week*, a calendar period,
    nor *in the past week*, a time something happened within."""
    if _SUMMARY_PERIOD.fullmatch(k.text, k.ds, k.de) and re.search(r"\b(?:over|in|during|across|throughout)\s+$",
                                                                   k.before, re.I) and k.form in {"past", "perfect"}:
        return "state", SUMMARY
    if _SPAN_UP_TO_NOW.fullmatch(k.text, k.ds, k.de) and re.search(r"\b(?:for|during|throughout)\s+$", k.before, re.I):
        return "state", SUMMARY
    return None


#: a season named alone, without its year: 'this winter', 'the summer', 'this coming fall', 'early spring'
_SEASON_ALONE = re.compile(r"(?:(?:this|next|the|coming|early|late|mid|upcoming)[\s-]+)*(?:spring|summer|fall|autumn|"
                           r"winter)(?:\s+months)?", re.I)
SEASON_AHEAD = ("a season ahead of the publication or its current one ('this winter', 'before the summer'): the "
                "horizon of a forecast or of a recurring season, not the date of an event")


def _season_ahead(k: _KindInput) -> _Found:
    """A season named alone (:data:`_SEASON_ALONE`) that lies after the publication, or that the text calls this
    or the coming one (*outbreaks are expected this winter*, *rules in place before the summer*, *the flu season
    this coming fall*): a forecast's horizon or a recurring season, too vague for a scheduled event (those name a
    day, a week or a month). A past season stays (*last summer the club moved …*, *sales rose in the summer*), and
    so does *next summer*, a plan's season (*the club will move next summer*)."""
    if not _SEASON_ALONE.fullmatch(k.text, k.ds, k.de) or k.when == "past" \
            or re.match(r"next\b", k.text[k.ds : k.de], re.I):
        return None  # 'the club will move next summer': a plan's season, scheduled
    said_ahead = re.match(r"(?:this|coming|upcoming)\b", k.text[k.ds : k.de], re.I)
    return ("reference", SEASON_AHEAD) if k.when == "future" or said_ahead else None


#: verbs of keeping something going: their 'until' date ends a state ('will keep the plant open until May 3', 'will
#: remain in force until June'); 'will close the schools until Monday' tells a closing to come, and keeps its day
_LASTING = {"keep", "stay", "remain", "continue", "last", "run", "persist"}
#: 'until' (or 'till') right before a date, hedged or not ('until at least March 3', 'until next week')
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|untill)\s+(?:at\s+least\s+|at\s+the\s+earliest\s+)?(?:the\s+)?$", re.I)


def _period_reference(k: _KindInput) -> _Found:
    """The date bounds a period, a schedule or a record (*through …*, *the most … since …*); an *until* date of a
    future verb of keeping something going (*the deal will keep the plant open until at least May 3*: what ends
    then is not told; a past or a perfect so bounded is re-dated to its publication by :mod:`timeline.extract`)."""
    if _THROUGH.search(k.before) or END_BOUND.search(k.before) and not _RANGE_THROUGH.search(k.before):
        return "reference", PERIOD_END
    if k.form == "future" and k.lemma in _LASTING and _UNTIL_BEFORE.search(k.before):
        return "reference", PERIOD_END
    schedule = _schedule_date(k.text, k.cs, k.ce, k.ds, k.de, k.lemma)
    if schedule:
        return "reference", schedule
    if _RECORD_SINCE.search(k.before) and not _NAMES_A_THING.match(k.after):
        return "reference", "a record compared since that date (the most … since), not an event on it"
    if _since_figure(k):
        return "reference", SINCE_FIGURE
    return None


#: a word right after a date (or its possessive) that the date names a thing with: 'since the May 3 storm'
_NAMES_A_THING = re.compile(r"\s*(?:’s|'s)?\s*[^\W\d_]")
#: 'since' right before the date, and a figure's change or level in the sentence: a multiplier verb, a level a
#: figure stands at
_SINCE_RIGHT_BEFORE = re.compile(r"\bsince\s+$", re.I)
_MULTIPLIED = re.compile(r"\b(?:doubled|tripled|trebled|quadrupled|halved)\b", re.I)
#: a count told as existing (*there have been 40 strikes*, *there has been more than one recall*): with *since*
#: right before a date, a tally up to now whose count starts on that date
_THERE_HAVE_BEEN = (r"\bthere\s+(?:have|has)\s+been\s+(?:(?:more|fewer|less)\s+than\s+|over\s+|nearly\s+|almost\s+|"
                    r"about\s+|around\s+|at\s+least\s+|some\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|"
                    r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands)\b)")
_COUNTED_EXISTING = re.compile(_THERE_HAVE_BEEN, re.I)
#: the same count right after the date (*since 2015, there have been …*): the date names no thing then
_COUNT_AFTER_DATE = re.compile(r"\W*" + _THERE_HAVE_BEEN, re.I)
_STANDING_AT = re.compile(r"\b(?:stands?|stood|remains?|remained)\s+(?:\w+ly\s+)?at\s+(?:about\s+|some\s+|around\s+)?"
                          r"\d", re.I)
SINCE_FIGURE = ("the start of a period a figure is counted or compared over ('has fallen by 40 percent since 2009', "
                "'has earned $2 million since May'), not an event on that date")


def _since_figure(k: _KindInput) -> bool:
    """Whether the date, right after *since*, starts the period a figure of its sentence is counted, changed or
    held over (*the cost has been cut by 40 percent since 2009*, *Since last year, the chief earned $2 million*,
    *the count, which stood at 12 since March*, *Since 2015, there have been 40 strikes at the plant*): the
    baseline of a measure, like *compared with*, not the day something happened. Not a date naming a thing
    (*since the May 3 storm*, *since Monday's vote*), nor a period of an act without a figure (*crews have been
    drilling since Sunday*: the drilling began that day)."""
    if not _SINCE_RIGHT_BEFORE.search(k.before):
        return False
    if _COUNT_AFTER_DATE.match(k.after):
        return True  # 'Since 2015, there have been 40 strikes': the count starts on the date
    if _NAMES_A_THING.match(k.after):
        return False
    return any(rx.search(k.line) for rx in (_NUMBER, _MULTIPLIED, _STANDING_AT, _COUNTED_EXISTING))


#: a speaker's call opening the sentence ('We need to ensure …', 'I must stress …', 'We have to act …'): a stance
_CALL = re.compile(r"\W*(?:(?:but|and|so|now|today|here|first|again),?\s+)?(?:we|I)\s+(?:(?:still|also|really|"
                   r"simply|all|clearly)\s+)?(?:need|must|have\s+to|ought\s+to|should)\b", re.I)
#: a date judged by a speaker, after the date that opens its clause: 'Tonight will go down as a proud night', '1995
#: might be recorded as a turning point', 'Yesterday was a sad day for the league'
_REMEMBERED_AS = re.compile(r"\s*(?:will|may|might|could|would)\s+(?:(?:well|surely|always|forever|long)\s+)*"
                            r"(?:rank|go\s+down|be\s+(?:remembered|recorded|seen|known|regarded))\s+"
                            r"(?:in\s+(?:history|the\s+\w+\s+books)\s+)?as\b", re.I)
_REMEMBERED_BEFORE = re.compile(r"\b(?:remembered|recorded|regarded|go\s+down|rank)\s+(?:in\s+history\s+)?as\s+"
                                r"(?:(?:the|a|an)\s+)?$", re.I)
_JUDGED_DAY = re.compile(r"(?:\s*,(?:[^,.;:!?]{1,30},){0,2})?"  # an apposed date: 'Friday, June 6, was …'
                         r"\s*(?:marks|marked|is|was|will\s+be|has\s+been|(?:is|was)\s+going\s+to\s+be)\s+"
                         r"(?:(?:truly|indeed|surely)\s+)?"
                         r"(?:a|an|another|one\s+of\s+the)\s+(?:(?:very|truly|most|really|\w+ly)\s+)?"
                         r"(?:historic|historical|significant|important|momentous|sad|dark|black|proud|great|good|bad|"
                         r"tragic|memorable|remarkable|critical|pivotal|defining|landmark|watershed|special|"
                         r"extraordinary|monumental|solemn|joyous|happy|difficult|painful|emotional|bittersweet|"
                         r"exciting|thrilling|tough|hard|rough|major|big|huge|terrible|horrible|awful|grim|somber|"
                         r"sombre|wonderful|glorious|beautiful|fateful|heartbreaking|devastating|unforgettable|"
                         r"incredible|amazing|fantastic|exceptional|crucial|key|vital|trying|challenging)\w*\s+"
                         r"(?:day|days|moment|year|week|night|morning|milestone|chapter|occasion|time|step|"
                         r"turning\s+point)\b", re.I)


#: a date that opens its clause, after a release's dateline ('OSLO, Norway – …') or a speaker's vocative at most
#: ('Madam Chair, this coming June 6 …'), as the subject of an anniversary ('June 6 is the anniversary …', 'this
#: coming May 3 marks the club's fiftieth anniversary'): the day named as the return of an earlier one, not an event
#: of its own (the earlier event has its own date); or as a day characterised by what people will do of it ('Friday,
#: June 6 was a day the players will never forget', 'May 2 is a date the valley should never forget': round 36; not
#: 'the day the council will vote', which identifies it)
_DAY_SUBJECT_OPENING = re.compile(r"\W*(?:[A-Z][A-Z.'’ -]+,(?:\s*[A-Z][\w.]*){0,3}\s*[–—-]+\s*)?"
                                  r"(?:(?:and|but|so|yet)\s+)?(?:(?:mr|mrs|ms|madam|madame|mister)\.?\s+"
                                  r"(?:speaker|president|chairman|chairwoman|chair)\s*,\s*)?(?:(?:this|next)\s+"
                                  r"(?:(?:upcoming|coming)\s+)?)?", re.I)
_ANNIVERSARY_AFTER = re.compile(r"(?:\s*,(?:[^,.;:!?]{1,30},){0,2})?\s*(?:is|was|will\s+(?:be|mark)|marks|marked)\s+"
                                r"(?:the|its|a|an)\s+(?:[\w-]+\s+){0,2}?anniversary\b", re.I)
ANNIVERSARY = "the date named as the anniversary of an earlier event ('June 6 marks the tenth anniversary …'), not an event"
_CHARACTERISED_DAY = re.compile(r"(?:\s*,(?:[^,.;:!?]{1,30},){0,2})?\s*(?:is|was|will\s+be)\s+(?:a|an|one)\s+(?:day|date)\s+"
                                r"(?:that\s+|when\s+)?(?:[\w’'-]+\s+){1,6}?(?:will|would|shall|should|must|can)\s+"
                                r"(?:(?:never|always|long|forever)\s+)?[a-z]+\b", re.I)
#: the day's occasion as the subject, characterised in the present ('Today's session is the third of five …',
#: 'Today's ruling means the refunds will begin …', 'Tonight's vote has shown …'): what the occasion is or shows,
#: not what happened (that is told in the past: 'Today's session took place in …')
_OCCASION_JUDGED = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*(?:,[^,]{1,80},\s*)?"
                              r"(?:is|are|means|marks|shows|represents|sends|signals|has\s+(?:brought|shown|made|"
                              r"proven|proved|sent|given|demonstrated|highlighted|underscored))\b", re.I)
OCCASION_JUDGED = ("the day's occasion characterised in the present ('today's session is the third …', "
                   "'today's ruling means …'), not an event")
CHARACTERISED_DAY = "the date characterised by what people will make of it ('… was a day we will never forget'), not an event"

#: a day word that a date may be apposed to ('Friday evening, June 6, …', 'Today, June 6, …')
_DAY_WORD = rf"(?:(?:{WEEKDAY_RE})|today|tonight|yesterday|tomorrow)"
#: the day of an act that takes place on it (*Tuesday is Election Day*): that day is the act's, not an observance
_ACT_DAY = r"(?:Election|Polling|Voting|Primary|Inauguration|Opening|Launch|Signing|Decision|Budget|Judg(?:e)?ment)"
#: what a date that opens its clause is named as, after a copula (round 36, clutter36): a day counted in a run of
#: days (*Sunday was the third consecutive day of the dock strike*) or a named observance (*Today is the original
#: Arbor Day, when we plant trees*). A speech or a statement names its occasion this way, and a report counts the
#: days of what goes on; the news, if any, is in another clause. The first day of something (*Monday was the first
#: day of the trial*) is its opening, and the day of an act (:data:`_ACT_DAY`) is the act's: both stay
_NAMED_DAY = re.compile(
    r"(?:\s*,(?:[^,.;:!?]{1,30},){0,2})?\s*(?i:is|was|will\s+be)\s+(?i:not\s+|also\s+)?"
    r"(?:(?i:the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|\w+teenth|"
    r"\w+tieth)\s+(?:(?:straight|consecutive|successive)\s+)?(?:day|night|week)\s+of)\b|"
    r"(?:the\s+)?(?:[a-z]+\s+)?(?!(?:[A-Z][\w’'-]*\s+){0,2}" + _ACT_DAY + r"\s+Day\b)(?:[A-Z][\w’'-]*\s+){1,3}Day\b)")
NAMED_DAY = ("the date named as a day in a run of days or as an observance ('Sunday was the third consecutive day of "
             "…', 'Today is Arbor Day'), not an event")
#: a day word opening its clause as the subject of a copula before the date, the date being what the day is named
#: (*Sunday was the third consecutive day of …*, the tagger dating *the third consecutive day*; *Today is the original
#: Arbor Day*, the tagger dating *Arbor Day*)
_DAY_SUBJECT = re.compile(_DAY_SUBJECT_OPENING.pattern + _DAY_WORD + r"(?=\s+(?:is|was|will\s+be)\s)", re.I)


#: what follows a judged day and tells what made it so: the event ('… a proud night as the club won the cup')
_JUDGED_BECAUSE = re.compile(r"\b(?:as|when|after|because|since|by|with|that|which)\s+(?:\w+\s+){0,3}?"
                             r"(?:\w+ed|won|made|took|gave|held|became|began|signed|voted|agreed|approved)\b|"
                             r"\b(?:as|when|after|because|since|by|with)\s+\w+ing\b", re.I)


def _judged_date(k: _KindInput) -> bool:
    """Whether the date opens its clause as the subject of a speaker's judgement (*Tonight will go down as a
    proud night for the club*, *Yesterday was a sad day*, *1989 might be recorded as a turning point …*), or follows
    one (*… be recorded as the season …*); not *Today the board marked a milestone by …* (the date is no subject)."""
    if _REMEMBERED_BEFORE.search(k.before):  # '… might be recorded as the season …': the same judgement
        return True
    if not re.fullmatch(r"\W*(?:(?:and|but|so|yet)\s+)?(?:" + _DAY_WORD + r"(?:\s+\w+)?\s*,\s*)?",
                        k.text[k.opening : k.ds], re.I):
        return False  # (a date apposed to a day word, 'Friday evening, June 6, was …', is that day's subject too)
    m = _REMEMBERED_AS.match(k.text, k.de, k.ce) or _JUDGED_DAY.match(k.text, k.de, k.ce)
    end = k.end if k.end > k.de else k.ce
    return bool(m) and not _JUDGED_BECAUSE.search(k.text, m.end(), end)  # '… a historic day as the council voted'



def _named_past_thing(k: _KindInput) -> _Found:
    """A year that premodifies a noun after a definite determiner in a present clause: it names a past thing the
    clause tells about (*a new film tells of the famous 2010 flood*), not the time of what the clause tells."""
    if k.form == "present" and re.fullmatch(r"\d{4}", k.text[k.ds : k.de]) and re.match(r"\s+[a-z]", k.after) \
            and _DEFINITE_YEAR.search(k.text, max(0, k.ds - 60), k.ds):
        return "reference", ("a year that names a past thing ('tells of the famous 2010 flood') in a present clause, "
                             "not the date of what the clause tells")
    return None


#: a speaker's ceremonial words opening the sentence, after a vocative or the day's word at most: thanks, praise or
#: congratulation (*I congratulate the crews who …*, *we say 'thank you' to …*, *Thank you, Mr. Roe, for …*), honour
#: at joining in (*we are proud to join the mayor in …*), coming to pay tribute (*We have come here tonight to
#: express …*), the day as a time for it (*tonight is the moment to remember the crew …*) or a commemoration in the
#: speakers' present (*This week, we commemorate the crews who …*, *We remember the miners of that day*: round 36,
#: clutter36; not *we remember when …*, a memory)
_CEREMONY = re.compile(
    r"\W*(?:(?:but|and|so)\s+)?(?i:(?:mr|mrs|ms|madam|mister)\.?\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}?(?:[A-Z][\w.’'-]*\s*,\s*)?"
    r"(?i:(?:(?:today|tonight|this\s+(?:morning|afternoon|evening|week))(?:\s+and\s+every\s+day)?\s*,?\s*)?)"
    r"(?:[Ww]e\s+(?:also\s+|all\s+)?(?:commemorate|remember|honou?r|mourn)\b(?!\s+(?:when|that|how|what|where|why|"
    r"if)\b)|"
    r"(?:I|[Ww]e)\s+(?:also\s+)?(?:(?:want|wish|would\s+like|must)\s+to\s+|[’']d\s+like\s+to\s+)?"
    r"(?:\w+ly\s+)?(?:thank|commend|congratulate|salute|applaud)\b|"
    r"(?:I|[Ww]e)\s+(?:all\s+)?say\s+\W?thank\s+you\b|"
    r"[Tt]hank\s+you\b(?:(?:Mr|Mrs|Ms|Dr)\.|[^.;:!?]){0,40}?\s+for\b|"
    r"(?:I|[Ww]e)(?:\s+(?:am|are)|[’'](?:m|re))\s+(?:\w+ly\s+|very\s+|so\s+)?(?:honou?red|proud|pleased|privileged|"
    r"humbled|grateful)\s+(?:(?:today|tonight|this\s+\w+)\s+)?to\s+(?:join|stand|offer|express|pay|honou?r)\b|"
    r"(?:I|[Ww]e)\s+(?:have\s+)?(?:all\s+)?come\s+(?:here\s+)?(?:(?:today|tonight|this\s+\w+)\s+)?to\s+"
    r"(?:express|pay|honou?r|offer|thank|remember|mourn)\b|"
    r"(?i:today|tonight)\s+is\s+(?:a|the)\s+(?:day|time|moment|night|occasion)\s+(?:to|for)\s+(?:offer|express|pay|"
    r"remember|reflect|mourn|give\s+thanks|prayers?|honou?r))")
CEREMONY = ("a speaker's ceremonial words opening the sentence (thanks, congratulations, honour at joining, coming to "
            "pay tribute), the date inside what they are said of: no event")


def _ceremony(text: str, start: int, ds: int, de: int) -> bool:
    """Whether a speaker's ceremonial words (:data:`_CEREMONY`) open the sentence at ``start`` and hold the date
    at ``[ds, de)`` in or after them, no clause of its own coordinated between (*We thank the crews, but the
    plant closed on Monday* reports the closing; relative clauses of the people thanked stay in the thanks), and no
    quotation opened before them."""
    m = _CEREMONY.match(text, start)
    if m is None or de <= m.start() or re.search(r"[“\"]|``", text[start:m.start()]):
        return False
    between = text[m.end() : ds]
    if re.search(r"\b(?:but|yet|although|though)\b|[;.!?]", between) or _AND_SUBJECT.search(between):
        return False
    return not any(_and_clause(text, a.end(), ds) for a in _AND.finditer(text, m.end(), ds))


_AND = re.compile(r"\band\b")


def _and_clause(text: str, start: int, end: int) -> bool:
    """Whether the words after an *and* from ``start`` to ``end`` hold a finite verb of their own before any
    relative word (*…, and the bridge reopened on Monday*; not *and for organizing us to …*, nor *and the crews
    who reopened …*)."""
    toks = tokens(text, start, end)
    for i, t in enumerate(toks):
        if _relative_word(t):
            return False
        if _is_finite_verb(t, toks[i - 1] if i else None, toks[i + 1] if i + 1 < len(toks) else None):
            return True
    return False


def _witnessing(text: str, start: int, end: int, ds: int, de: int) -> bool:
    """Whether a speaker's *we saw* / *I was there watching* is in the clause of the date at ``[ds, de)`` (the
    sentence from ``start`` to ``end``), no other clause joined between them and no quotation opened before it: the
    speaker's own witnessing of the news (*In the stands today we saw a great final*), not an event."""
    m = _WITNESSING.search(text, start, end)
    if m is None or re.search(r"[“\"]|``", text[start:m.start()]):
        return False
    return not _JOINED.search(text, min(m.end(), de), max(m.start(), ds))


def _said_in_dated_clause(k: _KindInput, talk: re.Pattern) -> bool:
    """Whether the speaker's words ``talk`` are in the clause of the date, no other clause joined nor subordinated
    between them (*I was there when the board voted on Monday*: the vote is the Monday's), and no quotation opened
    before them."""
    for m in talk.finditer(k.text, k.cs, k.ce):
        lo, hi = min(m.end(), k.de), max(m.start(), k.ds)
        if re.search(r"[“\"]|``", k.text[k.cs:m.start()]) or _SUBORDINATE.search(k.text, lo, hi):
            continue
        if not _joined(k.text, lo, hi, (m.start(), m.end())):
            return True
    return False


def _greeting(k: _KindInput) -> bool:
    """Whether the sentence opens with a greeting or thanks (:data:`_GREETING`) whose clause the date is in, no
    other clause joined between them, and the thanks name no act of the speaker's own (*thank you for the chance to
    testify today*: the testimony is news)."""
    if k.start < 0:
        return False
    if _HAPPY_DAY.fullmatch(k.text, k.start, k.ds) and _VOCATIVE_END.fullmatch(k.text, k.de, k.end):
        return True  # 'Happy Monday, everyone.': the date is the greeting's day
    m = _GREETING.match(k.text, k.start, k.ds)
    if m is None or not re.search(r"(?i:morning|afternoon|evening|thank)", m.group()):
        return False
    return not _joined(k.text, m.end(), k.ds, (m.start(), m.end())) and not _OWN_ACT_THANKED.search(k.text, m.end(),
                                                                                                    k.de)


def _speakers_view(text: str, start: int, ds: int) -> bool:
    """Whether a speaker's *I think* / *I know* opens the clause the date at ``ds`` is in (from ``start``, the
    sentence's start): *I think, Sam, this shows what the coach said last night* is the speaker's view of the news;
    not when the view comes after the date (*The court ruled on Monday, and I think it was right*), another clause
    joined between (*I know the costs, but the board voted on Friday*), nor inside a quotation."""
    views = list(_VIEW.finditer(text, start, ds))
    if not views or re.search(r"[“\"]|``", text[start:views[-1].start()]):
        return False
    return not _JOINED.search(text, views[-1].end(), ds)


#: a speaker turning to the audience at the moment of speaking: the day's word, a vocative at most, then 'you' in the
#: present or the future of seeing, knowing, hearing or having ('Today, Madam Chair, you see …', 'Tonight you're going
#: to have questions', 'This morning you will hear …'; not 'Today you will vote on …', an act of the audience)
_ADDRESSING = re.compile(
    r"\W*(?i:(?:and|but|so)\s+)?(?i:(?:earlier\s+|later\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening|week))"
    r"\s*,?\s*)(?:(?i:(?:mr|mrs|ms|madam|mister)\.?\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*,\s*)?you(?:\s+all)?"
    r"(?:\s+(?:will|shall|can|may|might|must|should)\s+|\s+are\s+going\s+to\s+|[’']re\s+going\s+to\s+|[’']ll\s+|\s+)"
    r"(?:all\s+)?(?:see|know|hear|have|feel|find|face|notice|witness)\b")
ADDRESSING = "a speaker turning to the audience ('Today, Madam Chair, you see …', 'tonight you will have …'), no event"

#: a sentence telling its reader what to do or what they may do: a request ('Please call …', 'Please note …'), the
#: reader as the subject of a modal ('You may be eligible …', 'You can apply …'), or a condition on the reader
#: before one of them ('If you cannot open the form, please write to …'), a request after a fronted phrase ('During
#: the questions on today's call, please press 1 …'; talk32): a notice to the reader or caller (help
#: lines, eligibility, web-page hints), no event; not a speaker's 'you may have seen …' (a perfect), a quotation,
#: nor a label before a statement ('PLEASE NOTE: The deadline passed on …')
_READER_NOTICE = re.compile(
    r"[^\w“”\"‘’']*(?:please\s+(?!\w+ed\b)[a-z]+\b(?!\s*:)|"
    r"(?:during|for|at|after|before|to|in)\s+[^,.;:!?]{1,80},\s*please\s+(?!\w+ed\b)[a-z]+\b(?!\s*[:,])|"
    r"you\s+(?:can|could|may|might|should|must|will|need\s+to)\s+(?!have\b)(?:also\s+)?[a-z]+\b|"
    r"if\s+[^,.;:]{0,100}?\byou\b[^,.;:]{0,60},\s*(?:please\b|you\s+(?:can|could|may|might|should|must|will|"
    r"need\s+to)\b))", re.I)
READER_NOTICE = "a notice to the reader ('please call …', 'you may be eligible …', 'if you …, please …'), not an event"


def _framing(k: _KindInput) -> _Found:
    """The text framing itself, a question, the time a narrative reaches or a recurring feature's label."""
    text, cs, ce, ds, de, end = k.text, k.cs, k.ce, k.ds, k.de, k.end
    head = text[k.opening:ds]
    if _PREFACE.match(k.line):
        return "framing", "the text presents itself ('the following is …', 'in this essay …'), not an event"
    if not k.lemma and _HOSTING.search(k.clause):  # verbless: 'On board with us today, Senator Ann Roe.'
        return "framing", "a speaker welcoming or introducing guests ('with me today are …'), not an event"
    if not k.lemma and _TODAY.match(text, ds, de) and _spoken(text, (cs, ce), (ds, de), _AGENDA):
        return "framing", "a speaker's agenda for the session ('today we will learn …'), not an event"  # 'we look at'
    call = _CALL.match(k.line)
    if call and call.end() <= k.ds - k.opening and not _SAID_BEFORE.search(k.text, k.opening + call.end(), k.ds):
        return "framing", "a speaker's call ('we need to …', 'we must …'), not an event"
    addressing = _ADDRESSING.match(k.text, k.opening)
    if addressing and k.opening <= k.ds < addressing.end():
        return "framing", ADDRESSING
    if _spoken(k.text, (k.cs, k.ce), (k.ds, k.de), _SPEECH_ACT):
        return "framing", "a speaker's own speech act ('I want to thank …', 'let me say …'), not an event"
    if _spoken(k.text, (k.cs, k.ce), (k.ds, k.de), _FLOOR_OPENING):
        return "framing", FLOOR_OPENING
    if _spoken(k.text, (k.cs, k.ce), (k.ds, k.de), _TEXT_ABOUT_ITSELF):
        return "framing", TEXT_ABOUT_ITSELF
    if _cited(k.text, (k.cs, k.ce), (k.ds, k.de)):
        return "reference", CITING
    if _spoken(k.text, (k.cs, k.ce), (k.ds, k.de), _OCCASION_TALK):
        return "framing", OCCASION_TALK
    if _greeting(k):
        return "framing", GREETING
    if _said_in_dated_clause(k, _BEEN_THERE):
        return "state", BEEN_THERE
    if k.start >= 0 and _ceremony(k.text, k.start, k.ds, k.de):
        return "framing", CEREMONY
    if _witnessing(k.text, k.opening, k.ce, k.ds, k.de):
        return "framing", "a speaker's own witnessing ('today we saw …', 'I was there watching'), not an event"
    if _speakers_view(k.text, k.opening, k.ds):
        return "framing", "a speaker's view or knowledge ('I think this shows …', 'I know that …'), not an event"
    if _TODAY.match(k.text, k.ds, k.de) and _spoken(k.text, (k.cs, k.ce), (k.ds, k.de), _FEELING):
        return "framing", "a speaker's feeling at the moment of speaking ('tonight we feel …'), not an event"
    if _judged_date(k):
        return "framing", "the date judged by a speaker ('today will rank as a historic day'), not an event"
    asked = text[cs:ce] if end < 0 else text[ds:end]
    # a question quoted after the date is what someone asked ('In a letter sent today, Roe wrote, “Why …?”'): the
    # writing is the event
    quoted_question = re.search(r"[“\"][^”\"]*\?[\"”’')\]]*\s*$", text[de:ce] if end < 0 else text[de:end])
    if re.search(r"\?[\"”’')\]]*\s*$", asked) and not quoted_question or _QUESTION.search(text[cs:ds]):
        return "question", "a question or an open issue ('… ?', 'the question is whether …'), not an event"
    if _FRAME_OBJECT.search(head) or _FRAME_SUBJECT_BEFORE.match(head) and _FRAME_SUBJECT_AFTER.match(text[de:ce]):
        return "framing", "the date is the time a narrative reaches ('as the campaign entered …'), not an event"
    if re.match(r"(?:this|today|tonight)\b", text[ds:de], re.I) and re.match(r"(?:’s|'s)\s", text[de:de + 3]) \
            and (k.form == "present" or re.match(r"(?:’s|'s)(?:\s+[\w-]+){1,6}\s*:", text[de:de + 80])):
        return "framing", "the label of a recurring feature ('this month's spotlight: …'), not an event"
    return None


def _notice_or_day_named(k: _KindInput) -> _Found:
    """A notice to the reader (:data:`_READER_NOTICE`), a chamber's procedure (:data:`_FLOOR_PROCEDURE`), or a date
    that opens its clause as the subject of an anniversary, of a characterisation or of a name (:data:`_NAMED_DAY`;
    :data:`_DAY_SUBJECT_OPENING`), or as the day of an occasion characterised in the present
    (:data:`_OCCASION_JUDGED`), or a date that is the name a day word opening its clause is given (:data:`_DAY_SUBJECT`)."""
    if k.start >= 0 and _READER_NOTICE.match(k.line) and not _inside_quotation(k.text, k.start, k.ds):
        return "framing", READER_NOTICE
    if k.start >= 0 and _FLOOR_PROCEDURE.match(k.line):
        return "framing", FLOOR_PROCEDURE
    if _DAY_SUBJECT_OPENING.fullmatch(k.text, k.opening, k.ds):
        end = k.ce if k.end < 0 else k.end
        if _ANNIVERSARY_AFTER.match(k.text, k.de, end):
            return "framing", ANNIVERSARY
        if _CHARACTERISED_DAY.match(k.text, k.de, end):
            return "framing", CHARACTERISED_DAY
        if _NAMED_DAY.match(k.text, k.de, end):
            return "framing", NAMED_DAY
        if re.fullmatch(r"(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening))", k.text[k.ds:k.de], re.I) \
                and _OCCASION_JUDGED.match(k.text, k.de, end):
            return "framing", OCCASION_JUDGED
    subject = _DAY_SUBJECT.match(k.text, k.opening, k.ds)
    named = subject and _NAMED_DAY.match(k.text, subject.end(), k.ce if k.end < 0 else k.end)
    if named and named.end() >= k.de:  # the date is the name: 'Sunday was the third consecutive day of …'
        return "framing", NAMED_DAY
    return None


#: the presiding officer's notice on the floor of a chamber, opening the line after the record's speaker label and a
#: vocative at most ('The Chair has been advised …', 'The Chair recognizes …', 'The SPEAKER pro tempore
#: announces …'): the procedure of the chamber, no event
_FLOOR_PROCEDURE = re.compile(
    r"\W*(?:(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z][A-Z’'-]+(?:\s+of\s+[A-Z][a-z]+)?\.\s+)?"  # the record's speaker label
    r"(?i:(?:mr|mrs|ms|madam|madame|mister)\.?\s+(?:speaker|president|chairman|chairwoman|chair)\s*,\s*)?"
    r"The\s+(?:Chair|CHAIR|Presiding\s+Officer|PRESIDING\s+OFFICER|SPEAKER\s+pro\s+tempore|Speaker\s+pro\s+tempore)"
    r"\s+(?:has\s+been\s+(?:made\s+aware|advised|informed)|recogni[sz]es|announces|lays\s+before|will\s+"
    r"(?:entertain|postpone|receive))\b")
FLOOR_PROCEDURE = "the presiding officer's notice on the floor ('The Chair recognizes …'), not an event"


#: a line heading the record of a spoken act ('Excerpts from the coach's interview with …, Place, date', 'Remarks by
#: the Mayor at …', 'Transcript of the minister's press conference'): it names that act, no caption of a picture
_ACT_HEADER = re.compile(r"\W*(?:(?:(?:full|partial|complete|official)\s+)?(?:excerpts?|transcript|text|video)\s+(?:of|from)"
                         r"\s+|transcript\s*(?:\([^()\n]{1,20}\)\s*)?:\s*|(?:remarks|statement|testimony|interview|"
                         r"address|briefing|speech)\s+(?:by|of|with)\s+)", re.I)
_SPOKEN_ACT = re.compile(r"\b(?:interview|remarks|speech|address|briefing|(?:press|news)\s+conference|statement|"
                         r"testimony|debate|hearing)\b", re.I)


def act_header(line: str) -> bool:
    """Whether ``line`` heads the record of a spoken act (*Excerpts from the coach's interview with a radio station,
    in Turin, May 3, 2019*; *Remarks by the Governor at the flood site, May 3, 2019*): the line dates that act. Not a
    picture's caption (*Players celebrate in Turin, May 3, 2019*) nor a document's title without a spoken act
    (*Text of the treaty, May 3, 2019*)."""
    m = _ACT_HEADER.match(line)
    return m is not None and _SPOKEN_ACT.search(line) is not None


#: a caption's closing place and date: '…, Place, May 3, 2011', '… in Place Sept. 30, 2014', '… in Place in June
#: 2016' (the month named: a bare year closes many sentences)
_CLOSING_DATE = re.compile(r"(?:,|\b[A-Z][\w.’'-]*)\s+(?:in\s+)?(?:(?:" + _WEEKDAY + r",?\s+)?(?:[A-Z][a-z]{2,8}\.?"
                           r"\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?)|(?<=\bin\s)[A-Z][a-z]{2,8}\.?)\s+\d{4}\W{0,2}$")
#: a picture's noun phrase and its participle right before the date ('The club's crest seen May 2, 2019, …')
_SEEN_ON = re.compile(r"\W*(?:[\w’'&.-]+\s+){1,6}?(?P<seen>seen|pictured|shown|photographed)\s+(?:on\s+|in\s+)?$")
#: what opens a clause of its own inside a caption line: its verbs are not the line's
_CAPTION_CLAUSE_OPEN = re.compile(r",\s+(?:where|when|who|which|as|after|while)\b|\b(?:that|where|who|which)\s",
                                  re.I)
OWN_LINE_CAPTION = ("a line of its own in the present tense or without a verb, closed by its place and date (or a "
                    "picture's noun and participle before the date): a caption, not an event")


def _own_line_caption(k: _KindInput) -> bool:
    """Whether the sentence is a caption on a line of its own: the date closes the line after a place (*Fans crowd
    the square in Lyon, May 3, 2019*, *… in Oslo in June 2016*) and the line's opening clause, before any clause
    of its own (*, where …*), has no verb in the past, perfect or future (*remove*, *is taped*, or none read); or a
    picture's noun and participle open the line before the date (*The club's crest seen May 2, 2019, …*). Not a
    quotation, nor a sentence sharing its line with another (*The striker scored in Lyon, May 3, 2019.* then
    more: a story's sentence), a picture's credit aside."""
    if k.start < 0 or k.end <= k.start:
        return False
    s, e = k.start, k.end
    rest = k.text[e : (k.text.find("\n", e) + 1 or len(k.text) + 1) - 1].strip()
    if k.text[k.text.rfind("\n", 0, s) + 1 : s].strip() or rest and not _CAPTION.search(rest):
        return False  # shares its line, unless with a picture's credit ('(AP Photo/Ann Roe)')
    line = k.text[s:e]
    if re.search(r"[\"“”]", line):
        return False
    seen = _SEEN_ON.match(k.text, s, k.ds)
    if seen and not _has_inflected_verb(tokens(k.text, s, seen.start("seen"))) \
            and not _has_inflected_verb(tokens(k.text, k.de, e)):
        return True  # no verb but the participle ('Players seen on Monday were fined' says what happened)
    if re.search(r"\w", k.text[k.de : e]) or not _CLOSING_DATE.search(k.text, s, e):
        return False
    opening = _CAPTION_CLAUSE_OPEN.search(k.text, s, k.ds)
    toks = tokens(k.text, s, opening.start() if opening else k.ds)
    groups = _verb_groups(toks, set())
    return all(g.form in {"present", "infinitive"} or g.form == "passive" and toks[g.first].lower in {"is", "are"}
               for g in groups)


def _caption_line(k: _KindInput) -> _Found:
    """A line written as a caption: closed by 'place, date', or a wire-photo caption (not a line heading the record
    of a spoken act, :func:`act_header`)."""
    if act_header(k.line):
        return None
    if k.when != "future" and _own_line_caption(k):
        return "caption", OWN_LINE_CAPTION
    present = k.form in {"present", ""} or k.form == "passive" and _PRESENT_PASSIVE.search(k.clause) is not None
    if present and _CAPTION_DATELINE.search(k.line) and not re.search(r"[\"“”]", k.line):
        return "caption", "a present-tense or verbless line closed by 'place, date', as captions are written"
    if k.when != "future" and _wire_caption(k.line, k.form, _verbless(tokens(k.line))):
        return "caption", "a line written as a wire-photo caption (present tense or no verb, its full date after a comma)"
    return None


#: one date of a run of alternatives (alt32): years, weekdays, month-days or a week, month or year counted from now,
#: joined by *or* ('in 2030 or 2034', 'Friday or Saturday', 'be it 1998, 2004 or last year'); the names of months and
#: weekdays are the tagger's (:mod:`timeline.dates.resources.lexicon`)
_ALT_DATE = (r"(?:1[6-9]\d\d|20\d\d|(?:" + WEEKDAY_RE + r")|(?:" + MONTH_FULL + "|" + MONTH_ABBR + r")\b\.?\s+\d{1,2}|"
             r"(?i:(?:last|next|this)\s+(?:week|month|year)))")
_ALTERNATIVE_DATES = re.compile(_ALT_DATE + r"(?:\s*,\s*" + _ALT_DATE + r")*\s*,?\s+or\s+(?:(?:in|on)\s+)?"
                                + _ALT_DATE)
ALTERNATIVE_DATES = ("one of dates given as alternatives in a clause telling no past ('wants to host the games in 2030 or "
                     "2034'), no date of an event")
#: the verb forms of a clause that tells no past (a wish, a plan, a present view)
_NO_PAST_FORMS = frozenset({"present", "infinitive", "modal", "future", ""})


def _alternatives(k: _KindInput) -> _Found:
    """A date given as one of alternatives (:data:`_ALTERNATIVE_DATES`) in a clause that tells no past: a writer who
    knows the day writes it once; *in 2030 or 2034*, *Friday or Saturday*, *be it 1998, 2004 or last year* give a
    wish, an uncertain plan or examples, and no day to put an event on. A past clause keeps its date (*the storm made
    landfall late Monday or early Tuesday*: an uncertain hour of a real event)."""
    if k.form not in _NO_PAST_FORMS:
        return None
    if any(m.start() <= k.ds and k.de <= m.end() for m in _ALTERNATIVE_DATES.finditer(k.text, k.cs, k.ce)):
        return "reference", ALTERNATIVE_DATES
    return None


#: words that open a subordinate clause: a 'cannot' after them is not the main clause's
_SUBORDINATORS = {"that", "which", "who", "whom", "because", "if", "when", "while", "after", "before", "so", "unless",
                  "although", "though", "since", "until", "where"}
#: what cannot (or can no longer) happen: 'the strike can no longer hurt the season', 'the court cannot rule before'
_CANNOT = re.compile(r"\b(?:can|could)\s+no\s+longer\b|\b(?:cannot|can[’']t|couldn[’']t|could\s+not)\b", re.I)


#: a clause right after the date that says what fixes that day (*on June 30, when its credit line expires*): the
#: day is a deadline, whatever may happen on it
_FIXED_BY_WHEN = re.compile(r"\s*,?\s+when\s+", re.I)
#: a date that names a deadline (*before the May 4 deadline*, *by the June 30 deadline*): a day fixed in
#: advance, whatever may happen before it; the possibility is not dated by it
_DEADLINE_NAMED = re.compile(r"\s+deadlines?\b", re.I)
POSSIBLE_LATER = ("a possibility on a day still to come ('the merger could close in November', 'the storm may "
                  "reach the coast next week'): a forecast, no event on that day")


def _hypothetical(k: _KindInput) -> _Found:
    """A condition, a counterfactual or a possibility; what cannot happen, as the clause's own verb, is no event at
    all (not in words reported after a verb of saying, *officials said on Friday they could not confirm the figure*,
    nor after another verb or in a subordinate clause, *the court ruled on Friday that the city cannot evict …*).

    A possibility dated after the publication (*the merger could close in November*, *the storm may reach the coast
    next week*, *the council might vote on it next month*) is a forecast: news writes what is planned or scheduled
    with *will*, *is to*, *is set to*, and what only may happen with *could*, *may*, *might*; no event is put on
    that day (:data:`POSSIBLE_LATER`). Not when a clause after the date says what fixes the day (*the city could run
    out of cash on June 30, when its credit line expires*: a deadline, :data:`_FIXED_BY_WHEN`), nor a possibility
    about a past day (*the ferry may have left port on March 8*: a hypothetical, kept as before)."""
    cannot = _CANNOT.search(k.text, k.cs, k.ce)
    head = tokens(k.text, k.cs, cannot.start()) if cannot else []
    if cannot and not any(t.is_word and _verb_lemma(t.lower) in _REPORTING for t in head) \
            and not _has_inflected_verb(head) and not any(t.lower in _SUBORDINATORS for t in head):
        return "negated", "what cannot happen ('can no longer', 'cannot'): no event"
    if _CONDITIONAL.search(k.text[k.cs:k.de]) or re.search(r"\b(?:would|could|might|should) have\b", k.clause):
        return "hypothetical", "a condition or counterfactual: may not have happened"
    if _POSSIBILITY.search(k.text, k.cs, k.ds) and k.when == "future" and not _FIXED_BY_WHEN.match(k.text, k.de) \
            and not _DEADLINE_NAMED.match(k.text, k.de):
        return "question", POSSIBLE_LATER
    if _POSSIBILITY.search(k.text, k.cs, k.ds) and k.when != "past":
        return "hypothetical", "a possibility ('could', 'may', 'might'): may not happen"
    return None


#: a date that names a day or a time of one (a measure over it may be the day's news: 'shares fell 9% on Monday')
_DAY_IN_DATE = re.compile(r"(?<![\d,])\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:years?|months?|quarters?|decades?|centur))|"
                          r"day\b|tonight|yesterday|tomorrow|morning|afternoon|evening|night|week|hour|\d:\d", re.I)
#: figures whose moves over a period are measures ('sales fell 30% in May', 'stocks recovered for the year')
_MEASURE_NOUNS = {"sales", "prices", "stocks", "shares", "profit", "profits", "revenue", "revenues", "earnings",
                  "output", "exports", "imports", "unemployment", "inflation", "production", "deliveries", "volume",
                  "volumes", "demand", "growth", "index", "indexes", "indices", "markets", "market", "spending",
                  "employment", "wages", "rents", "payrolls"}
#: verbs a figure moves by, besides :data:`_AS_MOVES`
_MEASURE_MOVES = _AS_MOVES | {"grow", "plummet", "sag", "improve", "worsen", "weaken", "strengthen", "stabilize",
                              "stabilise", "fluctuate", "rally", "soften"}
#: a whole sector or economy losing or adding jobs, sales or output ('the industry has shed 400,000 jobs', 'an
#: economy that had lost 5% of its output'): a statistic, not one actor's act ('Acme cut 4,000 jobs')
_AGGREGATE = re.compile(r"\b(?:industry|industries|sector|sectors|economy|economies|market|markets|nation|country|"
                        r"workforce|trade)\s+(?:that\s+|which\s+)?(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?"
                        r"(?:shed|lost|added|gained|cut|created|eliminated|shrank|grew)\b", re.I)
#: a measure a year names after it ('its 2008 revenue', 'the 1999 sales figures')
_MEASURE_AFTER = re.compile(r"\s+(?:(?:full[- ]year|annual|first[- ]half|second[- ]half)\s+)?(?:revenues?|sales|profits?|"
                            r"earnings|income|losses|loss|turnover|output|results|figures|deficit|exports|imports)\b",
                            re.I)
#: a forecast of a figure ('expects costs to total $2 billion by March'): an estimate, not a scheduled event
_FORECAST_FIGURE = re.compile(r"\b(?:expects?|expected|forecasts?|forecast|projects?|projected|estimates?|estimated|"
                              r"predicts?|predicted)\b[^.;]{0,80}?\b(?:to|would|will)\s+(?:total|reach|exceed|top|hit|surpass|"
                              r"amount\s+to|rise|fall|climb|drop|grow|double|increase|decrease|decline|shrink)\b", re.I)
#: figures yielded, the object that ends a clause ('the export arm has provided growth and profit'): a performance, no act
_FIGURE_YIELDED = re.compile(r"\b(?:provided|delivered|generated|brought|produced|yielded|contributed)\s+(?:(?:strong|"
                             r"solid|steady|most|much|more|some|the|its|their)\s+)?(?:growth|profits?|revenues?|sales|"
                             r"earnings|returns|income)(?:\s+and\s+(?:growth|profits?|revenues?|sales|earnings|returns|"
                             r"income))?\W*$", re.I)
_COUNT = re.compile(r"\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens?)\b", re.I)
#: a figure qualified as having moved, the object of a report ('reported increased sales', 'posted lower profits')
_MOVED_FIGURE = re.compile(r"\b(?:report(?:ed|s)?|post(?:ed|s)?|saw|sees|see|show(?:ed|s)?|record(?:ed|s)?|had|has)\s+"
                           r"(?:\w+\s+)?(?:increased|decreased|higher|lower|record|rising|falling|declining|weaker|"
                           r"stronger|improved|reduced|flat)\s+(?:\w+\s+)?(?:sales|profits?|revenues?|earnings|"
                           r"output|deliveries|margins?)\b", re.I)


def _figure_moves(text: str, cs: int, ce: int, ds: int, de: int) -> bool:
    """Whether a figure of :data:`_MEASURE_NOUNS` is followed by a verb of moving within three words (*its sales
    fall 30 percent*, *stock prices sank*), the date's words left aside, in the date's own stretch of the clause:
    no comma nor link word between the move and a date after it (*prices rose, prompting the bank to raise rates in
    April* dates the bank's act), and a date before it opens the clause (*In March, sales fell*)."""
    toks = [t for t in tokens(text, cs, ce) if t.is_word and not ds <= t.start < de]
    words = [t.lower for t in toks]
    for i, w in enumerate(words):
        if w not in _MEASURE_NOUNS or text[toks[i].start : toks[i].end].endswith(("'s", "’s")):
            continue  # a possessive: 'the market's rally' names a noun, no move
        j = next((j for j in range(i + 1, min(i + 4, len(words))) if _verb_lemma(words[j]) in _MEASURE_MOVES
                  and _is_verb(words[j]) and words[j] not in _STOP), None)
        if j is None:
            continue
        pos = toks[j].start
        if pos < ds and not _MOVE_LINK.search(text, pos, ds) or pos > de and (
                not re.search(r"[,;]", text[de:pos]) or re.fullmatch(r"\W*(?:in|during|for|over|by)?\s*", text[cs:ds],
                                                                   re.I)):
            return True
    return False


#: what ends a figure's move before a later date of another clause
_MOVE_LINK = re.compile(r"[,;]|\b(?:prompting|leading|forcing|causing|after|before|as|while|when|and|but|until)\b",
                        re.I)


#: a time code of a synchronised transcript before the words said at that time ('[00:42.45]', '[00:32]'), inside a
#: line (also blanked by :mod:`timeline.titles`)
TIME_STAMP = re.compile(r"\[\d{1,2}:\d{2}(?:[.:]\d{1,3})?\]")
_LRC_STAMP = re.compile(TIME_STAMP.pattern + r"\s*")


def _figure_named(clause: str) -> bool:
    """Whether a clause names a figure of :data:`_MEASURE_NOUNS` (or costs, losses)."""
    return bool({w.lower() for w in re.findall(r"[A-Za-z]+", clause)} & (_MEASURE_NOUNS | {"costs", "losses"}))


def _period_measure(k: _KindInput) -> _Found:
    """A measure over a period, not an act: a figure moved over a month, a year or a season (*ticket sales fell 12
    percent in October*, *brewery shares recovered for the year*), a sector's statistic (*over the past year the
    steel industry has shed 20,000 jobs*), a figure reported as moved (*both clubs posted higher earnings in May*).
    Not over a day or a week (*shares fell 9% on Monday* may be the day's news), nor an actor's act (*Acme
    eliminated 4,000 jobs in March*, *a rebate program increased bicycle sales in the summer*)."""
    if re.fullmatch(r"(?:fiscal\s+)?\d{4}", k.text[k.ds : k.de], re.I) and _MEASURE_AFTER.match(k.text, k.de):
        return "reference", "a year naming the period of a measure ('its 2008 revenue'), not an event"
    if _DAY_IN_DATE.search(k.text, k.ds, k.de) or _LINKED_BEFORE.search(k.text, k.cs, k.ds):
        return None
    # a transcript's '[01:24.79]' time codes, kept or blanked to spaces by the extractor's mask
    clause = re.sub(r"\s+", " ", _LRC_STAMP.sub("", k.clause))
    if _FORECAST_FIGURE.search(clause) and (_COUNT.search(clause) or _figure_named(clause)) or \
            _FIGURE_YIELDED.search(clause):
        return "reference", "a figure forecast or yielded over a period ('expects costs to total …'), not an act"
    if _figure_moves(k.text, k.cs, k.ce, k.ds, k.de) or _MOVED_FIGURE.search(k.clause) or \
            _AGGREGATE.search(k.clause) and _COUNT.search(k.clause):
        return "reference", "a measure over a period ('sales fell 30% in May', 'the sector shed jobs'), not an act"
    return None


def _market(k: _KindInput) -> _Found:
    """A market price, value or volume on the date (see :func:`_market_value`)."""
    market = _market_value(k.text, k.cs, k.ce, k.ds, k.de, k.lemma)
    return ("reference", market) if market else None


#: a list item opened by a capitalised verb in the third person, its subject the list's topic (a fact box under
#: *What the bill does*: '• Raises the fuel tax until June 30, 2025', '- Bans flights over the stadium until May 1')
_LIST_ITEM_VERB = re.compile(r"\s*[•·▪◦‣*–-]\s*([A-Z][a-z]{2,}s)\s+([\w’'-]+)")


def list_item_verb(line: str) -> bool:
    """Whether a line is a list item whose first word, capitalised after the list mark, is a verb in the third person
    singular before no preposition (*• Raises the fuel tax until June 30, 2025*, not *• Details of the plan*): an
    act of the list's topic, not a verbless caption."""
    m = _LIST_ITEM_VERB.match(line)
    if m is None or m.group(2).lower() in _PREPOSITIONS:
        return False  # '• Details of the deal': a noun
    word = m.group(1).lower()
    return any(word in verb_forms(lemma).get("VBZ", ()) for lemma in all_lemmas(word).get("VERB", ()))


#: a deadline right before the date that ends a line ('… the documents by Oct. 13, 2015.', '… until May 1.'): a
#: sentence whose verb the tagger may have read as a noun ('The letters request …'), no caption
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|before|no\s+later\s+than)\s+$", re.I)


#: the reason of a clause read without a verb that ends with its date (:func:`_caption_grammar`)
VERBLESS_PHRASE = "a phrase without a verb that ends with its date, as captions are written"


def _caption_grammar(k: _KindInput) -> _Found:
    """A caption by its grammar: no verb and the date at the end, or the present tense about a past date (a line
    opened by its year is caught as a whole line in :mod:`timeline.extract`); not a list item opened by its verb
    (:func:`list_item_verb`)."""
    text, cs, ce, start, clause = k.text, k.cs, k.ce, k.start, k.clause
    if act_header(k.line):
        return None
    sentence_end = not re.search(r"\w", text[k.de:ce]) or _CAPTION_PLACE.match(text, k.de, ce) is not None
    if not k.lemma and cs == start and sentence_end and len(k.words) <= 20 and not re.search(r"[\"“”]", clause) \
            and not _DEADLINE_BEFORE.search(text, cs, k.ds) \
            and not _has_inflected_verb(tokens(text, cs, ce)) \
            and not list_item_verb(text[text.rfind("\n", 0, start) + 1 : ce]):
        return "caption", VERBLESS_PHRASE
    if k.form == "present" and k.when != "future" and k.lemma not in _REPORTING and k.lemma != "be" and cs == start \
            and k.subject_start and k.first_group and not k.past_verb and not re.search(r"[\"“”]", clause):
        return "caption", "present tense about a past date, as photo captions are written"
    return None


#: a present 'has/have the opportunity (chance, right, option)': something open to someone, not a happening
_OPPORTUNITY = re.compile(r"\b(?:has|have)\s+(?:(?:the|an?|every|this|that)\s+)?(?:\w+\s+)?"
                          r"(?:opportunity|chance|right|option)\b(?!\s+(?:now\s+)?(?:after|behind|away)\b)", re.I)

#: a reporting verb before an opportunity: the report is the clause's event
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|tells|announced|announces|ruled|rules|stated|states|wrote|argued|"
                          r"added|reported|confirmed|noted|decided|decides|agreed)\b", re.I)


#: a sentence opening with what someone deserves ('Every patient deserves an answer …', 'The fans merit better')
_DESERVES = re.compile(r"\W*(?:[\w’'-]+\s+){1,6}?(?:deserves?|deserved|merits?|merited)\b", re.I)


#: a session an advisory schedules for journalists ('A media availability is set for 2 p.m.', 'Press
#: availability: 2 p.m.', 'a photo op will follow at noon'): the press's schedule, not news
_PRESS_SESSION = re.compile(r"\W*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:media|photo|press|news|camera)\s+"
                            r"(?:opportunit(?:y|ies)|availabilit(?:y|ies)|op|ops|spray|pool)\b", re.I)


def _opportunity(k: _KindInput) -> _Found:
    """A present opportunity or right (*every shareholder has the chance today to tender*, *voters have the option
    this week to …*), unless a reporting verb is the clause's (*the court said on Friday that tenants have the right
    to stay*: the saying is the event); a session scheduled for the press (*A media availability is set for
    2 p.m.*)."""
    if _PRESS_SESSION.match(k.line):
        return "framing", "a session scheduled for the press ('a media opportunity is set for 2 p.m.'), not news"
    m = _OPPORTUNITY.search(k.clause)
    if m and k.lemma not in _REPORTING and not _SAID_BEFORE.search(k.clause, 0, m.start()):
        return "state", "an opportunity or right open to someone ('has the chance to …'), not an event"
    m = _DESERVES.match(k.line)
    if m and not _SAID_BEFORE.search(m.group()) and not (k.opening + m.end() < k.ds and _SAID_BEFORE.search(
            k.text, k.opening + m.end(), k.ds)):  # not '… deserve justice, the judge said on Monday'
        return "state", "what someone deserves ('every patient deserves an answer'), a judgement, not an event"
    return None


#: an effort towards a goal before a deadline 'by' that dates it ('is working to break even by 2027', 'aims to cut
#: waiting lists by next spring'): the date is the goal's, the end of an effort, no event on it (a plan or an
#: expectation of one act, 'expects to sign the striker by March', stays scheduled)
_GOAL_BY = re.compile(r"\b(?:work(?:s|ed|ing)?|striv(?:e|es|ed|ing)|strove|aim(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|"
                      r"seek(?:s|ing)?|sought|push(?:es|ed|ing)?|struggl(?:e|es|ed|ing))\s+to\s+[a-z]+\b"
                      r"[^.;:!?]{0,80}\bby\s+(?:the\s+)?$", re.I)


def _goal_date(k: _KindInput) -> _Found:
    """A goal's deadline (:data:`_GOAL_BY`): *the club is working to return to profit by 2027*."""
    if _GOAL_BY.search(re.sub(r"\s+", " ", k.text[k.cs : k.ds])):
        return "reference", "a goal's deadline ('working to break even by 2027'): the end of an effort, not an event"
    return None


def _scheduled(k: _KindInput) -> _Found:
    """A future event (by the tense, the publication date or a future word before the date)."""
    if k.when == "future" or k.form in {"future"} or _FUTURE.search(k.before[-40:] + " " + k.clause[: k.ds - k.cs]):
        if k.when != "past":
            return "scheduled", "a scheduled or expected event, not yet happened when published"
    return None


#: The checks of :func:`_kind`, in order: the first that finds a kind decides.
_KIND_CHECKS = (_line_form, _issue_line, _present_age, _anchoring, _compared_thing, _quoted_or_cut, _period_reference,
                _framing, _notice_or_day_named, _caption_line, _named_past_thing, _season_ahead, _alternatives,
                _hypothetical, _market,
                _period_measure, _summary_period, _caption_grammar, _opportunity, _goal_date, _scheduled)


def _kind(text: str, cs: int, ce: int, ds: int, de: int, form: str, lemma: str, when: str, *, start: int = -1,
          subject_start: bool = False, first_group: bool = False, end: int = -1, past_verb: bool = False
          ) -> tuple[str, str]:
    """Whether the clause states an event, and why not (``past_verb``: the clause has a past-tense verb too)."""
    line = text[start:end] if 0 <= start < end else text[cs:ce]
    rest = (text[cs:ds] + " " + text[de:ce]).strip()
    words = [t for t in tokens(rest) if t.is_word and t.lower not in _STOP]
    k = _KindInput(text=text, cs=cs, ce=ce, ds=ds, de=de, form=form, lemma=lemma, when=when, start=start, end=end,
                   subject_start=subject_start, first_group=first_group, past_verb=past_verb, line=line,
                   clause=text[cs:ce], before=text[max(cs, ds - 80) : ds], after=text[de:ce], words=words)
    for check in _KIND_CHECKS:
        found = check(k)
        if found:
            return found
    return "event", ""


def _in_brackets(toks: list[Token], blocked: set[int]) -> set[int]:
    """Indices of the tokens inside brackets that do not hold the date: an aside (*the shareholders of Acme
    (referred to as the Company) approved*), whose verb is never the clause's."""
    inside: set[int] = set()
    opened = -1
    for k, t in enumerate(toks):
        if t.word == "(":
            opened = k
        elif t.word == ")" and opened >= 0:
            span = set(range(opened + 1, k))
            inside |= span if not span & blocked else set()
            opened = -1
    return inside


#: what a bracket right after a name holds when it codes the name's party and state, city or district, or a listed
#: company's exchange and ticker: *Sen. Ann Roe (R-Ala.)*, *Rep. Bo Lee (D-NY-17)*, *Jo Poe (OH-07)*, *state Rep.
#: Al Day (R-Austin)*, *Acme Inc. (NYSE: ACM)*; not *(pictured)*, *(AP)*, *(EPA)*
_NAME_CODE = re.compile(r"(?:[RDI]\s*[-–]\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?(?:\s*[-–]?\s*\d{1,2})?"
                        r"|[A-Z]{2}\s*[-–]\s*\d{1,2}"
                        r"|(?:NYSE|NASDAQ|Nasdaq|AMEX|TSX|LSE|ASX|OTC[A-Z]*)(?:\s+[A-Z][a-z]+)?\s*:\s*[A-Z][A-Z.]{0,6})")


def is_name_code(inside: str) -> bool:
    """Whether the words inside a bracket after a name code its party and state or district or its ticker
    (:data:`_NAME_CODE`: *R-Ala.*, *OH-07*, *NYSE: ACM*; not *pictured*, *AP*, *EPA*)."""
    return _NAME_CODE.fullmatch(inside.strip()) is not None


def coded_name_end(toks: list[Token], k: int) -> int:
    """Where the name ends (its coded bracket's ``(``) when the words before token ``k`` end with an appositive set
    off by commas after a name and its party, district or ticker bracket (:data:`_NAME_CODE`): *Sen. Ann Roe
    (R-Ala.), vice chair of the Rules Committee, (today) said*, *Acme Inc. (NYSE: ACM), a maker of pumps,
    announced*; -1 when there is none (*Jane Roe (pictured), the coach, said*: the name is found the usual way)."""
    if k < 4 or toks[k - 1].word != ",":
        return -1
    for c in range(k - 2, max(2, k - 40), -1):
        if toks[c].word == "," and toks[c - 1].word == ")":
            return _coded_open(toks, c - 1)
    return -1


def _coded_open(toks: list[Token], close: int) -> int:
    """The ``(`` of the bracket closing at token ``close`` when it codes the name right before it
    (:func:`is_name_code`: *Ann Roe (R-Ala.)*, *Acme Inc. (NYSE: ACM)*); -1 otherwise."""
    o = next((n for n in range(close - 1, max(-1, close - 13), -1) if toks[n].word in {"(", ")"}), -1)
    if o < 1 or toks[o].word != "(":
        return -1
    named = toks[o - 1].is_cap or toks[o - 1].word == "." and o > 1 and toks[o - 2].is_cap  # ('Acme Inc. (…)')
    inside = "".join((" " if n > o + 1 and toks[n].start > toks[n - 1].end else "") + toks[n].word
                     for n in range(o + 1, close))
    return o if named and is_name_code(inside) else -1


def _relative_word(tok: Token) -> bool:
    """Whether ``tok`` is a relative pronoun (*the storm that hit*, *officials who met*): not an acronym written
    like one (*the WHO suspended the player*: a body, then its verb)."""
    return tok.lower in {"that", "which", "who"} and not (tok.word.isupper() and len(tok.word) > 1)


def _undated_relative_aside(toks: list[Token], k: int, blocked: set[int]) -> bool:
    """Whether token ``k`` lies in a relative clause set off by commas that the date is not in (*the agency, which
    had opened the office in May, closed it on Monday*: the Monday closing; *the agency, which opened the office
    on Monday, …*: the clause is the dated one); not without a date (``blocked`` empty)."""
    if not blocked or not _aside(toks, k) or any(t.lower in _CONCESSIVE for t in toks[:k]):
        return False
    i = max(n for n in range(k) if toks[n].word == ",")
    j = next(n for n in range(k + 1, len(toks)) if toks[n].word == ",")
    return not any(i < b < j for b in blocked)


def analyse(text: str, start: int, end: int, date_start: int, date_end: int, *, when: str = "") -> Clause:
    """Analyse the clause of ``text[start:end]`` that holds the date ``text[date_start:date_end]``.

    Parameters
    ----------
    text : str
        The raw article text.
    start, end : int
        The sentence (or quote) holding the date.
    date_start, date_end : int
        The date mention.
    when : {"", "past", "future"}
        Where the date lies against the publication date, when known.

    Returns
    -------
    Clause
    """
    cs, ce = clause_bounds(text, start, end, date_start, date_end)
    toks = tokens(text, cs, ce)
    blocked = {i for i, t in enumerate(toks) if t.start < date_end and t.end > date_start}
    aside = _aside_after_date(text, cs, ce, date_start, date_end)
    blocked |= {i for i, t in enumerate(toks) if aside[0] <= t.start < aside[1]}
    names = _name_spans(toks, text, (date_start, date_end))
    in_name = {k for i, j in names for k in range(i, j)}
    bracketed = _in_brackets(toks, blocked)
    groups = [g for g in _verb_groups(toks, blocked) if g.head not in in_name and g.head not in bracketed]
    # a relative clause's verb ('the storm that hit the coast') is not the main verb while the clause has another one
    outer = [g for g in groups if not (g.first == g.head > 0 and _relative_word(toks[g.first - 1]))
             and not _undated_relative_aside(toks, g.head, blocked)]
    purpose = _purpose_opener(toks, outer, blocked)
    outer = [g for g in outer if g not in purpose]
    main, form = _main_group(_dated_conjunct(outer or groups, toks, date_start), toks)
    dated = _participle_before_date(toks, groups, blocked)
    if main is not None and dated is not None and dated.head > main.head:
        main, form = dated, "past"  # 'may apply for aid under the declaration made July 12': the making is dated
    subject = verb = obj = (0, 0)
    actions: list[str] = []
    if main is not None:
        subject, verb, obj, actions = _main_roles(toks, main, groups, blocked, bracketed)
    happening = _happening_nouns(toks, main.first) if main is not None and main.lemma in _HAPPEN else []
    actions += happening
    thing = main is not None and _announces_thing(main, groups, toks)  # 'announced the loan': an act, not a report
    if main is None or main.lemma in _REPORTING and not thing or main.lemma == "be":
        noun = _event_noun(toks, blocked)
        if noun:
            actions.insert(0, noun)
    actors = _clause_actors(text, toks, names, subject)
    rest = text[cs:date_start] + " " + text[date_end:ce]
    opening = re.match(r"\W*(?:file\s*[-–—:]\s*)?", text[cs:ce], re.I)
    kind, reason = _kind(text, cs, ce, date_start, date_end, form, main.lemma if main else "", when, start=start,
                         subject_start=subject != (0, 0) and subject[0] <= cs + (opening.end() if opening else 0) + 4,
                         first_group=bool(groups) and main is groups[0], end=end,
                         past_verb=_noun_before_past(toks, main, groups))
    if main is not None:
        kind, reason = _refined_kind(kind, reason, text, toks, main, groups, form=form, thing=thing, start=start,
                                     end=end, cs=cs, ce=ce, date_start=date_start, date_end=date_end,
                                     phrases=(subject, obj))
    if kind == "event" and 0 < verb[1] <= date_start and _SINCE_OF_OTHER.search(text, verb[1], date_start):
        kind, reason = "reference", SINCE_OF_OTHER
    return Clause(
        start=cs, end=ce, actors=actors, subject=subject, verb=verb, verb_lemma=main.lemma if main else "",
        verb_form=form, action=actions[0] if actions else "", actions=tuple(dict.fromkeys(actions)),
        verbs=_other_verbs(toks, blocked), object=obj, terms=content_terms(rest), kind=kind,
        reason=reason, happening=tuple(dict.fromkeys(happening)),
    )


#: forms of a verb group that make a clause of its own: what a main clause after an opening purpose says was done
_MAIN_CLAUSE_FORMS = _FINITE_FORMS
#: the longest opening phrase (a time, a place) a purpose infinitive may follow: 'Early on Monday, to calm …'
_OPENING_PHRASE_WORDS = 6


def _purpose_opener(toks: list[Token], groups: list[_Group], blocked: set[int]) -> list[_Group]:
    """The verb groups of a purpose infinitive that opens the clause, set off by a comma, before the main clause
    (*To stop such frauds, the senator called for …*, *On Monday, to calm markets, the bank lowered …*): news
    fronts what an act is for as 'to' + a verb and its object, and the act is the verb after the comma; [] when
    the infinitive is the subject (*To leave now would be a mistake*: a finite verb before the comma), when it has
    nothing after its verb (*To date, …*, *To summarize, …*: adverbials of time and of speech), when its verb is
    *be* (*To be sure, …*), when the date lies inside it (*To meet the May 1 deadline, …*: the date is the goal's),
    or when no finite verb follows the comma."""
    k = next((n for n, t in enumerate(toks) if t.is_word), -1)
    if not (0 <= k < len(toks) and toks[k].is_cap):
        return []  # a sentence's opening ('To …', 'On Monday, to …'), not a clause cut out of one
    if toks[k].lower != "to":
        opening = next((n for n in range(k, min(len(toks), k + _OPENING_PHRASE_WORDS + 1)) if toks[n].word == ","),
                       -1)  # past a verbless opening phrase set off by a comma ('On Monday, to calm …')
        k = opening + 1 if opening > 0 and not any(g.first < opening for g in groups) else -1
    if not (0 <= k < len(toks) - 2 and toks[k].lower == "to"):
        return []
    comma = next((n for n in range(k + 1, len(toks)) if toks[n].word in {",", ";", ":"} or n in blocked), -1)
    if comma < 0 or toks[comma].word != "," or comma <= k + 2:
        return []
    inside = [g for g in groups if k <= g.first < comma]
    if not inside or inside[0].first != k or inside[0].lemma == "be" \
            or any(g.form in _MAIN_CLAUSE_FORMS for g in inside) \
            or not any(g.first > comma and g.form in _MAIN_CLAUSE_FORMS for g in groups):
        return []
    return inside


def _participle_before_date(toks: list[Token], groups: list[_Group], blocked: set[int]) -> _Group | None:
    """The participle of a reduced relative clause the date follows right after (with *on*/*in* between at most),
    the act the date dates, which :func:`analyse` takes for the clause's verb when it comes after the main one:
    *residents may apply for aid under the declaration made July 12*, *crews will repair the bridge damaged on
    Monday*; ``None`` when there is none (*the bridge damaged in the storm reopened on Monday*). The opposite of
    ``timeline.titles._verb_after_dated_participle``, which passes over a participle right after the subject noun
    for the finite verb after the date (*Results released on Thursday showed …*)."""
    first = min(blocked, default=-1)
    for g in groups:
        if g.form != "participle" or g.head != g.first or first < 0:
            continue
        gap = [t.lower for t in toks[g.head + 1 : first]]
        if g.head < first and gap in ([], ["on"], ["in"]):
            return g
    return None


def _main_roles(toks: list[Token], main: _Group, groups: list[_Group], blocked: set[int],
                bracketed: set[int] = frozenset()) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int], list[str]]:
    """Subject, verb and object spans of the main verb group and its actions: the verb (or its phrasal form), the
    noun after a light or reporting verb, a manner's *by* + *-ing* verb, an event noun before a light verb."""
    subject = obj = (0, 0)
    actions: list[str] = []
    verb = (toks[main.first].start, toks[main.head].end)
    heads = {g.head for g in groups} | {k for k, t in enumerate(toks) if t.lower in {"say", "said", "says", "told"}}
    first = main.first
    if first > 1 and toks[first - 1].word == ")" and first - 2 in bracketed:  # 'Acme (the Company) approved'
        first = max(k for k in range(first - 1) if toks[k].word == "(")
    si, sj = _phrase_before(toks, first, blocked | heads)
    coded = coded_name_end(toks, _date_before(toks, first, blocked)) if sj == si else -1
    if coded > 0:  # 'Sen. Ann Roe (R-Ala.), vice chair of the Rules Committee, today said': the name, not the role
        si, sj = _phrase_before(toks, coded, blocked | heads)
        while si > 3 and toks[si - 1].lower == "and" and toks[si - 2].word == ")" \
                and (opened := _coded_open(toks, si - 2)) > 0:
            pi, pj = _phrase_before(toks, opened, blocked | heads)  # 'Al Day (R-Ky.) and Bo …'
            if pj == pi:
                break
            si = pi
        day = max((n for n in range(si, sj - 1) if toks[n].word.isdigit()), default=si - 1)
        si = day + 1  # 'RIVERTON, Oct. 15 U.S. Senator Al Day (R-Tenn.), …': not the dateline's day
    mind = next((g for g in groups if _minded(g, groups, toks) and g.head == first - 1), None)
    if sj == si and mind is not None:
        si, sj = _phrase_before(toks, mind.first, blocked | heads)  # 'we hope to open …', 'I want to thank …'
    elif sj == si and first > 2 and toks[first - 1].word == "," and _aside_open(toks, first - 1, groups) > 0:
        si, sj = _subject_before_aside(toks, _aside_open(toks, first - 1, groups), blocked | heads)
    elif sj == si and main.first > 1 and _relative_word(toks[main.first - 1]):
        si, sj = _phrase_before(toks, main.first - 1, blocked | heads)  # 'the storm that struck the coast'
    elif sj == si and _date_before(toks, first, blocked) < first:  # 'the U.S. agency today opened'
        before = _date_before(toks, first, blocked)
        if before > 1 and toks[before - 1].word == ")" and before - 2 in bracketed:  # 'the Agency (TA) today …'
            before = max(k for k in range(before - 1) if toks[k].word == "(")
        si, sj = _phrase_before(toks, before, blocked | heads)
        if sj == si or any(t.is_word and t.lower not in _DETERMINERS and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", t.word)
                           for t in toks[:si]):  # (an initialism before the name, 'the U.S. Football League')
            # not a phrase that opens the clause ('went to the polls on Tuesday to choose'): no subject there
            si, sj = _opening_phrase(toks, main.first, blocked | heads)
    elif sj == si and main.first > 2 and toks[main.first - 1].is_word:
        si, sj = _opening_phrase(toks, main.first, blocked | heads)
    si = _before_reduced_relative(toks, groups, main, si, blocked | heads)
    if sj > si:
        subject = (toks[si].start, toks[sj - 1].end)
    oi, oj = _phrase_after(toks, main.head + 1, blocked)
    if oj > oi:
        obj = (toks[oi].start, toks[oj - 1].end)
    particle = toks[main.head + 1].lower if main.head + 1 < len(toks) else ""
    actions.append(_PHRASAL.get((main.lemma, particle), main.lemma))
    if main.lemma in _LIGHT or main.lemma in _REPORTING or main.lemma == "be":
        nouns = [t.lower for t in toks[oi:oj] if t.is_word and not t.is_cap and t.lower not in _STOP]
        if nouns:
            actions.append(_noun_lemma(nouns[-1] if "of" not in [t.lower for t in toks[oi:oj]] else nouns[0]))
    occasion = next((n for n in (_noun_lemma(t.lower) for t in toks[oi:oj]) if n in OCCASION_NOUNS), "") \
        if main.lemma == "have" else ""
    if occasion:
        actions[:] = [occasion]  # 'had a call with': the act is the call (two occasions of one day are two acts)
    by = next((k for k in range(main.head + 1, min(main.head + 4, len(toks) - 1)) if toks[k].lower == "by"), 0)
    if main.lemma in _MANNER and by and toks[by + 1].lower.endswith("ing") and _is_verb(toks[by + 1].lower):
        actions.insert(0, _verb_lemma(toks[by + 1].lower))  # 'followed suit by canceling': the cancelling
    noun = _noun_before_light(toks, main, oj > oi)
    if noun:
        actions.insert(0, noun)  # 'the disaster declaration made Oct. 30': the declaring
    return subject, verb, obj, actions


def _subject_before_aside(toks: list[Token], opening: int, blocked: set[int]) -> tuple[int, int]:
    """The subject phrase before an aside opening at token ``opening`` (:func:`_aside_open`: *the unit, based in
    …, arrived*); empty when the noun there sits in a prepositional phrase (*the search for a jet, which vanished
    in May, has grown*: the jet is no subject)."""
    si, sj = _phrase_before(toks, opening, blocked)
    lead = si - (si > 0 and toks[si - 1].lower in _DETERMINERS)
    return (sj, sj) if lead > 0 and toks[lead - 1].lower in _PREPOSITIONS - {"of"} else (si, sj)


def _aside_open(toks: list[Token], close: int, groups: list[_Group]) -> int:
    """Where the phrase that the comma at ``close`` ends opens after the subject, its subject then before it: a
    participle or relative clause set off by commas (*the squadron, based in Northam, Westshire, arrived*, *the agency,
    which had opened in May, closed*) or a relative clause without one (*a woman who lived in Lyon (pop. 500),
    died*); -1 when there is none (*In Lyon, police arrested*)."""
    participles = {g.head for g in groups if g.form == "participle"}
    c = close
    while c > 1:
        c -= 1
        if toks[c].word == ")":
            c = next((n for n in range(c - 1, 0, -1) if toks[n].word == "("), c)
            continue  # ('(pop. 500: 2000 census)')
        if toks[c].word in {";", ":"} or toks[c].lower in _BOUNDARY_WORDS - {"that", "which", "who"}:
            return -1
        if toks[c].lower in {"who", "which"} and _relative_word(toks[c]):
            return c - 1 if toks[c - 1].word == "," else c
        n = c + 1 + (toks[c + 1].is_word and not toks[c + 1].is_cap and _is_adverb(toks[c + 1].lower))
        if toks[c].word == "," and (n in participles or n + 1 < len(toks) and toks[n].is_word and not toks[n].is_cap
                                    and any(toks[n].lower in verb_forms(v.lower()).get("VBN", ())
                                            for v in _lemmas(toks[n].lower).get("VERB", ()))
                                    and toks[n + 1].lower in _PREPOSITIONS):
            return c  # ('Flight 22, bound for Oslo, landed')
    return -1


def _date_before(toks: list[Token], k: int, blocked: set[int]) -> int:
    """Where a date (with its preposition) that sits right before the verb at ``k`` starts (*the agency today
    opened*, *the board on Monday approved*): ``k`` when none does."""
    i = k
    while i > 0 and i - 1 in blocked:
        i -= 1
    if i < k and i > 0 and toks[i - 1].lower in {"on", "in", "at", "early", "late", "last", "this"}:
        i -= 1
    return i


def _clause_actors(text: str, toks: list[Token], names: list[tuple[int, int]], subject: tuple[int, int]
                   ) -> tuple[str, ...]:
    """The clause's names, those inside the subject first, and a capitalised subject that is no name found."""
    ordered = sorted(names, key=lambda s: (0 if subject != (0, 0) and toks[s[0]].start >= subject[0]
                                          and toks[s[1] - 1].end <= subject[1] else 1, s[0]))
    actors = tuple(dict.fromkeys(text[toks[i].start : toks[j - 1].end] for i, j in ordered))
    if subject != (0, 0) and text[subject[0]].isupper() and not any(a in text[subject[0]:subject[1]] for a in actors):
        actors = (text[subject[0] : subject[1]], *actors)  # 'Acme made an offer': a name that starts the sentence
    return actors


#: a date that opens a period up to now: 'Since January, the board has been working to …'
_SINCE_OPEN = re.compile(r"\W*(?:(?:and|but|yet)\s+)?(?:ever\s+)?since\s+$", re.I)
#: a sentence that sums a count up: 'Combined, more than 15 units have been sold'
_TOTAL_OPEN = re.compile(r"\W*(?:combined|in\s+all|in\s+total|all\s+told|altogether|cumulatively|"
                         r"taken\s+together)\s*,", re.I)
RUNNING = "a running count or ongoing work up to now ('since May, the club has …', 'in all, 15 have …'), not an act"


def _running(text: str, opening: int, date: tuple[int, int], groups: list[_Group], toks: list[Token]) -> bool:
    """Whether a present perfect (or its passive) reports what has gone on up to now: after an opening *Since
    <date>,* (*Since March, the hospital has treated 4,000 patients*, *Since January, the council has been working
    to …*: the date starts the period, no act happened on it), or in a sentence that sums a count up (*In all, 40
    clinics have been closed*). Not a perfect whose date follows *since* inside its clause (*has not played since
    May*: a record, see :data:`_RECORD_SINCE`), nor a simple past (*Since Monday's ruling, it filed …*)."""
    if not any({"has", "have"} & {t.lower for t in toks[g.first : g.head]} for g in groups[:2]):
        return False  # (the first groups: the main verb may be read as a reporting one, 'has recalled')
    ds, de = date
    if _SINCE_OPEN.fullmatch(text, opening, ds) and re.match(r"\s*,", text[de : de + 3]):
        return True
    return bool(_TOTAL_OPEN.match(text, opening)) and bool(_COUNT.search(text, opening, toks[-1].end if toks else de))


#: a hedged amount ('over $20 million', 'more than 2,500', 'at least 40'): a figure reached, not counted one by one
_HEDGED_AMOUNT = re.compile(r"\b(?:(?:more|fewer|less)\s+than|at\s+least|over|nearly|almost|about|around|roughly|"
                            r"up\s+to|close\s+to|an\s+estimated|approximately|in\s+excess\s+of)\s+[$€£¥]?\d", re.I)
MANY_DOERS_TOTAL = ("a present perfect of many doers named only by a plural ('donors have given over $3 million', "
                    "'volunteer crews have rescued more than 400 people'): a total of many acts up to now, not an act")


def _many_doers_total(text: str, toks: list[Token], main: _Group, end: int) -> bool:
    """Whether a present perfect adds up a total of many doers' acts: its subject is a bare plural of a kind of
    doer, with no determiner, number or name of one actor (*Local charities have given over $3 million*, *volunteer
    crews have pulled more than 400 people from the water*), and a hedged amount follows its verb in the clause: each
    of them acted on a day of its own, the figure is a running total as of the writing. Not one actor (*The club has
    given over $3 million*, *Acme and Bolt have given …*), nor a counted subject (*More than 9,000 residents have
    been moved*: one operation), nor a perfect with no amount after it (*Rescue crews have arrived*), nor a report
    of a count (*Officials have confirmed more than 40 deaths*)."""
    if main.form != "perfect" or not _present_perfect(toks, main) or main.first < 1 or main.lemma in _REPORTING:
        return False
    subject = [t for k, t in enumerate(toks[: main.first]) if not (t.word == "." and k and "." in toks[k - 1].word)]
    if not 1 <= len(subject) <= 4 or not all(t.is_word for t in subject):
        return False  # (a clause opener, an aside or a list before the verb: not a bare noun phrase; 'U.S.' is one)
    head = subject[-1]
    acronym = re.fullmatch(r"[A-Z]{2,}s", head.word) is not None  # ('NGOs')
    if any(t.lower in _STOP or t.lower == "and" for t in subject) or not acronym and (
            not re.fullmatch(r"[A-Za-z]+[a-z]s", head.word) or head.word.endswith("ss")
            or _noun_lemma(head.lower) == head.lower):
        return False
    return _HEDGED_AMOUNT.search(text, toks[main.head].end, end) is not None


#: what a perfect of 'make' makes plain: 'it (very) clear', 'clear', 'no secret', 'it plain' (not 'known': 'has made
#: known its offer' tells the offer)
_MADE_PLAIN = re.compile(r"\s+(?:it\s+)?(?:(?:very|abundantly|quite|perfectly|crystal|increasingly|absolutely)\s+)?"
                         r"(?:clear|plain|no\s+secret)\b", re.I)
STANCE_MADE_PLAIN = ("a stance made plain up to now ('the board has made it clear that …', 'fans have made no "
                     "secret of …'), no act of one day")


def _stance_made_plain(text: str, toks: list[Token], main: _Group, end: int) -> bool:
    """Whether the main clause is a present perfect of *make* with what it makes plain (*The coach has made it
    plain he means to stay*, *Tenants have made it clear that only a rent freeze will do*, *the club has made no
    secret of its plans*): a stance the doer has shown over time, up to now, not an act of the day it is dated by.
    Not a simple past (*The minister made it clear on Monday that …*: that statement is dated), nor a perfect of
    another verb (*has made a bid*), nor a relative clause's (*voters, who have made it clear …*)."""
    if main.lemma != "make" or main.form != "perfect" or not _present_perfect(toks, main):
        return False
    aux = next(k for k in range(main.first, main.head) if toks[k].lower in _PRESENT_PERFECT_AUX)
    if aux and _relative_word(toks[aux - 1]):
        return False
    return _MADE_PLAIN.match(text, toks[main.head].end, end) is not None


#: harm a count of people has suffered: its present perfect with the count as subject is a toll as of the writing
_SUFFERED = {"die", "hurt", "injure", "wound", "kill", "affect", "infect", "sicken", "hospitalize", "hospitalise"}
#: a count opening a subject: a number, in figures or words, after a hedge at most ('Five people', 'Nearly 2,200
#: residents', 'at least 12 climbers')
_COUNT_OPEN = re.compile(r"\W*(?:(?:and|but|so)\s+)?(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|nearly\s+|almost\s+|"
                         r"about\s+|around\s+|some\s+|roughly\s+|over\s+|an\s+estimated\s+|approximately\s+)?"
                         r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
                         r"thousands)\s+[a-z]", re.I)
TOLL_SO_FAR = ("a count of people who have died, been hurt or infected up to now ('six hikers have died', 'nearly 300 "
               "residents have been affected'): a toll as of the writing, not an event of one day")


def _toll_so_far(text: str, toks: list[Token], main: _Group) -> bool:
    """Whether the main clause is a present perfect of harm suffered (:data:`_SUFFERED`, or *tested positive*) whose
    subject is a count of people (*Six hikers have died on the ridge*, *Two players have been hurt*,
    *Nearly 300 residents have been affected by the outbreak*, *40 pupils have tested positive*): the toll up to the
    writing, reached one case at a time, not an event of the day it is dated by. Not a subject that names no count
    (*The striker has been hurt*: one happening), nor a past tense (*Five people died on Monday*)."""
    if main.form not in {"perfect", "passive"} or not _present_perfect(toks, main) or main.first < 1:
        return False
    tested = main.lemma == "test" and main.head + 1 < len(toks) and toks[main.head + 1].lower == "positive"
    if main.lemma not in _SUFFERED and not tested:
        return False
    subject = toks[: main.first]
    if len(subject) > 8 or any(t.word in {",", ";", ":"} for t in subject):
        return False
    return _COUNT_OPEN.match(text, subject[0].start) is not None


#: auxiliaries of a present perfect ('has', 'have', 'we've'): not the past perfect
_PRESENT_PERFECT_AUX = {"has", "have", "’ve", "'ve"}


def _present_perfect(toks: list[Token], g: _Group) -> bool:
    """Whether the verb group ``g`` has an auxiliary of the present perfect (:data:`_PRESENT_PERFECT_AUX`) before its
    verb: *has given*, *have been hurt* (not *had given*)."""
    return bool(_PRESENT_PERFECT_AUX & {t.lower for t in toks[g.first : g.head]})
#: 'since' after the verb of a present perfect and before its date, in the same clause: the date opens the period
_SINCE_THEN = re.compile(r"\bsince\b[^.;:!?]*$", re.I)
SINCE_PERIOD = ("a present perfect up to now from a start the 'since' phrase dates ('has acted quickly since receiving "
                "the report on Monday'), not an act of that day")


def _since_period(text: str, toks: list[Token], main: _Group, date_start: int) -> bool:
    """Whether the date of a present perfect's clause sits in a *since* phrase after its verb (*the league has
    acted quickly since it received the report on Monday*, *the club has not won since losing the final on
    Tuesday*): the date starts a period that runs up to now, what the perfect tells did not happen on it. Not a
    passive (*the road has been closed since Friday*: the closing dates from then), nor a perfect progressive since
    a recent day (*rescuers have been drilling since Sunday*: the work began then), nor a past perfect."""
    if main.form != "perfect" or not _present_perfect(toks, main):
        return False
    after = toks[main.head].end
    if after <= date_start and _began_on(text, toks, main, date_start):
        return False
    return after <= date_start and bool(_SINCE_THEN.search(text, after, date_start))


#: verbs of waiting or expecting: their progressive since a day is a situation, not an activity begun
_AWAITING = {"wait", "await", "hope", "expect", "wonder", "live"}
#: 'since' right before its date ('since Sunday', 'since last Tuesday'), no clause or noun between them
_SINCE_BARE = re.compile(r"\bsince\s+(?:(?:last|early|late|this\s+past)\s+)?$", re.I)
#: a date of one day, or of a part of one ('Sunday', 'March 4', 'yesterday', 'Friday night')
_ONE_DAY = re.compile(r"\W*(?:(?:[Ll]ast|[Ee]arly|[Ll]ate)\s+)?(?:" + _WEEKDAY + r"(?!\w)|"
                      r"(?:[Yy]esterday|[Tt]his\s+morning)\b|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?!\d)|\d{1,2}\s+[A-Z][a-z]{2,8}\b)")


def _began_on(text: str, toks: list[Token], main: _Group, date_start: int) -> bool:
    """Whether a present perfect progressive runs from a day a bare *since* names (*rescuers have been drilling
    since Sunday*, *police have been searching the woods since March 4*): the activity began that day, an event.
    Not a perfect of a state or result (*the club has not won since Tuesday*), a *since* phrase with its own
    clause (*… since receiving the report on Monday*), nor a year or month (*has been living there since 2004*)."""
    if main.head < 1 or toks[main.head - 1].lower != "been" or not toks[main.head].lower.endswith("ing") \
            or main.lemma in _CONATIVE | _STATE_VERBS | _AWAITING:
        return False  # (nor an effort or a wait: 'have been trying since Monday to …', 'waiting since Friday')
    return bool(_SINCE_BARE.search(text, toks[main.head].end, date_start)) and bool(_ONE_DAY.match(text, date_start))


ONGOING_PERFECT = ("a present perfect progressive ('have been gathering', 'has been working with …'): an activity "
                   "going on up to the time of writing, not an event of a day")


def _ongoing_perfect(text: str, toks: list[Token], main: _Group, date_start: int) -> bool:
    """Whether the main verb is a present perfect progressive (*relatives have been gathering at the port*, *the
    agency has been working with local officials*, *over the past week, teams have been coordinating*): what has gone
    on up to the time of writing, no act of the day it is dated by. Not one that runs from a day a bare *since*
    names (*divers have been searching since Sunday*: :func:`_began_on`), a past perfect (*had been drilling*), a
    perfect passive (*has been closed*), nor a relative clause's verb (*the deal that has been funding the club ends*)."""
    auxes = {t.lower for t in toks[max(0, main.first - 1) : main.head]}  # ('have been closely coordinating')
    if main.form not in {"perfect", "progressive"} or "been" not in auxes \
            or not toks[main.head].lower.endswith("ing") or not _PRESENT_PERFECT_AUX & auxes:
        return False
    aux = next(k for k in range(max(0, main.first - 1), main.head) if toks[k].lower in _PRESENT_PERFECT_AUX)
    if aux and _relative_word(toks[aux - 1]):
        return False  # a relative clause's verb ('the law that has been funding the agency expires'): not the main one
    return not _began_on(text, toks, main, date_start)


ANAPHORIC_COPULA = ("a pronoun's copula naming what was said before ('That was the verdict on Monday from …', 'This "
                    "was the scene on Monday'), a summing-up, no act")
#: a demonstrative subject right before the copula: it points back to what the sentences before told
_POINTING_SUBJECT = {"that", "this"}


def _anaphoric_copula(toks: list[Token], main: _Group, date_start: int) -> bool:
    """Whether the clause is *That/This was* + a noun phrase before the date (*That was the verdict on Monday from
    the appeals court*, *This was the scene on Monday outside the court*): it names or sums up what the sentences
    before told, and is no event of its own. Not with a noun subject (*Anger was the reaction this week*: it may open
    a paragraph whose next sentences go on from its date), nor with an infinitive after it (*That was the first club to
    win the cup on Sunday*), nor when the date is a noun's (*… since the 1999 final*)."""
    if main.lemma != "be" or main.first != main.head or main.form != "past" or toks[main.head].end > date_start:
        return False
    words = [t for t in toks[: main.first] if t.is_word]
    nxt = toks[main.head + 1] if main.head + 1 < len(toks) else None
    if len(words) != 1 or words[0].lower not in _POINTING_SUBJECT or nxt is None or nxt.lower not in _ARTICLES:
        return False
    between = [t.lower for t in toks[main.head + 1 :] if t.start < date_start]
    # (not a date that names a noun after it: 'That was the worst spill since the 1989 tanker disaster')
    return "to" not in between and "since" not in between and between[-1] not in _ARTICLES


#: a present copula's predicate that states where or how things stand (lexicon data): at home, in some condition
STANDING_PLACES = ("home", "in hospital", "in the hospital", "in custody", "in quarantine", "in isolation")
_STANDING_PREDICATE = re.compile(r"(?:(?:now|still|all|safely|finally|back)\s+)*(?:(?:" + "|".join(
    STANDING_PLACES).replace(" ", r"\s+") + r")|in\s+(?:[\w-]+\s+){0,2}condition)\b", re.I)
#: adjectives whose present tells a start or a finding, not a standing state ('the vaccine is available today', 'the
#: rule is effective today', 'the count is final'): no state of :func:`_stative_copula` (lexicon data)
ONSET_ADJECTIVES = frozenset({"available", "effective", "official", "operational", "final", "underway", "live",
                              "active", "responsible", "complete", "free", "due", "able", "unable", "likely",
                              "unlikely", "eligible", "ready", "liable", "subject", "open", "valid", "binding"})
STATIVE_COPULA = ("a state in the present ('the patients are in stable condition', 'today the crew is home', 'the "
                  "view is different'), no change: not an event")


def _speaking_day_or_none(text: str, date: tuple[int, int]) -> bool:
    """Whether a clause is dated by the day of speaking (*today*, *this morning*; not its possessive, a noun's
    date: *today's vote*) or by no date of its own (an empty ``date``)."""
    ds, de = date
    return ds >= de or _DEICTIC.match(text, ds, de) is not None and not re.match(r"\s*[’']s\b", text[de : de + 3])


def _standing_after(text: str, verb: Token) -> bool:
    """Whether a place or condition of :data:`STANDING_PLACES` (or *in … condition*) follows the copula ``verb``."""
    after = verb.end
    return _STANDING_PREDICATE.match(text, after + 1 if text[after : after + 1] == " " else after) is not None


def _stative_copula(text: str, toks: list[Token], main: _Group, groups: list[_Group], ce: int,
                    date: tuple[int, int]) -> bool:
    """Whether the clause's only verb is a present *is/are* whose predicate states how things stand: a place or
    condition of :data:`STANDING_PLACES` (*the two climbers are in stable condition*, *Today the crew is home*) or a
    bare adjective closing the clause or before a preposition (*the mood is calm today*). Not a noun phrase (*This
    is good news*, *the following is a statement*), a participle (*is closed*), a place by name (*the mayor is in
    Springfield today*, a visit), a clause with any other verb, nor one dated other than by the day of speaking
    (*today*, *this morning*: a day named, or a noun's date, *In the May 4 letter, the mayor says …*, may be news)."""
    if not _speaking_day_or_none(text, date):
        return False
    if main.lemma != "be" or main.form != "present" or any(g.lemma != "be" for g in groups) \
            or toks[main.head].lower not in {"is", "are", "’re", "'re", "’s", "'s"}:
        return False
    if _standing_after(text, toks[main.head]):
        return True
    rest = [t for t in toks[main.head + 1 :] if t.start < ce]
    while rest and rest[0].lower in {"now", "still", "very", "so", "much", "far", "quite", "all", "rather"}:
        rest = rest[1:]
    if not rest or not rest[0].is_word or rest[0].is_cap:
        return False
    lem = _lemmas(rest[0].lower)
    if rest[0].lower in ONSET_ADJECTIVES or "ADJ" not in lem or {"NOUN", "VERB", "ADV", "PROPN"} & set(lem) or rest[0].lower.endswith(("ed", "en", "ing")):
        return False
    nxt = rest[1] if len(rest) > 1 else None
    return nxt is None or not nxt.is_word or nxt.lower in _PREPOSITIONS | {"today", "tonight", "now", "until"}


#: verbs whose object feels what the subject does to it (lexicon data): *the town has been shaken*, *the news has
#: saddened many*; a stated feeling, not an act, when no happening does it
#: (not *hurt* or *sicken*, which also tell of harm to the body: *has sickened 200 people*)
FEELING_CAUSED = frozenset({"devastate", "shake", "sadden", "shock", "stun", "touch", "heartbreak", "trouble",
                            "upset", "horrify", "appal", "appall", "disturb", "distress", "traumatize", "traumatise",
                            "frighten", "terrify", "dismay", "overwhelm", "haunt", "grieve", "anguish"})
#: the reason of :func:`_feeling_stated` in ``note``
FEELING_STATED = ("a feeling stated at the time of speaking ('the town has been shaken', 'the loss has touched many', "
                  "'today my heart aches'), not an event")
#: auxiliaries of the present: a passive or perfect of the present (*has been shaken*, *are saddened*), not a past one
_PRESENT_AUX = {"has", "have", "is", "are", "am", "’s", "'s", "’re", "'re", "’m", "'m", "’ve", "'ve"}


def _feeling_stated(text: str, toks: list[Token], main: _Group, subject: tuple[int, int],
                    date: tuple[int, int]) -> bool:
    """Whether a clause dated by the day of speaking or by no date of its own states a feeling (:data:`FEELING_STATED`):
    a verb of :data:`FEELING_VERBS` in the present or the perfect (*Today my heart aches*), or one of
    :data:`FEELING_CAUSED` in a present or perfect passive with no agent (*the families have been devastated*; not
    *the city has been shaken by an aftershock*) or active with a subject that is no happening (*the loss has touched
    a chord*; not *the quake has shaken buildings*). Not a past (*the blast shook the town*: an event)."""
    if not _speaking_day_or_none(text, date):
        return False
    aux = {t.lower for t in toks[main.first : main.head]}
    if main.lemma in FEELING_VERBS:
        return main.form in {"present", "perfect", "progressive"} and "had" not in aux
    if main.lemma not in FEELING_CAUSED or not (aux & _PRESENT_AUX or main.form == "present"):
        return False
    if main.head + 1 < len(toks) and toks[main.head + 1].lower in {"down", "off", "up", "upon", "on", "base"}:
        return False  # a particle makes another verb: 'has touched down', 'has shaken off', 'has shaken up'
    if main.form == "passive":
        return not any(t.lower == "by" for t in toks[main.head + 1 : main.head + 3])
    head = re.findall(r"[a-z]+", text[subject[0] : subject[1]].lower())
    return main.form in {"perfect", "present"} and bool(head) and _noun_lemma(head[-1]) not in _HAPPENING_NOUNS \
        and head[-1] not in _HAPPENING_NOUNS


#: participles that, with *to* after them, bound where a happening has stayed so far (lexicon data): *the leak has
#: been confined to one room*, *cases are limited to the ward* (not *the fire has been contained*: an act of a day)
CONFINING = frozenset({"confine", "contain", "limit", "restrict", "localize", "localise", "isolate"})
STANDING_EXTENT = ("how far a happening reaches as things stand ('the leak has been confined to one room', 'is in "
                   "stable condition' after a perfect): no event")


def _standing_extent(text: str, toks: list[Token], main: _Group, groups: list[_Group], date: tuple[int, int]) -> bool:
    """Whether a clause dated by the day of speaking (or by none) states how far a happening reaches as things stand:
    a present or present perfect of a participle of :data:`CONFINING` with *to* after it (*the leak has been confined
    to one room*, *the cases are limited to the ward*), or a present perfect closed by *and is/are* + a standing place
    or condition (*he has been hurt and is in stable condition*). Not one dated by a named day (*on May 4 the leak was
    confined to …*), a past (*was confined to*), nor *contained* with no *to* (*the fire has been contained*: the act
    of a day)."""
    if not _speaking_day_or_none(text, date):
        return False
    for g in groups:
        aux = {t.lower for t in toks[g.first : g.head]}
        nxt = toks[g.head + 1].lower if g.head + 1 < len(toks) else ""
        if g.lemma in CONFINING and nxt == "to" and aux & (_PRESENT_PERFECT_AUX | {"is", "are"}) \
                and toks[g.head].lower.endswith("ed"):
            return True
    last = groups[-1] if groups else None
    if last is None or last is main or last.lemma != "be" or last.first < 1 or toks[last.first - 1].lower != "and" \
            or toks[last.head].lower not in {"is", "are"} or not _present_perfect(toks, main):
        return False
    return _standing_after(text, toks[last.head])

#: verbs of a need: in the simple past or present, before their date, they state what was or is lacking, no act
_NEEDING = {"need"}
NEED = "a need stated ('the fund needed to raise $2 million by May 1', 'says it needs more doctors this month'), no act"


#: what follows 'serve' when it names a role held ('served as mayor', 'who served in 2014 as chair',
#: 'served two terms as chair'): a tenure, not an event ('served the papers on Friday' is one)
_RELATIVE_OPEN = re.compile(r"\b(?:who|whom|whose|which|that|when|where)\b", re.I)
_ROLE_AS = re.compile(r"(?:\s+[\w’'-]+,?){0,4}?\s+as\s+(?:(?:the|an?|its|their|his|her|our)\s+)?[\w-]", re.I)


#: a name of two capitalised words (*Ann Roe*, *Dr. Roe* is not one)
_TWO_NAMES = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+")
#: the capitalised words that go on after the start of a name
_NAME_RUN = re.compile(r"(?:\s+[A-Z][\w’'-]*)*")


def _named_saying_dated(text: str, toks: list[Token], main: _Group, date: tuple[int, int]) -> bool:
    """Whether a named speaker's saying is dated by a time that opens the sentence (*Earlier Friday, the team's
    doctor, Dr. Ann Roe, said the players' health is good*), that stands between the name and the verb (*Dr. Ann Roe
    on Friday said …*: :func:`_named_before_date`) or that follows the verb at once (*Dr. Ann Roe said on Friday the
    players' health is good*): the statement is the event of that day (not *officials said Monday …*). A body named
    by a capitalised word (*the Harbour Board said Friday that …*) dates its saying so when what it says happened
    before it (a past perfect: *… that its engineers had known of the crack*): a disclosure, not a state reported."""
    if main.lemma not in _REPORTING:
        return False
    verb = toks[main.head]
    lead = toks[main.first].start
    sentence = max(text.rfind(". ", 0, verb.start), text.rfind("\n", 0, verb.start), toks[0].start - 1) + 1
    if date[1] <= lead:
        return _person_named(text, date[1], lead) or _named_before_date(text, sentence, date, lead)
    if text[verb.end : date[0]].strip().lower() not in {"", "on"}:
        return False
    return _person_named(text, sentence, lead) or (
        _named_body(text, sentence, lead) and _EARLIER_ACT.search(text, date[1], toks[-1].end) is not None)


#: the occasion of a saying (:data:`timeline.occasion_words.SAYING_OCCASIONS`), singular or plural
_OCCASION = r"(?:" + "|".join(w.replace(" ", r"\s+") for w in SAYING_OCCASIONS) + r")s?"
#: the occasion as a phrase: 'in a statement', 'at a news conference', 'in an interview with the paper', 'during a
#: televised address' (at most three words between its article and its noun)
_OCCASION_PHRASE = (r"(?:in|at|during|on)\s+(?:a|an|the|his|her|its|their|a\s+separate|another)\s+"
                    r"(?:[\w’'-]+\s+){0,3}?" + _OCCASION + r"(?:\s+(?:with|to|on)\s+[^,;:“”\"]{1,50}?)?")
#: what may stand between a saying verb and its date: an occasion phrase, or (after *told*) the one it was told to,
#: a noun phrase of at most five words with no verb (*told the wire service Harbor Press on Tuesday*, *told reporters on
#: Friday*; not *told them the bridge is safe on Monday*), then an optional *on*
_WORD = r"(?!(?:is|are|was|were|has|have|had|will|would|that|and)\b)[\w’'.-]+"
_TOLD = (r"(?:reporters|journalists|him|her|them|us|me|(?:the|an?|his|her|its|their)\s+(?:" + _WORD + r"\s+){0,4}?"
         + _WORD + r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})")
_AFTER_SAYING = re.compile(r"(?:\s+(?i:" + _OCCASION_PHRASE + r")|(?<=told)\s+" + _TOLD + r")\s+(?:on\s+)?$")
#: a fronted occasion and its date before the speaker: 'In an interview Sunday, …', 'At a news conference on Friday, …'
_FRONTED_OCCASION = re.compile(r"\W*" + _OCCASION_PHRASE + r"\s+(?:on\s+)?$", re.I)
SAYING_OCCASION = ("a saying dated through its occasion ('said at a news conference Tuesday that …', 'In an "
                   "interview on Monday, X told …', 'told the wire service on Monday'): the saying is the act of that day")


def saying_occasion_dated(text: str, toks: list[Token], groups: list[_Group], clause: tuple[int, int],
                          date: tuple[int, int]) -> bool:
    """Whether a date belongs to the occasion of a saying (:data:`SAYING_OCCASION`), so that the saying is an act
    of that day whatever it says, even a state (*the dockers' union said at a news conference Tuesday it accepts the
    pay offer*).

    The date follows a saying verb through an occasion phrase of :data:`SAYING_OCCASIONS` (*said at a news
    conference Tuesday*) or, after *told*, the one told (*she told the wire service Harbor Press on Tuesday*); or it
    closes a fronted occasion before a saying verb (*In a radio interview Tuesday, Ann Roe told the network …*). News
    writes the occasion so when the speaking is the news. Not a bare *said Monday* (:func:`_named_saying_dated` reads
    a named speaker's), nor an occasion without its date (*announced in a release: the port shuts on Monday*: the
    date is what is said).

    Parameters
    ----------
    text : str
    toks : list of Token
        The clause's tokens.
    groups : list of _Group
        Its verb groups.
    clause : (int, int)
        The clause's offsets.
    date : (int, int)
        The date's offsets.

    Returns
    -------
    bool
    """
    saying = [toks[g.head] for g in groups if g.lemma in {"say", "tell", "announce", "state", "write", "comment"}]
    if any(v.end <= date[0] and _AFTER_SAYING.match(text, v.end, date[0]) for v in saying):
        return True
    fronted = _FRONTED_OCCASION.fullmatch(text, clause[0], date[0]) is not None
    after = re.match(r"\s*,", text[date[1] : clause[1]])
    return fronted and after is not None and any(v.start > date[1] for v in saying)


#: a past perfect in what is said: something done before the saying (*… that the firm had known of the crack*)
_EARLIER_ACT = re.compile(r"\bhad\s+(?:not\s+|\w+ly\s+)?(?:been\s+)?[a-z]{3,}")


def _named_before_date(text: str, sentence: int, date: tuple[int, int], verb: int) -> bool:
    """Whether a person named right before a date is the speaker whose saying follows it at once (*Mayor Ann Roe on
    Friday said …*, *Ann Roe Friday said …*): a time between the name and its verb dates the saying."""
    if text[date[1] : verb].strip(" ,"):
        return False
    lead = re.sub(r"\s*\bon\s*$", "", text[sentence : date[0]])
    words = lead.split()
    return bool(words) and words[-1][:1].isupper() and _person_named(text, sentence, sentence + len(lead))


def _named_body(text: str, start: int, end: int) -> bool:
    """Whether the lead ``text[start:end]`` names its speaker by a capitalised word that does not open it (*the
    Harbour Board*, *the Dutch ministry*), not *Officials* nor *They*."""
    words = re.findall(r"[\w’'.-]+", text[start:end])
    return any(w[:1].isupper() and len(w) > 2 for w in words[1:])


def _person_named(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a name of two capitalised words that is not a body's (*Ann Roe*, not *the
    Atomic Energy Agency*, *Power Company*): its last capitalised word is no word of an organisation's kind."""
    found = list(_TWO_NAMES.finditer(text, start, end))
    if not found:
        return False
    run = _NAME_RUN.match(text, found[-1].end(), end)
    return text[found[-1].start() : run.end()].split()[-1].lower() not in _GENERIC_NAME_WORDS


#: a page's notice about itself: 'This thread has been closed.', 'Editor's note: this piece first ran on a club's
#: site', 'This story has been updated' (a page noun after 'This', or a bare 'This' before 'originally'/'first' and a
#: verb of publishing); a noun that may name a thing of the news too (a post, version, piece, item, entry: 'This
#: version was amended by the Senate', 'This item was removed from the agenda') only with a verb of publishing and
#: no agent after it
_PAGE_NOTICE = re.compile(
    r"\W*(?:(?:ed(?:itor)?(?:[’']s)?\.?\s+note|note|update|correction)\s*:\s*)?this\s+(?:(?:blog\s+)?(?:article|"
    r"story|page|forum|thread|comments?(?:\s+section)?|discussion|web\s?page|blog)\s+"
    r"(?:has\s+been|had\s+been|was|is)\s+(?:\w+ly\s+|since\s+|first\s+|now\s+)?(?:published|posted|updated|corrected|"
    r"closed|amended|edited|modified|archived|revised|removed)\b|(?:blog\s+)?(?:post|entry|item|version|piece)\s+"
    r"(?:has\s+been|had\s+been|was|is)\s+(?:\w+ly\s+|since\s+|first\s+|now\s+)?(?:published|posted|updated|"
    r"corrected|closed(?=\s+(?:to|for)\s+(?:new\s+|further\s+)?(?:comments|replies|posts)\b|\s*[.!]))\b(?!\s+by\b)|"
    r"(?:has\s+been|was)\s+(?:originally|first)\s+(?:published|posted|printed|aired)\b)", re.I)
PAGE_NOTICE = "a page's notice about itself ('This story has been updated', 'This thread has been closed'), not an event"
#: an opening period that runs up to now, before a present perfect: 'Throughout the year, …', 'Over the past two
#: months, …', 'In recent weeks, …' (not 'In the past week,' nor 'last year': one act may fall in a week, a calendar
#: year dates one; nor 'throughout the night', a part of one day, no period up to now)
_PERIOD_OPENING = re.compile(
    r"\W*(?:(?:and|but|yet|so)\s+)?(?:throughout\s+"
    r"(?!(?:the|this|that)\s+(?:\w+\s+)?(?:night|day|morning|afternoon|evening|weekend)\s*,)"
    r"(?:the|this|these|that)\s+(?:\w+\s+)?\w+|(?:over|in|during|for|across|"
    r"within)\s+(?:the\s+)?(?:past|last|previous|preceding|recent)\s+(?:(?:few|several|many|couple\s+of|\w+|\d+)\s+)?"
    r"(?:weeks|months|years|year|decades?)|in\s+recent\s+(?:weeks|months|years))\s*,", re.I)
#: a relative clause set off by commas ('the firm, which has grown fast, sold …')
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whose|whom|where)\b[^,;.]*,", re.I)
#: verbs that, with 'no' as their object's determiner, report that nothing was found or gained ('has found no trace')
_FINDING = {"find", "turn", "produce", "yield", "uncover", "reveal", "show", "receive", "get", "hear", "see", "make"}


def _period_opening(text: str, opening: int, groups: list[_Group], toks: list[Token]) -> bool:
    """Whether a present perfect (or its passive) follows an opening period that runs up to now (*Throughout the
    season, the club has played in many cities*, *Over the past two months, the tie has been shown for all to see*):
    what it tells went on over the period, no act of one day. Not a simple past (*Over the past year, the club fell*:
    see :data:`SUMMARY`), nor a period of one week (*In the past week, police have arrested a suspect*), nor a
    perfect of a relative clause before the main verb (*the firm, which has grown fast, sold its plant*): the
    auxiliary is one of the first verb groups outside a relative aside."""
    asides = [m.span() for m in _RELATIVE_ASIDE.finditer(text, opening, toks[-1].end if toks else opening)]
    outside = [g for g in groups if not any(a <= toks[g.first].start < b for a, b in asides)]
    if not any(_present_perfect(toks, g) for g in outside[:2]):
        return False
    return bool(_PERIOD_OPENING.match(text, opening))


#: a preposition and a determiner right before a date: the dated noun sits in a phrase of the subject ('victims of
#: the May 3 fire'), not at its head
_IN_PHRASE = re.compile(r"\b(?:of|in|from|by|after|since|during)\s+(?:the\s+|a\s+|an\s+|this\s+|last\s+)?$", re.I)
NEGATED_PERFECT = ("a negated present perfect ('have not been identified', 'has found no trace'): what has not "
                   "happened as of the report is no event")


def _negated_perfect(text: str, toks: list[Token], groups: list[_Group], date_start: int, date_end: int) -> bool:
    """Whether the first verb group at or after the date is a present perfect negated by *not*/*never* (*Most of the
    victims of the March 3 fire have not been identified*) or by *no* before its object (*a search has turned up no
    trace*): the clause tells what has not happened up to now, and its date only names the thing its subject
    refers to. Not a negation after a reporting verb (*said it has not sold the site*: a stated decision), nor in a
    relative, concessive or other subordinate clause between the date and the verb, nor a past (*did not stop*:
    see :func:`_negated`)."""
    after = [g for g in groups if toks[g.first].start >= date_end or toks[g.first].start >= date_start == date_end]
    if not after:
        return False
    g = after[0]
    aux = [t.lower for t in toks[g.first : g.head]]
    if not aux or aux[0] not in _PRESENT_PERFECT_AUX or "only" in aux:
        return False
    between = text[date_end : toks[g.first].start]
    if re.search(r"\b(?:that|which|who|whom|whose|where|when|if|because|although|though|while|since|after|before|as|"
                 r"said|says|say|told|and|but|or)\b", between, re.I):
        return False  # (not 'were installed in 2012 and have not been updated since': the installing is dated)
    head = re.fullmatch(r"(?:[’']s)?\s+([\w-]+)\W*", between)
    if head and head.group(1).lower() in HAPPENING_NOUNS \
            and not _IN_PHRASE.search(text, max(0, date_start - 40), date_start):  # (the phrase ends at the date)
        return False  # 'Last week's storm has not worsened …': the dated happening is the subject, named again
    if any(t.lower in {"say", "said", "says", "told", "tells", "announced", "added"} for t in toks[: g.first]):
        return False  # 'said on Monday it has not sold the site': the saying is dated
    if any(w in {"not", "never"} or w.endswith("n't") for w in aux):
        return True
    nxt = toks[g.head + 1 : g.head + 3]
    rest = [t.lower for t in nxt]
    return g.lemma in _FINDING and ("no" in rest[:1] or rest[:2] == ["up", "no"])


#: verbs that a *still* before them makes a situation going on at the date: being, having or lacking, waiting,
#: struggling (a concessive *still* before an act is not one: *the council still approved the plan on Monday*)
STILL_STATES = frozenset({"be", "have", "lack", "face", "need", "await", "wait", "struggle", "remain", "miss",
                          "recover", "feel", "count", "suffer", "live", "search", "try", "work"})
#: why a clause whose verb *still* goes on is no event (:func:`_still_going`)
STILL_GOING = "a situation still going on at the date ('were still struggling', 'still lacked power'), not an event"


#: a date that ends a phrase naming a past happening (*after the crash on Monday*, *since the storm of May 3*): the
#: date is that happening's, not the time of the clause's verb
_HAPPENING_BEFORE_DATE = re.compile(r"\b(?:after|since|following|before)\s+(?:the|a|an|this|that|its|their|his|her)\s+"
                                    r"(?:[^\W\d_][\w-]*\s+){1,3}(?:on|of|in|at)?\s*$", re.I)


def _still_going(toks: list[Token], main: _Group, text: str, date_start: int) -> bool:
    """Whether the clause's main verb is told as still going on: *still* inside its verb group or right before it,
    and a progressive (*were still struggling*), a present passive (*are still inadequately protected*) or a verb of
    :data:`STILL_STATES` (*still lacked power*, *is still here*) — unless the date (at ``date_start`` of ``text``)
    dates a happening the clause names (*still waiting for news after the crash on Monday*: the crash's day)."""
    inside = [t.lower for t in toks[main.first : main.head]]
    if "still" not in inside and not (main.first > 0 and toks[main.first - 1].lower == "still"):
        return False
    if _HAPPENING_BEFORE_DATE.search(text[max(0, date_start - 60) : date_start]):
        return False
    if _aside(toks, main.head):
        return False  # 'farmers, who were still counting their losses from May's floods, were hit again'
    if any(not t.is_cap and _REPORTING & set(all_lemmas(t.lower).get("VERB", ())) for t in toks[: main.first]):
        return False  # 'said on Sunday his country is still waiting', 'was quoted Wednesday saying …': the saying
    if toks[main.head].lower.endswith("ing") or main.lemma in STILL_STATES:
        return True
    return main.form == "passive" and any(w in {"is", "are"} for w in inside)


#: the modals of a judgement, an inference or a counterfactual when *have* follows (*should have known*, *must have
#: a clear plan*, *could have saved*, *would have paid*); not *will/shall have* (a future), nor *may/might have* (a
#: past act told as likely: *the ship may have sunk on Monday*)
_JUDGING_MODALS = frozenset({"should", "must", "could", "would"})
MODAL_PERFECT = ("a modal perfect ('should have known', 'would have paid', 'must have a permit'): a judgement or "
                 "a counterfactual, no event that happened")


def _modal_perfect(toks: list[Token], main: _Group, groups: list[_Group]) -> bool:
    """Whether the clause's own verb group is a judging modal (:data:`_JUDGING_MODALS`) with *have*, a participle or a
    noun phrase after it: *every voter should have a fair picture of the levy*, *the board would have paid a fine*,
    *the crew could have landed at noon*. Not a reported one (*the mayor said Monday the city should have acted*:
    the saying is the act, and so in *the city should have acted, the mayor said Monday*), nor a modal without *have*
    (*the council should vote on Monday*)."""
    words = [t.lower for t in toks[main.first : main.head + 1]]
    return any(w in _JUDGING_MODALS and "have" in words[k + 1 : k + 3] for k, w in enumerate(words)) \
        and not any(g.lemma in _REPORTING for g in groups)


def _refined_kind(kind: str, reason: str, text: str, toks: list[Token], main: _Group, groups: list[_Group], *,
                  form: str, thing: bool, start: int, end: int, cs: int, ce: int, date_start: int, date_end: int,
                  phrases: tuple[tuple[int, int], tuple[int, int]]) -> tuple[str, str]:
    """The kind of :func:`_kind` turned by the verb groups: an effort going on, a quoted prediction, a reported
    possibility, ceremony talk, a negated act, a mood or a state is no event (``phrases``: subject and object)."""
    if kind in {"event", "hypothetical"} and _modal_perfect(toks, main, groups):
        return "state", MODAL_PERFECT
    if kind in {"event", "scheduled"} and _lower_bound(text, cs, date_start, date_end):
        return "reference", LOWER_BOUND
    if kind in {"event", "scheduled"} and _effort_going_on(main, groups, toks):
        return "state", "an effort going on at the date ('are trying to …'), not an event of that day"
    if kind in {"event", "scheduled"} and _quoted_prediction(
            text, start if 0 <= start <= cs else cs, date_start, main, form, toks):
        return "quoted", "a speaker's prediction in direct speech ('“… will …”'), not a planned event"
    if kind == "event" and _reported_possibility(toks, groups):
        return "hypothetical", REPORTED_POSSIBILITY
    if kind == "event" and main.lemma in {"result", "lead", "mean", "bring", "pay"} and _OUTCOME.search(text[cs:ce]):
        return "state", SUMMARY  # 'it has resulted in …', 'this has led to …'
    if kind == "event" and _running(text, start if 0 <= start <= cs else cs, (date_start, date_end), groups, toks):
        return "state", RUNNING
    if kind == "event" and _many_doers_total(text, toks, main, ce):
        return "state", MANY_DOERS_TOTAL
    if kind == "event" and _toll_so_far(text, toks, main):
        return "state", TOLL_SO_FAR
    if kind in {"event", "scheduled"} and _stance_made_plain(text, toks, main, ce):
        return "state", STANCE_MADE_PLAIN
    if kind in {"event", "scheduled"} and _PAGE_NOTICE.match(text, start if 0 <= start <= cs else cs):
        return "stamp", PAGE_NOTICE
    if kind == "event" and _period_opening(text, start if 0 <= start <= cs else cs, groups, toks):
        return "state", RUNNING
    if kind == "event" and _negated_perfect(text, toks, groups, date_start, date_end):
        return "negated", NEGATED_PERFECT
    if kind == "event" and _joint_work_going_on(text, main, toks) \
            and not _made_known_dated(text, toks, groups, cs, (date_start, date_end)):
        return "state", JOINT_WORK_GOING_ON
    if kind == "event" and _still_going(toks, main, text, date_start):
        return "state", STILL_GOING
    if kind == "event" and _anaphoric_copula(toks, main, date_start):
        return "state", ANAPHORIC_COPULA
    if kind == "event" and _stative_copula(text, toks, main, groups, ce, (date_start, date_end)):
        return "state", STATIVE_COPULA
    if kind == "event" and _feeling_stated(text, toks, main, phrases[0], (date_start, date_end)):
        return "state", FEELING_STATED
    if kind == "event" and _standing_extent(text, toks, main, groups, (date_start, date_end)):
        return "state", STANDING_EXTENT
    if kind in {"event", "scheduled"} and main.lemma in _NEEDING and form in {"past", "present"} \
            and toks[main.head].end <= date_start:  # (not 'said on Monday that it needs …': the saying is dated)
        return "state", NEED
    if kind == "event" and _since_period(text, toks, main, date_start):
        return "state", SINCE_PERIOD
    if kind == "event" and _ongoing_perfect(text, toks, main, date_start):
        return "state", ONGOING_PERFECT
    if kind == "event" and main.lemma == "serve" and _ROLE_AS.match(text, toks[main.head].end, ce) \
            and not _RELATIVE_OPEN.search(text, toks[main.head].end, max(date_start, toks[main.head].end)):
        return "state", "a role held ('served as …'), a tenure, not an event"  # (not 'served as a base for those who …')
    spans = (text, (cs, ce), (date_start, date_end))
    talk = _talk_or_situation(*spans, main, toks, phrases) if kind in {"event", "scheduled"} else ("", "")
    if talk[0]:
        return talk  # ceremony talk, a negated act, a mood
    if (kind == "event" or kind == "scheduled" and form == "past") and not thing \
            and _states_only(main, groups, toks) and not _SUBORDINATE_DATE.search(
            text, toks[main.head].end, date_start) and not (  # 'schools stayed shut after the quake that hit on Friday'
            _ABSOLUTE_WITH.match(text, start) and date_end <= text.find(",", start, end)) \
            and not _named_saying_dated(text, toks, main, (date_start, date_end)) \
            and not _made_known_dated(text, toks, groups, cs, (date_start, date_end)) \
            and not saying_occasion_dated(text, toks, groups, (cs, ce), (date_start, date_end)):
        # (not in an absolute phrase, 'With 80% tendered by …,', nor a named saying dated by its time, 'Dr. Ann Roe said
        # on Friday …')
        return "state", "a situation reported or said to go on ('said … is serious', 'continues'), not an event"
    return kind, reason


#: verbs of making something known: the verbs of announcing (:data:`_ANNOUNCING`) that tell a fact, not a thing shown
#: (*unveil*), and *confirm*. A dated announcement, confirmation or disclosure is itself an act of its day, whatever it
#: makes known (*the agency confirmed Friday that the strain is the same*, *the council announced Saturday there will
#: be a second ballot*), unlike *said*, which reports a view or a situation (round 19: *officials said Monday the
#: situation is serious* stays a state)
MAKING_KNOWN = frozenset(_ANNOUNCING - {"unveil"} | {"confirm"})


def _made_known_dated(text: str, toks: list[Token], groups: list[_Group], cs: int, date: tuple[int, int]) -> bool:
    """Whether the clause's first verb is one of :data:`MAKING_KNOWN` and the date dates it:
    right after the verb (*confirmed February 3 that …*, *announced on Saturday there will be …*) or before it with
    no other verb between (*On Saturday, the board announced …*, *Secretary Ann Roe today announced …*). Not
    *said* (a state reported stays one), not a verb after another verb (*officials who announced …*), nor inside a
    quotation."""
    if not groups or groups[0].lemma not in MAKING_KNOWN or groups[0].form not in {"past", "present"}:
        return False
    if _inside_quotation(text, cs, date[0]):
        return False
    verb = toks[groups[0].head]
    if date[0] >= verb.end:
        return text[verb.end : date[0]].strip().lower() in {"", "on"}
    return date[1] <= toks[groups[0].first].start


def _other_verbs(toks: list[Token], blocked: set[int]) -> tuple[str, ...]:
    """Lemmas of the clause's content verbs besides the date (no reporting verb, *be* or *have*), in text order."""
    return tuple(dict.fromkeys(_verb_lemma(t.lower) for i, t in enumerate(toks) if i not in blocked and t.is_word
                               and not t.is_cap and t.lower not in _STOP and len(t.lower) > 3
                               and _is_verb(t.lower) and _verb_lemma(t.lower) not in _REPORTING | {"be", "have"}))
